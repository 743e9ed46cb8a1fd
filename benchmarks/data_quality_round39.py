"""Round 39's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (the domains round 30's docstring lists, round 30's sea ice stages,
Merino wool microns, wildfire causes and pleural effusion causes, rounds 31-37's as round 37's docstring lists them,
among them drought, blood pressure, tornado, energy performance, clay, egg, BMI, sand, UV, LDL, rock strength,
gestational age, spirometric severity and Bortle classes, aerosol and landslide types, water masses, crash types,
volcanic rocks, shock types, hyponatraemia causes, teas, soil orders, vegetable oils, CSF causes, snow grains,
headache diagnoses and pipeline incident causes, and round 38's water hardness, hail sizes, dementia diagnoses and
weld flaws): the per-row summaries a practitioner reads from four other fields. As in rounds 21-38, the two graded
sets simulate a pool of cases, label every case the way its field does (a reference measurement against the
field's table of limits) and keep a fixed number of each class (``_keep``); the two unordered sets draw their
classes' rows directly. Two sets have ORDERED classes (``ORDERED``): houses in a state radon programme in 5 classes
of the year-long indoor radon (under 2, 2-4, 4-8, 8-20, 20 pCi/L and above: the EPA guide's 2 and 4 pCi/L and the
mitigators' bands), labelled by a year-long alpha track detector in the lowest lived-in level and described by the
owner's charcoal canister, the 90-day follow-up test, the soil gas probe, the ground's and the house's records; and
children aged 1-5 years in 6 blood lead case management tiers (under the CDC's reference value 3.5, 3.5-10, 10-20,
20-45, 45-70, 70 ug/dL and above), labelled by the confirmatory venous blood lead and described by the screening
finger-stick test, the registry's previous test, the blood count, zinc protoporphyrin and the home visit. Two have
UNORDERED classes: adults referred to a syncope unit in 8 final diagnoses (vasovagal and situational syncope,
orthostatic hypotension, brady- and tachyarrhythmia, structural heart disease, epileptic seizure, psychogenic
pseudosyncope) from the first visit's history, the witness, the standing test, the ECG, the echo and NT-proBNP; and
fish kills that a state agency investigated in 8 causes (summer hypoxia, winterkill, a toxic algal bloom,
pesticide, manure or ammonia, chlorine or industrial effluent, thermal stress, disease) from the investigator's
field sheet. ``NEIGHBOURS`` names each set's neighbour map (``RADON_NEIGHBOURS``, ``LEAD_NEIGHBOURS``,
``SYNCOPE_NEIGHBOURS``, ``FISHKILL_NEIGHBOURS``; written from the fields' documents as the author knew them and
committed, with the class names, rows and limits, before any generator was written or ran: commit 3264914; no pair
added after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with
``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
radon5,lead6,syncope8,fishkill8``, ``--data round39``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round38.py`` and
``tests/test_data_quality_round38.py`` (as the model; round 38's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the docstring of ``benchmarks/data_quality_round30.py`` and the first 2,000
characters of the docstrings of rounds 35-37; the set names of rounds 5-38 (a grep of their ``GENERATORS``
lines); the lines of ``benchmarks/data_quality_actions.py`` that register round 38 (found by grep: lines 70-92, the
imports and ``ROUNDS``, and 426-434, the ``--data`` help); and a grep of the first 110 lines of
``tests/test_architecture.py`` for rounds and benchmarks (which found nothing). Public pages were searched (one
search per field) and read only as the search's excerpts: radon testing (a UMass study of over 1,000 homes with
both devices: a single charcoal canister's uncertainty about +/- 90 % at 70 % confidence against the year, an alpha
track's about +/- 30 %; a New Jersey study: basement screening canisters read 2.7-5.6 times the living area's
year-long mean; an Iowa study: a positive short-term basement test predicted a year-long living-space result at or
above the action level 44 % of the time; a state page on the EPA protocol: a canister in the cooler months with
the house closed, in the lowest livable level, a long-term follow-up of 3-12 months); capillary blood lead
screening (Maine's and Minnesota's surveillance studies: most raised capillary screens are not confirmed by the
venous test, skin contamination and a positive bias of the capillary test; a note that the reference value was
5 ug/dL before 2021: 3.5 is the author's memory of its revision); the differentiation of syncope, seizure and
psychogenic pseudosyncope (an RCGP syncope toolkit's table adapted from the 2018 ESC guidelines: triggers,
prodrome, jerks, the tongue's side, the duration, confusion after, the eyes closed in pseudosyncope, the attacks'
frequency; Harrison's: myoclonic jerks in up to 90 % of syncopal attacks); fish kill investigation (an
encyclopaedia's summary: oxygen depletion the commonest cause, large fish dying first in hypoxia, toxicity killing
all species and other life; a Colorado guide's table after Wedemeyer: oxygen depletion at night and dawn with a pH
of 6-7.5 and dying algae, a toxic bloom in bright daylight with supersaturated oxygen and a pH of 9.5 and above,
pesticides abrupt, small fish first, every species). The rest (the radon's relations to the ground, the house, the
season and the follow-up's 28 % scatter; the blood lead's relations to the housing, dust, water and habits, the
tiers' limits above 3.5, the screening's scatter, contamination and 65 ug/dL range, the registry's previous test,
zinc protoporphyrin and haemoglobin; the syncope profiles' medians and spreads in ``SYNCOPE_TABLE`` and
``SYNCOPE_SPREAD`` and the shares of atypical vasovagal and tachy-brady cases; the kills' medians and chances in
``FISHKILL_TABLE`` and ``FISHKILL_SPREAD``, the shares of bloom die-offs and spring diseases, the days to the
sampling and the water's return to the site's usual) is the author's own reading of the fields, not checked line
by line. The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 38 uses them
(``main`` was not run). No detector or filter ran on these sets, and the benchmark did not; the difficulty below
and the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with
the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                                     MLP train / test %, seed 0 | 1   10-NN %
radon5      2,140  5 (380 / 520 / 480 / 420 / 340), ordered                79.1 / 67.7 | 67.9 / 59.6        58.3
lead6       2,140  6 (420 / 460 / 400 / 360 / 280 / 220), ordered          77.8 / 64.1 | 72.3 / 60.7        57.7
syncope8    2,140  8 (400 / 240 / 300 / 260 / 220 / 200 / 280 / 240)       86.2 / 83.9 | 86.1 / 79.6        22.5
fishkill8   2,140  8 (380 / 220 / 260 / 240 / 320 / 200 / 240 / 280)       93.8 / 89.7 | 94.6 / 90.5        17.6

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round39.py``, with sklearn; no detector code). syncope8 meets the aims (MLP 60-90 % test
accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented neighbours); fishkill8 meets
the baseline's and the map's and sits at the MLP's upper edge (89.7 and 90.5 %). radon5 and lead6 meet the MLP's and
the map's aims but miss the baseline's: their baseline errs on 58 %, far above the aims' 40 %. Both carry one or two
strong readings of the reference (the canister and the follow-up test; the screen and, for half the children, the
registry's previous test) among many weak columns (the ground's and the house's records, the home visit's flags),
and the scaled 10-neighbour distance weighs them all alike; the MLP, which weighs them, is in the aims. The miss was
left as measured (each had had its one change). In radon5 71 % of the errors fall between adjacent classes
(``RADON_NEIGHBOURS``; 4.9 % more than two apart), 34 % reading a higher one: 2-4 with 4-8 24 % of them, under 2
with 2-4 23 %, 4-8 with 8-20 15 %, under 2 with 4-8 11 %, 8-20 with 20 and above 10 %, 2-4 with 8-20 9 %; 4-8 errs
most (70 %), 20 and above, open above, least (44 %). The canister names 51 % of the classes (reading higher three
times as often as lower: the basement, the closed winter house), the follow-up test 68 % (one class out in nearly
all the rest). In lead6 77 % of the errors fall between adjacent tiers (``LEAD_NEIGHBOURS``; 3.4 % more than two
apart), 30 % reading a higher one: under 3.5 with 3.5-10 26 % of them, 3.5-10 with 10-20 18 %, 10-20 with 20-45 13
%, 45-70 with 70 and above 10 %, 20-45 with 45-70 10 %, under 3.5 with 10-20 9 %; 10-20 errs most (76 %), under 3.5,
open below, least (38 %). The screen names 66 % of the tiers (reading lower twice as often as higher; the analyser's
range ends at 65, where 90 % of the 70-and-above tier and a quarter of the 45-70 tier read), the registry's previous
test 69 % of those who have one. syncope8 errs on 22.5 %, 74 % of its errors between causes that syncope units
confuse (``SYNCOPE_NEIGHBOURS``): tachyarrhythmia with structural heart disease 14 % of them, vasovagal with
situational syncope 11 %, bradyarrhythmia with structural heart disease 10 %, situational syncope with orthostatic
hypotension 9 %, vasovagal syncope with seizure 7 %, brady- with tachyarrhythmia 6 %; structural heart disease errs
most (43 %), psychogenic pseudosyncope least (12 %). The map misses orthostatic hypotension with bradyarrhythmia (5
% of the errors: old patients, little prodrome) and with tachyarrhythmia (4 %), and vasovagal syncope with
tachyarrhythmia (3 %); left as committed. fishkill8 errs on 17.6 %, 73 % of its errors between causes that
investigators confuse (``FISHKILL_NEIGHBOURS``): pesticide with manure 21 % of them, summer hypoxia with thermal
stress 12 %, thermal stress with disease 7 %, manure with effluent 7 %, pesticide with effluent 6 %, winterkill with
disease 6 %; manure errs most (30 %), winterkill least (11 %). The map misses summer hypoxia with disease (7 % of
the errors: warm water, large fish first), winterkill with manure (3.5 %) and summer hypoxia with pesticide (3.5 %)
and with effluent (3 %); left as committed. Tuning after a first measure (toward the field, not toward a detector):
syncope8 was not changed after its first measure. radon5 first came out with MLP 48-52 % and baseline 63.2 % (commit
b4df399): the first version gave the programme only the owner's canister, where the EPA protocol asks for a
follow-up test; its one change added the 90-day follow-up in the lived-in level and its season (replacing a column
that repeated the basement flag; 15 -> 16 columns), which gave the table's numbers, kept. lead6 first came out with
MLP 59-60 % and baseline 59.4 % (commit ea0948a): the first version scattered the screen by 22 % besides the days'
drift (more than a point-of-care analyser's ~10 %) and lacked the registry's previous test that a child in case
management has; its one change set the scatter to 10 % plus the drift and added the previous test for half the
children (16 -> 17 columns), which gave the table's numbers, kept. fishkill8 first came out with MLP 93 % and
baseline 11.4 % (commit 289635d): the first version gave the water's chemistry at the kill, where an investigator
samples hours or days after it is reported; its one change added the days to the sampling (the oxygen, pH, ammonia
and conductance drifting back toward the site's usual, fewer fish still gasping, scavengers taking the dead; 18 ->
19 columns), which gave the table's numbers, kept. The MLP misfits 5-32 % of its clean training rows (radon5's most,
fishkill8's least): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- radon5: indoor radon classes
#: the radon classes of ``radon5`` (a house's lowest lived-in level, by a year-long alpha track measurement in pCi/L
#: against the US EPA's guide: under 2, 2-4 (consider fixing), 4 the action level, 8 and 20 the mitigators' bands),
#: lowest first
RADON_CLASSES = ("< 2 pCi/L", "2-4 pCi/L", "4-8 pCi/L", "8-20 pCi/L", ">= 20 pCi/L")
RADON_ROWS = (380, 520, 480, 420, 340)
#: the class below and above each class
RADON_NEIGHBOURS = ordinal_neighbours(len(RADON_CLASSES))
#: the least year-long radon (pCi/L) of 2-4 .. >= 20 (a class is the number of limits at or below the value)
RADON_LIMITS = (2.0, 4.0, 8.0, 20.0)


# --------------------------------------------------------------------------- lead6: children's blood lead tiers
#: the blood lead tiers of ``lead6`` (a child aged 1-5 years, by the venous blood lead in ug/dL against a health
#: department's case management tiers: under the CDC's reference value 3.5, 3.5-10, 10-20, 20-45 (chelation
#: considered from 45), 45-70, 70 and above), lowest first
LEAD_CLASSES = ("< 3.5 ug/dL", "3.5-9.9", "10-19.9", "20-44.9", "45-69.9", ">= 70")
LEAD_ROWS = (420, 460, 400, 360, 280, 220)
#: the tier below and above each tier
LEAD_NEIGHBOURS = ordinal_neighbours(len(LEAD_CLASSES))
#: the least venous blood lead (ug/dL) of tiers 3.5-9.9 .. >= 70 (a tier is the number of limits at or below it)
LEAD_LIMITS = (3.5, 10.0, 20.0, 45.0, 70.0)


# --------------------------------------------------------------------------- syncope8: causes of syncope
#: the causes of ``syncope8`` (an adult seen after a transient loss of consciousness, by the syncope unit's final
#: diagnosis after tilt testing, monitoring and follow-up), in label order
SYNCOPE_CAUSES = ("vasovagal syncope", "situational syncope", "orthostatic hypotension", "bradyarrhythmia",
                  "tachyarrhythmia", "structural heart disease", "epileptic seizure", "psychogenic pseudosyncope")
SYNCOPE_ROWS = (400, 240, 300, 260, 220, 200, 280, 240)
#: the causes that syncope units confuse (symmetric), as the guidelines' differential draws them: vasovagal against
#: situational syncope (both reflex, the trigger's history), against orthostatic hypotension (on standing), against
#: bradyarrhythmia (the cardioinhibitory reflex, asystole on the tilt), against epileptic seizure (convulsive
#: syncope's jerks) and psychogenic pseudosyncope (young, frequent); situational syncope against orthostatic
#: hypotension (older men after micturition); orthostatic hypotension against structural heart disease (the old,
#: drugs, a fixed output); brady- against tachyarrhythmia (sick sinus, the tachy-brady syndrome) and both against
#: structural heart disease (the scar, the failing ventricle); epileptic seizure against psychogenic attacks
SYNCOPE_NEIGHBOURS = {0: (1, 2, 3, 6, 7), 1: (0, 2), 2: (0, 1, 5), 3: (0, 4, 5), 4: (3, 5), 5: (2, 3, 4),
                      6: (0, 7), 7: (0, 6)}


# --------------------------------------------------------------------------- fishkill8: causes of fish kills
#: the causes of ``fishkill8`` (a fish kill in a lake, pond or stream that a state agency investigated, by the
#: investigation's finding), in label order
FISHKILL_CAUSES = ("summer hypoxia", "winterkill", "harmful algal bloom toxin", "pesticide", "manure or ammonia",
                   "chlorine or industrial effluent", "thermal stress", "disease")
FISHKILL_ROWS = (380, 220, 260, 240, 320, 200, 240, 280)
#: the causes that kill investigators confuse (symmetric), as the investigation guides draw them: summer hypoxia
#: against winterkill (low oxygen either way), against a toxic bloom (the bloom's die-off and night respiration),
#: against manure (the organic load's oxygen demand) and against thermal stress (hot, calm weeks); a toxic bloom
#: against thermal stress (warm, still water); pesticide against manure (farm runoff after rain) and against
#: chlorine or effluent (a toxic slug, every species); manure against effluent (a spill from a point source);
#: thermal stress against disease (warm water's pathogens, a few species); disease against winterkill (the fish
#: weakened under the ice die after ice-out)
FISHKILL_NEIGHBOURS = {0: (1, 2, 4, 6), 1: (0, 7), 2: (0, 6), 3: (4, 5), 4: (0, 3, 5), 5: (3, 4), 6: (0, 2, 7),
                       7: (1, 6)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each round-39 graded set simulates a pool of cases, labels every case as
    its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def radon5():
    """Houses whose owners took part in a state radon programme, in 5 radon classes (``RADON_CLASSES``), labelled by
    a year-long alpha track detector in the lowest lived-in level (its scatter about 15 %) against the EPA guide's
    limits (``RADON_LIMITS``), as the programme's first short-term test and the house's and the ground's records
    describe the house. The year-long radon follows the ground (the county's EPA radon zone, the airborne survey's
    equivalent uranium, the soil's permeability, the soil gas probe) and the house (a basement draws soil gas, a
    crawlspace less, a sump pit and floor cracks let it in, forced air heating depressurises) with a wide spread;
    the owner's 2-4 day charcoal canister reads the basement in closed-house conditions (higher than the lived-in
    level; higher in winter; its scatter about 45 % for one canister), the EPA protocol's 90-day follow-up test reads
    the lived-in level over one season (the heating season's higher). So neighbouring classes meet
    (``RADON_NEIGHBOURS``). Columns: EPA radon zone (1 high .. 3 low), equivalent uranium (ppm), soil permeability
    (1 low .. 3 high), basement (flag), crawlspace (flag), house age (years), storeys, sump pit (flag), floor cracks
    (flag), forced air heating (flag), charcoal canister (pCi/L), canister in winter (flag), the 90-day follow-up
    test (pCi/L), follow-up in the heating season (flag), soil gas radon (pCi/L), private well (flag) (16).
    Imbalanced: 380 / 520 / 480 / 420 / 340 rows
    (2,140)."""
    rng = np.random.default_rng(39101)
    n = 200000
    zone = rng.choice(3, n, p=(0.35, 0.4, 0.25)) + 1
    uranium = np.clip(rng.lognormal(np.log(np.array([3.2, 2.3, 1.6])[zone - 1]), 0.35, n), 0.3, 12)
    permeability = rng.choice(3, n, p=(0.3, 0.45, 0.25)) + 1
    foundation = rng.choice(3, n, p=(0.5, 0.3, 0.2))  # basement, slab, crawlspace
    age = np.clip(rng.gamma(3, 15, n), 1, 150)
    sump = (foundation == 0) & (rng.random(n) < 0.45)
    cracks = rng.random(n) < 0.3 + 0.003 * age
    forced = rng.random(n) < 0.6
    soil = np.exp(np.log(600) + 0.8 * np.log(uranium / 2.3) + 0.4 * (permeability - 2) + rng.normal(0, 0.6, n))
    true = np.exp(np.log(3.0) + 0.55 * np.log(soil / 600) + np.array([0.35, 0.0, -0.45])[foundation]
                  + 0.25 * sump + 0.2 * cracks + 0.1 * forced + rng.normal(0, 0.7, n))
    reference = true * rng.lognormal(0, 0.15, n)  # the alpha track detector
    label = (reference[:, None] >= np.array(RADON_LIMITS)).sum(1)
    keep = _keep(rng, label, RADON_ROWS)
    y = label[keep]
    zone, uranium, permeability, foundation, age, sump, cracks, forced, soil, true = (
        a[keep] for a in (zone, uranium, permeability, foundation, age, sump, cracks, forced, soil, true))
    n = len(y)
    storeys = rng.choice(3, n, p=(0.45, 0.45, 0.1)) + 1
    winter = rng.random(n) < 0.55
    basement = foundation == 0
    canister = true * np.where(basement, 1.6, 1.0) * np.where(winter, 1.25, 0.85) * rng.lognormal(0, 0.45, n)
    probe = soil * rng.lognormal(0, 0.5, n)
    well = rng.random(n) < 0.25 + 0.1 * (zone == 1)
    # the follow-up test the EPA's protocol asks for: a 90-day alpha track in the lived-in level over one season,
    # the heating season's higher (added in the one change after the first measure)
    heating = rng.random(n) < 0.5
    follow = true * np.where(heating, 1.15, 0.85) * rng.lognormal(0, 0.28, n)
    x = np.column_stack([zone, np.round(uranium, 1), permeability, basement, foundation == 2, np.round(age), storeys,
                         sump, cracks, forced, np.round(np.clip(canister, 0.3, 400), 1), winter,
                         np.round(np.clip(follow, 0.2, 300), 1), heating, np.round(probe, -1), well])
    return x.astype(np.float32), y


def lead6():
    """Children aged 1-5 years whose screening blood lead was followed up by a health department, in 6 case
    management tiers (``LEAD_CLASSES``), labelled by the confirmatory venous blood lead (ug/dL; the laboratory's
    scatter a few per cent) against the tiers' limits (``LEAD_LIMITS``), as the screening test, the blood count and
    the home visit describe the child. The blood lead follows the exposure (old housing with peeling paint and recent
    renovation, the floor dust, a lead service line, pica, a parent's lead work, traditional remedies and spices,
    summer) with a wide spread; the screening finger-stick test (a point-of-care analyser, reading up to 65) scatters
    more, a skin-contaminated sample reads high, and the weeks before the venous draw let the level move; zinc
    protoporphyrin rises with high lead and with iron deficiency, the haemoglobin falls with both. So neighbouring
    tiers meet (``LEAD_NEIGHBOURS``). Columns: screening finger-stick lead (ug/dL), days from the screen to the venous
    draw, the registry's previous test (ug/dL, 0 for a first screen), age (months),
    year the home was built, peeling paint (flag), renovation in the last year (flag), floor dust
    lead (ug/ft2), first-draw tap water lead (ug/L), pica (flag), Medicaid (flag), haemoglobin (g/dL), zinc
    protoporphyrin (ug/dL), traditional remedy or spice (flag), a household member's lead work (flag), a sibling's
    raised lead (flag), drawn in summer (flag) (17). Imbalanced: 420 / 460 / 400 / 360 / 280 / 220 rows (2,140)."""
    rng = np.random.default_rng(39203)
    n = 400000
    built = np.clip(np.round(rng.normal(1955, 25, n)), 1880, 2020)
    old = 1 / (1 + np.exp((built - 1960) / 8))  # lead paint's era
    paint = rng.random(n) < 0.1 + 0.5 * old
    renovation = rng.random(n) < 0.15
    remedy = rng.random(n) < 0.06
    work = rng.random(n) < 0.07
    pica = rng.random(n) < 0.15
    summer = rng.random(n) < 0.3
    age = np.clip(np.round(rng.uniform(12, 72, n)), 12, 72)
    dust = np.exp(np.log(4) + 1.3 * old + 1.0 * paint + 0.8 * renovation + rng.normal(0, 0.9, n))
    water = np.exp(np.log(2) + 0.8 * old + rng.normal(0, 1.0, n))
    true = np.exp(np.log(1.6) + 0.45 * np.log(dust / 4) + 0.12 * np.log(water / 2) + 0.5 * pica + 0.6 * remedy
                  + 0.5 * work + 0.2 * summer - 0.006 * (age - 30) + rng.normal(0, 0.75, n))
    reference = true * rng.lognormal(0, 0.05, n)  # the venous sample's laboratory
    label = (reference[:, None] >= np.array(LEAD_LIMITS)).sum(1)
    keep = _keep(rng, label, LEAD_ROWS)
    y = label[keep]
    built, paint, renovation, remedy, work, pica, summer, age, dust, water, true = (
        a[keep] for a in (built, paint, renovation, remedy, work, pica, summer, age, dust, water, true))
    n = len(y)
    days = np.clip(np.round(rng.lognormal(np.log(21), 0.6, n)), 1, 120)
    contaminated = rng.random(n) < 0.12
    # the screen's scatter: the analyser's ~10 % and the level's drift over the days; and the previous test in the
    # state's registry (a venous or capillary result months before; 0 for a first screen) (the one change after the
    # first measure, which had a 22 % scatter besides the drift and no registry)
    screen = (true * np.exp(rng.normal(0, 0.1 + 0.005 * days, n)) * np.where(contaminated, rng.lognormal(0.6, 0.4, n),
                                                                                1.0) + rng.normal(0, 0.7, n))
    previous = np.where(rng.random(n) < 0.5, np.clip(np.round(true * rng.lognormal(-0.1, 0.35, n), 1), 1, 150), 0)
    screen = np.clip(screen, 3.3, 65)  # the analyser's range
    iron = rng.random(n) < 0.15 + 0.1 * (age < 30)
    zpp = np.exp(np.log(25) + 0.9 * np.clip(np.log(true / 20), 0, None) + 0.5 * iron + rng.normal(0, 0.3, n))
    hb = np.clip(12.0 - 1.2 * iron - 0.02 * np.clip(true - 10, 0, None) + rng.normal(0, 0.8, n), 7, 15)
    medicaid = rng.random(n) < 0.5 + 0.3 * (built < 1960)
    sibling = rng.random(n) < 1 / (1 + np.exp(-(np.log(true) - np.log(15)) * 1.5)) * 0.6
    x = np.column_stack([np.round(screen, 1), days, previous, age, built, paint, renovation, np.round(dust, 1),
                         np.round(water, 1), pica, medicaid, np.round(hb, 1), np.round(zpp), remedy, work, sibling,
                         summer])
    return x.astype(np.float32), y


#: per cause of ``syncope8``, the medians of: age (years), episodes in the lifetime, years since the first episode,
#: the prodrome score (0-5: light-headed, warm, sweating, nausea, fading vision), the loss of consciousness' duration
#: (s, the witness'), the confusion after it (min), the systolic drop on standing at 3 minutes (mmHg), the resting
#: heart rate (bpm), the QRS duration (ms), the ejection fraction (%), NT-proBNP (pg/mL); and the chances of being
#: female, of a trigger on standing, of a situational trigger (micturition, cough, swallowing, defecation), of onset
#: during exertion, of onset supine, of palpitations before, of a bitten tongue's side, of limb jerks and of the eyes
#: closed during the attack
SYNCOPE_TABLE = np.array([
    # age  eps  yrs  prod loc  conf drop  hr   qrs  ef   bnp   fem  stand sit  exer sup  palp tong jerk eyes
    [35., 5.0, 8.0, 4.0, 20., 0.5, 8., 68., 92., 62., 60., .60, .60, .10, .05, .05, .20, .03, .30, .10],  # vasovagal
    [62., 3.0, 4.0, 3.0, 15., 0.5, 10., 72., 95., 60., 100., .30, .30, .85, .05, .03, .10, .03, .20, .10],  # situat.
    [74., 3.0, 1.5, 2.5, 15., 1.0, 30., 76., 100., 58., 200., .45, .90, .20, .10, .02, .10, .03, .20, .10],  # orthost.
    [75., 2.0, 1.0, 1.0, 20., 1.0, 8., 55., 122., 55., 400., .40, .30, .05, .15, .25, .10, .05, .30, .10],  # brady
    [62., 2.0, 1.0, 1.5, 15., 1.0, 8., 82., 105., 45., 500., .35, .30, .05, .30, .20, .70, .05, .25, .10],  # tachy
    [72., 1.5, 0.7, 1.0, 15., 1.0, 10., 74., 110., 45., 1000., .40, .30, .05, .60, .05, .30, .03, .20, .10],  # struct.
    [40., 4.0, 5.0, 1.5, 90., 15., 6., 75., 92., 62., 60., .45, .20, .03, .05, .35, .05, .45, .80, .15],  # seizure
    [30., 20., 2.0, 1.0, 300., 0.3, 5., 78., 90., 62., 40., .75, .40, .05, .03, .15, .20, .02, .30, .80],  # psychogenic
])
#: each column's spread within a cause (the episodes', years', durations', confusion's and NT-proBNP's: the log's)
SYNCOPE_SPREAD = np.array([13., 0.9, 1.0, 1.3, 0.8, 1.1, 11., 12., 14., 8., 1.0])
SYNCOPE_LOG = (1, 2, 4, 5, 10)


def syncope8():
    """Adults referred to a syncope unit after a transient loss of consciousness, in 8 causes (``SYNCOPE_CAUSES``),
    labelled by the unit's final diagnosis after tilt testing, prolonged ECG monitoring, echocardiography, EEG where
    asked and follow-up, as the first visit's history, the witness' account, the standing test, the ECG, the echo
    and the NT-proBNP describe the patient. Each cause has its profile (``SYNCOPE_TABLE`` with ``SYNCOPE_SPREAD``:
    vasovagal syncope's young patients, long history, triggers and prodrome; situational syncope's triggers;
    orthostatic hypotension's old patients and drop on standing; bradyarrhythmia's slow rate, wide QRS and attacks
    without warning, supine too; tachyarrhythmia's palpitations and a weaker ventricle; structural heart disease's
    attacks on exertion and high NT-proBNP; epileptic seizure's long attacks, jerks, bitten tongue and confusion;
    psychogenic pseudosyncope's many long attacks with the eyes closed). But a fifth of the vasovagal patients are
    old and atypical (little prodrome, an orthostatic component), vasovagal attacks jerk (convulsive syncope), a
    sixth of the bradyarrhythmias are the tachy-brady syndrome, the witness' durations are guesses and the standing
    test scatters. So the causes that syncope units confuse meet (``SYNCOPE_NEIGHBOURS``). Columns: age (years),
    episodes, years since the first, prodrome score, duration of the loss of consciousness (s), confusion after (min),
    systolic drop on standing (mmHg), heart rate (bpm), QRS (ms), ejection fraction (%), NT-proBNP (pg/mL), female,
    standing trigger, situational trigger, exertion, supine, palpitations, lateral tongue bite, limb jerks, eyes
    closed (flags) (20). Imbalanced: 400 / 240 / 300 / 260 / 220 / 200 / 280 / 240 rows (2,140)."""
    rng = np.random.default_rng(39305)
    y = rng.permutation(np.repeat(np.arange(len(SYNCOPE_CAUSES)), SYNCOPE_ROWS))
    n = len(y)
    log = list(SYNCOPE_LOG)
    table = SYNCOPE_TABLE[:, :11].copy()
    table[:, log] = np.log(table[:, log])
    mean = table[y]
    # the old patient's atypical vasovagal syncope; the tachy-brady syndrome among the bradyarrhythmias
    atypical = (y == 0) & (rng.random(n) < 0.2)
    mean = np.where(atypical[:, None], 0.5 * table[0] + 0.5 * table[2], mean)
    tachy_brady = (y == 3) & (rng.random(n) < 0.17)
    mean = np.where(tachy_brady[:, None], 0.5 * table[3] + 0.5 * table[4], mean)
    v = mean + rng.normal(0, 1, mean.shape) * SYNCOPE_SPREAD
    v[:, log] = np.exp(v[:, log])
    chances = SYNCOPE_TABLE[y, 11:]
    flags = rng.random((9, n)) < chances.T
    x = np.column_stack([np.round(np.clip(v[:, 0], 16, 98)), np.round(np.clip(v[:, 1], 1, 500)),
                         np.round(np.clip(v[:, 2], 0.1, 70), 1), np.round(np.clip(v[:, 3], 0, 5)),
                         np.round(np.clip(v[:, 4], 2, 3600)), np.round(np.clip(v[:, 5], 0, 240), 1),
                         np.round(v[:, 6]), np.round(np.clip(v[:, 7], 30, 180)), np.round(np.clip(v[:, 8], 70, 200)),
                         np.round(np.clip(v[:, 9], 15, 75)), np.round(np.clip(v[:, 10], 5, 35000)), *flags])
    return x.astype(np.float32), y


#: per cause of ``fishkill8``, the medians of: the water temperature (C), the dissolved oxygen at the site (mg/L,
#: measured when the investigator arrived), pH, total ammonia (mg/L as N), chlorophyll a (ug/L), specific conductance
#: (uS/cm), rain in the three days before (mm, plus 1), dead fish counted, species among them, the hour the kill was
#: reported, the month; and the chances of the large fish dying first, of fish gasping at the surface, of lesions,
#: fungus or haemorrhages on the dead fish, of ice cover in the weeks before, of row crops upstream, of an outfall or
#: a facility upstream and of other life dead (crayfish, frogs, insects)
FISHKILL_TABLE = np.array([
    # temp do   ph   nh3  chl   cond  rain dead  spp  hour mon  large gasp les  ice  farm outf other
    [27., 1.5, 7.2, 0.3, 60., 400., 5., 500., 5., 7., 7.5, .70, .80, .05, .00, .50, .15, .15],  # summer hypoxia
    [3., 1.5, 7.0, 0.5, 5., 350., 3., 800., 5., 12., 3.2, .50, .20, .10, .90, .40, .10, .20],  # winterkill
    [26., 12., 9.4, 0.1, 150., 450., 2., 300., 6., 14., 7.5, .20, .30, .05, .00, .50, .10, .30],  # toxic bloom
    [20., 7.5, 7.6, 0.2, 20., 500., 25., 1000., 9., 12., 6.0, .10, .10, .03, .00, .90, .10, .80],  # pesticide
    [16., 3.0, 7.8, 5.0, 25., 900., 15., 2000., 8., 11., 5.0, .30, .40, .03, .05, .85, .30, .70],  # manure, ammonia
    [18., 7.0, 7.5, 0.8, 10., 1200., 4., 700., 8., 10., 7.0, .10, .15, .03, .02, .20, .90, .75],  # chlorine, effluent
    [31., 5.5, 8.0, 0.15, 40., 450., 1., 150., 2., 16., 7.5, .60, .50, .15, .00, .40, .25, .05],  # thermal stress
    [22., 7.5, 7.8, 0.15, 25., 400., 5., 200., 1.5, 12., 5.5, .60, .20, .80, .05, .40, .10, .05],  # disease
])
#: each column's spread within a cause (ammonia's, chlorophyll's, conductance's, rain's and the count's: the log's)
FISHKILL_SPREAD = np.array([3.5, 1.8, 0.5, 1.0, 0.9, 0.5, 1.0, 1.2, 2.0, 4.0, 1.5])
FISHKILL_LOG = (3, 4, 5, 6, 7)


def fishkill8():
    """Fish kills in lakes, ponds and streams that a state agency investigated, in 8 causes (``FISHKILL_CAUSES``),
    labelled by the investigation's finding (the water chemistry, the tissue and the laboratory's toxicology and
    pathology, the source found upstream), as the first report and the investigator's field sheet describe the kill.
    Each cause has its sheet (``FISHKILL_TABLE`` with ``FISHKILL_SPREAD``: summer hypoxia's warm, low-oxygen water at
    dawn, large fish gasping first; winterkill's ice and late-winter dead found at ice-out; a toxic bloom's green,
    supersaturated water with a high pH in the afternoon; pesticide's runoff after rain from row crops, every species
    and the crayfish; manure's ammonia, oxygen demand and conductance; effluent's conductance and a facility
    upstream; thermal stress's hottest water, a few cold-water species; disease's lesions on one or two species). But
    a quarter of the summer hypoxias follow a bloom's die-off, a third of the diseases strike the fish weakened under
    the ice in spring, the oxygen is measured hours after the kill and the counts are rough. So the causes that kill
    investigators confuse meet (``FISHKILL_NEIGHBOURS``). Columns: water temperature (C), dissolved oxygen (mg/L), pH,
    total ammonia (mg/L as N), chlorophyll a (ug/L), specific conductance (uS/cm), rain in the three days before (mm),
    dead fish counted, species killed, hour reported, month, days from the kill to the sampling, large fish first,
    gasping, lesions, ice cover, row crops upstream, outfall upstream, other life dead (flags) (19).
    Imbalanced: 380 / 220 / 260 / 240 / 320 / 200 / 240 /
    280 rows (2,140)."""
    rng = np.random.default_rng(39407)
    y = rng.permutation(np.repeat(np.arange(len(FISHKILL_CAUSES)), FISHKILL_ROWS))
    n = len(y)
    log = list(FISHKILL_LOG)
    table = FISHKILL_TABLE[:, :11].copy()
    table[:, log] = np.log(table[:, log])
    mean = table[y]
    # summer hypoxia after a bloom's die-off; disease in the fish weakened under the ice
    dieoff = (y == 0) & (rng.random(n) < 0.25)
    mean = np.where(dieoff[:, None], 0.6 * table[0] + 0.4 * table[2], mean)
    spring = (y == 7) & (rng.random(n) < 0.33)
    mean = np.where(spring[:, None], 0.5 * table[7] + 0.5 * table[1], mean)
    v = mean + rng.normal(0, 1, mean.shape) * FISHKILL_SPREAD
    v[:, log] = np.exp(v[:, log])
    # the investigator arrives days after the kill (reported late, dead fish found floating): the water's oxygen,
    # pH, ammonia and conductance have drifted back toward the site's usual, scavengers took fish, few fish still
    # gasp (added in the one change after the first measure, whose chemistry was the kill's own)
    delay = np.clip(rng.exponential(1.2, n), 0.1, 10)
    back = np.exp(-delay / 1.2)[:, None]
    usual = np.column_stack([rng.normal(8.0, 1.2, n), rng.normal(7.6, 0.3, n), np.exp(rng.normal(np.log(0.1), 0.6, n)),
                             np.exp(rng.normal(np.log(450), 0.4, n))])
    v[:, [1, 2, 3, 5]] = back * v[:, [1, 2, 3, 5]] + (1 - back) * usual
    v[:, 7] = v[:, 7] * np.exp(-0.15 * delay)
    chances = FISHKILL_TABLE[y, 11:].copy()
    chances[spring, 3] = 0.5  # ice in the weeks before
    chances[:, 1] = chances[:, 1] * back[:, 0]
    flags = rng.random((7, n)) < chances.T
    x = np.column_stack([np.round(np.clip(v[:, 0], 0, 36), 1), np.round(np.clip(v[:, 1], 0, 20), 1),
                         np.round(np.clip(v[:, 2], 5.5, 10.5), 1), np.round(v[:, 3], 2), np.round(v[:, 4]),
                         np.round(v[:, 5], -1), np.round(np.clip(v[:, 6] - 1, 0, 200)),
                         np.round(np.clip(v[:, 7], 5, 1e6)), np.round(np.clip(v[:, 8], 1, 20)),
                         np.round(np.clip(v[:, 9], 0, 23)), np.round(np.clip(v[:, 10], 1, 12)), np.round(delay, 1),
                         *flags])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND39`` lists them
GENERATORS = {"radon5": radon5, "lead6": lead6, "syncope8": syncope8, "fishkill8": fishkill8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND39_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "radon5": (2140, 16, RADON_ROWS),
    "lead6": (2140, 17, LEAD_ROWS),
    "syncope8": (2140, 20, SYNCOPE_ROWS),
    "fishkill8": (2140, 19, FISHKILL_ROWS),
}
ROUND39 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("radon5", "lead6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"radon5": RADON_NEIGHBOURS, "lead6": LEAD_NEIGHBOURS, "syncope8": SYNCOPE_NEIGHBOURS,
              "fishkill8": FISHKILL_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
