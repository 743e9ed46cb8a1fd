"""Round 22's held-out noisy-label sets (``benchmarks/data_quality_round22.py``): deterministic, in their
documented shapes and class counts, loaded by the benchmark (``round22`` a ``--data`` choice), new names held
out, two sets ordered and two not, and each set's documented structure: the class medians follow the field, the
documented mechanisms show in the columns, and a scaled 10-neighbour baseline errs between the documented
neighbouring classes (between adjacent grades in the ordered sets)."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from benchmarks import data_quality_actions
from benchmarks.data_quality_actions import ROUNDS, split
from benchmarks.data_quality_round22 import (GENERATORS, HRS_TEST_WEIGHT, INSECT_NEIGHBOURS, INSECT_PROFILES,
                                             INSECT_ROWS, INSECTS, METEORITE_NEIGHBOURS, METEORITE_PROFILES,
                                             METEORITE_ROWS, METEORITES, NEIGHBOURS, ORDERED, ROUND22,
                                             ROUND22_GENERATORS, SHAPES, TIMBER_BOUNDS, TIMBER_CLASSES,
                                             TIMBER_DEPTHS, TIMBER_NEIGHBOURS, TIMBER_ROWS, TIMBER_THICKNESSES,
                                             WHEAT_GRADES, WHEAT_LIMITS, WHEAT_NEIGHBOURS, WHEAT_ROWS)
from tests.heldout_sets import between, check_classes, check_neighbour_map, check_round_held_out, check_set, round_data

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "wheat6": [
        61.70000076293945, 1.0, 0.30000001192092896, 1.399999976158142, 13.5, 454.0, 8.699999809265137,
        34.20000076293945, 0.20000000298023224, 0.0, 1.0, 21.100000381469727, 33.0],
    "timber8": [
        628.0, 3.0, 480.0, 6.820000171661377, 17.5, 0.6019999980926514, 28.0, 0.050999999046325684,
        2.9000000953674316, 0.0, 1.0, 95.0, 63.0, 0.0, 0.5, 2.0],
    "meteorites9": [
        3.240000009536743, 3.259999990463257, 4.340000152587891, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5799999833106995,
        34.0, 1.2999999523162842, 0.23000000417232513, 3.0, 4.0, 3.0, 1.0, 2.509999990463257],
    "wingbeats7": [
        537.0, 0.49000000953674316, 0.20999999344348907, 9.505000114440918, 6.8379998207092285, 22.0,
        43.20000076293945, 3.0, 22.600000381469727, 47.0, 0.0],
}


#: each set's (x, y), baseline errors, column medians and class error rates, computed once
_data, _neighbour_errors, _medians, _rates = round_data(GENERATORS)


def test_round22_names_are_new_and_held_out():
    assert ROUND22 == ("wheat6", "timber8", "meteorites9", "wingbeats7")
    check_round_held_out(22, ROUND22, "axles7", GENERATORS, ROUND22_GENERATORS)
    assert split("wingbeats7") == "held-out, round 22"


def test_round22_is_registered_in_the_benchmark_and_a_data_choice():
    assert ROUNDS[22] is GENERATORS and max(ROUNDS) >= 22  # later rounds register after it
    assert data_quality_actions.ROUND22 == ROUND22
    source = inspect.getsource(data_quality_actions.main)
    assert 'f"round{r}" for r in ROUNDS' in source  # --data offers round22 through ROUNDS


def test_round22_covers_6_to_9_classes_with_imbalance():
    check_classes(ROUND22, SHAPES, (6, 7, 8, 9), min_rows=160)
    for name in ROUND22:  # rows in 2,000-2,600 and no class under a sixteenth of the set
        rows, _, per_class = SHAPES[name]
        assert 2000 <= rows <= 2600 and sum(per_class) == rows and min(per_class) >= rows / 16


@pytest.mark.parametrize("name", ROUND22)
def test_round22_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("name", ROUND22)
def test_round22_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbour_map(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round22_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("wheat6", "timber8") and set(NEIGHBOURS) == set(ROUND22)
    assert NEIGHBOURS["wheat6"] is WHEAT_NEIGHBOURS and NEIGHBOURS["timber8"] is TIMBER_NEIGHBOURS
    assert NEIGHBOURS["meteorites9"] is METEORITE_NEIGHBOURS and NEIGHBOURS["wingbeats7"] is INSECT_NEIGHBOURS
    assert len(WHEAT_GRADES) == len(WHEAT_ROWS) == len(WHEAT_LIMITS) + 1 == len(HRS_TEST_WEIGHT) + 1
    assert np.all(np.diff(WHEAT_LIMITS[:, 0]) < 0) and np.all(np.diff(WHEAT_LIMITS[:, 1:], axis=0) > 0)
    assert np.all(np.array(HRS_TEST_WEIGHT) < WHEAT_LIMITS[:, 0])  # hard red spring: lower test-weight limits
    assert len(TIMBER_CLASSES) == len(TIMBER_ROWS) == len(TIMBER_BOUNDS) + 1
    assert np.all(np.diff(TIMBER_BOUNDS, axis=0) > 0)  # every class asks more strength, stiffness and density
    assert np.all(np.diff(TIMBER_DEPTHS) > 0) and np.all(np.diff(TIMBER_THICKNESSES) > 0)
    assert METEORITE_PROFILES.shape == (len(METEORITES), 13) and len(METEORITE_ROWS) == len(METEORITES)
    assert INSECT_PROFILES.shape == (len(INSECTS), 10) and len(INSECT_ROWS) == len(INSECTS)
    # the unordered sets' neighbour maps are not a chain of adjacent labels
    for name in ("meteorites9", "wingbeats7"):
        assert any(set(near) != {c - 1, c + 1} & set(NEIGHBOURS[name]) for c, near in NEIGHBOURS[name].items())


def test_wheat6_intake_follows_the_grade_and_a_single_bad_factor_reads_better():
    x, y = _data("wheat6")
    median = _medians("wheat6")
    for column in (0, 5, 7):  # test weight, falling number, kernel weight fall with the grade
        assert np.all(np.diff(median[column]) < 0), column
    assert np.all(np.diff(median[1]) >= 0) and median[1][-1] > 10 * median[1][0]  # damaged kernels
    assert np.all(np.diff(median[3][:5]) > 0) and np.all(np.diff(median[4]) > 0)  # shrunken to No. 5, moisture
    hrs, srw = x[:, 9] == 1, x[:, 10] == 1
    assert not np.any(hrs & srw) and 0.2 < hrs.mean() < 0.4 and 0.15 < srw.mean() < 0.35
    for grade in range(6):  # hard red spring wheat reads lighter at every grade
        at = y == grade
        assert np.median(x[at & hrs, 0]) < np.median(x[at & ~hrs, 0])
    soft = [np.mean(srw[y == g]) for g in range(6)]
    assert np.all(np.diff(soft) > 0) and soft[-1] > 2 * soft[0]
    assert np.all(x[srw, 8] > 0) and 0.1 < np.mean(x[~srw, 8] > 0) < 0.3  # DON: soft red wheat always tested
    true, pred, _ = _neighbour_errors("wheat6")
    assert len(true) > 700 and between(true, pred, WHEAT_NEIGHBOURS) > 0.88
    assert not np.any(np.abs(true - pred) > 3) and np.mean(np.abs(true - pred) > 2) < 0.02
    assert np.mean(pred < true) > 0.7  # a load graded down by one factor reads like a better one
    rates = _rates("wheat6")
    assert np.argmin(rates) == 0 and rates[0] < 0.35 and set(np.argsort(rates)[-2:]) == {2, 3}


def test_timber8_machine_readings_follow_the_class_and_errors_fall_between_adjacent_classes():
    x, y = _data("timber8")
    median = _medians("timber8")
    for column in (0, 2, 3):  # resonance, density as weighed, dynamic modulus rise with the class
        assert np.all(np.diff(median[column]) > 0), column
    for column in (5, 7):  # knot area ratio, slope of grain fall
        assert np.all(np.diff(median[column]) < 0), column
    assert np.all(np.diff(median[6]) <= 0) and median[6][0] > 2 * median[6][-1]  # the largest knot
    frequency, length, wet, dynamic = x[:, 0], x[:, 1], x[:, 2], x[:, 3]
    np.testing.assert_allclose(dynamic, 4 * wet * (length * frequency) ** 2 / 1e9, rtol=0.01)  # E = 4 rho (L f)^2
    assert set(np.unique(x[:, 11])) <= set(TIMBER_DEPTHS) and set(np.unique(x[:, 12])) <= set(TIMBER_THICKNESSES)
    pith = [np.mean(x[y == c, 9]) for c in range(8)]
    pine = [np.mean(x[y == c, 10]) for c in range(8)]
    assert np.all(np.diff(pith) <= 0) and pith[0] > 0.5 and pith[-1] < 0.02  # juvenile wood
    assert np.all(np.diff(pine) > 0) and pine[-1] > 2.5 * pine[0]  # pine: denser
    true, pred, wrong = _neighbour_errors("timber8")
    assert len(true) > 1100 and between(true, pred, TIMBER_NEIGHBOURS) > 0.72
    assert np.mean(np.abs(true - pred) > 2) < 0.06
    rates = _rates("timber8")
    assert np.argmin(rates) == 0 and np.argmax(rates) == 3 and rates[1:-1].min() > 0.5


def test_meteorites9_work_up_follows_the_group_and_weathered_stones_err_more():
    x, y = _data("meteorites9")
    group = {g: i for i, g in enumerate(METEORITES)}
    h, l, ll, e, cm, co, cv, hed, ure = range(9)
    median = _medians("meteorites9")
    assert median[2][h] > median[2][l] > median[2][ll] and np.argmin(median[2]) == hed  # the metal
    assert np.argmin(median[0]) == cm and np.argmax(median[9]) == cm and np.argmax(median[10]) == cm  # water
    assert np.argmax(median[11]) == ure and np.argmax(median[8]) == cv  # carbon, large chondrules
    achondrite = np.isin(y, (hed, ure))
    assert np.all(x[achondrite, 12] == 0) and np.all(x[achondrite, 8] == 0) and np.all(x[~achondrite, 12] >= 2)
    probed, oxygen = x[:, 5] == 1, x[:, 7] == 1
    assert 0.3 < probed.mean() < 0.5 and np.all(x[~probed, 3:5] == 0) and np.all(x[~oxygen, 6] == 0)
    equilibrated = probed & (x[:, 12] >= 4)
    fa = [np.median(x[equilibrated & (y == g), 3]) for g in (h, l, ll)]
    fs = [np.median(x[equilibrated & (y == g), 4]) for g in (h, l, ll)]
    assert np.all(np.diff(fa) > 3) and np.all(np.diff(fs) > 2)  # iron in the silicates: H < L < LL
    assert np.mean(x[probed & (y == hed), 3] == 0) > 0.7  # most HED stones hold no olivine
    assert np.all(x[oxygen & np.isin(y, (cm, co, cv)), 6] < 0) and np.median(x[oxygen & (y == e), 6]) < 0.3
    find = x[:, 15] == 1
    assert 0.55 < find.mean() < 0.75 and np.all(x[~find, 13] == 0)
    fresh, rusty = (y == h) & (x[:, 13] == 0), (y == h) & (x[:, 13] >= 3)
    assert np.median(x[fresh, 2]) > np.median(x[rusty, 2]) + 0.4  # weathering rusts the metal away
    assert np.argmax([np.median(x[y == g, 14]) for g in range(9)]) == group["L chondrite"]  # the old shock
    true, pred, wrong = _neighbour_errors("meteorites9")
    assert len(true) > 300 and between(true, pred, METEORITE_NEIGHBOURS) > 0.83
    ordinary = np.isin(true, (h, l, ll, e)) & np.isin(pred, (h, l, ll, e))
    assert np.mean(ordinary) > 0.75  # the ordinary and enstatite chondrites meet most
    assert wrong[~probed].mean() > 1.3 * wrong[probed].mean()
    oc = np.isin(y, (h, l, ll))
    assert wrong[oc & (x[:, 13] >= 3)].mean() > 1.25 * wrong[oc & (x[:, 13] == 0)].mean()
    rates = _rates("meteorites9")
    assert rates[[cm, hed, ure]].max() < 0.03 and np.argmax(rates) == e and rates[ll] > rates[l] > rates[h]


def test_wingbeats7_recordings_follow_the_insect_and_octave_errors_err():
    x, y = _data("wingbeats7")
    insect = {k: i for i, k in enumerate(INSECTS)}
    aeg, alb, quinq, tars, gam, arab, fly = range(7)
    median = _medians("wingbeats7")
    order = [alb, aeg, gam, arab, quinq, tars, fly]
    assert np.all(np.diff(median[0][order]) < 0)  # wingbeat frequency
    assert np.argmax(median[1]) == fly and np.argmax(median[2]) == fly  # strong harmonics
    assert np.argmin(median[3]) == fly and np.argmin(median[4]) == fly  # small and pale
    day = (x[:, 7] >= 7) & (x[:, 7] < 19)
    by_day = [np.mean(day[y == k]) for k in range(7)]
    assert min(by_day[aeg], by_day[alb], by_day[fly]) > 0.6 > 0.3 > max(by_day[quinq], by_day[tars], by_day[gam],
                                                                        by_day[arab])
    assert median[9][gam] > median[9][arab]  # arabiensis: drier sites
    warm, cool = x[:, 8] > 27, x[:, 8] < 21
    for k in (aeg, quinq):  # faster in the warmth
        assert np.median(x[(y == k) & warm, 0]) > 1.05 * np.median(x[(y == k) & cool, 0])
    octave = (y == fly) & (x[:, 0] > 350)  # a faint fruit fly's second harmonic read as its fundamental
    assert 0.04 < np.mean(x[y == fly, 0] > 350) < 0.15 and np.median(x[octave, 5]) < np.median(x[y == fly, 5])
    true, pred, wrong = _neighbour_errors("wingbeats7")
    assert len(true) > 600 and between(true, pred, INSECT_NEIGHBOURS) > 0.85
    assert np.mean(np.isin(true, (aeg, alb)) & np.isin(pred, (aeg, alb))) > 0.2  # the two Aedes meet most
    assert wrong[octave].mean() > 0.7 > 0.1 > wrong[(y == fly) & ~octave].mean()
    assert wrong[~day].mean() > 1.15 * wrong[day].mean()
    rates = _rates("wingbeats7")
    assert np.argmax(rates) == insect["Anopheles arabiensis"] and np.argmin(rates) == insect["fruit fly"]
