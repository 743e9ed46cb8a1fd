"""Round 53's held-out noisy-label sets (``benchmarks/data_quality_round53.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round53`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured (osa4, polymer6 and transit5 after their one change, gmfcs5 unchanged), gmfcs5 and
polymer6 meet the three aims; osa4 and transit5 miss the baseline's (their 10-neighbour errors are over 40 %)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round53 import (GENERATORS, GMFCS_CLASSES, GMFCS_LIMITS, GMFCS_NEIGHBOURS, GMFCS_ROWS,
                                             NEIGHBOURS, ORDERED, OSA_CLASSES, OSA_LIMITS, OSA_NEIGHBOURS, OSA_ROWS,
                                             POLY_NEIGHBOURS, POLY_ROWS, POLY_TABLE, POLY_TYPES, ROUND53,
                                             ROUND53_GENERATORS, SHAPES, TRANSIT_NATURES, TRANSIT_NEIGHBOURS,
                                             TRANSIT_ROWS, TRANSIT_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "gmfcs5": [17.8, 90.5, 73.0, 79.0, 0.77, 238.0, 1.0, 0.0, 0.0, 0.5, 0.5, 47.0, 43.0, 0.0],
    "osa4": [2.6, 1.6, 85.0, 95.8, 7.0, 0.0, 1.0, 14.0, 6.0, 45.0, 36.2, 63.0, 1.0, 123.0],
    "polymer6": [0.253, 0.664, 0.358, 0.455, 0.362, 0.496, 0.0, 0.211, 0.174, 0.706, 8.1, 1.0, 98.0, 2.0, 0.0, 0.0,
                 0.0, 0.0, 0.0],
    "transit5": [20.137, 3644.0, 16.3, 2.0, 1.12, 0.54, 0.2, 2.28, 5.73, 0.709, 228.0, 0.05, 19.3, 10.14, 0.0],
}


def test_round53_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND53 == ("gmfcs5", "osa4", "polymer6", "transit5") and ROUND53_GENERATORS is GENERATORS
    check_registered(53, ROUND53, GENERATORS)


def test_round53_covers_4_to_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND53) == [4, 5, 5, 6]
    for name in ROUND53:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND53)
def test_round53_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND53)
def test_round53_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round53_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("gmfcs5", "osa4") and set(NEIGHBOURS) == set(ROUND53)
    assert NEIGHBOURS["gmfcs5"] is GMFCS_NEIGHBOURS and NEIGHBOURS["osa4"] is OSA_NEIGHBOURS
    assert NEIGHBOURS["polymer6"] is POLY_NEIGHBOURS and NEIGHBOURS["transit5"] is TRANSIT_NEIGHBOURS
    # the motor curves' plateau limits, falling from level I to V; the AASM's AHI limits
    assert len(GMFCS_CLASSES) == len(GMFCS_ROWS) == len(GMFCS_LIMITS) + 1 == 5 and np.all(np.diff(GMFCS_LIMITS) < 0)
    assert len(OSA_CLASSES) == len(OSA_ROWS) == len(OSA_LIMITS) + 1 == 4 and OSA_LIMITS == (5.0, 15.0, 30.0)
    assert len(POLY_TYPES) == len(POLY_ROWS) == len(POLY_TABLE) and POLY_TABLE.shape[1] == 16
    assert np.argmax(POLY_TABLE[:, 1]) == 1 and np.argmax(POLY_TABLE[:, 4]) == 2  # PP's methyl; PS's ring
    assert np.argmax(POLY_TABLE[:, 3]) == 3 and np.argmax(POLY_TABLE[:, 8]) == 4  # PET's carbonyl; PVC's C-Cl
    assert np.argmax(POLY_TABLE[:, 6]) == 5 and np.argmax(POLY_TABLE[:, 13]) == 2  # PA's amide; PS foam
    assert len(TRANSIT_NATURES) == len(TRANSIT_ROWS) == len(TRANSIT_TABLE) and TRANSIT_TABLE.shape[1] == 13
    assert np.argmax(TRANSIT_TABLE[:, 1]) == 1 and np.argmax(TRANSIT_TABLE[:, 7]) == 2  # deep; centroid shift
    assert np.argmax(TRANSIT_TABLE[:, 9]) == 3 and np.argmax(TRANSIT_TABLE[:, 10]) == 4  # variable; dumps


@pytest.mark.parametrize("name", ROUND53)
def test_round53_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"gmfcs5": (0.72, 0.82), "osa4": (0.61, 0.71), "polymer6": (0.72, 0.82),
                 "transit5": (0.58, 0.68)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_gmfcs5_clinic_follows_the_level_and_errors_fall_between_adjacent_levels():
    x, y = set_data("gmfcs5")
    median = class_medians("gmfcs5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (1, 2, 12):  # the GMFM-66, standing, hip abduction
        assert np.all(np.diff(median[col]) < 0)
    for col in (9, 10, 11):  # the spasticity, the popliteal angle
        assert np.all(np.diff(median[col]) > 0)
    for col in (4, 5):  # walking speed, the 6-minute walk
        assert np.all(np.diff(means[col]) < 0)
    assert means[6][0] > means[6][1] > means[6][2] > means[6][3] == 0  # walking without a device
    assert np.all(np.diff(means[8]) > 0) and np.all(np.diff(means[13]) > 0)  # a wheelchair; bilateral
    assert np.argmax(means[7]) in (1, 2) and np.ptp(median[0]) < 2  # a hand-held device; age alike
    true, pred, wrong = knn_errors("gmfcs5")
    assert 0.26 < wrong.mean() < 0.31 and 0.95 < share_between(true, pred, GMFCS_NEIGHBOURS)
    assert share_pair(true, pred, 2, 3) > 0.27 and share_pair(true, pred, 1, 2) > 0.2
    assert share_pair(true, pred, 3, 4) > 0.18 and share_pair(true, pred, 0, 1) > 0.17
    rates = class_error_rates("gmfcs5")
    assert np.argmax(rates) == 3 and np.argmin(rates) == 0  # level IV most; level I least


def test_osa4_screening_follows_the_severity_and_errors_fall_between_adjacent_severities():
    x, y = set_data("osa4")
    median = class_medians("osa4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    for col in (0, 1, 4, 9, 10, 11, 13):  # ODI, T90, snoring, neck, BMI, age, blood pressure
        assert np.all(np.diff(median[col]) > 0)
    for col in (2, 3):  # the nadir, the mean saturation
        assert np.all(np.diff(median[col]) < 0)
    for col in (5, 6, 7, 8, 12):  # loud snoring, witnessed apnoeas, Epworth, STOP-BANG, male
        assert np.all(np.diff(means[col]) > 0)
    true, pred, wrong = knn_errors("osa4")
    assert 0.4 < wrong.mean() < 0.45 and 0.9 < share_between(true, pred, OSA_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, 1, 2) > 0.33 and share_pair(true, pred, 0, 1) > 0.3
    assert share_pair(true, pred, 2, 3) > 0.18
    rates = class_error_rates("osa4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 3  # mild most; severe least


def test_polymer6_particle_follows_the_polymer_and_errors_fall_between_confused_polymers():
    x, y = set_data("polymer6")
    pe, pp, ps, pet, pvc, pa = range(6)
    median = class_medians("polymer6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(median[1]) == pp and np.argmax(median[2]) == pp  # the methyl bands
    assert np.argmax(median[4]) == ps and np.argmax(median[3]) == pvc  # the ring; the phthalate's carbonyl too
    assert np.argmax(median[6]) == pa and np.argmax(median[7]) == pa  # amide I, N-H
    assert np.argmax(median[8]) == pvc and np.argmax(median[0]) == pp  # C-Cl; the CH2 stretch after the pull
    assert median[11][pp] == 1.0 and median[11][pet] == median[11][pvc] == 1.4  # what floats
    assert np.argmax(means[14]) == pa and np.argmax(means[16]) == ps and np.argmax(means[15]) == pe  # fibre, foam
    assert np.argmax(median[13]) == pa and np.argmin(median[10]) == pa  # long fibres; thin, noisy spectra
    true, pred, wrong = knn_errors("polymer6")
    assert 0.3 < wrong.mean() < 0.35 and 0.69 < share_between(true, pred, POLY_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, pet, pa) > 0.19 and share_pair(true, pred, pe, pp) > 0.17
    assert share_pair(true, pred, pet, pvc) > 0.1 and share_pair(true, pred, pe, pvc) > 0.05
    assert share_pair(true, pred, ps, pvc) > 0.03  # outside the map
    rates = class_error_rates("polymer6")
    assert np.argmax(rates) == pvc and np.argmin(rates) == pe


def test_transit5_light_curve_follows_the_nature_and_errors_fall_between_confused_natures():
    x, y = set_data("transit5")
    planet, eb, beb, var, sys_ = range(5)
    median = class_medians("transit5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.argmax(median[1]) == eb and np.argmax(median[2]) == eb  # deep, strong eclipses
    assert np.argmax(median[6]) == eb and np.argmax(median[7]) == eb  # odd-even, secondary
    assert np.argmax(median[8]) == beb and np.argmin(median[9]) == beb  # centroid shift, dilution
    assert np.argmax(median[4]) == var and np.argmax(median[10]) == var  # long dips, variable star
    assert np.argmax(median[11]) == sys_ and np.argmin(median[1]) == sys_  # dumps and gaps; shallow
    assert np.argmin(median[4]) == planet and np.argmax(means[14]) == var  # the expected duration; a sine
    true, pred, wrong = knn_errors("transit5")
    assert 0.41 < wrong.mean() < 0.47 and 0.85 < share_between(true, pred, TRANSIT_NEIGHBOURS) < 0.93
    assert share_pair(true, pred, planet, beb) > 0.2 and share_pair(true, pred, var, sys_) > 0.16
    assert share_pair(true, pred, planet, sys_) > 0.13 and share_pair(true, pred, planet, eb) > 0.13
    assert share_pair(true, pred, eb, beb) > 0.12
    rates = class_error_rates("transit5")
    assert np.argmax(rates) == beb and np.argmin(rates) == planet
