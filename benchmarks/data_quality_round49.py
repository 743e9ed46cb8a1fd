"""Round 49's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- corrosivity6: ISO 9223 category
#: the 6 atmospheric corrosivity categories of ``corrosivity6`` (an exposure site, by the first-year mass loss of
#: the standard flat carbon-steel coupon exposed there, ``CORR_LIMITS``; ISO 9223's determination), mildest first:
#: 0 C1 very low; 1 C2 low; 2 C3 medium; 3 C4 high; 4 C5 very high; 5 CX extreme
CORR_CLASSES = ("0 C1 very low", "1 C2 low", "2 C3 medium", "3 C4 high", "4 C5 very high", "5 CX extreme")
CORR_ROWS = (300, 420, 400, 380, 360, 280)
#: the category above and below each category
CORR_NEIGHBOURS = ordinal_neighbours(len(CORR_CLASSES))
#: the upper first-year carbon-steel mass loss (g/m2 a year) of C1 .. C5: a site's category is the number of limits
#: below its coupon's loss (C1 up to 10, C2 10-200, C3 200-400, C4 400-650, C5 650-1,500, CX over 1,500)
CORR_LIMITS = (10.0, 200.0, 400.0, 650.0, 1500.0)


# --------------------------------------------------------------------------- fluorosis6: Dean's index
#: the 6 scores of Dean's fluorosis index of ``fluorosis6`` (a child's dentition, by the score a calibrated
#: examiner gave the two most affected teeth on dried teeth under good light, ``FLUOR_LIMITS`` on the generator's
#: latent enamel severity), mildest first: 0 normal; 1 questionable (0.5: a few white flecks); 2 very mild (small
#: opaque paper-white areas, under a quarter of the surface); 3 mild (under half the surface); 4 moderate (all the
#: surface, brown stain); 5 severe (discrete or confluent pitting)
FLUOR_CLASSES = ("0 normal", "1 questionable", "2 very mild", "3 mild", "4 moderate", "5 severe")
FLUOR_ROWS = (360, 300, 420, 400, 380, 280)
#: the score above and below each score
FLUOR_NEIGHBOURS = ordinal_neighbours(len(FLUOR_CLASSES))
#: the least latent enamel severity (the author's scale, read like the Thylstrup-Fejerskov score of the two worst
#: teeth: 0 translucent .. 6 pitted and eroded) at which the examiner scores questionable, very mild, mild,
#: moderate and severe: a child's score is the number of limits at or below the severity
FLUOR_LIMITS = (0.5, 1.0, 2.0, 3.0, 4.5)


# --------------------------------------------------------------------------- railflaw7: rail defect types
#: the defect types of ``railflaw7`` (a rail defect found by the ultrasonic test car and confirmed by the hand
#: tester and, where removed, the cut rail, by the type the rail engineer recorded), in label order
RAIL_TYPES = ("transverse defect (detail fracture or tache ovale)", "vertical split head", "horizontal split head",
              "bolt hole crack", "head-web separation", "squat", "defective thermite weld")
RAIL_ROWS = (400, 300, 260, 300, 240, 320, 320)
#: the types the inspection confuses (symmetric): a transverse defect against a horizontal split head (shelling
#: turns down into a detail fracture; both echo in the head from the 70-degree probes), a squat (surface rolling
#: contact fatigue whose crack branches down, on the running band) and a weld (a transverse crack in or by a weld
#: reads as a weld defect, and a weld's flaw as transverse); a vertical split head against a horizontal split head
#: (both long head splits that hide the back-wall echo) and a head-web separation (both reach the fillet); a
#: horizontal split head against a squat (a shallow horizontal crack under a surface dip); a bolt hole crack
#: against a head-web separation (both in the web at a bolted joint, seen by the 37-degree probes)
RAIL_NEIGHBOURS = {0: (2, 5, 6), 1: (2, 4), 2: (0, 1, 5), 3: (4,), 4: (1, 3), 5: (0, 2), 6: (0,)}


# --------------------------------------------------------------------------- vine6: grapevine diseases
#: the diseases of ``vine6`` (a vineyard block's sampled vines, by the disease the plant clinic confirmed from
#: the sample: the pathogen seen or cultured), in label order
VINE_DISEASES = ("downy mildew", "powdery mildew", "black rot", "botrytis bunch rot", "phomopsis cane and leaf spot",
                 "esca (trunk disease)")
VINE_ROWS = (440, 400, 320, 300, 280, 400)
#: the diseases the scout's record confuses (symmetric): downy mildew against powdery mildew (both a white growth
#: on the leaf, under or over it, called "mildew" alike), black rot (both follow warm rain, both brown leaf spots
#: once the downy lesion dies), botrytis (grey sporulation on wet clusters) and esca (old downy lesions' brown
#: mosaic between the veins late in the season against esca's tiger stripes); powdery mildew against botrytis
#: (split, powdery berries let the grey mould in); black rot against phomopsis (small dark spots with black
#: pycnidia early in the season after rain); phomopsis against esca (wood diseases of old vines with dead spurs)
VINE_NEIGHBOURS = {0: (1, 2, 3, 5), 1: (0, 3), 2: (0, 4), 3: (0, 1), 4: (2, 5), 5: (0, 4)}
