"""Round 122's held-out noisy-label sets (``benchmarks/data_quality_round122.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round122`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: potato4 (its baseline errs on 42.9 %; MLP 72.7 % test with seed 0, after its one change: the baseline
misses the aim, kept and said), raisin4 (42.7 %; 62.1 %, after its one change: the same), ventilator6 (37.1 %;
64.7 %) and crane6 (30.5 %; 71.6 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000
cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round122 import (CRANE_CLASSES, CRANE_COMPLAINT, CRANE_CONTROL, CRANE_DRIVE,
                                              CRANE_NEIGHBOURS, CRANE_ROWS, CRANE_TABLE, GENERATORS, NEIGHBOURS,
                                              ORDERED, POTATO_CLASSES, POTATO_GRADING, POTATO_LIMITS,
                                              POTATO_NEIGHBOURS, POTATO_ROWS, RAISIN_CLASSES, RAISIN_GRADING,
                                              RAISIN_LIMITS, RAISIN_NEIGHBOURS, RAISIN_ROWS, ROUND122,
                                              ROUND122_GENERATORS, SHAPES, VENTILATOR_CLASSES, VENTILATOR_DRIVE,
                                              VENTILATOR_EVENT, VENTILATOR_MAKE, VENTILATOR_NEIGHBOURS,
                                              VENTILATOR_ROWS, VENTILATOR_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "potato4": [1.0, 2.0, 12.5, 24.0, 110.0, 6.7, 1.083, 6.6, 9.9, 4.0, 1.0, 1.0, 14.0],
    "raisin4": [0.0, 0.0, 0.0, 243.0, 21.4, 21.0, 0.0, 9.0, 14.1, 183.0, 5.0, 4.0, 16.0, 4.5, 0.8],
    "ventilator6": [3.0, 0.0, 5.0, 5.5, 3419.0, 3.1, 1.0, 8.0, 0.05, 1.2, 2.5, 28.0, 4.0],
    "crane6": [0.0, 0.0, 2.0, 14.7, 11.3, 14.6, 38.0, 128.0, 28.0, 2.6, 10.0, 0.0, 0.0],
}


def test_round122_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND122 == ("potato4", "raisin4", "ventilator6", "crane6") and ROUND122_GENERATORS is GENERATORS
    check_registered(122, ROUND122, GENERATORS)


def test_round122_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND122] == [4, 4, 6, 6]
    for name in ROUND122:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND122)
def test_round122_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND122)
def test_round122_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round122_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("potato4", "raisin4") and set(NEIGHBOURS) == set(ROUND122)
    assert NEIGHBOURS["potato4"] is POTATO_NEIGHBOURS and NEIGHBOURS["raisin4"] is RAISIN_NEIGHBOURS
    assert NEIGHBOURS["ventilator6"] is VENTILATOR_NEIGHBOURS and NEIGHBOURS["crane6"] is CRANE_NEIGHBOURS
    assert len(POTATO_CLASSES) == len(POTATO_ROWS) == len(POTATO_LIMITS) == 4 and POTATO_LIMITS.shape == (4, 4)
    assert np.all(np.diff(POTATO_LIMITS, axis=0) >= 0) and np.all(np.diff(POTATO_LIMITS[:, 0]) > 0)  # looser down
    assert len(RAISIN_CLASSES) == len(RAISIN_ROWS) == len(RAISIN_LIMITS) == 4 and RAISIN_LIMITS.shape == (4, 7)
    assert np.all(np.diff(RAISIN_LIMITS[:, 0]) < 0) and np.all(np.diff(RAISIN_LIMITS[:, 1:], axis=0) >= 0)
    assert np.all(RAISIN_LIMITS[:3, 1] == 18) and list(RAISIN_LIMITS[:3, 2]) == [15, 25, 35]  # moisture; capstems
    assert len(POTATO_GRADING) == 2 and len(RAISIN_GRADING) == 2
    assert len(VENTILATOR_CLASSES) == len(VENTILATOR_ROWS) == len(VENTILATOR_TABLE) == 6
    assert len(CRANE_CLASSES) == len(CRANE_ROWS) == len(CRANE_TABLE) == 6
    assert VENTILATOR_TABLE.shape[1] == CRANE_TABLE.shape[1] == 10
    for table in (VENTILATOR_MAKE, VENTILATOR_DRIVE, VENTILATOR_EVENT, CRANE_CONTROL, CRANE_DRIVE, CRANE_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(VENTILATOR_TABLE[:, 2]) == 0 and np.argmax(VENTILATOR_TABLE[:, 3]) == 1  # volume; FiO2
    assert np.argmax(VENTILATOR_TABLE[:, 5]) == 2 and np.argmax(VENTILATOR_TABLE[:, 9]) == 3  # leak; fault codes
    assert np.argmax(VENTILATOR_TABLE[:, 7]) == 4 and np.argmin(VENTILATOR_TABLE[:, 8]) == 5  # inlets; battery
    assert np.argmax(CRANE_TABLE[:, 3]) == 0 and np.argmax(CRANE_TABLE[:, 6]) == 1  # drift; contact resistance
    assert np.argmax(CRANE_TABLE[:, 7]) == 2 and np.argmax(CRANE_TABLE[:, 8]) == 3  # limit's offset; dropouts
    assert np.argmax(CRANE_TABLE[:, 5]) == 4 and np.argmax(CRANE_TABLE[:, 9]) == 5  # heat; drive codes


@pytest.mark.parametrize("name", ROUND122)
def test_round122_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"potato4": (0.677, 0.777), "raisin4": (0.571, 0.671), "ventilator6": (0.597, 0.697),
                 "crane6": (0.666, 0.766)}[name]  # as measured (seed 0): 72.7, 62.1, 64.7, 71.6 %
    assert low < mlp.score(b, yb) < high


def test_potato4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("potato4")
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[7]) >= 0)  # scabby tubers; tare
    assert np.all(np.diff(median[8]) < 0) and median[8, 3] < 4  # mean weight: No. 2 the small tubers
    assert np.all(np.diff(median[4, :3]) > 10) and np.all(np.diff(median[12, :3]) > 1)  # storage days; sprouts
    x, y = set_data("potato4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:3, 10]) > 0.8) and np.all(np.diff(means[:3, 11]) > 0.15)  # blackspot; greening
    assert np.argmax(means[:, 5]) == 2 and np.argmin(means[:, 5]) == 0  # the storage's warmth
    small = [np.mean(x[y == c, 0] >= 2) for c in range(4)]
    assert np.argmax(small) == 3 and small[3] > 0.5  # the red and yellow varieties: undersize
    assert np.all(np.diff([np.mean(x[y == c, 1] == 2) for c in range(3)]) > 0)  # heavy soils: dirt
    true, pred, wrong = knn_errors("potato4")
    assert 0.424 < wrong.mean() < 0.434 and 0.74 < share_between(true, pred, POTATO_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, 0, 1) > 0.27 and share_pair(true, pred, 1, 2) > 0.26
    assert share_pair(true, pred, 2, 3) > 0.16 and share_pair(true, pred, 1, 3) > 0.13
    rates = class_error_rates("potato4")
    assert np.argmin(rates) == 0 and rates[0] < 0.2 and min(rates[1:]) > 0.45


def test_raisin4_the_processor_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("raisin4")
    assert np.all(np.diff(median[9]) > 3) and np.all(np.diff(median[10]) > 1)  # raisins in 100 g; light berries
    assert np.all(np.diff(median[12]) > 2) and np.all(np.diff(median[4]) < 0)  # capstems; the grapes' sugar
    assert np.all(np.diff(median[11]) <= 0) and median[11, 0] > median[11, 3]  # colour
    x, y = set_data("raisin4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 6]) > 0.3) and np.all(np.diff(means[:, 14]) > 0.05)  # rain; mould rejects
    assert np.all(np.diff(means[:, 1]) > 0.1) and np.all(np.diff(means[:, 5]) > 0.8)  # later varieties; tray days
    assert np.ptp(means[:, 8]) < 0.5  # the moisture reading hardly differs (the limit seldom binds)
    vine = [np.mean(x[y == c, 2] == 1) for c in range(4)]
    assert np.all(np.diff(vine) > 0.08)  # dried on the vine: more capstems
    true, pred, wrong = knn_errors("raisin4")
    assert 0.422 < wrong.mean() < 0.432 and share_between(true, pred, RAISIN_NEIGHBOURS) > 0.86
    assert share_pair(true, pred, 0, 1) > 0.35 and share_pair(true, pred, 1, 2) > 0.27
    assert share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("raisin4")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 1


def test_ventilator6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    flow, cell, valve, blower, supply, power = range(6)
    median = class_medians("ventilator6")
    assert np.argmax(median[5]) == flow and np.argmax(median[6]) == cell  # volume error; FiO2 error
    assert np.argmax(median[7]) == cell and np.argmax(median[8]) == valve  # the cell's age; the leak
    assert np.argmax(median[9]) == valve and np.argmax(median[10]) == supply  # PEEP error; the inlets' drop
    assert np.argmin(median[11]) == power and np.argmax(median[4]) == blower  # battery time; hours since maintenance
    assert np.argmax(median[3]) == power  # the oldest
    x, y = set_data("ventilator6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert set(np.argsort(means[:, 12])[-2:]) == {blower, power}  # fault codes
    turbine = [np.mean(x[y == c, 1] == 0) for c in range(6)]
    assert np.argmax(turbine) == blower and np.argmin(turbine) == supply  # a turbine's blower; the wall's gases
    events = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(events, 1)) == [0, 1, 2, 3, 1, 5] and np.argmax(events[:, 4]) == cell  # self-test
    true, pred, wrong = knn_errors("ventilator6")
    assert 0.366 < wrong.mean() < 0.376 and 0.60 < share_between(true, pred, VENTILATOR_NEIGHBOURS) < 0.66
    assert share_pair(true, pred, cell, supply) > 0.14 and share_pair(true, pred, flow, valve) > 0.12
    assert share_pair(true, pred, blower, power) > 0.12
    rates = class_error_rates("ventilator6")
    assert np.argmax(rates) == supply and np.argmin(rates) == power


def test_crane6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    brake, contactor, limit, pendant, motor, drive = range(6)
    median = class_medians("crane6")
    assert np.argmax(median[6]) == brake and np.argmax(median[9]) == contactor  # drift; contact resistance
    assert np.argmax(median[10]) == limit and np.argmax(median[11]) == pendant  # limit's offset; dropouts
    assert np.argmax(median[8]) == motor and np.argmax(median[7]) == motor  # heat; current
    assert np.argmax(median[12]) == drive and np.argmax(median[5]) == motor  # drive codes; hours a day
    assert np.argmax(median[3]) == contactor and np.argmin(median[3]) == drive  # the oldest; the youngest
    x, y = set_data("crane6")
    radio = [np.mean(x[y == c, 0] == 1) for c in range(6)]
    assert np.argmax(radio) == pendant
    vfd = [np.mean(x[y == c, 1] == 1) for c in range(6)]
    assert vfd[drive] == 1 and np.argmin(vfd) == contactor
    complaints = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints, 1)[[0, 1, 2, 4, 5]]) == [2, 1, 1, 3, 5]
    assert np.argmax(complaints[pendant]) in (0, 4) and np.argmax(complaints[:, 4]) == pendant  # erratic
    true, pred, wrong = knn_errors("crane6")
    assert 0.300 < wrong.mean() < 0.310 and 0.82 < share_between(true, pred, CRANE_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, limit, pendant) > 0.17 and share_pair(true, pred, brake, drive) > 0.13
    assert share_pair(true, pred, brake, motor) > 0.13 and share_pair(true, pred, contactor, pendant) > 0.11
    rates = class_error_rates("crane6")
    assert np.argmax(rates) == pendant and np.argmin(rates) == contactor
