"""Round 46's held-out noisy-label sets (``benchmarks/data_quality_round46.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round46`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). kl5's baseline sits on the aim's upper limit (40.0 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round46 import (CRACK_ANGLE_SD, CRACK_CAUSES, CRACK_NEIGHBOURS, CRACK_ROWS, CRACK_TABLE,
                                             GENERATORS, KL_CLASSES, KL_LIMITS, KL_NEIGHBOURS, KL_ROWS, LIFT_CAUSES,
                                             LIFT_NEIGHBOURS, LIFT_ROWS, LIFT_TABLE, NEIGHBOURS, ORDERED, ROUND46,
                                             ROUND46_GENERATORS, SHAPES, TOMATO_CLASSES, TOMATO_CULTIVARS,
                                             TOMATO_HUE_LIMITS, TOMATO_NEIGHBOURS, TOMATO_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "kl5": [42.0, 0.0, 32.9, 1.0, 4.2, 9.0, 18.0, 7.0, 0.0, 0.0, 134.0, 2.7, 1.9, 2.51, 0.0, -1.0],
    "tomato6": [6.0, 22.0, 0.0, 1.0, 77.0, 38.0, 0.0, 0.0, 0.1, 115.0, 33.7, 4.4, 1.82],
    "cracks7": [0.8, 1.8, 65.0, 0.14, 0.6, 3.4, 3.4, 22.0, 0.32, 0.2, 2.7, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0],
    "liftfault8": [60.0, 570.0, 57.0, 12.0, 0.0, 2.0, 1.0, 0.0, 1.27, 6.0, 3.0, 3.1, 0.0, 0.0, 1.0, 0.0, 1.0,
                   0.0],
}


def test_round46_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND46 == ("kl5", "tomato6", "cracks7", "liftfault8") and ROUND46_GENERATORS is GENERATORS
    check_registered(46, ROUND46, GENERATORS)


def test_round46_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND46) == [5, 6, 7, 8]
    for name in ROUND46:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND46)
def test_round46_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND46)
def test_round46_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round46_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("kl5", "tomato6") and set(NEIGHBOURS) == set(ROUND46)
    assert NEIGHBOURS["kl5"] is KL_NEIGHBOURS and NEIGHBOURS["tomato6"] is TOMATO_NEIGHBOURS
    assert NEIGHBOURS["cracks7"] is CRACK_NEIGHBOURS and NEIGHBOURS["liftfault8"] is LIFT_NEIGHBOURS
    # the panel's mean grade rounded half up; the hue ranges proposed for the USDA stages, falling with ripeness
    assert len(KL_CLASSES) == len(KL_ROWS) == len(KL_LIMITS) + 1 == 5 and KL_LIMITS == (0.5, 1.5, 2.5, 3.5)
    assert len(TOMATO_CLASSES) == len(TOMATO_ROWS) == len(TOMATO_HUE_LIMITS) + 1 == 6
    assert TOMATO_HUE_LIMITS == (114.0, 101.0, 85.0, 64.0, 36.0) and np.all(np.diff(TOMATO_HUE_LIMITS) < 0)
    assert TOMATO_CULTIVARS.shape == (3, 4) and abs(TOMATO_CULTIVARS[:, 0].sum() - 1) < 1e-9
    assert len(CRACK_CAUSES) == len(CRACK_ROWS) == len(CRACK_TABLE) == len(CRACK_ANGLE_SD)
    assert CRACK_TABLE.shape[1] == 17 and np.all(CRACK_TABLE[:, 11:] <= 1)
    assert np.argmin(CRACK_TABLE[:, 2]) == 3 and np.argmax(CRACK_TABLE[:, 1]) == 0  # horizontal rust; the taper
    assert len(LIFT_CAUSES) == len(LIFT_ROWS) == len(LIFT_TABLE) and LIFT_TABLE.shape[1] == 16
    assert np.all(LIFT_TABLE[:, 10:] <= 1) and np.argmax(LIFT_TABLE[:, 4]) == 6  # the safety chain's openings
    assert np.argmax(LIFT_TABLE[:, 7]) == 5 and np.argmax(LIFT_TABLE[:, 8]) == 3  # stopping error; brake faults


@pytest.mark.parametrize("name", ROUND46)
def test_round46_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"kl5": (0.57, 0.66), "tomato6": (0.70, 0.80), "cracks7": (0.76, 0.86),
                 "liftfault8": (0.76, 0.86)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_kl5_visit_and_ultrasound_follow_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("kl5")
    median = class_medians("kl5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (0, 2, 4, 5, 6, 7):  # the age, the BMI, the years of pain, WOMAC pain and function, stiffness
        assert np.all(np.diff(median[col]) > 0)
    for col in (3, 8, 9, 11, 12, 14):  # an old injury, crepitus, bony enlargement, effusion, extrusion, osteophytes
        assert np.all(np.diff(means[col]) > 0)
    assert np.all(np.diff(median[10]) < 0) and np.all(np.diff(median[13]) < 0)  # the flexion; the cartilage
    true, pred, wrong = knn_errors("kl5")
    assert 0.38 < wrong.mean() < 0.42 and 0.92 < share_between(true, pred, KL_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 1, 2) > 0.25 and share_pair(true, pred, 2, 3) > 0.23
    assert share_pair(true, pred, 0, 1) > 0.2 and share_pair(true, pred, 3, 4) > 0.17
    rates = class_error_rates("kl5")
    assert np.argmin(rates) == 0 and np.all(rates[1:] > 0.4)  # no osteoarthritis least; the rest alike


def test_tomato6_grader_and_line_follow_the_stage_and_errors_fall_between_adjacent_stages():
    x, y = set_data("tomato6")
    median = class_medians("tomato6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    for col in (0, 6, 8):  # the days since harvest, the grader's share coloured, the camera's red share
        assert np.all(np.diff(median[col]) > 0)
    for col in (9, 10, 12):  # the blossom-end hue, the firmness, the chlorophyll
        assert np.all(np.diff(median[col]) < 0)
    assert np.all(np.diff(means[11]) > 0) and np.all(np.diff(means[7]) < 0)  # the sugars; green shoulders
    assert np.argmin(means[4]) == 5  # the beefsteaks' red hue sits at the red stage's limit: few reach it
    assert np.all(median[9] < np.array([118.0, *TOMATO_HUE_LIMITS]))  # the blossom end reads redder
    true, pred, wrong = knn_errors("tomato6")
    assert 0.29 < wrong.mean() < 0.33 and share_between(true, pred, TOMATO_NEIGHBOURS) > 0.96
    assert share_pair(true, pred, 0, 1) > 0.33 and share_pair(true, pred, 4, 5) > 0.18
    assert share_pair(true, pred, 2, 3) > 0.15 and share_pair(true, pred, 3, 4) > 0.11
    assert share_pair(true, pred, 1, 2) > 0.08
    rates = class_error_rates("tomato6")
    assert np.argmax(rates) == 1 and rates[1] > 0.5  # breakers, the narrowest band of hue


def test_cracks7_survey_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("cracks7")
    settlement, thermal, moisture, corrosion, overload, vibration, shrinkage = range(7)
    median = class_medians("cracks7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmax(median[0]) == settlement and np.argmin(median[0]) == vibration  # wide; fine
    assert np.argmax(median[1]) == settlement and np.argmin(median[2]) == corrosion  # tapered; horizontal
    assert np.argmin(median[7]) == shrinkage and np.argmax(median[7]) == corrosion  # a new wall; an old one
    assert np.argmax(median[8]) == thermal and np.argmax(median[10]) == shrinkage  # the seasons; long walls
    assert np.argmin(median[6]) == moisture and np.argmin(median[4]) == overload  # the DPC; a weak pier
    assert np.argmax(means[11]) == settlement and np.argmax(means[12]) == corrosion  # clay and trees; rust
    assert np.argmax(means[13]) == shrinkage and np.argmax(means[14]) == vibration  # calcium silicate; traffic
    assert np.argmax(means[16]) == thermal  # the sunny wall
    true, pred, wrong = knn_errors("cracks7")
    assert 0.28 < wrong.mean() < 0.33 and 0.62 < share_between(true, pred, CRACK_NEIGHBOURS) < 0.69
    assert share_pair(true, pred, settlement, overload) > 0.15 and share_pair(true, pred, thermal, moisture) > 0.11
    assert share_pair(true, pred, moisture, shrinkage) > 0.1 and share_pair(true, pred, thermal, shrinkage) > 0.08
    assert share_pair(true, pred, settlement, moisture) > 0.04 and share_pair(true, pred, overload, vibration) > 0.04
    rates = class_error_rates("cracks7")
    assert np.argmax(rates) == overload and np.argmin(rates) == corrosion


def test_liftfault8_log_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("liftfault8")
    door, controller, drive, brake, ropes, levelling, safety, vandalism = range(8)
    median = class_medians("liftfault8")
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[5]) == vandalism and means[5][door] > 5 * means[5][drive]  # door reopenings
    assert np.argmax(means[6]) == safety and np.argmax(means[7]) == drive  # the chain; the drive's codes
    assert np.argmax(median[8]) == drive and np.argmax(median[9]) == levelling  # the current; stopping error
    assert np.argmax(means[10]) == brake and np.argmax(median[11]) == ropes  # brake faults; creep
    assert np.argmax(median[0]) == ropes and np.argmin(median[0]) == vandalism  # old ropes; a young busy lift
    assert np.argmax(median[3]) == vandalism and np.argmax(means[16]) == vandalism  # at night; public buildings
    assert np.argmax(means[13]) == drive and np.argmax(means[15]) == ropes  # between floors; noise
    assert np.argmax(means[17]) == controller  # the power dip
    true, pred, wrong = knn_errors("liftfault8")
    assert 0.3 < wrong.mean() < 0.34 and 0.78 < share_between(true, pred, LIFT_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, door, vandalism) > 0.14 and share_pair(true, pred, door, safety) > 0.14
    assert share_pair(true, pred, door, controller) > 0.12 and share_pair(true, pred, controller, safety) > 0.08
    assert share_pair(true, pred, brake, ropes) > 0.05 and share_pair(true, pred, door, levelling) > 0.03  # outside
    rates = class_error_rates("liftfault8")
    assert np.argmax(rates) == controller and np.argmin(rates) == door
