"""Round 123's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Account in progress: this commit holds each set's classes, rows, neighbour map and grade limits, before any
generator was written or ran.)
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


# ---------------------------------------------------------------------- pistachio4: an in-shell pistachio lot's grade
#: the 4 classes of ``pistachio4`` (a lot of in-shell pistachios a processor buys from a grower, by the U.S. grade the
#: inspector sets against the grades' tolerances), the best first: the four grades of the United States Standards for
#: Grades of Pistachio Nuts in the Shell (7 CFR 51.2540-51.2549), in their order there (U.S. Fancy, U.S. Extra No. 1,
#: U.S. No. 1, U.S. Select: one set of requirements, 51.2541, the grades parted only by the tolerances of 51.2544); a
#: lot within none (no grade: sold as off-grade, artificially opened or for shelling) is left out and dropped
PISTACHIO_CLASSES = ("U.S. Fancy (the tightest tolerances)",
                     "U.S. Extra No. 1",
                     "U.S. No. 1",
                     "U.S. Select (the widest tolerances)")
PISTACHIO_ROWS = (500, 620, 580, 440)
#: per grade from U.S. Fancy to U.S. Select, the most of the inspector's sample the grade allows (% by count unless
#: said) of: non-split shells and shells not split on the suture, shells damaged by adhering hull material, shells
#: damaged by dark stain, other external (shell) defects (light stain, broken shells), internal (kernel) defects
#: (immature, spotting, insect damage, mould, rancidity, decay), nuts under the 30/64 inch round-hole screen, and
#: foreign material, loose kernels and shell pieces (% by weight); a lot over U.S. Select's on any is dropped. The
#: standard's tolerances as the author remembers them (the table of 51.2544 was not in the sources read: not checked)
PISTACHIO_LIMITS = np.array([[4.0, 2.0, 2.0, 4.0, 3.0, 5.0, 0.25], [6.0, 3.0, 3.0, 6.0, 4.0, 5.0, 0.25],
                             [10.0, 4.0, 3.0, 8.0, 5.0, 5.0, 0.5], [14.0, 6.0, 5.0, 12.0, 7.0, 8.0, 1.0]])
#: the grade above and below each (a lot near a tolerance is graded one grade up or down by the sample drawn, the
#: inspector's reading of a stain's extent or a hull's adherence, a kernel cut or not)
PISTACHIO_NEIGHBOURS = ordinal_neighbours(len(PISTACHIO_CLASSES))
#: what the grade is set from: the label's basis, not columns
PISTACHIO_GRADING = ("the inspector's sample: nuts counted one by one for non-split shells, adhering hull, stains and "
                     "other shell defects, kernels cut for internal defects, screened for size, foreign material "
                     "weighed, the shares against the grades' tolerances",
                     "a sample drawn from the dried lot at the processor's receiving")


# ---------------------------------------------------------------------- peach4: a fresh peach lot's U.S. grade
#: the 4 classes of ``peach4`` (a lot of fresh peaches a packer sells, by the U.S. grade the inspector sets against the
#: grades' requirements and tolerances), the best first: the four grades of the United States Standards for Grades of
#: Peaches (7 CFR 51.1210-51.1223), in their order there (U.S. Fancy: well formed, free from scars, hail injury, scab
#: and split pits, each peach at least a third of its surface blushed; U.S. Extra No. 1: No. 1 with at least half the
#: peaches a quarter blushed; U.S. No. 1: free from damage; U.S. No. 2: free from serious damage); a lot within none
#: (unclassified, or culls sent for processing) is left out and dropped
PEACH_CLASSES = ("U.S. Fancy (free from scars and split pits, each peach a third blushed)",
                 "U.S. Extra No. 1 (No. 1, half the peaches a quarter blushed)",
                 "U.S. No. 1 (mature, not soft, well formed, free from damage)",
                 "U.S. No. 2 (mature, not badly misshapen, free from serious damage)")
PEACH_ROWS = (460, 600, 620, 460)
#: per grade from U.S. Fancy to U.S. No. 2, the limits of the inspector's sample (% by count): the most peaches failing
#: the grade's own defect requirements (any scar, hail mark, scab or split pit for Fancy; damage for Extra No. 1 and No.
#: 1; serious damage for No. 2; immature peaches fail all), the most peaches short of the grade's blush (a third of
#: the surface for Fancy, a quarter for Extra No. 1, none asked below), the most with very serious damage (soft or
#: overripe, deep bruises, worms) and the most decayed. The 10 %, 5 % and 1 % the author's memory of the stone
#: fruits' tolerances at shipping point (the plums' and nectarines' read in public excerpts have that form, the
#: peaches' section was not read); the colour rows from the grades' text (Fancy's "each peach" read with the 10 %
#: tolerance, Extra No. 1's half)
PEACH_LIMITS = np.array([[10.0, 10.0, 5.0, 1.0], [10.0, 50.0, 5.0, 1.0], [10.0, 100.0, 5.0, 1.0],
                         [10.0, 100.0, 5.0, 1.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's reading of a blush's extent, a scar's area or a bruise's depth)
PEACH_NEIGHBOURS = ordinal_neighbours(len(PEACH_CLASSES))
#: what the grade is set from: the label's basis, not columns
PEACH_GRADING = ("the inspector's sample: peaches scored one by one for blush, shape, scars, hail marks, scab, split "
                 "pits, bruises, softness and decay at the grade's level (damage, serious damage), the shares "
                 "against the grade's tolerances",
                 "a sample drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- infusion6: a volumetric infusion pump's fault
#: the 6 classes of ``infusion6`` (a volumetric (large-volume) infusion pump a hospital's biomedical engineer takes out
#: of service after alarms or failed checks, by the cause the engineer diagnosed); left out: the software or its drug
#: library, the audible alarm's speaker, the communication (wireless or nurse-call) module and the pole clamp or case
#: broken without another fault
INFUSION_CLASSES = ("occlusion or pressure sensor fault (the downstream or upstream pressure sensor drifted: false "
                    "or late occlusion alarms)",
                    "air-in-line detector fault (the ultrasonic detector dirty or failed: false or missed air alarms)",
                    "door or latch mechanism (the door, its latch, its switch or the set's clamp: door-open and "
                    "set-not-loaded alarms)",
                    "pumping mechanism or its motor (the peristaltic fingers, cam, motor or encoder: flow wrong, "
                    "noisy, stalls)",
                    "battery or power supply (short battery time, will not charge, mains or power alarms)",
                    "keypad or display (keys stuck, bouncing or dead, the display dim or missing segments)")
INFUSION_ROWS = (360, 380, 340, 400, 320, 340)
#: the causes engineers confuse (symmetric): the occlusion sensor against the door or latch (a set badly seated under
#: a worn door presses on the sensor: occlusion alarms) and the pumping mechanism (a worn mechanism's flow error and
#: pressure pulses against a drifted sensor's); the air-in-line detector against the door or latch (a set not seated
#: in the detector's channel: air alarms); the door or latch against the keypad or display (the front housing: a
#: dropped pump cracks both); the pumping mechanism against the battery or power supply (a stalling motor drains the
#: battery, a weak supply stalls the motor); the battery or power supply against the keypad or display (a display
#: that dims or resets on a sagging supply)
INFUSION_NEIGHBOURS = {0: (2, 3), 1: (2,), 2: (0, 1, 5), 3: (0, 4), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- compressor6: a rotary-screw compressor's fault
#: the 6 classes of ``compressor6`` (an oil-injected rotary-screw air compressor in a plant that a compressor
#: technician is called to because of trips, low pressure or high temperature, by the cause the technician found);
#: left out: the motor or its starter, a drive belt or coupling, the air intake filter, the blow-down or loading
#: solenoid valve, the airend's bearings and the condensate drains
COMPRESSOR_CLASSES = ("fouled oil or air cooler (fins blocked, the cooling fan's air or the water side fouled: high "
                      "temperature)",
                      "thermostatic (oil temperature control) valve stuck (the oil bypasses the cooler: high "
                      "temperature)",
                      "failed inlet valve (the unloader stuck or its seal: low capacity, will not load or unload)",
                      "minimum-pressure valve (stuck open or closed: slow pressure build-up, oil carry-over at start)",
                      "clogged oil separator (high separator pressure drop, oil carry-over, high current)",
                      "pressure transducer or temperature sensor fault (readings off the reference: false trips)")
COMPRESSOR_ROWS = (380, 340, 400, 320, 360, 340)
#: the causes technicians confuse (symmetric): the cooler against the thermostatic valve (both trip on high
#: temperature: a fouled cooler or oil that never reaches it), the clogged separator (a raised discharge pressure and
#: temperature) and a sensor (a drifted temperature probe trips on a temperature the airend does not have); the inlet
#: valve against the minimum-pressure valve (low delivered pressure, a slow build-up on loading) and a pressure
#: transducer (a misreading one loads and unloads at the wrong pressures); the minimum-pressure valve against the
#: separator (oil carried into the air lines, the pressure lost across the separator and the valve)
COMPRESSOR_NEIGHBOURS = {0: (1, 4, 5), 1: (0,), 2: (3, 5), 3: (2, 4), 4: (0, 3), 5: (0, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"pistachio4": PISTACHIO_NEIGHBOURS, "peach4": PEACH_NEIGHBOURS, "infusion6": INFUSION_NEIGHBOURS,
              "compressor6": COMPRESSOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("pistachio4", "peach4")
