"""Round 96's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

DRAFT: the classes, the rows, the limits and the neighbour maps, committed before any generator was written.
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


# ---------------------------------------------------------------------- sheldon7: a coin's grade band
#: the 7 classes of ``sheldon7`` (a coin submitted to a third-party grading service, by the band of the Sheldon 1-70
#: scale its grader gave it), the most worn first
SHELDON_CLASSES = ("Good (G-4 .. G-6): heavily worn, the major devices outlined, the rims worn into the legend",
                   "Very Good (VG-8 .. VG-10): well worn, full rims, the devices clear but flat",
                   "Fine (F-12 .. F-15): moderate, even wear, all the legend readable, some detail",
                   "Very Fine (VF-20 .. VF-35): moderate wear on the high points, good detail",
                   "Extremely Fine (EF-40 .. EF-45): light wear on the high points only, traces of luster",
                   "About Uncirculated (AU-50 .. AU-58): a trace of wear on the highest points, most luster left",
                   "Mint State (MS-60 .. MS-70): no wear, graded by the marks, the luster and the eye appeal")
SHELDON_ROWS = (260, 300, 320, 360, 320, 280, 300)
#: the lower limits of bands VG .. MS on the grader's reading of the coin's condition on the Sheldon scale (a
#: continuous 1-70 reading of the wear, the luster, the marks and the strike that the band rounds to its grades;
#: the author's framing: each limit halfway between the band's lowest grade and the grade below it)
SHELDON_LIMITS = (7.0, 11.0, 17.5, 37.5, 47.5, 59.0)
#: the band above and below each band (a coin between two grades, a weak strike read as wear, a cleaned or dipped
#: surface read as luster or its lack: graders and services differ mostly one grade apart, most at AU against MS)
SHELDON_NEIGHBOURS = ordinal_neighbours(len(SHELDON_CLASSES))
#: what the grader grades from: the label's basis, not columns
SHELDON_GRADING = ("the grader's look at the coin under a lamp and a 5x glass (the wear on the high points, the "
                   "rims, the legend, the luster's break, the contact marks and hairlines, the strike)",
                   "the graders' consensus and the finalizer's judgement of a coin between grades (the eye appeal, "
                   "a weak strike against wear, the market's grading of its series)")


# ---------------------------------------------------------------------- tonewood5: a violin billet's grade
#: the 5 classes of ``tonewood5`` (a split spruce or maple billet for a violin-family top or back, by the grade a
#: tonewood dealer's grader gave it), the best first
TONEWOOD_CLASSES = ("AAAA (master grade): straight, even, tight grain, no runout, even colour; maple's flame deep "
                    "and regular", "AAA: very even grain, a trace of runout, a slight colour change; maple well "
                    "flamed", "AA: even grain a little wider or less regular, some runout, small colour streaks; "
                    "maple's flame lighter or irregular", "A: uneven or wide grain, visible runout, colour streaks "
                    "or a pin knot's shadow; maple plain or patchy", "B (workshop or student grade): irregular grain, "
                    "strong runout, defects worked around; maple plain")
TONEWOOD_ROWS = (300, 460, 520, 480, 380)
#: the lower limits of grades AAA .. B on the grader's reading of the billet (a continuous 0.5-5.5 reading of the
#: grain's evenness and width, the runout, the split's truth to the quarter, the colour and, in maple, the flame,
#: that the grade rounds; the author's framing of a dealer's grading)
TONEWOOD_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (each dealer's As differ, one dealer's AAA is another's AAAA: graders
#: differ mostly one grade apart)
TONEWOOD_NEIGHBOURS = ordinal_neighbours(len(TONEWOOD_CLASSES))
#: what the grader grades from: the label's basis, not columns
TONEWOOD_EYE = ("the grader's look at the billet's faces and end grain (the grain's evenness, its width and its "
                "straightness, the runout, the colour, the flame of maple)", "the dealer's judgement of a billet "
                "between grades (its price, its customers, a flaw a maker can work around)")


# ---------------------------------------------------------------------- saffron6: a saffron sample's verdict
#: the 6 classes of ``saffron6`` (a saffron sample sent to a spice-testing laboratory, by the verdict the lab
#: settled on)
SAFFRON_CLASSES = ("genuine saffron (the stigmas, within ISO 3632's categories)",
                   "floral waste added (the saffron flower's own yellow styles, stamens or petals)",
                   "safflower or marigold (calendula) petals substituted or mixed in",
                   "synthetic dye added (tartrazine, sunset yellow, ponceau and the like)",
                   "plant powder filler (turmeric, paprika or another coloured powder)",
                   "weighting agents (sugar, honey, glycerine, oil or mineral salts for weight)")
SAFFRON_ROWS = (440, 340, 320, 300, 360, 380)
#: the classes the lab's analyst confuses (symmetric): genuine against floral waste (the lower ISO categories keep
#: some style, a low-grade genuine sample's colour is weak) and against weighting (a moist sample, a sugar-coated
#: thread); floral waste against safflower (foreign and own plant matter alike thin the crocin) and against weighting
#: (the styles' bulk and the sugar's); safflower against a synthetic dye (safflower is itself often dyed to look
#: red); a synthetic dye against a powder filler (a dyed powder, turmeric's colour); a powder filler against
#: weighting (a powder bulked with salts or sugar, its ash raised)
SAFFRON_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 3), 3: (2, 4), 4: (3, 5), 5: (0, 1, 4)}


# ---------------------------------------------------------------------- pantograph6: a pantograph incident's cause
#: the 6 classes of ``pantograph6`` (a pantograph / overhead-line incident on an electrified railway, by the root
#: cause the maintenance engineer found)
PANTOGRAPH_CLASSES = ("contact wire wear (a locally worn wire, a hard spot at a splice or a clamp)",
                      "overhead-line geometry out of tolerance (the stagger or the wire's height, a registration "
                      "arm set wrong)", "a broken dropper or a loose or failed fitting in the overhead line",
                      "a pantograph fault (a worn, chipped or broken carbon strip, an uplift force out of range, a "
                      "damaged horn)", "ice or hoar frost on the contact wire",
                      "high wind (the wire blown off the pantograph, galloping, debris blown into the line)")
PANTOGRAPH_ROWS = (380, 360, 340, 420, 300, 340)
#: the causes an engineer confuses (symmetric): wire wear against geometry (a wire worn where its height or stagger
#: is wrong), against a dropper or fitting (a hard spot at a clamp, a dropper's failure wearing the wire) and
#: against a pantograph fault (both arc and groove the strip and the wire); geometry against a broken dropper (the
#: wire sags where a dropper failed) and against high wind (a stagger near its limit blown off the pantograph); a
#: broken dropper against high wind (wind breaks droppers and fittings); a pantograph fault against ice (ice chips
#: the carbon strip, both arc); ice against high wind (winter storms)
PANTOGRAPH_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 5), 2: (0, 1, 5), 3: (0, 4), 4: (3, 5), 5: (1, 2, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"sheldon7": SHELDON_NEIGHBOURS, "tonewood5": TONEWOOD_NEIGHBOURS, "saffron6": SAFFRON_NEIGHBOURS,
              "pantograph6": PANTOGRAPH_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("sheldon7", "tonewood5")
