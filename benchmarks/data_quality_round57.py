"""Round 57's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Docstring completed with the generators: what the author opened, read, assumed and measured.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- hullfoul5: hull biofouling rating
#: the 5 classes of ``hullfoul5`` (a ship's hull at a diver's or ROV's reference inspection, grouped from the US
#: Navy's fouling rating scale, FR 0 .. FR 100 in steps of 10), least fouling first
HULL_CLASSES = ("clean (FR 0)", "slime (FR 10-20)", "light soft (FR 30-40)", "heavy soft (FR 50-60)",
                "hard calcareous (FR 70-100)")
HULL_ROWS = (440, 500, 460, 420, 320)
#: the rating above and below each class
HULL_NEIGHBOURS = ordinal_neighbours(len(HULL_CLASSES))
#: the reference inspection's fouling rating (the coverage-weighted FR of the hull's worst band, 0-100, read on a
#: continuous scale) against 10, 30, 50 and 70: a hull's class is the number of these limits at or below its rating
#: (the grouping of the FR steps into 5 classes is the author's own)
HULL_LIMITS = (10.0, 30.0, 50.0, 70.0)


# --------------------------------------------------------------------------- varroa5: Varroa infestation level
#: the 5 levels of ``varroa5`` (a honey bee colony, by a reference alcohol wash of about 300 nurse bees from the
#: brood nest, read as mites per 100 bees), lightest infestation first
VARROA_CLASSES = ("negligible (<1)", "low (1-2)", "at threshold (2-3)", "above threshold (3-6)", "critical (6+)")
VARROA_ROWS = (380, 460, 420, 480, 400)
#: the level above and below each level
VARROA_NEIGHBOURS = ordinal_neighbours(len(VARROA_CLASSES))
#: the wash's mites per 100 bees against 1, 2 and 3 (the extension services' early-season, 2 % and 3 % treatment
#: thresholds) and 6 (the author's own "critical" limit): a colony's level is the number of limits at or below it
VARROA_LIMITS = (1.0, 2.0, 3.0, 6.0)


# --------------------------------------------------------------------------- leak6: household leak cause
#: the causes of ``leak6`` (a household leak flagged by a smart water meter, by the cause a plumber's visit found)
LEAK_CAUSES = ("running toilet flapper", "dripping tap", "irrigation fault", "burst / cracked pipe",
               "water-heater relief valve", "appliance hose")
LEAK_ROWS = (420, 360, 340, 300, 320, 400)
#: the causes an analyst of the meter's profile confuses (symmetric): a toilet's flapper against a dripping tap
#: (both a small flow all night) and a water heater's relief valve (both intermittent small discharges, a
#: flapper's refills and the valve's weeps on the heating cycle); a dripping tap against the relief valve (a
#: trickle, a weep); an irrigation fault against a burst pipe (a large, steady flow, often outdoors and in the
#: ground); a burst pipe against an appliance hose (a sudden large, steady flow indoors)
LEAK_NEIGHBOURS = {0: (1, 4), 1: (0, 4), 2: (3,), 3: (2, 5), 4: (0, 1), 5: (3,)}


# --------------------------------------------------------------------------- greenbean6: green coffee defect
#: the defects of ``greenbean6`` (a green coffee bean rejected on an optical sorter, by a grader's reference call
#: on the reject stream, with the SCA's defect names)
BEAN_DEFECTS = ("full black", "full sour", "insect damage", "broken / chipped", "fungus damage", "immature / quaker")
BEAN_ROWS = (300, 340, 440, 400, 320, 340)
#: the defects a sorter (and a grader) confuses (symmetric): a full black against a full sour (over-fermented
#: beans darken from yellow-brown to black; a partial black) and fungus damage (a mouldy bean's dark patches);
#: a full sour against fungus damage (yellow-brown discolouration, a fermented or mouldy smell unseen); insect
#: damage against a broken bean (a bored hole and a chip both break the outline and lose mass); a broken bean
#: against an immature one (both small and light on the density table)
BEAN_NEIGHBOURS = {0: (1, 4), 1: (0, 4), 2: (3,), 3: (2, 5), 4: (0, 1), 5: (3,)}
