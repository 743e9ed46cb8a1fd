"""Round 73's held-out noisy-label sets (``benchmarks/data_quality_round73.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round73`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, shipeng7 meets the aims (its baseline errs on 27.1 %, its MLP 79.1 % test with seed 0); gos5 (42.6 %,
its MLP 62.1 %) and nestpred6 (44.8 %, its MLP 64.1 %) miss the baseline's aim, mallampati4 (62.0 %, its MLP 41.1 %)
misses both, kept and said. The MLP is fitted once per set (one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round73 import (ENGINE_FAULTS, ENGINE_NEIGHBOURS, ENGINE_ROWS, ENGINE_TABLE, GENERATORS,
                                             GOS_BASIS, GOS_CLASSES, GOS_LIMITS, GOS_NEIGHBOURS, GOS_ROWS,
                                             MALLAMPATI_CLASSES, MALLAMPATI_LIMITS, MALLAMPATI_NEIGHBOURS,
                                             MALLAMPATI_ROWS, MALLAMPATI_VIEW, NEIGHBOURS, NEST_NEIGHBOURS,
                                             NEST_PREDATORS, NEST_ROWS, NEST_TABLE, ORDERED, ROUND73,
                                             ROUND73_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "gos5": [59.0, 1.0, 4.0, 2.0, 1.0, 5.0, 1.0, 0.0, 5.3, 1.0, 0.0, 6.8, 11.4, 1.0, 1.0],
    "mallampati4": [40.0, 1.0, 169.0, 35.8, 41.4, 7.5, 13.3, 5.5, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0],
    "nestpred6": [0.9, 64.0, 13.0, 80.0, 123.0, 0.0, 3.6, 0.0, 3.0, 96.0, 3.4, 1.0, 0.0, 1.0, 0.0, 24.2],
    "shipeng7": [92.3, 4.5, 345.0, 5.0, 18.0, -0.7, 4.2, 46.0, 198.0, 1.9, 8.6, 76.0, 60.0, 9500.0, 1.0, 19.7],
}


def test_round73_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND73 == ("gos5", "mallampati4", "nestpred6", "shipeng7") and ROUND73_GENERATORS is GENERATORS
    check_registered(73, ROUND73, GENERATORS)


def test_round73_covers_4_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND73) == [4, 5, 6, 7]
    for name in ROUND73:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND73)
def test_round73_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND73)
def test_round73_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round73_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("gos5", "mallampati4") and set(NEIGHBOURS) == set(ROUND73)
    assert NEIGHBOURS["gos5"] is GOS_NEIGHBOURS and NEIGHBOURS["mallampati4"] is MALLAMPATI_NEIGHBOURS
    assert NEIGHBOURS["nestpred6"] is NEST_NEIGHBOURS and NEIGHBOURS["shipeng7"] is ENGINE_NEIGHBOURS
    assert len(GOS_CLASSES) == len(GOS_ROWS) == 5 and GOS_LIMITS == (1.5, 2.5, 3.5, 4.5) and len(GOS_BASIS) == 5
    assert len(MALLAMPATI_CLASSES) == len(MALLAMPATI_ROWS) == 4 and MALLAMPATI_LIMITS == (1.5, 2.5, 3.5)
    assert len(MALLAMPATI_VIEW) == 4 and MALLAMPATI_CLASSES[0].startswith("I ")
    assert len(NEST_PREDATORS) == len(NEST_ROWS) == len(NEST_TABLE) == 6 and NEST_TABLE.shape[1] == 16
    assert np.argmax(NEST_TABLE[:, 5]) == 1 and np.argmin(NEST_TABLE[:, 3]) == 4  # raccoons at night; cats at houses
    assert np.argmax(NEST_TABLE[:, 10]) == 3 and np.argmin(NEST_TABLE[:, 11]) == 0  # mice slow; snakes leave nothing
    assert len(ENGINE_FAULTS) == len(ENGINE_ROWS) == len(ENGINE_TABLE) == 7 and ENGINE_TABLE.shape[1] == 16
    assert np.argmin(ENGINE_TABLE[:, 5]) == 1 and np.argmax(ENGINE_TABLE[:, 8]) == 2  # a slow turbo; the cooler's drop
    assert np.argmax(ENGINE_TABLE[:, 9]) == 3 and np.argmax(ENGINE_TABLE[:, 12]) == 4  # compression lost; blow-by
    assert np.argmax(ENGINE_TABLE[:, 11]) == 5 and np.argmin(ENGINE_TABLE[:, 3]) == 6  # hot jacket; a cold unit


@pytest.mark.parametrize("name", ROUND73)
def test_round73_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"gos5": (0.57, 0.67), "mallampati4": (0.36, 0.46), "nestpred6": (0.59, 0.69),
                 "shipeng7": (0.74, 0.84)}[name]  # as measured (seed 0): 62.1, 41.1, 64.1, 79.1 %
    assert low < mlp.score(b, yb) < high


def test_gos5_admission_record_follows_the_outcome_and_errors_fall_mostly_between_adjacent_categories():
    median = class_medians("gos5")
    assert median[0][0] > median[0][4] + 10 and np.all(np.diff(median[2]) > 0)  # older; the GCS
    assert np.all(np.diff(median[3]) >= 0) and median[3][4] > median[3][0]  # the motor score
    assert np.all(np.diff(median[8]) <= 0) and np.all(np.diff(median[11]) < 0)  # the midline shift; glucose
    assert np.argmax(median[13]) == 1  # the vegetative stay longest in the ICU (the dead leave it early)
    true, pred, wrong = knn_errors("gos5")
    assert 0.39 < wrong.mean() < 0.46 and 0.63 < share_between(true, pred, GOS_NEIGHBOURS) < 0.75
    assert share_pair(true, pred, 3, 4) > 0.27 and share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("gos5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 1


def test_mallampati4_bedside_record_follows_the_class_and_errors_fall_mostly_between_adjacent_classes():
    median = class_medians("mallampati4")
    assert np.all(np.diff(median[3]) > 0) and np.all(np.diff(median[4]) > 0)  # the BMI; the neck
    assert np.all(np.diff(median[5]) < 0) and np.all(np.diff(median[7]) < 0)  # the thyromental gap; the mouth
    true, pred, wrong = knn_errors("mallampati4")
    assert 0.58 < wrong.mean() < 0.66 and 0.71 < share_between(true, pred, MALLAMPATI_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, 1, 2) > 0.25 and share_pair(true, pred, 0, 1) > 0.20
    rates = class_error_rates("mallampati4")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 1


def test_nestpred6_remains_follow_the_predator_and_errors_fall_mostly_between_confused_groups():
    snakes, meso, corvids, rodents, cats, squirrels = range(6)
    x, y = set_data("nestpred6")
    median = class_medians("nestpred6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(means[5]) == meso and means[5][[corvids, squirrels]].max() < 0.2  # at night; by day
    assert np.argmin(median[3]) == cats and np.argmax(median[10]) == rodents  # near houses; slow, over nights
    assert np.argmin(means[11]) == snakes and np.argmax(means[13]) == cats  # no remains; the adult taken
    true, pred, wrong = knn_errors("nestpred6")
    assert 0.41 < wrong.mean() < 0.49 and 0.59 < share_between(true, pred, NEST_NEIGHBOURS) < 0.71
    assert share_pair(true, pred, snakes, corvids) > 0.13 and share_pair(true, pred, meso, cats) > 0.08
    rates = class_error_rates("nestpred6")
    assert np.argmax(rates) == cats and np.argmin(rates) == meso


def test_shipeng7_readings_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    injector, turbo, cooler, valve, rings, cooling, pump = range(7)
    median = class_medians("shipeng7")
    assert np.argmin(median[5]) == turbo and np.argmin(median[6]) == turbo  # a slow turbo, less scavenge air
    assert np.argmax(median[7]) == cooler and np.argmax(median[8]) == cooler  # hot air, a high drop
    assert np.argmax(median[12]) == rings and np.argmax(median[13]) == rings  # blow-by; long hours
    assert np.argmax(median[11]) == cooling and np.argmin(median[3]) == pump  # a hot jacket; a cold unit
    true, pred, wrong = knn_errors("shipeng7")
    assert 0.24 < wrong.mean() < 0.30 and 0.73 < share_between(true, pred, ENGINE_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, valve, rings) > 0.17 and share_pair(true, pred, turbo, cooler) > 0.10
    rates = class_error_rates("shipeng7")
    assert np.argmax(rates) == valve and np.argmin(rates) == turbo
