"""The hundred-and-fifty-second held-out throughput family: a solar-flare forecaster's training samples/s (a CNN over
SDO/HMI SHARP magnetogram patches of solar active regions with a 24-hour flare label; each sample's FITS cutout
decompressed, resampled to the trial's patch size and normalised on CPU loader workers), run as one slot of a Kubeflow
Katib experiment (a hyperparameter search: trials one after another, some stopped early, pods restarted), read through
Katib's push-based metrics collection: the trainer calls ``kubeflow.katib.report_metrics`` every 10-40 s of training
with its samples/s since its previous report, Katib's DB manager inserts a row (the trial, the pod's clock in whole
seconds, the value) into MySQL's ``observation_logs``, and a monitor polls ``GetObservationLog`` once a minute and
averages the rows of each minute of their timestamps.

(No generator's head names Katib, Kubeflow, gRPC, an observation log, an experiment, a hyperparameter, a suggestion,
early stopping, a DB manager, a timeout, a flare, a magnetogram, SDO, HMI, SHARP or a clock (``grep -ic`` on
``/tmp/s60/heads152.txt``, the first 3 lines of every generator: 0 each); "solar" matches 1 head (an electricity-load
and rooftop-solar forecaster), "FITS" 1 (Kepler light curves' FITS files: the format is not new, the solar job is),
"astronom" 1 (an astronomical foundation model), "sidecar" 2 and "MySQL" 1 (a node's SQLite sidecar, an Atlas sidecar,
a Grafana MySQL data source: Katib's pushed rows and its DB manager are new), "push" 5, "poll" 13, "insert" 5, "pod"
4, "Kubernetes" 1 (common words; the job and the path are new). Job and path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout150.py`` lines 1-110 and 541-550 (its
``make_heldout150`` and ``heldout150_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout150.py`` (all), ``anomaly/heldout_common.py`` (all: its end was cut from one long print
with ``tests/trace_checks.py``, and printed again with ``sed -n 300,560p`` after a ``wc -l`` of both files and a
``grep -n seg_buckets`` of it),
``tests/trace_checks.py`` (all: lines 1-175 printed again the same way), ``anomaly/traces.py`` lines 1-80,
``tests/test_architecture.py`` lines 1-110, and the first 3 lines of every generator (written to
``/tmp/s60/heads152.txt``, then ``grep -ic``, and ``grep -io`` printing up to 60 characters before and 40 after the
matches of "solar", "FITS", "sidecar", "mysql" and "astronom"). Slips: a ``wc -l`` of ``anomaly/heldout150.py`` (550
lines) run with the ``grep -n``; an ``ls /work/wt/`` (the worktrees' names, nothing in them); a ``git stash`` and
``git stash pop`` in my worktree (to compare outputs before and after a speed change; the stash ref is shared by the
repository's worktrees, held for a few seconds). None else. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds
apart), not its code.

Public sources read (through the search tool and ``read_file``): Kubeflow's "How to Configure Metrics Collector"
(kubeflow.org/docs/components/katib/user-guides/metrics-collector, i.e. kubeflow/website
``content/en/docs/components/katib/user-guides/metrics-collector.md``: pull-based collectors are a sidecar (``StdOut``,
``File``, ``TensorFlowEvent``, ``Custom``); push-based, kind ``Push``, the training code calls ``report_metrics``);
kubeflow/katib ``docs/proposals/push-based-metrics-collection.md`` (KEP-2340: the sidecar collects the training logs
"once the training is complete", so only the push collector reports while a trial runs); kubeflow/katib
``sdk/python/v1beta1/kubeflow/katib/api/report_metrics.py`` and ``constants/constants.py`` (a call opens a gRPC
channel to ``katib-db-manager.kubeflow:6789``, stamps its metrics with ``datetime.now(timezone.utc)`` formatted as
``"%Y-%m-%dT%H:%M:%SZ"``, whole seconds of the pod's clock, calls ``ReportObservationLog`` with ``timeout`` 120 s
by default and raises ``RuntimeError`` on any failure, with no retry); ``pkg/db/v1beta1/mysql/mysql.go`` and
``init.go`` (rows go into ``observation_logs`` with ``time DATETIME(6)`` by one ``INSERT`` run with ``stmt.Exec``,
no context; ``GetObservationLog`` selects a trial's rows, optionally by metric and ``time`` bounds, ``ORDER BY
time``); excerpts of ``KatibClient.get_trial_metrics`` (``GetObservationLog`` with the trial's name only: every row;
``RuntimeError`` on failure); Katib issues #944 (sidecar rows without a timestamp), #849 and #896 (a restarted
training pod and the sidecar collector); abstracts of flare-forecasting papers (ar5iv 2309.14483: AlexNet, VGG16 and
ResNet34 on hourly magnetograms with a 24-hour window; a Durham conference abstract: an FCN on SHARP radial-field
images, GOES labels in the next 24 h; Boucheron et al., Sci Data 10, 825: consistently sized active-region patches).
Not read (assumed, unchecked): whether the DB manager's ``INSERT`` really runs on after the client's deadline (here
it does); how Katib places a trial's pods; anything on FITS decompression costs, Katib's suggestion latency or its
early-stopping timing; gRPC's 4 MB default receive limit on a full-log read (tens of thousands of rows after a few
days: the monitor is taken to read with a start time, so that it never hits it).

Assumed without checking (the job): one pod of 1, 2 or 4 GPUs (30/45/25 %, 0.85-0.97 per doubling) training 150-2,500
samples/s each at 128-px patches with the shallowest net (log-uniform; the levels are likely low for a small CNN, and
the scale enters no noise), divided by the patch's pixels to the 0.9 and the depth's cost, times (batch / 64) ** 0.1;
the CPU workers feed 1.1-2.5 times the GPUs' rate at 128 px, their cost growing as the pixels to the 0.35 (the whole
cutout is decompressed whatever the patch); a step waits for the slower side (a soft maximum). Per 5-s tick an AR(1)
of the log (sd 2-5 %, correlation 10-40 s), a slow OU (sd 1-3 %, 20-120 min: the active regions' sizes), and dips
while one of the experiment's 1-3 other trials stages its data from the shared file system (4 a day each, 3-15 min,
4-12 % lower). Trials: the first with drawn hyperparameters; each next one (Katib's suggestion) in 35 % changes only
what costs nothing (learning rate, weight decay), else redraws the patch (128, 192, 256 px), the depth (cost 1, 1.8,
2.4) and the batch (32-256) within a level ratio of 1/3.5-3.5; a trial whose level moved less than 15 % is not a
listed change. 35 % of trials are stopped early after 3-6 epochs, the others run 12-39; an epoch lasts 20-80 min at
the first trial's rate (times its level ratio to the -0.5, 10-150 min). Pauses: start-up 3-10 min ("long" 25-60:
image, the SHARP index staged) and a ramp from 40-75 % over 2-6 min (its first half paused); a validation pass after
every epoch, 1.5-5 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint (15-60 s, "long" 1-4 min), after
which the loader's workers are spawned again (a refill from 30-60 % over 10-40 s); a new trial: 1-4 min ("long"
5-15) until its pod runs, then a start-up of 2-6 ("long" 10-25) and a ramp; crashes (exponential, mean 12-48 h):
down 1-4 min ("long" 6-18), a start-up of 2-6 ("long" 8-20) and a ramp, the epoch's lost part trained again.

On the path (built on the reading, its figures assumed): the trainer's callback reports every ``P`` s of training
(10-40 per run, +-3 %) the samples/s since its previous report; in half the runs that interval restarts when training
resumes after a pause, in the others it spans the pause (a low value after each validation pass). A call takes
5-80 ms; while the DB manager is down (0.3-2 restarts a day, 10-150 s) it fails at once (20 ms-1 s); inside a MySQL
stall (0.5-4 a day, 3-240 s) it blocks the training loop until MySQL answers (+10-300 ms) or the 120-s timeout, and a
timed-out call's row still lands when MySQL resumes. 60 % of trainers catch the ``RuntimeError`` and drop the value;
the others die of it (a crash pause and a restarted pod). A row's time is its pod's clock at the call, in whole
seconds; a pod's clock is 20-300 ms off (sd), or in 25 % of runs (unsynchronised nodes) 3-40 s off for 60 % of pods,
either sign; each new pod (trial or restart) draws its own. The monitor polls once a minute (its phase drawn); a poll
fails while the DB manager is down and inside a MySQL stall answers when MySQL resumes (fails past 120 s); it emits
minute ``m`` at its first successful poll 5-40 s (per run) after the minute's end: a row stored later (a blocked
call) or stamped back into an emitted minute (a clock behind) is lost, and a row whose pod's clock is off may count in
another minute than its call's. A point is the mean of the values of its minute's rows (0: none). No row is stored
twice (no retry). The reads are linear in the samples; the rows' fates are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads
nothing; a listed change is the first point after the span holding the start of a new trial whose level moved.
Labelled regressions (a share ``a w`` of each tick's samples lost, carried through the same calls and rows):
``drop`` (the node's GPUs power-capped, or a neighbour pod placed on its CPUs: ``w = min(1, (s + 1) / tau)``,
``tau`` 1-6 ticks), ``straggler`` (the shared file system serving the FITS files slowed in bursts: 1 for a mean of
30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (memory-mapped FITS files kept open by long-lived
workers growing into swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause span's end, a
drawn target loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost samples
(linear), refused above 1; ``w`` is per 5-s tick.

Measured (``heldout152_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      13    11         8     0.101-0.338  21              1-23 (1477, 0 >60)
long      31      13    10         8     0.086-0.312  24              1-66 (1034, 3 >60)

Planned changes listed: short 39, long 28 (of 68 and 49 new trials; 29 and 21 kept their level); trials early
stopped 28 and 23; crashes 95 and 53 (42 and 12 of them by an uncaught report). The path over each set (counts):
short: reports refused while the DB manager was down 93, blocked on MySQL 84, timed out 23, values dropped 65,
crashes by a report 42, rows stored after their minute was emitted 32, rows in another minute than their call's
7441, unread minutes 38, failed polls 64, values over an interval holding a pause 1855; long: 72, 81, 13, 61, 12, 36,
4162, 49, 60, 1064. The reads' sum over the live points against the job's samples: 0.999-1.001 per seed (short and
long); the live points' minute-to-minute change (median ``|d log|`` per seed) 1.3-2.7 % (short), 1.2-2.7 % (long),
its 99th percentile 6.3-10.9 % (short), 5.8-11.2 % (long); the live median level 60-1,158 samples/s (short), 69-1,884
(long). Before the first measure: a printout of 3 seeds of each setting at 6,000 points (levels, spans, events,
counts), no change after it. The first measure was both full sets. Changes of the laws after it: none. One bug fixed
after it (the measures above are after the fix): a report's step could go negative where the training seconds carried
over a pause exceeded the next step's draw, so that an interval ran backwards (two points of one "long" run read
-2e10 and -3.7e10); the step is now at least 0.5 s. One speed change (``bisect`` for the windows in the call loop):
output unchanged (a digest of 6 traces). The tests check the laws on the first 4 seeds at 3,000 points (``SPANS``: at
most 30 points "short", 80 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT152_SEEDS = tuple(range(1522000, 1522012))
CODE = 152
TICK = 5.0  # s: the job's grid
STEP = 60.0  # s: a point, one minute of the rows' timestamps
K = int(STEP / TICK)
EPOCH = 1_796_000_040.0  # a minute's start (unix s): the traces' time origin
SPANS = {"short": (1, 30), "long": (1, 80)}  # pause spans' lengths (points) the tests allow
KIND_P = (0.34, 0.33, 0.33)
TIMEOUT = 120.0  # s: report_metrics' gRPC timeout (the SDK's DEFAULT_TIMEOUT)
PATH_KEYS = ("failed_unavailable", "failed_timeout", "blocked", "crash_by_report", "dropped_reports",
             "late_rows", "moved_rows", "unread_minutes", "failed_polls", "post_pause_low")
# hyperparameters the Katib suggestion draws per trial that move the throughput: the patch's side (pixels), the
# network's depth (its cost per sample relative to the smallest) and the batch size
PATCH = (128, 192, 256)
DEPTH = (1.0, 1.8, 2.4)
BATCH = (32, 64, 128, 256)


def _inside(x, win: np.ndarray) -> np.ndarray:
    """Which of the times ``x`` lie inside one of the windows ``win`` (rows ``[start, end)``, sorted)."""
    x = np.asarray(x, float)
    if len(win) == 0:
        return np.zeros(x.shape, bool)
    i = np.searchsorted(win[:, 0], x, side="right") - 1
    ok = i >= 0
    return ok & (x < win[np.maximum(i, 0), 1])


def _episodes(rng, T: float, per_day: float, lo: float, hi: float) -> np.ndarray:
    """Disjoint windows ``[start, end)`` over ``[0, T)``: Poisson starts (``per_day``), log-uniform lengths."""
    out, t = [], 0.0
    while True:
        t += rng.exponential(86400.0 / per_day)
        if t >= T:
            break
        d = hc.log_uniform(rng, lo, hi)
        if out and t < out[-1][1] + 30:
            continue
        out.append((t, t + d))
    return np.array(out).reshape(-1, 2)


@dataclass
class Path:
    """The trainer's ``report_metrics`` calls and the monitor's polls (times in true seconds from the origin)."""

    P: float = 0.0  # s between two reports
    reset: bool = False  # the rate's clock restarts when training resumes after a pause
    guarded: bool = True  # a failed report is caught (dropped); else it kills the process
    grace: float = 0.0  # s after a minute's end before the monitor emits it
    down: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # the DB manager unavailable
    slow: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))  # MySQL stalled: calls block
    call: np.ndarray = field(default_factory=lambda: np.zeros(0))  # a report's call time
    prev: np.ndarray = field(default_factory=lambda: np.zeros(0))  # the start of the interval it reports
    stamp: np.ndarray = field(default_factory=lambda: np.zeros(0))  # its row's time (the pod's clock, whole s)
    stored: np.ndarray = field(default_factory=lambda: np.zeros(0))  # when its row is in MySQL (inf: never)
    minute: np.ndarray = field(default_factory=lambda: np.zeros(0, int))  # the point it counts in (-1: none)
    counts: dict = field(default_factory=dict)


@dataclass
class Run:
    """A healthy run: the job's samples per tick ``J``, its pauses and trials, and the path's fates."""

    n: int
    nt: int
    J: np.ndarray
    pauses_t: list
    lives: list  # (start, end) of a process's training (between its pauses), s
    known_t: list  # a new trial's first training time where its level moved
    trial_t: list  # every new trial's first training time
    levels: list  # each trial's level (samples/s)
    blocks: list  # training stalled inside a blocking report_metrics call
    path: Path
    counts: dict
    dt: float = STEP
    spans: list = field(default_factory=list)


def _level(cfg: dict, hp: dict) -> float:
    """A trial's samples/s: its GPUs' rate (patch pixels, depth, batch) against the CPU workers' (FITS decompression
    and resampling), a step waiting for the slower side."""
    px = (hp["patch"] / 128.0) ** 2
    g = cfg["gpu"] * cfg["gpus"] * cfg["eff"] ** np.log2(cfg["gpus"]) / (px ** 0.9 * hp["depth"])
    g *= (hp["batch"] / 64.0) ** 0.1
    c = cfg["cpu"] / px ** 0.35
    return float(1.0 / hc.smax(1.0 / g, 1.0 / c))


def _hparams(rng) -> dict:
    return {"patch": PATCH[int(rng.integers(3))], "depth": DEPTH[int(rng.integers(3))],
            "batch": BATCH[int(rng.integers(4))]}


def _next_trial(rng, cfg: dict, hp: dict) -> tuple[dict, bool]:
    """The next trial's hyperparameters: 35 % of suggestions change only what costs nothing (learning rate, weight
    decay); the others redraw the patch, depth and batch, within a level ratio of 1/3.5 to 3.5. Returns it and
    whether its level moved 15 % or more."""
    lv = _level(cfg, hp)
    if rng.random() < 0.35:
        return dict(hp), False
    for _ in range(100):
        new = _hparams(rng)
        r = _level(cfg, new) / lv
        if 1 / 3.5 <= r <= 3.5:
            return new, abs(np.log(r)) >= np.log(1.15)
    return dict(hp), False



def _clock(rng, unsynced: bool) -> float:
    """A pod's clock offset (s): chrony keeps a node within tens of ms; on an unsynchronised node 3-40 s off."""
    if unsynced and rng.random() < 0.6:
        return float(rng.choice([-1.0, 1.0]) * rng.uniform(3, 40))
    return float(rng.normal(0, rng.uniform(0.02, 0.3)))


class _Sim:
    """The job's timeline with the trainer's ``report_metrics`` calls made inside it (a blocking call stalls the
    training loop; an uncaught failed call kills the process)."""

    def __init__(self, rng, n: int, setting: str):
        self.rng, self.long = rng, setting == "long"
        self.T = n * STEP + 900.0
        p = Path(P=rng.uniform(10, 40), reset=rng.random() < 0.5, guarded=rng.random() < 0.6,
                 grace=rng.uniform(5, 40))
        p.down = _episodes(rng, self.T, rng.uniform(0.3, 2.0), 10, 150)  # katib-db-manager restarted
        p.slow = _episodes(rng, self.T, rng.uniform(0.5, 4.0), 3, 240)  # MySQL stalled (locks, fsync, backups)
        p.counts = dict.fromkeys(PATH_KEYS, 0)
        self.path, self.unsynced = p, rng.random() < 0.25
        self.calls, self.blocks, self.offsets, self.pod = [], [], [], -1
        self.last, self.acc = None, 0.0
        self.win = {k: (list(w[:, 0]), list(w[:, 1])) for k, w in (("down", p.down), ("slow", p.slow))}

    def _in(self, key: str, c: float) -> float | None:
        """The end of the ``key`` window holding time ``c``, or None."""
        starts, ends = self.win[key]
        i = bisect.bisect_right(starts, c) - 1
        return ends[i] if i >= 0 and c < ends[i] else None

    def new_pod(self) -> None:
        self.offsets.append(_clock(self.rng, self.unsynced))
        self.pod += 1
        self.last, self.acc = None, 0.0

    def train(self, t: float, dur: float, crash_at: float) -> tuple[float, str | None]:
        """Train ``dur`` s of training time from ``t``: the end time, and what ended it early ("crash": the pod died
        at ``crash_at``; "report": an uncaught ``report_metrics`` failure), or None."""
        rng, p = self.rng, self.path
        start = t
        if p.reset or self.last is None:
            self.last = t
        left = dur
        while True:
            step = max(p.P * rng.uniform(0.97, 1.03) - self.acc, 0.5)
            if step > left:
                if crash_at < t + left:
                    return crash_at, "crash"
                self.acc += left
                return t + left, None
            c = t + step
            if crash_at < c:
                return crash_at, "crash"
            left -= step
            self.acc = 0.0
            fail, stored, e = False, c + rng.uniform(0.005, 0.08), c
            b = self._in("slow", c)
            if self._in("down", c) is not None:  # the channel is refused at once
                e = c + rng.uniform(0.02, 1.0)
                fail, stored = True, np.inf
                p.counts["failed_unavailable"] += 1
            elif b is not None:  # the INSERT waits on MySQL; the client gives up after TIMEOUT
                e = min(b + rng.uniform(0.01, 0.3), c + TIMEOUT)
                stored = b + rng.uniform(0.01, 0.3)  # the DB manager's INSERT runs on when MySQL resumes
                fail = e >= c + TIMEOUT
                p.counts["blocked"] += 1
                p.counts["failed_timeout"] += int(fail)
                self.blocks.append((c, e))
            self.calls.append((c, self.last, stored, self.pod, start))
            self.last = c
            t = e
            if fail and not p.guarded:
                p.counts["crash_by_report"] += 1
                return e, "report"
            p.counts["dropped_reports"] += int(fail and not np.isfinite(stored))


def _schedule(rng, n: int, setting: str) -> tuple[_Sim, dict]:
    """The job's timeline: trials one after another in this slot of the experiment (each ended by its epoch budget
    or by Katib's early stopping), epochs each followed by a validation pass (every 2nd or 3rd by a checkpoint),
    pod crashes (and crashes by an uncaught report) with their restarts. Returns the simulation (calls, blocks) and
    the pauses, training stretches and trials."""
    sim = _Sim(rng, n, setting)
    long, T = sim.long, sim.T
    cfg = {"gpus": int(rng.choice([1, 2, 4], p=[0.3, 0.45, 0.25])), "eff": rng.uniform(0.85, 0.97),
           "gpu": hc.log_uniform(rng, 150, 2500)}
    cfg["cpu"] = cfg["gpu"] * cfg["gpus"] * rng.uniform(1.1, 2.5)
    epoch_len = rng.uniform(20, 80) * 60  # s of training per epoch at the first trial's rate
    ck_every = int(rng.integers(2, 4))
    crash_mean = rng.uniform(12, 48) * 3600
    pauses, stretches, ramps, trials, trial_t, known_t = [], [], [], [], [], []
    counts = {"trials": 0, "early_stopped": 0, "kept_level": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    hp, t, moved = _hparams(rng), 0.0, False
    next_crash = rng.exponential(crash_mean)

    def pod_start(t: float, kind: str, d: float) -> tuple[float, tuple]:
        ramp = (t + d, rng.uniform(0.4, 0.75), rng.uniform(2, 6) * 60)
        pauses.append((t, t + d, kind))
        ramps.append((t + d, t + d + 0.5 * ramp[2]))
        sim.new_pod()
        return t + d, ramp

    while t < T:
        ti = len(trials)
        trials.append(hp)
        counts["trials"] += 1
        if ti == 0:
            d = rng.uniform(3, 10) * 60 if not long else rng.uniform(25, 60) * 60
        else:  # the old pod gone, the suggestion's new trial scheduled, its data index staged, started
            d = rng.uniform(1, 4) * 60 if not long else rng.uniform(5, 15) * 60
            d += rng.uniform(2, 6) * 60 if not long else rng.uniform(10, 25) * 60
        t, ramp = pod_start(t, "startup" if ti == 0 else "relaunch", d)
        trial_t.append(t)
        if moved:
            known_t.append(t)
        early = rng.random() < 0.35
        n_epochs = int(rng.integers(3, 7)) if early else int(rng.integers(12, 40))
        counts["early_stopped"] += early
        scale = _level(cfg, hp) / _level(cfg, trials[0])
        e_len = float(np.clip(epoch_len / scale ** 0.5, 10 * 60, 150 * 60))
        ep, left = 0, e_len * np.exp(rng.normal(0, 0.05))
        while ep < n_epochs and t < T:
            end, why = sim.train(t, left, max(next_crash, t + 1.0))
            stretches.append((t, end, ti, ramp))
            if why is not None:  # the pod died: down, restarted, resumes from its last checkpoint's epoch
                left -= end - t - sum(b - a for a, b in sim.blocks if t <= a < end)
                left = max(left, 60.0) + rng.uniform(0, 0.3) * e_len  # the epoch's lost part is trained again
                down = rng.uniform(1, 4) * 60 if not long else rng.uniform(6, 18) * 60
                up = rng.uniform(2, 6) * 60 if not long else rng.uniform(8, 20) * 60
                counts["crashes"] += 1
                t, ramp = pod_start(end, "crash", down + up)
                next_crash = t + rng.exponential(crash_mean)
                continue
            t, ep = end, ep + 1
            d = rng.uniform(1.5, 5) * 60 if not long else rng.uniform(10, 25) * 60
            pauses.append((t, t + d, "eval"))
            counts["evals"] += 1
            t += d
            if ep % ck_every == 0:
                c = rng.uniform(15, 60) if not long else rng.uniform(60, 240)
                pauses.append((t, t + c, "ckpt"))
                counts["ckpts"] += 1
                t += c
            # the loader's workers are spawned again after the validation pass: a short refill
            ramp = (t, rng.uniform(0.3, 0.6), rng.uniform(10, 40))
            left = e_len * np.exp(rng.normal(0, 0.05))
        if t >= T:
            break
        hp, moved = _next_trial(rng, cfg, hp)
        counts["kept_level"] += not moved
    return sim, {"cfg": cfg, "pauses": pauses, "stretches": stretches, "ramps": ramps, "trials": trials,
                 "trial_t": trial_t, "known_t": known_t, "counts": counts}


def _rates(rng, run_t: float, nt: int, sched: dict) -> tuple[np.ndarray, list]:
    """The job's samples/s per tick while it trains: its trial's level, the ramp after a start or a validation pass,
    an AR(1) of the log per tick, a slow OU (the active regions' patch mix), and dips while a neighbour trial of the
    experiment stages its data from the shared file system."""
    cfg = sched["cfg"]
    t = (np.arange(nt) + 0.5) * TICK
    rate = np.zeros(nt)
    sd, corr = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / corr)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    ar = np.empty(nt)
    ar[0] = rng.normal(0, sd)
    for i in range(1, nt):
        ar[i] = a * ar[i - 1] + e[i]
    ou = hc.ou_path(rng, run_t, rng.uniform(0.01, 0.03), rng.uniform(20, 120) * 60)
    slow = np.interp(t, np.arange(len(ou)) * 60.0, ou)
    dips = np.zeros(nt)
    slots = int(rng.integers(2, 5))
    for a0, a1 in _episodes(rng, run_t, (slots - 1) * 4.0, 180, 900):
        i0, i1 = int(a0 // TICK), min(nt, int(a1 // TICK) + 1)
        dips[i0:i1] = np.log(1 - rng.uniform(0.04, 0.12))
    levels = [_level(cfg, hp) for hp in sched["trials"]]
    for s0, s1, ti, (r_at, r0, r_len) in sched["stretches"]:
        i0, i1 = int(s0 // TICK), min(nt, int(np.ceil(s1 / TICK)))
        if i0 >= nt:
            break
        ramp = np.clip(r0 + (1 - r0) * (t[i0:i1] - r_at) / r_len, r0, 1.0)
        rate[i0:i1] = levels[ti] * ramp
    return rate * np.exp(ar + slow + dips), levels


def _before(iv):
    """``f(x)``: the seconds before ``x`` inside the windows ``iv`` (rows start, end; merged where they overlap)."""
    iv = np.asarray(iv, float).reshape(-1, 2)
    merged = []
    for a, b in iv[np.argsort(iv[:, 0])]:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    iv = np.array(merged, float).reshape(-1, 2)
    cum = np.concatenate([[0.0], np.cumsum(iv[:, 1] - iv[:, 0])])

    def f(x):
        if len(iv) == 0:
            return np.zeros(np.shape(x))
        i = np.searchsorted(iv[:, 0], x, side="right")
        j = np.maximum(i - 1, 0)
        return cum[j] + np.where(i > 0, np.clip(x - iv[j, 0], 0, iv[j, 1] - iv[j, 0]), 0.0)

    return f


def _cover(iv, edges: np.ndarray) -> np.ndarray:
    """The seconds of each ``[edges[i], edges[i + 1])`` inside the windows ``iv``."""
    return np.diff(_before(iv)(edges))


def _at(C: np.ndarray, J: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The job's samples trained before the times ``x`` (``C`` the cumulative sum of ``J``, linear inside a tick)."""
    f = np.clip(x / TICK, 0, len(J) - 1e-9)
    i = f.astype(int)
    return C[i] + (f - i) * J[i]


def _reads(run: Run, J: np.ndarray) -> np.ndarray:
    """The monitor's points from the job's samples per tick ``J``: each stored row's value is the samples/s over
    the interval its call reports, and a point is the mean of the rows its minute counted (0: none). Linear in
    ``J``; which rows count is the healthy run's."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(J)])
    v = (_at(C, J, p.call) - _at(C, J, p.prev)) / np.maximum(p.call - p.prev, 1e-9)
    ok = p.minute >= 0
    s = np.bincount(p.minute[ok], v[ok], minlength=run.n)[:run.n]
    c = np.bincount(p.minute[ok], minlength=run.n)[:run.n]
    return np.where(c > 0, s / np.maximum(c, 1), 0.0)


def _monitor(rng, sim: _Sim, n: int) -> None:
    """Stamp the rows and decide which minute counts each: the monitor polls ``GetObservationLog`` once a minute and
    emits minute ``m`` at its first successful poll ``grace`` s after the minute's end; a row stored after that (or
    never) is not in the point."""
    p = sim.path
    arr = np.array(sim.calls, float).reshape(-1, 5)
    p.call, p.prev, p.stored = arr[:, 0], arr[:, 1], arr[:, 2]
    pod = arr[:, 3].astype(int)
    p.stamp = np.floor(p.call + np.array(sim.offsets)[pod])
    q = rng.uniform(0, 60) + 60.0 * np.arange(int(sim.T / 60) + 40)
    r = q + rng.uniform(0.05, 0.5, len(q))
    ok = ~_inside(q, p.down)
    slow = _inside(q, p.slow)
    b = p.slow[np.maximum(np.searchsorted(p.slow[:, 0], q, side="right") - 1, 0), 1] if len(p.slow) else q
    r = np.where(slow, b + 0.1, r)
    ok &= ~(slow & (b - q >= TIMEOUT))
    p.counts["failed_polls"] = int((~ok).sum())
    nxt = np.full(len(q) + 1, len(q))
    for k in range(len(q) - 1, -1, -1):
        nxt[k] = k if ok[k] else nxt[k + 1]
    r = np.append(r, np.inf)
    emit = r[nxt[np.searchsorted(q, (np.arange(n) + 1) * STEP + p.grace)]]
    m = np.floor(p.stamp / STEP).astype(int)
    valid = (m >= 0) & (m < n)
    counted = valid & (p.stored <= emit[np.clip(m, 0, n - 1)])
    p.minute = np.where(counted, m, -1)
    p.counts["late_rows"] = int((valid & np.isfinite(p.stored) & ~counted).sum())
    p.counts["moved_rows"] = int((valid & (m != np.floor(p.call / STEP))).sum())


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy points, pause spans, live mask, changes)`` of one seed and setting."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    sim, sched = _schedule(rng, n, pauses)
    nt = int(sim.T // TICK)
    rate, levels = _rates(rng, sim.T, nt, sched)
    edges = np.arange(nt + 1) * TICK
    train = _cover([(a, b) for a, b, *_ in sched["stretches"]], edges) - _cover(sim.blocks, edges)
    J = rate * np.clip(train, 0.0, TICK)
    _monitor(rng, sim, n)
    p = sim.path
    pts = [(a, b, k) for a, b, k in sched["pauses"]]
    hold = np.array([(a, b) for a, b, k in pts] + list(sched["ramps"]), float).reshape(-1, 2)
    inside = _before(hold)
    p.counts["post_pause_low"] = int((inside(p.call) - inside(p.prev) > 0).sum())
    run = Run(n=n, nt=nt, J=J, pauses_t=pts, lives=[(a, b) for a, b, *_ in sched["stretches"]],
              known_t=sched["known_t"], trial_t=sched["trial_t"], levels=levels, blocks=sim.blocks, path=p,
              counts=sched["counts"])
    h = _reads(run, J)
    timed = _timed_pause(hold, n)
    p.counts["unread_minutes"] = int(((h <= 0) & ~timed).sum())
    spans = _runs(timed | (h <= 0))
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    run.spans = spans
    return run, h, spans, live, changes


def _timed_pause(hold: np.ndarray, n: int) -> np.ndarray:
    """The points whose minute (or a neighbour) touches one of the windows ``hold``."""
    m = np.zeros(n, bool)
    for a, b in hold:
        s, e = max(0, int(np.floor(a / STEP)) - 1), min(n, int(np.ceil(b / STEP)) + 1)
        if s < n:
            m[s:e] = True
    return m


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """The runs ``(start, end)`` of True in ``mask``."""
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return [(int(s), int(e)) for s, e in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's weight per tick (0 .. 1): a drop rises to 1 within ``tau`` ticks and stays; a straggler is 1 in
    bursts (mean 30-240 ticks) and a calm 0.05-0.25 between them (mean 120-600); a leak grows as
    ``(s / ramp) ** p`` and then holds at 1."""
    s = np.arange(length)
    if kind == "drop":
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "straggler":
        edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600),
                            horizon=float(length) + 1)
        w = np.full(length, rng.uniform(0.05, 0.25))
        for a, b in zip(edges[0::2], edges[1::2]):
            w[(s >= a) & (s < b)] = 1.0
        if len(edges) % 2:
            w[s >= edges[-1]] = 1.0
        return w
    p = rng.uniform(0.6, 1.8)
    return np.where(s < ramp, (s / max(ramp, 1)) ** p, 1.0)


def _draw(rng, run: Run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` in ``[lo, hi)`` (or to the end): a share ``a w`` of each tick's samples lost
    from the onset, carried through the same calls and rows; ``a`` set so that the points lose a drawn target
    (linear reads), refused above 1. An ``(Event, (0, loss per point))`` pair, or None after 60 tries."""
    n = run.n
    for kind in hc.kind_draws(rng, KIND_P, want, tries=60, keep=40):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        if rng.random() < 0.3:  # at a pause's end: a relaunched or re-spawned process brings the fault
            cand = [(s, e) for s, e in run.spans if lo <= e < last]
            if not cand:
                continue
            t0 = (cand[int(rng.integers(len(cand)))][1] - rng.uniform(0.0, 1.0)) * STEP
        else:
            t0 = rng.uniform(lo, last) * STEP
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0 = int(t0 // TICK)
        i1 = run.nt if to_end else min(run.nt, stop * K)
        base = np.zeros(run.nt)
        base[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        r = _reads(run, base)
        c0, c1 = (onset + int(0.9 * ramp) if kind == "leak" else onset), (n if to_end else stop)
        hs, rs = healthy[c0:c1][live[c0:c1]].sum(), r[c0:c1][live[c0:c1]].sum()
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        if hs <= 0 or rs <= 0 or target * hs > rs:
            continue
        m = target * hs / rs * r
        nz = np.nonzero(m > 0)[0]
        if len(nz) == 0:
            continue
        on, end = int(nz[0]), (n if to_end else int(nz[-1]) + 1)
        if on < lo or end > hi or (end < n and end <= on + 60) or any(on <= c < end for c in changes):
            continue
        ramp_end = min(onset + ramp, n) if kind == "leak" else on
        if kind == "leak" and not on < ramp_end < end:
            continue
        depth = hc.shown_depth(healthy - m, healthy, live, kind, on, ramp_end, end, n, (ramp_end - on) // 3)
        if depth is not None:
            return Event(kind, on, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run: Run) -> np.ndarray:
    """A point's time: its minute's end."""
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout152(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout152_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT152_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout152, seeds, n, pauses)
