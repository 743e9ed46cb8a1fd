"""Round 21's held-out noisy-label sets (``benchmarks/data_quality_round21.py``): deterministic, in their
documented shapes and class counts, loaded by the benchmark (``round21`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline errs between the documented
neighbouring classes (between adjacent grades in the ordered sets)."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from benchmarks import data_quality_actions
from benchmarks.data_quality_actions import ROUNDS, split
from benchmarks.data_quality_round21 import (CLARITY_BOUNDS, CLARITY_GRADES, CLARITY_NEIGHBOURS, CLARITY_ROWS,
                                             CLOUD_NEIGHBOURS, CLOUD_PROFILES, CLOUD_ROWS, CLOUDS, GENERATORS,
                                             INCLUSION_CONTRAST, INCLUSION_SHARES, INCLUSION_SIZES, INCLUSIONS,
                                             NEIGHBOURS, ORDERED, ROUND21, ROUND21_GENERATORS, SHAPES,
                                             VEHICLE_NEIGHBOURS, VEHICLE_PROFILES, VEHICLE_ROWS, VEHICLES,
                                             VEI_BOUNDS, VEI_LEVELS, VEI_NEIGHBOURS, VEI_ROWS, ZOOMS)
from tests.heldout_sets import (between, check_classes, check_neighbour_map, check_round_held_out, check_set,
                                quarter_errors, round_data)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "vei6": [
        0.10000000149011612, 22.5, 3.200000047683716, 0.0, 0.0, 0.5899999737739563, 11.0, 47.900001525878906,
        1.0, 0.0, 1970.0, 0.0],
    "clarity8": [
        1.5099999904632568, 0.0, 0.0, 0.0, 0.0, 60.0, 0.0, 0.0, 0.0, 0.0, 4.0, 0.0, 61.599998474121094],
    "clouds9": [
        10.069999694824219, 0.0, 0.0, -40.0, 0.2709999978542328, 1.0, 0.4399999976158142, -40.900001525878906,
        0.0, 0.0, 0.0, 0.0, 13.0, 15.0, 0.0],
    "axles7": [
        2.0, 2.7300000190734863, 0.0, 0.0, 4.5, 1.75, 0.6200000047683716, 1.090000033378601, 0.0,
        2.940000057220459, 102.0, 12.0, 0.0, 7.0],
}


#: each set's (x, y), baseline errors, column medians and class error rates, computed once
_data, _neighbour_errors, _medians, _rates = round_data(GENERATORS)


def test_round21_names_are_new_and_held_out():
    assert ROUND21 == ("vei6", "clarity8", "clouds9", "axles7")
    check_round_held_out(21, ROUND21, "raman9", GENERATORS, ROUND21_GENERATORS)
    assert split("axles7") == "held-out, round 21"


def test_round21_is_registered_in_the_benchmark_and_a_data_choice():
    assert ROUNDS[21] is GENERATORS and max(ROUNDS) >= 21  # later rounds register after it
    assert data_quality_actions.ROUND21 == ROUND21
    source = inspect.getsource(data_quality_actions.main)
    assert 'f"round{r}" for r in ROUNDS' in source  # --data offers round21 through ROUNDS


def test_round21_covers_6_to_9_classes_with_imbalance():
    check_classes(ROUND21, SHAPES, (6, 7, 8, 9), min_rows=160)
    for name in ROUND21:  # rows in 2,400-2,700 and no class under a fifteenth of the set
        rows, _, per_class = SHAPES[name]
        assert 2400 <= rows <= 2700 and sum(per_class) == rows and min(per_class) >= rows / 16


@pytest.mark.parametrize("name", ROUND21)
def test_round21_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("name", ROUND21)
def test_round21_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbour_map(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round21_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("vei6", "clarity8") and set(NEIGHBOURS) == set(ROUND21)
    assert NEIGHBOURS["vei6"] is VEI_NEIGHBOURS and NEIGHBOURS["clarity8"] is CLARITY_NEIGHBOURS
    assert NEIGHBOURS["clouds9"] is CLOUD_NEIGHBOURS and NEIGHBOURS["axles7"] is VEHICLE_NEIGHBOURS
    assert len(VEI_LEVELS) == len(VEI_ROWS) == len(VEI_BOUNDS) + 1 and np.all(np.diff(VEI_BOUNDS) > 0)
    assert len(CLARITY_GRADES) == len(CLARITY_ROWS) == len(CLARITY_BOUNDS) + 1 and np.all(np.diff(CLARITY_BOUNDS) > 0)
    assert len(INCLUSIONS) == len(INCLUSION_SHARES) == len(INCLUSION_SIZES) == len(INCLUSION_CONTRAST)
    assert np.isclose(sum(INCLUSION_SHARES), 1) and np.all(np.diff(ZOOMS) > 0)
    assert CLOUD_PROFILES.shape == (len(CLOUDS), 13) and np.isclose(CLOUD_PROFILES[:, 0].sum(), 1)
    assert len(CLOUD_ROWS) == len(CLOUDS) and len(VEHICLE_ROWS) == len(VEHICLES)
    assert VEHICLE_PROFILES.shape == (len(VEHICLES), 11) and np.isclose(VEHICLE_PROFILES[:, 0].sum(), 1)
    # the unordered sets' neighbour maps are not a chain of adjacent labels
    for name in ("clouds9", "axles7"):
        assert any(set(near) != {c - 1, c + 1} & set(NEIGHBOURS[name]) for c, near in NEIGHBOURS[name].items())


def test_vei6_reports_follow_the_level_and_pre_satellite_eruptions_err_more():
    x, y = _data("vei6")
    median = _medians("vei6")
    for column in (0, 1, 2, 3, 5, 7, 9):  # height, duration, isopach volume, SO2, ballistics, silica, quakes
        assert np.all(np.diff(median[column]) > 0), column
    assert median[4][:2].max() == 0 < median[4][3] < median[4][-1]  # no deposit at 10 km below VEI 2
    assert median[3][-1] > 1000 * median[3][1]
    satellite = x[:, 11] == 1
    assert 0.6 < satellite.mean() < 0.75 and np.all(x[~satellite, 3] == 0)  # no SO2 before the satellites
    edges = (-np.inf, *VEI_BOUNDS, np.inf)
    for level in range(6):  # the first isopach map's volume: within its level's decades, in the median
        assert edges[level] < median[2][level] < edges[level + 1]
    true, pred, wrong = _neighbour_errors("vei6")
    assert len(true) > 600 and between(true, pred, VEI_NEIGHBOURS) > 0.95
    assert not np.any(np.abs(true - pred) > 2)  # never more than two levels away
    assert wrong[~satellite].mean() > 1.1 * wrong[satellite].mean()
    for level in range(1, 6):
        at = y == level
        assert wrong[at & ~satellite].mean() > wrong[at & satellite].mean()
    rates = _rates("vei6")
    assert np.argmin(rates) == 0 and rates[0] < 0.15 and set(np.argsort(rates)[-2:]) == {3, 4}


def test_clarity8_inclusion_map_follows_the_grade_and_errors_fall_between_adjacent_grades():
    x, y = _data("clarity8")
    median = _medians("clarity8")
    for column in (2, 6):  # the grade-setting inclusion's size, the inclusions' area
        assert np.all(np.diff(median[column]) > 0), column
    for column in (1, 7):  # inclusions found, under the table
        assert np.all(np.diff(median[column]) >= 0) and median[column][-1] > median[column][1] + 3, column
    assert np.all(np.diff(median[5]) < 0) and median[5][0] == 60  # the zoom that resolves it falls
    assert 0.5 < np.mean(x[y == 0, 1] == 0) < 0.8  # a third of the IF stones read dust or polish lines
    reaches = [np.mean(x[y == g, 9] == 1) for g in range(8)]
    assert reaches[0] == reaches[1] == 0 and np.all(np.diff(reaches[1:]) > 0) and reaches[-1] > 0.5
    assert np.all(x[x[:, 2] > 0, 1] > 0) and np.all(x[x[:, 1] == 0, 5] == 60)  # a size only where one was found
    carat = x[:, 0]
    assert 0.3 <= carat.min() and carat.max() <= 3.0
    small, large = carat < 0.6, carat > 1.2
    for grade in range(1, 8):  # the same grade: larger inclusions in a larger stone
        at = y == grade
        assert np.median(x[at & large, 2]) > np.median(x[at & small, 2])
    true, pred, _ = _neighbour_errors("clarity8")
    assert len(true) > 900 and between(true, pred, CLARITY_NEIGHBOURS) > 0.83
    assert np.mean(np.abs(true - pred) > 2) < 0.01
    rates = _rates("clarity8")
    assert np.argmin(rates) == 0 and rates[0] < 0.25 and rates[1:-1].min() > 0.3


def test_clouds9_instruments_follow_the_genus_and_night_skies_err_more():
    x, y = _data("clouds9")
    cloud = {c: i for i, c in enumerate(CLOUDS)}
    median = _medians("clouds9")
    high = [cloud[c] for c in ("cirrus", "cirrostratus")]
    low = [cloud[c] for c in ("nimbostratus", "stratocumulus", "stratus", "cumulus", "cumulonimbus")]
    assert median[0][high].min() > 5 > 2.5 > median[0][low].max()  # the ceilometer's base
    assert np.argmin(median[0]) == cloud["stratus"]
    assert median[4][high].min() > 0.3 > 0.1 > median[4][low].max()  # ice depolarises
    assert np.argmax(median[2]) == cloud["cumulonimbus"] and np.argmax(median[3]) == cloud["cumulonimbus"]
    assert np.argmax(median[8]) == cloud["cumulonimbus"] and median[8][cloud["nimbostratus"]] > 1
    assert np.argmax(median[6]) == cloud["cumulus"] and median[6][cloud["stratus"]] < 0.25  # texture
    assert median[1][cloud["cirrus"]] == 0  # thin cirrus escapes the radar
    day = x[:, 14] == 1
    assert 0.5 < day.mean() < 0.7 and np.all(x[~day, 9] == 0) and np.all(x[~day, 10] == 0)
    assert np.mean(x[y == cloud["cirrostratus"], 10][day[y == cloud["cirrostratus"]]]) > 0.3  # halos
    assert np.mean(x[y == cloud["cumulonimbus"], 11]) > 0.4 > 0.05 > np.mean(x[y == cloud["stratus"], 11])
    true, pred, wrong = _neighbour_errors("clouds9")
    assert len(true) > 300 and between(true, pred, CLOUD_NEIGHBOURS) > 0.78
    assert wrong[~day].mean() > 1.15 * wrong[day].mean()
    cs = y == cloud["cirrostratus"]
    assert wrong[cs & ~day].mean() > 1.8 * wrong[cs & day].mean()  # no halos at night
    rain = x[:, 8] > 0.5
    assert wrong[rain].mean() > 1.2 * wrong[~rain].mean()  # a wet radome
    sheets = [cloud[c] for c in ("altocumulus", "stratocumulus", "stratus", "cumulus")]
    assert np.mean(np.isin(true, sheets) & np.isin(pred, sheets)) > 0.4  # the low layers meet most
    rates = _rates("clouds9")
    assert np.argmin(rates) == cloud["cumulonimbus"] and np.argmax(rates) == cloud["altocumulus"]


def test_axles7_records_follow_the_vehicle_and_miscounted_axles_err():
    x, y = _data("axles7")
    vehicle = {v: i for i, v in enumerate(VEHICLES)}
    median = _medians("axles7")
    light = [vehicle[v] for v in ("car", "SUV or pickup", "van")]
    assert np.all(np.diff(median[1][light]) > 0) and np.all(np.diff(median[5][light]) > 0)  # wheelbase, weight
    assert np.argmax(median[4]) == vehicle["bus"] and np.argmax(median[1]) == vehicle["bus"]
    assert np.argmax(median[5]) == vehicle["three-axle truck"]
    assert median[8][light].max() == 0 and median[8][4:].min() == 1  # dual tyres
    assert median[9][light].min() > 1.5 > median[9][5:].max()  # the loop's signature: high chassis
    count = x[:, 0]
    assert set(np.unique(count)) <= {2, 3, 4} and np.all(count[np.isin(y, light)] == 2)
    trailer, bus, truck3 = (y == vehicle[v] for v in ("car with trailer", "bus", "three-axle truck"))
    assert 0.15 < np.mean(count[trailer] == 2) < 0.4 and 0.1 < np.mean(count[truck3] == 2) < 0.3
    assert 0.1 < np.mean(count[bus] == 3) < 0.4  # tag axles
    assert np.all(x[count == 2, 2:4] == 0) and np.all(x[count == 3, 3] == 0)  # no spacing without an axle
    true, pred, wrong = _neighbour_errors("axles7")
    assert len(true) > 400 and between(true, pred, VEHICLE_NEIGHBOURS) > 0.9
    assert np.mean(np.isin(true, light) & np.isin(pred, light)) > 0.65
    assert wrong[trailer & (count == 2)].mean() > 0.5 > 0.05 > wrong[trailer & (count > 2)].mean()
    assert wrong[truck3 & (count == 2)].mean() > 0.6 > 0.05 > wrong[truck3 & (count == 3)].mean()
    rates = _rates("axles7")
    assert np.argmax(rates) == vehicle["van"] and rates.max() > 0.4 and np.argmin(rates) == vehicle["bus"]
