"""Round 17's held-out noisy-label sets (``benchmarks/data_quality_round17.py``): deterministic, in their
documented shapes, loaded by the benchmark, new names held out, and each set's documented structure: the
class medians follow the field, the documented mechanisms show in the columns, and a scaled 10-neighbour
baseline errs between the documented neighbouring classes (between adjacent grades in the ordered sets)."""

from __future__ import annotations

import numpy as np
import pytest
from benchmarks.data_quality_round17 import (AETIOLOGIES, AETIOLOGY_SHARES, API_GROUPS, CATEGORIES,
                                             CATEGORY_NEIGHBOURS, DISTRESS_WEIGHTS, DISTRESSES, GENERATORS, GRAINS,
                                             NEIGHBOURS, ORDERED, PCI_BOUNDS, PCI_CLASSES, PCI_NEIGHBOURS, PROFILES,
                                             ROUND17, ROUND17_GENERATORS, SHAPES, SHORT_CORE, STAGE_NEIGHBOURS,
                                             STAGES, TAXA, TAXON_NEIGHBOURS)
from tests.heldout_sets import (between, check_classes, check_neighbour_map, check_round_held_out, check_set,
                                quarter_errors, round_data)

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "fibrosis5": [
        5.099999904632568, 10.0, 221.0, 76.0, 106.0, 219.0, 44.099998474121094, 8.0, 1.0199999809265137, 24.0,
        19.0, 9.800000190734863, 49.0, 26.0, 0.0, 23.0, 1.0, 0.0, 0.0, 0.0],
    "pave7": [
        1.340000033378601, 3.5, 0.3400000035762787, 2.0, 0.07000000029802322, 0.009999999776482582,
        0.6299999952316284, 0.0, 5.0, 2.7100000381469727, 4.0, 1.0, 421.0],
    "malware8": [
        17.1200008392334, 3.0, 7.730000019073486, 7.0, 3.0, 0.0, 0.0, 1.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0,
        5.019999980926514, 0.03099999949336052, 0.03099999949336052, 0.0, 0.0, 0.0, 1.0],
    "pollen9": [
        26.260000228881836, 1.065999984741211, 0.9240000247955322, 0.9240000247955322, 0.9509999752044678,
        1.156000018119812, 0.609000027179718, 2.134000062942505, 0.12150000035762787, 0.30559998750686646,
        0.28999999165534973, 0.17669999599456787, 0.10620000213384628, 2.0, 70.0],
}


#: each set's (x, y), baseline errors, column medians and class error rates, computed once
_data, _neighbour_errors, _medians, _rates = round_data(GENERATORS)


def test_round17_names_are_new_and_held_out():
    assert ROUND17 == ("fibrosis5", "pave7", "malware8", "pollen9")
    check_round_held_out(17, ROUND17, "storm6", GENERATORS, ROUND17_GENERATORS)


def test_round17_covers_5_to_9_classes_with_imbalance():
    check_classes(ROUND17, SHAPES, (5, 7, 8, 9), min_rows=120)


@pytest.mark.parametrize("name", ROUND17)
def test_round17_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


@pytest.mark.parametrize("name", ROUND17)
def test_round17_neighbours_are_symmetric_and_ordered_sets_meet_their_adjacent_grades(name):
    check_neighbour_map(NEIGHBOURS[name], len(SHAPES[name][2]), name in ORDERED)


def test_round17_two_sets_ordered_two_unordered_and_tables_are_consistent():
    assert ORDERED == ("fibrosis5", "pave7") and set(NEIGHBOURS) == set(ROUND17)
    assert NEIGHBOURS["malware8"] is CATEGORY_NEIGHBOURS and NEIGHBOURS["pollen9"] is TAXON_NEIGHBOURS
    assert NEIGHBOURS["fibrosis5"] is STAGE_NEIGHBOURS and NEIGHBOURS["pave7"] is PCI_NEIGHBOURS
    assert len(STAGES) == 5 and len(AETIOLOGIES) == len(AETIOLOGY_SHARES) and np.isclose(sum(AETIOLOGY_SHARES), 1)
    assert len(PCI_BOUNDS) == len(PCI_CLASSES) + 1 and np.all(np.diff(PCI_BOUNDS) < 0) and PCI_BOUNDS[-1] == 0
    assert len(DISTRESS_WEIGHTS) == len(DISTRESSES)
    assert PROFILES.shape == (len(CATEGORIES), 1 + len(API_GROUPS) + 9)
    assert ((PROFILES[:, -6:] >= 0) & (PROFILES[:, -6:] <= 1)).all()  # shares and probabilities
    assert GRAINS.shape == (len(TAXA), 12) and np.allclose(GRAINS[:, 6:11].sum(1), 1)


def test_fibrosis5_markers_follow_the_stage_short_cores_read_higher_and_errors_meet_adjacent_stages():
    x, y = _data("fibrosis5")
    median = _medians("fibrosis5")
    for column in (0, 3, 7, 8, 9, 10, 11, 12):  # stiffness, AST, bilirubin, INR, GGT, hyaluronic acid, spleen, age
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[5]) <= 0) and median[5][-1] < 0.6 * median[5][0]  # platelets
    assert np.all(np.diff(median[6]) < 0) and median[7][-1] > 1.5 * median[7][-2]  # albumin; cirrhosis' bilirubin
    assert median[0][0] < 7 < 15 < median[0][-1]  # kPa: F0 soft, F4 stiff
    short = x[:, 15] < SHORT_CORE  # a short core under-stages: the markers read its patients higher
    assert 0.15 < short.mean() < 0.35
    for stage in (1, 2, 3):
        at = y == stage
        assert np.median(x[at & short, 0]) > 1.05 * np.median(x[at & ~short, 0])
    obese = quarter_errors(x[:, 13], x[:, 1])  # not error rates here: the IQR / median of the BMI's quarters
    assert obese[1] > 1.15 * obese[0]
    assert ((x[:, 16:].sum(1) == 1) & (x[:, 16:].min(1) == 0)).all()  # one-hot aetiology
    true, pred, wrong = _neighbour_errors("fibrosis5")
    assert len(true) > 600 and between(true, pred, STAGE_NEIGHBOURS) > 0.93
    assert np.mean(np.abs(true - pred) > 2) < 0.01
    assert np.argmin(_rates("fibrosis5")) == STAGES.index("F4")  # cirrhosis: the markers agree


def test_pave7_distresses_follow_the_damage_compete_for_it_and_errors_meet_adjacent_classes():
    x, y = _data("pave7")
    median = _medians("pave7")
    for column in (0, 1, 2, 3, 4, 5, 6):  # IRI, ruts, alligator, cracking, patching, potholes, macrotexture
        assert np.all(np.diff(median[column]) > 0)
    assert np.all(np.diff(median[8]) >= 0) and median[8][-1] > 4 * median[8][0]  # age
    for c in range(3, 7):  # a section's damage is shared: the more of one distress, the less of another
        at = y == c
        assert np.corrcoef(x[at, 2], x[at, 1])[0, 1] < -0.05 and np.corrcoef(x[at, 2], x[at, 3])[0, 1] < -0.1
    true, pred, wrong = _neighbour_errors("pave7")
    assert len(true) > 500 and between(true, pred, PCI_NEIGHBOURS) > 0.9
    assert np.mean(np.abs(true - pred) > 2) < 0.01
    rates = _rates("pave7")
    assert np.argmin(rates) == PCI_CLASSES.index("good") and rates[0] < 0.15 and rates[-3:].min() > 0.5
    young, old = quarter_errors(x[:, 8], wrong)  # old sections: the poorer classes, which err more
    assert old > 2 * young


def test_malware8_static_features_follow_the_category_and_packing_hides_it():
    x, y = _data("malware8")
    cat = {c: i for i, c in enumerate(CATEGORIES)}
    api = {g: 5 + i for i, g in enumerate(API_GROUPS)}
    mean = {column: np.array([x[y == c, column].mean() for c in range(len(CATEGORIES))])
            for column in range(x.shape[1])}
    assert np.argmax(mean[api["crypto"]]) == cat["ransomware"]
    assert np.argmax(mean[api["file enumeration"]]) == cat["ransomware"]
    assert np.argmax(mean[api["injection"]]) == cat["banking trojan"]
    assert np.argmax(mean[api["hooks and input"]]) == cat["remote access trojan"]
    assert np.argmax(mean[api["registry"]]) == cat["adware"] and np.argmax(mean[12]) == cat["adware"]  # URLs
    assert np.argmax(mean[0]) == cat["coinminer"] and np.argmin(mean[0]) == cat["downloader"]  # file size
    assert np.argmax(mean[15]) == cat["dropper"] and np.argmax(mean[18]) == cat["adware"]  # resources; signed
    assert np.argmin(mean[20]) == cat["coinminer"]  # console programs
    assert set(np.argsort(mean[17])[-2:]) == {cat["infostealer"], cat["remote access trojan"]}  # .NET
    found = x[:, 19] == 1  # a detected packer: high entropy, few imports
    assert 0.1 < found.mean() < 0.25 and (x[found, 2] >= 7.5).all() and np.median(x[found, 3]) < 10
    true, pred, wrong = _neighbour_errors("malware8")
    assert len(true) > 400 and between(true, pred, CATEGORY_NEIGHBOURS) > 0.9
    payload = (cat["ransomware"], cat["infostealer"], cat["banking trojan"], cat["remote access trojan"])
    assert np.mean(np.isin(true, payload) & np.isin(pred, payload)) > 0.75
    assert wrong[found].mean() > 1.5 * wrong[~found].mean()
    few, many = quarter_errors(x[:, 3], wrong)  # imports hidden by a packer
    assert few > 2 * many
    rates = _rates("malware8")
    assert np.argmax(rates) == cat["banking trojan"] and np.argmin(rates) == cat["downloader"]


def test_pollen9_grains_follow_the_taxon_and_the_birch_family_and_blurred_holograms_err_most():
    x, y = _data("pollen9")
    taxon = {t: i for i, t in enumerate(TAXA)}
    median = _medians("pollen9")
    assert np.argmax(median[0]) == taxon["Pinus"] and np.argmin(median[0]) == taxon["Urtica"]  # diameter
    assert np.argmin(median[4]) == taxon["Pinus"] and np.argmax(median[4]) == taxon["Poaceae"]  # solidity
    assert np.argmax(median[7]) == taxon["Poaceae"] and np.argmax(median[13]) == taxon["Poaceae"]  # fluorescence
    assert np.allclose(x[:, 8:13].sum(1), 1, atol=1e-3) and ((x[:, 6] >= 0) & (x[:, 6] <= 1)).all()
    true, pred, wrong = _neighbour_errors("pollen9")
    assert len(true) > 300 and between(true, pred, TAXON_NEIGHBOURS) > 0.95
    birch = [taxon[t] for t in ("Corylus", "Alnus", "Betula", "Carpinus")]
    assert np.mean(np.isin(true, birch) & np.isin(pred, birch)) > 0.6
    rates = _rates("pollen9")
    assert set(np.argsort(rates)[-2:]) == {taxon["Corylus"], taxon["Alnus"]}
    assert max(rates[taxon["Pinus"]], rates[taxon["Poaceae"]]) < 0.01
    blurred, sharp = quarter_errors(x[:, 6], wrong)  # the focus score
    assert blurred > 1.4 * sharp
