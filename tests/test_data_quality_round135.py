"""Round 135's held-out noisy-label sets (``benchmarks/data_quality_round135.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round135`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered sets).
As measured: lettuce4 (its baseline errs on 31.3 % after its one change; MLP 76.4 % test with seed 0), celery4 (40.2 %
after its one change: the baseline's aim missed, kept and said; 71.6 %), icebreaker6 (19.7 %; 84.1 %) and
desalination6 (20.0 %; 83.2 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 lots
(the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round135 import (CELERY_CLASSES, CELERY_GRADING, CELERY_LEVELS, CELERY_LIMITS,
                                              CELERY_NEIGHBOURS, CELERY_ROWS, DESALINATION_CLASSES,
                                              DESALINATION_FOUND, DESALINATION_NEIGHBOURS, DESALINATION_ROWS,
                                              DESALINATION_SEA, DESALINATION_SEASON, DESALINATION_TABLE, GENERATORS,
                                              ICEBREAKER_CLASSES, ICEBREAKER_FOUND, ICEBREAKER_ICE,
                                              ICEBREAKER_NEIGHBOURS, ICEBREAKER_ROWS, ICEBREAKER_TABLE,
                                              ICEBREAKER_WORK, LETTUCE_CLASSES, LETTUCE_GRADING, LETTUCE_LEVELS,
                                              LETTUCE_LIMITS, LETTUCE_NEIGHBOURS, LETTUCE_ROWS, NEIGHBOURS, ORDERED,
                                              ROUND135, ROUND135_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "lettuce4": [1.0, 0.0, 90.0, 0.96, 27.5, 12.8, 2.1, 0.142, 4.0, 1.4, 2.5, 434.0, 0.0],
    "celery4": [2.0, 0.0, 84.0, 143.0, 7.0, 27.2, 1.0, 4.6, 13.4, 0.86, 36.0, 11.7, 11.3],
    "icebreaker6": [0.0, 2.0, 1.0, -9.4, -1.66, 0.62, 5.5, 49.0, 5.3, 11.5, 106.0, 23.0, 33.4, 6.6, 1.0, 4.4],
    "desalination6": [2.0, 2.0, 1.0, 1.4, 1.4, 2.8, 0.6, 62.5, 2.2, 3.4, 1.2, 1.25, 323.0, 440.0, 8.15, 15.7],
}


def test_round135_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND135 == ("lettuce4", "celery4", "icebreaker6", "desalination6") and ROUND135_GENERATORS is GENERATORS
    check_registered(135, ROUND135, GENERATORS)


def test_round135_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND135] == [4, 4, 6, 6]
    for name in ROUND135:  # rows 2,140, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert rows == 2140 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND135)
def test_round135_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND135)
def test_round135_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round135_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("lettuce4", "celery4") and set(NEIGHBOURS) == set(ROUND135)
    assert NEIGHBOURS["lettuce4"] is LETTUCE_NEIGHBOURS and NEIGHBOURS["celery4"] is CELERY_NEIGHBOURS
    assert NEIGHBOURS["icebreaker6"] is ICEBREAKER_NEIGHBOURS
    assert NEIGHBOURS["desalination6"] is DESALINATION_NEIGHBOURS
    assert len(LETTUCE_CLASSES) == len(LETTUCE_ROWS) == len(LETTUCE_LIMITS) == len(LETTUCE_LEVELS) == 4
    assert LETTUCE_LIMITS.shape == (4, 3) and np.all(LETTUCE_LIMITS[1:] >= LETTUCE_LIMITS[:-1])
    assert np.all(np.diff(LETTUCE_LEVELS) > 0) and np.all(LETTUCE_LIMITS < 100)  # a lot within none not kept
    assert len(CELERY_CLASSES) == len(CELERY_ROWS) == len(CELERY_LIMITS) == len(CELERY_LEVELS) == 4
    assert CELERY_LIMITS.shape == (4, 3) and np.all(CELERY_LIMITS[1:] >= CELERY_LIMITS[:-1])
    assert list(-CELERY_LIMITS[:3, 0]) == [7, 6, 4] and np.all(CELERY_LIMITS[3] == 100)  # midribs; below grade any
    assert np.all(np.diff(CELERY_LEVELS) > 0) and len(LETTUCE_GRADING) == 2 and len(CELERY_GRADING) == 2
    assert len(ICEBREAKER_CLASSES) == len(ICEBREAKER_ROWS) == len(ICEBREAKER_TABLE) == 6
    assert len(DESALINATION_CLASSES) == len(DESALINATION_ROWS) == len(DESALINATION_TABLE) == 6
    assert ICEBREAKER_TABLE.shape[1] == 13 and DESALINATION_TABLE.shape[1] == 13
    for table in (ICEBREAKER_FOUND, ICEBREAKER_WORK, ICEBREAKER_ICE, DESALINATION_FOUND, DESALINATION_SEASON,
                  DESALINATION_SEA):
        assert len(table) == 6 and np.allclose(table.sum(1), 1)
    assert np.argmax(ICEBREAKER_TABLE[:, 5]) == 0 and np.argmax(ICEBREAKER_TABLE[:, 6]) == 0  # vibration; seal oil
    assert np.argmax(ICEBREAKER_TABLE[:, 7]) == 1 and np.argmax(ICEBREAKER_TABLE[:, 8]) == 2  # winding; exhaust
    assert np.argmax(ICEBREAKER_TABLE[:, 2]) == 3 and np.argmax(ICEBREAKER_TABLE[:, 10]) == 4  # ice; azimuth error
    assert np.argmax(ICEBREAKER_TABLE[:, 9]) == 5 and np.argmin(ICEBREAKER_TABLE[:, 0]) == 5  # cooling water; cold
    assert np.argmax(DESALINATION_TABLE[:, 0]) == 0 and np.argmax(DESALINATION_TABLE[:, 2]) == 1  # turbidity; SDI
    assert np.argmax(DESALINATION_TABLE[:, 5]) == 2 and np.argmax(DESALINATION_TABLE[:, 7]) == 3  # vibration; flow
    assert np.argmax(DESALINATION_TABLE[:, 10]) == 4 and np.argmin(DESALINATION_TABLE[:, 11]) == 5  # ORP; pH


@pytest.mark.parametrize("name", ROUND135)
def test_round135_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"lettuce4": (0.714, 0.814), "celery4": (0.666, 0.766), "icebreaker6": (0.791, 0.891),
                 "desalination6": (0.782, 0.882)}[name]  # as measured (seed 0): 76.4, 71.6, 84.1, 83.2 %
    assert low < mlp.score(b, yb) < high


def test_lettuce4_the_cooler_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("lettuce4")
    assert np.all(np.diff(median[2]) < 0) and np.all(np.diff(median[3]) < 0)  # days since planting; head weight
    assert np.all(np.diff(median[9]) > 0) and median[9, 3] > 2 * median[9, 2]  # the QC culls
    assert np.all(np.diff(median[11]) < 0) and np.argmin(median[4]) == 0  # the QC density; Fancy the coolest block
    assert np.argmin(median[5]) == 0 and np.argmin(median[6]) == 0  # Fancy the coolest cores, the quickest cooling
    x, y = set_data("lettuce4")
    assert np.argmin([x[y == c, 12].mean() for c in range(4)]) == 0  # the QC cut test's tipburn
    true, pred, wrong = knn_errors("lettuce4")
    assert 0.308 < wrong.mean() < 0.318 and 0.93 < share_between(true, pred, LETTUCE_NEIGHBOURS) < 0.99
    assert share_pair(true, pred, 0, 1) > 0.3 and share_pair(true, pred, 1, 2) > 0.3
    assert share_pair(true, pred, 2, 3) > 0.2
    rates = class_error_rates("lettuce4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0


def test_celery4_the_packing_shed_records_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    median = class_medians("celery4")
    assert np.all(np.diff(median[4]) >= 0) and median[4, 3] > median[4, 0]  # the irrigation's longest gap
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[12]) > 0)  # the heat; the sorters' culls
    assert np.all(np.diff(median[8]) < 0) and np.all(np.diff(median[11]) < 0)  # petioles' width; trimmed length
    assert median[3, 0] > median[3, 2] and median[9, 0] > median[9, 3]  # the irrigation; the stalks' weight
    x, y = set_data("celery4")
    assert np.all(np.diff([x[y == c, 6].mean() for c in range(4)]) < 0)  # fewer calcium sprays
    true, pred, wrong = knn_errors("celery4")
    assert 0.397 < wrong.mean() < 0.407 and 0.86 < share_between(true, pred, CELERY_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 0, 1) > 0.4 and share_pair(true, pred, 1, 2) > 0.25
    rates = class_error_rates("celery4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_icebreaker6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    thrusters, motors, diesels, hull, steering, cooling = range(6)
    median = class_medians("icebreaker6")
    assert np.argmin(median[3]) == cooling and np.argmax(median[5]) == hull  # the coldest air; the thickest ice
    assert np.argmin(median[6]) == hull and np.argmax(median[7]) == hull  # the slowest, at the most power
    assert np.argmin(median[7]) == steering and np.argmax(median[8]) == thrusters  # the least power; vibration
    assert np.argmax(median[9]) == thrusters and np.argmax(median[10]) == motors  # seal oil; winding
    assert np.argmax(median[11]) == diesels and np.argmax(median[12]) == cooling  # exhaust; cooling water
    assert np.argmax(median[13]) == steering and np.argmax(median[15]) == thrusters  # azimuth error; longest
    assert np.argmin(median[15]) == steering  # the shortest stops
    x, y = set_data("icebreaker6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert list(np.argmax(found, 1)) == [0, 0, 0, 1, 3, 0] and np.argmax(found[:, 3]) == steering
    assert np.argmax([np.mean(x[y == c, 1] == 2) for c in range(6)]) == steering  # station keeping
    assert np.argmax([np.mean(x[y == c, 2] == 0) for c in range(6)]) == cooling  # brash and slush
    true, pred, wrong = knn_errors("icebreaker6")
    assert 0.192 < wrong.mean() < 0.202 and 0.77 < share_between(true, pred, ICEBREAKER_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, motors, diesels) > 0.15 and share_pair(true, pred, thrusters, hull) > 0.14
    assert share_pair(true, pred, diesels, cooling) > 0.14


def test_desalination6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    intake, pretreatment, pumps, membranes, dosing, post = range(6)
    median = class_medians("desalination6")
    assert np.argmax(median[3]) == intake and np.argmax(median[4]) == intake  # turbidity; chlorophyll
    assert np.argmax(median[5]) == pretreatment and np.argmax(median[6]) == pretreatment  # SDI; cartridges
    assert np.argmin(median[7]) == pumps and np.argmax(median[7]) == membranes  # the feed pressure
    assert np.argmax(median[8]) == pumps and np.argmax(median[9]) == pumps  # vibration; salinity increase
    assert np.argmax(median[10]) == membranes and np.argmax(median[11]) == membranes  # flow's drop; pressure drop
    assert np.argmax(median[12]) == membranes and np.argmax(median[13]) == dosing  # conductivity; ORP
    assert np.argmin(median[14]) == post and np.argmin(median[15]) == post  # the lowest pH; the shortest losses
    x, y = set_data("desalination6")
    found = np.array([[np.mean(x[y == c, 0] == k) for k in range(4)] for c in range(6)])
    assert np.argmax(found[:, 0]) == pumps and np.argmax(found[:, 3]) == post  # a trip; the laboratory
    assert np.argmax([np.mean(x[y == c, 2] == 2) for c in range(6)]) == intake  # the storms
    true, pred, wrong = knn_errors("desalination6")
    assert 0.195 < wrong.mean() < 0.205 and 0.77 < share_between(true, pred, DESALINATION_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, dosing, post) > 0.15 and share_pair(true, pred, membranes, dosing) > 0.13
    assert share_pair(true, pred, intake, pretreatment) > 0.13
    rates = class_error_rates("desalination6")
    assert np.argmax(rates) == dosing and np.argmin(rates) == pumps
