"""Round 79's held-out noisy-label sets (``benchmarks/data_quality_round79.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round79`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, hinchey4 (its baseline errs on 38.3 %, its MLP 69.0 % test with seed 0), windgbx6 (33.1 %, 72.3 %,
after its one change) and diatom7 (23.2 %, 85.6 %) meet the aims; fazekas4 (42.9 %, 65.0 %, after its one change)
misses the baseline's aim narrowly, kept and said. The MLP is fitted once per set (one parametrized test); the pools
are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round79 import (DIATOM_NEIGHBOURS, DIATOM_ROWS, DIATOM_TABLE, DIATOM_TAXA,
                                             FAZEKAS_CLASSES, FAZEKAS_IMAGES, FAZEKAS_LIMITS, FAZEKAS_NEIGHBOURS,
                                             FAZEKAS_ROWS, GENERATORS, HINCHEY_BASIS, HINCHEY_CLASSES, HINCHEY_LIMITS,
                                             HINCHEY_NEIGHBOURS, HINCHEY_ROWS, NEIGHBOURS, ORDERED, ROUND79,
                                             ROUND79_GENERATORS, SHAPES, WIND_FAULTS, WIND_NEIGHBOURS, WIND_ROWS,
                                             WIND_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "fazekas4": [79.0, 0.0, 1.0, 17.0, 144.0, 1.0, 1.0, 0.0, 0.0, 22.0, 0.54, 43.0, 1.0, 0.0],
    "hinchey4": [60.0, 1.0, 4.6, 37.9, 100.0, 140.0, 11.8, 50.0, 1.5, 0.0, 0.0, 0.0, 0.0, 0.0],
    "windgbx6": [16.8, 34.3, 7.3, 63.3, 65.9, 64.9, 63.3, 34.6, 3.0, 2.42, 3.58, 2.57, 1.94, 1.99, 4.0,
                 127.0],
    "diatom7": [135.1, 4.0, 9.9, 0.0, 0.0, 0.0, 1.0, 0.0, 7.79, 251.0, 78.5, 0.0, 0.0, 1.3],
}


def test_round79_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND79 == ("fazekas4", "hinchey4", "windgbx6", "diatom7") and ROUND79_GENERATORS is GENERATORS
    check_registered(79, ROUND79, GENERATORS)


def test_round79_covers_4_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND79) == [4, 4, 6, 7]
    for name in ROUND79:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND79)
def test_round79_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND79)
def test_round79_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round79_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("fazekas4", "hinchey4") and set(NEIGHBOURS) == set(ROUND79)
    assert NEIGHBOURS["fazekas4"] is FAZEKAS_NEIGHBOURS and NEIGHBOURS["hinchey4"] is HINCHEY_NEIGHBOURS
    assert NEIGHBOURS["windgbx6"] is WIND_NEIGHBOURS and NEIGHBOURS["diatom7"] is DIATOM_NEIGHBOURS
    assert len(FAZEKAS_CLASSES) == len(FAZEKAS_ROWS) == 4 and FAZEKAS_LIMITS == (0.5, 1.5, 2.5)
    assert len(HINCHEY_CLASSES) == len(HINCHEY_ROWS) == 4 and HINCHEY_LIMITS == (0.5, 1.5, 2.5)
    assert FAZEKAS_CLASSES[0] == "0 none" and HINCHEY_CLASSES[3].startswith("IV faecal")
    assert len(FAZEKAS_IMAGES) == 3 and len(HINCHEY_BASIS) == 3
    assert len(WIND_FAULTS) == len(WIND_ROWS) == len(WIND_TABLE) == 6 and WIND_TABLE.shape[1] == 16
    assert np.argmax(WIND_TABLE[:, 7]) == 4 and np.argmax(WIND_TABLE[:, 12]) == 5  # the main bearing; misalignment
    assert len(DIATOM_TAXA) == len(DIATOM_ROWS) == len(DIATOM_TABLE) == 7 and DIATOM_TABLE.shape[1] == 14
    assert np.argmax(DIATOM_TABLE[:, 0]) == 6 and np.argmax(DIATOM_TABLE[:, 2]) == 3  # Ulnaria's length; Nitzschia


@pytest.mark.parametrize("name", ROUND79)
def test_round79_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"fazekas4": (0.60, 0.70), "hinchey4": (0.64, 0.74), "windgbx6": (0.67, 0.78),
                 "diatom7": (0.80, 0.91)}[name]  # as measured (seed 0): 65.0, 69.0, 72.3, 85.6 %
    assert low < mlp.score(b, yb) < high


def test_fazekas4_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("fazekas4")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[4]) > 0)  # the age; the systolic pressure
    assert np.all(np.diff(median[10]) < 0) and np.all(np.diff(median[11]) < 0)  # the gait speed; the eGFR
    assert np.all(np.diff(median[9]) < 0) and np.all(np.diff(median[3]) >= 0)  # the MoCA; hypertension's years
    true, pred, wrong = knn_errors("fazekas4")
    assert 0.40 < wrong.mean() < 0.46 and 0.89 < share_between(true, pred, FAZEKAS_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 1, 2) > 0.29 and share_pair(true, pred, 0, 1) > 0.27
    rates = class_error_rates("fazekas4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 1


def test_hinchey4_admission_follows_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("hinchey4")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) < 0)  # the heart rate; the pressure
    assert np.all(np.diff(median[7]) > 0) and np.all(np.diff(median[8]) > 0)  # the CRP; the lactate
    assert median[9][0] == 0 and median[9][3] == 2 and median[2][3] < median[2][1]  # peritonism; a sudden perforation
    true, pred, wrong = knn_errors("hinchey4")
    assert 0.35 < wrong.mean() < 0.41 and 0.89 < share_between(true, pred, HINCHEY_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 0, 1) > 0.37 and share_pair(true, pred, 1, 2) > 0.23
    rates = class_error_rates("hinchey4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_windgbx6_records_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    planet, hss, ims, gear, main_bearing, generator = range(6)
    median = class_medians("windgbx6")
    assert np.argmax(median[4]) == hss and np.argmax(median[5]) == ims  # the bearings' temperatures
    assert np.argmax(median[6]) == generator and np.argmax(median[7]) == main_bearing
    assert np.argmax(median[8]) == gear and np.argmax(median[11]) == gear  # debris; mesh sidebands
    assert np.argmax(median[12]) == generator and np.argmax(median[10]) == hss  # the second order; the envelope
    true, pred, wrong = knn_errors("windgbx6")
    assert 0.30 < wrong.mean() < 0.36 and 0.82 < share_between(true, pred, WIND_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, hss, ims) > 0.17 and share_pair(true, pred, planet, gear) > 0.17
    assert np.argmax(class_error_rates("windgbx6")) == ims


def test_diatom7_valves_follow_the_genus_and_errors_fall_mostly_between_confused_genera():
    navicula, sellaphora, craticula, nitzschia, tryblionella, fragilaria, ulnaria = range(7)
    median = class_medians("diatom7")
    assert np.argmax(median[0]) == ulnaria and np.argmax(median[2]) == nitzschia  # the length; the finest striae
    assert np.argmin(median[1]) == fragilaria and np.argmax(median[9]) == tryblionella  # narrow; salty water
    assert np.all(median[4][[nitzschia, tryblionella]] == 1) and median[3][navicula] == 1  # canal raphe; a raphe
    true, pred, wrong = knn_errors("diatom7")
    assert 0.20 < wrong.mean() < 0.26 and 0.74 < share_between(true, pred, DIATOM_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, navicula, sellaphora) > 0.27 and share_pair(true, pred, navicula, craticula) > 0.2
    rates = class_error_rates("diatom7")
    assert np.argmax(rates) == sellaphora and np.argmin(rates) == nitzschia
