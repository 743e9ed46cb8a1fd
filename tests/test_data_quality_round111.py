"""Round 111's held-out noisy-label sets (``benchmarks/data_quality_round111.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round111`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change tobacco6 and citrus5 had (the others as first measured): tobacco6 (its baseline errs
on 40.6 %, over the aim of 40 %, kept; MLP 72.9 % test with seed 0), citrus5 (51.1 %, over the aim, kept; 67.7 %),
outboard6 (33.9 %, 75.7 %) and hottub6 (26.2 %, 80.0 %). The MLP is fitted once per set (one parametrized test); the
pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round111 import (CITRUS_CLASSES, CITRUS_GRADING, CITRUS_LIMITS, CITRUS_NEIGHBOURS,
                                              CITRUS_ROWS, GENERATORS, HOTTUB_CLASSES, HOTTUB_CODE, HOTTUB_COMPLAINT,
                                              HOTTUB_MAKE, HOTTUB_NEIGHBOURS, HOTTUB_ROWS, HOTTUB_TABLE, NEIGHBOURS,
                                              ORDERED, OUTBOARD_CLASSES, OUTBOARD_COMPLAINT, OUTBOARD_MAKE,
                                              OUTBOARD_NEIGHBOURS, OUTBOARD_ROWS, OUTBOARD_TABLE, ROUND111,
                                              ROUND111_GENERATORS, SHAPES, TOBACCO_CLASSES, TOBACCO_GRADING,
                                              TOBACCO_LIMITS, TOBACCO_NEIGHBOURS, TOBACCO_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "tobacco6": [3.0, 2.0, 5.0, 0.0, 66.0, 68.9, 18.0, 84.0, 26.5, 16.2, 3.33, 9.1, 49.0, 20.8, 22.0, 172.0],
    "citrus5": [2.0, 2.0, 1.0, 0.0, 3.0, 47.0, 1.0, 22.0, 1.0, 10.5, 2.46, 31.4, 12.8, 0.94, 75.0, 1.026],
    "outboard6": [1.0, 5.0, 61.0, 3.8, 230.0, 1.0, 12.2, 130.0, 4.0, 12.6, 2.9, 2.7, 99.0, 36.0, 0.0, 0.2, 104.0],
    "hottub6": [0.0, 4.0, 3.0, 2.3, 341.0, 1.8, 36.0, 5.9, 0.87, 96.0, 12.7, 2.8, 49.81, 0.75, 1.0, 10.0, 32.6],
}


def test_round111_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND111 == ("tobacco6", "citrus5", "outboard6", "hottub6") and ROUND111_GENERATORS is GENERATORS
    check_registered(111, ROUND111, GENERATORS)


def test_round111_covers_5_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND111] == [6, 5, 6, 6]
    for name in ROUND111:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND111)
def test_round111_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND111)
def test_round111_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round111_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("tobacco6", "citrus5") and set(NEIGHBOURS) == set(ROUND111)
    assert NEIGHBOURS["tobacco6"] is TOBACCO_NEIGHBOURS and NEIGHBOURS["citrus5"] is CITRUS_NEIGHBOURS
    assert NEIGHBOURS["outboard6"] is OUTBOARD_NEIGHBOURS and NEIGHBOURS["hottub6"] is HOTTUB_NEIGHBOURS
    assert len(TOBACCO_CLASSES) == len(TOBACCO_ROWS) == 6 and TOBACCO_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5)
    assert len(CITRUS_CLASSES) == len(CITRUS_ROWS) == 5 and CITRUS_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(TOBACCO_GRADING) == 2 and len(CITRUS_GRADING) == 2
    assert len(OUTBOARD_CLASSES) == len(OUTBOARD_ROWS) == len(OUTBOARD_TABLE) == len(OUTBOARD_MAKE) == 6
    assert OUTBOARD_TABLE.shape[1] == 15 and np.allclose(OUTBOARD_MAKE.sum(1), 1)
    assert len(OUTBOARD_COMPLAINT) == 6 and np.allclose(OUTBOARD_COMPLAINT.sum(1), 1)
    assert np.argmin(OUTBOARD_TABLE[:, 8]) == 5 and np.argmax(OUTBOARD_TABLE[:, 11]) == 3  # the stop wire; tell-tale
    assert len(HOTTUB_CLASSES) == len(HOTTUB_ROWS) == len(HOTTUB_TABLE) == len(HOTTUB_MAKE) == 6
    assert HOTTUB_TABLE.shape[1] == 14 and np.allclose(HOTTUB_MAKE.sum(1), 1)
    assert len(HOTTUB_CODE) == len(HOTTUB_COMPLAINT) == 6 and np.allclose(HOTTUB_CODE.sum(1), 1)
    assert np.allclose(HOTTUB_COMPLAINT.sum(1), 1)
    assert np.argmax(HOTTUB_TABLE[:, 4]) == 0 and np.argmin(HOTTUB_TABLE[:, 9]) == 5  # the element; the insulation


@pytest.mark.parametrize("name", ROUND111)
def test_round111_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"tobacco6": (0.68, 0.78), "citrus5": (0.625, 0.725), "outboard6": (0.705, 0.805),
                 "hottub6": (0.75, 0.85)}[name]  # as measured (seed 0): 72.9, 67.7, 75.7, 80.0 %
    assert low < mlp.score(b, yb) < high


def test_tobacco6_the_leaf_measures_follow_the_quality_and_errors_fall_between_adjacent_qualities():
    median = class_medians("tobacco6")  # the classes run from choice (0) to poor (5)
    for column in (8, 11, 12, 13):  # the colour reading, the reducing sugars, the length, the width
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[14]) > 0) and np.all(np.diff(median[10]) < 0)  # blemish and waste; the nicotine
    assert np.all(median[2] == 3) and np.ptp(median[9]) < 0.5  # the stalk position's median; the moisture
    x, y = set_data("tobacco6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.all(np.diff(means[:, 0]) > 0) and np.all(np.diff(means[:, 1]) > 0)  # the farm's code; the variety's
    assert np.all(np.diff(means[:, 3]) > -0.02) and means[5, 3] > means[0, 3] + 0.4  # the barn: converted ones worse
    assert np.all(np.diff(means[:, 5]) > 0)  # the drying's highest temperature (scorch)
    stalk = np.array([np.mean(np.isin(x[y == c, 2], (1, 5))) for c in range(6)])  # the lowest leaves and the tips
    assert np.all(np.diff(stalk) > 0)
    true, pred, wrong = knn_errors("tobacco6")
    assert 0.40 < wrong.mean() < 0.41 and 0.96 < share_between(true, pred, TOBACCO_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 3, 4) > 0.22 and share_pair(true, pred, 2, 3) > 0.22
    rates = class_error_rates("tobacco6")
    assert np.argmax(rates) == 5 and np.argmin(rates) == 3


def test_citrus5_the_line_measures_follow_the_worst_factor_and_errors_fall_between_adjacent_grades():
    median = class_medians("citrus5")  # Fancy (0) .. cull (4)
    assert np.all(np.diff(median[9, :4]) < 0) and median[9, 4] > median[9, 2]  # the colour index: a cull's is not
    assert np.argmin(median[11]) == 4 and median[11, 4] < median[11, :4].min() - 9  # the firmness: decay is soft
    assert np.argmax(median[10]) == 4 and np.argmax(median[5]) == 4  # the blemish area; the degreening
    x, y = set_data("citrus5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 10]) > 0)  # the blemish and scar area
    assert np.argmax(means[:, 4]) == 4 and np.argmax(means[:, 8]) == 4  # the days since picking; the rain
    assert np.argmax(means[:, 3]) == 4  # the rough crew's code
    hamlin = np.array([np.mean(x[y == c, 2] == 0) for c in range(5)])  # the early variety, poorly coloured
    assert np.all(np.diff(hamlin[:4]) > 0) and hamlin[3] > 0.7
    assert np.ptp(means[:, 12]) < 0.5  # the Brix follows the season, not the grade
    true, pred, wrong = knn_errors("citrus5")
    assert 0.505 < wrong.mean() < 0.52 and 0.76 < share_between(true, pred, CITRUS_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 0, 1) > 0.25
    rates = class_error_rates("citrus5")
    assert np.argmax(rates) == 2 and min(rates[1], rates[3]) < 0.44


def test_outboard6_records_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    stale, carburettor, ignition, impeller, pump, kill = range(6)
    median = class_medians("outboard6")
    assert np.argmax(median[5]) == stale and np.argmax(median[15]) == stale  # the storage; the water in the fuel
    assert np.argmin(median[2]) == carburettor and np.argmax(median[11]) == carburettor  # the hp; a restriction
    assert np.argmin(median[9]) == ignition and np.argmin(median[6]) == ignition  # the spark; the cranking battery
    assert np.argmax(median[16]) == ignition and np.argmax(median[4]) == ignition  # the rough idle; the hours
    assert np.argmax(median[13]) == impeller and np.argmax(median[14]) == impeller  # the tell-tale; the alarms
    assert np.argmin(median[11]) == pump and np.argmin(median[12]) == pump  # the vacuum; the primer bulb
    assert np.argmin(median[10]) == kill  # the stop circuit grounded
    x, y = set_data("outboard6")
    shares = np.array([[np.mean(x[y == c, 1] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[stale, ignition, impeller, pump, kill]], 1)) == [0, 2, 4, 3, 0]  # the complaint
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == carburettor  # the older carburetted make
    true, pred, wrong = knn_errors("outboard6")
    assert 0.33 < wrong.mean() < 0.345 and 0.80 < share_between(true, pred, OUTBOARD_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, stale, carburettor) > 0.22 and share_pair(true, pred, ignition, kill) > 0.09
    rates = class_error_rates("outboard6")
    assert np.argmax(rates) == carburettor and np.argmin(rates) == impeller


def test_hottub6_logs_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    heater, switch, dirty, pump, sensor, leak = range(6)
    median = class_medians("hottub6")
    assert np.argmax(median[7]) == heater and np.argmin(median[13]) == heater  # the element; the heating
    assert np.argmin(median[5]) == heater and np.argmin(median[16]) == heater  # the winter; the water
    assert np.argmax(median[6]) == dirty and median[9, dirty] < median[9, [0, 1, 4, 5]].min() - 25  # days; flow
    assert np.argmax(median[8]) == pump and np.argmin(median[9]) == pump  # the pump's current; the flow
    assert np.argmax(median[11]) == sensor and np.argmax(median[16]) == sensor  # the offset; the water
    assert np.argmin(median[12]) == leak and np.argmax(median[14]) == leak  # the insulation; the trips
    x, y = set_data("hottub6")
    codes = np.array([[np.mean(x[y == c, 1] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(codes, 1)) == [0, 1, 1, 1, 2, 0]  # the panel's code
    complaints = np.array([[np.mean(x[y == c, 2] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(complaints[[heater, switch, sensor, leak]], 1)) == [0, 0, 2, 1]  # the owner's complaint
    true, pred, wrong = knn_errors("hottub6")
    assert 0.255 < wrong.mean() < 0.27 and 0.75 < share_between(true, pred, HOTTUB_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, dirty, pump) > 0.16 and share_pair(true, pred, heater, switch) > 0.15
    rates = class_error_rates("hottub6")
    assert np.argmax(rates) == switch and np.argmin(rates) == dirty
