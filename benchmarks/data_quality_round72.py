"""Round 72's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- tanner5: an adolescent's pubertal stage
#: the 5 classes of ``tanner5`` (an adolescent at a paediatric endocrinology or growth clinic visit, by the Tanner
#: stage the examining clinician gave: the breast stage of a girl, the genital stage of a boy), the least mature first
TANNER_CLASSES = ("stage I (prepubertal)", "stage II (breast bud; testes over 3-4 ml, scrotal skin reddened)",
                  "stage III (breast and areola enlarged; penis lengthened)",
                  "stage IV (areolar mound; penis broader, testes larger)", "stage V (adult)")
TANNER_ROWS = (400, 460, 480, 440, 360)
#: the lower limits of stages II-V on the examiner's impression of the adolescent's development (a continuous 1-6
#: reading the examiner rounds down to a stage; the author's framing, not a published scale)
TANNER_LIMITS = (2.0, 3.0, 4.0, 5.0)
#: the stage above and below each stage (an adolescent near a stage's limit; examiners' kappa about 0.75)
TANNER_NEIGHBOURS = ordinal_neighbours(len(TANNER_CLASSES))
#: what the examiner looks at and rates: the label's basis, not columns
TANNER_EXAM = ("breast development by inspection and palpation (girls)",
               "genital development and testicular volume by a Prader orchidometer (boys)", "pubic hair")


# ---------------------------------------------------------------------- ecog5: an oncology patient's performance status
#: the 5 classes of ``ecog5`` (an oncology patient at a clinic visit, by the ECOG performance status the clinician
#: graded), the fittest first
ECOG_CLASSES = ("0 fully active, no restriction", "1 restricted in strenuous activity, ambulatory, light work",
                "2 ambulatory and self-caring, no work, up over half the waking hours",
                "3 limited self-care, in bed or chair over half the waking hours",
                "4 completely disabled, no self-care, confined to bed or chair")
ECOG_ROWS = (460, 620, 520, 360, 180)
#: the lower limits of grades 1-4 on the clinician's impression of the patient's function (a continuous 0-5 reading
#: rounded to the nearest grade; the author's framing)
ECOG_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a patient near a limit; clinicians and patients differ by a grade often)
ECOG_NEIGHBOURS = ordinal_neighbours(len(ECOG_CLASSES))
#: what the clinician grades from: the label's basis, not columns
ECOG_BASIS = ("the patient's account of work and household activity", "self-care", "hours spent in bed or chair",
              "the clinician's observation of gait and transfer at the visit")


# ---------------------------------------------------------------------- wafer8: a wafer map's defect pattern
#: the 8 classes of ``wafer8`` (a wafer's die-level fail map after wafer sort, by the defect pattern the yield engineer
#: labelled, WM-811K's eight failure types)
WAFER_PATTERNS = ("center (a cluster of fails at the wafer's centre)", "donut (a ring of fails at mid-radius)",
                  "edge-loc (a cluster of fails at one part of the edge)",
                  "edge-ring (a band of fails around the whole edge)", "loc (a cluster of fails inside the wafer)",
                  "near-full (fails over nearly the whole wafer)", "random (fails scattered over the wafer)",
                  "scratch (a thin line or arc of fails)")
WAFER_ROWS = (320, 160, 360, 440, 300, 140, 200, 220)
#: the patterns a labeller confuses (symmetric): the centre against a donut (a centre cluster with a good core, a
#: donut filled in) and against a loc (a cluster off the centre); a donut against an edge-ring (a wide ring near the
#: edge); an edge-loc against an edge-ring (a partial ring) and against a loc (a cluster near the edge) and a
#: scratch (a scratch run in from the edge); a loc against random fails (a loose cluster) and a scratch (a short, broad
#: scratch); near-full against random (a dense random map)
WAFER_NEIGHBOURS = {0: (1, 4), 1: (0, 3), 2: (3, 4, 7), 3: (1, 2), 4: (0, 2, 6, 7), 5: (6,), 6: (4, 5), 7: (2, 4)}


# ---------------------------------------------------------------------- moth7: a light trap's minors and rustics
#: the 7 classes of ``moth7`` (a moth from a light trap of a monitoring scheme, by the species a dissection of its
#: genitalia confirmed; the scheme records the first four, and the two rustics, as aggregates when undissected)
MOTH_SPECIES = ("Oligia strigilis (Marbled Minor)", "Oligia versicolor (Rufous Minor)",
                "Oligia latruncula (Tawny Marbled Minor)", "Oligia fasciuncula (Middle-barred Minor)",
                "Mesapamea secalis (Common Rustic)", "Mesapamea didyma (Lesser Common Rustic)",
                "Mesoligia furuncula (Cloaked Minor)")
MOTH_ROWS = (380, 200, 300, 280, 420, 340, 220)
#: the species a recorder confuses without dissection (symmetric): the three Oligia minors that need their
#: genitalia (strigilis, versicolor, latruncula: each with the other two); latruncula's dark forms against
#: fasciuncula; fasciuncula against the Cloaked Minor (small, banded minors of grassland); the two rustics (no
#: reliable external feature); the Lesser Common Rustic against the Cloaked Minor (small, variable grass moths of
#: late summer)
MOTH_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 6), 4: (5,), 5: (4, 6), 6: (3, 5)}
