"""Round 83's held-out noisy-label sets (``benchmarks/data_quality_round83.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round83`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, tyrewear6 (its baseline errs on 36.1 %, its MLP 70.7 % test with seed 0) meets the aims; bosniak5
(47.9 %, 63.7 %), outerbridge5 (41.7 %, 66.9 %) and firecause6 (47.1 %, 59.4 %), each after its one change, miss
the baseline's aim (firecause6 the MLP's too, by 0.6), kept and said. The MLP is fitted once per set (one
parametrized test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round83 import (BOSNIAK_CLASSES, BOSNIAK_CT, BOSNIAK_LIMITS, BOSNIAK_NEIGHBOURS,
                                             BOSNIAK_ROWS, FIRE_CAUSES, FIRE_NEIGHBOURS, FIRE_ROOMS, FIRE_ROWS,
                                             FIRE_TABLE, GENERATORS, NEIGHBOURS, ORDERED, OUTERBRIDGE_CLASSES,
                                             OUTERBRIDGE_LIMITS, OUTERBRIDGE_NEIGHBOURS, OUTERBRIDGE_ROWS,
                                             OUTERBRIDGE_SCOPE, ROUND83, ROUND83_GENERATORS, SHAPES, TYRE_AXLES,
                                             TYRE_NEIGHBOURS, TYRE_PATTERNS, TYRE_ROWS, TYRE_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "bosniak5": [61.0, 1.0, 32.9, 0.0, 35.0, 1.2, 0.0, 0.0, 0.0, 0.0, 68.0, 0.0, 0.0, 0.0],
    "outerbridge5": [64.0, 1.0, 30.1, 1.0, 0.0, 39.2, 1.0, 0.0, 4.0, 68.0, 0.0, 0.0, 0.0],
    "tyrewear6": [2.0, 5.1, 7.6, 11.2, 104.0, 0.0, 68.0, 65.2, 44.0, 0.0, 18.5, 8.0, 2.0, 52.0, 0.0, 223.0],
    "firecause6": [2.0, 17.0, 1.0, 1.0, 1.0, 50.0, 1.0, 1.0, 48.0, 0.0, 0.0, 7.4, 0.0, 0.0, 0.0, 1.0],
}


def test_round83_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND83 == ("bosniak5", "outerbridge5", "tyrewear6", "firecause6") and ROUND83_GENERATORS is GENERATORS
    check_registered(83, ROUND83, GENERATORS)


def test_round83_covers_5_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND83) == [5, 5, 6, 6]
    for name in ROUND83:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND83)
def test_round83_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND83)
def test_round83_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round83_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("bosniak5", "outerbridge5") and set(NEIGHBOURS) == set(ROUND83)
    assert NEIGHBOURS["bosniak5"] is BOSNIAK_NEIGHBOURS and NEIGHBOURS["outerbridge5"] is OUTERBRIDGE_NEIGHBOURS
    assert NEIGHBOURS["tyrewear6"] is TYRE_NEIGHBOURS and NEIGHBOURS["firecause6"] is FIRE_NEIGHBOURS
    assert len(BOSNIAK_CLASSES) == len(BOSNIAK_ROWS) == 5 and BOSNIAK_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(OUTERBRIDGE_CLASSES) == len(OUTERBRIDGE_ROWS) == 5 and OUTERBRIDGE_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert BOSNIAK_CLASSES[2].startswith("IIF ") and OUTERBRIDGE_CLASSES[4].startswith("IV ")
    assert len(BOSNIAK_CT) == 3 and len(OUTERBRIDGE_SCOPE) == 3
    assert len(TYRE_PATTERNS) == len(TYRE_ROWS) == len(TYRE_TABLE) == len(TYRE_AXLES) == 6
    assert TYRE_TABLE.shape[1] == 15 and np.allclose(TYRE_AXLES.sum(1), 1)
    assert np.argmin(TYRE_TABLE[:, 3]) == 0 and np.argmax(TYRE_TABLE[:, 11]) == 5  # the pressure; ABS events
    assert len(FIRE_CAUSES) == len(FIRE_ROWS) == len(FIRE_TABLE) == len(FIRE_ROOMS) == 6
    assert FIRE_TABLE.shape[1] == 15 and np.allclose(FIRE_ROOMS.sum(1), 1)
    assert np.argmax(FIRE_ROOMS[:, 0]) == 1 and np.argmax(FIRE_TABLE[:, 12]) == 5  # the kitchen; several origins


@pytest.mark.parametrize("name", ROUND83)
def test_round83_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"bosniak5": (0.59, 0.69), "outerbridge5": (0.62, 0.72), "tyrewear6": (0.66, 0.76),
                 "firecause6": (0.54, 0.65)}[name]  # as measured (seed 0): 63.7, 66.9, 70.7, 59.4 %
    assert low < mlp.score(b, yb) < high


def test_bosniak5_record_follows_the_category_and_errors_fall_between_adjacent_categories():
    median = class_medians("bosniak5")
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[5]) > 0)  # the size; the growth
    assert median[6][0] == 0 and median[6][4] == 2 and median[7][3] == 0 and median[7][4] == 1  # septa; solid part
    assert median[0][0] > median[0][4]  # a simple cyst found by chance in the old
    true, pred, wrong = knn_errors("bosniak5")
    assert 0.45 < wrong.mean() < 0.51 and 0.84 < share_between(true, pred, BOSNIAK_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 0, 1) > 0.33 and share_pair(true, pred, 1, 2) > 0.17
    rates = class_error_rates("bosniak5")
    assert np.argmin(rates) == 0 and rates[1] > 0.5 and rates[2] > 0.5


def test_outerbridge5_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("outerbridge5")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[9]) < 0)  # the age; the Lysholm score
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[2]) > 0)  # the months; the BMI
    assert median[11][0] == 0 and median[11][4] >= 1 and median[12][4] == 1  # the narrowing; the oedema
    true, pred, wrong = knn_errors("outerbridge5")
    assert 0.39 < wrong.mean() < 0.45 and 0.90 < share_between(true, pred, OUTERBRIDGE_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 2, 3) > 0.23 and share_pair(true, pred, 1, 2) > 0.2
    rates = class_error_rates("outerbridge5")
    assert np.argmax(rates) == 1 and rates[4] < 0.4


def test_tyrewear6_record_follows_the_pattern_and_errors_fall_mostly_between_confused_patterns():
    under, over, toe, camber, cupping, flat = range(6)
    median = class_medians("tyrewear6")
    assert np.argmin(median[2]) == over and np.argmin(median[4]) == under  # the centre's depth; the pressure
    assert np.argmax(median[3] - median[1]) == camber and np.argmax(median[10]) == toe  # one shoulder; alignment
    assert np.argmax(median[15]) == cupping and np.argmax(median[11]) == flat  # the shocks' age; hard braking
    true, pred, wrong = knn_errors("tyrewear6")
    assert 0.33 < wrong.mean() < 0.39 and 0.59 < share_between(true, pred, TYRE_NEIGHBOURS) < 0.69
    assert share_pair(true, pred, toe, camber) > 0.2 and share_pair(true, pred, under, camber) > 0.08
    rates = class_error_rates("tyrewear6")
    assert np.argmax(rates) == camber and np.argmin(rates) == flat


def test_firecause6_record_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    electrical, cooking, heating, smoking, flame, incendiary = range(6)
    median = class_medians("firecause6")
    assert median[0][cooking] == 0 and median[4][electrical] == 1 and median[3][smoking] == 1  # kitchen; wire; sofa
    assert median[1][incendiary] < 6 and median[2][heating] == 1 and median[14][smoking] == 1  # night; season; smoker
    assert np.argmin(median[11]) == cooking  # the quickest call
    true, pred, wrong = knn_errors("firecause6")
    assert 0.44 < wrong.mean() < 0.50 and 0.57 < share_between(true, pred, FIRE_NEIGHBOURS) < 0.67
    assert share_pair(true, pred, electrical, heating) > 0.14 and share_pair(true, pred, electrical, cooking) > 0.1
    rates = class_error_rates("firecause6")
    assert np.argmax(rates) == flame and np.argmin(rates) == cooking
