"""Round 133's held-out noisy-label sets (``benchmarks/data_quality_round133.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round133`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: sorghum4 (its baseline errs on 51.0 % after its one change; MLP 50.8 % test with seed 0: the MLP's and
the baseline's aims missed, kept and said), sugar4 (39.3 % after its one change; 82.1 %), ropeway6 (38.2 %; 66.5 %)
and bottling6 (38.7 %; 69.5 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots
(the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round133 import (BOTTLING_CLASSES, BOTTLING_FOUND, BOTTLING_NEIGHBOURS,
                                              BOTTLING_PRODUCT, BOTTLING_ROWS, BOTTLING_SHIFT, BOTTLING_TABLE,
                                              GENERATORS, NEIGHBOURS, ORDERED, ROPEWAY_CLASSES, ROPEWAY_FOUND,
                                              ROPEWAY_NEIGHBOURS, ROPEWAY_PERIOD, ROPEWAY_ROWS, ROPEWAY_TABLE,
                                              ROPEWAY_WHERE, ROUND133, ROUND133_GENERATORS, SHAPES, SORGHUM_CLASSES,
                                              SORGHUM_GRADING, SORGHUM_LIMITS, SORGHUM_NEIGHBOURS, SORGHUM_ROWS,
                                              SUGAR_CLASSES, SUGAR_GRADING, SUGAR_LIMITS, SUGAR_NEIGHBOURS,
                                              SUGAR_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "sorghum4": [3.0, 1.0, 35.0, 10.0, 8.0, 13.6, 0.0, 12.4, 2.0, 14.0, 46.0, 55.2, 2.2],
    "sugar4": [1.0, 26.0, 3239.0, 98.94, 32.0, 0.73, 37.6, 399.0, 4.2, 6.0, 51.0, 1120.0, 41.0],
    "ropeway6": [1.0, 1.0, 1.0, 3.6, 11.0, 21.2, 4.0, 108.6, 4.21, 1.0, 7.0, 2.0, 40.2, 1.0, 89.0, 46.0],
    "bottling6": [1.0, 0.0, 1.0, 38.6, 7.1, 9.0, 4.7, 19.0, 46.0, 37.0, 49.0, 148.9, 2.76, 12.0, 254.0, 42.0],
}


def test_round133_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND133 == ("sorghum4", "sugar4", "ropeway6", "bottling6") and ROUND133_GENERATORS is GENERATORS
    check_registered(133, ROUND133, GENERATORS)


def test_round133_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND133] == [4, 4, 6, 6]
    for name in ROUND133:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND133)
def test_round133_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND133)
def test_round133_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round133_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("sorghum4", "sugar4") and set(NEIGHBOURS) == set(ROUND133)
    assert NEIGHBOURS["sorghum4"] is SORGHUM_NEIGHBOURS and NEIGHBOURS["sugar4"] is SUGAR_NEIGHBOURS
    assert NEIGHBOURS["ropeway6"] is ROPEWAY_NEIGHBOURS and NEIGHBOURS["bottling6"] is BOTTLING_NEIGHBOURS
    assert len(SORGHUM_CLASSES) == len(SORGHUM_ROWS) == len(SORGHUM_LIMITS) == 4 and SORGHUM_LIMITS.shape == (4, 5)
    assert np.all(SORGHUM_LIMITS[1:] >= SORGHUM_LIMITS[:-1]) and list(-SORGHUM_LIMITS[:, 0]) == [57, 55, 53, 51]
    assert list(SORGHUM_LIMITS[:, 1]) == [0.2, 0.5, 1, 3] and list(SORGHUM_LIMITS[:, 2]) == [2, 5, 10, 15]
    assert list(SORGHUM_LIMITS[:, 3]) == [1, 2, 3, 4] and list(SORGHUM_LIMITS[:, 4]) == [3, 6, 8, 10]
    assert len(SUGAR_CLASSES) == len(SUGAR_ROWS) == len(SUGAR_LIMITS) == 4 and SUGAR_LIMITS.shape == (4, 4)
    assert np.all(SUGAR_LIMITS[1:] >= SUGAR_LIMITS[:-1]) and list(SUGAR_LIMITS[:, 0]) == [45, 100, 150, 1200]
    assert len(SORGHUM_GRADING) == 2 and len(SUGAR_GRADING) == 2
    assert len(ROPEWAY_CLASSES) == len(ROPEWAY_ROWS) == len(ROPEWAY_TABLE) == 6
    assert len(BOTTLING_CLASSES) == len(BOTTLING_ROWS) == len(BOTTLING_TABLE) == 6
    assert ROPEWAY_TABLE.shape[1] == 13 and BOTTLING_TABLE.shape[1] == 13
    for table in (ROPEWAY_WHERE, ROPEWAY_FOUND, ROPEWAY_PERIOD, BOTTLING_SHIFT, BOTTLING_PRODUCT, BOTTLING_FOUND):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(ROPEWAY_TABLE[:, 2]) == 0 and np.argmax(ROPEWAY_TABLE[:, 4]) == 1  # minutes; drive current
    assert np.argmax(ROPEWAY_TABLE[:, 8]) == 2 and np.argmax(ROPEWAY_TABLE[:, 6]) == 3  # tower trips; grip rejects
    assert np.argmax(ROPEWAY_TABLE[:, 7]) == 4 and np.argmax(ROPEWAY_TABLE[:, 3]) == 5  # spacing; PLC messages
    assert np.argmin(BOTTLING_TABLE[:, 9]) == 0 and np.argmax(BOTTLING_TABLE[:, 4]) == 1  # rinse; fill-height rejects
    assert np.argmax(BOTTLING_TABLE[:, 6]) == 2 and np.argmax(BOTTLING_TABLE[:, 7]) == 3  # crowns; labels
    assert np.argmax(BOTTLING_TABLE[:, 5]) == 4 and np.argmax(BOTTLING_TABLE[:, 12]) == 5  # EBI rejects; days since PM


@pytest.mark.parametrize("name", ROUND133)
def test_round133_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"sorghum4": (0.458, 0.558), "sugar4": (0.771, 0.871), "ropeway6": (0.615, 0.715),
                 "bottling6": (0.645, 0.745)}[name]  # as measured (seed 0): 50.8, 82.1, 66.5, 69.5 %
    assert low < mlp.score(b, yb) < high


def test_sorghum4_the_elevator_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("sorghum4")
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[3]) > 0)  # days since harvest began; rain
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[8]) > 0)  # moisture; the elevator's dockage
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[10]) > 0)  # grain temperature; humidity
    assert np.all(np.diff(median[11][:3]) < 0) and median[11, 3] < median[11, 1]  # scale house's test weight
    assert np.all(np.diff(median[12]) >= 0) and median[12, 3] > median[12, 0]  # the elevator's damage estimate
    x, y = set_data("sorghum4")
    assert x[y == 0, 0].mean() < x[y == 3, 0].mean()  # the wetter counties
    true, pred, wrong = knn_errors("sorghum4")
    assert 0.505 < wrong.mean() < 0.515 and 0.76 < share_between(true, pred, SORGHUM_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, 0, 1) > 0.3 and share_pair(true, pred, 1, 2) > 0.23
    assert share_pair(true, pred, 2, 3) > 0.17 and share_pair(true, pred, 1, 3) > 0.08
    rates = class_error_rates("sorghum4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_sugar4_the_refinery_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("sugar4")
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[6]) > 0)  # crystals' aperture; their CV
    assert np.all(np.diff(median[7]) > 0) and np.all(np.diff(median[8]) > 0)  # turbidity; boiling time
    assert np.all(np.diff(median[11]) > 0)  # the online reflectance colour
    assert np.ptp(median[10]) == 0 and np.ptp(median[12]) == 0  # the store's humidity and the pallet carry nothing
    true, pred, wrong = knn_errors("sugar4")
    assert 0.388 < wrong.mean() < 0.398 and 0.71 < share_between(true, pred, SUGAR_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, 0, 1) > 0.38 and share_pair(true, pred, 1, 2) > 0.3
    assert share_pair(true, pred, 0, 2) > 0.23  # not adjacent: the narrow ICUMSA 100 band between
    rates = class_error_rates("sugar4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 3 and rates[3] < 0.05


def test_ropeway6_lift_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    rope, drive, sheaves, grips, conveyors, control = range(6)
    median = class_medians("ropeway6")
    assert np.argmin(median[3]) == sheaves and np.argmax(median[4]) == sheaves  # coldest; windiest
    assert np.argmax(median[5]) == rope and np.argmin(median[5]) == conveyors  # longest and shortest stops
    assert np.argmax(median[6]) == control and np.argmax(median[7]) == drive  # PLC messages; drive current
    assert np.argmin(median[8]) == drive and np.argmax(median[12]) == drive  # the slowest line; gearbox oil
    assert np.argmax(median[9]) == grips and np.argmax(median[11]) == sheaves  # grip rejects; tower trips
    assert np.argmax(median[10]) == conveyors and np.argmax(median[13]) == conveyors  # spacing; door faults
    assert np.argmax(median[14]) == conveyors  # the fullest line
    x, y = set_data("ropeway6")
    where = np.array([[np.mean(x[y == c, 0] == k) for k in range(3)] for c in range(6)])
    assert list(np.argmax(where[[0, 1, 2, 3, 5]], 1)) == [2, 1, 2, 0, 0] and where[conveyors, 2] < 0.1
    found = np.array([[np.mean(x[y == c, 1] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [2, 0, 0, 0, 1, 0] and np.argmax(found[:, 3]) == sheaves
    true, pred, wrong = knn_errors("ropeway6")
    assert 0.377 < wrong.mean() < 0.387 and 0.77 < share_between(true, pred, ROPEWAY_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, rope, sheaves) > 0.12 and share_pair(true, pred, grips, control) > 0.11
    assert share_pair(true, pred, grips, conveyors) > 0.1 and share_pair(true, pred, rope, grips) > 0.06
    rates = class_error_rates("ropeway6")
    assert np.argmax(rates) == control and np.argmin(rates) == conveyors


def test_bottling6_line_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    rinser, filler, crowner, labeller, inspector, packer = range(6)
    median = class_medians("bottling6")
    assert np.argmin(median[3]) == filler and np.argmax(median[3]) == packer  # the slowest and fastest line
    assert np.argmax(median[4]) == filler and np.argmin(median[4]) == inspector  # longest and shortest stops
    assert np.argmax(median[6]) == filler and np.argmax(median[7]) == filler  # bowl pressure; fill-height rejects
    assert np.argmax(median[8]) == inspector and np.argmax(median[9]) == crowner  # EBI rejects; crown rejects
    assert np.argmax(median[10]) == labeller and np.argmin(median[11]) == labeller  # label rejects; coolest glue
    assert np.argmin(median[12]) == rinser and np.argmax(median[13]) == crowner  # rinse pressure; broken bottles
    assert np.argmin(median[14]) == labeller and np.argmax(median[15]) == packer  # changeover; days since PM
    x, y = set_data("bottling6")
    found = np.array([[np.mean(x[y == c, 2] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 2, 0, 0, 3, 0] and np.argmax(found[:, 2]) == filler  # the lab's hold
    assert np.argmax([np.mean(x[y == c, 1] == 2) for c in range(6)]) == labeller  # the seasonal beer's neck label
    true, pred, wrong = knn_errors("bottling6")
    assert 0.382 < wrong.mean() < 0.392 and 0.71 < share_between(true, pred, BOTTLING_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, rinser, inspector) > 0.18 and share_pair(true, pred, labeller, packer) > 0.14
    assert share_pair(true, pred, filler, crowner) > 0.12
    rates = class_error_rates("bottling6")
    assert np.argmax(rates) == inspector and np.argmin(rates) == filler
