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


def _grade(seen, limits):
    """The first class (the best) whose limits every share of the lot's sample meets (``seen``: lots x classes x
    shares, each class's shares counted at its own level); a lot within none gets ``len(limits)`` (not kept)."""
    ok = np.all(seen <= limits[None, :, :], axis=2)
    return np.where(ok.any(1), np.argmax(ok, axis=1), len(limits))


def _sweetpotato_pool(rng, n):
    """The sweetpotato pool's records, unseen laws and labels (``sweetpotato4``)."""
    variety = (rng.random(n)[:, None] > np.cumsum([0.55, 0.25, 0.1])).sum(1)
    region = (rng.random(n)[:, None] > np.cumsum([0.45, 0.2, 0.2])).sum(1)
    soil = (rng.random(n) < np.array([0.25, 0.45, 0.4, 0.2])[region]).astype(int)  # 0 sandy, 1 heavier (loam, clay)
    day = np.clip(np.round(265 + np.array([0, -5, 0, -25])[region] + 12 * rng.normal(0, 1, n)), 220, 320)
    curing = np.clip(np.round(6 * np.exp(0.3 * rng.normal(0, 1, n))), 2, 14)
    cure_temp = np.clip(np.round(29 + 1.2 * rng.normal(0, 1, n), 1), 24, 33)
    cure_rh = np.clip(np.round(90 + 3 * rng.normal(0, 1, n)), 75, 98)
    stored = np.clip(np.round(90 * np.exp(0.8 * rng.normal(0, 1, n))), 0, 330)
    temp = np.clip(np.round(14 + 1.0 * rng.normal(0, 1, n), 1), 10, 20)
    humidity = np.clip(np.round(85 + 4 * rng.normal(0, 1, n)), 65, 95)
    field = 1.0 * rng.normal(0, 1, n)  # unseen: the grower's field, a logit (wireworm, weevil, scurf, stand, rain)
    cure = (0.08 * (curing - 6) + 0.05 * (cure_rh - 90) + 0.1 * (cure_temp - 29)
            + 0.4 * rng.normal(0, 1, n))  # unseen: how well the skin healed
    z = np.column_stack([
        -3.0 + np.array([0.0, 0.3, -0.2, 0.2])[variety] + 0.6 * soil + 0.6 * field + 0.5 * rng.normal(0, 1, n),  # shape
        -3.6 + np.array([0.0, 0.2, 0.0, 0.3])[variety] + 0.4 * field + 0.5 * rng.normal(0, 1, n),  # veins, cracks
        -4.6 - 0.5 * cure + 0.3 * field + 0.5 * rng.normal(0, 1, n),  # cuts, bruises, skinning
        -4.4 + 0.6 * soil + 0.003 * stored + 0.6 * field + 0.5 * rng.normal(0, 1, n),  # scurf, soil stain
        -4.8 + np.array([0.0, 0.4, 0.6, -0.6])[region] + 0.8 * field + 0.5 * rng.normal(0, 1, n),  # wireworm, weevil
        -5.4 + 0.006 * stored + 0.3 * (temp - 14) + 0.03 * (85 - humidity)
        + 0.5 * rng.normal(0, 1, n)])  # shrivelled, pithy, sprouted, soft; unseen, per-lot logits
    decay = 0.4 * np.exp(-0.6 * cure + 0.004 * stored + 0.25 * np.maximum(0, temp - 15) + 0.5 * np.maximum(0, 12 - temp)
                         + 0.3 * field + 0.4 * rng.normal(0, 1, n))  # decay and internal breakdown, %
    weight = 300 * np.exp(np.array([0.0, 0.1, -0.05, 0.0])[variety] + 0.003 * (day - 265) - 0.1 * field
                          + 0.25 * rng.normal(0, 1, n))  # unseen: the lot's median root weight, g
    lw = np.log(weight)
    under = 100 * _sig(1.7 * (np.log(120) - lw) / 0.3)  # under 1 3/4 inches
    off_extra = np.minimum(100, under + 100 * _sig(1.7 * (lw - np.log(510)) / 0.3))  # over 18 ounces
    off_no1 = np.minimum(100, under + 100 * _sig(1.7 * (lw - np.log(567)) / 0.3))  # over 20 ounces
    off_no2 = np.minimum(100, 100 * _sig(1.7 * (np.log(80) - lw) / 0.3)
                         + 100 * _sig(1.7 * (lw - np.log(1020)) / 0.3))  # under 1 1/2 inches, over 36 ounces
    inf = np.inf
    extra = _fails(z, [0, 0, 0, 0, 0, 0])  # smooth, well shaped, damage
    no1 = _fails(z, [1.2, 1.2, 0, 0, 0, 0])  # fairly smooth, fairly well shaped, damage
    no2 = _fails(z, [inf, inf, 1.4, 1.4, 1.4, 0.8])  # serious damage, soft
    serious = _fails(z, [inf, inf, 1.4, 1.4, 1.4, 1.4])
    shares = [np.column_stack([extra, no1, no2, serious, decay, off]) for off in (off_extra, off_no1, off_no1, off_no2)]
    true = np.stack(shares, axis=1)
    seen = np.minimum(true * rng.lognormal(0, 0.1, (n, 1, 6)), 100)
    label = _grade(seen, SWEETPOTATO_LIMITS)
    return locals()


def _orange_pool(rng, n):
    """The Florida orange pool's records, unseen laws and labels (``orange4``)."""
    variety = (rng.random(n)[:, None] > np.cumsum([0.3, 0.15, 0.4])).sum(1)
    region = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    day = np.clip(np.round(np.array([60, 50, 180, 110])[variety] + 20 * rng.normal(0, 1, n)), 0, 240)  # from Oct 1
    degreen = np.where((day < 100) & (rng.random(n) < 0.8),
                       np.clip(np.round(40 * np.exp(0.4 * rng.normal(0, 1, n))), 6, 120), 0)  # ethylene, hours
    held = np.clip(np.round(2 * np.exp(0.5 * rng.normal(0, 1, n))), 0, 10)  # days from picking to packing
    sprays = np.clip(rng.poisson(3, n), 0, 8)  # the grove's miticide sprays this season
    fungicide = (rng.random(n) < 0.85).astype(int)
    grove = 1.0 * rng.normal(0, 1, n)  # unseen: the grove's care, a logit (mites, wind, melanose, canker)
    rust = (-4.2 - 0.35 * (sprays - 3) + np.array([0.3, 0.0, 0.4])[region] + 0.7 * grove
            + 0.6 * rng.normal(0, 1, n))  # unseen: the mean logit of a fruit's discoloured surface
    colour = (2.0 + np.array([-0.6, 0.3, -0.3, 0.0])[variety] + 0.006 * (day - 90) + 0.012 * degreen
              - 0.3 * grove + 0.8 * rng.normal(0, 1, n))  # unseen: a logit of the fruit well coloured
    z = np.column_stack([
        1.7 * rust,  # discoloured beyond a share of the surface
        -colour,  # colour
        -3.6 + np.array([0.3, 0.0, 0.4])[region] + 0.8 * grove + 0.5 * rng.normal(0, 1, n),  # scars, wind, thorns
        -3.4 + np.array([0.0, 0.6, 0.3, 0.0])[variety] + 0.5 * grove + 0.5 * rng.normal(0, 1, n),  # shape, creasing
        -5.0 + 0.15 * held + 0.004 * day + 0.5 * rng.normal(0, 1, n),  # soft, puffy
        -4.6 + 0.6 * grove + 0.5 * rng.normal(0, 1, n)])  # splits, oil spots, insects, other; unseen, per-lot logits
    decay = 0.15 * np.exp(0.15 * held - 0.8 * fungicide + 0.3 * grove + 0.004 * day + 0.005 * degreen
                          + 0.4 * rng.normal(0, 1, n))  # %
    diameter = np.array([70.0, 80.0, 72.0, 74.0])[variety] - 1.5 * grove + 3 * rng.normal(0, 1, n)  # unseen, mm
    off = 100 * _sig((60 - diameter) / 2.5)  # under the smallest size packed
    inf = np.inf
    own = [_fails(z, [-3.7, 0, -1.0, 0, 0, 0]),  # U.S. Fancy: a tenth, well coloured, injury, well formed, firm
           _fails(z, [-1.2, 1.2, 0, 0.8, 0, 0]),  # U.S. No. 1: a third, fairly well coloured, damage
           _fails(z, [0.0, 2.4, 1.4, 1.6, 1.0, 1.4]),  # U.S. No. 2: half, reasonably coloured, serious damage
           _fails(z, [inf, inf, 2.6, 2.8, 2.2, 2.6])]  # U.S. No. 3: slightly spongy, very serious damage
    very = _fails(z, [inf, inf, 2.6, 2.8, 3.0, 2.6])
    true = np.stack([np.column_stack([o, very, decay, off]) for o in own], axis=1)
    seen = np.minimum(true * rng.lognormal(0, 0.1, (n, 1, 4)), 100)
    label = _grade(seen, ORANGE_LIMITS)
    return locals()


def sweetpotato4():
    """Lots of fresh sweetpotatoes a packer or storage operator sells, with the grade the inspector sets in 4 steps
    (``SWEETPOTATO_CLASSES``; the best grade whose ``SWEETPOTATO_LIMITS`` the inspector's sample meets, each grade's
    shares counted at its own requirements, a lot within none not kept; ``SWEETPOTATO_GRADING`` the label's basis and
    not columns), as the lot's records and the packer's simple measures apart from the grade describe them. Unseen:
    the grower's field (one per-lot logit: more misshapen, veined, scurfy and insect-damaged roots, decay, smaller
    roots), the curing's quality (its days, humidity and temperature) and each defect's per-lot logit: misshapen
    (Beauregard and heavier soils more), veins and growth cracks, cuts and bruises (poor curing against them), scurf
    and soil stain (heavier soils, days stored), wireworm and weevil (the region), shrivelled, pithy, sprouted or soft
    (days stored, a warm or dry store); U.S. Extra No. 1 fails a root at damage by any (logit offset 0), U.S. No. 1
    (and Commercial, at its larger tolerance) at damage with shape and smoothness held only when not fairly well
    shaped or fairly smooth (1.2), U.S. No. 2 at serious damage (1.4) or soft (0.8), shape and smoothness not held;
    decay and internal breakdown (poor curing, days stored, a store too warm or chilled under 12 C, the field) and
    the roots' weights apart. The inspector reads each share with a sample's error (log spread 0.1). Columns: the
    variety (0 Covington, 1 Beauregard, 2 Orleans, 3 another), the region (0 North Carolina, 1 Louisiana, 2
    Mississippi, 3 California), the soil (0 sandy, 1 heavier), the harvest's day of the year, the curing days, the
    curing room's temperature (C) and relative humidity (%), the days in storage, the store's temperature (C) and
    relative humidity (%), the sizer's median root weight (g), the line's cull-out (%), the lot's shrink since curing
    (% of weight) and the camera's misshapen or veined roots of 200 imaged (14). Imbalanced: 440 / 620 / 540 / 540 rows
    (2,140)."""
    rng = np.random.default_rng(127101)
    p = _sweetpotato_pool(rng, 200000)
    n, z, true, stored = len(p["label"]), p["z"], p["true"], p["stored"]
    keep = _keep(rng, p["label"], SWEETPOTATO_ROWS)
    x = np.column_stack([
        p["variety"], p["region"], p["soil"], p["day"], p["curing"], p["cure_temp"], p["cure_rh"], stored, p["temp"],
        p["humidity"],
        np.round(np.clip(p["weight"] * rng.lognormal(0, 0.05, n), 50, 1500)),
        np.round(np.clip((true[:, 1, 1] + true[:, 1, 4]) * rng.lognormal(0, 0.08, n), 0.1, 90), 1),
        np.round(np.clip(1.5 + 0.04 * stored * np.exp(0.1 * (p["temp"] - 14) + 0.02 * (85 - p["humidity"])
                                                       + 0.3 * rng.normal(0, 1, n)), 0, 40), 1),
        rng.binomial(400, _sig(np.maximum(z[:, 0], z[:, 1]) + 0.8 + 0.0 * rng.normal(0, 1, n)))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def orange4():
    """Lots of fresh Florida oranges a citrus packinghouse sells, with the grade the inspector sets in 4 steps
    (``ORANGE_CLASSES``; the best grade whose ``ORANGE_LIMITS`` the inspector's sample meets, each grade's share
    counted at its own requirements, a lot within none not kept; ``ORANGE_GRADING`` the label's basis and not
    columns), as the lot's records and the packer's simple measures apart from the grade describe them. Unseen: the
    grove's care (one per-lot logit: more rust-mite discoloration, scars, misshapen fruit and other defects, poorer
    colour, smaller fruit), the lot's discoloration (the mean logit of a fruit's discoloured surface: the miticide
    sprays against it, the region), its colour (the variety, the pick's day, the degreening hours), each defect's
    per-lot logit: scars and wind or thorn scratches, shape, texture and creasing (the navels and Valencias more),
    soft or puffy (days held, late fruit), splits, oil spots and other; U.S. Fancy fails a fruit discoloured over a
    tenth of its surface (logit offset -3.7 on the discoloration's scale), not well coloured (0), injured by scars
    (-1.0) or damaged (0); U.S. No. 1 over a third (-1.2), not fairly well coloured (1.2), not fairly well formed (0.8)
    or damaged (0); U.S. No. 2 over half (0), not reasonably well coloured (2.4), seriously damaged (1.4, shape 1.6) or
    not fairly firm (1.0); U.S. No. 3 very seriously damaged (2.6, shape 2.8) or spongy (2.2); decay (days held, no
    fungicide, late fruit, degreening, the grove) and the small fruit apart. The inspector reads each share with a
    sample's error (log spread 0.1). Columns: the variety (0 Hamlin, 1 navel, 2 Valencia, 3 another: Pineapple or a
    tangelo), the region (0 Indian River, 1 the Ridge, 2 the Southwest flatwoods), the pick's day from October 1, the
    degreening hours, the days from picking to packing, the grove's miticide sprays this season, fungicide applied
    at the packinghouse (0 no, 1 yes), the colour sorter's well-coloured fruit (%), the blemish camera's marked fruit
    (%), the line's eliminations to juice (%), the squeeze tester's deformation (mm), the sizer's mean diameter (mm)
    and the juice's Brix / acid ratio (13). Imbalanced: 420 / 660 / 580 / 480 rows (2,140)."""
    rng = np.random.default_rng(127202)
    p = _orange_pool(rng, 200000)
    n, z, true, day = len(p["label"]), p["z"], p["true"], p["day"]
    keep = _keep(rng, p["label"], ORANGE_ROWS)
    x = np.column_stack([
        p["variety"], p["region"], day, p["degreen"], p["held"], p["sprays"], p["fungicide"],
        np.round(100 * _sig(p["colour"] + 0.2 * rng.normal(0, 1, n)), 1),
        np.round(np.clip(100 * (1 - (1 - _sig(z[:, 0] + 3.7)) * (1 - _sig(z[:, 2] + 1.0))) * rng.lognormal(0, 0.1, n),
                         0.1, 100), 1),
        np.round(np.clip(true[:, 2, 0] * rng.lognormal(0, 0.1, n), 0.1, 90), 1),
        np.round(np.clip(3 + 0.3 * (z[:, 4] + 5) + 0.3 * rng.normal(0, 1, n), 1, 10), 1),
        np.round(np.clip(p["diameter"] + 1.0 * rng.normal(0, 1, n), 50, 100), 1),
        np.round(np.clip(8 + 0.04 * day + np.array([0.0, 2.0, 1.0, 1.0])[p["variety"]] + 1.5 * rng.normal(0, 1, n),
                         5, 30), 1)])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``combine6``, the chances of the combine's make (0 John Deere, 1 Case IH, 2 New Holland, 3 Claas or
#: another)
COMBINE_MAKE = np.array([[0.40, 0.25, 0.20, 0.15], [0.35, 0.30, 0.20, 0.15], [0.40, 0.25, 0.20, 0.15],
                         [0.40, 0.25, 0.20, 0.15], [0.40, 0.25, 0.25, 0.10], [0.45, 0.25, 0.15, 0.15]])
#: per cause of ``combine6``, the chances of the crop (0 wheat or barley, 1 corn, 2 soybeans, 3 canola or another)
COMBINE_CROP = np.array([[0.35, 0.30, 0.25, 0.10], [0.30, 0.40, 0.20, 0.10], [0.35, 0.35, 0.20, 0.10],
                         [0.35, 0.25, 0.25, 0.15], [0.30, 0.40, 0.20, 0.10], [0.35, 0.35, 0.20, 0.10]])
#: per cause of ``combine6``, the chances of the call (0 plugging or a slug, 1 grain loss, 2 a dirty or cracked
#: sample, 3 a noise, a vibration or a broken part, 4 an alarm: a shaft's speed or the engine's temperature, 5 slow
#: unloading or the elevator plugging)
COMBINE_CALL = np.array([[0.15, 0.35, 0.02, 0.30, 0.15, 0.03], [0.45, 0.05, 0.02, 0.25, 0.20, 0.03],
                         [0.30, 0.25, 0.20, 0.10, 0.12, 0.03], [0.05, 0.45, 0.30, 0.05, 0.10, 0.05],
                         [0.05, 0.03, 0.25, 0.10, 0.22, 0.35], [0.10, 0.03, 0.02, 0.10, 0.65, 0.10]])
#: per cause of ``combine6``, the medians of the combine's records and the technician's simple measures: the engine
#: hours, the grain's moisture (%), the header's loss (bushels an acre, kernels counted in front of the machine), the
#: loss behind it (separator and shoe, bushels an acre), the tank sample's cracked grain (%) and foreign material
#: (%), the returns (% of the clean grain), the rotor's speed dips an hour, the coolant's highest temperature (C), the
#: shaft-speed alarms over the last 10 engine hours and the unloading rate (bushels a second)
COMBINE_TABLE = np.array([
    # hours  moist hdr  behind crack fm   returns dips coolant alarms unload
    [2500.0, 17.0, 3.0, 1.0, 2.0, 1.5, 8.0, 2.0, 92.0, 3.0, 3.5],  # header or its drives
    [2800.0, 19.0, 1.5, 1.2, 2.0, 1.5, 8.0, 6.0, 93.0, 5.0, 3.5],  # feeder house
    [2600.0, 18.0, 1.0, 2.5, 4.5, 1.8, 12.0, 5.0, 94.0, 3.0, 3.5],  # rotor or cylinder and concave
    [2400.0, 17.0, 1.0, 3.0, 2.0, 3.5, 18.0, 2.0, 93.0, 2.0, 3.5],  # cleaning shoe
    [2700.0, 17.0, 1.0, 1.0, 4.0, 2.0, 14.0, 2.0, 92.0, 6.0, 2.3],  # elevator or unloading auger
    [3200.0, 17.0, 1.0, 1.2, 2.0, 1.5, 8.0, 7.0, 104.0, 2.0, 3.2],  # engine's cooling or fuel
])
COMBINE_LOGS = [0, 2, 3, 4, 5, 6, 7, 9, 10]
COMBINE_KINDS = [("log", 0.4, 0.2), ("norm", 2.5, 0), ("log", 0.4, 0), ("log", 0.4, 0.05), ("log", 0.4, 0.05),
                 ("log", 0.4, 0), ("log", 0.4, 0), ("count", 0.4, 0.1), ("norm", 4.0, 0), ("count", 0.4, 0.1),
                 ("log", 0.12, 0)]


def combine6():
    """Combine harvesters a dealer's field technician is called to during harvest after a breakdown, an alarm or a
    grain-loss complaint, in 6 causes technicians confuse (``COMBINE_CLASSES``), labelled by the technician's
    finding, as the combine's records, the call and the technician's simple measures apart from it describe them.
    Each cause has its picture (``COMBINE_MAKE``, ``COMBINE_CROP``, ``COMBINE_CALL``, ``COMBINE_TABLE``; each class's
    medians ``_pull``ed 0.3 of the way toward its neighbours'): the header a grain-loss call or a broken part, the
    highest header loss; the feeder house plugging or slugs, the wettest crop, rotor dips and alarms; the rotor
    plugging or loss, the most cracked grain, loss behind; the shoe grain loss or a dirty sample, the most loss
    behind, the most foreign material and returns; the elevator slow unloading, cracked grain, the most alarms, the
    slowest unloading; the engine alarms (overheating), the most rotor dips (lugging), the hottest coolant, the most
    hours. Unseen: the combine's wear (one per-row factor raising the hours, the loss behind, the cracked grain, the
    rotor dips and the alarms). Columns: the make (0-3), the crop (0-3), the call (0-5), then the table's 11 (the
    hours to the unit within 50-12,000, the moisture to a tenth within 8-35 %, the two losses to a hundredth within
    0-30 bushels an acre, the cracked grain and the foreign material to a tenth within 0.1-30 %, the returns to a tenth
    within 1-80 %, the dips and the alarms counted (within 0-200), the coolant to a tenth within 70-125 C, the
    unloading rate to a hundredth within 0.5-6 bushels a second) (14). Imbalanced: 380 / 340 / 420 / 380 / 300 / 320
    rows (2,140)."""
    rng = np.random.default_rng(127303)
    y = rng.permutation(np.repeat(np.arange(len(COMBINE_CLASSES)), COMBINE_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (COMBINE_MAKE, COMBINE_CROP, COMBINE_CALL)]
    t = _pull(COMBINE_TABLE, COMBINE_NEIGHBOURS, 0.3, COMBINE_LOGS)[y]
    x = _draw(rng, t, COMBINE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 50, 12000, 0), (1, 8, 35, 1), (2, 0, 30, 2), (3, 0, 30, 2), (4, 0.1, 30, 1),
                                 (5, 0.1, 30, 1), (6, 1, 80, 1), (7, 0, 200, 0), (8, 70, 125, 1), (9, 0, 200, 0),
                                 (10, 0.5, 6, 2)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``tram6``, the chances of the tram's series (0 an older part low-floor series, 1 a 100 % low-floor
#: series, 2 the newest series)
TRAM_SERIES = np.array([[0.30, 0.40, 0.30], [0.35, 0.40, 0.25], [0.30, 0.40, 0.30], [0.25, 0.45, 0.30],
                        [0.40, 0.35, 0.25], [0.30, 0.35, 0.35]])
#: per cause of ``tram6``, the chances of the report's source (0 the vehicle's control system (TCMS) logging a
#: fault, 1 the driver's report, 2 a passenger's or the controller's complaint, 3 a depot check)
TRAM_SOURCE = np.array([[0.40, 0.35, 0.05, 0.20], [0.50, 0.35, 0.05, 0.10], [0.40, 0.40, 0.05, 0.15],
                        [0.35, 0.40, 0.15, 0.10], [0.20, 0.30, 0.40, 0.10], [0.45, 0.35, 0.10, 0.10]])
#: per cause of ``tram6``, the chances of the symptom (0 no traction, the tram not moving, 1 power lost or jerking,
#: 2 a brake fault or a wheel slide, 3 a door fault, 4 the saloon too hot or too cold, 5 systems resetting or lights
#: failing, 6 arcing, a smell or a noise from the roof)
TRAM_SYMPTOM = np.array([[0.25, 0.20, 0.02, 0.02, 0.03, 0.18, 0.30], [0.30, 0.35, 0.10, 0.02, 0.02, 0.05, 0.16],
                         [0.15, 0.10, 0.60, 0.05, 0.01, 0.03, 0.06], [0.30, 0.03, 0.05, 0.55, 0.01, 0.04, 0.02],
                         [0.01, 0.02, 0.01, 0.02, 0.80, 0.04, 0.10], [0.20, 0.05, 0.05, 0.10, 0.15, 0.43, 0.02]])
#: per cause of ``tram6``, the medians of the tram's records and the technicians' simple measures: the kilometres
#: since its last overhaul (thousands), its age (years), the day's highest outside temperature (C), the TCMS's fault
#: codes over the last 7 days, the line-voltage interruptions it logged over the last 7 days, the wheel slips and
#: slides a thousand km, the door faults logged over the last 7 days, the saloon's difference from its set
#: temperature (C, its size), the 24 V battery's voltage at the depot check (V), the traction converter's highest
#: heatsink temperature (C) and the pantograph's carbon strip left (mm)
TRAM_TABLE = np.array([
    # km    age   out   tcms  dips  slips doors saloon batt  conv  strip
    [150.0, 12.0, 12.0, 8.0, 20.0, 3.0, 2.0, 1.0, 26.5, 55.0, 9.0],  # pantograph or its supply
    [180.0, 14.0, 18.0, 15.0, 6.0, 6.0, 2.0, 1.0, 26.5, 75.0, 15.0],  # traction converter or motors
    [160.0, 12.0, 10.0, 8.0, 3.0, 14.0, 2.0, 1.0, 26.5, 55.0, 15.0],  # brakes or sanding
    [150.0, 15.0, 12.0, 8.0, 3.0, 3.0, 12.0, 1.0, 26.5, 55.0, 15.0],  # doors
    [150.0, 13.0, 28.0, 5.0, 3.0, 3.0, 2.0, 5.0, 26.5, 58.0, 15.0],  # HVAC
    [150.0, 14.0, 12.0, 12.0, 6.0, 3.0, 4.0, 2.0, 23.5, 55.0, 15.0],  # auxiliary converter or battery
])
TRAM_LOGS = [0, 1, 3, 4, 5, 6, 7, 10]
TRAM_KINDS = [("log", 0.5, 0.2), ("log", 0.3, 0.1), ("norm", 8.0, 0), ("count", 0.5, 0.1), ("count", 0.6, 0),
              ("log", 0.5, 0.05), ("count", 0.6, 0.05), ("log", 0.6, 0), ("norm", 0.8, 0), ("norm", 8.0, 0),
              ("log", 0.3, 0)]


def tram6():
    """A city's trams (low-floor light-rail vehicles) taken out of service after a fault or a driver's report, in 6
    causes depot technicians confuse (``TRAM_CLASSES``), labelled by the technicians' finding, as the tram's records,
    the report, the symptom and the technicians' simple measures apart from it describe them. Each cause has its
    picture (``TRAM_SERIES``, ``TRAM_SOURCE``, ``TRAM_SYMPTOM``, ``TRAM_TABLE``; each class's medians ``_pull``ed 0.3
    of the way toward its neighbours'): the pantograph arcing or no traction, the most line-voltage interruptions, the
    thinnest carbon strip; the traction converter power lost or jerking, the most fault codes, the hottest converter,
    the most kilometres since overhaul; the brakes a brake fault, the most slips and slides; the doors a door fault,
    the most door faults logged; the HVAC the saloon too hot or cold, passengers' complaints, the hottest days, the
    saloon furthest off its set temperature; the auxiliary converter systems resetting, the lowest battery voltage.
    Unseen: the tram's wear (one per-row factor raising the kilometres, the age, the fault codes, the slips and the
    door faults). Columns: the series (0-2), the source (0-3), the symptom (0-6), then the table's 11 (the kilometres
    to a tenth within 1-800 thousand, the age to a tenth within 0.5-45 years, the outside temperature to a tenth within
    -20-40 C, the fault codes, the interruptions and the door faults counted (within 0-300), the slips to a tenth
    within 0.1-100, the saloon's difference to a tenth within 0-20 C, the battery to a hundredth within 18-29 V, the
    converter to a tenth within 20-110 C, the strip to a tenth within 2-25 mm) (14). Imbalanced: 360 / 400 / 380 /
    380 / 320 / 300 rows (2,140)."""
    rng = np.random.default_rng(127404)
    y = rng.permutation(np.repeat(np.arange(len(TRAM_CLASSES)), TRAM_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (TRAM_SERIES, TRAM_SOURCE, TRAM_SYMPTOM)]
    t = _pull(TRAM_TABLE, TRAM_NEIGHBOURS, 0.3, TRAM_LOGS)[y]
    x = _draw(rng, t, TRAM_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 800, 1), (1, 0.5, 45, 1), (2, -20, 40, 1), (3, 0, 300, 0), (4, 0, 300, 0),
                                 (5, 0.1, 100, 1), (6, 0, 300, 0), (7, 0, 20, 1), (8, 18, 29, 2), (9, 20, 110, 1),
                                 (10, 2, 25, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND127`` lists them (the ordered sets first)
GENERATORS = {"sweetpotato4": sweetpotato4, "orange4": orange4, "combine6": combine6, "tram6": tram6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND127_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "sweetpotato4": (2140, 14, SWEETPOTATO_ROWS),
    "orange4": (2140, 13, ORANGE_ROWS),
    "combine6": (2140, 14, COMBINE_ROWS),
    "tram6": (2140, 14, TRAM_ROWS),
}
ROUND127 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
