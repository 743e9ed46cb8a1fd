"""Round 65's held-out noisy-label sets (``benchmarks/data_quality_round65.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round65`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, pressinj4 and parcel6 meet the three aims as first written; scoville5 as first written
meets the MLP aim (72.7 % test accuracy, seed 0) and the neighbour aim (90 %) but misses the baseline aim (its
error 44.8 %); specrej6 after its one change misses all three (MLP 49.7 %, seed 0; baseline 54.4 %; 59 % of the
baseline's errors between documented neighbours); both kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round65 import (GENERATORS, NEIGHBOURS, ORDERED, PARCEL_CAUSES, PARCEL_NEIGHBOURS,
                                             PARCEL_ROWS, PARCEL_TABLE, PRESSINJ_CLASSES, PRESSINJ_LIMITS,
                                             PRESSINJ_NEIGHBOURS, PRESSINJ_ROWS, ROUND65, ROUND65_GENERATORS,
                                             SCOVILLE_CLASSES, SCOVILLE_LIMITS, SCOVILLE_NEIGHBOURS, SCOVILLE_ROWS,
                                             SHAPES, SHU_PER_PPM, SPECREJ_CAUSES, SPECREJ_NEIGHBOURS, SPECREJ_ROWS,
                                             SPECREJ_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "scoville5": [2.0, 5.0, 19.1, 1.0, 97.0, 32.8, 180.0, 38.0, 31.0, 2.0, 14.0, 0.0, 3.0, 0.8],
    "pressinj4": [51.0, 19.3, 32.0, 0.0, 0.0, 0.0, 0.0, 4.0, 2.0, 2.0, 2.0, 4.0, 2.0, 1.0, 1.0, 2.0],
    "specrej6": [62.0, 1.0, 0.0, 0.0, 3.0, 1.0, 29.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 4.0],
    "parcel6": [6.0, 14213.0, 15.0, 1.0, 0.0, 0.0, 0.0, 11.7, 0.0, 0.0, 2.0, 2.0, 1.0, 96.0, 1.0],
}


def test_round65_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND65 == ("scoville5", "pressinj4", "specrej6", "parcel6") and ROUND65_GENERATORS is GENERATORS
    check_registered(65, ROUND65, GENERATORS)


def test_round65_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND65) == [4, 5, 6, 6]
    for name in ROUND65:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND65)
def test_round65_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND65)
def test_round65_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round65_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("scoville5", "pressinj4") and set(NEIGHBOURS) == set(ROUND65)
    assert NEIGHBOURS["scoville5"] is SCOVILLE_NEIGHBOURS and NEIGHBOURS["pressinj4"] is PRESSINJ_NEIGHBOURS
    assert NEIGHBOURS["specrej6"] is SPECREJ_NEIGHBOURS and NEIGHBOURS["parcel6"] is PARCEL_NEIGHBOURS
    # the SHU heat tiers and the ppm factor; the NPIAP categories grouped (full-thickness injuries together)
    assert len(SCOVILLE_CLASSES) == len(SCOVILLE_ROWS) == len(SCOVILLE_LIMITS) + 1 == 5 and SHU_PER_PPM == 16
    assert SCOVILLE_LIMITS == (2500, 25000, 70000, 350000)
    assert len(PRESSINJ_CLASSES) == len(PRESSINJ_ROWS) == 4 and sorted(set(PRESSINJ_LIMITS.values())) == [0, 1, 2, 3]
    assert all(PRESSINJ_LIMITS[s] == 3 for s in ("stage 4", "unstageable", "deep tissue pressure injury"))
    assert len(SPECREJ_CAUSES) == len(SPECREJ_ROWS) == len(SPECREJ_TABLE) == 6 and SPECREJ_TABLE.shape[1] == 15
    assert np.argmax(SPECREJ_TABLE[:, 1]) == 0 and np.argmax(SPECREJ_TABLE[:, 11]) == 2  # catheter; attempts
    assert np.argmin(SPECREJ_TABLE[:, 10]) == 3 and np.argmax(SPECREJ_TABLE[:, 12]) == 4  # desk label; special
    assert np.argmax(SPECREJ_TABLE[:, 6]) == 5 and np.argmax(SPECREJ_TABLE[:, 13]) == 3  # hours old; unordered
    assert len(PARCEL_CAUSES) == len(PARCEL_ROWS) == len(PARCEL_TABLE) == 6 and PARCEL_TABLE.shape[1] == 15
    assert np.argmax(PARCEL_TABLE[:, 12]) == 0 and np.argmin(PARCEL_TABLE[:, 3]) == 1  # missed before; geocode
    assert np.argmax(PARCEL_TABLE[:, 4]) == 2 and np.argmax(PARCEL_TABLE[:, 10]) == 3  # flats; hub exceptions
    assert np.argmax(PARCEL_TABLE[:, 0]) == 4 and np.argmax(PARCEL_TABLE[:, 9]) == 5  # late; duties due


@pytest.mark.parametrize("name", ROUND65)
def test_round65_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"scoville5": (0.67, 0.78), "pressinj4": (0.71, 0.81), "specrej6": (0.44, 0.55),
                 "parcel6": (0.67, 0.78)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_scoville5_cultivar_and_growing_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("scoville5")
    median = class_medians("scoville5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[1]) > 0) and np.all(np.diff(median[2]) > 0)  # catalogue level; earlier lots
    assert np.all(np.diff(median[12]) < 0) and means[0][0] < 0.05  # smaller fruit hotter; the mild all annuum
    assert means[4][4] < means[4][0] - 5 and means[8][4] > means[8][0] + 8  # drought; riper lots
    true, pred, wrong = knn_errors("scoville5")
    assert 0.43 < wrong.mean() < 0.47 and 0.87 < share_between(true, pred, SCOVILLE_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 1, 2) > 0.22 and share_pair(true, pred, 2, 3) > 0.2
    assert share_pair(true, pred, 0, 1) > 0.2 and share_pair(true, pred, 3, 4) > 0.15
    rates = class_error_rates("scoville5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_pressinj4_braden_and_illness_follow_the_stage_and_errors_fall_between_adjacent_stages():
    x, y = set_data("pressinj4")
    median = class_medians("pressinj4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(means[2]) < 0)  # age; albumin
    assert np.all(np.diff(means[4]) > 0) and np.all(np.diff(means[5]) > 0)  # intensive care; vasopressors
    assert np.all(np.diff(means[10]) < 0) and np.all(np.diff(means[15]) > 0)  # Braden mobility; length of stay
    assert np.all(np.diff(means[13]) > 0)  # the mattress follows the risk (it protects, but goes to the at-risk)
    true, pred, wrong = knn_errors("pressinj4")
    assert 0.30 < wrong.mean() < 0.34 and 0.90 < share_between(true, pred, PRESSINJ_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, 1, 2) > 0.42 and share_pair(true, pred, 2, 3) > 0.25
    assert share_pair(true, pred, 0, 1) > 0.14
    rates = class_error_rates("pressinj4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2


def test_specrej6_records_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    haem, clot, short, label, tube, late = range(6)
    x, y = set_data("specrej6")
    median = class_medians("specrej6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(means[1]) == haem and np.argmin(median[0]) == short  # catheter draws; young patients
    assert means[5][[clot, short]].min() > means[5][[haem, label, tube, late]].max()  # citrate tubes
    assert np.argmax(median[6]) == late and np.argmax(means[8]) == late  # hours old; by courier
    assert np.argmax(means[13]) == label and np.argmin(means[10]) == label  # unordered; label at the desk
    assert np.argmax(means[12]) == tube and np.argmax(means[11]) == short  # special handling; attempts
    true, pred, wrong = knn_errors("specrej6")
    assert 0.52 < wrong.mean() < 0.57 and 0.56 < share_between(true, pred, SPECREJ_NEIGHBOURS) < 0.62
    assert share_pair(true, pred, haem, clot) > 0.13 and share_pair(true, pred, clot, short) > 0.13
    assert share_pair(true, pred, label, tube) > 0.07 and share_pair(true, pred, haem, short) > 0.06  # outside
    rates = class_error_rates("specrej6")
    assert np.argmax(rates) == tube and np.argmin(rates) == haem


def test_parcel6_scans_follow_the_cause_and_errors_fall_between_confused_causes():
    absent, address, access, damaged, capacity, customs = range(6)
    x, y = set_data("parcel6")
    median = class_medians("parcel6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[2]) == address and np.argmin(median[3]) == address  # a long search; a poor geocode
    assert np.argmax(means[4]) == access and np.argmax(means[12]) == absent  # flats; missed before
    assert np.argmax(means[10]) == damaged and np.argmax(median[7]) == capacity  # hub exceptions; bulky
    assert np.argmax(median[0]) == capacity and np.argmax(median[13]) == capacity  # late; a long route
    assert np.argmax(means[8]) == customs and np.argmax(means[9]) == customs and np.argmax(median[11]) == customs
    true, pred, wrong = knn_errors("parcel6")
    assert 0.35 < wrong.mean() < 0.40 and 0.82 < share_between(true, pred, PARCEL_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, absent, access) > 0.3 and share_pair(true, pred, absent, capacity) > 0.1
    assert share_pair(true, pred, address, access) > 0.08 and share_pair(true, pred, damaged, customs) > 0.08
    assert share_pair(true, pred, absent, damaged) > 0.05  # outside the map
    rates = class_error_rates("parcel6")
    assert np.argmax(rates) == access and np.argmin(rates) == customs
