"""Round 77's held-out noisy-label sets (``benchmarks/data_quality_round77.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round77`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, tickspp6 (its baseline errs on 39.3 %, its MLP 68.2 % test with seed 0) and cncfault7 (39.2 %, 65.2 %),
both as first written, meet the aims; asia5 (43.8 %, its MLP 63.7 %) and iga5 (46.6 %, 57.2 %) miss the baseline's
aim after their one change (iga5 the MLP's too with seed 0), kept and said. The MLP is fitted once per set (one
parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round77 import (ASIA_CLASSES, ASIA_EXAM, ASIA_LIMITS, ASIA_NEIGHBOURS, ASIA_ROWS,
                                             CNC_FAULTS, CNC_NEIGHBOURS, CNC_ROWS, CNC_TABLE, GENERATORS, IGA_CLASSES,
                                             IGA_EXAM, IGA_LIMITS, IGA_NEIGHBOURS, IGA_ROWS, NEIGHBOURS, ORDERED,
                                             ROUND77, ROUND77_GENERATORS, SHAPES, TICK_NEIGHBOURS, TICK_ROWS,
                                             TICK_SPECIES, TICK_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "asia5": [41.0, 1.0, 3.0, 1.0, 37.0, 9.0, 0.0, 6.0, 0.0, 0.0, 0.0, 2.0, 0.0, 1.0, 2.0],
    "iga5": [62.0, 0.0, 1.0, 1.0, 0.0, 1.8, 1.0, 1.2, 0.0, 47.7, 210.0, 0.0, 0.0, 0.0],
    "tickspp6": [1.0, 0.0, 1.14, 0.95, 0.73, 0.68, 0.0, 0.0, 1.0, 1.0, 97.6, 39.6, 4.0, 370.0],
    "cncfault7": [2.2, 1.83, 0.28, 0.49, 24.5, 7.3, 27.5, 8.5, 1.0, 0.0, 1.0, 14.8, 24.1, 2.97, 150.0, 7.4],
}


def test_round77_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND77 == ("asia5", "iga5", "tickspp6", "cncfault7") and ROUND77_GENERATORS is GENERATORS
    check_registered(77, ROUND77, GENERATORS)


def test_round77_covers_5_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND77) == [5, 5, 6, 7]
    for name in ROUND77:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND77)
def test_round77_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND77)
def test_round77_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round77_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("asia5", "iga5") and set(NEIGHBOURS) == set(ROUND77)
    assert NEIGHBOURS["asia5"] is ASIA_NEIGHBOURS and NEIGHBOURS["iga5"] is IGA_NEIGHBOURS
    assert NEIGHBOURS["tickspp6"] is TICK_NEIGHBOURS and NEIGHBOURS["cncfault7"] is CNC_NEIGHBOURS
    assert len(ASIA_CLASSES) == len(ASIA_ROWS) == 5 and ASIA_LIMITS == (0.5, 1.5, 2.5, 3.5) and len(ASIA_EXAM) == 4
    assert len(IGA_CLASSES) == len(IGA_ROWS) == 5 and IGA_LIMITS == (0.5, 1.5, 2.5, 3.5) and len(IGA_EXAM) == 4
    assert ASIA_CLASSES[0].startswith("A (complete") and IGA_CLASSES[0].startswith("0 clear")
    assert len(TICK_SPECIES) == len(TICK_ROWS) == len(TICK_TABLE) == 6 and TICK_TABLE.shape[1] == 14
    assert np.argmax(TICK_TABLE[:, 5]) == 5 and np.argmax(TICK_TABLE[:, 13]) == 3  # Amblyomma's mouthparts; mountains
    assert len(CNC_FAULTS) == len(CNC_ROWS) == len(CNC_TABLE) == 7 and CNC_TABLE.shape[1] == 16
    assert np.argmax(CNC_TABLE[:, 3]) == 0 and np.argmin(CNC_TABLE[:, 11]) == 3  # a bearing's envelope; the pump


@pytest.mark.parametrize("name", ROUND77)
def test_round77_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"asia5": (0.58, 0.69), "iga5": (0.52, 0.63), "tickspp6": (0.63, 0.74),
                 "cncfault7": (0.60, 0.71)}[name]  # as measured (seed 0): 63.7, 57.2, 68.2, 65.2 %
    assert low < mlp.score(b, yb) < high


def test_asia5_record_follows_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("asia5")
    assert np.all(np.diff(median[5]) < 0) and np.all(np.diff(median[7][1:]) <= 0)  # the lesion; the canal
    assert median[6][0] == 1 and np.all(median[6][1:] == 0)  # a haemorrhage in the complete
    assert np.all(np.diff(median[13]) <= 0) and np.all(np.diff(median[14]) <= 0)  # the bladder; the walking aid
    true, pred, wrong = knn_errors("asia5")
    assert 0.41 < wrong.mean() < 0.47 and 0.79 < share_between(true, pred, ASIA_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, 2, 3) > 0.2 and share_pair(true, pred, 0, 1) > 0.2
    rates = class_error_rates("asia5")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0


def test_iga5_visit_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("iga5")
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[5]) > 0)  # the POEM; the reported area
    assert np.all(np.diff(median[3]) >= 0) and np.all(np.diff(median[4]) > 0)  # the itch; the sleep loss
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[10]) > 0)  # the IgE; the eosinophils
    true, pred, wrong = knn_errors("iga5")
    assert 0.43 < wrong.mean() < 0.50 and 0.91 < share_between(true, pred, IGA_NEIGHBOURS) < 0.98
    assert share_pair(true, pred, 2, 3) > 0.27 and share_pair(true, pred, 1, 2) > 0.21
    assert class_error_rates("iga5").max() < 0.56


def test_tickspp6_measurements_follow_the_species_and_errors_fall_mostly_between_confused_species():
    scapularis, pacificus, variabilis, andersoni, americanum, maculatum = range(6)
    median = class_medians("tickspp6")
    assert np.all(median[6][:2] == 0) and np.all(median[6][2:] == 1)  # festoons: not Ixodes
    assert np.argmax(median[5]) == maculatum and median[5][americanum] > median[5][variabilis]  # the capitulum
    assert np.argmax(median[13]) == andersoni and median[7][americanum] == 0  # mountains; the lone star's plain nymph
    true, pred, wrong = knn_errors("tickspp6")
    assert 0.36 < wrong.mean() < 0.42 and 0.76 < share_between(true, pred, TICK_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, scapularis, pacificus) > 0.2 and share_pair(true, pred, variabilis, andersoni) > 0.18
    rates = class_error_rates("tickspp6")
    assert np.argmax(rates) == maculatum and np.argmin(rates) == scapularis


def test_cncfault7_logs_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    bearing, runout, backlash, coolant, servo, lube, thermal = range(7)
    median = class_medians("cncfault7")
    assert np.argmax(median[3]) == bearing and np.argmax(median[2]) == runout  # the envelope; the 1x share
    assert np.argmax(median[6]) == servo and np.argmax(median[7]) == backlash  # following error; reversal spike
    assert np.argmin(median[11]) == coolant and np.argmax(median[12]) == thermal  # coolant pressure; a warm shop
    true, pred, wrong = knn_errors("cncfault7")
    assert 0.36 < wrong.mean() < 0.42 and 0.75 < share_between(true, pred, CNC_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, backlash, servo) > 0.16 and share_pair(true, pred, bearing, runout) > 0.1
    rates = class_error_rates("cncfault7")
    assert np.argmax(rates) == lube and np.argmin(rates) == bearing
