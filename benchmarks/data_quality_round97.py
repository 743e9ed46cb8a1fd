"""Round 97's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(The full docstring is written with the generators; this commit holds only the classes, rows, limits and neighbour
maps, committed before any generator exists.)
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


# ---------------------------------------------------------------------- pilling5: a fabric's pilling grade
#: the 5 classes of ``pilling5`` (a woven or knitted fabric sample after the pilling test's rubs, by the grade of
#: ISO 12945's scale the lab's technician gave it against the photographic standards), the best first
PILLING_CLASSES = ("grade 5: no change", "grade 4: slight surface fuzzing or partly formed pills",
                   "grade 3: moderate fuzzing or pilling, pills of varying size and density over part of the surface",
                   "grade 2: distinct fuzzing or pilling over a large part of the surface",
                   "grade 1: dense fuzzing or pilling covering the whole surface")
PILLING_ROWS = (340, 520, 560, 440, 280)
#: the lower limits of grades 4 .. 1 on the technician's reading of the tested surface (a continuous 0.5-5.5
#: reading of the pills' number, size and contrast and the fuzz against the photographs, 0.5 the cleanest, that the
#: grade rounds; the author's framing, half grades such as 3-4 rounded to the nearer whole grade)
PILLING_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (technicians and labs differ mostly by half a grade to a grade, a fuzz read
#: as pills or pills of low contrast read as fuzz)
PILLING_NEIGHBOURS = ordinal_neighbours(len(PILLING_CLASSES))
#: what the technician grades from: the label's basis, not columns
PILLING_VIEWING = ("the technician's look at the rubbed specimen beside an unrubbed one in the viewing cabinet, "
                   "under low-angle light, against the standard's photographs or the fabric's reference set",
                   "the technician's judgement of a specimen between grades (fuzz against pills, the pills' "
                   "contrast and size, a colour that hides them)")


# ---------------------------------------------------------------------- norwood7: a man's Norwood-Hamilton stage
#: the 7 classes of ``norwood7`` (a man with male-pattern hair loss, by the Norwood-Hamilton stage the dermatologist
#: gave him; type III vertex counted as III, the A variants as their stage), the least loss first
NORWOOD_CLASSES = ("I: no or minimal recession of the frontotemporal hairline",
                   "II: triangular, symmetrical frontotemporal recessions within 2 cm of the ear line",
                   "III (and III vertex): deep frontotemporal recessions, bare or sparse; or loss mainly at the vertex",
                   "IV: deeper frontal recession and sparse or no hair at the vertex, a dense band between them",
                   "V: the band across the top narrower and sparser, the bald areas larger",
                   "VI: the band gone, the frontal and vertex areas joined",
                   "VII: only a narrow horseshoe of hair at the sides and the back")
NORWOOD_ROWS = (200, 340, 420, 380, 300, 260, 240)
#: the lower limits of stages II .. VII on the dermatologist's reading of the loss's extent (a continuous 0.5-7.5
#: reading of the hairline's recession, the vertex and the bridge between them that the stage rounds; the author's
#: framing)
NORWOOD_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the stage above and below each stage (observers agree within one stage mostly: II against III at the temples'
#: depth, III vertex against IV, V against VI at the bridge)
NORWOOD_NEIGHBOURS = ordinal_neighbours(len(NORWOOD_CLASSES))
#: what the dermatologist stages from: the label's basis, not columns
NORWOOD_STAGING = ("the dermatologist's look at the scalp from the front, the top and the back, with the hair "
                   "wetted or parted, and the standardised global photographs",
                   "the dermatologist's judgement of a pattern between stages (a vertex-first pattern, a bridge "
                   "thinning but present, diffuse thinning over the top)")


# ---------------------------------------------------------------------- kombucha6: a faulty batch's cause
#: the 6 classes of ``kombucha6`` (a failed or faulty kombucha batch, by the cause the brewing consultant found)
KOMBUCHA_CLASSES = ("mould (dry, fuzzy, coloured growth on the pellicle or the surface; the batch discarded)",
                    "kahm yeast (a dry, wrinkled, white or beige film and a yeasty or solvent smell)",
                    "over-fermented (vinegary, too sour: fermented too long or too warm)",
                    "stalled or under-fermented (too sweet, slow to sour, no new pellicle: too cold, too little "
                    "starter or a weak culture)",
                    "flat in the second ferment (no carbonation in the bottle)",
                    "over-carbonated (gushing or bursting bottles: too much sugar or fruit, too warm or too long in "
                    "the bottle)")
KOMBUCHA_ROWS = (380, 420, 360, 340, 300, 340)
#: the causes a consultant confuses (symmetric): mould against kahm yeast (both surface growths, both where the
#: start's acidity was weak) and against a stalled batch (a cold, slow, weakly acid batch grows mould); kahm yeast
#: against a stalled batch (the film over a batch slow to sour) and against over-fermenting (a film over a long, warm
#: batch, a yeasty sourness); over-fermenting against a flat second ferment (the sugar eaten in the primary leaves
#: the bottle nothing); a stalled batch against over-carbonating (a sweet batch bottled too early gushes); a flat
#: second ferment against over-carbonating (the same bottles, the same priming, read the other way)
KOMBUCHA_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 3), 2: (1, 4), 3: (0, 1, 5), 4: (2, 5), 5: (3, 4)}


# ---------------------------------------------------------------------- mango6: a rejected mango's cause
#: the 6 classes of ``mango6`` (an export mango rejected at the packhouse, by the cause the plant pathologist found)
MANGO_CLASSES = ("anthracnose (Colletotrichum: sunken black spots and streaks as the fruit ripens)",
                 "stem-end rot (Lasiodiplodia, Neofusicoccum and kin: a dark rot spreading from the stem end)",
                 "sap burn (latex injury: brown or black skin staining where the sap ran from the cut stem)",
                 "chilling injury (stored too cold: skin pitting, greyish discolouration, uneven ripening)",
                 "internal breakdown (jelly seed, soft nose or flesh breakdown: a physiological disorder)",
                 "fruit-fly damage (stings, larvae and the soft, rotting flesh about them)")
MANGO_ROWS = (420, 380, 300, 320, 360, 360)
#: the causes an inspector confuses (symmetric): anthracnose against stem-end rot (both rots of wet seasons, both
#: latent from the field), against sap burn (dark skin spots; sap-burnt skin rots) and against chilling injury (dark
#: skin patches; chilled fruit rots); stem-end rot against internal breakdown (soft, brown flesh near the stem or
#: the seed) and against fruit-fly damage (soft rotting flesh, rots entering by the stings); sap burn against
#: chilling injury (skin browning and darkened lenticels); chilling injury against internal breakdown (flesh
#: browning, uneven ripening); internal breakdown against fruit-fly damage (soft flesh found on cutting)
MANGO_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 4, 5), 2: (0, 3), 3: (0, 2, 4), 4: (1, 3, 5), 5: (1, 4)}
