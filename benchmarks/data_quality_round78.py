"""Round 78's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- tirads5: a thyroid nodule's ACR TI-RADS level
#: the 5 classes of ``tirads5`` (an adult with a thyroid nodule at an endocrine clinic, by the ACR TI-RADS level the
#: sonographer or radiologist gave from the ultrasound), the least suspicious first
TIRADS_CLASSES = ("TR1 (benign: 0 points)", "TR2 (not suspicious: 2 points)", "TR3 (mildly suspicious: 3 points)",
                  "TR4 (moderately suspicious: 4-6 points)", "TR5 (highly suspicious: 7 points or more)")
TIRADS_ROWS = (260, 520, 560, 520, 280)
#: the lower limits of TR2-TR5 on the reader's reading of the nodule (a continuous 0-4.5 reading of the five
#: features' points together, rounded to a level; the author's framing of the points' table as limits on one reading)
TIRADS_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the level above and below each level (a nodule near a limit: a point for the echogenicity or not, a margin
#: read smooth or lobulated, a few echogenic foci read as punctate or as comet tails)
TIRADS_NEIGHBOURS = ordinal_neighbours(len(TIRADS_CLASSES))
#: what the reader scores from the scan: the label's basis, not columns
TIRADS_SCAN = ("the composition", "the echogenicity", "the shape (taller than wide or not)",
               "the margin", "the echogenic foci")


# ---------------------------------------------------------------------- mayo4: ulcerative colitis' Mayo endoscopic score
#: the 4 classes of ``mayo4`` (a patient with ulcerative colitis at endoscopy, by the Mayo endoscopic subscore the
#: endoscopist gave), the inactive first
MAYO_CLASSES = ("0 normal or inactive disease", "1 mild (erythema, a decreased vascular pattern, mild friability)",
                "2 moderate (marked erythema, an absent vascular pattern, friability, erosions)",
                "3 severe (spontaneous bleeding, ulceration)")
MAYO_ROWS = (480, 620, 600, 440)
#: the lower limits of subscores 1-3 on the endoscopist's reading of the mucosa (a continuous 0-3.5 reading of the
#: erythema, the vascular pattern, the friability, the erosions and ulcers, rounded to a subscore; the author's framing)
MAYO_LIMITS = (0.5, 1.5, 2.5)
#: the subscore above and below each subscore (a mucosa near a limit: a faint erythema or a patchy vascular pattern,
#: friability on contact or not, an erosion read as an ulcer)
MAYO_NEIGHBOURS = ordinal_neighbours(len(MAYO_CLASSES))
#: what the endoscopist reads: the label's basis, not columns
MAYO_SCOPE = ("the erythema", "the vascular pattern", "the friability and bleeding", "the erosions and ulcers")


# ---------------------------------------------------------------------- railsig7: a railway signalling fault's kind
#: the 7 classes of ``railsig7`` (a railway signalling fault at a maintainer's call-out, by the kind the maintainer
#: found)
RAIL_FAULTS = ("track circuit failure (bonds, insulated joints, ballast, contamination)",
               "point machine fault (detection lost, fails to throw, obstruction)",
               "signal lamp or LED head failure", "axle counter disturbance (a miscount, a reset needed)",
               "interlocking communication fault (a data link or a trackside object controller)",
               "power supply fault (a feeder, a transformer, a battery or a UPS)",
               "cable damage (theft, works, rodents, water in a trough)")
RAIL_ROWS = (420, 340, 300, 260, 240, 300, 280)
#: the faults a maintainer confuses on the logs (symmetric): a track circuit failure against an axle counter
#: disturbance (either one a section showing occupied with no train) and against cable damage (a wet or cut feed
#: drops a track relay); a point machine fault against an interlocking communication fault (detection lost either way
#: at the panel) and against cable damage (a cut detection circuit); a lamp or LED head failure against a power
#: supply fault (a signal dark either way) and against cable damage (a signal's feed cut); an axle counter against an
#: interlocking communication fault (the evaluator's link lost); a communication fault against a power supply fault
#: (a dip resets the object controllers)
RAIL_NEIGHBOURS = {0: (3, 6), 1: (4, 6), 2: (5, 6), 3: (0, 4), 4: (1, 3, 5), 5: (2, 4), 6: (0, 1, 2)}


# ---------------------------------------------------------------------- coffeedef7: a green coffee bean's defect
#: the 7 classes of ``coffeedef7`` (a green coffee bean a grading lab classified, by the defect its grader named)
COFFEE_DEFECTS = ("full black", "partial sour", "insect damage (borer holes)", "broken, chipped or cut",
                  "fungus damage", "immature (quaker-prone, pale, wrinkled)", "floater (light, bleached, low density)")
COFFEE_ROWS = (300, 320, 360, 300, 260, 340, 260)
#: the defects a grader confuses (symmetric): a full black against a partial sour (overripe or over-fermented
#: cherries, dark and brown) and against fungus damage (dark spots spreading over the bean); a partial sour against
#: fungus damage (yellow-brown stains); insect damage against a broken bean (a hole against a chip, both
#: physical damage) and against a floater (a bored bean is light); an immature bean against a floater (both light,
#: pale, small)
COFFEE_NEIGHBOURS = {0: (1, 4), 1: (0, 4), 2: (3, 6), 3: (2,), 4: (0, 1), 5: (6,), 6: (2, 5)}
