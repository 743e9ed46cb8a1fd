"""Round 42's held-out noisy-label sets (``benchmarks/data_quality_round42.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round42`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). pas8 misses all three aims (MLP 48-54 %, baseline 55 %, 44 % of its errors between adjacent levels)
and nitrate8 the MLP's and the baseline's (MLP 93-96 %, baseline 10 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round42 import (ANAPHYLAXIS_NEIGHBOURS, ANAPHYLAXIS_ROWS, ANAPHYLAXIS_TABLE,
                                             ANAPHYLAXIS_TRIGGERS, ANAPHYLAXIS_TRYPTASE, EROSION_CLASSES,
                                             EROSION_LIMITS, EROSION_NEIGHBOURS, EROSION_ROWS, GENERATORS,
                                             NEIGHBOURS, NITRATE_NEIGHBOURS, NITRATE_ROWS, NITRATE_SOURCES,
                                             NITRATE_TABLE, ORDERED, PAS_CLASSES, PAS_GROUPS, PAS_LIMITS,
                                             PAS_NEIGHBOURS, PAS_ROWS, ROUND42, ROUND42_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "pas8": [20.0, 0.0, 0.0, 0.0, 1.9, 1.0, 3.0, 73.0, 3.3, 2.0, 7.0, 0.0, 1.0, 0.0],
    "erosion5": [6.2, 18.0, 1.0, 1.2, 0.63, 11.0, 4.1, 68.6, 861.0, 0.06, 1.0, 0.0, 82.0],
    "anaphylaxis8": [38.7, 84.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.2, 1.4, 12.2, 1.5, 0.08, 0.0,
                     3.5, 6.9],
    "nitrate8": [11.2, 10.9, 0.5, 2.4, 299.0, 14.5, 73.4, 113.1, 31.3, 108.9, 0.1, 3.2, 1.0, 20.0, 38.0, 10.0, 1.0,
                 0.0, 1.0, 627.0],
}


def test_round42_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND42 == ("pas8", "erosion5", "anaphylaxis8", "nitrate8") and ROUND42_GENERATORS is GENERATORS
    check_registered(42, ROUND42, GENERATORS)


def test_round42_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND42) == [5, 8, 8, 8]
    for name in ROUND42:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND42)
def test_round42_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND42)
def test_round42_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round42_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("pas8", "erosion5") and set(NEIGHBOURS) == set(ROUND42)
    assert NEIGHBOURS["pas8"] is PAS_NEIGHBOURS and NEIGHBOURS["erosion5"] is EROSION_NEIGHBOURS
    assert NEIGHBOURS["anaphylaxis8"] is ANAPHYLAXIS_NEIGHBOURS and NEIGHBOURS["nitrate8"] is NITRATE_NEIGHBOURS
    # the raters' mean level rounded, the worse on a half; the erosion depths rising
    assert len(PAS_CLASSES) == len(PAS_ROWS) == len(PAS_LIMITS) + 1 == 8
    assert PAS_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5) and PAS_GROUPS.shape == (5, 4)
    assert abs(PAS_GROUPS[:, 0].sum() - 1) < 1e-9
    assert len(EROSION_CLASSES) == len(EROSION_ROWS) == len(EROSION_LIMITS) + 1 == 5
    assert np.all(np.diff(EROSION_LIMITS) > 0)
    assert len(ANAPHYLAXIS_TRIGGERS) == len(ANAPHYLAXIS_ROWS) == len(ANAPHYLAXIS_TABLE) == len(ANAPHYLAXIS_TRYPTASE)
    assert ANAPHYLAXIS_TABLE.shape[1] == 18 and np.all(ANAPHYLAXIS_TABLE[:, 3:] <= 1)
    assert np.argmin(ANAPHYLAXIS_TABLE[:, 0]) == 3 and np.argmax(ANAPHYLAXIS_TABLE[:, 2]) == 7  # milk / egg; recurring
    assert np.argmax(ANAPHYLAXIS_TABLE[:, 5]) == 4 and np.argmax(ANAPHYLAXIS_TABLE[:, 17]) == 5  # stings; penicillin
    assert len(NITRATE_SOURCES) == len(NITRATE_ROWS) == len(NITRATE_TABLE) and NITRATE_TABLE.shape[1] == 19
    assert np.argmax(NITRATE_TABLE[:, 1]) == 1 and np.argmax(NITRATE_TABLE[:, 2]) == 4  # manure's d15N; rain's d18O
    assert np.argmin(NITRATE_TABLE[:, 4]) == 5 and np.argmax(NITRATE_TABLE[:, 9]) == 6  # sewage's d11B; ammonium


@pytest.mark.parametrize("name", ROUND42)
def test_round42_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"pas8": (0.42, 0.53), "erosion5": (0.66, 0.77), "anaphylaxis8": (0.65, 0.76),
                 "nitrate8": (0.89, 0.97)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_pas8_bedside_follows_the_level_and_errors_fall_between_adjacent_levels():
    x, y = set_data("pas8")
    median = class_medians("pas8")
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert median[0][0] > median[0][3] > median[0][6] and median[0][7] > median[0][6]  # the screen misses level 8
    assert np.all(np.diff(means[3]) > 0) and np.all(np.diff(median[10]) <= 0)  # wet voice; oral intake
    # the cough follows the ejection: levels 2, 4, 6 and 7 cough more than 3, 5 and 8; silent aspiration no reflex
    assert min(means[2][[1, 3, 5, 6]]) > max(means[2][[0, 2, 4, 7]]) + 0.1
    assert np.argmin(means[5]) == 7 and means[5][7] < means[5][6] - 0.3
    assert means[4][7] > means[4][0] + 0.4 and means[11][7] > means[11][0] + 0.1  # SpO2 drop; tube fed
    true, pred, wrong = knn_errors("pas8")
    assert 0.52 < wrong.mean() < 0.58 and 0.4 < share_between(true, pred, PAS_NEIGHBOURS) < 0.48
    assert share_pair(true, pred, 0, 1) > 0.12 and share_pair(true, pred, 0, 2) > 0.09  # no entry with penetration
    assert share_pair(true, pred, 5, 6) > 0.07 and share_pair(true, pred, 6, 7) > 0.05
    rates = class_error_rates("pas8")
    assert np.argmax(rates) == 4 and np.argmin(rates) == 0  # level 5 most; no entry least


def test_erosion5_drone_and_records_follow_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("erosion5")
    median = class_medians("erosion5")
    for col in (0, 1, 2, 5, 6):  # the drone's area, defect and category; the age, the years since repair
        assert np.all(np.diff(median[col]) > 0)
    assert median[4][4] > 2 and median[4][1] < 0.2  # the power curve's loss only once the laminate erodes
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[7]) > 0) and np.all(np.diff(means[8]) > 0)  # the tip speed; the rain
    assert means[11][4] > means[11][0] + 0.3 and means[10][0] > means[10][4] + 0.3  # offshore; the coating
    true, pred, wrong = knn_errors("erosion5")
    assert 0.31 < wrong.mean() < 0.37 and 0.89 < share_between(true, pred, EROSION_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, 0, 1) > 0.28 and share_pair(true, pred, 2, 3) > 0.23
    assert share_pair(true, pred, 1, 2) > 0.21 and share_pair(true, pred, 3, 4) > 0.06
    rates = class_error_rates("erosion5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # laminate exposed most; intact least


def test_anaphylaxis8_work_up_follows_the_trigger_and_errors_fall_between_confused_triggers():
    x, y = set_data("anaphylaxis8")
    peanut, tree_nut, shellfish, milk_egg, venom, beta_lactam, nsaid, idiopathic = range(8)
    median = class_medians("anaphylaxis8")
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmin(median[0]) == milk_egg and np.argmax(means[2]) == idiopathic  # the youngest; recurring
    assert np.argmax(means[12]) == peanut and np.argmax(means[13]) == tree_nut  # the skin tests
    assert np.argmax(means[14]) == shellfish and np.argmax(means[15]) == milk_egg
    assert np.argmax(means[16]) == venom and np.argmax(means[17]) == beta_lactam  # venom IgE; penicillin test
    assert np.argmax(means[5]) == venom and np.argmax(means[4]) == idiopathic  # outdoors; exercise
    assert np.argmax(median[18]) == venom and np.argmax(median[19]) == venom  # the tryptases
    assert min(means[6][5:7]) > 0.9 and max(means[6][:4]) < 0.1  # a drug in six hours
    true, pred, wrong = knn_errors("anaphylaxis8")
    assert 0.3 < wrong.mean() < 0.36 and 0.73 < share_between(true, pred, ANAPHYLAXIS_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, peanut, tree_nut) > 0.14 and share_pair(true, pred, beta_lactam, nsaid) > 0.13
    assert share_pair(true, pred, peanut, milk_egg) > 0.12 and share_pair(true, pred, shellfish, idiopathic) > 0.04
    assert share_pair(true, pred, peanut, shellfish) > 0.02  # outside the map
    rates = class_error_rates("anaphylaxis8")
    assert np.argmax(rates) == tree_nut and np.argmin(rates) == venom


def test_nitrate8_chemistry_follows_the_source_and_errors_fall_between_confused_sources():
    x, y = set_data("nitrate8")
    fertilizer, manure, septic, soil, deposition, wastewater, landfill, geological = range(8)
    median = class_medians("nitrate8")
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(median[1]) == manure and np.argmin(median[1]) == deposition  # d15N
    assert np.argmax(median[2]) == deposition and median[2][fertilizer] > median[2][manure]  # d18O
    assert np.argmin(median[5]) == wastewater and np.argmax(median[5]) == manure  # d11B
    assert np.argmax(median[10]) == landfill and np.argmax(median[11]) == landfill  # ammonium; organic carbon
    assert np.argmax(median[9]) == geological and np.argmax(median[13]) == geological  # sulfate; deep
    assert np.argmax(means[12]) == septic and np.argmax(means[16]) == septic  # caffeine; homes on septic systems
    assert np.argmax(means[17]) == landfill and np.argmax(means[18]) == wastewater
    true, pred, wrong = knn_errors("nitrate8")
    assert 0.08 < wrong.mean() < 0.12 and 0.66 < share_between(true, pred, NITRATE_NEIGHBOURS) < 0.75
    assert share_pair(true, pred, fertilizer, soil) > 0.33 and share_pair(true, pred, manure, septic) > 0.1
    assert share_pair(true, pred, septic, wastewater) > 0.05
    assert share_pair(true, pred, fertilizer, septic) > 0.04  # outside the map
    rates = class_error_rates("nitrate8")
    assert np.argmax(rates) == soil and np.argmin(rates) == landfill
