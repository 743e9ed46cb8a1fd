"""Round 40's held-out noisy-label sets (``benchmarks/data_quality_round40.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round40`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). jaundice6 misses the aims (MLP 55-58 %, baseline 56 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round40 import (COLONYLOSS_CAUSES, COLONYLOSS_LOG, COLONYLOSS_NEIGHBOURS,
                                             COLONYLOSS_ROWS, COLONYLOSS_SPREAD, COLONYLOSS_TABLE, GENERATORS,
                                             JAUNDICE_CLASSES, JAUNDICE_HOURS, JAUNDICE_LIMITS, JAUNDICE_NEIGHBOURS,
                                             JAUNDICE_ROWS, NEIGHBOURS, ORDERED, ROUND40, ROUND40_GENERATORS, SHAPES,
                                             VISIBILITY_CLASSES, VISIBILITY_LIMITS, VISIBILITY_NEIGHBOURS,
                                             VISIBILITY_ROWS, WINEFAULT_FAULTS, WINEFAULT_LOG, WINEFAULT_NEIGHBOURS,
                                             WINEFAULT_ROWS, WINEFAULT_SPREAD, WINEFAULT_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "visibility6": [300.0, 120.0, 260.0, 100.0, 0.1, 0.5, 7.0, 0.0, 0.0, 6.0, 4.0, 100.0, 4.0],
    "jaundice6": [2.8, 30.0, 38.0, 3890.0, 1.1, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 2.0, 16.7, 4.0, 10.0],
    "winefault8": [0.8, 1050.0, 0.94, 78.0, 2.0, 64.0, 0.86, 0.3, 3.74, 5.6, 0.0, 7.0, 3.0, 4.0, 1.0, 0.0, 1.0, 0.0,
                   0.0, 1.0],
    "colonyloss8": [5.0, 4.0, 2.7, 1450.0, 0.0, 0.0, 0.5, 1.0, 2.0, 1.0, 39.0, 0.3, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0,
                    0.0, 1.0],
}


def test_round40_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND40 == ("visibility6", "jaundice6", "winefault8", "colonyloss8") and ROUND40_GENERATORS is GENERATORS
    check_registered(40, ROUND40, GENERATORS)


def test_round40_covers_6_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND40) == [6, 6, 8, 8]
    for name in ROUND40:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND40)
def test_round40_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND40)
def test_round40_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round40_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("visibility6", "jaundice6") and set(NEIGHBOURS) == set(ROUND40)
    assert NEIGHBOURS["visibility6"] is VISIBILITY_NEIGHBOURS and NEIGHBOURS["jaundice6"] is JAUNDICE_NEIGHBOURS
    assert NEIGHBOURS["winefault8"] is WINEFAULT_NEIGHBOURS and NEIGHBOURS["colonyloss8"] is COLONYLOSS_NEIGHBOURS
    # the bands' 200 m, 800 m, 1,500 m, 5 km and 10 km; the hour-specific curves rise with the hours and each other
    assert len(VISIBILITY_CLASSES) == len(VISIBILITY_ROWS) == len(VISIBILITY_LIMITS) + 1
    assert VISIBILITY_LIMITS == (200, 800, 1500, 5000, 10000)
    assert len(JAUNDICE_CLASSES) == len(JAUNDICE_ROWS) == len(JAUNDICE_LIMITS) + 1
    assert JAUNDICE_LIMITS.shape == (5, len(JAUNDICE_HOURS))
    assert np.all(np.diff(JAUNDICE_LIMITS, axis=0) > 0) and np.all(np.diff(JAUNDICE_LIMITS, axis=1) > 0)
    assert len(WINEFAULT_FAULTS) == len(WINEFAULT_ROWS) == len(WINEFAULT_TABLE) and WINEFAULT_TABLE.shape[1] == 20
    assert len(WINEFAULT_SPREAD) == 14 and max(WINEFAULT_LOG) < 14 and np.all(WINEFAULT_TABLE[:, 14:] <= 1)
    assert np.argmax(WINEFAULT_TABLE[:, 0]) == 0 and np.argmax(WINEFAULT_TABLE[:, 1]) == 2  # TCA; 4-ethylphenol
    assert np.argmax(WINEFAULT_TABLE[:, 2]) == 3 and np.argmax(WINEFAULT_TABLE[:, 7]) == 4  # VA; sulfides
    assert np.argmax(WINEFAULT_TABLE[:, 15]) == 7 and np.argmax(WINEFAULT_TABLE[:, 19]) == 6  # clear glass; mousy
    assert len(COLONYLOSS_CAUSES) == len(COLONYLOSS_ROWS) == len(COLONYLOSS_TABLE)
    assert COLONYLOSS_TABLE.shape[1] == 20 and len(COLONYLOSS_SPREAD) == 12 and max(COLONYLOSS_LOG) < 12
    assert np.all(COLONYLOSS_TABLE[:, 12:] <= 1) and np.argmax(COLONYLOSS_TABLE[:, 1]) == 0  # the mites
    assert np.argmax(COLONYLOSS_TABLE[:, 6]) == 1 and np.argmax(COLONYLOSS_TABLE[:, 8]) == 3  # spores; drone brood
    assert np.argmax(COLONYLOSS_TABLE[:, 13]) == 5 and np.argmax(COLONYLOSS_TABLE[:, 14]) == 6  # rope; twisted


@pytest.mark.parametrize("name", ROUND40)
def test_round40_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"visibility6": (0.69, 0.78), "jaundice6": (0.53, 0.63), "winefault8": (0.82, 0.9),
                 "colonyloss8": (0.85, 0.93)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_visibility6_instruments_follow_the_band_and_errors_fall_between_adjacent_bands():
    x, y = set_data("visibility6")
    median = class_medians("visibility6")
    for column in (0, 1, 4):  # the observer, the camera, the dew-point depression
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[3]) <= 0) and median[3][0] > median[3][5] + 15  # the humidity near saturation
    assert np.all(median[2][2:] == 2000) and median[2][0] < 300  # the RVR, reported in the fog only
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert means[7][5] < 0.1 and np.argmax(means[7]) == 3  # precipitation: none in the clearest band
    assert np.all(np.diff(median[9]) >= 0) and median[9][0] < 7.5  # the night and the dawn in the fog
    # the observer names 71 % of the bands, one band out in nearly all the rest; the camera 63 %
    observer = (x[:, 0][:, None] >= np.array(VISIBILITY_LIMITS)).sum(1)
    camera = (x[:, 1][:, None] >= np.array(VISIBILITY_LIMITS)).sum(1)
    assert 0.66 < np.mean(observer == y) < 0.76 and np.mean(np.abs(observer - y) <= 1) > 0.99
    assert 0.58 < np.mean(camera == y) < 0.68
    true, pred, wrong = knn_errors("visibility6")
    assert 0.29 < wrong.mean() < 0.36 and 0.9 < share_between(true, pred, VISIBILITY_NEIGHBOURS) < 0.97
    assert np.mean(np.abs(true - pred) > 2) < 0.01 and min(share_pair(true, pred, c, c + 1) for c in range(5)) > 0.12
    assert share_pair(true, pred, 2, 3) > 0.23  # 800-1,500 m with 1.5-5 km the most
    rates = class_error_rates("visibility6")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # 800-1,500 m most; under 200 m, open below, least


def test_jaundice6_readings_follow_the_tier_and_errors_fall_between_adjacent_tiers():
    x, y = set_data("jaundice6")
    median = class_medians("jaundice6")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[15]) < 0)  # the TcB; its distance below
    assert np.all(np.diff(median[13]) < 0) and np.all(np.diff(median[12]) >= 0)  # haemoglobin; the extent
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.all(np.diff(means[8]) > 0) and means[8][5] > 0.5  # a positive DAT, mostly in the top tier
    assert means[2][5] < means[2][0] - 0.8 and means[4][5] > means[4][0] + 1.5  # younger; losing weight
    assert means[1][5] > means[1][0] + 20  # the top tier's hours (escalation later)
    # the meter ends at 20 mg/dL: two thirds of the top tier read there, none of the lowest three
    assert np.all(x[:, 0] <= 20) and np.mean(x[y == 5, 0] == 20) > 0.6 and np.mean(x[y <= 2, 0] == 20) == 0
    true, pred, wrong = knn_errors("jaundice6")
    assert 0.53 < wrong.mean() < 0.6 and 0.67 < share_between(true, pred, JAUNDICE_NEIGHBOURS) < 0.75
    assert np.mean(np.abs(true - pred) > 2) < 0.08 and min(share_pair(true, pred, c, c + 1) for c in range(5)) > 0.06
    assert share_pair(true, pred, 0, 1) > 0.2  # low with low-intermediate the most
    rates = class_error_rates("jaundice6")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # high-intermediate most; low, open below, least


def test_winefault8_panels_follow_the_fault_and_errors_fall_between_confused_faults():
    x, y = set_data("winefault8")
    tca, oxidation, brett, va, reduction, heat, mousy, light = range(8)
    median = class_medians("winefault8")
    assert np.argmax(median[0]) == tca and np.argmax(median[1]) == brett and np.argmax(median[2]) == va
    assert np.argmax(median[3]) == va and np.argmax(median[5]) == oxidation and np.argmax(median[7]) == reduction
    assert set(np.argsort(median[6])[-2:]) == {oxidation, heat} and np.argmax(median[8]) == mousy
    assert np.argmax(median[10]) == tca and np.argmax(median[11]) == brett and np.argmax(median[13]) == oxidation
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[15]) == light and np.argmax(means[16]) == tca and np.argmax(means[17]) == heat
    assert set(np.argsort(means[18])[-2:]) == {reduction, light} and np.argmax(means[19]) == mousy
    assert np.argmax(means[14]) == brett and means[14][light] < 0.15  # reds; light strike's whites
    true, pred, wrong = knn_errors("winefault8")
    assert 0.14 < wrong.mean() < 0.19 and 0.83 < share_between(true, pred, WINEFAULT_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, oxidation, heat) > 0.33 and share_pair(true, pred, reduction, light) > 0.13
    assert share_pair(true, pred, brett, mousy) > 0.06 and share_pair(true, pred, va, mousy) > 0.05
    rates = class_error_rates("winefault8")
    assert np.argmax(rates) == heat and np.argmin(rates) == tca


def test_colonyloss8_sheets_follow_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("colonyloss8")
    varroa, nosema, starvation, queen, pesticide, afb, efb, robbing = range(8)
    median = class_medians("colonyloss8")
    assert np.argmax(median[1]) == varroa and np.argmax(median[7]) == varroa and np.argmax(median[6]) == nosema
    assert np.argmin(median[2]) == robbing and np.argmax(median[3]) == pesticide and np.argmax(median[8]) == queen
    assert set(np.argsort(median[4])[:2]) == {starvation, robbing} and np.argmin(median[11]) == pesticide
    assert set(np.argsort(median[9])[-2:]) == {afb, efb} and np.argmax(median[10]) == pesticide
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[12]) == starvation and np.argmax(means[13]) == afb and np.argmax(means[14]) == efb
    assert np.argmax(means[15]) == robbing and np.argmax(means[16]) == nosema and np.argmax(means[18]) == pesticide
    assert set(np.argsort(means[19])[-2:]) == {afb, efb}  # the spotty brood
    true, pred, wrong = knn_errors("colonyloss8")
    assert 0.16 < wrong.mean() < 0.22 and 0.65 < share_between(true, pred, COLONYLOSS_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, varroa, robbing) > 0.2 and share_pair(true, pred, afb, efb) > 0.1
    assert share_pair(true, pred, varroa, starvation) > 0.06
    assert share_pair(true, pred, pesticide, efb) > 0.05  # outside the map
    rates = class_error_rates("colonyloss8")
    assert np.argmax(rates) == varroa and np.argmin(rates) == starvation
