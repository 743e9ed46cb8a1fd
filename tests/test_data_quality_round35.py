"""Round 35's held-out noisy-label sets (``benchmarks/data_quality_round35.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round35`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets; soilorder8's and oil8's maps miss about a seventh and a tenth of their errors). oil8 is easier than
the round's aims (its MLP over 90 %, its baseline under 15 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round35 import (GENERATORS, LDL_CATEGORIES, LDL_LIMITS, LDL_NEIGHBOURS, LDL_ROWS,
                                             NEIGHBOURS, OIL_NEIGHBOURS, OIL_ROWS, OIL_TABLE, OIL_TYPES, ORDERED,
                                             ROUND35, ROUND35_GENERATORS, SHAPES, SOIL_LOG, SOIL_NEIGHBOURS,
                                             SOIL_ORDERS, SOIL_ROWS, SOIL_SPREAD, SOIL_TABLE, UV_CATEGORIES, UV_LIMITS,
                                             UV_NEIGHBOURS, UV_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "uv5": [31.200000762939453, 70.0, 86.0, 2.869999885559082, 50.0, 293.0, 8.0, 0.03999999910593033, 0.0, 105.0,
            1.399999976158142, 4.099999904632568, 21.600000381469727, 31.0],
    "ldl5": [37.0, 1.0, 37.599998474121094, 0.0, 7.099999904632568, 162.0, 35.0, 118.0, 104.0, 127.0, 68.0, 22.0,
             5.300000190734863, 171.0],
    "soilorder8": [1370.0, 19.799999237060547, 1.100000023841858, 10.0, 4.300000190734863, 2.8499999046325684,
                   3.700000047683716, 28.0, 52.0, 1.2100000381469727, 16.0, 0.013000000268220901, 0.0,
                   0.15000000596046448, 11.229999542236328, 461.0],
    "oil8": [10.100000381469727, 3.5, 69.19999694824219, 6.300000190734863, 0.4399999976158142, 85.4000015258789,
             191.1999969482422, 25.200000762939453, 0.07000000029802322, 0.699999988079071, 4.619999885559082, 116.0,
             10.0, 1.0, 9.0],
}


def test_round35_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND35 == ("uv5", "ldl5", "soilorder8", "oil8") and ROUND35_GENERATORS is GENERATORS
    check_registered(35, ROUND35, GENERATORS)


def test_round35_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND35) == [5, 5, 8, 8]
    for name in ROUND35:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND35)
def test_round35_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND35)
def test_round35_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round35_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("uv5", "ldl5") and set(NEIGHBOURS) == set(ROUND35)
    assert NEIGHBOURS["uv5"] is UV_NEIGHBOURS and NEIGHBOURS["ldl5"] is LDL_NEIGHBOURS
    assert NEIGHBOURS["soilorder8"] is SOIL_NEIGHBOURS and NEIGHBOURS["oil8"] is OIL_NEIGHBOURS
    # the WHO's UV index categories: low 0-2, moderate 3-5, high 6-7, very high 8-10, extreme 11+ (rounded)
    assert len(UV_CATEGORIES) == len(UV_ROWS) == len(UV_LIMITS) + 1 and UV_LIMITS == (2.5, 5.5, 7.5, 10.5)
    # NCEP ATP III: optimal under 100 mg/dl, near optimal 100-129, borderline high 130-159, high 160-189, very high
    assert len(LDL_CATEGORIES) == len(LDL_ROWS) == len(LDL_LIMITS) + 1 and LDL_LIMITS == (100, 130, 160, 190)
    assert len(SOIL_ORDERS) == len(SOIL_ROWS) == len(SOIL_TABLE) and SOIL_TABLE.shape[1] == len(SOIL_SPREAD)
    assert max(SOIL_LOG) < SOIL_TABLE.shape[1]
    assert SOIL_TABLE[4, 7] < 35 < SOIL_TABLE[3, 7]  # Ultisols under, Alfisols over 35 % base saturation
    assert np.argmax(SOIL_TABLE[:, 3]) == 2 and np.argmax(SOIL_TABLE[:, 11]) == 7  # mollic epipedon; shrink-swell
    assert np.argmin(SOIL_TABLE[:, 10]) == 5 and np.argmin(SOIL_TABLE[:, 0]) == 6  # low-activity clay; arid
    assert len(OIL_TYPES) == len(OIL_ROWS) == len(OIL_TABLE)
    assert np.argmax(OIL_TABLE[:, 0]) == 7 and np.argmax(OIL_TABLE[:, 4]) == 3  # palmitic; oleic
    assert np.argmax(OIL_TABLE[:, 6]) == 1 and np.argmax(OIL_TABLE[:, 8]) == 6  # linolenic; long-chain acids


@pytest.mark.parametrize("name", ROUND35)
def test_round35_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    score = mlp.score(b, yb)
    assert 0.9 < score < 0.98 if name == "oil8" else 0.7 < score < 0.9  # oil8: easier than the aims


def test_uv5_instruments_follow_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("uv5")
    median = class_medians("uv5")
    for column in (9, 10, 11):  # the pyranometer, the broadband meter, the satellite's UV index
        assert np.all(np.diff(median[column]) > 0), column
    for column in (0, 4, 5):  # latitude, the sun's zenith angle, ozone
        assert np.all(np.diff(median[column]) < 0), column
    assert np.argmax(median[1]) == 4  # the extremes on the mountains
    # the meter read against the limits names most rows' category, but not all (drift, cosine error)
    read = (x[:, 10][:, None] >= np.array(UV_LIMITS)).sum(1)
    assert 0.6 < np.mean(read == y) < 0.85
    # Madronich's clear-sky index: the meter follows it under clear skies, clouds cut it
    clear = 12.5 * np.cos(np.radians(x[:, 4])) ** 2.42 * (x[:, 5] / 300) ** -1.23
    ratio = x[:, 10] / clear
    assert 0.85 < np.median(ratio[x[:, 6] <= 1]) < 1.15 and np.median(ratio[x[:, 6] >= 7]) < 0.7
    true, pred, wrong = knn_errors("uv5")
    assert 0.21 < wrong.mean() < 0.3 and share_between(true, pred, UV_NEIGHBOURS) > 0.97
    assert np.mean(np.abs(true - pred) > 2) < 0.01 and min(share_pair(true, pred, c, c + 1) for c in range(4)) > 0.15
    rates = class_error_rates("uv5")
    assert np.argmin(rates) == 1 and min(rates[2], rates[3]) > max(rates[0], rates[1], rates[4])  # 3 wide; 2 wide


def test_ldl5_panel_follows_the_category_and_friedewald_reads_low_with_high_triglycerides():
    x, y = set_data("ldl5")
    median = class_medians("ldl5")
    for column in (0, 5, 8, 9, 10, 13):  # age, total, Friedewald, non-HDL, apoB, the finger stick
        assert np.all(np.diff(median[column]) > 0), column
    assert np.ptp(median[6]) < 5 and np.ptp(median[7]) < 15  # HDL and TG do not follow the LDL
    # Friedewald's LDL-C against the limits: it reads a lower category more often when the triglycerides are high
    read = (x[:, 8][:, None] >= np.array(LDL_LIMITS)).sum(1)
    high, low = x[:, 7] > 200, x[:, 7] < 120
    assert np.mean(read[high] < y[high]) > np.mean(read[low] < y[low]) + 0.1
    assert np.mean(read[high] < y[high]) > np.mean(read[high] > y[high])
    assert np.mean(x[y == 0, 3]) > 2 * np.mean(x[y == 4, 3])  # statins in the optimal category
    true, pred, wrong = knn_errors("ldl5")
    assert 0.21 < wrong.mean() < 0.31 and share_between(true, pred, LDL_NEIGHBOURS) > 0.97
    assert np.mean(np.abs(true - pred) > 1) < 0.02 and min(share_pair(true, pred, c, c + 1) for c in range(4)) > 0.15
    rates = class_error_rates("ldl5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # high errs most; optimal, open below, least


def test_soilorder8_data_follow_the_order_and_the_map_misses_a_seventh_of_the_errors():
    x, y = set_data("soilorder8")
    ent, inc, mol, alf, ult, ox, ari, vert = range(8)
    median = class_medians("soilorder8")
    assert max(median[7][[ult, ox]]) < 35 < median[7][alf] < median[7][mol]  # base saturation
    assert np.argmax(median[3]) == mol and np.argmin(median[4]) == mol  # the mollic epipedon: thick and dark
    assert np.argmax(median[11]) == vert and np.argmax(median[8]) == vert  # shrink-swell; clay
    assert np.argmin(median[10]) == ox and np.argmax(median[14]) == ox and np.argmax(median[15]) == ox  # weathered
    assert set(np.argsort(median[9])[-2:]) == {alf, ult}  # the argillic clay increase
    assert np.argmin(median[0]) == ari and np.argmax(median[12]) == ari and np.argmax(median[13]) == ari
    assert np.argmin(median[15]) == ent  # young, shallow
    assert np.mean(x[y == ent, 6] > 7.8) > 0.25 and np.mean(x[y == mol, 11] > 0.06) > 0.2  # arid Entisols; vertic
    true, pred, wrong = knn_errors("soilorder8")
    assert 0.15 < wrong.mean() < 0.23 and 0.8 < share_between(true, pred, SOIL_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, ent, ari) > 0.18 and share_pair(true, pred, inc, alf) > 0.1
    assert share_pair(true, pred, mol, vert) > 0.08 and share_pair(true, pred, alf, ult) > 0.06
    assert share_pair(true, pred, ent, alf) > 0.02  # outside the map
    rates = class_error_rates("soilorder8")
    assert np.argmin(rates) == ox and min(rates[ari], rates[vert]) > 0.22


def test_oil8_screen_follows_the_oil_and_the_map_misses_a_tenth_of_the_errors():
    x, y = set_data("oil8")
    olive, rape, sun, high_oleic, soy, maize, peanut, palm = range(8)
    median = class_medians("oil8")
    assert np.argmax(median[0]) == palm and np.argmax(median[2]) == high_oleic and np.argmax(median[3]) == sun
    assert set(np.argsort(median[4])[-2:]) == {rape, soy} and median[4][rape] > median[4][soy]  # linolenic
    assert np.argmin(median[5]) == palm and np.argmin(median[6]) == peanut  # iodine; long chains
    assert np.argmax(median[11]) == soy and np.argmax(median[12]) == high_oleic  # tocopherols; Rancimat
    assert np.argmin(median[10]) == olive and np.argmax(median[14]) == olive  # virgin oils: K232; colour
    # the NIR's oleic and linoleic acids blur the oleic-rich oils together
    assert np.mean(x[y == olive, 2] > 78) > 0.15 and np.mean(x[y == peanut, 2] > 60) > 0.05
    true, pred, wrong = knn_errors("oil8")
    assert 0.045 < wrong.mean() < 0.09 and 0.85 < share_between(true, pred, OIL_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, sun, maize) > 0.2 and share_pair(true, pred, olive, peanut) > 0.15
    assert share_pair(true, pred, sun, peanut) > 0.03  # outside the map
    rates = class_error_rates("oil8")
    assert np.argmax(rates) == peanut and max(rates[rape], rates[palm]) < 0.02
