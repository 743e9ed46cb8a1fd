"""Round 70's held-out noisy-label sets (``benchmarks/data_quality_round70.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round70`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class means and medians follow the
field, the documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code)
errs at its measured rate and mostly between the documented neighbouring classes (between adjacent classes in the
ordered sets). As measured, flock6 meets the three aims; asa5 misses the baseline's aim by a hair (its baseline errs
on 40.2 %), decay5 (49.6 %, after its one change; its MLP 60.6 % test with seed 0, 52.7 % with seed 1) and washer6
(42.2 %, after its one change) miss it too, kept and said. The MLP is fitted once per set (one parametrized
test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round70 import (ASA_BMI_LIMITS, ASA_CLASSES, ASA_EF_LIMITS, ASA_EVENT_MONTHS,
                                             ASA_HBA1C_LIMIT, ASA_NEIGHBOURS, ASA_ROWS, DECAY_CLASSES, DECAY_KEY,
                                             DECAY_NEIGHBOURS, DECAY_ROWS, FLOCK_CAUSES, FLOCK_NEIGHBOURS, FLOCK_ROWS,
                                             FLOCK_TABLE, GENERATORS, NEIGHBOURS, ORDERED, ROUND70,
                                             ROUND70_GENERATORS, SHAPES, WASHER_FAULTS, WASHER_NEIGHBOURS,
                                             WASHER_ROWS, WASHER_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "asa5": [44.0, 29.9, 0.0, 125.0, 71.0, 5.3, 91.0, 56.0, 240.0, 0.0, 65.0, 156.0, 13.8, 8.0, 1.0, 0.0],
    "decay5": [2.0, 18.9, 9.1, 0.181, 92.0, 0.0, 91.0, 1.0, 9.7, 1460.0, 81.0, 90.0],
    "washer6": [6.0, 6.0, 1100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 174.0, 76.0, 0.0, 0.0],
    "flock6": [25.0, 35.0, 25.5, 29.9, 68.0, -24.0, -14.0, 1.17, 2.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 15.0],
}


def test_round70_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND70 == ("asa5", "decay5", "washer6", "flock6") and ROUND70_GENERATORS is GENERATORS
    check_registered(70, ROUND70, GENERATORS)


def test_round70_covers_5_and_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND70) == [5, 5, 6, 6]
    for name in ROUND70:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND70)
def test_round70_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND70)
def test_round70_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round70_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("asa5", "decay5") and set(NEIGHBOURS) == set(ROUND70)
    assert NEIGHBOURS["asa5"] is ASA_NEIGHBOURS and NEIGHBOURS["decay5"] is DECAY_NEIGHBOURS
    assert NEIGHBOURS["washer6"] is WASHER_NEIGHBOURS and NEIGHBOURS["flock6"] is FLOCK_NEIGHBOURS
    assert len(ASA_CLASSES) == len(ASA_ROWS) == 5 and ASA_CLASSES[4].startswith("ASA V, a moribund")
    assert ASA_BMI_LIMITS == (30, 40) and ASA_HBA1C_LIMIT == 8 and ASA_EVENT_MONTHS == 3 and ASA_EF_LIMITS == (30, 45)
    assert len(DECAY_CLASSES) == len(DECAY_ROWS) == 5 and len(DECAY_KEY) == 8 and "knife" in DECAY_KEY
    assert len(WASHER_FAULTS) == len(WASHER_ROWS) == len(WASHER_TABLE) == 6 and WASHER_TABLE.shape[1] == 16
    assert np.argmax(WASHER_TABLE[:, 4]) == 0 and np.argmax(WASHER_TABLE[:, 7]) == 0  # a drain code; water left
    assert np.argmax(WASHER_TABLE[:, 8]) == 1 and np.argmax(WASHER_TABLE[:, 13]) == 1  # a loud spin for weeks
    assert np.argmax(WASHER_TABLE[:, 5]) == 2  # a door-lock code
    assert np.argmax(WASHER_TABLE[:, 6]) == 3 and np.argmax(WASHER_TABLE[:, 10]) == 3  # a heater code; cold
    assert np.argmax(WASHER_TABLE[:, 11]) == 3 and np.argmax(WASHER_TABLE[:, 12]) == 3  # the RCD; hard water
    assert np.argmax(WASHER_TABLE[:, 14]) == 4  # a dead display
    assert np.argmax(WASHER_TABLE[:, 3]) == 5 and np.argmax(WASHER_TABLE[:, 15]) == 5  # brushes; a burning smell
    assert len(FLOCK_CAUSES) == len(FLOCK_ROWS) == len(FLOCK_TABLE) == 6 and FLOCK_TABLE.shape[1] == 16
    assert np.argmax(FLOCK_TABLE[:, 2]) == 0 and np.argmax(FLOCK_TABLE[:, 5]) == 0  # a hot spell; thirst
    assert np.argmax(FLOCK_TABLE[:, 3]) == 1 and np.argmax(FLOCK_TABLE[:, 10]) == 1  # a hot house; an alarm
    assert np.argmax(FLOCK_TABLE[:, 7]) == 1 and np.argmax(FLOCK_TABLE[:, 11]) == 2  # many dead; wet litter
    assert np.argmin(FLOCK_TABLE[:, 13]) == 2  # no anticoccidial
    assert np.argmax(FLOCK_TABLE[:, 12]) == 4 and np.argmax(FLOCK_TABLE[:, 14]) == 4  # rales; spreading
    assert np.argmin(FLOCK_TABLE[:, 5]) == 5 and np.argmin(FLOCK_TABLE[:, 6]) == 5  # a dry line; an empty feeder


@pytest.mark.parametrize("name", ROUND70)
def test_round70_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"asa5": (0.56, 0.66), "decay5": (0.56, 0.66), "washer6": (0.56, 0.66),
                 "flock6": (0.69, 0.79)}[name]  # as measured (seed 0): 60.9, 60.6, 60.9, 73.5 %
    assert low < mlp.score(b, yb) < high


def test_asa5_assessment_records_follow_the_class_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("asa5")
    median = class_medians("asa5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[0][:4]) > 0) and np.argmin(median[1]) == 0  # older; the healthy leaner
    assert means[2][0] < 0.05 < 0.2 < means[2][1]  # a smoker is class II at least
    assert np.all(np.diff(means[14][:4]) > 0) and np.all(np.diff(means[13][:4]) < 0)  # medications; METs
    assert np.all(np.diff(means[8][:4]) < 0) and np.argmin(means[7]) == 3  # events on record; a weak heart
    assert np.argmax(means[10]) == 3 and np.argmax(means[9]) == 3  # the kidneys: creatinine, dialysis
    assert np.argmin(median[3]) == 4 and np.argmax(median[4]) == 4 and np.argmin(median[11]) == 4  # shock, a bleed
    assert median[15][4] == 2 and median[15][:4].max() == 0 and np.argmax(means[12]) == 4  # emergencies; the WCC
    true, pred, wrong = knn_errors("asa5")
    assert 0.38 < wrong.mean() < 0.42 and 0.79 < share_between(true, pred, ASA_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, 1, 2) > 0.27 and share_pair(true, pred, 0, 1) > 0.20
    assert share_pair(true, pred, 2, 3) > 0.14 and share_pair(true, pred, 3, 4) > 0.10
    assert share_pair(true, pred, 0, 2) > 0.05  # two apart
    rates = class_error_rates("asa5")
    assert np.argmin(rates) == 0 and rates[[2, 3]].min() > 0.5


def test_decay5_inventory_records_follow_the_class_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("decay5")
    median = class_medians("decay5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[3]) < 0) and np.all(np.diff(median[4]) > 0)  # lighter; wetter
    assert np.all(np.diff(median[6]) > 0) and np.all(np.diff(means[5]) > 0)  # mossier; hollow
    assert np.all(np.diff(median[11]) > 0) and np.all(np.diff(means[8]) > 0)  # longer since; warmer stands
    assert means[7][[1, 2, 3]].min() > 0.55 > 0.45 > means[7][[0, 4]].max()  # fruiting in the middle classes
    share = np.array([[np.mean(x[y == c, 0] == v) for c in range(5)] for v in (2, 4)])
    assert np.all(np.diff(share[0]) < 0) and np.argmax(share[1]) == 4  # cedars resist; hardwoods rot
    true, pred, wrong = knn_errors("decay5")
    assert 0.47 < wrong.mean() < 0.52 and 0.83 < share_between(true, pred, DECAY_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, 1, 2) > 0.23 and share_pair(true, pred, 2, 3) > 0.20
    assert share_pair(true, pred, 3, 4) > 0.15 and share_pair(true, pred, 0, 1) > 0.15
    assert share_pair(true, pred, 0, 2) > 0.04  # two apart
    rates = class_error_rates("decay5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3


def test_washer6_call_records_follow_the_fault_and_errors_fall_between_confused_faults():
    pump, bearings, door, heater, board, motor = range(6)
    x, y = set_data("washer6")
    median = class_medians("washer6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert means[0][[bearings, motor]].min() > means[0][[pump, door, heater, board]].max()  # old machines
    assert np.argmax(means[4]) == pump and np.argmax(means[7]) == pump  # a drain code; water left
    assert np.argmax(means[5]) == door and np.argmax(means[14]) == board  # a door-lock code; a dead display
    assert np.argmax(means[6]) == heater and np.argmax(means[10]) == heater and np.argmax(means[11]) == heater
    assert np.argmax(median[12]) == heater  # hard water
    assert np.argmax(means[8]) == bearings and np.argmax(median[13]) == bearings  # a loud spin for weeks
    assert np.argmax(means[3]) == motor and np.argmax(means[15]) == motor  # a brushed motor; a burning smell
    true, pred, wrong = knn_errors("washer6")
    assert 0.40 < wrong.mean() < 0.44 and 0.71 < share_between(true, pred, WASHER_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, pump, door) > 0.15 and share_pair(true, pred, bearings, motor) > 0.15
    assert share_pair(true, pred, pump, board) > 0.09 and share_pair(true, pred, heater, board) > 0.07
    assert share_pair(true, pred, door, board) > 0.06
    assert share_pair(true, pred, pump, motor) > 0.03  # outside the map
    rates = class_error_rates("washer6")
    assert np.argmin(rates) == bearings and rates[[board, motor]].min() > 0.6


def test_flock6_house_and_flock_records_follow_the_cause_and_errors_fall_between_confused_causes():
    heat, vent, cocci, enteritis, resp, supply = range(6)
    x, y = set_data("flock6")
    median = class_medians("flock6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[0]) == heat and np.argmax(median[2]) == heat and np.argmin(median[2]) == resp
    assert means[3][[heat, vent]].min() > means[3][[cocci, enteritis, resp, supply]].max() + 3  # a hot house
    assert np.argmax(median[5]) == heat and np.argmin(median[5]) == supply and np.argmin(median[6]) == supply
    assert np.argmax(median[7]) == vent and np.argmax(means[10]) == vent  # the most dead; an alarm
    assert np.argmax(means[9]) == heat and means[9][[heat, vent]].min() > 0.6  # the heaviest birds first
    assert means[11][[cocci, enteritis]].min() > 0.6 > 0.35 > means[11][[heat, vent, supply]].max()  # wet litter
    assert np.argmin(means[13]) == cocci  # no anticoccidial
    assert np.argmax(means[12]) == resp and np.argmax(means[14]) == resp and np.argmax(median[15]) == resp
    true, pred, wrong = knn_errors("flock6")
    assert 0.29 < wrong.mean() < 0.33 and 0.73 < share_between(true, pred, FLOCK_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, cocci, enteritis) > 0.40 and share_pair(true, pred, heat, vent) > 0.15
    assert share_pair(true, pred, cocci, supply) > 0.06
    assert share_pair(true, pred, enteritis, resp) > 0.09  # outside the map
    rates = class_error_rates("flock6")
    assert np.argmin(rates) == heat and np.argmax(rates) == enteritis
