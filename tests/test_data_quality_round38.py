"""Round 38's held-out noisy-label sets (``benchmarks/data_quality_round38.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round38`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). hardness5's baseline errs at the aims' edge (40.1 %) and hail7's more than the aims (46.4 %; its MLP
59-60 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round38 import (DEMENTIA_LOG, DEMENTIA_NEIGHBOURS, DEMENTIA_PARKINSONISM,
                                             DEMENTIA_ROWS, DEMENTIA_SPREAD, DEMENTIA_TABLE, DEMENTIA_TYPES,
                                             GENERATORS, HAIL_CLASSES, HAIL_LIMITS, HAIL_NEIGHBOURS, HAIL_OBJECTS,
                                             HAIL_ROWS, HARDNESS_CLASSES, HARDNESS_LIMITS, HARDNESS_NEIGHBOURS,
                                             HARDNESS_ROWS, NEIGHBOURS, ORDERED, ROUND38, ROUND38_GENERATORS, SHAPES,
                                             STRIP_PADS, WELD_FLAWS, WELD_LOG, WELD_NEIGHBOURS, WELD_ROWS,
                                             WELD_SPREAD, WELD_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "hardness5": [29.0, 0.0, 1.0, 100.0, 6.5, 2.0, 1.0, 13.199999809265137, 8.300000190734863, 0.699999988079071,
                  1.600000023841858, 0.0, 0.0, 14.600000381469727],
    "hail7": [15.0, 47.400001525878906, 3.0999999046325684, 0.20000000298023224, 4.199999809265137, 1220.0, 11.0,
              107.0, 0.0, 8.0, 5.0, 17.0, 8.0, 0.0, 8.0, 19.0],
    "dementia8": [58.0, 0.0, 1.600000023841858, 19.0, 0.0, 4.0, 3.0, 7.0, 9.0, 0.0, 4.0, 0.0, 0.0, 0.0, 0.0, 0.0,
                  1.0, 1.0, 0.25, 5.0],
    "weld8": [3.799999952316284, 14.0, 1.600000023841858, 0.46000000834465027, 11.5, 20.0, 3.799999952316284,
              0.07000000029802322, 1.100000023841858, 15.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0],
}


def test_round38_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND38 == ("hardness5", "hail7", "dementia8", "weld8") and ROUND38_GENERATORS is GENERATORS
    check_registered(38, ROUND38, GENERATORS)


def test_round38_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND38) == [5, 7, 8, 8]
    for name in ROUND38:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND38)
def test_round38_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND38)
def test_round38_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round38_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("hardness5", "hail7") and set(NEIGHBOURS) == set(ROUND38)
    assert NEIGHBOURS["hardness5"] is HARDNESS_NEIGHBOURS and NEIGHBOURS["hail7"] is HAIL_NEIGHBOURS
    assert NEIGHBOURS["dementia8"] is DEMENTIA_NEIGHBOURS and NEIGHBOURS["weld8"] is WELD_NEIGHBOURS
    # the US classification: 1, 3.5, 7 and 10.5 grains per gallon (17.1 mg/L as CaCO3 each)
    assert len(HARDNESS_CLASSES) == len(HARDNESS_ROWS) == len(HARDNESS_LIMITS) + 1
    np.testing.assert_allclose(np.array(HARDNESS_LIMITS) / 17.1, (1, 3.5, 7, 10.5), rtol=0.003)
    assert np.all(np.diff(STRIP_PADS) > 0) and STRIP_PADS[0] == 0
    # TORRO's size codes 0 .. 6 (6 and above merged), by their least diameters
    assert len(HAIL_CLASSES) == len(HAIL_ROWS) == len(HAIL_LIMITS) + 1 and HAIL_LIMITS == (10, 16, 21, 31, 41, 51)
    assert np.all(np.diff(HAIL_OBJECTS) > 0)
    assert len(DEMENTIA_TYPES) == len(DEMENTIA_ROWS) == len(DEMENTIA_TABLE) == len(DEMENTIA_PARKINSONISM)
    assert DEMENTIA_TABLE.shape[1] == 20 and len(DEMENTIA_SPREAD) == 15 and max(DEMENTIA_LOG) < 15
    assert np.all(DEMENTIA_TABLE[:, 15:] <= 1) and np.argmax(DEMENTIA_PARKINSONISM[:, 0]) == 3  # PDD's years
    assert np.argmin(DEMENTIA_TABLE[:, 3]) == 0 and np.argmax(DEMENTIA_TABLE[:, 7]) == 4  # recall; behaviour
    assert np.argmax(DEMENTIA_TABLE[:, 13]) == 6 and np.argmax(DEMENTIA_TABLE[:, 14]) == 7  # Evans; alcohol
    assert len(WELD_FLAWS) == len(WELD_ROWS) == len(WELD_TABLE) and WELD_TABLE.shape[1] == 15
    assert len(WELD_SPREAD) == 10 and max(WELD_LOG) < 10 and np.all(WELD_TABLE[:, 10:] <= 1)
    assert np.argmax(WELD_TABLE[:, 3]) == 5 and np.argmax(WELD_TABLE[:, 12]) == 7  # the root; the transverse scan
    assert np.argmax(WELD_TABLE[:, 4]) == 3 and np.argmax(WELD_TABLE[:, 5]) == 4  # the bevel; flat between runs


@pytest.mark.parametrize("name", ROUND38)
def test_round38_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = (0.55, 0.65) if name == "hail7" else (0.6, 0.9)  # hail7 below the aims (59 %), measured
    assert low < mlp.score(b, yb) < high


def test_hardness5_samples_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("hardness5")
    median = class_medians("hardness5")
    for column in (3, 4, 5, 6):  # conductivity, pH, alkalinity, the test strip
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[11]) >= 0) and median[11][4] > median[11][0] + 2  # the kettle's scale
    assert np.ptp(median[7]) < 5 and np.ptp(median[9]) < 0.05 and np.ptp(median[13]) < 1  # sodium, iron, temperature
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[1]) > 0) and np.all(np.diff(means[2]) < 0)  # carbonate hard, crystalline soft
    assert np.all(np.diff(means[12]) > 0) and means[12][0] < 0.02 < 0.75 < means[12][4]  # soap lathers poorly
    assert set(np.unique(x[:, 6])) <= set(STRIP_PADS)
    # the test strip's pad names three fifths of the classes, as often softer as harder, one class out at most
    read = (x[:, 6][:, None] * 17.1 >= np.array(HARDNESS_LIMITS)).sum(1)
    assert 0.52 < np.mean(read == y) < 0.66 and abs(np.mean(read > y) - np.mean(read < y)) < 0.05
    assert np.mean(np.abs(read - y) <= 1) > 0.95
    true, pred, wrong = knn_errors("hardness5")
    assert 0.37 < wrong.mean() < 0.42 and share_between(true, pred, HARDNESS_NEIGHBOURS) > 0.92
    assert np.mean(np.abs(true - pred) > 2) < 0.01 and min(share_pair(true, pred, c, c + 1) for c in range(4)) > 0.12
    assert share_pair(true, pred, 2, 3) > 0.27  # moderately hard with hard the most
    rates = class_error_rates("hardness5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # soft, open below, least


def test_hail7_radar_and_reports_follow_the_code_and_errors_fall_between_adjacent_codes():
    x, y = set_data("hail7")
    median = class_medians("hail7")
    for column in (0, 1, 2, 3, 5, 6, 9, 12):  # MESH, dBZ, VIL density, echo height, CAPE, shear, the pad, crops
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[8]) >= 0) and median[8][6] > median[8][0] + 40  # the public's object
    assert np.ptp(median[7]) < 25 and np.ptp(median[15]) < 2 and np.ptp(median[10]) < 3  # range, hour, duration
    assert median[11][6] > median[11][0] + 25  # the pad's dents: more and larger stones
    assert set(np.unique(x[:, 8])) <= set(HAIL_OBJECTS) | {0.0} and 0.15 < np.mean(x[:, 8] == 0) < 0.25
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.all(np.diff(means[13]) >= 0) and means[13][6] > 0.95 > 0.05 > means[13][0]  # cars dented
    assert np.all(np.diff(means[4]) < 0)  # a high freezing level melts the stones
    # MESH overestimates and scatters; the hail pad reads a little small, one code out at most mostly
    mesh = (x[:, 0][:, None] >= np.array(HAIL_LIMITS)).sum(1)
    pad = (x[:, 9][:, None] >= np.array(HAIL_LIMITS)).sum(1)
    assert 0.27 < np.mean(mesh == y) < 0.37 and np.mean(mesh > y) > 2 * np.mean(mesh < y)
    assert 0.54 < np.mean(pad == y) < 0.65 and np.mean(pad < y) > 5 * np.mean(pad > y)
    assert np.mean(np.abs(pad - y) <= 1) > 0.93
    true, pred, wrong = knn_errors("hail7")
    assert 0.43 < wrong.mean() < 0.5 and share_between(true, pred, HAIL_NEIGHBOURS) > 0.85
    assert np.mean(np.abs(true - pred) > 2) < 0.01 and min(share_pair(true, pred, c, c + 1) for c in range(6)) > 0.08
    assert share_pair(true, pred, 1, 2) > 0.19  # codes 1 with 2 the most
    rates = class_error_rates("hail7")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # the narrow 16-20 mm code most; code 0 least


def test_dementia8_profiles_follow_the_diagnosis_and_errors_fall_between_confused_diagnoses():
    x, y = set_data("dementia8")
    ad, vad, dlb, pdd, ftd, ppa, nph, alcohol = range(8)
    median = class_medians("dementia8")
    assert np.argmin(median[4]) == ad and np.argmax(median[16]) == ad  # recall; medial temporal atrophy
    assert np.argmax(median[8]) == ftd and np.argmin(median[7]) == ppa and np.argmin(median[5]) == ppa
    assert np.argmax(median[18]) == nph and np.argmax(median[19]) == alcohol and np.argmax(median[9]) == dlb
    assert np.argmax(median[10]) == pdd and np.argmax(median[11]) == pdd and np.argmin(median[6]) in (dlb, pdd)
    assert set(np.argsort(median[0])[:2]) == {ftd, alcohol}  # the younger onsets
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert set(np.argsort(means[12])[-2:]) == {dlb, pdd} and set(np.argsort(means[13])[-2:]) == {dlb, pdd}
    assert np.argmax(means[15]) == nph and np.argmax(means[14]) == nph and np.argmax(means[17]) == vad
    assert np.argmin(means[1]) == alcohol and np.argmax(means[1]) == ad
    # the one-year rule: Parkinson's disease dementia's parkinsonism years before; Lewy bodies' within about a year
    pk = x[:, 11]
    assert np.median(pk[(y == pdd) & (pk != 0)]) > 5 and np.median(np.abs(pk[(y == dlb) & (pk != 0)])) < 1
    assert np.mean(pk[y == pdd] < 3) > 0.03 and np.mean(np.abs(pk[(y == dlb) & (pk != 0)]) > 1) > 0.15  # recalled
    true, pred, wrong = knn_errors("dementia8")
    assert 0.17 < wrong.mean() < 0.22 and share_between(true, pred, DEMENTIA_NEIGHBOURS) > 0.8
    assert share_pair(true, pred, ad, vad) > 0.2 and share_pair(true, pred, ftd, alcohol) > 0.08
    assert share_pair(true, pred, vad, dlb) > 0.05  # outside the map
    rates = class_error_rates("dementia8")
    assert np.argmax(rates) == vad and np.argmin(rates) == nph


def test_weld8_records_follow_the_flaw_and_the_map_holds_two_thirds_of_the_errors():
    x, y = set_data("weld8")
    iso, cluster, slag, sidewall, interrun, root, longitudinal, transverse = range(8)
    median = class_medians("weld8")
    assert np.argmin(median[0]) == iso and np.argmax(median[1]) == root and np.argmax(median[3]) == root
    assert np.argmax(median[4]) == sidewall and np.argmax(median[5]) == interrun and np.argmax(median[6]) == sidewall
    assert set(np.argsort(median[1])[:2]) == {iso, transverse} and np.argmin(median[9]) == root
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[12]) == transverse and np.argmax(means[11]) == longitudinal
    assert np.argmax(means[13]) == slag and np.argmax(means[8]) == cluster
    assert np.all((means[14] > 0.4) & (means[14] < 0.6))  # half the welds radiographed, whatever the flaw
    filmed = x[:, 14] == 1
    assert np.all(x[~filmed, 7] == 0) and np.all(x[~filmed, 8] == 0) and np.all(x[~filmed, 15] == 0)
    shown = np.array([x[filmed & (y == c), 15].mean() for c in range(8)])
    assert min(shown[[iso, cluster, slag, root]]) > 0.75 > 0.4 > max(shown[[sidewall, interrun, longitudinal,
                                                                             transverse]])  # RT misses planar
    true, pred, wrong = knn_errors("weld8")
    assert 0.18 < wrong.mean() < 0.23 and 0.62 < share_between(true, pred, WELD_NEIGHBOURS) < 0.72
    assert share_pair(true, pred, iso, slag) > 0.14 and share_pair(true, pred, root, longitudinal) > 0.07
    assert share_pair(true, pred, cluster, slag) > 0.09  # outside the map
    rates = class_error_rates("weld8")
    assert np.argmax(rates) == cluster and np.argmin(rates) == root
