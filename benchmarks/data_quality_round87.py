"""Round 87's held-out data sets for the noisy-label benchmark (being written: the classes, neighbour maps, rows and
limits first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- spetzler5: a brain AVM's Spetzler-Martin grade
#: the 5 classes of ``spetzler5`` (a patient with a brain arteriovenous malformation, by the Spetzler-Martin grade the
#: neuroradiologist gave on catheter angiography and MRI), the lowest first
SPETZLER_CLASSES = ("grade I", "grade II", "grade III", "grade IV", "grade V")
SPETZLER_ROWS = (320, 560, 580, 420, 260)
#: the nidus' maximal diameter's limits (cm) between the size's 1, 2 and 3 points, as the neuroradiologist measures it
#: on the angiogram; the grade is the size's points plus 1 for an eloquent adjacent brain plus 1 for any deep venous
#: drainage, minus 1 here (classes 0-4)
SPETZLER_LIMITS = (3.0, 6.0)
#: the grade above and below each grade (a nidus measured either side of 3 or 6 cm, a diffuse nidus' border; the
#: eloquence of the adjacent brain the least agreed part; a small deep vein seen or not; the grade's three parts each
#: move it by one, so readers differ mostly one grade apart)
SPETZLER_NEIGHBOURS = ordinal_neighbours(len(SPETZLER_CLASSES))
#: what the neuroradiologist grades from: the label's basis, not columns
SPETZLER_IMAGES = ("the nidus' maximal diameter on the angiogram", "the eloquence of the adjacent brain on MRI",
                   "the venous drainage (superficial only or any deep)")


# ---------------------------------------------------------------------- insulator4: an insulator string's condition
#: the 4 classes of ``insulator4`` (an overhead line's insulator string, by the condition grade the utility's line
#: inspector gave from close-up drone photographs), the best first
INSULATOR_CLASSES = ("sound", "minor defect (light soiling, glaze or shed wear)",
                     "major defect (cracked or broken sheds, tracking, corroded pin or cap)", "replace now")
INSULATOR_ROWS = (720, 620, 480, 320)
#: the lower limits of the minor, major and replace-now grades on the inspector's reading of the photographs (a
#: continuous 0-3.5 reading of the string's deterioration, rounded to a grade; the author's framing)
INSULATOR_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (soiling or a chipped shed read as sound or minor; a crack's or a tracking
#: path's extent as minor or major; a major defect's urgency as major or replace now; inspectors differ mostly one
#: grade apart)
INSULATOR_NEIGHBOURS = ordinal_neighbours(len(INSULATOR_CLASSES))
#: what the inspector grades from: the label's basis, not columns
INSULATOR_PHOTOS = ("the close-up drone photographs of the string", "the sheds' and the glaze's surface",
                    "the metal fittings (caps, pins, end fittings)")


# ---------------------------------------------------------------------- akicause6: an acute kidney injury's cause
#: the 6 classes of ``akicause6`` (a hospitalised adult with acute kidney injury, by the main cause the nephrologist
#: assigned)
AKI_CLASSES = ("pre-renal (volume depletion, low output)", "acute tubular necrosis (septic or ischaemic)",
               "nephrotoxic injury (drugs or contrast)", "urinary tract obstruction",
               "acute interstitial nephritis", "rapidly progressive glomerulonephritis or vasculitis")
AKI_ROWS = (520, 480, 360, 260, 240, 280)
#: the causes nephrologists confuse (symmetric): pre-renal against acute tubular necrosis (a pre-renal state turning
#: into necrosis, the sodium's fractional excretion borderline, diuretics), against nephrotoxic injury (an NSAID's or
#: an ACE inhibitor's haemodynamic fall) and against obstruction (oliguria with a bland sediment before the scan);
#: tubular necrosis against nephrotoxic injury (both tubular, granular casts, a raised sodium excretion), against
#: obstruction (an anuric patient, a high urine sodium in a long obstruction) and against glomerulonephritis (a
#: septic-looking vasculitis, fever and a high CRP); nephrotoxic injury against interstitial nephritis (both follow a
#: new drug: antibiotics, NSAIDs, proton-pump inhibitors); interstitial nephritis against glomerulonephritis (blood,
#: white cells and protein in the urine, systemic inflammation)
AKI_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 3, 5), 2: (0, 1, 4), 3: (0, 1), 4: (2, 5), 5: (1, 4)}


# ---------------------------------------------------------------------- noisesrc6: a noise complaint's source
#: the 6 classes of ``noisesrc6`` (an urban noise complaint, by the source the council's environmental health officer
#: found on the visit)
NOISE_CLASSES = ("amplified music", "construction or demolition", "road or rail traffic",
                 "building plant (air conditioning, extractor fans, heat pumps)", "barking dogs",
                 "commercial or industrial premises")
NOISE_ROWS = (480, 340, 280, 380, 360, 300)
#: the sources officers confuse at intake (symmetric): music against barking dogs (a neighbour's intermittent
#: evening noise, domestic) and against commercial premises (a pub's or a club's bass, late); construction against
#: traffic (daytime, broadband, near roads), against barking dogs (intermittent impulsive daytime noise) and against
#: commercial or industrial premises (banging, deliveries, machines on weekdays); traffic against plant (a steady
#: low-frequency hum or rumble); plant against commercial premises (a kitchen's extractor or a shop's chiller)
NOISE_NEIGHBOURS = {0: (4, 5), 1: (2, 4, 5), 2: (1, 3), 3: (2, 5), 4: (0, 1), 5: (0, 1, 3)}
