"""Round 88's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector. (Docstring completed with the generators.)
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


# ---------------------------------------------------------------------- lungrads5: a screening CT's Lung-RADS category
#: the 5 classes of ``lungrads5`` (a participant in a low-dose CT lung-cancer screening programme, by the Lung-RADS
#: category the thoracic radiologist gave on the screening CT), the lowest first
LUNGRADS_CLASSES = ("1 negative", "2 benign appearance", "3 probably benign", "4A suspicious",
                    "4B or 4X very suspicious")
LUNGRADS_ROWS = (520, 620, 420, 340, 240)
#: the lower limits (mm) of categories 2, 3, 4A and 4B on the radiologist's reading of the most suspicious nodule's
#: solid-equivalent mean diameter (a part-solid, a new or a growing nodule read as a larger solid one; no nodule or a
#: definitely benign one under 3 mm; the author's framing of Lung-RADS' size rows: solid under 6 mm 2, 6-8 mm 3, 8-15
#: mm 4A, 15 mm and over 4B)
LUNGRADS_LIMITS = (3.0, 6.0, 8.0, 15.0)
#: the category above and below each category (a small nodule seen or called benign; a diameter measured either side
#: of 6, 8 or 15 mm, a part-solid nodule's solid component; growth of 1.5 mm or not; a 4X upgrade on a feature; readers
#: differ mostly one category apart)
LUNGRADS_NEIGHBOURS = ordinal_neighbours(len(LUNGRADS_CLASSES))
#: what the radiologist categorises from: the label's basis, not columns
LUNGRADS_IMAGES = ("the nodules' measured mean diameter on the screening CT",
                   "the nodules' type (solid, part-solid, ground glass) and features",
                   "growth or newness against the prior CT")


# ---------------------------------------------------------------------- levee5: a flood embankment's condition grade
#: the 5 classes of ``levee5`` (a river flood-defence embankment, by the condition grade the asset inspector gave on a
#: walk-over visual inspection), the best first
LEVEE_CLASSES = ("1 very good", "2 good", "3 fair", "4 poor", "5 very poor")
LEVEE_ROWS = (260, 560, 640, 420, 260)
#: the lower limits of grades 2-5 on the inspector's reading of the embankment's deterioration (a continuous 0-5
#: reading rounded to a grade; the author's framing of the condition assessment's wording: cosmetic defects, minor
#: defects, defects that could reduce the performance, that would significantly reduce it, severe defects)
LEVEE_LIMITS = (1.0, 2.0, 3.0, 4.0)
#: the grade above and below each grade (cosmetic or minor defects; whether a slip, a crack or a burrow cluster
#: "could" or "would significantly" reduce the performance; seepage at the toe read as poor or very poor; grading is
#: by eye and by the weakest element, so inspectors differ mostly one grade apart)
LEVEE_NEIGHBOURS = ordinal_neighbours(len(LEVEE_CLASSES))
#: what the inspector grades from: the label's basis, not columns
LEVEE_WALKOVER = ("cracks, slips and low spots on the crest and slopes seen on the day",
                  "the grass cover, burrows and erosion seen on the day",
                  "wet patches, seepage and boils at the landward toe seen on the day")


# ---------------------------------------------------------------------- limp6: a child's acute limp's cause
#: the 6 classes of ``limp6`` (a child brought to the emergency department with an acute limp, by the cause the
#: paediatric orthopaedic team assigned; juvenile arthritis, the lead's alternative, not taken)
LIMP_CLASSES = ("transient synovitis of the hip", "septic arthritis", "osteomyelitis",
                "toddler's or other occult fracture", "Perthes disease", "slipped capital femoral epiphysis")
LIMP_ROWS = (520, 300, 260, 400, 300, 360)
#: the causes the team confuses on the first day (symmetric): transient synovitis against septic arthritis (the
#: irritable hip Kocher's criteria split: fever, weight bearing, the white cells, the ESR), against an occult
#: fracture (an afebrile young child, bland bloods, no trauma seen) and against early Perthes disease (an irritable,
#: stiff hip with normal bloods); septic arthritis against osteomyelitis (fever, a high CRP, a metaphysis next to the
#: joint); osteomyelitis against an occult fracture (a toddler's focal bony tenderness, a low-grade fever or none);
#: an occult fracture against a slipped epiphysis (an acute slip after a minor fall); Perthes disease against a
#: slipped epiphysis (a subacute, afebrile limp with knee or thigh pain, a stiff hip, the ages meeting at 9-11)
LIMP_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 2), 2: (1, 3), 3: (0, 2, 5), 4: (0, 5), 5: (3, 4)}


# ---------------------------------------------------------------------- escalfault6: an escalator breakdown's cause
#: the 6 classes of ``escalfault6`` (a metro escalator breakdown, by the cause the maintenance technician found on the
#: call-out)
ESCAL_CLASSES = ("step chain or step wear", "handrail drive", "comb plate or safety switch trip from debris",
                 "motor or brake fault", "controller or electronics fault", "misuse or vandalism")
ESCAL_ROWS = (300, 380, 480, 300, 320, 360)
#: the causes the control room confuses at the alarm (symmetric): step chain or step wear against the handrail drive
#: (the handrail driven off the step chain's main shaft, a speed monitor's trip), against a comb or step-sag trip (a
#: worn step or a stretched chain tripping the landing switches) and against the motor or brake (the drive's current
#: and vibration up); the handrail drive against misuse (a hand, a bag or a child at the handrail inlet, a pulled
#: rail); a debris trip against the controller (a faulty switch input read as a safety trip) and against misuse
#: (objects pushed into the comb, a stopped escalator at a busy hour); the motor or brake against the controller (an
#: inverter's or a contactor's fault read as a drive fault)
ESCAL_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 5), 2: (0, 4, 5), 3: (0, 4), 4: (2, 3), 5: (1, 2)}


def lungrads5():
    """Participants in a low-dose CT lung-cancer screening programme in the 5 Lung-RADS categories
    (``LUNGRADS_CLASSES``), labelled by the category the thoracic radiologist gave on the screening CT (the most
    suspicious nodule's solid-equivalent diameter read against ``LUNGRADS_LIMITS``; ``LUNGRADS_IMAGES`` the label's
    basis and not columns), as the programme's record apart from them describes them. The nodule's diameter is unseen:
    it grows with the smoking (the pack-years, still smoking), the age, emphysema or COPD, a family history and an
    occupational exposure, is larger at the baseline round (the incidence rounds find new, small nodules and the
    stable ones), and has an unseen rest (the nodule's own nature). The previous round's category (a step behind,
    noisy; 0 at the baseline round) and the time since the previous scan (3 months after a 4A, 6 after a 3, 12
    otherwise) follow it; the cough, the weight loss and a haemoptysis follow the larger nodules weakly; the BMI a
    little (lower with a large one); the screening site follows nothing. The radiologist measures the diameter with a
    spread of a tenth. Columns: the age (years), the sex (1 a man), the pack-years, still smoking (0/1), the years since
    quitting (0 if smoking), COPD or emphysema in the history (0/1), a family history of lung cancer (0/1), an
    occupational exposure (asbestos, silica, diesel; 0/1), the BMI, the screening round (1 the baseline), the previous
    round's category (0 none, 1-5 as the classes), the months since the previous scan (0 at the baseline), the cough
    (0 none - 3 daily, productive), the weight loss in six months (kg), a haemoptysis (0/1), the site (0-3) (16).
    Imbalanced: 520 / 620 / 420 / 340 / 240 rows (2,140)."""
    rng = np.random.default_rng(88101)
    n = 200000
    age = np.round(rng.uniform(50, 80, n))
    man = rng.random(n) < 0.55
    packs = np.round(np.clip(rng.lognormal(np.log(38), 0.4, n), 20, 150))
    current = rng.random(n) < 0.5
    quit_ = np.where(current, 0.0, np.round(rng.uniform(0, 15, n)))
    copd = rng.random(n) < _sig(-1.0 + 0.02 * (packs - 38) + 0.4 * current)
    family = rng.random(n) < 0.15
    occup = rng.random(n) < 0.12
    rnd = rng.choice(np.arange(1, 6), n, p=(0.35, 0.25, 0.18, 0.12, 0.10)).astype(float)
    risk = (0.025 * (age - 65) + 0.012 * (packs - 38) + 0.3 * current - 0.02 * quit_ + 0.35 * copd + 0.25 * family
            + 0.25 * occup)
    ld = 1.45 + 1.2 * risk + 0.35 * (rnd == 1) + rng.normal(0, 0.2, n)  # the nodule's log diameter (mm), unseen
    bmi = np.round(np.clip(rng.normal(27.5, 4.5, n) - 0.8 * np.clip(ld - 2.2, 0, None) - 1.0 * copd, 15, 50), 1)
    prev = np.where(rnd > 1, np.digitize(ld - 0.1 + rng.normal(0, 0.12, n), np.log(LUNGRADS_LIMITS)) + 1, 0)
    months = np.where(rnd > 1, np.round(np.array([0.0, 12, 12, 6, 3, 2])[prev] * np.exp(rng.normal(0, 0.1, n)), 1), 0)
    cough = np.round(np.clip(0.4 + 0.8 * copd + 0.5 * current + 0.5 * np.clip(ld - 2.0, 0, None)
                             + rng.normal(0, 0.6, n), 0, 3))
    wloss = np.round(np.clip(rng.exponential(0.8, n) * np.exp(1.2 * np.clip(ld - 2.3, 0, None)) - 0.5, 0, 20), 1)
    haemo = rng.random(n) < _sig(-4.2 + 2.0 * np.clip(ld - 2.2, 0, None))
    site = rng.integers(0, 4, n).astype(float)
    rated = ld + rng.normal(0, 0.1, n)  # the radiologist's reading of the log diameter
    label = np.digitize(rated, np.log(LUNGRADS_LIMITS))
    keep = _keep(rng, label, LUNGRADS_ROWS)
    x = np.column_stack([age, man, packs, current, quit_, copd, family, occup, bmi, rnd, prev, months, cough, wloss,
                         haemo, site])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def levee5():
    """River flood-defence embankments in 5 condition grades (``LEVEE_CLASSES``), labelled by the grade the asset
    inspector gave on a walk-over visual inspection (``LEVEE_LIMITS`` on the inspector's reading; ``LEVEE_WALKOVER``
    what was seen on the day, the label's basis and not columns), as the asset register and the monitoring apart from
    it describe them. The embankment's deterioration (unseen) grows with its age, a sandy, silty or peaty fill (clay
    the best), a narrow crest for its height, the last high water's loading, the overtopping in ten years, unmanaged
    vegetation (scrub, trees) and the years since the last maintenance (less after a large spend), and has an unseen
    rest (the fill's own variability, a normal 0.3 of a grade). The seepage or sand-boil reports, the public's burrow
    reports, the crest's settlement from the survey and the last inspection's grade (a step behind, noisy) follow it;
    the inspector's team reads with a small bias of its own (up to a fifth of a grade), and each reading has an error
    of 0.2 of a grade. Columns: the age (years since built or raised), the height (m), the crest width (m), the fill (0
    clay, 1 silt, 2 sand and gravel, 3 peat or mixed), the river reach (0-4), the last high water above the toe (m),
    the overtopping events in ten years, the seepage or boil reports in five years, the burrow reports in five years,
    the vegetation management (0 grazed, 1 mown, 2 unmanaged), the years since the last maintenance, its spend (GBP
    thousand per km), the settlement (mm per year), the last inspection's grade (1-5, as the classes), the team (0-4)
    (15). Imbalanced: 260 / 560 / 640 / 420 / 260 rows (2,140)."""
    rng = np.random.default_rng(88202)
    n = 200000
    age = np.round(rng.uniform(5, 90, n))
    height = np.round(np.clip(rng.lognormal(np.log(2.5), 0.35, n), 0.8, 8), 1)
    crest = np.round(np.clip(rng.lognormal(np.log(3.5), 0.35, n), 1, 12), 1)
    fill = rng.choice(4, n, p=(0.45, 0.25, 0.18, 0.12))
    reach = rng.integers(0, 5, n)
    water = np.round(np.clip(height * rng.beta(2.0, 2.5, n) + 0.15 * reach, 0, 9), 2)
    over = rng.poisson(np.exp(-2.2 + 1.5 * water / height)).astype(float)
    veg = rng.choice(3, n, p=(0.4, 0.4, 0.2))
    since = np.round(np.clip(rng.exponential(4.0, n), 0, 25), 1)
    spend = np.round(np.clip(rng.lognormal(np.log(6), 0.8, n), 0.2, 200), 1)
    det = (0.018 * age + np.array([0.0, 0.35, 0.6, 0.8])[fill] + 0.5 * np.log(height / crest + 0.5)
           + 0.35 * water / height + 0.3 * np.log1p(over) + 0.35 * veg + 0.06 * since - 0.15 * np.log(spend / 6)
           + 0.9 + rng.normal(0, 0.22, n))  # the deterioration, unseen
    seep = rng.poisson(np.exp(-2.2 + 0.5 * det + 0.3 * (fill == 2))).astype(float)
    burrow = rng.poisson(np.exp(-1.6 + 0.35 * det + 0.3 * (veg == 2))).astype(float)
    settle = np.round(np.clip(np.exp(0.3 + 0.35 * det + 0.5 * (fill == 3) + rng.normal(0, 0.35, n)), 0, 80), 1)
    last = (np.digitize(det - 0.25 + rng.normal(0, 0.3, n), LEVEE_LIMITS) + 1).astype(float)
    team = rng.integers(0, 5, n)
    rated = det + np.array([0.0, 0.15, -0.1, 0.2, -0.15])[team] + rng.normal(0, 0.2, n)  # the inspector's reading
    label = np.digitize(rated, LEVEE_LIMITS)
    keep = _keep(rng, label, LEVEE_ROWS)
    x = np.column_stack([age, height, crest, fill, reach, water, over, seep, burrow, veg, since, spend, settle, last,
                         team])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``limp6``, the chances of where the parent or the child places the pain (0 hip or groin, 1 thigh or
#: knee, 2 lower leg, ankle or foot, 3 not placed)
LIMP_SITES = np.array([[0.55, 0.20, 0.05, 0.20], [0.55, 0.15, 0.07, 0.23], [0.20, 0.30, 0.35, 0.15],
                       [0.08, 0.15, 0.50, 0.27], [0.45, 0.40, 0.05, 0.10], [0.35, 0.55, 0.03, 0.07]])
#: per cause of ``limp6``, the medians of the first-day record: the age (years), a boy (share), the BMI's z-score,
#: the temperature (C), the days of symptoms, the weight bearing (0 normal - 2 refuses), a viral illness in the past
#: two weeks (share), a trauma reported (share), the white cells (10^9/l), the CRP (mg/l), the ESR (mm/h), the hip's
#: restriction score (0 full range - 4 severely restricted), the pain score (0-10), a night pain (share)
LIMP_TABLE = np.array([
    # age  boy   bmiz  temp  days  wb   viral trauma wbc   crp   esr   rom  pain  night
    [5.0, 0.65, 0.2, 37.3, 2.0, 1.0, 0.50, 0.10, 9.5, 5.0, 14.0, 1.6, 4.0, 0.15],  # transient synovitis
    [4.0, 0.55, 0.0, 38.6, 2.0, 1.8, 0.25, 0.10, 15.0, 85.0, 50.0, 3.2, 7.0, 0.50],  # septic arthritis
    [6.0, 0.60, 0.0, 38.2, 4.5, 1.4, 0.20, 0.25, 12.5, 50.0, 45.0, 1.0, 6.0, 0.60],  # osteomyelitis
    [2.5, 0.60, 0.0, 36.9, 1.5, 1.3, 0.15, 0.45, 9.0, 3.0, 9.0, 0.5, 4.0, 0.15],  # occult fracture
    [6.5, 0.80, 0.3, 36.8, 20.0, 0.7, 0.15, 0.15, 8.0, 3.0, 12.0, 2.2, 3.0, 0.20],  # Perthes
    [12.0, 0.65, 1.6, 36.8, 25.0, 0.8, 0.10, 0.30, 7.8, 3.0, 10.0, 2.6, 4.0, 0.15],  # slipped epiphysis
])
LIMP_LOGS = [0, 4, 8, 9, 10]
LIMP_KINDS = [("log", 0.35, 0), ("share", 0, 0), ("norm", 0.9, 0), ("norm", 0.6, 0.15), ("log", 0.8, 0),
              ("norm", 0.6, 0.15), ("share", 0, 0), ("share", 0, 0), ("log", 0.3, 0.1), ("log", 0.9, 0.3),
              ("log", 0.5, 0.15), ("norm", 0.9, 0.2), ("norm", 1.8, 0.5), ("share", 0, 0)]


def limp6():
    """Children brought to the emergency department with an acute limp in 6 causes the paediatric orthopaedic team
    confuses on the first day (``LIMP_CLASSES``), labelled by the cause the team assigned, as the first-day record
    apart from the diagnosis, the imaging and the joint aspirate describes them. Each cause has its picture
    (``LIMP_SITES``, ``LIMP_TABLE``): transient synovitis at 3-8, after a cold, mildly febrile at most, bland bloods,
    an irritable hip; septic arthritis younger, febrile, not weight bearing, the white cells, the CRP and the ESR up,
    the hip held stiff; osteomyelitis febrile, longer, a high CRP and ESR, the pain in the thigh or the shin, at night,
    the hip free; an occult fracture in a toddler, afebrile, a fall sometimes seen, the pain low in the leg, bland
    bloods, the hip free; Perthes disease in a boy of 4-9, weeks of a limp, a stiff hip, the knee or the thigh, bland
    bloods; a slipped epiphysis in an overweight adolescent, weeks of a limp, the knee or the thigh, a stiff hip.
    Unseen: the illness' severity (one per-row factor raising the temperature, the weight bearing's refusal, the
    bloods, the hip's restriction and the pain). Columns: where the pain is placed (0 hip or groin, 1 thigh or knee,
    2 lower leg or foot, 3 not placed), then the table's 14 (the age to a tenth within 0.8-16, the BMI's z-score, the
    temperature, the white cells and the scores to a tenth within their ranges, the days to a tenth, the CRP and the
    ESR to the unit, the shares as 0/1) (15). Imbalanced: 520 / 300 / 260 / 400 / 300 / 360 rows (2,140)."""
    rng = np.random.default_rng(88303)
    y = rng.permutation(np.repeat(np.arange(len(LIMP_CLASSES)), LIMP_ROWS))
    site = (rng.random(len(y))[:, None] > np.cumsum(LIMP_SITES[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(LIMP_TABLE, LIMP_NEIGHBOURS, 0.3, LIMP_LOGS)[y]
    x = _draw(rng, t, LIMP_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 0.8, 16), 1)
    x[:, 2] = np.round(np.clip(x[:, 2], -3, 4), 1)
    x[:, 3] = np.round(np.clip(x[:, 3], 35.8, 41), 1)
    x[:, 4] = np.round(np.clip(x[:, 4], 0.2, 120), 1)
    x[:, 5] = np.round(np.clip(x[:, 5], 0, 2), 1)
    x[:, 8] = np.round(np.clip(x[:, 8], 3, 40), 1)
    x[:, [9, 10]] = np.round(np.clip(x[:, [9, 10]], 1, [400, 130]))
    x[:, 11] = np.round(np.clip(x[:, 11], 0, 4), 1)
    x[:, 12] = np.round(np.clip(x[:, 12], 0, 10), 1)
    return np.column_stack([site, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``escalfault6``, the chances of the tripped safety circuit's group at the alarm (0 the landings'
#: comb, step-sag and missing-step switches, 1 the handrail inlet or speed monitor, 2 the drive: overload, brake,
#: overspeed, 3 the controller: phase, inverter, no specific code, 4 an emergency stop button pressed)
ESCAL_CIRCUITS = np.array([[0.45, 0.08, 0.27, 0.15, 0.05], [0.06, 0.68, 0.06, 0.12, 0.08],
                           [0.72, 0.05, 0.03, 0.08, 0.12], [0.05, 0.03, 0.65, 0.22, 0.05],
                           [0.15, 0.08, 0.20, 0.52, 0.05], [0.30, 0.22, 0.03, 0.05, 0.40]])
#: per cause of ``escalfault6``, the medians of the monitoring and the work order: the station's footfall (thousand
#: a day), the escalator's age (years), its rise (m), running up (share), the hours since the last service, the
#: motor's current before the stop (% of rated), its temperature (C), the vibration (mm/s), the hour of day, a
#: weekend (share), rain (share), the repeat stops in the past week, the technician's arrival (minutes)
ESCAL_TABLE = np.array([
    # foot  age   rise  up    hours  curr   temp  vib  hour  wkend rain  rep  arrive
    [40.0, 22.0, 12.0, 0.60, 600.0, 85.0, 55.0, 4.5, 13.0, 0.25, 0.30, 1.5, 50.0],  # step chain or steps
    [35.0, 15.0, 10.0, 0.50, 500.0, 70.0, 48.0, 2.8, 12.0, 0.30, 0.30, 2.0, 50.0],  # handrail drive
    [60.0, 14.0, 9.0, 0.50, 350.0, 65.0, 45.0, 2.2, 15.0, 0.30, 0.55, 1.0, 45.0],  # debris trip
    [35.0, 20.0, 14.0, 0.75, 700.0, 105.0, 72.0, 4.0, 10.0, 0.25, 0.30, 1.0, 55.0],  # motor or brake
    [30.0, 12.0, 10.0, 0.55, 400.0, 60.0, 46.0, 2.0, 11.0, 0.30, 0.35, 2.5, 55.0],  # controller
    [55.0, 14.0, 9.0, 0.45, 400.0, 62.0, 45.0, 2.0, 21.0, 0.50, 0.30, 0.8, 45.0],  # misuse or vandalism
])
ESCAL_LOGS = [0, 1, 2, 4, 7, 12]
ESCAL_KINDS = [("log", 0.45, 0), ("log", 0.3, 0), ("log", 0.25, 0), ("share", 0, 0), ("log", 0.5, 0),
               ("norm", 9.0, 3.0), ("norm", 5.0, 1.5), ("log", 0.25, 0.1), ("norm", 3.0, 0), ("share", 0, 0),
               ("share", 0, 0), ("count", 0.6, 0), ("log", 0.5, 0)]


def escalfault6():
    """Metro escalator breakdowns in 6 causes the control room confuses at the alarm (``ESCAL_CLASSES``), labelled by
    the cause the maintenance technician found on the call-out, as the remote monitoring and the work order apart
    from the finding describe them. Each cause has its picture (``ESCAL_CIRCUITS``, ``ESCAL_TABLE``): step chain or
    step wear on old, tall, long-unserviced escalators, the current and the vibration up, a landing or a drive trip;
    the handrail drive a handrail circuit trip, repeated stops; a debris trip at busy stations in the rain, a landing
    switch, soon after a service as well; the motor or brake on tall escalators running up, the current and the
    temperature high, early in the day, a drive trip; the controller a controller code, on newer units, repeated
    stops; misuse or vandalism at busy stations late and at weekends, an emergency stop or a landing switch. Unseen:
    the load at the stop (one per-row factor raising the current, the temperature and the vibration). Columns: the
    tripped circuit's group (0 landing switches, 1 handrail, 2 drive, 3 controller, 4 emergency stop), then the
    table's 13 (the footfall, the rise and the vibration to a tenth, the age, the hours, the current, the temperature
    and the arrival to the unit, the hour to a tenth within 0-24, the shares as 0/1, the repeats a count) (14).
    Imbalanced: 300 / 380 / 480 / 300 / 320 / 360 rows (2,140)."""
    rng = np.random.default_rng(88404)
    y = rng.permutation(np.repeat(np.arange(len(ESCAL_CLASSES)), ESCAL_ROWS))
    circuit = (rng.random(len(y))[:, None] > np.cumsum(ESCAL_CIRCUITS[y], 1)[:, :4]).sum(1).astype(float)
    t = _pull(ESCAL_TABLE, ESCAL_NEIGHBOURS, 0.3, ESCAL_LOGS)[y]
    x = _draw(rng, t, ESCAL_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 1, 400), 1)
    x[:, 1] = np.round(np.clip(x[:, 1], 1, 60))
    x[:, 2] = np.round(np.clip(x[:, 2], 3, 60), 1)
    x[:, 4] = np.round(np.clip(x[:, 4], 1, 4000))
    x[:, [5, 6]] = np.round(np.clip(x[:, [5, 6]], [0, 15], [160, 120]))
    x[:, 7] = np.round(np.clip(x[:, 7], 0.2, 30), 1)
    x[:, 8] = np.round(np.clip(x[:, 8], 0, 23.9), 1)
    x[:, 12] = np.round(np.clip(x[:, 12], 5, 480))
    return np.column_stack([circuit, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND88`` lists them (the ordered sets first)
GENERATORS = {"lungrads5": lungrads5, "levee5": levee5, "limp6": limp6, "escalfault6": escalfault6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND88_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "lungrads5": (2140, 16, LUNGRADS_ROWS),
    "levee5": (2140, 15, LEVEE_ROWS),
    "limp6": (2140, 15, LIMP_ROWS),
    "escalfault6": (2140, 14, ESCAL_ROWS),
}
ROUND88 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lungrads5", "levee5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"lungrads5": LUNGRADS_NEIGHBOURS, "levee5": LEVEE_NEIGHBOURS, "limp6": LIMP_NEIGHBOURS,
              "escalfault6": ESCAL_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
