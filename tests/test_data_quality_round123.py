"""Round 123's held-out noisy-label sets (``benchmarks/data_quality_round123.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round123`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: pistachio4 (its baseline errs on 44.9 %; MLP 68.8 % test with seed 0, after its one change: the baseline
misses the aim, kept and said), peach4 (27.2 %; 82.4 %), infusion6 (34.2 %; 69.5 %) and compressor6 (26.8 %;
80.6 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each
built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round123 import (COMPRESSOR_CALL, COMPRESSOR_CLASSES, COMPRESSOR_COOLING,
                                              COMPRESSOR_MAKE, COMPRESSOR_NEIGHBOURS, COMPRESSOR_ROWS,
                                              COMPRESSOR_TABLE, GENERATORS, INFUSION_CLASSES, INFUSION_EVENT,
                                              INFUSION_MAKE, INFUSION_NEIGHBOURS, INFUSION_ROWS, INFUSION_TABLE,
                                              INFUSION_WARD, NEIGHBOURS, ORDERED, PEACH_CLASSES, PEACH_GRADING,
                                              PEACH_LIMITS, PEACH_NEIGHBOURS, PEACH_ROWS, PISTACHIO_CLASSES,
                                              PISTACHIO_GRADING, PISTACHIO_LIMITS, PISTACHIO_NEIGHBOURS,
                                              PISTACHIO_ROWS, ROUND123, ROUND123_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "pistachio4": [0.0, 2.0, 0.0, 250.0, 5470.0, 7.6, 10.5, 5.4, 4.3, 3.9, 1.6, 22.0, 0.0, 0.17],
    "peach4": [1.0, 3.0, 1.0, 211.0, 190.0, 0.0, 4.0, 241.0, 9.9, 47.0, 8.5, 14.4, 3.0, 0.0],
    "infusion6": [1.0, 1.0, 5.0, 8.0, 1555.0, 1.0, 44.0, 131.0, 1.0, 88.0, 58.0, 5.0, 1.0],
    "compressor6": [0.0, 0.0, 0.0, 2.4, 3115.0, 106.1, 5.9, 4.7, 0.11, 98.8, 4.5, 101.0, 0.4],
}


def test_round123_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND123 == ("pistachio4", "peach4", "infusion6", "compressor6") and ROUND123_GENERATORS is GENERATORS
    check_registered(123, ROUND123, GENERATORS)


def test_round123_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND123] == [4, 4, 6, 6]
    for name in ROUND123:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND123)
def test_round123_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND123)
def test_round123_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round123_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("pistachio4", "peach4") and set(NEIGHBOURS) == set(ROUND123)
    assert NEIGHBOURS["pistachio4"] is PISTACHIO_NEIGHBOURS and NEIGHBOURS["peach4"] is PEACH_NEIGHBOURS
    assert NEIGHBOURS["infusion6"] is INFUSION_NEIGHBOURS and NEIGHBOURS["compressor6"] is COMPRESSOR_NEIGHBOURS
    assert len(PISTACHIO_CLASSES) == len(PISTACHIO_ROWS) == len(PISTACHIO_LIMITS) == 4
    assert PISTACHIO_LIMITS.shape == (4, 7) and np.all(np.diff(PISTACHIO_LIMITS, axis=0) >= 0)  # looser down
    assert np.all(np.diff(PISTACHIO_LIMITS[:, 0]) > 0)  # non-split shells: every grade its own tolerance
    assert len(PEACH_CLASSES) == len(PEACH_ROWS) == len(PEACH_LIMITS) == 4 and PEACH_LIMITS.shape == (4, 4)
    assert np.all(PEACH_LIMITS[:, [0, 2, 3]] == [10, 5, 1]) and list(PEACH_LIMITS[:, 1]) == [10, 50, 100, 100]
    assert len(PISTACHIO_GRADING) == 2 and len(PEACH_GRADING) == 2
    assert len(INFUSION_CLASSES) == len(INFUSION_ROWS) == len(INFUSION_TABLE) == 6
    assert len(COMPRESSOR_CLASSES) == len(COMPRESSOR_ROWS) == len(COMPRESSOR_TABLE) == 6
    assert INFUSION_TABLE.shape[1] == COMPRESSOR_TABLE.shape[1] == 10
    for table in (INFUSION_MAKE, INFUSION_WARD, INFUSION_EVENT, COMPRESSOR_MAKE, COMPRESSOR_COOLING, COMPRESSOR_CALL):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(INFUSION_TABLE[:, 3]) == 0 and np.argmax(INFUSION_TABLE[:, 4]) == 1  # alarm pressure; bubble
    assert np.argmax(INFUSION_TABLE[:, 5]) == 2 and np.argmax(INFUSION_TABLE[:, 2]) == 3  # door alarms; flow error
    assert np.argmin(INFUSION_TABLE[:, 7]) == 4 and np.argmax(INFUSION_TABLE[:, 8]) == 5  # battery; keys
    assert np.argmax(COMPRESSOR_TABLE[:, 3]) == 0 and np.argmin(COMPRESSOR_TABLE[:, 4]) == 1  # approach; oil drop
    assert np.argmin(COMPRESSOR_TABLE[:, 6]) == 2 and np.argmax(COMPRESSOR_TABLE[:, 5]) == 4  # delivery; separator
    assert np.argmax(COMPRESSOR_TABLE[:, 9]) == 5 and np.argmax(COMPRESSOR_CALL[:, 3]) == 4  # readings off; oil


@pytest.mark.parametrize("name", ROUND123)
def test_round123_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"pistachio4": (0.638, 0.738), "peach4": (0.774, 0.874), "infusion6": (0.645, 0.745),
                 "compressor6": (0.756, 0.856)}[name]  # as measured (seed 0): 68.8, 82.4, 69.5, 80.6 %
    assert low < mlp.score(b, yb) < high


def test_pistachio4_the_processor_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("pistachio4")
    assert np.all(np.diff(median[4]) > 200) and np.all(np.diff(median[9]) > 0)  # the crop; the colour sorter
    assert np.argmax(median[11]) == 3 and median[11, 3] > 23  # nuts an ounce: Select the small nuts
    x, y = set_data("pistachio4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:3, 8]) > 0.9) and means[3, 8] < means[2, 8]  # closed shells: Select set by size
    assert np.all(np.diff(means[:, 10]) > 0.1) and np.all(np.diff(means[:, 6]) > 0.4)  # floaters; navel orangeworm
    assert np.all(np.diff(means[:, 5]) > 0) and means[:2, 13].max() < means[2:, 13].min()  # hulling delay; foreign
    assert np.ptp(means[:, 7]) < 0.2  # the dryer's moisture hardly differs
    second = [np.mean(x[y == c, 2] == 1) for c in range(4)]
    assert np.all(np.diff(second) > 0.05)  # the second shake
    true, pred, wrong = knn_errors("pistachio4")
    assert 0.444 < wrong.mean() < 0.454 and 0.75 < share_between(true, pred, PISTACHIO_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, 0, 1) > 0.29 and share_pair(true, pred, 1, 2) > 0.25
    assert share_pair(true, pred, 2, 3) > 0.17 and share_pair(true, pred, 1, 3) > 0.09
    rates = class_error_rates("pistachio4")
    assert np.argmin(rates) == 0 and rates[0] < 0.25 and np.argmax(rates) == 3


def test_peach4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("peach4")
    assert np.argmax(median[9]) == 0 and median[9, 0] > 90 and np.argmin(median[9]) == 2  # blush: No. 1 by colour
    assert median[9, 2] < 35 and median[9, 3] > median[9, 2] + 30  # No. 2 set by defects, not colour
    assert np.argmin(median[10]) == 0 and np.argmax(median[10]) == 3 and median[10, 3] > 15  # the cull-out
    x, y = set_data("peach4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 8]) < -0.3)  # firmness: riper down the grades
    assert np.argmin(means[:, 12]) == 0 and means[3, 12] > 5 and np.argmax(means[:, 5]) == 3  # marked; hail
    late = [np.mean(x[y == c, 0] == 2) for c in range(4)]
    assert np.argmax(late) == 2 and late[2] > 0.5  # the late yellow variety: short of blush
    first = [np.mean(x[y == c, 2] == 0) for c in range(4)]
    assert np.argmax(first) == 0 and first[0] > 0.7 and np.argmin(first) == 2  # the first pick: the sunlit fruit
    east = [np.mean(np.isin(x[y == c, 1], (1, 2))) for c in range(4)]
    assert np.argmax(east) == 3 and east[3] > 0.6  # the humid East: scab
    true, pred, wrong = knn_errors("peach4")
    assert 0.267 < wrong.mean() < 0.277 and 0.72 < share_between(true, pred, PEACH_NEIGHBOURS) < 0.78
    assert share_pair(true, pred, 0, 1) > 0.36 and share_pair(true, pred, 1, 3) > 0.21
    assert share_pair(true, pred, 1, 2) > 0.2 and share_pair(true, pred, 2, 3) > 0.11
    rates = class_error_rates("peach4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 1 and rates[1] > 0.5


def test_infusion6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    occlusion, air, door, pumping, power, keypad = range(6)
    median = class_medians("infusion6")
    assert np.argmax(median[6]) == occlusion and np.argmax(median[7]) == air  # alarm pressure; bubble
    assert np.argmax(median[8]) == door and np.argmax(median[5]) == pumping  # door alarms; flow error
    assert np.argmax(median[9]) == pumping and np.argmax(median[4]) == pumping  # motor current; hours
    assert np.argmin(median[10]) == power and np.argmax(median[11]) == keypad  # battery time; keys
    x, y = set_data("infusion6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert set(np.argsort(means[:, 12])[-2:]) == {door, keypad}  # drops
    theatres = [np.mean(x[y == c, 1] == 3) for c in range(6)]
    assert np.argmax(theatres) == keypad
    events = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(events, 1)) == [0, 1, 2, 3, 4, 5] and events[pumping, 0] > 0.25  # occlusion alarms
    true, pred, wrong = knn_errors("infusion6")
    assert 0.337 < wrong.mean() < 0.347 and 0.66 < share_between(true, pred, INFUSION_NEIGHBOURS) < 0.72
    assert share_pair(true, pred, air, door) > 0.15 and share_pair(true, pred, occlusion, pumping) > 0.12
    assert share_pair(true, pred, power, keypad) > 0.11
    rates = class_error_rates("infusion6")
    assert np.argmax(rates) == door and np.argmin(rates) == power


def test_compressor6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    cooler, thermostat, inlet, minimum, separator, sensor = range(6)
    median = class_medians("compressor6")
    assert np.argmax(median[6]) == cooler and np.argmin(median[7]) == thermostat  # approach; oil drop
    assert np.argmax(median[8]) == separator and np.argmin(median[9]) == inlet  # separator drop; delivery
    assert np.argmax(median[12]) == sensor and np.argmax(median[4]) == separator  # readings off; hours
    assert np.argmax(median[11]) == separator and np.argmin(median[11]) == inlet  # current
    assert set(np.argsort(median[5])[-2:]) == {cooler, thermostat}  # discharge temperature
    x, y = set_data("compressor6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert set(np.argsort(means[:, 10])[-2:]) == {minimum, separator}  # oil topped up
    water = [np.mean(x[y == c, 1] == 1) for c in range(6)]
    assert np.argmax(water) == cooler
    calls = np.array([[np.mean(x[y == c, 2] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(calls, 1)) == [0, 0, 1, 1, 3, 4]
    true, pred, wrong = knn_errors("compressor6")
    assert 0.263 < wrong.mean() < 0.273 and 0.77 < share_between(true, pred, COMPRESSOR_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, cooler, thermostat) > 0.23 and share_pair(true, pred, inlet, minimum) > 0.15
    assert share_pair(true, pred, minimum, separator) > 0.1
    rates = class_error_rates("compressor6")
    assert np.argmin(rates) == inlet and np.argmax(rates) == minimum
