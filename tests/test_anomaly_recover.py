"""Session 13: an alert ends when throughput has recovered, so that the next regression starts its own run.

Small constructs built here (tuning-style, no held-out data): a healthy run with 3 % jitter, a 28 % drop
over 1,000-1,400 and, 100 points after it recovered, a 25 % drop. A drop that deep leaves its points
below the dip threshold, so the burst count holds many dip runs for a window after the recovery; under
the session-12 rule (``burst_fresh=0, rebase_tail=0``) that stale count keeps the alert from ending, or
the alert is re-baselined onto the dropped level just as the rate comes back, and the second drop
starts no run of its own on 3 of these 6 seeds. With ``burst_fresh`` a shortfall alert is held by the
burst count only while dip runs still start, and with ``rebase_tail`` a level whose last points have
left it is not accepted.
"""

from __future__ import annotations

import functools

import numpy as np
import torch

from anomaly.detector import WITH_HOLD, ThroughputDetector
from anomaly.evaluation import alert_runs

#: the constructs here were written with the hold of raised points on (the default until generator 72's look and
#: again since 151's), and their tests name it
HOLD = WITH_HOLD
NEW = {"burst_fresh": 25, "rebase_tail": 21}
OLD = {"burst_fresh": 0, "rebase_tail": 0}


def _run(values, det=None, **kw) -> list[bool]:
    det = det or ThroughputDetector(seed=0, **{**HOLD, **kw})
    return [det.update(float(x)).is_anomaly for x in values]


def _recover_then_drop(seed: int, n: int = 2600) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, n))
    v[1000:1400] *= 0.72  # a deep drop that recovers at 1,400 ...
    v[1500:2000] *= 0.75  # ... and a second one 100 points later
    return v


@functools.lru_cache(maxsize=None)
def _rtd(seed: int, **kw) -> list[bool]:
    """``_run`` over ``_recover_then_drop(seed)``, shared by the tests that judge the same run (read only)."""
    return _run(_recover_then_drop(seed), **kw)


def _second_caught(runs) -> bool:
    return any(1500 <= s <= 1560 for s, _ in runs)


def test_a_recovered_alert_ends_and_the_next_drop_starts_its_own_run():
    old_caught = 0
    for seed in range(1, 7):
        runs = alert_runs(_rtd(seed, **NEW))
        assert len(runs) == 2 and 1000 <= runs[0][0] < 1060, (seed, runs)
        assert 1400 < runs[0][1] < 1480, (seed, runs)  # ends within 80 points of the recovery
        assert _second_caught(runs), (seed, runs)
        old_caught += _second_caught(alert_runs(_rtd(seed, **OLD)))
    assert old_caught <= 3  # the session-12 rule: the first alert holds on, or was re-baselined, on 3 of 6


def test_the_end_rule_alone_and_the_rebase_tail_alone():
    v = _recover_then_drop(3)  # the seed where the session-12 rule re-baselines onto the dropped level
    assert not _second_caught(alert_runs(_run(v, burst_fresh=25)))
    assert _second_caught(alert_runs(_rtd(3, **NEW)))
    v = _recover_then_drop(1)  # the seed where the stale dip count holds the alert on
    runs = alert_runs(_run(v, rebase_tail=21))
    assert runs[0][1] > 1600 and not _second_caught(runs), runs
    assert _second_caught(alert_runs(_run(v, burst_fresh=25)))


def test_a_leak_and_a_lasting_drop_keep_one_run():
    t = np.arange(4000)
    for seed, ramp in ((7, 1500), (8, 300)):
        rng = np.random.default_rng(seed)
        v = 800.0 * np.exp(rng.normal(0.0, 0.03, 4000)) * (1 - 0.35 * np.clip((t - 1000) / ramp, 0, 1))
        runs = alert_runs(_run(v, **NEW))
        assert len(runs) == 1 and 1000 <= runs[0][0] < 1000 + ramp, (seed, runs)
    rng = np.random.default_rng(9)
    v = 800.0 * np.exp(rng.normal(0.0, 0.03, 3000))
    v[1000:2500] *= 0.7  # a deep drop that lasts: one run (ended by the re-baseline, not re-raised)
    assert len(alert_runs(_run(v, **NEW))) == 1


def test_a_state_saved_after_the_recovery_resumes_to_the_same_flags(tmp_path):
    v = _recover_then_drop(1)
    a = ThroughputDetector(seed=0, **NEW)
    cut = 1420  # inside the first alert, after the recovery: the calm count under way
    head = _run(v[:cut], a)
    assert head[-1]
    path = tmp_path / "state.pt"
    torch.save(a.state_dict(), path)
    b = ThroughputDetector()
    b.load_state_dict(torch.load(path))  # weights_only (torch's default): plain data
    assert b.burst_fresh == 25 and b.rebase_tail == 21
    assert _rtd(1, **NEW)[cut:] == _run(v[cut:], b)  # a's own run on from the cut, uninterrupted


def test_a_state_saved_before_session_13_loads_and_gives_the_old_rule(tmp_path):
    v = _recover_then_drop(1)
    a = ThroughputDetector(seed=0, **OLD)
    cut = 1450
    _run(v[:cut], a)
    st = a.state_dict()
    for key in ("burst_fresh", "rebase_tail"):  # what states before session 13 lack
        del st["params"][key]
    path = tmp_path / "old.pt"
    torch.save(st, path)
    b = ThroughputDetector(seed=0, **OLD)
    b.load_state_dict(torch.load(path))
    assert _rtd(1, **OLD)[cut:] == _run(v[cut:], b)  # a's own run on from the cut, uninterrupted


def test_bad_options_are_refused():
    for kw in ({"burst_fresh": -1}, {"rebase_tail": 2.5}, {"burst_fresh": True}):
        with np.testing.assert_raises(ValueError):
            ThroughputDetector(**kw).validate()


def test_the_recover_construct_holds_what_its_labels_say():
    from benchmarks.anomaly_recover import RECOVER_SEEDS, recover_trace

    for seed in list(RECOVER_SEEDS)[:10]:
        a, b = recover_trace(seed), recover_trace(seed)
        assert np.array_equal(a.values, b.values) and a.events == b.events
        outside = np.ones(6000, bool)
        for ev in a.events:
            outside[ev.onset:ev.end] = False
        if a.plan != "partial":  # a partial recovery leaves the rest of the run 2-5 % low, unlabelled
            np.testing.assert_allclose(a.values[outside], a.healthy[outside])
        for e1, e2 in zip(a.events, a.events[1:]):
            assert e1.end <= e2.onset, (seed, a.events)  # events do not overlap
            assert 50 <= e2.onset - e1.end <= 611, (seed, a.events)
