"""Round 102's held-out noisy-label sets (``benchmarks/data_quality_round102.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round102`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of comic8 and boulder8 had (sonar6 and piano6 as first measured): comic8 (its
baseline errs on 43.2 %, over the aim of 40 %, kept; MLP 70.5 % test with seed 0), boulder8 (49.9 %, over the aim,
kept; 61.5 %), sonar6 (21.2 %, 85.0 %) and piano6 (31.5 %, 71.8 %). The MLP is fitted once per set (one parametrized
test); the pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round102 import (BOULDER_CLASSES, BOULDER_GRADING, BOULDER_LIMITS, BOULDER_NEIGHBOURS,
                                              BOULDER_ROWS, COMIC_CLASSES, COMIC_GRADING, COMIC_LIMITS,
                                              COMIC_NEIGHBOURS, COMIC_ROWS, GENERATORS, NEIGHBOURS, ORDERED,
                                              PIANO_CLASSES, PIANO_KIND, PIANO_NEIGHBOURS, PIANO_ROWS, PIANO_TABLE,
                                              ROUND102, ROUND102_GENERATORS, SHAPES, SONAR_ARRAY, SONAR_CLASSES,
                                              SONAR_NEIGHBOURS, SONAR_ROWS, SONAR_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "comic8": [1.9, 0.0, 0.0, 0.0, 1.0, 0.0, 83.0, 269.0, 0.0, 0.0, 0.0, 0.6, 88.0, 44.0, 0.0, 0.0],
    "boulder8": [13.0, 36.0, 0.37, 0.12, 0.13, 0.38, 62.0, 3.0, 1.0, 0.0, 12.0, 62.0, 0.758, 0.557, 3.0, 1.5],
    "sonar6": [1.0, 0.06, 3.2, 2.0, 133.0, 9.6, 1.2, 1.0, 2.9, 2.0, 31.0, 2.6, 140.0, 8.6, 0.0, 959.0, 0.0],
    "piano6": [1.0, 30.0, 11.0, 56.0, 27.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 18.2, 10.9, 51.0, 13.1, 1.0, 1.3],
}


def test_round102_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND102 == ("comic8", "boulder8", "sonar6", "piano6") and ROUND102_GENERATORS is GENERATORS
    check_registered(102, ROUND102, GENERATORS)


def test_round102_covers_6_to_8_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND102] == [8, 8, 6, 6]
    for name in ROUND102:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND102)
def test_round102_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND102)
def test_round102_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round102_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("comic8", "boulder8") and set(NEIGHBOURS) == set(ROUND102)
    assert NEIGHBOURS["comic8"] is COMIC_NEIGHBOURS and NEIGHBOURS["boulder8"] is BOULDER_NEIGHBOURS
    assert NEIGHBOURS["sonar6"] is SONAR_NEIGHBOURS and NEIGHBOURS["piano6"] is PIANO_NEIGHBOURS
    assert len(COMIC_CLASSES) == len(COMIC_ROWS) == 8 and COMIC_LIMITS == (0.75, 1.65, 3.25, 5.25, 7.25, 8.75, 9.5)
    assert len(BOULDER_CLASSES) == len(BOULDER_ROWS) == 8 and BOULDER_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
    assert len(COMIC_GRADING) == 2 and len(BOULDER_GRADING) == 2
    assert len(SONAR_CLASSES) == len(SONAR_ROWS) == len(SONAR_TABLE) == len(SONAR_ARRAY) == 6
    assert SONAR_TABLE.shape[1] == 16 and np.allclose(SONAR_ARRAY.sum(1), 1)
    assert np.argmin(SONAR_TABLE[:, 0]) == 5 and np.argmax(SONAR_TABLE[:, 10]) == 4  # self noise; weather's width
    assert len(PIANO_CLASSES) == len(PIANO_ROWS) == len(PIANO_TABLE) == len(PIANO_KIND) == 6
    assert PIANO_TABLE.shape[1] == 16 and np.allclose(PIANO_KIND.sum(1), 1)
    assert np.argmax(PIANO_TABLE[:, 10]) == 3 and np.argmax(PIANO_TABLE[:, 14]) == 4  # the drift; the buzz test


@pytest.mark.parametrize("name", ROUND102)
def test_round102_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"comic8": (0.655, 0.755), "boulder8": (0.565, 0.665), "sonar6": (0.80, 0.90),
                 "piano6": (0.67, 0.77)}[name]  # as measured (seed 0): 70.5, 61.5, 85.0, 71.8 %
    assert low < mlp.score(b, yb) < high


def test_comic8_scanner_measures_follow_the_grade_and_errors_fall_between_adjacent_bands():
    median = class_medians("comic8")
    for column in (10, 11):  # the corners' and the edges' wear
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[13]) > 0) and np.all(np.diff(median[12, 2:]) > 0)  # the gloss; the whiteness
    assert np.all(np.diff(median[0, 1:]) < 0)  # the age
    x, y = set_data("comic8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert np.all(np.diff(means[:, 8]) < 0) and np.all(np.diff(means[:, 9]) < 0)  # spine stress; colour breaks
    assert np.all(np.diff(means[:, 4]) > 0) and np.all(np.diff(means[:, 15]) <= 0)  # bought new; restored
    assert means[7, 2] > means[0, 2] + 0.5 and means[:3, 14].min() > 0.6 > 0.05 > means[5:, 14].max()  # paper; rust
    true, pred, wrong = knn_errors("comic8")
    assert 0.425 < wrong.mean() < 0.44 and 0.89 < share_between(true, pred, COMIC_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 6, 7) > 0.16 and share_pair(true, pred, 5, 6) > 0.13
    rates = class_error_rates("comic8")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 6


def test_boulder8_holds_and_the_gyms_records_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("boulder8")
    for column in (1, 5, 11, 12, 13):  # the holds' depth, the jugs, the attempts, the sends, the flashes
        assert np.all(np.diff(median[column]) < 0)
    for column in (2, 15):  # the crimps, the app's suggested grade
        assert np.all(np.diff(median[column]) > 0)
    x, y = set_data("boulder8")
    means = np.array([x[y == c].mean(0) for c in range(8)])
    assert np.all(np.diff(means[:, 6]) > 0) and np.all(np.diff(means[:, 7]) > 0)  # the spacing; the moves
    assert means[7, 0] > means[0, 0] + 10 and means[7, 9] > 2 * means[0, 9]  # steeper walls; dynos
    true, pred, wrong = knn_errors("boulder8")
    assert 0.49 < wrong.mean() < 0.51 and 0.90 < share_between(true, pred, BOULDER_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, 2, 3) > 0.13 and share_pair(true, pred, 3, 4) > 0.13
    rates = class_error_rates("boulder8")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 6


def test_sonar6_measures_follow_the_class_and_errors_fall_mostly_between_confused_classes():
    merchant, fishing, submarine, biological, weather, self_noise = range(6)
    median = class_medians("sonar6")
    assert np.argmax(median[1]) == fishing and np.argmin(median[1]) == self_noise  # the bearing rate
    assert np.argmax(median[2]) == merchant and np.argmin(median[2]) == submarine  # the signal-to-noise
    assert np.argmax(median[3]) == merchant and np.argmin(median[3]) == weather  # the tonals held
    assert np.argmax(median[4]) == biological and np.argmax(median[6]) == biological  # the frequency; the wander
    assert np.argmin(median[5]) == weather and np.argmax(median[9]) == biological  # the level; the transients
    assert np.argmax(median[10]) == self_noise and np.argmin(median[10]) == biological  # the time held
    assert np.argmax(median[11]) == weather and np.argmin(median[12]) == self_noise  # the width; off the stern
    assert np.argmax(median[13]) == self_noise and np.argmax(median[15]) == submarine  # own speed; the depth
    x, y = set_data("sonar6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 7]) == merchant and np.argmin(means[:, 7]) == weather  # a DEMON line
    assert np.argmax(means[:, 8]) == fishing and np.argmin(means[:, 8]) == merchant  # the shaft rate
    assert np.argmax(means[:, 14]) == weather and np.argmax(means[:, 16]) == weather  # the sea state; ice
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == self_noise  # the hull-mounted array
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == submarine  # the towed array
    true, pred, wrong = knn_errors("sonar6")
    assert 0.205 < wrong.mean() < 0.22 and 0.83 < share_between(true, pred, SONAR_NEIGHBOURS) < 0.87
    assert share_pair(true, pred, merchant, submarine) > 0.16 and share_pair(true, pred, merchant, fishing) > 0.16
    rates = class_error_rates("sonar6")
    assert np.argmax(rates) == fishing and np.argmin(rates) == merchant


def test_piano6_records_and_measures_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    sticking, shank, felt, pin, board, regulation = range(6)
    median = class_medians("piano6")
    assert np.argmax(median[1]) == pin and np.argmin(median[1]) == sticking  # the age
    assert np.argmax(median[2]) == pin and np.argmax(median[3]) == sticking  # the months; the room's humidity
    assert np.argmin(median[3]) == board and np.argmax(median[4]) == board  # the humidity; its swing
    assert np.argmax(median[11]) == pin and np.argmax(median[12]) == regulation  # the drift; the dip
    assert np.argmax(median[13]) == sticking and np.argmin(median[13]) == regulation  # the down weight
    assert np.argmin(median[14]) == board and np.argmax(median[15]) == board  # the sustain; the buzz test
    assert np.argmax(median[16]) == felt  # the grooves
    x, y = set_data("piano6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 6]) == sticking and np.argmax(means[:, 7]) == shank  # stays down; a click
    assert np.argmax(means[:, 8]) == pin and np.argmax(means[:, 9]) == board  # out of tune; a buzz
    assert np.argmax(means[:, 10]) == felt  # a harsh tone
    grand = np.array([np.mean(x[y == c, 0] == 1) for c in range(6)])
    assert grand[[felt, regulation]].min() > 0.4 > 0.35 > grand[[sticking, shank, pin, board]].max()
    true, pred, wrong = knn_errors("piano6")
    assert 0.305 < wrong.mean() < 0.325 and 0.80 < share_between(true, pred, PIANO_NEIGHBOURS) < 0.84
    assert share_pair(true, pred, shank, regulation) > 0.18 and share_pair(true, pred, pin, board) > 0.12
    rates = class_error_rates("piano6")
    assert np.argmax(rates) == shank and np.argmin(rates) == sticking
