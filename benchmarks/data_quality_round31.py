"""Round 31's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (the domains round 30's docstring lists, and round 30's sea ice stages,
Merino wool microns, wildfire causes and pleural effusion causes): the per-row summaries a practitioner reads from
four other fields. As in rounds 21-30, the two graded sets simulate a pool of cases, label every case the way its
field does (a reference measurement against the field's table of limits) and keep a fixed number of each class
(``_keep``); the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes
(``ORDERED``): county-months of a continental interior's climate stations in the U.S. Drought Monitor's 6
categories (none, D0 abnormally dry .. D4 exceptional drought), labelled by the station's 6-month standardized
precipitation index against the Monitor's SPI ranges and described by the Monitor's other indicators; and adults of
a primary care cohort in the ESC/ESH guidelines' 6 office blood pressure categories (optimal .. grade 3
hypertension), labelled by the mean of the standardised office readings and described by the home and kiosk
readings, the discarded first reading and the organs. Two have UNORDERED classes: aerosol layers over a coastal
lidar and sun photometer site in 8 types (clean marine, dusty marine, desert dust, polluted dust, clean and polluted
continental, biomass-burning smoke, volcanic ash), from the photometer's inversion, the lidar and satellite tracers;
and landslides of a regional inventory in 8 types of the updated Varnes classification (rock fall, rock topple,
planar rock slide, rotational slide, translational debris slide, debris flow, debris avalanche, earthflow), from the
mapping, the geology and the rain gauges. ``NEIGHBOURS`` names each set's neighbour map (``DROUGHT_NEIGHBOURS``,
``PRESSURE_NEIGHBOURS``, ``AEROSOL_NEIGHBOURS``, ``LANDSLIDE_NEIGHBOURS``; written from the fields' documents and
committed, with the class names and rows, before any generator was written or ran: commit bfd6d84; no pair added
after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y``
in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
drought6,pressure6,aerosol8,landslide8``, ``--data round31``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round30.py`` and
``tests/test_data_quality_round30.py`` (as the model; round 30's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the first 900 characters of ``benchmarks/data_quality_round28.py`` and
``data_quality_round29.py`` (their domains; round 30's docstring lists every earlier round's) and the set names
of rounds 5-30 (a grep of their ``GENERATORS`` lines, to keep the names new); the lines of
``benchmarks/data_quality_actions.py`` that register round 30 (its import, ``ROUNDS`` and the ``--data`` help,
found by grep, with the few lines around them); the first 110 lines of ``tests/test_architecture.py``; and, by a
grep for ``round30``, the single lines of ``tests/test_data_quality_ceiling.py`` and
``tests/test_data_quality_ordinal_blind.py`` that name round 30 (neither file opened nor run). Public pages were
searched for the fields' tables: the Drought Monitor's classification (its SPI ranges -0.5 .. -0.7 for D0 to
-2.0 or less for D4, and its percentile ranges; drought.gov, NWS, the Monitor's archived scheme); the ESC/ESH office
blood pressure categories (the higher of the two categories counts; the 2018 guidelines and summaries); CALIPSO's
version 4 aerosol subtypes and lidar ratios (Kim et al. 2018, Li et al. 2022: dusty marine added, polluted
continental and smoke merged); the updated Varnes classification (Hungr et al. 2014) and inventory guides. The
rest (the component optics, the white coat's size, the stores' memories, the types' sizes, speeds and triggers) is
the author's own reading of the fields, not checked line by line. The helpers imported from round 5 (``main``,
``ordinal_neighbours``) are used as round 30 uses them (``main`` was not run). No detector or filter ran on these
sets, and the benchmark did not; the difficulty below and the tests' baseline were computed with sklearn directly
(``tests/round_checks.py``; ``tests/heldout_sets.py`` not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                                MLP train / test %, seed 0 | 1   10-NN error %
drought6    2,140  6 (440 / 400 / 420 / 340 / 300 / 240), ordered    84.0 / 82.4 | 88.5 / 84.3        41.2
pressure6   2,140  6 (300 / 360 / 400 / 480 / 360 / 240), ordered    73.0 / 71.0 | 73.9 / 67.9        39.5
aerosol8    2,140  8 (320 / 240 / 340 / 280 / 220 / 320 / 260 / 160)  83.4 / 80.7 | 87.0 / 82.8        20.6
landslide8  2,140  8 (300 / 160 / 220 / 320 / 340 / 320 / 200 / 280)  86.2 / 82.2 | 87.8 / 85.4        19.1

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round31.py``, with sklearn; no detector code). drought6 misses the baseline's aim (15-40 %)
by a point: 41 %, while its MLP reaches 82-84 %; the baseline reads twelve indicators of which only the gridded SPI
is sharp (alone it errs on 14 %), and lowering the gridded analysis' spread moved the MLP, not the baseline, so it
was left. 91 % of its errors fall between adjacent categories (``DROUGHT_NEIGHBOURS``; 0.8 % more than two apart),
47 % reading a drier one: D0 with D1 26 % of them, D2 with D3 21 %, D1 with D2 19 %, D3 with D4 13 %, none with D0
11 %; D3 errs most (56 %), none least (20 %, the widest category). In pressure6 93 % of the errors fall between
adjacent categories (``PRESSURE_NEIGHBOURS``; none more than two apart), 38 % reading a higher one: normal with high
normal 26 % of them, high normal with grade 1 24 %, grade 1 with grade 2 16 %, optimal with normal and grade 2 with
grade 3 13 % each; the two 10 / 5 mmHg-wide categories err most (high normal 52 %, normal 48 %), optimal least
(20 %). aerosol8 errs on 21 %, 92 % of its errors between types whose optics look alike (``AEROSOL_NEIGHBOURS``):
clean with dusty marine 20 % of them, dust with polluted dust 19 %, dust with ash 12 %, clean with polluted
continental 10 %, clean marine with clean continental 8 %, polluted continental with smoke 6 %; ash errs most (47 %),
dust, polluted continental and smoke least (9-11 %). The map is incomplete: polluted dust with clean continental
(2.5 % of the errors: a weakly dusty, polluted layer), dusty marine with clean continental (1.8 %) and dusty
marine with ash (1.1 %) fall outside it. landslide8 errs on 19 %, 94 % of its errors between types that mapping confuses
(``LANDSLIDE_NEIGHBOURS``): slumps with earthflows 29 % of them, debris slides with avalanches 24 %, debris slides
with flows 15 %, debris flows with avalanches 10 %, falls with topples 6 %, falls with rock slides 4 %; debris
avalanches err most (52 %), rock falls least (5 %). The map is incomplete: rock falls with debris slides (2.2 % of
the errors: small, steep, fast, after rain) and debris slides with earthflows (1 %) fall outside it. Tuning after a
first measure (toward the fields, not toward a detector): drought6 first read a gridded 6-month precipitation's
percent of normal and sixteen indicators (baseline 52 %); the gridded product became the gridded analysis' own SPI
and four weak indicators (evaporative demand, topsoil survey, vegetation, dry spell) were dropped. pressure6 first
came out too hard (MLP 43-50 %, baseline 59 %) with home and kiosk readings only; the first office reading was added
and three weak columns (heart rate, urinary sodium, alcohol; then waist and diabetes) dropped. aerosol8 and
landslide8 first came out too easy (MLP 96-98 %, baseline 5-7 %); the photometer's column (the boundary layer
below), wider mixtures, the lidar's and the tracers' realistic spreads, and the landslides' transitions (topples
ending as falls, weak rock slides, slumps' flowing toes, debris slides breaking up or running into channels) were
added. The MLP misfits 12-27 % of its clean training rows (pressure6's most): hard clean rows that a detector must
not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.special import ndtr, ndtri
from scipy.stats import gamma

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- drought6: drought categories
#: the categories of ``drought6`` (the U.S. Drought Monitor's, by the station's 6-month standardized precipitation
#: index against the Monitor's SPI ranges), wettest first
DROUGHT_CATEGORIES = ("none (SPI > -0.5)", "D0 abnormally dry (-0.5 .. -0.7)", "D1 moderate drought (-0.8 .. -1.2)",
                      "D2 severe drought (-1.3 .. -1.5)", "D3 extreme drought (-1.6 .. -1.9)",
                      "D4 exceptional drought (<= -2.0)")
DROUGHT_ROWS = (440, 400, 420, 340, 300, 240)
#: the category below and above each category
DROUGHT_NEIGHBOURS = ordinal_neighbours(len(DROUGHT_CATEGORIES))
#: the highest 6-month SPI (reported to one decimal) of D0 .. D4
DROUGHT_LIMITS = (-0.5, -0.8, -1.3, -1.6, -2.0)


# --------------------------------------------------------------------------- pressure6: office blood pressure grades
#: the categories of ``pressure6`` (ESC/ESH office blood pressure, by the mean of the standardised office readings;
#: the higher of the systolic and the diastolic category), lowest first
PRESSURE_CATEGORIES = ("optimal (< 120 / < 80)", "normal (120-129 / 80-84)", "high normal (130-139 / 85-89)",
                       "grade 1 hypertension (140-159 / 90-99)", "grade 2 hypertension (160-179 / 100-109)",
                       "grade 3 hypertension (>= 180 / >= 110)")
PRESSURE_ROWS = (300, 360, 400, 480, 360, 240)
#: the category below and above each category
PRESSURE_NEIGHBOURS = ordinal_neighbours(len(PRESSURE_CATEGORIES))
#: the least systolic and diastolic office pressure (mmHg) of normal .. grade 3
PRESSURE_SYSTOLIC = (120.0, 130.0, 140.0, 160.0, 180.0)
PRESSURE_DIASTOLIC = (80.0, 85.0, 90.0, 100.0, 110.0)


# --------------------------------------------------------------------------- aerosol8: aerosol types
#: the types of ``aerosol8`` (aerosol layers over a lidar and sun photometer site, by the campaign's typing after
#: back trajectories, in-situ chemistry and the source's inventory), in label order
AEROSOL_TYPES = ("clean marine", "dusty marine", "desert dust", "polluted dust", "clean continental",
                 "polluted continental", "biomass-burning smoke", "volcanic ash")
AEROSOL_ROWS = (320, 240, 340, 280, 220, 320, 260, 160)
#: the types whose optical properties look alike (symmetric), as the lidar typing schemes (CALIPSO's version 4,
#: the ground networks') document them: sea salt alone and mixed with dust near the ocean's surface (version 4
#: added dusty marine for layers it had called polluted dust); dust, dust mixed with sea salt and dust mixed with
#: pollution or smoke (the depolarization ratio between pure dust's and the spheres'); volcanic ash with dust
#: (both nonspherical, depolarizing) and with polluted dust (ash mixed with sulphate); the continental
#: backgrounds clean and polluted, and pollution with smoke (version 4 merged polluted continental and smoke
#: near the surface); low, clean layers over a coast (marine or continental background)
AEROSOL_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 3), 2: (1, 3, 7), 3: (1, 2, 5, 6, 7), 4: (0, 5), 5: (3, 4, 6),
                      6: (3, 5), 7: (2, 3)}


# --------------------------------------------------------------------------- landslide8: landslide types
#: the types of ``landslide8`` (a regional landslide inventory's, the updated Varnes classification's movement
#: and material, by the field investigation), in label order
LANDSLIDE_TYPES = ("rock fall", "rock topple", "rock slide (planar)", "rotational slide (slump)",
                   "translational debris slide", "debris flow", "debris avalanche", "earthflow")
LANDSLIDE_ROWS = (300, 160, 220, 320, 340, 320, 200, 280)
#: the types that mapping from images and maps confuses (symmetric), as the classification's update (Hungr et
#: al. 2014) and inventory guides document them: falls and topples from the same cliffs (a topple ends as a fall)
#: and planar rock slides from their scarps; a rock slide in weak rock turning rotational; the slump-earthflow
#: complex (a slump's toe flows) and slumps with shallow translational slides in soil; a debris slide that
#: breaks up into an avalanche on an open slope or a flow in a channel, and debris avalanches with channelised
#: debris flows
LANDSLIDE_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4, 7), 4: (3, 5, 6), 5: (4, 6), 6: (4, 5),
                        7: (3,)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes; -1 is never kept),
    drawn without replacement and listed class by class: each round-31 graded set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def _percentile(value, group):
    """Each value's rank (0..1, mid-rank) among the values of its group: a station's index against its own record."""
    out = np.empty(len(value))
    for g in np.unique(group):
        idx = np.flatnonzero(group == g)
        out[idx[np.argsort(value[idx], kind="stable")]] = (np.arange(len(idx)) + 0.5) / len(idx)
    return out


#: the stations' climates: monthly precipitation's gamma shape (a dry climate's months are more skewed), its mean
#: (mm) and the gridded analysis' spread (in SPI) against the station's (sparser gauges, patchier storms)
DROUGHT_CLIMATES = np.array([
    # shape  mean   grid
    [2.6, 95., 0.07],  # humid
    [1.3, 45., 0.09],  # semi-arid
    [0.7, 20., 0.12],  # arid
])


def _weighted(z, scale):
    """The latent monthly anomalies ``z`` (cases x months, the latest last) weighted by an e-folding memory of
    ``scale`` months and standardised: a store that fills and drains (soil, streams, aquifers)."""
    w = np.exp(-np.arange(z.shape[1])[::-1] / scale)
    return z @ w / np.sqrt(np.sum(w ** 2 * (1 + 0.6 * np.r_[w[1:] / w[:-1], 0])))


def drought6():
    """County-months of a continental interior's climate stations in 6 drought categories of the U.S. Drought
    Monitor (``DROUGHT_CATEGORIES``: none, D0 abnormally dry .. D4 exceptional drought), labelled by the station's
    6-month standardized precipitation index (its 6-month total's percentile in its own record for that calendar
    month, as a normal deviate) against the Monitor's SPI ranges (``DROUGHT_LIMITS``), as the Monitor's other
    indicators describe the county that month. Months' precipitation is skewed (more so in dry climates,
    ``DROUGHT_CLIMATES``) and persists a little (weather regimes); each store integrates it over its own memory:
    the model's soil moisture over a couple of months, streamflow over a season, reservoirs and groundwater over a
    year or more, the Palmer index over a few months (and the heat); the short windows (1 and 3 months) and the
    long one (12) share months with the 6-month window; the gridded analysis' SPI at the station's cell blends the
    neighbouring gauges (less so where gauges are dense and storms wide); and dry months heat the surface (most
    in summer). So neighbouring categories meet (``DROUGHT_NEIGHBOURS``). Columns: month of the year, the
    station's mean annual precipitation (mm), the station's 1-, 3- and 12-month precipitation (% of normal), the
    gridded analysis' 6-month SPI, the 3-month temperature anomaly (deg C), the model's soil moisture percentile,
    the 7-day streamflow percentile, the groundwater level percentile, reservoir storage (% of average) and the
    Palmer drought severity index (12). Imbalanced: 440 / 400 / 420 / 340 / 300 / 240 rows (2,140)."""
    rng = np.random.default_rng(31101)
    n, months = 300000, 24
    climate = rng.choice(3, n, p=[0.45, 0.35, 0.2])
    shape, mean, grid_sd = DROUGHT_CLIMATES[climate].T
    month = rng.integers(1, 13, n)
    slow = rng.normal(0, 1, n)  # a season-long regime (a persistent ridge, the ocean's state)
    z = np.empty((n, months))
    z[:, 0] = rng.normal(0, 1, n)
    for t in range(1, months):
        z[:, t] = 0.3 * z[:, t - 1] + np.sqrt(1 - 0.09) * rng.normal(0, 1, n)
    z = (z + 0.35 * slow[:, None] * (np.arange(months) >= months - 8)) / np.sqrt(1 + 0.35 ** 2 * (
        np.arange(months) >= months - 8))
    # each month's rain (the anomaly's quantile of the climate's gamma), element by element: the label reads the
    # last 6 months of every case, the columns all months of the kept cases only
    six = (gamma.ppf(ndtr(z[:, -6:]), shape[:, None]) * (mean / shape)[:, None]).sum(1)
    exact = ndtri(_percentile(six, climate * 12 + month - 1))
    label = (np.round(exact, 1)[:, None] <= np.array(DROUGHT_LIMITS)).sum(1)
    keep = _keep(rng, label, DROUGHT_ROWS)
    y = label[keep]
    climate, shape, mean, grid_sd, month, z, exact = (a[keep] for a in (
        climate, shape, mean, grid_sd, month, z, exact))
    rain = gamma.ppf(ndtr(z), shape[:, None]) * (mean / shape)[:, None]
    n = len(y)
    annual = 12 * mean * rng.lognormal(0, 0.15, n)
    p1, p3, p12 = (100 * rain[:, -w:].sum(1) / (w * mean) for w in (1, 3, 12))
    grid6 = (exact + rng.normal(0, grid_sd, n)) / np.sqrt(1 + grid_sd ** 2)
    summer = np.isin(month, (5, 6, 7, 8, 9))
    temp = -np.where(summer, 0.6, 0.3) * _weighted(z[:, -3:], 2) + rng.normal(0, 0.8, n)  # dry soils heat up
    soil = 100 * ndtr(_weighted(z, 1.5) - 0.25 * temp + rng.normal(0, 0.35, n))
    stream = 100 * ndtr(_weighted(z, 3) + rng.normal(0, 0.4, n))
    ground = 100 * ndtr(_weighted(z, 10) + rng.normal(0, 0.5, n))
    reservoir = np.clip(100 * np.exp(0.2 * _weighted(z, 8) + rng.normal(0, 0.15, n)), 10, 160)
    pdsi = np.clip(2.2 * _weighted(z, 4) - 0.3 * temp + rng.normal(0, 0.5, n), -7, 7)
    x = np.column_stack([month, np.round(annual, -1), np.round(p1), np.round(p3), np.round(p12), np.round(grid6, 2),
                         np.round(temp, 1), np.round(soil), np.round(stream), np.round(ground), np.round(reservoir),
                         np.round(pdsi, 2)])
    return x.astype(np.float32), y


def _grade(systolic, diastolic):
    """The ESC/ESH category (0 optimal .. 5 grade 3) of office pressures rounded to whole mmHg: the higher of the
    systolic and the diastolic category."""
    s = (np.round(systolic)[:, None] >= np.array(PRESSURE_SYSTOLIC)).sum(1)
    d = (np.round(diastolic)[:, None] >= np.array(PRESSURE_DIASTOLIC)).sum(1)
    return np.maximum(s, d)


def pressure6():
    """Adults of a primary care screening and referral cohort in the 6 office blood pressure categories of the
    ESC/ESH guidelines (``PRESSURE_CATEGORIES``: optimal .. grade 3 hypertension), labelled by the mean of the
    standardised attended office readings (the last two of three, at two visits; the higher of the systolic and
    the diastolic category, ``PRESSURE_SYSTOLIC``, ``PRESSURE_DIASTOLIC``), as the patient's record and the
    out-of-office and organ measurements describe the patient. A patient's usual pressure rises with age
    (systolic throughout, diastolic until about 60), weight, salt, alcohol and the family's; half of the
    hypertensives are treated (one to three drugs, lowering both pressures); the office adds the alerting
    reaction of the white coat (a few mmHg on average, much more in some, more in women and the old) and the
    visits' own variation; the home readings (a week's mean on a validated cuff) and a pharmacy kiosk's single
    reading miss the white coat, partly; the heart and the kidneys record years of pressure (left ventricular
    mass, albuminuria), the untreated pressure rather than today's, and the arteries stiffen with age and today's
    pressure; and the first reading of the first visit, discarded from the mean, shares that visit's level and
    white coat, more alert. So neighbouring categories meet (``PRESSURE_NEIGHBOURS``). Columns: age (years),
    female (flag), body mass index (kg/m2), the home systolic and diastolic means (mmHg), the kiosk's systolic
    reading (mmHg), the first office reading's systolic and diastolic pressure (mmHg), antihypertensive drugs
    (count), urine albumin-to-creatinine ratio (mg/mmol), left ventricular mass index (g/m2) and carotid-femoral
    pulse wave velocity (m/s) (12). Imbalanced: 300 / 360 / 400 / 480 / 360 / 240 rows (2,140)."""
    rng = np.random.default_rng(31203)
    n = 250000
    age = rng.uniform(30, 85, n)
    female = rng.random(n) < 0.5
    bmi = np.clip(rng.lognormal(np.log(27), 0.17, n), 16, 55)
    sodium = rng.lognormal(np.log(3.6), 0.3, n) * np.where(female, 0.85, 1)
    alcohol = np.where(rng.random(n) < 0.35, 0, rng.lognormal(np.log(5), 0.9, n)) * np.where(female, 0.6, 1)
    family = rng.random(n) < 0.35
    diabetes = rng.random(n) < 1 / (1 + np.exp(-(-6.2 + 0.045 * age + 0.09 * bmi)))
    own = rng.normal(0, 1, (n, 2))
    usual_s = (106 + 0.55 * (age - 30) + 0.9 * (bmi - 25) + 2.5 * (sodium - 3.6) + 0.3 * np.minimum(alcohol, 30)
               + 5 * family + 3 * diabetes - 6 * female * (age < 55) + 12 * own[:, 0])
    usual_d = (70 + 0.35 * (age - 30) - 0.012 * np.maximum(age - 55, 0) ** 2 + 0.5 * (bmi - 25) + 1.0 * (sodium - 3.6)
               + 0.15 * np.minimum(alcohol, 30) + 3 * family - 3 * female * (age < 55)
               + 7 * (0.6 * own[:, 0] + 0.8 * own[:, 1]))
    hypertensive = (usual_s >= 140) | (usual_d >= 90)
    treated = hypertensive & (rng.random(n) < 0.5 + 0.2 * (age > 60))
    drugs = np.where(treated, 1 + (rng.random(n) < 0.45) + (rng.random(n) < 0.2), 0)
    lowering = treated * rng.normal(7 + 5 * drugs, 7, n).clip(0)
    today_s = usual_s - lowering
    today_d = usual_d - 0.5 * lowering
    coat = rng.normal(5 + 3 * female + 0.08 * (age - 55) + 2 * treated, 7, n)  # the white coat's alerting reaction
    visits = rng.normal(0, 1, (n, 2))  # the two visits' own variation
    office_s = today_s + coat + 5 * visits.mean(1) + rng.normal(0, 2, n)
    office_d = today_d + 0.45 * coat + 3.5 * visits.mean(1) + rng.normal(0, 1.5, n)
    label = _grade(office_s, office_d)
    keep = _keep(rng, label, PRESSURE_ROWS)
    y = label[keep]
    age, female, bmi, diabetes, usual_s, drugs, today_s, today_d, coat, visits = (a[keep] for a in (
        age, female, bmi, diabetes, usual_s, drugs, today_s, today_d, coat, visits))
    n = len(y)
    home_s = today_s + rng.normal(-1, 4, n)
    home_d = today_d + rng.normal(-1, 3, n)
    kiosk = today_s + 0.4 * coat + rng.normal(0, 9, n)  # one reading, a little alerting
    # the first reading of the first visit (discarded from the mean): the visit's level, more alert
    first_s = today_s + 1.2 * coat + 5 * visits[:, 0] + rng.normal(3, 4, n)
    first_d = today_d + 0.6 * coat + 3.5 * visits[:, 0] + rng.normal(1.5, 3, n)
    acr = np.exp(np.log(0.7) + 0.03 * (usual_s - 130) + 0.9 * diabetes + rng.normal(0, 0.9, n))
    lvmi = 82 + 0.45 * (usual_s - 130) + 6 * (1 - female) + 0.3 * (bmi - 27) + rng.normal(0, 14, n)
    pwv = 5.5 + 0.08 * (age - 30) + 0.035 * (today_s - 130) + 0.5 * diabetes + rng.normal(0, 1.2, n)
    x = np.column_stack([np.round(age), female, np.round(bmi, 1), np.round(home_s), np.round(home_d), np.round(kiosk),
                         np.round(first_s), np.round(first_d), drugs, np.round(acr, 1), np.round(lvmi),
                         np.round(pwv, 1)])
    return x.astype(np.float32), y


#: the pure components' intensive optical properties: lidar ratio at 532 nm (sr), particle linear depolarization
#: ratio at 532 nm, Angstrom exponent (440-870 nm), single scattering albedo at 440 nm, its change to 1020 nm,
#: absorption Angstrom exponent, backscatter colour ratio (1064 / 532 nm), fine-mode fraction and the lidar
#: ratios' ratio (355 / 532 nm)
AEROSOL_COMPONENTS = np.array([
    # lr   pldr  ang   ssa   dssa   aae  colour fmf  lr355
    [22., 0.02, 0.40, 0.98, 0.00, 1.0, 0.90, 0.30, 1.00],  # sea salt
    [45., 0.31, 0.15, 0.90, 0.07, 2.3, 0.75, 0.08, 1.05],  # mineral dust
    [50., 0.04, 1.30, 0.95, -0.02, 1.2, 0.45, 0.75, 1.10],  # continental background
    [65., 0.04, 1.60, 0.91, -0.04, 1.1, 0.35, 0.88, 1.15],  # pollution (urban / industrial, sulphate)
    [75., 0.06, 1.80, 0.87, -0.05, 1.8, 0.35, 0.93, 0.85],  # biomass-burning smoke (aged)
    [55., 0.36, 0.45, 0.92, 0.02, 1.4, 0.80, 0.25, 1.00],  # volcanic ash
])
#: per type: its main component, the admixed components and the admixture's share of the extinction (least, most),
#: the optical depth at 500 nm (median, log spread), the layer's centre height (km), depth (km), relative humidity
#: (%), the CO column's anomaly (1e17 / cm2) and the SO2 column (DU)
AEROSOL_TABLE = (
    # main  mixed   share        aod  spread  height depth  rh   co    so2
    (0, (2, 1), (0.0, 0.3), 0.08, 0.45, 0.5, 0.9, 80., 0.0, 0.05),  # clean marine
    (0, (1,), (0.2, 0.7), 0.20, 0.50, 0.9, 1.4, 72., 0.0, 0.05),  # dusty marine
    (1, (0, 3), (0.0, 0.35), 0.45, 0.55, 2.6, 3.0, 25., 0.1, 0.05),  # desert dust
    (1, (3, 4), (0.25, 0.75), 0.40, 0.55, 2.0, 2.5, 40., 0.6, 0.15),  # polluted dust
    (2, (3, 0), (0.0, 0.45), 0.07, 0.45, 1.0, 1.6, 55., 0.1, 0.05),  # clean continental
    (3, (2, 4), (0.0, 0.45), 0.30, 0.55, 0.9, 1.5, 60., 0.8, 0.40),  # polluted continental
    (4, (3, 2), (0.0, 0.5), 0.55, 0.70, 2.8, 2.2, 40., 3.0, 0.10),  # biomass-burning smoke
    (5, (3, 1), (0.0, 0.6), 0.30, 0.70, 4.5, 2.0, 50., 0.1, 2.00),  # volcanic ash
)


def aerosol8():
    """Aerosol layers over a coastal lidar and sun photometer site in 8 types (``AEROSOL_TYPES``: clean marine,
    dusty marine, desert dust, polluted dust, clean continental, polluted continental, biomass-burning smoke,
    volcanic ash), labelled by the campaign's typing after the fact (back trajectories, in-situ chemistry, the
    sources' inventories), as the photometer's inversion, the lidar and the satellites describe the layer. Each
    type (``AEROSOL_TABLE``) is its main component mixed with others (``AEROSOL_COMPONENTS``: sea salt, dust, the
    continental background, pollution, smoke, ash; a share of the extinction drawn per layer), its intensive
    properties the mixture's: the spheres' low depolarization and the nonspherical dust's and ash's high, sea
    salt's low lidar ratio and smoke's high, the coarse particles' low Angstrom exponent and high colour ratio,
    absorbing smoke and dust (dust's albedo rising to the red, smoke's falling), aged smoke's lidar ratio lower in
    the ultraviolet. But the inversion's albedo and absorption exponent are unreliable under a thin layer (their
    errors grow as the optical depth falls), dust mixed with sea salt or with pollution sits between the pure
    types, ash looks like dust (its sulphate like pollution), and humidity swells the marine and polluted
    particles. So the types whose optical properties look alike meet (``AEROSOL_NEIGHBOURS``). Columns: optical
    depth at 500 nm, Angstrom exponent, fine-mode fraction, single scattering albedo at 440 nm and its change to
    1020 nm, absorption Angstrom exponent, lidar ratio (sr) and particle depolarization ratio at 532 nm, the lidar
    ratios' ratio (355 / 532 nm), backscatter colour ratio (1064 / 532 nm), the layer's centre height and depth
    (km), relative humidity (%), the CO column's anomaly (1e17 / cm2), the SO2 column (DU) and precipitable water
    (cm) (16). Imbalanced: 320 / 240 / 340 / 280 / 220 / 320 / 260 / 160 rows (2,140)."""
    rng = np.random.default_rng(31305)
    y = rng.permutation(np.repeat(np.arange(len(AEROSOL_TYPES)), AEROSOL_ROWS))
    n = len(y)
    main, mixed, share, aod, spread, height, depth, rh, co, so2 = (np.array([AEROSOL_TABLE[c][i] for c in y],
                                                                            dtype=object) for i in range(10))
    share = np.array([rng.uniform(*s) for s in share])
    other = np.array([rng.choice(m) for m in mixed])
    weights = np.zeros((n, len(AEROSOL_COMPONENTS)))
    weights[np.arange(n), main.astype(int)] += 1 - share
    weights[np.arange(n), other.astype(int)] += share
    props = weights @ AEROSOL_COMPONENTS
    aod = aod.astype(float) * rng.lognormal(0, spread.astype(float))
    rh = np.clip(rh.astype(float) + rng.normal(0, 18, n), 5, 98)
    swell = weights[:, [0, 3]].sum(1) * np.clip((rh - 60) / 40, 0, 1)  # hygroscopic growth: larger, more spherical
    thin = 0.12 / aod  # the inversion's errors grow under a thin layer
    lr, pldr, angstrom, ssa, dssa, aae, colour, fmf, lr355 = props.T
    # the photometer sees the whole column: the layer and the boundary layer's own sea salt and background below
    below = 0.07 * rng.lognormal(0, 0.5, n)
    mix = rng.random(n)
    column = (aod[:, None] * props + below[:, None] * (mix[:, None] * AEROSOL_COMPONENTS[0]
                                                        + (1 - mix[:, None]) * AEROSOL_COMPONENTS[2])) / (
        aod + below)[:, None]
    angstrom, ssa, dssa, aae, fmf = column[:, [2, 3, 4, 5, 7]].T
    aod = aod + below
    lr = lr * (1 - 0.15 * swell) + rng.normal(0, 15 + 5 * thin, n)
    pldr = np.clip(pldr * (1 - 0.3 * swell) + rng.normal(0, 0.065, n), 0, 0.45)
    angstrom = angstrom - 0.3 * swell + rng.normal(0, 0.25 + 0.05 * thin, n)
    fmf = np.clip(fmf + rng.normal(0, 0.12 + 0.04 * thin, n), 0, 1)
    ssa = np.clip(ssa + 0.02 * swell + rng.normal(0, 0.015 + 0.02 * thin, n), 0.7, 1)
    dssa = dssa + rng.normal(0, 0.015 + 0.02 * thin, n)
    aae = aae + rng.normal(0, 0.25 + 0.4 * thin, n)
    colour = colour + 0.1 * swell + rng.normal(0, 0.2, n)
    lr355 = lr355 + rng.normal(0, 0.15, n)
    height = height.astype(float) * rng.lognormal(0, 0.6, n)
    depth = depth.astype(float) * rng.lognormal(0, 0.5, n)
    co = co.astype(float) * rng.lognormal(0, 0.9, n) + rng.normal(0, 0.6, n)
    fresh = rng.random(n) < 0.4  # a plume's SO2 and its ash part within days
    so2 = so2.astype(float) * rng.lognormal(0, 0.8, n) * np.where(y == 7, fresh, 1) + np.abs(rng.normal(0, 0.1, n))
    water = np.clip(2.5 * (rh / 60) * np.exp(-height / 4) * rng.lognormal(0, 0.25, n), 0.2, 6)
    x = np.column_stack([np.round(aod, 3), np.round(angstrom, 2), np.round(fmf, 2), np.round(ssa, 3),
                         np.round(dssa, 3), np.round(aae, 2), np.round(lr), np.round(pldr, 3), np.round(lr355, 2),
                         np.round(colour, 2), np.round(height, 2), np.round(depth, 2), np.round(rh), np.round(co, 2),
                         np.round(so2, 2), np.round(water, 2)])
    return x.astype(np.float32), y


#: per type: the source's slope (deg), the fall height (m), the runout's length over the height, the area (m2),
#: the rupture's depth (m), length over width, coarse fraction (% over 2 mm), clay fraction (%), soil thickness at
#: the source (m), the discontinuities' dip direction against the slope's (deg, 0 out of the slope; none in soil),
#: 24-hour and 30-day rainfall before (mm), the velocity (log10 m/s) and the share in a channel
LANDSLIDE_TABLE = np.array([
    # slope  height  L/H   area     depth  L/W  coarse clay soil  orient  rain24 rain30 speed  channel
    [55., 60., 1.6, 2000., 2.0, 2.0, 90., 3., 0.3, 60., 15., 110., 1.0, 0.10],  # rock fall
    [62., 40., 1.4, 1000., 4.0, 1.0, 85., 4., 0.3, 170., 20., 130., -1.0, 0.05],  # rock topple
    [38., 150., 2.0, 30000., 10., 1.5, 75., 8., 0.8, 15., 25., 150., -2.0, 0.10],  # rock slide
    [22., 30., 3.5, 15000., 8.0, 1.0, 30., 30., 6.0, -1., 35., 230., -5.0, 0.10],  # rotational slide
    [33., 40., 2.5, 2000., 1.5, 3.0, 50., 12., 1.5, -1., 80., 250., -1.0, 0.15],  # translational debris slide
    [30., 400., 3.5, 20000., 1.5, 15., 60., 8., 1.2, -1., 95., 210., 0.7, 0.95],  # debris flow
    [35., 300., 3.0, 25000., 2.0, 6.0, 55., 10., 1.5, -1., 70., 220., 1.0, 0.20],  # debris avalanche
    [15., 60., 6.0, 40000., 5.0, 5.0, 15., 40., 8.0, -1., 30., 350., -5.5, 0.30],  # earthflow
])
#: the Cruden and Varnes velocity classes' least speeds (log10 m/s) of classes 2 .. 7 (very slow .. extremely rapid)
LANDSLIDE_SPEEDS = (np.log10(5e-10), np.log10(5e-8), np.log10(5e-6), np.log10(5e-4), np.log10(0.05), np.log10(5.0))


def landslide8():
    """Landslides of a mountain region's inventory in 8 types of the updated Varnes classification
    (``LANDSLIDE_TYPES``: rock fall, rock topple, planar rock slide, rotational slide, translational debris slide,
    debris flow, debris avalanche, earthflow), labelled by the field investigation, as the inventory's mapping
    from images and the elevation model, the geology and the rain gauges describe each. Each type
    (``LANDSLIDE_TABLE``) has its slopes (falls and topples from cliffs, earthflows on gentle clay slopes), its
    size and shape (long, narrow debris flows along channels; wide slumps), its depth (shallow debris slides,
    deep slumps and rock slides), its material (rock, coarse debris, clay), its structure (topples on joints dipping
    into the slope, planar slides on bedding that daylights), its trigger (short intense storms for debris slides
    and flows, wet months for slumps and earthflows) and its speed (the witnesses' velocity class, Cruden and
    Varnes). But a topple ends as a fall and a rock slide's debris falls, a slump's toe flows into an earthflow, a
    debris slide breaks up into an avalanche on an open slope or a flow in a channel, weak rock slides like soil,
    and the mapper's area and runout blur with the deposit's reworking. So the types that mapping confuses meet
    (``LANDSLIDE_NEIGHBOURS``). Columns: the source's slope (deg), the fall height (m), the runout (m), the area
    (m2), the estimated volume (m3), the rupture's depth (m), length over width, the deposit's coarse and clay
    fractions (%), the soil's thickness at the source (m), the discontinuities' dip direction against the slope's
    (deg; 90 in soil, read as neither), 24-hour and 30-day rainfall before (mm), the velocity class (1 .. 7), in a
    channel (flag) and the distance to the nearest stream (m) (16). Imbalanced: 300 / 160 / 220 / 320 / 340 /
    320 / 200 / 280 rows (2,140)."""
    rng = np.random.default_rng(31407)
    y = rng.permutation(np.repeat(np.arange(len(LANDSLIDE_TYPES)), LANDSLIDE_ROWS))
    n = len(y)
    (slope, height, reach, area, depth, shape, coarse, clay, soil, orient, rain24, rain30, speed, channel) = (
        LANDSLIDE_TABLE[y].T)
    # the transitions: a topple's blocks fall, weak rock slides like soil, a slump's toe flows, a debris slide
    # breaks up on an open slope or runs into a channel
    fell = (y == 1) & (rng.random(n) < 0.35)
    weak = (y == 2) & (rng.random(n) < 0.3)
    toe = (y == 3) & (rng.random(n) < 0.35)
    broke = (y == 4) & (rng.random(n) < 0.3)
    ran = (y == 4) & ~broke & (rng.random(n) < 0.25)
    table = np.array([slope, height, reach, area, depth, shape, coarse, clay, soil, orient, rain24, rain30, speed,
                      channel])
    mapped = [0, 1, 2, 3, 5, 6, 7, 8, 12, 13]  # not the depth, the structure, the rain nor a channel
    for moved, like, w, cols in ((fell, 0, 0.7, mapped), (weak, 3, 0.5, mapped), (toe, 7, 0.5, mapped),
                                 (broke, 6, 0.6, mapped), (ran, 5, 0.5, [1, 2, 3, 5, 12, 13])):
        table[cols] = np.where(moved, (1 - w) * table[cols] + w * LANDSLIDE_TABLE[like, cols][:, None], table[cols])
    slope, height, reach, area, depth, shape, coarse, clay, soil, orient, rain24, rain30, speed, channel = table
    channel = np.where(ran, 0.9, channel)
    slope = np.clip(slope + rng.normal(0, 10, n), 5, 85)
    height = height * rng.lognormal(0, 0.7, n)
    runout = height * reach * rng.lognormal(0, 0.4, n)
    area = area * rng.lognormal(0, 1.0, n)  # the mapper's outline: source, track and deposit
    depth = depth * rng.lognormal(0, 0.6, n)
    volume = 0.15 * area ** 1.3 * rng.lognormal(0, 0.5, n)  # the inventory's area-volume scaling, not the depth
    shape = shape * rng.lognormal(0, 0.5, n)
    coarse = np.clip(coarse + rng.normal(0, 18, n), 0, 100)
    clay = np.clip(clay * rng.lognormal(0, 0.6, n), 0, 70)
    soil = soil * rng.lognormal(0, 0.8, n)
    orient = np.where(orient < 0, 90, orient + rng.normal(0, 40, n)) % 360
    orient = np.minimum(orient, 360 - orient)  # the angle between the two directions, 0 .. 180
    rain24 = rain24 * rng.lognormal(0, 0.9, n)
    rain30 = rain30 * rng.lognormal(0, 0.5, n)
    speed = speed + rng.normal(0, 1.5, n)
    velocity = 1 + (speed[:, None] >= np.array(LANDSLIDE_SPEEDS)).sum(1)
    channel = rng.random(n) < channel
    stream = np.where(channel, rng.exponential(20, n), rng.exponential(250, n))
    x = np.column_stack([np.round(slope), np.round(height), np.round(runout), np.round(area, -1),
                         np.round(volume, -1), np.round(depth, 1), np.round(shape, 1), np.round(coarse),
                         np.round(clay), np.round(soil, 1), np.round(orient), np.round(rain24), np.round(rain30),
                         velocity, channel, np.round(stream)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND31`` lists them
GENERATORS = {"drought6": drought6, "pressure6": pressure6, "aerosol8": aerosol8, "landslide8": landslide8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND31_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "drought6": (2140, 12, DROUGHT_ROWS),
    "pressure6": (2140, 12, PRESSURE_ROWS),
    "aerosol8": (2140, 16, AEROSOL_ROWS),
    "landslide8": (2140, 16, LANDSLIDE_ROWS),
}
ROUND31 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("drought6", "pressure6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"drought6": DROUGHT_NEIGHBOURS, "pressure6": PRESSURE_NEIGHBOURS, "aerosol8": AEROSOL_NEIGHBOURS,
              "landslide8": LANDSLIDE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
