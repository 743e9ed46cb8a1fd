"""Round 88's held-out noisy-label sets (``benchmarks/data_quality_round88.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round88`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (limp6 unchanged after the first; lungrads5, levee5 and escalfault6 changed once):
lungrads5 (its baseline errs on 41.1 %, just over the 40 % aim; kept; MLP 67.3 % test with seed 0), levee5 (38.8 %,
61.9 %), limp6 (38.3 %, 69.7 %) and escalfault6 (39.9 %, 69.2 %; 59.95 % of its errors between neighbours, a hair
under the 60 % aim; kept). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round88 import (ESCAL_CIRCUITS, ESCAL_CLASSES, ESCAL_NEIGHBOURS, ESCAL_ROWS,
                                             ESCAL_TABLE, GENERATORS, LEVEE_CLASSES, LEVEE_LIMITS, LEVEE_NEIGHBOURS,
                                             LEVEE_ROWS, LEVEE_WALKOVER, LIMP_CLASSES, LIMP_NEIGHBOURS, LIMP_ROWS,
                                             LIMP_SITES, LIMP_TABLE, LUNGRADS_CLASSES, LUNGRADS_IMAGES,
                                             LUNGRADS_LIMITS, LUNGRADS_NEIGHBOURS, LUNGRADS_ROWS, NEIGHBOURS, ORDERED,
                                             ROUND88, ROUND88_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "lungrads5": [53.0, 1.0, 32.0, 1.0, 0.0, 1.0, 0.0, 0.0, 22.2, 2.0, 3.0, 6.0, 1.0, 0.0, 0.0, 3.0],
    "levee5": [12.0, 2.0, 3.4, 0.0, 3.0, 1.33, 0.0, 0.0, 3.0, 0.0, 1.6, 11.1, 1.9, 2.0, 3.0],
    "limp6": [1.0, 5.6, 1.0, 0.7, 38.4, 15.0, 2.0, 0.0, 0.0, 11.1, 20.0, 67.0, 0.4, 5.2, 1.0],
    "escalfault6": [1.0, 140.9, 14.0, 11.1, 1.0, 158.0, 74.0, 44.0, 2.7, 19.1, 0.0, 0.0, 1.0, 36.0],
}


def test_round88_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND88 == ("lungrads5", "levee5", "limp6", "escalfault6") and ROUND88_GENERATORS is GENERATORS
    check_registered(88, ROUND88, GENERATORS)


def test_round88_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND88) == [5, 5, 6, 6]
    for name in ROUND88:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND88)
def test_round88_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND88)
def test_round88_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round88_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("lungrads5", "levee5") and set(NEIGHBOURS) == set(ROUND88)
    assert NEIGHBOURS["lungrads5"] is LUNGRADS_NEIGHBOURS and NEIGHBOURS["levee5"] is LEVEE_NEIGHBOURS
    assert NEIGHBOURS["limp6"] is LIMP_NEIGHBOURS and NEIGHBOURS["escalfault6"] is ESCAL_NEIGHBOURS
    assert len(LUNGRADS_CLASSES) == len(LUNGRADS_ROWS) == 5 and LUNGRADS_LIMITS == (3.0, 6.0, 8.0, 15.0)
    assert len(LEVEE_CLASSES) == len(LEVEE_ROWS) == 5 and LEVEE_LIMITS == (1.0, 2.0, 3.0, 4.0)
    assert len(LUNGRADS_IMAGES) == 3 and len(LEVEE_WALKOVER) == 3
    assert len(LIMP_CLASSES) == len(LIMP_ROWS) == len(LIMP_TABLE) == len(LIMP_SITES) == 6
    assert LIMP_TABLE.shape[1] == 14 and np.allclose(LIMP_SITES.sum(1), 1)
    assert np.argmax(LIMP_TABLE[:, 0]) == 5 and np.argmax(LIMP_TABLE[:, 9]) == 1  # the oldest; the highest CRP
    assert len(ESCAL_CLASSES) == len(ESCAL_ROWS) == len(ESCAL_TABLE) == len(ESCAL_CIRCUITS) == 6
    assert ESCAL_TABLE.shape[1] == 13 and np.allclose(ESCAL_CIRCUITS.sum(1), 1)
    assert np.argmax(ESCAL_CIRCUITS[:, 1]) == 1 and np.argmax(ESCAL_CIRCUITS[:, 4]) == 5  # handrail; emergency stop


@pytest.mark.parametrize("name", ROUND88)
def test_round88_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"lungrads5": (0.62, 0.73), "levee5": (0.56, 0.67), "limp6": (0.64, 0.75),
                 "escalfault6": (0.64, 0.75)}[name]  # as measured (seed 0): 67.3, 61.9, 69.7, 69.2 %
    assert low < mlp.score(b, yb) < high


def test_lungrads5_record_follows_the_category_and_errors_fall_between_adjacent_categories():
    median = class_medians("lungrads5")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[2]) > 0)  # the age; the pack-years
    assert np.all(np.diff(median[11][:4]) < 0) and median[13][4] > median[13][0]  # months since the scan; weight loss
    x, y = set_data("lungrads5")
    on = x[:, 9] > 1  # the incidence rounds: the previous round's category
    assert np.all(np.diff([np.mean(x[on & (y == c), 10]) for c in range(5)]) > 0)
    assert np.mean(x[y == 0, 9] == 1) < np.mean(x[y == 4, 9] == 1)  # the baseline round's larger nodules
    true, pred, wrong = knn_errors("lungrads5")
    assert 0.38 < wrong.mean() < 0.44 and 0.88 < share_between(true, pred, LUNGRADS_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 0, 1) > 0.24
    rates = class_error_rates("lungrads5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2


def test_levee5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("levee5")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[2]) < 0)  # the age; the crest width
    assert np.all(np.diff(median[12]) > 0) and np.all(np.diff(median[13][:4]) > 0)  # the settlement; the last grade
    assert np.all(np.diff(median[11]) < 0) and np.all(np.diff(median[10]) > 0)  # the spend; years since maintenance
    x, y = set_data("levee5")
    assert np.all(np.diff([x[y == c, 7].mean() for c in range(5)]) > 0)  # the seepage or boil reports
    true, pred, wrong = knn_errors("levee5")
    assert 0.36 < wrong.mean() < 0.42 and 0.93 < share_between(true, pred, LEVEE_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.28 and share_pair(true, pred, 2, 3) > 0.22
    rates = class_error_rates("levee5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_limp6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    synovitis, septic, osteo, fracture, perthes, slipped = range(6)
    median = class_medians("limp6")
    assert np.argmax(median[1]) == slipped and np.argmin(median[1]) == fracture  # the age
    assert np.argmax(median[4]) == septic and np.argmax(median[10]) == septic  # the temperature; the CRP
    assert np.argmax(median[3]) == slipped and np.argmax(median[5]) in (perthes, slipped)  # the BMI; the days
    x, y = set_data("limp6")
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == fracture  # the pain low in the leg
    assert np.argmax([x[y == c, 7].mean() for c in range(6)]) == synovitis  # a recent viral illness
    true, pred, wrong = knn_errors("limp6")
    assert 0.35 < wrong.mean() < 0.41 and 0.76 < share_between(true, pred, LIMP_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, perthes, slipped) > 0.19 and share_pair(true, pred, synovitis, fracture) > 0.19
    rates = class_error_rates("limp6")
    assert np.argmax(rates) == perthes and np.argmin(rates) == synovitis


def test_escalfault6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    chain, handrail, debris, motor, controller, misuse = range(6)
    median = class_medians("escalfault6")
    assert np.argmax(median[6]) == motor and np.argmax(median[7]) == motor  # the current; the temperature
    assert np.argmax(median[2]) == chain and np.argmax(median[9]) == misuse  # the age; the hour
    x, y = set_data("escalfault6")
    assert np.argmax([x[y == c, 11].mean() for c in range(6)]) == debris  # rain
    assert np.argmax([np.mean(x[y == c, 0] == 4) for c in range(6)]) == misuse  # an emergency stop
    true, pred, wrong = knn_errors("escalfault6")
    assert 0.37 < wrong.mean() < 0.43 and 0.55 < share_between(true, pred, ESCAL_NEIGHBOURS) < 0.65
    assert share_pair(true, pred, debris, misuse) > 0.18 and share_pair(true, pred, handrail, debris) > 0.14
    rates = class_error_rates("escalfault6")
    assert np.argmin(rates) == motor and np.argmax(rates) == handrail
