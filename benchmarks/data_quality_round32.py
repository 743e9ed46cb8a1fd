"""Round 32's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Work in progress: the class names, rows and neighbour maps, committed before any generator was written.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- tornado6: Enhanced Fujita ratings
#: the ratings of ``tornado6`` (the Enhanced Fujita scale's, by the damage survey's estimated 3-second gust at the
#: most intense damage against the scale's wind ranges), weakest first
TORNADO_RATINGS = ("EF0 (65-85 mph)", "EF1 (86-110 mph)", "EF2 (111-135 mph)", "EF3 (136-165 mph)",
                   "EF4 (166-200 mph)", "EF5 (> 200 mph)")
TORNADO_ROWS = (520, 480, 400, 320, 260, 160)
#: the rating below and above each rating
TORNADO_NEIGHBOURS = ordinal_neighbours(len(TORNADO_RATINGS))
#: the least estimated 3-second gust (mph) of EF1 .. EF5
TORNADO_LIMITS = (86.0, 111.0, 136.0, 166.0, 201.0)


# --------------------------------------------------------------------------- epc6: energy performance bands
#: the bands of ``epc6`` (a domestic Energy Performance Certificate's energy efficiency rating, by the assessor's
#: SAP rating against the bands' SAP points; A and B together, as housing surveys report them), best first
EPC_BANDS = ("A/B (81 or more)", "C (69-80)", "D (55-68)", "E (39-54)", "F (21-38)", "G (1-20)")
EPC_ROWS = (240, 400, 520, 460, 320, 200)
#: the band above and below each band
EPC_NEIGHBOURS = ordinal_neighbours(len(EPC_BANDS))
#: the least SAP rating of A/B, C, D, E and F
EPC_LIMITS = (81, 69, 55, 39, 21)


# --------------------------------------------------------------------------- watermass8: Atlantic water masses
#: the water masses of ``watermass8`` (water samples of North-East Atlantic hydrographic sections, by the source
#: water type with the largest share in the section's optimum multiparameter analysis), in label order
WATERMASS_TYPES = ("Eastern North Atlantic Central Water", "Mediterranean Water", "Subarctic Intermediate Water",
                   "Antarctic Intermediate Water", "Labrador Sea Water", "Iceland-Scotland Overflow Water",
                   "Denmark Strait Overflow Water", "North-East Atlantic Bottom Water")
WATERMASS_ROWS = (340, 260, 220, 240, 320, 300, 220, 240)
#: the water masses that mix and that the analyses confuse (symmetric), as the Atlantic water mass descriptions
#: (Liu and Tanhua 2021, the OMP literature) document them: the central water with the Mediterranean Water below
#: it and with the subarctic water across the subpolar front; the Mediterranean Water with the Antarctic
#: Intermediate Water in the intermediate layer of the eastern subtropics and with the Labrador Sea Water below
#: it; the two fresh intermediate waters (subarctic and Antarctic) alike in salinity; the subarctic water over
#: the Labrador Sea Water; the Labrador Sea Water and the Iceland-Scotland overflow as the upper and lower North
#: Atlantic Deep Water; the two overflows together in the lower deep water; the bottom water mixing up into the
#: Iceland-Scotland overflow in the eastern basins and with the Denmark Strait overflow near the bottom
WATERMASS_NEIGHBOURS = {0: (1, 2), 1: (0, 3, 4), 2: (0, 3, 4), 3: (1, 2), 4: (1, 2, 5), 5: (4, 6, 7), 6: (5, 7),
                        7: (5, 6)}


# --------------------------------------------------------------------------- crash8: manners of collision
#: the crash types of ``crash8`` (one vehicle's crash with an event data recorder download, by the police
#: report's manner of collision and, for single-vehicle crashes, its first harmful event), in label order
CRASH_TYPES = ("front-to-rear, striking", "front-to-rear, struck", "front-to-front (head-on)", "angle",
               "sideswipe, same direction", "sideswipe, opposite direction", "single vehicle, fixed object",
               "single vehicle, rollover")
CRASH_ROWS = (360, 300, 200, 380, 240, 160, 280, 220)
#: the types that crash reports confuse (symmetric), as the reporting standard's definitions (MMUCC's manner of
#: collision) and the crash data guides document them: in a chain of rear-end crashes a vehicle that is struck
#: and then strikes; a following vehicle hitting a turning or changing one (rear-end, angle or sideswipe); a
#: lane change's glancing contact (sideswipe or rear-end, struck or striking); left turns across the path of an
#: oncoming vehicle (angle or head-on); shallow angles (angle or sideswipe); offset head-on contacts (head-on or
#: opposite-direction sideswipe) and the sideswipes' direction; a vehicle that leaves the road, trips and rolls
#: or strikes a tree, a pole or a barrier first (rollover or fixed object)
CRASH_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 4), 2: (3, 5), 3: (0, 2, 4), 4: (0, 1, 3, 5), 5: (2, 4), 6: (7,),
                    7: (6,)}
