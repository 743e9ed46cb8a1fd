"""Round 82's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Work in progress: this commit fixes the classes, the neighbour maps, the rows and the limits before any generator
exists; the generators and the full docstring follow.)
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


# ---------------------------------------------------------------------- gustilo5: an open fracture's Gustilo grade
#: the 5 classes of ``gustilo5`` (an open long-bone fracture, by the Gustilo-Anderson grade the orthopaedic surgeon
#: gave at the first debridement), the mildest first
GUSTILO_CLASSES = ("I wound under 1 cm, clean, simple fracture", "II wound over 1 cm, no extensive soft-tissue damage",
                   "IIIA extensive soft-tissue damage, bone still covered",
                   "IIIB soft-tissue loss, periosteal stripping, bone exposed, a flap needed",
                   "IIIC an arterial injury needing repair")
GUSTILO_ROWS = (520, 600, 480, 380, 160)
#: the lower limits of grades II-IIIC on the surgeon's reading of the wound at debridement (a continuous 0-4.5
#: reading of the soft-tissue and vascular injury, rounded to a grade; the author's framing of the scale as limits on
#: one reading)
GUSTILO_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a wound of about 1 cm read as I or II, a crushed wound still closable read as
#: II or IIIA, bone covered or not after the debridement IIIA or IIIB, an artery repaired or a collateral flow left
#: alone IIIB or IIIC)
GUSTILO_NEIGHBOURS = ordinal_neighbours(len(GUSTILO_CLASSES))
#: what the surgeon grades from: the label's basis, not columns
GUSTILO_DEBRIDEMENT = ("the wound and the soft tissue as seen at the debridement", "the periosteal stripping and the "
                       "bone's cover after it", "the vascular injury found and its repair")


# ---------------------------------------------------------------------- pfirrmann5: a lumbar disc's Pfirrmann grade
#: the 5 classes of ``pfirrmann5`` (a lumbar intervertebral disc, by the Pfirrmann grade the musculoskeletal
#: radiologist gave on sagittal T2 MRI), the healthiest first
PFIRRMANN_CLASSES = ("I homogeneous, bright, normal height", "II inhomogeneous, bright, horizontal bands",
                     "III grey, nucleus and annulus unclear, height normal or slightly lower",
                     "IV grey to black, no distinction, height normal to moderately lower",
                     "V black, the disc space collapsed")
PFIRRMANN_ROWS = (220, 560, 640, 500, 220)
#: the lower limits of grades II-V on the radiologist's reading of the disc (a continuous 0-4.5 reading of the
#: signal, the structure and the height, rounded to a grade; the author's framing)
PFIRRMANN_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (the readers' disagreements mostly one grade apart; a darkening nucleus read
#: as II or III, grey against grey-black III or IV, a narrowed black disc IV or V)
PFIRRMANN_NEIGHBOURS = ordinal_neighbours(len(PFIRRMANN_CLASSES))
#: what the radiologist grades from: the label's basis, not columns
PFIRRMANN_MRI = ("the nucleus' T2 signal", "the nucleus-annulus distinction and the structure",
                 "the disc's height on the MRI")


# ---------------------------------------------------------------------- lichen6: a macrolichen's genus
#: the 6 classes of ``lichen6`` (a macrolichen specimen in a volunteers' air-quality lichen survey, by the genus the
#: volunteer named)
LICHEN_GENERA = ("Parmelia", "Flavoparmelia", "Punctelia", "Physcia", "Evernia", "Ramalina")
LICHEN_ROWS = (420, 300, 360, 480, 320, 260)
#: the genera volunteers confuse (symmetric): Parmelia against Flavoparmelia (large parmelioid shields with broad
#: lobes; Flavoparmelia's yellow-green fades to grey-green in shade and in dry weather) and against Punctelia (grey
#: shields with white marks: Parmelia's net of pseudocyphellae and ridges, Punctelia's dots); Punctelia against
#: Physcia (grey foliose rosettes on nutrient-rich bark, the lobes' width the difference); Evernia against Ramalina
#: (grey-green strap-like fruticose tufts; Evernia's white underside and soft lobes, Ramalina's both sides alike)
LICHEN_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0, 3), 3: (2,), 4: (5,), 5: (4,)}


# ---------------------------------------------------------------------- screwcomp6: a rotary screw compressor's fault
#: the 6 classes of ``screwcomp6`` (an oil-injected rotary screw air compressor in a plant's fleet, by the fault the
#: service technician found)
SCREW_FAULTS = ("air-end bearing wear", "inlet valve fault", "minimum-pressure valve fault", "clogged oil separator",
                "fouled oil cooler", "motor or starter fault")
SCREW_ROWS = (360, 300, 280, 420, 400, 380)
#: the faults technicians confuse (symmetric): bearing wear against a motor or starter fault (both raise the
#: vibration and the motor current, both trip the overload) and against a fouled cooler (both raise the discharge
#: temperature; worn bearings run hot); an inlet valve fault against a minimum-pressure valve fault (both upset the
#: load and unload cycle and the pressure in the sump); a minimum-pressure valve fault against a clogged separator
#: (both raise the sump pressure and the oil carry-over); a clogged separator against a fouled cooler (both raise the
#: discharge temperature and the power drawn)
SCREW_NEIGHBOURS = {0: (4, 5), 1: (2,), 2: (1, 3), 3: (2, 4), 4: (0, 3), 5: (0,)}
