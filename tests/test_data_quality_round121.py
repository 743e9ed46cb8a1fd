"""Round 121's held-out noisy-label sets (``benchmarks/data_quality_round121.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round121`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: cardamom4 (its baseline errs on 30.8 %; MLP 79.3 % test with seed 0), leather5 (53.0 %; 67.9 %, after
its one change: the baseline misses the aim, kept and said), dialysis6 (37.4 %; 63.9 %) and autoclave6 (33.1 %;
68.8 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each
built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round121 import (AUTOCLAVE_CLASSES, AUTOCLAVE_EVENT, AUTOCLAVE_MAKE,
                                              AUTOCLAVE_NEIGHBOURS, AUTOCLAVE_ROWS, AUTOCLAVE_SUPPLY,
                                              AUTOCLAVE_TABLE, CARDAMOM_CLASSES, CARDAMOM_GRADING, CARDAMOM_LIMITS,
                                              CARDAMOM_NEIGHBOURS, CARDAMOM_RETAINED, CARDAMOM_ROWS,
                                              DIALYSIS_ALARM, DIALYSIS_CLASSES, DIALYSIS_COMPLAINT, DIALYSIS_MAKE,
                                              DIALYSIS_NEIGHBOURS, DIALYSIS_ROWS, DIALYSIS_TABLE, GENERATORS,
                                              LEATHER_CLASSES, LEATHER_GRADING, LEATHER_LIMITS, LEATHER_NEIGHBOURS,
                                              LEATHER_ROWS, NEIGHBOURS, ORDERED, ROUND121, ROUND121_GENERATORS,
                                              SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "cardamom4": [0.0, 1120.0, 0.0, 7.0, 0.0, 20.5, 10.7, 7.27, 20.5, 2.4, 4.0, 7.6],
    "leather5": [0.0, 1.0, 1.0, 4.0, 0.0, 1.5, 52.3, 4.4, 30.4, 1.0, 160.0, 34.0, 1.0, 1.0],
    "dialysis6": [2.0, 1.0, 0.0, 17.0, 789.0, 0.28, 0.25, 26.0, 2.7, 1.9, 2.0, 7.0, 6.0],
    "autoclave6": [3.0, 0.0, 2.0, 19.6, 2811.0, 1.24, 50.0, 224.0, 1.3, 0.8, 12.0, 0.2, 9.0],
}


def test_round121_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND121 == ("cardamom4", "leather5", "dialysis6", "autoclave6") and ROUND121_GENERATORS is GENERATORS
    check_registered(121, ROUND121, GENERATORS)


def test_round121_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND121] == [4, 5, 6, 6]
    for name in ROUND121:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND121)
def test_round121_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND121)
def test_round121_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round121_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("cardamom4", "leather5") and set(NEIGHBOURS) == set(ROUND121)
    assert NEIGHBOURS["cardamom4"] is CARDAMOM_NEIGHBOURS and NEIGHBOURS["leather5"] is LEATHER_NEIGHBOURS
    assert NEIGHBOURS["dialysis6"] is DIALYSIS_NEIGHBOURS and NEIGHBOURS["autoclave6"] is AUTOCLAVE_NEIGHBOURS
    assert len(CARDAMOM_CLASSES) == len(CARDAMOM_ROWS) == len(CARDAMOM_LIMITS) == 4 and CARDAMOM_RETAINED == 0.9
    assert np.all(np.diff(CARDAMOM_LIMITS, axis=0) < 0)  # each grade down: a smaller sieve, a lighter litre
    assert len(LEATHER_CLASSES) == len(LEATHER_ROWS) == len(LEATHER_LIMITS) == 5 and LEATHER_LIMITS.shape == (5, 2)
    assert np.all(np.diff(LEATHER_LIMITS[:, 0]) < 0) and np.all(np.diff(LEATHER_LIMITS[:, 1]) > 0)
    assert len(CARDAMOM_GRADING) == 2 and len(LEATHER_GRADING) == 2
    assert len(DIALYSIS_CLASSES) == len(DIALYSIS_ROWS) == len(DIALYSIS_TABLE) == 6 and DIALYSIS_TABLE.shape[1] == 10
    assert len(AUTOCLAVE_CLASSES) == len(AUTOCLAVE_ROWS) == len(AUTOCLAVE_TABLE) == 6
    assert AUTOCLAVE_TABLE.shape[1] == 10
    for table in (DIALYSIS_MAKE, DIALYSIS_ALARM, DIALYSIS_COMPLAINT, AUTOCLAVE_MAKE, AUTOCLAVE_SUPPLY,
                  AUTOCLAVE_EVENT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(DIALYSIS_TABLE[:, 2]) == 0 and np.argmax(DIALYSIS_TABLE[:, 4]) == 1  # conductivity; blood leak
    assert np.argmax(DIALYSIS_TABLE[:, 5]) == 2 and np.argmax(DIALYSIS_TABLE[:, 3]) == 3  # pressure; temperature
    assert np.argmax(DIALYSIS_TABLE[:, 6]) == 4 and np.argmax(DIALYSIS_TABLE[:, 7]) == 5  # flow; air alarms
    assert np.argmax(AUTOCLAVE_TABLE[:, 2]) == 0 and np.argmax(AUTOCLAVE_TABLE[:, 3]) == 1  # leak rate; vacuum
    assert np.argmax(AUTOCLAVE_TABLE[:, 8]) == 2 and np.argmax(AUTOCLAVE_TABLE[:, 6]) == 3  # wet packs; the probe
    assert np.argmax(AUTOCLAVE_TABLE[:, 7]) == 4 and np.argmax(AUTOCLAVE_TABLE[:, 9]) == 5  # heat-up; fault codes


@pytest.mark.parametrize("name", ROUND121)
def test_round121_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"cardamom4": (0.743, 0.843), "leather5": (0.629, 0.729), "dialysis6": (0.589, 0.689),
                 "autoclave6": (0.638, 0.738)}[name]  # as measured (seed 0): 79.3, 67.9, 63.9, 68.8 %
    assert low < mlp.score(b, yb) < high


def test_cardamom4_the_exporter_measures_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("cardamom4")
    assert np.all(np.diff(median[7]) < -0.6) and median[7, 0] > 8 and median[7, 3] < 5.8  # 50 capsules' diameter
    assert np.all(np.diff(median[8]) < -4) and np.all(np.diff(median[1]) < 0)  # 100 capsules' weight; altitude
    assert np.all(np.diff(median[11]) > 0)  # immature or empty capsules
    x, y = set_data("cardamom4")
    assert np.all(np.diff([np.mean(x[y == c, 2] == 0) for c in range(4)]) < 0)  # the bold clones
    assert np.all(np.diff([np.mean(x[y == c, 0] == 0) for c in range(4)]) < 0)  # Idukki's estates
    middle = [np.mean((x[y == c, 3] >= 3) & (x[y == c, 3] <= 6)) for c in range(4)]
    assert np.all(np.diff(middle) < 0)  # the middle picking rounds: the boldest capsules
    true, pred, wrong = knn_errors("cardamom4")
    assert 0.303 < wrong.mean() < 0.313 and share_between(true, pred, CARDAMOM_NEIGHBOURS) > 0.95
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 2, 3) > 0.32
    assert share_pair(true, pred, 0, 1) > 0.26
    rates = class_error_rates("cardamom4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_leather5_the_tannery_measures_follow_the_selection_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("leather5")
    assert np.all(np.diff(median[10]) > 5) and np.all(np.diff(median[11]) >= 0)  # tick marks; scratches
    x, y = set_data("leather5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 11]) > 3) and np.all(np.diff(means[:, 12]) > 0.2)  # scratches; holes and cuts
    assert np.all(np.diff(means[:3, 9]) > 0.4) and means[4, 9] > means[2, 9] + 0.15  # brands (TR4 and TR5 alike)
    assert np.all(np.diff(means[:3, 13]) > 0.15) and means[4, 13] > means[2, 13]  # vein marks (TR3-TR5 alike)
    assert np.all(np.diff(means[:, 2]) > 0.08)  # the wet season's ticks and grubs
    assert np.mean(x[y == 0, 12] == 0) > 0.9  # TR1: no open defect (the tannery's count)
    origin = np.array([[np.mean(x[y == c, 0] == k) for k in range(5)] for c in range(5)])
    assert np.argmax(origin[:, 2]) == 0 and np.all(np.diff(origin[:, 2]) < 0)  # few ticks in the south
    assert np.argmax(origin[:, 4]) in (3, 4) and np.argmax([np.mean(x[y == c, 3] == 5) for c in range(5)]) == 4
    true, pred, wrong = knn_errors("leather5")
    assert 0.525 < wrong.mean() < 0.535 and share_between(true, pred, LEATHER_NEIGHBOURS) > 0.84
    assert share_pair(true, pred, 1, 2) > 0.26 and share_pair(true, pred, 0, 1) > 0.22
    assert share_pair(true, pred, 2, 3) > 0.18 and share_pair(true, pred, 3, 4) > 0.13
    rates = class_error_rates("leather5")
    assert np.argmin(rates) == 0 and np.argmax(rates) in (1, 2, 3)


def test_dialysis6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    conductivity, leak, pressure, heater, pump, air = range(6)
    median = class_medians("dialysis6")
    assert np.argmax(median[5]) == conductivity and np.argmax(median[7]) == leak  # conductivity; blood-leak reading
    assert np.argmax(median[8]) == pressure and np.argmax(median[6]) == heater  # transducer error; temperature
    assert np.argmax(median[9]) == pump and np.argmax(median[10]) == air  # flow error; air alarms
    assert np.argmax(median[4]) == pump and np.argmax(median[3]) == pump  # the longest since maintenance; oldest
    assert np.argmax(median[11]) == conductivity and np.argmax(median[12]) == leak  # bypass; since disinfection
    x, y = set_data("dialysis6")
    alarms = np.array([[np.mean(x[y == c, 1] == k) for k in range(7)] for c in range(6)])
    assert list(np.argmax(alarms, 1)) == [1, 3, 4, 2, 4, 5] and np.argmax(alarms[:, 6]) == pump  # pump stopped
    complaints = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [0, 3, 4, 2, 4, 1] and np.argmax(complaints[:, 5]) == air  # self-test
    true, pred, wrong = knn_errors("dialysis6")
    assert 0.369 < wrong.mean() < 0.379 and 0.81 < share_between(true, pred, DIALYSIS_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, pressure, pump) > 0.2 and share_pair(true, pred, conductivity, heater) > 0.18
    assert share_pair(true, pred, pressure, air) > 0.14
    rates = class_error_rates("dialysis6")
    assert np.argmax(rates) == heater and np.argmin(rates) in (conductivity, leak)


def test_autoclave6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    gasket, vacuum, steam, sensor, generator, controller = range(6)
    median = class_medians("autoclave6")
    assert np.argmax(median[5]) == gasket and np.argmax(median[6]) == vacuum  # leak rate; the shallowest vacuum
    assert np.argmax(median[7]) == vacuum and np.argmax(median[11]) == steam  # slowest vacuum; wet packs
    assert np.argmax(median[9]) == sensor and np.argmax(median[10]) == generator  # probe apart; slow heat-up
    assert np.argmax(median[12]) == controller and np.argmax(median[8]) == steam  # fault codes; the drain's
    x, y = set_data("autoclave6")
    supply = [np.mean(x[y == c, 1] == 1) for c in range(6)]
    assert np.argmax(supply) == generator and np.argmin(supply) == steam  # own generator; house steam
    events = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(events, 1)) == [1, 0, 3, 2, 4, 4] and np.argmax(events[:, 5]) == gasket  # steam at door
    true, pred, wrong = knn_errors("autoclave6")
    assert 0.326 < wrong.mean() < 0.336 and 0.75 < share_between(true, pred, AUTOCLAVE_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, gasket, vacuum) > 0.23 and share_pair(true, pred, sensor, controller) > 0.11
    assert share_pair(true, pred, generator, controller) > 0.11
    rates = class_error_rates("autoclave6")
    assert np.argmax(rates) == sensor and np.argmin(rates) == steam
