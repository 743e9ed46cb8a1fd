"""Round 136's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account: what was read, opened, assumed and measured, is written with the tests.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- strawberry4: a lot of fresh strawberries' grade
#: the 4 classes of ``strawberry4`` (a lot of fresh strawberries a shipping point's inspector grades, by the U.S.
#: Standards for Grades of Strawberries, 7 CFR 51.3115-), the best first: U.S. No. 1, U.S. Combination, U.S. No. 2 and
#: below grade (culls: a lot within none of the three)
STRAWBERRY_CLASSES = ("U.S. No. 1 (one variety, cap attached, firm, at least three quarters of the surface pink or "
                      "red, at least 3/4 inch across; free from decay and from damage; 10 % off grade, within it 5 % "
                      "serious damage and 2 % decay, 5 % undersize)",
                      "U.S. Combination (No. 1 and No. 2 together, at least 80 % meeting No. 1; 10 % serious damage, "
                      "2 % decay, at least 3/4 inch)",
                      "U.S. No. 2 (at least half the surface pink or red, at least 5/8 inch, the cap not required; "
                      "free from serious damage: 10 %, 3 % decay)",
                      "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
STRAWBERRY_ROWS = (600, 520, 560, 460)
#: per grade from U.S. No. 1 to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: berries by volume): the berries failing the grade's own requirements (No. 1's for No. 1 and the Combination: the
#: colour, the cap, the firmness, damage by bruising, dirt, shape and the rest; No. 2's for No. 2: serious damage, under
#: half coloured), the berries seriously damaged (soft, badly deformed or bruised, leaky, badly caked with dirt), the
#: berries with decay (mould, rot), the berries under the grade's least diameter (3/4 inch, No. 2's 5/8). As read (a
#: produce reference's reprint of the standard); the Combination's 20 % off No. 1 is its "at least 80 % meeting No. 1"
#: (the per-container 65 % left out); the culls take any lot
STRAWBERRY_LIMITS = np.array([[10.0, 5.0, 2.0, 5.0], [20.0, 10.0, 2.0, 5.0], [10.0, 10.0, 3.0, 5.0],
                              [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a berry's
#: colour read at three quarters or not, a bruise scored damage or serious damage, a berry measured on the ring)
STRAWBERRY_NEIGHBOURS = ordinal_neighbours(len(STRAWBERRY_CLASSES))
#: what the grade is set from: the label's basis, not columns
STRAWBERRY_GRADING = ("the shipping point inspector's sample of the lot's berries: the colour, the size on the ring, "
                      "the shape, the cap, the firmness, bruising, dirt, decay and the other defects, each scored at "
                      "the grade's level, against each grade's tolerances",
                      "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- spinach4: a lot of bunched spinach's grade
#: the 4 classes of ``spinach4`` (a lot of fresh bunched spinach a shipping point's inspector grades, in the grades the
#: lead named: U.S. Extra No. 1, U.S. No. 1, U.S. Commercial, below grade), the best first
SPINACH_CLASSES = ("U.S. Extra No. 1 (similar varietal characteristics, fairly clean, well trimmed, free from coarse "
                   "stalks, seedstems, seed buds; free from decay and damage; 5 % off grade, 1 % decay)",
                   "U.S. No. 1 (the same requirements, 10 % off grade, 1 % decay)",
                   "U.S. Commercial (the same requirements, 20 % off grade, 1 % decay)",
                   "below grade (a lot failing U.S. Commercial's requirements or tolerances)")
SPINACH_ROWS = (480, 640, 560, 460)
#: per grade from U.S. Extra No. 1 to below grade, the inspector's limits on the lot's sample (each "at most", % of the
#: plants by weight): the plants failing the grade's requirements (dirt, poor colour, poor trimming, coarse stalks and
#: seedstems, yellowing, wilting, insects and the rest, at the damage level; Extra No. 1's cleanness counted more
#: strictly), the plants seriously damaged, the plants with decay. The off-grade 5 / 10 / 20 % and the decay's 1 % as
#: read (a produce reference, for spinach leaves' three grades); the serious damage within them (half) is the author's;
#: below grade takes any lot
SPINACH_LIMITS = np.array([[5.0, 2.5, 1.0], [10.0, 5.0, 1.0], [20.0, 10.0, 1.0], [100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a leaf's
#: yellowing scored damage or not, a seedstem's length, dirt on the crown)
SPINACH_NEIGHBOURS = ordinal_neighbours(len(SPINACH_CLASSES))
#: what the grade is set from: the label's basis, not columns
SPINACH_GRADING = ("the shipping point inspector's sample of the lot's bunches: the cleanness, the colour, the "
                   "trimming, coarse stalks and seedstems, yellowing, wilting, insects and decay, each scored at the "
                   "grade's level, against each grade's tolerances",
                   "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- brewery6: a packaging line's unplanned stops
#: the 6 classes of ``brewery6`` (a brewery's bottling line's unplanned stops, by the machine its maintenance crew
#: found at fault); left out: the product changes and the cleaning in place
BREWERY_CLASSES = ("the depalletiser and the bottle washer (the sweep, the layer pads, the washer's baskets, its "
                   "caustic and its jets, the empty bottle inspector's rejects)",
                   "the filler and its valves (the fill tubes, the vacuum pump, the CO2 counter-pressure, the fill "
                   "height, the bowl's level)",
                   "the crowner / seamer (the crowning heads, the crown chute and its hopper, the seal's torque)",
                   "the tunnel pasteuriser (its spray zones, the pumps, the heat exchangers, the belt and its "
                   "temperatures)",
                   "the labeller (the glue, the label magazine, the grippers, the vacuum drum, the date coder)",
                   "the packer and the conveyors between the machines (the case packer, the wrapper, the palletiser's "
                   "infeed, the chains, the accumulation tables, the photo-eyes)")
BREWERY_ROWS = (420, 380, 300, 340, 400, 300)
#: the causes the crew confuses (symmetric): the washer against the filler (a dirty or chipped bottle the inspector let
#: through bursts at the filler) and the conveyors (the infeed's jams); the filler against the crowner (one block, one
#: turret: a fill's foaming and a crown's misfire stop both) and the conveyors (the filler starved or backed up); the
#: crowner against the pasteuriser (a crown's leak found as bursts and low fills in the tunnel); the pasteuriser
#: against the labeller (wet, warm bottles: the labels skew and the glue fails); the labeller against the packer and
#: the conveyors (the back-up downstream)
BREWERY_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 3), 3: (2, 4), 4: (3, 5), 5: (0, 1, 4)}


# ---------------------------------------------------------------------- hydropower6: a hydro plant's forced outages
#: the 6 classes of ``hydropower6`` (a hydropower plant's forced outages, by the cause its engineers found); left out:
#: low water and the planned maintenance
HYDRO_CLASSES = ("the intake with its trash racks and gates (the racks' clogging and their differential, the intake "
                 "gate, the penstock's valve)",
                 "the turbine with its wicket gates and governor (the runner, the guide bearing, the shear pins, the "
                 "servomotors, the governor's oil)",
                 "the generator and its excitation (the stator's winding, the rotor's poles, the bearings, the "
                 "exciter, the AVR)",
                 "the main transformer and the switchyard (the step-up transformer, its bushings and cooling, the "
                 "breakers, the line)",
                 "the cooling water and the station auxiliaries (the strainers, the pumps, the station service, the "
                 "DC batteries, the compressed air)",
                 "the protection and control system (the relays, the PLC and SCADA, the sensors and their wiring, a "
                 "false trip)")
HYDRO_ROWS = (320, 380, 400, 300, 360, 380)
#: the causes the engineers confuse (symmetric): the intake against the turbine (the racks' debris and a gate's
#: position both show in the head, the flow and the gate opening) and the cooling water (debris clogs the strainers);
#: the turbine against the generator (the shared shaft: the vibration and the guide bearings' temperatures) and the
#: protection and control (the governor's control and its overspeed trips); the generator against the transformer (the
#: unit's overall differential protection covers both), the cooling water (the stator's and the bearings' heat) and
#: the protection and control (the excitation's control, a relay's trip); the transformer against the protection (a
#: breaker's trip by a relay); the cooling water and auxiliaries against the protection and control (the DC supply and
#: the sensors)
HYDRO_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 5), 2: (1, 3, 4, 5), 3: (2, 5), 4: (0, 2, 5), 5: (1, 2, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"strawberry4": STRAWBERRY_NEIGHBOURS, "spinach4": SPINACH_NEIGHBOURS, "brewery6": BREWERY_NEIGHBOURS,
              "hydropower6": HYDRO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("strawberry4", "spinach4")
