"""Round 95's held-out noisy-label sets (``benchmarks/data_quality_round95.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round95`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (aquarium6 unchanged after the first; ramsay6, brackmann6 and appcrash6 changed
once): ramsay6 (its baseline errs on 44.5 %, over the 40 % aim; kept; MLP 75.0 % test with seed 0), brackmann6
(47.7 %, over the aim; kept; 75.7 %), aquarium6 (35.3 %, 79.8 %) and appcrash6 (35.3 %, 75.3 %). The MLP is fitted
once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a
session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round95 import (APPCRASH_CLASSES, APPCRASH_DEVICE, APPCRASH_NEIGHBOURS, APPCRASH_ROWS,
                                             APPCRASH_TABLE, AQUARIUM_CLASSES, AQUARIUM_KIND, AQUARIUM_NEIGHBOURS,
                                             AQUARIUM_ROWS, AQUARIUM_TABLE, BRACKMANN_CLASSES,
                                             BRACKMANN_EXAMINATION, BRACKMANN_LIMITS, BRACKMANN_NEIGHBOURS,
                                             BRACKMANN_ROWS, GENERATORS, NEIGHBOURS, ORDERED, RAMSAY_ASSESSMENT,
                                             RAMSAY_CLASSES, RAMSAY_LIMITS, RAMSAY_NEIGHBOURS, RAMSAY_ROWS, ROUND95,
                                             ROUND95_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "ramsay6": [57.0, 3.0, 69.0, 1.2, 3.1, 0.0, 0.0, 30.0, 74.0, 0.0, 70.0, 56.0, 14.0, 1.0, 42.0, 5.0, 3.0],
    "brackmann6": [57.0, 0.0, 6.0, 0.0, 1.0, 0.0, 4.0, 1.0, 0.0, 69.0, 5.0, 1.0, 0.0, 4.0, 19.0, 0.0],
    "aquarium6": [3.0, 17.9, 39.0, 0.0, 5.1, 0.44, 0.2, 15.0, 6.7, 6.3, 27.5, 1.0, 0.0, 1.0, 0.0, 0.0, 29.0],
    "appcrash6": [1.0, 4.5, 19.0, 0.0, 30.0, 134.0, 499.0, 0.0, 1.0, 0.0, 1.0, 1639.0, 276.0, 12.0, 0.0, 0.0, 2.0],
}


def test_round95_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND95 == ("ramsay6", "brackmann6", "aquarium6", "appcrash6") and ROUND95_GENERATORS is GENERATORS
    check_registered(95, ROUND95, GENERATORS)


def test_round95_covers_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND95] == [6, 6, 6, 6]
    for name in ROUND95:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND95)
def test_round95_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND95)
def test_round95_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round95_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("ramsay6", "brackmann6") and set(NEIGHBOURS) == set(ROUND95)
    assert NEIGHBOURS["ramsay6"] is RAMSAY_NEIGHBOURS and NEIGHBOURS["brackmann6"] is BRACKMANN_NEIGHBOURS
    assert NEIGHBOURS["aquarium6"] is AQUARIUM_NEIGHBOURS and NEIGHBOURS["appcrash6"] is APPCRASH_NEIGHBOURS
    assert len(RAMSAY_CLASSES) == len(RAMSAY_ROWS) == 6 and RAMSAY_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5)
    assert len(BRACKMANN_CLASSES) == len(BRACKMANN_ROWS) == 6 and BRACKMANN_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5)
    assert len(RAMSAY_ASSESSMENT) == 2 and len(BRACKMANN_EXAMINATION) == 2
    assert len(AQUARIUM_CLASSES) == len(AQUARIUM_ROWS) == len(AQUARIUM_TABLE) == len(AQUARIUM_KIND) == 6
    assert AQUARIUM_TABLE.shape[1] == 16 and np.allclose(AQUARIUM_KIND.sum(1), 1)
    assert np.argmax(AQUARIUM_TABLE[:, 4]) == 0 and np.argmin(AQUARIUM_TABLE[:, 7]) == 5  # ammonia; the pH
    assert len(APPCRASH_CLASSES) == len(APPCRASH_ROWS) == len(APPCRASH_TABLE) == len(APPCRASH_DEVICE) == 6
    assert APPCRASH_TABLE.shape[1] == 16 and np.allclose(APPCRASH_DEVICE.sum(1), 1)
    assert np.argmin(APPCRASH_TABLE[:, 1]) == 0 and np.argmax(APPCRASH_TABLE[:, 10]) == 3  # free memory; the stall


@pytest.mark.parametrize("name", ROUND95)
def test_round95_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"ramsay6": (0.70, 0.80), "brackmann6": (0.71, 0.81), "aquarium6": (0.75, 0.85),
                 "appcrash6": (0.70, 0.80)}[name]  # as measured (seed 0): 75.0, 75.7, 79.8, 75.3 %
    assert low < mlp.score(b, yb) < high


def test_ramsay6_record_follows_the_level_and_errors_fall_between_adjacent_levels():
    median = class_medians("ramsay6")
    assert np.all(np.diff(median[15]) > 0)  # the level 4 hours before
    for column in (10, 11, 12, 14):  # the heart rate, the blood pressure, the respiratory rate, the bispectral index
        assert np.all(np.diff(median[column]) < 0)
    x, y = set_data("ramsay6")
    for column in (5, 7, 13):  # midazolam, fentanyl, a mandatory ventilator mode
        assert np.all(np.diff([x[y == c, column].mean() for c in range(6)]) > 0)
    for column in (6, 16):  # dexmedetomidine (a light sedation), the behavioural pain scale
        assert np.all(np.diff([x[y == c, column].mean() for c in range(6)]) < 0)
    assert x[y == 5, 9].mean() > x[y == 0, 9].mean() + 0.15  # a bolus in the last hour
    assert np.mean(x[y == 5, 1] == 3) > np.mean(x[y == 0, 1] == 3) + 0.1  # a neurological illness among the deepest
    true, pred, wrong = knn_errors("ramsay6")
    assert 0.43 < wrong.mean() < 0.46 and 0.88 < share_between(true, pred, RAMSAY_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 2, 3) > 0.2 and share_pair(true, pred, 3, 4) > 0.19
    assert np.mean(np.abs(true - pred) >= 2) < 0.12
    rates = class_error_rates("ramsay6")
    assert np.argmax(rates) == 4 and max(rates[0], rates[5]) < min(rates[1:5])  # the ends err least


def test_brackmann6_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("brackmann6")
    assert np.all(np.diff(median[6]) >= 0) and median[6][5] > median[6][0] + 2  # the referral's grade at the worst
    assert np.all(np.diff(median[9]) < 0) and np.all(np.diff(median[10]) < 0)  # the disability index; own rating
    assert median[2][0] > median[2][1] > median[2][2] and np.argmax(median[2]) == 0  # the days since the onset
    x, y = set_data("brackmann6")
    for column in (0, 8, 11):  # the age, the electroneurography's degeneration, taste lost
        assert np.all(np.diff([x[y == c, column].mean() for c in range(6)]) > 0)
    assert np.all(np.diff([x[y == c, 14].mean() for c in range(6)]) < 0)  # Schirmer's test
    enog_done = [x[y == c, 7].mean() for c in range(6)]  # done mostly in complete palsies
    assert np.all(np.diff(enog_done[1:]) > 0) and enog_done[5] > enog_done[0] + 0.5
    assert x[y == 5, 12].mean() > x[y == 0, 12].mean() + 0.25  # a hyperacusis
    assert np.mean(x[y == 5, 1] == 1) > np.mean(x[y == 0, 1] == 1) + 0.1  # the Ramsay Hunt syndrome among the worst
    true, pred, wrong = knn_errors("brackmann6")
    assert 0.46 < wrong.mean() < 0.50 and 0.90 < share_between(true, pred, BRACKMANN_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 0, 1) > 0.18 and share_pair(true, pred, 2, 3) > 0.18
    assert np.mean(np.abs(true - pred) >= 2) < 0.10
    rates = class_error_rates("brackmann6")
    assert np.argmax(rates) == 4 and np.argmin(rates) == 5


def test_aquarium6_answers_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    ammonia, nitrite, oxygen, temperature, ich, ph = range(6)
    median = class_medians("aquarium6")
    assert np.argmax(median[5]) == ammonia and np.argmax(median[6]) == nitrite  # the kit's ammonia; its nitrite
    assert np.argmin(median[8]) == ph and np.argmin(median[9]) == ph and np.argmax(median[7]) == ph  # pH, KH, nitrate
    assert np.argmin(median[10]) == temperature and np.argmax(median[10]) == oxygen  # the thermometer
    assert np.argmin(median[1]) == ammonia and np.argmax(median[1]) == ph  # the tank's age
    x, y = set_data("aquarium6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 12]) == ich and np.argmax(means[:, 3]) == ich  # white spots; fish just added
    assert np.argmax(means[:, 4]) == ich and np.argmin(means[:, 4]) == temperature  # the days the deaths took
    assert np.argmax(means[:, 11]) == oxygen and np.argmax(means[:, 13]) == oxygen  # gasping; found in the morning
    assert np.argmax(means[:, 16]) == oxygen  # the stocking
    assert np.argmax(means[:, 14]) == temperature and np.argmax(means[:, 15]) == temperature  # a heater; a change
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == oxygen  # coldwater tanks
    assert np.argmax([np.mean(x[y == c, 0] == 3) for c in range(6)]) == ph  # planted tanks
    true, pred, wrong = knn_errors("aquarium6")
    assert 0.33 < wrong.mean() < 0.37 and 0.78 < share_between(true, pred, AQUARIUM_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, ammonia, nitrite) > 0.18 and share_pair(true, pred, ammonia, ich) > 0.16
    rates = class_error_rates("aquarium6")
    assert np.argmax(rates) == nitrite and np.argmin(rates) == ph


def test_appcrash6_report_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    memory, null, network, main_thread, sdk, os_version = range(6)
    median = class_medians("appcrash6")
    assert np.argmin(median[1]) == memory and np.argmin(median[2]) == memory  # the device's memory; free memory
    assert np.argmax(median[6]) == memory and np.argmin(median[6]) == os_version  # the session's length
    assert np.argmax(median[12]) == memory and np.argmax(median[13]) == memory  # memory in use; screens viewed
    assert np.argmin(median[4]) == null and np.argmin(median[5]) == os_version  # the app's release; the OS update
    assert np.argmax(median[11]) == main_thread and np.argmax(median[16]) == os_version  # the stall; the model's rate
    x, y = set_data("appcrash6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 3]) == os_version and np.argmax(means[:, 7]) == os_version  # the newest OS; at launch
    assert np.argmax(means[:, 15]) == os_version and np.argmin(means[:, 8]) == memory  # repeated; in the foreground
    assert np.argmax(means[:, 9]) == network and np.argmax(means[:, 10]) == network  # cellular; requests in flight
    assert np.argmax(means[:, 14]) == sdk  # an SDK updated
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == memory  # low-end phones
    assert np.argmax([np.mean(x[y == c, 0] == 3) for c in range(6)]) == os_version  # iPhones
    true, pred, wrong = knn_errors("appcrash6")
    assert 0.33 < wrong.mean() < 0.37 and 0.78 < share_between(true, pred, APPCRASH_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, null, network) > 0.17 and share_pair(true, pred, sdk, os_version) > 0.15
    assert share_pair(true, pred, memory, main_thread) > 0.11
    rates = class_error_rates("appcrash6")
    assert np.argmax(rates) == sdk and np.argmin(rates) == memory
