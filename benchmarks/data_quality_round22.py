"""Round 22's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles, wildfire fuel types, tropical cyclone categories, haddock ages, Enterobacterales
species, chiller faults, liver fibrosis stages, pavement condition classes, malware categories, pollen taxa,
avalanche danger levels, banana ripening stages, steel strip defects, lithofacies, locomotion scores, CEFR
levels, pottery fabrics, tree crowns, earthquake damage grades, frailty levels, honey origins, Raman minerals,
eruption explosivity, diamond clarity, cloud genera or weigh-in-motion vehicles): the per-row summaries a
practitioner reads from four other fields. As in round 21, the two graded sets simulate a pool of cases, label
every case the way its field does (the worst of several factors against a table of limits) and keep a fixed
number of each class (``_keep``); the two unordered sets draw their classes' rows directly. Two sets have
ORDERED classes (``ORDERED``): wheat loads at a country elevator in the 6 official grades U.S. No. 1 to Sample
grade from the elevator's intake tests (the inspector grades by the worst of five factors that the intake reads
with its own errors and never sums), and structural boards in the 8 strength classes reject, C14 .. C40 from a
sawmill's grading machine and scanner (the laboratory's optimum grade: the highest class whose strength,
stiffness and density the board meets). Two have UNORDERED classes: new meteorites in 9 groups from a
laboratory's first work-up (two in five probed for their silicates' iron, a quarter measured for oxygen
isotopes, desert finds rusting toward the next group's magnetism), and insects of 7 kinds in a smart trap's
optical wingbeat sensor (males beat faster, every insect faster in the warmth; the cryptic Anopheles pair; a
faint fruit fly's octave error reads as a mosquito). ``NEIGHBOURS`` names each set's neighbour map
(``WHEAT_NEIGHBOURS``, ``TIMBER_NEIGHBOURS``, ``METEORITE_NEIGHBOURS``, ``INSECT_NEIGHBOURS``). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
wheat6,timber8,meteorites9,wingbeats7``, ``--data round22``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round21.py``, ``tests/test_data_quality_round21.py``
and ``tests/heldout_sets.py`` (as the model); ``benchmarks/data_quality_round5.py``'s docstring and the def lines
of the helpers round 21 imports (``ordinal_neighbours``' two lines, ``sigmoid``, ``main``); the first 900
characters of ``benchmarks/data_quality_round6.py`` .. ``data_quality_round20.py`` (their domains); the lines of
``benchmarks/data_quality_actions.py`` that register round 21 (its imports, ``ROUNDS`` and the ``--data``
help); and the first 110 lines of ``tests/test_architecture.py``. No detector or filter ran on these sets.

Clean-label difficulty only (no noise, no detector), measured with sklearn directly, not with round 5's
``difficulty`` (which ``python benchmarks/data_quality_round22.py`` prints as for earlier rounds, not run for this
table): an MLP (``MLPClassifier``, two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs)
after standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s
split), and the 5-fold error of the scaled 10-neighbour baseline as ``tests/heldout_sets.py`` computes it:

set          rows   classes (rows each)                  MLP train / test %, seed 0 | 1   10-NN error %
wheat6       2,180  6 (520 / 640 / 420 / 260 /           88.0 / 78.2 | 91.7 / 80.4        43.1
                      180 / 160), ordered
timber8      2,260  8 (160 / 200 / 260 / 340 /           89.6 / 79.1 | 91.7 / 74.9        59.6
                      400 / 380 / 300 / 220), ordered
meteorites9  2,320  9 (440 / 480 / 280 / 160 / 220 /     91.3 / 89.0 | 97.8 / 92.1        18.4
                      160 / 180 / 240 / 160)
wingbeats7   2,200  7 (420 / 300 / 460 / 220 /           80.4 / 74.0 | 83.3 / 79.1        35.0
                      340 / 200 / 260)

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round22.py``, with sklearn; no detector code). The baseline errs on 43 % of wheat6's
rows and 60 % of timber8's (many weakly informative columns dilute its scaled distance), well over the MLP's
20-25 %; its errors still fall between adjacent grades: 90 % of wheat6's (``WHEAT_NEIGHBOURS``; 0.6 % three
grades away, none further) and 75 % of timber8's (``TIMBER_NEIGHBOURS``; 4 % more than two classes away). In
wheat6, No. 1 errs least (27 %) and No. 3 and 4 most (63 % and 60 %), three in four errors read a better grade
than the load's (a load graded down by one factor near its limit), hard red spring wheat reads lighter at every
grade and the share of soft red wheat rises from 18 % of No. 1 to 48 % of Sample grade. In timber8 the rejects
err least (39 %) and C22 most (69 %), the share of boards with their pith seen falls from 59 % of the rejects to
none of C40 and the share of pine rises from 22 % to 70 %. The baseline errs on 18 % of meteorites9's rows and
35 % of wingbeats7's: 87 % of meteorites9's errors fall between neighbouring groups (``METEORITE_NEIGHBOURS``),
L and LL 34 % of the errors, H and L 24 %, H and enstatite 23 %; CM, HED and ureilites never err, enstatite
chondrites err most (54 %), probed stones err 14 % against 21 % and ordinary chondrites weathered to W3-W4 29-30 %
against 20 % fresh; 89 % of wingbeats7's errors fall between neighbouring kinds (``INSECT_NEIGHBOURS``), the
two Aedes 24 % of the errors, arabiensis errs most (72 %) and the fruit fly least (8 %), but the flies read over
350 Hz (octave errors, 9 % of them) err 91 %, and night flights err 39 % against 31 % by day. The MLP misfits
2-20 % of its clean training rows (wingbeats7's most): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each graded round-22 set simulates a pool of cases, labels every case
    as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- wheat6: grain grades at the elevator
#: the official grades of ``wheat6``, in label order, and their rows
WHEAT_GRADES = ("U.S. No. 1", "U.S. No. 2", "U.S. No. 3", "U.S. No. 4", "U.S. No. 5", "Sample grade")
WHEAT_ROWS = (520, 640, 420, 260, 180, 160)
#: the grade below and above each grade
WHEAT_NEIGHBOURS = ordinal_neighbours(len(WHEAT_GRADES))
#: the grade limits of U.S. No. 1 .. No. 5: the least test weight (lb/bu; hard red spring wheat's in
#: ``HRS_TEST_WEIGHT``) and the most damaged kernels, foreign material, shrunken and broken kernels and total
#: defects (% of the sample's weight)
WHEAT_LIMITS = np.array([
    # test  damaged foreign shrunken defects
    [60.0, 2.0, 0.4, 3.0, 3.0],
    [58.0, 4.0, 0.7, 5.0, 5.0],
    [56.0, 7.0, 1.3, 8.0, 8.0],
    [54.0, 10.0, 3.0, 12.0, 12.0],
    [51.0, 15.0, 5.0, 20.0, 20.0],
])
HRS_TEST_WEIGHT = (58.0, 57.0, 55.0, 53.0, 50.0)


def wheat6():
    """Truck loads of wheat delivered to a country elevator after harvest in the 6 official grades U.S. No. 1 to
    Sample grade (``WHEAT_GRADES``), labelled by the official inspection of a file sample, as the elevator's own
    intake tests describe each load. The inspector grades by the worst of five factors (``WHEAT_LIMITS``: the
    test weight, lower limits for hard red spring wheat, ``HRS_TEST_WEIGHT``; damaged kernels, foreign material,
    shrunken and broken kernels and their total), each a continuum, so neighbouring grades meet
    (``WHEAT_NEIGHBOURS``). The season sets the factors together: drought at filling makes light, shrivelled
    kernels (low test weight and kernel weight, many shrunken, more protein), rain at harvest sprouts and weathers
    them (damaged kernels, a low falling number, wetter grain and scab toxin in soft red wheat), weeds bring
    foreign material and a rough combine broken kernels. The intake reads the test weight on a quick scale (wet
    grain reads light), the damage by eye (to half a percent), the foreign material by the dockage tester and the
    shrunken kernels on a hand sieve, each with its error, and never sums the defects, so a load graded down by one
    factor near its limit reads like a better one. The protein, the load and the day of harvest are weakly
    informative. Columns: test weight (lb/bu), damaged kernels (%), foreign material (%), shrunken and broken (%),
    moisture (%), falling number (s), protein (%), thousand-kernel weight (g), DON (ppm; 0 = not tested), hard red
    spring (flag), soft red winter (flag), load (t) and day of harvest (13). Imbalanced: 520 / 640 / 420 / 260 /
    180 / 160 rows (2,180)."""
    rng = np.random.default_rng(22017)
    n = 60000
    kind = (rng.random(n)[:, None] > np.array([0.45, 0.75])).sum(1)  # hard red winter, hard red spring, soft red
    hrs, srw = kind == 1, kind == 2  # hard red spring: lighter kernels, lower test-weight limits
    drought = rng.normal(0, 1, n)  # the season's heat and drought at filling: light, shrivelled kernels
    rain = rng.normal(0, 1, n)  # rain at harvest: sprouted and weathered kernels, scab in soft wheat
    weeds = rng.normal(0, 1, n)
    rough = rng.normal(0, 1, n)  # the combine's setting: broken kernels
    damaged = np.exp(0.1 + 0.75 * rain + 0.25 * drought + 0.5 * srw + rng.normal(0, 0.45, n))
    foreign = np.exp(-1.3 + 0.75 * weeds + rng.normal(0, 0.45, n))
    shrunken = np.exp(0.9 + 0.45 * drought + 0.25 * rough + rng.normal(0, 0.35, n))
    test = 62.0 - 1.4 * drought - 0.22 * damaged - 1.6 * hrs - 0.6 * srw + rng.normal(0, 0.9, n)
    # the official inspection: a small sample's error, then the worst factor sets the grade
    f_test = test + rng.normal(0, 0.15, n)
    f = np.column_stack([damaged, foreign, shrunken]) * rng.lognormal(0, 0.06, (n, 3))
    f = np.column_stack([f, f.sum(1)])
    limits = np.where(hrs[:, None], np.array(HRS_TEST_WEIGHT), WHEAT_LIMITS[:, 0])
    by_test = (f_test[:, None] < limits).sum(1)
    by_rest = (f[:, :, None] > WHEAT_LIMITS[:, 1:].T[None]).sum(2).max(1)
    label = np.maximum(by_test, by_rest)
    keep = _keep(rng, label, WHEAT_ROWS)
    y = label[keep]
    hrs, srw, drought, rain, damaged, foreign, shrunken, test = (
        a[keep] for a in (hrs, srw, drought, rain, damaged, foreign, shrunken, test))
    n = len(y)
    moisture = 12.0 + 0.9 * rain + 0.6 * srw + rng.normal(0, 0.9, n)
    # the elevator's intake: a quick test-weight scale (wet grain reads light), a visual estimate of the damage,
    # the dockage tester and a hand sieve
    test_read = test - 0.35 * (moisture - 12) + rng.normal(0, 0.2, n)
    damage_read = np.round(2 * damaged * rng.lognormal(0, 0.12, n)) / 2
    foreign_read = foreign * rng.lognormal(0, 0.1, n)
    shrunken_read = shrunken * rng.lognormal(0, 0.08, n)
    falling = np.clip(390 - 70 * rain - 40 * (damaged > 4) + rng.normal(0, 45, n), 62, 480)  # sprouting
    protein = 12.0 + 1.6 * hrs - 2.2 * srw + 0.6 * drought + rng.normal(0, 0.8, n)
    kernels = 33 - 2.8 * drought - 4 * srw + rng.normal(0, 2.5, n)  # thousand-kernel weight (g)
    # the scab toxin: every soft red load tested, a fifth of the others; read from the detection limit of 0.1 ppm
    don = np.where(srw | (rng.random(n) < 0.2), np.maximum(np.exp(-0.5 + 0.8 * rain + rng.normal(0, 0.7, n)), 0.1), 0)
    load = rng.normal(24, 4, n).clip(8, 32)  # t
    day = rng.integers(0, 40, n)  # days into harvest
    x = np.column_stack([np.round(test_read, 1), damage_read, np.round(foreign_read, 2), np.round(shrunken_read, 1),
                         np.round(moisture, 1), np.round(falling), np.round(protein, 1), np.round(kernels, 1),
                         np.round(don, 1), hrs, srw, np.round(load, 1), day])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- timber8: strength classes of sawn timber
#: the strength classes of ``timber8``, in label order (below C14 rejected), and their rows
TIMBER_CLASSES = ("reject", "C14", "C18", "C22", "C27", "C30", "C35", "C40")
TIMBER_ROWS = (160, 200, 260, 340, 400, 380, 300, 220)
#: the class below and above each class
TIMBER_NEIGHBOURS = ordinal_neighbours(len(TIMBER_CLASSES))
#: the bending strength (MPa), mean stiffness (GPa) and density (kg/m3) each class from C14 on asks (EN 338)
TIMBER_BOUNDS = np.array([
    [14.0, 7.0, 290.0],
    [18.0, 9.0, 320.0],
    [22.0, 10.0, 340.0],
    [27.0, 11.5, 370.0],
    [30.0, 12.0, 380.0],
    [35.0, 13.0, 400.0],
    [40.0, 14.0, 420.0],
])
#: the boards' nominal depths (mm) and thicknesses (mm)
TIMBER_DEPTHS = (95.0, 120.0, 145.0, 170.0, 195.0, 220.0)
TIMBER_THICKNESSES = (38.0, 45.0, 50.0, 63.0)


def timber8():
    """Structural boards of spruce and pine in the 8 strength classes below C14 (rejected), C14 .. C40
    (``TIMBER_CLASSES``), labelled by the laboratory's destructive test (the optimum grade: the highest class whose
    bending strength, mean stiffness and density, ``TIMBER_BOUNDS``, the board meets), as a sawmill's grading
    machine and board scanner describe each board. The wood's density falls with the ring width (fast growth) and
    in the juvenile wood around the pith; the stiffness follows the density and falls with the knots, the slope of
    grain and the juvenile wood; the strength follows the stiffness and falls with the knots, the grain and the
    board's depth (a size effect). Each property is a continuum, so neighbouring classes meet
    (``TIMBER_NEIGHBOURS``; C27 and C30 ask nearly the same). The machine weighs the board at its moisture and
    reads its first longitudinal resonance, giving the dynamic modulus (wet boards read heavy and soft: the
    moisture is measured); the scanner reads the knot area ratio, the largest knot, the grain angle, the ring width
    and the pith (a fifth of the pith boards unseen), each with its error. Pine is denser but knottier, so the
    higher classes hold more pine. The wane, twist, dimensions and the sawmill's line are weakly informative or not
    at all. Columns: resonance frequency (Hz), length (m), density as weighed (kg/m3), dynamic modulus (GPa),
    moisture (%), knot area ratio, largest knot (mm), slope of grain, ring width (mm), pith seen (flag), pine
    (flag), depth (mm), thickness (mm), wane (flag), twist (mm) and sawmill line (16). Imbalanced: 160 / 200 / 260
    / 340 / 400 / 380 / 300 / 220 rows (2,260)."""
    rng = np.random.default_rng(22131)
    n = 40000
    pine = rng.random(n) < 0.35
    rings = rng.lognormal(np.log(np.where(pine, 2.2, 2.6)), 0.4, n)  # ring width (mm): fast growth is light wood
    pith = rng.random(n) < 0.3  # boards holding the pith: juvenile wood
    density = np.where(pine, 490, 440) - 22 * (rings - 2.5) - 22 * pith + rng.normal(0, 30, n)  # at 12 % (kg/m3)
    knots = rng.beta(2.0, 6.5, n) * (1 + 0.25 * pith) * np.where(pine, 1.1, 1.0)  # knot area ratio
    grain = np.abs(rng.normal(0, 0.05, n)) + 0.02 * pith  # slope of grain (tan)
    depth = np.array(TIMBER_DEPTHS)[rng.integers(0, len(TIMBER_DEPTHS), n)]
    thick = np.array(TIMBER_THICKNESSES)[rng.integers(0, len(TIMBER_THICKNESSES), n)]
    stiffness = 15.5 * (density / 450) ** 1.4 * (1 - 0.7 * knots) * np.exp(-4 * grain) * np.where(pith, 0.87, 1) \
        * rng.lognormal(0, 0.05, n)  # static modulus of elasticity (GPa)
    strength = 36 * (stiffness / 11) ** 0.85 * np.exp(-2.3 * (knots - 0.22) - 1.5 * grain) * (150 / depth) ** 0.2 \
        * rng.lognormal(0, 0.03, n)  # bending strength (MPa), a size effect over the depth
    # the laboratory's optimum grade: the highest class whose strength, stiffness and density the board meets
    label = np.min([(v[:, None] >= TIMBER_BOUNDS[:, i]).sum(1) for i, v in enumerate((strength, stiffness, density))],
                   0)
    keep = _keep(rng, label, TIMBER_ROWS)
    y = label[keep]
    pine, rings, pith, density, knots, grain, depth, thick, stiffness = (
        a[keep] for a in (pine, rings, pith, density, knots, grain, depth, thick, stiffness))
    n = len(y)
    # the grading machine: the board's first longitudinal resonance, its length and weight, at its moisture
    moisture = rng.normal(15, 1.8, n).clip(9, 24)
    length = rng.choice([3.0, 3.6, 4.2, 4.8, 5.4], n)
    wet = density * (1 + 0.006 * (moisture - 12))  # as weighed (kg/m3)
    dynamic = 1.06 * stiffness * (1 - 0.012 * (moisture - 12)) * rng.lognormal(0, 0.012, n)  # GPa
    frequency = np.sqrt(dynamic * 1e9 / wet) / (2 * length)
    # the optical scanner reads the knots (merging clusters), the grain angle by the laser's tracheid effect
    knots_read = np.clip(knots * rng.lognormal(0, 0.05, n) + rng.normal(0, 0.008, n), 0, 1)
    largest = np.clip(knots_read * depth * rng.beta(4, 3, n), 0, depth)  # the largest knot's diameter (mm)
    grain_read = np.abs(grain + rng.normal(0, 0.01, n))
    rings_read = rings * rng.lognormal(0, 0.1, n)
    pith_seen = pith & (rng.random(n) < 0.8)
    wane = rng.random(n) < 0.12
    twist = np.abs(rng.normal(0, 2 + 4 * pith + 0.05 * (moisture - 12), n))  # mm over 2 m
    line = rng.integers(0, 3, n)  # the sawmill's line
    edyn = 4 * wet * (length * frequency) ** 2 / 1e9  # the machine's dynamic modulus (GPa)
    x = np.column_stack([np.round(frequency), length, np.round(wet), np.round(edyn, 2), np.round(moisture, 1),
                         np.round(knots_read, 3), np.round(largest), np.round(grain_read, 3),
                         np.round(rings_read, 1), pith_seen, pine, depth, thick, wane, np.round(twist, 1), line])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- meteorites9: meteorite groups
#: the meteorite groups of ``meteorites9``, in label order, and their rows
METEORITES = ("H chondrite", "L chondrite", "LL chondrite", "enstatite chondrite", "CM chondrite", "CO chondrite",
              "CV chondrite", "HED achondrite", "ureilite")
METEORITE_ROWS = (440, 480, 280, 160, 220, 160, 180, 240, 160)
#: the groups whose stones meet (symmetric)
METEORITE_NEIGHBOURS = {0: (1, 3), 1: (0, 2), 2: (1,), 3: (0,), 4: (5, 6), 5: (4, 6), 6: (4, 5, 8), 7: (8,),
                        8: (6, 7)}
#: per group: grain density (g/cm3), log10 magnetic susceptibility (1e-9 m3/kg), fayalite in olivine (mol %; -1:
#: no olivine) and its spread, ferrosilite in low-Ca pyroxene (mol %) and its spread, oxygen's capital delta 17 (per
#: mil) and its spread, chondrule diameter (mm; 0: none), matrix (vol %), water (wt %), carbon (wt %), the
#: petrologic types' range (0: an achondrite) and the share of unequilibrated (type 3) stones
METEORITE_PROFILES = np.array([
    # grain logchi Fa    sd   Fs    sd   d17O   sd    chond matrix water carbon type3
    [3.72, 5.32, 18.8, 0.6, 16.9, 0.6, 0.73, 0.09, 0.30, 12.0, 0.3, 0.10, 0.12],
    [3.56, 4.87, 24.7, 0.7, 20.8, 0.7, 1.07, 0.09, 0.55, 12.0, 0.3, 0.10, 0.10],
    [3.52, 4.10, 29.4, 1.0, 24.5, 1.0, 1.26, 0.12, 0.85, 12.0, 0.3, 0.10, 0.12],
    [3.68, 5.45, 0.5, 0.4, 0.8, 0.6, 0.00, 0.10, 0.25, 10.0, 0.1, 0.25, 0.40],
    [2.90, 3.70, 10.0, 12.0, 3.0, 3.0, -2.6, 0.50, 0.30, 70.0, 9.0, 2.10, 0.00],
    [3.40, 4.70, 20.0, 14.0, 5.0, 5.0, -4.3, 0.50, 0.15, 35.0, 1.0, 0.40, 1.00],
    [3.40, 4.30, 22.0, 14.0, 4.0, 4.0, -3.6, 0.50, 1.00, 42.0, 1.2, 0.50, 1.00],
    [3.30, 2.90, -1.0, 0.0, 45.0, 10.0, -0.24, 0.03, 0.00, 0.0, 0.0, 0.00, 0.00],
    [3.30, 4.90, 15.0, 5.0, 13.0, 4.0, -1.00, 0.45, 0.00, 0.0, 0.1, 3.00, 0.00],
])


def meteorites9():
    """New meteorites submitted to a classification laboratory in 9 groups (``METEORITES``), labelled by the
    nomenclature committee's final classification, as the laboratory's first work-up describes each stone. Each
    group has its profile (``METEORITE_PROFILES``): the ordinary chondrites H, L and LL hold less metal (magnetic
    susceptibility) and more iron in their olivine and pyroxene in that order, the enstatite chondrites hold much
    metal and iron-free silicates, the carbonaceous CM, CO and CV chondrites are told apart by their matrix, water,
    chondrule sizes and oxygen isotopes, HED achondrites hold almost no metal and iron-rich pyroxene (some
    diogenites olivine) and ureilites are carbon-rich. The groups meet (``METEORITE_NEIGHBOURS``): along the
    ordinary chondrites' sequence, the enstatite chondrites with H by their metal, the carbonaceous groups with one
    another and the ureilites between CV and HED in oxygen. Two in five stones go to the microprobe (fayalite and
    ferrosilite; 0 otherwise, scattered widely in an unequilibrated type 3 stone) and a quarter to the oxygen
    isotopes (0 otherwise; mostly the doubtful stones), so the rest are screened by their density, susceptibility
    and petrography alone. Two in three are desert finds whose metal rusts (weathering W0-W4, read by eye within
    a grade): their susceptibility falls toward the next group's. The shock stage (L chondrites shocked more), the
    mass and the find are weakly informative. Columns: bulk density and grain density (g/cm3), log10 magnetic
    susceptibility, fayalite (mol %), ferrosilite (mol %), probed (flag), capital delta 17O (per mil), oxygen
    measured (flag), chondrule diameter (mm), matrix (vol %), water (wt %), carbon (wt %), petrologic type (0 =
    achondrite), weathering grade, shock stage, find (flag) and log10 mass (g) (17). Imbalanced: 440 / 480 / 280
    / 160 / 220 / 160 / 180 / 240 / 160 rows (2,320)."""
    rng = np.random.default_rng(22307)
    y = rng.permutation(np.repeat(np.arange(len(METEORITES)), METEORITE_ROWS))
    n = len(y)
    p = METEORITE_PROFILES[y]
    ordinary = y <= 2
    chondrite = p[:, 8] > 0
    unequilibrated = chondrite & (rng.random(n) < p[:, 12])
    # the petrographer's type: 3 for unequilibrated chondrites, 4-6 for the rest, 2 for CMs, 0 for achondrites
    ptype = np.where(~chondrite, 0, np.where(y == 4, 2, np.where(unequilibrated, 3, rng.integers(4, 7, n))))
    find = rng.random(n) < 0.65  # hot-desert finds weather; falls were picked up fresh
    weathering = np.where(find, rng.integers(0, 5, n), 0)  # W0 .. W4: the metal rusts
    # the microprobe, for two stones in five (the rest are screened without it): a few grains' mean, widely
    # scattered in an unequilibrated stone; no olivine in most HED stones (0), some diogenites carry it
    probed = rng.random(n) < 0.4
    spread = np.where(unequilibrated & ordinary, 6.0, 1.0)
    olivine = (p[:, 2] >= 0) | ((y == 7) & (rng.random(n) < 0.2))
    fa = np.where(y == 7, rng.normal(27, 3, n), p[:, 2] + p[:, 3] * spread * rng.normal(0, 1, n))
    fa = np.where(probed & olivine, np.clip(fa + rng.normal(0, 1.2, n), 0.1, 60), 0)
    fs = p[:, 4] + p[:, 5] * spread * rng.normal(0, 1, n)
    fs = np.where(probed, np.clip(fs + rng.normal(0, 1.2, n), 0.1, 80), 0)
    # oxygen isotopes: measured where the petrography leaves doubt (carbonaceous stones, achondrites, type 3)
    measured = rng.random(n) < np.where(ordinary & ~unequilibrated, 0.1, 0.4)
    d17o = np.where(measured, p[:, 6] + p[:, 7] * rng.normal(0, 1, n) + 0.03 * rng.normal(0, 1, n), 0)
    logchi = p[:, 1] + np.where(y == 2, 0.3, 0.18) * rng.normal(0, 1, n) \
        - 0.18 * weathering * rng.lognormal(0, 0.4, n) * (p[:, 1] > 4.5)  # the metal rusts away
    grain = p[:, 0] - 0.04 * weathering + 0.07 * rng.normal(0, 1, n)
    porosity = np.clip(np.where(y == 4, 0.23, 0.08) + 0.04 * rng.normal(0, 1, n) - 0.01 * weathering, 0.005, 0.4)
    bulk = grain * (1 - porosity)
    chondrules = np.where(p[:, 8] > 0, p[:, 8] * rng.lognormal(0, 0.45, n), 0)  # from one thin section
    chondrules = np.where((ptype == 6) & (rng.random(n) < 0.5), 0, chondrules)  # recrystallised: not delineated
    matrix = np.clip(p[:, 9] + np.where(p[:, 9] > 0, 10, 0.5) * rng.normal(0, 1, n), 0, 95)
    water = p[:, 10] * rng.lognormal(0, 0.5, n) + 0.35 * weathering * rng.random(n)  # terrestrial water
    carbon = p[:, 11] * rng.lognormal(0, 0.35, n) + 0.02 * rng.random(n)
    w_read = np.clip(weathering + (rng.random(n) < 0.4) * rng.choice([-1, 1], n), 0, 4) * find  # by eye
    shock = np.clip(np.round(rng.normal(np.where(y == 1, 3.4, 2.4), 1, n)), 1, 6)  # L's old breakup shocked it
    mass = rng.lognormal(np.log(250), 1.5, n)  # g
    x = np.column_stack([np.round(bulk, 2), np.round(grain, 2), np.round(logchi, 2), np.round(fa, 1),
                         np.round(fs, 1), probed, np.round(d17o, 2), measured, np.round(chondrules, 2),
                         np.round(matrix), np.round(water, 1), np.round(carbon, 2), ptype, w_read, shock, find,
                         np.round(np.log10(mass), 2)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- wingbeats7: insects in an optical trap
#: the insects of ``wingbeats7``, in label order, and their rows
INSECTS = ("Aedes aegypti", "Aedes albopictus", "Culex quinquefasciatus", "Culex tarsalis", "Anopheles gambiae",
           "Anopheles arabiensis", "fruit fly")
INSECT_ROWS = (420, 300, 460, 220, 340, 200, 260)
#: the insects whose recordings meet (symmetric)
INSECT_NEIGHBOURS = {0: (1, 4, 5), 1: (0,), 2: (3, 4, 5), 3: (2, 4, 5), 4: (0, 2, 3, 5, 6), 5: (0, 2, 3, 4, 6),
                     6: (4, 5)}
#: per insect: the female's wingbeat frequency at 25 deg C (Hz) and its spread, the male's over the female's, wing
#: length (mm), the second and third harmonics over the fundamental, the share of females caught, the share caught
#: by day, the share of urban traps and the body's darkness (the shadow's depth per wing area)
INSECT_PROFILES = np.array([
    # f0   sd    male  wing  h2    h3    female day   urban dark
    [500., 30., 1.50, 2.9, 0.55, 0.30, 0.92, 0.85, 0.80, 0.80],
    [560., 32., 1.45, 2.6, 0.66, 0.36, 0.92, 0.80, 0.60, 0.95],
    [390., 24., 1.55, 3.3, 0.33, 0.17, 0.88, 0.15, 0.80, 0.55],
    [355., 24., 1.55, 3.5, 0.40, 0.22, 0.85, 0.20, 0.15, 0.62],
    [470., 30., 1.55, 3.1, 0.44, 0.22, 0.90, 0.10, 0.30, 0.70],
    [440., 30., 1.55, 3.2, 0.50, 0.26, 0.90, 0.10, 0.25, 0.72],
    [215., 18., 1.10, 2.2, 0.80, 0.45, 0.50, 0.75, 0.50, 0.40],
])


def wingbeats7():
    """Insects flying through a smart mosquito trap's optical wingbeat sensor in 7 kinds (``INSECTS``), labelled by
    the entomologist's identification of the catch (the two Anopheles by PCR), as the sensor's recording describes
    each flight. Each kind has its profile (``INSECT_PROFILES``): the wingbeat frequency (a female's; a male's half
    again higher, about a tenth of the mosquitoes caught), its harmonics, wing length and body darkness, and when
    and where it flies (the Aedes and the fruit fly by day, Culex and Anopheles at night; aegypti and
    quinquefasciatus in towns, tarsalis and the Anopheles in the country). A larger body beats slower and every
    insect beats faster in the warmth (1.8 % per deg C), so the frequencies of kinds meet (``INSECT_NEIGHBOURS``:
    the two Aedes, the night fliers with one another and aegypti, the fruit fly's octave with the Anopheles); the
    cryptic Anopheles pair differs only a little in frequency and harmonics and in the humidity of its sites. The
    sensor's signal is the wings' flicker (deeper for a large insect near the light) and the body's steady shadow
    (deeper for a dark body); a faint insect's fundamental is sometimes lost and its second harmonic read in its
    place (an octave error: a fruit fly reads as a mosquito). The transit time is weakly informative. Columns:
    wingbeat frequency (Hz), second and third harmonic over the fundamental, wing signal, body signal,
    signal-to-noise ratio (dB), transit (ms), hour, temperature (deg C), relative humidity (%) and urban trap (flag)
    (11). Imbalanced: 420 / 300 / 460 / 220 / 340 / 200 / 260 rows (2,200)."""
    rng = np.random.default_rng(22409)
    y = rng.permutation(np.repeat(np.arange(len(INSECTS)), INSECT_ROWS))
    n = len(y)
    p = INSECT_PROFILES[y]
    female = rng.random(n) < p[:, 6]
    urban = rng.random(n) < p[:, 8]
    day = rng.random(n) < p[:, 7]
    hour = np.where(day, rng.normal(13, 3.5, n), rng.normal(23, 3, n)) % 24
    temperature = 24 + 4 * np.cos((hour - 15) / 24 * 2 * np.pi) + 2 * urban + 2.5 * rng.normal(0, 1, n)
    humidity = np.clip(70 - 1.5 * (temperature - 24) + 7 * (y == 4) - 7 * (y == 5) + 9 * rng.normal(0, 1, n), 20, 100)
    wing = p[:, 3] * np.where(female, 1, 0.85) * rng.lognormal(0, 0.08, n)  # larval food makes small adults
    # the wingbeat: the species' and sex's, slower in a larger body, faster in the warmth
    f0 = (p[:, 0] + p[:, 1] * rng.normal(0, 1, n)) * np.where(female, 1, p[:, 2]) \
        * (wing / (p[:, 3] * np.where(female, 1, 0.85))) ** -0.8 * (1 + 0.018 * (temperature - 25))
    h2 = np.clip(p[:, 4] + 0.1 * ~female + 0.05 * rng.normal(0, 1, n), 0.02, 1.5)
    h3 = np.clip(p[:, 5] + 0.05 * ~female + 0.04 * rng.normal(0, 1, n), 0.01, 1.0)
    # the sensor: an insect far from the light, or small, is faint; a faint one's fundamental is sometimes lost and
    # the second harmonic read as the fundamental (octave error)
    depth = rng.beta(2, 2, n)  # where in the beam it flew (0 near, 1 far)
    signal = wing ** 2 * (1.2 - depth) * rng.lognormal(0, 0.2, n)  # the wings' flicker
    body = p[:, 9] * signal * rng.lognormal(0, 0.12, n)  # the body's steady shadow: dark bodies deeper
    snr = 20 * np.log10(signal / 0.6) + 2 * rng.normal(0, 1, n)
    octave = rng.random(n) < 0.4 * sigmoid((8 - snr) / 3)
    f_read = f0 * np.where(octave, 2, 1) * (1 + rng.normal(0, 1, n) * 0.01 * (1 + 30 / np.maximum(snr, 3)))
    h2_read = np.where(octave, h3 / h2, h2) * rng.lognormal(0, 0.1, n)
    h3_read = np.where(octave, 0.5 * h3, h3) * rng.lognormal(0, 0.15, n)
    transit = 1000 * rng.lognormal(np.log(0.03), 0.35, n) * (1 + 0.3 * (y == 6))  # ms in the beam
    x = np.column_stack([np.round(f_read), np.round(h2_read, 2), np.round(h3_read, 2), np.round(signal, 3),
                         np.round(body, 3), np.round(snr, 1), np.round(transit, 1), np.floor(hour),
                         np.round(temperature, 1), np.round(humidity), urban])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND22`` lists them
GENERATORS = {"wheat6": wheat6, "timber8": timber8, "meteorites9": meteorites9, "wingbeats7": wingbeats7}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND22_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "wheat6": (2180, 13, WHEAT_ROWS),
    "timber8": (2260, 16, TIMBER_ROWS),
    "meteorites9": (2320, 17, METEORITE_ROWS),
    "wingbeats7": (2200, 11, INSECT_ROWS),
}
ROUND22 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("wheat6", "timber8")
#: each set's documented neighbouring classes
NEIGHBOURS = {"wheat6": WHEAT_NEIGHBOURS, "timber8": TIMBER_NEIGHBOURS, "meteorites9": METEORITE_NEIGHBOURS,
              "wingbeats7": INSECT_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
