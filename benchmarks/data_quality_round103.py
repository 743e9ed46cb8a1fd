"""Round 103's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Docstring in progress: the classes, rows, limits and neighbour maps are committed first, before any generator.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- diamond8: a laboratory's clarity grade
#: the 8 classes of ``diamond8`` (a polished diamond submitted to a gem laboratory, by the clarity grade its graders
#: assigned under 10x magnification), the cleanest first
DIAMOND_CLASSES = ("FL/IF (no inclusions at 10x; at most insignificant blemishes)",
                   "VVS1 (minute inclusions, extremely difficult to see at 10x, often only from the pavilion)",
                   "VVS2 (minute inclusions, very difficult to see at 10x)",
                   "VS1 (minor inclusions, difficult to see at 10x: small crystals, feathers, clouds)",
                   "VS2 (minor inclusions, somewhat easy to see at 10x)",
                   "SI1 (noticeable inclusions, easy to see at 10x)",
                   "SI2 (noticeable inclusions, very easy to see at 10x, some seen through the pavilion by eye)",
                   "I1 (obvious inclusions at 10x, usually seen face-up by eye)")
DIAMOND_ROWS = (140, 190, 250, 300, 340, 340, 330, 250)
#: the lower limits of VVS1 .. I1 on the graders' consensus reading of the inclusions' visibility at 10x (a score in
#: grade steps: 0 none seen, each step about twice as visible) that the grade takes
DIAMOND_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the grade above and below each (graders differ mostly by one grade: an inclusion's position under the table or
#: near the girdle, its relief, a cloud counted or not, a feather's reach; the grade a consensus of several graders)
DIAMOND_NEIGHBOURS = ordinal_neighbours(len(DIAMOND_CLASSES))
#: what the graders grade from: the label's basis, not columns
DIAMOND_GRADING = ("the graders' look at the stone face-up and through the pavilion under 10x magnification "
                   "(the inclusions' size, number, position, nature and relief, judged together, not one by one)",
                   "the consensus of two or more graders, a third asked where the first two differ")


# ---------------------------------------------------------------------- pavement7: a road section's condition
#: the 7 classes of ``pavement7`` (a road section surveyed by a city's pavement crew, by the condition category
#: its inspector assigned, the PCI rating's bins), the best first
PAVEMENT_CLASSES = ("good (PCI 86-100: few, minor distresses)",
                    "satisfactory (PCI 71-85: low-severity cracking, some raveling)",
                    "fair (PCI 56-70: medium cracking, some patches, a rougher ride)",
                    "poor (PCI 41-55: alligator cracking, patches, rutting noticeable)",
                    "very poor (PCI 26-40: heavy cracking, failing patches, deformation)",
                    "serious (PCI 11-25: widespread structural distress, potholes)",
                    "failed (PCI 0-10: the structure failed, reconstruction)")
PAVEMENT_ROWS = (380, 400, 380, 330, 270, 210, 170)
#: the lower limits of good .. serious on the inspector's PCI (0-100) that the category takes (a section under
#: 10.5 failed)
PAVEMENT_LIMITS = (85.5, 70.5, 55.5, 40.5, 25.5, 10.5)
#: the category above and below each (inspectors differ mostly by one category: a distress's severity level, the
#: extent of cracking in the sample units walked, a patch counted as a distress or not)
PAVEMENT_NEIGHBOURS = ordinal_neighbours(len(PAVEMENT_CLASSES))
#: what the inspector rates from: the label's basis, not columns
PAVEMENT_GRADING = ("the inspector's walk over the section's sample units, each distress's type, severity and "
                    "extent noted and its deduct value summed into the PCI (ASTM D6433's method, by eye)",
                    "the category the PCI falls in (good .. failed), the inspector's own reading of severity")


# ---------------------------------------------------------------------- hive6: a failing colony's cause
#: the 6 classes of ``hive6`` (a honeybee colony a bee inspector examines because it is failing, by the cause the
#: inspector diagnosed)
HIVE_CLASSES = ("varroa mites with deformed-wing virus (parasitic mite syndrome: mites, crippled wings, spotty brood)",
                "American foulbrood (sunken, punctured cappings, ropy brown remains, tight scales)",
                "European foulbrood (twisted, melted, yellowed open larvae, loose rubbery scales, sour smell)",
                "nosema (dysentery, crawling bees at the entrance, a colony that fails to build up)",
                "queen failure or queenlessness (no eggs, drone brood in worker cells, laying workers)",
                "starvation (no stores, bees head-first in cells, a light hive)")
HIVE_ROWS = (480, 220, 280, 340, 420, 400)
#: the causes inspectors confuse (symmetric): varroa against American foulbrood (parasitic mite syndrome's dead,
#: discoloured larvae and punctured cappings), against European foulbrood (its melted, twisted larvae) and against
#: nosema (a dwindling colony, crawling bees at the entrance); American against European foulbrood (spotty brood,
#: sunken cappings, a slightly ropy EFB); European foulbrood against queen failure (a spotty brood pattern, a poor
#: or drone-laying queen); nosema against starvation (dead bees at the entrance after winter, a colony that will not
#: build up); queen failure against starvation (brood rearing stopped, the colony shrinking)
HIVE_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2), 2: (0, 1, 4), 3: (0, 5), 4: (2, 5), 5: (3, 4)}


# ---------------------------------------------------------------------- elevator6: a fault call's cause
#: the 6 classes of ``elevator6`` (an elevator fault call a service technician attends, by the cause the technician
#: diagnosed)
ELEVATOR_CLASSES = ("door operator or door-lock contact fault (the operator's belt or motor, a hall door interlock, "
                    "the light curtain)",
                    "levelling or encoder fault (the car stops off the floor, the position encoder or vane slips)",
                    "controller or drive fault (the drive trips, a contactor, a board, the brake's supervision)",
                    "safety-circuit trip (the overspeed governor, a final limit switch, the pit stop or buffer)",
                    "hydraulic leak or valve fault (oil lost, a valve drifting or sticking, the car sinking)",
                    "mis-use or vandalism stop (doors held or forced, objects in the sill, the stop button, "
                    "jumping in the car)")
ELEVATOR_ROWS = (560, 300, 320, 260, 250, 450)
#: the causes technicians confuse (symmetric): a door fault against a safety-circuit trip (a door lock contact that
#: opens mid-run breaks the safety chain) and against mis-use (doors held, forced or kicked, grit in the sill); a
#: levelling fault against a controller or drive fault (an encoder slipping reads as the drive's tracking error) and
#: against a hydraulic valve (a car that sinks or overshoots its floor); a controller or drive fault against a
#: safety-circuit trip (an overspeed from the drive trips the governor, a contactor breaks the chain) and against a
#: hydraulic valve (the valve's coil or its controller output); a safety-circuit trip against mis-use (the stop button,
#: passengers jumping trip the safety gear or a switch)
ELEVATOR_NEIGHBOURS = {0: (3, 5), 1: (2, 4), 2: (1, 3, 4), 3: (0, 2, 5), 4: (1, 2), 5: (0, 3)}
