"""Round 5's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round5.py): they load
through the benchmark's ``load``, are the same arrays every time, have the documented shapes and class
counts, and are named held-out. No training and no detector here."""

from __future__ import annotations

import pytest

from benchmarks.data_quality_actions import HELD_OUT, ROUND4, TUNING, split
from benchmarks.data_quality_round5 import GENERATORS, ROUND5, SHAPES
from tests.heldout_sets import check_generator, check_loads

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {
    "moons10": [-0.122438, 0.34161, 0.325841, -1.368889, -0.834105, -0.996, 0.387445, -1.225921, -1.406161, 0.172787],
    "spiral3": [-1.960738, 2.057158, -0.107951, -1.113162, 2.132585, 1.407729],
    "mix12": [1.642406, 4.439522, 2.037021, -2.911313, 1.204675, 3.823641, 5.095777, 3.155389],
    "tdom5": [1.632877, -5.347609, 1.643341, 3.567994, 6.164989, 0.454277, 0.878356, 2.036318, 2.372304],
}


def test_round5_names_are_new_and_held_out():
    assert ROUND5 == ("moons10", "spiral3", "mix12", "tdom5")
    assert not set(ROUND5) & set(TUNING + HELD_OUT + ROUND4 + ("synthU",))
    assert {name: split(name) for name in ROUND5} == dict.fromkeys(ROUND5, "held-out, round 5")
    assert split("quant4") == "held-out, round 4" and split("digits") == "tuning"


@pytest.mark.parametrize("name", ROUND5)
def test_round5_set_is_deterministic_with_documented_shape(name):
    check_generator(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND5)
def test_round5_set_loads_through_the_benchmark(name):
    check_loads(name, SHAPES[name])
