"""Round 130's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector. (The account follows with the generators and the measures.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- soybean4: a lot of soybeans' U.S. grade
#: the 4 classes of ``soybean4`` (a truck lot of soybeans an elevator's licensed inspector grades, by the U.S.
#: Standards for Soybeans), the best first: U.S. No. 1 .. U.S. No. 4. U.S. Sample grade (a lot within none of the
#: four numerical grades, or musty, sour, heating, of distinctly low quality) left out: such a lot is not kept
SOYBEAN_CLASSES = ("U.S. No. 1 (test weight at least 56 lb/bu, damaged 2 % (heat 0.2 %), foreign material 1 %, "
                   "splits 10 %, other colours 1 %)",
                   "U.S. No. 2 (at least 54 lb/bu, damaged 3 % (heat 0.5 %), foreign material 2 %, splits 20 %, "
                   "other colours 2 %)",
                   "U.S. No. 3 (at least 52 lb/bu, damaged 5 % (heat 1 %), foreign material 3 %, splits 30 %, "
                   "other colours 5 %)",
                   "U.S. No. 4 (at least 49 lb/bu, damaged 8 % (heat 3 %), foreign material 5 %, splits 40 %, "
                   "other colours 10 %)")
SOYBEAN_ROWS = (480, 640, 560, 460)
#: per grade from No. 1 to No. 4, the inspector's limits on the lot's work sample: the test weight (lb per bushel,
#: negated: the grade's least as a most, so that every factor is held "at most"), the heat-damaged kernels (%), the
#: damaged kernels in total (%, heat damage within them), the foreign material (%), the splits (%) and the soybeans of
#: other colours (%), as the U.S. Standards for Soybeans' table of grade requirements gives them
SOYBEAN_LIMITS = np.array([[-56.0, 0.2, 2.0, 1.0, 10.0, 1.0], [-54.0, 0.5, 3.0, 2.0, 20.0, 2.0],
                           [-52.0, 1.0, 5.0, 3.0, 30.0, 5.0], [-49.0, 3.0, 8.0, 5.0, 40.0, 10.0]])
#: the grade above and below each (a lot near a factor's limit is graded one step up or down by the work sample's
#: divider, the sieve's and the hand-picking's reading of damage, foreign material and splits)
SOYBEAN_NEIGHBOURS = ordinal_neighbours(len(SOYBEAN_CLASSES))
#: what the grade is set from: the label's basis, not columns
SOYBEAN_GRADING = ("the licensed inspector's work sample of the probed truck: the test weight by the bushel "
                   "apparatus, the foreign material through the 8/64 inch round-hole sieve and picked by hand, the "
                   "damaged and heat-damaged kernels, the splits and the other colours picked from a portion, each "
                   "against the grade's limits",
                   "the numerical grade on the inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- cheddar4: a vat of Cheddar's U.S. grade
#: the 4 classes of ``cheddar4`` (a vat of Cheddar cheese a creamery's graders score, by the U.S. grades of Cheddar
#: cheese), the best first: U.S. Grade AA (a fine, highly pleasing flavour, a firm, smooth, compact body, a uniform
#: colour, a sound finish), U.S. Grade A (a pleasing flavour, more variation allowed), U.S. Grade B (a fairly pleasing
#: flavour, definite defects allowed) and U.S. Grade C (a somewhat objectionable flavour, defects to a pronounced
#: degree). A vat under Grade C (no grade) left out: not kept
CHEDDAR_CLASSES = ("U.S. Grade AA (fine, highly pleasing flavour; firm, smooth, compact body; uniform colour; sound "
                   "finish)",
                   "U.S. Grade A (pleasing flavour; a reasonably solid body; fairly uniform colour; good finish)",
                   "U.S. Grade B (fairly pleasing flavour; definite body and texture defects allowed; colour and "
                   "finish fair)",
                   "U.S. Grade C (somewhat objectionable flavour; pronounced body defects; colour or finish poor)")
CHEDDAR_ROWS = (420, 620, 600, 500)
#: per grade from AA to C, the least score (negated, so that each is held "at most") the graders' panel may give a
#: vat's sample in each factor: flavour, body and texture, colour, finish and appearance, each on a 10-point scale
#: (the USDA standard describes each grade in words, by the defects allowed at each degree, "very slight" to
#: "pronounced"; this scale and its lines are the author's reading of a creamery's score card: AA 9.5 flavour and 9 in
#: the rest, A 8.5 and 8, B 7.5 and 7, C 6 and 6), the lowest factor deciding
CHEDDAR_LIMITS = -np.array([[9.5, 9.0, 9.0, 9.0], [8.5, 8.0, 8.0, 8.0], [7.5, 7.0, 7.0, 7.0], [6.0, 6.0, 6.0, 6.0]])
#: the grade above and below each (a vat near a line is graded one step up or down by the grader's plug: the
#: flavour's degree, an opening or a mealy body, a seam)
CHEDDAR_NEIGHBOURS = ordinal_neighbours(len(CHEDDAR_CLASSES))
#: what the grade is set from: the label's basis, not columns
CHEDDAR_GRADING = ("the graders' plugs drawn from the vat's blocks at grading: the flavour and odour, the body and "
                   "texture (openings, curdy, mealy, pasty, short), the colour (seams, mottles, uniformity), the "
                   "finish and appearance of the wrapped block, each scored against the grade's lines",
                   "the grade on the creamery's grading record, the lowest factor deciding")


# ---------------------------------------------------------------------- satellite6: an on-orbit anomaly's subsystem
#: the 6 classes of ``satellite6`` (a satellite operator's on-orbit anomaly, by the subsystem its engineers found at
#: fault); left out: launch failures and the ground segment's faults
SATELLITE_CLASSES = ("electrical power system (solar arrays' strings or drives, batteries' cells, the power "
                     "regulators and the bus)",
                     "attitude determination and control (reaction wheels, gyros, star trackers, sun sensors, "
                     "magnetorquers)",
                     "propulsion (thrusters, valves, tanks and lines, the propellant's pressure)",
                     "communications payload and transponders (amplifiers: TWTAs or SSPAs, receivers, switches, "
                     "antennas)",
                     "thermal control (heaters, thermostats, heat pipes, radiators, insulation)",
                     "on-board computer and its software (the processor's resets, memory upsets, the flight "
                     "software's faults)")
SATELLITE_ROWS = (400, 380, 320, 360, 340, 340)
#: the subsystems engineers confuse (symmetric): the power system against the payload (the payload's amplifiers shed
#: or tripped by an undervoltage: a load or its supply), the thermal control (a battery or a heater: the power and
#: the temperatures move together) and the computer (an undervoltage resets the computer; a computer's fault sheds
#: loads); the attitude control against the propulsion (thrusters hold the attitude and unload the wheels) and the
#: computer (a safe mode entered by the attitude software or by a sensor); the propulsion against the thermal control
#: (lines and valves frozen by a heater's failure); the payload against the thermal control (an amplifier overheating)
SATELLITE_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 5), 2: (1, 4), 3: (0, 4), 4: (0, 2, 3), 5: (0, 1)}


# ---------------------------------------------------------------------- papermill6: a paper machine's web break
#: the 6 classes of ``papermill6`` (a paper machine's web break at a mill, by the cause its engineers found); left
#: out: the stock preparation (the furnish, the broke, the chemicals) and the power supply
PAPERMILL_CLASSES = ("headbox and forming section (the slice's jets, the wire's drainage, holes or streaks formed "
                     "on the wire)",
                     "press section and its felts (felts filled or worn, the press's draws, the sheet picked or "
                     "crushed)",
                     "dryer section and its fabrics (the dryer's draws, steam and condensate, fabrics, the sheet "
                     "stuck or fluttering)",
                     "size press or coater (the film's pickup, the nip, the coating's scratches or streaks)",
                     "calender (the nip's load, a roll's barring or heat, blackening, the sheet cut)",
                     "reel and winder (the reel's tension, the spool's change, the winder's slitters)")
PAPERMILL_ROWS = (420, 380, 360, 320, 300, 360)
#: the causes engineers confuse (symmetric): the headbox and forming against the press (a weak spot formed on the
#: wire opens in the first press's draw) and the dryer section (a light streak from the forming breaks in the dryers'
#: draws, zones downstream); the press against the dryer section (a wet sheet from a filled felt breaks at the first
#: dryer group); the dryer section against the size press (the moisture into the size press, the after-dryers); the
#: size press against the calender (a coated web's streaks cut in the nip); the calender against the reel and winder
#: (the dry end's tension and the reel's draw)
PAPERMILL_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4), 4: (3, 5), 5: (4,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"soybean4": SOYBEAN_NEIGHBOURS, "cheddar4": CHEDDAR_NEIGHBOURS, "satellite6": SATELLITE_NEIGHBOURS,
              "papermill6": PAPERMILL_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("soybean4", "cheddar4")
