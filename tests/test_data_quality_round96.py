"""Round 96's held-out noisy-label sets (``benchmarks/data_quality_round96.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round96`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (saffron6 unchanged after the first; sheldon7, tonewood5 and pantograph6 changed
once): sheldon7 (its baseline errs on 40.05 %, just over the 40 % aim; kept; MLP 80.0 % test with seed 0),
tonewood5 (51.7 %, over the aim; kept; 74.4 %), saffron6 (18.1 %, 87.9 %) and pantograph6 (39.2 %, 66.4 %). The MLP
is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a
session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round96 import (GENERATORS, NEIGHBOURS, ORDERED, PANTOGRAPH_CLASSES,
                                             PANTOGRAPH_NEIGHBOURS, PANTOGRAPH_ROWS, PANTOGRAPH_TABLE,
                                             PANTOGRAPH_TRAIN, ROUND96, ROUND96_GENERATORS, SAFFRON_CLASSES,
                                             SAFFRON_FORM, SAFFRON_NEIGHBOURS, SAFFRON_ROWS, SAFFRON_TABLE, SHAPES,
                                             SHELDON_CLASSES, SHELDON_GRADING, SHELDON_LIMITS, SHELDON_NEIGHBOURS,
                                             SHELDON_ROWS, TONEWOOD_CLASSES, TONEWOOD_EYE, TONEWOOD_LIMITS,
                                             TONEWOOD_NEIGHBOURS, TONEWOOD_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "sheldon7": [58.0, 2.0, 32.8, 3.778, 3.5, 11.0, 13.0, 17.0, 72.0, 0.0, 0.0, 0.0, 0.0, 5.0, 81.0, 0.0],
    "tonewood5": [0.0, 1398.0, 1.0, 2.07, 23.6, 31.0, 1.3, 21.2, 401.0, 5266.0, 1236.0, 24.6, 4.4, 0.0, 0.0, 5.0],
    "saffron6": [0.0, 12.4, 8.88, 0.4, 68.8, 75.0, 21.0, 147.0, 3.0, 3.2, 3.5, 2.08, 0.0, 0.0, 3.7, 12.0, 52.0],
    "pantograph6": [0.0, 12.2, 7.8, 0.0, 119.0, 4.0, 37.2, 88.7, 73.0, 1.0, 13.4, 15.0, 2.0, 1.0, 0.0, 2.0, 0.0],
}


def test_round96_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND96 == ("sheldon7", "tonewood5", "saffron6", "pantograph6") and ROUND96_GENERATORS is GENERATORS
    check_registered(96, ROUND96, GENERATORS)


def test_round96_covers_5_to_7_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND96] == [7, 5, 6, 6]
    for name in ROUND96:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND96)
def test_round96_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND96)
def test_round96_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round96_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("sheldon7", "tonewood5") and set(NEIGHBOURS) == set(ROUND96)
    assert NEIGHBOURS["sheldon7"] is SHELDON_NEIGHBOURS and NEIGHBOURS["tonewood5"] is TONEWOOD_NEIGHBOURS
    assert NEIGHBOURS["saffron6"] is SAFFRON_NEIGHBOURS and NEIGHBOURS["pantograph6"] is PANTOGRAPH_NEIGHBOURS
    assert len(SHELDON_CLASSES) == len(SHELDON_ROWS) == 7 and SHELDON_LIMITS == (7.0, 11.0, 17.5, 37.5, 47.5, 59.0)
    assert len(TONEWOOD_CLASSES) == len(TONEWOOD_ROWS) == 5 and TONEWOOD_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(SHELDON_GRADING) == 2 and len(TONEWOOD_EYE) == 2
    assert len(SAFFRON_CLASSES) == len(SAFFRON_ROWS) == len(SAFFRON_TABLE) == len(SAFFRON_FORM) == 6
    assert SAFFRON_TABLE.shape[1] == 16 and np.allclose(SAFFRON_FORM.sum(1), 1)
    assert np.argmax(SAFFRON_TABLE[:, 6]) == 3 and np.argmax(SAFFRON_TABLE[:, 0]) == 5  # the colour; the moisture
    assert len(PANTOGRAPH_CLASSES) == len(PANTOGRAPH_ROWS) == len(PANTOGRAPH_TABLE) == len(PANTOGRAPH_TRAIN) == 6
    assert PANTOGRAPH_TABLE.shape[1] == 16 and np.allclose(PANTOGRAPH_TRAIN.sum(1), 1)
    assert np.argmin(PANTOGRAPH_TABLE[:, 0]) == 4 and np.argmax(PANTOGRAPH_TABLE[:, 1]) == 5  # the cold; the gust


@pytest.mark.parametrize("name", ROUND96)
def test_round96_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"sheldon7": (0.75, 0.85), "tonewood5": (0.69, 0.79), "saffron6": (0.83, 0.93),
                 "pantograph6": (0.61, 0.71)}[name]  # as measured (seed 0): 80.0, 74.4, 87.9, 66.4 %
    assert low < mlp.score(b, yb) < high


def test_sheldon7_record_follows_the_band_and_errors_fall_between_adjacent_bands():
    median = class_medians("sheldon7")
    assert np.all(np.diff(median[4]) < 0) and np.all(np.diff(median[6]) < 0)  # the weight lost; contact marks
    for column in (5, 7, 14):  # the luster score, the submitter's estimate, the relief
        assert np.all(np.diff(median[column]) > 0)
    x, y = set_data("sheldon7")
    means = np.array([x[y == c].mean(0) for c in range(7)])
    assert means[6, 8] > 5 * means[0, 8] and np.all(np.diff(means[2:, 9]) > 0)  # the declared value; the tier
    assert means[6, 10] > means[0, 10] + 0.3 and means[6, 11] > means[0, 11] + 0.2  # a roll or hoard; a crossover
    assert means[0, 0] > means[4, 0] + 50  # the age: the worn coins oldest
    true, pred, wrong = knn_errors("sheldon7")
    assert 0.39 < wrong.mean() < 0.41 and 0.90 < share_between(true, pred, SHELDON_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.2 and share_pair(true, pred, 5, 6) > 0.17
    assert np.mean(np.abs(true - pred) >= 2) < 0.1
    rates = class_error_rates("sheldon7")
    assert np.argmax(rates) == 5 and max(rates[0], rates[4]) < 0.3  # About Uncirculated errs most


def test_tonewood5_billet_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("tonewood5")
    for column in (4, 6, 7, 12):  # the rings' variation, the runout, the angle off the quarter, the colour's spread
        assert np.all(np.diff(median[column]) > 0)
    x, y = set_data("tonewood5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 2]) < 0) and np.all(np.diff(means[:, 14]) > 0)  # split billets; pin knots
    flame = [x[(y == c) & (x[:, 0] == 1), 13].mean() for c in range(5)]  # the maple billets' flame
    assert np.all(np.diff(flame) < 0)
    rings = [np.median(x[(y == c) & (x[:, 0] == 0), 3]) for c in range(5)]  # the spruce billets' ring width
    assert np.all(np.diff(rings) > 0)
    true, pred, wrong = knn_errors("tonewood5")
    assert 0.50 < wrong.mean() < 0.53 and 0.84 < share_between(true, pred, TONEWOOD_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.2 and share_pair(true, pred, 0, 1) > 0.17
    rates = class_error_rates("tonewood5")
    assert np.argmax(rates) == 4 and np.argmin(rates) == 0


def test_saffron6_measurements_follow_the_class_and_errors_fall_mostly_between_confused_classes():
    genuine, floral, safflower, dye, filler, weighting = range(6)
    median = class_medians("saffron6")
    assert np.argmax(median[1]) == weighting and np.argmax(median[2]) == weighting  # the moisture; the ash
    assert np.argmax(median[4]) == weighting and np.argmax(median[3]) == filler  # the solubility; acid-insoluble ash
    assert np.argmax(median[5]) == genuine and np.argmax(median[6]) == genuine  # picrocrocin; safranal
    assert np.argmax(median[7]) == dye and np.argmin(median[7]) == safflower  # the colouring strength
    assert np.argmax(median[8]) == floral and np.argmax(median[9]) == safflower  # floral waste; extraneous matter
    assert np.argmax(median[16]) == genuine and np.argmin(median[16]) == dye  # the seconds until the water colours
    assert np.argmax(median[14]) == genuine  # the price
    x, y = set_data("saffron6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 12]) == dye and np.argmax(means[:, 13]) == filler  # the plate's dye; curcumin
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == filler  # powders
    true, pred, wrong = knn_errors("saffron6")
    assert 0.17 < wrong.mean() < 0.19 and 0.68 < share_between(true, pred, SAFFRON_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, genuine, floral) > 0.18 and share_pair(true, pred, safflower, dye) > 0.12
    rates = class_error_rates("saffron6")
    assert np.argmax(rates) == dye and np.argmin(rates) == genuine


def test_pantograph6_records_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    wear, geometry, dropper, pantograph, ice, wind = range(6)
    median = class_medians("pantograph6")
    assert np.argmin(median[1]) == ice and np.argmax(median[2]) == wind  # the temperature; the gust
    assert np.argmax(median[5]) == ice and np.argmax(median[6]) == wear  # the arcs; the wire's age
    assert np.argmin(median[7]) == wear and np.argmax(median[8]) == dropper  # the residual section; the inspection
    assert np.argmin(median[10]) == pantograph and np.argmax(median[11]) == pantograph  # the strip; the depot check
    x, y = set_data("pantograph6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 3]) == ice and np.argmax(means[:, 16]) == ice  # frost; the early morning
    assert np.argmax(means[:, 9]) == geometry and np.argmax(means[:, 12]) == geometry  # a curve; repeats at the place
    assert np.argmax(means[:, 13]) == ice and np.argmax(means[:, 15]) == wind  # trains reporting; breaker trips
    assert min(means[dropper, 14], means[wind, 14]) > means[pantograph, 14] + 0.2  # dewirements
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == pantograph  # freight locomotives
    true, pred, wrong = knn_errors("pantograph6")
    assert 0.38 < wrong.mean() < 0.40 and 0.84 < share_between(true, pred, PANTOGRAPH_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, geometry, dropper) > 0.17 and share_pair(true, pred, wear, dropper) > 0.12
    rates = class_error_rates("pantograph6")
    assert np.argmax(rates) == dropper and np.argmin(rates) == pantograph
