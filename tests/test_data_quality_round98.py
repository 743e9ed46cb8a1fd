"""Round 98's held-out noisy-label sets (``benchmarks/data_quality_round98.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round98`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of cormack4 and tuna5 had (culvert6 and conveyor6 as first measured):
cormack4 (its baseline errs on 35.2 %; MLP 70.7 % test with seed 0), tuna5 (45.7 %, over the aim of 40 %, kept;
70.5 %), culvert6 (38.4 %, 68.2 %) and conveyor6 (32.3 %, 76.3 %). The MLP is fitted once per set (one parametrized
test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round98 import (CONVEYOR_CLASSES, CONVEYOR_NEIGHBOURS, CONVEYOR_ROWS, CONVEYOR_SITE,
                                             CONVEYOR_TABLE, CORMACK_CLASSES, CORMACK_LIMITS, CORMACK_NEIGHBOURS,
                                             CORMACK_ROWS, CORMACK_VIEWING, CULVERT_CLASSES, CULVERT_MATERIAL,
                                             CULVERT_NEIGHBOURS, CULVERT_ROWS, CULVERT_TABLE, GENERATORS, NEIGHBOURS,
                                             ORDERED, ROUND98, ROUND98_GENERATORS, SHAPES, TUNA_CLASSES, TUNA_GRADING,
                                             TUNA_LIMITS, TUNA_NEIGHBOURS, TUNA_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "cormack4": [29.0, 0.0, 32.4, 37.3, 2.0, 7.0, 15.3, 4.8, 1.0, 40.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0],
    "tuna5": [0.0, 0.0, 143.0, 56.6, 14.8, 3.0, 8.0, 36.0, 1.0, 28.0, 0.9, 19.9, 0.0, 1.5, 3.2, 1.0],
    "culvert6": [1.0, 33.0, 1.21, 23.0, 4.4, 1.6, 0.77, 10.0, 9.0, 0.1, 0.4, 15.0, 6.6, 24.0, 17.0, 6.0, 1.0],
    "conveyor6": [2.0, 2.96, 70.0, 99.0, 2.84, 39.0, 34.0, 11.0, 9.8, 5.0, 35.0, 140.0, 2.5, 4.0, 6.9, 127.0, 2.0],
}


def test_round98_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND98 == ("cormack4", "tuna5", "culvert6", "conveyor6") and ROUND98_GENERATORS is GENERATORS
    check_registered(98, ROUND98, GENERATORS)


def test_round98_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND98] == [4, 5, 6, 6]
    for name in ROUND98:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND98)
def test_round98_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND98)
def test_round98_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round98_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("cormack4", "tuna5") and set(NEIGHBOURS) == set(ROUND98)
    assert NEIGHBOURS["cormack4"] is CORMACK_NEIGHBOURS and NEIGHBOURS["tuna5"] is TUNA_NEIGHBOURS
    assert NEIGHBOURS["culvert6"] is CULVERT_NEIGHBOURS and NEIGHBOURS["conveyor6"] is CONVEYOR_NEIGHBOURS
    assert len(CORMACK_CLASSES) == len(CORMACK_ROWS) == 4 and CORMACK_LIMITS == (1.5, 2.5, 3.5)
    assert len(TUNA_CLASSES) == len(TUNA_ROWS) == 5 and TUNA_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(CORMACK_VIEWING) == 2 and len(TUNA_GRADING) == 2
    assert len(CULVERT_CLASSES) == len(CULVERT_ROWS) == len(CULVERT_TABLE) == len(CULVERT_MATERIAL) == 6
    assert CULVERT_TABLE.shape[1] == 16 and np.allclose(CULVERT_MATERIAL.sum(1), 1)
    assert np.argmax(CULVERT_TABLE[:, 6]) == 0 and np.argmax(CULVERT_TABLE[:, 10]) == 2  # the blockage; the loss
    assert len(CONVEYOR_CLASSES) == len(CONVEYOR_ROWS) == len(CONVEYOR_TABLE) == len(CONVEYOR_SITE) == 6
    assert CONVEYOR_TABLE.shape[1] == 16 and np.allclose(CONVEYOR_SITE.sum(1), 1)
    assert np.argmax(CONVEYOR_TABLE[:, 3]) == 4 and np.argmax(CONVEYOR_TABLE[:, 7]) == 1  # the slip; the idler


@pytest.mark.parametrize("name", ROUND98)
def test_round98_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"cormack4": (0.66, 0.76), "tuna5": (0.66, 0.76), "culvert6": (0.63, 0.73),
                 "conveyor6": (0.71, 0.81)}[name]  # as measured (seed 0): 70.7, 70.5, 68.2, 76.3 %
    assert low < mlp.score(b, yb) < high


def test_cormack4_airway_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("cormack4")
    for column in (4, 8):  # the Mallampati class, the lip bite class (medians rise, not strictly)
        assert np.all(np.diff(median[column]) >= 0) and median[column, 3] > median[column, 0]
    for column in (5, 6, 7, 9):  # the thyromental and sternomental distances, the mouth opening, the extension
        assert np.all(np.diff(median[column]) < 0)
    x, y = set_data("cormack4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    for column in (1, 2, 4, 10, 12, 15):  # men, the BMI, Mallampati, prominent incisors, sleep apnoea, noted before
        assert np.all(np.diff(means[:, column]) > 0)
    assert means[0, 11] > means[3, 11]  # the edentulous are easier to see
    true, pred, wrong = knn_errors("cormack4")
    assert 0.34 < wrong.mean() < 0.36 and 0.92 < share_between(true, pred, CORMACK_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.4 and share_pair(true, pred, 1, 2) > 0.28
    rates = class_error_rates("cormack4")
    assert np.argmin(rates) == 0 and rates[0] < 0.2 and min(rates[2], rates[3]) > 0.45  # grade 1 errs least


def test_tuna5_records_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("tuna5")
    for column in (2, 3, 6):  # the length, the weight, the fat meter
        assert np.all(np.diff(median[column]) < 0)
    for column in (4, 7, 11):  # the water's temperature, the minutes fighting, the core's temperature at landing
        assert np.all(np.diff(median[column]) > 0)
    x, y = set_data("tuna5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 0]) > 0) and np.all(np.diff(means[:, 8]) < 0)  # bigeye; spiked and bled
    assert np.all(np.diff(means[:, 9]) > 0) and np.all(np.diff(means[:, 13]) > 0)  # bled late; days to the auction
    longline = [np.mean(x[y == c, 1] == 2) for c in range(5)]
    harpoon = [np.mean(x[y == c, 1] == 1) for c in range(5)]
    assert np.all(np.diff(longline) > 0) and np.argmax(harpoon) == 0  # longliners' fish low, harpooned fish high
    true, pred, wrong = knn_errors("tuna5")
    assert 0.45 < wrong.mean() < 0.465 and 0.89 < share_between(true, pred, TUNA_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.26 and share_pair(true, pred, 2, 3) > 0.27
    rates = class_error_rates("tuna5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 4  # the middle grade errs most, the processing grade least


def test_culvert6_inspection_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    blockage, scour, corrosion, joint, piping, deformation = range(6)
    median = class_medians("culvert6")
    assert np.argmax(median[1]) == corrosion and np.argmax(median[3]) == joint  # the age; the length
    assert np.argmax(median[4]) == deformation and np.argmax(median[5]) == scour  # the fill; the slope
    assert np.argmax(median[6]) == scour and np.argmax(median[7]) == blockage  # the catchment; the blockage
    assert np.argmax(median[8]) == blockage and np.argmax(median[9]) == scour  # the sediment; the perch
    assert np.argmax(median[10]) == scour and np.argmax(median[11]) == corrosion  # the scour hole; the loss
    assert np.argmin(median[12]) == corrosion and np.argmax(median[13]) == joint  # the pH; the joint gap
    assert np.argmax(median[14]) == piping and np.argmax(median[15]) == deformation  # the sag; the deformation
    x, y = set_data("culvert6")
    assert np.argmax([x[y == c, 16].mean() for c in range(6)]) == piping  # seepage at the outlet
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == corrosion  # corrugated steel
    assert np.argmax([np.mean(x[y == c, 0] == 3) for c in range(6)]) == deformation  # plastic
    true, pred, wrong = knn_errors("culvert6")
    assert 0.375 < wrong.mean() < 0.395 and 0.70 < share_between(true, pred, CULVERT_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, joint, piping) > 0.11 and share_pair(true, pred, scour, piping) > 0.1
    rates = class_error_rates("culvert6")
    assert np.argmax(rates) == piping and np.argmin(rates) == blockage


def test_conveyor6_records_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    track, idler, splice, overload, slip, rip = range(6)
    median = class_medians("conveyor6")
    assert np.argmax(median[1]) == rip and np.argmax(median[2]) == overload  # the speed; the load
    assert np.argmax(median[3]) == overload and np.argmax(median[4]) == slip  # the current; the slip
    assert np.argmax(median[5]) == slip and np.argmax(median[6]) == track  # the take-up; the edge's offset
    assert np.argmax(median[7]) == track and np.argmax(median[8]) == idler  # sway trips; the hottest idler
    assert np.argmax(median[9]) == idler and np.argmax(median[10]) == splice  # flagged idlers; the belt's age
    assert np.argmax(median[11]) == splice and np.argmax(median[12]) == splice  # the splice's age; its stretch
    assert np.argmax(median[13]) == rip and np.argmax(median[14]) == slip  # cover damage; the moisture
    assert np.argmax(median[15]) == rip  # the lumps
    x, y = set_data("conveyor6")
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == slip  # underground coal
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == rip  # hard rock
    true, pred, wrong = knn_errors("conveyor6")
    assert 0.315 < wrong.mean() < 0.33 and 0.70 < share_between(true, pred, CONVEYOR_NEIGHBOURS) < 0.75
    assert share_pair(true, pred, track, idler) > 0.15 and share_pair(true, pred, track, overload) > 0.1
    rates = class_error_rates("conveyor6")
    assert np.argmax(rates) == splice and np.argmin(rates) == slip
