"""Round 82's held-out noisy-label sets (``benchmarks/data_quality_round82.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round82`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, pfirrmann5 (its baseline errs on 38.6 %, its MLP 72.5 % test with seed 0, after its one change),
lichen6 (31.1 %, 74.4 %) and screwcomp6 (36.2 %, 69.7 %) meet the aims; gustilo5 (42.4 %, 65.8 %, after its one
change) misses the baseline's aim, kept and said. The MLP is fitted once per set (one parametrized test); the pools
are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round82 import (GENERATORS, GUSTILO_CLASSES, GUSTILO_DEBRIDEMENT, GUSTILO_LIMITS,
                                             GUSTILO_NEIGHBOURS, GUSTILO_ROWS, LICHEN_GENERA, LICHEN_NEIGHBOURS,
                                             LICHEN_ROWS, LICHEN_TABLE, NEIGHBOURS, ORDERED, PFIRRMANN_CLASSES,
                                             PFIRRMANN_LIMITS, PFIRRMANN_MRI, PFIRRMANN_NEIGHBOURS, PFIRRMANN_ROWS,
                                             ROUND82, ROUND82_GENERATORS, SCREW_FAULTS, SCREW_NEIGHBOURS, SCREW_ROWS,
                                             SCREW_TABLE, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "gustilo5": [55.0, 1.0, 0.0, 0.0, 2.0, 0.4, 0.0, 0.4, 16.0, 0.0, 0.0, 0.0, 0.9, 1.0, 0.0, 10.0],
    "pfirrmann5": [45.0, 0.0, 26.3, 5.0, 0.0, 1.0, 17.0, 0.0, 0.0, 0.0, 0.358, 0.0],
    "lichen6": [1.0, 3.1, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 5.2, 5.5, 0.0, 2.5, 1.0, 332.0, 10.5, 1.0],
    "screwcomp6": [98.2, 7.25, 0.46, 2.3, 35.8, 69.4, 107.7, 5.9, 21.2, 4959.0, 28.0, 106.0, 0.0, 1.0, 2.0, 2.04],
}


def test_round82_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND82 == ("gustilo5", "pfirrmann5", "lichen6", "screwcomp6") and ROUND82_GENERATORS is GENERATORS
    check_registered(82, ROUND82, GENERATORS)


def test_round82_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND82) == [5, 5, 6, 6]
    for name in ROUND82:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND82)
def test_round82_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND82)
def test_round82_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round82_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("gustilo5", "pfirrmann5") and set(NEIGHBOURS) == set(ROUND82)
    assert NEIGHBOURS["gustilo5"] is GUSTILO_NEIGHBOURS and NEIGHBOURS["pfirrmann5"] is PFIRRMANN_NEIGHBOURS
    assert NEIGHBOURS["lichen6"] is LICHEN_NEIGHBOURS and NEIGHBOURS["screwcomp6"] is SCREW_NEIGHBOURS
    assert len(GUSTILO_CLASSES) == len(GUSTILO_ROWS) == 5 and GUSTILO_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(PFIRRMANN_CLASSES) == len(PFIRRMANN_ROWS) == 5 and PFIRRMANN_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert GUSTILO_CLASSES[4].startswith("IIIC ") and PFIRRMANN_CLASSES[4].startswith("V ")
    assert len(GUSTILO_DEBRIDEMENT) == 3 and len(PFIRRMANN_MRI) == 3
    assert len(LICHEN_GENERA) == len(LICHEN_ROWS) == len(LICHEN_TABLE) == 6 and LICHEN_TABLE.shape[1] == 16
    assert np.argmax(LICHEN_TABLE[:, 9]) == 3 and np.argmin(LICHEN_TABLE[:, 1]) == 3  # Physcia: bark pH; lobes
    assert len(SCREW_FAULTS) == len(SCREW_ROWS) == len(SCREW_TABLE) == 6 and SCREW_TABLE.shape[1] == 16
    assert np.argmax(SCREW_TABLE[:, 2]) == 3 and np.argmax(SCREW_TABLE[:, 7]) == 0  # separator dp; vibration


@pytest.mark.parametrize("name", ROUND82)
def test_round82_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"gustilo5": (0.61, 0.71), "pfirrmann5": (0.67, 0.77), "lichen6": (0.69, 0.79),
                 "screwcomp6": (0.65, 0.75)}[name]  # as measured (seed 0): 65.8, 72.5, 74.4, 69.7 %
    assert low < mlp.score(b, yb) < high


def test_gustilo5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("gustilo5")
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[15]) > 0)  # the wound's length; the ISS
    assert np.all(np.diff(median[8]) < 0) and np.all(np.diff(median[12]) > 0)  # hours to debridement; refill
    assert median[2][0] == 0 and median[2][4] == 1 and median[11][3] == 0 and median[11][4] == 1  # energy; pulses
    true, pred, wrong = knn_errors("gustilo5")
    assert 0.39 < wrong.mean() < 0.46 and 0.88 < share_between(true, pred, GUSTILO_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, 0, 1) > 0.27 and share_pair(true, pred, 1, 2) > 0.23
    rates = class_error_rates("gustilo5")
    assert np.argmin(rates) == 0 and rates[1] > 0.45 and rates[2] > 0.45


def test_pfirrmann5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("pfirrmann5")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[10]) < 0)  # the age; the disc-height index
    assert np.all(np.diff(median[7]) > 0) and np.all(np.diff(median[11]) >= 0)  # the ODI; the osteophytes
    assert median[10][3] - median[10][4] > 2 * (median[10][0] - median[10][1])  # the height falls most at V
    assert median[3][0] <= 2 and median[3][4] >= 4  # the lower levels degenerate more
    true, pred, wrong = knn_errors("pfirrmann5")
    assert 0.35 < wrong.mean() < 0.42 and 0.94 < share_between(true, pred, PFIRRMANN_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 2, 3) > 0.27
    rates = class_error_rates("pfirrmann5")
    assert np.argmin(rates) == 1 and np.argmax(rates) == 0


def test_lichen6_specimens_follow_the_genus_and_errors_fall_mostly_between_confused_genera():
    parmelia, flavoparmelia, punctelia, physcia, evernia, ramalina = range(6)
    median = class_medians("lichen6")
    assert median[0][evernia] == 0 and median[0][ramalina] == 0 and median[0][physcia] == 1  # fruticose; foliose
    assert median[2][flavoparmelia] == 1 and median[2][parmelia] == 0 and median[6][parmelia] == 1  # yellow; marks
    assert median[7][evernia] == 1 and median[7][ramalina] == 0  # the white underside
    assert np.argmax(median[14]) == physcia and np.argmin(median[14]) == ramalina  # the NO2
    true, pred, wrong = knn_errors("lichen6")
    assert 0.28 < wrong.mean() < 0.35 and 0.83 < share_between(true, pred, LICHEN_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, evernia, ramalina) > 0.22 and share_pair(true, pred, parmelia, punctelia) > 0.18
    rates = class_error_rates("lichen6")
    assert np.argmin(rates) == physcia and rates[ramalina] > 0.45 and rates[punctelia] > 0.45


def test_screwcomp6_logs_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    bearing, inlet, mpv, separator, cooler, motor = range(6)
    median = class_medians("screwcomp6")
    assert np.argmax(median[7]) == bearing and np.argmax(median[6]) == motor  # the vibration; the current
    assert np.argmax(median[2]) == separator and np.argmax(median[0]) == cooler  # the separator dp; the discharge
    assert np.argmax(median[4]) == inlet and np.argmin(median[15]) == mpv  # the cycles; the unloaded sump
    true, pred, wrong = knn_errors("screwcomp6")
    assert 0.33 < wrong.mean() < 0.40 and 0.70 < share_between(true, pred, SCREW_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, bearing, motor) > 0.22 and share_pair(true, pred, mpv, separator) > 0.11
    rates = class_error_rates("screwcomp6")
    assert np.argmax(rates) == bearing and np.argmin(rates) == inlet
