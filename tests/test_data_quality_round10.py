"""Round 10's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round10.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, are named held-out, round 10, and show the structure their docstrings
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
from benchmarks.data_quality_round10 import BEATS, CONDITIONS, COVERS, GENERATORS, NEIGHBOUR, ROUND10, SEGMENTS, SHAPES
from tests.heldout_sets import check_round, check_set, class_medians, round_data

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "ecg5": [
        0.9083707928657532, 0.9794970154762268, 0.9760349988937378, 1.0115917921066284, 89.73257446289062,
        0.06456723809242249, 1.386366605758667, 0.5196362733840942, 0.088050477206707, 0.23878078162670135,
        129.4537811279297, 0.1585337221622467, -0.02513856627047062, 386.8510437011719, 391.9385986328125,
        30.0616512298584],
    "shop6": [
        4.204692840576172, 2.0606086254119873, 3.1838221549987793, 0.26880764961242676, 1.3144325017929077,
        0.06844106316566467, 0.6539924144744873, 0.07984790951013565, 0.0, 0.0019011406693607569,
        0.01901140622794628, 0.0, 0.17680607736110687, 0.4029850661754608, 0.014925372786819935,
        0.3283582031726837, 0.2238806039094925, 1.0986123085021973],
    "land8": [
        6.298985481262207, 6.621081829071045, 4.130492687225342, 6.678990840911865, 8.833340644836426,
        9.196187019348145, 10.457892417907715, 9.724169731140137, 5.628266334533691, 3.1317081451416016,
        0.4337286055088043, -0.22465112805366516, -0.3002348840236664],
    "vib6": [
        35.72288513183594, -2.2064719200134277, -2.11983585357666, -1.4937282800674438, -2.1923704147338867,
        -0.09549431502819061, -0.6421339511871338, -1.483913540840149, 0.9162925481796265,
        0.0016338360728695989, 0.16238747537136078, 0.9268532991409302, 0.7444095611572266,
        0.11004253476858139, 0.058547355234622955, 0.657882809638977, 0.07991553843021393,
        -0.46960270404815674, -0.8608783483505249, -0.8820387125015259, -0.8403111100196838,
        -0.6134569644927979, -1.7319231033325195, -1.4411417245864868, -0.8195841312408447,
        -3.137206554412842, -4.417975425720215, -3.596320629119873, -4.813825607299805, -3.6149051189422607,
        -4.2121148109436035, 1.5131018161773682, 3.9567363262176514, -3.2723424434661865],
}


#: each set's (x, y) and baseline errors, computed once
_data, _neighbour_errors = round_data(GENERATORS)[:2]


def test_round10_names_are_new_and_held_out():
    assert ROUND10 == ("ecg5", "shop6", "land8", "vib6")
    check_round(ROUND10, TUNING + HELD_OUT + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ROUND8 + ROUND9 + ("synthU",),
                "held-out, round 10")
    assert split("imu7") == "held-out, round 9" and split("digits") == "tuning"


def test_round10_covers_5_to_8_classes_with_imbalance():
    per_class = {name: np.array(SHAPES[name][2]) for name in ROUND10}
    assert sorted(len(c) for c in per_class.values()) == [5, 6, 6, 8]
    assert all(c.max() / c.min() >= 1.4 for c in per_class.values())
    assert min(c.min() for c in per_class.values()) >= 250
    assert all(2000 <= SHAPES[name][0] <= 3000 and SHAPES[name][1] <= 64 for name in ROUND10)


@pytest.mark.parametrize("name", ROUND10)
def test_round10_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


def test_ecg5_beats_show_prematurity_pauses_and_width():
    x, y = _data("ecg5")
    beat = {b: i for i, b in enumerate(BEATS)}
    early, pause = class_medians(x[:, 2], y), class_medians(x[:, 2] + x[:, 3], y)
    qrs, p_wave = class_medians(x[:, 4], y), class_medians(np.abs(x[:, 9]), y)
    # premature beats come early; a ventricular one keeps the sinus rhythm (full compensatory pause)
    assert early[beat["atrial_premature"]] < 0.9 and early[beat["ventricular_premature"]] < 0.85
    assert abs(early[beat["normal"]] - 1) < 0.03 and abs(pause[beat["ventricular_premature"]] - 2) < 0.05
    assert pause[beat["atrial_premature"]] < 1.95
    # wide complexes: ventricular beats and both blocks; no P before a ventricular beat
    assert min(qrs[2:]) > qrs[beat["normal"]] + 25 and qrs[beat["atrial_premature"]] < 100
    assert p_wave[beat["ventricular_premature"]] < 0.5 * p_wave[beat["normal"]]
    # a baseline's errors are mostly normal and atrial premature beats taken for each other
    true, pred, _ = _neighbour_errors("ecg5")
    assert len(true) > 100 and (np.isin(true, (0, 1)) & np.isin(pred, (0, 1))).mean() > 0.5


def test_shop6_shares_are_proportions_and_few_trips_are_harder():
    x, y = _data("shop6")
    np.testing.assert_allclose(x[:, 5:13].sum(1), 1.0, atol=1e-5)  # category shares of all items bought
    assert x[:, 5:17].min() >= 0 and x[:, 5:17].max() <= 1
    trips = class_medians(x[:, 0], y)
    assert np.argmin(trips) == SEGMENTS.index("occasional")
    # shares over a handful of trips are noisy: a baseline errs more on the lightest quarter of shoppers
    _, _, wrong = _neighbour_errors("shop6")
    light, heavy = x[:, 0] < np.quantile(x[:, 0], 0.25), x[:, 0] > np.quantile(x[:, 0], 0.75)
    assert wrong.mean() > 0.05 and wrong[light].mean() > 1.5 * wrong[heavy].mean()


def test_land8_indices_and_mixed_pixels_confuse_neighbours():
    x, y = _data("land8")
    ndvi, ndwi = class_medians(x[:, 10], y), class_medians(x[:, 11], y)
    assert np.argmax(ndwi) == COVERS.index("water") and ndvi[COVERS.index("water")] < 0.1
    vegetation = [COVERS.index(c) for c in ("broadleaf", "conifer", "grassland", "cropland")]
    assert ndvi[vegetation].min() > 0.5 > max(ndvi[COVERS.index("bare_soil")], ndvi[COVERS.index("built_up")])
    true, pred, _ = _neighbour_errors("land8")
    usual = np.asarray(NEIGHBOUR)
    beside = (usual[true] == pred[:, None]).any(1) | (usual[pred] == true[:, None]).any(1)
    assert len(true) > 200 and beside.mean() > 0.75  # chance: about 3 of 7


def test_vib6_fault_signatures_and_incipient_faults_near_healthy():
    x, y = _data("vib6")
    cond = {c: i for i, c in enumerate(CONDITIONS)}
    assert x[:, 0].min() >= 15 and x[:, 0].max() <= 45  # shaft speed, Hz
    assert np.argmax(class_medians(x[:, 21], y)) == cond["imbalance"]  # 1x
    assert np.argmax(class_medians(x[:, 22], y)) == cond["misalignment"]  # 2x
    assert np.argmax(class_medians(x[:, 24], y)) == cond["looseness"]  # 0.5x
    assert np.argmax(class_medians(x[:, 25], y)) == cond["outer_race"]  # envelope at BPFO
    assert np.argmax(class_medians(x[:, 27], y)) == cond["inner_race"]  # envelope at BPFI
    kurt = class_medians(x[:, 31], y)
    assert min(kurt[4:]) > max(kurt[:4]) + 0.2  # bearing impacts
    true, pred, _ = _neighbour_errors("vib6")  # most errors put a faulty machine beside healthy ones
    assert len(true) > 200 and ((true == 0) | (pred == 0)).mean() > 0.6
