"""Round 8's held-out sets of the noisy-label benchmark (benchmarks/data_quality_round8.py): they load
through the benchmark's ``load`` and its ``--sets`` names, are the same arrays every time, have the
documented shapes and class counts, and are named held-out, round 8. No training and no detector here."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.data_quality_actions import HELD_OUT, ROUND4, TUNING, split
from benchmarks.data_quality_round5 import ROUND5
from benchmarks.data_quality_round6 import ROUND6
from benchmarks.data_quality_round7 import ROUND7
from benchmarks.data_quality_round8 import GENERATORS, GRAPH_FAMILIES, KMER_MOVES, ROUND8, SHAPES
from tests.heldout_sets import check_round, check_set, set_rows

#: each set's first row as committed: a later edit of a generator (or a networkx whose seeded random graphs
#: differ) changes the held-out data and fails here
FIRST_ROWS = {  # float32, as generated
    "graph6": [
        2.9957323, 2.0, 0.70710677, 3.0, 1.3788582, 0.45, -0.18644068, 0.058333334, 0.075, 0.85,
        1.1055832, 7.0, 1.5551213, 0.616932, 0.8974932, 0.05942475],
    "frag7": [
        0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0,
        0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0,
        1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    "kmer5": [
        0.114754096, 0.032786883, 0.04918033, 0.032786883, 0.032786883, 0.114754096, 0.09836066,
        0.032786883, 0.04918033, 0.08196721, 0.14754099, 0.04918033, 0.032786883, 0.032786883,
        0.032786883, 0.06557377, 0.22580644, 0.27419356, 0.32258064, 0.17741935, 4.1271343],
    "pair10": [
        0.44, 48.0, 5.0, 0.11, 0.25, 240.0, 140.0, 0.35, 3.4083986, 10.800953, 23.361355, 0.19494338,
        1.5573627, 1744.0936, 25.887293, 0.15856104, 0.16492048, 4.452747, -2.1505752, 3.0398664,
        1.3157445, -0.017558731, 1.0, 0.0, 0.0, 440.0, 0.07674936, 5.480639, 5.0, 43.390938, 0.0,
        61.76047, 0.0, 0.0, 0.0, 1.0, -2.4930837, 1.7248865, 0.9901087, -0.5116051, 0.42289197,
        1.9329302, 0.50544053, -0.33528987, 3.0, 2.0, 1.0, 4.0, 5.0, 4.0, 6.460206, 62.248413,
        49.155884, 77.25503, 47.27195, 27.232767, 0.0, 0.0, 0.0, 0.0, 0.99318343, 0.7318607, 2.4122047,
        0.65962857],
}


def test_round8_names_are_new_and_held_out():
    assert ROUND8 == ("graph6", "frag7", "kmer5", "pair10")
    check_round(ROUND8, TUNING + HELD_OUT + ROUND4 + ROUND5 + ROUND6 + ROUND7 + ("synthU",), "held-out, round 8")
    assert split("grade6") == "held-out, round 7" and split("digits") == "tuning"


def test_round8_covers_4_to_10_classes_and_one_clearly_imbalanced_set():
    per_class = {name: np.array(SHAPES[name][2]) for name in ROUND8}
    assert sorted(len(c) for c in per_class.values()) == [5, 6, 7, 10]
    assert max(c.max() / c.min() for c in per_class.values()) >= 10  # frag7: 1,100 / 100
    assert min(c.min() for c in per_class.values()) >= 100
    assert all(2000 <= SHAPES[name][0] <= 4000 and SHAPES[name][1] <= 64 for name in ROUND8)


@pytest.mark.parametrize("name", ROUND8)
def test_round8_set_is_deterministic_with_documented_shape_and_loads_through_the_benchmark(name):
    check_set(name, GENERATORS, SHAPES, FIRST_ROWS)


def test_graph6_families_differ_where_their_generators_do():
    x, y = set_rows("graph6", GENERATORS)
    family = dict(zip(GRAPH_FAMILIES, range(len(GRAPH_FAMILIES))))
    nodes, clustering, spread = np.exp(x[:, 0]), x[:, 7], x[:, 2]
    assert nodes.min() > 19.5 and nodes.max() < 56.5
    clustering = [clustering[y == c].mean() for c in range(6)]
    spread = [spread[y == c].mean() for c in range(6)]
    # points linked within a radius close the most triangles; preferential attachment spreads the degrees
    assert np.argmax(clustering) == family["geometric"]
    assert set(np.argsort(spread)[-2:]) == {family["barabasi_albert"], family["holme_kim"]}
    assert spread[family["watts_strogatz"]] == min(spread)  # a rewired ring lattice: near-equal degrees


def test_frag7_is_binary_with_class_substructures():
    x, y = GENERATORS["frag7"]()
    assert set(np.unique(x)) == {0.0, 1.0}
    assert 5 < x.sum(1).mean() < 20  # sparse: a few substructures per molecule
    # each class sets some bit far more often than the other classes do (its series' substructures)
    lift = [(x[y == c].mean(0) - x[y != c].mean(0)).max() for c in range(7)]
    assert min(lift) > 0.3


def test_kmer5_classes_differ_in_letter_order_not_content():
    x, y = GENERATORS["kmer5"]()
    np.testing.assert_allclose(x[:, :16].sum(1), 1.0, atol=1e-5)
    np.testing.assert_allclose(x[:, 16:20].sum(1), 1.0, atol=1e-5)
    letters = np.array([x[y == c, 16:20].mean(0) for c in range(5)])
    assert (letters.max(0) - letters.min(0)).max() < 0.03  # the same letter content in every class
    # the pairs of a class's preferred move are most frequent in that class
    moves = np.stack([x[:, [4 * a + KMER_MOVES[c][a] for a in range(4)]].sum(1) for c in range(5)], axis=1)
    assert np.array_equal(np.array([moves[y == c].mean(0) for c in range(5)]).argmax(0), np.arange(5))


def test_pair10_panel_has_copies_and_filled_missing_values():
    x, y = GENERATORS["pair10"]()
    primary, indicators = x[:, :8], x[:, 22:25]
    np.testing.assert_array_equal(x[:, 28], primary[:, 2])  # an exact copy
    np.testing.assert_allclose(x[:, 25], primary[:, 0] * 1000, rtol=1e-6)  # another unit
    assert set(np.unique(indicators)) == {0.0, 1.0} and np.all((0.1 < indicators.mean(0)) & (indicators.mean(0) < 0.3))
    # each indicator marks the rows of one marker that hold one filled-in value
    filled = [[k for k in range(8) if np.unique(primary[indicators[:, j] == 1, k]).size == 1] for j in range(3)]
    assert all(len(f) == 1 for f in filled) and len({f[0] for f in filled}) == 3
