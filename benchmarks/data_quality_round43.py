"""Round 43's held-out data sets for the noisy-label benchmark (being written: the class names, rows, limits and
neighbour maps first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- ice6: lake-ice safety bands
#: the 6 safety bands of ``ice6`` (a spot on a lake at a winter recreation site, by an auger hole's measurement of
#: the clear ice equivalent: the clear (black) ice plus half the white (snow) ice, against ``ICE_LIMITS``), thinnest
#: first: 0 stay off (under 2 in); 1 one person on foot with caution (2-4 in); 2 walking, skating and ice fishing
#: (4-5 in); 3 snowmobile or ATV (5-8 in); 4 car or small pickup (8-12 in); 5 light to medium truck (12 in and over)
ICE_CLASSES = ("0 stay off", "1 one person on foot, with caution", "2 walking and ice fishing",
               "3 snowmobile or ATV", "4 car or small pickup", "5 light to medium truck")
ICE_ROWS = (260, 300, 240, 420, 520, 400)
#: the band below and above each band
ICE_NEIGHBOURS = ordinal_neighbours(len(ICE_CLASSES))
#: the least clear ice equivalent (cm) of bands 1 .. 5 (2, 4, 5, 8 and 12 inches; a band is the number of limits
#: at or below the measurement)
ICE_LIMITS = (5.0, 10.0, 12.5, 20.0, 30.0)


# --------------------------------------------------------------------------- tannin5: phenolic ripeness grades
#: the 5 phenolic ripeness grades of ``tannin5`` (a red-wine grape lot sampled before harvest, by the laboratory's
#: assay of the berries: the extractable anthocyanins, ``TANNIN_ANTHO_LIMITS``, and the seeds' share of the
#: extractable tannins, ``TANNIN_SEED_LIMITS``; a lot takes the highest grade whose limits it meets on both), least
#: ripe first: 1 unripe; 2 under-ripe; 3 approaching; 4 ripe; 5 fully ripe
TANNIN_CLASSES = ("1 unripe", "2 under-ripe", "3 approaching ripeness", "4 ripe", "5 fully ripe")
TANNIN_ROWS = (300, 420, 560, 480, 380)
#: the grade below and above each grade
TANNIN_NEIGHBOURS = ordinal_neighbours(len(TANNIN_CLASSES))
#: the least extractable anthocyanins (mg/L at pH 3.2, Glories' method) of grades 2 .. 5
TANNIN_ANTHO_LIMITS = (450.0, 650.0, 850.0, 1050.0)
#: the most seed share of the extractable tannins (%, Glories' seed maturity index) of grades 2 .. 5
TANNIN_SEED_LIMITS = (60.0, 50.0, 40.0, 32.0)


# --------------------------------------------------------------------------- dyspnoea8: acute dyspnoea diagnoses
#: the final diagnoses of ``dyspnoea8`` (an adult in the emergency department with acute shortness of breath, by the
#: discharge diagnosis after the full work-up: the echocardiogram, the CT pulmonary angiogram, the chest films,
#: the response to treatment), in label order
DYSPNOEA_DIAGNOSES = ("acute heart failure", "COPD exacerbation", "asthma", "pneumonia", "pulmonary embolism",
                      "pneumothorax", "anaemia", "anxiety or hyperventilation")
DYSPNOEA_ROWS = (420, 360, 200, 400, 200, 140, 140, 280)
#: the diagnoses the first hour confuses (symmetric): heart failure against COPD (old smokers, wheeze in cardiac
#: asthma, a raised BNP from cor pulmonale), pneumonia (crackles, B-lines, no fever in the old), pulmonary embolism
#: (tachycardia, the right heart's BNP and troponin, a raised D-dimer in both) and anaemia (high output, the old,
#: a raised BNP); COPD against asthma (wheeze, obstruction, steroids), pneumonia (an infective exacerbation's fever
#: and CRP) and pneumothorax (a secondary pneumothorax in a bullous lung, sliding hard to read); asthma against
#: anxiety (the young, normal saturation, vocal cord dysfunction); pneumonia against pulmonary embolism (pleuritic
#: pain, a low fever, a raised D-dimer, an infarct's consolidation); pulmonary embolism against anxiety (clear
#: lungs, tachypnoea, hypocapnia, a normal film); anaemia against anxiety (clear lungs, tachycardia, normal
#: saturation)
DYSPNOEA_NEIGHBOURS = {0: (1, 3, 4, 6), 1: (0, 2, 3, 5), 2: (1, 7), 3: (0, 1, 4), 4: (0, 3, 7), 5: (1,),
                       6: (0, 7), 7: (2, 4, 6)}


# --------------------------------------------------------------------------- roofleak8: roof leak causes
#: the causes of ``roofleak8`` (a leak reported inside a building, by the cause the roof inspector traced and the
#: repair confirmed: a water test, the cut core, the leak stopping), in label order
ROOFLEAK_CAUSES = ("flashing failure", "membrane puncture", "blocked drain or ponding", "condensation", "ice dam",
                   "failed seam or lap", "penetration seal", "wind-driven rain")
ROOFLEAK_ROWS = (380, 240, 260, 300, 200, 300, 280, 180)
#: the causes an inspector's sheet confuses (symmetric): flashing against failed seams (the laps at a wall's
#: termination), penetration seals (both details, stains near a wall or a curb) and wind-driven rain (parapet and
#: wall flashings leaking only in driving rain); a puncture against ponding (water standing over a hole, leaks after
#: any rain in the roof's field) and failed seams (both in the membrane's field, wet insulation in a patch);
#: ponding against ice dams (snowmelt held at a drain or an eave, leaks on mild days) and failed seams (laps giving
#: way under standing water); condensation against ice dams (cold weeks without rain, an attic's frost melting) and
#: penetration seals (ducts and curbs sweating, exhaust vents); the rest apart
ROOFLEAK_NEIGHBOURS = {0: (5, 6, 7), 1: (2, 5), 2: (1, 4, 5), 3: (4, 6), 4: (2, 3), 5: (0, 1, 2), 6: (0, 3), 7: (0,)}
