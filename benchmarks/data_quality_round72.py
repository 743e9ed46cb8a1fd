"""Round 72's held-out data sets for the noisy-label benchmark (docstring written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- tanner5: an adolescent's pubertal stage
#: the 5 classes of ``tanner5`` (an adolescent at a paediatric endocrinology or growth clinic visit, by the Tanner
#: stage the examining clinician gave: the breast stage of a girl, the genital stage of a boy), the least mature first
TANNER_CLASSES = ("stage I (prepubertal)", "stage II (breast bud; testes over 3-4 ml, scrotal skin reddened)",
                  "stage III (breast and areola enlarged; penis lengthened)",
                  "stage IV (areolar mound; penis broader, testes larger)", "stage V (adult)")
TANNER_ROWS = (400, 460, 480, 440, 360)
#: the lower limits of stages II-V on the examiner's impression of the adolescent's development (a continuous 1-6
#: reading the examiner rounds down to a stage; the author's framing, not a published scale)
TANNER_LIMITS = (2.0, 3.0, 4.0, 5.0)
#: the stage above and below each stage (an adolescent near a stage's limit; examiners' kappa about 0.75)
TANNER_NEIGHBOURS = ordinal_neighbours(len(TANNER_CLASSES))
#: what the examiner looks at and rates: the label's basis, not columns
TANNER_EXAM = ("breast development by inspection and palpation (girls)",
               "genital development and testicular volume by a Prader orchidometer (boys)", "pubic hair")


# ---------------------------------------------------------------------- ecog5: an oncology patient's performance status
#: the 5 classes of ``ecog5`` (an oncology patient at a clinic visit, by the ECOG performance status the clinician
#: graded), the fittest first
ECOG_CLASSES = ("0 fully active, no restriction", "1 restricted in strenuous activity, ambulatory, light work",
                "2 ambulatory and self-caring, no work, up over half the waking hours",
                "3 limited self-care, in bed or chair over half the waking hours",
                "4 completely disabled, no self-care, confined to bed or chair")
ECOG_ROWS = (460, 620, 520, 360, 180)
#: the lower limits of grades 1-4 on the clinician's impression of the patient's function (a continuous 0-5 reading
#: rounded to the nearest grade; the author's framing)
ECOG_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a patient near a limit; clinicians and patients differ by a grade often)
ECOG_NEIGHBOURS = ordinal_neighbours(len(ECOG_CLASSES))
#: what the clinician grades from: the label's basis, not columns
ECOG_BASIS = ("the patient's account of work and household activity", "self-care", "hours spent in bed or chair",
              "the clinician's observation of gait and transfer at the visit")


# ---------------------------------------------------------------------- wafer8: a wafer map's defect pattern
#: the 8 classes of ``wafer8`` (a wafer's die-level fail map after wafer sort, by the defect pattern the yield engineer
#: labelled, WM-811K's eight failure types)
WAFER_PATTERNS = ("center (a cluster of fails at the wafer's centre)", "donut (a ring of fails at mid-radius)",
                  "edge-loc (a cluster of fails at one part of the edge)",
                  "edge-ring (a band of fails around the whole edge)", "loc (a cluster of fails inside the wafer)",
                  "near-full (fails over nearly the whole wafer)", "random (fails scattered over the wafer)",
                  "scratch (a thin line or arc of fails)")
WAFER_ROWS = (320, 160, 360, 440, 300, 140, 200, 220)
#: the patterns a labeller confuses (symmetric): the centre against a donut (a centre cluster with a good core, a
#: donut filled in) and against a loc (a cluster off the centre); a donut against an edge-ring (a wide ring near the
#: edge); an edge-loc against an edge-ring (a partial ring) and against a loc (a cluster near the edge) and a
#: scratch (a scratch run in from the edge); a loc against random fails (a loose cluster) and a scratch (a short, broad
#: scratch); near-full against random (a dense random map)
WAFER_NEIGHBOURS = {0: (1, 4), 1: (0, 3), 2: (3, 4, 7), 3: (1, 2), 4: (0, 2, 6, 7), 5: (6,), 6: (4, 5), 7: (2, 4)}


# ---------------------------------------------------------------------- moth7: a light trap's minors and rustics
#: the 7 classes of ``moth7`` (a moth from a light trap of a monitoring scheme, by the species a dissection of its
#: genitalia confirmed; the scheme records the first four, and the two rustics, as aggregates when undissected)
MOTH_SPECIES = ("Oligia strigilis (Marbled Minor)", "Oligia versicolor (Rufous Minor)",
                "Oligia latruncula (Tawny Marbled Minor)", "Oligia fasciuncula (Middle-barred Minor)",
                "Mesapamea secalis (Common Rustic)", "Mesapamea didyma (Lesser Common Rustic)",
                "Mesoligia furuncula (Cloaked Minor)")
MOTH_ROWS = (380, 200, 300, 280, 420, 340, 220)
#: the species a recorder confuses without dissection (symmetric): the three Oligia minors that need their
#: genitalia (strigilis, versicolor, latruncula: each with the other two); latruncula's dark forms against
#: fasciuncula; fasciuncula against the Cloaked Minor (small, banded minors of grassland); the two rustics (no
#: reliable external feature); the Lesser Common Rustic against the Cloaked Minor (small, variable grass moths of
#: late summer)
MOTH_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 6), 4: (5,), 5: (4, 6), 6: (3, 5)}


def tanner5():
    """Adolescents at a paediatric endocrinology or growth clinic visit in the 5 Tanner stages (``TANNER_CLASSES``),
    labelled by the stage the examining clinician gave (``TANNER_LIMITS`` on the examiner's impression), as what the
    clinic has apart from the examination describes them. The examination's ratings (``TANNER_EXAM``) are the label's
    basis and not columns (a testicular volume by orchidometer would be the boy's stage itself). A child's puberty
    starts at its own age (girls about a year before boys; earlier with a higher BMI in girls; later with a chronic
    illness; with the parents' timing, heritably; the rest the child's own, unseen) and moves at its own tempo (a stage
    in about 0.9 of a year, unseen); the examiner reads the stage with an error (a normal 0.3 of a stage). The
    gonadotrophins and the sex steroids rise along it (the basal LH from under 0.3 IU/L, oestradiol in girls,
    testosterone in boys; the assays' own spread and pulsatility a lognormal 0.5-0.6), the bone age leads or lags the
    age as the child matures early or late, the height velocity peaks at stage II-III in girls and at III-IV in boys
    and falls toward 1 cm a year at stage V, IGF-1 rises with puberty, DHEA-S with the age (adrenarche, apart from the
    gonads). Columns: the sex (1 a girl), the age (years), the height (cm), the height velocity (cm a year over the last
    6-12 months), the BMI (kg/m2), the bone age (years, Greulich-Pyle), LH and FSH (IU/L), oestradiol (pmol/L, the
    assay's floor 18), testosterone (nmol/L, the floor 0.1), IGF-1 (ng/ml), DHEA-S (umol/L), the mother's age at
    menarche (years), a chronic illness (0/1) (14). Imbalanced: 400 / 460 / 480 / 440 / 360 rows (2,140)."""
    rng = np.random.default_rng(72101)
    n = 200000
    girl = rng.random(n) < 0.55
    age = np.round(rng.uniform(7.0, 17.5, n), 1)
    own = rng.normal(0, 0.8, n)  # the child's own timing (years): unseen
    parent = rng.normal(0, 0.6, n)  # the family's timing (years): shows in the mother's menarche
    ill = rng.random(n) < 0.1
    bmiz = rng.normal(0.2, 1.1, n)
    onset = (np.where(girl, 10.6, 11.7) + own + parent + 1.1 * ill - np.where(girl, 0.35, -0.1) * bmiz)
    tempo = rng.lognormal(np.log(0.9), 0.2, n)
    p = (age - onset) / tempo  # stages since the onset
    rated = np.clip(2.0 + p, 1.0, 6.2) + rng.normal(0, 0.3, n)  # the examiner's impression
    label = np.digitize(rated, TANNER_LIMITS)
    gain = np.where(girl, 20.0, 27.0) * np.clip((_sig(1.5 * (p - 1.0)) - _sig(-1.5)) / (1 - _sig(-1.5)), 0, 1)
    hsds = rng.normal(-0.5, 1.0, n) - 0.4 * ill
    height = np.round(126 + 5.4 * (np.minimum(age, onset) - 8) + gain + 6.0 * hsds, 1)
    peak = np.where(girl, 1.0, 1.8)
    hv = (5.2 * _sig(-2 * (p - 1.5)) + np.where(girl, 3.5, 5.0) * np.exp(-((p - peak) / 0.8) ** 2) - 0.8 * ill
          + rng.normal(0, 1.0, n))
    hv = np.round(np.clip(hv, 0.0, 14.0), 1)
    bmi = np.round((15.6 + 0.45 * (age - 8) + 0.4 * np.clip(p, 0, 3)) * np.exp(0.12 * bmiz), 1)
    boneage = np.round(np.clip(age - 0.75 * (onset - np.where(girl, 10.6, 11.7)) + rng.normal(0, 0.6, n), 5, 18),
                       1)
    lh = np.round(0.08 * np.exp(4.0 * _sig(1.6 * (p - 0.3))) * rng.lognormal(0, 0.6, n), 2)
    fsh = np.round(0.8 * np.exp(1.6 * _sig(1.5 * (p + 0.5))) * rng.lognormal(0, 0.45, n), 1)
    e2 = np.where(girl, 20 * np.exp(2.5 * _sig(1.6 * (p - 0.5))), 15 * np.exp(1.0 * _sig(1.6 * (p - 1.0))))
    e2 = np.round(np.maximum(e2 * rng.lognormal(0, 0.6, n), 18))
    testo = np.where(girl, 0.3 * np.exp(0.8 * _sig(1.5 * p)), 0.2 * np.exp(4.0 * _sig(1.8 * (p - 0.6))))
    testo = np.round(np.maximum(testo * rng.lognormal(0, 0.5, n), 0.1), 1)
    igf = np.round(120 * np.exp(0.05 * (age - 8) + 0.9 * _sig(1.5 * (p - 1.0))) * rng.lognormal(0, 0.3, n))
    dheas = np.round(0.6 * np.exp(0.25 * (age - 8)) * rng.lognormal(0, 0.6, n), 1)
    menarche = np.round(np.clip(12.9 + parent + rng.normal(0, 0.8, n), 9, 17), 1)
    keep = _keep(rng, label, TANNER_ROWS)
    x = np.column_stack([girl, age, height, hv, bmi, boneage, lh, fsh, e2, testo, igf, dheas, menarche, ill])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def ecog5():
    """Oncology patients at a clinic visit in the 5 ECOG performance-status grades (``ECOG_CLASSES``), labelled by the
    grade the clinician gave (``ECOG_LIMITS`` on the clinician's impression), as what the record holds apart from the
    grading describes them. What the clinician grades from (``ECOG_BASIS``) is the label's basis and not a column. The
    patient's function follows the disease's burden (the stage, the line of treatment, the cancer's kind - pancreas
    and lung worst, breast and prostate least -, the tumour's own course: unseen), the patient's frailty (the age, the
    comorbidities, unseen reserve) and the treatment's toxicity early in a line; the clinician's impression adds a lean
    of its own (a normal 0.35 of a grade; clinicians grade fitter than patients). The record follows the burden and the
    function with their noise: anaemia, a low albumin, a raised CRP and weight loss with the burden (cachexia), the
    wearable's steps with the true function (an r of about 0.6 with the grade, widely varying), the patient-reported
    physical function (a PROMIS T-score) and fatigue with the function and the patient's own lean, an admission in the
    last 30 days. Columns: the age (years), the sex (1 a woman), the cancer (0 lung, 1 colorectal, 2 breast, 3
    pancreas, 4 prostate, 5 lymphoma or myeloma), the stage (1-4), the line of treatment (1-4), the weeks on the current
    line, haemoglobin (g/dL), albumin (g/L), CRP (mg/L), the weight lost in 6 months (%), the BMI (kg/m2), the mean
    daily steps over the last 7 days, the PROMIS physical function T-score, fatigue (0-10), the comorbidities (count),
    an admission in the last 30 days (0/1) (16). Imbalanced: 460 / 620 / 520 / 360 / 180 rows (2,140)."""
    rng = np.random.default_rng(72202)
    n = 200000
    cancer = rng.choice(6, n, p=(0.24, 0.18, 0.2, 0.1, 0.12, 0.16))
    woman = np.where(cancer == 2, rng.random(n) < 0.99, np.where(cancer == 4, False, rng.random(n) < 0.45))
    age = np.round(np.clip(rng.normal(np.array([67.0, 65, 57, 68, 71, 64])[cancer], 10.5, n), 22, 94))
    stage = rng.choice(4, n, p=(0.08, 0.14, 0.26, 0.52)) + 1
    line = np.minimum(1 + rng.poisson(0.5 + 0.35 * (stage == 4), n), 4)
    weeks = np.round(np.clip(rng.lognormal(np.log(14), 0.9, n), 1, 260))
    comorb = rng.poisson(np.exp(-0.3 + 0.03 * (age - 64)), n)
    burden = (0.7 * (stage == 4) + 0.25 * (stage == 3) + 0.3 * (line - 1)
              + np.array([0.45, 0.0, -0.3, 0.7, -0.25, 0.1])[cancer] + rng.normal(0, 0.6, n))  # the tumour: unseen
    frail = 0.025 * (age - 64) + 0.2 * comorb + rng.normal(0, 0.45, n)  # the reserve: unseen in part
    tox = 0.3 * np.exp(-weeks / 8)
    func = 0.9 + 0.75 * burden + 0.7 * frail + tox  # the patient's true limitation (0-4 scale)
    rated = func + rng.normal(0, 0.35, n)  # the clinician's impression
    label = np.digitize(rated, ECOG_LIMITS)
    hb = np.round(np.clip(13.4 - 0.6 * burden - 0.9 * woman - 0.2 * func + rng.normal(0, 1.2, n), 6, 17.5), 1)
    alb = np.round(np.clip(41 - 2.6 * burden - 1.4 * func + rng.normal(0, 3.5, n), 18, 52))
    crp = np.round(4 * np.exp(0.8 * burden + 0.2 * func) * rng.lognormal(0, 0.9, n), 1)
    loss = np.round(np.clip(3 * np.exp(0.6 * burden + 0.15 * func) * rng.lognormal(0, 0.7, n) - 2, 0, 35), 1)
    bmi = np.round(np.clip(rng.normal(26.5, 4.5, n) - 0.25 * loss, 14, 48), 1)
    steps = np.round(7000 * np.exp(-0.55 * func - 0.012 * (age - 64)) * rng.lognormal(0, 0.55, n), -1)
    self_lean = rng.normal(0, 0.5, n)  # the patient's own reading of the function
    promis = np.round(np.clip(52 - 6.5 * (func + self_lean) + rng.normal(0, 4, n), 15, 70))
    fatigue = np.clip(np.round(2.2 + 1.1 * (func + self_lean) + 0.3 * burden + rng.normal(0, 1.6, n)), 0, 10)
    admit = rng.random(n) < _sig(-3.0 + 0.8 * func + 0.3 * burden)
    keep = _keep(rng, label, ECOG_ROWS)
    x = np.column_stack([age, woman, cancer, stage, line, weeks, hb, alb, crp, loss, bmi, steps, promis, fatigue,
                         comorb, admit])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per pattern of ``wafer8``, the medians of: the fail share (% of the dies), the fails' mean radius (of the wafer's
#: radius), the fails' radius spread (sd), the fails within 0.35 of the centre (%), the fails beyond 0.85 (%), the
#: fails' angular concentration (a resultant length, 0-1), the largest connected cluster's share of the fails (%), the
#: clusters (count), the largest cluster's elongation (its axes' ratio), the line score (a Radon transform's peak over
#: its mean), the dies on the wafer (count, the product's), the yield of the lot's other wafers (%), the wafer's slot in
#: the lot (1-25), the lot's wafers with a pattern in the same zone (%), a CMP rework or a handling alarm logged for
#: the wafer (share), a preventive maintenance on the lot's etch or deposition tool in the 3 days before (share)
WAFER_TABLE = np.array([
    # fail  rmean rsd   ctr   edge  ang   big   ncl  elong line  dies   lotyl slot  lotsm cmp   pm
    [12.0, 0.25, 0.15, 70.0, 2.0, 0.15, 75.0, 2.0, 1.3, 1.5, 600.0, 85.0, 13.0, 40.0, 0.05, 0.15],  # center
    [14.0, 0.52, 0.13, 12.0, 6.0, 0.15, 55.0, 3.0, 1.5, 1.6, 600.0, 84.0, 13.0, 35.0, 0.05, 0.15],  # donut
    [9.0, 0.85, 0.10, 1.0, 55.0, 0.70, 65.0, 2.0, 2.0, 2.0, 600.0, 86.0, 13.0, 25.0, 0.05, 0.20],  # edge-loc
    [15.0, 0.90, 0.07, 0.5, 80.0, 0.10, 45.0, 4.0, 1.4, 1.8, 600.0, 82.0, 13.0, 60.0, 0.05, 0.30],  # edge-ring
    [6.0, 0.50, 0.18, 15.0, 8.0, 0.65, 70.0, 2.0, 1.8, 1.8, 600.0, 88.0, 13.0, 15.0, 0.08, 0.10],  # loc
    [75.0, 0.62, 0.27, 14.0, 25.0, 0.04, 95.0, 1.0, 1.1, 1.1, 600.0, 45.0, 13.0, 55.0, 0.05, 0.15],  # near-full
    [30.0, 0.62, 0.26, 13.0, 24.0, 0.06, 25.0, 12.0, 1.3, 1.3, 600.0, 70.0, 13.0, 30.0, 0.05, 0.15],  # random
    [4.0, 0.60, 0.22, 12.0, 15.0, 0.45, 80.0, 2.0, 6.0, 4.0, 600.0, 89.0, 13.0, 8.0, 0.35, 0.05],  # scratch
])
WAFER_LOGS = [0, 7, 8, 9]
WAFER_KINDS = [("log", 0.5, 0.15), ("norm", 0.07, 0), ("norm", 0.04, 0), ("norm", 10.0, 0), ("norm", 10.0, 0),
               ("norm", 0.12, 0), ("norm", 12.0, 0), ("count", 0.5, 0), ("log", 0.35, 0), ("log", 0.3, 0),
               ("norm", 150.0, 0), ("norm", 7.0, -2.0), ("norm", 7.0, 0), ("norm", 15.0, 0), ("share", 0, 0),
               ("share", 0, 0)]


def wafer8():
    """Semiconductor wafers in the 8 wafer-map defect patterns (``WAFER_PATTERNS``), labelled by the pattern the yield
    engineer gave the wafer's die-level fail map at wafer sort (WM-811K's failure types), as summary features of the
    map and the lot's and the tools' records describe them (not the map's pixels). Each pattern has its picture
    (``WAFER_TABLE``): a centre's fails near the middle (spin coating, a CMP's centre-fast removal); a donut's in a
    ring at mid-radius; an edge-loc's bunched at one part of the edge; an edge-ring's in a band around the whole
    edge (etch or deposition non-uniformity at the edge, often lot-wide and after a tool's maintenance); a loc's in one
    cluster inside; a near-full map failing almost everywhere in a poor lot; random fails scattered in many small
    clusters; a scratch's in a thin, long line (handling, CMP) with a rework or an alarm logged. Under every pattern
    lies a background of random fails (a share of the map's fails uniform in 0-0.6: the lot's random defects), which
    draws the map's radii, zone shares and concentration toward a uniform disc's (a mean radius 0.67, a spread 0.24,
    12 % within 0.35, 28 % beyond 0.85), shrinks the largest cluster's share and adds small clusters (the one change
    after the first measure, commit given in the module's docstring). Unseen: the lot's
    process health (it raises the fail share and lowers the lot's yield). Columns: the table's 16 (the shares as 0/1;
    the percentages and the dies and the slot to the unit; the radii, the concentration and the ratios to a hundredth)
    (16). Imbalanced: 320 / 160 / 360 / 440 / 300 / 140 / 200 / 220 rows (2,140)."""
    rng = np.random.default_rng(72303)
    y = rng.permutation(np.repeat(np.arange(len(WAFER_PATTERNS)), WAFER_ROWS))
    t = _pull(WAFER_TABLE, WAFER_NEIGHBOURS, 0.3, WAFER_LOGS)[y]
    x = _draw(rng, t, WAFER_KINDS, rng.normal(0, 1, len(y)))
    b = rng.uniform(0, 0.6, len(y))  # the share of the map's fails that are the lot's random background
    x[:, 0] = x[:, 0] / (1 - b)
    x[:, [1, 2, 3, 4, 5]] = (1 - b[:, None]) * x[:, [1, 2, 3, 4, 5]] + b[:, None] * [0.67, 0.24, 12.0, 28.0, 0.03]
    x[:, 6] = (1 - b) * x[:, 6]
    x[:, 7] = x[:, 7] + rng.poisson(10 * b)
    x[:, 0] = np.clip(np.round(x[:, 0], 1), 0.3, 100)
    x[:, [1, 2, 5]] = np.clip(np.round(x[:, [1, 2, 5]], 2), 0.01, 1)
    x[:, [3, 4, 6, 11, 13]] = np.clip(np.round(x[:, [3, 4, 6, 11, 13]]), 0, 100)
    x[:, 7] = np.maximum(x[:, 7], 1)
    x[:, [8, 9]] = np.maximum(np.round(x[:, [8, 9]], 2), 1)
    x[:, 10] = np.clip(np.round(x[:, 10]), 150, 1500)
    x[:, 12] = np.clip(np.round(x[:, 12]), 1, 25)
    return x.astype(np.float32), y.astype(np.int64)


#: per species of ``moth7``, the medians of: the forewing's length (mm), its length over its width, the forewing's
#: darkness in the photograph (the mean grey value, 0 black .. 255 white), the pale subterminal band's contrast (a
#: 0-3 score), an orange posterior thoracic tuft (share), a pale kidney mark (share), a black bar at the dorsum
#: (share), the forewing's red tone (the photograph's red over green, less 1), the wear (a 0-3 score), the day of the
#: year, the trap night's minimum temperature (C), the trap at a woodland edge (share), on coastal or chalk grassland
#: (share), in a garden (share), the trap's latitude (degrees N), the night's catch of all moths (count)
MOTH_TABLE = np.array([
    # fwl  ratio grey  band  tuft  kidn  bar   red   wear  doy    tmin  wood  coast gard  lat   catch
    [12.5, 2.20, 70.0, 2.2, 0.70, 0.30, 0.60, 0.00, 1.0, 180.0, 12.0, 0.35, 0.05, 0.45, 52.5, 150.0],  # strigilis
    [12.0, 2.20, 85.0, 1.5, 0.25, 0.75, 0.50, 0.60, 1.0, 180.0, 12.0, 0.50, 0.05, 0.25, 51.5, 150.0],  # versicolor
    [11.8, 2.20, 55.0, 1.0, 0.15, 0.35, 0.50, 0.40, 1.0, 175.0, 12.0, 0.30, 0.10, 0.50, 52.5, 150.0],  # latruncula
    [11.0, 2.30, 110.0, 0.8, 0.10, 0.40, 0.15, 0.70, 1.0, 178.0, 11.0, 0.15, 0.25, 0.25, 53.5, 130.0],  # fasciuncula
    [15.5, 2.30, 95.0, 0.7, 0.05, 0.70, 0.10, 0.20, 1.3, 215.0, 13.0, 0.30, 0.10, 0.45, 53.0, 220.0],  # secalis
    [13.5, 2.30, 90.0, 0.7, 0.05, 0.60, 0.10, 0.20, 1.3, 212.0, 13.0, 0.25, 0.20, 0.40, 53.0, 220.0],  # didyma
    [11.2, 2.40, 100.0, 0.6, 0.05, 0.30, 0.05, 0.30, 1.2, 220.0, 13.0, 0.10, 0.60, 0.15, 52.5, 200.0],  # furuncula
])
MOTH_LOGS = [15]
MOTH_KINDS = [("norm", 0.8, 0), ("norm", 0.1, 0), ("norm", 25.0, 0), ("norm", 0.8, 0), ("share", 0, 0),
              ("share", 0, 0), ("share", 0, 0), ("norm", 0.35, 0), ("norm", 0.7, 0), ("norm", 14.0, 0),
              ("norm", 3.0, 1.5), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("norm", 1.8, 0),
              ("log", 0.7, 0.3)]


def moth7():
    """Moths from the light traps of a monitoring scheme in 7 species of minors and rustics (``MOTH_SPECIES``),
    labelled by the species a dissection of the genitalia confirmed, as the moth's measurements and photograph, the
    trap night and the site describe them. Each species has its picture (``MOTH_TABLE``): the Marbled Minor larger,
    with a chalky pale subterminal band and an orange thoracic tuft; the Rufous Minor well marked with pale kidney and
    oval marks and a rufous tone, more in woods; the Tawny Marbled Minor blackish with a brown fascia, no orange tuft;
    the Middle-barred Minor small, paler and reddish with its middle bar, on damp and coastal grassland, further north;
    the Common Rustic larger, with a pale kidney mark, flying in late summer; the Lesser Common Rustic like it and
    smaller; the Cloaked Minor small and pale, late, on coastal and chalk grassland. Unseen: the night's warmth (it
    raises the minimum temperature and the catch). Columns: the table's 16 (the shares as 0/1; the forewing to a tenth
    of a mm, the ratio and the red tone to a hundredth, the grey value, the day, the temperature's tenth, the latitude's
    tenth and the catch as recorded; the scores to the unit, within 0-3) (16). Imbalanced: 380 / 200 / 300 / 280 / 420
    / 340 / 220 rows (2,140)."""
    rng = np.random.default_rng(72404)
    y = rng.permutation(np.repeat(np.arange(len(MOTH_SPECIES)), MOTH_ROWS))
    t = _pull(MOTH_TABLE, MOTH_NEIGHBOURS, 0.3, MOTH_LOGS)[y]
    x = _draw(rng, t, MOTH_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.clip(np.round(x[:, 0], 1), 8, 20)
    x[:, [1, 7]] = np.round(x[:, [1, 7]], 2)
    x[:, 2] = np.clip(np.round(x[:, 2]), 10, 245)
    x[:, [3, 8]] = np.clip(np.round(x[:, [3, 8]]), 0, 3)
    x[:, 9] = np.round(x[:, 9])
    x[:, [10, 14]] = np.round(x[:, [10, 14]], 1)
    x[:, 15] = np.maximum(np.round(x[:, 15]), 1)
    return x.astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND72`` lists them (the ordered sets first)
GENERATORS = {"tanner5": tanner5, "ecog5": ecog5, "wafer8": wafer8, "moth7": moth7}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND72_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "tanner5": (2140, 14, TANNER_ROWS),
    "ecog5": (2140, 16, ECOG_ROWS),
    "wafer8": (2140, 16, WAFER_ROWS),
    "moth7": (2140, 16, MOTH_ROWS),
}
ROUND72 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("tanner5", "ecog5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"tanner5": TANNER_NEIGHBOURS, "ecog5": ECOG_NEIGHBOURS, "wafer8": WAFER_NEIGHBOURS,
              "moth7": MOTH_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
