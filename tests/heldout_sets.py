"""Checks shared by the tests of each round's held-out noisy-label sets (``test_data_quality_round5.py`` ..
``test_data_quality_round17.py``): a generator gives the same arrays every time, in its documented shape and
class counts, with its committed first row; ``load`` splits it deterministically and stratified; a round's
names are new and held out; and the 10-neighbour baseline and class medians of the structure checks
(:func:`round_data`: one round's cached sets, baseline errors, medians and per-class error rates, which rounds
10-17's test files repeated; :func:`check_round_held_out` and :func:`check_neighbour_map`, which rounds 13-18's
repeated)."""

from __future__ import annotations

import functools

import numpy as np

from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from benchmarks.data_quality_actions import (HELD_OUT, ROUND4, ROUNDS, TUNING, _generated, known_sets, load,
                                             round_of, split)


def set_rows(name, generators):
    """``generators[name]()``'s ``(x, y)``; for a registered round's set (``generators[name]`` is the benchmark's
    own generator of ``name``) the copy :func:`load` generates once per process and keeps (read-only), so the
    checks and ``load`` share one generation."""
    generator = generators[name]
    if round_of(name) is not None and ROUNDS[round_of(name)].get(name) is generator:
        return _generated(name)
    return generator()


def check_generator(generator, shape, first_row, max_rows=4000, dtype=None, name=None):
    """``generator()`` twice: equal arrays, ``shape`` = (rows, columns, rows per class), ``first_row``;
    with ``dtype``, ``x`` of that type and ``y`` int64. With the set's ``name`` the first call is
    :func:`set_rows`' (the generation ``load`` keeps, made once per process), the second a fresh one."""
    x, y = set_rows(name, {name: generator}) if name is not None else generator()
    x2, y2 = generator()
    assert np.array_equal(x, x2) and np.array_equal(y, y2)
    if dtype is not None:
        assert x.dtype == dtype and y.dtype == np.int64
    rows, columns, per_class = shape
    assert x.shape == (rows, columns) and y.shape == (rows,)
    assert np.issubdtype(y.dtype, np.integer) and y.min() == 0
    assert tuple(np.bincount(y)) == per_class
    assert 600 <= rows <= max_rows and np.isfinite(x).all()
    np.testing.assert_allclose(x[0], first_row, atol=1e-6)


def check_loads(name, shape):
    """The benchmark's ``load(name, seed)``: deterministic, a stratified 75 / 25 split, standardised."""
    xtr, ytr, xte, yte = load(name, seed=0)
    again = load(name, seed=0)
    for a, b in zip((xtr, ytr, xte, yte), again):
        assert np.array_equal(a, b)
    rows, columns, per_class = shape
    assert len(ytr) + len(yte) == rows and len(yte) == int(np.ceil(0.25 * rows))
    assert xtr.dtype == np.float32 and xtr.shape[1] == xte.shape[1] == columns
    # stratified: every class in both parts, in about its share
    assert np.all(np.abs(np.bincount(ytr) - 0.75 * np.array(per_class)) <= 1)
    np.testing.assert_allclose(xtr.mean(0), 0.0, atol=1e-5)
    assert not np.array_equal(load(name, seed=1)[1], ytr)  # another seed, another split


def check_round(names, earlier, label):
    """A round's set ``names``: none among the ``earlier`` names or shadowing another set, every one
    accepted by ``load`` and ``--sets``, and reported as ``label`` (e.g. ``held-out, round 8``)."""
    assert not set(names) & set(earlier)
    assert len(set(known_sets())) == len(known_sets())  # no name shadows another set's
    assert set(names) <= set(known_sets())  # what --sets accepts
    assert {name: split(name) for name in names} == dict.fromkeys(names, label)


def check_classes(names, shapes, classes, min_rows):
    """A round's sets ``names`` by their ``shapes``: ``classes`` classes (sorted), every set imbalanced (its
    largest class at least twice its smallest), no class under ``min_rows`` rows, 2,000-3,500 rows and
    8-40 columns (rounds 11 on)."""
    per_class = {name: np.array(shapes[name][2]) for name in names}
    assert sorted(len(c) for c in per_class.values()) == sorted(classes)
    assert all(c.max() / c.min() >= 2 for c in per_class.values())
    assert min(c.min() for c in per_class.values()) >= min_rows
    assert all(2000 <= shapes[name][0] <= 3500 and 8 <= shapes[name][1] <= 40 for name in names)


def check_set(name, generators, shapes, first_rows):
    """One set of round 7 on: :func:`check_generator` (float32 rows, 4,000 at most) and :func:`check_loads`."""
    check_generator(generators[name], shapes[name], first_rows[name], max_rows=4000, dtype=np.float32, name=name)
    check_loads(name, shapes[name])


def neighbour_errors(x, y):
    """Where a scaled 10-nearest-neighbour baseline errs in 5-fold cross-validation (the structure checks
    of round 10 on): the true classes and predictions of the erring rows, and the mask of erring rows."""
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    p = cross_val_predict(make_pipeline(StandardScaler(), KNeighborsClassifier(10)), x, y, cv=folds)
    return y[p != y], p[p != y], p != y


def class_medians(values, y):
    """The median of ``values`` in each class ``0 .. y.max()``."""
    return np.array([np.median(values[y == c]) for c in range(y.max() + 1)])


def earlier_names(round_: int) -> tuple:
    """Every set name before round ``round_``: tuning, held-out, round 4, rounds 5 .. ``round_ - 1`` and synthU."""
    return TUNING + HELD_OUT + ROUND4 + tuple(n for r, g in ROUNDS.items() if r < round_ for n in g) + ("synthU",)


def check_neighbours_symmetric(neighbours) -> None:
    """A documented neighbour map is symmetric and no class is its own neighbour."""
    assert all(a in neighbours[b] and a != b for a, near in neighbours.items() for b in near)


def round_data(generators):
    """The structure tests' view of one round's ``generators``: ``(data, errors, medians, rates)``, functions of
    a set's name: its ``(x, y)`` (:func:`set_rows`: load's generation; the determinism test calls afresh),
    :func:`neighbour_errors` (computed once), each column's :func:`class_medians`, and each class's share of rows
    the baseline gets wrong."""

    @functools.cache
    def data(name):
        return set_rows(name, generators)

    @functools.cache
    def errors(name):
        return neighbour_errors(*data(name))

    def medians(name):
        x, y = data(name)
        return {column: class_medians(x[:, column], y) for column in range(x.shape[1])}

    def rates(name):
        _, y = data(name)
        wrong = errors(name)[2]
        return np.array([wrong[y == c].mean() for c in range(y.max() + 1)])

    return data, errors, medians, rates


def between(true, pred, neighbours):
    """The share of erring rows whose prediction is a documented neighbour of their class."""
    return np.mean([p in neighbours[t] for t, p in zip(true, pred)])


def quarter_errors(values, wrong):
    """The error rate of the quarter of rows with the lowest ``values`` and of the quarter with the highest."""
    low, high = values < np.quantile(values, 0.25), values > np.quantile(values, 0.75)
    return wrong[low].mean(), wrong[high].mean()


def check_round_held_out(round_: int, names, previous: str, generators=None, round_generators=None) -> None:
    """Round ``round_``'s set ``names`` are new against every earlier name (:func:`check_round`, labelled held-out
    round ``round_``), the earlier round's set ``previous`` keeps its label, and (where given) the benchmark's
    ``ROUNDS[round_]`` is ``generators``, which is also ``round_generators``."""
    check_round(names, earlier_names(round_), f"held-out, round {round_}")
    if generators is not None:
        assert ROUNDS[round_] is generators
    if round_generators is not None:
        assert generators is round_generators
    assert split(previous) == f"held-out, round {round_ - 1}"


def check_neighbour_map(neighbours, classes: int, ordered: bool) -> None:
    """A set's documented neighbour map covers its ``classes`` classes and is symmetric
    (:func:`check_neighbours_symmetric`); in an ``ordered`` set each class meets exactly its adjacent grades."""
    assert sorted(neighbours) == list(range(classes))
    check_neighbours_symmetric(neighbours)
    if ordered:
        assert all(set(near) == {c - 1, c + 1} & set(neighbours) for c, near in neighbours.items())
