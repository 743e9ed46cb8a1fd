"""The hundred-and-forty-sixth held-out throughput family: a cattle-behaviour classifier's training windows/s (a small
network over accelerometer windows from ear-tag and collar sensors; each farm's raw recordings read and filtered on CPU
workers, windows cut there and augmented, rare behaviours oversampled, the data read one farm at a time; a validation
pass on held-out animals now and then), reported from a training box on the farm with no wired network as small
LoRaWAN uplinks through The Things Stack: the reporter sends its rate over the last interval in a 4-byte payload
(scaled integers), spaced by the fair-use airtime at the spreading factor that the network server's ADR sets, lost on
the radio or in a gateway outage, heard by several gateways and deduplicated, rejoining with fresh frame counters
after a reboot, and delivered by a webhook to a monitor that holds, per minute of the network server's receive time,
the last rate received.

(No generator's head names LoRa, The Things Stack or Network, a cattle, cow or livestock job, an accelerometer, an
ear tag, a collar, a farm, a webhook, a duty cycle, a spreading factor, an uplink, a rejoin or a frame counter
(``grep -ic`` on ``/tmp/s58/genheads142.txt``: 0 each); "gateway" matches 2 heads (Prometheus' Pushgateway: not a
radio gateway), "radio" 5 (a radio-frequency signal classifier's IQ frames and radiographs: the job is not the same),
"windows/s" 6 (time-series, EEG, tokamak and retail forecasters: the unit is not new, the job is). Job and path
named by the lead.)

Written blind (the project's rules for a data author): no detector, forecaster, benchmark or doc (but
``docs/data-authors.md``) read, no log of any branch read, and no detector run on these traces.

Opened in the project: ``docs/data-authors.md`` (all), ``anomaly/heldout141.py`` lines 1-110 and 460-478 (its
``make_heldout141`` and ``heldout141_set``, after a ``grep -n`` for their ``def`` lines),
``tests/test_anomaly_heldout141.py`` (all), ``anomaly/heldout_common.py`` (all), ``tests/trace_checks.py`` (all),
``anomaly/traces.py`` lines 1-80, ``tests/test_architecture.py`` lines 1-110, ``/tmp/s58/genheads142.txt`` through
``grep -ic`` and one ``grep -io`` printing up to 60 characters around the matches of gateway, windows/s and radio.
Slips: the ``sed -n`` of ``heldout141.py`` began at line 460, not 469 (lines 460-468: the last lines of its ``_draw``,
returning an event and ``(0, m)``, and its ``_stamps``); a ``wc -l`` of ``anomaly/heldout141.py`` (478 lines) run with
the ``grep -n``; none else.

Public sources read (excerpts through the search tool): The Things Stack's "Data Formats" page (join-accept and
uplink messages sent to the integrations as JSON; empty fields omitted), its uplink-message schema (``received_at``:
the Gateway Server's and Network Server's local time of reception; ``rx_metadata`` one entry per gateway;
``consumed_airtime`` computed by the Network Server), its webhook schema and a summary of its integrations (a
webhook's per-message enable flags: ``uplink_message``, ``join_accept`` ...), its rate-limiting page and a summary of
its fair-use policy (the community network enforces an airtime fair-use policy; sources the TTN duty-cycle page and
the forum's "fair use policy explained"); LoRaWAN 1.0.3 and 1.0.4 excerpts (``DutyCycleReq``: the network may cap an
end device's aggregated duty cycle at ``1 / 2**MaxDCycle``); a vendor's page on ETSI EN 300 220 (sub-bands of 1 %,
0.1 % and 10 % duty cycle); a course page on ADR (the network server picks the spreading factor from the last 20
uplinks' SNR with a margin; the SNR each SF needs, -7.5 dB at SF7 to -20 dB at SF12). Not read (from memory,
unchecked): the fair-use figures (30 s of uplink airtime a day per device); Semtech's time-on-air formula
(``airtime``; SF7 at 17 bytes about 51 ms, each SF step about twice that); that the network server deduplicates the
copies of an uplink within a window of about 200 ms; the join procedure's retries; that a failed webhook delivery is
not retried (lost). Nothing read on the job (cattle-behaviour papers name accelerometer windows and classes only):
its figures are assumed.

Assumed without checking (the job): one box of one GPU trains 300-9,000 windows/s (log-uniform). The CPU workers
read one farm at a time: a farm lasts 20-120 min of time (log-uniform), its recordings (sample rates, the share of
rare behaviours oversampled) set a factor (sd 4-12 %), and opening it (reading and filtering its raw recordings)
slows the loader for 1-4 min to 25-60 % of the rate; windows vary per step: an AR(1) of the log per 5-s tick (sd
3-8 %, correlation 10-60 s) and a slow OU (sd 1-3 %, 20-120 min). Relaunches: 0-3 at 15-85 % of the run, an hour or
more apart, each (4 in 5) longer or shorter windows (at most 2 steps: 1.3-1.7 times dearer each), a wider network
(1.6-2.4) or more loader workers (1.2-1.6 faster), redrawn until the level moves 15 % (1/3 to 3 times); 1 in 5 keeps
its stage (a code fix). Pauses: start-up 3-10 min ("long" 25-60) and a ramp from 50-80 % over 2-6 min; a validation
pass on held-out animals every 30-90 min of training, 2-6 min ("long" 10-25), every 2nd or 3rd followed by a
checkpoint (15-60 s, "long" 1-4 min); crashes (exponential, mean 12-48 h; 2 in 5 a reboot of the box: power on the
farm, the kernel): down 1-4 min ("long" 6-18), then a start-up of 2-6 ("long" 8-20) and a ramp; a relaunch: stopped
1-3 min ("long" 5-12), queued 1-5 min, then a start-up and its ramp.

On the path (not checked): the reporter is a daemon of the box (a trainer's crash or relaunch leaves it running, a
reboot restarts it); it sends one uplink per interval, the windows trained since its previous uplink over the time
between them, the interval ``max(60-120 s, airtime(SF) * 86400 / (30 s * 0.8-1.0))`` (the fair-use budget, of which it
spends 80-100 %) times its clock's drift (-50 to 50 ppm: no network time on the farm) plus 0-2 s (channel and duty cycle
waits): 148 s at SF7, 267 at SF8, 475 at SF9, 950 at SF10. The ADR's spreading factor is piecewise constant (a new one
after 10 min plus an exponential of mean 2-12 h): SF7 65 %, SF8 20 %, SF9 10 %, SF10 5 % (the farm's gateway is near);
after a rejoin each of the first 20 uplinks goes at SF8 or SF9 at least (drawn per uplink: the ADR settling). An uplink
is lost on the radio with probability 1-5 %, else heard by a second gateway with probability 0.1-0.6 (deduplicated by
the network server: no effect on the reads); the farm's gateway fails 0.2-1.5 times a day (power, its cellular backhaul)
for a log-normal time (median 5-45 min, at most 3 h), when an uplink reaches only a distant gateway, with probability
``(0-0.5) * (SF - 6) / 4``; a received uplink is lost at the webhook with probability 0.2-1 %. Received at the send time
plus its airtime plus 0.05-1.5 s (backhaul). A reboot rejoins: 1 join or more (each accepted with probability 0.7),
20-90 s apart plus 30 s; the session's frame counters start from 0. Half the monitors guard against replays: an uplink
whose frame counter is not above the last accepted is dropped unless the device was silent for the monitor's timeout;
half of those take the webhook's join-accept messages, which reset the guard (the others' webhooks carry uplinks only,
so they drop the new session's uplinks until the silence runs out). The monitor holds, at each minute's end of receive
time, the rate of the last uplink received; none after a timeout of 15-40 min (a point of 0). Payload scaling (a uint16
with a per-run scale, steps under 0.1 %) is not modelled: the reads are linear in the windows.
A flaw seen after the measure and kept (the rules allow one change, spent on the guard): on a reboot the reporter goes
on sending from the crash until the box is back (1-18 min), uplinks from a box that is off; they carry the pause's
rates (0) and the points holding them lie in the crash's pause span.

A point is paused where its minute touches a pause (or a ramp's first half), where the interval of the uplink it
holds touches one, or where it holds nothing; a listed change is the first point after a relaunch's span that changed
the stage. Labelled regressions (a share ``a w`` of each tick's windows lost, carried through the same uplinks and
reads): ``drop`` (a loader worker killed, out of memory while filtering a farm's recordings: ``w = min(1, (s + 1) /
tau)``, ``tau`` 1-6 ticks), ``straggler`` (the shared disk holding the farms' raw recordings slow in bursts: 1 for a
mean of 30-240 ticks, calm for a mean of 120-600 at 0.05-0.25), ``leak`` (the augmentation cache of cut windows
growing and swapping: ``w = (s / ramp) ** p``, ``p`` 0.6-1.8, then held); onsets 30 % at a pause's end, a drawn target
loss (8-33 %, 10-30 %, 12-40 % over a leak's plateau), ``a`` set from the reads of the lost windows (linear), refused
above 1; ``w`` is per 5-s tick.

Measured (``heldout146_set``, 12 seeds of 6,000 points; pause spans in points, ending before the trace's end):

setting   events  drop  straggler  leak  depth        near a pause    pause spans
short     32      10    11         11    0.082-0.325  21              2-82 (1236, 3 >60)
long      29      10    10         9     0.086-0.272  24              3-135 (935, 13 >60)

Planned changes listed: short 8, long 7 (of 16 and 11 relaunches; 8 and 4 kept their stage: chance, 45 of 191 over
150 other seeds' schedules); crashes 51 and 45. The
path over each set (counts): short: uplinks 20271, lost on the radio 613, lost in gateway outages 282 (46 outages),
heard by several gateways 5766, lost at the webhook 135, rejoins 13 (6 join retries), dropped by a frame-counter guard
23, ADR changes 162, points holding an uplink over 3 min older than SF7's spacing 6447, unread points 276; long: 19293,
566, 279 (41), 6436, 87, 18 (6), 10, 135, 6000, 437. The reads' sum over the live points against the job's windows:
0.997-1.004 (short), 0.996-1.003 (long); the live points' minute-to-minute change (median ``|d log|`` per seed) 0 in
every seed (a point holds its uplink's rate for 2.5-16 minutes), its 99th percentile 36-66 % (short) and 35-61 %
(long); the live median level 308-7,943 windows/s (short), 381-8,981 (long). Changes of the laws after the first
measure: one: the monitors' frame-counter guard was a one-hour cache of the counters seen, which dropped nothing in
either set (a rejoin's counters from 0 rarely met those of the hour before); it is now the replay guard above (the
figures here are after it; events, spans and changes moved by a few: short 32 events and 1250 spans before).
Before the first measure: the gateway outages were shortened (median 5-45 min, at most 3 h, from 10 min-2 h uncapped,
after one seed's healthy run showed an 81-point span) and a crash due inside a pause comes just after it (it broke the
schedule). The pause-span limits of the tests (``SPANS``: 90 "short", 140 "long") were set from the measure, and the
timestamps' epoch moved to a minute's end (the values unchanged). The tests check the laws on the first 4 seeds at
3,000 points.

Size: one family's job, path and regressions, kept in one module as the other generators are.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
from scipy.signal import lfilter

import anomaly.heldout_common as hc
from anomaly.traces import Event, Trace

HELDOUT146_SEEDS = tuple(range(1462000, 1462012))
CODE = 146
TICK = 5.0  # s: the job's windows are kept per tick
STEP = 60.0  # s: the monitor's bins (minutes of the network server's receive time)
K = int(STEP // TICK)
EPOCH = 1_789_999_980.0  # a minute's end
KIND_P = (0.4, 0.3, 0.3)
PAYLOAD = 4  # bytes: the rate (uint16, scaled), the interval (uint8, 10 s units), a sequence byte
FAIR_USE = 30.0  # s of uplink airtime a day (The Things Network's fair-use policy)
SPANS = {"short": (1, 90), "long": (1, 140)}  # pause spans (points), measured
PATH_KEYS = ("uplinks", "lost_radio", "lost_outage", "multi_gateway", "webhook_lost", "rejoins", "join_retries",
             "fcnt_dropped", "adr_changes", "outages", "stale_points", "unread_points")
# pause lengths in minutes: (lo, hi) per setting
START = {"short": (3, 10), "long": (25, 60)}
EVAL = {"short": (2, 6), "long": (10, 25)}
CKPT = {"short": (0.25, 1), "long": (1, 4)}
DOWN = {"short": (1, 4), "long": (6, 18)}
RESTART = {"short": (2, 6), "long": (8, 20)}
STOPPED = {"short": (1, 3), "long": (5, 12)}


def airtime(sf: int, payload: int = PAYLOAD) -> float:
    """A LoRa uplink's time on air (s): 125 kHz, coding rate 4/5, 8 preamble symbols, explicit header, CRC, the
    low-data-rate optimisation from SF11; ``payload`` bytes behind LoRaWAN's 13 bytes of header and MIC."""
    pl = payload + 13
    de = 1 if sf >= 11 else 0
    ts = 2.0 ** sf / 125e3
    n = 8 + max(int(np.ceil((8 * pl - 4 * sf + 28 + 16) / (4 * (sf - 2 * de)))) * 5, 0)
    return (8 + 4.25) * ts + n * ts


def spacing(sf: int, share: float, base: float) -> float:
    """The reporter's uplink interval (s) at ``sf``: ``base``, or more where the fair-use budget (its ``share`` of
    30 s a day) asks for more."""
    return max(base, airtime(sf) * 86400.0 / (FAIR_USE * share))


# ----------------------------------------------------------------------------------------------------------- the job


def _level(cfg: dict, st: dict) -> float:
    """Windows/s of a stage: the box's base rate, slowed by longer windows (``win`` steps) and a wider network
    (``wide``), sped up by more loader workers (``workers``)."""
    return cfg["base"] / cfg["win_c"] ** st["win"] / cfg["wide_c"] ** st["wide"] * cfg["work_c"] ** st["workers"]


def _next_stage(rng, cfg: dict, st: dict, lv: float) -> dict:
    """A relaunch's new stage: another window length (at most 2 steps), a wider net (once) or more loader workers
    (once), redrawn until the level moves 15 % or more (within 1/3 and 3 times)."""
    for _ in range(200):
        new = dict(st)
        c = rng.choice(3, p=[0.5, 0.3, 0.2])
        if c == 0:
            new["win"] = int(rng.choice([w for w in (0, 1, 2) if w != st["win"]]))
        elif c == 1:
            new["wide"] = 1 - st["wide"]
        else:
            new["workers"] = 1 - st["workers"]
        r = _level(cfg, new) / lv
        if abs(np.log(r)) >= np.log(1.15) and 1 / 3 <= r <= 3:
            return new
    return st


def _minutes(rng, table: dict, setting: str) -> float:
    lo, hi = table[setting]
    return 60.0 * rng.uniform(lo, hi)


def _schedule(rng, n: int, pauses: str):
    """The job's stretches of training, its pauses and relaunches, and its windows per tick ``J``."""
    T = n * STEP
    nt = n * K
    cfg = {"base": hc.log_uniform(rng, 300, 9000), "win_c": rng.uniform(1.3, 1.7), "wide_c": rng.uniform(1.6, 2.4),
           "work_c": rng.uniform(1.2, 1.6)}
    st = {"win": 0, "wide": 0, "workers": 0}
    n_rel = int(rng.choice(4, p=[0.15, 0.35, 0.3, 0.2]))
    rel = np.sort(rng.uniform(0.15, 0.85, n_rel)) * T
    rel = [r for k, r in enumerate(rel) if k == 0 or r - rel[k - 1] >= 3600]
    crash_mean = rng.uniform(12, 48) * 3600
    segs, pauses_t, known_t, lives, reboots = [], [], [], [], []
    counts = {"relaunches": 0, "kept_stage": 0, "crashes": 0, "reboots": 0}
    t = _minutes(rng, START, pauses)
    pauses_t.append((0.0, t, "startup"))
    ramp = (t, rng.uniform(120, 360), rng.uniform(0.5, 0.8))
    next_eval = t + rng.uniform(30, 90) * 60
    next_crash = t + rng.exponential(crash_mean)
    n_eval, ck_every = 0, int(rng.choice([2, 3]))
    life0 = 0.0
    while t < T:
        nxt_rel = rel[0] if rel else np.inf
        if nxt_rel < t + 300:
            rel.pop(0)
            continue
        ev = min(next_eval, next_crash, nxt_rel)
        segs.append((t, min(ev, T), _level(cfg, st), ramp))
        t = ev
        if t >= T:
            break
        if ev == next_eval:
            n_eval += 1
            dur = _minutes(rng, EVAL, pauses)
            kind = "eval"
            if n_eval % ck_every == 0:
                dur += _minutes(rng, CKPT, pauses)
                kind = "ckpt"
            pauses_t.append((t, t + dur, kind))
            t += dur
            ramp = None
        elif ev == next_crash:
            counts["crashes"] += 1
            reboot = rng.random() < 0.4
            down = _minutes(rng, DOWN, pauses)
            dur = down + _minutes(rng, RESTART, pauses)
            pauses_t.append((t, t + dur, "crash"))
            lives.append((life0, t))
            life0 = t + dur
            if reboot:
                counts["reboots"] += 1
                reboots.append(t + down)
            t += dur
            ramp = (t, rng.uniform(120, 360), rng.uniform(0.5, 0.8))
            next_crash = t + rng.exponential(crash_mean)
        else:
            rel.pop(0)
            counts["relaunches"] += 1
            dur = _minutes(rng, STOPPED, pauses) + rng.uniform(60, 300) + _minutes(rng, RESTART, pauses)
            pauses_t.append((t, t + dur, "relaunch"))
            lives.append((life0, t))
            life0 = t + dur
            new = _next_stage(rng, cfg, st, _level(cfg, st)) if rng.random() > 0.2 else st
            t += dur
            if new == st:
                counts["kept_stage"] += 1
            elif t < T:
                known_t.append(t)
            st = new
            ramp = (t, rng.uniform(120, 360), rng.uniform(0.5, 0.8))
        next_eval = t + rng.uniform(30, 90) * 60
        next_crash = max(next_crash, t + 120)  # a crash due inside a pause comes just after it
    lives.append((life0, T))
    # windows per tick: the stage's level, each farm's factor and its opening stall, tick noise and a slow drift
    edges = np.arange(nt + 1) * TICK
    frac = np.zeros(nt)
    lvl = np.zeros(nt)
    for a, b, lv, rp in segs:
        i0, i1 = int(a // TICK), min(nt, int(np.ceil(b / TICK)))
        ov = np.clip(np.minimum(b, edges[i0 + 1:i1 + 1]) - np.maximum(a, edges[i0:i1]), 0, TICK) / TICK
        frac[i0:i1] += ov
        f = np.full(i1 - i0, lv)
        if rp is not None:
            r0, rd, rf = rp
            x = np.clip((edges[i0:i1] + TICK / 2 - r0) / rd, 0, 1)
            f *= rf + (1 - rf) * x
        lvl[i0:i1] = f
    farm = np.ones(nt)
    sd_farm, i = rng.uniform(0.04, 0.12), 0
    while i < nt:
        dur = int(hc.log_uniform(rng, 20, 120) * 60 / TICK)
        farm[i:i + dur] = np.exp(rng.normal(0, sd_farm))
        stall = int(rng.uniform(60, 240) / TICK)
        farm[i:i + stall] *= rng.uniform(0.25, 0.6)
        i += dur
    sd, corr = rng.uniform(0.03, 0.08), rng.uniform(10, 60)
    a = np.exp(-TICK / corr)
    noise = lfilter([np.sqrt(1 - a * a)], [1, -a], rng.normal(0, sd, nt))
    slow = hc.ou_path(rng, T, rng.uniform(0.01, 0.03), rng.uniform(1200, 7200))
    drift = np.interp(edges[:-1] / STEP, np.arange(len(slow)), slow)
    J = np.clip(frac, 0, 1) * lvl * farm * np.exp(noise + drift) * TICK
    ramps = [(r0, r0 + rd / 2) for a, b, lv, (r0, rd, rf) in ((s[0], s[1], s[2], s[3]) for s in segs
                                                              if s[3] is not None)]
    return SimpleNamespace(n=n, nt=nt, dt=STEP, J=J, pauses_t=pauses_t, known_t=known_t, counts=counts,
                           lives=lives, reboots=reboots, ramps=ramps, cfg=cfg)


# ---------------------------------------------------------------------------------------------------------- the path


def _path(rng, run) -> SimpleNamespace:
    """The reporter's uplinks through the radio, the gateways, the network server and the webhook to the
    monitor: which uplinks are sent (send times, the interval each covers), which reach the monitor and when."""
    T = run.n * STEP
    c = {k: 0 for k in PATH_KEYS}
    share, base = rng.uniform(0.8, 1.0), rng.uniform(60, 120)
    drift = rng.uniform(-50, 50) * 1e-6  # the box's clock (no network time on the farm)
    p_loss, p_multi = rng.uniform(0.01, 0.05), rng.uniform(0.1, 0.6)
    p_far, p_hook = rng.uniform(0.0, 0.5), rng.uniform(0.002, 0.01)
    # the network server's ADR: the spreading factor in force, piecewise constant
    adr, t = [], 0.0
    while t < T:
        sf = int(rng.choice([7, 8, 9, 10], p=[0.65, 0.2, 0.1, 0.05]))
        adr.append((t, sf))
        t += rng.exponential(rng.uniform(2, 12) * 3600) + 600
    c["adr_changes"] = len(adr) - 1
    # the farm gateway's outages (power, its cellular backhaul)
    outs, t = [], 0.0
    rate = rng.uniform(0.2, 1.5) / 86400
    while True:
        t += rng.exponential(1 / rate)
        if t >= T:
            break
        d = min(float(np.exp(rng.normal(np.log(rng.uniform(300, 2700)), 0.6))), 10800.0)
        outs.append((t, t + d))
        t += d
    c["outages"] = len(outs)
    starts, ends, recv = [], [], []
    reboots = list(run.reboots) + [np.inf]
    rb = 0
    t0 = 0.0  # the reporter's interval start
    t = rng.uniform(0, 60)
    timeout = rng.uniform(15, 40) * 60  # the monitor's staleness limit
    # half the monitors guard against replays: an uplink whose frame counter is not above the last accepted one is
    # dropped, unless the device was silent for ``timeout``; half of those also take the webhook's join-accept
    # messages, which reset the guard (the others' webhooks carry uplinks only)
    dedup, join_hook = rng.random() < 0.5, rng.random() < 0.5
    last_f, last_r = -1, -np.inf
    fcnt = 0
    fresh = 0  # uplinks left at the join's spreading factor (the ADR needs 20 uplinks to settle)
    while t < T:
        if t >= reboots[rb]:  # the box rebooted: the radio rejoins (join retries spaced by the duty cycle)
            t0 = t = reboots[rb]
            rb += 1
            c["rejoins"] += 1
            tries = 1
            while rng.random() > 0.7:
                tries += 1
            c["join_retries"] += tries - 1
            t += tries * rng.uniform(20, 90) + 30
            fresh = 20
            fcnt = 0  # a new session: the frame counters start again
            if join_hook:
                last_f = -1
            continue
        sf = next(s for a, s in reversed(adr) if a <= t)
        if fresh:
            sf = max(sf, int(rng.choice([8, 9])))
            fresh -= 1
        c["uplinks"] += 1
        starts.append(t0)
        ends.append(t)
        in_out = any(a <= t < b for a, b in outs)
        if in_out:
            ok = rng.random() < p_far * (sf - 6) / 4
            if not ok:
                c["lost_outage"] += 1
        else:
            ok = rng.random() > p_loss
            if not ok:
                c["lost_radio"] += 1
            elif rng.random() < p_multi:
                c["multi_gateway"] += 1  # heard twice, deduplicated by the network server
        if ok and rng.random() < p_hook:
            ok = False
            c["webhook_lost"] += 1
        r = t + airtime(sf) + rng.uniform(0.05, 1.5)
        if ok and dedup:
            if fcnt <= last_f and r - last_r < timeout:
                ok = False
                c["fcnt_dropped"] += 1
            else:
                last_f, last_r = fcnt, r
        fcnt += 1
        recv.append(r if ok else np.nan)
        t0 = t
        t += spacing(sf, share, base) * (1 + drift) + rng.uniform(0, 2.0)
    starts, ends, recv = np.array(starts), np.array(ends), np.array(recv)
    # the monitor: per minute of receive time, the last uplink received so far, stale after ``timeout``
    got = np.nonzero(np.isfinite(recv))[0]
    order = got[np.argsort(recv[got], kind="stable")]
    ends_m = (np.arange(run.n) + 1) * STEP
    k = np.searchsorted(recv[order], ends_m, side="right") - 1
    held = np.where(k >= 0, order[np.maximum(k, 0)], -1)
    age = np.where(held >= 0, ends_m - recv[np.maximum(held, 0)], np.inf)
    held = np.where(age <= timeout, held, -1)
    c["unread_points"] = int((held < 0).sum())
    c["stale_points"] = int(((age > 3 * STEP + spacing(7, share, base)) & (held >= 0)).sum())
    return SimpleNamespace(starts=starts, ends=ends, recv=recv, held=held, counts=c, outs=outs, adr=adr,
                           timeout=timeout, dedup=dedup)


def _reads(run, X: np.ndarray) -> np.ndarray:
    """The monitor's points for windows per tick ``X``: each minute holds the rate of its held uplink (the
    windows of the interval it covers over that interval's length), 0 where it holds none. Linear in ``X``."""
    p = run.path
    C = np.concatenate([[0.0], np.cumsum(X)])
    grid = np.arange(len(C)) * TICK
    w = np.interp(p.ends, grid, C) - np.interp(p.starts, grid, C)
    rate = w / np.maximum(p.ends - p.starts, 1e-9)
    h = p.held
    return np.where(h >= 0, rate[np.maximum(h, 0)], 0.0)


def _build(seed: int, n: int, pauses: str):
    """``(run, healthy, spans, live, changes)``: a point is paused where its minute touches a pause, where its
    held uplink's interval touches one (or a ramp's first half), or where it holds nothing."""
    hc.check_args(pauses, n)
    rng = np.random.default_rng([seed, hc.SETTINGS[pauses], CODE])
    run = _schedule(rng, n, pauses)
    run.path = _path(np.random.default_rng([seed, hc.SETTINGS[pauses], CODE, 2]), run)
    healthy = _reads(run, run.J)
    p = run.path
    bad = np.zeros(n, bool)
    win = [(a, b) for a, b, _ in run.pauses_t] + list(run.ramps)
    for a, b in win:
        bad[int(a // STEP):min(n, int(np.ceil(b / STEP)))] = True
    h = p.held
    s0, s1 = p.starts[np.maximum(h, 0)], p.ends[np.maximum(h, 0)]
    for a, b in win:
        bad |= (h >= 0) & (s0 < b) & (s1 > a)
    bad |= (h < 0) | (healthy <= 0)
    spans = []
    for i in np.nonzero(bad)[0]:
        hc.add_span(spans, int(i), int(i) + 1)
    live = hc.live_mask(spans, n)
    changes = hc.change_points([int(t // STEP) for t in run.known_t], spans, n)
    return run, healthy, spans, live, changes


# ---------------------------------------------------------------------------------------------- the regressions


def _weight(rng, kind: str, length: int, ramp: int) -> np.ndarray:
    """A regression's share of each tick's windows lost (0 .. 1), ``length`` ticks long."""
    s = np.arange(length, dtype=float)
    if kind == "drop":  # a loader worker killed (out of memory while filtering a farm's recordings)
        return np.minimum(1.0, (s + 1) / rng.uniform(1, 6))
    if kind == "leak":  # the augmentation cache of cut windows growing and swapping
        return np.minimum(1.0, s / max(ramp, 1)) ** rng.uniform(0.6, 1.8)
    # straggler: the shared disk holding the farms' raw recordings slow in bursts
    edges = hc.twostate(rng, 0.0, float(length), rng.uniform(30, 240), rng.uniform(120, 600))
    calm = rng.uniform(0.05, 0.25)
    w = np.full(length, calm)
    for a, b in zip(edges[0::2], edges[1::2]):
        w[int(a):int(np.ceil(b))] = 1.0
    w[0] = 1.0
    return w


def _draw(rng, run, healthy, live, changes, lo: int, hi: int, to_end: bool, want: str):
    n = run.n
    ts = STEP * np.arange(n)
    pts = [(a, b) for a, b, _ in run.pauses_t]
    for kind in hc.kind_draws(rng, KIND_P, want):
        ramp = int(rng.uniform(250, min(1800, 0.6 * (hi - lo)))) if kind == "leak" else 0
        last = max(lo + 1, hi - 150 - int(1.1 * ramp))
        t0 = hc.onset_time(rng, pts, ts, lo, min(last, n - 1), STEP)
        if t0 is None:
            continue
        onset = int(t0 // STEP)
        stop = hc.event_stop(rng, kind, ramp, onset, n, hi, to_end)
        if stop is None:
            continue
        i0, i1 = int(t0 // TICK), (run.nt if to_end else stop * K)
        X = np.zeros(run.nt)
        X[i0:i1] = _weight(rng, kind, i1 - i0, ramp * K) * run.J[i0:i1]
        m1 = _reads(run, X)
        target = {"drop": rng.uniform(0.08, 0.33),
                  "straggler": rng.uniform(0.1, 0.3)}.get(kind, rng.uniform(0.12, 0.4))
        c0 = onset if kind != "leak" else min(stop - 5, onset + int(0.9 * ramp))
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
        ramp_end = min(onset + ramp, n) if kind == "leak" else onset
        if kind == "leak" and not onset < ramp_end < end:
            continue
        depth = hc.shown_depth(v, healthy, live, kind, onset, ramp_end, end, n, (ramp_end - onset) // 3,
                               max_depth=0.33)
        if depth is not None:
            return Event(kind, onset, ramp_end, end, round(depth, 4)), (0, m)
    return None


def _stamps(run) -> np.ndarray:
    return EPOCH + STEP * (np.arange(run.n) + 1)


def make_heldout146(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None,
                    setting: str | None = None) -> Trace:
    """One trace of the family (``setting`` names the pauses setting too)."""
    pauses = setting if setting is not None else pauses
    return hc.family_trace(_build, _draw, None, KIND_P, seed, n, pauses, n_events, CODE, _stamps, stream=(1,))


def heldout146_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT146_SEEDS) -> list[Trace]:
    """The family's set: one trace per seed, every fourth clean."""
    return hc.every_fourth_clean(make_heldout146, seeds, n, pauses)
