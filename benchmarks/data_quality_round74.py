"""Round 74's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the classes, neighbour maps, rows and limits, committed before any generator exists.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- fitz6: a skin phototype
#: the 6 classes of ``fitz6`` (an adult at a dermatology or skin-cancer screening clinic, by the Fitzpatrick skin
#: phototype the clinician assigned from the patient's answers on burning and tanning), the most sun-sensitive first
FITZ_CLASSES = ("I (always burns, never tans)", "II (usually burns, tans minimally)",
                "III (sometimes burns mildly, tans gradually)", "IV (rarely burns, tans easily)",
                "V (very rarely burns, tans darkly)", "VI (never burns, deeply pigmented)")
FITZ_ROWS = (220, 480, 520, 400, 300, 220)
#: the lower limits of types II-VI on the clinician's reading of the patient's sun reactivity (a continuous 0.5-6.5
#: reading of the burning and tanning answers, rounded to a type; the author's framing of the questionnaire's score
#: bands)
FITZ_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the type above and below each type (a patient near a limit: the answers of "sometimes" and "usually" blur)
FITZ_NEIGHBOURS = ordinal_neighbours(len(FITZ_CLASSES))
#: what the clinician types from: the label's basis, not columns
FITZ_BASIS = ("the burn after the first summer sun exposure of 45-60 minutes", "the tan a week after it",
              "how often the patient burns", "how quickly and how deeply the patient tans")


# ---------------------------------------------------------------------- popq5: a pelvic organ prolapse's stage
#: the 5 classes of ``popq5`` (a woman at a urogynaecology clinic, by the POP-Q stage the examiner gave), the best
#: support first
POPQ_CLASSES = ("0 (no prolapse demonstrated)", "I (the most distal portion more than 1 cm above the hymen)",
                "II (the most distal portion within 1 cm of the hymen, above or below)",
                "III (more than 1 cm below the hymen, short of complete eversion)",
                "IV (complete or near-complete eversion)")
POPQ_ROWS = (340, 480, 620, 460, 240)
#: the lower limits of stages I-IV on the examiner's reading of the leading edge at maximal strain (cm from the
#: hymen, negative above it; stage 0's edge at -3 with the cervix or cuff high, stage IV's within 2 cm of the total
#: vaginal length, taken as 6 cm below; the author's framing of the stage rules as limits on one reading)
POPQ_LIMITS = (-2.5, -1.0, 1.0, 6.0)
#: the stage above and below each stage (an edge near a limit; the strain, the position and the examiner move it)
POPQ_NEIGHBOURS = ordinal_neighbours(len(POPQ_CLASSES))
#: what the examiner stages from: the label's basis, not columns
POPQ_EXAM = ("Aa", "Ba", "C", "D", "Ap", "Bp", "the genital hiatus", "the perineal body", "the total vaginal length")


# ---------------------------------------------------------------------- grainpest6: a stored-grain insect's species
#: the 6 classes of ``grainpest6`` (an adult beetle from a grain probe trap or a sieved sample, by the species the
#: reference identification gave)
GRAIN_PESTS = ("rice weevil (Sitophilus oryzae)", "maize weevil (Sitophilus zeamais)",
               "lesser grain borer (Rhyzopertha dominica)", "red flour beetle (Tribolium castaneum)",
               "confused flour beetle (Tribolium confusum)", "sawtoothed grain beetle (Oryzaephilus surinamensis)")
GRAIN_ROWS = (420, 300, 380, 400, 300, 340)
#: the species an inspector confuses (symmetric): the two Sitophilus weevils (one snout, four spots, a size that
#: overlaps); the two Tribolium flour beetles (the antennal club and the eyes' gap, read under a hand lens); the
#: rice weevil against the lesser grain borer (small, dark, cylindrical primary pests of wheat and rice); the lesser
#: grain borer against the sawtoothed beetle (small, dark brown, in the same wheat); the confused flour beetle
#: against the sawtoothed beetle (small, flat, brown secondary pests of broken grain and dust)
GRAIN_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0, 5), 3: (4,), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- excav7: a hydraulic excavator's fault
#: the 7 classes of ``excav7`` (a hydraulic excavator at a dealer's service call, by the fault the technician found)
EXCAV_FAULTS = ("main hydraulic pump wear (internal leakage, a high case drain flow)",
                "main relief valve fault (stuck open, leaking or set low)",
                "swing motor or swing reduction fault", "travel motor or final drive fault",
                "hydraulic oil contamination or overheating (a blocked cooler, water, particles)",
                "engine fuel system fault (filters, injectors, the supply pump)",
                "electrical or sensor fault (a pressure or speed sensor, a solenoid, the harness)")
EXCAV_ROWS = (360, 280, 260, 320, 340, 300, 280)
#: the faults a technician confuses from the telematics and the operator's complaint (symmetric): a worn pump against
#: a faulty relief valve (low pressure, slow work), against contaminated or hot oil (hot oil, slow work, the same
#: wear) and against an engine fuel fault (power lost, the engine lugging); the relief valve against hot oil (oil
#: bypassing the relief heats it); the swing motor against the travel motor (a motor's leakage, one function weak);
#: the engine's fuel system against an electrical or sensor fault (fault codes, a derate)
EXCAV_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 4), 2: (3,), 3: (2,), 4: (0, 1), 5: (0, 6), 6: (5,)}
