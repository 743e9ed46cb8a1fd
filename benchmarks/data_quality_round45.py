"""Round 45's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Skeleton: the class names, rows per class, label limits and neighbour maps, committed before any generator was
written; the generators and the full docstring follow.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- hay6: baled hay feed quality grades
#: the 6 hay grades of ``hay6`` (a lot of baled alfalfa, grass or mixed hay offered for sale, by the laboratory's
#: relative feed value from wet-chemistry ADF and NDF, RFV = (88.9 - 0.779 ADF) (120 / NDF) / 1.29, against the
#: Hay Marketing Task Force's grade limits ``HAY_LIMITS``), poorest first: grade 5 (under 75), grade 4 (75-86),
#: grade 3 (87-102), grade 2 (103-124), grade 1 (125-151), prime (over 151)
HAY_CLASSES = ("grade 5", "grade 4", "grade 3", "grade 2", "grade 1", "prime")
HAY_ROWS = (240, 380, 460, 420, 360, 280)
#: the grade below and above each grade
HAY_NEIGHBOURS = ordinal_neighbours(len(HAY_CLASSES))
#: the least laboratory RFV of grades 4, 3, 2, 1 and prime (a grade is the number of limits at or below the RFV)
HAY_LIMITS = (75.0, 87.0, 103.0, 125.0, 151.0)


# --------------------------------------------------------------------------- kerato5: keratoconus stages
#: the 5 stages of ``kerato5`` (an eye referred to a cornea clinic for keratoconus, by the reference Scheimpflug
#: tomography, the mean of three good scans read by the cornea specialist: the mean central keratometry against
#: ``KERATO_K_LIMITS`` and the thinnest pachymetry against ``KERATO_PACHY_LIMITS``; an eye takes the worse stage
#: either gives, after Amsler-Krumeich), mildest first: 0 suspect (topographic suspect, Km under 46 D); Amsler-Krumeich
#: 1 (Km 46-48 D); 2 (48-53 D); 3 (53-55 D, or thinnest cornea under 400 um); 4 (55 D and over, or under 300 um)
KERATO_CLASSES = ("0 suspect", "1 Amsler-Krumeich stage 1", "2 stage 2", "3 stage 3", "4 stage 4")
KERATO_ROWS = (460, 520, 560, 360, 240)
#: the stage below and above each stage
KERATO_NEIGHBOURS = ordinal_neighbours(len(KERATO_CLASSES))
#: the least reference mean central keratometry (D) of stages 1 .. 4
KERATO_K_LIMITS = (46.0, 48.0, 53.0, 55.0)
#: the thinnest reference pachymetry (um) below which an eye is at least stage 3, and at least stage 4
KERATO_PACHY_LIMITS = (400.0, 300.0)


# --------------------------------------------------------------------------- mainbreak6: water-main failure modes
#: the failure modes of ``mainbreak6`` (a water-main failure a utility's crew excavated and repaired, by the mode
#: the crew recorded on the repair sheet with the pipe exposed), in label order
MAINBREAK_MODES = ("circumferential break", "longitudinal split", "corrosion pitting or blow-out", "joint failure",
                   "third-party damage", "fitting or valve failure")
MAINBREAK_ROWS = (520, 340, 420, 360, 260, 240)
#: the modes the asset register and the call-out confuse (symmetric): a circumferential break against a
#: longitudinal split (both barrel fractures of old small cast iron; a spiral crack read either way), corrosion
#: (a wall thinned by graphitisation snaps round in a cold snap), a joint failure (the bell cracks round next to a
#: joint; leadite joints crack the spigot) and third-party damage (a main undermined or loaded by nearby works
#: breaks like any other); a longitudinal split against corrosion (a split growing from a pit, a blow-out through a
#: thinned wall under pressure); corrosion against fittings (corroded bolts, service saddles and tappings on a
#: corrosive soil); a joint failure against third-party damage (joints pulled by nearby excavation) and fittings
#: (both at the appurtenances, gaskets and tees); the rest apart
MAINBREAK_NEIGHBOURS = {0: (1, 2, 3, 4), 1: (0, 2), 2: (0, 1, 5), 3: (0, 4, 5), 4: (0, 3), 5: (2, 3)}


# --------------------------------------------------------------------------- necropsy8: wildlife causes of death
#: the causes of ``necropsy8`` (a wild bird or mammal found dead and submitted to a necropsy service, by the cause
#: the pathologist assigned after the gross examination, radiographs, histology and the laboratory tests), in
#: label order
NECROPSY_CAUSES = ("vehicle strike", "predation", "starvation", "infectious disease", "poisoning", "gunshot",
                   "drowning", "electrocution")
NECROPSY_ROWS = (420, 300, 280, 320, 220, 200, 160, 240)
#: the causes a field submission and the gross examination confuse (symmetric): a vehicle strike against
#: predation (blunt trauma, haemorrhage, a scavenged carcass at a road), gunshot (fractures and haemorrhage; the
#: shot found only on the radiograph) and electrocution (a raptor under a line along a road, fractures from the
#: fall, small burns missed); predation against starvation (a thin animal taken, a scavenged thin carcass) and
#: gunshot (penetrating wounds); starvation against an infectious disease (a thin carcass, a chronic disease);
#: an infectious disease against poisoning (several carcasses, no trauma, good condition in an acute outbreak) and
#: drowning (waterbirds, wet lungs); poisoning against drowning (waterbirds at a wetland, no lesions); gunshot
#: against electrocution (raptors, small entry wounds against small burns)
NECROPSY_NEIGHBOURS = {0: (1, 5, 7), 1: (0, 2, 5), 2: (1, 3), 3: (2, 4, 6), 4: (3, 6), 5: (0, 1, 7), 6: (3, 4),
                       7: (0, 5)}
