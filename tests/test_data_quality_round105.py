"""Round 105's held-out noisy-label sets (``benchmarks/data_quality_round105.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round105`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of tender8 and callreason6 had (stutter5 and brakes6 as first measured): tender8
(its baseline errs on 53.3 %, over the aim of 40 %, kept; MLP 61.9 % test with seed 0), stutter5 (38.6 %, 73.6 %),
callreason6 (44.0 %, over the aim, kept; 63.2 %) and brakes6 (31.5 %, 77.4 %). The MLP is fitted once per set (one
parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round105 import (BRAKES_CLASSES, BRAKES_COMPLAINT, BRAKES_NEIGHBOURS, BRAKES_ROWS,
                                              BRAKES_TABLE, CALL_CLASSES, CALL_IVR, CALL_NEIGHBOURS, CALL_ROWS,
                                              CALL_TABLE, GENERATORS, NEIGHBOURS, ORDERED, ROUND105,
                                              ROUND105_GENERATORS, SHAPES, STUTTER_CLASSES, STUTTER_LIMITS,
                                              STUTTER_NEIGHBOURS, STUTTER_RATING, STUTTER_ROWS, TENDER_CLASSES,
                                              TENDER_LIMITS, TENDER_NEIGHBOURS, TENDER_PANEL, TENDER_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "tender8": [0.0, 0.0, 28.0, 389.0, 0.0, 2.8, 15.5, 6.0, 29.6, 651.0, 95.9, 5.59, 42.4, 2.0, 4.52, 23.0],
    "stutter5": [10.0, 0.0, 0.0, 86.0, 1.0, 1.0, 502.0, 22.6, 7.0, 117.0, 3.0, 6.0, 6.0, 22.0],
    "callreason6": [0.0, 3.6, 1.0, 0.0, 13.9, 8.2, 8.6, 153.0, 282.0, 1.0, 112.0, 128.0, 2.0, 0.0, 0.0, 0.0, 0.0],
    "brakes6": [3.0, 8.0, 149.0, 39.0, 1.1, 3.5, 0.09, 37.0, 1.2, 4.2, 6.0, 61.0, 0.0, 14.0, 52.0, 1.0, 1.0],
}


def test_round105_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND105 == ("tender8", "stutter5", "callreason6", "brakes6") and ROUND105_GENERATORS is GENERATORS
    check_registered(105, ROUND105, GENERATORS)


def test_round105_covers_5_to_8_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND105] == [8, 5, 6, 6]
    for name in ROUND105:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 14 <= columns <= 17


@pytest.mark.parametrize("name", ROUND105)
def test_round105_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND105)
def test_round105_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round105_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("tender8", "stutter5") and set(NEIGHBOURS) == set(ROUND105)
    assert NEIGHBOURS["tender8"] is TENDER_NEIGHBOURS and NEIGHBOURS["stutter5"] is STUTTER_NEIGHBOURS
    assert NEIGHBOURS["callreason6"] is CALL_NEIGHBOURS and NEIGHBOURS["brakes6"] is BRAKES_NEIGHBOURS
    assert len(TENDER_CLASSES) == len(TENDER_ROWS) == 8 and TENDER_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5)
    assert len(STUTTER_CLASSES) == len(STUTTER_ROWS) == 5 and STUTTER_LIMITS == (10.5, 21.5, 30.5, 36.5)
    assert len(TENDER_PANEL) == 2 and len(STUTTER_RATING) == 2
    assert len(CALL_CLASSES) == len(CALL_ROWS) == len(CALL_TABLE) == len(CALL_IVR) == 6
    assert CALL_TABLE.shape[1] == 16 and np.allclose(CALL_IVR.sum(1), 1)
    assert np.argmax(CALL_TABLE[:, 12]) == 3 and np.argmax(CALL_TABLE[:, 10]) == 2  # the outage flag; the arrears
    assert len(BRAKES_CLASSES) == len(BRAKES_ROWS) == len(BRAKES_TABLE) == len(BRAKES_COMPLAINT) == 6
    assert BRAKES_TABLE.shape[1] == 16 and np.allclose(BRAKES_COMPLAINT.sum(1), 1)
    assert np.argmax(BRAKES_TABLE[:, 5]) == 1 and np.argmax(BRAKES_TABLE[:, 11]) == 4  # the run-out; the ABS codes


@pytest.mark.parametrize("name", ROUND105)
def test_round105_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"tender8": (0.57, 0.67), "stutter5": (0.685, 0.785), "callreason6": (0.58, 0.68),
                 "brakes6": (0.725, 0.825)}[name]  # as measured (seed 0): 61.9, 73.6, 63.2, 77.4 %
    assert low < mlp.score(b, yb) < high


def test_tender8_ageing_marbling_and_shear_follow_the_score_and_errors_fall_between_adjacent_scores():
    median = class_medians("tender8")
    for column in (6, 7, 9, 13):  # the chill's hours, the ageing days, the marbling, the sarcomere length
        assert np.all(np.diff(median[column]) >= 0) and median[column, 7] > median[column, 0]
    assert np.all(np.diff(median[14]) < 0)  # the shear force
    x, y = set_data("tender8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert np.all(np.diff(means[:, 0]) < 0) and means[0, 0] > 1.5  # Bos indicus-influenced breeds the toughest
    assert np.all(np.diff(means[:, 4]) > 0) and means[0, 2] > means[7, 2] + 20  # stimulation; an old cow's age
    true, pred, wrong = knn_errors("tender8")
    assert 0.525 < wrong.mean() < 0.54 and 0.85 < share_between(true, pred, TENDER_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, 4, 5) > 0.16 and share_pair(true, pred, 3, 4) > 0.16
    rates = class_error_rates("tender8")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 7


def test_stutter5_the_sample_and_the_ratings_follow_the_severity_and_errors_fall_between_adjacent_levels():
    median = class_medians("stutter5")
    for column in (7, 8, 10, 11, 12, 13):  # %SS, the longest stutters, concomitants, the ratings, the attitude test
        assert np.all(np.diff(median[column]) >= 0) and median[column, 4] > median[column, 0]
    assert np.all(np.diff(median[9]) < 0)  # the speech rate
    x, y = set_data("stutter5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert means[4, 2] > means[0, 2] + 0.2 and means[3, 3] > means[0, 3] + 8  # a family history; time since onset
    assert np.all(np.diff(means[:, 4]) < 0)  # earlier therapy
    true, pred, wrong = knn_errors("stutter5")
    assert 0.38 < wrong.mean() < 0.395 and 0.95 < share_between(true, pred, STUTTER_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 1, 2) > 0.28 and share_pair(true, pred, 0, 1) > 0.26
    rates = class_error_rates("stutter5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_callreason6_records_follow_the_reason_and_errors_fall_mostly_between_confused_reasons():
    dispute, high, arrangement, outage, meter, moving = range(6)
    median = class_medians("callreason6")
    assert np.argmin(median[1]) == moving and np.argmax(median[1]) == outage  # the account's age
    assert np.argmin(median[5]) == outage and np.argmax(median[5]) == arrangement  # the call's duration
    assert np.argmax(median[7]) == high and np.argmax(median[8]) == high  # the bill against last year; the bill
    assert np.argmax(median[9]) == meter and np.argmax(median[10]) == meter  # estimated reads; days since a read
    assert np.argmax(median[11]) == arrangement and np.argmax(median[12]) == arrangement  # arrears; missed payments
    assert np.argmax(median[14]) == outage and np.argmax(median[15]) == dispute  # reports nearby; calls in 30 days
    x, y = set_data("callreason6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 13]) == outage and means[outage, 13] > 0.3  # the outage map's flag
    assert np.argmin(means[:, 16]) == arrangement  # a direct debit
    paths = np.array([[np.mean(x[y == c, 0] == v) for c in range(6)] for v in range(4)])
    assert np.argmax(paths[1]) == outage and np.argmax(paths[2]) == moving and np.argmax(paths[3]) == meter
    true, pred, wrong = knn_errors("callreason6")
    assert 0.43 < wrong.mean() < 0.45 and 0.76 < share_between(true, pred, CALL_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, dispute, high) > 0.15 and share_pair(true, pred, dispute, arrangement) > 0.13
    rates = class_error_rates("callreason6")
    assert np.argmax(rates) == meter and np.argmin(rates) == outage


def test_brakes6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    pads, discs, caliper, fluid, abs_fault, contaminated = range(6)
    median = class_medians("brakes6")
    assert np.argmax(median[3]) == pads and np.argmin(median[3]) == contaminated  # the distance since a service
    assert np.argmin(median[4]) == pads and np.argmax(median[5]) == caliper  # the thinnest pad; the pads' difference
    assert np.argmax(median[6]) == discs and np.argmax(median[7]) == discs  # the run-out; the force's fluctuation
    assert np.argmax(median[8]) == fluid and np.argmax(median[9]) == fluid  # the fluid's water; its age
    assert np.argmax(median[10]) == caliper and np.argmin(median[11]) == contaminated  # imbalance; efficiency
    assert np.argmax(median[12]) == abs_fault and np.argmax(median[13]) == caliper  # fault codes; a hot wheel
    assert np.argmax(median[14]) == fluid  # the pedal travel
    x, y = set_data("brakes6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 16]) == contaminated  # pads fitted lately
    complaints = np.array([[np.mean(x[y == c, 0] == v) for c in range(6)] for v in range(5)])
    assert [int(np.argmax(row)) for row in complaints] == [pads, caliper, discs, fluid, abs_fault]
    true, pred, wrong = knn_errors("brakes6")
    assert 0.305 < wrong.mean() < 0.325 and 0.77 < share_between(true, pred, BRAKES_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, pads, discs) > 0.16 and share_pair(true, pred, fluid, abs_fault) > 0.14
    rates = class_error_rates("brakes6")
    assert np.argmin(rates) == pads and np.argmax(rates) == abs_fault
