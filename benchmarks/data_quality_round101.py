"""Round 101's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator is written.)
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


# ---------------------------------------------------------------------- crosshatch6: a coating's cross-cut adhesion
#: the 6 classes of ``crosshatch6`` (a coated metal panel from a paint line's adhesion check, by the cross-cut tape
#: test's class the lab's inspector assigned against the standard's pictures), the best first
CROSSHATCH_CLASSES = ("5B (the cuts' edges completely smooth; no square of the lattice detached)",
                      "4B (small flakes detached at the intersections; under 5 % of the lattice affected)",
                      "3B (small flakes detached along the edges and at the intersections; 5-15 % affected)",
                      "2B (flaked along the edges and on parts of the squares; 15-35 % affected)",
                      "1B (flaked along the cuts in large ribbons, whole squares detached; 35-65 % affected)",
                      "0B (flaking and detachment worse than 1B; over 65 % affected)")
CROSSHATCH_ROWS = (420, 480, 400, 340, 280, 220)
#: the lower limits of 4B .. 0B on the inspector's reading of the lattice's detached area (%; 5B "none", read here as
#: under 1 %), that the class rounds
CROSSHATCH_LIMITS = (1.0, 5.0, 15.0, 35.0, 65.0)
#: the class above and below each (inspectors differ mostly by one class: flakes at the intersections read as
#: "none" or as edges, a ribbon counted as whole squares or not, the pictures matched by eye)
CROSSHATCH_NEIGHBOURS = ordinal_neighbours(len(CROSSHATCH_CLASSES))
#: what the inspector rates from: the label's basis, not columns
CROSSHATCH_RATING = ("the inspector's look at the lattice under an illuminated magnifier after the tape's pull, "
                     "against the standard's descriptions and pictures of each class",
                     "the inspector's judgement between classes (flakes at the intersections or along the edges, "
                     "a lattice cut too deep or too shallow, a tape pulled at the wrong angle or speed)")


# ---------------------------------------------------------------------- olive8: an olive lot's maturity index
#: the 8 classes of ``olive8`` (a lot of olives at a mill's intake, by the maturity index its grader assigned from a
#: sample's skin and flesh colour), the greenest first
OLIVE_CLASSES = ("0 (skin deep or dark green)",
                 "1 (skin yellow or yellowish green)",
                 "2 (skin yellowish green with reddish spots on under half the fruit)",
                 "3 (skin reddish or light violet on over half the fruit)",
                 "4 (skin black, flesh entirely green or white)",
                 "5 (skin black, flesh violet under halfway to the stone)",
                 "6 (skin black, flesh violet almost to the stone)",
                 "7 (skin black, flesh entirely dark to the stone)")
OLIVE_ROWS = (180, 240, 300, 320, 330, 300, 260, 210)
#: the lower limits of 1 .. 7 on the grader's reading of the sample's mean category (the 0-7 scale's index over the
#: fruits of the sample), that the lot's index rounds
OLIVE_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the index above and below each (graders differ mostly by one: yellowish green against green under the mill's
#: light, reddish spots counted or not, the violet flesh's depth judged on a few cut fruits)
OLIVE_NEIGHBOURS = ordinal_neighbours(len(OLIVE_CLASSES))
#: what the grader indexes from: the label's basis, not columns
OLIVE_GRADING = ("the grader's sort of a sample (about 100 fruits) into the scale's eight skin and flesh colours, "
                 "the flesh seen on cut fruits, and the index as the fruits' mean category",
                 "the grader's judgement between levels (a mixed lot of two pickings, the intake's light, how many "
                 "fruits were cut)")


# ---------------------------------------------------------------------- bicycle6: a poor shift's cause
#: the 6 classes of ``bicycle6`` (a bicycle brought to a shop for poor shifting, by the cause the mechanic diagnosed)
BICYCLE_CLASSES = ("bent derailleur hanger (the rear derailleur's cage out of line with the cogs)",
                   "cable and housing friction (a dirty, kinked or frayed cable, worn or compressed housing)",
                   "worn chain (elongated past the gauge's limit)",
                   "worn cassette or chainrings (hooked or shark-finned teeth)",
                   "mis-set limit screws or indexing (the B-tension, the limits or the cable's tension wrong)",
                   "loose or worn freehub (the pawls slipping, the body or the lockring loose)")
BICYCLE_ROWS = (360, 420, 400, 320, 380, 260)
#: the causes a mechanic confuses (symmetric): a bent hanger against mis-set indexing (both shifts hunt and the
#: adjustment will not hold over the whole range; a barrel turn seems to fix it); cable friction against mis-set
#: indexing (slow, hesitant shifts that a barrel turn seems to fix); a worn chain against a worn cassette (both skip
#: under load, a new chain skips on the old cogs) and against a loose freehub (a slipping pawl feels like a skip); a
#: worn cassette against a loose freehub (a skip under load on the most used cogs)
BICYCLE_NEIGHBOURS = {0: (4,), 1: (4,), 2: (3, 5), 3: (2, 5), 4: (0, 1), 5: (2, 3)}


# ---------------------------------------------------------------------- boiler6: a lockout's cause
#: the 6 classes of ``boiler6`` (a domestic gas boiler in lockout at a service call, by the cause the engineer
#: diagnosed)
BOILER_CLASSES = ("ignition failure (a worn or mis-gapped ignition electrode, its lead or the spark generator)",
                  "faulty flame sensor (a sooted, cracked or badly earthed flame-rectification probe)",
                  "low system pressure (a leak, a failed expansion vessel, the pressure switch tripping)",
                  "blocked condensate trap (the trap or the pipe blocked or frozen, condensate backing up)",
                  "fan or flue fault (a failing fan, a blocked or mis-fitted flue, the air pressure switch)",
                  "failing gas valve (a valve not opening or dropping out, its coil or its regulator)")
BOILER_ROWS = (400, 380, 320, 360, 340, 340)
#: the causes engineers confuse (symmetric): ignition failure against a faulty flame sensor (the same "no flame
#: detected" code after the ignition tries) and against a failing gas valve (no gas, no flame: the same code); a
#: faulty flame sensor against a failing gas valve (the flame lost in the run) and against a blocked trap (condensate
#: flooding the burner's chamber smothers the flame); low system pressure against a fan or flue fault (one shared
#: "safety interlock" code on the older boilers); a blocked trap against a fan or flue fault (condensate backing into
#: the flue trips the air pressure switch)
BOILER_NEIGHBOURS = {0: (1, 5), 1: (0, 3, 5), 2: (4,), 3: (1, 4), 4: (2, 3), 5: (0, 1)}
