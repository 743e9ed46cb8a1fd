"""Round 61's held-out noisy-label sets (``benchmarks/data_quality_round61.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round61`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). As measured, hddfail6 and scooter6 meet the three aims as first written, flare5 after its one
change; aflatoxin5 after its one change meets the MLP and the neighbour aims but its baseline errs on 44.5 % (the
aim's top 40 %), kept and said."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round61 import (AFLA_CLASSES, AFLA_LIMITS, AFLA_NEIGHBOURS, AFLA_ROWS, FLARE_CLASSES,
                                             FLARE_LIMITS, FLARE_NEIGHBOURS, FLARE_ROWS, GENERATORS, HDD_MODES,
                                             HDD_NEIGHBOURS, HDD_ROWS, HDD_TABLE, NEIGHBOURS, ORDERED, ROUND61,
                                             ROUND61_GENERATORS, SCOOT_FAULTS, SCOOT_NEIGHBOURS, SCOOT_ROWS,
                                             SCOOT_TABLE, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "flare5": [15.8, 20.2, 219.0, 2804.0, 234.0, 2.0, 1.0, 1.0, 2.0, 3.0, 31.4, 22.3],
    "aflatoxin5": [6.0, 15.8, 6.2, 4.1, 34.0, 4.0, 18.0, 10.0, 23.0, 73.0, 2.8, 2.0],
    "hddfail6": [129.0, 25.0, 0.0, 8.6, 1.2, 6800.0, 1.0, 1.0, 47.0, 32748.0, 1368.1, 11.0, 2.0],
    "scooter6": [11.0, 4.8, 36.9, 51.7, 22.0, 66.0, 1.0, 18.7, 0.9, 322.0, 1020.0, 2.3, 2.0, 0.6],
}


def test_round61_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND61 == ("flare5", "aflatoxin5", "hddfail6", "scooter6") and ROUND61_GENERATORS is GENERATORS
    check_registered(61, ROUND61, GENERATORS)


def test_round61_covers_5_and_6_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND61) == [5, 5, 6, 6]
    for name in ROUND61:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND61)
def test_round61_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND61)
def test_round61_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round61_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("flare5", "aflatoxin5") and set(NEIGHBOURS) == set(ROUND61)
    assert NEIGHBOURS["flare5"] is FLARE_NEIGHBOURS and NEIGHBOURS["aflatoxin5"] is AFLA_NEIGHBOURS
    assert NEIGHBOURS["hddfail6"] is HDD_NEIGHBOURS and NEIGHBOURS["scooter6"] is SCOOT_NEIGHBOURS
    # the GOES classes' peak flux limits (W/m2); the regulatory limits on total aflatoxins (ppb)
    assert len(FLARE_CLASSES) == len(FLARE_ROWS) == len(FLARE_LIMITS) + 1 == 5
    assert FLARE_LIMITS == (1e-7, 1e-6, 1e-5, 1e-4)
    assert len(AFLA_CLASSES) == len(AFLA_ROWS) == len(AFLA_LIMITS) + 1 == 5 and AFLA_LIMITS == (4, 10, 20, 100)
    assert len(HDD_MODES) == len(HDD_ROWS) == len(HDD_TABLE) and HDD_TABLE.shape[1] == 13
    assert len(SCOOT_FAULTS) == len(SCOOT_ROWS) == len(SCOOT_TABLE) and SCOOT_TABLE.shape[1] == 14
    assert np.argmax(HDD_TABLE[:, 0]) == 1 and np.argmax(HDD_TABLE[:, 12]) == 0  # bad sectors; high-fly writes
    assert np.argmax(HDD_TABLE[:, 5]) == 2 and np.argmax(HDD_TABLE[:, 7]) == 5  # spin-up; CRC errors
    assert np.argmax(HDD_TABLE[:, 8]) == 3 and np.argmin(HDD_TABLE[:, 9]) == 4  # a hot board; a young drive
    assert np.argmax(SCOOT_TABLE[:, 0]) == 0 and np.argmax(SCOOT_TABLE[:, 3]) == 1  # cell spread; a hot controller
    assert np.argmin(SCOOT_TABLE[:, 5]) == 2 and np.argmax(SCOOT_TABLE[:, 7]) == 3  # speed short; brake codes
    assert np.argmax(SCOOT_TABLE[:, 11]) == 4 and np.argmax(SCOOT_TABLE[:, 12]) == 5  # rain; connectivity gaps


@pytest.mark.parametrize("name", ROUND61)
def test_round61_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"flare5": (0.61, 0.72), "aflatoxin5": (0.62, 0.73), "hddfail6": (0.65, 0.76),
                 "scooter6": (0.75, 0.86)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_flare5_magnetogram_and_history_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("flare5")
    median = class_medians("flare5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    for col in (0, 1, 2, 3, 4):  # flux, the line's length and gradient, helicity, area grow with the class
        assert np.all(np.diff(median[col]) > 0)
    assert np.all(np.diff(means[7]) > 0) and np.all(np.diff(means[8]) > 0)  # Mount Wilson; the past 48 hours
    assert np.all(np.diff(means[9]) > 0) and means[5][4] > means[5][0] + 2  # C+ flares; Zurich classes
    assert means[10][4] > means[10][0]  # emerging flux
    true, pred, wrong = knn_errors("flare5")
    assert 0.35 < wrong.mean() < 0.41 and 0.90 < share_between(true, pred, FLARE_NEIGHBOURS) < 0.96
    assert share_pair(true, pred, 0, 1) > 0.26 and share_pair(true, pred, 1, 2) > 0.24
    assert share_pair(true, pred, 2, 3) > 0.20 and share_pair(true, pred, 3, 4) > 0.09
    rates = class_error_rates("flare5")
    assert np.argmin(rates) == 0 and min(rates[1:4]) > max(rates[0], rates[4])  # the ends least


def test_aflatoxin5_tests_and_records_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("aflatoxin5")
    median = class_medians("aflatoxin5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[0]) > 0) and np.all(np.diff(median[1]) > 0)  # fluorescent kernels; moisture
    assert np.all(np.diff(median[6]) >= 0) and np.all(np.diff(median[7]) >= 0)  # harvest delay; weeks in store
    assert np.all(np.diff(median[8]) > 0) and np.all(np.diff(median[9]) > 0)  # the store's warmth and humidity
    assert np.all(np.diff(means[4][:4]) > 0) and np.all(np.diff(means[11][:4]) > 0)  # drought; the hybrid
    assert median[3][3] > median[3][0]  # insect-bored kernels
    true, pred, wrong = knn_errors("aflatoxin5")
    assert 0.41 < wrong.mean() < 0.48 and 0.75 < share_between(true, pred, AFLA_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, 0, 1) > 0.20 and share_pair(true, pred, 1, 2) > 0.15
    assert share_pair(true, pred, 2, 3) > 0.18 and share_pair(true, pred, 3, 4) > 0.12
    rates = class_error_rates("aflatoxin5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2  # the cleanest least, the narrow 10-19.9 most


def test_hddfail6_smart_follows_the_mode_and_errors_fall_between_confused_modes():
    head, media, spindle, board, firmware, cable = range(6)
    median = class_medians("hddfail6")
    assert np.argmax(median[0]) == media and np.argmax(median[1]) == media and np.argmax(median[12]) == head
    assert np.argmax(median[3]) == head and np.argmax(median[4]) == head  # read and seek errors
    assert np.argmax(median[5]) == spindle and np.argmax(median[6]) == spindle  # spin-up; spin retries
    assert np.argmax(median[7]) == cable and np.argmax(median[11]) == cable  # CRC errors; timeouts
    assert np.argmin(median[9]) == firmware and np.argmax(median[10]) == firmware  # young; load cycles
    true, pred, wrong = knn_errors("hddfail6")
    assert 0.36 < wrong.mean() < 0.43 and 0.69 < share_between(true, pred, HDD_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, head, media) > 0.15 and share_pair(true, pred, board, cable) > 0.12
    assert share_pair(true, pred, spindle, board) > 0.12 and share_pair(true, pred, media, firmware) > 0.10
    assert share_pair(true, pred, firmware, cable) > 0.09  # outside the map
    rates = class_error_rates("hddfail6")
    assert np.argmax(rates) == firmware and min(rates[media], rates[cable]) < min(rates[[head, spindle, board]])


def test_scooter6_telemetry_follows_the_fault_and_errors_fall_between_confused_faults():
    cells, controller, hall, brake, water, iot = range(6)
    median = class_medians("scooter6")
    assert np.argmax(median[0]) == cells and np.argmax(median[1]) == cells and np.argmax(median[2]) == cells
    assert np.argmax(median[3]) == controller and np.argmax(median[4]) == controller  # heat; current
    assert np.argmin(median[5]) == hall and np.argmax(median[6]) == hall  # speed short; motor codes
    assert np.argmax(median[7]) == brake and np.argmax(median[11]) == water  # brake codes; rain
    assert np.argmax(median[12]) == iot and np.argmax(median[13]) == iot  # gaps; reboots
    true, pred, wrong = knn_errors("scooter6")
    assert 0.22 < wrong.mean() < 0.29 and 0.77 < share_between(true, pred, SCOOT_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, controller, hall) > 0.17 and share_pair(true, pred, cells, water) > 0.13
    assert share_pair(true, pred, hall, brake) > 0.12 and share_pair(true, pred, water, iot) > 0.09
    rates = class_error_rates("scooter6")
    assert np.argmax(rates) == water and np.argmin(rates) == cells
