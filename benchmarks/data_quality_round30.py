"""Round 30's held-out data sets for the noisy-label benchmark (being written: the neighbour maps first, committed
before any generator ran)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402,F401


# --------------------------------------------------------------------------- seaice6: sea ice stages of development
#: the stages of ``seaice6`` (WMO sea ice nomenclature, by the drilled thickness of level ice), thinnest first
SEAICE_STAGES = ("new ice and nilas (< 10 cm)", "grey ice (10-15 cm)", "grey-white ice (15-30 cm)",
                 "thin first-year ice (30-70 cm)", "medium first-year ice (70-120 cm)",
                 "thick first-year ice (>= 120 cm)")
SEAICE_ROWS = (300, 320, 420, 440, 380, 280)
#: the stage below and above each stage
SEAICE_NEIGHBOURS = ordinal_neighbours(len(SEAICE_STAGES))
#: WMO's least thickness (cm) of grey, grey-white, thin, medium and thick first-year ice
SEAICE_LIMITS = (10.0, 15.0, 30.0, 70.0, 120.0)


# --------------------------------------------------------------------------- wool6: Merino wool micron categories
#: the categories of ``wool6`` (Merino fleece sale lots by the certified test's mean fibre diameter), finest first
WOOL_CATEGORIES = ("ultrafine (<= 15.5 um)", "superfine (15.6-18.5)", "fine (18.6-19.5)", "fine medium (19.6-20.5)",
                   "medium (20.6-22.5)", "strong (>= 22.6)")
WOOL_ROWS = (180, 440, 420, 400, 440, 260)
#: the category below and above each category
WOOL_NEIGHBOURS = ordinal_neighbours(len(WOOL_CATEGORIES))
#: the least mean fibre diameter (um, the test reports one decimal) of superfine .. strong
WOOL_LIMITS = (15.55, 18.55, 19.55, 20.55, 22.55)


# --------------------------------------------------------------------------- ignition8: wildfire causes
#: the statistical causes of ``ignition8`` (wildfires, the investigator's cause), in label order
IGNITION_CAUSES = ("lightning", "campfire", "smoking", "debris burning", "arson", "equipment use", "railroad",
                   "power line")
IGNITION_ROWS = (360, 260, 200, 380, 300, 320, 160, 160)
#: the causes whose fires look alike at discovery (symmetric), as the fire investigators' guides and the fire
#: occurrence studies document them: a lightning holdover found days later in the backcountry and an abandoned
#: campfire; a storm's lightning and a line struck or blown down in it; campfires and discarded smoking materials
#: at recreation sites; roadside ignitions (smoking, arson, vehicles and equipment); escaped debris burns and
#: incendiary fires near homes; debris burning and farm equipment on rural private land; sparks of equipment,
#: railroads (brake shoes, exhaust carbon) and power lines (conductor clash, failed hardware)
IGNITION_NEIGHBOURS = {0: (1, 7), 1: (0, 2), 2: (1, 4, 5), 3: (4, 5), 4: (2, 3), 5: (2, 3, 6, 7), 6: (5,),
                       7: (0, 5)}


# --------------------------------------------------------------------------- effusion8: causes of pleural effusion
#: the final diagnoses of ``effusion8`` (a diagnostic thoracentesis's cause after the work-up), in label order
EFFUSION_CAUSES = ("heart failure", "hepatic hydrothorax", "uncomplicated parapneumonic",
                   "complicated parapneumonic or empyema", "malignant", "tuberculous", "pulmonary embolism",
                   "post-cardiac surgery")
EFFUSION_ROWS = (400, 160, 300, 240, 380, 220, 200, 240)
#: the causes whose fluid and first tests look alike (symmetric), as the pleural guidelines document them: the two
#: transudates (and heart failure's pseudo-exudate under diuretics); heart failure with pulmonary embolism's small
#: effusions and with a cardiac surgery patient's; the parapneumonic effusion before and after it complicates (pH,
#: glucose, LDH); a neutrophilic pneumonia's and an embolism's (fever, pleuritic pain) and a post-operative one;
#: the lymphocytic exudates (malignancy, tuberculosis) and an empyema's high ADA with tuberculosis; bloody
#: exudates of malignancy and embolism
EFFUSION_NEIGHBOURS = {0: (1, 6, 7), 1: (0,), 2: (3, 6, 7), 3: (2, 5), 4: (5, 6), 5: (3, 4), 6: (0, 2, 4),
                       7: (0, 2)}
