"""Round 76's held-out noisy-label sets (``benchmarks/data_quality_round76.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round76`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs at its
measured rate and mostly between the documented neighbouring classes (between adjacent classes in the ordered sets).
As measured, emggest8 (its baseline errs on 37.1 %, its MLP 74.6 % test with seed 0, after its one change) and
zoopl7 (34.2 %, 73.3 %, as first written) meet the aims; hoehnyahr5 (49.2 %, its MLP 61.5 %) and rustsev6 (47.3 %,
60.0 %) miss the baseline's aim after their one change, kept and said. The MLP is fitted once per set (one
parametrized test)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round76 import (EMG_GESTURES, EMG_NEIGHBOURS, EMG_ROWS, EMG_TABLE, GENERATORS,
                                             HY_CLASSES, HY_EXAM, HY_LIMITS, HY_NEIGHBOURS, HY_ROWS, NEIGHBOURS,
                                             ORDERED, ROUND76, ROUND76_GENERATORS, RUST_CLASSES, RUST_LIMITS,
                                             RUST_NEIGHBOURS, RUST_READING, RUST_ROWS, SHAPES, ZOO_GROUPS,
                                             ZOO_NEIGHBOURS, ZOO_ROWS, ZOO_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "hoehnyahr5": [87.0, 1.0, 5.0, 1.0, 690.0, 1.0, 0.0, 0.0, 0.0, 12.4, 70.0, 30.0, 32.0, 0.0, 0.0],
    "rustsev6": [1.0, 0.0, 1.0, 1.0, 0.0, 6.0, 61.0, 99.0, 18.0, 1.0, 21.0, 6.6, 1.0, 9.0],
    "emggest8": [202.7, 223.2, 137.3, 56.6, 99.8, 117.6, 22.3, 23.0, 32.0, 72.3, 1.78, 2.0, 23.5, 2.1],
    "zoopl7": [0.51, 3.64, 0.08, 141.4, 20.3, 1.19, 0.55, 1.0, 49.0, 13.9, 42.2, 1.0, 1.0],
}


def test_round76_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND76 == ("hoehnyahr5", "rustsev6", "emggest8", "zoopl7") and ROUND76_GENERATORS is GENERATORS
    check_registered(76, ROUND76, GENERATORS)


def test_round76_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND76) == [5, 6, 7, 8]
    for name in ROUND76:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.25 * min(per_class) and 12 <= columns <= 16


@pytest.mark.parametrize("name", ROUND76)
def test_round76_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND76)
def test_round76_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_classes(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round76_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("hoehnyahr5", "rustsev6") and set(NEIGHBOURS) == set(ROUND76)
    assert NEIGHBOURS["hoehnyahr5"] is HY_NEIGHBOURS and NEIGHBOURS["rustsev6"] is RUST_NEIGHBOURS
    assert NEIGHBOURS["emggest8"] is EMG_NEIGHBOURS and NEIGHBOURS["zoopl7"] is ZOO_NEIGHBOURS
    assert len(HY_CLASSES) == len(HY_ROWS) == 5 and HY_LIMITS == (1.5, 2.5, 3.5, 4.5) and len(HY_EXAM) == 4
    assert len(RUST_CLASSES) == len(RUST_ROWS) == 6 and RUST_LIMITS == (0.5, 1.5, 2.5, 3.5, 4.5)
    assert len(RUST_READING) == 2 and RUST_CLASSES[0].startswith("immune")
    assert len(EMG_GESTURES) == len(EMG_ROWS) == len(EMG_TABLE) == 8 and EMG_TABLE.shape[1] == 14
    assert np.argmax(EMG_TABLE[:, 0]) == 1 and np.argmax(EMG_TABLE[:, 1]) == 0  # the radial flexor; the fingers'
    assert np.argmax(EMG_TABLE[:, 3]) == 2 and np.argmax(EMG_TABLE[:, 4]) == 5  # the wrist's and fingers' extensors
    assert len(ZOO_GROUPS) == len(ZOO_ROWS) == len(ZOO_TABLE) == 7 and ZOO_TABLE.shape[1] == 13
    assert np.argmax(ZOO_TABLE[:, 1]) == 3 and np.argmax(ZOO_TABLE[:, 2]) == 5  # a long arrow worm; a round shell


@pytest.mark.parametrize("name", ROUND76)
def test_round76_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"hoehnyahr5": (0.56, 0.67), "rustsev6": (0.55, 0.65), "emggest8": (0.69, 0.80),
                 "zoopl7": (0.68, 0.78)}[name]  # as measured (seed 0): 61.5, 60.0, 74.6, 73.3 %
    assert low < mlp.score(b, yb) < high


def test_hoehnyahr5_record_follows_the_stage_and_errors_fall_between_adjacent_stages():
    median = class_medians("hoehnyahr5")
    assert np.all(np.diff(median[2]) > 0) and np.all(np.diff(median[4]) > 0)  # the years; the levodopa dose
    assert np.all(np.diff(median[9]) > 0) and np.all(np.diff(median[10]) > 0)  # the PDQ-39; the non-motor scale
    assert np.all(np.diff(median[11]) <= 0) and median[11][0] > median[11][4]  # the MoCA
    assert np.all(np.diff(median[12]) > 0) and median[5][4] > median[5][1]  # the orthostatic drop; the falls
    true, pred, wrong = knn_errors("hoehnyahr5")
    assert 0.46 < wrong.mean() < 0.52 and 0.89 < share_between(true, pred, HY_NEIGHBOURS) < 0.97
    assert share_pair(true, pred, 1, 2) > 0.24 and share_pair(true, pred, 0, 1) > 0.19
    rates = class_error_rates("hoehnyahr5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0


def test_rustsev6_records_follow_the_response_and_errors_fall_mostly_between_adjacent_classes():
    x, y = set_data("rustsev6")
    median = class_medians("rustsev6")
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    assert np.argmax(means[1]) == 0 and np.all(np.diff(median[5]) >= 0)  # an effective gene; the seedling test
    assert np.all(np.diff(median[13]) >= 0) and median[13][5] > median[13][1]  # last season's score
    assert np.all(np.diff(median[10][2:]) > 0) and np.all(np.diff(median[11][2:]) > 0)  # cool nights; dew hours
    true, pred, wrong = knn_errors("rustsev6")
    assert 0.44 < wrong.mean() < 0.50 and 0.84 < share_between(true, pred, RUST_NEIGHBOURS) < 0.92
    assert share_pair(true, pred, 2, 3) > 0.16 and share_pair(true, pred, 0, 1) > 0.12
    rates = class_error_rates("rustsev6")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0


def test_emggest8_channels_follow_the_gesture_and_errors_fall_mostly_between_confused_gestures():
    fist, flexion, extension, pinch, point, open_hand, thumb, radial = range(8)
    median = class_medians("emggest8")
    assert np.argmax(median[0]) == flexion and np.argmax(median[1]) == fist  # the radial flexor; the fingers'
    assert np.argmax(median[3]) == extension and np.argmax(median[4]) == open_hand  # the extensors
    assert np.argmax(median[5]) == thumb and np.argmax(median[10]) == flexion  # the thumb; flexors over extensors
    true, pred, wrong = knn_errors("emggest8")
    assert 0.34 < wrong.mean() < 0.40 and 0.75 < share_between(true, pred, EMG_NEIGHBOURS) < 0.85
    assert share_pair(true, pred, extension, open_hand) > 0.15 and share_pair(true, pred, fist, flexion) > 0.13
    rates = class_error_rates("emggest8")
    assert np.argmin(rates) == flexion and rates.max() < 0.55 and rates[point] > 0.45


def test_zoopl7_image_features_follow_the_group_and_errors_fall_mostly_between_confused_groups():
    calanoid, cyclopoid, appendicularian, chaetognath, euphausiid, ostracod, detritus = range(7)
    median = class_medians("zoopl7")
    assert np.argmax(median[1]) == chaetognath and np.argmin(median[2]) == chaetognath  # long and thin
    assert np.argmax(median[2]) == ostracod and np.argmin(median[3]) == ostracod  # round and dark
    assert np.argmax(median[6]) == chaetognath and np.argmin(median[10]) == detritus  # transparent; near the coast
    true, pred, wrong = knn_errors("zoopl7")
    assert 0.31 < wrong.mean() < 0.37 and 0.62 < share_between(true, pred, ZOO_NEIGHBOURS) < 0.74
    assert share_pair(true, pred, calanoid, euphausiid) > 0.22 and share_pair(true, pred, cyclopoid, ostracod) > 0.1
    rates = class_error_rates("zoopl7")
    assert np.argmax(rates) == euphausiid and np.argmin(rates) == appendicularian
