"""Round 64's held-out noisy-label sets (``benchmarks/data_quality_round64.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round64`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, robotarm6 and outage6 meet the three aims as first written; tread5 after its one change
meets the MLP aim (66.0 % test accuracy, seed 0) and the neighbour aim (85 %) but misses the baseline aim (its
error 54.6 %); sewer5 after its one change meets the neighbour aim (69 %) but misses the MLP aim (55.5 %, seed 0)
and the baseline aim (51.7 %); both kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round64 import (GENERATORS, NEIGHBOURS, ORDERED, OUTAGE_CAUSES, OUTAGE_NEIGHBOURS,
                                             OUTAGE_ROWS, OUTAGE_TABLE, ROBOT_AXES, ROBOT_FAULTS, ROBOT_NEIGHBOURS,
                                             ROBOT_ROWS, ROBOT_TABLE, ROUND64, ROUND64_GENERATORS, SEWER_GRADES,
                                             SEWER_LIMITS, SEWER_NEIGHBOURS, SEWER_ROWS, SHAPES, TREAD_CLASSES,
                                             TREAD_LIMITS, TREAD_NEIGHBOURS, TREAD_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "tread5": [18390.0, 45.0, 400.0, 12.0, 23.0, -4.6, 20.0, 30.0, 23.0, 0.0, 1.0, 0.0, 31.0, 12.6],
    "sewer5": [74.0, 4.0, 220.0, 2.9, 1.0, -2.8, 1.0, 1.0, 2.0, 1.0, 40.0, 2.0, 19.0],
    "robotarm6": [23.1, 4.85, 4.5, 1.1, 58.1, 30.3, 0.0, 0.0, 1.0, 1.0, 4996.0, 80.0, 67.0, 0.1, 2.0],
    "outage6": [4.1, 3.0, 0.0, 1.0, 29.8, 1.0, 64.0, 9.0, 2.0, 16.0, 1.3, 0.0, 5.0, 0.0],
}


def test_round64_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND64 == ("tread5", "sewer5", "robotarm6", "outage6") and ROUND64_GENERATORS is GENERATORS
    check_registered(64, ROUND64, GENERATORS)


def test_round64_covers_5_and_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND64) == [5, 5, 6, 6]
    for name in ROUND64:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND64)
def test_round64_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND64)
def test_round64_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round64_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("tread5", "sewer5") and set(NEIGHBOURS) == set(ROUND64)
    assert NEIGHBOURS["tread5"] is TREAD_NEIGHBOURS and NEIGHBOURS["sewer5"] is SEWER_NEIGHBOURS
    assert NEIGHBOURS["robotarm6"] is ROBOT_NEIGHBOURS and NEIGHBOURS["outage6"] is OUTAGE_NEIGHBOURS
    # the tread depth limits (mm); the structural peak score's grade limits
    assert len(TREAD_CLASSES) == len(TREAD_ROWS) == len(TREAD_LIMITS) + 1 == 5 and TREAD_LIMITS == (1.6, 3, 5, 7)
    assert len(SEWER_GRADES) == len(SEWER_ROWS) == len(SEWER_LIMITS) + 1 == 5 and SEWER_LIMITS == (10, 40, 80, 165)
    assert len(ROBOT_FAULTS) == len(ROBOT_ROWS) == len(ROBOT_TABLE) == 6 and ROBOT_TABLE.shape[1] == 14
    np.testing.assert_allclose(ROBOT_AXES.sum(1), 1)
    assert np.argmax(ROBOT_TABLE[:, 6]) == 0 and np.argmax(ROBOT_TABLE[:, 1]) == 1  # feedback alarms; gear ripple
    assert np.argmax(ROBOT_TABLE[:, 8]) == 2 and np.argmax(ROBOT_TABLE[:, 3]) == 3  # brake tests; intermittent
    assert np.argmax(ROBOT_TABLE[:, 13]) == 4 and np.argmax(ROBOT_TABLE[:, 7]) == 5  # off at the check; overcurrent
    assert len(OUTAGE_CAUSES) == len(OUTAGE_ROWS) == len(OUTAGE_TABLE) == 6 and OUTAGE_TABLE.shape[1] == 14
    assert np.argmax(OUTAGE_TABLE[:, 0]) == 0 and np.argmax(OUTAGE_TABLE[:, 1]) == 1  # the light lost; ONT alarms
    assert np.argmax(OUTAGE_TABLE[:, 6]) == 2 and np.argmax(OUTAGE_TABLE[:, 2]) == 3  # Wi-Fi load; dying gasp
    assert np.argmax(OUTAGE_TABLE[:, 7]) == 4 and np.argmax(OUTAGE_TABLE[:, 13]) == 5  # sessions fail; the port


@pytest.mark.parametrize("name", ROUND64)
def test_round64_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"tread5": (0.61, 0.71), "sewer5": (0.50, 0.61), "robotarm6": (0.66, 0.77),
                 "outage6": (0.78, 0.88)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_tread5_distance_and_wear_factors_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("tread5")
    median = class_medians("tread5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) < 0) and np.all(np.diff(median[1]) < 0)  # distance since fitting; age
    assert np.all(np.diff(means[2]) > 0) and np.all(np.diff(means[3]) < 0)  # the wear rating; harsh braking
    assert np.all(np.diff(means[10]) > 0) and means[9][0] > means[9][4]  # the rear axle; an alignment fault
    true, pred, wrong = knn_errors("tread5")
    assert 0.52 < wrong.mean() < 0.57 and 0.82 < share_between(true, pred, TREAD_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 3, 4) > 0.18
    assert share_pair(true, pred, 2, 3) > 0.17 and share_pair(true, pred, 0, 1) > 0.09
    rates = class_error_rates("tread5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 1


def test_sewer5_age_records_and_the_last_survey_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    x, y = set_data("sewer5")
    median = class_medians("sewer5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(means[2]) > 0)  # age; diameter (older, larger pipes)
    assert np.all(np.diff(means[9]) > 0) and np.all(np.diff(means[11]) > 0)  # repairs; the last survey's grade
    assert means[10][4] > means[10][0] + 8 and means[1][0] > means[1][1:].max()  # length; young plastic pipes
    assert means[8][4] > means[8][0] and means[5][4] > means[5][0]  # blockages; groundwater
    true, pred, wrong = knn_errors("sewer5")
    assert 0.49 < wrong.mean() < 0.55 and 0.66 < share_between(true, pred, SEWER_NEIGHBOURS) < 0.72
    assert share_pair(true, pred, 1, 2) > 0.19 and share_pair(true, pred, 2, 3) > 0.14
    assert share_pair(true, pred, 0, 1) > 0.13 and share_pair(true, pred, 2, 4) > 0.08  # the last two apart
    rates = class_error_rates("sewer5")
    assert np.argmin(rates) == 0 and min(rates[1:]) > 2 * rates[0]


def test_robotarm6_logs_follow_the_fault_and_errors_fall_between_confused_faults():
    encoder, gearbox, brake, harness, collision, amplifier = range(6)
    median = class_medians("robotarm6")
    assert np.argmax(median[6]) == encoder and np.argmax(median[1]) == gearbox  # feedback alarms; gear ripple
    assert np.argmax(median[5]) == brake and np.argmax(median[3]) == harness  # a hot motor; intermittent spikes
    assert np.argmax(median[9]) == collision and np.argmax(median[13]) == collision  # stops; off at the check
    assert np.argmax(median[7]) == amplifier and np.argmax(median[10]) == gearbox  # overcurrent; many cycles
    true, pred, wrong = knn_errors("robotarm6")
    assert 0.32 < wrong.mean() < 0.38 and 0.88 < share_between(true, pred, ROBOT_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, encoder, harness) > 0.25 and share_pair(true, pred, gearbox, collision) > 0.14
    assert share_pair(true, pred, harness, amplifier) > 0.13 and share_pair(true, pred, gearbox, brake) > 0.09
    rates = class_error_rates("robotarm6")
    assert np.argmax(rates) == amplifier and np.argmin(rates) == gearbox


def test_outage6_telemetry_follows_the_cause_and_errors_fall_between_confused_causes():
    cut, ont, router, power, auth, area = range(6)
    median = class_medians("outage6")
    assert np.argmax(median[0]) == cut and np.argmax(median[1]) == ont and np.argmin(median[4]) == ont
    assert np.argmax(median[9]) == router and np.argmax(median[7]) == auth  # reported late; sessions fail
    assert np.argmax(median[2]) == power and np.argmax(median[13]) == area and np.argmax(median[8]) == area
    true, pred, wrong = knn_errors("outage6")
    assert 0.27 < wrong.mean() < 0.32 and 0.77 < share_between(true, pred, OUTAGE_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, router, auth) > 0.14 and share_pair(true, pred, power, area) > 0.11
    assert share_pair(true, pred, cut, area) > 0.11 and share_pair(true, pred, ont, power) > 0.10
    assert share_pair(true, pred, cut, power) > 0.04  # outside the map
    rates = class_error_rates("outage6")
    assert np.argmax(rates) == area and np.argmin(rates) == router
