"""Round 130's held-out noisy-label sets (``benchmarks/data_quality_round130.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round130`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: soybean4 (its baseline errs on 54.6 % after its one change; MLP 48.8 % test with seed 0: both miss the
brief's aims, kept and said), cheddar4 (52.6 %; 52.7 %: both miss, kept), satellite6 (36.8 %; 71.4 %) and papermill6
(37.3 %; 67.7 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots or vats (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round130 import (CHEDDAR_CLASSES, CHEDDAR_GRADING, CHEDDAR_LIMITS, CHEDDAR_NEIGHBOURS,
                                              CHEDDAR_ROWS, GENERATORS, NEIGHBOURS, ORDERED, PAPERMILL_CLASSES,
                                              PAPERMILL_GRADE, PAPERMILL_LOOK, PAPERMILL_NEIGHBOURS, PAPERMILL_ROWS,
                                              PAPERMILL_TABLE, PAPERMILL_WHERE, ROUND130, ROUND130_GENERATORS,
                                              SATELLITE_CLASSES, SATELLITE_FOUND, SATELLITE_NEIGHBOURS,
                                              SATELLITE_ORBIT, SATELLITE_PHASE, SATELLITE_ROWS, SATELLITE_TABLE,
                                              SHAPES, SOYBEAN_CLASSES, SOYBEAN_GRADING, SOYBEAN_LIMITS,
                                              SOYBEAN_NEIGHBOURS, SOYBEAN_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "soybean4": [1.0, 0.0, 22.0, 94.0, 0.0, 11.4, 34.3, 18.9, 9.7, 22.1, 5.1, 56.6, 10.0],
    "cheddar4": [0.0, 0.0, 2.0, 158.0, 8.5, 0.0, 35.41, 52.1, 4.46, 5.13, 4.71, 62.0, 16.0],
    "satellite6": [0.0, 0.0, 0.0, 3.5, 39.0, 96.1, 15.5, 103.8, 0.915, 42.0, 4.0, 105.9, 36.8, 0.0, 4.0, 3.0],
    "papermill6": [1.0, 1.0, 3.0, 862.0, 105.3, 0.753, 80.4, 46.0, 42.9, 2.78, 66.0, 6.7, 4.9, 62.7, 276.0, 2.0],
}


def test_round130_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND130 == ("soybean4", "cheddar4", "satellite6", "papermill6") and ROUND130_GENERATORS is GENERATORS
    check_registered(130, ROUND130, GENERATORS)


def test_round130_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND130] == [4, 4, 6, 6]
    for name in ROUND130:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND130)
def test_round130_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND130)
def test_round130_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round130_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("soybean4", "cheddar4") and set(NEIGHBOURS) == set(ROUND130)
    assert NEIGHBOURS["soybean4"] is SOYBEAN_NEIGHBOURS and NEIGHBOURS["cheddar4"] is CHEDDAR_NEIGHBOURS
    assert NEIGHBOURS["satellite6"] is SATELLITE_NEIGHBOURS and NEIGHBOURS["papermill6"] is PAPERMILL_NEIGHBOURS
    assert len(SOYBEAN_CLASSES) == len(SOYBEAN_ROWS) == len(SOYBEAN_LIMITS) == 4 and SOYBEAN_LIMITS.shape == (4, 6)
    assert np.all(SOYBEAN_LIMITS[1:] >= SOYBEAN_LIMITS[:-1])  # looser down; a lot within none is not kept
    assert list(SOYBEAN_LIMITS[:, 0]) == [-56, -54, -52, -49] and list(SOYBEAN_LIMITS[:, 4]) == [10, 20, 30, 40]
    assert list(SOYBEAN_LIMITS[:, 1]) == [0.2, 0.5, 1, 3] and list(SOYBEAN_LIMITS[:, 2]) == [2, 3, 5, 8]
    assert len(CHEDDAR_CLASSES) == len(CHEDDAR_ROWS) == len(CHEDDAR_LIMITS) == 4 and CHEDDAR_LIMITS.shape == (4, 4)
    assert np.all(CHEDDAR_LIMITS[1:] >= CHEDDAR_LIMITS[:-1]) and list(-CHEDDAR_LIMITS[:, 0]) == [9.5, 8.5, 7.5, 6]
    assert len(SOYBEAN_GRADING) == 2 and len(CHEDDAR_GRADING) == 2
    assert len(SATELLITE_CLASSES) == len(SATELLITE_ROWS) == len(SATELLITE_TABLE) == 6
    assert len(PAPERMILL_CLASSES) == len(PAPERMILL_ROWS) == len(PAPERMILL_TABLE) == 6
    assert SATELLITE_TABLE.shape[1] == 13 and PAPERMILL_TABLE.shape[1] == 13
    for table in (SATELLITE_ORBIT, SATELLITE_PHASE, SATELLITE_FOUND, PAPERMILL_GRADE, PAPERMILL_WHERE, PAPERMILL_LOOK):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmin(SATELLITE_TABLE[:, 2]) == 0 and np.argmax(SATELLITE_TABLE[:, 5]) == 1  # bus voltage; attitude
    assert np.argmax(SATELLITE_TABLE[:, 7]) == 2 and np.argmax(SATELLITE_TABLE[:, 8]) == 3  # firings; amplifiers
    assert np.argmax(SATELLITE_TABLE[:, 9]) == 4 and np.argmax(SATELLITE_TABLE[:, 10]) == 5  # hottest unit; resets
    assert np.argmax(PAPERMILL_TABLE[:, 2]) == 0 and np.argmax(PAPERMILL_TABLE[:, 4]) == 1  # consistency; felts
    assert np.argmax(PAPERMILL_TABLE[:, 6]) == 2 and np.argmax(PAPERMILL_TABLE[:, 9]) == 3  # steam; pickup
    assert np.argmax(PAPERMILL_TABLE[:, 10]) == 4 and np.argmax(PAPERMILL_TABLE[:, 11]) == 5  # nip load; tension


@pytest.mark.parametrize("name", ROUND130)
def test_round130_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"soybean4": (0.438, 0.538), "cheddar4": (0.477, 0.577), "satellite6": (0.664, 0.764),
                 "papermill6": (0.627, 0.727)}[name]  # as measured (seed 0): 48.8, 52.7, 71.4, 67.7 %
    assert low < mlp.score(b, yb) < high


def test_soybean4_the_elevator_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("soybean4")
    assert np.all(np.diff(median[11]) < 0) and np.all(np.diff(median[10]) > 0)  # the meter's test weight; screenings
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[2]) > 0)  # the probe's temperature; harvest day
    x, y = set_data("soybean4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 12]) > 0) and np.all(np.diff(means[:, 4]) > 0)  # splits by eye; days stored
    assert np.all(np.diff(means[:, 6]) < 0) and np.all(np.diff(means[:, 1]) > 0)  # NIR protein; dried on the farm
    transfers = np.array([np.mean(x[y == c, 0] == 2) for c in range(4)])
    assert np.all(np.diff(transfers) > 0) and transfers[0] < 0.1  # another elevator's transfer: the handling
    true, pred, wrong = knn_errors("soybean4")
    assert 0.541 < wrong.mean() < 0.551 and 0.76 < share_between(true, pred, SOYBEAN_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, 0, 1) > 0.27 and share_pair(true, pred, 1, 2) > 0.23
    assert share_pair(true, pred, 2, 3) > 0.2 and share_pair(true, pred, 1, 3) > 0.06
    rates = class_error_rates("soybean4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_cheddar4_the_lab_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("cheddar4")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) > 0)  # leakers; the colour's spread
    assert np.all(np.diff(median[12]) > 0) and np.all(np.diff(median[8]) < 0)  # coliforms; salt in moisture
    assert np.all(np.diff(median[3, :3]) > 0) and median[3, 3] > median[3, 0] + 30  # cell counts (C's ties B's)
    assert median[10, 0] > median[10, 3] + 0.15  # pH at 7 days: a fast vat
    assert np.ptp(median[7]) < 0.1  # the fat in dry matter carries nothing
    x, y = set_data("cheddar4")
    starters = np.array([np.mean(x[y == c, 1] == 1) for c in range(4)])
    bought = np.array([np.mean(x[y == c, 0] == 1) for c in range(4)])
    assert np.argmax(starters) == 3 and np.all(np.diff(bought) > 0)  # a bulk starter; milk bought in
    true, pred, wrong = knn_errors("cheddar4")
    assert 0.521 < wrong.mean() < 0.531 and 0.77 < share_between(true, pred, CHEDDAR_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, 0, 1) > 0.33 and share_pair(true, pred, 1, 2) > 0.23
    assert share_pair(true, pred, 2, 3) > 0.16 and share_pair(true, pred, 0, 2) > 0.09
    rates = class_error_rates("cheddar4")
    assert np.argmax(rates) == 2 and set(np.argsort(rates)[:2]) == {0, 3}


def test_satellite6_telemetry_follows_the_subsystem_and_errors_fall_mostly_between_confused_ones():
    power, attitude, propulsion, payload, thermal, computer = range(6)
    median = class_medians("satellite6")
    assert np.argmin(median[5]) == power and np.argmin(median[7]) == power  # bus voltage; array current
    assert np.argmax(median[8]) == attitude and np.argmax(median[9]) == attitude  # attitude error; wheels
    assert np.argmax(median[10]) == propulsion and np.argmax(median[11]) == payload  # firings; amplifiers
    assert np.argmax(median[12]) == thermal and np.argmax(median[6]) == thermal  # hottest unit; battery
    assert np.argmax(median[14]) == computer and np.argmax(median[15]) == computer  # memory errors; Kp
    assert np.argmax(median[3]) == thermal and np.argmin(median[3]) == computer  # the craft's age
    x, y = set_data("satellite6")
    found = np.array([[np.mean(x[y == c, 2] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 1, 0, 2, 0, 1]
    phases = np.array([[np.mean(x[y == c, 1] == k) for k in range(4)] for c in range(6)])
    assert np.argmax(phases[:, 2]) == propulsion and np.argmax(phases[:, 3]) == payload  # manoeuvre; reconfiguration
    true, pred, wrong = knn_errors("satellite6")
    assert 0.363 < wrong.mean() < 0.373 and 0.73 < share_between(true, pred, SATELLITE_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, attitude, propulsion) > 0.15 and share_pair(true, pred, power, thermal) > 0.13
    assert share_pair(true, pred, power, payload) > 0.09 and share_pair(true, pred, attitude, computer) > 0.08
    rates = class_error_rates("satellite6")
    assert np.argmax(rates) == propulsion and np.argmin(rates) == attitude


def test_papermill6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    headbox, press, dryer, size_press, calender, reel = range(6)
    median = class_medians("papermill6")
    assert np.argmax(median[5]) == headbox and np.argmin(median[6]) == headbox  # consistency; retention
    assert np.argmax(median[7]) == press and np.argmin(median[8]) == press  # felts' days; dryness after the press
    assert np.argmax(median[9]) == dryer and np.argmax(median[10]) == dryer  # steam; fabrics' days
    assert np.argmax(median[12]) == size_press and np.argmax(median[13]) == calender  # pickup; nip load
    assert np.argmax(median[14]) == reel and np.argmax(median[3]) == reel  # tension; speed
    assert np.argmin(median[15]) == headbox  # the hours since the last break
    x, y = set_data("papermill6")
    where = np.array([[np.mean(x[y == c, 1] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(where, 1)) == [2, 1, 2, 3, 4, 5]  # the forming's breaks show downstream
    looks = np.array([[np.mean(x[y == c, 2] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(looks, 1)) == [0, 3, 1, 3, 2, 1]
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == size_press  # coated grades
    true, pred, wrong = knn_errors("papermill6")
    assert 0.368 < wrong.mean() < 0.378 and 0.70 < share_between(true, pred, PAPERMILL_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, headbox, press) > 0.13 and share_pair(true, pred, calender, reel) > 0.12
    assert share_pair(true, pred, dryer, size_press) > 0.09 and share_pair(true, pred, headbox, dryer) > 0.08
    rates = class_error_rates("papermill6")
    assert np.argmax(rates) == size_press and np.argmin(rates) == reel
