"""Round 41's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Docstring to be completed when the generators are written: this first commit holds only each set's class names,
rows, limits and neighbour map, written from the fields before any generator existed.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- caries7: ICDAS codes of tooth surfaces
#: the ICDAS II codes of ``caries7`` (a tooth surface in a dental survey, by the reference code of a panel of three
#: calibrated examiners on the cleaned, air-dried surface under good light: the panel's mean code against
#: ``CARIES_LIMITS``): 0 sound, 1 first visual change in enamel (seen only after drying), 2 distinct visual change
#: in enamel (seen wet), 3 localised enamel breakdown (no dentine visible), 4 underlying dark shadow from dentine,
#: 5 distinct cavity with visible dentine, 6 extensive distinct cavity (more than half the surface), lowest first
CARIES_CLASSES = ("0 sound", "1 first visual change", "2 distinct visual change", "3 enamel breakdown",
                  "4 dentine shadow", "5 distinct cavity", "6 extensive cavity")
CARIES_ROWS = (440, 380, 340, 300, 260, 220, 200)
#: the code below and above each code
CARIES_NEIGHBOURS = ordinal_neighbours(len(CARIES_CLASSES))
#: the least panel mean code of codes 1 .. 6 (a code is the number of limits at or below the panel's mean)
CARIES_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5, 5.5)


# --------------------------------------------------------------------------- bcs6: dairy cows' body condition
#: the body condition bands of ``bcs6`` (a lactating or dry dairy cow at a herd visit, by the ultrasound back-fat
#: thickness at the sacral region against ``BCS_LIMITS``, the bands of the 1-5 scale in quarter points grouped as
#: the field reads them: thin (2.25 and under), under target (2.50-2.75), target in lactation (3.00), target at
#: calving and drying off (3.25-3.50), fleshy (3.75-4.00), over-conditioned (4.25 and over)), lowest first
BCS_CLASSES = ("<= 2.25 thin", "2.50-2.75", "3.00", "3.25-3.50", "3.75-4.00", ">= 4.25 over-conditioned")
BCS_ROWS = (280, 420, 400, 440, 340, 260)
#: the band below and above each band
BCS_NEIGHBOURS = ordinal_neighbours(len(BCS_CLASSES))
#: the least back-fat thickness (mm) of bands 2.50-2.75 .. >= 4.25 (the author's reading of the published BFT-BCS
#: relations, about 5 mm per point near the middle of the scale; a band is the number of limits at or below the BFT)
BCS_LIMITS = (8.0, 13.0, 18.0, 25.0, 32.0)


# --------------------------------------------------------------------------- mushroom8: mushroom poisoning syndromes
#: the syndromes of ``mushroom8`` (a call to a poison centre about a mushroom meal, by the centre's final
#: classification after the follow-up: the course, the labs and a mycologist's identification of the remains or
#: photographs), in label order
MUSHROOM_SYNDROMES = ("amatoxin (cyclopeptide)", "orellanine", "gyromitrin", "muscarinic", "isoxazole (ibotenic acid)",
                      "psilocybin", "gastrointestinal irritant", "Paxillus (immune haemolysis)")
MUSHROOM_ROWS = (280, 180, 200, 240, 260, 340, 460, 180)
#: the syndromes a poison centre confuses on the first call (symmetric): amatoxin against orellanine (late onset,
#: an organ failing days later: liver or kidney, and amatoxin's kidneys fail too), gyromitrin (late gastroenteritis
#: and a rising ALT) and the gastrointestinal irritants (a first phase of vomiting and diarrhoea, the latency
#: misremembered or a second meal); orellanine against the irritants (a mild first upset, the kidneys unknown
#: yet); gyromitrin against the irritants (false morels for morels, vomiting in spring); muscarinic against
#: isoxazole (early onset; some muscarine in the fly agaric, sweating against delirium) and the irritants (Inocybe
#: and Clitocybe vomiting and diarrhoea within the hour); isoxazole against psilocybin (hallucinations, a
#: recreational meal); the irritants against Paxillus (the first hours' gastroenteritis before the haemolysis)
MUSHROOM_NEIGHBOURS = {0: (1, 2, 6), 1: (0, 6), 2: (0, 6), 3: (4, 6), 4: (3, 5), 5: (4,), 6: (0, 1, 2, 3, 7),
                       7: (6,)}


# --------------------------------------------------------------------------- batcall8: bat echolocation passes
#: the species or groups of ``batcall8`` (a bat pass recorded by a static full-spectrum detector in a British or
#: north-west European survey, by the analyst's verified identification: the pass with its social calls and the
#: site's capture and roost records), in label order
BATCALL_SPECIES = ("common pipistrelle", "soprano pipistrelle", "Nathusius' pipistrelle", "Myotis spp.", "noctule",
                   "Leisler's bat", "serotine", "long-eared bats (Plecotus)")
BATCALL_ROWS = (460, 360, 180, 320, 260, 180, 200, 180)
#: the species that analysts confuse from the call parameters (symmetric): common pipistrelle against soprano
#: (peak frequencies meeting near 50 kHz), Nathusius' (near 40 kHz) and Myotis (a pipistrelle's steep FM calls in
#: clutter); Myotis against the long-eared bats (broadband FM in clutter, quiet); noctule against Leisler's (both
#: Nyctalus, alternating FM-qCF and qCF) and serotine (a noctule's higher calls in clutter); Leisler's against
#: serotine (25-28 kHz)
BATCALL_NEIGHBOURS = {0: (1, 2, 3), 1: (0,), 2: (0,), 3: (0, 7), 4: (5, 6), 5: (4, 6), 6: (4, 5), 7: (3,)}
