"""Round 19's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles, wildfire fuel types, tropical cyclone categories, haddock ages, Enterobacterales
species, chiller faults, liver fibrosis stages, pavement condition classes, malware categories, pollen taxa,
avalanche danger levels, banana ripening stages, steel strip defects or lithofacies): the per-row summaries a
practitioner reads from four other fields. Two sets have ORDERED classes (``ORDERED``): dairy cows' weeks in the
5 locomotion scores from a walkway, a camera, a leg accelerometer and the milking records (scores that meet;
crowded passages blur the gait, cows lame on both hind feet walk symmetrically), and language learners in the 6
CEFR levels from a placement test, its essay and its speaking tasks (levels that meet; the grammar section's
ceiling, heritage speakers who speak above their level and write below it, phones that shorten the essays).
Two have UNORDERED classes: potsherds in 7 fabric groups from a portable XRF's oxides and trace elements (mixed
clay recipes join neighbouring fabrics; weathered surfaces read noisier, leached and, on limestone, with
burial calcite), and tree crowns of 8 species from leaf-on and leaf-off airborne laser scans and a
hyperspectral image (the conifers meet, larch beside birch, the pioneer broadleaves meet, oak beside beech;
segmentation merges blend crowns, suppressed crowns are shaded and sparse). ``NEIGHBOURS`` names each set's
neighbour map (``LOCOMOTION_NEIGHBOURS``, ``CEFR_NEIGHBOURS``, ``FABRIC_NEIGHBOURS``, ``SPECIES_NEIGHBOURS``).
Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
lameness5,cefr6,sherds7,crowns8``, ``--data round19``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-18's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round19.py`` prints
(about 15 s on the shared machine):

set         rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
lameness5   2,540  5 (900 / 700 / 500 / 300 /     88.7 / 81.6 | 88.6 / 81.1        20.4 / 23.1 / 21.0
                     140), ordered
cefr6       2,600  6 (320 / 520 / 640 / 560 /     87.8 / 83.1 | 88.7 / 81.5        17.2 / 19.6 / 16.0
                     380 / 180), ordered
sherds7     2,460  7 (560 / 220 / 480 / 320 /     92.8 / 87.8 | 92.7 / 87.3        13.0 / 15.7 / 12.4
                     280 / 200 / 400)
crowns8     2,580  8 (560 / 520 / 160 / 420 /     93.2 / 87.0 | 93.7 / 86.4        13.8 / 13.4 / 11.5
                     180 / 200 / 240 / 300)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round19.py``). The ordered sets carry weakly informative columns (the body
condition, the days in milk, a recent hoof trimming and the housing; the hours of instruction, the age and the
first language), so the 10-neighbour baseline errs on 28 % of lameness5's rows and 24 % of cefr6's, over the
MLP's 17-19 %; its errors still fall between adjacent grades (97 % of lameness5's, ``LOCOMOTION_NEIGHBOURS``,
never more than two scores away, and all of cefr6's, ``CEFR_NEIGHBOURS``, never more than one level away). In
lameness5, normal cows err least (9 %) and severely lame ones most (51 %), crowded passages err over 1.6 times
as often as the rest (and walk slower at every score), a fifth of the lame and severely lame cows walk with an
asymmetry under the moderately lame median (both hind feet lame) but arch their backs more than those, straw yards
lie longest and pasture access walks over 1.3 times the steps at every score, and the parity rises with the
score. In cefr6, C2 errs most (52 %: the grammar section's ceiling), A1 to B2 err 19-23 %, learners who speak the
language at home err 1.6 times as often as the rest (they speak faster and write more errors at every level),
phone takers 1.2 times (shorter essays, more typos), Romance first languages read better and East Asian ones
listen worse at every level. The 10-neighbour baseline errs on 17 % of sherds7's rows and 20 % of crowns8's: 94 %
of sherds7's errors fall between neighbouring fabrics (``FABRIC_NEIGHBOURS``), 30 % between the red-firing and
micaceous clays and 21 % between the marl and the shell temper, the micaceous (37 %) and shell-tempered fabrics
err most and the kaolinitic white ware least (3 %), and sherds read on their weathered surface err over 1.2 times
as often as fresh breaks; 89 % of crowns8's errors fall between neighbouring species (``SPECIES_NEIGHBOURS``), a
quarter within the conifers and a third within the pioneer birch, aspen and alder, the rare larch and aspen err
most (about half), pine and spruce least (5-8 %), and suppressed crowns (a relative height under 0.7) err 39 %
against the dominant crowns' (over 0.85) 13 %. The benchmark MLP misfits 6-12 % of its clean training rows (the ordered
sets' most): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


# --------------------------------------------------------------------------- lameness5: dairy cows' locomotion scores
#: the locomotion scores of ``lameness5`` (the 5-point scale), in label order, and their rows
LOCOMOTION_SCORES = ("normal", "mildly lame", "moderately lame", "lame", "severely lame")
LOCOMOTION_ROWS = (900, 700, 500, 300, 140)
#: the score below and above each score
LOCOMOTION_NEIGHBOURS = ordinal_neighbours(len(LOCOMOTION_SCORES))
#: the herds' housing, one-hot in that order, and their shares
HOUSINGS = ("cubicles", "straw yard", "pasture access")
HOUSING_SHARES = (0.55, 0.2, 0.25)


def lameness5():
    """Cow-weeks of dairy herds in the 5 locomotion scores (``LOCOMOTION_SCORES``: normal to severely lame),
    labelled by the herd vet's weekly scoring of each cow as she leaves the parlour, as the herds' automated
    systems describe her week: a pressure-sensing walkway and a 3D camera at the parlour exit, a leg
    accelerometer and the milking records. A cow's lameness is a continuum, anywhere within its score, so
    neighbouring scores meet (``LOCOMOTION_NEIGHBOURS``); severely lame cows are few. The walkway reads the hind
    legs' step asymmetry (rising with the lesion's pain), the stride and the speed (both falling), the camera the
    back's arch (rising steeply from moderate lameness on) and the head bob (only lame and severely lame cows bob);
    a lame cow lies longer in fewer bouts, walks fewer steps, feeds less and, from moderate lameness on, milks less.
    About a fifth of the cows are lame on both hind feet: their gait stays symmetric (the asymmetry rises a third as
    fast), they shorten their stride and arch their back more. A quarter of the passages are crowded (another cow
    on the walkway, a flag): the pushed cow walks slower and her gait shows her lameness blurred, so crowded
    passages err more. Housing sets the behaviour: straw yards lie longer, cows with pasture access walk about half
    as many steps again; a week in heat doubles a cow's steps. Older cows are lamer (the parity rises with the
    score); the body condition, the days in milk and a hoof trimming in the last 30 days are weakly informative.
    Columns: step asymmetry (%), stride length (cm), walking speed (m/s), back arch (deg), head bob (cm), lying
    time (h/d), lying bouts (/d), steps (/d), feeding time (min/d), milk yield against the cow's 7-day mean (%),
    body condition score, parity, days in milk, trimmed in the last 30 days (flag), crowded passage (flag) and the
    housing, one-hot (``HOUSINGS``) (18). Imbalanced: 900 / 700 / 500 / 300 / 140 rows (2,540)."""
    rng = np.random.default_rng(19013)
    y = np.repeat(np.arange(len(LOCOMOTION_SCORES)), LOCOMOTION_ROWS)
    n = len(y)
    housing = rng.choice(len(HOUSINGS), n, p=HOUSING_SHARES)
    parity = np.minimum(1 + rng.poisson(0.9 + 0.35 * y), 8)  # older cows are lamer
    dim = rng.uniform(5, 330, n)  # days in milk
    l = y + rng.uniform(0, 1, n)  # the cow's lameness, on the score's scale
    bilateral = rng.random(n) < 0.2  # both hind feet: the gait stays symmetric
    crowded = rng.random(n) < 0.25  # another cow on the walkway: a pushed, half-hidden passage
    g = np.where(crowded, np.clip(l + rng.normal(0, 0.75, n), 0, 5), l)  # the lameness her gait shows
    s = np.maximum(g - 0.5, 0)  # the lesion's pain
    asym = (2.2 + 3.0 * s * np.where(bilateral, 0.3, 1)) * rng.lognormal(0, np.where(crowded, 0.3, 0.12), n)
    speed = (1.42 - 0.1 * g - 0.03 * bilateral * s + 0.05 * (parity == 1) - 0.03 * (parity >= 4)
             - 0.08 * crowded + rng.normal(0, 0.04, n))
    stride = 158 - 6.5 * g * np.where(bilateral, 1.4, 1) - 6 * crowded + rng.normal(0, 4, n)
    arch = 4 + 0.3 * g + 2.2 * np.maximum(g - 1.8, 0) ** 1.2 + 0.8 * bilateral * s \
        + rng.normal(0, 1, n) * np.where(crowded, 1.5, 0.8)
    headbob = (1.5 + 2.5 * np.maximum(g - 2.8, 0) * np.where(bilateral, 0.5, 1)) * rng.lognormal(0, 0.35, n)
    lying = np.array([11.5, 12.5, 10.3])[housing] + 0.7 * l + rng.normal(0, 0.8, n)
    bouts = rng.poisson(np.maximum(12 - 0.9 * l, 3))
    oestrus = rng.random(n) < 0.06  # a week in heat: the cow walks twice as much
    steps = 2600 * np.exp(-0.13 * l) * np.array([1.0, 0.9, 1.45])[housing] * np.where(oestrus, 2.2, 1) \
        * rng.lognormal(0, 0.2, n)
    feeding = 265 - 16 * l + rng.normal(0, 20, n)
    milk = -0.9 * np.maximum(l - 2, 0) ** 1.5 + rng.normal(0, 1, n) * np.where(dim < 60, 5, 2.5)
    bcs = np.round((3.1 - 0.07 * l + rng.normal(0, 0.3, n)) * 4) / 4
    trimmed = rng.random(n) < 0.12 + 0.05 * y
    x = np.column_stack([np.round(asym, 1), np.round(stride), np.round(speed, 2), np.round(arch, 1),
                         np.round(headbob, 1), np.round(lying, 1), bouts, np.round(steps, -1), np.round(feeding),
                         np.round(milk, 1), bcs, parity, np.round(dim), trimmed, crowded,
                         np.eye(len(HOUSINGS))[housing]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- cefr6: language learners' CEFR levels
#: the CEFR levels of ``cefr6``, in label order, and their rows
CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
CEFR_ROWS = (320, 520, 640, 560, 380, 180)
#: the level below and above each level
CEFR_NEIGHBOURS = ordinal_neighbours(len(CEFR_LEVELS))
#: the learners' first-language families, one-hot in that order, and their shares
L1_FAMILIES = ("Romance", "Slavic", "East Asian", "Arabic")
L1_SHARES = (0.35, 0.25, 0.25, 0.15)


def cefr6():
    """Adult learners at a language school's placement in the 6 CEFR levels (``CEFR_LEVELS``: A1 to C2),
    labelled by two examiners' agreed level after an oral interview, as the computer-adaptive placement test, the
    automated scoring of its short essay and its recorded speaking tasks describe each learner. A learner's
    proficiency is a continuum, anywhere within the level, so neighbouring levels meet (``CEFR_NEIGHBOURS``); C2
    learners are few. The reading and listening abilities (logits) rise linearly, the grammar section's 40 items
    saturate (C1 and C2 learners get nearly all right: a ceiling); the essay grows longer, its sentences longer
    and more subordinated, its vocabulary more diverse and rarer, its errors fewer (falling exponentially); the
    speech grows faster with fewer pauses. Romance first languages read about a third of a logit better, East
    Asian ones listen worse and write more errors. About 8 % are heritage speakers, who grew up hearing the
    language: they listen and speak far above their level and write below it (more errors, a plainer vocabulary);
    most of them and a few others say that they speak it at home (a flag), and those learners err more. A quarter
    took the test on a phone (a flag): shorter essays with more typos. The hours of instruction (which rise
    steeply with the level but scatter widely) and the age are weakly informative. Columns: reading ability,
    listening ability (logits), grammar items right (of 40), essay length (words), mean sentence length
    (words), lexical diversity (MTLD), rare words (% beyond the 2,000 most frequent), errors per 100 words,
    subordinate clauses per sentence, speaking rate (syllables/s), pauses (% of speaking time), hours of
    instruction, age, speaks it at home (flag), took the test on a phone (flag) and the first-language family,
    one-hot (``L1_FAMILIES``) (19). Imbalanced: 320 / 520 / 640 / 560 / 380 / 180 rows (2,600)."""
    rng = np.random.default_rng(19107)
    y = np.repeat(np.arange(len(CEFR_LEVELS)), CEFR_ROWS)
    n = len(y)
    l1 = rng.choice(len(L1_FAMILIES), n, p=L1_SHARES)
    p = y + rng.uniform(0, 1, n)  # the learner's proficiency, on the levels' scale
    heritage = rng.random(n) < 0.08  # grew up hearing the language: speaks above the level, writes below it
    home = np.where(heritage, rng.random(n) < 0.7, rng.random(n) < 0.05)  # speaks it at home (self-report)
    phone = rng.random(n) < 0.25  # took the test on a phone: shorter essays, more typos
    romance, asian = l1 == 0, l1 == 2
    reading = -2.7 + 0.95 * p + 0.3 * romance + rng.normal(0, 0.42, n)
    listening = -2.7 + 0.95 * p - 0.3 * asian + 0.9 * heritage + rng.normal(0, 0.42, n)
    grammar = rng.binomial(40, sigmoid(-2.6 + 1.0 * p - 0.3 * heritage))
    words = (55 + 38 * p) * np.where(phone, 0.7, 1) * rng.lognormal(0, 0.25, n)
    sentence = 6.5 + 2.0 * p + rng.normal(0, 1.8, n)
    mtld = 30 + 11 * p - 8 * heritage + rng.normal(0, 8, n)
    rare = np.maximum(1.5 + 2.0 * p + rng.normal(0, 1.6, n), 0)
    errors = (26 * np.exp(-0.4 * p) * np.where(heritage, 1.8, 1) + 2.5 * phone + 2.5 * asian) \
        * rng.lognormal(0, 0.3, n)
    clauses = np.maximum(0.1 + 0.12 * p + rng.normal(0, 0.13, n), 0)
    rate = 1.3 + 0.45 * p + 1.1 * heritage + rng.normal(0, 0.4, n)
    pauses = 46 - 5.5 * p - 10 * heritage + rng.normal(0, 5.5, n)
    hours = 60 * np.exp(0.55 * p) * rng.lognormal(0, 0.6, n)
    age = 17 + rng.gamma(2, 6, n) + 1.0 * p
    x = np.column_stack([np.round(reading, 2), np.round(listening, 2), grammar, np.round(words),
                         np.round(sentence, 1), np.round(mtld, 1), np.round(rare, 1), np.round(errors, 1),
                         np.round(clauses, 2), np.round(rate, 2), np.round(pauses, 1), np.round(hours, -1),
                         np.round(age), home, phone, np.eye(len(L1_FAMILIES))[l1]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- crowns8: tree species from LiDAR crowns
#: the tree species of ``crowns8``, in label order, and their rows
SPECIES = ("Scots pine", "Norway spruce", "European larch", "silver birch", "aspen", "black alder",
           "pedunculate oak", "European beech")
SPECIES_ROWS = (560, 520, 160, 420, 180, 200, 240, 300)
#: the species whose crowns meet (symmetric)
SPECIES_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4, 5, 6), 4: (3, 5), 5: (3, 4, 6), 6: (3, 5, 7),
                      7: (6,)}
#: per species: height (m) and its spread, crown diameter per height, crown depth ratio, apex conicity,
#: leaf-on canopy penetration (%), its gain leaf-off (points), first-return intensity, NDVI, NIR reflectance
#: (%), red-edge position (nm), and the shares of dry, mesic and wet sites
CROWNS = np.array([
    # h   sd  d/h   depth apex  pen  gain  int   ndvi  nir  rep   dry  mesic wet
    [24., 4., 0.28, 0.35, 0.45, 34., 0.0, 95., 0.80, 22., 716., 0.60, 0.30, 0.10],
    [26., 5., 0.22, 0.70, 0.85, 12., 0.0, 90., 0.82, 20., 718., 0.15, 0.55, 0.30],
    [25., 4., 0.25, 0.50, 0.65, 28., 40., 115., 0.84, 30., 719., 0.35, 0.50, 0.15],
    [22., 4., 0.32, 0.55, 0.35, 30., 40., 135., 0.85, 38., 721., 0.30, 0.45, 0.25],
    [23., 4., 0.24, 0.38, 0.18, 30., 48., 160., 0.84, 46., 720., 0.25, 0.50, 0.25],
    [18., 3., 0.33, 0.60, 0.30, 22., 42., 130., 0.87, 37., 724., 0.05, 0.25, 0.70],
    [24., 4., 0.50, 0.55, 0.12, 18., 50., 145., 0.86, 42., 723., 0.30, 0.55, 0.15],
    [27., 5., 0.40, 0.65, 0.12, 8.0, 55., 150., 0.88, 44., 725., 0.20, 0.70, 0.10],
])
#: the moisture classes of the crowns' sites, one-hot in that order (their shares per species: ``CROWNS``)
SITES = ("dry", "mesic", "wet")


def crowns8():
    """Tree crowns of a mixed temperate forest in 8 species (``SPECIES``), labelled by the inventory crews'
    species on the ground, as the crowns segmented from two airborne laser scans (leaf-on and leaf-off) and a
    hyperspectral image describe each crown. Each species has its crown (``CROWNS``): height and width, the
    crown's depth and the sharpness of its apex (spruce and larch conical, oak and beech rounded), the share of
    laser pulses that pass through it leaf-on (spruce and beech dense, pine, larch and birch open) and how much more
    leaf-off (the broadleaves and larch, a deciduous conifer, lose their leaves; pine and spruce do not), the
    first returns' intensity and the NDVI, near-infrared reflectance and red-edge position (the broadleaves
    bright, the conifers dark). A quarter of the crowns were merged by the segmentation with a tree of a species
    that grows beside theirs and reads alike, so their features blend (``SPECIES_NEIGHBOURS``): the three
    conifers, larch beside birch, the pioneer birch, aspen and alder, birch and alder beside oak, oak beside
    beech. Suppressed crowns, below the canopy (a relative height under 0.7), are shaded and hit by fewer pulses:
    their structure and spectra are noisier and darker, so they err more; a larger scan angle (off nadir) lets
    more pulses through and returns them fainter. Alder grows on wet sites, pine on dry ones; the site's moisture
    class, the scan angle and the points in the crown are weakly informative. Columns: height (m), crown
    diameter (m), crown depth ratio, apex conicity, leaf-on and leaf-off pulse penetration (%), first-return
    intensity, NDVI, near-infrared reflectance (%), red-edge position (nm), height relative to the local canopy,
    laser points in the crown, scan angle (deg) and the site's moisture class, one-hot (``SITES``) (16).
    Imbalanced: 560 / 520 / 160 / 420 / 180 / 200 / 240 / 300 rows (2,580)."""
    rng = np.random.default_rng(19211)
    y = np.repeat(np.arange(len(SPECIES)), SPECIES_ROWS)
    n = len(y)
    merged = rng.random(n) < 0.25  # the segmentation merged the crown with a neighbour of another species
    other = np.array([rng.choice(SPECIES_NEIGHBOURS[c]) for c in y])
    w = np.where(merged, rng.uniform(0.2, 0.6, n), 0)
    g = (1 - w)[:, None] * CROWNS[y] + w[:, None] * CROWNS[other]
    relheight = np.clip(rng.beta(5, 1.6, n) * 1.15, 0.3, 1.2)  # the crown's height over the local canopy's
    shaded = np.clip(1 - relheight, 0, 1)  # suppressed crowns: few points, dark, noisy spectra
    scan = np.abs(rng.normal(0, 9, n))  # off-nadir scan angle (deg)
    height = np.maximum(g[:, 0] * relheight / 0.85 + g[:, 1] * 0.5 * rng.normal(0, 1, n), 4)
    points = rng.poisson(12 * (g[:, 2] * height) ** 2 * (1 - 0.4 * shaded))  # pulses over the crown
    noise = 1.2 + 5 * shaded + 8 / np.sqrt(points + 5)
    diameter = g[:, 2] * height * rng.lognormal(0, 0.15, n)
    depth = np.clip(g[:, 3] + 0.05 * noise * rng.normal(0, 1, n), 0.05, 0.95)
    apex = np.clip(g[:, 4] + 0.06 * noise * rng.normal(0, 1, n), 0, 1)
    pen_on = np.clip(g[:, 5] + 0.35 * scan + 3.0 * noise * rng.normal(0, 1, n), 0, 100)
    pen_off = np.clip(pen_on + g[:, 6] + 4.0 * noise * rng.normal(0, 1, n), 0, 100)
    intensity = g[:, 7] * (1 - 0.006 * scan) * (1 - 0.3 * shaded) + 5 * noise * rng.normal(0, 1, n)
    ndvi = np.clip(g[:, 8] - 0.06 * shaded + 0.015 * noise * rng.normal(0, 1, n), 0, 1)
    nir = g[:, 9] * (1 - 0.5 * shaded) + 2.0 * noise * rng.normal(0, 1, n)
    rep = g[:, 10] + 1.2 * noise * rng.normal(0, 1, n)
    site = (rng.random(n)[:, None] > np.cumsum(CROWNS[y, 11:], 1)).sum(1)
    x = np.column_stack([np.round(height, 1), np.round(diameter, 1), np.round(depth, 2), np.round(apex, 2),
                         np.round(pen_on, 1), np.round(pen_off, 1), np.round(intensity), np.round(ndvi, 3),
                         np.round(nir, 1), np.round(rep, 1), np.round(relheight, 2), points, np.round(scan, 1),
                         np.eye(len(SITES))[site]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- sherds7: pottery fabrics by pXRF
#: the ceramic fabric groups of ``sherds7``, in label order, and their rows
FABRICS = ("calcareous marl", "shell-tempered", "red-firing non-calcareous", "micaceous", "granitic-tempered",
           "volcanic-tempered", "kaolinitic white ware")
FABRIC_ROWS = (560, 220, 480, 320, 280, 200, 400)
#: the fabrics whose compositions meet (symmetric)
FABRIC_NEIGHBOURS = {0: (1, 2, 5), 1: (0,), 2: (0, 3, 5), 3: (2, 4), 4: (3, 6), 5: (0, 2), 6: (4,)}
#: the oxides (wt %) and trace elements (ppm) that the portable XRF reports, in column order
ELEMENTS = ("SiO2", "Al2O3", "Fe2O3", "CaO", "MgO", "K2O", "Na2O", "TiO2", "Rb", "Sr", "Zr", "Ba", "Cr")
#: per fabric: the mean of each of ``ELEMENTS`` in a fresh break
COMPOSITIONS = np.array([
    # SiO2 Al2O3 Fe2O3 CaO  MgO  K2O  Na2O TiO2  Rb    Sr    Zr    Ba    Cr
    [50., 14., 5.5, 16., 3.0, 2.6, 0.8, 0.70, 110., 380., 150., 400., 110.],
    [45., 12., 4.5, 24., 1.5, 2.2, 0.6, 0.60, 90., 900., 130., 350., 90.],
    [62., 18., 7.5, 2.5, 1.8, 3.0, 0.9, 0.90, 140., 150., 200., 500., 130.],
    [60., 19., 6.8, 1.5, 2.2, 4.5, 1.0, 0.85, 215., 120., 180., 600., 120.],
    [68., 16., 3.5, 1.5, 1.0, 4.8, 2.2, 0.45, 230., 180., 250., 800., 40.],
    [55., 17., 9.5, 5.0, 3.5, 1.8, 2.8, 1.60, 60., 500., 280., 450., 250.],
    [63., 27., 1.8, 0.8, 0.6, 1.6, 0.3, 1.20, 70., 100., 350., 300., 80.],
])
#: the survey's sites, one-hot in that order, and their shares of the sherds
SHERD_SITES = ("hilltop settlement", "river port", "villa on limestone")
SHERD_SITE_SHARES = (0.4, 0.35, 0.25)


def sherds7():
    """Potsherds of a regional survey's three sites in 7 fabric groups (``FABRICS``), labelled by the
    petrographer's thin sections, as a portable XRF's readings of the sherd describe each one: 8 major oxides
    (wt %) and 5 trace elements (ppm, ``ELEMENTS``). Each fabric has its clay's composition (``COMPOSITIONS``):
    calcareous marls rich in lime and magnesia, shell temper richer in lime and far richer in strontium, the
    red-firing clays in iron, the micaceous ones in potash and rubidium, the granitic temper in silica, alkalis
    and barium, the volcanic temper in iron, titanium, sodium and chromium, the kaolinitic white ware in alumina
    and zirconium with little iron. Each sherd scatters about its fabric (the light elements, badly measured by
    the instrument, most), its sand temper dilutes the clay with quartz, and the oxides close to about 97 %. A
    potter's clay recipes mix: 30 % of the sherds carry part of a neighbouring fabric's composition
    (``FABRIC_NEIGHBOURS``: the marl beside the shell temper, the red-firing clays and the volcanic temper; the
    red-firing clays beside the micaceous ones and the volcanic temper; the micaceous beside the granitic, the
    granitic beside the kaolinitic). Four sherds in ten were read on their weathered surface rather than a fresh
    break (a flag): the surface reads noisier, its alkalis leached, and at the villa on limestone burial calcite
    adds lime and strontium, so surface readings err more. The wall thickness and the site are weakly
    informative. Columns: SiO2, Al2O3, Fe2O3, CaO, MgO, K2O, Na2O, TiO2 (wt %), Rb, Sr, Zr, Ba, Cr (ppm), wall
    thickness (mm), fresh break (flag) and the site, one-hot (``SHERD_SITES``) (18). Imbalanced: 560 / 220 / 480 /
    320 / 280 / 200 / 400 rows (2,460)."""
    rng = np.random.default_rng(19317)
    y = np.repeat(np.arange(len(FABRICS)), FABRIC_ROWS)
    n = len(y)
    site = rng.choice(len(SHERD_SITES), n, p=SHERD_SITE_SHARES)
    blended = rng.random(n) < 0.3  # a potter's mixed clay: part of a neighbouring fabric's recipe
    other = np.array([rng.choice(FABRIC_NEIGHBOURS[c]) for c in y])
    w = np.where(blended, rng.uniform(0.15, 0.55, n), 0)[:, None]
    log_c = (1 - w) * np.log(COMPOSITIONS[y]) + w * np.log(COMPOSITIONS[other])
    log_c = log_c + rng.normal(0, 1, log_c.shape) * 1.7 * np.array([.06, .1, .15, .25, .25, .15, .3, .15,
                                                                    .15, .2, .15, .2, .25])
    temper = rng.beta(2, 5, n)  # sand temper dilutes the clay with quartz
    c = np.exp(log_c)
    c[:, :8] *= (1 - 0.3 * temper)[:, None]
    c[:, 0] += 30 * temper
    c[:, :8] *= 97 / c[:, :8].sum(1, keepdims=True)  # the oxides close to about 97 % (the rest: volatiles, minors)
    c[:, 8:] *= (1 - 0.3 * temper)[:, None]
    fresh = rng.random(n) < 0.6  # measured on a fresh break; else on the weathered surface
    calcite = (site == 2) & ~fresh  # burial calcite on the limestone site's surfaces
    c[:, 3] += calcite * rng.gamma(2, 2.5, n)
    c[:, 9] += calcite * rng.gamma(2, 40, n)
    c[:, [5, 6]] *= np.where(fresh, 1, rng.uniform(0.6, 1, n))[:, None]  # leached alkalis
    c *= np.exp(rng.normal(0, 1, c.shape) * np.where(fresh, 0.04, 0.15)[:, None])  # rough surfaces read noisier
    thickness = rng.lognormal(np.log(7), 0.25, n) * (1 + 0.1 * (y == 6))
    x = np.column_stack([np.round(c[:, :8], 2), np.round(c[:, 8:]), np.round(thickness, 1), fresh,
                         np.eye(len(SHERD_SITES))[site]])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND19`` lists them
GENERATORS = {"lameness5": lameness5, "cefr6": cefr6, "sherds7": sherds7, "crowns8": crowns8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND19_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "lameness5": (2540, 18, LOCOMOTION_ROWS),
    "cefr6": (2600, 19, CEFR_ROWS),
    "sherds7": (2460, 18, FABRIC_ROWS),
    "crowns8": (2580, 16, SPECIES_ROWS),
}
ROUND19 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lameness5", "cefr6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"lameness5": LOCOMOTION_NEIGHBOURS, "cefr6": CEFR_NEIGHBOURS, "sherds7": FABRIC_NEIGHBOURS,
              "crowns8": SPECIES_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
