"""Round 127's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector (the account is written when the sets are done).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails  # noqa: E402,F401


# ---------------------------------------------------------------------- sweetpotato4: a sweetpotato lot's grade
#: the 4 classes of ``sweetpotato4`` (a lot of fresh sweetpotatoes a packer or storage operator sells, by the grade
#: the inspector sets against the grades' requirements and tolerances), the best first. The United States Standards
#: for Grades of Sweetpotatoes (fresh market, as read in a postharvest reference and a grower's magazine: four grades)
#: list U.S. Extra No. 1, U.S. No. 1, U.S. Commercial and U.S. No. 2, in that order: U.S. Extra No. 1 (firm, smooth,
#: fairly clean, well shaped, free from decay, internal breakdown, freezing injury, wireworm and weevil, free from
#: damage by cuts, bruises, growth cracks, scurf, soil stain, secondary rootlets and other means; the narrowest sizes),
#: U.S. No. 1 (the same but fairly smooth, fairly well shaped; 3-9 inches long, 1 3/4 - 3 1/2 inches in diameter, at
#: most 20 ounces), U.S. Commercial (U.S. No. 1's requirements with a larger tolerance for defects) and U.S. No. 2
#: (firm, free from decay and internal breakdown, free from serious damage; shape and smoothness not held, at least
#: 1 1/2 inches in diameter, at most 36 ounces). U.S. No. 1 Petite (a size class) left out. A lot within none of the
#: four is re-sorted by the packer and not kept
SWEETPOTATO_CLASSES = ("U.S. Extra No. 1 (smooth, well shaped, free from damage, the narrowest sizes)",
                       "U.S. No. 1 (fairly smooth, fairly well shaped, free from damage, 1 3/4 - 3 1/2 inches)",
                       "U.S. Commercial (U.S. No. 1's requirements, a larger tolerance for defects)",
                       "U.S. No. 2 (firm, free from decay and serious damage, 1 1/2 inches up)")
SWEETPOTATO_ROWS = (440, 620, 540, 540)
#: per grade from U.S. Extra No. 1 to U.S. No. 2, the limits of the inspector's sample (% by weight): roots failing
#: Extra No. 1's requirements (not smooth, not well shaped, damaged), failing No. 1's (not fairly smooth, not fairly
#: well shaped, damaged), failing No. 2's (seriously damaged, soft), seriously damaged, decayed or with internal
#: breakdown, and off-size (the grade's diameter and weight limits). The 10 % for defects with 5 % for serious damage
#: and 2 % for decay (Extra No. 1, No. 1, No. 2), Commercial's 25 % with 10 % serious damage and the 10 % off-size are
#: the author's reading of the usual form (the standard's tolerance section was not in any excerpt read)
SWEETPOTATO_LIMITS = np.array([[10.0, 100.0, 100.0, 5.0, 2.0, 10.0], [100.0, 10.0, 100.0, 5.0, 2.0, 10.0],
                               [100.0, 25.0, 100.0, 10.0, 2.0, 10.0], [100.0, 100.0, 10.0, 10.0, 2.0, 10.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a root's shape, a vein's or a crack's depth, a wireworm hole's count or a scurf's area)
SWEETPOTATO_NEIGHBOURS = ordinal_neighbours(len(SWEETPOTATO_CLASSES))
#: what the grade is set from: the label's basis, not columns
SWEETPOTATO_GRADING = ("the inspector's sample: roots weighed, measured (length, diameter) and scored one by one for "
                       "firmness, smoothness, shape, cleanness, cuts and bruises, growth cracks, scurf and soil stain, "
                       "wireworm and weevil, decay, and cut for internal breakdown, the shares against the grade's "
                       "tolerances",
                       "a sample of cartons drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- orange4: a Florida orange lot's grade
#: the 4 classes of ``orange4`` (a lot of fresh oranges a Florida citrus packinghouse sells, by the grade the
#: inspector sets against the grades' requirements and tolerances), the best first. The United States Standards for
#: Grades of Florida Oranges and Tangelos (7 CFR 51.1140-51.1179 as read) list U.S. Fancy, U.S. No. 1 Bright, U.S.
#: No. 1, U.S. No. 1 Golden, U.S. No. 1 Bronze, U.S. No. 1 Russet, U.S. No. 2 Bright, U.S. No. 2, U.S. No. 2 Russet
#: and U.S. No. 3; this set takes the four main steps, ordered by their requirements: U.S. Fancy (at most a tenth of
#: the surface discoloured, firm, mature, smooth, well coloured, well formed, free from creasing, decay, scab, split
#: navels, sprayburn and unhealed skin breaks, free from injury by bruises, green and oil spots, scale, scars, skin
#: breakdown and thorn scratches, free from damage by the rest), U.S. No. 1 (at most a third discoloured, firm, fairly
#: smooth, fairly well coloured, free from damage), U.S. No. 2 (at most half discoloured, fairly firm, reasonably well
#: coloured, slightly misshapen and rough allowed, free from serious damage) and U.S. No. 3 (any discoloration,
#: slightly spongy, free from very serious damage). The Bright, Golden, Bronze and Russet steps (the discoloration's
#: sub-grades of No. 1 and No. 2) left out. A lot within none is eliminated to the juice plant and not kept
ORANGE_CLASSES = ("U.S. Fancy (at most a tenth discoloured, smooth, well coloured, free from injury and damage)",
                  "U.S. No. 1 (at most a third discoloured, fairly smooth, fairly well coloured, free from damage)",
                  "U.S. No. 2 (at most half discoloured, fairly firm, free from serious damage)",
                  "U.S. No. 3 (slightly spongy allowed, free from very serious damage)")
ORANGE_ROWS = (420, 660, 580, 480)
#: per grade from U.S. Fancy to U.S. No. 3, the limits of the inspector's sample (% by count): fruit failing the
#: grade's own requirements (discoloration over its share of the surface, colour, texture, shape, firmness, creasing,
#: scars, oil spots, splits, wind and thorn scratches, each at the grade's level), very seriously damaged, decayed
#: and off-size. The 10 % for defects (15 % for No. 3), 5 % for very serious damage, 0.5 % for decay (1 % for No. 3)
#: and 10 % off-size the author's reading of the shipping-point tolerances (51.1151 not read in full; an inspection
#: trainer's page gave the en-route tolerances, 12 % total with 7 % very serious damage and 3 % decay)
ORANGE_LIMITS = np.array([[10.0, 5.0, 0.5, 10.0], [10.0, 5.0, 0.5, 10.0], [10.0, 5.0, 0.5, 10.0],
                          [15.0, 5.0, 1.0, 10.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a discoloured area against the tenth, third or half of the surface, a scar's size or a
#: crease's depth)
ORANGE_NEIGHBOURS = ordinal_neighbours(len(ORANGE_CLASSES))
#: what the grade is set from: the label's basis, not columns
ORANGE_GRADING = ("the inspector's sample: fruit sized with a ring and scored one by one for discoloration (rust mite, "
                  "melanose, wind scar) against the surface's share, colour, texture, shape, firmness, creasing, "
                  "scars, oil spots, splits and decay, the shares against the grade's tolerances",
                  "a sample of cartons drawn from the packed lot at the packinghouse's shipping point")


# ---------------------------------------------------------------------- combine6: a combine harvester's fault
#: the 6 classes of ``combine6`` (a combine harvester a dealer's field technician is called to during harvest after a
#: breakdown, an alarm or a grain-loss complaint, by the cause the technician found); left out: the hydraulics and the
#: electronics (sensors, the yield monitor, the controllers)
COMBINE_CLASSES = ("header or its drives (cutterbar, knife drive, reel, draper belts or the cross auger: crop cut "
                   "badly, fed unevenly, header losses)",
                   "feeder house (the chain, slats, the drum or the drive: slugs, the feeder slipping or plugging)",
                   "threshing rotor or cylinder and concave (worn rasp bars, a bent or plugged concave, the rotor's "
                   "drive: unthreshed heads, cracked grain, slugs)",
                   "cleaning shoe (chaffer, sieve or fan: grain blown out or riding over, a dirty sample, heavy "
                   "returns)",
                   "clean-grain elevator or unloading auger (a loose or broken chain, worn paddles or flighting: "
                   "cracked grain, the elevator plugging, slow unloading)",
                   "engine's cooling or fuel system (a plugged radiator screen or cooler, a fuel filter, an injector: "
                   "overheating, power lost, the engine lugging)")
COMBINE_ROWS = (380, 340, 420, 380, 300, 320)
#: the causes technicians confuse (symmetric): the header against the feeder house (the crop fed unevenly, slugs);
#: the feeder house against the rotor (plugging and slugs: where the mat jammed); the rotor against the shoe (grain
#: out the back: not separated or not cleaned), the elevator (cracked grain: a tight concave or a loose elevator
#: chain) and the engine (the rotor slowing under load: a heavy crop or a lugging engine); the shoe against the
#: elevator (heavy returns: an overloaded shoe or a tailings elevator) and the engine (a fan slowing, the radiator's
#: screen plugged with chaff)
COMBINE_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3, 4, 5), 3: (2, 4, 5), 4: (2, 3), 5: (2, 3)}


# ---------------------------------------------------------------------- tram6: a tram's fault
#: the 6 classes of ``tram6`` (a city's tram, a low-floor light-rail vehicle, taken out of service after a fault or a
#: driver's report, by the cause the depot technicians found); left out: the bogies and wheels, and the passenger
#: information, radio and on-board signalling equipment
TRAM_CLASSES = ("pantograph or its high-voltage supply (a worn carbon strip, the lift, the line breaker or the "
                "filter: arcing, the supply lost)",
                "traction converter or motors (an IGBT, a cooling fan, a motor's bearing or insulation: power lost, "
                "a converter trip, the tram jerking)",
                "brakes or sanding (a caliper, the hydraulic unit, the track brake, the sander: a brake fault, "
                "wheel slides, emergency braking)",
                "doors (a door's drive, its sensitive edge, lock or limit switch: a door not closing or locking, "
                "the traction interlock)",
                "HVAC (the saloon's or the cab's air conditioning: a compressor, a fan, refrigerant, a filter: too "
                "hot or too cold)",
                "auxiliary converter or battery (the 24 V supply, the low-voltage battery or its charger: systems "
                "resetting, lights, the tram not waking)")
TRAM_ROWS = (360, 400, 380, 380, 320, 300)
#: the causes technicians confuse (symmetric): the pantograph against the traction converter (a converter trip on a
#: line-voltage dip or arcing) and the auxiliary converter (the supply lost: no auxiliary power); the traction
#: against the brakes (wheel slip and slide, the electric brake failing over to the friction brake) and the doors
#: (the tram will not take power: a door's interlock or the drive); the brakes against the doors (a brake held on, a
#: door's open signal applying the holding brake); the doors against the auxiliary converter (the doors' 24 V supply
#: low); the HVAC against the auxiliary converter (the air conditioning shed when the supply sags)
TRAM_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 3), 2: (1, 3), 3: (1, 2, 5), 4: (5,), 5: (0, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"sweetpotato4": SWEETPOTATO_NEIGHBOURS, "orange4": ORANGE_NEIGHBOURS, "combine6": COMBINE_NEIGHBOURS,
              "tram6": TRAM_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("sweetpotato4", "orange4")
