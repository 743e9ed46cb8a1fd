"""Round 55's held-out noisy-label sets (``benchmarks/data_quality_round55.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round55`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured (bathing4, lesion6 and whale6 after their one change, steatosis4 unchanged), all four
meet the three aims, lesion6's baseline on the upper edge (40.0 %)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round55 import (BATH_CLASSES, BATH_EC_LIMITS, BATH_IE_LIMITS, BATH_NEIGHBOURS,
                                             BATH_ROWS, GENERATORS, LESION_CAUSES, LESION_NEIGHBOURS, LESION_ROWS,
                                             LESION_TABLE, NEIGHBOURS, ORDERED, ROUND55, ROUND55_GENERATORS, SHAPES,
                                             STEAT_CLASSES, STEAT_LIMITS, STEAT_NEIGHBOURS, STEAT_ROWS,
                                             WHALE_NEIGHBOURS, WHALE_ROWS, WHALE_SPECIES, WHALE_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "steatosis4": [2.0, 1.76, 2.0, 1.0, 148.0, 85.0, 148.0, 2.42, 5.3, 27.3, 80.0, 53.0, 32.0, 1.0],
    "bathing4": [3.4, 6.1, 0.0, 0.86, 5.6, 6.3, 1.32, 15.9, 2.3, 35.0, 243.0, 13.0],
    "lesion6": [5.6, 14.0, 0.38, 0.0, 0.17, 0.7, 18.0, 0.0, 0.27, 0.34, 1.0, 1.0, 0.2, 28.0, 38.0, 0.0],
    "whale6": [90.7, 304.7, 3.46, -56.4, 27.5, 15.0, 0.37, 0.0, 0.67, 3.7, 0.44, 10.0, 19.0, 256.0, 96.0],
}


def test_round55_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND55 == ("steatosis4", "bathing4", "lesion6", "whale6") and ROUND55_GENERATORS is GENERATORS
    check_registered(55, ROUND55, GENERATORS)


def test_round55_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND55) == [4, 4, 6, 6]
    for name in ROUND55:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND55)
def test_round55_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND55)
def test_round55_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round55_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("steatosis4", "bathing4") and set(NEIGHBOURS) == set(ROUND55)
    assert NEIGHBOURS["steatosis4"] is STEAT_NEIGHBOURS and NEIGHBOURS["bathing4"] is BATH_NEIGHBOURS
    assert NEIGHBOURS["lesion6"] is LESION_NEIGHBOURS and NEIGHBOURS["whale6"] is WHALE_NEIGHBOURS
    # the PDFF limits, rising; the bathing-water limits, the first two the directive's coastal values
    assert len(STEAT_CLASSES) == len(STEAT_ROWS) == len(STEAT_LIMITS) + 1 == 4 and STEAT_LIMITS == (6.4, 17.4, 22.1)
    assert len(BATH_CLASSES) == len(BATH_ROWS) == len(BATH_EC_LIMITS) + 1 == len(BATH_IE_LIMITS) + 1 == 4
    assert BATH_EC_LIMITS[:2] == (250.0, 500.0) and BATH_IE_LIMITS[:2] == (100.0, 200.0)
    assert np.all(np.diff(BATH_EC_LIMITS) > 0) and np.all(np.diff(BATH_IE_LIMITS) > 0)
    assert len(LESION_CAUSES) == len(LESION_ROWS) == len(LESION_TABLE) and LESION_TABLE.shape[1] == 16
    assert np.argmax(LESION_TABLE[:, 3]) == 0 and np.argmax(LESION_TABLE[:, 4]) == 1  # rings; water soaking
    assert np.argmax(LESION_TABLE[:, 7]) == 2 and np.argmax(LESION_TABLE[:, 6]) == 3  # mottle; chlorosis
    assert np.argmax(LESION_TABLE[:, 12]) == 4 and np.argmin(LESION_TABLE[:, 15]) == 4  # a spray pattern; no spread
    assert np.argmax(LESION_TABLE[:, 10]) == 5  # holes
    assert len(WHALE_SPECIES) == len(WHALE_ROWS) == len(WHALE_TABLE) and WHALE_TABLE.shape[1] == 11
    assert np.argmin(WHALE_TABLE[:, 0]) == 0 and np.argmax(WHALE_TABLE[:, 2]) == 0  # the lowest; the longest
    assert np.argmax(WHALE_TABLE[:, 6]) == 1 and np.argmax(WHALE_TABLE[:, 1]) == 2  # regular; the widest band
    assert np.argmax(WHALE_TABLE[:, 8]) == 3 and np.argmax(WHALE_TABLE[:, 3]) == 5  # pulse trains; the up-call


@pytest.mark.parametrize("name", ROUND55)
def test_round55_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"steatosis4": (0.72, 0.82), "bathing4": (0.58, 0.68), "lesion6": (0.61, 0.71),
                 "whale6": (0.79, 0.89)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_steatosis4_checkup_follows_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("steatosis4")
    median = class_medians("steatosis4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    for col in (1, 4, 5, 6, 7, 8, 9, 10):  # hepatorenal index, enzymes, triglycerides, glucose, BMI, waist
        assert np.all(np.diff(median[col]) > 0)
    for col in (0, 2, 3, 11):  # echogenicity, attenuation, blurring, the stated alcohol
        assert np.all(np.diff(means[col]) > 0)
    true, pred, wrong = knn_errors("steatosis4")
    assert 0.23 < wrong.mean() < 0.28 and 0.96 < share_between(true, pred, STEAT_NEIGHBOURS)
    assert share_pair(true, pred, 0, 1) > 0.48 and share_pair(true, pred, 2, 3) > 0.2
    assert share_pair(true, pred, 1, 2) > 0.18
    rates = class_error_rates("steatosis4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0  # mild most; none least


def test_bathing4_day_follows_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("bathing4")
    median = class_medians("bathing4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    for col in (1, 2, 3):  # the rain and the outfall's flow
        assert np.all(np.diff(means[col]) > 0)
    assert np.all(np.diff(median[3]) > 0) and median[0][0] < median[0][3]  # outfall; turbid poor days
    assert np.all(np.diff(median[9]) <= 0) and np.all(np.diff(means[8]) < 0)  # fresher water; less sun
    assert median[5][0] < median[5][1] and median[4][3] < median[4][0]  # onshore wind; the ebb (hours after high water)
    true, pred, wrong = knn_errors("bathing4")
    assert 0.35 < wrong.mean() < 0.40 and 0.84 < share_between(true, pred, BATH_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 1, 2) > 0.38 and share_pair(true, pred, 0, 1) > 0.25
    assert share_pair(true, pred, 2, 3) > 0.12 and share_pair(true, pred, 1, 3) > 0.06  # two apart: a spill
    rates = class_error_rates("bathing4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # sufficient most; excellent least


def test_lesion6_leaf_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("lesion6")
    fungal, bacterial, viral, nutrient, herbicide, insect = range(6)
    median = class_medians("lesion6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[0]) == fungal and np.argmax(median[3]) == fungal  # large spots; rings
    assert np.argmax(median[4]) == bacterial and np.argmax(median[5]) == bacterial  # water soaked; angular
    assert np.argmax(median[7]) == viral and np.argmax(median[8]) in (viral, herbicide)  # mottle; distortion
    assert np.argmax(means[6]) == nutrient and np.argmax(median[12]) == herbicide  # chlorosis; a spray pattern
    assert np.argmax(median[10]) == insect and np.argmax(means[11]) == insect  # holes; frass and insects seen
    assert np.argmin(means[15]) == herbicide and np.argmax(median[14]) == bacterial  # no spread; wet weather
    true, pred, wrong = knn_errors("lesion6")
    assert 0.38 < wrong.mean() < 0.42 and 0.89 < share_between(true, pred, LESION_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, fungal, insect) > 0.2 and share_pair(true, pred, viral, nutrient) > 0.2
    assert share_pair(true, pred, fungal, bacterial) > 0.14 and share_pair(true, pred, nutrient, herbicide) > 0.12
    assert share_pair(true, pred, bacterial, insect) > 0.02  # outside the map
    rates = class_error_rates("lesion6")
    assert np.argmax(rates) == herbicide and np.argmin(rates) == viral


def test_whale6_bout_follows_the_species_and_errors_fall_between_confused_species():
    x, y = set_data("whale6")
    blue, fin, humpback, minke, sei, right = range(6)
    median = class_medians("whale6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[0]) == blue and np.argmin(median[1]) == blue  # the lowest calls
    assert np.argmax(median[2]) in (blue, minke) and np.argmax(median[3]) == right  # long; the up-call
    assert np.argmax(median[4]) == blue and np.argmax(median[6]) == blue  # long, regular intervals
    assert np.argmax(median[8]) == minke and np.argmax(median[13]) == blue  # pulse trains; deep water
    assert median[1][humpback] > 3 * median[1][sei] and np.argmin(median[5]) == sei  # the song's band; pairs
    assert np.argmax(means[7]) in (humpback, right)  # harmonics
    true, pred, wrong = knn_errors("whale6")
    assert 0.2 < wrong.mean() < 0.25 and 0.96 < share_between(true, pred, WHALE_NEIGHBOURS)
    assert share_pair(true, pred, humpback, minke) > 0.33 and share_pair(true, pred, blue, fin) > 0.2
    assert share_pair(true, pred, fin, sei) > 0.1 and share_pair(true, pred, sei, right) > 0.08
    assert share_pair(true, pred, humpback, right) > 0.07
    rates = class_error_rates("whale6")
    assert np.argmax(rates) == minke and np.argmin(rates) == humpback
