"""Round 48's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- nyha4: heart-failure functional class
#: the 4 NYHA functional classes of ``nyha4`` (an ambulatory heart-failure patient, by the class a heart-failure
#: cardiologist assigned at the clinic visit), mildest first: 0 I no limitation of ordinary activity; 1 II slight
#: limitation (ordinary activity brings breathlessness or fatigue); 2 III marked limitation (less than ordinary
#: activity does); 3 IV symptoms at rest or on any activity
NYHA_CLASSES = ("0 I no limitation", "1 II slight limitation", "2 III marked limitation", "3 IV symptoms at rest")
NYHA_ROWS = (480, 640, 600, 420)
#: the class above and below each class
NYHA_NEIGHBOURS = ordinal_neighbours(len(NYHA_CLASSES))
#: the reference: the patient's true symptom-limited peak oxygen uptake (mL/kg/min, the generator's latent capacity)
#: against Weber's functional limits (class A over 20, B 16-20, C 10-16, D under 10): a patient's class is the
#: number of limits above the capacity (the cardiologist's class follows the capacity; the test's recorded peak is
#: a noisy, often submaximal reading of it)
NYHA_LIMITS = (20.0, 16.0, 10.0)


# --------------------------------------------------------------------------- isup5: prostate biopsy grade group
#: the 5 ISUP grade groups of ``isup5`` (a man's prostate needle biopsy, by the grade group the uropathologist
#: assigned), lowest first: 0 GG1 (Gleason 3+3); 1 GG2 (3+4); 2 GG3 (4+3); 3 GG4 (4+4, 3+5, 5+3); 4 GG5 (9-10)
ISUP_CLASSES = ("0 GG1 3+3", "1 GG2 3+4", "2 GG3 4+3", "3 GG4 score 8", "4 GG5 score 9-10")
ISUP_ROWS = (560, 520, 400, 340, 320)
#: the grade group above and below each group
ISUP_NEIGHBOURS = ordinal_neighbours(len(ISUP_CLASSES))
#: the reference: the share (%) of the carcinoma in Gleason pattern 4 or 5 at which the pathologist calls a
#: secondary pattern (5: a minor high-grade pattern counts in a biopsy), a primary one (50) and no pattern 3 left
#: (95); a biopsy's group is the number of these limits at or below its high-grade share, and one with pattern 5
#: over ``ISUP_PATTERN5_LIMIT`` in a high-grade-primary tumour (score 9-10) is GG5
ISUP_LIMITS = (5.0, 50.0, 95.0)
#: the least share (%) of pattern 5 the pathologist grades as a pattern (less is not reported in this generator)
ISUP_PATTERN5_LIMIT = 5.0


# --------------------------------------------------------------------------- weeds7: weed seedling species
#: the species of ``weeds7`` (a weed seedling at 2-8 true leaves from a Midwest crop field, by the species a weed
#: scientist confirmed by growing it on to flowering), in label order
WEED_SPECIES = ("redroot pigweed", "waterhemp", "Palmer amaranth", "common lambsquarters", "kochia",
                "common ragweed", "giant ragweed")
WEED_ROWS = (380, 360, 300, 340, 220, 300, 240)
#: the species a scout confuses from the seedling's measurements (symmetric): the three pigweeds (Amaranthus) with
#: one another (egg- to lance-shaped leaves, a notched tip, hairy or smooth stems in between); redroot pigweed with
#: lambsquarters (both oval cotyledons and alternate, toothed leaves when young); lambsquarters with kochia (both
#: goosefoot-family seedlings, mealy or hairy, narrow early leaves); the two ragweeds with each other (opposite
#: first leaves, lobing that grows with the leaf)
WEED_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2), 2: (0, 1), 3: (0, 4), 4: (3,), 5: (6,), 6: (5,)}


# --------------------------------------------------------------------------- mastitis6: clinical mastitis pathogens
#: the pathogens of ``mastitis6`` (a cow's clinical mastitis case, by the culture of the quarter's milk sample at the
#: laboratory), in label order
MASTITIS_PATHOGENS = ("Escherichia coli", "Klebsiella", "Staphylococcus aureus", "Streptococcus uberis",
                      "Streptococcus dysgalactiae", "no growth")
MASTITIS_ROWS = (440, 220, 320, 460, 260, 440)
#: the pathogens the case's signs and the herd's records confuse (symmetric): E. coli with Klebsiella (both
#: coliforms from the bedding, severe and watery) and with no growth (E. coli is often cleared before the sample);
#: S. aureus with Strep. dysgalactiae (both contagious, spread at milking, in cows with a high count history);
#: Strep. uberis with Strep. dysgalactiae (mild to moderate streptococcal cases, early lactation) and with no
#: growth (mild cases that culture negative)
MASTITIS_NEIGHBOURS = {0: (1, 5), 1: (0,), 2: (4,), 3: (4, 5), 4: (2, 3), 5: (0, 3)}
