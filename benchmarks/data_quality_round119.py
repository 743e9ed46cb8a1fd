"""Round 119's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Work in progress: the classes, rows, neighbour maps and grade limits are committed first, before any generator
exists or runs; the generators, the measures and the full account follow in later commits.)
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


# ---------------------------------------------------------------------- cotton5: an upland cotton bale's colour grade
#: the 5 classes of ``cotton5`` (a bale of upland cotton a merchant buys from a gin, by the colour grade the classing
#: office's HVI colorimeter reads from its Rd and +b against the chart of the white colour group), the best first:
#: five of the chart's seven white grades (Strict Good Ordinary 61 and Good Ordinary 71 left out: a bale below Low
#: Middling, or off the white group, is not one of the merchant's and is dropped from the pool)
COTTON_CLASSES = ("Good Middling (11)", "Strict Middling (21)", "Middling (31)", "Strict Low Middling (41)",
                  "Low Middling (51)")
COTTON_ROWS = (300, 520, 560, 440, 320)
#: the lowest Rd (reflectance, %) the classing office's reading may show at +b 8.5 for Good Middling .. Strict Low
#: Middling (a bale below Strict Low Middling's is Low Middling down to ``COTTON_FLOOR``); each +b unit above 8.5
#: counts as ``COTTON_SLOPE`` Rd points less (the chart's grade lines lean). The author's, not the chart's numbers
COTTON_LIMITS = (79.5, 76.5, 73.0, 69.0)
COTTON_SLOPE = 0.6
#: below this (the same scale) a bale is Strict Good Ordinary or worse; above ``COTTON_WHITE`` +b it is off the white
#: group (light spotted or tinged): both dropped from the pool
COTTON_FLOOR = 63.0
COTTON_WHITE = 11.5
#: the grade above and below each (a bale near a grade line is read one grade up or down by the instrument's sample
#: of the bale, the sample's conditioning, the lean of the line)
COTTON_NEIGHBOURS = ordinal_neighbours(len(COTTON_CLASSES))
#: what the grade is set from: the label's basis, not columns
COTTON_GRADING = ("the classing office's HVI colorimeter: Rd and +b of the bale's sample, placed on the colour "
                  "chart's regions of the white group",
                  "the sample drawn from the bale at the gin's press, the instrument's reading")


# ---------------------------------------------------------------------- lentil4: a large green lentil lot's grade
#: the 4 classes of ``lentil4`` (a lot of large green lentils a processor buys, by the grade the Canadian Grain
#: Commission's inspector sets against the grade's tolerances), the best first; a lot below No. 3 CAN (Sample) is
#: not one of the processor's and is dropped from the pool
LENTIL_CLASSES = ("No. 1 CAN (good natural colour, little damage, clean)",
                  "No. 2 CAN (reasonably good colour, some damage)",
                  "Extra No. 3 CAN (fair colour, more damage)",
                  "No. 3 CAN (off colour, damaged, within No. 3's tolerances)")
LENTIL_ROWS = (460, 640, 580, 460)
#: per grade from No. 1 to Extra No. 3 and then No. 3, the lowest colour score (the author's 0-100 scale of the
#: inspector's comparison with the standard prints) and the most total damage (peeled, split, broken, stained,
#: heated, frost or disease damaged; % by weight) and foreign material (% by weight) the grade allows; a lot within
#: no grade's is Sample (dropped). The author's, not the Commission's table
LENTIL_LIMITS = np.array([[68.0, 2.0, 0.2], [58.0, 4.0, 0.5], [48.0, 7.0, 1.0], [35.0, 12.0, 1.8]])
#: the grade above and below each (a lot near a tolerance is graded one step up or down by the inspector's portion,
#: the colour against the prints, a seed counted damaged or not)
LENTIL_NEIGHBOURS = ordinal_neighbours(len(LENTIL_CLASSES))
#: what the grade is set from: the label's basis, not columns
LENTIL_GRADING = ("the inspector on the cleaned sample's portions: colour against the standard prints, damaged "
                  "seeds picked and weighed, foreign material picked and weighed",
                  "the portions divided down, the inspector's eye at the prints")


# ---------------------------------------------------------------------- furnace6: a gas furnace's fault
#: the 6 classes of ``furnace6`` (a residential gas furnace an HVAC technician visits for no heat, short cycling or
#: lockouts, by the cause the technician diagnosed); left out: the thermostat and its wiring, the gas supply's
#: pressure, the rollout switch and a cracked heat exchanger, the transformer and fuse, the door switch
FURNACE_CLASSES = ("dirty or failing flame sensor (lights, then shuts off within seconds; low microamps)",
                   "failed hot-surface igniter (no glow, no ignition, lockout after the tries)",
                   "failing inducer motor or blocked vent or condensate drain (low draft, the switch will not make)",
                   "stuck or failed pressure switch or its cracked hose (the draft is there, the switch is open)",
                   "limit trips from a clogged filter or weak blower (runs, overheats, shuts off; high rise)",
                   "failed control board or gas valve (no spark or gas despite the call, random lockouts)")
FURNACE_ROWS = (420, 300, 380, 340, 400, 300)
#: the causes technicians confuse (symmetric): the flame sensor against the igniter (both an ignition lockout), the
#: pressure switch (a switch fluttering open mid-cycle drops the flame as a weak sensor does) and the limit (both
#: short cycling); the igniter against the board (a board that does not power the igniter: no glow either); the
#: inducer or vent against the pressure switch (the same code: the switch did not close); the limit against the
#: board (a weak blower or the board's blower relay: the same limit trips)
FURNACE_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 5), 2: (3,), 3: (0, 2), 4: (0, 5), 5: (1, 4)}


# ---------------------------------------------------------------------- sprinkler6: an irrigation system's fault
#: the 6 classes of ``sprinkler6`` (a residential or commercial irrigation system a landscape-irrigation technician
#: visits because a zone will not water, waters weakly or will not stop, by the cause the technician diagnosed); left
#: out: the master valve and pump start relay, a rain or soil-moisture sensor's lockout, clogged nozzles and heads,
#: the controller's programming
SPRINKLER_CLASSES = ("failed valve solenoid (open or shorted coil, or a stuck plunger: no click)",
                     "broken or nicked field wire or common (no 24 V at the valve, one zone or several)",
                     "torn valve diaphragm or debris in the valve (will not shut off, weeps, or will not open)",
                     "broken lateral pipe or head (weak zone, a geyser or soggy patch, high flow)",
                     "failing controller station or transformer (no or low 24 V at the terminal)",
                     "low supply pressure or a failed backflow device (every zone weak, the backflow dumps)")
SPRINKLER_ROWS = (400, 340, 420, 340, 300, 340)
#: the causes technicians confuse (symmetric): the solenoid against the wire (both dead, no click), the diaphragm
#: (a stuck plunger or debris: will not shut off or open) and the controller (a shorted coil trips the station); the
#: wire against the controller (no 24 V at the valve); the diaphragm against the lateral (a weeping valve or a leak:
#: a soggy patch) and the supply (debris or a low supply: weak); the lateral against the supply (both weak)
SPRINKLER_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 4), 2: (0, 3, 5), 3: (2, 5), 4: (0, 1), 5: (2, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"cotton5": COTTON_NEIGHBOURS, "lentil4": LENTIL_NEIGHBOURS, "furnace6": FURNACE_NEIGHBOURS,
              "sprinkler6": SPRINKLER_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("cotton5", "lentil4")
