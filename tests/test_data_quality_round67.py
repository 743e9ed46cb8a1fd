"""Round 67's held-out noisy-label sets (``benchmarks/data_quality_round67.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round67`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, roadside6 meets the three aims as first written and sludge6 after its one change (its
spreads widened); graf4 meets the neighbour aim (87 %) but misses the MLP aim (55.3 % test accuracy, seed 0) and
the baseline aim (its error 46.8 %); cuttest5 meets the MLP aim (60.0 %, seed 0, at its edge) and the neighbour aim
(78 %) but misses the baseline aim (53.0 %); both kept unchanged and said. The MLP is fitted once per set (one
parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round67 import (CUTTEST_CLASSES, CUTTEST_LIMITS, CUTTEST_NEIGHBOURS, CUTTEST_ROWS,
                                             GENERATORS, GRAF_CLASSES, GRAF_LIMITS, GRAF_NEIGHBOURS, GRAF_ROWS,
                                             NEIGHBOURS, ORDERED, ROADSIDE_CAUSES, ROADSIDE_NEIGHBOURS,
                                             ROADSIDE_ROWS, ROADSIDE_TABLE, ROUND67, ROUND67_GENERATORS, SHAPES,
                                             SLUDGE_CAUSES, SLUDGE_NEIGHBOURS, SLUDGE_ROWS, SLUDGE_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "graf4": [7.1, 0.0, 0.0, 0.0, 1.0, 0.0, 40.0, 2.91, 0.0, 0.0, 0.0, 0.0, 80.0, 0.0],
    "cuttest5": [0.0, 0.0, 5.0, 1.0, 740.0, 2.0, 26.3, 42.5, 8.0, 0.0, 7.1, 108.0, 0.0, 0.0],
    "sludge6": [185.0, 10.0, 0.078, 14.7, 10.2, 2.17, 3.8, 42.0, 1.4, 11.3, 0.0, 0.0, 0.0, 1.0, 6.7],
    "roadside6": [10.1, 89.0, 2.2, -11.0, 8.7, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 4.0, 250.0, 0.0, 3.0],
}


def test_round67_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND67 == ("graf4", "cuttest5", "sludge6", "roadside6") and ROUND67_GENERATORS is GENERATORS
    check_registered(67, ROUND67, GENERATORS)


def test_round67_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND67) == [4, 5, 6, 6]
    for name in ROUND67:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND67)
def test_round67_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND67)
def test_round67_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round67_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("graf4", "cuttest5") and set(NEIGHBOURS) == set(ROUND67)
    assert NEIGHBOURS["graf4"] is GRAF_NEIGHBOURS and NEIGHBOURS["cuttest5"] is CUTTEST_NEIGHBOURS
    assert NEIGHBOURS["sludge6"] is SLUDGE_NEIGHBOURS and NEIGHBOURS["roadside6"] is ROADSIDE_NEIGHBOURS
    # Graf's alpha limits; the trade's well-fermented 85 % and the author's steps below it
    assert len(GRAF_CLASSES) == len(GRAF_ROWS) == len(GRAF_LIMITS) + 1 == 4 and GRAF_LIMITS == (60, 50, 43)
    assert len(CUTTEST_CLASSES) == len(CUTTEST_ROWS) == len(CUTTEST_LIMITS) + 1 == 5
    assert CUTTEST_LIMITS == (85, 65, 45, 20)
    assert len(SLUDGE_CAUSES) == len(SLUDGE_ROWS) == len(SLUDGE_TABLE) == 6 and SLUDGE_TABLE.shape[1] == 15
    assert np.argmax(SLUDGE_TABLE[:, 0]) == 0 and np.argmax(SLUDGE_TABLE[:, 10]) == 0  # SVI; filaments
    assert np.argmax(SLUDGE_TABLE[:, 12]) == 1 and np.argmax(SLUDGE_TABLE[:, 6]) == 1  # slime; nutrient-poor
    assert np.argmax(SLUDGE_TABLE[:, 11]) == 2 and np.argmin(SLUDGE_TABLE[:, 0]) == 3  # foam; pin floc settles
    assert np.argmin(SLUDGE_TABLE[:, 9]) == 4 and np.argmax(SLUDGE_TABLE[:, 8]) == 4  # no uptake; ammonia through
    assert np.argmax(SLUDGE_TABLE[:, 5]) == 5 and np.argmax(SLUDGE_TABLE[:, 7]) == 5  # storm flow; solids lost
    assert len(ROADSIDE_CAUSES) == len(ROADSIDE_ROWS) == len(ROADSIDE_TABLE) == 6 and ROADSIDE_TABLE.shape[1] == 15
    assert np.argmax(ROADSIDE_TABLE[:, 2]) == 0 and np.argmin(ROADSIDE_TABLE[:, 3]) == 0  # old battery; cold
    assert np.argmin(ROADSIDE_TABLE[:, 9]) == 1 and np.argmax(ROADSIDE_TABLE[:, 8]) == 2  # no spare; keyless
    assert np.argmax(ROADSIDE_TABLE[:, 11]) == 3 and np.argmax(ROADSIDE_TABLE[:, 10]) == 4  # long trip; warning
    assert np.argmax(ROADSIDE_TABLE[:, 12]) == 4 and np.argmax(ROADSIDE_TABLE[:, 14]) == 5  # overdue; called before


@pytest.mark.parametrize("name", ROUND67)
def test_round67_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"graf4": (0.50, 0.61), "cuttest5": (0.55, 0.65), "sludge6": (0.78, 0.89),
                 "roadside6": (0.64, 0.75)}[name]  # as measured (seed 0): 55.3, 60.0, 83.2, 69.5 %
    assert low < mlp.score(b, yb) < high


def test_graf4_risk_and_examination_follow_the_type_and_errors_fall_mostly_between_adjacent_types():
    mature, immature, critical, decentred = range(4)
    x, y = set_data("graf4")
    median = class_medians("graf4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(median[0]) < 0) and np.all(np.diff(means[1]) > 0)  # the unstable scanned young; girls
    assert np.all(np.diff(means[2][:3]) > 0) and means[3][mature] < means[3][[critical, decentred]].min()  # breech
    assert np.all(np.diff(means[11]) > 0) and means[11][decentred] > 0.8  # Ortolani or Barlow at birth
    assert np.all(np.diff(means[12]) < 0) and means[13][[critical, decentred]].min() > means[13][:2].max()
    true, pred, wrong = knn_errors("graf4")
    assert 0.44 < wrong.mean() < 0.50 and 0.84 < share_between(true, pred, GRAF_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, mature, immature) > 0.45 and share_pair(true, pred, critical, decentred) > 0.17
    assert share_pair(true, pred, immature, critical) > 0.15 and share_pair(true, pred, mature, critical) > 0.08
    rates = class_error_rates("graf4")
    assert np.argmin(rates) == mature and rates[[immature, critical]].min() > rates[[mature, decentred]].max()


def test_cuttest5_fermentation_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    x, y = set_data("cuttest5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[2]) < 0) and np.all(np.diff(means[3]) < 0)  # fewer days; fewer turns
    assert np.all(np.diff(means[7]) < 0) and np.all(np.diff(means[12]) < 0)  # a cooler mass; fewer certified
    share = np.array([[np.mean(x[y == c, j] == v) for c in range(5)] for j, v in ((0, 2), (0, 3), (1, 0))])
    assert np.all(np.diff(share[0]) > 0) and share[1][0] > share[1][3:].max()  # CCN-51 purple; Nacional browns
    assert np.all(np.diff(share[2]) < 0) and np.all(np.diff(means[9]) > 0)  # boxes; a fuel-fired dryer
    true, pred, wrong = knn_errors("cuttest5")
    assert 0.51 < wrong.mean() < 0.55 and 0.75 < share_between(true, pred, CUTTEST_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, 0, 1) > 0.24 and share_pair(true, pred, 1, 2) > 0.18
    assert share_pair(true, pred, 2, 3) > 0.15 and share_pair(true, pred, 3, 4) > 0.1
    assert share_pair(true, pred, 1, 3) > 0.06  # two grades apart
    rates = class_error_rates("cuttest5")
    assert np.argmin(rates) == 0 and rates[[2, 3]].min() > rates[[0, 1, 4]].max()


def test_sludge6_plant_records_follow_the_cause_and_errors_fall_between_confused_causes():
    filamentous, viscous, foaming, pinfloc, toxic, washout = range(6)
    x, y = set_data("sludge6")
    median = class_medians("sludge6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert median[0][[filamentous, viscous]].min() > median[0][[foaming, pinfloc, toxic, washout]].max()  # SVI
    assert np.argmax(means[10]) == filamentous and np.argmin(median[1]) == filamentous  # filaments; low DO
    assert np.argmax(means[12]) == viscous and np.argmax(median[6]) == viscous  # slime; nutrient-poor
    assert np.argmax(means[11]) == foaming and np.argmin(median[0]) == pinfloc  # foam; pin floc settles
    assert np.argmin(median[9]) == toxic and np.argmax(median[8]) == toxic and np.argmin(median[14]) == toxic
    assert np.argmax(median[5]) == washout and np.argmax(median[7]) == washout  # storm flow; solids lost
    true, pred, wrong = knn_errors("sludge6")
    assert 0.24 < wrong.mean() < 0.28 and 0.81 < share_between(true, pred, SLUDGE_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, filamentous, foaming) > 0.26 and share_pair(true, pred, foaming, pinfloc) > 0.11
    assert share_pair(true, pred, filamentous, viscous) > 0.09 and share_pair(true, pred, pinfloc, washout) > 0.06
    assert share_pair(true, pred, filamentous, pinfloc) > 0.02  # outside the map
    rates = class_error_rates("sludge6")
    assert np.argmin(rates) == filamentous and np.argmax(rates) == foaming


def test_roadside6_call_and_vehicle_follow_the_cause_and_errors_fall_between_confused_causes():
    battery, tyre, lockout, fuel, engine, alternator = range(6)
    x, y = set_data("roadside6")
    median = class_medians("roadside6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(means[2]) == battery and np.argmin(means[3]) == battery  # an old battery; a cold day
    assert np.argmax(means[5]) == battery and np.argmin(means[4]) == battery  # at home; the morning
    assert np.argmin(means[9]) == tyre and np.argmax(means[8]) == lockout and np.argmin(means[7]) == lockout
    assert np.argmax(median[11]) == fuel and np.argmax(means[10]) == engine  # a long trip; a warning light
    assert np.argmax(means[3]) == engine and np.argmax(median[12]) == engine  # a hot day; overdue its service
    assert np.argmax(means[14]) == alternator  # called out before
    true, pred, wrong = knn_errors("roadside6")
    assert 0.38 < wrong.mean() < 0.42 and 0.72 < share_between(true, pred, ROADSIDE_NEIGHBOURS) < 0.78
    assert share_pair(true, pred, battery, lockout) > 0.15 and share_pair(true, pred, battery, alternator) > 0.14
    assert share_pair(true, pred, tyre, fuel) > 0.12 and share_pair(true, pred, engine, alternator) > 0.08
    assert share_pair(true, pred, tyre, engine) > 0.06  # outside the map
    rates = class_error_rates("roadside6")
    assert np.argmin(rates) == battery and np.argmax(rates) == fuel
