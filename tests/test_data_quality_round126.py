"""Round 126's held-out noisy-label sets (``benchmarks/data_quality_round126.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round126`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: onion4 (its baseline errs on 47.3 %: the aim missed, kept and said; MLP 68.8 % test with seed 0, after
its one change), cucumber4 (39.7 %; 77.0 %), milkrobot6 (33.9 %; 69.7 %) and canallock6 (32.1 %; 69.0 %). The MLP
is fitted once per set (one parametrized test); the pools are 200,000 lots (the graded sets), each built twice in a
session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round126 import (CUCUMBER_CLASSES, CUCUMBER_GRADING, CUCUMBER_LIMITS,
                                              CUCUMBER_NEIGHBOURS, CUCUMBER_ROWS, GENERATORS, LOCK_CLASSES,
                                              LOCK_COMPLAINT, LOCK_GATES, LOCK_NEIGHBOURS, LOCK_ROWS, LOCK_SOURCE,
                                              LOCK_TABLE, MILKROBOT_CALL, MILKROBOT_CLASSES, MILKROBOT_MAKE,
                                              MILKROBOT_NEIGHBOURS, MILKROBOT_ROWS, MILKROBOT_TABLE,
                                              MILKROBOT_TRAFFIC, NEIGHBOURS, ONION_CLASSES, ONION_GRADING,
                                              ONION_LIMITS, ONION_NEIGHBOURS, ONION_ROWS, ORDERED, ROUND126,
                                              ROUND126_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "onion4": [0.0, 1.0, 229.0, 32.0, 4.2, 106.0, 2.5, 66.0, 60.0, 2.3, 75.0, 11.8, 2.0],
    "cucumber4": [0.0, 0.0, 2.0, 216.0, 2.0, 14.8, 6.5, 1.0, 8.9, 0.0, 82.5, 48.8, 9.1, 1.0],
    "milkrobot6": [0.0, 1.0, 4.0, 6.0, 53.0, 2.7, 26.0, 9.4, 2.2, 0.3, 257.0, 32.2, 5.4, 67.7, 71.0],
    "canallock6": [0.0, 1.0, 6.0, 22.3, 10.3, 116.0, 211.0, 9.7, 10.6, 2.0, 2.1, 6.0, 154.0, 9.0],
}


def test_round126_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND126 == ("onion4", "cucumber4", "milkrobot6", "canallock6") and ROUND126_GENERATORS is GENERATORS
    check_registered(126, ROUND126, GENERATORS)


def test_round126_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND126] == [4, 4, 6, 6]
    for name in ROUND126:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND126)
def test_round126_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND126)
def test_round126_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round126_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("onion4", "cucumber4") and set(NEIGHBOURS) == set(ROUND126)
    assert NEIGHBOURS["onion4"] is ONION_NEIGHBOURS and NEIGHBOURS["cucumber4"] is CUCUMBER_NEIGHBOURS
    assert NEIGHBOURS["milkrobot6"] is MILKROBOT_NEIGHBOURS and NEIGHBOURS["canallock6"] is LOCK_NEIGHBOURS
    assert len(ONION_CLASSES) == len(ONION_ROWS) == len(ONION_LIMITS) == 4 and ONION_LIMITS.shape == (4, 8)
    assert len(CUCUMBER_CLASSES) == len(CUCUMBER_ROWS) == len(CUCUMBER_LIMITS) == 4 and CUCUMBER_LIMITS.shape == (4, 5)
    for limits in (ONION_LIMITS, CUCUMBER_LIMITS):
        assert np.all(np.diff(limits, axis=0) >= 0)  # looser down; a lot within none is not kept
    assert list(ONION_LIMITS[:, 3]) == [5] * 4 and list(ONION_LIMITS[:, 5]) == [2] * 4  # 5 % defects, 2 % decay
    assert list(ONION_LIMITS[:2, 4]) == [10, 10] and list(ONION_LIMITS[:, 1]) == [5, 5, 100, 100]  # peeling; No. 1
    assert list(CUCUMBER_LIMITS[:, 1]) == [10, 50, 100, 100]  # Extra No. 1: at least half the lot U.S. Fancy
    assert len(ONION_GRADING) == 2 and len(CUCUMBER_GRADING) == 2
    assert len(MILKROBOT_CLASSES) == len(MILKROBOT_ROWS) == len(MILKROBOT_TABLE) == 6 and MILKROBOT_TABLE.shape[1] == 12
    assert len(LOCK_CLASSES) == len(LOCK_ROWS) == len(LOCK_TABLE) == 6 and LOCK_TABLE.shape[1] == 11
    for table in (MILKROBOT_MAKE, MILKROBOT_TRAFFIC, MILKROBOT_CALL, LOCK_GATES, LOCK_SOURCE, LOCK_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(MILKROBOT_TABLE[:, 2]) == 0 and np.argmax(MILKROBOT_TABLE[:, 3]) == 1  # attachments; attach time
    assert np.argmax(MILKROBOT_TABLE[:, 6]) == 2 and np.argmax(MILKROBOT_TABLE[:, 9]) == 3  # vacuum; conductivity
    assert np.argmin(MILKROBOT_TABLE[:, 10]) == 4 and np.argmax(MILKROBOT_TABLE[:, 11]) == 5  # wash; liners' days
    assert np.argmax(LOCK_TABLE[:, 2]) == 0 and np.argmax(LOCK_TABLE[:, 4]) == 1  # cycle time; level drop
    assert np.argmax(LOCK_TABLE[:, 5]) == 2 and np.argmax(LOCK_TABLE[:, 6]) == 3  # fill time; fault codes
    assert np.argmax(LOCK_TABLE[:, 7]) == 4 and np.argmax(LOCK_TABLE[:, 10]) == 5  # level difference; silt


@pytest.mark.parametrize("name", ROUND126)
def test_round126_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"onion4": (0.638, 0.738), "cucumber4": (0.72, 0.82), "milkrobot6": (0.647, 0.747),
                 "canallock6": (0.64, 0.74)}[name]  # as measured (seed 0): 68.8, 77.0, 69.7, 69.0 %
    assert low < mlp.score(b, yb) < high


def test_onion4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("onion4")
    assert np.all(np.diff(median[5]) > 5) and np.all(np.diff(median[11]) > 2)  # days stored; the cull-out
    assert np.all(np.diff(median[10]) < 0) and np.argmin(median[12]) == 0  # firmness; Export's fewest sprouted
    x, y = set_data("onion4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.ptp(means[:, 2]) < 1.5 and np.ptp(means[:, 7]) < 1.5  # the harvest day and the humidity hardly differ
    true, pred, wrong = knn_errors("onion4")
    assert 0.468 < wrong.mean() < 0.478 and 0.77 < share_between(true, pred, ONION_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 0, 1) > 0.26
    assert share_pair(true, pred, 2, 3) > 0.12 and share_pair(true, pred, 0, 2) > 0.1
    rates = class_error_rates("onion4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_cucumber4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("cucumber4")
    assert np.all(np.diff(median[12]) > 2) and np.argmax(median[10]) == 0  # the cull-out; the camera's dark green
    assert np.argmin(median[10]) == 2  # U.S. No. 1: less than half the lot well coloured enough for U.S. Fancy
    x, y = set_data("cucumber4")
    protected = [np.mean(x[y == c, 1] == 1) for c in range(4)]
    assert np.argmax(protected) == 0 and protected[0] > 0.45
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.ptp(means[:, 8]) < 0.3 and np.ptp(means[:, 11]) < 1.5  # the store's temperature; the mean diameter
    true, pred, wrong = knn_errors("cucumber4")
    assert 0.392 < wrong.mean() < 0.402 and 0.82 < share_between(true, pred, CUCUMBER_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, 0, 1) > 0.32 and share_pair(true, pred, 2, 3) > 0.23
    assert share_pair(true, pred, 1, 2) > 0.22 and share_pair(true, pred, 1, 3) > 0.07
    rates = class_error_rates("cucumber4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 2


def test_milkrobot6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    camera, arm, vacuum, meter, cip, liners = range(6)
    median = class_medians("milkrobot6")
    assert np.argmax(median[5]) == camera and np.argmax(median[6]) == arm  # failed attachments; attach time
    assert np.argmax(median[7]) == vacuum and np.argmax(median[9]) == vacuum  # incomplete milkings; the vacuum test
    assert np.argmax(median[12]) == meter and np.argmax(median[11]) == cip  # conductivity alerts; bacteria
    assert np.argmin(median[13]) == cip and np.argmax(median[10]) == liners  # the wash's temperature; cell count
    assert np.argmax(median[14]) == liners  # the liners' days
    x, y = set_data("milkrobot6")
    calls = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(calls, 1)) == [0, 0, 1, 4, 3, 1]  # the arm: failed attachments, then stops
    true, pred, wrong = knn_errors("milkrobot6")
    assert 0.334 < wrong.mean() < 0.344 and 0.74 < share_between(true, pred, MILKROBOT_NEIGHBOURS) < 0.8
    assert share_pair(true, pred, camera, arm) > 0.2 and share_pair(true, pred, vacuum, liners) > 0.1
    assert share_pair(true, pred, meter, cip) > 0.1 and share_pair(true, pred, camera, liners) > 0.08
    rates = class_error_rates("milkrobot6")
    assert np.argmax(rates) == liners and np.argmin(rates) == meter


def test_canallock6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    hydraulics, seals, valves, plc, sensors, debris = range(6)
    median = class_medians("canallock6")
    assert np.argmax(median[5]) == hydraulics and np.argmin(median[6]) == hydraulics  # cycle time; pressure
    assert np.argmax(median[7]) == seals and np.argmax(median[3]) == seals  # level drop; years since overhaul
    assert np.argmax(median[8]) == valves and np.argmax(median[9]) == plc  # fill time; fault codes
    assert np.argmax(median[10]) == sensors and np.argmax(median[11]) == sensors  # level difference; limit switches
    assert np.argmax(median[12]) == debris and np.argmax(median[13]) == debris  # river flow; silt
    x, y = set_data("canallock6")
    complaints = np.array([[np.mean(x[y == c, 2] == k) for k in range(7)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [1, 2, 3, 4, 5, 0]
    true, pred, wrong = knn_errors("canallock6")
    assert 0.316 < wrong.mean() < 0.326 and 0.71 < share_between(true, pred, LOCK_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, plc, sensors) > 0.12 and share_pair(true, pred, hydraulics, seals) > 0.1
    assert share_pair(true, pred, hydraulics, valves) > 0.1 and share_pair(true, pred, seals, debris) > 0.1
    rates = class_error_rates("canallock6")
    assert np.argmax(rates) == debris and np.argmin(rates) == hydraulics
