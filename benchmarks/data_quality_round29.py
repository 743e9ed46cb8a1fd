"""Round 29's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the fields' tables and neighbour maps, written from the fields' documents before any generator ran.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402,F401


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes; -1 is never kept),
    drawn without replacement and listed class by class: each round-29 graded set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- salinity6: soil salinity classes
#: the salinity classes of ``salinity6`` (FAO's guidelines for soil description, by the saturated paste extract's
#: electrical conductivity ECe), least saline first, and their rows
SALINITY_CLASSES = ("salt-free (ECe < 0.75 dS/m)", "slightly saline (0.75-2)", "moderately saline (2-4)",
                    "strongly saline (4-8)", "very strongly saline (8-15)", "extremely saline (>= 15)")
SALINITY_ROWS = (300, 420, 460, 400, 320, 240)
#: the class below and above each class
SALINITY_NEIGHBOURS = ordinal_neighbours(len(SALINITY_CLASSES))
#: FAO's least ECe (dS/m) of the slightly .. extremely saline classes
SALINITY_LIMITS = (0.75, 2.0, 4.0, 8.0, 15.0)
#: the crops of the district: share of the fields, and their salt tolerance by Maas and Hoffman (the ECe, dS/m,
#: where the yield starts to fall, and the loss per dS/m above it, %): cotton, wheat, maize and alfalfa
SALINITY_CROPS = np.array([
    # share threshold slope
    [0.30, 7.7, 5.2],  # cotton
    [0.30, 6.0, 7.1],  # wheat
    [0.22, 1.7, 12.0],  # maize
    [0.18, 2.0, 7.3],  # alfalfa
])


# --------------------------------------------------------------------------- praedikat6: German wine Praedikat
#: the levels of ``praedikat6`` (German Riesling by its must weight at harvest against the region's minimums),
#: least ripe first, and their rows: Qualitaetswein (below Kabinett's minimum), Kabinett, Spaetlese, Auslese,
#: Beerenauslese and Trockenbeerenauslese (Eiswein, a frozen harvest rather than a ripeness, is left out)
PRAEDIKATS = ("Qualitaetswein", "Kabinett", "Spaetlese", "Auslese", "Beerenauslese", "Trockenbeerenauslese")
PRAEDIKAT_ROWS = (460, 480, 460, 380, 220, 140)
#: the level below and above each level
PRAEDIKAT_NEIGHBOURS = ordinal_neighbours(len(PRAEDIKATS))
#: the regions: share of the lots, the vintage's warmth offset (degree days), and Riesling's minimum must weight
#: (degrees Oechsle) of Kabinett, Spaetlese, Auslese, Beerenauslese and Trockenbeerenauslese
PRAEDIKAT_REGIONS = np.array([
    # share warmth Kab  Spaet Ausl  BA     TBA
    [0.35, -80.0, 70.0, 76.0, 83.0, 110.0, 150.0],  # Mosel
    [0.20, 0.0, 73.0, 85.0, 95.0, 125.0, 150.0],  # Rheingau
    [0.30, 100.0, 73.0, 85.0, 92.0, 120.0, 150.0],  # Pfalz
    [0.15, 50.0, 73.0, 85.0, 95.0, 124.0, 150.0],  # Wuerttemberg
])


# --------------------------------------------------------------------------- thyroid8: thyroid disorders
#: the final diagnoses of ``thyroid8`` (a thyroid clinic's new referrals), in label order, and their rows
THYROID_DIAGNOSES = ("euthyroid", "subclinical hypothyroidism", "overt hypothyroidism (Hashimoto)",
                     "Graves' disease", "toxic multinodular goitre", "toxic adenoma",
                     "painless (silent or postpartum) thyroiditis", "subacute (de Quervain) thyroiditis")
THYROID_ROWS = (380, 320, 300, 340, 240, 140, 240, 180)
#: the diagnoses whose first visit looks alike (symmetric), as the clinics' differential diagnosis documents
#: them: a TSH near the upper limit (euthyroid, subclinical) and an FT4 near the lower limit (subclinical, overt);
#: a euthyroid nodular goitre and a mildly toxic one; Graves' disease and a toxic nodular goitre in an older
#: patient with nodules; one or several autonomous nodules; the painless thyroiditis's three phases (thyrotoxic
#: like Graves' disease, hypothyroid like the hypothyroidisms, recovered like a euthyroid patient) and its likeness
#: to subacute thyroiditis; a subacute thyroiditis with little pain and Graves' disease (thyrotoxic, tender)
THYROID_NEIGHBOURS = {0: (1, 4, 6), 1: (0, 2, 6), 2: (1, 6), 3: (4, 6, 7), 4: (0, 3, 5), 5: (4,),
                      6: (0, 1, 2, 3, 7), 7: (3, 6)}
#: the laboratory's reference intervals: TSH (mU/L), FT4 and FT3 (pmol/L); TPO antibodies positive from 35 IU/mL,
#: TSH receptor antibodies from 1.75 IU/L
THYROID_REFERENCE = {"tsh": (0.4, 4.0), "ft4": (12.0, 22.0), "ft3": (3.1, 6.8), "tpo": 35.0, "trab": 1.75}


# --------------------------------------------------------------------------- deficiency8: maize nutrient deficiency
#: the findings of ``deficiency8`` (maize fields sent to a diagnostic laboratory with a growth problem: the
#: nutrient whose fertiliser strip answered, or none), in label order, and their rows
DEFICIENCIES = ("no nutrient deficiency", "nitrogen", "phosphorus", "potassium", "magnesium", "sulfur", "zinc",
                "manganese")
DEFICIENCY_ROWS = (380, 400, 260, 300, 180, 220, 240, 160)
#: the findings whose symptoms and tissue tests meet (symmetric), as the extension guides document them: cold,
#: compaction, drought and herbicides mimic nitrogen, phosphorus and potassium deficiency; sulfur's chlorosis is
#: taken for nitrogen's; phosphorus and zinc (high phosphorus induces zinc deficiency, both in cold young crops);
#: potassium and magnesium (the older leaves; potassium fertiliser induces magnesium deficiency); magnesium's,
#: manganese's and zinc's interveinal chlorosis
DEFICIENCY_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 5), 2: (0, 6), 3: (0, 4), 4: (3, 7), 5: (1,), 6: (2, 7), 7: (4, 6)}
#: the maize ear leaf's sufficiency ranges at silking (low, high): N, P, K, Mg, S (%), Zn and Mn (mg/kg)
DEFICIENCY_SUFFICIENCY = {"n": (2.7, 3.5), "p": (0.25, 0.45), "k": (1.7, 2.5), "mg": (0.15, 0.45), "s": (0.15, 0.5),
                          "zn": (20.0, 70.0), "mn": (20.0, 150.0)}
