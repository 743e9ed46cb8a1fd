"""Round 12's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round12.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, are named held-out, round 12, and show the structure their docstrings
claim. No benchmark MLP and no detector here (a 10-neighbour baseline at most)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_actions import HELD_OUT, ROUND4, TUNING, split
from benchmarks.data_quality_round5 import ROUND5
from benchmarks.data_quality_round6 import ROUND6
from benchmarks.data_quality_round7 import ROUND7
from benchmarks.data_quality_round8 import ROUND8
from benchmarks.data_quality_round9 import ROUND9
from benchmarks.data_quality_round10 import ROUND10
from benchmarks.data_quality_round11 import ROUND11
from benchmarks.data_quality_round12 import (CLIMATES, GENERATORS, NEIGHBOURS, OCCUPATIONS, ROUND12, SHAPES,
                                             SOURCES, STAGES, koppen)
from tests.heldout_sets import check_classes, check_round, check_set, class_medians, round_data

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "sleep5": [
        2.0550224781036377, 1.1952486038208008, 0.8368534445762634, 0.0006718345684930682, 0.08498049527406693,
        1.6806490421295166, 0.6936981081962585, 0.019999999552965164, 17.809566497802734, 1.096285343170166,
        2.0, 2.4967849254608154, 0.0, 0.0, 0.0, 2.761594295501709],
    "quake6": [
        1.362030029296875, 13.302077293395996, 2.3586206436157227, 1.1593784093856812, 17.433574676513672,
        18.15488052368164, 0.06956257671117783, 0.9975776076316833, 0.0, -1.0060932636260986,
        0.28522107005119324, 0.4337526559829712, -0.45517396926879883, -1.4155396223068237, 0.5,
        1.1678416728973389, 1.3590234518051147, 10.0],
    "koppen11": [
        22.04085922241211, 21.973669052124023, 22.583744049072266, 23.433500289916992, 24.21257781982422,
        25.169260025024414, 25.454309463500977, 25.51050567626953, 25.00518035888672, 24.220149993896484,
        23.29261589050293, 22.339458465576172, 139.16241455078125, 111.41831970214844, 137.93019104003906,
        128.7440185546875, 155.4336700439453, 172.30850219726562, 156.37623596191406, 193.11012268066406,
        161.0158233642578, 132.0211944580078, 118.32642364501953, 132.64614868164062, 2.4492380619049072,
        0.0631946325302124],
    "occup8": [
        58.6278076171875, 15.660979270935059, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 3.0571086406707764,
        37.798439025878906, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 3.75, 2.75, 3.5, 0.75, 3.5,
        4.5],
}


#: each set's (x, y) and baseline errors, computed once
_data, _neighbour_errors = round_data(GENERATORS)[:2]


def test_round12_names_are_new_and_held_out():
    assert ROUND12 == ("sleep5", "quake6", "koppen11", "occup8")
    earlier = (TUNING + HELD_OUT + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ROUND8 + ROUND9 + ROUND10 + ROUND11
               + ("synthU",))
    check_round(ROUND12, earlier, "held-out, round 12")
    assert split("vowel12") == "held-out, round 11" and split("digits") == "tuning"


def test_round12_covers_5_to_11_classes_with_imbalance():
    check_classes(ROUND12, SHAPES, (5, 6, 8, 11), min_rows=130)


@pytest.mark.parametrize("name", ROUND12)
def test_round12_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


def test_sleep5_band_powers_follow_the_stages_and_n1_errs_most():
    x, y = _data("sleep5")
    stage = {s: i for i, s in enumerate(STAGES)}
    median = {column: class_medians(x[:, column], y) for column in range(x.shape[1])}
    assert np.argmax(median[7]) == stage["n3"] and np.argmax(median[14]) == stage["n3"]  # slow waves
    assert np.argmax(median[12]) == stage["n2"] and np.argmax(median[10]) == stage["rem"]  # spindles; REMs
    assert np.argmin(median[11]) == stage["rem"] and np.argmax(median[4]) == stage["wake"]  # atonia; beta
    assert np.argmax(median[9]) == stage["n1"] and np.argmax(median[6]) == stage["wake"]  # rolling eyes; alpha
    assert np.argmin(median[15]) == stage["n3"] and np.argmax(median[15]) == stage["rem"]  # N3 early, REM late
    true, pred, wrong = _neighbour_errors("sleep5")
    rates = np.array([wrong[y == c].mean() for c in range(len(STAGES))])
    assert np.argmax(rates) == stage["n1"] and rates[stage["n1"]] > 3 * rates[stage["n2"]]
    neighbours = np.array([p in NEIGHBOURS[t] for t, p in zip(true, pred)])
    assert len(true) > 150 and neighbours.mean() > 0.9  # errors between stages an epoch can hold together


def test_quake6_discriminants_and_small_mining_events_are_harder():
    x, y = _data("quake6")
    source = {s: i for i, s in enumerate(SOURCES)}
    median = {column: class_medians(x[:, column], y) for column in range(x.shape[1])}
    assert np.argmax(median[1]) == source["earthquake"] and median[1][source["earthquake"]] > 8  # depth, km
    assert median[14][source["quarry_blast"]] > 0.8 and median[14][source["mine_collapse"]] < 0.3  # first motions
    assert np.argmax(median[12]) == source["quarry_blast"] and np.argmin(median[12]) == source["earthquake"]
    assert np.argmax(median[15]) == source["quarry_blast"] and np.argmax(median[16]) == source["rockfall"]
    assert median[7][source["quarry_blast"]] < -0.7  # cosine of the hour: early afternoon
    assert median[4][source["quarry_blast"]] < 2 and median[5][source["mine_blast"]] < 2  # at their sites
    true, pred, wrong = _neighbour_errors("quake6")
    mining = np.isin(true, (1, 2, 3, 4)) & np.isin(pred, (1, 2, 3, 4))
    assert len(true) > 200 and mining.mean() > 0.5
    magnitude = x[:, 0]
    small, large = magnitude < np.quantile(magnitude, 0.25), magnitude > np.quantile(magnitude, 0.75)
    assert wrong[small].mean() > 3 * wrong[large].mean()  # few stations, noisy ratios


def test_koppen11_rules_hemispheres_and_errors_near_thresholds():
    x, y = _data("koppen11")
    climate = {c: i for i, c in enumerate(CLIMATES)}
    temp, precip, south = x[:, :12].astype(float), x[:, 12:24].astype(float), x[:, 24] < 0
    coldest, warmest = class_medians(temp.min(1), y), class_medians(temp.max(1), y)
    assert coldest[:3].min() > 18 and np.argmin(coldest) == climate["Dfc"] and np.argmin(warmest) == climate["Dfc"]
    assert np.argmin(class_medians(precip.sum(1), y)) == climate["BWh"]
    assert np.argmax(class_medians(precip.sum(1), y)) == climate["Af"]
    assert 0.2 < south.mean() < 0.4
    assert np.isin(temp[south].argmax(1), (0, 1, 11)).mean() > 0.95  # southern summers in January
    assert np.isin(temp[~south].argmax(1), (5, 6, 7)).mean() > 0.95
    # the rule on the station's own record mostly agrees with the atlas's class; the rows it does not
    # (near a threshold) are where the baseline errs
    across = koppen(temp, precip, south) != np.array(CLIMATES)[y]
    assert 0.05 < across.mean() < 0.2
    true, _, wrong = _neighbour_errors("koppen11")
    assert len(true) > 250 and wrong[across].mean() > 2.5 * wrong[~across].mean()


def test_occup8_mixed_table_and_errors_between_neighbouring_groups():
    x, y = _data("occup8")
    job = {o: i for i, o in enumerate(OCCUPATIONS)}
    np.testing.assert_array_equal(x[:, 2:7].sum(1), 1)  # education one-hot
    np.testing.assert_array_equal(x[:, 14:21].sum(1), 1)  # industry one-hot
    assert set(np.unique(x[:, [7, 10, 11, 12, 13]])) == {0, 1}
    mean = {column: np.array([x[y == c, column].mean() for c in range(len(OCCUPATIONS))]) for column in range(27)}
    assert np.argmax(mean[1]) == job["professional"] and np.argmin(mean[1]) == job["elementary"]  # schooling
    assert np.argmax(mean[8]) == job["manager"] and np.argmax(mean[11]) == job["manager"]  # wage; supervises
    assert np.argmax(mean[7]) == job["clerical"] and np.argmin(mean[7]) == job["craft"]  # female share
    assert np.argmax(mean[15]) == job["craft"] and np.argmax(mean[24]) == job["elementary"]  # construction; physical
    assert np.argmax(mean[21]) == job["professional"] and np.argmax(mean[25]) == job["service_sales"]  # ICT; clients
    true, pred, _ = _neighbour_errors("occup8")
    ladder = (np.abs(true - pred) == 1) | (np.isin(true, (4, 7)) & np.isin(pred, (4, 7)))
    assert len(true) > 400 and ladder.mean() > 0.7
