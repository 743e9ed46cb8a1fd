"""Round 139's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account is written last: placeholder.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- carrot4: a lot of topped carrots' grade
#: the 4 classes of ``carrot4`` (a lot of topped carrots a shipping point's inspector grades), the best first. The
#: U.S. Standards for Grades of Topped Carrots as read name U.S. Extra No. 1, U.S. No. 1, U.S. No. 1 Jumbo (No. 1's
#: requirements but for size) and U.S. No. 2; the three taken are Extra No. 1, No. 1 and No. 2 (Jumbo left out: a
#: size variant of No. 1, not a step of quality); the fourth the culls
CARROT_CLASSES = ("U.S. Extra No. 1 (similar varietal characteristics, well trimmed, firm, clean, fairly well "
                  "coloured, fairly smooth, well formed; free from secondary new top growth and soft rot, and from "
                  "damage by freezing, growth cracks, sunburn, pithiness, woodiness, internal discolouration, dry "
                  "rot, other disease, insects or other means; 3/4 to 1 1/2 inch across, at least 5 inches long)",
                  "U.S. No. 1 (well trimmed, firm, fairly clean, fairly well coloured, fairly smooth, fairly well "
                  "formed; free from soft rot and from damage by the same causes; 3/4 to 1 1/2 inch across, at "
                  "least 5 inches long)",
                  "U.S. No. 2 (well trimmed, firm, not excessively rough, not seriously misshapen; free from soft rot "
                  "and from serious damage by dirt and the same causes; at least 3 inches long; the author keeps "
                  "its least diameter at 3/4 inch, see the docstring)",
                  "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
CARROT_ROWS = (520, 600, 560, 460)
#: per grade from Extra No. 1 to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: roots): the roots failing the grade's own requirements (misshapen or forked, rough, split or cracked, green
#: shoulders (sunburn), broken, dirty, damaged by disease or insects; Extra No. 1's level a little stricter, No. 2's
#: at serious damage but for the form), the roots seriously damaged, the roots with soft rot, the roots off the
#: grade's size (under 3/4 or over 1 1/2 inch across or under 5 inches long; No. 2 under 3/4 inch or under 3 inches).
#: 10 % total, 5 % serious damage and 2 % soft rot as read (one tolerance line for the grades); Extra No. 1's 1 %
#: soft rot and 5 % size, No. 2's 10 % serious damage and every size limit the author's; the culls take any lot
CARROT_LIMITS = np.array([[10.0, 5.0, 1.0, 5.0], [10.0, 5.0, 2.0, 10.0], [10.0, 10.0, 2.0, 10.0],
                          [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a root
#: read well or fairly well formed, a crack or a green shoulder scored damage or serious damage, a root on the gauge)
CARROT_NEIGHBOURS = ordinal_neighbours(len(CARROT_CLASSES))
#: what the grade is set from: the label's basis, not columns
CARROT_GRADING = ("the shipping point inspector's sample of the lot's roots: the form (forked, crooked), "
                  "smoothness, colour, cleanness, the diameter and the length on the gauge, green shoulders "
                  "(sunburn), growth cracks, split or broken roots, soft rot and other defects, each scored at the "
                  "grade's level, against each grade's tolerances",
                  "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- kiwi4: a lot of kiwifruit's grade
#: the 4 classes of ``kiwi4`` (a lot of kiwifruit a shipping point's inspector grades), the best first: the U.S.
#: Standards for Grades of Kiwifruit's three grades as read (U.S. Fancy, U.S. No. 1, U.S. No. 2), then the culls
KIWI_CLASSES = ("U.S. Fancy (similar varietal characteristics, mature, not soft, overripe or shrivelled, carefully "
                "packed, clean, well formed; free from worm holes, unhealed broken skins, sunscald, freezing "
                "injury, internal breakdown and decay, and from injury by bruises, leaf or limb rubs, "
                "discolouration, hail, growth cracks, scab, scars, sunburn, scale, insects, other diseases or "
                "mechanical means)",
                "U.S. No. 1 (the same but fairly well formed, and free from damage by those causes)",
                "U.S. No. 2 (the same but fairly clean, not badly misshapen, and free from serious damage by those "
                "causes)",
                "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
KIWI_ROWS = (480, 580, 600, 480)
#: per grade from U.S. Fancy to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: fruit): the fruit failing the grade's own requirements (immature, soft, misshapen, scarred or rubbed, sunburnt,
#: bruised, other defects; Fancy's at the injury level, No. 1's at damage, No. 2's at serious damage but for the
#: shape and maturity), the fruit seriously damaged, the fruit with decay or internal breakdown, the fruit off the
#: pack's size uniformity (outside the count's weight range). Read: en route 12 % total, 6 % serious damage, 2 % decay
#: for Fancy and No. 1 (taken here for No. 1 and No. 2 at shipping point); Fancy's 8 / 4 / 1 %, every size limit and
#: No. 2's 12 % serious damage the author's; the culls take any lot
KIWI_LIMITS = np.array([[8.0, 4.0, 1.0, 5.0], [12.0, 6.0, 2.0, 10.0], [12.0, 12.0, 2.0, 15.0],
                        [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a fruit's
#: shape read well or fairly well formed, a rub or a bruise scored injury, damage or serious damage)
KIWI_NEIGHBOURS = ordinal_neighbours(len(KIWI_CLASSES))
#: what the grade is set from: the label's basis, not columns
KIWI_GRADING = ("the shipping point inspector's sample of the lot's fruit: maturity, firmness, the shape, the size's "
                "uniformity, scars and rubs, sunburn, bruises, decay and other defects, each scored at the grade's "
                "level, against each grade's tolerances",
                "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- brickworks6: a brick plant's unplanned stops
#: the 6 classes of ``brickworks6`` (a clay-brick plant's unplanned stops, by the section its crew found at fault);
#: left out: the product changes and the planned kiln maintenance
BRICK_CLASSES = ("the clay preparation (the box feeder, the crushers and rolls, the pan mill, the belts to the "
                 "extruder)",
                 "the extruder and its vacuum (the pug mill, the de-airing chamber's vacuum pump, the auger, the die)",
                 "the cutter (the slug and the multi-wire cutter, the wires, the off-bearing belts)",
                 "the dryer (the dryer cars or racks, the fans, the waste heat's ducts and dampers)",
                 "the tunnel kiln and its car pusher (the burners, the fans, the kiln cars, the hydraulic pusher, the "
                 "transfer cars)",
                 "the setting and packing robots (the setting machine's grippers, the dehacker, the packing and "
                 "strapping)")
BRICK_ROWS = (360, 400, 300, 340, 420, 320)
#: the causes the crew confuses (symmetric): the clay preparation against the extruder (stones, dry or wet clay
#: blocking the auger and the die) and the dryer (the clay's water and grit cracking the green bricks); the extruder
#: against the cutter (a soft or torn column, the column's speed); the cutter against the robots (misplaced or
#: damaged green bricks at the setting); the dryer against the kiln (the kiln's waste heat feeds the dryer; a crack
#: from drying found after firing) and the robots (dried bricks to the setting machine); the kiln against the robots
#: (a collapsed setting on a kiln car, the pusher waiting for set cars)
BRICK_NEIGHBOURS = {0: (1, 3), 1: (0, 2), 2: (1, 5), 3: (0, 4, 5), 4: (3, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- creamery6: a milk plant's unplanned stops
#: the 6 classes of ``creamery6`` (a milk processing plant's unplanned stops, by the part its operators found at
#: fault); left out: the product changeovers and the planned cleaning-in-place
CREAMERY_CLASSES = ("the milk reception and its silos (the tankers' unloading, the deaerator, the raw milk cooler, "
                    "the silos' agitators and levels)",
                    "the separator (the clarifier and the separator's bowl, its desludging, the standardisation)",
                    "the pasteuriser (HTST) and its flow diversion (the balance tank, the plates, the holding tube, "
                    "the timing pump, the flow diversion device)",
                    "the homogeniser (its pistons, valves and seals, the pressure)",
                    "the filler (the bottles' or cartons' forming, filling and capping)",
                    "the case packer and the palletiser (the crates, the stacker, the wrapper)")
CREAMERY_ROWS = (340, 300, 420, 320, 440, 320)
#: the causes the operators confuse (symmetric): the reception against the separator (cold or sludgy milk, the
#: separator's feed) and the pasteuriser (a low balance tank, the raw milk's temperature); the separator against the
#: pasteuriser (the separator in the HTST loop, its back pressure) and the homogeniser (the pressures, the fat);
#: the pasteuriser against the homogeniser (a homogeniser as the timing pump, its pressure diverting the flow) and
#: the filler (the pasteurised milk's tank running empty, the filler's demand); the filler against the case packer
#: (the conveyors between them backing up)
CREAMERY_NEIGHBOURS = {0: (1, 2), 1: (0, 2, 3), 2: (0, 1, 3, 4), 3: (1, 2), 4: (2, 5), 5: (4,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"carrot4": CARROT_NEIGHBOURS, "kiwi4": KIWI_NEIGHBOURS, "brickworks6": BRICK_NEIGHBOURS,
              "creamery6": CREAMERY_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("carrot4", "kiwi4")
