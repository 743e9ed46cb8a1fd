"""Round 86's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- barrettdys4: Barrett's dysplasia grade
#: the 4 classes of ``barrettdys4`` (a patient under Barrett's oesophagus surveillance, by the grade the
#: gastrointestinal pathologist gave on the surveillance biopsies), the mildest first
BARRETT_CLASSES = ("non-dysplastic Barrett's oesophagus (intestinal metaplasia)", "indefinite for dysplasia",
                   "low-grade dysplasia", "high-grade dysplasia")
BARRETT_ROWS = (760, 480, 540, 360)
#: the lower limits of the indefinite, low-grade and high-grade readings on the pathologist's reading of the worst
#: biopsy (a continuous 0-3.5 reading of the nuclear atypia, the loss of surface maturation and the architecture,
#: rounded to a grade; the author's framing)
BARRETT_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (regenerative atypia under inflammation read as non-dysplastic or as
#: indefinite; indefinite against low-grade the commonest disagreement; low-grade against high-grade on the
#: architecture's crowding; pathologists differ mostly one grade apart)
BARRETT_NEIGHBOURS = ordinal_neighbours(len(BARRETT_CLASSES))
#: what the pathologist grades from: the label's basis, not columns
BARRETT_SLIDES = ("the biopsies' haematoxylin and eosin slides", "the surface maturation and the nuclear atypia",
                  "the glands' architecture and crowding")


# ---------------------------------------------------------------------- hydroneph5: an infant's SFU grade
#: the 5 classes of ``hydroneph5`` (an infant with antenatally detected hydronephrosis, by the Society for Fetal
#: Urology grade the paediatric radiologist gave on the postnatal renal ultrasound), the mildest first
HYDRONEPH_CLASSES = ("0 no dilatation, the calyceal walls apposed", "1 the renal pelvis alone visualised",
                     "2 the pelvis and a few calyces dilated", "3 the pelvis and all calyces dilated, parenchyma kept",
                     "4 as grade 3 with the parenchyma thinned")
HYDRONEPH_ROWS = (340, 560, 520, 420, 300)
#: the lower limits of grades 1-4 on the radiologist's reading of the images (a continuous 0-4.5 reading of the
#: pelvis', the calyces' and the parenchyma's appearance, rounded to a grade; the author's framing)
HYDRONEPH_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a pelvis barely seen or not 0 or 1; a calyx or two seen or not 1 or 2;
#: some or all calyces 2 or 3; the parenchyma's thinning judged by eye 3 or 4; radiologists differ mostly one grade
#: apart)
HYDRONEPH_NEIGHBOURS = ordinal_neighbours(len(HYDRONEPH_CLASSES))
#: what the radiologist grades from: the label's basis, not columns
HYDRONEPH_ULTRASOUND = ("the renal pelvis seen on the transverse and sagittal images", "the calyces' dilatation",
                        "the parenchyma's thickness")


# ---------------------------------------------------------------------- chestpain6: chest pain's final diagnosis
#: the 6 classes of ``chestpain6`` (an emergency-department patient with chest pain, by the final diagnosis)
CHESTPAIN_CLASSES = ("acute coronary syndrome", "pulmonary embolism", "acute aortic dissection", "acute pericarditis",
                     "gastro-oesophageal reflux or oesophageal spasm", "musculoskeletal chest wall pain")
CHESTPAIN_ROWS = (460, 360, 280, 320, 380, 340)
#: the diagnoses emergency physicians confuse at triage (symmetric): an acute coronary syndrome against an aortic
#: dissection (old, hypertensive, severe pain, a troponin leak or ST changes when the dissection takes a coronary),
#: against pericarditis (ST elevation and a troponin rise) and against reflux or spasm (burning retrosternal pain,
#: relieved or not by nitrates); a pulmonary embolism against an aortic dissection (both a sudden pain and a high
#: D-dimer), against pericarditis (pleuritic pain, tachycardia, a small troponin rise) and against chest wall pain
#: (a sharp pleuritic pain with a normal ECG in a young patient); pericarditis against chest wall pain (a sharp
#: positional pain in the young); reflux against chest wall pain (benign, normal tests, the history alone)
CHESTPAIN_NEIGHBOURS = {0: (2, 3, 4), 1: (2, 3, 5), 2: (0, 1), 3: (0, 1, 5), 4: (0, 5), 5: (1, 3, 4)}


# ---------------------------------------------------------------------- sepsissrc6: a sepsis' infection source
#: the 6 classes of ``sepsissrc6`` (an adult admitted with sepsis, by the infection source the infectious-disease
#: physician assigned)
SEPSIS_CLASSES = ("pneumonia", "urinary tract (pyelonephritis or urosepsis)", "intra-abdominal (biliary, abscess, "
                  "peritonitis)", "skin and soft tissue (cellulitis, wound)", "intravascular catheter or line",
                  "no source found (unknown or primary bacteraemia)")
SEPSIS_ROWS = (520, 440, 340, 300, 240, 300)
#: the sources infectious-disease physicians confuse (symmetric): pneumonia against a urinary source (an old,
#: confused patient with a catheter and a doubtful infiltrate), against an intra-abdominal one (a lower-lobe
#: pneumonia with upper abdominal pain, aspiration) and against no source found; a urinary against an
#: intra-abdominal source (pyelonephritis' flank pain against cholangitis or an abscess) and against no source found
#: (the elderly without a localising sign, a positive urine culture that may be colonisation); an intra-abdominal
#: against a skin source (a wound infection against a deep collection after surgery); a skin against a line source
#: (an exit site's cellulitis); a line against no source found (a bacteraemia without a focus in a patient with a
#: line)
SEPSIS_NEIGHBOURS = {0: (1, 2, 5), 1: (0, 2, 5), 2: (0, 1, 3), 3: (2, 4), 4: (3, 5), 5: (0, 1, 4)}
