"""Round 115's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The full account is written when the generators are; this commit holds the neighbour maps, classes, rows and limits
only, committed before any generator was written or ran.)
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


# ---------------------------------------------------------------------- cashew5: a cashew kernel lot's grade
#: the 5 classes of ``cashew5`` (a lot of peeled cashew kernels at a processor, by the grade the export grader gives it
#: after sorting a sample by eye), the dearest first
CASHEW_CLASSES = ("white wholes W240 (white or pale ivory whole kernels, 220-240 a pound)",
                  "white wholes W320 (white whole kernels, 300-320 a pound)",
                  "scorched wholes SW (whole kernels slightly scorched in roasting or drying, not sized)",
                  "white pieces (white butts, splits and pieces: the lot mostly broken)",
                  "rejects and dessert grade (deeply scorched, spotted, insect-damaged or scorched pieces)")
CASHEW_ROWS = (360, 560, 440, 420, 360)
#: the grader's limits on its eyed sample: the whole kernels' count a pound (at most, for W240), the scorched kernels'
#: share (%, at most, for white grades), the broken kernels' share (%, at most, for wholes) and the spotted, dessert
#: or insect-damaged kernels' share (%, at most, short of rejects and dessert). A lot is graded down by the worst
#: test it fails: defective over the last limit, or scorched and broken together, rejects and dessert; broken, white
#: pieces; scorched, SW; a count over the first, W320; else W240. The count limit falls between the trade's W240 and
#: W320 sizes; the shares are the author's (the trade's tables give 5 % broken and 5-7.5 % lower grades per grade)
CASHEW_LIMITS = (270.0, 10.0, 25.0, 8.0)
#: the grade above and below each (a lot near a limit is graded one step up or down by the grader's sample and eye: a
#: count near 270 read as W240 or W320, a lightly scorched lot's shade read as white or SW, a scorched lot's broken
#: share read as wholes or pieces, a broken lot's spotted kernels read as pieces or rejects)
CASHEW_NEIGHBOURS = ordinal_neighbours(len(CASHEW_CLASSES))
#: what the grade is set from: the label's basis, not columns
CASHEW_GRADING = ("the grader's sort of a sample of 200 kernels by eye into wholes and broken, white and scorched, "
                  "spotted and dessert, and the wholes' count a pound",
                  "the grader's eye at a kernel's shade, a small break, a faint spot; the sample's draw")


# ---------------------------------------------------------------------- hazelnut4: an in-shell hazelnut lot's class
#: the 4 classes of ``hazelnut4`` (a lot of in-shell hazelnuts delivered to a cracker's receiving station, by the class
#: the receiving inspector sets after a crack-out sample), the best first
HAZELNUT_CLASSES = ("Extra class (defective nuts 10 % or fewer, blank or undeveloped 6 %, mouldy, rancid or pest 3 %)",
                    "Class I (15 %, 9 %, 5 %)",
                    "Class II (20 %, 12 %, 6 %)",
                    "out of grade (over Class II's tolerances: sold for oil or cracked and resorted at a discount)")
HAZELNUT_ROWS = (560, 720, 500, 360)
#: per class, the most the inspector's crack-out (nuts by count, %) may show: all defective nuts (blank, shrivelled or
#: undeveloped, mouldy, rancid, insect-damaged together), blank or undeveloped (with shrivelled), and mouldy, rancid
#: or pest-damaged (together); as the UNECE in-shell standard's quality tolerances give them (the public pages' table)
HAZELNUT_LIMITS = np.array([[10.0, 6.0, 3.0], [15.0, 9.0, 5.0], [20.0, 12.0, 6.0]])
#: the inspector's crack-out sample (nuts): the author's, not checked
HAZELNUT_SAMPLE = 250
#: the class above and below each (a lot near a tolerance is classed one step up or down by the nuts the inspector
#: cracks, a faintly rancid kernel's taste, a shrivelled kernel read as undeveloped or not)
HAZELNUT_NEIGHBOURS = ordinal_neighbours(len(HAZELNUT_CLASSES))
#: what the class is set from: the label's basis, not columns
HAZELNUT_GRADING = ("the inspector's crack-out: nuts drawn from the lot's bags, cracked and counted blank, shrivelled, "
                    "mouldy, insect-damaged and rancid (tasted where oily) against the class tolerances",
                    "the inspector's eye and palate at a half-filled or faintly rancid kernel, and the sample's draw")


# ---------------------------------------------------------------------- heatpump6: an air-source heat pump's fault
#: the 6 classes of ``heatpump6`` (a domestic air-source heat pump an HVAC technician visits because the house is cold
#: or the unit trips, by the cause the technician diagnosed; measured in heating mode)
HEATPUMP_CLASSES = ("refrigerant leak or low charge (low suction, high superheat, low subcooling)",
                    "failed compressor or its run capacitor (high current or trips, weak pumping: high suction, low "
                    "head)",
                    "failing outdoor fan motor or its capacitor (the coil starved of air and iced, high head in "
                    "cooling)",
                    "stuck or bleeding reversing valve (hot gas bypassing: high suction, low head, no heat or no "
                    "defrost)",
                    "faulty defrost sensor or control board (the outdoor coil never or always defrosted, iced)",
                    "failed or restricted expansion valve (low suction, high superheat, high subcooling)")
HEATPUMP_ROWS = (460, 400, 300, 320, 360, 300)
#: the causes technicians confuse (symmetric): a leak against a restricted expansion valve (both starve the coil: low
#: suction, high superheat; only the subcooling parts them), the compressor (a short-charged compressor overheats and
#: trips on its overload) and the defrost control (a low charge ices the coil unevenly); the compressor against the
#: reversing valve (a bleeding valve and weak compressor valves both read high suction and low head: the trade's own
#: warning) and the fan motor (a shared dual run capacitor; a stalled fan trips the compressor); the fan motor against
#: the defrost control (both leave an iced coil); the reversing valve against the defrost control (a valve that will
#: not shift never defrosts; a board that never energises it looks stuck)
HEATPUMP_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 2, 3), 2: (1, 4), 3: (1, 4), 4: (0, 2, 3), 5: (0,)}


# ---------------------------------------------------------------------- tractor6: a farm tractor's fault
#: the 6 classes of ``tractor6`` (a diesel farm tractor a dealer's workshop repairs because it loses power or smokes, by
#: the cause the mechanic diagnosed)
TRACTOR_CLASSES = ("clogged fuel filters or water in the fuel (low rail pressure, starving under load)",
                   "failing injection pump or injectors (low or uneven rail pressure, black smoke, misfire)",
                   "failing turbocharger (low boost, hot exhaust, oil past its seals, whine)",
                   "clogged air filter or an intake leak (low boost, black smoke, hot exhaust)",
                   "failing EGR valve or a blocked DPF (derate codes, soot, back pressure)",
                   "worn piston rings or low compression (blow-by, oil use, blue smoke, hard starting)")
TRACTOR_ROWS = (420, 380, 360, 400, 300, 280)
#: the causes mechanics confuse (symmetric): fuel filters against the injection pump (both low rail pressure and power
#: lost under load; water in the fuel wears the pump); the injectors against the EGR or DPF (both soot: a dribbling
#: injector loads the DPF) and worn rings (both smoke and misfire, a washed bore); the turbocharger against the air
#: filter or an intake leak (both low boost, black smoke, hot exhaust), the EGR or DPF (a stuck EGR or a blocked DPF
#: robs the turbine: low boost) and worn rings (both oil in the intake and blue smoke, oil used); the air filter
#: against the EGR (both starve the engine of fresh air, the same air-mass code)
TRACTOR_NEIGHBOURS = {0: (1,), 1: (0, 4, 5), 2: (3, 4, 5), 3: (2, 4), 4: (1, 2, 3), 5: (1, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"cashew5": CASHEW_NEIGHBOURS, "hazelnut4": HAZELNUT_NEIGHBOURS, "heatpump6": HEATPUMP_NEIGHBOURS,
              "tractor6": TRACTOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("cashew5", "hazelnut4")
