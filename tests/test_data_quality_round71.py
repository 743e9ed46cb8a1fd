"""Round 71's held-out noisy-label sets (``benchmarks/data_quality_round71.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round71`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class means and medians follow the
field, the documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code)
errs at its measured rate and mostly between the documented neighbouring classes (between adjacent classes in the
ordered sets). As measured, firesev4 misses the baseline's aim by a hair (its baseline errs on 40.5 %); pasture5
(60.7 %, its MLP 48.0 % test with seed 0, after its one change), forklift6 (42.1 %, its MLP 58.7 % with seed 0) and
pivot6 (44.3 %, its MLP 59.6 %, after its one change) miss the aims, kept and said. The MLP is fitted once per set
(one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round71 import (FIRESEV_CLASSES, FIRESEV_LIMITS, FIRESEV_NEIGHBOURS, FIRESEV_ROWS,
                                             FIRESEV_STRATA, FORKLIFT_FAULTS, FORKLIFT_NEIGHBOURS, FORKLIFT_ROWS,
                                             FORKLIFT_TABLE, GENERATORS, NEIGHBOURS, ORDERED, PASTURE_CLASSES,
                                             PASTURE_INDICATORS, PASTURE_LIMITS, PASTURE_NEIGHBOURS, PASTURE_ROWS,
                                             PIVOT_CAUSES, PIVOT_NEIGHBOURS, PIVOT_ROWS, PIVOT_TABLE, ROUND71,
                                             ROUND71_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "firesev4": [1.0, 81.0, 33.0, 299.0, 1780.0, 28.1, 22.0, 19.0, 0.0, 74.0, 756.0, 655.0],
    "pasture5": [1.93, 0.0, 0.0, 1.0, 11.0, 18.0, 167.0, 6.9, 1.0, 72.0, 3.4, 0.0, 330.0, 0.0, 880.0],
    "forklift6": [4.8, 12.0, 56.0, 1.0, 4.7, 76.0, 0.0, 0.0, 0.0, 121.0, 1.0, 1.0, 0.0, 0.0, 0.0, 87.0],
    "pivot6": [12.1, 5.0, 1.0, 0.0, 0.0, -8.0, 96.0, 14.0, 32.0, 1201.0, 0.0, 0.0, 53.0, 0.0, 1.0, 0.0],
}


def test_round71_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND71 == ("firesev4", "pasture5", "forklift6", "pivot6") and ROUND71_GENERATORS is GENERATORS
    check_registered(71, ROUND71, GENERATORS)


def test_round71_covers_4_5_and_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND71) == [4, 5, 6, 6]
    for name in ROUND71:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND71)
def test_round71_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND71)
def test_round71_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round71_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("firesev4", "pasture5") and set(NEIGHBOURS) == set(ROUND71)
    assert NEIGHBOURS["firesev4"] is FIRESEV_NEIGHBOURS and NEIGHBOURS["pasture5"] is PASTURE_NEIGHBOURS
    assert NEIGHBOURS["forklift6"] is FORKLIFT_NEIGHBOURS and NEIGHBOURS["pivot6"] is PIVOT_NEIGHBOURS
    assert len(FIRESEV_CLASSES) == len(FIRESEV_ROWS) == 4 and FIRESEV_LIMITS == (0.1, 1.25, 2.25)
    assert len(FIRESEV_STRATA) == 5 and FIRESEV_CLASSES[3].startswith("high severity")
    assert len(PASTURE_CLASSES) == len(PASTURE_ROWS) == 5 and PASTURE_LIMITS == (15, 25, 35, 45)
    assert len(PASTURE_INDICATORS) == 10 and PASTURE_CLASSES[0].startswith("very poor")
    assert len(FORKLIFT_FAULTS) == len(FORKLIFT_ROWS) == len(FORKLIFT_TABLE) == 6 and FORKLIFT_TABLE.shape[1] == 16
    assert np.argmax(FORKLIFT_TABLE[:, 4]) == 0 and np.argmax(FORKLIFT_TABLE[:, 6]) == 0  # an old battery; cutbacks
    assert np.argmax(FORKLIFT_TABLE[:, 11]) == 1 and np.argmax(FORKLIFT_TABLE[:, 12]) == 2  # the lift; the mast
    assert np.argmax(FORKLIFT_TABLE[:, 7]) == 3 and np.argmax(FORKLIFT_TABLE[:, 10]) == 3  # a code; no drive
    assert np.argmax(FORKLIFT_TABLE[:, 9]) == 4 and np.argmax(FORKLIFT_TABLE[:, 13]) == 4  # no service; stopping
    assert np.argmax(FORKLIFT_TABLE[:, 3]) == 5 and np.argmax(FORKLIFT_TABLE[:, 14]) == 5  # impacts; a rough ride
    assert len(PIVOT_CAUSES) == len(PIVOT_ROWS) == len(PIVOT_TABLE) == 6 and PIVOT_TABLE.shape[1] == 16
    assert PIVOT_TABLE[[0, 1, 4], 2].min() > 0.75 > PIVOT_TABLE[[2, 3, 5], 2].max()  # the safety circuit's stop
    assert np.argmax(PIVOT_TABLE[:, 3]) == 2 and np.argmin(PIVOT_TABLE[:, 5]) == 2  # the pressure switch; low
    assert np.argmax(PIVOT_TABLE[:, 4]) == 3 and np.argmax(PIVOT_TABLE[:, 10]) == 3  # a phase fault; a storm
    assert np.argmax(PIVOT_TABLE[:, 7]) == 4 and np.argmax(PIVOT_TABLE[:, 8]) == 4  # rain; clay
    assert np.argmax(PIVOT_TABLE[:, 5]) == 5 and np.argmin(PIVOT_TABLE[:, 13]) == 5  # over the design; running


@pytest.mark.parametrize("name", ROUND71)
def test_round71_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"firesev4": (0.67, 0.77), "pasture5": (0.43, 0.53), "forklift6": (0.54, 0.64),
                 "pivot6": (0.55, 0.65)}[name]  # as measured (seed 0): 72.3, 48.0, 58.7, 59.6 %
    assert low < mlp.score(b, yb) < high


def test_firesev4_assessment_follows_the_class_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("firesev4")
    median = class_medians("firesev4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(means[1]) > 0) and np.all(np.diff(means[2]) > 0)  # a denser canopy; steeper
    assert np.all(np.diff(means[5]) > 0) and np.all(np.diff(means[6]) < 0)  # a hot, dry burn day
    assert np.all(np.diff(means[7]) > 0)  # windy
    assert np.all(np.diff(means[8]) < 0) and np.all(np.diff(means[10]) > 0)  # no recent treatment; a green stand
    assert np.all(np.diff(median[11]) > 80) and abs(median[11][0]) < 50  # the dNBR: near 0 unburned, then rising
    lodgepole = [np.mean(x[y == c, 0] == 2) for c in range(4)]
    assert np.all(np.diff(lodgepole) > 0)  # lodgepole and subalpine fir burn hottest
    true, pred, wrong = knn_errors("firesev4")
    assert 0.38 < wrong.mean() < 0.43 and share_between(true, pred, FIRESEV_NEIGHBOURS) > 0.92
    assert share_pair(true, pred, 0, 1) > 0.30 and share_pair(true, pred, 1, 2) > 0.29
    assert share_pair(true, pred, 2, 3) > 0.23 and share_pair(true, pred, 0, 2) > 0.025  # two apart
    rates = class_error_rates("firesev4")
    assert np.argmax(rates) == 0 and rates[3] < rates[1]


def test_pasture5_records_follow_the_class_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("pasture5")
    median = class_medians("pasture5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[0]) < 0) and np.all(np.diff(means[1]) > 0)  # fewer animals; more rest
    assert np.all(np.diff(means[2]) > 0) and np.all(np.diff(means[8]) > 0)  # rotations; fertilizer
    assert np.all(np.diff(means[5]) > 0) and np.all(np.diff(means[6]) > 0) and np.all(np.diff(means[7]) > 0)  # P, K, pH
    assert np.all(np.diff(means[9]) > 0) and np.all(np.diff(means[10]) < 0)  # a wet season; flatter
    assert np.all(np.diff(means[12]) < 0) and np.all(np.diff(means[13]) < 0)  # water near; no hay fed there
    assert np.all(np.diff(median[14]) > 0) and median[14][4] > 4 * median[14][0]  # the herbage mass
    true, pred, wrong = knn_errors("pasture5")
    assert 0.58 < wrong.mean() < 0.63 and 0.79 < share_between(true, pred, PASTURE_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, 2, 3) > 0.23 and share_pair(true, pred, 1, 2) > 0.19
    assert share_pair(true, pred, 3, 4) > 0.14 and share_pair(true, pred, 0, 1) > 0.10
    assert share_pair(true, pred, 0, 2) > 0.04  # two apart
    rates = class_error_rates("pasture5")
    assert np.argmax(rates) == 0 and np.argmin(rates) == 2


def test_forklift6_records_follow_the_fault_and_errors_fall_between_confused_faults():
    battery, hydraulics, mast, controller, brakes, tyres = range(6)
    x, y = set_data("forklift6")
    median = class_medians("forklift6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[4]) == battery and np.argmax(means[5]) == battery and np.argmax(means[6]) == battery
    assert np.argmax(means[11]) == hydraulics and means[2][[hydraulics, mast]].min() > means[2][[0, 3, 4, 5]].max()
    assert np.argmax(means[12]) == mast and np.argmax(means[1]) == mast  # noise at the mast; many hours
    assert np.argmax(means[7]) == controller and np.argmax(means[8]) == controller  # a code; overheating
    assert np.argmax(means[10]) == controller  # no drive
    assert np.argmax(means[13]) == brakes and np.argmax(means[9]) == brakes  # poor stopping; no service
    assert np.argmax(means[3]) == tyres and np.argmax(means[14]) == tyres and np.argmax(median[15]) == tyres
    true, pred, wrong = knn_errors("forklift6")
    assert 0.40 < wrong.mean() < 0.44 and 0.79 < share_between(true, pred, FORKLIFT_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, battery, controller) > 0.16 and share_pair(true, pred, brakes, tyres) > 0.11
    assert share_pair(true, pred, battery, hydraulics) > 0.10 and share_pair(true, pred, hydraulics, mast) > 0.09
    assert share_pair(true, pred, battery, brakes) > 0.025  # outside the map
    rates = class_error_rates("forklift6")
    assert np.argmin(rates) == battery and rates[[hydraulics, controller]].min() > 0.48


def test_pivot6_records_follow_the_cause_and_errors_fall_between_confused_causes():
    alignment, drive, pressure, electric, ruts, sprinklers = range(6)
    x, y = set_data("pivot6")
    median = class_medians("pivot6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert means[2][[alignment, drive, ruts]].min() > 0.7 > 0.4 > means[2][[pressure, electric, sprinklers]].max()
    assert np.argmax(means[3]) == pressure and np.argmin(median[5]) == pressure and np.argmin(median[6]) == pressure
    assert np.argmax(means[4]) == electric and np.argmax(means[10]) == electric  # a phase fault; a storm
    assert np.argmax(median[7]) == ruts and np.argmax(median[8]) == ruts and np.argmin(median[12]) == ruts
    assert np.argmax(means[14]) == ruts and means[14][drive] > 2 * means[14][alignment]  # a tower behind
    assert np.argmax(means[11]) == sprinklers and np.argmin(means[13]) == sprinklers  # surface water; running
    assert np.argmax(means[15]) == sprinklers  # streaks in the crop
    assert np.argmax(means[0]) == drive  # old machines
    true, pred, wrong = knn_errors("pivot6")
    assert 0.42 < wrong.mean() < 0.47 and 0.85 < share_between(true, pred, PIVOT_NEIGHBOURS) < 0.91
    assert share_pair(true, pred, alignment, drive) > 0.22 and share_pair(true, pred, alignment, electric) > 0.14
    assert share_pair(true, pred, pressure, sprinklers) > 0.09 and share_pair(true, pred, drive, ruts) > 0.07
    assert share_pair(true, pred, alignment, pressure) > 0.015  # outside the map
    rates = class_error_rates("pivot6")
    assert np.argmax(rates) == drive and rates[[pressure, sprinklers]].max() < 0.32
