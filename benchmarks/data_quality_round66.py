"""Round 66's held-out data sets for the noisy-label benchmark (being written: the class names, rows, limits and
neighbour maps first, before any generator)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np  # noqa: F401

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- muac4: a young child's acute malnutrition
#: the 4 classes of ``muac4`` (a child of 6-59 months at a community screening in a food-insecure district, by the
#: mid-upper arm circumference the health worker read off the tape, and bilateral pitting oedema), well first
MUAC_CLASSES = ("no acute malnutrition (MUAC 135 mm or more)", "at risk (MUAC 125-134 mm)",
                "moderate acute malnutrition (MUAC 115-124 mm)",
                "severe acute malnutrition (MUAC under 115 mm, or bilateral pitting oedema)")
MUAC_ROWS = (760, 600, 460, 320)
#: the class above and below each class
MUAC_NEIGHBOURS = ordinal_neighbours(len(MUAC_CLASSES))
#: the limits (mm, the tape read to the millimetre): under 115 severe and under 125 moderate acute malnutrition
#: (the WHO / UNICEF 2009 joint statement's cut-offs for children of 6-59 months), under 135 "at risk" (the band
#: some programmes' tapes mark between the green and the yellow); a child's class is the number of limits its
#: MUAC falls under, and bilateral pitting oedema makes it severe whatever the MUAC
MUAC_LIMITS = (135.0, 125.0, 115.0)


# ---------------------------------------------------------------------- washfast5: a dyed fabric's wash fastness
#: the 5 classes of ``washfast5`` (a lot of dyed cotton fabric at a dyehouse's laboratory, by the change in colour
#: of its specimen in the colour fastness to washing test, ISO 105-C06, rated on the grey scale of ISO 105-A02),
#: the least change first
WASHFAST_CLASSES = ("grade 4-5 or 5 (no or slight change)", "grade 4", "grade 3-4", "grade 3",
                    "grade 2-3 or worse")
WASHFAST_ROWS = (520, 480, 440, 380, 320)
#: the grade above and below each class
WASHFAST_NEIGHBOURS = ordinal_neighbours(len(WASHFAST_CLASSES))
#: the grey scale's steps: the CIELAB colour difference of each grade's pair of grey chips (ISO 105-A02: 5 0,
#: 4-5 0.8, 4 1.7, 3-4 2.5, 3 3.4, 2-3 4.8, 2 6.8, 1-2 9.6, 1 13.6)
GREY_SCALE = {5.0: 0.0, 4.5: 0.8, 4.0: 1.7, 3.5: 2.5, 3.0: 3.4, 2.5: 4.8, 2.0: 6.8, 1.5: 9.6, 1.0: 13.6}
#: the limits: the laboratory measures the colour difference (CIELAB delta E) between the washed and the unwashed
#: specimen and gives the grade whose step is nearest, so the class changes halfway between the steps of 4-5 and
#: 4, 4 and 3-4, 3-4 and 3, 3 and 2-3; a lot's class is the number of limits its colour difference reaches
WASHFAST_LIMITS = (1.25, 2.1, 2.95, 4.1)


# ---------------------------------------------------------------------- delay5: a delayed flight's reported cause
#: the 5 classes of ``delay5`` (a domestic flight that arrived 15 minutes or more late, by the cause its airline
#: reported to the Bureau of Transportation Statistics: the cause carrying most of its delay minutes)
DELAY_CAUSES = ("air carrier", "extreme weather", "national aviation system", "security",
                "late-arriving aircraft")
DELAY_ROWS = (520, 320, 460, 200, 640)
#: the causes an airline's delay coders confuse (symmetric): the air carrier against security (a passenger
#: re-boarded or a bag pulled: the airline's handling or a screening matter) and against a late-arriving aircraft
#: (a crew or an aircraft swapped in from a late flight: coded the carrier's or the inbound's); extreme weather
#: against the national aviation system (weather that is not "extreme" is the system's, and the carrier judges
#: which) and against a late-arriving aircraft (the inbound held by weather upstream); the national aviation system
#: against security (a terminal's or a checkpoint's trouble is the airport's operations or security) and against a
#: late-arriving aircraft (the inbound held by a ground delay programme)
DELAY_NEIGHBOURS = {0: (3, 4), 1: (2, 4), 2: (1, 3, 4), 3: (0, 2), 4: (0, 1, 2)}


# ---------------------------------------------------------------------- vertigo6: an acute vertigo's diagnosis
#: the 6 classes of ``vertigo6`` (an adult seen in the emergency department for vertigo, by the final diagnosis at
#: the follow-up clinic)
VERTIGO_CAUSES = ("benign paroxysmal positional vertigo", "vestibular neuritis", "labyrinthitis",
                  "Meniere's disease", "vestibular migraine", "posterior circulation stroke or TIA")
VERTIGO_ROWS = (560, 380, 240, 300, 360, 300)
#: the diagnoses clinicians confuse from the history and the bedside examination (symmetric): BPPV against
#: Meniere's disease (both recurrent episodes, and BPPV follows Meniere's) and against vestibular migraine
#: (migraine's attacks can be positional, and its central positional nystagmus looks like BPPV's); vestibular
#: neuritis against labyrinthitis (the same acute vestibular syndrome; hearing loss alone tells them apart) and
#: against a stroke (a continuous vertigo with nystagmus either way, the HINTS examination separates them);
#: labyrinthitis against Meniere's disease (vertigo with hearing loss, a first attack of Meniere's) and against a
#: stroke (an anterior inferior cerebellar artery infarct takes the hearing too); Meniere's disease against
#: vestibular migraine (recurrent spontaneous attacks of minutes to hours, with aural symptoms in both)
VERTIGO_NEIGHBOURS = {0: (3, 4), 1: (2, 5), 2: (1, 3, 5), 3: (0, 2, 4), 4: (0, 3), 5: (1, 2)}
