"""Round 91's held-out noisy-label sets (``benchmarks/data_quality_round91.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round91`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (homeclaim6 unchanged after the first; cvss5, hotelstar5 and feverrash6 changed
once): cvss5 (its baseline errs on 41.9 %, over the 40 % aim; kept; MLP 70.3 % test with seed 0), hotelstar5 (43.8 %,
over the aim; kept; 71.8 %), homeclaim6 (36.0 %, 69.5 %) and feverrash6 (40.3 %, over the aim; kept; 66.2 %). The
MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice
in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round91 import (CVSS_CLASSES, CVSS_LIMITS, CVSS_NEIGHBOURS, CVSS_ROWS, CVSS_VECTOR,
                                             FEVERRASH_CLASSES, FEVERRASH_NEIGHBOURS, FEVERRASH_ROWS,
                                             FEVERRASH_SEASON, FEVERRASH_TABLE, GENERATORS, HOMECLAIM_CLASSES,
                                             HOMECLAIM_NEIGHBOURS, HOMECLAIM_ROWS, HOMECLAIM_SEASON,
                                             HOMECLAIM_TABLE, HOTELSTAR_CLASSES, HOTELSTAR_LIMITS,
                                             HOTELSTAR_NEIGHBOURS, HOTELSTAR_ROWS, HOTELSTAR_VISIT, NEIGHBOURS,
                                             ORDERED, ROUND91, ROUND91_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "cvss5": [3.0, 1.0, 1.0, 0.0, 1.0, 26.0, 4.0, 59.0, 1.0, 3.0, 4.0, 16.2, 0.0],
    "hotelstar5": [26.0, 1950.0, 13.0, 38.0, 7.9, 655.0, 0.0, 0.0, 0.0, 0.1, 0.0, 0.0, 2.0, 0.0, 1.0, 1.0],
    "homeclaim6": [0.0, 75.0, 26953.0, 2.0, 6.0, 38.0, 2.0, 1.0, 322.0, 19.9, 0.0, 5.0, 4.0, 1.0],
    "feverrash6": [0.0, 1.2, 1.0, 39.6, 162.0, 2.2, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
}


def test_round91_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND91 == ("cvss5", "hotelstar5", "homeclaim6", "feverrash6") and ROUND91_GENERATORS is GENERATORS
    check_registered(91, ROUND91, GENERATORS)


def test_round91_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND91) == [5, 5, 6, 6]
    for name in ROUND91:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND91)
def test_round91_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND91)
def test_round91_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round91_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("cvss5", "hotelstar5") and set(NEIGHBOURS) == set(ROUND91)
    assert NEIGHBOURS["cvss5"] is CVSS_NEIGHBOURS and NEIGHBOURS["hotelstar5"] is HOTELSTAR_NEIGHBOURS
    assert NEIGHBOURS["homeclaim6"] is HOMECLAIM_NEIGHBOURS and NEIGHBOURS["feverrash6"] is FEVERRASH_NEIGHBOURS
    assert len(CVSS_CLASSES) == len(CVSS_ROWS) == 5 and CVSS_LIMITS == (0.1, 4.0, 7.0, 9.0)
    assert len(HOTELSTAR_CLASSES) == len(HOTELSTAR_ROWS) == 5 and HOTELSTAR_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(CVSS_VECTOR) == 2 and len(HOTELSTAR_VISIT) == 2
    assert len(HOMECLAIM_CLASSES) == len(HOMECLAIM_ROWS) == len(HOMECLAIM_TABLE) == len(HOMECLAIM_SEASON) == 6
    assert HOMECLAIM_TABLE.shape[1] == 13 and np.allclose(HOMECLAIM_SEASON.sum(1), 1)
    assert np.argmax(HOMECLAIM_TABLE[:, 12]) == 5 and np.argmax(HOMECLAIM_TABLE[:, 4]) == 1  # cracks; the gust
    assert len(FEVERRASH_CLASSES) == len(FEVERRASH_ROWS) == len(FEVERRASH_TABLE) == len(FEVERRASH_SEASON) == 6
    assert FEVERRASH_TABLE.shape[1] == 14 and np.allclose(FEVERRASH_SEASON.sum(1), 1)
    assert np.argmin(FEVERRASH_TABLE[:, 5]) == 0 and np.argmax(FEVERRASH_TABLE[:, 4]) == 5  # MMR; the refill


@pytest.mark.parametrize("name", ROUND91)
def test_round91_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"cvss5": (0.65, 0.76), "hotelstar5": (0.66, 0.77), "homeclaim6": (0.64, 0.75),
                 "feverrash6": (0.61, 0.72)}[name]  # as measured (seed 0): 70.3, 71.8, 69.5, 66.2 %
    assert low < mlp.score(b, yb) < high


def test_cvss5_record_follows_the_rating_and_errors_fall_between_adjacent_ratings():
    median = class_medians("cvss5")
    assert np.all(np.diff(median[7]) < 0) and np.all(np.diff(median[9]) >= 0)  # the days to the fix; the priority
    x, y = set_data("cvss5")
    assert np.all(np.diff([x[y == c, 8].mean() for c in range(5)]) > 0)  # an exploit or proof of concept
    assert np.all(np.diff([x[y == c, 10].mean() for c in range(5)]) > 0)  # the duplicate reports
    assert np.argmax([np.mean(x[y == c, 3] == 6) for c in range(5)]) == 0  # hardening reports rated None
    true, pred, wrong = knn_errors("cvss5")
    assert 0.39 < wrong.mean() < 0.45 and 0.92 < share_between(true, pred, CVSS_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 3, 4) > 0.3 and share_pair(true, pred, 0, 1) > 0.18
    assert np.argmax(class_error_rates("cvss5")) == 0


def test_hotelstar5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("hotelstar5")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[9]) > 0)  # the nightly rate; staff per room
    assert np.all(np.diff(median[2]) < 0)  # the years since the renovation
    x, y = set_data("hotelstar5")
    assert np.all(np.diff([x[y == c, 6].mean() for c in range(5)]) > 0)  # a restaurant
    before = x[:, 14] > 0  # classified before
    assert np.all(np.diff([x[before & (y == c), 14].mean() for c in range(5)]) > 0)
    true, pred, wrong = knn_errors("hotelstar5")
    assert 0.41 < wrong.mean() < 0.47 and 0.9 < share_between(true, pred, HOTELSTAR_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 2, 3) > 0.23 and share_pair(true, pred, 1, 2) > 0.22
    assert np.argmax(class_error_rates("hotelstar5")) in (1, 3)


def test_homeclaim6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    water, storm, flood, accidental, theft, subsidence = range(6)
    median = class_medians("homeclaim6")
    assert np.argmax(median[5]) == storm and np.argmax(median[4]) == flood  # the gust; the rainfall
    assert np.argmax(median[3]) == subsidence and np.argmax(median[9]) == subsidence  # the days; the excess
    x, y = set_data("homeclaim6")
    assert np.argmax([x[y == c, 13].mean() for c in range(6)]) == subsidence  # cracks
    assert np.argmax([x[y == c, 12].mean() for c in range(6)]) == theft  # the crime rating
    assert np.argmax([x[y == c, 7].mean() for c in range(6)]) == water  # a plumber's invoice
    true, pred, wrong = knn_errors("homeclaim6")
    assert 0.33 < wrong.mean() < 0.39 and 0.70 < share_between(true, pred, HOMECLAIM_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, accidental, theft) > 0.18 and share_pair(true, pred, water, accidental) > 0.17
    rates = class_error_rates("homeclaim6")
    assert np.argmax(rates) == accidental and np.argmin(rates) == subsidence


def test_feverrash6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    measles, scarlet, hfmd, chickenpox, kawasaki, meningococcal = range(6)
    median = class_medians("feverrash6")
    assert np.argmax(median[2]) == kawasaki and np.argmax(median[4]) == meningococcal  # the days; the heart rate
    assert np.argmax(median[5]) == meningococcal  # the capillary refill
    x, y = set_data("feverrash6")
    assert np.argmin([x[y == c, 6].mean() for c in range(6)]) == measles  # MMR in date
    assert np.argmax([x[y == c, 12].mean() for c in range(6)]) == kawasaki  # swollen hands or feet
    assert np.argmax([x[y == c, 8].mean() for c in range(6)]) == chickenpox  # a known contact
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == hfmd  # summer
    true, pred, wrong = knn_errors("feverrash6")
    assert 0.37 < wrong.mean() < 0.43 and 0.62 < share_between(true, pred, FEVERRASH_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, hfmd, chickenpox) > 0.16 and share_pair(true, pred, scarlet, hfmd) > 0.14
    rates = class_error_rates("feverrash6")
    assert np.argmax(rates) in (chickenpox, kawasaki) and np.argmin(rates) == meningococcal
