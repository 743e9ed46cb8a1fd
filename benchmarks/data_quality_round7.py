"""Round 7's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them, by an author who had not read the detector.

Other generative ideas than every earlier set (no make_classification, make_gaussian_quantiles,
make_blobs or make_moons, no Gaussian clouds, shells or random rotations as in rounds 1-5, no waveform
statistics, arcs, mixed-scale glitch tables or XORs as in round 6): word counts of short documents
drawn from class topic mixtures, small rendered glyph images with random pose, blur and noise,
censored time-to-event records of several failure types, and ordinal grades cut from a noisy latent
score (with a one-hot categorical column block and very unequal grade sizes). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets topic8,glyph8,surv5,grade6``, ``--data round7``).

Clean-label difficulty only (no noise, no detector), measured as round 6's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round7.py`` prints (21 s on
one core):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
topic8     3,200  8 (400 each)                   93.3 / 84.9 | 92.9 / 86.4        13.0 / 16.5 / 12.8
glyph8     3,200  8 (400 each)                   95.9 / 84.3 | 96.3 / 81.6        17.7 / 18.5 / 24.2
surv5      2,000  5 (700 / 500 / 350 / 250 /     91.8 / 89.0 | 92.6 / 86.8        11.8 / 16.4 / 10.7
                    200)
grade6     2,400  6 (120 / 360 / 720 / 720 /     91.9 / 87.0 | 92.2 / 87.2        15.7 / 14.8 / 13.7
                    360 / 120), ordinal

Each set has class overlap by construction (neighbouring classes share a topic; noisy, blurred,
occluded glyphs in free pose on few pixels; units censored before their early failure mode shows;
grades cut from a noisy score), and the benchmark MLP misfits 4-8 % of its clean training rows: hard
clean rows that a detector must not flag. In the RBF SVM's 5-fold confusions, topic8's and grade6's
errors fall on the neighbouring classes ``c - 1`` and ``c + 1`` (a shared topic, the next grade), so
the benchmark's class-dependent flips (``c -> c + 1``) land in a confusable class; grade6's rare
extreme grades lose about a third of their rows to the next grade; surv5's class 4 (no early mode)
is taken for class 1 most. glyph8 is the most overfit (the MLP fits 96 % of its training rows and
82-84 % of the test rows).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402


def topic8():
    """Bag of words: 8 classes of short documents over a 24-word vocabulary. 8 topics (each a sparse
    Dirichlet(0.15) distribution over the words) and one background topic of common words; a document
    of class ``c`` mixes its own topic ``c`` and its neighbour's ``(c + 1) % 8`` (Dirichlet(4, 1.5)),
    a third topic picked per document (weight 0-0.2) and 0.2-0.45 background, so neighbouring classes
    share a topic. The length is 5 plus a negative binomial (mean 40 in all, over-dispersed), the
    counts multinomial; the features are ``log1p`` counts. 3,200 rows, 400 per class."""
    rng = np.random.default_rng(7108)
    classes, vocab, per, mean_length = 8, 24, 400, 40
    topic_words = rng.dirichlet(np.full(vocab, 0.15), size=classes)  # (8, 24)
    background = rng.dirichlet(np.full(vocab, 1.0))
    xs = []
    for c in range(classes):
        pair = rng.dirichlet((4.0, 1.5), size=per)  # (per, 2)
        third = rng.integers(classes, size=per)
        w3 = rng.uniform(0.0, 0.2, size=per)
        wb = rng.uniform(0.2, 0.45, size=per)
        mix = pair[:, :1] * topic_words[c] + pair[:, 1:] * topic_words[(c + 1) % classes]  # (per, 24)
        words = (1 - w3 - wb)[:, None] * mix
        words += w3[:, None] * topic_words[third] + wb[:, None] * background  # rows sum to 1
        length = 5 + rng.negative_binomial(3, 3 / (3 + mean_length - 5), size=per)
        counts = np.stack([rng.multinomial(n, p / p.sum()) for n, p in zip(length, words)])
        xs.append(np.log1p(counts))
    return np.vstack(xs).astype(np.float32), np.repeat(np.arange(classes), per)


#: the strokes of each ``glyph8`` class, segments ((x0, y0), (x1, y1)) in [-1, 1]^2, in label order;
#: the ring is drawn separately (a circle of radius 0.6)
GLYPHS = {
    "bar": [((0.0, -0.8), (0.0, 0.8))],
    "dash": [((-0.8, 0.0), (0.8, 0.0))],
    "slash": [((-0.6, -0.8), (0.6, 0.8))],
    "plus": [((0.0, -0.8), (0.0, 0.8)), ((-0.8, 0.0), (0.8, 0.0))],
    "cross": [((-0.7, -0.7), (0.7, 0.7)), ((-0.7, 0.7), (0.7, -0.7))],
    "corner": [((-0.5, -0.8), (-0.5, 0.7)), ((-0.5, -0.8), (0.7, -0.8))],
    "tee": [((-0.8, 0.7), (0.8, 0.7)), ((0.0, 0.7), (0.0, -0.8))],
    "ring": [],
}


def _segment_distance(px, py, a, b):
    """Distance of each point (``px``, ``py``) to the segment ``a``-``b``."""
    (x0, y0), (x1, y1) = a, b
    dx, dy = x1 - x0, y1 - y0
    t = np.clip(((px - x0) * dx + (py - y0) * dy) / (dx * dx + dy * dy), 0.0, 1.0)
    return np.hypot(px - x0 - t * dx, py - y0 - t * dy)


def glyph8():
    """Image patches: 8 glyphs (bar, dash, slash, plus, cross, corner, tee, ring) rendered on a 6x6
    pixel grid, flattened to 36 columns (row by row). Each rendering has its own pose (rotation within
    20 degrees, scale 0.75-1.15, shift within 0.25 of the half-width, 0.75 pixel), stroke width (blur)
    0.15-0.35 of the half-width, contrast 0.6-1.4, a background level (-0.2-0.2), Gaussian pixel noise
    (0.15-0.45) and, in a quarter of the images, a 2x2 occluding square of background. 3,200 rows, 400
    per glyph."""
    rng = np.random.default_rng(7208)
    side, per = 6, 400
    grid = (np.arange(side) + 0.5) / side * 2 - 1  # pixel centres in [-1, 1]
    gx, gy = np.meshgrid(grid, -grid)  # (6, 6), row 0 at the top
    images, labels = [], []
    for c, strokes in enumerate(GLYPHS.values()):
        for _ in range(per):
            angle = np.deg2rad(rng.uniform(-20, 20))
            scale = rng.uniform(0.75, 1.15)
            sx, sy = rng.uniform(-0.25, 0.25, size=2)
            # the glyph's own coordinates of each pixel: undo the shift, rotation and scale
            ux, uy = gx - sx, gy - sy
            px = (np.cos(angle) * ux + np.sin(angle) * uy) / scale
            py = (-np.sin(angle) * ux + np.cos(angle) * uy) / scale
            if strokes:
                d = np.min([_segment_distance(px, py, a, b) for a, b in strokes], axis=0)
            else:
                d = np.abs(np.hypot(px, py) - 0.6)
            width = rng.uniform(0.15, 0.35)
            img = rng.uniform(0.6, 1.4) * np.exp(-((d / width) ** 2)) + rng.uniform(-0.2, 0.2)
            img = img + rng.normal(scale=rng.uniform(0.15, 0.45), size=img.shape)
            if rng.random() < 0.25:
                r0, c0 = rng.integers(0, side - 1, size=2)
                img[r0:r0 + 2, c0:c0 + 2] = rng.normal(scale=0.1, size=(2, 2))
            images.append(img.ravel())
            labels.append(c)
    return np.asarray(images, dtype=np.float32), np.asarray(labels, dtype=np.int64)


def surv5():
    """Censored time-to-event records: 5 classes (failure profiles of a machine fleet) of units followed
    for a random time (uniform 18-60 months, or less after a dropout, exponential with mean 120). Each
    unit can fail in 4 modes; mode ``k``'s time to first failure is Weibull with a per-class shape and
    scale: classes 0-3 each wear out early in their own mode (scale 6-14 months, shape 2-3.5) and late
    in the others (scale 60-200, shape 1-3), class 4 late in every mode; the hazard is raised by the
    unit's age (0-15 years) and load (log-normal) for all classes alike. Columns: for each mode the
    log observed time (failure or censoring) and the failure indicator (8), then age, log load and
    months followed (11 columns). A unit censored before its early mode fails looks like class 4.
    Class sizes 700 / 500 / 350 / 250 / 200 (2,000 rows)."""
    rng = np.random.default_rng(7305)
    counts, modes = (700, 500, 350, 250, 200), 4
    shape = rng.uniform(1.0, 3.0, size=(len(counts), modes))
    shape[np.arange(modes), np.arange(modes)] = rng.uniform(2.0, 3.5, size=modes)  # the early modes
    scale = np.exp(rng.uniform(np.log(60), np.log(200), size=(len(counts), modes)))
    scale[np.arange(modes), np.arange(modes)] = rng.uniform(6, 14, size=modes)  # months
    xs, ys = [], []
    for c, n in enumerate(counts):
        age = rng.uniform(0, 15, size=n)  # years in service
        load = np.exp(rng.normal(0, 0.5, size=n))
        follow = np.minimum(rng.uniform(18, 60, size=n), rng.exponential(120, size=n))
        risk = np.exp(0.06 * (age - 7.5) + 0.5 * np.log(load))  # hazard multiplier
        # a Weibull time with hazard multiplied by ``risk``: scale * (E / risk) ** (1 / shape), E ~ Exp(1)
        event = scale[c] * (rng.exponential(size=(n, modes)) / risk[:, None]) ** (1 / shape[c])
        seen = np.minimum(event, follow[:, None])
        xs.append(np.column_stack([np.log(seen), (event <= follow[:, None]).astype(float), age,
                                   np.log(load), follow]))
        ys.append(np.full(n, c))
    return np.vstack(xs).astype(np.float32), np.concatenate(ys)


def grade6():
    """Ordinal grades of a latent score: 10 correlated measurements (a random covariance plus one shared
    factor, standardised) and a 4-level categorical column (one-hot, levels 40 / 30 / 20 / 10 %) feed a
    score: a linear direction, a smooth bend (0.5 sin of a second direction, both at unit spread) and
    the category's offset (-0.4 / 0 / 0.3 / 0.7), plus noise (0.05 of the score's spread).
    The rows ranked by the noisy score are cut into 6 grades of 120 / 360 / 720 / 720 / 360 / 120 rows
    (2,400), so neighbouring grades overlap and the extreme grades are rare. 14 columns."""
    rng = np.random.default_rng(7406)
    counts, dim = (120, 360, 720, 720, 360, 120), 10
    n = sum(counts)
    root = rng.normal(scale=0.5, size=(dim, dim)) + np.diag(rng.uniform(0.5, 1.5, size=dim))
    factor = rng.normal(size=(n, 1)) * rng.uniform(0.5, 1.0, size=dim)  # a shared factor in every column
    z = rng.normal(size=(n, dim)) @ root.T + factor  # (n, 10)
    z = (z - z.mean(0)) / z.std(0)
    category = rng.choice(4, size=n, p=(0.4, 0.3, 0.2, 0.1))
    a, b = rng.normal(size=dim), rng.normal(size=dim)
    lin, bend = z @ a, z @ b
    lin, bend = lin / lin.std(), bend / bend.std()
    score = lin + 0.5 * np.sin(bend) + np.array([-0.4, 0.0, 0.3, 0.7])[category]
    score = score + rng.normal(scale=0.05 * score.std(), size=n)
    y = np.empty(n, dtype=np.int64)
    y[np.argsort(score, kind="stable")] = np.repeat(np.arange(len(counts)), counts)
    x = np.hstack([z, np.eye(4)[category]])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND7`` lists them
GENERATORS = {"topic8": topic8, "glyph8": glyph8, "surv5": surv5, "grade6": grade6}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "topic8": (3200, 24, (400,) * 8),
    "glyph8": (3200, 36, (400,) * 8),
    "surv5": (2000, 11, (700, 500, 350, 250, 200)),
    "grade6": (2400, 14, (120, 360, 720, 720, 360, 120)),
}
ROUND7 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
