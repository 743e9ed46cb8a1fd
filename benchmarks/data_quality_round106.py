"""Round 106's held-out data sets for the noisy-label benchmark (draft: the classes, rows, limits and neighbour maps,
committed before any generator is written)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- litter6: a street section's litter grade
#: the 6 classes of ``litter6`` (a street section inspected on a walked transect under a council's code of practice on
#: litter and refuse, by the litter grade the inspector gave, with the intermediate grades many councils use), the
#: cleanest first
LITTER_CLASSES = ("A (no litter or refuse)",
                  "B+ (predominantly free of litter: a few small items)",
                  "B (predominantly free of litter apart from some small items)",
                  "B- (small items scattered along the transect, no accumulation)",
                  "C (widespread distribution of litter with minor accumulations)",
                  "D (heavily affected by litter with significant accumulations)")
LITTER_ROWS = (260, 380, 460, 420, 360, 260)
#: the lower limits of B+ .. D on the inspector's seen litter (items a 50 m transect, the items' size and
#: clustering folded in) that the grade takes
LITTER_LIMITS = (0.5, 3.5, 10.5, 25.5, 60.5)
#: the grade above and below each (inspectors differ mostly by one grade: the walked line, parked cars hiding the
#: channel, wet litter flattened, detritus and leaves making a street look dirtier, the inspector's own habit)
LITTER_NEIGHBOURS = ordinal_neighbours(len(LITTER_CLASSES))
#: what the grade is given from: the label's basis, not columns
LITTER_GRADING = ("the inspector's look along the walked transect (the footway and the channel, the items, their "
                  "size and whether they gather in accumulations) against the code's photographs of each grade",
                  "the inspector's own habit (a strict or a lenient grader) and the street as a whole seen in passing "
                  "(detritus, leaves and parked cars), not only the litter")


# ---------------------------------------------------------------------- scoliosis6: an adolescent curve's Cobb band
#: the 6 classes of ``scoliosis6`` (an adolescent referred to a spine clinic, by the band of the major curve's Cobb
#: angle the radiologist read on the standing radiograph), the smallest first
SCOLIOSIS_CLASSES = ("under 10 degrees (spinal asymmetry, not scoliosis)", "10-19 degrees (mild: observation)",
                     "20-29 degrees (moderate: a brace if growth remains)", "30-39 degrees (moderate: a brace)",
                     "40-49 degrees (severe: surgery considered)", "50 degrees and more (severe: surgery advised)")
SCOLIOSIS_ROWS = (340, 520, 460, 340, 260, 220)
#: the lower limits of the bands 10-19 .. 50+ on the radiologist's reading (degrees) that the band takes
SCOLIOSIS_LIMITS = (10.0, 20.0, 30.0, 40.0, 50.0)
#: the band above and below each (a Cobb reading varies by about 5 degrees between readers and 3 within one: the end
#: vertebrae chosen, the endplates' tilt drawn, the posture on the day; a band is 10 degrees wide)
SCOLIOSIS_NEIGHBOURS = ordinal_neighbours(len(SCOLIOSIS_CLASSES))
#: what the band is read from: the label's basis, not columns
SCOLIOSIS_READING = ("the radiologist's Cobb angle on the standing posteroanterior radiograph: the end vertebrae "
                     "chosen as the most tilted and the angle between their endplates' lines",
                     "the radiologist's own habit in choosing the end vertebrae and drawing the endplates, and the "
                     "patient's posture and breath on the day of the radiograph")


# ---------------------------------------------------------------------- ebike6: an e-bike's cause of failed assist
#: the 6 classes of ``ebike6`` (an electric bicycle brought to a repair shop because it will not assist properly, by
#: the cause the mechanic diagnosed)
EBIKE_CLASSES = ("battery failing or its BMS cutting out (worn or unbalanced cells, the protection tripping under "
                 "load)",
                 "motor hall-sensor fault (the rotor's position lost: stutter, judder, no start under load)",
                 "controller fault (a power stage, its undervoltage or overcurrent cut-off, or its own supply)",
                 "torque or cadence sensor fault (assist late, weak, surging or absent while pedalling)",
                 "loose or water-damaged connector (the battery's contacts, the motor's or a sensor's plug)",
                 "display or firmware trouble (the display's link, a setting or a firmware fault)")
EBIKE_ROWS = (400, 340, 300, 360, 420, 320)
#: the causes mechanics confuse (symmetric): a failing battery against the controller (both cut out under load, the
#: controller's undervoltage cut-off reading a sagging pack) and against a connector (a loose battery contact's drop
#: read as sag, cut-outs over bumps); a hall sensor against the controller (both stutter and judder, a failed phase
#: switch like a lost hall signal) and against a connector (the motor plug wet, the hall signal lost); the controller
#: against the display (the link's error codes, a dead display or a dead controller); the torque or cadence sensor
#: against a connector (the sensor's plug) and against the display or firmware (assist wrong with no error code, a
#: firmware's calibration); a connector against the display (a wet display plug's communication errors)
EBIKE_NEIGHBOURS = {0: (2, 4), 1: (2, 4), 2: (0, 1, 5), 3: (4, 5), 4: (0, 1, 3, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- laundry6: a washing machine's fault
#: the 6 classes of ``laundry6`` (a washing machine's repair visit, by the cause the technician diagnosed)
LAUNDRY_CLASSES = ("blocked drain pump or filter (a coin, a sock or lint in the pump or its filter, or the sump hose)",
                   "door interlock fault (the lock not closing or not releasing, the machine not starting)",
                   "worn drum bearings (a rumble at spin, the drum loose on its shaft, often a leaking seal)",
                   "failed heater element (open or earthed, or its thermistor: the wash stays cold)",
                   "control-board fault (a relay, the motor's triac, the pump's or the heater's drive, the firmware)",
                   "worn motor brushes or belt (the drum not turning or slipping at spin)")
LAUNDRY_ROWS = (440, 300, 380, 320, 280, 420)
#: the causes technicians confuse (symmetric): a blocked drain against the door interlock (the door stays locked
#: while water stays in the drum, and the lock's pressure pipe blocked), against the board (a board not driving the
#: pump) and against the motor (a machine that cannot drain will not spin); the door interlock against the board
#: (the lock's signal and its relay on the board, "will not start"); worn bearings against the motor or belt (the
#: noise and the drum's play, a belt squealing and slipping); the heater against the board (the heater's relay and
#: the thermistor's reading on the board); the board against the motor (the motor's triac and the tacho's errors)
LAUNDRY_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 4), 2: (5,), 3: (4,), 4: (0, 1, 3, 5), 5: (0, 2, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"litter6": LITTER_NEIGHBOURS, "scoliosis6": SCOLIOSIS_NEIGHBOURS, "ebike6": EBIKE_NEIGHBOURS,
              "laundry6": LAUNDRY_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("litter6", "scoliosis6")
