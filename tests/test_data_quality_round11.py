"""Round 11's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round11.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, are named held-out, round 11, and show the structure their docstrings
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
from benchmarks.data_quality_round11 import CELLS, FORMANTS, GENERATORS, GENES, JETS, ROUND11, SHAPES, STARS, VOWELS
from tests.heldout_sets import check_classes, check_round, check_set, class_medians, quarter_errors, round_data

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "vstar7": [
        -0.3309304416179657, 0.13943977653980255, -0.4466268718242645, -1.2925180196762085, 0.7471476197242737,
        0.2630665898323059, 4.056756019592285, 0.6407086849212646, 0.5135847926139832, 13.522208213806152,
        5.379203796386719, 0.6401890516281128, 0.5101591348648071, 1.7228776216506958],
    "pbmc8": [
        1.888918399810791, 2.8812546730041504, 0.0, 2.8812546730041504, 2.8812546730041504, 1.888918399810791,
        1.888918399810791, 1.888918399810791, 1.888918399810791, 0.0, 1.888918399810791, 0.0, 1.888918399810791,
        2.5034360885620117, 0.0, 1.888918399810791, 0.0, 2.8812546730041504, 0.0, 2.8812546730041504,
        1.888918399810791, 1.888918399810791, 1.888918399810791, 1.888918399810791, 2.5034360885620117, 0.0,
        0.0, 0.0, 7.485395431518555, 19.0],
    "jet5": [
        6.2663397789001465, 28.68392562866211, 109.0760726928711, 0.20858608186244965, 0.6976653337478638,
        0.7206385135650635, 0.3004624843597412, 2.8592193126678467, 32.0, 19.0, 0.07223305106163025,
        0.29978635907173157, 0.9609419703483582, 0.3864862620830536, 0.04841677471995354, 0.15762712061405182],
    "vowel12": [
        142.25070190429688, 355.2315368652344, 359.8946228027344, 335.3858337402344, 2436.976318359375,
        2434.067138671875, 2227.308837890625, 3120.04052734375, 2954.6708984375, 3113.70947265625,
        315.8731689453125, 14.083646774291992],
}


#: each set's (x, y) and baseline errors, computed once
_data, _neighbour_errors = round_data(GENERATORS)[:2]


def test_round11_names_are_new_and_held_out():
    assert ROUND11 == ("vstar7", "pbmc8", "jet5", "vowel12")
    earlier = TUNING + HELD_OUT + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ROUND8 + ROUND9 + ROUND10 + ("synthU",)
    check_round(ROUND11, earlier, "held-out, round 11")
    assert split("ecg5") == "held-out, round 10" and split("digits") == "tuning"


def test_round11_covers_5_to_12_classes_with_imbalance():
    check_classes(ROUND11, SHAPES, (5, 7, 8, 12), min_rows=140)


@pytest.mark.parametrize("name", ROUND11)
def test_round11_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


def test_vstar7_periods_shapes_colours_and_faint_stars_are_harder():
    x, y = _data("vstar7")
    star = {s: i for i, s in enumerate(STARS)}
    period, skew, colour = class_medians(x[:, 0], y), class_medians(x[:, 2], y), class_medians(x[:, 7], y)
    assert np.argmax(period) == star["mira"] and period[star["mira"]] > 2  # log10 days
    assert np.argmin(period) == star["delta_scuti"] and period[star["cepheid"]] > 0.3
    assert period[star["rr_lyrae_c"]] < period[star["rr_lyrae_ab"]] < 0  # first overtone pulsates faster
    assert np.argmax(skew) == star["algol"] and np.argmax(colour) == star["mira"]  # eclipses; cool giants
    true, pred, wrong = _neighbour_errors("vstar7")
    contact = star["w_ursae_majoris"]
    assert len(true) > 150 and ((true == contact) | (pred == contact)).mean() > 0.5
    bright, faint = quarter_errors(x[:, 9], wrong)  # mean magnitude: larger is fainter
    assert faint > 5 * bright


def test_pbmc8_counts_are_sparse_and_errors_stay_within_a_lineage():
    x, y = _data("pbmc8")
    expression = x[:, :len(GENES)]
    assert expression.min() == 0 and (expression == 0).mean() > 0.3  # dropout
    np.testing.assert_array_equal(x[:, -1], (expression > 0).sum(1))  # genes detected
    cell = {c: i for i, c in enumerate(CELLS)}
    marker = {gene: class_medians(expression[:, GENES.index(gene)], y) for gene in GENES}
    assert marker["CD3D"][:3].min() > 2 and marker["CD3D"][3:].max() == 0  # T cells only
    assert np.argmax(marker["CCR7"][:2]) == cell["naive_cd4_t"] and np.argmax(marker["S100A4"][:2]) == 1
    assert np.argmax(marker["GNLY"]) == cell["nk"] and marker["GNLY"][cell["cd8_t"]] > 1  # shared programme
    assert np.argmax(marker["MS4A1"]) == cell["b"] and np.argmax(marker["CD14"]) == cell["cd14_monocyte"]
    assert np.argmax(marker["FCER1A"]) == cell["dendritic"]
    true, pred, wrong = _neighbour_errors("pbmc8")
    lineage = np.array([0, 0, 0, 0, 1, 2, 2, 2])  # T and NK, B, myeloid
    assert len(true) > 200 and (lineage[true] == lineage[pred]).mean() > 0.85
    assert (np.isin(true, (0, 1)) & np.isin(pred, (0, 1))).mean() > 0.5  # most: naive against memory CD4 T
    small, large = quarter_errors(x[:, len(GENES)], wrong)  # log library size
    assert small > 1.2 * large


def test_jet5_masses_prongs_and_quark_gluon_and_w_z_confusion():
    x, y = _data("jet5")
    jet = {j: i for i, j in enumerate(JETS)}
    mass = class_medians(x[:, 1], y)  # soft-drop mass, GeV
    np.testing.assert_allclose(mass[2:], (80.4, 91.2, 172.8), rtol=0.03)
    tau21, tau32 = class_medians(x[:, 4], y), class_medians(x[:, 5], y)
    assert tau21[2:].max() < 0.4 < tau21[:2].min() and np.argmin(tau32) == jet["top_quark"]
    multiplicity = class_medians(x[:, 8], y)
    assert multiplicity[jet["gluon"]] > 1.2 * multiplicity[jet["light_quark"]]  # colour factor
    assert np.argmax(class_medians(x[:, 15], y)) == jet["top_quark"]  # b-tag
    true, pred, _ = _neighbour_errors("jet5")
    pairs = (np.isin(true, (2, 3)) & np.isin(pred, (2, 3))) | (np.isin(true, (0, 1)) & np.isin(pred, (0, 1)))
    assert len(true) > 300 and pairs.mean() > 0.7


def test_vowel12_formants_glides_and_errors_between_neighbouring_vowels():
    x, y = _data("vowel12")
    vowel = {v: i for i, v in enumerate(VOWELS)}
    f1, f2, f3 = class_medians(x[:, 2], y), class_medians(x[:, 5], y), class_medians(x[:, 8], y)  # at the middle
    assert np.argmax(f2) == vowel["i"] and np.argmax(f1) == vowel["a"] and np.argmin(f1) == vowel["i"]
    assert np.sort(f3)[1] - f3[vowel["3r"]] > 500 and np.argmin(f3) == vowel["3r"]  # r-colouring
    glide = class_medians(x[:, 6] - x[:, 4], y)  # F2 from 20 % to 80 %
    assert np.argmax(glide) == vowel["e"] and glide[vowel["o"]] < -100  # the diphthongs of hayed, hoed
    true, pred, _ = _neighbour_errors("vowel12")
    distance = np.hypot(*(FORMANTS[true, k] - FORMANTS[pred, k] for k in (1, 2)))
    every = np.hypot(*(FORMANTS[:, None, k] - FORMANTS[None, :, k] for k in (1, 2)))
    near_pairs = ((every < 300).sum() - len(VOWELS)) / (len(VOWELS) * (len(VOWELS) - 1))
    assert len(true) > 300 and near_pairs < 0.3 and (distance < 300).mean() > 0.6
