"""Round 54's held-out noisy-label sets (``benchmarks/data_quality_round54.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round54`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured (abpm5 and bang6 after their one change, ems6 and rice6 unchanged), ems6, rice6 and
bang6 meet the three aims; abpm5 misses the baseline's (its 10-neighbour error is over 40 %)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round54 import (ABPM_CLASSES, ABPM_DIA_LIMITS, ABPM_NEIGHBOURS, ABPM_ROWS,
                                             ABPM_SYS_LIMITS, BANG_NEIGHBOURS, BANG_ROWS, BANG_SOURCES, BANG_TABLE,
                                             EMS_CLASSES, EMS_LIMITS, EMS_NEIGHBOURS, EMS_ROWS, EMS_TYPES,
                                             GENERATORS, NEIGHBOURS, ORDERED, RICE_NEIGHBOURS, RICE_ROWS, RICE_TABLE,
                                             RICE_VARIETIES, ROUND54, ROUND54_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "abpm5": [174.0, 167.0, 163.0, 97.0, 95.0, 90.0, 82.0, 76.0, 35.9, 37.0, 1.0, 1.0, 0.0, 4.0, 0.0],
    "ems6": [0.554, 0.264, 91.0, 0.732, 0.8, 0.925, 1930.0, 4.0, 1.0, 0.0, 0.0, 0.247, 557.0, 11.2, 96.0],
    "rice6": [13.27, 14.53, 5.86, 2.92, 0.867, 0.79, 2.01, 13.6, 0.976, 77.7, 0.78, 15.0, 3.46, 17.4],
    "bang6": [104.1, 71.0, 8.0, 8.2, 0.3, 1.38, 180.0, 358.0, 0.452, 0.0, 4.0, 0.21, 0.78, 0.0, 0.0, 0.0],
}


def test_round54_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND54 == ("abpm5", "ems6", "rice6", "bang6") and ROUND54_GENERATORS is GENERATORS
    check_registered(54, ROUND54, GENERATORS)


def test_round54_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND54) == [5, 6, 6, 6]
    for name in ROUND54:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND54)
def test_round54_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND54)
def test_round54_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round54_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("abpm5", "ems6") and set(NEIGHBOURS) == set(ROUND54)
    assert NEIGHBOURS["abpm5"] is ABPM_NEIGHBOURS and NEIGHBOURS["ems6"] is EMS_NEIGHBOURS
    assert NEIGHBOURS["rice6"] is RICE_NEIGHBOURS and NEIGHBOURS["bang6"] is BANG_NEIGHBOURS
    # the daytime ambulatory limits, rising; the damage score's limits midway between the grades
    assert len(ABPM_CLASSES) == len(ABPM_ROWS) == len(ABPM_SYS_LIMITS) + 1 == 5 and np.all(np.diff(ABPM_SYS_LIMITS) > 0)
    assert ABPM_SYS_LIMITS == (120.0, 130.0, 135.0, 145.0) and ABPM_DIA_LIMITS == (80.0, 85.0, 90.0)
    assert len(EMS_CLASSES) == len(EMS_ROWS) == len(EMS_LIMITS) + 1 == 6 and EMS_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5)
    assert EMS_TYPES.shape == (5, 6) and np.isclose(EMS_TYPES[:, 0].sum(), 1) and np.argmax(EMS_TYPES[:, 1]) == 0
    assert len(RICE_VARIETIES) == len(RICE_ROWS) == len(RICE_TABLE) and RICE_TABLE.shape[1] == 7
    assert np.argmax(RICE_TABLE[:, 0]) == 1 and np.argmin(RICE_TABLE[:, 1]) == 1  # Basmati: long, slender
    assert np.argmin(RICE_TABLE[:, 0]) == 4 and np.argmax(RICE_TABLE[:, 2]) == 0  # Karacadag short; Arborio chalky
    assert len(BANG_SOURCES) == len(BANG_ROWS) == len(BANG_TABLE) and BANG_TABLE.shape[1] == 13
    assert np.argmax(BANG_TABLE[:, 0]) == 0 and np.argmax(BANG_TABLE[:, 9]) == 0  # loud; a supersonic crack
    assert np.argmax(BANG_TABLE[:, 8]) == 1 and np.argmax(BANG_TABLE[:, 11]) == 1  # in the air; holiday nights
    assert np.argmax(BANG_TABLE[:, 5]) == 3 and np.argmax(BANG_TABLE[:, 12]) == 3  # ringing; at a site
    assert np.argmax(BANG_TABLE[:, 4]) == 4 and np.argmin(BANG_TABLE[:, 0]) == 5  # a low thump; the quietest


@pytest.mark.parametrize("name", ROUND54)
def test_round54_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"abpm5": (0.65, 0.75), "ems6": (0.63, 0.73), "rice6": (0.76, 0.86),
                 "bang6": (0.68, 0.78)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_abpm5_kiosk_follows_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("abpm5")
    median = class_medians("abpm5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (3, 4, 5, 8, 9):  # the diastolic readings, BMI, the arm
        assert np.all(np.diff(median[col]) > 0)
    for col in (0, 1, 2):  # the systolic readings: rising, elevated (isolated systolic) near stage 1
        assert median[col][0] < median[col][1] <= median[col][2] + 1 < median[col][3] + 1 < median[col][4]
    assert np.all(means[0] >= means[1]) and np.all(means[1] >= means[2])  # each reading lower than the one before
    assert np.argmax(median[7][:3]) == 1 and np.all(np.diff(means[14]) > 0)  # the elevated are older; men more
    true, pred, wrong = knn_errors("abpm5")
    assert 0.43 < wrong.mean() < 0.49 and 0.74 < share_between(true, pred, ABPM_NEIGHBOURS) < 0.82
    assert share_pair(true, pred, 2, 3) > 0.24 and share_pair(true, pred, 3, 4) > 0.16
    assert share_pair(true, pred, 1, 2) > 0.14 and share_pair(true, pred, 0, 1) > 0.09
    assert share_pair(true, pred, 0, 2) > 0.07  # two apart: an elevated reading's white coat
    rates = class_error_rates("abpm5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # stage 2 most; normal least


def test_ems6_images_follow_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("ems6")
    median = class_medians("ems6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    for col in (0, 1, 3, 5, 11):  # change, coherence, debris, façade cracks, shaking
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(median[2][1:]) > 0) and np.all(np.diff(means[2]) > 0)  # the roof's damaged share
    assert median[4][5] > 2 and median[4][4] < 1  # the height drops in a collapse
    assert np.all(np.diff(median[6]) < 0) and np.all(np.diff(means[13]) < 0)  # older; nearer the rupture
    assert np.all(np.diff(means[8]) > 0)  # masonry
    true, pred, wrong = knn_errors("ems6")
    assert 0.3 < wrong.mean() < 0.35 and 0.88 < share_between(true, pred, EMS_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, 0, 1) > 0.33 and share_pair(true, pred, 1, 2) > 0.2
    assert share_pair(true, pred, 2, 3) > 0.12 and share_pair(true, pred, 3, 4) > 0.07
    rates = class_error_rates("ems6")
    assert np.argmax(rates) in (1, 2) and np.argmin(rates) == 5  # slight and moderate most; destruction least


def test_rice6_grain_follows_the_variety_and_errors_fall_between_confused_varieties():
    x, y = set_data("rice6")
    arborio, basmati, jasmine, ipsala, karacadag, local = range(6)
    median = class_medians("rice6")
    assert np.argmax(median[2]) == basmati and np.argmin(median[2]) == karacadag  # the major axis
    assert np.argmin(median[3]) == basmati and np.argmax(median[3]) == arborio  # the minor axis
    assert np.argmax(median[6]) == basmati and np.argmax(median[0]) == ipsala  # slender; large
    assert np.argmax(median[13]) == arborio and np.argmax(median[12]) == arborio  # chalky
    assert np.argmax(median[11]) == karacadag and np.argmax(median[9]) == arborio  # yellowish; white
    true, pred, wrong = knn_errors("rice6")
    assert 0.17 < wrong.mean() < 0.23 and 0.78 < share_between(true, pred, RICE_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, arborio, ipsala) > 0.27 and share_pair(true, pred, basmati, local) > 0.22
    assert share_pair(true, pred, basmati, jasmine) > 0.09 and share_pair(true, pred, arborio, karacadag) > 0.03
    assert share_pair(true, pred, karacadag, local) > 0.05  # outside the map
    rates = class_error_rates("rice6")
    assert np.argmax(rates) in (local, ipsala) and np.argmin(rates) == jasmine


def test_bang6_event_follows_the_source_and_errors_fall_between_confused_sources():
    x, y = set_data("bang6")
    gun, firework, backfire, site, door, dropped = range(6)
    median = class_medians("bang6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[0]) in (gun, firework) and np.argmin(median[0]) == dropped  # the peak level
    assert np.argmin(median[5]) == gun and np.argmax(median[5]) == door  # the rise time
    assert np.argmax(median[8]) == door and np.argmax(median[9]) == site  # a low thump; ringing
    assert np.argmax(median[11]) == site and np.argmax(means[12]) == gun  # regular hammering; a crack
    assert np.argmax(means[14]) == firework and np.argmax(means[15]) == site  # holiday nights; at a site
    assert np.argmax(median[4]) in (firework, site)  # high: in the air, on a scaffold
    true, pred, wrong = knn_errors("bang6")
    assert 0.32 < wrong.mean() < 0.37 and 0.92 < share_between(true, pred, BANG_NEIGHBOURS)
    assert share_pair(true, pred, gun, firework) > 0.32 and share_pair(true, pred, gun, backfire) > 0.11
    assert share_pair(true, pred, site, dropped) > 0.11 and share_pair(true, pred, door, dropped) > 0.07
    assert share_pair(true, pred, backfire, door) > 0.06 and share_pair(true, pred, firework, backfire) > 0.06
    rates = class_error_rates("bang6")
    assert np.argmax(rates) in (gun, firework, backfire) and np.argmin(rates) == site
