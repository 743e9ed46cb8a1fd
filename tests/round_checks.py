"""Checks shared by the noisy-label round tests (rounds 23-25; a data author's model for the next round): a set's
rows by name (cached), the scaled 10-neighbour baseline's 5-fold errors (scikit-learn only, no detector code), each
class's column medians and baseline error rate, and the share of the baseline's errors between documented
neighbouring classes or within one pair."""

from __future__ import annotations

import functools

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
