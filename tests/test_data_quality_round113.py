"""Round 113's held-out noisy-label sets (``benchmarks/data_quality_round113.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round113`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured after the one change lumber5 and pearl5 had (the others as first measured): lumber5 (its baseline errs
on 52.0 %, over the aim of 40 %, kept; MLP 66.4 % test with seed 0), pearl5 (49.8 %, over the aim, kept; 68.4 %),
dishwasher6 (21.7 %, 81.9 %) and escalator6 (37.5 %, 69.2 %). The MLP is fitted once per set (one parametrized
test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round113 import (DISHWASHER_CLASSES, DISHWASHER_CODE, DISHWASHER_COMPLAINT,
                                              DISHWASHER_MAKE, DISHWASHER_NEIGHBOURS, DISHWASHER_ROWS,
                                              DISHWASHER_TABLE, ESCALATOR_CLASSES, ESCALATOR_CODE,
                                              ESCALATOR_COMPLAINT, ESCALATOR_MAKE, ESCALATOR_NEIGHBOURS,
                                              ESCALATOR_OUTDOOR, ESCALATOR_ROWS, ESCALATOR_TABLE, GENERATORS,
                                              LUMBER_CLASSES, LUMBER_GRADING, LUMBER_LIMITS, LUMBER_NEIGHBOURS,
                                              LUMBER_ROWS, NEIGHBOURS, ORDERED, PEARL_CLASSES, PEARL_GRADING,
                                              PEARL_LIMITS, PEARL_NACRE, PEARL_NEIGHBOURS, PEARL_ROWS, ROUND113,
                                              ROUND113_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "lumber5": [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.187, 0.94, 0.034, 0.08, 0.07, 211.0, 2.5, 10.3, 1.53],
    "pearl5": [3.0, 0.0, 18.0, 6.0, 5.8, 2.0, 25.7, 53.0, 0.55, 2.1, 90.5, 1.8, 0.35, 7.0],
    "dishwasher6": [2.0, 0.0, 2.0, 14.4, 13.0, 440.0, 4.2, 50.0, 0.6, 47.0, 0.37, 3083.0, 34.9, 65.3],
    "escalator6": [2.0, 1.0, 2.0, 0.0, 6.2, 8.2, 10.6, 1.09, 4.2, 0.46, 43.0, 1.5, 21.0, 16.0],
}


def test_round113_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND113 == ("lumber5", "pearl5", "dishwasher6", "escalator6") and ROUND113_GENERATORS is GENERATORS
    check_registered(113, ROUND113, GENERATORS)


def test_round113_covers_5_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND113] == [5, 5, 6, 6]
    for name in ROUND113:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 14 <= columns <= 16


@pytest.mark.parametrize("name", ROUND113)
def test_round113_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND113)
def test_round113_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round113_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("lumber5", "pearl5") and set(NEIGHBOURS) == set(ROUND113)
    assert NEIGHBOURS["lumber5"] is LUMBER_NEIGHBOURS and NEIGHBOURS["pearl5"] is PEARL_NEIGHBOURS
    assert NEIGHBOURS["dishwasher6"] is DISHWASHER_NEIGHBOURS and NEIGHBOURS["escalator6"] is ESCALATOR_NEIGHBOURS
    assert len(LUMBER_CLASSES) == len(LUMBER_ROWS) == 5 and LUMBER_LIMITS.shape == (4, 5)
    assert np.all(np.diff(LUMBER_LIMITS, axis=0) >= 0)  # each grade down allows as much or more
    assert len(PEARL_CLASSES) == len(PEARL_ROWS) == 5 and PEARL_LIMITS == (-1.2, -0.3, 0.6, 1.4)
    assert PEARL_NACRE == (0.35, 0.25) and len(LUMBER_GRADING) == 2 and len(PEARL_GRADING) == 2
    assert len(DISHWASHER_CLASSES) == len(DISHWASHER_ROWS) == len(DISHWASHER_TABLE) == 6
    assert DISHWASHER_TABLE.shape[1] == 11 and ESCALATOR_TABLE.shape == (6, 10)
    assert len(ESCALATOR_CLASSES) == len(ESCALATOR_ROWS) == 6
    for table in (DISHWASHER_MAKE, DISHWASHER_CODE, DISHWASHER_COMPLAINT, ESCALATOR_MAKE, ESCALATOR_OUTDOOR,
                  ESCALATOR_CODE, ESCALATOR_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(DISHWASHER_TABLE[:, 4]) == 1 and np.argmin(DISHWASHER_TABLE[:, 9]) == 2  # drain; the arm
    assert np.argmax(ESCALATOR_TABLE[:, 3]) == 1 and np.argmax(ESCALATOR_TABLE[:, 4]) == 2  # chain; handrail


@pytest.mark.parametrize("name", ROUND113)
def test_round113_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"lumber5": (0.614, 0.714), "pearl5": (0.634, 0.734), "dishwasher6": (0.769, 0.869),
                 "escalator6": (0.642, 0.742)}[name]  # as measured (seed 0): 66.4, 68.4, 81.9, 69.2 %
    assert low < mlp.score(b, yb) < high


def test_lumber5_the_measures_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("lumber5")
    assert np.all(np.diff(median[6]) > 0) and np.all(np.diff(median[8]) > 0)  # the knot; the slope of grain
    assert np.all(np.diff(median[14]) < 0)  # the machine's stiffness falls with the grade
    x, y = set_data("lumber5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 2]) > 0)  # the stand's code: young plantations and thinnings grade lower
    assert np.all(np.diff(means[:, 9]) > -0.002) and means[4, 9] > means[0, 9] + 0.04  # wane
    assert means[3, 10] > means[2, 10] > means[0, 10] + 0.1  # splits (No. 3's limit the loosest)
    assert means[4, 12] > means[2, 12] > means[0, 12] + 1.5  # crook
    assert np.argmax(np.array([np.mean(x[y == c, 5] == 3) for c in range(5)])) == 4  # the strict station
    true, pred, wrong = knn_errors("lumber5")
    assert 0.515 < wrong.mean() < 0.525 and 0.76 < share_between(true, pred, LUMBER_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, 1, 2) > 0.26 and share_pair(true, pred, 2, 3) > 0.23
    rates = class_error_rates("lumber5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 2


def test_pearl5_the_lot_measures_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("pearl5")
    for column in (7, 8, 13):  # the lustre meter, the nacre, the diameter
        assert np.all(np.diff(median[column]) <= 0) and median[column, 0] > median[column, 4]
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[12]) > 0)  # the blemishes; the size spread
    assert np.all(np.diff(median[10]) < 0)  # the roundness
    assert max(median[8, 3:]) < 0.4 and median[8, 0] > 1  # thin nacre caps the grade
    x, y = set_data("pearl5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 5]) > 0) and means[4, 0] > means[0, 0] + 0.3  # the technician; the farm
    assert np.mean(x[y == 4, 1] == 0) > np.mean(x[y == 0, 1] == 0) + 0.2  # Akoya's thin nacre
    true, pred, wrong = knn_errors("pearl5")
    assert 0.493 < wrong.mean() < 0.503 and 0.88 < share_between(true, pred, PEARL_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, 2, 3) > 0.30 and share_pair(true, pred, 1, 2) > 0.25
    rates = class_error_rates("pearl5")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 4


def test_dishwasher6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    clog, pump, arm, valve, heater, board = range(6)
    median = class_medians("dishwasher6")
    assert np.argmax(median[7]) == pump and np.argmax(median[8]) == pump  # the drain's time; the water left
    assert np.argmin(median[12]) == arm and np.argmax(median[5]) == arm  # the arm's turns; hard water
    assert np.argmin(median[6]) == valve and np.argmax(median[11]) == valve  # the fill; the valve's coil
    assert np.argmin(median[9]) == heater and np.argmax(median[13]) == heater  # the wash's heat; the element
    assert np.argmin(median[10]) == pump  # the pump's current
    x, y = set_data("dishwasher6")
    codes = np.array([[np.mean(x[y == c, 1] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(codes, 1)) == [0, 1, 0, 2, 3, 0] and np.argmax(codes[:, 4]) == board
    shares = np.array([[np.mean(x[y == c, 2] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(shares, 1)) == [0, 0, 1, 1, 2, 3]  # the complaint
    true, pred, wrong = knn_errors("dishwasher6")
    assert 0.212 < wrong.mean() < 0.222 and 0.75 < share_between(true, pred, DISHWASHER_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, clog, pump) > 0.16 and share_pair(true, pred, heater, board) > 0.12
    rates = class_error_rates("dishwasher6")
    assert np.argmax(rates) == board and np.argmin(rates) == heater


def test_escalator6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    comb, chain, handrail, drive, step, controller = range(6)
    median = class_medians("escalator6")
    assert np.argmax(median[7]) == chain and np.argmax(median[11]) == chain  # the elongation; the vibration
    assert np.argmax(median[8]) == handrail  # the handrail's speed off the steps'
    assert np.argmax(median[9]) == drive and np.argmax(median[10]) == drive  # the brake's distance; the current
    assert np.argmax(median[4]) == drive and np.argmax(median[5]) == chain  # the rise; the age
    assert np.argmax(median[12]) == controller and np.argmin(median[5]) == controller  # the stops; a newer unit
    x, y = set_data("escalator6")
    codes = np.array([[np.mean(x[y == c, 2] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(codes, 1)) == [0, 1, 2, 3, 1, 4]  # the fault code
    shares = np.array([[np.mean(x[y == c, 3] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(shares, 1)) == [0, 1, 2, 0, 0, 3]  # the complaint
    assert np.argmin([np.mean(x[y == c, 1] == 1) for c in range(6)]) == drive  # outdoors: the drive the least
    true, pred, wrong = knn_errors("escalator6")
    assert 0.370 < wrong.mean() < 0.380 and 0.90 < share_between(true, pred, ESCALATOR_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, comb, step) > 0.20 and share_pair(true, pred, comb, controller) > 0.15
    rates = class_error_rates("escalator6")
    assert np.argmax(rates) == step and np.argmin(rates) == handrail
