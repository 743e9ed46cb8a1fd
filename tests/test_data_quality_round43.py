"""Round 43's held-out noisy-label sets (``benchmarks/data_quality_round43.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round43`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). ice6 misses the baseline's aim (42 % against 15-40 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round43 import (DYSPNOEA_DIAGNOSES, DYSPNOEA_NEIGHBOURS, DYSPNOEA_ROWS, DYSPNOEA_TABLE,
                                             GENERATORS, ICE_CLASSES, ICE_LIMITS, ICE_NEIGHBOURS, ICE_ROWS, NEIGHBOURS,
                                             ORDERED, ROOFLEAK_CAUSES, ROOFLEAK_NEIGHBOURS, ROOFLEAK_ROWS,
                                             ROOFLEAK_TABLE, ROUND43, ROUND43_GENERATORS, SHAPES, TANNIN_ANTHO_LIMITS,
                                             TANNIN_CLASSES, TANNIN_NEIGHBOURS, TANNIN_ROWS, TANNIN_SEED_LIMITS,
                                             TANNIN_VARIETIES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "ice6": [0.0, 0.0, 0.0, 2.0, 0.0, 104.0, 3.9, 813.0, 2.0, 2.8, 1.0, 8.4, 2.0],
    "tannin5": [19.7, 8.4, 3.18, 1.02, 3.0, 2.0, 1.0, 2.0, 1.0, 18.0, 1578.0, 0.0, 13.3, 1.55],
    "dyspnoea8": [52.0, 113.0, 17.0, 94.0, 38.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 59.0, 315.0, 12.0, 15.1, 2.0,
                  0.0, 0.0],
    "roofleak8": [5.0, 25.0, 0.0, 3.8, 0.0, 1.0, 30.0, 8.6, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 41.0, 7.1, 0.0, 29.0],
}


def test_round43_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND43 == ("ice6", "tannin5", "dyspnoea8", "roofleak8") and ROUND43_GENERATORS is GENERATORS
    check_registered(43, ROUND43, GENERATORS)


def test_round43_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND43) == [5, 6, 8, 8]
    for name in ROUND43:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND43)
def test_round43_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND43)
def test_round43_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round43_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("ice6", "tannin5") and set(NEIGHBOURS) == set(ROUND43)
    assert NEIGHBOURS["ice6"] is ICE_NEIGHBOURS and NEIGHBOURS["tannin5"] is TANNIN_NEIGHBOURS
    assert NEIGHBOURS["dyspnoea8"] is DYSPNOEA_NEIGHBOURS and NEIGHBOURS["roofleak8"] is ROOFLEAK_NEIGHBOURS
    # the ice tables' 2, 4, 5, 8 and 12 inches; the anthocyanins rising, the seeds' share falling
    assert len(ICE_CLASSES) == len(ICE_ROWS) == len(ICE_LIMITS) + 1 == 6
    assert np.allclose(np.array(ICE_LIMITS) / 2.54, (2, 4, 5, 8, 12), atol=0.25)  # rounded cm
    assert len(TANNIN_CLASSES) == len(TANNIN_ROWS) == len(TANNIN_ANTHO_LIMITS) + 1 == len(TANNIN_SEED_LIMITS) + 1
    assert np.all(np.diff(TANNIN_ANTHO_LIMITS) > 0) and np.all(np.diff(TANNIN_SEED_LIMITS) < 0)
    assert TANNIN_VARIETIES.shape == (4, 4) and abs(TANNIN_VARIETIES[:, 0].sum() - 1) < 1e-9
    assert len(DYSPNOEA_DIAGNOSES) == len(DYSPNOEA_ROWS) == len(DYSPNOEA_TABLE) and DYSPNOEA_TABLE.shape[1] == 20
    assert np.all(DYSPNOEA_TABLE[:, 10:] <= 1) and np.argmax(DYSPNOEA_TABLE[:, 5]) == 0  # heart failure's BNP
    assert np.argmax(DYSPNOEA_TABLE[:, 6]) == 4 and np.argmin(DYSPNOEA_TABLE[:, 8]) == 6  # D-dimer; haemoglobin
    assert len(ROOFLEAK_CAUSES) == len(ROOFLEAK_ROWS) == len(ROOFLEAK_TABLE) and ROOFLEAK_TABLE.shape[1] == 18
    assert np.all(ROOFLEAK_TABLE[:, 9:] <= 1) and np.argmax(ROOFLEAK_TABLE[:, 2]) == 4  # ice dams' snow
    assert np.argmax(ROOFLEAK_TABLE[:, 1]) == 7 and np.argmax(ROOFLEAK_TABLE[:, 8]) == 3  # gusts; humidity


@pytest.mark.parametrize("name", ROUND43)
def test_round43_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"ice6": (0.67, 0.77), "tannin5": (0.61, 0.71), "dyspnoea8": (0.84, 0.94),
                 "roofleak8": (0.73, 0.83)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_ice6_measurements_follow_the_band_and_errors_fall_between_adjacent_bands():
    x, y = set_data("ice6")
    median = class_medians("ice6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    for col in (0, 1, 11):  # the degree-days, the days, the radar
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(means[12]) > 0)  # the bait shop's inches
    assert np.all(np.diff(means[4]) < 0) and means[4][0] > 0.6  # inlets and springs in the thin bands
    assert means[8][0] > means[8][5] + 0.3 and means[9][0] > means[9][5] + 1.5  # thaws; the air
    true, pred, wrong = knn_errors("ice6")
    assert 0.39 < wrong.mean() < 0.45 and 0.82 < share_between(true, pred, ICE_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, 3, 4) > 0.2 and share_pair(true, pred, 0, 1) > 0.15
    assert share_pair(true, pred, 4, 5) > 0.13 and share_pair(true, pred, 1, 3) > 0.05  # two apart
    rates = class_error_rates("ice6")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 5  # the inch-wide walking band most; trucks least


def test_tannin5_vineyard_and_berries_follow_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("tannin5")
    median = class_medians("tannin5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (0, 2, 9):  # the sugar, the pH, the days since veraison
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(median[1]) < 0)  # the acidity
    for col in (4, 5, 6, 7, 8):  # the seed colour and the taster's scores
        assert np.all(np.diff(means[col]) > 0)
    assert abs(means[10][0] - means[10][4]) < 60  # the season's heat does not set the grade
    true, pred, wrong = knn_errors("tannin5")
    assert 0.37 < wrong.mean() < 0.43 and 0.93 < share_between(true, pred, TANNIN_NEIGHBOURS)
    assert share_pair(true, pred, 3, 4) > 0.28 and share_pair(true, pred, 1, 2) > 0.19
    assert share_pair(true, pred, 2, 3) > 0.19 and share_pair(true, pred, 0, 1) > 0.17
    rates = class_error_rates("tannin5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # ripe most; unripe least


def test_dyspnoea8_work_up_follows_the_diagnosis_and_errors_fall_between_confused_diagnoses():
    x, y = set_data("dyspnoea8")
    heart, copd, asthma, pneumonia, embolism, pneumothorax, anaemia, anxiety = range(8)
    median = class_medians("dyspnoea8")
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(median[0]) == heart and np.argmin(median[0]) == anxiety  # the oldest; the youngest
    assert np.argmax(median[13]) == heart and np.argmax(median[14]) == embolism  # BNP; D-dimer
    assert np.argmax(median[15]) == pneumonia and np.argmin(median[16]) == anaemia  # CRP; haemoglobin
    assert np.argmax(median[4]) == pneumonia and np.argmax(median[3]) == anxiety  # fever; full saturation
    assert np.argmax(means[5]) == copd and np.argmax(means[7]) == asthma and np.argmax(means[8]) == embolism
    assert np.argmax(means[17]) == heart and np.argmax(means[18]) == pneumothorax and np.argmax(means[19]) == pneumonia
    assert means[5][pneumothorax] > means[5][anxiety] + 0.15  # secondary pneumothoraces in COPD
    true, pred, wrong = knn_errors("dyspnoea8")
    assert 0.13 < wrong.mean() < 0.18 and 0.69 < share_between(true, pred, DYSPNOEA_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, asthma, anxiety) > 0.2 and share_pair(true, pred, heart, copd) > 0.07
    assert share_pair(true, pred, copd, pneumonia) > 0.07 and share_pair(true, pred, pneumonia, embolism) > 0.06
    assert share_pair(true, pred, pneumothorax, anxiety) > 0.07  # outside the map
    rates = class_error_rates("dyspnoea8")
    assert rates[embolism] > 0.2 and rates[asthma] > 0.2 and rates[heart] < 0.12


def test_roofleak8_inspection_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("roofleak8")
    flashing, puncture, ponding, condensation, ice_dam, seam, penetration, wind = range(8)
    median = class_medians("roofleak8")
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(median[0]) == wind and np.argmax(median[1]) == wind  # the storm's rain and gusts
    assert np.argmax(median[2]) == ice_dam and np.argmin(median[3]) == ice_dam  # snow and cold
    assert np.argmax(means[4]) == condensation and np.argmin(means[5]) == ice_dam  # dry weather; pitched roofs
    assert np.argmax(means[8]) == penetration and np.argmax(means[9]) == ponding and np.argmax(means[10]) == puncture
    assert np.argmax(means[11]) == condensation and np.argmax(means[17]) == condensation  # humid use; humidity
    assert np.argmax(means[12]) == ice_dam and np.argmax(means[16]) == seam  # the attic; the linear wet line
    true, pred, wrong = knn_errors("roofleak8")
    assert 0.24 < wrong.mean() < 0.3 and 0.7 < share_between(true, pred, ROOFLEAK_NEIGHBOURS) < 0.78
    assert share_pair(true, pred, flashing, seam) > 0.17 and share_pair(true, pred, flashing, penetration) > 0.1
    assert share_pair(true, pred, flashing, wind) > 0.1 and share_pair(true, pred, ponding, seam) > 0.07
    assert share_pair(true, pred, flashing, puncture) > 0.07  # outside the map
    rates = class_error_rates("roofleak8")
    assert np.argmax(rates) == seam and np.argmin(rates) == condensation
