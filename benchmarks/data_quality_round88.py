"""Round 88's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector. (Docstring completed with the generators.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- lungrads5: a screening CT's Lung-RADS category
#: the 5 classes of ``lungrads5`` (a participant in a low-dose CT lung-cancer screening programme, by the Lung-RADS
#: category the thoracic radiologist gave on the screening CT), the lowest first
LUNGRADS_CLASSES = ("1 negative", "2 benign appearance", "3 probably benign", "4A suspicious",
                    "4B or 4X very suspicious")
LUNGRADS_ROWS = (520, 620, 420, 340, 240)
#: the lower limits (mm) of categories 2, 3, 4A and 4B on the radiologist's reading of the most suspicious nodule's
#: solid-equivalent mean diameter (a part-solid, a new or a growing nodule read as a larger solid one; no nodule or a
#: definitely benign one under 3 mm; the author's framing of Lung-RADS' size rows: solid under 6 mm 2, 6-8 mm 3, 8-15
#: mm 4A, 15 mm and over 4B)
LUNGRADS_LIMITS = (3.0, 6.0, 8.0, 15.0)
#: the category above and below each category (a small nodule seen or called benign; a diameter measured either side
#: of 6, 8 or 15 mm, a part-solid nodule's solid component; growth of 1.5 mm or not; a 4X upgrade on a feature; readers
#: differ mostly one category apart)
LUNGRADS_NEIGHBOURS = ordinal_neighbours(len(LUNGRADS_CLASSES))
#: what the radiologist categorises from: the label's basis, not columns
LUNGRADS_IMAGES = ("the nodules' measured mean diameter on the screening CT",
                   "the nodules' type (solid, part-solid, ground glass) and features",
                   "growth or newness against the prior CT")


# ---------------------------------------------------------------------- levee5: a flood embankment's condition grade
#: the 5 classes of ``levee5`` (a river flood-defence embankment, by the condition grade the asset inspector gave on a
#: walk-over visual inspection), the best first
LEVEE_CLASSES = ("1 very good", "2 good", "3 fair", "4 poor", "5 very poor")
LEVEE_ROWS = (260, 560, 640, 420, 260)
#: the lower limits of grades 2-5 on the inspector's reading of the embankment's deterioration (a continuous 0-5
#: reading rounded to a grade; the author's framing of the condition assessment's wording: cosmetic defects, minor
#: defects, defects that could reduce the performance, that would significantly reduce it, severe defects)
LEVEE_LIMITS = (1.0, 2.0, 3.0, 4.0)
#: the grade above and below each grade (cosmetic or minor defects; whether a slip, a crack or a burrow cluster
#: "could" or "would significantly" reduce the performance; seepage at the toe read as poor or very poor; grading is
#: by eye and by the weakest element, so inspectors differ mostly one grade apart)
LEVEE_NEIGHBOURS = ordinal_neighbours(len(LEVEE_CLASSES))
#: what the inspector grades from: the label's basis, not columns
LEVEE_WALKOVER = ("cracks, slips and low spots on the crest and slopes seen on the day",
                  "the grass cover, burrows and erosion seen on the day",
                  "wet patches, seepage and boils at the landward toe seen on the day")


# ---------------------------------------------------------------------- limp6: a child's acute limp's cause
#: the 6 classes of ``limp6`` (a child brought to the emergency department with an acute limp, by the cause the
#: paediatric orthopaedic team assigned; juvenile arthritis, the lead's alternative, not taken)
LIMP_CLASSES = ("transient synovitis of the hip", "septic arthritis", "osteomyelitis",
                "toddler's or other occult fracture", "Perthes disease", "slipped capital femoral epiphysis")
LIMP_ROWS = (520, 300, 260, 400, 300, 360)
#: the causes the team confuses on the first day (symmetric): transient synovitis against septic arthritis (the
#: irritable hip Kocher's criteria split: fever, weight bearing, the white cells, the ESR), against an occult
#: fracture (an afebrile young child, bland bloods, no trauma seen) and against early Perthes disease (an irritable,
#: stiff hip with normal bloods); septic arthritis against osteomyelitis (fever, a high CRP, a metaphysis next to the
#: joint); osteomyelitis against an occult fracture (a toddler's focal bony tenderness, a low-grade fever or none);
#: an occult fracture against a slipped epiphysis (an acute slip after a minor fall); Perthes disease against a
#: slipped epiphysis (a subacute, afebrile limp with knee or thigh pain, a stiff hip, the ages meeting at 9-11)
LIMP_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 2), 2: (1, 3), 3: (0, 2, 5), 4: (0, 5), 5: (3, 4)}


# ---------------------------------------------------------------------- escalfault6: an escalator breakdown's cause
#: the 6 classes of ``escalfault6`` (a metro escalator breakdown, by the cause the maintenance technician found on the
#: call-out)
ESCAL_CLASSES = ("step chain or step wear", "handrail drive", "comb plate or safety switch trip from debris",
                 "motor or brake fault", "controller or electronics fault", "misuse or vandalism")
ESCAL_ROWS = (300, 380, 480, 300, 320, 360)
#: the causes the control room confuses at the alarm (symmetric): step chain or step wear against the handrail drive
#: (the handrail driven off the step chain's main shaft, a speed monitor's trip), against a comb or step-sag trip (a
#: worn step or a stretched chain tripping the landing switches) and against the motor or brake (the drive's current
#: and vibration up); the handrail drive against misuse (a hand, a bag or a child at the handrail inlet, a pulled
#: rail); a debris trip against the controller (a faulty switch input read as a safety trip) and against misuse
#: (objects pushed into the comb, a stopped escalator at a busy hour); the motor or brake against the controller (an
#: inverter's or a contactor's fault read as a drive fault)
ESCAL_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 5), 2: (0, 4, 5), 3: (0, 4), 4: (2, 3), 5: (1, 2)}
