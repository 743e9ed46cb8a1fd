"""Round 133's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the class names, rows, limits and neighbour maps, committed before any generator exists; the account follows.)
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


# ---------------------------------------------------------------------- sorghum4: a lot of grain sorghum's U.S. grade
#: the 4 classes of ``sorghum4`` (a lot of grain sorghum an official inspector grades, by the U.S. Standards for
#: Sorghum, 7 CFR 810.1404), the best first: U.S. No. 1 .. U.S. No. 4; U.S. Sample grade left out: a lot within none
#: of the four not kept
SORGHUM_CLASSES = ("U.S. No. 1 (test weight at least 57.0 lb/bu; damaged kernels at most 2.0 %, heat-damaged 0.2 %; "
                   "broken kernels and foreign material at most 3.0 %, foreign material 1.0 %)",
                   "U.S. No. 2 (at least 55.0 lb/bu; damaged at most 5.0 %, heat 0.5 %; BNFM 6.0 %, FM 2.0 %)",
                   "U.S. No. 3 (at least 53.0 lb/bu; damaged at most 10.0 %, heat 1.0 %; BNFM 8.0 %, FM 3.0 %)",
                   "U.S. No. 4 (at least 51.0 lb/bu; damaged at most 15.0 %, heat 3.0 %; BNFM 10.0 %, FM 4.0 %)")
SORGHUM_ROWS = (520, 640, 560, 420)
#: per grade from No. 1 to No. 4, the inspector's limits on the lot's work sample (each "at most"): the test weight
#: (lb/bu, negated: the grade's least as a most), the heat-damaged kernels (%), the damaged kernels in total (%), the
#: foreign material (%), the broken kernels and foreign material in total (%). All the standard's (as read, 7 CFR
#: 810.1404); the other material's counts (stones, glass, ...) and the odour are left out (they send a lot to Sample
#: grade, not kept)
SORGHUM_LIMITS = np.array([[-57.0, 0.2, 2.0, 1.0, 3.0], [-55.0, 0.5, 5.0, 2.0, 6.0], [-53.0, 1.0, 10.0, 3.0, 8.0],
                           [-51.0, 3.0, 15.0, 4.0, 10.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a kernel
#: scored damaged or not, the test weight's kettle read a few tenths apart)
SORGHUM_NEIGHBOURS = ordinal_neighbours(len(SORGHUM_CLASSES))
#: what the grade is set from: the label's basis, not columns
SORGHUM_GRADING = ("the official inspector's work sample of the lot: its test weight per bushel, the damaged kernels "
                   "(heat-damaged apart, and in total: germ, weather, mould, sprout, insect damage), the broken kernels "
                   "and foreign material (foreign material apart) against each grade's limits",
                   "the grade on the official inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- sugar4: a lot of cane sugar's colour grade
#: the 4 classes of ``sugar4`` (a lot of cane sugar a refinery's laboratory grades for sale, by its ICUMSA colour),
#: the whitest first: ICUMSA 45, ICUMSA 100, ICUMSA 150, ICUMSA 600-1200. A lot past 150 IU and under 600 IU, or past
#: 1,200 IU, or failing its grade's other limits even at the brown grade: not kept
SUGAR_CLASSES = ("ICUMSA 45 (refined white: colour at most 45 IU, polarisation at least 99.8 Z, moisture and ash at "
                 "most 0.04 %)",
                 "ICUMSA 100 (at most 100 IU, at least 99.7 Z, moisture 0.06 %, ash 0.06 %)",
                 "ICUMSA 150 (crystal or plantation white: at most 150 IU, at least 99.5 Z, moisture 0.08 %, ash "
                 "0.10 %)",
                 "ICUMSA 600-1200 (brown: 600 to 1,200 IU, at least 98.0 Z, moisture 0.15 %, ash 0.20 %)")
SUGAR_ROWS = (600, 500, 560, 480)
#: per grade from ICUMSA 45 to 600-1200, the laboratory's limits on the lot's sample (each "at most"): the colour
#: (IU, ICUMSA's method at 420 nm), the polarisation (Z, negated: the grade's least as a most), the moisture (% loss on
#: drying), the conductivity ash (%). ICUMSA 45's line as read (a trader's page: 99.8 Z, 0.04 % moisture); the
#: others' polarisations, moistures and ashes are the author's memory of traders' specifications, not checked; the
#: brown grade's lower colour line (600 IU) is applied apart (``_sugar_pool``)
SUGAR_LIMITS = np.array([[45.0, -99.8, 0.04, 0.04], [100.0, -99.7, 0.06, 0.06], [150.0, -99.5, 0.08, 0.10],
                         [1200.0, -98.0, 0.15, 0.20]])
#: the grade above and below each (a lot near a line is graded a step up or down by the laboratory's colour reading:
#: the solution's filtration, the cell, the pH)
SUGAR_NEIGHBOURS = ordinal_neighbours(len(SUGAR_CLASSES))
#: what the grade is set from: the label's basis, not columns
SUGAR_GRADING = ("the refinery laboratory's sample of the lot: its ICUMSA colour (absorbance at 420 nm of a filtered "
                 "solution), its polarisation, its moisture and its conductivity ash, against each grade's limits",
                 "the grade on the lot's certificate of analysis, the worst factor deciding")


# ---------------------------------------------------------------------- ropeway6: a detachable gondola stoppage's cause
#: the 6 classes of ``ropeway6`` (a mountain resort's detachable gondola stoppage, by the cause its lift mechanics
#: found); left out: the wind holds and the guests' incidents
ROPEWAY_CLASSES = ("the haul rope and its splices (a broken wire, a splice's tuck, the rope's position, the tension "
                   "carriage)",
                   "the bullwheel drive and gearbox (the main motor and its drive, the gearbox, the service brake)",
                   "the line towers' sheave trains (sheaves' liners and bearings, the rope catchers, the brittle bars)",
                   "the grips and their detachment (the grip's springs and jaws, the grip force tester, the opening "
                   "and closing rails)",
                   "the station's carrier conveyors and doors (the tyre conveyors, the carriers' spacing, the cabins' "
                   "doors and their rails)",
                   "the control and safety circuits (the PLC, the tower circuit, the stop buttons and the sensors)")
ROPEWAY_ROWS = (300, 280, 360, 420, 400, 380)
#: the causes mechanics confuse (symmetric): the haul rope against the sheave trains (the rope off its line, the
#: sheaves' noise) and the grips (a grip slipping on a worn rope); the drive against the station's conveyors (the tyre
#: conveyors driven off the bullwheel) and the control circuits (a drive fault tripping the PLC); the sheave trains
#: against the control circuits (a brittle bar broken or a switch failed on the tower circuit); the grips against the
#: conveyors (the detachment in the station: the carrier's spacing) and the control circuits (the grip force tester's
#: trip); the conveyors against the control circuits (the spacing and door sensors)
ROPEWAY_NEIGHBOURS = {0: (2, 3), 1: (4, 5), 2: (0, 5), 3: (0, 4, 5), 4: (1, 3, 5), 5: (1, 2, 3, 4)}


# ---------------------------------------------------------------------- bottling6: a brewery bottling line stoppage
#: the 6 classes of ``bottling6`` (a brewery's bottling line stoppage, by the machine its line technicians found at
#: fault); left out: the upstream brewhouse and the warehouse
BOTTLING_CLASSES = ("the rinser (its grippers and nozzles, the rinse water's pressure)",
                    "the filler and its valves (the filling valves, the vent tubes, the bowl's pressure and level, "
                    "the CO2 and the vacuum)",
                    "the crowner (the crowning heads, the crown feed and chute)",
                    "the labeller (the glue, the label magazine, the grippers and the brushes)",
                    "the empty-bottle inspector (its cameras, its reject, the bottles' spacing)",
                    "the case packer (the grouping, the gripper heads, the cases' feed)")
BOTTLING_ROWS = (320, 440, 380, 400, 300, 300)
#: the causes technicians confuse (symmetric): the rinser against the filler (one block: the rinser stops the filler)
#: and the empty-bottle inspector (wet or dirty bottles rejected, the filler starved); the filler against the crowner
#: (one block: a foaming or a high fill jams the crowning heads, the fill-height inspector after both) and the
#: empty-bottle inspector (its rejects' gaps starve the filler); the crowner against the labeller (cocked crowns and
#: bad labels rejected by the full-bottle inspector between them); the labeller against the case packer (each backs
#: the line up from behind)
BOTTLING_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 4), 2: (1, 3), 3: (2, 5), 4: (0, 1), 5: (3,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"sorghum4": SORGHUM_NEIGHBOURS, "sugar4": SUGAR_NEIGHBOURS, "ropeway6": ROPEWAY_NEIGHBOURS,
              "bottling6": BOTTLING_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("sorghum4", "sugar4")
