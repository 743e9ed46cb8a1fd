"""Round 114's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector. (The full account follows with the generators.)
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


# ---------------------------------------------------------------------- maple5: a maple syrup drum's grade
#: the 5 classes of ``maple5`` (a drum of maple syrup a packer buys from a sugarmaker, by the grade and colour class the
#: packer's grader gives it with a colour comparator and a taste), the lightest first
MAPLE_CLASSES = ("Grade A Golden Color and Delicate Taste (75 % light transmittance or more)",
                 "Grade A Amber Color and Rich Taste (50-74.9 %)",
                 "Grade A Dark Color and Robust Taste (25-49.9 %)",
                 "Grade A Very Dark Color and Strong Taste (under 25 %)",
                 "Processing grade (an off-flavour: buddy, sour, metabolism or scorched; wholesale only)")
MAPLE_ROWS = (340, 560, 520, 380, 340)
#: the lower limits of light transmittance (% Tc against glycerol) of Amber's .. Golden's colour class that the grader
#: reads on the comparator, as the public grade tables give them (the colour class read from the darkest)
MAPLE_LIMITS = (25.0, 50.0, 75.0)
#: the grader's taste: a drum whose off-flavour the grader tastes over this (on the author's 0-10 intensity scale) is
#: Processing grade whatever its colour
MAPLE_OFF = 3.0
#: the grade above and below each (a drum near a comparator's edge is read one class up or down by the comparator's
#: glass or faded glycerin standard, the light in the grading room, the syrup's darkening since it was packed; the
#: darkest late-season syrup is the one most often buddy or sour, so Very Dark meets Processing)
MAPLE_NEIGHBOURS = ordinal_neighbours(len(MAPLE_CLASSES))
#: what the grade is given from: the label's basis, not columns
MAPLE_GRADING = ("the grader's colour comparator (a sample in its cell against the glass or glycerin standards at 75, "
                 "50 and 25 % transmittance) and a taste and a sniff of the warmed sample for off-flavours",
                 "the grader's eye at a standard's edge, the comparator's fading, and the grader's palate")


# ---------------------------------------------------------------------- cocoa4: a cocoa bean lot's grade
#: the 4 classes of ``cocoa4`` (a lot of dried cocoa beans delivered to an exporter's warehouse, by the grade the
#: quality inspector sets after a cut test of the lot's sample), the best first
COCOA_CLASSES = ("Grade I (mouldy, slaty and other defective beans each 3 % or fewer)",
                 "Grade II (mouldy 4 %, slaty 8 %, other defective 6 % or fewer)",
                 "sub-standard (over Grade II's limits, or too wet: to be re-dried, re-sorted or sold at a discount)",
                 "rejected (heavily mouldy, slaty or infested, or dirty: refused)")
COCOA_ROWS = (720, 640, 460, 320)
#: per grade, the most the inspector's cut test (300 beans, % by count) and the lot's moisture (%) and foreign matter
#: (% by weight) may show: mouldy, slaty, insect-damaged, germinated or flat (together), moisture, foreign matter.
#: Grade I's and II's defect limits as the public grade standards give them; the rest the author's (a lot over the
#: sub-standard limits is rejected)
COCOA_LIMITS = np.array([[3.0, 3.0, 3.0, 7.5, 0.75], [4.0, 8.0, 6.0, 7.5, 1.0], [10.0, 20.0, 12.0, 9.0, 1.5]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the 300 beans the inspector
#: cuts, a bean's half-slaty face under a poor light, the moisture meter's day)
COCOA_NEIGHBOURS = ordinal_neighbours(len(COCOA_CLASSES))
#: what the grade is set from: the label's basis, not columns
COCOA_GRADING = ("the inspector's cut test: 300 beans drawn from the lot's bags, cut lengthwise and counted mouldy, "
                 "slaty, insect-damaged, germinated or flat; the lot's moisture and foreign matter",
                 "the inspector's eye at a half-slaty or a faintly mouldy bean, and the sample's draw")


# ---------------------------------------------------------------------- printer6: an office laser printer's fault
#: the 6 classes of ``printer6`` (an office laser printer or copier a field engineer visits for poor prints or jams,
#: by the cause the engineer diagnosed)
PRINTER_CLASSES = ("worn fuser unit (toner not fixed, smears, fuser-exit jams, creases, fuser error codes)",
                   "worn drum or imaging unit (faded or grey background, repeating marks, ghosting)",
                   "worn pickup or feed rollers (misfeeds, multi-feeds, tray jams)",
                   "dirty or failing transfer belt or roller (light or blotchy print, toner left on the drum, "
                   "registration jams)",
                   "failing laser or scanner unit (light print, banding, a scanner error, blank pages)",
                   "failed main or power board (error stops, dead panel, the fuser's heater or a motor not driven)")
PRINTER_ROWS = (440, 400, 420, 300, 260, 320)
#: the causes engineers confuse (symmetric): a worn fuser against worn feed rollers (a fuser wrapping or dragging the
#: sheet jams it, counted near the exit or the registration), a transfer roller (both leave toner loose or smeared on
#: the page) and the power board (the fuser's heater is driven from it: the same fuser error code); the drum against
#: the transfer roller (both faded, ghosting, background) and the laser (both light print, banding); the feed rollers
#: against the transfer belt (a slipping belt skews and jams the sheet at registration); the laser against the board
#: (a scanner motor error its driver's fault as often as the unit's)
PRINTER_NEIGHBOURS = {0: (2, 3, 5), 1: (3, 4), 2: (0, 3), 3: (0, 1, 2), 4: (1, 5), 5: (0, 4)}


# ---------------------------------------------------------------------- lawnmower6: a petrol lawn mower's fault
#: the 6 classes of ``lawnmower6`` (a petrol walk-behind or ride-on lawn mower a small-engine shop repairs because it
#: will not start or cuts badly, by the cause the mechanic diagnosed)
LAWNMOWER_CLASSES = ("stale fuel or a gummed carburettor (varnish in the bowl and jets after winter)",
                     "fouled spark plug or failed ignition coil (no or weak spark)",
                     "clogged air filter (rich, smoky, losing power)",
                     "bent or dull blade or a failed drive or deck belt (cuts badly, vibrates, the blades slip)",
                     "failed safety or seat switch (the ignition grounded: no spark, or the engine cuts out)",
                     "low compression or a stuck valve (cranks freely, will not fire or runs weak)")
LAWNMOWER_ROWS = (520, 380, 280, 360, 260, 340)
#: the causes mechanics confuse (symmetric): stale fuel against the spark plug (both no start; a flooding carburettor
#: wets and fouls the plug), the air filter (both rich, rough, losing power) and low compression (both hard starting,
#: weak running); the plug or coil against the safety switch (both no spark) and low compression (both crank and do not
#: fire); the air filter against the blade or belt (both bog down in long grass, cut badly); the blade against low
#: compression (a bent crankshaft's or a struck blade's mower loses power, a sheared flywheel key stops it)
LAWNMOWER_NEIGHBOURS = {0: (1, 2, 5), 1: (0, 4, 5), 2: (0, 3), 3: (2, 5), 4: (1,), 5: (0, 1, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"maple5": MAPLE_NEIGHBOURS, "cocoa4": COCOA_NEIGHBOURS, "printer6": PRINTER_NEIGHBOURS,
              "lawnmower6": LAWNMOWER_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("maple5", "cocoa4")
