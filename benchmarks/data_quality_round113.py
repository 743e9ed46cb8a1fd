"""Round 113's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The full account is written after the measures; this first commit holds only the classes, the rows, the grading
limits and the neighbour maps, committed before any generator exists.)
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


# ---------------------------------------------------------------------- lumber5: a piece's visual structural grade
#: the 5 classes of ``lumber5`` (a piece of kiln-dried 2x8 dimension lumber at a sawmill's grading station, by the
#: visual structural grade the certified grader stamps on it), the best first
LUMBER_CLASSES = ("Select Structural", "No. 1", "No. 2", "No. 3", "Economy or reject (below No. 3)")
LUMBER_ROWS = (300, 380, 720, 440, 300)
#: per grade down to No. 3, the largest each characteristic may be as the grader reads it (a piece meeting none of
#: the four rows is Economy or a reject): the largest knot's effective size (fraction of the face's width; an edge
#: knot counts half again), the slope of grain (the deviation per unit length: 1 in 12, 10, 8, 4), wane (fraction of
#: the width), a split's length (in the piece's widths) and crook (mm over 12 ft)
LUMBER_LIMITS = np.array([[0.25, 1 / 12, 0.25, 1.0, 10.0], [0.33, 1 / 10, 0.25, 1.0, 10.0],
                          [0.42, 1 / 8, 0.33, 1.5, 15.0], [0.60, 1 / 4, 0.50, 3.3, 20.0]])
#: the grade above and below each (a piece near a limit is stamped a step up or down by the grader's eye on a knot's
#: edge distance, a slope read from a check's line, the station's pace and the grader's own habit)
LUMBER_NEIGHBOURS = ordinal_neighbours(len(LUMBER_CLASSES))
#: what the stamp is given from: the label's basis, not columns
LUMBER_GRADING = ("the grader's look at the piece's four faces at the chain's pace: the worst knot for its size and "
                  "place, the slope of grain, wane, splits and warp, each against the grade's limit; the worst "
                  "characteristic sets the grade",
                  "the grader's eye and habit at a limit's edge, and the station's pace")


# ---------------------------------------------------------------------- pearl5: a cultured pearl strand lot's grade
#: the 5 classes of ``pearl5`` (a lot of strands of cultured pearls bought from a pearl farm, by the grade the
#: wholesaler's grader sorts it into), the best first
PEARL_CLASSES = ("AAA (very high lustre, nearly clean, round, thick nacre, matched)",
                 "AA+ (high lustre, light blemishes, round)",
                 "AA (medium to high lustre, light blemishes, near round)",
                 "A+ (medium lustre, some blemishes, near round or off round)",
                 "A (low lustre, blemishes on much of the surface, thin nacre or off round)")
PEARL_ROWS = (220, 380, 640, 520, 380)
#: the lower limits of A+, AA, AA+ and AAA on the grader's score (lustre, surface, shape and matching folded in;
#: higher better) that the grade takes, as ``np.digitize`` reads them (the score's grades read reversed)
PEARL_LIMITS = (-1.2, -0.3, 0.6, 1.4)
#: the thinnest nacre (mm) a lot may have and be graded AA+ or AAA, and AA (thinner nacre caps the grade: it shows
#: the nucleus and will not wear)
PEARL_NACRE = (0.35, 0.25)
#: the grade above and below each (graders differ mostly by one grade: the lustre under the sorting room's light, a
#: blemish counted or not, the strands' matching, the wholesaler's stock of the day)
PEARL_NEIGHBOURS = ordinal_neighbours(len(PEARL_CLASSES))
#: what the grade is sorted from: the label's basis, not columns
PEARL_GRADING = ("the grader's look at the strands on a white board under daylight lamps: lustre (the reflection's "
                 "sharpness), surface blemishes, shape, matching, and the nacre's thickness as a cap",
                 "the grader's own habit and the wholesaler's orders of the day")


# ---------------------------------------------------------------------- dishwasher6: a dishwasher's fault
#: the 6 classes of ``dishwasher6`` (a household dishwasher a service technician visits because the dishes come out
#: dirty or water stays in the tub, by the cause the technician diagnosed)
DISHWASHER_CLASSES = ("clogged filter, drain hose or air gap (water left in the tub, slow drain, grit on the dishes)",
                      "failed drain pump (a jammed impeller or a dead motor: water stays, a drain error code)",
                      "blocked spray arm (jets clogged by food or scale, an arm not turning: dirty upper rack)",
                      "failed inlet valve or low water pressure (too little water: dirty dishes, a fill error code)",
                      "failed heating element or thermistor (cold wash: detergent left, greasy dishes, wet dishes)",
                      "failed control board (a relay or a driver dead: stops mid cycle, odd or no error codes)")
DISHWASHER_ROWS = (480, 320, 340, 300, 360, 340)
#: the causes technicians confuse (symmetric): a clog against the drain pump (both leave water in the tub; a clog
#: starves the pump, debris jams its impeller) and the spray arm (the same food debris: a clogged filter starves the
#: wash pump and the arms spray weakly); the drain pump against the board (no drive from the board reads as a dead
#: pump); the spray arm against the inlet valve (too little water sprays weakly) and the heater (both leave dirty
#: dishes); the inlet valve against the board (the board never opens the valve); the heater against the board (its
#: relay powers the element)
DISHWASHER_NEIGHBOURS = {0: (1, 2), 1: (0, 5), 2: (0, 3, 4), 3: (2, 5), 4: (2, 5), 5: (1, 3, 4)}


# ---------------------------------------------------------------------- escalator6: an escalator's stopping fault
#: the 6 classes of ``escalator6`` (an escalator in a station or a mall stopped by a fault, by the cause the
#: maintenance engineer diagnosed)
ESCALATOR_CLASSES = ("comb-plate or step-sag safety switch (debris at the comb, a step out of mesh: the chain opens)",
                     "worn step chain or its tensioner (elongated chain, worn rollers: noise, steps out of line)",
                     "handrail speed deviation (a slipping handrail drive, a worn or stretched handrail)",
                     "drive motor or brake fault (overload, overheating, a brake out of adjustment: long stops)",
                     "missing-step or skirt-brush switch (a gap between steps, a skirt deflected or its brush torn)",
                     "controller or sensor fault (a speed or direction sensor, the drive's inverter, a safety relay)")
ESCALATOR_ROWS = (420, 340, 360, 320, 300, 400)
#: the causes engineers confuse (symmetric): a comb or step-sag trip against the step chain (a worn chain lets the
#: steps sag and hit the comb), the missing-step or skirt switch (switches at the landings, the same debris and
#: vandalism) and the controller (a failing switch input or relay reads as a trip); the step chain against the drive
#: and brake (a stretched chain loads the drive, both lengthen the stop) and the missing-step switch (an elongated
#: chain opens the gap between steps); the handrail against the drive (the handrail is driven off the main drive) and
#: the controller (its speed sensor); the drive or brake against the controller (the inverter's overload and the
#: motor's read alike); the missing-step switch against the controller (its sensor and input)
ESCALATOR_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 3, 4), 2: (3, 5), 3: (1, 2, 5), 4: (0, 1, 5), 5: (0, 2, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"lumber5": LUMBER_NEIGHBOURS, "pearl5": PEARL_NEIGHBOURS, "dishwasher6": DISHWASHER_NEIGHBOURS,
              "escalator6": ESCALATOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lumber5", "pearl5")


def lumber5():
    """Kiln-dried 2x8 dimension lumber at a sawmill's grading station, with the visual structural grade the certified
    grader stamps in 5 steps (``LUMBER_CLASSES``; the first grade whose ``LUMBER_LIMITS`` every characteristic meets
    as the grader reads it, ``LUMBER_GRADING`` the label's basis and not columns), as the piece's records and the
    mill's simple measures apart from the stamp describe it. The piece's true characteristics are unseen: the
    largest knot and its place across the face (a young plantation's fast-grown juvenile wood has bigger knots), the
    slope of grain (juvenile wood and a knot's swirl), wane (a small-log line and a thinning's small logs), a split
    (a high-temperature kiln schedule), crook (juvenile wood, a wet piece). The grader reads them with the station's
    habit (a shared 0.04, log), each 0.06 (log), and a station leaning lenient or strict. Columns: the species group
    (0 Douglas fir-larch, 1 hem-fir, 2 spruce-pine-fir, 3 southern pine), the mill line (0 large logs, 1 small logs,
    2 curve-sawing), the log's source stand (0 old second growth, 1 managed, 2 young plantation, 3 commercial
    thinning), the kiln schedule (0 conventional, 1 high temperature), the shift (0 day, 1 night), the grader's
    station (0-3), the scanner's largest knot (fraction of the width), its place (0 the centreline .. 1 the edge),
    the slope of grain, the wane (fraction of the width), the split's length (in widths), the surface checks' length
    (mm), the crook (mm over 12 ft), the moisture (%) and the machine's bending stiffness (E, million psi) (15).
    Imbalanced: 300 / 380 / 720 / 440 / 300 rows (2,140)."""
    rng = np.random.default_rng(113101)
    n = 200000
    species = (rng.random(n)[:, None] > np.cumsum([0.3, 0.25, 0.3])).sum(1)
    line = rng.integers(0, 3, n)
    stand = (rng.random(n)[:, None] > np.cumsum([0.2, 0.35, 0.3])).sum(1)
    kiln = (rng.random(n) < 0.4).astype(int)
    shift = rng.integers(0, 2, n)
    station = rng.integers(0, 4, n)
    juvenile = np.array([-0.6, -0.1, 0.4, 0.8])[stand] + 0.5 * rng.normal(0, 1, n)  # unseen
    knot = np.clip(0.22 * np.exp(0.35 * juvenile + np.array([0.0, 0.05, 0.1, -0.05])[species])
                   * rng.lognormal(0, 0.45, n), 0.02, 1)
    edge = rng.random(n)
    slope = np.abs(0.045 * np.exp(0.3 * juvenile) * rng.normal(0, 1, n)) + 0.08 * knot
    wane = np.where(rng.random(n) < 0.15 + 0.25 * (line == 1) + 0.15 * (stand == 3),
                    0.15 * rng.lognormal(0, 0.6, n), 0)
    split = rng.exponential(0.35 * (1 + 0.8 * kiln) * np.array([1.0, 1.2, 0.9, 1.3])[species])
    moisture = np.clip(15 - 2.5 * kiln + 0.8 * shift + 2 * rng.normal(0, 1, n), 7, 25)
    crook = 5 * np.exp(0.45 * juvenile + 0.05 * (moisture - 14) - 0.2 * kiln) * rng.lognormal(0, 0.5, n)
    true = np.column_stack([knot * (1 + 0.5 * edge), slope, wane, split, crook])
    habit = np.array([0.95, 1.0, 1.0, 1.08])[station][:, None]  # a station's lean: under 1 lenient
    seen = true * habit * rng.lognormal(0, 0.04, (n, 1)) * rng.lognormal(0, 0.06, (n, 5))
    meets = np.all(seen[:, None, :] <= LUMBER_LIMITS[None], 2)
    label = np.where(meets.any(1), np.argmax(meets, 1), len(LUMBER_CLASSES) - 1)
    keep = _keep(rng, label, LUMBER_ROWS)
    stiff = 1.6 * np.array([1.15, 1.0, 0.95, 1.1])[species] * np.exp(-0.15 * juvenile - 0.6 * (knot - 0.22)
                                                                     - 1.5 * slope) * rng.lognormal(0, 0.1, n)
    x = np.column_stack([
        species, line, stand, kiln, shift, station,
        np.round(np.clip(knot * rng.lognormal(0, 0.06, n), 0.01, 1), 3),
        np.round(np.clip(edge + 0.04 * rng.normal(0, 1, n), 0, 1), 2),
        np.round(np.abs(slope + 0.006 * rng.normal(0, 1, n)), 3),
        np.round(np.clip(wane + 0.02 * rng.normal(0, 1, n), 0, 1), 2),
        np.round(split * rng.lognormal(0, 0.15, n), 2),
        np.round(80 * np.exp(0.5 * kiln + 0.3 * np.log1p(split)) * rng.lognormal(0, 0.5, n)),
        np.round(np.clip(crook + 0.8 * rng.normal(0, 1, n), 0, 80), 1),
        np.round(moisture + 0.8 * rng.normal(0, 1, n), 1),
        np.round(stiff * rng.lognormal(0, 0.05, n), 2)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def pearl5():
    """Lots of cultured pearl strands bought from pearl farms, with the grade the wholesaler's grader sorts them into
    in 5 grades (``PEARL_CLASSES``; the grader's score against ``PEARL_LIMITS``, capped by ``PEARL_NACRE`` on the
    grader's X-ray of a sample pearl, ``PEARL_GRADING`` the label's basis and not columns), as the lot's records and
    simple measures apart from the grade describe it. Unseen: the oysters' health and the farm's water, the seeding
    technician's skill (its own and the day's), the true lustre (health, a winter harvest's cold water for Akoya,
    thick nacre), the surface's cleanliness (health, skill; a long culture marks more), the shape (skill; a long
    culture and a big nucleus go off round) and the strands' matching. The grader's score adds lustre, surface,
    shape, matching and the grader's habit (0.2); the grade is read from it (the best first), then capped by thin
    nacre. Columns: the farm (0-3), the oyster species (0 Akoya Pinctada fucata, 1 South Sea P. maxima, 2 Tahitian
    P. margaritifera), the culture period (months), the harvest month (1-12), the nucleus' size (mm), the seeding
    technician (0-3), the water's temperature at harvest (C), the lustre meter's reading (0-100), the nacre's
    thickness by X-ray (mm, the lab's own pearl), the blemishes a pearl (mean count), the roundness (%), the colour
    reading (b*, yellowness), the size spread (mm, standard deviation) and the mean diameter (mm) (14). Imbalanced:
    220 / 380 / 640 / 520 / 380 rows (2,140)."""
    rng = np.random.default_rng(113202)
    n = 200000
    farm = rng.integers(0, 4, n)
    species = (rng.random(n)[:, None] > np.cumsum([0.55, 0.25])).sum(1)
    akoya = (species == 0).astype(float)
    period = np.round(np.clip(np.array([14.0, 24.0, 18.0])[species] * rng.lognormal(0, 0.2, n), 6, 40))
    month = rng.integers(1, 13, n)
    winter = np.cos((month - 1) * np.pi / 6)
    nucleus = np.round(np.clip(np.array([6.5, 10.0, 8.5])[species] + 0.8 * rng.normal(0, 1, n), 3, 14), 1)
    tech = rng.integers(0, 4, n)
    skill = np.array([0.4, 0.1, -0.1, -0.4])[tech] + 0.3 * rng.normal(0, 1, n)  # unseen
    health = np.array([0.2, 0.0, -0.1, -0.2])[farm] + 0.6 * rng.normal(0, 1, n)  # unseen
    nacre = np.array([0.3, 0.9, 0.7])[species] * period / 12 * np.exp(0.3 * health) * rng.lognormal(0, 0.25, n)
    big = nucleus - np.array([6.5, 10.0, 8.5])[species]
    lustre = 0.5 * health + 0.3 * winter * akoya + 0.3 * np.log(nacre / 0.35) + 0.2 * skill \
        + 0.5 * rng.normal(0, 1, n)  # unseen
    surface = 0.4 * health + 0.3 * skill - 0.1 * (period - 18) / 6 + 0.6 * rng.normal(0, 1, n)  # unseen
    shape = 0.5 * skill - 0.25 * (period - 18) / 6 - 0.2 * big + 0.6 * rng.normal(0, 1, n)  # unseen
    matching = 0.3 * skill + 0.8 * rng.normal(0, 1, n)  # unseen
    score = 0.9 * lustre + 0.6 * surface + 0.4 * shape + 0.3 * matching + 0.2 * rng.normal(0, 1, n)
    label = len(PEARL_CLASSES) - 1 - np.digitize(score, PEARL_LIMITS)
    xray = nacre * rng.lognormal(0, 0.08, n)  # the grader's sample pearl
    label = np.maximum(label, np.where(xray < PEARL_NACRE[1], 3, np.where(xray < PEARL_NACRE[0], 2, 0)))
    keep = _keep(rng, label, PEARL_ROWS)
    x = np.column_stack([
        farm, species, period, month, nucleus, tech,
        np.round(np.array([22.0, 28.0, 27.0])[species] - 4 * winter * akoya + rng.normal(0, 1, n), 1),
        np.round(np.clip(50 + 12 * lustre + 2 * rng.normal(0, 1, n), 0, 100)),
        np.round(nacre * rng.lognormal(0, 0.05, n), 2),
        np.round(np.exp(0.8 - 0.8 * surface) * rng.lognormal(0, 0.1, n), 1),
        np.round(np.clip(92 + 4 * shape + 0.75 * rng.normal(0, 1, n), 50, 100), 1),
        np.round(np.array([2.0, 4.0, 6.0])[species] - 0.6 * health + 1.5 * rng.normal(0, 1, n), 1),
        np.round(0.25 * np.exp(-0.4 * matching) * rng.lognormal(0, 0.08, n), 2),
        np.round(nucleus + 2 * nacre + 0.3 * rng.normal(0, 1, n), 1)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``dishwasher6``, the chances of the make (0 Bosch or Siemens, 1 Whirlpool or KitchenAid, 2 GE, 3
#: another)
DISHWASHER_MAKE = np.array([[0.30, 0.30, 0.20, 0.20], [0.25, 0.35, 0.20, 0.20], [0.25, 0.30, 0.25, 0.20],
                            [0.30, 0.25, 0.25, 0.20], [0.20, 0.35, 0.25, 0.20], [0.25, 0.25, 0.30, 0.20]])
#: per cause of ``dishwasher6``, the chances of the error code shown (0 none, 1 a drain code, 2 a fill or water
#: supply code, 3 a heating or temperature code, 4 a board, communication or other code)
DISHWASHER_CODE = np.array([[0.55, 0.35, 0.03, 0.02, 0.05], [0.25, 0.60, 0.02, 0.03, 0.10],
                            [0.85, 0.03, 0.04, 0.03, 0.05], [0.30, 0.03, 0.57, 0.03, 0.07],
                            [0.35, 0.02, 0.03, 0.52, 0.08], [0.35, 0.15, 0.10, 0.10, 0.30]])
#: per cause of ``dishwasher6``, the chances of the owner's coded complaint (0 water left in the tub, 1 dishes dirty,
#: 2 dishes cold or wet, detergent left, 3 stops mid cycle or will not start, 4 a noise or a hum)
DISHWASHER_COMPLAINT = np.array([[0.55, 0.35, 0.02, 0.03, 0.05], [0.65, 0.05, 0.02, 0.08, 0.20],
                                 [0.05, 0.80, 0.05, 0.02, 0.08], [0.05, 0.55, 0.10, 0.20, 0.10],
                                 [0.02, 0.30, 0.55, 0.10, 0.03], [0.20, 0.15, 0.15, 0.45, 0.05]])
#: per cause of ``dishwasher6``, the medians of the machine's records and the technician's simple measures: its age
#: (years), the cycles a week, the household's water hardness (mg/L as CaCO3), the water let in on a fill (L), the
#: drain's time (s, stopped at 600), the water left in the sump after the drain (L), the wash's highest temperature
#: (C), the drain pump's current (A), the inlet valve's coil resistance (ohm), the lower spray arm's turns a minute,
#: the heating element's resistance (ohm; an open thermistor's circuit reads high too)
DISHWASHER_TABLE = np.array([
    # age  cyc  hard    fill drain  left wtemp amps  valve   rpm   heat
    [7.0, 6.0, 150.0, 3.5, 240.0, 1.5, 52.0, 0.45, 1000.0, 22.0, 15.0],  # clogged filter or hose
    [8.0, 5.0, 150.0, 3.5, 600.0, 2.5, 53.0, 0.12, 1000.0, 33.0, 15.0],  # drain pump
    [6.0, 7.0, 300.0, 3.4, 95.0, 0.35, 54.0, 0.30, 1000.0, 8.0, 15.0],  # spray arm
    [9.0, 5.0, 250.0, 1.5, 85.0, 0.25, 50.0, 0.30, 3000.0, 20.0, 15.0],  # inlet valve or pressure
    [9.0, 8.0, 250.0, 3.5, 90.0, 0.30, 30.0, 0.30, 1000.0, 32.0, 200.0],  # heater or thermistor
    [7.0, 5.0, 150.0, 2.5, 200.0, 1.0, 40.0, 0.20, 1000.0, 25.0, 15.0],  # control board
])
DISHWASHER_LOGS = [0, 1, 2, 3, 4, 5, 7, 8, 10]
DISHWASHER_KINDS = [("log", 0.4, 0.15), ("log", 0.4, 0), ("log", 0.6, 0), ("log", 0.25, 0), ("log", 0.45, 0.1),
                    ("log", 0.6, 0.2), ("norm", 6.0, 0), ("log", 0.5, 0), ("log", 0.6, 0), ("norm", 8.0, -2.0),
                    ("log", 1.0, 0)]


def dishwasher6():
    """Household dishwashers a service technician visits because the dishes come out dirty or water stays in the
    tub, in 6 causes technicians confuse (``DISHWASHER_CLASSES``), labelled by the technician's diagnosis, as the
    machine's records, its error code, the owner's coded complaint and the technician's simple measures apart from
    it describe them. Each cause has its picture (``DISHWASHER_MAKE``, ``DISHWASHER_CODE``, ``DISHWASHER_COMPLAINT``,
    ``DISHWASHER_TABLE``): a clog "water left" or "dirty", a slow drain, water in the sump, a strained pump, weak
    arms; the drain pump "water left" or a hum, a drain code, the drain timed out, little current; the spray arm
    "dirty", hard water, the arm hardly turning; the inlet valve "dirty", a fill code, little water let in, its coil
    read high; the heater "cold or wet", a heating code, a cold wash, its element read high; the board "stops mid
    cycle", odd codes, a short fill, a slow drain and a cool wash (whatever it fails to drive). Unseen: the machine's
    wear (one per-row factor raising its age, the drain's time and the water left, slowing the arm). Columns: the
    make (0-3), the error code (0-4), the complaint (0-4), then the table's 11 (the age to a tenth within 0.5-25
    years, the cycles to a tenth within 0.5-21, the hardness to the unit within 10-600 mg/L, the fill to a tenth
    within 0.2-8 L, the drain's time to the unit within 20-600 s, the water left to a tenth within 0-4 L, the
    temperature to a tenth within 15-75 C, the current to a hundredth within 0-2 A, the valve to the unit within
    100-1,000,000 ohm (open), the arm's turns to a tenth within 0-60, the heater to a tenth within 5-100,000 ohm)
    (14). Imbalanced: 480 / 320 / 340 / 300 / 360 / 340 rows (2,140)."""
    rng = np.random.default_rng(113303)
    y = rng.permutation(np.repeat(np.arange(len(DISHWASHER_CLASSES)), DISHWASHER_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (DISHWASHER_MAKE, DISHWASHER_CODE, DISHWASHER_COMPLAINT)]
    t = _pull(DISHWASHER_TABLE, DISHWASHER_NEIGHBOURS, 0.3, DISHWASHER_LOGS)[y]
    x = _draw(rng, t, DISHWASHER_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 25, 1), (1, 0.5, 21, 1), (2, 10, 600, 0), (3, 0.2, 8, 1), (4, 20, 600, 0),
                                 (5, 0, 4, 1), (6, 15, 75, 1), (7, 0, 2, 2), (8, 100, 1e6, 0), (9, 0, 60, 1),
                                 (10, 5, 1e5, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``escalator6``, the chances of the make (0 Otis, 1 Schindler, 2 KONE, 3 another)
ESCALATOR_MAKE = np.array([[0.30, 0.30, 0.25, 0.15], [0.35, 0.25, 0.20, 0.20], [0.30, 0.25, 0.25, 0.20],
                           [0.30, 0.30, 0.20, 0.20], [0.30, 0.30, 0.25, 0.15], [0.25, 0.30, 0.30, 0.15]])
#: per cause of ``escalator6``, the chances of the unit standing outdoors (0 indoor, 1 outdoor or exposed)
ESCALATOR_OUTDOOR = np.array([[0.65, 0.35], [0.70, 0.30], [0.65, 0.35], [0.80, 0.20], [0.70, 0.30],
                              [0.65, 0.35]])
#: per cause of ``escalator6``, the chances of the controller's fault code (0 a safety circuit open at a landing:
#: comb plate or step sag, 1 a step chain or missing-step switch, 2 handrail speed, 3 the drive's overload, the
#: motor's temperature or the brake, 4 the controller, the inverter, a speed sensor or a communication fault)
ESCALATOR_CODE = np.array([[0.70, 0.10, 0.03, 0.05, 0.12], [0.15, 0.55, 0.03, 0.17, 0.10],
                           [0.05, 0.03, 0.80, 0.05, 0.07], [0.05, 0.10, 0.05, 0.65, 0.15],
                           [0.20, 0.65, 0.02, 0.03, 0.10], [0.20, 0.10, 0.10, 0.15, 0.45]])
#: per cause of ``escalator6``, the chances of the station's coded complaint (0 stopped suddenly with passengers, 1
#: a noise or vibration, 2 the handrail slow or jerky, 3 stops again and again, 4 will not restart after a reset)
ESCALATOR_COMPLAINT = np.array([[0.50, 0.05, 0.02, 0.35, 0.08], [0.25, 0.50, 0.03, 0.12, 0.10],
                                [0.25, 0.05, 0.55, 0.12, 0.03], [0.35, 0.20, 0.05, 0.15, 0.25],
                                [0.50, 0.10, 0.02, 0.25, 0.13], [0.30, 0.03, 0.05, 0.40, 0.22]])
#: per cause of ``escalator6``, the medians of the unit's records and the engineer's simple measures: the rise (m),
#: its age (years), the passengers a day (thousands), the step chain's elongation (% of its new length), the
#: handrail's speed off the steps' (%), the brake's stopping distance unloaded (m), the motor's current running
#: (% of its rating), the vibration at the drive (mm/s), the stops logged in the last 30 days, the days since the
#: last maintenance visit
ESCALATOR_TABLE = np.array([
    # rise  age  pass  elong  hand  brake  amps  vib  stops days
    [6.0, 14.0, 18.0, 0.8, 1.0, 0.40, 60.0, 2.5, 8.0, 20.0],  # comb plate or step sag
    [8.0, 22.0, 15.0, 2.2, 1.2, 0.55, 75.0, 5.5, 4.0, 30.0],  # step chain or tensioner
    [6.0, 16.0, 12.0, 0.7, 12.0, 0.40, 62.0, 2.5, 5.0, 25.0],  # handrail
    [10.0, 18.0, 14.0, 1.0, 2.0, 0.95, 95.0, 4.0, 4.0, 35.0],  # drive motor or brake
    [6.0, 15.0, 16.0, 1.2, 1.0, 0.40, 60.0, 3.0, 6.0, 20.0],  # missing step or skirt
    [7.0, 12.0, 10.0, 0.6, 4.0, 0.45, 65.0, 2.0, 10.0, 20.0],  # controller or sensor
])
ESCALATOR_LOGS = [0, 1, 2, 3, 4, 5, 7, 9]
ESCALATOR_KINDS = [("log", 0.4, 0), ("log", 0.35, 0.1), ("log", 0.6, 0), ("log", 0.4, 0.15), ("log", 0.6, 0),
                   ("log", 0.3, 0.05), ("norm", 12.0, 3.0), ("log", 0.4, 0.1), ("count", 0.5, 0.1),
                   ("log", 0.5, 0.15)]


def escalator6():
    """Escalators in stations and malls stopped by a fault, in 6 causes maintenance engineers confuse
    (``ESCALATOR_CLASSES``), labelled by the engineer's diagnosis, as the unit's records, the controller's fault code,
    the station's coded complaint and the engineer's simple measures apart from it describe them. Each cause has its
    picture (``ESCALATOR_MAKE``, ``ESCALATOR_OUTDOOR``, ``ESCALATOR_CODE``, ``ESCALATOR_COMPLAINT``,
    ``ESCALATOR_TABLE``): a comb or step-sag trip "stopped suddenly" or "again and again", a safety-circuit code, a
    busy unit, many stops logged; a worn chain "noise", a chain code, the chain elongated, an old unit, vibration; a
    handrail "slow or jerky", a handrail code, its speed far off; the drive or brake a drive code, "will not
    restart", a high rise, a high current, a long stop; a missing-step or skirt switch "stopped suddenly", a step
    code, the chain somewhat elongated; the controller a controller code, "again and again", many stops logged, a
    newer unit. Unseen: the unit's wear (one per-row factor raising its age, the chain's elongation, the brake's
    distance, the current, the vibration, the stops and the days since maintenance). Columns: the make (0-3), indoor
    or outdoor (0 / 1), the fault code (0-4), the complaint (0-4), then the table's 10 (the rise to a tenth within
    2-40 m, the age to a tenth within 0.5-50 years, the passengers to a tenth within 0.3-150 thousand, the
    elongation to a hundredth within 0-5 %, the handrail to a tenth within 0-40 %, the brake to a hundredth within
    0.1-2.5 m, the current to the unit within 10-150 %, the vibration to a tenth within 0.2-30 mm/s, the stops as
    drawn (at most 100), the days to the unit within 1-180) (14). Imbalanced: 420 / 340 / 360 / 320 / 300 / 400 rows
    (2,140)."""
    rng = np.random.default_rng(113404)
    y = rng.permutation(np.repeat(np.arange(len(ESCALATOR_CLASSES)), ESCALATOR_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (ESCALATOR_MAKE, ESCALATOR_OUTDOOR, ESCALATOR_CODE, ESCALATOR_COMPLAINT)]
    t = _pull(ESCALATOR_TABLE, ESCALATOR_NEIGHBOURS, 0.3, ESCALATOR_LOGS)[y]
    x = _draw(rng, t, ESCALATOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 2, 40, 1), (1, 0.5, 50, 1), (2, 0.3, 150, 1), (3, 0, 5, 2), (4, 0, 40, 1),
                                 (5, 0.1, 2.5, 2), (6, 10, 150, 0), (7, 0.2, 30, 1), (8, 0, 100, 0), (9, 1, 180, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND113`` lists them (the ordered sets first)
GENERATORS = {"lumber5": lumber5, "pearl5": pearl5, "dishwasher6": dishwasher6, "escalator6": escalator6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND113_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "lumber5": (2140, 15, LUMBER_ROWS),
    "pearl5": (2140, 14, PEARL_ROWS),
    "dishwasher6": (2140, 14, DISHWASHER_ROWS),
    "escalator6": (2140, 14, ESCALATOR_ROWS),
}
ROUND113 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
