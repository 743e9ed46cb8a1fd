"""Round 81's held-out noisy-label sets (``benchmarks/data_quality_round81.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round81`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, lymph4 (its baseline errs on 35.9 %, its MLP 69.0 % test with seed 0), coralgen6 (39.5 %, 64.7 %, after
its one change) and hvbreaker6 (29.2 %, 77.0 %) meet the aims; vur5 (40.5 %, 68.0 %, after its one change) misses
the baseline's aim narrowly, kept and said. The MLP is fitted once per set (one parametrized test); the pools are
200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round81 import (BREAKER_FAULTS, BREAKER_NEIGHBOURS, BREAKER_ROWS, BREAKER_TABLE,
                                             CORAL_GENERA, CORAL_NEIGHBOURS, CORAL_ROWS, CORAL_TABLE, GENERATORS,
                                             LYMPH_CLASSES, LYMPH_EXAM, LYMPH_LIMITS, LYMPH_NEIGHBOURS, LYMPH_ROWS,
                                             NEIGHBOURS, ORDERED, ROUND81, ROUND81_GENERATORS, SHAPES, VUR_CLASSES,
                                             VUR_LIMITS, VUR_NEIGHBOURS, VUR_ROWS, VUR_VCUG)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "lymph4": [40.0, 29.0, 4.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0],
    "vur5": [6.0, 1.0, 1.0, 38.6, 0.0, 127.0, 2.0, 1.0, -1.42, 0.0, 0.0, 0.0, 0.0],
    "coralgen6": [0.0, 1.0, 1.0, 38.0, 9.9, 0.0, 0.0, 0.0, 0.0, 8.7, 1.0, 27.5, 2.0, 0.0, 9.0],
    "hvbreaker6": [94.6, 0.42, 1.0, 29.1, 64.3, 4.59, 4.25, 98.1, 7.96, 50.0, 9.0, 32.0, -5.7, 9.0, 23.0, 3.0],
}


def test_round81_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND81 == ("lymph4", "vur5", "coralgen6", "hvbreaker6") and ROUND81_GENERATORS is GENERATORS
    check_registered(81, ROUND81, GENERATORS)


def test_round81_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND81) == [4, 5, 6, 6]
    for name in ROUND81:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND81)
def test_round81_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND81)
def test_round81_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round81_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("lymph4", "vur5") and set(NEIGHBOURS) == set(ROUND81)
    assert NEIGHBOURS["lymph4"] is LYMPH_NEIGHBOURS and NEIGHBOURS["vur5"] is VUR_NEIGHBOURS
    assert NEIGHBOURS["coralgen6"] is CORAL_NEIGHBOURS and NEIGHBOURS["hvbreaker6"] is BREAKER_NEIGHBOURS
    assert len(LYMPH_CLASSES) == len(LYMPH_ROWS) == 4 and LYMPH_LIMITS == (0.5, 1.5, 2.5)
    assert len(VUR_CLASSES) == len(VUR_ROWS) == 5 and VUR_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert LYMPH_CLASSES[3] == "III lymphostatic elephantiasis" and VUR_CLASSES[0].startswith("I ")
    assert len(LYMPH_EXAM) == 3 and len(VUR_VCUG) == 3
    assert len(CORAL_GENERA) == len(CORAL_ROWS) == len(CORAL_TABLE) == 6 and CORAL_TABLE.shape[1] == 15
    assert np.argmax(CORAL_TABLE[:, 4]) == 5 and np.argmax(CORAL_TABLE[:, 6]) == 2  # the largest corallite; axial
    assert len(BREAKER_FAULTS) == len(BREAKER_ROWS) == len(BREAKER_TABLE) == 6 and BREAKER_TABLE.shape[1] == 16
    assert np.argmin(BREAKER_TABLE[:, 0]) == 0 and np.argmax(BREAKER_TABLE[:, 9]) == 2  # the density; resistance


@pytest.mark.parametrize("name", ROUND81)
def test_round81_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"lymph4": (0.64, 0.74), "vur5": (0.63, 0.73), "coralgen6": (0.60, 0.70),
                 "hvbreaker6": (0.72, 0.82)}[name]  # as measured (seed 0): 69.0, 68.0, 64.7, 77.0 %
    assert low < mlp.score(b, yb) < high


def test_lymph4_record_follows_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("lymph4")
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[11]) > 0)  # the months; the heaviness
    assert np.all(np.diff(median[1]) > 0) and np.all(np.diff(median[4]) > 0)  # the BMI; the nodes removed
    assert median[3][0] == 0 and median[3][3] == 1 and median[9][0] == 0 and median[9][3] >= 1  # dissection; cellulitis
    true, pred, wrong = knn_errors("lymph4")
    assert 0.33 < wrong.mean() < 0.39 and 0.94 < share_between(true, pred, LYMPH_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 0, 1) > 0.30
    rates = class_error_rates("lymph4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_vur5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("vur5")
    assert np.all(np.diff(median[0]) < 0) and np.all(np.diff(median[8]) < 0)  # the age; the renal length
    assert np.all(np.diff(median[6]) >= 0) and median[6][0] == 0 and median[6][4] >= 2  # the SFU hydronephrosis
    assert median[1][0] == 0 and median[1][4] == 1 and median[7][4] == 1 and median[7][0] == 0  # a boy; the ureter
    true, pred, wrong = knn_errors("vur5")
    assert 0.37 < wrong.mean() < 0.44 and 0.92 < share_between(true, pred, VUR_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 1, 2) > 0.30 and share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("vur5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_coralgen6_colonies_follow_the_genus_and_errors_fall_mostly_between_confused_genera():
    porites, goniopora, acropora, montipora, favites, dipsastraea = range(6)
    median = class_medians("coralgen6")
    assert np.argmax(median[4]) == dipsastraea and np.argmin(median[4]) == montipora  # the corallite's size
    assert median[5][goniopora] == 1 and median[6][acropora] == 1 and median[0][acropora] == 1  # polyps; axial
    assert median[7][favites] == 1 and median[7][dipsastraea] == 0 and median[2][montipora] == 1  # walls; plates
    true, pred, wrong = knn_errors("coralgen6")
    assert 0.36 < wrong.mean() < 0.43 and 0.80 < share_between(true, pred, CORAL_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, favites, dipsastraea) > 0.19 and share_pair(true, pred, acropora, montipora) > 0.18
    rates = class_error_rates("coralgen6")
    assert np.argmin(rates) == acropora and rates[montipora] > 0.45 and rates[goniopora] > 0.45


def test_hvbreaker6_records_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    leak, mechanism, contacts, coil, auxiliary, heater = range(6)
    median = class_medians("hvbreaker6")
    assert np.argmin(median[0]) == leak and np.argmax(median[1]) == leak  # the density; its fall
    assert np.argmax(median[3]) == mechanism and np.argmax(median[5]) == coil  # the opening time; the trip coil
    assert np.argmax(median[9]) == contacts and np.argmax(median[15]) == auxiliary  # resistance; position alarms
    assert np.argmin(median[12]) == heater  # the coldest sites
    true, pred, wrong = knn_errors("hvbreaker6")
    assert 0.26 < wrong.mean() < 0.33 and 0.77 < share_between(true, pred, BREAKER_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, leak, heater) > 0.22 and share_pair(true, pred, mechanism, coil) > 0.11
    rates = class_error_rates("hvbreaker6")
    assert np.argmax(rates) == heater and np.argmin(rates) == mechanism
