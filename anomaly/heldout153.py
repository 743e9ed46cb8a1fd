r"""The hundred-and-fifty-third held-out throughput family, read through CoAP Observe (RFC 7252 / RFC 7641): a
wind-turbine drivetrain fault detector's training spectra/s (a 1-D CNN over vibration order spectra from gearbox
and main-bearing accelerometers in a wind farm's condition-monitoring archive; raw waveforms read, resampled to
shaft order and transformed on CPU workers). The trainer runs a small aiocoap-style CoAP server whose observable
resource holds its spectra/s over a trailing window, a monitor on the site network observes it (re-registering
when Max-Age runs out), and the monitor writes one point per minute from the notifications its client kept.

(No generator's head names CoAP, a turbine, vibration, a gearbox, a bearing, Max-Age, a confirmable message, a wind
farm, condition monitoring, a notification, an observation, a datagram or a dead band (``grep -ic`` on the first 3
lines of every generator, saved to ``/tmp/heads153.txt``: 0 each); "observe" matches 1 head (the Observed Antibody
Space), "accelerometer" 1 (ear-tag and collar sensors), "UDP" 1 (rsyslog forwarding), "1-D CNN" 2 (LIGO strain,
Kepler light curves), "spectr" 9, "resampl" 4, "radio" 5, "token" 15, "order" 2 (an SQL ``ORDER BY``, an
out-of-orderness watermark): the model family, UDP and resampling are not new; the job and CoAP Observe are. Job and
path named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all); ``anomaly/heldout150.py`` lines 1-110 (``sed -n 1,110p``) and
541-550, its ``make_heldout150`` and ``heldout150_set`` to the end (``sed -n '541,$p'`` after ``grep -n "^def
make_heldout150\|^def heldout150_set"``, which printed those two lines); ``tests/test_anomaly_heldout150.py`` (all);
``anomaly/heldout_common.py`` (all); ``tests/trace_checks.py`` (all); ``anomaly/traces.py`` lines 1-80;
``tests/test_architecture.py`` lines 1-110; the first 3 lines of every ``anomaly/heldout*.py`` (the brief's loop,
saved to ``/tmp/heads153.txt``, then ``grep -ic`` / ``grep -in`` / ``grep -io`` on that file only). Slips: none that I
know of. The tests import ``HELDOUT150_SEEDS`` (to keep the seeds apart), not its code.

Public sources read (through the search tool): RFC 7641's abstract (rfc-editor.org, datatracker: a best-effort
protocol, eventual consistency between the state a client sees and the resource's) and its sections 4.1-4.2
(rfcinfo.com/rfc-7641/4.Server-Side_Requirements: the list of observers is keyed by the client's endpoint and token, a
registration with the same token replaces the entry, every notification echoes the token); aiocoap's
``aiocoap/protocol.py`` (chrysn/aiocoap: the client's check for reordering, RFC 7641 section 3.4's variables ``v1``,
``t1``: a notification is kept when its Observe number is newer, mod 2**24, or it comes more than
``OBSERVATION_RESET_TIME`` after the last kept; the client's notification queue and the server's trigger are lossy
("we don't care whether we overwrite anything, this is a lossy queue as observe is lossy"); ``shutdown()`` "may take
the time to inform communications partners of stopped observations (but currently does not)"; a client observation
knows nothing of Max-Age: re-registering is the application's); aiocoap's ``numbers/constants.py`` (as quoted in other
repositories: ``OBSERVATION_RESET_TIME = 128``, "not explicitly named in RFC7641"); an older ``aiocoap/resource.py``
(``ObservableCoAPResource.updated_state()`` triggers every observer); the ETSI CoAP plugtest description
``TD_COAP_OBS_03`` "Client detection of deregistration (Max-Age)" (a server rebooted mid-observation sends no more
notifications); RFC 7252's message types as quoted by the kwap-msg docs (docs.rs: NON for readings repeated
regularly; a Reset when the receiver "has rebooted and has forgotten some state"). Not read (from memory, unchecked):
RFC 7252's transmission parameters (ACK_TIMEOUT 2 s, ACK_RANDOM_FACTOR 1.5, MAX_RETRANSMIT 4, MAX_TRANSMIT_WAIT 93
s, Max-Age 60 s by default); RFC 7641 section 4.5 (a server sends a confirmable notification now and then, drops an
observer whose confirmable notification times out or is answered with a Reset, and sends the newest state in a
retransmission under way); Californium's "one CON every 100 notifications"; the CoRE conditional attributes draft
(``pmin``, ``pmax``, ``st``). Nothing read on the job (condition-monitoring archives, order tracking, turbine sensor
sets were not looked up): its figures are assumed.

Assumed without checking (the job): one node; the CPU workers (4-16 DataLoader workers reading turbine-month files,
angular resampling by the tachometer, FFT to an order spectrum) train 150-4,000 spectra/s (log-uniform), the GPU's
1-D CNN 1.15-8 times that; a step waits for the slower (a soft maximum of the costs). Each worker reads one file at a
time, 5-40 min each (log-uniform), its cost set by the turbine type (2-3 types, 0.75-1.45 times the first, sd 3-8 %
per turbine); opening a file stalls that worker 3-20 s; the archive stalls every worker 0.3-2 times an hour for 5-60 s
(at 10-60 % of the rate). Per 5-s tick an AR(1) of the log (sd 2-5 %, correlation 10-40 s) and a slow OU (sd 1-3 %,
20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour apart, each more workers (at most twice: 1.3-2 times
cheaper on the CPUs), a longer order range (at most twice: CPUs 1.3-1.7, GPU 1.5-2 times dearer), an envelope-spectrum
channel (once: 1.2-1.5, 1.1-1.3) or, 1 in 6, a second GPU; redrawn until the level moves 15 % (1/3 to 3 times).
Pauses: start-up 3-10 min ("long" 25-60: the archive indexed) and a ramp from 40-75 % over 2-6 min; a validation pass
over held-out turbines every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a checkpoint
(15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h): down 1-4 min ("long" 6-18), then a start-up of 2-6
("long" 8-20) and a ramp; a relaunch: stopped 1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked beyond the above): the CoAP server starts 5-60 s into each process; a timer recomputes the
resource every ``U`` s (phase random per process) as the spectra of the last ``W`` s (10-60 s, ``W >= U``) over
``W``. In 60 % of runs every update is notified (``U`` 5-20 s; Max-Age 60 s, or 20-180 s in half); in 40 % the
server notifies only a change beyond a step ``st`` (3-10 %) of the last value sent, or after ``pmax`` (60-240 s)
without one (``U`` 5 or 10 s; Max-Age ``pmax`` plus 10-60 s). Notifications are non-confirmable but every ``n``-th
(10-100), or in 30 % of runs all confirmable: a CON is retransmitted after 2-3 s, doubling, 4 times; its ACK may be
lost (the next copy is a duplicate by message ID, dropped); with every try unacknowledged the server drops the
observer (31 initial timeouts, 62-93 s, after the first try); in the all-CON runs an update due while a CON is
unacknowledged goes into its retransmission (the newest state) and is not sent apart. The site network loses
0.01-0.3 % of datagrams, and in bursts (0.5-6 a day, 5-180 s) 30-100 %; 0.05-0.5 % of non-confirmable notifications
wait 0.5-30 s in the radio bridge's queue and arrive after newer ones (refused by the Observe order). A process's
end tells the monitor nothing. The monitor registers at the start, and again when no notification came for Max-Age
plus 2-30 s (a new token: the server's old entry, where it lives, is dropped at its next notification by the
client's Reset); a registration is refused at once while the port is closed (retried after 10-90 s), or times out
after 93 s in a loss burst; its response carries the current value. Each minute the monitor writes the mean of the
notifications it kept in the minute ("mean" monitors, half) or the newest one kept ("last"); with none in the
minute, the newest kept one while within its Max-Age; else nothing (0). The reads are linear in the samples; the
messages' fates (the dead band's choices included) are the healthy run's.

A point is paused where its minute or a neighbour touches a pause (or a ramp's first half), or where it reads nothing
(0); a listed change is the first point after a relaunch's span that changed the stage. Labelled regressions (a share
``a w`` of each tick's samples lost, carried through the same notifications and reads): ``drop`` (a resampling worker
killed: ``w = min(1, (s + 1) / tau)``, ``tau`` 1-6 ticks), ``straggler`` (the archive slowed in bursts: 1 for a mean
of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the order-tracking workers' caches growing into
swap: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target loss (8-33 %,
10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost samples (linear), refused above 1; ``w``
is per 5-s tick.

Measured (``heldout153_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     30      10    10         10    0.082-0.328  17              1-20 (1369, 0 >60)
long      30      9     11         10    0.085-0.322  25              1-87 (854, 3 >60)

Planned changes listed: short 18, long 17 (of 18 and 17 relaunches; none kept its stage); crashes 36 and 45. Runs by
notification, message type and monitor: short 6 dead band / 6 every update, 2 all-CON, 4 "mean"; long 7 / 5, 3
all-CON, 5 "mean". The path over each set (counts): short: notifications sent 236825 (confirmable 27010), lost 505,
CON retransmissions 131, CONs that failed (observer dropped) 11, duplicates dropped 28, delayed 632, refused by the
Observe order or an old token 201, registrations 117, refused while the port was closed 199, timed out 8, minutes
read from a held value 15452, unread minutes 193, updates inside the dead band 290499, states folded into a
retransmission 20, old entries reset 42, processes ended unannounced 43; long: 290468 (83475), 514, 392, 11, 173,
563, 221, 105, 970, 5, 17663, 678, 387034, 85, 22, 52. The reads' sum over the live points against the job's
samples: 0.997-1.000 per seed (short), 0.992-1.002 (long); the live points' minute-to-minute change (median
``|diff(log)|`` per seed) 0.0-4.3 % (short), 0.0-5.6 % (long: 0.0 where a dead band holds one value for minutes),
its 99th percentile 0.135-0.665 (short), 0.124-0.735 (long); the live median level 114-3,545 spectra/s (short),
117-2,623 (long). Before the first measure: none. Changes of the laws after it: one: the data loader's stalls
(opening a file, the archive's stalls) were added, which the brief named and my first version lacked (its
minute-to-minute 99th percentile was 6-13 %); made with it, and not a change of the laws: a speed-up of the path's
loop (the ACK of a try judged at the try's loss rate). The tests check the laws on the first 4 seeds at 3,000 points
(``SPANS``: at most 30 points "short", 90 "long").

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

CODE = 153
HELDOUT153_SEEDS = tuple(range(1532000, 1532012))
EPOCH = 1_790_000_040.0  # a multiple of 60: the monitor's minutes end on whole minutes
TICK = 5.0  # s: the job's samples are drawn per tick
STEP = 60.0  # s: one point per minute
K = int(STEP // TICK)
KIND_P = (0.34, 0.33, 0.33)  # drop, straggler, leak (after one of each)
SPANS = {"short": (1, 30), "long": (1, 90)}
PATH_KEYS = ("sent", "lost", "con_sent", "con_retx", "con_failed", "dup_dropped", "delayed", "reorder_rejected",
             "registrations", "reg_refused", "reg_timeout", "held_minutes", "unread_minutes", "deadband_skipped",
             "replaced", "old_token_rst", "silent_stops")
MAX_TRANSMIT_WAIT = 93.0  # s: RFC 7252's default, a CON exchange given up
RESET_TIME = 128.0  # s: aiocoap's OBSERVATION_RESET_TIME


# ---------------------------------------------------------------- the job: a schedule of lives, pauses and stages

def _mins(rng, lo: float, hi: float) -> float:
    return 60.0 * rng.uniform(lo, hi)


def _level(cfg: dict, st: dict) -> float:
    """Spectra/s of a stage: the step waits for the slower of the CPU workers (resampling to shaft order, FFTs)
    and the GPU (the 1-D CNN)."""
    return 1.0 / hc.smax(st["cpu"] / cfg["cpu"], st["gpu"] / cfg["gpu"])


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict | None:
    """A relaunch's new stage (more workers, a longer order range, an envelope-spectrum channel or a second GPU),
    redrawn until the level moves 15 % (1/3 to 3 times); None when 30 draws fail."""
    for _ in range(30):
        new = dict(st)
        u = rng.random()
        if u < 1 / 6:
            new["gpu"] = st["gpu"] / rng.uniform(1.8, 1.95)
        elif u < 0.45 and st["workers"] < 2:
            new["cpu"], new["workers"] = st["cpu"] / rng.uniform(1.3, 2.0), st["workers"] + 1
        elif u < 0.8 and st["orders"] < 2:
            new["cpu"], new["gpu"] = st["cpu"] * rng.uniform(1.3, 1.7), st["gpu"] * rng.uniform(1.5, 2.0)
            new["orders"] = st["orders"] + 1
        elif not st["env"]:
            new["cpu"], new["gpu"], new["env"] = st["cpu"] * rng.uniform(1.2, 1.5), st["gpu"] * rng.uniform(1.1, 1.3), 1
        else:
            continue
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return None


def _schedule(rng, n: int, setting: str) -> SimpleNamespace:
    """The job's timeline: process lives, pauses ``(t0, t1, kind)``, ramps, stages and planned changes."""
    long = setting == "long"
    T = n * STEP + 900.0
    cfg = {"cpu": hc.log_uniform(rng, 150, 4000)}
    cfg["gpu"] = cfg["cpu"] * hc.log_uniform(rng, 1.15, 8.0)
    st = {"cpu": 1.0, "gpu": 1.0, "workers": 0, "orders": 0, "env": 0}
    eval_every = _mins(rng, 30, 90)
    ev_dur = (10, 25) if long else (2, 6)
    ck_every = int(rng.choice([2, 3]))
    ck_dur = (60, 240) if long else (15, 60)
    crash_mean = 3600.0 * rng.uniform(12, 48)
    down = (6, 18) if long else (1, 4)
    su_re = (8, 20) if long else (2, 6)
    r0, ramp_len = rng.uniform(0.4, 0.75), _mins(rng, 2, 6)
    k_rel = int(rng.integers(0, 4))
    rel = np.sort(rng.uniform(0.15, 0.85, k_rel)) * T
    rel = [t for i, t in enumerate(rel) if i == 0 or t - rel[i - 1] > 3600]
    pauses, lives, ramps, stages, known = [], [], [], [(0.0, dict(st))], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "evals": 0, "ckpts": 0}
    su0 = _mins(rng, 25, 60) if long else _mins(rng, 3, 10)
    pauses.append((0.0, su0, "startup"))
    t, life0, clock, n_eval = su0, 0.0, 0.0, 0
    ramps.append((t, ramp_len, r0))
    next_eval = eval_every * rng.uniform(0.9, 1.1)
    next_crash = t + rng.exponential(crash_mean)
    ri = 0
    while t < T:
        cand = [t + max(next_eval - clock, 1.0), next_crash, rel[ri] if ri < len(rel) else np.inf]
        which = int(np.argmin(cand))
        t1 = max(cand[which], t)
        if t1 >= T:
            break
        clock += t1 - t
        t = t1
        if which == 0:
            n_eval += 1
            counts["evals"] += 1
            d = _mins(rng, *ev_dur)
            pauses.append((t, t + d, "eval"))
            t += d
            if n_eval % ck_every == 0:
                counts["ckpts"] += 1
                d = rng.uniform(*ck_dur)
                pauses.append((t, t + d, "ckpt"))
                t += d
            next_eval = clock + eval_every * rng.uniform(0.95, 1.05)
            continue
        lives.append((life0, t))
        if which == 1:
            counts["crashes"] += 1
            d = _mins(rng, *down)
            pauses.append((t, t + d, "crash"))
        else:
            counts["relaunches"] += 1
            ri += 1
            d = _mins(rng, 5, 12) if long else _mins(rng, 1, 3)
            d += _mins(rng, 1, 5)  # queued
            pauses.append((t, t + d, "relaunch"))
        t += d
        life0 = t
        d = _mins(rng, *su_re)
        pauses.append((t, t + d, "startup"))
        t += d
        ramps.append((t, ramp_len, r0))
        next_crash = t + rng.exponential(crash_mean)
        if which == 2:
            new = _next_stage(rng, cfg, st, _level(cfg, st))
            if new is None:
                counts["kept_stage"] += 1
            else:
                st = new
                stages.append((t, dict(st)))
                known.append(t)
    lives.append((life0, np.inf))
    return SimpleNamespace(n=n, T=T, nt=int(T // TICK), cfg=cfg, pauses_t=pauses, lives=lives, ramps=ramps,
                           stages=stages, known_t=known, counts=counts, setting=setting)


def _job(rng, run) -> np.ndarray:
    """The job's spectra/s per tick: the stage's level, the CPU workers' mix of turbines' files, noise, ramps after
    a start, nothing in a pause."""
    nt = run.nt
    tt = (np.arange(nt) + 0.5) * TICK
    # each DataLoader worker reads one turbine-month file at a time; a turbine's sensor set and sample rate set its
    # resampling cost
    W = int(rng.choice([4, 6, 8, 12, 16]))
    n_types = int(rng.integers(2, 4))
    tf = np.concatenate([[1.0], [hc.log_uniform(rng, 0.75, 1.45) for _ in range(n_types - 1)]])
    tp = rng.dirichlet(np.ones(n_types) * 2)
    sd_turb = rng.uniform(0.03, 0.08)
    inv = np.zeros(nt)
    for _ in range(W):
        m = int(run.T / 300) + 2
        dur = np.exp(rng.uniform(np.log(300), np.log(2400), m))
        ends = np.cumsum(dur) - rng.uniform(0, dur[0])
        cost = tf[rng.choice(n_types, m, p=tp)] * np.exp(rng.normal(0, sd_turb, m))
        opening = rng.uniform(3, 20, m)  # opening the next file (its index and first waveforms) stalls the worker
        idx = np.minimum(np.searchsorted(ends, tt), m - 1)
        since = tt - np.where(idx > 0, ends[np.maximum(idx - 1, 0)], -np.inf)
        inv += np.where(since < opening[idx], 0.0, 1.0 / cost[idx])
    inv /= W * float(np.sum(tp / tf))
    cpu = np.zeros(nt)
    gpu = np.zeros(nt)
    for k, (t0, st) in enumerate(run.stages):
        i0 = int(t0 // TICK)
        cpu[i0:] = st["cpu"]
        gpu[i0:] = st["gpu"]
    rate = 1.0 / hc.smax(cpu / (run.cfg["cpu"] * inv), gpu / run.cfg["gpu"])
    # per-tick AR(1) of the log (step times, file sizes) and a slow OU (the archive's load, thermal)
    sd, tau = rng.uniform(0.02, 0.05), rng.uniform(10, 40)
    a = np.exp(-TICK / tau)
    e = rng.normal(0, sd * np.sqrt(1 - a * a), nt)
    x = np.empty(nt)
    x[0] = rng.normal(0, sd)
    for i in range(1, nt):
        x[i] = a * x[i - 1] + e[i]
    ou = hc.ou_path(rng, run.T, rng.uniform(0.01, 0.03), _mins(rng, 20, 120))
    x += np.interp(tt, np.arange(len(ou)) * 60.0, ou)
    rate *= np.exp(x)
    # the archive's stalls (its disks busy with the farm's nightly copy, a slow NFS server): every worker waits
    nb = int(rng.poisson(rng.uniform(0.3, 2.0) * run.T / 3600))
    stalls = rng.uniform(0, run.T, nb), np.exp(rng.uniform(np.log(5), np.log(60), nb)), rng.uniform(0.1, 0.6, nb)
    for a0, d, f in zip(*stalls):
        i0, i1 = int(a0 // TICK), min(nt, int((a0 + d) // TICK) + 1)
        edges = np.arange(i0, i1) * TICK
        ov = np.clip(np.minimum(a0 + d, edges + TICK) - np.maximum(a0, edges), 0, TICK) / TICK
        rate[i0:i1] *= 1 - (1 - f) * ov
    for s, rl, r0 in run.ramps:
        i0, i1 = int(s // TICK), min(nt, int((s + rl) // TICK) + 1)
        rate[i0:i1] *= r0 + (1 - r0) * np.clip((tt[i0:i1] - s) / rl, 0, 1)
    cover = np.zeros(nt)
    for a0, b0, _ in run.pauses_t:
        i0, i1 = int(a0 // TICK), min(nt, int(np.ceil(b0 / TICK)))
        if i0 >= nt:
            break
        edges = np.arange(i0, i1) * TICK
        cover[i0:i1] += np.clip(np.minimum(b0, edges + TICK) - np.maximum(a0, edges), 0, TICK)
    return rate * np.clip(1 - cover / TICK, 0, 1)


# ---------------------------------------------------------------- the path: CoAP Observe to the site monitor

def _cum_at(J: np.ndarray, t) -> np.ndarray:
    """The spectra trained by time ``t`` (s): the ticks' sums, linear inside a tick."""
    cs = np.concatenate([[0.0], np.cumsum(J)]) * TICK
    t = np.clip(np.asarray(t, float), 0.0, len(J) * TICK)
    i = np.minimum((t // TICK).astype(int), len(J) - 1)
    return cs[i] + (t - i * TICK) * J[i]


def _rate_at(J: np.ndarray, t, W: float) -> np.ndarray:
    """The resource's value at ``t``: the spectra/s over the trailing window of ``W`` s (linear in ``J``)."""
    t = np.asarray(t, float)
    return (_cum_at(J, t) - _cum_at(J, t - W)) / W


def _lossp(p, t: float) -> float:
    """A datagram's loss probability at ``t``: the base rate, or the rate of the loss burst under way."""
    i = int(np.searchsorted(p.b_start, t, side="right")) - 1
    return float(p.b_loss[i]) if i >= 0 and t < p.b_end[i] else p.p0


def _path_params(rng, run) -> SimpleNamespace:
    p = SimpleNamespace()
    p.deadband = bool(rng.random() < 0.4)
    if p.deadband:  # notify on a change beyond a step ``st`` (conditional attributes), at most every ``pmax`` s
        p.U, p.st, p.pmax = float(rng.choice([5.0, 10.0])), rng.uniform(0.03, 0.10), rng.uniform(60, 240)
        p.ma = p.pmax + rng.uniform(10, 60)
    else:  # notify at every update of the timer
        p.U, p.st, p.pmax = float(rng.choice([5.0, 10.0, 15.0, 20.0])), 0.0, 0.0
        p.ma = 60.0 if rng.random() < 0.5 else rng.uniform(max(20.0, p.U + 5), 180)
    p.W = float(rng.choice([w for w in (10.0, 20.0, 30.0, 60.0) if w >= p.U]))
    p.con_all = bool(rng.random() < 0.3)
    p.n_con = int(rng.integers(10, 101))
    p.grace, p.retry = rng.uniform(2, 30), rng.uniform(10, 90)
    p.mean_mode = bool(rng.random() < 0.5)
    p.p0 = hc.log_uniform(rng, 1e-4, 3e-3)
    nb = int(rng.poisson(rng.uniform(0.5, 6) * run.T / 86400))
    p.b_start = np.sort(rng.uniform(0, run.T, nb))
    p.b_end = p.b_start + np.exp(rng.uniform(np.log(5), np.log(180), nb))
    p.b_loss = rng.uniform(0.3, 1.0, nb)
    p.q_delay = hc.log_uniform(rng, 5e-4, 5e-3)
    p.d_net = rng.uniform(0.001, 0.02)
    p.life_up = np.array([a + rng.uniform(5, 60) for a, b in run.lives])
    p.life_end = np.array([min(b, run.T) for a, b in run.lives])
    p.phase = rng.uniform(0, p.U, len(run.lives))
    p.counts = {k: 0 for k in PATH_KEYS}
    return p


def _path(rng, run) -> SimpleNamespace:
    """Which notifications reach the monitor, when, carrying which window; then which minute reads which
    (decided once, on the healthy run)."""
    p = _path_params(rng, run)
    c, J = p.counts, run.J
    ups = [np.arange(u + ph, e, p.U) for u, e, ph in zip(p.life_up, p.life_end, p.phase)]
    lid = np.concatenate([np.full(len(x), k) for k, x in enumerate(ups)]).astype(int)
    ut = np.concatenate(ups)
    ut = ut + rng.uniform(0, 0.05, len(ut))  # the event loop's lag
    r_u = _rate_at(J, ut, p.W)
    p_u = np.full(len(ut), p.p0)
    i_b = np.searchsorted(p.b_start, ut, side="right") - 1
    inb = (i_b >= 0) & (ut < p.b_end[np.maximum(i_b, 0)])
    p_u[inb] = p.b_loss[i_b[inb]]
    rand_u, rand_d = rng.random(len(ut)), rng.random(len(ut))
    dl, reg_t = [], []  # deliveries (receipt, window end, token, Observe number); when each token was registered
    st = {"token": -1, "srv_tok": -1, "srv_life": -1, "dead_at": np.inf, "reg_due": 0.0}
    ma_g, d_net = p.ma + p.grace, p.d_net

    def alive(t):
        k = int(np.searchsorted(p.life_up, t, side="right")) - 1
        return k if k >= 0 and t < p.life_end[k] else -1

    def register(ta):
        """A GET with Observe 0 (confirmable, 4 retransmissions): refused while the port is closed, lost in a
        burst, or a new token the server notifies from now on."""
        k = alive(ta)
        if k < 0:
            c["reg_refused"] += 1
            st["reg_due"] = ta + p.retry
            return None
        T0, ok = rng.uniform(2, 3), None
        for j in range(5):
            tj = ta + T0 * (2 ** j - 1)
            if tj >= p.life_end[k]:
                break
            pj = _lossp(p, tj)
            if rng.random() >= pj and rng.random() >= pj:
                ok = tj
                break
        if ok is None:
            c["reg_timeout"] += 1
            st["reg_due"] = ta + MAX_TRANSMIT_WAIT + p.retry
            return None
        if st["srv_tok"] >= 0 and st["srv_life"] == k and ok < st["dead_at"]:
            c["old_token_rst"] += 1  # the old entry's next notification is answered with a Reset
        c["registrations"] += 1
        st["token"] += 1
        reg_t.append(ok)
        st.update(srv_tok=st["token"], srv_life=k, dead_at=np.inf, reg_due=ok + d_net + ma_g)
        dl.append((ok + d_net, ok, st["token"], 0))
        return float(_rate_at(J, ok, p.W)), ok

    seq, ref, last_sent, busy, con_rec, con_td = 0, 0.0, -np.inf, -np.inf, -1, np.inf
    for i, (u, k, r, pu, ru, rd) in enumerate(zip(ut.tolist(), lid.tolist(), r_u.tolist(), p_u.tolist(),
                                                   rand_u.tolist(), rand_d.tolist())):
        while st["reg_due"] <= u:
            got = register(st["reg_due"])
            if got is not None:
                (ref, last_sent), seq, busy, con_rec = got, 0, -np.inf, -1
        if st["srv_tok"] < 0:
            continue
        if st["srv_life"] != k:
            c["silent_stops"] += 1  # the process ended; the monitor was not told
            st["srv_tok"] = -1
            continue
        if u >= st["dead_at"]:
            continue
        if p.deadband and not (abs(r - ref) > p.st * ref or u - last_sent >= p.pmax):
            c["deadband_skipped"] += 1
            continue
        ref, last_sent = r, u
        if p.con_all and u < busy:
            c["replaced"] += 1  # the retransmission under way carries the newest state
            if con_rec >= 0 and con_td > u:
                dl[con_rec] = dl[con_rec][:1] + (u,) + dl[con_rec][2:]
            continue
        seq += 1
        c["sent"] += 1
        if not (p.con_all or seq % p.n_con == 0):
            if ru < pu:
                c["lost"] += 1
            elif rd < p.q_delay:
                c["delayed"] += 1  # held in the radio bridge's queue: arrives after newer ones
                dl.append((u + d_net + hc.log_uniform(rng, 0.5, 30), u, st["token"], seq))
            else:
                dl.append((u + d_net, u, st["token"], seq))
                st["reg_due"] = u + d_net + ma_g
            continue
        c["con_sent"] += 1
        T0, got, acked = rng.uniform(2, 3), None, None
        for j in range(5):
            tj = u + T0 * (2 ** j - 1)
            if tj >= p.life_end[k]:
                break
            c["con_retx"] += j > 0
            pj = pu if j == 0 else _lossp(p, tj)
            if rng.random() < pj:
                continue
            if got is None:
                got = tj
            else:
                c["dup_dropped"] += 1  # its ACK was lost: the copy is a duplicate by message ID
            if rng.random() >= pj:
                acked = tj
                break
        con_rec, con_td = -1, np.inf
        if got is not None:
            con_rec, con_td = len(dl), got
            dl.append((got + d_net, u, st["token"], seq))
            st["reg_due"] = max(st["reg_due"], got + d_net + ma_g)
        if acked is None:
            c["con_failed"] += 1  # the server gives the observer up
            st["dead_at"] = busy = u + 31 * T0
        else:
            busy = acked
    d = np.array(dl) if dl else np.zeros((0, 4))
    _accept(p, d[:, 0], d[:, 1], d[:, 2].astype(int), d[:, 3].astype(int), np.array(reg_t))
    _minutes(p, run.n)
    return p


def _accept(p, recv, tval, tok, seq, reg_t) -> None:
    """The monitor's client keeps a notification of its current token that is newer by the Observe number than
    the last it kept (or comes 128 s after it); an old token's notification is refused."""
    order = np.lexsort((seq, recv))
    recv, tval, tok, seq = recv[order], tval[order], tok[order], seq[order]
    cur = recv < np.append(reg_t, np.inf)[tok + 1]
    keep = cur.copy()
    for k in np.unique(tok):
        ix = np.nonzero((tok == k) & cur)[0]
        prev = np.maximum.accumulate(np.concatenate([[-1], seq[ix]]))[:-1]
        keep[ix] = seq[ix] > prev
    late = np.nonzero(cur & ~keep)[0]
    last = np.maximum.accumulate(np.where(keep, np.arange(len(keep)), -1))
    if any(last[j] >= 0 and recv[j] > recv[last[j]] + RESET_TIME for j in late):
        # unreachable: a late copy trails a kept newer one by at most its 30-s delay
        raise NotImplementedError("a copy kept by the 128 s rule: not met with these delays")
    p.counts["reorder_rejected"] = int((~keep).sum())
    p.acc_recv, p.acc_tval = recv[keep], tval[keep]


def _minutes(p, n: int) -> None:
    """Which accepted notifications each minute reads: their mean (the "mean" monitor) or, with none in the
    minute (or always, the "last" monitor), the newest one still within its Max-Age; nothing (0) otherwise."""
    ends = STEP * (np.arange(n) + 1)
    lo = np.searchsorted(p.acc_recv, ends - STEP, side="right")
    hi = np.searchsorted(p.acc_recv, ends, side="right")
    last = hi - 1
    fresh = (last >= 0) & (p.acc_recv[np.maximum(last, 0)] + p.ma >= ends)
    if not p.mean_mode:
        lo = hi.copy()
    held = np.where((hi == lo) & fresh, last, -1)
    p.lo, p.hi, p.held = lo, hi, held
    p.counts["held_minutes"] = int(((held >= 0) & (lo == hi) & (np.searchsorted(p.acc_recv, ends - STEP,
                                                                                side="right") == hi)).sum())
    p.counts["unread_minutes"] = int(((hi == lo) & (held < 0)).sum())


def _reads(run, J: np.ndarray) -> np.ndarray:
    """The monitor's points for the job's spectra/s ``J`` per tick, through the path's fates (linear in ``J``)."""
    p = run.path
    vals = _rate_at(J, p.acc_tval, p.W)
    cs = np.concatenate([[0.0], np.cumsum(vals)])
    out = np.zeros(len(p.lo))
    m = p.hi > p.lo
    out[m] = (cs[p.hi[m]] - cs[p.lo[m]]) / (p.hi[m] - p.lo[m])
    h = p.held >= 0
    out[h] = vals[p.held[h]]
    return out


# ---------------------------------------------------------------- the trace

def _spans(run, healthy: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Paused points: a minute that touches a pause or the first half of a ramp, or whose neighbour does, and a
    minute that read nothing."""
    mask = healthy <= 0
    for a, b in [(a, b) for a, b, _ in run.pauses_t] + [(s, s + rl / 2) for s, rl, r0 in run.ramps]:
        i0, i1 = int(a // STEP) - 1, int(np.ceil(b / STEP)) + 1
        if i0 < n:
            mask[max(i0, 0):min(i1, n)] = True
    d = np.diff(np.concatenate([[0], mask.astype(int), [0]]))
    return [(int(a), int(b)) for a, b in zip(np.nonzero(d == 1)[0], np.nonzero(d == -1)[0])]


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)`` of one seed and setting (the random stream ``[seed, setting,
    CODE]``)."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.J = _job(rng, run)
    run.path = _path(rng, run)
    healthy = _reads(run, run.J)
    spans = _spans(run, healthy, n)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's samples lost (0 .. 1) over ``length`` ticks."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a resampling worker killed: its files' share goes
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the order-tracking workers' caches growing into swap
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    bad = (np.searchsorted(edges, s, side="right") % 2 == 1)
    return np.where(bad, 1.0, rng.uniform(0.05, 0.25))


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    """One regression of kind ``want`` with onset in ``[lo, hi)``: an ``(Event, (at, loss))`` pair or None."""
    n = run.n
    ts = STEP * np.arange(n)
    pab = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pab, ts, lo, last, STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), run.nt if to_end else stop * K
        lost = np.zeros(run.nt)
        lost[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m = _reads(run, lost)
        target = {"drop": rng.uniform(0.08, 0.33), "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset + ramp if kind == "leak" else onset
        lv = live[c0:stop]
        hs, ms = healthy[c0:stop][lv].sum(), m[c0:stop][lv].sum()
        if hs <= 0 or ms <= 0 or target * hs / ms > 1:
            continue
        m *= target * hs / ms
        v = np.maximum(healthy - m, 0.0)
        span = hc.changed_span(v, healthy, onset, lo, hi, n, to_end)
        if span is None:
            continue
        ramp_end = min(onset + ramp, n)
        onset, end = span
        if any(onset <= ch < end for ch in changes) or (kind == "leak" and not onset < ramp_end < end):
            continue
        if kind != "leak":
            ramp_end = onset
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3)
        if depth is not None:
            nz = np.nonzero(m)[0]
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (int(nz[0]), m[nz[0]:nz[-1] + 1])
    return None


def make_heldout153(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout153_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT153_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout153, seeds, n, pauses)
