"""Round 56's held-out data sets for the noisy-label benchmark (docstring completed after the measure)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- perio5: periodontal disease stage
#: the 5 stages of ``perio5`` (a dog or cat at an awake general check-up, by a veterinary dentist's reference
#: assessment under anaesthesia with probing and dental radiographs: the AVDC's PD0 .. PD4), least disease first
PERIO_CLASSES = ("PD0 normal", "PD1 gingivitis", "PD2 early", "PD3 moderate", "PD4 advanced")
PERIO_ROWS = (260, 480, 560, 480, 360)
#: the stage above and below each stage
PERIO_NEIGHBOURS = ordinal_neighbours(len(PERIO_CLASSES))
#: the reference's limits: the worst tooth's attachment loss (% of the root length, probing and radiographs) at
#: 1 % (any loss; the author's own reading of "no attachment loss"), 25 % and 50 % (the AVDC's early / moderate /
#: advanced limits); without attachment loss, the reference gingival index (0-3, bleeding on probing) at 1.0
#: separates PD0 from PD1 (the author's own limit)
PERIO_LOSS_LIMITS = (1.0, 25.0, 50.0)
PERIO_GI_LIMIT = 1.0


# --------------------------------------------------------------------------- winterroad5: winter road surface
#: the 5 classes of ``winterroad5`` (a road section at a roadside weather station at one hour in winter, by a
#: reference friction measurement (a decelerometer or a continuous friction tester's run) against the road
#: authority's limits), highest friction first
ROAD_CLASSES = ("dry", "wet", "slush", "snow-covered", "icy")
ROAD_ROWS = (560, 520, 400, 380, 280)
#: the class above and below each class
ROAD_NEIGHBOURS = ordinal_neighbours(len(ROAD_CLASSES))
#: the friction limits (coefficient) between dry/wet, wet/slush, slush/snow and snow/icy: a section's class is the
#: number of these limits above its reference friction. Read: a roadside sensor's grip of about 0.82 dry, 0.7 wet
#: and 0.4 or under on snow or ice; the limits themselves are the author's own
ROAD_LIMITS = (0.72, 0.55, 0.40, 0.25)


# --------------------------------------------------------------------------- removal6: engine removal cause
#: the causes of ``removal6`` (a commercial turbofan's unscheduled removal, by the cause the overhaul shop's
#: teardown confirmed)
REMOVAL_CAUSES = ("foreign object damage", "bearing failure", "blade erosion", "fuel-control fault",
                  "oil-system leak", "hot-section distress")
REMOVAL_ROWS = (380, 300, 420, 320, 340, 380)
#: the causes an engine analyst confuses (symmetric): foreign object damage against a bearing failure (a damaged
#: fan or compressor's imbalance lifts the vibration as a failing bearing does) and blade erosion (both compressor
#: blade damage on the borescope, nicks against worn leading edges, both an EGT rise); a bearing failure against an
#: oil-system leak (oil pressure and consumption, chip detector, oil temperature); blade erosion against
#: hot-section distress (both a gradual loss of EGT margin); a fuel-control fault against hot-section distress
#: (an EGT and fuel flow shift, a nozzle's streak or a control's schedule)
REMOVAL_NEIGHBOURS = {0: (1, 2), 1: (0, 4), 2: (0, 5), 3: (5,), 4: (1,), 5: (2, 3)}


# --------------------------------------------------------------------------- sortline6: sorting line material
#: the materials of ``sortline6`` (an item on a mixed waste sorting line's belt, by the material a hand sort of
#: the sampled items recorded)
SORT_MATERIALS = ("glass", "aluminium", "steel", "paper / cardboard", "beverage carton", "textile")
SORT_ROWS = (360, 340, 300, 440, 320, 380)
#: the materials the sensors (and a picker) confuse (symmetric): glass against textile (a dark bottle and a dark
#: cloth both give the NIR sensor almost nothing); aluminium against steel (both conduct; a tin-plated can and an
#: aluminium can look alike) and a beverage carton (the carton's aluminium foil layer triggers the eddy-current
#: sensor); paper against a beverage carton (the cellulose band; the carton's polyethylene coating thin) and
#: textile (cotton's cellulose band, a wet lump of either)
SORT_NEIGHBOURS = {0: (5,), 1: (2, 4), 2: (1,), 3: (4, 5), 4: (1, 3), 5: (0, 3)}
