"""Round 118's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector. (Docstring completed with the generators.)
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


# ---------------------------------------------------------------------- walnut4: a shelled walnut lot's colour class
#: the 4 classes of ``walnut4`` (a lot of shelled walnut kernels a packer buys, by the colour class its grader sets
#: against the USDA walnut colour chart), the lightest first
WALNUT_CLASSES = ("extra light", "light", "light amber", "amber (not darker than the chart's darkest)")
WALNUT_ROWS = (420, 640, 600, 480)
#: the lowest lightness (the author's L* scale of the kernels' pellicle) the grader's reading of the lot's darker
#: kernels may show in amber's .. extra light's class (the colour class read from the darkest)
WALNUT_LIMITS = (40.0, 46.0, 52.0)
#: the class above and below each (a lot near a chart's edge is read one class up or down by the grader's light, the
#: sample's darkest pieces, the pellicle's darkening in store before the grader sees it)
WALNUT_NEIGHBOURS = ordinal_neighbours(len(WALNUT_CLASSES))
#: what the class is set from: the label's basis, not columns
WALNUT_GRADING = ("the grader's eye: the lot's sample of kernels laid against the colour chart's four panels, the "
                  "class the darkest share of the sample's kernels is not darker than",
                  "the grader's light and eye at a panel's edge, and the sample's draw")


# ---------------------------------------------------------------------- jute5: a raw jute bale's grade
#: the 5 classes of ``jute5`` (a bale of raw tossa jute a mill buys, by the grade its selector sets by hand and eye),
#: the best first
JUTE_CLASSES = ("TD-2 (strong, fine, good colour and lustre, few defects, little root)",
                "TD-3 (strong, good colour, some specks)",
                "TD-4 (sound strength, average colour and lustre, some root and specks)",
                "TD-5 (average strength, any colour, root, specks and bark)",
                "TD-6 (weak or coarse, dark, much root, bark and hard centres)")
JUTE_ROWS = (300, 480, 560, 460, 340)
#: per grade from TD-2 to TD-5, the lowest quality score (the author's 0-100 scale of the selector's judgement of
#: strength, fineness, colour and lustre) and the most root content (% by weight) and specks and defects (per 100 g)
#: the selector lets pass; a bale below TD-5's is TD-6. The author's, not a public table's
JUTE_LIMITS = np.array([[70.0, 8.0, 6.0], [58.0, 12.0, 12.0], [46.0, 18.0, 20.0], [34.0, 26.0, 32.0]])
#: the grade above and below each (a bale near an edge is graded one step up or down by the selector's hands on a few
#: reeds, the light in the godown, the bale's root ends cut or not)
JUTE_NEIGHBOURS = ordinal_neighbours(len(JUTE_CLASSES))
#: what the grade is set from: the label's basis, not columns
JUTE_GRADING = ("the selector's hand and eye on reeds drawn from the bale: strength by snapping, fineness and "
                "softness by feel, colour and lustre by eye, root ends, specks, bark and knots by count",
                "the selector's day, the reeds drawn, the godown's light")


# ---------------------------------------------------------------------- espressorepair6: an espresso machine's fault
#: the 6 classes of ``espressorepair6`` (a commercial espresso machine a café equipment technician visits because the
#: coffee is cold or slow or the machine leaks or stops, by the cause the technician diagnosed)
ESPRESSO_CLASSES = ("scale in the boiler or heat exchanger (slow recovery, cold shots, blocked jets and gicleurs)",
                    "failed heating element, thermostat or pressurestat (no or low boiler pressure, cold)",
                    "failing pump or its motor (low brew pressure, slow or no flow, noise)",
                    "stuck or leaking solenoid valve (the group drips, no flow, the boiler overfills)",
                    "worn group-head gasket or blocked shower screen (leaks at the portafilter, slow, uneven)",
                    "failed flowmeter or control board (dosing errors, stops, a relay not driven)")
ESPRESSO_ROWS = (460, 400, 340, 300, 380, 260)
#: the causes technicians confuse (symmetric): scale against the element (both cold: scale insulates the element and
#: burns it out), the solenoid (scale flakes jam it) and the screen (both slow the shot); the element against the
#: board (the board's relay drives it, the same heater error); the pump against the solenoid (both no or slow flow),
#: the screen (both slow) and the flowmeter (a weak pump sends too few pulses: a flowmeter error); the solenoid
#: against the gasket (both drip or leak at the group)
ESPRESSO_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 5), 2: (3, 4, 5), 3: (0, 2, 4), 4: (0, 2, 3), 5: (1, 2)}


# ---------------------------------------------------------------------- excavator6: a hydraulic excavator's fault
#: the 6 classes of ``excavator6`` (a hydraulic excavator a plant-hire workshop repairs because it is slow, weak or
#: jerky, by the cause the mechanic diagnosed)
EXCAVATOR_CLASSES = ("worn main hydraulic pump (low flow and pressure on every function, worse when hot)",
                     "failing main or port relief valve (weak at full load, one function or all, heat)",
                     "leaking boom or arm cylinder seal (the boom or arm drifts down, weak on one function)",
                     "contaminated oil or a clogged filter or strainer (slow, hot, noisy, a filter warning)",
                     "failing pilot system or joystick valve (jerky, slow or no response, low pilot pressure)",
                     "failing engine speed control or low engine power (bogs down, slow on every function)")
EXCAVATOR_ROWS = (420, 340, 400, 380, 300, 300)
#: the causes mechanics confuse (symmetric): the worn pump against the relief valve (both low pressure at the
#: relief), contaminated oil (dirt wears the pump, a starved pump cavitates) and the engine (both slow on every
#: function); the relief valve against the cylinder (a leaking port relief lets one function sag as a seal does);
#: the cylinder against contaminated oil (dirt scores the seals); contaminated oil against the pilot system (dirt
#: sticks the pilot spools: jerky); the pilot system against the engine (a weak pilot pump on the engine's speed)
EXCAVATOR_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2), 2: (1, 3), 3: (0, 2, 4), 4: (3, 5), 5: (0, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"walnut4": WALNUT_NEIGHBOURS, "jute5": JUTE_NEIGHBOURS, "espressorepair6": ESPRESSO_NEIGHBOURS,
              "excavator6": EXCAVATOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("walnut4", "jute5")


def walnut4():
    """Lots of shelled walnut kernels a packer buys from hullers, with the colour class the packer's grader sets in 4
    steps (``WALNUT_CLASSES``; the grader's reading of the lot's darker kernels against ``WALNUT_LIMITS``;
    ``WALNUT_GRADING`` the label's basis and not columns), as the lot's records and the packer's simple measures apart
    from the class describe them. Unseen: the huller's speed from shaking to hulling and drying (a hull left on
    darkens the pellicle and moulds), the orchard's heat (sunburn and heat stress: shrivelled, dark kernels), the
    kernels' true lightness. Later weeks darken (heat, rain, the hull's delay), Chandler is lightest and Hartley
    darkest, a dryer run hot or slow ambient drying darken, days in store darken the pellicle and raise its fats'
    acids. The grader reads the darker kernels by eye (1.0 L* point); the packer's colour meter reads the mean of
    another sample (3 points lighter than the darker kernels, 1.2 points). Columns: the huller (0-5), the variety (0
    Chandler, 1 Howard, 2 Tulare, 3 Hartley), the harvest week (1-8), the drying (0 ambient bins, 1 a hot-air dryer
    at 43 C, 2 a dryer run hot), the days in store, the moisture (%), the colour meter's L*, the shrivelled, mouldy,
    insect-damaged and rancid kernels (% by count of 200) and the oil's free fatty acids (% oleic) (12). Imbalanced:
    420 / 640 / 600 / 480 rows (2,140)."""
    rng = np.random.default_rng(118101)
    n = 200000
    huller = rng.integers(0, 6, n)
    skill = np.array([0.5, 0.3, 0.1, -0.1, -0.3, -0.5])[huller] + 0.3 * rng.normal(0, 1, n)  # unseen
    variety = (rng.random(n)[:, None] > np.cumsum([0.45, 0.2, 0.2])).sum(1)
    week = rng.integers(1, 9, n).astype(float)
    drying = (rng.random(n)[:, None] > np.cumsum([0.25, 0.55])).sum(1)
    delay = np.exp(-0.8 * skill + 0.1 * (week - 4)) * rng.lognormal(0, 0.4, n)  # unseen: days the hull stayed on
    heat = rng.normal(0, 1, n) + 0.15 * (week - 4)  # unseen
    days = np.round(np.clip(40 * rng.lognormal(0, 0.7, n), 2, 330))
    light = (50 + np.array([2.5, 1.0, 0.0, -2.5])[variety] - 0.6 * (week - 4) + np.array([-1.2, 0.5, -2.0])[drying]
             - 1.8 * (delay - 1) - 1.8 * heat - 0.012 * days + 1.8 * rng.normal(0, 1, n))  # unseen
    seen = light + 1.0 * rng.normal(0, 1, n)  # the grader at the chart
    label = 3 - np.digitize(seen, WALNUT_LIMITS)
    keep = _keep(rng, label, WALNUT_ROWS)
    q = 200
    shrivel = 2.0 * np.exp(0.5 * heat) * rng.lognormal(0, 0.5, n)
    mould = 0.6 * np.exp(0.5 * (delay - 1) + 0.5 * (drying == 0)) * rng.lognormal(0, 0.5, n)
    insect = 0.8 * np.exp(-0.4 * skill + 0.003 * days) * rng.lognormal(0, 0.6, n)
    rancid = 0.4 * np.exp(0.006 * days + 0.5 * (drying == 2)) * rng.lognormal(0, 0.6, n)
    x = np.column_stack([
        huller, variety, week, drying, days,
        np.round(np.clip(4.0 + 0.6 * (drying == 0) - 0.3 * (drying == 2) + 0.3 * rng.normal(0, 1, n), 2.5, 8), 1),
        np.round(np.clip(light + 3.0 + 1.2 * rng.normal(0, 1, n), 20, 75), 1),
        *[100 * rng.binomial(q, np.clip(share, 0, 100) / 100) / q for share in (shrivel, mould, insect, rancid)],
        np.round(np.clip(0.15 * np.exp(0.004 * days + 0.4 * (drying == 2) + 0.2 * (delay - 1))
                         * rng.lognormal(0, 0.25, n), 0.02, 3), 2)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def jute5():
    """Bales of raw tossa jute a mill buys, with the grade the mill's selector sets by hand and eye in 5 steps
    (``JUTE_CLASSES``; the best grade whose ``JUTE_LIMITS`` the selector's judgement of quality, root content and
    specks meets, TD-6 where none; ``JUTE_GRADING`` the label's basis and not columns), as the bale's records and the
    mill's simple measures apart from the grade describe them. Unseen: the crop's health (strength, fineness), the
    retting's care (root ends and bark left, colour), the selector's score (2.0 times strength's g/tex, less 10 times
    fineness' tex, half the colour's and 0.4 of the lustre's points, 2.5 points of the selector's own). Clear running
    water rets to a golden, lustrous fibre, stagnant muddy water to a dark, dull, specky one; a late harvest
    coarsens the fibre and leaves more root; days in store dull its lustre and colour. The selector's root and specks
    are its own reeds' (0.12 and 0.15, log); the mill's strength reads 0.8 g/tex, its fineness 0.08 tex, its colour
    and lustre 1.5 points (after the one change). Columns: the district (0-3), the growers' market (0-5), the retting
    water (0 clear running, 1 a pond, 2 stagnant or muddy), the harvest month (7-10), the days in store, the bundle
    strength (g/tex), the fineness (tex), the root content (% by weight), the specks and defects (per 100 g), the
    colour and the lustre readings (0-100) and the bale's bulk density (g per cubic cm) (12). Imbalanced: 300 / 480 /
    560 / 460 / 340 rows (2,140)."""
    rng = np.random.default_rng(118202)
    n = 200000
    district = rng.integers(0, 4, n)
    market = rng.integers(0, 6, n)
    water = (rng.random(n)[:, None] > np.cumsum([0.3, 0.45])).sum(1)
    month = (7 + (rng.random(n)[:, None] > np.cumsum([0.25, 0.4, 0.25])).sum(1)).astype(float)
    days = np.round(np.clip(60 * rng.lognormal(0, 0.6, n), 5, 400))
    health = np.array([0.4, 0.1, -0.1, -0.4])[district] + rng.normal(0, 1, n)  # unseen
    care = np.array([0.3, 0.2, 0.0, 0.0, -0.2, -0.3])[market] + rng.normal(0, 1, n)  # unseen
    strength = 25 + 2.5 * health - 0.008 * days + 2.0 * rng.normal(0, 1, n)
    fine = 2.3 + 0.2 * (month - 8) - 0.12 * health + 0.2 * rng.normal(0, 1, n)
    root = 10 * np.exp(0.25 * (month - 8) + np.array([-0.3, 0.0, 0.4])[water] - 0.3 * care) * rng.lognormal(0, 0.35, n)
    specks = 10 * np.exp(np.array([-0.3, 0.0, 0.5])[water] - 0.3 * care) * rng.lognormal(0, 0.45, n)
    colour = 60 + np.array([6.0, 0.0, -8.0])[water] + 3 * care - 0.03 * days + 4 * rng.normal(0, 1, n)
    lustre = 50 + np.array([5.0, 0.0, -6.0])[water] + 2 * care - 0.04 * days + 4 * rng.normal(0, 1, n)
    score = (50 + 2.0 * (strength - 25) - 10 * (fine - 2.3) + 0.5 * (colour - 60) + 0.4 * (lustre - 50)
             + 2.5 * rng.normal(0, 1, n))
    seen = np.column_stack([-score, root * rng.lognormal(0, 0.12, n), specks * rng.lognormal(0, 0.15, n)])
    limits = JUTE_LIMITS * np.array([-1.0, 1.0, 1.0])
    meets = np.all(seen[:, None, :] <= limits[None], 2)
    label = np.where(meets.any(1), np.argmax(meets, 1), len(JUTE_CLASSES) - 1)
    keep = _keep(rng, label, JUTE_ROWS)
    x = np.column_stack([
        district, market, water, month, days,
        np.round(np.clip(strength + 0.8 * rng.normal(0, 1, n), 5, 50), 1),
        np.round(np.clip(fine + 0.08 * rng.normal(0, 1, n), 1, 5), 2),
        np.round(np.clip(root * rng.lognormal(0, 0.15, n), 0.5, 80), 1),
        rng.poisson(specks * rng.lognormal(0, 0.1, n)).astype(float),
        np.round(np.clip(colour + 1.5 * rng.normal(0, 1, n), 0, 100)),
        np.round(np.clip(lustre + 1.5 * rng.normal(0, 1, n), 0, 100)),
        np.round(np.clip(0.66 + 0.01 * health - 0.02 * (fine - 2.3) + 0.03 * rng.normal(0, 1, n), 0.5, 0.85),
                 3)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``espressorepair6``, the chances of the make (0 La Marzocco, 1 Nuova Simonelli or Victoria
#: Arduino, 2 La Cimbali or Faema, 3 another)
ESPRESSO_MAKE = np.array([[0.25, 0.30, 0.25, 0.20], [0.25, 0.25, 0.25, 0.25], [0.30, 0.25, 0.25, 0.20],
                          [0.20, 0.30, 0.30, 0.20], [0.30, 0.25, 0.25, 0.20], [0.20, 0.30, 0.30, 0.20]])
#: per cause of ``espressorepair6``, the chances of the groups (1, 2 or 3)
ESPRESSO_GROUPS = np.array([[0.15, 0.60, 0.25], [0.20, 0.60, 0.20], [0.10, 0.50, 0.40], [0.15, 0.55, 0.30],
                            [0.10, 0.55, 0.35], [0.15, 0.60, 0.25]])
#: per cause of ``espressorepair6``, the chances of the machine's error code (0 none, 1 temperature not reached or
#: a heater error, 2 a flowmeter or dosing timeout, 3 a boiler fill timeout, 4 a board or communication error, 5 the
#: safety thermostat tripped)
ESPRESSO_ERROR = np.array([[0.45, 0.15, 0.10, 0.20, 0.02, 0.08], [0.35, 0.40, 0.02, 0.03, 0.05, 0.15],
                           [0.45, 0.02, 0.30, 0.15, 0.03, 0.05], [0.40, 0.02, 0.20, 0.25, 0.03, 0.10],
                           [0.80, 0.02, 0.10, 0.02, 0.02, 0.04], [0.15, 0.20, 0.40, 0.05, 0.15, 0.05]])
#: per cause of ``espressorepair6``, the chances of the café's coded complaint (0 the coffee is cold, 1 slow or no
#: flow, 2 leaks or drips at the group, 3 the machine stops or shows an error, 4 noisy, 5 water in the tray or weak
#: steam)
ESPRESSO_COMPLAINT = np.array([[0.35, 0.30, 0.05, 0.10, 0.05, 0.15], [0.65, 0.03, 0.02, 0.20, 0.02, 0.08],
                               [0.05, 0.50, 0.03, 0.12, 0.25, 0.05], [0.05, 0.30, 0.35, 0.05, 0.05, 0.20],
                               [0.05, 0.40, 0.45, 0.02, 0.03, 0.05], [0.10, 0.20, 0.05, 0.55, 0.02, 0.08]])
#: per cause of ``espressorepair6``, the medians of the machine's records and the technician's simple measures: its
#: age (years), the cups a day, the supply water's hardness (German degrees), the steam boiler's pressure (bar), the
#: brew temperature at the group (C), the pump's pressure (bar), the flow time for the fixed 60 ml dose (s), the
#: element's resistance (ohm), the water's hardness at the machine after its softener (German degrees) and the months
#: since the last service
ESPRESSO_TABLE = np.array([
    # age  cups   hard  boil  brew  pump  flow  ohm   hm    mon
    [7.0, 250.0, 16.0, 1.0, 87.0, 9.0, 36.0, 17.0, 11.0, 18.0],  # scale
    [6.0, 200.0, 10.0, 0.5, 83.0, 9.0, 28.0, 60.0, 4.0, 12.0],  # element, thermostat or pressurestat
    [7.0, 300.0, 10.0, 1.1, 92.0, 6.2, 42.0, 17.0, 4.0, 12.0],  # pump or motor
    [6.0, 220.0, 12.0, 1.1, 91.0, 8.8, 38.0, 17.0, 7.0, 12.0],  # solenoid valve
    [5.0, 280.0, 9.0, 1.1, 92.0, 9.2, 40.0, 17.0, 4.0, 10.0],  # group gasket or shower screen
    [6.0, 220.0, 9.0, 1.0, 89.0, 8.8, 30.0, 17.0, 4.0, 10.0],  # flowmeter or control board
])
ESPRESSO_LOGS = [0, 1, 2, 6, 7, 8, 9]
ESPRESSO_KINDS = [("log", 0.45, 0.2), ("log", 0.4, 0), ("log", 0.35, 0), ("norm", 0.2, 0), ("norm", 2.5, 0),
                  ("norm", 0.7, 0), ("log", 0.2, 0), ("log", 0.08, 0), ("log", 0.45, 0), ("log", 0.5, 0.2)]


def espressorepair6():
    """Commercial espresso machines a café equipment technician visits because the coffee is cold or slow or the
    machine leaks or stops, in 6 causes technicians confuse (``ESPRESSO_CLASSES``), labelled by the technician's
    diagnosis, as the machine's records, its error code, the café's coded complaint and the technician's simple
    measures apart from it describe them (named ``espressorepair6``: ``espresso6`` is round 99's). Each cause has its
    picture (``ESPRESSO_MAKE``, ``ESPRESSO_GROUPS``, ``ESPRESSO_ERROR``, ``ESPRESSO_COMPLAINT``, ``ESPRESSO_TABLE``;
    each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): scale hard water and a spent softener,
    cool shots, slow flow, a fill timeout, long since a service; the element or thermostat cold, low boiler pressure,
    a heater code, the element's resistance high where it is open (spread 1.0, log, over the others' 0.08); the pump
    low pump pressure, slow, noisy, a busy three-group; the solenoid drips and no flow, a fill timeout; the gasket or
    screen leaks and slow flow at a good pressure, no code; the board stops and dosing errors. Unseen: the machine's
    wear (one per-row factor raising its age and the months since its service). Columns: the make (0-3), the groups
    (1-3), the error code (0-5), the complaint (0-5), then the table's 10 (the age to a tenth within 0.3-30 years, the
    cups to the unit within 20-1,500, the hardness to a tenth within 1-40, the boiler to a hundredth within 0-2 bar,
    the brew temperature to a tenth within 60-100 C, the pump to a tenth within 0-14 bar, the flow time to the unit
    within 10-120 s, the resistance to a tenth within 5-2,000 ohm, the hardness at the machine to a tenth within
    0.2-40, the months to a tenth within 0.5-60) (14). Imbalanced: 460 / 400 / 340 / 300 / 380 / 260 rows (2,140)."""
    rng = np.random.default_rng(118303)
    y = rng.permutation(np.repeat(np.arange(len(ESPRESSO_CLASSES)), ESPRESSO_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (ESPRESSO_MAKE, ESPRESSO_GROUPS, ESPRESSO_ERROR, ESPRESSO_COMPLAINT)]
    cats[1] += 1
    t = _pull(ESPRESSO_TABLE, ESPRESSO_NEIGHBOURS, 0.3, ESPRESSO_LOGS)[y]
    x = _draw(rng, t, ESPRESSO_KINDS, rng.normal(0, 1, len(y)))
    x[:, 7] *= np.where(y == 1, rng.lognormal(0, 1.0, len(y)), 1.0)  # an open element, or a thermostat's fault
    for j, low, high, digits in ((0, 0.3, 30, 1), (1, 20, 1500, 0), (2, 1, 40, 1), (3, 0, 2, 2), (4, 60, 100, 1),
                                 (5, 0, 14, 1), (6, 10, 120, 0), (7, 5, 2000, 1), (8, 0.2, 40, 1), (9, 0.5, 60, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``excavator6``, the chances of the make (0 Caterpillar, 1 Komatsu, 2 Hitachi, 3 another)
EXCAVATOR_MAKE = np.array([[0.30, 0.30, 0.25, 0.15], [0.30, 0.25, 0.25, 0.20], [0.25, 0.30, 0.25, 0.20],
                           [0.30, 0.25, 0.25, 0.20], [0.25, 0.30, 0.30, 0.15], [0.30, 0.30, 0.20, 0.20]])
#: per cause of ``excavator6``, the chances of the work it does (0 general digging, 1 a breaker or demolition, 2
#: quarry or mass excavation, 3 trenching and utilities)
EXCAVATOR_WORK = np.array([[0.45, 0.10, 0.30, 0.15], [0.35, 0.35, 0.15, 0.15], [0.45, 0.15, 0.20, 0.20],
                           [0.35, 0.35, 0.15, 0.15], [0.45, 0.15, 0.15, 0.25], [0.40, 0.10, 0.35, 0.15]])
#: per cause of ``excavator6``, the chances of the monitor's fault code (0 none, 1 a pump pressure sensor or its
#: proportional valve, 2 hydraulic oil hot, 3 filter restriction, 4 pilot pressure or a lever sensor, 5 engine speed
#: or the engine's controller)
EXCAVATOR_CODE = np.array([[0.55, 0.20, 0.10, 0.05, 0.03, 0.07], [0.70, 0.05, 0.15, 0.03, 0.03, 0.04],
                           [0.85, 0.02, 0.03, 0.03, 0.04, 0.03], [0.35, 0.05, 0.25, 0.30, 0.03, 0.02],
                           [0.50, 0.05, 0.02, 0.05, 0.35, 0.03], [0.40, 0.05, 0.05, 0.05, 0.05, 0.40]])
#: per cause of ``excavator6``, the chances of the operator's coded complaint (0 slow on every function, 1 weak
#: digging or lifting, 2 the boom or arm drifts or sags, 3 jerky or erratic, 4 worse when hot, 5 the engine bogs down)
EXCAVATOR_COMPLAINT = np.array([[0.40, 0.25, 0.02, 0.05, 0.23, 0.05], [0.10, 0.50, 0.15, 0.05, 0.15, 0.05],
                                [0.03, 0.25, 0.65, 0.02, 0.03, 0.02], [0.25, 0.10, 0.03, 0.20, 0.37, 0.05],
                                [0.25, 0.05, 0.05, 0.55, 0.05, 0.05], [0.35, 0.10, 0.02, 0.05, 0.08, 0.40]])
#: per cause of ``excavator6``, the medians of the machine's records and the mechanic's simple measures: its
#: operating weight (t), age (years), hours, the main pump's pressure at the relief (bar), the pilot pressure (bar),
#: the boom-raise cycle time (s), the boom cylinder's drift with a loaded bucket (mm in 5 minutes), the hydraulic
#: oil's temperature after an hour's work (C), the oil's particle count (ISO 4406 code at 4 um) and the engine's
#: speed under full hydraulic load (rpm)
EXCAVATOR_TABLE = np.array([
    # t    age   hours    bar    pilot cycle drift oil   iso   rpm
    [20.0, 9.0, 11000.0, 292.0, 38.0, 4.3, 12.0, 72.0, 19.5, 1790.0],  # main pump
    [22.0, 7.0, 8000.0, 282.0, 39.0, 3.8, 25.0, 75.0, 18.5, 1800.0],  # main or port relief valve
    [22.0, 8.0, 9000.0, 325.0, 39.0, 3.5, 60.0, 62.0, 18.5, 1800.0],  # boom or arm cylinder seal
    [20.0, 8.0, 8000.0, 315.0, 36.0, 4.0, 15.0, 80.0, 21.5, 1795.0],  # contaminated oil or clogged filter
    [20.0, 7.0, 7500.0, 320.0, 28.0, 4.2, 12.0, 62.0, 19.0, 1800.0],  # pilot system or joystick valve
    [22.0, 10.0, 12000.0, 320.0, 36.0, 4.4, 12.0, 64.0, 18.0, 1600.0],  # engine speed control or power
])
EXCAVATOR_LOGS = [0, 1, 2, 5, 6]
EXCAVATOR_KINDS = [("log", 0.4, 0), ("log", 0.4, 0.2), ("log", 0.5, 0.3), ("norm", 15.0, 0), ("norm", 2.5, 0),
                   ("log", 0.12, 0.03), ("log", 0.6, 0), ("norm", 7.0, 0), ("norm", 1.2, 0), ("norm", 60.0, 0)]


def excavator6():
    """Hydraulic excavators a plant-hire workshop repairs because they are slow, weak or jerky, in 6 causes mechanics
    confuse (``EXCAVATOR_CLASSES``), labelled by the mechanic's diagnosis, as the machine's records, the monitor's
    fault code, the operator's coded complaint and the mechanic's simple measures apart from it describe them. Each
    cause has its picture (``EXCAVATOR_MAKE``, ``EXCAVATOR_WORK``, ``EXCAVATOR_CODE``, ``EXCAVATOR_COMPLAINT``,
    ``EXCAVATOR_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the worn pump slow
    on every function and worse when hot, low pressure at the relief, a slow cycle, many hours, quarry work; the
    relief valve weak at full load, the lowest relief pressure, hot oil, breaker work; the cylinder drifts, a weak
    function, the drift high; contaminated oil worse when hot, a filter or oil-hot code, a high particle count, hot
    oil, breaker work; the pilot system jerky, a pilot code, low pilot pressure; the engine bogs down, an engine code,
    low speed under load, the most hours. Unseen: the machine's wear (one per-row factor raising its age and hours and
    slowing its cycle a little). Columns: the make (0-3), the work (0-3), the fault code (0-5), the complaint (0-5),
    then the table's 10 (the weight to a tenth within 1.5-90 t, the age to a tenth within 0.3-30 years, the hours to
    the unit within 50-60,000, the relief pressure to the unit within 150-380 bar, the pilot to a tenth within 5-50
    bar, the cycle to a hundredth within 1.5-15 s, the drift to the unit within 0-500 mm, the oil to the unit within
    20-110 C, the ISO code to the unit within 12-26, the speed to the unit within 1,000-2,200 rpm) (14). Imbalanced:
    420 / 340 / 400 / 380 / 300 / 300 rows (2,140)."""
    rng = np.random.default_rng(118404)
    y = rng.permutation(np.repeat(np.arange(len(EXCAVATOR_CLASSES)), EXCAVATOR_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (EXCAVATOR_MAKE, EXCAVATOR_WORK, EXCAVATOR_CODE, EXCAVATOR_COMPLAINT)]
    t = _pull(EXCAVATOR_TABLE, EXCAVATOR_NEIGHBOURS, 0.3, EXCAVATOR_LOGS)[y]
    x = _draw(rng, t, EXCAVATOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1.5, 90, 1), (1, 0.3, 30, 1), (2, 50, 60000, 0), (3, 150, 380, 0),
                                 (4, 5, 50, 1), (5, 1.5, 15, 2), (6, 0, 500, 0), (7, 20, 110, 0), (8, 12, 26, 0),
                                 (9, 1000, 2200, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND118`` lists them (the ordered sets first)
GENERATORS = {"walnut4": walnut4, "jute5": jute5, "espressorepair6": espressorepair6, "excavator6": excavator6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND118_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "walnut4": (2140, 12, WALNUT_ROWS),
    "jute5": (2140, 12, JUTE_ROWS),
    "espressorepair6": (2140, 14, ESPRESSO_ROWS),
    "excavator6": (2140, 14, EXCAVATOR_ROWS),
}
ROUND118 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
