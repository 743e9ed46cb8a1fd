"""Round 118's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector. (Docstring completed with the generators.)
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


# ---------------------------------------------------------------------- walnut4: a shelled walnut lot's colour class
#: the 4 classes of ``walnut4`` (a lot of shelled walnut kernels a packer buys, by the colour class its grader sets
#: against the USDA walnut colour chart), the lightest first
WALNUT_CLASSES = ("extra light", "light", "light amber", "amber (not darker than the chart's darkest)")
WALNUT_ROWS = (420, 640, 600, 480)
#: the lowest lightness (the author's L* scale of the kernels' pellicle) the grader's reading of the lot's darker
#: kernels may show in amber's .. extra light's class (the colour class read from the darkest)
WALNUT_LIMITS = (40.0, 46.0, 52.0)
#: the class above and below each (a lot near a chart's edge is read one class up or down by the grader's light, the
#: sample's darkest pieces, the pellicle's darkening in store before the grader sees it)
WALNUT_NEIGHBOURS = ordinal_neighbours(len(WALNUT_CLASSES))
#: what the class is set from: the label's basis, not columns
WALNUT_GRADING = ("the grader's eye: the lot's sample of kernels laid against the colour chart's four panels, the "
                  "class the darkest share of the sample's kernels is not darker than",
                  "the grader's light and eye at a panel's edge, and the sample's draw")


# ---------------------------------------------------------------------- jute5: a raw jute bale's grade
#: the 5 classes of ``jute5`` (a bale of raw tossa jute a mill buys, by the grade its selector sets by hand and eye),
#: the best first
JUTE_CLASSES = ("TD-2 (strong, fine, good colour and lustre, few defects, little root)",
                "TD-3 (strong, good colour, some specks)",
                "TD-4 (sound strength, average colour and lustre, some root and specks)",
                "TD-5 (average strength, any colour, root, specks and bark)",
                "TD-6 (weak or coarse, dark, much root, bark and hard centres)")
JUTE_ROWS = (300, 480, 560, 460, 340)
#: per grade from TD-2 to TD-5, the lowest quality score (the author's 0-100 scale of the selector's judgement of
#: strength, fineness, colour and lustre) and the most root content (% by weight) and specks and defects (per 100 g)
#: the selector lets pass; a bale below TD-5's is TD-6. The author's, not a public table's
JUTE_LIMITS = np.array([[70.0, 8.0, 6.0], [58.0, 12.0, 12.0], [46.0, 18.0, 20.0], [34.0, 26.0, 32.0]])
#: the grade above and below each (a bale near an edge is graded one step up or down by the selector's hands on a few
#: reeds, the light in the godown, the bale's root ends cut or not)
JUTE_NEIGHBOURS = ordinal_neighbours(len(JUTE_CLASSES))
#: what the grade is set from: the label's basis, not columns
JUTE_GRADING = ("the selector's hand and eye on reeds drawn from the bale: strength by snapping, fineness and "
                "softness by feel, colour and lustre by eye, root ends, specks, bark and knots by count",
                "the selector's day, the reeds drawn, the godown's light")


# ---------------------------------------------------------------------- espressorepair6: a café espresso machine's fault
#: the 6 classes of ``espressorepair6`` (a commercial espresso machine a café equipment technician visits because the
#: coffee is cold or slow or the machine leaks or stops, by the cause the technician diagnosed)
ESPRESSO_CLASSES = ("scale in the boiler or heat exchanger (slow recovery, cold shots, blocked jets and gicleurs)",
                    "failed heating element, thermostat or pressurestat (no or low boiler pressure, cold)",
                    "failing pump or its motor (low brew pressure, slow or no flow, noise)",
                    "stuck or leaking solenoid valve (the group drips, no flow, the boiler overfills)",
                    "worn group-head gasket or blocked shower screen (leaks at the portafilter, slow, uneven)",
                    "failed flowmeter or control board (dosing errors, stops, a relay not driven)")
ESPRESSO_ROWS = (460, 400, 340, 300, 380, 260)
#: the causes technicians confuse (symmetric): scale against the element (both cold: scale insulates the element and
#: burns it out), the solenoid (scale flakes jam it) and the screen (both slow the shot); the element against the
#: board (the board's relay drives it, the same heater error); the pump against the solenoid (both no or slow flow),
#: the screen (both slow) and the flowmeter (a weak pump sends too few pulses: a flowmeter error); the solenoid
#: against the gasket (both drip or leak at the group)
ESPRESSO_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 5), 2: (3, 4, 5), 3: (0, 2, 4), 4: (0, 2, 3), 5: (1, 2)}


# ---------------------------------------------------------------------- excavator6: a hydraulic excavator's fault
#: the 6 classes of ``excavator6`` (a hydraulic excavator a plant-hire workshop repairs because it is slow, weak or
#: jerky, by the cause the mechanic diagnosed)
EXCAVATOR_CLASSES = ("worn main hydraulic pump (low flow and pressure on every function, worse when hot)",
                     "failing main or port relief valve (weak at full load, one function or all, heat)",
                     "leaking boom or arm cylinder seal (the boom or arm drifts down, weak on one function)",
                     "contaminated oil or a clogged filter or strainer (slow, hot, noisy, a filter warning)",
                     "failing pilot system or joystick valve (jerky, slow or no response, low pilot pressure)",
                     "failing engine speed control or low engine power (bogs down, slow on every function)")
EXCAVATOR_ROWS = (420, 340, 400, 380, 300, 300)
#: the causes mechanics confuse (symmetric): the worn pump against the relief valve (both low pressure at the
#: relief), contaminated oil (dirt wears the pump, a starved pump cavitates) and the engine (both slow on every
#: function); the relief valve against the cylinder (a leaking port relief lets one function sag as a seal does);
#: the cylinder against contaminated oil (dirt scores the seals); contaminated oil against the pilot system (dirt
#: sticks the pilot spools: jerky); the pilot system against the engine (a weak pilot pump on the engine's speed)
EXCAVATOR_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2), 2: (1, 3), 3: (0, 2, 4), 4: (3, 5), 5: (0, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"walnut4": WALNUT_NEIGHBOURS, "jute5": JUTE_NEIGHBOURS, "espressorepair6": ESPRESSO_NEIGHBOURS,
              "excavator6": EXCAVATOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("walnut4", "jute5")
