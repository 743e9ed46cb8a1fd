"""Round 67's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Docstring to be completed: this commit holds the classes, rows, limits and neighbour maps only, before any
generator is written or runs.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- graf4: an infant's hip by the Graf method
#: the 4 classes of ``graf4`` (an infant at a selective hip ultrasound screening clinic, by the Graf type of its
#: worse hip, read from the alpha angle the sonographer measured on the standard coronal plane), mature first
GRAF_CLASSES = ("type I, mature (alpha 60 degrees or more)",
                "type IIa or IIb, immature or delayed ossification (alpha 50-59 degrees)",
                "type IIc or D, critical or decentring (alpha 43-49 degrees)",
                "type III or IV, decentred (alpha under 43 degrees)")
GRAF_ROWS = (760, 640, 440, 300)
#: the type above and below each class
GRAF_NEIGHBOURS = ordinal_neighbours(len(GRAF_CLASSES))
#: the limits (degrees, the alpha angle read to the degree): 60 the mature hip's least angle, 50 the least of type
#: II, 43 the least of types IIc and D (Graf's table; the beta angle and the infant's age split the subtypes within a
#: class and do not move a hip across these limits); a hip's class is the number of limits its alpha falls under
GRAF_LIMITS = (60.0, 50.0, 43.0)


# ---------------------------------------------------------------------- cuttest5: a cocoa lot's fermentation
#: the 5 classes of ``cuttest5`` (a lot of fermented and dried cocoa beans at an exporter's laboratory, by the share
#: of fully brown beans among the 300 beans cut lengthwise in its cut test), the best fermented first
CUTTEST_CLASSES = ("well fermented (85 % or more fully brown)", "fairly fermented (65-84 % fully brown)",
                   "partly fermented (45-64 % fully brown, the rest mostly purple-brown)",
                   "under-fermented (20-44 % fully brown, mostly purple)",
                   "unfermented (under 20 % fully brown: purple and slaty)")
CUTTEST_ROWS = (560, 500, 420, 360, 300)
#: the grade above and below each class
CUTTEST_NEIGHBOURS = ordinal_neighbours(len(CUTTEST_CLASSES))
#: the limits (% of the 300 cut beans fully brown): 85 the trade's "well fermented" lot (more than 17 of 20 beans
#: not purple), then 65, 45 and 20 (the author's steps between it and a lot of mostly slaty and purple beans); a
#: lot's class is the number of limits its brown share falls under
CUTTEST_LIMITS = (85.0, 65.0, 45.0, 20.0)


# ---------------------------------------------------------------------- sludge6: an activated-sludge upset
#: the 6 classes of ``sludge6`` (an upset of the activated-sludge process at a municipal wastewater plant, by the
#: cause the operator and the plant's microscopist diagnosed)
SLUDGE_CAUSES = ("filamentous bulking", "viscous (non-filamentous) bulking", "filamentous foaming",
                 "pin floc or dispersed growth", "toxic shock (loss of nitrification)", "hydraulic washout")
SLUDGE_ROWS = (520, 300, 380, 320, 260, 360)
#: the causes operators confuse from the plant's records (symmetric): filamentous bulking against viscous bulking
#: (both a high SVI and a rising blanket; only the microscope and an India ink stain tell filaments from slime),
#: against foaming (Microthrix and Nocardia bulk and foam at once, in cold water at a long sludge age) and against a
#: hydraulic washout (a bulking blanket is lost over the weirs at the first high flow, and a washout's blanket looks
#: like bulking); viscous bulking against a toxic shock (an industrial discharge brings both the nutrient-poor load
#: and the poison); foaming against pin floc (both at a long sludge age and a low F/M); pin floc against a toxic
#: shock (a toxin breaks the floc into a turbid, dispersed effluent) and against a washout (a turbid effluent full of
#: fine solids either way)
SLUDGE_NEIGHBOURS = {0: (1, 2, 5), 1: (0, 4), 2: (0, 3), 3: (2, 4, 5), 4: (1, 3), 5: (0, 3)}


# ---------------------------------------------------------------------- roadside6: a roadside call's cause
#: the 6 classes of ``roadside6`` (a motor club's roadside assistance call, by the cause its patrol found)
ROADSIDE_CAUSES = ("flat or failed battery", "tyre (puncture or flat)", "lock-out or key fault",
                   "out of fuel or wrong fuel", "engine or cooling fault (overheating)",
                   "alternator or starter fault")
ROADSIDE_ROWS = (640, 420, 260, 200, 300, 320)
#: the causes the call and the vehicle's records leave confused (symmetric): a battery against a lock-out (a flat
#: battery leaves the central locking and a keyless fob dead, and the caller reports a car that will not open) and
#: against the alternator or starter (a car that will not start either way, and a dead alternator flattens the
#: battery: the jump start tells them apart, not the call); a tyre against a lock-out (both on newer cars with
#: keyless entry and no spare wheel) and against running out of fuel (both strike on the move, on a long trip on a
#: main road); running out of fuel against an engine fault (an engine that cut out on the move, a warning light);
#: an engine or cooling fault against the alternator or starter (older cars, warning lights, and the alternator's
#: belt drives the water pump)
ROADSIDE_NEIGHBOURS = {0: (2, 5), 1: (2, 3), 2: (0, 1), 3: (1, 4), 4: (3, 5), 5: (0, 4)}
