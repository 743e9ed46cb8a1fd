"""Round 131's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account is written at the end of the work.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- lamb4: a lamb carcass's USDA quality grade
#: the 4 classes of ``lamb4`` (a lamb carcass a packing plant's USDA grader grades, by the U.S. Standards for Grades of
#: Lamb, Yearling Mutton, and Mutton Carcasses), the best first: U.S. Prime, U.S. Choice, U.S. Good, U.S. Utility.
#: U.S. Cull (a carcass within none of the four) left out: such a carcass is not kept
LAMB_CLASSES = ("U.S. Prime (at least Prime quality: flank streakings small to modest by the maturity, firm lean; "
                "Prime conformation, or quality above Prime making up for it)",
                "U.S. Choice (at least low Choice quality: traces to slight flank streakings by the maturity; "
                "slightly thick muscled, or quality making up for it)",
                "U.S. Good (at least low Good quality; slightly thin muscled, or quality making up for it)",
                "U.S. Utility (at least low Utility quality and conformation: thin muscled, soft lean, few or no "
                "streakings)")
LAMB_ROWS = (560, 720, 520, 340)
#: per grade from Prime to Utility, the grader's least readings (negated, so that each is held "at most") on a
#: points scale of the grades' thirds (Utility 3-5.9, Good 6-8.9, Choice 9-11.9, Prime 12 and up): the quality (the
#: flank's fat streakings and the lean's firmness against the carcass's maturity: a more mature carcass needs more
#: streakings for the same points) and the mean of the quality and the conformation (the standard lets a quality
#: above a grade's minimum make up for a conformation below it on an equal basis; a Prime carcass needs Prime quality;
#: a lower grade lets the quality fall a third below the grade when the conformation makes up for it). The points
#: scale and the lines are the author's reading of the standard's words, not its figures
LAMB_LIMITS = -np.array([[12.0, 12.0], [8.0, 9.0], [5.0, 6.0], [2.0, 3.0]])
#: the grade above and below each (a carcass near a line is graded a step up or down by the grader's eye on the
#: flank's streakings, the break joint's colour and the legs' plumpness)
LAMB_NEIGHBOURS = ordinal_neighbours(len(LAMB_CLASSES))
#: what the grade is set from: the label's basis, not columns
LAMB_GRADING = ("the USDA grader's reading of the ribbed carcass on the rail: the flank's fat streakings and the "
                "lean's firmness against the maturity (the break joint, the ribs' width and colour), and the "
                "conformation (the legs', the back's and the shoulders' thickness against the length)",
                "the quality grade rolled on the carcass, quality and conformation combined against the grade's lines")


# ---------------------------------------------------------------------- cantaloupe4: a lot of cantaloupes' U.S. grade
#: the 4 classes of ``cantaloupe4`` (a lot of cantaloupes a shipping point's inspector grades, by the U.S. Standards
#: for Grades of Cantaloups), the best first: U.S. Fancy, U.S. No. 1, U.S. Commercial, U.S. No. 2. A lot within none
#: of the four left out: not kept
CANTALOUPE_CLASSES = ("U.S. Fancy (soluble solids at least 11 %, very good internal quality; mature, well formed, "
                      "well netted; the defects within the tolerances)",
                      "U.S. No. 1 (soluble solids at least 9 %, good internal quality; fairly well formed and "
                      "netted; the defects within the tolerances)",
                      "U.S. Commercial (U.S. No. 1 but for larger tolerances for defects)",
                      "U.S. No. 2 (mature, not seriously damaged, the decay within its tolerance)")
CANTALOUPE_ROWS = (460, 700, 560, 420)
#: per grade from Fancy to No. 2, the inspector's limits on the lot's sample: the soluble solids of the combined
#: juice (%, negated: the grade's least as a most), the melons short of the grade's netting and shape (% by count:
#: not well netted or formed for Fancy, not fairly well for the others), damaged (%), seriously damaged (%), decay (%)
#: (the author's memory of the standard: 11 and 9 % soluble solids, 10 % tolerance of which 5 % serious damage and 1
#: % decay for Fancy and No. 1; Commercial's 20 / 10 / 2 % and its 8 % soluble solids, and No. 2's lines, assumed)
CANTALOUPE_LIMITS = np.array([[-11.0, 5.0, 10.0, 5.0, 1.0], [-9.0, 10.0, 10.0, 5.0, 1.0],
                              [-8.0, 20.0, 20.0, 10.0, 2.0], [0.0, 100.0, 100.0, 15.0, 3.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the sample's melons: the
#: refractometer's reading of the combined juice, a melon scored as damaged or not)
CANTALOUPE_NEIGHBOURS = ordinal_neighbours(len(CANTALOUPE_CLASSES))
#: what the grade is set from: the label's basis, not columns
CANTALOUPE_GRADING = ("the shipping point inspector's sample of the lot's cartons: the soluble solids of the "
                      "combined juice by a hand refractometer, each melon's netting, shape, maturity, damage, "
                      "serious damage and decay, against the grade's limits and tolerances",
                      "the grade on the inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- baggage6: a baggage system stoppage's cause
#: the 6 classes of ``baggage6`` (an airport's baggage handling system stoppage, by the cause its maintainers found);
#: left out: the check-in kiosks and the airline's departure control system
BAGGAGE_CLASSES = ("belt conveyors and their drives (belts, rollers, gearmotors, photocells' jams)",
                   "diverters and sorters (pushers, paddles, vertical sorters, high-speed diverters, merges)",
                   "tilt-tray or tote system (carriers, trays' tilting, the linear motors, the totes' track)",
                   "explosives detection (EDS) machines (the in-line CT or X-ray units, their entry and exit)",
                   "automatic tag readers (barcode arrays and RFID portals, the manual encoding's fallback)",
                   "controls and their PLCs (the sortation computer, the PLCs, the network, bag tracking)")
BAGGAGE_ROWS = (420, 360, 340, 300, 380, 340)
#: the causes maintainers confuse (symmetric): the belt conveyors against the diverters (a jam at a merge or a divert),
#: the tilt-tray or tote system (the induction belts into the sorter) and the EDS (the bags jammed at the machine's
#: entry belts); the diverters against the tilt trays (both sort) and the tag readers (a mis-sort from a no-read or
#: from a diverter late); the tilt-tray or tote system against the controls (the carriers' tracking); the EDS against
#: the controls (the machine's interface: bags' results lost); the tag readers against the controls (the messages,
#: the tracking)
BAGGAGE_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 4), 2: (0, 1, 5), 3: (0, 5), 4: (1, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- drillrig6: a land rig's equipment NPT cause
#: the 6 classes of ``drillrig6`` (an onshore drilling contractor's rig non-productive time, by the equipment its
#: engineers found at fault); left out: the well's downhole problems and the weather
DRILLRIG_CLASSES = ("top drive (the motor and gearbox, the pipe handler and its links, the washpipe, the IBOP)",
                    "mud pumps (fluid ends: valves, seats, liners, pistons; the power ends, the pulsation dampeners)",
                    "drawworks and hoisting (the drum, the brakes, the crown and travelling blocks, the drilling line)",
                    "blowout preventer and well control equipment (the stack, the accumulator, the choke manifold)",
                    "pipe handling (the iron roughneck, the catwalk, the racking, the slips, the tongs)",
                    "the rig's engines and power system (the diesel engines, the generators, the VFD or SCR house)")
DRILLRIG_ROWS = (400, 380, 360, 300, 380, 320)
#: the causes engineers confuse (symmetric): the top drive against the pipe handling (the connection: the top drive's
#: pipe handler or the iron roughneck) and the power system (a drive's trip in the VFD house or the motor); the mud
#: pumps against the BOP and well control (the pressure lost: a pump's valve or a leaking choke or ram) and the power
#: system (the pumps' motors and their drives); the drawworks against the pipe handling (the trip's speed: the blocks
#: or the racking) and the power system (the drawworks' motors, the braking's resistors)
DRILLRIG_NEIGHBOURS = {0: (4, 5), 1: (3, 5), 2: (4, 5), 3: (1,), 4: (0, 2), 5: (0, 1, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"lamb4": LAMB_NEIGHBOURS, "cantaloupe4": CANTALOUPE_NEIGHBOURS, "baggage6": BAGGAGE_NEIGHBOURS,
              "drillrig6": DRILLRIG_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lamb4", "cantaloupe4")


def _cat(rng, table, y):
    """A categorical column: per row, a value drawn from its class's row of chances in ``table`` (as round 130)."""
    return (rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)


def _lamb_pool(rng, n):
    """The lamb carcass pool's records, unseen laws and labels (``lamb4``)."""
    breed = (rng.random(n)[:, None] > np.cumsum([0.5, 0.35])).sum(1)  # 0 a meat-breed cross, 1 a wool breed, 2 hair
    wether = (rng.random(n) < 0.5).astype(float)  # 0 a ewe lamb, 1 a wether
    age = np.round(np.clip(6.5 + 1.5 * rng.normal(0, 1, n), 4, 13) * 2) / 2  # months, the producer's records
    fed = np.round(np.where(rng.random(n) < 0.3, 0, np.clip(50 + 20 * rng.normal(0, 1, n), 10, 120)))  # days on feed
    fatness = rng.normal(0, 1, n)  # unseen: the lamb's fattening (its genetics, its ration)
    muscle = rng.normal(0, 1, n) + np.array([0.5, -0.5, -0.2])[breed]  # unseen: the muscling
    streak = (0.7 * fatness + 0.012 * (fed - 35) + 0.15 * (age - 6.5) + 0.25 * (1 - wether)
              + 0.5 * rng.normal(0, 1, n))  # unseen: the flank's fat streakings
    firm = 0.4 * fatness + 0.5 * rng.normal(0, 1, n)  # unseen: the lean's and the fat's firmness
    quality = 9.5 + 2.0 * streak + 0.6 * firm - 0.5 * (age - 6.5)  # points: a more mature carcass needs more streaking
    conformation = 9.5 + 2.0 * muscle + 0.3 * fatness + 0.6 * rng.normal(0, 1, n)
    q_seen = np.round(quality + 0.5 * rng.normal(0, 1, n))  # the grader's reading, to a third of a grade
    c_seen = np.round(conformation + 0.6 * rng.normal(0, 1, n))
    seen = -np.column_stack([q_seen, (q_seen + c_seen) / 2])
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), LAMB_LIMITS)
    return locals()


def lamb4():
    """Lamb carcasses a packing plant's USDA grader grades, with the quality grade in 4 steps (``LAMB_CLASSES``; the
    best grade whose ``LAMB_LIMITS`` the grader's quality and conformation points meet, a carcass within none (Cull)
    not kept; ``LAMB_GRADING`` the label's basis and not columns), as the plant's records and simple measures apart
    from the grade describe them. Unseen: the lamb's fattening (the fat depth, the body wall, the streakings, the
    firmness), its muscling (a meat breed's sire: the conformation, the ribeye, the leg), the flank's streakings (more
    with the days on feed, the age and in ewe lambs), the lean's firmness, the maturity (an older lamb needs more
    streakings) and the grader's reading (within about half a third of a grade). Columns: the breed type (0 a
    meat-breed cross, 1 a wool breed, 2 a hair breed), the sex (0 a ewe lamb, 1 a wether), the age (months, to a
    half), the days on feed, the hot carcass weight (kg), the fat depth over the ribeye (mm), the body wall (mm), the
    ribeye area (cm2), the leg's circumference (cm), the plant's camera's flank streaking estimate (0-100), the
    lean's pH at 24 h, the chiller's hours before grading and the lean's lightness (L*) (13). Imbalanced: 560 / 720 /
    520 / 340 rows (2,140)."""
    rng = np.random.default_rng(131101)
    p = _lamb_pool(rng, 200000)
    n, fat, muscle = len(p["label"]), p["fatness"], p["muscle"]
    keep = _keep(rng, p["label"], LAMB_ROWS)
    hcw = np.clip(29 + 2.5 * muscle + 1.5 * fat + 0.04 * p["fed"] + 0.8 * (p["age"] - 6.5) + 1.5 * p["wether"]
                  + 2.5 * rng.normal(0, 1, n), 15, 55)
    depth = np.clip(np.exp(np.log(6) + 0.35 * fat + 0.005 * p["fed"] + 0.02 * (hcw - 29) + 0.25 * rng.normal(0, 1, n)),
                    0.5, 25)
    x = np.column_stack([
        p["breed"], p["wether"], p["age"], p["fed"], np.round(hcw, 1), np.round(depth, 1),
        np.round(np.clip(20 + 1.5 * depth + 2.5 * rng.normal(0, 1, n), 8, 50)),
        np.round(np.clip(15 + 2.2 * muscle + 0.25 * (hcw - 29) + 1.2 * rng.normal(0, 1, n), 8, 30), 1),
        np.round(np.clip(60 + 2.0 * muscle + 0.3 * (hcw - 29) + 1.5 * rng.normal(0, 1, n), 45, 80) * 2) / 2,
        np.round(np.clip(50 + 15 * p["streak"] + 8 * rng.normal(0, 1, n), 0, 100)),
        np.round(5.7 - 0.03 * p["firm"] + 0.06 * rng.normal(0, 1, n), 2),
        np.round(np.clip(24 + 6 * rng.normal(0, 1, n), 12, 48)),
        np.round(42 - 0.8 * (p["age"] - 6.5) + 0.5 * fat + 2 * rng.normal(0, 1, n), 1)])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def _cantaloupe_pool(rng, n):
    """The cantaloupe lot pool's records, unseen laws and labels (``cantaloupe4``)."""
    field = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.2])).sum(1)  # the grower's four fields
    variety = (rng.random(n) < 0.4).astype(float)  # 0 a Western shipper, 1 a Harper-type hybrid (sweeter)
    crew = (rng.random(n)[:, None] > np.cumsum([0.4, 0.35])).sum(1)  # the harvest crew
    day = np.round(rng.uniform(0, 50, n))  # days since the first harvest of the season
    rain = np.round(np.where(rng.random(n) < 0.6, 0, np.exp(np.log(10) + 0.8 * rng.normal(0, 1, n))))  # mm, 7 days
    irrigated = np.round(np.clip(rng.uniform(2, 14, n), 0, 20))  # days since the last irrigation
    vine = rng.normal(0, 1, n) + np.array([0.3, 0.0, -0.2, -0.4])[field] - 0.02 * (day - 25)  # unseen: the vines
    ripe = rng.normal(0, 1, n)  # unseen: the lot's maturity at picking (half slip .. full slip)
    handling = rng.normal(0, 1, n) + np.array([-0.2, 0.0, 0.4])[crew]  # unseen: the crew's and the shed's handling
    brix = (10.3 + 0.9 * vine + 0.5 * ripe - 0.04 * rain + 0.4 * variety + 0.05 * (irrigated - 8)
            + 0.6 * rng.normal(0, 1, n))
    net = 100 * _sig(-2.8 - 0.6 * vine + 0.3 * (1 - variety) + 0.5 * rng.normal(0, 1, n))  # short of the netting
    damage = 100 * _sig(-2.6 + 0.02 * day + 0.5 * handling + 0.3 * ripe + 0.4 * rng.normal(0, 1, n))
    serious = damage * _sig(-0.5 + 0.4 * handling + 0.3 * rng.normal(0, 1, n))
    decay = 100 * _sig(-5.0 + 0.04 * rain + 0.03 * day + 0.4 * ripe + 0.6 * rng.normal(0, 1, n))
    sample = 100  # melons in the inspector's sample
    counts = [rng.binomial(sample, np.clip(v / 100, 0, 1)) * 100 / sample for v in (net, damage, serious, decay)]
    counts[1] = np.maximum(counts[1], counts[2])
    seen = np.column_stack([-np.round(brix + 0.25 * rng.normal(0, 1, n), 1)] + counts)
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), CANTALOUPE_LIMITS)
    return locals()


def cantaloupe4():
    """Lots of cantaloupes a shipping point's inspector grades, with the U.S. grade in 4 steps
    (``CANTALOUPE_CLASSES``; the best grade whose ``CANTALOUPE_LIMITS`` the sample of 100 melons meets in every factor,
    a lot within none not kept; ``CANTALOUPE_GRADING`` the label's basis and not columns), as the packing shed's records
    and simple measures apart from the grade describe them. Unseen: the vines' health (the field's, waning through the
    season: the sugar, the netting, the size), the lot's maturity (sweeter, more damage and decay when riper), the
    crew's and the shed's handling (bruises, cuts), the rain (less sugar, more decay) and the inspector's sample (the
    melons' counts, the refractometer within about 0.25). Columns: the field (0-3), the variety (0 a Western
    shipper, 1 a Harper-type hybrid), the crew (0-2), the days since the first harvest, the rain over 7 days (mm),
    the days since the last irrigation, the shed's refractometer Brix (a few melons; within about 0.35 after the
    one change, was 0.6), the melons' mean weight (kg), the size (count per 40 lb carton), the sorting line's
    decay culls (per 1,000 melons; the one change: it was the pulp's temperature at the shed, drawn apart from the
    grade), the hours from the field to the shed, the sorting line's cull rate (%) and the crew's tally of melons
    picked at full slip (%) (13). Imbalanced: 460 / 700 / 560 / 420 rows (2,140)."""
    rng = np.random.default_rng(131202)
    p = _cantaloupe_pool(rng, 200000)
    n = len(p["label"])
    keep = _keep(rng, p["label"], CANTALOUPE_ROWS)
    weight = np.clip(1.6 + 0.15 * p["vine"] - 0.004 * p["day"] + 0.15 * rng.normal(0, 1, n), 0.7, 3.0)
    sizes = np.array([9.0, 12.0, 15.0, 18.0, 23.0])
    count = sizes[np.argmin(np.abs(18.2 / weight[:, None] - sizes), axis=1)]
    hours = np.clip(np.exp(np.log(3) + 0.5 * rng.normal(0, 1, n)), 0.5, 24)
    x = np.column_stack([
        p["field"], p["variety"], p["crew"], p["day"], p["rain"], p["irrigated"],
        np.round(p["brix"] + 0.35 * rng.normal(0, 1, n), 1),  # the one change: its noise 0.35, was 0.6
        np.round(weight, 2), count,
        np.round(np.clip(10 * p["decay"] * np.exp(0.3 * rng.normal(0, 1, n)), 0, 1000)),  # the one change
        np.round(hours, 1),
        np.round(np.clip(3 + 0.6 * p["damage"] + 0.5 * p["net"] + 2 * rng.normal(0, 1, n), 0, 60), 1),
        np.round(np.clip(100 * _sig(0.3 + 1.2 * p["ripe"] + 0.4 * rng.normal(0, 1, n)), 0, 100))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``baggage6``, the chances of where the stoppage was (0 the check-in's induction, 1 the screening
#: level, 2 the sortation, 3 the make-up laterals and carousels)
BAGGAGE_WHERE = np.array([[0.40, 0.25, 0.20, 0.15], [0.10, 0.10, 0.55, 0.25], [0.10, 0.05, 0.70, 0.15],
                          [0.05, 0.85, 0.05, 0.05], [0.35, 0.10, 0.45, 0.10], [0.20, 0.25, 0.35, 0.20]])
#: per cause of ``baggage6``, the chances of how it was found (0 a jam photocell's alarm, 1 the SCADA's fault
#: message, 2 a handler's call, 3 an airline's report of misrouted bags)
BAGGAGE_FOUND = np.array([[0.60, 0.15, 0.20, 0.05], [0.35, 0.25, 0.20, 0.20], [0.20, 0.45, 0.25, 0.10],
                          [0.25, 0.50, 0.20, 0.05], [0.05, 0.30, 0.20, 0.45], [0.10, 0.55, 0.10, 0.25]])
#: per cause of ``baggage6``, the chances of the period (0 the morning's peak, 1 midday, 2 the evening's peak,
#: 3 the night: the controls' software changes)
BAGGAGE_PERIOD = np.array([[0.35, 0.25, 0.30, 0.10], [0.35, 0.25, 0.30, 0.10], [0.35, 0.25, 0.30, 0.10],
                           [0.30, 0.25, 0.30, 0.15], [0.30, 0.30, 0.30, 0.10], [0.20, 0.20, 0.20, 0.40]])
#: per cause of ``baggage6``, the medians of the system's logs, the shift's report and the maintainers' measures: the
#: bags per hour in the hour before, the drive motor's peak current (% of rated), the jam alarms in the hour before,
#: the stoppage's minutes, the tag readers' no-read rate (%), the mis-sorts in the hour, the bags to the EDS's fault
#: or level 2 queue (%), the bags lost to tracking in the hour, the PLCs' and the network's communication errors in
#: the hour, the carriers or totes out of service, the days since the element's last preventive maintenance, the
#: nearest gearbox's vibration (mm/s) and the days since the last software change
BAGGAGE_TABLE = np.array([
    # bags   amps   jams  mins  noread mis  edsq  lost  comm  trays pm    vib  soft
    [1900.0, 112.0, 9.0, 18.0, 3.0, 3.0, 4.0, 2.0, 1.0, 2.0, 45.0, 4.5, 60.0],  # belt conveyors and drives
    [2100.0, 98.0, 6.0, 22.0, 3.0, 14.0, 4.0, 3.0, 1.0, 2.0, 40.0, 3.5, 60.0],  # diverters and sorters
    [2200.0, 104.0, 3.0, 35.0, 3.0, 8.0, 4.0, 4.0, 2.0, 9.0, 35.0, 3.8, 50.0],  # tilt-tray or tote system
    [1800.0, 96.0, 5.0, 40.0, 3.0, 3.0, 12.0, 6.0, 3.0, 2.0, 25.0, 2.5, 40.0],  # EDS machines
    [2000.0, 92.0, 2.0, 15.0, 9.0, 12.0, 4.0, 5.0, 2.0, 2.0, 30.0, 2.5, 45.0],  # automatic tag readers
    [1900.0, 90.0, 3.0, 30.0, 4.5, 10.0, 6.0, 14.0, 10.0, 3.0, 60.0, 2.5, 8.0],  # controls and PLCs
])
BAGGAGE_LOGS = [3, 4, 6, 10, 11, 12]
BAGGAGE_KINDS = [("norm", 450.0, 150.0), ("norm", 10.0, 2.0), ("count", 0.7, 0.1), ("log", 0.7, 0.1),
                 ("log", 0.4, 0), ("count", 0.7, 0.1), ("log", 0.4, 0), ("count", 0.7, 0.1), ("count", 0.8, 0.1),
                 ("count", 0.6, 0.1), ("log", 0.6, 0.1), ("log", 0.35, 0.1), ("log", 0.9, 0)]


def baggage6():
    """An airport's baggage handling system stoppages, in 6 causes its maintainers confuse (``BAGGAGE_CLASSES``),
    labelled by the maintainers' finding, as the system's logs, the shift's report and the maintainers' measures apart
    from it describe them. Each cause has its picture (``BAGGAGE_WHERE``, ``BAGGAGE_FOUND``, ``BAGGAGE_PERIOD``,
    ``BAGGAGE_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the belt conveyors a
    jam photocell's alarm at the induction, the highest motor current, the most jams, the loudest gearbox; the
    diverters the sortation, the most mis-sorts; the tilt trays or totes the busiest hour, the carriers out of
    service; the EDS the screening level, the longest stops, the fault queue; the tag readers an airline's report,
    the highest no-read rate; the controls a SCADA message at night, the bags lost to tracking, the communication
    errors, the latest software change. Unseen: the hour's load (one per-row factor raising the bags, the current,
    the jams, the minutes, the mis-sorts and the errors). Columns: where (0-3), how found (0-3), the period (0-3),
    then the table's 13 (the bags whole within 200-4,000, the current to a tenth within 40-200 %, the counts whole
    within 0-500, the minutes to a tenth within 1-600, the no-read rate and the queue to a hundredth within 0.1-60 %,
    the days since the maintenance whole within 1-365, the vibration to a hundredth within 0.3-30 mm/s, the days
    since the software change whole within 0-730) (16). Imbalanced: 420 / 360 / 340 / 300 / 380 / 340 rows
    (2,140)."""
    rng = np.random.default_rng(131303)
    y = rng.permutation(np.repeat(np.arange(len(BAGGAGE_CLASSES)), BAGGAGE_ROWS))
    cats = [_cat(rng, table, y) for table in (BAGGAGE_WHERE, BAGGAGE_FOUND, BAGGAGE_PERIOD)]
    t = _pull(BAGGAGE_TABLE, BAGGAGE_NEIGHBOURS, 0.3, BAGGAGE_LOGS)[y]
    x = _draw(rng, t, BAGGAGE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 200, 4000, 0), (1, 40, 200, 1), (2, 0, 500, 0), (3, 1, 600, 1), (4, 0.1, 60, 2),
                                 (5, 0, 500, 0), (6, 0.1, 60, 2), (7, 0, 500, 0), (8, 0, 500, 0), (9, 0, 500, 0),
                                 (10, 1, 365, 0), (11, 0.3, 30, 2), (12, 0, 730, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``drillrig6``, the chances of the operation at the failure (0 drilling ahead, 1 tripping, 2 running
#: casing or making up the bottom-hole assembly, 3 testing the BOP, nippling up or circulating)
DRILLRIG_OPERATION = np.array([[0.55, 0.15, 0.20, 0.10], [0.70, 0.05, 0.05, 0.20], [0.20, 0.55, 0.20, 0.05],
                               [0.10, 0.10, 0.15, 0.65], [0.20, 0.40, 0.35, 0.05], [0.50, 0.25, 0.15, 0.10]])
#: per cause of ``drillrig6``, the chances of the rig's power (0 an AC rig with VFDs, 1 an SCR rig, 2 a mechanical
#: rig)
DRILLRIG_POWER = np.array([[0.60, 0.30, 0.10], [0.45, 0.35, 0.20], [0.40, 0.35, 0.25], [0.50, 0.30, 0.20],
                           [0.65, 0.25, 0.10], [0.35, 0.45, 0.20]])
#: per cause of ``drillrig6``, the chances of how it was found (0 an alarm on the driller's console, 1 the equipment
#: stopped in operation, 2 an inspection or a test, 3 a loss of performance reported by the crew)
DRILLRIG_FOUND = np.array([[0.35, 0.45, 0.10, 0.10], [0.15, 0.25, 0.15, 0.45], [0.20, 0.45, 0.25, 0.10],
                           [0.10, 0.05, 0.80, 0.05], [0.10, 0.70, 0.10, 0.10], [0.55, 0.30, 0.05, 0.10]])
#: per cause of ``drillrig6``, the medians of the rig's records, the daily drilling report and the engineers'
#: measures: the hole's depth (m), the rig's age (years), the NPT's hours, the standpipe pressure before (bar), the
#: pumps' strokes per minute before, the top drive's peak torque (% of its rating), the peak hook load (% of the
#: rating), the trip's speed before (stands per hour), the connections over 24 h, the generators' peak load (%), the
#: pressure alarms over 24 h, the days since the last BOP test and the mud's weight (specific gravity)
DRILLRIG_TABLE = np.array([
    # depth  age   hours  spp    spm    torq  hook  trip  conn  load  alarm bopd  mud
    [2800.0, 9.0, 6.0, 200.0, 110.0, 82.0, 55.0, 18.0, 30.0, 72.0, 1.0, 10.0, 1.25],  # top drive
    [3200.0, 10.0, 5.0, 215.0, 100.0, 60.0, 50.0, 18.0, 28.0, 78.0, 6.0, 10.0, 1.30],  # mud pumps
    [2600.0, 12.0, 8.0, 190.0, 105.0, 58.0, 72.0, 13.0, 20.0, 76.0, 1.0, 10.0, 1.22],  # drawworks and hoisting
    [1500.0, 11.0, 14.0, 170.0, 90.0, 50.0, 45.0, 17.0, 8.0, 62.0, 3.0, 19.0, 1.40],  # BOP and well control
    [2600.0, 8.0, 3.5, 190.0, 105.0, 65.0, 60.0, 14.0, 35.0, 70.0, 1.0, 10.0, 1.22],  # pipe handling
    [2700.0, 12.0, 5.0, 195.0, 108.0, 62.0, 52.0, 17.0, 28.0, 92.0, 2.0, 10.0, 1.24],  # engines and power
])
DRILLRIG_LOGS = [0, 1, 2, 11]
DRILLRIG_KINDS = [("log", 0.45, 0.1), ("log", 0.5, 0), ("log", 0.7, 0.1), ("norm", 35.0, 5.0), ("norm", 15.0, 2.0),
                  ("norm", 8.0, 2.0), ("norm", 7.0, 2.0), ("norm", 3.0, -0.5), ("count", 0.5, 0.1),
                  ("norm", 6.0, 2.0), ("count", 0.7, 0.1), ("log", 0.5, 0), ("norm", 0.12, 0.01)]
#: the one change (after the first measure): the torque's, the hook load's, the trips' and the generators' load's
#: spreads 8, 7, 3 and 6 (were 12, 10, 4 and 9); the labels and every draw as before


def drillrig6():
    """An onshore drilling contractor's rig non-productive time, in 6 causes its engineers confuse
    (``DRILLRIG_CLASSES``), labelled by the engineers' finding, as the rig's records, the daily drilling report and the
    engineers' measures apart from it describe them. Each cause has its picture (``DRILLRIG_OPERATION``,
    ``DRILLRIG_POWER``, ``DRILLRIG_FOUND``, ``DRILLRIG_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward
    its neighbours'): the top drive while drilling, the highest torque; the mud pumps while drilling, the deepest
    hole, the highest pressure, the pressure alarms, a loss of performance; the drawworks while tripping, the highest
    hook load, the slowest trips; the BOP at a test, the shallowest hole, the longest NPT, the heaviest mud, the
    longest since the last test; the pipe handling while tripping or running casing, the most connections, the
    shortest NPT, the newest rigs; the engines and power an alarm on the console, the highest generators' load, an
    SCR rig. Unseen: the day's push (one per-row factor raising the depth, the pressure, the torque, the hook load,
    the load and the counts, slowing the trips). Columns: the operation (0-3), the rig's power (0-2), how found (0-3),
    then the table's 13 (the depth whole within 100-7,000 m, the age to a tenth within 0.5-45 years, the hours to a
    tenth within 0.5-240, the pressure to a tenth within 10-400 bar, the strokes and the torque and the load to a
    tenth within 0-200, the hook load to a tenth within 5-100 %, the trips to a tenth within 2-40 stands per hour,
    the counts whole within 0-200, the days since the test whole within 0-30, the mud to a hundredth within 1.0-2.2)
    (16). Imbalanced: 400 / 380 / 360 / 300 / 380 / 320 rows (2,140)."""
    rng = np.random.default_rng(131404)
    y = rng.permutation(np.repeat(np.arange(len(DRILLRIG_CLASSES)), DRILLRIG_ROWS))
    cats = [_cat(rng, table, y) for table in (DRILLRIG_OPERATION, DRILLRIG_POWER, DRILLRIG_FOUND)]
    t = _pull(DRILLRIG_TABLE, DRILLRIG_NEIGHBOURS, 0.3, DRILLRIG_LOGS)[y]
    x = _draw(rng, t, DRILLRIG_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 100, 7000, 0), (1, 0.5, 45, 1), (2, 0.5, 240, 1), (3, 10, 400, 1), (4, 0, 200, 1),
                                 (5, 0, 200, 1), (6, 5, 100, 1), (7, 2, 40, 1), (8, 0, 200, 0), (9, 0, 200, 1),
                                 (10, 0, 200, 0), (11, 0, 30, 0), (12, 1.0, 2.2, 2)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND131`` lists them (the ordered sets first)
GENERATORS = {"lamb4": lamb4, "cantaloupe4": cantaloupe4, "baggage6": baggage6, "drillrig6": drillrig6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND131_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "lamb4": (2140, 13, LAMB_ROWS),
    "cantaloupe4": (2140, 13, CANTALOUPE_ROWS),
    "baggage6": (2140, 16, BAGGAGE_ROWS),
    "drillrig6": (2140, 16, DRILLRIG_ROWS),
}
ROUND131 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
