"""Round 74's held-out noisy-label sets (``benchmarks/data_quality_round74.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round74`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, fitz6 (its baseline errs on 36.9 %, its MLP 68.2 % test with seed 0, after its one change),
grainpest6 (18.1 %, 85.8 %) and excav7 (35.1 %, 72.5 %) meet the aims; popq5 (50.3 %, its MLP 59.1 %) misses both,
kept and said. The MLP is fitted once per set (one parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round74 import (EXCAV_FAULTS, EXCAV_NEIGHBOURS, EXCAV_ROWS, EXCAV_TABLE, FITZ_BASIS,
                                             FITZ_CLASSES, FITZ_LIMITS, FITZ_NEIGHBOURS, FITZ_ROWS, GENERATORS,
                                             GRAIN_NEIGHBOURS, GRAIN_PESTS, GRAIN_ROWS, GRAIN_TABLE, NEIGHBOURS,
                                             ORDERED, POPQ_CLASSES, POPQ_EXAM, POPQ_LIMITS, POPQ_NEIGHBOURS,
                                             POPQ_ROWS, ROUND74, ROUND74_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "fitz6": [27.0, 0.0, 3.0, 3.0, 1.0, 0.0, 59.5, 13.0, 36.2, 44.1, 7.7, 3.9, 30.0, 0.0, 0.0],
    "popq5": [78.0, 26.2, 3.0, 2.0, 3020.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 62.0, 21.0, 0.0],
    "grainpest6": [3.05, 0.29, 1.0, 1.0, 1.52, 1.43, 0.0, 4.0, 1.7, 51.0, 0.0, 14.2, 33.4, 6.0, 0.0, 6.0],
    "excav7": [7780.0, 74.0, 86.0, 277.0, 175.0, 20.7, 5.7, 13.8, 20.8, 144.4, 2.0, 0.0, 0.0, 1210.0, 0.0, 0.0],
}


def test_round74_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND74 == ("fitz6", "popq5", "grainpest6", "excav7") and ROUND74_GENERATORS is GENERATORS
    check_registered(74, ROUND74, GENERATORS)


def test_round74_covers_5_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND74) == [5, 6, 6, 7]
    for name in ROUND74:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND74)
def test_round74_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND74)
def test_round74_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round74_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("fitz6", "popq5") and set(NEIGHBOURS) == set(ROUND74)
    assert NEIGHBOURS["fitz6"] is FITZ_NEIGHBOURS and NEIGHBOURS["popq5"] is POPQ_NEIGHBOURS
    assert NEIGHBOURS["grainpest6"] is GRAIN_NEIGHBOURS and NEIGHBOURS["excav7"] is EXCAV_NEIGHBOURS
    assert len(FITZ_CLASSES) == len(FITZ_ROWS) == 6 and FITZ_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5)
    assert len(FITZ_BASIS) == 4 and FITZ_CLASSES[0].startswith("I ")
    assert len(POPQ_CLASSES) == len(POPQ_ROWS) == 5 and POPQ_LIMITS == (-2.5, -1.0, 1.0, 6.0) and len(POPQ_EXAM) == 9
    assert len(GRAIN_PESTS) == len(GRAIN_ROWS) == len(GRAIN_TABLE) == 6 and GRAIN_TABLE.shape[1] == 16
    assert np.argmax(GRAIN_TABLE[:, 6]) == 5 and np.argmin(GRAIN_TABLE[:, 5]) == 3  # sawteeth; close eyes
    assert np.argmax(GRAIN_TABLE[:, 3]) == 4 and np.argmax(GRAIN_TABLE[:, 10]) == 1  # a long club; maize
    assert len(EXCAV_FAULTS) == len(EXCAV_ROWS) == len(EXCAV_TABLE) == 7 and EXCAV_TABLE.shape[1] == 16
    assert np.argmin(EXCAV_TABLE[:, 3]) == 1 and np.argmax(EXCAV_TABLE[:, 1]) == 4  # pressure bled; hot oil
    assert np.argmax(EXCAV_TABLE[:, 6]) == 2 and np.argmax(EXCAV_TABLE[:, 7]) == 3  # slow swing; slow travel
    assert np.argmax(EXCAV_TABLE[:, 9]) == 5 and np.argmax(EXCAV_TABLE[:, 12]) == 6  # the engine lugs; sensor codes


@pytest.mark.parametrize("name", ROUND74)
def test_round74_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"fitz6": (0.63, 0.73), "popq5": (0.54, 0.64), "grainpest6": (0.81, 0.91),
                 "excav7": (0.67, 0.77)}[name]  # as measured (seed 0): 68.2, 59.1, 85.8, 72.5 %
    assert low < mlp.score(b, yb) < high


def test_fitz6_skin_readings_follow_the_phototype_and_errors_fall_between_adjacent_types():
    median = class_medians("fitz6")
    assert np.all(np.diff(median[6]) < 0) and np.all(np.diff(median[8]) < 0)  # the arm's L*; the ITA
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[12]) < 0)  # the melanin index; the naevi
    assert np.all(np.diff(median[2]) >= 0) and median[5][0] > median[5][3]  # the ancestry; freckles
    true, pred, wrong = knn_errors("fitz6")
    assert 0.34 < wrong.mean() < 0.40 and 0.92 < share_between(true, pred, FITZ_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.20 and share_pair(true, pred, 2, 3) > 0.15
    assert class_error_rates("fitz6").max() < 0.5


def test_popq5_record_follows_the_stage_and_errors_fall_mostly_between_adjacent_stages():
    x, y = set_data("popq5")
    median = class_medians("popq5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[0]) > 0) and np.all(np.diff(median[4]) > 0)  # older; a larger baby
    assert np.all(np.diff(median[13]) > 0) and np.all(np.diff(means[12]) > 0)  # the POPDI-6; a bulge felt
    assert np.all(np.diff(means[11]) > 0)  # a repair before (a recurrence)
    true, pred, wrong = knn_errors("popq5")
    assert 0.47 < wrong.mean() < 0.54 and 0.81 < share_between(true, pred, POPQ_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, 1, 2) > 0.25 and share_pair(true, pred, 0, 1) > 0.20
    rates = class_error_rates("popq5")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 4


def test_grainpest6_measurements_follow_the_species_and_errors_fall_mostly_between_confused_species():
    oryzae, zeamais, borer, castaneum, confusum, sawtooth = range(6)
    x, y = set_data("grainpest6")
    median = class_medians("grainpest6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert means[2][[oryzae, zeamais]].min() > 0.7 and means[2][[castaneum, confusum, sawtooth]].max() < 0.1  # snouts
    assert np.argmax(means[6]) == sawtooth and np.argmin(median[5]) == castaneum  # the teeth; the eyes' gap
    assert np.argmax(means[10]) == zeamais and np.argmax(median[8]) == zeamais  # maize; the clearer spots
    true, pred, wrong = knn_errors("grainpest6")
    assert 0.15 < wrong.mean() < 0.21 and 0.82 < share_between(true, pred, GRAIN_NEIGHBOURS) < 0.94
    assert share_pair(true, pred, oryzae, zeamais) > 0.32 and share_pair(true, pred, castaneum, confusum) > 0.16
    rates = class_error_rates("grainpest6")
    assert np.argmax(rates) == zeamais and np.argmin(rates) == castaneum


def test_excav7_telematics_follow_the_fault_and_errors_fall_mostly_between_confused_faults():
    pump, relief, swing, travel, oil, fuel, electrical = range(7)
    median = class_medians("excav7")
    assert np.argmin(median[3]) == relief and np.argmax(median[1]) == oil  # the pressure bled; hot oil
    assert np.argmax(median[6]) == swing and np.argmax(median[7]) == travel  # a slow swing; slow travel
    assert np.argmax(median[9]) == fuel and np.argmax(median[12]) == electrical  # the engine lugs; sensor codes
    true, pred, wrong = knn_errors("excav7")
    assert 0.32 < wrong.mean() < 0.38 and 0.68 < share_between(true, pred, EXCAV_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, swing, travel) > 0.12 and share_pair(true, pred, pump, relief) > 0.12
    rates = class_error_rates("excav7")
    assert np.argmax(rates) == pump and np.argmin(rates) == travel
