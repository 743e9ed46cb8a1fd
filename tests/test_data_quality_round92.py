"""Round 92's held-out noisy-label sets (``benchmarks/data_quality_round92.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round92`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (sachike6 unchanged after the first; acne5, hippain6 and chargeback6 changed once):
acne5 (its baseline errs on 46.8 %, over the 40 % aim; kept; MLP 67.7 % test with seed 0), sachike6 (33.6 %,
74.2 %), hippain6 (37.1 %, 70.5 %) and chargeback6 (42.0 %, over the aim; kept; 66.2 %). The MLP is fitted once per
set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round92 import (ACNE_CLASSES, ACNE_LIMITS, ACNE_LOOK, ACNE_NEIGHBOURS, ACNE_ROWS,
                                             CHARGEBACK_CATEGORY, CHARGEBACK_CLASSES, CHARGEBACK_NEIGHBOURS,
                                             CHARGEBACK_ROWS, CHARGEBACK_TABLE, GENERATORS, HIPPAIN_CLASSES,
                                             HIPPAIN_NEIGHBOURS, HIPPAIN_ROWS, HIPPAIN_SPORT, HIPPAIN_TABLE,
                                             NEIGHBOURS, ORDERED, ROUND92, ROUND92_GENERATORS, SACHIKE_CLASSES,
                                             SACHIKE_LIMITS, SACHIKE_NEIGHBOURS, SACHIKE_ROWS, SACHIKE_WALK, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "acne5": [12.0, 0.0, 1.8, 1.0, 11.0, 0.0, 7.0, 14.0, 0.0, 1.0, 16.5, 0.0, 4.0, 0.0, 0.0, 0.0],
    "sachike6": [1.0, 32.3, 1254.0, 2703.0, 36.0, 73.0, 4.0, 2.0, 0.0, 11.3, 3.9, 6.0, 0.0],
    "hippain6": [3.0, 56.0, 1.0, 26.1, 16.3, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 7.0, 3.0, 1.0, 2160.0],
    "chargeback6": [1.0, 164.4, 1.0, 1.0, 25.0, 0.74, 0.0, 0.0, 5.6, 0.0, 0.0, 1.0, 3.0],
}


def test_round92_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND92 == ("acne5", "sachike6", "hippain6", "chargeback6") and ROUND92_GENERATORS is GENERATORS
    check_registered(92, ROUND92, GENERATORS)


def test_round92_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND92) == [5, 6, 6, 6]
    for name in ROUND92:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND92)
def test_round92_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND92)
def test_round92_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round92_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("acne5", "sachike6") and set(NEIGHBOURS) == set(ROUND92)
    assert NEIGHBOURS["acne5"] is ACNE_NEIGHBOURS and NEIGHBOURS["sachike6"] is SACHIKE_NEIGHBOURS
    assert NEIGHBOURS["hippain6"] is HIPPAIN_NEIGHBOURS and NEIGHBOURS["chargeback6"] is CHARGEBACK_NEIGHBOURS
    assert len(ACNE_CLASSES) == len(ACNE_ROWS) == 5 and ACNE_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(SACHIKE_CLASSES) == len(SACHIKE_ROWS) == 6 and SACHIKE_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5)
    assert len(ACNE_LOOK) == 2 and len(SACHIKE_WALK) == 2
    assert len(HIPPAIN_CLASSES) == len(HIPPAIN_ROWS) == len(HIPPAIN_TABLE) == len(HIPPAIN_SPORT) == 6
    assert HIPPAIN_TABLE.shape[1] == 15 and np.allclose(HIPPAIN_SPORT.sum(1), 1)
    assert np.argmax(HIPPAIN_TABLE[:, 13]) == 4 and np.argmax(HIPPAIN_TABLE[:, 12]) == 5  # steroids; running
    assert len(CHARGEBACK_CLASSES) == len(CHARGEBACK_ROWS) == len(CHARGEBACK_TABLE) == len(CHARGEBACK_CATEGORY) == 6
    assert CHARGEBACK_TABLE.shape[1] == 12 and np.allclose(CHARGEBACK_CATEGORY.sum(1), 1)
    assert np.argmax(CHARGEBACK_TABLE[:, 6]) == 3 and np.argmax(CHARGEBACK_TABLE[:, 9]) == 5  # same amount; refund


@pytest.mark.parametrize("name", ROUND92)
def test_round92_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"acne5": (0.62, 0.73), "sachike6": (0.69, 0.80), "hippain6": (0.65, 0.76),
                 "chargeback6": (0.61, 0.72)}[name]  # as measured (seed 0): 67.7, 74.2, 70.5, 66.2 %
    assert low < mlp.score(b, yb) < high


def test_acne5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("acne5")
    assert np.all(np.diff(median[6]) > 0) and np.all(np.diff(median[4]) > 0)  # the own score; the months treated
    x, y = set_data("acne5")
    assert np.all(np.diff([x[y == c, 3].mean() for c in range(5)]) > 0)  # the treatments tried
    assert np.all(np.diff([x[y == c, 8].mean() for c in range(5)]) > 0)  # scarring reported
    assert np.all(np.diff([x[y == c, 14].mean() for c in range(5)]) > 0)  # isotretinoin asked for
    true, pred, wrong = knn_errors("acne5")
    assert 0.44 < wrong.mean() < 0.50 and 0.86 < share_between(true, pred, ACNE_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 2, 3) > 0.22
    rates = class_error_rates("acne5")
    assert np.argmax(rates) in (0, 3) and np.argmin(rates) == 4


def test_sachike6_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("sachike6")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[4]) > 0)  # the highest altitude; the slope
    assert np.all(np.diff(median[11]) < 0)  # the user reports
    x, y = set_data("sachike6")
    assert np.all(np.diff([x[y == c, 7].mean() for c in range(6)]) > 0)  # the waymarking colour
    assert np.argmax([x[y == c, 8].mean() for c in range(6)]) == 3  # fixed ropes or chains peak at T4
    true, pred, wrong = knn_errors("sachike6")
    assert 0.31 < wrong.mean() < 0.37 and 0.94 < share_between(true, pred, SACHIKE_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.25 and share_pair(true, pred, 2, 3) > 0.21
    rates = class_error_rates("sachike6")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_hippain6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    oa, gtps, lumbar, fai, avn, fracture = range(6)
    median = class_medians("hippain6")
    assert np.argmax(median[1]) == oa and np.argmax(median[13]) == fracture  # the age; the running
    assert np.argmin(median[4]) == fracture  # the months of pain
    x, y = set_data("hippain6")
    assert np.argmax([x[y == c, 6].mean() for c in range(6)]) == gtps  # pain lying on the side
    assert np.argmax([x[y == c, 11].mean() for c in range(6)]) == lumbar  # pain below the knee
    assert np.argmax([x[y == c, 14].mean() for c in range(6)]) == avn  # steroids or alcohol
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == fai  # a pivoting sport
    true, pred, wrong = knn_errors("hippain6")
    assert 0.34 < wrong.mean() < 0.40 and 0.85 < share_between(true, pred, HIPPAIN_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, oa, lumbar) > 0.2 and share_pair(true, pred, fai, fracture) > 0.14
    rates = class_error_rates("hippain6")
    assert np.argmax(rates) in (lumbar, avn) and np.argmin(rates) == fai


def test_chargeback6_record_follows_the_reason_and_errors_fall_mostly_between_confused_reasons():
    fraud, missing, described, duplicate, recurring, credit = range(6)
    median = class_medians("chargeback6")
    assert np.argmax(median[1]) == described and np.argmax(median[4]) == credit  # the amount; the days
    assert np.argmin(median[4]) == fraud
    x, y = set_data("chargeback6")
    assert np.argmax([x[y == c, 7].mean() for c in range(6)]) == duplicate  # the same amount within 3 days
    assert np.argmax([x[y == c, 6].mean() for c in range(6)]) == recurring  # the recurring flag
    assert np.argmax([x[y == c, 10].mean() for c in range(6)]) == credit  # a refund promised
    assert np.argmin([x[y == c, 11].mean() for c in range(6)]) == fraud  # the device's country
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == recurring  # digital and subscriptions
    true, pred, wrong = knn_errors("chargeback6")
    assert 0.39 < wrong.mean() < 0.45 and 0.64 < share_between(true, pred, CHARGEBACK_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, missing, described) > 0.2
    rates = class_error_rates("chargeback6")
    assert np.argmax(rates) == described and np.argmin(rates) == fraud
