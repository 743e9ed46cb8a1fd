"""Round 69's held-out noisy-label sets (``benchmarks/data_quality_round69.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round69`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class means and medians follow the
field, the documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code)
errs at its measured rate and mostly between the documented neighbouring classes (between adjacent classes in the
ordered sets). As measured, frost4, colic6 and paintshop6 meet the three aims (colic6 also after its one change, a
clip of the reflux at 40 L); mrs7 misses all three after its one change (MLP 55.0 % test accuracy, seed 0; its
baseline errs on 62.8 %, 58 % of the errors between adjacent grades), kept and said. The MLP is fitted once per set
(one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round69 import (COLIC_CAUSES, COLIC_NEIGHBOURS, COLIC_ROWS, COLIC_TABLE, FROST_CLASSES,
                                             FROST_GRAVEL_LIMITS, FROST_NEIGHBOURS, FROST_PI_LIMIT, FROST_ROWS,
                                             FROST_SAND_LIMITS, GENERATORS, MRS_CLASSES, MRS_NEIGHBOURS, MRS_ROWS,
                                             NEIGHBOURS, ORDERED, PAINT_CAUSES, PAINT_NEIGHBOURS, PAINT_ROWS,
                                             PAINT_TABLE, ROUND69, ROUND69_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "mrs7": [74.0, 0.0, 0.0, 4.0, 40.0, 0.0, 10.0, 1.0, 0.0, 0.0, 4.9, 0.0, 0.0, 135.0, 6.0, 0.0],
    "frost4": [5.0, 78.0, 68.0, 50.0, 30.0, 23.0, 5.0, 17.7, 1.1, 0.8, 1230.0, 0.0],
    "colic6": [10.0, 46.0, 37.9, 1.0, 1.7, 4.0, 1.0, 0.5, 0.0, 0.0, 37.0, 2.0, 1.1, 1.6, 0.0],
    "paintshop6": [25.3, 60.0, 0.34, 3.1, 4.1, 22.0, 48.0, 24.0, 5.2, 15.8, 51.0, 0.0, 0.0, 0.0, 4.0, 287.1],
}


def test_round69_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND69 == ("mrs7", "frost4", "colic6", "paintshop6") and ROUND69_GENERATORS is GENERATORS
    check_registered(69, ROUND69, GENERATORS)


def test_round69_covers_4_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND69) == [4, 6, 6, 7]
    for name in ROUND69:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND69)
def test_round69_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND69)
def test_round69_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round69_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("mrs7", "frost4") and set(NEIGHBOURS) == set(ROUND69)
    assert NEIGHBOURS["mrs7"] is MRS_NEIGHBOURS and NEIGHBOURS["frost4"] is FROST_NEIGHBOURS
    assert NEIGHBOURS["colic6"] is COLIC_NEIGHBOURS and NEIGHBOURS["paintshop6"] is PAINT_NEIGHBOURS
    assert len(MRS_CLASSES) == len(MRS_ROWS) == 7 and MRS_CLASSES[6] == "mRS 6, dead"
    # the Corps of Engineers' limits on the percentage finer than 0.02 mm, and the clays' plasticity index
    assert len(FROST_CLASSES) == len(FROST_ROWS) == 4 and FROST_GRAVEL_LIMITS == (3, 10, 20)
    assert FROST_SAND_LIMITS == (3, 15) and FROST_PI_LIMIT == 12
    assert len(COLIC_CAUSES) == len(COLIC_ROWS) == len(COLIC_TABLE) == 6 and COLIC_TABLE.shape[1] == 15
    assert np.argmax(COLIC_TABLE[:, 5]) == 0 and np.argmax(COLIC_TABLE[:, 9]) == 1  # loud gut; a firm colon
    assert np.argmax(COLIC_TABLE[:, 1]) == 3 and np.argmax(COLIC_TABLE[:, 11]) == 3  # a racing heart; lactate
    assert np.argmax(COLIC_TABLE[:, 2]) == 4 and np.argmax(COLIC_TABLE[:, 7]) == 4  # a fever; reflux
    assert np.argmax(COLIC_TABLE[:, 14]) == 5 and np.argmax(COLIC_TABLE[:, 13]) == 5  # recurrent; long
    assert len(PAINT_CAUSES) == len(PAINT_ROWS) == len(PAINT_TABLE) == 6 and PAINT_TABLE.shape[1] == 16
    assert np.argmax(PAINT_TABLE[:, 3]) == 0 and np.argmax(PAINT_TABLE[:, 13]) == 1  # particles; contamination
    assert np.argmax(PAINT_TABLE[:, 6]) == 2 and np.argmax(PAINT_TABLE[:, 11]) == 2  # a heavy clear; verticals
    assert np.argmax(PAINT_TABLE[:, 7]) == 3 and np.argmin(PAINT_TABLE[:, 10]) == 3  # stiff; a slow bell
    assert np.argmin(PAINT_TABLE[:, 8]) == 4 and np.argmin(PAINT_TABLE[:, 9]) == 4  # short flash; fast oven
    assert np.argmax(PAINT_TABLE[:, 12]) == 5 and np.argmax(PAINT_TABLE[:, 15]) == 5  # effect colours; a wide zone


@pytest.mark.parametrize("name", ROUND69)
def test_round69_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"mrs7": (0.50, 0.60), "frost4": (0.77, 0.87), "colic6": (0.60, 0.70),
                 "paintshop6": (0.70, 0.80)}[name]  # as measured (seed 0): 55.0, 81.9, 65.2, 75.1 %
    assert low < mlp.score(b, yb) < high


def test_mrs7_admission_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    x, y = set_data("mrs7")
    median = class_medians("mrs7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.all(np.diff(means[0]) > 0) and np.all(np.diff(means[2]) > 0)  # older; disabled before
    assert means[2][0] < 0.02  # a patient seldom ends better than before the stroke
    assert np.all(np.diff(means[3]) > 0) and np.all(np.diff(means[14]) > 0)  # NIHSS at admission; at 24 hours
    assert np.all(np.diff(median[14]) >= 0) and median[14][6] > 3 * median[14][0]
    assert np.all(np.diff(means[5]) > 0) and np.all(np.diff(means[6]) < 0)  # larger occlusions; lower ASPECTS
    assert np.all(np.diff(means[10]) > 0) and np.all(np.diff(means[11]) > 0)  # glucose; atrial fibrillation
    assert means[15][:4].max() == 0 and means[15][6] > 0.05  # a symptomatic haemorrhage: disabled or dead
    true, pred, wrong = knn_errors("mrs7")
    assert 0.60 < wrong.mean() < 0.65 and 0.55 < share_between(true, pred, MRS_NEIGHBOURS) < 0.61
    assert share_pair(true, pred, 0, 1) > 0.16 and share_pair(true, pred, 1, 2) > 0.12
    assert share_pair(true, pred, 3, 4) > 0.08 and share_pair(true, pred, 2, 3) > 0.07
    assert share_pair(true, pred, 1, 3) > 0.07 and share_pair(true, pred, 4, 6) > 0.05  # two apart
    rates = class_error_rates("mrs7")
    assert rates[[0, 6]].max() < 0.40 and rates[[2, 5]].min() > 0.85  # the ends least, the middle and mRS 5 most


def test_frost4_index_tests_follow_the_group_and_errors_fall_mostly_between_adjacent_groups():
    x, y = set_data("frost4")
    median = class_medians("frost4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(median[1]) > 0) and np.all(np.diff(median[4]) > 0)  # less gravel; more fines
    assert np.all(np.diff(means[3]) > 0) and np.all(np.diff(means[7]) > 0)  # finer sand; wetter
    assert np.argmax(means[6]) == 2 and median[6][0] == 0  # the plastic clays F3; the clean gravels non-plastic
    share = np.array([[np.mean(x[y == c, 0] == v) for c in range(4)] for v in (0, 4)])
    assert np.argmax(share[0]) == 0 and np.argmax(share[1]) == 3  # outwash gravels F1; loess F4
    assert np.argmax(means[11]) == 3  # a varved clay is F4 whatever its plasticity
    true, pred, wrong = knn_errors("frost4")
    assert 0.20 < wrong.mean() < 0.24 and 0.94 < share_between(true, pred, FROST_NEIGHBOURS) < 0.98
    assert share_pair(true, pred, 1, 2) > 0.35 and share_pair(true, pred, 0, 1) > 0.27
    assert share_pair(true, pred, 2, 3) > 0.25 and share_pair(true, pred, 1, 3) > 0.02  # two apart
    rates = class_error_rates("frost4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 1


def test_colic6_examination_follows_the_diagnosis_and_errors_fall_between_confused_diagnoses():
    spasmodic, impaction, displacement, strangulating, enteritis, ulcers = range(6)
    x, y = set_data("colic6")
    median = class_medians("colic6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[1]) == strangulating and np.argmax(median[11]) == strangulating  # heart; lactate
    assert np.argmax(means[8]) == strangulating and np.argmin(means[5]) == strangulating  # loops; a silent gut
    assert np.argmax(median[2]) == enteritis and np.argmax(median[7]) == enteritis  # a fever; reflux
    assert np.argmax(median[10]) == enteritis  # a high PCV
    assert np.argmax(means[9]) == impaction and median[13][impaction] > median[13][spasmodic]  # a firm colon; longer
    assert np.argmax(means[5]) in (spasmodic, ulcers) and np.argmin(median[13]) == spasmodic  # loud gut; brief
    assert np.argmax(median[13]) == ulcers and np.argmax(means[14]) == ulcers and np.argmin(median[0]) == ulcers
    true, pred, wrong = knn_errors("colic6")
    assert 0.37 < wrong.mean() < 0.41 and 0.87 < share_between(true, pred, COLIC_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, spasmodic, ulcers) > 0.21 and share_pair(true, pred, spasmodic, impaction) > 0.16
    assert share_pair(true, pred, impaction, displacement) > 0.14
    assert share_pair(true, pred, spasmodic, displacement) > 0.12
    assert share_pair(true, pred, strangulating, enteritis) > 0.10
    assert share_pair(true, pred, impaction, ulcers) > 0.04  # outside the map
    rates = class_error_rates("colic6")
    assert np.argmin(rates) == strangulating and np.argmax(rates) == displacement


def test_paintshop6_booth_and_oven_records_follow_the_cause_and_errors_fall_between_confused_causes():
    dirt, crater, run, peel, pop, mottle = range(6)
    x, y = set_data("paintshop6")
    median = class_medians("paintshop6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[3]) == dirt and np.argmax(median[4]) == dirt  # particles; a booth long uncleaned
    assert np.argmax(means[13]) == crater  # a contamination on record
    assert np.argmax(median[6]) == run and np.argmax(means[11]) == run and np.argmax(median[1]) == run
    assert np.argmax(median[7]) == peel and np.argmin(median[10]) == peel and np.argmax(median[0]) == peel
    assert np.argmin(median[8]) == pop and np.argmin(median[9]) == pop and np.argmax(median[14]) == pop
    assert np.argmax(means[12]) == mottle and np.argmax(median[5]) == mottle and np.argmax(median[15]) == mottle
    assert median[15][[dirt, crater, pop]].max() < 2 < 10 < median[15][[run, peel, mottle]].min()  # spots, zones
    true, pred, wrong = knn_errors("paintshop6")
    assert 0.32 < wrong.mean() < 0.37 and 0.67 < share_between(true, pred, PAINT_NEIGHBOURS) < 0.73
    assert share_pair(true, pred, dirt, crater) > 0.25 and share_pair(true, pred, dirt, pop) > 0.10
    assert share_pair(true, pred, run, mottle) > 0.07 and share_pair(true, pred, crater, pop) > 0.06
    assert share_pair(true, pred, peel, mottle) > 0.05
    assert share_pair(true, pred, dirt, run) > 0.10  # outside the map
    rates = class_error_rates("paintshop6")
    assert np.argmin(rates) == peel and np.argmax(rates) == crater
