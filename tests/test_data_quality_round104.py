"""Round 104's held-out noisy-label sets (``benchmarks/data_quality_round104.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round104`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of cattle8 and smoke6 had (turbine6 and solder6 as first measured): cattle8 (its
baseline errs on 48.2 %, over the aim of 40 %, kept; MLP 69.5 % test with seed 0), smoke6 (52.3 %, over the aim,
kept; 60.4 %), turbine6 (24.7 %, 82.2 %) and solder6 (16.2 %, 87.5 %). The MLP is fitted once per set (one
parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round104 import (CATTLE_CLASSES, CATTLE_LIMITS, CATTLE_NEIGHBOURS, CATTLE_ROWS,
                                              CATTLE_SCORING, GENERATORS, NEIGHBOURS, ORDERED, ROUND104,
                                              ROUND104_GENERATORS, SHAPES, SMOKE_CLASSES, SMOKE_LIMITS,
                                              SMOKE_NEIGHBOURS, SMOKE_READING, SMOKE_ROWS, SOLDER_CLASSES,
                                              SOLDER_NEIGHBOURS, SOLDER_PACKAGE, SOLDER_ROWS, SOLDER_TABLE,
                                              TURBINE_CLASSES, TURBINE_DRIVE, TURBINE_NEIGHBOURS, TURBINE_ROWS,
                                              TURBINE_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "cattle8": [9.0, 2.0, 4.0, 334.0, 0.0, 213.0, 4840.0, 18.4, 3.2, 0.68, 0.0, 683.0, 133.4, 10.7, 14.6, 79.2],
    "smoke6": [2.0, 53.0, 11.8, 130.0, 2.1, 0.0, 12.6, 0.0, 0.0, 0.29, 66.0, 2.0, 5.3, 66.0, 20.1, 297.0],
    "turbine6": [0.0, 10.3, 84.0, 29.6, 72.2, 29.7, 0.1, 94.0, 0.5, 4.2, 1.9, 52.0, 14.0, 1.0, 8.0, 35.1, 0.0],
    "solder6": [2.0, 61.0, 43.0, 63.0, 89.0, 0.5, 2.8, 97.0, 241.9, 49.0, 2.13, 8.0, 0.62, 4.5, 15.0, 103.0, 1.0],
}


def test_round104_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND104 == ("cattle8", "smoke6", "turbine6", "solder6") and ROUND104_GENERATORS is GENERATORS
    check_registered(104, ROUND104, GENERATORS)


def test_round104_covers_6_to_8_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND104] == [8, 6, 6, 6]
    for name in ROUND104:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND104)
def test_round104_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND104)
def test_round104_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round104_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("cattle8", "smoke6") and set(NEIGHBOURS) == set(ROUND104)
    assert NEIGHBOURS["cattle8"] is CATTLE_NEIGHBOURS and NEIGHBOURS["smoke6"] is SMOKE_NEIGHBOURS
    assert NEIGHBOURS["turbine6"] is TURBINE_NEIGHBOURS and NEIGHBOURS["solder6"] is SOLDER_NEIGHBOURS
    assert len(CATTLE_CLASSES) == len(CATTLE_ROWS) == 8 and CATTLE_LIMITS == (2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
    assert len(SMOKE_CLASSES) == len(SMOKE_ROWS) == 6 and SMOKE_LIMITS == (0.5, 20.5, 40.5, 60.5, 80.5)
    assert len(CATTLE_SCORING) == 2 and len(SMOKE_READING) == 2
    assert len(TURBINE_CLASSES) == len(TURBINE_ROWS) == len(TURBINE_TABLE) == len(TURBINE_DRIVE) == 6
    assert TURBINE_TABLE.shape[1] == 16 and np.allclose(TURBINE_DRIVE.sum(1), 1) and TURBINE_DRIVE[0, 2] == 0
    assert np.argmax(TURBINE_TABLE[:, 8]) == 3 and np.argmax(TURBINE_TABLE[:, 12]) == 5  # the yaw error; the dips
    assert len(SOLDER_CLASSES) == len(SOLDER_ROWS) == len(SOLDER_TABLE) == len(SOLDER_PACKAGE) == 6
    assert SOLDER_TABLE.shape[1] == 16 and np.allclose(SOLDER_PACKAGE.sum(1), 1)
    assert np.argmax(SOLDER_TABLE[:, 4]) == 3 and np.argmax(SOLDER_TABLE[:, 5]) == 4  # the tilt; the void share


@pytest.mark.parametrize("name", ROUND104)
def test_round104_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"cattle8": (0.645, 0.745), "smoke6": (0.555, 0.655), "turbine6": (0.77, 0.87),
                 "solder6": (0.825, 0.925)}[name]  # as measured (seed 0): 69.5, 60.4, 82.2, 87.5 %
    assert low < mlp.score(b, yb) < high


def test_cattle8_fat_weight_and_feed_follow_the_score_and_errors_fall_between_adjacent_scores():
    median = class_medians("cattle8")
    for column in (6, 7, 11, 13, 14):  # the forage, its protein, the weight, the back fat, the rump fat
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[9]) < 0)  # the stocking rate
    x, y = set_data("cattle8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert np.all(np.diff(means[:, 3]) > 0) and np.all(np.diff(means[:, 4]) < 0)  # days since calving; a calf
    assert np.all(np.diff(means[:, 5]) > 0) and np.all(np.diff(means[:, 8]) > 0)  # days pregnant; the supplement
    assert np.all(np.diff(means[:, 10]) > 0) and means[7, 10] > means[0, 10] + 0.3  # a winter coat read as fat
    true, pred, wrong = knn_errors("cattle8")
    assert 0.475 < wrong.mean() < 0.49 and 0.88 < share_between(true, pred, CATTLE_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 2, 3) > 0.15 and share_pair(true, pred, 1, 2) > 0.15
    rates = class_error_rates("cattle8")
    assert np.argmin(rates) == 7 and np.argmax(rates) == 1


def test_smoke6_the_stack_and_the_light_follow_the_level_and_errors_fall_between_adjacent_levels():
    median = class_medians("smoke6")
    for column in (2, 8):  # the ash, the transmissometer's opacity
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[3]) < 0)  # the particle collector's power
    assert np.all(np.diff(median[1]) >= 0) and median[1, 5] > median[1, 0] + 20  # the load
    x, y = set_data("smoke6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmin(means[:, 10]) == 0 and np.argmin(means[:, 13]) == 0  # the sun in front; humid air's steam
    assert np.argmax(means[:, 12]) == 0 and np.argmax(means[:, 11]) == 0  # the wind; an overcast or dark background
    kiln = np.array([np.mean(x[y == c, 0] == 2) for c in range(6)])
    assert kiln[3:].min() > kiln[:2].max() + 0.05
    true, pred, wrong = knn_errors("smoke6")
    assert 0.515 < wrong.mean() < 0.53 and 0.81 < share_between(true, pred, SMOKE_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, 1, 2) > 0.18 and share_pair(true, pred, 0, 1) > 0.16
    rates = class_error_rates("smoke6")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_turbine6_scada_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    gearbox, generator, pitch, yaw, icing, grid = range(6)
    median = class_medians("turbine6")
    assert np.argmax(median[1]) == pitch and np.argmin(median[2]) == icing  # the wind; the power against the curve
    assert np.argmax(median[3]) == gearbox and np.argmax(median[4]) == generator  # the bearing; the winding
    assert np.argmax(median[5]) == generator and np.argmin(median[6]) == icing  # the cabinet; the air
    assert np.argmax(median[7]) == icing and np.argmax(median[8]) == pitch  # the humidity; the pitch spread
    assert np.argmax(median[9]) == yaw and np.argmax(median[10]) == gearbox  # the yaw error; the vibration
    assert np.argmax(median[11]) == gearbox and np.argmax(median[12]) == pitch  # the oil debris; the alarms
    assert np.argmax(median[13]) == grid and np.argmin(median[15]) == grid  # the dips; the stop's length
    assert np.argmax(median[15]) == gearbox
    x, y = set_data("turbine6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 16]) == grid and means[grid, 16] > 0.3  # a grid operator's notice
    assert np.mean(x[y == gearbox, 0] == 2) == 0  # no gearbox on a direct drive
    true, pred, wrong = knn_errors("turbine6")
    assert 0.24 < wrong.mean() < 0.255 and 0.80 < share_between(true, pred, TURBINE_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, yaw, icing) > 0.18 and share_pair(true, pred, gearbox, generator) > 0.12
    rates = class_error_rates("turbine6")
    assert np.argmax(rates) == yaw and np.argmin(rates) == gearbox


def test_solder6_readings_follow_the_defect_and_errors_fall_mostly_between_confused_defects():
    bridging, insufficient, cold, tombstone, voiding, pillow = range(6)
    median = class_medians("solder6")
    assert np.argmax(median[1]) == bridging and np.argmin(median[1]) == insufficient  # the paste volume
    assert np.argmax(median[2]) == tombstone and np.argmax(median[3]) == bridging  # the pads' difference; fillet
    assert np.argmin(median[3]) == tombstone and np.argmax(median[4]) == bridging  # the fillet; the area
    assert np.argmax(median[5]) == tombstone and np.argmax(median[6]) == voiding  # the tilt; the void share
    assert np.argmax(median[7]) == pillow and np.argmin(median[8]) == cold  # the standoff; the peak
    assert np.argmin(median[9]) == cold and np.argmax(median[14]) == pillow  # the time above liquidus; the warpage
    assert median[10, [tombstone, voiding]].min() > 2 > median[10, [bridging, insufficient, cold, pillow]].max()
    assert np.argmin(median[12]) == bridging and np.argmin(median[15]) == insufficient  # the pitch; the stencil
    x, y = set_data("solder6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 11]) == cold and np.argmin(means[:, 16]) == cold  # copper planes; nitrogen
    assert np.argmax(means[:, 13]) == insufficient  # the paste's hours on the stencil
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == tombstone  # a chip passive
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == pillow  # a BGA
    true, pred, wrong = knn_errors("solder6")
    assert 0.155 < wrong.mean() < 0.17 and 0.90 < share_between(true, pred, SOLDER_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, insufficient, cold) > 0.22 and share_pair(true, pred, insufficient, tombstone) > 0.17
    rates = class_error_rates("solder6")
    assert np.argmax(rates) == cold and np.argmin(rates) == bridging
