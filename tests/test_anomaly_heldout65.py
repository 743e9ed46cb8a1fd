"""The sixty-fifth held-out trace family (a code-completion model's fine-tuning tokens/s, each rank's tokens as an
Elastic APM custom counter sent through an APM Server to Elasticsearch and summed per minute by a Grafana panel):
generator checks only (no detector runs here)."""

from functools import lru_cache

import numpy as np
import pytest

import anomaly.heldout65 as h65
import tests.trace_checks as tc
from anomaly.heldout64 import HELDOUT64_SEEDS
from anomaly.heldout65 import HELDOUT65_SEEDS, heldout65_set, make_heldout65
from anomaly.traces import Event

# evaluations on the sandbox pool, checkpoints and restarts, merged where they touch
SPANS = {"short": (1, 30), "long": (1, 160)}

traces = tc.traces_fixture(heldout65_set)
shared = tc.shared_builds(h65)  # the set and the tests build each run once

PINNED_EVENTS = [Event("leak", 351, 768, 1001, 0.1746), Event("drop", 1934, 1934, 2041, 0.2759),
                 Event("straggler", 2594, 2594, 2823, 0.1093)]
PINNED_SUM = 5798911315.733334
PINNED_PAUSES = [(92, 98), (149, 153), (253, 259)]
PINNED_CHANGES = [2224, 2367]


@lru_cache(maxsize=2)
def _builds(setting: str) -> list:
    return [h65._build(seed, 6000, setting) for seed in HELDOUT65_SEEDS]


def test_seed_range_is_its_own():
    assert HELDOUT65_SEEDS == tuple(range(652000, 652012))
    assert not set(HELDOUT65_SEEDS) & set(HELDOUT64_SEEDS)


def test_deterministic_pinned_and_seed_dependent():
    tc.check_pinned(make_heldout65, 652004, 652005, PINNED_EVENTS, PINNED_SUM, PINNED_PAUSES, changes=PINNED_CHANGES)


def test_setting_keyword_is_the_pauses_setting():
    tc.check_same_trace(make_heldout65(652000, n=2000, setting="long"), make_heldout65(652000, n=2000, pauses="long"))


def test_shapes_and_values(traces):
    tc.check_trace_arrays(traces[1], HELDOUT65_SEEDS)


def test_timestamps_are_the_aligned_minutes(traces):
    tc.check_aligned_steps(traces[1], (60.0,))


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        tc.check_family_pauses(setting, t, SPANS, min_count=12, starts_paused=False)


def test_no_token_is_trained_in_a_pause_and_its_minutes_are_paused():
    for setting in ("short", "long"):
        for run, h, spans, live, changes in _builds(setting)[:4]:
            for a, b, kind in run.pauses_t:
                assert not run.base[int(np.ceil(a)):int(b)].any(), (a, b, kind)
                j = np.arange(run.n)
                inside = (60.0 * j + 60 > a) & (60.0 * j < b)
                assert not live[inside].any(), (a, b, kind)


def test_collection_is_close_to_the_jobs_count():
    for run, h, spans, live, changes in _builds("short")[:4]:
        slow = np.ones(run.T)
        true = sum(h65._rank_tokens(run, slow, r) for r in range(run.col.R))[:run.n * 60]
        true = np.add.reduceat(true, np.arange(0, run.n * 60, 60)) / 60.0
        ratio = h[live].sum() / true[live].sum()
        assert 0.97 < ratio < 1.03, ratio
        assert (h >= 0).all()


def test_documents_are_deltas_that_tile_each_ranks_life():
    for run, h, spans, live, changes in _builds("short")[:3]:
        rk, st, en, bucket, keep = run.col.docs
        for r in range(run.col.R):
            m = rk == r
            assert (en[m] >= st[m]).all()  # an empty delta adds nothing
            assert (st[m][1:] >= en[m][:-1]).all()  # a rank's documents never overlap
        assert 0.97 < keep.mean() <= 1 and run.stats["lost"] > 0  # some lost to kills, a few read late


def test_docstring_counts_table(traces):
    setting = traces[0]
    listed = sum(len(b[4]) for b in _builds(setting))
    line = f"{setting} {listed} (context-length moves)"
    tc.check_counts_and_changes(traces, h65.__doc__, listed, line)


def test_events_placement(traces):
    tc.check_every_kind_placed(traces[1], first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        tc.check_healthy_outside_events(t, below=0.5)


def test_depths_are_measured_and_visible(traces):
    tc.check_depths_visible(traces[1])


def test_changes_are_level_changes_outside_pauses_and_events(traces):
    tc.check_changes_move_the_level(traces[1], min_checked=4)


def test_weights():
    rng = np.random.default_rng(0)
    w = h65._weight(rng, "leak", 5000, 3000)
    assert w[0] == 0 and (np.diff(w[:3000]) >= 0).all() and np.allclose(w[3000:], 1)
    w = h65._weight(rng, "straggler", 20000, 0)
    assert len(np.unique(w)) == 2 and w.max() == 1.0 and w.min() <= 0.35 and (w == 1).mean() > 0.05
    w = h65._weight(rng, "drop", 3000, 0)
    assert 0 < w[0] <= 1 and (np.diff(w) >= 0).all() and w[-1] == 1.0


def test_healthy_does_not_depend_on_the_regressions():
    tc.check_family_healthy_independent(make_heldout65, HELDOUT65_SEEDS[:2], changes=True, n=6000)


def test_bad_arguments():
    tc.check_family_bad_arguments(make_heldout65, 652000)
    with pytest.raises(ValueError, match="n_events"):
        make_heldout65(652000, n_events=9)


def test_docstring_run_counts():
    doc = " ".join(h65.__doc__.split())
    a, b = [{k: sum(r[0].stats[k] for r in _builds(s)) for k in ("checkpoints", "restarts", "docs")}
            for s in ("short", "long")]
    assert f"{a['checkpoints']} and {b['checkpoints']} checkpoints" in doc
    assert f"{a['restarts']} and {b['restarts']} restarts" in doc
    assert f"{a['docs']} and {b['docs']} metric documents" in doc
