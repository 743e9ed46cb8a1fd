"""Round 28's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
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
eruption explosivity, diamond clarity, cloud genera, weigh-in-motion vehicles, wheat grades, timber strength
classes, meteorite groups, insect wingbeats, air quality categories, coal ranks, kidney stones, smart-meter
customers, hearing grades, sea states, anaemia causes, vessel types, kidney function categories, geomagnetic
activity levels, glass fragments, smart plugs, trophic states, somatic cell scores, precipitation types, textile
fibres, concrete strength classes, coffee roast degrees, football positions or groundwater facies): the per-row
summaries a practitioner reads from four other fields. As in rounds 21-27, the two graded sets simulate a pool of
cases, label every case the way its field does (a reference measurement against the field's table of limits) and
keep a fixed number of each class (``_keep``); so does one unordered set (its pool selected by the monitoring's
alarm before the inspection labels it), while the other draws its classes' rows directly. Two sets have ORDERED
classes (``ORDERED``): pig carcasses in the 6 classes of the EU scale (P .. S), labelled by the reference
dissection's lean meat percentage and described by the slaughter line's grading probe (fat and loin muscle
depth), a ruler on the split line, the carcass weight and length, the pH and the farm's records (sex, sire line,
supply); and eyes of a population eye survey in 7 refractive error classes (high myopia .. high hyperopia),
labelled by the cycloplegic autorefraction's spherical equivalent and described by the optical biometer (axial
length, corneal radius, chamber depth, lens thickness), the uncorrected distance and near acuity, the screening
autorefraction without cycloplegia and the questionnaire. Two have UNORDERED classes: cow's milk hard and
semi-hard cheeses in 8 varieties (Cheddar .. Parmigiano Reggiano) from a dairy laboratory's routine analyses,
and photovoltaic strings in 7 O&M findings (healthy, soiling, shading, cracked cells, a shorted bypass diode,
PID, series resistance) from the I-V curve tracer's report of a single-diode circuit traced under the sun.
``NEIGHBOURS`` names each set's neighbour map (``CARCASS_NEIGHBOURS``, ``REFRACTION_NEIGHBOURS``,
``CHEESE_NEIGHBOURS``, ``PV_NEIGHBOURS``; written from the fields' documents before the baseline was measured,
no pair added after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 /
int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name,
seed)``, ``--sets carcass6,refraction7,cheese8,pvstring7``, ``--data round28``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round27.py`` and
``tests/test_data_quality_round27.py`` (as the model; round 27's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the first 900 characters of ``benchmarks/data_quality_round5.py`` ..
``data_quality_round26.py`` (their domains) and, by grep, the signatures (with their docstrings) of round 5's
``ordinal_neighbours``, ``sigmoid``, ``main`` and ``print_difficulty``; the lines of
``benchmarks/data_quality_actions.py`` that register round 27 (its import, ``ROUNDS`` and the ``--data`` help)
with the few lines around them that ``git diff`` shows as context; and the first 110 lines of
``tests/test_architecture.py`` (grepped). Public pages on the EU scale for pig carcasses (Regulation (EC) No
1234/2007, Annex V B, and 1308/2013's class S), the refractive error grades (the International Myopia Institute's
myopia thresholds, the optometrists' hyperopia grades), cheese composition and make tables (Guelph's dairy
science tables, the FDA's standards of identity) and Solmetric's guide to interpreting I-V curves were searched
for the fields' tables. The helpers imported from round 5 (``main``, ``ordinal_neighbours``, ``sigmoid``) are
used as round 27 uses them. No detector or filter ran on these sets, and the benchmark did not; the tests compute
their baseline with sklearn in ``tests/round_checks.py`` (``tests/heldout_sets.py`` was not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set          rows   classes (rows each)                                MLP train / test %, seed 0 | 1   10-NN error %
carcass6     2,140  6 (180 / 260 / 360 / 440 / 480 / 420), ordered    80.0 / 78.5 | 83.4 / 77.2        35.0
refraction7  2,140  7 (220 / 340 / 440 / 420 / 340 / 240 / 140),       77.6 / 75.7 | 79.8 / 77.0        35.4
                    ordered
cheese8      2,140  8 (400 / 200 / 380 / 260 / 180 / 260 / 240 / 220)  86.1 / 83.2 | 88.3 / 83.0        16.4
pvstring7    2,140  7 (420 / 360 / 340 / 240 / 180 / 260 / 340)        91.3 / 88.4 | 91.7 / 89.5        14.2

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round28.py``, with sklearn; no detector code). In carcass6 the baseline errs on 35 % of
the carcasses, 97 % of its errors between adjacent classes (``CARCASS_NEIGHBOURS``; none more than two apart), 55 %
reading a fatter class; U and E err most (44 % and 39 %: the crowded middle of the scale), P and S least (23 % and
27 %). 88 % of the P carcasses come from traditional breeds' crosses; 46 % of the entire males reach S, 23 % of
the gilts and 6 % of the barrows; a heavy pig's probe reads 4-6 mm more fat and 5-9 mm more muscle than a
conventional pig's of the same class, and a Pietrain sire's loin 5-10 mm more; a conventional pig in S is 18 days
older than one in R (the fatter grew faster). In refraction7 it errs on 35 %, 90 %
of them between adjacent classes (``REFRACTION_NEIGHBOURS``; 0.8 % more than two apart), 63 % reading a more
myopic class; emmetropia with low hyperopia holds 31 % of the errors, low myopia with emmetropia 21 %; low and
moderate hyperopia err most (60 % and 57 %: a young eye's focusing hides its hyperopia from the distance chart
and the screening), high myopia least (11 %). 78 % of the high myopes are East Asian, 27 % of the emmetropes.
cheese8 errs on 16 %, 90 % of its errors between varieties made alike (``CHEESE_NEIGHBOURS``): Gouda with Edam
27 % of them, Cheddar with Colby 19 %, Maasdam with Emmental 12 %, Emmental with Gruyere 11 %, Cheddar with Gouda
(not neighbours) 5 %; Colby and Maasdam err most (26 % each), Parmigiano least (5 %). 84 % of the Colby and 29 % of
the Cheddar read annatto's colour. pvstring7 errs on 14 %, 84 % of its errors between findings whose curves meet
(``PV_NEIGHBOURS``): cracked cells with series resistance 30 % of them, healthy with soiling 10 %, shading with
cracks 10 %, healthy with series resistance 10 %; outside the map, a shorted diode read healthy (4 %: a lost
cell string's voltage within the thermocouple's error) and PID with series resistance (4 %: both round the
knee). Cracked cells and a shorted diode err most (28 % each), the healthy strings never (0 %; 31 % of the
errors read a faulty string healthy). 77 % of the PID strings stand on humid sites, about 30 % of the others. The
MLP misfits 8-22 % of its clean training rows (carcass6's and refraction7's most): hard clean rows that a detector
must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes; -1 is never kept),
    drawn without replacement and listed class by class: each round-28 graded set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- carcass6: pig carcass lean classes
#: the classes of ``carcass6`` (the EU scale for pig carcasses, by the lean meat percentage), fattest first, and
#: their rows
CARCASS_CLASSES = ("P (lean < 40 %)", "O (40-45)", "R (45-50)", "U (50-55)", "E (55-60)", "S (>= 60)")
CARCASS_ROWS = (180, 260, 360, 440, 480, 420)
#: the class below and above each class
CARCASS_NEIGHBOURS = ordinal_neighbours(len(CARCASS_CLASSES))
#: the EU scale's least lean meat percentage of O, R, U, E and S
CARCASS_LIMITS = (40.0, 45.0, 50.0, 55.0, 60.0)
#: the plant's supplies: share of the pigs, lean meat percentage of a gilt at 90 kg carcass weight, carcass weight
#: (kg, mean and spread) and age at slaughter (days): conventional hybrids, heavy pigs for cured ham, outdoor and
#: organic herds, and traditional breeds' crosses
CARCASS_SUPPLIES = np.array([
    # share lean  weight sd   age
    [0.62, 57.5, 94.0, 8.0, 168.0],  # conventional hybrids
    [0.14, 53.5, 132.0, 9.0, 275.0],  # heavy pigs (cured ham)
    [0.14, 54.5, 92.0, 10.0, 205.0],  # outdoor and organic
    [0.10, 46.0, 98.0, 13.0, 300.0],  # traditional breeds' crosses
])


def carcass6():
    """Pig carcasses in the 6 classes of the EU scale (``CARCASS_CLASSES``: P .. S), labelled by the lean meat
    percentage of the EU reference dissection (against the scale's limits ``CARCASS_LIMITS``), as the slaughter
    line's grading and the farm's records describe each carcass. A carcass's lean follows its supply
    (``CARCASS_SUPPLIES``: conventional hybrids, heavy pigs fattened long for cured ham, outdoor and organic herds,
    traditional breeds' crosses), its sire line (Pietrain leaner and more muscled, Duroc fatter), its sex (entire
    males leanest, barrows fattest) and its weight (heavier, fatter), and each pig's own growth. The grading probe
    reads the fat and the loin muscle depth between the third and fourth last ribs, 6 cm off the split line (the
    fat well, the muscle's lower edge poorly), a ruler the fat on the split line; both read the carcass's weight as
    well as its lean (a heavy carcass has thicker fat and muscle at the same lean); a fatter pig of a supply grew
    faster and is younger at slaughter, and half the Pietrain pigs carry the halothane gene (a low pH 45 minutes
    after slaughter). So neighbouring classes meet
    (``CARCASS_NEIGHBOURS``). Columns: hot carcass weight (kg), the probe's fat and muscle depth (mm), the split
    line's fat over the gluteus medius (mm), carcass length (cm), age at slaughter (days), pH 45 minutes after
    slaughter, entire male and barrow (flags; a gilt neither), Pietrain and Duroc sire (flags), heavy-pig contract,
    outdoor or organic herd and traditional breed (flags) (14). Imbalanced: 180 / 260 / 360 / 440 / 480 / 420 rows
    (2,140)."""
    rng = np.random.default_rng(28101)
    n = 300000
    supply = rng.choice(len(CARCASS_SUPPLIES), n, p=CARCASS_SUPPLIES[:, 0])
    _, base, mean_weight, sd_weight, mean_age = CARCASS_SUPPLIES[supply].T
    sire = np.where(supply == 3, rng.choice(3, n, p=[0.5, 0.1, 0.4]), rng.choice(3, n, p=[0.25, 0.5, 0.25]))
    pietrain, duroc = sire == 1, sire == 2
    sex = rng.choice(3, n, p=[0.48, 0.37, 0.15])  # gilt, barrow, entire male
    barrow, entire = sex == 1, sex == 2
    weight = rng.normal(mean_weight, sd_weight)
    own = rng.normal(0, 2.6, n)  # the pig's own growth: a fast grower eats more, lays on fat, is younger
    lean = base + 2.2 * pietrain - 2.5 * duroc - 2.8 * barrow + 1.6 * entire - 0.1 * (weight - 90) + own
    reference = lean + rng.normal(0, 0.6, n)  # the reference dissection
    label = (reference[:, None] >= np.array(CARCASS_LIMITS)).sum(1)
    keep = _keep(rng, label, CARCASS_ROWS)
    y = label[keep]
    supply, mean_age, pietrain, duroc, barrow, entire, weight, own, lean = (a[keep] for a in (
        supply, mean_age, pietrain, duroc, barrow, entire, weight, own, lean))
    n = len(y)
    fat = 15 - 1.05 * (lean - 57) + 0.12 * (weight - 90) + rng.normal(0, 1.0, n)  # the carcass's fat at the site
    muscle = 58 + 0.65 * (lean - 57) + 0.22 * (weight - 90) + 3.5 * pietrain + rng.normal(0, 4.0, n)
    probe_fat = fat + rng.normal(0, 0.6, n)
    probe_muscle = muscle + rng.normal(0, 3.0, n)
    ruler = 0.9 * fat + 2 + 0.08 * (weight - 90) + rng.normal(0, 2.5, n)  # the split line's fat, by ruler
    length = 98 + 0.22 * (weight - 90) - 2.0 * pietrain - 3.0 * (supply == 3) + rng.normal(0, 2.2, n)
    age = mean_age * (1 + 0.012 * np.clip(own, -6, 6) - 0.03 * barrow + 0.02 * entire) * rng.lognormal(0, 0.06, n)
    carrier = pietrain & (rng.random(n) < 0.5)  # the halothane gene's carriers
    ph45 = 6.35 - 0.3 * carrier + rng.normal(0, 0.18, n)
    x = np.column_stack([np.round(weight, 1), np.round(probe_fat, 1), np.round(probe_muscle, 1), np.round(ruler),
                         np.round(length), np.round(age), np.round(ph45, 2), entire, barrow, pietrain, duroc,
                         supply == 1, supply == 2, supply == 3])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- refraction7: refractive error classes
#: the refractive error classes of ``refraction7`` (by the spherical equivalent), most myopic first, and their rows
REFRACTION_CLASSES = ("high myopia (SE <= -6.00 D)", "moderate myopia (-5.75 .. -3.00)",
                      "low myopia (-2.75 .. -0.50)", "emmetropia (-0.25 .. +0.25)", "low hyperopia (+0.50 .. +2.00)",
                      "moderate hyperopia (+2.25 .. +5.00)", "high hyperopia (>= +5.25)")
REFRACTION_ROWS = (220, 340, 440, 420, 340, 240, 140)
#: the class below and above each class
REFRACTION_NEIGHBOURS = ordinal_neighbours(len(REFRACTION_CLASSES))
#: the least spherical equivalent (D, in the refraction's quarter-dioptre steps) of moderate myopia .. high
#: hyperopia: myopia -0.50, moderate -3.00 and high -6.00 D or beyond (the International Myopia Institute's
#: thresholds), hyperopia +0.50, moderate +2.25 and high +5.25 D or beyond (the optometrists' grades)
REFRACTION_LIMITS = (-5.75, -2.75, -0.25, 0.5, 2.25, 5.25)


def blur(defocus):
    """Uncorrected visual acuity (logMAR) lost to ``defocus`` dioptres of blur: a dioptre costs about half a
    logMAR unit (20/60), two about 0.75, and the chart's largest letters (1.3) bound it."""
    return 1.3 * (1 - np.exp(-0.45 * np.clip(defocus, 0, None)))


def refraction7():
    """Eyes of a population eye survey's participants aged 6 to 80 in 7 refractive error classes
    (``REFRACTION_CLASSES``: high, moderate and low myopia, emmetropia, low, moderate and high hyperopia), labelled
    by the spherical equivalent of the cycloplegic autorefraction (against the classes' limits
    ``REFRACTION_LIMITS``), as the survey's questionnaire, the optical biometer and the uncorrected acuity charts
    describe each eye. An eye's refraction is the sum of its axial length's, its cornea's and its lens's powers:
    a child starts hyperopic and grows out of it, myopia comes with an eye that grows too long (more often with
    myopic parents, an East Asian city's schooling, much near work and little time outdoors), the lens shifts the
    adult eye towards hyperopia after 40 and a cataract back towards myopia after 65; the biometer reads the axial
    length and the corneal radius (a long eye with a flat cornea can still be emmetropic) but not the lens's power.
    The distance chart reads a myope's blur, not a young hyperope's (the eye's focusing hides it until its
    accommodation fades with age), the near chart a presbyope's hyperopia and a strong myope's far point; a
    corneal astigmatism blurs both. The screening's autorefraction without cycloplegia lets the eye focus on its
    target and reads too myopic, most in children and young hyperopes (whose hyperopia it hides). So neighbouring
    classes meet (``REFRACTION_NEIGHBOURS``). Columns: age (years), East Asian (flag), myopic parents (0-2), axial
    length, corneal radius, anterior chamber depth and lens thickness (mm), the axial length over the corneal
    radius, corneal astigmatism (D), uncorrected distance and near acuity (logMAR), the screening autorefraction's
    spherical equivalent (D) and wears a distance correction (flag) (13); the time outdoors and on near work move
    the myopia but are not in the columns. Imbalanced: 220 / 340 / 440 / 420 / 340 / 240 / 140 rows (2,140)."""
    rng = np.random.default_rng(28203)
    n = 400000
    age = np.where(rng.random(n) < 0.35, rng.uniform(6, 18, n), rng.uniform(18, 80, n))
    male = rng.random(n) < 0.5
    asian = rng.random(n) < 0.4
    parents = rng.binomial(2, np.where(asian, 0.45, 0.25))
    outdoor = rng.gamma(3, np.where(asian, 0.45, 0.7) * np.where(age < 18, 1.0, 0.8))
    near = rng.gamma(4, np.where(asian, 1.4, 1.0) * np.where(age < 18, 1.1, 0.9))
    grown = np.clip((age - 6) / 14, 0, 1)  # myopia's share reached: it starts at school and stops near 20
    prone = rng.random(n) < sigmoid(-1.2 + 1.1 * asian + 0.55 * parents + 0.12 * (near - 4) - 0.35 * (outdoor - 2))
    myopia = prone * rng.gamma(1.6, 1.5 + 0.8 * asian + 0.4 * parents, n) * grown
    hyperopia = np.where(rng.random(n) < 0.22, rng.exponential(1.8, n), 0)  # a short eye's lasting hyperopia
    child = 1.2 * np.clip((14 - age) / 8, 0, 1)  # a child's hyperopia, grown out of by 14
    lens_shift = 0.025 * np.clip(age - 40, 0, 25) - np.where(age > 65, rng.gamma(1.5, 0.5, n) * (age - 65) / 10, 0)
    lens = rng.normal(0, 0.55, n) + lens_shift  # the lens's power: the biometer does not read it
    se = rng.normal(0.3, 0.5, n) + hyperopia + child - myopia + lens
    cornea = rng.normal(7.72 + 0.1 * male, 0.25, n)  # the corneal radius (mm): women's steeper
    corneal = -0.9 * (337.5 / cornea - 337.5 / 7.77)  # a steeper cornea focuses short: myopic
    axial = 23.45 + 0.35 * male - (se - lens - corneal) / 2.7 - 0.05 * np.clip(14 - age, 0, None)
    reference = np.round((se + rng.normal(0, 0.2, n)) * 4) / 4  # the cycloplegic autorefraction
    label = (reference[:, None] >= np.array(REFRACTION_LIMITS)).sum(1)
    keep = _keep(rng, label, REFRACTION_ROWS)
    y = label[keep]
    age, asian, parents, se, cornea, axial, lens = (a[keep] for a in (age, asian, parents, se, cornea, axial, lens))
    n = len(y)
    length = axial + rng.normal(0, 0.03, n)
    radius = cornea + rng.normal(0, 0.02, n)
    chamber = 3.1 - 0.012 * np.clip(age - 20, 0, None) + 0.25 * (axial - 23.5) + rng.normal(0, 0.22, n)
    thickness = 3.55 + 0.02 * np.clip(age - 20, -8, None) + 0.1 * lens + rng.normal(0, 0.15, n)
    astigmatism = rng.gamma(1.5, 0.35, n) + 0.02 * np.clip(axial - 24, 0, None) ** 2
    accommodation = np.clip(15 - 0.25 * age + rng.normal(0, 1.5, n), 0.5, None)  # the eye's focusing range
    distance = np.where(se < 0, blur(-se - 0.2), blur(se - 0.5 * accommodation)) + blur(astigmatism / 2)
    near_blur = np.where(se < -2.5, blur(-se - 2.5), blur(2.5 + se - 0.5 * accommodation))
    udva = distance - 0.08 + rng.normal(0, 0.08, n)
    unva = near_blur + blur(astigmatism / 2) - 0.02 + rng.normal(0, 0.08, n)
    # the screening's autorefraction without cycloplegia: the eye focuses on the target, most a child's and most a
    # young hyperope's eye, and reads too myopic
    focus = np.minimum(0.4 * accommodation, 0.25 + 0.5 * np.clip(se, 0, None)) * rng.beta(2, 2, n)
    screening = np.round((se - focus + rng.normal(0, 0.25, n)) * 8) / 8
    wears = rng.random(n) < sigmoid(np.where(se < 0, -2.0 - 1.6 * se, -4.5 + 1.0 * se + 0.04 * (age - 40)))
    x = np.column_stack([np.round(age), asian, parents, np.round(length, 2), np.round(radius, 2),
                         np.round(chamber, 2), np.round(thickness, 2), np.round(length / radius, 3),
                         np.round(astigmatism * 4) / 4, np.round(udva * 50) / 50, np.round(unva * 50) / 50, screening,
                         wears])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- cheese8: hard and semi-hard cheeses
#: the varieties of ``cheese8`` (cow's milk hard and semi-hard cheeses), in label order, and their rows
CHEESES = ("Cheddar", "Colby", "Gouda", "Edam", "Maasdam", "Emmental", "Gruyere", "Parmigiano Reggiano")
CHEESE_ROWS = (400, 200, 380, 260, 180, 260, 240, 220)
#: the varieties made alike (symmetric): Cheddar and Colby (Colby a washed, stirred Cheddar curd), the washed-curd
#: Colby, Gouda and Edam, Gouda and Maasdam (a Dutch curd with Swiss eyes), Maasdam and Emmental (propionic
#: eyes), Emmental and Gruyere (the Alpine cooked curds) and Gruyere and Parmigiano (the hard cooked curds)
CHEESE_NEIGHBOURS = {0: (1,), 1: (0, 2, 3), 2: (1, 3, 4), 3: (1, 2), 4: (2, 5), 5: (4, 6), 6: (5, 7), 7: (6,)}
#: per variety at its youngest: moisture, fat, protein and salt (%), pH, calcium (mg/100 g), the age range on
#: sale (days), moisture lost over the range (points), water-soluble nitrogen at 30 days (% of the total) and its
#: rise per month, propionate (mg/100 g), colour b* and hardness (N)
CHEESE_TABLE = np.array([
    # moist fat   prot  salt  pH    Ca     young  old    dry  wsn  /mo  prop   b*    hard
    [38.0, 33.0, 24.8, 1.75, 5.20, 720.0, 60.0, 720.0, 1.5, 8.0, 1.4, 2.0, 18.0, 55.0],  # Cheddar
    [40.0, 31.5, 24.0, 1.60, 5.30, 690.0, 21.0, 120.0, 0.5, 7.0, 1.6, 2.0, 20.0, 38.0],  # Colby
    [43.0, 28.5, 25.0, 1.90, 5.28, 760.0, 28.0, 720.0, 8.0, 10.0, 1.3, 3.0, 22.0, 45.0],  # Gouda
    [43.0, 25.5, 26.5, 2.00, 5.42, 780.0, 35.0, 300.0, 3.0, 9.0, 1.2, 3.0, 20.0, 55.0],  # Edam
    [41.5, 28.0, 26.0, 1.30, 5.55, 760.0, 35.0, 120.0, 1.5, 12.0, 1.5, 220.0, 23.0, 40.0],  # Maasdam
    [38.0, 29.5, 28.0, 0.60, 5.60, 940.0, 90.0, 420.0, 3.0, 15.0, 0.6, 330.0, 22.0, 62.0],  # Emmental
    [35.5, 31.5, 28.5, 1.40, 5.70, 980.0, 150.0, 540.0, 3.0, 18.0, 0.8, 60.0, 27.0, 85.0],  # Gruyere
    [31.5, 28.0, 32.5, 1.50, 5.40, 1160.0, 365.0, 1100.0, 2.5, 24.0, 0.35, 3.0, 24.0, 150.0],  # Parmigiano
])


def cheese8():
    """Cow's milk hard and semi-hard cheeses in 8 varieties (``CHEESES``: Cheddar, Colby, Gouda, Edam, Maasdam,
    Emmental, Gruyere and Parmigiano Reggiano), labelled by the variety the maker declares (checked against its
    standard of identity), as a dairy laboratory's routine analyses describe each sample. Each variety's make
    (``CHEESE_TABLE``) sets its moisture, fat, protein, salt, acidity and calcium (a curd drained more acid keeps
    less of it, a cooked curd more), its age on sale, its ripening (proteolysis), its propionic fermentation (Swiss
    eyes) and its colour; seven dairies in ten make a variety leaning towards a neighbouring variety's make (up to
    about half of the way: a sweeter, moister Cheddar, a Gouda with a touch of Swiss, an Emmental cooked like a
    Gruyere) and every dairy has its own make. Then a sample's own age dries a rinded cheese and ripens every cheese
    (and raises a Dutch cheese's pH), a reduced-fat version trades fat for moisture and protein, block-made
    Emmental is wetter and saltier, a French Gruyere has eyes, annatto colours most Colby and some Cheddar and
    summer pasture yellows the fat. The ash holds the salt and the curd's calcium phosphate. So varieties made
    alike meet (``CHEESE_NEIGHBOURS``: Cheddar with Colby, the washed-curd Colby, Gouda and Edam, the Dutch-Swiss
    Maasdam with Gouda and Emmental, the cooked Alpine curds with each other and with Parmigiano). Columns:
    moisture, fat, protein, salt and ash (%), fat in dry matter and salt in moisture (%), pH, age (days),
    water-soluble nitrogen (% of the total), propionate (mg/100 g), colour b* and hardness (N) (13). Imbalanced:
    400 / 200 / 380 / 260 / 180 / 260 / 240 / 220 rows (2,140)."""
    rng = np.random.default_rng(28307)
    y = rng.permutation(np.repeat(np.arange(len(CHEESES)), CHEESE_ROWS))
    n = len(y)
    other = np.array([rng.choice(CHEESE_NEIGHBOURS[c]) for c in y])  # the variety a dairy's make leans to
    lean = np.where(rng.random(n) < 0.7, rng.uniform(0, 0.45, n), 0)[:, None]
    table = (1 - lean) * CHEESE_TABLE[y] + lean * CHEESE_TABLE[other]
    moist, fat, prot, salt, ph, ca, young, old, dry, wsn, rise, prop, colour, hard = table.T
    age = np.exp(rng.uniform(np.log(young), np.log(old)))
    ripe = np.log(age / young) / np.log(old / young)  # 0 at the youngest on sale, 1 at the oldest
    make = rng.normal(0, 1, (n, 6))  # the dairy's own make: moisture, fat, protein, salt, acidity, calcium
    moist = moist - dry * ripe + 2.0 * make[:, 0]
    fat = fat + 1.5 * make[:, 1] - 0.3 * (moist - 40)
    prot = prot + 1.0 * make[:, 2] - 0.25 * (moist - 40)
    light = np.isin(y, (0, 1, 2, 3)) & (rng.random(n) < 0.15)  # a reduced-fat version
    fat = np.where(light, 0.65 * fat, fat)
    moist = moist + 4 * light
    prot = prot + 4 * light
    block = (y == 5) & (rng.random(n) < 0.4)  # block-made Emmental: wetter, saltier, less propionate
    moist = moist + 1.5 * block
    salt = salt * np.exp(0.25 * make[:, 3]) * np.where(block, 1.4, 1)
    ph = ph + 0.35 * ripe * np.isin(y, (2, 3)) + 0.15 * ripe * (y == 7) + 0.1 * make[:, 4]
    ca = ca * np.exp(0.08 * make[:, 5]) - 60 * make[:, 4]  # a more acid curd keeps less calcium
    wsn = (wsn + rise * (age - 30) / 30 * np.exp(-age / 1500)) * rng.lognormal(0, 0.15, n)
    french = (y == 6) & (rng.random(n) < 0.35)  # a French Gruyere: pea- to cherry-sized eyes
    prop = (prop + 120 * french) * rng.lognormal(0, 0.6, n) * np.where(block, 0.8, 1)
    annatto = ((y == 0) & (rng.random(n) < 0.3)) | ((y == 1) & (rng.random(n) < 0.85))
    summer = rng.random(n) < 0.5
    colour = colour + 20 * annatto + 4 * summer + 3 * ripe + rng.normal(0, 2.5, n)
    hard = hard * np.exp(-0.07 * (moist - CHEESE_TABLE[y, 0]) + 0.3 * ripe) * rng.lognormal(0, 0.25, n)
    moist, fat, prot, salt = (moist + rng.normal(0, 0.3, n), fat + rng.normal(0, 0.4, n),
                              prot + rng.normal(0, 0.3, n), salt + rng.normal(0, 0.05, n))  # the analyses
    ash = salt + 0.6 + 0.0019 * ca + rng.normal(0, 0.08, n)  # the salt and the curd's calcium phosphate
    x = np.column_stack([np.round(moist, 1), np.round(fat, 1), np.round(prot, 1), np.round(salt, 2),
                         np.round(ash, 2), np.round(100 * fat / (100 - moist), 1), np.round(100 * salt / moist, 2),
                         np.round(ph + rng.normal(0, 0.03, n), 2), np.round(age), np.round(wsn, 1),
                         np.round(prop), np.round(colour, 1), np.round(hard)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- pvstring7: PV string faults
#: the findings of ``pvstring7`` (the O&M team's inspection of a photovoltaic string), in label order, and rows
PV_FINDINGS = ("healthy", "uniform soiling", "partial shading", "cracked cells", "shorted bypass diode",
               "potential-induced degradation", "high series resistance")
PV_ROWS = (420, 360, 340, 240, 180, 260, 340)
#: the findings whose I-V curves meet (symmetric), as the curve tracers' guides sort a curve's deviations: light
#: soiling, early PID and a slightly resistive string still look healthy; soiling and shading both lower the
#: current; shading, cracked cells and a shorted diode notch the curve or cut its voltage (a hard shade's notch
#: at zero current reads as a lost cell string); PID and a shorted diode both lower the voltage; cracks add series
#: resistance as well as inactive cell area
PV_NEIGHBOURS = {0: (1, 5, 6), 1: (0, 2), 2: (1, 3, 4), 3: (2, 6), 4: (2, 5), 5: (0, 4), 6: (0, 3)}
#: a cell's short-circuit current (A) and open-circuit voltage (V) at standard test conditions, its diode ideality,
#: series and shunt resistance (ohm), the current's, the voltage's and the maximum power's temperature
#: coefficients (1/K), and the cells per bypass diode's cell string (three to a 60-cell module)
PV_CELL = {"isc": 9.6, "voc": 0.64, "ideality": 1.2, "rs": 0.006, "rsh": 12.0, "alpha": 0.0005, "beta": -0.0032,
           "gamma": -0.004, "cells": 20}
#: the monitoring's alarm: a string whose power falls this far below its fault-free twin's is inspected
PV_ALARM = 0.05
#: the pool's shares of the findings before the monitoring's alarm selects the faulty strings
PV_SHARE = (0.22, 0.13, 0.13, 0.13, 0.13, 0.13, 0.13)


def _trace(current, iph, i0, vt, rs, rsh, count):
    """The I-V curve of series strings of bypassed cell strings: the voltage (V) of each string (rows) at each of
    its ``current`` values (A; rows x points), summed over its groups of alike cell strings (``count`` of each,
    0 for a shorted or unused group; the other arguments rows x groups): each cell string's single-diode junction
    solved by Newton's method, its bypass diode clamping it at -0.5 V once the current passes what its cells
    carry."""
    i = current[:, None, :]
    iph, i0, vt, rs, rsh = (a[:, :, None] for a in (iph, i0, vt, rs, rsh))
    vj = np.where(i < iph, vt * np.log(np.clip(iph - i, 1e-9, None) / i0 + 1), (iph - i) * rsh)
    for _ in range(8):  # converged to well under a microvolt
        e = np.exp(np.minimum(vj / vt, 80))
        vj = vj - (iph - i0 * (e - 1) - vj / rsh - i) / (-i0 * e / vt - 1 / rsh)
    return (count[:, :, None] * np.maximum(vj - i * rs, -0.5)).sum(1)


def _power_peaks(power, dip):
    """The power peaks of a traced curve (``power`` along the current): local maxima with a dip of more than
    ``dip`` (W) on both sides between them."""
    top = np.flatnonzero((power[1:-1] > power[:-2]) & (power[1:-1] >= power[2:])) + 1
    kept = [a for a, b in zip(top[:-1], top[1:]) if min(power[a], power[b]) - power[a:b].min() > dip]
    return len(kept) + 1


def pvstring7():
    """Photovoltaic strings in 7 findings (``PV_FINDINGS``: healthy, uniform soiling, partial shading, cracked
    cells, a shorted bypass diode, potential-induced degradation (PID) and high series resistance), labelled by
    the O&M team's inspection (visual, thermography, electroluminescence and the diode test: its main finding), as
    the I-V curve tracer's report and the site's records describe each string. Each string's 60-cell modules
    (three bypassed cell strings each: ``PV_CELL``) are traced under the sun as a series circuit of single-diode
    cell strings (``_trace``), and the tracer translates the curve to its expected values by its irradiance
    sensor and its module thermocouple (each a little off). Soiling lowers every cell's current (more after long
    dry spells); shade (at low sun) lowers a few cell strings' current until their bypass diodes take over:
    notches and more than one power peak; cracks (hail, snow, transport) take inactive area from cells in many
    cell strings and break their fingers (shallow notches and series resistance); a shorted diode removes a cell
    string's voltage; PID (humid sites, young systems, the string's negative end) shunts many cells, rounding the
    curve and lowering its voltage; corroded connectors and tired solder bonds add series resistance; every
    module ages. Half the faulty strings hold a lesser second fault that their main finding's curve shares (a
    neighbour's). A pool of strings with faults of every severity is traced, the monitoring has a string inspected
    when its power falls ``PV_ALARM`` below its fault-free twin's (a fault too slight for the alarm stays unfound:
    such strings are not kept), and a fixed number of each finding is kept (``_keep``). So findings whose curves
    deviate alike meet (``PV_NEIGHBOURS``). Columns: the sun's elevation (deg), the system's age (years), days
    since rain or cleaning, humid site (flag), the measured over the expected short-circuit current,
    open-circuit voltage and maximum power, the fill factor, the maximum power point's voltage over the
    open-circuit voltage and current over the short-circuit current, the series resistance near open circuit
    (ohm per module), the shunt resistance near short circuit (log10 ohm per module), power peaks, the highest
    notch's current over the short-circuit current and its voltage over the open-circuit voltage (1 without a
    notch) (15). Imbalanced: 420 / 360 / 340 / 240 / 180 / 260 / 340 rows (2,140)."""
    rng = np.random.default_rng(28409)
    n, groups, points = 8000, 12, 160
    fault = rng.choice(len(PV_FINDINGS), n, p=PV_SHARE)
    soiled, shaded, cracked, pid, resistive = (fault == c for c in (1, 2, 3, 5, 6))
    modules = rng.integers(10, 25, n)
    subs = 3 * modules
    age = np.where(pid, rng.uniform(1, 7, n), rng.uniform(1, 15, n)) + 2 * (cracked | resistive)
    humid = rng.random(n) < np.where(pid, 0.7, 0.3)
    dry = rng.exponential(np.where(soiled, 45, 12), n)  # days since rain or cleaning
    elevation = np.where(shaded, rng.uniform(8, 35, n), rng.uniform(20, 70, n))
    irradiance = np.clip(1050 * np.sin(np.radians(elevation + 15)) ** 0.6 * rng.uniform(0.8, 1.05, n), 300, 1150)
    temp = rng.uniform(5, 30, n) + 0.028 * irradiance
    c = PV_CELL
    vt = c["ideality"] * 0.025693 * (temp + 273.15) / 298.15 * c["cells"]
    voc = c["cells"] * c["voc"] * (1 + c["beta"] * (temp - 25))
    light = c["isc"] * irradiance / 1000 * (1 + c["alpha"] * (temp - 25))
    i0 = light / np.expm1(voc / vt)
    light = light * (1 - 0.005 * age)  # the modules' ageing
    dust = 0.0004 * dry * rng.uniform(0, 1, n)  # a little dust on every string
    dirt = dust.copy()
    # groups 0-3: the string's bulk and its slightly weaker cell strings (the modules' mismatch); 4-7 and 8-11: the
    # main and the second fault's cell strings
    count = np.zeros((n, groups))
    count[:, 1:4] = np.maximum(1, np.round(subs[:, None] * np.array([0.15, 0.08, 0.03])))
    factor = 1 - rng.uniform(0.002, 0.006, n)[:, None] * np.arange(groups).clip(None, 3)
    rs = np.full((n, groups), c["rs"] * c["cells"]) * (1 + 0.02 * age)[:, None]
    rsh = np.full((n, groups), c["rsh"] * c["cells"])
    shorted = np.zeros(n)  # cell strings whose shorted bypass diode leaves them no voltage
    wire = np.full(n, 0.01) * modules  # the string's wiring and connectors (ohm)
    # a faulty string's main finding, and in half of them a lesser one that its curve shares (a neighbour)
    second = np.array([rng.choice([d for d in PV_NEIGHBOURS[f] if d]) if f else 0 for f in fault])
    second = np.where(rng.random(n) < 0.5, second, 0)
    scale = rng.uniform(0.3, 0.8, n)
    for k in np.flatnonzero(fault > 0):
        for kind, size, slot in ((fault[k], 1.0, 4), (second[k], scale[k], 8)):
            if kind == 1:  # uniform soiling: every cell
                dirt[k] = 1 - (1 - dirt[k]) * (1 - size * rng.uniform(0, 0.25))
            elif kind == 2:  # shade on a few cell strings
                shade = max(1, round(size * rng.integers(1, max(2, subs[k] // 3))))
                count[k, slot:slot + 3] = rng.multinomial(shade, np.ones(3) / 3)
                factor[k, slot:slot + 3] = 1 - size * rng.uniform(0.15, 0.9, 3)
            elif kind == 3:  # cracks in many cell strings: inactive cell area and broken fingers
                count[k, slot:slot + 4] = np.maximum(1, np.round(subs[k] * size * rng.uniform(0.02, 0.1, 4)))
                factor[k, slot:slot + 4] = 1 - size * rng.uniform(0.02, 0.3, 4)
                rs[k, slot:slot + 4] *= 1 + size * rng.uniform(0.5, 3, 4)
            elif kind == 4:  # shorted bypass diodes
                shorted[k] += max(1, round(size * rng.integers(1, 4)))
            elif kind == 5:  # PID: the modules near the negative end lose their shunt resistance, the last most
                count[k, slot:slot + 4] = np.round(subs[k] * size * rng.uniform(0.15, 0.5) / 4)
                rsh[k, slot:slot + 4] *= np.exp(-size * rng.uniform(1, 6) * np.array([1, 0.75, 0.5, 0.25]))
            elif kind == 6:  # corroded connectors and tired solder bonds
                wire[k] += size * rng.uniform(0.02, 0.35) * modules[k]
    count[:, 0] = subs - count[:, 1:].sum(1) - shorted
    # the fault-free twin: the faults' cell strings back in the bulk, no extra wiring, soiling washed off
    twin_count = np.column_stack([subs - count[:, 1:4].sum(1), count[:, 1:4], np.zeros((n, groups - 4))])
    current = light[:, None] * np.linspace(0, 1.03, points)
    v = np.zeros((n, points))
    twin = np.zeros(n)
    for a in range(0, n, 500):
        r = slice(a, a + 500)
        shape = (min(n, a + 500) - a, groups)
        cell = (np.broadcast_to(i0[r, None], shape), np.broadcast_to(vt[r, None], shape))
        v[r] = _trace(current[r], light[r, None] * (1 - dirt[r, None]) * factor[r], *cell, rs[r], rsh[r],
                      count[r]) - current[r] * wire[r, None]
        # the twin's fault groups (4-11) hold no cell strings: its curve is traced over groups 0-3 alone
        base = _trace(current[r], (light[r, None] * (1 - dust[r, None]) * factor[r])[:, :4], *(a[:, :4] for a in cell),
                      np.broadcast_to(rs[r, :1], (shape[0], 4)), np.full((shape[0], 4), c["rsh"] * c["cells"]),
                      twin_count[r, :4])
        twin[r] = (current[r] * (base - current[r] * 0.01 * modules[r, None])).max(1)
    pmax = (current * v).max(1)
    flagged = 1 - pmax / twin + rng.normal(0, 0.015, n) > PV_ALARM
    label = np.where(fault == 0, 0, np.where(flagged, fault, -1))
    keep = _keep(rng, label, PV_ROWS)
    y = label[keep]
    modules, age, humid, dry, elevation, irradiance, temp, vt, current, v = (a[keep] for a in (
        modules, age, humid, dry, elevation, irradiance, temp, vt, current, v))
    weak = np.where(count[keep][:, 4:] > 0, factor[keep][:, 4:], np.inf)
    low = weak.min(1)  # the weakest fault group's current, and the share of the cell strings it and its like carry
    bypassed = np.where(weak <= low[:, None] + 0.02, count[keep][:, 4:], 0).sum(1) / (3 * modules)
    n = len(y)
    features = []
    for k in range(n):
        i, u = current[k], v[k]
        isc = np.interp(0, u[::-1], i[::-1])
        power = i * u
        mp = np.argmax(power)
        i1, i2 = np.interp([0.05 * u[0], 0.25 * u[0]], u[::-1], i[::-1])
        features.append((isc, u[0], power[mp], u[mp], i[mp],
                         (u[0] - np.interp(0.05 * isc, i, u)) / (0.05 * isc) / modules[k],
                         0.2 * u[0] / max(i1 - i2, 1e-4) / modules[k], _power_peaks(power[::4], 0.02 * power[mp])))
    isc, voc_m, pmax, vmp, imp, rs_est, rsh_est, peaks = np.array(features).T
    notch = np.where(low < 0.95, low, 1.0)  # a notch shallower than 5 % hides in the curve's noise
    sensor = irradiance * rng.lognormal(0, 0.02, n)  # the irradiance sensor's and the thermocouple's readings
    sensor_t = temp + rng.normal(0, 1.5, n)
    expected_isc = c["isc"] * sensor / 1000 * (1 + c["alpha"] * (sensor_t - 25))
    expected_voc = 3 * modules * (c["cells"] * c["voc"] * (1 + c["beta"] * (sensor_t - 25))
                                  + vt * np.log(sensor / 1000))
    one = np.ones((1, 1))  # one cell string at standard test conditions
    vt_stc = c["ideality"] * 0.025693 * c["cells"]
    stc = np.linspace(0, c["isc"], points)[None]
    stc = (stc * _trace(stc, c["isc"] * one, c["isc"] / np.expm1(c["cells"] * c["voc"] / vt_stc) * one,
                        vt_stc * one, c["rs"] * c["cells"] * one, c["rsh"] * c["cells"] * one, one)).max()
    expected_p = 3 * modules * stc * sensor / 1000 * (1 + c["gamma"] * (sensor_t - 25))
    isc = isc * rng.normal(1, 0.003, n)
    voc_m = voc_m * rng.normal(1, 0.002, n)
    x = np.column_stack([np.round(elevation), np.round(age, 1), np.round(dry), humid, np.round(isc / expected_isc, 3),
                         np.round(voc_m / expected_voc, 3), np.round(pmax / expected_p, 3),
                         np.round(pmax / (isc * voc_m), 3), np.round(vmp / voc_m, 3), np.round(imp / isc, 3),
                         np.round(rs_est * rng.lognormal(0, 0.1, n), 3),
                         np.round(np.log10(rsh_est) + rng.normal(0, 0.1, n), 2), peaks,
                         np.round(np.clip(notch + rng.normal(0, 0.01, n), 0, 1), 3),
                         np.round(np.clip(np.where(notch < 1, 1 - bypassed, 1) + rng.normal(0, 0.01, n), 0, 1), 3)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND28`` lists them
GENERATORS = {"carcass6": carcass6, "refraction7": refraction7, "cheese8": cheese8, "pvstring7": pvstring7}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND28_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "carcass6": (2140, 14, CARCASS_ROWS),
    "refraction7": (2140, 13, REFRACTION_ROWS),
    "cheese8": (2140, 13, CHEESE_ROWS),
    "pvstring7": (2140, 15, PV_ROWS),
}
ROUND28 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("carcass6", "refraction7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"carcass6": CARCASS_NEIGHBOURS, "refraction7": REFRACTION_NEIGHBOURS, "cheese8": CHEESE_NEIGHBOURS,
              "pvstring7": PV_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
