"""Round 108's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator exists; the generators and the
full docstring follow.)
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


# ---------------------------------------------------------------------- turf7: a trial plot's turf quality band
#: the 7 classes of ``turf7`` (a plot of a turfgrass cultivar in a trial, by the band of the NTEP 1-9 visual turf
#: quality rating the evaluator gave walking the plots; 1 dead or bare, 6 the usual least acceptable, 9 ideal), the
#: poorest first
TURF_CLASSES = ("1-3 (poor: thin, bare or brown, weedy or diseased)", "4 (below acceptable)",
                "5 (marginal: thin or off-colour in part)", "6 (least acceptable for a lawn)",
                "7 (good: dense, uniform, green)", "8 (very good)", "9 (ideal: dense, fine, dark green, uniform)")
TURF_ROWS = (220, 280, 360, 420, 400, 300, 180)
#: the lower limits of the bands 4 .. 9 on the evaluator's rating (a whole number on the 1-9 scale, read from the
#: evaluator's continuous impression rounded to the nearest whole) that the band takes
TURF_LIMITS = (3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
#: the band above and below each (evaluators differ mostly by one point: the weight each gives density, colour,
#: texture and uniformity, the light and the time of day, the plots seen just before, the evaluator's own habit)
TURF_NEIGHBOURS = ordinal_neighbours(len(TURF_CLASSES))
#: what the rating is given from: the label's basis, not columns
TURF_RATING = ("the evaluator's overall impression walking the plots: density, colour, texture, uniformity and "
               "the bare, diseased or weedy share, against an idealised plot (9) or the trial's best",
               "the evaluator's own habit (a strict or a lenient rater, the weight given colour against density) "
               "and the light on the day")


# ---------------------------------------------------------------------- termite5: a timber member's damage grade
#: the 5 classes of ``termite5`` (a timber member in a house inspected for subterranean termites, by the damage grade
#: the inspector gave after sounding and probing), the least first
TERMITE_CLASSES = ("none (sound: no galleries or hollow sound)",
                   "surface (galleries or grazing on the surface only, the section intact)",
                   "light (some galleries in the wood, under a quarter of the section lost)",
                   "moderate (a quarter to a half of the section lost: repair or reinforce)",
                   "severe (more than half the section lost: replace the member)")
TERMITE_ROWS = (520, 460, 420, 400, 340)
#: the lower limits of surface .. severe on the inspector's estimate of the section lost (%) from sounding and
#: probing that the grade takes
TERMITE_LIMITS = (2.0, 10.0, 25.0, 50.0)
#: the grade above and below each (inspectors differ mostly by one grade: the thin veneer termites leave hiding the
#: galleries, paint and linings, the probe's reach, old dried damage against live, the inspector's own habit)
TERMITE_NEIGHBOURS = ordinal_neighbours(len(TERMITE_CLASSES))
#: what the grade is given from: the label's basis, not columns
TERMITE_GRADING = ("the inspector's sounding (tapping for a hollow note) and probing (a screwdriver or a probe "
                   "pushed into soft or hollow wood) along the member, judging the section lost",
                   "the inspector's own habit (a cautious or a lenient grader) and how much of the member could be "
                   "reached and seen (linings, paint, insulation, a low crawlspace)")


# ---------------------------------------------------------------------- sewing6: a sewing machine's cause of fault
#: the 6 classes of ``sewing6`` (a domestic sewing machine brought for repair, by the cause the technician diagnosed)
SEWING_CLASSES = ("needle trouble (bent, blunt, set wrong, or the wrong size or point for the fabric and thread)",
                  "tension out (the upper tension's discs or spring, or the bobbin case's spring, mis-set or fouled)",
                  "hook timing knocked out (the hook's point no longer meets the needle's scarf in time)",
                  "bobbin case or hook burred or damaged (a needle strike's burr shredding or catching the thread)",
                  "feed dogs clogged with lint or misadjusted (too low, or the feed's timing or the foot's pressure)",
                  "motor, belt or foot controller failing (worn brushes, a slipping belt, a failing speed control)")
SEWING_ROWS = (420, 400, 300, 320, 360, 340)
#: the causes technicians confuse (symmetric): the needle against the tension (thread breaks and loops from a wrong
#: needle or a thread too thick for it), against the timing (skipped stitches: a bent needle the hook misses, as a
#: hook out of time does) and against the bobbin case or hook (shredding and breaks from a burred needle's eye or the
#: burred hook it struck); the tension against the bobbin case (loops underneath from a bobbin case's damaged spring)
#: and against the feed (puckering, stitches piling when the feed is weak); the timing against the hook (the needle
#: strike that knocked the timing out also burred the hook) and against the motor (a hook jammed and out of time
#: stalling the motor, "runs slow"); the feed against the motor (fabric that will not feed and a machine too weak to
#: push a heavy seam)
SEWING_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 3, 4), 2: (0, 3, 5), 3: (0, 1, 2), 4: (1, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- streetlight6: a street light's cause of fault
#: the 6 classes of ``streetlight6`` (a street light reported out or faulty, by the cause the maintenance crew
#: diagnosed)
STREETLIGHT_CLASSES = ("lamp or LED module failed (end of life: the lamp cycling or out, the LED module's string open)",
                       "photocell or control node failed (stuck on by day, stuck off, or switching on and off)",
                       "ballast, igniter or LED driver failed (no output, flicker or dim, often after surges)",
                       "underground cable fault (a joint or the cable failed: several columns out, the insulation low)",
                       "vehicle or vandal damage (the column struck or leaning, the door open, the bowl broken)",
                       "supply or feeder-pillar outage (the network's supply, a fuse or the pillar's contactor)")
STREETLIGHT_ROWS = (440, 360, 380, 300, 260, 400)
#: the causes crews confuse (symmetric): the lamp against the photocell (a lamp cycling at end of life reads as a
#: photocell switching, a photocell stuck off as a dead lamp), against the driver (both out or flickering: the crew
#: swaps the lamp first) and against damage (a bowl and lamp broken by a stone); the photocell against the driver
#: (a node's dimming command and the driver's fault both read as dim or flickering, day-burning from a driver's
#: failed control input); the driver against the cable (a low insulation tripping the driver, surges on a failing
#: cable); the cable against damage (a struck column's cable cut or its joint damaged) and against the supply (a run
#: of columns out, no voltage at the column)
STREETLIGHT_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4, 5), 4: (0, 3), 5: (3,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"turf7": TURF_NEIGHBOURS, "termite5": TERMITE_NEIGHBOURS, "sewing6": SEWING_NEIGHBOURS,
              "streetlight6": STREETLIGHT_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("turf7", "termite5")
