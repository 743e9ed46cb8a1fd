"""Round 83's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(The docstring is completed with the generators; this commit fixes the classes, the neighbour maps, the rows and the
limits before any generator exists.)
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


# ---------------------------------------------------------------------- bosniak5: a cystic renal mass' Bosniak class
#: the 5 classes of ``bosniak5`` (a cystic renal mass, by the Bosniak category the abdominal radiologist gave on
#: contrast-enhanced CT), the simplest first
BOSNIAK_CLASSES = ("I simple cyst, hairline-thin wall, water density, no septa, no enhancement",
                   "II a few hairline-thin septa, fine calcification, or a small uniformly high-attenuation cyst",
                   "IIF more hairline septa, minimal thickening, thick calcification, no enhancing soft tissue",
                   "III thickened irregular walls or septa with measurable enhancement",
                   "IV enhancing soft-tissue components")
BOSNIAK_ROWS = (500, 560, 460, 360, 260)
#: the lower limits of categories II-IV on the radiologist's reading of the mass (a continuous 0-4.5 reading of the
#: septa, the wall, the calcification and the enhancement, rounded to a category; the author's framing)
BOSNIAK_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the category above and below each category (a hairline septum read as I or II, a few septa against many or a
#: thicker one II or IIF, a minimally thickened septum against a measurable enhancement IIF or III, an irregular
#: thick wall against a nodule III or IV; readers' disagreements mostly one category apart)
BOSNIAK_NEIGHBOURS = ordinal_neighbours(len(BOSNIAK_CLASSES))
#: what the radiologist categorises from: the label's basis, not columns
BOSNIAK_CT = ("the wall's and the septa's number, thickness and irregularity on CT",
              "the calcification and the unenhanced attenuation", "the enhancement after contrast and any nodule")


# ---------------------------------------------------------------------- outerbridge5: a knee cartilage lesion's grade
#: the 5 classes of ``outerbridge5`` (a knee's worst cartilage lesion, by the Outerbridge grade the orthopaedic
#: surgeon gave at arthroscopy), the healthiest first
OUTERBRIDGE_CLASSES = ("0 normal cartilage", "I softening and swelling",
                       "II partial-thickness fissuring, under 1.5 cm across, not to the bone",
                       "III fissuring to the subchondral bone over more than 1.5 cm",
                       "IV exposed subchondral bone")
OUTERBRIDGE_ROWS = (240, 380, 560, 540, 420)
#: the lower limits of grades I-IV on the surgeon's reading of the lesion at arthroscopy (a continuous 0-4.5 reading
#: of the softening, the fissures' depth and area and the exposed bone, rounded to a grade; the author's framing)
OUTERBRIDGE_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a probe's softening felt or not 0 or I, surface fibrillation against
#: softening I or II, a fissure's depth and its 1.5 cm II or III, a thin layer left on the bone or none III or IV)
OUTERBRIDGE_NEIGHBOURS = ordinal_neighbours(len(OUTERBRIDGE_CLASSES))
#: what the surgeon grades from: the label's basis, not columns
OUTERBRIDGE_SCOPE = ("the probe's feel of the cartilage", "the fissures' depth and the lesion's area as seen",
                     "the subchondral bone exposed or not")


# ---------------------------------------------------------------------- tyrewear6: a truck or bus tyre's wear pattern
#: the 6 classes of ``tyrewear6`` (a truck or bus tyre removed from a fleet, by the wear pattern the fleet's tyre
#: technician named)
TYRE_PATTERNS = ("under-inflation shoulder wear", "over-inflation centre wear", "toe misalignment feathering",
                 "camber one-shoulder wear", "cupping from worn suspension", "flat spots from braking or locked wheels")
TYRE_ROWS = (400, 300, 380, 340, 360, 360)
#: the patterns technicians confuse (symmetric): under-inflation shoulder wear against camber one-shoulder wear (both
#: shoulders or one worn more than the centre; a low dual beside its partner wears one side) and against cupping (an
#: under-inflated tyre bounces and wears in scallops on its shoulders); over-inflation centre wear against cupping (a
#: hard tyre hops and scallops on a worn suspension); toe feathering against camber wear (both alignment wear on the
#: steer axle, toe-in wearing the outer shoulder as camber does); cupping against flat spots (both local patches round
#: the tread that shake the wheel)
TYRE_NEIGHBOURS = {0: (3, 4), 1: (4,), 2: (3,), 3: (0, 2), 4: (0, 1, 5), 5: (4,)}


# ---------------------------------------------------------------------- firecause6: a residential fire's cause
#: the 6 classes of ``firecause6`` (a residential fire, by the cause the fire investigator recorded)
FIRE_CAUSES = ("electrical distribution and lighting", "cooking equipment", "heating equipment", "smoking materials",
               "candles or other open flame", "incendiary")
FIRE_ROWS = (380, 440, 360, 340, 300, 320)
#: the causes investigators confuse (symmetric): electrical against cooking (a range's wiring or an appliance cord in
#: the kitchen) and against heating (a space heater's cord, an electric blanket, winter nights); heating against an
#: open flame (a fireplace's embers, a candle lit in a power cut, winter living rooms); smoking materials against an
#: open flame (a lighter, a match, a candle by the sofa: the small flames that ignite upholstery and bedding) and
#: against incendiary (a lighter and a cigarette found where a set fire started); an open flame against incendiary
#: (matches and a lighter, no device left)
FIRE_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0, 4), 3: (4, 5), 4: (2, 3, 5), 5: (3, 4)}
