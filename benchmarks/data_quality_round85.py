"""Round 85's held-out data sets for the noisy-label benchmark (docstring written in full with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- hurley3: hidradenitis suppurativa's stage
#: the 3 classes of ``hurley3`` (a patient with hidradenitis suppurativa, by the Hurley stage the dermatologist gave
#: at the clinic's examination), the mildest first
HURLEY_CLASSES = ("I abscesses, single or multiple, without sinus tracts or scarring",
                  "II recurrent abscesses with sinus tracts and scarring, widely separated lesions",
                  "III diffuse involvement, interconnected tracts and abscesses across a whole area")
HURLEY_ROWS = (820, 800, 520)
#: the lower limits of stages II and III on the dermatologist's reading of the skin (a continuous 0-2.5 reading of
#: the tracts, the scars and how much normal skin is left between the lesions, rounded to a stage; the author's
#: framing)
HURLEY_LIMITS = (0.5, 1.5)
#: the stage above and below each stage (a first short tract or a small scar felt or not I or II; normal skin still
#: left between the lesions or not II or III; dermatologists differ mostly one stage apart)
HURLEY_NEIGHBOURS = ordinal_neighbours(len(HURLEY_CLASSES))
#: what the dermatologist stages from: the label's basis, not columns
HURLEY_EXAM = ("the nodules and abscesses seen and felt", "the sinus tracts and the scarring",
               "the normal skin left between the lesions of each region")


# ---------------------------------------------------------------------- npiap4: a pressure injury's stage
#: the 4 classes of ``npiap4`` (a hospital patient with a pressure injury, by the NPUAP / EPUAP stage the wound-care
#: nurse gave at the wound's inspection), the shallowest first
NPIAP_CLASSES = ("1 non-blanchable erythema of intact skin", "2 partial-thickness skin loss with exposed dermis",
                 "3 full-thickness skin loss, fat visible, no fascia, muscle or bone",
                 "4 full-thickness skin and tissue loss, fascia, muscle, tendon or bone exposed")
NPIAP_ROWS = (600, 680, 500, 360)
#: the lower limits of stages 2-4 on the nurse's reading of the wound (a continuous 0-3.5 reading of the skin loss'
#: depth, rounded to a stage; the author's framing)
NPIAP_LIMITS = (0.5, 1.5, 2.5)
#: the stage above and below each stage (an intact blister or a shallow abrasion read as 1 or 2; a shallow wound over
#: little fat with or without fat seen 2 or 3; a deep wound's base with or without fascia or bone felt 3 or 4;
#: nurses differ mostly one stage apart)
NPIAP_NEIGHBOURS = ordinal_neighbours(len(NPIAP_CLASSES))
#: what the nurse stages from: the label's basis, not columns
NPIAP_INSPECTION = ("the skin's colour and blanching", "the wound bed's depth and tissues seen",
                    "the structures probed at the wound's base")


# ---------------------------------------------------------------------- toxidrome6: a poisoning's agent class
#: the 6 classes of ``toxidrome6`` (a poison-centre case, by the agent class the toxicologist named)
TOXIDROME_CLASSES = ("opioid", "sedative-hypnotic (benzodiazepine)", "anticholinergic", "sympathomimetic",
                     "serotonergic", "cholinergic (organophosphate or carbamate)")
TOXIDROME_ROWS = (440, 360, 380, 340, 320, 300)
#: the classes toxicologists confuse (symmetric): an opioid against a sedative-hypnotic (both sleepy and slow to
#: breathe, co-ingested, the pupils of a mixed overdose in between) and against a cholinergic poisoning (both small
#: pupils, a low heart rate and a depressed patient); the three hot agitated toxidromes with one another: an
#: anticholinergic against a sympathomimetic (both fast, hot, wide pupils; the skin's dryness tells them apart and is
#: not always charted), an anticholinergic against a serotonergic (a tricyclic or a mixed antidepressant overdose,
#: both delirious and hot), a sympathomimetic against a serotonergic (both sweating, hot, agitated; the clonus
#: tells them apart and is missed)
TOXIDROME_NEIGHBOURS = {0: (1, 5), 1: (0,), 2: (3, 4), 3: (2, 4), 4: (2, 3), 5: (0,)}


# ---------------------------------------------------------------------- tremor6: a tremor's diagnosis
#: the 6 classes of ``tremor6`` (a patient of a movement-disorder clinic, by the tremor diagnosis the neurologist
#: gave)
TREMOR_CLASSES = ("essential tremor", "Parkinsonian tremor", "dystonic tremor", "enhanced physiological tremor",
                  "functional tremor", "cerebellar or Holmes tremor")
TREMOR_ROWS = (460, 420, 340, 300, 320, 300)
#: the diagnoses neurologists confuse (symmetric): essential tremor against Parkinsonian tremor (a re-emergent or a
#: rest component in old essential tremor, a postural one in Parkinson's disease; the commonest misdiagnosis),
#: against dystonic tremor (an asymmetric, jerky postural tremor without a dystonic posture seen), against enhanced
#: physiological tremor (a mild, fast, symmetric postural tremor) and against cerebellar tremor (an intention
#: component); Parkinsonian against dystonic tremor (an asymmetric rest tremor without bradykinesia) and against
#: Holmes tremor (slow, at rest and in action); dystonic against functional tremor (variable, jerky, a young onset);
#: enhanced physiological against functional tremor (a fast postural tremor with anxiety)
TREMOR_NEIGHBOURS = {0: (1, 2, 3, 5), 1: (0, 2, 5), 2: (0, 1, 4), 3: (0, 4), 4: (2, 3), 5: (0, 1)}


def hurley3():
    """Patients with hidradenitis suppurativa at a dermatology clinic in the 3 Hurley stages (``HURLEY_CLASSES``),
    labelled by the stage the dermatologist gave (``HURLEY_LIMITS`` on the dermatologist's reading; ``HURLEY_EXAM``
    the label's basis and not columns), as the clinic record apart from it describes them. The disease's extent
    (unseen) grows with the years since onset, a high BMI, smoking, the male sex and a family history, and has an
    unseen rest (the patient's own follicles, a normal 0.3 of a stage); the regions involved, the flares, the pain,
    the quality of life's loss (weakly), the CRP, a biologic and a prior surgery rise with it. Columns: the age
    (years), the sex (1 a man), the BMI, current smoking (0/1), the years since onset, the body regions involved
    (1-8), the flares in the past six months, the pain (0-10), the DLQI (0-30), the CRP (mg/l), diabetes (0/1), a
    family history (0/1), the current treatment (0 topical or none, 1 an oral antibiotic, 2 a biologic), a prior
    surgery (0/1) (14). Imbalanced: 820 / 800 / 520 rows (2,140)."""
    rng = np.random.default_rng(85101)
    n = 200000
    age = np.round(np.clip(rng.normal(36, 11, n), 16, 75))
    man = rng.random(n) < 0.35
    bmi = np.round(np.clip(rng.normal(31, 6.5, n), 17, 55), 1)
    smoke = rng.random(n) < 0.65
    years = np.round(np.clip(rng.lognormal(np.log(7), 0.7, n), 0.3, 40), 1)
    family = rng.random(n) < 0.3
    diab = rng.random(n) < _sig(-3.2 + 0.08 * (bmi - 31) + 0.04 * (age - 36))
    own = rng.normal(0, 0.3, n)  # the patient's own follicles, unseen
    ext = (0.9 + 0.5 * np.log(years / 7) + 0.03 * (bmi - 31) + 0.25 * smoke + 0.2 * man + 0.1 * family
           + own)  # the disease's extent, unseen
    regions = np.clip(rng.poisson(np.exp(0.3 + 0.55 * ext + rng.normal(0, 0.3, n))), 1, 8).astype(float)
    flares = rng.poisson(np.exp(0.6 + 0.45 * ext + rng.normal(0, 0.4, n))).astype(float)
    pain = np.round(np.clip(2.5 + 1.6 * ext + rng.normal(0, 1.6, n), 0, 10))
    dlqi = np.round(np.clip(6 + 4 * ext + rng.normal(0, 5.5, n), 0, 30))
    crp = np.round(np.clip(rng.lognormal(np.log(3) + 0.5 * ext + 0.03 * (bmi - 31), 0.7, n), 0.2, 200), 1)
    bio = rng.random(n) < _sig(-4.0 + 1.8 * ext)
    anti = rng.random(n) < _sig(-0.5 + 0.8 * ext)
    treat = np.where(bio, 2.0, np.where(anti, 1.0, 0.0))
    surgery = rng.random(n) < _sig(-3.0 + 1.3 * ext + 0.05 * years)
    rated = ext + rng.normal(0, 0.2, n)  # the dermatologist's reading
    label = np.digitize(rated, HURLEY_LIMITS)
    keep = _keep(rng, label, HURLEY_ROWS)
    x = np.column_stack([age, man, bmi, smoke, years, regions, flares, pain, dlqi, crp, diab, family, treat,
                         surgery])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def npiap4():
    """Hospital patients with a pressure injury in the 4 NPUAP / EPUAP stages (``NPIAP_CLASSES``), labelled by the
    stage the wound-care nurse gave (``NPIAP_LIMITS`` on the nurse's reading; ``NPIAP_INSPECTION`` the label's basis
    and not columns), as the record apart from it describes them. An unseen frailty lowers the Braden subscales and
    the albumin and brings the ICU, vasopressors and incontinence; the injury's depth (unseen) grows with it, with the
    days in hospital, the site (the ischium and the sacrum deepest, a device's or an ear's shallowest), a low albumin,
    vasopressors and diabetes, and has an unseen rest (the patient's own tissue, a normal 0.3 of a stage); the CRP
    and the pain rise with it, the albumin and the haemoglobin fall. Columns: the age (years), the BMI, the Braden
    score (6-23), its mobility, moisture and nutrition subscales (1-4), the days since admission, an ICU stay (0/1),
    vasopressors (0/1), incontinence (0/1), diabetes (0/1), the site (0 sacrum or coccyx, 1 heel, 2 ischium, 3
    trochanter, 4 other or a device's), the albumin (g/l), the haemoglobin (g/dl), the CRP (mg/l), the pain (0-10)
    (16). Imbalanced: 600 / 680 / 500 / 360 rows (2,140)."""
    rng = np.random.default_rng(85202)
    n = 200000
    frail = rng.normal(0, 1, n)  # the patient's frailty, unseen
    age = np.round(np.clip(rng.normal(72 + 4 * frail, 13, n), 18, 102))
    bmi = np.round(np.clip(rng.normal(25 - 1.2 * frail, 5.5, n), 13, 55), 1)
    mob = np.clip(np.round(2.6 - 0.7 * frail + rng.normal(0, 0.6, n)), 1, 4)
    moist = np.clip(np.round(2.8 - 0.5 * frail + rng.normal(0, 0.7, n)), 1, 4)
    nutr = np.clip(np.round(2.6 - 0.5 * frail + rng.normal(0, 0.7, n)), 1, 4)
    rest = np.clip(np.round(8.5 - 1.5 * frail + rng.normal(0, 1.3, n)), 3, 11)  # sensory, activity, friction
    braden = mob + moist + nutr + rest
    days = np.round(np.clip(rng.lognormal(np.log(9) + 0.2 * frail, 0.7, n), 0, 120))
    icu = rng.random(n) < _sig(-1.0 + 0.7 * frail)
    vaso = rng.random(n) < _sig(-2.8 + 1.6 * icu + 0.5 * frail)
    incont = rng.random(n) < _sig(-0.3 + 0.9 * frail)
    diab = rng.random(n) < 0.3
    site = rng.choice(5, n, p=(0.4, 0.25, 0.1, 0.1, 0.15))
    alb0 = 33 - 2.5 * frail + rng.normal(0, 3.5, n)
    own = rng.normal(0, 0.3, n)  # the patient's own tissue, unseen
    ext = (1.0 + 0.4 * frail + 0.35 * np.log((days + 1) / 10) + np.array([0.25, -0.1, 0.4, 0.15, -0.45])[site]
           - 0.03 * (alb0 - 33) + 0.3 * vaso + 0.15 * diab + own)  # the injury's depth, unseen
    alb = np.round(np.clip(alb0 - 1.5 * ext, 12, 50))
    hb = np.round(np.clip(11.5 - 0.3 * frail - 0.4 * ext + rng.normal(0, 1.4, n), 5, 17), 1)
    crp = np.round(np.clip(rng.lognormal(np.log(15) + 0.55 * ext + 0.3 * icu, 0.8, n), 0.5, 400))
    pain = np.round(np.clip(1.5 + 1.3 * ext + rng.normal(0, 1.8, n) - 1.0 * icu, 0, 10))
    rated = ext + rng.normal(0, 0.2, n)  # the nurse's reading
    label = np.digitize(rated, NPIAP_LIMITS)
    keep = _keep(rng, label, NPIAP_ROWS)
    x = np.column_stack([age, bmi, braden, mob, moist, nutr, days, icu, vaso, incont, diab, site, alb, hb, crp,
                         pain])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per class of ``toxidrome6``, the chances of the route (0 ingestion, 1 injection or inhalation of a drug, 2 skin
#: or breathing of a pesticide)
TOXIDROME_ROUTES = np.array([[0.45, 0.50, 0.05], [0.85, 0.12, 0.03], [0.88, 0.08, 0.04], [0.50, 0.47, 0.03],
                             [0.90, 0.07, 0.03], [0.45, 0.05, 0.50]])
#: per class of ``toxidrome6``, the medians of the triage record: the age (years), the heart rate (/min), the
#: systolic pressure (mmHg), the respiratory rate (/min), the temperature (deg C), the pupils (mm), the sweating
#: (0 dry - 3 drenched), the bowel sounds (0 absent - 3 hyperactive), the GCS (3-15), the agitation (0 calm - 4
#: combative), the clonus (0 none - 3 sustained), the secretions (0 dry - 3 bronchorrhoea), the hours since the
#: exposure, the QRS (ms)
TOXIDROME_TABLE = np.array([
    # age  hr     sbp    rr    temp  pupil sweat bowel gcs   agit  clon  secr  hours qrs
    [32.0, 72.0, 110.0, 9.0, 36.4, 2.0, 0.6, 0.8, 9.0, 0.3, 0.1, 0.6, 2.0, 95.0],  # opioid
    [38.0, 80.0, 112.0, 13.0, 36.5, 3.5, 0.6, 1.2, 10.0, 0.4, 0.1, 0.4, 3.0, 92.0],  # sedative-hypnotic
    [28.0, 118.0, 135.0, 19.0, 37.9, 6.0, 0.3, 0.6, 12.0, 2.5, 0.4, 0.2, 4.0, 105.0],  # anticholinergic
    [30.0, 125.0, 155.0, 20.0, 38.0, 6.0, 2.0, 2.0, 13.0, 3.0, 0.6, 0.5, 2.5, 98.0],  # sympathomimetic
    [35.0, 112.0, 145.0, 20.0, 38.2, 5.2, 2.2, 2.4, 13.0, 2.5, 2.3, 0.7, 6.0, 96.0],  # serotonergic
    [45.0, 58.0, 100.0, 24.0, 36.6, 2.0, 2.6, 2.6, 11.0, 0.8, 0.3, 2.6, 2.0, 94.0],  # cholinergic
])
TOXIDROME_LOGS = [12]
TOXIDROME_KINDS = [("norm", 13.0, 0), ("norm", 18.0, 0), ("norm", 22.0, 0), ("norm", 5.0, 0), ("norm", 0.8, 0),
                   ("norm", 1.3, 0), ("norm", 0.9, 0), ("norm", 0.9, 0), ("norm", 2.8, -0.8), ("norm", 1.0, 0),
                   ("norm", 0.9, 0), ("norm", 0.8, 0), ("log", 0.7, 0), ("norm", 12.0, 0)]


def toxidrome6():
    """Poison-centre cases in 6 agent classes the toxicologists confuse (``TOXIDROME_CLASSES``), labelled by the
    class the toxicologist named, as the call and the triage record describe them. Each class has its picture
    (``TOXIDROME_ROUTES``, ``TOXIDROME_TABLE``): an opioid slow breathing, small pupils, a low GCS, injected or
    smoked; a sedative-hypnotic a low GCS with near-normal vital signs; an anticholinergic fast, hot, wide pupils,
    dry skin, silent bowels, agitated, a wide QRS (antihistamines, tricyclics); a sympathomimetic fast, hypertensive,
    hot, wide pupils, sweating, agitated; a serotonergic hot, sweating, hyperactive bowels, clonus, hours after the
    dose; a cholinergic slow heart, small pupils, sweating, secretions, hyperactive bowels, a pesticide on the skin
    or breathed. Unseen: the dose taken (one per-row factor lowering the GCS). Columns: the route (0 ingestion, 1
    injection or inhalation of a drug, 2 skin or breathing of a pesticide), then the table's 14 (the age, the rates,
    the pressure and the QRS to the unit, the temperature to a tenth, the pupils to a half mm, the scores to a tenth
    within their ranges, the GCS to the unit within 3-15, the hours to a tenth) (15). Imbalanced: 440 / 360 / 380 /
    340 / 320 / 300 rows (2,140)."""
    rng = np.random.default_rng(85303)
    y = rng.permutation(np.repeat(np.arange(len(TOXIDROME_CLASSES)), TOXIDROME_ROWS))
    route = (rng.random(len(y))[:, None] > np.cumsum(TOXIDROME_ROUTES[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(TOXIDROME_TABLE, TOXIDROME_NEIGHBOURS, 0.3, TOXIDROME_LOGS)[y]
    x = _draw(rng, t, TOXIDROME_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 13, 92))
    x[:, [1, 2, 3, 13]] = np.round(np.clip(x[:, [1, 2, 3, 13]], [25, 50, 2, 60], [220, 260, 50, 200]))
    x[:, 4] = np.round(np.clip(x[:, 4], 33.0, 42.5), 1)
    x[:, 5] = np.round(np.clip(x[:, 5], 1.0, 9.0) * 2) / 2
    x[:, [6, 7, 10, 11]] = np.round(np.clip(x[:, [6, 7, 10, 11]], 0, 3), 1)
    x[:, 8] = np.clip(np.round(x[:, 8]), 3, 15)
    x[:, 9] = np.round(np.clip(x[:, 9], 0, 4), 1)
    x[:, 12] = np.round(np.clip(x[:, 12], 0.2, 72), 1)
    return np.column_stack([route, x]).astype(np.float32), y.astype(np.int64)


#: per diagnosis of ``tremor6``, the chances of the onset (0 gradual, 1 abrupt, 2 after a drug, an illness or a
#: brain lesion)
TREMOR_ONSETS = np.array([[0.85, 0.05, 0.10], [0.85, 0.05, 0.10], [0.80, 0.10, 0.10], [0.40, 0.15, 0.45],
                          [0.30, 0.55, 0.15], [0.30, 0.15, 0.55]])
#: per diagnosis of ``tremor6``, the medians of the accelerometry and the examination: the peak frequency (Hz),
#: the amplitude at rest, in a posture and in action (cm/s^2, the hand's acceleration), the frequency's variability
#: (Hz, its standard deviation over 3-s windows), the frequency's shift under a 500-g load (Hz, down), the
#: entrainment by the other hand's tapping (0 none - 3 full), the amplitude's change while distracted (%, a fall
#: positive), the age at onset (years), the years since onset, a family history (share), a response to alcohol
#: (share), the asymmetry between the hands (0 even - 1 one hand only), a head tremor (share)
TREMOR_TABLE = np.array([
    # freq rest  post  act   var   load  entr  dist   onset years fam   alc   asym  head
    [6.5, 0.3, 1.5, 2.0, 0.35, 0.4, 0.4, 10.0, 45.0, 12.0, 0.55, 0.55, 0.25, 0.35],  # essential
    [5.0, 2.0, 0.9, 0.6, 0.55, 0.2, 0.3, -15.0, 62.0, 4.0, 0.15, 0.10, 0.65, 0.05],  # Parkinsonian
    [5.5, 0.6, 1.2, 1.0, 0.90, 0.3, 0.6, 15.0, 35.0, 8.0, 0.25, 0.20, 0.55, 0.45],  # dystonic
    [9.5, 0.1, 0.6, 0.5, 0.50, 1.6, 0.4, 10.0, 40.0, 2.0, 0.20, 0.35, 0.15, 0.05],  # enhanced physiological
    [6.0, 0.8, 1.2, 1.2, 1.60, 0.5, 2.2, 50.0, 38.0, 2.0, 0.10, 0.10, 0.45, 0.10],  # functional
    [3.5, 1.0, 1.2, 2.5, 0.60, 0.2, 0.3, 5.0, 50.0, 3.0, 0.05, 0.05, 0.70, 0.15],  # cerebellar or Holmes
])
TREMOR_LOGS = [1, 2, 3, 4, 9]
TREMOR_KINDS = [("norm", 1.0, 0), ("log", 0.8, 0.2), ("log", 0.7, 0.2), ("log", 0.7, 0.2), ("log", 0.5, 0),
                ("norm", 0.45, 0), ("norm", 0.8, 0), ("norm", 22.0, 0), ("norm", 14.0, 0), ("log", 0.8, 0),
                ("share", 0, 0), ("share", 0, 0), ("norm", 0.22, 0), ("share", 0, 0)]


def tremor6():
    """Patients of a movement-disorder clinic in 6 tremor diagnoses the neurologists confuse (``TREMOR_CLASSES``),
    labelled by the diagnosis the neurologist gave, as the accelerometry and the examination record apart from it
    describe them. Each diagnosis has its picture (``TREMOR_ONSETS``, ``TREMOR_TABLE``): essential tremor postural
    and kinetic, 5-8 Hz, steady, even between the hands, a family history, better with alcohol, a head tremor;
    Parkinsonian tremor at rest, 4-6 Hz, one-sided, growing with a mental task, a late onset; dystonic tremor jerky,
    irregular, asymmetric, a head tremor, a young onset; enhanced physiological tremor small, fast, falling over 1 Hz
    under a load, after a drug or an illness; functional tremor abrupt, variable, entrained by the other hand's
    tapping, falling when distracted; cerebellar or Holmes tremor slow, large in action, one-sided, after a brain
    lesion. Unseen: the tremor's severity (one per-row factor raising the amplitudes). Columns: the onset (0 gradual,
    1 abrupt, 2 after a drug, an illness or a lesion), then the table's 14 (the frequencies and the shift to a tenth
    of a Hz, the amplitudes and the variability to a hundredth, the entrainment to a tenth within 0-3, the change to
    the %, the ages and the years to the year, the shares as 0/1, the asymmetry to a hundredth within 0-1) (15).
    Imbalanced: 460 / 420 / 340 / 300 / 320 / 300 rows (2,140)."""
    rng = np.random.default_rng(85404)
    y = rng.permutation(np.repeat(np.arange(len(TREMOR_CLASSES)), TREMOR_ROWS))
    onset = (rng.random(len(y))[:, None] > np.cumsum(TREMOR_ONSETS[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(TREMOR_TABLE, TREMOR_NEIGHBOURS, 0.3, TREMOR_LOGS)[y]
    x = _draw(rng, t, TREMOR_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 2.0, 14.0), 1)
    x[:, 1:5] = np.round(x[:, 1:5], 2)
    x[:, 5] = np.round(x[:, 5], 1)
    x[:, 6] = np.round(np.clip(x[:, 6], 0, 3), 1)
    x[:, 7] = np.round(np.clip(x[:, 7], -100, 100))
    x[:, 8] = np.round(np.clip(x[:, 8], 5, 90))
    x[:, 9] = np.round(np.clip(x[:, 9], 0, 60))
    x[:, 12] = np.round(np.clip(x[:, 12], 0, 1), 2)
    return np.column_stack([onset, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND85`` lists them (the ordered sets first)
GENERATORS = {"hurley3": hurley3, "npiap4": npiap4, "toxidrome6": toxidrome6, "tremor6": tremor6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND85_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "hurley3": (2140, 14, HURLEY_ROWS),
    "npiap4": (2140, 16, NPIAP_ROWS),
    "toxidrome6": (2140, 15, TOXIDROME_ROWS),
    "tremor6": (2140, 15, TREMOR_ROWS),
}
ROUND85 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("hurley3", "npiap4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"hurley3": HURLEY_NEIGHBOURS, "npiap4": NPIAP_NEIGHBOURS, "toxidrome6": TOXIDROME_NEIGHBOURS,
              "tremor6": TREMOR_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
