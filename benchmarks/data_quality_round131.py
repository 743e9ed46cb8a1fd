"""Round 131's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account is written at the end of the work.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- lamb4: a lamb carcass's USDA quality grade
#: the 4 classes of ``lamb4`` (a lamb carcass a packing plant's USDA grader grades, by the U.S. Standards for Grades of
#: Lamb, Yearling Mutton, and Mutton Carcasses), the best first: U.S. Prime, U.S. Choice, U.S. Good, U.S. Utility.
#: U.S. Cull (a carcass within none of the four) left out: such a carcass is not kept
LAMB_CLASSES = ("U.S. Prime (at least Prime quality: flank streakings small to modest by the maturity, firm lean; "
                "Prime conformation, or quality above Prime making up for it)",
                "U.S. Choice (at least low Choice quality: traces to slight flank streakings by the maturity; "
                "slightly thick muscled, or quality making up for it)",
                "U.S. Good (at least low Good quality; slightly thin muscled, or quality making up for it)",
                "U.S. Utility (at least low Utility quality and conformation: thin muscled, soft lean, few or no "
                "streakings)")
LAMB_ROWS = (560, 720, 520, 340)
#: per grade from Prime to Utility, the grader's least readings (negated, so that each is held "at most") on a
#: points scale of the grades' thirds (Utility 3-5.9, Good 6-8.9, Choice 9-11.9, Prime 12 and up): the quality (the
#: flank's fat streakings and the lean's firmness against the carcass's maturity: a more mature carcass needs more
#: streakings for the same points) and the mean of the quality and the conformation (the standard lets a quality
#: above a grade's minimum make up for a conformation below it on an equal basis; a Prime carcass needs Prime quality;
#: a lower grade lets the quality fall a third below the grade when the conformation makes up for it). The points
#: scale and the lines are the author's reading of the standard's words, not its figures
LAMB_LIMITS = -np.array([[12.0, 12.0], [8.0, 9.0], [5.0, 6.0], [2.0, 3.0]])
#: the grade above and below each (a carcass near a line is graded a step up or down by the grader's eye on the
#: flank's streakings, the break joint's colour and the legs' plumpness)
LAMB_NEIGHBOURS = ordinal_neighbours(len(LAMB_CLASSES))
#: what the grade is set from: the label's basis, not columns
LAMB_GRADING = ("the USDA grader's reading of the ribbed carcass on the rail: the flank's fat streakings and the "
                "lean's firmness against the maturity (the break joint, the ribs' width and colour), and the "
                "conformation (the legs', the back's and the shoulders' thickness against the length)",
                "the quality grade rolled on the carcass, quality and conformation combined against the grade's lines")


# ---------------------------------------------------------------------- cantaloupe4: a lot of cantaloupes' U.S. grade
#: the 4 classes of ``cantaloupe4`` (a lot of cantaloupes a shipping point's inspector grades, by the U.S. Standards
#: for Grades of Cantaloups), the best first: U.S. Fancy, U.S. No. 1, U.S. Commercial, U.S. No. 2. A lot within none
#: of the four left out: not kept
CANTALOUPE_CLASSES = ("U.S. Fancy (soluble solids at least 11 %, very good internal quality; mature, well formed, "
                      "well netted; the defects within the tolerances)",
                      "U.S. No. 1 (soluble solids at least 9 %, good internal quality; fairly well formed and "
                      "netted; the defects within the tolerances)",
                      "U.S. Commercial (U.S. No. 1 but for larger tolerances for defects)",
                      "U.S. No. 2 (mature, not seriously damaged, the decay within its tolerance)")
CANTALOUPE_ROWS = (460, 700, 560, 420)
#: per grade from Fancy to No. 2, the inspector's limits on the lot's sample: the soluble solids of the combined
#: juice (%, negated: the grade's least as a most), the melons short of the grade's netting and shape (% by count:
#: not well netted or formed for Fancy, not fairly well for the others), damaged (%), seriously damaged (%), decay (%)
#: (the author's memory of the standard: 11 and 9 % soluble solids, 10 % tolerance of which 5 % serious damage and 1
#: % decay for Fancy and No. 1; Commercial's 20 / 10 / 2 % and its 8 % soluble solids, and No. 2's lines, assumed)
CANTALOUPE_LIMITS = np.array([[-11.0, 5.0, 10.0, 5.0, 1.0], [-9.0, 10.0, 10.0, 5.0, 1.0],
                              [-8.0, 20.0, 20.0, 10.0, 2.0], [0.0, 100.0, 100.0, 15.0, 3.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the sample's melons: the
#: refractometer's reading of the combined juice, a melon scored as damaged or not)
CANTALOUPE_NEIGHBOURS = ordinal_neighbours(len(CANTALOUPE_CLASSES))
#: what the grade is set from: the label's basis, not columns
CANTALOUPE_GRADING = ("the shipping point inspector's sample of the lot's cartons: the soluble solids of the "
                      "combined juice by a hand refractometer, each melon's netting, shape, maturity, damage, "
                      "serious damage and decay, against the grade's limits and tolerances",
                      "the grade on the inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- baggage6: a baggage system stoppage's cause
#: the 6 classes of ``baggage6`` (an airport's baggage handling system stoppage, by the cause its maintainers found);
#: left out: the check-in kiosks and the airline's departure control system
BAGGAGE_CLASSES = ("belt conveyors and their drives (belts, rollers, gearmotors, photocells' jams)",
                   "diverters and sorters (pushers, paddles, vertical sorters, high-speed diverters, merges)",
                   "tilt-tray or tote system (carriers, trays' tilting, the linear motors, the totes' track)",
                   "explosives detection (EDS) machines (the in-line CT or X-ray units, their entry and exit)",
                   "automatic tag readers (barcode arrays and RFID portals, the manual encoding's fallback)",
                   "controls and their PLCs (the sortation computer, the PLCs, the network, bag tracking)")
BAGGAGE_ROWS = (420, 360, 340, 300, 380, 340)
#: the causes maintainers confuse (symmetric): the belt conveyors against the diverters (a jam at a merge or a divert),
#: the tilt-tray or tote system (the induction belts into the sorter) and the EDS (the bags jammed at the machine's
#: entry belts); the diverters against the tilt trays (both sort) and the tag readers (a mis-sort from a no-read or
#: from a diverter late); the tilt-tray or tote system against the controls (the carriers' tracking); the EDS against
#: the controls (the machine's interface: bags' results lost); the tag readers against the controls (the messages,
#: the tracking)
BAGGAGE_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 4), 2: (0, 1, 5), 3: (0, 5), 4: (1, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- drillrig6: a land rig's equipment NPT cause
#: the 6 classes of ``drillrig6`` (an onshore drilling contractor's rig non-productive time, by the equipment its
#: engineers found at fault); left out: the well's downhole problems and the weather
DRILLRIG_CLASSES = ("top drive (the motor and gearbox, the pipe handler and its links, the washpipe, the IBOP)",
                    "mud pumps (fluid ends: valves, seats, liners, pistons; the power ends, the pulsation dampeners)",
                    "drawworks and hoisting (the drum, the brakes, the crown and travelling blocks, the drilling line)",
                    "blowout preventer and well control equipment (the stack, the accumulator, the choke manifold)",
                    "pipe handling (the iron roughneck, the catwalk, the racking, the slips, the tongs)",
                    "the rig's engines and power system (the diesel engines, the generators, the VFD or SCR house)")
DRILLRIG_ROWS = (400, 380, 360, 300, 380, 320)
#: the causes engineers confuse (symmetric): the top drive against the pipe handling (the connection: the top drive's
#: pipe handler or the iron roughneck) and the power system (a drive's trip in the VFD house or the motor); the mud
#: pumps against the BOP and well control (the pressure lost: a pump's valve or a leaking choke or ram) and the power
#: system (the pumps' motors and their drives); the drawworks against the pipe handling (the trip's speed: the blocks
#: or the racking) and the power system (the drawworks' motors, the braking's resistors)
DRILLRIG_NEIGHBOURS = {0: (4, 5), 1: (3, 5), 2: (4, 5), 3: (1,), 4: (0, 2), 5: (0, 1, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"lamb4": LAMB_NEIGHBOURS, "cantaloupe4": CANTALOUPE_NEIGHBOURS, "baggage6": BAGGAGE_NEIGHBOURS,
              "drillrig6": DRILLRIG_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lamb4", "cantaloupe4")
