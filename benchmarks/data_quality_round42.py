"""Round 42's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (the domains rounds 30-41's docstrings list, and round 41's caries,
body condition, mushroom poisoning and bat calls; the earlier dementia, headache and syncope diagnoses and the
groundwater facies are other questions than this round's swallowing, anaphylaxis and nitrate sources): the per-row
summaries a practitioner reads from four other fields. As in rounds 21-41, the two graded sets simulate a pool of
cases, label every case the way its field does (a reference against the field's limits) and keep a fixed number of
each class (``_keep``); the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes
(``ORDERED``): patients' thin-liquid boluses on videofluoroscopy in the 8 levels of the Penetration-Aspiration Scale
(Rosenbek et al. 1996), labelled by two trained raters' consensus (their mean level against ``PAS_LIMITS``, the
worse on an even split) and described by the bedside swallow screen, the water swallow test, pulse oximetry, the
cough and the voice after the swallow, the diagnosis group, the age and the record; and wind-turbine blades in 5
leading-edge erosion categories (intact .. laminate eroded), labelled by a rope-access technician's close-up
inspection against the operator's category definitions (read as the depth lost, ``EROSION_LIMITS``) and described
by the drone's images, the SCADA power-curve loss and the fleet's records (age, repairs, tip speed, rain, sand,
coating). Two have UNORDERED classes: anaphylaxis episodes in 8 confirmed triggers (peanut, tree nut, shellfish,
milk or egg, hymenoptera venom, beta-lactam, NSAID, idiopathic or exercise-induced) from the allergy clinic's
work-up (history, skin prick tests, specific IgE, penicillin skin test, tryptases); and groundwater wells with raised
nitrate in 8 sources (synthetic fertilizer, manure, septic systems, soil organic nitrogen, atmospheric deposition,
wastewater irrigation, landfill leachate, geological nitrogen) from the laboratory's chemistry and isotopes (d15N
and d18O of the nitrate, boron and d11B, the major ions, ammonium, organic carbon, caffeine) and the land around the
well. ``NEIGHBOURS`` names each set's neighbour map (``PAS_NEIGHBOURS``, ``EROSION_NEIGHBOURS``,
``ANAPHYLAXIS_NEIGHBOURS``, ``NITRATE_NEIGHBOURS``; written from the fields as the author knew them and committed,
with the class names, rows and limits, before any generator was written or ran: commit fbdc99e; no pair added
after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
pas8,erosion5,anaphylaxis8,nitrate8``, ``--data round42``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round41.py`` and
``tests/test_data_quality_round41.py`` (as the model; round 41's files not edited) and ``tests/round_checks.py``;
the docstring of ``benchmarks/data_quality_round30.py`` and the first 2,000 characters of the docstrings of rounds
38-40; the set names of rounds 5-41 (a grep of their ``GENERATORS`` lines); the lines of
``benchmarks/data_quality_actions.py`` that register round 41 (found by grep: lines 74-100, the imports, ``ROUNDS``
and ``BLIND_ROUND``, left at 41, and 434-444, the ``--data`` help); and the first 110 lines of
``tests/test_architecture.py``. Public pages were searched (one search per field, two for the blades) and read only
as the search's excerpts: swallowing (the PAS as an 8-point scale of the depth of airway invasion and the response
to it, a systematic review in Dysphagia 2019; the German validation, Hey et al. 2014: interrater ICC 0.73-0.80, less
experienced raters off the reference, the raters' median near-perfect; a study of water, saliva and bolus swallow
tests against FEES: the water test's sensitivity about 71 %, specificity 83 %); blade erosion (Visbech et al. 2023:
inspections of several northern European farms, Springer's model, the industry's damage categories; a trade page:
category 2's early roughness, 2-5 % of the annual energy lost by moderate erosion; Göçmen et al. 2024: AEP loss
rising to about 3 % after a decade); anaphylaxis (idiopathic anaphylaxis a diagnosis of exclusion, mast cell disease
and alpha-gal hiding among it, Gulen and Akin 2021, Greenberger and Lieberman 2014; exercise-induced anaphylaxis'
cofactors, food, NSAIDs and temperature in a third, Pravettoni and Incorvaia 2016; the European registry's eggs,
milk and nuts in children and venom in young adults); nitrate (a septic-systems book: fertilizer nitrate's d15N +3
to +5, septic plumes' +7 to +14, overlapping at +5 to +8, denitrification raising both; a California study: natural
and fertilizer d15N not different, animal sources apart; a USGS Nevada study: d11B of wastewater near -3 to -6,
boron and nitrate moving together, denitrification blurring the nitrogen isotopes). The rest (the PAS latent depth
and response model, the diagnosis groups' shares and invasion in ``PAS_GROUPS``, the raters' scatter, the bedside
signs' chances; the erosion categories' names and the depths in ``EROSION_LIMITS``, which the author did not find
and wrote from memory of the categories' descriptions, the dose's tip-speed exponent 6, the coatings' incubation,
the drone's and the power curve's relations; the triggers' histories and tests in ``ANAPHYLAXIS_TABLE`` and
``ANAPHYLAXIS_TRYPTASE``, the mite allergy's shrimp test; the sources' medians in ``NITRATE_TABLE``, nitrate
fertilizer's share, deposition's d18O spread, the denitrification's 2 : 1) is the author's own reading of the
fields, not checked line by line. The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as
round 41 uses them (``main`` was not run). No detector or filter ran on these sets, and the benchmark did not; the
difficulty below and the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a
scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                                      MLP train / test %, seed 0 | 1   10-NN %
pas8          2,140  8 (480 / 300 / 280 / 180 / 160 / 160 / 260 / 320), ordered 56.7 / 47.5 | 54.1 / 53.6     55.2
erosion5      2,140  5 (560 / 520 / 440 / 360 / 260), ordered                 73.6 / 71.4 | 77.2 / 75.3        33.9
anaphylaxis8  2,140  8 (340 / 220 / 200 / 260 / 320 / 240 / 200 / 360)        81.4 / 70.8 | 76.4 / 75.1        32.9
nitrate8      2,140  8 (380 / 340 / 300 / 260 / 160 / 220 / 200 / 280)        97.2 / 93.3 | 97.7 / 95.7        10.0

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round42.py``, with sklearn; no detector code). erosion5 and anaphylaxis8 meet all three
aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours). pas8 misses all three (MLP 48-54 %, baseline 55 %, 44 % of its errors between adjacent levels): the
bedside sees the cough and the voice, not the depth, so no entry reads as penetration two levels up and the
aspiration levels meet silent aspiration; nitrate8 meets the map's but misses the MLP's (93-96 %) and the
baseline's (10 %): its isotopes, boron and ions separate the sources more than the field's overlaps. Both left as
measured (each had had its one change). In pas8 the errors fall: no entry with level 2 15 % of them, no entry with
level 3 12 % (two apart), 6 with 7 10 %, 7 with 8 7 %, 2 with 3 7 %; level 5 errs most (95 %), no entry least
(17 %). In erosion5 93 % of the errors fall between adjacent categories (``EROSION_NEIGHBOURS``): intact with
pitting 32 % of them, worn through with laminate exposed 27 %, pitting with worn through 25 %, laminate exposed with
eroded 9 %; laminate exposed errs most (49 %), intact least (16 %). anaphylaxis8 errs on 33 %, 77 % of its errors
between triggers a clinic confuses (``ANAPHYLAXIS_NEIGHBOURS``): peanut with tree nut 17 % of them, beta-lactam with
NSAID 16 %, peanut with milk or egg 15 %, tree nut with milk or egg 6 %, shellfish with idiopathic 6 %, NSAID with
idiopathic 6 %; tree nut errs most (64 %), venom least (5 %); peanut with shellfish (4 %) falls outside the map.
nitrate8 errs on 10 %, 70 % of its errors between sources a laboratory confuses (``NITRATE_NEIGHBOURS``):
fertilizer with soil nitrogen 39 % of them, manure with septic 13 %, septic with wastewater 8 %; fertilizer with
septic (7 %) falls outside the map; soil nitrogen errs most (20 %), landfill least (3 %). Tuning after a first
measure (toward the field, not toward a detector; each first measure at its generator's commit): erosion5 and
anaphylaxis8 were not changed after their first measure (anaphylaxis8's first commit crashed on its column stack
and was fixed, b200fa1, before anything was measured). pas8 first came out with MLP 45-49 %, baseline 59.6 %, 47 %
between neighbours (commit cf739dd): its bedside cough followed mostly the depth, where the scale's levels grade
the response (material ejected by a cough or throat clear; level 7's effort; level 8's none); its one change tied
the cough to the ejection, which gave the table's numbers, kept. nitrate8 first came out with MLP 95-96 %, baseline
4.9 %, 85 % between neighbours (commit 2b62868): every well's land use was its own source's, where wells draw from
mixed rural land; its one change gave half the wells another landscape's land use, which gave the table's numbers
(the MLP still over the aim), kept. The MLP misfits 2-46 % of its clean training rows (pas8's most, nitrate8's
least): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- pas8: Penetration-Aspiration Scale
#: the 8 levels of the Penetration-Aspiration Scale (Rosenbek et al. 1996) of ``pas8`` (a patient's thin-liquid
#: bolus on videofluoroscopy, by the consensus of two trained raters on the worst event of the bolus: their mean
#: reading against ``PAS_LIMITS``, the worse score where they split evenly), lowest first: 1 material does not enter
#: the airway; 2 enters the airway, stays above the vocal folds and is ejected; 3 stays above the folds, not ejected;
#: 4 contacts the folds and is ejected; 5 contacts the folds, not ejected; 6 passes below the folds and is ejected
#: into the larynx or out; 7 below the folds, not ejected despite effort; 8 below the folds, no effort to eject
#: (silent aspiration)
PAS_CLASSES = ("1 no entry", "2 penetration, ejected", "3 penetration, not ejected", "4 to the folds, ejected",
               "5 to the folds, not ejected", "6 aspiration, ejected", "7 aspiration, not ejected despite effort",
               "8 silent aspiration")
PAS_ROWS = (480, 300, 280, 180, 160, 160, 260, 320)
#: the level below and above each level
PAS_NEIGHBOURS = ordinal_neighbours(len(PAS_CLASSES))
#: the least consensus reading of levels 2 .. 8 (a level is 1 + the number of limits at or below the raters' mean;
#: an even split of two raters, a mean on a half, reads as the worse level)
PAS_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5)


# --------------------------------------------------------------------------- erosion5: blade leading-edge erosion
#: the leading-edge erosion categories of ``erosion5`` (a wind-turbine blade at an inspection campaign, by the
#: rope-access technician's close-up inspection of the worst metre of the leading edge against the operator's
#: category definitions, read as the depth of the material lost, ``EROSION_LIMITS``), lowest first: 1 intact or
#: contaminated only; 2 roughness and pitting of the leading-edge protection; 3 the protection worn through, filler
#: or primer exposed; 4 laminate exposed; 5 laminate eroded (fibres damaged, a structural repair)
EROSION_CLASSES = ("1 intact", "2 pitting of the protection", "3 protection worn through", "4 laminate exposed",
                   "5 laminate eroded")
EROSION_ROWS = (560, 520, 440, 360, 260)
#: the category below and above each category
EROSION_NEIGHBOURS = ordinal_neighbours(len(EROSION_CLASSES))
#: the least depth of material lost (mm) of categories 2 .. 5 (the author's reading of the categories against a
#: leading-edge protection of about half a millimetre to a millimetre; a category is 1 + the number of limits at or
#: below the depth)
EROSION_LIMITS = (0.1, 0.5, 1.2, 2.5)


# --------------------------------------------------------------------------- anaphylaxis8: anaphylaxis triggers
#: the triggers of ``anaphylaxis8`` (an anaphylaxis episode referred to an allergy clinic, by the clinic's confirmed
#: trigger after the full work-up: the history, skin prick and intradermal tests, specific IgE and components, the
#: baseline tryptase and, where safe, a challenge), in label order
ANAPHYLAXIS_TRIGGERS = ("peanut", "tree nut", "shellfish", "milk or egg", "hymenoptera venom",
                        "beta-lactam antibiotic", "NSAID", "idiopathic or exercise-induced")
ANAPHYLAXIS_ROWS = (340, 220, 200, 260, 320, 240, 200, 360)
#: the triggers an allergy clinic confuses from the referral's work-up (symmetric): peanut against tree nuts
#: (co-sensitised, both in one snack, cross-reacting tests) and milk or egg (a young child's first reactions,
#: several foods sensitised); tree nuts against milk or egg (the same) and shellfish (a restaurant meal, adults);
#: shellfish against the idiopathic or exercise-induced episodes (an adult's meal before exercise, a weak
#: shellfish test); venom against the idiopathic episodes (an unnoticed sting outdoors, a raised baseline tryptase
#: in both); beta-lactams against NSAIDs (both taken for the same fever, the drug tests weak); NSAIDs against the
#: idiopathic or exercise-induced episodes (an NSAID as the cofactor of an exercise episode)
ANAPHYLAXIS_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 3), 2: (1, 7), 3: (0, 1), 4: (7,), 5: (6,), 6: (5, 7),
                          7: (2, 4, 6)}


# --------------------------------------------------------------------------- nitrate8: groundwater nitrate sources
#: the nitrate sources of ``nitrate8`` (a groundwater well with raised nitrate, by the source a groundwater study
#: assigned after the full investigation: the isotopes, the tracers, the land's history and the plume's mapping),
#: in label order
NITRATE_SOURCES = ("synthetic fertilizer", "manure", "septic systems", "soil organic nitrogen",
                   "atmospheric deposition", "wastewater irrigation", "landfill leachate", "geological nitrogen")
NITRATE_ROWS = (380, 340, 300, 260, 160, 220, 200, 280)
#: the sources a laboratory's chemistry confuses (symmetric): fertilizer against manure (denitrification raises the
#: fertilizer nitrate's d15N into manure's range; farms spread both), soil organic nitrogen (ammonium fertilizer
#: nitrified in the soil takes the soil's d15N) and atmospheric deposition (nitrate fertilizer's and deposition's
#: high d18O); manure against septic systems (both animal or human waste, d15N +8 to +20, chloride) and wastewater
#: irrigation (effluent on farmland); septic systems against wastewater irrigation (sewage: boron from detergents,
#: a low d11B) and landfill leachate (ammonium, chloride, organic carbon); soil organic nitrogen against geological
#: nitrogen (natural, low nitrate, d15N +2 to +8)
NITRATE_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 2, 5), 2: (1, 5, 6), 3: (0, 7), 4: (0,), 5: (1, 2), 6: (2,), 7: (3,)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each round-42 graded set simulates a pool of cases, labels every case as
    its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


#: per diagnosis group of ``pas8`` (stroke, Parkinson's and other neurodegenerative disease, head and neck cancer
#: after radiotherapy, dementia, other medical: COPD, deconditioning, after intubation): its share of the referrals,
#: its age median, its mean airway invasion (on the scale's 1-8) and its loss of laryngeal sensation (0-1: silent
#: aspiration the likelier)
PAS_GROUPS = np.array([
    # share  age   invasion sensation
    [0.35, 72.0, 3.6, 0.45],  # stroke
    [0.15, 74.0, 3.4, 0.40],  # Parkinson's and neurodegenerative
    [0.15, 64.0, 3.9, 0.60],  # head and neck cancer after radiotherapy
    [0.10, 84.0, 3.8, 0.55],  # dementia
    [0.25, 70.0, 2.6, 0.25],  # other medical
])


def pas8():
    """Patients referred for a videofluoroscopic swallow study, in the 8 levels of the Penetration-Aspiration Scale
    (``PAS_CLASSES``) of their worst thin-liquid bolus, labelled by the consensus of two trained raters (each reads
    the level with a scatter of about 0.45 of a level; their mean against ``PAS_LIMITS``, the worse level on an even
    split), as the bedside swallow screen, the water swallow test, pulse oximetry and the record describe the
    patient. The airway invasion follows the diagnosis, the age, the weeks since onset and the cup's larger
    boluses; whether material is ejected follows the cough: a patient who senses the material coughs, one who does
    not (a stroke's or radiotherapy's lost laryngeal sensation) aspirates silently. But the bedside screen sees only
    the cough, the wet voice and the effort: a silent aspirator passes the water test, a cough may follow
    penetration as well as aspiration, the oximeter's drop is small and noisy. So neighbouring levels meet
    (``PAS_NEIGHBOURS``). Columns: bedside screen score (0-20, lower worse), water swallow test failed (flag),
    coughed after the swallow (flag), wet voice (flag), SpO2 drop (percentage points), reflexive cough to citric
    acid (flag), diagnosis group (0 stroke, 1 Parkinson's and neurodegenerative, 2 head and neck cancer, 3 dementia,
    4 other medical), age (years), weeks since onset, bolus (0 teaspoon, 1 10 mL, 2 20 mL, 3 cup), oral intake scale
    (FOIS 1-7), tube fed (flag), dysarthria (flag), chest infection in the last month (flag) (14). Imbalanced: 480 /
    300 / 280 / 180 / 160 / 160 / 260 / 320 rows (2,140)."""
    rng = np.random.default_rng(42101)
    n = 300000
    u = rng.random(n)
    group = np.searchsorted(np.cumsum(PAS_GROUPS[:, 0]), u * PAS_GROUPS[:, 0].sum())
    g = PAS_GROUPS[group]
    age = np.clip(g[:, 1] + rng.normal(0, 9, n), 25, 100)
    weeks = np.clip(rng.lognormal(np.log(6), 1.0, n), 0.3, 200)
    bolus = rng.choice(4, n, p=(0.15, 0.3, 0.25, 0.3))
    recovery = np.where(group == 0, -0.6 * np.log1p(weeks / 4), 0) + np.where(group == 1, 0.15 * np.log1p(weeks), 0)
    invasion = g[:, 2] + 0.03 * (age - 70) + recovery + 0.35 * bolus + rng.normal(0, 1.9, n)
    # the loss of laryngeal sensation: a patient who does not sense the material neither coughs nor clears it
    numb = rng.random(n) < np.clip(g[:, 3] + 0.01 * (age - 70), 0.05, 0.9)
    depth = np.clip(invasion, 0.6, 4.4)  # 1 none, 2 above the folds, 3 at the folds, 4 below (continuous)
    ejects = np.where(numb, rng.random(n) < 0.25, rng.random(n) < 0.7)
    # the level on the scale's 1-8: the depth's step, the response within it (below the folds, 7 effort without
    # clearing, 8 no effort: the numb)
    step = np.clip(np.round(depth), 1, 4)
    true = np.where(step == 1, 1.0 + 0.4 * (depth - 1.0),
                    np.where(step < 4, 2 * step - 2 + (~ejects) + 0.4 * (depth - step),
                             np.where(ejects, 6.0, np.where(numb, 8.0, 7.0)) + 0.4 * (depth - 4)))
    raters = np.clip(np.round(true[:, None] + rng.normal(0, 0.45, (n, 2))), 1, 8).mean(1)
    label = (raters[:, None] >= np.array(PAS_LIMITS)).sum(1)
    keep = _keep(rng, label, PAS_ROWS)
    y = label[keep]
    group, age, weeks, bolus, numb, depth, ejects, true = (
        a[keep] for a in (group, age, weeks, bolus, numb, depth, ejects, true))
    n = len(y)
    below = depth > 3.5
    # the bedside: a cough when the material is sensed (more, the deeper), the wet voice when it lies at the folds
    # the cough follows the response the scale grades: the material ejected comes with a cough or throat clear, so
    # does level 7's effort; level 8 and the material left unejected above the folds pass without one (the one
    # change after the first measure, whose cough followed mostly the depth: 0.1 + 0.2 a level, 0.2 more ejected)
    cough = rng.random(n) < np.where(depth < 1.5, 0.08, np.where(ejects | (below & ~numb), 0.8, 0.12))
    wet = rng.random(n) < np.clip(0.08 + 0.22 * (depth - 1) - 0.15 * ejects, 0.03, 0.9)
    reflex = rng.random(n) < np.where(numb, 0.3, 0.88)
    failed = cough | wet | (rng.random(n) < 0.1)
    spo2 = np.clip(rng.gamma(2, 0.6, n) + 1.2 * below * rng.random(n), 0, 10)
    screen = np.clip(np.round(19.5 - 2.6 * (depth - 1) + 1.5 * numb * below - 3 * cough - 2 * wet
                              + rng.normal(0, 2.2, n)), 0, 20)
    fois = np.clip(np.round(6.5 - 0.9 * (depth - 1) - 0.4 * (group == 3) + rng.normal(0, 1.1, n)), 1, 7)
    tube = (fois <= 2) | (rng.random(n) < 0.04)
    dysarthria = rng.random(n) < np.array([0.55, 0.5, 0.3, 0.25, 0.08])[group]
    infection = rng.random(n) < 0.06 + 0.09 * below + 0.05 * numb
    x = np.column_stack([screen, failed, cough, wet, np.round(spo2, 1), reflex, group, np.round(age),
                         np.round(weeks, 1), bolus, fois, tube, dysarthria, infection])
    return x.astype(np.float32), y


def erosion5():
    """Wind-turbine blades at an inspection campaign, in 5 leading-edge erosion categories (``EROSION_CLASSES``),
    labelled by the rope-access technician's close-up inspection of the worst metre of the leading edge (the depth
    of material lost, read with a scatter of about a fifth, against ``EROSION_LIMITS``), as the drone images, the
    SCADA power curve and the fleet's records describe the blade. Erosion follows the rain's impacts: nothing through
    the protection's incubation, then a loss that grows with the rain, steeply with the tip speed and with the sand,
    since the blade was new or last repaired; a flexible protection coating or a shell lasts longer than the bare
    paint. But the drone sees an area, not a depth (dirt, insects and pitting look alike at its resolution, and the
    grey filler under a worn coating looks like laminate), its own classifier reads coarse categories, and the
    power-curve loss is small beside the wind's scatter until the laminate is eroded. So neighbouring categories meet
    (``EROSION_NEIGHBOURS``). Columns: drone's eroded share of the outer leading edge (%), drone's longest defect
    (mm), drone classifier's category (1-5), image resolution (mm per pixel), power-curve loss (%), blade age
    (years), years since the last leading-edge repair, tip speed (m/s), annual rainfall (mm), sand and dust exposure
    (0-1), coating (0 paint only, 1 protection coating, 2 protection shell or tape), offshore (flag), rotor diameter
    (m) (13). Imbalanced: 560 / 520 / 440 / 360 / 260 rows (2,140)."""
    rng = np.random.default_rng(42203)
    n = 300000
    offshore = rng.random(n) < 0.3
    diameter = np.where(offshore, rng.choice((120.0, 154.0, 167.0), n), rng.choice((82.0, 101.0, 117.0, 136.0), n))
    tip = np.clip(np.where(offshore, 88, 76) + 0.08 * (diameter - 110) + rng.normal(0, 4, n), 60, 105)
    age = rng.uniform(0.5, 20, n)
    repaired = (age > 5) & (rng.random(n) < 0.4)
    since = np.where(repaired, age * rng.uniform(0.1, 0.8, n), age)
    coating = np.where(age - since < 1, rng.choice(3, n, p=(0.3, 0.55, 0.15)), rng.choice(3, n, p=(0.05, 0.75, 0.2)))
    rain = np.clip(np.where(offshore, 900, 800) * rng.lognormal(0, 0.35, n), 250, 3000)
    sand = np.clip(rng.beta(1.2, 5, n) + 0.2 * (rain < 500), 0, 1)
    # Springer-like: the impacts' dose against the coating's incubation, then a loss growing with the dose
    dose = since * (rain / 1000) * (tip / 80) ** 6 * (1 + 1.5 * sand)
    incubation = np.array([0.8, 3.0, 6.0])[coating] * rng.lognormal(0, 0.4, n)
    depth = 0.05 * rng.random(n) + 0.35 * np.clip(dose - incubation, 0, None) ** 1.2 * rng.lognormal(0, 0.3, n)
    read = depth * rng.lognormal(0, 0.2, n)
    label = (read[:, None] >= np.array(EROSION_LIMITS)).sum(1)
    keep = _keep(rng, label, EROSION_ROWS)
    y = label[keep]
    offshore, diameter, tip, age, since, coating, rain, sand, depth = (
        a[keep] for a in (offshore, diameter, tip, age, since, coating, rain, sand, depth))
    n = len(y)
    resolution = np.round(rng.uniform(0.5, 3.0, n), 1)
    dirt = rng.gamma(1.5, 2.0, n) * (1 + offshore)  # insects and dirt, salt offshore
    area = np.clip(22 * np.log1p(3 * depth) * rng.lognormal(0, 0.35, n) + dirt, 0, 100)
    longest = np.clip(np.exp(np.log(30) + 1.2 * np.log1p(4 * depth) + rng.normal(0, 0.5, n)) * (1 + 0.1 * resolution),
                      0, 3000)
    # the drone's classifier: the area, blurred by the resolution, the filler read as laminate half the time
    seen = np.log1p(3 * depth) + rng.normal(0, 0.25 + 0.12 * resolution, n) + 0.4 * (y == 2) * (rng.random(n) < 0.5)
    drone = np.clip(1 + (seen[:, None] >= np.array([0.3, 0.9, 1.6, 2.2])).sum(1), 1, 5)
    loss = np.clip(0.5 * depth + rng.normal(0, 0.8, n), -2, 8)
    x = np.column_stack([np.round(area, 1), np.round(longest), drone, resolution, np.round(loss, 2), np.round(age, 1),
                         np.round(since, 1), np.round(tip, 1), np.round(rain), np.round(sand, 2), coating, offshore,
                         diameter])
    return x.astype(np.float32), y


#: per trigger of ``anaphylaxis8``, the medians of: the age (years), the minutes from the exposure to the first
#: symptoms, the earlier episodes; and the chances of: a food eaten within two hours, exercise within the hour,
#: outdoors or a sting felt, a drug taken within six hours, urticaria or angioedema, wheeze, hypotension or
#: collapse, vomiting or abdominal pain, atopy (eczema, asthma, rhinitis), a positive skin prick test to peanut, to
#: tree nuts, to shrimp, to milk or egg, venom-specific IgE of 0.35 kU/L or more, a positive penicillin skin test
ANAPHYLAXIS_TABLE = np.array([
    # age  min   prior food  exer  out   drug  urt   whz   hypo  gi    atop  spPn  spTn  spSh  spME  ven   pen
    [8.0, 10.0, 0.5, .97, .10, .10, .05, .85, .55, .12, .45, .75, .95, .45, .10, .35, .10, .03],  # peanut
    [14., 10.0, 0.5, .95, .10, .10, .05, .85, .50, .15, .45, .70, .45, .92, .15, .25, .10, .03],  # tree nut
    [30., 20.0, 0.4, .95, .20, .15, .08, .80, .40, .25, .60, .50, .10, .15, .85, .10, .12, .04],  # shellfish
    [4.0, 12.0, 0.6, .97, .05, .05, .05, .85, .45, .10, .60, .80, .35, .30, .05, .93, .08, .03],  # milk or egg
    [42., 8.0, 0.3, .20, .15, .95, .10, .80, .15, .55, .25, .25, .05, .05, .10, .05, .92, .04],  # venom
    [50., 25.0, 0.2, .40, .05, .10, .97, .85, .20, .45, .20, .25, .05, .05, .05, .05, .15, .55],  # beta-lactam
    [45., 40.0, 0.7, .40, .15, .10, .97, .90, .25, .30, .20, .35, .05, .05, .08, .05, .15, .04],  # NSAID
    [35., 30.0, 2.5, .60, .50, .25, .25, .90, .30, .35, .30, .45, .08, .08, .20, .08, .20, .04],  # idiopathic
])
#: per trigger, the baseline serum tryptase's median (ug/L) and the acute tryptase's rise over it (times)
ANAPHYLAXIS_TRYPTASE = np.array([[4.0, 1.8], [4.0, 1.8], [4.5, 2.0], [3.5, 1.6], [6.5, 3.5], [4.5, 3.5],
                                 [4.5, 2.5], [6.0, 2.5]])


def anaphylaxis8():
    """Anaphylaxis episodes referred to an allergy clinic, in 8 triggers (``ANAPHYLAXIS_TRIGGERS``), labelled by the
    clinic's confirmed trigger after the full work-up (a challenge where safe), as the referral's history, the skin
    prick tests, the specific IgE and the tryptases describe the episode. Each trigger has its history and tests
    (``ANAPHYLAXIS_TABLE`` and ``ANAPHYLAXIS_TRYPTASE``: children's peanut, tree nut, milk and egg reactions within
    minutes of a food, several foods sensitised, wheeze in the atopic; adults' shellfish after a meal, a sting's
    collapse outdoors with a raised baseline tryptase in some (mast cell disease), a drug's hypotension and high
    acute tryptase, an NSAID's angioedema, the idiopathic and exercise-induced episodes' recurrences). But foods are
    co-sensitised (peanut and tree nuts, milk and egg and peanut in an eczematous child), a house-dust-mite allergy
    makes the shrimp test positive, a fifth of the adults have venom IgE without a reaction, the penicillin skin test
    finds about half the beta-lactam allergies, an NSAID has no test at all, and a meal, a drug and exercise often
    come together. So the triggers a clinic confuses meet (``ANAPHYLAXIS_NEIGHBOURS``). Columns: age (years),
    minutes to the first symptoms, earlier episodes, food in two hours, exercise in the hour, outdoors or a sting,
    drug in six hours, urticaria or angioedema, wheeze, hypotension, vomiting or abdominal pain, atopy (flags), skin
    prick wheal to peanut, tree nuts, shrimp, milk or egg (mm), venom IgE (kU/L), penicillin skin test (flag),
    baseline tryptase (ug/L), acute tryptase (ug/L) (20). Imbalanced: 340 / 220 / 200 / 260 / 320 / 240 / 200 / 360
    rows (2,140)."""
    rng = np.random.default_rng(42305)
    y = rng.permutation(np.repeat(np.arange(len(ANAPHYLAXIS_TRIGGERS)), ANAPHYLAXIS_ROWS))
    n = len(y)
    t = ANAPHYLAXIS_TABLE[y]
    age = np.clip(np.exp(np.log(t[:, 0]) + rng.normal(0, 0.6, n)), 0.5, 90)
    minutes = np.clip(np.exp(np.log(t[:, 1]) + rng.normal(0, 0.7, n)), 1, 360)
    prior = rng.poisson(t[:, 2])
    flags = rng.random((15, n)) < t[:, 3:].T
    atopy = flags[8]
    # the skin tests: a wheal of 3 mm or more positive; the atopic more sensitised; a mite allergy's shrimp
    wheals = np.where(flags[9:13], rng.gamma(4, 1.8, (4, n)) + 1, rng.gamma(1, 0.6, (4, n)) * (1 + atopy))
    mite = atopy & (age > 10) & (rng.random(n) < 0.2)
    wheals[2] = np.where(mite & ~flags[11], 2 + rng.gamma(2, 1.5, n), wheals[2])
    venom = np.where(flags[13], np.exp(np.log(4) + rng.normal(0, 1.1, n)), np.exp(np.log(0.1) + rng.normal(0, 0.8, n)))
    base = np.exp(np.log(ANAPHYLAXIS_TRYPTASE[y, 0]) + rng.normal(0, 0.45, n))
    acute = base * np.exp(np.log(ANAPHYLAXIS_TRYPTASE[y, 1]) * (0.5 + 0.5 * flags[5]) + rng.normal(0, 0.4, n))
    x = np.column_stack([np.round(age, 1), np.round(minutes), prior, *flags[:8], atopy, *np.round(wheals, 1),
                         np.round(venom, 2), flags[14], np.round(base, 1), np.round(acute, 1)])
    return x.astype(np.float32), y


#: per source of ``nitrate8``, the medians of: nitrate (mg/L as N), d15N and d18O of the nitrate (permil), boron
#: (ug/L), d11B (permil), chloride, sodium, potassium, sulfate (mg/L), ammonium (mg/L as N), dissolved organic carbon
#: (mg/L), the well's depth (m), cropland within 500 m (%), livestock units per km2, homes on septic systems per km2,
#: annual precipitation (mm); and the chances of: caffeine or a pharmaceutical detected, a landfill within 2 km,
#: effluent irrigated within 1 km
NITRATE_TABLE = np.array([
    # no3  d15N  d18O  B     d11B  Cl    Na    K    SO4   NH4  DOC  depth crop  lsu  sept  prec  caff land  eff
    [14., 2.0, 4.0, 40.0, 15.0, 25.0, 20.0, 4.0, 45.0, .05, 1.5, 30.0, 70.0, 20., 8.0, 700., .03, .03, .03],  # fert.
    [16., 12.0, 4.0, 60.0, 28.0, 45.0, 30.0, 9.0, 40.0, .10, 2.5, 25.0, 40.0, 150, 8.0, 800., .05, .03, .05],  # manure
    [12., 10.0, 2.5, 110., 8.0, 60.0, 55.0, 4.0, 35.0, .10, 2.0, 20.0, 10.0, 10., 90., 800., .45, .04, .05],  # septic
    [6.0, 5.0, 2.0, 30.0, 20.0, 15.0, 15.0, 2.0, 25.0, .03, 1.5, 35.0, 45.0, 15., 8.0, 800., .02, .03, .02],  # soil N
    [4.0, 1.0, 25.0, 15.0, 25.0, 8.0, 8.0, 1.0, 12.0, .02, 1.5, 15.0, 5.0, 5.0, 4.0, 1100, .02, .02, .01],  # atmosph.
    [13., 11.0, 3.0, 250., 6.0, 110., 90.0, 10., 80.0, .15, 3.0, 25.0, 60.0, 20., 10., 450., .40, .05, .90],  # wastew.
    [10., 9.0, 3.0, 300., 15.0, 150., 100., 40., 60.0, 2.5, 8.0, 20.0, 20.0, 10., 20., 750., .15, .95, .03],  # landfill
    [9.0, 5.0, 6.0, 120., 18.0, 40.0, 60.0, 3.0, 200., .05, 0.8, 60.0, 5.0, 5.0, 3.0, 300., .01, .02, .02],  # geol.
])


def nitrate8():
    """Groundwater wells with raised nitrate, in 8 sources (``NITRATE_SOURCES``), labelled by the source a
    groundwater study assigned after its full investigation, as the laboratory's chemistry and isotopes of one sample
    and the land use around the well describe the well. Each source has its chemistry (``NITRATE_TABLE``: the
    fertilizers' low d15N, nitrate fertilizer's high d18O in a fifth of them; manure's and sewage's high d15N,
    manure's high d11B and potassium, sewage's detergent boron with a low d11B, chloride, sodium and caffeine;
    effluent irrigation's salts in a dry climate; the landfill's ammonium, organic carbon, potassium and chloride;
    deposition's high d18O in shallow wells under forest; the geological nitrate's deep, dry, sulfate-rich water).
    But denitrification in low-oxygen water lowers the nitrate and raises its d15N and d18O together (about 2 : 1),
    fertilizer's nitrate among manure's; wells draw from mixed land; the ions vary with the rock and the climate. So
    the sources a laboratory's chemistry confuses meet (``NITRATE_NEIGHBOURS``). Columns: nitrate (mg/L as N),
    d15N, d18O (permil), dissolved oxygen (mg/L), boron (ug/L), d11B (permil), chloride, sodium, potassium, sulfate
    (mg/L), ammonium (mg/L as N), dissolved organic carbon (mg/L), caffeine or pharmaceutical detected (flag), well
    depth (m), cropland within 500 m (%), livestock units per km2, homes on septic systems per km2, landfill within 2
    km, effluent irrigated within 1 km (flags), annual precipitation (mm) (20). Imbalanced: 380 / 340 / 300 / 260 /
    160 / 220 / 200 / 280 rows (2,140)."""
    rng = np.random.default_rng(42407)
    y = rng.permutation(np.repeat(np.arange(len(NITRATE_SOURCES)), NITRATE_ROWS))
    n = len(y)
    t = NITRATE_TABLE[y]
    lognormal = lambda col, sd: np.exp(np.log(t[:, col]) + rng.normal(0, sd, n))  # noqa: E731
    no3 = lognormal(0, 0.5)
    d15n = t[:, 1] + rng.normal(0, 2.3, n)
    d18o = t[:, 2] + rng.normal(0, 2.5, n)
    nitrate_fert = (y == 0) & (rng.random(n) < 0.2)  # nitrate fertilizer's atmospheric oxygen
    d18o = np.where(nitrate_fert, 20 + rng.normal(0, 3, n), d18o)
    d18o = np.where(y == 4, t[:, 2] + rng.normal(0, 8, n), d18o)  # deposition mixed with nitrified nitrate
    # denitrification in low-oxygen water: the nitrate falls, its isotopes rise (d15N twice d18O)
    oxygen = np.clip(rng.gamma(2.5, 2.0, n) - 0.04 * (t[:, 11] - 25) - 0.3 * (y == 6) * rng.random(n), 0.1, 12)
    lost = np.clip((3 - oxygen) / 3, 0, 0.8) * rng.random(n)
    d15n = d15n - 6 * np.log(1 - lost)
    d18o = d18o - 3 * np.log(1 - lost)
    no3 = no3 * (1 - lost)
    boron = lognormal(3, 0.5)
    d11b = t[:, 4] + rng.normal(0, 6, n)
    dry = np.clip((800 - t[:, 15]) / 800, 0, 1)  # evaporation concentrates the salts
    salts = [lognormal(col, 0.5) * (1 + dry * rng.random(n)) for col in (5, 6, 7, 8)]
    nh4 = lognormal(9, 0.9)
    doc = lognormal(10, 0.5)
    depth = lognormal(11, 0.6)
    # the land around the well is mixed: for half the wells it is another landscape's (farms with homes on septic
    # systems, livestock among crops), drawn as the wells' sources are (the one change after the first measure,
    # whose land use was every well's own source's)
    other = NITRATE_TABLE[rng.choice(len(NITRATE_ROWS), n, p=np.array(NITRATE_ROWS) / n)]
    land = np.where((rng.random(n) < 0.5)[:, None], other[:, 12:15], t[:, 12:15])
    crop = np.clip(land[:, 0] + rng.normal(0, 20, n), 0, 100)
    lsu = np.exp(np.log(land[:, 1]) + rng.normal(0, 0.8, n))
    septic = np.exp(np.log(land[:, 2]) + rng.normal(0, 0.8, n))
    precip = np.clip(t[:, 15] * rng.lognormal(0, 0.25, n), 150, 2500)
    flags = rng.random((3, n)) < t[:, 16:].T
    x = np.column_stack([np.round(no3, 1), np.round(d15n, 1), np.round(d18o, 1), np.round(oxygen, 1), np.round(boron),
                         np.round(d11b, 1), *np.round(salts, 1), np.round(nh4, 2), np.round(doc, 1), flags[0],
                         np.round(depth), np.round(crop), np.round(lsu), np.round(septic), flags[1], flags[2],
                         np.round(precip)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND42`` lists them (the ordered sets first)
GENERATORS = {"pas8": pas8, "erosion5": erosion5, "anaphylaxis8": anaphylaxis8, "nitrate8": nitrate8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND42_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "pas8": (2140, 14, PAS_ROWS),
    "erosion5": (2140, 13, EROSION_ROWS),
    "anaphylaxis8": (2140, 20, ANAPHYLAXIS_ROWS),
    "nitrate8": (2140, 20, NITRATE_ROWS),
}
ROUND42 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("pas8", "erosion5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"pas8": PAS_NEIGHBOURS, "erosion5": EROSION_NEIGHBOURS, "anaphylaxis8": ANAPHYLAXIS_NEIGHBOURS,
              "nitrate8": NITRATE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
