"""The ceiling study's bookkeeping (``benchmarks/data_quality_ceiling.py``) on a tiny separable set, few steps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import make_blobs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import data_quality_actions as A  # noqa: E402
from benchmarks import data_quality_ceiling as C  # noqa: E402


def test_curve_counts_precision_recall_and_share_per_threshold():
    s = np.array([0.9, 0.8, 0.1, 0.05])
    flip = np.array([True, False, True, False])
    ts, p, r, share, fpr = C.curve([(s, flip)])
    i = list(ts).index(0.8)  # flags 0.9 and 0.8: one of two flipped, one of two flagged
    assert (p[i], r[i], share[i], fpr[i]) == (0.5, 0.5, 0.5, 0.5)
    assert (p[-1], r[-1], share[-1]) == (0.0, 0.0, 0.0)  # +inf flags nothing: precision counted as 0
    cell = C.score_cell([(s, flip)])
    assert not cell["meets"] and cell["auroc"] == 0.75


def test_scores_forms():
    probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.3, 0.6]])
    given = np.array([0, 0])
    assert np.allclose(C.scores(probs, given, "p"), [-0.7, -0.1])
    assert np.allclose(C.scores(probs, given, "margin"), [0.2 - 0.7, 0.6 - 0.1])


@pytest.fixture(scope="module")
def separable():
    x, y = make_blobs(n_samples=300, n_features=4, centers=[[0] * 4, [12] * 4, [0, 12, 0, -12]], cluster_std=0.5,
                      random_state=0)
    x = ((x - x.mean(0)) / x.std(0)).astype(np.float32)
    return C.ceiling(x, y, seeds=(0,), folds=3, steps=60, oracles=("clean",))


def test_clean_oracle_meets_both_goals_on_separable_symmetric_flips(separable):
    cells = separable["cells"]["clean"]
    assert separable["oof_accuracy_clean"][0] > 0.98
    for key in ("5% sym", "15% sym", "30% sym", "15% cdep"):
        assert cells[key]["p"]["meets"] and cells[key]["margin"]["meets"], key
        assert cells[key]["p"]["auroc"] > 0.99
    zero = cells["0%"]["p"]
    assert zero["threshold_from"].startswith("strictest") and zero["flagged_share"] == 0.0 and zero["meets"]
    assert C.met(cells, "p") == 7


def test_bad_input_exits_2_with_one_line(capsys):
    assert C.main(["--sets", "nope"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("--sets: unknown data set(s) nope")
    for argv in (["--seeds", "a"], ["--folds", "1"], ["--steps", "0"]):
        assert C.main(argv) == 2
        assert len(capsys.readouterr().err.strip().splitlines()) == 1
    blind = next(iter(A.ROUNDS[A.BLIND_ROUND]))  # the blind round: not a set of the study
    assert C.main(["--sets", blind]) == 2
    assert capsys.readouterr().err.startswith(f"--sets: unknown data set(s) {blind}")
    assert f"round{A.BLIND_ROUND - 1}" in C.DATA and f"round{A.BLIND_ROUND}" not in C.DATA
    with pytest.raises(SystemExit) as e:
        C.main(["--data", f"round{A.BLIND_ROUND}"])  # argparse: not a choice (blind)
    assert e.value.code == 2


def test_cli_exit_2_in_a_fresh_process():
    code = ("import sys; sys.argv = ['x', '--folds', '0']; from benchmarks import data_quality_ceiling as C; "
            "raise SystemExit(C.main())")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stderr.strip() == "--folds=0: give an integer >= 2"
