"""Round 132's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account, what was opened, read, assumed and measured, is written at the end of the round.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- avocado4: a lot of Florida avocados' U.S. grade
#: the 4 classes of ``avocado4`` (a lot of Florida avocados a packing house's inspector grades, by the U.S. Standards
#: for Grades of Florida Avocados), the best first: U.S. No. 1, U.S. Combination, U.S. No. 2, U.S. No. 3. A lot within
#: none of the four left out: not kept
AVOCADO_CLASSES = ("U.S. No. 1 (mature, well formed, clean, well coloured, free from decay and anthracnose and from "
                   "damage by bruises, skin breaks, russeting, scars or scab, sunburn; within the tolerances)",
                   "U.S. Combination (No. 1 and No. 2 fruit, at least 60 % by count meeting No. 1; the rest within "
                   "No. 2's tolerances)",
                   "U.S. No. 2 (mature, fairly well formed, free from serious damage; within the tolerances)",
                   "U.S. No. 3 (mature, not badly misshapen, free from very serious damage; within the tolerances)")
AVOCADO_ROWS = (600, 520, 580, 440)
#: per grade from No. 1 to No. 3, the inspector's limits on the lot's sample (% by count, each "at most"): the fruit
#: failing No. 1 (damage, a shape or a colour short of it, or immature), failing No. 2 (serious damage, or immature),
#: failing No. 3 (very serious damage, or immature), affected by decay or anthracnose, affected by decay. No. 1's
#: 10 / 5 / 1 % and the Combination's 60 % of No. 1 fruit with No. 2's 10 / 5 / 1 % are the standard's (as read);
#: No. 2's lines are the author's memory, No. 3's (10 / 10 / 2 %) assumed
AVOCADO_LIMITS = np.array([[10.0, 10.0, 10.0, 5.0, 1.0], [40.0, 10.0, 10.0, 5.0, 1.0],
                           [100.0, 10.0, 10.0, 5.0, 1.0], [100.0, 100.0, 10.0, 10.0, 2.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the sample's fruit: a scar or a
#: bruise scored as damage or serious damage, a fruit's weight against the maturity schedule)
AVOCADO_NEIGHBOURS = ordinal_neighbours(len(AVOCADO_CLASSES))
#: what the grade is set from: the label's basis, not columns
AVOCADO_GRADING = ("the packing house inspector's sample of the lot: each fruit's maturity (its weight or diameter "
                   "against the variety's shipping schedule), shape, colour, skin defects (russeting, scars, scab, "
                   "sunburn), bruising and skin breaks, anthracnose and decay, against the grade's limits and "
                   "tolerances",
                   "the grade on the inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- cinnamon4: a bale of Ceylon cinnamon quills
#: the 4 classes of ``cinnamon4`` (a bale of Ceylon cinnamon quills an exporter grades, by the Sri Lankan quill
#: grades), in order of the quill's diameter and quality: Alba, Continental C5, Continental C4, Hamburg H1; the other
#: grades (C5 Special, the Mexican, H2, H3, the quillings) left out: a bale within none of the four not kept
CINNAMON_CLASSES = ("Alba (quills at most 6 mm across, at least 45 quills of 42 in. per kg, no foxing to speak of, "
                    "light golden brown)",
                    "Continental C5 (at most 10 mm, at least 31 quills per kg, at most 10 % foxed quills)",
                    "Continental C4 (at most 13 mm, at least 24 quills per kg, at most 15 % foxed quills)",
                    "Hamburg H1 (at most 23 mm, at least 11 quills per kg, at most 25 % foxed quills, darker)")
CINNAMON_ROWS = (380, 660, 620, 480)
#: per grade from Alba to H1, the grader's limits on the bale's sample (each "at most"): the quills' mean diameter
#: (mm), the quills per kg (negated: the grade's least as a most), the foxed quills (%), the colour (the grader's
#: score, 1 light golden .. 6 dark brown). The diameters, the counts and C5's, C4's and H1's foxing are the sources'
#: (C4's 15 % one source's, another's 10 %); Alba's 2 % (its "none") and the colour scores are the author's
CINNAMON_LIMITS = np.array([[6.0, -45.0, 2.0, 2.0], [10.0, -31.0, 10.0, 3.0], [13.0, -24.0, 15.0, 4.0],
                            [23.0, -11.0, 25.0, 5.0]])
#: the grade above and below each (a bale near a line is graded a step up or down by the grader's reading of the
#: quills' diameter, the count and the foxing)
CINNAMON_NEIGHBOURS = ordinal_neighbours(len(CINNAMON_CLASSES))
#: what the grade is set from: the label's basis, not columns
CINNAMON_GRADING = ("the exporter's grader's reading of a sample of the bale's quills: their diameter, the number "
                    "of quills per kilogram, the colour and the foxing (reddish-brown patches), against each "
                    "grade's limits",
                    "the grade marked on the bale, the worst factor deciding")


# ---------------------------------------------------------------------- coaster6: a roller coaster stoppage's cause
#: the 6 classes of ``coaster6`` (an amusement park's roller-coaster stoppage, by the cause its ride engineers found);
#: left out: the weather's closures and the guests' incidents
COASTER_CLASSES = ("the lift hill (its chain or its tyres, the drive's motor and gearbox, the anti-rollback)",
                   "the brakes and their fins (magnetic or friction brake runs, the trims, the pneumatics)",
                   "the restraints and their locks (lap bars, over-the-shoulder restraints, the locks' cylinders "
                   "and their proximity switches)",
                   "the block system's sensors and controls (the proximity switches and photo eyes, the safety PLC)",
                   "the station's gates and platform (the air gates, the exit gates, the dispatch panel's interlocks)",
                   "the trains' wheels and axles (road, upstop and guide wheels, the axles, the bogies)")
COASTER_ROWS = (400, 360, 320, 420, 300, 340)
#: the causes engineers confuse (symmetric): the lift against the block system (a train not seen clearing the lift
#: stops the next) and the wheels (a train dragging up the lift); the brakes against the block system (a brake not
#: seen closing, a train not seen on the run) and the wheels (a train too slow or too fast at the run); the restraints
#: against the block system (a lock's switch read by the PLC) and the station's gates (both hold the dispatch); the
#: block system against the station's gates (the dispatch interlocks)
COASTER_NEIGHBOURS = {0: (3, 5), 1: (3, 5), 2: (3, 4), 3: (0, 1, 2, 4), 4: (2, 3), 5: (0, 1)}


# ---------------------------------------------------------------------- litho6: a lithography scanner's downtime cause
#: the 6 classes of ``litho6`` (a semiconductor fab's lithography scanner unscheduled downtime, by the module its
#: equipment engineers found at fault); left out: the fab's facilities and the photoresist
LITHO_CLASSES = ("the reticle stage (its motors, its encoders or interferometers, the reticle clamp)",
                 "the wafer stage (its motors, the interferometers or encoders, the chuck, the level sensor's "
                 "stage-side)",
                 "the light source (the excimer laser: its chamber, the pulsed power, the line-narrowing module)",
                 "the illumination and projection optics (the illuminator, the lens's elements and its manipulators)",
                 "the alignment and metrology sensors (the wafer and reticle alignment, the level sensor)",
                 "the wafer handler and the track interface (the robots, the prealigner, the track's handover)")
LITHO_ROWS = (380, 400, 340, 300, 360, 360)
#: the causes engineers confuse (symmetric): the reticle stage against the wafer stage (the scan's synchronisation:
#: the moving standard deviation) and the alignment sensors (the reticle's alignment); the wafer stage against the
#: alignment sensors (an overlay or focus error: the stage or the sensor) and the wafer handler (the wafer's load onto
#: the chuck); the light source against the optics (the dose and its uniformity); the optics against the alignment
#: sensors (a focus drift: the lens's heating or the level sensor)
LITHO_NEIGHBOURS = {0: (1, 4), 1: (0, 4, 5), 2: (3,), 3: (2, 4), 4: (0, 1, 3), 5: (1,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"avocado4": AVOCADO_NEIGHBOURS, "cinnamon4": CINNAMON_NEIGHBOURS, "coaster6": COASTER_NEIGHBOURS,
              "litho6": LITHO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("avocado4", "cinnamon4")
