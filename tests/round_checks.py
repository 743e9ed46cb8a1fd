"""Checks shared by the noisy-label round tests (rounds 23-25; a data author's model for the next round): a set's
rows by name (cached), the scaled 10-neighbour baseline's 5-fold errors (scikit-learn only, no detector code), each
class's column medians and baseline error rate, and the share of the baseline's errors between documented
neighbouring classes or within one pair; and the structural checks every round's tests make (registration, a
deterministic documented shape, a symmetric neighbour map)."""

from __future__ import annotations

import functools
import inspect
import re

import numpy as np
from benchmarks.data_quality_actions import ROUNDS, round_of
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


@functools.lru_cache(maxsize=None)
def set_data(name: str) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` of a registered round's set, generated once per test session."""
    return ROUNDS[round_of(name)][name]()


@functools.lru_cache(maxsize=None)
def knn_errors(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The scaled 10-neighbour baseline's 5-fold predictions: (true and predicted classes of its errors, the
    per-row error flags)."""
    x, y = set_data(name)
    pred = cross_val_predict(make_pipeline(StandardScaler(), KNeighborsClassifier(10)), x, y,
                             cv=StratifiedKFold(5, shuffle=True, random_state=0))
    wrong = pred != y
    return y[wrong], pred[wrong], wrong


def class_medians(name: str) -> np.ndarray:
    """Per column, each class's median (columns x classes)."""
    x, y = set_data(name)
    return np.array([np.median(x[y == c], 0) for c in range(y.max() + 1)]).T


def class_error_rates(name: str) -> np.ndarray:
    """Per class, the share of its rows the baseline gets wrong."""
    _, y = set_data(name)
    wrong = knn_errors(name)[2]
    return np.array([wrong[y == c].mean() for c in range(y.max() + 1)])


def share_between(true: np.ndarray, pred: np.ndarray, neighbours: dict) -> float:
    """The share of errors that fall between documented neighbouring classes."""
    return float(np.mean([p in neighbours[t] for t, p in zip(true, pred)]))


def share_pair(true: np.ndarray, pred: np.ndarray, a: int, b: int) -> float:
    """The share of errors between classes ``a`` and ``b`` (either way)."""
    return float(np.mean(np.isin(true, (a, b)) & np.isin(pred, (a, b))))


def check_registered(round_no: int, names: tuple, generators: dict) -> None:
    """A round's sets: names new (no earlier round has them), split "held-out, round N", registered in the benchmark
    (``ROUNDS``, the module constant ``ROUND<N>``, ``--data roundN`` through ``ROUNDS``, the help naming the rounds
    up to the latest)."""
    from benchmarks import data_quality_actions
    from benchmarks.data_quality_actions import split

    earlier = set().union(*(set(g) for r, g in ROUNDS.items() if r < round_no))
    assert not earlier & set(names)
    for name in names:
        assert split(name) == f"held-out, round {round_no}"
    assert ROUNDS[round_no] is generators and max(ROUNDS) >= round_no  # later rounds register after it
    assert getattr(data_quality_actions, f"ROUND{round_no}") == names
    source = inspect.getsource(data_quality_actions.main)
    assert 'f"round{r}" for r in ROUNDS' in source  # --data offers the round through ROUNDS
    last = re.search(r"round5 \.\. round(\d+): ", source)  # the help names the rounds up to the latest
    assert last and int(last.group(1)) == max(ROUNDS) >= round_no and f"round 5's .. round {last.group(1)}'s" in source


def check_deterministic(generator, shape: tuple, first_row: list) -> None:
    """Two calls give the same float32 / int64 rows in the documented ``(rows, columns, per_class)`` shape, all
    finite, and the first row as committed (a later edit of a generator changes the held-out data and fails). For a
    registered set the first call is :func:`set_data`'s (made once per test session and read by the other checks),
    so the set is generated twice in the session, not three times."""
    name = next((n for generators in ROUNDS.values() for n, g in generators.items() if g is generator), None)
    x, y = set_data(name) if name is not None else generator()
    again_x, again_y = generator()
    np.testing.assert_array_equal(x, again_x)
    np.testing.assert_array_equal(y, again_y)
    rows, columns, per_class = shape
    assert x.dtype == np.float32 and y.dtype == np.int64 and x.shape == (rows, columns) and y.shape == (rows,)
    assert np.all(np.isfinite(x)) and np.array_equal(np.bincount(y), per_class)
    np.testing.assert_array_equal(x[0], np.array(first_row, dtype=np.float32))


def check_neighbours(neighbours: dict, k: int, ordered: bool) -> None:
    """A neighbour map over ``k`` classes: symmetric, no class its own neighbour; an ordered set's classes meet
    exactly their adjacent grades, an unordered set's map is not that chain."""
    assert set(neighbours) == set(range(k))
    for c, near in neighbours.items():
        assert near and c not in near and all(0 <= o < k and c in neighbours[o] for o in near)
    chain = [set(near) == {c - 1, c + 1} & set(range(k)) for c, near in neighbours.items()]
    assert all(chain) if ordered else not all(chain)
