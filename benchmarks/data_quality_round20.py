"""Round 20's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles, wildfire fuel types, tropical cyclone categories, haddock ages, Enterobacterales
species, chiller faults, liver fibrosis stages, pavement condition classes, malware categories, pollen taxa,
avalanche danger levels, banana ripening stages, steel strip defects, lithofacies, locomotion scores, CEFR
levels, pottery fabrics or tree crowns): the per-row summaries a practitioner reads from four other fields.
Two sets have ORDERED classes (``ORDERED``): buildings after an earthquake in the 5 EMS-98 damage grades from a
drone survey and the building inventory (grades that meet; soft-storey frames whose roofs come down intact,
facades hidden by trees and neighbours), and older adults in the first 7 levels of the Clinical Frailty Scale
from a geriatric assessment's tests and record (levels that meet; dementia, rated by its dependence, in a
fitter body; tests slowed by an acute illness on the ward). Two have UNORDERED classes: honeys of 8 botanical
origins from a routine physico-chemical panel (bees forage on the neighbouring flowers, so origins blend;
stored and heated honeys age), and mineral grains of 9 species from three handheld Raman spectrometers' peak
picking (grains that grow together blend their spectra; fluorescent grains drown their bands; each unit has
its calibration offset). ``NEIGHBOURS`` names each set's neighbour map (``DAMAGE_NEIGHBOURS``,
``FRAILTY_NEIGHBOURS``, ``HONEY_NEIGHBOURS``, ``MINERAL_NEIGHBOURS``). Each generator is deterministic (its own
fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
quake5,frailty7,honey8,raman9``, ``--data round20``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-19's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round20.py`` prints
(about 30 s on the shared machine):

set         rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
quake5      2,600  5 (860 / 640 / 520 / 360 /     86.8 / 81.2 | 87.2 / 81.4        19.9 / 20.4 / 18.1
                     220), ordered
frailty7    2,560  7 (240 / 400 / 540 / 500 /     88.7 / 80.6 | 88.0 / 82.5        18.6 / 22.7 / 17.9
                     420 / 300 / 160), ordered
honey8      2,460  8 (400 / 440 / 320 / 260 /     92.5 / 87.3 | 91.2 / 89.3        13.5 / 20.9 / 12.5
                     320 / 180 / 200 / 340)
raman9      2,540  9 (420 / 480 / 180 / 300 /     89.9 / 87.7 | 91.2 / 83.9        16.4 / 20.1 / 14.3
                     160 / 300 / 200 / 260 / 240)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round20.py``). The ordered sets carry weakly informative columns (the peak ground
acceleration, the storeys, the year built, the footprint and the image's ground sampling distance; the weight
lost, the exhaustion, the age, living alone and a walking aid), so the 10-neighbour baseline errs on 31 % of
quake5's rows and 34 % of frailty7's, over the MLP's 18-19 %; its errors still fall between adjacent grades (96 %
of quake5's, ``DAMAGE_NEIGHBOURS``, never more than two grades away, and 98 % of frailty7's,
``FRAILTY_NEIGHBOURS``, one row three levels away). In quake5, slightly damaged buildings err least (12 %) and
moderately damaged ones most (54 %: squeezed between the slight and the substantial), soft-storey frames err 39 %
against the rest's 30 % (their roofs read far less damage than their grade, their height lost a storey's),
buildings whose facades are more than half hidden err 39 % against 29 % for the nearly open ones, masonry sheds
the most debris and timber the least at every grade from substantial damage on, and the old, masonry and
soft-storey buildings are more common among the heavily damaged. In frailty7, the very fit err least (26 %) and
the severely frail most (46 %), those assessed on an acute ward err 1.14 times as often as clinic patients (their
gait slower at every level), people with dementia (an MMSE under 22, more common at every level up) walk faster
than the rest of their level but depend more on help with the instrumental activities (at levels 2-5), women grip
5 kg and more below men at every level, and half the severely frail cannot rise from the chair (coded 30 s). The
10-neighbour baseline errs on 19 % of honey8's rows and 27 % of raman9's: 84 % of honey8's errors fall between
neighbouring origins (``HONEY_NEIGHBOURS``), a quarter between the glucose-rich rapeseed and sunflower, sunflower
and lime err most (39 % and 33 %) and acacia least (8 %), and honeys stored over a year err 24 % against 14 % for
those under four months; 89 % of raman9's errors fall between neighbouring minerals (``MINERAL_NEIGHBOURS``), 65 %
within the carbonates (scaled, the carbonate bands' few wavenumbers are small: dolomite read as calcite alone is
30 % of the errors, so dolomite and magnesite err most, 72 % and 65 %), quartz and gypsum least (4 %), and grains
with a signal-to-noise under 20 err 40 % against 22 % over 40. The benchmark MLP misfits 8-13 % of its clean
training rows (the ordered sets' most): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


# --------------------------------------------------------------------------- quake5: EMS-98 damage grades from drones
#: the EMS-98 damage grades of ``quake5``, in label order, and their rows
DAMAGE_GRADES = ("slight", "moderate", "substantial to heavy", "very heavy", "destruction")
DAMAGE_ROWS = (860, 640, 520, 360, 220)
#: the grade below and above each grade
DAMAGE_NEIGHBOURS = ordinal_neighbours(len(DAMAGE_GRADES))
#: the buildings' structural types, one-hot in that order, their shares among slightly damaged buildings and
#: the rise of each share per grade (the vulnerable types are more common among the heavily damaged)
STRUCTURES = ("unreinforced masonry", "RC frame", "RC frame, soft storey", "timber")
STRUCTURE_SHARES = (0.3, 0.42, 0.08, 0.2)
STRUCTURE_RISE = (0.04, -0.04, 0.02, -0.02)


def quake5():
    """Buildings of a town after an earthquake in the 5 EMS-98 damage grades (``DAMAGE_GRADES``: slight to
    destruction), labelled by the engineers' ground survey, as the drone survey flown two days after the shock,
    compared with the pre-event surface model, and the building inventory describe each building. A building's
    damage is a continuum, anywhere within its grade, so neighbouring grades meet (``DAMAGE_NEIGHBOURS``);
    destroyed buildings are few. The nadir images read the roof's damaged share (rising steeply from substantial
    damage on), the oblique images a facade crack index, the surface models' difference the height lost (from
    very heavy damage on) and the tilt, and the debris around the footprint grows with the damage. Masonry sheds
    more debris at every grade, timber less. Soft-storey RC frames collapse on their open ground floor: the roof
    comes down intact, so the roof reads far less damage than the grade while the height lost is a storey's, and
    those buildings err more. Trees and narrow streets hide part of the facades (the occluded share): the crack
    index of a hidden facade reads noisier and nearer the town's typical value, so occluded buildings err more; a
    coarser ground sampling distance blurs the roof's damage. The vulnerable types are more common among the
    heavily damaged; the peak ground acceleration, the storeys, the year of construction and the footprint are
    weakly informative. Columns: roof damaged (%), height lost (%), debris per footprint area, facade crack index,
    tilt (deg), facade occluded (%), ground sampling distance (cm), peak ground acceleration (g), storeys, year
    built, footprint (m2) and the structural type, one-hot (``STRUCTURES``) (15). Imbalanced: 860 / 640 / 520 /
    360 / 220 rows (2,600)."""
    rng = np.random.default_rng(20011)
    y = np.repeat(np.arange(len(DAMAGE_GRADES)), DAMAGE_ROWS)
    n = len(y)
    shares = np.array(STRUCTURE_SHARES)[None, :] + np.array(STRUCTURE_RISE)[None, :] * y[:, None]
    structure = (rng.random(n)[:, None] > np.cumsum(shares / shares.sum(1, keepdims=True), 1)).sum(1)
    masonry, soft, timber = structure == 0, structure == 2, structure == 3
    d = y + rng.uniform(0, 1, n)  # the building's damage, on the grades' scale
    storeys = np.where(masonry, rng.integers(1, 4, n), np.where(timber, rng.integers(1, 3, n),
                                                                 rng.integers(2, 8, n) + soft))
    occluded = 100 * rng.beta(1.6, 4, n)  # share of the facade hidden by trees and neighbours
    visible = 1 - occluded / 100
    gsd = rng.uniform(1.5, 6, n)  # ground sampling distance of the nadir images (cm)
    roof_d = d - np.where(soft, 1.6, 0)  # a soft storey's roof comes down intact
    roof = 100 * sigmoid(1.7 * (roof_d - 2.6)) + rng.normal(0, 1, n) * (3 + 1.5 * gsd)
    collapsed = soft & (d > 2.8)  # the open ground floor gave way
    height = 28 * np.maximum(d - 3.3, 0) ** 1.3 + collapsed * 100 / storeys * rng.uniform(0.6, 1, n) \
        + rng.normal(0, 2.5, n)
    debris = (0.04 + 0.22 * np.maximum(d - 1.3, 0) ** 1.2 * np.where(masonry, 1.6, np.where(timber, 0.55, 1))) \
        * rng.lognormal(0, 0.35, n)
    cracks = visible * (1.2 + 1.8 * d + rng.normal(0, 0.6, n)) + (1 - visible) * (4.5 + rng.normal(0, 2.2, n))
    tilt = np.abs(rng.normal(0, 0.4 + 0.8 * np.maximum(d - 2.6, 0), n))
    pga = rng.lognormal(np.log(0.22 + 0.035 * y), 0.35)
    year = np.where(rng.random(n) < 0.45 + 0.06 * y, rng.integers(1900, 1981, n), rng.integers(1981, 2021, n))
    footprint = rng.lognormal(np.log(np.where(timber, 90, 140)), 0.45)
    x = np.column_stack([np.round(np.clip(roof, 0, 100)), np.round(np.clip(height, 0, 100), 1),
                         np.round(debris, 2), np.round(np.clip(cracks, 0, 10), 1), np.round(tilt, 1),
                         np.round(occluded), np.round(gsd, 1), np.round(pga, 2), storeys, year,
                         np.round(footprint, -1), np.eye(len(STRUCTURES))[structure]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- frailty7: the Clinical Frailty Scale
#: the Clinical Frailty Scale levels of ``frailty7`` (1 to 7), in label order, and their rows
FRAILTY_LEVELS = ("very fit", "fit", "managing well", "very mildly frail", "mildly frail", "moderately frail",
                  "severely frail")
FRAILTY_ROWS = (240, 400, 540, 500, 420, 300, 160)
#: the level below and above each level
FRAILTY_NEIGHBOURS = ordinal_neighbours(len(FRAILTY_LEVELS))


def frailty7():
    """Older adults (65 and over) assessed by a geriatric service in the first 7 levels of the Clinical Frailty
    Scale (``FRAILTY_LEVELS``: very fit to severely frail), labelled by the geriatrician's judgement, as the
    comprehensive assessment's tests and the record describe each person. Frailty is a continuum, anywhere
    within the level, so neighbouring levels meet (``FRAILTY_NEIGHBOURS``); the very fit and the severely frail
    are few. The physical tests worsen with the level (gait speed and grip fall, the chair stands and the timed
    up-and-go slow, the chair stands exponentially, with those unable to rise coded 30 s), the dependencies in
    the instrumental and then the basic activities of daily living rise (the basic ones from mild frailty on),
    the deficits accumulated in the record (a frailty index), the medications, comorbidities and falls rise, the
    activity falls. The scale rates function: about one in eight (more among the frail) has a dementia, whose
    cognition (the MMSE) falls far below the rest and whose daily activities are rated by their dependence,
    while their bodies test fitter than their level. A third were assessed on an acute ward rather than in the
    clinic (a flag): an acute illness of its own severity slows their tests at every level, so they err more.
    Women grip less (the sex, a flag, is needed to read the grip); the weight lost, the exhaustion, the age,
    living alone and a walking aid are weakly informative. Columns: gait speed (m/s), grip strength (kg), five
    chair stands (s), timed up-and-go (s), frailty index (share of the record's deficits), basic ADL
    dependencies (of 6), instrumental ADL dependencies (of 8), medications, comorbidities, falls in the last
    year, weight lost in 6 months (kg), MMSE (of 30), activity (MET-h/week), exhaustion score (of 6), walking
    aid (flag), lives alone (flag), age, female (flag) and assessed on a ward (flag) (19). Imbalanced: 240 / 400
    / 540 / 500 / 420 / 300 / 160 rows (2,560)."""
    rng = np.random.default_rng(20107)
    y = np.repeat(np.arange(len(FRAILTY_LEVELS)), FRAILTY_ROWS)
    n = len(y)
    f = y + rng.uniform(0, 1, n)  # the person's frailty, on the levels' scale
    dementia = rng.random(n) < 0.03 + 0.045 * y
    ward = rng.random(n) < 0.33  # assessed during an acute admission: the tests slowed at every level
    female = rng.random(n) < 0.58
    illness = ward * rng.gamma(1.5, 0.6, n)  # how far the acute illness slows the tests
    p = f - 1.3 * dementia + illness  # the physical capacity the tests see
    gait = np.maximum(1.38 - 0.14 * p + rng.normal(0, 0.055, n), 0.1)
    grip = np.maximum(np.where(female, 24, 37) * np.exp(-0.075 * p) + rng.normal(0, 3, n), 2)
    chair = 8.5 * np.exp(0.17 * p) * rng.lognormal(0, 0.12, n)
    chair = np.where((chair > 30) | (p + rng.normal(0, 0.8, n) > 6.6), 30, chair)  # unable to rise: coded 30 s
    tug = 6.5 * np.exp(0.2 * p) * rng.lognormal(0, 0.09, n)
    adl = rng.binomial(6, sigmoid(1.5 * (f - 5.6) + 0.6 * dementia))
    iadl = rng.binomial(8, sigmoid(1.6 * (f - 3.9) + 1.6 * dementia))
    meds = rng.poisson(1.2 + 1.0 * f)
    index = np.clip(0.06 + 0.065 * f + 0.04 * dementia + rng.normal(0, 0.02, n), 0, 1)  # the record's deficits
    comorbid = rng.poisson(0.8 + 0.45 * f)
    falls = rng.poisson(0.08 * np.exp(0.4 * f) + 0.5 * dementia)
    weight = np.maximum(rng.normal(0.4 * np.maximum(f - 3, 0), 1.8, n), 0)
    mmse = np.clip(np.round(29.3 - 0.3 * f - 9 * dementia + rng.normal(0, 1.8, n)), 0, 30)
    activity = 28 * np.exp(-0.38 * p) * rng.lognormal(0, 0.5, n)
    exhaustion = rng.binomial(6, sigmoid(0.5 * (f - 4.5) + 0.5 * illness))
    aid = rng.random(n) < sigmoid(1.3 * (p - 4.5))
    alone = rng.random(n) < 0.3 + 0.02 * y
    age = 66 + rng.gamma(2, 4, n) + 1.6 * f
    x = np.column_stack([np.round(gait, 2), np.round(grip), np.round(chair, 1), np.round(tug, 1), np.round(index, 3),
                         adl, iadl, meds, comorbid, falls, np.round(weight, 1), mmse, np.round(activity, 1),
                         exhaustion, aid, alone, np.round(age), female, ward])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- honey8: honeys' botanical origins
#: the botanical origins of ``honey8``, in label order, and their rows
HONEYS = ("acacia", "rapeseed", "sunflower", "lime", "chestnut", "heather", "buckwheat", "honeydew")
HONEY_ROWS = (400, 440, 320, 260, 320, 180, 200, 340)
#: the origins whose honeys meet (symmetric)
HONEY_NEIGHBOURS = {0: (1, 3), 1: (0, 2), 2: (1, 3), 3: (0, 2, 4), 4: (3, 7), 5: (6,), 6: (5, 7), 7: (4, 6)}
#: the physico-chemical measurements of a honey, in column order
HONEY_MEASURES = ("moisture", "conductivity", "pH", "free acidity", "colour", "fructose", "glucose", "sucrose",
                  "melezitose", "proline", "diastase")
#: per origin: the mean of each of ``HONEY_MEASURES`` in a fresh honey (%, mS/cm, pH, meq/kg, mm Pfund, %, %,
#: %, %, mg/kg, Schade units) and the shares of the lowland, hill and mountain apiaries
HONEY_PROFILES = np.array([
    # moist  EC    pH   acid colour fru  glu  suc  mel  proline diast  low  hill  mount
    [16.6, 0.16, 4.0, 11., 14., 42., 27., 2.5, 0.3, 260., 10., 0.50, 0.40, 0.10],
    [17.4, 0.20, 4.0, 14., 24., 38., 38., 0.8, 0.3, 310., 19., 0.80, 0.20, 0.00],
    [17.8, 0.32, 3.8, 23., 52., 39., 36., 0.6, 0.3, 420., 20., 0.85, 0.15, 0.00],
    [17.3, 0.58, 4.4, 18., 40., 38., 31., 1.0, 0.7, 380., 16., 0.50, 0.45, 0.05],
    [17.0, 1.25, 5.2, 14., 92., 40., 26., 0.5, 0.9, 620., 22., 0.10, 0.70, 0.20],
    [20.0, 0.72, 4.3, 42., 85., 38., 30., 0.6, 0.5, 900., 27., 0.05, 0.35, 0.60],
    [18.6, 0.50, 3.9, 37., 120., 37., 33., 0.5, 0.4, 460., 26., 0.60, 0.35, 0.05],
    [16.8, 1.05, 4.6, 30., 105., 35., 27., 0.5, 3.5, 560., 24., 0.15, 0.45, 0.40],
])
#: the apiaries' landscapes, one-hot in that order (their shares per origin: ``HONEY_PROFILES``)
APIARIES = ("lowland", "hill", "mountain")


def honey8():
    """Honeys submitted to a national honey competition in 8 declared botanical origins (``HONEYS``), labelled by
    the melissopalynologist's verdict, as the laboratory's routine physico-chemical panel describes each honey
    (``HONEY_MEASURES``). Each origin has its profile (``HONEY_PROFILES``): acacia pale and rich in fructose, slow
    to crystallise; rapeseed and sunflower rich in glucose, crystallising fast; lime mid-coloured; chestnut dark,
    with the highest conductivity and pH; heather wet, acid and rich in proline; buckwheat darkest and acid;
    honeydew dark, conductive and rich in melezitose. Each honey scatters about its profile, and bees forage on
    what flowers nearby: 35 % of the honeys carry part of a neighbouring origin's nectar (``HONEY_NEIGHBOURS``:
    acacia beside rapeseed and lime, rapeseed beside sunflower, sunflower beside lime, lime beside chestnut,
    chestnut and buckwheat beside honeydew, heather beside buckwheat), blending their profiles. Storage ages a
    honey: its HMF rises exponentially (faster in a warm store or a honey heated to liquefy it), its diastase
    falls and it darkens, so old honeys err more; the months since extraction are on the label. The apiary's
    landscape is weakly informative (heather and honeydew from the mountains, rapeseed and sunflower from the
    lowlands). Columns: moisture (%), electrical conductivity (mS/cm), pH, free acidity (meq/kg), colour (mm
    Pfund), fructose, glucose, sucrose, melezitose (%), proline (mg/kg), diastase (Schade), HMF (mg/kg), months
    since extraction and the apiary's landscape, one-hot (``APIARIES``) (16). Imbalanced: 400 / 440 / 320 / 260 /
    320 / 180 / 200 / 340 rows (2,460)."""
    rng = np.random.default_rng(20213)
    y = np.repeat(np.arange(len(HONEYS)), HONEY_ROWS)
    n = len(y)
    blended = rng.random(n) < 0.35  # nectar of a neighbouring origin
    other = np.array([rng.choice(HONEY_NEIGHBOURS[c]) for c in y])
    w = np.where(blended, rng.uniform(0.15, 0.5, n), 0)[:, None]
    base = HONEY_PROFILES[:, :11]
    log_v = (1 - w) * np.log(base[y]) + w * np.log(base[other])
    log_v = log_v + rng.normal(0, 1, log_v.shape) * 1.35 * np.array([.04, .2, .035, .2, .22, .035, .05, .5,
                                                                     .45, .2, .25])
    v = np.exp(log_v)
    months = rng.gamma(1.6, 5, n)  # since extraction
    heated = rng.random(n) < 0.12  # warmed to liquefy a crystallised honey
    aged = months / 12 * np.where(heated, 3, 1)  # the honey's thermal age (years at cellar temperature)
    hmf = 2.5 * np.exp(1.1 * aged) * rng.lognormal(0, 0.4, n)
    v[:, 10] *= np.exp(-0.35 * aged)  # diastase falls
    v[:, 4] *= 1 + 0.25 * aged  # the honey darkens
    v[:, 3] *= 1 + 0.1 * aged  # and sours
    v[:, 7] *= np.exp(-0.4 * aged)  # its sucrose inverts
    v += rng.normal(0, 1, v.shape) * v * (0.03 + 0.05 * np.minimum(aged, 3))[:, None]  # old honeys scatter more
    apiary = (rng.random(n)[:, None] > np.cumsum(HONEY_PROFILES[y, 11:], 1)).sum(1)
    x = np.column_stack([np.round(v[:, 0], 1), np.round(v[:, 1], 2), np.round(v[:, 2], 2), np.round(v[:, 3], 1),
                         np.round(v[:, 4]), np.round(v[:, 5:9], 1), np.round(v[:, 9]), np.round(v[:, 10], 1),
                         np.round(hmf, 1), np.round(months, 1), np.eye(len(APIARIES))[apiary]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- raman9: minerals by handheld Raman
#: the minerals of ``raman9``, in label order, and their rows
MINERALS = ("quartz", "calcite", "aragonite", "dolomite", "magnesite", "gypsum", "anhydrite", "albite",
            "microcline")
MINERAL_ROWS = (420, 480, 180, 300, 160, 300, 200, 260, 240)
#: the minerals whose spectra meet (symmetric): the carbonates, the two sulfates, quartz and the feldspars
MINERAL_NEIGHBOURS = {0: (7, 8), 1: (2, 3), 2: (1,), 3: (1, 4), 4: (3,), 5: (6,), 6: (5,), 7: (0, 8), 8: (0, 7)}
#: per mineral: the strongest band's position (cm-1) and width (FWHM, cm-1), the strongest lattice mode's
#: position (cm-1), the second band's intensity over the strongest's, and the shares of the spectrum's
#: intensity in the lattice (100-350 cm-1), bending (350-550), nu4 (550-800), sulfate (980-1030), carbonate
#: (1080-1100) and water (3200-3600) windows
RAMAN = np.array([
    # pos    fwhm  lattice ratio lat   bend  nu4   sulf  carb  water
    [464.0, 8.0, 206., 0.40, 0.32, 0.62, 0.02, 0.00, 0.01, 0.00],
    [1086., 3.5, 282., 0.28, 0.30, 0.01, 0.07, 0.00, 0.60, 0.00],
    [1085., 4.0, 206., 0.22, 0.36, 0.01, 0.06, 0.00, 0.55, 0.00],
    [1097., 3.5, 300., 0.24, 0.30, 0.02, 0.08, 0.00, 0.58, 0.00],
    [1094., 4.5, 330., 0.26, 0.27, 0.02, 0.06, 0.00, 0.62, 0.00],
    [1008., 5.0, 180., 0.22, 0.06, 0.12, 0.12, 0.50, 0.00, 0.18],
    [1017., 4.0, 168., 0.16, 0.12, 0.15, 0.15, 0.56, 0.01, 0.00],
    [507.0, 6.0, 290., 0.55, 0.30, 0.56, 0.08, 0.00, 0.01, 0.00],
    [513.0, 7.0, 284., 0.38, 0.30, 0.56, 0.09, 0.00, 0.01, 0.00],
])
#: the three handheld spectrometers, one-hot in that order, and their calibration offsets (cm-1)
SPECTROMETERS = ("unit A", "unit B", "unit C")
SPECTROMETER_OFFSETS = (-2.5, 0.0, 3.0)


def raman9():
    """Mineral grains of a museum's and a field survey's samples in 9 species (``MINERALS``), labelled by X-ray
    diffraction, as the peak-picking software of three handheld Raman spectrometers summarises each spectrum:
    the strongest band's position and width, the strongest lattice mode's position, the second band's strength
    and the intensity shares of six windows. Each mineral has its spectrum (``RAMAN``): quartz's 464 band, the
    carbonates' nu1 near 1,085-1,097 (calcite and aragonite told apart by the lattice modes, dolomite and
    magnesite a few wavenumbers up), the sulfates' nu1 near 1,008 and 1,017 (gypsum with water), the feldspars'
    507 and 513. A quarter of the spots cover two grains of minerals that grow together and read alike
    (``MINERAL_NEIGHBOURS``: the carbonates, the sulfates, quartz and the feldspars): their spectra blend and
    nearby bands merge. Weathered, organic-coated or iron-stained grains fluoresce: the background swamps the
    bands, the signal-to-noise falls and the peak picker reports shifted positions, and at low signal-to-noise
    the lattice modes drown and the position read is a noise peak's, so fluorescent grains err more. Each unit
    has its calibration offset (``SPECTROMETER_OFFSETS``), so the unit is needed to read the positions; the grain
    size and the laser power are weakly informative. Columns: strongest band (cm-1), its FWHM (cm-1), strongest
    lattice mode (cm-1), second over strongest band, intensity in the lattice, bending, nu4, sulfate, carbonate
    and water windows (shares), fluorescence background (kcounts), signal-to-noise, grain size (um), laser power
    (mW) and the unit, one-hot (``SPECTROMETERS``) (17). Imbalanced: 420 / 480 / 180 / 300 / 160 / 300 / 200 /
    260 / 240 rows (2,540)."""
    rng = np.random.default_rng(20317)
    y = np.repeat(np.arange(len(MINERALS)), MINERAL_ROWS)
    n = len(y)
    mixed = rng.random(n) < 0.25  # the spot covers two grains
    other = np.array([rng.choice(MINERAL_NEIGHBOURS[c]) for c in y])
    w = np.where(mixed, rng.uniform(0.15, 0.5, n), 0)
    a, b = RAMAN[y], RAMAN[other]
    g = (1 - w)[:, None] * a + w[:, None] * b
    merge = np.abs(a[:, 0] - b[:, 0]) < 20  # nearby bands merge: the peak sits between them
    pos = np.where(merge, g[:, 0], a[:, 0])
    fwhm = g[:, 1] + np.where(merge, 0.6 * w * np.abs(a[:, 0] - b[:, 0]), 0)
    lattice = np.where(np.abs(a[:, 2] - b[:, 2]) < 30, g[:, 2], a[:, 2])
    unit = rng.integers(0, len(SPECTROMETERS), n)
    power = rng.choice([50.0, 100.0, 200.0], n)
    grain = rng.lognormal(np.log(80), 0.7, n)
    fluor = rng.lognormal(np.log(3), 1.0, n) * np.where(rng.random(n) < 0.2, 6, 1)  # coated, stained grains
    snr = np.maximum(60 * np.sqrt(power / 100) * np.sqrt(np.minimum(grain, 150) / 80) / np.sqrt(1 + fluor / 4)
                     * rng.lognormal(0, 0.3, n), 2)
    k = 1 / np.sqrt(snr)  # the noise of what the peak picker reads
    pos = pos + np.array(SPECTROMETER_OFFSETS)[unit] + rng.normal(0, 1, n) * (0.5 + 6 * k) + 0.02 * fluor
    fwhm = fwhm * (1 + 0.3 * k * rng.normal(0, 1, n) ** 2) + 2.5 * k * rng.normal(0, 1, n)
    drowned = rng.random(n) < np.clip(1.6 * (k - 0.14), 0, 0.8)  # the lattice mode lost in the noise
    lattice = np.where(drowned, rng.uniform(150, 340, n),
                       lattice + np.array(SPECTROMETER_OFFSETS)[unit] + rng.normal(0, 1, n) * (2 + 25 * k))
    ratio = np.clip(g[:, 3] + 0.9 * k * rng.normal(0, 1, n), 0.02, 1)
    windows = np.maximum(g[:, 4:] + 0.5 * k[:, None] * rng.normal(0, 1, (n, 6)) * np.sqrt(g[:, 4:] + 0.05), 0)
    windows = windows + 0.04 * (fluor / 10)[:, None] * np.linspace(0.4, 1.6, 6)  # the background's slope
    windows = windows / windows.sum(1, keepdims=True)
    x = np.column_stack([np.round(pos, 1), np.round(fwhm, 1), np.round(lattice), np.round(ratio, 2),
                         np.round(windows, 3), np.round(fluor, 1), np.round(snr, 1), np.round(grain),
                         power, np.eye(len(SPECTROMETERS))[unit]])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND20`` lists them
GENERATORS = {"quake5": quake5, "frailty7": frailty7, "honey8": honey8, "raman9": raman9}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND20_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "quake5": (2600, 15, DAMAGE_ROWS),
    "frailty7": (2560, 19, FRAILTY_ROWS),
    "honey8": (2460, 16, HONEY_ROWS),
    "raman9": (2540, 17, MINERAL_ROWS),
}
ROUND20 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("quake5", "frailty7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"quake5": DAMAGE_NEIGHBOURS, "frailty7": FRAILTY_NEIGHBOURS, "honey8": HONEY_NEIGHBOURS,
              "raman9": MINERAL_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
