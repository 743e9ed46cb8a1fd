"""Round 48's held-out noisy-label sets (``benchmarks/data_quality_round48.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round48`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). nyha4, weeds7 and mastitis6 meet the aims as measured (weeds7 and mastitis6 after their one change);
isup5 misses two of them after its one change (kept, as its docstring says)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round48 import (GENERATORS, ISUP_CLASSES, ISUP_LIMITS, ISUP_NEIGHBOURS,
                                             ISUP_PATTERN5_LIMIT, ISUP_ROWS, MASTITIS_NEIGHBOURS, MASTITIS_PATHOGENS,
                                             MASTITIS_ROWS, MASTITIS_TABLE, NEIGHBOURS, NYHA_CLASSES, NYHA_LIMITS,
                                             NYHA_NEIGHBOURS, NYHA_ROWS, ORDERED, ROUND48, ROUND48_GENERATORS, SHAPES,
                                             WEED_NEIGHBOURS, WEED_ROWS, WEED_SPECIES, WEED_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "nyha4": [40.0, 0.0, 27.1, 59.0, 1.0, 116.0, 11.5, 94.0, 83.0, 149.0, 0.0, 680.0, 27.4, 1.29, 24.4, 109.0, 88.0,
              0.0],
    "isup5": [62.0, 6.2, 27.0, 1.0, 0.5, 30.4, 0.77, 30.2, 42.0, 0.21, 14.0, 1.0, 4.5, 46.0, 0.0, 0.0, 0.0],
    "weeds7": [8.0, 33.0, 45.8, 1.3, 26.0, 1.3, 0.5, 0.33, 9.8, 2.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0],
    "mastitis6": [38.6, 1.0, 1.0, 140.0, 3.0, 81.0, 234.0, 15.0, 2.0, 2.4, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0],
}


def test_round48_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND48 == ("nyha4", "isup5", "weeds7", "mastitis6") and ROUND48_GENERATORS is GENERATORS
    check_registered(48, ROUND48, GENERATORS)


def test_round48_covers_4_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND48) == [4, 5, 6, 7]
    for name in ROUND48:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND48)
def test_round48_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND48)
def test_round48_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round48_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("nyha4", "isup5") and set(NEIGHBOURS) == set(ROUND48)
    assert NEIGHBOURS["nyha4"] is NYHA_NEIGHBOURS and NEIGHBOURS["isup5"] is ISUP_NEIGHBOURS
    assert NEIGHBOURS["weeds7"] is WEED_NEIGHBOURS and NEIGHBOURS["mastitis6"] is MASTITIS_NEIGHBOURS
    # Weber's peak oxygen uptake limits, falling; the high-grade shares of a secondary, a primary and a sole pattern
    assert len(NYHA_CLASSES) == len(NYHA_ROWS) == len(NYHA_LIMITS) + 1 == 4 and NYHA_LIMITS == (20.0, 16.0, 10.0)
    assert len(ISUP_CLASSES) == len(ISUP_ROWS) == len(ISUP_LIMITS) + 2 == 5 and ISUP_LIMITS == (5.0, 50.0, 95.0)
    assert ISUP_PATTERN5_LIMIT == 5.0
    assert len(WEED_SPECIES) == len(WEED_ROWS) == len(WEED_TABLE) and WEED_TABLE.shape[1] == 14
    assert np.all(WEED_TABLE[:, 10:] <= 1) and np.argmax(WEED_TABLE[:, 4]) == 2  # Palmer's long petiole
    assert np.argmax(WEED_TABLE[:, 8]) == 3 and np.argmax(WEED_TABLE[:, 0]) == 6  # mealy; the big cotyledons
    assert len(MASTITIS_PATHOGENS) == len(MASTITIS_ROWS) == len(MASTITIS_TABLE) and MASTITIS_TABLE.shape[1] == 16
    assert np.all(MASTITIS_TABLE[:, 10:] <= 1) and np.argmax(MASTITIS_TABLE[:, 5]) == 2  # S. aureus's high count
    assert np.argmax(MASTITIS_TABLE[:, 0]) == 1 and np.argmax(MASTITIS_TABLE[:, 14]) == 4  # fever; teat lesions


@pytest.mark.parametrize("name", ROUND48)
def test_round48_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"nyha4": (0.78, 0.88), "isup5": (0.52, 0.62), "weeds7": (0.78, 0.88),
                 "mastitis6": (0.66, 0.76)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_nyha4_panel_follows_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("nyha4")
    median = class_medians("nyha4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    for col in (0, 5, 14):  # the age, the natriuretic peptide, the ventilatory slope
        assert np.all(np.diff(median[col]) > 0)
    for col in (3, 6, 7, 11, 12, 16):  # ejection fraction, haemoglobin, eGFR, walk, recorded peak, questionnaire
        assert np.all(np.diff(median[col]) < 0)
    assert np.all(np.diff(means[17]) > 0) and np.all(np.diff(means[1]) > 0)  # oedema; women
    assert abs(means[13][0] - means[13][3]) < 0.02  # the exchange ratio: effort, not class
    true, pred, wrong = knn_errors("nyha4")
    assert 0.28 < wrong.mean() < 0.34 and share_between(true, pred, NYHA_NEIGHBOURS) > 0.95
    assert share_pair(true, pred, 1, 2) > 0.35 and share_pair(true, pred, 2, 3) > 0.25
    assert share_pair(true, pred, 0, 1) > 0.24
    rates = class_error_rates("nyha4")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # III most; I least


def test_isup5_histology_follows_the_group_and_errors_fall_between_adjacent_groups():
    x, y = set_data("isup5")
    median = class_medians("isup5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (8, 9, 12):  # the nuclear area, its variation, the Ki-67 index
        assert np.all(np.diff(median[col]) > 0)
    for col in (5, 6, 7, 13):  # the lumens, their roundness, the lumen share, the stroma
        assert np.all(np.diff(median[col]) < 0)
    assert np.argmax(means[14]) == 3 and means[14][0] < 0.1  # cribriform glands: pattern 4
    assert np.all(np.diff(means[15]) > 0)  # intraductal carcinoma
    true, pred, wrong = knn_errors("isup5")
    assert 0.44 < wrong.mean() < 0.5 and 0.84 < share_between(true, pred, ISUP_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 0, 1) > 0.33 and share_pair(true, pred, 2, 3) > 0.18
    assert share_pair(true, pred, 3, 4) > 0.16 and share_pair(true, pred, 2, 4) > 0.06  # two apart
    rates = class_error_rates("isup5")
    assert np.argmin(rates) == 0  # GG1 least


def test_weeds7_seedlings_follow_the_species_and_errors_fall_between_confused_species():
    x, y = set_data("weeds7")
    redroot, waterhemp, palmer, lambsquarters, kochia, common, giant = range(7)
    median = class_medians("weeds7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmax(median[2]) == giant and np.argmin(median[2]) == kochia  # the cotyledons
    assert np.argmax(median[5]) == kochia and np.argmax(median[6]) == palmer  # narrow leaves; the petiole
    assert np.argmax(median[7]) == common and np.argmax(means[10]) == lambsquarters  # lobing; mealy
    assert np.argmax(means[11]) == waterhemp and np.argmax(means[15]) == palmer  # gloss; the watermark
    assert median[8][redroot] > 5 * median[8][waterhemp]  # redroot's hairy stem
    assert means[13][common] > 0.8 and means[13][giant] > 0.8 and means[13][redroot] < 0.1  # opposite leaves
    true, pred, wrong = knn_errors("weeds7")
    assert 0.21 < wrong.mean() < 0.27 and 0.67 < share_between(true, pred, WEED_NEIGHBOURS) < 0.75
    assert share_pair(true, pred, redroot, waterhemp) > 0.19 and share_pair(true, pred, waterhemp, palmer) > 0.12
    assert share_pair(true, pred, redroot, palmer) > 0.12 and share_pair(true, pred, redroot, lambsquarters) > 0.07
    assert share_pair(true, pred, waterhemp, lambsquarters) > 0.06  # outside the map
    rates = class_error_rates("weeds7")
    assert np.argmax(rates) == palmer and np.argmin(rates) == common


def test_mastitis6_case_follows_the_pathogen_and_errors_fall_between_confused_pathogens():
    x, y = set_data("mastitis6")
    coli, klebsiella, aureus, uberis, dysgalactiae, none = range(6)
    median = class_medians("mastitis6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[0]) == klebsiella and np.argmin(median[0]) == none  # fever
    assert np.argmax(median[5]) == aureus and np.argmax(median[6]) == aureus  # the cow's and the herd's counts
    assert np.argmin(median[3]) == coli and np.argmax(median[3]) == aureus  # days in milk
    assert np.argmax(median[7]) == klebsiella and means[1][coli] > 1.8 > 1.5 > means[1][aureus]  # yield; severity
    assert np.argmin(means[12]) == klebsiella and np.argmax(means[14]) == dysgalactiae  # sand; teat lesions
    assert np.argmin(means[15]) == aureus  # gloves and post-dip
    true, pred, wrong = knn_errors("mastitis6")
    assert 0.32 < wrong.mean() < 0.38 and 0.71 < share_between(true, pred, MASTITIS_NEIGHBOURS) < 0.79
    assert share_pair(true, pred, uberis, none) > 0.21 and share_pair(true, pred, coli, klebsiella) > 0.18
    assert share_pair(true, pred, aureus, dysgalactiae) > 0.13 and share_pair(true, pred, uberis, dysgalactiae) > 0.09
    assert share_pair(true, pred, dysgalactiae, none) > 0.07  # outside the map
    rates = class_error_rates("mastitis6")
    assert np.argmax(rates) == dysgalactiae and np.argmin(rates) == coli
