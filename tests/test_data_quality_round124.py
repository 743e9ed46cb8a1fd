"""Round 124's held-out noisy-label sets (``benchmarks/data_quality_round124.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round124`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: pear4 (its baseline errs on 34.3 %; MLP 80.0 % test with seed 0), plum4 (41.8 %; 75.5 %, after its one
change: the baseline misses the aim, kept and said), mri6 (28.4 %; 78.3 %) and parkingmeter6 (24.4 %; 79.4 %). The
MLP is fitted once per set (one parametrized test); the pools are 200,000 lots (the graded sets), each built twice in
a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round124 import (GENERATORS, MRI_CALL, MRI_CLASSES, MRI_FIELD, MRI_MAKE, MRI_NEIGHBOURS,
                                              MRI_ROWS, MRI_TABLE, NEIGHBOURS, ORDERED, PARKING_CLASSES, PARKING_KIND,
                                              PARKING_MAKE, PARKING_NEIGHBOURS, PARKING_REPORT, PARKING_ROWS,
                                              PARKING_TABLE, PEAR_CLASSES, PEAR_GRADING, PEAR_LIMITS,
                                              PEAR_NEIGHBOURS, PEAR_ROWS, PLUM_CLASSES, PLUM_GRADING, PLUM_LIMITS,
                                              PLUM_NEIGHBOURS, PLUM_ROWS, ROUND124, ROUND124_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "pear4": [0.0, 3.0, 0.0, 226.0, 0.0, 0.0, 4.5, 8.0, 0.0, 15.4, 206.0, 77.7, 90.0, 21.0, 0.0],
    "plum4": [1.0, 0.0, 1.0, 205.0, 9.0, 2.8, 0.0, 25.0, 6.2, 17.0, 72.0, 94.9, 76.1, 29.0, 0.0],
    "mri6": [0.0, 1.0, 1.0, 5.0, 35.0, 1.3, 3.8, 79.0, 1.13, 1.0, 2.9, 2.2, 5.0, 3.0],
    "parkingmeter6": [3.0, 1.0, 1.0, 6.9, 96.0, 5.5, 27.8, 12.22, 209.0, 70.1, 31.0, 0.0, 0.0],
}


def test_round124_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND124 == ("pear4", "plum4", "mri6", "parkingmeter6") and ROUND124_GENERATORS is GENERATORS
    check_registered(124, ROUND124, GENERATORS)


def test_round124_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND124] == [4, 4, 6, 6]
    for name in ROUND124:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND124)
def test_round124_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND124)
def test_round124_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round124_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("pear4", "plum4") and set(NEIGHBOURS) == set(ROUND124)
    assert NEIGHBOURS["pear4"] is PEAR_NEIGHBOURS and NEIGHBOURS["plum4"] is PLUM_NEIGHBOURS
    assert NEIGHBOURS["mri6"] is MRI_NEIGHBOURS and NEIGHBOURS["parkingmeter6"] is PARKING_NEIGHBOURS
    assert len(PEAR_CLASSES) == len(PEAR_ROWS) == len(PEAR_LIMITS) == 4 and PEAR_LIMITS.shape == (4, 4)
    assert len(PLUM_CLASSES) == len(PLUM_ROWS) == len(PLUM_LIMITS) == 4 and PLUM_LIMITS.shape == (4, 5)
    for limits in (PEAR_LIMITS, PLUM_LIMITS):
        assert np.all(np.diff(limits, axis=0) >= 0)  # looser down the grades
    assert list(PEAR_LIMITS[:, 1]) == [10, 10, 50, 100] and np.all(PEAR_LIMITS[:, [2, 3]] == [10, 1])  # 51.1303's half
    assert list(PLUM_LIMITS[:, 1]) == [8, 8, 25, 100] and np.all(PLUM_LIMITS[:2, [2, 3]] == [4, 0.5])  # 51.1525's
    assert len(PEAR_GRADING) == 2 and len(PLUM_GRADING) == 2
    assert len(MRI_CLASSES) == len(MRI_ROWS) == len(MRI_TABLE) == 6 and MRI_TABLE.shape[1] == 11
    assert len(PARKING_CLASSES) == len(PARKING_ROWS) == len(PARKING_TABLE) == 6 and PARKING_TABLE.shape[1] == 10
    for table in (MRI_MAKE, MRI_FIELD, MRI_CALL, PARKING_MAKE, PARKING_KIND, PARKING_REPORT):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(MRI_TABLE[:, 2]) == 3 and np.argmin(MRI_TABLE[:, 4]) == 1  # helium lost; SNR
    assert np.argmax(MRI_TABLE[:, 5]) == 4 and np.argmax(MRI_TABLE[:, 6]) == 0  # homogeneity; spikes
    assert np.argmax(MRI_TABLE[:, 7]) == 5 and np.argmax(MRI_TABLE[:, 8]) == 2  # RF noise; transmitter
    assert np.argmax(PARKING_TABLE[:, 2]) == 0 and np.argmax(PARKING_TABLE[:, 3]) == 1  # coins; cards
    assert np.argmin(PARKING_TABLE[:, 4]) == 2 and np.argmax(PARKING_TABLE[:, 6]) == 3  # battery; hours
    assert np.argmax(PARKING_TABLE[:, 8]) == 4 and np.argmax(PARKING_TABLE[:, 9]) == 5  # printer; keys


@pytest.mark.parametrize("name", ROUND124)
def test_round124_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"pear4": (0.75, 0.85), "plum4": (0.705, 0.805), "mri6": (0.733, 0.833),
                 "parkingmeter6": (0.744, 0.844)}[name]  # as measured (seed 0): 80.0, 75.5, 78.3, 79.4 %
    assert low < mlp.score(b, yb) < high


def test_pear4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("pear4")
    assert np.all(np.diff(median[11]) > 5) and np.all(np.diff(median[12]) > 8)  # the camera's russet; the cull-out
    assert np.all(np.diff(median[13]) > 2) and median[13, 0] == 0  # the packer's marked pears of 50
    x, y = set_data("pear4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert means[3, 4] > means[0, 4] + 0.2 and np.argmin(means[:, 5]) == 0  # spring frost; hail
    assert np.ptp(means[:, 9]) < 0.6 and np.ptp(means[:, 3]) < 2  # firmness and the harvest day hardly differ
    bartlett = [np.mean(x[y == c, 0] == 0) for c in range(4)]
    assert np.all(np.diff(bartlett) > 0)  # Bartlett's frost russet
    true, pred, wrong = knn_errors("pear4")
    assert 0.338 < wrong.mean() < 0.348 and share_between(true, pred, PEAR_NEIGHBOURS) > 0.94
    assert share_pair(true, pred, 0, 1) > 0.48 and share_pair(true, pred, 1, 2) > 0.27
    assert share_pair(true, pred, 2, 3) > 0.11
    rates = class_error_rates("pear4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 3 and rates[3] < 0.1


def test_plum4_the_packer_measures_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("plum4")
    assert np.all(np.diff(median[12]) > 5) and np.all(np.diff(median[13]) > 3)  # the cull-out; marked fruit of 50
    x, y = set_data("plum4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    prunes = [np.mean(x[y == c, 0] == 2) for c in range(4)]
    assert np.argmax(prunes) == 2 and prunes[2] > 0.2  # the Italian-type prunes short of colour: Combination
    assert np.argmax(means[:, 3]) == 2 and np.argmin(means[:, 10]) == 2  # the late, small prunes
    assert np.ptp(means[:, 8]) < 0.2 and np.ptp(means[:, 7]) < 0.5  # firmness and days stored hardly differ
    true, pred, wrong = knn_errors("plum4")
    assert 0.413 < wrong.mean() < 0.423 and 0.85 < share_between(true, pred, PLUM_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, 0, 1) > 0.45 and share_pair(true, pred, 1, 2) > 0.24
    assert share_pair(true, pred, 2, 3) > 0.11 and share_pair(true, pred, 0, 2) > 0.07
    rates = class_error_rates("plum4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 3


def test_mri6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    gradient, coil, rfpa, cryo, shim, cage = range(6)
    median = class_medians("mri6")
    assert np.argmax(median[5]) == cryo and np.argmax(median[6]) == cryo  # helium lost; the cold head
    assert np.argmin(median[7]) == coil and np.argmax(median[8]) == shim  # SNR; homogeneity
    assert np.argmax(median[9]) == gradient and np.argmax(median[10]) == cage  # spikes; RF noise
    assert np.argmax(median[11]) == rfpa  # the transmitter's reference
    x, y = set_data("mri6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 13]) == coil and set(np.argsort(means[:, 12])[-2:]) == {gradient, rfpa}  # coil; errors
    tesla3 = [np.mean(x[y == c, 1] == 1) for c in range(6)]
    assert np.argmax(tesla3) == shim
    calls = np.array([[np.mean(x[y == c, 2] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(calls, 1)) == [0, 1, 2, 3, 4, 0]
    true, pred, wrong = knn_errors("mri6")
    assert 0.279 < wrong.mean() < 0.289 and 0.78 < share_between(true, pred, MRI_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, coil, cage) > 0.14 and share_pair(true, pred, gradient, rfpa) > 0.12
    assert share_pair(true, pred, gradient, shim) > 0.11 and share_pair(true, pred, cryo, shim) > 0.1
    rates = class_error_rates("mri6")
    assert np.argmax(rates) == gradient and np.argmin(rates) == cryo


def test_parkingmeter6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    coin, card, solar, modem, printer, display = range(6)
    median = class_medians("parkingmeter6")
    assert np.argmax(median[5]) == coin and np.argmax(median[6]) == card  # coins rejected; cards failing
    assert np.argmin(median[7]) == solar and np.argmin(median[8]) == solar  # voltage; charge
    assert np.argmax(median[9]) == modem and np.argmax(median[10]) == modem  # hours; failed call-ins
    assert np.argmax(median[11]) == printer  # jams
    x, y = set_data("parkingmeter6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 12]) == display and np.argmax(means[:, 3]) == display  # keys; age
    assert np.argmin(means[:, 4]) == display  # payments
    display_kind = [np.mean(x[y == c, 1] == 0) for c in range(6)]
    assert np.argmax(display_kind) == printer  # pay-and-display: the ticket printer
    reports = np.array([[np.mean(x[y == c, 2] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(reports, 1)) == [0, 1, 2, 4, 3, 5]
    true, pred, wrong = knn_errors("parkingmeter6")
    assert 0.239 < wrong.mean() < 0.249 and 0.65 < share_between(true, pred, PARKING_NEIGHBOURS) < 0.71
    assert share_pair(true, pred, solar, printer) > 0.15 and share_pair(true, pred, coin, card) > 0.13
    assert share_pair(true, pred, card, modem) > 0.08
    rates = class_error_rates("parkingmeter6")
    assert np.argmax(rates) == display and np.argmin(rates) == coin
