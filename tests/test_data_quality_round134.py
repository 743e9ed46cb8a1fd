"""Round 134's held-out noisy-label sets (``benchmarks/data_quality_round134.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round134`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: oat4 (its baseline errs on 37.8 % after its one change; MLP 69.0 % test with seed 0), pineapple4 (48.1 %
after its one change: the baseline's aim missed, kept and said; 61.1 %), telescope6 (32.2 %; 74.4 %) and dredge6
(33.7 %; 71.4 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots (the graded sets),
each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round134 import (DREDGE_CLASSES, DREDGE_FOUND, DREDGE_NEIGHBOURS, DREDGE_ROWS,
                                              DREDGE_SHIFT, DREDGE_SOIL, DREDGE_TABLE, GENERATORS, NEIGHBOURS,
                                              OAT_CLASSES, OAT_GRADING, OAT_LIMITS, OAT_NEIGHBOURS, OAT_ROWS,
                                              ORDERED, PINEAPPLE_CLASSES, PINEAPPLE_GRADING, PINEAPPLE_LIMITS,
                                              PINEAPPLE_NEIGHBOURS, PINEAPPLE_ROWS, ROUND134, ROUND134_GENERATORS,
                                              SHAPES, TELESCOPE_CLASSES, TELESCOPE_FOUND, TELESCOPE_INSTRUMENT,
                                              TELESCOPE_NEIGHBOURS, TELESCOPE_PART, TELESCOPE_ROWS, TELESCOPE_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "oat4": [3.0, 0.0, 37.0, 32.0, 13.8, 0.0, 71.7, 2.7, 1.8, 5.7, 20.5, 34.2, 24.0],
    "pineapple4": [0.0, 8.4, 165.0, 14.5, 1.55, 16.8, 15.6, 0.76, 30.6, 1.0, 4.1, 5.0, 22.5],
    "telescope6": [0.0, 0.0, 0.0, 3.9, 12.6, 41.0, 68.0, 6.0, 7.0, 0.78, 80.0, 1.06, 0.26, 5.0, 1.0, 133.0],
    "dredge6": [3.0, 2.0, 1.0, 85.0, 0.37, 5.4, 3.46, 1.184, 5.7, 1474.0, 52.1, 26.0, 4.0, 247.0, 1033.0, 2.0],
}


def test_round134_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND134 == ("oat4", "pineapple4", "telescope6", "dredge6") and ROUND134_GENERATORS is GENERATORS
    check_registered(134, ROUND134, GENERATORS)


def test_round134_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND134] == [4, 4, 6, 6]
    for name in ROUND134:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND134)
def test_round134_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND134)
def test_round134_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round134_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("oat4", "pineapple4") and set(NEIGHBOURS) == set(ROUND134)
    assert NEIGHBOURS["oat4"] is OAT_NEIGHBOURS and NEIGHBOURS["pineapple4"] is PINEAPPLE_NEIGHBOURS
    assert NEIGHBOURS["telescope6"] is TELESCOPE_NEIGHBOURS and NEIGHBOURS["dredge6"] is DREDGE_NEIGHBOURS
    assert len(OAT_CLASSES) == len(OAT_ROWS) == len(OAT_LIMITS) == 4 and OAT_LIMITS.shape == (4, 5)
    assert np.all(OAT_LIMITS[1:] >= OAT_LIMITS[:-1]) and list(-OAT_LIMITS[:, 0]) == [36, 33, 30, 27]
    assert list(-OAT_LIMITS[:, 1]) == [97, 94, 90, 80] and list(OAT_LIMITS[:, 2]) == [0.1, 0.3, 1, 3]
    assert list(OAT_LIMITS[:, 3]) == [2, 3, 4, 5] and list(OAT_LIMITS[:, 4]) == [2, 3, 5, 10]
    assert len(PINEAPPLE_CLASSES) == len(PINEAPPLE_ROWS) == len(PINEAPPLE_LIMITS) == 4
    assert PINEAPPLE_LIMITS.shape == (4, 3) and np.all(PINEAPPLE_LIMITS[1:] >= PINEAPPLE_LIMITS[:-1])
    assert np.all(PINEAPPLE_LIMITS[3] == 100)  # the culls take any lot
    assert len(OAT_GRADING) == 2 and len(PINEAPPLE_GRADING) == 2
    assert len(TELESCOPE_CLASSES) == len(TELESCOPE_ROWS) == len(TELESCOPE_TABLE) == 6
    assert len(DREDGE_CLASSES) == len(DREDGE_ROWS) == len(DREDGE_TABLE) == 6
    assert TELESCOPE_TABLE.shape[1] == 13 and DREDGE_TABLE.shape[1] == 13
    for table in (TELESCOPE_FOUND, TELESCOPE_INSTRUMENT, TELESCOPE_PART, DREDGE_FOUND, DREDGE_SOIL, DREDGE_SHIFT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(TELESCOPE_TABLE[:, 5]) == 0 and np.argmax(TELESCOPE_TABLE[:, 6]) == 1  # dome errors; tracking
    assert np.argmax(TELESCOPE_TABLE[:, 7]) == 2 and np.argmax(TELESCOPE_TABLE[:, 9]) == 3  # forces; detector drift
    assert np.argmax(TELESCOPE_TABLE[:, 10]) == 4 and np.argmax(TELESCOPE_TABLE[:, 11]) == 5  # AO loop; packets
    assert np.argmax(DREDGE_TABLE[:, 0]) == 0 and np.argmax(DREDGE_TABLE[:, 11]) == 1  # cutter power; wear hours
    assert np.argmax(DREDGE_TABLE[:, 6]) == 2 and np.argmax(DREDGE_TABLE[:, 12]) == 3  # line's length; overloads
    assert np.argmax(DREDGE_TABLE[:, 7]) == 4 and np.argmax(DREDGE_TABLE[:, 8]) == 5  # oil's heat; exhaust spread


@pytest.mark.parametrize("name", ROUND134)
def test_round134_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"oat4": (0.64, 0.74), "pineapple4": (0.561, 0.661), "telescope6": (0.694, 0.794),
                 "dredge6": (0.664, 0.764)}[name]  # as measured (seed 0): 69.0, 61.1, 74.4, 71.4 %
    assert low < mlp.score(b, yb) < high


def test_oat4_the_elevator_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("oat4")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[4]) > 0)  # rain; moisture
    assert np.all(np.diff(median[6]) < 0) and np.all(np.diff(median[7]) > 0)  # groats; the damage estimate
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[9]) > 0)  # dockage; thin oats
    assert np.all(np.diff(median[10]) > 0) and np.all(np.diff(median[11]) < 0)  # grain temperature; test weight
    assert np.all(np.diff(median[12]) >= 0) and median[12, 3] > median[12, 0]  # the field's wild oats
    x, y = set_data("oat4")
    assert np.all(np.diff([x[y == c, 0].mean() for c in range(4)]) > 0)  # the wetter counties
    true, pred, wrong = knn_errors("oat4")
    assert 0.373 < wrong.mean() < 0.383 and 0.84 < share_between(true, pred, OAT_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, 0, 1) > 0.28 and share_pair(true, pred, 1, 2) > 0.25
    assert share_pair(true, pred, 2, 3) > 0.25
    rates = class_error_rates("oat4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_pineapple4_the_packing_house_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("pineapple4")
    assert np.all(np.diff(median[1]) > 0) and median[1, 3] > 2 * median[1, 2]  # the sorters' culls
    assert np.argmin(median[6]) == 0 and np.argmin(median[10]) == 0  # the shortest tops; the quickest packing
    assert median[9, 0] == 1 and np.all(median[9, 1:] == 0)  # U.S. Fancy's fruit shaded
    assert np.argmin(median[2]) == 3 and np.argmax(median[7]) == 3  # the culls: the earliest cut, the most acid
    true, pred, wrong = knn_errors("pineapple4")
    assert 0.476 < wrong.mean() < 0.486 and 0.76 < share_between(true, pred, PINEAPPLE_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, 1, 2) > 0.37 and share_pair(true, pred, 0, 1) > 0.26
    rates = class_error_rates("pineapple4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_telescope6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    dome, mount, mirror, instrument, ao, control = range(6)
    median = class_medians("telescope6")
    assert np.argmin(median[3]) == dome and np.argmax(median[4]) == dome  # the coldest; the windiest
    assert np.argmax(median[5]) == dome and np.argmax(median[8]) == dome  # the most humid; rotation errors
    assert np.argmax(median[6]) == mirror and np.argmin(median[6]) == control  # the longest and shortest losses
    assert np.argmax(median[7]) == control and np.argmax(median[9]) == mount  # alarms; tracking error
    assert np.argmax(median[10]) == mirror and np.argmax(median[11]) == mirror  # forces; the worst image
    assert np.argmin(median[11]) == instrument and np.argmax(median[12]) == instrument  # the best image; drift
    assert np.argmax(median[13]) == ao and np.argmax(median[14]) == control  # loop openings; lost packets
    assert np.argmax(median[15]) == mirror and np.argmin(median[15]) == ao  # days since the maintenance
    x, y = set_data("telescope6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 0, 1, 1, 0, 0] and np.argmax(found[:, 2]) == dome
    assert np.argmax([np.mean(x[y == c, 1] == 2) for c in range(6)]) == ao  # the AO-fed instrument
    assert np.argmax([np.mean(x[y == c, 2] == 0) for c in range(6)]) == dome  # the twilight opening
    true, pred, wrong = knn_errors("telescope6")
    assert 0.317 < wrong.mean() < 0.327 and 0.71 < share_between(true, pred, TELESCOPE_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, instrument, ao) > 0.1 and share_pair(true, pred, dome, mount) > 0.1
    assert share_pair(true, pred, ao, control) > 0.09
    rates = class_error_rates("telescope6")
    assert np.argmax(rates) == control and np.argmin(rates) == dome


def test_dredge6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    cutter, pump, pipeline, spuds, hydraulic, engines = range(6)
    median = class_medians("dredge6")
    assert np.argmax(median[3]) == cutter and np.argmax(median[4]) == cutter  # cutter power; vacuum
    assert np.argmin(median[4]) == pump and np.argmax(median[5]) == pipeline  # the lowest vacuum; discharge
    assert np.argmin(median[6]) == pipeline and np.argmax(median[7]) == pipeline  # the slowest, densest mixture
    assert np.argmin(median[8]) == spuds and np.argmax(median[9]) == pipeline  # the slowest swing; the longest line
    assert np.argmax(median[10]) == hydraulic and np.argmax(median[11]) == engines  # oil's heat; exhaust spread
    assert np.argmax(median[12]) == engines and np.argmax(median[13]) == pump  # alarms; the longest stops
    assert np.argmin(median[13]) == hydraulic and np.argmax(median[14]) == pump  # the shortest; wear hours
    assert np.argmax(median[15]) == spuds  # the winches' overloads
    x, y = set_data("dredge6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [1, 3, 3, 1, 0, 0] and np.argmax(found[:, 0]) == engines
    assert np.argmax([np.mean(x[y == c, 1] == 0) for c in range(6)]) == pipeline  # the sand
    true, pred, wrong = knn_errors("dredge6")
    assert 0.332 < wrong.mean() < 0.342 and 0.78 < share_between(true, pred, DREDGE_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, spuds, hydraulic) > 0.18 and share_pair(true, pred, pump, pipeline) > 0.14
    rates = class_error_rates("dredge6")
    assert np.argmax(rates) == hydraulic and np.argmin(rates) == cutter
