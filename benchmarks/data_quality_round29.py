"""Round 29's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
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
fibres, concrete strength classes, coffee roast degrees, football positions, groundwater facies, pig carcass
classes, refractive error classes, cheeses or PV string faults): the per-row summaries a practitioner reads from
four other fields. As in rounds 21-28, the two graded sets simulate a pool of cases, label every case the way its
field does (a reference measurement against the field's table of limits) and keep a fixed number of each class
(``_keep``); the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes
(``ORDERED``): the sampling points of an irrigation district's salinity survey in FAO's 6 salinity classes
(salt-free .. extremely saline), labelled by the laboratory's ECe of the topsoil's saturated paste extract and
described by the EM38 traverse (both dipoles), the field probes, the EC 1:5 of a split of the sample, the water
table, the waters and the crop; and German Riesling wines of four regions in 6 levels (Qualitaetswein, Kabinett ..
Trockenbeerenauslese), labelled by the must weight recorded at the harvest against the region's minimums and
described by the official quality test's analysis of the bottled wine and the estate's records. Two have
UNORDERED classes: a thyroid clinic's new referrals in 8 final diagnoses (euthyroid, subclinical and overt
hypothyroidism, Graves' disease, toxic multinodular goitre, toxic adenoma, painless and subacute thyroiditis) from
the first visit's laboratory, ultrasound and history; and maize fields sent to a diagnostic laboratory in 8
findings (no nutrient deficiency, N, P, K, Mg, S, Zn, Mn: the fertiliser strip that answered) from the soil test,
the tissue test and the agronomist's notes. ``NEIGHBOURS`` names each set's neighbour map (``SALINITY_NEIGHBOURS``,
``PRAEDIKAT_NEIGHBOURS``, ``THYROID_NEIGHBOURS``, ``DEFICIENCY_NEIGHBOURS``; written from the fields' documents
and committed before any generator ran, no pair added after). Each generator is deterministic (its own fixed seed)
and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads
them by name (``load(name, seed)``, ``--sets salinity6,praedikat6,thyroid8,deficiency8``, ``--data round29``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round28.py`` and
``tests/test_data_quality_round28.py`` (as the model; round 28's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the first 900 characters of ``benchmarks/data_quality_round5.py`` ..
``data_quality_round27.py`` (their domains) and, by grep, the signatures of round 5's helpers (``ordinal_neighbours``,
``sigmoid``, ``main``); the lines of ``benchmarks/data_quality_actions.py`` that register round 28 (its import,
``ROUNDS`` and the ``--data`` help) with the few lines around them that ``git show`` of round 28's registration
gives as context; and the first 110 lines of ``tests/test_architecture.py``. Public pages were searched for the
fields' tables: FAO's and the USDA's salinity classes (the CRAN package soilassessment's FAO 2006 limits, the
Canadian soil salinity ratings), the EM38's calibration against ECe (McKenzie et al. 1989, Corwin and Rhoades,
Heil and Schmidhalter's review); the German Praedikat minimum must weights (Weinverordnung Anlage 1 as quoted by
wine glossaries, Wuerttemberg's table, the Mosel's and the Rheingau's Riesling minimums); the FT3 / FT4 ratio,
TRAb and Doppler in Graves' disease against thyroiditis (PMC articles); maize's nutrient sufficiency ranges and
deficiency symptoms (extension pages: Idaho, Bayer, the PPI's "Essential Elements in Corn"). The helpers imported
from round 5 (``main``, ``ordinal_neighbours``, ``sigmoid``) are used as round 28 uses them (``main`` was not
run). No detector or filter ran on these sets, and the benchmark did not; the difficulty below and the tests'
baseline were computed with sklearn directly (``tests/round_checks.py``; ``tests/heldout_sets.py`` not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set          rows   classes (rows each)                                MLP train / test %, seed 0 | 1   10-NN error %
salinity6    2,140  6 (300 / 420 / 460 / 400 / 320 / 240), ordered    76.8 / 70.3 | 82.2 / 75.3        45.1
praedikat6   2,140  6 (460 / 480 / 460 / 380 / 220 / 140), ordered    80.6 / 73.8 | 82.6 / 79.8        37.8
thyroid8     2,140  8 (380 / 320 / 300 / 340 / 240 / 140 / 240 / 180)  85.7 / 81.7 | 89.7 / 86.0        25.2
deficiency8  2,140  8 (380 / 400 / 260 / 300 / 180 / 220 / 240 / 160)  94.8 / 87.3 | 95.1 / 90.7        16.1

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round29.py``, with sklearn; no detector code). salinity6's baseline errs more than
earlier rounds' graded sets (45 %, the MLP 70-75 %): its conductivities span a twentyfold range on linear scales
(as the instruments report them), so the scaled neighbours hardly tell the lower classes apart (a gradient
boosting model, ``HistGradientBoostingClassifier``, reaches 82 % in the same folds). While writing it the author
tuned the survey's noise towards a calibration point's (one EM38 footprint, the EC 1:5 of a split of the same
sample) and cut the columns that carry no salt (the crop's three flags and drip irrigation became one tolerance
class); the baseline stayed above 44 %. 90 % of its errors fall between adjacent classes
(``SALINITY_NEIGHBOURS``; 0.6 % more than two apart), 36 % reading a saltier class; moderately and strongly
saline err most (54 % and 53 %), extremely saline least (22 %). A gypsiferous soil is never salt-free, and its EC 1:5
reads 1.5-2 mS/cm from slightly to strongly saline (the others' 0.15-0.6); a water table within 1.5 m lies under 1 %
of the salt-free points and 73 % of the extremely saline ones, and within 1.2 m the vertical dipole reads less than
the horizontal from strongly saline on (the salt on top). In
praedikat6 the baseline errs on 38 %, 88 % of them between adjacent levels (``PRAEDIKAT_NEIGHBOURS``; 0.9 % more
than two apart): Kabinett with Spaetlese 29 % of them, Qualitaetswein with Kabinett 24 %, Spaetlese with Auslese
22 %; outside the chain, an enriched Qualitaetswein read as a Spaetlese (8 %: its sugar reads as ripeness).
Spaetlese errs most (53 %), Beerenauslese least (21 %). Only 21 % of the Kabinetts are from the Mosel, whose
Kabinett window is 70-76 degrees, against 38-39 % of the Qualitaetsweine, Spaetlesen and Auslesen. thyroid8 errs on
25 %, 79 % of its errors between diagnoses whose first visits look alike (``THYROID_NEIGHBOURS``): euthyroid with
subclinical hypothyroidism 30 % of them, subclinical with overt 18 %, euthyroid with painless thyroiditis 8 %;
subclinical hypothyroidism and painless thyroiditis err most (44 % and 43 %), Graves' disease least (6 %). The map
is incomplete: a euthyroid patient with a nodule and a toxic adenoma (4 % of the errors: a mildly toxic single
nodule whose TSH is still near the range), a euthyroid patient and a subacute thyroiditis (3 %: the recovered
phase, little pain), euthyroid and overt hypothyroidism (3 %) and toxic adenoma with painless thyroiditis or
Graves' disease (3 % each) fall outside it. deficiency8 errs on 16 %, 66 % of its errors between findings whose
symptoms and tests meet (``DEFICIENCY_NEIGHBOURS``): no deficiency with phosphorus 27 % of them, with potassium 17 %,
with nitrogen 10 %, nitrogen with sulfur 11 %. The map is incomplete too: a mild deficiency of any nutrient passes
for none (manganese 4 %, magnesium 4 %, sulfur 4 %, zinc 3 % of the errors: hidden hunger), and nitrogen with
potassium (6 %: both on the older leaves, nitrogen's tip yellowing taken for potassium's scorch); no deficiency
errs most (29 %), zinc least (5 %). The MLP misfits 5-23 % of its clean training rows (salinity6's and praedikat6's
most): hard clean rows that a detector must not flag.
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
    drawn without replacement and listed class by class: each round-29 graded set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- salinity6: soil salinity classes
#: the salinity classes of ``salinity6`` (FAO's guidelines for soil description, by the saturated paste extract's
#: electrical conductivity ECe), least saline first, and their rows
SALINITY_CLASSES = ("salt-free (ECe < 0.75 dS/m)", "slightly saline (0.75-2)", "moderately saline (2-4)",
                    "strongly saline (4-8)", "very strongly saline (8-15)", "extremely saline (>= 15)")
SALINITY_ROWS = (300, 420, 460, 400, 320, 240)
#: the class below and above each class
SALINITY_NEIGHBOURS = ordinal_neighbours(len(SALINITY_CLASSES))
#: FAO's least ECe (dS/m) of the slightly .. extremely saline classes
SALINITY_LIMITS = (0.75, 2.0, 4.0, 8.0, 15.0)
#: the crops of the district: share of the fields, their salt tolerance by Maas and Hoffman (the ECe, dS/m,
#: where the yield starts to fall, and the loss per dS/m above it, %) and their tolerance class (FAO 29: 2
#: moderately sensitive, 3 moderately tolerant, 4 tolerant): cotton, wheat, maize and alfalfa
SALINITY_CROPS = np.array([
    # share threshold slope class
    [0.30, 7.7, 5.2, 4.0],  # cotton
    [0.30, 6.0, 7.1, 3.0],  # wheat
    [0.22, 1.7, 12.0, 2.0],  # maize
    [0.18, 2.0, 7.3, 2.0],  # alfalfa
])


# --------------------------------------------------------------------------- praedikat6: German wine Praedikat
#: the levels of ``praedikat6`` (German Riesling by its must weight at harvest against the region's minimums),
#: least ripe first, and their rows: Qualitaetswein (below Kabinett's minimum), Kabinett, Spaetlese, Auslese,
#: Beerenauslese and Trockenbeerenauslese (Eiswein, a frozen harvest rather than a ripeness, is left out)
PRAEDIKATS = ("Qualitaetswein", "Kabinett", "Spaetlese", "Auslese", "Beerenauslese", "Trockenbeerenauslese")
PRAEDIKAT_ROWS = (460, 480, 460, 380, 220, 140)
#: the level below and above each level
PRAEDIKAT_NEIGHBOURS = ordinal_neighbours(len(PRAEDIKATS))
#: the regions: share of the lots, the vintage's warmth offset (degree days), and Riesling's minimum must weight
#: (degrees Oechsle) of Kabinett, Spaetlese, Auslese, Beerenauslese and Trockenbeerenauslese
PRAEDIKAT_REGIONS = np.array([
    # share warmth Kab  Spaet Ausl  BA     TBA
    [0.35, -80.0, 70.0, 76.0, 83.0, 110.0, 150.0],  # Mosel
    [0.20, 0.0, 73.0, 85.0, 95.0, 125.0, 150.0],  # Rheingau
    [0.30, 100.0, 73.0, 85.0, 92.0, 120.0, 150.0],  # Pfalz
    [0.15, 50.0, 73.0, 85.0, 95.0, 124.0, 150.0],  # Wuerttemberg
])


# --------------------------------------------------------------------------- thyroid8: thyroid disorders
#: the final diagnoses of ``thyroid8`` (a thyroid clinic's new referrals), in label order, and their rows
THYROID_DIAGNOSES = ("euthyroid", "subclinical hypothyroidism", "overt hypothyroidism (Hashimoto)",
                     "Graves' disease", "toxic multinodular goitre", "toxic adenoma",
                     "painless (silent or postpartum) thyroiditis", "subacute (de Quervain) thyroiditis")
THYROID_ROWS = (380, 320, 300, 340, 240, 140, 240, 180)
#: the diagnoses whose first visit looks alike (symmetric), as the clinics' differential diagnosis documents
#: them: a TSH near the upper limit (euthyroid, subclinical) and an FT4 near the lower limit (subclinical, overt);
#: a euthyroid nodular goitre and a mildly toxic one; Graves' disease and a toxic nodular goitre in an older
#: patient with nodules; one or several autonomous nodules; the painless thyroiditis's three phases (thyrotoxic
#: like Graves' disease, hypothyroid like the hypothyroidisms, recovered like a euthyroid patient) and its likeness
#: to subacute thyroiditis; a subacute thyroiditis with little pain and Graves' disease (thyrotoxic, tender)
THYROID_NEIGHBOURS = {0: (1, 4, 6), 1: (0, 2, 6), 2: (1, 6), 3: (4, 6, 7), 4: (0, 3, 5), 5: (4,),
                      6: (0, 1, 2, 3, 7), 7: (3, 6)}
#: the laboratory's reference intervals: TSH (mU/L), FT4 and FT3 (pmol/L); TPO antibodies positive from 35 IU/mL,
#: TSH receptor antibodies from 1.75 IU/L
THYROID_REFERENCE = {"tsh": (0.4, 4.0), "ft4": (12.0, 22.0), "ft3": (3.1, 6.8), "tpo": 35.0, "trab": 1.75}


# --------------------------------------------------------------------------- deficiency8: maize nutrient deficiency
#: the findings of ``deficiency8`` (maize fields sent to a diagnostic laboratory with a growth problem: the
#: nutrient whose fertiliser strip answered, or none), in label order, and their rows
DEFICIENCIES = ("no nutrient deficiency", "nitrogen", "phosphorus", "potassium", "magnesium", "sulfur", "zinc",
                "manganese")
DEFICIENCY_ROWS = (380, 400, 260, 300, 180, 220, 240, 160)
#: the findings whose symptoms and tissue tests meet (symmetric), as the extension guides document them: cold,
#: compaction, drought and herbicides mimic nitrogen, phosphorus and potassium deficiency; sulfur's chlorosis is
#: taken for nitrogen's; phosphorus and zinc (high phosphorus induces zinc deficiency, both in cold young crops);
#: potassium and magnesium (the older leaves; potassium fertiliser induces magnesium deficiency); magnesium's,
#: manganese's and zinc's interveinal chlorosis
DEFICIENCY_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 5), 2: (0, 6), 3: (0, 4), 4: (3, 7), 5: (1,), 6: (2, 7), 7: (4, 6)}
#: the maize ear leaf's sufficiency ranges at silking (low, high): N, P, K, Mg, S (%), Zn and Mn (mg/kg)
DEFICIENCY_SUFFICIENCY = {"n": (2.7, 3.5), "p": (0.25, 0.45), "k": (1.7, 2.5), "mg": (0.15, 0.45), "s": (0.15, 0.5),
                          "zn": (20.0, 70.0), "mn": (20.0, 150.0)}


def _em38(layers, vertical):
    """The EM38's reading of three soil layers' bulk conductivities (``layers``: rows x 3, for 0-0.3 m, 0.3-0.9 m
    and below 0.9 m) by McNeill's cumulative response at 1 m coil spacing: the horizontal dipole weighs the top
    layer most, the vertical dipole the subsoil."""
    depth = np.array([0.0, 0.3, 0.9])
    cumulative = 1 / np.sqrt(4 * depth ** 2 + 1) if vertical else np.sqrt(4 * depth ** 2 + 1) - 2 * depth
    weights = np.append(-np.diff(cumulative), cumulative[-1])
    return layers @ weights


def salinity6():
    """Sampling points of an irrigation district's salinity survey in the 6 salinity classes of FAO's guidelines
    (``SALINITY_CLASSES``: salt-free .. extremely saline), labelled by the laboratory's ECe of the 0-30 cm sample's
    saturated paste extract (against ``SALINITY_LIMITS``), as the survey's EM38 traverse, its field probes and the
    district's records describe each point. The salt comes with the irrigation water (canal water fresh, well
    water brackish), concentrated by the crop's use of water where the leaching is poor (fine soils, no drains),
    and rises from a shallow saline water table as the topsoil dries between irrigations (capillary rise: salt
    at the surface, a crust); leaching under good drainage puts more salt in the subsoil than on top, the
    capillary rise less; some soils hold gypsum, whose dissolving adds 1.5-2 dS/m to the extract. The EM38 reads
    the bulk conductivity of the whole profile (three layers, McNeill's depth response: ``_em38``), which holds the
    soil water's salt (the extract's ECe concentrated to the field water content), the clay's surface conductance
    and the soil's temperature (uncorrected readings); the sampler's EC 1:5 of a split of the sample converts to
    ECe by a factor that grows as the texture coarsens and moves with the salts' make-up (and gypsum overstates
    it); the crop's vigour (NDVI) falls above its tolerance (``SALINITY_CROPS``, Maas and
    Hoffman), and farmers put the tolerant crops on the saltier fields. So neighbouring classes meet
    (``SALINITY_NEIGHBOURS``). Columns: EM38 horizontal and vertical dipole (mS/m), soil temperature (deg C), the
    probe's water content (% by volume), clay (%), EC 1:5 (uS/cm), gypsum (flag), water table depth (m), the
    groundwater's and the irrigation water's EC (dS/m), days since irrigation, NDVI, salt crust seen (flag)
    and the crop's salt tolerance class (FAO 29: 2 maize or alfalfa, 3 wheat, 4 cotton) (14). Imbalanced:
    300 / 420 / 460 / 400 / 320 / 240 rows (2,140)."""
    rng = np.random.default_rng(29101)
    n = 200000
    clay = np.clip(rng.beta(2, 3.2, n) * 70 + 3, 3, 70)
    saturation = 18 + 0.75 * clay + rng.normal(0, 2, n)  # the saturation percentage (g water / 100 g soil)
    bulk = 1.55 - 0.005 * clay  # bulk density (g/cm3)
    table = np.exp(rng.normal(np.log(2.2), 0.55, n)).clip(0.4, 8)  # depth to the water table (m)
    groundwater = np.exp(rng.normal(np.log(6), 0.6, n))
    well = rng.random(n) < 0.35
    water = np.where(well, np.exp(rng.normal(np.log(2.0), 0.35, n)), np.exp(rng.normal(np.log(0.6), 0.3, n)))
    drained = rng.random(n) < 0.3
    gypsum = rng.random(n) < 0.2
    # leaching fraction: coarse and drained soils leach; the root zone's salt is the water's, concentrated
    leaching = np.clip(sigmoid(-1.6 + 0.04 * (40 - clay) + 1.0 * drained + rng.normal(0, 0.6, n)), 0.04,
                       0.6)
    rootzone = water * (1 + 1 / leaching) / 2
    rise = groundwater * 1.4 * np.exp(-(table - 0.6) / 0.7) * (1 - 0.5 * drained)  # capillary rise's salt
    days = rng.integers(1, 35, n)
    dried = 1 - np.exp(-days / 10)
    field = np.exp(rng.normal(0, 0.2, n))  # the point's own salt (salinity varies within metres)
    topsoil = (0.7 * rootzone + rise * (0.5 + dried)) * field + 1.7 * gypsum * rng.uniform(0.8, 1.1, n)
    subsoil = (1.3 * rootzone + 0.8 * rise) * np.exp(rng.normal(0, 0.2, n)) + 1.7 * gypsum
    deep = np.where(table < 1.5, 0.7 * groundwater, 1.1 * subsoil) * np.exp(rng.normal(0, 0.25, n))
    reference = topsoil * np.exp(rng.normal(0, 0.05, n))  # the laboratory's saturated paste extract
    label = (reference[:, None] >= np.array(SALINITY_LIMITS)).sum(1)
    # farmers put the tolerant crops where the salt is: cotton and wheat on the saltier fields
    score = np.log(rootzone + rise)[:, None] * np.array([1.0, 0.6, -0.8, -0.4]) + np.log(SALINITY_CROPS[:, 0])
    crop = (score + rng.gumbel(size=(n, 4))).argmax(1)
    keep = _keep(rng, label, SALINITY_ROWS)
    y = label[keep]
    clay, saturation, bulk, table, groundwater, water, gypsum, days, dried, topsoil, subsoil, deep, crop = (
        a[keep] for a in (clay, saturation, bulk, table, groundwater, water, gypsum, days, dried, topsoil,
                          subsoil, deep, crop))
    n = len(y)
    # the field water content (volume): from near field capacity after irrigation down towards wilting
    capacity = 0.12 + 0.0045 * clay
    wilting = 0.03 + 0.0035 * clay
    theta = wilting + (capacity - wilting) * (1 - 0.8 * dried) * rng.uniform(0.85, 1.1, n)
    held = saturation / 100 * bulk  # the saturated paste's water by volume
    surface = 0.004 * clay  # the clay's surface conductance (dS/m)

    def bulk_ec(ece, wet):
        return ece * held / wet * wet ** 2 * 1.3 + surface  # the soil water's salt, Archie's exponent 2

    layers = np.column_stack([bulk_ec(topsoil, theta), bulk_ec(subsoil, theta + 0.03), bulk_ec(deep, theta + 0.06)])
    temp = rng.uniform(12, 34, n)
    warm = 1 + 0.019 * (temp - 25)  # the readings are not temperature corrected
    horizontal = 100 * _em38(layers, False) * warm * rng.lognormal(0, 0.05, n)
    vertical = 100 * _em38(layers, True) * warm * rng.lognormal(0, 0.05, n)
    ecw = topsoil * held / theta
    probe = 100 * theta + 0.6 * ecw * 0.1 + rng.normal(0, 2.0, n)  # a dielectric probe reads saline soil wetter
    factor = (500 / saturation) ** 0.85  # EC 1:5 to ECe: the dilution, by the texture
    ec15 = ((topsoil - 1.7 * gypsum) * np.exp(rng.normal(0, 0.12, n)) / factor + 1.5 * gypsum
            ) * rng.lognormal(0, 0.05, n)  # the salts' make-up moves the factor; gypsum dissolves in the 1:5 water
    threshold, slope, tolerance = SALINITY_CROPS[crop, 1:].T
    relative = np.clip(1 - slope / 100 * np.clip((topsoil + subsoil) / 2 - threshold, 0, None), 0.05, 1)
    ndvi = np.clip(0.15 + 0.65 * relative * rng.uniform(0.75, 1.0, n) + rng.normal(0, 0.04, n), 0.05, 0.92)
    crust = rng.random(n) < sigmoid(2.5 * (np.log(topsoil) - np.log(14)) + 1.5 * (dried - 0.5))
    x = np.column_stack([np.round(horizontal), np.round(vertical), np.round(temp, 1), np.round(probe, 1),
                         np.round(clay), np.round(1000 * ec15), gypsum, np.round(table * rng.lognormal(0, 0.1, n), 1),
                         np.round(groundwater * rng.lognormal(0, 0.1, n), 1), np.round(water, 2), days,
                         np.round(ndvi, 2), crust, tolerance])
    return x.astype(np.float32), y


def potential_alcohol(oechsle):
    """The potential alcohol (% vol) of a must of ``oechsle`` degrees by the German wine regulation's table
    (60 degrees 7.5 % vol, 70 9.1, 84 11.3): about 0.158 % vol a degree."""
    return 0.158 * np.asarray(oechsle) - 2.0


def praedikat6():
    """German Riesling wines of four regions in 6 levels (``PRAEDIKATS``: Qualitaetswein, Kabinett, Spaetlese,
    Auslese, Beerenauslese, Trockenbeerenauslese), labelled by the must weight recorded at the harvest (degrees
    Oechsle) against the region's minimums (``PRAEDIKAT_REGIONS``), as the official quality test's analysis of
    the bottled wine and the estate's records describe each wine. A lot's must weight follows the vintage's
    warmth, the site, the yield and the picking date (later picks riper); selective picking of ripe bunches,
    of nobly rotten berries and of shrivelled berries concentrates it (and brings botrytis: gluconic acid,
    glycerol, volatile acidity, extract and the sulfur dioxide the sugar and the rot bind); acidity falls with
    ripeness and warmth (highest on the Mosel) and rises with the concentration, and a cellar deacidifies
    a sour vintage. The analysis reads the must weight back as the total alcohol (the alcohol and the residual
    sugar's potential alcohol), but a Qualitaetswein may be enriched with sugar (towards the cellar's target
    alcohol, up to 3 % vol: it then reads riper), the yeast's yield varies, dry wines ferment out while sweet ones
    stop (or are sweetened with grape must, which dilutes the alcohol), and Beerenauslese and Trockenbeerenauslese
    stop early in their own sugar.
    The minimums differ by region (a Mosel Auslese needs the must of a Rheingau Spaetlese). So neighbouring levels
    meet (``PRAEDIKAT_NEIGHBOURS``). Columns: alcohol (% vol), residual sugar, total acidity (g/L), pH, glycerol,
    gluconic acid, volatile acidity and sugar-free extract (g/L), total sulfur dioxide (mg/L), the vintage's
    degree days (Apr-Oct, base 10 deg C), the picking date (days after the region's main harvest began), yield
    (hl/ha), Mosel, Rheingau and Pfalz (flags; Wuerttemberg none) (15). Imbalanced: 460 / 480 / 460 / 380 / 220 /
    140 rows (2,140)."""
    rng = np.random.default_rng(29203)
    n = 300000
    region = rng.choice(len(PRAEDIKAT_REGIONS), n, p=PRAEDIKAT_REGIONS[:, 0])
    warmth = PRAEDIKAT_REGIONS[region, 1]
    minimums = PRAEDIKAT_REGIONS[region, 2:]
    vintage = rng.integers(0, 24, n)  # the vintage: its warmth and its autumn's rain (botrytis) are shared
    vintage_warm = np.random.default_rng(29204).normal(0, 140, 24)
    vintage_wet = np.random.default_rng(29205).uniform(0, 1, 24)
    degree_days = 1330 + warmth + vintage_warm[vintage] + rng.normal(0, 30, n)
    site = rng.normal(0, 1, n)  # the site's exposure (a steep south slope)
    yield_ = np.exp(rng.normal(np.log(75), 0.25, n) - 0.08 * site).clip(20, 140)
    # the picking: a normal pick, or a later and selective one (ripe bunches, rotten berries, shrivelled berries)
    pick = rng.choice(4, n, p=[0.55, 0.3, 0.11, 0.04])
    days = np.clip(np.where(pick == 0, rng.uniform(0, 18, n), rng.uniform(8, 45, n)) + 6 * (pick >= 2), 0, 60)
    base = (66 + 0.055 * (degree_days - 1330) + 5 * site - 0.15 * (yield_ - 75) + 0.35 * days
            + rng.normal(0, 4, n))
    rot_pressure = vintage_wet[vintage] * (0.6 + 0.4 * (region < 2))  # river valleys' autumn mists
    concentration = np.choose(pick, [np.ones(n), rng.uniform(1.03, 1.15, n), rng.uniform(1.3, 1.55, n),
                                     rng.uniform(1.7, 2.2, n)])
    # a selective pick needs rot: without it the berries are only riper
    concentration = 1 + (concentration - 1) * np.where(pick >= 2, 0.4 + 0.6 * rot_pressure, 1)
    must = base * concentration
    botrytis = np.clip(np.choose(pick, [0.08 * rot_pressure, 0.2 + 0.3 * rot_pressure, 0.6 + 0.3 * rot_pressure,
                                        np.full(n, 0.95)]) * rng.uniform(0.5, 1.2, n), 0, 1)
    label = np.where(must >= 52, (must[:, None] >= minimums).sum(1), -1)  # below 52 degrees: no quality wine
    keep = _keep(rng, label, PRAEDIKAT_ROWS)
    y = label[keep]
    region, degree_days, yield_, days, must, concentration, botrytis, site = (a[keep] for a in (
        region, degree_days, yield_, days, must, concentration, botrytis, site))
    n = len(y)
    sugar = 16.83 * potential_alcohol(must)  # g/L
    # a Qualitaetswein's enrichment with sucrose towards the cellar's target alcohol, at most 3 % vol
    enriched = (y == 0) & (rng.random(n) < 0.75)
    sugar = sugar + enriched * 16.83 * np.clip(rng.uniform(10.5, 12.3, n) - potential_alcohol(must), 0.5, 3.0)
    noble = y >= 4  # Beerenauslese and Trockenbeerenauslese: the yeast stops early in the sugar
    dry = ~noble & (rng.random(n) < np.choose(np.minimum(y, 3), [0.65, 0.5, 0.4, 0.15]))
    yield_factor = rng.normal(1, 0.03, n)  # the yeast's yield of alcohol (glycerol, temperature, strain)
    target = np.where(noble, rng.uniform(5.5, 10, n), rng.uniform(7.5, 11, n))  # a stopped fermentation's alcohol
    alcohol = np.where(dry, np.minimum(sugar / 16.83 - rng.uniform(0.1, 0.5, n), 15.0), np.minimum(
        target, sugar / 16.83 - 1)) * yield_factor
    residual = np.clip(sugar - alcohol / yield_factor * 16.83, 1, None)
    reserve = ~dry & ~noble & (rng.random(n) < 0.45)  # sweetened with grape must after a dry fermentation
    share = rng.uniform(0.05, 0.15, n)
    dry_alcohol = np.minimum(sugar / 16.83 - 0.3, 15.0) * yield_factor
    alcohol = np.where(reserve, (1 - share) * dry_alcohol, alcohol)
    residual = np.where(reserve, (1 - share) * 3 + share * 16.83 * potential_alcohol(rng.uniform(70, 90, n)),
                        residual)
    acid = ((9.5 - 0.005 * (degree_days - 1330) - 0.035 * (must / concentration - 80) + 1.2 * (region == 0))
            * concentration ** 0.7 + rng.normal(0, 0.6, n))
    deacidified = (acid > 9.5) & (rng.random(n) < 0.5)
    acid = np.where(deacidified, acid - rng.uniform(1, 3, n), acid) - 0.8  # tartrate falls out in the wine
    ph = 3.2 - 0.06 * (acid - 7.5) + 0.12 * deacidified + rng.normal(0, 0.06, n)
    rot = botrytis * concentration
    glycerol = 0.075 * alcohol * 7.89 + 6 * rot * rng.uniform(0.6, 1.4, n) + rng.normal(0, 0.5, n)
    gluconic = (0.1 + 2.2 * rot ** 1.5) * rng.lognormal(0, 0.4, n)
    volatile = (0.3 + 0.25 * rot + 0.002 * residual) * rng.lognormal(0, 0.2, n)
    extract = 17 + 0.1 * (must - 80) + 5 * rot + 0.5 * acid + rng.normal(0, 1.8, n)
    so2 = (85 + 0.45 * residual + 60 * rot) * rng.lognormal(0, 0.15, n)
    x = np.column_stack([np.round(alcohol + rng.normal(0, 0.05, n), 1), np.round(residual * rng.normal(1, 0.02, n),
                                                                                 1),
                         np.round(acid, 1), np.round(ph, 2), np.round(glycerol, 1), np.round(gluconic, 2),
                         np.round(volatile, 2), np.round(extract, 1), np.round(so2), np.round(degree_days),
                         np.round(days), np.round(yield_), region == 0, region == 1, region == 2])
    return x.astype(np.float32), y


#: per diagnosis: age (mean, spread), women's share, postpartum share (of the women under 45), neck pain, TPO
#: antibodies positive, TSH receptor antibodies positive, orbitopathy, the thyrotoxic, hypothyroid and recovered
#: phases' shares at the first visit (a thyroiditis' three phases; a hypothyroidism is hypothyroid, a toxic gland
#: thyrotoxic), the gland's volume (median mL), nodules (mean count; a toxic adenoma's one more), the Doppler's
#: vascularity (mean score 0-3) and CRP (median mg/L)
THYROID_TABLE = np.array([
    # age  sd   women pp    pain  tpo   trab  eyes  toxic hypo  rec   vol   nod   dop  crp
    [46.0, 15.0, 0.75, 0.03, 0.04, 0.12, 0.01, 0.003, 0.0, 0.0, 1.0, 15.0, 0.5, 0.5, 2.0],  # euthyroid
    [55.0, 15.0, 0.80, 0.04, 0.03, 0.55, 0.01, 0.003, 0.0, 1.0, 0.0, 15.0, 0.4, 0.8, 2.0],  # subclinical hypo
    [52.0, 15.0, 0.85, 0.05, 0.03, 0.90, 0.03, 0.01, 0.0, 1.0, 0.0, 14.0, 0.3, 1.0, 2.0],  # overt hypo
    [41.0, 13.0, 0.82, 0.06, 0.03, 0.75, 0.93, 0.25, 1.0, 0.0, 0.0, 28.0, 0.3, 2.4, 2.0],  # Graves
    [66.0, 10.0, 0.80, 0.00, 0.03, 0.15, 0.04, 0.003, 1.0, 0.0, 0.0, 45.0, 4.0, 1.3, 2.0],  # toxic MNG
    [50.0, 14.0, 0.80, 0.02, 0.03, 0.12, 0.02, 0.003, 1.0, 0.0, 0.0, 22.0, 0.3, 1.5, 2.0],  # toxic adenoma
    [36.0, 11.0, 0.90, 0.50, 0.05, 0.80, 0.03, 0.01, 0.55, 0.30, 0.15, 18.0, 0.2, 0.5, 3.0],  # painless
    [45.0, 10.0, 0.75, 0.03, 0.90, 0.20, 0.02, 0.003, 0.75, 0.15, 0.10, 22.0, 0.2, 0.3, 35.0],  # subacute
])


def thyroid8():
    """New referrals of a thyroid clinic in 8 final diagnoses (``THYROID_DIAGNOSES``: euthyroid, subclinical and
    overt hypothyroidism, Graves' disease, toxic multinodular goitre, toxic adenoma, painless and subacute
    thyroiditis), labelled by the endocrinologist's diagnosis after the work-up and the follow-up (scintigraphy,
    the course over months), as the first visit's laboratory, ultrasound and history describe each patient.
    Each diagnosis (``THYROID_TABLE``) sets the patient (age, sex, postpartum), the hormones' state (a toxic gland
    thyrotoxic, a failing gland hypothyroid, a thyroiditis thyrotoxic, hypothyroid or recovered by its phase at
    the visit), the antibodies, the gland (volume, nodules, vascularity) and the inflammation. The pituitary
    answers the free T4 log-linearly (TSH falls about a hundredfold as FT4 doubles), around each person's own
    set point; Graves' disease and autonomous nodules make relatively more T3 (a high FT3 / FT4 ratio), a
    thyroiditis releases the stored, T4-rich hormone; the heart rate and the weight follow the hormones. The
    assays have their spread (TSH 8 %, FT4 7 %, FT3 8 %), a few Graves' patients are antibody negative and a few
    others carry low positive antibodies, a euthyroid nodular goitre looks like a mildly toxic one, and an
    ultrasound's volume is read within about 15 %. So the diagnoses whose first visits look alike meet
    (``THYROID_NEIGHBOURS``). Columns: age (years), woman, postpartum (within a year) and neck pain (flags), heart
    rate (/min), weight change over 3 months (kg), orbitopathy (flag), TSH (mU/L), FT4 and FT3 (pmol/L), TPO
    antibodies (IU/mL), TSH receptor antibodies (IU/L), CRP (mg/L), thyroid volume (mL), nodules over 1 cm and
    Doppler vascularity (0-3) (16). Imbalanced: 380 / 320 / 300 / 340 / 240 / 140 / 240 / 180 rows (2,140)."""
    rng = np.random.default_rng(29307)
    y = rng.permutation(np.repeat(np.arange(len(THYROID_DIAGNOSES)), THYROID_ROWS))
    n = len(y)
    age_mean, age_sd, women, postpartum, pain, tpo, trab, eyes, toxic, hypo, _, volume, nodules, doppler, crp = (
        THYROID_TABLE[y].T)
    age = np.clip(rng.normal(age_mean, age_sd), 16, 90)
    woman = rng.random(n) < women
    postpartum = woman & (age < 45) & (rng.random(n) < postpartum)
    age = np.where(postpartum, np.clip(age, 19, 42), age)
    phase = (rng.random(n)[:, None] > np.cumsum(np.column_stack([toxic, hypo]), 1)).sum(1)  # toxic, hypo, rest
    setpoint = rng.normal(0, 0.09, n)  # each person's own FT4 and TSH set point (log)
    ft4 = 16 * np.exp(setpoint)
    severity = np.exp(rng.normal(0, 0.3, n))
    excess = np.choose(y, [0, 0, 0, 0.85, 0.45, 0.42, 0.5, 0.6]) * severity  # log FT4 gain when thyrotoxic
    failure = np.where(y == 1, rng.uniform(0.02, 0.18, n), np.where(y == 2, rng.uniform(0.25, 0.8, n),
                                                                     rng.uniform(0.15, 0.6, n)))
    log_ft4 = np.log(ft4) + np.where(phase == 0, excess, np.where(phase == 1, -failure, 0))
    ft4 = np.exp(log_ft4)
    log_tsh = np.log10(1.5) - 6.6 * np.log10(ft4 / 16) + rng.normal(0, 0.2, n) + 3 * setpoint
    # a failing gland keeps its FT4 by a raised TSH: subclinical hypothyroidism's TSH rises before its FT4 falls
    log_tsh = np.where((phase == 1) & (y == 1), np.log10(rng.uniform(4.5, 12, n)), log_tsh)
    ft4 = np.where((phase == 1) & (y == 1), rng.normal(13.8, 1.8, n), ft4)
    ratio = np.where(phase == 0, np.choose(y, [0.3, 0.3, 0.3, 0.36, 0.31, 0.32, 0.22, 0.22]), 0.3)
    ft3 = np.where(phase == 0, ratio * ft4 * np.exp(rng.normal(0, 0.15, n)), 4.8 * (ft4 / 16) ** 0.6 * np.exp(
        rng.normal(0, 0.1, n)))
    thyrotoxic = np.log(ft4 / 16)
    heart = 72 + 32 * thyrotoxic + rng.normal(0, 9, n)
    weight = -6 * thyrotoxic + rng.normal(0, 2, n)
    tpo_pos = rng.random(n) < tpo
    tpo_ab = np.where(tpo_pos, np.exp(rng.normal(np.log(250), 0.9, n)), np.exp(rng.normal(np.log(10), 0.5, n)))
    trab_pos = rng.random(n) < trab
    trab_ab = np.where(trab_pos, np.exp(rng.normal(np.log(np.where(y == 3, 8, 2.5)), 0.7, n)),
                       np.exp(rng.normal(np.log(0.6), 0.4, n)))
    crp_value = np.exp(rng.normal(np.log(crp), np.where(y == 7, 0.7, 0.8), n))
    vol = np.exp(rng.normal(np.log(volume), 0.4, n)) * (1 + 0.1 * excess)
    goitre = (y == 0) & (rng.random(n) < 0.25)  # a euthyroid nodular goitre
    count = rng.poisson(nodules + 3 * goitre) + (y == 5)
    vol = vol * np.where(goitre, 2, 1)
    vascular = np.clip(np.round(doppler + rng.normal(0, 0.6, n) + 0.5 * np.clip(excess - 0.5, 0, None)), 0, 3)
    orbit = rng.random(n) < eyes
    neck = rng.random(n) < pain
    x = np.column_stack([np.round(age), woman, postpartum, neck, np.round(heart), np.round(weight, 1), orbit,
                         np.round(10 ** log_tsh * rng.lognormal(0, 0.08, n), 3),
                         np.round(ft4 * rng.lognormal(0, 0.07, n), 1), np.round(ft3 * rng.lognormal(0, 0.08, n), 1),
                         np.round(tpo_ab), np.round(trab_ab, 2), np.round(crp_value, 1),
                         np.round(vol * rng.lognormal(0, 0.15, n), 1), count, vascular])
    return x.astype(np.float32), y


#: per finding: the sampling's days after emergence (earliest, latest), the soil's pH, organic matter (%), sand
#: (%), soil test P (Bray-1, median mg/kg) and K (median mg/kg), the SPAD reading (healthy 52), and the shares of
#: plants with symptoms on the younger leaves, interveinal chlorosis, purpling and marginal scorch
DEFICIENCY_TABLE = np.array([
    # from to    pH   OM   sand  P     K      SPAD  young vein  purp  scorch
    [20.0, 75.0, 6.5, 3.0, 35.0, 28.0, 150.0, 49.0, 0.30, 0.15, 0.25, 0.15],  # none (cold, compaction, drought)
    [30.0, 75.0, 6.4, 2.4, 48.0, 28.0, 150.0, 39.0, 0.08, 0.05, 0.10, 0.20],  # nitrogen
    [18.0, 45.0, 6.6, 2.8, 38.0, 9.0, 140.0, 49.0, 0.10, 0.05, 0.70, 0.05],  # phosphorus
    [30.0, 75.0, 6.3, 2.4, 50.0, 26.0, 75.0, 47.0, 0.08, 0.10, 0.05, 0.80],  # potassium
    [35.0, 75.0, 5.5, 1.8, 62.0, 26.0, 210.0, 45.0, 0.10, 0.85, 0.30, 0.15],  # magnesium
    [20.0, 55.0, 6.5, 1.3, 60.0, 26.0, 140.0, 44.0, 0.80, 0.35, 0.05, 0.05],  # sulfur
    [18.0, 45.0, 7.4, 1.6, 50.0, 50.0, 150.0, 46.0, 0.75, 0.70, 0.05, 0.05],  # zinc
    [20.0, 60.0, 7.5, 5.5, 30.0, 28.0, 150.0, 45.0, 0.80, 0.80, 0.05, 0.05],  # manganese
])


def deficiency8():
    """Maize fields sent to a diagnostic laboratory with a growth problem in 8 findings (``DEFICIENCIES``: no nutrient
    deficiency, nitrogen, phosphorus, potassium, magnesium, sulfur, zinc, manganese), labelled by the nutrient whose
    fertiliser strip answered (none answering: another cause), as the sample's soil test, its tissue test and the
    agronomist's notes describe each field. Each finding (``DEFICIENCY_TABLE``) has its soils (sandy and leached for
    nitrogen and sulfur, acid and sandy for magnesium, calcareous and low in organic matter for zinc, calcareous and
    rich in organic matter for manganese, poor in the tested P and K for phosphorus and potassium), its season
    (phosphorus and zinc in cold young crops) and its symptoms (old or young leaves, interveinal, purple, scorched
    margins), none of them for certain; deficiencies are often mild, and four deficient fields in ten have a lesser
    second one, a neighbouring finding's (in its tissue and its symptoms). The tissue test reads the deficient
    nutrient low against the sufficiency ranges (``DEFICIENCY_SUFFICIENCY``), but every concentration falls as the
    plant grows (the sufficiency is the stage's), a stunted plant concentrates the nutrients it has, potassium and
    magnesium compete (potassium fertiliser induces magnesium deficiency), much phosphorus induces zinc deficiency,
    manganese falls with the soil's pH, and the fields without a deficiency suffered cold (purpling, little
    phosphorus taken up), compaction or drought (little potassium) or a herbicide. So findings whose symptoms and
    tests meet are confused (``DEFICIENCY_NEIGHBOURS``). Columns: days after emergence, soil pH, organic matter and
    sand (%), soil test P and K (mg/kg), the tissue's N, P, K, Mg and S (%), Zn and Mn (mg/kg), SPAD reading,
    symptoms on the younger leaves, interveinal chlorosis, purpling and marginal scorch (flags) (18). Imbalanced:
    380 / 400 / 260 / 300 / 180 / 220 / 240 / 160 rows (2,140)."""
    rng = np.random.default_rng(29409)
    y = rng.permutation(np.repeat(np.arange(len(DEFICIENCIES)), DEFICIENCY_ROWS))
    n = len(y)
    start, end, ph, om, sand, soil_p, soil_k, spad, young, vein, purple, scorch = DEFICIENCY_TABLE[y].T
    days = rng.uniform(start, end)
    ph = np.clip(ph + rng.normal(0, 0.45, n), 4.8, 8.3)
    om = np.clip(om * rng.lognormal(0, 0.35, n), 0.4, 12)
    sand = np.clip(sand + rng.normal(0, 15, n), 5, 92)
    soil_p = soil_p * rng.lognormal(0, 0.5, n)
    soil_k = soil_k * rng.lognormal(0, 0.35, n)
    stage = days - 25
    # the healthy plant's concentrations at this stage (falling as it grows), and each plant's own
    tissue = np.column_stack([3.9 - 0.016 * stage, 0.42 - 0.0016 * stage, 3.0 - 0.018 * stage,
                              0.28 - 0.0008 * stage, 0.26 - 0.0008 * stage, 42 - 0.2 * stage,
                              60 * np.exp(-0.55 * (ph - 6.5))]) * rng.lognormal(0, 0.16, (n, 7))
    n_, p_, k_, mg_, s_, zn_, mn_ = range(7)
    # the deficiency's severity, and in 40 % of the deficient fields a lesser second one (a neighbour's finding)
    short = np.exp(rng.normal(0, 0.35, n))
    second = np.array([rng.choice([d for d in DEFICIENCY_NEIGHBOURS[c] if d]) if c else 0 for c in y])
    second = np.where((y > 0) & (rng.random(n) < 0.4), second, 0)
    cut = {1: (n_, 0.78), 2: (p_, 0.72), 3: (k_, 0.7), 4: (mg_, 0.65), 5: (s_, 0.72), 6: (zn_, 0.62), 7: (mn_, 0.55)}
    for finding, (nutrient, factor) in cut.items():
        tissue[y == finding, nutrient] *= factor ** short[y == finding]
        tissue[second == finding, nutrient] *= factor ** (0.5 * short[second == finding])
    tissue[y == 1, 1:] *= 1.08  # a stunted, nitrogen-starved plant concentrates the rest
    tissue[y == 3, mg_] *= 1.2  # potassium and magnesium compete
    tissue[y == 4, k_] *= 1.25
    tissue[y == 6, p_] *= 1.2  # much phosphorus, little zinc
    tissue[y == 2, zn_] *= 1.15
    cause = rng.choice(4, n, p=[0.3, 0.3, 0.2, 0.2])  # no deficiency: cold, compaction, drought or a herbicide
    none = y == 0
    tissue[none & (cause == 0), p_] *= 0.85
    tissue[none & (cause == 1), k_] *= 0.85
    tissue[none & (cause == 1), p_] *= 0.92
    tissue[none & (cause == 2), k_] *= 0.85
    purple = purple + 0.35 * (none & (cause == 0))
    scorch = scorch + 0.35 * (none & (cause == 2))
    tissue = tissue * rng.lognormal(0, 0.03, (n, 7))  # the laboratory
    spad = spad + rng.normal(0, 3.5, n) - 4 * (y == 5) * (days > 40)
    symptoms = np.column_stack([young, vein, purple, scorch])
    symptoms = np.where((second > 0)[:, None], 0.7 * symptoms + 0.3 * DEFICIENCY_TABLE[second, 8:], symptoms)
    flags = rng.random((n, 4)) < symptoms
    x = np.column_stack([np.round(days), np.round(ph, 1), np.round(om, 1), np.round(sand), np.round(soil_p),
                         np.round(soil_k), np.round(tissue[:, :5], 2), np.round(tissue[:, 5:]), np.round(spad, 1),
                         flags])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND29`` lists them
GENERATORS = {"salinity6": salinity6, "praedikat6": praedikat6, "thyroid8": thyroid8, "deficiency8": deficiency8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND29_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "salinity6": (2140, 14, SALINITY_ROWS),
    "praedikat6": (2140, 15, PRAEDIKAT_ROWS),
    "thyroid8": (2140, 16, THYROID_ROWS),
    "deficiency8": (2140, 18, DEFICIENCY_ROWS),
}
ROUND29 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("salinity6", "praedikat6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"salinity6": SALINITY_NEIGHBOURS, "praedikat6": PRAEDIKAT_NEIGHBOURS, "thyroid8": THYROID_NEIGHBOURS,
              "deficiency8": DEFICIENCY_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
