"""Round 86's held-out noisy-label sets (``benchmarks/data_quality_round86.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round86`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (barrettdys4 and chestpain6 unchanged after the first; hydroneph5 and sepsissrc6
changed once): barrettdys4 (its baseline errs on 32.1 %, its MLP 76.4 % test with seed 0), hydroneph5 (46.6 %, over
the 40 % aim, kept; 70.5 %), chestpain6 (29.1 %, 73.5 %) and sepsissrc6 (32.3 %, 74.4 %). The MLP is fitted once per
set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round86 import (BARRETT_CLASSES, BARRETT_LIMITS, BARRETT_NEIGHBOURS, BARRETT_ROWS,
                                             BARRETT_SLIDES, CHESTPAIN_CLASSES, CHESTPAIN_NEIGHBOURS,
                                             CHESTPAIN_ONSETS, CHESTPAIN_ROWS, CHESTPAIN_TABLE, GENERATORS,
                                             HYDRONEPH_CLASSES, HYDRONEPH_LIMITS, HYDRONEPH_NEIGHBOURS,
                                             HYDRONEPH_ROWS, HYDRONEPH_ULTRASOUND, NEIGHBOURS, ORDERED, ROUND86,
                                             ROUND86_GENERATORS, SEPSIS_CLASSES, SEPSIS_NEIGHBOURS, SEPSIS_ROWS,
                                             SEPSIS_SETTINGS, SEPSIS_TABLE, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "barrettdys4": [49.0, 1.0, 26.7, 0.0, 0.0, 1.0, 2.0, 2.2, 1.0, 0.0, 4.0, 0.0, 0.0, 0.0],
    "hydroneph5": [36.9, 3220.0, 0.0, 7.2, 18.9, 0.0, 27.0, 0.0, 0.0, 37.0, 1.0, 42.0, 0.0],
    "chestpain6": [0.0, 18.0, 117.0, 77.0, 3.0, 95.0, 6.3, 0.0, 1.7, 0.9, 1.3, 2.0, 93.0, 490.0, 1.9, 1.0],
    "sepsissrc6": [0.0, 77.0, 38.4, 113.0, 28.0, 115.0, 5.7, 1.3, 15.4, 131.0, 4.7, 82.0, 13.0, 1.0, 0.0, 0.0],
}


def test_round86_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND86 == ("barrettdys4", "hydroneph5", "chestpain6", "sepsissrc6") and ROUND86_GENERATORS is GENERATORS
    check_registered(86, ROUND86, GENERATORS)


def test_round86_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND86) == [4, 5, 6, 6]
    for name in ROUND86:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND86)
def test_round86_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND86)
def test_round86_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round86_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("barrettdys4", "hydroneph5") and set(NEIGHBOURS) == set(ROUND86)
    assert NEIGHBOURS["barrettdys4"] is BARRETT_NEIGHBOURS and NEIGHBOURS["hydroneph5"] is HYDRONEPH_NEIGHBOURS
    assert NEIGHBOURS["chestpain6"] is CHESTPAIN_NEIGHBOURS and NEIGHBOURS["sepsissrc6"] is SEPSIS_NEIGHBOURS
    assert len(BARRETT_CLASSES) == len(BARRETT_ROWS) == 4 and BARRETT_LIMITS == (0.5, 1.5, 2.5)
    assert len(HYDRONEPH_CLASSES) == len(HYDRONEPH_ROWS) == 5 and HYDRONEPH_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert BARRETT_CLASSES[3].startswith("high-grade") and HYDRONEPH_CLASSES[4].startswith("4 ")
    assert len(BARRETT_SLIDES) == 3 and len(HYDRONEPH_ULTRASOUND) == 3
    assert len(CHESTPAIN_CLASSES) == len(CHESTPAIN_ROWS) == len(CHESTPAIN_TABLE) == len(CHESTPAIN_ONSETS) == 6
    assert CHESTPAIN_TABLE.shape[1] == 15 and np.allclose(CHESTPAIN_ONSETS.sum(1), 1)
    assert np.argmax(CHESTPAIN_ONSETS[:, 1]) == 2 and np.argmax(CHESTPAIN_TABLE[:, 3]) == 2  # sudden; the arms
    assert len(SEPSIS_CLASSES) == len(SEPSIS_ROWS) == len(SEPSIS_TABLE) == len(SEPSIS_SETTINGS) == 6
    assert SEPSIS_TABLE.shape[1] == 15 and np.allclose(SEPSIS_SETTINGS.sum(1), 1)
    assert np.argmax(SEPSIS_SETTINGS[:, 2]) == 4 and np.argmax(SEPSIS_TABLE[:, 5]) == 0  # a line; the oxygen


@pytest.mark.parametrize("name", ROUND86)
def test_round86_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"barrettdys4": (0.71, 0.82), "hydroneph5": (0.65, 0.76), "chestpain6": (0.68, 0.79),
                 "sepsissrc6": (0.69, 0.80)}[name]  # as measured (seed 0): 76.4, 70.5, 73.5, 74.4 %
    assert low < mlp.score(b, yb) < high


def test_barrettdys4_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("barrettdys4")
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[4]) > 0)  # the M length; the C length
    assert np.all(np.diff(median[10]) > 0) and np.all(np.diff(median[11]) > 0)  # the biopsies; the previous grade
    assert np.all(np.diff(median[0]) > 0) and median[9][3] == 1 > median[9][2]  # the age; a visible lesion
    true, pred, wrong = knn_errors("barrettdys4")
    assert 0.29 < wrong.mean() < 0.35 and 0.9 < share_between(true, pred, BARRETT_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.35 and share_pair(true, pred, 2, 3) > 0.22
    rates = class_error_rates("barrettdys4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 1


def test_hydroneph5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("hydroneph5")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[4]) > 0)  # the two pelvic diameters
    assert median[11][4] < 45 and np.all(median[11][:4] == 50)  # the differential function, low in grade 4
    assert np.all(np.diff(median[10]) >= 0) and median[10][4] == 1  # a renogram done for the high grades
    true, pred, wrong = knn_errors("hydroneph5")
    assert 0.43 < wrong.mean() < 0.50 and 0.87 < share_between(true, pred, HYDRONEPH_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.28 and share_pair(true, pred, 0, 1) > 0.22
    rates = class_error_rates("hydroneph5")
    assert np.argmin(rates) == 4 and np.argmax(rates) == 2


def test_chestpain6_record_follows_the_diagnosis_and_errors_fall_mostly_between_confused_diagnoses():
    coronary, embolism, dissection, pericarditis, reflux, wall = range(6)
    median = class_medians("chestpain6")
    assert np.argmax(median[4]) == dissection and np.argmin(median[5]) == embolism  # the arms; the saturation
    assert np.argmax(median[13]) == dissection and np.argmax(median[12]) == coronary  # the D-dimer; the troponin
    assert np.argmax(median[10]) == wall and np.argmax(median[11]) == reflux  # the tenderness; the burning
    assert np.argmax(median[8]) == pericarditis and np.argmax(median[9]) == dissection  # positional; the back
    true, pred, wrong = knn_errors("chestpain6")
    assert 0.26 < wrong.mean() < 0.32 and 0.74 < share_between(true, pred, CHESTPAIN_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, coronary, reflux) > 0.1 and share_pair(true, pred, pericarditis, wall) > 0.1
    rates = class_error_rates("chestpain6")
    assert np.argmax(rates) == wall and np.argmin(rates) == coronary


def test_sepsissrc6_record_follows_the_source_and_errors_fall_mostly_between_confused_sources():
    pneumonia, urinary, abdominal, skin, line, unknown = range(6)
    median = class_medians("sepsissrc6")
    assert np.argmax(median[6]) == pneumonia and np.argmax(median[12]) == abdominal  # the oxygen; the bilirubin
    assert np.argmin(median[10]) == skin and np.argmax(median[2]) == line  # the procalcitonin; the fever
    assert np.argmin(median[2]) == unknown  # the lowest fever
    x, y = set_data("sepsissrc6")
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == line  # from health care
    assert np.argmax([x[y == c, 13].mean() for c in range(6)]) == urinary  # a urinary catheter
    assert np.argmax([x[y == c, 14].mean() for c in range(6)]) == abdominal  # a recent surgery
    true, pred, wrong = knn_errors("sepsissrc6")
    assert 0.29 < wrong.mean() < 0.35 and 0.71 < share_between(true, pred, SEPSIS_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, urinary, unknown) > 0.16 and share_pair(true, pred, pneumonia, unknown) > 0.1
    rates = class_error_rates("sepsissrc6")
    assert np.argmax(rates) == unknown and np.argmin(rates) == pneumonia
