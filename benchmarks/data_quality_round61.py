"""Round 61's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- flare5: a solar active region's flares
#: the 5 classes of ``flare5`` (a solar active region on one day, by the largest flare it produces in the next 24
#: hours, classed by the GOES X-ray sensors' reference 1-8 A peak flux against the flare classes' limits), quietest
#: first
FLARE_CLASSES = ("quiet (no flare of B class or above)", "B (1e-7 to 1e-6 W/m2)", "C (1e-6 to 1e-5 W/m2)",
                 "M (1e-5 to 1e-4 W/m2)", "X (1e-4 W/m2 or more)")
FLARE_ROWS = (560, 500, 480, 360, 240)
#: the class above and below each class
FLARE_NEIGHBOURS = ordinal_neighbours(len(FLARE_CLASSES))
#: the reference peak flux (W/m2, 1-8 A, the largest flare's) against 1e-7, 1e-6, 1e-5 and 1e-4: a region's class is
#: the number of these limits its largest flare's peak reaches
FLARE_LIMITS = (1e-7, 1e-6, 1e-5, 1e-4)


# --------------------------------------------------------------------------- aflatoxin5: a maize lot's aflatoxin
#: the 5 classes of ``aflatoxin5`` (a maize lot at intake, by a reference HPLC measurement of its total aflatoxins in
#: parts per billion against regulatory limits: the EU's 4 for direct human food, 10 for maize to be sorted or
#: processed, the US FDA's 20 for food and 100 for breeding cattle's feed), cleanest first
AFLA_CLASSES = ("under 4 ppb", "4-9.9 ppb", "10-19.9 ppb", "20-99.9 ppb", "100 ppb or more")
AFLA_ROWS = (600, 420, 380, 440, 300)
#: the class above and below each class
AFLA_NEIGHBOURS = ordinal_neighbours(len(AFLA_CLASSES))
#: the reference's total aflatoxins (ug/kg) against 4, 10, 20 and 100: a lot's class is the number reached
AFLA_LIMITS = (4.0, 10.0, 20.0, 100.0)


# --------------------------------------------------------------------------- hddfail6: a returned drive's failure mode
#: the failure modes of ``hddfail6`` (a hard disk drive pulled from a data centre and returned, by the failure
#: analysis lab's finding)
HDD_MODES = ("head crash or head degradation", "media degradation (growing bad sectors)", "spindle motor failure",
             "controller or electronics fault", "firmware fault", "interface or cable errors")
HDD_ROWS = (360, 480, 260, 340, 280, 420)
#: the modes a lab's triage confuses from the SMART attributes and logs (symmetric): a head crash against media
#: degradation (both scratch and reallocate sectors, read errors climb: a degrading head reads the platter badly)
#: and against a spindle motor failure (a crash after a spin-up trouble, seek errors, the drive's clicking); a motor
#: failure against an electronics fault (a drive that will not spin up: no power to the motor or a dead driver chip);
#: an electronics fault against a firmware fault (a drive that drops from the bus, counts frozen or odd) and against
#: interface errors (a bad connector on the board or a bad cable: CRC errors, resets); a firmware fault against media
#: degradation (a translator's or a background scan's bug reported as pending sectors)
HDD_NEIGHBOURS = {0: (1, 2), 1: (0, 4), 2: (0, 3), 3: (2, 4, 5), 4: (1, 3), 5: (3,)}


# --------------------------------------------------------------------------- scooter6: a shared e-scooter's fault
#: the faults of ``scooter6`` (a shared e-scooter pulled from service by the fleet's operator, by the workshop's
#: finding)
SCOOT_FAULTS = ("battery cell imbalance", "motor controller failure", "hub motor hall-sensor fault",
                "brake sensor or cable", "water ingress", "firmware or IoT module fault")
SCOOT_ROWS = (420, 320, 340, 400, 300, 360)
#: the faults a fleet's technician confuses from the telemetry (symmetric): cell imbalance against a controller's
#: failure (voltage sag and cut-outs under load) and against water ingress (a wet pack's odd cell voltages and
#: leakage); a controller against the hall sensors (jerky or no drive, speed short of the throttle, motor error
#: codes); the hall sensors against water ingress (a wet connector's intermittent signals) and against the brake
#: sensor (the drive cut: a stuck brake switch cuts the throttle as a lost hall signal does); water ingress against
#: the IoT module (a wet board loses the modem, connectivity gaps); the brake sensor against the firmware (a throttle
#: cut by a software limit reads as a brake held)
SCOOT_NEIGHBOURS = {0: (1, 4), 1: (0, 2), 2: (1, 3, 4), 3: (2, 5), 4: (0, 2, 5), 5: (3, 4)}
