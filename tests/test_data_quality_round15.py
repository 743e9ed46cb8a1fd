"""Round 15's held-out noisy-label sets (``benchmarks/data_quality_round15.py``): deterministic, in their
documented shapes, loaded by the benchmark, new names held out, and each set's documented structure: the
class medians follow the field, the detection and reporting limits hold, and a scaled 10-neighbour baseline
errs between the documented neighbouring classes."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round15 import (COVERAGE_CAP, DMS_LIMIT, EXUDATE_LIMIT, FUEL_NEIGHBOURS, FUELS,
                                             GENERATORS, GRADE_NEIGHBOURS, GRADES, HEM_CAP, MA_CAP, PHENOL_LIMIT,
                                             RATING_NEIGHBOURS, RATINGS, ROUND15, SECTORS, SHAPES, SRM_MAX,
                                             STYLE_NEIGHBOURS, STYLES)
from tests.heldout_sets import (between, check_classes, check_neighbours_symmetric, check_round_held_out, check_set,
                                quarter_errors, round_data)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "retina5": [
        5.0, 0.0, -2.0, 0.0, 1.0, 0.0, 0.1318470686674118, 0.0, 0.12249547243118286, 5.525562286376953,
        9.136778831481934, 130.22499084472656, 100.52287292480469, 51.0, 0.0],
    "credit7": [
        3.5255162715911865, 0.8552509546279907, 28.266891479492188, 0.14721578359603882, 0.11028668284416199,
        0.21196801960468292, 0.7177438139915466, 35.56731033325195, 1.8456019163131714, 80.0, 0.0],
    "beer10": [
        1041.889404296875, 1008.151123046875, 4.498808860778809, 6.549156188964844, 3.617861747741699,
        4.432744026184082, 2.460618019104004, 0.9536260366439819, 50.0, 74.1252670288086, 0.6293337345123291,
        14.0, 0.0],
    "fuel6": [
        0.018067723140120506, 5.799006462097168, 0.0, 0.2386019229888916, 0.10427157580852509, 0.7571176290512085,
        0.3671448826789856, 0.20693860948085785, 800.3749389648438, 7.918549060821533, -0.987479567527771, 14.0,
        211.0],
}


#: each set's (x, y), baseline errors, column medians and class error rates, computed once
_data, _neighbour_errors, _medians, _rates = round_data(GENERATORS)


def test_round15_names_are_new_and_held_out():
    assert ROUND15 == ("retina5", "credit7", "beer10", "fuel6")
    check_round_held_out(15, ROUND15, "wear5", GENERATORS)


def test_round15_covers_5_to_10_classes_with_imbalance():
    check_classes(ROUND15, SHAPES, (5, 6, 7, 10), min_rows=150)


@pytest.mark.parametrize("name", ROUND15)
def test_round15_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("neighbours", [GRADE_NEIGHBOURS, RATING_NEIGHBOURS, STYLE_NEIGHBOURS, FUEL_NEIGHBOURS])
def test_round15_neighbours_are_symmetric(neighbours):
    check_neighbours_symmetric(neighbours)


def test_retina5_lesions_grow_with_the_grade_and_poor_images_err_more():
    x, y = _data("retina5")
    median = _medians("retina5")
    for column in (0, 9, 10):  # microaneurysms, diabetes duration, HbA1c
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[1]) >= 0) and median[1][0] == 0 < median[1][2]  # haemorrhages from moderate
    assert np.argmax(median[6]) == GRADES.index("proliferative")  # new vessels
    limit = np.float32(np.log10(EXUDATE_LIMIT))
    assert (x[:, 2] == limit).mean() > 0.3 and (x[:, 2] >= limit).all()  # exudates below the limit
    assert (x[:, 0] <= MA_CAP).all() and (x[:, 0] == MA_CAP).any() and (x[:, 1] <= HEM_CAP).all()
    true, pred, wrong = _neighbour_errors("retina5")
    assert len(true) > 400 and between(true, pred, GRADE_NEIGHBOURS) > 0.9
    poor, good = quarter_errors(x[:, 8], wrong)  # image quality
    assert poor > 1.3 * good


def test_credit7_ratios_follow_the_rating_and_small_issuers_err_more():
    x, y = _data("credit7")
    median = _medians("credit7")
    for column, sign in ((0, -1), (1, 1), (2, -1), (4, -1), (5, 1), (7, 1)):  # size, leverage, coverage, ROA ..
        assert np.all(sign * np.diff(median[column]) > 0)
    utility = x[:, 10] == SECTORS.index("utilities")
    for grade in range(len(RATINGS)):  # utilities carry more debt at every grade
        here = y == grade
        assert np.median(x[here & utility, 1]) > 1.3 * np.median(x[here & ~utility, 1])
    cap = np.float32(COVERAGE_CAP)
    assert (x[:, 2] <= cap).all() and 0.01 < (x[:, 2] == cap).mean() and (y[x[:, 2] == cap] <= 2).all()
    true, pred, wrong = _neighbour_errors("credit7")
    assert len(true) > 500 and between(true, pred, RATING_NEIGHBOURS) > 0.95
    small, large = quarter_errors(x[:, 0], wrong)  # log revenue
    assert small > 1.2 * large


def test_beer10_measurements_follow_the_style_and_errs_between_neighbouring_styles():
    x, y = _data("beer10")
    style = {s: i for i, s in enumerate(STYLES)}
    median = _medians("beer10")
    assert np.argmax(median[0]) == style["tripel"] and np.argmax(median[3]) == style["double IPA"]  # OG; IBU
    assert np.argmax(median[4]) == style["dry stout"] and np.argmin(median[6]) == style["dry stout"]  # SRM; CO2
    assert np.argmax(median[8]) == style["weissbier"] and np.argmax(median[10]) == style["weissbier"]  # 4-VG; haze
    assert np.argmax(median[9]) in (style["light lager"], style["pilsner"], style["helles"])  # DMS
    dark = np.isin(y, (style["dry stout"], style["porter"]))
    assert (x[:, 4] <= np.float32(SRM_MAX)).all() and (x[dark, 4] == np.float32(SRM_MAX)).mean() > 0.1
    assert not (x[~dark, 4] == np.float32(SRM_MAX)).any()
    own_yeast = np.isin(y, (style["weissbier"], style["tripel"]))
    assert (x[:, 8] >= np.float32(PHENOL_LIMIT)).all() and (x[:, 9] >= np.float32(DMS_LIMIT)).all()
    assert all((x[y == c, 8] == np.float32(PHENOL_LIMIT)).mean() > 0.7 for c in np.unique(y[~own_yeast]))
    true, pred, wrong = _neighbour_errors("beer10")
    assert len(true) > 200 and between(true, pred, STYLE_NEIGHBOURS) > 0.9
    rates = _rates("beer10")  # the styles with their own yeast err least, helles between two lagers most
    assert max(rates[style["weissbier"]], rates[style["tripel"]]) < 0.03 and np.argmax(rates) == style["helles"]


def test_fuel6_follows_the_vegetation_and_the_canopy_hides_the_understory():
    x, y = _data("fuel6")
    fuel = {f: i for i, f in enumerate(FUELS)}
    median = _medians("fuel6")
    assert np.argmax(median[0]) == fuel["timber litter"] and np.argmax(median[3]) == fuel["shrub"]  # cover; under
    assert np.argmax(median[4]) == fuel["slash-blowdown"] and np.argmax(median[7]) == fuel["slash-blowdown"]
    assert np.argmax(median[5]) == fuel["grass"] and np.argmin(median[3]) == fuel["timber litter"]  # ground
    true, pred, wrong = _neighbour_errors("fuel6")
    assert len(true) > 300 and between(true, pred, FUEL_NEIGHBOURS) > 0.95
    p = np.where(wrong, 0, y)
    p[wrong] = pred
    timber = np.isin(y, (fuel["timber-understory"], fuel["timber litter"]))
    swapped = timber & np.isin(p, (fuel["timber-understory"], fuel["timber litter"])) & wrong
    sparse, dense = quarter_errors(x[timber, 0], swapped[timber])  # lidar canopy cover
    assert dense > 1.5 * sparse
