"""Round 78's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- tirads5: a thyroid nodule's ACR TI-RADS level
#: the 5 classes of ``tirads5`` (an adult with a thyroid nodule at an endocrine clinic, by the ACR TI-RADS level the
#: sonographer or radiologist gave from the ultrasound), the least suspicious first
TIRADS_CLASSES = ("TR1 (benign: 0 points)", "TR2 (not suspicious: 2 points)", "TR3 (mildly suspicious: 3 points)",
                  "TR4 (moderately suspicious: 4-6 points)", "TR5 (highly suspicious: 7 points or more)")
TIRADS_ROWS = (260, 520, 560, 520, 280)
#: the lower limits of TR2-TR5 on the reader's reading of the nodule (a continuous 0-4.5 reading of the five
#: features' points together, rounded to a level; the author's framing of the points' table as limits on one reading)
TIRADS_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the level above and below each level (a nodule near a limit: a point for the echogenicity or not, a margin
#: read smooth or lobulated, a few echogenic foci read as punctate or as comet tails)
TIRADS_NEIGHBOURS = ordinal_neighbours(len(TIRADS_CLASSES))
#: what the reader scores from the scan: the label's basis, not columns
TIRADS_SCAN = ("the composition", "the echogenicity", "the shape (taller than wide or not)",
               "the margin", "the echogenic foci")


# ---------------------------------------------------------------------- mayo4: a colitis' Mayo endoscopic subscore
#: the 4 classes of ``mayo4`` (a patient with ulcerative colitis at endoscopy, by the Mayo endoscopic subscore the
#: endoscopist gave), the inactive first
MAYO_CLASSES = ("0 normal or inactive disease", "1 mild (erythema, a decreased vascular pattern, mild friability)",
                "2 moderate (marked erythema, an absent vascular pattern, friability, erosions)",
                "3 severe (spontaneous bleeding, ulceration)")
MAYO_ROWS = (480, 620, 600, 440)
#: the lower limits of subscores 1-3 on the endoscopist's reading of the mucosa (a continuous 0-3.5 reading of the
#: erythema, the vascular pattern, the friability, the erosions and ulcers, rounded to a subscore; the author's framing)
MAYO_LIMITS = (0.5, 1.5, 2.5)
#: the subscore above and below each subscore (a mucosa near a limit: a faint erythema or a patchy vascular pattern,
#: friability on contact or not, an erosion read as an ulcer)
MAYO_NEIGHBOURS = ordinal_neighbours(len(MAYO_CLASSES))
#: what the endoscopist reads: the label's basis, not columns
MAYO_SCOPE = ("the erythema", "the vascular pattern", "the friability and bleeding", "the erosions and ulcers")


# ---------------------------------------------------------------------- railsig7: a railway signalling fault's kind
#: the 7 classes of ``railsig7`` (a railway signalling fault at a maintainer's call-out, by the kind the maintainer
#: found)
RAIL_FAULTS = ("track circuit failure (bonds, insulated joints, ballast, contamination)",
               "point machine fault (detection lost, fails to throw, obstruction)",
               "signal lamp or LED head failure", "axle counter disturbance (a miscount, a reset needed)",
               "interlocking communication fault (a data link or a trackside object controller)",
               "power supply fault (a feeder, a transformer, a battery or a UPS)",
               "cable damage (theft, works, rodents, water in a trough)")
RAIL_ROWS = (420, 340, 300, 260, 240, 300, 280)
#: the faults a maintainer confuses on the logs (symmetric): a track circuit failure against an axle counter
#: disturbance (either one a section showing occupied with no train) and against cable damage (a wet or cut feed
#: drops a track relay); a point machine fault against an interlocking communication fault (detection lost either way
#: at the panel) and against cable damage (a cut detection circuit); a lamp or LED head failure against a power
#: supply fault (a signal dark either way) and against cable damage (a signal's feed cut); an axle counter against an
#: interlocking communication fault (the evaluator's link lost); a communication fault against a power supply fault
#: (a dip resets the object controllers)
RAIL_NEIGHBOURS = {0: (3, 6), 1: (4, 6), 2: (5, 6), 3: (0, 4), 4: (1, 3, 5), 5: (2, 4), 6: (0, 1, 2)}


# ---------------------------------------------------------------------- coffeedef7: a green coffee bean's defect
#: the 7 classes of ``coffeedef7`` (a green coffee bean a grading lab classified, by the defect its grader named)
COFFEE_DEFECTS = ("full black", "partial sour", "insect damage (borer holes)", "broken, chipped or cut",
                  "fungus damage", "immature (quaker-prone, pale, wrinkled)", "floater (light, bleached, low density)")
COFFEE_ROWS = (300, 320, 360, 300, 260, 340, 260)
#: the defects a grader confuses (symmetric): a full black against a partial sour (overripe or over-fermented
#: cherries, dark and brown) and against fungus damage (dark spots spreading over the bean); a partial sour against
#: fungus damage (yellow-brown stains); insect damage against a broken bean (a hole against a chip, both
#: physical damage) and against a floater (a bored bean is light); an immature bean against a floater (both light,
#: pale, small)
COFFEE_NEIGHBOURS = {0: (1, 4), 1: (0, 4), 2: (3, 6), 3: (2,), 4: (0, 1), 5: (6,), 6: (2, 5)}


def tirads5():
    """Adults with a thyroid nodule at an endocrine clinic in the 5 ACR TI-RADS levels (``TIRADS_CLASSES``),
    labelled by the level the sonographer or radiologist gave (``TIRADS_LIMITS`` on the reader's reading of the
    scan), as the record apart from the scan describes them. The scan's features (``TIRADS_SCAN``) are the label's
    basis and not columns. A nodule is a cancer (unseen) more often after neck irradiation, with a family history,
    in a man, at the age's extremes and with a higher TSH, less often in a multinodular goitre; its suspicion (unseen)
    rises with a cancer, falls in a goitre's colloid nodules and in the large cystic ones, and has an unseen rest (a
    normal 0.7 of a level); an earlier scan's level, where there was one, read it with its own reader's error (a
    normal 0.5 of a level); the reader now adds a normal 0.3 of a level. Columns: the age (years), the sex (1 a man),
    the nodule's largest diameter as measured (mm), the TSH (mU/L), the free T4 (pmol/L), thyroglobulin antibodies
    (0/1), a family history of thyroid cancer (0/1), neck irradiation (0/1), a palpable nodule (0/1), a multinodular
    goitre (0/1), symptoms of compression (0/1), the nodules seen (count), an earlier scan's level (0 none, 1-5), the
    months since it (0 without) (14). Imbalanced: 260 / 520 / 560 / 520 / 280 rows (2,140)."""
    rng = np.random.default_rng(78101)
    n = 400000
    age = np.round(np.clip(rng.normal(52, 15, n), 18, 92))
    male = rng.random(n) < 0.22
    fam = rng.random(n) < 0.06
    irr = rng.random(n) < 0.03
    mng = rng.random(n) < 0.35
    tgab = rng.random(n) < 0.15
    tsh = np.round(np.exp(np.log(1.6) + 0.35 * tgab + rng.normal(0, 0.6, n)), 2)
    ft4 = np.round(np.clip(15.5 - 1.2 * np.log(tsh / 1.6) + rng.normal(0, 2.0, n), 6, 40), 1)
    cancer = rng.random(n) < _sig(-2.6 + 1.5 * irr + 0.9 * fam + 0.5 * male + 0.4 * np.log(tsh / 1.6)
                                  + 0.4 * ((age < 30) | (age > 70)) - 0.6 * mng)
    cystic = rng.random(n) < _sig(-1.2 + 0.5 * mng - 2.0 * cancer)
    sev = 1.9 + 1.5 * cancer - 0.3 * mng - 1.0 * cystic + rng.normal(0, 0.7, n)  # the nodule's suspicion, unseen
    size = np.round(np.clip(np.exp(np.log(16) + 0.35 * cystic + 0.2 * mng - 0.25 * (sev - 2) + rng.normal(0, 0.45, n)),
                            4, 80))
    palp = rng.random(n) < _sig(-3.0 + 0.12 * size - 0.02 * (age - 52))
    comp = rng.random(n) < _sig(-4.0 + 0.06 * size + 1.0 * mng)
    count = 1 + rng.poisson(np.where(mng, 2.5, 0.3))
    before = rng.random(n) < 0.8
    months = np.where(before, np.round(np.clip(rng.lognormal(np.log(14), 0.6, n), 3, 120)), 0)
    earlier = np.where(before, 1 + np.clip(np.digitize(sev - 0.005 * months + rng.normal(0, 0.3, n), TIRADS_LIMITS),
                                           0, 4), 0)
    rated = sev + rng.normal(0, 0.3, n)  # the reader's reading
    label = np.digitize(rated, TIRADS_LIMITS)
    keep = _keep(rng, label, TIRADS_ROWS)
    x = np.column_stack([age, male, size, tsh, ft4, tgab, fam, irr, palp, mng, comp, count, earlier, months])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def mayo4():
    """Patients with ulcerative colitis at endoscopy in the 4 Mayo endoscopic subscores (``MAYO_CLASSES``), labelled
    by the subscore the endoscopist gave (``MAYO_LIMITS`` on the endoscopist's reading of the mucosa), as the record
    apart from that reading describes them. The mucosa seen (``MAYO_SCOPE``) is the label's basis and not columns.
    The mucosa's inflammation (unseen) follows the patient's own disease (a normal 0.6 of a subscore), the
    treatments (mesalazine a little, a biologic more the longer it runs; steroids and biologics given to the worst),
    smoking (a little lower) and an unseen rest (a normal 0.45); the stool frequency and the rectal bleeding
    subscores, the faecal calprotectin (higher with a wider extent), the CRP, the haemoglobin and the albumin follow
    it with their own spread. Columns: the age (years), the sex (1 a man), the stool frequency subscore (0-3), the
    rectal bleeding subscore (0-3), the faecal calprotectin (ug/g), the CRP (mg/L), the haemoglobin (g/dL), the
    albumin (g/L), the extent (0 proctitis, 1 left-sided, 2 extensive), the years since the diagnosis, mesalazine
    (0/1), steroids now (0/1), a biologic or a small molecule (0/1), its months (0 without), a current smoker (0/1)
    (15). Imbalanced: 480 / 620 / 600 / 440 rows (2,140)."""
    rng = np.random.default_rng(78202)
    n = 400000
    age = np.round(np.clip(rng.normal(42, 15, n), 18, 88))
    male = rng.random(n) < 0.52
    own = rng.normal(0, 0.6, n)  # the patient's own disease, unseen
    extent = rng.choice(3, n, p=(0.3, 0.4, 0.3))
    years = np.round(np.clip(rng.lognormal(np.log(7), 0.8, n), 0.2, 50), 1)
    smoke = rng.random(n) < 0.1
    bio = rng.random(n) < _sig(-1.6 + 1.6 * own + 0.3 * extent)
    bmonths = np.where(bio, np.round(np.clip(rng.lognormal(np.log(10), 0.8, n), 1, 120)), 0)
    mesa = rng.random(n) < np.where(bio, 0.4, 0.85)
    act = (1.5 + own + 0.1 * extent - 0.15 * mesa - 0.8 * bio * (1 - np.exp(-bmonths / 4)) - 0.2 * smoke
           + rng.normal(0, 0.45, n))  # the mucosa's inflammation, unseen
    steroid = rng.random(n) < _sig(-2.5 + 1.4 * (act - 1.5) + 0.5 * own)
    stool = np.clip(np.digitize(act + rng.normal(0, 0.45, n), (0.8, 1.6, 2.6)), 0, 3)
    bleed = np.clip(np.digitize(act + rng.normal(0, 0.35, n), (1.0, 1.9, 2.8)), 0, 3)
    fcal = np.round(np.clip(np.exp(np.log(300) + 1.0 * (act - 1.5) + 0.25 * (extent - 1) + rng.normal(0, 0.35, n)),
                            10, 6000))
    crp = np.round(np.clip(np.exp(np.log(4) + 0.8 * (act - 1.5) + 0.25 * extent + rng.normal(0, 0.8, n)), 0.5, 250), 1)
    hb = np.round(13.6 + 0.8 * male - 0.8 * (act - 1.5) + rng.normal(0, 1.1, n), 1)
    alb = np.round(41 - 2.5 * (act - 1.5) + rng.normal(0, 3, n))
    rated = act + rng.normal(0, 0.3, n)  # the endoscopist's reading
    label = np.digitize(rated, MAYO_LIMITS)
    keep = _keep(rng, label, MAYO_ROWS)
    x = np.column_stack([age, male, stool, bleed, fcal, crp, hb, alb, extent, years, mesa, steroid, bio, bmonths,
                         smoke])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per fault of ``railsig7``, the medians of: the hour of the call (0-24), the rain in the past 24 h (mm), the air
#: temperature (C), the asset's age (years), the days since its last maintenance, the trains a day over the site, the
#: signals affected, the minutes until cleared, and in the hour before the call the alarms of: track occupancy,
#: point detection, lamp proving, communication links, power supply; an electrified line (share), an urban site (share)
RAIL_TABLE = np.array([
    # hour rain  temp  age   days   trains aff  mins   occ  pts  lamp comms power elec  urban
    [10.0, 8.0, 10.0, 25.0, 90.0, 150.0, 2.0, 60.0, 5.0, 0.3, 0.3, 0.3, 0.3, 0.75, 0.40],  # track circuit
    [7.0, 2.0, 1.0, 20.0, 60.0, 180.0, 2.0, 50.0, 0.5, 4.0, 0.2, 0.5, 0.5, 0.60, 0.50],  # point machine
    [14.0, 1.0, 12.0, 12.0, 150.0, 120.0, 1.0, 40.0, 0.3, 0.2, 3.0, 0.3, 0.8, 0.60, 0.40],  # lamp or LED head
    [12.0, 3.0, 10.0, 10.0, 90.0, 160.0, 2.0, 30.0, 4.0, 0.3, 0.2, 1.5, 0.5, 0.60, 0.40],  # axle counter
    [12.0, 1.5, 14.0, 8.0, 120.0, 160.0, 6.0, 45.0, 1.5, 1.5, 0.5, 5.0, 1.0, 0.60, 0.50],  # interlocking comms
    [16.0, 4.0, 20.0, 22.0, 180.0, 140.0, 5.0, 90.0, 2.0, 1.0, 2.0, 2.0, 4.0, 0.60, 0.40],  # power supply
    [11.0, 3.0, 12.0, 30.0, 200.0, 120.0, 4.0, 240.0, 3.0, 1.5, 1.5, 1.0, 1.0, 0.50, 0.70],  # cable damage
])
RAIL_LOGS = [1, 3, 4, 5, 7]
RAIL_KINDS = [("norm", 4.0, 0), ("log", 1.0, 0.3), ("norm", 5.0, 0), ("log", 0.5, 0), ("log", 0.7, 0),
              ("log", 0.5, 0), ("count", 0.6, 0), ("log", 0.5, 0), ("count", 0.45, 0), ("count", 0.45, 0),
              ("count", 0.45, 0), ("count", 0.45, 0), ("count", 0.45, 0), ("share", 0, 0), ("share", 0, 0)]


def railsig7():
    """Railway signalling faults at a maintainer's call-out in 7 kinds the maintainer found (``RAIL_FAULTS``),
    labelled by the maintainer's finding, as the event logs and the site's records describe them. Each fault has its
    picture (``RAIL_TABLE``): a track circuit failure a wet day's occupancy alarms on an old electrified line; a
    point machine fault a cold morning's detection alarms on a busy junction; a lamp or LED head failure one dark
    signal and lamp-proving alarms long after a visit; an axle counter disturbance occupancy alarms and a link alarm,
    cleared quickly by a reset; an interlocking communication fault many signals affected and link alarms on newer
    kit; a power supply fault a hot or stormy afternoon's power alarms and many signals; cable damage an old urban
    site's long outage with alarms of every kind. Unseen: the day's weather (one per-row factor raising the rain).
    Columns: the table's 15 (the hour to a tenth within 0-24, the rain and the minutes to a tenth, the temperature to
    a tenth, the age to a tenth of a year, the days and the trains to the unit, the counts as counts, the shares as
    0/1) (15). Imbalanced: 420 / 340 / 300 / 260 / 240 / 300 / 280 rows (2,140)."""
    rng = np.random.default_rng(78303)
    y = rng.permutation(np.repeat(np.arange(len(RAIL_FAULTS)), RAIL_ROWS))
    t = _pull(RAIL_TABLE, RAIL_NEIGHBOURS, 0.3, RAIL_LOGS)[y]
    x = _draw(rng, t, RAIL_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.mod(x[:, 0], 24), 1)
    x[:, [1, 2, 3, 7]] = np.round(x[:, [1, 2, 3, 7]], 1)
    x[:, [4, 5]] = np.round(x[:, [4, 5]])
    x[:, 6] = np.maximum(x[:, 6], 1)  # a call-out has a signal affected
    return x.astype(np.float32), y.astype(np.int64)


#: per defect of ``coffeedef7``, the medians of: the bean's density (g/mL), its weight (mg), its screen size (64ths
#: of an inch), the lot's moisture (%) and water activity, the bean's colour (L*, a*, b*), the farm's altitude (m), a
#: washed process (share, else natural or honey), the months in storage, the drying days, the warehouse's relative
#: humidity (%), the farm's borer infestation (% of cherries)
COFFEE_TABLE = np.array([
    # dens  weight screen moist aw    L     a     b     alt     wash storage dry  rh    borer
    [0.66, 130.0, 15.0, 10.5, 0.56, 32.0, 4.0, 10.0, 1200.0, 0.3, 6.0, 14.0, 65.0, 3.0],  # full black
    [0.67, 145.0, 16.0, 11.5, 0.60, 48.0, 6.0, 22.0, 1300.0, 0.6, 5.0, 12.0, 65.0, 3.0],  # partial sour
    [0.64, 135.0, 16.0, 10.8, 0.57, 52.0, 2.0, 18.0, 1000.0, 0.5, 5.0, 12.0, 65.0, 10.0],  # insect damage
    [0.70, 110.0, 14.0, 10.5, 0.55, 54.0, 1.0, 17.0, 1400.0, 0.6, 4.0, 10.0, 62.0, 3.0],  # broken or chipped
    [0.66, 140.0, 16.0, 12.5, 0.65, 45.0, 3.0, 16.0, 1100.0, 0.4, 10.0, 16.0, 75.0, 4.0],  # fungus damage
    [0.64, 120.0, 14.5, 11.0, 0.57, 58.0, -2.0, 20.0, 1400.0, 0.5, 4.0, 10.0, 62.0, 3.0],  # immature
    [0.58, 115.0, 15.5, 10.5, 0.56, 56.0, 1.0, 18.0, 1300.0, 0.5, 9.0, 12.0, 68.0, 6.0],  # floater
])
COFFEE_LOGS = [1, 8, 10, 11, 13]
COFFEE_KINDS = [("norm", 0.03, 0), ("log", 0.2, 0), ("norm", 1.3, 0), ("norm", 0.8, 0.5), ("norm", 0.03, 0.02),
                ("norm", 5.0, 0), ("norm", 1.8, 0), ("norm", 3.5, 0), ("log", 0.3, 0), ("share", 0, 0),
                ("log", 0.6, 0), ("log", 0.35, 0), ("norm", 7.0, 0), ("log", 0.5, 0)]


def coffeedef7():
    """Green coffee beans a grading lab classified in 7 defects its graders confuse (``COFFEE_DEFECTS``), labelled
    by the grader's defect, as the bean's measurements and the lot's records describe them. Each defect has its
    picture (``COFFEE_TABLE``): a full black bean dark (a low L*), light and from natural lots; a partial sour bean
    yellow-brown (a high b* and a*) from a wetter lot; an insect-damaged bean from a low, borer-ridden farm, a little
    light; a broken bean small and dense, from a mill; fungus damage a damp lot's (a high moisture and water activity,
    a humid warehouse, long storage); an immature bean pale green (a low a*), small, from a high farm's early pass; a
    floater the lightest, bleached by a long storage. Unseen: the lot's drying (one per-row factor raising the
    moisture and the water activity). Columns: the table's 14 (the density to a thousandth, the weight to a tenth of
    a milligram, the screen to the unit within 10-20, the moisture to a tenth, the water activity to a hundredth, the
    colour to a tenth, the altitude to ten metres, the share as 0/1, the months and the days to a tenth, the humidity
    to the unit, the infestation to a tenth) (14). Imbalanced: 300 / 320 / 360 / 300 / 260 / 340 / 260 rows
    (2,140)."""
    rng = np.random.default_rng(78404)
    y = rng.permutation(np.repeat(np.arange(len(COFFEE_DEFECTS)), COFFEE_ROWS))
    t = _pull(COFFEE_TABLE, COFFEE_NEIGHBOURS, 0.3, COFFEE_LOGS)[y]
    x = _draw(rng, t, COFFEE_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(x[:, 0], 3)
    x[:, 2] = np.clip(np.round(x[:, 2]), 10, 20)
    x[:, 4] = np.round(np.clip(x[:, 4], 0.3, 0.9), 2)
    x[:, [1, 3, 5, 6, 7, 10, 11, 13]] = np.round(x[:, [1, 3, 5, 6, 7, 10, 11, 13]], 1)
    x[:, 8] = np.round(x[:, 8], -1)
    x[:, 12] = np.round(np.clip(x[:, 12], 30, 98))
    return x.astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND78`` lists them (the ordered sets first)
GENERATORS = {"tirads5": tirads5, "mayo4": mayo4, "railsig7": railsig7, "coffeedef7": coffeedef7}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND78_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "tirads5": (2140, 14, TIRADS_ROWS),
    "mayo4": (2140, 15, MAYO_ROWS),
    "railsig7": (2140, 15, RAIL_ROWS),
    "coffeedef7": (2140, 14, COFFEE_ROWS),
}
ROUND78 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("tirads5", "mayo4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"tirads5": TIRADS_NEIGHBOURS, "mayo4": MAYO_NEIGHBOURS, "railsig7": RAIL_NEIGHBOURS,
              "coffeedef7": COFFEE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
