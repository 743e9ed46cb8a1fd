"""Round 57's held-out noisy-label sets (``benchmarks/data_quality_round57.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round57`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured (hullfoul5 and varroa5 after their one change, leak6 and greenbean6 unchanged),
hullfoul5, leak6 and greenbean6 meet the three aims; varroa5's baseline errs on 49.3 % (above the aim) and its
MLP reaches 58.9 % / 58.5 % (seeds 0 / 1, below the aim), kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round57 import (BEAN_DEFECTS, BEAN_NEIGHBOURS, BEAN_ROWS, BEAN_TABLE, GENERATORS,
                                             HULL_CLASSES, HULL_LIMITS, HULL_NEIGHBOURS, HULL_ROWS, LEAK_CAUSES,
                                             LEAK_NEIGHBOURS, LEAK_ROWS, LEAK_TABLE, NEIGHBOURS, ORDERED, ROUND57,
                                             ROUND57_GENERATORS, SHAPES, VARROA_CLASSES, VARROA_LIMITS,
                                             VARROA_NEIGHBOURS, VARROA_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "hullfoul5": [8.3, 17.0, 12.9, 1733.0, 1733.0, 8.0, 20.0, 31.9, 2.0, 4.7, 0.18, 0.41],
    "varroa5": [3.0, 54.0, 35.13, 0.66, 301.0, 0.458, 32.0, 12.7, 5.6, 34.0, 2.0, 0.0, 0.0],
    "leak6": [11.31, 22.53, 0.28, 3.18, 4.36, 5.49, 0.24, 0.22, 68.0, 29.34, 22.0, 0.34, 2.0, 0.25, 612.35],
    "greenbean6": [128.0, 166.0, 106.0, 0.12, 12.4, 0.667, 0.098, 0.185, 7.71, 5.84, 28.2, 0.882, 1.0, 1.126,
                   107.7, 10.2],
}


def test_round57_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND57 == ("hullfoul5", "varroa5", "leak6", "greenbean6") and ROUND57_GENERATORS is GENERATORS
    check_registered(57, ROUND57, GENERATORS)


def test_round57_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND57) == [5, 5, 6, 6]
    for name in ROUND57:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND57)
def test_round57_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND57)
def test_round57_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round57_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("hullfoul5", "varroa5") and set(NEIGHBOURS) == set(ROUND57)
    assert NEIGHBOURS["hullfoul5"] is HULL_NEIGHBOURS and NEIGHBOURS["varroa5"] is VARROA_NEIGHBOURS
    assert NEIGHBOURS["leak6"] is LEAK_NEIGHBOURS and NEIGHBOURS["greenbean6"] is BEAN_NEIGHBOURS
    # the fouling-rating limits (FR 10 .. 70) and the mites per 100 bees (the 2 % and 3 % thresholds), rising
    assert len(HULL_CLASSES) == len(HULL_ROWS) == len(HULL_LIMITS) + 1 == 5 and np.all(np.diff(HULL_LIMITS) > 0)
    assert HULL_LIMITS == (10.0, 30.0, 50.0, 70.0)
    assert len(VARROA_CLASSES) == len(VARROA_ROWS) == len(VARROA_LIMITS) + 1 == 5
    assert VARROA_LIMITS[1:3] == (2.0, 3.0) and np.all(np.diff(VARROA_LIMITS) > 0)
    assert len(LEAK_CAUSES) == len(LEAK_ROWS) == len(LEAK_TABLE) and LEAK_TABLE.shape[1] == 15
    assert np.argmax(LEAK_TABLE[:, 3]) == 0 and np.argmin(LEAK_TABLE[:, 0]) == 1  # refill cycles; a trickle
    assert np.argmax(LEAK_TABLE[:, 7]) == 2 and np.argmax(LEAK_TABLE[:, 0]) == 3  # dawn; the largest flow
    assert np.argmax(LEAK_TABLE[:, 13]) == 4 and np.argmin(LEAK_TABLE[:, 9]) == 5  # hot water; found at once
    assert len(BEAN_DEFECTS) == len(BEAN_ROWS) == len(BEAN_TABLE) and BEAN_TABLE.shape[1] == 15
    assert np.argmin(BEAN_TABLE[:, 0]) == 0 and np.argmax(BEAN_TABLE[:, 12]) == 2  # black; bored holes
    assert np.argmin(BEAN_TABLE[:, 10]) == 3 and np.argmax(BEAN_TABLE[:, 4]) == 4  # small; uneven colour
    assert np.argmin(BEAN_TABLE[:, 13]) == 5 and np.argmax(BEAN_TABLE[:, 0]) == 5  # light; pale


@pytest.mark.parametrize("name", ROUND57)
def test_round57_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"hullfoul5": (0.70, 0.80), "varroa5": (0.54, 0.64), "leak6": (0.75, 0.85),
                 "greenbean6": (0.72, 0.82)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_hullfoul5_operating_data_follow_the_rating_and_errors_fall_between_adjacent_classes():
    x, y = set_data("hullfoul5")
    median = class_medians("hullfoul5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (0, 1, 3, 4, 6, 9):  # speed loss, fuel, days since docking and cleaning, warm water, coating age
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(means[8]) > 0) and np.all(np.diff(means[10]) > 0)  # worse coatings; tropical water
    assert median[0][4] > median[0][3] + 3  # calcareous shells cost most
    true, pred, wrong = knn_errors("hullfoul5")
    assert 0.34 < wrong.mean() < 0.39 and 0.92 < share_between(true, pred, HULL_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 0, 1) > 0.28 and share_pair(true, pred, 1, 2) > 0.25
    assert share_pair(true, pred, 2, 3) > 0.23 and share_pair(true, pred, 3, 4) > 0.06
    rates = class_error_rates("hullfoul5")
    assert np.argmin(rates) == 4 and min(rates[1], rates[2]) > rates[0]  # hard fouling least; the middle most


def test_varroa5_monitoring_follows_the_level_and_errors_mostly_fall_between_adjacent_levels():
    x, y = set_data("varroa5")
    median = class_medians("varroa5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[9]) > 0)  # the drop; days since treatment
    assert np.argmin(median[1]) == 4 and np.argmin(median[2]) == 4 and np.argmax(median[3]) == 4  # a weak colony
    assert np.argmin(median[4]) == 4 and np.argmax(means[5]) == 4 and np.argmax(means[11]) == 4  # sound; DWV
    assert np.argmin(means[10]) == 4  # the critical colonies mostly untreated
    true, pred, wrong = knn_errors("varroa5")
    assert 0.47 < wrong.mean() < 0.52 and 0.71 < share_between(true, pred, VARROA_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, 0, 1) > 0.2 and share_pair(true, pred, 1, 2) > 0.18
    assert share_pair(true, pred, 2, 3) > 0.18 and share_pair(true, pred, 3, 4) > 0.06
    assert share_pair(true, pred, 1, 3) > 0.1  # two apart: the wash's own sampling and an unseen hygiene
    rates = class_error_rates("varroa5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 4  # at threshold most; critical least


def test_leak6_profile_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("leak6")
    toilet, tap, irrigation, burst, relief, hose = range(6)
    median = class_medians("leak6")
    assert np.argmin(median[0]) == tap and np.argmax(median[0]) == burst  # the night flow
    assert np.argmax(median[2]) == relief and np.argmax(median[3]) == toilet  # intermittent; refill cycles
    assert np.argmax(median[7]) == irrigation and np.argmax(median[11]) == irrigation  # dawn; summer
    assert np.argmin(median[10]) == burst and np.argmax(median[13]) == relief  # frost; hot water
    assert np.argmin(median[9]) == hose  # found within days
    true, pred, wrong = knn_errors("leak6")
    assert 0.21 < wrong.mean() < 0.26 and 0.95 < share_between(true, pred, LEAK_NEIGHBOURS) <= 1
    assert share_pair(true, pred, burst, hose) > 0.35 and share_pair(true, pred, toilet, tap) > 0.22
    assert share_pair(true, pred, tap, relief) > 0.12 and share_pair(true, pred, toilet, relief) > 0.1
    assert share_pair(true, pred, irrigation, burst) > 0.03
    rates = class_error_rates("leak6")
    assert np.argmax(rates) == burst and np.argmin(rates) == irrigation


def test_greenbean6_sensors_follow_the_defect_and_errors_fall_between_confused_defects():
    x, y = set_data("greenbean6")
    black, sour, insect, broken, fungus, immature = range(6)
    median = class_medians("greenbean6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[0]) == black and np.argmax(median[3]) == black  # dark; spotted all over
    assert np.argmax(median[4]) == fungus and np.argmax(median[5]) == immature  # uneven colour; NIR-bright
    assert min(median[6][sour], median[6][fungus]) > max(median[6][[black, insect, broken, immature]])  # wet
    assert np.argmin(median[8]) == broken and np.argmin(median[11]) == broken and np.argmin(median[14]) == broken
    assert np.argmax(means[12]) == insect and np.argmin(median[13]) == immature  # holes; light on the table
    true, pred, wrong = knn_errors("greenbean6")
    assert 0.22 < wrong.mean() < 0.27 and 0.84 < share_between(true, pred, BEAN_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, sour, fungus) > 0.28 and share_pair(true, pred, insect, broken) > 0.28
    assert share_pair(true, pred, broken, immature) > 0.1 and share_pair(true, pred, black, fungus) > 0.06
    assert share_pair(true, pred, insect, immature) > 0.04  # outside the map
    rates = class_error_rates("greenbean6")
    assert np.argmax(rates) == fungus and np.argmin(rates) == black
