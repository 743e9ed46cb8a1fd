"""Round 66's held-out noisy-label sets (``benchmarks/data_quality_round66.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round66`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, delay5 and vertigo6 meet the three aims as first written; muac4 meets the MLP aim
(71.6 % test accuracy, seed 0) and the neighbour aim (78 %) but misses the baseline aim (its error 41.4 %);
washfast5 meets the MLP aim (60.2 %, seed 0) and the neighbour aim (70 %) but misses the baseline aim (57.5 %);
both kept unchanged and said. The MLP is fitted once per set (one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round66 import (DELAY_CAUSES, DELAY_NEIGHBOURS, DELAY_ROWS, DELAY_TABLE, GENERATORS,
                                             GREY_SCALE, MUAC_CLASSES, MUAC_LIMITS, MUAC_NEIGHBOURS, MUAC_ROWS,
                                             NEIGHBOURS, ORDERED, ROUND66, ROUND66_GENERATORS, SHAPES,
                                             VERTIGO_CAUSES, VERTIGO_NEIGHBOURS, VERTIGO_ROWS, VERTIGO_TABLE,
                                             WASHFAST_CLASSES, WASHFAST_LIMITS, WASHFAST_NEIGHBOURS, WASHFAST_ROWS)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "muac4": [10.0, 1.0, 8.7, 69.6, 0.0, 1.0, 0.0, 1.0, 11.0, 0.0, 6.0, 2.0, 0.0, 1.0],
    "washfast5": [2.0, 1.47, 3.0, 2.0, 10.0, 120.0, 3.0, 80.0, 1.0, 0.0, 0.0, 1.0, 192.0, 1.0],
    "delay5": [13.7, 64.0, 81.0, 0.0, 15.0, 28.0, 1.0, 0.0, 23.0, 0.0, 0.0, 1.0, 40.0, 83.0, 6.0],
    "vertigo6": [59.0, 1.0, 3070.1, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0],
}


def test_round66_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND66 == ("muac4", "washfast5", "delay5", "vertigo6") and ROUND66_GENERATORS is GENERATORS
    check_registered(66, ROUND66, GENERATORS)


def test_round66_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND66) == [4, 5, 5, 6]
    for name in ROUND66:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND66)
def test_round66_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND66)
def test_round66_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round66_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("muac4", "washfast5") and set(NEIGHBOURS) == set(ROUND66)
    assert NEIGHBOURS["muac4"] is MUAC_NEIGHBOURS and NEIGHBOURS["washfast5"] is WASHFAST_NEIGHBOURS
    assert NEIGHBOURS["delay5"] is DELAY_NEIGHBOURS and NEIGHBOURS["vertigo6"] is VERTIGO_NEIGHBOURS
    # the WHO / UNICEF MUAC cut-offs and the at-risk band; the grey scale's steps and the limits halfway between
    assert len(MUAC_CLASSES) == len(MUAC_ROWS) == len(MUAC_LIMITS) + 1 == 4 and MUAC_LIMITS == (135, 125, 115)
    assert len(WASHFAST_CLASSES) == len(WASHFAST_ROWS) == len(WASHFAST_LIMITS) + 1 == 5
    steps = [GREY_SCALE[g] for g in (4.5, 4.0, 3.5, 3.0, 2.5)]
    assert np.allclose(WASHFAST_LIMITS, (np.array(steps[:-1]) + steps[1:]) / 2) and GREY_SCALE[5.0] == 0
    assert len(DELAY_CAUSES) == len(DELAY_ROWS) == len(DELAY_TABLE) == 5 and DELAY_TABLE.shape[1] == 15
    assert np.argmax(DELAY_TABLE[:, 10]) == 0 and np.argmax(DELAY_TABLE[:, 1]) == 1  # maintenance; long delays
    assert np.argmax(DELAY_TABLE[:, 9]) == 2 and np.argmax(DELAY_TABLE[:, 14]) == 3  # ground delay; checkpoint
    assert np.argmax(DELAY_TABLE[:, 2]) == 4 and np.argmin(DELAY_TABLE[:, 12]) == 4  # late inbound; short turn
    assert len(VERTIGO_CAUSES) == len(VERTIGO_ROWS) == len(VERTIGO_TABLE) == 6 and VERTIGO_TABLE.shape[1] == 15
    assert np.argmin(VERTIGO_TABLE[:, 2]) == 0 and np.argmax(VERTIGO_TABLE[:, 3]) == 0  # brief; positional
    assert np.argmax(VERTIGO_TABLE[:, 9]) == 1 and np.argmax(VERTIGO_TABLE[:, 13]) == 2  # head impulse; a cold
    assert np.argmax(VERTIGO_TABLE[:, 6]) == 3 and np.argmax(VERTIGO_TABLE[:, 7]) == 4  # tinnitus; headache
    assert np.argmax(VERTIGO_TABLE[:, 10]) == 5 and np.argmax(VERTIGO_TABLE[:, 12]) == 5  # central; vascular


@pytest.mark.parametrize("name", ROUND66)
def test_round66_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"muac4": (0.66, 0.77), "washfast5": (0.55, 0.65), "delay5": (0.61, 0.72),
                 "vertigo6": (0.61, 0.72)}[name]  # as measured (seed 0): 71.6, 60.2, 66.4, 66.7 %
    assert low < mlp.score(b, yb) < high


def test_muac4_wasting_follows_the_class_and_errors_fall_mostly_between_adjacent_classes():
    well, risk, moderate, severe = range(4)
    x, y = set_data("muac4")
    median = class_medians("muac4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    assert np.all(np.diff(median[0][:3]) < 0) and np.all(np.diff(means[1][:3]) > 0)  # the young; the girls
    assert np.all(np.diff(median[2][:3]) < 0) and np.all(np.diff(means[8]) > 0)  # lighter; food insecurity
    assert np.all(np.diff(means[6][:3]) > 0) and means[9][well] < means[9][[risk, moderate, severe]].min()  # lean
    assert means[4][:3].max() == 0 and 0.55 < means[4][severe] < 0.67  # oedema: severe whatever the tape
    assert np.median(x[(y == severe) & (x[:, 4] == 0), 2]) < median[2][moderate]  # the thin severe lightest
    true, pred, wrong = knn_errors("muac4")
    assert 0.39 < wrong.mean() < 0.44 and 0.75 < share_between(true, pred, MUAC_NEIGHBOURS) < 0.81
    assert share_pair(true, pred, well, risk) > 0.32 and share_pair(true, pred, risk, moderate) > 0.3
    assert share_pair(true, pred, well, moderate) > 0.12 and share_pair(true, pred, moderate, severe) > 0.06
    rates = class_error_rates("muac4")
    assert np.argmin(rates) == well and np.argmax(rates) == moderate


def test_washfast5_dye_and_process_follow_the_grade_and_errors_fall_mostly_between_adjacent_grades():
    x, y = set_data("washfast5")
    median = class_medians("washfast5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[2]) < 0) and np.all(np.diff(median[1]) > 0)  # the card's rating; deeper shades
    assert np.all(np.diff(means[13]) > 0) and np.all(np.diff(means[6]) < 0)  # tested at 60 C; fewer wash-off baths
    share = np.array([[np.mean(x[y == c, 0] == d) for d in range(4)] for c in range(5)]).T
    assert np.all(np.diff(share[1]) > 0) and np.all(np.diff(share[3]) < 0)  # direct dyes bleed; vat dyes hold
    assert means[10][4] > means[10][:4].max()  # a shade-correcting add
    true, pred, wrong = knn_errors("washfast5")
    assert 0.55 < wrong.mean() < 0.60 and 0.67 < share_between(true, pred, WASHFAST_NEIGHBOURS) < 0.73
    assert share_pair(true, pred, 0, 1) > 0.18 and share_pair(true, pred, 1, 2) > 0.18
    assert share_pair(true, pred, 2, 3) > 0.13 and share_pair(true, pred, 3, 4) > 0.09
    assert share_pair(true, pred, 1, 3) > 0.09  # two grades apart
    rates = class_error_rates("washfast5")
    assert np.argmin(rates) == 0 and rates[[2, 3]].min() > rates[[0, 1, 4]].max()


def test_delay5_records_follow_the_cause_and_errors_fall_between_confused_causes():
    carrier, weather, system, security, late = range(5)
    x, y = set_data("delay5")
    median = class_medians("delay5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.argmax(means[10]) == carrier and np.argmax(median[1]) == weather  # maintenance; long delays
    assert np.argmax(means[6]) == weather and np.argmax(median[8]) == weather  # storms; gusts
    assert np.argmax(median[5]) == system and np.argmax(means[9]) == system  # busy hubs; ground delay programmes
    assert np.argmax(median[14]) == security and np.argmin(median[0]) == security  # the queue; the morning
    assert np.argmax(median[2]) == late and np.argmin(median[12]) == late and np.argmin(means[3]) == late
    true, pred, wrong = knn_errors("delay5")
    assert 0.36 < wrong.mean() < 0.41 and 0.83 < share_between(true, pred, DELAY_NEIGHBOURS) < 0.90
    assert share_pair(true, pred, system, late) > 0.19 and share_pair(true, pred, weather, system) > 0.16
    assert share_pair(true, pred, carrier, security) > 0.16 and share_pair(true, pred, weather, late) > 0.1
    assert share_pair(true, pred, carrier, system) > 0.07  # outside the map
    rates = class_error_rates("delay5")
    assert np.argmin(rates) == carrier and np.argmax(rates) == security


def test_vertigo6_history_and_examination_follow_the_diagnosis_and_errors_fall_between_confused_ones():
    bppv, neuritis, labyrinthitis, meniere, migraine, stroke = range(6)
    x, y = set_data("vertigo6")
    median = class_medians("vertigo6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmin(median[2]) == bppv and np.argmax(means[3]) == bppv  # brief; positional
    assert np.argmax(means[9]) == neuritis and np.argmax(means[13]) == labyrinthitis  # head impulse; a cold
    assert means[5][[labyrinthitis, meniere]].min() > means[5][[bppv, neuritis, migraine, stroke]].max()  # hearing
    assert np.argmax(means[6]) == meniere and np.argmax(means[4]) == migraine  # tinnitus; recurring
    assert np.argmax(means[7]) == migraine and np.argmin(median[0]) == migraine  # headache; young
    assert np.argmax(means[10]) == stroke and np.argmax(means[12]) == stroke and np.argmax(median[0]) == stroke
    true, pred, wrong = knn_errors("vertigo6")
    assert 0.36 < wrong.mean() < 0.41 and 0.74 < share_between(true, pred, VERTIGO_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, bppv, migraine) > 0.2 and share_pair(true, pred, neuritis, labyrinthitis) > 0.12
    assert share_pair(true, pred, bppv, meniere) > 0.11 and share_pair(true, pred, neuritis, stroke) > 0.1
    assert share_pair(true, pred, bppv, neuritis) > 0.05  # outside the map
    rates = class_error_rates("vertigo6")
    assert np.argmin(rates) == bppv and np.argmax(rates) == labyrinthitis
