"""Round 70's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(The full docstring is written after the measures; this commit holds only the classes, rows, limits and neighbour
maps, committed before any generator was written or ran.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- asa5: a surgical patient's ASA class
#: the 5 classes of ``asa5`` (an adult before elective or urgent surgery, by the ASA physical status class the
#: anaesthetist assigned at the pre-operative assessment; ASA VI, the brain-dead donor, is not in the set), the
#: healthiest first
ASA_CLASSES = ("ASA I, a normal healthy patient", "ASA II, a patient with mild systemic disease",
               "ASA III, a patient with severe systemic disease (substantive functional limitations)",
               "ASA IV, a patient with severe systemic disease that is a constant threat to life",
               "ASA V, a moribund patient who is not expected to survive without the operation")
ASA_ROWS = (380, 620, 560, 380, 200)
#: the class above and below each class (raters disagree mostly by one class, most often II against III)
ASA_NEIGHBOURS = ordinal_neighbours(len(ASA_CLASSES))
#: the ASA's examples as the author reads them: obesity (BMI 30-40) class II, morbid obesity (40 or more) III
ASA_BMI_LIMITS = (30.0, 40.0)
#: diabetes poorly controlled (class III) from this HbA1c (%; a teaching page's reading of the ASA's "poorly
#: controlled", not the ASA's own number)
ASA_HBA1C_LIMIT = 8.0
#: a myocardial infarction, stroke, TIA or coronary stent within this many months: class IV; longer ago: III
ASA_EVENT_MONTHS = 3.0
#: the ejection fraction (%): under the first a severe reduction (IV), under the second a moderate one (III)
ASA_EF_LIMITS = (30.0, 45.0)


# ---------------------------------------------------------------------- decay5: a fallen log's decay class
#: the 5 classes of ``decay5`` (a piece of coarse woody debris on an inventory's transect, by the decay class the
#: field crew read off the five-class key), the soundest first
DECAY_CLASSES = ("class 1: bark intact, twigs present, texture intact, round, original colour, no invading roots, "
                 "elevated on its support points",
                 "class 2: bark intact, no twigs, texture intact to partly soft, round, original colour, no roots, "
                 "elevated but sagging",
                 "class 3: bark in traces, no twigs, hard large pieces, round, reddish-brown or original colour, "
                 "roots in the sapwood, sagging near the ground",
                 "class 4: no bark, no twigs, small soft blocky pieces, round to oval, reddish or light brown, roots "
                 "in the heartwood, all of the log on the ground",
                 "class 5: no bark, no twigs, soft and powdery, oval, red-brown to light brown, roots throughout, "
                 "all of the log on the ground")
DECAY_ROWS = (360, 460, 560, 440, 320)
#: the class above and below each class (crews disagree mostly by one class: a log's attributes are often split
#: between two classes)
DECAY_NEIGHBOURS = ordinal_neighbours(len(DECAY_CLASSES))
#: the key's attributes, the basis of the label and not columns (the crew reads them to assign the class):
#: bark cover, twigs, texture, shape, colour, invading roots, the log's position on the ground, a knife's
#: penetration
DECAY_KEY = ("bark", "twigs", "texture", "shape", "colour", "roots", "position", "knife")


# ---------------------------------------------------------------------- washer6: a washing machine's fault
#: the 6 classes of ``washer6`` (a domestic washing machine at a repair call, by the fault the technician found)
WASHER_FAULTS = ("drain pump blocked or failed (or its filter or hose blocked)", "drum bearings worn (with the tub "
                 "seal)", "door lock (interlock) fault", "heating element failed (or its thermistor)",
                 "control board (main or motor module) fault", "motor fault (worn carbon brushes, a failed "
                 "winding or tacho)")
WASHER_ROWS = (480, 420, 300, 280, 360, 300)
#: the faults a call's symptoms and the machine's records leave confused (symmetric): a drain pump against the door
#: lock (a machine that cannot drain keeps its door locked, and the door-lock code follows) and against the board
#: (the pump's relay or triac on the board: no drain either way); worn bearings against the motor (noise and a
#: weak or no spin; a motor's worn brushes and a bearing's rumble both on old machines); the door lock against the
#: board (no start, the lock's signal read by the board); the heating element against the board (the heater's relay
#: and the thermistor's reading on the board; a heater code either way); the board against the motor (the motor's
#: triac or module: no spin, a motor code)
WASHER_NEIGHBOURS = {0: (2, 4), 1: (5,), 2: (0, 4), 3: (4,), 4: (0, 2, 3, 5), 5: (1, 4)}


# ---------------------------------------------------------------------- flock6: a poultry house's mortality spike
#: the 6 classes of ``flock6`` (a commercial broiler house with a mortality spike, by the cause the veterinarian
#: diagnosed from the records, the birds and the post-mortems)
FLOCK_CAUSES = ("heat stress (a hot spell beyond the house's cooling)", "ventilation or power failure (fans, "
                "controller, generator)", "coccidiosis", "necrotic enteritis (Clostridium perfringens)",
                "infectious respiratory disease (infectious bronchitis, Newcastle disease)", "water or feed supply "
                "fault (a blocked or failed water line, an empty feeder line, a feed mix error)")
FLOCK_ROWS = (520, 260, 400, 360, 340, 260)
#: the causes the house's and the flock's records leave confused (symmetric): heat stress against a ventilation
#: failure (an overheated house and the heaviest birds dead either way) and against a water supply fault (water
#: short on a hot day; heat stress's thirst and a dry line both seen at the drinkers); a ventilation failure against
#: a respiratory disease (a poorly ventilated house's ammonia and dust behind the respiratory signs); coccidiosis
#: against necrotic enteritis (coccidiosis sets up necrotic enteritis; wet litter, the same weeks of age) and against
#: a feed or water fault (a drop in feed and water intake, dehydrated birds)
FLOCK_NEIGHBOURS = {0: (1, 5), 1: (0, 4), 2: (3, 5), 3: (2,), 4: (1,), 5: (0, 2)}


def asa5():
    """Adults at the pre-operative assessment before elective, urgent or emergency surgery in the 5 ASA physical
    status classes (``ASA_CLASSES``), labelled by the class the anaesthetist assigned, as the assessment's records
    describe them (the class itself is not a column). Each condition the records hold has its class by the ASA's
    examples: a smoker, obesity (``ASA_BMI_LIMITS``), a controlled hypertension or diabetes, a mild lung disease or a
    mild kidney disease class II; a poorly controlled hypertension or diabetes (``ASA_HBA1C_LIMIT``), a moderate or
    severe COPD, morbid obesity, dialysis, a myocardial infarction, stroke, TIA or stent longer ago than
    ``ASA_EVENT_MONTHS``, a moderately reduced ejection fraction (``ASA_EF_LIMITS``), a moderate kidney disease III;
    a recent event, a severely reduced ejection fraction, sepsis, a kidney failure not on dialysis IV; a ruptured
    aneurysm, massive trauma or an intracranial bleed with mass effect V. The anaesthetist starts from the worst
    condition, adds for several conditions at that class, for a poor functional capacity and for old age, and leans
    his own way. Unseen: the hypertension's control (the clinic's one reading shows it), another disease the columns
    do not hold (an active hepatitis, a pacemaker, alcohol dependence, a cancer: 10 % of the patients), the rater's
    lean (a normal 0.35 of a class). Columns: age (years), BMI (kg/m2), current smoker (0/1), the systolic blood
    pressure (mmHg, at the clinic or on admission), the heart rate (a minute), HbA1c (%), FEV1 (% predicted), an
    ejection fraction (%), the months since the last myocardial infarction, stroke, TIA or stent (240: none on
    record), dialysis (0/1), creatinine (micromol/L), haemoglobin (g/L), the white cell count (10^9/L), the
    functional capacity (METs, as the patient reports it), the regular medications (count), the urgency (0 elective,
    1 urgent, 2 emergency) (16). Imbalanced: 380 / 620 / 560 / 380 / 200 rows (2,140)."""
    rng = np.random.default_rng(70101)
    n = 200000
    urgency = rng.choice(3, n, p=(0.78, 0.15, 0.07))
    age = np.clip(np.round(rng.normal(56, 17, n)), 18, 97)
    a = (age - 56) / 17
    bmi = np.round(np.clip(rng.lognormal(np.log(27.5), 0.19, n), 16, 70), 1)
    smoker = rng.random(n) < _sig(-1.2 - 0.5 * a)
    htn = rng.random(n) < _sig(-0.9 + 1.3 * a + 0.08 * (bmi - 27.5))
    htn_poor = htn & (rng.random(n) < 0.25)
    dm = rng.random(n) < _sig(-2.4 + 0.7 * a + 0.11 * (bmi - 27.5))
    hba1c = np.round(np.where(dm, rng.lognormal(np.log(7.2), 0.14, n), rng.normal(5.4, 0.35, n)), 1)
    lung = rng.random(n) < _sig(-2.6 + 1.2 * smoker + 0.6 * a)
    fev1 = np.round(np.where(lung, rng.uniform(25, 88, n), rng.normal(96, 11, n)))
    cv = rng.random(n) < _sig(-2.8 + 1.1 * a + 0.6 * smoker + 0.6 * dm + 0.4 * htn)
    months = np.where(cv, np.round(np.clip(rng.lognormal(np.log(30), 1.3, n), 0.5, 239), 1), 240)
    hf = rng.random(n) < _sig(-3.4 + 0.9 * a + 1.3 * cv)
    ef = np.round(np.where(hf, rng.uniform(15, 50, n), rng.normal(60, 5, n)))
    ckd = rng.random(n) < _sig(-3.0 + 0.8 * a + 0.7 * dm + 0.4 * htn)
    dialysis = ckd & (rng.random(n) < 0.15)
    creat = np.where(dialysis, rng.lognormal(np.log(620), 0.25, n),
                     np.where(ckd, rng.lognormal(np.log(170), 0.4, n), rng.lognormal(np.log(78), 0.18, n)))
    sepsis = (urgency >= 1) & (rng.random(n) < np.where(urgency == 2, 0.22, 0.07))
    moribund = (urgency == 2) & ~sepsis & (rng.random(n) < 0.17)  # a ruptured aneurysm, massive trauma, a bleed
    bleed = moribund & (rng.random(n) < 0.7)
    sbp = np.round(rng.normal(124 + 6 * a, 11, n) + 10 * htn + 22 * htn_poor - 25 * sepsis
                   - 45 * moribund * rng.random(n))
    hr = np.round(rng.normal(74, 11, n) + 28 * sepsis + 35 * moribund * rng.random(n) + 6 * hf + 4 * (urgency > 0))
    hb = np.round(rng.normal(138, 14, n) - 22 * ckd - 15 * dialysis - 8 * sepsis - 45 * bleed * rng.random(n)
                  - 6 * (urgency > 0))
    wcc = np.round(rng.lognormal(np.log(7.2), 0.25, n) * np.where(sepsis, 2.2, 1) * np.where(moribund, 1.6, 1), 1)
    mets = np.clip(np.round(9.5 - 1.6 * a - 0.12 * (bmi - 27.5) - 2.5 * lung * (fev1 < 60) - 3 * hf * (ef < 40)
                            - 1.2 * cv - 1.2 * dialysis - 0.8 * smoker + rng.normal(0, 1.6, n)), 1, 14)
    meds = rng.poisson(0.3 + 0.4 * np.maximum(a, 0) + 1.4 * htn + 1.6 * dm + 2.0 * cv + 1.0 * lung + 2.0 * hf
                       + 1.5 * ckd)
    # the class of each condition by the ASA's examples (the rows: conditions; 0 where the patient lacks it)
    cond = np.stack([
        2 * smoker, 2 * ((bmi >= ASA_BMI_LIMITS[0]) & (bmi < ASA_BMI_LIMITS[1])), 3 * (bmi >= ASA_BMI_LIMITS[1]),
        np.where(htn, np.where(htn_poor, 3, 2), 0), np.where(dm, np.where(hba1c >= ASA_HBA1C_LIMIT, 3, 2), 0),
        np.where(lung, np.where(fev1 < 60, 3, 2), 0),
        np.where(cv, np.where(months < ASA_EVENT_MONTHS, 4, 3), 0),
        np.where(ef < ASA_EF_LIMITS[0], 4, np.where(ef < ASA_EF_LIMITS[1], 3, 0)),
        np.where(dialysis, 3, np.where(ckd, np.where(creat >= 450, 4, np.where(creat >= 180, 3, 2)), 0)),
        4 * sepsis, 5 * moribund,
        np.where(rng.random(n) < 0.1, rng.choice((2, 3, 4), n, p=(0.5, 0.4, 0.1)), 0)])  # unseen: another disease
    worst = np.maximum(cond.max(0), 1)
    several = (cond == worst).sum(0) - 1
    s = (worst + 0.3 * np.minimum(several, 2) * (worst >= 2) + 0.3 * (mets < 4) * (worst <= 3)
         + 0.2 * (age >= 75) * (worst <= 2) + rng.normal(0, 0.35, n))  # the anaesthetist's reading and lean
    label = np.clip(np.round(s), 1, 5).astype(int) - 1
    keep = _keep(rng, label, ASA_ROWS)
    x = np.column_stack([age, bmi, smoker, sbp, hr, hba1c, fev1, ef, months, dialysis, np.round(creat), hb, wcc, mets,
                         meds, urgency])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def decay5():
    """Pieces of coarse woody debris (fallen logs) on forest inventories' transects in the 5 decay classes of the
    standard field key (``DECAY_CLASSES``), labelled by the class the field crew read off the key, as what the
    inventory records or measures apart from the key describes them. The key's attributes (``DECAY_KEY``: the bark,
    the twigs, the texture, the shape, the colour, the invading roots, the log's position on the ground, a knife's
    penetration) are the label's basis and not columns: the crew reads them to assign the class, and a set that held
    them would be the key itself. The log's decay follows its years since death at a rate set by its species group
    (the hardwoods of the maple-birch-aspen group fastest, the decay-resistant cedar-like softwoods slowest), the
    climate (faster in warm and moderately wet stands), its diameter (a large log slower) and its own luck (its
    contact with the ground, its fungi); the sample's density falls and the wood's moisture rises with it. A log
    died at the stand's disturbance, or since, or before it (a legacy log). The crew's class follows the decay's
    stage, the species' bark (a conifer's sloughs sooner, a birch's persists) and the log's size (a small log loses
    its twigs and its shape sooner), each attribute read with its own error, and the crew's lean (a normal 0.2 of a
    class). Columns: the species group (0 pines, 1 spruces and firs, 2 cedars and other decay-resistant softwoods,
    3 oaks, 4 maples, birches, aspens and other hardwoods), the diameter at the transect (cm), the length (m), the
    sample's density (g/cm3, oven-dry), its moisture content (% of the dry mass), hollow (0/1), the moss cover (% of
    the log), fungal fruiting bodies (0/1), the stand's mean annual temperature (C), its annual precipitation (mm),
    its canopy cover (%), the years since the stand's last disturbance (from the stand's records) (12). Imbalanced:
    360 / 460 / 560 / 440 / 320 rows (2,140)."""
    rng = np.random.default_rng(70202)
    n = 200000
    species = rng.choice(5, n, p=(0.24, 0.22, 0.08, 0.18, 0.28))
    k0 = np.array([0.03, 0.028, 0.012, 0.025, 0.055])[species]  # a year at 7 C (the author's)
    rho0 = np.array([0.43, 0.38, 0.34, 0.60, 0.52])[species]
    diam = np.round(np.clip(rng.lognormal(np.log(22), 0.45, n), 7.6, 120), 1)
    length = np.round(np.clip(rng.lognormal(np.log(5), 0.7, n), 1, 30), 1)
    mat = np.round(rng.normal(7, 4, n), 1)
    precip = np.round(np.clip(rng.lognormal(np.log(900), 0.4, n), 250, 3500), -1)
    canopy = np.round(np.clip(rng.normal(68, 16, n), 5, 98))
    dist = np.round(np.clip(rng.lognormal(np.log(45), 0.8, n), 2, 300))
    src = rng.choice(3, n, p=(0.35, 0.5, 0.15))  # died at the disturbance, since it, or before it (a legacy log)
    years = np.where(src == 0, dist * rng.uniform(0.9, 1.0, n),
                     np.where(src == 1, dist * rng.random(n), dist + rng.lognormal(np.log(25), 0.8, n)))
    wet = np.exp(-np.log(precip / 1200) ** 2 / (2 * 0.6 ** 2))
    k = (k0 * 2.3 ** ((mat - 7) / 10) * (diam / 22) ** -0.3 * (0.35 + 0.65 * wet) * (1 + 0.003 * (canopy - 68))
         * rng.lognormal(0, 0.35, n))
    d = k * years  # the decay's stage: minus the log of the density remaining
    density = np.round(rho0 * np.exp(-d) * rng.lognormal(0, 0.14, n), 3)
    moisture = np.round(np.clip(45 * np.exp(1.1 * d) * (precip / 900) ** 0.3 * rng.lognormal(0, 0.25, n), 15, 450))
    hollow = rng.random(n) < _sig(-3.2 + 1.5 * d + 1.0 * (species >= 3))
    moss = np.round(np.clip(100 * (1 - np.exp(-years / 30)) * (0.4 + 0.6 * wet) * (0.5 + canopy / 140)
                            + rng.normal(0, 12, n), 0, 100))
    fungi = rng.random(n) < _sig(-2.0 + 2.5 * (d > 0.1) * (d < 1.2))  # fruiting in the middle classes
    bark = np.array([0.3, 0.25, 0.1, -0.1, -0.25])[species]  # a conifer's bark sloughs sooner
    size = -0.15 * np.log(diam / 22)  # a small log loses its twigs and its shape sooner
    reads = np.log(d + 0.02)[:, None] + rng.normal(0, 0.35, (n, len(DECAY_KEY)))  # each attribute's own reading
    reads[:, 0] += bark
    reads[:, [1, 3]] += size[:, None]
    s = np.median(reads, 1) + rng.normal(0, 0.2, n)  # the crew's lean
    label = np.digitize(s, np.log(np.array([0.1, 0.28, 0.6, 1.05]) + 0.02))
    label = np.where((d > 1.4) | ((label == 4) & (diam < 12.7)), -1, label)  # sunk into the floor: not tallied
    keep = _keep(rng, label, DECAY_ROWS)
    x = np.column_stack([species, diam, length, density, moisture, hollow, moss, fungi, mat, precip, canopy,
                         dist])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per fault of ``washer6``, the medians of: the machine's age (years), the washes a week, the maximum spin speed
#: (rpm), a brushed (universal) motor (share; else a brushless direct drive), a drain error code in the machine's
#: log, a door-lock code, a heating or thermistor code (shares; a make that logs no codes shows none), water left in
#: the drum (share), the spin noise the customer reports (0 none .. 3 loud), the program stopped mid-way (share), the
#: wash comes out cold (share), the machine trips the house's RCD (share), the water's hardness (mg/L as CaCO3), the
#: days since the first symptom, a dead or unresponsive display (share), a burning smell (share)
WASHER_TABLE = np.array([
    # age  wash  rpm     brsh  drain door  heat  water noise stop  cold  rcd   hard   days  dead  burn
    [6.0, 5.0, 1200.0, 0.60, 0.80, 0.25, 0.03, 0.85, 0.6, 0.80, 0.05, 0.03, 200.0, 3.0, 0.03, 0.03],  # drain pump
    [8.0, 7.0, 1400.0, 0.60, 0.03, 0.03, 0.03, 0.05, 2.6, 0.10, 0.03, 0.03, 200.0, 30.0, 0.02, 0.05],  # bearings
    [5.0, 5.0, 1200.0, 0.60, 0.10, 0.80, 0.02, 0.25, 0.3, 0.60, 0.03, 0.02, 200.0, 4.0, 0.08, 0.02],  # door lock
    [7.0, 5.0, 1200.0, 0.60, 0.03, 0.03, 0.80, 0.10, 0.3, 0.75, 0.75, 0.40, 300.0, 10.0, 0.05, 0.05],  # heater
    [5.0, 5.0, 1300.0, 0.50, 0.20, 0.20, 0.20, 0.30, 0.4, 0.55, 0.15, 0.10, 200.0, 6.0, 0.45, 0.12],  # board
    [9.0, 6.0, 1200.0, 0.92, 0.03, 0.05, 0.03, 0.30, 1.4, 0.60, 0.03, 0.12, 200.0, 12.0, 0.03, 0.35],  # motor
])
WASHER_LOGS = [0, 1, 12, 13]
WASHER_KINDS = [("log", 0.45, 0.15), ("log", 0.4, 0.1), ("norm", 150.0, 0), ("share", 0, 0), ("share", 0, 0),
                ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("norm", 0.8, 0.2), ("share", 0, 0),
                ("share", 0, 0), ("share", 0, 0), ("log", 0.45, 0), ("log", 0.9, 0), ("share", 0, 0),
                ("share", 0, 0)]


def washer6():
    """Domestic washing machines at a repair call in 6 faults (``WASHER_FAULTS``), labelled by the fault the
    technician found, as the machine's records, its error-code log and the call describe them. Each fault has its
    picture (``WASHER_TABLE``): a drain pump blocked or failed leaves water in the drum, stops the program at the
    drain and logs a drain code (and, the door kept locked, often a door-lock code); worn bearings on an older, busy,
    fast-spinning machine, loud in the spin for weeks; a door-lock fault stops a young machine at the start with a
    door-lock code; a failed heater washes cold, logs a heating code and trips the RCD, in hard water; a control
    board leaves a dead or erratic display and any code; a motor fault (mostly a brushed motor's worn brushes) on an
    old machine, no spin, a burning smell. Unseen: the machine's use and upkeep (it raises the age, the washes and
    the noise). Columns: the table's 16 (the shares as 0/1; the noise 0-3 to the unit; the speed to 100 rpm; the
    age, the hardness and the days to the unit) (16). Imbalanced: 480 / 420 / 300 / 280 / 360 / 300 rows (2,140)."""
    rng = np.random.default_rng(70303)
    y = rng.permutation(np.repeat(np.arange(len(WASHER_FAULTS)), WASHER_ROWS))
    t = _pull(WASHER_TABLE, WASHER_NEIGHBOURS, 0.3, WASHER_LOGS)[y]
    x = _draw(rng, t, WASHER_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.clip(np.round(x[:, 0]), 0, 25)
    x[:, 1] = np.clip(np.round(x[:, 1]), 1, 30)
    x[:, 2] = np.clip(np.round(x[:, 2], -2), 800, 1800)
    x[:, 8] = np.clip(np.round(x[:, 8]), 0, 3)
    x[:, [12, 13]] = np.maximum(np.round(x[:, [12, 13]]), [20, 1])
    return x.astype(np.float32), y.astype(np.int64)


#: per cause of ``flock6``, the medians of: the flock's age (days), the stocking density (kg/m2), the day's
#: outside maximum temperature (C), the house's maximum temperature (C), its relative humidity (%), the water
#: intake's change from the day before (%), the feed intake's change (%), the worst day's mortality (% of the
#: flock), the days the spike has lasted, the heaviest birds dead first (share), a controller or power alarm logged
#: (share), wet litter reported (share), respiratory signs reported (rales, coughing; share), an anticoccidial in
#: the feed (share; else a vaccine or none), the farm's other houses affected (count), ammonia (ppm)
FLOCK_TABLE = np.array([
    # age  dens  out   house rh    water  feed   mort days heavy alarm wet   resp  acc   houses nh3
    [38.0, 38.0, 35.0, 33.5, 70.0, 15.0, -12.0, 1.5, 2.0, 0.85, 0.15, 0.20, 0.10, 0.70, 3.0, 10.0],  # heat stress
    [33.0, 36.0, 28.0, 35.0, 78.0, -5.0, -10.0, 4.0, 1.0, 0.80, 0.75, 0.15, 0.15, 0.70, 0.3, 30.0],  # ventilation
    [24.0, 34.0, 22.0, 27.0, 65.0, -8.0, -12.0, 0.6, 4.0, 0.15, 0.05, 0.75, 0.10, 0.45, 1.5, 20.0],  # coccidiosis
    [26.0, 35.0, 22.0, 27.0, 65.0, -6.0, -10.0, 0.8, 3.0, 0.30, 0.05, 0.65, 0.10, 0.65, 1.0, 20.0],  # necrotic ent.
    [28.0, 34.0, 14.0, 25.0, 68.0, -10.0, -15.0, 0.7, 5.0, 0.15, 0.08, 0.35, 0.85, 0.70, 3.5, 25.0],  # respiratory
    [30.0, 35.0, 26.0, 28.0, 55.0, -45.0, -30.0, 1.0, 1.5, 0.35, 0.30, 0.05, 0.05, 0.70, 0.2, 15.0],  # water, feed
])
FLOCK_LOGS = [0, 7, 8, 15]
FLOCK_KINDS = [("log", 0.25, 0), ("norm", 4.0, 0), ("norm", 4.0, 0), ("norm", 2.2, 0), ("norm", 9.0, 0),
               ("norm", 12.0, 0), ("norm", 9.0, 0), ("log", 0.6, 0.2), ("log", 0.5, 0), ("share", 0, 0),
               ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("count", 0.5, 0),
               ("log", 0.45, 0.1)]


def flock6():
    """Commercial broiler houses with a mortality spike in 6 causes (``FLOCK_CAUSES``), labelled by the cause the
    veterinarian diagnosed, as the house's controller records and the flock's records describe them. Each cause has
    its picture (``FLOCK_TABLE``): heat stress in a hot spell late in the grow-out, the heaviest birds dead, water
    intake up, every house on the farm hit; a ventilation or power failure in one house, a very hot, humid,
    ammonia-laden house for hours, an alarm on record, the most deaths in one day; coccidiosis in the third and
    fourth weeks with wet litter, more where no anticoccidial is fed; necrotic enteritis a little later with wet
    litter, sudden deaths over a few days; an infectious bronchitis or a Newcastle-type disease in the cold season
    with respiratory signs, intake down, spreading to the other houses; a water or feed supply fault in one house,
    water and feed intake falling sharply. Unseen: the house's management (it raises the mortality and the
    ammonia). Columns: the table's 16 (the shares as 0/1; the temperatures to a tenth, the humidity, the changes,
    the age, the density and the ammonia to the unit, the mortality to a hundredth) (16). Imbalanced: 520 / 260 /
    400 / 360 / 340 / 260 rows (2,140)."""
    rng = np.random.default_rng(70404)
    y = rng.permutation(np.repeat(np.arange(len(FLOCK_CAUSES)), FLOCK_ROWS))
    t = _pull(FLOCK_TABLE, FLOCK_NEIGHBOURS, 0.3, FLOCK_LOGS)[y]
    x = _draw(rng, t, FLOCK_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.clip(np.round(x[:, 0]), 7, 63)
    x[:, [1, 4, 5, 6, 15]] = np.round(x[:, [1, 4, 5, 6, 15]])
    x[:, 4] = np.clip(x[:, 4], 25, 100)
    x[:, 5] = np.maximum(x[:, 5], -100)
    x[:, 6] = np.maximum(x[:, 6], -100)
    x[:, [2, 3]] = np.round(x[:, [2, 3]], 1)
    x[:, 7] = np.round(x[:, 7], 2)
    x[:, 8] = np.maximum(np.round(x[:, 8]), 1)
    return x.astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND70`` lists them (the ordered sets first)
GENERATORS = {"asa5": asa5, "decay5": decay5, "washer6": washer6, "flock6": flock6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND70_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "asa5": (2140, 16, ASA_ROWS),
    "decay5": (2140, 12, DECAY_ROWS),
    "washer6": (2140, 16, WASHER_ROWS),
    "flock6": (2140, 16, FLOCK_ROWS),
}
ROUND70 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("asa5", "decay5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"asa5": ASA_NEIGHBOURS, "decay5": DECAY_NEIGHBOURS, "washer6": WASHER_NEIGHBOURS,
              "flock6": FLOCK_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
