"""Round 109's held-out noisy-label sets (``benchmarks/data_quality_round109.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round109`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured after the one change each of carpet5 and checkride5 had (treadmill6 and faucet6 as first measured):
carpet5 (its baseline errs on 45.8 %, over the aim of 40 %, kept; MLP 65.0 % test with seed 0), checkride5 (46.2 %,
over the aim, kept; 58.7 %, under the aim of 60 %, kept), treadmill6 (35.3 %, 69.0 %) and faucet6 (37.6 %, 70.5 %).
The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built
twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round109 import (CARPET_ASSESSMENT, CARPET_CLASSES, CARPET_LIMITS, CARPET_NEIGHBOURS,
                                              CARPET_ROWS, CHECKRIDE_CLASSES, CHECKRIDE_DEMAND, CHECKRIDE_GRADING,
                                              CHECKRIDE_LIMITS, CHECKRIDE_NEIGHBOURS, CHECKRIDE_ROWS, FAUCET_CLASSES,
                                              FAUCET_COMPLAINT, FAUCET_KIND, FAUCET_NEIGHBOURS, FAUCET_ROWS,
                                              FAUCET_TABLE, FAUCET_TURNS, GENERATORS, NEIGHBOURS, ORDERED, ROUND109,
                                              ROUND109_GENERATORS, SHAPES, TREADMILL_CLASSES, TREADMILL_COMPLAINT,
                                              TREADMILL_MODEL, TREADMILL_NEIGHBOURS, TREADMILL_ROWS, TREADMILL_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "carpet5": [1.0, 1.0, 2.0, 1018.0, 8.0, 242.0, 1.0, 54.9, 572.0, 126.0, 6.0, 0.0, 0.0, 21.7, 2.53, 2.0, 46.0],
    "checkride5": [1.0, 9764.0, 5562.0, 7.0, 0.0, 2.0, 20.0, 0.0, 37.0, 102.0, 2.5, 7.0, 4.5, 16.4, 22.6, 3.2, 1.0,
                   1.0, 145.0, 336.0],
    "treadmill6": [1.0, 4.0, 6.9, 8017.0, 0.0, 16.0, 66.0, 0.0, 0.0, 1.0, 2.0, 5.4, 6.2, 14.6, 1.2, 0.5, 13.3, 2.0],
    "faucet6": [0.0, 2.0, 0.0, 8.2, 165.0, 5.1, 0.0, 2.0, 1.66, 1.3, 41.2, 3.0, 63.0],
}


def test_round109_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND109 == ("carpet5", "checkride5", "treadmill6", "faucet6") and ROUND109_GENERATORS is GENERATORS
    check_registered(109, ROUND109, GENERATORS)


def test_round109_covers_5_or_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND109] == [5, 5, 6, 6]
    for name in ROUND109:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 13 <= columns <= 20


@pytest.mark.parametrize("name", ROUND109)
def test_round109_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND109)
def test_round109_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round109_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("carpet5", "checkride5") and set(NEIGHBOURS) == set(ROUND109)
    assert NEIGHBOURS["carpet5"] is CARPET_NEIGHBOURS and NEIGHBOURS["checkride5"] is CHECKRIDE_NEIGHBOURS
    assert NEIGHBOURS["treadmill6"] is TREADMILL_NEIGHBOURS and NEIGHBOURS["faucet6"] is FAUCET_NEIGHBOURS
    assert len(CARPET_CLASSES) == len(CARPET_ROWS) == 5 and CARPET_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(CHECKRIDE_CLASSES) == len(CHECKRIDE_ROWS) == 5 and CHECKRIDE_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(CARPET_ASSESSMENT) == 2 and len(CHECKRIDE_GRADING) == 2 and len(CHECKRIDE_DEMAND) == 6
    assert len(TREADMILL_CLASSES) == len(TREADMILL_ROWS) == len(TREADMILL_TABLE) == len(TREADMILL_COMPLAINT) == 6
    assert TREADMILL_TABLE.shape[1] == 16 and np.allclose(TREADMILL_COMPLAINT.sum(1), 1)
    assert np.allclose(TREADMILL_MODEL.sum(1), 1) and np.argmax(TREADMILL_TABLE[:, 12]) == 3  # the sensor's gap
    assert np.argmin(TREADMILL_TABLE[:, 11]) == 1 and np.argmax(TREADMILL_TABLE[:, 9]) == 0  # the brushes; the drag
    assert len(FAUCET_CLASSES) == len(FAUCET_ROWS) == len(FAUCET_TABLE) == len(FAUCET_COMPLAINT) == 6
    assert FAUCET_TABLE.shape[1] == 11 and np.allclose(FAUCET_COMPLAINT.sum(1), 1)
    assert np.allclose(FAUCET_KIND.sum(1), 1)
    assert np.argmax(FAUCET_TABLE[:, 8]) == 5 and np.argmax(FAUCET_TABLE[:, 9]) == 3  # the moisture; the repairs
    assert FAUCET_TURNS[0] > FAUCET_TURNS[1:].max()  # a compression tap's screw


@pytest.mark.parametrize("name", ROUND109)
def test_round109_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"carpet5": (0.60, 0.70), "checkride5": (0.535, 0.635), "treadmill6": (0.64, 0.74),
                 "faucet6": (0.655, 0.755)}[name]  # as measured (seed 0): 65.0, 58.7, 69.0, 70.5 %
    assert low < mlp.score(b, yb) < high


def test_carpet5_the_measures_and_the_wear_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("carpet5")
    for column in (13, 14, 15, 8, 9):  # the pile-height loss, the colour change, the gloss, the traffic, the months
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[16]) > 0) and np.all(np.diff(median[5]) > 0)  # the tuft definition; the density
    x, y = set_data("carpet5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 11]) < 0) and np.all(np.diff(means[:, 4]) < 0)  # an entrance; a tall pile
    assert means[4, 6] > means[0, 6] + 0.3 and means[0, 7] > means[4, 7] + 5  # a pattern hides; a light colour shows
    assert np.mean(x[y == 0, 2] == 1) > np.mean(x[y == 4, 2] == 1) + 0.1  # polypropylene
    true, pred, wrong = knn_errors("carpet5")
    assert 0.45 < wrong.mean() < 0.465 and 0.93 < share_between(true, pred, CARPET_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 2, 3) > 0.24
    rates = class_error_rates("carpet5")
    assert np.argmax(rates) == 1 and rates[2] < 0.4 and rates[4] < 0.4


def test_checkride5_the_flight_data_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("checkride5")
    for column in range(8, 16):  # the altitude's, the speed's and the heading's deviations, the time outside, ...
        assert np.all(np.diff(median[column]) < 0)
    x, y = set_data("checkride5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    for column in (16, 17):  # stable at 1,000 and at 500 ft
        assert np.all(np.diff(means[:, column]) > 0) and means[0, column] < 0.65
    for column in (7, 18, 19):  # the failures set, the touchdown's distance and rate
        assert np.all(np.diff(means[:, column]) < 0)
    assert means[3, 0] > means[0, 0] + 0.2 and median[2, 3] > median[2, 0] + 1000  # captains; the hours on type
    true, pred, wrong = knn_errors("checkride5")
    assert 0.455 < wrong.mean() < 0.47 and 0.91 < share_between(true, pred, CHECKRIDE_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, 2, 3) > 0.3 and share_pair(true, pred, 1, 2) > 0.27
    rates = class_error_rates("checkride5")
    assert np.argmax(rates) == 4 and rates[0] < 0.4 and rates[2] < 0.4


def test_treadmill6_logs_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    belt, motor, board, sensor, incline, console = range(6)
    median = class_medians("treadmill6")
    assert np.argmax(median[11]) == belt and np.argmax(median[12]) == belt  # the drag; the motor's current
    assert np.argmin(median[13]) == motor and np.argmax(median[3]) == motor  # the brushes; the running hours
    assert np.argmax(median[14]) == sensor and np.argmax(median[15]) == incline  # the gap; the incline's offset
    assert np.argmin(median[16]) == console  # the console's supply voltage
    x, y = set_data("treadmill6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert [np.argmax(means[:, j]) for j in (7, 8, 9, 10)] == [belt, sensor, incline, console]  # the codes
    assert np.argmax(means[:, 17]) == board and np.argmax(means[:, 4]) == console  # the trips; a hotel's gym
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) != motor  # an AC drive: no brushes
    assert np.argmin([np.mean(x[y == c, 0] == 0) for c in range(6)]) == motor
    shares = np.array([[np.mean(x[y == c, 1] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[sensor, incline, console]], 1)) == [0, 4, 5]  # the complaint
    assert np.argmax(shares[:, 3]) == belt and shares[belt, 3] > 0.3  # "slips"
    true, pred, wrong = knn_errors("treadmill6")
    assert 0.345 < wrong.mean() < 0.36 and 0.78 < share_between(true, pred, TREADMILL_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, belt, motor) > 0.23 and share_pair(true, pred, belt, board) > 0.12
    rates = class_error_rates("treadmill6")
    assert np.argmax(rates) == board and np.argmin(rates) == incline


def test_faucet6_records_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    washer, oring, cartridge, seat, packing, body = range(6)
    median = class_medians("faucet6")
    assert np.argmax(median[7]) == seat and np.argmax(median[10]) == body  # the drip; the moisture
    assert np.argmax(median[11]) == seat and np.argmin(median[12]) == seat  # the repairs; the months since
    assert np.argmax(median[3]) == packing and np.argmax(median[5]) == body  # the age; the pressure
    x, y = set_data("faucet6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 9]) == packing and means[cartridge, 9] > means[washer, 9]  # the torque to shut
    assert np.argmax(means[:, 8]) == washer and np.argmax(means[:, 4]) in (cartridge, seat)  # the turns; hardness
    kinds = np.array([[np.mean(x[y == c, 0] == k) for k in range(3)] for c in range(6)])
    assert np.argmax(kinds[:, 0]) == packing and np.argmax(kinds[:, 2]) == cartridge  # compression; a mixer
    shares = np.array([[np.mean(x[y == c, 1] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[washer, oring, seat, packing, body]], 1)) == [0, 1, 0, 1, 2]  # the complaint
    true, pred, wrong = knn_errors("faucet6")
    assert 0.37 < wrong.mean() < 0.385 and 0.77 < share_between(true, pred, FAUCET_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, washer, seat) > 0.2 and share_pair(true, pred, oring, body) > 0.14
    rates = class_error_rates("faucet6")
    assert np.argmax(rates) == seat and np.argmin(rates) == cartridge
