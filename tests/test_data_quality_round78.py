"""Round 78's held-out noisy-label sets (``benchmarks/data_quality_round78.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round78`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after each set's one change, railsig7 (its baseline errs on 34.6 %, its MLP 73.6 % test with seed 0) and
coffeedef7 (34.9 %, 72.1 %) meet the aims; mayo4 (40.9 %, 64.7 %) misses the baseline's aim narrowly and tirads5
(60.8 %, 53.1 %) misses the baseline's and the MLP's, kept and said. The MLP is fitted once per set (one
parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round78 import (COFFEE_DEFECTS, COFFEE_NEIGHBOURS, COFFEE_ROWS, COFFEE_TABLE,
                                             GENERATORS, MAYO_CLASSES, MAYO_LIMITS, MAYO_NEIGHBOURS, MAYO_ROWS,
                                             MAYO_SCOPE, NEIGHBOURS, ORDERED, RAIL_FAULTS, RAIL_NEIGHBOURS, RAIL_ROWS,
                                             RAIL_TABLE, ROUND78, ROUND78_GENERATORS, SHAPES, TIRADS_CLASSES,
                                             TIRADS_LIMITS, TIRADS_NEIGHBOURS, TIRADS_ROWS, TIRADS_SCAN)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "tirads5": [53.0, 0.0, 38.0, 1.68, 14.1, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 4.0, 1.0, 17.0],
    "mayo4": [50.0, 0.0, 0.0, 0.0, 99.0, 0.6, 14.9, 47.0, 0.0, 5.9, 1.0, 0.0, 0.0, 0.0, 0.0],
    "railsig7": [9.9, 1.1, 8.0, 20.8, 124.0, 294.0, 1.0, 31.1, 6.0, 0.0, 0.0, 0.0, 2.0, 1.0, 0.0],
    "coffeedef7": [0.613, 120.1, 17.0, 12.0, 0.62, 45.7, 4.8, 16.7, 1590.0, 1.0, 13.0, 15.1, 59.0, 2.4],
}


def test_round78_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND78 == ("tirads5", "mayo4", "railsig7", "coffeedef7") and ROUND78_GENERATORS is GENERATORS
    check_registered(78, ROUND78, GENERATORS)


def test_round78_covers_4_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND78) == [4, 5, 7, 7]
    for name in ROUND78:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND78)
def test_round78_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND78)
def test_round78_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round78_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("tirads5", "mayo4") and set(NEIGHBOURS) == set(ROUND78)
    assert NEIGHBOURS["tirads5"] is TIRADS_NEIGHBOURS and NEIGHBOURS["mayo4"] is MAYO_NEIGHBOURS
    assert NEIGHBOURS["railsig7"] is RAIL_NEIGHBOURS and NEIGHBOURS["coffeedef7"] is COFFEE_NEIGHBOURS
    assert len(TIRADS_CLASSES) == len(TIRADS_ROWS) == 5 and TIRADS_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(MAYO_CLASSES) == len(MAYO_ROWS) == 4 and MAYO_LIMITS == (0.5, 1.5, 2.5) and len(MAYO_SCOPE) == 4
    assert TIRADS_CLASSES[0].startswith("TR1") and MAYO_CLASSES[0].startswith("0 normal") and len(TIRADS_SCAN) == 5
    assert len(RAIL_FAULTS) == len(RAIL_ROWS) == len(RAIL_TABLE) == 7 and RAIL_TABLE.shape[1] == 15
    assert np.argmax(RAIL_TABLE[:, 7]) == 6 and np.argmin(RAIL_TABLE[:, 2]) == 1  # cable's long outage; cold points
    assert len(COFFEE_DEFECTS) == len(COFFEE_ROWS) == len(COFFEE_TABLE) == 7 and COFFEE_TABLE.shape[1] == 14
    assert np.argmin(COFFEE_TABLE[:, 5]) == 0 and np.argmin(COFFEE_TABLE[:, 0]) == 6  # a black's L*; a floater


@pytest.mark.parametrize("name", ROUND78)
def test_round78_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"tirads5": (0.48, 0.59), "mayo4": (0.59, 0.70), "railsig7": (0.68, 0.79),
                 "coffeedef7": (0.67, 0.78)}[name]  # as measured (seed 0): 53.1, 64.7, 73.6, 72.1 %
    assert low < mlp.score(b, yb) < high


def test_tirads5_record_follows_the_level_and_errors_fall_mostly_between_adjacent_levels():
    median = class_medians("tirads5")
    assert np.all(np.diff(median[2]) < 0) and np.all(np.diff(median[12]) > 0)  # the size; an earlier scan's level
    assert median[9][0] == 1 and np.all(median[9][2:] == 0)  # a goitre's colloid nodules read benign
    true, pred, wrong = knn_errors("tirads5")
    assert 0.57 < wrong.mean() < 0.64 and 0.73 < share_between(true, pred, TIRADS_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, 2, 3) > 0.19 and share_pair(true, pred, 1, 2) > 0.19
    rates = class_error_rates("tirads5")
    assert np.argmax(rates) == 4 and np.argmin(rates) == 1


def test_mayo4_record_follows_the_subscore_and_errors_fall_between_adjacent_subscores():
    median = class_medians("mayo4")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) > 0)  # the calprotectin; the CRP
    assert np.all(np.diff(median[6]) < 0) and np.all(np.diff(median[7]) < 0)  # the haemoglobin; the albumin
    assert np.all(np.diff(median[2]) >= 0) and np.all(np.diff(median[3]) >= 0)  # the stools; the bleeding
    true, pred, wrong = knn_errors("mayo4")
    assert 0.38 < wrong.mean() < 0.44 and 0.92 < share_between(true, pred, MAYO_NEIGHBOURS) < 0.98
    assert share_pair(true, pred, 0, 1) > 0.3 and share_pair(true, pred, 1, 2) > 0.3
    rates = class_error_rates("mayo4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0


def test_railsig7_logs_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    track, points, lamp, axle, comms, power, cable = range(7)
    median = class_medians("railsig7")
    assert np.argmax(median[9]) == points and np.argmax(median[10]) == lamp  # detection alarms; lamp proving
    assert np.argmax(median[11]) == comms and np.argmax(median[12]) == power  # link alarms; power alarms
    assert np.argmax(median[7]) == cable and np.argmax(median[1]) == track  # a long outage; a wet day
    true, pred, wrong = knn_errors("railsig7")
    assert 0.32 < wrong.mean() < 0.38 and 0.59 < share_between(true, pred, RAIL_NEIGHBOURS) < 0.69
    assert share_pair(true, pred, track, axle) > 0.14 and share_pair(true, pred, lamp, power) > 0.08
    rates = class_error_rates("railsig7")
    assert np.argmax(rates) == axle and np.argmin(rates) == track


def test_coffeedef7_beans_follow_the_defect_and_errors_fall_mostly_between_confused_defects():
    black, sour, insect, broken, fungus, immature, floater = range(7)
    median = class_medians("coffeedef7")
    assert np.argmin(median[5]) == black and np.argmin(median[6]) == immature  # the L*; the a*
    assert np.argmin(median[0]) == floater and np.argmax(median[13]) == insect  # the density; the borer
    assert np.argmax(median[3]) == fungus and np.argmax(median[12]) == fungus  # a damp lot; a humid warehouse
    true, pred, wrong = knn_errors("coffeedef7")
    assert 0.32 < wrong.mean() < 0.38 and 0.64 < share_between(true, pred, COFFEE_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, immature, floater) > 0.1 and share_pair(true, pred, sour, fungus) > 0.1
    rates = class_error_rates("coffeedef7")
    assert np.argmax(rates) == floater and np.argmin(rates) == black
