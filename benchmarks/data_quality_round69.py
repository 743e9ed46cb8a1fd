"""Round 69's held-out data sets for the noisy-label benchmark (draft: the classes, rows, neighbour maps and limits,
committed before any generator is written or run; the generators and the full account follow)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers its author wrote as the round before's (kept once since session 42)
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- mrs7: a stroke's outcome at 90 days
#: the 7 classes of ``mrs7`` (an adult admitted with an acute ischaemic stroke, by the modified Rankin Scale grade a
#: structured interview at 90 days gave), the best first
MRS_CLASSES = ("mRS 0, no symptoms at all", "mRS 1, no significant disability despite symptoms (all usual duties)",
               "mRS 2, slight disability (looks after own affairs without assistance, not all former activities)",
               "mRS 3, moderate disability (needs some help, walks without assistance)",
               "mRS 4, moderately severe disability (cannot walk or attend to bodily needs without assistance)",
               "mRS 5, severe disability (bedridden, incontinent, constant nursing care)", "mRS 6, dead")
MRS_ROWS = (320, 420, 300, 300, 300, 160, 340)
#: the grade above and below each grade (the interview's next-door grades: its questions draw each line between two
#: neighbours, and raters disagree mostly by one grade)
MRS_NEIGHBOURS = ordinal_neighbours(len(MRS_CLASSES))


# ---------------------------------------------------------------------- frost4: a subgrade soil's frost group
#: the 4 classes of ``frost4`` (a frost-susceptible soil sample from a road's or an airfield's subgrade, by the US Army
#: Corps of Engineers frost design soil classification), the least susceptible first; samples the classification
#: calls non-frost-susceptible or only possibly so (under 3 % finer than 0.02 mm) are not in the set
FROST_CLASSES = ("F1: gravelly soils with 3-10 % finer than 0.02 mm",
                 "F2: gravelly soils with 10-20 %, sands with 3-15 % finer than 0.02 mm",
                 "F3: gravelly soils over 20 %, sands (not very fine silty sands) over 15 % finer than 0.02 mm, "
                 "clays with a plasticity index over 12",
                 "F4: all silts, very fine silty sands over 15 % finer than 0.02 mm, clays with a plasticity index of "
                 "12 or less, varved clays and other fine-grained banded sediments")
FROST_ROWS = (440, 620, 600, 480)
#: the group above and below each group
FROST_NEIGHBOURS = ordinal_neighbours(len(FROST_CLASSES))
#: the limits (the percentage by weight finer than 0.02 mm, from the hydrometer): a gravelly soil (more gravel than
#: sand in its coarse fraction, under half passing the No. 200 sieve) is F1 from 3 %, F2 over 10 %, F3 over 20 %
FROST_GRAVEL_LIMITS = (3.0, 10.0, 20.0)
#: a sandy soil is F2 from 3 %, over 15 % F3 (F4 where it is a very fine silty sand: the author's rule, more than
#: half of its sand finer than the No. 100 sieve, 0.15 mm)
FROST_SAND_LIMITS = (3.0, 15.0)
#: a fine-grained soil (half or more passing the No. 200 sieve): a clay with a plasticity index over 12 is F3, a silt
#: (below the A-line or a plasticity index under 4), a clay of 12 or less, or a varved or banded sediment F4
FROST_PI_LIMIT = 12.0


# ---------------------------------------------------------------------- colic6: a horse's colic diagnosis
#: the 6 classes of ``colic6`` (a horse seen at an equine clinic for colic, by the diagnosis the veterinarian reached:
#: at surgery, at necropsy, or from the course of the medical treatment and the examinations)
COLIC_CAUSES = ("spasmodic or gas colic", "large-colon impaction (pelvic flexure)",
                "non-strangulating large-colon displacement (left dorsal or right dorsal)",
                "strangulating small-intestine lesion (lipoma, epiploic foramen entrapment, volvulus)",
                "duodenitis-proximal jejunitis (anterior enteritis)", "gastric ulceration (equine gastric ulcer "
                "syndrome)")
COLIC_ROWS = (520, 400, 320, 300, 200, 400)
#: the diagnoses the examination and the records leave confused (symmetric): a spasmodic or gas colic against an
#: impaction (a mild, medical colic either way, a small impaction beyond the arm's reach), against a displacement
#: (gas-distended colon and mild early pain in both; a displacement often starts as a gas colic) and against gastric
#: ulcers (mild, recurrent pain with normal vital signs); an impaction against a displacement (the colon's bands and
#: a firm colon on the rectal, a displacement often secondary to an impaction); a displacement against a
#: strangulating small-intestine lesion (moderate to severe pain and distension, a surgical referral either way);
#: a strangulating lesion against proximal enteritis (the classic differential: nasogastric reflux, distended small
#: intestine on the rectal and the ultrasound, a raised heart rate and PCV)
COLIC_NEIGHBOURS = {0: (1, 2, 5), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4), 4: (3,), 5: (0,)}


# ---------------------------------------------------------------------- paintshop6: a paint defect's cause
#: the 6 classes of ``paintshop6`` (a car body's panel with a paint defect found at the paint shop's final inspection,
#: by the cause the inspector and the process engineer assigned)
PAINT_CAUSES = ("dirt or fibre inclusions", "craters or fish-eyes (surface contamination: silicone, oil)",
                "runs and sags", "orange peel (poor flow and levelling)", "solvent popping or pinholes",
                "mottling or poor hiding (basecoat, effect colours)")
PAINT_ROWS = (560, 300, 340, 360, 260, 320)
#: the causes the booth's and the oven's records and the inspection leave confused (symmetric): dirt against
#: craters (a particle seeds a crater; a small crater read as a speck) and against solvent pops (pops and gassing
#: are taken for dirt, the paint makers' guides say); craters against pops (a pinhole and a small crater alike);
#: runs against orange peel (the flow window's two sides: a panel's verticals sag where its horizontals peel, the
#: same bell settings tuned between them), against pops (a heavy film and a short flash-off behind both) and against
#: mottling (a wet, heavy basecoat floats its flakes); orange peel against mottling (a dry, coarse spray: a hot booth,
#: a fast solvent, a low bell speed)
PAINT_NEIGHBOURS = {0: (1, 4), 1: (0, 4), 2: (3, 4, 5), 3: (2, 5), 4: (0, 1, 2), 5: (2, 3)}
