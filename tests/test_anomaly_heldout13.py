"""The thirteenth held-out trace family (an LLM fine-tuning job's tokens/s on spot instances, through OTel
counters, a collector and Prometheus ``rate()``): generator checks only (no detector runs here)."""

import numpy as np

import anomaly.heldout13 as h13
from anomaly.heldout13 import HELDOUT13_SEEDS, heldout13_set, make_heldout13
from anomaly.traces import Event
from tests.trace_checks import (builds_fixture, check_counts_table, check_depths_visible, check_event_placement,
                                check_family_bad_arguments, check_family_healthy_independent, check_family_pauses,
                                check_healthy_outside_events, check_pinned, check_trace_arrays, paused_mask,
                                steady_mask, traces_fixture)

SPANS = {"short": (6, 25), "long": (31, 120)}


traces = traces_fixture(heldout13_set)
#: the healthy runs of the "short" setting: ``(run, healthy, spans, live)`` per seed
builds = builds_fixture(h13._build, HELDOUT13_SEEDS)


def test_seed_range_is_its_own():
    assert HELDOUT13_SEEDS == tuple(range(131840, 131852))


def test_deterministic_pinned_and_seed_dependent():
    check_pinned(make_heldout13, 131841, 131842, [Event("straggler", 658, 658, 1139, 0.2608),
                 Event("drop", 1248, 1248, 2046, 0.1269), Event("drop", 2212, 2212, 2599, 0.2575)],
                 96651864.36, [(181, 193), (422, 432), (651, 665)])


def test_shapes_and_values(traces):
    check_trace_arrays(traces[1], HELDOUT13_SEEDS)


def test_panel_steps(traces):
    for t in traces[1]:
        d = np.diff(t.timestamps)
        assert np.allclose(d, 15.0) and t.timestamps[0] % 15 == 0, t.seed  # Grafana aligns the step


def test_pause_spans(traces):
    setting, ts = traces
    for t in ts:
        check_family_pauses(setting, t, SPANS)  # the job starts training
        paused = paused_mask(t)
        assert t.healthy[paused].mean() < 0.4 * t.healthy[~paused].mean(), t.seed
        assert np.mean([t.healthy[s:e].min() == 0 for s, e in t.pauses]) >= 0.9, t.seed  # a window without tokens


def test_events_placement(traces):
    check_event_placement(traces[1], 3, 4, first=600)


def test_healthy_equals_values_outside_events(traces):
    for t in traces[1]:
        check_healthy_outside_events(t, below=0.6)


def test_depths_are_measured_and_visible(traces):
    check_depths_visible(traces[1])


def test_docstring_counts_table(traces):
    check_counts_table(*traces, h13.__doc__, max_events=34)


def test_one_or_two_exports_per_rate_window(builds):
    """A 1-minute window of 15-s scrapes spans 45 s and holds one or two 30-s exports: on steady training the
    panel alternates between about 2/3 and 4/3 of the true rate (neighbours about 2x apart)."""
    for run, h, spans, live in builds:
        ok = steady_mask(spans)
        i = np.nonzero(ok[:-1] & ok[1:])[0]
        r = np.maximum(h[i], h[i + 1]) / np.minimum(h[i], h[i + 1]).clip(1)
        assert 1.8 < np.median(r) < 2.2, run.ts[0]
        assert (r > 1.5).mean() > 0.7


def test_rate_conserves_the_exported_tokens(builds):
    """Every increment between two scrapes is read by three windows of 45 s, so the panel's sum times 15 s
    equals the tokens counted (up to the extrapolation at a new series' start)."""
    for run, h, spans, live in builds:
        tok = run.tok[(run.end > run.ts[0] - 45) & (run.end <= run.ts[-1] - 45)].sum()
        assert abs(h.sum() * 15 / tok - 1) < 0.01


def test_buckets_set_the_healthy_level(builds):
    """Longer buckets pay more attention per token and fewer real tokens per padded one: their tokens/s is
    lower; the shards' order is reshuffled each epoch, so the level changes at shard boundaries."""
    for run, *_ in builds:
        tps = run.tok / run.dur
        lv = [np.median(tps[run.bucket == b]) for b in range(run.bucket.max() + 1)]
        assert lv[-1] < 0.85 * lv[0]
        assert 0.002 < np.mean(np.diff(run.bucket) != 0) < 0.2  # runs of one bucket (a shard), blended edges


def test_preemptions_replay_from_the_checkpoint_unlabelled(builds):
    """A reclaimed spot instance stops the job (a pause span with a series that expires) and the new one
    resumes at a checkpointed step, repeating the data order from there; some land in the clean runs."""
    restarts, clean = 0, 0
    for k, (run, h, spans, live) in enumerate(builds):
        for death in run.deaths:
            i = int(np.searchsorted(run.ts, death))
            assert any(s <= i < e for s, e in spans) or i >= 6000
        for j0, j1, *_ in run.procs[1:]:
            g = run.gstep[j0:j1]
            assert (np.diff(g) == 1).all()
            first = np.nonzero(run.gstep[:j0] == g[0])[0]
            if len(first):  # the replayed steps read the same buckets
                m = min(len(g), j0 - first[0], 200)
                assert np.array_equal(run.bucket[first[0]:first[0] + m], run.bucket[j0:j0 + m])
            restarts += 1
            clean += (k + 1) % 4 == 0
    assert restarts >= 8 and clean >= 1


def test_healthy_does_not_depend_on_the_regressions():
    check_family_healthy_independent(make_heldout13, HELDOUT13_SEEDS[:2])


def test_bad_arguments():
    check_family_bad_arguments(make_heldout13, 131840)
