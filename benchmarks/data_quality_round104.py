"""Round 104's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Draft: the classes, the rows, the limits and the neighbour maps, committed before any generator is written.
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


# ---------------------------------------------------------------------- cattle8: a beef cow's body condition score
#: the 8 classes of ``cattle8`` (a beef cow at a herd check, by the body condition score on the 1-9 beef scale that
#: the herd's scorer assigned by eye and touch; a 1 is too rare to keep), the thinnest first
CATTLE_CLASSES = ("BCS 2 (poor: the spine's processes sharp to the touch, ribs and hooks prominent)",
                  "BCS 3 (thin: ribs identifiable, some fat along the spine and over the tail head)",
                  "BCS 4 (borderline: ribs not obvious, the spine's processes rounded to the touch)",
                  "BCS 5 (moderate: a good appearance, spongy fat over the ribs, fat beside the tail head)",
                  "BCS 6 (high moderate: firm pressure to feel the spine, much fat over the ribs)",
                  "BCS 7 (good: fleshy, very spongy fat over the ribs, pones beginning at the tail head)",
                  "BCS 8 (fat: over-conditioned, the spine almost impossible to feel, pones obvious)",
                  "BCS 9 (extremely fat: blocky, the tail head and hips buried in fat)")
CATTLE_ROWS = (140, 220, 350, 420, 380, 300, 190, 140)
#: the lower limits of BCS 3 .. 9 on the scorer's felt condition (on the 1-9 scale) that the score rounds; a cow
#: felt under 1.5 (a 1) is not kept
CATTLE_LIMITS = (2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
#: the score above and below each (experienced scorers differ mostly by one score: a winter coat or a full gut read as
#: fat, late pregnancy's fill, a big-framed cow's flat ribs, the pressure of a hand through the hair)
CATTLE_NEIGHBOURS = ordinal_neighbours(len(CATTLE_CLASSES))
#: what the score is given from: the label's basis, not columns
CATTLE_SCORING = ("the scorer's look at the cow in the chute and the alley (the ribs, the spine, the hooks and "
                  "pins, the tail head, the brisket) and the feel of the fat over the spine's processes and ribs",
                  "the scorer's own habit against the herd's other cows (a scorer who reads a coat as fat, or "
                  "scores a whole thin herd a little high)")


# ---------------------------------------------------------------------- smoke6: a stack plume's read opacity
#: the 6 classes of ``smoke6`` (a stack's plume read by a certified smoke reader, by the six-minute average of the
#: reader's 15-second readings in 5 % steps, in Ringelmann-like levels), the clearest first
SMOKE_CLASSES = ("0 % (no visible emission)", "1-20 %", "21-40 %", "41-60 %", "61-80 %", "81-100 %")
SMOKE_ROWS = (300, 520, 420, 340, 300, 260)
#: the lower limits of the levels 1-20 % .. 81-100 % on the reader's six-minute average (%) that the level takes
SMOKE_LIMITS = (0.5, 20.5, 40.5, 60.5, 80.5)
#: the level above and below each (readers differ mostly by a step or two of 5 %, and a level's edge lies between
#: two steps: the sun's angle, a white plume against a bright sky, the condensed steam's end, a reader's habit)
SMOKE_NEIGHBOURS = ordinal_neighbours(len(SMOKE_CLASSES))
#: what the opacity is read from: the label's basis, not columns
SMOKE_READING = ("the reader's look at the plume where the condensed water has gone (or at the stack's exit for "
                 "a plume without steam), against the background, every 15 seconds for six minutes, in 5 % steps",
                 "the reader's eye as trained at smoke school (certified every six months, a mean error under "
                 "7.5 % against the school's generator), the plume's colour and the light as the reader sees them")


# ---------------------------------------------------------------------- turbine6: a wind turbine stoppage's cause
#: the 6 classes of ``turbine6`` (a wind turbine's stoppage a site technician investigates, by the cause the
#: technician diagnosed)
TURBINE_CLASSES = ("gearbox bearing fault (a worn or spalled bearing in the gearbox's intermediate or high-speed "
                   "stage)",
                   "generator or converter fault (a winding, a slip ring, a bearing of the generator, or the "
                   "converter's power modules or cooling)",
                   "pitch-system fault (a pitch motor, drive, battery or bearing, or a blade's pitch angle astray)",
                   "yaw-system fault (a yaw drive, brake or bearing, or the wind vane misreading: the nacelle off "
                   "the wind)",
                   "icing on the blades (or the anemometer and vane iced: power below the curve in cold, wet air)",
                   "grid event or curtailment (a voltage dip, a frequency excursion, the grid operator's order)")
TURBINE_ROWS = (380, 400, 420, 260, 300, 380)
#: the causes technicians confuse (symmetric): a gearbox bearing against the generator (drivetrain temperatures and
#: vibration rising together, the high-speed shaft's bearing beside the generator's) and against the pitch system (a
#: blade pitched astray shakes the rotor, its 1P vibration read as the drivetrain's); the generator or converter
#: against a grid event (a converter trips on a voltage dip, a converter fault trips the grid protection); the pitch
#: system against the yaw system (power lost at a given wind, the rotor loaded unevenly) and against icing (ice's
#: lost lift answered by the pitch, a stuck blade's power like an iced rotor's); the yaw system against icing (an
#: iced vane steers the nacelle off the wind); icing against curtailment (power below the curve without a
#: component's alarm, a stop on a cold day)
TURBINE_NEIGHBOURS = {0: (1, 2), 1: (0, 5), 2: (0, 3, 4), 3: (2, 4), 4: (2, 3, 5), 5: (1, 4)}


# ---------------------------------------------------------------------- solder6: a solder joint's defect
#: the 6 classes of ``solder6`` (a solder joint an inspector classifies after reflow on a circuit-board line, by the
#: defect the inspector named)
SOLDER_CLASSES = ("bridging (solder joining two leads or pads, a short)",
                  "insufficient solder (a thin or missing fillet, too little solder to wet the joint)",
                  "cold or grainy joint (dull, grainy, poorly wetted: too little heat or time above liquidus)",
                  "tombstoned component (a chip standing on one end, one pad open)",
                  "voiding (gas trapped in the joint beyond the limit, under a BGA's ball or a thermal pad)",
                  "head-in-pillow (a BGA's ball resting on the paste without coalescing)")
SOLDER_ROWS = (400, 380, 320, 260, 420, 360)
#: the defects inspectors confuse (symmetric): bridging against voiding (a bottom-terminated part's thermal pad
#: outgassing squeezes solder to its neighbour; both read on the X-ray) and against head-in-pillow (a warped BGA
#: bridges in its middle and opens at its corners); insufficient solder against a cold joint (a dull, thin, poorly
#: wetted fillet), against a tombstone (one end of a chip open or barely wetted) and against head-in-pillow (an open
#: BGA ball on the X-ray, a starved pad or an uncoalesced one); a cold joint against head-in-pillow (both too little
#: heat: the ball and the paste not melted together); voiding against head-in-pillow (both BGAs read on the X-ray,
#: the paste's flux outgassing at the ball)
SOLDER_NEIGHBOURS = {0: (4, 5), 1: (2, 3, 5), 2: (1, 5), 3: (1,), 4: (0, 5), 5: (0, 1, 2, 4)}
