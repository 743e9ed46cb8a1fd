"""Buffered step metrics (monitor.buffered): prometheus_client's exposition, values never missed by a read."""

from __future__ import annotations

import dataclasses
import random
import re
import sys
import threading

import pytest
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.openmetrics.exposition import generate_latest as generate_openmetrics

from monitor import buffered as B
from monitor import metrics as M

STEP_SPECS = (M.STEP_DURATION, M.DATA_WAIT, M.PHASE_DURATION)


def _created_masked(text: str) -> str:
    return re.sub(r"(_created\{[^}]*\}) \S+", r"\1 T", text)  # child creation times differ by microseconds


def _fill(registry: CollectorRegistry, buffered: bool, values: list[float]) -> None:
    specs = [dataclasses.replace(s, buffered=buffered) for s in (M.SAMPLES, M.OPTIMIZER_STEPS) + STEP_SPECS]
    samples, steps, step, wait, phase = (s.build(registry) for s in specs)
    for i, v in enumerate(values):
        for run in ("a", "b"):
            step.labels(run=run, rank="0").observe(v)
            wait.labels(run=run, rank="0").observe(v / 3)
            phase.labels(run=run, rank="0", phase=("forward", "backward", "optimizer")[i % 3]).observe(v)
            if v == v and v != float("inf"):
                samples.labels(run=run, rank="0").inc(v * 7)
            steps.labels(run=run, rank="0").inc()


def test_the_step_specs_are_buffered_and_others_are_not():
    buffered = {s.name for s in M.CATALOGUE.values() if s.buffered}
    assert buffered == {s.name for s in (M.SAMPLES, M.TOKENS, M.OPTIMIZER_STEPS) + STEP_SPECS}
    registry = CollectorRegistry()
    assert isinstance(M.get(M.STEP_DURATION, registry), B.BufferedHistogram)
    assert isinstance(M.get(M.SAMPLES, registry), B.BufferedCounter)


@pytest.mark.parametrize("render", [generate_latest, generate_openmetrics], ids=["text", "openmetrics"])
def test_exposition_is_prometheus_clients_own(render):
    rng = random.Random(0)
    # log-spread durations, every bound exactly (v <= bound), zero, +Inf and NaN (no bucket, NaN sum)
    values = [rng.lognormvariate(-6, 2.5) for _ in range(3001)] + list(M.STEP_BUCKETS) + [0.0, float("inf"),
                                                                                          float("nan")]
    plain, buffered = CollectorRegistry(auto_describe=True), CollectorRegistry(auto_describe=True)
    _fill(plain, False, values)
    _fill(buffered, True, values)
    want = _created_masked(render(plain).decode())
    assert "lightwatch_step_duration_seconds_created" in want  # _created is part of what must match
    assert _created_masked(render(buffered).decode()) == want


def test_count_is_the_inf_bucket_after_an_odd_number_of_values(registry):
    h = M.bind(registry, run="r")(M.STEP_DURATION)
    for v in (0.0003, 0.002, 7.0, 100.0, 0.004):
        h.observe(v)
    labels = {"run": "r", "rank": "0"}
    count = registry.get_sample_value("lightwatch_step_duration_seconds_count", labels)
    assert count == 5 == registry.get_sample_value("lightwatch_step_duration_seconds_bucket", {**labels, "le": "+Inf"})
    assert registry.get_sample_value("lightwatch_step_duration_seconds_bucket", {**labels, "le": "60.0"}) == 4
    total = registry.get_sample_value("lightwatch_step_duration_seconds_sum", labels)
    assert total == 0.0003 + 0.002 + 7.0 + 100.0 + 0.004  # added in order: the same float as Histogram


def test_a_read_sees_every_value_observed_before_it(registry):
    m = M.bind(registry, run="r")
    labels = {"run": "r", "rank": "0"}
    for n in range(1, 6):
        m(M.DATA_WAIT).observe(0.01)
        m(M.SAMPLES).inc(2)
        assert registry.get_sample_value("lightwatch_data_wait_seconds_count", labels) == n
        assert registry.get_sample_value("lightwatch_samples_total", labels) == 2 * n


def test_the_writer_folds_itself_when_nothing_reads(monkeypatch):
    monkeypatch.setattr(B, "FOLD_EVERY", 8)
    registry = CollectorRegistry()
    h = B.BufferedHistogram("lightwatch_x_seconds", "X.", ("run",), buckets=(1.0,), unit="seconds", registry=registry)
    c = B.BufferedCounter("lightwatch_y", "Y.", ("run",), registry=registry)
    for _ in range(100):
        h.labels(run="a").observe(0.5)
        c.labels(run="a").inc()
    assert len(h.labels(run="a")._pending) < 8 and len(c.labels(run="a")._pending) < 8  # memory stays bounded
    assert registry.get_sample_value("lightwatch_x_seconds_count", {"run": "a"}) == 100
    assert registry.get_sample_value("lightwatch_y_total", {"run": "a"}) == 100


def test_scrapes_during_writes_lose_nothing_and_stay_consistent(monkeypatch):
    """A scraper thread collects while the writer appends (and folds itself): counts only grow,
    ``_count`` is the ``+Inf`` bucket in every scrape, and the last scrape has every value."""
    monkeypatch.setattr(B, "FOLD_EVERY", 64)  # writer-side folds race the scrapes' folds too
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as CPython allows: more interleavings
    registry = CollectorRegistry()
    h = B.BufferedHistogram("lightwatch_x_seconds", "X.", ("run",), buckets=(0.5, 1.0), unit="seconds",
                            registry=registry)
    c = B.BufferedCounter("lightwatch_y", "Y.", ("run",), registry=registry)
    child, counter, n = h.labels(run="a"), c.labels(run="a"), 60_000
    done, seen, bad = threading.Event(), [], []

    def scrape():
        while not done.is_set():
            samples = {(s.name, s.labels.get("le")): s.value for f in registry.collect() for s in f.samples}
            count = samples.get(("lightwatch_x_seconds_count", None), 0)
            if count != samples.get(("lightwatch_x_seconds_bucket", "+Inf"), 0):
                bad.append(samples)
            seen.append((count, samples.get(("lightwatch_y_total", None), 0)))

    scraper = threading.Thread(target=scrape)
    scraper.start()
    try:
        for i in range(n):
            child.observe(0.25 if i % 2 else 0.75)
            counter.inc()
    finally:
        done.set()
        scraper.join()
        sys.setswitchinterval(switch)
    assert not bad
    assert len(seen) > 1
    for series in zip(*seen):  # the histogram's count and the counter only grow
        assert all(a <= b for a, b in zip(series, series[1:]))
    labels = {"run": "a"}
    assert registry.get_sample_value("lightwatch_x_seconds_count", labels) == n
    assert registry.get_sample_value("lightwatch_x_seconds_bucket", {**labels, "le": "0.5"}) == n // 2
    assert registry.get_sample_value("lightwatch_y_total", labels) == n


def test_api_errors_match_prometheus_client(registry):
    m = M.bind(registry, run="r")
    with pytest.raises(ValueError, match="non-negative"):
        m(M.SAMPLES).inc(-1)
    other = CollectorRegistry(auto_describe=True)
    M.STEP_DURATION.build(other)
    with pytest.raises(ValueError, match="Duplicated timeseries"):
        M.STEP_DURATION.build(other)
    with pytest.raises(ValueError, match="not in sorted order"):
        B.BufferedHistogram("lightwatch_z_seconds", "Z.", ("run",), buckets=(1.0, 0.5))
    with pytest.raises(ValueError, match="only counters and histograms"):
        M.MetricSpec("lightwatch_g", "gauge", "G.", buffered=True)
    with pytest.raises(ValueError, match="incorrect label"):
        M.get(M.STEP_DURATION, CollectorRegistry()).labels(run="r")
    with pytest.raises(TypeError):
        m(M.STEP_DURATION).observe(None)  # a bad value fails at the call, not at the next scrape
