"""Round 38's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (the domains round 30's docstring lists, round 30's sea ice stages,
Merino wool microns, wildfire causes and pleural effusion causes, and rounds 31-37's, as round 37's docstring lists
them, among them drought, blood pressure, tornado, energy performance, clay, egg, BMI, sand, UV, LDL, rock strength,
gestational age, spirometric severity and Bortle classes, aerosol and landslide types, water masses, crash types,
volcanic rocks, shock types, hyponatraemia causes, teas, soil orders, vegetable oils, CSF causes, snow grains,
headache diagnoses and pipeline incident causes): the per-row summaries a practitioner reads from four other
fields. As in rounds 21-37, the two graded sets simulate a pool of cases, label every case the way its field does
(a reference measurement against the field's table of limits) and keep a fixed number of each class (``_keep``);
the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes (``ORDERED``): water
samples of private wells and small supplies in the US classification's 5 hardness classes (soft .. very hard),
labelled by the laboratory's EDTA titration of total hardness against the classes' limits (1, 3.5, 7 and 10.5
grains per gallon) and described by the submission form and the field visit (the aquifer, the conductivity, the
field alkalinity and pH, the owner's test strip, the kettle's scale); and hail reports of a storm spotter network in
7 of TORRO's hailstone size codes (0 .. 5, 6 and above merged), labelled by the largest hailstone a trained spotter
measured with calipers and described by the radar (MESH, reflectivity, VIL density, echo height), the sounding,
the public's reports, the hail pad and the damage. Two have UNORDERED classes: memory clinic patients with dementia
in 8 diagnoses (Alzheimer's disease, vascular dementia, dementia with Lewy bodies, Parkinson's disease dementia,
behavioural variant FTD, primary progressive aphasia, normal pressure hydrocephalus, alcohol-related dementia) from
the first visit's history, tests, examination and MRI; and indications in steel butt welds in 8 flaw types
(isolated and cluster porosity, slag, lack of sidewall and of inter-run fusion, incomplete root penetration,
longitudinal and transverse cracks) from the ultrasonic inspection's record and, for half the welds, the radiograph.
``NEIGHBOURS`` names each set's neighbour map (``HARDNESS_NEIGHBOURS``, ``HAIL_NEIGHBOURS``,
``DEMENTIA_NEIGHBOURS``, ``WELD_NEIGHBOURS``; written from the fields' documents and committed, with the class
names, rows and limits, before any generator was written or ran: commit b17aa00; no pair added after). Each
generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
hardness5,hail7,dementia8,weld8``, ``--data round38``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round37.py`` and
``tests/test_data_quality_round37.py`` (as the model; round 37's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the docstring of ``benchmarks/data_quality_round30.py`` (its first 6,000
characters; the first 1,500 characters of rounds 31-36 were not opened: round 37's docstring lists their domains);
the set names of rounds 5-37 (a grep of their ``GENERATORS`` lines); the lines of
``benchmarks/data_quality_actions.py`` that register round 37 (found by grep: lines 72-90, which show two import
lines after ``ROUNDS``, and 424-432); and a grep of the first 110 lines of ``tests/test_architecture.py`` for rounds
and benchmarks (which found nothing). Public pages were searched for the fields' tables: water hardness
classifications (a glossary quoting the US Department of the Interior's grains-per-gallon classes, soft < 1,
slightly hard 1-3.5, moderately hard 3.5-7, hard 7-10.5, very hard > 10.5, the ones used here; the WHO's and
USGS' 60 / 120 / 180 mg/L and a state's 75 / 150 / 300 mg/L, which differ: the classes are conventions); TORRO's
hailstorm intensity scale (sizes.com, whose size codes begin at 5-10 mm, and an Australian forum's copy; the size
codes' limits used here, 10 / 16 / 21 / 31 / 41 / 51 mm, are the author's memory of TORRO's table, which those
pages quote differently), NOAA's MESH product page and radar help pages (MESH overestimates the largest stone and
is poor far from the radar; the public's object sizes, pea .. softball); the clinical differentiation tables of
the major dementias (Harrison's / the Alzheimer's Association's table, an AFP-style table of FTD, DLB, vascular
dementia and NPH features, BMJ Best Practice's DLB differentials with the one-year rule against PDD); weld flaw
characterisation (an SKI report on ultrasonic characterisation of realistic weld flaws: sharp flaws, cracks and
lack of fusion, against soft ones, slag and porosity, hard to tell apart by echo dynamics; an NDT hub on which
method sees which flaw: radiography sees volumetric flaws and misses tight planar ones; a TOFD training deck). The
rest (the aquifers' hardness and its spread, the conductivity's, alkalinity's and pH's relations, the strip's pads
and reading, the kettle and the soap; the hail's relation to the updraft, the radar's slopes and scatter, the
pad's sampling; the dementia profiles' medians and spreads in ``DEMENTIA_TABLE``, ``DEMENTIA_SPREAD`` and
``DEMENTIA_PARKINSONISM`` and the shares of mixed, frontal and co-pathology cases; the weld flaws' medians and
chances in ``WELD_TABLE`` and ``WELD_SPREAD``, the shares of slag on a sidewall and of root cracks) is the author's
own reading of the fields, not checked line by line. The helpers imported from round 5 (``main``,
``ordinal_neighbours``) are used as round 37 uses them (``main`` was not run). No detector or filter ran on these
sets, and the benchmark did not; the difficulty below and the tests' baseline were computed with sklearn directly
(``tests/round_checks.py``).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                                     MLP train / test %, seed 0 | 1   10-NN %
hardness5   2,140  5 (300 / 520 / 500 / 460 / 360), ordered                73.9 / 70.7 | 78.3 / 73.5        40.1
hail7       2,140  7 (240 / 380 / 340 / 400 / 300 / 260 / 220), ordered    70.8 / 59.1 | 69.7 / 60.0        46.4
dementia8   2,140  8 (400 / 300 / 280 / 200 / 240 / 220 / 260 / 240)       87.0 / 83.7 | 88.8 / 84.5        19.3
weld8       2,140  8 (320 / 220 / 340 / 300 / 240 / 280 / 240 / 200)       91.6 / 84.5 | 87.5 / 83.9        20.4

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round38.py``, with sklearn; no detector code). dementia8 and weld8 meet the aims (MLP
60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented neighbours).
hardness5 meets the MLP's and the map's aims and misses the baseline's by a hair (40.1 %). hail7 misses them: it
is harder (MLP 59-60 %, baseline 46.4 %), though 89 % of its errors fall between adjacent codes. In hardness5 95 %
of the errors fall between adjacent classes (``HARDNESS_NEIGHBOURS``; 0.1 % more than two apart), 36 % reading a
harder one: moderately hard with hard 30 % of them, slightly with moderately hard 25 %, soft with slightly hard
24 %, hard with very hard 16 %; moderately hard errs most (49 %), soft, open below, least (32 %). The owner's test
strip names 58 % of the classes (as often softer as harder, one class out in nearly all the rest). In hail7 89 %
of the errors fall between adjacent codes (``HAIL_NEIGHBOURS``; 0.3 % more than two apart), 34 % reading a larger
one: codes 1 with 2 22 % of them, 2 with 3 16 %, 3 with 4 14 %, 4 with 5 14 %, 0 with 1 12 %, 5 with 6+ 10 %, 1
with 3 5 %; the narrow 16-20 mm code errs most (69 %), code 0 least (23 %). MESH names 32 % of the codes (reading
larger twice as often as smaller), the hail pad's largest dent 60 % (reading smaller). dementia8 errs on 19 %, 83 %
of its errors between diagnoses that memory clinics confuse (``DEMENTIA_NEIGHBOURS``): Alzheimer's with vascular
dementia 23 % of them, behavioural FTD with alcohol-related dementia 10 %, Alzheimer's with Lewy bodies 9 %, FTD
with PPA 8 %, vascular dementia with NPH 8 %, Alzheimer's with FTD 7 % and with PPA 6 %, Lewy bodies with PDD 5 %;
vascular dementia errs most (34 %), NPH least (8 %). The map misses vascular dementia with Lewy bodies (8 % of the
errors: gait, parkinsonism and fluctuations in both) and Lewy bodies with alcohol-related dementia (2 %); left as
committed. weld8 errs on 20 %, 67 % of its errors between flaw types that inspectors confuse
(``WELD_NEIGHBOURS``): isolated porosity with slag 17 % of them, isolated with cluster porosity 12 %, incomplete
root penetration with longitudinal cracks 9 %, slag with lack of sidewall fusion 7 %, longitudinal with transverse
cracks 6 %, lack of sidewall fusion with longitudinal cracks 6 %, isolated porosity with transverse cracks 5 %;
cluster porosity errs most (40 %), incomplete root penetration least (2 %). The map misses cluster porosity with
slag (12 % of the errors: both ragged, volumetric and elongated), slag with cracks (4 % and 3 %) and cluster
porosity with transverse cracks (3 %); left as committed. Tuning after a first measure (toward the field, not
toward a detector): hardness5 and dementia8 were not changed after their first measure. hail7 first came out with
MLP 49-55 % and baseline 53.7 % (84 % of its errors between adjacent codes; commit c93d827): the first version
counted the hail pad's dents but lacked what a hail pad network reads from the pad, the largest dent calibrated to
a stone's diameter (the pad samples the swath, so it reads the largest stone small); its one change added it
(15 -> 16 columns) and gave the table's numbers, kept (harder than the aims, not changed again). weld8 first came
out with MLP 90-91 % and baseline 15.0 % (76 % of its errors in the map; commit 85a88c0): the first version gave
every weld a radiograph as well as the ultrasonic record, which most welds inspected by ultrasound do not have; its
one change radiographed half the welds (a flag; the radiograph's columns 0 for the others; 15 -> 16 columns),
which gave the table's numbers, kept. The MLP misfits 8-30 % of its clean training rows (hail7's most, weld8's
least): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- hardness5: water hardness classes
#: the hardness classes of ``hardness5`` (a private well's or small supply's water sample, by the laboratory's EDTA
#: titration of total hardness in mg/L as CaCO3 against the US classification in grains per gallon: soft < 1,
#: slightly hard 1-3.5, moderately hard 3.5-7, hard 7-10.5, very hard > 10.5 gpg), softest first
HARDNESS_CLASSES = ("soft (< 17)", "slightly hard (17-60)", "moderately hard (60-120)", "hard (120-180)",
                    "very hard (>= 180)")
HARDNESS_ROWS = (300, 520, 500, 460, 360)
#: the class softer and harder than each class
HARDNESS_NEIGHBOURS = ordinal_neighbours(len(HARDNESS_CLASSES))
#: the least total hardness (mg/L as CaCO3) of slightly hard .. very hard, lowest first (a class is the number of
#: limits at or below the value)
HARDNESS_LIMITS = (17.1, 60.0, 120.0, 180.0)


# --------------------------------------------------------------------------- hail7: hailstone size codes
#: the hail size classes of ``hail7`` (a hailstorm's report at one place, by the largest hailstone measured with
#: calipers by a trained spotter, in mm, against TORRO's hailstone size codes; codes 6 and above merged), smallest
#: first
HAIL_CLASSES = ("code 0 (5-9 mm)", "code 1 (10-15)", "code 2 (16-20)", "code 3 (21-30)", "code 4 (31-40)",
                "code 5 (41-50)", "code 6+ (> 50)")
HAIL_ROWS = (240, 380, 340, 400, 300, 260, 220)
#: the size code below and above each code
HAIL_NEIGHBOURS = ordinal_neighbours(len(HAIL_CLASSES))
#: the least diameter (mm) of codes 1 .. 6+, smallest first (a code is the number of limits at or below it)
HAIL_LIMITS = (10.0, 16.0, 21.0, 31.0, 41.0, 51.0)


# --------------------------------------------------------------------------- dementia8: dementia diagnoses
#: the diagnoses of ``dementia8`` (a memory clinic's patient with dementia, by the consensus diagnosis at the
#: multidisciplinary meeting after a year's follow-up), in label order
DEMENTIA_TYPES = ("Alzheimer's disease", "vascular dementia", "dementia with Lewy bodies",
                  "Parkinson's disease dementia", "behavioural variant frontotemporal dementia",
                  "primary progressive aphasia", "normal pressure hydrocephalus", "alcohol-related dementia")
DEMENTIA_ROWS = (400, 300, 280, 200, 240, 220, 260, 240)
#: the diagnoses that memory clinics confuse (symmetric), as the clinical differentiation tables draw them:
#: Alzheimer's against vascular dementia (mixed pathology, white matter disease in the old), against dementia with
#: Lewy bodies (concomitant Alzheimer pathology, fluctuations missed), against behavioural FTD (the frontal variant
#: of Alzheimer's) and primary progressive aphasia (the logopenic variant), against alcohol-related dementia;
#: Lewy bodies against Parkinson's disease dementia (the one-year rule); vascular dementia against normal pressure
#: hydrocephalus (gait, incontinence, periventricular change) and against Parkinson's disease dementia (vascular
#: parkinsonism) and alcohol-related dementia (executive, subcortical); behavioural FTD against primary progressive
#: aphasia (the FTLD spectrum) and against alcohol-related dementia (disinhibition, apathy)
DEMENTIA_NEIGHBOURS = {0: (1, 2, 4, 5, 7), 1: (0, 3, 6, 7), 2: (0, 3), 3: (1, 2), 4: (0, 5, 7), 5: (0, 4),
                       6: (1,), 7: (0, 1, 4)}


# --------------------------------------------------------------------------- weld8: weld flaw types
#: the flaw types of ``weld8`` (an indication in a steel butt weld found by the ultrasonic inspection, by the flaw
#: type the macro-section or the repair's excavation showed), in label order
WELD_FLAWS = ("isolated porosity", "cluster porosity", "slag inclusion", "lack of sidewall fusion",
              "lack of inter-run fusion", "incomplete root penetration", "longitudinal crack", "transverse crack")
WELD_ROWS = (320, 220, 340, 300, 240, 280, 240, 200)
#: the flaw types that weld inspectors confuse (symmetric), as the characterisation guides draw them: porosity,
#: isolated or clustered (a cluster's pores resolved or not); porosity against slag (both volumetric, rounded,
#: low amplitude); slag against lack of fusion at the sidewall or between runs (slag trapped on an unfused face);
#: sidewall against inter-run lack of fusion (both planar, the face's depth and angle); lack of sidewall fusion
#: against incomplete root penetration (the root's sidewall) and against longitudinal cracks (planar, sharp,
#: high amplitude); incomplete root penetration against root cracks (longitudinal); transverse cracks against
#: longitudinal ones (cracks' branches) and against isolated porosity (small point reflectors across the weld)
WELD_NEIGHBOURS = {0: (1, 2, 7), 1: (0,), 2: (0, 3, 4), 3: (2, 4, 5, 6), 4: (2, 3), 5: (3, 6), 6: (3, 5, 7),
                   7: (0, 6)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each round-38 graded set simulates a pool of cases, labels every case as
    its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


#: the pads of a household hardness test strip (grains per gallon), the colour a reader matches
STRIP_PADS = np.array([0.0, 1.0, 3.0, 7.0, 10.0, 15.0, 25.0])


def hardness5():
    """Water samples of private wells and small supplies sent to a state laboratory, in 5 hardness classes
    (``HARDNESS_CLASSES``: soft .. very hard), labelled by the laboratory's EDTA titration of total hardness (mg/L
    as CaCO3; its repeatability of a few per cent) against the US classification's limits (``HARDNESS_LIMITS``), as
    the owner's submission form and the field visit describe the water. Hardness follows the aquifer (limestone and
    dolomite hard, crystalline rock and sands soft) and the well's depth with a wide spread; the other measurements
    follow it loosely: the conductivity also counts the sodium and chloride (road salt, sea spray, old brines), the
    field alkalinity the carbonate share of the hardness, the pH the carbonate buffering, the owner's test strip is
    read against a few coloured pads by eye, and the kettle's scale and the soap's lather are the owner's words. So
    neighbouring classes meet (``HARDNESS_NEIGHBOURS``; the narrow hard class most). Columns: well depth (m),
    carbonate aquifer (flag), crystalline aquifer (flag), conductivity (uS/cm), pH, field alkalinity (mg/L as
    CaCO3), test strip (gpg, a pad), sodium (mg/L), chloride (mg/L), iron (mg/L), nitrate (mg/L as N), kettle scale
    (0 none .. 3 heavy), soap lathers poorly (flag), water temperature (C) (14). Imbalanced: 300 / 520 / 500 / 460 /
    360 rows (2,140)."""
    rng = np.random.default_rng(38101)
    n = 200000
    aquifer = rng.choice(3, n, p=(0.35, 0.3, 0.35))  # 0 carbonate, 1 crystalline, 2 sand, gravel, sandstone
    depth = np.clip(rng.lognormal(np.log(45), 0.7, n), 5, 400)
    base = np.array([np.log(190), np.log(35), np.log(85)])[aquifer]
    true = np.exp(base + 0.15 * np.log(depth / 45) + rng.normal(0, 0.75, n))
    reference = true * rng.lognormal(0, 0.03, n)  # the titration's repeatability
    label = (reference[:, None] >= np.array(HARDNESS_LIMITS)).sum(1)
    keep = _keep(rng, label, HARDNESS_ROWS)
    y = label[keep]
    aquifer, depth, true = aquifer[keep], depth[keep], true[keep]
    n = len(y)
    sodium = np.clip(rng.lognormal(np.log(15), 1.0, n), 1, 1500)
    chloride = np.clip(sodium * rng.lognormal(np.log(1.2), 0.5, n), 1, 3000)
    conductivity = (1.8 * true + 3.0 * sodium + 1.2 * chloride + 25) * rng.lognormal(0, 0.12, n)
    carbonate = np.clip(np.where(aquifer == 0, rng.beta(8, 2, n), rng.beta(4, 3, n)), 0.1, 1.0)
    alkalinity = np.clip(true * carbonate * rng.lognormal(0, 0.15, n) + rng.normal(0, 5, n), 2, None)
    ph = np.clip(6.0 + 0.55 * np.log10(alkalinity) + rng.normal(0, 0.3, n), 5.0, 9.0)
    read = true / 17.1 * rng.lognormal(0.05, 0.35, n)
    strip = STRIP_PADS[np.abs(np.log1p(read)[:, None] - np.log1p(STRIP_PADS)).argmin(1)]
    iron = np.clip(rng.lognormal(np.log(0.1), 1.2, n) * np.where(aquifer == 2, 2.0, 1.0), 0, 20)
    nitrate = np.clip(rng.lognormal(np.log(1.5), 1.0, n), 0, 50)
    kettle = np.clip(np.round(0.9 * np.log(true / 40) + 0.8 + rng.normal(0, 0.7, n)), 0, 3)
    lather = rng.random(n) < 1 / (1 + np.exp(-(np.log(true) - np.log(130)) * 2.0))
    temperature = np.clip(rng.normal(11, 2.5, n), 3, 22)
    x = np.column_stack([np.round(depth), aquifer == 0, aquifer == 1, np.round(conductivity, -1), np.round(ph, 1),
                         np.round(alkalinity), strip, np.round(sodium, 1), np.round(chloride, 1), np.round(iron, 2),
                         np.round(nitrate, 1), kettle, lather, np.round(temperature, 1)])
    return x.astype(np.float32), y


#: the objects a member of the public compares a hailstone to (pea, marble, penny, quarter, walnut, golf ball,
#: hen's egg, tennis ball, baseball), by their diameters (mm)
HAIL_OBJECTS = np.array([6.0, 13.0, 19.0, 25.0, 38.0, 44.0, 51.0, 64.0, 70.0])


def hail7():
    """Hail reports of a storm spotter network, in 7 of TORRO's hailstone size codes (``HAIL_CLASSES``: code 0 ..
    6+), labelled by the largest hailstone a trained spotter measured with calipers at the place (a few per cent
    apart from the true largest; melting), against the codes' limits (``HAIL_LIMITS``), as the radar, the sounding
    and the other reports at the place describe the storm. The largest stone follows the storm's updraft (the
    instability and the shear) with a wide scatter (where the swath's core passed, how long the stones fell through
    warm air); the radar's estimates follow it loosely: the maximum estimated size of hail (the severe hail index,
    which overestimates and scatters more far from the radar), the maximum reflectivity, the VIL density, the 50 dBZ
    echo's height above the freezing level; the public's size is an object's, rounded up; the hail pad's dents, the
    crops' and the cars' damage follow the size and the stones' number. So neighbouring codes meet
    (``HAIL_NEIGHBOURS``). Columns: maximum estimated size of hail (mm), maximum reflectivity (dBZ), VIL density
    (g/m3), 50 dBZ echo height above the freezing level (km), freezing level (km), most unstable CAPE (J/kg), 0-6 km
    shear (m/s), range from the radar (km), the public's largest size (mm, an object's), the hail pad's largest dent
    (mm, calibrated), hail duration (min), dents on the hail pad, crop damage (%), cars dented (flag), month, local
    hour (16). Imbalanced: 240 / 380 / 340 / 400
    / 300 / 260 / 220 rows (2,140)."""
    rng = np.random.default_rng(38203)
    n = 300000
    storm = rng.normal(0, 1, n)  # the updraft's strength
    cape = np.clip(1400 * np.exp(0.45 * storm + rng.normal(0, 0.5, n)), 50, 7000)
    shear = np.clip(17 + 4 * storm + rng.normal(0, 5, n), 2, 45)
    freezing = np.clip(rng.normal(3.6, 0.5, n), 2.0, 5.0)
    month = np.clip(np.round(6.5 + 1.3 * (freezing - 3.6) / 0.5 + rng.normal(0, 1.0, n)), 3, 10)
    true = np.clip(np.exp(np.log(20) + 0.45 * storm + rng.normal(0, 0.35, n) - 0.15 * (freezing - 3.6)), 5, 150)
    reference = true * rng.lognormal(-0.03, 0.04, n)  # the spotter's calipers; the stone's melting
    label = (reference[:, None] >= np.array(HAIL_LIMITS)).sum(1)
    keep = _keep(rng, label, HAIL_ROWS)
    y = label[keep]
    storm, cape, shear, freezing, month, true = (a[keep] for a in (storm, cape, shear, freezing, month, true))
    n = len(y)
    size = np.log(true / 20)
    radar_range = np.clip(rng.uniform(10, 230, n), 10, 230)
    mesh = np.clip(true * rng.lognormal(0.15, 0.3 + 0.0015 * radar_range, n), 0, 150)
    dbz = np.clip(57 + 6 * size + 1.5 * storm + rng.normal(0, 3.5, n), 40, 78)
    vild = np.clip(3.3 + 0.8 * size + rng.normal(0, 0.55, n), 0.5, 7.5)
    echo = np.clip(3.5 + 1.3 * size + 0.5 * storm + rng.normal(0, 1.3, n), 0, 12)
    public = true * rng.lognormal(0.1, 0.3, n) * (rng.random(n) < 0.8)
    public = np.where(public > 0, HAIL_OBJECTS[np.abs(public[:, None] - HAIL_OBJECTS).argmin(1)], 0)
    duration = np.clip(np.round(rng.lognormal(np.log(8), 0.6, n)), 1, 60)
    # the hail pad's largest dent, calibrated to a stone's diameter: the pad samples the swath (the largest stone may
    # miss it) (added in the one change after the first measure)
    pad = np.clip(true * rng.beta(8, 1.5, n) * rng.lognormal(0, 0.08, n), 3, 150)
    dents = rng.poisson(np.clip(duration * 3 * np.exp(rng.normal(0, 0.7, n)) * (true / 20) ** 0.5, 0.5, None))
    crops = np.clip(100 / (1 + np.exp(-(2.2 * size + 0.05 * duration - 0.5 + rng.normal(0, 1.2, n)))), 0, 100)
    cars = rng.random(n) < 1 / (1 + np.exp(-(true - 32) / 5))
    hour = np.clip(np.round(rng.normal(17, 2.5, n)), 0, 23)
    x = np.column_stack([np.round(mesh), np.round(dbz, 1), np.round(vild, 1), np.round(echo, 1), np.round(freezing, 1),
                         np.round(cape, -1), np.round(shear), np.round(radar_range), public, np.round(pad),
                         duration, dents,
                         np.round(crops), cars, month, hour])
    return x.astype(np.float32), y


#: per diagnosis of ``dementia8``, the medians of: age (years), years since the first symptom, MMSE (0-30), delayed
#: recall (0-10 words), animal fluency (per minute), clock drawing (0-5), naming (0-15), the behaviour score
#: (disinhibition, apathy, compulsions; 0-24), the fluctuation score (0-16), the motor examination (UPDRS III),
#: gait disturbance (0-4), medial temporal atrophy (Scheltens, 0-4), white matter change (Fazekas, 0-3), Evans index,
#: alcohol (units per week); and the chances of being female, of visual hallucinations, of dream enactment (REM
#: sleep behaviour disorder), of urinary incontinence and of parkinsonism
DEMENTIA_TABLE = np.array([
    # age  yrs  mmse rec  flu  clk  nam  beh  flc  updrs gait mta  faz  evans alc  fem  hall rbd  inc  park
    [78., 3.0, 20., 2.0, 11., 3.0, 11., 4., 3., 4., 0.5, 2.8, 1.2, .29, 4., .65, .10, .05, .15, .10],  # Alzheimer's
    [80., 3.0, 21., 4.0, 9., 3.0, 12., 5., 5., 10., 2.0, 1.8, 2.5, .30, 6., .45, .10, .05, .40, .35],  # vascular
    [75., 2.5, 21., 4.5, 9., 1.5, 12., 4., 9., 18., 1.5, 1.5, 1.2, .30, 5., .35, .65, .55, .20, .85],  # Lewy bodies
    [74., 2.0, 22., 5.0, 9., 2.0, 12.5, 4., 7., 30., 2.2, 1.5, 1.2, .30, 4., .35, .50, .50, .30, 1.0],  # Parkinson's
    [62., 4.0, 23., 5.0, 7., 4.0, 11., 14., 2., 3., 0.3, 1.5, 0.6, .28, 8., .45, .05, .02, .20, .10],  # bvFTD
    [66., 3.0, 20., 5.0, 5., 4.0, 6., 5., 2., 3., 0.3, 1.6, 0.6, .28, 4., .55, .03, .02, .10, .05],  # PPA
    [76., 2.0, 24., 5.5, 12., 3.5, 13., 4., 3., 8., 3.0, 1.4, 1.8, .36, 5., .45, .02, .02, .75, .30],  # NPH
    [63., 4.0, 23., 4.5, 10., 3.5, 13., 7., 3., 5., 1.5, 1.3, 1.0, .29, 45., .25, .08, .03, .20, .15],  # alcohol
])
#: each column's spread within a diagnosis (the years' and the alcohol's: the log's)
DEMENTIA_SPREAD = np.array([7., 0.5, 4., 2.0, 4., 1.4, 2.5, 4., 3., 7., 0.9, 0.8, 0.8, .03, 0.9])
DEMENTIA_LOG = (1, 14)
#: per diagnosis, the median years from the parkinsonism's onset to the dementia's and their spread (where
#: parkinsonism is present; PDD after a year of Parkinson's disease, Lewy bodies within the year either way)
DEMENTIA_PARKINSONISM = np.array([[-1.0, 1.5], [0.0, 1.5], [0.0, 0.8], [7.0, 3.0], [-1.0, 1.5], [-1.0, 1.5],
                                  [0.0, 1.5], [0.0, 1.5]])


def dementia8():
    """Patients of a memory clinic with dementia in 8 diagnoses (``DEMENTIA_TYPES``), labelled by the consensus
    diagnosis at the multidisciplinary meeting after a year's follow-up, as the first visit's history, cognitive
    tests, examination and MRI describe the patient. Each diagnosis has its profile (``DEMENTIA_TABLE`` with
    ``DEMENTIA_SPREAD``: Alzheimer's disease's poor delayed recall and medial temporal atrophy; vascular dementia's
    white matter change, gait and slowness; Lewy bodies' fluctuations, visual hallucinations, dream enactment,
    parkinsonism and poor clock drawing; Parkinson's disease dementia's parkinsonism years before the dementia;
    behavioural FTD's younger onset and disinhibition or apathy with memory spared; primary progressive aphasia's
    poor naming and fluency; normal pressure hydrocephalus' gait, incontinence and large ventricles (Evans index);
    alcohol-related dementia's drinking in younger men). But a quarter of the Alzheimer's disease has vascular
    white matter change (mixed), a tenth its frontal variant, a fifth of the Lewy bodies Alzheimer's co-pathology,
    the onset of the parkinsonism is recalled a year or more apart, and the tests scatter with the education and the
    day. So the diagnoses that memory clinics confuse meet (``DEMENTIA_NEIGHBOURS``). Columns: age (years), female
    (flag), years since the first symptom, MMSE, delayed recall, animal fluency, clock drawing, naming, behaviour
    score, fluctuation score, UPDRS III, years from parkinsonism to dementia (0 without), visual hallucinations, dream
    enactment, gait disturbance, urinary incontinence (flags and scores), medial temporal atrophy, Fazekas, Evans
    index, alcohol units per week (20). Imbalanced: 400 / 300 / 280 / 200 / 240 / 220 / 260 / 240 rows (2,140)."""
    rng = np.random.default_rng(38305)
    y = rng.permutation(np.repeat(np.arange(len(DEMENTIA_TYPES)), DEMENTIA_ROWS))
    n = len(y)
    log = list(DEMENTIA_LOG)
    table = DEMENTIA_TABLE[:, :15].copy()
    table[:, log] = np.log(table[:, log])
    mean = table[y]
    # mixed Alzheimer's and vascular pathology; Alzheimer's frontal variant; Lewy bodies with Alzheimer's pathology
    mixed = (y == 0) & (rng.random(n) < 0.25)
    mean = np.where(mixed[:, None], 0.55 * table[0] + 0.45 * table[1], mean)
    frontal = (y == 0) & (rng.random(n) < 0.1)
    mean = np.where(frontal[:, None], 0.5 * table[0] + 0.5 * table[4], mean)
    lewy_ad = (y == 2) & (rng.random(n) < 0.2)
    mean = np.where(lewy_ad[:, None], 0.5 * table[2] + 0.5 * table[0], mean)
    v = mean + rng.normal(0, 1, mean.shape) * DEMENTIA_SPREAD
    v[:, log] = np.exp(v[:, log])
    chances = DEMENTIA_TABLE[y, 15:]
    female, hallucinations, rbd, incontinence, parkinsonism = (rng.random((5, n)) < chances.T)
    hallucinations = np.where(lewy_ad, rng.random(n) < 0.35, hallucinations)
    pk = DEMENTIA_PARKINSONISM[y]
    pk_years = np.where(parkinsonism, np.round(pk[:, 0] + pk[:, 1] * rng.normal(0, 1, n), 1), 0)
    updrs = np.clip(v[:, 9] * np.where(parkinsonism, 1.0, 0.4), 0, 80)
    x = np.column_stack([np.round(np.clip(v[:, 0], 45, 98)), female, np.round(np.clip(v[:, 1], 0.3, 15), 1),
                         np.round(np.clip(v[:, 2], 8, 30)), np.round(np.clip(v[:, 3], 0, 10)),
                         np.round(np.clip(v[:, 4], 1, 25)), np.round(np.clip(v[:, 5], 0, 5)),
                         np.round(np.clip(v[:, 6], 0, 15)), np.round(np.clip(v[:, 7], 0, 24)),
                         np.round(np.clip(v[:, 8], 0, 16)), np.round(updrs), pk_years, hallucinations, rbd,
                         np.round(np.clip(v[:, 10], 0, 4)), incontinence, np.round(np.clip(v[:, 11], 0, 4)),
                         np.round(np.clip(v[:, 12], 0, 3)), np.round(np.clip(v[:, 13], 0.2, 0.5), 2),
                         np.round(np.clip(v[:, 14], 0, 200))])
    return x.astype(np.float32), y


#: per flaw type of ``weld8``, the medians of: the ultrasonic echo's amplitude (dB to the DAC reference), the
#: indication's length (mm), its through-wall height (TOFD, mm), its depth (a share of the wall, 0 cap .. 1 root),
#: its offset from the weld's centreline (mm), its tilt from the through-wall direction (degrees), the amplitude's
#: difference between the two probe angles (dB; planar flaws answer one angle), the radiograph's density contrast,
#: the radiographic indication's width (mm), the wall thickness (mm); and the chances of a ragged echo dynamic, of
#: two diffracted tips on the TOFD scan, of an answer to the transverse scan, of a manual metal arc (SMAW) weld and
#: of a radiographic indication
WELD_TABLE = np.array([
    # amp  len  hgt  depth off tilt diff  rtc  rtw  thick rag tips  tr  smaw  rt
    [-8., 3., 2.0, .50, 2., 45., 0., .30, 2.0, 20., .10, .10, .60, .40, .90],  # isolated porosity
    [-4., 12., 4.0, .50, 2., 45., 0., .35, 6.0, 20., .60, .30, .50, .45, .95],  # cluster porosity
    [-4., 15., 2.5, .50, 4., 30., 1., .25, 2.5, 22., .55, .30, .20, .80, .85],  # slag inclusion
    [4., 25., 3.0, .50, 8., 30., 6., .10, 1.0, 22., .15, .70, .10, .40, .35],  # lack of sidewall fusion
    [0., 20., 2.0, .50, 3., 80., 3., .08, 1.5, 28., .20, .60, .10, .50, .30],  # lack of inter-run fusion
    [6., 40., 2.5, .95, .5, 5., 4., .30, 1.5, 14., .10, .60, .10, .50, .80],  # incomplete root penetration
    [6., 20., 4.0, .60, 1., 10., 5., .08, 0.5, 25., .70, .80, .15, .45, .30],  # longitudinal crack
    [-2., 4., 3.0, .50, 1., 10., 2., .05, 0.4, 30., .50, .50, .90, .40, .20],  # transverse crack
])
#: each column's spread within a flaw type (length, height, width and thickness: the log's)
WELD_SPREAD = np.array([4.5, 0.5, 0.4, 0.2, 2.5, 15., 3., 0.1, 0.4, 0.35])
WELD_LOG = (1, 2, 8, 9)


def weld8():
    """Indications in steel butt welds (pipelines, pressure vessels, structures) found by the ultrasonic inspection,
    in 8 flaw types (``WELD_FLAWS``), labelled by what the macro-section or the repair's excavation showed, as the
    inspection record (pulse-echo at two angles, TOFD, the transverse scan) and the radiograph describe the
    indication. Each flaw type has its record (``WELD_TABLE`` with ``WELD_SPREAD``: porosity's low, static echoes
    from rounded pores that the radiograph shows, clustered ones longer and ragged; slag's ragged, middling echoes
    in manual welds; lack of sidewall fusion's strong, directional echo on the bevel's face at its angle; inter-run
    lack of fusion lying flat between runs; incomplete root penetration long and at the root; cracks' sharp,
    ragged, directional echoes that the radiograph misses, transverse ones answering the transverse scan). But
    slag trapped on an unfused face sits on the bevel, a fifth of the longitudinal cracks are root cracks, the
    echo's amplitude depends on the flaw's orientation to the beam, and the sizes scatter with the probe and the
    inspector. So the flaw types that inspectors confuse meet (``WELD_NEIGHBOURS``). Columns: amplitude (dB to DAC),
    length (mm), height (mm), depth (share of the wall), offset from the centreline (mm), tilt (degrees), the two
    angles' difference (dB), radiographic contrast, radiographic width (mm), wall thickness (mm), ragged echo, two
    tips, transverse scan answer, SMAW weld, radiographed, radiographic indication (flags; the radiograph's three
    columns 0 where the weld was not radiographed) (16). Imbalanced: 320 / 220 / 340 / 300
    / 240 / 280 / 240 / 200 rows (2,140)."""
    rng = np.random.default_rng(38407)
    y = rng.permutation(np.repeat(np.arange(len(WELD_FLAWS)), WELD_ROWS))
    n = len(y)
    log = list(WELD_LOG)
    table = WELD_TABLE[:, :10].copy()
    table[:, log] = np.log(table[:, log])
    mean = table[y]
    # slag trapped on an unfused sidewall; root cracks among the longitudinal cracks
    sidewall = (y == 2) & (rng.random(n) < 0.25)
    mean = np.where(sidewall[:, None], 0.6 * table[2] + 0.4 * table[3], mean)
    root = (y == 6) & (rng.random(n) < 0.2)
    mean = np.where(root[:, None], 0.5 * table[6] + 0.5 * table[5], mean)
    v = mean + rng.normal(0, 1, mean.shape) * WELD_SPREAD
    v[:, log] = np.exp(v[:, log])
    amplitude, length, height, depth, offset, tilt, difference, contrast, width, thickness = v.T
    tilt = np.clip(tilt, 0, 90)
    amplitude = amplitude - 0.08 * np.abs(tilt - WELD_TABLE[y, 5])  # the flaw's face away from the beam
    ragged, tips, transverse, smaw, radiograph = (rng.random((5, n)) < WELD_TABLE[y, 10:].T)
    thickness = np.clip(thickness, 6, 80)
    # half the welds are radiographed too (the others by ultrasound alone: no film, no radiographic reading) (added
    # in the one change after the first measure)
    filmed = rng.random(n) < 0.5
    contrast, width, radiograph = (np.where(filmed, a, 0) for a in (np.clip(contrast, 0, 1), np.clip(width, 0.1, 20),
                                                                       radiograph))
    x = np.column_stack([np.round(amplitude, 1), np.round(np.clip(length, 1, 300)),
                         np.round(np.minimum(np.clip(height, 0.5, 20), thickness), 1),
                         np.round(np.clip(depth, 0, 1), 2),
                         np.round(np.abs(offset), 1), np.round(tilt), np.round(difference, 1),
                         np.round(contrast, 2), np.round(width, 1), np.round(thickness), ragged, tips, transverse,
                         smaw, filmed, radiograph])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND38`` lists them
GENERATORS = {"hardness5": hardness5, "hail7": hail7, "dementia8": dementia8, "weld8": weld8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND38_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "hardness5": (2140, 14, HARDNESS_ROWS),
    "hail7": (2140, 16, HAIL_ROWS),
    "dementia8": (2140, 20, DEMENTIA_ROWS),
    "weld8": (2140, 16, WELD_ROWS),
}
ROUND38 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("hardness5", "hail7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"hardness5": HARDNESS_NEIGHBOURS, "hail7": HAIL_NEIGHBOURS, "dementia8": DEMENTIA_NEIGHBOURS,
              "weld8": WELD_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
