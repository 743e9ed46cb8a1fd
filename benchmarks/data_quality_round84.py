"""Round 84's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Work in progress: the classes, the neighbour maps, the rows and the limits, committed before any generator.)
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


# ---------------------------------------------------------------------- mucositis5: oral mucositis' WHO grade
#: the 5 classes of ``mucositis5`` (a head-and-neck cancer patient during radiotherapy, by the WHO oral mucositis
#: grade the oncology nurse gave at the weekly oral examination), the mildest first
MUCOSITIS_CLASSES = ("0 no signs or symptoms", "1 soreness and erythema",
                     "2 erythema and ulcers, solid food still eaten", "3 ulcers, a liquid diet only",
                     "4 ulcers, eating by mouth not possible")
MUCOSITIS_ROWS = (300, 520, 560, 480, 280)
#: the lower limits of grades 1-4 on the nurse's reading of the mouth (a continuous 0-4.5 reading of the erythema,
#: the ulcers' extent and what the patient can eat, rounded to a grade; the author's framing)
MUCOSITIS_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a faint erythema seen or not 0 or 1, a first small ulcer 1 or 2, solid food
#: given up this week or not 2 or 3, sips of liquid still taken or none 3 or 4; nurses differ mostly one grade apart)
MUCOSITIS_NEIGHBOURS = ordinal_neighbours(len(MUCOSITIS_CLASSES))
#: what the nurse grades from: the label's basis, not columns
MUCOSITIS_EXAM = ("the erythema and the ulcers seen in the mouth", "the pseudomembranes' extent",
                  "what the patient says they can eat and drink this week")


# ---------------------------------------------------------------------- ivh4: a preterm infant's IVH grade
#: the 4 classes of ``ivh4`` (a preterm infant with an intraventricular haemorrhage, by the Papile grade the
#: neonatal radiologist gave on cranial ultrasound), the smallest bleed first
IVH_CLASSES = ("I germinal matrix haemorrhage only", "II blood in the ventricle, under half of it, not dilated",
               "III blood in over half of the ventricle, the ventricle dilated",
               "IV a periventricular haemorrhagic infarction in the parenchyma")
IVH_ROWS = (640, 560, 500, 440)
#: the lower limits of grades II-IV on the radiologist's reading of the bleed (a continuous 0-3.5 reading of the
#: blood's extent in the matrix, the ventricle and the parenchyma, rounded to a grade; the author's framing)
IVH_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (a little blood in the ventricle seen or not I or II, the ventricle's filling
#: and dilatation II or III, an echodensity in the parenchyma read as the bleed's extension or a separate lesion
#: III or IV; readers agree least on grades I and II)
IVH_NEIGHBOURS = ordinal_neighbours(len(IVH_CLASSES))
#: what the radiologist grades from: the label's basis, not columns
IVH_ULTRASOUND = ("the echodense blood in the germinal matrix and the ventricles", "the ventricles' size",
                  "an echodensity in the periventricular white matter")


# ---------------------------------------------------------------------- mosquito6: a surveillance mosquito's taxon
#: the 6 classes of ``mosquito6`` (an adult female mosquito from a public-health surveillance trap, by the taxon the
#: district's entomology technician named under the stereo microscope)
MOSQUITO_TAXA = ("Culex pipiens", "Culex quinquefasciatus", "Culex restuans", "Aedes albopictus", "Aedes aegypti",
                 "Anopheles quadrimaculatus")
MOSQUITO_ROWS = (440, 340, 380, 360, 300, 320)
#: the taxa technicians confuse (symmetric): the three Culex with one another (brown, plain-winged, blunt abdomen;
#: pipiens and quinquefasciatus told apart reliably only by the male genitalia, hybrids where they meet; restuans'
#: two pale scutal dots rubbed off in a trap); Aedes albopictus against aegypti (black and white, banded legs; the
#: scutum's single stripe against the lyre, rubbed off in old or trapped females); Anopheles against Culex restuans
#: (a rubbed, brown specimen whose palps or wing spots are lost, both rural, early in the season)
MOSQUITO_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 5), 3: (4,), 4: (3,), 5: (2,)}


# ---------------------------------------------------------------------- hvacahu6: an air-handling unit's fault
#: the 6 classes of ``hvacahu6`` (an air-handling unit of a commercial building, by the fault the HVAC technician
#: found on the call)
AHU_FAULTS = ("outdoor-air damper stuck", "cooling-coil valve leaking", "filter fouled", "fan belt slipping",
              "supply-air temperature sensor drifting", "heating-coil valve stuck")
AHU_ROWS = (380, 360, 400, 320, 340, 340)
#: the faults technicians confuse (symmetric): a stuck damper against a drifting sensor (the mixed air off what the
#: damper's command implies reads like a sensor's error) and against a stuck heating valve (both leave the coils
#: fighting the weather); a leaking cooling valve against a drifting sensor (supply air colder than the valves'
#: commands imply) and against a stuck heating valve (heating and cooling at once); a fouled filter against a
#: slipping belt (both less air, complaints, the fan's speed up); a drifting sensor against a stuck heating valve
#: (supply air off its set point with the valve's command at odds)
AHU_NEIGHBOURS = {0: (4, 5), 1: (4, 5), 2: (3,), 3: (2,), 4: (0, 1, 5), 5: (0, 1, 4)}
