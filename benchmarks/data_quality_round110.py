"""Round 110's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator is written; the full account
follows with the generators.)
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


# ---------------------------------------------------------------------- drywall6: a plasterboard finish level
#: the 6 classes of ``drywall6`` (a plasterboard wall or ceiling inspected at handover, by the level of finish the
#: inspector grades under raking light, the GA-214 levels 0-5; the EN-style Q-levels are coarser), the roughest first
DRYWALL_CLASSES = ("level 0 (boards fixed, no taping or finishing)",
                   "level 1 (tape embedded in compound at the joints and angles, tool marks and ridges left)",
                   "level 2 (one coat over the tape and the fastener heads, the surface free of excess compound)",
                   "level 3 (two coats over the joints and one more over the fasteners, smooth, for heavy texture)",
                   "level 4 (three coats over the joints, the fasteners coated three times, sanded, for flat paint)",
                   "level 5 (level 4 and a skim coat over the whole surface, uniform under critical lighting)")
DRYWALL_ROWS = (200, 260, 360, 480, 520, 320)
#: the lower limits of levels 1 .. 5 on the inspector's finish score (levels; the work seen and the defects that
#: raking light shows folded in) that the grade takes
DRYWALL_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5)
#: the level above and below each (inspectors differ mostly by one level: the angle of the light on the day, a
#: window's raking sun or a worklight, a flat or a glossy primer, photographed ridges, the inspector's own habit)
DRYWALL_NEIGHBOURS = ordinal_neighbours(len(DRYWALL_CLASSES))
#: what the level is graded from: the label's basis, not columns
DRYWALL_GRADING = ("the inspector's look at the surface under raking light (a worklight held along the wall, or a "
                   "window's low sun): the tape and the fasteners showing, ridges, tool marks, the compound's edges, "
                   "the texture and the sheen's differences between the compound and the board's paper",
                   "the inspector's own habit (a strict or a lenient grader) and the room's light on the day")


# ---------------------------------------------------------------------- ballet4: a graded ballet examination's band
#: the 4 classes of ``ballet4`` (a candidate in a graded ballet examination, by the band the examiner awards from the
#: mark out of 100), the lowest first
BALLET_CLASSES = ("standard not attained (fail: under 40 marks)", "pass (40-54 marks)", "merit (55-74 marks)",
                  "distinction (75-100 marks)")
BALLET_ROWS = (300, 720, 760, 360)
#: the lower limits of pass, merit and distinction on the examiner's mark out of 100 that the band takes
BALLET_LIMITS = (40.0, 55.0, 75.0)
#: the band above and below each (examiners differ mostly by a band near its edges: the sections' marks summed from
#: a judgement of technique, music and performance, the day's nerves, a slip of memory, the examiner's own habit)
BALLET_NEIGHBOURS = ordinal_neighbours(len(BALLET_CLASSES))
#: what the band is awarded from: the label's basis, not columns
BALLET_MARKING = ("the examiner's marks for the exam's sections (the barre, the centre, the allegro, the dances) on "
                  "technique, music and performance, summed to a mark out of 100 against the bands",
                  "the examiner's own habit, the candidate's nerves, a slip of memory and the music on the day")


# ---------------------------------------------------------------------- golfcart6: an electric golf cart's fault
#: the 6 classes of ``golfcart6`` (an electric golf cart brought to a fleet workshop because it will not go or goes
#: weakly, by the cause the mechanic diagnosed)
GOLFCART_CLASSES = ("weak or failed battery pack (a worn, sulphated or unbalanced battery, a corroded cable or post)",
                    "failed solenoid (its coil open or its contacts burnt: a click and no go, or no click)",
                    "failed speed controller (its power stage, its low-voltage cut-back or its solenoid drive)",
                    "throttle sensor or its switch (the pedal's position sensor or its microswitch)",
                    "motor or its brushes (worn brushes, a burnt commutator, a failed field or speed sensor)",
                    "charger or its wiring (the charger, its receptacle, its interlock or the on-board computer)")
GOLFCART_ROWS = (440, 360, 300, 320, 280, 440)
#: the causes mechanics confuse (symmetric): a weak pack against the solenoid (a sagging pack will not pull the
#: solenoid in: it clicks), the controller (its low-voltage cut-back reads a sagging pack, weak on hills), the motor
#: (weak on hills, a high current) and the charger (a pack never charged full reads as a weak pack); the solenoid
#: against the controller (the controller drives the solenoid's coil) and the throttle's switch (the microswitch
#: feeds the coil: no click); the controller against the throttle sensor (the controller reads the pedal: jerky, no
#: go), the motor (jerky, cuts out, the motor's speed sensor read by the controller) and the charger (the charger's
#: interlock and the on-board computer keep the controller from driving)
GOLFCART_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2, 3), 2: (0, 1, 3, 4, 5), 3: (1, 2), 4: (0, 2), 5: (0, 2)}


# ---------------------------------------------------------------------- hearingaid6: a returned hearing aid's fault
#: the 6 classes of ``hearingaid6`` (a hearing aid returned to an audiology clinic because it is dead, weak,
#: distorted or whistles, by the cause the audiologist diagnosed)
HEARINGAID_CLASSES = ("wax blocking the receiver or its wax guard (or the sound bore of a custom shell)",
                      "failed battery or charging contact (a dead cell, a corroded or bent contact)",
                      "moisture damage (sweat or humidity in the circuit, the receiver or the battery drawer)",
                      "cracked tube or worn dome (a split or hardened tube, a dome loose, torn or lost its seal)",
                      "blocked or failed microphone (its port or filter clogged with dust or hairspray, or failed)",
                      "poor fit causing feedback (the mould or the dome too small, the ear changed, a vent too big)")
HEARINGAID_ROWS = (480, 380, 340, 300, 260, 380)
#: the causes audiologists confuse (symmetric): wax against moisture (wet wax, dead or weak), a tube or a dome (wax in
#: the tube or the dome, weak or whistling), the microphone (weak, muffled) and the fit (wax in the canal reflects
#: the sound: whistling); a failed battery against moisture (corroded contacts, dead or intermittent); moisture
#: against the tube (condensation in the tube) and the microphone (moisture in its port: distorted, weak); a cracked
#: tube or worn dome against the fit (both whistle, a leak at the ear)
HEARINGAID_NEIGHBOURS = {0: (2, 3, 4, 5), 1: (2,), 2: (0, 1, 3, 4), 3: (0, 2, 5), 4: (0, 2), 5: (0, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"drywall6": DRYWALL_NEIGHBOURS, "ballet4": BALLET_NEIGHBOURS, "golfcart6": GOLFCART_NEIGHBOURS,
              "hearingaid6": HEARINGAID_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("drywall6", "ballet4")
