"""Round 6's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round6.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, and are named held-out, round 6. No training and no detector here."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.data_quality_actions import HELD_OUT, ROUND4, TUNING, known_sets, split
from benchmarks.data_quality_round5 import ROUND5
from benchmarks.data_quality_round6 import GENERATORS, ROUND6, SHAPES
from tests.heldout_sets import check_generator, check_loads

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "wave6": [
        -2.0691407, 1.2104431, -0.11645751, -0.8723765, 2.2723691, 0.22834645, 0.5909034, 0.16076247,
        -0.6859021, 17.358822, 0.20527361, 0.6073518, 0.008324962, 0.72228426, 0.062191032, 0.20719975,
        0.91068316, -0.23310785],
    "tree9": [
        -0.21822184, -1.2008973, 0.9937074, 0.49213204, -2.7542512, -0.26505452, -1.7739619, -0.0085165175,
        -0.38659, 0.95813215, -0.9303776, 3.9351552],
    "tab6": [
        96688.66, 69.28222, 4.0, 1.0, 0.20669742, 0.0, 1.0, -0.0003191853, -0.5195254, 0.4813618, 2.2020297,
        24.75264],
    "xor4": [0.53866327, -1.8408698, -0.04523041, 1.5267622, -0.61797655, 1.254678, -0.8929937, 0.16604795],
}


def test_round6_names_are_new_and_held_out():
    assert ROUND6 == ("wave6", "tree9", "tab6", "xor4")
    assert not set(ROUND6) & set(TUNING + HELD_OUT + ROUND4 + ROUND5 + ("synthU",))
    assert set(ROUND6) <= set(known_sets())  # what --sets accepts
    assert {name: split(name) for name in ROUND6} == dict.fromkeys(ROUND6, "held-out, round 6")
    assert split("moons10") == "held-out, round 5" and split("digits") == "tuning"


def test_round6_covers_many_classes_and_a_long_tail():
    per_class = {name: np.array(SHAPES[name][2]) for name in ROUND6}
    assert max(len(c) for c in per_class.values()) >= 8
    assert max(c.max() / c.min() for c in per_class.values()) >= 10


@pytest.mark.parametrize("name", ROUND6)
def test_round6_set_is_deterministic_with_documented_shape(name):
    check_generator(GENERATORS[name], SHAPES[name], FIRST_ROWS[name], max_rows=2400, dtype=np.float32)


@pytest.mark.parametrize("name", ROUND6)
def test_round6_set_loads_through_the_benchmark(name):
    check_loads(name, SHAPES[name])


def test_tab6_has_mixed_scales_and_glitch_rows():
    x, _ = GENERATORS["tab6"]()
    spread = x.std(0)
    assert spread.max() / spread.min() > 1e6  # an amount beside a reading in thousandths
    assert (x[:, 1] > 90).sum() >= 5  # glitched ages: the age column is clipped to 18-90 before the glitch
