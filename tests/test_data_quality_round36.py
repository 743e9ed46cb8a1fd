"""Round 36's held-out noisy-label sets (``benchmarks/data_quality_round36.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round36`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets; csf8's map misses two fifths of its errors, snowgrain8's a fifth). gestation7's baseline errs a
little more than the round's aims (41 %), csf8 is easier (its MLP about 90 %, its baseline 13.5 %), as the
module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round36 import (CSF_CAUSES, CSF_FLAGS, CSF_NEIGHBOURS, CSF_ROWS, CSF_SPREAD, CSF_TABLE,
                                             GENERATORS, GESTATION_CATEGORIES, GESTATION_LIMITS, GESTATION_NEIGHBOURS,
                                             GESTATION_ROWS, NEIGHBOURS, ORDERED, ROCK_TABLE, ROUND36,
                                             ROUND36_GENERATORS, SHAPES, SNOW_GRAINS, SNOW_LOG, SNOW_MIXED,
                                             SNOW_NEIGHBOURS, SNOW_ROWS, SNOW_SPREAD, SNOW_TABLE, UCS_GRADES,
                                             UCS_LIMITS, UCS_NEIGHBOURS, UCS_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "ucs6": [71.19999694824219, 0.0, 3.0, 1.9700000286102295, 25.5, 14.5600004196167, 1450.0, 20.0,
             0.3199999928474426, 5.0, 58.0, 6.0, 0.0, 1.899999976158142],
    "gestation7": [28.0, 2.0, 30.399999618530273, 25.299999237060547, 1.0, 660.0, 27.899999618530273,
                   26.600000381469727, -2.0, 40.0, 0.0, 0.0, 1.0, 1.0, 7.0],
    "csf8": [33.0, 0.0, 93.30000305175781, 36.20000076293945, 12.0, 27.0, 15.0, 0.0, 1.2200000286102295, 0.0,
             0.5099999904632568, 2.299999952316284, 2.0, 9.5, 1.0, 5.699999809265137, 0.0, 0.0, 0.0, 0.0],
    "snowgrain8": [36.0, 9.899999618530273, 26.299999237060547, 345.0, 1.25, 1.600000023841858, 2.5, 0.0,
                   5.900000095367432, 12.100000381469727, 1.5299999713897705, 132.0, 2.200000047683716, 88.0,
                   2320.0, 1.2000000476837158, 1.0],
}


def test_round36_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND36 == ("ucs6", "gestation7", "csf8", "snowgrain8") and ROUND36_GENERATORS is GENERATORS
    check_registered(36, ROUND36, GENERATORS)


def test_round36_covers_6_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND36) == [6, 7, 8, 8]
    for name in ROUND36:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND36)
def test_round36_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND36)
def test_round36_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round36_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("ucs6", "gestation7") and set(NEIGHBOURS) == set(ROUND36)
    assert NEIGHBOURS["ucs6"] is UCS_NEIGHBOURS and NEIGHBOURS["gestation7"] is GESTATION_NEIGHBOURS
    assert NEIGHBOURS["csf8"] is CSF_NEIGHBOURS and NEIGHBOURS["snowgrain8"] is SNOW_NEIGHBOURS
    # the ISRM grades: R1 1-5 MPa, R2 5-25, R3 25-50, R4 50-100, R5 100-250, R6 over 250
    assert len(UCS_GRADES) == len(UCS_ROWS) == len(UCS_LIMITS) + 1 and UCS_LIMITS == (5, 25, 50, 100, 250)
    assert np.isclose(ROCK_TABLE[:, 0].sum(), 1) and np.argmax(ROCK_TABLE[:, 1]) == 6  # quartzite the strongest
    assert np.argmin(ROCK_TABLE[:, 6]) == 0 and np.argmax(ROCK_TABLE[:, 7]) == 6  # mudstone's K; quartz
    # WHO preterm (under 28, 28-31, 32-36 weeks) and ACOG / SMFM term (37-38, 39-40, 41, 42 and beyond)
    assert len(GESTATION_CATEGORIES) == len(GESTATION_ROWS) == len(GESTATION_LIMITS) + 1
    assert GESTATION_LIMITS == (28, 32, 37, 39, 41, 42)
    assert len(CSF_CAUSES) == len(CSF_ROWS) == len(CSF_TABLE) == len(CSF_FLAGS)
    assert CSF_TABLE.shape[1] == len(CSF_SPREAD) and np.all((CSF_FLAGS >= 0) & (CSF_FLAGS <= 1))
    assert np.argmax(CSF_TABLE[:, 5]) == 0 and np.argmin(CSF_TABLE[:, 8]) == 0  # bacterial: cells, low glucose
    assert np.argmax(CSF_TABLE[:, 11]) == 3 and np.argmax(CSF_FLAGS[:, 0]) == 4  # TB's ADA; cryptococci and HIV
    assert len(SNOW_GRAINS) == len(SNOW_ROWS) == len(SNOW_TABLE) and len(SNOW_SPREAD) == 12 and max(SNOW_LOG) < 12
    assert all(b in SNOW_NEIGHBOURS[a] for a, b, _ in SNOW_MIXED)  # transitions only along the documented paths
    assert np.argmax(SNOW_TABLE[:, 9]) == 0 and np.argmax(SNOW_TABLE[:, 3]) == 7  # new snow's SSA; ice's density
    assert SNOW_TABLE[3, 8] > 10 > SNOW_TABLE[2, 8]  # facets above, rounds below the 10 C/m gradient


@pytest.mark.parametrize("name", ROUND36)
def test_round36_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    assert 0.65 < mlp.score(b, yb) < 0.95  # csf8 near the aims' top (89 %), gestation7 the lowest (72 %)


def test_ucs6_index_tests_follow_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("ucs6")
    median = class_medians("ucs6")
    for column in (3, 6, 7, 8, 9, 10, 12):  # density, P-wave, rebound, point load, slake, RQD, field estimate
        assert np.all(np.diff(median[column]) > 0), column
    for column in (4, 5, 11):  # porosity, water absorption, fractures
        assert np.all(np.diff(median[column]) < 0), column
    # the point load index times a conversion factor of 20 names two thirds of the grades, not all
    read = (x[:, 8][:, None] * 20 >= np.array(UCS_LIMITS)).sum(1)
    assert 0.55 < np.mean(read == y) < 0.75
    assert 0.45 < np.mean(x[:, 12] - 1 == y) < 0.65 and np.mean(np.abs(x[:, 12] - 1 - y) <= 1) > 0.9  # the field
    assert np.mean(x[y == 0, 1] == 0) > 0.8 and np.mean(np.isin(x[y == 5, 1], (4, 6))) > 0.7  # mudstone; basalt
    assert np.mean(x[y == 0, 2] >= 3) > 0.6 > 0.1 > np.mean(x[y == 4, 2] >= 3)  # weathering weakens
    true, pred, wrong = knn_errors("ucs6")
    assert 0.23 < wrong.mean() < 0.31 and share_between(true, pred, UCS_NEIGHBOURS) > 0.96
    assert min(share_pair(true, pred, c, c + 1) for c in range(5)) > 0.08 and share_pair(true, pred, 2, 3) > 0.25
    rates = class_error_rates("ucs6")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 5  # the narrow R3 errs most; R6, open above, least


def test_gestation7_newborn_follows_the_category_and_the_dates_read_long():
    x, y = set_data("gestation7")
    median = class_medians("gestation7")
    for column in (3, 5, 7, 8, 9):  # the dates, weight, head, Ballard score, foot
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[6][:6]) > 0) and abs(median[6][6] - median[6][5]) < 1  # length levels off
    assert np.ptp(median[0]) < 3 and np.ptp(median[2]) < 1.5  # the mother's age and BMI do not follow it
    # the dates against the limits: the sure mothers' name the category more often; wrong ones mostly read long
    read = (np.floor(x[:, 3])[:, None] >= np.array(GESTATION_LIMITS)).sum(1)
    sure = x[:, 4] == 1
    assert np.mean(read[sure] == y[sure]) > np.mean(read[~sure] == y[~sure]) + 0.15
    assert np.mean(read > y) > 2 * np.mean(read < y)
    pre_eclampsia, induced = (np.array([x[y == c, k].mean() for c in range(7)]) for k in (12, 13))
    assert np.all(np.diff(pre_eclampsia[:4]) < 0) and pre_eclampsia[4:].max() < 0.01  # delivered early
    assert induced[6] > induced[5] > induced[4] and induced[4] < 0.1  # induced past 41 weeks
    true, pred, wrong = knn_errors("gestation7")
    assert 0.37 < wrong.mean() < 0.45 and share_between(true, pred, GESTATION_NEIGHBOURS) > 0.82
    assert np.mean(np.abs(true - pred) > 2) < 0.02 and share_pair(true, pred, 3, 4) > 0.2
    rates = class_error_rates("gestation7")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 5  # extremely preterm least; the one-week late term most


def test_csf8_fluids_follow_the_cause_and_the_map_misses_two_fifths_of_the_errors():
    x, y = set_data("csf8")
    bact, entero, hsv, tb, crypto, lyme, carcinoma, nmdar = range(8)
    median = class_medians("csf8")
    assert np.argmax(median[6]) == bact and np.argmax(median[7]) == bact and np.argmax(median[11]) == bact
    assert np.argmax(median[14]) == bact and np.argmax(median[15]) == bact and np.argmin(median[10]) == bact
    assert np.argmax(median[13]) == tb and np.argmax(median[12]) == hsv and np.argmax(median[5]) == crypto
    assert np.argmax(median[2]) == carcinoma and np.argmax(median[0]) == carcinoma  # chronic; the old
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[1]) == crypto and np.argmax(means[9]) == carcinoma and np.argmax(means[17]) == nmdar
    assert np.argmax(means[18]) == nmdar and set(np.argsort(means[16])[-2:]) == {lyme, carcinoma}  # palsies
    # antibiotics before the tap: the bacterial fluid has fewer cells and fewer neutrophils
    b, treated = y == bact, x[:, 19] == 1
    assert np.median(x[b & treated, 7]) < np.median(x[b & ~treated, 7]) - 20
    assert np.median(x[b & treated, 6]) < 0.5 * np.median(x[b & ~treated, 6])
    assert np.mean(x[y == crypto, 6] < 10) > 0.25 and np.mean(x[y == entero, 7] > 50) > 0.15  # bland; early taps
    true, pred, wrong = knn_errors("csf8")
    assert 0.11 < wrong.mean() < 0.16 and 0.55 < share_between(true, pred, CSF_NEIGHBOURS) < 0.65
    assert share_pair(true, pred, hsv, nmdar) > 0.12 and share_pair(true, pred, tb, crypto) > 0.09
    assert share_pair(true, pred, lyme, carcinoma) > 0.08  # outside the map
    rates = class_error_rates("csf8")
    assert np.argmin(rates) == bact and np.argmax(rates) == hsv


def test_snowgrain8_layers_follow_the_class_and_the_map_misses_a_fifth_of_the_errors():
    x, y = set_data("snowgrain8")
    pp, df, rg, fc, dh, sh, mf, if_ = range(8)
    median = class_medians("snowgrain8")
    assert np.argmax(median[9]) == pp and np.argmin(median[3]) == pp and np.argmin(median[2]) == pp  # new snow
    assert np.argmax(median[3]) == if_ and np.argmax(median[6]) == if_ and np.argmax(median[10]) == if_  # ice
    assert set(np.argsort(median[4])[-2:]) == {dh, sh} and np.argmax(median[0]) == dh  # large grains; deep
    assert np.argmax(median[8]) == sh and np.argmin(median[1]) == sh  # the surface's gradient; thin
    assert np.argmax(median[11]) == mf and np.argmax(median[7]) == mf and np.argmin(median[9]) == if_
    assert median[8][fc] > 10 > median[8][rg] and median[3][rg] > median[3][df] > median[3][pp]  # gradient; age
    wet = np.array([np.mean(x[y == c, 12] > 0) for c in range(8)])
    assert np.argmax(wet) == mf and wet[mf] > 0.4 and np.mean(x[y == mf, 16]) > 0.6  # wet melt forms; sunny slopes
    true, pred, wrong = knn_errors("snowgrain8")
    assert 0.16 < wrong.mean() < 0.22 and 0.75 < share_between(true, pred, SNOW_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, rg, fc) > 0.2 and share_pair(true, pred, rg, mf) > 0.08
    assert share_pair(true, pred, df, fc) > 0.08  # outside the map
    rates = class_error_rates("snowgrain8")
    assert np.argmax(rates) == fc and np.argmin(rates) == dh
