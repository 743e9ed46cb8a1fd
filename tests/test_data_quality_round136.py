"""Round 136's held-out noisy-label sets (``benchmarks/data_quality_round136.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round136`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: strawberry4 (its baseline errs on 43.4 % after its one change: the baseline's aim missed, kept and said;
MLP 69.5 % test with seed 0), spinach4 (39.3 % after its one change; 72.0 %), brewery6 (34.9 %; 69.5 %) and
hydropower6 (34.3 %; 72.5 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round136 import (BREWERY_CLASSES, BREWERY_FOUND, BREWERY_NEIGHBOURS, BREWERY_PACKAGE,
                                              BREWERY_ROWS, BREWERY_SHIFT, BREWERY_TABLE, GENERATORS, HYDRO_CLASSES,
                                              HYDRO_FOUND, HYDRO_NEIGHBOURS, HYDRO_ROWS, HYDRO_SEASON, HYDRO_TABLE,
                                              HYDRO_UNIT, NEIGHBOURS, ORDERED, ROUND136, ROUND136_GENERATORS, SHAPES,
                                              SPINACH_CLASSES, SPINACH_GRADING, SPINACH_LIMITS, SPINACH_NEIGHBOURS,
                                              SPINACH_ROWS, STRAWBERRY_CLASSES, STRAWBERRY_GRADING,
                                              STRAWBERRY_LIMITS, STRAWBERRY_NEIGHBOURS, STRAWBERRY_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "strawberry4": [3.0, 1.0, 2.0, 22.0, 5.0, 0.0, 26.8, 2.5, 15.0, 15.3, 14.1, 2.25, 0.5],
    "spinach4": [0.0, 1.0, 0.0, 48.0, 0.0, 16.2, 2.3, 50.0, 3.7, 4.9, 54.5, 19.5, 0.24],
    "brewery6": [1.0, 0.0, 1.0, 97.0, 42.0, 4.0, 5.0, 3.0, 35.0, 37.0, 7.5, 26.2, 94.0, 5.0, 66.0, 29.0],
    "hydropower6": [0.0, 0.0, 0.0, 87.0, 40.4, 0.66, 89.0, 69.2, 189.0, 74.6, 1.6, 51.1, 100.0, 105.0, 1.0, 9.6],
}


def test_round136_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND136 == ("strawberry4", "spinach4", "brewery6", "hydropower6") and ROUND136_GENERATORS is GENERATORS
    check_registered(136, ROUND136, GENERATORS)


def test_round136_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND136] == [4, 4, 6, 6]
    for name in ROUND136:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND136)
def test_round136_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND136)
def test_round136_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round136_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("strawberry4", "spinach4") and set(NEIGHBOURS) == set(ROUND136)
    assert NEIGHBOURS["strawberry4"] is STRAWBERRY_NEIGHBOURS and NEIGHBOURS["spinach4"] is SPINACH_NEIGHBOURS
    assert NEIGHBOURS["brewery6"] is BREWERY_NEIGHBOURS and NEIGHBOURS["hydropower6"] is HYDRO_NEIGHBOURS
    assert len(STRAWBERRY_CLASSES) == len(STRAWBERRY_ROWS) == len(STRAWBERRY_LIMITS) == 4
    assert STRAWBERRY_LIMITS.shape == (4, 4) and np.all(STRAWBERRY_LIMITS[3] == 100)  # the culls take any lot
    assert list(STRAWBERRY_LIMITS[0]) == [10, 5, 2, 5] and list(STRAWBERRY_LIMITS[1]) == [20, 10, 2, 5]
    assert list(STRAWBERRY_LIMITS[2]) == [10, 10, 3, 5]  # No. 2's first share counted at its own level
    assert len(SPINACH_CLASSES) == len(SPINACH_ROWS) == len(SPINACH_LIMITS) == 4 and SPINACH_LIMITS.shape == (4, 3)
    assert np.all(SPINACH_LIMITS[1:] >= SPINACH_LIMITS[:-1]) and list(SPINACH_LIMITS[:3, 0]) == [5, 10, 20]
    assert np.all(SPINACH_LIMITS[:3, 2] == 1) and np.all(SPINACH_LIMITS[3] == 100)
    assert len(STRAWBERRY_GRADING) == 2 and len(SPINACH_GRADING) == 2
    assert len(BREWERY_CLASSES) == len(BREWERY_ROWS) == len(BREWERY_TABLE) == 6
    assert len(HYDRO_CLASSES) == len(HYDRO_ROWS) == len(HYDRO_TABLE) == 6
    assert BREWERY_TABLE.shape[1] == 13 and HYDRO_TABLE.shape[1] == 13
    for table in (BREWERY_FOUND, BREWERY_PACKAGE, BREWERY_SHIFT, HYDRO_FOUND, HYDRO_SEASON, HYDRO_UNIT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(BREWERY_TABLE[:, 5]) == 0 and np.argmax(BREWERY_TABLE[:, 3]) == 1  # washer's rejects; low fills
    assert np.argmax(BREWERY_TABLE[:, 4]) == 2 and np.argmax(BREWERY_TABLE[:, 7]) == 3  # crown rejects; PU
    assert np.argmax(BREWERY_TABLE[:, 6]) == 4 and np.argmax(BREWERY_TABLE[:, 9]) == 5  # label rejects; tables
    assert np.argmax(HYDRO_TABLE[:, 2]) == 0 and np.argmax(HYDRO_TABLE[:, 5]) == 1  # racks' differential; vibration
    assert np.argmax(HYDRO_TABLE[:, 6]) == 2 and np.argmax(HYDRO_TABLE[:, 9]) == 3  # stator's heat; gases
    assert np.argmin(HYDRO_TABLE[:, 10]) == 4 and np.argmax(HYDRO_TABLE[:, 11]) == 5  # cooling flow; alarms


@pytest.mark.parametrize("name", ROUND136)
def test_round136_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"strawberry4": (0.645, 0.745), "spinach4": (0.67, 0.77), "brewery6": (0.645, 0.745),
                 "hydropower6": (0.675, 0.775)}[name]  # as measured (seed 0): 69.5, 72.0, 69.5, 72.5 %
    assert low < mlp.score(b, yb) < high


def test_strawberry4_the_cooler_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("strawberry4")
    assert np.all(np.diff(median[3]) >= 0) and median[3, 3] > median[3, 1]  # later in the season
    assert np.all(np.diff(median[6]) > 0) and np.all(np.diff(median[7]) > 0)  # the heat; the hours to cooling
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[9]) > 0)  # the pulp; the berries off No. 1
    assert median[10, 3] < median[10, 2] < median[10, 0] and np.argmin(median[11]) == 3  # smaller; softer culls
    assert np.all(np.diff(median[12]) > 0) and median[5, 3] > median[5, 0]  # leaking clamshells; the rain
    true, pred, wrong = knn_errors("strawberry4")
    assert 0.429 < wrong.mean() < 0.439 and 0.82 < share_between(true, pred, STRAWBERRY_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, 0, 1) > 0.37 and share_pair(true, pred, 1, 2) > 0.2
    assert share_pair(true, pred, 2, 3) > 0.2
    rates = class_error_rates("strawberry4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0


def test_spinach4_the_packing_shed_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("spinach4")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[5]) > 0)  # older plants; the heat
    assert np.all(np.diff(median[7]) < 0) and np.all(np.diff(median[8]) > 0)  # weaker chlorine; warmer pulp
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[10]) < 0)  # plants off grade; paler leaves
    assert np.all(np.diff(median[11]) > 0) and np.all(np.diff(median[12]) > 0)  # longer stalks; decay
    x, y = set_data("spinach4")
    assert np.all(np.diff([np.mean(x[y == c, 1] == 0) for c in range(4)]) > 0)  # the savoy leaf's soil
    true, pred, wrong = knn_errors("spinach4")
    assert 0.388 < wrong.mean() < 0.398 and 0.87 < share_between(true, pred, SPINACH_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 0, 1) > 0.38 and share_pair(true, pred, 1, 2) > 0.25
    assert share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("spinach4")
    assert np.argmin(rates) == 0


def test_brewery6_line_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    washer, filler, crowner, pasteuriser, labeller, packer = range(6)
    median = class_medians("brewery6")
    assert np.argmax(median[4]) == pasteuriser and np.argmin(median[4]) == labeller  # the longest, shortest stops
    assert np.argmax(median[6]) == filler and np.argmax(median[7]) == crowner  # low fills; crown rejects
    assert np.argmax(median[8]) == washer and np.argmax(median[9]) == labeller  # empty bottle; label rejects
    assert np.argmax(median[10]) == pasteuriser and np.argmax(median[11]) == pasteuriser  # PU off; warm bottles
    assert np.argmin(median[12]) == washer and np.argmax(median[12]) == labeller  # the accumulation tables
    assert np.argmin(median[3]) == packer and np.argmax(median[13]) == filler  # the slowest line; broken bottles
    x, y = set_data("brewery6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert np.argmax(found[:, 3]) == pasteuriser and np.argmax(found[:, 1]) == packer  # the round; a call
    assert np.argmax(found[:, 2]) == crowner  # the inspectors' rejects
    assert np.argmax([np.mean(x[y == c, 1] == 0) for c in range(6)]) == washer  # the returnable bottle
    assert np.argmin([np.mean(x[y == c, 1] == 2) for c in range(6)]) == labeller  # hardly ever the can
    true, pred, wrong = knn_errors("brewery6")
    assert 0.344 < wrong.mean() < 0.354 and 0.73 < share_between(true, pred, BREWERY_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, washer, filler) > 0.16 and share_pair(true, pred, labeller, packer) > 0.11
    assert share_pair(true, pred, filler, crowner) > 0.11
    rates = class_error_rates("brewery6")
    assert np.argmin(rates) == washer


def test_hydropower6_scada_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    intake, turbine, generator, transformer, cooling, protection = range(6)
    median = class_medians("hydropower6")
    assert np.argmin(median[3]) == intake and np.argmin(median[4]) == intake  # the lowest load and head
    assert np.argmax(median[5]) == intake and np.argmax(median[6]) == intake  # racks' differential; widest gates
    assert np.argmin(median[6]) == turbine and np.argmax(median[7]) == turbine  # narrowest gates; guide bearing
    assert np.argmax(median[8]) == turbine and np.argmax(median[9]) == generator  # vibration; stator's heat
    assert np.argmax(median[10]) == generator and np.argmax(median[11]) == transformer  # field current; top oil
    assert np.argmax(median[12]) == transformer and np.argmin(median[13]) == cooling  # gases; cooling flow
    assert np.argmax(median[14]) == protection and np.argmax(median[15]) == transformer  # alarms; the longest
    assert np.argmin(median[15]) == protection  # the shortest outages
    x, y = set_data("hydropower6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert np.argmax(found[:, 0]) == transformer and np.argmax(found[:, 2]) == intake  # a trip; the round
    assert np.argmax([np.mean(x[y == c, 1] == 0) for c in range(6)]) == intake  # the spring's high flows
    true, pred, wrong = knn_errors("hydropower6")
    assert 0.338 < wrong.mean() < 0.348 and 0.78 < share_between(true, pred, HYDRO_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, turbine, protection) > 0.13 and share_pair(true, pred, turbine, generator) > 0.11
    rates = class_error_rates("hydropower6")
    assert np.argmax(rates) == protection and np.argmin(rates) == intake
