"""Round 103's held-out noisy-label sets (``benchmarks/data_quality_round103.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round103`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of diamond8 and pavement7 had (hive6 and elevator6 as first measured):
diamond8 (its baseline errs on 60.6 %, over the aim of 40 %, kept; MLP 60.4 % test with seed 0), pavement7 (48.2 %,
over the aim, kept; 72.3 %), hive6 (31.3 %, 75.1 %) and elevator6 (38.9 %, 66.4 %). The MLP is fitted once per set
(one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round103 import (DIAMOND_CLASSES, DIAMOND_GRADING, DIAMOND_LIMITS, DIAMOND_NEIGHBOURS,
                                              DIAMOND_ROWS, ELEVATOR_CLASSES, ELEVATOR_DRIVE, ELEVATOR_NEIGHBOURS,
                                              ELEVATOR_ROWS, ELEVATOR_TABLE, GENERATORS, HIVE_CLASSES,
                                              HIVE_NEIGHBOURS, HIVE_ROWS, HIVE_SEASON, HIVE_TABLE, NEIGHBOURS,
                                              ORDERED, PAVEMENT_CLASSES, PAVEMENT_GRADING, PAVEMENT_LIMITS,
                                              PAVEMENT_NEIGHBOURS, PAVEMENT_ROWS, ROUND103, ROUND103_GENERATORS,
                                              SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "diamond8": [0.85, 0.0, 0.0, 2.0, 5.0, 1320.0, 54.2, 63.3, 0.0, 2.0, 44.0, 0.39, 0.0, 0.0, 82.0, 0.0],
    "pavement7": [6.9, 1.0, 0.0, 801.0, 1.9, 1.0, 33.0, 734.0, 0.0, 0.0, 89.0, 100.0, 0.92, 2.8, 6.7, 0.0],
    "hive6": [3.0, 11.0, 25.0, 0.0, 20.0, 1.0, 32.9, 1.2, 15.0, 3.0, 2.8, 7.4, 41.0, 0.0, 0.0, 1.0, 1.0],
    "elevator6": [1.0, 37.0, 5.0, 1.0, 200.0, 4.0, 5.0, 5.0, 0.0, 0.0, 3.0, 3.8, 4.9, 18.0, 117.0, 45.9, 0.0],
}


def test_round103_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND103 == ("diamond8", "pavement7", "hive6", "elevator6") and ROUND103_GENERATORS is GENERATORS
    check_registered(103, ROUND103, GENERATORS)


def test_round103_covers_6_to_8_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND103] == [8, 7, 6, 6]
    for name in ROUND103:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND103)
def test_round103_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND103)
def test_round103_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round103_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("diamond8", "pavement7") and set(NEIGHBOURS) == set(ROUND103)
    assert NEIGHBOURS["diamond8"] is DIAMOND_NEIGHBOURS and NEIGHBOURS["pavement7"] is PAVEMENT_NEIGHBOURS
    assert NEIGHBOURS["hive6"] is HIVE_NEIGHBOURS and NEIGHBOURS["elevator6"] is ELEVATOR_NEIGHBOURS
    assert len(DIAMOND_CLASSES) == len(DIAMOND_ROWS) == 8 and DIAMOND_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
    assert len(PAVEMENT_CLASSES) == len(PAVEMENT_ROWS) == 7
    assert PAVEMENT_LIMITS == (85.5, 70.5, 55.5, 40.5, 25.5, 10.5)
    assert len(DIAMOND_GRADING) == 2 and len(PAVEMENT_GRADING) == 2
    assert len(HIVE_CLASSES) == len(HIVE_ROWS) == len(HIVE_TABLE) == len(HIVE_SEASON) == 6
    assert HIVE_TABLE.shape[1] == 16 and np.allclose(HIVE_SEASON.sum(1), 1)
    assert np.argmax(HIVE_TABLE[:, 7]) == 0 and np.argmax(HIVE_TABLE[:, 12]) == 1  # the mite wash; ropiness
    assert len(ELEVATOR_CLASSES) == len(ELEVATOR_ROWS) == len(ELEVATOR_TABLE) == len(ELEVATOR_DRIVE) == 6
    assert ELEVATOR_TABLE.shape[1] == 16 and np.allclose(ELEVATOR_DRIVE.sum(1), 1)
    assert np.argmax(ELEVATOR_TABLE[:, 8]) == 3 and np.argmax(ELEVATOR_TABLE[:, 14]) == 4  # the chain; the oil


@pytest.mark.parametrize("name", ROUND103)
def test_round103_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"diamond8": (0.554, 0.654), "pavement7": (0.673, 0.773), "hive6": (0.70, 0.80),
                 "elevator6": (0.614, 0.714)}[name]  # as measured (seed 0): 60.4, 72.3, 75.1, 66.4 %
    assert low < mlp.score(b, yb) < high


def test_diamond8_imaging_measures_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("diamond8")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) < 0)  # the submitter's estimate; the value
    assert np.all(np.diff(median[14]) < 0)  # the transparency score
    x, y = set_data("diamond8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert np.all(np.diff(means[:, 9]) > 0) and np.all(np.diff(means[:, 10]) > 0)  # the count; the largest's size
    assert np.all(np.diff(means[:, 11]) < 0) and np.all(np.diff(means[:, 12]) > 0)  # its distance; flagged dark
    assert means[7, 13] > 0.2 > 0.05 > means[:4, 13].max()  # a feather reaching the surface
    true, pred, wrong = knn_errors("diamond8")
    assert 0.598 < wrong.mean() < 0.615 and 0.69 < share_between(true, pred, DIAMOND_NEIGHBOURS) < 0.73
    assert share_pair(true, pred, 5, 6) > 0.12 and share_pair(true, pred, 3, 4) > 0.11
    rates = class_error_rates("diamond8")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_pavement7_van_measures_follow_the_category_and_errors_fall_between_adjacent_categories():
    median = class_medians("pavement7")
    for column in (0, 12, 13, 14):  # the years since surfacing, the IRI, the rut depth, the cracked area
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[11, 1:]) < 0)  # the previous survey's PCI, below good
    x, y = set_data("pavement7")
    means = np.array([x[y == c].mean(0) for c in range(7)])
    assert np.all(np.diff(means[:, 15]) > 0) and means[0, 11] < means[1, 11] - 10  # patches; resurfaced since
    assert means[6, 2] > means[0, 2] + 0.4 and means[6, 4] > means[0, 4] + 2  # arterials; trucks
    true, pred, wrong = knn_errors("pavement7")
    assert 0.475 < wrong.mean() < 0.49 and 0.84 < share_between(true, pred, PAVEMENT_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, 1, 2) > 0.2 and share_pair(true, pred, 0, 1) > 0.17
    rates = class_error_rates("pavement7")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_hive6_records_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    varroa, afb, efb, nosema, queen, starvation = range(6)
    median = class_medians("hive6")
    assert np.argmax(median[1]) == afb and np.argmin(median[1]) == starvation  # the apiary's colonies
    assert np.argmax(median[4]) == afb and np.argmin(median[4]) == starvation  # the temperature
    assert np.argmin(median[6]) == starvation and np.argmin(median[7]) == starvation  # the weight; its change
    assert np.argmax(median[8]) == varroa and np.argmin(median[10]) == queen  # the mite wash; frames of brood
    assert np.argmax(median[12]) == nosema  # the dead bees at the entrance
    x, y = set_data("hive6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmin(means[:, 3]) == varroa and np.argmax(means[:, 13]) == afb  # treated; the ropiness test
    assert np.argmax(means[:, 14]) == nosema and np.argmax(means[:, 15]) == varroa  # fecal spotting; wings
    assert np.argmin(means[:, 16]) == queen  # eggs seen
    season = np.array([[np.mean(x[y == c, 0] == s) for s in range(4)] for c in range(6)])
    assert np.argmax(season[:, 2]) == varroa and np.argmax(season[:, 0]) == nosema  # autumn; spring
    assert np.argmax(season[:, 3]) == starvation  # winter
    true, pred, wrong = knn_errors("hive6")
    assert 0.305 < wrong.mean() < 0.32 and 0.81 < share_between(true, pred, HIVE_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, nosema, starvation) > 0.17 and share_pair(true, pred, afb, efb) > 0.14
    rates = class_error_rates("hive6")
    assert np.argmax(rates) == efb and np.argmin(rates) == queen


def test_elevator6_log_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    door, levelling, controller, safety, hydraulic, misuse = range(6)
    median = class_medians("elevator6")
    assert np.argmax(median[1]) == hydraulic and np.argmin(median[2]) == hydraulic  # the age; the floors
    assert np.argmin(median[4]) == hydraulic and np.argmax(median[6]) == misuse  # the starts; the hour
    assert np.argmax(median[7]) == misuse and np.argmax(median[8]) == door  # reopenings; door codes
    assert np.argmax(median[9]) == safety and np.argmax(median[10]) == controller  # the chain; drive codes
    assert np.argmax(median[11]) == hydraulic and np.argmax(median[12]) == door  # relevelings; the door cycle
    assert np.argmax(median[13]) == levelling and np.argmax(median[14]) == controller  # levelling; the current
    assert np.argmax(median[15]) == hydraulic  # the oil
    x, y = set_data("elevator6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 3]) == misuse and np.argmax(means[:, 16]) == misuse  # residential; the stop button
    hydraulic_drive = np.array([np.mean(x[y == c, 0] == 2) for c in range(6)])
    assert hydraulic_drive[hydraulic] > 0.9 > 0.3 < hydraulic_drive[levelling] < 0.5  # the drive
    true, pred, wrong = knn_errors("elevator6")
    assert 0.38 < wrong.mean() < 0.40 and 0.92 < share_between(true, pred, ELEVATOR_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, door, misuse) > 0.3 and share_pair(true, pred, levelling, hydraulic) > 0.13
    rates = class_error_rates("elevator6")
    assert np.argmax(rates) == safety and np.argmin(rates) == hydraulic
