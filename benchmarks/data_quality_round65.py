"""Round 65's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the class names, rows, limits and neighbour maps are committed first, before any generator exists; the
generators, the sources read and the measures follow in later commits.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- scoville5: a chili lot's pungency class
#: the 5 classes of ``scoville5`` (a lot of dried chili pepper fruit at a spice packer's intake, by the reference
#: HPLC capsaicinoid measure converted to Scoville heat units), mildest first
SCOVILLE_CLASSES = ("mild (under 2,500 SHU)", "medium (2,500-25,000 SHU)", "hot (25,000-70,000 SHU)",
                    "very hot (70,000-350,000 SHU)", "extreme (350,000 SHU or more)")
SCOVILLE_ROWS = (420, 520, 460, 420, 320)
#: the class above and below each class
SCOVILLE_NEIGHBOURS = ordinal_neighbours(len(SCOVILLE_CLASSES))
#: the reference pungency: HPLC capsaicin plus dihydrocapsaicin (ppm of the dry fruit, the ASTA method's
#: "pungency units") times 16 gives Scoville heat units; a lot's class is the number of limits its SHU reaches
#: (the heat tiers mild 0-2,500, medium 2,500-25,000, hot 25,000-70,000, very hot 70,000-350,000 and above that
#: the superhots, as a chili guide's five tiers put them)
SCOVILLE_LIMITS = (2500.0, 25000.0, 70000.0, 350000.0)
#: the ASTA pungency units (ppm) to SHU factor of the reference (the literature quotes 15 and 16; 16 here)
SHU_PER_PPM = 16.0


# ---------------------------------------------------------------------- pressinj4: a patient's worst pressure injury
#: the 4 classes of ``pressinj4`` (an adult admitted to hospital, by the worst pressure injury the tissue viability
#: nurse staged on the skin within 14 days of admission, under the NPIAP staging), none first
PRESSINJ_CLASSES = ("no pressure injury", "stage 1 (intact skin, non-blanchable erythema)",
                    "stage 2 (partial-thickness skin loss, exposed dermis)",
                    "stage 3 or worse (full-thickness loss: stage 3, stage 4, unstageable or deep tissue)")
PRESSINJ_ROWS = (720, 560, 500, 360)
#: the stage above and below each class
PRESSINJ_NEIGHBOURS = ordinal_neighbours(len(PRESSINJ_CLASSES))
#: the limits: the NPIAP category the nurse recorded -> the class (as the International Pressure Ulcer Prevalence
#: survey's papers group "superficial" stage 1-2 and "severe" stage 3, stage 4, unstageable and deep tissue
#: injuries; an unstageable injury's slough or eschar hides a full-thickness loss, and a deep tissue injury is a
#: full-thickness injury under intact or purple skin); a medical-device injury is staged by the same system; a
#: mucosal membrane injury is not staged and not counted; a patient's class is their worst injury's
PRESSINJ_LIMITS = {"none": 0, "stage 1": 1, "stage 2": 2, "stage 3": 3, "stage 4": 3, "unstageable": 3,
                   "deep tissue pressure injury": 3}


# ---------------------------------------------------------------------- specrej6: a rejected specimen's cause
#: the 6 classes of ``specrej6`` (a blood specimen the clinical laboratory rejected on receipt, by the rejection
#: cause the receiving scientist recorded)
SPECREJ_CAUSES = ("haemolysed", "clotted", "insufficient volume (quantity not sufficient, underfilled tube)",
                  "mislabelled or unlabelled", "wrong container or tube for the test",
                  "delayed transport (stability time exceeded)")
SPECREJ_ROWS = (480, 360, 400, 320, 300, 280)
#: the causes a laboratory's receiving staff confuse from the order, collection and transport records
#: (symmetric): haemolysed against clotted (both follow a difficult, slow or syringe-forced draw and poor mixing)
#: and against delayed transport (an old, unspun sample leaks potassium and haemolyses); clotted against
#: insufficient volume (a slow draw that stops early both underfills the citrate tube and lets it clot); an
#: insufficient volume against the wrong container (a paediatric tube or a missing tube for a test: no suitable
#: specimen either way); mislabelled against the wrong container (both clerical errors at collection: the label's
#: test and the tube disagree); the wrong container against delayed transport (a sample that needed ice, light
#: protection or a preservative arrives unfit: improper handling recorded either way)
SPECREJ_NEIGHBOURS = {0: (1, 5), 1: (0, 2), 2: (1, 4), 3: (4,), 4: (2, 3, 5), 5: (0, 4)}


# ---------------------------------------------------------------------- parcel6: a failed delivery attempt's cause
#: the 6 classes of ``parcel6`` (a parcel's failed delivery attempt, by the cause the courier's exception desk
#: confirmed when it closed the case)
PARCEL_CAUSES = ("recipient absent", "wrong or incomplete address", "access refused or no safe place",
                 "damaged parcel", "vehicle or route capacity (not attempted)", "customs or payment hold")
PARCEL_ROWS = (520, 360, 400, 240, 340, 280)
#: the causes the exception desk confuses from the scans and the consignment (symmetric): recipient absent
#: against a wrong address (a driver at the wrong door finds no one) and against access or no safe place (a door
#: not answered is coded "not home" or "no safe place" by habit) and against capacity (a driver out of time marks a
#: stop "not home" without stopping: the known false attempt); a wrong address against access (a building without
#: a unit number or a findable entrance) and against a customs hold (customs asks for the recipient's details);
#: a damaged parcel against capacity (found damaged at loading, the parcel never leaves the depot) and against a
#: customs hold (both held at a hub before the van, after exception scans)
PARCEL_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2, 5), 2: (0, 1), 3: (4, 5), 4: (0, 3), 5: (1, 3)}
