"""Round 62's held-out noisy-label sets (``benchmarks/data_quality_round62.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round62`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, flood5 and evfail6 meet the three aims as first written, milkfraud8 after its one
change; chytrid5 after its one change misses the MLP aim (51.4 % test accuracy, seed 0) and the baseline aim (its
error 52.6 %) and meets the neighbour aim only just (61 %), kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round62 import (CHYTRID_CLASSES, CHYTRID_LIMITS, CHYTRID_NEIGHBOURS, CHYTRID_ROWS,
                                             EV_CAUSES, EV_NEIGHBOURS, EV_ROWS, EV_TABLE, FLOOD_CLASSES, FLOOD_LIMITS,
                                             FLOOD_NEIGHBOURS, FLOOD_ROWS, GENERATORS, MILK_ADULTERANTS,
                                             MILK_NEIGHBOURS, MILK_ROWS, NEIGHBOURS, ORDERED, ROUND62,
                                             ROUND62_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "flood5": [-1.29, 0.01, 3.0, 64.0, 0.0, 0.8, -0.34, 16.5, 1.0, 488.0, 10.0, 21.0],
    "chytrid5": [0.0, 0.0, 1.8, 1.78, 1.0, 0.0, 2.0, 25.7, 520.0, 73.3, 0.0, 20.0],
    "milkfraud8": [3.53, 3.19, 4.84, 8.62, -526.0, 4.45, 6.72, 133.0, 27.9, 29.9, 22.3, 1.16, 5.0, 8.0],
    "evfail6": [1.0, 14.0, 6.0, 3.0, 0.0, 0.0, 3.6, 94.8, 18.4, 1906.0, 3.6, 271.0, 4.0, 3.0, 18.0],
}


def test_round62_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND62 == ("flood5", "chytrid5", "milkfraud8", "evfail6") and ROUND62_GENERATORS is GENERATORS
    check_registered(62, ROUND62, GENERATORS)


def test_round62_covers_5_6_and_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND62) == [5, 5, 6, 8]
    for name in ROUND62:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND62)
def test_round62_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND62)
def test_round62_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round62_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("flood5", "chytrid5") and set(NEIGHBOURS) == set(ROUND62)
    assert NEIGHBOURS["flood5"] is FLOOD_NEIGHBOURS and NEIGHBOURS["chytrid5"] is CHYTRID_NEIGHBOURS
    assert NEIGHBOURS["milkfraud8"] is MILK_NEIGHBOURS and NEIGHBOURS["evfail6"] is EV_NEIGHBOURS
    # the category stages (m about flood stage, a typical channel); the load classes (zoospore equivalents)
    assert len(FLOOD_CLASSES) == len(FLOOD_ROWS) == len(FLOOD_LIMITS) + 1 == 5
    assert FLOOD_LIMITS == (-0.6, 0.0, 0.9, 1.8)
    assert len(CHYTRID_CLASSES) == len(CHYTRID_ROWS) == len(CHYTRID_LIMITS) + 1 == 5
    assert CHYTRID_LIMITS == (1, 100, 1000, 10000)
    assert len(MILK_ADULTERANTS) == len(MILK_ROWS) == 8 and MILK_ADULTERANTS[0] == "none"
    assert len(EV_CAUSES) == len(EV_ROWS) == len(EV_TABLE) and EV_TABLE.shape[1] == 15
    assert np.argmax(EV_TABLE[:, 8]) == 0 and np.argmax(EV_TABLE[:, 10]) == 1  # a hot pin; a picky vehicle family
    assert np.argmin(EV_TABLE[:, 0]) == 2 and np.argmax(EV_TABLE[:, 12]) == 2  # no authorisation; heartbeat gaps
    assert np.argmax(EV_TABLE[:, 3]) == 3 and np.argmax(EV_TABLE[:, 4]) == 4  # communication codes; ground codes
    assert np.argmin(EV_TABLE[:, 9]) == 4 and np.argmin(EV_TABLE[:, 7]) == 5  # low insulation; a sagging grid


@pytest.mark.parametrize("name", ROUND62)
def test_round62_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"flood5": (0.69, 0.80), "chytrid5": (0.46, 0.57), "milkfraud8": (0.81, 0.92),
                 "evfail6": (0.69, 0.80)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_flood5_stages_rain_and_soil_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("flood5")
    median = class_medians("flood5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (0, 1, 3, 6, 11):  # the stage, its trend, the soil, the upstream gauges, the last week's rain
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(means[2]) > 0) and means[7][4] > means[7][0]  # the forecast rain; reservoir releases
    true, pred, wrong = knn_errors("flood5")
    assert 0.36 < wrong.mean() < 0.42 and 0.85 < share_between(true, pred, FLOOD_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 0, 1) > 0.22 and share_pair(true, pred, 1, 2) > 0.22
    assert share_pair(true, pred, 2, 3) > 0.19 and share_pair(true, pred, 3, 4) > 0.09
    rates = class_error_rates("flood5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 1 and min(rates[1:4]) > rates[4]  # the ends least


def test_chytrid5_signs_and_site_follow_the_class_and_errors_mostly_between_adjacent_classes():
    x, y = set_data("chytrid5")
    median = class_medians("chytrid5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[9]) >= 0) and median[9][4] > median[9][0] + 20  # the site's prevalence
    assert np.all(np.diff(median[3]) < 0) and np.all(np.diff(means[5][1:]) > 0)  # body condition; susceptibility
    assert np.argmax(means[0]) == 4 and np.argmax(means[1]) == 4 and np.argmax(means[2]) == 4  # the signs
    assert np.argmin(median[7]) == 1 and np.argmax(median[8]) == 1  # very low loads: cold water, high sites
    true, pred, wrong = knn_errors("chytrid5")
    assert 0.49 < wrong.mean() < 0.56 and 0.57 < share_between(true, pred, CHYTRID_NEIGHBOURS) < 0.65
    assert share_pair(true, pred, 0, 1) > 0.17 and share_pair(true, pred, 2, 3) > 0.10
    assert share_pair(true, pred, 3, 4) > 0.10 and share_pair(true, pred, 0, 2) > 0.14  # the last outside
    rates = class_error_rates("chytrid5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 4


def test_milkfraud8_analyser_follows_the_adulterant_and_errors_fall_between_confused_adulterants():
    none, water, urea, melamine, starch, whey, detergent, fat = range(8)
    median = class_medians("milkfraud8")
    assert np.argmax(median[4]) == water and np.argmin(median[9]) == water  # freezing point; lactometer
    assert np.argmax(median[8]) == urea and np.argmax(median[11]) == urea  # the urea estimate; the residual
    assert np.argmax(median[9]) == starch and np.argmin(median[0]) == whey  # lactometer; fat
    assert np.argmin(median[6]) == whey and np.argmax(median[6]) == detergent  # pH
    assert np.argmax(median[5]) == detergent and np.argmin(median[10]) == fat  # conductivity; de novo fatty acids
    true, pred, wrong = knn_errors("milkfraud8")
    assert 0.23 < wrong.mean() < 0.30 and 0.60 < share_between(true, pred, MILK_NEIGHBOURS) < 0.68
    assert share_pair(true, pred, none, fat) > 0.09 and share_pair(true, pred, none, water) > 0.09
    assert share_pair(true, pred, none, whey) > 0.08 and share_pair(true, pred, none, melamine) > 0.08
    assert share_pair(true, pred, water, melamine) > 0.07  # outside the map
    rates = class_error_rates("milkfraud8")
    assert np.argmin(rates) == none and np.argmax(rates) == melamine


def test_evfail6_logs_follow_the_cause_and_errors_fall_between_confused_causes():
    cable, vehicle, backend, plc, ground, grid = range(6)
    median = class_medians("evfail6")
    x, y = set_data("evfail6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[8]) == cable and np.argmax(median[6]) == vehicle  # a hot pin; current flowed
    assert np.argmin(means[0]) == backend and np.argmax(median[12]) == backend  # no phase; heartbeat gaps
    assert np.argmax(means[3]) == plc and np.argmax(means[4]) == ground  # communication codes; ground codes
    assert np.argmin(median[9]) == ground and np.argmin(median[7]) == grid  # insulation; the grid's voltage
    assert np.argmax(median[1]) == grid and np.argmax(median[13]) == grid  # long sessions; a busy site
    true, pred, wrong = knn_errors("evfail6")
    assert 0.30 < wrong.mean() < 0.36 and 0.69 < share_between(true, pred, EV_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, backend, plc) > 0.15 and share_pair(true, pred, cable, plc) > 0.10
    assert share_pair(true, pred, cable, ground) > 0.09 and share_pair(true, pred, vehicle, grid) > 0.08
    assert share_pair(true, pred, vehicle, ground) > 0.07  # outside the map
    rates = class_error_rates("evfail6")
    assert np.argmax(rates) == plc and np.argmin(rates) == backend
