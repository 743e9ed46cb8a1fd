"""Round 75's held-out noisy-label sets (``benchmarks/data_quality_round75.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round75`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, maizedis7 (its baseline errs on 27.4 %, its MLP 82.8 % test with seed 0) and seisevt6 (18.1 %, 86.0 %)
meet the aims; birads5 (52.9 %, 52.5 %) and hunthess5 (50.3 %, 49.5 %) miss the baseline's and the MLP's aims after
their one change, kept and said. The MLP is fitted once per set (one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round75 import (BIRADS_BASIS, BIRADS_CLASSES, BIRADS_LIMITS, BIRADS_NEIGHBOURS,
                                             BIRADS_ROWS, GENERATORS, HH_CLASSES, HH_EXAM, HH_LIMITS, HH_NEIGHBOURS,
                                             HH_ROWS, MAIZE_DISEASES, MAIZE_NEIGHBOURS, MAIZE_ROWS, MAIZE_TABLE,
                                             NEIGHBOURS, ORDERED, ROUND75, ROUND75_GENERATORS, SEIS_NEIGHBOURS,
                                             SEIS_ROWS, SEIS_TABLE, SEIS_TYPES, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "birads5": [64.0, 3.0, 27.2, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0],
    "hunthess5": [50.0, 0.0, 9.8, 196.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.3, 8.8, 137.0, 62.0, 16.7, 1.0, 0.0],
    "maizedis7": [0.8, 1.0, 96.0, 3.0, 21.0, 5.0, 7.9, 20.7, 79.0, 60.0, 1.0, 0.0, 46.4, 1.0, 1.0, 100.0],
    "seisevt6": [2.0, 13.0, 2.12, 0.85, 45.0, 8.4, 3.7, 15.0, 18.9, 1.0, 133.0, 201.0, 0.24, 0.7, 1.0, 1.3],
}


def test_round75_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND75 == ("birads5", "hunthess5", "maizedis7", "seisevt6") and ROUND75_GENERATORS is GENERATORS
    check_registered(75, ROUND75, GENERATORS)


def test_round75_covers_5_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND75) == [5, 5, 6, 7]
    for name in ROUND75:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND75)
def test_round75_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND75)
def test_round75_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round75_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("birads5", "hunthess5") and set(NEIGHBOURS) == set(ROUND75)
    assert NEIGHBOURS["birads5"] is BIRADS_NEIGHBOURS and NEIGHBOURS["hunthess5"] is HH_NEIGHBOURS
    assert NEIGHBOURS["maizedis7"] is MAIZE_NEIGHBOURS and NEIGHBOURS["seisevt6"] is SEIS_NEIGHBOURS
    assert len(BIRADS_CLASSES) == len(BIRADS_ROWS) == 5 and BIRADS_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(BIRADS_BASIS) == 4 and len(HH_EXAM) == 6 and HH_CLASSES[4].startswith("V ")
    assert len(HH_CLASSES) == len(HH_ROWS) == 5 and HH_LIMITS == (1.5, 2.5, 3.5, 4.5)
    assert len(MAIZE_DISEASES) == len(MAIZE_ROWS) == len(MAIZE_TABLE) == 7 and MAIZE_TABLE.shape[1] == 16
    assert np.argmax(MAIZE_TABLE[:, 0]) == 0 and np.argmax(MAIZE_TABLE[:, 14]) == 4  # cigars; the eyespot's halo
    assert np.argmax(MAIZE_TABLE[:, 7]) == 3 and np.argmin(MAIZE_TABLE[:, 4]) == 5  # hot southern rust; young plants
    assert len(SEIS_TYPES) == len(SEIS_ROWS) == len(SEIS_TABLE) == 6 and SEIS_TABLE.shape[1] == 16
    assert np.argmax(SEIS_TABLE[:, 15]) == 4 and np.argmin(SEIS_TABLE[:, 15]) == 5  # fast teleseism; acoustic
    assert np.argmin(SEIS_TABLE[:, 13]) == 2 and np.argmax(SEIS_TABLE[:, 13]) == 1  # implosive; explosive


@pytest.mark.parametrize("name", ROUND75)
def test_round75_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"birads5": (0.47, 0.58), "hunthess5": (0.44, 0.55), "maizedis7": (0.78, 0.88),
                 "seisevt6": (0.81, 0.91)}[name]  # as measured (seed 0): 52.5, 49.5, 82.8, 86.0 %
    assert low < mlp.score(b, yb) < high


def test_birads5_record_follows_the_category_and_errors_fall_mostly_between_adjacent_categories():
    x, y = set_data("birads5")
    median = class_medians("birads5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[7]) > 0) and np.all(np.diff(means[9]) > 0)  # a lump; a skin change
    assert np.all(np.diff(means[12]) > 0) and np.argmax(median[15]) == 1  # the lump's size; an earlier 2
    assert median[13][2] == 1 and means[13][2] > means[13][1]  # category 3 mostly at a recall or a follow-up
    true, pred, wrong = knn_errors("birads5")
    assert 0.50 < wrong.mean() < 0.56 and 0.62 < share_between(true, pred, BIRADS_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, 0, 1) > 0.17 and share_pair(true, pred, 3, 4) > 0.15
    rates = class_error_rates("birads5")
    assert np.argmin(rates) == 0 and rates[0] < 0.3


def test_hunthess5_admission_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("hunthess5")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[10]) > 0)  # the pressure; the glucose
    assert np.all(np.diff(median[12]) > 0) and np.all(np.diff(median[13]) > 0)  # the troponin; the white cells
    assert np.all(np.diff(median[2]) < 0) and np.all(np.diff(median[4]) >= 0)  # sooner; the modified Fisher
    true, pred, wrong = knn_errors("hunthess5")
    assert 0.47 < wrong.mean() < 0.54 and 0.82 < share_between(true, pred, HH_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 1, 2) > 0.22 and share_pair(true, pred, 0, 1) > 0.19
    rates = class_error_rates("hunthess5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 1


def test_maizedis7_lesions_follow_the_disease_and_errors_fall_mostly_between_confused_diseases():
    nclb, gls, common, southern, eyespot, anthracnose, tar = range(7)
    x, y = set_data("maizedis7")
    median = class_medians("maizedis7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmax(median[0]) == nclb and np.argmax(median[2]) == southern  # cigars; most pustules
    assert means[13][[common, southern, tar]].min() > 0.7 and means[13][[nclb, gls]].max() < 0.1  # raised
    assert np.argmax(means[14]) == eyespot and np.argmin(median[4]) == anthracnose  # the halo; young plants
    true, pred, wrong = knn_errors("maizedis7")
    assert 0.24 < wrong.mean() < 0.31 and 0.62 < share_between(true, pred, MAIZE_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, nclb, gls) > 0.18 and share_pair(true, pred, common, southern) > 0.12
    rates = class_error_rates("maizedis7")
    assert np.argmax(rates) == tar and rates[common] < 0.25


def test_seisevt6_features_follow_the_type_and_errors_fall_mostly_between_confused_types():
    local, quarry, mining, regional, teleseism, false = range(6)
    x, y = set_data("seisevt6")
    median = class_medians("seisevt6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[10]) == teleseism and np.argmin(median[15]) == false  # far; acoustic
    assert np.argmin(median[7]) == mining and np.argmax(means[9]) == quarry  # at the mine; working days
    assert np.argmax(median[13]) == quarry and np.argmin(median[13]) == mining  # explosive; implosive
    true, pred, wrong = knn_errors("seisevt6")
    assert 0.15 < wrong.mean() < 0.21 and 0.90 <= share_between(true, pred, SEIS_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, local, mining) > 0.30 and share_pair(true, pred, local, quarry) > 0.15
    rates = class_error_rates("seisevt6")
    assert np.argmax(rates) == mining and np.argmin(rates) == regional
