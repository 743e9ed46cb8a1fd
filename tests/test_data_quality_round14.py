"""Round 14's held-out noisy-label sets (``benchmarks/data_quality_round14.py``): deterministic, in their
documented shapes, loaded by the benchmark, new names held out, and each set's documented structure: the
class medians follow the field's physics, and a scaled 10-neighbour baseline errs between the documented
neighbouring classes."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round14 import (AE_MIN_RATE, ASSUMED_ALBEDO, DISTURBANCE_NEIGHBOURS, DISTURBANCES,
                                             GENERATORS, NOTCH_THRESHOLD, RA_LIMIT, ROUND14, SHAPES, SOIL_LIMITS,
                                             TAXA, TAXON_NEIGHBOURS, TEXTURE_NEIGHBOURS, TEXTURES, U_LIMIT,
                                             WEAR_STATES, texture_class)
from tests.heldout_sets import (between, check_classes, check_neighbours_symmetric, check_round_held_out, check_set,
                                quarter_errors, round_data)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "soil12": [
        89.73126983642578, 8.227460861206055, 2.0412700176239014, 0.02190251462161541, 4.0, 2.0, 19.800010681152344,
        7.167638778686523, 2.6291868686676025, 1.4481290578842163, 6.5461812019348145, 2.087759494781494, 0.5,
        6.240751266479492, -0.862578272819519, 4.0],
    "asteroid9": [
        1.3960717916488647, 0.36948147416114807, 0.03548765182495117, -0.05331556126475334, -0.3662920296192169,
        17.288585662841797, 12.318246841430664, 0.07239260524511337, 3.071521759033203, 0.12808282673358917,
        0.305825412273407, 4.0],
    "powerq8": [
        0.22168537974357605, 0.9985123872756958, 0.9831717610359192, 1.5046168565750122, 3.0, 0.3055965006351471,
        0.3645004332065582, 1.3756009340286255, 0.0, -2.0, 0.0, 0.0, 4.572885990142822, 1.3776824474334717,
        2.0624990463256836, 1.0, 15.0],
    "wear5": [
        180.01649475097656, 0.09088916331529617, 2.3247225284576416, 265.4881286621094, 0.0, 3.114309072494507,
        10.95947551727295, 3409.844482421875, 1646.5343017578125, 1066.281982421875, 0.3127068877220154,
        0.06603499501943588, 0.0, 253.83078002929688, 0.8808116316795349],
}
#: the ordinal wear states' neighbours: the state before and after
WEAR_NEIGHBOURS = {s: tuple(t for t in (s - 1, s + 1) if 0 <= t < len(WEAR_STATES)) for s in range(len(WEAR_STATES))}


#: each set's (x, y), baseline errors, column medians and class error rates, computed once
_data, _neighbour_errors, _medians, _rates = round_data(GENERATORS)


def test_round14_names_are_new_and_held_out():
    assert ROUND14 == ("soil12", "asteroid9", "powerq8", "wear5")
    check_round_held_out(14, ROUND14, "genre10", GENERATORS)


def test_round14_covers_5_to_12_classes_with_imbalance():
    check_classes(ROUND14, SHAPES, (5, 8, 9, 12), min_rows=150)


@pytest.mark.parametrize("name", ROUND14)
def test_round14_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("neighbours", [TEXTURE_NEIGHBOURS, TAXON_NEIGHBOURS, DISTURBANCE_NEIGHBOURS])
def test_round14_neighbours_are_symmetric(neighbours):
    check_neighbours_symmetric(neighbours)


def test_texture_neighbours_are_the_classes_that_share_an_edge_in_the_triangle():
    clay, silt = np.meshgrid(np.arange(0, 100.01, 0.25), np.arange(0, 100.01, 0.25), indexing="ij")
    kind = np.where(clay + silt <= 100, texture_class(100 - clay - silt, silt, clay), -1)
    assert set(np.unique(kind)) == {-1, *range(len(TEXTURES))}  # every class, no gaps
    pairs = {}
    for a, b in ((kind[1:], kind[:-1]), (kind[:, 1:], kind[:, :-1])):
        edge = (a != b) & (a >= 0) & (b >= 0)
        for p, q in zip(a[edge], b[edge]):
            pairs[frozenset((p, q))] = pairs.get(frozenset((p, q)), 0) + 1
    shared = {pair for pair, count in pairs.items() if count > 4}  # an edge, not a corner
    assert shared == {frozenset((a, b)) for a, near in TEXTURE_NEIGHBOURS.items() for b in near}


def test_soil12_follows_the_texture_and_errs_between_bordering_classes():
    x, y = _data("soil12")
    texture = {t: i for i, t in enumerate(TEXTURES)}
    median = _medians("soil12")
    assert np.argmax(median[0]) == texture["sand"] and np.argmax(median[1]) == texture["silt"]  # hydrometer
    assert np.argmax(median[2]) == texture["clay"] and np.argmax(median[3]) == texture["clay"]  # clay; ribbon
    assert np.argmax(median[8]) == texture["sand"] and np.argmin(median[8]) == texture["clay"]  # Ksat
    limits = np.array(SOIL_LIMITS, np.float32)
    assert (x[:, 12] == limits[0]).mean() > 0.5 and (x[:, 12] >= limits[0]).all()  # CaCO3 at its limit
    assert (x[:, 8] >= limits[2]).all() and (x[:, 11] >= limits[1]).all()
    true, pred, wrong = _neighbour_errors("soil12")
    assert len(true) > 500 and between(true, pred, TEXTURE_NEIGHBOURS) > 0.9
    rates = _rates("soil12")  # the thin loamy-sand strip errs most, sand in its corner least
    assert np.argmax(rates) == texture["loamy sand"] and np.argmin(rates) == texture["sand"]
    assert rates[texture["loamy sand"]] > 5 * rates[texture["sand"]]


def test_asteroid9_colours_follow_the_spectra_and_faint_ones_err_more():
    x, y = _data("asteroid9")
    taxon = {t: i for i, t in enumerate(TAXA)}
    median = _medians("asteroid9")
    assert np.argmin(median[1]) == taxon["B"] and np.argmax(median[2]) == taxon["D"]  # g-r: blue B; r-i: red D
    assert np.argmin(median[3]) == taxon["V"] and median[3][taxon["Q"]] < median[3][taxon["S"]] < 0  # i-z: bands
    assert np.all(np.diff(median[1][[taxon[t] for t in "BCXD"]]) > 0)  # the featureless sequence by slope
    u_g = np.float32(U_LIMIT) - x[:, 0] - x[:, 1] - x[:, 5]  # u at the limit: u-g as reported
    assert (np.abs(u_g) < 1e-3).mean() > 0.02  # faint in u: reported at the limit
    assert (x[:, 7] == np.float32(ASSUMED_ALBEDO)).mean() > 0.4  # below the thermal survey's size limit
    true, pred, wrong = _neighbour_errors("asteroid9")
    assert len(true) > 300 and between(true, pred, TAXON_NEIGHBOURS) > 0.85
    bright, faint = quarter_errors(x[:, 5], wrong)  # r magnitude: the faint ones have the larger
    assert faint > 1.5 * bright


def test_powerq8_summaries_follow_the_disturbance_and_short_events_err_more():
    x, y = _data("powerq8")
    kind = {d: i for i, d in enumerate(DISTURBANCES)}
    median = _medians("powerq8")
    assert np.argmin(median[0]) == kind["interruption"] and np.argmax(median[1]) == kind["swell"]  # RMS
    assert np.argmax(median[6]) == kind["flicker"] and np.argmax(median[7]) == kind["impulsive transient"]
    assert np.argmax(median[3]) in (kind["harmonics"], kind["notching"])  # THD
    assert np.argmax(median[10]) == kind["notching"] and median[10].max() > NOTCH_THRESHOLD
    assert ((x[:, 10] == 0) | (x[:, 10] >= NOTCH_THRESHOLD)).all()  # shallow notches count as none
    assert (x[:, 8][y == kind["impulsive transient"]] < 1.25 * 3.84).all()  # folded below the Nyquist limit
    true, pred, wrong = _neighbour_errors("powerq8")
    assert len(true) > 200 and between(true, pred, DISTURBANCE_NEIGHBOURS) > 0.9
    rms = y <= kind["interruption"]  # the half-cycle RMS smears short sags and interruptions
    short, long = quarter_errors(x[rms, 2], wrong[rms])
    assert short > 1.5 * long


def test_wear5_signals_grow_with_wear_and_errs_between_neighbouring_states():
    x, y = _data("wear5")
    median = _medians("wear5")
    for column in (5, 9, 10, 11, 13, 14):  # cutting time, thrust, thrust / cutting, AE, temperature, Ra
        assert np.all(np.diff(median[column]) > 0)
    assert (x[:, 12] == 0).mean() > 0.2 and ((x[:, 12] == 0) | (x[:, 12] >= AE_MIN_RATE)).all()  # AE counter
    assert (x[:, 14] >= np.float32(RA_LIMIT)).all()
    true, pred, wrong = _neighbour_errors("wear5")
    assert len(true) > 400 and between(true, pred, WEAR_NEIGHBOURS) > 0.95
    rates = _rates("wear5")  # the wide steady state errs least, the narrow new and initial ones over twice as often
    assert np.argmin(rates) == WEAR_STATES.index("steady") and min(rates[:2]) > 2 * rates[2]
