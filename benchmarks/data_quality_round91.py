"""Round 91's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- cvss5: a vulnerability's CVSS rating
#: the 5 classes of ``cvss5`` (a software vulnerability reported to a vendor's product security team, by the CVSS
#: qualitative severity rating the team's analyst gave it), the mildest first
CVSS_CLASSES = ("None (0.0)", "Low (0.1-3.9)", "Medium (4.0-6.9)", "High (7.0-8.9)", "Critical (9.0-10.0)")
CVSS_ROWS = (200, 460, 620, 520, 340)
#: the lower limits of Low, Medium, High and Critical on the analyst's base score (0-10, from the vector the analyst
#: chose; the score's published bands)
CVSS_LIMITS = (0.1, 4.0, 7.0, 9.0)
#: the rating above and below each rating (an attack vector read as network or adjacent, privileges required or
#: not, a scope changed or not, an impact read low or high: analysts differ mostly one band apart)
CVSS_NEIGHBOURS = ordinal_neighbours(len(CVSS_CLASSES))
#: what the analyst rates from: the label's basis, not columns
CVSS_VECTOR = ("the analyst's CVSS vector (the base metrics: attack vector and complexity, privileges, user "
               "interaction, scope, the confidentiality, integrity and availability impacts)",
               "the base score computed from the vector")


# ---------------------------------------------------------------------- hotelstar5: a hotel's star grade
#: the 5 classes of ``hotelstar5`` (a hotel classified by a national tourism board's inspector at a classification
#: visit, by the star grade given), the lowest first
HOTELSTAR_CLASSES = ("1 star", "2 stars", "3 stars", "4 stars", "5 stars")
HOTELSTAR_ROWS = (300, 440, 600, 480, 320)
#: the lower limits of 2-5 stars on the inspector's reading of the hotel (a continuous 0.5-5.5 reading of the
#: checklist's facilities and services, its points and minimum criteria; the author's framing of the grading)
HOTELSTAR_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (a minimum criterion met or missed, the points either side of a threshold:
#: inspectors differ mostly one star apart)
HOTELSTAR_NEIGHBOURS = ordinal_neighbours(len(HOTELSTAR_CLASSES))
#: what the inspector grades from: the label's basis, not columns
HOTELSTAR_VISIT = ("the inspector's checklist of facilities at the visit (rooms, bathrooms, public areas, fittings)",
                   "the checklist's services (reception hours, housekeeping, food and drink, the service's quality)")


# ---------------------------------------------------------------------- homeclaim6: a home claim's cause of loss
#: the 6 classes of ``homeclaim6`` (a home insurance claim, by the cause of loss the claims handler assigned after
#: the loss adjuster's report)
HOMECLAIM_CLASSES = ("escape of water", "storm", "flood", "accidental damage", "theft or burglary", "subsidence")
HOMECLAIM_ROWS = (520, 400, 260, 380, 300, 280)
#: the causes handlers confuse (symmetric): escape of water against flood (water through the ground floor, a
#: blocked drain backing up), against accidental damage (a nail through a pipe, an overflowing bath) and against
#: subsidence (a leaking drain washing out the soil, cracks and damp together); storm against flood (rain in a storm,
#: surface water) and against accidental damage (a fallen aerial or fence, a tile off in a wind no storm's); accidental
#: damage against theft (a broken door or window, forced or knocked)
HOMECLAIM_NEIGHBOURS = {0: (2, 3, 5), 1: (2, 3), 2: (0, 1), 3: (0, 1, 4), 4: (3,), 5: (0,)}


# ---------------------------------------------------------------------- feverrash6: a child's fever and rash
#: the 6 classes of ``feverrash6`` (a child brought to a paediatric emergency department with fever and a rash, by
#: the cause the paediatrician recorded)
FEVERRASH_CLASSES = ("measles", "scarlet fever", "hand, foot and mouth disease", "chickenpox", "Kawasaki disease",
                     "meningococcal septicaemia")
FEVERRASH_ROWS = (300, 420, 420, 400, 260, 340)
#: the causes triage staff confuse (symmetric): measles against Kawasaki disease (days of high fever, red eyes, a
#: red rash, an unwell child) and against meningococcal septicaemia (an early blanching rash, a high fever, an
#: unvaccinated child); scarlet fever against hand, foot and mouth disease (a sore throat or mouth in a nursery
#: child) and against Kawasaki disease (a red tongue and lips, swollen or peeling hands and feet); hand, foot and
#: mouth disease against chickenpox (spots and blisters in a nursery outbreak, a mild fever)
FEVERRASH_NEIGHBOURS = {0: (4, 5), 1: (2, 4), 2: (1, 3), 3: (2,), 4: (0, 1), 5: (0,)}
