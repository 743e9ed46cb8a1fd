"""Round 62's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- flood5: a river gauge's flood category
#: the 5 classes of ``flood5`` (a river forecast point at a forecast issue time, by the highest flood category its
#: observed stage reaches in the next 48 hours: the reference peak stage read from the gauge's record afterwards
#: against the gauge's own official category stages), driest first
FLOOD_CLASSES = ("no flood (below action stage)", "action (action stage to flood stage)",
                 "minor flooding (flood stage to moderate)", "moderate flooding (moderate to major)",
                 "major flooding (major flood stage or above)")
FLOOD_ROWS = (600, 460, 420, 360, 300)
#: the class above and below each class
FLOOD_NEIGHBOURS = ordinal_neighbours(len(FLOOD_CLASSES))
#: the category stages against which the reference peak stage is read, in metres relative to the gauge's flood stage
#: for a gauge of typical channel (action 0.6 m below flood stage, moderate 0.9 m and major 1.8 m above it); each
#: gauge's own offsets are these times its channel's scale (unseen, set with the local officials): a point's class is
#: the number of its category stages the 48-hour observed peak reaches
FLOOD_LIMITS = (-0.6, 0.0, 0.9, 1.8)


# --------------------------------------------------------------------------- chytrid5: an amphibian's Bd load class
#: the 5 classes of ``chytrid5`` (an amphibian caught and swabbed at a survey, by the reference qPCR's
#: Batrachochytrium dendrobatidis load on its swab in zoospore equivalents against the load classes a field study
#: reports), cleanest first
CHYTRID_CLASSES = ("not detected (under 1 ZE)", "very low (1-99 ZE)", "low (100-999 ZE)", "moderate (1,000-9,999 ZE)",
                   "high (10,000 ZE or more)")
CHYTRID_ROWS = (560, 420, 420, 420, 320)
#: the class above and below each class
CHYTRID_NEIGHBOURS = ordinal_neighbours(len(CHYTRID_CLASSES))
#: the reference load (zoospore equivalents per swab, triplicate qPCR against the standards' curve) against 1, 100,
#: 1,000 and 10,000 ZE (the last the load often cited as the one past which a susceptible frog dies); an animal's
#: class is the number of these limits its swab's load reaches (no amplification: not detected)
CHYTRID_LIMITS = (1.0, 100.0, 1000.0, 10000.0)


# --------------------------------------------------------------------------- milkfraud8: a raw milk sample's adulterant
#: the 8 classes of ``milkfraud8`` (a raw milk sample at a collection centre, by the reference laboratory's
#: confirmatory finding of its adulterant)
MILK_ADULTERANTS = ("none", "added water", "urea", "melamine", "starch", "whey", "detergent",
                    "vegetable fat (foreign fat)")
MILK_ROWS = (400, 320, 260, 200, 220, 280, 200, 260)
#: the adulterants a laboratory's screen confuses from the analyser's outputs and cheap tests (symmetric): clean
#: milk against a little added water or whey (both within the herd's and the season's spread), against melamine
#: (the mid-infrared analyser barely sees a few hundred ppm of it) and against a little foreign fat (only the fat's
#: make-up differs); added water against urea, starch and whey (the diluter restores the solids-not-fat or the
#: lactometer reading with them, so the freezing point is masked in part); urea against melamine (both nitrogen
#: to fake protein) and against detergent (the "synthetic milk" of urea, detergent and oil); starch against whey
#: (both bulk the solids of a diluted milk); detergent against vegetable fat (the detergent emulsifies the oil)
MILK_NEIGHBOURS = {0: (1, 3, 5, 7), 1: (0, 2, 4, 5), 2: (1, 3, 6), 3: (0, 2), 4: (1, 5), 5: (0, 1, 4), 6: (2, 7),
                   7: (0, 6)}


# --------------------------------------------------------------------------- evfail6: a failed EV charging session
#: the 6 causes of ``evfail6`` (a failed DC fast-charging session, by the operator's root-cause finding after the
#: ticket was closed)
EV_CAUSES = ("connector or cable fault", "vehicle refused the charge (battery management)",
             "OCPP back-end or authorisation failure", "ISO 15118 / PLC communication error",
             "ground fault or residual-current trip", "grid under-voltage or load-management curtailment")
EV_ROWS = (380, 400, 340, 380, 300, 340)
#: the causes an operator's support desk confuses from the charger's logs (symmetric): a connector or cable fault
#: against a PLC communication error (the PLC signal rides the control pilot: a worn pin or a bad cable drops the
#: link) and against a ground fault (a damaged cable or a wet connector fails the insulation check); a vehicle's
#: refusal against a communication error (the vehicle ends the session and the charger logs a communication stop) and
#: against curtailment (the current falls and the vehicle gives up); the back-end's failure against a communication
#: error (Plug and Charge's contract certificates fail over ISO 15118 before authorisation) and against curtailment
#: (the back-end's smart-charging profile sets the limit to nothing); a ground fault against under-voltage (a supply
#: fault trips the residual-current device and sags the voltage)
EV_NEIGHBOURS = {0: (3, 4), 1: (3, 5), 2: (3, 5), 3: (0, 1, 2), 4: (0, 5), 5: (1, 2, 4)}
