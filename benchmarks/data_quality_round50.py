"""Round 50's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector. (Work in progress: the class names, rows, limits
and neighbour maps are committed first, before any generator; the full docstring comes with the generators.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- glaucoma5: glaucoma severity stage
#: the 5 stages of ``glaucoma5`` (an eye seen at a glaucoma clinic, glaucoma or suspect, by the stage its reference
#: visual field gives), mildest first: 0 normal field; 1 early; 2 moderate; 3 severe; 4 advanced (end-stage fields
#: included)
GLAUCOMA_CLASSES = ("0 normal field", "1 early", "2 moderate", "3 severe", "4 advanced")
GLAUCOMA_ROWS = (520, 560, 440, 340, 280)
#: the stage above and below each stage
GLAUCOMA_NEIGHBOURS = ordinal_neighbours(len(GLAUCOMA_CLASSES))
#: the reference: the mean deviation (dB) of the eye's reference 24-2 standard automated field (the mean of two
#: reliable full-threshold fields, read at the clinic's reading desk) against the staging limits, falling: -2 dB (a
#: field within normal limits; the author's limit), -6 and -12 (Hodapp-Parrish-Anderson's early / moderate / severe)
#: and -20 (the extended staging's advanced field); an eye's stage is the number of limits its mean deviation is
#: below
GLAUCOMA_LIMITS = (-2.0, -6.0, -12.0, -20.0)


# --------------------------------------------------------------------------- firedanger5: fire danger rating
#: the 5 fire danger ratings of ``firedanger5`` (a summer day at a rural fire brigade's weather station in
#: south-eastern Australia's forest, by the rating the agency's forest fire danger index gives), lowest first:
#: 0 low-moderate; 1 high; 2 very high; 3 severe; 4 extreme (catastrophic days included)
FIRE_CLASSES = ("0 low-moderate", "1 high", "2 very high", "3 severe", "4 extreme")
FIRE_ROWS = (560, 520, 480, 320, 260)
#: the rating above and below each rating
FIRE_NEIGHBOURS = ordinal_neighbours(len(FIRE_CLASSES))
#: the reference: McArthur's Mark 5 forest fire danger index (Noble et al.'s equation) from the agency's 15:00
#: observation at its reference automatic weather station (temperature, humidity, the 10 m ten-minute wind) and its
#: drought factor (Griffiths' form, from the Keetch-Byram drought index and the last rain), against the rating
#: limits 12, 25, 50 and 75 (the pre-2022 tables); a day's rating is the number of limits at or below its index
FIRE_LIMITS = (12.0, 25.0, 50.0, 75.0)


# --------------------------------------------------------------------------- cellfail6: lithium-ion failure mode
#: the failure modes of ``cellfail6`` (a lithium-ion cell (graphite / NMC) that failed in a cycling or field test,
#: by the mode the failure-analysis laboratory confirmed at teardown), in label order
CELL_MODES = ("lithium plating", "SEI growth", "loss of active material", "internal short", "electrolyte dry-out",
              "tab or connector fault")
CELL_ROWS = (420, 400, 360, 260, 340, 360)
#: the modes the cycling and impedance record confuses (symmetric): lithium plating with SEI growth (both lose
#: lithium inventory: the fade, the incremental-capacity peaks' shift), with loss of active material (cracked or
#: lost graphite makes plating; both bring a knee) and with an internal short (plated dendrites self-discharge the
#: cell and waste charge); SEI growth with loss of active material (slow, smooth fade and a rising charge-transfer
#: resistance at warm, long tests) and with dry-out (the SEI consumes the electrolyte: a rising resistance late in a
#: warm life); dry-out with a tab or connector fault (both raise the ohmic resistance and heat the cell under load);
#: a tab or connector fault with an internal short (local heating and a voltage that sags or drifts between
#: readings)
CELL_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 4), 2: (0, 1), 3: (0, 5), 4: (1, 5), 5: (3, 4)}


# --------------------------------------------------------------------------- odour6: taste-and-odour complaint source
#: the sources of ``odour6`` (a customer's taste-and-odour complaint to a drinking-water utility, by the source the
#: water-quality technician's investigation confirmed), in label order
ODOUR_SOURCES = ("algal geosmin / MIB", "chlorine", "sulfide", "iron / manganese", "household plumbing",
                 "hydrocarbon")
ODOUR_ROWS = (480, 420, 260, 380, 380, 220)
#: the sources the complaint and the utility's records confuse (symmetric): algal earthy-musty odour with chlorine
#: (both zone-wide, many calls at once; the plant raises its dose in an algal episode and customers call both
#: "chemical" or "swimming pool") and with household plumbing (stagnant water and biofilm in a house smell musty);
#: chlorine with hydrocarbon (customers call both "chemical" or "medicinal"); household plumbing with sulfide (a
#: water heater's anode makes hydrogen sulfide), with iron / manganese (corroded galvanised pipes give metallic,
#: brown water) and with hydrocarbon (new plastic pipe, solvent cement, a permeated service line)
ODOUR_NEIGHBOURS = {0: (1, 4), 1: (0, 5), 2: (4,), 3: (4,), 4: (0, 2, 3, 5), 5: (1, 4)}
