"""Round 58's held-out noisy-label sets (``benchmarks/data_quality_round58.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round58`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured (famacha5 after its one change, the other three unchanged), all four sets meet the three
aims; freewaylos6's baseline (39.8 %) and bladedmg6's MLP (89.0 % / 89.3 %) sit near an aim's edge."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round58 import (BLADE_DAMAGES, BLADE_NEIGHBOURS, BLADE_ROWS, BLADE_TABLE,
                                             DENSITY_LIMITS, FAMACHA_CLASSES, FAMACHA_NEIGHBOURS, FAMACHA_ROWS,
                                             GENERATORS, LOS_CLASSES, LOS_NEIGHBOURS, LOS_ROWS, NEIGHBOURS, ORDERED,
                                             PCV_LIMITS, PRINT_CAUSES, PRINT_FILAMENT, PRINT_NEIGHBOURS, PRINT_ROWS,
                                             PRINT_TABLE, ROUND58, ROUND58_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "famacha5": [19.1, 56.9, 5370.0, 15200.0, 2.0, 21.0, 1.0, 0.0, 10.0, 90.0, 11.4, 2.0, 69.0, 2.0],
    "freewaylos6": [72.3, 5.6, 782.0, 48.0, 0.0, 0.246, 2.0, 0.0, 22.0, 1.0, 0.0, 4.9],
    "printfail6": [1.0, 48.0, 1.0, 81.0, 2.2, 0.1, 63.0, 50.0, 19.0, 1.9, 86.0, 0.05, 0.62, 0.17, 30.6, 0.0],
    "bladedmg6": [22.2, 3.0, 0.94, 0.18, 0.35, 0.19, 0.25, 10.0, 9.8, 2.0, 1.0, 62.7, 83.0, 13.6],
}


def test_round58_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND58 == ("famacha5", "freewaylos6", "printfail6", "bladedmg6") and ROUND58_GENERATORS is GENERATORS
    check_registered(58, ROUND58, GENERATORS)


def test_round58_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND58) == [5, 6, 6, 6]
    for name in ROUND58:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND58)
def test_round58_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND58)
def test_round58_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round58_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("famacha5", "freewaylos6") and set(NEIGHBOURS) == set(ROUND58)
    assert NEIGHBOURS["famacha5"] is FAMACHA_NEIGHBOURS and NEIGHBOURS["freewaylos6"] is LOS_NEIGHBOURS
    assert NEIGHBOURS["printfail6"] is PRINT_NEIGHBOURS and NEIGHBOURS["bladedmg6"] is BLADE_NEIGHBOURS
    # the FAMACHA chart's PCV bands (falling) and the HCM's basic freeway segment densities (rising)
    assert len(FAMACHA_CLASSES) == len(FAMACHA_ROWS) == len(PCV_LIMITS) + 1 == 5 and np.all(np.diff(PCV_LIMITS) < 0)
    assert PCV_LIMITS == (28.0, 23.0, 18.0, 13.0)
    assert len(LOS_CLASSES) == len(LOS_ROWS) == len(DENSITY_LIMITS) + 1 == 6
    assert DENSITY_LIMITS == (11.0, 18.0, 26.0, 35.0, 45.0)
    assert len(PRINT_CAUSES) == len(PRINT_ROWS) == len(PRINT_TABLE) == len(PRINT_FILAMENT)
    assert PRINT_TABLE.shape[1] == 15
    assert np.allclose(PRINT_FILAMENT.sum(1), 1)
    assert np.argmin(PRINT_TABLE[:, 2]) == 0 and np.argmax(PRINT_TABLE[:, 11]) == 0  # a cool bed; lifted corners
    assert np.argmin(PRINT_TABLE[:, 9]) == 1 and np.argmax(PRINT_TABLE[:, 13]) == 1  # short retraction; threads
    assert np.argmax(PRINT_TABLE[:, 5]) == 3 and np.argmax(PRINT_TABLE[:, 10]) == 3  # X / Y skips; fast
    assert np.argmax(PRINT_TABLE[:, 3]) == 4 and np.argmax(PRINT_TABLE[:, 4]) == 4  # a labouring extruder
    assert np.argmax(PRINT_TABLE[:, 7]) == 5 and np.argmax(PRINT_TABLE[:, 8]) == 5  # humid; an old spool
    assert len(BLADE_DAMAGES) == len(BLADE_ROWS) == len(BLADE_TABLE) and BLADE_TABLE.shape[1] == 14
    assert np.argmin(BLADE_TABLE[:, 3]) == 0 and np.argmax(BLADE_TABLE[:, 10]) == 1  # the leading edge; strikes
    assert np.argmax(BLADE_TABLE[:, 3]) == 2 and np.argmax(BLADE_TABLE[:, 1]) == 2  # the trailing edge; a line
    assert np.argmin(BLADE_TABLE[:, 2]) == 3 and np.argmin(BLADE_TABLE[:, 0]) == 4  # inboard; a small flake
    assert np.argmax(BLADE_TABLE[:, 0]) == 5 and np.argmax(BLADE_TABLE[:, 7]) == 5  # a large band of specks


@pytest.mark.parametrize("name", ROUND58)
def test_round58_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"famacha5": (0.74, 0.84), "freewaylos6": (0.67, 0.77), "printfail6": (0.80, 0.90),
                 "bladedmg6": (0.84, 0.94)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_famacha5_eyelid_and_worms_follow_the_pcv_and_errors_fall_between_adjacent_categories():
    x, y = set_data("famacha5")
    median = class_medians("famacha5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) < 0) and np.all(np.diff(median[1]) > 0)  # the eyelid pales
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(means[4]) < 0)  # more eggs; thinner
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[11]) < 0)  # wet; grazed again early
    assert np.all(np.diff(means[6]) > 0)  # lactating ewes and does more anaemic
    true, pred, wrong = knn_errors("famacha5")
    assert 0.37 < wrong.mean() < 0.42 and 0.91 < share_between(true, pred, FAMACHA_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 0, 1) > 0.24 and share_pair(true, pred, 1, 2) > 0.22
    assert share_pair(true, pred, 2, 3) > 0.21 and share_pair(true, pred, 3, 4) > 0.14
    rates = class_error_rates("famacha5")
    assert np.argmin(rates) == 0 and min(rates[1], rates[3]) > max(rates[0], rates[4])  # the ends least


def test_freewaylos6_loops_and_probes_follow_the_density_and_errors_fall_between_adjacent_levels():
    x, y = set_data("freewaylos6")
    median = class_medians("freewaylos6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.all(np.diff(median[1]) > 0) and np.all(np.diff(median[0][1:]) < 0)  # occupancy up, speed down
    assert np.argmax(median[2]) == 4 and median[2][5] < median[2][4]  # the flow peaks at capacity, then breaks down
    assert median[3][5] > 2 * median[3][3] and np.argmax(median[11]) == 5  # a queue: slow probes, ragged speeds
    assert np.argmax(means[9]) == 5 and means[8][0] < min(means[8][1:])  # incidents; free flow at night
    true, pred, wrong = knn_errors("freewaylos6")
    assert 0.37 < wrong.mean() < 0.42 and 0.89 < share_between(true, pred, LOS_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, 2, 3) > 0.21 and share_pair(true, pred, 3, 4) > 0.19
    assert share_pair(true, pred, 0, 1) > 0.17 and share_pair(true, pred, 1, 2) > 0.14
    assert share_pair(true, pred, 4, 5) > 0.08 and share_pair(true, pred, 2, 4) > 0.02  # two apart
    rates = class_error_rates("freewaylos6")
    assert np.argmin(rates) == 5 and np.argmax(rates) == 4  # a queue least; near capacity most


def test_printfail6_logs_follow_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("printfail6")
    warping, stringing, under, shift, clog, moisture = range(6)
    median = class_medians("printfail6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[2]) == warping and np.argmax(median[11]) == warping  # a cool bed; lifted corners
    assert np.argmin(median[9]) == stringing and np.argmax(median[13]) == stringing  # retraction; threads
    assert np.argmax(median[5]) == shift and np.argmax(median[10]) == shift  # X / Y skips; fast
    assert np.argmax(median[3]) == clog and np.argmax(median[4]) == clog and np.argmin(median[12]) == clog
    assert np.argmax(median[7]) == moisture and np.argmax(median[8]) == moisture and np.argmax(median[1]) == moisture
    assert np.argmax(means[15]) == moisture and means[15][warping] > means[15][under]  # nylon; ABS and nylon
    true, pred, wrong = knn_errors("printfail6")
    assert 0.16 < wrong.mean() < 0.21 and 0.88 < share_between(true, pred, PRINT_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, under, clog) > 0.25 and share_pair(true, pred, warping, shift) > 0.23
    assert share_pair(true, pred, stringing, moisture) > 0.22 and share_pair(true, pred, under, moisture) > 0.05
    rates = class_error_rates("printfail6")
    assert np.argmax(rates) == shift and np.argmin(rates) == warping


def test_bladedmg6_images_and_records_follow_the_damage_and_errors_fall_between_confused_types():
    x, y = set_data("bladedmg6")
    erosion, lightning, crack, delam, chip, dirt = range(6)
    median = class_medians("bladedmg6")
    assert median[3][erosion] < 0.1 and median[3][dirt] < 0.1 and np.argmax(median[3]) == crack  # the edges
    assert np.argmax(median[4]) == lightning and np.argmax(median[10]) == lightning  # burnt; the counter
    assert np.argmax(median[1]) == crack and np.argmin(median[2]) == delam  # a line; inboard
    assert np.argmin(median[0]) == chip and np.argmax(median[0]) == dirt and np.argmax(median[7]) == dirt
    assert np.argmax(median[5]) == erosion and np.argmax(median[12]) == erosion  # rough; fast tips
    true, pred, wrong = knn_errors("bladedmg6")
    assert 0.15 < wrong.mean() < 0.19 and 0.79 < share_between(true, pred, BLADE_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, erosion, dirt) > 0.42 and share_pair(true, pred, erosion, chip) > 0.17
    assert share_pair(true, pred, lightning, delam) > 0.05 and share_pair(true, pred, crack, delam) > 0.03
    assert share_pair(true, pred, delam, chip) > 0.04  # outside the map
    rates = class_error_rates("bladedmg6")
    assert np.argmax(rates) == dirt and np.argmin(rates) == crack
