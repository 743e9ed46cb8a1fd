"""Round 127's held-out noisy-label sets (``benchmarks/data_quality_round127.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round127`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: sweetpotato4 (its baseline errs on 40.6 %: the aim missed by a little after its one change, kept and
said; MLP 75.3 % test with seed 0), orange4 (38.6 %; 74.2 %, after its one change), combine6 (30.3 %; 74.4 %, after
its one change) and tram6 (30.0 %; 76.1 %). The MLP is fitted once per set (one parametrized test); the pools are
200,000 lots (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round127 import (COMBINE_CALL, COMBINE_CLASSES, COMBINE_CROP, COMBINE_MAKE,
                                              COMBINE_NEIGHBOURS, COMBINE_ROWS, COMBINE_TABLE, GENERATORS, NEIGHBOURS,
                                              ORANGE_CLASSES, ORANGE_GRADING, ORANGE_LIMITS, ORANGE_NEIGHBOURS,
                                              ORANGE_ROWS, ORDERED, ROUND127, ROUND127_GENERATORS, SHAPES,
                                              SWEETPOTATO_CLASSES, SWEETPOTATO_GRADING, SWEETPOTATO_LIMITS,
                                              SWEETPOTATO_NEIGHBOURS, SWEETPOTATO_ROWS, TRAM_CLASSES, TRAM_NEIGHBOURS,
                                              TRAM_ROWS, TRAM_SERIES, TRAM_SOURCE, TRAM_SYMPTOM, TRAM_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "sweetpotato4": [0.0, 2.0, 0.0, 257.0, 5.0, 29.3, 89.0, 330.0, 13.4, 86.0, 331.0, 12.2, 14.7, 31.0],
    "orange4": [0.0, 1.0, 88.0, 30.0, 3.0, 0.0, 1.0, 84.9, 57.1, 10.6, 3.5, 73.1, 11.0],
    "combine6": [3.0, 1.0, 3.0, 5164.0, 18.0, 3.02, 2.06, 1.7, 3.0, 20.3, 0.0, 91.8, 1.0, 2.9],
    "tram6": [2.0, 0.0, 6.0, 170.3, 9.3, 13.3, 3.0, 2.0, 12.4, 1.0, 1.4, 27.09, 64.9, 19.4],
}


def test_round127_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND127 == ("sweetpotato4", "orange4", "combine6", "tram6") and ROUND127_GENERATORS is GENERATORS
    check_registered(127, ROUND127, GENERATORS)


def test_round127_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND127] == [4, 4, 6, 6]
    for name in ROUND127:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND127)
def test_round127_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND127)
def test_round127_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round127_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("sweetpotato4", "orange4") and set(NEIGHBOURS) == set(ROUND127)
    assert NEIGHBOURS["sweetpotato4"] is SWEETPOTATO_NEIGHBOURS and NEIGHBOURS["orange4"] is ORANGE_NEIGHBOURS
    assert NEIGHBOURS["combine6"] is COMBINE_NEIGHBOURS and NEIGHBOURS["tram6"] is TRAM_NEIGHBOURS
    assert len(SWEETPOTATO_CLASSES) == len(SWEETPOTATO_ROWS) == len(SWEETPOTATO_LIMITS) == 4
    assert SWEETPOTATO_LIMITS.shape == (4, 6) and ORANGE_LIMITS.shape == (4, 4)
    assert len(ORANGE_CLASSES) == len(ORANGE_ROWS) == len(ORANGE_LIMITS) == 4
    assert np.all(np.diff(ORANGE_LIMITS, axis=0) >= 0)  # looser down; a lot within none is not kept
    assert list(np.diag(SWEETPOTATO_LIMITS[[0, 1, 3], :3])) == [10, 10, 10]  # each grade's own level, 10 %
    assert SWEETPOTATO_LIMITS[2, 1] == 25 and list(SWEETPOTATO_LIMITS[:, 3]) == [5, 5, 10, 10]  # Commercial; serious
    assert list(SWEETPOTATO_LIMITS[:, 4]) == [2] * 4 and list(ORANGE_LIMITS[:, 0]) == [10, 10, 10, 15]
    assert len(SWEETPOTATO_GRADING) == 2 and len(ORANGE_GRADING) == 2
    assert len(COMBINE_CLASSES) == len(COMBINE_ROWS) == len(COMBINE_TABLE) == 6 and COMBINE_TABLE.shape[1] == 11
    assert len(TRAM_CLASSES) == len(TRAM_ROWS) == len(TRAM_TABLE) == 6 and TRAM_TABLE.shape[1] == 11
    for table in (COMBINE_MAKE, COMBINE_CROP, COMBINE_CALL, TRAM_SERIES, TRAM_SOURCE, TRAM_SYMPTOM):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(COMBINE_TABLE[:, 2]) == 0 and np.argmax(COMBINE_TABLE[:, 1]) == 1  # header loss; moisture
    assert np.argmax(COMBINE_TABLE[:, 4]) == 2 and np.argmax(COMBINE_TABLE[:, 6]) == 3  # cracked grain; returns
    assert np.argmin(COMBINE_TABLE[:, 10]) == 4 and np.argmax(COMBINE_TABLE[:, 8]) == 5  # unloading; coolant
    assert np.argmax(TRAM_TABLE[:, 4]) == 0 and np.argmax(TRAM_TABLE[:, 9]) == 1  # interruptions; converter
    assert np.argmax(TRAM_TABLE[:, 5]) == 2 and np.argmax(TRAM_TABLE[:, 6]) == 3  # slips; door faults
    assert np.argmax(TRAM_TABLE[:, 7]) == 4 and np.argmin(TRAM_TABLE[:, 8]) == 5  # saloon; battery


@pytest.mark.parametrize("name", ROUND127)
def test_round127_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"sweetpotato4": (0.703, 0.803), "orange4": (0.692, 0.792), "combine6": (0.694, 0.794),
                 "tram6": (0.711, 0.811)}[name]  # as measured (seed 0): 75.3, 74.2, 74.4, 76.1 %
    assert low < mlp.score(b, yb) < high


def test_sweetpotato4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("sweetpotato4")
    assert np.argmin(median[11]) == 0 and np.argmax(median[11]) == 2  # the cull-out: Extra's least, Commercial's most
    assert np.all(np.diff(median[13][:3]) > 15) and np.argmax(median[10]) == 3  # the camera; No. 2's big roots
    x, y = set_data("sweetpotato4")
    heavier = [np.mean(x[y == c, 2] == 1) for c in range(4)]
    assert np.argmin(heavier) == 0 and np.argmax(heavier) == 2  # the heavier soils: misshapen, scurf
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.ptp(means[:, 5]) < 0.3 and np.ptp(means[:, 8]) < 0.3  # the curing's and the store's temperatures
    true, pred, wrong = knn_errors("sweetpotato4")
    assert 0.401 < wrong.mean() < 0.411 and 0.74 < share_between(true, pred, SWEETPOTATO_NEIGHBOURS) < 0.8
    assert share_pair(true, pred, 0, 1) > 0.35 and share_pair(true, pred, 1, 2) > 0.23
    assert share_pair(true, pred, 1, 3) > 0.13 and share_pair(true, pred, 2, 3) > 0.1
    rates = class_error_rates("sweetpotato4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 2


def test_orange4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("orange4")
    assert np.all(np.diff(median[7]) < -2) and np.all(np.diff(median[8]) > 3)  # the colour sorter; the blemishes
    assert np.all(np.diff(median[9]) > 1) and np.all(np.diff(median[11]) < 0)  # the eliminations; the diameter
    x, y = set_data("orange4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 5]) < 0)  # the miticide sprays: fewer, more rust-mite discoloration
    assert np.ptp(means[:, 10]) < 0.2 and np.ptp(means[:, 12]) < 0.5  # the firmness; the Brix / acid ratio
    true, pred, wrong = knn_errors("orange4")
    assert 0.381 < wrong.mean() < 0.391 and 0.84 < share_between(true, pred, ORANGE_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, 0, 1) > 0.4 and share_pair(true, pred, 1, 2) > 0.22
    assert share_pair(true, pred, 2, 3) > 0.17 and share_pair(true, pred, 1, 3) > 0.05
    rates = class_error_rates("orange4")
    assert np.argmax(rates) == 0 and np.argmin(rates) == 1


def test_combine6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    header, feeder, rotor, shoe, elevator, engine = range(6)
    median = class_medians("combine6")
    assert np.argmax(median[5]) == header and np.argmax(median[4]) == feeder  # header loss; moisture
    assert np.argmax(median[6]) == shoe and np.argmax(median[8]) == shoe and np.argmax(median[9]) == shoe
    assert np.argmin(median[13]) == elevator and np.argmax(median[11]) == engine  # unloading; coolant
    assert np.argmax(median[3]) == engine  # the engine hours
    x, y = set_data("combine6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 7]) == rotor and np.argmax(means[:, 10]) == engine  # cracked grain; rotor dips
    calls = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(calls, 1)) == [1, 0, 0, 1, 5, 4]  # the rotor's commonest call plugging, then loss
    true, pred, wrong = knn_errors("combine6")
    assert 0.298 < wrong.mean() < 0.308 and 0.76 < share_between(true, pred, COMBINE_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, header, feeder) > 0.2 and share_pair(true, pred, rotor, shoe) > 0.18
    assert share_pair(true, pred, feeder, rotor) > 0.1 and share_pair(true, pred, rotor, engine) > 0.05
    rates = class_error_rates("combine6")
    assert np.argmax(rates) == feeder and np.argmin(rates) == elevator


def test_tram6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    pantograph, traction, brakes, doors, hvac, aux = range(6)
    median = class_medians("tram6")
    assert np.argmax(median[7]) == pantograph and np.argmin(median[13]) == pantograph  # interruptions; the strip
    assert np.argmax(median[6]) == traction and np.argmax(median[12]) == traction  # fault codes; the converter
    assert np.argmax(median[3]) == traction and np.argmax(median[8]) == brakes  # kilometres; slips and slides
    assert np.argmax(median[9]) == doors and np.argmax(median[5]) == hvac  # door faults; the hot days
    assert np.argmax(median[10]) == hvac and np.argmin(median[11]) == aux  # the saloon; the battery
    x, y = set_data("tram6")
    symptoms = np.array([[np.mean(x[y == c, 2] == k) for k in range(7)] for c in range(6)])
    assert list(np.argmax(symptoms, 1)) == [6, 0, 2, 3, 4, 5]  # traction: no traction just over power lost
    complaints = [np.mean(x[y == c, 1] == 2) for c in range(6)]
    assert np.argmax(complaints) == hvac  # the passengers complain of the heat
    true, pred, wrong = knn_errors("tram6")
    assert 0.295 < wrong.mean() < 0.305 and 0.69 < share_between(true, pred, TRAM_NEIGHBOURS) < 0.75
    assert share_pair(true, pred, traction, brakes) > 0.14 and share_pair(true, pred, pantograph, traction) > 0.12
    assert share_pair(true, pred, brakes, doors) > 0.11 and share_pair(true, pred, hvac, aux) > 0.06
    rates = class_error_rates("tram6")
    assert np.argmax(rates) == aux and np.argmin(rates) == hvac
