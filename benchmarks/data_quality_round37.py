"""Round 37's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (the domains round 30's docstring lists, round 30's sea ice stages,
Merino wool microns, wildfire causes and pleural effusion causes, round 31's drought categories, blood pressure
categories, aerosol types and landslide types, round 32's tornado ratings, energy performance bands, water masses
and crash types, round 33's clay consistency, egg weight classes, volcanic rock names and shock types, round 34's
BMI classes, sand grades, hyponatraemia causes and tea types, round 35's UV index categories, LDL cholesterol
categories, soil orders and named vegetable oils, and round 36's rock strength grades, gestational age categories,
CSF causes and snow grain shapes): the per-row summaries a practitioner reads from four other fields. As in rounds
21-36, the two graded sets simulate a pool of cases, label every case the way its field does (a reference
measurement against the field's table of limits) and keep a fixed number of each class (``_keep``); the two
unordered sets draw their classes' rows directly. Two sets have ORDERED classes (``ORDERED``): adults with airflow
obstruction in the ATS / ERS 2005 interpretation's 5 spirometric severity grades (mild .. very severe), labelled by
the pulmonary function laboratory's post-bronchodilator FEV1 % predicted against the grades' limits and described
by the referring clinic's office spirometry, peak flow, symptom scores, walk test, gas transfer and the record; and
observing sites of a dark-sky survey in 7 of Bortle's dark-sky classes (1 .. 6, 7-9 merged), labelled by a
calibrated sky quality meter's mean zenith reading against the SQM ranges quoted with the scale and described by
the maps, the satellite, the light pollution atlas, the observers' eyes and an all-sky camera. Two have UNORDERED
classes: new patients of a headache clinic in 8 ICHD-3 diagnoses (migraine without and with aura, chronic
migraine, frequent episodic and chronic tension-type headache, medication-overuse headache, cluster headache,
hemicrania continua) from the three-month diary; and onshore hazardous liquid and gas transmission pipeline
incidents in 8 of PHMSA's cause categories (external and internal corrosion, excavation damage, natural force,
other outside force, material / weld / seam failure, equipment failure, incorrect operation) from the incident
report's first record, the integrity file and the weather. ``NEIGHBOURS`` names each set's neighbour map
(``FEV_NEIGHBOURS``, ``BORTLE_NEIGHBOURS``, ``HEADACHE_NEIGHBOURS``, ``PIPELINE_NEIGHBOURS``; written from the
fields' documents and committed, with the class names, rows and limits, before any generator was written or ran:
commit 9100be1; no pair added after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)``
(float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name
(``load(name, seed)``, ``--sets fev5,bortle7,headache8,pipeline8``, ``--data round37``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round36.py`` and
``tests/test_data_quality_round36.py`` (as the model; round 36's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the docstring of ``benchmarks/data_quality_round30.py`` (the domains; its first
6,000 characters) and the first 1,500 characters of ``data_quality_round31.py`` .. ``data_quality_round35.py``, the
set names of rounds 5-36 (a grep of their ``GENERATORS`` lines, to keep the names new); the lines of
``benchmarks/data_quality_actions.py`` that register round 36 (its import, ``ROUNDS`` and the ``--data`` help,
found by grep, with the few lines around them: lines 72-88 and 424-430; ``git diff`` of the registration showed its
context lines too, among them the next two import lines); and a grep of the first 110 lines of
``tests/test_architecture.py`` for rounds and benchmarks (which found nothing). Public pages were searched for the
fields' tables: the ERS journals' COPD staging tables (GOLD / ATS-ERS 2004, the standard residual comparison) and
the ERS / ATS interpretation's summary on severity (graded by FEV1 % predicted, which correlates poorly with
symptoms); the limits 70 / 60 / 50 / 35 % of the ATS / ERS 2005 interpretation's table are the author's memory of
it, not seen in the pages found; Bortle's scale (the Wikipedia page and its copies: the classes, their naked-eye
limiting magnitudes and approximate SQM ranges, 21.7-22.0, 21.5-21.7, 21.3-21.5 for classes 1-3; a blog's and a
light pollution map's tables, whose SQM ranges differ from it: the SQM ranges are approximate and sources
disagree; the 20.4 / 19.1 / 18.0 limits of classes 4 .. 7-9 are the author's reading of those tables); the ICHD-3
criteria and the primary headache tables (Nature Reviews Neurology's migraine in ten steps, the Journal of Headache
and Pain's aids for primary care, Practical Neurology's table of the trigeminal autonomic cephalalgias with sex
ratios, durations and frequencies, the mBrain paper's criteria); PHMSA's cause categories (PHMSA's significant
incidents by cause, 1988-2008; a compliance analysis of the seven high-level causes and their shares) and the
beginnings of the incident report forms (F 7100.2: leak or rupture, the item involved). The rest (the pool's
distribution of FEV1, the reversibility, the NHANES III offset, the symptoms' and tests' slopes and scatter;
Walker's law's constants and scatter, the atlas' and satellite's spreads, Unihedron's NELM conversion (from
memory), the observers' and camera's errors; the diaries' medians and spreads in ``HEADACHE_TABLE`` and
``HEADACHE_SPREAD`` and the migrainous medication overuse and milder migraine days; the incidents' medians and
chances in ``PIPELINE_TABLE``, ``PIPELINE_SPREAD``, ``PIPELINE_CLOCK`` and ``PIPELINE_RECORD``, the shares of later
excavation failures and of stress corrosion cracking) is the author's own reading of the fields, not checked line
by line. The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 36 uses them
(``main`` was not run). No detector or filter ran on these sets, and the benchmark did not; the difficulty below
and the tests' baseline were computed with sklearn directly (``tests/round_checks.py``).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                                     MLP train / test %, seed 0 | 1   10-NN %
fev5        2,140  5 (520 / 480 / 420 / 400 / 320), ordered                77.4 / 70.5 | 82.7 / 71.0        39.9
bortle7     2,140  7 (260 / 300 / 280 / 420 / 380 / 300 / 200), ordered    75.3 / 72.9 | 85.4 / 78.9        37.5
headache8   2,140  8 (360 / 240 / 280 / 320 / 220 / 260 / 220 / 240)       87.9 / 86.2 | 84.2 / 82.4        19.4
pipeline8   2,140  8 (380 / 200 / 320 / 180 / 200 / 300 / 340 / 220)       67.2 / 64.5 | 76.1 / 68.2        40.2

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round37.py``, with sklearn; no detector code). fev5, bortle7 and headache8 meet the aims
(MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours); fev5's baseline sits at the aims' edge (39.9 %). pipeline8 misses the baseline's aim by a little
(40.2 %; its MLP 64-68 %, its map holding 61 % of the errors). In fev5 91 % of the errors fall between adjacent
grades (``FEV_NEIGHBOURS``; 0.6 % more than two apart), 42 % reading a more severe one: moderate with moderately
severe 31 % of them, moderately severe with severe 22 %, mild with moderate 20 %, severe with very severe 18 %; the
narrow moderately severe grade (50-59) errs most (58 %), mild, open above, least (19 %). The office FEV1 (before
the bronchodilator, NHANES III) names 65 % of the grades, reading more severe four times as often as milder. In
bortle7 86 % of the errors fall between adjacent classes (``BORTLE_NEIGHBOURS``; 0.5 % more than two apart), 38 %
reading a brighter one: classes 2 with 3 25 % of them, 1 with 2 16 %, 3 with 4 15 %, 4 with 5 14 %, 2 with 4 9 %,
5 with 6 9 %, 6 with 7-9 8 %; the 0.2-magnitude dark classes err most (class 3 69 %), bright suburban least (18 %).
The all-sky camera's reading names 51 % of the classes (reading brighter). headache8 errs on 19 %, 91 % of its
errors between diagnoses that clinicians confuse (``HEADACHE_NEIGHBOURS``): chronic migraine with medication
overuse 30 % of them, episodic with chronic migraine 20 %, episodic with chronic TTH 11 %, chronic migraine with
chronic TTH 9 %, migraine with and without aura 8 %, migraine with episodic TTH 6 %; chronic migraine errs most
(55 %), cluster headache least (0.5 %). The map misses migraine without aura with medication overuse (4 % of the
errors) and episodic TTH with medication overuse (1 %); left as committed. pipeline8 errs on 40 %, 61 % of its
errors between causes that investigators confuse (``PIPELINE_NEIGHBOURS``): equipment failure with incorrect
operation 24 % of them, external corrosion with material failure 15 %, excavation with other outside force 8 %,
external with internal corrosion 8 %; incorrect operation errs most (73 %), external corrosion least (23 %). The
map misses external corrosion with excavation damage (6 % of the errors: the later failures of old dents and
gouges), other outside force with equipment failure (5 %: both at above-ground facilities), internal corrosion with
excavation (4 %), external corrosion with natural force (4 %) and excavation with natural force (3 %); left as
committed. Tuning after a first measure (toward the field, not toward a detector): fev5, bortle7 and headache8 were
not changed after their first measure. pipeline8 first came out with MLP 59-60 %, baseline 45.3 % and 57 % of its
errors in the map (commit 60cf4d3): the first version lacked two things every incident report and integrity file
has, the item involved (the pipe's body or a weld, against a valve, pump, fitting or instrument) and the internal
corrosion monitoring's water or solids in the product, and drew the release with too wide a spread (1.6 on the
log; 1.2 after). Its one change added the two flags (``PIPELINE_RECORD``; 18 -> 20 columns) and narrowed the
release; that gave the table's numbers, kept (a little harder than the aims, not changed again). The MLP misfits
12-33 % of its clean training rows (pipeline8's most, headache8's least): hard clean rows that a detector must not
flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- fev5: spirometric severity
#: the severity grades of ``fev5`` (an adult with airflow obstruction, FEV1 / FVC under the lower limit of normal,
#: graded by the pulmonary function laboratory's post-bronchodilator FEV1 in % of predicted against the ATS / ERS
#: 2005 interpretation's severity table), mildest first
FEV_GRADES = ("mild (>= 70)", "moderate (60-69)", "moderately severe (50-59)", "severe (35-49)",
              "very severe (< 35)")
FEV_ROWS = (520, 480, 420, 400, 320)
#: the grade below and above each grade
FEV_NEIGHBOURS = ordinal_neighbours(len(FEV_GRADES))
#: the least FEV1 % predicted of moderate .. mild, highest first (a grade is the number of limits above the value)
FEV_LIMITS = (70.0, 60.0, 50.0, 35.0)


# --------------------------------------------------------------------------- bortle7: Bortle dark-sky classes
#: the dark-sky classes of ``bortle7`` (an observing site's, by the mean zenith reading of a calibrated sky quality
#: meter on clear, moonless nights, mag / arcsec2, against the approximate SQM ranges quoted with Bortle's scale;
#: classes 7-9 merged), darkest first
BORTLE_CLASSES = ("1 excellent dark (>= 21.7)", "2 truly dark (21.5-21.7)", "3 rural (21.3-21.5)",
                  "4 rural / suburban transition (20.4-21.3)", "5 suburban (19.1-20.4)",
                  "6 bright suburban (18.0-19.1)", "7-9 urban (< 18.0)")
BORTLE_ROWS = (260, 300, 280, 420, 380, 300, 200)
#: the class darker and brighter than each class
BORTLE_NEIGHBOURS = ordinal_neighbours(len(BORTLE_CLASSES))
#: the darkest SQM reading (mag / arcsec2) of classes 2 .. 7-9, darkest first (a class is the number of limits
#: above the reading)
BORTLE_LIMITS = (21.7, 21.5, 21.3, 20.4, 19.1, 18.0)


# --------------------------------------------------------------------------- headache8: headache diagnoses
#: the diagnoses of ``headache8`` (a headache clinic's new patient, by the neurologist's ICHD-3 diagnosis after the
#: follow-up visit, from the three-month headache diary), in label order
HEADACHE_TYPES = ("migraine without aura", "migraine with aura", "chronic migraine",
                  "frequent episodic tension-type headache", "chronic tension-type headache",
                  "medication-overuse headache", "cluster headache", "hemicrania continua")
HEADACHE_ROWS = (360, 240, 280, 320, 220, 260, 220, 240)
#: the diagnoses that headache clinicians confuse (symmetric), as ICHD-3 and the primary care aids draw them:
#: migraine with and without aura (aura in a minority of attacks); episodic migraine against frequent episodic
#: tension-type headache (mild migraine, TTH with photophobia); episodic migraine turning chronic (the 15-day
#: line); chronic migraine against chronic TTH (daily headache with a few migrainous days) and against
#: medication overuse (ICHD-3 gives both diagnoses; the label takes one); chronic TTH with medication overuse;
#: episodic with chronic TTH (the 15-day line); hemicrania continua, side-locked and daily with migrainous and
#: autonomic features, against chronic migraine, chronic TTH and cluster headache (the trigeminal autonomic
#: cephalalgias)
HEADACHE_NEIGHBOURS = {0: (1, 2, 3), 1: (0,), 2: (0, 4, 5, 7), 3: (0, 4), 4: (2, 3, 5, 7), 5: (2, 4), 6: (7,),
                       7: (2, 4, 6)}


# --------------------------------------------------------------------------- pipeline8: pipeline incident causes
#: the causes of ``pipeline8`` (an onshore hazardous liquid or gas transmission pipeline incident's, by the
#: operator's cause after its failure investigation, in PHMSA's cause categories; other causes not kept), in label
#: order
PIPELINE_CAUSES = ("external corrosion", "internal corrosion", "excavation damage", "natural force damage",
                   "other outside force damage", "material, weld or seam failure", "equipment failure",
                   "incorrect operation")
PIPELINE_ROWS = (380, 200, 320, 180, 200, 300, 340, 220)
#: the causes that failure investigators confuse (symmetric), as PHMSA's categories and their sub-causes draw
#: them: external against internal corrosion (a pit's side not always clear); corrosion against material and seam
#: failure (stress corrosion cracking, seam corrosion of old ERW pipe); excavation against other outside force
#: (earlier damage by unknown parties, vehicles near the right of way); natural force against other outside force
#: (heavy rain, floods washing out supports) and against material or weld failure (girth welds failing under
#: ground movement); material failure against equipment failure (fittings, components, pump and valve bodies);
#: equipment failure against incorrect operation (relief valves, a valve left open, overpressure)
PIPELINE_NEIGHBOURS = {0: (1, 5), 1: (0, 5), 2: (4,), 3: (4, 5), 4: (2, 3), 5: (0, 1, 3, 6), 6: (5, 7), 7: (6,)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each round-37 graded set simulates a pool of cases, labels every case as
    its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def fev5():
    """Adults with airflow obstruction referred to a hospital's pulmonary function laboratory, in the ATS / ERS
    2005 interpretation's 5 severity grades (``FEV_GRADES``: mild .. very severe), labelled by the laboratory's
    post-bronchodilator FEV1 in % of predicted (GLI equations; its own repeatability of a few points) against the
    grades' limits (``FEV_LIMITS``), as the referring clinic's records describe the patient. The clinic's office
    spirometry was done on another day, before the bronchodilator (a reversibility of a few per cent, more in some),
    with the older NHANES III equations (which read a few points apart by sex and age) and its own day-to-day
    variation; the peak flow follows the FEV1 loosely; the symptoms (mMRC, CAT), exacerbations, walking distance,
    oxygen saturation, gas transfer and hyperinflation follow the severity with the wide scatter the guidelines
    describe (FEV1 correlates poorly with symptoms), emphysema lowering the gas transfer. So neighbouring grades
    meet (``FEV_NEIGHBOURS``). Columns: age (years), female (flag), height (cm), pack-years, office pre-bronchodilator
    FEV1 (% predicted, NHANES III), office FEV1 / FVC, peak expiratory flow (% predicted), mMRC dyspnoea grade (0-4),
    CAT score (0-40), exacerbations in the last year, six-minute walk distance (m), resting SpO2 (%), DLCO (%
    predicted), RV / TLC (%), BMI (kg/m2), emphysema on CT (flag) (16). Imbalanced: 520 / 480 / 420 / 400 / 320 rows
    (2,140)."""
    rng = np.random.default_rng(37101)
    n = 200000
    age = np.clip(rng.normal(65, 9, n), 40, 90)
    female = rng.random(n) < 0.42
    height = np.where(female, rng.normal(161, 6.5, n), rng.normal(174, 7, n))
    packs = np.clip(rng.lognormal(np.log(38), 0.5, n), 0, 150) * (rng.random(n) > 0.08)
    emphysema = rng.random(n) < 0.25 + 0.004 * packs
    # the patient's true post-bronchodilator FEV1 (% predicted): obstruction of every depth, worse with smoking
    true = np.clip(100 * rng.beta(3.2, 2.4, n) + 18 - 0.12 * (packs - 38) - 6 * emphysema, 12, 115)
    reference = true + rng.normal(0, 2.5, n)  # the laboratory's repeatability
    label = (reference[:, None] < np.array(FEV_LIMITS)).sum(1)
    keep = _keep(rng, label, FEV_ROWS)
    y = label[keep]
    age, female, height, packs, emphysema, true = (a[keep] for a in (age, female, height, packs, emphysema, true))
    n = len(y)
    # the clinic's office spirometry: before the bronchodilator, another day, the NHANES III equations
    reversibility = np.clip(rng.normal(0.06, 0.05, n) + 0.08 * (rng.random(n) < 0.15), -0.03, 0.35)
    equations = np.where(female, 1.5, -2.0) + 0.12 * (age - 65)
    office = true * (1 - reversibility) * rng.lognormal(0, 0.08, n) + equations
    ratio = np.clip(0.69 - 0.0045 * (70 - true) + rng.normal(0, 0.06, n) - 0.03 * emphysema, 0.2, 0.69)
    pef = np.clip(true * rng.lognormal(0, 0.18, n) + 5, 10, 130)
    burden = (70 - true) / 20  # severity in the units the symptoms follow
    mmrc = np.clip(np.round(1.5 + 0.6 * burden + rng.normal(0, 1.0, n)), 0, 4)
    cat = np.clip(np.round(16 + 4 * burden + rng.normal(0, 7, n)), 0, 40)
    exacerbations = rng.poisson(0.6 * np.exp(0.45 * burden + rng.normal(0, 0.5, n)))
    walk = np.clip(430 - 45 * burden - 3 * (age - 65) - 15 * female + rng.normal(0, 80, n), 60, 700)
    spo2 = np.clip(np.round(95.5 - 0.8 * np.maximum(burden, 0) ** 1.5 - 1.0 * emphysema + rng.normal(0, 1.4, n)),
                   80, 100)
    dlco = np.clip(82 - 9 * burden - 22 * emphysema + rng.normal(0, 14, n), 15, 130)
    rv_tlc = np.clip(45 + 7 * burden + 4 * emphysema + 0.2 * (age - 65) + rng.normal(0, 7, n), 25, 85)
    bmi = np.clip(rng.normal(27.5, 5, n) - 1.2 * np.maximum(burden, 0) - 1.5 * emphysema, 15, 50)
    x = np.column_stack([np.round(age), female, np.round(height), np.round(packs), np.round(office),
                         np.round(ratio, 2), np.round(pef), mmrc, cat, exacerbations, np.round(walk, -1), spo2,
                         np.round(dlco), np.round(rv_tlc), np.round(bmi, 1), emphysema])
    return x.astype(np.float32), y


def bortle7():
    """Observing sites of a dark-sky survey (an amateur society's and a park service's) in 7 of Bortle's dark-sky
    classes (``BORTLE_CLASSES``: 1 .. 6 and 7-9 merged), labelled by the mean zenith reading of a calibrated sky
    quality meter on clear, moonless nights against the approximate SQM ranges quoted with the scale
    (``BORTLE_LIMITS``), as the site's survey form describes it. The sky's natural brightness varies with the
    airglow (the solar cycle, the season) and the aerosols; the artificial skyglow falls off with the distance to
    the towns (Walker's law: with the population and about the distance to the -2.5) with a wide scatter (other
    towns, how they light, their LED share). The survey's other measurements scatter about the reading: the light
    pollution atlas' modelled brightness (its model's spread, and the years of growth since its satellite data), the
    satellite's upward radiance at the site (the local lights, not the skyglow), the observers' naked-eye limiting
    magnitude (Unihedron's conversion from the SQM reading, each observer's eyes and dark adaptation half a
    magnitude apart), the Milky Way's visibility, the Globe at Night magnitude chart, the light domes on the horizon
    and an all-sky camera's zenith brightness (its V band reads LED light differently). So neighbouring classes meet
    (``BORTLE_NEIGHBOURS``; the narrow dark classes most). Columns: distance to the nearest town of 10,000 (km), its
    population (thousands), towns of 10,000 within 50 km, the atlas' artificial / natural brightness, the satellite's
    radiance at the site (nW / cm2 / sr), the observers' limiting magnitude, the Milky Way's visibility (0 none .. 4
    casts shadows), the Globe at Night chart (1-7), light domes counted, the SQM reading toward the brightest dome at
    30 degrees (mag / arcsec2), elevation (m), aerosol optical depth, relative humidity (%), the all-sky camera's
    zenith brightness (V mag / arcsec2), the nearest town's LED share (%) (15). Imbalanced: 260 / 300 / 280 / 420 /
    380 / 300 / 200 rows (2,140)."""
    rng = np.random.default_rng(37203)
    n = 300000
    distance = np.clip(rng.lognormal(np.log(22), 1.0, n), 0.3, 300)
    population = np.clip(rng.lognormal(np.log(40), 1.3, n), 10, 5000)
    towns = rng.poisson(np.clip(60 / distance, 0.2, 12))
    led = np.clip(rng.normal(55, 20, n), 5, 100)
    elevation = np.clip(rng.lognormal(np.log(600), 0.8, n), 0, 3500)
    aod = np.clip(rng.lognormal(np.log(0.12), 0.5, n) * np.exp(-elevation / 3000), 0.01, 1.0)
    # the sky: natural (airglow, aerosols) and artificial (Walker's law with a wide scatter, the other towns)
    natural = 21.95 + rng.normal(0, 0.1, n) - 0.3 * (aod - 0.1)
    ratio = (0.5 * (population / 100) * (distance / 20) ** -2.5 * rng.lognormal(0, 0.6, n)
             * (1 + 0.15 * towns) * (1 + 0.004 * (led - 55)) * (1 + 2 * aod))
    sqm = natural - 2.5 * np.log10(1 + ratio)
    reference = sqm + rng.normal(0, 0.04, n)  # the meter's calibration and the nights averaged
    label = (reference[:, None] < np.array(BORTLE_LIMITS)).sum(1)
    keep = _keep(rng, label, BORTLE_ROWS)
    y = label[keep]
    distance, population, towns, led, elevation, aod, ratio, sqm = (
        a[keep] for a in (distance, population, towns, led, elevation, aod, ratio, sqm))
    n = len(y)
    atlas = ratio * rng.lognormal(-0.15, 0.45, n)  # the model's spread; the growth since its satellite year
    radiance = np.clip(0.3 * ratio ** 0.6 * rng.lognormal(0, 1.0, n) + rng.lognormal(np.log(0.15), 0.4, n), 0.05, 300)
    nelm = 7.93 - 5 * np.log10(10 ** (4.316 - sqm / 5) + 1) + rng.normal(0, 0.35, n)
    milky = np.clip(np.round((sqm - 18.3) * 1.15 + rng.normal(0, 0.6, n)), 0, 4)
    chart = np.clip(np.round(nelm - 0.7 + rng.normal(0, 0.5, n)), 1, 7)
    domes = rng.poisson(np.clip(0.5 + towns * 0.6 + 2.0 * np.log1p(ratio), 0.1, None))
    horizon = sqm - 0.4 - 1.2 * np.log10(1 + 3 * ratio) + rng.normal(0, 0.35, n)
    humidity = np.clip(rng.normal(65, 15, n), 15, 100)
    camera = sqm - 0.35 - 0.004 * (led - 55) * (ratio / (1 + ratio)) + rng.normal(0, 0.15, n)
    x = np.column_stack([np.round(distance, 1), np.round(population), towns, np.round(atlas, 2), np.round(radiance, 2),
                         np.round(nelm, 1), milky, chart, domes, np.round(horizon, 2), np.round(elevation, -1),
                         np.round(aod, 3), np.round(humidity), np.round(camera, 2), np.round(led)])
    return x.astype(np.float32), y


#: per diagnosis of ``headache8``, the medians of: age (years), headache days per month, the typical attack's
#: duration (hours), attacks per headache day, usual intensity (0-10), and the shares (% of attacks) that are
#: unilateral, pulsating, with nausea, with photo- and phonophobia, with a visual aura, with cranial autonomic
#: features, with restlessness; acute medication days per month, years since onset, share (%) of attacks that wake
#: the patient; and the chances of being female, of a side-locked pain and of a family history of migraine
HEADACHE_TABLE = np.array([
    # age  days  dur  att  int   uni  puls naus photo aura aut  rest  med  yrs  noct  fem  side  fam
    [35., 6., 12., 1.0, 7.0, 55., 65., 60., 70., 2., 15., 5., 5., 15., 15., .75, .10, .60],  # migraine w/o aura
    [33., 4., 10., 1.0, 6.5, 55., 60., 50., 60., 55., 12., 5., 3.5, 14., 10., .70, .08, .60],  # with aura
    [42., 19., 16., 1.0, 6.5, 45., 55., 50., 65., 8., 20., 5., 10., 22., 20., .82, .10, .60],  # chronic migraine
    [38., 5., 6., 1.0, 4.0, 15., 15., 5., 15., 1., 3., 2., 3., 10., 5., .60, .03, .30],  # frequent episodic TTH
    [45., 22., 18., 1.0, 4.5, 15., 15., 10., 20., 1., 5., 2., 7., 12., 10., .60, .03, .30],  # chronic TTH
    [46., 24., 14., 1.1, 5.5, 35., 40., 35., 45., 4., 12., 3., 20., 20., 25., .78, .05, .50],  # medication overuse
    [40., 20., 1.0, 2.0, 9.5, 97., 25., 20., 40., 2., 90., 85., 14., 10., 60., .25, .85, .20],  # cluster
    [42., 27., 24., 1.0, 5.5, 97., 35., 30., 45., 3., 55., 30., 12., 8., 20., .65, .95, .25],  # hemicrania c.
])
#: each column's spread within a diagnosis (age, days, duration, attacks, medication days and years: the log's;
#: intensity on its scale; the shares' in percentage points)
HEADACHE_SPREAD = np.array([0.3, 0.45, 0.7, 0.3, 1.5, 22., 22., 22., 22., 15., 18., 18., 0.6, 0.6, 15.])
HEADACHE_LOG = (0, 1, 2, 3, 12, 13)


def headache8():
    """New patients of a headache clinic in 8 ICHD-3 diagnoses (``HEADACHE_TYPES``), labelled by the neurologist's
    diagnosis at the follow-up visit, as the patient's three-month headache diary and the intake questionnaire
    describe the headaches. Each diagnosis has its diary (``HEADACHE_TABLE`` with ``HEADACHE_SPREAD``: migraine's
    moderate to severe, often one-sided, pulsating attacks of hours to days with nausea and photo- and phonophobia,
    an aura in some attacks; tension-type headache's mild to moderate, pressing, two-sided days without much else;
    the 15-day line of the chronic forms; medication overuse's many acute medication days; cluster headache's short,
    very severe, strictly one-sided attacks with autonomic features and restlessness, often at night, in men;
    hemicrania continua's side-locked daily pain with migrainous and autonomic exacerbations). But the diary's
    shares are each patient's few attacks, a month's headache days fall either side of the 15-day line, many
    migraine patients have milder tension-type-like days and some with aura have it in few attacks, and a third of
    the medication overuse headaches carry a migrainous diary (the label takes one of ICHD-3's two diagnoses). So
    the diagnoses that clinicians confuse meet (``HEADACHE_NEIGHBOURS``). Columns: age (years), female (flag),
    headache days per month, typical duration (h), attacks per headache day, usual intensity (0-10), the shares (%)
    of attacks unilateral, pulsating, with nausea, with photo- and phonophobia, with a visual aura, with autonomic
    features, with restlessness; acute medication days per month, years since onset, share (%) of attacks waking
    the patient, side-locked (flag), family history of migraine (flag) (18). Imbalanced: 360 / 240 / 280 / 320 /
    220 / 260 / 220 / 240 rows (2,140)."""
    rng = np.random.default_rng(37305)
    y = rng.permutation(np.repeat(np.arange(len(HEADACHE_TYPES)), HEADACHE_ROWS))
    n = len(y)
    log = list(HEADACHE_LOG)
    table = HEADACHE_TABLE[:, :15].copy()
    table[:, log] = np.log(table[:, log])
    mean = table[y]
    # a third of the medication overuse headaches have a migrainous diary (chronic migraine beneath)
    migrainous = (y == 5) & (rng.random(n) < 0.35)
    mean = np.where(migrainous[:, None], 0.5 * (table[5] + table[2]), mean)
    # migraine patients with many milder, tension-type-like days
    milder = np.isin(y, (0, 2)) & (rng.random(n) < 0.25)
    mean = np.where(milder[:, None], 0.6 * mean + 0.4 * table[np.where(y == 0, 3, 4)], mean)
    v = mean + rng.normal(0, 1, mean.shape) * HEADACHE_SPREAD
    v[:, log] = np.exp(v[:, log])
    age, days, duration, attacks, intensity = v[:, :5].T
    shares = np.clip(v[:, 5:12], 0, 100)
    meds, years, nocturnal = v[:, 12], v[:, 13], np.clip(v[:, 14], 0, 100)
    days = np.clip(days, 1, 30)
    meds = np.minimum(meds, days)
    female, side, family = (rng.random((3, n)) < HEADACHE_TABLE[y, 15:].T)
    x = np.column_stack([np.round(np.clip(age, 16, 85)), female, np.round(days),
                         np.round(np.clip(duration, 0.1, 72), 1), np.round(np.clip(attacks, 1, 8), 1),
                         np.round(np.clip(intensity, 1, 10)), np.round(shares),
                         np.round(meds), np.round(np.minimum(years, age - 5)), np.round(nocturnal), side, family])
    return x.astype(np.float32), y


#: per cause of ``pipeline8``, the medians of: the pipe's age (years), diameter (inches), operating stress (% of
#: SMYS) at the failure, depth of cover (m), the release (barrels or their gas equivalent), the pipe-to-soil
#: potential at the nearest test post (mV, negative; -850 the criterion), years since the last in-line inspection,
#: rainfall in the 72 hours before (mm), the local hour and the month; and the chances of: at a facility (station,
#: tank farm, meter site) rather than the line pipe, a rupture rather than a leak, a one-call ticket at the site
#: within 30 days, within 30 m of a road, crude oil or wet gas, low-frequency ERW or pre-1970 seam, the operator's
#: personnel on site at the time, fusion-bonded epoxy coating
PIPELINE_TABLE = np.array([
    # age diam stress cover  rel    cp     ili  rain hour month fac  rupt call road crude erw  staff fbe
    [50., 12., 40., 1.0, 80., -800., 6., 5., 12., 6.5, .10, .12, .05, .20, .50, .30, .10, .10],  # external corr.
    [35., 10., 35., 1.0, 40., -950., 5., 5., 12., 6.5, .35, .05, .04, .15, .85, .15, .15, .30],  # internal corr.
    [30., 8., 30., 0.9, 150., -1000., 4., 4., 13., 7.0, .03, .25, .70, .45, .40, .15, .15, .40],  # excavation
    [35., 12., 35., 1.2, 300., -1000., 4., 60., 12., 4.0, .15, .35, .03, .20, .50, .20, .10, .35],  # natural force
    [30., 6., 30., 0.8, 40., -1000., 4., 8., 12., 6.5, .40, .10, .10, .70, .45, .10, .10, .40],  # outside force
    [45., 14., 55., 1.1, 400., -950., 4., 5., 12., 1.5, .20, .35, .04, .20, .50, .45, .20, .25],  # material / weld
    [20., 10., 35., 0.5, 10., -1000., 4., 5., 11., 6.5, .80, .03, .03, .30, .50, .05, .45, .50],  # equipment
    [18., 10., 40., 0.5, 30., -1000., 4., 4., 11., 6.5, .75, .05, .08, .30, .50, .05, .80, .50],  # incorrect op.
])
#: each column's spread within a cause (age, diameter, cover, release, years since inspection and rain: the
#: log's; the others on their own scale); the hour's and the month's spread are wide where the cause keeps no clock
PIPELINE_SPREAD = np.array([0.5, 0.5, 12., 0.4, 1.2, 120., 0.6, 1.0])
PIPELINE_LOG = (0, 1, 3, 4, 6, 7)
#: per cause, the spread of the hour (hours) and of the month (months) about the table's; 0: any time
PIPELINE_CLOCK = np.array([[0, 0], [0, 0], [3.0, 2.5], [0, 2.5], [0, 0], [0, 2.0], [4.0, 0], [3.0, 0]])
#: per cause, the chances that the report's item involved is the line pipe's body or a weld (not a valve, pump,
#: fitting, tank or instrument) and that the integrity file records water or solids in the product (the
#: corrosion coupons, the pigging returns) (added in the one change after the first measure)
PIPELINE_RECORD = np.array([[.90, .20], [.70, .75], [.95, .20], [.85, .20], [.45, .20], [.85, .20], [.05, .20],
                            [.15, .20]])


def pipeline8():
    """Incidents of onshore hazardous liquid and gas transmission pipelines in 8 of PHMSA's cause categories
    (``PIPELINE_CAUSES``), labelled by the operator's cause after the failure investigation (the metallurgical
    report, the dig), as the incident report's first record, the integrity file and the weather describe the
    failure. Each cause has its incidents (``PIPELINE_TABLE`` with ``PIPELINE_SPREAD`` and ``PIPELINE_CLOCK``:
    external corrosion on old, coal-tar or tape coated line pipe with poor cathodic protection; internal corrosion
    in crude and wet gas lines and facility dead legs; excavation damage in the working day and season with a one-
    call ticket, near roads; natural force after heavy rain and in the spring's floods and ground movement, large
    releases; other outside force, vehicles hitting above-ground facilities near roads; material, weld and seam
    failures of old low-frequency ERW pipe at high stress, ruptures, more in the cold months; equipment failures and
    incorrect operation at stations, small releases, the operator's staff on site for the latter). But a fifth of
    the excavation damage fails later (a dent or gouge by an unknown party: no ticket, any time), a sixth of the
    external corrosion is stress corrosion cracking at high stress (a rupture, like a seam failure), ground
    movement fails girth welds, and the releases and the test posts scatter widely. So the causes that
    investigators confuse meet (``PIPELINE_NEIGHBOURS``). Columns: pipe age (years), diameter (in), operating stress
    (% SMYS), depth of cover (m), release (barrels or equivalent), pipe-to-soil potential (mV), years since the last
    in-line inspection, rainfall in the 72 hours before (mm), local hour, month, at a facility, rupture, one-call
    ticket within 30 days, within 30 m of a road, crude or wet gas, low-frequency ERW or pre-1970 seam, operator's
    personnel on site, FBE coated, item involved the pipe's body or a weld, water or solids in the product (flags)
    (20). Imbalanced: 380 / 200 / 320 / 180 / 200 / 300 / 340 / 220 rows
    (2,140)."""
    rng = np.random.default_rng(37407)
    y = rng.permutation(np.repeat(np.arange(len(PIPELINE_CAUSES)), PIPELINE_ROWS))
    n = len(y)
    log = list(PIPELINE_LOG)
    t = PIPELINE_TABLE[y]
    mean = t[:, :8].copy()
    mean[:, log] = np.log(mean[:, log])
    v = mean + rng.normal(0, 1, mean.shape) * PIPELINE_SPREAD
    v[:, log] = np.exp(v[:, log])
    age, diameter, stress, cover, release, cp, ili, rain = v.T
    clock = PIPELINE_CLOCK[y]
    hour = np.where(clock[:, 0] > 0, t[:, 8] + clock[:, 0] * rng.normal(0, 1, n), rng.uniform(0, 24, n)) % 24
    month = np.where(clock[:, 1] > 0, t[:, 9] + clock[:, 1] * rng.normal(0, 1, n), rng.uniform(0, 12, n)) % 12
    facility, rupture, ticket, road, crude, erw, staff, fbe = (rng.random((8, n)) < t[:, 10:].T)
    # excavation damage failing later: a dent or gouge by an unknown party, no ticket, any time, a smaller leak
    later = (y == 2) & (rng.random(n) < 0.2)
    ticket = ticket & ~later
    hour = np.where(later, rng.uniform(0, 24, n), hour)
    release = np.where(later, release * 0.3, release)
    # stress corrosion cracking among the external corrosion: high stress, a rupture, a large release
    scc = (y == 0) & (rng.random(n) < 0.17)
    stress = np.where(scc, stress + 18, stress)
    rupture = rupture | (scc & (rng.random(n) < 0.6))
    release = np.where(scc, release * 4, release)
    # a coating ages: old pipe is rarely FBE coated (introduced in the 1960s-70s)
    fbe = fbe & (age < 55)
    pipe_item, water = (rng.random((2, n)) < PIPELINE_RECORD[y].T)
    x = np.column_stack([np.round(np.clip(age, 1, 100)), np.round(np.clip(diameter, 2, 48)),
                         np.round(np.clip(stress, 5, 80)), np.round(np.clip(cover, 0, 5), 1), np.round(release, 1),
                         np.round(np.clip(cp, -2000, -300), -1), np.round(np.clip(ili, 0, 30), 1),
                         np.round(np.clip(rain, 0, 300)), np.floor(hour), np.floor(month) + 1, facility, rupture,
                         ticket, road, crude, erw, staff, fbe, pipe_item, water])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND37`` lists them
GENERATORS = {"fev5": fev5, "bortle7": bortle7, "headache8": headache8, "pipeline8": pipeline8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND37_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "fev5": (2140, 16, FEV_ROWS),
    "bortle7": (2140, 15, BORTLE_ROWS),
    "headache8": (2140, 18, HEADACHE_ROWS),
    "pipeline8": (2140, 20, PIPELINE_ROWS),
}
ROUND37 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("fev5", "bortle7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"fev5": FEV_NEIGHBOURS, "bortle7": BORTLE_NEIGHBOURS, "headache8": HEADACHE_NEIGHBOURS,
              "pipeline8": PIPELINE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
