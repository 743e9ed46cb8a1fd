"""Round 31's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Class names, rows per class and neighbour maps only: committed before any generator was written or ran.)
"""

from __future__ import annotations

import numpy as np

from benchmarks.data_quality_round5 import ordinal_neighbours


# --------------------------------------------------------------------------- drought6: drought categories
#: the categories of ``drought6`` (the U.S. Drought Monitor's, by the station's 6-month standardized precipitation
#: index against the Monitor's SPI ranges), wettest first
DROUGHT_CATEGORIES = ("none (SPI > -0.5)", "D0 abnormally dry (-0.5 .. -0.7)", "D1 moderate drought (-0.8 .. -1.2)",
                      "D2 severe drought (-1.3 .. -1.5)", "D3 extreme drought (-1.6 .. -1.9)",
                      "D4 exceptional drought (<= -2.0)")
DROUGHT_ROWS = (440, 400, 420, 340, 300, 240)
#: the category below and above each category
DROUGHT_NEIGHBOURS = ordinal_neighbours(len(DROUGHT_CATEGORIES))
#: the highest 6-month SPI (reported to one decimal) of D0 .. D4
DROUGHT_LIMITS = (-0.5, -0.8, -1.3, -1.6, -2.0)


# --------------------------------------------------------------------------- pressure6: office blood pressure grades
#: the categories of ``pressure6`` (ESC/ESH office blood pressure, by the mean of the standardised office readings;
#: the higher of the systolic and the diastolic category), lowest first
PRESSURE_CATEGORIES = ("optimal (< 120 / < 80)", "normal (120-129 / 80-84)", "high normal (130-139 / 85-89)",
                       "grade 1 hypertension (140-159 / 90-99)", "grade 2 hypertension (160-179 / 100-109)",
                       "grade 3 hypertension (>= 180 / >= 110)")
PRESSURE_ROWS = (300, 360, 400, 480, 360, 240)
#: the category below and above each category
PRESSURE_NEIGHBOURS = ordinal_neighbours(len(PRESSURE_CATEGORIES))
#: the least systolic and diastolic office pressure (mmHg) of normal .. grade 3
PRESSURE_SYSTOLIC = (120.0, 130.0, 140.0, 160.0, 180.0)
PRESSURE_DIASTOLIC = (80.0, 85.0, 90.0, 100.0, 110.0)


# --------------------------------------------------------------------------- aerosol8: aerosol types
#: the types of ``aerosol8`` (aerosol layers over a lidar and sun photometer site, by the campaign's typing after
#: back trajectories, in-situ chemistry and the source's inventory), in label order
AEROSOL_TYPES = ("clean marine", "dusty marine", "desert dust", "polluted dust", "clean continental",
                 "polluted continental", "biomass-burning smoke", "volcanic ash")
AEROSOL_ROWS = (320, 240, 340, 280, 220, 320, 260, 160)
#: the types whose optical properties look alike (symmetric), as the lidar typing schemes (CALIPSO's version 4,
#: the ground networks') document them: sea salt alone and mixed with dust near the ocean's surface (version 4
#: added dusty marine for layers it had called polluted dust); dust, dust mixed with sea salt and dust mixed with
#: pollution or smoke (the depolarization ratio between pure dust's and the spheres'); volcanic ash with dust
#: (both nonspherical, depolarizing) and with polluted dust (ash mixed with sulphate); the continental
#: backgrounds clean and polluted, and pollution with smoke (version 4 merged polluted continental and smoke
#: near the surface); low, clean layers over a coast (marine or continental background)
AEROSOL_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 3), 2: (1, 3, 7), 3: (1, 2, 5, 6, 7), 4: (0, 5), 5: (3, 4, 6),
                      6: (3, 5), 7: (2, 3)}


# --------------------------------------------------------------------------- landslide8: landslide types
#: the types of ``landslide8`` (a regional landslide inventory's, the updated Varnes classification's movement
#: and material, by the field investigation), in label order
LANDSLIDE_TYPES = ("rock fall", "rock topple", "rock slide (planar)", "rotational slide (slump)",
                   "translational debris slide", "debris flow", "debris avalanche", "earthflow")
LANDSLIDE_ROWS = (300, 160, 220, 320, 340, 320, 200, 280)
#: the types that mapping from images and maps confuses (symmetric), as the classification's update (Hungr et
#: al. 2014) and inventory guides document them: falls and topples from the same cliffs (a topple ends as a fall)
#: and planar rock slides from their scarps; a rock slide in weak rock turning rotational; the slump-earthflow
#: complex (a slump's toe flows) and slumps with shallow translational slides in soil; a debris slide that
#: breaks up into an avalanche on an open slope or a flow in a channel, and debris avalanches with channelised
#: debris flows
LANDSLIDE_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4, 7), 4: (3, 5, 6), 5: (4, 6), 6: (4, 5),
                        7: (3,)}
