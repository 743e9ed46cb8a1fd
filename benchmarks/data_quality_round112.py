"""Round 112's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- almond5: a shelled almond lot's USDA grade
#: the 5 classes of ``almond5`` (a lot of shelled almond kernels at a huller-sheller, by the grade the inspector gives
#: a sample of it, the highest of the U.S. grades for shelled almonds whose tolerances the sample meets), the best first
ALMOND_CLASSES = ("U.S. Fancy", "U.S. Extra No. 1", "U.S. No. 1 (Supreme)", "U.S. Select Sheller Run",
                  "U.S. Standard Sheller Run")
ALMOND_ROWS = (200, 420, 640, 520, 360)
#: per grade, the tolerances (% by weight of the inspector's sample) it allows, as the public grade tables give them:
#: doubles, chip and scratch, foreign material, split and broken, other defects, serious defects (a lot failing the
#: last grade's is not kept: it is sold as no grade)
ALMOND_LIMITS = np.array([[3.0, 5.0, 0.05, 1.0, 2.0, 1.0], [5.0, 5.0, 0.05, 1.0, 4.0, 1.5],
                          [15.0, 10.0, 0.05, 1.0, 5.0, 1.5], [15.0, 20.0, 0.1, 5.0, 3.0, 2.0],
                          [25.0, 35.0, 0.2, 15.0, 3.0, 2.0]])
#: the grade above and below each (a lot near a tolerance is graded one step up or down by the sample drawn, the
#: inspector's count of a chip's or a scratch's size, a double's flat side, a brown spot's eighth of an inch)
ALMOND_NEIGHBOURS = ordinal_neighbours(len(ALMOND_CLASSES))
#: what the grade is given from: the label's basis, not columns
ALMOND_GRADING = ("the inspector's official sample (1,000 g or more drawn from the lot) sorted by hand into doubles, "
                  "chip and scratch, foreign material, split and broken, other and serious defects, weighed against "
                  "each grade's tolerances",
                  "the inspector's own habit at the edges of a defect's size, and the sample's draw from the lot")


# ---------------------------------------------------------------------- vanilla5: a cured vanilla bundle's grade
#: the 5 classes of ``vanilla5`` (a bundle of cured vanilla beans bought from a growers' co-operative, by the grade the
#: exporter's grader sorts it into), the best first
VANILLA_CLASSES = ("gourmet (black grade A: whole, supple, oily, dark, long, the most moisture)",
                   "grade A (black to brown: whole, supple, a little less moisture or length)",
                   "red (grade B, for extraction: drier, reddish, some blemishes)",
                   "grade C (short or thin, dry, marked: for extraction)",
                   "cuts and splits (split, broken or mouldy beans cut to pieces: for extraction)")
VANILLA_ROWS = (260, 520, 600, 440, 320)
#: the lower limits of grade C, red, grade A and gourmet on the grader's score (the bean's look and feel folded in;
#: higher better) that the grade takes, as ``np.digitize`` reads them (the score's grades read reversed)
VANILLA_LIMITS = (-1.5, -0.5, 0.5, 1.5)
#: the grade above and below each (graders differ mostly by one grade: a bundle's colour under the shed's light, its
#: suppleness by hand, a few splits or a spot of mould in it, the exporter's orders of the day)
VANILLA_NEIGHBOURS = ordinal_neighbours(len(VANILLA_CLASSES))
#: what the grade is sorted from: the label's basis, not columns
VANILLA_GRADING = ("the grader's look and feel of the bundle: the beans' colour and sheen, suppleness when bent "
                   "round a finger, length, splits, mould and scars, the aroma",
                   "the grader's own habit and the exporter's orders of the day")


# ---------------------------------------------------------------------- garagedoor6: a garage door's fault
#: the 6 classes of ``garagedoor6`` (a residential garage door a technician visits because it will not open,
#: reverses or stops part way, by the cause the technician diagnosed)
GARAGEDOOR_CLASSES = ("broken torsion spring (the door heavy, the opener straining or unable to lift it)",
                      "misaligned or dirty safety photo-eyes (the beam not seen: the door reverses or will not close)",
                      "stripped drive gear or sprocket (the motor runs, the trolley does not move)",
                      "limit or force settings drifted (the door stops short, reverses at the floor or on the way)",
                      "cable off its drum or frayed (the door crooked, binding, stopping part way)",
                      "failed logic board or remote (no response, wrong blink codes, a dead receiver or transmitter)")
GARAGEDOOR_ROWS = (480, 360, 300, 340, 280, 380)
#: the causes technicians confuse (symmetric): a broken spring against the drive gear (a heavy door strips it: the
#: motor hums, the door stays), the force settings (the opener reverses on a heavy door) and a cable (a broken spring
#: throws its cable off the drum: both crooked and heavy); the photo-eyes against the limit or force settings (both
#: reverse on the way down) and the board (both will not close, the light blinks); the drive gear against the travel
#: settings (a slipping gear loses the travel count) and the board (no movement); the settings against a cable (a
#: binding door trips the force: it stops part way) and the board (an opener losing its travel memory)
GARAGEDOOR_NEIGHBOURS = {0: (2, 3, 4), 1: (3, 5), 2: (0, 3, 5), 3: (0, 1, 2, 4, 5), 4: (0, 3), 5: (1, 2, 3)}


# ---------------------------------------------------------------------- pinball6: a pinball machine's fault
#: the 6 classes of ``pinball6`` (a pinball machine an operator's technician repairs because a feature plays dead or
#: wrong, by the cause the technician diagnosed)
PINBALL_CLASSES = ("dirty or misaligned switch (a rollover, a target's or a trough's switch not closing)",
                   "burnt coil or its diode (a coil open or shorted, its diode broken or reversed)",
                   "failed driver transistor (open: the coil never fires; shorted: locked on, fuses blowing)",
                   "broken wire or connector (a lead off a lug, a cracked header pin, a burnt connector)",
                   "worn flipper mechanism (a worn plunger, link or bushing, a coil sleeve, a pitted EOS switch)",
                   "failed opto or its board (an infrared emitter or receiver dead, the opto board's comparator)")
PINBALL_ROWS = (440, 360, 320, 380, 300, 340)
#: the causes technicians confuse (symmetric): a dirty switch against a broken wire (a switch's row or column open),
#: a worn flipper (its end-of-stroke switch pitted: weak, hot) and an opto (both a switch the game does not see); a
#: burnt coil against its driver (a shorted coil or a missing diode kills the transistor: dead or locked on), a broken
#: wire (an open coil and an open lead read alike) and a worn flipper (a tired flipper coil: weak); the driver against
#: a broken wire (no pulse reaches the coil); a broken wire against an opto (its board's connector)
PINBALL_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 3, 4), 2: (1, 3), 3: (0, 1, 2, 5), 4: (0, 1), 5: (0, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"almond5": ALMOND_NEIGHBOURS, "vanilla5": VANILLA_NEIGHBOURS, "garagedoor6": GARAGEDOOR_NEIGHBOURS,
              "pinball6": PINBALL_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("almond5", "vanilla5")
