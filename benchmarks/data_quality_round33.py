"""Round 33's held-out data sets for the noisy-label benchmark (class names, rows and neighbour maps first; the
generators follow in later commits).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- clay6: consistency of clays
#: the consistency terms of ``clay6`` (a cohesive soil specimen's, by the laboratory's undrained shear strength
#: against the consistency table of North American practice, Terzaghi and Peck's: su = qu / 2), softest first
CLAY_TERMS = ("very soft (< 12.5 kPa)", "soft (12.5-25 kPa)", "firm (25-50 kPa)", "stiff (50-100 kPa)",
              "very stiff (100-200 kPa)", "hard (> 200 kPa)")
CLAY_ROWS = (200, 320, 440, 480, 420, 280)
#: the consistency below and above each term
CLAY_NEIGHBOURS = ordinal_neighbours(len(CLAY_TERMS))
#: the least undrained shear strength (kPa) of soft .. hard
CLAY_LIMITS = (12.5, 25.0, 50.0, 100.0, 200.0)


# --------------------------------------------------------------------------- egg6: egg weight classes
#: the weight classes of ``egg6`` (a shell egg's, by the grading machine's check weight against the USDA weight
#: classes' minimum net weight per dozen, over 12), lightest first
EGG_CLASSES = ("peewee (15 oz/dozen)", "small (18 oz/dozen)", "medium (21 oz/dozen)", "large (24 oz/dozen)",
               "extra large (27 oz/dozen)", "jumbo (30 oz/dozen)")
EGG_ROWS = (160, 300, 440, 520, 440, 280)
#: the weight class below and above each class
EGG_NEIGHBOURS = ordinal_neighbours(len(EGG_CLASSES))
#: the least weight (g) of one egg of peewee, small .. jumbo: 15 .. 30 oz a dozen, over 12
EGG_LIMITS = tuple(round(oz * 28.349523 / 12, 2) for oz in (15, 18, 21, 24, 27, 30))


# --------------------------------------------------------------------------- volcanic8: TAS names
#: the rock names of ``volcanic8`` (a volcanic rock sample's, by the laboratory's whole-rock analysis, normalised
#: anhydrous, on the IUGS total alkali-silica diagram; samples in its other fields are not kept), in label order
VOLCANIC_NAMES = ("basalt", "basaltic andesite", "andesite", "dacite", "rhyolite", "trachybasalt",
                  "basaltic trachyandesite", "trachyandesite")
VOLCANIC_ROWS = (380, 300, 340, 240, 160, 240, 260, 220)
#: the names that practitioners confuse (symmetric): the fields that share a boundary on the TAS diagram, across
#: which the analyses' errors, alteration (alkalis and silica mobile in weathering and hydrothermal fluids; the
#: IUGS warns that altered rocks plot astray) and a field's sample of a zoned flow move a rock: the subalkaline
#: series along silica (basalt, basaltic andesite, andesite, dacite, rhyolite), the alkaline series above it
#: (trachybasalt, basaltic trachyandesite, trachyandesite) and each across the alkali line from its subalkaline
#: counterpart (basalt with trachybasalt, basaltic andesite with basaltic trachyandesite, andesite with
#: trachyandesite), the trachybasalt with the basaltic trachyandesite and that with the trachyandesite
VOLCANIC_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 6), 2: (1, 3, 7), 3: (2, 4), 4: (3,), 5: (0, 6), 6: (1, 5, 7),
                       7: (2, 6)}


# --------------------------------------------------------------------------- shock8: causes of shock
#: the shock types of ``shock8`` (an adult's shock in an emergency department or intensive care unit, by the
#: discharge diagnosis of its cause), in label order
SHOCK_TYPES = ("haemorrhagic", "hypovolaemic, fluid loss", "cardiogenic", "obstructive, pulmonary embolism",
               "obstructive, tamponade", "septic", "anaphylactic", "neurogenic")
SHOCK_ROWS = (320, 220, 340, 200, 160, 420, 200, 280)
#: the types that clinicians confuse (symmetric), as the shock reviews' haemodynamic tables and their caveats
#: document them: the two hypovolaemic shocks (low filling pressures, low output, high resistance; haemoglobin
#: falls only after fluids); haemorrhage with neurogenic shock in trauma (a spinal injury hides or mimics
#: bleeding); fluid loss with sepsis (vomiting, diarrhoea, an unresuscitated septic patient's low filling); the
#: cardiogenic shock with the two obstructive ones (low output, high venous pressure: a failing right ventricle,
#: a massive embolism, a tamponade) and the two obstructive ones together; the cardiogenic shock with late, cold
#: septic shock (septic cardiomyopathy); the distributive shocks (low resistance, warm skin): sepsis with
#: anaphylaxis, anaphylaxis with neurogenic shock
SHOCK_NEIGHBOURS = {0: (1, 7), 1: (0, 5), 2: (3, 4, 5), 3: (2, 4), 4: (2, 3), 5: (1, 2, 6), 6: (5, 7), 7: (0, 6)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes; -1 is never kept),
    drawn without replacement and listed class by class: each round-33 graded set (and volcanic8) simulates a pool
    of cases, labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def clay6():
    """Specimens of cohesive soil from site investigations' boreholes in the 6 consistency terms of North American
    practice (``CLAY_TERMS``: very soft .. hard), labelled by the laboratory's undrained shear strength of the
    tube sample (half the unconfined compressive strength, or the unconsolidated-undrained triaxial test's)
    against the table's limits (``CLAY_LIMITS``), as the borehole's log, the cone penetration test beside it and
    the index tests describe the specimen. A specimen's strength is its effective overburden stress times the
    normally consolidated ratio (about 0.22) times its overconsolidation ratio to the power 0.8 (SHANSEP): soft
    estuarine clays with a thin desiccated crust, stiff glacial and marine clays that lost their overburden; the
    tube's disturbance lowers the laboratory's strength by a varying share. The field's tests read the strength in
    place, each with its own scatter: the SPT blow count (about 5 kPa a blow, loosely), the cone's corrected tip
    resistance (the strength times a cone factor of about 14, plus the total overburden), its sleeve friction and
    pore pressure (high in soft, normally consolidated clays, low or negative in stiff fissured ones), the pocket
    penetrometer (capped at 4.5 kg/cm2) and the torvane (capped at 1 kg/cm2); the index tests follow the
    clay's plasticity and its stress history (the water content falls toward the plastic limit as the clay is
    more consolidated). So neighbouring terms meet (``CLAY_NEIGHBOURS``). Columns: depth (m), SPT N60 (blows),
    the cone's corrected tip resistance (MPa), sleeve friction (kPa), pore pressure behind the tip (kPa), natural
    water content (%), liquid limit (%), plastic limit (%), clay fraction (% under 2 um), bulk unit weight
    (kN/m3), pocket penetrometer (kg/cm2), torvane (kg/cm2) and the groundwater's depth (m) (13). Imbalanced:
    200 / 320 / 440 / 480 / 420 / 280 rows (2,140)."""
    rng = np.random.default_rng(33101)
    n = 400000
    depth = rng.uniform(1.0, 30.0, n)
    water = rng.uniform(0.5, 4.0, n)
    stiff = rng.random(n) < 0.55  # an overconsolidated site (glacial, eroded marine) or a soft estuarine one
    liquid = np.clip(rng.normal(np.where(stiff, 52, 58), 14, n), 24, 110)
    plasticity = np.clip(0.73 * (liquid - 20) * rng.uniform(0.8, 1.15, n), 4, None)
    plastic = liquid - plasticity
    unit = np.where(stiff, 19.5, 17.0) + rng.normal(0, 0.5, n)
    total = unit * depth
    effective = total - 9.81 * np.maximum(depth - water, 0)
    lost = np.where(stiff, rng.lognormal(np.log(350), 0.9, n), rng.lognormal(np.log(25), 0.6, n) * np.exp(-depth / 8))
    ocr = (effective + lost) / effective
    su = effective * rng.lognormal(np.log(0.22), 0.12, n) * ocr ** 0.8
    lab = su * np.exp(-rng.gamma(2, 0.07, n))  # the tube's disturbance
    label = (lab[:, None] >= np.array(CLAY_LIMITS)).sum(1)
    keep = _keep(rng, label, CLAY_ROWS)
    y = label[keep]
    depth, water, stiff, liquid, plastic, plasticity, unit, total, effective, ocr, su = (
        a[keep] for a in (depth, water, stiff, liquid, plastic, plasticity, unit, total, effective, ocr, su))
    n = len(y)
    # the index tests: the liquidity index falls with the preconsolidation stress (log), the clay's activity
    liquidity = 1.05 - 0.42 * np.log10(effective * ocr / 10) + rng.normal(0, 0.12, n)
    moisture = np.clip(plastic + liquidity * plasticity, 8, 150)
    clay = np.clip(plasticity / rng.lognormal(np.log(0.75), 0.3, n), 5, 90)
    gs = 2.70
    bulk = gs * (1 + moisture / 100) * 9.81 / (1 + gs * moisture / 100) + rng.normal(0, 0.3, n)
    # the tests in place
    spt = rng.poisson(su / 5 * rng.lognormal(0, 0.35, n))
    qt = (rng.lognormal(np.log(14), 0.2, n) * su + total) / 1000
    fs = qt * 1000 * rng.lognormal(np.log(0.035), 0.3, n)
    bq = np.clip(0.65 - 0.35 * np.log10(ocr) + rng.normal(0, 0.1, n), -0.2, 1.0)
    u2 = 9.81 * np.maximum(depth - water, 0) + bq * (qt * 1000 - total)
    pocket = np.clip(np.round(2 * su * rng.lognormal(0, 0.3, n) / 98.1 * 4) / 4, 0, 4.5)
    torvane = np.clip(np.round(su * rng.lognormal(0, 0.3, n) / 98.1, 2), 0, 1.0)
    x = np.column_stack([np.round(depth, 1), spt, np.round(qt, 2), np.round(fs), np.round(u2), np.round(moisture),
                         np.round(liquid), np.round(plastic), np.round(clay), np.round(bulk, 1), pocket, torvane,
                         np.round(water, 1)])
    return x.astype(np.float32), y


def egg6():
    """Shell eggs of a packing plant's laying flocks in the 6 USDA weight classes (``EGG_CLASSES``: peewee ..
    jumbo), labelled by the grading machine's check weight against the classes' per-egg minimums (``EGG_LIMITS``;
    eggs under the peewee minimum are not kept), as the machine's camera and the flock's records describe the egg.
    A hen's egg weight grows with her age after the onset of lay toward her strain's plateau (brown strains a
    little heavier), with her body weight and her intake of protein and methionine and of linoleic acid, and falls
    in hot houses; hens of one flock and age lay eggs a few grams apart, and an egg loses weight through its shell
    in the days before grading. The camera measures the egg's length and breadth (its volume an ellipsoid's, the
    shell's density varying), the shell's colour pales and the shell thins as the hen ages. So neighbouring
    classes meet (``EGG_NEIGHBOURS``). Columns: the hen's age (weeks), brown strain (flag), the flock's mean body
    weight (g), feed intake (g per hen a day), the diet's crude protein, methionine and linoleic acid (%), the
    house's mean temperature (deg C), the egg's length and breadth from the camera (mm), the shell's lightness
    (L*), its thickness by ultrasound (mm), the days since lay and the flock's mean egg weight of the week (g, the
    farm's daily sample) (14). Imbalanced: 160 / 300 / 440 / 520 / 440 / 280 rows (2,140)."""
    rng = np.random.default_rng(33203)
    n = 400000
    age = rng.uniform(18, 80, n)
    brown = rng.random(n) < 0.55
    body = np.where(brown, 1950, 1600) + rng.normal(0, 90, n)
    intake = np.clip(rng.normal(np.where(brown, 112, 102), 6, n), 80, 135)
    protein = rng.normal(16.5, 0.8, n)
    methionine = rng.normal(0.40, 0.04, n)
    linoleic = rng.normal(1.6, 0.3, n)
    temperature = rng.normal(23, 3.5, n)
    intake = np.clip(intake - 1.2 * np.maximum(temperature - 24, 0) + rng.normal(0, 2, n), 80, 135)
    plateau = np.where(brown, 64.5, 62.5)
    flock = (plateau * (1 - np.exp(-(age - 16.5) / 8.5)) + 0.006 * (body - np.where(brown, 1950, 1600))
             + 30 * np.clip(methionine * intake / 100 - 0.41, -0.1, 0.02) + 1.2 * np.clip(linoleic - 1.4, -1, 0.5)
             + 0.25 * (protein - 16.5) - 0.35 * np.maximum(temperature - 25, 0) + 0.06 * np.maximum(age - 60, 0))
    laid = flock + rng.normal(0, 3.6, n)  # hens of a flock and age lay eggs a few grams apart
    days = rng.integers(0, 8, n)
    weight = laid * (1 - 0.0022 * days) + rng.normal(0, 0.1, n)  # the check weight
    label = np.where(weight < EGG_LIMITS[0], -1, (weight[:, None] >= np.array(EGG_LIMITS[1:])).sum(1))
    keep = _keep(rng, label, EGG_ROWS)
    y = label[keep]
    age, brown, body, intake, protein, methionine, linoleic, temperature, flock, days, weight = (
        a[keep] for a in (age, brown, body, intake, protein, methionine, linoleic, temperature, flock, days, weight))
    n = len(y)
    shape = np.clip(rng.normal(0.765 - 0.0004 * (age - 40), 0.028, n), 0.68, 0.85)  # breadth over length
    volume = weight / rng.normal(1.035, 0.012, n) * 1000  # mm3
    length = (volume / (np.pi / 6 * shape ** 2)) ** (1 / 3)
    breadth = shape * length
    length = length + rng.normal(0, 1.0, n)  # the camera's errors on a rolling egg
    breadth = breadth + rng.normal(0, 0.7, n)
    lightness = np.where(brown, 55 + 0.12 * (age - 18), 87) + rng.normal(0, 4, n)
    shell = np.clip(0.40 - 0.0012 * (age - 18) - 0.0012 * (weight - 58) + rng.normal(0, 0.025, n), 0.22, 0.5)
    week = flock + rng.normal(0, 0.5, n)
    x = np.column_stack([np.round(age), brown, np.round(body, -1), np.round(intake), np.round(protein, 1),
                         np.round(methionine, 3), np.round(linoleic, 2), np.round(temperature, 1), np.round(length, 1),
                         np.round(breadth, 1), np.round(lightness, 1), np.round(shell, 3), days, np.round(week, 1)])
    return x.astype(np.float32), y
