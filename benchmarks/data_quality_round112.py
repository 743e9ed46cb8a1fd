"""Round 112's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- almond5: a shelled almond lot's USDA grade
#: the 5 classes of ``almond5`` (a lot of shelled almond kernels at a huller-sheller, by the grade the inspector gives
#: a sample of it, the highest of the U.S. grades for shelled almonds whose tolerances the sample meets), the best first
ALMOND_CLASSES = ("U.S. Fancy", "U.S. Extra No. 1", "U.S. No. 1 (Supreme)", "U.S. Select Sheller Run",
                  "U.S. Standard Sheller Run")
ALMOND_ROWS = (200, 420, 640, 520, 360)
#: per grade, the tolerances (% by weight of the inspector's sample) it allows, as the public grade tables give them:
#: doubles, chip and scratch, foreign material, split and broken, other defects, serious defects (a lot failing the
#: last grade's is not kept: it is sold as no grade)
ALMOND_LIMITS = np.array([[3.0, 5.0, 0.05, 1.0, 2.0, 1.0], [5.0, 5.0, 0.05, 1.0, 4.0, 1.5],
                          [15.0, 10.0, 0.05, 1.0, 5.0, 1.5], [15.0, 20.0, 0.1, 5.0, 3.0, 2.0],
                          [25.0, 35.0, 0.2, 15.0, 3.0, 2.0]])
#: the grade above and below each (a lot near a tolerance is graded one step up or down by the sample drawn, the
#: inspector's count of a chip's or a scratch's size, a double's flat side, a brown spot's eighth of an inch)
ALMOND_NEIGHBOURS = ordinal_neighbours(len(ALMOND_CLASSES))
#: what the grade is given from: the label's basis, not columns
ALMOND_GRADING = ("the inspector's official sample (1,000 g or more drawn from the lot) sorted by hand into doubles, "
                  "chip and scratch, foreign material, split and broken, other and serious defects, weighed against "
                  "each grade's tolerances",
                  "the inspector's own habit at the edges of a defect's size, and the sample's draw from the lot")


# ---------------------------------------------------------------------- vanilla5: a cured vanilla bundle's grade
#: the 5 classes of ``vanilla5`` (a bundle of cured vanilla beans bought from a growers' co-operative, by the grade the
#: exporter's grader sorts it into), the best first
VANILLA_CLASSES = ("gourmet (black grade A: whole, supple, oily, dark, long, the most moisture)",
                   "grade A (black to brown: whole, supple, a little less moisture or length)",
                   "red (grade B, for extraction: drier, reddish, some blemishes)",
                   "grade C (short or thin, dry, marked: for extraction)",
                   "cuts and splits (split, broken or mouldy beans cut to pieces: for extraction)")
VANILLA_ROWS = (260, 520, 600, 440, 320)
#: the lower limits of grade C, red, grade A and gourmet on the grader's score (the bean's look and feel folded in;
#: higher better) that the grade takes, as ``np.digitize`` reads them (the score's grades read reversed)
VANILLA_LIMITS = (-1.5, -0.5, 0.5, 1.5)
#: the grade above and below each (graders differ mostly by one grade: a bundle's colour under the shed's light, its
#: suppleness by hand, a few splits or a spot of mould in it, the exporter's orders of the day)
VANILLA_NEIGHBOURS = ordinal_neighbours(len(VANILLA_CLASSES))
#: what the grade is sorted from: the label's basis, not columns
VANILLA_GRADING = ("the grader's look and feel of the bundle: the beans' colour and sheen, suppleness when bent "
                   "round a finger, length, splits, mould and scars, the aroma",
                   "the grader's own habit and the exporter's orders of the day")


# ---------------------------------------------------------------------- garagedoor6: a garage door's fault
#: the 6 classes of ``garagedoor6`` (a residential garage door a technician visits because it will not open,
#: reverses or stops part way, by the cause the technician diagnosed)
GARAGEDOOR_CLASSES = ("broken torsion spring (the door heavy, the opener straining or unable to lift it)",
                      "misaligned or dirty safety photo-eyes (the beam not seen: the door reverses or will not close)",
                      "stripped drive gear or sprocket (the motor runs, the trolley does not move)",
                      "limit or force settings drifted (the door stops short, reverses at the floor or on the way)",
                      "cable off its drum or frayed (the door crooked, binding, stopping part way)",
                      "failed logic board or remote (no response, wrong blink codes, a dead receiver or transmitter)")
GARAGEDOOR_ROWS = (480, 360, 300, 340, 280, 380)
#: the causes technicians confuse (symmetric): a broken spring against the drive gear (a heavy door strips it: the
#: motor hums, the door stays), the force settings (the opener reverses on a heavy door) and a cable (a broken spring
#: throws its cable off the drum: both crooked and heavy); the photo-eyes against the limit or force settings (both
#: reverse on the way down) and the board (both will not close, the light blinks); the drive gear against the travel
#: settings (a slipping gear loses the travel count) and the board (no movement); the settings against a cable (a
#: binding door trips the force: it stops part way) and the board (an opener losing its travel memory)
GARAGEDOOR_NEIGHBOURS = {0: (2, 3, 4), 1: (3, 5), 2: (0, 3, 5), 3: (0, 1, 2, 4, 5), 4: (0, 3), 5: (1, 2, 3)}


# ---------------------------------------------------------------------- pinball6: a pinball machine's fault
#: the 6 classes of ``pinball6`` (a pinball machine an operator's technician repairs because a feature plays dead or
#: wrong, by the cause the technician diagnosed)
PINBALL_CLASSES = ("dirty or misaligned switch (a rollover, a target's or a trough's switch not closing)",
                   "burnt coil or its diode (a coil open or shorted, its diode broken or reversed)",
                   "failed driver transistor (open: the coil never fires; shorted: locked on, fuses blowing)",
                   "broken wire or connector (a lead off a lug, a cracked header pin, a burnt connector)",
                   "worn flipper mechanism (a worn plunger, link or bushing, a coil sleeve, a pitted EOS switch)",
                   "failed opto or its board (an infrared emitter or receiver dead, the opto board's comparator)")
PINBALL_ROWS = (440, 360, 320, 380, 300, 340)
#: the causes technicians confuse (symmetric): a dirty switch against a broken wire (a switch's row or column open),
#: a worn flipper (its end-of-stroke switch pitted: weak, hot) and an opto (both a switch the game does not see); a
#: burnt coil against its driver (a shorted coil or a missing diode kills the transistor: dead or locked on), a broken
#: wire (an open coil and an open lead read alike) and a worn flipper (a tired flipper coil: weak); the driver against
#: a broken wire (no pulse reaches the coil); a broken wire against an opto (its board's connector)
PINBALL_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 3, 4), 2: (1, 3), 3: (0, 1, 2, 5), 4: (0, 1), 5: (0, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"almond5": ALMOND_NEIGHBOURS, "vanilla5": VANILLA_NEIGHBOURS, "garagedoor6": GARAGEDOOR_NEIGHBOURS,
              "pinball6": PINBALL_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("almond5", "vanilla5")


def almond5():
    """Shelled almond lots at a huller-sheller, with the grade the inspector gives a sample in 5 U.S. grades
    (``ALMOND_CLASSES``; the highest grade whose ``ALMOND_LIMITS`` the inspector's sample meets, ``ALMOND_GRADING``
    the label's basis and not columns), as the lot's records and the huller's own quick sample apart from the grade
    describe them. The lot's true defect shares are unseen: doubles (the variety's and the orchard block's, frost
    or stress at bloom), chip and scratch and split and broken (the shelling of a dry kernel, the pickup crew's
    sweeper), foreign material (the crew, the days on the ground), other defects (gum, shrivel, brown spot: rain on
    the ground), serious defects (navel orangeworm and mould: a soft-shelled variety, the days on the ground, the
    weeks in the stockpile, rain). The inspector's sample reads them with its draw and the inspector's habit (a
    shared 0.08 and each 0.1, log); the huller's quick sample (500 kernels) counts them more roughly. Columns: the
    variety (0 Nonpareil, 1 Carmel type, 2 California type, 3 Mission type), the orchard block (0-3), the harvest's
    day of the year, the days on the ground, the shaking and sweeping crew (0-3), the weeks in the stockpile, the
    rain on the ground (mm), the quick sample's chip and scratch (%), doubles and twins (%), foreign material (% by
    weight), split and broken (%), other defects (%), insect-damaged kernels (count of 500), the kernels' moisture
    (%) and the kernel size's spread (kernels an ounce, the sample's standard deviation) (15). Imbalanced: 200 / 420
    / 640 / 520 / 360 rows (2,140)."""
    rng = np.random.default_rng(112101)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.4, 0.2, 0.25])).sum(1)
    block = rng.integers(0, 4, n)
    day = np.round(np.clip(np.array([235.0, 255, 265, 275])[variety] + 8 * rng.normal(0, 1, n), 215, 305))
    ground = np.round(np.clip(9 * np.exp(0.45 * rng.normal(0, 1, n) + 0.01 * (day - 255)), 3, 35))
    crew = rng.integers(0, 4, n)
    skill = np.array([0.3, 0.1, -0.1, -0.4])[crew] + 0.3 * rng.normal(0, 1, n)
    weeks = np.round(np.clip(6 * np.exp(0.7 * rng.normal(0, 1, n)), 0, 26))
    rain = np.round(np.where(rng.random(n) < 0.05 + 0.5 * _sig((day - 275) / 8), rng.exponential(12, n), 0), 1)
    moisture = np.clip(5.5 + 0.05 * rain - 0.04 * weeks + 0.5 * rng.normal(0, 1, n), 3, 10)
    chipping = np.exp(-0.15 * (moisture - 5.5) - 0.5 * skill)  # a dry kernel and a rough sweep
    doubles = 1.8 * np.array([1.0, 1.6, 2.4, 3.5])[variety] * np.array([0.8, 1.0, 1.1, 1.4])[block] \
        * rng.lognormal(0, 0.6, n)
    chips = 6.0 * np.array([1.3, 1.0, 0.9, 0.8])[variety] * chipping * rng.lognormal(0, 0.55, n)
    foreign = 0.045 * np.exp(-0.8 * skill + 0.04 * (ground - 9)) * rng.lognormal(0, 0.6, n)
    broken = 2.0 * chipping * rng.lognormal(0, 0.6, n)
    other = 2.2 * np.exp(0.025 * rain + 0.02 * (ground - 9)) * rng.lognormal(0, 0.45, n)
    serious = 0.8 * np.array([1.5, 1.0, 1.0, 0.7])[variety] * np.exp(0.04 * (ground - 9) + 0.03 * weeks
                                                                       + 0.02 * rain) * rng.lognormal(0, 0.5, n)
    true = np.column_stack([doubles, chips, foreign, broken, other, serious])
    seen = true * rng.lognormal(0, 0.08, (n, 1)) * rng.lognormal(0, 0.1, (n, 6))  # the inspector's sample
    meets = np.all(seen[:, None, :] <= ALMOND_LIMITS[None], 2)
    label = np.where(meets.any(1), np.argmax(meets, 1), len(ALMOND_CLASSES))  # no grade: not kept
    keep = _keep(rng, label, ALMOND_ROWS)
    q = 500
    x = np.column_stack([
        variety, block, day, ground, crew, weeks, rain,
        100 * rng.binomial(q, np.clip(chips, 0, 100) / 100) / q,
        100 * rng.binomial(q, np.clip(doubles, 0, 100) / 100) / q,
        np.round(np.clip(foreign * rng.lognormal(0, 0.3, n), 0, 5), 3),
        100 * rng.binomial(q, np.clip(broken, 0, 100) / 100) / q,
        100 * rng.binomial(q, np.clip(other, 0, 100) / 100) / q,
        rng.binomial(q, np.clip(0.7 * serious, 0, 100) / 100),
        np.round(moisture + 0.3 * rng.normal(0, 1, n), 1),
        np.round(np.clip(np.array([1.8, 2.2, 2.6, 3.0])[variety] * rng.lognormal(0, 0.25, n) + 0.05 * doubles,
                         0.5, 10), 2)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def vanilla5():
    """Bundles of cured vanilla beans bought from growers' co-operatives, with the grade the exporter's grader sorts
    them into in 5 grades (``VANILLA_CLASSES``; the grader's score against ``VANILLA_LIMITS``, ``VANILLA_GRADING``
    the label's basis and not columns), as the bundle's records and the exporter's simple measures apart from the
    grade describe them. The beans' maturity at picking is unseen (an early month's beans picked green, before
    thieves take them: thin, reddish, little vanillin; a late month's ripe, some splitting on the vine), and so are
    the curer's skill (its own and the batch's), the beans' true moisture (the drying's days, less in the
    co-operative's store), their length, darkness and suppleness, their splits and mould (a wet bean moulds), and
    the sheen and aroma the grader reads by hand and nose. The grader's score adds the moisture, the length, the
    darkness, the suppleness, the sheen, the splits' and the mould's loss, and the grader's habit and the day's
    orders (0.25); the grade is read from it (the best first). The measures read the bundle: a moisture meter (0.8
    points), the beans' mean length (0.4 cm), the vanillin assay (HPLC: 0.12 points), the colour meter's L* (0.8),
    the splits and mould counted in the bundle's 50 beans and a bend test's flexibility (0-10, 0.5). Columns: the
    region (0 SAVA, 1 Diana, 2 Analanjirofo), the curer (0-3), the harvest month (5-9), the curing method (0 hot-water
    killing, 1 sun killing, 2 oven), the days of sweating, the days of sun and shade drying, the days in the
    co-operative's store, the moisture (%), the length (cm), the vanillin (% dry weight), the colour (L*), the
    split beans (of 50), the mouldy beans (of 50), the flexibility (0-10) (14). Imbalanced: 260 / 520 / 600 / 440 /
    320 rows (2,140)."""
    rng = np.random.default_rng(112202)
    n = 200000
    region = (rng.random(n)[:, None] > np.cumsum([0.55, 0.2])).sum(1)
    curer = rng.integers(0, 4, n)
    skill = np.array([0.35, 0.1, -0.1, -0.35])[curer] + 0.35 * rng.normal(0, 1, n)
    month = rng.integers(5, 10, n).astype(float)
    method = (rng.random(n)[:, None] > np.cumsum([0.7, 0.15])).sum(1)
    maturity = 0.4 * (month - 6.5) + np.array([0.1, 0.0, -0.1])[region] + 0.5 * rng.normal(0, 1, n)  # unseen
    sweat = np.round(np.clip(np.array([6.0, 9.0, 4.0])[method] * rng.lognormal(0, 0.25, n), 1, 20))
    dry = np.round(np.clip(45 * rng.lognormal(0, 0.3, n), 15, 120))
    store = np.round(np.clip(20 * rng.lognormal(0, 0.6, n), 1, 150))
    water = np.clip(30 + 9 * np.log(45 / dry) - 0.04 * (store - 20) - 1.5 * np.clip(-maturity, 0, None)
                    + 2.5 * rng.normal(0, 1, n), 12, 45)
    length = np.clip(15.5 + 0.5 * maturity + np.array([0.3, -0.2, 0.0])[region] + 1.8 * rng.normal(0, 1, n),
                     8, 24)
    vanillin = np.clip(1.6 + 0.3 * maturity + 0.15 * (method == 0) + 0.1 * skill + 0.25 * rng.normal(0, 1, n),
                       0.4, 3.6)
    dark = 0.5 * skill + 0.35 * maturity + 0.08 * (water - 30) - 0.1 * np.abs(np.log(sweat / 6)) \
        + 0.4 * rng.normal(0, 1, n)  # unseen
    supple = 0.12 * (water - 30) + 0.3 * skill + 0.4 * rng.normal(0, 1, n)  # unseen
    sheen = 0.4 * maturity + 0.4 * skill + 0.5 * rng.normal(0, 1, n)  # unseen: the oils and the aroma
    p_split = np.clip(0.05 * np.exp(0.7 * maturity - 0.4 * skill), 0, 0.9)
    p_mould = np.clip(0.02 * np.exp(0.25 * (water - 32) - 0.5 * skill), 0, 0.9)
    score = (0.25 * (water - 28) + 0.35 * (length - 15.5) + 0.6 * dark + 0.4 * supple + 0.4 * sheen
             - 6 * p_split - 10 * p_mould + 0.25 * rng.normal(0, 1, n))
    label = len(VANILLA_CLASSES) - 1 - np.digitize(score, VANILLA_LIMITS)
    keep = _keep(rng, label, VANILLA_ROWS)
    x = np.column_stack([
        region, curer, month, method, sweat, dry, store,
        np.round(np.clip(water + 0.8 * rng.normal(0, 1, n), 10, 50), 1),
        np.round(np.clip(length + 0.4 * rng.normal(0, 1, n), 8, 25), 1),
        np.round(np.clip(vanillin + 0.12 * rng.normal(0, 1, n), 0.3, 4), 2),
        np.round(np.clip(30 - 3 * dark + 0.8 * rng.normal(0, 1, n), 15, 50), 1),
        rng.binomial(50, p_split), rng.binomial(50, p_mould),
        np.round(np.clip(5 + 1.5 * supple + 0.5 * rng.normal(0, 1, n), 0, 10), 1)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``garagedoor6``, the chances of the opener's make (0 Chamberlain or LiftMaster, 1 Genie, 2 another)
GARAGEDOOR_MAKE = np.array([[0.50, 0.30, 0.20], [0.50, 0.30, 0.20], [0.65, 0.20, 0.15], [0.45, 0.35, 0.20],
                            [0.50, 0.30, 0.20], [0.40, 0.35, 0.25]])
#: per cause of ``garagedoor6``, the chances of the opener's blink code (0 none, 1 a safety-sensor code, 2 a travel or
#: force code, 3 a motor or RPM-sensor code, 4 a board or memory code)
GARAGEDOOR_BLINK = np.array([[0.45, 0.05, 0.30, 0.15, 0.05], [0.15, 0.70, 0.08, 0.02, 0.05],
                             [0.55, 0.03, 0.12, 0.25, 0.05], [0.35, 0.08, 0.45, 0.07, 0.05],
                             [0.50, 0.05, 0.30, 0.10, 0.05], [0.35, 0.15, 0.10, 0.10, 0.30]])
#: per cause of ``garagedoor6``, the chances of the owner's coded complaint (0 will not open, 1 reverses on closing, 2
#: stops part way, 3 the motor runs and the door stays, 4 no response to the remote or the wall button)
GARAGEDOOR_COMPLAINT = np.array([[0.45, 0.10, 0.20, 0.20, 0.05], [0.05, 0.70, 0.10, 0.00, 0.15],
                                 [0.15, 0.03, 0.10, 0.65, 0.07], [0.10, 0.40, 0.40, 0.05, 0.05],
                                 [0.25, 0.10, 0.45, 0.15, 0.05], [0.15, 0.10, 0.05, 0.05, 0.65]])
#: per cause of ``garagedoor6``, the medians of the door's records and the technician's simple measures: the door's
#: weight (kg), its age (years), the cycles a day, the climate's mean winter low (C), the force to hold the door at
#: half height with the opener released (kg), the motor's current lifting (A), the photo-eyes' signal (% of the
#: receiver's full), the travel's error at the floor (cm), the opener's force reading (% of its range), the days
#: since the last service, the door's tilt side to side (cm), the trolley's speed while the motor runs (cm/s)
GARAGEDOOR_TABLE = np.array([
    # kg   age   cyc  low   bal   amps  eye   trav  force days   tilt speed
    [75.0, 11.0, 5.0, -6.0, 30.0, 6.5, 90.0, 10.0, 90.0, 700.0, 2.0, 8.0],  # torsion spring
    [65.0, 8.0, 4.0, -4.0, 3.0, 3.5, 35.0, 3.0, 45.0, 300.0, 0.5, 18.0],  # photo-eyes
    [75.0, 12.0, 6.0, -5.0, 5.0, 2.0, 90.0, 15.0, 40.0, 800.0, 0.6, 2.0],  # drive gear or sprocket
    [68.0, 9.0, 4.0, -10.0, 4.0, 4.0, 85.0, 20.0, 75.0, 400.0, 0.6, 17.0],  # limit or force settings
    [72.0, 12.0, 5.0, -5.0, 12.0, 5.0, 88.0, 18.0, 80.0, 800.0, 6.0, 12.0],  # cable
    [65.0, 9.0, 4.0, -4.0, 3.0, 1.0, 70.0, 5.0, 40.0, 300.0, 0.5, 14.0],  # logic board or remote
])
GARAGEDOOR_LOGS = [1, 2, 4, 5, 7, 9, 10]
GARAGEDOOR_KINDS = [("norm", 10.0, 0), ("log", 0.5, 0.2), ("log", 0.5, 0), ("norm", 5.0, 0), ("log", 0.6, 0.1),
                    ("log", 0.35, 0), ("norm", 15.0, 0), ("log", 0.6, 0.1), ("norm", 12.0, 0), ("log", 0.6, 0.2),
                    ("log", 0.7, 0.1), ("norm", 4.0, 0)]


def garagedoor6():
    """Residential garage doors a technician visits because they will not open, reverse or stop part way, in 6
    causes technicians confuse (``GARAGEDOOR_CLASSES``), labelled by the technician's diagnosis, as the door's
    records, the opener's blink code, the owner's coded complaint and the technician's simple measures apart from it
    describe them. Each cause has its picture (``GARAGEDOOR_MAKE``, ``GARAGEDOOR_BLINK``, ``GARAGEDOOR_COMPLAINT``,
    ``GARAGEDOOR_TABLE``): a broken spring "will not open", a heavy door at half height, a high current, the force
    near its top; the photo-eyes "reverses on closing", a sensor blink code, a weak beam; a stripped gear "the motor
    runs", a low current, the trolley hardly moving, a Chamberlain's plastic gear; drifted settings "reverses" or
    "stops part way", a travel or force code, the travel far off, a cold climate; a cable "stops part way", the door
    tilted, heavy; the board or remote "no response", a board code, little current. Unseen: the door's wear (one
    per-row factor raising its age, the days since service, the imbalance, the travel's error and the tilt).
    Columns: the make (0 Chamberlain or LiftMaster, 1 Genie, 2 another), the blink code (0-4), the complaint (0-4),
    then the table's 12 (the weight to the kg within 30-180, the age to a tenth within 0.5-40 years, the cycles to a
    tenth within 0.2-30, the winter low to a tenth within -30..15 C, the balance to a tenth within 0-90 kg, the
    current to a tenth within 0-15 A, the eyes' signal to the unit within 0-100 %, the travel's error to a tenth
    within 0-150 cm, the force to the unit within 0-100 %, the days to the unit within 7-5,000, the tilt to a tenth
    within 0-40 cm, the speed to a tenth within 0-30 cm/s) (15). Imbalanced: 480 / 360 / 300 / 340 / 280 / 380 rows
    (2,140)."""
    rng = np.random.default_rng(112303)
    y = rng.permutation(np.repeat(np.arange(len(GARAGEDOOR_CLASSES)), GARAGEDOOR_ROWS))
    make = (rng.random(len(y))[:, None] > np.cumsum(GARAGEDOOR_MAKE[y], 1)[:, :2]).sum(1).astype(float)
    blink = (rng.random(len(y))[:, None] > np.cumsum(GARAGEDOOR_BLINK[y], 1)[:, :4]).sum(1).astype(float)
    complaint = (rng.random(len(y))[:, None] > np.cumsum(GARAGEDOOR_COMPLAINT[y], 1)[:, :4]).sum(1).astype(float)
    t = _pull(GARAGEDOOR_TABLE, GARAGEDOOR_NEIGHBOURS, 0.3, GARAGEDOOR_LOGS)[y]
    x = _draw(rng, t, GARAGEDOOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 30, 180, 0), (1, 0.5, 40, 1), (2, 0.2, 30, 1), (3, -30, 15, 1), (4, 0, 90, 1),
                                 (5, 0, 15, 1), (6, 0, 100, 0), (7, 0, 150, 1), (8, 0, 100, 0), (9, 7, 5000, 0),
                                 (10, 0, 40, 1), (11, 0, 30, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([make, blink, complaint, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``pinball6``, the chances of the title's maker (0 Williams or Bally, 1 Gottlieb, 2 Stern or Data
#: East, 3 another)
PINBALL_TITLE = np.array([[0.50, 0.20, 0.25, 0.05], [0.45, 0.25, 0.25, 0.05], [0.45, 0.20, 0.30, 0.05],
                          [0.45, 0.25, 0.25, 0.05], [0.50, 0.15, 0.30, 0.05], [0.60, 0.05, 0.30, 0.05]])
#: per cause of ``pinball6``, the chances of the era (0 early solid state 1977-1985, 1 1986-1999, 2 2000 on)
PINBALL_ERA = np.array([[0.35, 0.45, 0.20], [0.35, 0.45, 0.20], [0.40, 0.45, 0.15], [0.45, 0.40, 0.15],
                        [0.30, 0.45, 0.25], [0.05, 0.55, 0.40]])
#: per cause of ``pinball6``, the chances of the location (0 a bar, 1 an arcade, 2 a family entertainment centre)
PINBALL_LOCATION = np.array([[0.50, 0.30, 0.20], [0.45, 0.35, 0.20], [0.45, 0.35, 0.20], [0.55, 0.25, 0.20],
                             [0.35, 0.40, 0.25], [0.45, 0.30, 0.25]])
#: per cause of ``pinball6``, the chances of the player's or operator's coded complaint (0 a feature dead, 1 a flipper
#: or a kicker weak, 2 a coil locked on or fuses blowing, 3 intermittent, 4 scores wrong or a ball stuck)
PINBALL_COMPLAINT = np.array([[0.30, 0.02, 0.02, 0.36, 0.30], [0.50, 0.20, 0.20, 0.08, 0.02],
                              [0.45, 0.03, 0.45, 0.05, 0.02], [0.45, 0.05, 0.05, 0.40, 0.05],
                              [0.05, 0.75, 0.05, 0.13, 0.02], [0.30, 0.02, 0.02, 0.26, 0.40]])
#: per cause of ``pinball6``, the medians of the machine's records, its logged tests and the technician's simple
#: measures: its age (years), the plays since service, the switch test's failures logged, the coil test's failures
#: logged, the fuses blown logged (count), the feature coil's resistance off its specification at the driver board's
#: connector (%), the share of hits the switch test registers (%), the flipper's power (% of a new one's ball speed),
#: the opto's swing between clear and blocked (V), the coil's voltage when fired (V), the harness's resistance from the
#: board to the feature (ohm), the coil's temperature after the test (C)
PINBALL_TABLE = np.array([
    # age  plays   swf  clf  fuse  coil% hit%  flip% opto fire  wire  temp
    [25.0, 6000.0, 3.0, 0.3, 0.2, 4.0, 55.0, 92.0, 8.0, 48.0, 0.4, 30.0],  # switch
    [25.0, 5000.0, 0.5, 2.0, 1.5, 60.0, 97.0, 85.0, 8.0, 25.0, 0.6, 55.0],  # coil or diode
    [28.0, 4000.0, 0.5, 2.5, 2.5, 5.0, 97.0, 88.0, 8.0, 6.0, 0.4, 60.0],  # driver transistor
    [30.0, 4500.0, 2.0, 1.5, 0.5, 40.0, 75.0, 92.0, 6.0, 12.0, 20.0, 28.0],  # wire or connector
    [25.0, 9000.0, 1.0, 0.5, 0.5, 10.0, 93.0, 68.0, 8.0, 44.0, 0.5, 50.0],  # flipper mechanism
    [22.0, 5000.0, 3.0, 0.3, 0.2, 4.0, 50.0, 95.0, 2.5, 48.0, 0.8, 28.0],  # opto or its board
])
PINBALL_LOGS = [0, 1, 5, 8, 9, 10]
PINBALL_KINDS = [("log", 0.35, 0.1), ("log", 0.6, 0.2), ("count", 0.6, 0), ("count", 0.6, 0), ("count", 0.7, 0),
                 ("log", 0.8, 0.1), ("norm", 18.0, -3.0), ("norm", 7.0, -2.0), ("log", 0.35, 0), ("log", 0.5, 0),
                 ("log", 1.0, 0.2), ("norm", 9.0, 0)]


def pinball6():
    """Pinball machines an operator's technician repairs because a feature plays dead or wrong, in 6 causes
    technicians confuse (``PINBALL_CLASSES``), labelled by the technician's diagnosis, as the machine's records, its
    logged switch and coil tests, the player's or operator's coded complaint and the technician's simple measures
    apart from it describe them. Each cause has its picture (``PINBALL_TITLE``, ``PINBALL_ERA``,
    ``PINBALL_LOCATION``, ``PINBALL_COMPLAINT``, ``PINBALL_TABLE``): a dirty switch "intermittent" or "scores wrong",
    switch-test failures, few hits registered; a burnt coil "dead", coil-test failures, its resistance far off, a low
    fired voltage, hot; a driver "locked on" or "dead", fuses blown, no voltage at the coil, the hottest; a broken
    wire "dead" or "intermittent", a high harness resistance, the coil read off through it, an old machine; a worn
    flipper "weak", many plays, little power; an opto "scores wrong", few hits, a small swing, a newer machine.
    Unseen: the machine's wear (one per-row factor raising its age, the plays, the coil's deviation and the harness'
    resistance, lowering the hits and the flipper's power). Columns: the title's maker (0 Williams or Bally, 1
    Gottlieb, 2 Stern or Data East, 3 another), the era (0-2), the location (0 bar, 1 arcade, 2 family centre), the
    complaint (0-4), then the table's 12 (the age to a tenth within 1-50 years, the plays to the unit within
    50-100,000, the counts as drawn (at most 200), the coil's deviation to a tenth within 0-1,000 %, the hits to the
    unit within 0-100 %, the flipper's power to the unit within 20-110 %, the opto's swing to a tenth within 0.1-12
    V, the fired voltage to a tenth within 0-80 V, the harness to a hundredth within 0.05-500 ohm, the temperature to
    the unit within 15-120 C) (16). Imbalanced: 440 / 360 / 320 / 380 / 300 / 340 rows (2,140)."""
    rng = np.random.default_rng(112404)
    y = rng.permutation(np.repeat(np.arange(len(PINBALL_CLASSES)), PINBALL_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (PINBALL_TITLE, PINBALL_ERA, PINBALL_LOCATION, PINBALL_COMPLAINT)]
    t = _pull(PINBALL_TABLE, PINBALL_NEIGHBOURS, 0.3, PINBALL_LOGS)[y]
    x = _draw(rng, t, PINBALL_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 50, 1), (1, 50, 100000, 0), (2, 0, 200, 0), (3, 0, 200, 0), (4, 0, 200, 0),
                                 (5, 0, 1000, 1), (6, 0, 100, 0), (7, 20, 110, 0), (8, 0.1, 12, 1), (9, 0, 80, 1),
                                 (10, 0.05, 500, 2), (11, 15, 120, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND112`` lists them (the ordered sets first)
GENERATORS = {"almond5": almond5, "vanilla5": vanilla5, "garagedoor6": garagedoor6, "pinball6": pinball6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND112_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "almond5": (2140, 15, ALMOND_ROWS),
    "vanilla5": (2140, 14, VANILLA_ROWS),
    "garagedoor6": (2140, 15, GARAGEDOOR_ROWS),
    "pinball6": (2140, 16, PINBALL_ROWS),
}
ROUND112 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
