"""Round 87's held-out noisy-label sets (``benchmarks/data_quality_round87.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round87`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (insulator4, akicause6 and noisesrc6 unchanged after the first; spetzler5 changed
once): spetzler5 (its baseline errs on 53.3 %, over the 40 % aim, and its MLP reaches 56.4 % test with seed 0, under
the 60 % aim; kept), insulator4 (32.0 %, 71.0 %), akicause6 (33.3 %, 71.0 %) and noisesrc6 (25.7 %, 81.9 %). The MLP
is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a
session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round87 import (AKI_CLASSES, AKI_DRUGS, AKI_NEIGHBOURS, AKI_ROWS, AKI_TABLE,
                                             GENERATORS, INSULATOR_CLASSES, INSULATOR_LIMITS, INSULATOR_NEIGHBOURS,
                                             INSULATOR_PHOTOS, INSULATOR_ROWS, NEIGHBOURS, NOISE_CLASSES,
                                             NOISE_NEIGHBOURS, NOISE_ROWS, NOISE_TABLE, NOISE_WORDS, ORDERED,
                                             ROUND87, ROUND87_GENERATORS, SHAPES, SPETZLER_CLASSES, SPETZLER_IMAGES,
                                             SPETZLER_LIMITS, SPETZLER_NEIGHBOURS, SPETZLER_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "spetzler5": [32.0, 1.0, 1.0, 1.0, 1.0, 0.0, 3.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0],
    "insulator4": [15.0, 2.0, 33.0, 2.0, 9.7, 14.0, 0.0, 0.0, 0.0, 0.0, 0.7, 0.0, 3.0],
    "akicause6": [0.0, 68.0, 409.0, 2.1, 35.8, 0.97, 3.99, 1.7, 2.0, 1.7, 1.1, 158.0, 2.0, 0.0, 0.15, 478.0],
    "noisesrc6": [1.0, 1.0, 0.0, 717.0, 48.8, 79.0, 4.2, 0.0, 5.6, 42.0, 0.0, 2.0, 0.0],
}


def test_round87_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND87 == ("spetzler5", "insulator4", "akicause6", "noisesrc6") and ROUND87_GENERATORS is GENERATORS
    check_registered(87, ROUND87, GENERATORS)


def test_round87_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND87) == [4, 5, 6, 6]
    for name in ROUND87:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND87)
def test_round87_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND87)
def test_round87_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round87_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("spetzler5", "insulator4") and set(NEIGHBOURS) == set(ROUND87)
    assert NEIGHBOURS["spetzler5"] is SPETZLER_NEIGHBOURS and NEIGHBOURS["insulator4"] is INSULATOR_NEIGHBOURS
    assert NEIGHBOURS["akicause6"] is AKI_NEIGHBOURS and NEIGHBOURS["noisesrc6"] is NOISE_NEIGHBOURS
    assert len(SPETZLER_CLASSES) == len(SPETZLER_ROWS) == 5 and SPETZLER_LIMITS == (3.0, 6.0)
    assert len(INSULATOR_CLASSES) == len(INSULATOR_ROWS) == 4 and INSULATOR_LIMITS == (0.5, 1.5, 2.5)
    assert SPETZLER_CLASSES[4] == "grade V" and INSULATOR_CLASSES[3] == "replace now"
    assert len(SPETZLER_IMAGES) == 3 and len(INSULATOR_PHOTOS) == 3
    assert len(AKI_CLASSES) == len(AKI_ROWS) == len(AKI_TABLE) == len(AKI_DRUGS) == 6
    assert AKI_TABLE.shape[1] == 15 and np.allclose(AKI_DRUGS.sum(1), 1)
    assert np.argmax(AKI_DRUGS[:, 3]) == 4 and np.argmax(AKI_TABLE[:, 13]) == 4  # an allergenic drug; eosinophils
    assert len(NOISE_CLASSES) == len(NOISE_ROWS) == len(NOISE_TABLE) == len(NOISE_WORDS) == 6
    assert NOISE_TABLE.shape[1] == 12 and np.allclose(NOISE_WORDS.sum(1), 1)
    assert np.argmax(NOISE_WORDS[:, 3]) == 4 and np.argmax(NOISE_TABLE[:, 6]) == 3  # barking; the tonality


@pytest.mark.parametrize("name", ROUND87)
def test_round87_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"spetzler5": (0.51, 0.62), "insulator4": (0.66, 0.77), "akicause6": (0.66, 0.77),
                 "noisesrc6": (0.77, 0.87)}[name]  # as measured (seed 0): 56.4, 71.0, 71.0, 81.9 %
    assert low < mlp.score(b, yb) < high


def test_spetzler5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("spetzler5")
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[6]) >= 0)  # the deficit score; the Rankin
    assert np.all(np.diff(median[11]) >= 0) and median[11][4] > median[11][1]  # the embolisation sessions
    assert np.all(np.diff(median[3]) >= 0) and np.all(np.diff(median[14]) >= 0)  # the seizures; the referral
    x, y = set_data("spetzler5")
    assert np.mean(x[y == 0, 13]) < np.mean(x[y == 4, 13])  # an external ventricular drain (a deep drainage's bleed)
    true, pred, wrong = knn_errors("spetzler5")
    assert 0.50 < wrong.mean() < 0.57 and 0.84 < share_between(true, pred, SPETZLER_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 0, 1) > 0.2
    rates = class_error_rates("spetzler5")
    assert np.argmin(rates) == 4 and np.argmax(rates) == 3


def test_insulator4_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("insulator4")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[4]) < 0)  # the age; the distance to the coast
    assert np.all(np.diff(median[11]) >= 0) and np.all(np.diff(median[3]) >= 0)  # the last grade; the pollution
    x, y = set_data("insulator4")
    on = x[:, 6] == 1  # the leakage current, where a sensor is fitted
    assert np.all(np.diff([np.median(x[on & (y == c), 7]) for c in range(4)]) > 0)
    true, pred, wrong = knn_errors("insulator4")
    assert 0.29 < wrong.mean() < 0.35 and 0.93 < share_between(true, pred, INSULATOR_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.33 and share_pair(true, pred, 1, 2) > 0.31
    rates = class_error_rates("insulator4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2


def test_akicause6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    prerenal, necrosis, toxic, obstruction, interstitial, glomerular = range(6)
    median = class_medians("akicause6")
    assert np.argmin(median[6]) == prerenal and np.argmax(median[7]) == necrosis  # the sodium excretion; the casts
    assert np.argmax(median[8]) == glomerular and np.argmax(median[10]) == glomerular  # the blood; the protein
    assert np.argmax(median[9]) == interstitial and np.argmax(median[14]) == interstitial  # white cells; eosinophils
    assert np.argmax(median[12]) == necrosis and np.argmin(median[12]) == prerenal  # the fluid balance
    x, y = set_data("akicause6")
    assert np.argmax([x[y == c, 13].mean() for c in range(6)]) == toxic  # contrast in the past week
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == toxic  # a nephrotoxin
    true, pred, wrong = knn_errors("akicause6")
    assert 0.30 < wrong.mean() < 0.36 and 0.77 < share_between(true, pred, AKI_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, prerenal, obstruction) > 0.15 and share_pair(true, pred, necrosis, toxic) > 0.12
    rates = class_error_rates("akicause6")
    assert np.argmax(rates) == obstruction and np.argmin(rates) == prerenal


def test_noisesrc6_record_follows_the_source_and_errors_fall_mostly_between_confused_sources():
    music, construction, traffic, plant, dogs, commercial = range(6)
    median = class_medians("noisesrc6")
    assert np.argmax(median[5]) == construction and np.argmin(median[5]) == plant  # the LAmax
    assert np.argmax(median[7]) == plant and np.argmax(median[8]) == dogs  # the tonality; the impulsiveness
    assert np.argmax(median[3]) == plant and np.argmin(median[3]) == dogs  # the duration
    assert np.argmin(median[9]) == traffic  # the distance to a main road
    x, y = set_data("noisesrc6")
    assert np.argmax([x[y == c, 10].mean() for c in range(6)]) == commercial  # a mixed or commercial zoning
    assert np.argmax([np.mean(x[y == c, 0] == 3) for c in range(6)]) == dogs  # "barking"
    true, pred, wrong = knn_errors("noisesrc6")
    assert 0.23 < wrong.mean() < 0.29 and 0.59 < share_between(true, pred, NOISE_NEIGHBOURS) < 0.69
    assert share_pair(true, pred, music, commercial) > 0.19 and share_pair(true, pred, construction, dogs) > 0.13
    rates = class_error_rates("noisesrc6")
    assert np.argmax(rates) == commercial and np.argmin(rates) == plant
