"""Round 98's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps only, committed before any generator is written.)
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


# ---------------------------------------------------------------------- cormack4: the laryngeal view's grade
#: the 4 classes of ``cormack4`` (an adult intubated under general anaesthesia, by the Cormack-Lehane grade of the
#: view at direct laryngoscopy the anaesthetist recorded; 2a and 2b counted as 2, 3a and 3b as 3), the best view first
CORMACK_CLASSES = ("grade 1: most of the glottis visible",
                   "grade 2: only the posterior part of the glottis (the arytenoids, the posterior commissure) visible",
                   "grade 3: only the epiglottis visible, no part of the glottis",
                   "grade 4: neither the glottis nor the epiglottis visible, only the soft palate or the tongue")
CORMACK_ROWS = (820, 640, 420, 260)
#: the lower limits of grades 2 .. 4 on the anaesthetist's reading of the best view at the first look (a continuous
#: 0.5-4.5 reading of how much of the laryngeal inlet the blade exposed, with the head in the sniffing position and
#: before any external laryngeal pressure, that the grade rounds; the author's framing)
CORMACK_LIMITS = (1.5, 2.5, 3.5)
#: the grade above and below each grade (anaesthetists disagree mostly by one grade: a view of the arytenoids read
#: as 2 or 3, the tip of a floppy epiglottis read as 3 or 4, a view improved by a lift read as the better grade)
CORMACK_NEIGHBOURS = ordinal_neighbours(len(CORMACK_CLASSES))
#: what the anaesthetist grades from: the label's basis, not columns
CORMACK_VIEWING = ("the anaesthetist's look down a Macintosh blade at direct laryngoscopy after induction and "
                   "relaxation, the head in the sniffing position",
                   "the anaesthetist's judgement of a view between grades (the arytenoids only, the epiglottis' "
                   "tip, a view changing with the lift or with pressure on the larynx)")


# ---------------------------------------------------------------------- tuna5: a tuna's auction grade
#: the 5 classes of ``tuna5`` (a fresh bluefin or bigeye tuna at the fish auction, by the quality grade the grader gave
#: it from the core sample and the tail cut), the best first
TUNA_CLASSES = ("grade 1: top sashimi grade (deep, clear red, marbled mature fat, firm, glossy, fresh)",
                "grade 2+: sashimi grade, a little less fat or a slightly less clear colour",
                "grade 2: sashimi grade, lean or a duller colour, firm",
                "grade 3: grill grade (brownish or opaque colour, soft or watery, little fat)",
                "grade 4: processing grade (burnt or brown flesh, mushy, off-odour; for cooking or canning)")
TUNA_ROWS = (240, 420, 560, 520, 400)
#: the lower limits of grades 2+ .. 4 on the grader's reading of the fish (a continuous 0.5-5.5 reading of the
#: colour, the fat, the texture and the freshness of the core sample and the tail cut, 0.5 the best, that the grade
#: rounds; the author's framing)
TUNA_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (graders and buyers differ mostly by one grade: a fat fish with a dull tail
#: read up or down, a lean bright fish read as 2 or 2+, a soft fish read as grill grade or worse)
TUNA_NEIGHBOURS = ordinal_neighbours(len(TUNA_CLASSES))
#: what the grader grades from: the label's basis, not columns
TUNA_GRADING = ("the grader's look at and feel of the core sample drawn with a sashibo above the pectoral fin and "
                "of the tail cut, under daylight or a torch, and the belly wall and the collar",
                "the grader's judgement of a fish between grades (a fat fish with a dull colour, a bright lean "
                "one, a colour that changes in the air, a soft or sticky core)")


# ---------------------------------------------------------------------- culvert6: a deficient culvert's cause
#: the 6 classes of ``culvert6`` (a road culvert rated deficient in the inspection programme, by the primary cause the
#: bridge-and-culvert engineer found)
CULVERT_CLASSES = ("debris or sediment blockage (the opening choked by drift, vegetation or bed load)",
                   "outlet scour (the outlet undermined or perched, a scour hole below the end)",
                   "barrel corrosion or abrasion (section loss, perforations, a worn or holed invert)",
                   "joint separation (open, offset or displaced joints or seams, misaligned sections)",
                   "piping or seepage (water running outside the barrel, fines washed out, voids in the fill)",
                   "structural deformation (a crushed, flattened, sagging or buckled barrel, cracked walls)")
CULVERT_ROWS = (420, 360, 400, 340, 300, 320)
#: the causes an engineer confuses (symmetric): a blockage against outlet scour (both hydraulic, both after a flood
#: that overtopped the crossing) and against piping (a blocked inlet's headwater drives seepage along the barrel);
#: outlet scour against joint separation (the undermined end sections drop and separate) and against piping (voids
#: and washed-out fines at the outlet); corrosion or abrasion against piping (a holed invert lets the flow into the
#: fill) and against deformation (a metal barrel's section loss ends in a buckled invert or a flattened top); joint
#: separation against piping (soil infiltrating open joints, a sinkhole over the barrel) and against deformation
#: (settlement misaligns and cracks the sections); piping against a blockage, scour, corrosion and joints
CULVERT_NEIGHBOURS = {0: (1, 4), 1: (0, 3, 4), 2: (4, 5), 3: (1, 4, 5), 4: (0, 1, 2, 3), 5: (2, 3)}


# ---------------------------------------------------------------------- conveyor6: a conveyor stoppage's root cause
#: the 6 classes of ``conveyor6`` (an unplanned belt conveyor stoppage at a mine or a bulk terminal, by the root cause
#: the maintenance engineer found)
CONVEYOR_CLASSES = ("belt mistracking (the belt running off to one side, edge damage, a sway-switch trip)",
                    "idler bearing failure (seized or collapsed idler rolls, a hot or noisy idler)",
                    "splice failure (a vulcanised or mechanical splice pulled out, cracked or separated)",
                    "overload or spillage (too much material, a blocked chute, spillage burying the return)",
                    "drive-pulley slip (the belt slipping on the drive pulley: worn lagging, low take-up "
                    "tension, a wet belt)",
                    "belt rip (a longitudinal tear or gouge from tramp metal or a trapped lump)")
CONVEYOR_ROWS = (400, 380, 320, 400, 300, 340)
#: the causes an engineer confuses (symmetric): mistracking against idler failure (seized idlers steer the belt; a
#: mistracking belt wrecks the idlers' bearings), against splice failure (a crooked splice runs off; a running-off belt
#: tears its splice edge) and against overload or spillage (off-centre loading both spills and steers); idler failure
#: against drive slip (the drag of seized idlers raises the tension the drive must carry); splice failure against drive
#: slip (the start-up's tension peaks pull a splice and slip the drive) and against a rip (both found as belt damage
#: on the scan); overload against drive slip (an overloaded belt slips at start-up) and against a rip (a blocked
#: chute's trapped lumps gouge and tear the belt)
CONVEYOR_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 4), 2: (0, 4, 5), 3: (0, 4, 5), 4: (1, 2, 3), 5: (2, 3)}
