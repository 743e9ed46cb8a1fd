"""Round 80's held-out noisy-label sets (``benchmarks/data_quality_round80.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round80`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, gullid6 (its baseline errs on 32.9 %, its MLP 78.3 % test with seed 0) and pumpflt6 (20.0 %, 82.4 %)
meet the aims; clavien5 (41.8 %, 60.6 %) and cipn4 (41.8 %, 61.3 %), both after their one change, miss the
baseline's aim narrowly, kept and said. The MLP is fitted once per set (one parametrized test); the pools are
200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round80 import (CIPN_CLASSES, CIPN_EXAM, CIPN_LIMITS, CIPN_NEIGHBOURS, CIPN_ROWS,
                                             CLAVIEN_BASIS, CLAVIEN_CLASSES, CLAVIEN_LIMITS, CLAVIEN_NEIGHBOURS,
                                             CLAVIEN_ROWS, GENERATORS, GULL_NEIGHBOURS, GULL_ROWS, GULL_TABLE,
                                             GULL_TAXA, NEIGHBOURS, ORDERED, PUMP_FAULTS, PUMP_NEIGHBOURS, PUMP_ROWS,
                                             PUMP_TABLE, ROUND80, ROUND80_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "clavien5": [57.0, 1.0, 2.0, 25.5, 0.0, 0.0, 32.0, 116.0, 1.0, 1.0, 0.0, 294.0, 160.0, 0.0, 66.0],
    "cipn4": [66.0, 0.0, 0.0, 12.0, 1321.0, 0.0, 0.0, 283.0, 0.0, 31.0, 13.0, 20.5, 20.4, 29.9],
    "gullid6": [4.0, 417.5, 52.4, 17.9, 62.3, 1185.0, 5.5, 3.0, 1.0, 0.0, 0.0, 3.0, 6.0, 0.0],
    "pumpflt6": [96.5, 95.2, 91.9, 6.8, 68.8, 2.44, 1.05, 2.49, 0.83, 1.57, 0.47, 48.3, 0.3, 76.9, 3.0, 374.0],
}


def test_round80_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND80 == ("clavien5", "cipn4", "gullid6", "pumpflt6") and ROUND80_GENERATORS is GENERATORS
    check_registered(80, ROUND80, GENERATORS)


def test_round80_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND80) == [4, 5, 6, 6]
    for name in ROUND80:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND80)
def test_round80_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND80)
def test_round80_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round80_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("clavien5", "cipn4") and set(NEIGHBOURS) == set(ROUND80)
    assert NEIGHBOURS["clavien5"] is CLAVIEN_NEIGHBOURS and NEIGHBOURS["cipn4"] is CIPN_NEIGHBOURS
    assert NEIGHBOURS["gullid6"] is GULL_NEIGHBOURS and NEIGHBOURS["pumpflt6"] is PUMP_NEIGHBOURS
    assert len(CLAVIEN_CLASSES) == len(CLAVIEN_ROWS) == 5 and CLAVIEN_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(CIPN_CLASSES) == len(CIPN_ROWS) == 4 and CIPN_LIMITS == (0.5, 1.5, 2.5)
    assert CLAVIEN_CLASSES[4] == "V death" and CIPN_CLASSES[0] == "0 none"
    assert len(CLAVIEN_BASIS) == 3 and len(CIPN_EXAM) == 3
    assert len(GULL_TAXA) == len(GULL_ROWS) == len(GULL_TABLE) == 6 and GULL_TABLE.shape[1] == 14
    assert np.argmax(GULL_TABLE[:, 6]) == 3 and np.argmax(GULL_TABLE[:, 7]) == 2  # the darkest mantle; P10's white
    assert len(PUMP_FAULTS) == len(PUMP_ROWS) == len(PUMP_TABLE) == 6 and PUMP_TABLE.shape[1] == 16
    assert np.argmax(PUMP_TABLE[:, 10]) == 3 and np.argmax(PUMP_TABLE[:, 12]) == 2  # the envelope; the seal pot


@pytest.mark.parametrize("name", ROUND80)
def test_round80_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"clavien5": (0.56, 0.66), "cipn4": (0.56, 0.67), "gullid6": (0.73, 0.84),
                 "pumpflt6": (0.77, 0.88)}[name]  # as measured (seed 0): 60.6, 61.3, 78.3, 82.4 %
    assert low < mlp.score(b, yb) < high


def test_clavien5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("clavien5")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[14]) > 0)  # the age; the creatinine
    assert np.all(np.diff(median[6]) < 0) and np.all(np.diff(median[7]) < 0)  # the albumin; the haemoglobin
    assert np.all(np.diff(median[11]) > 0) and np.all(np.diff(median[12]) > 0)  # the duration; the blood loss
    assert median[2][0] == 2 and median[2][4] == 4 and median[10][0] == 0 and median[10][4] == 1  # ASA; emergency
    true, pred, wrong = knn_errors("clavien5")
    assert 0.39 < wrong.mean() < 0.45 and 0.86 < share_between(true, pred, CLAVIEN_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 0, 1) > 0.27
    rates = class_error_rates("clavien5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_cipn4_visit_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("cipn4")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[10]) > 0)  # the cumulative dose; CIPN20
    assert np.all(np.diff(median[9]) < 0) and np.all(np.diff(median[12]) < 0)  # the Ntx sum; the stance
    assert np.all(np.diff(median[11]) < 0) and median[5][0] == 0 and median[5][3] >= 1  # the grip; the reductions
    true, pred, wrong = knn_errors("cipn4")
    assert 0.39 < wrong.mean() < 0.45 and 0.92 < share_between(true, pred, CIPN_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 0, 1) > 0.32
    rates = class_error_rates("cipn4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0


def test_gullid6_birds_follow_the_taxon_and_errors_fall_mostly_between_confused_taxa():
    herring, yellow_legged, caspian, lesser, american, hybrid = range(6)
    median = class_medians("gullid6")
    assert np.argmax(median[6]) == lesser and np.argmax(median[7]) == caspian  # the mantle's shade; P10's white
    assert np.argmax(median[4]) == caspian and np.argmin(median[5]) == lesser  # the long legs; the lightest
    assert median[9][yellow_legged] == 1 and median[9][herring] == 0 and median[6][hybrid] > median[6][herring]
    true, pred, wrong = knn_errors("gullid6")
    assert 0.30 < wrong.mean() < 0.36 and 0.90 < share_between(true, pred, GULL_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, herring, american) > 0.17 and share_pair(true, pred, lesser, hybrid) > 0.1
    rates = class_error_rates("gullid6")
    assert np.argmax(rates) == hybrid and np.argmin(rates) == lesser


def test_pumpflt6_records_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    cavitation, wear, seal, bearing, misalignment, suction = range(6)
    median = class_medians("pumpflt6")
    assert np.argmax(median[0]) == cavitation and np.argmin(median[4]) == suction  # the flow; the suction pressure
    assert np.argmax(median[3]) == wear and np.argmax(median[12]) == seal  # the efficiency loss; the seal pot
    assert np.argmax(median[10]) == bearing and np.argmax(median[8]) == misalignment  # the envelope; the 2x order
    true, pred, wrong = knn_errors("pumpflt6")
    assert 0.17 < wrong.mean() < 0.23 and 0.88 < share_between(true, pred, PUMP_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, cavitation, suction) > 0.19 and share_pair(true, pred, bearing, misalignment) > 0.13
    rates = class_error_rates("pumpflt6")
    assert np.argmax(rates) == suction and np.argmin(rates) == seal
