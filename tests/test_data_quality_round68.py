"""Round 68's held-out noisy-label sets (``benchmarks/data_quality_round68.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round68`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent classes in the
ordered sets). As measured, kst5, poolwater6 and refalarm6 meet the three aims as first written; dxa4 meets the
neighbour aim (73 %) but misses the MLP aim (54.0 % test accuracy, seed 0, after its one change) and the baseline
aim (its error 53.0 %), kept and said. The MLP is fitted once per set (one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round68 import (DXA_CLASSES, DXA_LIMITS, DXA_NEIGHBOURS, DXA_ROWS, GENERATORS,
                                             KST_CLASSES, KST_LIMITS, KST_NEIGHBOURS, KST_ROWS, NEIGHBOURS, ORDERED,
                                             POOL_CAUSES, POOL_NEIGHBOURS, POOL_ROWS, POOL_TABLE, REFALARM_CAUSES,
                                             REFALARM_NEIGHBOURS, REFALARM_ROWS, REFALARM_TABLE, ROUND68,
                                             ROUND68_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "dxa4": [64.0, 1.0, 21.8, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 3.5, 0.0, 0.0, 0.0],
    "kst5": [0.0, 37.0, 75.0, 9.8, 69.0, 2.9, 220.0, 19.4, 0.0, 0.0, 1.0, 0.0],
    "poolwater6": [1.7, 0.4, 8.2, 140.0, 350.0, 60.0, 28.0, 1470.0, 0.05, 39.0, 6.0, 6.0, 0.0, 1.0, 0.0],
    "refalarm6": [0.0, 0.0, 7.3, 2.9, 7.4, 0.0, 6.0, 0.0, 31.2, 4.8, 46.0, 0.0, 1.0, 85.0, 2.0],
}


def test_round68_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND68 == ("dxa4", "kst5", "poolwater6", "refalarm6") and ROUND68_GENERATORS is GENERATORS
    check_registered(68, ROUND68, GENERATORS)


def test_round68_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND68) == [4, 5, 6, 6]
    for name in ROUND68:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND68)
def test_round68_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND68)
def test_round68_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round68_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("dxa4", "kst5") and set(NEIGHBOURS) == set(ROUND68)
    assert NEIGHBOURS["dxa4"] is DXA_NEIGHBOURS and NEIGHBOURS["kst5"] is KST_NEIGHBOURS
    assert NEIGHBOURS["poolwater6"] is POOL_NEIGHBOURS and NEIGHBOURS["refalarm6"] is REFALARM_NEIGHBOURS
    # the WHO T-score limits (a fourth class for an osteoporotic scan with a fragility fracture); the St classes
    assert len(DXA_CLASSES) == len(DXA_ROWS) == len(DXA_LIMITS) + 2 == 4 and DXA_LIMITS == (-1.0, -2.5)
    assert len(KST_CLASSES) == len(KST_ROWS) == len(KST_LIMITS) + 1 == 5 and KST_LIMITS == (0, 100, 200, 300)
    assert len(POOL_CAUSES) == len(POOL_ROWS) == len(POOL_TABLE) == 6 and POOL_TABLE.shape[1] == 15
    assert np.argmin(POOL_TABLE[:, 0]) == 0 and np.argmax(POOL_TABLE[:, 7]) == 0  # no chlorine; phosphate
    assert np.argmax(POOL_TABLE[:, 1]) == 1 and np.argmax(POOL_TABLE[:, 11]) == 1  # combined chlorine; bathers
    assert np.argmin(POOL_TABLE[:, 2]) == 2 and np.argmin(POOL_TABLE[:, 3]) == 2  # a low pH; a low alkalinity
    assert np.argmax(POOL_TABLE[:, 9]) == 3 and np.argmin(POOL_TABLE[:, 10]) == 3  # a dirty filter; short runs
    assert np.argmax(POOL_TABLE[:, 8]) == 4 and np.argmax(POOL_TABLE[:, 14]) == 4  # copper and iron; a well
    assert np.argmax(POOL_TABLE[:, 4]) == 5 and np.argmax(POOL_TABLE[:, 2]) == 5  # hard water; a high pH
    assert len(REFALARM_CAUSES) == len(REFALARM_ROWS) == len(REFALARM_TABLE) == 6
    assert REFALARM_TABLE.shape[1] == 15 and np.argmax(REFALARM_TABLE[:, 5]) == 0  # in trading hours
    assert np.argmax(REFALARM_TABLE[:, 6]) == 1 and np.argmax(REFALARM_TABLE[:, 12]) == 1  # no defrost; ice
    assert np.argmax(REFALARM_TABLE[:, 8]) == 2 and np.argmin(REFALARM_TABLE[:, 9]) == 2  # no air; flooded
    assert np.argmax(REFALARM_TABLE[:, 11]) == 3 and np.argmax(REFALARM_TABLE[:, 4]) == 3  # the circuit; slow
    assert np.argmin(REFALARM_TABLE[:, 4]) == 5 and np.argmax(REFALARM_TABLE[:, 14]) == 5  # a jump; again


@pytest.mark.parametrize("name", ROUND68)
def test_round68_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"dxa4": (0.49, 0.59), "kst5": (0.62, 0.72), "poolwater6": (0.64, 0.74),
                 "refalarm6": (0.66, 0.76)}[name]  # as measured (seed 0): 54.0, 66.9, 68.8, 71.0 %
    assert low < mlp.score(b, yb) < high


def test_dxa4_risk_factors_follow_the_category_and_errors_fall_mostly_between_adjacent_categories():
    normal, osteopenia, osteoporosis, severe = range(4)
    x, y = set_data("dxa4")
    median = class_medians("dxa4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(means[0]) > 0) and np.all(np.diff(means[1]) > 0)  # older; more women
    assert np.all(np.diff(means[2][:3]) < 0) and means[2][severe] < means[2][osteopenia]  # a lighter body
    assert means[3][osteoporosis] == 0 and means[3][severe] > 0.5  # a known fracture makes it severe
    assert np.all(np.diff(means[6]) > 0) and np.all(np.diff(means[9]) > 0)  # glucocorticoids; secondary causes
    assert means[10][severe] > means[10][:3].max() + 1 and median[10][severe] > median[10][:3].max()  # height lost
    assert means[12][[osteoporosis, severe]].min() > means[12][[normal, osteopenia]].max()  # an early menopause
    true, pred, wrong = knn_errors("dxa4")
    assert 0.51 < wrong.mean() < 0.55 and 0.70 < share_between(true, pred, DXA_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, normal, osteopenia) > 0.40 and share_pair(true, pred, osteopenia, osteoporosis) > 0.23
    assert share_pair(true, pred, osteopenia, severe) > 0.12 and share_pair(true, pred, normal, osteoporosis) > 0.07
    rates = class_error_rates("dxa4")
    assert np.argmin(rates) == normal and np.argmax(rates) == osteoporosis


def test_kst5_sample_records_follow_the_class_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("kst5")
    median = class_medians("kst5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[1]) < 0) and np.all(np.diff(means[2]) > 0)  # finer; more fines
    assert np.all(np.diff(means[3]) < 0) and np.all(np.diff(means[5]) < 0)  # drier; less inert
    assert np.all(np.diff(means[7]) > 0) and np.all(np.diff(means[11][1:]) > 0)  # more heat; more fires on record
    share = np.array([[np.mean(x[y == c, j] == v) for c in range(5)] for j, v in ((0, 4), (8, 2), (8, 1))])
    assert np.argmax(share[0]) == 4 and np.argmax(share[1]) == 0  # the metals; the sweepings
    assert np.argmin(share[2]) == 0 and np.all(np.diff(means[10]) < 0)  # collector fines; fibrous dust
    true, pred, wrong = knn_errors("kst5")
    assert 0.36 < wrong.mean() < 0.40 and 0.87 < share_between(true, pred, KST_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 2, 3) > 0.30 and share_pair(true, pred, 1, 2) > 0.22
    assert share_pair(true, pred, 3, 4) > 0.17 and share_pair(true, pred, 0, 1) > 0.07
    assert share_pair(true, pred, 2, 4) > 0.03  # two classes apart
    rates = class_error_rates("kst5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_poolwater6_water_test_follows_the_cause_and_errors_fall_between_confused_causes():
    algae, chloramine, drift, filtration, metal, scaling = range(6)
    x, y = set_data("poolwater6")
    median = class_medians("poolwater6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[0]) == algae and np.argmax(median[7]) == algae and np.argmax(median[5]) == algae
    assert np.argmax(median[1]) == chloramine and np.argmax(median[11]) == chloramine  # combined; bathers
    assert np.argmax(means[12]) == chloramine  # indoor
    assert np.argmin(median[2]) == drift and np.argmin(median[3]) == drift  # a low pH and alkalinity
    assert np.argmax(median[9]) == filtration and np.argmin(median[10]) == filtration  # a dirty filter; short runs
    assert np.argmax(median[8]) == metal and np.argmax(means[14]) == metal  # copper and iron; a well's water
    assert np.argmax(median[4]) == scaling and np.argmax(median[2]) == scaling and np.argmax(means[13]) == scaling
    true, pred, wrong = knn_errors("poolwater6")
    assert 0.33 < wrong.mean() < 0.37 and 0.80 < share_between(true, pred, POOL_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, algae, filtration) > 0.22 and share_pair(true, pred, drift, metal) > 0.15
    assert share_pair(true, pred, algae, chloramine) > 0.08 and share_pair(true, pred, filtration, scaling) > 0.06
    assert share_pair(true, pred, algae, scaling) > 0.05  # outside the map
    rates = class_error_rates("poolwater6")
    assert np.argmin(rates) == algae and np.argmax(rates) == metal


def test_refalarm6_log_and_call_follow_the_cause_and_errors_fall_between_confused_causes():
    door, defrost, fan, leak, valve, sensor = range(6)
    x, y = set_data("refalarm6")
    median = class_medians("refalarm6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(means[1]) == door and np.argmax(means[5]) == door  # open cases; trading hours
    assert np.argmax(median[6]) == defrost and np.argmax(means[7]) == defrost and np.argmax(means[12]) == defrost
    assert np.argmin(median[9]) == fan and np.argmin(median[10]) == fan and np.argmax(means[3]) == fan
    assert np.argmax(median[4]) == leak and np.argmax(means[11]) == leak and np.argmax(median[9]) == leak
    assert median[9][valve] > median[9][[door, defrost, fan, sensor]].max()  # a starved coil
    assert np.argmin(median[4]) == sensor and np.argmax(means[14]) == sensor  # a jump; alarms again and again
    true, pred, wrong = knn_errors("refalarm6")
    assert 0.37 < wrong.mean() < 0.42 and 0.65 < share_between(true, pred, REFALARM_NEIGHBOURS) < 0.71
    assert share_pair(true, pred, door, sensor) > 0.20 and share_pair(true, pred, defrost, fan) > 0.11
    assert share_pair(true, pred, leak, valve) > 0.06 and share_pair(true, pred, door, leak) > 0.06
    assert share_pair(true, pred, door, valve) > 0.09  # outside the map
    rates = class_error_rates("refalarm6")
    assert np.argmin(rates) == door and np.argmax(rates) == valve
