"""The metric catalogue and the framework-free throughput maths."""

from __future__ import annotations

import math
import re

import pytest
from prometheus_client import generate_latest

from monitor import metrics as M
from monitor import throughput as T

NAME_RE = re.compile(r"^lightwatch_[a-z0-9_]+$")


def test_every_spec_follows_the_naming_conventions():
    assert M.CATALOGUE, "catalogue is empty"
    for name, spec in M.CATALOGUE.items():
        assert NAME_RE.match(name), name
        assert spec.help and spec.help.endswith("."), f"{name}: help text must be a sentence"
        assert set(M.COMMON_LABELS) <= set(spec.labels), f"{name} lacks run/rank labels"
        if spec.name.endswith("_ratio"):
            assert spec.kind == "gauge", name
        if spec.kind == "counter":
            assert spec.series == name + "_total"
        for unit in ("seconds", "bytes"):
            if f"_{unit}" in name and spec.kind != "counter":
                assert name.endswith(f"_{unit}"), f"{name}: base unit must be the suffix"


def test_series_names_are_unique_across_kinds():
    series = [s.series for s in M.CATALOGUE.values()]
    assert len(series) == len(set(series))


def test_bind_fills_run_and_rank_and_reads_back(registry):
    m = M.bind(registry, run="exp1", rank=3)
    m(M.SAMPLES).inc(32)
    m(M.SAMPLES).inc(8)
    m(M.DPS_SWITCHES, from_dtype="fp16", to_dtype="bf16").inc()
    m(M.STEP_DURATION).observe(0.02)
    assert registry.get_sample_value("lightwatch_samples_total", {"run": "exp1", "rank": "3"}) == 40
    assert registry.get_sample_value(
        "lightwatch_dps_switches_total", {"run": "exp1", "rank": "3", "from_dtype": "fp16", "to_dtype": "bf16"}
    ) == 1
    assert registry.get_sample_value("lightwatch_step_duration_seconds_count", {"run": "exp1", "rank": "3"}) == 1


def test_metrics_are_created_lazily_and_once(registry):
    assert b"lightwatch_dps" not in generate_latest(registry)
    a = M.get(M.DPS_LOSS_SCALE, registry)
    assert M.get(M.DPS_LOSS_SCALE, registry) is a
    M.bind(registry, run="r")(M.DPS_LOSS_SCALE).set(1024)
    assert b"lightwatch_dps_loss_scale" in generate_latest(registry)


def test_capped_label_collapses_past_its_cap(registry):
    m = M.bind(registry, run="r")
    cap = M.PQCF_LAYER_BITS.label_caps["layer"]
    for i in range(cap + 10):
        m(M.PQCF_LAYER_BITS, layer=f"l{i}").set(8)
    text = generate_latest(registry).decode()
    layers = set(re.findall(r'lightwatch_pqcf_layer_bits\{[^}]*layer="([^"]+)"', text))
    assert len(layers) == cap + 1 and M.OVERFLOW_LABEL_VALUE in layers


def test_unknown_or_missing_labels_are_errors(registry):
    m = M.bind(registry, run="r")
    with pytest.raises(ValueError, match="no label 'phase'"):
        m(M.SAMPLES, phase="x")
    with pytest.raises(ValueError, match="needs labels"):
        m(M.PHASE_DURATION)


def test_bad_specs_are_rejected():
    with pytest.raises(ValueError, match="must start with"):
        M.MetricSpec("foo", "gauge", "Help.")
    with pytest.raises(ValueError, match="without '_total'"):
        M.MetricSpec("lightwatch_x_total", "counter", "Help.")
    with pytest.raises(ValueError, match="must end with its unit"):
        M.MetricSpec("lightwatch_x", "gauge", "Help.", unit="seconds")
    with pytest.raises(ValueError, match="defined twice"):
        M._spec("samples", "counter", "Again.")


def test_replication_splits_a_shared_batch():
    # (pp, dp, tp) = (2, 2, 2): 8 ranks, 2 data-parallel replicas, 4 ranks share each sample.
    assert T.replication_factor(8, 2) == 4
    shares = [T.rank_share(32, 8, 2) for _ in range(8)]
    assert sum(shares) == 2 * 32  # two distinct batches of 32 samples in the world
    assert T.replication_factor(4, None) == 1
    with pytest.raises(ValueError, match="divide world_size"):
        T.replication_factor(8, 3)


def test_window_rates_and_mfu():
    r = T.window_rates(samples=1000, seconds=2.0, tokens=8000, flops_per_sample=6e9, peak_flops=1e13)
    assert r.samples_per_second == 500 and r.tokens_per_second == 4000
    assert math.isclose(r.flops_per_second, 3e12) and math.isclose(r.mfu, 0.3)
    assert T.window_rates(10, 1.0).mfu is None
    with pytest.raises(ValueError):
        T.window_rates(10, 0.0)


def test_window_record_rate_and_immutability():
    import dataclasses

    rec = T.WindowRecord(global_step=40, timestamp=1.8e9, seconds=2.0, pause_seconds=0.5, samples=640.0, batches=20)
    assert rec.samples_per_second == 320.0
    assert T.WindowRecord(1, 0.0, 0.0, 0.0, 10.0, 1).samples_per_second == 0.0
    assert T.WindowRecord(1, 0.0, -1.0, 0.0, 10.0, 1).samples_per_second == 0.0
    with pytest.raises(dataclasses.FrozenInstanceError):
        rec.samples = 1.0
    assert [f.name for f in dataclasses.fields(T.WindowRecord)] == [
        "global_step", "timestamp", "seconds", "pause_seconds", "samples", "batches"]


def test_training_dashboard_draws_the_monitors_window_throughput():
    import json

    import dashboards

    board = json.loads((dashboards.DASHBOARDS_DIR / "lightwatch-training.json").read_text())
    panel = next(p for p in board["panels"] if p.get("title") == "Samples per second")
    exprs = [t["expr"] for t in panel["targets"]]
    assert exprs and all(M.SAMPLES_PER_SECOND.series in e for e in exprs), exprs


def test_slowdown_sleep_drops_throughput_by_the_fraction():
    t = 0.01
    sleep = T.slowdown_sleep(t, 0.25)
    assert math.isclose((1 / (t + sleep)) / (1 / t), 0.75)
    with pytest.raises(ValueError):
        T.slowdown_sleep(t, 1.0)


def test_catalogue_page_is_generated_from_the_catalogue():
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / M.CATALOGUE_PAGE).read_text()
    start = page.index(M.README_BEGIN) + len(M.README_BEGIN)
    assert page[start:page.index(M.README_END)].strip() == M.markdown_table(), (
        f"{M.CATALOGUE_PAGE} is stale: run `python -m monitor.metrics --update-readme {M.CATALOGUE_PAGE}`")
