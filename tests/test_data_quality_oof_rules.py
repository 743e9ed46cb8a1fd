"""The rate-free out-of-fold rules benchmark (``benchmarks/data_quality_oof_rules.py``): its rules on synthetic
probabilities with known flips, its scoring, and that importing it loads neither the noise benchmark nor round 20."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import data_quality_oof_rules as R  # noqa: E402

pytest.importorskip("cleanlab")


def synthetic(n: int = 900, classes: int = 3, rate: float = 0.1, seed: int = 0):
    """Out-of-fold-like probabilities of a good model (0.9 on the true class) and given labels with ``rate``
    symmetric flips: (probs, given, flipped)."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % classes
    probs = np.full((n, classes), 0.1 / (classes - 1))
    probs[np.arange(n), y] = 0.9
    probs = probs * rng.uniform(0.8, 1.2, probs.shape)
    probs /= probs.sum(1, keepdims=True)
    flip = rng.random(n) < rate
    given = y.copy()
    given[flip] = (y[flip] + rng.integers(1, classes, n)[flip]) % classes
    return probs, given, flip


def test_import_does_not_load_the_noise_benchmark():
    out = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, '.'); "
                          "import benchmarks.data_quality_oof_rules; "
                          "print(sorted(m for m in sys.modules if m.startswith('benchmarks.')))"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['benchmarks.data_quality_oof_rules']"


@pytest.mark.parametrize("rule", R.ALL_RULES)
def test_rules_find_known_flips(rule):
    probs, given, flip = synthetic()
    x = np.eye(3)[np.arange(len(given)) % 3] + np.random.default_rng(1).normal(0, 0.3, (len(given), 3))
    flags = R.flags(rule, probs, given, x)
    cell = R.score([(flags, flip)], zero=False)
    if rule == "cl_pneq":  # argmax != given: every flip here, nothing else
        assert cell["precision"] == 1.0 and cell["recall"] == 1.0
    assert cell["recall"] >= 0.9 and cell["precision"] >= 0.9, cell


@pytest.mark.parametrize("rule", ("cl_pbnr", "bayes", "detector"))
def test_rules_flag_little_on_clean_labels(rule):
    probs, given, flip = synthetic(rate=0.0)
    assert not flip.any()
    x = np.eye(3)[np.arange(len(given)) % 3]
    cell = R.score([(R.flags(rule, probs, given, x), flip)], zero=True)
    assert cell["meets"] and cell["flagged_share"] < 0.01


def test_bayes_keeps_a_subset_of_prune_by_noise_rate():
    probs, given, _ = synthetic(rate=0.05, seed=3)
    probs = 0.6 * probs + 0.4 / 3  # a blurred model: the Bayes test has something to remove
    pbnr = R.oof_issues(probs, given)
    bayes = R.oof_issues(probs, given, odds=0.25)
    assert not (bayes & ~pbnr).any()


def test_score_counts_precision_zero_when_nothing_is_flagged_and_seed_means():
    flip = np.array([True, False, False, False])
    none = np.zeros(4, dtype=bool)
    both = R.score([(none, flip), (flip.copy(), flip)], zero=False)
    assert (both["precision"], both["recall"], both["flagged_share"]) == (0.5, 0.5, 0.125)
    assert not both["meets"]
    assert R.score([(np.array([True] + [False] * 199), np.zeros(200, bool))], zero=True)["meets"]
    assert not R.score([(np.array([True, True] + [False] * 98), np.zeros(100, bool))], zero=True)["meets"]


def test_cut_meets_marks_the_cuts_that_separate():
    pg = np.array([0.01, 0.02, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99])
    flip = np.arange(10) < 2
    marks = R.cut_meets([(pg, flip)], zero=False)
    ok = np.array([m == "1" for m in marks])
    assert ok[(R.CUTS >= 0.02) & (R.CUTS < 0.6)].all() and not ok[R.CUTS < 0.01].any() and not ok[R.CUTS >= 0.6].any()


def fake_set(group: str, meets: bool, ordered: bool = False) -> dict:
    cell = {r: {"precision": 0.9 if meets else 0.1, "recall": 0.9, "flagged_share": 0.1, "meets": meets}
            for r in R.ALL_RULES}
    cells = {k: {**cell, "cut_meets": ("1" if meets else "0") * len(R.CUTS), "flipped_share": 0.1} for k in R.CELLS}
    cells["0%"] = {**{r: {"flagged_share": 0.0 if meets else 0.05, "meets": meets} for r in R.ALL_RULES},
                   "cut_meets": ("1" if meets else "0") * len(R.CUTS), "flipped_share": 0.0}
    stored = {"stored_detector": {k: meets for k in R.CELLS}, "oracle": {k: True for k in R.CELLS}}
    return {"group": group, "ordered": ordered, "cells": cells, "cells_stored": stored}


def test_summary_counts_per_group_and_report(tmp_path):
    sets = {"a": fake_set("round15", True, ordered=True), "b": fake_set("round15", False), "t": fake_set("tuning", True)}
    summ = R.summary(sets)
    assert list(summ) == ["round15", "tuning", "held-out 13-19", "ordered 15-19", "unordered 15-19"]
    assert summ["held-out 13-19"]["sets"] == ["a", "b"]  # the tuning sets apart
    row = summ["held-out 13-19"]
    assert row["cells"] == 14 and row["bayes"] == 7 and row["oracle"] == 14 and row["stored_detector"] == 7
    assert row["fixed_cut"]["cells"] == 7 and row["per_set_cut"] == 7
    assert summ["ordered 15-19"]["bayes"] == 7 and summ["unordered 15-19"]["bayes"] == 0
    assert row["by_cell"]["0%"]["detector"] == 1
    out = tmp_path / "r.json"
    out.write_text(json.dumps({"sets": sets}))
    res = subprocess.run([sys.executable, "benchmarks/data_quality_oof_rules.py", "--report", "--out", str(out)],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "| held-out 13-19 | 14 |" in res.stdout
    missing = subprocess.run([sys.executable, "benchmarks/data_quality_oof_rules.py", "--report", "--out",
                              str(tmp_path / "none.json")], cwd=ROOT, capture_output=True, text=True)
    assert missing.returncode == 2
