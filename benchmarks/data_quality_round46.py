"""Round 46's held-out data sets for the noisy-label benchmark (work in progress: the class names, rows, limits and
neighbour maps first, before any generator)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- kl5: knee osteoarthritis grade
#: the 5 Kellgren-Lawrence grades of ``kl5`` (a painful or stiff knee seen in primary care, by a reference panel's
#: reading of a standardised weight-bearing radiograph: three trained readers' mean grade against ``KL_LIMITS``),
#: mildest first: 0 none; 1 doubtful (possible osteophytic lipping, doubtful narrowing); 2 minimal (definite
#: osteophytes, possible narrowing); 3 moderate (multiple osteophytes, definite narrowing, some sclerosis); 4 severe
#: (large osteophytes, marked narrowing, severe sclerosis, deformity)
KL_CLASSES = ("0 none", "1 doubtful", "2 minimal", "3 moderate", "4 severe")
KL_ROWS = (400, 500, 520, 440, 280)
#: the grade above and below each grade
KL_NEIGHBOURS = ordinal_neighbours(len(KL_CLASSES))
#: the least panel mean grade of grades 1 .. 4 (the three readers' mean, rounded half up)
KL_LIMITS = (0.5, 1.5, 2.5, 3.5)


# --------------------------------------------------------------------------- tomato6: tomato ripeness stage
#: the 6 USDA colour stages of ``tomato6`` (a field tomato of a fresh-market red cultivar at a packing house, by a
#: colorimeter's mean hue angle, h = atan2(b*, a*) in degrees, around the fruit's equator against
#: ``TOMATO_HUE_LIMITS``), greenest first: 0 green; 1 breakers; 2 turning; 3 pink; 4 light red; 5 red
TOMATO_CLASSES = ("0 green", "1 breakers", "2 turning", "3 pink", "4 light red", "5 red")
TOMATO_ROWS = (320, 340, 380, 400, 380, 320)
#: the stage above and below each stage
TOMATO_NEIGHBOURS = ordinal_neighbours(len(TOMATO_CLASSES))
#: the hue angle (degrees) under which a fruit is at least stage 1 .. 5 (a stage is the number of limits above the
#: hue): the ranges proposed for colorimetric classification of the USDA stages (green over 114, breakers 101-114,
#: turning 85-101, pink 64-85, light red 36-64, red under 36)
TOMATO_HUE_LIMITS = (114.0, 101.0, 85.0, 64.0, 36.0)


# --------------------------------------------------------------------------- cracks7: masonry crack causes
#: the causes of ``cracks7`` (a cracked masonry wall of a building, by the cause the structural engineer assigned
#: after the survey and the monitoring), in label order
CRACK_CAUSES = ("foundation settlement", "thermal movement", "moisture movement", "corrosion of embedded steel",
                "overload", "vibration", "drying shrinkage")
CRACK_ROWS = (420, 320, 280, 300, 260, 200, 360)
#: the causes a survey confuses (symmetric): settlement against overload (diagonal cracks from the openings' corners,
#: a sagging wall over a weak pier or lintel) and vibration (traffic or piling settles loose fill); thermal movement
#: against moisture movement (both expand a long clay-brick wall and crack it at the corners and returns) and drying
#: shrinkage (both open even vertical cracks in a long wall without movement joints); moisture movement against
#: corrosion of embedded steel (horizontal cracks and a bowing wall: the wall ties' rust or the wet wall's expansion)
#: and drying shrinkage (both a moisture movement: one wall swells, a calcium silicate or concrete one shrinks);
#: corrosion against overload (a rusted lintel sags and cracks the brickwork over the opening as a load would);
#: vibration against drying shrinkage (fine cracks at the openings' corners of a new building)
CRACK_NEIGHBOURS = {0: (4, 5), 1: (2, 6), 2: (1, 3, 6), 3: (2, 4), 4: (0, 3), 5: (0, 6), 6: (1, 2, 5)}


# --------------------------------------------------------------------------- liftfault8: lift call-out causes
#: the causes of ``liftfault8`` (a call-out to a traction passenger lift, by the fault cause the technician recorded
#: on the job sheet after the repair), in label order
LIFT_CAUSES = ("door operator", "controller", "drive", "brake", "ropes or sheave", "levelling or encoder",
               "safety circuit", "vandalism or misuse")
LIFT_ROWS = (400, 260, 240, 180, 160, 260, 340, 300)
#: the causes a call-out confuses (symmetric): the door operator against the controller (the door board and its
#: signals), the safety circuit (a landing door lock's contact opens the safety chain) and vandalism or misuse
#: (forced or held doors); the controller against the drive (the drive's faults logged by the controller) and the
#: safety circuit (a relay or board that drops the chain); the drive against the brake (a lift stalled on the brake
#: trips the drive) and levelling (a tuned-out drive stops off the floor); the brake against the ropes or sheave (a
#: worn brake and slipping ropes both let the car creep); the ropes or sheave against levelling (rope slip and
#: stretch stop the car off the floor); the safety circuit against vandalism or misuse (a forced landing door, a
#: pressed stop switch)
LIFT_NEIGHBOURS = {0: (1, 6, 7), 1: (0, 2, 6), 2: (1, 3, 5), 3: (2, 4), 4: (3, 5), 5: (2, 4), 6: (0, 1, 7),
                   7: (0, 6)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each round-46 graded set simulates a pool of cases, labels every case as
    its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def kl5():
    """Painful or stiff knees seen in primary care, in 5 Kellgren-Lawrence grades (``KL_CLASSES``), labelled by a
    reference panel's reading of a standardised weight-bearing radiograph (three readers' mean grade against
    ``KL_LIMITS``), as the visit and a quick point-of-care ultrasound describe the knee. The joint's damage grows
    with age, weight, an old injury and (a little) in women; each reader sees it with a grade's scatter. But pain,
    function and stiffness follow the radiograph loosely (the structure-symptom discordance of knee osteoarthritis),
    the examination's crepitus, bony enlargement and range of motion are coarse, and the ultrasound sees the
    effusion, the medial meniscus' extrusion, the femoral cartilage through the flexed knee and the marginal
    osteophytes, not the joint space under load. So neighbouring grades meet (``KL_NEIGHBOURS``). Columns: age
    (years), female (flag), BMI (kg/m2), earlier knee injury (flag), years of knee pain, WOMAC pain (0-20), WOMAC
    function (0-68), morning stiffness (minutes), crepitus (flag), bony enlargement (flag), flexion (deg), effusion
    depth (mm), medial meniscal extrusion (mm), femoral cartilage thickness (mm), largest osteophyte (mm), varus
    alignment by goniometer (deg) (16). Imbalanced: 400 / 500 / 520 / 440 / 280 rows (2,140)."""
    rng = np.random.default_rng(46101)
    n = 300000
    age = rng.uniform(40, 88, n)
    female = rng.random(n) < 0.6
    bmi = np.exp(rng.normal(np.log(29), 0.17, n))
    injury = rng.random(n) < 0.15
    severity = (0.05 * (age - 45) + 0.09 * (bmi - 27) + 0.8 * injury + 0.25 * female + rng.normal(0, 0.9, n))
    readers = np.clip(np.round(severity[:, None] + rng.normal(0, 0.5, (n, 3))), 0, 4)
    label = (readers.mean(1)[:, None] >= np.array(KL_LIMITS)).sum(1)
    keep = _keep(rng, label, KL_ROWS)
    y = label[keep]
    age, female, bmi, injury, severity = (a[keep] for a in (age, female, bmi, injury, severity))
    n = len(y)
    s = np.clip(severity, -0.5, 5)
    years = np.exp(rng.normal(np.log(1 + 1.5 * np.clip(s, 0, None)), 0.7, n))
    pain = np.clip(np.round(4 + 1.6 * s + rng.normal(0, 3.5, n)), 0, 20)
    function = np.clip(np.round(12 + 5 * s + 0.5 * (bmi - 27) + rng.normal(0, 10, n)), 0, 68)
    stiffness = np.clip(np.exp(rng.normal(np.log(8 + 3 * np.clip(s, 0, None)), 0.6, n)), 0, 120)
    crepitus = rng.random(n) < np.clip(0.25 + 0.15 * s, 0.05, 0.95)
    bony = rng.random(n) < np.clip(0.05 + 0.15 * s, 0.02, 0.9)
    flexion = np.clip(140 - 7 * s - 0.2 * (age - 40) - 0.3 * (bmi - 27) + rng.normal(0, 8, n), 60, 155)
    effusion = np.exp(rng.normal(np.log(2 + 1.0 * np.clip(s, 0, None)), 0.5, n))
    extrusion = np.clip(1.5 + 0.8 * s + rng.normal(0, 0.9, n), 0, None)
    cartilage = np.clip(2.4 - 0.25 * s - 0.1 * female + rng.normal(0, 0.35, n), 0.3, None)
    osteophyte = np.clip(1.3 * (s - 0.6) + rng.normal(0, 0.7, n), 0, None)
    varus = 1 + 0.9 * s + rng.normal(0, 2.5, n)
    x = np.column_stack([np.round(age), female, np.round(bmi, 1), injury, np.round(years, 1), pain, function,
                         np.round(stiffness), crepitus, bony, np.round(flexion), np.round(effusion, 1),
                         np.round(extrusion, 1), np.round(cartilage, 2), np.round(osteophyte, 1), np.round(varus)])
    return x.astype(np.float32), y


#: per cultivar group of ``tomato6`` (round, Roma or plum, beefsteak): its share of the fruit, its ripening rate
#: against the round type's, its median fruit weight (g) and the hue its fully red fruit reaches (degrees)
TOMATO_CULTIVARS = np.array([
    # share  rate  weight  red hue
    [0.55, 1.00, 170.0, 33.0],  # round
    [0.25, 0.90, 90.0, 30.0],  # Roma
    [0.20, 1.10, 300.0, 36.0],  # beefsteak
])


def tomato6():
    """Field tomatoes of fresh-market red cultivars at a packing house, in the 6 USDA colour stages
    (``TOMATO_CLASSES``), labelled by a colorimeter's mean hue angle around the equator against
    ``TOMATO_HUE_LIMITS``, as the grader and the packing line record the fruit. A fruit picked mature green breaks
    after a few days to three weeks (its maturity at harvest, which its colour does not show), faster in a warm
    room and after ethylene; from the break its hue falls steeply through turning and pink and then slowly toward
    its cultivar's red. But the blossom end colours first, so the line camera's view of it reads redder than the
    equator and its lighting drifts, the grader's share of the surface coloured is an eye's estimate in tens, the
    firmness and the sugars follow the ripening loosely and the records give the room's set point, not the fruit's.
    So neighbouring stages meet (``TOMATO_NEIGHBOURS``). Columns: days since harvest, storage room temperature
    (degC), ethylene treated (flag), cultivar group (0 round, 1 Roma, 2 beefsteak), fruit weight (g), diameter (mm),
    grader's share of the surface coloured (%), grader's green shoulders (flag), camera's red share of the image,
    camera's blossom-end hue (deg), firmness (N), soluble solids (Brix), chlorophyll index (I_AD) (13).
    Imbalanced: 320 / 340 / 380 / 400 / 380 / 320 rows (2,140)."""
    rng = np.random.default_rng(46203)
    n = 300000
    cultivar = rng.choice(3, n, p=TOMATO_CULTIVARS[:, 0])
    days = rng.uniform(0, 14, n)
    room = rng.choice([12.5, 15.0, 18.0, 20.0, 22.0], n)
    temp = room + rng.normal(0, 1.0, n)
    ethylene = rng.random(n) < 0.4
    to_break = rng.uniform(-3, 12, n)  # days at 20 degC from harvest to the break (negative: picked breaking)
    rate = np.clip((temp - 10) / 10, 0.1, None) * np.where(ethylene, 1.3, 1.0) * TOMATO_CULTIVARS[cultivar, 1]
    progress = days * rate - to_break  # days at 20 degC since the break
    red = TOMATO_CULTIVARS[cultivar, 3]
    hue = np.where(progress < 0, 118 + rng.normal(0, 3, n),
                   red + (118 - red) * np.exp(-np.clip(progress, 0, None) / 2.5)) + rng.normal(0, 3, n)
    label = (hue[:, None] < np.array(TOMATO_HUE_LIMITS)).sum(1)
    keep = _keep(rng, label, TOMATO_ROWS)
    y = label[keep]
    cultivar, days, room, ethylene, progress, hue = (a[keep] for a in (cultivar, days, room, ethylene, progress, hue))
    n = len(y)
    p = np.clip(progress, 0, None)
    weight = TOMATO_CULTIVARS[cultivar, 2] * rng.lognormal(0, 0.25, n) * (1 - 0.01 * np.clip(days, 0, 10))
    diameter = 10 * (weight / 0.55) ** (1 / 3) * rng.lognormal(0, 0.04, n) * np.where(cultivar == 1, 0.8, 1)
    coloured = np.clip((118 - hue) / 75, 0, 1)
    grader = np.clip(np.round(10 * (coloured + rng.normal(0, 0.12, n))) * 10, 0, 100)
    shoulders = rng.random(n) < np.clip(0.6 - 0.1 * p, 0.03, 0.6) * (cultivar != 1)
    camera = np.clip(coloured ** 0.8 + 0.05 + rng.normal(0, 0.1, n), 0, 1)
    blossom = hue - rng.uniform(2, 12, n) + rng.normal(0, 7, n)
    firm = np.clip(32 - 2.2 * np.minimum(p, 8) + 3 * (cultivar == 1) + rng.normal(0, 4.5, n), 4, None)
    brix = 4.0 + 0.12 * np.minimum(p, 8) - 0.3 * (cultivar == 2) + rng.normal(0, 0.5, n)
    chloro = np.clip(1.4 * np.exp(-p / 2) + 0.3 * (progress < 0) + rng.normal(0, 0.2, n), 0, 2.5)
    x = np.column_stack([np.round(days), room, ethylene, cultivar, np.round(weight), np.round(diameter), grader,
                         shoulders, np.round(camera, 2), np.round(blossom), np.round(firm, 1), np.round(brix, 1),
                         np.round(chloro, 2)])
    return x.astype(np.float32), y
