"""Round 77's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- asia5: a spinal cord injury's AIS grade
#: the 5 classes of ``asia5`` (a patient with a traumatic spinal cord injury at a rehabilitation centre, by the ASIA
#: Impairment Scale grade the examiner gave from the ISNCSCI examination), the most severe first
ASIA_CLASSES = ("A (complete: no sensory or motor function in the sacral segments S4-S5)",
                "B (sensory incomplete: sensation but no motor function below the level, sacral sparing)",
                "C (motor incomplete: more than half of the key muscles below the level under grade 3)",
                "D (motor incomplete: at least half of the key muscles below the level at grade 3 or more)",
                "E (normal sensory and motor function, after a deficit)")
ASIA_ROWS = (520, 300, 380, 640, 300)
#: the lower limits of grades B-E on the examiner's reading of the exam (a continuous 0-4.5 reading of the sacral
#: sparing, the motor function below the level and the key muscles' grades, rounded to a grade; the author's framing
#: of the grade's rules as limits on one reading)
ASIA_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a patient near a limit: a doubtful deep anal pressure, a voluntary anal
#: contraction or not, half of the key muscles at grade 3 or just under, a trace of weakness or none)
ASIA_NEIGHBOURS = ordinal_neighbours(len(ASIA_CLASSES))
#: what the examiner grades from: the label's basis, not columns
ASIA_EXAM = ("the motor scores of the ten key muscles on each side", "the light touch and pin prick scores",
             "the sacral sparing (S4-S5 sensation, deep anal pressure, voluntary anal contraction)",
             "the neurological level and the zone of partial preservation")


# ---------------------------------------------------------------------- iga5: atopic dermatitis' IGA grade
#: the 5 classes of ``iga5`` (a patient with atopic dermatitis at a dermatology clinic, by the grade of the validated
#: Investigator's Global Assessment the dermatologist gave at the visit)
IGA_CLASSES = ("0 clear (no inflammatory signs)", "1 almost clear (barely perceptible erythema and papulation)",
               "2 mild (slight but definite erythema and papulation)",
               "3 moderate (clearly perceptible erythema and papulation, some oozing or crusting)",
               "4 severe (marked erythema and papulation, oozing or crusting)")
IGA_ROWS = (240, 420, 600, 560, 320)
#: the lower limits of grades 1-4 on the dermatologist's reading of the skin (a continuous 0-4.5 reading of the
#: erythema, the papulation and the oozing together, rounded to a grade; the author's framing)
IGA_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a patient near a limit: a faint erythema or none, a few papules, a little
#: crusting, a flare's last days)
IGA_NEIGHBOURS = ordinal_neighbours(len(IGA_CLASSES))
#: what the dermatologist reads: the label's basis, not columns
IGA_EXAM = ("the erythema", "the induration and papulation", "the oozing and crusting",
            "the lichenification and excoriations seen at the visit")


# ---------------------------------------------------------------------- tickspp6: a surveillance tick's species
#: the 6 classes of ``tickspp6`` (a tick a vector-surveillance lab identified under the stereo microscope)
TICK_SPECIES = ("Ixodes scapularis (blacklegged tick)", "Ixodes pacificus (western blacklegged tick)",
                "Dermacentor variabilis (American dog tick)", "Dermacentor andersoni (Rocky Mountain wood tick)",
                "Amblyomma americanum (lone star tick)", "Amblyomma maculatum (Gulf Coast tick)")
TICK_ROWS = (480, 280, 420, 300, 400, 260)
#: the species a technician confuses (symmetric): the two blacklegged ticks (alike under the microscope, told apart
#: by the anal groove's and the palps' details and mostly by the region where their ranges meet); the two
#: Dermacentor (an ornate scutum each, told apart by the spiracular plate's goblets); the two Amblyomma (the lone
#: star's spot against the Gulf Coast tick's ornament, worn off or hidden in an engorged female or a nymph); the
#: American dog tick against the Gulf Coast tick (ornate, festooned, of a size, grassland and host-caught)
TICK_NEIGHBOURS = {0: (1,), 1: (0,), 2: (3, 5), 3: (2,), 4: (5,), 5: (2, 4)}


# ---------------------------------------------------------------------- cncfault7: a machining centre's fault
#: the 7 classes of ``cncfault7`` (a CNC machining centre at a service call, by the fault the service engineer found)
CNC_FAULTS = ("spindle bearing wear", "tool holder runout (a worn taper, a dirty or damaged holder)",
              "ball-screw backlash (worn nut or lost preload)", "coolant pump failure",
              "servo drive fault (amplifier, encoder feedback or tuning)", "way-lube failure (a starved guideway)",
              "thermal growth (the spindle or the structure drifting with heat)")
CNC_ROWS = (380, 300, 340, 260, 280, 260, 320)
#: the faults an engineer confuses on the logs (symmetric): spindle bearing wear against tool holder runout (a
#: spindle vibration either way, a holder's at the running speed) and against thermal growth (a worn bearing runs
#: hot and the spindle grows); ball-screw backlash against a servo drive fault (following errors and reversal marks
#: either way) and against a way-lube failure (stick-slip and a loaded axis); a servo drive fault against a way-lube
#: failure (an axis drawing current, overload alarms); a coolant pump failure against thermal growth (a warm part
#: and spindle, a drift in the sizes)
CNC_NEIGHBOURS = {0: (1, 6), 1: (0,), 2: (4, 5), 3: (6,), 4: (2, 5), 5: (2, 4), 6: (0, 3)}
