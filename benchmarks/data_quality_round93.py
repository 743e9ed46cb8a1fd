"""Round 93's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(The docstring is written in full with the generators; this commit holds the classes, rows, limits and neighbour
maps only, committed before any generator was written or ran.)
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


# ---------------------------------------------------------------------- deauville5: an interim PET-CT's Deauville score
#: the 5 classes of ``deauville5`` (a lymphoma patient's interim FDG PET-CT, by the 5-point Deauville score the nuclear
#: medicine physician gave), the best response first
DEAUVILLE_CLASSES = ("1 no uptake above background", "2 uptake at or below the mediastinum",
                     "3 uptake above the mediastinum, at or below the liver", "4 uptake moderately above the liver",
                     "5 uptake markedly above the liver or new lesions")
DEAUVILLE_ROWS = (360, 520, 500, 440, 320)
#: the lower limits of scores 2-5 on the physician's reading of the most avid residual site (a continuous 0.5-5.5
#: reading of its uptake against the mediastinal blood pool and the liver that the score rounds; the author's framing
#: of a visual score)
DEAUVILLE_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the score above and below each score (a residual site a shade over or under the blood pool or the liver, "moderately"
#: against "markedly" above the liver: readers differ mostly one score apart)
DEAUVILLE_NEIGHBOURS = ordinal_neighbours(len(DEAUVILLE_CLASSES))
#: what the physician scores from: the label's basis, not columns
DEAUVILLE_READING = ("the physician's visual reading of the interim scan (the most avid residual site's uptake "
                     "against the mediastinal blood pool and the liver, new sites of uptake)",
                     "the physician's judgement of what uptake is lymphoma (inflammation, marrow and thymic uptake "
                     "after chemotherapy and growth factors set apart)")


# ---------------------------------------------------------------------- whitewater6: a river section's difficulty class
#: the 6 classes of ``whitewater6`` (a river section, by the class of the International Scale of River Difficulty a
#: guidebook's assessor gave it at its usual running level), the easiest first
WHITEWATER_CLASSES = ("I easy", "II novice", "III intermediate", "IV advanced", "V expert",
                      "VI extreme and exploratory")
WHITEWATER_ROWS = (320, 480, 520, 420, 260, 140)
#: the lower limits of classes II-VI on the assessor's reading of the section (a continuous 0.5-6.5 reading of its
#: rapids, their obstructions, the scouting and the rescue they ask for; the author's framing of the grading)
WHITEWATER_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the class above and below each class (a "hard II" or an "easy III", "III+" or "IV-", the level on the day:
#: assessors differ mostly one class apart)
WHITEWATER_NEIGHBOURS = ordinal_neighbours(len(WHITEWATER_CLASSES))
#: what the assessor grades from: the label's basis, not columns
WHITEWATER_RUN = ("the assessor's run of the section at its usual level (the rapids' waves, holes, drops, eddies and "
                  "the moves they ask for)", "the assessor's judgement of the danger (undercuts, sieves, wood, the "
                  "scouting, portages and self-rescue)")


# ---------------------------------------------------------------------- bagmiss6: the cause of a mishandled bag
#: the 6 classes of ``bagmiss6`` (a checked bag reported delayed at an airline's baggage service office, by the cause the
#: baggage tracer recorded in the tracing file; the causes as the industry's baggage reports count them)
BAGMISS_CLASSES = ("transfer mishandling", "failure to load at the origin", "tagging error",
                   "arrival-station mishandling", "security or customs hold", "ticketing error or bag switch")
BAGMISS_ROWS = (620, 420, 260, 300, 240, 300)
#: the causes tracers confuse (symmetric): transfer mishandling against a failure to load (a bag that missed its
#: flight, at the hub or at the origin: the last scan decides, and it is often missing), against arrival-station
#: mishandling (a bag traced at the hub on the last leg, on the aircraft or off it) and against a security or customs
#: hold (a transfer bag held at the hub's screening); a failure to load against a security hold (a bag held at the
#: origin's screening misses its flight) and against a ticketing error (a late rebooking or a late check-in leaves
#: the bag behind); a tagging error against arrival-station mishandling (a bag on the right flight, unclaimed or sent
#: on, its tag unread) and against a ticketing error or bag switch (a wrong routing on the tag, a passenger's bag
#: taken by another)
BAGMISS_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 4, 5), 2: (3, 5), 3: (0, 2), 4: (0, 1), 5: (1, 2)}


# ---------------------------------------------------------------------- breadfault6: the cause of a rejected loaf
#: the 6 classes of ``breadfault6`` (a batch of loaves rejected at a bakery's quality check, by the cause the baker
#: diagnosed)
BREADFAULT_CLASSES = ("under-proofed", "over-proofed", "weak flour", "oven too cool", "dough too cold",
                      "salt left out or short")
BREADFAULT_ROWS = (440, 400, 320, 300, 340, 340)
#: the causes bakers confuse (symmetric): under-proofing against a cool oven (a small, dense loaf with little oven
#: spring) and against a cold dough (a young dough: a small, tight loaf, burst sides); over-proofing against a weak
#: flour (a flat, collapsing loaf with an open, coarse crumb), against a cool oven (a pale crust, a sunken top) and
#: against salt left out (a fast, slack dough that over-ferments and colours little); a weak flour against salt left
#: out (a slack, sticky dough, a weak gluten)
BREADFAULT_NEIGHBOURS = {0: (3, 4), 1: (2, 3, 5), 2: (1, 5), 3: (0, 1), 4: (0,), 5: (1, 2)}
