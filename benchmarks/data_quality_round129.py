"""Round 129's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account is written at the end of the round: what was read, opened, assumed and measured.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- veneer4: a softwood veneer sheet's grade
#: the 4 classes of ``veneer4`` (a rotary-peeled softwood veneer sheet a plywood mill's grader sorts after the dryer,
#: by the veneer grade of the voluntary product standard PS 1), the best first. PS 1 names N, A, B, C-plugged, C and D
#: veneer; this set takes A (smooth, paintable, neat repairs only), B (a solid surface: tight knots to about 1 inch,
#: repair plugs, minor splits), C (knotholes to about 1 inch, limited splits) and D (knots and knotholes to about 2.5
#: inches, limited splits), in that order. N, C-plugged and the rest left out: a sheet within none of the four (a
#: knothole or a split over D's limits) goes to the chipper or the core line and is not kept
VENEER_CLASSES = ("A veneer (smooth, paintable: no open defects, small tight knots, neat repairs only)",
                  "B veneer (a solid surface: tight knots to 1 inch, no knotholes, minor splits, pitch limited)",
                  "C veneer (knotholes to 1 inch, tight knots to 1.5 inches, splits to 1/2 inch)",
                  "D veneer (knots and knotholes to 2.5 inches, splits to 1 inch)")
VENEER_ROWS = (360, 560, 700, 520)
#: per grade from A to D, the grader's limits on the sheet (a 4 x 8 ft face): the largest open knothole across the
#: grain (in), the largest tight knot (in), the knots and knotholes counted, the widest split (in) and the pitch
#: pockets counted. The sizes are the author's reading of PS 1's usual form (no table of PS 1 was read whole): A no
#: knothole, tight knots to 3/8 inch, at most 6 knots, splits to 1/32 inch (hairline), no pitch pocket; B no knothole,
#: tight knots to 1 inch, at most 20, splits to 1/16, at most 4 pitch pockets; C knotholes to 1 inch, knots to 1.5,
#: splits to 1/2 inch; D knots and knotholes to 2.5 inches, splits to 1 inch
VENEER_LIMITS = np.array([[0.0, 0.375, 6.0, 0.03125, 0.0], [0.0, 1.0, 20.0, 0.0625, 4.0],
                          [1.0, 1.5, np.inf, 0.5, np.inf], [2.5, 2.5, np.inf, 1.0, np.inf]])
#: the grade above and below each (a sheet near a limit is sorted one step up or down by the grader's reading of a
#: knot's size, whether a knot is tight or a knothole, and a split's width, on a sheet passing at line speed)
VENEER_NEIGHBOURS = ordinal_neighbours(len(VENEER_CLASSES))
#: what the grade is set from: the label's basis, not columns
VENEER_GRADING = ("the grader's reading of the dried sheet's face on the grading chain: each knot's and knothole's "
                  "size across the grain, knots tight or open, splits' widths, pitch pockets, against PS 1's limits",
                  "the grade stacked at the dryer's outfeed, the grader's mark on the sheet")


# ---------------------------------------------------------------------- catsup4: a tomato catsup lot's grade
#: the 4 classes of ``catsup4`` (a lot of tomato catsup a processor's quality lab grades, by the USDA grade of tomato
#: catsup), the best first: U.S. Grade A (Fancy: good colour, good consistency, practically free from defects, good
#: flavour, at least 33 % total solids, at least 85 points), U.S. Grade B (Extra Standard: the same factors, at least
#: 29 % total solids, at least 85 points), U.S. Grade C (Standard: fairly good colour, consistency, freedom from defects
#: and flavour, at least 25 % total solids, at least 70 points) and Substandard (failing Grade C)
CATSUP_CLASSES = ("U.S. Grade A or U.S. Fancy (at least 33 % total solids, 85 points, every factor good)",
                  "U.S. Grade B or U.S. Extra Standard (at least 29 % total solids, 85 points, every factor good)",
                  "U.S. Grade C or U.S. Standard (at least 25 % total solids, 70 points, every factor fairly good)",
                  "Substandard (failing Grade C: a factor under fairly good, under 70 points or under 25 % solids)")
CATSUP_ROWS = (480, 600, 560, 500)
#: per grade from A to Substandard, the least the lot must reach: the total solids (%), the total score (points), and
#: each scored factor's score (colour, consistency, absence of defects, flavour, 25 points each) as a limiting rule
#: (a "good" factor 21-25 points, "fairly good" 18-20: the author's reading of the usual USDA form; a factor under a
#: grade's least holds the lot below that grade whatever its total). Substandard takes every lot
CATSUP_LIMITS = np.array([[33.0, 85.0, 21.0, 21.0, 21.0, 21.0], [29.0, 85.0, 21.0, 21.0, 21.0, 21.0],
                          [25.0, 70.0, 18.0, 18.0, 18.0, 18.0], np.full(6, -np.inf)])
#: the consistency's flows: the most a Bostwick consistometer may read (cm in 30 s at 20 C) for a good consistency
#: (Grades A and B: 9 cm, as a tomato-processing text gives it) and a fairly good one (11 cm: the author's reading)
CATSUP_BOSTWICK = (9.0, 11.0)
#: the grade above and below each (a lot near a solids line or a factor's line is graded one step up or down by the
#: grader's scoring of the colour against the USDA colour standards, the flow's reading and the defects' count)
CATSUP_NEIGHBOURS = ordinal_neighbours(len(CATSUP_CLASSES))
#: what the grade is set from: the label's basis, not columns
CATSUP_GRADING = ("the USDA-trained grader's scores of the lot's sample: colour against the tomato products' colour "
                  "standards, consistency by the Bostwick flow and the free liquid's separation on a grading tray, "
                  "defects (specks, dark particles, peel, seeds) against the grading plate, flavour; the total solids "
                  "by the vacuum oven",
                  "the grade on the lot's certificate, after the scores' limiting rules")


# ---------------------------------------------------------------------- transformer6: a power transformer's failure
#: the 6 classes of ``transformer6`` (a utility's power transformer taken out of service after a failure or an alarm,
#: by the cause its engineers found at the teardown or the internal inspection); left out: the protection relays'
#: and the control wiring's faults, and the tank's external damage (a bird, a vehicle, a gunshot)
TRANSFORMER_CLASSES = ("windings (a turn-to-turn or a layer fault, a winding displaced by a through-fault's forces, a "
                       "lead or a joint overheating)",
                       "on-load tap changer (the diverter switch's contacts, its barrier leaking into the main tank, "
                       "the selector, the drive mechanism)",
                       "bushings (a condenser bushing's insulation, moisture through its seal, a top connection "
                       "overheating)",
                       "core and clamping (a core's lamination short or an unintended core ground, loose clamping, "
                       "circulating currents heating the core's steel)",
                       "cooling system (fans, oil pumps, radiators or coolers blocked or leaking: the oil and the "
                       "windings running hot)",
                       "insulating oil and paper's degradation (wet, aged or oxidised oil, paper's polymerisation "
                       "lost: the dielectric strength gone)")
TRANSFORMER_ROWS = (420, 380, 320, 360, 340, 320)
#: the causes engineers confuse (symmetric): the windings against the tap changer (acetylene and hydrogen: arcing in
#: a winding or the diverter's oil leaking into the main tank), the core (a hot spot's ethylene: a winding's joint or
#: the core's steel) and the oil and paper (a winding failing where the paper was aged; CO and furans); the tap changer
#: against the bushings (a connection overheating at the tank's top, the power factor at the outage's tests); the
#: bushings against the oil and paper (moisture: a bushing's seal or the wet main insulation, the power factor); the
#: core against the cooling system (thermal gases without paper: a hot core or hot oil); the cooling system against
#: the oil and paper (running hot ages the paper: CO, CO2 and furans)
TRANSFORMER_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2), 2: (1, 5), 3: (0, 4), 4: (3, 5), 5: (0, 2, 4)}


# ---------------------------------------------------------------------- tbm6: a tunnel boring machine's stoppage
#: the 6 classes of ``tbm6`` (a tunnelling contractor's tunnel boring machine stopped for a breakdown, by the cause its
#: engineers found); left out: a ground collapse or an inflow at the face, the power supply, and the guidance system
TBM_CLASSES = ("cutterhead and its disc cutters (cutters worn flat, blocked or lost, the cutterhead's wear or its "
               "openings clogged)",
               "main bearing and drive (the main bearing, its seals, the drive motors, gearboxes or pinions)",
               "muck conveyor (the screw conveyor's flights, gate or drive in an earth-pressure balance machine, or "
               "the belt conveyor's belt, rollers or drive)",
               "segment erector (the erector's rotation, its gripper or vacuum head, its hydraulics or controls)",
               "grouting system (the tail-void grout's pumps, lines blocked or set, the tail seal, the mixing plant)",
               "thrust cylinders and hydraulics (a cylinder's seals or shoes, the hydraulic pumps, valves, hoses, the "
               "oil overheating)")
TBM_ROWS = (400, 340, 380, 320, 360, 340)
#: the causes engineers confuse (symmetric): the cutterhead against the main bearing and drive (the torque high and
#: the advance slow, noise from the head: the cutters or the drive) and the muck conveyor (a face clogged in sticky
#: ground: the cutterhead's openings or the screw); the main bearing and drive against the thrust hydraulics (hydraulic
#: drives and thrust on the same oil: the oil hot, a pump failing); the muck conveyor against the grouting system (the
#: backup's lines and belts fouled by spilled muck or grout); the segment erector against the grouting system (the
#: ring's build and the tail-void grouting in one cycle: a ring damaged or delayed) and the thrust cylinders (the
#: cylinders retracted and re-extended for each segment: the ring's build slow)
TBM_NEIGHBOURS = {0: (1, 2), 1: (0, 5), 2: (0, 4), 3: (4, 5), 4: (2, 3), 5: (1, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"veneer4": VENEER_NEIGHBOURS, "catsup4": CATSUP_NEIGHBOURS, "transformer6": TRANSFORMER_NEIGHBOURS,
              "tbm6": TBM_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("veneer4", "catsup4")
