"""Round 58's held-out data sets for the noisy-label benchmark (constants first; the generators and the full
docstring follow in later commits)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- famacha5: small-ruminant anaemia
#: the 5 classes of ``famacha5`` (a sheep or goat at a farm visit, by a reference packed cell volume from a blood
#: sample read against the FAMACHA chart's PCV bands), least anaemic first
FAMACHA_CLASSES = ("1 red (PCV 28+)", "2 red-pink (PCV 23-27)", "3 pink (PCV 18-22)", "4 pink-white (PCV 13-17)",
                   "5 white (PCV 12 or less)")
FAMACHA_ROWS = (520, 480, 440, 380, 320)
#: the category above and below each category
FAMACHA_NEIGHBOURS = ordinal_neighbours(len(FAMACHA_CLASSES))
#: the reference PCV (%, read to a whole per cent) against 28, 23, 18 and 13: an animal's class is the number of
#: these limits above its PCV (the FAMACHA chart's bands as the author recalls them, not read in a source)
PCV_LIMITS = (28.0, 23.0, 18.0, 13.0)


# --------------------------------------------------------------------------- freewaylos6: motorway level of service
#: the 6 levels of ``freewaylos6`` (a basic motorway segment in a 15-minute interval, by a reference density from
#: an aerial or drone vehicle count, in passenger cars per mile per lane), freest flow first
LOS_CLASSES = ("A", "B", "C", "D", "E", "F")
LOS_ROWS = (300, 400, 420, 400, 340, 280)
#: the level above and below each level
LOS_NEIGHBOURS = ordinal_neighbours(len(LOS_CLASSES))
#: the reference density (pc/mi/ln) against the Highway Capacity Manual's basic freeway segment limits 11, 18, 26,
#: 35 and 45: a segment's level is the number of these limits below its density (a density of exactly a limit
#: stays in the better level)
DENSITY_LIMITS = (11.0, 18.0, 26.0, 35.0, 45.0)


# --------------------------------------------------------------------------- printfail6: failed 3-D print cause
#: the causes of ``printfail6`` (a failed fused-filament print on a print farm, by the cause a technician's
#: inspection of the part and the printer found)
PRINT_CAUSES = ("warping / bed adhesion loss", "stringing", "under-extrusion", "layer shift", "nozzle clog",
                "filament moisture")
PRINT_ROWS = (420, 380, 360, 300, 340, 340)
#: the causes a technician confuses from the logs (symmetric): warping against a layer shift (a curled corner
#: strikes the nozzle, the motor skips and the layers above shift); stringing against wet filament (a wet filament
#: oozes and strings on travel moves); under-extrusion against a nozzle clog (a partial clog starves the line, the
#: extruder motor works harder and skips) and against wet filament (steam bubbles thin and break the lines)
PRINT_NEIGHBOURS = {0: (3,), 1: (5,), 2: (4, 5), 3: (0,), 4: (2,), 5: (1, 2)}


# --------------------------------------------------------------------------- bladedmg6: wind turbine blade damage
#: the damage types of ``bladedmg6`` (a finding on a wind turbine blade in a drone inspection, by a blade
#: engineer's reference call on the images, at a rope-access repair where one followed)
BLADE_DAMAGES = ("leading-edge erosion", "lightning-strike damage", "trailing-edge crack", "laminate delamination",
                 "gelcoat chipping", "surface contamination")
BLADE_ROWS = (460, 300, 340, 320, 380, 340)
#: the damage types an image analyst confuses (symmetric): leading-edge erosion against gelcoat chipping (early
#: erosion is pitting and chipped coating on the edge) and against surface contamination (insects and dirt build
#: up on the same leading edge, a dark rough band); lightning damage against a trailing-edge crack (a strike near
#: the tip splits the trailing edge's bond line) and against delamination (the strike's pressure wave lifts the
#: shell's laminate); a trailing-edge crack against delamination (both a bond or laminate separation seen as a pale
#: line or a bulge)
BLADE_NEIGHBOURS = {0: (4, 5), 1: (2, 3), 2: (1, 3), 3: (1, 2), 4: (0,), 5: (0,)}
