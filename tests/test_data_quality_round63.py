"""Round 63's held-out noisy-label sets (``benchmarks/data_quality_round63.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round63`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, pointmc6 meets the three aims as first written, ketosis4 and banknote6 after their one
change; maturity5 after its one change meets the MLP aim (72.3 % test accuracy, seed 0) and the neighbour aim
(87 %) but misses the baseline aim (its error 44.4 %), kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round63 import (BANKNOTE_KINDS, BANKNOTE_NEIGHBOURS, BANKNOTE_ROWS, BANKNOTE_TABLE,
                                             GENERATORS, KETOSIS_CLASSES, KETOSIS_LIMITS, KETOSIS_NEIGHBOURS,
                                             KETOSIS_ROWS, MATURITY_CLASSES, MATURITY_LIMITS, MATURITY_NEIGHBOURS,
                                             MATURITY_ROWS, NEIGHBOURS, ORDERED, POINT_FAULTS, POINT_NEIGHBOURS,
                                             POINT_ROWS, POINT_TABLE, ROUND63, ROUND63_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "maturity5": [4549.0, 25.8, 167.0, 0.0, 82.4, 8.84, 86.0, 2.31, 2.0, 1.53, 23.4, 0.0],
    "ketosis4": [11.0, 4.0, 32.0, -28.6, 1.66, 6.0, 2.75, 0.25, 357.0, 15.6, 55.0, 1.0, 3.0],
    "banknote6": [32.5, 0.09, 0.19, 0.27, 0.08, 108.9, 1.2, 0.23, 14.3, 0.06, 0.44, 0.16, 2.0, 0.0],
    "pointmc6": [6.37, 3.69, 5.24, 5.54, 0.73, 0.118, 0.04, 2.92, 3.8, 7.6, 641.0, 0.1, 0.0, 1.12],
}


def test_round63_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND63 == ("maturity5", "ketosis4", "banknote6", "pointmc6") and ROUND63_GENERATORS is GENERATORS
    check_registered(63, ROUND63, GENERATORS)


def test_round63_covers_4_5_and_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND63) == [4, 5, 6, 6]
    for name in ROUND63:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND63)
def test_round63_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND63)
def test_round63_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round63_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("maturity5", "ketosis4") and set(NEIGHBOURS) == set(ROUND63)
    assert NEIGHBOURS["maturity5"] is MATURITY_NEIGHBOURS and NEIGHBOURS["ketosis4"] is KETOSIS_NEIGHBOURS
    assert NEIGHBOURS["banknote6"] is BANKNOTE_NEIGHBOURS and NEIGHBOURS["pointmc6"] is POINT_NEIGHBOURS
    # the vitrinite reflectance limits (Ro %); the blood BHB cut-offs (mmol/L)
    assert len(MATURITY_CLASSES) == len(MATURITY_ROWS) == len(MATURITY_LIMITS) + 1 == 5
    assert MATURITY_LIMITS == (0.6, 0.8, 1.0, 1.3)
    assert len(KETOSIS_CLASSES) == len(KETOSIS_ROWS) == len(KETOSIS_LIMITS) + 1 == 4
    assert KETOSIS_LIMITS == (1.0, 1.4, 3.0)
    assert len(BANKNOTE_KINDS) == len(BANKNOTE_ROWS) == len(BANKNOTE_TABLE) == 6 and BANKNOTE_TABLE.shape[1] == 12
    assert np.argmax(BANKNOTE_TABLE[:, 0]) == 1 and np.argmax(BANKNOTE_TABLE[:, 2]) == 2  # bright paper; toner in IR
    assert np.argmax(BANKNOTE_TABLE[:, 6]) == 5 and np.argmax(BANKNOTE_TABLE[:, 10]) == 5  # a seam; the size
    assert np.argmax(BANKNOTE_TABLE[:, 11]) == 0 and np.argmin(BANKNOTE_TABLE[:, 4]) == 1  # soil; no magnetic ink
    assert len(POINT_FAULTS) == len(POINT_ROWS) == len(POINT_TABLE) == 6 and POINT_TABLE.shape[1] == 14
    assert np.argmax(POINT_TABLE[:, 4]) == 0 and np.argmax(POINT_TABLE[:, 5]) == 1  # held at the end; rising friction
    assert np.argmax(POINT_TABLE[:, 7]) == 2 and np.argmax(POINT_TABLE[:, 6]) == 3  # late detection; ripple
    assert np.argmin(POINT_TABLE[:, 8]) == 5 and np.argmax(POINT_TABLE[:, 11]) == 5  # frost; snow


@pytest.mark.parametrize("name", ROUND63)
def test_round63_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"maturity5": (0.67, 0.78), "ketosis4": (0.67, 0.78), "banknote6": (0.83, 0.93),
                 "pointmc6": (0.66, 0.77)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_maturity5_burial_logs_and_the_nearby_well_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("maturity5")
    median = class_medians("maturity5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (0, 1, 3, 9):  # depth, the gradient, the estimated erosion, the nearby well's Ro
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(median[4]) < 0) and np.all(np.diff(median[7]) < 0)  # sonic; the carbon left
    assert np.all(np.diff(means[5][:4]) > 0) and means[5][4] > means[5][0]  # resistivity rises as oil is generated
    true, pred, wrong = knn_errors("maturity5")
    assert 0.41 < wrong.mean() < 0.47 and 0.84 < share_between(true, pred, MATURITY_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 2, 3) > 0.24
    assert share_pair(true, pred, 0, 1) > 0.13 and share_pair(true, pred, 3, 4) > 0.11
    rates = class_error_rates("maturity5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2 and min(rates[1:4]) > rates[4]  # the ends least


def test_ketosis4_signs_follow_the_class_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("ketosis4")
    median = class_medians("ketosis4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(median[3]) < 0) and np.all(np.diff(median[4]) > 0)  # the yield's change; the FPR
    assert np.all(np.diff(median[8]) < 0) and np.all(np.diff(means[7]) > 0)  # rumination; condition lost
    assert np.all(np.diff(means[1]) > 0) and np.all(np.diff(means[11]) > 0)  # parity; twins
    assert np.all(np.diff(means[9][1:]) < 0) and np.argmax(means[0]) == 0  # intake; the healthy later in milk
    true, pred, wrong = knn_errors("ketosis4")
    assert 0.31 < wrong.mean() < 0.37 and 0.77 < share_between(true, pred, KETOSIS_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, 1, 2) > 0.32 and share_pair(true, pred, 0, 1) > 0.28
    assert share_pair(true, pred, 2, 3) > 0.08 and share_pair(true, pred, 0, 2) > 0.15  # the last outside
    rates = class_error_rates("ketosis4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 3


def test_banknote6_sensors_follow_the_kind_and_errors_fall_between_confused_kinds():
    genuine, inkjet, laser, offset, washed, composite = range(6)
    median = class_medians("banknote6")
    assert np.argmin(median[0]) == composite and median[0][inkjet] > 2 * median[0][genuine]  # UV: dull genuine paper
    assert np.argmin(median[2]) == inkjet and np.argmin(median[4]) == inkjet  # transparent in IR; no magnetic ink
    assert np.argmax(median[6]) == composite and np.argmax(median[5]) == composite  # a seam, thick
    assert np.argmin(median[10]) == offset and np.argmax(median[11]) == composite  # size; soil
    assert np.argmax(median[12]) in (offset, washed, composite) and np.argmin(median[12]) == genuine  # denomination
    true, pred, wrong = knn_errors("banknote6")
    assert 0.16 < wrong.mean() < 0.21 and 0.85 < share_between(true, pred, BANKNOTE_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, genuine, composite) > 0.32 and share_pair(true, pred, inkjet, laser) > 0.15
    assert share_pair(true, pred, genuine, offset) > 0.09 and share_pair(true, pred, inkjet, washed) > 0.07
    assert share_pair(true, pred, offset, washed) > 0.05  # outside the map
    rates = class_error_rates("banknote6")
    assert np.argmax(rates) == composite and np.argmin(rates) == inkjet


def test_pointmc6_throws_follow_the_fault_and_errors_fall_between_confused_faults():
    obstruction, lubrication, detection, motor, clamp, frost = range(6)
    median = class_medians("pointmc6")
    assert np.argmax(median[4]) == obstruction and np.argmax(median[13]) == obstruction  # held high; one way
    assert np.argmax(median[5]) == lubrication and np.argmax(median[6]) == motor  # rising friction; ripple
    assert np.argmax(median[7]) == detection and np.argmin(median[10]) == detection  # late detection after a visit
    assert np.argmin(median[8]) == frost and np.argmax(median[11]) == frost and np.argmax(median[2]) == frost
    assert np.argmin(median[0]) == detection and np.argmax(median[0]) == frost  # the current's peak
    true, pred, wrong = knn_errors("pointmc6")
    assert 0.35 < wrong.mean() < 0.41 and 0.80 < share_between(true, pred, POINT_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, lubrication, motor) > 0.19 and share_pair(true, pred, obstruction, clamp) > 0.17
    assert share_pair(true, pred, detection, clamp) > 0.13 and share_pair(true, pred, obstruction, frost) > 0.11
    assert share_pair(true, pred, clamp, frost) > 0.03  # outside the map
    rates = class_error_rates("pointmc6")
    assert np.argmax(rates) == clamp and np.argmin(rates) in (lubrication, detection)
