"""Round 110's held-out noisy-label sets (``benchmarks/data_quality_round110.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round110`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change ballet4 had (the others as first measured): drywall6 (its baseline errs on 38.2 %;
MLP 67.7 % test with seed 0), ballet4 (40.5 %, over the aim of 40 %, kept; 67.5 %), golfcart6 (19.5 %, 81.3 %) and
hearingaid6 (23.6 %, 80.7 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases
(the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round110 import (BALLET_CLASSES, BALLET_LIMITS, BALLET_MARKING, BALLET_NEIGHBOURS,
                                              BALLET_ROWS, DRYWALL_CLASSES, DRYWALL_GRADING, DRYWALL_LIMITS,
                                              DRYWALL_NEIGHBOURS, DRYWALL_ROWS, GENERATORS, GOLFCART_CLASSES,
                                              GOLFCART_COMPLAINT, GOLFCART_MODEL, GOLFCART_NEIGHBOURS, GOLFCART_ROWS,
                                              GOLFCART_TABLE, HEARINGAID_CLASSES, HEARINGAID_COMPLAINT,
                                              HEARINGAID_NEIGHBOURS, HEARINGAID_ROWS, HEARINGAID_STYLE,
                                              HEARINGAID_TABLE, NEIGHBOURS, ORDERED, ROUND110, ROUND110_GENERATORS,
                                              SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "drywall6": [3.0, 1.0, 0.0, 1.0, 2.0, 2.0, 0.9, 59.0, 2.0, 0.0, 1.3, 3.6, 7.5, 20.0, 0.0, 3.0],
    "ballet4": [12.7, 6.0, 6.0, 1.0, 2.0, 2.0, 0.0, 67.0, 95.0, 17.2, 15.2, 73.0, 90.7, 4.0, 5.0, 0.0],
    "golfcart6": [0.0, 2.0, 9.6, 380.0, 5.5, 2.0, 2.0, 48.2, 6.6, 0.23, 63.0, 0.1, 4.92, 331.0, 56.0, 8.4, 9.4],
    "hearingaid6": [1.0, 0.0, 5.9, 18.0, 4.0, 80.0, 1.0, 89.0, 4.3, 15.1, 4.7, 1.72, 69.0, 0.9, 7.4, 2.0, 0.0],
}


def test_round110_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND110 == ("drywall6", "ballet4", "golfcart6", "hearingaid6") and ROUND110_GENERATORS is GENERATORS
    check_registered(110, ROUND110, GENERATORS)


def test_round110_covers_4_to_6_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND110] == [6, 4, 6, 6]
    for name in ROUND110:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND110)
def test_round110_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND110)
def test_round110_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round110_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("drywall6", "ballet4") and set(NEIGHBOURS) == set(ROUND110)
    assert NEIGHBOURS["drywall6"] is DRYWALL_NEIGHBOURS and NEIGHBOURS["ballet4"] is BALLET_NEIGHBOURS
    assert NEIGHBOURS["golfcart6"] is GOLFCART_NEIGHBOURS and NEIGHBOURS["hearingaid6"] is HEARINGAID_NEIGHBOURS
    assert len(DRYWALL_CLASSES) == len(DRYWALL_ROWS) == 6 and DRYWALL_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5)
    assert len(BALLET_CLASSES) == len(BALLET_ROWS) == 4 and BALLET_LIMITS == (40.0, 55.0, 75.0)
    assert len(DRYWALL_GRADING) == 2 and len(BALLET_MARKING) == 2
    assert len(GOLFCART_CLASSES) == len(GOLFCART_ROWS) == len(GOLFCART_TABLE) == len(GOLFCART_MODEL) == 6
    assert GOLFCART_TABLE.shape[1] == 15 and np.allclose(GOLFCART_MODEL.sum(1), 1)
    assert len(GOLFCART_COMPLAINT) == 6 and np.allclose(GOLFCART_COMPLAINT.sum(1), 1)
    assert np.argmax(GOLFCART_TABLE[:, 8]) == 1 and np.argmin(GOLFCART_TABLE[:, 10]) == 3  # the coil; the throttle
    assert len(HEARINGAID_CLASSES) == len(HEARINGAID_ROWS) == len(HEARINGAID_TABLE) == len(HEARINGAID_STYLE) == 6
    assert HEARINGAID_TABLE.shape[1] == 15 and np.allclose(HEARINGAID_STYLE.sum(1), 1)
    assert len(HEARINGAID_COMPLAINT) == 6 and np.allclose(HEARINGAID_COMPLAINT.sum(1), 1)
    assert np.argmax(HEARINGAID_TABLE[:, 11]) == 4 and np.argmin(HEARINGAID_TABLE[:, 12]) == 5  # the mic; the margin


@pytest.mark.parametrize("name", ROUND110)
def test_round110_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"drywall6": (0.625, 0.725), "ballet4": (0.625, 0.725), "golfcart6": (0.76, 0.86),
                 "hearingaid6": (0.755, 0.855)}[name]  # as measured (seed 0): 67.7, 67.5, 81.3, 80.7 %
    assert low < mlp.score(b, yb) < high


def test_drywall6_the_coats_and_the_raking_light_follow_the_level_and_errors_fall_between_adjacent_levels():
    median = class_medians("drywall6")
    assert np.all(np.diff(median[4]) >= 0) and median[4, 0] == 0 and median[4, 4] == 3  # the coats as recorded
    for column in (10, 12, 13):  # the straightedge, the texture, the shadow index
        assert np.all(np.diff(median[column]) < 0)
    x, y = set_data("drywall6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.all(np.diff(means[:, 0]) > 0) and np.all(np.diff(means[:, 5]) > 0)  # the specified level; sanding
    assert np.all(np.diff(means[:, 14]) < 0) and np.all(np.diff(means[:, 15]) < 0)  # joints and fasteners seen
    assert np.all(np.diff(means[:, 8]) > 0)  # the room's use: a lobby's walls finished higher
    gloss = means[:, 11]  # the compound's sheen on the paper: none on bare board, least under a skim coat
    assert np.argmin(gloss) == 0 and gloss[1:4].min() > 4 and gloss[5] < gloss[1:4].min() - 1.5
    true, pred, wrong = knn_errors("drywall6")
    assert 0.375 < wrong.mean() < 0.39 and 0.93 < share_between(true, pred, DRYWALL_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 3, 4) > 0.27 and share_pair(true, pred, 4, 5) > 0.24
    rates = class_error_rates("drywall6")
    assert np.argmin(rates) == 0 and rates[2] > rates[4] + 0.05


def test_ballet4_the_studio_measures_follow_the_band_and_errors_fall_between_adjacent_bands():
    median = class_medians("ballet4")
    for column in (7, 8, 10, 12):  # the turnout, the extension, the jump, the symmetry
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[9]) < 0) and np.all(np.diff(median[11]) < 0)  # the sway; the timing's lag
    x, y = set_data("ballet4")
    means = np.array([x[y == c].mean(0) for c in range(4)])
    assert np.all(np.diff(means[:, 3]) > 0) and np.all(np.diff(means[:, 4]) < 0)  # the lessons; the school's code
    assert np.all(np.diff(means[:, 2]) > 0) and np.all(np.diff(means[:, 6]) > 0)  # the years; a live pianist
    assert np.all(np.diff(means[:, 15]) < 0) and np.ptp(means[:, 13]) < 0.2  # the repeats; the room's candidates
    true, pred, wrong = knn_errors("ballet4")
    assert 0.40 < wrong.mean() < 0.41 and 0.97 < share_between(true, pred, BALLET_NEIGHBOURS) <= 1
    assert share_pair(true, pred, 1, 2) > 0.42 and share_pair(true, pred, 2, 3) > 0.26
    rates = class_error_rates("ballet4")
    assert np.argmax(rates) == 0 and max(rates[1], rates[2]) < rates[3] - 0.05


def test_golfcart6_logs_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    battery, solenoid, controller, throttle, motor, charger = range(6)
    median = class_medians("golfcart6")
    assert np.argmax(median[8]) == battery and np.argmax(median[9]) == battery  # the sag; the weakest battery
    assert np.argmax(median[10]) == solenoid and np.argmax(median[11]) == solenoid  # the coil; the contacts' drop
    assert np.argmax(median[5]) == controller and np.argmin(median[12]) == throttle  # the faults; the throttle
    assert np.argmax(median[13]) == motor and np.argmax(median[14]) == motor  # the current; the motor's heat
    assert np.argmin(median[7]) == charger and np.argmin(median[15]) == charger  # the resting voltage; the hours
    assert np.argmin(median[16]) == charger  # the charger's current
    x, y = set_data("golfcart6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 6]) == battery and np.argmax(means[:, 3]) == motor  # the cut-backs; the rounds
    shares = np.array([[np.mean(x[y == c, 1] == k) for k in range(6)] for c in range(6)])
    assert list(np.argmax(shares[[battery, solenoid, throttle, charger]], 1)) == [1, 5, 3, 4]  # the complaint
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == motor  # a series DC motor's brushes
    true, pred, wrong = knn_errors("golfcart6")
    assert 0.19 < wrong.mean() < 0.20 and 0.91 < share_between(true, pred, GOLFCART_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, controller, throttle) > 0.18 and share_pair(true, pred, battery, motor) > 0.18
    rates = class_error_rates("golfcart6")
    assert np.argmax(rates) == controller and np.argmin(rates) == charger


def test_hearingaid6_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    wax, battery, moisture, tube, microphone, fit = range(6)
    median = class_medians("hearingaid6")
    assert np.argmax(median[8]) == wax and np.argmax(median[7]) == tube  # the output's shortfall; the days
    assert np.argmin(median[12]) == battery and np.argmax(median[11]) == battery  # the battery's life; the drain
    assert np.argmax(median[5]) == moisture and np.argmax(median[6]) == moisture  # the humidity; the outdoor work
    assert np.argmax(median[13]) == microphone and np.argmin(median[14]) == fit  # the microphone; the margin
    assert np.argmax(median[15]) == fit  # the feedback events
    x, y = set_data("hearingaid6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 10]) == moisture and np.argmax(means[:, 16]) == battery  # the distortion; corrosion
    shares = np.array([[np.mean(x[y == c, 1] == k) for k in range(5)] for c in range(6)])
    assert list(np.argmax(shares[[battery, tube, microphone, fit]], 1)) == [0, 3, 1, 3]  # the complaint
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == tube  # behind the ear, with a tube
    true, pred, wrong = knn_errors("hearingaid6")
    assert 0.23 < wrong.mean() < 0.245 and 0.89 < share_between(true, pred, HEARINGAID_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, battery, moisture) > 0.23 and share_pair(true, pred, tube, fit) > 0.19
    rates = class_error_rates("hearingaid6")
    assert np.argmax(rates) == moisture and np.argmin(rates) == fit
