"""Round 129's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account is written at the end of the round: what was read, opened, assumed and measured.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.special import ndtri

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- veneer4: a softwood veneer sheet's grade
#: the 4 classes of ``veneer4`` (a rotary-peeled softwood veneer sheet a plywood mill's grader sorts after the dryer,
#: by the veneer grade of the voluntary product standard PS 1), the best first. PS 1 names N, A, B, C-plugged, C and D
#: veneer; this set takes A (smooth, paintable, neat repairs only), B (a solid surface: tight knots to about 1 inch,
#: repair plugs, minor splits), C (knotholes to about 1 inch, limited splits) and D (knots and knotholes to about 2.5
#: inches, limited splits), in that order. N, C-plugged and the rest left out: a sheet within none of the four (a
#: knothole or a split over D's limits) goes to the chipper or the core line and is not kept
VENEER_CLASSES = ("A veneer (smooth, paintable: no open defects, small tight knots, neat repairs only)",
                  "B veneer (a solid surface: tight knots to 1 inch, no knotholes, minor splits, pitch limited)",
                  "C veneer (knotholes to 1 inch, tight knots to 1.5 inches, splits to 1/2 inch)",
                  "D veneer (knots and knotholes to 2.5 inches, splits to 1 inch)")
VENEER_ROWS = (360, 560, 700, 520)
#: per grade from A to D, the grader's limits on the sheet (a 4 x 8 ft face): the largest open knothole across the
#: grain (in), the largest tight knot (in), the knots and knotholes counted, the widest split (in) and the pitch
#: pockets counted. The sizes are the author's reading of PS 1's usual form (no table of PS 1 was read whole): A no
#: knothole, tight knots to 3/8 inch, at most 6 knots, splits to 1/32 inch (hairline), no pitch pocket; B no knothole,
#: tight knots to 1 inch, at most 20, splits to 1/16, at most 4 pitch pockets; C knotholes to 1 inch, knots to 1.5,
#: splits to 1/2 inch; D knots and knotholes to 2.5 inches, splits to 1 inch
VENEER_LIMITS = np.array([[0.0, 0.375, 6.0, 0.03125, 0.0], [0.0, 1.0, 20.0, 0.0625, 4.0],
                          [1.0, 1.5, np.inf, 0.5, np.inf], [2.5, 2.5, np.inf, 1.0, np.inf]])
#: the grade above and below each (a sheet near a limit is sorted one step up or down by the grader's reading of a
#: knot's size, whether a knot is tight or a knothole, and a split's width, on a sheet passing at line speed)
VENEER_NEIGHBOURS = ordinal_neighbours(len(VENEER_CLASSES))
#: what the grade is set from: the label's basis, not columns
VENEER_GRADING = ("the grader's reading of the dried sheet's face on the grading chain: each knot's and knothole's "
                  "size across the grain, knots tight or open, splits' widths, pitch pockets, against PS 1's limits",
                  "the grade stacked at the dryer's outfeed, the grader's mark on the sheet")


# ---------------------------------------------------------------------- catsup4: a tomato catsup lot's grade
#: the 4 classes of ``catsup4`` (a lot of tomato catsup a processor's quality lab grades, by the USDA grade of tomato
#: catsup), the best first: U.S. Grade A (Fancy: good colour, good consistency, practically free from defects, good
#: flavour, at least 33 % total solids, at least 85 points), U.S. Grade B (Extra Standard: the same factors, at least
#: 29 % total solids, at least 85 points), U.S. Grade C (Standard: fairly good colour, consistency, freedom from defects
#: and flavour, at least 25 % total solids, at least 70 points) and Substandard (failing Grade C)
CATSUP_CLASSES = ("U.S. Grade A or U.S. Fancy (at least 33 % total solids, 85 points, every factor good)",
                  "U.S. Grade B or U.S. Extra Standard (at least 29 % total solids, 85 points, every factor good)",
                  "U.S. Grade C or U.S. Standard (at least 25 % total solids, 70 points, every factor fairly good)",
                  "Substandard (failing Grade C: a factor under fairly good, under 70 points or under 25 % solids)")
CATSUP_ROWS = (480, 600, 560, 500)
#: per grade from A to Substandard, the least the lot must reach: the total solids (%), the total score (points), and
#: each scored factor's score (colour, consistency, absence of defects, flavour, 25 points each) as a limiting rule
#: (a "good" factor 21-25 points, "fairly good" 18-20: the author's reading of the usual USDA form; a factor under a
#: grade's least holds the lot below that grade whatever its total). Substandard takes every lot
CATSUP_LIMITS = np.array([[33.0, 85.0, 21.0, 21.0, 21.0, 21.0], [29.0, 85.0, 21.0, 21.0, 21.0, 21.0],
                          [25.0, 70.0, 18.0, 18.0, 18.0, 18.0], np.full(6, -np.inf)])
#: the consistency's flows: the most a Bostwick consistometer may read (cm in 30 s at 20 C) for a good consistency
#: (Grades A and B: 9 cm, as a tomato-processing text gives it) and a fairly good one (11 cm: the author's reading)
CATSUP_BOSTWICK = (9.0, 11.0)
#: the grade above and below each (a lot near a solids line or a factor's line is graded one step up or down by the
#: grader's scoring of the colour against the USDA colour standards, the flow's reading and the defects' count)
CATSUP_NEIGHBOURS = ordinal_neighbours(len(CATSUP_CLASSES))
#: what the grade is set from: the label's basis, not columns
CATSUP_GRADING = ("the USDA-trained grader's scores of the lot's sample: colour against the tomato products' colour "
                  "standards, consistency by the Bostwick flow and the free liquid's separation on a grading tray, "
                  "defects (specks, dark particles, peel, seeds) against the grading plate, flavour; the total solids "
                  "by the vacuum oven",
                  "the grade on the lot's certificate, after the scores' limiting rules")


# ---------------------------------------------------------------------- transformer6: a power transformer's failure
#: the 6 classes of ``transformer6`` (a utility's power transformer taken out of service after a failure or an alarm,
#: by the cause its engineers found at the teardown or the internal inspection); left out: the protection relays'
#: and the control wiring's faults, and the tank's external damage (a bird, a vehicle, a gunshot)
TRANSFORMER_CLASSES = ("windings (a turn-to-turn or a layer fault, a winding displaced by a through-fault's forces, a "
                       "lead or a joint overheating)",
                       "on-load tap changer (the diverter switch's contacts, its barrier leaking into the main tank, "
                       "the selector, the drive mechanism)",
                       "bushings (a condenser bushing's insulation, moisture through its seal, a top connection "
                       "overheating)",
                       "core and clamping (a core's lamination short or an unintended core ground, loose clamping, "
                       "circulating currents heating the core's steel)",
                       "cooling system (fans, oil pumps, radiators or coolers blocked or leaking: the oil and the "
                       "windings running hot)",
                       "insulating oil and paper's degradation (wet, aged or oxidised oil, paper's polymerisation "
                       "lost: the dielectric strength gone)")
TRANSFORMER_ROWS = (420, 380, 320, 360, 340, 320)
#: the causes engineers confuse (symmetric): the windings against the tap changer (acetylene and hydrogen: arcing in
#: a winding or the diverter's oil leaking into the main tank), the core (a hot spot's ethylene: a winding's joint or
#: the core's steel) and the oil and paper (a winding failing where the paper was aged; CO and furans); the tap changer
#: against the bushings (a connection overheating at the tank's top, the power factor at the outage's tests); the
#: bushings against the oil and paper (moisture: a bushing's seal or the wet main insulation, the power factor); the
#: core against the cooling system (thermal gases without paper: a hot core or hot oil); the cooling system against
#: the oil and paper (running hot ages the paper: CO, CO2 and furans)
TRANSFORMER_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2), 2: (1, 5), 3: (0, 4), 4: (3, 5), 5: (0, 2, 4)}


# ---------------------------------------------------------------------- tbm6: a tunnel boring machine's stoppage
#: the 6 classes of ``tbm6`` (a tunnelling contractor's tunnel boring machine stopped for a breakdown, by the cause its
#: engineers found); left out: a ground collapse or an inflow at the face, the power supply, and the guidance system
TBM_CLASSES = ("cutterhead and its disc cutters (cutters worn flat, blocked or lost, the cutterhead's wear or its "
               "openings clogged)",
               "main bearing and drive (the main bearing, its seals, the drive motors, gearboxes or pinions)",
               "muck conveyor (the screw conveyor's flights, gate or drive in an earth-pressure balance machine, or "
               "the belt conveyor's belt, rollers or drive)",
               "segment erector (the erector's rotation, its gripper or vacuum head, its hydraulics or controls)",
               "grouting system (the tail-void grout's pumps, lines blocked or set, the tail seal, the mixing plant)",
               "thrust cylinders and hydraulics (a cylinder's seals or shoes, the hydraulic pumps, valves, hoses, the "
               "oil overheating)")
TBM_ROWS = (400, 340, 380, 320, 360, 340)
#: the causes engineers confuse (symmetric): the cutterhead against the main bearing and drive (the torque high and
#: the advance slow, noise from the head: the cutters or the drive) and the muck conveyor (a face clogged in sticky
#: ground: the cutterhead's openings or the screw); the main bearing and drive against the thrust hydraulics (hydraulic
#: drives and thrust on the same oil: the oil hot, a pump failing); the muck conveyor against the grouting system (the
#: backup's lines and belts fouled by spilled muck or grout); the segment erector against the grouting system (the
#: ring's build and the tail-void grouting in one cycle: a ring damaged or delayed) and the thrust cylinders (the
#: cylinders retracted and re-extended for each segment: the ring's build slow)
TBM_NEIGHBOURS = {0: (1, 2), 1: (0, 5), 2: (0, 4), 3: (4, 5), 4: (2, 3), 5: (1, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"veneer4": VENEER_NEIGHBOURS, "catsup4": CATSUP_NEIGHBOURS, "transformer6": TRANSFORMER_NEIGHBOURS,
              "tbm6": TBM_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("veneer4", "catsup4")


def _largest(rng, count, median, spread):
    """The largest of ``count`` lognormal sizes about ``median`` (a per-row value; 0 where ``count`` is 0): the
    quantile of the largest drawn once per row."""
    u = rng.random(len(count)) ** (1.0 / np.maximum(count, 1))
    return np.where(count > 0, median * np.exp(spread * ndtri(np.clip(u, 1e-9, 1 - 1e-9))), 0.0)


def _veneer_pool(rng, n):
    """The veneer sheet pool's records, unseen laws and labels (``veneer4``)."""
    species = (rng.random(n)[:, None] > np.cumsum([0.4, 0.3, 0.2])).sum(1)  # Douglas-fir, southern pine, hem-fir, other
    diameter = np.clip(np.round(np.array([42.0, 34.0, 40.0, 30.0])[species] * np.exp(0.22 * rng.normal(0, 1, n)), 1),
                       18, 110)  # the log's small-end diameter, cm
    core = 3.5
    radius = np.round(np.sqrt(core ** 2 + rng.random(n) * ((diameter / 2) ** 2 - core ** 2)), 1)  # cm left at peel
    branch = rng.normal(0, 1, n)  # unseen: the tree's branchiness (the stand's spacing, the crown)
    dead = rng.normal(0, 1, n)  # unseen: the branches' dying (knots loose, encased in bark)
    knot_rate = np.exp(1.6 + np.array([0.0, -0.2, 0.2, 0.3])[species] + 0.6 * branch
                       - 0.9 * np.clip((radius - 0.45 * diameter / 2) / 10, 0, None) - 0.01 * (diameter - 38))
    knots = rng.poisson(knot_rate)
    thickness = np.array([2.5, 3.2, 4.2])[(rng.random(n)[:, None] > np.cumsum([0.35, 0.45])).sum(1)]  # mm
    temp = np.round(np.clip(185 + np.array([0.0, 5.0, -10.0, 0.0])[species] + 5 * (thickness - 3.2)
                            + 6 * rng.normal(0, 1, n), 150, 230))  # the dryer's setting, C
    open_share = _sig(-1.6 + np.array([0.0, 0.3, -0.3, 0.4])[species] + 0.9 * dead + 0.04 * (temp - 185))
    holes = rng.binomial(knots, open_share)
    size = 0.55 * np.exp(np.array([0.0, 0.1, -0.1, 0.05])[species] + 0.35 * branch)  # a knot's median size, in
    hole = _largest(rng, holes, 1.05 * size, 0.5)
    tight = _largest(rng, knots - holes, size, 0.5)
    deck = np.clip(np.round(20 * np.exp(0.8 * rng.normal(0, 1, n))), 0, 200)  # days the log lay in the deck
    steam = np.round(np.clip(10 + 4 * rng.normal(0, 1, n), 0, 30), 1)  # hours conditioned in the steam vats
    moisture = np.clip(np.exp(np.log(6.0) - 0.015 * (temp - 185) + 0.35 * rng.normal(0, 1, n)), 1, 25)  # after dryer
    split = 0.025 * np.exp(-0.25 * (moisture - 6) + 0.008 * deck - 0.02 * (steam - 10) - 0.3 * (thickness - 3.2)
                           + 0.9 * rng.normal(0, 1, n))  # the widest split, in
    pitch = rng.poisson(np.exp(np.array([0.3, 0.5, -1.5, -0.5])[species] + 0.7 * rng.normal(0, 1, n)))
    true = np.column_stack([hole, tight, knots, split, pitch]).astype(float)
    seen = true.copy()
    seen[:, [0, 1, 3]] *= rng.lognormal(0, 0.12, (n, 3))  # the grader's eye on the sizes at line speed
    seen[:, 2] += rng.poisson(0.4, n) - rng.binomial(knots, 0.08)  # pin knots counted or missed
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), VENEER_LIMITS)
    return locals()


def _catsup_pool(rng, n):
    """The catsup lot pool's records, unseen laws and labels (``catsup4``)."""
    recipe = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.25])).sum(1)  # premium, retail, foodservice, economy
    target = np.array([34.0, 32.0, 30.0, 27.5])[recipe]  # the recipe's total solids, %
    brk = (rng.random(n)[:, None] > np.cumsum([0.5, 0.3])).sum(1)  # the paste: 0 hot break, 1 cold break, 2 a blend
    age = np.round(np.clip(6 * np.exp(0.7 * rng.normal(0, 1, n)), 0, 30), 1)  # the paste's months in storage
    screen = np.array([0.033, 0.045, 0.060])[(rng.random(n)[:, None] > np.cumsum([0.35, 0.4])).sum(1)]  # in
    drift = rng.normal(0, 1, n)  # unseen: the line's evaporation and dosing drift
    solids = target + 1.1 * drift + 0.5 * rng.normal(0, 1, n)  # total solids, %
    paste = rng.normal(0, 1, n)  # unseen: the paste lot's quality (the crop's colour, mould, the break's care)
    scorch = rng.normal(0, 1, n)  # unseen: the cook's heat (the kettle's or the evaporator's fouling)
    colour = 23.5 + 1.2 * paste - 0.12 * age - 0.6 * scorch + 0.8 * rng.normal(0, 1, n)
    bostwick = np.exp(np.log(6.5) + np.array([0.0, 0.3, 0.15])[brk] - 0.06 * (solids - 31) - 0.1 * paste
                      + 0.15 * rng.normal(0, 1, n))  # cm in 30 s at 20 C
    consistency = np.where(bostwick <= 5, 25, 25 - 1.0 * (bostwick - 5)) - 0.6 * np.clip(3 - bostwick, 0, None)
    specks = np.exp(np.log(4) + 7 * (screen - 0.045) - 0.4 * paste + 0.2 * scorch + 0.4 * rng.normal(0, 1, n))
    defects = 25 - 0.6 * specks
    flavour = 24.0 + 0.6 * paste - 0.08 * age - 0.7 * scorch + 0.6 * rng.normal(0, 1, n)
    scores = np.clip(np.round(np.column_stack([colour, consistency, defects, flavour])
                              + 0.6 * rng.normal(0, 1, (n, 4))), 0, 25)  # the grader's scores
    total = scores.sum(1)
    seen_solids = solids + 0.2 * rng.normal(0, 1, n)  # the vacuum oven's reading
    ok = ((seen_solids[:, None] >= CATSUP_LIMITS[None, :, 0]) & (total[:, None] >= CATSUP_LIMITS[None, :, 1])
          & np.all(scores[:, None, :] >= CATSUP_LIMITS[None, :, 2:], axis=2))
    label = np.argmax(ok, axis=1)  # Substandard takes every lot
    return locals()


def veneer4():
    """Rotary-peeled softwood veneer sheets a plywood mill's grader sorts after the dryer, with the PS 1 veneer grade
    in 4 steps (``VENEER_CLASSES``; the best grade whose ``VENEER_LIMITS`` the grader's reading of the sheet meets, a
    sheet within none not kept; ``VENEER_GRADING`` the label's basis and not columns), as the log's and the dryer's
    records and the optical scanner's simple measures apart from the grade describe them. Unseen: the tree's
    branchiness and its branches' dying, the knots (a Poisson count, fewer toward the outside of a large log's clear
    wood), the share of them loose and fallen out (dead branches, a hot dryer), the knots' and knotholes' largest
    sizes, the widest split (an over-dried sheet, a log long in the deck, a short steam, a thin sheet) and the pitch
    pockets (Douglas-fir and southern pine most). The grader reads the sizes with an error (log spread 0.12) and
    counts the knots within a few. Columns: the species (0 Douglas-fir, 1 southern yellow pine, 2 hem-fir, 3 another:
    larch, spruce-pine-fir), the log's small-end diameter (cm), the log's radius left when the sheet was peeled (cm),
    the hours in the steam vats, the days the log lay in the deck, the sheet's thickness (mm), the dryer's setting
    (C), the outfeed moisture meter's reading (%), the scanner's knots counted, its largest defect across the grain
    (mm), its open defects counted (light through the sheet), its splits' length (cm) and the colour camera's resin
    spots counted (13). Imbalanced: 360 / 560 / 700 / 520 rows (2,140)."""
    rng = np.random.default_rng(129101)
    p = _veneer_pool(rng, 200000)
    n, knots, holes = len(p["label"]), p["knots"], p["holes"]
    keep = _keep(rng, p["label"], VENEER_ROWS)
    x = np.column_stack([
        p["species"], p["diameter"], p["radius"], p["steam"], p["deck"], p["thickness"], p["temp"],
        np.round(np.clip(p["moisture"] + 0.6 * rng.normal(0, 1, n), 0.5, 30), 1),
        rng.binomial(knots, 0.8) + rng.poisson(0.5, n),
        np.round(np.clip(25.4 * np.maximum(p["hole"], p["tight"]) * rng.lognormal(0, 0.12, n), 0, 200)),
        rng.binomial(holes, 0.95) + rng.poisson(0.05, n),
        np.round(np.clip(40 * (p["split"] / 0.025) ** 0.8 * rng.lognormal(0, 0.3, n), 0, 400)),
        rng.poisson(1.2 * p["pitch"] + 0.3)])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def catsup4():
    """Lots of tomato catsup a processor's quality lab grades, with the USDA grade in 4 steps (``CATSUP_CLASSES``; the
    best grade whose ``CATSUP_LIMITS`` the lot's total solids, its total score and each factor's score meet,
    Substandard taking the rest; ``CATSUP_GRADING`` the label's basis and not columns), as the line's records and the
    lab's simple measures apart from the grade describe them. Unseen: the total solids (the recipe's target and the
    line's drift), the paste lot's quality (its colour, mould and specks), the cook's heat (scorching: darker, off
    flavour), the Bostwick flow at 20 C (a cold-break paste thinner, more solids thicker; scored 25 at 5 cm or less, a
    point less for each cm over, so that 9 cm is the least good and 11 cm the least fairly good of
    ``CATSUP_BOSTWICK``), the specks (a coarse finisher screen more) and the four factors' scores (colour, consistency,
    absence of defects, flavour) the grader gives within about 0.6 of a point. Columns: the recipe (0 premium retail,
    1 retail, 2 foodservice, 3 economy or private label), the paste (0 hot break, 1 cold break, 2 a blend), the
    finisher's screen (in), the paste's months in storage, the line's in-line refractometer (Brix), the line's
    Bostwick check at filling (cm), the lab's colorimeter a/b ratio, the lab's pH, its titratable acidity (% as acetic
    acid), its salt (%), its Howard mould count (% of positive fields), the filling temperature (C) and the
    evaporator's hours since its last cleaning (13). Imbalanced: 480 / 600 / 560 / 500 rows (2,140)."""
    rng = np.random.default_rng(129202)
    p = _catsup_pool(rng, 200000)
    n, paste, scorch = len(p["label"]), p["paste"], p["scorch"]
    keep = _keep(rng, p["label"], CATSUP_ROWS)
    x = np.column_stack([
        p["recipe"], p["brk"], p["screen"], p["age"],
        np.round(p["solids"] - 1.6 + 0.7 * rng.normal(0, 1, n), 1),
        np.round(np.clip(p["bostwick"] * rng.lognormal(0, 0.15, n), 1, 25), 1),
        np.round(2.15 + 0.05 * (p["colour"] - 23.5) + 0.06 * rng.normal(0, 1, n), 2),
        np.round(3.75 - 0.03 * paste + 0.07 * rng.normal(0, 1, n), 2),
        np.round(np.clip(1.2 + np.array([0.1, 0.0, -0.05, -0.1])[p["recipe"]] + 0.1 * rng.normal(0, 1, n), 0.5, 2), 2),
        np.round(np.clip(2.8 + 0.25 * rng.normal(0, 1, n), 1.5, 4.5), 2),
        np.round(np.clip(20 * np.exp(-0.5 * paste + 0.4 * rng.normal(0, 1, n)), 0, 100)),
        np.round(88 + 2 * rng.normal(0, 1, n), 1),
        np.round(np.clip(40 * np.exp(0.4 * scorch + 0.4 * rng.normal(0, 1, n)), 1, 400))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``transformer6``, the chances of the unit's duty (0 a generator step-up unit, 1 a transmission
#: autotransformer, 2 a substation's step-down transformer)
TRANSFORMER_UNIT = np.array([[0.35, 0.25, 0.40], [0.15, 0.40, 0.45], [0.30, 0.35, 0.35], [0.40, 0.25, 0.35],
                             [0.40, 0.20, 0.40], [0.30, 0.25, 0.45]])
#: per cause of ``transformer6``, the chances of what took it out (0 a Buchholz or gas relay's alarm, 1 a routine
#: oil sample's gas trend, 2 a temperature alarm, 3 a differential or pressure-relief trip, 4 an online monitor's
#: alarm (the bushings' or the tap changer's), 5 a finding at an outage's tests)
TRANSFORMER_TRIGGER = np.array([[0.30, 0.15, 0.05, 0.40, 0.02, 0.08], [0.25, 0.30, 0.02, 0.15, 0.18, 0.10],
                                [0.05, 0.10, 0.02, 0.25, 0.35, 0.23], [0.20, 0.50, 0.08, 0.05, 0.02, 0.15],
                                [0.05, 0.20, 0.60, 0.05, 0.02, 0.08], [0.15, 0.45, 0.10, 0.10, 0.02, 0.18]])
#: per cause of ``transformer6``, the chances of its cooling (0 ONAN, natural, 1 ONAF, fans, 2 OFAF or ODAF, pumps)
TRANSFORMER_COOLING = np.array([[0.30, 0.45, 0.25], [0.30, 0.45, 0.25], [0.30, 0.45, 0.25], [0.30, 0.45, 0.25],
                                [0.10, 0.45, 0.45], [0.35, 0.45, 0.20]])
#: per cause of ``transformer6``, the medians of the unit's records, its last dissolved-gas analysis and the
#: engineers' simple measures: its age (years), its mean load over the last year (% of its rating), hydrogen,
#: acetylene, ethylene and carbon monoxide in the oil (ppm), 2-furfural (ppm), the oil's moisture (ppm), the tap
#: changer's operations since its last maintenance (thousands), the bushings' highest power factor (%), the highest
#: top-oil temperature over the last year (C), the through-faults over the last 5 years and the core's insulation
#: resistance to ground (megohm)
TRANSFORMER_TABLE = np.array([
    # age  load  H2     C2H2  C2H4   CO      FAL  water taps   pf    top   faults core
    [30.0, 65.0, 250.0, 12.0, 70.0, 500.0, 1.0, 18.0, 40.0, 0.45, 74.0, 4.0, 600.0],  # windings
    [28.0, 65.0, 150.0, 30.0, 50.0, 420.0, 0.6, 15.0, 120.0, 0.45, 72.0, 1.5, 600.0],  # on-load tap changer
    [30.0, 62.0, 80.0, 2.0, 15.0, 420.0, 0.6, 16.0, 50.0, 1.4, 72.0, 1.5, 600.0],  # bushings
    [26.0, 62.0, 120.0, 3.0, 220.0, 380.0, 0.5, 14.0, 50.0, 0.45, 74.0, 1.5, 30.0],  # core and clamping
    [28.0, 78.0, 70.0, 1.0, 80.0, 800.0, 1.4, 20.0, 50.0, 0.5, 92.0, 1.5, 550.0],  # cooling system
    [42.0, 60.0, 150.0, 2.0, 40.0, 1000.0, 4.0, 35.0, 50.0, 0.7, 76.0, 1.5, 500.0],  # oil and paper
])
TRANSFORMER_LOGS = [0, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12]
TRANSFORMER_KINDS = [("log", 0.3, 0.1), ("norm", 10.0, 0), ("log", 0.8, 0.2), ("count", 0.8, 0.1), ("log", 0.8, 0.1),
                     ("log", 0.5, 0.1), ("log", 0.7, 0.2), ("log", 0.35, 0.1), ("log", 0.5, 0), ("log", 0.35, 0.05),
                     ("norm", 6.0, 1.0), ("count", 0.6, 0), ("log", 1.0, -0.2)]


def transformer6():
    """A utility's power transformers taken out of service after a failure or an alarm, in 6 causes its engineers
    confuse (``TRANSFORMER_CLASSES``), labelled by the engineers' finding, as the unit's records, its last
    dissolved-gas analysis and the engineers' simple measures apart from it describe them. Each cause has its picture
    (``TRANSFORMER_UNIT``, ``TRANSFORMER_TRIGGER``, ``TRANSFORMER_COOLING``, ``TRANSFORMER_TABLE``; each class's
    medians ``_pull``ed 0.3 of the way toward its neighbours'): the windings a trip after through-faults, hydrogen and
    some acetylene; the tap changer the most acetylene and operations; the bushings an online monitor's alarm or a
    test, the highest power factor, few gases; the core a gas trend, the most ethylene, a low core insulation; the
    cooling system a temperature alarm, the hottest oil, the heaviest load, CO; the oil and paper the oldest units,
    the most CO, furans and moisture. Unseen: the unit's age and wear (one per-row factor raising the age, the gases,
    the furans, the moisture, the power factor and the top oil, lowering the core's insulation). Columns: the duty
    (0-2), the trigger (0-5), the cooling (0-2), then the table's 13 (the age to a tenth within 1-70 years, the load to
    a tenth within 5-130 %, the gases to whole ppm within 0-20,000 (hydrogen, ethylene, CO) or 0-2,000 (acetylene,
    counted), the furfural to a hundredth within 0.01-30 ppm, the moisture to a tenth within 2-80 ppm, the tap
    operations to a tenth within 0.1-1,000 thousand, the power factor to a hundredth within 0.1-10 %, the top oil to a
    tenth within 30-130 C, the through-faults counted, the core's insulation to whole megohm within 0-10,000) (16).
    Imbalanced: 420 / 380 / 320 / 360 / 340 / 320 rows (2,140)."""
    rng = np.random.default_rng(129303)
    y = rng.permutation(np.repeat(np.arange(len(TRANSFORMER_CLASSES)), TRANSFORMER_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (TRANSFORMER_UNIT, TRANSFORMER_TRIGGER, TRANSFORMER_COOLING)]
    t = _pull(TRANSFORMER_TABLE, TRANSFORMER_NEIGHBOURS, 0.3, TRANSFORMER_LOGS)[y]
    x = _draw(rng, t, TRANSFORMER_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 70, 1), (1, 5, 130, 1), (2, 0, 20000, 0), (3, 0, 2000, 0), (4, 0, 20000, 0),
                                 (5, 0, 20000, 0), (6, 0.01, 30, 2), (7, 2, 80, 1), (8, 0.1, 1000, 1),
                                 (9, 0.1, 10, 2), (10, 30, 130, 1), (11, 0, 300, 0), (12, 0, 10000, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``tbm6``, the chances of the machine (0 an earth-pressure balance shield, 1 a single-shield hard-rock
#: machine, 2 a double shield)
TBM_MACHINE = np.array([[0.45, 0.30, 0.25], [0.40, 0.30, 0.30], [0.60, 0.25, 0.15], [0.45, 0.30, 0.25],
                        [0.50, 0.30, 0.20], [0.40, 0.30, 0.30]])
#: per cause of ``tbm6``, the chances of the ground in the shift (0 clay or silt, 1 sand and gravel, 2 a mixed face,
#: 3 rock)
TBM_GROUND = np.array([[0.15, 0.20, 0.35, 0.30], [0.20, 0.20, 0.25, 0.35], [0.40, 0.25, 0.20, 0.15],
                       [0.25, 0.25, 0.25, 0.25], [0.30, 0.30, 0.20, 0.20], [0.20, 0.25, 0.25, 0.30]])
#: per cause of ``tbm6``, the chances of the shift report's event (0 the advance slow or the torque high, 1 a noise or
#: vibration, 2 an alarm: a temperature or a pressure trip, 3 an oil or a grout leak, 4 the ring's build delayed or a
#: segment damaged, 5 the muck jammed, spilling or the belt stopped)
TBM_EVENT = np.array([[0.55, 0.25, 0.05, 0.02, 0.03, 0.10], [0.25, 0.35, 0.30, 0.05, 0.02, 0.03],
                      [0.15, 0.08, 0.10, 0.02, 0.05, 0.60], [0.03, 0.05, 0.12, 0.15, 0.63, 0.02],
                      [0.03, 0.02, 0.15, 0.40, 0.30, 0.10], [0.15, 0.05, 0.35, 0.25, 0.18, 0.02]])
#: per cause of ``tbm6``, the medians of the machine's logs and the engineers' simple measures: the chainage (km
#: from the launch shaft), the metres bored since the last cutterhead intervention, the cutterhead's torque and the
#: thrust (% of rated, the shift's mean), the penetration (mm a revolution), the disc cutters changed over the last 50
#: rings, the main bearing's temperature (C), the gear oil's iron (ppm), the conveyor's stoppages in the shift, the
#: ring's build time (min), the grout injected (% of the tail void) and its pressure alarms in the shift, and the
#: hydraulic oil's temperature (C)
TBM_TABLE = np.array([
    # km  since  torque thrust pen  cutters bear  iron  stops ring grout alarms oil
    [2.0, 120.0, 85.0, 75.0, 4.0, 8.0, 50.0, 40.0, 1.0, 40.0, 105.0, 1.0, 52.0],  # cutterhead and cutters
    [2.5, 60.0, 80.0, 60.0, 6.5, 3.0, 68.0, 150.0, 1.0, 42.0, 105.0, 1.0, 56.0],  # main bearing and drive
    [2.0, 60.0, 75.0, 60.0, 7.0, 3.0, 50.0, 40.0, 6.0, 42.0, 105.0, 1.5, 52.0],  # muck conveyor
    [2.0, 60.0, 60.0, 55.0, 8.0, 3.0, 50.0, 40.0, 1.0, 70.0, 105.0, 1.5, 55.0],  # segment erector
    [2.0, 60.0, 60.0, 55.0, 8.0, 3.0, 50.0, 40.0, 2.0, 50.0, 80.0, 6.0, 52.0],  # grouting system
    [2.2, 60.0, 65.0, 82.0, 6.0, 3.0, 52.0, 50.0, 1.0, 55.0, 105.0, 1.0, 66.0],  # thrust cylinders, hydraulics
])
TBM_LOGS = [0, 1, 4, 5, 7, 8, 9, 11]
TBM_KINDS = [("log", 0.5, 0), ("log", 0.6, 0.1), ("norm", 10.0, 2.0), ("norm", 10.0, 2.0), ("log", 0.3, -0.05),
             ("count", 0.5, 0.1), ("norm", 6.0, 1.0), ("log", 0.6, 0.1), ("count", 0.6, 0), ("log", 0.25, 0.05),
             ("norm", 10.0, 0), ("count", 0.6, 0), ("norm", 5.0, 1.0)]


def tbm6():
    """A tunnelling contractor's tunnel boring machines stopped for a breakdown, in 6 causes its engineers confuse
    (``TBM_CLASSES``), labelled by the engineers' finding, as the machine's logs, the shift's report and the engineers'
    simple measures apart from it describe them. Each cause has its picture (``TBM_MACHINE``, ``TBM_GROUND``,
    ``TBM_EVENT``, ``TBM_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the
    cutterhead a slow advance in rock or a mixed face, the highest torque, the lowest penetration, the most cutters
    changed and metres since an intervention; the main bearing and drive a noise or an alarm, the hottest bearing, the
    most iron in the gear oil; the conveyor jammed muck in clay, the most stoppages; the erector a ring delayed, the
    slowest build; the grouting a leak or a ring delayed, the least grout, the most pressure alarms; the thrust
    hydraulics an alarm or a leak, the highest thrust, the hottest hydraulic oil. Unseen: the shift's hard going (one
    per-row factor raising the torque, the thrust, the temperatures, the cutters changed, the iron and the build time
    and lowering the penetration). Columns: the machine (0-2), the ground (0-3), the event (0-5), then the table's 13
    (the chainage to a hundredth within 0.05-20 km, the metres since to whole metres within 1-2,000, the torque and the
    thrust to a tenth within 5-130 %, the penetration to a tenth within 0.5-30 mm, the cutters, the stoppages and the
    alarms counted (within 0-300), the bearing's and the oil's temperatures to a tenth within 15-110 C, the iron to
    whole ppm within 1-3,000, the build to a tenth within 10-400 min, the grout to a tenth within 20-200 %) (16).
    Imbalanced: 400 / 340 / 380 / 320 / 360 / 340 rows (2,140)."""
    rng = np.random.default_rng(129404)
    y = rng.permutation(np.repeat(np.arange(len(TBM_CLASSES)), TBM_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (TBM_MACHINE, TBM_GROUND, TBM_EVENT)]
    t = _pull(TBM_TABLE, TBM_NEIGHBOURS, 0.3, TBM_LOGS)[y]
    x = _draw(rng, t, TBM_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.05, 20, 2), (1, 1, 2000, 0), (2, 5, 130, 1), (3, 5, 130, 1), (4, 0.5, 30, 1),
                                 (5, 0, 300, 0), (6, 15, 110, 1), (7, 1, 3000, 0), (8, 0, 300, 0), (9, 10, 400, 1),
                                 (10, 20, 200, 1), (11, 0, 300, 0), (12, 15, 110, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND129`` lists them (the ordered sets first)
GENERATORS = {"veneer4": veneer4, "catsup4": catsup4, "transformer6": transformer6, "tbm6": tbm6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND129_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "veneer4": (2140, 13, VENEER_ROWS),
    "catsup4": (2140, 13, CATSUP_ROWS),
    "transformer6": (2140, 16, TRANSFORMER_ROWS),
    "tbm6": (2140, 16, TBM_ROWS),
}
ROUND129 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
