"""Round 31's held-out noisy-label sets (``benchmarks/data_quality_round31.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round31`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at a plausible rate and mostly between the documented neighbouring classes (between adjacent grades in the ordered
sets)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round31 import (AEROSOL_COMPONENTS, AEROSOL_NEIGHBOURS, AEROSOL_ROWS, AEROSOL_TABLE,
                                             AEROSOL_TYPES, DROUGHT_CATEGORIES, DROUGHT_CLIMATES, DROUGHT_LIMITS,
                                             DROUGHT_NEIGHBOURS, DROUGHT_ROWS, GENERATORS, LANDSLIDE_NEIGHBOURS,
                                             LANDSLIDE_ROWS, LANDSLIDE_SPEEDS, LANDSLIDE_TABLE, LANDSLIDE_TYPES,
                                             NEIGHBOURS, ORDERED, PRESSURE_CATEGORIES, PRESSURE_DIASTOLIC,
                                             PRESSURE_NEIGHBOURS, PRESSURE_ROWS, PRESSURE_SYSTOLIC, ROUND31,
                                             ROUND31_GENERATORS, SHAPES, _grade)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "drought6": [
        9.0, 330.0, 3.0, 32.0, 189.0, -0.30000001192092896, 1.2999999523162842, 3.0, 48.0, 69.0, 120.0,
        -1.5299999713897705],
    "pressure6": [
        33.0, 0.0, 41.79999923706055, 116.0, 80.0, 116.0, 102.0, 72.0, 0.0, 1.2999999523162842, 101.0,
        5.900000095367432],
    "aerosol8": [
        1.531999945640564, 1.2400000095367432, 0.7400000095367432, 0.9100000262260437, 0.014000000432133675,
        1.600000023841858, 57.0, 0.0, 0.6100000143051147, 0.6499999761581421, 6.039999961853027, 2.869999885559082,
        36.0, 4.110000133514404, 0.3499999940395355, 0.33000001311302185],
    "landslide8": [
        22.0, 322.0, 505.0, 7350.0, 13960.0, 5.599999904632568, 2.9000000953674316, 73.0, 9.0, 0.20000000298023224,
        12.0, 48.0, 99.0, 5.0, 0.0, 332.0],
}


def test_round31_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND31 == ("drought6", "pressure6", "aerosol8", "landslide8") and ROUND31_GENERATORS is GENERATORS
    check_registered(31, ROUND31, GENERATORS)


def test_round31_covers_6_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND31) == [6, 6, 8, 8]
    for name in ROUND31:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND31)
def test_round31_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND31)
def test_round31_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round31_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("drought6", "pressure6") and set(NEIGHBOURS) == set(ROUND31)
    assert NEIGHBOURS["drought6"] is DROUGHT_NEIGHBOURS and NEIGHBOURS["pressure6"] is PRESSURE_NEIGHBOURS
    assert NEIGHBOURS["aerosol8"] is AEROSOL_NEIGHBOURS and NEIGHBOURS["landslide8"] is LANDSLIDE_NEIGHBOURS
    # the Drought Monitor's SPI ranges: D0 from -0.5, D1 -0.8, D2 -1.3, D3 -1.6, D4 -2.0 and below
    assert len(DROUGHT_CATEGORIES) == len(DROUGHT_ROWS) == len(DROUGHT_LIMITS) + 1
    assert DROUGHT_LIMITS == (-0.5, -0.8, -1.3, -1.6, -2.0) and DROUGHT_CLIMATES.shape == (3, 3)
    assert np.all(np.diff(DROUGHT_CLIMATES[:, 0]) < 0)  # the drier the climate, the more skewed its months
    # ESC/ESH: 120 / 80, 130 / 85, 140 / 90, 160 / 100, 180 / 110; the higher category of the two counts
    assert len(PRESSURE_CATEGORIES) == len(PRESSURE_ROWS) == len(PRESSURE_SYSTOLIC) + 1 == len(PRESSURE_DIASTOLIC) + 1
    assert PRESSURE_SYSTOLIC == (120, 130, 140, 160, 180) and PRESSURE_DIASTOLIC == (80, 85, 90, 100, 110)
    assert _grade(np.array([119.4, 125, 150, 150, 181]), np.array([79, 90, 85, 112, 60])).tolist() == [0, 3, 3, 5, 5]
    assert len(AEROSOL_TYPES) == len(AEROSOL_ROWS) == len(AEROSOL_TABLE) and AEROSOL_COMPONENTS.shape == (6, 9)
    assert np.argmax(AEROSOL_COMPONENTS[:, 1]) == 5 and np.argmin(AEROSOL_COMPONENTS[:, 0]) == 0  # ash; sea salt
    assert len(LANDSLIDE_TYPES) == len(LANDSLIDE_ROWS) == len(LANDSLIDE_TABLE) and LANDSLIDE_TABLE.shape[1] == 14
    assert len(LANDSLIDE_SPEEDS) == 6 and np.allclose(np.diff(LANDSLIDE_SPEEDS)[:-1], 2)  # Cruden and Varnes


@pytest.mark.parametrize("name", ROUND31)
def test_round31_mlp_learns_the_clean_labels_to_a_middling_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    assert 0.62 < mlp.score(b, yb) < 0.92


def test_drought6_indicators_follow_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("drought6")
    median = class_medians("drought6")
    for column in (2, 3, 4, 5, 7, 8, 9, 10, 11):  # precipitation, gridded SPI, soil, streams, aquifers, Palmer
        assert np.all(np.diff(median[column]) <= 0) and median[column][5] < median[column][0], column
    assert median[6][5] > median[6][0] + 0.5  # dry months heat up
    assert median[5][0] > -0.5 > median[5][1] and median[5][5] < -2  # the gridded SPI near the station's
    assert np.all(np.diff(median[3][1:]) < 0) and median[3][5] < 40  # the 3-month share of the 6
    assert abs(np.corrcoef(x[:, 0], y)[0, 1]) < 0.1  # no season of drought: the SPI is against the month's record
    arid = x[:, 1] < 400
    # a dry climate's months swing more: its 1-month shares spread wider in the same category
    assert np.std(x[(y == 2) & arid, 2]) > np.std(x[(y == 2) & ~arid, 2])
    true, pred, wrong = knn_errors("drought6")
    assert 0.35 < wrong.mean() < 0.47 and share_between(true, pred, DROUGHT_NEIGHBOURS) > 0.85
    assert np.mean(np.abs(true - pred) > 2) < 0.02 and share_pair(true, pred, 1, 2) > 0.2
    rates = class_error_rates("drought6")
    assert np.argmin(rates) == 0 and rates[4] > 0.45  # the wide 'none' apart; D3 between D2 and D4


def test_pressure6_readings_follow_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("pressure6")
    median = class_medians("pressure6")
    for column in (0, 2, 3, 4, 5, 6, 7, 9, 10, 11):  # age, weight, home, kiosk, first reading, organs
        assert np.all(np.diff(median[column]) >= 0) and median[column][5] > median[column][0], column
    assert np.all(median[6] > median[3])  # the first office reading: the white coat, more alert
    treated = [np.mean(x[y == c, 8] > 0) for c in range(6)]
    assert treated[0] < 0.1 < 0.2 < treated[5]
    # the white coat: home readings under the office's hypertension limit in a fifth of grade 1 or more
    office = y >= 3
    assert 0.1 < np.mean((x[office, 3] < 135) & (x[office, 4] < 85)) < 0.4
    true, pred, wrong = knn_errors("pressure6")
    assert 0.33 < wrong.mean() < 0.45 and share_between(true, pred, PRESSURE_NEIGHBOURS) > 0.88
    assert np.mean(np.abs(true - pred) > 2) < 0.01 and share_pair(true, pred, 1, 2) > 0.18
    rates = class_error_rates("pressure6")
    assert set(np.argsort(rates)[-2:]) == {1, 2} and rates[0] < 0.3  # the 5 mmHg-wide categories err most


def test_aerosol8_optics_follow_the_type_and_errors_fall_between_types_alike():
    x, y = set_data("aerosol8")
    marine, dusty, dust, polluted_dust, clean, polluted, smoke, ash = range(8)
    median = class_medians("aerosol8")
    assert np.argmax(median[7]) in (dust, ash) and min(median[7][[dust, ash]]) > 0.2  # nonspherical
    assert max(median[7][[marine, clean, polluted, smoke]]) < 0.07 < median[7][dusty] < median[7][dust]
    assert np.argmin(median[6]) == marine and np.argmax(median[6]) == smoke  # the lidar ratio
    assert np.argmax(median[1]) == smoke and median[1][dust] < 0.5 and np.argmax(median[2]) == smoke  # fine
    assert median[4][dust] > 0.03 > -0.03 > median[4][smoke]  # dust's albedo rises to the red, smoke's falls
    assert np.argmax(median[13]) == smoke and np.argmax(median[14]) == polluted  # CO; SO2 (ash's fresh plumes)
    assert np.mean(x[y == ash, 14] > 1) > 0.2 > np.mean(x[y == dust, 14] > 1)
    assert np.argmax(median[10]) == ash and np.argmin(median[10]) == marine  # the layers' heights
    thin = x[:, 0] < 0.15  # the inversion's albedo and absorption exponent are unreliable under a thin layer
    for c in (marine, clean):
        assert np.std(x[thin & (y == c), 5]) > 1.25 * np.std(x[~thin & (y == c), 5]), c
    true, pred, wrong = knn_errors("aerosol8")
    assert 0.15 < wrong.mean() < 0.27 and share_between(true, pred, AEROSOL_NEIGHBOURS) > 0.85
    assert share_pair(true, pred, marine, dusty) > 0.12 and share_pair(true, pred, dust, polluted_dust) > 0.12
    rates = class_error_rates("aerosol8")
    assert np.argmax(rates) == ash and max(rates[dust], rates[polluted], rates[smoke]) < 0.15


def test_landslide8_inventory_follows_the_type_and_errors_fall_between_types_mapped_alike():
    x, y = set_data("landslide8")
    fall, topple, rock_slide, slump, debris_slide, debris_flow, avalanche, earthflow = range(8)
    median = class_medians("landslide8")
    assert np.argmax(median[0]) == topple and np.argmin(median[0]) == earthflow  # cliffs; gentle clay slopes
    assert np.argmax(median[6]) == debris_flow and np.argmax(median[2]) == debris_flow  # long, narrow runouts
    assert np.argmax(median[8]) == earthflow and median[8][slump] > 2 * median[8][debris_slide]  # clay
    assert max(median[7][[fall, topple]]) > 80 > 20 > median[7][earthflow]  # rock; fine earth
    assert median[10][topple] > 120 and median[10][rock_slide] < 45  # joints into the slope; daylighting bedding
    assert np.argmax(median[11]) == debris_flow and median[11][debris_slide] > 2 * median[11][slump]  # storms
    assert np.argmax(median[12]) == earthflow  # wet months
    assert median[13][earthflow] < median[13][slump] < median[13][debris_flow]  # velocity classes
    channel = [x[y == c, 14].mean() for c in range(8)]
    assert np.argmax(channel) == debris_flow and channel[debris_flow] > 0.8 > 0.4 > channel[avalanche]
    true, pred, wrong = knn_errors("landslide8")
    assert 0.14 < wrong.mean() < 0.26 and share_between(true, pred, LANDSLIDE_NEIGHBOURS) > 0.88
    assert share_pair(true, pred, slump, earthflow) > 0.2 and share_pair(true, pred, debris_slide, avalanche) > 0.15
    rates = class_error_rates("landslide8")
    assert np.argmax(rates) == avalanche and max(rates[fall], rates[debris_flow]) < 0.12
