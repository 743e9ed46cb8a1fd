"""The ninth held-out throughput family: an ELASTIC data-parallel job (torchelastic / Lightning).

Written blind (without reading or running the detector). One point is one scrape of the job's
total samples/s gauge, every 10, 15 or 30 s (chosen per run, +-1 % jitter).

What is modelled (all healthy, none of it labelled)
----------------------------------------------------
* World-size changes. The job starts on 4-16 nodes. Every ~700-1500 points the elastic agent
  re-forms the group: spot nodes are preempted and leave (one or two at a time, never below two),
  capacity comes back and nodes join (at most four above the start), or a NCCL timeout makes
  torchelastic restart all workers on the same nodes. Each re-formation is a rendezvous pause
  (workers killed, group re-formed, checkpoint reloaded: the rate is ~0) reported as a pause,
  after which the total rate steps by about k/n: ``rate = per_node * W / (1 + c * log2 W)``, the
  denominator the run's all-reduce scaling loss (c 0.02-0.08).
* After every rendezvous a 3-10 point warm-up from ~40 % (dataloader workers, cudnn autotune).
* After a join, the new node reads its shard through a cold page cache: 2-5 % slower, decaying
  over 60-200 points.
* Validation pauses every ~350-650 points (rate 0-8 %) and checkpoint stalls between them (rate
  30-60 %); both reported as pauses.
* A daily cycle of the shared storage / network fabric (+-1-4 % over 24 h of wall time),
  multiplicative jitter of 1.2-3.5 %, and lone one-point hiccups (GC, logging) down to 30-80 %.

Labelled regressions (realistic causes in this setting)
-------------------------------------------------------
* ``drop``: a sustained loss with no change of world size -- NCCL came back on the TCP socket
  transport instead of InfiniBand after a restart, a NIC negotiated a lower link speed, a node's
  GPUs were clock-capped. About half the drops persist until the next re-formation (the fresh
  communicator picks the right transport again). This also covers a
  faulty node leaving: the step k/n is healthy, the per-node loss that starts with it is the drop.
* ``straggler``: one slow rank (thermal throttling, a failing HBM page retirement, a noisy
  co-located process) holds every synchronous step: the rate is ``1 / (1 + x_t)`` of healthy with
  a bursty gamma-distributed extra step time x_t.
* ``leak``: host-memory growth (a dataloader cache, pinned-buffer fragmentation) slows every step
  by a linearly growing fraction over a 300-1500 point ramp, then holds; a restart clears it, so a
  leak ends at the next rendezvous when one comes before its drawn end.

Depth is the measured loss ``1 - sum(values) / sum(healthy)`` over the event's live (unpaused)
points, kept within 7-35 %; drops and stragglers must lose >= 6 % over their live points in the
first 60 (at least 10 live points there), leaks >= 7 % at the end of the ramp; otherwise the event
is redrawn. About 40 % of the onset draws are put at a pause: at a rendezvous end (came back degraded), a
few points before a pause, or inside one. ``healthy`` comes from its own random stream
(``[seed, setting, 0]``); the events from ``[seed, setting, 1]``, so the clean run equals
``healthy``.

Counts measured from ``heldout9_set(p)`` (12 seeds, n=6000; onsets "near" are within 10 points of
a pause span):

=========  ======  ====================  ===========  ==========  ==================  =====
setting    events  drop/straggler/leak   depth        near pause  pause spans (pts)   clean
=========  ======  ====================  ===========  ==========  ==================  =====
short      17      8 / 7 / 2             0.078-0.315  8           2-20                3
long       20      9 / 6 / 5             0.085-0.303  12          2-120               3
=========  ======  ====================  ===========  ==========  ==================  =====

Of these, 5 (short) and 5 (long) events start exactly at a rendezvous end, and 3 and 6 end exactly
at the next rendezvous start (drops cleared by the new communicator, leaks by the restart).
"""

from __future__ import annotations

import numpy as np

from anomaly.traces import Event, Trace

HELDOUT9_SEEDS = tuple(range(91840, 91852))

# point spans of the routine pauses per setting: validation, checkpoint, rendezvous (inclusive)
SETTINGS = {
    "short": {"val": (3, 12), "ckpt": (2, 5), "rdzv": (8, 20)},
    "long": {"val": (20, 60), "ckpt": (2, 6), "rdzv": (60, 120)},
}
KINDS = ("drop", "straggler", "leak")
DEPTH = (0.07, 0.35)


def _span(rng, lo_hi) -> int:
    return int(rng.integers(lo_hi[0], lo_hi[1] + 1))


def _rendezvous(rng, n: int, cfg: dict, w0: int) -> list[tuple[int, int, int, str]]:
    """The group re-formations: ``(start, end, world size after, kind)``."""
    out, w = [], w0
    t = int(rng.integers(600, 1300))
    while t < n - 150:
        kind = str(rng.choice(["leave", "join", "restart"], p=[0.45, 0.3, 0.25]))
        if kind == "leave" and w > 2:
            w = max(2, w - int(rng.integers(1, 3)))
        elif kind == "join" and w < w0 + 4:
            w = min(w0 + 4, w + int(rng.integers(1, 3)))
        else:
            kind = "restart"
        length = _span(rng, cfg["rdzv"])
        out.append((t, min(n, t + length), w, kind))
        t += length + int(rng.integers(700, 1500))
    return out


def _routine_pauses(rng, n: int, cfg: dict, rdzv: list) -> list[tuple[int, int, str]]:
    """Validation and checkpoint spans, dropped where they would touch a rendezvous."""
    period = int(rng.integers(350, 651))
    cands, t = [], period + int(rng.integers(-40, 41))
    while t < n - 20:
        cands.append((t, t + _span(rng, cfg["val"]), "val"))
        c = t + period // 2 + int(rng.integers(-30, 31))
        cands.append((c, c + _span(rng, cfg["ckpt"]), "ckpt"))
        t += period + int(rng.integers(-25, 26))
    kept: list[tuple[int, int, str]] = [(s, e, "rdzv") for s, e, _, _ in rdzv]
    for s, e, k in cands:
        e = min(e, n)
        if s < e and all(e + 3 <= s2 or s >= e2 + 3 for s2, e2, _ in kept):
            kept.append((s, e, k))
    return sorted(kept)


def _healthy(rng, n: int, cfg: dict):
    """The run without regressions: (values, timestamps, pause spans, rendezvous list)."""
    dt = float(rng.choice([10.0, 15.0, 30.0]))
    timestamps = 1.76e9 + float(rng.integers(0, 10**7)) + np.cumsum(dt * rng.uniform(0.99, 1.01, n))
    w0 = int(rng.choice([4, 6, 8, 12, 16]))
    per_node, c = rng.uniform(300.0, 2500.0), rng.uniform(0.02, 0.08)
    rdzv = _rendezvous(rng, n, cfg, w0)
    spans = _routine_pauses(rng, n, cfg, rdzv)

    world = np.full(n, float(w0))
    for s, _, w, _ in rdzv:
        world[s:] = w
    rate = per_node * world / (1.0 + c * np.log2(world))
    warm = int(rng.integers(20, 61))
    rate[:warm] *= np.linspace(0.3, 1.0, warm)
    amp, phase = rng.uniform(0.01, 0.04), rng.uniform(0.0, 2 * np.pi)
    rate *= 1.0 + amp * np.sin(2 * np.pi * (timestamps - timestamps[0]) / 86400.0 + phase)
    rate *= np.maximum(1.0 + rng.uniform(0.012, 0.035) * rng.standard_normal(n), 0.5)
    idx = np.arange(n)
    for _, e, _, kind in rdzv:  # warm-up after every re-formation; cold page cache after a join
        k = int(rng.integers(3, 11))
        rate[e:e + k] *= np.linspace(0.4, 1.0, k)[:max(0, min(k, n - e))]
        a, tau = rng.uniform(0.02, 0.05), rng.uniform(60.0, 200.0)
        if kind == "join":
            rate[e:] *= 1.0 - a * np.exp(-(idx[e:] - e) / tau)
    for s, e, kind in spans:
        if kind == "rdzv":
            rate[s:e] *= rng.uniform(0.0, 0.02, e - s)
        elif kind == "val":
            rate[s:e] *= rng.uniform(0.0, 0.08, e - s)
        else:
            rate[s:e] *= rng.uniform(0.3, 0.6, e - s)
    for _ in range(n // 700):
        rate[int(rng.integers(warm, n))] *= rng.uniform(0.3, 0.8)
    return rate, timestamps, [(s, e) for s, e, _ in spans], rdzv


def _live_loss(values, healthy, live, lo: int, hi: int) -> tuple[float, int]:
    """``1 - sum(values)/sum(healthy)`` over the live points of ``[lo, hi)``, and how many there are."""
    m = live[lo:hi]
    h = healthy[lo:hi][m].sum()
    return (float(1.0 - values[lo:hi][m].sum() / h) if h > 0 else 0.0), int(m.sum())


def _onset(rng, n: int, pauses: list, rdzv: list) -> int:
    """An onset: ~40 % at a pause (a rendezvous end, just before a pause, inside one), else anywhere."""
    u = rng.uniform()
    if u < 0.2 and rdzv:
        return int(rdzv[int(rng.integers(len(rdzv)))][1])
    if u < 0.4 and pauses:
        s, e = pauses[int(rng.integers(len(pauses)))]
        return int(s - rng.integers(0, 9)) if rng.uniform() < 0.5 else int(rng.integers(s, e))
    return int(rng.integers(450, n - 250))


def _factor(rng, kind: str, n: int, onset: int, restarts: list[int]):
    """The multiplicative effect of one regression: (factor over [onset, end), ramp_end, end)."""
    nxt = min([r for r in restarts if r > onset] + [n])
    if kind == "drop":
        end = nxt if rng.uniform() < 0.5 else min(n, onset + int(rng.integers(200, 1800)))
        return np.full(end - onset, 1.0 - rng.uniform(0.08, 0.34)), onset, end
    if kind == "straggler":
        end = min(n, onset + int(rng.integers(80, 700)))
        x = rng.uniform(0.08, 0.45) * rng.gamma(2.0, 0.5, end - onset)
        x[rng.uniform(size=end - onset) < 0.15] = 0.0  # steps where the slow rank kept up
        return 1.0 / (1.0 + x), onset, end
    ramp = int(rng.integers(300, 1501))
    end = min(n, onset + ramp + int(rng.integers(100, 801)), nxt)
    ramp_end = onset + ramp
    f = 1.0 - rng.uniform(0.12, 0.40) * np.minimum(1.0, np.arange(end - onset) / ramp)
    return f, ramp_end, end


def _events(rng, healthy, pauses, rdzv, count: int):
    n = len(healthy)
    live = np.ones(n, bool)
    for s, e in pauses:
        live[s:e] = False
    restarts = [s for s, _, _, _ in rdzv]
    values, events = healthy.copy(), []
    for _ in range(400):
        if len(events) == count:
            break
        kind = KINDS[int(rng.integers(3))]
        onset = _onset(rng, n, pauses, rdzv)
        if not 450 <= onset < n - 200:
            continue
        f, ramp_end, end = _factor(rng, kind, n, onset, restarts)
        if end - onset < 60 or (kind == "leak" and ramp_end > end - 50):
            continue
        if any(onset < ev.end + 100 and ev.onset < end + 100 for ev in events):
            continue
        trial = values.copy()
        trial[onset:end] = healthy[onset:end] * f
        depth, _ = _live_loss(trial, healthy, live, onset, end)
        if kind == "leak":
            seen = 1.0 - f[ramp_end - onset - 1]
            ok = seen >= 0.07
        else:
            early, k = _live_loss(trial, healthy, live, onset, onset + 60)
            ok = k >= 10 and early >= 0.06
        if ok and DEPTH[0] <= depth <= DEPTH[1]:
            values = trial
            events.append(Event(kind, onset, ramp_end, end, round(depth, 4)))
    return values, sorted(events, key=lambda e: e.onset)


def make_heldout9(seed: int, n: int = 6000, pauses: str = "short", n_events: int | None = None) -> Trace:
    """One elastic-training trace (deterministic in ``seed`` and ``pauses``).

    Parameters
    ----------
    seed : random seed.
    n : number of points (>= 2000).
    pauses : ``"short"`` (pauses of 2-20 points) or ``"long"`` (rendezvous of 60-120 points,
        validation of 20-60).
    n_events : number of regressions; 0 gives a clean run, ``None`` draws 1-3.
    """
    if pauses not in SETTINGS:
        raise ValueError(f"pauses must be one of {sorted(SETTINGS)}, got {pauses!r}")
    if n < 2000:
        raise ValueError(f"n must be >= 2000, got {n}")
    k = list(SETTINGS).index(pauses)
    healthy, timestamps, spans, rdzv = _healthy(np.random.default_rng([seed, k, 0]), n, SETTINGS[pauses])
    erng = np.random.default_rng([seed, k, 1])
    count = int(erng.integers(1, 4)) if n_events is None else int(n_events)
    values, events = _events(erng, healthy, spans, rdzv, count) if count else (healthy.copy(), [])
    return Trace(values=values, timestamps=timestamps, events=events, pauses=spans, seed=seed, healthy=healthy)


def heldout9_set(pauses: str = "short", n: int = 6000, seeds=HELDOUT9_SEEDS) -> list[Trace]:
    """The family's traces for ``seeds``; every fourth one is clean."""
    return [make_heldout9(s, n=n, pauses=pauses, n_events=0 if (i + 1) % 4 == 0 else None)
            for i, s in enumerate(seeds)]
