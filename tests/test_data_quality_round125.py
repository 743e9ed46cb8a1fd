"""Round 125's held-out noisy-label sets (``benchmarks/data_quality_round125.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round125`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: apricot4 (its baseline errs on 39.3 %; MLP 76.1 % test with seed 0, after its one change), grape4
(41.9 %; 77.4 %, after its one change: the baseline misses the aim, kept and said), bikeshare6 (22.5 %; 76.4 %) and
trafficsignal6 (25.7 %; 74.4 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots
(the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round125 import (APRICOT_CLASSES, APRICOT_GRADING, APRICOT_LIMITS, APRICOT_NEIGHBOURS,
                                              APRICOT_ROWS, BIKESHARE_CLASSES, BIKESHARE_COMPLAINT,
                                              BIKESHARE_NEIGHBOURS, BIKESHARE_ROWS, BIKESHARE_SOURCE, BIKESHARE_TABLE,
                                              BIKESHARE_UNIT, GENERATORS, GRAPE_CLASSES, GRAPE_GRADING, GRAPE_LIMITS,
                                              GRAPE_NEIGHBOURS, GRAPE_ROWS, NEIGHBOURS, ORDERED, ROUND125,
                                              ROUND125_GENERATORS, SHAPES, SIGNAL_CLASSES, SIGNAL_COMPLAINT,
                                              SIGNAL_DETECTION, SIGNAL_MAKE, SIGNAL_NEIGHBOURS, SIGNAL_ROWS,
                                              SIGNAL_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "apricot4": [0.0, 1.0, 0.0, 161.0, 1.6, 0.0, 1.2, 5.1, 4.0, 11.1, 12.0, 60.0, 2.6, 9.8, 0.0],
    "grape4": [2.0, 2.0, 266.0, 0.0, 1.0, 0.9, 2.0, 39.0, 19.5, 17.5, 99.0, 302.0, 10.4, 2.0],
    "bikeshare6": [2.0, 0.0, 3.0, 3.3, 64.0, 3.7, 4.7, 4.1, 80.0, 1.0, 17.0, 0.37, 0.0],
    "trafficsignal6": [1.0, 1.0, 5.0, 26.0, 26.1, 2.0, 18.7, 3.0, 0.0, 120.0, 0.0, 1.7, 6.4],
}


def test_round125_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND125 == ("apricot4", "grape4", "bikeshare6", "trafficsignal6") and ROUND125_GENERATORS is GENERATORS
    check_registered(125, ROUND125, GENERATORS)


def test_round125_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND125] == [4, 4, 6, 6]
    for name in ROUND125:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND125)
def test_round125_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND125)
def test_round125_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round125_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("apricot4", "grape4") and set(NEIGHBOURS) == set(ROUND125)
    assert NEIGHBOURS["apricot4"] is APRICOT_NEIGHBOURS and NEIGHBOURS["grape4"] is GRAPE_NEIGHBOURS
    assert NEIGHBOURS["bikeshare6"] is BIKESHARE_NEIGHBOURS and NEIGHBOURS["trafficsignal6"] is SIGNAL_NEIGHBOURS
    assert len(APRICOT_CLASSES) == len(APRICOT_ROWS) == len(APRICOT_LIMITS) == 4 and APRICOT_LIMITS.shape == (4, 3)
    assert len(GRAPE_CLASSES) == len(GRAPE_ROWS) == len(GRAPE_LIMITS) == 4 and GRAPE_LIMITS.shape == (4, 6)
    for limits in (APRICOT_LIMITS, GRAPE_LIMITS):
        assert np.all(np.diff(limits, axis=0) >= 0) and np.all(limits[-1] == 100)  # looser down; the last anything
    assert list(APRICOT_LIMITS[0]) == [10, 5, 1] and list(APRICOT_LIMITS[1]) == [100, 10, 1]
    assert list(GRAPE_LIMITS[:3, 0]) == [10, 10, 10] and list(GRAPE_LIMITS[:3, 2]) == [10, 10, 100]  # 10 % colour
    assert len(APRICOT_GRADING) == 2 and len(GRAPE_GRADING) == 2
    assert len(BIKESHARE_CLASSES) == len(BIKESHARE_ROWS) == len(BIKESHARE_TABLE) == 6 and BIKESHARE_TABLE.shape[1] == 10
    assert len(SIGNAL_CLASSES) == len(SIGNAL_ROWS) == len(SIGNAL_TABLE) == 6 and SIGNAL_TABLE.shape[1] == 10
    for table in (BIKESHARE_UNIT, BIKESHARE_SOURCE, BIKESHARE_COMPLAINT, SIGNAL_MAKE, SIGNAL_DETECTION,
                  SIGNAL_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(BIKESHARE_TABLE[:, 2]) == 0 and np.argmax(BIKESHARE_TABLE[:, 4]) == 1  # undocks; payments
    assert np.argmin(BIKESHARE_TABLE[:, 5]) == 2 and np.argmax(BIKESHARE_TABLE[:, 6]) == 3  # battery; error codes
    assert np.argmax(BIKESHARE_TABLE[:, 7]) == 4 and np.argmax(BIKESHARE_TABLE[:, 8]) == 5  # lever; chain
    assert np.argmax(SIGNAL_TABLE[:, 2]) == 0 and np.argmax(SIGNAL_TABLE[:, 9]) == 1  # detector alarms; cycle
    assert np.argmax(SIGNAL_TABLE[:, 4]) == 2 and np.argmin(SIGNAL_TABLE[:, 6]) == 3  # flash; battery runtime
    assert np.argmax(SIGNAL_TABLE[:, 7]) == 4 and np.argmax(SIGNAL_TABLE[:, 8]) == 5  # lamp faults; offline hours


@pytest.mark.parametrize("name", ROUND125)
def test_round125_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"apricot4": (0.711, 0.811), "grape4": (0.724, 0.824), "bikeshare6": (0.714, 0.814),
                 "trafficsignal6": (0.694, 0.794)}[name]  # as measured (seed 0): 76.1, 77.4, 76.4, 74.4 %
    assert low < mlp.score(b, yb) < high


def test_apricot4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("apricot4")
    assert np.all(np.diff(median[12]) > 3) and np.all(np.diff(median[13]) > 9)  # the camera's marks; the cull-out
    x, y = set_data("apricot4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert means[2, 4] > means[0, 4] + 1.5 and np.argmin(means[:, 5]) == 0  # rain; hail
    assert means[2, 9] < means[0, 9] - 1 and np.argmax(means[:, 14]) == 2  # firmness; soft or decayed of 50
    assert np.ptp(means[:, 11]) < 2 and np.ptp(means[:, 8]) < 0.5  # the fruit's weight and days stored hardly differ
    true, pred, wrong = knn_errors("apricot4")
    assert 0.388 < wrong.mean() < 0.398 and 0.85 < share_between(true, pred, APRICOT_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, 0, 1) > 0.41 and share_pair(true, pred, 1, 2) > 0.28
    assert share_pair(true, pred, 2, 3) > 0.08 and share_pair(true, pred, 0, 2) > 0.08
    rates = class_error_rates("apricot4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 3 and rates[3] < 0.16


def test_grape4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("grape4")
    assert np.argmax(median[9]) == 0 and np.argmax(median[10]) == 0  # the berry diameter; the well-coloured berries
    assert np.argmin(median[11]) == 2 and np.all(np.diff(median[12]) > 1)  # Institutional's small bunches; cull-out
    x, y = set_data("grape4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.argmax(means[:, 5]) == 3 and np.argmax(means[:, 13]) == 3  # rain; the shake test's shattered berries
    assert np.ptp(means[:, 8]) < 0.5 and np.ptp(means[:, 6]) < 0.1  # the Brix and the pad hardly differ
    true, pred, wrong = knn_errors("grape4")
    assert 0.414 < wrong.mean() < 0.424 and 0.68 < share_between(true, pred, GRAPE_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, 0, 1) > 0.25 and share_pair(true, pred, 1, 2) > 0.19
    assert share_pair(true, pred, 2, 3) > 0.15 and share_pair(true, pred, 1, 3) > 0.1
    rates = class_error_rates("grape4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 2


def test_bikeshare6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    dock, kiosk, battery, motor, brakes, drivetrain = range(6)
    median = class_medians("bikeshare6")
    assert np.argmax(median[5]) == dock and np.argmax(median[6]) == kiosk  # failed undocks; hours offline
    assert np.argmax(median[7]) == kiosk and np.argmin(median[8]) == battery  # payment errors; state of health
    assert np.argmax(median[9]) == motor and np.argmax(median[10]) == brakes  # error codes; lever travel
    assert np.argmax(median[11]) == drivetrain  # the chain's elongation
    x, y = set_data("bikeshare6")
    units = np.array([[np.mean(x[y == c, 0] == k) for k in range(3)] for c in range(6)])
    assert list(np.argmax(units, 1)) == [0, 0, 2, 2, 1, 1]
    complaints = np.array([[np.mean(x[y == c, 2] == k) for k in range(7)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [0, 1, 2, 3, 4, 5]
    true, pred, wrong = knn_errors("bikeshare6")
    assert 0.22 < wrong.mean() < 0.23 and 0.9 < share_between(true, pred, BIKESHARE_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, brakes, drivetrain) > 0.24 and share_pair(true, pred, dock, kiosk) > 0.18
    assert share_pair(true, pred, battery, motor) > 0.12
    rates = class_error_rates("bikeshare6")
    assert np.argmax(rates) == brakes and np.argmin(rates) == dock


def test_trafficsignal6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    detector, controller, monitor, power, heads, comms = range(6)
    median = class_medians("trafficsignal6")
    assert np.argmax(median[5]) == detector and np.argmax(median[6]) == detector  # alarms; max-outs
    assert np.argmax(median[7]) == monitor and np.argmax(median[8]) == power  # flash events; power events
    assert np.argmin(median[9]) == power and np.argmax(median[10]) == heads  # battery runtime; lamp faults
    assert np.argmax(median[11]) == comms and np.argmax(median[12]) == controller  # offline hours; the cycle
    x, y = set_data("trafficsignal6")
    video = [np.mean(x[y == c, 1] == 1) for c in range(6)]
    assert np.argmax(video) == detector
    complaints = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [0, 5, 1, 2, 3, 4]
    true, pred, wrong = knn_errors("trafficsignal6")
    assert 0.252 < wrong.mean() < 0.262 and 0.79 < share_between(true, pred, SIGNAL_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, controller, comms) > 0.12 and share_pair(true, pred, detector, controller) > 0.12
    assert share_pair(true, pred, monitor, heads) > 0.1 and share_pair(true, pred, monitor, power) > 0.09
    rates = class_error_rates("trafficsignal6")
    assert np.argmax(rates) == controller and np.argmin(rates) == detector
