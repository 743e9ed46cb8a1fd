"""``anomaly.stats.median``: ``float(np.median(x))`` bit for bit (value and the sign of a zero) on the inputs the
detector's per-point path gives it (lists, deques and float64 arrays of tens to hundreds of values, ties, huge and
tiny magnitudes, NaN and infinities), and numpy's own answer where the two could differ (float32 arrays, empty)."""

from collections import deque

import numpy as np

from anomaly.stats import NP_MEDIAN_FROM, median


def _same(a: float, b: float) -> bool:
    return (a == b and np.signbit(a) == np.signbit(b)) or (np.isnan(a) and np.isnan(b))


def test_median_is_numpys_bit_for_bit():
    rng = np.random.default_rng(7)
    checked = 0
    for _ in range(3000):
        n = int(rng.integers(1, 2 * NP_MEDIAN_FROM // 5))
        v = rng.normal(size=n) * rng.choice([1.0, 1e300, 1e-300, 1e6])
        if rng.random() < 0.3:
            v = np.round(v, 1)  # ties and zeros of either sign
        if rng.random() < 0.05:
            v[rng.integers(n)] = rng.choice([np.nan, np.inf, -np.inf])
        want = float(np.median(v))
        for form in (v, v.tolist(), deque(v.tolist())):
            got = median(form)
            assert type(got) is float and _same(got, want), (form, got, want)
            checked += 1
    assert checked == 9000
    assert _same(median([3, 1, 2, 10]), float(np.median([3, 1, 2, 10])))  # ints


def test_float32_and_long_arrays_are_numpys():
    x = np.array([1.0, 1 + 2**-23], np.float32)  # numpy averages the halves in float32: 1.0, not 1.00000006
    assert median(x) == float(np.median(x)) == 1.0
    long = np.random.default_rng(0).normal(size=NP_MEDIAN_FROM + 2)
    assert median(long) == float(np.median(long))
