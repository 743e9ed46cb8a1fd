"""Round 55's held-out data sets for the noisy-label benchmark (docstring written in full with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- steatosis4: liver steatosis grade
#: the 4 grades of ``steatosis4`` (an adult at a routine check-up, by a reference MRI proton-density fat fraction of
#: the liver against the field's limits), least fat first
STEAT_CLASSES = ("S0 none", "S1 mild", "S2 moderate", "S3 severe")
STEAT_ROWS = (700, 620, 440, 380)
#: the grade above and below each grade
STEAT_NEIGHBOURS = ordinal_neighbours(len(STEAT_CLASSES))
#: the MRI-PDFF limits (%) between S0/S1, S1/S2 and S2/S3 (as remembered from Tang and colleagues' 2015 study
#: against histology): a person's grade is the number of these limits at or below the reference PDFF
STEAT_LIMITS = (6.4, 17.4, 22.1)


# --------------------------------------------------------------------------- bathing4: bathing-water quality
#: the 4 classes of ``bathing4`` (a coastal bathing beach on a sampling day, by the laboratory's culture counts of
#: E. coli and intestinal enterococci, cfu / 100 ml), best first
BATH_CLASSES = ("excellent", "good", "sufficient", "poor")
BATH_ROWS = (720, 600, 460, 360)
#: the class above and below each class
BATH_NEIGHBOURS = ordinal_neighbours(len(BATH_CLASSES))
#: the single-sample limits (cfu / 100 ml) used here: E. coli 250 / 500 / 1000 and intestinal enterococci 100 /
#: 200 / 400. The first two of each are the coastal values of the Bathing Water Directive's Annex I for excellent
#: and good (there a season's 95th percentile, here one sample); the third (sufficient's upper end for one sample)
#: is the author's own, twice the good limit. A day's class is the worse of the two counts' classes (the number of
#: limits at or below the count)
BATH_EC_LIMITS = (250.0, 500.0, 1000.0)
BATH_IE_LIMITS = (100.0, 200.0, 400.0)


# --------------------------------------------------------------------------- lesion6: cause of leaf lesions
#: the causes of ``lesion6`` (a crop's leaf lesions a field scout photographed and measured, by the cause a plant
#: clinic confirmed: culture, a bacterial streaming test, a virus ELISA, a tissue test, the spray records)
LESION_CAUSES = ("fungal leaf spot", "bacterial spot", "viral mosaic", "nutrient deficiency", "herbicide injury",
                 "insect feeding")
LESION_ROWS = (400, 340, 360, 380, 300, 360)
#: the causes a scout confuses (symmetric): a fungal leaf spot against a bacterial spot (both necrotic spots, an
#: old bacterial spot dries and crosses the small veins) and insect feeding (a thrips' or a flea beetle's scars
#: and shot holes with necrotic edges); a bacterial spot against herbicide injury (a contact herbicide's drift
#: leaves small necrotic speckles); a viral mosaic against a nutrient deficiency (mottled, chlorotic leaves) and
#: herbicide injury (a growth regulator's cupped, strapped new leaves look like a virus's distortion); a nutrient
#: deficiency against herbicide injury (interveinal chlorosis, a soil-applied herbicide's bleaching)
LESION_NEIGHBOURS = {0: (1, 5), 1: (0, 4), 2: (3, 4), 3: (2, 4), 4: (1, 2, 3), 5: (0,)}


# --------------------------------------------------------------------------- whale6: baleen whale species
#: the species of ``whale6`` (a bout of calls a bottom-mounted hydrophone's detector found, by the species an
#: analyst confirmed from the spectrogram and the season's sightings)
WHALE_SPECIES = ("blue", "fin", "humpback", "minke", "sei", "North Atlantic right")
WHALE_ROWS = (300, 440, 420, 340, 280, 360)
#: the species an analyst (or a detector) confuses (symmetric): blue against fin (both very low, a blue whale's
#: D-call a downsweep like a fin's, a fin's 20 Hz pulse in a blue's band); fin against sei (a sei whale's low
#: downsweeps near a fin's 40 Hz calls); humpback against minke (a humpback's pulsed units against a minke's
#: pulse trains) and the right whale (a humpback's upswept unit is a right whale's up-call, the detector's known
#: false alarm); sei against the right whale (both 40-200 Hz calls of about a second, in the same season)
WHALE_NEIGHBOURS = {0: (1,), 1: (0, 4), 2: (3, 5), 3: (2,), 4: (1, 5), 5: (2, 4)}
