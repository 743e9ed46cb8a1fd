"""Round 9's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round9.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, are named held-out, round 9, and show the structure their docstrings
claim. No benchmark MLP and no detector here (a 10-neighbour baseline at most)."""

from __future__ import annotations

import functools

import numpy as np
import pytest
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from benchmarks.data_quality_actions import HELD_OUT, ROUND4, TUNING, split
from benchmarks.data_quality_round5 import ROUND5
from benchmarks.data_quality_round6 import ROUND6
from benchmarks.data_quality_round7 import ROUND7
from benchmarks.data_quality_round8 import ROUND8
from benchmarks.data_quality_round9 import ACTIVITIES, CALL_FAMILIES, GENERATORS, ROUND9, SHAPES, TRAFFIC
from tests.heldout_sets import check_round, check_set

#: each set's first row as committed: a later edit of a generator changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "imu7": [
        0.11804566, -0.35654354, 0.91676164, -2.2265651, -1.6370074, -1.1045297, 1.0165092, -1.1150428,
        0.5834148, 1.1619904, 0.28725225, 1.856632, 0.74604684, 0.026803214, 0.010683937, 1.5625,
        -0.55536085, 0.10005822, -0.13417858, -0.36814594, 0.1280591],
    "call16": [
        0.4938084, 0.6171211, 0.71786284, 1.0586987, 1.2424533, 0.48505801, 0.39122003, 0.8939002,
        0.9601723, 0.81804192, 6.852068, 10.648291, 8.802404, 5.864596, 2.9964283, 0.9228287, 1.0566243,
        0.65362573, 0.96851385, 0.52568465, 0.54981625, 0.28462178, 1.2327286, 0.25222126, 11.112139,
        0.20197518, 0.030176694, 0.71698976, 0.15774417, 8.333333, 0.26074222, 2.3025851],
    "flow6": [
        1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.051183783, 0.99868923, 1.2994456, 3.871201,
        3.713572, 10.754169, 10.212258, 975.5167, 680.85034, -2.791708, 2.0118172, 1.0, 0.0, 1.0,
        0.50522316, 1.775384, 1.6280866, 0.023449061, 3.4132996, 0.0, 3.8966806, 0.0],
    "nir15": [
        0.5564398, 0.57432717, 0.5964531, 0.6401577, 0.70022255, 0.70624864, 0.64607614, 0.60462403,
        0.5756129, 0.57107985, 0.59166473, 0.6342629, 0.7150217, 0.8032198, 0.89630938, 0.9395980,
        0.94976175, 0.922337, 0.86729366, 0.79335201, 0.73235655, 0.66815591, 0.63855809, 0.62677991,
        0.62974465, 0.6738553, 0.7580371, 0.8326281, 0.83785385, 0.76825565, 0.67423117, 0.63614744,
        0.63230795, 0.66318911, 0.6933691, 0.72212321, 0.76106453, 0.81553501, 0.9145751, 1.0385833,
        1.1795317, 1.2914758, 1.3182861, 1.2509999, 1.137357, 1.036321, 0.96829259, 0.90173636,
        0.86817092, 0.91495186, 1.0043526, 1.1207883, 1.1728188, 1.1021968, 0.94925398, 0.77156109,
        0.66973394, 0.62551951, 0.60597897, 0.60450906],
}


@functools.cache
def _data(name):
    """One set's ``(x, y)``, generated once for the structure tests (the determinism test calls afresh)."""
    return GENERATORS[name]()


def _neighbour_errors(name):
    """The classes and 5-fold predictions of a scaled 10-nearest-neighbour baseline where it errs."""
    x, y = _data(name)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    p = cross_val_predict(make_pipeline(StandardScaler(), KNeighborsClassifier(10)), x, y, cv=folds)
    return y[p != y], p[p != y]


def test_round9_names_are_new_and_held_out():
    assert ROUND9 == ("imu7", "call16", "flow6", "nir15")
    check_round(ROUND9, TUNING + HELD_OUT + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ROUND8 + ("synthU",),
                "held-out, round 9")
    assert split("pair10") == "held-out, round 8" and split("digits") == "tuning"


def test_round9_covers_6_to_16_classes_two_many_class_sets_and_imbalance():
    per_class = {name: np.array(SHAPES[name][2]) for name in ROUND9}
    assert sorted(len(c) for c in per_class.values()) == [6, 7, 15, 16]
    assert per_class["flow6"].max() / per_class["flow6"].min() == 4  # web 1,000 / attacks 250
    assert min(c.min() for c in per_class.values()) >= 140
    assert all(2000 <= SHAPES[name][0] <= 4000 and SHAPES[name][1] <= 64 for name in ROUND9)


@pytest.mark.parametrize("name", ROUND9)
def test_round9_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


def test_imu7_posture_and_gait_show_where_the_simulation_puts_them():
    x, y = _data("imu7")
    act = {a: i for i, a in enumerate(ACTIVITIES)}
    vertical, spread, dominant, pitch = x[:, 2], x[:, 7], x[:, 15], x[:, 19]
    # gravity on the vertical axis unless lying; the trunk leans back when sitting
    assert all(vertical[y == c].mean() > 0.85 for c in range(6))
    assert np.abs(vertical[y == act["lying"]]).mean() < 0.4
    assert pitch[y == act["sitting"]].mean() < pitch[y == act["standing"]].mean() - 0.15
    # moving windows vary far more than still ones; running is the fastest and most vigorous gait
    assert max(spread[y == c].mean() for c in (4, 5, 6)) < min(spread[y == c].mean() for c in range(4)) - 1.5
    assert spread[y == act["running"]].mean() == max(spread[y == c].mean() for c in range(7))
    gait = [np.median(dominant[y == c]) for c in range(4)]
    assert np.argmax(gait) == act["running"] and np.argmin(gait) == act["upstairs"]
    # a baseline's errors stay within moving or within still activities
    true, pred = _neighbour_errors("imu7")
    assert len(true) > 100 and np.all((true <= 3) == (pred <= 3))


def test_call16_species_families_and_trills():
    x, y = _data("call16")
    family = y // len(CALL_FAMILIES)
    assert np.all(x[:, :24] >= 0)  # levels above the noise floor
    # the envelope's dominant pulsing rate: each trill species at its own rate (12, 18, 26, 36 Hz), the
    # other families at the band's low end
    rate = np.array([np.median(x[y == c, 29]) for c in range(16)])
    trills = family[::150] == CALL_FAMILIES.index("trill")
    assert np.diff(np.sort(rate[trills])).min() >= 5 and 10 < rate[trills].min() and rate[trills].max() < 40
    assert rate[~trills].max() < 11
    # siblings are confused far more than chance (3 of the 15 other species are siblings)
    true, pred = _neighbour_errors("call16")
    assert len(true) > 200 and (true // 4 == pred // 4).mean() > 0.4


def test_flow6_records_are_consistent():
    x, y = _data("flow6")
    np.testing.assert_array_equal(x[:, :3].sum(1), 1.0)  # one protocol
    np.testing.assert_array_equal(x[:, 3:8].sum(1), 1.0)  # one port group
    no_tls, no_reply = x[:, 28] == 1, x[:, 30] == 1
    assert np.all(x[no_tls, 27] == 0) and np.all(x[~no_tls, 27] > 0)  # missing TLS time filled with 0
    assert np.array_equal(no_reply, x[:, 15] == 0) and np.all(x[no_reply, 29] == 0)  # no backward bytes: no reply
    assert 0.1 < no_tls.mean() < 0.9 and 0.05 < no_reply.mean() < 0.5
    tcp = x[:, 0] == 1
    assert np.all(x[~tcp, 20:24] == 0)  # flags and push share only on TCP
    ports = [np.median(x[y == c, 24]) for c in range(6)]
    assert np.argmax(ports) == TRAFFIC.index("scan")
    true, pred = _neighbour_errors("flow6")  # user traffic is taken for user traffic, attacks for attacks
    assert ((true >= 4) == (pred >= 4)).mean() > 0.8


def test_nir15_spectra_are_smooth_and_varieties_of_one_crop_are_the_confusion():
    x, y = _data("nir15")
    assert x.min() > 0
    corr = np.corrcoef(x.T)
    assert np.diag(corr, 1).min() > 0.85  # neighbouring wavelengths move together
    assert np.median(corr) > 0.5  # scatter and baseline move the whole spectrum
    true, pred = _neighbour_errors("nir15")
    assert len(true) > 300 and (true // 3 == pred // 3).mean() > 0.7  # chance: 2 of 14
