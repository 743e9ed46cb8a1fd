"""Round 120's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the class names, rows, neighbour maps and grade limits, committed before any generator exists; the account
follows with the generators.)
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


# ---------------------------------------------------------------------- oyster4: a shucked oyster lot's size grade
#: the 4 classes of ``oyster4`` (a lot of shucked eastern oysters a packing house sells, by the size grade the
#: grader's count of meats per gallon sets against the trade's limits), the largest first: four of the five US trade
#: grades (Very Small, over 500 meats a gallon, left out: such a lot is not one the packer sells by grade and is
#: dropped from the pool)
OYSTER_CLASSES = ("Counts (160 meats a gallon or fewer)", "Extra Selects (161-210 a gallon)",
                  "Selects (211-300 a gallon)", "Standards (301-500 a gallon)")
OYSTER_ROWS = (420, 640, 620, 460)
#: the most meats a gallon the grader's count may show for Counts, Extra Selects, Selects and Standards (a lot over
#: Standards' is Very Small: dropped); the trade's numbers as one scheme of the pages gives them (another gives 160,
#: 189, 239 and 400)
OYSTER_LIMITS = (160.0, 210.0, 300.0, 500.0)
#: the grade above and below each (a lot near a limit is counted one grade up or down by the gallon the grader
#: drains and counts, the meats' spread within the lot, the liquor left on them)
OYSTER_NEIGHBOURS = ordinal_neighbours(len(OYSTER_CLASSES))
#: what the grade is set from: the label's basis, not columns
OYSTER_GRADING = ("the grader's count of the drained meats in one gallon of the lot against the grades' limits",
                  "one gallon drawn from the lot's tanks after washing and blowing, drained on the skimmer")


# ---------------------------------------------------------------------- cork5: a natural cork stopper batch's grade
#: the 5 classes of ``cork5`` (a batch of natural cork stoppers a winery buys, by the visual grade the supplier's
#: camera sorter sets from the stoppers' lenticels and defects against the grades' limits), the best first: five of
#: the trade's visual scale (Flor, hand-picked above Extra, and the grades below 3rd left out: such a batch is not
#: one of the winery's and is dropped from the pool)
CORK_CLASSES = ("Extra (few small lenticels, no defects)", "Superior", "1st", "2nd",
                "3rd (many and larger lenticels, some defects within 3rd's limits)")
CORK_ROWS = (300, 480, 560, 460, 340)
#: per grade from Extra to 3rd, the most surface porosity (the lenticels' share of the stoppers' lateral surface and
#: tops, %, the batch's mean as the camera reads it) and the most stoppers with a visual defect (a crack, an insect
#: gallery, green wood, a belly or back defect; % of the batch) the grade allows; a batch within no grade's is below
#: 3rd (dropped). The author's, not a supplier's table
CORK_LIMITS = np.array([[2.2, 1.0], [3.0, 2.0], [4.0, 3.5], [5.2, 5.5], [6.8, 8.0]])
#: the grade above and below each (a batch near a limit is sorted one grade up or down by the camera's lighting,
#: the side of the stopper it sees, a defect counted or not)
CORK_NEIGHBOURS = ordinal_neighbours(len(CORK_CLASSES))
#: what the grade is set from: the label's basis, not columns
CORK_GRADING = ("the supplier's camera sorter: every stopper's lateral surface and tops imaged, the lenticels' area "
                "and the visual defects counted, the batch's mean porosity and defect share against the limits",
                "the sorter's reading of the batch as the supplier's certificate gives it")


# ---------------------------------------------------------------------- atm6: an ATM's fault
#: the 6 classes of ``atm6`` (an automated teller machine a field engineer visits because it is out of service or
#: dispenses wrongly, by the cause the engineer diagnosed); left out: the encrypting PIN pad, the power supply and
#: UPS, the fascia and its display, the deposit module, the journal printer, the safe's lock and vandalism
ATM_CLASSES = ("cash dispenser pick failures (worn pick rollers or feed, unfit notes: rejects, short dispense)",
               "note jam in the dispenser's transport or presenter (notes stuck between the cassette and the shutter)",
               "card reader fault (dirty or worn head, a shutter or its motor, cards not read or retained)",
               "receipt printer fault (paper path, cutter, thermal head: no receipt, the machine goes out of service)",
               "communications or host fault (the line, the router, the host's switch: offline, timeouts)",
               "PC core or its software (disk, memory, the XFS layer, the application: hangs, reboots, devices lost)")
ATM_ROWS = (400, 360, 380, 320, 380, 300)
#: the causes engineers confuse (symmetric): the pick failures against the note jam (both the dispenser's errors; a
#: double pick jams the transport) and the PC core (a wrong denomination in the software's cassette table, a
#: dispenser lost by its driver); the card reader against the communications (a card the host declines looks like a
#: card not read) and the PC core (a reader lost on the bus); the printer against the PC core (a printer lost by its
#: driver: out of service, no printer fault found); the communications against the PC core (a hung application
#: looks like a machine offline)
ATM_NEIGHBOURS = {0: (1, 5), 1: (0,), 2: (4, 5), 3: (5,), 4: (2, 5), 5: (0, 2, 3, 4)}


# ---------------------------------------------------------------------- incubator6: a neonatal incubator's fault
#: the 6 classes of ``incubator6`` (a neonatal incubator a hospital's biomedical engineer takes in because of alarms
#: or wrong air temperature or humidity, by the cause the engineer diagnosed); left out: the air temperature sensor,
#: the oxygen sensor and its servo, the power supply, the mattress tray and its tilt, the scale
INCUBATOR_CLASSES = ("failed heater or its thermal cut-out (slow or no warm-up, an air temperature alarm)",
                     "failing fan or its motor (an air flow alarm, noise, uneven air, the cut-out trips)",
                     "faulty skin-temperature probe or its cable (skin mode swings, a probe alarm, an offset)",
                     "humidity system: reservoir, humidifier heater or sensor (humidity short of its set point)",
                     "worn door or porthole seals and gaskets (heat and humidity lost, slow recovery, swings)",
                     "failed control board or display (error codes, dead keys, the heater driven wrongly)")
INCUBATOR_ROWS = (380, 320, 420, 340, 360, 320)
#: the causes engineers confuse (symmetric): the heater against the fan (no air moved: the heater's cut-out trips,
#: a slow warm-up), the humidity system (the humidifier's own heater) and the board (its heater drive); the fan
#: against the seals (uneven air, a slow recovery); the skin probe against the seals (a leaking porthole cools the
#: baby: skin mode swings) and the board (the probe's input circuit); the humidity system against the seals
#: (humidity lost through a leak)
INCUBATOR_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 4), 2: (4, 5), 3: (0, 4), 4: (1, 2, 3), 5: (0, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"oyster4": OYSTER_NEIGHBOURS, "cork5": CORK_NEIGHBOURS, "atm6": ATM_NEIGHBOURS,
              "incubator6": INCUBATOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("oyster4", "cork5")
