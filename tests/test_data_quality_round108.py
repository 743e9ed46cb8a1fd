"""Round 108's held-out noisy-label sets (``benchmarks/data_quality_round108.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round108`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of turf7 and termite5 had (sewing6 and streetlight6 as first measured): turf7
(its baseline errs on 49.4 %, over the aim of 40 %, kept; MLP 59.8 % test with seed 0, just under the aim of 60 %,
kept), termite5 (49.3 %, over the aim, kept; 60.0 %), sewing6 (31.5 %, 75.0 %) and streetlight6 (30.0 %, 77.8 %).
The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built
twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round108 import (GENERATORS, NEIGHBOURS, ORDERED, ROUND108, ROUND108_GENERATORS, SHAPES,
                                              SEWING_CLASSES, SEWING_COMPLAINT, SEWING_MODEL, SEWING_NEIGHBOURS,
                                              SEWING_ROWS, SEWING_TABLE, STREETLIGHT_CLASSES, STREETLIGHT_COMPLAINT,
                                              STREETLIGHT_NEIGHBOURS, STREETLIGHT_ROWS, STREETLIGHT_SOURCE,
                                              STREETLIGHT_TABLE, TERMITE_CLASSES, TERMITE_GRADING, TERMITE_LIMITS,
                                              TERMITE_NEIGHBOURS, TERMITE_ROWS, TURF_CLASSES, TURF_LIMITS,
                                              TURF_NEIGHBOURS, TURF_RATING, TURF_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "turf7": [3.0, 6.5, 19.0, 100.0, 0.0, 1.0, 1.0, 9.0, 26.2, 55.9, 0.777, 58.8, 0.572, 1.28, 18.1, 0.0, 1.0],
    "termite5": [27.0, 0.0, 3.0, 0.0, 0.0, 6.4, 0.0, 0.0, 1.0, 19.6, 10.0, 46.0, 1.8, 0.0, 140.0],
    "sewing6": [2.0, 1.0, 12.0, 54.0, 26.1, 85.0, 267.0, 19.0, 0.0, 6.2, 56.0, 0.2, 0.16, 19.0, 1.24, 869.0, 0.0,
                0.0],
    "streetlight6": [2.0, 1.0, 17.0, 3.5, 1.0, 472.0, 0.0, 1.0, 0.0, 0.7, 33.0, 160.0, 174.38, 30.4, 10.3, 0.0, 0.2,
                     0.0],
}


def test_round108_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND108 == ("turf7", "termite5", "sewing6", "streetlight6") and ROUND108_GENERATORS is GENERATORS
    check_registered(108, ROUND108, GENERATORS)


def test_round108_covers_5_to_7_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND108] == [7, 5, 6, 6]
    for name in ROUND108:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 15 <= columns <= 18


@pytest.mark.parametrize("name", ROUND108)
def test_round108_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND108)
def test_round108_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round108_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("turf7", "termite5") and set(NEIGHBOURS) == set(ROUND108)
    assert NEIGHBOURS["turf7"] is TURF_NEIGHBOURS and NEIGHBOURS["termite5"] is TERMITE_NEIGHBOURS
    assert NEIGHBOURS["sewing6"] is SEWING_NEIGHBOURS and NEIGHBOURS["streetlight6"] is STREETLIGHT_NEIGHBOURS
    assert len(TURF_CLASSES) == len(TURF_ROWS) == 7 and TURF_LIMITS == (3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
    assert len(TERMITE_CLASSES) == len(TERMITE_ROWS) == 5 and TERMITE_LIMITS == (2.0, 10.0, 25.0, 50.0)
    assert len(TURF_RATING) == 2 and len(TERMITE_GRADING) == 2
    assert len(SEWING_CLASSES) == len(SEWING_ROWS) == len(SEWING_TABLE) == len(SEWING_COMPLAINT) == 6
    assert SEWING_TABLE.shape[1] == 16 and np.allclose(SEWING_COMPLAINT.sum(1), 1)
    assert np.allclose(SEWING_MODEL.sum(1), 1) and len(SEWING_MODEL) == 6
    assert np.argmax(SEWING_TABLE[:, 9]) == 2 and np.argmin(SEWING_TABLE[:, 13]) == 5  # the timing; the speed
    assert len(STREETLIGHT_CLASSES) == len(STREETLIGHT_ROWS) == len(STREETLIGHT_TABLE) == 6
    assert STREETLIGHT_TABLE.shape[1] == 16 and np.allclose(STREETLIGHT_COMPLAINT.sum(1), 1)
    assert np.allclose(STREETLIGHT_SOURCE.sum(1), 1) and len(STREETLIGHT_COMPLAINT) == len(STREETLIGHT_SOURCE) == 6
    assert np.argmin(STREETLIGHT_TABLE[:, 10]) == 3 and np.argmin(STREETLIGHT_TABLE[:, 9]) == 5  # insulation; volts


@pytest.mark.parametrize("name", ROUND108)
def test_round108_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"turf7": (0.55, 0.65), "termite5": (0.55, 0.65), "sewing6": (0.70, 0.80),
                 "streetlight6": (0.73, 0.83)}[name]  # as measured (seed 0): 59.8, 60.0, 75.0, 77.8 %
    assert low < mlp.score(b, yb) < high


def test_turf7_the_measures_follow_the_rating_and_errors_fall_between_adjacent_bands():
    median = class_medians("turf7")
    for column in (10, 11, 12, 13):  # the NDVI, the green cover, the dark green colour index, the clippings
        assert np.all(np.diff(median[column]) > 0)
    x, y = set_data("turf7")
    means = np.array([x[y == c].mean(0) for c in range(7)])
    assert np.all(np.diff(means[:, 15]) < 0) and np.all(np.diff(means[:, 16]) < 0)  # the disease spots; the weeds
    assert np.all(np.diff(means[1:, 3]) > 0) and means[6, 3] > means[0, 3] + 100  # the nitrogen (1-3 as 4)
    assert means[0, 5] > means[6, 5] + 0.15 and means[0, 8] > means[6, 8] + 2  # traffic; the week's heat
    assert means[6, 1] > means[0, 1] + 0.4 and means[6, 4] > means[0, 4] + 0.3  # the cultivar's record; irrigation
    assert np.mean(x[y == 0, 0] >= 3) > np.mean(x[y == 6, 0] >= 3) + 0.1  # warm-season grasses dormant in spring
    true, pred, wrong = knn_errors("turf7")
    assert 0.485 < wrong.mean() < 0.50 and 0.88 < share_between(true, pred, TURF_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, 3, 4) > 0.17 and share_pair(true, pred, 2, 3) > 0.15
    rates = class_error_rates("turf7")
    assert np.argmax(rates) == 6 and np.argmin(rates) == 0


def test_termite5_the_activity_follows_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("termite5")
    for column in (9, 10, 11, 12):  # the moisture, the acoustic counts, the microwave signal, the thermal anomaly
        assert np.all(np.diff(median[column]) > 0)
    assert median[14, 0] > median[14, 4] + 50  # sound members stand higher above the ground
    x, y = set_data("termite5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 13]) > 0) and means[0, 13] == 0  # the mud tubes near
    assert np.all(np.diff(means[:, 3]) < 0)  # the wood's code (untreated pine 0 eaten most)
    assert means[4, 5] > means[1, 5] + 10 and means[4, 7] > means[0, 7] + 0.1  # no recent barrier; a leak
    assert means[4, 8] < means[1, 8] - 0.1  # a lined member's damage under-read
    true, pred, wrong = knn_errors("termite5")
    assert 0.485 < wrong.mean() < 0.50 and 0.70 < share_between(true, pred, TERMITE_NEIGHBOURS) < 0.73
    assert share_pair(true, pred, 1, 2) > 0.19 and share_pair(true, pred, 0, 1) > 0.18
    rates = class_error_rates("termite5")
    assert np.argmin(rates) == 0 and rates[2] > 0.65 and rates[3] > 0.65


def test_sewing6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    needle, tension, timing, hook, feed, motor = range(6)
    median = class_medians("sewing6")
    assert np.argmax(median[4]) == needle and np.argmax(median[12]) == needle  # the needle's hours; the clearance
    assert np.argmax(median[9]) == tension and np.argmax(median[10]) == tension  # the bobbin's; the upper's departure
    assert np.argmax(median[11]) == timing and np.argmax(median[13]) == feed  # the timing; the lint
    assert np.argmin(median[14]) == feed and np.argmin(median[15]) == motor  # the feed dogs; the speed under load
    assert np.argmax(median[2]) == motor and np.argmax(median[16]) == hook  # the age; the needle strikes
    x, y = set_data("sewing6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 17]) == timing and np.argmax(means[:, 8]) == needle  # a knock; a knit
    shares = np.array([[np.mean(x[y == c, 0] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares, 1)) == [0, 2, 0, 1, 3, 5]  # the complaint
    assert np.argmax([np.mean(x[y == c, 1] == 0) for c in range(6)]) == motor  # a vintage machine
    true, pred, wrong = knn_errors("sewing6")
    assert 0.305 < wrong.mean() < 0.325 and 0.86 < share_between(true, pred, SEWING_NEIGHBOURS) < 0.895
    assert share_pair(true, pred, needle, hook) > 0.2 and share_pair(true, pred, needle, tension) > 0.12
    rates = class_error_rates("sewing6")
    assert np.argmax(rates) == hook and np.argmin(rates) == motor


def test_streetlight6_logs_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    lamp, photocell, driver, cable, damage, supply = range(6)
    median = class_medians("streetlight6")
    assert np.argmax(median[9]) == photocell and np.argmax(median[10]) == photocell  # hours by day; power at night
    assert np.argmin(median[11]) == supply and np.argmin(median[12]) == cable  # the voltage; the insulation
    assert np.argmax(median[13]) == cable and np.argmax(median[14]) == supply  # the rain; the gust
    assert np.argmax(median[16]) == damage and np.argmax(median[8]) == supply  # the lean; the power-loss alarms
    x, y = set_data("streetlight6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 7]) == lamp and np.argmax(means[:, 15]) == driver  # lamp alarms; a storm or surge
    assert np.argmax(means[:, 6]) == supply and np.argmax(means[:, 17]) == damage  # neighbours out; a main route
    assert np.argmax(means[:, 4]) == driver  # an LED lantern
    shares = np.array([[np.mean(x[y == c, 0] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(shares, 1)) == [0, 1, 0, 0, 4, 0]  # the complaint
    assert np.argmax([np.mean(x[y == c, 1] == 2) for c in range(6)]) == driver  # the system's alarm
    true, pred, wrong = knn_errors("streetlight6")
    assert 0.29 < wrong.mean() < 0.31 and 0.93 < share_between(true, pred, STREETLIGHT_NEIGHBOURS) < 0.955
    assert share_pair(true, pred, lamp, driver) > 0.35 and share_pair(true, pred, cable, supply) > 0.22
    rates = class_error_rates("streetlight6")
    assert np.argmax(rates) == driver and np.argmin(rates) == supply
