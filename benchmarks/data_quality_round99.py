"""Round 99's held-out data sets for the noisy-label benchmark (draft: the classes, rows, limits and neighbour maps,
committed before any generator is written)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- mercalli8: a place's felt intensity
#: the 8 classes of ``mercalli8`` (a place where an earthquake was felt, by the Modified Mercalli intensity the
#: seismological agency's analyst assigned to it; I (not felt) and X and above left out), the weakest first
MERCALLI_CLASSES = ("II: felt only by a few people at rest, on upper floors",
                    "III: felt quite noticeably indoors, like a passing truck; hanging objects swing",
                    "IV: felt indoors by many, outdoors by few; dishes, windows and doors rattle, walls creak",
                    "V: felt by nearly everyone, many awakened; some dishes and windows broken, unstable objects "
                    "overturned",
                    "VI: felt by all, many frightened; heavy furniture moved, some fallen plaster, slight damage",
                    "VII: difficult to stand; negligible damage to good buildings, considerable to poorly built ones",
                    "VIII: slight damage to well-built structures, great to poorly built; chimneys, walls and "
                    "monuments fall",
                    "IX: considerable damage to well-designed structures, buildings shifted off their foundations")
MERCALLI_ROWS = (290, 370, 350, 320, 260, 220, 180, 150)
#: the lower limits of III .. IX on the analyst's reading of the place's intensity (a continuous 1.5-9.5 reading of
#: the felt effects and the damage, from the felt reports, the field notes and the recorded motion, that the level
#: rounds; the author's framing); places read under 1.5 (not felt) are not in the set
MERCALLI_LIMITS = (2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
#: the level above and below each level (analysts and agencies differ mostly by one level: few reports that read a
#: level up or down, a place whose felt effects and damage point to different levels, a frightened public)
MERCALLI_NEIGHBOURS = ordinal_neighbours(len(MERCALLI_CLASSES))
#: what the analyst assigns from: the label's basis, not columns
MERCALLI_ASSIGNING = ("the analyst's reading of the place's felt reports in full (the questionnaires' answers and "
                      "comments), the field survey's notes and photographs of the damage, against the Modified "
                      "Mercalli scale's descriptions",
                      "the analyst's judgement of a place between levels (felt effects of one level and damage of "
                      "another, a few vivid reports, damage in old or poorly built buildings only)")


# ---------------------------------------------------------------------- marbling5: a beef carcass's marbling
#: the 5 classes of ``marbling5`` (a fed steer or heifer carcass ribbed between the 12th and 13th ribs, by the degree
#: of marbling the grader scored in the ribeye; carcasses read under Slight 00 (Standard) left out), the least first
MARBLING_CLASSES = ("Slight (Slight 00-99: Select)",
                    "Small (Small 00-99: low Choice)",
                    "Modest (Modest 00-99: average Choice)",
                    "Moderate (Moderate 00-99: high Choice)",
                    "Slightly Abundant and above (Slightly Abundant 00 .. Abundant: Prime)")
MARBLING_ROWS = (380, 620, 520, 360, 260)
#: the lower limits of Small .. Slightly Abundant on the grader's reading of the ribeye's marbling (the marbling score:
#: 100 units a degree, Practically Devoid 100, Traces 200, Slight 300, Small 400, Modest 500, Moderate 600, Slightly
#: Abundant 700, Moderately Abundant 800, Abundant 900), that the degree truncates; readings under 300 not in the set
MARBLING_LIMITS = (400.0, 500.0, 600.0, 700.0)
#: the degree above and below each degree (graders and cameras differ mostly by one degree: a score near a degree's
#: limit, fine or coarse flecks read as more or less, a dark or a freshly ribbed face)
MARBLING_NEIGHBOURS = ordinal_neighbours(len(MARBLING_CLASSES))
#: what the grader scores from: the label's basis, not columns
MARBLING_GRADING = ("the grader's look at the ribeye's cut face between the 12th and 13th ribs after the bloom, "
                    "against the USDA's marbling photographs, for the amount and the distribution of the flecks",
                    "the grader's judgement of a face between degrees (fine flecks against coarse, marbling uneven "
                    "across the ribeye, a dark or a wet face)")


# ---------------------------------------------------------------------- bga6: a failed BGA joint's cause
#: the 6 classes of ``bga6`` (a ball-grid-array package whose joints failed board inspection or test, by the defect
#: cause the process engineer found in the cross-section)
BGA_CLASSES = ("voiding (gas voids in the joint over the limit, at the pad or the package interface)",
               "head-in-pillow (the ball resting in the paste's solder, not coalesced with it)",
               "bridging (solder joining neighbouring balls)",
               "non-wet open (the pad not wetted: the paste's solder drawn onto the ball, the pad bare)",
               "cold or incomplete reflow (grainy, not fully melted or coalesced joints)",
               "pad cratering or a cracked joint (a crack in the laminate under the pad, or through the joint, "
               "after mechanical strain)")
BGA_ROWS = (400, 380, 300, 340, 360, 360)
#: the causes an engineer confuses (symmetric): voiding against a cold joint (both from too short a soak or too low
#: a peak, the flux's volatiles trapped) and against cracking (voids at the interface weaken the joint that then
#: cracks); head-in-pillow against bridging (a warped package lifts at the corners and squeezes its middle), against
#: a non-wet open (both opens from warpage and oxidised or exhausted flux), against a cold joint (both not coalesced)
#: and against cracking (intermittent corner opens after strain); bridging against a non-wet open (too much or too
#: little paste, smeared or offset prints); a non-wet open against a cold joint (both poor wetting); a cold joint
#: against cracking (a brittle joint cracks under strain)
BGA_NEIGHBOURS = {0: (4, 5), 1: (2, 3, 4, 5), 2: (1, 3), 3: (1, 2, 4), 4: (0, 1, 3, 5), 5: (0, 1, 4)}


# ---------------------------------------------------------------------- espresso6: a rejected shot's cause
#: the 6 classes of ``espresso6`` (an espresso shot the café's head barista rejected, by the cause the head barista
#: named)
ESPRESSO_CLASSES = ("channeling (water through cracks or a weak spot in the puck: spurting, blond streams, sour and "
                    "bitter at once)",
                    "grind too coarse (a fast, thin, sour, under-extracted shot)",
                    "grind too fine (a choked, slow, dark, bitter, over-extracted shot)",
                    "stale beans (past the roast's window: little crema, flat, woody, fast)",
                    "dose too high (an over-filled basket, the puck against the shower screen, slow)",
                    "brew temperature too low (a cold group after idling or a failing element: sour at a normal "
                    "time)")
ESPRESSO_ROWS = (420, 380, 360, 300, 320, 360)
#: the causes baristas confuse (symmetric): channeling against a coarse grind (both fast, sour, thin), against a fine
#: grind (fines and a high resistance crack the puck) and against an over-dose (a puck against the screen breaks);
#: a coarse grind against stale beans (both fast, sour, thin crema) and against a cold group (both sour and
#: under-extracted); a fine grind against an over-dose (both slow, choked, bitter); stale beans against a cold group
#: (both flat and sour at a near-normal time)
ESPRESSO_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 3, 5), 2: (0, 4), 3: (1, 5), 4: (0, 2), 5: (1, 3)}


#: each set's documented neighbouring classes
NEIGHBOURS = {"mercalli8": MERCALLI_NEIGHBOURS, "marbling5": MARBLING_NEIGHBOURS, "bga6": BGA_NEIGHBOURS,
              "espresso6": ESPRESSO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("mercalli8", "marbling5")
