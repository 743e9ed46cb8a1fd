"""Round 36's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- ucs6: ISRM rock strength grades
#: the strength grades of ``ucs6`` (a core specimen's, by the laboratory's uniaxial compressive strength against
#: the ISRM's grades, MPa), weakest first; R0 (extremely weak, under 1 MPa) cannot be cored and trimmed for the test
UCS_GRADES = ("R1 very weak (< 5)", "R2 weak (5-25)", "R3 medium strong (25-50)", "R4 strong (50-100)",
              "R5 very strong (100-250)", "R6 extremely strong (>= 250)")
UCS_ROWS = (260, 400, 420, 440, 360, 260)
#: the grade below and above each grade
UCS_NEIGHBOURS = ordinal_neighbours(len(UCS_GRADES))
#: the least uniaxial compressive strength (MPa) of R2 .. R6
UCS_LIMITS = (5.0, 25.0, 50.0, 100.0, 250.0)


# --------------------------------------------------------------------------- gestation7: gestational age at birth
#: the gestational age categories of ``gestation7`` (a live birth's, by the gestational age at delivery that the
#: first-trimester ultrasound's dating gives, in completed weeks, against the WHO's preterm categories and ACOG /
#: SMFM's term designations), earliest first
GESTATION_CATEGORIES = ("extremely preterm (< 28)", "very preterm (28-31)", "moderate to late preterm (32-36)",
                        "early term (37-38)", "full term (39-40)", "late term (41)", "postterm (>= 42)")
GESTATION_ROWS = (200, 260, 380, 380, 400, 300, 220)
#: the category below and above each category
GESTATION_NEIGHBOURS = ordinal_neighbours(len(GESTATION_CATEGORIES))
#: the least gestational age (weeks) of very preterm .. postterm
GESTATION_LIMITS = (28.0, 32.0, 37.0, 39.0, 41.0, 42.0)


# --------------------------------------------------------------------------- csf8: causes of a CSF pleocytosis
#: the causes of ``csf8`` (a first diagnostic lumbar puncture's, by the cause the treating team confirmed:
#: culture, PCR, antigen, antibody index, cytology or the autoantibodies), in label order
CSF_CAUSES = ("bacterial meningitis", "enteroviral meningitis", "herpes simplex encephalitis",
              "tuberculous meningitis", "cryptococcal meningitis", "Lyme neuroborreliosis",
              "leptomeningeal carcinomatosis", "anti-NMDA receptor encephalitis")
CSF_ROWS = (360, 340, 240, 260, 240, 220, 200, 280)
#: the causes that clinicians confuse on the first CSF (symmetric), as the CSF tables and their exceptions draw
#: them: bacterial against viral meningitis (an early tap's neutrophils in enteroviral meningitis, antibiotics
#: before the tap making a bacterial CSF lymphocytic); bacterial against tuberculous meningitis (low glucose, high
#: protein, TB's early neutrophils); the lymphocytic, normal-glucose CSFs of viral meningitis, HSV encephalitis,
#: neuroborreliosis and autoimmune encephalitis (enteroviral with HSV, with Lyme and with anti-NMDAR; HSV with
#: anti-NMDAR, which also follows it); the chronic lymphocytic, low-glucose meningitides (tuberculous with
#: cryptococcal and with carcinomatous, cryptococcal with carcinomatous; tuberculous with Lyme: subacute,
#: lymphocytic, high protein)
CSF_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 5, 7), 2: (1, 7), 3: (0, 4, 5, 6), 4: (3, 6), 5: (1, 3), 6: (3, 4),
                  7: (1, 2)}


# --------------------------------------------------------------------------- snowgrain8: snow grain shapes
#: the main grain shape classes of ``snowgrain8`` (a snow pit layer's, by the observer's lens and crystal card
#: under the International Classification for Seasonal Snow on the Ground; machine-made snow not in these pits),
#: in label order
SNOW_GRAINS = ("precipitation particles (PP)", "decomposing and fragmented (DF)", "rounded grains (RG)",
               "faceted crystals (FC)", "depth hoar (DH)", "surface hoar (SH)", "melt forms (MF)",
               "ice formations (IF)")
SNOW_ROWS = (220, 300, 400, 360, 240, 160, 300, 160)
#: the classes that snow observers confuse (symmetric), as the classification's metamorphic paths and its mixed
#: forms draw them: new snow decomposing (PP with DF), decomposed grains rounding (DF with RG), rounding facets and
#: faceted rounded grains (RG with FC), facets growing into depth hoar (FC with DH), kinetic forms at the surface
#: (SH with FC, near-surface facets, and SH with PP, feathery crystals on the surface), melt-freeze polycrystals
#: against rounded grains (MF with RG), crusts (MF with IF) and the facets that grow beside crusts (FC with IF)
SNOW_NEIGHBOURS = {0: (1, 5), 1: (0, 2), 2: (1, 3, 6), 3: (2, 4, 5, 7), 4: (3,), 5: (0, 3), 6: (2, 7), 7: (3, 6)}
