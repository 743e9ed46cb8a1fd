"""Round 41's held-out noisy-label sets (``benchmarks/data_quality_round41.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round41`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). caries7 and bcs6 miss the baseline's aim (55 % and 51 %), bcs6 the MLP's too (57-59 %), and
batcall8's MLP is over the aim (94 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round41 import (BATCALL_NEIGHBOURS, BATCALL_ROWS, BATCALL_SPECIES, BATCALL_TABLE,
                                             BCS_CLASSES, BCS_KNOTS, BCS_LIMITS, BCS_NEIGHBOURS, BCS_ROWS,
                                             CARIES_CLASSES, CARIES_LIMITS, CARIES_NEIGHBOURS, CARIES_ROWS,
                                             GENERATORS, MUSHROOM_NEIGHBOURS, MUSHROOM_ROWS, MUSHROOM_SPREAD,
                                             MUSHROOM_SYNDROMES, MUSHROOM_TABLE, NEIGHBOURS, ORDERED, ROUND41,
                                             ROUND41_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "caries7": [0.0, 1.0, 0.0, 5.0, 1.0, 1.0, 0.0, 46.0, 1.0, 1000.0, 4.0, 7.0, 0.0, 0.0],
    "bcs6": [2.25, 524.0, 184.0, 1.0, 28.6, 1.18, 0.0, 2.0, 57.0, 0.0, 1.0, 0.0],
    "mushroom8": [9.0, 4.9, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0,
                  0.0],
    "batcall8": [49.7, 94.1, 49.4, 44.7, 4.7, 54.0, 0.0, 21.0, 28.0, 1.0, 121.0, 8.0, 10.1],
}


def test_round41_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND41 == ("caries7", "bcs6", "mushroom8", "batcall8") and ROUND41_GENERATORS is GENERATORS
    check_registered(41, ROUND41, GENERATORS)


def test_round41_covers_6_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND41) == [6, 7, 8, 8]
    for name in ROUND41:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND41)
def test_round41_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND41)
def test_round41_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round41_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("caries7", "bcs6") and set(NEIGHBOURS) == set(ROUND41)
    assert NEIGHBOURS["caries7"] is CARIES_NEIGHBOURS and NEIGHBOURS["bcs6"] is BCS_NEIGHBOURS
    assert NEIGHBOURS["mushroom8"] is MUSHROOM_NEIGHBOURS and NEIGHBOURS["batcall8"] is BATCALL_NEIGHBOURS
    # the panel's mean code rounded; the back-fat bands rising, the herdsman's expected score rising with the fat
    assert len(CARIES_CLASSES) == len(CARIES_ROWS) == len(CARIES_LIMITS) + 1 == 7
    assert CARIES_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5, 5.5)
    assert len(BCS_CLASSES) == len(BCS_ROWS) == len(BCS_LIMITS) + 1 and BCS_LIMITS == (8, 13, 18, 25, 32)
    assert np.all(np.diff(BCS_KNOTS[0]) > 0) and np.all(np.diff(BCS_KNOTS[1]) > 0)
    assert len(MUSHROOM_SYNDROMES) == len(MUSHROOM_ROWS) == len(MUSHROOM_TABLE) and MUSHROOM_TABLE.shape[1] == 18
    assert len(MUSHROOM_SPREAD) == 3 and np.all(MUSHROOM_TABLE[:, 3:] <= 1)
    assert np.argmax(MUSHROOM_TABLE[:, 0]) == 1 and np.argmin(MUSHROOM_TABLE[:, 0]) == 3  # orellanine; muscarine
    assert np.argmax(MUSHROOM_TABLE[:, 5]) == 3 and np.argmax(MUSHROOM_TABLE[:, 6]) == 5  # sweating; hallucinations
    assert np.argmax(MUSHROOM_TABLE[:, 15]) == 2 and np.argmax(MUSHROOM_TABLE[:, 11]) == 7  # brain-like; dark urine
    assert len(BATCALL_SPECIES) == len(BATCALL_ROWS) == len(BATCALL_TABLE) and BATCALL_TABLE.shape[1] == 12
    assert np.all(BATCALL_TABLE[:, 8:] <= 1) and np.all(BATCALL_TABLE[:, 2] < BATCALL_TABLE[:, 0])
    assert np.argmax(BATCALL_TABLE[:, 0]) == 1 and np.argmin(BATCALL_TABLE[:, 0]) == 4  # soprano; noctule


@pytest.mark.parametrize("name", ROUND41)
def test_round41_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"caries7": (0.56, 0.66), "bcs6": (0.52, 0.62), "mushroom8": (0.8, 0.89),
                 "batcall8": (0.9, 0.97)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_caries7_instruments_follow_the_code_and_errors_fall_between_adjacent_codes():
    x, y = set_data("caries7")
    median = class_medians("caries7")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[3]) > 0)  # the field code; the fluorescence
    assert np.all(np.diff(median[2]) >= 0) and median[2][2] == 0 and median[2][6] >= 4  # the radiograph, late
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.all(np.diff(means[10]) > 0) and means[6][6] > means[6][0] + 0.4  # sugar; plaque
    assert means[8][0] > means[8][6] + 0.15 and means[4][0] > 0.7  # fluoridated water; sound occlusal surfaces
    # the field examiner names 64 % of the codes, one code out in nearly all the rest
    field = x[:, 0]
    assert 0.6 < np.mean(field == y) < 0.7 and np.mean(np.abs(field - y) <= 1) > 0.95
    true, pred, wrong = knn_errors("caries7")
    assert 0.52 < wrong.mean() < 0.58 and 0.67 < share_between(true, pred, CARIES_NEIGHBOURS) < 0.75
    assert np.mean(np.abs(true - pred) > 2) < 0.07 and min(share_pair(true, pred, c, c + 1) for c in range(6)) > 0.05
    assert share_pair(true, pred, 0, 1) > 0.17  # sound with the first visual change the most
    rates = class_error_rates("caries7")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # enamel breakdown most; sound least


def test_bcs6_records_follow_the_band_and_errors_fall_between_adjacent_bands():
    x, y = set_data("bcs6")
    median = class_medians("bcs6")
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[1]) > 0)  # the herdsman; the weight
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[4]) <= 0)  # later; less milk
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.all(np.diff(means[9]) > 0) and means[9][5] > 0.5  # dry cows, fat
    assert means[10][0] > means[10][5] + 0.7 and means[5][0] > means[5][5] + 0.5  # lame; mobilising
    # the herdsman pulls toward the middle: the thin read high, the fat low
    assert median[0][0] == 2.25 and median[0][5] == 4.0
    true, pred, wrong = knn_errors("bcs6")
    assert 0.48 < wrong.mean() < 0.55 and 0.79 < share_between(true, pred, BCS_NEIGHBOURS) < 0.87
    assert np.mean(np.abs(true - pred) > 2) < 0.03 and min(share_pair(true, pred, c, c + 1) for c in range(5)) > 0.12
    rates = class_error_rates("bcs6")
    assert np.argmax(rates) == 4 and np.argmin(rates) == 0  # fleshy most; thin least


def test_mushroom8_sheets_follow_the_syndrome_and_errors_fall_between_confused_syndromes():
    x, y = set_data("mushroom8")
    amatoxin, orellanine, gyromitrin, muscarinic, isoxazole, psilocybin, irritant, paxillus = range(8)
    median = class_medians("mushroom8")
    assert np.argmax(median[0]) == orellanine and np.argmax(median[1]) == orellanine  # late; called late
    assert np.argmin(median[2]) == gyromitrin  # spring false morels
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[5]) == muscarinic and np.argmax(means[6]) == psilocybin
    assert np.argmax(means[7]) == isoxazole and np.argmax(means[10]) == orellanine
    assert np.argmax(means[11]) == paxillus and np.argmax(means[12]) == psilocybin
    assert np.argmax(means[13]) == paxillus and np.argmax(means[15]) == gyromitrin
    assert np.argmax(means[17]) == amatoxin and np.argmax(means[18]) == orellanine  # the liver; the kidneys
    assert np.argmin(means[19]) == psilocybin  # the fewest labs
    true, pred, wrong = knn_errors("mushroom8")
    assert 0.18 < wrong.mean() < 0.23 and 0.63 < share_between(true, pred, MUSHROOM_NEIGHBOURS) < 0.71
    assert share_pair(true, pred, amatoxin, irritant) > 0.17 and share_pair(true, pred, muscarinic, irritant) > 0.08
    assert share_pair(true, pred, irritant, paxillus) > 0.07 and share_pair(true, pred, isoxazole, psilocybin) > 0.05
    assert share_pair(true, pred, amatoxin, paxillus) > 0.05  # outside the map
    rates = class_error_rates("mushroom8")
    assert np.argmax(rates) == amatoxin and np.argmin(rates) == psilocybin


def test_batcall8_calls_follow_the_species_and_errors_fall_between_confused_species():
    x, y = set_data("batcall8")
    common, soprano, nathusius, myotis, noctule, leisler, serotine, plecotus = range(8)
    median = class_medians("batcall8")
    assert list(np.argsort(median[0])[:3]) == [noctule, leisler, serotine] and np.argmax(median[0]) == soprano
    assert np.argmax(median[3]) == myotis and np.argmax(median[4]) == noctule and np.argmax(median[5]) == noctule
    assert np.argmin(median[8]) == plecotus and np.argmin(median[7]) == plecotus  # quiet, few pulses
    assert median[0][nathusius] < median[0][common] < median[0][soprano]
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert set(np.argsort(means[6])[:2]) == {myotis, plecotus} and np.argmax(means[6]) == noctule  # FM; qCF
    assert np.argmin(means[10]) == noctule  # out at dusk
    true, pred, wrong = knn_errors("batcall8")
    assert 0.15 < wrong.mean() < 0.2 and 0.88 < share_between(true, pred, BATCALL_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, common, nathusius) > 0.2 and share_pair(true, pred, common, soprano) > 0.18
    assert share_pair(true, pred, leisler, serotine) > 0.16 and share_pair(true, pred, myotis, plecotus) > 0.08
    rates = class_error_rates("batcall8")
    assert np.argmax(rates) == nathusius and np.argmin(rates) == common
