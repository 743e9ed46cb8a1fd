"""Round 117's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Docstring in progress: the neighbour maps, the classes, the rows and the limits are committed first, before any
generator is written.)
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


# ---------------------------------------------------------------------- rubber5: a bale of ribbed smoked sheet's grade
#: the 5 classes of ``rubber5`` (a bale of ribbed smoked sheets a processor buys from a smallholders' group, by the
#: grade the processor's grader gives it by eye, holding the sheets against the light, against the Green Book's
#: standards), the best first
RUBBER_CLASSES = ("RSS 1 (dry, clean, strong; pinhead bubbles scattered; no rust; traces of dry mould on wrappers "
                  "only)",
                  "RSS 2 (slight rust and dry mould on at most 5 % of the bales; small bubbles, slight bark specks)",
                  "RSS 3 (slight rust and dry mould, at most 10 %; small bubbles, small bark specks, slight "
                  "opaque or under-smoked spots)",
                  "RSS 4 (rust and dry mould at most 20 %; medium bark specks, bubbles, slightly under-smoked)",
                  "RSS 5 (rust and dry mould at most 30 %; large bark specks, small blisters, under-smoked patches: "
                  "the lowest sheet grade)")
RUBBER_ROWS = (260, 420, 620, 480, 360)
#: per grade (RSS 1 .. RSS 4), the most the grader may see in the bale: the share of sheets with dry mould (%), the
#: share with rust (resinous matter, %), the share with bubbles or blisters (%), the bark specks and dirt (an eye's
#: score, 0-10) and the share with under-smoked or opaque patches (%). The mould shares (5, 10, 20 %) as the public
#: grade descriptions give them for RSS 2-4; the rest the author's (a bale over RSS 4's limits is RSS 5)
RUBBER_LIMITS = np.array([[1.0, 1.0, 8.0, 1.0, 1.0],
                          [5.0, 5.0, 15.0, 2.5, 3.0],
                          [10.0, 10.0, 25.0, 4.5, 8.0],
                          [20.0, 20.0, 40.0, 7.0, 15.0]])
#: the grade above and below each (a bale near a limit is graded one step up or down by the grader's eye against the
#: light, the sheets the grader pulls from the bale, the room's light and the grader's day; grades two apart are not
#: confused by a trained grader)
RUBBER_NEIGHBOURS = ordinal_neighbours(len(RUBBER_CLASSES))
#: what the grade is given from: the label's basis, not columns
RUBBER_GRADING = ("the grader's eye: sheets pulled from the bale and held against the light, for dry mould, rust, "
                  "bubbles and blisters, bark specks and dirt, and opaque or under-smoked patches, against the Green "
                  "Book's descriptions and the sample sheets",
                  "the grader's eye at a description's edge ('slight', 'small'), and the sheets pulled")


# ---------------------------------------------------------------------- barley4: a malting barley load's grade
#: the 4 classes of ``barley4`` (a load of malting barley delivered to a maltster's intake, by the grade the intake's
#: grader sets from a sample of the load), the best first
BARLEY_CLASSES = ("malting select (protein 9.0-11.0 %, germinative energy 98 % or more, few screenings)",
                  "malting grade 1 (protein 8.5-11.8 %, germinative energy 97 % or more)",
                  "malting grade 2 (protein up to 12.8 %, germinative energy 95 % or more: a discount)",
                  "feed (outside malting grade 2's limits: sold for feed)")
BARLEY_ROWS = (380, 700, 560, 500)
#: per grade (select, grade 1, grade 2), the most the grader's sample may show: protein (% dry basis), moisture (%),
#: dead corns (100 less the germinative energy, %), screenings (through a 2.2 mm slotted sieve, %), skinned and broken
#: kernels (%), pre-germinated kernels (%) and a mould or weather-stain score (the grader's eye, 0-10). The germinative
#: energy's 98 % for the best and the skinned and broken kernels' 5 / 7 / 10 % after the public pages; the rest the
#: author's (a load over grade 2's limits is feed)
BARLEY_LIMITS = np.array([[11.0, 13.0, 2.0, 3.0, 5.0, 1.0, 2.0],
                          [11.8, 13.5, 3.0, 5.0, 7.0, 2.0, 3.5],
                          [12.8, 14.5, 5.0, 8.0, 10.0, 4.0, 5.0]])
#: per grade (select, grade 1, grade 2), the least protein (% dry basis) the sample may show (too little protein: a
#: thin extract's enzymes, a malt the brewer does not want)
BARLEY_PROTEIN_LOW = np.array([9.0, 8.5, 0.0])
#: the grade above and below each (a load near a limit is graded one step up or down by the sample's draw, the NIR's
#: protein reading, the germination test's 100 corns and the grader's eye at stained or skinned kernels)
BARLEY_NEIGHBOURS = ordinal_neighbours(len(BARLEY_CLASSES))
#: what the grade is set from: the label's basis, not columns
BARLEY_GRADING = ("the grader's sample from the load's probe: an NIR protein and a moisture reading, a germination "
                  "test of 100 corns, a sieve for screenings and the grader's eye for skinned, broken, pre-germinated "
                  "and stained kernels",
                  "the sample's draw, the instruments' reading and the grader's eye at a stain")


# ---------------------------------------------------------------------- microwave6: a microwave oven's fault
#: the 6 classes of ``microwave6`` (a domestic or commercial microwave oven a repair shop sees because it does not
#: heat, sparks or stops, by the cause the technician diagnosed)
MICROWAVE_CLASSES = ("failed magnetron (an open or shorted filament, a weak tube: no or little heat, a hum)",
                     "failed high-voltage diode (open: no heat; shorted: a loud buzz, no heat, a blown fuse)",
                     "failed high-voltage capacitor (open: no heat; shorted: the line fuse blown)",
                     "failed door interlock or monitor switch (will not start, stops when the door is touched, the "
                     "line fuse blown by the monitor switch)",
                     "burnt waveguide cover or arcing cavity (sparks, burn marks, heating less)",
                     "failed control board or its relay (dead display, no start, the high voltage never switched on)")
MICROWAVE_ROWS = (440, 400, 260, 460, 280, 300)
#: the causes technicians confuse (symmetric): the magnetron against the diode and the capacitor (the three parts of
#: one high-voltage circuit: a hum and no heat, and a plain meter tests none of them under load), the waveguide cover
#: (a magnetron's antenna cap arcs as a burnt cover does) and the board (a relay that never closes leaves a cold oven
#: like a dead tube); the diode against the capacitor (both shorted blow the fuse, both open leave no heat); the
#: capacitor against the door switch (both leave a blown line fuse); the door switch against the board (both will not
#: start, a stuck relay's or a switch's)
MICROWAVE_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2), 2: (0, 1, 3), 3: (2, 5), 4: (0,), 5: (0, 3)}


# ---------------------------------------------------------------------- inverter6: a grid-tied PV inverter's fault
#: the 6 classes of ``inverter6`` (a grid-tied solar PV inverter a service engineer visits because the system stops
#: producing or trips, by the cause the engineer diagnosed)
INVERTER_CLASSES = ("insulation or ground fault on the DC side (a low isolation resistance: a damaged cable, a wet "
                    "connector or module)",
                    "grid voltage or frequency out of range (a weak or overloaded feeder, a long AC cable)",
                    "failed power stage (IGBTs) or DC-link capacitors (hardware fault codes, no production)",
                    "failing cooling fan and overheating (over-temperature derating and trips on hot afternoons)",
                    "faulty DC string (a burnt connector, a blown string fuse, a shaded or damaged module)",
                    "failed communication or control board (no data, false codes, an inverter that will not "
                    "restart)")
INVERTER_ROWS = (420, 460, 300, 280, 400, 280)
#: the causes engineers confuse (symmetric): the insulation fault against the power stage (an inverter's own internal
#: leakage reads as an isolation fault) and the DC string (a damaged module or a wet connector both lose a string and
#: leak); the grid against the power stage (an output relay or a bus fault reads as a grid fault), the overheating
#: (a high grid voltage's volt-watt derating cuts the yield on sunny afternoons as heat does) and the board (a failed
#: measuring circuit reports a grid fault that is not there); the power stage against the overheating (heat kills the
#: IGBTs and both raise over-temperature codes) and the board; the overheating against the DC string (both lose yield
#: without a trip)
INVERTER_NEIGHBOURS = {0: (2, 4), 1: (2, 3, 5), 2: (0, 1, 3, 5), 3: (1, 2, 4), 4: (0, 3), 5: (1, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"rubber5": RUBBER_NEIGHBOURS, "barley4": BARLEY_NEIGHBOURS, "microwave6": MICROWAVE_NEIGHBOURS,
              "inverter6": INVERTER_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("rubber5", "barley4")
