"""Checks shared by the tests of the held-out throughput generators (``test_anomaly_heldout5.py``,
``_heldout6.py`` ... ``_heldout9.py``): a trace's pause spans are ordered, disjoint, inside the trace and of the
setting's length; its arrays the right shape and values; an event's depth over its live points."""

from __future__ import annotations

import numpy as np


def check_pause_spans(t, lo: int, hi: int, n: int = 6000, first: int = 0, apart: bool = False) -> None:
    """``t.pauses`` ordered and disjoint (``apart``: with live points between), inside ``[0, n]``, and from
    the ``first``-th span on ``lo``-``hi`` points long unless the span runs to the end."""
    for (s, e), (s2, _) in zip(t.pauses, t.pauses[1:]):
        assert e < s2 if apart else e <= s2, (t.seed, e, s2)
    for s, e in t.pauses:
        assert 0 <= s < e <= n, (t.seed, s, e)
    for s, e in t.pauses[first:]:
        assert lo <= e - s <= hi or e == n, (t.seed, s, e)


def check_trace_arrays(ts, seeds, n: int = 6000) -> None:
    """``ts`` are the ``seeds``' traces in order, each a ``Trace`` whose values, healthy twin and timestamps
    are ``n`` long, the rates finite and >= 0, the timestamps increasing."""
    from anomaly.traces import Trace

    assert [t.seed for t in ts] == list(seeds)
    for t in ts:
        assert isinstance(t, Trace) and t.values.shape == t.timestamps.shape == t.healthy.shape == (n,)
        assert all(np.isfinite(x).all() and (x >= 0).all() for x in (t.values, t.healthy)), t.seed
        assert (np.diff(t.timestamps) > 0).all(), t.seed


def paused_mask(t) -> np.ndarray:
    """A boolean array, true on the points of ``t.pauses``."""
    m = np.zeros(len(t.values), bool)
    for s, e in t.pauses:
        m[s:e] = True
    return m


def live_loss(t, lo: int, hi: int, paused: np.ndarray) -> float:
    """``1 - sum(values) / sum(healthy)`` over the unpaused points of ``[lo, hi)`` (an event's depth)."""
    live = ~paused[lo:hi]
    return float(1 - t.values[lo:hi][live].sum() / t.healthy[lo:hi][live].sum())


def check_healthy_outside_events(t, below: float = 0.5) -> None:
    """``t.values`` equal ``t.healthy`` outside the events, and lie below it on more than ``below`` of each
    event's points (the regression really changes the series)."""
    inside = np.zeros(len(t.values), bool)
    for e in t.events:
        inside[e.onset:e.end] = True
        assert (t.values[e.onset:e.end] < t.healthy[e.onset:e.end]).mean() > below, (t.seed, e)
    assert np.array_equal(t.values[~inside], t.healthy[~inside]), t.seed
