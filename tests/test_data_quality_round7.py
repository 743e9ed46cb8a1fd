"""Round 7's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round7.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, and are named held-out, round 7. No training and no detector here."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.data_quality_actions import HELD_OUT, ROUND4, TUNING, split
from benchmarks.data_quality_round5 import ROUND5
from benchmarks.data_quality_round6 import ROUND6
from benchmarks.data_quality_round7 import GENERATORS, ROUND7, SHAPES
from tests.heldout_sets import check_round, check_set

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "topic8": [
        0.0, 1.7917595, 0.6931472, 1.3862944, 1.0986123, 0.6931472, 1.9459101, 2.0794415, 1.609438, 0.0,
        1.3862944, 1.3862944, 1.0986123, 0.0, 1.0986123, 1.7917595, 2.1972246, 1.0986123, 0.6931472, 0.0, 0.0,
        1.0986123, 0.0, 0.6931472],
    "glyph8": [
        1.0013864, -0.80068856, -0.06513329, 0.25662255, 0.20534334, 0.015107786, 0.12086018, 0.43735483,
        -0.29121044, 0.32962766, -0.72486615, -0.5317389, -0.5294913, -0.13707909, 0.3949319, 0.26495424,
        0.9232853, -0.11626794, -0.5791206, -0.27638075, 0.10096153, -0.3084123, 0.29330796, 0.8924042,
        0.16702491, -0.22400722, -0.011802226, -0.4163811, -0.13527524, -0.14519455, 0.0012816979, 0.16301243,
        0.23213318, 0.12318078, -0.006639132, -0.06939754],
    "surv5": [2.05175, 3.1064148, 3.1064148, 3.1064148, 1.0, 0.0, 0.0, 0.0, 0.37585065, -0.27762514, 22.340803],
    "grade6": [
        1.2735361, 0.22677995, -1.3661039, 0.045225896, 0.5313573, -1.2779028, -0.95967126, -0.93994004,
        -0.8883008, -0.7774556, 1.0, 0.0, 0.0, 0.0],
}


def test_round7_names_are_new_and_held_out():
    assert ROUND7 == ("topic8", "glyph8", "surv5", "grade6")
    check_round(ROUND7, TUNING + HELD_OUT + ROUND4 + ROUND5 + ROUND6 + ("synthU",), "held-out, round 7")
    assert split("xor4") == "held-out, round 6" and split("digits") == "tuning"


def test_round7_covers_many_classes_and_unequal_sizes():
    per_class = {name: np.array(SHAPES[name][2]) for name in ROUND7}
    assert max(len(c) for c in per_class.values()) >= 8
    assert max(c.max() / c.min() for c in per_class.values()) >= 5
    assert min(c.min() for c in per_class.values()) >= 80


@pytest.mark.parametrize("name", ROUND7)
def test_round7_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


def test_topic8_columns_are_log_counts():
    x, _ = GENERATORS["topic8"]()
    counts = np.expm1(x.astype(np.float64))
    np.testing.assert_allclose(counts, np.round(counts), atol=1e-4)
    assert counts.min() >= 0 and (counts == 0).mean() > 0.2  # short documents: many absent words


def test_glyph8_renders_bars_upright_and_dashes_flat():
    x, y = GENERATORS["glyph8"]()
    bar, dash = x[y == 0].mean(0).reshape(6, 6), x[y == 1].mean(0).reshape(6, 6)
    assert bar[:, 2:4].mean() > bar[:, [0, 5]].mean() + 0.3  # the middle columns lit
    assert dash[2:4].mean() > dash[[0, 5]].mean() + 0.3  # the middle rows lit


def test_surv5_times_are_censored_at_follow_up():
    x, y = GENERATORS["surv5"]()
    seen, failed, follow = np.exp(x[:, :4]), x[:, 4:8], x[:, 10:11]
    assert set(np.unique(failed)) == {0.0, 1.0}
    assert np.all(seen <= follow * (1 + 1e-5))
    np.testing.assert_allclose(seen[failed == 0], np.broadcast_to(follow, seen.shape)[failed == 0], rtol=1e-5)
    # classes 0-3 fail early in their own mode: that mode fails most often in that class
    share = np.array([failed[y == c].mean(0) for c in range(5)])  # (class, mode)
    assert np.array_equal(share[:4].argmax(0), np.arange(4))


def test_grade6_is_ordinal_in_a_one_hot_category():
    x, y = GENERATORS["grade6"]()
    np.testing.assert_array_equal(x[:, 10:].sum(1), 1.0)
    # the highest category (the largest score offset) grows more common with the grade
    top = np.array([x[y == g, 13].mean() for g in range(6)])
    assert top[-1] > top[0] and np.corrcoef(np.arange(6), top)[0, 1] > 0.8
