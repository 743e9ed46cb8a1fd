"""Round 134's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account follows with the generators and the measures.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- oat4: a lot of oats' U.S. grade
#: the 4 classes of ``oat4`` (a lot of oats an official inspector grades, by the U.S. Standards for Oats, 7 CFR
#: 810.1004), the best first: U.S. No. 1 .. U.S. No. 4; U.S. Sample grade left out: a lot within none of the four not
#: kept
OAT_CLASSES = ("U.S. No. 1 (test weight at least 36.0 lb/bu, sound oats at least 97.0 %; heat-damaged kernels at most "
               "0.1 %, foreign material 2.0 %, wild oats 2.0 %)",
               "U.S. No. 2 (at least 33.0 lb/bu, sound 94.0 %; heat-damaged at most 0.3 %, FM 3.0 %, wild oats 3.0 %)",
               "U.S. No. 3 (at least 30.0 lb/bu, sound 90.0 %; heat-damaged at most 1.0 %, FM 4.0 %, wild oats 5.0 %)",
               "U.S. No. 4 (at least 27.0 lb/bu, sound 80.0 %; heat-damaged at most 3.0 %, FM 5.0 %, wild oats "
               "10.0 %)")
OAT_ROWS = (540, 620, 560, 420)
#: per grade from No. 1 to No. 4, the inspector's limits on the lot's work sample (each "at most"): the test weight
#: (lb/bu, negated: the grade's least as a most), the sound oats (%, negated), the heat-damaged kernels (%), the
#: foreign material (%), the wild oats (%). All the standard's (as read, 7 CFR 810.1004); the weathering's caps (not
#: above No. 3 or No. 4), the other material's counts and the odour are left out
OAT_LIMITS = np.array([[-36.0, -97.0, 0.1, 2.0, 2.0], [-33.0, -94.0, 0.3, 3.0, 3.0], [-30.0, -90.0, 1.0, 4.0, 5.0],
                       [-27.0, -80.0, 3.0, 5.0, 10.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's work sample: a
#: kernel scored sound or not, the test weight's kettle read a few tenths apart, the wild oats' hand-picking)
OAT_NEIGHBOURS = ordinal_neighbours(len(OAT_CLASSES))
#: what the grade is set from: the label's basis, not columns
OAT_GRADING = ("the official inspector's work sample of the lot: its test weight per bushel, the sound oats, the "
               "heat-damaged kernels, the foreign material and the wild oats against each grade's limits",
               "the grade on the official inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- pineapple4: a lot of fresh pineapples' grade
#: the 4 classes of ``pineapple4`` (a lot of fresh pineapples a shipping point's inspector grades, by the U.S.
#: Standards for Grades of Pineapples, 7 CFR 51.1485-51.1510), the best first: U.S. Fancy, U.S. No. 1, U.S. No. 2 and
#: below grade (culls: a lot within none of the three)
PINEAPPLE_CLASSES = ("U.S. Fancy (mature, well formed, the top at most 1.5 times the fruit and free from crown "
                     "slips; free from injury by bruising, sunburn and the rest, within the tolerances)",
                     "U.S. No. 1 (mature, well formed, the top at most twice the fruit; free from damage, within the "
                     "tolerances)",
                     "U.S. No. 2 (mature, fairly well formed; free from serious damage, within the tolerances)",
                     "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
PINEAPPLE_ROWS = (420, 660, 580, 480)
#: per grade from U.S. Fancy to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: fruit): the fruit failing the grade's own requirements (immature or overripe by the shell's colour and the flesh's
#: translucence, the shape, the top, bruising, sunburn, at the grade's level: injury, damage, serious damage), the
#: fruit with defects causing serious damage, the fruit with decay. The 10 % in all is the standard's tolerance as the
#: author remembers it (the searches printed only its section's title); the 5 % serious damage and 1 % decay within it
#: for U.S. Fancy and No. 1, and U.S. No. 2's 10 % serious and 2 % decay are the author's memory, not checked; the culls
#: take any lot
PINEAPPLE_LIMITS = np.array([[10.0, 5.0, 1.0], [10.0, 5.0, 1.0], [10.0, 10.0, 2.0], [100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a bruise
#: scored injury or damage, a shell's colour read a stage apart, a fruit more or less in the count)
PINEAPPLE_NEIGHBOURS = ordinal_neighbours(len(PINEAPPLE_CLASSES))
#: what the grade is set from: the label's basis, not columns
PINEAPPLE_GRADING = ("the shipping point inspector's sample of the lot's fruit: the maturity (the shell's colour, the "
                     "flesh's translucence), the shape, the top's length, stem and crown slips, bruising, sunburn and "
                     "decay, each scored at the grade's level, against each grade's tolerances",
                     "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- telescope6: a large telescope's technical loss
#: the 6 classes of ``telescope6`` (an observatory's large optical telescope's technical night losses, by the
#: subsystem its engineers found at fault); left out: the weather losses and the scheduled maintenance
TELESCOPE_CLASSES = ("the dome and its shutter (the dome's rotation drives, the shutter and the windscreen, the "
                     "louvres)",
                     "the mount and its drives and encoders (the azimuth and altitude axes, the motors, the encoders, "
                     "the hydrostatic bearings)",
                     "the primary mirror's support and active optics (the actuators, the lateral supports, the "
                     "wavefront sensor's loop)",
                     "the instrument and its detector's cryostat (the detector's controller, the cryocooler, the "
                     "vacuum, the instrument's mechanisms)",
                     "the adaptive optics and its laser guide star (the deformable mirror, the real-time computer, the "
                     "laser and its launch telescope)",
                     "the control software and network (the telescope control system, the sequencer, the network's "
                     "switches, the time service)")
TELESCOPE_ROWS = (380, 340, 300, 420, 360, 340)
#: the causes engineers confuse (symmetric): the dome against the mount (the dome slaved to the mount: a rotation
#: fault or a vignetting looks like a tracking fault) and the control software (the dome's interlocks); the mount
#: against the primary's active optics (a tracking error and a mirror's aberration both spoil the image) and the
#: control software (an axis servo's fault or the software's trajectory); the primary's support against the adaptive
#: optics (the AO's wavefront sees the primary's figure); the instrument against the adaptive optics (an AO-fed
#: instrument's images) and the control software (the instrument's control and its network); the adaptive optics
#: against the control software (the real-time computer and the network)
TELESCOPE_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 4), 3: (4, 5), 4: (2, 3, 5), 5: (0, 1, 3, 4)}


# ---------------------------------------------------------------------- dredge6: a cutter-suction dredger's downtime
#: the 6 classes of ``dredge6`` (a cutter-suction dredger's unscheduled downtime, by the cause its chief engineer
#: found); left out: the weather stoppages and the client's survey holds
DREDGE_CLASSES = ("the cutter head and ladder (the cutter's teeth and adapters, its drive and gearbox, the ladder's "
                  "hoist, the suction mouth's blockage)",
                  "the dredge pump and its wear parts (the impeller, the liners and the suction cover, the pump's "
                  "gland and bearings)",
                  "the floating pipeline and the booster station (a blocked or burst line, the pontoons, the ball "
                  "joints, the booster's pump)",
                  "the spuds, anchors and swing winches (the spud carriage, the spud's hoist, the anchor wires and "
                  "the side winches)",
                  "the hydraulic system (the power packs, the hoses, the valves, the oil's cooling)",
                  "the diesel engines and the electrical plant (the main and auxiliary engines, the generators, the "
                  "switchboard)")
DREDGE_ROWS = (360, 420, 340, 320, 300, 400)
#: the causes the chief engineer confuses (symmetric): the cutter against the dredge pump (a blocked suction mouth and
#: a worn pump both starve the mixture) and the hydraulic system (the cutter's and the ladder's hydraulic drives); the
#: pump against the pipeline (a line's blockage and the pump's wear both show in the pressures) and the engines (the
#: pump's diesel loaded or tripped); the pipeline against the engines (the booster's diesel); the spuds and winches
#: against the hydraulic system (the spuds' and the winches' hydraulic drives) and the electrical plant (the winches'
#: electric drives); the hydraulic system against the engines (the power packs driven off them)
DREDGE_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 5), 2: (1, 5), 3: (4, 5), 4: (0, 3, 5), 5: (1, 2, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"oat4": OAT_NEIGHBOURS, "pineapple4": PINEAPPLE_NEIGHBOURS, "telescope6": TELESCOPE_NEIGHBOURS,
              "dredge6": DREDGE_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("oat4", "pineapple4")
