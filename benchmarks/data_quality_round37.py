"""Round 37's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- fev5: spirometric severity
#: the severity grades of ``fev5`` (an adult with airflow obstruction, FEV1 / FVC under the lower limit of normal,
#: graded by the pulmonary function laboratory's post-bronchodilator FEV1 in % of predicted against the ATS / ERS
#: 2005 interpretation's severity table), mildest first
FEV_GRADES = ("mild (>= 70)", "moderate (60-69)", "moderately severe (50-59)", "severe (35-49)",
              "very severe (< 35)")
FEV_ROWS = (520, 480, 420, 400, 320)
#: the grade below and above each grade
FEV_NEIGHBOURS = ordinal_neighbours(len(FEV_GRADES))
#: the least FEV1 % predicted of moderate .. mild, highest first (a grade is the number of limits above the value)
FEV_LIMITS = (70.0, 60.0, 50.0, 35.0)


# --------------------------------------------------------------------------- bortle7: Bortle dark-sky classes
#: the dark-sky classes of ``bortle7`` (an observing site's, by the mean zenith reading of a calibrated sky quality
#: meter on clear, moonless nights, mag / arcsec2, against the approximate SQM ranges quoted with Bortle's scale;
#: classes 7-9 merged), darkest first
BORTLE_CLASSES = ("1 excellent dark (>= 21.7)", "2 truly dark (21.5-21.7)", "3 rural (21.3-21.5)",
                  "4 rural / suburban transition (20.4-21.3)", "5 suburban (19.1-20.4)",
                  "6 bright suburban (18.0-19.1)", "7-9 urban (< 18.0)")
BORTLE_ROWS = (260, 300, 280, 420, 380, 300, 200)
#: the class darker and brighter than each class
BORTLE_NEIGHBOURS = ordinal_neighbours(len(BORTLE_CLASSES))
#: the darkest SQM reading (mag / arcsec2) of classes 2 .. 7-9, darkest first (a class is the number of limits
#: above the reading)
BORTLE_LIMITS = (21.7, 21.5, 21.3, 20.4, 19.1, 18.0)


# --------------------------------------------------------------------------- headache8: headache diagnoses
#: the diagnoses of ``headache8`` (a headache clinic's new patient, by the neurologist's ICHD-3 diagnosis after the
#: follow-up visit, from the three-month headache diary), in label order
HEADACHE_TYPES = ("migraine without aura", "migraine with aura", "chronic migraine",
                  "frequent episodic tension-type headache", "chronic tension-type headache",
                  "medication-overuse headache", "cluster headache", "hemicrania continua")
HEADACHE_ROWS = (360, 240, 280, 320, 220, 260, 220, 240)
#: the diagnoses that headache clinicians confuse (symmetric), as ICHD-3 and the primary care aids draw them:
#: migraine with and without aura (aura in a minority of attacks); episodic migraine against frequent episodic
#: tension-type headache (mild migraine, TTH with photophobia); episodic migraine turning chronic (the 15-day
#: line); chronic migraine against chronic TTH (daily headache with a few migrainous days) and against
#: medication overuse (ICHD-3 gives both diagnoses; the label takes one); chronic TTH with medication overuse;
#: episodic with chronic TTH (the 15-day line); hemicrania continua, side-locked and daily with migrainous and
#: autonomic features, against chronic migraine, chronic TTH and cluster headache (the trigeminal autonomic
#: cephalalgias)
HEADACHE_NEIGHBOURS = {0: (1, 2, 3), 1: (0,), 2: (0, 4, 5, 7), 3: (0, 4), 4: (2, 3, 5, 7), 5: (2, 4), 6: (7,),
                       7: (2, 4, 6)}


# --------------------------------------------------------------------------- pipeline8: pipeline incident causes
#: the causes of ``pipeline8`` (an onshore hazardous liquid or gas transmission pipeline incident's, by the
#: operator's cause after its failure investigation, in PHMSA's cause categories; other causes not kept), in label
#: order
PIPELINE_CAUSES = ("external corrosion", "internal corrosion", "excavation damage", "natural force damage",
                   "other outside force damage", "material, weld or seam failure", "equipment failure",
                   "incorrect operation")
PIPELINE_ROWS = (380, 200, 320, 180, 200, 300, 340, 220)
#: the causes that failure investigators confuse (symmetric), as PHMSA's categories and their sub-causes draw
#: them: external against internal corrosion (a pit's side not always clear); corrosion against material and seam
#: failure (stress corrosion cracking, seam corrosion of old ERW pipe); excavation against other outside force
#: (earlier damage by unknown parties, vehicles near the right of way); natural force against other outside force
#: (heavy rain, floods washing out supports) and against material or weld failure (girth welds failing under
#: ground movement); material failure against equipment failure (fittings, components, pump and valve bodies);
#: equipment failure against incorrect operation (relief valves, a valve left open, overpressure)
PIPELINE_NEIGHBOURS = {0: (1, 5), 1: (0, 5), 2: (4,), 3: (4, 5), 4: (2, 3), 5: (0, 1, 3, 6), 6: (5, 7), 7: (6,)}
