"""Round 37's held-out noisy-label sets (``benchmarks/data_quality_round37.py``): deterministic, in their
documented shapes and class counts, registered in the benchmark (``round37`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline (sklearn, no detector code) errs
at its measured rate and mostly between the documented neighbouring classes (between adjacent grades in the
ordered sets; pipeline8's map holds three fifths of its errors). pipeline8's baseline errs a little more than the
round's aims (40.2 %), as the module's docstring says."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round37 import (BORTLE_CLASSES, BORTLE_LIMITS, BORTLE_NEIGHBOURS, BORTLE_ROWS,
                                             FEV_GRADES, FEV_LIMITS, FEV_NEIGHBOURS, FEV_ROWS, GENERATORS,
                                             HEADACHE_LOG, HEADACHE_NEIGHBOURS, HEADACHE_ROWS, HEADACHE_SPREAD,
                                             HEADACHE_TABLE, HEADACHE_TYPES, NEIGHBOURS, ORDERED, PIPELINE_CAUSES,
                                             PIPELINE_CLOCK, PIPELINE_LOG, PIPELINE_NEIGHBOURS, PIPELINE_RECORD,
                                             PIPELINE_ROWS, PIPELINE_SPREAD, PIPELINE_TABLE, ROUND37,
                                             ROUND37_GENERATORS, SHAPES)
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from tests.round_checks import (check_deterministic, check_neighbours, check_registered, class_error_rates,
                                class_medians, knn_errors, set_data, share_between, share_pair)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "fev5": [72.0, 1.0, 149.0, 46.0, 66.0, 0.5600000023841858, 53.0, 2.0, 19.0, 1.0, 420.0, 97.0, 62.0, 43.0,
             21.200000762939453, 1.0],
    "bortle7": [33.79999923706055, 10.0, 1.0, 0.019999999552965164, 0.25, 7.099999904632568, 3.0, 7.0, 0.0,
                21.549999237060547, 300.0, 0.10999999940395355, 41.0, 21.850000381469727, 62.0],
    "headache8": [38.0, 0.0, 5.0, 12.399999618530273, 1.0, 5.0, 43.0, 18.0, 8.0, 8.0, 6.0, 2.0, 0.0, 2.0, 12.0, 0.0,
                  0.0, 0.0],
    "pipeline8": [67.0, 14.0, 47.0, 1.0, 315.8999938964844, -770.0, 3.799999952316284, 1.0, 1.0, 8.0, 0.0, 0.0, 0.0,
                  0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
}


def test_round37_names_are_new_held_out_and_registered_in_the_benchmark():
    assert ROUND37 == ("fev5", "bortle7", "headache8", "pipeline8") and ROUND37_GENERATORS is GENERATORS
    check_registered(37, ROUND37, GENERATORS)


def test_round37_covers_5_to_8_classes_with_imbalance():
    assert sorted(len(SHAPES[name][2]) for name in ROUND37) == [5, 7, 8, 8]
    for name in ROUND37:  # rows in 2,100-2,200, no class under a sixteenth of the set, imbalanced
        rows, columns, per_class = SHAPES[name]
        assert 2100 <= rows <= 2200 and sum(per_class) == rows and min(per_class) >= rows / 16
        assert max(per_class) >= 1.4 * min(per_class) and 12 <= columns <= 20


@pytest.mark.parametrize("name", ROUND37)
def test_round37_set_is_deterministic_with_documented_shape(name):
    check_deterministic(GENERATORS[name], SHAPES[name], FIRST_ROWS[name])


@pytest.mark.parametrize("name", ROUND37)
def test_round37_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbours(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round37_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("fev5", "bortle7") and set(NEIGHBOURS) == set(ROUND37)
    assert NEIGHBOURS["fev5"] is FEV_NEIGHBOURS and NEIGHBOURS["bortle7"] is BORTLE_NEIGHBOURS
    assert NEIGHBOURS["headache8"] is HEADACHE_NEIGHBOURS and NEIGHBOURS["pipeline8"] is PIPELINE_NEIGHBOURS
    # ATS / ERS 2005: mild >= 70 % predicted, moderate 60-69, moderately severe 50-59, severe 35-49, very severe < 35
    assert len(FEV_GRADES) == len(FEV_ROWS) == len(FEV_LIMITS) + 1 and FEV_LIMITS == (70, 60, 50, 35)
    # the SQM ranges quoted with Bortle's classes (7-9 merged), darkest first
    assert len(BORTLE_CLASSES) == len(BORTLE_ROWS) == len(BORTLE_LIMITS) + 1
    assert BORTLE_LIMITS == (21.7, 21.5, 21.3, 20.4, 19.1, 18.0)
    assert len(HEADACHE_TYPES) == len(HEADACHE_ROWS) == len(HEADACHE_TABLE) and HEADACHE_TABLE.shape[1] == 18
    assert len(HEADACHE_SPREAD) == 15 and max(HEADACHE_LOG) < 15 and np.all(HEADACHE_TABLE[:, 15:] <= 1)
    assert np.argmin(HEADACHE_TABLE[:, 2]) == 6 and np.argmax(HEADACHE_TABLE[:, 9]) == 1  # cluster short; aura
    assert np.argmax(HEADACHE_TABLE[:, 12]) == 5 and np.argmin(HEADACHE_TABLE[:, 15]) == 6  # overuse; men
    assert len(PIPELINE_CAUSES) == len(PIPELINE_ROWS) == len(PIPELINE_TABLE) == len(PIPELINE_CLOCK)
    assert len(PIPELINE_RECORD) == len(PIPELINE_CAUSES) and PIPELINE_TABLE.shape[1] == 18
    assert len(PIPELINE_SPREAD) == 8 and max(PIPELINE_LOG) < 8 and np.all(PIPELINE_TABLE[:, 10:] <= 1)
    assert np.argmax(PIPELINE_TABLE[:, 5]) == 0 and np.argmax(PIPELINE_TABLE[:, 7]) == 3  # poor CP; the rain
    assert np.argmax(PIPELINE_TABLE[:, 12]) == 2 and np.argmax(PIPELINE_TABLE[:, 16]) == 7  # tickets; staff
    assert np.argmax(PIPELINE_RECORD[:, 1]) == 1 and np.argmax(PIPELINE_TABLE[:, 15]) == 5  # water; old seams


@pytest.mark.parametrize("name", ROUND37)
def test_round37_mlp_learns_the_clean_labels_to_its_measured_accuracy(name):
    x, y = set_data(name)
    a, b, ya, yb = train_test_split(x, y, test_size=0.25, stratify=y, random_state=0)
    mlp = make_pipeline(StandardScaler(), MLPClassifier((64, 64), alpha=0.01, early_stopping=True, max_iter=500,
                                                        random_state=0)).fit(a, ya)
    assert 0.6 < mlp.score(b, yb) < 0.9  # pipeline8 the lowest (64 %), headache8 the highest (86 %)


def test_fev5_clinic_records_follow_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = set_data("fev5")
    median = class_medians("fev5")
    for column in (4, 5, 6, 10, 12, 14):  # office FEV1, FEV1 / FVC, peak flow, walk, DLCO, BMI
        assert np.all(np.diff(median[column]) < 0), column
    for column in (8, 13):  # CAT, RV / TLC
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[3]) >= 0) and median[3][4] > median[3][0] + 8  # pack-years
    assert np.ptp(median[0]) < 3 and np.ptp(median[2]) < 4  # age and height do not follow it
    # the office FEV1 (before the bronchodilator, NHANES III) names two thirds of the grades and reads worse
    read = (x[:, 4][:, None] < np.array(FEV_LIMITS)).sum(1)
    assert 0.58 < np.mean(read == y) < 0.72 and np.mean(read > y) > 3 * np.mean(read < y)
    assert np.mean(np.abs(read - y) <= 1) > 0.95
    assert np.median(x[x[:, 15] == 1, 12]) < np.median(x[x[:, 15] == 0, 12]) - 15  # emphysema's gas transfer
    true, pred, wrong = knn_errors("fev5")
    assert 0.36 < wrong.mean() < 0.42 and share_between(true, pred, FEV_NEIGHBOURS) > 0.88
    assert np.mean(np.abs(true - pred) > 2) < 0.02 and min(share_pair(true, pred, c, c + 1) for c in range(4)) > 0.15
    assert share_pair(true, pred, 1, 2) > 0.28  # moderate with moderately severe the most
    rates = class_error_rates("fev5")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 2  # mild, open above, least; the narrow 50-59 most


def test_bortle7_survey_follows_the_class_and_the_dark_classes_meet_most():
    x, y = set_data("bortle7")
    median = class_medians("bortle7")
    for column in (0, 5, 9, 13):  # distance, limiting magnitude, horizon and camera readings
        assert np.all(np.diff(median[column]) < 0), column
    for column in (3, 4):  # the atlas, the satellite's radiance
        assert np.all(np.diff(median[column]) > 0), column
    assert np.all(np.diff(median[8]) >= 0) and median[8][6] > median[8][0] + 10  # light domes
    assert np.all(np.diff(median[6]) <= 0) and np.all(np.diff(median[7]) <= 0)  # Milky Way, Globe at Night
    assert np.ptp(median[12]) < 5 and np.ptp(median[14]) < 8  # humidity and LED share do not follow it
    # the all-sky camera's V band reads a little brighter than the SQM: half the classes, one class out at most
    read = (x[:, 13][:, None] < np.array(BORTLE_LIMITS)).sum(1)
    assert 0.42 < np.mean(read == y) < 0.6 and np.mean(read > y) > 20 * np.mean(read < y)
    assert np.mean(np.abs(read - y) <= 1) > 0.82
    true, pred, wrong = knn_errors("bortle7")
    assert 0.34 < wrong.mean() < 0.41 and share_between(true, pred, BORTLE_NEIGHBOURS) > 0.83
    assert np.mean(np.abs(true - pred) > 2) < 0.02 and share_pair(true, pred, 1, 2) > 0.2
    rates = class_error_rates("bortle7")
    assert np.argmax(rates) == 2 and np.argmin(rates) == 5  # the narrow rural class most; bright suburban least
    assert min(rates[:3]) > max(rates[4:])  # the 0.2-magnitude dark classes err more than the wide bright ones


def test_headache8_diaries_follow_the_diagnosis_and_errors_fall_between_confused_diagnoses():
    x, y = set_data("headache8")
    mo, ma, cm, etth, ctth, moh, cluster, hc = range(8)
    median = class_medians("headache8")
    assert np.argmin(median[3]) == cluster and np.argmax(median[5]) == cluster and np.argmax(median[12]) == cluster
    assert np.argmax(median[11]) == cluster and np.argmax(median[10]) == ma and np.argmax(median[13]) == moh
    assert set(np.argsort(median[6])[-2:]) == {cluster, hc} and np.argmin(median[5]) == etth  # one-sided; mild
    assert median[2][cm] >= 15 > median[2][mo] and median[2][ctth] >= 15 > median[2][etth]  # the 15-day line
    assert np.mean(x[y == cluster, 1]) < 0.35 < np.mean(x[y == mo, 1])  # cluster headache in men
    assert np.mean(x[y == hc, 16]) > 0.9 and np.mean(x[y == mo, 17]) > 1.8 * np.mean(x[y == etth, 17])
    assert np.mean(x[y == cm, 2] < 15) > 0.2  # diaries either side of the line
    assert np.all(x[:, 13] <= x[:, 2])  # no more medication days than headache days
    true, pred, wrong = knn_errors("headache8")
    assert 0.16 < wrong.mean() < 0.23 and share_between(true, pred, HEADACHE_NEIGHBOURS) > 0.87
    assert share_pair(true, pred, cm, moh) > 0.25 and share_pair(true, pred, mo, cm) > 0.15
    assert share_pair(true, pred, etth, ctth) > 0.08 and share_pair(true, pred, mo, moh) > 0.02  # outside the map
    rates = class_error_rates("headache8")
    assert np.argmax(rates) == cm and np.argmin(rates) == cluster


def test_pipeline8_reports_follow_the_cause_and_the_map_holds_three_fifths_of_the_errors():
    x, y = set_data("pipeline8")
    ext, internal, excavation, natural, outside, material, equipment, operation = range(8)
    median = class_medians("pipeline8")
    assert np.argmax(median[5]) == ext and np.argmax(median[0]) == ext and np.argmax(median[7]) == natural
    assert np.argmax(median[4]) == material and np.argmax(median[2]) == material and np.argmin(median[4]) == equipment
    means = np.array([x[y == c].mean(0) for c in range(8)]).T
    assert np.argmax(means[12]) == excavation and np.argmax(means[13]) == outside and np.argmax(means[16]) == operation
    assert np.argmax(means[19]) == internal and np.argmax(means[15]) == material and np.argmax(means[10]) == equipment
    assert set(np.argsort(means[18])[:2]) == {equipment, operation}  # valves, pumps, fittings, not the pipe
    # excavation damage failing later: a fifth without a ticket beyond the usual; SCC's ruptures in external
    assert 0.4 < means[12][excavation] < 0.65 and means[11][ext] > PIPELINE_TABLE[ext, 11] + 0.04
    assert np.all(x[x[:, 0] >= 56, 17] == 0)  # no FBE on pipe laid before it
    true, pred, wrong = knn_errors("pipeline8")
    assert 0.37 < wrong.mean() < 0.43 and 0.57 < share_between(true, pred, PIPELINE_NEIGHBOURS) < 0.66
    assert share_pair(true, pred, equipment, operation) > 0.2 and share_pair(true, pred, ext, material) > 0.12
    assert share_pair(true, pred, ext, excavation) > 0.04 and share_pair(true, pred, outside, equipment) > 0.03
    rates = class_error_rates("pipeline8")
    assert np.argmax(rates) == operation and np.argmin(rates) == ext
