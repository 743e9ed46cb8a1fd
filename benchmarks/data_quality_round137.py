"""Round 137's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account follows once the sets are built and measured.)
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


# ---------------------------------------------------------------------- broccoli4: a lot of fresh broccoli's grade
#: the 4 classes of ``broccoli4`` (a lot of fresh bunched broccoli a shipping point's inspector grades, by the U.S.
#: Standards for Grades of Italian Sprouting Broccoli, 7 CFR 51.3555-), the best first: U.S. Fancy, U.S. No. 1, U.S.
#: No. 2 and below grade (a lot within none of the three)
BROCCOLI_CLASSES = ("U.S. Fancy (one type; bud clusters generally compact; closely trimmed; free from decay and from "
                    "damage by overmaturity, discoloured bud clusters or leaves, freezing, wilting, dirt, disease, "
                    "insects or mechanical means; stalks at least 2 inches across, 6-8 inches long)",
                    "U.S. No. 1 (bud clusters generally fairly compact; well trimmed; free from decay and from the "
                    "same damage; stalks 5-9 inches long, no diameter required)",
                    "U.S. No. 2 (free from decay and from damage by overmaturity and insects; free from serious "
                    "damage by discoloration, freezing, wilting, dirt, disease or mechanical means)",
                    "below grade (a lot failing U.S. No. 2's requirements or tolerances)")
BROCCOLI_ROWS = (440, 640, 580, 480)
#: per grade from U.S. Fancy to below grade, the inspector's limits on the lot's sample (each "at most", % of the
#: bunches): the bunches failing the grade's own requirements (compactness, colour, trimming, yellowing or open
#: flowers, bruising, disease and the rest, Fancy's level a little stricter; No. 2's counted at its serious damage
#: level, overmaturity at the damage level), the bunches seriously damaged, the bunches with decay, the bunches off the
#: grade's size (Fancy: a stalk under 2 inches across or outside 6-8 inches long; No. 1 and No. 2: outside 5-9 inches).
#: The author's own (the sources read gave the grades' requirements and sizes, not the tolerances); below grade takes
#: any lot
BROCCOLI_LIMITS = np.array([[5.0, 2.5, 1.0, 5.0], [10.0, 5.0, 1.0, 10.0], [15.0, 15.0, 2.0, 10.0],
                            [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a head
#: read "generally compact" or "fairly compact", a yellow bud cluster scored damage or not, a stalk on the gauge)
BROCCOLI_NEIGHBOURS = ordinal_neighbours(len(BROCCOLI_CLASSES))
#: what the grade is set from: the label's basis, not columns
BROCCOLI_GRADING = ("the shipping point inspector's sample of the lot's bunches: the heads' compactness and colour, "
                    "the bud clusters' yellowing and open flowers, the trimming, the stalks' length and diameter, "
                    "bruising, disease, insects and decay, each scored at the grade's level, against each grade's "
                    "tolerances",
                    "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- melon4: a lot of honeydew melons' grade
#: the 4 classes of ``melon4`` (a lot of honeydew melons a shipping point's inspector grades, by the U.S. Standards
#: for Grades of Honey Dew and Honey Ball Type Melons, 7 CFR 51.3740-), the best first: U.S. No. 1, U.S. Commercial,
#: U.S. No. 2 and below grade (culls)
MELON_CLASSES = ("U.S. No. 1 (mature, firm, well formed; free from decay and from damage by dirt, aphis stain, rust "
                 "spots, bruises, cracks, broken skin, sunscald, sunburn, hail, moisture, insects or disease; 10 % "
                 "off grade, within it 5 % serious damage and 1 % decay)",
                 "U.S. Commercial (No. 1's requirements, with larger tolerances: 25 % off No. 1, 10 % serious "
                 "damage, 2 % decay)",
                 "U.S. No. 2 (mature, fairly well formed; free from decay and from serious damage; 10 %, 2 % decay)",
                 "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
MELON_ROWS = (560, 500, 600, 480)
#: per grade from U.S. No. 1 to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: melons): the melons failing the grade's own requirements (No. 1's for No. 1 and Commercial: immature, overripe or
#: soft, misshapen, netting and surface blemishes, sunburn, bruising; No. 2's for No. 2: serious damage, immaturity
#: held at a milder level), the melons seriously damaged, the melons with decay. No. 1's 10 / 5 / 1 % as read (an
#: inspection trainer's page); Commercial's and No. 2's the author's; the culls take any lot
MELON_LIMITS = np.array([[10.0, 5.0, 1.0], [25.0, 10.0, 2.0], [10.0, 10.0, 2.0], [100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a melon's
#: ground colour read mature or not, a sunburnt or bruised patch scored damage or serious damage)
MELON_NEIGHBOURS = ordinal_neighbours(len(MELON_CLASSES))
#: what the grade is set from: the label's basis, not columns
MELON_GRADING = ("the shipping point inspector's sample of the lot's melons: the maturity (ground colour, bloom), "
                 "the firmness, the shape, the surface blemishes, sunburn, bruises, cracks and decay, each scored at "
                 "the grade's level, against each grade's tolerances",
                 "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- glassworks6: a forming line's unplanned stops
#: the 6 classes of ``glassworks6`` (a container-glass plant's forming line's unplanned stops, by the part its crew
#: found at fault); left out: the job (mould) changes and the planned hot repairs
GLASS_CLASSES = ("the batch house and its charging (the weighers, the mixer, the cullet's feed, the batch charger "
                 "at the doghouse)",
                 "the furnace and its fuel or electric boost (the burners, the regenerators' reversal, the boost "
                 "electrodes, the glass level, the crown's temperature)",
                 "the forehearth and the feeder (the zones' cooling and firing, the plunger, the tube, the shears: "
                 "the gob's weight and temperature)",
                 "the IS machine and its moulds (the sections' mechanisms, the blank and blow moulds, the neck rings, "
                 "the swabbing, the take-out, the delivery)",
                 "the annealing lehr (the stacker at its entry, its burners and fans, the belt)",
                 "the cold end's inspection and packing (the coating, the inspection machines, the palletiser, the "
                 "shrink wrapper, the conveyors)")
GLASS_ROWS = (300, 380, 400, 420, 280, 360)
#: the causes the crew confuses (symmetric): the batch house against the furnace (a charger's stall or a batch's
#: segregation shows as the glass level and the seeds) and the cold end (stones found at inspection); the furnace
#: against the forehearth (the glass's temperature and the pull); the forehearth and feeder against the IS machine (a
#: gob's weight or temperature off shows as the machine's misloads and defects); the IS machine against the lehr (the
#: stacker, checks and cracks at the lehr's entry) and the cold end (the forming defects the inspection rejects); the
#: lehr against the cold end (the strain rejected at inspection, the belt's back-up)
GLASS_NEIGHBOURS = {0: (1, 5), 1: (0, 2), 2: (1, 3), 3: (2, 4, 5), 4: (3, 5), 5: (0, 3, 4)}


# ---------------------------------------------------------------------- sawmill6: a sawmill's unplanned stops
#: the 6 classes of ``sawmill6`` (a softwood sawmill's unplanned stops, by the machine its millwrights found at
#: fault); left out: the saw changes and the planned shutdowns
SAW_CLASSES = ("the log deck and the debarker (the log haul, the singulator, the debarker's rotor and arms, the "
               "butt reducer)",
               "the headrig or canter with its saws (the chipping heads, the band or circular saws, the carriage or "
               "the sharp chain, the log scanner)",
               "the resaw and the edger (the cant's infeed, the gang and its saws, the edger's optimiser and "
               "scanner)",
               "the trimmer and its scanners (the lug loader, the trimmer's saws, the grading scanner)",
               "the sorter and the stacker (the sling or bin sorter, the bins' gates, the stacker's forks and "
               "sticks)",
               "the hydraulics and the conveyors between the machines (the power units, the valves and cylinders, "
               "the chains, the transfers, the waste conveyors)")
SAW_ROWS = (340, 420, 380, 300, 320, 380)
#: the causes the millwrights confuse (symmetric): the log deck against the headrig (a crooked log jams at the
#: infeed) and the hydraulics (the deck's chains and kickers); the headrig against the resaw (a saw's deviation shows
#: downstream) and the hydraulics (the carriage's and the setworks' cylinders); the resaw against the trimmer (both
#: optimisers' scanners) and the conveyors (the transfers between them); the trimmer against the sorter (the lug
#: loader and the bins' feed); the sorter against the conveyors (the chains and their drives)
SAW_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 3, 5), 3: (2, 4), 4: (3, 5), 5: (0, 1, 2, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"broccoli4": BROCCOLI_NEIGHBOURS, "melon4": MELON_NEIGHBOURS, "glassworks6": GLASS_NEIGHBOURS,
              "sawmill6": SAW_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("broccoli4", "melon4")
