"""Round 72's held-out noisy-label sets (``benchmarks/data_quality_round72.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round72`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, tanner5 meets the aims (its baseline errs on 29.8 %, its MLP 75.0 % test with seed 0); ecog5 (49.8 %,
its MLP 52.1 %) and moth7 (45.0 %, its MLP 65.2 %) miss the baseline's aim and wafer8 (8.4 %, its MLP 96.1 %, after
its one change) is easier than the aims, kept and said. The MLP is fitted once per set (one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round72 import (ECOG_BASIS, ECOG_CLASSES, ECOG_LIMITS, ECOG_NEIGHBOURS, ECOG_ROWS,
                                             GENERATORS, MOTH_NEIGHBOURS, MOTH_ROWS, MOTH_SPECIES, MOTH_TABLE,
                                             NEIGHBOURS, ORDERED, ROUND72, ROUND72_GENERATORS, SHAPES,
                                             TANNER_CLASSES, TANNER_EXAM, TANNER_LIMITS, TANNER_NEIGHBOURS,
                                             TANNER_ROWS, WAFER_NEIGHBOURS, WAFER_PATTERNS, WAFER_ROWS, WAFER_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "tanner5": [0.0, 15.4, 166.8, 0.8, 24.6, 14.4, 7.52, 3.5, 46.0, 29.0, 402.0, 2.8, 11.7, 0.0],
    "ecog5": [46.0, 1.0, 2.0, 3.0, 1.0, 34.0, 13.1, 40.0, 4.5, 2.7, 29.8, 1810.0, 49.0, 0.0, 1.0, 0.0],
    "wafer8": [4.3, 0.53, 0.24, 13.0, 22.0, 0.59, 40.0, 1.0, 2.3, 2.18, 515.0, 93.0, 18.0, 35.0, 0.0, 0.0],
    "moth7": [15.8, 2.26, 70.0, 0.0, 1.0, 1.0, 0.0, -0.06, 1.0, 222.0, 13.6, 1.0, 0.0, 0.0, 53.7, 114.0],
}


def test_round72_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND72 == ("tanner5", "ecog5", "wafer8", "moth7") and ROUND72_GENERATORS is GENERATORS
    check_registered(72, ROUND72, GENERATORS)


def test_round72_covers_5_7_and_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND72) == [5, 5, 7, 8]
    for name in ROUND72:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND72)
def test_round72_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND72)
def test_round72_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round72_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("tanner5", "ecog5") and set(NEIGHBOURS) == set(ROUND72)
    assert NEIGHBOURS["tanner5"] is TANNER_NEIGHBOURS and NEIGHBOURS["ecog5"] is ECOG_NEIGHBOURS
    assert NEIGHBOURS["wafer8"] is WAFER_NEIGHBOURS and NEIGHBOURS["moth7"] is MOTH_NEIGHBOURS
    assert len(TANNER_CLASSES) == len(TANNER_ROWS) == 5 and TANNER_LIMITS == (2.0, 3.0, 4.0, 5.0)
    assert len(TANNER_EXAM) == 3 and TANNER_CLASSES[0].startswith("stage I ")
    assert len(ECOG_CLASSES) == len(ECOG_ROWS) == 5 and ECOG_LIMITS == (0.5, 1.5, 2.5, 3.5) and len(ECOG_BASIS) == 4
    assert len(WAFER_PATTERNS) == len(WAFER_ROWS) == len(WAFER_TABLE) == 8 and WAFER_TABLE.shape[1] == 16
    assert np.argmin(WAFER_TABLE[:, 1]) == 0 and np.argmax(WAFER_TABLE[:, 3]) == 0  # the centre
    assert np.argmax(WAFER_TABLE[:, 4]) == 3 and np.argmax(WAFER_TABLE[:, 0]) == 5  # the edge-ring; near-full
    assert np.argmax(WAFER_TABLE[:, 7]) == 6 and np.argmax(WAFER_TABLE[:, 9]) == 7  # random's clusters; a line
    assert len(MOTH_SPECIES) == len(MOTH_ROWS) == len(MOTH_TABLE) == 7 and MOTH_TABLE.shape[1] == 16
    assert np.argmax(MOTH_TABLE[:, 0]) == 4 and np.argmax(MOTH_TABLE[:, 4]) == 0  # the largest; the orange tuft
    assert np.argmax(MOTH_TABLE[:, 12]) == 6 and MOTH_TABLE[4:, 9].min() > MOTH_TABLE[:4, 9].max()  # coast; late


@pytest.mark.parametrize("name", ROUND72)
def test_round72_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"tanner5": (0.70, 0.80), "ecog5": (0.47, 0.57), "wafer8": (0.91, 0.99),
                 "moth7": (0.60, 0.70)}[name]  # as measured (seed 0): 75.0, 52.1, 96.1, 65.2 %
    assert low < mlp.score(b, yb) < high


def test_tanner5_clinic_records_follow_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("tanner5")
    for j in (1, 5, 6, 10):  # the age, the bone age, LH, IGF-1
        assert np.all(np.diff(median[j]) > 0)
    assert np.argmax(median[3][:3]) > 0 and median[3][4] < 1.5  # the growth spurt mid-puberty, then little growth
    true, pred, wrong = knn_errors("tanner5")
    assert 0.27 < wrong.mean() < 0.33 and share_between(true, pred, TANNER_NEIGHBOURS) > 0.94
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 3, 4) > 0.22
    rates = class_error_rates("tanner5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2


def test_ecog5_record_follows_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("ecog5")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[7]) < 0)  # older; a lower albumin
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[9]) > 0)  # CRP; weight loss
    assert np.all(np.diff(median[11]) < 0) and median[11][0] > 5 * median[11][4]  # the steps
    assert np.all(np.diff(median[12]) < 0)  # the PROMIS physical function
    true, pred, wrong = knn_errors("ecog5")
    assert 0.47 < wrong.mean() < 0.53 and 0.85 < share_between(true, pred, ECOG_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 0, 1) > 0.25 and share_pair(true, pred, 1, 2) > 0.25
    rates = class_error_rates("ecog5")
    assert np.argmin(rates) == 0


def test_wafer8_map_summaries_follow_the_pattern_and_errors_fall_between_confused_patterns():
    center, donut, edgeloc, edgering, loc, nearfull, random, scratch = range(8)
    median = class_medians("wafer8")
    assert np.argmin(median[1]) == center and np.argmax(median[3]) == center  # the fails at the middle
    assert median[1][[edgeloc, edgering]].min() > median[1][[center, donut, loc]].max()  # at the edge
    assert np.argmax(median[0]) == nearfull and np.argmin(median[11]) == nearfull  # a poor lot
    assert np.argmax(median[7]) == random and np.argmax(median[8]) == scratch  # many clusters; a line
    true, pred, wrong = knn_errors("wafer8")
    assert 0.06 < wrong.mean() < 0.11 and 0.72 < share_between(true, pred, WAFER_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, center, donut) > 0.12 and share_pair(true, pred, edgeloc, edgering) > 0.10
    rates = class_error_rates("wafer8")
    assert np.argmax(rates) == donut


def test_moth7_measures_follow_the_species_and_errors_fall_between_confused_species():
    strigilis, versicolor, latruncula, fasciuncula, secalis, didyma, furuncula = range(7)
    x, y = set_data("moth7")
    median = class_medians("moth7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmax(median[0]) == secalis and median[0][didyma] > median[0][[0, 1, 2, 3, 6]].max()  # the size
    assert np.argmax(means[4]) == strigilis and np.argmax(means[3]) == strigilis  # the tuft; the pale band
    assert np.argmin(median[2]) == latruncula and np.argmax(means[12]) == furuncula  # blackish; the coast
    assert median[9][[secalis, didyma, furuncula]].min() > median[9][:4].max()  # late summer
    true, pred, wrong = knn_errors("moth7")
    assert 0.42 < wrong.mean() < 0.48 and 0.78 < share_between(true, pred, MOTH_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, secalis, didyma) > 0.20 and share_pair(true, pred, strigilis, latruncula) > 0.12
    rates = class_error_rates("moth7")
    assert np.argmax(rates) == versicolor
