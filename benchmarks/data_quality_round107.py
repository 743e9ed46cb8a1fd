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


def casting5():
    """Aluminium and steel castings radiographed at a foundry, with the gas-porosity level the certified interpreter
    read in 5 levels (``CASTING_CLASSES``; the seen porosity against ``CASTING_LIMITS``, ``CASTING_READING`` the
    label's basis and not columns), as the casting's and the pour's records, the radiograph's exposure and simple
    measures apart from the level describe them. The pores' volume share is unseen: lognormal about the melt's gas
    (the aluminium's reduced-pressure density index or the steel's hydrogen, about 0.13 log a unit), the mould's
    moisture (green sand most, 0.12 log a %), the core's gas, the ladle's time (hydrogen picked up, 0.05 a minute),
    the superheat and the section's thickness (a thick section solidifies slowly and grows its pores), with the
    pour's unseen rest (0.45, log). The radiograph's contrast falls as the tube's voltage strays from the section's
    best; the interpreter sees the pores through it (0.65 to 1 of them) with the reading's and the interpreter's own
    error (0.2 and 0.12, log). An image-analysis tool counts the pores and their area share on the same image (less
    of them in a poor contrast); an Archimedes weighing gives the density's deficit below the sound alloy's (pores
    and shrinkage). Columns: the alloy (0 A356 aluminium, 1 Al-Cu aluminium, 2 carbon steel), the mould (0 green sand,
    1 no-bake sand, 2 permanent mould), the section's thickness (mm), the casting's weight (kg), the superheat (C),
    the melt's gas test (density index % or hydrogen ppm), the mould's moisture (%), the core's gas (ml/g), the
    ladle's time (min), the shop's humidity (%), the tube's voltage (kV), the exposure (mA min), the image's density,
    the tool's pore count (per 10 cm2), its pore area share (%), the density's deficit (%) (16). Imbalanced: 380 /
    520 / 520 / 420 / 300 rows (2,140)."""
    rng = np.random.default_rng(107101)
    n = 200000
    alloy = (rng.random(n)[:, None] > np.cumsum([0.45, 0.25])).sum(1)
    steel = (alloy == 2).astype(float)
    mould = np.where(steel == 1, (rng.random(n) > 0.6).astype(int),
                     (rng.random(n)[:, None] > np.cumsum([0.4, 0.25])).sum(1))
    thick = np.round(np.clip(np.where(steel == 1, 30.0, 15.0) * np.exp(0.5 * rng.normal(0, 1, n)), 3, 150), 1)
    weight = np.round(np.clip(0.02 * thick ** 1.6 * np.where(steel == 1, 2.9, 1.0)
                              * np.exp(0.6 * rng.normal(0, 1, n)), 0.1, 500), 1)
    superheat = np.round(np.where(steel == 1, 60.0, 80.0) + 18 * rng.normal(0, 1, n))
    gas = np.round(np.clip(5 * np.exp(0.55 * rng.normal(0, 1, n)), 0.3, 30), 1)
    moist = np.round(np.clip(np.array([3.5, 0.6, 0.1])[mould] * np.exp(0.35 * rng.normal(0, 1, n)), 0.02, 8), 2)
    core = np.round(np.clip(8 * np.exp(0.5 * rng.normal(0, 1, n)), 1, 40), 1)
    ladle = np.round(np.clip(4 * np.exp(0.5 * rng.normal(0, 1, n)), 0.5, 30), 1)
    humid = np.round(np.clip(55 + 15 * rng.normal(0, 1, n), 15, 98))
    pores = 0.45 * np.exp(0.13 * (gas - 5) + 0.12 * (moist - 1) + 0.02 * (core - 8) + 0.05 * (ladle - 4)
                          + 0.006 * (superheat - np.where(steel == 1, 60, 80)) + 0.45 * np.log(thick / 20)
                          + 0.004 * (humid - 55) + 0.45 * rng.normal(0, 1, n))  # unseen, volume %
    best = np.where(steel == 1, 150 + 4 * thick, 45 + 1.6 * thick)
    kv = np.round(best * np.exp(0.15 * rng.normal(0, 1, n)))
    contrast = np.exp(-4 * np.log(kv / best) ** 2)
    mas = np.round(np.clip(np.exp(0.4 * rng.normal(0, 1, n)) * np.where(steel == 1, 12.0, 5.0), 0.5, 60), 1)
    density = np.round(np.clip(2.5 + 0.5 * np.log(mas / np.where(steel == 1, 12.0, 5.0)) + 0.3 * rng.normal(0, 1, n),
                               1, 4.5), 2)
    count = rng.poisson(8 * pores * (0.5 + 0.5 * contrast) * np.exp(0.25 * rng.normal(0, 1, n))).astype(float)
    area = np.round(np.clip(0.6 * pores * (0.6 + 0.4 * contrast) * np.exp(0.2 * rng.normal(0, 1, n)), 0, 30), 2)
    deficit = np.round(np.clip(pores * np.exp(0.15 * rng.normal(0, 1, n)) + 0.3 + 0.15 * rng.normal(0, 1, n), 0, 30),
                       2)
    seen = pores * (0.65 + 0.35 * contrast) * np.exp(0.15 * rng.normal(0, 1, n) + 0.12 * rng.normal(0, 1, n))
    label = np.digitize(seen, CASTING_LIMITS)
    keep = _keep(rng, label, CASTING_ROWS)
    x = np.column_stack([alloy, mould, thick, weight, superheat, gas, moist, core, ladle, humid, kv, mas, density,
                         count, area, deficit])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def diving7():
    """Springboard and platform dives at competitions, with one judge's award in 7 bands of the World Aquatics scale
    (``DIVING_CLASSES``; the award against ``DIVING_LIMITS``, ``DIVING_AWARD`` the label's basis and not columns), as
    the diver's and the dive's records, video-tracked measures and the meet's conditions apart from the award (and
    apart from the panel's other awards) describe them. The diver's skill is unseen (higher at a higher level and
    older), the dive's execution falls with its difficulty over the diver's usual (0.9 a unit of DD) and with the
    day's form (1.1); a failed dive (the referee's call: a wrong entry, a balk twice, a wrong dive) comes more often
    in a poor execution. The video tracks the take-off's height, the distance from the board (a dive too near or too
    far), the rotation's speed, the entry's angle off the vertical and the splash's area and height, each following
    the execution with its own error, a failed dive's entry far off. The judge awards the execution with the judge's
    own habit (0.35), the seat's view (0.2), the diver's reputation (a tenth of a point a level) and the moment's
    error (0.55), in half points within 0.5-10 (0 for a failed dive). Columns: the diver's age, the level (0 age group,
    1 national junior, 2 national senior, 3 international), the apparatus (0 1 m, 1 3 m, 2 10 m platform), the dive's
    group (1-6, the dive number's first digit), the degree of difficulty, the judge's panel position (1-7), the
    dive's round in the event (1-6), the take-off's height (m over the board), the distance from the board at the
    top (m), the rotation's speed (rev/s), the entry's angle off the vertical (degrees), the splash's area (m2), its
    height (m), an outdoor pool (0/1), the wind (m/s), the water's temperature (C) (16). Imbalanced: 140 / 220 / 360
    / 520 / 480 / 300 / 140 rows (2,160)."""
    rng = np.random.default_rng(107202)
    n = 200000
    level = (rng.random(n)[:, None] > np.cumsum([0.35, 0.3, 0.2])).sum(1)
    age = np.round(np.clip(np.array([12.0, 15.0, 19.0, 22.0])[level] + 2.2 * rng.normal(0, 1, n), 8, 35))
    app = (rng.random(n)[:, None] > np.cumsum([0.35, 0.4])).sum(1)
    group = rng.integers(1, 7, n).astype(float)
    usual = np.array([1.6, 2.1, 2.6, 3.0])[level] + np.array([-0.2, 0.1, 0.3])[app]
    dd = np.round(np.clip(usual + 0.35 * rng.normal(0, 1, n), 1.2, 4.1), 1)
    seat = rng.integers(1, 8, n).astype(float)
    rnd = rng.integers(1, 7, n).astype(float)
    outdoor = (rng.random(n) < 0.2).astype(float)
    wind = np.round(np.where(outdoor == 1, np.clip(2.5 * np.exp(0.6 * rng.normal(0, 1, n)), 0, 15), 0), 1)
    water = np.round(np.where(outdoor == 1, 25.0, 27.0) + 1.2 * rng.normal(0, 1, n), 1)
    skill = np.array([4.8, 5.8, 6.6, 7.5])[level] + 0.05 * (age - 16) + 0.9 * rng.normal(0, 1, n)  # unseen
    execution = skill - 0.9 * (dd - usual) - 0.08 * wind + 1.1 * rng.normal(0, 1, n)  # unseen
    failed = rng.random(n) < 0.004 + 0.3 * _sig(-(execution - 1.0) * 1.5)
    lift = np.round(np.clip(np.array([0.7, 1.0, 0.5])[app] + 0.08 * (execution - 6) + 0.08 * rng.normal(0, 1, n),
                            0.05, 2), 2)
    distance = np.round(np.clip(1.0 + 0.5 * rng.normal(0, 1, n) * np.exp(-0.15 * (execution - 6)), 0.1, 3.5), 2)
    rotation = np.round(np.clip(dd * 0.5 + 0.05 * (execution - 6) + 0.12 * rng.normal(0, 1, n), 0.3, 3.5), 2)
    angle = np.round(np.clip(np.where(failed, 40 + 20 * rng.random(n), 0)
                             + 6 * np.exp(-0.3 * (execution - 6) + 0.25 * rng.normal(0, 1, n)), 0, 90), 1)
    splash = np.round(np.clip(np.where(failed, 3.0, 0.0) + 0.8 * np.exp(-0.3 * (execution - 6)
                                                                         + 0.3 * rng.normal(0, 1, n)), 0.05, 15), 2)
    height = np.round(np.clip(np.where(failed, 1.5, 0.0) + 0.6 * np.exp(-0.25 * (execution - 6)
                                                                        + 0.3 * rng.normal(0, 1, n)), 0.05, 6), 2)
    near = (distance < 0.5) * 1.5 + np.maximum(distance - 1.8, 0)  # too near the board, or too far out
    award = (execution - near + 0.25 * rng.normal(0, 1, n) + 0.2 * rng.normal(0, 1, n) + 0.1 * level
             + 0.4 * rng.normal(0, 1, n))
    award = np.where(failed, 0, np.clip(np.round(2 * award) / 2, 0.5, 10))
    label = np.digitize(award, DIVING_LIMITS)
    keep = _keep(rng, label, DIVING_ROWS)
    x = np.column_stack([age, level, app, group, dd, seat, rnd, lift, distance, rotation, angle, splash, height,
                         outdoor, wind, water])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``chainsaw6``, the chances of the owner's coded complaint (0 will not start, 1 starts then stalls, 2
#: bogs or loses power under load, 3 cuts slowly or crooked, 4 the chain creeps at idle or stops in the cut, 5 hard
#: to start when hot)
CHAINSAW_COMPLAINT = np.array([[0.35, 0.35, 0.15, 0.02, 0.03, 0.10], [0.40, 0.15, 0.05, 0.02, 0.03, 0.35],
                               [0.45, 0.25, 0.15, 0.02, 0.03, 0.10], [0.15, 0.30, 0.40, 0.05, 0.05, 0.05],
                               [0.01, 0.02, 0.12, 0.70, 0.13, 0.02], [0.02, 0.05, 0.20, 0.20, 0.50, 0.03]])
#: per cause of ``chainsaw6``, the medians of the saw's and the owner's records and the shop's simple measures: the
#: saw's age (years), its hours, its displacement (cc), the months stored with fuel in it, ethanol fuel used (share),
#: the fuel's age (months), the compression (psi), the gap the spark tester's spark jumps (mm), the idle speed (rpm),
#: the top no-load speed (rpm), the fuel line's vacuum test's leak (kPa/min), the chain's sag (mm), the cutters'
#: top-plate angle off the specification (degrees), the clutch's engagement speed (rpm), the time to cut a 20 cm log
#: (s), a restart failing when hot (share)
CHAINSAW_TABLE = np.array([
    # age hours cc  stored E10  fuel  comp   spark idle    top      leak sag  angle clutch  cut   hot
    [5.0, 150.0, 45.0, 5.0, 0.80, 6.0, 140.0, 8.0, 2200.0, 10500.0, 2.0, 3.0, 3.0, 3800.0, 14.0, 0.20],  # carburettor
    [7.0, 300.0, 50.0, 2.0, 0.50, 2.0, 140.0, 2.5, 2800.0, 12000.0, 2.0, 3.0, 3.0, 3800.0, 12.0, 0.70],  # coil
    [5.0, 200.0, 45.0, 2.0, 0.50, 2.0, 140.0, 7.5, 2400.0, 11000.0, 2.0, 3.0, 3.0, 3800.0, 13.0, 0.30],  # plug
    [6.0, 250.0, 50.0, 3.0, 0.60, 3.0, 140.0, 8.0, 2600.0, 9500.0, 12.0, 3.0, 3.0, 3800.0, 15.0, 0.30],  # filters, line
    [4.0, 250.0, 45.0, 1.0, 0.50, 1.5, 145.0, 8.0, 2800.0, 12500.0, 2.0, 6.0, 10.0, 3800.0, 30.0, 0.10],  # chain, bar
    [8.0, 450.0, 55.0, 1.0, 0.50, 1.5, 135.0, 8.0, 3000.0, 12000.0, 2.0, 4.0, 4.0, 2900.0, 22.0, 0.15],  # clutch
])
CHAINSAW_LOGS = [0, 1, 3, 5, 10, 11, 12, 14]
CHAINSAW_KINDS = [("log", 0.5, 0.2), ("log", 0.6, 0.3), ("norm", 6.0, 0), ("log", 0.7, 0), ("share", 0, 0),
                  ("log", 0.6, 0), ("norm", 12.0, -4.0), ("norm", 2.0, 0), ("norm", 300.0, 0), ("norm", 800.0, 0),
                  ("log", 0.7, 0), ("log", 0.4, 0.1), ("log", 0.5, 0), ("norm", 300.0, 0), ("log", 0.35, 0.1),
                  ("share", 0, 0)]


def chainsaw6():
    """Chainsaws brought to a small-engine repair shop because they will not start, stall or cut badly, in 6 causes
    mechanics confuse (``CHAINSAW_CLASSES``), labelled by the mechanic's diagnosis, as the saw's and the owner's
    records, the owner's coded complaint and the shop's simple measures apart from it describe them. Each cause has
    its picture (``CHAINSAW_COMPLAINT``, ``CHAINSAW_TABLE``): a gummed carburettor a saw stored for months with old
    ethanol fuel in it, a low, hunting idle and a low top speed; the coil a weak spark on the tester, a restart failing
    when hot; a fouled plug a low, misfiring idle; the filters or a cracked line a leaking vacuum test and a low top
    speed, bogging under load; the chain a slack chain, cutters filed off their angle, a slow, crooked cut; the clutch
    an old, much-used saw engaging low, the chain creeping at idle. Unseen: the saw's use (one per-row factor raising
    its age, its hours, the chain's sag and the cut's time, lowering the compression). Columns: the complaint (0 will
    not start, 1 starts then stalls, 2 bogs under load, 3 cuts slowly or crooked, 4 the chain creeps or stops, 5 hard
    to start hot), then the table's 16 (the age to a tenth within 0.2-30 years, the hours to the unit within 2-5,000,
    the displacement to the unit within 25-95 cc, the months to a tenth within 0-36, the E10 0/1, the fuel's age to a
    tenth within 0-36 months, the compression to the unit within 40-200 psi, the spark's gap to a tenth within 0-12 mm,
    the speeds to 10 rpm within 1,000-4,500 and 5,000-15,000 rpm, the leak to a tenth within 0.1-80 kPa/min, the sag
    to a tenth within 0.5-25 mm, the angle to a tenth within 0.2-40 degrees, the clutch to 10 rpm within 1,800-5,000,
    the cut to a tenth within 3-200 s, the hot restart 0/1) (17). Imbalanced: 400 / 320 / 340 / 380 / 360 / 340 rows
    (2,140)."""
    rng = np.random.default_rng(107303)
    y = rng.permutation(np.repeat(np.arange(len(CHAINSAW_CLASSES)), CHAINSAW_ROWS))
    complaint = (rng.random(len(y))[:, None] > np.cumsum(CHAINSAW_COMPLAINT[y], 1)[:, :5]).sum(1).astype(float)
    t = _pull(CHAINSAW_TABLE, CHAINSAW_NEIGHBOURS, 0.3, CHAINSAW_LOGS)[y]
    x = _draw(rng, t, CHAINSAW_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.2, 30, 1), (1, 2, 5000, 0), (2, 25, 95, 0), (3, 0, 36, 1), (5, 0, 36, 1),
                                 (6, 40, 200, 0), (7, 0, 12, 1), (8, 1000, 4500, -1), (9, 5000, 15000, -1),
                                 (10, 0.1, 80, 1), (11, 0.5, 25, 1), (12, 0.2, 40, 1), (13, 1800, 5000, -1),
                                 (14, 3, 200, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([complaint, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``vending6``, the chances of the customer's coded complaint (0 coins rejected or stuck, 1 bills
#: rejected, 2 paid and got nothing, 3 the drink is warm, 4 the machine dead or showing an error, 5 no change given)
VENDING_COMPLAINT = np.array([[0.50, 0.05, 0.10, 0.01, 0.09, 0.25], [0.08, 0.70, 0.07, 0.01, 0.10, 0.04],
                              [0.03, 0.02, 0.80, 0.02, 0.08, 0.05], [0.02, 0.01, 0.05, 0.75, 0.15, 0.02],
                              [0.03, 0.02, 0.70, 0.02, 0.18, 0.05], [0.12, 0.12, 0.15, 0.08, 0.43, 0.10]])
#: per cause of ``vending6``, the chance the machine is a refrigerated drink machine (else an ambient snack machine)
VENDING_DRINK = np.array([0.45, 0.45, 0.35, 1.0, 0.40, 0.50])
#: per cause of ``vending6``, the medians of the machine's records, the telemetry's logs since the last visit, the
#: sales and the cash box: the machine's age (years), its vends a day, an outdoor site (share), the days since the
#: last visit, the coin mechanism's error codes (count), the bill validator's (count), the motors' vend errors
#: (count), the drop sensor's no-vend events (count), the board's resets and lost telemetry links (count), the sales
#: against the site's usual (%), the cash box's coins against the telemetry's count (% off), the bills' share of the
#: cash (%), the cabinet's highest temperature over its set point (C, a drink machine's), the compressor's duty (%, a
#: drink machine's), the power cuts logged (count)
VENDING_TABLE = np.array([
    # age vends out   days  coin bill motor drop reset sales off  bills temp duty  power
    [8.0, 40.0, 0.30, 10.0, 6.0, 0.8, 0.5, 0.5, 0.5, 75.0, 8.0, 62.0, 1.5, 45.0, 0.5],  # coin mechanism
    [7.0, 45.0, 0.35, 10.0, 0.8, 6.0, 0.5, 0.5, 0.5, 70.0, 3.0, 18.0, 1.5, 45.0, 0.5],  # bill validator
    [9.0, 35.0, 0.15, 12.0, 0.6, 0.6, 5.0, 2.0, 0.4, 85.0, 3.0, 45.0, 1.5, 45.0, 0.4],  # spiral or vend motor
    [10.0, 40.0, 0.45, 8.0, 0.5, 0.6, 0.6, 0.6, 0.6, 60.0, 3.0, 45.0, 9.0, 92.0, 0.8],  # refrigeration
    [6.0, 40.0, 0.20, 12.0, 0.6, 0.6, 1.5, 6.0, 0.5, 90.0, 3.0, 45.0, 1.5, 45.0, 0.4],  # drop sensor
    [7.0, 40.0, 0.40, 14.0, 2.5, 2.5, 2.0, 1.5, 4.0, 65.0, 6.0, 45.0, 3.0, 50.0, 3.0],  # board or telemetry
])
VENDING_LOGS = [0, 1, 3, 10, 12]
VENDING_KINDS = [("log", 0.5, 0.2), ("log", 0.6, 0), ("share", 0, 0), ("log", 0.5, 0), ("count", 0.7, 0),
                 ("count", 0.7, 0), ("count", 0.7, 0), ("count", 0.7, 0), ("count", 0.7, 0), ("norm", 15.0, -4.0),
                 ("log", 0.6, 0), ("norm", 10.0, 0), ("log", 0.5, 0), ("norm", 10.0, 3.0), ("count", 0.8, 0)]


def vending6():
    """Service calls to snack and drink vending machines, in 6 causes route technicians confuse
    (``VENDING_CLASSES``), labelled by the technician's diagnosis, as the machine's model (a drink or a snack machine),
    age and site, the telemetry's logged error codes, the sales and the cash box since the last visit, the cabinet's
    temperature log and the customer's coded complaint apart from it describe them. Each cause has its picture
    (``VENDING_COMPLAINT``, ``VENDING_DRINK``, ``VENDING_TABLE``): the coin mechanism coin errors, the cash box's
    coins off the telemetry's count, coins' share of the cash high, "no change"; the bill validator bill errors and few
    bills in the cash; a spiral motor motor errors on an old machine, "paid and got nothing"; the refrigeration a
    drink machine warm over its set point with its compressor running on, on an old machine outdoors; the drop
    sensor no-vend events; the board errors of every kind, resets and lost links, power cuts. Unseen: the machine's
    wear (one per-row factor raising its age and the compressor's duty, lowering the sales). A snack machine has no
    temperature log: its two columns are 0. Columns: the complaint (0 coins rejected, 1 bills rejected, 2 paid and
    got nothing, 3 a warm drink, 4 dead or an error shown, 5 no change), a drink machine (0/1), then the table's 15
    (the age to a tenth within 0.3-30 years, the vends to the unit within 2-400 a day, the outdoor site 0/1, the days
    to the unit within 1-60, the counts as drawn (at most 500), the sales to the unit within 5-150 %, the cash's
    difference to a tenth within 0-80 %, the bills' share to the unit within 0-95 %, the temperature to a tenth within
    0-25 C, the duty to the unit within 10-100 %) (17). Imbalanced: 420 / 380 / 360 / 300 / 340 / 340 rows
    (2,140)."""
    rng = np.random.default_rng(107404)
    y = rng.permutation(np.repeat(np.arange(len(VENDING_CLASSES)), VENDING_ROWS))
    complaint = (rng.random(len(y))[:, None] > np.cumsum(VENDING_COMPLAINT[y], 1)[:, :5]).sum(1).astype(float)
    drink = (rng.random(len(y)) < VENDING_DRINK[y]).astype(float)
    t = _pull(VENDING_TABLE, VENDING_NEIGHBOURS, 0.3, VENDING_LOGS)[y]
    x = _draw(rng, t, VENDING_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.3, 30, 1), (1, 2, 400, 0), (3, 1, 60, 0), (4, 0, 500, 0), (5, 0, 500, 0),
                                 (6, 0, 500, 0), (7, 0, 500, 0), (8, 0, 500, 0), (9, 5, 150, 0), (10, 0, 80, 1),
                                 (11, 0, 95, 0), (12, 0, 25, 1), (13, 10, 100, 0), (14, 0, 500, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    x[:, 12:14] *= drink[:, None]
    return np.column_stack([complaint, drink, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND107`` lists them (the ordered sets first)
GENERATORS = {"casting5": casting5, "diving7": diving7, "chainsaw6": chainsaw6, "vending6": vending6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND107_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "casting5": (2140, 16, CASTING_ROWS),
    "diving7": (2160, 16, DIVING_ROWS),
    "chainsaw6": (2140, 17, CHAINSAW_ROWS),
    "vending6": (2140, 17, VENDING_ROWS),
}
ROUND107 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
