"""Round 68's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the class names, rows, limits and neighbour maps are committed first; the generators and the full docstring
follow.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- dxa4: an adult's bone density by DXA
#: the 4 classes of ``dxa4`` (an adult referred for a DXA scan, by the WHO category of the lowest T-score of the
#: lumbar spine, the total hip and the femoral neck), the densest first
DXA_CLASSES = ("normal (lowest T-score -1.0 or above)", "osteopenia, low bone mass (T-score under -1.0, above -2.5)",
               "osteoporosis (T-score -2.5 or under, no fragility fracture known)",
               "severe or established osteoporosis (T-score -2.5 or under with a fragility fracture)")
DXA_ROWS = (700, 760, 380, 300)
#: the category above and below each class
DXA_NEIGHBOURS = ordinal_neighbours(len(DXA_CLASSES))
#: the limits (the lowest T-score, read to a tenth): under -1.0 low bone mass, -2.5 or under osteoporosis (WHO
#: 1994); an osteoporotic scan is severe (established) where a fragility fracture is known: a low-trauma fracture
#: in the history or a vertebral fracture on the scan's vertebral fracture assessment (most of them never came to
#: notice). A scan's class is the number of limits its T-score (read to a tenth) falls under, -2.5 itself counting
#: as under, plus one for an osteoporotic scan with a fragility fracture
DXA_LIMITS = (-1.0, -2.5)


# ---------------------------------------------------------------------- kst5: a dust's explosion class
#: the 5 classes of ``kst5`` (a dust sample from an industrial site tested in a 20-litre sphere, by its
#: deflagration index Kst, bar m/s), the weakest first; St 1 is split at 100 (the author's split)
KST_CLASSES = ("St 0, not explosible (no flame spread, under 0.5 bar rise in the 20-litre sphere)",
               "St 1, weak (Kst 1-100 bar m/s)", "St 1, upper (Kst 101-200 bar m/s)",
               "St 2, strong (Kst 201-300 bar m/s)",
               "St 3, very strong (Kst over 300 bar m/s)")
KST_ROWS = (300, 560, 520, 440, 320)
#: the class above and below each class
KST_NEIGHBOURS = ordinal_neighbours(len(KST_CLASSES))
#: the limits (Kst, bar m/s, read to the unit): 0 (a sample whose test gave no explosion counts as Kst 0; the
#: author's model: a sample whose Kst would come out under 10 gives no pressure rise of 0.5 bar), 100 (the author's
#: split of St 1), 200 and 300 (the St classes of the trade's tables); a sample's class is the number of limits its
#: Kst exceeds
KST_LIMITS = (0.0, 100.0, 200.0, 300.0)


# ---------------------------------------------------------------------- poolwater6: a pool's water problem
#: the 6 classes of ``poolwater6`` (a residential or hotel pool at a service call, by the cause its technician
#: diagnosed from the pool's records and the water test)
POOL_CAUSES = ("algae bloom", "chloramines (high combined chlorine)", "pH and alkalinity drift (corrosive or unstable)",
               "cloudy water from poor filtration or circulation", "metal staining (copper or iron)",
               "calcium scaling (oversaturated water)")
POOL_ROWS = (520, 380, 420, 360, 200, 260)
#: the causes the records and the test leave confused (symmetric): algae against chloramines (both grow where the
#: free chlorine ran low against the day's organic load), against poor filtration (a green-tinged haze and a low
#: chlorine either way, the phosphate high) and against metal staining (copper algaecides and ionisers stain, and
#: an iron-rich fill water turns green or brown when shocked, read as algae); chloramines against a pH drift (the
#: bathers' red eyes and itching skin come from either) and against poor filtration (a heavy bather load behind
#: both); a pH drift against metal staining (a low pH eats the heater's copper and the fittings) and against
#: scaling (a high pH and alkalinity precipitate the calcium); poor filtration against scaling (a milky water
#: either from fine dirt the filter passes or from calcium carbonate coming out of solution)
POOL_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 2, 3), 2: (1, 4, 5), 3: (0, 1, 5), 4: (0, 2), 5: (2, 3)}


# ---------------------------------------------------------------------- refalarm6: a refrigeration alarm's cause
#: the 6 classes of ``refalarm6`` (a supermarket display case's or cold room's temperature alarm, by the cause the
#: refrigeration engineer found)
REFALARM_CAUSES = ("door left open, overloading or a blocked air curtain", "defrost fault (heater or termination)",
                   "evaporator fan failure", "refrigerant leak (low charge)",
                   "expansion valve or liquid-line solenoid fault", "sensor or controller fault")
REFALARM_ROWS = (560, 420, 300, 320, 220, 320)
#: the causes the logged data and the call leave confused (symmetric): a door or load problem against a defrost
#: fault (humid store air frosts an open case's coil either way), against a refrigerant leak (a slow climb in a case
#: that cannot keep up reads as lost capacity) and against a sensor fault (a probe near the air curtain reads warm
#: like an overloaded case); a defrost fault against a fan failure (both ice the coil and starve the air flow) and
#: against a controller fault (the controller and its termination probe end the defrost); a fan failure against an
#: expansion valve fault (a starved air flow and a valve stuck open both flood the coil, with a low superheat); a
#: leak against an expansion valve fault (a valve stuck closed starves the coil like a low charge: a high superheat)
REFALARM_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2, 5), 2: (1, 4), 3: (0, 4), 4: (2, 3), 5: (0, 1)}
