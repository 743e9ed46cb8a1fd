"""Histograms and counters written every training step: a list append per call, folded when read.

prometheus_client's ``Histogram.observe`` walks the bucket bounds and takes two locks (about 3 us a
call on a busy 2-core host) and ``Counter.inc`` takes one (about 1 us). ``PrometheusMonitor`` makes
five observations and two or three increments per step, which was most of its cost on a 1 ms step.
The collectors here keep a child's new values in a plain list (``list.append`` is one atomic
operation, no lock) and fold them into bucket counts, sum and total:

* whenever the registry is collected (a scrape, ``generate_latest``, ``get_sample_value``), so a
  reader never misses a value that was observed before it started, and
* on the writer's thread once :data:`FOLD_EVERY` values are waiting, so memory stays bounded
  when nothing scrapes.

A fold takes the child's lock, copies the first ``n`` waiting values and deletes exactly those, so
values appended meanwhile (by any thread) wait for the next fold; folds never race each other.

The exposition is prometheus_client's own for a ``Histogram``/``Counter`` with the same name, help,
unit, labels and bounds: the same samples in the same order (``_bucket`` with the same ``le``
strings, ``_count`` equal to the ``+Inf`` bucket, ``_sum``, ``_created``), and bit-identical sums,
because values are added one at a time in the order they were observed. They are custom collectors
on prometheus_client's documented route (``collect()`` yielding ``HistogramMetricFamily`` /
``CounterMetricFamily``); the catalogue builds one for a spec marked ``buffered=True``
(:mod:`monitor.metrics`).

Usage::

    from prometheus_client import CollectorRegistry
    from monitor.buffered import BufferedHistogram

    registry = CollectorRegistry()
    h = BufferedHistogram("lightwatch_x_seconds", "Help.", ("run",), buckets=(0.1, 1.0), registry=registry)
    h.labels(run="a").observe(0.5)
    registry.get_sample_value("lightwatch_x_seconds_count", {"run": "a"})   # 1.0
"""

from __future__ import annotations

import threading
import time
from bisect import bisect_left
from typing import Iterable, Sequence

import prometheus_client.metrics as _pc_metrics
from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, HistogramMetricFamily
from prometheus_client.utils import floatToGoString

#: values a child holds before the writer folds them itself (bounds memory when nothing scrapes)
FOLD_EVERY = 1024

_INF = float("inf")


def _use_created() -> bool:
    # prometheus_client's switch for the `_created` samples (PROMETHEUS_DISABLE_CREATED_SERIES,
    # disable_created_metrics()); read, never written, so both metric kinds agree
    return getattr(_pc_metrics, "_use_created", True)


class _Family:
    """Children by label values, registration, ``labels``/``remove``/``clear`` (as prometheus_client)."""

    def __init__(self, name: str, documentation: str, labelnames: Iterable[str], unit: str,
                 registry: CollectorRegistry | None) -> None:
        self._name, self._documentation, self._unit = name, documentation, unit
        self._labelnames = tuple(labelnames)
        if not self._labelnames:
            raise ValueError(f"{name}: a buffered metric needs labels")
        self._children: dict[tuple[str, ...], object] = {}
        self._lock = threading.Lock()
        if registry is not None:
            registry.register(self)

    def labels(self, *values: object, **labelkwargs: object):
        """The child for these label values (created on first use), like ``Histogram.labels``."""
        if values and labelkwargs:
            raise ValueError("give label values either by position or by name, not both")
        if labelkwargs:
            if sorted(labelkwargs) != sorted(self._labelnames):
                raise ValueError(f"{self._name}: incorrect label names {sorted(labelkwargs)}; "
                                 f"expected {list(self._labelnames)}")
            values = tuple(labelkwargs[n] for n in self._labelnames)
        if len(values) != len(self._labelnames):
            raise ValueError(f"{self._name}: incorrect label count {len(values)}; expected {len(self._labelnames)}")
        key = tuple(str(v) for v in values)
        with self._lock:
            child = self._children.get(key)
            if child is None:
                child = self._children[key] = self._new_child()
            return child

    def remove(self, *values: object) -> None:
        with self._lock:
            self._children.pop(tuple(str(v) for v in values), None)

    def clear(self) -> None:
        with self._lock:
            self._children = {}

    def _items(self) -> list[tuple[tuple[str, ...], object]]:
        with self._lock:
            return list(self._children.items())

    def _new_child(self):  # pragma: no cover - both kinds define it
        raise NotImplementedError


class _HistogramChild:
    __slots__ = ("_pending", "_lock", "_bounds", "_counts", "_sum", "_created")

    def __init__(self, bounds: list[float]) -> None:
        self._pending: list[float] = []
        self._lock = threading.Lock()
        self._bounds = bounds
        self._counts = [0] * len(bounds)  # per bucket, not cumulative
        self._sum = 0.0
        self._created = time.time()

    def observe(self, amount: float) -> None:
        """Record one value (O(1): an append; folded when read)."""
        pending = self._pending
        pending.append(float(amount))
        if len(pending) >= FOLD_EVERY:
            self.fold()

    def fold(self) -> None:
        """Move the waiting values into the bucket counts and the sum."""
        with self._lock:
            pending = self._pending
            n = len(pending)
            if not n:
                return
            values = pending[:n]
            del pending[:n]  # values appended since len() stay for the next fold
            bounds, counts, last = self._bounds, self._counts, len(self._bounds)
            total = self._sum
            for v in values:
                total += v  # one at a time, in order: the same float sum as Histogram.observe
                i = bisect_left(bounds, v)  # the first bound >= v, as Histogram.observe's walk
                if i < last and v <= bounds[i]:  # NaN lands in no bucket, as there
                    counts[i] += 1
            self._sum = total

    def _snapshot(self) -> tuple[list[float], float, float]:
        self.fold()
        with self._lock:
            acc, cumulative = 0.0, []
            for c in self._counts:
                acc += c
                cumulative.append(acc)
            return cumulative, self._sum, self._created


class BufferedHistogram(_Family):
    """A histogram whose ``observe`` is a list append; its exposition is ``prometheus_client.Histogram``'s.

    Example::

        h = BufferedHistogram("lightwatch_step_seconds", "Step time.", ("run", "rank"), unit="seconds",
                              buckets=(0.001, 0.01, 0.1), registry=registry)
        h.labels(run="exp1", rank="0").observe(0.004)
    """

    def __init__(self, name: str, documentation: str, labelnames: Iterable[str], *, buckets: Sequence[float],
                 unit: str = "", registry: CollectorRegistry | None = None) -> None:
        bounds = [float(b) for b in buckets]
        if bounds != sorted(bounds):
            raise ValueError(f"{name}: buckets {list(buckets)} are not in sorted order")
        if bounds and bounds[-1] != _INF:
            bounds.append(_INF)
        if len(bounds) < 2 or bounds[0] < 0:
            raise ValueError(f"{name}: buckets {list(buckets)} must be non-negative and at least one finite bound")
        if "le" in labelnames:
            raise ValueError(f"{name}: 'le' is the histogram's own label")
        self._bounds = bounds
        self._le = [floatToGoString(b) for b in bounds]
        super().__init__(name, documentation, labelnames, unit, registry)

    def _new_child(self) -> _HistogramChild:
        return _HistogramChild(self._bounds)

    def _family(self) -> HistogramMetricFamily:
        return HistogramMetricFamily(self._name, self._documentation, labels=self._labelnames, unit=self._unit)

    def describe(self) -> list[HistogramMetricFamily]:
        return [self._family()]

    def collect(self) -> Iterable[HistogramMetricFamily]:
        family, created = self._family(), _use_created()
        for key, child in self._items():
            cumulative, total, t0 = child._snapshot()
            family.add_metric(key, list(zip(self._le, cumulative)), total)
            if created:
                family.add_sample(family.name + "_created", dict(zip(self._labelnames, key)), t0)
        yield family


class _CounterChild:
    __slots__ = ("_pending", "_lock", "_value", "_created")

    def __init__(self) -> None:
        self._pending: list[float] = []
        self._lock = threading.Lock()
        self._value = 0.0
        self._created = time.time()

    def inc(self, amount: float = 1) -> None:
        """Add ``amount`` >= 0 (O(1): an append; folded when read)."""
        if amount < 0:
            raise ValueError("Counters can only be incremented by non-negative amounts.")
        pending = self._pending
        pending.append(amount)
        if len(pending) >= FOLD_EVERY:
            self.fold()

    def fold(self) -> None:
        """Move the waiting increments into the total."""
        with self._lock:
            pending = self._pending
            n = len(pending)
            if not n:
                return
            values = pending[:n]
            del pending[:n]
            total = self._value
            for v in values:
                total += v  # in order: the same float total as Counter.inc
            self._value = total

    def _snapshot(self) -> tuple[float, float]:
        self.fold()
        with self._lock:
            return self._value, self._created


class BufferedCounter(_Family):
    """A counter whose ``inc`` is a list append; its exposition is ``prometheus_client.Counter``'s.

    Example::

        c = BufferedCounter("lightwatch_samples", "Samples.", ("run", "rank"), registry=registry)
        c.labels(run="exp1", rank="0").inc(32)     # lightwatch_samples_total
    """

    def __init__(self, name: str, documentation: str, labelnames: Iterable[str], *, unit: str = "",
                 registry: CollectorRegistry | None = None) -> None:
        if name.endswith("_total"):
            name = name[: -len("_total")]
        super().__init__(name, documentation, labelnames, unit, registry)

    def _new_child(self) -> _CounterChild:
        return _CounterChild()

    def _family(self) -> CounterMetricFamily:
        return CounterMetricFamily(self._name, self._documentation, labels=self._labelnames, unit=self._unit)

    def describe(self) -> list[CounterMetricFamily]:
        return [self._family()]

    def collect(self) -> Iterable[CounterMetricFamily]:
        family, created = self._family(), _use_created()
        for key, child in self._items():
            value, t0 = child._snapshot()
            family.add_metric(key, value, created=t0 if created else None)
        yield family
