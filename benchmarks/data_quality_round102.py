"""Round 102's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator exists.)
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


# ---------------------------------------------------------------------- comic8: a comic book's certified grade
#: the 8 classes of ``comic8`` (a comic book submitted to a grading service, by the band of the 0.5-10 grade the
#: service's graders assigned), the worst first
COMIC_CLASSES = ("poor (0.5: heavily damaged, pieces missing)",
                 "fair (1.0-1.5: very poorly handled, heavy defects)",
                 "good (1.8-3.0: a heavily read copy, major defects)",
                 "very good (3.5-5.0: a well-read copy, noticeable wear, spine roll, creases)",
                 "fine (5.5-7.0: an above-average used copy, minor creases and wear)",
                 "very fine (7.5-8.5: attractive, minor spine stress, slight corner blunting)",
                 "near mint (9.0-9.4: minor defects only, a tiny blunt corner or light spine wear)",
                 "near mint/mint to gem mint (9.6-10.0: negligible or no handling defects)")
COMIC_ROWS = (150, 200, 260, 300, 330, 320, 310, 270)
#: the lower limits of fair .. near mint/mint on the graders' consensus grade (0.5-10) that the band takes
COMIC_LIMITS = (0.75, 1.65, 3.25, 5.25, 7.25, 8.75, 9.5)
#: the band above and below each (graders differ mostly by one step of the scale, and a step crosses a band's edge:
#: a colour-breaking crease counted or not, a spine tick's length, the pages' tone)
COMIC_NEIGHBOURS = ordinal_neighbours(len(COMIC_CLASSES))
#: what the graders grade from: the label's basis, not columns
COMIC_GRADING = ("the graders' look at the book out of its bag under raking light (the cover's gloss and "
                 "creases, the spine's stress and roll, the corners, the staples, the pages' tone and "
                 "suppleness, the centring), each grader blind to the others' grade, the final grade their consensus",
                 "the graders' judgement between grades (the defects' sum against the one worst, the eye appeal)")


# ---------------------------------------------------------------------- boulder8: a gym boulder problem's grade
#: the 8 classes of ``boulder8`` (a boulder problem set at a climbing gym, by the V grade its setter assigned and the
#: setting team confirmed after its first week), the easiest first
BOULDER_CLASSES = ("V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7")
BOULDER_ROWS = (220, 300, 330, 320, 300, 260, 220, 190)
#: the lower limits of V1 .. V7 on the setter's felt difficulty (on the V scale) that the grade rounds
BOULDER_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the grade above and below each (setters and climbers differ mostly by one grade: a move that suits the
#: setter's height or style, a soft or a stiff setting cycle, the forerunners' spread)
BOULDER_NEIGHBOURS = ordinal_neighbours(len(BOULDER_CLASSES))
#: what the grade is set from: the label's basis, not columns
BOULDER_GRADING = ("the setter's and the forerunners' feel of the hardest move and the sequence on the day of "
                   "setting, against the gym's other problems of each grade",
                   "the setting team's review after the first week (a grade moved when the climbers' sends and "
                   "comments disagree strongly, kept otherwise)")


# ---------------------------------------------------------------------- sonar6: a passive sonar contact's class
#: the 6 classes of ``sonar6`` (a contact held on a ship's passive sonar, by the class the sonar operator assigned)
SONAR_CLASSES = ("merchant ship (a large, slow-turning propeller, diesel or turbine lines)",
                 "fishing vessel (a small, fast-turning propeller, a diesel's lines, manoeuvring, trawl noise)",
                 "submarine (quiet, few weak tonals, a slow shaft rate, a steady course)",
                 "biological (whale calls and moans, dolphins' whistles and clicks, snapping shrimp)",
                 "weather or ice noise (rain, breaking waves, ice cracking or grinding)",
                 "own-ship or self noise (own machinery, flow noise, the array's strum, bearings near the baffles)")
SONAR_ROWS = (380, 420, 260, 400, 340, 340)
#: the classes an operator confuses (symmetric): a merchant ship against a fishing vessel (both diesel lines and
#: propeller modulation, a far trawler like a near coaster) and against a submarine (a far, quiet merchant's few
#: lines and slow shaft rate); a fishing vessel against biological (a drifting trawler's intermittent noise among
#: feeding whales and dolphins); a submarine against biological (a whale's moan a narrow tonal at a low bearing
#: rate) and against self noise (own machinery's lines leaking into beams, a contact in the baffles); biological
#: against weather or ice (snapping shrimp's and rain's broadband crackle, ice's groans like calls); weather against
#: self noise (broadband without a bearing, flow noise rising with speed and sea state)
SONAR_NEIGHBOURS = {0: (1, 2), 1: (0, 3), 2: (0, 3, 5), 3: (1, 2, 4), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- piano6: a faulty note's cause
#: the 6 classes of ``piano6`` (a piano a technician is called to for a faulty note or action, by the cause the
#: technician diagnosed)
PIANO_CLASSES = ("sticking key from humidity (swollen key bushings or a key rubbing its neighbour)",
                 "broken or loose hammer shank or flange (a cracked shank, a loose flange screw, a worn centre pin)",
                 "worn or hardened hammer felt (deep string grooves, packed felt, a harsh or thin tone)",
                 "loose tuning pin (the pin slipping in the pin block, the note not holding its pitch)",
                 "cracked soundboard or loose rib (a buzz from the board or a rib parted from it)",
                 "action regulation gone off (let-off, drop, key dip or the hammer's blow out of setting)")
PIANO_ROWS = (440, 300, 380, 320, 260, 440)
#: the causes technicians confuse (symmetric): a sticking key against a loose shank or flange (a sluggish return, a
#: tight or loose centre pin) and against regulation (a key that will not repeat, a dip out of setting); a loose
#: shank against regulation (a hammer that blocks or double-strikes); worn felt against regulation (an uneven touch
#: and tone after the felt wears), against a loose tuning pin (a sour, thin note) and against a buzzing board (a
#: harsh, metallic tone); a loose tuning pin against a buzzing board (a note that sounds wrong after a dry winter)
PIANO_NEIGHBOURS = {0: (1, 5), 1: (0, 5), 2: (3, 4, 5), 3: (2, 4), 4: (2, 3), 5: (0, 1, 2)}


#: each set's documented neighbouring classes
NEIGHBOURS = {"comic8": COMIC_NEIGHBOURS, "boulder8": BOULDER_NEIGHBOURS, "sonar6": SONAR_NEIGHBOURS,
              "piano6": PIANO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("comic8", "boulder8")
