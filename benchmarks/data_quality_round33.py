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
