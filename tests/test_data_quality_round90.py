"""Round 90's held-out noisy-label sets (``benchmarks/data_quality_round90.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round90`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (dogcough6 unchanged after the first; fontaine5, carcond6 and returns6 changed once):
fontaine5 (its baseline errs on 41.8 %, over the 40 % aim; kept; MLP 66.0 % test with seed 0), carcond6 (45.4 %, over
the aim; kept; 59.4 %, under the 60 % aim; kept), dogcough6 (34.9 %, 69.2 %) and returns6 (39.2 %, 66.2 %). The MLP
is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a
session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round90 import (CARCOND_CLASSES, CARCOND_INSPECTION, CARCOND_LIMITS, CARCOND_NEIGHBOURS,
                                             CARCOND_ROWS, DOGCOUGH_CLASSES, DOGCOUGH_NEIGHBOURS, DOGCOUGH_ROWS,
                                             DOGCOUGH_TABLE, DOGCOUGH_TYPES, FONTAINE_CLASSES, FONTAINE_CLINIC,
                                             FONTAINE_LIMITS, FONTAINE_NEIGHBOURS, FONTAINE_ROWS, GENERATORS,
                                             NEIGHBOURS, ORDERED, RETURNS_CATEGORY, RETURNS_CLASSES,
                                             RETURNS_NEIGHBOURS, RETURNS_ROWS, RETURNS_TABLE, ROUND90,
                                             ROUND90_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "fontaine5": [64.0, 1.0, 0.0, 0.0, 0.0, 39.0, 45.0, 133.0, 3.0, 0.88, 70.0, 2.0, 0.0, 1.0, 0.0, 0.0],
    "carcond6": [1.0, 0.0, 5.5, 58.0, 1.0, 92.0, 2.0, 1.0, 25.0, 6.0, 1.0, 3.0],
    "dogcough6": [2.0, 2.2, 22.3, 0.0, 12.0, 0.0, 1.0, 0.0, 1.0, 16.0, 38.9, 0.0, 1.0],
    "returns6": [1.0, 25.3, 14.0, 0.0, 2.0, 6.0, 0.0, 51.0, 8.0, 1.0, 3.0, 0.0],
}


def test_round90_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND90 == ("fontaine5", "carcond6", "dogcough6", "returns6") and ROUND90_GENERATORS is GENERATORS
    check_registered(90, ROUND90, GENERATORS)


def test_round90_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND90) == [5, 6, 6, 6]
    for name in ROUND90:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND90)
def test_round90_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND90)
def test_round90_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round90_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("fontaine5", "carcond6") and set(NEIGHBOURS) == set(ROUND90)
    assert NEIGHBOURS["fontaine5"] is FONTAINE_NEIGHBOURS and NEIGHBOURS["carcond6"] is CARCOND_NEIGHBOURS
    assert NEIGHBOURS["dogcough6"] is DOGCOUGH_NEIGHBOURS and NEIGHBOURS["returns6"] is RETURNS_NEIGHBOURS
    assert len(FONTAINE_CLASSES) == len(FONTAINE_ROWS) == 5 and FONTAINE_LIMITS == (1.0, 2.0, 3.0, 4.0)
    assert len(CARCOND_CLASSES) == len(CARCOND_ROWS) == 6 and CARCOND_LIMITS == (1.0, 2.0, 3.0, 4.0, 5.0)
    assert len(FONTAINE_CLINIC) == 2 and len(CARCOND_INSPECTION) == 2
    assert len(DOGCOUGH_CLASSES) == len(DOGCOUGH_ROWS) == len(DOGCOUGH_TABLE) == len(DOGCOUGH_TYPES) == 6
    assert DOGCOUGH_TABLE.shape[1] == 12 and np.allclose(DOGCOUGH_TYPES.sum(1), 1)
    assert np.argmax(DOGCOUGH_TABLE[:, 7]) == 1 and np.argmax(DOGCOUGH_TYPES[:, 0]) == 2  # a murmur; a honk
    assert len(RETURNS_CLASSES) == len(RETURNS_ROWS) == len(RETURNS_TABLE) == len(RETURNS_CATEGORY) == 6
    assert RETURNS_TABLE.shape[1] == 11 and np.allclose(RETURNS_CATEGORY.sum(1), 1)
    assert np.argmax(RETURNS_TABLE[:, 2]) == 5 and np.argmax(RETURNS_TABLE[:, 5]) == 3  # other sizes; lateness


@pytest.mark.parametrize("name", ROUND90)
def test_round90_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"fontaine5": (0.61, 0.71), "carcond6": (0.54, 0.65), "dogcough6": (0.64, 0.75),
                 "returns6": (0.61, 0.72)}[name]  # as measured (seed 0): 66.0, 59.4, 69.2, 66.2 %
    assert low < mlp.score(b, yb) < high


def test_fontaine5_record_follows_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("fontaine5")
    assert np.all(np.diff(median[9]) < 0) and np.all(np.diff(median[10]) < 0)  # the ankle-brachial index; the toe
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[6]) <= 0)  # the age; the eGFR
    x, y = set_data("fontaine5")
    written = x[:, 15] > 0  # the GP wrote a walking distance
    assert np.all(np.diff([np.median(x[written & (y == c), 15]) for c in range(5)]) < 0)
    assert np.all(np.diff([x[y == c, 4].mean() for c in range(5)]) > 0)  # diabetes
    true, pred, wrong = knn_errors("fontaine5")
    assert 0.38 < wrong.mean() < 0.45 and 0.90 < share_between(true, pred, FONTAINE_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.22 and share_pair(true, pred, 2, 3) > 0.22
    assert np.argmax(class_error_rates("fontaine5")) in (2, 3)


def test_carcond6_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("carcond6")
    assert np.all(np.diff(median[2]) < 0) and np.all(np.diff(median[3]) < 0)  # the age; the odometer
    assert np.all(np.diff(median[5]) >= 0) and median[5][5] > median[5][0]  # the service history
    x, y = set_data("carcond6")
    assert np.all(np.diff([x[y == c, 10].mean() for c in range(6)]) < 0)  # the declared damage
    assert np.all(np.diff([x[y == c, 6].mean() for c in range(6)]) < 0)  # the MOT advisories
    true, pred, wrong = knn_errors("carcond6")
    assert 0.42 < wrong.mean() < 0.49 and 0.88 < share_between(true, pred, CARCOND_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 4, 5) > 0.24 and share_pair(true, pred, 3, 4) > 0.19
    assert np.argmax(class_error_rates("carcond6")) in (3, 4)


def test_dogcough6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    kennel, mitral, trachea, bronchitis, pneumonia, lungworm = range(6)
    median = class_medians("dogcough6")
    assert np.argmax(median[1]) == mitral and np.argmax(median[4]) == bronchitis  # the age; the days of cough
    assert np.argmax(median[10]) == pneumonia and np.argmax(median[9]) == mitral  # the temperature; the breathing
    x, y = set_data("dogcough6")
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == trachea  # a honking cough
    assert np.argmax([x[y == c, 5].mean() for c in range(6)]) == kennel  # kennel or daycare contact
    assert np.argmax([x[y == c, 11].mean() for c in range(6)]) == lungworm  # slugs or snails
    true, pred, wrong = knn_errors("dogcough6")
    assert 0.32 < wrong.mean() < 0.38 and 0.85 < share_between(true, pred, DOGCOUGH_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, kennel, lungworm) > 0.13 and share_pair(true, pred, trachea, bronchitis) > 0.1
    rates = class_error_rates("dogcough6")
    assert np.argmax(rates) == bronchitis and np.argmin(rates) in (kennel, mitral)


def test_returns6_record_follows_the_reason_and_errors_fall_mostly_between_confused_reasons():
    size, described, faulty, late, changed, bracketing = range(6)
    x, y = set_data("returns6")
    assert np.argmax([x[y == c, 3].mean() for c in range(6)]) == bracketing  # other sizes in the order
    assert np.argmax([x[y == c, 6].mean() for c in range(6)]) == late  # the delivery's lateness
    assert np.argmax([x[y == c, 8].mean() for c in range(6)]) == bracketing  # the past return rate
    assert np.argmax([x[y == c, 2].mean() for c in range(6)]) == changed  # the discount
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == faulty  # home goods
    true, pred, wrong = knn_errors("returns6")
    assert 0.36 < wrong.mean() < 0.42 and 0.64 < share_between(true, pred, RETURNS_NEIGHBOURS) < 0.75
    assert share_pair(true, pred, size, bracketing) > 0.15 and share_pair(true, pred, described, faulty) > 0.14
    rates = class_error_rates("returns6")
    assert np.argmax(rates) == described and np.argmin(rates) == size
