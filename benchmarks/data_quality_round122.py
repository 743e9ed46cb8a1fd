"""Round 122's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account of what the author read, opened and measured follows with the generators.)
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


# ---------------------------------------------------------------------- potato4: a table-potato lot's U.S. grade
#: the 4 classes of ``potato4`` (a lot of fresh table potatoes a packer buys from a grower, by the U.S. grade the
#: inspector sets against the grades' tolerances), the best first: four grades of the United States Standards for
#: Grades of Potatoes (7 CFR 51.1540-51.1566), in their order there (U.S. Extra No. 1 above U.S. No. 1; U.S.
#: Commercial is U.S. No. 1 with more tolerance for dirt, russet scab and rhizoctonia and defects; U.S. No. 2 free
#: only from serious damage, 1 1/2 inch); a lot within none (unclassified, or sold for processing or feed) is left
#: out and dropped from the pool
POTATO_CLASSES = ("U.S. Extra No. 1 (the tightest tolerances, 2 1/4 inch, clean)",
                  "U.S. No. 1 (free from damage, fairly clean, 1 7/8 inch)",
                  "U.S. Commercial (No. 1 with more tolerance: dirt, russet scab, rhizoctonia, defects)",
                  "U.S. No. 2 (free from serious damage, not seriously misshapen, 1 1/2 inch)")
POTATO_ROWS = (480, 640, 560, 460)
#: per grade from U.S. Extra No. 1 to U.S. No. 2, the most of the inspector's sample (% by weight) the grade allows
#: with: external defects (damage as the grade counts it: scab, greening, bruises, cuts, growth cracks), internal
#: defects (hollow heart, internal brown spot, blackspot bruise), under the grade's size, and damaged by dirt; a lot
#: over U.S. No. 2's on any is dropped. The standard's tolerances as the author remembers them (about 5 % for Extra
#: No. 1, 8 % external and 5 % internal for No. 1, 20 % for Commercial, 10 % of serious damage for No. 2, read here as
#: more of plain damage), the size and dirt limits the author's (not checked)
POTATO_LIMITS = np.array([[4.0, 3.0, 3.0, 2.0], [8.0, 5.0, 5.0, 5.0], [20.0, 10.0, 5.0, 15.0],
                          [30.0, 15.0, 10.0, 25.0]])
#: the grade above and below each (a lot near a tolerance is graded one grade up or down by the sample drawn, the
#: inspector's reading of a scab's area or a bruise's depth, a tuber cut or not)
POTATO_NEIGHBOURS = ordinal_neighbours(len(POTATO_CLASSES))
#: what the grade is set from: the label's basis, not columns
POTATO_GRADING = ("the inspector's sample: tubers scored one by one for external and internal defects (cut), "
                  "sized and checked for dirt, the shares by weight against the grades' tolerances",
                  "a sample drawn from the grower's load at the packer's receiving")


# ---------------------------------------------------------------------- raisin4: a natural seedless raisin lot's grade
#: the 4 classes of ``raisin4`` (a lot of natural (sun-dried) seedless raisins a processor buys, by the U.S. grade
#: the inspector sets against the grades' limits), the best first: the United States Standards for Grades of
#: Processed Raisins' grades of natural seedless raisins (7 CFR 52.1841-52.1858), U.S. Grade A, B and C and
#: Substandard (a lot failing Grade C); a lot beyond the processor's own rejection limits (off-grade under the
#: marketing order, sent back to be reconditioned) is left out and dropped from the pool
RAISIN_CLASSES = ("U.S. Grade A (well-matured, at least 80 %; capstems 15 a pound, sugared 5 %)",
                  "U.S. Grade B (reasonably well-matured, at least 70 %; capstems 25, sugared 10 %)",
                  "U.S. Grade C (fairly well-matured, at least 55 %; capstems 35, sugared 15 %)",
                  "Substandard (fails Grade C, within the processor's rejection limits)")
RAISIN_ROWS = (520, 620, 560, 440)
#: per grade from A to Substandard, the limits of the inspector's sample: the least well-matured or reasonably
#: well-matured raisins (% by weight) and the most moisture (%), capstems (a pound), sugared raisins (%), damaged
#: (%), mouldy (%) and substandard development (%); Substandard's row is the processor's rejection limits (a lot
#: beyond any is dropped). A to C as a public table of the standard gives them for the maturity, the moisture, the
#: capstems, the sugared and the substandard development (a mixed-size lot's 1, 2 and 3 %); the damaged and mouldy
#: limits the standard's Sultana table's (2, 3, 5 and 2, 3, 4 %), not found for natural seedless; the rejection row
#: the author's
RAISIN_LIMITS = np.array([[80.0, 18.0, 15.0, 5.0, 2.0, 2.0, 1.0], [70.0, 18.0, 25.0, 10.0, 3.0, 3.0, 2.0],
                          [55.0, 18.0, 35.0, 15.0, 5.0, 4.0, 3.0], [40.0, 19.5, 60.0, 25.0, 9.0, 7.0, 6.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's sorting of a reasonably from a fairly well-matured berry, a sugared berry seen or not)
RAISIN_NEIGHBOURS = ordinal_neighbours(len(RAISIN_CLASSES))
#: what the grade is set from: the label's basis, not columns
RAISIN_GRADING = ("the inspector's sample: berries sorted by maturity and for sugared, damaged, mouldy and "
                  "undeveloped berries, the capstems counted and the moisture measured, against the grades' limits",
                  "a sample drawn from the grower's bins at the processor's receiving")


# ---------------------------------------------------------------------- ventilator6: an ICU ventilator's fault
#: the 6 classes of ``ventilator6`` (an ICU mechanical ventilator a hospital's biomedical engineer takes out of
#: service after alarms or failed checks, by the cause the engineer diagnosed); left out: the control board or
#: software, the inspiratory valve and its pressure transducers, the display or the touch screen, the humidifier
#: and the nebuliser
VENTILATOR_CLASSES = ("flow sensor fault (the expiratory or inspiratory flow sensor: volumes wrong, calibration "
                      "failed)",
                      "oxygen sensor or O2 cell depleted (measured FiO2 off the set, O2 calibration failed)",
                      "exhalation valve leaking or failed (its membrane or seat: leaks, PEEP not held)",
                      "blower or turbine fault (pressure or flow not reached, the turbine hot or noisy)",
                      "gas supply or its regulators (air or O2 inlet pressure low, a regulator or inlet filter)",
                      "battery or power supply fault (switches to battery, short battery time, power alarms)")
VENTILATOR_ROWS = (380, 340, 400, 360, 320, 340)
#: the causes engineers confuse (symmetric): the flow sensor against the O2 cell (both fail the pre-use self-test's
#: calibrations) and the exhalation valve (a leaking valve and a drifting expiratory flow sensor both show as
#: exhaled volumes below the delivered); the O2 cell against the gas supply (an FiO2 off the set: a dead cell or a low
#: O2 inlet pressure); the exhalation valve against the blower (PEEP or pressure not held: leaked out or not
#: delivered); the blower against the gas supply (a turbine ventilator falls back to its blower's air when the wall
#: air is low) and the power supply (a blower drawing too much current, a battery drained by it)
VENTILATOR_NEIGHBOURS = {0: (1, 2), 1: (0, 4), 2: (0, 3), 3: (2, 4, 5), 4: (1, 3), 5: (3,)}


# ---------------------------------------------------------------------- crane6: an overhead bridge crane's fault
#: the 6 classes of ``crane6`` (an overhead bridge crane in a plant that a crane technician is called to because the
#: hoist or the bridge misbehaves, by the cause the technician found); left out: worn festoon or conductor-bar
#: collectors, the control transformer and its fuses, the gearbox, the wire rope or its drum, the runway's alignment
#: and the main-line disconnect
CRANE_CLASSES = ("worn or misadjusted hoist brake (the load drifts or the hook overruns, the brake drags or slips)",
                 "failed contactor or its coil (a motion dead or one way only, the tips burnt or welded)",
                 "limit switch fault (the upper or travel limit stuck open, misadjusted or bypassed)",
                 "pendant or radio remote (a button, its cable or the radio link: motions dead or intermittent)",
                 "motor or its thermal protection tripping (the motor hot, stops after some minutes, restarts)",
                 "variable-frequency drive (drive faults: overcurrent, overvoltage, its brake chopper or settings)")
CRANE_ROWS = (400, 360, 340, 380, 320, 340)
#: the causes technicians confuse (symmetric): the brake against the motor (a dragging brake overheats the motor and
#: trips it) and the drive (a drive's brake release timing and a slipping brake both let the load drift); the
#: contactor against the limit switch (a motion dead one way: the limit opened the circuit or the contactor's coil
#: does not pull in), the pendant (a button's contacts or the contactor's: nothing happens) and the motor (a
#: contactor's burnt tip single-phases the motor: it hums and trips); the limit switch against the pendant (motions
#: stopping at random: a limit's paddle or a cable's broken conductor); the motor against the drive (overcurrent
#: and overload trips)
CRANE_NEIGHBOURS = {0: (4, 5), 1: (2, 3, 4), 2: (1, 3), 3: (1, 2), 4: (0, 1, 5), 5: (0, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"potato4": POTATO_NEIGHBOURS, "raisin4": RAISIN_NEIGHBOURS, "ventilator6": VENTILATOR_NEIGHBOURS,
              "crane6": CRANE_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("potato4", "raisin4")
