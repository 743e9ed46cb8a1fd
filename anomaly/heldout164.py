"""The hundred-and-sixty-fourth held-out throughput family: a photovoltaic-module defect classifier's training
images/s (a CNN over electroluminescence (EL) images of solar modules and cells, from a factory's end-of-line EL
testers and from field inspections at night: cracks, inactive areas, finger interruptions, soldering faults; the
module images cut into cells, perspective-corrected and augmented on CPU workers, rare defect classes oversampled),
read through Airtable: each node's reporter creates one record (its clock's time, its images since its last record)
every 20-40 s in a per-job table of one Airtable base (``POST /v0/{baseId}/{tableName}``, at most 10 records per
request), and a monitor lists the table once a minute (``filterByFormula`` on ``CREATED_TIME()`` or on the
reporter's own time field, 100 records a page with ``offset``) and sums the images per minute.

(No generator's head names Airtable, a photovoltaic module, electroluminescence, ``filterByFormula``, ``offset``, a
429, a rate limit or ``createdTime`` (``grep -ic`` on ``/tmp/heads164.txt``, the first 3 lines of every generator:
0 each); "solar" matches 3 heads (a rooftop-solar load forecaster, a solar-flare forecaster: the job is new), "defect"
2 (a wafer-map classifier, a railway track-defect detector: defect classifiers over images are not new, EL images of
PV modules are), "record" 13, "cell" 5, "base" 6, "table" several (database tables: a record in a table is not new,
Airtable's per-base limits, lockout, plan limits and offset cursor are). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all, ``cat``); ``anomaly/heldout150.py`` lines 1-110 (``sed -n
1,110p``) and 541-550 (its ``make_heldout150`` and ``heldout150_set``, ``sed -n '541,$p'`` after ``grep -n "^def
make_heldout150\\|^def heldout150_set"``); ``tests/test_anomaly_heldout150.py``, ``anomaly/heldout_common.py`` and
``tests/trace_checks.py`` (all, ``cat``); ``anomaly/traces.py`` lines 1-80; ``tests/test_architecture.py`` lines
1-110; the first 3 lines of every ``anomaly/heldout*.py`` (the prompt's loop, written to ``/tmp/heads164.txt``), then
``grep -ic`` of words on that file and two ``grep -i`` on it (``-B1 -A1`` on "solar", "EL image", "crack", "defect";
and "paged", "pages", "cursor", "table" ...: they printed head lines only). ``git status`` and ``git log --oneline
main..HEAD`` of this branch. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code. Slips:
none that I know of.

Public sources read (excerpts through the search tool): Airtable's support page "Managing API call limits in
Airtable" (support.airtable.com/docs/managing-api-call-limits-in-airtable: 5 requests per second per base, 50 per
second per access token, a 429 and 30 s to wait before requests succeed again; monthly call caps on the Free and Team
plans), n8n's Airtable "common issues" page and NiFi's QueryAirtableTable notes (the same limit and 30-s wait),
Airbyte's source-airtable ``backoff_strategy.py`` (waits 30 s on a 429), Softr's "Troubleshooting Airtable API call
limit exceeded" (past the monthly cap the Free and Team plans are slowed to 2 requests/s for the rest of the month);
Airtable's Web API "Create records" page (airtable.com/developers/web/api/create-records: up to 10 records a request,
each returned with an id and a ``createdTime`` in ISO form with milliseconds); list pagination (issues
appsmithorg/appsmith#13291, pcorpet/airtable.py#1, bergant/airtabler#3: pages of 100, an ``offset`` string such as
``itr.../rec...`` returned while more remain); the Airtable community thread "Offset value invalid" and
simonw/airtable-export#7 (iteration may time out from client inactivity or a server restart: a 422
``LIST_RECORDS_ITERATOR_NOT_AVAILABLE``, restart from the beginning; ``INVALID_OFFSET_VALUE``); record limits per base
(usecarly.com "Airtable record limit": Free 1,000, Team 50,000, Business 125,000, shared by a base's tables, no new
records at the cap; Airtable's older "over limits" page: Free 1,200, Plus 5,000, Pro 50,000, "we do not immediately
restrict" (cut off there)). On the job: the ELPV cell data (2,624 EL cell images of 300 x 300 pixels cut from 44
modules, mono- and polycrystalline; summaries on chatpaper.com, PMC12391306, a Hindawi CIN 2023 paper), PMC12391306
(oversampling and augmentation help the rare classes), arXiv 2106.10962 (cells found and cut from whole-module EL
images, then classified) and a CMES paper on aerial EL images of PV plants (cracks, finger interruptions).

Assumed without checking (the job): 1, 2 or 4 nodes (30/40/30 %) of 1-8 GPUs, 300-3,000 images/s per GPU
(log-uniform), 0.85-0.97 per doubling; a node's CPU workers (cell cutting, perspective correction, augmentation) feed
1.1-2.5 times its GPUs; a step waits for the slower side (``smax``). Data are read one lot at a time (5-40 min,
log-uniform; a factor of sd 3-8 %): 30 % are field-inspection lots, their perspective correction 1.1-1.3 times dearer
on the CPUs; opening a lot stalls the loader 3-20 s at 20-60 %; per 5-s tick an AR(1) of the log (sd 2-5 %,
correlation 10-40 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each
larger cells (once: 1.3-1.8 times dearer on the GPUs, 1.2-1.5 on the CPUs), a larger backbone (at most twice: 1.4-2)
or, 1 in 6, another node count; redrawn until the level moves 15 % (1/3 to 3 times). Pauses: start-up 3-10 min
("long" 25-60: the module images cut into cells and indexed) and a ramp from 40-75 % over 2-6 min; a validation pass
on held-out modules every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint
(15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6
("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5, then a start-up and its ramp.

On the path (not checked beyond the sources above): each node's reporter (a thread of the training process) makes
a record every ``P`` s (20-40 per node, plus 0-0.3 s of its own work) from its process start with the node's images
since its last record (the nodes' shares of the images near equal; a node-count change at a relaunch keeps the
first stage's reporters and shares, a simplification); a graceful stop writes the interval under way,
a crash loses it and the reporter's queue. A record is POSTed when made (0.2-1.5 s); the base answers 5xx in API
outages (0.1-0.6 a day, 2-40 min; backoff 1, 2, 4 .. 30 s), 429 while locked (episodes 0.5-4 a day, 1-15 min, in
which other clients of the base pass 5 requests/s every 5-60 s on average, each pass locking the whole base for 30 s;
three times as many episodes after the workspace's monthly cap is reached, in 30 % of runs, at a random time), and
in 25 % of runs refuses creates for the plan's record limit (the base full for the last 2-15 % of each 4-12 h
clean-up period of a script that deletes old records; I assumed a 422, tried again with the next record). Records
queue meanwhile and go 10 a request, 2 requests a second, when the base answers; a queue over 100-1,000 records
loses its oldest, and in 40 % of runs a batch is dropped after 5 failed tries. 0.2-1 % of created batches lose
their response (a client time-out) and are sent again 15-35 s later: created twice, two record ids. The monitor, 5-30
s after each minute's end (+0-2 s), lists either (half the runs) the minute's records by ``CREATED_TIME()`` (the
server's clock, taken as exact) or the last 4-16 minutes by the reporter's time field (the node's clock: sd 0.05-1 s,
or in 25 % of runs one node 5-60 s off and drifting up to 0.5 s an hour); a failed listing (outage or lockout) is
tried again 30 s later, twice. A created-time minute is counted once, from its listing (none read: all three tries
failed); a client-time minute takes the records its last successful listing among the W + 1 that cover it saw, a
record created after that is lost. A listing of more than 100 records pages; a lockout between its pages makes the
monitor wait 30 s, the offset then expired (422): it lists again from the start, and a created-time monitor that
keeps the pages it had counts them twice. Half the monitors drop a record whose (node, client time) they counted
already. A point is the counted records' images over 60 s (0: none). The reads are linear in the images; the
records' fates are the healthy run's. A record's interval rarely matches a minute: a minute sums 1-3 records of a
node, so a one-node run's points swing by a third or more from minute to minute (aliasing, kept: it is what the
monitor shows).

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a
share ``a w`` of each tick's images lost, carried through the same records and reads): ``drop`` (one of a node's
perspective-correction workers dies and the pool is not refilled: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6
ticks), ``straggler`` (module-image reads from the factory's file share slowed in bursts while the EL testers write
a shift's images: 1 for a mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the cut-cell
cache growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn
target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost images (linear),
refused above 1; ``w`` is per 5-s tick.

Measured (``heldout164_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      9     11         12    0.074-0.314  24              1-103 (1301, 9 >60)
long      30      11    9          10    0.086-0.320  22              1-64 (1004, 3 >60)

Planned changes listed: short 15, long 19 (of 15 and 19 relaunches; none kept its stage); crashes 35 and 36. Monitor
modes: short 8 created-time and 4 client-time runs, long 4 and 8. The path over each set (counts): short: POSTs
answered 429 2475, answered 5xx 1400, refused at the record limit 11028, retries 14903, records dropped 431, records
created twice 2319, records or intervals lost in a crash 372, lost at a stop 0, failed listings 1692, unread minutes
328, records created after their minute closed 4991, iterator restarts 0, pages counted twice 0, counted copies in
another minute than their interval's end 18717, record-limit windows 40, 429 episodes 183, outages 15; long: 2574,
3770, 4282, 10626, 1176, 2100, 80, 0, 1725, 249, 2851, 2, 0, 15340, 13, 132, 14. The reads' sum over the live points
against the job's images: 0.999-1.082 per seed (short: created-time catch-ups after long refusals land in live
minutes), 0.995-1.013 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 2.1-33 % (short),
4.4-68 % (long: one-node runs with ``P`` over 30 s alias most), its 99th percentile 41-102 % (short), 41-107 % (long);
the live median level 529-22,529 images/s (short), 900-12,119 (long). The first measure: the first 4 seeds' healthy
runs of each setting at 6,000 points (path counts, ratio, level, spans), then both sets at 3,000 points. Changes of
the laws after it: one: a client-time monitor listed only its last minute, 5-30 s after it, so a node whose clock
was behind lost all its records (one run read 0.545 of the job's images); it now lists the last 4-16 minutes each
minute (W 3-15), counts a minute from the last listing that covers it, and its pages can meet a lockout (iterator
restarts). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at most 110 points).

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT164_SEEDS = tuple(range(1642000, 1642012))
CODE = 164
TICK = 5.0  # s: the job's rate is drawn per tick
STEP = 60.0  # s: one point per minute of the monitor's key time
K = int(STEP // TICK)
EPOCH = 1795000020.0  # a multiple of 60
KIND_P = (0.34, 0.33, 0.33)
SPANS = {"short": (1, 110), "long": (1, 110)}
LOCKOUT = 30.0  # s: a base answers 429 for 30 s after its rate limit was passed
BATCH = 10  # records per create request
PAGE = 100  # records per list page
PATH_KEYS = ("posts_429", "posts_5xx", "posts_full", "retries", "records_dropped", "created_twice", "lost_in_crash",
             "lost_at_stop", "list_fails", "unread_minutes", "late_missed", "iterator_restarts", "pages_twice",
             "moved_minute", "full_windows", "lock_windows", "outages")


@dataclass
class Path:
    """The Airtable path of one run: the records, their creations (two where a create was retried) and the monitor's
    listing per minute; ``reads(J)`` sums the images of what the monitor counted, linear in ``J``."""

    mode: str  # "created": the monitor filters on CREATED_TIME(); "client": on the reporter's own time field
    dedup: bool  # the monitor drops a record whose (node, client time) it already counted
    P: np.ndarray  # each node's reporting period (s)
    rec_node: np.ndarray
    rec_t0: np.ndarray  # the true interval a record's images cover
    rec_t1: np.ndarray
    share: np.ndarray  # each node's share of the job's images
    copy_rec: np.ndarray  # one row per counted copy: its record, its minute, how many times it is counted
    copy_min: np.ndarray
    copy_mult: np.ndarray
    copies: np.ndarray  # per record: times counted
    n: int
    counts: dict = field(default_factory=dict)
    windows: dict = field(default_factory=dict)

    def images(self, J: np.ndarray) -> np.ndarray:
        """Each record's images: its node's share of the job's images over its interval (linear in ``J``)."""
        C = np.concatenate([[0.0], np.cumsum(J)])
        edges = np.arange(len(C)) * TICK
        return self.share[self.rec_node] * (np.interp(self.rec_t1, edges, C) - np.interp(self.rec_t0, edges, C))

    def reads(self, J: np.ndarray) -> np.ndarray:
        """The monitor's images/s per minute: the counted copies' images summed per minute, over 60 s."""
        img = self.images(J)
        return np.bincount(self.copy_min, weights=img[self.copy_rec] * self.copy_mult, minlength=self.n) / STEP


@dataclass
class Run:
    n: int
    nt: int
    J: np.ndarray  # the job's images per tick (all nodes)
    pauses_t: list  # (start, end, kind), ordered
    ramps_t: list  # (start, end) of each warm-up ramp
    known_t: list  # resumes after a relaunch that changed the stage
    lives: list  # (start, end, crashed) of each process
    counts: dict
    cfg: dict
    path: Path | None = None


def _inside(x, win) -> np.ndarray:
    """Whether each time of ``x`` lies in one of the sorted, disjoint windows ``win`` (``[a, b)`` rows)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    return (i >= 0) & (x < win[np.maximum(i, 0), 1])


def _merge(win) -> np.ndarray:
    """Sorted windows, overlapping ones merged."""
    out = []
    for a, b in sorted(map(tuple, win)):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return np.array(out, float).reshape(-1, 2)


# ------------------------------------------------------------------------------------------------ the job


def _cfg(rng) -> dict:
    nodes = int(rng.choice([1, 2, 4], p=[0.3, 0.4, 0.3]))
    gpn = int(rng.choice([1, 2, 4, 8], p=[0.2, 0.3, 0.3, 0.2]))
    gpu = hc.log_uniform(rng, 300, 3000)  # images/s per GPU (a CNN over 300-px cells)
    return {"nodes": nodes, "gpn": gpn, "gpu": gpu, "eff": rng.uniform(0.85, 0.97),
            "cpu": gpu * gpn * rng.uniform(1.1, 2.5),  # a node's CPU workers' images/s (cut, warp, augment)
            "res_g": rng.uniform(1.3, 1.8), "res_c": rng.uniform(1.2, 1.5), "bb": rng.uniform(1.4, 2.0)}


def _caps(cfg: dict, st: dict) -> tuple[float, float]:
    """(GPU side, CPU side) images/s of a stage."""
    g_all = st["nodes"] * cfg["gpn"]
    g = cfg["gpu"] * g_all * cfg["eff"] ** np.log2(g_all) / cfg["res_g"] ** st["res"] / cfg["bb"] ** st["bb"]
    c = cfg["cpu"] * st["nodes"] / cfg["res_c"] ** st["res"]
    return g, c


def _level(cfg: dict, st: dict) -> float:
    g, c = _caps(cfg, st)
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's stage: larger cells (at most once), a larger backbone (at most twice) or, 1 in 6, another node
    count; redrawn until the level moves 15 % or more (and less than 3 times)."""
    for _ in range(200):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["nodes"] = int(rng.choice([x for x in (1, 2, 4) if x != st["nodes"]]))
        elif u < 0.55 and st["res"] < 1:
            new["res"] += 1
        elif st["bb"] < 2:
            new["bb"] += 1
        else:
            new["res"] = 1 - st["res"]
        r = _level(cfg, new) / lv
        if np.log(1.15) <= abs(np.log(r)) and 1 / 3 <= r <= 3:
            return new
    return st


def _dur(rng, setting: str, short: tuple, long: tuple) -> float:
    lo, hi = short if setting == "short" else long
    return rng.uniform(lo, hi) * 60.0


def _schedule(rng, n: int, setting: str) -> Run:
    """The job's timeline (start-ups, ramps, evaluations, checkpoints, crashes, relaunches) and its images per
    tick."""
    cfg = _cfg(rng)
    st = {"nodes": cfg["nodes"], "res": 0, "bb": 0}
    T = n * STEP + 900.0
    nt = int(T // TICK)
    pauses, ramps, known, lives, segs = [], [], [], [], []
    counts = {"evals": 0, "ckpts": 0, "crashes": 0, "relaunches": 0, "kept_stage": 0}
    n_rel = int(rng.integers(0, 4))
    rel = sorted(rng.uniform(0.15, 0.85, n_rel) * n * STEP)
    rel = [r for i, r in enumerate(rel) if i == 0 or r - rel[i - 1] > 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    ck_every = int(rng.choice([2, 3]))
    life0, t = 0.0, _dur(rng, setting, (3, 10), (25, 60))
    pauses.append((0.0, t, "startup"))
    while t < T:
        ramp = rng.uniform(2, 6) * 60
        ramps.append((t, t + ramp, rng.uniform(0.4, 0.75)))
        crash_at = t + rng.exponential(crash_mean)
        if rel and rel[0] < t + 900:
            rel[0] = t + rng.uniform(900, 1800)
        while t < T:
            if rel and rel[0] < t + 60:  # due inside an evaluation: right after it
                rel[0] = t + rng.uniform(60, 600)
            crash_at = max(crash_at, t + 30)
            to_eval = t + rng.uniform(30, 90) * 60
            nxt = min(to_eval, crash_at, rel[0] if rel else np.inf)
            g, c = _caps(cfg, st)
            segs.append((t, min(nxt, T), g, c))
            t = nxt
            if t >= T:
                break
            if t == to_eval:
                counts["evals"] += 1
                e = t + _dur(rng, setting, (2, 6), (10, 25))
                pauses.append((t, e, "eval"))
                t = e
                if counts["evals"] % ck_every == 0:
                    counts["ckpts"] += 1
                    e = t + _dur(rng, setting, (0.25, 1), (1, 4))
                    pauses.append((t, e, "ckpt"))
                    t = e
                continue
            lives.append((life0, t, t == crash_at))
            changed = False
            if t == crash_at:
                counts["crashes"] += 1
                e = t + _dur(rng, setting, (1, 4), (6, 18))
                pauses.append((t, e, "crash"))
            else:
                rel.pop(0)
                counts["relaunches"] += 1
                e = t + _dur(rng, setting, (1, 3), (5, 12)) + rng.uniform(1, 5) * 60
                pauses.append((t, e, "relaunch"))
                new = _next_stage(rng, cfg, st, _level(cfg, st))
                changed = new != st
                counts["kept_stage"] += not changed
                st = new
            life0 = e
            t = e + _dur(rng, setting, (2, 6), (8, 20))
            pauses.append((e, t, "startup"))
            if changed:
                known.append(t)
            break
    lives.append((life0, T, False))
    J = _rates(rng, cfg, segs, ramps, nt, T)
    return Run(n, nt, J, pauses, ramps, known, lives, counts, cfg)


def _rates(rng, cfg: dict, segs: list, ramps: list, nt: int, T: float) -> np.ndarray:
    """Images per tick: the stage's GPU and CPU sides over the training segments, the data lot's cost (factory
    tester lots or dearer field-inspection lots, each opened with a short loader stall), tick noise and a slow
    drift, the warm-up ramps."""
    tk = np.arange(nt) * TICK
    g = np.zeros(nt)
    c = np.ones(nt)
    on = np.zeros(nt)
    for a, b, gs, cs in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.minimum(b, tk[i0:i1] + TICK) - np.maximum(a, tk[i0:i1])
        on[i0:i1] += np.maximum(ov, 0) / TICK
        g[i0:i1], c[i0:i1] = gs, cs
    # data lots
    lot_f = np.ones(nt)
    stall = np.ones(nt)
    sd_lot = rng.uniform(0.03, 0.08)
    t = 0.0
    while t < T:
        d = hc.log_uniform(rng, 5, 40) * 60
        i0, i1 = int(t // TICK), min(nt, int((t + d) // TICK))
        f = np.exp(rng.normal(0, sd_lot))
        cf = rng.uniform(1.1, 1.3) if rng.random() < 0.3 else 1.0  # a field lot: perspective correction dearer
        lot_f[i0:i1] = f
        c[i0:i1] /= cf
        k = max(1, int(rng.uniform(3, 20) // TICK))
        stall[i0:i0 + k] = rng.uniform(0.2, 0.6)
        t += d
    rate = 1.0 / hc.smax(1.0 / np.maximum(g, 1e-9), 1.0 / c) * lot_f * stall
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    ar = lfilter([sd * np.sqrt(1 - a * a)], [1.0, -a], rng.normal(0, 1, nt))
    ou = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(tk, np.arange(len(ou)) * 60.0, ou)
    rate *= np.exp(ar + slow)
    for a0, a1, r0 in ramps:
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(a1 / TICK)))
        rate[i0:i1] *= r0 + (1 - r0) * np.clip((tk[i0:i1] - a0) / (a1 - a0), 0, 1)
    return rate * on * TICK


# ------------------------------------------------------------------------------------------------ the path


def _episodes(rng, T: float, per_day: float, lo: float, hi: float, t0: float = 0.0) -> list:
    """Poisson episodes (``per_day``) from ``t0`` to ``T``, each ``lo``-``hi`` minutes long (log-uniform)."""
    out, t = [], t0
    while per_day > 0:
        t += rng.exponential(86400 / per_day)
        if t >= T:
            return out
        out.append((t, t + hc.log_uniform(rng, lo, hi) * 60))
    return out


def _windows(rng, T: float) -> dict:
    """The base's bad times: API outages (5xx), lockouts (429: other clients of the base passed 5 requests/s, each
    pass locking the base for 30 s; three times as often once the workspace's monthly call cap is reached and the
    base is slowed) and, in a quarter of runs, the plan's record limit reached until the next clean-up."""
    outages = _episodes(rng, T, rng.uniform(0.1, 0.6), 2, 40)
    rate = rng.uniform(0.5, 4)
    cap_at = rng.uniform(0, T) if rng.random() < 0.3 else T
    eps = _episodes(rng, cap_at, rate, 1, 15) + _episodes(rng, T, 3 * rate, 1, 15, cap_at)
    locks = []
    for a, b in eps:
        gap = rng.uniform(5, 60)
        v = a
        while v < b:
            locks.append((v, v + LOCKOUT))
            v += rng.exponential(gap) + 1.0
    full = []
    if rng.random() < 0.25:
        period = rng.uniform(4, 12) * 3600
        c = rng.uniform(0, period)
        while c < T:
            full.append((c + rng.uniform(0.85, 0.98) * period, c + period))
            c += period
    return {"outage": _merge(outages), "lock": _merge(locks), "full": _merge(full), "cap_at": cap_at,
            "episodes": len(eps)}


def _records(rng, run: Run, P: np.ndarray, counts: dict):
    """Each node's records: one every ``P`` s (plus 0-0.3 s of the reporter's own work) from its process start,
    the images since its last; a graceful stop writes the interval under way, a crash loses it."""
    node, t0, t1, life = [], [], [], []
    for k, p in enumerate(P):
        for li, (a, b, crashed) in enumerate(run.lives):
            m = int((b - a) // p) + 1
            ts = a + p * np.arange(1, m + 1) + rng.uniform(0, 0.3, m)
            ts = ts[ts < b]
            if not crashed:
                ts = np.append(ts, b)
            else:
                counts["lost_in_crash"] += 1
            node.append(np.full(len(ts), k))
            t1.append(ts)
            t0.append(np.concatenate([[a], ts[:-1]]))
            life.append(np.full(len(ts), li))
    return tuple(np.concatenate(x) for x in (node, t0, t1, life))


class _Base:
    """Scalar look-ups of the base's bad windows (for the reporter's loop)."""

    def __init__(self, win: dict):
        self.w = [(name, list(win[name][:, 0]), list(win[name][:, 1])) for name in ("outage", "lock", "full")]

    def answer(self, t: float) -> str:
        from bisect import bisect_right
        for name, a, b in self.w:
            i = bisect_right(a, t) - 1
            if i >= 0 and t < b[i]:
                return name
        return "ok"


def _send(rng, t_rec, life, run: Run, win: dict, base: _Base, d: float, cap: int, give_up: bool, P: float,
          counts: dict) -> tuple[np.ndarray, np.ndarray]:
    """One node's creates: a record is POSTed when made; while the base answers 5xx (backoff 1, 2, 4 .. 30 s),
    429 (wait 30 s) or refuses for the record limit (tried again with the next record), records queue and go
    10 per request, 2 requests a second, when it answers again; a queue over ``cap`` loses its oldest; with
    ``give_up`` a batch is dropped after 5 failed tries. A created batch whose response timed out (``d``) is sent
    again 15-35 s later: created twice. A crashed process's queue is lost, a stopped one's after 60 s."""
    from collections import deque

    n = len(t_rec)
    c1, c2 = np.full(n, np.nan), np.full(n, np.nan)
    bad = np.concatenate([win["outage"], win["lock"], win["full"]])
    bad = _merge(bad)
    trouble = _inside(t_rec, bad) | _inside(t_rec + 2.0, bad)
    lat = rng.uniform(0.2, 1.5, n)
    dup = rng.random(n) < d
    redo = rng.uniform(15, 35, n)
    q, i, nxt, tries = deque(), 0, 0.0, 0
    while i < n or q:
        if not q:
            if not trouble[i]:
                c1[i] = t_rec[i] + lat[i]
                if dup[i]:
                    c2[i] = c1[i] + redo[i]
                i += 1
                continue
            q.append(i)
            nxt, tries = t_rec[i], 0
            i += 1
        while i < n and t_rec[i] <= nxt:
            q.append(i)
            i += 1
        a, b, crashed = run.lives[life[q[0]]]
        if nxt >= b and (crashed or nxt > b + 60):
            li = life[q[0]]
            while q and life[q[0]] == li:
                q.popleft()
                counts["lost_at_stop" if not crashed else "lost_in_crash"] += 1
            continue
        ans = base.answer(nxt)
        if ans == "ok":
            batch = [q.popleft() for _ in range(min(BATCH, len(q)))]
            c1[batch] = nxt + lat[batch[0]]
            if dup[batch[0]]:
                c2[batch] = c1[batch] + redo[batch[0]]
            nxt, tries = nxt + 0.5, 0
            continue
        counts["retries"] += 1
        if ans == "lock":
            counts["posts_429"] += 1
            nxt, tries = nxt + LOCKOUT + rng.uniform(0, 3), tries + 1
        elif ans == "outage":
            counts["posts_5xx"] += 1
            nxt, tries = nxt + min(30.0, 2.0 ** tries) + rng.uniform(0, 1), tries + 1
        else:
            counts["posts_full"] += 1
            nxt, tries = (t_rec[i] if i < n else nxt + P), 0
        if give_up and tries >= 5:
            for _ in range(min(BATCH, len(q))):
                q.popleft()
                counts["records_dropped"] += 1
            tries = 0
        while len(q) > cap:
            q.popleft()
            counts["records_dropped"] += 1
    return c1, c2


def _path(rng, run: Run) -> Path:
    n = run.n
    T = run.nt * TICK
    counts = {k: 0 for k in PATH_KEYS}
    nodes = run.cfg["nodes"]
    nn = 4  # the first stage's nodes report throughout (a node-count change keeps their reporters and shares)
    P = rng.uniform(20, 40, nn)
    share = np.zeros(nn)
    share[:nodes] = rng.dirichlet(np.full(nodes, 200.0))
    win = _windows(rng, T)
    counts["outages"], counts["lock_windows"], counts["full_windows"] = (len(win["outage"]), win["episodes"],
                                                                        len(win["full"]))
    rec_node, rec_t0, rec_t1, rec_life = _records(rng, run, P[:nodes], counts)
    d = rng.uniform(0.002, 0.01)
    cap = int(rng.integers(100, 1000))
    give_up = rng.random() < 0.4
    base = _Base(win)
    c1, c2 = np.full(len(rec_t1), np.nan), np.full(len(rec_t1), np.nan)
    for k in range(nodes):
        idx = np.nonzero(rec_node == k)[0]
        idx = idx[np.argsort(rec_t1[idx], kind="stable")]
        a, b = _send(rng, rec_t1[idx], rec_life[idx], run, win, base, d, cap, give_up, P[k], counts)
        c1[idx], c2[idx] = a, b
    counts["created_twice"] = int((~np.isnan(c2)).sum())
    # the monitor
    mode = "created" if rng.random() < 0.5 else "client"
    dedup = bool(rng.random() < 0.5)
    off = rng.normal(0, rng.uniform(0.05, 1.0), nn)
    drift = np.zeros(nn)
    if rng.random() < 0.25:  # one node's clock unsynchronised
        off[0] = rng.choice([-1, 1]) * rng.uniform(5, 60)
        drift[0] = rng.uniform(-0.5, 0.5) / 3600
    lag = rng.uniform(5, 30)
    W = 0 if mode == "created" else int(rng.integers(3, 16))  # minutes a client-time monitor looks back
    t_list = (np.arange(n) + 1) * STEP + lag + rng.uniform(0, 2, n)
    bad = _merge(np.concatenate([win["outage"], win["lock"]]))
    f1 = _inside(t_list, bad)
    t2 = t_list + LOCKOUT + rng.uniform(0, 3, n)
    f2 = f1 & _inside(t2, bad)
    t3 = t2 + LOCKOUT + rng.uniform(0, 3, n)
    failed = f2 & _inside(t3, bad)
    t_ok = np.where(~f1, t_list, np.where(~f2, t2, t3))
    counts["list_fails"] = int(f1.sum() + f2.sum() + failed.sum())
    rec = np.arange(len(rec_t1))
    ok1, ok2 = ~np.isnan(c1), ~np.isnan(c2)
    c_rec = np.concatenate([rec[ok1], rec[ok2]])
    c_made = np.concatenate([c1[ok1], c2[ok2]])
    c_second = np.concatenate([np.zeros(ok1.sum(), bool), np.ones(ok2.sum(), bool)])
    if mode == "created":
        key = c_made
    else:
        t1 = rec_t1[c_rec]
        key = t1 + off[rec_node[c_rec]] + drift[rec_node[c_rec]] * t1
    m = np.floor(key / STEP).astype(int)
    inrange = (m >= 0) & (m < n)
    mm = np.clip(m, 0, n - 1)
    if W:  # a listing of W + 1 minutes pages 100 records at a time; a 429 between pages: wait 30 s, the offset
        # has expired (422), list again from the start
        per = np.concatenate([[0], np.cumsum(np.bincount(mm[inrange], minlength=n))])
        cnt = per[np.arange(n) + 1] - per[np.maximum(np.arange(n) - W, 0)]
        for j in range(1, int(np.ceil(cnt.max() / PAGE))):
            hit = ~failed & (cnt > j * PAGE) & _inside(t_ok + 0.4 * j, bad)
            counts["iterator_restarts"] += int(hit.sum())
            t_ok = np.where(hit, t_ok + LOCKOUT + rng.uniform(0, 3, n), t_ok)
            failed |= hit & _inside(t_ok, bad)
    ok_t = np.where(failed, -np.inf, t_ok)
    last_ok = ok_t
    if W:  # the last successful listing that still covers minute m (listings m .. m + W)
        pad = np.concatenate([ok_t, np.full(W, -np.inf)])
        last_ok = np.max(np.stack([pad[j:j + n] for j in range(W + 1)]), axis=0)
    unread = np.isinf(last_ok)
    counts["unread_minutes"] = int(unread.sum())
    counted = inrange & ~unread[mm]
    late = counted & (c_made > last_ok[mm])
    counts["late_missed"] = int(late.sum())
    counted &= ~late
    if dedup:  # a record counted once: its second copy only where the first was not
        first = np.zeros(len(rec), bool)
        first[c_rec[counted & ~c_second]] = True
        counted &= ~(c_second & first[c_rec])
    mult = counted.astype(float)
    per_min = np.bincount(mm[counted], minlength=n)
    for mi in np.nonzero(per_min > PAGE)[0] if not W else []:
        for j in range(1, int(np.ceil(per_min[mi] / PAGE))):
            if _inside([t_ok[mi] + 0.4 * j], bad)[0]:  # a 429 between pages: the offset expires (422), restart
                counts["iterator_restarts"] += 1
                if not dedup:  # the pages read before it are kept and read again
                    sel = np.nonzero(counted & (mm == mi))[0]
                    sel = sel[np.argsort(c_made[sel], kind="stable")][:PAGE * j]
                    mult[sel] += 1
                    counts["pages_twice"] += len(sel)
                break
    keep = mult > 0
    counts["moved_minute"] = int((keep & (mm != np.floor(rec_t1[c_rec] / STEP))).sum())
    copies = np.bincount(c_rec[keep], weights=mult[keep], minlength=len(rec)).astype(int)
    return Path(mode, dedup, P[:nodes], rec_node, rec_t0, rec_t1, share, c_rec[keep], mm[keep], mult[keep], copies, n,
                counts, win)


# ------------------------------------------------------------------------------------------------ the trace


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: the job, the path, the monitor's reads; a point is paused where its
    minute or a neighbour touches a pause (or a ramp's first half) or where it reads nothing."""
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(rng, run)
    healthy = run.path.reads(run.J)
    iv = [(int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1) for a, b, _ in run.pauses_t]
    iv += [(int(a // STEP) - 1, int(np.ceil((a + 0.5 * (b - a)) / STEP)) + 1) for a, b, _ in run.ramps_t]
    iv += [(int(i), int(i) + 1) for i in np.nonzero(healthy <= 0)[0]]
    spans = []
    for s, e in sorted(iv):
        s, e = max(s, 0), min(e, n)
        if s < e:
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
            else:
                spans.append((s, e))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run: Run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick: a drop rises to 1 within 1-6 ticks; a straggler is 1 in bursts (mean 30-240
    ticks) between calm stretches (mean 120-600) at 0.05-0.25; a leak grows as ``(s / ramp) ** p`` and holds."""
    s = np.arange(length, dtype=float)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    calm = rng.uniform(0.05, 0.25)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(b)] = 1.0
    return w


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in points ``[lo, hi)``: a share ``a w`` of the job's images lost per tick,
    carried through the run's records, creates and listings (linear), ``a`` set for a drawn target loss."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:
            cand = [(a, b) for a, b, _ in run.pauses_t if lo * STEP <= a and b < last * STEP]
            if not cand:
                continue
            a, b = cand[int(rng.integers(len(cand)))]
            t0 = rng.uniform(a + 0.3 * (b - a), b + 2 * STEP)
        else:
            t0 = rng.uniform(lo * STEP, last * STEP)
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        t1 = run.nt * TICK if to_end else stop * STEP
        i0, i1 = int(t0 // TICK), min(run.nt, int(np.ceil(t1 / TICK)))
        w = np.zeros(run.nt)
        w[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K)
        m1 = run.path.reads(run.J * w)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        c0 = onset if kind != "leak" else max(onset, ramp_end - ramp // 10)
        lv = live[c0:stop]
        hs = healthy[c0:stop][lv].sum()
        if hs <= 0 or m1[c0:stop][lv].sum() <= 0:
            continue
        a = target * hs / m1[c0:stop][lv].sum()
        if a > 1:
            continue
        m = a * m1
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        onset, end = span
        if any(onset <= c < end for c in changes):
            continue
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def make_heldout164(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout164_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT164_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout164, seeds, n, pauses)
