"""Round 53's held-out data sets for the noisy-label benchmark (docstring to be completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- gmfcs5: cerebral palsy motor level
#: the 5 levels of ``gmfcs5`` (a child with cerebral palsy, by the Gross Motor Function Classification System level
#: a reference physiotherapist assessed), most able first: 0 level I (walks without limitations) .. 4 level V
#: (transported in a manual wheelchair)
GMFCS_CLASSES = ("0 level I", "1 level II", "2 level III", "3 level IV", "4 level V")
GMFCS_ROWS = (500, 460, 420, 400, 360)
#: the level above and below each level
GMFCS_NEIGHBOURS = ordinal_neighbours(len(GMFCS_CLASSES))
#: the reference assessment follows the child's expected mature GMFM-66 score (the plateau of the child's motor
#: curve, 0-100, as the reference therapist's full assessment and follow-up place it): a child's class is the number
#: of these limits the plateau is under (about midway between the motor curves' plateaus of the five levels)
GMFCS_LIMITS = (78.0, 61.0, 47.0, 31.0)


# --------------------------------------------------------------------------- osa4: sleep apnoea severity
#: the 4 severities of ``osa4`` (an adult referred for suspected obstructive sleep apnoea, by the apnoea-hypopnoea
#: index of a reference in-lab polysomnography), lowest first: 0 none (<5 events/h); 1 mild (5-15); 2 moderate
#: (15-30); 3 severe (30 and over)
OSA_CLASSES = ("0 none (AHI<5)", "1 mild (5-15)", "2 moderate (15-30)", "3 severe (30+)")
OSA_ROWS = (480, 600, 560, 500)
#: the severity above and below each severity
OSA_NEIGHBOURS = ordinal_neighbours(len(OSA_CLASSES))
#: the AASM's AHI limits (events per hour): a patient's class is the number of limits at or below the reference AHI
OSA_LIMITS = (5.0, 15.0, 30.0)


# --------------------------------------------------------------------------- polymer6: microplastic polymer
#: the polymers of ``polymer6`` (a microplastic particle from an environmental sample, by the polymer a reference
#: analyst confirmed from the particle's full spectrum against a library, with pyrolysis GC-MS where unsure)
POLY_TYPES = ("polyethylene (PE)", "polypropylene (PP)", "polystyrene (PS)", "polyethylene terephthalate (PET)",
              "polyvinyl chloride (PVC)", "polyamide (PA)")
POLY_ROWS = (480, 420, 300, 380, 260, 300)
#: the polymers an analyst confuses (symmetric): PE against PP (polyolefins: the same CH2 stretching and bending
#: bands, PP's methyl bands weak in a small or weathered particle) and PVC (its CH2 bands, with the C-Cl band weak
#: in ATR and hidden by additives); PS against PET (aromatic rings, both dense and often fragments of packaging);
#: PET against PVC (a plasticised PVC's phthalate carries PET's ester carbonyl) and PA (both fibres from textiles,
#: PET's carbonyl near PA's amide I)
POLY_NEIGHBOURS = {0: (1, 4), 1: (0,), 2: (3,), 3: (2, 4, 5), 4: (0, 3), 5: (3,)}


# --------------------------------------------------------------------------- transit5: exoplanet transit candidate
#: the natures of ``transit5`` (a periodic transit-like signal a survey's pipeline flagged, by the disposition a
#: vetting team reached after follow-up: spectroscopy, imaging, ground photometry)
TRANSIT_NATURES = ("planet", "eclipsing binary on the target", "background eclipsing binary",
                   "stellar variability", "instrumental systematic")
TRANSIT_ROWS = (520, 440, 360, 400, 420)
#: the natures a vetter confuses (symmetric): a planet against an eclipsing binary on the target (a grazing binary's
#: shallow V-shaped dip, a binary with a faint secondary), a background eclipsing binary (diluted to a planet's depth,
#: its centroid shift within the scatter) and a systematic (a few low signal-to-noise transits); an eclipsing binary
#: against a background one (both binaries: odd-even differences and secondaries); stellar variability against a
#: systematic (both non-transit shapes tied to the star's or the spacecraft's periods)
TRANSIT_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2), 2: (0, 1), 3: (4,), 4: (0, 3)}
