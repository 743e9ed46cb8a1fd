"""Round 114's held-out noisy-label sets (``benchmarks/data_quality_round114.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round114`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured (cocoa4 after its one change, the others as first measured): maple5 (its baseline errs on 30.2 %; MLP
78.9 % test with seed 0), cocoa4 (40.7 %, just over the aim of 40 %, kept; 70.8 %), printer6 (22.1 %, 84.1 %) and
lawnmower6 (25.5 %, 83.7 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the
graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round114 import (COCOA_CLASSES, COCOA_GRADING, COCOA_LIMITS, COCOA_MONTHS,
                                              COCOA_NEIGHBOURS, COCOA_ROWS, GENERATORS, LAWNMOWER_CLASSES,
                                              LAWNMOWER_COMPLAINT, LAWNMOWER_KIND, LAWNMOWER_MAKE,
                                              LAWNMOWER_NEIGHBOURS, LAWNMOWER_ROWS, LAWNMOWER_STORAGE,
                                              LAWNMOWER_TABLE, MAPLE_CLASSES, MAPLE_GRADING, MAPLE_LIMITS,
                                              MAPLE_NEIGHBOURS, MAPLE_OFF, MAPLE_ROWS, NEIGHBOURS, ORDERED,
                                              PRINTER_CLASSES, PRINTER_COMPLAINT, PRINTER_ERROR, PRINTER_MODEL,
                                              PRINTER_NEIGHBOURS, PRINTER_PAPER, PRINTER_ROWS, PRINTER_TABLE, ROUND114,
                                              ROUND114_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "maple5": [0.0, 2.0, 6.0, 0.0, 2.5, 0.0, 22.0, 19.9, 66.6, 6.66, 0.5, 0.0],
    "cocoa4": [2.0, 0.0, 2.0, 5.0, 2.0, 64.0, 10.0, 21.0, 4.0, 9.0, 97.0, 7.2, 98.0, 0.61],
    "printer6": [1.0, 0.0, 1.0, 4.0, 3.9, 120.0, 5.1, 177.0, 1.39, 2.5, 0.0, 4.0, 4.0, 50.0, 84.0, 23.0],
    "lawnmower6": [0.0, 0.0, 2.0, 0.0, 179.0, 9.3, 81.0, 15.0, 11.2, 84.0, 3.1, 9.0, 14.1, 1.6, 0.5, 7.0],
}


def test_round114_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND114 == ("maple5", "cocoa4", "printer6", "lawnmower6") and ROUND114_GENERATORS is GENERATORS
    check_registered(114, ROUND114, GENERATORS)


def test_round114_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND114] == [5, 4, 6, 6]
    for name in ROUND114:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND114)
def test_round114_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND114)
def test_round114_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round114_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("maple5", "cocoa4") and set(NEIGHBOURS) == set(ROUND114)
    assert NEIGHBOURS["maple5"] is MAPLE_NEIGHBOURS and NEIGHBOURS["cocoa4"] is COCOA_NEIGHBOURS
    assert NEIGHBOURS["printer6"] is PRINTER_NEIGHBOURS and NEIGHBOURS["lawnmower6"] is LAWNMOWER_NEIGHBOURS
    assert len(MAPLE_CLASSES) == len(MAPLE_ROWS) == 5 and MAPLE_LIMITS == (25.0, 50.0, 75.0) and MAPLE_OFF == 3.0
    assert len(COCOA_CLASSES) == len(COCOA_ROWS) == 4 and COCOA_LIMITS.shape == (3, 5)
    assert np.all(np.diff(COCOA_LIMITS, axis=0) >= 0) and np.isclose(COCOA_MONTHS.sum(), 1)  # looser down the grades
    assert len(MAPLE_GRADING) == 2 and len(COCOA_GRADING) == 2
    assert len(PRINTER_CLASSES) == len(PRINTER_ROWS) == len(PRINTER_TABLE) == 6 and PRINTER_TABLE.shape[1] == 12
    assert len(LAWNMOWER_CLASSES) == len(LAWNMOWER_ROWS) == len(LAWNMOWER_TABLE) == 6
    assert LAWNMOWER_TABLE.shape[1] == 11
    for table in (PRINTER_MODEL, PRINTER_PAPER, PRINTER_ERROR, PRINTER_COMPLAINT, LAWNMOWER_KIND, LAWNMOWER_MAKE,
                  LAWNMOWER_STORAGE, LAWNMOWER_COMPLAINT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmin(PRINTER_TABLE[:, 3]) == 0 and np.argmin(PRINTER_TABLE[:, 10]) == 4  # the fuser; the laser
    assert np.argmin(LAWNMOWER_TABLE[:, 4]) == 5 and np.argmax(LAWNMOWER_TABLE[:, 9]) == 4  # compression; switch


@pytest.mark.parametrize("name", ROUND114)
def test_round114_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"maple5": (0.74, 0.84), "cocoa4": (0.66, 0.76), "printer6": (0.79, 0.89),
                 "lawnmower6": (0.785, 0.885)}[name]  # as measured (seed 0): 78.9, 70.8, 84.1, 83.7 %
    assert low < mlp.score(b, yb) < high


def test_maple5_the_transmittance_and_the_taste_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("maple5")
    assert np.all(np.diff(median[7, :4]) < -15) and median[7, 0] > 75 and median[7, 3] < 25  # transmittance
    assert np.argmax(median[10]) == 4 and median[10, 4] > MAPLE_OFF  # the off-flavour score
    x, y = set_data("maple5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert np.all(np.diff(means[:, 2]) > 0) and np.all(np.diff(means[:4, 4]) < 0)  # the week; the sap's sugar
    assert np.all(np.diff(means[:4, 5]) < 0) and np.all(np.diff(means[:, 9]) > 0)  # reverse osmosis; the pH
    assert means[4, 11] > 0.7 and means[:4, 11].max() < 0.2  # the buddy or sour flag
    true, pred, wrong = knn_errors("maple5")
    assert 0.297 < wrong.mean() < 0.307 and 0.88 < share_between(true, pred, MAPLE_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, 2, 3) > 0.25 and share_pair(true, pred, 3, 4) > 0.14
    rates = class_error_rates("maple5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 1


def test_cocoa4_the_intake_cut_test_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("cocoa4")
    assert np.all(np.diff(median[6]) > 0) and median[6, 3] > 2 * median[6, 2]  # mouldy beans (of 600)
    x, y = set_data("cocoa4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 7]) > 0) and np.all(np.diff(means[:, 8]) > 0)  # slaty; insect-damaged
    assert np.all(np.diff(means[:, 10]) > 0) and np.all(np.diff(means[:, 13]) > 0)  # partly purple; foreign matter
    assert means[2, 11] > means[1, 11] + 0.5 and np.all(np.diff(means[:, 5]) > 0)  # too wet; the days in store
    assert np.all(np.diff([np.mean(x[y == c, 4] == 0) for c in range(4)]) > 0)  # dried on mats on the ground
    true, pred, wrong = knn_errors("cocoa4")
    assert 0.402 < wrong.mean() < 0.412 and 0.78 < share_between(true, pred, COCOA_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, 0, 1) > 0.45 and share_pair(true, pred, 1, 2) > 0.18
    rates = class_error_rates("cocoa4")
    assert np.argmin(rates) == 0 and min(rates[1], rates[2]) > rates[3] + 0.15


def test_printer6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    fuser, drum, rollers, transfer, laser, board = range(6)
    median = class_medians("printer6")
    assert np.argmin(median[7]) == fuser and np.argmax(median[11]) == fuser  # a cool fuser; exit jams
    assert np.argmin(median[13]) == drum and np.argmax(median[9]) == drum  # the drum's life; the background
    assert np.argmax(median[10]) == rollers and np.argmax(median[12]) == transfer  # tray jams; registration jams
    assert np.argmin(median[14]) == laser and np.argmax(median[15]) == board  # the laser's power; the warm-up
    x, y = set_data("printer6")
    errors = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(errors[[fuser, drum, rollers, laser, board]], 1)) == [1, 4, 2, 3, 5]  # the error code
    complaints = np.array([[np.mean(x[y == c, 3] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints[[fuser, rollers, laser, board]], 1)) == [2, 0, 1, 4]  # the complaint
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == transfer  # a copier's belt
    true, pred, wrong = knn_errors("printer6")
    assert 0.216 < wrong.mean() < 0.226 and 0.83 < share_between(true, pred, PRINTER_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, fuser, board) > 0.18 and share_pair(true, pred, drum, transfer) > 0.17
    rates = class_error_rates("printer6")
    assert np.argmax(rates) == transfer and np.argmin(rates) == drum


def test_lawnmower6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    fuel, plug, air, blade, switch, compression = range(6)
    median = class_medians("lawnmower6")
    assert np.argmax(median[7]) == fuel and np.argmin(median[8]) in (plug, switch)  # old fuel; a weak spark
    assert np.argmax(median[13]) == air and np.argmax(median[10]) == blade  # the filter; the blade's imbalance
    assert np.argmax(median[15]) == blade and np.argmax(median[14]) == switch  # the cut; the switch's resistance
    assert np.argmin(median[9]) == compression and np.argmax(median[6]) == compression  # the psi; the hours
    x, y = set_data("lawnmower6")
    complaints = np.array([[np.mean(x[y == c, 3] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(complaints, 1)) == [0, 0, 2, 3, 0, 0] and np.argmax(complaints[:, 5]) == switch
    assert np.argmax([np.mean(x[y == c, 2] == 1) for c in range(6)]) == fuel  # left with fuel over winter
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == switch  # a ride-on's seat switch
    true, pred, wrong = knn_errors("lawnmower6")
    assert 0.25 < wrong.mean() < 0.26 and 0.86 < share_between(true, pred, LAWNMOWER_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, plug, switch) > 0.22 and share_pair(true, pred, fuel, compression) > 0.15
    rates = class_error_rates("lawnmower6")
    assert np.argmax(rates) == switch and np.argmin(rates) == blade
