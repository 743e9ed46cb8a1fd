"""Round 70's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(The full docstring is written after the measures; this commit holds only the classes, rows, limits and neighbour
maps, committed before any generator was written or ran.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- asa5: a surgical patient's ASA class
#: the 5 classes of ``asa5`` (an adult before elective or urgent surgery, by the ASA physical status class the
#: anaesthetist assigned at the pre-operative assessment; ASA VI, the brain-dead donor, is not in the set), the
#: healthiest first
ASA_CLASSES = ("ASA I, a normal healthy patient", "ASA II, a patient with mild systemic disease",
               "ASA III, a patient with severe systemic disease (substantive functional limitations)",
               "ASA IV, a patient with severe systemic disease that is a constant threat to life",
               "ASA V, a moribund patient who is not expected to survive without the operation")
ASA_ROWS = (380, 620, 560, 380, 200)
#: the class above and below each class (raters disagree mostly by one class, most often II against III)
ASA_NEIGHBOURS = ordinal_neighbours(len(ASA_CLASSES))
#: the ASA's examples as the author reads them: obesity (BMI 30-40) class II, morbid obesity (40 or more) III
ASA_BMI_LIMITS = (30.0, 40.0)
#: diabetes poorly controlled (class III) from this HbA1c (%; a teaching page's reading of the ASA's "poorly
#: controlled", not the ASA's own number)
ASA_HBA1C_LIMIT = 8.0
#: a myocardial infarction, stroke, TIA or coronary stent within this many months: class IV; longer ago: III
ASA_EVENT_MONTHS = 3.0
#: the ejection fraction (%): under the first a severe reduction (IV), under the second a moderate one (III)
ASA_EF_LIMITS = (30.0, 45.0)


# ---------------------------------------------------------------------- decay5: a fallen log's decay class
#: the 5 classes of ``decay5`` (a piece of coarse woody debris on an inventory's transect, by the decay class the
#: field crew read off the five-class key), the soundest first
DECAY_CLASSES = ("class 1: bark intact, twigs present, texture intact, round, original colour, no invading roots, "
                 "elevated on its support points",
                 "class 2: bark intact, no twigs, texture intact to partly soft, round, original colour, no roots, "
                 "elevated but sagging",
                 "class 3: bark in traces, no twigs, hard large pieces, round, reddish-brown or original colour, "
                 "roots in the sapwood, sagging near the ground",
                 "class 4: no bark, no twigs, small soft blocky pieces, round to oval, reddish or light brown, roots "
                 "in the heartwood, all of the log on the ground",
                 "class 5: no bark, no twigs, soft and powdery, oval, red-brown to light brown, roots throughout, "
                 "all of the log on the ground")
DECAY_ROWS = (360, 460, 560, 440, 320)
#: the class above and below each class (crews disagree mostly by one class: a log's attributes are often split
#: between two classes)
DECAY_NEIGHBOURS = ordinal_neighbours(len(DECAY_CLASSES))
#: the key's attributes, the basis of the label and not columns (the crew reads them to assign the class):
#: bark cover, twigs, texture, shape, colour, invading roots, the log's position on the ground, a knife's
#: penetration
DECAY_KEY = ("bark", "twigs", "texture", "shape", "colour", "roots", "position", "knife")


# ---------------------------------------------------------------------- washer6: a washing machine's fault
#: the 6 classes of ``washer6`` (a domestic washing machine at a repair call, by the fault the technician found)
WASHER_FAULTS = ("drain pump blocked or failed (or its filter or hose blocked)", "drum bearings worn (with the tub "
                 "seal)", "door lock (interlock) fault", "heating element failed (or its thermistor)",
                 "control board (main or motor module) fault", "motor fault (worn carbon brushes, a failed "
                 "winding or tacho)")
WASHER_ROWS = (480, 420, 300, 280, 360, 300)
#: the faults a call's symptoms and the machine's records leave confused (symmetric): a drain pump against the door
#: lock (a machine that cannot drain keeps its door locked, and the door-lock code follows) and against the board
#: (the pump's relay or triac on the board: no drain either way); worn bearings against the motor (noise and a
#: weak or no spin; a motor's worn brushes and a bearing's rumble both on old machines); the door lock against the
#: board (no start, the lock's signal read by the board); the heating element against the board (the heater's relay
#: and the thermistor's reading on the board; a heater code either way); the board against the motor (the motor's
#: triac or module: no spin, a motor code)
WASHER_NEIGHBOURS = {0: (2, 4), 1: (5,), 2: (0, 4), 3: (4,), 4: (0, 2, 3, 5), 5: (1, 4)}


# ---------------------------------------------------------------------- flock6: a poultry house's mortality spike
#: the 6 classes of ``flock6`` (a commercial broiler house with a mortality spike, by the cause the veterinarian
#: diagnosed from the records, the birds and the post-mortems)
FLOCK_CAUSES = ("heat stress (a hot spell beyond the house's cooling)", "ventilation or power failure (fans, "
                "controller, generator)", "coccidiosis", "necrotic enteritis (Clostridium perfringens)",
                "infectious respiratory disease (infectious bronchitis, Newcastle disease)", "water or feed supply "
                "fault (a blocked or failed water line, an empty feeder line, a feed mix error)")
FLOCK_ROWS = (520, 260, 400, 360, 340, 260)
#: the causes the house's and the flock's records leave confused (symmetric): heat stress against a ventilation
#: failure (an overheated house and the heaviest birds dead either way) and against a water supply fault (water
#: short on a hot day; heat stress's thirst and a dry line both seen at the drinkers); a ventilation failure against
#: a respiratory disease (a poorly ventilated house's ammonia and dust behind the respiratory signs); coccidiosis
#: against necrotic enteritis (coccidiosis sets up necrotic enteritis; wet litter, the same weeks of age) and against
#: a feed or water fault (a drop in feed and water intake, dehydrated birds)
FLOCK_NEIGHBOURS = {0: (1, 5), 1: (0, 4), 2: (3, 5), 3: (2,), 4: (1,), 5: (0, 2)}
