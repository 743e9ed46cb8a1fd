"""Round 44's held-out noisy-label sets (``benchmarks/data_quality_round44.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round44`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). burn5 misses the baseline's aim (46 % against 15-40 %) and, with seed 0, the MLP's (58.7 % against
60-90 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round44 import (BURN_CLASSES, BURN_LIMITS, BURN_NEIGHBOURS, BURN_ROWS, DISTURB_AGENTS,
                                             DISTURB_NEIGHBOURS, DISTURB_ROWS, DISTURB_TABLE, FISH_CLASSES,
                                             FISH_K_LIMITS, FISH_NEIGHBOURS, FISH_ROWS, FISH_SPECIES,
                                             FISH_TVBN_UNFIT, GENERATORS, INCIDENT_CAUSES, INCIDENT_NEIGHBOURS,
                                             INCIDENT_ROWS, INCIDENT_TABLE, NEIGHBOURS, ORDERED, ROUND44,
                                             ROUND44_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "burn5": [5.0, 0.0, 10.4, 1.0, 13.0, 0.0, 1.6, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 1207.0],
    "fishfresh4": [2.0, 0.2, 4.9, 0.0, 1.0, 1.0, 3.6, 6.0, 1.0, 0.0, 1.0, 13.7, 6.68, 2.35],
    "incident7": [190.0, 95.0, 58.0, 1.0, 50.4, 1.33, 3.5, 0.73, 8.0, 29.3, 3.8, 0.39, 0.0, 1.0, 0.0, 0.0, 0.0,
                  11.0],
    "disturb7": [210.0, 24.0, 1.0, 1.0, 3.9, 0.16, 35.0, 27.0, 32.0, 1583.0, 4.0, 44.0, 13.8, -1.46, 159.0, 0.0,
                 0.0, 0.0],
}


def test_round44_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND44 == ("burn5", "fishfresh4", "incident7", "disturb7") and ROUND44_GENERATORS is GENERATORS
    check_registered(44, ROUND44, GENERATORS)


def test_round44_covers_4_to_7_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND44) == [4, 5, 7, 7]
    for name in ROUND44:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND44)
def test_round44_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND44)
def test_round44_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round44_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("burn5", "fishfresh4") and set(NEIGHBOURS) == set(ROUND44)
    assert NEIGHBOURS["burn5"] is BURN_NEIGHBOURS and NEIGHBOURS["fishfresh4"] is FISH_NEIGHBOURS
    assert NEIGHBOURS["incident7"] is INCIDENT_NEIGHBOURS and NEIGHBOURS["disturb7"] is DISTURB_NEIGHBOURS
    # the healing times of 1, 2 and 3 weeks; the K value's limits rising; the legal TVB-N limit of the gadoids
    assert len(BURN_CLASSES) == len(BURN_ROWS) == len(BURN_LIMITS) + 1 == 5 and BURN_LIMITS[:3] == (7.0, 14.0, 21.0)
    assert len(FISH_CLASSES) == len(FISH_ROWS) == len(FISH_K_LIMITS) + 2 == 4 and FISH_TVBN_UNFIT == 35.0
    assert np.all(np.diff(BURN_LIMITS) > 0) and np.all(np.diff(FISH_K_LIMITS) > 0)
    assert FISH_SPECIES.shape == (4, 3) and abs(FISH_SPECIES[:, 0].sum() - 1) < 1e-9
    assert len(INCIDENT_CAUSES) == len(INCIDENT_ROWS) == len(INCIDENT_TABLE) and INCIDENT_TABLE.shape[1] == 17
    assert np.all(INCIDENT_TABLE[:, 13:] <= 1) and np.argmin(INCIDENT_TABLE[:, 0]) == 3  # the deploy's minutes
    assert np.argmin(INCIDENT_TABLE[:, 1]) == 0 and np.argmax(INCIDENT_TABLE[:, 9]) == 6  # the change; TLS errors
    assert np.argmax(INCIDENT_TABLE[:, 11]) == 4 and np.argmax(INCIDENT_TABLE[:, 12]) == 5  # packet loss; hardware
    assert len(DISTURB_AGENTS) == len(DISTURB_ROWS) == len(DISTURB_TABLE) and DISTURB_TABLE.shape[1] == 18
    assert np.all(DISTURB_TABLE[:, 15:] <= 1) and np.argmax(DISTURB_TABLE[:, 0]) == 0  # the burn ratio's drop
    assert np.argmax(DISTURB_TABLE[:, 14]) == 2 and np.argmin(DISTURB_TABLE[:, 12]) == 5  # gusts; the floodplain


@pytest.mark.parametrize("name", ROUND44)
def test_round44_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"burn5": (0.54, 0.64), "fishfresh4": (0.76, 0.86), "incident7": (0.78, 0.88),
                 "disturb7": (0.73, 0.83)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_burn5_signs_follow_the_depth_and_errors_fall_between_adjacent_depths():
    x, y = set_data("burn5")
    median = class_medians("burn5")
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(median[14]) < 0)  # the perfusion falls with the depth
    for col in (2, 7, 9, 10, 12):  # the contact time, the colour, the refill, the pinprick, the hairs
        assert np.all(np.diff(means[col]) > 0)
    assert np.all(np.diff(means[3]) < 0) and np.all(np.diff(means[11]) < 0)  # the cooling; a moist wound
    assert means[8][0] < 0.5 and means[8][2] > means[8][4]  # no blisters on the epidermal burn, few on the deepest
    true, pred, wrong = knn_errors("burn5")
    assert 0.43 < wrong.mean() < 0.49 and 0.83 < share_between(true, pred, BURN_NEIGHBOURS) < 0.9
    assert share_pair(true, pred, 1, 2) > 0.25 and share_pair(true, pred, 0, 1) > 0.17
    assert share_pair(true, pred, 2, 3) > 0.16 and share_pair(true, pred, 3, 4) > 0.16
    assert share_pair(true, pred, 1, 3) > 0.06  # two apart
    rates = class_error_rates("burn5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # mid-dermal most; superficial epidermal least


def test_fishfresh4_records_and_senses_follow_the_category_and_errors_fall_between_adjacent_categories():
    x, y = set_data("fishfresh4")
    median = class_medians("fishfresh4")
    means = np.array([x[y == c].mean(0) for c in range(4)]).T
    for col in (0, 7, 9):  # the days on ice, the QIM demerits, the gills' odour
        assert np.all(np.diff(median[col]) > 0)
    for col in (8, 10, 12, 13):  # the eyes, the texture, the pH, the amine sensor
        assert np.all(np.diff(means[col]) > 0)
    assert np.all(np.diff(median[11]) < 0)  # the Torrymeter
    assert means[1][3] > means[1][0] + 0.5 and means[2][3] > means[2][0] + 1  # a warm box; hours out of the ice
    true, pred, wrong = knn_errors("fishfresh4")
    assert 0.18 < wrong.mean() < 0.23 and share_between(true, pred, FISH_NEIGHBOURS) > 0.98
    assert share_pair(true, pred, 0, 1) > 0.4 and share_pair(true, pred, 1, 2) > 0.34
    assert share_pair(true, pred, 2, 3) > 0.15
    rates = class_error_rates("fishfresh4")
    assert np.argmax(rates) == 1 and np.argmin(rates) == 0  # A most; Extra least


def test_incident7_telemetry_follows_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("incident7")
    config, capacity, dependency, deploy, network, hardware, certificate = range(7)
    median = class_medians("incident7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmin(median[0]) == deploy and np.argmin(median[1]) == config  # the recent change
    assert np.argmax(median[8]) == capacity and np.argmax(median[7]) == capacity  # the CPU; the traffic
    assert np.argmax(median[9]) == certificate and np.argmax(median[10]) == dependency  # TLS; timeouts
    assert np.argmax(median[11]) == network and np.argmax(median[12]) == hardware  # packet loss; hardware alerts
    assert np.argmin(median[2]) == hardware and np.argmax(median[4]) == certificate  # few hosts; errors everywhere
    assert means[13][config] > 0.5 and means[13][deploy] > 0.5 and means[13][capacity] < 0.1  # the rollback
    assert np.argmax(means[14]) == certificate and np.argmax(means[15]) == dependency  # the expiry; status page
    true, pred, wrong = knn_errors("incident7")
    assert 0.23 < wrong.mean() < 0.28 and 0.69 < share_between(true, pred, INCIDENT_NEIGHBOURS) < 0.76
    assert share_pair(true, pred, dependency, network) > 0.16 and share_pair(true, pred, config, deploy) > 0.15
    assert share_pair(true, pred, config, certificate) > 0.1 and share_pair(true, pred, capacity, dependency) > 0.05
    assert share_pair(true, pred, config, dependency) > 0.05  # outside the map
    rates = class_error_rates("incident7")
    assert np.argmax(rates) == network and np.argmin(rates) == capacity


def test_disturb7_series_follows_the_agent_and_errors_fall_between_confused_agents():
    x, y = set_data("disturb7")
    fire, harvest, windthrow, beetle, drought, flood, conversion = range(7)
    median = class_medians("disturb7")
    means = np.array([x[y == c].mean(0) for c in range(7)]).T
    assert np.argmax(median[0]) == fire and np.argmax(median[2]) == beetle  # the burn ratio; the slow greying
    assert np.argmax(median[14]) == windthrow and np.argmin(median[13]) == drought  # the storm; the dry year
    assert np.argmax(median[13]) == flood and np.argmin(median[12]) == flood  # the wet year; the floodplain
    assert np.argmin(median[7]) == conversion and np.argmax(median[8]) == beetle  # no regrowth; spruce
    assert np.argmax(means[5]) == harvest and np.argmin(median[11]) == conversion  # straight edges; the road
    assert np.argmax(means[15]) == fire and means[15][conversion] > 0.15  # the active fire; the slash burned
    assert means[17][windthrow] > 0.2 and means[17][beetle] > 0.2  # salvage logging
    true, pred, wrong = knn_errors("disturb7")
    assert 0.28 < wrong.mean() < 0.34 and 0.64 < share_between(true, pred, DISTURB_NEIGHBOURS) < 0.72
    assert share_pair(true, pred, harvest, conversion) > 0.17 and share_pair(true, pred, beetle, drought) > 0.13
    assert share_pair(true, pred, windthrow, beetle) > 0.06 and share_pair(true, pred, harvest, windthrow) > 0.06
    assert share_pair(true, pred, fire, windthrow) > 0.05 and share_pair(true, pred, fire, harvest) > 0.04  # outside
    rates = class_error_rates("disturb7")
    assert np.argmax(rates) == beetle and np.argmin(rates) == harvest
