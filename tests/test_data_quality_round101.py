"""Round 101's held-out noisy-label sets (``benchmarks/data_quality_round101.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round101`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of crosshatch6 and olive8 had (bicycle6 and boiler6 as first measured):
crosshatch6 (its baseline errs on 51.8 %, over the aim of 40 %, kept; MLP 64.7 % test with seed 0, 58.7 % with seed
1, under the aim of 60 %), olive8 (45.9 %, over the aim, kept; 72.5 %), bicycle6 (32.1 %, 75.3 %) and boiler6
(26.7 %, 78.1 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded
sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round101 import (BICYCLE_CLASSES, BICYCLE_KIND, BICYCLE_NEIGHBOURS, BICYCLE_ROWS,
                                              BICYCLE_TABLE, BOILER_CLASSES, BOILER_KIND, BOILER_NEIGHBOURS,
                                              BOILER_ROWS, BOILER_TABLE, CROSSHATCH_CLASSES, CROSSHATCH_LIMITS,
                                              CROSSHATCH_NEIGHBOURS, CROSSHATCH_RATING, CROSSHATCH_ROWS, GENERATORS,
                                              NEIGHBOURS, OLIVE_CLASSES, OLIVE_GRADING, OLIVE_LIMITS,
                                              OLIVE_NEIGHBOURS, OLIVE_ROWS, ORDERED, ROUND101, ROUND101_GENERATORS,
                                              SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "crosshatch6": [1.0, 2.0, 2.0, 0.0, 1.0, 190.0, 12.0, 104.0, 2.0, 47.2, 4.61, 16.0, 0.0, 1.0, 11.7, 10.0],
    "olive8": [0.0, 333.0, 1.0, 65.0, 94.0, 1057.0, 1.0, 20.0, 4.62, 23.6, 14.2, 4.3, 2.88, 20.4, 55.2, 45.6],
    "bicycle6": [1.0, 5.1, 1330.0, 2042.0, 0.69, 2.0, 19.7, 2.8, 0.0, 0.0, 1.0, 0.0, 2.0, 4.0, 1.0, 1.0, 19.2],
    "boiler6": [1.0, 6.1, 27.0, 0.0, 8.0, 13.0, 1.0, 0.0, 1.38, 19.7, 8.8, 107.0, 1.5, 1.6, 3.3, 3.6, 93.0],
}


def test_round101_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND101 == ("crosshatch6", "olive8", "bicycle6", "boiler6") and ROUND101_GENERATORS is GENERATORS
    check_registered(101, ROUND101, GENERATORS)


def test_round101_covers_6_to_8_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND101] == [6, 8, 6, 6]
    for name in ROUND101:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND101)
def test_round101_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND101)
def test_round101_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round101_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("crosshatch6", "olive8") and set(NEIGHBOURS) == set(ROUND101)
    assert NEIGHBOURS["crosshatch6"] is CROSSHATCH_NEIGHBOURS and NEIGHBOURS["olive8"] is OLIVE_NEIGHBOURS
    assert NEIGHBOURS["bicycle6"] is BICYCLE_NEIGHBOURS and NEIGHBOURS["boiler6"] is BOILER_NEIGHBOURS
    assert len(CROSSHATCH_CLASSES) == len(CROSSHATCH_ROWS) == 6 and CROSSHATCH_LIMITS == (1.0, 5.0, 15.0, 35.0, 65.0)
    assert len(OLIVE_CLASSES) == len(OLIVE_ROWS) == 8 and OLIVE_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
    assert len(CROSSHATCH_RATING) == 2 and len(OLIVE_GRADING) == 2
    assert len(BICYCLE_CLASSES) == len(BICYCLE_ROWS) == len(BICYCLE_TABLE) == len(BICYCLE_KIND) == 6
    assert BICYCLE_TABLE.shape[1] == 16 and np.allclose(BICYCLE_KIND.sum(1), 1)
    assert np.argmax(BICYCLE_TABLE[:, 3]) == 2 and np.argmax(BICYCLE_TABLE[:, 14]) == 5  # the chain's wear; the play
    assert len(BOILER_CLASSES) == len(BOILER_ROWS) == len(BOILER_TABLE) == len(BOILER_KIND) == 6
    assert BOILER_TABLE.shape[1] == 16 and np.allclose(BOILER_KIND.sum(1), 1)
    assert np.argmin(BOILER_TABLE[:, 7]) == 2 and np.argmin(BOILER_TABLE[:, 8]) == 5  # the system's; the gas's


@pytest.mark.parametrize("name", ROUND101)
def test_round101_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"crosshatch6": (0.60, 0.70), "olive8": (0.675, 0.775), "bicycle6": (0.70, 0.80),
                 "boiler6": (0.73, 0.83)}[name]  # as measured (seed 0): 64.7, 72.5, 75.3, 78.1 %
    assert low < mlp.score(b, yb) < high


def test_crosshatch6_records_and_measures_follow_the_class_and_errors_fall_between_adjacent_ones():
    median = class_medians("crosshatch6")
    for column in (5, 9, 10):  # the cure's temperature, the surface energy, the roughness
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[15]) <= 0) and median[15, 0] > median[15, 5] + 2  # the film's hardness
    x, y = set_data("crosshatch6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.all(np.diff(means[:, 12]) > 0) and np.all(np.diff(means[:, 14]) < 0)  # the soak; the pull-off
    assert np.all(np.diff([np.mean(x[y == c, 0] == 0) for c in range(6)]) < 0)  # cold-rolled steel
    assert np.all(np.diff([np.mean(x[y == c, 1] == 2) for c in range(6)]) < 0)  # an abrasive blast
    assert means[0, 3] > means[5, 3] + 0.2  # primed
    true, pred, wrong = knn_errors("crosshatch6")
    assert 0.51 < wrong.mean() < 0.525 and 0.75 < share_between(true, pred, CROSSHATCH_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, 0, 1) > 0.17 and share_pair(true, pred, 1, 2) > 0.18
    rates = class_error_rates("crosshatch6")
    assert np.argmin(rates) == 0 and rates[1:].min() > 0.45  # 5B errs least


def test_olive8_skin_colour_stops_at_black_while_firmness_and_oil_go_on():
    median = class_medians("olive8")
    for column in (4, 13, 15):  # the harvest's day, the oil on fresh and on dry weight
        assert np.all(np.diff(median[column]) > 0)
    for column in (11, 12, 14):  # the skin's b*, the firmness, the moisture
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[9, :7]) < 0) and abs(median[9, 7] - median[9, 5]) < 3  # the skin's L*
    assert np.all(np.diff(median[10, :7]) > 0)  # the skin's a*: its rise is over by index 4
    assert median[10, 3] - median[10, 0] > 15 and median[10, 7] - median[10, 4] < 3
    x, y = set_data("olive8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert np.mean(x[y == 7, 0] == 1) > 2 * np.mean(x[y == 0, 0] == 1)  # Arbequina ripens early
    assert means[0, 2] > means[7, 2] + 0.1  # irrigated groves ripen later
    true, pred, wrong = knn_errors("olive8")
    assert 0.45 < wrong.mean() < 0.47 and 0.89 < share_between(true, pred, OLIVE_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 4, 5) > 0.15 and share_pair(true, pred, 0, 1) > 0.10
    rates = class_error_rates("olive8")
    assert np.argmax(rates) == 6 and rates.min() > 0.3


def test_bicycle6_records_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    hanger, friction, chain, cassette, indexing, freehub = range(6)
    median = class_medians("bicycle6")
    assert np.argmax(median[1]) == freehub and np.argmin(median[1]) == indexing  # the bike's age
    assert np.argmax(median[3]) == chain and np.argmax(median[4]) == chain  # the chain's km; the gauge
    assert np.argmax(median[5]) == hanger and np.argmin(median[6]) == indexing  # the hanger; the cable's tension
    assert np.argmax(median[7]) == friction and np.argmax(median[16]) == friction  # the housing; the lever
    assert np.argmax(median[14]) == cassette and np.argmax(median[15]) == freehub  # the skips; the play
    x, y = set_data("bicycle6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 8]) == hanger and np.argmax(means[:, 10]) == friction  # a crash; slow shifts
    assert np.argmax(means[:, 11]) == indexing and np.argmax(means[:, 13]) == friction  # an end cog; misses down
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == friction  # gravel or hybrid
    true, pred, wrong = knn_errors("bicycle6")
    assert 0.315 < wrong.mean() < 0.33 and 0.85 < share_between(true, pred, BICYCLE_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, chain, cassette) > 0.2 and share_pair(true, pred, hanger, indexing) > 0.2
    rates = class_error_rates("bicycle6")
    assert max(rates[cassette], rates[freehub]) == rates.max() and np.argmin(rates) == friction


def test_boiler6_log_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    ignition, sensor, pressure, trap, fan, valve = range(6)
    median = class_medians("boiler6")
    assert np.argmax(median[1]) == valve and np.argmin(median[1]) == trap  # the boiler's age
    assert np.argmin(median[8]) == pressure and np.argmin(median[9]) == valve  # the system's; the gas's pressure
    assert np.argmin(median[10]) == fan and np.argmax(median[11]) == fan  # the flue's CO2; its CO
    assert np.argmin(median[12]) == sensor and np.argmin(median[13]) == trap  # the flame current; the cold
    assert np.argmax(median[14]) == trap and np.argmax(median[15]) == ignition  # the external run; the gap
    assert np.argmin(median[16]) == fan  # the fan's speed
    x, y = set_data("boiler6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 3]) == ignition and np.argmax(means[:, 4]) == sensor  # failed ignitions; flame losses
    assert np.argmax(means[:, 6]) == fan and np.argmax(means[:, 7]) == pressure  # fan faults; low-pressure faults
    shares = [np.mean(x[y == c, 0] == 2) for c in range(6)]  # regular or heat-only boilers
    assert np.argmin(shares) == pressure and np.argmax(shares) == valve
    true, pred, wrong = knn_errors("boiler6")
    assert 0.26 < wrong.mean() < 0.275 and 0.82 < share_between(true, pred, BOILER_NEIGHBOURS) < 0.86
    assert share_pair(true, pred, sensor, valve) > 0.2 and share_pair(true, pred, ignition, valve) > 0.17
    rates = class_error_rates("boiler6")
    assert np.argmax(rates) == valve and np.argmin(rates) == pressure
