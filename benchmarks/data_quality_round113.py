"""Round 113's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The full account is written after the measures; this first commit holds only the classes, the rows, the grading
limits and the neighbour maps, committed before any generator exists.)
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


# ---------------------------------------------------------------------- lumber5: a piece's visual structural grade
#: the 5 classes of ``lumber5`` (a piece of kiln-dried 2x8 dimension lumber at a sawmill's grading station, by the
#: visual structural grade the certified grader stamps on it), the best first
LUMBER_CLASSES = ("Select Structural", "No. 1", "No. 2", "No. 3", "Economy or reject (below No. 3)")
LUMBER_ROWS = (300, 380, 720, 440, 300)
#: per grade down to No. 3, the largest each characteristic may be as the grader reads it (a piece meeting none of
#: the four rows is Economy or a reject): the largest knot's effective size (fraction of the face's width; an edge
#: knot counts half again), the slope of grain (the deviation per unit length: 1 in 12, 10, 8, 4), wane (fraction of
#: the width), a split's length (in the piece's widths) and crook (mm over 12 ft)
LUMBER_LIMITS = np.array([[0.25, 1 / 12, 0.25, 1.0, 10.0], [0.33, 1 / 10, 0.25, 1.0, 10.0],
                          [0.42, 1 / 8, 0.33, 1.5, 15.0], [0.60, 1 / 4, 0.50, 3.3, 20.0]])
#: the grade above and below each (a piece near a limit is stamped a step up or down by the grader's eye on a knot's
#: edge distance, a slope read from a check's line, the station's pace and the grader's own habit)
LUMBER_NEIGHBOURS = ordinal_neighbours(len(LUMBER_CLASSES))
#: what the stamp is given from: the label's basis, not columns
LUMBER_GRADING = ("the grader's look at the piece's four faces at the chain's pace: the worst knot for its size and "
                  "place, the slope of grain, wane, splits and warp, each against the grade's limit; the worst "
                  "characteristic sets the grade",
                  "the grader's eye and habit at a limit's edge, and the station's pace")


# ---------------------------------------------------------------------- pearl5: a cultured pearl strand lot's grade
#: the 5 classes of ``pearl5`` (a lot of strands of cultured pearls bought from a pearl farm, by the grade the
#: wholesaler's grader sorts it into), the best first
PEARL_CLASSES = ("AAA (very high lustre, nearly clean, round, thick nacre, matched)",
                 "AA+ (high lustre, light blemishes, round)",
                 "AA (medium to high lustre, light blemishes, near round)",
                 "A+ (medium lustre, some blemishes, near round or off round)",
                 "A (low lustre, blemishes on much of the surface, thin nacre or off round)")
PEARL_ROWS = (220, 380, 640, 520, 380)
#: the lower limits of A+, AA, AA+ and AAA on the grader's score (lustre, surface, shape and matching folded in;
#: higher better) that the grade takes, as ``np.digitize`` reads them (the score's grades read reversed)
PEARL_LIMITS = (-1.2, -0.3, 0.6, 1.4)
#: the thinnest nacre (mm) a lot may have and be graded AA+ or AAA, and AA (thinner nacre caps the grade: it shows
#: the nucleus and will not wear)
PEARL_NACRE = (0.35, 0.25)
#: the grade above and below each (graders differ mostly by one grade: the lustre under the sorting room's light, a
#: blemish counted or not, the strands' matching, the wholesaler's stock of the day)
PEARL_NEIGHBOURS = ordinal_neighbours(len(PEARL_CLASSES))
#: what the grade is sorted from: the label's basis, not columns
PEARL_GRADING = ("the grader's look at the strands on a white board under daylight lamps: lustre (the reflection's "
                 "sharpness), surface blemishes, shape, matching, and the nacre's thickness as a cap",
                 "the grader's own habit and the wholesaler's orders of the day")


# ---------------------------------------------------------------------- dishwasher6: a dishwasher's fault
#: the 6 classes of ``dishwasher6`` (a household dishwasher a service technician visits because the dishes come out
#: dirty or water stays in the tub, by the cause the technician diagnosed)
DISHWASHER_CLASSES = ("clogged filter, drain hose or air gap (water left in the tub, slow drain, grit on the dishes)",
                      "failed drain pump (a jammed impeller or a dead motor: water stays, a drain error code)",
                      "blocked spray arm (jets clogged by food or scale, an arm not turning: dirty upper rack)",
                      "failed inlet valve or low water pressure (too little water: dirty dishes, a fill error code)",
                      "failed heating element or thermistor (cold wash: detergent left, greasy dishes, wet dishes)",
                      "failed control board (a relay or a driver dead: stops mid cycle, odd or no error codes)")
DISHWASHER_ROWS = (480, 320, 340, 300, 360, 340)
#: the causes technicians confuse (symmetric): a clog against the drain pump (both leave water in the tub; a clog
#: starves the pump, debris jams its impeller) and the spray arm (the same food debris: a clogged filter starves the
#: wash pump and the arms spray weakly); the drain pump against the board (no drive from the board reads as a dead
#: pump); the spray arm against the inlet valve (too little water sprays weakly) and the heater (both leave dirty
#: dishes); the inlet valve against the board (the board never opens the valve); the heater against the board (its
#: relay powers the element)
DISHWASHER_NEIGHBOURS = {0: (1, 2), 1: (0, 5), 2: (0, 3, 4), 3: (2, 5), 4: (2, 5), 5: (1, 3, 4)}


# ---------------------------------------------------------------------- escalator6: an escalator's stopping fault
#: the 6 classes of ``escalator6`` (an escalator in a station or a mall stopped by a fault, by the cause the
#: maintenance engineer diagnosed)
ESCALATOR_CLASSES = ("comb-plate or step-sag safety switch (debris at the comb, a step out of mesh: the chain opens)",
                     "worn step chain or its tensioner (elongated chain, worn rollers: noise, steps out of line)",
                     "handrail speed deviation (a slipping handrail drive, a worn or stretched handrail)",
                     "drive motor or brake fault (overload, overheating, a brake out of adjustment: long stops)",
                     "missing-step or skirt-brush switch (a gap between steps, a skirt deflected or its brush torn)",
                     "controller or sensor fault (a speed or direction sensor, the drive's inverter, a safety relay)")
ESCALATOR_ROWS = (420, 340, 360, 320, 300, 400)
#: the causes engineers confuse (symmetric): a comb or step-sag trip against the step chain (a worn chain lets the
#: steps sag and hit the comb), the missing-step or skirt switch (switches at the landings, the same debris and
#: vandalism) and the controller (a failing switch input or relay reads as a trip); the step chain against the drive
#: and brake (a stretched chain loads the drive, both lengthen the stop) and the missing-step switch (an elongated
#: chain opens the gap between steps); the handrail against the drive (the handrail is driven off the main drive) and
#: the controller (its speed sensor); the drive or brake against the controller (the inverter's overload and the
#: motor's read alike); the missing-step switch against the controller (its sensor and input)
ESCALATOR_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 3, 4), 2: (3, 5), 3: (1, 2, 5), 4: (0, 1, 5), 5: (0, 2, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"lumber5": LUMBER_NEIGHBOURS, "pearl5": PEARL_NEIGHBOURS, "dishwasher6": DISHWASHER_NEIGHBOURS,
              "escalator6": ESCALATOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lumber5", "pearl5")
