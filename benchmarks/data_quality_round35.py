"""Round 35's held-out data sets for the noisy-label benchmark (class names, rows and neighbour maps first; the
generators follow, one per commit)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- uv5: WHO UV index categories
#: the exposure categories of ``uv5`` (a site-hour's, by the reference spectroradiometer's erythemal UV index,
#: reported rounded to a whole number, against the WHO / WMO Global Solar UV Index's categories), lowest first
UV_CATEGORIES = ("low (0-2)", "moderate (3-5)", "high (6-7)", "very high (8-10)", "extreme (11+)")
UV_ROWS = (380, 520, 440, 460, 340)
#: the category below and above each category
UV_NEIGHBOURS = ordinal_neighbours(len(UV_CATEGORIES))
#: the least unrounded UV index of moderate .. extreme (a reading of 2.5 is reported as 3)
UV_LIMITS = (2.5, 5.5, 7.5, 10.5)


# --------------------------------------------------------------------------- ldl5: NCEP ATP III LDL categories
#: the LDL cholesterol categories of ``ldl5`` (an adult's, by the reference laboratory's beta-quantification
#: LDL-C against the NCEP ATP III table, mg/dl), lowest first
LDL_CATEGORIES = ("optimal (< 100)", "near or above optimal (100-129)", "borderline high (130-159)",
                  "high (160-189)", "very high (>= 190)")
LDL_ROWS = (420, 520, 500, 380, 320)
#: the category below and above each category
LDL_NEIGHBOURS = ordinal_neighbours(len(LDL_CATEGORIES))
#: the least LDL-C (mg/dl) of near optimal .. very high
LDL_LIMITS = (100.0, 130.0, 160.0, 190.0)


# --------------------------------------------------------------------------- soilorder8: soil orders
#: the orders of ``soilorder8`` (a pedon's, by the survey's classifier keying the described profile and its
#: laboratory data through the USDA Keys to Soil Taxonomy), in label order
SOIL_ORDERS = ("Entisols", "Inceptisols", "Mollisols", "Alfisols", "Ultisols", "Oxisols", "Aridisols", "Vertisols")
SOIL_ROWS = (300, 340, 320, 300, 260, 180, 260, 180)
#: the orders that soil classifiers confuse (symmetric), as Soil Taxonomy's keys and its illustrated guide draw
#: the lines: young soils with weak horizons (Entisols with Inceptisols: a cambic horizon or not; Entisols with
#: Aridisols: dry young soils, an aridic regime with or without a diagnostic horizon); the mollic epipedon's
#: thickness, darkness and base saturation (Mollisols with Inceptisols and with Alfisols); the argillic horizon's
#: clay increase (Alfisols with Inceptisols); the 35 % base saturation at depth (Alfisols with Ultisols); the
#: kandic against the oxic horizon of highly weathered soils (Ultisols with Oxisols); the aridic against the ustic
#: regime at the grassland's dry edge (Aridisols with Mollisols); cracking clays (Vertisols with Mollisols and
#: with Alfisols: vertic intergrades)
SOIL_NEIGHBOURS = {0: (1, 6), 1: (0, 2, 3), 2: (1, 3, 6, 7), 3: (1, 2, 4, 7), 4: (3, 5), 5: (4,), 6: (0, 2),
                   7: (2, 3)}


# --------------------------------------------------------------------------- oil8: named vegetable oils
#: the oils of ``oil8`` (a retail or bulk lot's, by its declared name under the Codex standard for named
#: vegetable oils), in label order
OIL_TYPES = ("olive", "rapeseed (low erucic, canola)", "sunflower (linoleic)", "sunflower (high oleic)", "soybean",
             "maize (corn)", "groundnut (peanut)", "palm olein")
OIL_ROWS = (360, 320, 320, 200, 300, 240, 200, 200)
#: the oils that oil chemists confuse (symmetric), as the Codex ranges and the authenticity literature overlap
#: them: the oleic-rich oils (olive with high-oleic sunflower, its best-known adulterant, and with groundnut;
#: high-oleic sunflower with rapeseed and groundnut; linoleic with high-oleic sunflower through the mid-oleic
#: cultivars); the linoleic-rich seed oils (sunflower with maize and soybean, maize with soybean, maize with
#: groundnut's linoleic-rich lots); the linolenic oils (rapeseed with soybean); palm olein's palmitic and oleic
#: acids with olive oil's palmitic-rich lots
OIL_NEIGHBOURS = {0: (3, 6, 7), 1: (3, 4), 2: (3, 4, 5), 3: (0, 1, 2, 6), 4: (1, 2, 5), 5: (2, 4, 6), 6: (0, 3, 5),
                  7: (0,)}
