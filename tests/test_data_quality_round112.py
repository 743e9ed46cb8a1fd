"""Round 112's held-out noisy-label sets (``benchmarks/data_quality_round112.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round112`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured after the one change almond5 and vanilla5 had (the others as first measured): almond5 (its baseline errs
on 47.6 %, over the aim of 40 %, kept; MLP 66.0 % test with seed 0), vanilla5 (48.2 %, over the aim, kept; 67.1 %),
garagedoor6 (20.8 %, 79.6 %) and pinball6 (25.1 %, 80.2 %). The MLP is fitted once per set (one parametrized test);
the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round112 import (ALMOND_CLASSES, ALMOND_GRADING, ALMOND_LIMITS, ALMOND_NEIGHBOURS,
                                              ALMOND_ROWS, GARAGEDOOR_BLINK, GARAGEDOOR_CLASSES, GARAGEDOOR_COMPLAINT,
                                              GARAGEDOOR_MAKE, GARAGEDOOR_NEIGHBOURS, GARAGEDOOR_ROWS,
                                              GARAGEDOOR_TABLE, GENERATORS, NEIGHBOURS, ORDERED, PINBALL_CLASSES,
                                              PINBALL_COMPLAINT, PINBALL_ERA, PINBALL_LOCATION, PINBALL_NEIGHBOURS,
                                              PINBALL_ROWS, PINBALL_TABLE, PINBALL_TITLE, ROUND112,
                                              ROUND112_GENERATORS, SHAPES, VANILLA_CLASSES, VANILLA_GRADING,
                                              VANILLA_LIMITS, VANILLA_NEIGHBOURS, VANILLA_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "almond5": [2.0, 2.0, 261.0, 8.0, 1.0, 3.0, 0.6, 4.4, 4.6, 0.015, 0.8, 2.4, 7.0, 5.2, 2.55],
    "vanilla5": [2.0, 1.0, 6.0, 0.0, 4.0, 55.0, 25.0, 28.1, 18.9, 1.55, 31.2, 2.0, 0.0, 4.7],
    "garagedoor6": [0.0, 0.0, 1.0, 67.0, 5.4, 6.6, 0.7, 5.6, 4.6, 50.0, 4.9, 61.0, 655.0, 0.7, 17.2],
    "pinball6": [0.0, 1.0, 2.0, 1.0, 24.8, 4294.0, 0.0, 3.0, 4.0, 10.3, 88.0, 77.0, 12.0, 14.5, 0.8, 51.0],
}


def test_round112_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND112 == ("almond5", "vanilla5", "garagedoor6", "pinball6") and ROUND112_GENERATORS is GENERATORS
    check_registered(112, ROUND112, GENERATORS)


def test_round112_covers_5_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND112] == [5, 5, 6, 6]
    for name in ROUND112:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 14 <= columns <= 16


@pytest.mark.parametrize("name", ROUND112)
def test_round112_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND112)
def test_round112_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round112_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("almond5", "vanilla5") and set(NEIGHBOURS) == set(ROUND112)
    assert NEIGHBOURS["almond5"] is ALMOND_NEIGHBOURS and NEIGHBOURS["vanilla5"] is VANILLA_NEIGHBOURS
    assert NEIGHBOURS["garagedoor6"] is GARAGEDOOR_NEIGHBOURS and NEIGHBOURS["pinball6"] is PINBALL_NEIGHBOURS
    assert len(ALMOND_CLASSES) == len(ALMOND_ROWS) == len(ALMOND_LIMITS) == 5 and ALMOND_LIMITS.shape == (5, 6)
    assert np.all(np.diff(ALMOND_LIMITS[:, :4], axis=0) >= 0)  # doubles, chips, foreign material, split: looser
    assert len(VANILLA_CLASSES) == len(VANILLA_ROWS) == 5 and VANILLA_LIMITS == (-1.5, -0.5, 0.5, 1.5)
    assert len(ALMOND_GRADING) == 2 and len(VANILLA_GRADING) == 2
    assert len(GARAGEDOOR_CLASSES) == len(GARAGEDOOR_ROWS) == len(GARAGEDOOR_TABLE) == 6
    assert GARAGEDOOR_TABLE.shape[1] == 12
    for table in (GARAGEDOOR_MAKE, GARAGEDOOR_BLINK, GARAGEDOOR_COMPLAINT, PINBALL_TITLE, PINBALL_ERA,
                  PINBALL_LOCATION, PINBALL_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(GARAGEDOOR_TABLE[:, 4]) == 0 and np.argmin(GARAGEDOOR_TABLE[:, 11]) == 2  # balance; speed
    assert len(PINBALL_CLASSES) == len(PINBALL_ROWS) == len(PINBALL_TABLE) == 6 and PINBALL_TABLE.shape[1] == 12
    assert np.argmax(PINBALL_TABLE[:, 10]) == 3 and np.argmin(PINBALL_TABLE[:, 8]) == 5  # the harness; the opto


@pytest.mark.parametrize("name", ROUND112)
def test_round112_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"almond5": (0.61, 0.71), "vanilla5": (0.62, 0.72), "garagedoor6": (0.745, 0.845),
                 "pinball6": (0.75, 0.85)}[name]  # as measured (seed 0): 66.0, 67.1, 79.6, 80.2 %
    assert low < mlp.score(b, yb) < high


def test_almond5_the_quick_sample_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("almond5")
    assert np.all(median[10, :3] < 1) and median[10, 3] > 1.5 and median[10, 4] > 3  # split and broken
    assert median[11, 0] < median[11, 3] < median[11, 1]  # other defects: Select's 3 % under No. 1's 5 %
    x, y = set_data("almond5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert means[1, 7] + 2 < means[2, 7] < means[3, 7] < means[4, 7]  # chip and scratch
    assert means[0, 8] < means[1, 8] < means[2, 8] and means[3, 8] < means[2, 8]  # doubles: Select's 15 % too
    assert means[:3, 9].max() < 0.035 and 0.04 < means[3, 9] and means[4, 9] > 0.08  # foreign material
    assert np.all(np.diff(means[:, 4]) > 0) and np.all(np.diff(means[:, 5]) > 0)  # the crew's code; the weeks
    assert means[4, 3] > means[0, 3] + 1.5  # the days on the ground
    true, pred, wrong = knn_errors("almond5")
    assert 0.47 < wrong.mean() < 0.48 and 0.70 < share_between(true, pred, ALMOND_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, 1, 2) > 0.23 and share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("almond5")
    assert np.argmax(rates) == 0 and rates[0] > rates[2] + 0.2


def test_vanilla5_the_bundle_measures_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("vanilla5")
    for column in (7, 8, 9, 13):  # the moisture, the length, the vanillin, the flexibility
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[10]) > 0) and np.all(np.diff(median[5]) > 0)  # the colour's L*; the drying's days
    x, y = set_data("vanilla5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 2]) < 0) and np.all(np.diff(means[:, 12]) < 0)  # the month; the mould (wet)
    assert means[4, 1] > means[0, 1] + 0.4 and np.all(np.diff(means[:, 11]) < 0)  # the curer; the splits (ripe)
    true, pred, wrong = knn_errors("vanilla5")
    assert 0.477 < wrong.mean() < 0.487 and 0.86 < share_between(true, pred, VANILLA_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 1, 2) > 0.29 and share_pair(true, pred, 2, 3) > 0.27
    rates = class_error_rates("vanilla5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 1


def test_garagedoor6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    spring, eyes, gear, settings, cable, board = range(6)
    median = class_medians("garagedoor6")
    assert np.argmax(median[7]) == spring and np.argmin(median[9]) == eyes  # the balance; the beam's signal
    assert np.argmin(median[14]) == gear and np.argmin(median[8]) == board  # the trolley's speed; the current
    assert np.argmax(median[13]) == cable and np.argmin(median[6]) == settings  # the tilt; a cold climate
    x, y = set_data("garagedoor6")
    shares = np.array([[np.mean(x[y == c, 2] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(shares, 1)) == [0, 1, 3, 2, 2, 4]  # the complaint
    blinks = np.array([[np.mean(x[y == c, 1] == k) for k in range(5)] for c in range(6)])
    assert np.argmax(blinks[eyes]) == 1 and np.argmax(blinks[settings]) == 2 and np.argmax(blinks[:, 4]) == board
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == gear  # a Chamberlain's plastic gear
    true, pred, wrong = knn_errors("garagedoor6")
    assert 0.203 < wrong.mean() < 0.213 and 0.96 < share_between(true, pred, GARAGEDOOR_NEIGHBOURS) <= 1
    assert share_pair(true, pred, spring, cable) > 0.28 and share_pair(true, pred, eyes, board) > 0.15
    rates = class_error_rates("garagedoor6")
    assert np.argmax(rates) == cable and np.argmin(rates) == eyes


def test_pinball6_logs_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    switch, coil, driver, wire, flipper, opto = range(6)
    median = class_medians("pinball6")
    assert np.argmin(median[10]) == opto and np.argmin(median[12]) == opto  # the hits; the opto's swing
    assert np.argmax(median[9]) == coil and np.argmin(median[13]) == driver  # the coil's deviation; fired volts
    assert np.argmax(median[14]) == wire and np.argmin(median[11]) == flipper  # the harness; the flipper's power
    assert np.argmax(median[15]) == driver and np.argmax(median[5]) == flipper  # the heat; the plays
    x, y = set_data("pinball6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 8]) == driver and min(means[[switch, opto], 6]) > means[[1, 2, 3, 4], 6].max() + 0.8
    shares = np.array([[np.mean(x[y == c, 3] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(shares[[switch, coil, flipper, opto]], 1)) == [3, 0, 1, 4]  # the complaint
    assert np.argmin([np.mean(x[y == c, 1] == 0) for c in range(6)]) == opto  # few optos before 1986
    true, pred, wrong = knn_errors("pinball6")
    assert 0.246 < wrong.mean() < 0.256 and 0.94 < share_between(true, pred, PINBALL_NEIGHBOURS) < 0.98
    assert share_pair(true, pred, switch, opto) > 0.25 and share_pair(true, pred, coil, driver) > 0.23
    rates = class_error_rates("pinball6")
    assert np.argmin(rates) == flipper and rates[coil] > rates[switch] + 0.05
