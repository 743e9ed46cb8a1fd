"""Round 80's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- clavien5: a surgical complication's grade
#: the 5 classes of ``clavien5`` (an adult with a complication within 30 days of abdominal surgery, by the
#: Clavien-Dindo grade of the worst one the surgical team gave at the 30-day review), the mildest first
CLAVIEN_CLASSES = ("I no treatment beyond bedside measures", "II drugs, transfusion or parenteral nutrition",
                   "III surgical, endoscopic or radiological intervention", "IV life-threatening, intensive care",
                   "V death")
CLAVIEN_ROWS = (520, 700, 480, 260, 180)
#: the lower limits of grades II-V on the team's reading of the worst complication's severity (a continuous 0-4.5
#: reading of what the complication needed, rounded to a grade; the author's framing of the scale as limits on one
#: reading)
CLAVIEN_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (an antiemetic or a single dose read as bedside treatment or not, a
#: collection drained or treated with antibiotics, a reoperation whose patient went to intensive care or not, an
#: organ failure that ended in death within the 30 days or after)
CLAVIEN_NEIGHBOURS = ordinal_neighbours(len(CLAVIEN_CLASSES))
#: what the team grades from: the label's basis, not columns
CLAVIEN_BASIS = ("the complication's treatment", "an intervention and its anaesthesia", "intensive care or death")


# ---------------------------------------------------------------------- cipn4: a chemotherapy neuropathy's grade
#: the 4 classes of ``cipn4`` (a patient on oxaliplatin- or taxane-based chemotherapy at a cycle visit, by the CTCAE
#: grade of the peripheral sensory neuropathy the oncologist gave), none first
CIPN_CLASSES = ("0 none", "1 asymptomatic or paraesthesia without limitation", "2 moderate, limiting instrumental ADL",
                "3 severe, limiting self-care ADL")
CIPN_ROWS = (560, 760, 540, 280)
#: the lower limits of grades 1-3 on the oncologist's reading of the neuropathy (a continuous 0-3.5 reading of the
#: symptoms and the examination, rounded to a grade; the author's framing)
CIPN_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (a little tingling read as none or grade 1, trouble with buttons read as a
#: limitation or not, help needed to dress read as self-care limited or not)
CIPN_NEIGHBOURS = ordinal_neighbours(len(CIPN_CLASSES))
#: what the oncologist grades from: the label's basis, not columns
CIPN_EXAM = ("the sensory loss on examination", "the reflexes and vibration sense", "the limitation elicited")


# ---------------------------------------------------------------------- gullid6: a large gull's taxon
#: the 6 classes of ``gullid6`` (a large gull at a ringing station or on a survey, by the taxon trained observers
#: named)
GULL_TAXA = ("herring gull", "yellow-legged gull", "Caspian gull", "lesser black-backed gull",
             "American herring gull", "herring x lesser black-backed hybrid")
GULL_ROWS = (520, 400, 300, 420, 220, 280)
#: the taxa observers confuse (symmetric): the herring gull against the yellow-legged gull (a yellow-legged herring
#: gull, a pale-mantled yellow-legged), against the Caspian gull (a Scandinavian herring's pattern and shade), against
#: the American herring gull (the same shade, an immature's plumage the difference) and against the hybrid (a pale
#: hybrid); the yellow-legged gull against the Caspian gull (the shade and leg colour shared) and against the hybrid
#: (a mid-grey mantle and yellowish legs); the lesser black-backed gull against the hybrid (a dark hybrid)
GULL_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2, 5), 2: (0, 1), 3: (5,), 4: (0,), 5: (0, 1, 3)}


# ---------------------------------------------------------------------- pumpflt6: a centrifugal pump's fault
#: the 6 classes of ``pumpflt6`` (a centrifugal pump at a water utility, by the fault a maintenance engineer found at
#: the work order)
PUMP_FAULTS = ("cavitation", "impeller wear", "mechanical seal leak", "bearing damage", "misalignment",
               "clogged or worn suction")
PUMP_ROWS = (380, 400, 360, 420, 300, 280)
#: the faults an engineer confuses (symmetric): cavitation against impeller wear (cavitation erodes the impeller,
#: both lose head and efficiency) and against a clogged suction (both starve the eye: a low suction pressure and
#: broadband noise); impeller wear against a clogged or worn suction (both lose flow and head); a seal leak against
#: misalignment (a misaligned shaft wears the seal); bearing damage against misalignment (both raise the vibration
#: at the running speed's orders and the bearing's temperature)
PUMP_NEIGHBOURS = {0: (1, 5), 1: (0, 5), 2: (4,), 3: (4,), 4: (2, 3), 5: (0, 1)}
