"""Round 126's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account of what was opened, read, assumed and measured follows with the generators.)
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


# ---------------------------------------------------------------------- onion4: a dry onion lot's grade
#: the 4 classes of ``onion4`` (a lot of dry bulb onions, other than Bermuda-Granex-Grano and Creole types, a packer
#: or storage operator sells, by the grade the inspector sets against the grades' requirements and tolerances), the
#: best first. The United States Standards for Grades of Onions (Other Than Bermuda-Granex-Grano and Creole Types; 7
#: CFR 51.2830-51.2840 as read) list U.S. No. 1, U.S. Export No. 1, U.S. Commercial, U.S. No. 1 Boilers, U.S. No. 1
#: Picklers and U.S. No. 2; this set takes the four not held to a size class, ordered by their requirements: U.S.
#: Export No. 1 (No. 1's requirements and dormant, free from scallions, damage by peeling within its tolerance), U.S.
#: No. 1 (mature, fairly firm, fairly well shaped, free from decay, wet sunscald, doubles and bottlenecks, free from
#: damage by seedstems, splits, sprouts, sunburn, dry sunken areas, roots, tops, freezing, cracked, watery or
#: translucent scales, mechanical injury, disease and insects; 40 % by weight 2 inches or larger, 30 % for white
#: onions), U.S. Commercial (mature, not soft or spongy, not badly misshapen, free from doubles, damage as No. 1's)
#: and U.S. No. 2 (mature, not soft or spongy, free from decay and wet sunscald, free from serious damage; doubles and
#: shape not held against it). Boilers and Picklers left out (size classes of No. 1). A lot within none of the four
#: is re-sorted by the packer and not kept
ONION_CLASSES = ("U.S. Export No. 1 (No. 1's requirements, dormant, free from damage by peeling)",
                 "U.S. No. 1 (fairly firm, fairly well shaped, free from doubles and damage, 40 % 2 inches up)",
                 "U.S. Commercial (not soft or spongy, not badly misshapen, free from doubles and damage)",
                 "U.S. No. 2 (not soft or spongy, free from decay and serious damage)")
ONION_ROWS = (480, 620, 560, 480)
#: per grade from U.S. Export No. 1 to U.S. No. 2, the limits of the inspector's sample (% by weight): onions failing
#: Export No. 1's requirements (No. 1's and not dormant: any sprout or root growth begun), failing No. 1's (damage,
#: doubles, splits, not fairly firm, not fairly well shaped), failing Commercial's (damage, doubles, soft, badly
#: misshapen), failing No. 2's (serious damage, soft), damaged by peeling, decay or wet sunscald, under 1 1/2 inches
#: and under 2 inches (a white onion's share less 10, its 30 % requirement). The 5 % for defects with 2 % for decay or
#: wet sunscald, 10 % for peeling (U.S. No. 1 and Export No. 1) and 5 % under the minimum size from the tolerance
#: section read (51.2837); Export No. 1's sizes taken as No. 1's (its packing requirements, 51.2840, not read)
ONION_LIMITS = np.array([[5.0, 5.0, 5.0, 5.0, 10.0, 2.0, 5.0, 60.0], [100.0, 5.0, 5.0, 5.0, 10.0, 2.0, 5.0, 60.0],
                         [100.0, 100.0, 5.0, 5.0, 100.0, 2.0, 5.0, 100.0],
                         [100.0, 100.0, 100.0, 5.0, 100.0, 2.0, 5.0, 100.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a sprout's start, a bulb's firmness under the thumb, a double's split or a bruise's depth)
ONION_NEIGHBOURS = ordinal_neighbours(len(ONION_CLASSES))
#: what the grade is set from: the label's basis, not columns
ONION_GRADING = ("the inspector's sample: onions weighed, sized with a ring and cut or scored one by one for maturity, "
                 "firmness, shape, sprouting and dormancy, doubles and splits, sunscald and sunburn, bruises and "
                 "mechanical injury, peeling, neck rot and other decay, the shares against the grade's tolerances",
                 "a sample of bags or bins drawn from the lot at the packer's or the storage's shipping point")


# ---------------------------------------------------------------------- cucumber4: a slicing cucumber lot's grade
#: the 4 classes of ``cucumber4`` (a lot of fresh slicing cucumbers a packer sells, by the grade the inspector sets
#: against the grades' requirements and tolerances), the best first. The United States Standards for Grades of
#: Cucumbers (7 CFR 51.2220-51.2227 as read) list U.S. Fancy, U.S. Extra No. 1, U.S. No. 1, U.S. No. 1 Small, U.S.
#: No. 1 Large and U.S. No. 2; this set takes the four not held to a size class, in the standard's order: U.S. Fancy
#: (well coloured, well formed, not overgrown, fresh, firm, free from decay and sunscald, from injury by scars and
#: from damage by yellowing, sunburn, dirt, freezing, mosaic or other disease, insects, cuts, bruises, mechanical or
#: other means; at most 2 3/8 inches in diameter, at least 6 inches long), U.S. Extra No. 1 (at least 50 % of the lot
#: U.S. Fancy, the rest U.S. No. 1), U.S. No. 1 (fairly well coloured, fairly well formed, free from damage by scars
#: and the rest; the same sizes) and U.S. No. 2 (moderately coloured, not badly deformed, free from decay and damage
#: by freezing, sunscald and cuts, from serious damage by scars, yellowing and the rest; at least 5 inches long).
#: No. 1 Small and No. 1 Large left out (No. 1's size classes). A lot within none is re-sorted and not kept
CUCUMBER_CLASSES = ("U.S. Fancy (well coloured, well formed, free from injury by scars and damage)",
                    "U.S. Extra No. 1 (at least half U.S. Fancy, the rest U.S. No. 1)",
                    "U.S. No. 1 (fairly well coloured, fairly well formed, free from damage)",
                    "U.S. No. 2 (moderately coloured, not badly deformed, free from serious damage)")
CUCUMBER_ROWS = (460, 560, 640, 480)
#: per grade from U.S. Fancy to U.S. No. 2, the limits of the inspector's sample (% by count): cucumbers failing the
#: grade's own requirements (Extra No. 1 counted at No. 1's: colour, shape, crooks and nubbins, overgrown, not fresh
#: or firm, scars, yellowing, mosaic, chilling injury's pitting, bruises, cuts, each at the grade's level), failing
#: U.S. Fancy's (Extra No. 1's 50 %), seriously damaged, decayed and off-size (over 2 3/8 inches in diameter or under
#: the grade's length). The 10 % for defects, 5 % for serious damage and 1 % for decay the author's reading of the
#: usual form (the tolerance section, 51.2227, was not in the excerpts read), as is the 5 % off-size
CUCUMBER_LIMITS = np.array([[10.0, 10.0, 5.0, 1.0, 5.0], [10.0, 50.0, 5.0, 1.0, 5.0], [10.0, 100.0, 5.0, 1.0, 5.0],
                            [10.0, 100.0, 5.0, 1.0, 5.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a cucumber's colour against the chart, a crook's bend or a scar's area)
CUCUMBER_NEIGHBOURS = ordinal_neighbours(len(CUCUMBER_CLASSES))
#: what the grade is set from: the label's basis, not columns
CUCUMBER_GRADING = ("the inspector's sample: cucumbers measured (diameter, length) and scored one by one for colour, "
                    "shape, crooks and nubbins, overgrown seeds, freshness and firmness, scars, yellowing, sunburn, "
                    "mosaic, chilling injury's pitting, bruises and cuts and decay, the shares against the grade's "
                    "tolerances",
                    "a sample of cartons drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- milkrobot6: a milking robot's fault
#: the 6 classes of ``milkrobot6`` (a dairy farm's automatic milking system a service technician is called to after
#: alarms, failed milkings or a milk-quality complaint, by the cause the technician found); left out: the
#: cow-identification or gate system, the feed dispenser, the teat-preparation brushes and the milk cooling tank
MILKROBOT_CLASSES = ("teat-detection camera or laser (dirty, fogged, misaligned or failing: teats not found)",
                     "robot arm or its hydraulics / pneumatics (a cylinder, valve, hose or the air supply: slow, "
                     "drifting, cups dropped)",
                     "vacuum pump or pulsation (low or unstable vacuum, a pulsator or regulator failing)",
                     "milk meter or conductivity sensor (yields misread, false mastitis alerts, milk wrongly diverted)",
                     "cleaning (CIP) system (the wash too cool, detergent or acid dosing, a wash valve or heater)",
                     "teat-cup liners and hoses (worn, split or twisted liners, short milk tubes: slips, leaks)")
MILKROBOT_ROWS = (400, 380, 360, 360, 320, 320)
#: the causes technicians confuse (symmetric): the camera against the arm (failed attachments: teats not found or
#: cups not carried to them) and the liners (a twisted or split liner that slips off a found teat); the arm against
#: the vacuum (cups kicked or dropped: the arm's cord or the vacuum's hold); the vacuum against the liners (slips,
#: kick-offs, slow or incomplete milkings, teat ends and cell counts up); the milk meter against the CIP system (a
#: fouled meter or conductivity cell from a poor wash: false alerts, high bacteria) and the liners (cell counts and
#: conductivity alerts up: a true mastitis from worn liners or a false one from the sensor); the CIP system against the
#: liners (high bacteria counts: a poor wash or worn, cracked liners holding milk)
MILKROBOT_NEIGHBOURS = {0: (1, 5), 1: (0, 2), 2: (1, 5), 3: (4, 5), 4: (3, 5), 5: (0, 2, 3, 4)}


# ---------------------------------------------------------------------- canallock6: a navigation lock's fault
#: the 6 classes of ``canallock6`` (a waterway's navigation lock a maintenance crew is sent to after a fault or a
#: boaters' complaint, by the cause the crew found); left out: the traffic lights and signals, the mains power or
#: standby generator, the lock's bridges and its walls
LOCK_CLASSES = ("gates' hydraulic cylinders or power pack (a leaking cylinder, a pump or low oil: gates slow or "
                "stalling)",
                "gate seals or hinges (worn seals, a worn pintle, quoin or collar: leaking, a gate binding)",
                "filling and emptying valves or sluices (paddles, culvert valves: slow to fill or empty, one stuck)",
                "control system or its PLC (a program, an I/O card, the panel or a relay: out of sequence, stopped)",
                "water-level or position sensors (a level probe or a gate's limit switch misreading: interlocks "
                "refuse)",
                "debris or silt (a log, a trolley or silt at the sill, in the mitre or a culvert: gates or paddles "
                "blocked)")
LOCK_ROWS = (420, 380, 360, 340, 320, 320)
#: the causes crews confuse (symmetric): the hydraulics against the seals or hinges (a gate slow or binding: a weak
#: cylinder or a seized hinge), the valves (hydraulic paddles slow: the same power pack) and the PLC (a gate not
#: moving: the pump or the command); the seals against debris (a gate not sealing: a worn seal or a log at the mitre,
#: the chamber leaking); the valves against debris (slow filling: a paddle failing or a culvert blocked); the PLC
#: against the sensors (an interlock refusing: a program or a wrong reading); the sensors against debris (a gate's
#: limit switch not made: a switch out of adjustment or a gate held open by debris)
LOCK_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 5), 2: (0, 5), 3: (0, 4), 4: (3, 5), 5: (1, 2, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"onion4": ONION_NEIGHBOURS, "cucumber4": CUCUMBER_NEIGHBOURS, "milkrobot6": MILKROBOT_NEIGHBOURS,
              "canallock6": LOCK_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("onion4", "cucumber4")
