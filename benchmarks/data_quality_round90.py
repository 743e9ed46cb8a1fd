"""Round 90's held-out data sets for the noisy-label benchmark (docstring written at the end)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- fontaine5: a limb's Fontaine stage
#: the 5 classes of ``fontaine5`` (a patient referred with lower-limb peripheral arterial disease, by the Fontaine
#: stage the vascular surgeon gave at the clinic), the mildest first
FONTAINE_CLASSES = ("I asymptomatic", "IIa claudication beyond 200 m", "IIb claudication under 200 m",
                    "III ischaemic rest pain", "IV ulceration or gangrene")
FONTAINE_ROWS = (360, 500, 520, 420, 340)
#: the lower limits of stages IIa, IIb, III and IV on the surgeon's reading of the limb's ischaemia (a continuous 0-5
#: reading of the history and the examination, the walking distance the patient reports, the pain at night, the foot's
#: skin; the author's framing of the stages)
FONTAINE_LIMITS = (1.0, 2.0, 3.0, 4.0)
#: the stage above and below each stage (a walking distance either side of 200 m, night pain or a cramp, a fissure
#: or an ulcer; surgeons differ mostly one stage apart)
FONTAINE_NEIGHBOURS = ordinal_neighbours(len(FONTAINE_CLASSES))
#: what the surgeon stages from: the label's basis, not columns
FONTAINE_CLINIC = ("the history taken at the clinic (the walking distance, the pain at rest or at night)",
                   "the examination of the legs and feet (the pulses, the skin, ulcers or gangrene)")


# ---------------------------------------------------------------------- carcond6: a used car's auction grade
#: the 6 classes of ``carcond6`` (a used car sold at a wholesale remarketing auction, by the overall condition grade
#: the auction house's inspector gave it), the worst first
CARCOND_CLASSES = ("0 unroadworthy or heavy damage", "1 poor", "2 below average", "3 average", "4 good",
                   "5 excellent")
CARCOND_ROWS = (200, 300, 400, 460, 440, 340)
#: the lower limits of grades 1-5 on the inspector's reading of the car's condition (a continuous 0-6 reading of the
#: damage report's points and the walk-round, rounded down to a grade; the author's framing of the grading)
CARCOND_LIMITS = (1.0, 2.0, 3.0, 4.0, 5.0)
#: the grade above and below each grade (a dent or a scuffed wheel counted or not, a panel's paint read as a repair;
#: inspectors differ mostly one grade apart)
CARCOND_NEIGHBOURS = ordinal_neighbours(len(CARCOND_CLASSES))
#: what the inspector grades from: the label's basis, not columns
CARCOND_INSPECTION = ("the inspector's walk-round (panels, paint, glass, wheels, tyres, interior)",
                      "the damage report's itemised points and repair estimate")


# ---------------------------------------------------------------------- dogcough6: a coughing dog's cause
#: the 6 classes of ``dogcough6`` (a dog presented with a cough at a first-opinion practice, by the cause the
#: veterinarian recorded)
DOGCOUGH_CLASSES = ("infectious tracheobronchitis (kennel cough)",
                    "myxomatous mitral valve disease, left-heart failure", "tracheal collapse",
                    "chronic bronchitis", "bacterial or aspiration pneumonia",
                    "lungworm (Angiostrongylus vasorum)")
DOGCOUGH_ROWS = (420, 380, 340, 360, 320, 320)
#: the causes the practice team confuses (symmetric): kennel cough against chronic bronchitis (a harsh dry cough, a
#: kennel cough that never cleared), against pneumonia (an infection gone deeper, a young dog from kennels) and
#: against lungworm (a young dog's soft cough); the mitral valve's failure against tracheal collapse (an old small dog
#: with a murmur and a honking cough) and against chronic bronchitis (an old small dog with a murmur and a chronic
#: cough); tracheal collapse against chronic bronchitis (small breeds, chronic, excitement); pneumonia against
#: lungworm (a soft moist cough, crackles, fever or exercise intolerance)
DOGCOUGH_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 3), 2: (1, 3), 3: (0, 1, 2), 4: (0, 5), 5: (0, 4)}


# ---------------------------------------------------------------------- returns6: a returned order's reason
#: the 6 classes of ``returns6`` (an online fashion or home-goods order returned to the retailer, by the reason the
#: returns-centre agent assigned on inspection)
RETURNS_CLASSES = ("wrong size or fit", "not as described or pictured", "faulty or damaged", "arrived late",
                   "changed mind", "ordered several to choose from (bracketing)")
RETURNS_ROWS = (520, 380, 300, 240, 380, 320)
#: the reasons the centre confuses (symmetric): a wrong size against bracketing (sizes ordered, the ones that did not
#: fit sent back) and against not as described (it fits otherwise than pictured); not as described against faulty
#: (a colour off or a flaw) and against changed mind (not liked in the hand); changed mind against arrived late (the
#: occasion missed) and against bracketing (several styles, the rest sent back)
RETURNS_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 4), 2: (1,), 3: (4,), 4: (1, 3, 5), 5: (0, 4)}
