"""Round 111's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The docstring is written in full when the generators are; this commit holds the classes, the rows, the limits and
the neighbour maps only, committed before any generator exists.)
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


# ---------------------------------------------------------------------- tobacco6: a flue-cured bale's quality
#: the 6 classes of ``tobacco6`` (a flue-cured tobacco bale of the leaf group sold at auction, by the quality the
#: government grader calls on the warehouse floor, the official standard grades' qualities 1-6 within one group), the
#: best first
TOBACCO_CLASSES = ("choice (quality 1: ripe, rich, deep colour, open, elastic, spready, clear, near no injury)",
                   "fine (quality 2: ripe, oily, deep to moderate colour, a little injury)",
                   "good (quality 3: mature, oily, moderate colour, some injury or waste)",
                   "fair (quality 4: mature, lean, moderate to pale colour, more injury and waste)",
                   "low (quality 5: underripe or overripe, lean, pale or dull, much injury and waste)",
                   "poor (quality 6: immature or crude, lean, dull, the most injury and waste the group allows)")
TOBACCO_ROWS = (180, 320, 480, 520, 400, 240)
#: the upper limits of choice .. low on the grader's quality score (1 choice .. 6 poor; the leaf's maturity, oil,
#: body, colour's intensity, finish, uniformity and injury tolerance folded in) that the quality takes
TOBACCO_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the quality above and below each (graders differ mostly by one quality: the warehouse's light, a bale's face
#: against its inside, the leaf's order on the day, the grader's own habit and the day's run of bales)
TOBACCO_NEIGHBOURS = ordinal_neighbours(len(TOBACCO_CLASSES))
#: what the quality is called from: the label's basis, not columns
TOBACCO_GRADING = ("the grader's look and feel of the bale's leaf on the floor: maturity, body, oil, leaf structure, "
                   "colour intensity, finish, width, uniformity and the injury and waste within the tolerance",
                   "the grader's own habit, the warehouse's light and the bale's order (moisture) on the day")


# ---------------------------------------------------------------------- citrus5: a packed lot's fresh grade
#: the 5 classes of ``citrus5`` (a lot of oranges on a packing house's line, by the grade the line's inspector assigns
#: from a sample against the fresh-citrus grade standards), the best first
CITRUS_CLASSES = ("Fancy (well coloured, firm, well formed, smooth, discoloration and scars at most slight)",
                  "No. 1 (fairly well coloured, firm, fairly well formed, free from damage, more discoloration)",
                  "No. 2 (reasonably well coloured, fairly firm, slightly misshapen or rough, free from serious "
                  "damage)",
                  "No. 3 / juice (misshapen or badly scarred but sound, free from very serious damage)",
                  "cull (decay, soft or mushy fruit, unhealed breaks or very serious damage beyond No. 3)")
CITRUS_ROWS = (300, 600, 520, 440, 280)
#: the upper limits of Fancy .. No. 3 on the inspector's score (0 Fancy .. 4 cull: the worst of the sample's factors,
#: the colour, the discoloration and the scars, the firmness, the shape and the decay, each read on that scale)
CITRUS_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each (inspectors differ mostly by one grade: a sample's few worst fruit, the area of a
#: scar judged by eye against the standard's circles, the line's light and speed, the inspector's own habit)
CITRUS_NEIGHBOURS = ordinal_neighbours(len(CITRUS_CLASSES))
#: what the grade is assigned from: the label's basis, not columns
CITRUS_GRADING = ("the inspector's sample from the lot on the line: each fruit's colour, discoloration, scars and "
                  "blemishes against the standard's areas, firmness, shape, texture and decay, the lot graded by "
                  "its worst factor within the tolerances",
                  "the inspector's own habit, the shift's light and line speed, and the sample's chance few fruit")


# ---------------------------------------------------------------------- outboard6: an outboard motor's fault
#: the 6 classes of ``outboard6`` (an outboard motor brought to a marine shop because it will not start, runs rough
#: or overheats, by the cause the mechanic diagnosed)
OUTBOARD_CLASSES = ("stale or phase-separated fuel (old ethanol blend, water and ethanol settled out in the tank)",
                    "clogged carburettor or injector (varnish in the jets or the bowl, a dirty injector or filter)",
                    "weak ignition (a failing coil or stator's charge, fouled or worn plugs, a cracked plug lead)",
                    "worn water-pump impeller (hardened or torn vanes, a weak tell-tale, overheating)",
                    "failing fuel pump or primer bulb (a cracked diaphragm, a leaking bulb's check valve, air drawn)",
                    "kill-switch lanyard or its wiring (a worn switch, a loose clip, a chafed or grounded stop wire)")
OUTBOARD_ROWS = (420, 400, 360, 300, 320, 340)
#: the causes mechanics confuse (symmetric): stale fuel against a clogged carburettor (stale fuel leaves the varnish
#: that clogs it; both after storage, hard starting, rough), weak ignition (both misfire and run rough) and a failing
#: fuel pump (both starve the motor, dying under load); the clogged carburettor against the ignition (a rich, dirty
#: carburettor fouls the plugs), the impeller (a lean motor runs hot, an overheating one cuts its power and sputters)
#: and the fuel pump (both lean, dying at speed); the ignition against the kill switch (both no spark or an
#: intermittent one); the fuel pump against the kill switch (both stall now and then under way)
OUTBOARD_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2, 3, 4), 2: (0, 1, 5), 3: (1,), 4: (0, 1, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- hottub6: a hot tub's fault
#: the 6 classes of ``hottub6`` (a hot tub a service technician visits because the water is cold, the pump trips or
#: the panel shows an error, by the cause the technician diagnosed)
HOTTUB_CLASSES = ("failed heater element (open, or burnt through at its terminals: no heat)",
                  "stuck or failed pressure or flow switch (its contacts stuck open or closed, out of adjustment)",
                  "dirty filter starving the flow (a clogged or worn cartridge, the heater's flow too low)",
                  "failing circulation pump or its capacitor (a worn bearing, a weak capacitor, a humming pump)",
                  "failed temperature sensor (the water or the high-limit sensor reading wrong or open)",
                  "tripping GFCI from a leaking component (a heater's cracked sheath, a pump's seal, an ozonator)")
HOTTUB_ROWS = (380, 340, 460, 320, 280, 360)
#: the causes technicians confuse (symmetric): a failed heater against the flow switch (no heat, a heater not called),
#: the sensor (no heat, the panel's temperature wrong) and a tripping GFCI (a burnt element's sheath leaks to ground);
#: the flow switch against a dirty filter and the circulation pump (the FLO code of all three); a dirty filter against
#: the pump (low flow, a hot pump) and the sensor (low flow over the heater heats the high-limit sensor: OH or HL codes
#: like a sensor's); the pump against a tripping GFCI (a pump's seal leaks into its motor)
HOTTUB_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 2, 3), 2: (1, 3, 4), 3: (1, 2, 5), 4: (0, 2), 5: (0, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"tobacco6": TOBACCO_NEIGHBOURS, "citrus5": CITRUS_NEIGHBOURS, "outboard6": OUTBOARD_NEIGHBOURS,
              "hottub6": HOTTUB_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("tobacco6", "citrus5")
