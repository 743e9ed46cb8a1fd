"""Round 99's held-out noisy-label sets (``benchmarks/data_quality_round99.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round99`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of marbling5 and espresso6 had (mercalli8 and bga6 as first measured):
mercalli8 (its baseline errs on 38.4 %; MLP 74.6 % test with seed 0), marbling5 (44.5 %, over the aim of 40 %, kept;
77.4 %), bga6 (27.7 %, 76.1 %) and espresso6 (31.0 %, 76.6 %). The MLP is fitted once per set (one parametrized
test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round99 import (BGA_CLASSES, BGA_FINISH, BGA_NEIGHBOURS, BGA_ROWS, BGA_TABLE,
                                             ESPRESSO_CLASSES, ESPRESSO_COFFEE, ESPRESSO_NEIGHBOURS, ESPRESSO_ROWS,
                                             ESPRESSO_TABLE, GENERATORS, MARBLING_CLASSES, MARBLING_GRADING,
                                             MARBLING_LIMITS, MARBLING_NEIGHBOURS, MARBLING_ROWS, MERCALLI_ASSIGNING,
                                             MERCALLI_CLASSES, MERCALLI_LIMITS, MERCALLI_NEIGHBOURS, MERCALLI_ROWS,
                                             NEIGHBOURS, ORDERED, ROUND99, ROUND99_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "mercalli8": [6.3, 7.3, 4.6, 320.0, 19.8, 294.0, 56.202, 39.446, 1046.0, 8.5, 1.0, 0.984, 0.92, 11.0, 1981.0,
                  0.0],
    "marbling5": [366.0, 1.38, 87.7, 1.9, 23.0, 1.0, 0.0, 171.0, 0.33, 1.47, 0.0, 6.11, 655.0, 43.4, 5.59, 33.0],
    "bga6": [1.0, 245.2, 65.0, 114.0, 1591.0, 135.0, 42.0, 26.0, 10.2, 64.0, 1.5, 6.6, 96.2, 308.0, 3.6, 1.0,
             1281.0],
    "espresso6": [0.0, 17.4, 33.7, 54.0, 10.0, 9.5, 0.7, 14.0, 92.8, 33.0, 2.0, 7.5, 10.0, 5.3, 9.35, 8.6, 7.0],
}


def test_round99_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND99 == ("mercalli8", "marbling5", "bga6", "espresso6") and ROUND99_GENERATORS is GENERATORS
    check_registered(99, ROUND99, GENERATORS)


def test_round99_covers_5_to_8_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND99] == [8, 5, 6, 6]
    for name in ROUND99:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND99)
def test_round99_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND99)
def test_round99_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round99_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("mercalli8", "marbling5") and set(NEIGHBOURS) == set(ROUND99)
    assert NEIGHBOURS["mercalli8"] is MERCALLI_NEIGHBOURS and NEIGHBOURS["marbling5"] is MARBLING_NEIGHBOURS
    assert NEIGHBOURS["bga6"] is BGA_NEIGHBOURS and NEIGHBOURS["espresso6"] is ESPRESSO_NEIGHBOURS
    assert len(MERCALLI_CLASSES) == len(MERCALLI_ROWS) == 8 and MERCALLI_LIMITS == (2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
    assert len(MARBLING_CLASSES) == len(MARBLING_ROWS) == 5 and MARBLING_LIMITS == (400.0, 500.0, 600.0, 700.0)
    assert len(MERCALLI_ASSIGNING) == 2 and len(MARBLING_GRADING) == 2
    assert len(BGA_CLASSES) == len(BGA_ROWS) == len(BGA_TABLE) == len(BGA_FINISH) == 6
    assert BGA_TABLE.shape[1] == 16 and np.allclose(BGA_FINISH.sum(1), 1)
    assert np.argmin(BGA_TABLE[:, 0]) == 4 and np.argmax(BGA_TABLE[:, 10]) == 0  # the cold peak; the voids
    assert len(ESPRESSO_CLASSES) == len(ESPRESSO_ROWS) == len(ESPRESSO_TABLE) == len(ESPRESSO_COFFEE) == 6
    assert ESPRESSO_TABLE.shape[1] == 16 and np.allclose(ESPRESSO_COFFEE.sum(1), 1)
    assert np.argmax(ESPRESSO_TABLE[:, 2]) == 2 and np.argmin(ESPRESSO_TABLE[:, 7]) == 5  # the slow shot; the cold


@pytest.mark.parametrize("name", ROUND99)
def test_round99_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"mercalli8": (0.70, 0.80), "marbling5": (0.72, 0.82), "bga6": (0.71, 0.81),
                 "espresso6": (0.72, 0.82)}[name]  # as measured (seed 0): 74.6, 77.4, 76.1, 76.6 %
    assert low < mlp.score(b, yb) < high


def test_mercalli8_reports_and_motion_follow_the_level_and_errors_fall_between_adjacent_levels():
    median = class_medians("mercalli8")
    for column in (6, 7, 8, 9, 11):  # the station's PGA and PGV, the reports, their intensity, the frightened
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[10]) >= 0) and median[10, 0] < 0.1 < 0.9 < median[10, 4]  # felt by most
    assert np.all(np.diff(median[0]) >= 0) and median[0, 7] > median[0, 0] + 3  # the magnitude
    assert np.argmax(median[2]) == 0 and median[2, 0] > 3 * median[2, 2]  # the weakest far from the epicentre
    assert np.all(np.diff(median[12]) >= 0) and median[12, 4] > 0.1 > median[12, 3]  # damage reported from VI
    x, y = set_data("mercalli8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert means[0, 3] > means[7, 3]  # softer ground (a lower Vs30) at the strongest levels
    true, pred, wrong = knn_errors("mercalli8")
    assert 0.375 < wrong.mean() < 0.395 and 0.93 < share_between(true, pred, MERCALLI_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.19 and share_pair(true, pred, 1, 2) > 0.16
    rates = class_error_rates("mercalli8")
    assert np.argmax(rates) == 6 and rates.min() > 0.3  # VIII errs most


def test_marbling5_records_follow_the_degree_and_errors_fall_between_adjacent_degrees():
    median = class_medians("marbling5")
    for column in (1, 7, 8, 11, 12):  # the backfat, the days on feed, the sire's EPD, the scan, the camera
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[2]) < 0)  # the ribeye's area falls as the marbling rises
    x, y = set_data("marbling5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    for column in (5, 6, 9, 13):  # heifers, black-hided, the ration's energy, the lean's L*
        assert np.all(np.diff(means[:, column]) > 0)
    assert np.all(np.diff(means[:, 10]) < 0)  # fewer implants
    true, pred, wrong = knn_errors("marbling5")
    assert 0.435 < wrong.mean() < 0.455 and 0.93 < share_between(true, pred, MARBLING_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 0, 1) > 0.27
    rates = class_error_rates("marbling5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 1  # Moderate errs most, Small least


def test_bga6_records_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    voids, hip, bridge, nwo, cold, crack = range(6)
    median = class_medians("bga6")
    assert np.argmin(median[1]) == cold and np.argmin(median[2]) == cold  # the peak; the time above liquidus
    assert np.argmin(median[3]) == voids and np.argmax(median[4]) == nwo  # the soak; the oxygen
    assert np.argmax(median[5]) == bridge and np.argmin(median[5]) == nwo  # the paste's volume
    assert np.argmax(median[6]) == bridge and np.argmax(median[7]) == bridge  # the print's and the placement's offset
    assert np.argmax(median[8]) == hip and np.argmax(median[9]) == hip  # the paste's hours; the warpage
    assert np.argmax(median[10]) == cold and np.argmin(median[10]) == crack  # the board's thickness
    assert np.argmax(median[11]) == voids and np.argmin(median[13]) == bridge  # the voids; the gap
    assert np.argmax(median[12]) == bridge and np.argmin(median[12]) == nwo  # the balls' diameter
    assert np.argmax(median[14]) == bridge and np.argmax(median[16]) == crack  # the roundness; the strain
    x, y = set_data("bga6")
    assert np.argmax([x[y == c, 15].mean() for c in range(6)]) == crack  # the corner balls
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == voids  # immersion silver
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == crack  # ENIG
    true, pred, wrong = knn_errors("bga6")
    assert 0.27 < wrong.mean() < 0.285 and 0.78 < share_between(true, pred, BGA_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, hip, nwo) > 0.27 and share_pair(true, pred, voids, crack) > 0.19
    rates = class_error_rates("bga6")
    assert np.argmax(rates) == hip and np.argmin(rates) == bridge


def test_espresso6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    channel, coarse, fine, stale, dose, cold = range(6)
    median = class_medians("espresso6")
    assert np.argmax(median[1]) == dose and np.argmax(median[2]) == coarse  # the dose; the yield
    assert np.argmax(median[3]) == fine and np.argmin(median[3]) == coarse  # the shot's time
    assert np.argmin(median[5]) == coarse and np.argmax(median[6]) == channel  # the pressure; its fall
    assert np.argmax(median[7]) == channel and np.argmin(median[8]) == cold  # the flow's variation; the temperature
    assert np.argmax(median[9]) == cold and np.argmax(median[10]) == coarse  # the idle; the grind coarser
    assert np.argmin(median[10]) == fine and np.argmax(median[12]) == stale  # the grind finer; the roast's days
    assert np.argmax(median[13]) == stale and np.argmax(median[14]) == fine  # the hopper's hours; the TDS
    assert np.argmin(median[15]) == stale and np.argmax(median[16]) == channel  # the crema; a busy bar
    x, y = set_data("espresso6")
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == stale  # the decaf
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == cold  # the light roast
    true, pred, wrong = knn_errors("espresso6")
    assert 0.30 < wrong.mean() < 0.32 and 0.80 < share_between(true, pred, ESPRESSO_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, fine, dose) > 0.17 and share_pair(true, pred, coarse, stale) > 0.16
    rates = class_error_rates("espresso6")
    assert np.argmax(rates) == stale and np.argmin(rates) == fine
