"""Round 100's held-out noisy-label sets (``benchmarks/data_quality_round100.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round100`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured after the one change each of pirep5 and ofa7 had (kiln6 and chocolate6 as first measured): pirep5 (its
baseline errs on 45.8 %, over the aim of 40 %, kept; MLP 76.1 % test with seed 0), ofa7 (50.1 %, over the aim, kept;
58.3 %, under the aim of 60 % with seed 0, 61.1 % with seed 1), kiln6 (33.9 %, 73.5 %) and chocolate6 (17.2 %,
87.3 %). The MLP is fitted once per set (one parametrized test); the pools are 200,000 cases (the graded sets), each
built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round100 import (CHOCOLATE_CLASSES, CHOCOLATE_KIND, CHOCOLATE_NEIGHBOURS,
                                              CHOCOLATE_ROWS, CHOCOLATE_TABLE, GENERATORS, KILN_APPLY, KILN_CLASSES,
                                              KILN_NEIGHBOURS, KILN_ROWS, KILN_TABLE, NEIGHBOURS, OFA_CLASSES,
                                              OFA_GRADING, OFA_LIMITS, OFA_NEIGHBOURS, OFA_ROWS, ORDERED,
                                              PIREP_CLASSES, PIREP_LIMITS, PIREP_NEIGHBOURS, PIREP_REPORTING,
                                              PIREP_ROWS, ROUND100, ROUND100_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "pirep5": [1.0, 66.5, 527.0, 34.0, 1.0, 520.0, 2.5, 20.56, 42.0, 165.0, 0.0, 0.01, 0.006, 0.02, 0.043, 0.017],
    "ofa7": [2.0, 1.0, 32.0, 32.1, 4.0, 1.0, 1.0, -0.48, 0.0, 1.7, 113.1, 66.0, 1.7, 26.7, 0.0, 0.0],
    "kiln6": [0.0, 1211.0, 9.0, 180.0, 245.0, 173.0, 1.51, 67.7, 57.0, 11.2, 1.48, 997.0, 2.8, 2.0, 6.8, 7.2, 5.3],
    "chocolate6": [1.0, 5.2, 0.4, 17.2, 56.0, 6.4, 21.4, 58.0, -1.9, 17.1, 4.9, 57.0, 19.0, 4.9, 25.0, 32.9, 1.287],
}


def test_round100_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND100 == ("pirep5", "ofa7", "kiln6", "chocolate6") and ROUND100_GENERATORS is GENERATORS
    check_registered(100, ROUND100, GENERATORS)


def test_round100_covers_5_to_7_classes_with_imbalance():
    assert [len(SHAPES[name][2]) for name in ROUND100] == [5, 7, 6, 6]
    for name in ROUND100:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 16 <= columns <= 17


@pytest.mark.parametrize("name", ROUND100)
def test_round100_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND100)
def test_round100_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round100_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("pirep5", "ofa7") and set(NEIGHBOURS) == set(ROUND100)
    assert NEIGHBOURS["pirep5"] is PIREP_NEIGHBOURS and NEIGHBOURS["ofa7"] is OFA_NEIGHBOURS
    assert NEIGHBOURS["kiln6"] is KILN_NEIGHBOURS and NEIGHBOURS["chocolate6"] is CHOCOLATE_NEIGHBOURS
    assert len(PIREP_CLASSES) == len(PIREP_ROWS) == 5 and PIREP_LIMITS == (0.05, 0.2, 0.5, 1.5)
    assert len(OFA_CLASSES) == len(OFA_ROWS) == 7 and OFA_LIMITS == (1.0, 2.0, 3.0, 3.5, 4.5, 5.5)
    assert len(PIREP_REPORTING) == 2 and len(OFA_GRADING) == 2
    assert len(KILN_CLASSES) == len(KILN_ROWS) == len(KILN_TABLE) == len(KILN_APPLY) == 6
    assert KILN_TABLE.shape[1] == 16 and np.allclose(KILN_APPLY.sum(1), 1)
    assert np.argmax(KILN_TABLE[:, 3]) == 5 and np.argmax(KILN_TABLE[:, 6]) == 2  # the dunt's cooling; the craze
    assert len(CHOCOLATE_CLASSES) == len(CHOCOLATE_ROWS) == len(CHOCOLATE_TABLE) == len(CHOCOLATE_KIND) == 6
    assert CHOCOLATE_TABLE.shape[1] == 16 and np.allclose(CHOCOLATE_KIND.sum(1), 1)
    assert np.argmin(CHOCOLATE_TABLE[:, 3]) == 2 and np.argmin(CHOCOLATE_TABLE[:, 7]) == 1  # the bubbles; the dew


@pytest.mark.parametrize("name", ROUND100)
def test_round100_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"pirep5": (0.71, 0.81), "ofa7": (0.53, 0.63), "kiln6": (0.68, 0.78),
                 "chocolate6": (0.82, 0.92)}[name]  # as measured (seed 0): 76.1, 58.3, 73.5, 87.3 %
    assert low < mlp.score(b, yb) < high


def test_pirep5_forecast_and_recorded_turbulence_follow_the_report_and_errors_fall_between_adjacent_ones():
    median = class_medians("pirep5")
    for column in (6, 8, 10, 11, 12, 13, 14, 15):  # the shear, CAPE, the wave, the forecast's EDR, the recorded
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[7]) < 0) and np.all(np.diff(median[9]) < 0)  # the Richardson number; the cell
    assert median[14, 0] < 0.05 < median[14, 1] < 0.2 < median[14, 2] < 0.5 < median[14, 3] < 1.5 < median[14, 4]
    x, y = set_data("pirep5")
    means = np.array([x[y == c].mean(0) for c in range(5)])
    assert means[0, 1] > means[4, 1] + 15  # lighter aircraft report extreme (a heavy one rides it smoother)
    assert np.mean(x[y == 0, 0] == 2) > 2 * np.mean(x[y == 4, 0] == 2)  # fewer widebodies
    true, pred, wrong = knn_errors("pirep5")
    assert 0.45 < wrong.mean() < 0.47 and 0.86 < share_between(true, pred, PIREP_NEIGHBOURS) <= 0.9
    assert share_pair(true, pred, 0, 1) > 0.40 and share_pair(true, pred, 1, 2) > 0.25
    rates = class_error_rates("pirep5")
    assert np.argmin(rates) == 4 and rates.min() > 0.2  # extreme errs least


def test_ofa7_film_measures_and_records_follow_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("ofa7")
    for column in (3, 7, 12):  # the weight, the hip EBV, the joint space
        assert np.all(np.diff(median[column]) > 0)
    for column in (10, 11, 13):  # the Norberg angle, the femoral-head coverage, the centre-edge angle
        assert np.all(np.diff(median[column]) < 0)
    assert median[10, 0] > 105 > median[10, 4] and median[2, 6] > median[2, 0]  # Norberg's 105; older, severe
    x, y = set_data("ofa7")
    means = np.array([x[y == c].mean(0) for c in range(7)])
    for column in (5, 6, 15):  # the sire's and the dam's grades, the distraction index (0 where not taken)
        assert np.all(np.diff(means[:, column]) > 0)
    assert means[6, 4] > means[0, 4] + 0.5  # a heavier body condition
    assert np.mean(x[y == 0, 0] == 0) > 2 * np.mean(x[y == 6, 0] == 0)  # Labradors among the best
    assert np.mean(x[y == 6, 0] == 4) > 2 * np.mean(x[y == 0, 0] == 4)  # Bernese among the worst
    true, pred, wrong = knn_errors("ofa7")
    assert 0.49 < wrong.mean() < 0.51 and 0.84 < share_between(true, pred, OFA_NEIGHBOURS) < 0.88
    assert share_pair(true, pred, 1, 2) > 0.21 and share_pair(true, pred, 4, 5) > 0.15
    rates = class_error_rates("ofa7")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 1  # borderline errs most, good least


def test_kiln6_records_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    crawl, pinhole, craze, shiver, blister, dunt = range(6)
    median = class_medians("kiln6")
    assert np.argmax(median[1]) == blister and np.argmin(median[2]) == pinhole  # the peak; the soak
    assert np.argmax(median[3]) == pinhole and np.argmax(median[4]) == dunt  # the heating; the cooling
    assert np.argmax(median[5]) == dunt and np.argmax(median[6]) == blister  # the opening; the coat
    assert np.argmax(median[7]) == craze and np.argmin(median[7]) == shiver  # the glaze's expansion
    assert np.argmax(median[8]) == shiver and np.argmin(median[8]) == craze  # the body's expansion
    assert np.argmax(median[9]) == crawl and np.argmax(median[10]) == crawl  # the raw clay; the gravity
    assert np.argmin(median[11]) == pinhole and np.argmax(median[12]) == pinhole  # the bisque; the LOI
    assert np.argmax(median[13]) == crawl and np.argmax(median[14]) == craze  # the days; the absorption
    assert np.argmax(median[15]) == dunt and np.argmin(median[15]) == craze  # the free silica
    assert np.argmax(median[16]) == dunt  # the wall
    x, y = set_data("kiln6")
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == crawl  # brushed or poured
    assert np.argmax([np.mean(x[y == c, 0] == 1) for c in range(6)]) == pinhole  # sprayed
    true, pred, wrong = knn_errors("kiln6")
    assert 0.33 < wrong.mean() < 0.345 and 0.64 < share_between(true, pred, KILN_NEIGHBOURS) < 0.70
    assert share_pair(true, pred, crawl, shiver) > 0.10 and share_pair(true, pred, pinhole, blister) > 0.10
    rates = class_error_rates("kiln6")
    assert np.argmax(rates) == shiver and np.argmin(rates) == pinhole


def test_chocolate6_logs_follow_the_cause_and_errors_fall_mostly_between_confused_causes():
    fat, sugar, bubbles, streaks, cracks, soft = range(6)
    median = class_medians("chocolate6")
    assert np.argmax(median[1]) == cracks and np.argmin(median[1]) == soft  # the temper index
    assert np.argmax(median[2]) == soft and np.argmin(median[3]) == streaks  # the mass's warmth; the mould
    assert np.argmin(median[4]) == bubbles and np.argmin(median[5]) == cracks  # the vibration; the tunnel's air
    assert np.argmax(median[6]) == cracks and np.argmin(median[6]) == soft  # the tunnel's time
    assert np.argmax(median[7]) == sugar and np.argmin(median[8]) == sugar  # the tunnel's humidity; the dew margin
    assert np.argmax(median[9]) == soft and np.argmax(median[10]) == fat  # the store; its swing
    assert np.argmax(median[11]) == sugar and np.argmax(median[12]) == fat  # the store's humidity; the days
    assert np.argmax(median[13]) == sugar and median[14, [fat, sugar]].max() < median[14, [streaks, soft]].min()
    assert np.argmax(median[15]) == cracks and np.argmin(median[15]) == soft  # the snap
    assert np.argmin(median[16]) == bubbles  # the density
    x, y = set_data("chocolate6")
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == soft  # white chocolate
    assert np.argmax([np.mean(x[y == c, 0] == 0) for c in range(6)]) == cracks  # dark chocolate
    true, pred, wrong = knn_errors("chocolate6")
    assert 0.165 < wrong.mean() < 0.18 and 0.89 < share_between(true, pred, CHOCOLATE_NEIGHBOURS) < 0.95
    assert share_pair(true, pred, fat, sugar) > 0.18 and share_pair(true, pred, bubbles, cracks) > 0.15
    rates = class_error_rates("chocolate6")
    assert np.argmin(rates) == bubbles and max(rates[sugar], rates[streaks]) == rates.max()
