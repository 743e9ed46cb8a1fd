"""Round 8's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them, by an author who had not read the detector.

Other generative ideas than every earlier set (no make_classification, make_gaussian_quantiles,
make_blobs or make_moons, no Gaussian clouds, shells or random rotations as in rounds 1-5, no waveform
statistics, arcs, mixed-scale glitch tables or XORs as in round 6, no topic-mixture word counts, glyph
images, censored survival records or ordinal grades as in round 7): structural statistics of small
random graphs whose class is the generator that made them, sparse binary substructure fingerprints
of activity classes with two chemical series each (imbalanced 11 : 1), letter-pair spectra of short
sequences whose class is a Markov chain's preferred move (the letter content alike in every class),
and a lab panel whose class is a pair of conditions out of five, seen through many irrelevant,
duplicated and correlated columns with informative missing values. Each generator is deterministic
(its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets graph6,frag7,kmer5,pair10``, ``--data round8``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6 and 7's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round8.py`` prints (22 s of
CPU on one core, 43 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
graph6     2,400  6 (400 each)                   89.6 / 88.5 | 89.8 / 86.7        12.5 / 15.6 / 12.3
frag7      3,000  7 (1,100 / 700 / 450 / 300 /   99.2 / 88.3 | 99.2 / 89.9        14.1 / 23.1 / 14.9
                    200 / 150 / 100)
kmer5      3,000  5 (600 each)                   93.9 / 87.3 | 93.4 / 87.9        11.0 / 12.6 / 10.7
pair10     3,000  10 (300 each), pairs of 5      99.8 / 82.7 | 99.5 / 85.9        21.0 / 31.6 / 15.2
                    conditions

Each set has class overlap by construction (families that approach each other: a block model with
weak blocks is an Erdos-Renyi graph, Holme-Kim with little triad closing is Barabasi-Albert; dropped
substructures and popular decorations; weak chains on short sequences; mild cases and shared
conditions). In the RBF SVM's 5-fold confusions, graph6's errors fall on those pairs (Erdos-Renyi /
block model, Barabasi-Albert / Holme-Kim, Watts-Strogatz / block model; the geometric graphs are
almost never confused); frag7's fall mostly on the majority class 0 (classes 3-6 lose 25-50 % of
their rows, 16-27 % to class 0 alone); kmer5's pair move (A-T, C-G) is taken for the two cycles;
97 % of pair10's errors fall on a class sharing one condition with the true one (two thirds of the
other classes do). The MLP fits 99-100 % of frag7's and pair10's clean training rows (64 columns,
few rows per class: memorised, the test accuracy is 83-90 %); graph6 and kmer5 leave 6-10 % of their
clean training rows misfit: hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import networkx as nx
import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402

#: the random-graph families of ``graph6``, in label order
GRAPH_FAMILIES = ("erdos_renyi", "barabasi_albert", "watts_strogatz", "block_model", "geometric",
                  "holme_kim")


@functools.cache
def _upper(n: int) -> tuple[np.ndarray, np.ndarray]:
    """The row and column indices of an ``n``-node graph's node pairs (above the diagonal)."""
    return np.triu_indices(n, 1)


def _symmetric(n: int, upper: np.ndarray) -> np.ndarray:
    """The adjacency matrix whose node pairs (in ``_upper(n)``'s order) are ``upper``."""
    a = np.zeros((n, n))
    a[_upper(n)] = upper
    return a + a.T


def _random_graph(family: int, n: int, degree: float, rng) -> np.ndarray:
    """The adjacency matrix of one ``n``-node graph of ``family`` whose mean degree is about ``degree``."""
    name = GRAPH_FAMILIES[family]
    if name in ("erdos_renyi", "block_model"):  # each pair linked independently
        if name == "erdos_renyi":
            p = np.full(n * (n - 1) // 2, degree / (n - 1))
        else:  # 2-4 communities, 3-10 times denser inside than across
            blocks = int(rng.integers(2, 5))
            member = np.arange(n) * blocks // n
            ratio = rng.uniform(3.0, 10.0)
            # mean degree = p_out * (n / blocks * ratio + n - n / blocks), about
            p_out = degree / (n / blocks * ratio + n - n / blocks)
            i, j = _upper(n)
            p = np.minimum(np.where(member[i] == member[j], ratio * p_out, p_out), 1.0)
        return _symmetric(n, rng.random(len(p)) < p)
    if name == "geometric":  # points in the unit square, linked within a radius (border loss: 1.15)
        points = rng.random((n, 2))
        i, j = _upper(n)
        radius = 1.15 * np.sqrt(degree / (n * np.pi))
        return _symmetric(n, np.hypot(*(points[i] - points[j]).T) < radius)
    seed, m = int(rng.integers(2**31)), max(1, round(degree / 2))
    if name == "barabasi_albert":
        g = nx.barabasi_albert_graph(n, m, seed=seed)
    elif name == "watts_strogatz":  # a ring lattice of even degree, each edge rewired with 5-40 %
        g = nx.watts_strogatz_graph(n, 2 * m, rng.uniform(0.05, 0.4), seed=seed)
    else:  # Holme-Kim: preferential attachment with a triad-closing step (probability 0.2-0.8)
        g = nx.powerlaw_cluster_graph(n, m, rng.uniform(0.2, 0.8), seed=seed)
    a = np.zeros((n, n))
    a[tuple(np.asarray(g.edges()).T)] = 1.0
    return np.maximum(a, a.T)


def _rewire(a: np.ndarray, share: float, rng) -> np.ndarray:
    """Observation error: ``share`` of the edges dropped and as many random non-edges added."""
    n = len(a)
    upper = a[_upper(n)]
    edges, gaps = np.flatnonzero(upper), np.flatnonzero(upper == 0)
    k = min(int(rng.binomial(len(edges), share)), len(gaps))
    upper[rng.choice(edges, size=k, replace=False)] = 0.0
    upper[rng.choice(gaps, size=k, replace=False)] = 1.0
    return _symmetric(n, upper)


def _graph_features(a: np.ndarray) -> list[float]:
    """16 statistics of one graph's adjacency matrix ``a``: size, degrees, clustering, distances in the
    largest component, spectrum."""
    n = len(a)
    deg = a.sum(1)
    mean = deg.mean()
    centred = deg - mean
    a2 = a @ a
    triangles = np.einsum("ij,ji->i", a2, a) / 2  # per node
    wedges = deg * (deg - 1) / 2
    local = np.divide(triangles, wedges, out=np.zeros(n), where=wedges > 0)
    # the degree correlation over both ends of each edge
    i, j = np.nonzero(a)
    di, dj = deg[i] - deg[i].mean(), deg[j] - deg[j].mean()
    ends = (di * dj).mean() / di.var() if di.var() > 0 else 0.0  # both ends have the same spread
    # distances by breadth-first search on the matrix: hop counts up to the component's diameter
    dist = np.where(np.eye(n) > 0, 0.0, np.inf)
    reach, frontier, hop = np.eye(n, dtype=bool), np.eye(n, dtype=bool), 0
    while frontier.any():
        hop += 1
        frontier = ((frontier.astype(float) @ a) > 0) & ~reach
        dist[frontier] = hop
        reach |= frontier
    big = reach[np.argmax(reach.sum(1))]  # the nodes of one largest component
    inner = dist[np.ix_(big, big)]
    pairs = inner[_upper(int(big.sum()))]
    eig = np.linalg.eigvalsh(a)
    lap = np.linalg.eigvalsh(np.diag(deg[big]) - a[np.ix_(big, big)])
    return [np.log(n), mean, deg.std() / mean, deg.max() / mean, (centred**3).mean() / max(deg.std(), 1e-9) ** 3,
            (deg <= 1).mean(), ends, local.mean(), triangles.sum() / max(wedges.sum(), 1.0),
            big.mean(), pairs.mean() / np.log(big.sum()) if len(pairs) else 0.0, pairs.max() if len(pairs) else 0.0,
            eig[-1] / mean, eig[-2] / eig[-1], -eig[0] / eig[-1], lap[1] / mean if len(lap) > 1 else 0.0]


def graph6():
    """Statistics of small random graphs: 6 classes, the generator that made the graph (Erdos-Renyi,
    Barabasi-Albert, Watts-Strogatz, a 2-4 block stochastic block model, a random geometric graph,
    Holme-Kim). Each graph has 20-56 nodes and a mean degree drawn from 3-7 for every family alike, and
    1-10 % of its edges observed wrongly (dropped and replaced by random ones); 16 statistics: log size,
    mean degree, degree spread, maximum and skewness, share of leaves, degree assortativity, mean local
    clustering, transitivity, largest component's share, its mean path length (over log size) and
    diameter, three adjacency-spectrum ratios and the algebraic connectivity (over the mean degree).
    2,400 rows, 400 per family."""
    rng = np.random.default_rng(8106)
    per = 400
    rows = []
    for family in range(len(GRAPH_FAMILIES)):
        for _ in range(per):
            n, degree = int(rng.integers(20, 57)), rng.uniform(3.0, 7.0)
            a = _rewire(_random_graph(family, n, degree, rng), rng.uniform(0.01, 0.1), rng)
            rows.append(_graph_features(a))
    return np.asarray(rows, dtype=np.float32), np.repeat(np.arange(len(GRAPH_FAMILIES)), per)


def frag7():
    """Chemistry-like fingerprints: 64 bits, folded from a library of 48 substructures (each sets 1-3
    bit positions, so substructures collide). 7 activity classes; each class has 2 chemical series,
    a series being 3 library substructures drawn at random (series of different classes may share
    one); a molecule of a class takes one of its series, keeps each of its substructures with
    probability 0.85, and adds 1 + Poisson(3) decorations drawn by popularity (Zipf-like, so common
    substructures appear in every class); 1 % of the bits are set at random. Imbalanced: 1,100 / 700 /
    450 / 300 / 200 / 150 / 100 rows (3,000)."""
    rng = np.random.default_rng(8207)
    counts, bits, library = (1100, 700, 450, 300, 200, 150, 100), 64, 48
    popularity = 1.0 / np.arange(1, library + 1) ** 0.8
    popularity /= popularity.sum()
    sets_bits = np.zeros((library, bits), dtype=bool)
    for f in range(library):
        sets_bits[f, rng.choice(bits, size=rng.integers(1, 4), replace=False)] = True
    series = np.stack([np.stack([rng.choice(library, size=3, replace=False) for _ in range(2)])
                       for _ in counts])  # (class, series, 3)
    xs, ys = [], []
    for c, n in enumerate(counts):
        present = np.zeros((n, library), dtype=bool)
        chosen = series[c, rng.integers(2, size=n)]  # (n, 3)
        keep = rng.random((n, 3)) < 0.85
        present[np.repeat(np.arange(n), 3)[keep.ravel()], chosen.ravel()[keep.ravel()]] = True
        for i, k in enumerate(1 + rng.poisson(3.0, size=n)):
            present[i, rng.choice(library, size=k, p=popularity)] = True
        fp = (present.astype(float) @ sets_bits) > 0
        xs.append(fp | (rng.random((n, bits)) < 0.01))
        ys.append(np.full(n, c))
    return np.vstack(xs).astype(np.float32), np.concatenate(ys)


#: the letter permutation each ``kmer5`` class prefers as its next letter, in label order
#: (A C G T = 0 1 2 3): repeat, pair (A-T, C-G), cycle A-C-G-T, the reverse cycle, and swap within
#: purines / pyrimidines (A-G, C-T)
KMER_MOVES = ((0, 1, 2, 3), (3, 2, 1, 0), (1, 2, 3, 0), (3, 0, 1, 2), (2, 3, 0, 1))


def kmer5():
    """Letter-pair spectra of short sequences from 5 first-order Markov chains over A C G T. Each
    sequence draws its own composition (Dirichlet around 30 / 20 / 20 / 30 %) and signal strength
    ``s`` (0.08-0.35): the next letter follows its class's preferred move (``KMER_MOVES``) with
    probability ``s``, else the composition, so every class has about the same letter content and only
    the letter order tells them apart. Lengths 30 + negative binomial (mean 90 in all). Columns: the 16
    letter-pair frequencies, the 4 letter frequencies and the log length (21). 3,000 rows, 600 per
    class."""
    rng = np.random.default_rng(8305)
    classes, per, mean_length = len(KMER_MOVES), 600, 90
    n = classes * per
    y = np.repeat(np.arange(classes), per)
    length = 30 + rng.negative_binomial(4, 4 / (4 + mean_length - 30), size=n)
    comp = rng.dirichlet(30 * np.array([0.3, 0.2, 0.2, 0.3]), size=n)  # (n, 4)
    s = rng.uniform(0.08, 0.35, size=n)
    move = np.asarray(KMER_MOVES)[y]  # (n, 4): the preferred next letter after each letter
    seq = np.empty((n, length.max()), dtype=np.int64)
    seq[:, 0] = (rng.random((n, 1)) > comp.cumsum(1)).sum(1)
    rows = np.arange(n)
    for t in range(1, length.max()):
        background = (rng.random((n, 1)) > comp.cumsum(1)).sum(1)
        seq[:, t] = np.where(rng.random(n) < s, move[rows, seq[:, t - 1]], background)
    x = np.zeros((n, 21))
    for i, k in enumerate(length):
        pairs = np.bincount(4 * seq[i, :k - 1] + seq[i, 1:k], minlength=16)
        x[i, :16] = pairs / (k - 1)
        x[i, 16:20] = np.bincount(seq[i, :k], minlength=4) / k
    x[:, 20] = np.log(length)
    return x.astype(np.float32), y


def pair10():
    """A lab panel with many irrelevant, duplicated and correlated columns: 10 classes, each an
    unordered pair of 5 conditions (so classes sharing a condition are confusable). 8 latent markers
    (correlated log levels); each condition moves 2-3 of them (1.6-2.6 standard deviations, either
    sign) times its own severity (gamma, mean 1, spread 0.35: mild cases stay nearer normal), the two
    effects summed and saturated (2.6 tanh), plus a site effect (4 sites). Observed: the 8 markers in
    natural units (log-normal, rounded to 2 significant digits), a second assay of each (another unit,
    linear calibration, 10 % error), 6 noisy log ratios of marker pairs, 3 markers missing with
    probability 0.3, or 0.1 where one of the row's conditions moves them (filled with the median, with
    3 missing indicators), 2 rescaled duplicates, a log copy and an exact copy, age, sex, weight, the
    site one-hot (4) and 28 irrelevant columns (heavy-tailed, counts, uniform, rare flags,
    log-normal). 64 columns; 3,000 rows, 300 per class."""
    rng = np.random.default_rng(8410)
    per, markers, conditions = 300, 8, 5
    pairs = [(a, b) for a in range(conditions) for b in range(a + 1, conditions)]
    n = per * len(pairs)
    y = np.repeat(np.arange(len(pairs)), per)
    effect = np.zeros((conditions, markers))
    for k in range(conditions):
        moved = rng.choice(markers, size=rng.integers(2, 4), replace=False)
        effect[k, moved] = rng.uniform(1.6, 2.6, size=len(moved)) * rng.choice((-1.0, 1.0), size=len(moved))
    root = rng.normal(scale=0.4, size=(markers, markers)) + np.eye(markers)
    base = rng.normal(size=(n, markers)) @ root.T
    base /= base.std(0)
    first, second = np.asarray(pairs)[y].T
    severity = rng.gamma(8.0, 1 / 8, size=(n, 2))
    shift = severity[:, :1] * effect[first] + severity[:, 1:] * effect[second]
    site = rng.integers(4, size=n)
    level = base + 2.6 * np.tanh(shift / 2.6) + rng.normal(scale=0.3, size=(4, markers))[site]  # log scale
    unit = 10.0 ** rng.uniform(-1, 3, size=markers)
    value = unit * np.exp(0.35 * level)
    digits = 10.0 ** (np.floor(np.log10(value)) - 1)
    primary = np.round(value / digits) * digits  # 2 significant digits
    gain, offset = 10.0 ** rng.uniform(-1, 1, size=markers), rng.uniform(-0.2, 0.2, size=markers)
    second_assay = (gain * (value + offset * unit)) * (1 + rng.normal(scale=0.1, size=(n, markers)))
    ends = rng.choice(markers, size=(6, 2), replace=True)
    ratios = level[:, ends[:, 0]] - level[:, ends[:, 1]] + rng.normal(scale=0.5, size=(n, 6))
    lacking = rng.choice(markers, size=3, replace=False)
    missing = np.zeros((n, 3), dtype=bool)
    for j, m in enumerate(lacking):
        moved = np.abs(effect[first, m]) + np.abs(effect[second, m]) > 0  # a condition that moves it
        missing[:, j] = rng.random(n) < np.where(moved, 0.1, 0.3)
        primary[missing[:, j], m] = np.median(primary[~missing[:, j], m])
    duplicates = np.column_stack([primary[:, 0] * 1000, second_assay[:, 3] / 2.54, np.log(primary[:, 5]),
                                  primary[:, 2]])
    demographics = np.column_stack([rng.uniform(18, 90, n), rng.integers(2, size=n), rng.normal(75, 14, n),
                                    np.eye(4)[site]])
    irrelevant = np.column_stack([rng.standard_t(2, size=(n, 8)), rng.poisson(3.0, size=(n, 6)),
                                  rng.uniform(0, 100, size=(n, 6)), rng.random((n, 4)) < 0.03,
                                  np.exp(rng.normal(size=(n, 4)))])
    x = np.hstack([primary, second_assay, ratios, missing, duplicates, demographics, irrelevant])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND8`` lists them
GENERATORS = {"graph6": graph6, "frag7": frag7, "kmer5": kmer5, "pair10": pair10}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "graph6": (2400, 16, (400,) * 6),
    "frag7": (3000, 64, (1100, 700, 450, 300, 200, 150, 100)),
    "kmer5": (3000, 21, (600,) * 5),
    "pair10": (3000, 64, (300,) * 10),
}
ROUND8 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
