"""Round 11's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover or vibration): the per-row summaries a practitioner reads from four other fields. Variable
stars of 7 classes as a survey's light-curve features (period, amplitude, shape, colour) with period
aliases and faint, sparsely observed stars; blood cells of 8 types as a single-cell RNA-seq run counts 28
marker genes (sparse counts, dropout, library size, types that share gene programmes); large-radius jets
of 5 origins at a hadron collider as substructure features (W and Z jets close in mass, quark and gluon
showers alike, lost prongs); vowel tokens of 12 American English vowels as a formant tracker measures
them over 64 talkers (vocal tract length, coarticulation, unstressed undershoot, tracker errors). Each
generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets vstar7,pbmc8,jet5,vowel12``, ``--data round11``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-10's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round11.py`` prints
(25-35 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
vstar7     2,750  7 (550 / 350 / 300 / 400 /     96.9 / 92.3 | 96.5 / 93.3         9.3 / 13.9 /  8.3
                    600 / 300 / 250)
pbmc8      3,050  8 (650 / 500 / 400 / 250 /     97.2 / 89.6 | 97.1 / 87.8        10.4 / 14.6 / 10.7
                    350 / 550 / 200 / 150)
jet5       2,700  5 (750 / 650 / 450 / 350 /     90.4 / 89.6 | 90.9 / 87.1        14.6 / 16.1 / 16.1
                    500)
vowel12    2,930  12 (330 / 360 / 200 / 300 /    92.8 / 89.5 | 92.4 / 92.1        11.5 / 12.1 / 11.0
                    220 / 260 / 150 / 220 /
                    140 / 200 / 380 / 170)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round11.py``): most of vstar7's errors involve a contact binary (half-period
searches look like RR Lyrae c and delta Scuti stars), and the faintest quarter of stars errs over five
times as often as the brightest; over 85 % of pbmc8's errors stay within a lineage (T and NK cells, B
cells, myeloid cells), most of them naive against memory CD4 T cells, and cells of the smallest
libraries err more often; over 70 % of jet5's errors take W for Z jets or quark for gluon jets and back;
over 60 % of vowel12's fall between vowels whose men's mean F1 / F2 lie within 300 Hz (about a quarter
of the vowel pairs do). The benchmark MLP misfits 3-10 % of its clean training rows: hard clean rows
that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402

# --------------------------------------------------------------------------- vstar7: variable-star light curves
#: the variability classes of ``vstar7``, in label order, and their rows
STARS = ("rr_lyrae_ab", "rr_lyrae_c", "cepheid", "algol", "w_ursae_majoris", "delta_scuti", "mira")
STAR_ROWS = (550, 350, 300, 400, 600, 300, 250)
#: per class: log10 period (days) mean and spread, amplitude (mag, log mean), magnitude skewness,
#: Fourier amplitude ratios R21 / R31, phase difference phi21 (rad), intrinsic g - r colour and spread
LIGHT_CURVES = (
    (-0.27, 0.07, np.log(0.8), -0.6, 0.45, 0.30, 3.9, 0.30, 0.07),
    (-0.48, 0.06, np.log(0.45), -0.1, 0.12, 0.06, 4.6, 0.22, 0.06),
    (0.75, 0.30, np.log(0.65), -0.4, 0.40, 0.22, 3.5, 0.65, 0.12),
    (0.35, 0.35, np.log(0.7), 1.8, 0.85, 0.70, 6.0, 0.45, 0.30),
    (-0.45, 0.10, np.log(0.45), 0.2, 0.10, 0.04, 3.2, 0.50, 0.18),
    (-1.05, 0.15, np.log(0.25), -0.3, 0.20, 0.08, 4.1, 0.18, 0.07),
    (2.45, 0.15, np.log(3.5), 0.1, 0.15, 0.05, 3.3, 1.60, 0.20),
)


def vstar7():
    """Periodic variable stars of 7 classes (``STARS``) as a ground-based survey's light-curve feature
    extractor summarises them: RR Lyrae of both pulsation modes, classical Cepheids, detached (Algol)
    and contact (W UMa) eclipsing binaries, delta Scuti stars and Miras. Each star draws a period,
    amplitude, shape (skewness, Fourier ratios R21 / R31, phase phi21) and intrinsic colour around its
    class's (``LIGHT_CURVES``; RR Lyrae ab follow the Bailey relation, Cepheid shapes the Hertzsprung
    progression), lies behind interstellar reddening (E(g - r) exponential, mean 0.12) at a distance
    that sets its mean magnitude (13.5-20.5 mag; a standard candle's absolute magnitude), and is observed
    30-300 times: every feature is measured with noise growing with faintness and falling with the
    number of epochs. The period search picks a daily alias (|1 - f|) for 8 % of stars under 1 day and
    half the true period for 45 % of contact binaries (two equal eclipses per orbit), as survey
    pipelines do. Columns: log period, log amplitude, skewness, kurtosis, R21, R31, phi21, g - r, the
    colour amplitude ratio, mean magnitude, log epochs, the von Neumann ratio eta, the fraction of
    points fainter than the mean and the period's significance (log of its log false-alarm probability)
    (14). Imbalanced: 550 / 350 / 300 / 400 / 600 / 300 / 250 rows (2,750)."""
    rng = np.random.default_rng(11017)
    y = np.repeat(np.arange(len(STARS)), STAR_ROWS)
    n = len(y)
    lc = np.asarray(LIGHT_CURVES)[y]
    logp = lc[:, 0] + rng.normal(0, 1, n) * lc[:, 1]
    amp = lc[:, 2] + rng.normal(0, 0.3, n)
    amp = np.where(y == 0, amp - 2.2 * (logp + 0.27), amp)  # Bailey: longer-period RRab pulsate less
    skew = lc[:, 3] + rng.normal(0, 0.35, n)
    r21 = lc[:, 4] + np.where(y == 2, 0.25 * np.cos(3 * (logp - 1.0)), 0) + rng.normal(0, 0.07, n)
    r31 = lc[:, 5] + rng.normal(0, 0.05, n)
    phi21 = lc[:, 6] + np.where(y == 2, 1.5 * (logp - 1.0), 0) + rng.normal(0, 0.3, n)
    colour = lc[:, 7] + rng.normal(0, 1, n) * lc[:, 8]
    # the survey's view: a daily alias below a day, half-period contact binaries
    period = 10 ** logp
    alias = (period < 1) & (rng.random(n) < 0.08)
    period = np.where(alias, 1 / np.abs(1 - 1 / period), period)
    half = (y == 4) & (rng.random(n) < 0.45)
    period = np.where(half, period / 2, period)
    r21 = np.where(half, rng.normal(0.12, 0.06, n), r21)
    reddening = rng.exponential(0.12, n)
    absolute = np.select([y <= 1, y == 2, y == 6], [0.6, -2.8 * logp - 1.4, -3.5], rng.normal(3.5, 1.5, n))
    distance_modulus = rng.uniform(10, 17, n)
    mag = np.clip(absolute + distance_modulus + 3.2 * reddening, 13.5, 20.5)
    epochs = np.exp(rng.uniform(np.log(30), np.log(300), n))
    noise = 0.03 * np.exp(0.5 * (mag - 16)) / np.sqrt(epochs / 100)  # per-feature noise scale
    eta = 2 * (1 - np.exp(-3 * noise / np.exp(amp))) + np.where(period > 20, 0.05, 0.8) * rng.uniform(0.8, 1.2, n)
    faint = np.where(y == 3, 0.15, 0.5 - 0.12 * skew) + rng.normal(0, 0.04, n)
    fap = -np.exp(amp) * np.sqrt(epochs) / (0.3 + noise) * rng.lognormal(0, 0.3, n)
    kurt = np.where(y == 3, 2.5 + 1.2 * skew, -1.2 + 0.8 * skew ** 2) + rng.normal(0, 0.3, n)
    x = np.column_stack([np.log10(period), amp, skew, kurt, r21, r31, phi21, colour + reddening,
                         rng.normal(np.where(y <= 2, 0.4, np.where(y == 6, 0.15, 0.02)), 0.05, n), mag,
                         np.log(epochs), eta, faint, np.log10(-fap + 1)])
    noisy = np.array([0.01, 0.3, 0.4, 0.6, 0.25, 0.25, 0.6, 0.08, 0.1, 0.05, 0, 0.1, 0.05, 0.1])
    x += rng.normal(0, 1, x.shape) * noisy * (noise / 0.02)[:, None] ** 0.7
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- pbmc8: single-cell expression
#: the blood cell types of ``pbmc8``, in label order, and their rows
CELLS = ("naive_cd4_t", "memory_cd4_t", "cd8_t", "nk", "b", "cd14_monocyte", "fcgr3a_monocyte", "dendritic")
CELL_ROWS = (650, 500, 400, 250, 350, 550, 200, 150)
GENES = ("CD3D", "CD3E", "IL7R", "CCR7", "SELL", "LEF1", "S100A4", "CD8A", "CD8B", "GZMK", "GZMB", "GNLY",
         "NKG7", "PRF1", "KLRD1", "MS4A1", "CD79A", "CD79B", "CD14", "LYZ", "S100A8", "S100A9", "FCGR3A",
         "MS4A7", "FCER1A", "CST3", "HLA-DRA", "PPBP")
#: gene programmes (name: genes and their log-fold loadings); a cell's expression is a baseline plus
#: the programmes it runs, each at its own activity
PROGRAMMES = {
    "t_cell": {"CD3D": 3.0, "CD3E": 2.6, "IL7R": 1.0},
    "naive": {"CCR7": 2.6, "SELL": 2.2, "LEF1": 2.2},
    "memory": {"S100A4": 2.5, "IL7R": 1.8, "GZMK": 0.8},
    "cd8": {"CD8A": 2.8, "CD8B": 2.6, "GZMK": 1.6},
    "cytotoxic": {"GZMB": 3.0, "GNLY": 3.5, "NKG7": 3.2, "PRF1": 2.5, "KLRD1": 2.5, "FCGR3A": 1.2},
    "b_cell": {"MS4A1": 2.8, "CD79A": 3.0, "CD79B": 2.5, "HLA-DRA": 2.5},
    "myeloid": {"LYZ": 4.0, "CST3": 3.2, "HLA-DRA": 2.0, "S100A4": 1.5},
    "classical": {"CD14": 2.8, "S100A8": 3.8, "S100A9": 3.8},
    "nonclassical": {"FCGR3A": 3.0, "MS4A7": 2.6},
    "dendritic": {"FCER1A": 3.0, "HLA-DRA": 3.0, "CST3": 1.0},
}
#: per cell type: the mean activity (0-1) of each programme, in ``PROGRAMMES`` order
ACTIVITY = np.array([
    [1, 0.9, 0.15, 0, 0, 0, 0, 0, 0, 0],
    [1, 0.3, 0.85, 0, 0.1, 0, 0, 0, 0, 0],
    [1, 0.45, 0.4, 1, 0.45, 0, 0, 0, 0, 0],
    [0.1, 0, 0.2, 0.05, 1, 0, 0, 0, 0, 0],
    [0, 0.4, 0, 0, 0, 1, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0, 1, 0.9, 0.15, 0],
    [0, 0, 0, 0, 0, 0, 0.9, 0.3, 0.9, 0],
    [0, 0, 0, 0, 0, 0.1, 0.8, 0.1, 0, 1],
])


def pbmc8():
    """Peripheral blood mononuclear cells of 8 types (``CELLS``) as a droplet single-cell RNA-seq run
    reads 28 marker genes (``GENES``). A cell runs gene programmes (``PROGRAMMES``: T cell, naive,
    memory, CD8, cytotoxic, B cell, myeloid, classical and non-classical monocyte, dendritic) at
    activities around its type's (``ACTIVITY``), so types share programmes: naive and memory CD4 T
    cells lie on one continuum (a cell's position drawn from a Beta), effector CD8 T cells run the NK
    cells' cytotoxic programme, monocytes run a classical-to-non-classical gradient and dendritic cells
    the myeloid one. Its 28 expression shares are sampled into unique molecule counts: a library size
    per cell (log-normal, median 2,500 captured molecules of which these genes hold a few percent),
    gamma-Poisson (negative binomial) counts, so low-expressed genes drop out, plus ambient RNA of lysed
    monocytes and platelets (LYZ, S100A8/9, PPBP) in every droplet and 4 % of droplets carrying a
    platelet. Columns: the 28 genes normalised to 10,000 molecules and log1p-transformed, the log
    library size and the number of the 28 genes detected (30). Imbalanced: 650 / 500 / 400 / 250 /
    350 / 550 / 200 / 150 rows (3,050)."""
    rng = np.random.default_rng(11131)
    y = np.repeat(np.arange(len(CELLS)), CELL_ROWS)
    n = len(y)
    loading = np.zeros((len(PROGRAMMES), len(GENES)))
    for i, genes in enumerate(PROGRAMMES.values()):
        for gene, fold in genes.items():
            loading[i, GENES.index(gene)] = fold
    activity = np.clip(ACTIVITY[y] + rng.normal(0, 0.15, (n, len(PROGRAMMES))), 0, 1.3)
    continuum = rng.beta(2, 2, n)  # the naive-memory and classical-non-classical gradients
    t_cd4 = y <= 1
    activity[t_cd4, 1] = np.where(y[t_cd4] == 0, 1 - 0.5 * continuum[t_cd4], 0.5 - 0.5 * continuum[t_cd4])
    activity[t_cd4, 2] = np.where(y[t_cd4] == 0, 0.5 * continuum[t_cd4], 0.4 + 0.6 * continuum[t_cd4])
    mono = (y == 5) | (y == 6)
    activity[mono, 8] = np.where(y[mono] == 5, 0.45 * continuum[mono], 0.35 + 0.65 * continuum[mono])
    log_rate = -8.5 + activity @ loading + rng.normal(0, 0.3, (n, len(GENES)))
    library = rng.lognormal(np.log(2500), 0.55, n)
    ambient = np.zeros(len(GENES))
    ambient[[GENES.index(g) for g in ("LYZ", "S100A8", "S100A9", "PPBP")]] = (4e-4, 3e-4, 3e-4, 2e-4)
    platelet = rng.random(n) < 0.04
    rate = library[:, None] * (np.exp(log_rate) + ambient + platelet[:, None] * (np.arange(len(GENES)) == 27) * 3e-3)
    counts = rng.poisson(rate * rng.gamma(3, 1 / 3, rate.shape))
    total = library * rng.lognormal(0, 0.05, n)
    x = np.column_stack([np.log1p(1e4 * counts / total[:, None]), np.log(total), (counts > 0).sum(1)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- jet5: jet substructure
#: the jet origins of ``jet5``, in label order, and their rows
JETS = ("gluon", "light_quark", "w_boson", "z_boson", "top_quark")
JET_ROWS = (750, 650, 450, 350, 500)
#: the heavy particles' masses (GeV) and their prongs
MASS = {2: 80.4, 3: 91.2, 4: 172.8}
PRONGS = {0: 1, 1: 1, 2: 2, 3: 2, 4: 3}


def jet5():
    """Large-radius jets (anti-kt, R = 0.8) of 5 origins (``JETS``) at a hadron collider, as a
    substructure tagger's inputs summarise them. Jet transverse momenta fall steeply from 500 GeV
    (exponential, mean 180 GeV above it). Gluon and light-quark jets are one-prong showers whose mass
    grows with pT (m / pT log-normal; gluons radiate more: colour factor 9/4 in the constituent
    multiplicity, broader width, lower pT_D); W and Z bosons and top quarks decay to 2, 2 and 3 prongs
    at their masses (``MASS``) with a 4.5 % detector resolution, so W and Z jets lie close in mass, and a
    quarter of Z jets carry b quarks; a boosted decay whose opening angle (about 2 m / pT) exceeds
    the radius loses a prong (top: its W, or its b), and one in 8 heavy jets has most of a prong
    groomed away by soft drop. Pile-up adds soft constituents and mass. The prong structure shows in
    N-subjettiness ratios tau21 / tau32 and energy correlation ratios C2 / D2 (smeared, with hard
    quark-gluon tails). Columns: log pT, soft-drop mass, ungroomed mass, tau1, tau21, tau32, C2, D2,
    constituent and charged multiplicity, girth, pT_D, the leading subjet's pT fraction, the subjets'
    distance, momentum balance zg and a b-tag score (16). Imbalanced: 750 / 650 / 450 / 350 / 500
    rows (2,700)."""
    rng = np.random.default_rng(11239)
    y = np.repeat(np.arange(len(JETS)), JET_ROWS)
    n = len(y)
    pt = 500 + rng.exponential(180, n)
    gluon, quark, heavy = y == 0, y == 1, y >= 2
    mass_true = np.array([MASS.get(c, 0.0) for c in y])
    prongs = np.array([PRONGS[c] for c in y])
    opening = 2 * np.maximum(mass_true, 1) / pt
    lost = heavy & ((opening > 0.8 * rng.uniform(0.8, 1.2, n)) | (rng.random(n) < 0.125))
    prongs = np.where(lost, prongs - 1, prongs)
    qcd_mass = pt * rng.lognormal(np.where(gluon, np.log(0.12), np.log(0.085)), 0.45, n)
    top_lost = (y == 4) & lost
    decay_mass = np.where(top_lost, np.where(rng.random(n) < 0.6, 80.4, rng.uniform(40, 150, n)), mass_true)
    decay_mass = np.where(lost & (y < 4), decay_mass * rng.uniform(0.25, 0.7, n), decay_mass)
    sd_mass = np.where(heavy, decay_mass * rng.normal(1, 0.045, n), qcd_mass * rng.uniform(0.3, 0.9, n))
    pileup = rng.gamma(3, 4, n)
    mass = np.sqrt(np.where(heavy, sd_mass, qcd_mass) ** 2 + (pileup * 2.2) ** 2 + rng.gamma(2, 60, n) ** 2)
    casimir = np.where(gluon, 9 / 4, 1.0)
    mult = rng.poisson(14 * casimir ** 0.75 + 6 * (prongs - 1) + 0.02 * (pt - 500) + pileup)
    charged = rng.binomial(mult, 0.62)
    tau21 = np.clip(np.select([prongs >= 2], [rng.normal(0.33, 0.09, n)],
                              rng.normal(np.where(gluon, 0.64, 0.58), 0.12, n)), 0.05, 1)
    tau32 = np.clip(np.select([prongs == 3], [rng.normal(0.48, 0.1, n)], rng.normal(0.72, 0.1, n)), 0.05, 1)
    c2 = np.clip(np.where(prongs >= 2, rng.normal(0.14, 0.04, n), rng.normal(0.24 + 0.04 * gluon, 0.06, n)), 0.01, 1)
    d2 = np.clip(np.where(prongs >= 2, rng.lognormal(np.log(1.3), 0.3, n),
                          rng.lognormal(np.log(2.6 + 0.6 * gluon), 0.35, n)), 0.2, 20)
    tau1 = mass / pt * rng.lognormal(0, 0.2, n)
    girth = np.where(heavy, opening * 0.35, np.where(gluon, 0.11, 0.08)) * rng.lognormal(0, 0.3, n)
    ptd = np.clip(np.where(gluon, 0.28, np.where(quark, 0.38, 0.25)) + rng.normal(0, 0.07, n), 0.05, 1)
    lead = np.clip(np.where(prongs >= 2, rng.uniform(0.45, 0.8, n), rng.normal(0.88, 0.07, n)), 0.3, 1)
    dr = np.where(prongs >= 2, opening * rng.normal(1, 0.15, n), rng.exponential(0.08, n))
    zg = np.where(prongs >= 2, rng.beta(4, 4, n) * 0.5, rng.beta(1, 5, n) * 0.5) + 0.02
    b = np.where(y == 4, 0.75, np.where(y == 3, 0.25, 0.04)) > rng.random(n)
    btag = np.clip(np.where(b, rng.beta(5, 2, n), rng.beta(1.2, 6, n)), 0, 1)
    x = np.column_stack([np.log(pt), sd_mass, mass, tau1, tau21, tau32, c2, d2, mult, charged, girth, ptd,
                         lead, dr, zg, btag])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- vowel12: vowel formants
#: the vowels of ``vowel12`` (American English, as in heed, hid, hayed, head, had, hod, hawed, hoed,
#: hood, who'd, hud, heard), in label order, and their rows
VOWELS = ("i", "I", "e", "E", "ae", "a", "O", "o", "U", "u", "V", "3r")
VOWEL_ROWS = (330, 360, 200, 300, 220, 260, 150, 220, 140, 200, 380, 170)
#: per vowel, an adult man's mean F0, F1, F2, F3 (Hz) at the vowel's middle and its duration (ms)
#: (after Hillenbrand et al. 1995), and the F1 / F2 change from onset to offset (diphthongisation)
FORMANTS = np.array([
    [138, 342, 2322, 3000, 243, -10, 60],
    [135, 427, 2034, 2684, 192, 20, -100],
    [129, 476, 2089, 2691, 267, -90, 250],
    [127, 580, 1799, 2605, 189, 30, -120],
    [123, 588, 1952, 2601, 278, 60, -300],
    [123, 768, 1333, 2522, 267, -40, 40],
    [121, 652, 997, 2538, 283, 30, 60],
    [129, 497, 910, 2459, 265, -70, -150],
    [133, 469, 1122, 2434, 192, 30, 120],
    [143, 378, 997, 2343, 237, -20, -120],
    [133, 623, 1200, 2550, 188, 20, 80],
    [130, 474, 1379, 1710, 263, -10, 60],
])
#: F2 loci (Hz, adult man) of labial, alveolar and velar consonants around a vowel
LOCI = (900.0, 1800.0, 2300.0)


def vowel12():
    """Vowel tokens of 12 American English vowels (``VOWELS``) from read sentences, 64 talkers (24 men,
    24 women, 16 children), as a phonetician's formant tracker measures them. A talker's vocal tract
    length scales every formant (women 1.16, children 1.3 times a man's, 4 % each) and sets an F0 (women
    1.7, children 1.9 times); a vowel's formants (``FORMANTS``) move from onset to offset (the tense
    vowels of hayed and hoed are diphthongs), are pulled towards the F2 locus of the consonants around
    them (``LOCI``: 30 % at the onset, 20 % at the offset) and, in the 35 % of tokens without stress,
    are shorter (0.65 times) and undershoot towards a neutral schwa (20-45 %); speaking rate scales
    durations per talker. Rows follow vowel frequency in running speech (imbalanced), each token from a
    random talker in a random consonant context. The tracker measures each formant to 3 % and in 3 % of
    tokens reports F3 as F2 (a merged F1 / F2 of a back vowel). Columns: F0, F1 / F2 / F3 at 20, 50 and
    80 % of the vowel (F1's three, F2's, F3's), its duration (ms) and the F1 - F2 level difference (dB)
    (12). Imbalanced: 330 / 360 / 200 / 300 / 220 / 260 / 150 / 220 / 140 / 200 / 380 / 170 rows
    (2,930)."""
    rng = np.random.default_rng(11353)
    y = np.repeat(np.arange(len(VOWELS)), VOWEL_ROWS)
    n = len(y)
    group = np.repeat(np.arange(3), (24, 24, 16))
    scale = np.array([1.0, 1.16, 1.3])[group] * rng.lognormal(0, 0.04, len(group))
    pitch = np.array([1.0, 1.7, 1.9])[group] * rng.lognormal(0, 0.1, len(group))
    rate = rng.lognormal(0, 0.15, len(group))
    talker = rng.integers(len(group), size=n)
    k = scale[talker][:, None]
    mid = FORMANTS[y, 1:4] * k * rng.lognormal(0, 0.035, (n, 3))
    unstressed = rng.random(n) < 0.35
    schwa = np.array([500.0, 1500.0, 2500.0]) * k
    undershoot = np.where(unstressed, rng.uniform(0.2, 0.45, n), rng.uniform(0, 0.1, n))[:, None]
    mid = mid + undershoot * (schwa - mid)
    glide = np.column_stack([FORMANTS[y, 5], FORMANTS[y, 6], 0.3 * FORMANTS[y, 6]]) * k
    glide *= np.where(unstressed, 0.6, 1.0)[:, None] * rng.lognormal(0, 0.3, (n, 1))
    before, after = (np.asarray(LOCI)[rng.integers(3, size=n)] * k[:, 0] for _ in range(2))
    onset, offset = mid - 0.5 * glide, mid + 0.5 * glide
    onset[:, 1] += 0.3 * (before - onset[:, 1])
    offset[:, 1] += 0.2 * (after - offset[:, 1])
    formants = np.stack([onset, mid, offset], 1) * rng.lognormal(0, 0.03, (n, 3, 3))  # (n, time, formant)
    merged = rng.random(n) < 0.03
    formants[merged, :, 1] = formants[merged, :, 2]
    f0 = FORMANTS[y, 0] * pitch[talker] * np.where(unstressed, 0.95, 1.05) * rng.lognormal(0, 0.06, n)
    duration = FORMANTS[y, 4] * rate[talker] * np.where(unstressed, 0.65, 1.0) * rng.lognormal(0, 0.18, n)
    level = 20 * np.log10(formants[:, 1, 1] / formants[:, 1, 0]) * 0.8 + rng.normal(0, 2.5, n)
    x = np.column_stack([f0, formants.transpose(0, 2, 1).reshape(n, 9), duration, level])  # F1 x3, F2 x3, F3 x3
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND11`` lists them
GENERATORS = {"vstar7": vstar7, "pbmc8": pbmc8, "jet5": jet5, "vowel12": vowel12}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "vstar7": (2750, 14, STAR_ROWS),
    "pbmc8": (3050, 30, CELL_ROWS),
    "jet5": (2700, 16, JET_ROWS),
    "vowel12": (2930, 12, VOWEL_ROWS),
}
ROUND11 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
