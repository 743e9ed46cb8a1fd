"""Round 60's held-out noisy-label sets (``benchmarks/data_quality_round60.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round60`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, blight5, bbfault6 and iaqsource6 meet the three aims as first written; wfdriver5 after
its one change meets the MLP and the neighbour aims but its baseline errs on 41 % (the aim's top 40 %), kept and
said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round60 import (BB_CAUSES, BB_HOUR, BB_NEIGHBOURS, BB_ROWS, BB_TABLE, BLIGHT_CLASSES,
                                             BLIGHT_LIMITS, BLIGHT_NEIGHBOURS, BLIGHT_ROWS, GENERATORS, IAQ_HOUR,
                                             IAQ_NEIGHBOURS, IAQ_ROWS, IAQ_SOURCES, IAQ_TABLE, NEIGHBOURS, ORDERED,
                                             ROUND60, ROUND60_GENERATORS, SHAPES, WFD_CLASSES, WFD_LIMITS,
                                             WFD_NEIGHBOURS, WFD_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "blight5": [5.0, 53.0, 47.0, 16.7, 6.7, 0.795, 0.352, 3.0, 4.0, 1.0, 57.0, 3.0],
    "wfdriver5": [98.0, 0.4, 447.0, 3.3, 0.07, 16.9, 7.8, 10.477, 34.0, 8.4, 0.5, 51.0, 162.0, 983.0],
    "bbfault6": [86.0, 53.0, 3.0, 3.6, 1.0, 27.5, 35.0, 10.0, 3.2, 6.0, 9.8, 0.8, 59.0, 1.0],
    "iaqsource6": [4.0, 0.6, 1.9, 403.0, 636.0, 51.0, 1.5, 0.7, 24.0, 29.0, 4.0, 1.0],
}


def test_round60_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND60 == ("blight5", "wfdriver5", "bbfault6", "iaqsource6") and ROUND60_GENERATORS is GENERATORS
    check_registered(60, ROUND60, GENERATORS)


def test_round60_covers_5_and_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND60) == [5, 5, 6, 6]
    for name in ROUND60:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND60)
def test_round60_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND60)
def test_round60_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round60_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("blight5", "wfdriver5") and set(NEIGHBOURS) == set(ROUND60)
    assert NEIGHBOURS["blight5"] is BLIGHT_NEIGHBOURS and NEIGHBOURS["wfdriver5"] is WFD_NEIGHBOURS
    assert NEIGHBOURS["bbfault6"] is BB_NEIGHBOURS and NEIGHBOURS["iaqsource6"] is IAQ_NEIGHBOURS
    # the assessment key's foliage limits (%); the macroinvertebrate ratio's class boundaries, falling
    assert len(BLIGHT_CLASSES) == len(BLIGHT_ROWS) == len(BLIGHT_LIMITS) + 1 == 5 and BLIGHT_LIMITS == (1, 5, 25, 75)
    assert len(WFD_CLASSES) == len(WFD_ROWS) == len(WFD_LIMITS) + 1 == 5 and WFD_LIMITS == (0.97, 0.86, 0.72, 0.59)
    assert WFD_CLASSES == ("high", "good", "moderate", "poor", "bad")
    assert len(BB_CAUSES) == len(BB_ROWS) == len(BB_TABLE) == len(BB_HOUR) and BB_TABLE.shape[1] == 13
    assert len(IAQ_SOURCES) == len(IAQ_ROWS) == len(IAQ_TABLE) == len(IAQ_HOUR) and IAQ_TABLE.shape[1] == 11
    assert np.allclose(BB_HOUR.sum(1), 1) and np.allclose(IAQ_HOUR.sum(1), 1)
    assert np.argmin(BB_TABLE[:, 0]) == 0 and np.argmax(BB_TABLE[:, 1]) == 0  # a line fault's sync and errors
    assert np.argmax(BB_TABLE[:, 9]) == 1 and np.argmax(BB_TABLE[:, 6]) == 2  # reboots; a busy channel
    assert np.argmax(BB_TABLE[:, 8]) == 3 and np.argmax(BB_TABLE[:, 11]) == 3  # DNS; the cabinet down
    assert np.argmax(IAQ_TABLE[:, 0]) == 0 and np.argmax(IAQ_TABLE[:, 1]) == 1  # cooking's peak; smoke's PM1
    assert np.argmax(IAQ_TABLE[:, 3]) == 2 and np.argmax(IAQ_TABLE[:, 10]) == 3  # cleaning's VOCs; outdoors
    assert np.argmax(IAQ_TABLE[:, 4]) == 4 and np.argmax(IAQ_TABLE[:, 5]) == 5  # CO2; damp


@pytest.mark.parametrize("name", ROUND60)
def test_round60_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"blight5": (0.63, 0.74), "wfdriver5": (0.67, 0.78), "bbfault6": (0.79, 0.89),
                 "iaqsource6": (0.83, 0.93)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_blight5_weather_and_the_drone_follow_the_severity_and_errors_fall_between_adjacent_classes():
    x, y = set_data("blight5")
    median = class_medians("blight5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[0]) > 0) and np.all(np.diff(median[1]) > 0)  # Hutton days; humid hours
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(means[4]) > 0)  # leaf wetness; rain
    assert np.all(np.diff(median[5]) < 0) and np.all(np.diff(median[6]) < 0)  # the drone's indices fall
    assert median[5][0] - median[5][1] < 0.02 < median[5][3] - median[5][4]  # a few lesions hardly show
    assert np.all(np.diff(means[7]) < 0) and np.all(np.diff(means[11]) > 0)  # resistance; the outbreaks around
    assert means[8][0] < min(means[8][1:])  # sprayed recently
    true, pred, wrong = knn_errors("blight5")
    assert 0.35 < wrong.mean() < 0.40 and 0.87 < share_between(true, pred, BLIGHT_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 0, 1) > 0.30 and share_pair(true, pred, 1, 2) > 0.22
    assert share_pair(true, pred, 2, 3) > 0.14 and share_pair(true, pred, 3, 4) > 0.11
    rates = class_error_rates("blight5")
    assert np.argmax(rates) == 2 and min(rates[1:4]) > max(rates[0], rates[4])  # the ends least


def test_wfdriver5_sensors_and_the_catchment_follow_the_status_and_errors_fall_between_adjacent_classes():
    x, y = set_data("wfdriver5")
    median = class_medians("wfdriver5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) < 0) and np.all(np.diff(median[1]) > 0)  # oxygen low and swinging
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[3]) > 0)  # conductivity; nitrate
    assert np.all(np.diff(median[4]) > 0) and np.all(np.diff(median[10]) > 0)  # phosphate; wastewater
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[11]) > 0)  # towns; a modified channel
    assert np.all(np.diff(median[7]) < 0) and means[12][0] > max(means[12][1:])  # low flows; upland reaches best
    true, pred, wrong = knn_errors("wfdriver5")
    assert 0.38 < wrong.mean() < 0.44 and 0.91 < share_between(true, pred, WFD_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 0, 1) > 0.22 and share_pair(true, pred, 1, 2) > 0.24
    assert share_pair(true, pred, 2, 3) > 0.22 and share_pair(true, pred, 3, 4) > 0.11
    rates = class_error_rates("wfdriver5")
    assert np.argmin(rates) == 0 and min(rates[2], rates[3]) > max(rates[0], rates[1], rates[4])


def test_bbfault6_telemetry_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("bbfault6")
    line, router, wifi, outage, config, power = range(6)
    median = class_medians("bbfault6")
    assert np.argmin(median[0]) == line and np.argmax(median[1]) == line and np.argmax(median[4]) == line
    assert np.argmax(median[9]) == power and min(median[10][router], median[10][power]) < min(
        median[10][[line, wifi, outage, config]])  # reboots; short uptimes
    assert np.argmax(median[5]) == wifi and np.argmax(median[6]) == wifi and np.argmax(median[12]) == wifi
    assert np.argmax(median[8]) == outage and np.argmax(median[11]) == outage and np.argmin(median[12]) == outage
    assert median[8][config] > max(median[8][[line, router, wifi, power]])  # a customer's own DNS
    true, pred, wrong = knn_errors("bbfault6")
    assert 0.21 < wrong.mean() < 0.27 and 0.77 < share_between(true, pred, BB_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, line, power) > 0.21 and share_pair(true, pred, wifi, config) > 0.17
    assert share_pair(true, pred, router, power) > 0.14 and share_pair(true, pred, router, config) > 0.07  # outside
    rates = class_error_rates("bbfault6")
    assert np.argmax(rates) == config and np.argmin(rates) == wifi


def test_iaqsource6_traces_follow_the_source_and_errors_fall_between_confused_sources():
    x, y = set_data("iaqsource6")
    cooking, smoke, cleaning, wildfire, crowding, damp = range(6)
    median = class_medians("iaqsource6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert min(median[0][[cooking, smoke, wildfire]]) > 3 * max(median[0][[cleaning, crowding, damp]])  # PM2.5
    assert min(median[1][[smoke, wildfire]]) > max(median[1][[cooking, cleaning, crowding, damp]])  # mostly PM1
    assert np.argmax(median[3]) == cleaning and np.argmax(median[4]) == crowding and np.argmax(median[5]) == damp
    assert np.argmax(median[10]) == wildfire and np.argmin(median[6]) == wildfire  # outdoors high; no steam
    assert np.argmax(median[7]) == cooking and np.argmax(median[8]) == damp and np.argmin(means[11]) == damp
    true, pred, wrong = knn_errors("iaqsource6")
    assert 0.14 < wrong.mean() < 0.20 and 0.88 < share_between(true, pred, IAQ_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, cooking, cleaning) > 0.25 and share_pair(true, pred, smoke, wildfire) > 0.14
    assert share_pair(true, pred, cooking, smoke) > 0.13 and share_pair(true, pred, crowding, damp) > 0.10
    rates = class_error_rates("iaqsource6")
    assert max(rates) < 0.23 and min(rates) > 0.11  # no source stands apart
