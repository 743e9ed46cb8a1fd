"""Round 100's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps are committed first, before any generator exists; the
docstring is written in full when the generators are.)
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


# ---------------------------------------------------------------------- pirep5: a pilot's turbulence report
#: the 5 classes of ``pirep5`` (a flight crossing a route segment, by the turbulence intensity its pilot reported),
#: the weakest first
PIREP_CLASSES = ("none or smooth (no bumps worth reporting)",
                 "light (slight, erratic changes in altitude or attitude; occupants feel a slight strain against "
                 "their belts)",
                 "moderate (changes in altitude or attitude, the aircraft in control; occupants feel a definite strain "
                 "against their belts, unsecured objects dislodged)",
                 "severe (large, abrupt changes in altitude or attitude, the aircraft momentarily out of control; "
                 "occupants forced violently against their belts)",
                 "extreme (the aircraft violently tossed about, practically impossible to control; structural damage "
                 "possible)")
PIREP_ROWS = (560, 620, 480, 310, 170)
#: the lower limits of light .. extreme on the pilot's reading of the largest change in normal acceleration felt on
#: the segment (g; the author's framing of the categories' usual acceleration bands: light under about 0.2 g,
#: moderate 0.2-0.5, severe 0.5-1.5, extreme above), that the report rounds into its category
PIREP_LIMITS = (0.05, 0.2, 0.5, 1.5)
#: the category above and below each (pilots differ mostly by one category: a heavy aircraft's crew reads a jolt a
#: category lower than a light one's, a crew in cruise with the cabin up reads it higher, a short jolt against a
#: long chop)
PIREP_NEIGHBOURS = ordinal_neighbours(len(PIREP_CLASSES))
#: what the pilot reports from: the label's basis, not columns
PIREP_REPORTING = ("the crew's feel of the jolts in the cockpit and the cabin's report (belts, objects, service "
                   "stopped), against the intensity table of the aeronautical information manual",
                   "the crew's judgement between categories (one hard jolt in a long light chop, an aircraft type "
                   "they know to ride rough or smooth, what the company's reporting policy asks)")


# ---------------------------------------------------------------------- ofa7: a dog's hip conformation
#: the 7 classes of ``ofa7`` (a dog's ventrodorsal hip-extended radiograph, by the hip-joint conformation a board of
#: three veterinary radiologists graded), the best first
OFA_CLASSES = ("excellent (deep-seated femoral head in a well-formed acetabulum, minimal joint space, almost full "
               "coverage)",
               "good (slightly less than superior; a well-formed congruent joint, good coverage)",
               "fair (minor irregularities; the joint a little wider, the head slightly out of the socket)",
               "borderline (no clear consensus between normal and dysplastic; more incongruity than fair, no "
               "arthritic change)",
               "mild dysplasia (significant subluxation, the head partly out of a shallow acetabulum, maybe no "
               "arthritic change)",
               "moderate dysplasia (the head barely seated in a shallow acetabulum, secondary arthritic bone change)",
               "severe dysplasia (the head partly or wholly out of a shallow acetabulum, marked arthritic change)")
OFA_ROWS = (220, 520, 400, 230, 330, 260, 180)
#: the lower limits of good .. severe on each radiologist's reading of the hips' conformation (a continuous
#: incongruity score, 0 a perfect joint, the author's framing) that the radiologist's grade rounds; the board's
#: grade is the middle one of the three radiologists' grades (the consensus in the examples the registry gives)
OFA_LIMITS = (1.0, 2.0, 3.0, 3.5, 4.5, 5.5)
#: the grade above and below each (radiologists differ mostly by one grade: laxity against congruity, a poorly
#: positioned or a sedated film, early remodelling read or not)
OFA_NEIGHBOURS = ordinal_neighbours(len(OFA_CLASSES))
#: what the board grades from: the label's basis, not columns
OFA_GRADING = ("each radiologist's look at the film for the femoral head's seat and coverage, the joint space's "
               "congruity and any remodelling (osteophytes, sclerosis, the femoral neck's Morgan line), against "
               "dogs of the same breed and age",
               "the board's consensus of its three grades (the middle one), with the radiologists' judgement of a "
               "film between grades (a rotated pelvis, one hip worse than the other)")


# ---------------------------------------------------------------------- kiln6: a glaze defect's cause
#: the 6 classes of ``kiln6`` (a piece of glazed ware rejected after the glaze firing, by the defect cause the
#: ceramics technician diagnosed)
KILN_CLASSES = ("crawling (the glaze pulled back into islands, bare body between, rolled edges)",
                "pinholing (small holes through the glaze to the body, from gas escaping late)",
                "crazing (a network of fine cracks in the glaze only: the glaze in tension)",
                "shivering (glaze flaking off at rims and edges: the glaze in too much compression)",
                "blistering (bubbles and broken craters in the glaze, larger than pinholes)",
                "dunting or body cracking (cracks through the body and glaze, from stress on cooling)")
KILN_ROWS = (400, 420, 380, 300, 340, 300)
#: the causes a technician confuses (symmetric): crawling against pinholing (small crawled spots and pits alike),
#: against shivering (both bare body where the glaze left) and against blistering (a burst blister's crater bares
#: the body); pinholing against blistering (both gas through the melt; the size differs); crazing against shivering
#: (the glaze's fit, the sign of the mismatch misread, fine edge cracks) and against dunting (cracks; whether through
#: the body); shivering against dunting (a glaze in strong compression cracks its body)
KILN_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 4), 2: (3, 5), 3: (0, 2, 5), 4: (0, 1), 5: (2, 3)}


# ---------------------------------------------------------------------- chocolate6: a rejected bar's cause
#: the 6 classes of ``chocolate6`` (a moulded chocolate bar the quality lab rejected, by the cause its staff named)
CHOCOLATE_CLASSES = ("fat bloom from poor temper (grey-white, greasy film that melts under a finger; unstable "
                     "crystals turning to form VI)",
                     "sugar bloom from humidity (dry, rough white film that dissolves in water; condensation "
                     "recrystallising the sugar)",
                     "air bubbles (holes and pits at the surface, a light bar)",
                     "streaks (dull grey or marbled streaks on an otherwise glossy bar: uneven crystallisation in "
                     "the mould)",
                     "cracks (cracks across the bar or at its edges: too cold a tunnel or an over-tempered mass "
                     "shrinking)",
                     "soft or no snap (a soft, bending bar with a dull break: too little stable crystal, too warm)")
CHOCOLATE_ROWS = (420, 360, 380, 340, 320, 320)
#: the causes the lab's staff confuse (symmetric): fat bloom against sugar bloom (both a white surface; the finger
#: or water test not done), against streaks (both from poor temper, the streaks bloom's start) and against a soft bar
#: (an under-tempered bar is both); sugar bloom against streaks (condensation in the tunnel leaves streaks); air
#: bubbles against cracks (a crack runs from a bubble near the surface); streaks against cracks (a cold mould or
#: tunnel gives both)
CHOCOLATE_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 3), 2: (4,), 3: (0, 1, 4), 4: (2, 3), 5: (0,)}
