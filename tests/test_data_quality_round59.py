"""Round 59's held-out noisy-label sets (``benchmarks/data_quality_round59.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round59`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, colostrum4 and droneinc6 meet the three aims as first written and gemid6 after its one
change; bleach5 after its one change meets the MLP and the neighbour aims but its baseline errs on 43 % (the aim's
top 40 %), kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round59 import (BLEACH_CLASSES, BLEACH_LIMITS, BLEACH_NEIGHBOURS, BLEACH_ROWS,
                                             DEAD_LIMIT, DRONE_CAUSES, DRONE_NEIGHBOURS, DRONE_PHASE, DRONE_ROWS,
                                             DRONE_TABLE, GEM_CLASSES, GEM_COLOUR, GEM_NEIGHBOURS, GEM_ROWS,
                                             GEM_TABLE, GENERATORS, IGG_LIMITS, IPT_CLASSES, IPT_NEIGHBOURS,
                                             IPT_ROWS, NEIGHBOURS, ORDERED, ROUND59, ROUND59_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "bleach5": [5.8, 1.7, 3.0, 10.1, 12.9, 1.2, 7.0, 1.0, 38.0, 0.0, 3.0, 2.0],
    "colostrum4": [8.1, 5.3, 9.1, 3.2, 28.6, 3.0, 4.0, 2.0, 1.0, 45.0, 7.0, 1.0],
    "droneinc6": [6.3, 8.1, 13.8, 64.0, 29.0, 3.44, 37.1, 0.3, 13.0, 0.8, 16.0, 4.4, 42.0, 9.9, 163.0, 1.0],
    "gemid6": [1.633, 0.014, 3.1, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 1.89, 3.0],
}


def test_round59_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND59 == ("bleach5", "colostrum4", "droneinc6", "gemid6") and ROUND59_GENERATORS is GENERATORS
    check_registered(59, ROUND59, GENERATORS)


def test_round59_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND59) == [4, 5, 6, 6]
    for name in ROUND59:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND59)
def test_round59_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND59)
def test_round59_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round59_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("bleach5", "colostrum4") and set(NEIGHBOURS) == set(ROUND59)
    assert NEIGHBOURS["bleach5"] is BLEACH_NEIGHBOURS and NEIGHBOURS["colostrum4"] is IPT_NEIGHBOURS
    assert NEIGHBOURS["droneinc6"] is DRONE_NEIGHBOURS and NEIGHBOURS["gemid6"] is GEM_NEIGHBOURS
    # the survey's bleached-surface limits and the dead limit; the consensus IgG categories (g/L)
    assert len(BLEACH_CLASSES) == len(BLEACH_ROWS) == len(BLEACH_LIMITS) + 2 == 5 and np.all(np.diff(BLEACH_LIMITS) > 0)
    assert BLEACH_LIMITS == (10.0, 40.0, 80.0) and DEAD_LIMIT == 50.0
    assert len(IPT_CLASSES) == len(IPT_ROWS) == len(IGG_LIMITS) + 1 == 4 and IGG_LIMITS == (10.0, 18.0, 25.0)
    assert len(DRONE_CAUSES) == len(DRONE_ROWS) == len(DRONE_TABLE) == len(DRONE_PHASE) and DRONE_TABLE.shape[1] == 15
    assert np.allclose(DRONE_PHASE.sum(1), 1) and np.allclose(GEM_COLOUR.sum(1), 1)
    assert np.argmin(DRONE_TABLE[:, 8]) == 0 and np.argmax(DRONE_TABLE[:, 1]) == 0  # few satellites; drifting
    assert np.argmin(DRONE_TABLE[:, 5]) == 1 and np.argmax(DRONE_TABLE[:, 14]) == 1  # low cells; an old pack
    assert np.argmax(DRONE_TABLE[:, 4]) == 2 and np.argmax(DRONE_TABLE[:, 0]) == 2  # one arm saturated
    assert np.argmax(DRONE_TABLE[:, 2]) == 3 and np.argmax(DRONE_TABLE[:, 10]) == 4  # vibration; the mag norm
    assert np.argmax(DRONE_TABLE[:, 11]) == 5 and np.argmax(DRONE_TABLE[:, 6]) == 5  # wind; current
    assert len(GEM_CLASSES) == len(GEM_ROWS) == len(GEM_TABLE) == len(GEM_COLOUR) and GEM_TABLE.shape[1] == 13
    assert GEM_TABLE[0, 0] == GEM_TABLE[1, 0] and GEM_TABLE[0, 2] == GEM_TABLE[1, 2]  # both corundum
    assert np.argmax(GEM_TABLE[:, 1]) == 4 and np.argmin(GEM_TABLE[:, 0]) == 3  # tourmaline; glass
    assert np.argmax(GEM_TABLE[:, 7]) == 5 and np.argmax(GEM_TABLE[:, 10]) == 0  # almandine; silk


@pytest.mark.parametrize("name", ROUND59)
def test_round59_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"bleach5": (0.56, 0.67), "colostrum4": (0.68, 0.79), "droneinc6": (0.72, 0.83),
                 "gemid6": (0.84, 0.94)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_bleach5_heat_and_light_follow_the_severity_and_errors_fall_between_adjacent_classes():
    x, y = set_data("bleach5")
    median = class_medians("bleach5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(means[1]) > 0)  # degree heating weeks; the hot spot
    assert np.all(np.diff(median[3]) < 0) and np.all(np.diff(median[4]) > 0)  # shallow and bright
    assert np.all(np.diff(means[10]) < 0)  # the colony already paler on the chart a week before
    assert median[8][4] < min(median[8][:4]) and means[7][4] < min(means[7][:4])  # small, branching colonies die
    true, pred, wrong = knn_errors("bleach5")
    assert 0.40 < wrong.mean() < 0.46 and 0.85 < share_between(true, pred, BLEACH_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, 0, 1) > 0.28 and share_pair(true, pred, 1, 2) > 0.20
    assert share_pair(true, pred, 2, 3) > 0.18 and share_pair(true, pred, 3, 4) > 0.09
    rates = class_error_rates("bleach5")
    assert np.argmax(rates) == 1 and min(rates[1:4]) > max(rates[0], rates[4])  # the ends least


def test_colostrum4_refractometers_and_feeding_follow_the_igg_and_errors_fall_between_adjacent_categories():
    x, y = set_data("colostrum4")
    median = class_medians("colostrum4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[1]) > 0)  # serum Brix and total protein
    assert np.all(np.diff(means[2]) < 0) and np.all(np.diff(means[3]) > 0)  # fed early; fed more
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(means[8]) < 0)  # good colostrum; suckled calves poor
    assert means[5][0] < min(means[5][1:]) and np.all(np.diff(means[11]) > 0)  # heifers' colostrum; a second feed
    true, pred, wrong = knn_errors("colostrum4")
    assert 0.33 < wrong.mean() < 0.39 and 0.93 < share_between(true, pred, IPT_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 2, 3) > 0.31
    assert share_pair(true, pred, 0, 1) > 0.21
    rates = class_error_rates("colostrum4")
    assert np.argmin(rates) == 3 and np.argmax(rates) == 1


def test_droneinc6_logs_follow_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("droneinc6")
    gnss, battery, motor, prop, compass, wind = range(6)
    median = class_medians("droneinc6")
    assert np.argmin(median[8]) == gnss and np.argmax(median[9]) == gnss and np.argmax(median[1]) == gnss
    assert np.argmin(median[5]) == battery and np.argmax(median[7]) == battery and np.argmax(median[14]) == battery
    assert np.argmax(median[4]) == motor and np.argmax(median[0]) == motor  # one arm saturated
    assert np.argmax(median[2]) == prop and np.argmax(median[10]) == compass and np.argmin(median[12]) == compass
    assert np.argmax(median[11]) == wind
    true, pred, wrong = knn_errors("droneinc6")
    assert 0.25 < wrong.mean() < 0.31 and 0.82 < share_between(true, pred, DRONE_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, motor, prop) > 0.27 and share_pair(true, pred, gnss, compass) > 0.18
    assert share_pair(true, pred, battery, wind) > 0.17 and share_pair(true, pred, motor, wind) > 0.05  # outside
    rates = class_error_rates("droneinc6")
    assert np.argmin(rates) == gnss and min(rates[motor], rates[wind]) > max(rates[gnss], rates[battery])


def test_gemid6_standard_tests_follow_the_identity_and_errors_fall_between_confused_identities():
    x, y = set_data("gemid6")
    sapphire, synthetic, spinel, glass, tourmaline, garnet = range(6)
    median = class_medians("gemid6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[0]) == glass and np.argmax(median[1]) == tourmaline and np.argmin(median[2]) == glass
    assert abs(median[0][sapphire] - median[0][synthetic]) < 0.002 and median[2][spinel] < 3.7
    assert np.argmax(means[5]) == sapphire and np.argmax(means[10]) == sapphire  # the iron band; silk
    assert np.argmax(means[9]) == synthetic and np.argmax(means[4]) == synthetic  # curved lines; chalky glow
    assert np.argmax(means[8]) == glass and np.argmax(means[7]) == garnet  # bubbles; almandine bands
    true, pred, wrong = knn_errors("gemid6")
    assert 0.17 < wrong.mean() < 0.23 and 0.66 < share_between(true, pred, GEM_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, sapphire, synthetic) > 0.25 and share_pair(true, pred, spinel, garnet) > 0.13
    assert share_pair(true, pred, sapphire, spinel) > 0.11 and share_pair(true, pred, glass, tourmaline) > 0.08
    assert share_pair(true, pred, sapphire, garnet) > 0.08  # outside the map
    rates = class_error_rates("gemid6")
    assert np.argmax(rates) == synthetic and np.argmin(rates) == glass
