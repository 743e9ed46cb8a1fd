"""Round 85's held-out noisy-label sets (``benchmarks/data_quality_round85.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round85`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the first and only measure (no set changed after it): hurley3 (its baseline errs on 37.0 %, its MLP
71.6 % test with seed 0), npiap4 (40.05 %, a hair over the 40 % aim, kept; 68.0 %), toxidrome6 (29.3 %, 71.8 %) and
tremor6 (30.8 %, 76.8 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round85 import (GENERATORS, HURLEY_CLASSES, HURLEY_EXAM, HURLEY_LIMITS,
                                             HURLEY_NEIGHBOURS, HURLEY_ROWS, NEIGHBOURS, NPIAP_CLASSES,
                                             NPIAP_INSPECTION, NPIAP_LIMITS, NPIAP_NEIGHBOURS, NPIAP_ROWS, ORDERED,
                                             ROUND85, ROUND85_GENERATORS, SHAPES, TOXIDROME_CLASSES,
                                             TOXIDROME_NEIGHBOURS, TOXIDROME_ROUTES, TOXIDROME_ROWS, TOXIDROME_TABLE,
                                             TREMOR_CLASSES, TREMOR_NEIGHBOURS, TREMOR_ONSETS, TREMOR_ROWS,
                                             TREMOR_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "hurley3": [28.0, 0.0, 30.8, 1.0, 8.4, 2.0, 0.0, 5.0, 10.0, 5.1, 0.0, 0.0, 0.0, 0.0],
    "npiap4": [62.0, 26.2, 13.0, 2.0, 2.0, 1.0, 21.0, 0.0, 0.0, 1.0, 0.0, 0.0, 28.0, 11.2, 19.0, 3.0],
    "toxidrome6": [2.0, 46.0, 31.0, 93.0, 19.0, 34.8, 2.0, 2.6, 3.0, 12.0, 1.5, 0.0, 0.8, 2.3, 107.0],
    "tremor6": [0.0, 5.0, 0.62, 2.58, 1.34, 2.68, 0.6, 0.5, 17.0, 40.0, 18.0, 0.0, 0.0, 0.44, 0.0],
}


def test_round85_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND85 == ("hurley3", "npiap4", "toxidrome6", "tremor6") and ROUND85_GENERATORS is GENERATORS
    check_registered(85, ROUND85, GENERATORS)


def test_round85_covers_3_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND85) == [3, 4, 6, 6]
    for name in ROUND85:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND85)
def test_round85_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND85)
def test_round85_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round85_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("hurley3", "npiap4") and set(NEIGHBOURS) == set(ROUND85)
    assert NEIGHBOURS["hurley3"] is HURLEY_NEIGHBOURS and NEIGHBOURS["npiap4"] is NPIAP_NEIGHBOURS
    assert NEIGHBOURS["toxidrome6"] is TOXIDROME_NEIGHBOURS and NEIGHBOURS["tremor6"] is TREMOR_NEIGHBOURS
    assert len(HURLEY_CLASSES) == len(HURLEY_ROWS) == 3 and HURLEY_LIMITS == (0.5, 1.5)
    assert len(NPIAP_CLASSES) == len(NPIAP_ROWS) == 4 and NPIAP_LIMITS == (0.5, 1.5, 2.5)
    assert HURLEY_CLASSES[2].startswith("III ") and NPIAP_CLASSES[3].startswith("4 ")
    assert len(HURLEY_EXAM) == 3 and len(NPIAP_INSPECTION) == 3
    assert len(TOXIDROME_CLASSES) == len(TOXIDROME_ROWS) == len(TOXIDROME_TABLE) == len(TOXIDROME_ROUTES) == 6
    assert TOXIDROME_TABLE.shape[1] == 14 and np.allclose(TOXIDROME_ROUTES.sum(1), 1)
    assert np.argmax(TOXIDROME_ROUTES[:, 2]) == 5 and np.argmax(TOXIDROME_TABLE[:, 10]) == 4  # pesticide; clonus
    assert len(TREMOR_CLASSES) == len(TREMOR_ROWS) == len(TREMOR_TABLE) == len(TREMOR_ONSETS) == 6
    assert TREMOR_TABLE.shape[1] == 14 and np.allclose(TREMOR_ONSETS.sum(1), 1)
    assert np.argmax(TREMOR_TABLE[:, 0]) == 3 and np.argmin(TREMOR_TABLE[:, 0]) == 5  # fast EPT; slow Holmes


@pytest.mark.parametrize("name", ROUND85)
def test_round85_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"hurley3": (0.66, 0.77), "npiap4": (0.62, 0.74), "toxidrome6": (0.66, 0.77),
                 "tremor6": (0.71, 0.82)}[name]  # as measured (seed 0): 71.6, 68.0, 71.8, 76.8 %
    assert low < mlp.score(b, yb) < high


def test_hurley3_record_follows_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("hurley3")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) > 0)  # the years; the regions
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[9]) > 0)  # the DLQI; the CRP
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[7]) > 0)  # the BMI; the pain
    true, pred, wrong = knn_errors("hurley3")
    assert 0.34 < wrong.mean() < 0.40 and 0.92 < share_between(true, pred, HURLEY_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.5 and share_pair(true, pred, 1, 2) > 0.33
    rates = class_error_rates("hurley3")
    assert np.argmin(rates) == 0 and rates[1] > 0.4 and rates[2] > 0.4


def test_npiap4_record_follows_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("npiap4")
    assert np.all(np.diff(median[2]) < 0) and np.all(np.diff(median[6]) > 0)  # the Braden score; the days
    assert np.all(np.diff(median[12]) < 0) and np.all(np.diff(median[13]) < 0)  # the albumin; the haemoglobin
    assert np.all(np.diff(median[14]) > 0) and np.all(np.diff(median[0]) > 0)  # the CRP; the age
    true, pred, wrong = knn_errors("npiap4")
    assert 0.37 < wrong.mean() < 0.43 and 0.9 < share_between(true, pred, NPIAP_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.35 and share_pair(true, pred, 2, 3) > 0.19
    rates = class_error_rates("npiap4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2


def test_toxidrome6_record_follows_the_agent_and_errors_fall_mostly_between_confused_classes():
    opioid, sedative, antichol, sympath, serot, cholin = range(6)
    median = class_medians("toxidrome6")
    assert np.argmin(median[2]) == cholin and np.argmax(median[3]) == sympath  # the heart rate; the pressure
    assert np.argmax(median[11]) == serot and np.argmax(median[12]) == cholin  # the clonus; the secretions
    assert np.argmax(median[14]) == antichol and median[6][opioid] < 3 < median[6][sympath]  # the QRS; the pupils
    true, pred, wrong = knn_errors("toxidrome6")
    assert 0.26 < wrong.mean() < 0.32 and 0.9 < share_between(true, pred, TOXIDROME_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, opioid, sedative) > 0.3 and share_pair(true, pred, antichol, sympath) > 0.18
    rates = class_error_rates("toxidrome6")
    assert np.argmin(rates) == cholin and rates[sedative] > 0.35


def test_tremor6_record_follows_the_diagnosis_and_errors_fall_mostly_between_confused_diagnoses():
    essential, parkinson, dystonic, physiol, functional, holmes = range(6)
    median = class_medians("tremor6")
    assert np.argmax(median[1]) == physiol and np.argmin(median[1]) == holmes  # the peak frequency
    assert np.argmax(median[2]) == parkinson and np.argmax(median[6]) == physiol  # the rest; the load's shift
    assert np.argmax(median[7]) == functional and np.argmin(median[8]) == parkinson  # entrainment; distraction
    x, y = set_data("tremor6")
    assert np.argmax([x[y == c, 11].mean() for c in range(6)]) == essential  # the family history
    true, pred, wrong = knn_errors("tremor6")
    assert 0.28 < wrong.mean() < 0.34 and 0.82 < share_between(true, pred, TREMOR_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, essential, dystonic) > 0.18 and share_pair(true, pred, parkinson, holmes) > 0.12
    rates = class_error_rates("tremor6")
    assert np.argmax(rates) == dystonic and np.argmin(rates) == physiol
