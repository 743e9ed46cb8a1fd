"""Round 56's held-out noisy-label sets (``benchmarks/data_quality_round56.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round56`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured (perio5 and winterroad5 after their one change, removal6 and sortline6 unchanged),
perio5, removal6 and sortline6 meet the three aims (perio5's baseline on the upper edge, 39.9 %; sortline6's near
the lower edge, 15.2 %); winterroad5's baseline errs on 44.4 %, above the aim, kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round56 import (GENERATORS, NEIGHBOURS, ORDERED, PERIO_CLASSES, PERIO_GI_LIMIT,
                                             PERIO_LOSS_LIMITS, PERIO_NEIGHBOURS, PERIO_ROWS, REMOVAL_CAUSES,
                                             REMOVAL_NEIGHBOURS, REMOVAL_ROWS, REMOVAL_TABLE, ROAD_CLASSES,
                                             ROAD_LIMITS, ROAD_NEIGHBOURS, ROAD_ROWS, ROUND56, ROUND56_GENERATORS,
                                             SHAPES, SORT_MATERIALS, SORT_NEIGHBOURS, SORT_ROWS, SORT_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "perio5": [2.0, 1.0, 86.0, 2.1, 5.2, 1.0, 0.73, 7.0, 0.0, 0.0, 2.1, 0.0, 0.0, 0.0],
    "winterroad5": [-2.8, -2.2, -8.0, 71.0, 2.4, 1.0, 8.1, 13.05, 153.0, 21.7, 27.9, 20.0, 2.6, -3.6],
    "removal6": [19.4, 1.26, 2.67, 0.69, 0.18, 0.25, 0.21, 0.04, 1.2, 0.0, 1.17, 2.0, 1.0, 7.4, 32.95, 42.52],
    "sortline6": [0.24, 0.26, 0.03, 0.08, 0.01, 2.0, 0.18, 85.0, 0.35, 0.08, 0.09, 136.9, 601.0, 52.0, 0.21],
}


def test_round56_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND56 == ("perio5", "winterroad5", "removal6", "sortline6") and ROUND56_GENERATORS is GENERATORS
    check_registered(56, ROUND56, GENERATORS)


def test_round56_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND56) == [5, 5, 6, 6]
    for name in ROUND56:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND56)
def test_round56_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND56)
def test_round56_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round56_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("perio5", "winterroad5") and set(NEIGHBOURS) == set(ROUND56)
    assert NEIGHBOURS["perio5"] is PERIO_NEIGHBOURS and NEIGHBOURS["winterroad5"] is ROAD_NEIGHBOURS
    assert NEIGHBOURS["removal6"] is REMOVAL_NEIGHBOURS and NEIGHBOURS["sortline6"] is SORT_NEIGHBOURS
    # the attachment-loss limits (the AVDC's 25 / 50 %), rising; the friction limits, falling
    assert len(PERIO_CLASSES) == len(PERIO_ROWS) == len(PERIO_LOSS_LIMITS) + 2 == 5 and PERIO_GI_LIMIT == 1.0
    assert PERIO_LOSS_LIMITS[1:] == (25.0, 50.0) and np.all(np.diff(PERIO_LOSS_LIMITS) > 0)
    assert len(ROAD_CLASSES) == len(ROAD_ROWS) == len(ROAD_LIMITS) + 1 == 5 and np.all(np.diff(ROAD_LIMITS) < 0)
    assert len(REMOVAL_CAUSES) == len(REMOVAL_ROWS) == len(REMOVAL_TABLE) and REMOVAL_TABLE.shape[1] == 16
    assert np.argmax(REMOVAL_TABLE[:, 2]) == 0 and np.argmax(REMOVAL_TABLE[:, 11]) == 0  # a step shift; nicks
    assert np.argmax(REMOVAL_TABLE[:, 9]) == 1 and np.argmax(REMOVAL_TABLE[:, 6]) == 1  # chips; core vibration
    assert np.argmax(REMOVAL_TABLE[:, 14]) == 2 and np.argmax(REMOVAL_TABLE[:, 3]) == 3  # sand; fuel flow
    assert np.argmax(REMOVAL_TABLE[:, 7]) == 4 and np.argmax(REMOVAL_TABLE[:, 12]) == 5  # oil; hot section
    assert len(SORT_MATERIALS) == len(SORT_ROWS) == len(SORT_TABLE) and SORT_TABLE.shape[1] == 14
    assert np.argmax(SORT_TABLE[:, 10]) == 0 and np.argmax(SORT_TABLE[:, 6]) == 2  # transparent; magnetic
    assert np.argmax(SORT_TABLE[:, 4]) == 1 and np.argmax(SORT_TABLE[:, 1]) == 3  # conducting; cellulose
    assert np.argmax(SORT_TABLE[:, 2]) == 4 and np.argmax(SORT_TABLE[:, 12]) == 5  # polyethylene; a large lump


@pytest.mark.parametrize("name", ROUND56)
def test_round56_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"perio5": (0.64, 0.75), "winterroad5": (0.57, 0.67), "removal6": (0.71, 0.81),
                 "sortline6": (0.84, 0.94)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_perio5_checkup_follows_the_stage_and_errors_fall_between_adjacent_stages():
    x, y = set_data("perio5")
    median = class_medians("perio5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (2, 10):  # the breath's sulfur, the years since the last cleaning
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(median[4]) < 0) and np.all(np.diff(means[12][1:]) > 0)  # small breeds; missing teeth
    assert np.all(np.diff(means[0]) > 0) and np.all(np.diff(means[11]) >= 0)  # calculus; mobility
    assert np.diff(median[1]).min() >= 0 and median[1][0] < median[1][4]  # the gingivitis seen awake
    true, pred, wrong = knn_errors("perio5")
    assert 0.37 < wrong.mean() < 0.42 and 0.8 < share_between(true, pred, PERIO_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, 1, 2) > 0.3 and share_pair(true, pred, 2, 3) > 0.2
    assert share_pair(true, pred, 3, 4) > 0.12 and share_pair(true, pred, 0, 1) > 0.11
    assert share_pair(true, pred, 0, 2) > 0.07  # two apart: a clean-looking mouth with a pocket
    rates = class_error_rates("perio5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 1  # early periodontitis most; gingivitis least


def test_winterroad5_hour_follows_the_class_and_errors_mostly_fall_between_adjacent_classes():
    x, y = set_data("winterroad5")
    median = class_medians("winterroad5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert median[7][0] < 0.1 < median[7][1] and median[1][1] > median[1][2] + 2  # a dry film; a colder surface
    assert np.all(np.diff(means[12]) > 0)  # the fleet's slips
    assert means[5][0] < 0.1 < means[5][2] and means[5][1] < means[5][2]  # the snow flag
    assert np.argmax(means[10]) == 4 and np.argmin(means[8]) == 3  # salt long ago; little traffic on snow
    true, pred, wrong = knn_errors("winterroad5")
    assert 0.42 < wrong.mean() < 0.47 and 0.68 < share_between(true, pred, ROAD_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, 0, 1) > 0.18 and share_pair(true, pred, 1, 2) > 0.15
    assert share_pair(true, pred, 2, 3) > 0.14 and share_pair(true, pred, 3, 4) > 0.12
    assert share_pair(true, pred, 0, 3) > 0.07  # three apart: a cold dry night against packed snow
    rates = class_error_rates("winterroad5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # snow-covered most; dry least


def test_removal6_trends_follow_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("removal6")
    fod, bearing, erosion, fuel, oil, hot = range(6)
    median = class_medians("removal6")
    assert np.argmin(median[0]) == hot and np.argmax(median[1]) == hot  # the lowest margin, lost fastest
    assert np.argmax(median[2]) == fuel and median[2][fod] > 2 * median[2][oil]  # the shifts
    assert np.argmax(median[5]) == fod and np.argmax(median[6]) == bearing  # fan and core vibration
    assert np.argmax(median[7]) == oil and np.argmax(median[8]) == oil and np.argmax(median[10]) == oil
    assert np.argmax(median[11]) == fod and np.argmax(median[12]) == hot  # the borescope's findings
    assert np.argmax(median[14]) == erosion and np.argmax(median[15]) == fuel  # sand; the thermocouples' spread
    true, pred, wrong = knn_errors("removal6")
    assert 0.31 < wrong.mean() < 0.36 and 0.83 < share_between(true, pred, REMOVAL_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, erosion, hot) > 0.24 and share_pair(true, pred, bearing, oil) > 0.2
    assert share_pair(true, pred, fuel, hot) > 0.19 and share_pair(true, pred, fod, erosion) > 0.06
    assert share_pair(true, pred, erosion, fuel) > 0.06  # outside the map
    rates = class_error_rates("removal6")
    assert np.argmax(rates) == hot and np.argmin(rates) == fod


def test_sortline6_sensors_follow_the_material_and_errors_fall_between_confused_materials():
    x, y = set_data("sortline6")
    glass, alu, steel, paper, carton, textile = range(6)
    median = class_medians("sortline6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[0]) == glass and np.argmax(means[10]) == glass  # NIR-dark; transparent
    assert np.argmax(median[1]) == paper and np.argmax(median[2]) == carton  # cellulose; polyethylene
    assert np.argmax(median[6]) == steel and median[4][alu] > 3 * median[4][carton] > 3 * median[4][paper]
    assert np.argmax(median[11]) == glass and np.argmax(median[12]) == textile  # heavy; a large lump
    assert np.argmin(median[13]) == paper  # flat
    true, pred, wrong = knn_errors("sortline6")
    assert 0.13 < wrong.mean() < 0.18 and 0.88 < share_between(true, pred, SORT_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, alu, steel) > 0.22 and share_pair(true, pred, paper, textile) > 0.21
    assert share_pair(true, pred, glass, textile) > 0.15 and share_pair(true, pred, paper, carton) > 0.14
    assert share_pair(true, pred, glass, carton) > 0.03  # outside the map
    rates = class_error_rates("sortline6")
    assert np.argmax(rates) == textile and np.argmin(rates) == paper
