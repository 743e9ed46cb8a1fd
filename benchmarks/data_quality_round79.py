"""Round 79's held-out data sets for the noisy-label benchmark (the classes, the neighbour maps, the rows and the
limits, committed before any generator exists; the generators and the full docstring follow)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- fazekas4: deep white-matter hyperintensities
#: the 4 classes of ``fazekas4`` (an older adult at a memory clinic or a stroke service, by the Fazekas grade of the
#: deep white-matter hyperintensities the neuroradiologist gave from the FLAIR images), none first
FAZEKAS_CLASSES = ("0 none", "1 punctate foci", "2 beginning confluence of foci", "3 large confluent areas")
FAZEKAS_ROWS = (440, 760, 560, 380)
#: the lower limits of grades 1-3 on the neuroradiologist's reading of the lesion load (a continuous 0-3.5 reading of
#: the foci's number, size and confluence, rounded to a grade; the author's framing of the scale as limits on one
#: reading)
FAZEKAS_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (a few foci read as none or as punctate, foci touching read as beginning
#: confluence or not, beginning confluence read as large confluent areas)
FAZEKAS_NEIGHBOURS = ordinal_neighbours(len(FAZEKAS_CLASSES))
#: what the neuroradiologist reads from the images: the label's basis, not columns
FAZEKAS_IMAGES = ("the FLAIR foci's number", "their size", "their confluence")


# ---------------------------------------------------------------------- hinchey4: a diverticulitis' Hinchey stage
#: the 4 classes of ``hinchey4`` (a patient admitted with acute complicated diverticulitis, by the Hinchey stage the
#: surgical team gave from the CT and, where done, the operation), the mildest first
HINCHEY_CLASSES = ("I pericolic abscess or phlegmon", "II pelvic, distant or retroperitoneal abscess",
                   "III generalised purulent peritonitis", "IV faecal peritonitis")
HINCHEY_ROWS = (760, 620, 460, 300)
#: the lower limits of stages II-IV on the surgical team's reading of the contamination (a continuous 0-3.5 reading of
#: the abscess' size and place, free fluid and gas, pus or faeces, rounded to a stage; the author's framing)
HINCHEY_LIMITS = (0.5, 1.5, 2.5)
#: the stage above and below each stage (a large pericolic abscess read as a pelvic one or not, a ruptured abscess
#: with free fluid read as purulent peritonitis, pus with a little faecal matter read as faecal)
HINCHEY_NEIGHBOURS = ordinal_neighbours(len(HINCHEY_CLASSES))
#: what the surgical team stages from: the label's basis, not columns
HINCHEY_BASIS = ("the CT's abscess, its size and place", "the CT's free gas and fluid", "the operative findings")


# ---------------------------------------------------------------------- windgbx6: a wind turbine drivetrain's fault
#: the 6 classes of ``windgbx6`` (a wind turbine whose drivetrain an inspection or a repair found with a fault, by the
#: fault found)
WIND_FAULTS = ("planet-stage bearing damage", "high-speed-shaft bearing damage", "intermediate-shaft bearing damage",
               "gear-tooth pitting or cracking", "main-bearing damage", "generator bearing damage or misalignment")
WIND_ROWS = (360, 420, 340, 380, 300, 340)
#: the faults a condition-monitoring analyst confuses (symmetric): a planet-stage bearing against gear-tooth damage
#: (a planet gear's and its bearing's orders and debris mix in the low-speed stage) and against main-bearing damage
#: (both slow, low-frequency, masked by the rotor); a high-speed-shaft bearing against an intermediate-shaft bearing
#: (neighbouring shafts, envelope bands that overlap, both warm the oil's outlet) and against the generator's bearing or
#: misalignment (the coupling between them; a misaligned coupling wears the high-speed bearing); an intermediate-shaft
#: bearing against gear-tooth damage (the intermediate stage's pitting)
WIND_NEIGHBOURS = {0: (3, 4), 1: (2, 5), 2: (1, 3), 3: (0, 2), 4: (0,), 5: (1,)}


# ---------------------------------------------------------------------- diatom7: a diatom valve's genus
#: the 7 classes of ``diatom7`` (a diatom valve a water-quality lab's microscopist identified, by the genus named)
DIATOM_TAXA = ("Navicula", "Sellaphora", "Craticula", "Nitzschia", "Tryblionella", "Fragilaria", "Ulnaria")
DIATOM_ROWS = (420, 260, 240, 400, 220, 340, 260)
#: the taxa a microscopist confuses (symmetric): Navicula against Sellaphora (small lanceolate naviculoid valves, the
#: central area and the raphe's ends the difference) and against Craticula (a boat-shaped valve whose parallel striae
#: are hard to see); Nitzschia against Tryblionella (both a keeled canal raphe with fibulae; a broad Nitzschia or a
#: narrow Tryblionella) and against Fragilaria (a narrow linear valve in girdle view, the fibulae missed); Fragilaria
#: against Ulnaria (linear araphid valves; the size, the central area and the rimoportulae the difference)
DIATOM_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0,), 3: (4, 5), 4: (3,), 5: (3, 6), 6: (5,)}
