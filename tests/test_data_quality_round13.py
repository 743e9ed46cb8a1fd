"""Round 13's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round13.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, are named held-out, round 13, and show the structure their docstrings
claim. No benchmark MLP and no detector here (a 10-neighbour baseline at most)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round13 import (DETECTION, FAULT_NEIGHBOURS, FAULTS, GENERATORS, GENRE_NEIGHBOURS,
                                             GENRES, MORPHOLOGIES, ROUND13, SHAPES, TARGET_NEIGHBOURS, TARGETS)
from tests.heldout_sets import (between, check_classes, check_neighbours_symmetric, check_round_held_out, check_set,
                                round_data)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "galaxy5": [
        2.0400643348693848, 0.7575574517250061, 0.47360390424728394, 0.18635092675685883, 2.805527925491333,
        0.450178325176239, 0.6153457760810852, 0.8714078068733215, 0.08855317533016205, 0.08591217547655106,
        0.5588693022727966, -2.0900681018829346, -0.17573820054531097, -21.403444290161133, 0.448873370885849,
        19.96636390686035, 0.14609506726264954, 0.9250698089599609],
    "dga6": [
        1.8060592412948608, 1.4276947975158691, 1.5204657316207886, 1.3806124925613403, 0.2333430051803589,
        2.3607215881347656, 3.341796875, 50.98970031738281, 45.750953674316406, 3.2593472003936768,
        -1.1472694873809814, -0.3783644437789917, -0.13985314965248108, 0.9810754060745239, 45.0, 1.0],
    "radar7": [
        672.6336669921875, 23.924890518188477, -2.26507568359375, 5.327024936676025, 4.701467037200928,
        0.48491984605789185, -0.7369863986968994, 0.04580002278089523, 3.484252452850342, 2.2152419090270996,
        0.46278324723243713, 12.176203727722168, 39.356163024902344, 1.0],
    "genre10": [
        98.2436294555664, 0.39774519205093384, 2.326590061187744, 2127.874267578125, 842.0101318359375,
        3207.4453125, -2.5846364498138428, 0.08306603878736496, -21.62996482849121, 6.142572402954102,
        0.5051925182342529, 0.15971630811691284, 0.9011560082435608, 0.351585328578949, 1.0625500679016113,
        1.8460848331451416, 0.24833956360816956, 0.29146936535835266, 120.04766845703125, 15.89459228515625,
        31.00391960144043, 1.7660417556762695],
}


#: each set's (x, y), baseline errors and column medians, computed once
_data, _neighbour_errors, _medians = round_data(GENERATORS)[:3]


def test_round13_names_are_new_and_held_out():
    assert ROUND13 == ("galaxy5", "dga6", "radar7", "genre10")
    check_round_held_out(13, ROUND13, "sleep5", GENERATORS)


def test_round13_covers_5_to_10_classes_with_imbalance():
    check_classes(ROUND13, SHAPES, (5, 6, 7, 10), min_rows=150)


@pytest.mark.parametrize("name", ROUND13)
def test_round13_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("neighbours", [FAULT_NEIGHBOURS, TARGET_NEIGHBOURS, GENRE_NEIGHBOURS])
def test_round13_neighbours_are_symmetric(neighbours):
    check_neighbours_symmetric(neighbours)


def test_galaxy5_follows_the_hubble_sequence_and_errs_between_neighbours():
    x, y = _data("galaxy5")
    median = _medians("galaxy5")
    assert np.all(np.diff(median[4]) < 0) and np.all(np.diff(median[1]) < 0)  # concentration; g-r
    assert np.all(np.diff(median[12]) > 0) and np.all(np.diff(median[8]) > 0)  # H-alpha EW; asymmetry
    assert np.argmax(median[7]) == MORPHOLOGIES.index("E")  # round, seen at any angle
    true, pred, wrong = _neighbour_errors("galaxy5")
    assert len(true) > 300 and (np.abs(true - pred) == 1).mean() > 0.9  # neighbours on the sequence
    rates = np.array([wrong[y == c].mean() for c in range(len(MORPHOLOGIES))])
    assert np.argmax(rates) == MORPHOLOGIES.index("S0") and rates[1] > 3 * rates[0]
    theta = x[:, 17]  # arcsec: the seeing blurs the small ones
    small, large = theta < np.quantile(theta, 0.25), theta > np.quantile(theta, 0.75)
    assert wrong[small].mean() > 1.5 * wrong[large].mean()


def test_dga6_gases_follow_the_fault_and_small_faults_are_harder():
    x, y = _data("dga6")
    fault = {f: i for i, f in enumerate(FAULTS)}
    median = _medians("dga6")
    assert np.argmax(median[7]) == fault["T1"] and np.argmax(median[8]) == fault["T3"]  # Duval CH4 %, C2H4 %
    assert np.argmax(median[9]) == fault["D2"] and median[9][fault["D1"]] > 30 > median[9][fault["T3"]]  # C2H2 %
    assert np.all(median[10][1:3] > 0) and np.all(median[10][3:] < 0)  # C2H2 / C2H4: arcs over heat
    assert np.argmin(median[11]) in (fault["PD"], fault["D1"], fault["D2"])  # CH4 / H2: discharges
    limit = np.log10(DETECTION).astype(np.float32)
    assert (x[:, 4] == limit[4]).mean() > 0.05 and (x[:, :7] >= limit - 1e-6).all()  # reported at the limit
    true, pred, wrong = _neighbour_errors("dga6")
    assert len(true) > 200 and between(true, pred, FAULT_NEIGHBOURS) > 0.9
    combustible = np.log10((10.0 ** x[:, :5]).sum(1))
    small, large = combustible < np.quantile(combustible, 0.25), combustible > np.quantile(combustible, 0.75)
    assert wrong[small].mean() > 1.5 * wrong[large].mean()


def test_radar7_targets_meet_their_neighbours_at_range():
    x, y = _data("radar7")
    target = {t: i for i, t in enumerate(TARGETS)}
    median = _medians("radar7")
    road, flyers = [target[t] for t in TARGETS[:5]], [target["drone"], target["bird"]]
    assert np.all(np.diff(median[2][road]) > 0) and np.all(np.diff(median[7][road]) > 0)  # RCS; extent
    assert median[6][flyers].min() > 30 > 5 > median[6][road].max()  # height, m
    assert median[2][flyers].max() < -10 and median[13][flyers].max() < 0.5  # small, often lost
    assert np.argmin(median[4]) == target["pedestrian"] and np.argmax(median[8]) == target["pedestrian"]
    true, pred, wrong = _neighbour_errors("radar7")
    assert len(true) > 250 and between(true, pred, TARGET_NEIGHBOURS) > 0.9
    distance = x[:, 0]
    near, far = distance < np.quantile(distance, 0.25), distance > np.quantile(distance, 0.75)
    assert wrong[far].mean() > 1.5 * wrong[near].mean()


def test_genre10_descriptors_and_crossover_errors():
    _, y = _data("genre10")
    genre = {g: i for i, g in enumerate(GENRES)}
    median = _medians("genre10")
    assert np.argmin(median[0]) == genre["reggae"] and np.argmax(median[16]) == genre["reggae"]  # tempo; off-beat
    assert np.argmax(median[6]) == genre["metal"] and np.argmax(median[17]) == genre["hiphop"]  # flatness; rap
    assert np.argmax(median[12]) == genre["classical"] and np.argmin(median[8]) == genre["classical"]  # HPR; RMS
    assert np.argmax(median[15]) in (genre["blues"], genre["jazz"])  # swing
    true, pred, wrong = _neighbour_errors("genre10")
    assert len(true) > 300 and between(true, pred, GENRE_NEIGHBOURS) > 0.85
    rates = np.array([wrong[y == c].mean() for c in range(len(GENRES))])
    assert np.argmin(rates) == genre["classical"] and rates.max() > 5 * rates.min()
