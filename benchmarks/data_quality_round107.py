"""Round 107's held-out data sets for the noisy-label benchmark (draft: the classes, rows, limits and neighbour maps,
committed before any generator is written)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- casting5: a casting's gas-porosity level
#: the 5 classes of ``casting5`` (an aluminium or steel casting radiographed at a foundry, by the gas-porosity
#: severity level the certified interpreter read against the reference radiographs, ASTM E505 / E155 for aluminium,
#: E446 for steel), the soundest first
CASTING_CLASSES = ("level 1 (scattered fine pores, as the least severe reference radiograph)",
                   "level 2 (more or larger pores, as the second reference)",
                   "level 3 (as the third reference: pores over much of the area)",
                   "level 4 (as the fourth reference: dense or large gas holes)",
                   "level 5 (beyond the fourth reference: gross porosity)")
CASTING_ROWS = (380, 520, 520, 420, 300)
#: the lower limits of levels 2 .. 5 on the porosity the interpreter sees (the pores' volume share, %, as the
#: radiograph shows it against the reference for the section's thickness) that the level takes
CASTING_LIMITS = (0.2, 0.5, 1.2, 2.5)
#: the level above and below each (interpreters differ mostly by one level: the reference plate's thickness chosen,
#: the film's density and contrast, fine pores lost in a thick section's scatter, the interpreter's own habit)
CASTING_NEIGHBOURS = ordinal_neighbours(len(CASTING_CLASSES))
#: what the level is read from: the label's basis, not columns
CASTING_READING = ("the interpreter's comparison of the worst area of the radiograph (film or digital image) with "
                   "the graded reference radiographs for the alloy and the section's thickness",
                   "the interpreter's own habit (strict or lenient) and the radiograph's contrast and sharpness, which "
                   "hide or show the finest pores")


# ---------------------------------------------------------------------- diving7: one judge's award for a dive
#: the 7 classes of ``diving7`` (a springboard or platform dive at a competition, by the band of the World Aquatics
#: scale one judge's award falls in), the lowest first
DIVING_CLASSES = ("completely failed (0)", "unsatisfactory (0.5-2)", "deficient (2.5-4.5)", "satisfactory (5-6.5)",
                  "good (7-8)", "very good (8.5-9.5)", "excellent (10)")
DIVING_ROWS = (140, 220, 360, 520, 480, 300, 140)
#: the lower limits of the bands unsatisfactory .. excellent on the judge's award (points, in half points)
DIVING_LIMITS = (0.25, 2.25, 4.75, 6.75, 8.25, 9.75)
#: the band above and below each (a judge's award differs from the panel's by half a point to a point: the seat's
#: angle on the board and the entry, the judge's own habit, the diver's reputation, the dive's order in the event)
DIVING_NEIGHBOURS = ordinal_neighbours(len(DIVING_CLASSES))
#: what the award is given from: the label's basis, not columns
DIVING_AWARD = ("the judge's overall impression of the approach, the take-off, the flight and the entry against the "
                "scale's words, a failed dive (the referee's call) 0 and a fault's maximum (2 or 4.5) applied",
                "the judge's own habit and seat, and the diver's reputation and the dive's place in the event")


# ---------------------------------------------------------------------- chainsaw6: a chainsaw's cause of trouble
#: the 6 classes of ``chainsaw6`` (a chainsaw brought to a small-engine shop because it will not start, stalls or
#: cuts badly, by the cause the mechanic diagnosed)
CHAINSAW_CLASSES = ("carburettor gummed or varnished (stale or ethanol fuel left in over storage)",
                    "failed ignition coil or module (no spark, or a spark lost when hot)",
                    "fouled spark plug (wet, sooted or oil-fouled: a rich mix, too much oil, idling)",
                    "clogged air or fuel filter, or a cracked fuel line (the engine starved or sucking air)",
                    "worn or wrongly sharpened chain, worn bar or sprocket (the saw runs, it cuts badly)",
                    "slipping or seized clutch (worn shoes, weak springs, a dry drum bearing)")
CHAINSAW_ROWS = (400, 320, 340, 380, 360, 340)
#: the causes mechanics confuse (symmetric): a gummed carburettor against the coil (stalls when hot, no start),
#: against a fouled plug (a carburettor running rich or flooding fouls the plug) and against the filters or a cracked
#: line (both starve the engine, a lean stall); the coil against a fouled plug (no spark at the plug); a fouled plug
#: against a clogged air filter (a choked filter runs rich and fouls it); the filters against the clutch (bogging under
#: load like a slipping clutch); the chain against the clutch (a chain stopping in the cut, a worn sprocket and drum)
CHAINSAW_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2), 2: (0, 1, 3), 3: (0, 2, 5), 4: (5,), 5: (3, 4)}


# ---------------------------------------------------------------------- vending6: a vending machine's service call
#: the 6 classes of ``vending6`` (a service call to a snack or drink vending machine, by the cause the route
#: technician diagnosed)
VENDING_CLASSES = ("coin mechanism jam or fault (a bent coin, a slug, a dirty acceptor, the tubes' sensors)",
                   "bill-validator fault (a jammed or dirty bill path, a full stacker, a worn belt)",
                   "spiral or vend motor fault (a motor stalled, a spiral bent or out of its home switch)",
                   "refrigeration fault (a dirty condenser, a failed fan or compressor, a low charge)",
                   "drop or vend sensor fault (the infrared curtain dirty or misaligned: a vend not seen)",
                   "control-board or telemetry fault (the board, its bus to the payment devices, the modem)")
VENDING_ROWS = (420, 380, 360, 300, 340, 340)
#: the causes technicians confuse (symmetric): the coin mechanism against the bill validator ("will not take my
#: money") and against the board (both payment devices talk to the board over its bus: a bus fault reads as theirs);
#: the bill validator against the board; a spiral motor against the drop sensor ("paid and got nothing": a product
#: hung on its spiral or a drop not seen); the refrigeration against the board (the board's temperature probe and the
#: compressor's relay); the drop sensor against the board (the sensor's errors and the board's vend logic)
VENDING_NEIGHBOURS = {0: (1, 5), 1: (0, 5), 2: (4,), 3: (5,), 4: (2, 5), 5: (0, 1, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"casting5": CASTING_NEIGHBOURS, "diving7": DIVING_NEIGHBOURS, "chainsaw6": CHAINSAW_NEIGHBOURS,
              "vending6": VENDING_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("casting5", "diving7")
