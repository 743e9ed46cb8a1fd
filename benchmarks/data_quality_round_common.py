"""Helpers shared by the held-out noisy-label rounds (``benchmarks/data_quality_round56.py`` .. ``round68.py``).

Each helper is the exact code those rounds' authors repeated, each round "as the round before" (``_keep``, ``_pull``
and ``_sig`` identical in rounds 56-68, ``_draw`` in rounds 65-68, ``_fails`` in rounds 124-126, moved here in session
63, ``_grade`` in rounds 125-127, moved here in session 64); kept here once since session 42 (as
``anomaly/heldout_common.py`` keeps the throughput generators'). A round's module imports the ones it uses; its
docstring still says which earlier round its author copied them from. Moving them changed no generated row: each
round's tests pin its first rows.
"""

from __future__ import annotations

import numpy as np


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and shuffled (the graded sets simulate a pool, label it as the field does and keep fixed counts)."""
    return rng.permutation(np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False)
                                           for c, r in enumerate(rows)]))


def _pull(table, neighbours, share, logs):
    """``table`` with each class's row pulled ``share`` of the way to its neighbours' mean (the columns ``logs`` on a
    log scale): the confusable cases a field's textbook picture leaves out."""
    out = table.copy()
    for c, near in neighbours.items():
        rows = table[list(near)]
        out[c] = (1 - share) * table[c] + share * rows.mean(0)
        out[c, logs] = np.exp((1 - share) * np.log(table[c, logs]) + share * np.log(rows[:, logs]).mean(0))
    return out


def _sig(v):
    return 1 / (1 + np.exp(-v))


def _fails(z, offset):
    """The % of a lot's units failing at a level: each defect's per-lot logit ``z`` (lots x defects) less the level's
    ``offset`` (one value, or one per defect; damage 0, serious damage higher, ``inf`` not held against the grade), a
    unit failing when any defect reaches it (rounds 124-126's graded sets; kept here once since session 63)."""
    return 100 * (1 - np.prod(1 - _sig(z - np.asarray(offset, dtype=float)), axis=1))


def _grade(seen, limits):
    """The first class (the best) whose limits every share of the lot's sample meets (``seen``: lots x classes x
    shares, each class's shares counted at its own level); a lot within none gets ``len(limits)`` (not kept). Rounds
    125-127's graded sets (round 125's form returned class 0 for such a lot, which its last class, taking anything,
    never left; kept here once since session 64)."""
    ok = np.all(seen <= limits[None, :, :], axis=2)
    return np.where(ok.any(1), np.argmax(ok, axis=1), len(limits))


def _draw(rng, t, kinds, shared):
    """Columns drawn about each row's medians ``t`` (rows x columns) by ``kinds``, one ``(kind, spread, lean)`` per
    column: ``"log"`` lognormal about the median, ``"count"`` Poisson about a lognormal rate, ``"share"`` a 0/1 draw
    with the median as its chance, ``"norm"`` normal about it; ``lean`` times ``shared`` (a per-row unseen factor)
    moves the log columns' and the normal columns' centre."""
    n = len(t)
    out = []
    for j, (kind, spread, lean) in enumerate(kinds):
        if kind == "log":
            out.append(t[:, j] * rng.lognormal(lean * shared, spread, n))
        elif kind == "count":
            out.append(rng.poisson(t[:, j] * rng.lognormal(lean * shared, spread, n)).astype(float))
        elif kind == "share":
            out.append((rng.random(n) < t[:, j]).astype(float))
        else:
            out.append(t[:, j] + spread * rng.normal(0, 1, n) + lean * shared)
    return np.column_stack(out)
