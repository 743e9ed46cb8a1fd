"""Round 117's held-out noisy-label sets (``benchmarks/data_quality_round117.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round117`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured (rubber5, barley4 and microwave6 after their one change, inverter6 as first measured): rubber5 (its
baseline errs on 47.7 %, over the aim of 40 %, kept; MLP 60.6 % test with seed 0), barley4 (44.2 %, over the aim,
kept; 63.4 %), microwave6 (31.4 %, 79.3 %) and inverter6 (32.5 %, 64.3 %). The MLP is fitted once per set (one
parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round117 import (BARLEY_CLASSES, BARLEY_GRADING, BARLEY_LIMITS, BARLEY_NEIGHBOURS,
                                              BARLEY_PROTEIN_LOW, BARLEY_ROWS, GENERATORS, INVERTER_CLASSES,
                                              INVERTER_COMPLAINT, INVERTER_EVENT, INVERTER_INSTALL, INVERTER_MAKE,
                                              INVERTER_NEIGHBOURS, INVERTER_ROWS, INVERTER_TABLE, MICROWAVE_CLASSES,
                                              MICROWAVE_COMPLAINT, MICROWAVE_ERROR, MICROWAVE_MAKE,
                                              MICROWAVE_NEIGHBOURS, MICROWAVE_ROWS, MICROWAVE_TABLE, MICROWAVE_TYPE,
                                              NEIGHBOURS, ORDERED, ROUND117, ROUND117_GENERATORS, RUBBER_CLASSES,
                                              RUBBER_GRADING, RUBBER_LIMITS, RUBBER_MONTHS, RUBBER_NEIGHBOURS,
                                              RUBBER_RAIN, RUBBER_ROWS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "rubber5": [4.0, 3.0, 3.0, 2.0, 6.0, 12.0, 0.054, 1.52, 4.0, 10.0, 1.0, 4.0, 31.0],
    "barley4": [0.0, 1.0, 2.0, 0.0, 9.0, 11.4, 13.5, 99.0, 2.4, 3.4, 0.6, 1.6, 67.8],
    "microwave6": [0.0, 2.0, 4.0, 5.0, 800.0, 4.7, 120.0, 1.5, 0.87, 2.1, 3.5, 0.0, 0.1],
    "inverter6": [2.0, 2.0, 0.0, 3.0, 69.4, 1.9, 4.19, 7.5, 54.0, 241.0, 39.0, 71.0, 3.0],
}


def test_round117_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND117 == ("rubber5", "barley4", "microwave6", "inverter6") and ROUND117_GENERATORS is GENERATORS
    check_registered(117, ROUND117, GENERATORS)


def test_round117_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND117] == [5, 4, 6, 6]
    for name in ROUND117:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND117)
def test_round117_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND117)
def test_round117_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round117_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("rubber5", "barley4") and set(NEIGHBOURS) == set(ROUND117)
    assert NEIGHBOURS["rubber5"] is RUBBER_NEIGHBOURS and NEIGHBOURS["barley4"] is BARLEY_NEIGHBOURS
    assert NEIGHBOURS["microwave6"] is MICROWAVE_NEIGHBOURS and NEIGHBOURS["inverter6"] is INVERTER_NEIGHBOURS
    assert len(RUBBER_CLASSES) == len(RUBBER_ROWS) == 5 and RUBBER_LIMITS.shape == (4, 5)
    assert np.all(np.diff(RUBBER_LIMITS, axis=0) > 0) and list(RUBBER_LIMITS[1:, 0]) == [5.0, 10.0, 20.0]  # mould
    assert np.isclose(RUBBER_MONTHS.sum(), 1) and len(RUBBER_RAIN) == 12
    assert len(BARLEY_CLASSES) == len(BARLEY_ROWS) == 4 and BARLEY_LIMITS.shape == (3, 7)
    assert np.all(np.diff(BARLEY_LIMITS, axis=0) > 0) and np.all(np.diff(BARLEY_PROTEIN_LOW) < 0)  # looser down
    assert BARLEY_LIMITS[0, 2] == 2.0 and list(BARLEY_LIMITS[:, 4]) == [5.0, 7.0, 10.0]  # 98 % GE; skinned, broken
    assert len(RUBBER_GRADING) == 2 and len(BARLEY_GRADING) == 2
    assert len(MICROWAVE_CLASSES) == len(MICROWAVE_ROWS) == len(MICROWAVE_TABLE) == 6 and MICROWAVE_TABLE.shape[1] == 8
    assert len(INVERTER_CLASSES) == len(INVERTER_ROWS) == len(INVERTER_TABLE) == 6 and INVERTER_TABLE.shape[1] == 8
    for table in (MICROWAVE_TYPE, MICROWAVE_MAKE, MICROWAVE_ERROR, MICROWAVE_COMPLAINT, INVERTER_INSTALL,
                  INVERTER_MAKE, INVERTER_EVENT, INVERTER_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(MICROWAVE_TABLE[:, 2]) == 0 and np.argmin(MICROWAVE_TABLE[:, 3]) == 2  # filament; capacitor
    assert np.argmin(INVERTER_TABLE[:, 1]) == 0 and np.argmax(INVERTER_TABLE[:, 5]) == 3  # insulation; heat sink


@pytest.mark.parametrize("name", ROUND117)
def test_round117_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"rubber5": (0.555, 0.655), "barley4": (0.585, 0.685), "microwave6": (0.745, 0.845),
                 "inverter6": (0.595, 0.695)}[name]  # as measured (seed 0): 60.6, 63.4, 79.3, 64.3 %
    assert low < mlp.score(b, yb) < high


def test_rubber5_the_intake_counts_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("rubber5")
    assert np.all(np.diff(median[9]) > 0) and median[9, 4] >= 2 * median[9, 3]  # sheets with mould (of 100)
    assert np.all(np.diff(median[6]) > 0) and np.all(np.diff(median[7]) > 0)  # dirt; moisture
    x, y = set_data("rubber5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    for j in (8, 10, 11):  # bubbles, rust, under-smoked (of 100)
        assert np.all(np.diff(means[:, j]) > 0)
    assert np.all(np.diff(means[:, 4]) < 0) and np.all(np.diff(means[:, 2]) > 0)  # days of smoking; wetter months
    assert np.all(np.diff([np.mean(x[y == c, 3] == 2) for c in range(5)]) > 0)  # a farmer's own shed
    true, pred, wrong = knn_errors("rubber5")
    assert 0.472 < wrong.mean() < 0.482 and 0.86 < share_between(true, pred, RUBBER_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 3, 4) > 0.15
    rates = class_error_rates("rubber5")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0


def test_barley4_the_intake_sample_follows_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("barley4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    for j in (6, 8, 9, 10, 11):  # moisture, screenings, skinned and broken, pre-germinated, stain
        assert np.all(np.diff(means[:, j]) > 0)
    assert np.all(np.diff(means[:, 7]) < 0) and means[3, 7] < 97.5  # the germinative energy
    assert np.all(np.diff(means[:, 12]) < 0) and np.all(np.diff(means[:, 2]) > 0)  # specific weight; later weeks
    assert np.argmax([np.mean(x[y == c, 3] == 2) for c in range(4)]) == 3  # dried hot
    assert means[0, 5] < means[1, 5] - 0.2  # select's protein lower
    true, pred, wrong = knn_errors("barley4")
    assert 0.437 < wrong.mean() < 0.447 and 0.85 < share_between(true, pred, BARLEY_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 0, 1) > 0.26
    rates = class_error_rates("barley4")
    assert np.argmax(rates) == 2 and max(rates[0], rates[1]) < rates[3]


def test_microwave6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    magnetron, diode, capacitor, switch, waveguide, board = range(6)
    median = class_medians("microwave6")
    assert np.argmax(median[7]) == magnetron and np.argmin(median[9]) == diode  # filament; diode's reverse reading
    assert np.argmin(median[8]) == capacitor and np.argmax(median[12]) == switch  # capacitor; switch resistance
    assert np.argmax(median[10]) == waveguide and np.argmax(median[6]) == waveguide  # the rise; the use
    x, y = set_data("microwave6")
    errors = np.array([[np.mean(x[y == c, 2] == k) for k in range(5)] for c in range(6)])
    assert np.argmax(errors[:, 1]) == switch and np.argmax(errors[:, 3]) == board  # door code; relay code
    assert np.argmax(errors[:, 2]) == magnetron and np.argmax(errors[:, 4]) == magnetron  # no heat; thermal
    complaints = np.array([[np.mean(x[y == c, 3] == k) for k in range(6)] for c in range(6)])
    assert np.argmax(complaints[:, 1]) == waveguide and np.argmax(complaints[:, 5]) == capacitor  # sparks; fuse
    assert np.argmax(complaints[:, 4]) == diode and np.argmax(complaints[:, 2]) == board  # buzz; dead
    assert np.argmax([np.mean(x[y == c, 11]) for c in range(6)]) == capacitor  # the line fuse blown
    true, pred, wrong = knn_errors("microwave6")
    assert 0.309 < wrong.mean() < 0.319 and 0.60 < share_between(true, pred, MICROWAVE_NEIGHBOURS) < 0.67
    assert share_pair(true, pred, magnetron, diode) > 0.13 and share_pair(true, pred, magnetron, board) > 0.11
    rates = class_error_rates("microwave6")
    assert np.argmax(rates) == board and rates[diode] < 0.27


def test_inverter6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    insulation, grid, power, fan, string, board = range(6)
    median = class_medians("inverter6")
    assert np.argmin(median[6]) == insulation and np.argmax(median[9]) == grid  # insulation; grid voltage
    assert np.argmin(median[11]) == power and np.argmax(median[10]) == fan  # no yield; a hot heat sink
    assert np.argmax(median[7]) == string and np.argmin(median[8]) == string  # the spread; the weakest string
    assert np.argmax(median[12]) == grid  # trips
    x, y = set_data("inverter6")
    events = np.array([[np.mean(x[y == c, 2] == k) for k in range(7)] for c in range(6)])
    assert list(np.argmax(events, 1)) == [1, 2, 4, 3, 0, 5] and np.argmax(events[:, 6]) == string
    complaints = np.array([[np.mean(x[y == c, 3] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [1, 2, 0, 2, 3, 4]
    true, pred, wrong = knn_errors("inverter6")
    assert 0.32 < wrong.mean() < 0.33 and 0.70 < share_between(true, pred, INVERTER_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, power, board) > 0.12 and share_pair(true, pred, grid, fan) > 0.12
    rates = class_error_rates("inverter6")
    assert np.argmax(rates) == board and np.argmin(rates) == string
