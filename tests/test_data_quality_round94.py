"""Round 94's held-out noisy-label sets (``benchmarks/data_quality_round94.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round94`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured at the last measure (ashworth6 and wifi6 unchanged after the first; bristol7 and noboot6 changed once):
bristol7 (its baseline errs on 38.8 %; MLP 71.2 % test with seed 0), ashworth6 (34.5 %, 73.6 %), noboot6 (40.9 %, over
the 40 % aim; kept; 63.2 %) and wifi6 (24.0 %, 80.9 %). The MLP is fitted once per set (one parametrized test); the
pools are 200,000 cases (the graded sets), each built twice in a session."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round94 import (ASHWORTH_ASSESSMENT, ASHWORTH_CLASSES, ASHWORTH_LIMITS,
                                             ASHWORTH_NEIGHBOURS, ASHWORTH_ROWS, BRISTOL_CLASSES, BRISTOL_LIMITS,
                                             BRISTOL_NEIGHBOURS, BRISTOL_READING, BRISTOL_ROWS, GENERATORS,
                                             NEIGHBOURS, NOBOOT_CLASSES, NOBOOT_KIND, NOBOOT_NEIGHBOURS, NOBOOT_ROWS,
                                             NOBOOT_TABLE, ORDERED, ROUND94, ROUND94_GENERATORS, SHAPES,
                                             WIFI_CLASSES, WIFI_DWELLING, WIFI_NEIGHBOURS, WIFI_ROWS, WIFI_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "bristol7": [60.0, 0.0, 19.5, 1.7, 0.0, 0.0, 0.0, 4.2, 0.9, 24.0, 0.6, 0.6, 37.0, 4.0, 3.9],
    "ashworth6": [69.0, 0.0, 10.7, 15.0, 0.0, 3.0, 2.0, 1.0, 2.0, 128.0, 57.0, 45.0, 5.0, 0.0],
    "noboot6": [0.0, 3.9, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 9.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0],
    "wifi6": [2.0, 11.0, 44.0, -63.0, 9.6, 1.0, 0.0, 1.0, 10.2, 18.6, 0.0, 3.0, 15.0, 87.0, 34.0, 0.0, 0.0],
}


def test_round94_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND94 == ("bristol7", "ashworth6", "noboot6", "wifi6") and ROUND94_GENERATORS is GENERATORS
    check_registered(94, ROUND94, GENERATORS)


def test_round94_covers_6_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND94) == [6, 6, 6, 7]
    for name in ROUND94:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 14 <= columns <= 17


@pytest.mark.parametrize("name", ROUND94)
def test_round94_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND94)
def test_round94_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round94_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("bristol7", "ashworth6") and set(NEIGHBOURS) == set(ROUND94)
    assert NEIGHBOURS["bristol7"] is BRISTOL_NEIGHBOURS and NEIGHBOURS["ashworth6"] is ASHWORTH_NEIGHBOURS
    assert NEIGHBOURS["noboot6"] is NOBOOT_NEIGHBOURS and NEIGHBOURS["wifi6"] is WIFI_NEIGHBOURS
    assert len(BRISTOL_CLASSES) == len(BRISTOL_ROWS) == 7 and BRISTOL_LIMITS == (1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
    assert len(ASHWORTH_CLASSES) == len(ASHWORTH_ROWS) == 6 and ASHWORTH_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5)
    assert len(BRISTOL_READING) == 2 and len(ASHWORTH_ASSESSMENT) == 2
    assert len(NOBOOT_CLASSES) == len(NOBOOT_ROWS) == len(NOBOOT_TABLE) == len(NOBOOT_KIND) == 6
    assert NOBOOT_TABLE.shape[1] == 16 and np.allclose(NOBOOT_KIND.sum(1), 1)
    assert np.argmin(NOBOOT_TABLE[:, 1]) == 0 and np.argmax(NOBOOT_TABLE[:, 7]) == 5  # the power light; an update
    assert len(WIFI_CLASSES) == len(WIFI_ROWS) == len(WIFI_TABLE) == len(WIFI_DWELLING) == 6
    assert WIFI_TABLE.shape[1] == 16 and np.allclose(WIFI_DWELLING.sum(1), 1)
    assert np.argmin(WIFI_TABLE[:, 2]) == 1 and np.argmin(WIFI_TABLE[:, 8]) == 3  # the RSSI; the router's uptime


@pytest.mark.parametrize("name", ROUND94)
def test_round94_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"bristol7": (0.66, 0.76), "ashworth6": (0.68, 0.79), "noboot6": (0.58, 0.68),
                 "wifi6": (0.76, 0.86)}[name]  # as measured (seed 0): 71.2, 73.6, 63.2, 80.9 %
    assert low < mlp.score(b, yb) < high


def test_bristol7_diary_follows_the_type_and_errors_fall_between_adjacent_types():
    median = class_medians("bristol7")
    for column in (7, 8):  # the patient's own typing, the stools a day
        assert np.all(np.diff(median[column]) > 0)
    for column in (9, 11, 12):  # the straining, the days since the movement before, the marker transit time
        assert np.all(np.diff(median[column]) < 0)
    assert np.all(np.diff(median[2]) > 0)  # the fibre
    x, y = set_data("bristol7")
    assert np.all(np.diff([x[y == c, 4].mean() for c in range(7)]) > 0)  # laxatives
    assert np.all(np.diff([x[y == c, 10].mean() for c in range(7)]) > 0)  # the urgency
    assert np.all(np.diff([x[y == c, 5].mean() for c in range(7)]) < 0)  # an opioid
    assert np.all(np.diff([x[y == c, 6].mean() for c in range(7)]) > 0)  # antibiotics
    assert x[y == 0, 1].mean() > x[y == 6, 1].mean() + 0.2  # women's harder stools
    true, pred, wrong = knn_errors("bristol7")
    assert 0.37 < wrong.mean() < 0.41 and 0.94 < share_between(true, pred, BRISTOL_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 3, 4) > 0.18 and share_pair(true, pred, 4, 5) > 0.18
    assert np.mean(np.abs(true - pred) >= 2) < 0.05
    rates = class_error_rates("bristol7")
    assert np.argmax(rates) == 5 and np.argmin(rates) == 0


def test_ashworth6_record_follows_the_grade_and_errors_fall_between_adjacent_grades():
    median = class_medians("ashworth6")
    assert np.all(np.diff(median[5]) > 0) and np.all(np.diff(median[9]) < 0)  # the last visit's grade; the range
    assert np.all(np.diff(median[10]) < 0)  # the motor score
    x, y = set_data("ashworth6")
    for column in (3, 6, 7, 8):  # baclofen, the spasms, the clonus, the reflexes
        assert np.all(np.diff([x[y == c, column].mean() for c in range(6)]) > 0)
    assert np.all(np.diff([x[y == c, 11].mean() for c in range(6)]) < 0)  # the Barthel index
    contracture = [x[y == c, 13].mean() for c in range(6)]  # rare below grade 1+
    assert np.all(np.diff(contracture[1:]) > 0) and contracture[5] > contracture[0] + 0.3
    assert np.mean(x[y == 0, 1] == 0) > np.mean(x[y == 5, 1] == 0) + 0.15  # stroke among the least stiff
    true, pred, wrong = knn_errors("ashworth6")
    assert 0.32 < wrong.mean() < 0.37 and 0.94 < share_between(true, pred, ASHWORTH_NEIGHBOURS) <= 1.0
    assert share_pair(true, pred, 1, 2) > 0.19 and share_pair(true, pred, 3, 4) > 0.19
    rates = class_error_rates("ashworth6")
    assert np.argmax(rates) == 5 and np.argmin(rates) == 0


def test_noboot6_intake_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    power, memory, drive, board, display, firmware = range(6)
    median = class_medians("noboot6")
    assert np.argmin(median[1]) == firmware  # the laptop's age
    assert median[2][power] == 0 and median[3][power] == 0  # no light, no fans
    assert median[15][display] == 1 and median[7][drive] == 1  # flicker before; a "no bootable device" message
    x, y = set_data("noboot6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmin(means[:, 2]) == power and np.argmin(means[:, 3]) == power  # the light; the fans
    assert np.argmax(means[:, 4]) == memory and np.argmax(means[:, 16]) == memory  # beeps; memory changed
    assert np.argmax(means[:, 5]) == drive and np.argmax(means[:, 12]) == drive  # its own screen; slow or clicking
    assert np.argmax(means[:, 9]) == board and np.argmax(means[:, 14]) == board  # dropped or spilt; heat
    assert np.argmax([np.mean(x[y == c, 0] == 2) for c in range(6)]) == board  # a gaming laptop
    assert means[display, 6] > means[memory, 6] + 0.3 and means[display, 6] > means[board, 6] + 0.3  # external
    assert np.argmax(means[:, 8]) == firmware and np.argmax(means[:, 13]) == power  # an update; the battery
    true, pred, wrong = knn_errors("noboot6")
    assert 0.39 < wrong.mean() < 0.43 and 0.70 < share_between(true, pred, NOBOOT_NEIGHBOURS) < 0.80
    assert share_pair(true, pred, power, board) > 0.18 and share_pair(true, pred, drive, firmware) > 0.14
    rates = class_error_rates("noboot6")
    assert np.argmax(rates) == board and np.argmin(rates) == power


def test_wifi6_ticket_follows_the_cause_and_errors_fall_mostly_between_confused_causes():
    interference, weak, outage, router, client, dns = range(6)
    median = class_medians("wifi6")
    assert np.argmax(median[1]) == interference and np.argmax(median[2]) == interference  # networks; utilisation
    assert np.argmin(median[3]) == weak and np.argmax(median[5]) == weak  # the RSSI; walls and floors
    assert np.argmin(median[8]) == outage and np.argmin(median[13]) == outage  # the line's margin; the wired speed
    assert np.argmax(median[12]) == outage  # the latency
    assert np.argmin(median[9]) == router and np.argmax(median[10]) == router  # the uptime; the reboots
    assert np.argmax(median[11]) == dns and np.argmax(median[14]) == dns  # DNS failures; the device's speed
    x, y = set_data("wifi6")
    means = np.array([x[y == c].mean(0) for c in range(6)])
    assert np.argmax(means[:, 6]) == outage and np.argmin(means[:, 6]) == client  # every device affected
    assert np.argmin(means[:, 7]) == outage  # the WAN up
    assert np.argmax(means[:, 15]) == client and np.argmax(means[:, 16]) == dns  # an old device; a change
    assert np.argmin(means[:, 0]) == interference and np.argmax(means[:, 0]) == weak  # flats; large houses
    true, pred, wrong = knn_errors("wifi6")
    assert 0.22 < wrong.mean() < 0.26 and 0.72 < share_between(true, pred, WIFI_NEIGHBOURS) < 0.83
    assert share_pair(true, pred, weak, client) > 0.25 and share_pair(true, pred, router, dns) > 0.11
    rates = class_error_rates("wifi6")
    assert np.argmax(rates) == client and np.argmin(rates) == outage
