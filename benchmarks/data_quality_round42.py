"""Round 42's held-out data sets for the noisy-label benchmark (being written: the class names, rows, limits and
neighbour maps first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- pas8: Penetration-Aspiration Scale
#: the 8 levels of the Penetration-Aspiration Scale (Rosenbek et al. 1996) of ``pas8`` (a patient's thin-liquid
#: bolus on videofluoroscopy, by the consensus of two trained raters on the worst event of the bolus: their mean
#: reading against ``PAS_LIMITS``, the worse score where they split evenly), lowest first: 1 material does not enter
#: the airway; 2 enters the airway, stays above the vocal folds and is ejected; 3 stays above the folds, not ejected;
#: 4 contacts the folds and is ejected; 5 contacts the folds, not ejected; 6 passes below the folds and is ejected
#: into the larynx or out; 7 below the folds, not ejected despite effort; 8 below the folds, no effort to eject
#: (silent aspiration)
PAS_CLASSES = ("1 no entry", "2 penetration, ejected", "3 penetration, not ejected", "4 to the folds, ejected",
               "5 to the folds, not ejected", "6 aspiration, ejected", "7 aspiration, not ejected despite effort",
               "8 silent aspiration")
PAS_ROWS = (480, 300, 280, 180, 160, 160, 260, 320)
#: the level below and above each level
PAS_NEIGHBOURS = ordinal_neighbours(len(PAS_CLASSES))
#: the least consensus reading of levels 2 .. 8 (a level is 1 + the number of limits at or below the raters' mean;
#: an even split of two raters, a mean on a half, reads as the worse level)
PAS_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5)


# --------------------------------------------------------------------------- erosion5: blade leading-edge erosion
#: the leading-edge erosion categories of ``erosion5`` (a wind-turbine blade at an inspection campaign, by the
#: rope-access technician's close-up inspection of the worst metre of the leading edge against the operator's
#: category definitions, read as the depth of the material lost, ``EROSION_LIMITS``), lowest first: 1 intact or
#: contaminated only; 2 roughness and pitting of the leading-edge protection; 3 the protection worn through, filler
#: or primer exposed; 4 laminate exposed; 5 laminate eroded (fibres damaged, a structural repair)
EROSION_CLASSES = ("1 intact", "2 pitting of the protection", "3 protection worn through", "4 laminate exposed",
                   "5 laminate eroded")
EROSION_ROWS = (560, 520, 440, 360, 260)
#: the category below and above each category
EROSION_NEIGHBOURS = ordinal_neighbours(len(EROSION_CLASSES))
#: the least depth of material lost (mm) of categories 2 .. 5 (the author's reading of the categories against a
#: leading-edge protection of about half a millimetre to a millimetre; a category is 1 + the number of limits at or
#: below the depth)
EROSION_LIMITS = (0.1, 0.5, 1.2, 2.5)


# --------------------------------------------------------------------------- anaphylaxis8: anaphylaxis triggers
#: the triggers of ``anaphylaxis8`` (an anaphylaxis episode referred to an allergy clinic, by the clinic's confirmed
#: trigger after the full work-up: the history, skin prick and intradermal tests, specific IgE and components, the
#: baseline tryptase and, where safe, a challenge), in label order
ANAPHYLAXIS_TRIGGERS = ("peanut", "tree nut", "shellfish", "milk or egg", "hymenoptera venom",
                        "beta-lactam antibiotic", "NSAID", "idiopathic or exercise-induced")
ANAPHYLAXIS_ROWS = (340, 220, 200, 260, 320, 240, 200, 360)
#: the triggers an allergy clinic confuses from the referral's work-up (symmetric): peanut against tree nuts
#: (co-sensitised, both in one snack, cross-reacting tests) and milk or egg (a young child's first reactions,
#: several foods sensitised); tree nuts against milk or egg (the same) and shellfish (a restaurant meal, adults);
#: shellfish against the idiopathic or exercise-induced episodes (an adult's meal before exercise, a weak
#: shellfish test); venom against the idiopathic episodes (an unnoticed sting outdoors, a raised baseline tryptase
#: in both); beta-lactams against NSAIDs (both taken for the same fever, the drug tests weak); NSAIDs against the
#: idiopathic or exercise-induced episodes (an NSAID as the cofactor of an exercise episode)
ANAPHYLAXIS_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 3), 2: (1, 7), 3: (0, 1), 4: (7,), 5: (6,), 6: (5, 7),
                          7: (2, 4, 6)}


# --------------------------------------------------------------------------- nitrate8: groundwater nitrate sources
#: the nitrate sources of ``nitrate8`` (a groundwater well with raised nitrate, by the source a groundwater study
#: assigned after the full investigation: the isotopes, the tracers, the land's history and the plume's mapping),
#: in label order
NITRATE_SOURCES = ("synthetic fertilizer", "manure", "septic systems", "soil organic nitrogen",
                   "atmospheric deposition", "wastewater irrigation", "landfill leachate", "geological nitrogen")
NITRATE_ROWS = (380, 340, 300, 260, 160, 220, 200, 280)
#: the sources a laboratory's chemistry confuses (symmetric): fertilizer against manure (denitrification raises the
#: fertilizer nitrate's d15N into manure's range; farms spread both), soil organic nitrogen (ammonium fertilizer
#: nitrified in the soil takes the soil's d15N) and atmospheric deposition (nitrate fertilizer's and deposition's
#: high d18O); manure against septic systems (both animal or human waste, d15N +8 to +20, chloride) and wastewater
#: irrigation (effluent on farmland); septic systems against wastewater irrigation (sewage: boron from detergents,
#: a low d11B) and landfill leachate (ammonium, chloride, organic carbon); soil organic nitrogen against geological
#: nitrogen (natural, low nitrate, d15N +2 to +8)
NITRATE_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 2, 5), 2: (1, 5, 6), 3: (0, 7), 4: (0,), 5: (1, 2), 6: (2,), 7: (3,)}
