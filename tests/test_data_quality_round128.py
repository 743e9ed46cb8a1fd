"""Round 128's held-out noisy-label sets (``benchmarks/data_quality_round128.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round128`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: beef4 (its baseline errs on 38.9 %; MLP 68.8 % test with seed 0), pecan4 (44.3 %: the baseline's aim
missed after its one change, kept and said; 68.4 %), locomotive6 (35.1 %; 70.8 %) and ferry6 (36.3 %; 67.9 %). The
MLP is fitted once per set (one parametrized test); the pools are 200,000 carcasses or lots (the graded sets), each
built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round128 import (BEEF_CLASSES, BEEF_GRADING, BEEF_LIMITS, BEEF_NEIGHBOURS, BEEF_ROWS,
                                              FERRY_CLASSES, FERRY_EVENT, FERRY_NEIGHBOURS, FERRY_ROWS, FERRY_SOURCE,
                                              FERRY_TABLE, FERRY_VESSEL, GENERATORS, LOCOMOTIVE_CLASSES,
                                              LOCOMOTIVE_MODEL, LOCOMOTIVE_NEIGHBOURS, LOCOMOTIVE_REPORT,
                                              LOCOMOTIVE_ROWS, LOCOMOTIVE_TABLE, LOCOMOTIVE_TRAIN, NEIGHBOURS,
                                              ORDERED, PECAN_CLASSES, PECAN_GRADING, PECAN_LIMITS, PECAN_NEIGHBOURS,
                                              PECAN_ROWS, ROUND128, ROUND128_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "beef4": [1.0, 0.0, 3.0, 178.0, 13.6, 425.3, 87.8, 1.23, 1.6, 34.0, 439.0, 31.4, 6.03],
    "pecan4": [3.0, 2.0, 63.0, 3.0, 0.0, 72.0, 2.3, 4.3, 48.0, 62.6, 0.2, 43.9, 2.8],
    "locomotive6": [0.0, 2.0, 0.0, 216.6, 20.3, 27.4, 6.0, 9.0, 2.5, 77.1, 85.0, 61.3, 50.0, 59.2],
    "ferry6": [1.0, 1.0, 4.0, 7.6, 34.3, 11.2, 5.0, 21.6, 0.0, 21.0, 4.0, 5.9, 9.0, 151.0],
}


def test_round128_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND128 == ("beef4", "pecan4", "locomotive6", "ferry6") and ROUND128_GENERATORS is GENERATORS
    check_registered(128, ROUND128, GENERATORS)


def test_round128_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND128] == [4, 4, 6, 6]
    for name in ROUND128:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND128)
def test_round128_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND128)
def test_round128_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round128_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("beef4", "pecan4") and set(NEIGHBOURS) == set(ROUND128)
    assert NEIGHBOURS["beef4"] is BEEF_NEIGHBOURS and NEIGHBOURS["pecan4"] is PECAN_NEIGHBOURS
    assert NEIGHBOURS["locomotive6"] is LOCOMOTIVE_NEIGHBOURS and NEIGHBOURS["ferry6"] is FERRY_NEIGHBOURS
    assert len(BEEF_CLASSES) == len(BEEF_ROWS) == len(BEEF_LIMITS) == 4 and BEEF_LIMITS.shape == (4, 3)
    assert list(BEEF_LIMITS[:, 0]) == [700, 400, 300, 100] and BEEF_LIMITS[1, 1] == 500  # A-maturity lines; B Choice
    assert np.isinf(BEEF_LIMITS[2, 1]) and BEEF_LIMITS[2, 2] == 199  # Select: A maturity only
    assert len(PECAN_CLASSES) == len(PECAN_ROWS) == len(PECAN_LIMITS) == 4 and PECAN_LIMITS.shape == (4, 6)
    assert np.all(np.diff(PECAN_LIMITS, axis=0) >= 0)  # looser down; a lot within none is not kept
    assert list(PECAN_LIMITS[:, 5]) == [6] * 4 and list(PECAN_LIMITS[:, 2]) == [10, 10, 10, 100]  # moisture; shells
    assert len(BEEF_GRADING) == 2 and len(PECAN_GRADING) == 2
    assert len(LOCOMOTIVE_CLASSES) == len(LOCOMOTIVE_ROWS) == len(LOCOMOTIVE_TABLE) == 6
    assert len(FERRY_CLASSES) == len(FERRY_ROWS) == len(FERRY_TABLE) == 6
    assert LOCOMOTIVE_TABLE.shape[1] == 11 and FERRY_TABLE.shape[1] == 11
    for table in (LOCOMOTIVE_MODEL, LOCOMOTIVE_REPORT, LOCOMOTIVE_TRAIN, FERRY_VESSEL, FERRY_SOURCE, FERRY_EVENT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmin(LOCOMOTIVE_TABLE[:, 8]) == 0 and np.argmax(LOCOMOTIVE_TABLE[:, 4]) == 1  # oil; ground trips
    assert np.argmax(LOCOMOTIVE_TABLE[:, 5]) == 2 and np.argmax(LOCOMOTIVE_TABLE[:, 9]) == 3  # slips; pump-up
    assert np.argmax(LOCOMOTIVE_TABLE[:, 7]) == 4 and np.argmin(LOCOMOTIVE_TABLE[:, 10]) == 5  # water; fuel
    assert np.argmax(FERRY_TABLE[:, 4]) == 0 and np.argmax(FERRY_TABLE[:, 5]) == 1  # exhaust spread; pitch
    assert np.argmax(FERRY_TABLE[:, 6]) == 2 and np.argmax(FERRY_TABLE[:, 7]) == 3  # hard-over; trips
    assert np.argmax(FERRY_TABLE[:, 10]) == 4 and np.argmax(FERRY_TABLE[:, 9]) == 5  # door; thruster trips


@pytest.mark.parametrize("name", ROUND128)
def test_round128_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"beef4": (0.638, 0.738), "pecan4": (0.634, 0.734), "locomotive6": (0.658, 0.758),
                 "ferry6": (0.629, 0.729)}[name]  # as measured (seed 0): 68.8, 68.4, 70.8, 67.9 %
    assert low < mlp.score(b, yb) < high


def test_beef4_the_plant_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("beef4")
    assert np.all(np.diff(median[10]) < -80) and np.all(np.diff(median[7]) < -0.1)  # the camera; the fat
    assert np.all(np.diff(median[3]) < 0) and np.ptp(median[9]) == 0  # days on feed; the chill hours
    x, y = set_data("beef4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(means[2:, 12] > means[:2, 12].max() + 0.04)  # the dark cutters: Select's and Standard's pH
    assert np.argmax(means[:, 4]) == 0 and means[3, 4] > means[2, 4] + 1  # the ages: long-fed Prime, B maturity
    breeds = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(4)])
    assert np.argmax(breeds[:, 3]) == 3 and np.argmin(breeds[:, 3]) == 0 and breeds[0, 2] > 0.3  # Brahman; dairy
    true, pred, wrong = knn_errors("beef4")
    assert 0.384 < wrong.mean() < 0.394 and 0.89 < share_between(true, pred, BEEF_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, 2, 3) > 0.38 and share_pair(true, pred, 1, 2) > 0.28
    assert share_pair(true, pred, 0, 1) > 0.17 and share_pair(true, pred, 1, 3) > 0.05
    rates = class_error_rates("beef4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_pecan4_the_sheller_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("pecan4")
    assert np.all(np.diff(median[9]) < 0) and np.all(np.diff(median[10]) > 0)  # the crack test; the air leg
    assert np.all(np.diff(median[11]) < 0) and np.all(np.diff(median[12]) > 0)  # the colour meter; the shells
    assert np.argmin(median[5]) == 0 and np.argmax(median[5]) == 3  # the days in cold storage
    x, y = set_data("pecan4")
    regions = np.array([[np.mean(x[y == c, 1] == k) for k in range(3)] for c in range(4)])
    assert np.all(np.diff(regions[:, 0]) > 0) and np.all(np.diff(regions[:, 2]) < 0)  # the Southeast's scab, rain
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.ptp(means[:, 7]) < 0.15  # the moisture meter: the wet lots are not kept
    true, pred, wrong = knn_errors("pecan4")
    assert 0.438 < wrong.mean() < 0.448 and 0.75 < share_between(true, pred, PECAN_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, 2, 3) > 0.33 and share_pair(true, pred, 1, 2) > 0.22
    assert share_pair(true, pred, 0, 1) > 0.14 and share_pair(true, pred, 0, 2) > 0.08
    rates = class_error_rates("pecan4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_locomotive6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    engine, alternator, traction, brakes, cooling, fuel = range(6)
    median = class_medians("locomotive6")
    assert np.argmin(median[11]) == engine and np.argmin(median[9]) == alternator  # oil; horsepower
    assert np.argmax(median[8]) == traction and np.argmax(median[12]) == brakes  # slips; pump-up
    assert np.argmax(median[10]) == cooling and np.argmin(median[13]) == fuel  # water; fuel pressure
    assert np.argmax(median[5]) == cooling and np.argmin(median[5]) == brakes  # hot days; cold days
    x, y = set_data("locomotive6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 3]) == engine and means[alternator, 7] > 6  # miles; ground trips
    reports = np.array([[np.mean(x[y == c, 1] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(reports, 1)) == [5, 0, 2, 4, 1, 0]  # the alternator's low power, the ground just after
    true, pred, wrong = knn_errors("locomotive6")
    assert 0.346 < wrong.mean() < 0.356 and 0.78 < share_between(true, pred, LOCOMOTIVE_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, engine, cooling) > 0.14 and share_pair(true, pred, alternator, traction) > 0.14
    assert share_pair(true, pred, engine, fuel) > 0.11 and share_pair(true, pred, traction, brakes) > 0.1
    rates = class_error_rates("locomotive6")
    assert np.argmin(rates) == brakes and min(rates[alternator], rates[traction]) > 0.38


def test_ferry6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    engines, propulsion, steering, generators, doors, thrusters = range(6)
    median = class_medians("ferry6")
    assert np.argmax(median[7]) == engines and np.argmax(median[3]) == engines  # exhaust spread; hours
    assert np.argmax(median[8]) == propulsion and np.argmax(median[9]) == steering  # pitch alarms; hard-over
    assert np.argmax(median[10]) == generators and np.argmax(median[11]) == generators  # trips; load sharing
    assert np.argmax(median[13]) == doors and np.argmax(median[12]) == thrusters  # the door; thruster trips
    x, y = set_data("ferry6")
    events = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(events, 1)) == [0, 0, 2, 1, 4, 3]  # propulsion: reduced speed before berthing trouble
    alarms = [np.mean(x[y == c, 1] == 0) for c in range(6)]
    assert np.argmax(alarms) == generators  # a blackout raises the alarm system first
    true, pred, wrong = knn_errors("ferry6")
    assert 0.358 < wrong.mean() < 0.368 and 0.63 < share_between(true, pred, FERRY_NEIGHBOURS) < 0.69
    assert share_pair(true, pred, engines, propulsion) > 0.1 and share_pair(true, pred, doors, thrusters) > 0.1
    assert share_pair(true, pred, propulsion, steering) > 0.1 and share_pair(true, pred, engines, generators) > 0.07
    rates = class_error_rates("ferry6")
    assert np.argmax(rates) == thrusters and np.argmin(rates) == doors
