"""Round 115's held-out noisy-label sets (``benchmarks/data_quality_round115.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round115`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured (cashew5 and hazelnut4 after their one change, the others as first measured): cashew5 (its baseline errs
on 37.5 %, 51 % of it between adjacent grades, under the aim of 60 %, kept; MLP 75.3 % test with seed 0), hazelnut4
(46.8 %, over the aim of 40 %, kept; 59.6 %, just under the aim of 60 %, kept), heatpump6 (34.0 %, 69.9 %) and
tractor6 (37.8 %, 66.2 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round115 import (CASHEW_CLASSES, CASHEW_GRADING, CASHEW_LIMITS, CASHEW_NEIGHBOURS,
                                              CASHEW_ROWS, GENERATORS, HAZELNUT_CLASSES, HAZELNUT_GRADING,
                                              HAZELNUT_LIMITS, HAZELNUT_NEIGHBOURS, HAZELNUT_ROWS, HAZELNUT_SAMPLE,
                                              HEATPUMP_CLASSES, HEATPUMP_COMPLAINT, HEATPUMP_FAULT, HEATPUMP_MAKE,
                                              HEATPUMP_NEIGHBOURS, HEATPUMP_REFRIGERANT, HEATPUMP_ROWS,
                                              HEATPUMP_TABLE, NEIGHBOURS, ORDERED, ROUND115, ROUND115_GENERATORS,
                                              SHAPES, TRACTOR_CLASSES, TRACTOR_COMPLAINT, TRACTOR_FAULT,
                                              TRACTOR_MAKE, TRACTOR_NEIGHBOURS, TRACTOR_ROWS, TRACTOR_TABLE,
                                              TRACTOR_WORK)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "cashew5": [5.0, 0.0, 2.0, 0.0, 3.0, 46.0, 287.0, 3.6, 39.8, 0.6, 23.4, 3.0],
    "hazelnut4": [3.0, 0.0, 3.0, 1.0, 42.0, 20.0, 5.8, 36.0, 10.0, 3.0, 17.0, 5.0, 49.3],
    "heatpump6": [1.0, 0.0, 4.0, 5.0, 4.5, 7.7, 2.3, 82.0, 277.0, 5.2, 3.5, 121.0, -7.4],
    "tractor6": [1.0, 0.0, 0.0, 2.0, 238.0, 9.7, 11169.0, 171.0, 1110.0, 506.0, 60.3, 27.7, 0.47],
}


def test_round115_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND115 == ("cashew5", "hazelnut4", "heatpump6", "tractor6") and ROUND115_GENERATORS is GENERATORS
    check_registered(115, ROUND115, GENERATORS)


def test_round115_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND115] == [5, 4, 6, 6]
    for name in ROUND115:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND115)
def test_round115_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND115)
def test_round115_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round115_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("cashew5", "hazelnut4") and set(NEIGHBOURS) == set(ROUND115)
    assert NEIGHBOURS["cashew5"] is CASHEW_NEIGHBOURS and NEIGHBOURS["hazelnut4"] is HAZELNUT_NEIGHBOURS
    assert NEIGHBOURS["heatpump6"] is HEATPUMP_NEIGHBOURS and NEIGHBOURS["tractor6"] is TRACTOR_NEIGHBOURS
    assert len(CASHEW_CLASSES) == len(CASHEW_ROWS) == 5 and CASHEW_LIMITS == (270.0, 10.0, 25.0, 8.0)
    assert len(HAZELNUT_CLASSES) == len(HAZELNUT_ROWS) == 4 and HAZELNUT_LIMITS.shape == (3, 3)
    assert np.all(np.diff(HAZELNUT_LIMITS, axis=0) > 0) and HAZELNUT_SAMPLE == 500  # looser down the classes
    assert len(CASHEW_GRADING) == 2 and len(HAZELNUT_GRADING) == 2
    assert len(HEATPUMP_CLASSES) == len(HEATPUMP_ROWS) == len(HEATPUMP_TABLE) == 6 and HEATPUMP_TABLE.shape[1] == 9
    assert len(TRACTOR_CLASSES) == len(TRACTOR_ROWS) == len(TRACTOR_TABLE) == 6 and TRACTOR_TABLE.shape[1] == 8
    for table in (HEATPUMP_MAKE, HEATPUMP_REFRIGERANT, HEATPUMP_FAULT, HEATPUMP_COMPLAINT, TRACTOR_MAKE, TRACTOR_WORK,
                  TRACTOR_FAULT, TRACTOR_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(HEATPUMP_TABLE[:, 7]) == 1 and np.argmax(HEATPUMP_TABLE[:, 6]) == 5  # the current; subcooling
    assert np.argmin(TRACTOR_TABLE[:, 2]) == 2 and np.argmax(TRACTOR_TABLE[:, 5]) == 5  # the boost; the blow-by


@pytest.mark.parametrize("name", ROUND115)
def test_round115_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"cashew5": (0.70, 0.80), "hazelnut4": (0.545, 0.645), "heatpump6": (0.65, 0.75),
                 "tractor6": (0.61, 0.71)}[name]  # as measured (seed 0): 75.3, 59.6, 69.9, 66.2 %
    assert low < mlp.score(b, yb) < high


def test_cashew5_the_qc_sample_follows_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("cashew5")
    assert median[6, 0] < CASHEW_LIMITS[0] < median[6, 1]  # the kernels a pound: W240 against W320
    assert np.argmax(median[8, :4]) == 2 and median[8, 2] > 2 * median[8, 1]  # scorched kernels in SW
    assert np.all(np.diff(median[10, 1:4]) > 0) and median[10, 3] > 25  # broken kernels, most in pieces
    assert np.argmax(median[9]) == 4 and np.argmax(median[5]) == 4  # spotted kernels; the raw nuts' storage
    x, y = set_data("cashew5")
    drum = np.array([np.mean(x[y == c, 3] == 0) for c in range(5)])
    assert np.argmax(drum) == 2 and drum[2] > 0.6 and drum[1] < 0.3  # scorched wholes drum-roasted
    assert np.mean(x[y == 0, 1] == 0) > 0.4 and np.mean(x[y == 1, 1] == 3) > 0.4  # the big nuts' and the small's region
    true, pred, wrong = knn_errors("cashew5")
    assert 0.37 < wrong.mean() < 0.38 and 0.48 < share_between(true, pred, CASHEW_NEIGHBOURS) < 0.54
    assert share_pair(true, pred, 1, 2) > 0.15 and share_pair(true, pred, 1, 3) > 0.13  # W320 with SW; with pieces
    rates = class_error_rates("cashew5")
    assert np.argmax(rates) == 4 and np.argmin(rates) == 1


def test_hazelnut4_the_intake_crack_out_follows_the_class_and_errors_fall_between_adjacent_classes():
    median = class_medians("hazelnut4")
    assert np.all(np.diff(median[7, :3]) > 0) and np.argmax(median[9]) == 3  # blanks; mouldy nuts (of 1,000)
    assert np.all(np.diff(median[12]) < 0) and np.all(np.diff(median[6]) > 0)  # the kernel yield; the moisture
    x, y = set_data("hazelnut4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 8]) > 0) and np.all(np.diff(means[:, 10]) > 0)  # shrivelled; insect-damaged
    assert np.all(np.diff(means[:, 2]) > 0) and means[3, 4] > means[0, 4] + 15  # the harvest week; the days in store
    assert np.all(np.diff([np.mean(x[y == c, 3] == 1) for c in range(4)]) < 0)  # a forced-air dryer
    true, pred, wrong = knn_errors("hazelnut4")
    assert 0.463 < wrong.mean() < 0.473 and 0.84 < share_between(true, pred, HAZELNUT_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, 0, 1) > 0.4 and share_pair(true, pred, 1, 2) > 0.27
    rates = class_error_rates("hazelnut4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_heatpump6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    leak, compressor, fan, valve, defrost, expansion = range(6)
    median = class_medians("heatpump6")
    assert np.argmax(median[7]) == valve and np.argmin(median[8]) == compressor  # high suction; low head
    assert np.argmax(median[9]) == expansion and np.argmin(median[10]) == leak  # superheat; low subcooling
    assert median[9, leak] > 10 and median[10, expansion] > 2 * median[10, leak]  # the subcooling parts them
    assert np.argmax(median[11]) == compressor and np.argmin(median[12]) == defrost  # the current; an iced coil
    x, y = set_data("heatpump6")
    faults = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(faults[[compressor, defrost]], 1)) == [3, 4] and np.argmax(faults[:, 1]) in (leak, expansion)
    complaints = np.array([[np.mean(x[y == c, 3] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [0, 1, 2, 3, 2, 0]  # the owner's complaint
    true, pred, wrong = knn_errors("heatpump6")
    assert 0.335 < wrong.mean() < 0.345 and 0.80 < share_between(true, pred, HEATPUMP_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, fan, defrost) > 0.23 and share_pair(true, pred, compressor, valve) > 0.17
    assert share_pair(true, pred, leak, expansion) > 0.16
    rates = class_error_rates("heatpump6")
    assert np.argmax(rates) == fan and np.argmin(rates) == leak


def test_tractor6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    fuel, injection, turbo, air, egr, rings = range(6)
    median = class_medians("tractor6")
    assert np.argmin(median[8]) == fuel and np.argmin(median[7]) == turbo  # the rail pressure; the boost
    assert np.argmax(median[10]) == rings and np.argmax(median[12]) == rings  # the blow-by; the oil used
    assert np.argmin(median[5]) == egr and np.argmax(median[6]) == rings  # a newer tractor; the hours
    assert np.argmin(median[11]) == fuel and np.argmax(median[9]) == turbo  # little smoke; a hot exhaust
    x, y = set_data("tractor6")
    faults = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(faults[[fuel, turbo, egr, rings]], 1)) == [1, 2, 3, 0] and np.argmax(faults[:, 5]) == air
    assert np.argmax([np.mean(x[y == c, 1] == 2) for c in range(6)]) == egr  # loader work: no regeneration
    assert np.argmax([np.mean(x[y == c, 3] == 5) for c in range(6)]) == rings  # uses oil
    true, pred, wrong = knn_errors("tractor6")
    assert 0.373 < wrong.mean() < 0.383 and 0.74 < share_between(true, pred, TRACTOR_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, fuel, injection) > 0.18 and share_pair(true, pred, turbo, air) > 0.16
    rates = class_error_rates("tractor6")
    assert np.argmax(rates) == air and np.argmin(rates) == fuel
