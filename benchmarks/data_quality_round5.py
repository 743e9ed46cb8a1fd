"""Round 5's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them.

Other generators and shapes than every earlier set (no make_classification, make_gaussian_quantiles or
plain make_blobs, nothing derived from digits): two moons and three spiral arms embedded in more
dimensions beside nuisance features, a many-class Gaussian mixture with three clusters per class and
few rows per class, and heavy-tailed (Student-t) class clouds with one dominant class. Each generator
is deterministic (its own fixed seed) and returns ``(x, y)`` with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``).

Clean-label difficulty only (no noise, no detector): ``python benchmarks/data_quality_round5.py``
prints the benchmark MLP's training / test accuracy (its ``train`` at 1,500 steps, the 75 / 25 split of
``load``, seeds 0 and 1) and the 5-fold error of an RBF SVM, QDA (reg_param 0.01) and logistic
regression, each after standard scaling. The numbers beside each generator are that output.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
from scipy.stats import ortho_group
from sklearn.datasets import make_moons


def _embed(signal: np.ndarray, nuisance: int, rng) -> np.ndarray:
    """``signal``'s columns beside ``nuisance`` standard-normal columns, then one random rotation, so
    no single column carries the class."""
    x = np.hstack([signal, rng.normal(size=(len(signal), nuisance))])
    return x @ ortho_group.rvs(x.shape[1], random_state=rng.integers(2**31))


# clean: MLP train / test 97.6 / 94.8 % (seed 0), 97.7 / 95.4 % (seed 1); 5-fold error SVM 8.4 %, QDA 11.8 %,
# logistic 10.9 %: the moons overlap at noise 0.2 and the nuisance columns cost the SVM more than the MLP
def moons10():
    """2 interleaved half-moons (``make_moons``, noise 0.2), imbalanced 1,400 / 600 rows, in 10-d: the
    2 moon columns scaled by 2 beside 8 nuisance columns, rotated."""
    rng = np.random.default_rng(5101)
    x, y = make_moons(n_samples=(1400, 600), noise=0.2, random_state=5101)
    return _embed(2.0 * x, 8, rng), y


# clean: MLP 93.8 / 90.7 %, 93.3 / 91.5 %: an underfit model (the arms are 1.2 apart at noise 0.1, yet 1,500
# steps do not bend the boundary far enough); SVM 4.6 %, QDA 58.4 %, logistic 63.5 %
def spiral3():
    """3 interleaved spiral arms (1.05 turns each, radial noise 0.1) in 6-d: the 2 spiral columns beside 4
    nuisance columns, rotated; 1,500 rows, 500 per arm."""
    rng = np.random.default_rng(5303)
    per, arms = 500, 3
    t = rng.uniform(0.15, 1.0, size=(arms, per))
    theta = 2.1 * np.pi * t + 2.0 * np.pi * np.arange(arms)[:, None] / arms
    r = 4.0 * t + rng.normal(scale=0.1, size=t.shape)
    xy = np.stack([r * np.cos(theta), r * np.sin(theta)], axis=-1).reshape(-1, 2)
    y = np.repeat(np.arange(arms), per)
    return _embed(xy, 4, rng), y


# clean: MLP 99.7 / 97.9 %, 99.7 / 95.8 %; SVM 2.5 %, QDA 5.6 %, logistic 42.1 % (not linearly separable)
def mix12():
    """12 classes, each a mixture of 3 Gaussian clusters (centres uniform in [-4, 4]^8, unit spread)
    in 8-d: 36 clusters, so clusters of different classes overlap. Few rows: 80 per class, 960 in all
    (60 training rows per class)."""
    rng = np.random.default_rng(5212)
    classes, clusters, per_class, dim = 12, 3, 80, 8
    centres = rng.uniform(-4.0, 4.0, size=(classes, clusters, dim))
    y = np.repeat(np.arange(classes), per_class)
    which = rng.integers(clusters, size=y.size)
    x = centres[y, which] + rng.normal(size=(y.size, dim))
    return x, y


# clean: MLP 99.6 / 99.3 %, 99.6 / 98.9 %; SVM 1.8 %, QDA 0.1 %, logistic 2.3 %; the far tails are the hard rows
def tdom5():
    """Heavy tails and one dominant class: 5 Student-t clouds (3 degrees of freedom, a random
    covariance each) in 9-d, 3,000 rows of which class 0 has 1,650 (55 %) and the others 600 / 390 /
    240 / 120."""
    rng = np.random.default_rng(5405)
    counts, dim, df = (1650, 600, 390, 240, 120), 9, 3.0
    xs, ys = [], []
    for c, n in enumerate(counts):
        centre = rng.normal(scale=2.2, size=dim)
        a = rng.normal(scale=0.45, size=(dim, dim)) + np.eye(dim) * 0.6
        z = rng.normal(size=(n, dim)) / np.sqrt(rng.chisquare(df, size=(n, 1)) / df)
        xs.append(centre + z @ a.T)
        ys.append(np.full(n, c))
    return np.vstack(xs), np.concatenate(ys)


#: name -> generator, in the order ``ROUND5`` lists them
GENERATORS = {"moons10": moons10, "spiral3": spiral3, "mix12": mix12, "tdom5": tdom5}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "moons10": (2000, 10, (1400, 600)),
    "spiral3": (1500, 6, (500, 500, 500)),
    "mix12": (960, 8, (80,) * 12),
    "tdom5": (3000, 9, (1650, 600, 390, 240, 120)),
}
ROUND5 = tuple(GENERATORS)


def difficulty(name: str, generators: dict | None = None) -> dict:
    """The clean-label fit of one set (``generators``: name -> generator, this round's by default; round
    6 passes its own): the benchmark MLP per seed and three cross-validated baselines."""
    import torch
    from sklearn.discriminant_analysis import QuadraticDiscriminantAnalysis
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import SVC

    from benchmarks.data_quality_actions import epochs_for, load, train

    x, y = (generators or GENERATORS)[name]()
    classes, row = int(y.max()) + 1, {"data": name, "rows": len(y), "columns": x.shape[1]}
    for seed in (0, 1):
        xtr, ytr, xte, yte = load(name, seed)
        model = train(xtr, ytr, classes, epochs=epochs_for(len(ytr)), seed=seed)
        with torch.no_grad():
            for part, (a, b) in {"train": (xtr, ytr), "test": (xte, yte)}.items():
                row[f"mlp_{part}_seed{seed}"] = float((model(torch.tensor(a)).argmax(1).numpy() == b).mean())
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    for label, est in (("svm", SVC()), ("qda", QuadraticDiscriminantAnalysis(reg_param=0.01)),
                       ("logistic", LogisticRegression(max_iter=2000))):
        row[f"{label}_error"] = float(1 - cross_val_score(make_pipeline(StandardScaler(), est), x, y, cv=folds).mean())
    return row


def ordinal_neighbours(classes: int) -> dict:
    """The neighbours of ordinal classes ``0 .. classes-1``: the class before and after (rounds 15-17)."""
    return {c: tuple(d for d in (c - 1, c + 1) if 0 <= d < classes) for c in range(classes)}


def sigmoid(z):
    """The logistic function (rounds 13 and 17)."""
    return 1 / (1 + np.exp(-z))


def main(generators: dict) -> None:
    """A later round's script entry: ``OMP_NUM_THREADS=1`` unless set, then :func:`print_difficulty` of the sets
    the command line names (every set of ``generators`` when it names none)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    print_difficulty(generators, sys.argv[1:])


def print_difficulty(generators: dict, names=()) -> None:
    """Print :func:`difficulty` of each set in ``names`` (every set of ``generators`` when empty), a dict
    a line: each round's script entry."""
    for set_name in names or generators:
        print({k: round(v, 3) if isinstance(v, float) else v
               for k, v in difficulty(set_name, generators).items()}, flush=True)


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    print_difficulty(GENERATORS)
