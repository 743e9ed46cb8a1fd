"""Round 83's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(The docstring is completed with the generators; this commit fixes the classes, the neighbour maps, the rows and the
limits before any generator exists.)
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


# ---------------------------------------------------------------------- bosniak5: a cystic renal mass' Bosniak class
#: the 5 classes of ``bosniak5`` (a cystic renal mass, by the Bosniak category the abdominal radiologist gave on
#: contrast-enhanced CT), the simplest first
BOSNIAK_CLASSES = ("I simple cyst, hairline-thin wall, water density, no septa, no enhancement",
                   "II a few hairline-thin septa, fine calcification, or a small uniformly high-attenuation cyst",
                   "IIF more hairline septa, minimal thickening, thick calcification, no enhancing soft tissue",
                   "III thickened irregular walls or septa with measurable enhancement",
                   "IV enhancing soft-tissue components")
BOSNIAK_ROWS = (500, 560, 460, 360, 260)
#: the lower limits of categories II-IV on the radiologist's reading of the mass (a continuous 0-4.5 reading of the
#: septa, the wall, the calcification and the enhancement, rounded to a category; the author's framing)
BOSNIAK_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the category above and below each category (a hairline septum read as I or II, a few septa against many or a
#: thicker one II or IIF, a minimally thickened septum against a measurable enhancement IIF or III, an irregular
#: thick wall against a nodule III or IV; readers' disagreements mostly one category apart)
BOSNIAK_NEIGHBOURS = ordinal_neighbours(len(BOSNIAK_CLASSES))
#: what the radiologist categorises from: the label's basis, not columns
BOSNIAK_CT = ("the wall's and the septa's number, thickness and irregularity on CT",
              "the calcification and the unenhanced attenuation", "the enhancement after contrast and any nodule")


# ---------------------------------------------------------------------- outerbridge5: a knee cartilage lesion's grade
#: the 5 classes of ``outerbridge5`` (a knee's worst cartilage lesion, by the Outerbridge grade the orthopaedic
#: surgeon gave at arthroscopy), the healthiest first
OUTERBRIDGE_CLASSES = ("0 normal cartilage", "I softening and swelling",
                       "II partial-thickness fissuring, under 1.5 cm across, not to the bone",
                       "III fissuring to the subchondral bone over more than 1.5 cm",
                       "IV exposed subchondral bone")
OUTERBRIDGE_ROWS = (240, 380, 560, 540, 420)
#: the lower limits of grades I-IV on the surgeon's reading of the lesion at arthroscopy (a continuous 0-4.5 reading
#: of the softening, the fissures' depth and area and the exposed bone, rounded to a grade; the author's framing)
OUTERBRIDGE_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a probe's softening felt or not 0 or I, surface fibrillation against
#: softening I or II, a fissure's depth and its 1.5 cm II or III, a thin layer left on the bone or none III or IV)
OUTERBRIDGE_NEIGHBOURS = ordinal_neighbours(len(OUTERBRIDGE_CLASSES))
#: what the surgeon grades from: the label's basis, not columns
OUTERBRIDGE_SCOPE = ("the probe's feel of the cartilage", "the fissures' depth and the lesion's area as seen",
                     "the subchondral bone exposed or not")


# ---------------------------------------------------------------------- tyrewear6: a truck or bus tyre's wear pattern
#: the 6 classes of ``tyrewear6`` (a truck or bus tyre removed from a fleet, by the wear pattern the fleet's tyre
#: technician named)
TYRE_PATTERNS = ("under-inflation shoulder wear", "over-inflation centre wear", "toe misalignment feathering",
                 "camber one-shoulder wear", "cupping from worn suspension", "flat spots from braking or locked wheels")
TYRE_ROWS = (400, 300, 380, 340, 360, 360)
#: the patterns technicians confuse (symmetric): under-inflation shoulder wear against camber one-shoulder wear (both
#: shoulders or one worn more than the centre; a low dual beside its partner wears one side) and against cupping (an
#: under-inflated tyre bounces and wears in scallops on its shoulders); over-inflation centre wear against cupping (a
#: hard tyre hops and scallops on a worn suspension); toe feathering against camber wear (both alignment wear on the
#: steer axle, toe-in wearing the outer shoulder as camber does); cupping against flat spots (both local patches round
#: the tread that shake the wheel)
TYRE_NEIGHBOURS = {0: (3, 4), 1: (4,), 2: (3,), 3: (0, 2), 4: (0, 1, 5), 5: (4,)}


# ---------------------------------------------------------------------- firecause6: a residential fire's cause
#: the 6 classes of ``firecause6`` (a residential fire, by the cause the fire investigator recorded)
FIRE_CAUSES = ("electrical distribution and lighting", "cooking equipment", "heating equipment", "smoking materials",
               "candles or other open flame", "incendiary")
FIRE_ROWS = (380, 440, 360, 340, 300, 320)
#: the causes investigators confuse (symmetric): electrical against cooking (a range's wiring or an appliance cord in
#: the kitchen) and against heating (a space heater's cord, an electric blanket, winter nights); heating against an
#: open flame (a fireplace's embers, a candle lit in a power cut, winter living rooms); smoking materials against an
#: open flame (a lighter, a match, a candle by the sofa: the small flames that ignite upholstery and bedding) and
#: against incendiary (a lighter and a cigarette found where a set fire started); an open flame against incendiary
#: (matches and a lighter, no device left)
FIRE_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0, 4), 3: (4, 5), 4: (2, 3, 5), 5: (3, 4)}


def bosniak5():
    """Cystic renal masses in the 5 Bosniak categories (``BOSNIAK_CLASSES``), labelled by the category the abdominal
    radiologist gave on contrast-enhanced CT (``BOSNIAK_LIMITS`` on the radiologist's reading; ``BOSNIAK_CT`` the
    label's basis and not columns), as the record apart from the images describes them. The mass' complexity (unseen)
    is higher in men, smokers, the obese and with a family history of renal cancer, and has an unseen rest (the
    mass' own nature, a normal 0.85 of a category); the size on ultrasound, the growth since an earlier scan, the
    septa and the solid part the sonographer saw, haematuria and flank pain rise with it, and a simple cyst is more
    often found by chance in the old. Columns: the age (years), the sex (1 a man), the BMI (kg/m2), the scan's reason
    (0 incidental, 1 haematuria or pain, 2 follow-up of a known mass), the size on ultrasound (mm), the growth since
    an earlier scan (mm a year), the septa on ultrasound (0 none, 1 few, 2 many or thick), a solid part with Doppler
    flow on ultrasound (0/1), haematuria (0/1), flank pain (0/1), the eGFR (ml/min/1.73 m2), hypertension (0/1),
    smoking (0/1), a family history of renal cancer (0/1) (14). Imbalanced: 500 / 560 / 460 / 360 / 260 rows
    (2,140)."""
    rng = np.random.default_rng(83101)
    n = 200000
    age = np.round(np.clip(rng.normal(60, 13, n), 20, 92))
    man = rng.random(n) < 0.55
    bmi = np.round(np.clip(rng.lognormal(np.log(27.5), 0.16, n), 16, 50), 1)
    smoke = rng.random(n) < 0.25
    family = rng.random(n) < 0.04
    own = rng.normal(0, 0.85, n)  # the mass' own nature, unseen
    cx = (0.9 - 0.012 * (age - 60) + 0.3 * man + 0.3 * smoke + 0.03 * (bmi - 27.5) + 0.8 * family
          + own)  # the complexity, unseen
    size = np.round(np.clip(np.exp(np.log(25) + 0.3 * cx + rng.normal(0, 0.3, n)), 5, 150))
    growth = np.round(np.clip(np.exp(np.log(0.8) + 0.6 * cx + rng.normal(0, 0.35, n)) - 0.5, 0, 30), 1)
    septa = np.clip(np.round(-0.6 + 0.65 * cx + rng.normal(0, 0.35, n)), 0, 2)
    solid = rng.random(n) < _sig(-7.5 + 2.2 * cx)
    blood = rng.random(n) < _sig(-3.0 + 0.45 * cx)
    pain = rng.random(n) < _sig(-2.2 + 0.25 * cx + 0.004 * size)
    reason = np.where(blood | pain, 1, np.where(rng.random(n) < _sig(-1.5 + 0.4 * cx), 2, 0))
    hyper = rng.random(n) < _sig(-0.6 + 0.05 * (age - 60) + 0.06 * (bmi - 27.5))
    egfr = np.round(np.clip(95 - 0.8 * (age - 40) - 6 * hyper - 1.5 * cx + rng.normal(0, 13, n), 8, 130))
    rated = cx + rng.normal(0, 0.2, n)  # the radiologist's reading
    label = np.digitize(rated, BOSNIAK_LIMITS)
    keep = _keep(rng, label, BOSNIAK_ROWS)
    x = np.column_stack([age, man, bmi, reason, size, growth, septa, solid, blood, pain, egfr, hyper, smoke,
                         family])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def outerbridge5():
    """Knees at arthroscopy in the 5 Outerbridge grades of their worst cartilage lesion (``OUTERBRIDGE_CLASSES``),
    labelled by the grade the orthopaedic surgeon gave (``OUTERBRIDGE_LIMITS`` on the surgeon's reading;
    ``OUTERBRIDGE_SCOPE`` the label's basis and not columns), as the record apart from it describes them. The damage
    (unseen) rises with the age, the BMI, a meniscal tear, a torn ACL and the months since the injury, is worse in the
    medial and the patellofemoral compartments, and has an unseen rest (the knee's own cartilage, a normal 0.3 of a
    grade); the pain, the loss of function, an effusion, the technician's joint-space narrowing on the radiograph and
    the MRI report's bone-marrow oedema rise with it. Columns: the age (years), the sex (1 a man), the BMI (kg/m2), the
    compartment (0 medial, 1 lateral, 2 patellofemoral), the mechanism (0 none or degenerative, 1 a twisting sports
    injury, 2 a fall or a direct blow), the months since the injury or the symptoms began, a meniscal tear (0/1), a
    torn ACL (0/1), the pain (0-10), the Lysholm score (0-100), an effusion (0/1), the joint-space narrowing on the
    radiograph (0-3), bone-marrow oedema on the MRI report (0/1) (13). Imbalanced: 240 / 380 / 560 / 540 / 420 rows
    (2,140)."""
    rng = np.random.default_rng(83202)
    n = 200000
    age = np.round(np.clip(rng.normal(44, 14, n), 16, 80))
    man = rng.random(n) < 0.58
    bmi = np.round(np.clip(rng.lognormal(np.log(27), 0.15, n), 17, 48), 1)
    comp = rng.choice(3, n, p=(0.5, 0.2, 0.3))
    mech = np.where(rng.random(n) < _sig(-1.0 + 0.06 * (age - 44)), 0, rng.choice((1, 2), n, p=(0.7, 0.3)))
    months = np.round(np.clip(np.exp(np.log(8) + 0.5 * (mech == 0) + rng.normal(0, 0.9, n)), 0.5, 240), 1)
    acl = rng.random(n) < np.where(mech == 1, 0.35, 0.05)
    tear = rng.random(n) < _sig(-1.0 + 0.03 * (age - 44) + 1.0 * acl + 0.5 * (mech == 1))
    own = rng.normal(0, 0.3, n)  # the knee's own cartilage, unseen
    dmg = (1.9 + 0.05 * (age - 44) + 0.05 * (bmi - 27) + np.array([0.25, -0.2, 0.2])[comp] + 0.45 * tear
           + 0.35 * acl * np.log1p(months / 12) + 0.15 * np.log1p(months) + own - 0.35)  # the damage, unseen
    vas = np.round(np.clip(2.5 + 0.6 * dmg + rng.normal(0, 1.3, n), 0, 10))
    effusion = rng.random(n) < _sig(-2.6 + 0.6 * dmg + 0.6 * acl)
    lysholm = np.round(np.clip(90 - 7 * dmg - 6 * tear - 8 * acl + rng.normal(0, 8, n), 5, 100))
    jsn = np.clip(np.round(-1.8 + 0.75 * dmg + 0.01 * (age - 50) + rng.normal(0, 0.35, n)), 0, 3)
    oedema = rng.random(n) < _sig(-4.0 + 1.1 * dmg)
    rated = dmg + rng.normal(0, 0.2, n)  # the surgeon's reading
    label = np.digitize(rated, OUTERBRIDGE_LIMITS)
    keep = _keep(rng, label, OUTERBRIDGE_ROWS)
    x = np.column_stack([age, man, bmi, comp, mech, months, tear, acl, vas, lysholm, effusion, jsn, oedema])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per pattern of ``tyrewear6``, the chances of the axle (steer, drive, trailer) the tyre ran on
TYRE_AXLES = np.array([[0.25, 0.35, 0.40], [0.20, 0.60, 0.20], [0.75, 0.10, 0.15], [0.55, 0.15, 0.30],
                       [0.50, 0.15, 0.35], [0.05, 0.35, 0.60]])
#: per pattern of ``tyrewear6``, the medians of: the tread depth on the shallower shoulder, at the centre and on the
#: deeper shoulder (mm), the pressure monitor's mean reading (% of the fleet's cold target), its low-pressure alerts
#: a month (count), the load (% of rated), the distance run (thousand km), the urban share of the routes (%), the
#: retreads (count), the months since the last alignment check, the hard-braking events per 1,000 km, the ABS or
#: wheel-lock events a month (count), the mean speed (km/h), a vibration complaint (share), the shock absorbers' age
#: (thousand km)
TYRE_TABLE = np.array([
    # shlo  cen  shhi  pres  alrt  load  km    urb   retr  algn  brk   abs   spd   vib   shock
    [6.0, 10.0, 7.0, 82.0, 4.0, 92.0, 110.0, 35.0, 1.0, 10.0, 2.0, 0.5, 70.0, 0.20, 250.0],  # under-inflation
    [9.0, 6.0, 9.5, 108.0, 0.3, 70.0, 120.0, 30.0, 0.8, 10.0, 2.0, 0.5, 75.0, 0.15, 250.0],  # over-inflation
    [6.5, 9.0, 9.0, 98.0, 0.5, 80.0, 70.0, 35.0, 0.6, 20.0, 2.0, 0.5, 75.0, 0.30, 250.0],  # toe
    [5.5, 9.0, 10.0, 97.0, 0.6, 82.0, 90.0, 35.0, 0.7, 18.0, 2.0, 0.5, 72.0, 0.20, 300.0],  # camber
    [7.0, 8.0, 9.0, 94.0, 1.0, 78.0, 100.0, 40.0, 1.0, 12.0, 2.5, 0.6, 70.0, 0.65, 450.0],  # cupping
    [8.0, 8.5, 9.0, 98.0, 0.5, 85.0, 60.0, 65.0, 0.8, 10.0, 6.0, 3.0, 50.0, 0.50, 280.0],  # flat spots
])
TYRE_LOGS = [6, 8, 9, 10, 11, 14]
TYRE_KINDS = [("norm", 1.6, -0.4), ("norm", 1.5, -0.4), ("norm", 1.5, -0.4), ("norm", 7.0, 0), ("count", 0.8, 0),
              ("norm", 9.0, 0), ("log", 0.4, 0.2), ("norm", 15.0, 0), ("count", 0.5, 0), ("log", 0.6, 0),
              ("log", 0.5, 0), ("count", 0.7, 0), ("norm", 9.0, 0), ("share", 0, 0), ("log", 0.4, 0)]


def tyrewear6():
    """Truck and bus tyres removed from a fleet in 6 wear patterns the fleet's tyre technicians named
    (``TYRE_PATTERNS``), labelled by the pattern named, as the telematics and the maintenance record before the
    removal describe them. Each pattern has its picture (``TYRE_AXLES``, ``TYRE_TABLE``): under-inflation both
    shoulders worn below the centre, a low pressure and its alerts, a high load; over-inflation the centre worn below
    the shoulders and a high pressure, drive axles; toe feathering steer tyres, one shoulder a little low, an old
    alignment check, a short life; camber one shoulder low and the other high, an old alignment check; cupping worn
    shock absorbers and vibration complaints; flat spots trailers and urban routes, hard braking and ABS events, a
    low speed, a short life. Unseen: the tyre's age on the vehicle (one per-row factor wearing the three depths and
    lengthening the distance). Columns: the axle (0 steer, 1 drive, 2 trailer), then the table's 15 (the depths to a
    tenth of a mm, the pressure and the load to the %, the distance, the urban share, the months, the braking events
    and the speed to the unit or a tenth, the alerts, the retreads and the ABS events as counts, the vibration as
    0/1, the shocks' age to the thousand km) (16). Imbalanced: 400 / 300 / 380 / 340 / 360 / 360 rows (2,140)."""
    rng = np.random.default_rng(83303)
    y = rng.permutation(np.repeat(np.arange(len(TYRE_PATTERNS)), TYRE_ROWS))
    axle = (rng.random(len(y))[:, None] > np.cumsum(TYRE_AXLES[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(TYRE_TABLE, TYRE_NEIGHBOURS, 0.3, TYRE_LOGS)[y]
    x = _draw(rng, t, TYRE_KINDS, rng.normal(0, 1, len(y)))
    x[:, :3] = np.round(np.clip(x[:, :3], 0.5, 22), 1)
    x[:, [0, 2]] = np.sort(x[:, [0, 2]], 1)  # the shallower shoulder first
    x[:, [3, 5, 7, 12]] = np.round(np.clip(x[:, [3, 5, 7, 12]], 0, None))
    x[:, [6, 9, 10]] = np.round(x[:, [6, 9, 10]], 1)
    x[:, 14] = np.round(x[:, 14])
    return np.column_stack([axle, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``firecause6``, the chances of the room of origin (kitchen, bedroom, living room, other)
FIRE_ROOMS = np.array([[0.20, 0.30, 0.25, 0.25], [0.90, 0.02, 0.05, 0.03], [0.10, 0.20, 0.30, 0.40],
                       [0.05, 0.40, 0.40, 0.15], [0.10, 0.45, 0.30, 0.15], [0.15, 0.30, 0.30, 0.25]])
#: per cause of ``firecause6``, the medians of: the hours after noon of the call (0-24, so that the night's hours
#: average without a wrap), the heating season (share, November to March), the first item ignited upholstery or
#: bedding, the first item ignited wiring insulation (shares), the building's age (years), a smoke alarm present, one
#: that sounded (shares), the oldest occupant's age (years), a
#: child under 10 at home, alcohol noted (shares), the minutes from the ignition's estimate to the call, the spread
#: beyond the room, more than one point of origin, a smoker in the household, nobody home (shares)
FIRE_TABLE = np.array([
    # pm   season uph  wire  bage  alarm sound  old  child alco  mins  spread multi smoker away
    [3.0, 0.55, 0.10, 0.70, 45.0, 0.70, 0.50, 55.0, 0.20, 0.05, 12.0, 0.45, 0.03, 0.20, 0.35],  # electrical
    [6.0, 0.50, 0.02, 0.03, 35.0, 0.80, 0.75, 45.0, 0.30, 0.15, 4.0, 0.15, 0.02, 0.25, 0.05],  # cooking
    [8.0, 0.95, 0.15, 0.10, 50.0, 0.70, 0.55, 60.0, 0.20, 0.05, 8.0, 0.35, 0.02, 0.20, 0.15],  # heating
    [13.0, 0.55, 0.75, 0.02, 45.0, 0.65, 0.45, 58.0, 0.10, 0.35, 12.0, 0.40, 0.02, 0.90, 0.05],  # smoking
    [10.0, 0.60, 0.35, 0.02, 40.0, 0.72, 0.55, 45.0, 0.30, 0.15, 7.0, 0.35, 0.03, 0.35, 0.15],  # open flame
    [14.0, 0.45, 0.30, 0.02, 50.0, 0.55, 0.30, 40.0, 0.15, 0.20, 15.0, 0.60, 0.50, 0.35, 0.65],  # incendiary
])
FIRE_LOGS = [4, 10]
FIRE_KINDS = [("norm", 3.0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("log", 0.5, 0.2),
              ("share", 0, 0), ("share", 0, 0), ("norm", 15.0, 0), ("share", 0, 0), ("share", 0, 0),
              ("log", 0.45, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0)]


def firecause6():
    """Residential fires whose cause the fire investigators recorded in 6 categories they confuse (``FIRE_CAUSES``),
    labelled by the cause recorded, as the incident record describes them. Each cause has its picture
    (``FIRE_ROOMS``, ``FIRE_TABLE``): electrical fires in older buildings, the wiring first ignited, found late by
    day or night; cooking in the kitchen at dinner time, an alarm that sounded, quick calls and little spread;
    heating in the heating season in the evening, in living rooms and basements of older houses; smoking materials
    in the small hours in bedrooms and living rooms, upholstery or bedding first, a smoker at home, alcohol noted, old
    occupants; candles and open flames in the late evening in bedrooms, children; incendiary fires at night in empty
    houses, more than one point of origin, late calls, wide spread and fewer working alarms. Unseen: the building's
    condition (one per-row factor ageing it). Columns: the room (0 kitchen, 1 bedroom, 2 living room, 3 other), then
    the table's 15 (the clock's hour of the call to a tenth, the building's age and the occupant's to the
    year, the minutes to a tenth, the shares as 0/1) (16). Imbalanced: 380 / 440 / 360 / 340 / 300 / 320 rows
    (2,140)."""
    rng = np.random.default_rng(83404)
    y = rng.permutation(np.repeat(np.arange(len(FIRE_CAUSES)), FIRE_ROWS))
    room = (rng.random(len(y))[:, None] > np.cumsum(FIRE_ROOMS[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(FIRE_TABLE, FIRE_NEIGHBOURS, 0.3, FIRE_LOGS)[y]
    x = _draw(rng, t, FIRE_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.mod(x[:, 0] + 12, 24), 1)  # the clock's hour
    x[:, 6] = x[:, 6] * x[:, 5]  # an alarm sounds only where there is one
    x[:, [4, 7]] = np.round(np.clip(x[:, [4, 7]], [1, 18], [150, 99]))
    x[:, 10] = np.round(x[:, 10], 1)
    return np.column_stack([room, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND83`` lists them (the ordered sets first)
GENERATORS = {"bosniak5": bosniak5, "outerbridge5": outerbridge5, "tyrewear6": tyrewear6, "firecause6": firecause6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND83_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "bosniak5": (2140, 14, BOSNIAK_ROWS),
    "outerbridge5": (2140, 13, OUTERBRIDGE_ROWS),
    "tyrewear6": (2140, 16, TYRE_ROWS),
    "firecause6": (2140, 16, FIRE_ROWS),
}
ROUND83 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("bosniak5", "outerbridge5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"bosniak5": BOSNIAK_NEIGHBOURS, "outerbridge5": OUTERBRIDGE_NEIGHBOURS, "tyrewear6": TYRE_NEIGHBOURS,
              "firecause6": FIRE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
