"""Round 138's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account is written last.)
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


# ---------------------------------------------------------------------- asparagus4: a lot of fresh asparagus' grade
#: the 4 classes of ``asparagus4`` (a lot of fresh green asparagus a shipping point's inspector grades), the best
#: first. The U.S. Standards for Grades of Fresh Asparagus as read give two grades, U.S. No. 1 and U.S. No. 2; the
#: third, above them, is the Washington state grade Extra Fancy (the state's rules name it with Fancy, U.S. No. 1,
#: U.S. No. 2 and the culls; a page calls its tolerances somewhat more stringent than U.S. No. 1's); the fourth the
#: culls
ASPARAGUS_CLASSES = ("Washington Extra Fancy (U.S. No. 1's requirements with stricter tolerances: fresh, well "
                     "trimmed, fairly straight, compact tips; green over at least three quarters of the stalk, the "
                     "author's reading)",
                     "U.S. No. 1 (fresh, well trimmed, fairly straight; free from decay and from damage by spreading "
                     "or broken tips, dirt, disease, insects or other means; at least 1/2 inch across; green over "
                     "at least two thirds of the stalk)",
                     "U.S. No. 2 (fresh, fairly well trimmed; free from decay and from serious damage; at least 5/16 "
                     "inch across; green over at least one third of the stalk)",
                     "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
ASPARAGUS_ROWS = (480, 620, 560, 480)
#: per grade from Extra Fancy to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: stalks): the stalks failing the grade's own requirements (limp, spreading or open tips, crooked, poorly trimmed,
#: dirty, damaged by disease, insects or mechanical means, Extra Fancy's level a little stricter; No. 2's at its
#: serious damage level), the stalks seriously damaged, the stalks with decay, the stalks off the grade's colour or
#: diameter (green over less than 3/4, 2/3 or 1/3 of the stalk; under 1/2, 1/2 or 5/16 inch across). The author's
#: own (the sources read gave the grades' requirements, not their tolerances); the culls take any lot
ASPARAGUS_LIMITS = np.array([[5.0, 2.5, 0.5, 5.0], [10.0, 5.0, 1.0, 10.0], [12.0, 12.0, 2.0, 10.0],
                             [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a tip
#: read compact or spreading, a stalk's green length or diameter on the gauge, a scar scored damage or not)
ASPARAGUS_NEIGHBOURS = ordinal_neighbours(len(ASPARAGUS_CLASSES))
#: what the grade is set from: the label's basis, not columns
ASPARAGUS_GRADING = ("the shipping point inspector's sample of the lot's stalks: freshness, the tips' spread and "
                     "open bracts, the form, the trimming, cleanness, the green length, the diameter, damage by "
                     "disease, insects or mechanical means and decay, each scored at the grade's level, against each "
                     "grade's tolerances",
                     "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- cherry4: a lot of sweet cherries' grade
#: the 4 classes of ``cherry4`` (a lot of sweet cherries a shipping point's inspector grades), the best first. The
#: U.S. Standards for Grades of Sweet Cherries as read give two fresh grades, U.S. No. 1 and U.S. Commercial; the
#: third is the processing grade U.S. No. 2 of the standards for sweet cherries for canning or freezing (a lot sent
#: to the cannery or the brining plant; the author's ladder: its requirements read at the serious damage level, no
#: size); the fourth the culls
CHERRY_CLASSES = ("U.S. No. 1 (similar varietal characteristics, mature, fairly well coloured, well formed, clean; "
                  "free from decay, insect larvae, soft, overripe or shrivelled fruit, undeveloped doubles and "
                  "sunscald, and from damage by any other cause; at least 3/4 inch across; 8 % off grade at "
                  "shipping point, within it 4 % serious damage and 0.5 % decay)",
                  "U.S. Commercial (No. 1's requirements but at least 5/8 inch across; 16 % off grade at shipping "
                  "point)",
                  "U.S. No. 2 for canning or freezing (the processing outlet: free from decay and from serious "
                  "damage; the author's reading of its tolerances)",
                  "below grade (culls: a lot failing the processing grade's requirements or tolerances)")
CHERRY_ROWS = (600, 520, 540, 480)
#: per grade from U.S. No. 1 to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: cherries): the cherries failing the grade's own requirements (immature or off colour, soft or overripe, doubles,
#: cracks, bird pecks, pitting and bruising, stems pulled; the processing grade's at the serious damage level), the
#: cherries seriously damaged, the cherries with decay, the cherries under the grade's diameter (3/4 inch; 5/8 inch;
#: none for processing). No. 1's 8 / 4 / 0.5 % and Commercial's 16 % total as read; the rest the author's; the culls
#: take any lot
CHERRY_LIMITS = np.array([[8.0, 4.0, 0.5, 8.0], [16.0, 8.0, 1.0, 16.0], [12.0, 12.0, 2.0, 100.0],
                          [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a
#: cherry's colour read fairly well coloured or not, a crack or a peck scored damage or serious damage, a cherry on
#: the size ring)
CHERRY_NEIGHBOURS = ordinal_neighbours(len(CHERRY_CLASSES))
#: what the grade is set from: the label's basis, not columns
CHERRY_GRADING = ("the shipping point inspector's sample of the lot's cherries: the colour and maturity, the "
                  "firmness, the diameter on the size ring, stems, doubles, cracks, bird pecks, pitting, bruising "
                  "and decay, each scored at the grade's level, against each grade's tolerances",
                  "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- cannery6: a cannery line's unplanned stops
#: the 6 classes of ``cannery6`` (a vegetable cannery's line's unplanned stops, by the part its crew found at fault);
#: left out: the product changeovers and the planned sanitation
CANNERY_CLASSES = ("the receiving and washing (the hopper, the destoner and the trash eliminator, the flume, the "
                   "washer's sprays and the inspection belt)",
                   "the blancher (the rotary drum or the water blancher's screw, the steam's control, the cooler)",
                   "the filler (the pocket filler, the brine or syrup filler, the can feed and the weights)",
                   "the can seamer (the double seams: the chucks, the first and second operation rolls, the lid "
                   "feed, the seam's checks)",
                   "the retort and its cooling (the continuous rotary or the batch retorts, the steam, the come-up, "
                   "the cooling water and the can's handling in and out)",
                   "the labeller and the palletiser (the cans' dryer, the labeller's glue and labels, the case "
                   "packer, the palletiser)")
CANNERY_ROWS = (380, 320, 360, 400, 340, 340)
#: the causes the crew confuses (symmetric): the receiving and washing against the blancher (the product's flow,
#: soil and trash carried in) and the filler (trash and clumps jamming the pockets); the blancher against the filler
#: (the product's temperature and clumping); the filler against the seamer (an overfill or a spill fouls the seam);
#: the seamer against the retort (a seam's leak found after cooling, a can jammed at the retort's infeed) and the
#: labeller (dented or wet cans, the can conveyors); the retort against the labeller (wet or hot cans at the labeller)
CANNERY_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4, 5), 4: (3, 5), 5: (3, 4)}


# ---------------------------------------------------------------------- spinning6: a spinning mill's unplanned stops
#: the 6 classes of ``spinning6`` (a cotton spinning mill's unplanned stops, by the section its fitters found at
#: fault); left out: the count changes and the planned maintenance
SPINNING_CLASSES = ("the blowroom (the bale opener, the cleaners, the mixer, the chute feed to the cards, the "
                    "ducts and the condensers)",
                    "the cards (the licker-in, the cylinder and flats, the doffer, the card's autoleveller and "
                    "coiler)",
                    "the draw frames (the drafting rollers, the autoleveller, the can changer)",
                    "the speed (roving) frames (the drafting, the flyers, the bobbin build, the roving's breaks)",
                    "the ring frames with their spindles and travellers (the drafting, the spindles' tapes, the "
                    "rings and travellers, the doffer, the suction)",
                    "the winding and its splicers (the drums, the yarn clearers, the splicers, the cone's doffing)")
SPINNING_ROWS = (300, 360, 340, 320, 460, 360)
#: the causes the fitters confuse (symmetric): the blowroom against the cards (the chute's feed and the trash carried
#: on) and the winding (trash and neps cut by the clearers); the cards against the draw frames (the sliver's
#: irregularity) and the ring frames (neps and short fibres break ends); the draw frames against the speed frames
#: (the sliver's and the roving's drafting); the speed frames against the ring frames (a roving's fault spun into
#: ends down); the ring frames against the winding (the yarn's faults cut by the clearers, the cops' build)
SPINNING_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 4), 2: (1, 3), 3: (2, 4), 4: (1, 3, 5), 5: (0, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"asparagus4": ASPARAGUS_NEIGHBOURS, "cherry4": CHERRY_NEIGHBOURS, "cannery6": CANNERY_NEIGHBOURS,
              "spinning6": SPINNING_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("asparagus4", "cherry4")
