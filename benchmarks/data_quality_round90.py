"""Round 90's held-out data sets for the noisy-label benchmark (docstring written at the end)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- fontaine5: a limb's Fontaine stage
#: the 5 classes of ``fontaine5`` (a patient referred with lower-limb peripheral arterial disease, by the Fontaine
#: stage the vascular surgeon gave at the clinic), the mildest first
FONTAINE_CLASSES = ("I asymptomatic", "IIa claudication beyond 200 m", "IIb claudication under 200 m",
                    "III ischaemic rest pain", "IV ulceration or gangrene")
FONTAINE_ROWS = (360, 500, 520, 420, 340)
#: the lower limits of stages IIa, IIb, III and IV on the surgeon's reading of the limb's ischaemia (a continuous 0-5
#: reading of the history and the examination, the walking distance the patient reports, the pain at night, the foot's
#: skin; the author's framing of the stages)
FONTAINE_LIMITS = (1.0, 2.0, 3.0, 4.0)
#: the stage above and below each stage (a walking distance either side of 200 m, night pain or a cramp, a fissure
#: or an ulcer; surgeons differ mostly one stage apart)
FONTAINE_NEIGHBOURS = ordinal_neighbours(len(FONTAINE_CLASSES))
#: what the surgeon stages from: the label's basis, not columns
FONTAINE_CLINIC = ("the history taken at the clinic (the walking distance, the pain at rest or at night)",
                   "the examination of the legs and feet (the pulses, the skin, ulcers or gangrene)")


# ---------------------------------------------------------------------- carcond6: a used car's auction grade
#: the 6 classes of ``carcond6`` (a used car sold at a wholesale remarketing auction, by the overall condition grade
#: the auction house's inspector gave it), the worst first
CARCOND_CLASSES = ("0 unroadworthy or heavy damage", "1 poor", "2 below average", "3 average", "4 good",
                   "5 excellent")
CARCOND_ROWS = (200, 300, 400, 460, 440, 340)
#: the lower limits of grades 1-5 on the inspector's reading of the car's condition (a continuous 0-6 reading of the
#: damage report's points and the walk-round, rounded down to a grade; the author's framing of the grading)
CARCOND_LIMITS = (1.0, 2.0, 3.0, 4.0, 5.0)
#: the grade above and below each grade (a dent or a scuffed wheel counted or not, a panel's paint read as a repair;
#: inspectors differ mostly one grade apart)
CARCOND_NEIGHBOURS = ordinal_neighbours(len(CARCOND_CLASSES))
#: what the inspector grades from: the label's basis, not columns
CARCOND_INSPECTION = ("the inspector's walk-round (panels, paint, glass, wheels, tyres, interior)",
                      "the damage report's itemised points and repair estimate")


# ---------------------------------------------------------------------- dogcough6: a coughing dog's cause
#: the 6 classes of ``dogcough6`` (a dog presented with a cough at a first-opinion practice, by the cause the
#: veterinarian recorded)
DOGCOUGH_CLASSES = ("infectious tracheobronchitis (kennel cough)",
                    "myxomatous mitral valve disease, left-heart failure", "tracheal collapse",
                    "chronic bronchitis", "bacterial or aspiration pneumonia",
                    "lungworm (Angiostrongylus vasorum)")
DOGCOUGH_ROWS = (420, 380, 340, 360, 320, 320)
#: the causes the practice team confuses (symmetric): kennel cough against chronic bronchitis (a harsh dry cough, a
#: kennel cough that never cleared), against pneumonia (an infection gone deeper, a young dog from kennels) and
#: against lungworm (a young dog's soft cough); the mitral valve's failure against tracheal collapse (an old small dog
#: with a murmur and a honking cough) and against chronic bronchitis (an old small dog with a murmur and a chronic
#: cough); tracheal collapse against chronic bronchitis (small breeds, chronic, excitement); pneumonia against
#: lungworm (a soft moist cough, crackles, fever or exercise intolerance)
DOGCOUGH_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 3), 2: (1, 3), 3: (0, 1, 2), 4: (0, 5), 5: (0, 4)}


# ---------------------------------------------------------------------- returns6: a returned order's reason
#: the 6 classes of ``returns6`` (an online fashion or home-goods order returned to the retailer, by the reason the
#: returns-centre agent assigned on inspection)
RETURNS_CLASSES = ("wrong size or fit", "not as described or pictured", "faulty or damaged", "arrived late",
                   "changed mind", "ordered several to choose from (bracketing)")
RETURNS_ROWS = (520, 380, 300, 240, 380, 320)
#: the reasons the centre confuses (symmetric): a wrong size against bracketing (sizes ordered, the ones that did not
#: fit sent back) and against not as described (it fits otherwise than pictured); not as described against faulty
#: (a colour off or a flaw) and against changed mind (not liked in the hand); changed mind against arrived late (the
#: occasion missed) and against bracketing (several styles, the rest sent back)
RETURNS_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 4), 2: (1,), 3: (4,), 4: (1, 3, 5), 5: (0, 4)}


def fontaine5():
    """Patients referred with lower-limb peripheral arterial disease whom the vascular surgeon staged in the 5
    Fontaine stages (``FONTAINE_CLASSES``; the surgeon's reading of the limb's ischaemia against ``FONTAINE_LIMITS``,
    ``FONTAINE_CLINIC`` the label's basis and not columns), as the referral and the vascular lab apart from them
    describe them. The ischaemia is unseen: it grows with the age, current smoking and the pack-years, diabetes and
    its HbA1c, a low eGFR and the LDL, and has an unseen rest (the collaterals, the disease's level). The lab's
    ankle-brachial index and toe pressure fall with it (a diabetic's calcified ankle arteries read the index high),
    the duplex's worst stenosis rises with it, and the referral is more urgent; the GP's walking distance, when
    written, shortens. Columns: the age, the sex (1 a man), the smoking (0 never, 1 ex, 2 current), the pack-years,
    diabetes (0/1), the HbA1c (mmol/mol), the eGFR, the systolic pressure, the LDL (mmol/l), the ankle-brachial
    index, the toe pressure (mmHg), the duplex's worst stenosis (0 under 50 %, 1 50-74 %, 2 75-99 %, 3 occluded), a
    previous revascularisation (0/1), the urgency (0 routine, 1 soon, 2 urgent), the route (0 GP, 1 diabetic foot or
    podiatry, 2 another specialty), the GP's walking distance (m; 0 not written) (16). Imbalanced: 360 / 500 / 520 /
    420 / 340 rows (2,140)."""
    rng = np.random.default_rng(90101)
    n = 200000
    age = np.round(np.clip(rng.normal(70, 10, n), 40, 95))
    man = rng.random(n) < 0.6
    smoke = rng.choice(3, n, p=(0.15, 0.5, 0.35))
    packs = np.round(np.where(smoke == 0, 0.0, np.clip(rng.lognormal(np.log(30), 0.5, n), 1, 150)))
    diab = rng.random(n) < 0.35
    hba1c = np.round(np.where(diab, rng.lognormal(np.log(60), 0.2, n), rng.normal(38, 4, n)))
    egfr = np.round(np.clip(rng.normal(75 - 0.8 * (age - 70) - 8 * diab, 18, n), 5, 120))
    sbp = np.round(rng.normal(145, 20, n))
    ldl = np.round(np.clip(rng.normal(2.6, 0.9, n), 0.6, 7), 1)
    isch = (1.6 + 0.03 * (age - 70) + 0.5 * (smoke == 2) + 0.008 * packs + 0.6 * diab
            + 0.02 * np.clip(hba1c - 48, 0, None) - 0.012 * (egfr - 75) + 0.15 * (ldl - 2.6)
            + rng.normal(0, 0.8, n))  # the ischaemia on a 0-5 reading's scale, unseen
    calcified = diab & (rng.random(n) < _sig(-2 + 0.4 * isch))
    abi = np.round(np.clip(np.where(calcified, rng.normal(1.25, 0.15, n), 1.15 - 0.17 * isch + rng.normal(0, 0.07, n)),
                           0.05, 1.6), 2)
    toe = np.round(np.clip(115 - 22 * isch - 10 * diab + rng.normal(0, 12, n), 0, 160))
    sten = np.clip(np.round(0.3 + 0.55 * isch + rng.normal(0, 0.45, n)), 0, 3)
    revasc = rng.random(n) < _sig(-2.8 + 0.5 * isch)
    urgency = np.clip(np.round(-0.6 + 0.5 * isch + rng.normal(0, 0.6, n)), 0, 2)
    route = np.where(diab & (rng.random(n) < _sig(-3 + 0.6 * isch)), 1, np.where(rng.random(n) < 0.15, 2, 0))
    written = rng.random(n) < 0.6
    walk = np.where(written, np.round(np.clip(np.exp(np.log(300) - 0.7 * (isch - 1.5) + rng.normal(0, 0.5, n)),
                                              10, 3000), -1), 0.0)
    rated = isch + rng.normal(0, 0.15, n)  # the surgeon's reading
    label = np.digitize(rated, FONTAINE_LIMITS)
    keep = _keep(rng, label, FONTAINE_ROWS)
    x = np.column_stack([age, man, smoke, packs, diab, hba1c, egfr, sbp, ldl, abi, toe, sten, revasc, urgency, route,
                         walk])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def carcond6():
    """Used cars sold at a wholesale remarketing auction, given an overall condition grade from 0 to 5 by the auction
    house's inspector (``CARCOND_CLASSES``; the inspector's reading of the condition against ``CARCOND_LIMITS``,
    ``CARCOND_INSPECTION`` the label's basis and not columns), as the vendor's and the auction's records apart from
    the inspection describe them. The condition is unseen: it falls with the age, the mileage, the keepers, a van's
    working life and a dealer part-exchange, rises with a full service history and a lease return's return
    standard, and has an unseen rest (how the car was kept). The MOT advisories and the vendor's declared damage
    follow it; a car resold carries its previous grade (a noisy step behind). Columns: the segment (0 city, 1 family
    hatch, 2 saloon or estate, 3 SUV, 4 van), a premium make (0/1), the age (years), the odometer (thousand miles), the
    keepers, the service history (% of the schedule stamped), the MOT advisories at the last test, the vendor (0 lease
    return, 1 fleet, 2 dealer part-exchange, 3 rental), the months since the last service, the previous auction grade
    (0-5; 6 none), the vendor's declared damage items, the fuel (0 petrol, 1 diesel, 2 hybrid, 3 electric) (12).
    Imbalanced: 200 / 300 / 400 / 460 / 440 / 340 rows (2,140)."""
    rng = np.random.default_rng(90202)
    n = 200000
    vendor = rng.choice(4, n, p=(0.3, 0.25, 0.35, 0.1))
    segment = rng.choice(5, n, p=(0.15, 0.3, 0.2, 0.25, 0.1))
    premium = rng.random(n) < np.where(segment == 4, 0.05, 0.3)
    age = np.round(np.clip(np.array([3.5, 4.0, 8.0, 1.5])[vendor] * rng.lognormal(0, 0.35, n), 0.5, 20), 1)
    miles = np.round(np.clip(age * np.array([10.0, 18, 9, 20])[vendor] * (1 + 0.5 * (segment == 4))
                             * rng.lognormal(0, 0.4, n), 0.5, 300))
    keepers = np.where(vendor == 2, 1 + rng.poisson(age / 4), 1).astype(float)
    service = np.round(np.clip(np.array([90.0, 85, 60, 95])[vendor] + rng.normal(0, 15, n) - 2 * age, 0, 100))
    fuel = rng.choice(4, n, p=(0.5, 0.3, 0.12, 0.08))
    cond = (3.3 + 1.7 * (-0.35 * np.log(age / 3) - 0.2 * np.log(miles / 40) - 0.15 * (keepers - 1)
                         + 0.006 * (service - 75) + np.array([0.25, 0.0, -0.25, -0.1])[vendor] - 0.3 * (segment == 4)
                         + 0.1 * premium) + rng.normal(0, 0.35, n))  # the condition, unseen
    months = np.round(np.clip(rng.exponential(8, n) + 0.1 * (100 - service) / 5, 0, 48))
    mot = np.where(age >= 3, rng.poisson(np.exp(0.2 + 0.08 * age - 0.3 * (cond - 3))), 0).astype(float)
    resold = rng.random(n) < 0.15
    prev = np.where(resold, np.clip(np.digitize(cond + 0.3 + rng.normal(0, 0.3, n), CARCOND_LIMITS), 0, 5), 6.0)
    damage = rng.poisson(np.exp(-0.3 - 0.5 * (cond - 3))).astype(float)
    rated = cond + rng.normal(0, 0.15, n)  # the inspector's reading
    label = np.digitize(rated, CARCOND_LIMITS)
    keep = _keep(rng, label, CARCOND_ROWS)
    x = np.column_stack([segment, premium, age, miles, keepers, service, mot, vendor, months, prev, damage,
                         fuel])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``dogcough6``, the chances of the cough's type the veterinarian recorded from the owner's account
#: (0 honking, 1 dry and harsh, 2 soft and moist)
DOGCOUGH_TYPES = np.array([[0.25, 0.65, 0.10], [0.15, 0.45, 0.40], [0.75, 0.20, 0.05], [0.15, 0.60, 0.25],
                           [0.05, 0.25, 0.70], [0.05, 0.45, 0.50]])
#: per cause of ``dogcough6``, the medians of the consultation's record: the age (years), the weight (kg), a toy or
#: brachycephalic breed (share), the days of cough, kennel or daycare contact in the last fortnight (share), the
#: vaccinations in date (share), exercise intolerance (share), the murmur's grade (0-6), the resting respiratory rate
#: (breaths a minute), the temperature (C), slug or snail eating reported (share), scavenging or fetch (share)
DOGCOUGH_TABLE = np.array([
    # age   kg    toy   days  kennel vacc  exint murm  rr    temp  slug  scav
    [2.5, 15.0, 0.20, 7.0, 0.70, 0.60, 0.10, 0.3, 26.0, 38.9, 0.10, 0.25],  # kennel cough
    [11.0, 8.0, 0.50, 14.0, 0.05, 0.85, 0.70, 4.0, 46.0, 38.5, 0.05, 0.15],  # mitral valve, heart failure
    [9.0, 4.0, 0.90, 60.0, 0.05, 0.85, 0.30, 1.5, 28.0, 38.6, 0.05, 0.15],  # tracheal collapse
    [9.0, 12.0, 0.40, 90.0, 0.10, 0.85, 0.30, 1.5, 30.0, 38.6, 0.05, 0.20],  # chronic bronchitis
    [4.0, 20.0, 0.25, 5.0, 0.30, 0.70, 0.60, 0.5, 42.0, 39.5, 0.10, 0.45],  # pneumonia
    [2.5, 18.0, 0.15, 21.0, 0.15, 0.60, 0.50, 0.5, 36.0, 38.7, 0.60, 0.50],  # lungworm
])
DOGCOUGH_LOGS = [0, 1, 3]
DOGCOUGH_KINDS = [("log", 0.5, 0), ("log", 0.55, 0), ("share", 0, 0), ("log", 0.8, 0), ("share", 0, 0),
                  ("share", 0, 0), ("share", 0, 0), ("norm", 1.0, 0.3), ("norm", 7.0, 3.0), ("norm", 0.35, 0.15),
                  ("share", 0, 0), ("share", 0, 0)]


def dogcough6():
    """Dogs presented with a cough at a first-opinion veterinary practice in 6 causes the practice team confuses
    (``DOGCOUGH_CLASSES``), labelled by the cause the veterinarian recorded, as the consultation's history and triage
    record apart from the radiographs, the tests and the diagnosis describe them. Each cause has its picture
    (``DOGCOUGH_TYPES``, ``DOGCOUGH_TABLE``): kennel cough a young dog from kennels or daycare, a harsh cough of days,
    no fever to speak of; the mitral valve's failure an old small dog with a loud murmur, a fast resting breath and
    exercise intolerance; tracheal collapse a toy breed's honking cough of months; chronic bronchitis a middle-aged
    dog's dry cough of months; pneumonia a fever, a fast breath, a moist cough, a scavenger; lungworm a young dog
    eating slugs or snails, a cough of weeks. Unseen: the illness' severity (one per-row factor raising the
    murmur's grade, the respiratory rate and the temperature). Columns: the cough's type (0 honking, 1 dry and harsh,
    2 soft and moist), then the table's 12 (the age to a tenth within 0.2-18, the weight to a tenth within 1-80, the
    days to the unit within 1-365, the murmur to the grade within 0-6, the rate to the unit within 10-100, the
    temperature to a tenth within 37-41.5, the shares as 0/1) (13). Imbalanced: 420 / 380 / 340 / 360 / 320 / 320
    rows (2,140)."""
    rng = np.random.default_rng(90303)
    y = rng.permutation(np.repeat(np.arange(len(DOGCOUGH_CLASSES)), DOGCOUGH_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(DOGCOUGH_TYPES[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(DOGCOUGH_TABLE, DOGCOUGH_NEIGHBOURS, 0.3, DOGCOUGH_LOGS)[y]
    x = _draw(rng, t, DOGCOUGH_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 0.2, 18), 1)
    x[:, 1] = np.round(np.clip(x[:, 1], 1, 80), 1)
    x[:, 3] = np.round(np.clip(x[:, 3], 1, 365))
    x[:, 7] = np.round(np.clip(x[:, 7], 0, 6))
    x[:, 8] = np.round(np.clip(x[:, 8], 10, 100))
    x[:, 9] = np.round(np.clip(x[:, 9], 37, 41.5), 1)
    return np.column_stack([kind, x]).astype(np.float32), y.astype(np.int64)


#: per reason of ``returns6``, the chances of the returned item's category (0 clothing, 1 shoes, 2 home goods, 3
#: accessories and bags)
RETURNS_CATEGORY = np.array([[0.70, 0.25, 0.02, 0.03], [0.45, 0.15, 0.30, 0.10], [0.25, 0.15, 0.45, 0.15],
                             [0.40, 0.15, 0.30, 0.15], [0.45, 0.15, 0.25, 0.15], [0.74, 0.22, 0.01, 0.03]])
#: per reason of ``returns6``, the medians of the order and customer record: the item's price (GBP), the discount
#: (%), the other sizes of the same item in the order, the items in the order, the days from delivery to the return,
#: the delivery's lateness (days), the customer's tenure (months), the customer's past return rate (%), ordered in
#: the app (share), the product page's rating (1-5), the size guide opened (share)
RETURNS_TABLE = np.array([
    # price disc  xsize items days  late  tenure pastr app   rating guide
    [45.0, 15.0, 0.3, 2.0, 6.0, 0.3, 24.0, 25.0, 0.55, 4.0, 0.35],  # wrong size or fit
    [55.0, 20.0, 0.1, 1.6, 7.0, 0.3, 20.0, 15.0, 0.55, 3.4, 0.20],  # not as described
    [60.0, 10.0, 0.05, 1.4, 4.0, 0.3, 28.0, 8.0, 0.50, 3.6, 0.15],  # faulty or damaged
    [50.0, 10.0, 0.1, 1.5, 2.0, 4.0, 18.0, 10.0, 0.50, 4.0, 0.15],  # arrived late
    [40.0, 30.0, 0.1, 2.5, 12.0, 0.8, 16.0, 20.0, 0.60, 4.0, 0.15],  # changed mind
    [50.0, 20.0, 2.0, 4.0, 5.0, 0.3, 14.0, 45.0, 0.65, 3.9, 0.25],  # bracketing
])
RETURNS_LOGS = [0, 4, 6]
RETURNS_KINDS = [("log", 0.45, 0), ("norm", 7.0, 0), ("count", 0.3, 0), ("count", 0.3, 0.15), ("log", 0.45, 0),
                 ("count", 0.4, 0), ("log", 0.6, 0), ("norm", 9.0, 4.0), ("share", 0, 0), ("norm", 0.3, 0),
                 ("share", 0, 0)]


def returns6():
    """Online fashion and home-goods orders returned to the retailer in 6 reasons the returns centre confuses
    (``RETURNS_CLASSES``), labelled by the reason the returns-centre agent assigned on inspection, as the order and
    customer record apart from the inspection describe them. Each reason has its picture (``RETURNS_CATEGORY``,
    ``RETURNS_TABLE``): a wrong size clothing or shoes, the size guide opened or not; not as described a lower page
    rating, home goods too; faulty a dearer item, home goods, returned soon, a low past return rate; arrived late a
    late delivery, returned at once; changed mind a deep discount, returned late in the window; bracketing other sizes
    of the item in the order, many items, a high past return rate, a new customer. Unseen: the customer's habit of
    returning (one per-row factor raising the items and the past return rate). Columns: the category (0 clothing, 1
    shoes, 2 home goods, 3 accessories and bags), then the table's 11 (the price to a tenth within 3-600, the
    discount to the unit within 0-80, the counts (the items one more), the days to the unit within 0-60, the tenure
    to the unit within 0-240, the past return rate to the unit within 0-100, the rating to a tenth within 1-5, the
    shares as 0/1) (12). Imbalanced: 520 / 380 / 300 / 240 / 380 / 320 rows (2,140)."""
    rng = np.random.default_rng(90404)
    y = rng.permutation(np.repeat(np.arange(len(RETURNS_CLASSES)), RETURNS_ROWS))
    cat = (rng.random(len(y))[:, None] > np.cumsum(RETURNS_CATEGORY[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(RETURNS_TABLE, RETURNS_NEIGHBOURS, 0.3, RETURNS_LOGS)[y]
    x = _draw(rng, t, RETURNS_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 3, 600), 1)
    x[:, 1] = np.round(np.clip(x[:, 1], 0, 80))
    x[:, 3] = x[:, 3] + 1
    x[:, 4] = np.round(np.clip(x[:, 4], 0, 60))
    x[:, 6] = np.round(np.clip(x[:, 6], 0, 240))
    x[:, 7] = np.round(np.clip(x[:, 7], 0, 100))
    x[:, 9] = np.round(np.clip(x[:, 9], 1, 5), 1)
    return np.column_stack([cat, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND90`` lists them (the ordered sets first)
GENERATORS = {"fontaine5": fontaine5, "carcond6": carcond6, "dogcough6": dogcough6, "returns6": returns6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND90_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "fontaine5": (2140, 16, FONTAINE_ROWS),
    "carcond6": (2140, 12, CARCOND_ROWS),
    "dogcough6": (2140, 13, DOGCOUGH_ROWS),
    "returns6": (2140, 12, RETURNS_ROWS),
}
ROUND90 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("fontaine5", "carcond6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"fontaine5": FONTAINE_NEIGHBOURS, "carcond6": CARCOND_NEIGHBOURS, "dogcough6": DOGCOUGH_NEIGHBOURS,
              "returns6": RETURNS_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
