"""Round 109's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

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


# ---------------------------------------------------------------------- carpet5: a carpet's appearance retention
#: the 5 classes of ``carpet5`` (a carpet in use in an office, a hotel or a shop, by the change of appearance the
#: trained assessor rated against the ISO 9405 / ASTM D7330 reference scale under the standard viewing), the most
#: changed first
CARPET_CLASSES = ("1 (severe change of appearance)", "2 (significant change)", "3 (moderate change)",
                  "4 (slight change)", "5 (no change: the untrafficked carpet)")
CARPET_ROWS = (300, 460, 560, 480, 340)
#: the lower limits of grades 2 .. 5 on the assessor's rating (the reference scale's half steps, read to the nearest
#: whole grade) that the grade takes
CARPET_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each (assessors differ mostly by half a grade to a grade: the viewing angle and light,
#: the reference scale's construction against the carpet's, soiling read as a change of texture, the assessor's habit)
CARPET_NEIGHBOURS = ordinal_neighbours(len(CARPET_CLASSES))
#: what the grade is given from: the label's basis, not columns
CARPET_ASSESSMENT = ("the assessor's look at the trafficked area against the untrafficked carpet and the reference "
                     "scale's photographs (matting, flattening, the tufts' lost definition, the pile's lost texture)",
                     "the assessor's own habit (a strict or a lenient grader) and the viewing on the day (the light, "
                     "the angle, soiling and shading that read as a change of texture)")


# ---------------------------------------------------------------------- checkride5: a manoeuvre's grade in the sim
#: the 5 classes of ``checkride5`` (one manoeuvre of an airline pilot's proficiency check in the full flight simulator,
#: by the grade the examiner gave on a competency-based grading scale), the lowest first
CHECKRIDE_CLASSES = ("1 (unsatisfactory: an unsafe situation, a repeat or retraining)",
                     "2 (minimally acceptable: not unsafe, deviations and late corrections)",
                     "3 (adequate: a safe manoeuvre within the tolerances)",
                     "4 (effective: safe, well within the tolerances, anticipated)",
                     "5 (exemplary: enhanced safety and efficiency throughout)")
CHECKRIDE_ROWS = (200, 420, 720, 540, 260)
#: the lower limits of grades 2 .. 5 on the examiner's overall impression of the manoeuvre that the grade takes
CHECKRIDE_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each (examiners differ mostly by one grade: what they weigh of the flight path against
#: the crew's management of the threats, a deviation caught early or late, their own habit and the drift of a fleet's
#: grading toward straight threes)
CHECKRIDE_NEIGHBOURS = ordinal_neighbours(len(CHECKRIDE_CLASSES))
#: what the grade is given from: the label's basis, not columns
CHECKRIDE_GRADING = ("the examiner's view of the manoeuvre's outcome and how well, how many and how often the pilot "
                     "showed the observable behaviours (the flight path, the procedures, the threats managed)",
                     "the examiner's own habit (a strict or a lenient grader), the crew's communication and workload "
                     "management seen from the back seat, not only the flight data")


# ---------------------------------------------------------------------- treadmill6: a gym treadmill's fault
#: the 6 classes of ``treadmill6`` (a gym treadmill reported faulty, by the cause the technician diagnosed)
TREADMILL_CLASSES = ("worn or dry running belt and deck (friction: the belt drags, slows under a runner, high amps)",
                     "worn drive-motor brushes or a failing motor (a scorched commutator, weak magnets, a short)",
                     "failed motor-controller board (the lower board's output, its drive stage or its supply)",
                     "speed sensor or its magnet out of place (the feedback lost: low-speed errors, surges, stops)",
                     "incline motor or its potentiometer (the lift stuck, drifting or its position lost)",
                     "console, safety key or its wiring (the upper board, the key's switch, the link cable)")
TREADMILL_ROWS = (460, 340, 300, 360, 320, 360)
#: the causes technicians confuse (symmetric): a worn belt and deck against the motor (both slow down under a
#: runner and draw high current) and against the controller board (high friction overloads and kills the board);
#: the motor against the board (erratic speed from a shorted motor or the board's output); the board against the speed
#: sensor (the feedback loop: surges, hesitation, a low-speed error), against the incline (the lift's relays on the
#: lower board) and against the console (the link between the boards: no display, stops); the speed sensor against
#: the console (the feedback's wiring, a stop with an error code); the incline against the console (the lift's
#: command and calibration from the console)
TREADMILL_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3, 4, 5), 3: (2, 5), 4: (2, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- faucet6: a dripping or leaking tap's cause
#: the 6 classes of ``faucet6`` (a plumber's call-out for a dripping or leaking tap or mixer, by the cause the plumber
#: diagnosed)
FAUCET_CLASSES = ("worn washer (a compression tap's jumper washer hardened or split: drips from the spout)",
                  "worn O-ring (the spindle's or the swivel spout's seal: leaks at the handle or the spout's base)",
                  "failed ceramic cartridge (a quarter-turn head or a mixer's cartridge: drips, stiff, won't shut)",
                  "pitted or worn valve seat (the body's seat scored by grit or scale: new washers drip again)",
                  "loose or worn packing nut or gland (an old tap's gland packing: weeps at the spindle)",
                  "cracked body or corroded connection (the tap's body, its tails or the flexible hoses: wet below)")
FAUCET_ROWS = (440, 380, 420, 300, 260, 340)
#: the causes plumbers confuse (symmetric): a worn washer against a pitted seat (both drip from a compression tap's
#: spout, a scored seat chewing new washers) and against a ceramic cartridge (a drip from the spout, a two-handle tap
#: whose heads may be either); an O-ring against the cartridge (a mixer's cartridge seals leaking at the handle),
#: against the packing gland (both leak at the spindle) and against a cracked body or connection (water from the
#: spout's base running under the sink); the cartridge against a pitted seat (the cartridge's seat seals against the
#: body's seat)
FAUCET_NEIGHBOURS = {0: (2, 3), 1: (2, 4, 5), 2: (0, 1, 3), 3: (0, 2), 4: (1,), 5: (1,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"carpet5": CARPET_NEIGHBOURS, "checkride5": CHECKRIDE_NEIGHBOURS, "treadmill6": TREADMILL_NEIGHBOURS,
              "faucet6": FAUCET_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("carpet5", "checkride5")
