"""Round 6's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them.

Other generators and shapes than every earlier set (no make_classification, make_gaussian_quantiles,
make_blobs or make_moons, no Gaussian clouds or shells as the class shape, no random rotation of signal
into nuisance columns as in round 5): summary statistics of simulated sensor signals whose class is a
waveform family, nine classes on arcs in three super-class groups (structured confusions), mixed-type
tabular rows with mixed scales, a long tail of rare classes and a few heavy outlier rows, and two XORs
in a 4-d subspace beside nuisance columns. Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py``
loads them by name (``load(name, seed)``, ``--sets wave6,tree9,tab6,xor4``, ``--data round6``).

Clean-label difficulty only (no noise, no detector): ``python benchmarks/data_quality_round6.py``
prints, through round 5's ``difficulty``, the benchmark MLP's training / test accuracy (its ``train``
at 1,500 steps, the 75 / 25 split of ``load``, seeds 0 and 1) and the 5-fold error of an RBF SVM, QDA
(reg_param 0.01) and logistic regression, each after standard scaling. That output (21 s on one core):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
wave6      1,800  6 (300 each)                   93.3 / 86.9 | 92.6 / 90.0        13.3 / 13.3 / 12.2
tree9      1,440  9 (160 each), 3 groups of 3    94.8 / 91.7 | 94.4 / 91.4         8.2 /  9.6 /  8.3
tab6       1,968  6 (960 / 480 / 240 / 144 /     88.3 / 85.6 | 90.0 / 83.9        20.3 / 30.9 / 19.9
                    96 / 48)
xor4       2,400  4 (600 each)                   96.6 / 93.2 | 96.0 / 95.8        20.2 / 12.6 / 70.8

Each set has class overlap by construction (sensor noise on short traces, jitter across the arc cuts
and the XOR axes, shared tabular ranges), and the benchmark MLP misfits 3-12 % of its clean training
rows: hard clean rows that a detector must not flag. xor4 costs the RBF SVM more than the MLP (likely
the 4 nuisance columns weighing as much as the board in its kernel); logistic regression cannot
separate it. tab6's 20 glitch rows stretch the amount and age columns' standard scaling.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
from scipy import signal as sps
from scipy.stats import kurtosis, ortho_group, skew

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import print_difficulty  # noqa: E402

#: the waveform families of ``wave6``, in label order
WAVES = ("sine", "square", "sawtooth", "triangle", "chirp", "burst")


def _signals(family: int, n: int, rng, length: int = 128) -> np.ndarray:
    """``n`` noisy sensor traces of one family: random frequency (2.5-9 cycles per window), phase,
    amplitude (0.5-2, log-uniform), offset, additive noise (0.15-0.6 of the amplitude) and a slow
    random-walk drift."""
    t = np.arange(length) / length
    f = rng.uniform(2.5, 9.0, size=(n, 1))
    phase = 2 * np.pi * t * f + rng.uniform(0, 2 * np.pi, size=(n, 1))
    if WAVES[family] == "sine":
        w = np.sin(phase)
    elif WAVES[family] == "square":
        w = sps.square(phase)
    elif WAVES[family] == "sawtooth":
        w = sps.sawtooth(phase)
    elif WAVES[family] == "triangle":
        w = sps.sawtooth(phase, width=0.5)
    elif WAVES[family] == "chirp":  # the frequency sweeps linearly from f0 to f1 over the window
        f0, f1 = rng.uniform(1.0, 3.0, size=(n, 1)), rng.uniform(8.0, 14.0, size=(n, 1))
        w = np.sin(2 * np.pi * (f0 * t + (f1 - f0) * t**2 / 2) + phase - 2 * np.pi * t * f)
    else:  # burst: a sine under a Gaussian envelope somewhere in the window
        centre, width = rng.uniform(0.25, 0.75, size=(n, 1)), rng.uniform(0.1, 0.25, size=(n, 1))
        w = np.sin(phase) * np.exp(-(((t - centre) / width) ** 2))
    amp = np.exp(rng.uniform(np.log(0.5), np.log(2.0), size=(n, 1)))
    drift = np.cumsum(rng.normal(scale=0.02, size=(n, length)), axis=1)
    noise = rng.normal(size=(n, length)) * amp * rng.uniform(0.15, 0.6, size=(n, 1))
    return amp * w + rng.normal(scale=1.0, size=(n, 1)) + drift + noise


def _wave_features(w: np.ndarray) -> np.ndarray:
    """18 summary statistics per trace (rows): level, spread, shape, zero crossings, autocorrelation,
    spectrum and first-difference statistics."""
    z = w - w.mean(1, keepdims=True)
    sd = z.std(1)
    d = np.diff(w, axis=1)
    power = np.abs(np.fft.rfft(z, axis=1))[:, 1:] ** 2  # (n, 64) without the DC bin
    p = power / power.sum(1, keepdims=True)
    k = np.arange(1, power.shape[1] + 1)
    bands = [p[:, lo:hi].sum(1) for lo, hi in ((0, 4), (4, 10), (10, 24), (24, 64))]
    acf = [(z[:, lag:] * z[:, :-lag]).mean(1) / sd**2 for lag in (1, 3, 8)]
    cols = [w.mean(1), sd, skew(w, axis=1), kurtosis(w, axis=1), np.abs(z).max(1) / sd,
            (np.diff(np.sign(z), axis=1) != 0).mean(1), *acf, (p * k).sum(1),
            np.exp(np.log(power + 1e-12).mean(1)) / power.mean(1), p.max(1), *bands,
            d.std(1) / sd, kurtosis(d, axis=1)]
    return np.stack(cols, axis=1)


def wave6():
    """6 waveform families (sine, square, sawtooth, triangle, linear chirp, Gaussian-enveloped burst)
    of 128-sample noisy, drifting sensor traces, each described by 18 summary statistics (mean, std,
    skewness, kurtosis, crest factor, zero-crossing rate, autocorrelation at lags 1 / 3 / 8, spectral
    centroid, flatness and peak share, 4 band-energy shares, first-difference spread and kurtosis);
    1,800 rows, 300 per family."""
    rng = np.random.default_rng(6106)
    per = 300
    x = np.vstack([_wave_features(_signals(c, per, rng)) for c in range(len(WAVES))])
    return x.astype(np.float32), np.repeat(np.arange(len(WAVES)), per)


def tree9():
    """9 classes in 3 super-class groups of 3, in 12-d: each group is a half-circle arc (radius 2.5)
    in its own random plane around its own centre (4.5 from the origin, the centres mutually
    orthogonal), cut into 3 consecutive 60-degree pieces, one per class, plus isotropic noise (0.35)
    in all 12 columns; so a class is confused with its neighbour on the arc, rarely with another
    group. 1,440 rows, 160 per class."""
    rng = np.random.default_rng(6209)
    groups, subs, per, dim, radius, noise = 3, 3, 160, 12, 2.5, 0.35
    centres = 4.5 * ortho_group.rvs(dim, random_state=rng.integers(2**31))[:groups]
    xs, ys = [], []
    for g in range(groups):
        plane = ortho_group.rvs(dim, random_state=rng.integers(2**31))[:2]  # (2, dim)
        for s in range(subs):
            angle = rng.uniform(s * np.pi / subs, (s + 1) * np.pi / subs, size=per)
            arc = radius * np.stack([np.cos(angle), np.sin(angle)], axis=1) @ plane
            xs.append(centres[g] + arc + rng.normal(scale=noise, size=(per, dim)))
            ys.append(np.full(per, g * subs + s))
    return np.vstack(xs).astype(np.float32), np.concatenate(ys)


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def tab6():
    """Mixed-type tabular rows with a long tail of rare classes: 6 classes of 960 / 480 / 240 / 144 /
    96 / 48 rows (1,968). 12 columns on scales from 1e-3 to 1e5: a log-normal amount, an age, two
    counts (Poisson), a share (Beta), two 0/1 flags, a tiny-scale reading, a pair whose correlation
    sign depends on the class, and two nuisance columns (log-normal, uniform 0-100); each class draws
    its own parameters. 20 rows (1 %) carry a glitch: their amount or their age multiplied by
    20-80 (the label unchanged)."""
    rng = np.random.default_rng(6406)
    counts, sep = (960, 480, 240, 144, 96, 48), 0.9
    s = rng.normal(scale=sep, size=(len(counts), 8))  # per class, one shift per informative column
    sign = rng.choice((-1.0, 1.0), size=len(counts))
    xs, ys = [], []
    for c, n in enumerate(counts):
        pair = rng.normal(size=(n, 2))
        pair[:, 1] = sign[c] * 0.85 * pair[:, 0] + np.sqrt(1 - 0.85**2) * pair[:, 1]
        cols = [np.exp(rng.normal(10.3 + 0.5 * s[c, 0], 0.5, n)),  # amount, ~3e4
                np.clip(rng.normal(40 + 6 * s[c, 1], 9, n), 18, 90),  # age
                rng.poisson(np.exp(1.2 + 0.4 * s[c, 2]), n), rng.poisson(np.exp(0.3 + 0.6 * s[c, 3]), n),
                rng.beta(2 * np.exp(0.5 * s[c, 4]), 2 * np.exp(-0.5 * s[c, 4]), n),  # share
                rng.random(n) < _sigmoid(1.5 * s[c, 5]), rng.random(n) < _sigmoid(1.5 * s[c, 6]),
                rng.normal(1e-3 * s[c, 7], 1e-3, n),  # tiny-scale reading
                pair[:, 0], pair[:, 1],
                np.exp(rng.normal(0, 1, n)), rng.uniform(0, 100, n)]  # nuisance
        xs.append(np.stack(cols, axis=1).astype(float))
        ys.append(np.full(n, c))
    x, y = np.vstack(xs), np.concatenate(ys)
    glitch = rng.choice(len(y), size=20, replace=False)
    x[glitch, rng.choice((0, 1), size=20)] *= rng.uniform(20, 80, size=20)
    return x.astype(np.float32), y


def xor4():
    """Two XORs in 4 of 8 columns: latent ``z`` uniform in [-1, 1]^4, class ``2 [z0 z1 > 0] + [z2 z3 > 0]``
    (each class two opposite quadrants in each of two planes), observed as ``z`` plus Gaussian jitter
    (0.035) that moves rows near an axis across it; the 4 board columns on scales 1, 25, 0.1 and 4
    beside 4 nuisance columns (2 normal, 1 uniform, 1 the first column plus unit noise). 2,400 rows,
    600 per class."""
    rng = np.random.default_rng(6504)
    per = 600
    y = np.repeat(np.arange(4), per)
    z = rng.uniform(0.0, 1.0, size=(len(y), 4)) * rng.choice((-1.0, 1.0), size=(len(y), 4))
    # the second sign of each plane follows the class bit: same sign <=> positive product
    for bit, (a, b) in ((y // 2, (0, 1)), (y % 2, (2, 3))):
        z[:, b] = np.abs(z[:, b]) * np.sign(z[:, a]) * np.where(bit == 1, 1.0, -1.0)
    board = (z + rng.normal(scale=0.035, size=z.shape)) * np.array([1.0, 25.0, 0.1, 4.0])
    nuisance = [rng.normal(size=(len(y), 2)), rng.uniform(-1, 1, size=(len(y), 1)),
                board[:, :1] + rng.normal(size=(len(y), 1))]
    return np.hstack([board, *nuisance]).astype(np.float32), y


#: name -> generator, in the order ``ROUND6`` lists them
GENERATORS = {"wave6": wave6, "tree9": tree9, "tab6": tab6, "xor4": xor4}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "wave6": (1800, 18, (300,) * 6),
    "tree9": (1440, 12, (160,) * 9),
    "tab6": (1968, 12, (960, 480, 240, 144, 96, 48)),
    "xor4": (2400, 8, (600,) * 4),
}
ROUND6 = tuple(GENERATORS)


if __name__ == "__main__":
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    print_difficulty(GENERATORS)
