"""Round 39's held-out noisy-label sets (``benchmarks/data_quality_round39.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round39`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets). radon5's and lead6's baselines err more than the aims (58 %), and fishkill8's MLP sits at the aims'
upper edge (90-91 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round39 import (FISHKILL_CAUSES, FISHKILL_LOG, FISHKILL_NEIGHBOURS, FISHKILL_ROWS,
                                             FISHKILL_SPREAD, FISHKILL_TABLE, GENERATORS, LEAD_CLASSES, LEAD_LIMITS,
                                             LEAD_NEIGHBOURS, LEAD_ROWS, NEIGHBOURS, ORDERED, RADON_CLASSES,
                                             RADON_LIMITS, RADON_NEIGHBOURS, RADON_ROWS, ROUND39, ROUND39_GENERATORS,
                                             SHAPES, SYNCOPE_CAUSES, SYNCOPE_LOG, SYNCOPE_NEIGHBOURS, SYNCOPE_ROWS,
                                             SYNCOPE_SPREAD, SYNCOPE_TABLE)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "radon5": [2.0, 2.7, 1.0, 0.0, 0.0, 78.0, 2.0, 0.0, 0.0, 1.0, 1.6, 1.0, 0.9, 0.0, 280.0, 0.0],
    "lead6": [3.3, 44.0, 0.0, 65.0, 1954.0, 0.0, 0.0, 5.0, 0.8, 0.0, 1.0, 11.0, 49.0, 0.0, 0.0, 0.0, 0.0],
    "syncope8": [50.0, 10.0, 4.1, 1.0, 150.0, 0.2, 7.0, 86.0, 96.0, 68.0, 25.0, 1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0,
                 1.0, 1.0],
    "fishkill8": [18.5, 8.1, 7.4, 0.11, 9.0, 310.0, 26.0, 214.0, 11.0, 10.0, 6.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0,
                  1.0],
}


def test_round39_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND39 == ("radon5", "lead6", "syncope8", "fishkill8") and ROUND39_GENERATORS is GENERATORS
    check_registered(39, ROUND39, GENERATORS)


def test_round39_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND39) == [5, 6, 8, 8]
    for name in ROUND39:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND39)
def test_round39_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND39)
def test_round39_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round39_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("radon5", "lead6") and set(NEIGHBOURS) == set(ROUND39)
    assert NEIGHBOURS["radon5"] is RADON_NEIGHBOURS and NEIGHBOURS["lead6"] is LEAD_NEIGHBOURS
    assert NEIGHBOURS["syncope8"] is SYNCOPE_NEIGHBOURS and NEIGHBOURS["fishkill8"] is FISHKILL_NEIGHBOURS
    # the EPA guide's 2 and 4 pCi/L and the mitigators' 8 and 20; the tiers' 3.5, 10, 20, 45 and 70 ug/dL
    assert len(RADON_CLASSES) == len(RADON_ROWS) == len(RADON_LIMITS) + 1 and RADON_LIMITS == (2, 4, 8, 20)
    assert len(LEAD_CLASSES) == len(LEAD_ROWS) == len(LEAD_LIMITS) + 1 and LEAD_LIMITS == (3.5, 10, 20, 45, 70)
    assert len(SYNCOPE_CAUSES) == len(SYNCOPE_ROWS) == len(SYNCOPE_TABLE) and SYNCOPE_TABLE.shape[1] == 20
    assert len(SYNCOPE_SPREAD) == 11 and max(SYNCOPE_LOG) < 11 and np.all(SYNCOPE_TABLE[:, 11:] <= 1)
    assert np.argmax(SYNCOPE_TABLE[:, 6]) == 2 and np.argmin(SYNCOPE_TABLE[:, 7]) == 3  # the drop; the slow rate
    assert np.argmax(SYNCOPE_TABLE[:, 10]) == 5 and np.argmax(SYNCOPE_TABLE[:, 5]) == 6  # NT-proBNP; confusion
    assert np.argmax(SYNCOPE_TABLE[:, 4]) == 7 and np.argmax(SYNCOPE_TABLE[:, 19]) == 7  # long, eyes closed
    assert len(FISHKILL_CAUSES) == len(FISHKILL_ROWS) == len(FISHKILL_TABLE) and FISHKILL_TABLE.shape[1] == 18
    assert len(FISHKILL_SPREAD) == 11 and max(FISHKILL_LOG) < 11 and np.all(FISHKILL_TABLE[:, 11:] <= 1)
    assert np.argmax(FISHKILL_TABLE[:, 2]) == 2 and np.argmax(FISHKILL_TABLE[:, 3]) == 4  # the bloom's pH; ammonia
    assert np.argmin(FISHKILL_TABLE[:, 0]) == 1 and np.argmax(FISHKILL_TABLE[:, 0]) == 6  # under ice; the hottest
    assert np.argmax(FISHKILL_TABLE[:, 13]) == 7 and np.argmax(FISHKILL_TABLE[:, 16]) == 5  # lesions; the outfall


@pytest.mark.parametrize("name", ROUND39)
def test_round39_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    low, high = {"radon5": (0.62, 0.73), "lead6": (0.59, 0.69), "syncope8": (0.79, 0.89),
                 "fishkill8": (0.85, 0.93)}[name]  # as measured (seed 0)
    assert low < mlp.score(b, yb) < high


def test_radon5_tests_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = set_data("radon5")
    median = class_medians("radon5")
    for column in (10, 12, 14):  # the canister, the follow-up test, the soil gas probe
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[1]) > 0)  # the ground's uranium
    means = np.array([x[y == c].mean(0) for c in range(5)]).T
    assert np.all(np.diff(means[3]) > 0) and np.all(np.diff(means[4]) < 0)  # basements draw, crawlspaces less
    assert np.all(np.diff(means[7]) > 0) and means[0][0] > means[0][4] + 0.3  # the sump; the EPA zone (1 high)
    assert np.ptp(median[5]) < 5 and np.ptp(means[15]) < 0.1  # the house's age; a private well
    # the canister reads high (the basement, closed-house winter); the follow-up test names two thirds
    canister = (x[:, 10][:, None] >= np.array(RADON_LIMITS)).sum(1)
    follow = (x[:, 12][:, None] >= np.array(RADON_LIMITS)).sum(1)
    assert 0.46 < np.mean(canister == y) < 0.57 and np.mean(canister > y) > 2.5 * np.mean(canister < y)
    assert 0.62 < np.mean(follow == y) < 0.73 and np.mean(np.abs(follow - y) <= 1) > 0.98
    true, pred, wrong = knn_errors("radon5")
    assert 0.55 < wrong.mean() < 0.62 and 0.68 < share_between(true, pred, RADON_NEIGHBOURS) < 0.75
    assert np.mean(np.abs(true - pred) > 2) < 0.07 and min(share_pair(true, pred, c, c + 1) for c in range(4)) > 0.08
    assert share_pair(true, pred, 1, 2) > 0.2 and share_pair(true, pred, 0, 2) > 0.08  # 2-4 with 4-8 the most
    rates = class_error_rates("radon5")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 4  # 4-8 most; >= 20, open above, least


def test_lead6_screen_and_home_follow_the_tier_and_errors_fall_between_adjacent_tiers():
    x, y = set_data("lead6")
    median = class_medians("lead6")
    for column in (0, 7, 8):  # the screen, the floor dust, the tap water
        assert np.all(np.diff(median[column]) >= 0) and median[column][5] > median[column][0], column
    assert np.all(np.diff(median[4]) <= 0) and median[4][0] > median[4][5] + 20  # older homes
    assert median[12][5] > 3 * median[12][0] and np.all(np.diff(median[11]) <= 0.11)  # ZPP up; haemoglobin down
    assert np.ptp(median[1]) < 4  # the days to the venous draw, whatever the tier
    means = np.array([x[y == c].mean(0) for c in range(6)]).T
    for column in (5, 6, 9, 13, 15):  # peeling paint, renovation, pica, remedies, a sibling
        assert np.all(np.diff(means[column]) > -0.02) and means[column][5] > means[column][0] + 0.1, column
    # the analyser's range ends at 65: the top tiers meet there
    assert np.all((x[:, 0] >= 3.3) & (x[:, 0] <= 65)) and np.mean(x[y == 5, 0] == 65) > 0.8
    assert np.mean(x[y <= 2, 0] == 65) < 0.005  # a contaminated finger-stick only
    screen = (x[:, 0][:, None] >= np.array(LEAD_LIMITS)).sum(1)
    assert 0.6 < np.mean(screen == y) < 0.72 and np.mean(np.abs(screen - y) <= 1) > 0.98
    registry = x[:, 2] > 0  # half the children have a previous test
    assert 0.45 < registry.mean() < 0.55
    true, pred, wrong = knn_errors("lead6")
    assert 0.54 < wrong.mean() < 0.61 and 0.74 < share_between(true, pred, LEAD_NEIGHBOURS) < 0.8
    assert np.mean(np.abs(true - pred) > 2) < 0.05 and min(share_pair(true, pred, c, c + 1) for c in range(5)) > 0.08
    assert share_pair(true, pred, 0, 1) > 0.22  # under 3.5 with 3.5-10 the most
    rates = class_error_rates("lead6")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 0  # 10-20 most; under 3.5, open below, least


def test_syncope8_profiles_follow_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("syncope8")
    vvs, situational, orthostatic, brady, tachy, structural, seizure, psychogenic = range(8)
    median = class_medians("syncope8")
    assert np.argmax(median[6]) == orthostatic and np.argmin(median[7]) == brady and np.argmax(median[8]) == brady
    assert np.argmax(median[10]) == structural and np.argmax(median[5]) == seizure
    assert np.argmax(median[4]) == psychogenic
    assert np.argmax(median[1]) == psychogenic and np.argmax(median[2]) == vvs and np.argmax(median[3]) == vvs
    assert set(np.argsort(median[0])[:3]) == {vvs, seizure, psychogenic}  # the young
    assert set(np.argsort(median[9])[:2]) == {tachy, structural}  # the weaker ventricle
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[13]) == situational and np.argmax(means[12]) == orthostatic
    assert np.argmax(means[14]) == structural and np.argmax(means[16]) == tachy
    assert np.argmax(means[17]) == seizure and np.argmax(means[18]) == seizure and np.argmax(means[19]) == psychogenic
    assert np.argmax(means[11]) == psychogenic and means[18][vvs] > 0.25  # convulsive syncope's jerks
    true, pred, wrong = knn_errors("syncope8")
    assert 0.2 < wrong.mean() < 0.25 and 0.7 < share_between(true, pred, SYNCOPE_NEIGHBOURS) < 0.78
    assert share_pair(true, pred, tachy, structural) > 0.11 and share_pair(true, pred, vvs, situational) > 0.08
    assert share_pair(true, pred, brady, structural) > 0.07 and share_pair(true, pred, vvs, seizure) > 0.05
    assert share_pair(true, pred, orthostatic, brady) > 0.03  # outside the map
    rates = class_error_rates("syncope8")
    assert np.argmax(rates) == structural and np.argmin(rates) == psychogenic


def test_fishkill8_sheets_follow_the_cause_and_errors_fall_between_confused_causes():
    x, y = set_data("fishkill8")
    hypoxia, winterkill, bloom, pesticide, manure, effluent, thermal, disease = range(8)
    median = class_medians("fishkill8")
    assert np.argmin(median[0]) == winterkill and np.argmax(median[0]) == thermal
    assert np.argmax(median[1]) == bloom and np.argmax(median[2]) == bloom and np.argmax(median[4]) == bloom
    assert np.argmax(median[3]) == manure and np.argmax(median[5]) == effluent and np.argmax(median[6]) == pesticide
    assert np.argmin(median[1]) == winterkill and set(np.argsort(median[1])[:3]) == {hypoxia, winterkill, manure}
    assert set(np.argsort(median[8])[:2]) == {thermal, disease} and np.argmax(median[7]) == manure
    assert np.argmin(median[9]) == hypoxia and np.argmin(median[10]) == winterkill  # dawn; late winter
    assert np.ptp(median[11]) < 0.4  # the days to the sampling, whatever the cause
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[12]) == hypoxia and np.argmax(means[13]) == hypoxia and np.argmax(means[14]) == disease
    assert np.argmax(means[15]) == winterkill and np.argmax(means[17]) == effluent
    assert set(np.argsort(means[16])[-2:]) == {pesticide, manure} and set(np.argsort(means[18])[-3:]) == {
        pesticide, manure, effluent}  # row crops upstream; every creature dead
    # the later the sampling, the nearer the oxygen to the site's usual
    late = x[:, 11] > 2
    assert np.median(x[(y == hypoxia) & late, 1]) > np.median(x[(y == hypoxia) & ~late, 1]) + 2
    true, pred, wrong = knn_errors("fishkill8")
    assert 0.15 < wrong.mean() < 0.2 and 0.68 < share_between(true, pred, FISHKILL_NEIGHBOURS) < 0.77
    assert share_pair(true, pred, pesticide, manure) > 0.17 and share_pair(true, pred, hypoxia, thermal) > 0.09
    assert share_pair(true, pred, thermal, disease) > 0.05
    assert share_pair(true, pred, hypoxia, disease) > 0.05 and share_pair(true, pred, winterkill, manure) > 0.02  # out
    rates = class_error_rates("fishkill8")
    assert np.argmax(rates) == manure and np.argmin(rates) == winterkill
