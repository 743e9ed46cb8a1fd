"""Round 18's held-out noisy-label sets (``benchmarks/data_quality_round18.py``): deterministic, in their
documented shapes, loaded by the benchmark, new names held out, and each set's documented structure: the
class medians follow the field, the documented mechanisms show in the columns, and a scaled 10-neighbour
baseline errs between the documented neighbouring classes (between adjacent grades in the ordered sets)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_actions import split
from benchmarks.data_quality_round18 import (CLIMATE_SHARES, CLIMATES, DANGER_LEVELS, DANGER_NEIGHBOURS,
                                             DEFECT_NEIGHBOURS, DEFECT_PROFILES, DEFECTS, FACIES, FACIES_NEIGHBOURS,
                                             GENERATORS, LOGS, NEIGHBOURS, ORDERED, ORIGIN_SHARES, ORIGINS, PROBLEMS,
                                             RIPENESS_NEIGHBOURS, RIPENESS_STAGES, ROUND18, ROUND18_GENERATORS,
                                             SHAPES)
from tests.heldout_sets import (between, check_classes, check_neighbour_map, check_round_held_out, check_set,
                                round_data)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "avalanche5": [
        1.0, 2.0, 9.300000190734863, -6.199999809265137, 0.0, 231.0, 3.0, 1.0, 1.0, 0.0, 0.0, 3.0899999141693115,
        3.5, 0.0, 3.0, 1.0, 0.0, 0.0],
    "banana7": [
        116.69999694824219, 29.5, 51.400001525878906, 0.0, 26.0, 1.2999999523162842, 0.0, 15.399999618530273,
        0.33000001311302185, 23.399999618530273, 3.619999885559082, 1.0, 0.0, 1.0, 0.0, 0.0],
    "defects8": [
        1.100000023841858, 0.8460000157356262, 18.0, -31.0, 12.0, 12.100000381469727, 0.0, 9.0, 296.0, 0.0, 441.0,
        3.180000066757202, 1.0],
    "facies9": [
        48.20000076293945, 0.7519999742507935, 7.800000190734863, 13.899999618530273, 2.690000057220459,
        2.4260001182556152, 7.880000114440918, 0.0, 0.2370000034570694, 2990.10009765625, 1.0],
}


#: each set's (x, y), baseline errors, column medians and class error rates, computed once
_data, _neighbour_errors, _medians, _rates = round_data(GENERATORS)


def test_round18_names_are_new_and_held_out():
    assert ROUND18 == ("avalanche5", "banana7", "defects8", "facies9")
    check_round_held_out(18, ROUND18, "fibrosis5", GENERATORS, ROUND18_GENERATORS)
    assert split("facies9") == "held-out, round 18"


def test_round18_covers_5_to_9_classes_with_imbalance():
    check_classes(ROUND18, SHAPES, (5, 7, 8, 9), min_rows=120)


@pytest.mark.parametrize("name", ROUND18)
def test_round18_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("name", ROUND18)
def test_round18_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbour_map(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round18_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("avalanche5", "banana7") and set(NEIGHBOURS) == set(ROUND18)
    assert NEIGHBOURS["avalanche5"] is DANGER_NEIGHBOURS and NEIGHBOURS["banana7"] is RIPENESS_NEIGHBOURS
    assert NEIGHBOURS["defects8"] is DEFECT_NEIGHBOURS and NEIGHBOURS["facies9"] is FACIES_NEIGHBOURS
    assert len(DANGER_LEVELS) == 5 and len(RIPENESS_STAGES) == 7 and len(PROBLEMS) == 4
    assert len(CLIMATES) == len(CLIMATE_SHARES) and np.isclose(sum(CLIMATE_SHARES), 1)
    assert len(ORIGINS) == len(ORIGIN_SHARES) and np.isclose(sum(ORIGIN_SHARES), 1)
    assert DEFECT_PROFILES.shape == (len(DEFECTS), 12)
    assert ((DEFECT_PROFILES[:, [9, 11]] >= 0) & (DEFECT_PROFILES[:, [9, 11]] <= 1)).all()  # probabilities
    assert LOGS.shape == (len(FACIES), 13) and ((LOGS[:, 11] >= 0) & (LOGS[:, 11] <= 1)).all()


def test_avalanche5_observations_follow_the_hazard_and_weak_layers_weekends_and_storms_show():
    x, y = _data("avalanche5")
    median = _medians("avalanche5")
    for column in (0, 1, 2):  # new snow in 24 h and 72 h, ridge wind
        assert np.all(np.diff(median[column]) > 0)
    for column in (7, 9, 10):  # propagating tests, whumpfs, natural avalanches
        assert np.all(np.diff(median[column]) >= 0) and median[column][-1] > median[column][0]
    assert np.all(np.diff(median[11]) < 0) and np.all(np.diff(median[12]) < 0)  # stability index, sunshine
    assert median[1][-1] > 4 * median[1][0]  # very high: storms
    climate = x[:, 15:].argmax(1)
    assert ((x[:, 15:].sum(1) == 1) & (x[:, 15:].min(1) == 0)).all()  # one-hot snow climate
    weak = x[:, 8] == 1  # found more in the continental snowpack
    assert weak[climate == 2].mean() > 2 * max(weak[climate == 0].mean(), weak[climate == 1].mean())
    for level in range(5):  # a hidden weak layer: the snowpack model's stability scatters more
        at = y == level
        assert x[at & weak, 11].std() > 1.6 * x[at & ~weak, 11].std()
    weekend = x[:, 13] == 1  # more people out: more avalanches reported
    assert 0.2 < weekend.mean() < 0.35
    for level in range(1, 5):
        at = y == level
        assert x[at & weekend, 10].mean() > 1.5 * x[at & ~weekend, 10].mean()
    assert np.corrcoef(x[:, 0], x[:, 12])[0, 1] < -0.3  # storm days: no sun
    true, pred, wrong = _neighbour_errors("avalanche5")
    assert len(true) > 700 and between(true, pred, DANGER_NEIGHBOURS) > 0.93
    assert not np.any(np.abs(true - pred) > 2)  # never more than two grades away
    assert wrong[weak].mean() > 1.1 * wrong[~weak].mean()
    rates = _rates("avalanche5")
    assert rates[DANGER_LEVELS.index("high")] > 0.7
    assert np.argmin(rates) == DANGER_LEVELS.index("moderate") and np.argmax(rates) == DANGER_LEVELS.index("high")


def test_banana7_peel_pulp_and_room_follow_the_stage_and_line_b_and_chilled_hands_show():
    x, y = _data("banana7")
    median = _medians("banana7")
    assert np.all(np.diff(median[0]) < 0) and median[0][0] > 110 > 90 > median[0][-1]  # hue: green to yellow
    assert np.all(np.diff(median[4]) < 0) and np.all(np.diff(median[5]) > 0)  # firmness, soluble solids
    assert np.all(np.diff(median[6]) > 0)  # days since gassing
    assert np.all(np.diff(median[2][:-1]) > 0) and median[2][-1] < median[2][-2]  # lightness; brown flecks
    assert median[3][-1] > 1 and (median[3][:-1] == 0).all()  # brown spots: the last stage
    assert np.argmax(median[8]) in (3, 4)  # the climacteric
    line_b, alarm = x[:, 11] == 1, x[:, 12] == 1
    assert 0.08 < alarm.mean() < 0.2
    for stage in range(7):
        at = y == stage
        assert 1.5 < np.median(x[at & line_b, 0]) - np.median(x[at & ~line_b, 0]) < 4.5  # a warmer hue
        assert np.median(x[at & alarm, 1]) < 0.85 * np.median(x[at & ~alarm, 1])  # chilled: dull
    for stage in range(2, 7):  # warmer rooms ripen faster
        at = y == stage
        assert np.corrcoef(x[at, 7], x[at, 6])[0, 1] < -0.3
    assert ((x[:, 13:].sum(1) == 1) & (x[:, 13:].min(1) == 0)).all()  # one-hot growing country
    assert np.ptp(median[9]) < 1  # finger length: weakly informative
    true, pred, wrong = _neighbour_errors("banana7")
    assert len(true) > 500 and between(true, pred, RIPENESS_NEIGHBOURS) > 0.95
    assert not np.any(np.abs(true - pred) > 2)  # never more than two grades away
    assert wrong[alarm].mean() > 1.4 * wrong[~alarm].mean()
    rates = _rates("banana7")
    assert np.argmin(rates) in (2, 3) and rates[2:4].max() < 0.25 < rates[[0, 4, 6]].min()


def test_defects8_images_follow_the_defect_and_the_bottom_side_errs_more():
    x, y = _data("defects8")
    defect = {d: i for i, d in enumerate(DEFECTS)}
    median = _medians("defects8")
    assert np.argmax(median[0]) == defect["scratch"] and np.argmin(median[0]) == defect["scale pits"]  # length
    assert np.argmin(median[1]) == defect["scratch"] and np.argmax(median[1]) == defect["oil stain"]  # width
    assert np.argmax(median[2]) == defect["edge crack"] and median[2][defect["edge crack"]] > 70  # across
    assert max(median[2][defect[d]] for d in ("scratch", "sliver", "inclusion")) < 10  # along the strip
    assert np.argmax(median[3]) in (defect["scratch"], defect["roll mark"]) and median[3][defect["scratch"]] > 0
    assert np.argmin(median[4]) == defect["oil stain"] and np.argmin(median[5]) == defect["oil stain"]  # flat
    assert np.argmax(median[6]) == defect["roll mark"] and np.argmax(median[7]) == defect["scale pits"]
    assert np.argmin(median[8]) == defect["edge crack"] and median[8][defect["edge crack"]] < 20
    strong = np.isin(y, [defect[d] for d in ("rolled-in scale", "scale pits", "edge crack")])
    assert x[strong, 12].mean() > 1.5 * x[~strong, 12].mean()  # high-strength grades
    bottom = x[:, 9] == 1  # water and spray: fainter, noisier images
    assert np.median(np.abs(x[bottom, 3])) < 0.75 * np.median(np.abs(x[~bottom, 3]))
    true, pred, wrong = _neighbour_errors("defects8")
    assert len(true) > 400 and between(true, pred, DEFECT_NEIGHBOURS) > 0.88
    spots = [defect[d] for d in ("rolled-in scale", "inclusion", "scale pits", "roll mark", "oil stain")]
    assert np.mean(np.isin(true, spots) & np.isin(pred, spots)) > 0.58
    assert wrong[bottom].mean() > 1.3 * wrong[~bottom].mean()
    rates = _rates("defects8")
    assert set(np.argsort(rates)[-2:]) == {defect["sliver"], defect["scale pits"]}
    assert np.argmin(rates) == defect["edge crack"]


def test_facies9_logs_follow_the_facies_and_washouts_and_old_tools_err_more():
    x, y = _data("facies9")
    facies = {f: i for i, f in enumerate(FACIES)}
    median = _medians("facies9")
    assert np.argmax(median[0]) == facies["marine siltstone and shale"]  # gamma ray
    assert np.argmin(median[0]) == facies["phylloid-algal bafflestone"] and np.argmax(median[1]) == np.argmin(median[0])
    assert median[4][3:].min() > median[4][:3].max() and median[4][:3].argmin() == 0  # PE: carbonates, quartz
    assert np.argmax(median[5]) == facies["dolomite"] and np.argmin(median[2]) == facies["dolomite"]
    assert (median[7][:3] == 0).all() and (median[7][3:] == 1).all()  # nonmarine / marine
    washout = x[:, 6] > 8.5  # the caliper over the bit: the pad tools read the mud
    assert 0.05 < washout.mean() < 0.2
    shaly = np.isin(y, [facies[f] for f in ("nonmarine fine siltstone", "marine siltstone and shale", "mudstone")])
    assert washout[shaly].mean() > 2 * washout[~shaly].mean()
    for f in range(len(FACIES)):
        at = y == f
        assert np.median(x[at & washout, 3]) > np.median(x[at & ~washout, 3]) + 2  # porosity reads high
        assert np.median(x[at & washout, 5]) < np.median(x[at & ~washout, 5]) - 0.05  # density reads low
    true, pred, wrong = _neighbour_errors("facies9")
    assert len(true) > 500 and between(true, pred, FACIES_NEIGHBOURS) > 0.91
    clastic, carbonate = (0, 1, 2), (4, 5, 6, 7, 8)
    within = {group: np.isin(true, group) & np.isin(pred, group) for group in (clastic, carbonate)}
    assert within[clastic].mean() > 0.3 and (within[clastic] | within[carbonate]).mean() > 0.8
    assert wrong[washout].mean() > 1.5 * wrong[~washout].mean()
    modern = x[:, 10] == 1  # the older wells' noisier photoelectric tool
    assert wrong[~modern].mean() > 1.4 * wrong[modern].mean()
    rates = _rates("facies9")
    assert set(np.argsort(rates)[:2]) == {facies["nonmarine coarse siltstone"], facies["dolomite"]}
    assert np.argmax(rates) == facies["mudstone"]
