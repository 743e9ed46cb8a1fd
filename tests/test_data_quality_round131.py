"""Round 131's held-out noisy-label sets (``benchmarks/data_quality_round131.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round131`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: lamb4 (its baseline errs on 33.5 %; MLP 74.4 % test with seed 0), cantaloupe4 (46.4 % after its one
change; 57.9 %: both miss the brief's aims, kept and said), baggage6 (34.6 %; 74.0 %) and drillrig6 (32.9 % after its
one change; 73.6 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 carcasses or lots
(the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round131 import (BAGGAGE_CLASSES, BAGGAGE_FOUND, BAGGAGE_NEIGHBOURS, BAGGAGE_PERIOD,
                                              BAGGAGE_ROWS, BAGGAGE_TABLE, BAGGAGE_WHERE, CANTALOUPE_CLASSES,
                                              CANTALOUPE_GRADING, CANTALOUPE_LIMITS, CANTALOUPE_NEIGHBOURS,
                                              CANTALOUPE_ROWS, DRILLRIG_CLASSES, DRILLRIG_FOUND, DRILLRIG_NEIGHBOURS,
                                              DRILLRIG_OPERATION, DRILLRIG_POWER, DRILLRIG_ROWS, DRILLRIG_TABLE,
                                              GENERATORS, LAMB_CLASSES, LAMB_GRADING, LAMB_LIMITS, LAMB_NEIGHBOURS,
                                              LAMB_ROWS, NEIGHBOURS, ORDERED, ROUND131, ROUND131_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "lamb4": [0.0, 0.0, 6.0, 58.0, 40.3, 13.9, 42.0, 18.2, 64.5, 71.0, 5.69, 24.0, 43.8],
    "cantaloupe4": [0.0, 0.0, 2.0, 16.0, 0.0, 6.0, 9.5, 1.4, 12.0, 10.0, 4.9, 21.2, 42.0],
    "baggage6": [1.0, 0.0, 1.0, 2330.0, 131.0, 20.0, 21.4, 2.51, 6.0, 7.72, 6.0, 0.0, 5.0, 13.0, 4.64, 27.0],
    "drillrig6": [0.0, 0.0, 1.0, 2528.0, 4.9, 10.6, 209.0, 118.5, 70.6, 68.2, 9.3, 9.0, 72.2, 2.0, 19.0, 1.23],
}


def test_round131_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND131 == ("lamb4", "cantaloupe4", "baggage6", "drillrig6") and ROUND131_GENERATORS is GENERATORS
    check_registered(131, ROUND131, GENERATORS)


def test_round131_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND131] == [4, 4, 6, 6]
    for name in ROUND131:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND131)
def test_round131_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND131)
def test_round131_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round131_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("lamb4", "cantaloupe4") and set(NEIGHBOURS) == set(ROUND131)
    assert NEIGHBOURS["lamb4"] is LAMB_NEIGHBOURS and NEIGHBOURS["cantaloupe4"] is CANTALOUPE_NEIGHBOURS
    assert NEIGHBOURS["baggage6"] is BAGGAGE_NEIGHBOURS and NEIGHBOURS["drillrig6"] is DRILLRIG_NEIGHBOURS
    assert len(LAMB_CLASSES) == len(LAMB_ROWS) == len(LAMB_LIMITS) == 4 and LAMB_LIMITS.shape == (4, 2)
    assert np.all(LAMB_LIMITS[1:] >= LAMB_LIMITS[:-1]) and list(-LAMB_LIMITS[:, 1]) == [12, 9, 6, 3]
    assert len(CANTALOUPE_CLASSES) == len(CANTALOUPE_ROWS) == len(CANTALOUPE_LIMITS) == 4
    assert CANTALOUPE_LIMITS.shape == (4, 5) and np.all(CANTALOUPE_LIMITS[1:] >= CANTALOUPE_LIMITS[:-1])
    assert list(CANTALOUPE_LIMITS[:2, 0]) == [-11, -9] and list(CANTALOUPE_LIMITS[:, 4]) == [1, 1, 2, 3]
    assert len(LAMB_GRADING) == 2 and len(CANTALOUPE_GRADING) == 2
    assert len(BAGGAGE_CLASSES) == len(BAGGAGE_ROWS) == len(BAGGAGE_TABLE) == 6
    assert len(DRILLRIG_CLASSES) == len(DRILLRIG_ROWS) == len(DRILLRIG_TABLE) == 6
    assert BAGGAGE_TABLE.shape[1] == 13 and DRILLRIG_TABLE.shape[1] == 13
    for table in (BAGGAGE_WHERE, BAGGAGE_FOUND, BAGGAGE_PERIOD, DRILLRIG_OPERATION, DRILLRIG_POWER, DRILLRIG_FOUND):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(BAGGAGE_TABLE[:, 1]) == 0 and np.argmax(BAGGAGE_TABLE[:, 5]) == 1  # motor current; mis-sorts
    assert np.argmax(BAGGAGE_TABLE[:, 9]) == 2 and np.argmax(BAGGAGE_TABLE[:, 6]) == 3  # carriers out; EDS queue
    assert np.argmax(BAGGAGE_TABLE[:, 4]) == 4 and np.argmax(BAGGAGE_TABLE[:, 7]) == 5  # no-reads; bags lost
    assert np.argmax(DRILLRIG_TABLE[:, 5]) == 0 and np.argmax(DRILLRIG_TABLE[:, 10]) == 1  # torque; pressure alarms
    assert np.argmax(DRILLRIG_TABLE[:, 6]) == 2 and np.argmax(DRILLRIG_TABLE[:, 11]) == 3  # hook load; BOP test days
    assert np.argmax(DRILLRIG_TABLE[:, 8]) == 4 and np.argmax(DRILLRIG_TABLE[:, 9]) == 5  # connections; generators


@pytest.mark.parametrize("name", ROUND131)
def test_round131_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"lamb4": (0.694, 0.794), "cantaloupe4": (0.529, 0.629), "baggage6": (0.69, 0.79),
                 "drillrig6": (0.686, 0.786)}[name]  # as measured (seed 0): 74.4, 57.9, 74.0, 73.6 %
    assert low < mlp.score(b, yb) < high


def test_lamb4_the_plant_measures_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("lamb4")
    assert np.all(np.diff(median[5]) < 0) and np.all(np.diff(median[9]) < 0)  # fat depth; the camera's streakings
    assert np.all(np.diff(median[4]) < 0) and np.all(np.diff(median[7]) < 0)  # carcass weight; ribeye area
    assert np.all(np.diff(median[8]) < 0) and np.all(np.diff(median[6]) < 0)  # leg; body wall
    assert np.ptp(median[10]) < 0.1 and np.ptp(median[11]) == 0  # the pH and the chiller's hours carry nothing
    x, y = set_data("lamb4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 3]) < 0) and np.all(np.diff(means[:, 2]) > 0)  # days on feed; age (maturity)
    meat = np.array([np.mean(x[y == c, 0] == 0) for c in range(4)])
    assert np.all(np.diff(meat) < 0) and np.all(np.diff(means[:, 1]) > 0)  # a meat-breed sire; wethers
    true, pred, wrong = knn_errors("lamb4")
    assert 0.33 < wrong.mean() < 0.34 and share_between(true, pred, LAMB_NEIGHBOURS) > 0.95
    assert share_pair(true, pred, 0, 1) > 0.35 and share_pair(true, pred, 1, 2) > 0.31
    assert share_pair(true, pred, 2, 3) > 0.2
    rates = class_error_rates("lamb4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_cantaloupe4_the_shed_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("cantaloupe4")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[7]) < 0)  # days since the first harvest; weight
    assert np.all(np.diff(median[11]) > 0) and median[9, 3] > median[9, 2] > median[9, 0]  # cull rate; decay culls
    assert median[6, 0] > median[6, 1] + 1 and median[6, 1] > median[6, 3]  # the shed's Brix (Commercial's ties No. 1)
    assert median[4].max() == 0  # half the lots had no rain
    x, y = set_data("cantaloupe4")
    hybrid = np.array([np.mean(x[y == c, 1] == 1) for c in range(4)])
    assert np.all(np.diff(hybrid) < 0)  # the sweeter hybrid
    true, pred, wrong = knn_errors("cantaloupe4")
    assert 0.459 < wrong.mean() < 0.469 and 0.73 < share_between(true, pred, CANTALOUPE_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, 1, 2) > 0.3 and share_pair(true, pred, 0, 1) > 0.18
    assert share_pair(true, pred, 2, 3) > 0.18 and share_pair(true, pred, 0, 2) > 0.1
    rates = class_error_rates("cantaloupe4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_baggage6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    conveyors, diverters, trays, eds, readers, controls = range(6)
    median = class_medians("baggage6")
    assert np.argmax(median[4]) == conveyors and np.argmax(median[5]) == conveyors  # motor current; jams
    assert np.argmax(median[14]) == conveyors and np.argmax(median[3]) == diverters  # vibration; bags (a slip)
    assert np.argmax(median[12]) == trays and np.argmax(median[9]) == eds  # carriers out; the EDS's queue
    assert np.argmax(median[6]) == eds and np.argmax(median[7]) == readers  # minutes; no-reads
    assert np.argmax(median[10]) == controls and np.argmax(median[11]) == controls  # bags lost; communication
    assert np.argmin(median[15]) == controls  # the latest software change
    x, y = set_data("baggage6")
    where = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(where, 1)) == [0, 2, 2, 1, 2, 2]
    found = np.array([[np.mean(x[y == c, 1] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 0, 1, 1, 3, 1]
    assert np.argmax([np.mean(x[y == c, 2] == 3) for c in range(6)]) == controls  # the night
    true, pred, wrong = knn_errors("baggage6")
    assert 0.341 < wrong.mean() < 0.351 and 0.81 < share_between(true, pred, BAGGAGE_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, conveyors, diverters) > 0.14 and share_pair(true, pred, diverters, trays) > 0.13
    assert share_pair(true, pred, conveyors, trays) > 0.09 and share_pair(true, pred, readers, controls) > 0.07
    rates = class_error_rates("baggage6")
    assert np.argmax(rates) == trays and np.argmin(rates) == conveyors


def test_drillrig6_reports_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    top_drive, pumps, drawworks, bop, handling, power = range(6)
    median = class_medians("drillrig6")
    assert np.argmax(median[8]) == top_drive and np.argmax(median[6]) == pumps  # torque; standpipe pressure
    assert np.argmax(median[3]) == pumps and np.argmin(median[3]) == bop  # the hole's depth
    assert np.argmax(median[9]) == drawworks and np.argmin(median[10]) == drawworks  # hook load; trips
    assert np.argmax(median[5]) == bop and np.argmax(median[14]) == bop and np.argmax(median[15]) == bop
    assert np.argmax(median[11]) == handling and np.argmin(median[5]) == handling  # connections; NPT's hours
    assert np.argmax(median[12]) == power and np.argmin(median[4]) == handling  # generators' load; rig's age
    x, y = set_data("drillrig6")
    operation = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(operation, 1)) == [0, 0, 1, 3, 1, 0]
    found = np.array([[np.mean(x[y == c, 2] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [1, 3, 1, 2, 1, 0]
    true, pred, wrong = knn_errors("drillrig6")
    assert 0.324 < wrong.mean() < 0.334 and 0.72 < share_between(true, pred, DRILLRIG_NEIGHBOURS) < 0.78
    assert share_pair(true, pred, top_drive, handling) > 0.19 and share_pair(true, pred, drawworks, handling) > 0.14
    assert share_pair(true, pred, pumps, power) > 0.08 and share_pair(true, pred, top_drive, power) > 0.07
    rates = class_error_rates("drillrig6")
    assert np.argmax(rates) == power and np.argmin(rates) == bop
