"""Round 16's held-out data sets for the noisy-label benchmark, written and committed before any
noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles or wildfire fuel types): the per-row summaries a practitioner reads from four
other fields. Satellite fixes of tropical cyclones in the 6 Saffir-Simpson categories from the analyst's
Dvorak numbers, the objective and microwave estimates and the storm's surroundings (ordinal categories that
meet, the narrow categories 2 and 3 most; the Dvorak constraints lag rapid intensification and hold the
intensity of weakening storms, the microwave sounder misses small eyes); haddock of a groundfish survey in 7
otolith-read age classes from the catch sampling's length, weights, maturity and otolith (ordinal ages that
meet; the growth flattens, so old ages share one length, and a summer fish is half a year older than a
winter one); clinical isolates of 9 Enterobacterales species from a rapid 20-well biochemical panel, a
motility test and the colony (species whose patterns differ in a few variable wells, the inactive E. coli
that looks like Shigella, two species complexes the panel hardly tells apart; slow reactions read weak); and
periods of a centrifugal chiller in normal operation and 7 imposed faults from its automation system's
averages (unordered faults that share symptoms; mild faults at low load look normal). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets storm6,otolith7,enteric9,chiller8``, ``--data round16``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-15's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round16.py`` prints
(about 80 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
storm6     2,530  6 (850 / 560 / 330 / 300 /     87.2 / 84.5 | 87.3 / 82.1        18.7 / 23.2 / 17.1
                    360 / 130)
otolith7   2,520  7 (450 / 600 / 520 / 380 /     91.7 / 87.3 | 91.9 / 87.6        14.8 / 12.1 / 14.4
                    250 / 150 / 170)
enteric9   2,650  9 (700 / 130 / 260 / 200 /     93.4 / 88.4 | 93.5 / 88.1        10.3 / 13.3 / 11.1
                    450 / 170 / 300 / 190 /
                    250)
chiller8   2,700  8 (900 / 300 / 260 / 280 /     94.1 / 90.7 | 94.5 / 88.7        14.4 /  9.7 /  9.3
                    300 / 280 / 200 / 180)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round16.py``): over 93 % of storm6's errors fall between adjacent categories
(``CATEGORY_NEIGHBOURS``) and categories 2 and 3 each err over 1.8 times as often as the tropical storms and
category 4; the analyst's CI stands above the T-number in over 40 % of weakening fixes and under 10 % of
intensifying ones, and among eyed storms of category 3 and above the smallest-eye quarter's warm core reads
under 0.85 times the largest-eye quarter's. Over 88 % of otolith7's errors fall between adjacent ages
(``AGE_NEIGHBOURS``) and the error rate rises with every age from one (under 10 %) to six (over half); the
median length gains under 0.45 times as much from age 4 to 5 as from 1 to 2 while the otolith weight gains
over 0.7 times as much. Over 95 % of enteric9's errors fall between neighbouring species
(``SPECIES_NEIGHBOURS``); K. variicola and E. hormaechei, the smaller members of the two complexes, err most,
Proteus and Salmonella under 2 %, and non-motile E. coli (the inactive biotype) over 4 % while motile ones err
under 1 %. Over 95 % of chiller8's errors fall between neighbouring states (``FAULT_NEIGHBOURS``), over 70 %
of them take a fault for normal operation, the lowest-load quarter of the faulty periods errs over 1.4 times
as often as the highest-load quarter, and normal operation errs least. The benchmark MLP misfits 5-13 % of
its clean training rows: hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- storm6: tropical cyclone intensity
#: the Saffir-Simpson categories of ``storm6``, in label order, their rows and their best-track wind ranges (kt)
CATEGORIES = ("tropical storm", "category 1", "category 2", "category 3", "category 4", "category 5")
CATEGORY_ROWS = (850, 560, 330, 300, 360, 130)
CATEGORY_WINDS = (35, 64, 83, 96, 113, 137, 160)
#: the category below and above each category
CATEGORY_NEIGHBOURS = ordinal_neighbours(len(CATEGORIES))
#: the Dvorak intensity table: T-numbers and their maximum winds (kt)
DVORAK_T = np.arange(1.0, 8.01, 0.5)
DVORAK_WIND = np.array([25, 25, 30, 35, 45, 55, 65, 77, 90, 102, 115, 127, 140, 155, 170], dtype=float)


def _t_number(wind):
    """The Dvorak T-number of a maximum wind (kt), by the Dvorak table."""
    return np.interp(wind, DVORAK_WIND[1:], DVORAK_T[1:])


def storm6():
    """Geostationary and microwave satellite fixes of tropical cyclones in 6 Saffir-Simpson categories
    (``CATEGORIES``: tropical storm, categories 1-5), labelled by the post-season best track's maximum sustained
    wind (reconnaissance aircraft and all data in hindsight), as the forecast centre's satellite analyst and
    its objective tools described each storm at the fix. Each fix draws its wind evenly within its category's
    range (``CATEGORY_WINDS``), so neighbouring categories meet (``CATEGORY_NEIGHBOURS``), and the narrow
    categories 2 and 3 (13 and 17 kt wide) blur more than the wide ones. The analyst's Dvorak T-number
    scatters by about 8 kt and, by the method's constraints, lags a rapidly intensifying storm; the current
    intensity (CI) is held above the T-number while a storm weakens, so the 24-hour intensity trend shifts
    both (the analyst's 24-hour T-number change, a column, tells them apart only roughly). The objective Dvorak
    technique (ADT) underestimates storms without an eye; the microwave sounder's warm-core anomaly follows the
    pressure deficit, which at a given wind is deeper in large storms and at higher latitude, but its 40 km
    footprint misses small (pinhole) eyes. Eyes appear from about 75 kt, clear and warm in strong storms; the
    cold cloud tops deepen with the intensity and with the early-morning convective maximum. Size (34-kt wind
    radius), latitude, sea-surface temperature, vertical shear and the translation speed follow the intensity
    loosely; the image's local hour is a nuisance column. Columns: Dvorak T-number, Dvorak CI, ADT raw
    T-number, microwave warm-core anomaly (K), eye present (flag), eye diameter (km, 0 without an eye),
    centre temperature (deg C), cold-ring cloud-top temperature (deg C), 34-kt wind radius (km), latitude
    (deg), sea-surface temperature (deg C), 200-850 hPa shear (kt), translation speed (kt), the analyst's
    24-hour T-number change and the image's local hour (15). Imbalanced: 850 / 560 / 330 / 300 / 360 / 130 rows
    (2,530)."""
    rng = np.random.default_rng(16013)
    y = np.repeat(np.arange(len(CATEGORIES)), CATEGORY_ROWS)
    n = len(y)
    lo, hi = np.array(CATEGORY_WINDS[:-1])[y], np.array(CATEGORY_WINDS[1:])[y]
    wind = rng.uniform(lo, hi)  # the best track's maximum wind (kt)
    trend = rng.normal(5, 16, n) + 10 * (rng.random(n) < 0.15) * rng.uniform(1, 3, n)  # 24-h change, RI tail
    lat = np.clip(rng.normal(19 + 0.02 * (wind - 35), 6, n), 8, 40)
    r34 = rng.lognormal(np.log(150 + 1.2 * (wind - 35) + 4 * (lat - 19)), 0.35, n)  # 34-kt radius (km)
    # the analyst's Dvorak: T lags rapid intensification, CI is held above T while weakening
    t_wind = wind - 0.25 * np.maximum(trend, 0) + rng.normal(0, 8, n)
    t_num = np.round(2 * _t_number(t_wind)) / 2
    ci = np.round(2 * _t_number(t_wind + 0.45 * np.maximum(-trend, 0) + rng.normal(0, 2, n))) / 2
    ci = np.maximum(ci, t_num)
    dt24 = np.round(2 * (trend / 13 + rng.normal(0, 0.35, n))) / 2
    eye = rng.random(n) < 1 / (1 + np.exp(-(wind - 78) / 7))
    eye_d = np.where(eye, rng.lognormal(np.log(38 - 0.12 * (wind - 64) + 0.03 * (r34 - 150)), 0.35, n), 0)
    eye_d = np.where(eye, np.maximum(eye_d, 6), 0)
    adt_wind = wind - 9 * ~eye + rng.normal(0, 10, n)
    adt = _t_number(adt_wind) + rng.normal(0, 0.05, n)
    deficit = 0.0048 * wind ** 2 * (r34 / 180) ** 0.25 * (1 + 0.012 * (lat - 19))  # hPa
    seen = np.where(eye, np.minimum(1, eye_d / 40) ** 0.6, 0.8)  # the sounder's footprint misses small eyes
    warm = 0.075 * deficit * seen + rng.normal(0, 0.5, n)
    hour = rng.uniform(0, 24, n)
    dawn = np.cos(2 * np.pi * (hour - 5) / 24)  # convective maximum near dawn
    ring = -52 - 0.22 * (wind - 35) - 4 * dawn + rng.normal(0, 5, n)
    centre = np.where(eye, np.minimum(-45 + 0.55 * (wind - 64) + 0.3 * eye_d + rng.normal(0, 9, n), 22),
                      ring + rng.normal(3, 4, n))
    sst = 27.4 + 0.012 * (wind - 35) - 0.09 * (lat - 19) + rng.normal(0, 0.7, n)
    shear = rng.lognormal(np.log(14) - 0.004 * (wind - 35) - 0.01 * trend, 0.5, n)
    speed = rng.lognormal(np.log(9) + 0.025 * (lat - 19), 0.4, n)
    x = np.column_stack([t_num, ci, adt, warm, eye, eye_d, centre, ring, r34, lat, sst, shear, speed, dt24,
                         np.floor(hour)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- otolith7: fish ages
#: the ages of ``otolith7`` (years; the last is the plus group), in label order, and their rows
AGES = ("1", "2", "3", "4", "5", "6", "7+")
AGE_ROWS = (450, 600, 520, 380, 250, 150, 170)
#: the age before and after each age
AGE_NEIGHBOURS = ordinal_neighbours(len(AGES))
#: the survey's quarters: the months it fishes in
SURVEY_MONTHS = ((1, 2, 3), (7, 8, 9))


def otolith7():
    """Haddock caught by a groundfish survey in its first and third quarters, in 7 age classes (``AGES``: 1 to
    6 years and the 7+ plus group, ages 7-12), labelled by the age the otolith reader counted in the sectioned
    otolith, as the survey's catch sampling measured each fish before the otolith was read. Each fish grows
    along its own von Bertalanffy curve (its asymptotic length and growth rate scatter, its year class grows
    slower when it is strong, warmer water speeds it), and the survey catches it in January-March or
    July-September (``SURVEY_MONTHS``, ages count from 1 January, spawning in spring), so a summer fish is
    half a year older than a winter fish of its age; lengths of neighbouring ages meet and, as the growth
    flattens, the old ages share one length (``AGE_NEIGHBOURS``). The otolith keeps growing after the fish
    stops: its weight rises nearly in proportion to the age and only weakly with the fish's size (so at one
    length a slow grower's otolith is the heavier), with its own scatter, while its length saturates like the
    fish's. Round, gutted and liver weights follow the length by the condition, which is lower after the
    winter and in spent fish; most fish mature at two or three (maturity stages 1-4: immature, maturing,
    spawning, spent, by the season); the old fish live deeper. Sex, latitude and the bottom temperature are
    near-nuisance columns. Columns: total length (cm), round weight (g), gutted
    weight (g), liver weight (g), sex (0 male, 1 female), maturity stage, otolith weight (mg), otolith length
    (mm), month, latitude (deg N), depth (m) and bottom temperature (deg C) (12). Imbalanced: 450 / 600 / 520
    / 380 / 250 / 150 / 170 rows (2,520)."""
    rng = np.random.default_rng(16107)
    y = np.repeat(np.arange(len(AGES)), AGE_ROWS)
    n = len(y)
    age = y + 1 + np.where(y == 6, rng.choice(6, n, p=(0.4, 0.25, 0.15, 0.1, 0.06, 0.04)), 0)  # plus group
    quarter = rng.random(n) < 0.5
    month = np.where(quarter, rng.choice(SURVEY_MONTHS[1], n), rng.choice(SURVEY_MONTHS[0], n))
    t = age + (month - 0.5) / 12 - 0.3  # years since hatching (spring spawning, 1 January birthday)
    lat = rng.uniform(54, 61.5, n)
    temp = 7.5 - 0.35 * (lat - 54) + 2.5 * quarter * (1 - 0.08 * (lat - 54)) + rng.normal(0, 0.7, n)
    year_class = rng.normal(0, 1, n)  # strong year classes grow slower
    linf = 62 * rng.lognormal(0, 0.07, n)
    k = 0.32 * rng.lognormal(0, 0.12, n) * np.exp(-0.06 * year_class + 0.04 * (temp - 7))
    length = linf * (1 - np.exp(-k * (t + 0.5))) + rng.normal(0, 0.6, n)
    expected = 62 * (1 - np.exp(-0.32 * (t + 0.5)))
    otolith_w = 95 * t ** 0.95 * (length / expected) ** 0.35 * rng.lognormal(0, 0.075, n)
    otolith_l = 0.145 * length ** 0.92 * rng.lognormal(0, 0.03, n)
    female = rng.random(n) < 0.52
    mature = rng.random(n) < 1 / (1 + np.exp(-(age - 2.3 - 0.3 * (length < 30)) / 0.4))
    stage = np.where(~mature, 1, np.where(quarter, 4, rng.choice((2, 3), n, p=(0.45, 0.55))))
    condition = 0.0095 * rng.lognormal(0, 0.07, n) * (1 - 0.08 * ~quarter - 0.05 * (stage == 4))
    weight = condition * length ** 3.05
    gutted = weight * rng.uniform(0.82, 0.9, n)
    liver = weight * np.clip(rng.normal(0.045 + 0.02 * quarter - 0.012 * (stage == 3), 0.012, n), 0.005, None)
    depth = rng.lognormal(np.log(80 + 9 * np.minimum(age, 8)), 0.3, n)
    x = np.column_stack([np.round(length, 1), np.round(weight), np.round(gutted), np.round(liver, 1), female, stage,
                         np.round(otolith_w, 1), np.round(otolith_l, 2), month, lat, np.round(depth), temp])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- enteric9: Enterobacterales species
#: the species of ``enteric9``, in label order, and their rows
SPECIES = ("Escherichia coli", "Shigella", "Salmonella enterica", "Citrobacter freundii", "Klebsiella pneumoniae",
           "Klebsiella variicola", "Enterobacter cloacae", "Enterobacter hormaechei", "Proteus mirabilis")
SPECIES_ROWS = (700, 130, 260, 200, 450, 170, 300, 190, 250)
#: the species whose reaction patterns meet (symmetric)
SPECIES_NEIGHBOURS = {0: (1, 3), 1: (0,), 2: (3,), 3: (0, 2, 6, 7), 4: (5,), 5: (4,), 6: (3, 7), 7: (3, 6), 8: ()}
#: the strip's 20 wells, in the kit's order
WELLS = ("ONPG", "ADH", "LDC", "ODC", "CIT", "H2S", "URE", "TDA", "IND", "VP", "GEL", "GLU", "MAN", "INO", "SOR",
         "RHA", "SAC", "MEL", "AMY", "ARA")
#: per species: the percentage of strains positive in each well (``WELLS``), then in the motility test
#: (approximate, after the kit's identification tables; the complexes' members after the literature)
SPECIES_POSITIVE = np.array([
    [90, 5, 75, 60, 0, 1, 0, 0, 90, 0, 0, 100, 98, 1, 90, 80, 40, 75, 5, 95, 95],
    [35, 5, 0, 20, 0, 0, 0, 0, 40, 0, 0, 100, 90, 0, 35, 40, 1, 40, 0, 60, 0],
    [1, 70, 95, 95, 90, 90, 0, 0, 1, 0, 0, 100, 100, 35, 95, 95, 1, 90, 1, 95, 95],
    [90, 60, 0, 15, 80, 75, 40, 0, 10, 0, 0, 100, 100, 5, 98, 95, 40, 70, 30, 100, 90],
    [99, 0, 90, 0, 90, 0, 85, 0, 0, 90, 0, 100, 100, 95, 98, 90, 99, 99, 99, 99, 0],
    [99, 0, 85, 0, 85, 0, 50, 0, 0, 75, 0, 100, 100, 60, 80, 85, 95, 95, 99, 99, 0],
    [99, 90, 0, 95, 95, 0, 40, 0, 0, 95, 0, 100, 100, 15, 95, 95, 95, 90, 95, 100, 95],
    [95, 80, 0, 95, 95, 0, 30, 0, 0, 85, 0, 100, 100, 5, 70, 95, 90, 50, 85, 100, 90],
    [0, 0, 0, 95, 50, 90, 98, 98, 2, 50, 90, 100, 0, 0, 0, 1, 15, 1, 1, 0, 95],
]) / 100
#: the wells in which a species' positive reaction develops slowly: its time constant (h; others 2.5 h)
SLOW_WELLS = {("Klebsiella pneumoniae", "URE"): 8.0, ("Klebsiella variicola", "URE"): 8.0,
              ("Citrobacter freundii", "URE"): 10.0, ("Enterobacter cloacae", "URE"): 10.0,
              ("Enterobacter hormaechei", "URE"): 10.0, ("Citrobacter freundii", "ONPG"): 4.5,
              ("Escherichia coli", "SAC"): 5.0, ("Proteus mirabilis", "CIT"): 7.0}
#: the share of E. coli strains of the inactive biotype: non-motile, lactose- and lysine-negative
INACTIVE_ECOLI = 0.15


def enteric9():
    """Gram-negative rods of a clinical microbiology laboratory in 9 Enterobacterales species (``SPECIES``),
    labelled by the laboratory's MALDI-TOF identification (confirmed by sequencing where it was unsure), as a
    rapid 20-well biochemical panel (``WELLS``) read by its automated reader, a motility test and the colony on
    MacConkey agar describe each isolate. Each isolate's reaction in a well is positive with its species'
    probability (``SPECIES_POSITIVE``, after the kit's identification tables), so species whose patterns
    differ only in a few variable wells blur (``SPECIES_NEIGHBOURS``): E. coli and Shigella, the H2S-positive
    Salmonella and Citrobacter, Citrobacter beside E. coli and the Enterobacter, and the members of two
    complexes that the panel hardly tells apart, K. pneumoniae and K. variicola, E. cloacae and E. hormaechei.
    The inactive E. coli biotype (``INACTIVE_ECOLI``: non-motile, late or no lactose, lysine-negative) looks
    like Shigella, which is an E. coli by its genome. The reader scores each well's colour from 0 to 1 after 4-6
    hours: a positive reaction develops with its strain's time constant (some wells slow, ``SLOW_WELLS``), so a
    slow positive reads weak, more so at 4 hours; the reader adds noise to every well. On MacConkey, lactose
    fermenters are pink (E. coli, Klebsiella, Enterobacter and most Citrobacter), Klebsiella colonies mucoid
    and large, Proteus swarms; the colony's diameter scatters with the plate. Columns: the 20 wells' colour
    scores, motility (flag), MacConkey pink score (0-1), mucoid score (0-1), swarming (flag), colony diameter
    (mm) and the reading time (h) (26). Imbalanced: 700 / 130 / 260 / 200 / 450 / 170 / 300 / 190 / 250 rows
    (2,650)."""
    rng = np.random.default_rng(16211)
    y = np.repeat(np.arange(len(SPECIES)), SPECIES_ROWS)
    n = len(y)
    p = SPECIES_POSITIVE[y].copy()
    inactive = (y == 0) & (rng.random(n) < INACTIVE_ECOLI)
    for well, share in (("ONPG", 0.3), ("LDC", 0.1), ("ODC", 0.3), ("IND", 0.75), ("RHA", 0.5), ("SAC", 0.2)):
        p[inactive, WELLS.index(well)] = share
    p[inactive, -1] = 0.05  # non-motile
    positive = rng.random((n, len(WELLS))) < p[:, :-1]
    motile = rng.random(n) < p[:, -1]
    tau = np.full((n, len(WELLS)), 2.5)
    for (species, well), slow in SLOW_WELLS.items():
        tau[y == SPECIES.index(species), WELLS.index(well)] = slow
    tau[inactive, WELLS.index("ONPG")] = 7.0  # late lactose
    tau = tau * rng.lognormal(0, 0.6, tau.shape)  # strain to strain
    read_h = rng.uniform(4, 6, n)
    developed = 1 - np.exp(-read_h[:, None] / tau)
    score = np.where(positive, developed * rng.uniform(0.75, 1, positive.shape), 0)
    score = np.clip(score + rng.normal(0.04, 0.08, score.shape), 0, 1)
    lactose = positive[:, WELLS.index("ONPG")] & ~np.isin(y, (1, 2, 8))
    pink = np.clip(lactose * np.where(inactive, 0.45, 0.85) + rng.normal(0, 0.12, n), 0, 1)
    mucoid = np.clip(np.isin(y, (4, 5)) * rng.beta(4, 2, n) + rng.beta(1.2, 8, n) * 0.5, 0, 1)
    swarm = (y == 8) & (rng.random(n) < 0.9)
    diameter = rng.lognormal(np.log(np.array([2.5, 1.6, 2.2, 2.3, 3.4, 3.2, 2.6, 2.5, 2.4])[y]), 0.25, n)
    x = np.column_stack([score, motile, pink, mucoid, swarm, np.round(diameter, 1), np.round(read_h, 1)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- chiller8: chiller faults
#: the states of ``chiller8``, in label order, and their rows
FAULTS = ("normal", "refrigerant leak", "refrigerant overcharge", "condenser fouling", "reduced condenser water",
          "reduced evaporator water", "non-condensables", "excess oil")
FAULT_ROWS = (900, 300, 260, 280, 300, 280, 200, 180)
#: the states whose symptoms meet (symmetric): every mild fault meets normal operation
FAULT_NEIGHBOURS = {0: (1, 2, 3, 4, 5, 6, 7), 1: (0, 5, 7), 2: (0, 6), 3: (0, 4, 6), 4: (0, 3, 6), 5: (0, 1, 7),
                    6: (0, 2, 3, 4), 7: (0, 1, 5)}
#: the fault severities imposed (share of the fault's full extent): from the mildest to the most severe
SEVERITY = (0.1, 0.45)


def _r134a_kpa(t_sat):
    """The saturation pressure (kPa) of R-134a at ``t_sat`` (deg C), by a Clausius-Clapeyron fit."""
    return np.exp(15.418 - 2660.0 / (t_sat + 273.15))


def _r134a_sat(p_kpa):
    """The saturation temperature (deg C) of R-134a at ``p_kpa``, the inverse of :func:`_r134a_kpa`."""
    return 2660.0 / (15.418 - np.log(p_kpa)) - 273.15


def chiller8():
    """Steady-state periods of a water-cooled centrifugal chiller (a 1,000 kW R-134a machine) in normal
    operation and 7 faults (``FAULTS``), labelled by the fault the laboratory imposed on the test stand, as the
    building automation system's 15-minute averages describe each period. Each fault is imposed at a severity
    drawn evenly between 10 and 45 % of its extent (``SEVERITY``), and the load and the cooling tower's water
    temperature vary from period to period; a fault's signature grows with its severity and the load, so mild
    faults at low load blur with normal operation, and faults that share symptoms blur with each other
    (``FAULT_NEIGHBOURS``): a refrigerant leak, reduced evaporator water and excess oil all widen the
    evaporator approach and lower the suction pressure (the leak also the subcooling); condenser fouling,
    reduced condenser water and non-condensables all raise the head pressure (reduced water by a wider water
    temperature rise); non-condensables raise the condenser pressure above the refrigerant's saturation, which
    reads as extra subcooling and a wider condenser approach, as an overcharge and fouling do; excess oil
    also lowers the efficiency and the sump temperature and raises the oil pressure. The evaporator leaves its
    chilled water at its set point (about 7 deg C); each sensor has its own noise, and the fault-detection tool
    computes the approaches, the subcooling and the discharge superheat from the pressures' saturation
    temperatures (R-134a, ``_r134a_sat``). Columns: load (% capacity), chilled water out (deg C) and its
    range (K), condenser water in (deg C) and its range (K), evaporator and condenser pressures (kPa),
    evaporator approach, condenser approach, subcooling, suction superheat and discharge superheat (K),
    compressor power (kW), oil feed pressure difference (kPa) and oil sump temperature (deg C) (15).
    Imbalanced: 900 / 300 / 260 / 280 / 300 / 280 / 200 / 180 rows (2,700)."""
    rng = np.random.default_rng(16307)
    y = np.repeat(np.arange(len(FAULTS)), FAULT_ROWS)
    n = len(y)
    s = np.where(y > 0, rng.uniform(*SEVERITY, n), 0)  # the imposed severity
    f = {name: np.where(y == i, s, 0) for i, name in enumerate(FAULTS)}
    load = rng.uniform(0.25, 1.0, n)
    q = 1000 * load  # cooling (kW)
    teo = 6.7 + rng.normal(0, 0.15, n)
    tci = rng.normal(27, 2.5, n)
    # evaporator: the water's flow and the approach to the refrigerant's saturation
    m_e = 48 * (1 - f["reduced evaporator water"])
    tei = teo + q / (m_e * 4.18)
    app_e = (0.6 + 1.6 * load) * (1 + 2.2 * f["refrigerant leak"] + 1.2 * f["reduced evaporator water"]
                                  + 1.5 * f["excess oil"]) * rng.lognormal(0, 0.06, n)
    t_evap = teo - app_e
    superheat = 0.6 + 4.0 * f["refrigerant leak"] * load + 0.4 * rng.random(n)
    # compressor: the lift sets the power; rejected heat = cooling + power
    m_c = 60 * (1 - f["reduced condenser water"])
    app_c = (0.5 + 1.4 * load) * (1 + 3.0 * f["condenser fouling"] + 0.8 * f["refrigerant overcharge"]
                                  + 0.5 * f["reduced condenser water"]) * rng.lognormal(0, 0.06, n)
    plf = 1 - 0.25 * (load - 0.8) ** 2  # part-load efficiency, best near 80 %
    t_cond = tci + 1.1 * q / (m_c * 4.18) + app_c  # first pass: power about a tenth of the cooling
    for _ in range(3):
        cop = 0.6 * plf * (t_evap + 273.15) / (t_cond - t_evap) * (1 - 0.25 * f["excess oil"])
        power = q / cop
        tco = tci + (q + power) / (m_c * 4.18)
        t_cond = tco + app_c
    p_evap = _r134a_kpa(t_evap)
    p_nc = 140 * f["non-condensables"] * (0.6 + 0.4 * load)  # partial pressure of the trapped air (kPa)
    p_cond = _r134a_kpa(t_cond) + p_nc
    subcool = (1.0 + 1.5 * load) * (1 - 2.0 * f["refrigerant leak"]) + 12 * f["refrigerant overcharge"]
    t_liquid = t_cond - np.maximum(subcool, 0.1)
    discharge = t_cond + 8 + 0.35 * (t_cond - t_evap) + 25 * f["non-condensables"] + 10 * f["refrigerant leak"] \
        - 6 * f["refrigerant overcharge"]
    oil_dp = 160 + 120 * f["excess oil"] - 20 * f["refrigerant overcharge"] + rng.normal(0, 8, n)
    oil_t = 42 + 0.2 * (t_cond - 35) - 10 * f["excess oil"] + rng.normal(0, 1.2, n)
    # the sensors, each with its own noise, and what the fault-detection tool computes from them
    teo_m, tei_m = teo + rng.normal(0, 0.1, n), tei + rng.normal(0, 0.12, n)
    tci_m, tco_m = tci + rng.normal(0, 0.1, n), tco + rng.normal(0, 0.12, n)
    p_evap_m, p_cond_m = p_evap + rng.normal(0, 4, n), p_cond + rng.normal(0, 8, n)
    sat_evap, sat_cond = _r134a_sat(p_evap_m), _r134a_sat(p_cond_m)
    x = np.column_stack([100 * load + rng.normal(0, 1.5, n), teo_m, tei_m - teo_m, tci_m, tco_m - tci_m, p_evap_m,
                         p_cond_m, teo_m - sat_evap, sat_cond - tco_m, sat_cond - t_liquid - rng.normal(0, 0.3, n),
                         superheat + rng.normal(0, 0.3, n), discharge + rng.normal(0, 1, n) - sat_cond,
                         power * rng.lognormal(0, 0.02, n), oil_dp, oil_t])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND16`` lists them
GENERATORS = {"storm6": storm6, "otolith7": otolith7, "enteric9": enteric9, "chiller8": chiller8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND16_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "storm6": (2530, 15, CATEGORY_ROWS),
    "otolith7": (2520, 12, AGE_ROWS),
    "enteric9": (2650, 26, SPECIES_ROWS),
    "chiller8": (2700, 15, FAULT_ROWS),
}
ROUND16 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
