"""Round 81's held-out data sets for the noisy-label benchmark (being written: the classes, the neighbour maps, the
rows and the limits first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- lymph4: a lymphoedema's ISL stage
#: the 4 classes of ``lymph4`` (a woman after breast-cancer surgery at a lymphoedema clinic, by the International
#: Society of Lymphology stage of the arm the lymphoedema therapist gave), the mildest first
LYMPH_CLASSES = ("0 latent or subclinical", "I reversible, subsides with elevation",
                 "II spontaneously irreversible, elevation rarely helps", "III lymphostatic elephantiasis")
LYMPH_ROWS = (600, 720, 580, 240)
#: the lower limits of stages I-III on the therapist's reading of the arm (a continuous 0-3.5 reading of the swelling
#: and the tissue, rounded to a stage; the author's framing of the scale as limits on one reading)
LYMPH_LIMITS = (0.5, 1.5, 2.5)
#: the stage above and below each stage (a heavy arm without visible swelling read as latent or stage I, a swelling
#: that no longer goes down overnight read as stage I or II, a hard fibrotic arm without pitting read as late stage II
#: or stage III)
LYMPH_NEIGHBOURS = ordinal_neighbours(len(LYMPH_CLASSES))
#: what the therapist stages from: the label's basis, not columns
LYMPH_EXAM = ("the limb examination (pitting, elevation, Stemmer's sign)", "the limb-volume difference",
              "the skin and tissue changes")


# ---------------------------------------------------------------------- vur5: a vesicoureteral reflux's grade
#: the 5 classes of ``vur5`` (a child with a febrile urinary tract infection, by the International Reflux Study grade
#: of the worse side's reflux the paediatric radiologist read on the voiding cystourethrogram), the mildest first
VUR_CLASSES = ("I into a non-dilated ureter only", "II up to the pelvis, no dilation",
               "III mild or moderate dilation, fornices slightly blunted", "IV moderate dilation, fornices obliterated",
               "V gross dilation and tortuosity, papillae lost")
VUR_ROWS = (360, 620, 560, 380, 220)
#: the lower limits of grades II-V on the radiologist's reading of the reflux (a continuous 0-4.5 reading of how far
#: it reaches and how much it dilates, rounded to a grade; the author's framing)
VUR_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a reflux reaching the pelvis or not, a slight blunting read as grade II or
#: III, the middle grades III and IV the least agreed, a tortuous ureter read as grade IV or V)
VUR_NEIGHBOURS = ordinal_neighbours(len(VUR_CLASSES))
#: what the radiologist grades from: the label's basis, not columns
VUR_VCUG = ("the reflux's reach on the VCUG", "the ureter's and the pelvis' dilation", "the calyces and papillae")


# ---------------------------------------------------------------------- coralgen6: a hard coral's genus
#: the 6 classes of ``coralgen6`` (a hard-coral colony on a reef survey, by the genus the survey divers named)
CORAL_GENERA = ("Porites", "Goniopora", "Acropora", "Montipora", "Favites", "Dipsastraea")
CORAL_ROWS = (440, 260, 460, 380, 300, 300)
#: the genera divers confuse (symmetric): Porites against Goniopora (both poritids, massive with shared walls; the
#: long day polyps Goniopora's mark, Porites' own polyps out at times) and against Montipora (encrusting or plating
#: colonies with tiny corallites); Acropora against Montipora (both acroporids, plates and branches; the axial
#: corallite Acropora's mark, not seen on a worn or encrusting colony); Favites against Dipsastraea (massive
#: faviids with large corallites; shared walls Favites', separate walls Dipsastraea's, hard to see underwater)
CORAL_NEIGHBOURS = {0: (1, 3), 1: (0,), 2: (3,), 3: (0, 2), 4: (5,), 5: (4,)}


# ---------------------------------------------------------------------- hvbreaker6: a HV circuit breaker's fault
#: the 6 classes of ``hvbreaker6`` (a high-voltage SF6 circuit breaker in a substation fleet, by the fault the
#: maintenance engineers found)
BREAKER_FAULTS = ("SF6 leak", "operating-mechanism fault (spring or hydraulic)", "main contact wear",
                  "trip or close coil fault", "auxiliary switch fault", "heater or density-monitor fault")
BREAKER_ROWS = (380, 460, 320, 360, 300, 320)
#: the faults engineers confuse (symmetric): an SF6 leak against a heater or density-monitor fault (both raise
#: low-gas alarms; a faulty monitor or a cold tank without its heater reads as a leak); a mechanism fault against
#: main contact wear (both change the contact travel and speed) and against a coil fault (both slow the operating
#: times and change the coil current's signature); a coil fault against an auxiliary switch fault (both in the
#: trip and close circuits: a late or missing coil cut-off, a timing spread); an auxiliary switch fault against a
#: heater or density-monitor fault (secondary-circuit faults that show as spurious alarms)
BREAKER_NEIGHBOURS = {0: (5,), 1: (2, 3), 2: (1,), 3: (1, 4), 4: (3, 5), 5: (0, 4)}
