"""Round 121's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the class names, rows, neighbour maps and grade limits, committed before any generator exists; the account
of what the author opened, read, assumed and measured follows with the generators.)
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


# ---------------------------------------------------------------------- cardamom4: a small cardamom lot's size grade
#: the 4 classes of ``cardamom4`` (a lot of small (green) cardamom capsules an exporter buys, by the grade the
#: grader's sieve and litre-weight test sets against the grades' limits), the boldest first: four of India's AGMARK
#: grades of Alleppey Green cardamom (Extra Bold, Bold, Superior, Shipment 1; Alleppey Green Light (AGL) and the
#: grades below it, the mixed and the unsized lots left out: such a lot is not one the exporter buys by grade and is
#: dropped from the pool)
CARDAMOM_CLASSES = ("AGEB, Alleppey Green Extra Bold (7 mm sieve, 415 g a litre)",
                    "AGB, Alleppey Green Bold (6 mm sieve, 400 g a litre)",
                    "AGS, Alleppey Green Superior (5 mm sieve, 385 g a litre)",
                    "AGS1, Alleppey Green Shipment 1 (4 mm sieve, 350 g a litre)")
CARDAMOM_ROWS = (440, 640, 620, 440)
#: per grade from AGEB to AGS1, the sieve (round holes, mm) that must hold back at least ``CARDAMOM_RETAINED`` of
#: the sample's capsules and the least weight of a litre of the capsules (g) the grade allows; a lot within no
#: grade's is below AGS1 (dropped). The AGMARK figures as the author remembers them (not found in the pages read)
CARDAMOM_LIMITS = np.array([[7.0, 415.0], [6.0, 400.0], [5.0, 385.0], [4.0, 350.0]])
#: the least share of the sample's capsules the grade's sieve must hold back (the author's reading of "size: not
#: less than 95 % retention" in an exporter's specification, set lower for a grader's lot)
CARDAMOM_RETAINED = 0.9
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: sieve's shaking, the litre measure's filling and the capsules' moisture)
CARDAMOM_NEIGHBOURS = ordinal_neighbours(len(CARDAMOM_CLASSES))
#: what the grade is set from: the label's basis, not columns
CARDAMOM_GRADING = ("the grader's sieve test (the share of a sample's capsules each grade's sieve holds back) and "
                    "litre weight (a litre measure filled with the capsules and weighed) against the grades' limits",
                    "one sample drawn from the lot's bags at the exporter's warehouse")


# ---------------------------------------------------------------------- leather5: a wet-blue hide's selection
#: the 5 classes of ``leather5`` (a wet-blue cattle hide a tannery buys, by the selection grade the supplier's
#: selector sets from the grain defects he reads against the grades' limits), the best first: the trade's selections
#: TR1 to TR5 as many South American wet-blue suppliers name them (the rejects below TR5 and the hides sold by the
#: piece left out: such a hide is dropped from the pool)
LEATHER_CLASSES = ("TR1 (clear grain, at least 92 % of the hide usable, no open defect)",
                   "TR2 (at least 85 % usable, at most 1 hole or cut)",
                   "TR3 (at least 75 % usable, at most 2 holes or cuts)",
                   "TR4 (at least 62 % usable, at most 4 holes or cuts)",
                   "TR5 (at least 50 % usable, at most 6 holes or cuts)")
LEATHER_ROWS = (320, 460, 540, 480, 340)
#: per grade from TR1 to TR5, the least usable area (% of the hide's area clear of grain defects as the selector
#: reads them: scratches, brand marks, tick and other parasite damage, vein marks, the areas around holes) and the
#: most holes and open cuts (count) the grade allows; a hide within no grade's is a reject (dropped). The author's
#: (a Croatian tannery's page gives at least 50 % usable for its 4th class; the others not found)
LEATHER_LIMITS = np.array([[92.0, 0.0], [85.0, 1.0], [75.0, 2.0], [62.0, 4.0], [50.0, 6.0]])
#: the grade above and below each (a hide near a limit is selected one grade up or down by the selector's reading
#: of faint tick marks and healed scratches on the wet grain, the light, a cut counted as a hole or not)
LEATHER_NEIGHBOURS = ordinal_neighbours(len(LEATHER_CLASSES))
#: what the grade is set from: the label's basis, not columns
LEATHER_GRADING = ("the supplier's selector: the hide's grain side read on the selection table, the area spoiled "
                   "by each grain defect and the holes and cuts counted, against the selections' limits",
                   "the selection stamped on the hide's shank")


# ---------------------------------------------------------------------- dialysis6: a haemodialysis machine's fault
#: the 6 classes of ``dialysis6`` (a haemodialysis machine a dialysis unit's biomedical technician takes out of
#: service for alarms or failed treatments, by the cause the technician diagnosed); left out: a water-treatment feed
#: fault, the balancing chamber or ultrafiltration control, the power supply and its battery, the heparin pump, a
#: leaking valve or the hydraulics' tubing, the display and its processor boards
DIALYSIS_CLASSES = ("conductivity fault: the concentrate proportioning pump or the conductivity cell",
                    "blood-leak detector fault or a fouled sensor (false blood-leak alarms)",
                    "pressure transducer or its protector (venous, arterial or TMP pressures wrong or stuck)",
                    "dialysate heater or its temperature sensor (the dialysate too cold, too hot or swinging)",
                    "blood pump: its rotor, rollers or occlusion (flow wrong, the pump stalls or is noisy)",
                    "ultrasonic air detector (air alarms with no air, or its self-test failed)")
DIALYSIS_ROWS = (400, 340, 380, 320, 360, 340)
#: the causes technicians confuse (symmetric): the dialysate side's: the conductivity against the blood-leak
#: detector (bubbles of a poorly mixed bicarbonate concentrate or a weak degassing swing the conductivity and scatter
#: the blood-leak sensor's light) and the heater (the conductivity is read temperature-compensated: a wrong
#: temperature reads as a conductivity alarm); the blood-leak detector against the heater (the degassing's heat:
#: bubbles out of a cold or hot dialysate); the blood side's: the pressure transducer against the blood pump (a
#: wrong occlusion swings the arterial and venous pressures) and the air detector (the venous chamber's level: a wet
#: protector, air in the line); the blood pump against the air detector (a pump drawing air or foam past the
#: detector)
DIALYSIS_NEIGHBOURS = {0: (1, 3), 1: (0, 3), 2: (4, 5), 3: (0, 1), 4: (2, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- autoclave6: a steam steriliser's fault
#: the 6 classes of ``autoclave6`` (a steam steriliser in a hospital's sterile services department that fails cycles
#: or tests, by the cause the technician diagnosed); left out: a blocked chamber drain or its strainer, the door's
#: mechanism and its interlock switches, the air detector, the air filter, a leaking solenoid valve, the safety
#: valve, the printer or recorder
AUTOCLAVE_CLASSES = ("failed door gasket or seal (air drawn in at the door, steam at the door, leak test failed)",
                     "vacuum pump or its water supply (air not removed: Bowie-Dick and leak tests failed, slow vacuum)",
                     "poor steam quality or a failed steam trap (wet or superheated steam, non-condensable gases)",
                     "drifting chamber temperature or pressure sensor (cycles aborted out of band, readings apart)",
                     "failed feed-water pump or steam generator (slow heat-up, low pressure, the generator's faults)",
                     "controller or its software (fault codes, cycles stopped, wrong phases or values)")
AUTOCLAVE_ROWS = (360, 400, 380, 320, 340, 340)
#: the causes technicians confuse (symmetric): the door gasket against the vacuum pump (both fail the leak test and
#: the Bowie-Dick test: air drawn in or not drawn out); the vacuum pump against the steam quality (a failed Bowie-Dick
#: test: air left in the chamber or carried in by the steam); the steam quality against the sensor (superheat or air
#: reads as a temperature out of band) and the feed-water pump or generator (a generator priming or short of water
#: makes wet steam); the sensor against the controller (a reading wrong or a value read wrongly: cycles aborted); the
#: feed-water pump or generator against the controller (the generator's faults shown as the controller's codes)
AUTOCLAVE_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3, 4), 3: (2, 5), 4: (2, 5), 5: (3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"cardamom4": CARDAMOM_NEIGHBOURS, "leather5": LEATHER_NEIGHBOURS, "dialysis6": DIALYSIS_NEIGHBOURS,
              "autoclave6": AUTOCLAVE_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("cardamom4", "leather5")
