"""Round 107's held-out noisy-label sets (``benchmarks/data_quality_round107.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round107`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of casting5 and diving7 had (chainsaw6 and vending6 as first measured):
casting5 (its baseline errs on 49.5 %, over the aim of 40 %, kept; MLP 68.6 % test with seed 0), diving7 (51.0 %,
over the aim, kept; 64.4 %), chainsaw6 (32.1 %, 72.1 %) and vending6 (30.1 %, 70.7 %). The MLP is fitted once per
set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round107 import (CASTING_CLASSES, CASTING_LIMITS, CASTING_NEIGHBOURS, CASTING_READING,
                                              CASTING_ROWS, CHAINSAW_CLASSES, CHAINSAW_COMPLAINT, CHAINSAW_NEIGHBOURS,
                                              CHAINSAW_ROWS, CHAINSAW_TABLE, DIVING_AWARD, DIVING_CLASSES,
                                              DIVING_LIMITS, DIVING_NEIGHBOURS, DIVING_ROWS, GENERATORS, NEIGHBOURS,
                                              ORDERED, ROUND107, ROUND107_GENERATORS, SHAPES, VENDING_CLASSES,
                                              VENDING_COMPLAINT, VENDING_DRINK, VENDING_NEIGHBOURS, VENDING_ROWS,
                                              VENDING_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "casting5": [2.0, 1.0, 21.9, 13.8, 61.0, 3.3, 0.78, 11.3, 8.2, 52.0, 164.0, 9.7, 2.67, 3.0, 0.18, 0.81],
    "diving7": [10.0, 0.0, 1.0, 3.0, 2.1, 6.0, 1.0, 0.62, 0.32, 0.83, 33.5, 3.01, 2.31, 0.0, 0.0, 28.3],
    "chainsaw6": [5.0, 1.9, 268.0, 37.0, 0.6, 1.0, 2.5, 128.0, 4.9, 3290.0, 10280.0, 1.3, 2.5, 3.8, 3470.0, 10.5,
                  0.0],
    "vending6": [3.0, 1.0, 19.5, 30.0, 1.0, 24.0, 9.0, 6.0, 0.0, 1.0, 0.0, 68.0, 6.1, 46.0, 11.9, 88.0, 1.0],
}


def test_round107_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND107 == ("casting5", "diving7", "chainsaw6", "vending6") and ROUND107_GENERATORS is GENERATORS
    check_registered(107, ROUND107, GENERATORS)


def test_round107_covers_5_to_7_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND107] == [5, 7, 6, 6]
    for name in ROUND107:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND107)
def test_round107_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND107)
def test_round107_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round107_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("casting5", "diving7") and set(NEIGHBOURS) == set(ROUND107)
    assert NEIGHBOURS["casting5"] is CASTING_NEIGHBOURS and NEIGHBOURS["diving7"] is DIVING_NEIGHBOURS
    assert NEIGHBOURS["chainsaw6"] is CHAINSAW_NEIGHBOURS and NEIGHBOURS["vending6"] is VENDING_NEIGHBOURS
    assert len(CASTING_CLASSES) == len(CASTING_ROWS) == 5 and CASTING_LIMITS == (0.2, 0.5, 1.2, 2.5)
    assert len(DIVING_CLASSES) == len(DIVING_ROWS) == 7 and DIVING_LIMITS == (0.25, 2.25, 4.75, 6.75, 8.25, 9.75)
    assert len(CASTING_READING) == 2 and len(DIVING_AWARD) == 2
    assert len(CHAINSAW_CLASSES) == len(CHAINSAW_ROWS) == len(CHAINSAW_TABLE) == len(CHAINSAW_COMPLAINT) == 6
    assert CHAINSAW_TABLE.shape[1] == 16 and np.allclose(CHAINSAW_COMPLAINT.sum(1), 1)
    assert np.argmin(CHAINSAW_TABLE[:, 7]) == 1 and np.argmax(CHAINSAW_TABLE[:, 10]) == 3  # the spark; the leak
    assert len(VENDING_CLASSES) == len(VENDING_ROWS) == len(VENDING_TABLE) == len(VENDING_COMPLAINT) == 6
    assert VENDING_TABLE.shape[1] == 15 and np.allclose(VENDING_COMPLAINT.sum(1), 1) and len(VENDING_DRINK) == 6
    assert np.argmax(VENDING_TABLE[:, 12]) == 3 and np.argmin(VENDING_TABLE[:, 11]) == 1  # the heat; the bills


@pytest.mark.parametrize("name", ROUND107)
def test_round107_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"casting5": (0.635, 0.735), "diving7": (0.595, 0.695), "chainsaw6": (0.67, 0.77),
                 "vending6": (0.655, 0.755)}[name]  # as measured (seed 0): 68.6, 64.4, 72.1, 70.7 %
    assert low < mlp.score(b, yb) < high


def test_casting5_the_melt_and_the_image_follow_the_level_and_errors_fall_between_adjacent_levels():
    median = class_medians("casting5")
    for column in (2, 3, 5, 6, 13, 14, 15):  # thickness, weight, the gas test, moisture, the pores, area, deficit
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[10]) > 0)  # the tube's voltage (thicker sections, more steel)
    x, y = set_data("casting5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 0]) > 0) and np.all(np.diff(means[:, 1]) < 0)  # steel; the permanent mould
    assert np.all(np.diff(means[:, 8]) >= 0) and np.ptp(means[:, 12]) < 0.1  # the ladle's time; the image's density
    true, pred, wrong = knn_errors("casting5")
    assert 0.485 < wrong.mean() < 0.505 and 0.84 < share_between(true, pred, CASTING_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, 0, 1) > 0.26 and share_pair(true, pred, 1, 2) > 0.24
    rates = class_error_rates("casting5")
    assert np.argmin(rates) == 0 and rates[1:4].min() > 0.5


def test_diving7_the_video_follows_the_band_and_errors_fall_between_adjacent_bands():
    median = class_medians("diving7")
    for column in (7, 9):  # the take-off's height, the rotation's speed (from unsatisfactory on)
        assert np.all(np.diff(median[column, 1:]) > 0)
    for column in (10, 11, 12):  # the entry's angle, the splash's area and height
        assert np.all(np.diff(median[column]) < 0)
    assert median[10, 0] > 40 and median[8, 1] < 0.5  # a failed dive's entry; an unsafe, near dive
    x, y = set_data("diving7")
    means = np.array([x[y == c].mean(0) for c in range(7)])
    assert np.all(np.diff(means[1:, 1]) > 0) and np.all(np.diff(means[1:, 0]) > 0)  # the level; the age
    assert np.all(np.diff(means[1:6, 4]) > 0)  # the degree of difficulty
    assert np.ptp(means[:, 5]) < 0.5 and np.ptp(means[:, 15]) < 0.5  # the seat; the water
    true, pred, wrong = knn_errors("diving7")
    assert 0.50 < wrong.mean() < 0.52 and 0.81 < share_between(true, pred, DIVING_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, 3, 4) > 0.22 and share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("diving7")
    assert np.argmax(rates) == 6 and np.argmin(rates) == 0


def test_chainsaw6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    carb, coil, plug, filters, chain, clutch = range(6)
    median = class_medians("chainsaw6")
    assert np.argmax(median[4]) == carb and np.argmax(median[6]) == carb  # stored with fuel; the fuel's age
    assert np.argmin(median[8]) == coil and np.argmin(median[9]) == carb  # the spark; the idle
    assert np.argmin(median[10]) == filters and np.argmax(median[11]) == filters  # the top speed; the leak
    assert np.argmax(median[12]) == chain and np.argmax(median[13]) == chain  # the sag; the cutters' angle
    assert np.argmin(median[14]) == clutch and np.argmax(median[15]) == chain  # the clutch; the cut's time
    assert np.argmax(median[3]) == clutch and np.argmax(median[2]) == clutch  # the displacement; the hours
    x, y = set_data("chainsaw6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 16]) == coil and np.argmax(means[:, 5]) == carb  # a hot restart; ethanol fuel
    shares = np.array([[np.mean(x[y == c, 0] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[plug, filters, chain, clutch]], 1)) == [0, 2, 3, 4]  # the complaint
    assert np.argmax(shares[:, 5]) == coil  # hard to start when hot
    true, pred, wrong = knn_errors("chainsaw6")
    assert 0.31 < wrong.mean() < 0.33 and 0.89 < share_between(true, pred, CHAINSAW_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, carb, plug) > 0.23 and share_pair(true, pred, chain, clutch) > 0.15
    rates = class_error_rates("chainsaw6")
    assert np.argmax(rates) == plug and np.argmin(rates) == chain


def test_vending6_logs_and_cash_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    coin, bill, motor, fridge, sensor, board = range(6)
    median = class_medians("vending6")
    assert [np.argmax(median[j]) for j in (6, 7, 8, 9)] == [coin, bill, motor, sensor]  # the logged errors
    assert np.argmax(median[10]) == board and np.argmax(median[16]) == board  # resets and lost links; power cuts
    assert np.argmax(median[12]) == coin and np.argmin(median[13]) == bill  # the cash's difference; the bills
    assert np.argmin(median[11]) == fridge and np.argmax(median[2]) == fridge  # the sales; the age
    x, y = set_data("vending6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert means[fridge, 1] == 1 and means[:, 1].min() > 0.25  # drink machines
    assert np.argmax(means[:, 14]) == fridge and np.argmax(means[:, 15]) == fridge  # the heat; the compressor
    assert np.all(x[x[:, 1] == 0, 14:16] == 0)  # a snack machine keeps no temperature log
    shares = np.array([[np.mean(x[y == c, 0] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[coin, bill, motor, fridge, sensor, board]], 1)) == [0, 1, 2, 3, 2, 4]
    true, pred, wrong = knn_errors("vending6")
    assert 0.29 < wrong.mean() < 0.31 and 0.78 < share_between(true, pred, VENDING_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, motor, sensor) > 0.30 and share_pair(true, pred, coin, board) > 0.13
    rates = class_error_rates("vending6")
    assert np.argmax(rates) == board and np.argmin(rates) == fridge
