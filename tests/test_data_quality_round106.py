"""Round 106's held-out noisy-label sets (``benchmarks/data_quality_round106.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round106`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of litter6, scoliosis6 and ebike6 had (laundry6 as first measured): litter6
(its baseline errs on 42.6 %, over the aim of 40 %, kept; MLP 72.0 % test with seed 0), scoliosis6 (46.4 %, over
the aim, kept; 60.2 %), ebike6 (40.4 %, over the aim, kept; 67.1 %) and laundry6 (25.2 %, 76.4 %). The MLP is fitted
once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a
session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round106 import (EBIKE_CLASSES, EBIKE_MOTOR, EBIKE_NEIGHBOURS, EBIKE_ROWS, EBIKE_TABLE,
                                              GENERATORS, LAUNDRY_CLASSES, LAUNDRY_COMPLAINT, LAUNDRY_NEIGHBOURS,
                                              LAUNDRY_ROWS, LAUNDRY_TABLE, LITTER_CLASSES, LITTER_GRADING,
                                              LITTER_LIMITS, LITTER_NEIGHBOURS, LITTER_ROWS, NEIGHBOURS, ORDERED,
                                              ROUND106, ROUND106_GENERATORS, SCOLIOSIS_CLASSES, SCOLIOSIS_LIMITS,
                                              SCOLIOSIS_NEIGHBOURS, SCOLIOSIS_READING, SCOLIOSIS_ROWS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "litter6": [2.0, 67.0, 1.5, 2.0, 61.0, 0.0, 3.0, 0.0, 0.0, 19.2, 4.0, 0.0, 44.0, 3.4, 6.0, 17.0],
    "scoliosis6": [14.7, 1.0, 1.0, 3.2, 5.0, 0.0, 1.0, 9.0, 7.5, 12.4, 1.4, 4.2, 0.0, 15.9, 2.4, 2.0],
    "ebike6": [2.0, 2.4, 13553.0, 135.0, 71.0, 1.0, 2.0, 2.0, 50.0, 2.62, 56.0, 7.1, 41.0, 1.45, 22.0, 5.5, 0.0],
    "laundry6": [2.0, 8.5, 1779.0, 1450.0, 166.0, 2.0, 0.0, 1.0, 1.0, 44.0, 16.7, 2.4, 80.1, 1.62, 6.2, 39.2, 0.0],
}


def test_round106_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND106 == ("litter6", "scoliosis6", "ebike6", "laundry6") and ROUND106_GENERATORS is GENERATORS
    check_registered(106, ROUND106, GENERATORS)


def test_round106_covers_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND106] == [6, 6, 6, 6]
    for name in ROUND106:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND106)
def test_round106_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND106)
def test_round106_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round106_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("litter6", "scoliosis6") and set(NEIGHBOURS) == set(ROUND106)
    assert NEIGHBOURS["litter6"] is LITTER_NEIGHBOURS and NEIGHBOURS["scoliosis6"] is SCOLIOSIS_NEIGHBOURS
    assert NEIGHBOURS["ebike6"] is EBIKE_NEIGHBOURS and NEIGHBOURS["laundry6"] is LAUNDRY_NEIGHBOURS
    assert len(LITTER_CLASSES) == len(LITTER_ROWS) == 6 and LITTER_LIMITS == (0.5, 3.5, 10.5, 25.5, 60.5)
    assert len(SCOLIOSIS_CLASSES) == len(SCOLIOSIS_ROWS) == 6 and SCOLIOSIS_LIMITS == (10.0, 20.0, 30.0, 40.0, 50.0)
    assert len(LITTER_GRADING) == 2 and len(SCOLIOSIS_READING) == 2
    assert len(EBIKE_CLASSES) == len(EBIKE_ROWS) == len(EBIKE_TABLE) == len(EBIKE_MOTOR) == 6
    assert EBIKE_TABLE.shape[1] == 16 and np.allclose(EBIKE_MOTOR.sum(1), 1)
    assert np.argmin(EBIKE_TABLE[:, 11]) == 4 and np.argmax(EBIKE_TABLE[:, 12]) == 3  # the insulation; the offset
    assert len(LAUNDRY_CLASSES) == len(LAUNDRY_ROWS) == len(LAUNDRY_TABLE) == len(LAUNDRY_COMPLAINT) == 6
    assert LAUNDRY_TABLE.shape[1] == 16 and np.allclose(LAUNDRY_COMPLAINT.sum(1), 1)
    assert np.argmax(LAUNDRY_TABLE[:, 9]) == 3 and np.argmax(LAUNDRY_TABLE[:, 10]) == 2  # the heater; the play


@pytest.mark.parametrize("name", ROUND106)
def test_round106_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"litter6": (0.67, 0.77), "scoliosis6": (0.55, 0.65), "ebike6": (0.62, 0.72),
                 "laundry6": (0.715, 0.815)}[name]  # as measured (seed 0): 72.0, 60.2, 67.1, 76.4 %
    assert low < mlp.score(b, yb) < high


def test_litter6_the_camera_and_the_sweeps_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("litter6")
    for column in (4, 12, 13, 14):  # the days since the sweep, the camera's count, its area share, the detritus
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[15]) < 0)  # the share photographed clear
    x, y = set_data("litter6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.all(np.diff(means[:, 0]) > 0) and np.all(np.diff(means[:, 2]) < 0)  # the land use's code; the bins
    assert np.all(np.diff(means[:, 9]) > 0) and means[5, 7] > means[0, 7] + 0.1  # a warm day; an event
    assert means[0, 11] == 0 and means[2:, 11].min() > 0.25  # leaves read as litter: no A in the leaf fall
    true, pred, wrong = knn_errors("litter6")
    assert 0.42 < wrong.mean() < 0.435 and 0.90 < share_between(true, pred, LITTER_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, 0, 1) > 0.22 and share_pair(true, pred, 1, 2) > 0.21
    rates = class_error_rates("litter6")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 4


def test_scoliosis6_the_trunk_follows_the_band_and_errors_fall_between_adjacent_bands():
    median = class_medians("scoliosis6")
    for column in (7, 8, 9, 10, 11):  # the scoliometer, the topography's rotation, the deviation, shoulders, waist
        assert np.all(np.diff(median[column]) > 0)
    x, y = set_data("scoliosis6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.all(np.diff(means[:, 12]) >= 0) and means[0, 12] < 0.2  # a hump noted at screening
    assert np.all(np.diff(means[:, 15]) > 0)  # the screening's asymmetries
    assert means[5, 1] > means[0, 1] + 0.1 and means[5, 5] > means[0, 5] + 0.05  # girls; a family history
    assert means[5, 3] > means[0, 3] + 0.5  # the growth in the last year
    true, pred, wrong = knn_errors("scoliosis6")
    assert 0.455 < wrong.mean() < 0.47 and 0.88 < share_between(true, pred, SCOLIOSIS_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 0, 1) > 0.24 and share_pair(true, pred, 1, 2) > 0.21
    rates = class_error_rates("scoliosis6")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_ebike6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    battery, hall, controller, torque, connector, display = range(6)
    median = class_medians("ebike6")
    assert np.argmax(median[3]) == battery and np.argmax(median[10]) == battery  # the charge cycles; the imbalance
    assert np.argmax(median[9]) == battery and np.argmin(median[8]) == battery  # the sag; the charge at cut-outs
    assert np.argmax(median[4]) == controller and np.argmax(median[11]) == hall  # the weight; the winding
    assert np.argmin(median[12]) == connector and np.argmax(median[13]) == torque  # the insulation; the offset
    assert np.argmax(median[14]) == display and np.argmin(median[15]) == battery  # the firmware's age; the cold
    assert np.argmin(median[7]) in (torque, display)  # the cut-outs
    x, y = set_data("ebike6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 5]) == connector and np.argmax(means[:, 6]) == display  # the rain; the error codes
    assert np.argmax(means[:, 16]) == hall and np.argmax(means[:, 7]) == controller  # a stutter; the cut-outs
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == torque  # a mid-drive
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == hall  # a rear hub
    true, pred, wrong = knn_errors("ebike6")
    assert 0.395 < wrong.mean() < 0.41 and 0.74 < share_between(true, pred, EBIKE_NEIGHBOURS) < 0.78
    assert share_pair(true, pred, hall, connector) > 0.14 and share_pair(true, pred, hall, controller) > 0.13
    rates = class_error_rates("ebike6")
    assert np.argmax(rates) == controller and np.argmin(rates) == battery


def test_laundry6_logs_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    drain, door, bearings, heater, board, motor = range(6)
    median = class_medians("laundry6")
    assert np.argmax(median[9]) == drain and np.argmax(median[10]) == heater  # the drain time; the resistance
    assert np.argmax(median[11]) == bearings and np.argmax(median[12]) == bearings  # the drum's play; the noise
    assert np.argmax(median[14]) == motor and np.argmin(median[15]) == heater  # the ripple; the test wash
    assert np.argmax(median[2]) == bearings and np.argmax(median[4]) == heater  # the cycles; the hardness
    x, y = set_data("laundry6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert [np.argmax(means[:, j]) for j in (5, 6, 7, 8)] == [drain, door, heater, motor]  # the logged errors
    assert np.argmax(means[:, 16]) == board and means[board, 16] > 0.15  # a power surge or cut
    shares = np.array([[np.mean(x[y == c, 0] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[drain, door, bearings, heater, motor]], 1)) == [0, 1, 2, 3, 5]  # the complaint
    true, pred, wrong = knn_errors("laundry6")
    assert 0.245 < wrong.mean() < 0.26 and 0.88 < share_between(true, pred, LAUNDRY_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, bearings, motor) > 0.22 and share_pair(true, pred, door, board) > 0.18
    rates = class_error_rates("laundry6")
    assert np.argmax(rates) == board and np.argmin(rates) == heater
