"""Round 63's held-out data sets for the noisy-label benchmark (being written; the full docstring comes with the
generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- maturity5: a source rock's thermal maturity
#: the 5 classes of ``maturity5`` (a source rock sample from a well's cuttings or core, by its reference mean random
#: vitrinite reflectance, Ro %, measured on a polished block over at least 30 vitrinite grains, against the oil
#: window's usual limits), least mature first
MATURITY_CLASSES = ("immature (Ro under 0.6 %)", "early oil window (0.6-0.8 %)", "peak oil window (0.8-1.0 %)",
                    "late oil window (1.0-1.3 %)", "gas window (1.3 % or more)")
MATURITY_ROWS = (380, 460, 480, 440, 380)
#: the class above and below each class
MATURITY_NEIGHBOURS = ordinal_neighbours(len(MATURITY_CLASSES))
#: the reference Ro (%) against 0.6 (the oil window's usual start), 0.8 and 1.0 (the peak's usual bounds) and 1.3
#: (the oil window's usual end, the wet gas window's start); a sample's class is the number of limits its Ro reaches
MATURITY_LIMITS = (0.6, 0.8, 1.0, 1.3)


# --------------------------------------------------------------------------- ketosis4: a fresh cow's ketosis class
#: the 4 classes of ``ketosis4`` (a dairy cow in her first three weeks of lactation, by the reference blood
#: beta-hydroxybutyrate, BHB, in mmol/L, read by the laboratory's enzymatic assay on a tail-vein sample, against the
#: field's cut-offs), healthiest first
KETOSIS_CLASSES = ("healthy (BHB under 1.0 mmol/L)", "borderline (1.0-1.4 mmol/L)", "subclinical (1.4-3.0 mmol/L)",
                   "clinical (3.0 mmol/L or more)")
KETOSIS_ROWS = (700, 420, 620, 400)
#: the class above and below each class
KETOSIS_NEIGHBOURS = ordinal_neighbours(len(KETOSIS_CLASSES))
#: the reference blood BHB (mmol/L) against 1.0 (the lowest cut-off the field uses for hyperketonemia), 1.4 (the
#: highest of the usual subclinical cut-offs, 1.2-1.4: between 1.0 and 1.4 the field's cut-offs disagree) and 3.0
#: (the level usually read as clinical ketosis); a cow's class is the number of limits her BHB reaches
KETOSIS_LIMITS = (1.0, 1.4, 3.0)


# --------------------------------------------------------------------------- banknote6: a suspect note's kind
#: the 6 classes of ``banknote6`` (a note a cash centre's sorting machine pulled as suspect, by the national
#: analysis centre's reference finding)
BANKNOTE_KINDS = ("genuine, worn or soiled", "inkjet counterfeit", "laser / toner counterfeit",
                  "offset-printed counterfeit", "washed and reprinted genuine paper", "composite of genuine pieces")
BANKNOTE_ROWS = (440, 360, 400, 300, 320, 320)
#: the kinds a cash centre's examiner confuses from the sorter's readings (symmetric): a worn or soiled genuine note
#: against an offset counterfeit (the best offset fakes pass most sensors; wear and dirt dull a genuine note's
#: colour and sharpness), against a washed note (genuine paper and thread, its print faded) and against a composite
#: (genuine pieces, genuine features, a taped or glued seam like a repaired worn note); inkjet against laser (both
#: office printers on office paper, bright under UV, no magnetic ink) and against a washed note (the washed paper
#: is usually reprinted with an inkjet); laser against offset (sharp, dense print; some toners are magnetic)
BANKNOTE_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 4), 2: (1, 3), 3: (0, 2), 4: (0, 1), 5: (0,)}


# --------------------------------------------------------------------------- pointmc6: a railway point machine's fault
#: the 6 classes of ``pointmc6`` (a railway point machine whose throws the condition-monitoring system flagged, by
#: the maintenance team's reference finding on site)
POINT_FAULTS = ("obstruction in the switch (ballast, debris)", "lack of lubrication of the slide chairs",
                "misadjusted detection rods", "motor or gearbox wear", "clamp-lock fault",
                "failed point heater in frost (ice or snow in the switch)")
POINT_ROWS = (380, 420, 340, 320, 360, 320)
#: the faults a maintainer confuses from the monitoring data (symmetric): an obstruction against a failed heater
#: (ice or packed snow is an obstruction: the current held high at the end of the throw), against a clamp-lock
#: fault (the lock does not engage: the end of the throw stalls) and against misadjusted detection (a small
#: obstruction leaves a gap that the detection does not prove); dry slide chairs against motor or gearbox wear (both
#: raise the current over the whole throw and slow it) and against a failed heater (cold, stiff chairs); misadjusted
#: detection against a clamp-lock fault (both fail at the end of the stroke with a normal throw before)
POINT_NEIGHBOURS = {0: (2, 4, 5), 1: (3, 5), 2: (0, 4), 3: (1,), 4: (0, 2), 5: (0, 1)}
