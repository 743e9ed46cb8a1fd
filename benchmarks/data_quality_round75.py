"""Round 75's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- birads5: a breast imaging assessment
#: the 5 classes of ``birads5`` (a woman at a breast-screening or diagnostic clinic, by the reading radiologist's
#: final BI-RADS assessment; category 0, incomplete, and 6, known cancer, left out), the least suspicious first
BIRADS_CLASSES = ("1 (negative)", "2 (benign finding)", "3 (probably benign, short-interval follow-up)",
                  "4 (suspicious, biopsy advised)", "5 (highly suggestive of malignancy)")
BIRADS_ROWS = (520, 480, 360, 460, 320)
#: the lower limits of categories 2-5 on the radiologist's reading of the images' suspicion (a continuous 0.5-5.5
#: reading rounded to a category; the author's framing of the final assessment as limits on one reading)
BIRADS_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the category above and below each category (a finding near a limit: a benign-looking mass read as probably
#: benign, a probably benign one read as suspicious; readers disagree most between adjacent categories)
BIRADS_NEIGHBOURS = ordinal_neighbours(len(BIRADS_CLASSES))
#: what the radiologist assesses from: the label's basis, not columns
BIRADS_BASIS = ("the mammogram's views (and tomosynthesis)", "the ultrasound where done",
                "the findings' descriptors (a mass's shape and margin, the calcifications' morphology and "
                "distribution, an architectural distortion, an asymmetry)", "the comparison with earlier images")


# ---------------------------------------------------------------------- hunthess5: a subarachnoid haemorrhage's grade
#: the 5 classes of ``hunthess5`` (a patient admitted with an aneurysmal subarachnoid haemorrhage, by the Hunt and
#: Hess grade the admitting neurosurgeon gave at the bedside), the mildest first
HH_CLASSES = ("I (asymptomatic or a minimal headache, slight nuchal rigidity)",
              "II (a moderate to severe headache, nuchal rigidity, no deficit but a cranial nerve palsy)",
              "III (drowsy or confused, a mild focal deficit)",
              "IV (stupor, a moderate to severe hemiparesis, possibly early decerebrate rigidity)",
              "V (deep coma, decerebrate rigidity, moribund)")
HH_ROWS = (300, 620, 520, 420, 280)
#: the lower limits of grades II-V on the neurosurgeon's reading of the bedside severity (a continuous 0.5-5.5
#: reading rounded to a grade; the author's framing of the grade's descriptions as limits on one reading)
HH_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (drowsy or not, a stupor or a coma: the descriptions blur at their edges,
#: and the patient's state moves in the hours after the bleed)
HH_NEIGHBOURS = ordinal_neighbours(len(HH_CLASSES))
#: what the neurosurgeon grades from: the label's basis, not columns
HH_EXAM = ("the level of consciousness (the Glasgow Coma Scale)", "the headache", "the nuchal rigidity",
           "a cranial nerve palsy", "a focal motor deficit (a hemiparesis)", "posturing (decerebrate rigidity)")


# ---------------------------------------------------------------------- maizedis7: a maize foliar disease
#: the 7 classes of ``maizedis7`` (a maize leaf sample a crop scout or a plant clinic diagnosed)
MAIZE_DISEASES = ("northern corn leaf blight (Exserohilum turcicum)", "grey leaf spot (Cercospora zeae-maydis)",
                  "common rust (Puccinia sorghi)", "southern rust (Puccinia polysora)",
                  "eyespot (Kabatiella zeae)", "anthracnose leaf blight (Colletotrichum graminicola)",
                  "tar spot (Phyllachora maydis)")
MAIZE_ROWS = (360, 320, 340, 260, 280, 300, 280)
#: the diseases a scout confuses (symmetric): northern corn leaf blight against grey leaf spot (long tan lesions
#: from the lower canopy up, both on residue; a young or a coalesced lesion's shape) and against anthracnose leaf
#: blight (long elliptical tan lesions on the lower leaves); the two rusts (pustules, the sides of the leaf and the
#: colour read in the field); southern rust against tar spot (small dark spots late in the season, an old pustule
#: darkening); eyespot against anthracnose (small lesions with a border on the lower leaves of corn on corn in wet
#: weather) and against tar spot (small round spots, a tar spot's halo or fisheye)
MAIZE_NEIGHBOURS = {0: (1, 5), 1: (0,), 2: (3,), 3: (2, 6), 4: (5, 6), 5: (0, 4), 6: (3, 4)}


# ---------------------------------------------------------------------- seisevt6: a seismic event's type
#: the 6 classes of ``seisevt6`` (an event a regional seismic network's analyst reviewed, by the type the analyst
#: gave)
SEIS_TYPES = ("local tectonic earthquake", "quarry or open-pit blast", "mining-induced event (a rockburst or a "
              "roof collapse)", "regional earthquake (outside the network, 200-1,500 km)", "teleseism",
              "false trigger (cultural noise, a sonic boom, a thunderstorm)")
SEIS_ROWS = (480, 420, 260, 380, 340, 260)
#: the types an analyst confuses (symmetric): a local earthquake against a quarry blast (small, shallow, near a
#: quarry; the P/S ratio and the hour), against a mining-induced event (shallow, near a mine, a shear source) and
#: against a regional earthquake (an event at the network's edge, its location poor); a quarry blast against a
#: mining-induced event (both at the mines, shallow, with an Rg phase) and against a false trigger (a blast's air
#: wave, daytime, a few stations); a regional earthquake against a teleseism (emergent, low-frequency, outside the
#: network, a poor location)
SEIS_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 5), 2: (0, 1), 3: (0, 4), 4: (3,), 5: (1,)}
