"""Round 49's held-out noisy-label sets (``benchmarks/data_quality_round49.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round49`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured after each set's one change: railflaw7 meets the aims; corrosivity6 and fluorosis6 miss
the baseline's (40.9 and 45.8 % errors, over 40), vine6 misses the neighbours' share (57 %, under 60); kept."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round49 import (CORR_CLASSES, CORR_LIMITS, CORR_NEIGHBOURS, CORR_ROWS, FLUOR_CLASSES,
                                             FLUOR_LIMITS, FLUOR_NEIGHBOURS, FLUOR_ROWS, GENERATORS, NEIGHBOURS,
                                             ORDERED, RAIL_NEIGHBOURS, RAIL_ROWS, RAIL_TABLE, RAIL_TYPES, ROUND49,
                                             ROUND49_GENERATORS, SHAPES, VINE_DISEASES, VINE_NEIGHBOURS, VINE_ROWS,
                                             VINE_TABLE, _steel)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "corrosivity6": [-7.4, 58.0, 5.0, 2.0, 1.1, 188.0, 1321.0, 0.0, 0.0, 0.0, 0.16, 9.0],
    "fluorosis6": [12.0, 0.24, 6.0, 1.0, 0.0, 0.0, 33.0, 1460.0, 0.42, 0.0, 1.0, 0.0, 0.0, 2.0],
    "railflaw7": [18.0, 8.0, 18.0, -24.0, 362.8, 0.1, 0.67, 36.0, 23.0, 7.9, 2.0, 2.0, 0.0, 1.0, 0.0],
    "vine6": [41.3, 1.0, 25.0, 29.0, 103.0, 62.0, 38.0, 15.4, 60.0, 85.0, 100.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0],
}


def test_round49_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND49 == ("corrosivity6", "fluorosis6", "railflaw7", "vine6") and ROUND49_GENERATORS is GENERATORS
    check_registered(49, ROUND49, GENERATORS)


def test_round49_covers_6_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND49) == [6, 6, 6, 7]
    for name in ROUND49:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND49)
def test_round49_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND49)
def test_round49_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round49_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("corrosivity6", "fluorosis6") and set(NEIGHBOURS) == set(ROUND49)
    assert NEIGHBOURS["corrosivity6"] is CORR_NEIGHBOURS and NEIGHBOURS["fluorosis6"] is FLUOR_NEIGHBOURS
    assert NEIGHBOURS["railflaw7"] is RAIL_NEIGHBOURS and NEIGHBOURS["vine6"] is VINE_NEIGHBOURS
    # ISO 9223's first-year carbon-steel limits (g/m2); Dean's six scores on rising severity limits
    assert len(CORR_CLASSES) == len(CORR_ROWS) == len(CORR_LIMITS) + 1 == 6
    assert CORR_LIMITS == (10.0, 200.0, 400.0, 650.0, 1500.0)
    assert len(FLUOR_CLASSES) == len(FLUOR_ROWS) == len(FLUOR_LIMITS) + 1 == 6 and np.all(np.diff(FLUOR_LIMITS) > 0)
    # the dose-response: more SO2, chloride or humidity corrodes more
    base = _steel(np.array([10.0]), np.array([10.0]), np.array([70.0]), np.array([12.0]))
    for more in ((20.0, 10.0, 70.0), (10.0, 100.0, 70.0), (10.0, 10.0, 85.0)):
        assert _steel(*(np.array([v]) for v in more), np.array([12.0])) > base
    assert len(RAIL_TYPES) == len(RAIL_ROWS) == len(RAIL_TABLE) and RAIL_TABLE.shape[1] == 17
    assert np.all(RAIL_TABLE[:, 14:] <= 1) and np.allclose(RAIL_TABLE[:, 11:14].sum(1), 1)
    assert np.argmax(RAIL_TABLE[:, 0]) == 3 and np.argmin(RAIL_TABLE[:, 4]) == 3  # the web at the joint
    assert np.argmin(RAIL_TABLE[:, 5]) == 6 and np.argmax(RAIL_TABLE[:, 15]) == 5  # the weld; the squat's dip
    assert len(VINE_DISEASES) == len(VINE_ROWS) == len(VINE_TABLE) and VINE_TABLE.shape[1] == 17
    assert np.all(VINE_TABLE[:, 11:] <= 1) and np.argmax(VINE_TABLE[:, 12]) == 0  # the down beneath
    assert np.argmax(VINE_TABLE[:, 13]) == 1 and np.argmax(VINE_TABLE[:, 15]) == 5  # the powder; tiger stripes


@pytest.mark.parametrize("name", ROUND49)
def test_round49_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"corrosivity6": (0.7, 0.8), "fluorosis6": (0.66, 0.76), "railflaw7": (0.83, 0.93),
                 "vine6": (0.64, 0.74)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_corrosivity6_site_follows_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("corrosivity6")
    median = class_medians("corrosivity6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    for col in (0, 4, 10):  # the warmth, the chloride, the zinc coupon
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(median[5]) < 0) and median[1][0] < median[1][2] < median[1][5]  # the sea; the humidity
    assert median[3][3] > 4 * median[3][0] and median[2][0] < 0.05 * median[2][3]  # the SO2; the wet hours
    assert means[8][3] > 3 * means[8][0]  # industry near
    true, pred, wrong = knn_errors("corrosivity6")
    assert 0.38 < wrong.mean() < 0.43 and 0.82 < share_between(true, pred, CORR_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, 2, 3) > 0.22 and share_pair(true, pred, 1, 2) > 0.18
    assert share_pair(true, pred, 3, 4) > 0.17 and share_pair(true, pred, 4, 5) > 0.07
    assert share_pair(true, pred, 2, 4) > 0.03  # two apart
    rates = class_error_rates("corrosivity6")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # C4 most; C1 least


def test_fluorosis6_child_follows_the_score_and_errors_fall_between_adjacent_scores():
    x, y = set_data("fluorosis6")
    median = class_medians("fluorosis6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    for col in (1, 8, 10):  # the water's fluoride, the urine's, the screener's opaque teeth
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(means[3]) > 0) and means[4][3] > 2 * means[4][0]  # formula; swallowed toothpaste
    assert means[11][5] > 0.8 and means[11][2] < 0.1  # the brown stain from moderate
    assert means[12][5] > 0.5 > 0.15 > means[12][4]  # the pits of severe
    true, pred, wrong = knn_errors("fluorosis6")
    assert 0.43 < wrong.mean() < 0.48 and 0.81 < share_between(true, pred, FLUOR_NEIGHBOURS) < 0.89
    assert share_pair(true, pred, 0, 1) > 0.18 and share_pair(true, pred, 3, 4) > 0.14
    assert share_pair(true, pred, 2, 3) > 0.13 and share_pair(true, pred, 1, 2) > 0.12
    assert share_pair(true, pred, 0, 2) > 0.07  # two apart: questionable's narrow band
    rates = class_error_rates("fluorosis6")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0  # questionable most; normal least


def test_railflaw7_record_follows_the_type_and_errors_fall_between_confused_types():
    x, y = set_data("railflaw7")
    transverse, vertical, horizontal, bolt, headweb, squat, weld = range(7)
    median = class_medians("railflaw7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmax(median[0]) == bolt and np.argmin(median[0]) == squat  # the web; the surface
    assert np.argmax(median[2]) == vertical and np.argmin(median[4]) == bolt  # the long split; the joint
    assert np.argmin(median[5]) == weld and np.argmax(median[6]) == transverse  # the weld; the curve
    assert np.argmax(median[3]) == transverse and np.argmin(median[8]) == squat  # the gauge side; newer rail
    assert np.argmax(means[12]) == vertical and np.argmax(means[13]) == squat  # the lost back wall; the dip
    assert np.argmax(means[14]) == transverse and median[11][bolt] == 1  # gauge corner checks; the 37-degree probe
    true, pred, wrong = knn_errors("railflaw7")
    assert 0.24 < wrong.mean() < 0.29 and 0.64 < share_between(true, pred, RAIL_NEIGHBOURS) < 0.72
    assert share_pair(true, pred, vertical, horizontal) > 0.13 and share_pair(true, pred, transverse, weld) > 0.11
    assert share_pair(true, pred, vertical, headweb) > 0.09 and share_pair(true, pred, bolt, headweb) > 0.07
    assert share_pair(true, pred, squat, weld) > 0.08  # outside the map
    rates = class_error_rates("railflaw7")
    assert np.argmax(rates) == horizontal and np.argmin(rates) == bolt


def test_vine6_record_follows_the_disease_and_errors_fall_between_confused_diseases():
    x, y = set_data("vine6")
    downy, powdery, blackrot, botrytis, phomopsis, esca = range(6)
    median = class_medians("vine6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[0]) == esca and np.argmin(median[0]) == phomopsis  # the stripes; the tiny spots
    assert np.argmax(median[1]) == phomopsis and np.argmax(median[3]) == botrytis  # many spots; the clusters
    assert np.argmax(median[4]) == botrytis and np.argmin(median[4]) == phomopsis  # ripening; before bloom
    assert np.argmax(median[6]) == downy and np.argmin(median[5]) == powdery  # the wet nights; the dry weeks
    assert np.argmin(median[7]) == phomopsis and np.argmax(median[9]) == esca  # the cold spring; old vines
    assert np.argmax(means[11]) == downy and np.argmax(means[12]) == downy  # the oil spots; the down
    assert np.argmax(means[13]) == powdery and np.argmax(means[14]) == blackrot  # the powder; the pycnidia
    assert np.argmax(means[15]) == esca and np.argmax(means[16]) == esca  # tiger stripes; dead spurs
    true, pred, wrong = knn_errors("vine6")
    assert 0.35 < wrong.mean() < 0.4 and 0.53 < share_between(true, pred, VINE_NEIGHBOURS) < 0.61
    assert share_pair(true, pred, downy, powdery) > 0.11 and share_pair(true, pred, downy, blackrot) > 0.07
    assert share_pair(true, pred, blackrot, phomopsis) > 0.06
    assert share_pair(true, pred, powdery, esca) > 0.08  # outside the map
    rates = class_error_rates("vine6")
    assert np.argmax(rates) == blackrot and np.argmin(rates) == esca
