"""Round 132's held-out noisy-label sets (``benchmarks/data_quality_round132.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round132`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: avocado4 (its baseline errs on 46.9 % after its one change; MLP 62.1 % test with seed 0: the baseline's
aim missed, kept and said), cinnamon4 (34.1 % after its one change; 75.0 %), coaster6 (35.9 %; 66.9 %) and litho6
(36.6 %; 72.7 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots or bales (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round132 import (AVOCADO_CLASSES, AVOCADO_GRADING, AVOCADO_LIMITS, AVOCADO_NEIGHBOURS,
                                              AVOCADO_ROWS, CINNAMON_CLASSES, CINNAMON_GRADING, CINNAMON_LIMITS,
                                              CINNAMON_NEIGHBOURS, CINNAMON_ROWS, COASTER_CLASSES, COASTER_FOUND,
                                              COASTER_NEIGHBOURS, COASTER_PERIOD, COASTER_ROWS, COASTER_TABLE,
                                              COASTER_WHERE, GENERATORS, LITHO_CLASSES, LITHO_FOUND, LITHO_LAYER,
                                              LITHO_NEIGHBOURS, LITHO_ROWS, LITHO_TABLE, LITHO_TOOL, NEIGHBOURS,
                                              ORDERED, ROUND132, ROUND132_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "avocado4": [3.0, 2.0, 2.0, 28.0, 16.0, 16.0, 10.2, 10.0, 561.0, 21.2, 26.6, 24.4, 14.0],
    "cinnamon4": [1.0, 0.0, 9.0, 33.0, 4.0, 11.0, 12.8, 1.82, 12.4, 107.0, 29.0, 44.0, 24.0],
    "coaster6": [3.0, 1.0, 2.0, 23.4, 25.0, 49.3, 9.0, 97.9, 101.3, 6.0, 58.0, 4.4, 56.0, 1.0, 5.0, 20.0],
    "litho6": [0.0, 1.0, 2.0, 168.0, 19.6, 6.6, 36.7, 0.68, 8.9, 3.0, 2.99, 25.0, 2.0, 19.0, 7.6, 70.0],
}


def test_round132_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND132 == ("avocado4", "cinnamon4", "coaster6", "litho6") and ROUND132_GENERATORS is GENERATORS
    check_registered(132, ROUND132, GENERATORS)


def test_round132_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND132] == [4, 4, 6, 6]
    for name in ROUND132:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND132)
def test_round132_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND132)
def test_round132_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round132_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("avocado4", "cinnamon4") and set(NEIGHBOURS) == set(ROUND132)
    assert NEIGHBOURS["avocado4"] is AVOCADO_NEIGHBOURS and NEIGHBOURS["cinnamon4"] is CINNAMON_NEIGHBOURS
    assert NEIGHBOURS["coaster6"] is COASTER_NEIGHBOURS and NEIGHBOURS["litho6"] is LITHO_NEIGHBOURS
    assert len(AVOCADO_CLASSES) == len(AVOCADO_ROWS) == len(AVOCADO_LIMITS) == 4 and AVOCADO_LIMITS.shape == (4, 5)
    assert np.all(AVOCADO_LIMITS[1:] >= AVOCADO_LIMITS[:-1]) and list(AVOCADO_LIMITS[:, 0]) == [10, 40, 100, 100]
    assert list(AVOCADO_LIMITS[0, 3:]) == [5, 1] and list(AVOCADO_LIMITS[1, 1:]) == [10, 10, 5, 1]
    assert len(CINNAMON_CLASSES) == len(CINNAMON_ROWS) == len(CINNAMON_LIMITS) == 4
    assert CINNAMON_LIMITS.shape == (4, 4) and np.all(CINNAMON_LIMITS[1:] >= CINNAMON_LIMITS[:-1])
    assert list(CINNAMON_LIMITS[:, 0]) == [6, 10, 13, 23] and list(-CINNAMON_LIMITS[:, 1]) == [45, 31, 24, 11]
    assert len(AVOCADO_GRADING) == 2 and len(CINNAMON_GRADING) == 2
    assert len(COASTER_CLASSES) == len(COASTER_ROWS) == len(COASTER_TABLE) == 6
    assert len(LITHO_CLASSES) == len(LITHO_ROWS) == len(LITHO_TABLE) == 6
    assert COASTER_TABLE.shape[1] == 13 and LITHO_TABLE.shape[1] == 13
    for table in (COASTER_WHERE, COASTER_FOUND, COASTER_PERIOD, LITHO_FOUND, LITHO_LAYER, LITHO_TOOL):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(COASTER_TABLE[:, 4]) == 0 and np.argmax(COASTER_TABLE[:, 11]) == 1  # lift current; brake alarms
    assert np.argmax(COASTER_TABLE[:, 6]) == 2 and np.argmax(COASTER_TABLE[:, 3]) == 3  # lock faults; PLC messages
    assert np.argmax(COASTER_TABLE[:, 7]) == 4 and np.argmax(COASTER_TABLE[:, 8]) == 5  # dwell; bogies' vibration
    assert np.argmax(LITHO_TABLE[:, 10]) == 0 and np.argmax(LITHO_TABLE[:, 7]) == 1  # reticle swaps; stages' MSD
    assert np.argmax(LITHO_TABLE[:, 4]) == 2 and np.argmax(LITHO_TABLE[:, 1]) == 3  # dose error; downtime's hours
    assert np.argmax(LITHO_TABLE[:, 8]) == 4 and np.argmax(LITHO_TABLE[:, 9]) == 5  # marks' failures; handling errors


@pytest.mark.parametrize("name", ROUND132)
def test_round132_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"avocado4": (0.571, 0.671), "cinnamon4": (0.70, 0.80), "coaster6": (0.619, 0.719),
                 "litho6": (0.677, 0.777)}[name]  # as measured (seed 0): 62.1, 75.0, 66.9, 72.7 %
    assert low < mlp.score(b, yb) < high


def test_avocado4_the_packing_house_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("avocado4")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) > 0)  # rain; days since the copper spray
    assert np.all(np.diff(median[6]) > 0) and np.all(np.diff(median[12]) > 0)  # hours to packing; decay culls
    assert np.all(np.diff(median[10][:3]) > 0) and median[10, 3] > median[10, 1]  # blemish culls (No. 3's < No. 2's)
    assert np.all(np.diff(median[11][:3]) > 0) and median[11, 3] > median[11, 1]  # soft and bruised culls
    x, y = set_data("avocado4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:3, 0]) > 0) and means[0, 1] > means[2, 1]  # the grove; the variety (Guatemalan)
    true, pred, wrong = knn_errors("avocado4")
    assert 0.464 < wrong.mean() < 0.474 and 0.76 < share_between(true, pred, AVOCADO_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, 0, 1) > 0.29 and share_pair(true, pred, 2, 3) > 0.23
    assert share_pair(true, pred, 1, 2) > 0.17 and share_pair(true, pred, 1, 3) > 0.06
    rates = class_error_rates("avocado4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_cinnamon4_the_exporter_records_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("cinnamon4")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[2]) < 0)  # the bark's age; the peeler's years
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[10]) < 0)  # caliper diameter; quills per kg
    assert np.all(np.diff(median[7]) < 0) and median[6, 0] < median[6, 3]  # volatile oil; moisture
    assert np.ptp(median[9]) == 0 and np.ptp(median[12]) <= 1  # the quills' length and the store's days carry nothing
    true, pred, wrong = knn_errors("cinnamon4")
    assert 0.336 < wrong.mean() < 0.346 and share_between(true, pred, CINNAMON_NEIGHBOURS) > 0.92
    assert share_pair(true, pred, 1, 2) > 0.37 and share_pair(true, pred, 2, 3) > 0.27
    assert share_pair(true, pred, 0, 1) > 0.22
    rates = class_error_rates("cinnamon4")
    assert np.argmin(rates) == 0 and np.min(rates[1:]) > 0.3


def test_coaster6_ride_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    lift, brakes, restraints, block, gates, wheels = range(6)
    median = class_medians("coaster6")
    assert np.argmax(median[7]) == lift and np.argmax(median[8]) == brakes  # motor current; speed at the trap
    assert np.argmax(median[14]) == brakes and np.argmax(median[9]) == restraints  # brake alarms; lock faults
    assert np.argmax(median[6]) == block and np.argmax(median[13]) == block  # PLC messages; sensors' dropouts
    assert np.argmax(median[10]) == gates and np.argmin(median[5]) == gates  # dwell; the shortest stops
    assert np.argmax(median[5]) == wheels and np.argmax(median[11]) == wheels  # the longest stops; vibration
    assert np.argmax(median[12]) == wheels and np.argmin(median[8]) == wheels  # the wheels' days; the slowest trains
    x, y = set_data("coaster6")
    where = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(where, 1)) == [1, 3, 0, 2, 0, 2]
    found = np.array([[np.mean(x[y == c, 1] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 0, 1, 0, 1, 3]
    assert np.argmax([np.mean(x[y == c, 2] == 3) for c in range(6)]) == brakes  # a cold or wet day
    true, pred, wrong = knn_errors("coaster6")
    assert 0.354 < wrong.mean() < 0.364 and 0.83 < share_between(true, pred, COASTER_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, restraints, gates) > 0.24 and share_pair(true, pred, lift, wheels) > 0.13
    assert share_pair(true, pred, brakes, block) > 0.1 and share_pair(true, pred, lift, block) > 0.08
    rates = class_error_rates("coaster6")
    assert np.argmax(rates) == gates and np.argmin(rates) == lift


def test_litho6_tool_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    reticle, wafer, laser, optics, align, handler = range(6)
    median = class_medians("litho6")
    assert np.argmax(median[13]) == reticle and np.argmax(median[10]) == wafer  # reticle swaps; stages' MSD
    assert np.argmax(median[14]) == wafer and np.argmax(median[7]) == laser  # chuck's temperature; dose error
    assert np.argmax(median[8]) == laser and np.argmax(median[9]) == laser  # pulses since the swap; laser alarms
    assert np.argmax(median[4]) == optics and np.argmax(median[6]) == optics  # downtime's hours; focus error
    assert np.argmax(median[15]) == optics and np.argmax(median[5]) == align  # days since PM; overlay
    assert np.argmax(median[11]) == align and np.argmax(median[12]) == handler  # marks' failures; handling errors
    assert np.argmin(median[3]) == handler and np.argmin(median[4]) == handler  # wafers per hour; downtime's hours
    x, y = set_data("litho6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 0, 0, 2, 1, 3]
    true, pred, wrong = knn_errors("litho6")
    assert 0.361 < wrong.mean() < 0.371 and 0.80 < share_between(true, pred, LITHO_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, reticle, align) > 0.18 and share_pair(true, pred, reticle, wafer) > 0.16
    assert share_pair(true, pred, wafer, handler) > 0.1 and share_pair(true, pred, laser, optics) > 0.09
    rates = class_error_rates("litho6")
    assert np.argmax(rates) == wafer and np.argmin(rates) == laser
