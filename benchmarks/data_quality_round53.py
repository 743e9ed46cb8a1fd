"""Round 53's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (the set names of every round through a
grep of the ``GENERATORS`` lines, reduced to the quoted names; none names a motor classification, a sleep apnoea
grade, a polymer or a transit candidate; round 5's ``sleep5`` is by its name sleep stages, not apnoea, and
``raman9`` and ``asteroid9`` are by their names other questions than this round's, not checked further): the
per-row summaries a practitioner reads from four other fields. As in round 51, the two graded sets simulate a pool
of cases, label every case the way its field does (a reference against the field's limits) and keep a fixed number
of each class (``_keep``); the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes
(``ORDERED``): children with cerebral palsy in the 5 GMFCS levels (I-V), labelled by a reference therapist's level,
which follows the plateau of the child's GMFM-66 motor curve against 78, 61, 47 and 31 points (``GMFCS_LIMITS``),
and described by one clinic visit (the GMFM-66 and its standing and walking dimensions, walking speed, the
6-minute walk, devices, modified Ashworth scores, popliteal angle, hip abduction, age, bilateral involvement); and
adults referred for suspected sleep apnoea in 4 severities (none, mild, moderate, severe), labelled by a reference
polysomnography's AHI against the AASM's 5, 15 and 30 events an hour (``OSA_LIMITS``), and described by a home
screening (oximetry's 3 % desaturation index, time under 90 %, nadir and mean saturation, snoring, reported loud
snoring and witnessed apnoeas, Epworth, STOP-BANG, neck, BMI, age, sex, systolic pressure). Two have UNORDERED
classes: microplastic particles in 6 polymers (PE, PP, PS, PET, PVC, PA) from a screening's band indices and the
particle's morphology; and transit candidates in 5 natures (planet, eclipsing binary on the target, background
eclipsing binary, stellar variability, instrumental systematic) from light-curve and centroid diagnostics.
``NEIGHBOURS`` names each set's neighbour map (``GMFCS_NEIGHBOURS``, ``OSA_NEIGHBOURS``, ``POLY_NEIGHBOURS``,
``TRANSIT_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows
and limits, before any generator was written or ran: commit c829d82; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
gmfcs5,osa4,polymer6,transit5``, ``--data round53``).

The author opened only: ``docs/data-authors.md`` lines 1-30 (the rules for a data author, ``sed -n 1,30p``);
``benchmarks/data_quality_round51.py`` (all 457 lines, with ``cat``, whose display left out lines 166-246, then
``sed -n 166,246p``; not edited), ``tests/test_data_quality_round51.py`` (all; not edited) and
``tests/round_checks.py`` (all); the set names of every round (``grep -h "GENERATORS"`` of every round module,
reduced to the quoted names); the lines of ``benchmarks/data_quality_actions.py`` that register round 52 (a grep
for round52: lines 91, 108, 110 and 454; then ``sed -n 88,92p``, ``106,109p`` and ``452,456p``); and the first
110 lines of ``tests/test_architecture.py`` through a grep of them for "round", "120" and "def ", then ``sed -n
90,105p`` and a grep for ``MAX_LINES =`` (line 35). Round 30's docstring and rounds 48-50's were not read (the time
slot was short). Slips: the grep's line 110 and ``sed``'s line 109 are the comment above ``BLIND_ROUND`` (two lines
of it seen, not otherwise read); a grep of ``benchmarks/data_quality_actions.py`` for "round_of" and "def split"
showed its lines 217, 230 and 231 (how a set is loaded), a part not on the list; ``git worktree add`` printed the
subject line of main's last commit. Public pages were searched (one search a field) and read only as the
searches' excerpts: cerebral palsy (Palisano and colleagues' 2000 motor curves, whose limits of the GMFM-66 by
level were 96.8, 89.3, 61.3, 36.1 and 12.9 for children to 12 years, with level II approaching its limit more
slowly than I and III; Hanna and colleagues' reference percentiles; a Norwegian registry's curves rising to about
7 years and flat for level V; a cohort in which GMFCS levels were stable for 73 % of children); sleep apnoea
(portable monitors against polysomnography: type III devices' AHI correlating at 0.92 and underrating severe
patients over 30; an oximeter's ODI against the laboratory's AHI with limits of agreement near 20 events an hour;
home oximetry about 93 % accurate at an AHI of 5 and 15 in a high-risk population; in another study only moderate
agreement, r 0.56, and one ODI threshold for moderate and severe; STOP-BANG and NoSAS missing many moderate and some
severe patients; the night-to-night variability of the AHI); microplastics (weathering's thermal oxidation adding
peaks and abrasion fading the characteristic ones, so that libraries misidentify aged particles; ATR-FTIR
validated on resin codes 1-6; a library match under 60 % rejected); transits (the centroid test as evidence of a
background eclipsing source; the Kepler robovetter's and Bryson and colleagues' background tests; about 40 % of
Kepler's objects of interest false positives; ephemeris matching). The rest is the author's own reading of the
fields, not checked: the GMFCS limits (midway between plateaus of about 88, 68, 54, 40 and 22 remembered from
Rosenbaum and colleagues' 2002 curves, not seen in the excerpts, which gave Palisano's other values), the plateau's
spread in the pool, the curves' rates, every clinical measure's dependence on the plateau and its scatter; the
AHI's dependence on BMI, neck, age and sex and its spread, the night-to-night scatter, the share of events that
desaturate, and every screening measure's formula; every band and density in ``POLY_TABLE``, weathering, the
phthalate's and biofilm's bands and the noise of a weak spectrum; every median and chance in ``TRANSIT_TABLE`` and
every scatter of that set. The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round
51 uses them (``main`` was not run). No detector or filter ran on these sets, and the benchmark did not; the
difficulty below and the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a
scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set        rows   classes (rows each)                          MLP train / test %, seed 0 | 1   10-NN %  between
gmfcs5     2,140  5 (500 / 460 / 420 / 400 / 360), ordered     83.3 / 76.8 | 77.0 / 75.9        28.7     98 %
osa4       2,140  4 (480 / 600 / 560 / 500), ordered           70.2 / 66.5 | 75.6 / 64.7        42.7     93 %
polymer6   2,140  6 (480 / 420 / 300 / 380 / 260 / 300)        80.8 / 76.8 | 80.9 / 75.5        32.4     73 %
transit5   2,140  5 (520 / 440 / 360 / 400 / 420)              69.2 / 62.8 | 66.4 / 63.7        43.9     89 %

("between": the share of the baseline's errors between documented neighbours.) gmfcs5 and polymer6 meet the three
aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours), polymer6 only after its one change; osa4 and transit5 MISS the baseline's aim (their 10-neighbour
errors are over 40 %, osa4's after a change that did not move it, transit5's after a change that overshot) and
are kept as they are, as the rules say. In gmfcs5 98 % of the errors fall between adjacent levels
(``GMFCS_NEIGHBOURS``): III with IV 31 % of them, II with III 24 %, IV with V 22 %, I with II 21 %; level IV errs
most (41 %), level I least (13 %). In osa4 93 % fall between adjacent severities: mild with moderate 37 %, none
with mild 34 %, moderate with severe 22 %; none with moderate (4 %) and mild with severe (2 %) fall two apart;
mild errs most (52 %), severe least (33 %). polymer6 errs on 32 %, 73 % of its errors between polymers an
analyst confuses (``POLY_NEIGHBOURS``): PET with PA 23 % of them, PE with PP 21 %, PET with PVC 13 %, PS with PET
8 %, PE with PVC 8 %; PS with PVC (5 %), PE with PS (5 %) and PE with PET (5 %) fall outside the map; PVC errs most
(51 %), PE least (17 %). transit5 errs on 44 %, 89 % of its errors between natures a vetter confuses
(``TRANSIT_NEIGHBOURS``): a planet with a background binary 23 % of them, variability with a systematic 19 %, a
planet with a systematic 16 %, a planet with a binary on the target 16 %, the two binaries 15 %; the background
binary errs most (73 %), the planet least (27 %). Tuning after a first measure (toward the field, not toward a
detector; every set's first measure just before the generators' first commit, the committed version being the one
measured, c1caa43): gmfcs5 met the aims and was not changed. osa4 first came out with MLP 67.2 / 65.8 % (train
/ test, seed 0; seed 1 71.7 / 67.1), baseline 42.4 %, 90 % between neighbours: its one change narrowed the home
night's own AHI around the laboratory's from 0.35 to 0.25 (log), which left the baseline at 42.7 % (the
questionnaires' and the body's loose ties to the AHI, as the author reads it, not the night, hold it back).
polymer6 first came out far too easy, MLP 98.3 / 98.1 % (seed 1 98.3 / 98.3), baseline 4.3 %, 63 % between
neighbours: its one change pulled each polymer's band medians 45 % of the way to its neighbours' mean (copolymers,
blends, fillers, additives) and made a weak spectrum's noise five times wider (0.6 / SNR to 3 / SNR). transit5
first came out too easy, MLP 92.1 / 91.6 % (seed 1 96.0 / 94.8), baseline 7.8 %, 69 % between neighbours: its one
change pulled each nature's picture 45 % of the way to its neighbours' mean (medians on a log scale) and doubled
the scatter of a weak signal's diagnostics (10 to 20 over the root of the SNR). Each change's size was chosen once
and measured once (commit 55e4867); the table's numbers are after it, kept. Slips kept as committed: in gmfcs5 the
age is drawn independently of the level (so a young child's low score is the only sign of its age's effect), the
devices are flags of the clinic's visit and a walker can also use a wheelchair; in osa4 the Epworth score and the
witnessed apnoeas barely follow the severity, and the snoring's share of the night can be zero for a severe
patient; in polymer6 the table holds nine bands, not ten: the tenth "band" column (x's column 9) is the density
faded and scattered like a band, and the change's pull moved the densities too (so the flotation's band of PE and
PP is nearer PS's and PVC's than the polymers' own densities say); the dark pigment lowers the SNR but leaves the
bands' means alone; in transit5 the transits observed follow only the period (not the star's sectors), the star's
magnitude follows the SNR only loosely, and the pull leaves the odd-even, secondary and centroid medians close
together (the binaries' and the background binary's are the largest, but by less than a vetter would see).
The docstring's commit (5d1b8cf) left one line of ``polymer6``'s docstring over 120 characters; the next
commit rewrapped it (no data changed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- gmfcs5: cerebral palsy motor level
#: the 5 levels of ``gmfcs5`` (a child with cerebral palsy, by the Gross Motor Function Classification System level
#: a reference physiotherapist assessed), most able first: 0 level I (walks without limitations) .. 4 level V
#: (transported in a manual wheelchair)
GMFCS_CLASSES = ("0 level I", "1 level II", "2 level III", "3 level IV", "4 level V")
GMFCS_ROWS = (500, 460, 420, 400, 360)
#: the level above and below each level
GMFCS_NEIGHBOURS = ordinal_neighbours(len(GMFCS_CLASSES))
#: the reference assessment follows the child's expected mature GMFM-66 score (the plateau of the child's motor
#: curve, 0-100, as the reference therapist's full assessment and follow-up place it): a child's class is the number
#: of these limits the plateau is under (about midway between the motor curves' plateaus of the five levels)
GMFCS_LIMITS = (78.0, 61.0, 47.0, 31.0)


# --------------------------------------------------------------------------- osa4: sleep apnoea severity
#: the 4 severities of ``osa4`` (an adult referred for suspected obstructive sleep apnoea, by the apnoea-hypopnoea
#: index of a reference in-lab polysomnography), lowest first: 0 none (<5 events/h); 1 mild (5-15); 2 moderate
#: (15-30); 3 severe (30 and over)
OSA_CLASSES = ("0 none (AHI<5)", "1 mild (5-15)", "2 moderate (15-30)", "3 severe (30+)")
OSA_ROWS = (480, 600, 560, 500)
#: the severity above and below each severity
OSA_NEIGHBOURS = ordinal_neighbours(len(OSA_CLASSES))
#: the AASM's AHI limits (events per hour): a patient's class is the number of limits at or below the reference AHI
OSA_LIMITS = (5.0, 15.0, 30.0)


# --------------------------------------------------------------------------- polymer6: microplastic polymer
#: the polymers of ``polymer6`` (a microplastic particle from an environmental sample, by the polymer a reference
#: analyst confirmed from the particle's full spectrum against a library, with pyrolysis GC-MS where unsure)
POLY_TYPES = ("polyethylene (PE)", "polypropylene (PP)", "polystyrene (PS)", "polyethylene terephthalate (PET)",
              "polyvinyl chloride (PVC)", "polyamide (PA)")
POLY_ROWS = (480, 420, 300, 380, 260, 300)
#: the polymers an analyst confuses (symmetric): PE against PP (polyolefins: the same CH2 stretching and bending
#: bands, PP's methyl bands weak in a small or weathered particle) and PVC (its CH2 bands, with the C-Cl band weak
#: in ATR and hidden by additives); PS against PET (aromatic rings, both dense and often fragments of packaging);
#: PET against PVC (a plasticised PVC's phthalate carries PET's ester carbonyl) and PA (both fibres from textiles,
#: PET's carbonyl near PA's amide I)
POLY_NEIGHBOURS = {0: (1, 4), 1: (0,), 2: (3,), 3: (2, 4, 5), 4: (0, 3), 5: (3,)}


# --------------------------------------------------------------------------- transit5: exoplanet transit candidate
#: the natures of ``transit5`` (a periodic transit-like signal a survey's pipeline flagged, by the disposition a
#: vetting team reached after follow-up: spectroscopy, imaging, ground photometry)
TRANSIT_NATURES = ("planet", "eclipsing binary on the target", "background eclipsing binary",
                   "stellar variability", "instrumental systematic")
TRANSIT_ROWS = (520, 440, 360, 400, 420)
#: the natures a vetter confuses (symmetric): a planet against an eclipsing binary on the target (a grazing binary's
#: shallow V-shaped dip, a binary with a faint secondary), a background eclipsing binary (diluted to a planet's depth,
#: its centroid shift within the scatter) and a systematic (a few low signal-to-noise transits); an eclipsing binary
#: against a background one (both binaries: odd-even differences and secondaries); stellar variability against a
#: systematic (both non-transit shapes tied to the star's or the spacecraft's periods)
TRANSIT_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2), 2: (0, 1), 3: (4,), 4: (0, 3)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each graded set simulates a pool of cases, labels every case as its
    field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def gmfcs5():
    """Children with cerebral palsy in 5 GMFCS levels (``GMFCS_CLASSES``), labelled by a reference therapist's level,
    which follows the plateau of the child's motor curve (``GMFCS_LIMITS``), as one clinic visit's measurements
    describe the child. A child's GMFM-66 score climbs toward the plateau with age, more slowly in the more impaired
    levels; walking, its speed and the devices follow the plateau, the spasticity and the joints' range worsen with
    it, and a dyskinetic or bilateral child sits lower. But one visit scores the child on one day (tired, shy,
    after surgery or botulinum toxin), a young child's score is still far from its plateau, and the device used at
    the clinic is not the one used at school. So neighbouring levels meet (``GMFCS_NEIGHBOURS``). Columns: age
    (years), GMFM-66 score, GMFM dimension D standing (%), dimension E walking, running and jumping (%), 10 m walk
    speed (m/s, 0 if none), 6-minute walk distance (m, 0 if none), walks without a device, uses a hand-held device
    (crutches, walker), uses a wheelchair (flags), modified Ashworth of the hamstrings and of the calf (0-4, with
    1+ as 1.5), popliteal angle (deg), hip abduction (deg), bilateral involvement (flag) (14). Imbalanced: 500 /
    460 / 420 / 400 / 360 rows (2,140)."""
    rng = np.random.default_rng(53101)
    n = 200000
    wide = 1.0
    plateau = np.clip(rng.normal(62, 22, n), 5, 99)
    label = (plateau[:, None] < np.array(GMFCS_LIMITS)).sum(1)
    keep = _keep(rng, label, GMFCS_ROWS)
    y = label[keep]
    plateau = plateau[keep]
    n = len(y)
    age = rng.uniform(2, 18, n)
    bilateral = rng.random(n) < np.clip(0.2 + 0.8 * (85 - plateau) / 70, 0.2, 0.98)
    rate = 0.55 - 0.3 * (90 - plateau) / 80  # the motor curve's rate (per year): slower in the lower levels
    gmfm = np.clip(plateau * (1 - np.exp(-rate * age)) + rng.normal(0, wide * 4.5, n), 0, 100)
    walk = 1 / (1 + np.exp(-(gmfm - 52) / 4))  # the chance of walking at this score
    dim_d = np.clip(1.35 * (gmfm - 28) + rng.normal(0, wide * 9, n), 0, 100)
    dim_e = np.clip(1.5 * (gmfm - 40) + rng.normal(0, wide * 9, n), 0, 100)
    walker = rng.random(n) < walk
    speed = np.where(walker, np.clip(0.02 * (gmfm - 40) + rng.normal(0, wide * 0.18, n), 0.1, 2.0), 0)
    six = np.where(walker, np.clip(speed * 300 * rng.lognormal(0, wide * 0.15, n), 15, 700), 0)
    free = walker & (rng.random(n) < 1 / (1 + np.exp(-(gmfm - 68) / 4)))
    held = walker & ~free
    chair = ~walker | (rng.random(n) < 1 / (1 + np.exp(-(60 - gmfm) / 5)))
    tone = np.clip((95 - plateau) / 30 + rng.normal(0, wide * 0.7, n), 0, 4)
    ash_h = np.round(2 * np.clip(tone + rng.normal(0, wide * 0.5, n), 0, 4)) / 2
    ash_c = np.round(2 * np.clip(tone + rng.normal(0, wide * 0.5, n), 0, 4)) / 2
    popliteal = np.clip(25 + 0.45 * (95 - plateau) + 1.2 * age + rng.normal(0, wide * 12, n), 0, 120)
    abduction = np.clip(50 - 0.3 * (95 - plateau) + rng.normal(0, wide * 8, n), 5, 70)
    x = np.column_stack([np.round(age, 1), np.round(gmfm, 1), np.round(dim_d), np.round(dim_e), np.round(speed, 2),
                         np.round(six), free, held, chair, ash_h, ash_c, np.round(popliteal), np.round(abduction),
                         bilateral])
    return x.astype(np.float32), y


def osa4():
    """Adults referred for suspected sleep apnoea in 4 severities (``OSA_CLASSES``), labelled by a reference
    polysomnography's AHI against the AASM's limits (``OSA_LIMITS``), as a home sleep screening (an oximeter, a
    snoring microphone, questionnaires and the clinic's measurements) describes the patient. The AHI grows with
    the BMI, the neck, age and male sex; the oximeter's desaturation index follows it (a hypopnoea scored on an
    arousal has no desaturation, a thin young patient desaturates little), as do the time below 90 % and the
    nadir; snoring, witnessed apnoeas and sleepiness follow loosely. But the home night is another night than the
    laboratory's (the AHI varies from night to night), the oximeter counts the time in bed rather than asleep,
    and questionnaires are what the patient says. So neighbouring severities meet (``OSA_NEIGHBOURS``). Columns:
    3 % desaturation index (per hour), time with SpO2 under 90 % (%), SpO2 nadir (%), mean SpO2 (%), snoring (% of
    the night), loud snoring reported, witnessed apnoeas (flags), Epworth sleepiness score (0-24), STOP-BANG score
    (0-8), neck circumference (cm), BMI (kg/m2), age (years), male (flag), systolic blood pressure (mmHg) (14).
    Imbalanced: 480 / 600 / 560 / 500 rows (2,140)."""
    rng = np.random.default_rng(53203)
    n = 200000
    wide = 1.0
    male = rng.random(n) < 0.62
    age = np.clip(rng.normal(52, 13, n), 20, 85)
    bmi = np.clip(rng.lognormal(np.log(30), 0.18, n), 18, 60)
    neck = np.clip(34 + 4 * male + 0.45 * (bmi - 25) + rng.normal(0, 2, n), 28, 55)
    ahi = np.exp(np.log(11) + 0.07 * (bmi - 30) + 0.06 * (neck - 39) + 0.018 * (age - 52) + 0.35 * male
                 + rng.normal(0, 0.95, n))
    label = (ahi[:, None] >= np.array(OSA_LIMITS)).sum(1)
    keep = _keep(rng, label, OSA_ROWS)
    y = label[keep]
    male, age, bmi, neck, ahi = (a[keep] for a in (male, age, bmi, neck, ahi))
    n = len(y)
    # the one change after the first measure: the home night's own AHI scatters 0.25 (log) around the
    # laboratory's, not 0.35 (the first version's night-to-night spread was a single-night study's widest)
    night = ahi * rng.lognormal(0, wide * 0.25, n)  # the home night's own AHI
    desat = np.clip(0.55 + 0.012 * (bmi - 30) + 0.1 * rng.normal(0, 1, n), 0.2, 0.95)  # events that desaturate
    odi = rng.poisson(np.clip(night * desat * 7, 0, None)) / 7 + rng.exponential(wide * 1.2, n)
    t90 = np.clip(0.25 * night * (bmi / 30) ** 2 * rng.lognormal(0, wide * 0.6, n), 0, 100)
    nadir = np.clip(93 - 7 * np.log1p(night / 5) - 0.15 * (bmi - 30) + rng.normal(0, wide * 2.5, n), 55, 97)
    mean_sat = np.clip(95.5 - 0.05 * night - 0.06 * (bmi - 30) + rng.normal(0, wide * 0.9, n), 85, 99)
    snore = np.clip(15 + 12 * np.log1p(night / 5) + rng.normal(0, wide * 14, n), 0, 100)
    loud = rng.random(n) < np.clip(0.35 + 0.12 * np.log1p(night / 5), 0, 0.95)
    witnessed = rng.random(n) < np.clip(0.1 + 0.1 * np.log1p(night / 5), 0, 0.9)
    epworth = np.clip(np.round(8 + 1.0 * np.log1p(night / 5) + rng.normal(0, wide * 4.5, n)), 0, 24)
    sbp = np.clip(122 + 0.4 * (age - 52) + 0.6 * (bmi - 30) + 2.5 * np.log1p(night / 5)
                  + rng.normal(0, wide * 14, n), 90, 200)
    stopbang = (loud.astype(int) + (epworth >= 11) + witnessed + (sbp >= 140) + (bmi > 35) + (age > 50)
                + (neck > 40) + male)
    x = np.column_stack([np.round(odi, 1), np.round(t90, 1), np.round(nadir), np.round(mean_sat, 1), np.round(snore),
                         loud, witnessed, epworth, stopbang, np.round(neck + rng.normal(0, wide * 0.7, n), 1),
                         np.round(bmi, 1), np.round(age), male, np.round(sbp)])
    return x.astype(np.float32), y


#: per polymer of ``polymer6``, the medians of the clean spectrum's bands (absorbance relative to the spectrum's
#: strongest band): the CH2 stretch near 2915, the CH3 stretch near 2950 against it, the CH3 bend near 1375, the
#: carbonyl near 1715, the aromatic C-H near 3025 and ring near 700, the ester C-O near 1240 and 1100, the amide I
#: near 1640, the N-H stretch near 3300, the C-Cl near 610-690; the density (g/cm3); the particle's size (um); and
#: the chances of a fibre, a film, a foam and a pellet (else a fragment), and of a dark pigment (carbon black)
POLY_TABLE = np.array([
    # ch2  ch3  1375  c=o  arom  ester amide nh   ccl  dens  size   fibre film  foam  pell  dark
    [1.00, .15, .08, .03, .02, .03, .02, .02, .02, 0.94, 300.0, .10, .40, .05, .10, .10],  # PE
    [.80, .75, .45, .03, .02, .03, .02, .02, .02, 0.91, 300.0, .20, .30, .05, .08, .10],  # PP
    [.30, .10, .05, .02, .85, .05, .02, .02, .02, 1.05, 400.0, .02, .05, .55, .05, .05],  # PS
    [.15, .08, .05, 1.00, .35, .90, .02, .03, .02, 1.38, 250.0, .65, .10, .02, .02, .15],  # PET
    [.45, .10, .12, .20, .04, .15, .02, .02, .60, 1.38, 300.0, .05, .30, .05, .05, .20],  # PVC
    [.55, .08, .05, .06, .02, .05, 1.00, .70, .02, 1.14, 250.0, .70, .05, .02, .03, .10],  # PA
])


def polymer6():
    """Microplastic particles from environmental samples in 6 polymers (``POLY_TYPES``), labelled by the polymer a
    reference analyst confirmed (the full spectrum against a library, with pyrolysis GC-MS where unsure), as a
    screening's spectroscopy-derived band indices and the particle's morphology describe it. Each polymer has its
    bands (``POLY_TABLE``: the polyolefins' CH2 bands, PP's methyl bands, PS's aromatic ring, PET's ester carbonyl
    and C-O bands, PVC's C-Cl band, PA's amide and N-H bands) and its densities and shapes (PET and PA fibres from
    textiles, PS foam, PE and PP films and fragments). But weathering oxidises the particle (a carbonyl band grows
    on PE and PP and the others' bands fade), a small or dark particle gives a noisy spectrum, additives and
    plasticisers add their own bands (a phthalate's carbonyl on PVC), and biofilm adds amide bands. So the polymers
    an analyst confuses meet (``POLY_NEIGHBOURS``). Columns: the nine band indices above and a tenth "band" that
    is the table's density faded and scattered like a band (a slip), the spectrum's signal-to-noise ratio, the
    density band the particle floats in (g/cm3, from flotation), size (um), aspect ratio, fibre, film, foam,
    pellet, dark (flags) (19). Imbalanced: 480 / 420 / 300 / 380 / 260 / 300 rows (2,140)."""
    rng = np.random.default_rng(53305)
    y = rng.permutation(np.repeat(np.arange(len(POLY_TYPES)), POLY_ROWS))
    n = len(y)
    # the one change after the first measure: each polymer's bands pulled 45 % of the way to its neighbours'
    # mean (copolymers, blends, fillers and additives), and the noise of a weak spectrum five times wider
    # (the first version had neither)
    table = POLY_TABLE.copy()
    for c in range(len(POLY_TYPES)):
        table[c, :10] = 0.55 * POLY_TABLE[c, :10] + 0.45 * POLY_TABLE[list(POLY_NEIGHBOURS[c]), :10].mean(0)
    t = table[y]
    wide = 1.0
    size = np.clip(np.exp(np.log(t[:, 10]) + rng.normal(0, wide * 0.7, n)), 20, 5000)
    shape = (rng.random(n)[:, None] > np.cumsum(t[:, 11:15], 1)).sum(1)  # 0 fibre, 1 film, 2 foam, 3 pellet, 4 frag
    dark = rng.random(n) < t[:, 15]
    snr = np.clip(np.exp(np.log(12) + 0.5 * np.log(size / 300) - 1.1 * dark + rng.normal(0, wide * 0.5, n)), 1, 200)
    weather = rng.beta(1.5, 3.0, n)  # 0 fresh .. 1 heavily oxidised
    fade = 1 - 0.5 * weather
    bands = t[:, :10] * fade[:, None] * rng.lognormal(0, wide * 0.3, (n, 10))
    bands[:, 0] = np.maximum(bands[:, 0], t[:, 0] * 0.5)  # the CH2 stretch survives
    olefin = np.isin(y, (0, 1))
    bands[:, 3] += weather * np.where(olefin, 0.7, 0.25) * rng.lognormal(0, wide * 0.4, n)  # the oxidation's C=O
    plastic = (y == 4) & (rng.random(n) < 0.5)  # a plasticised PVC's phthalate
    bands[plastic, 3] += rng.uniform(0.3, 0.9, plastic.sum())
    bands[plastic, 5] += rng.uniform(0.2, 0.6, plastic.sum())
    bands[plastic, 4] += rng.uniform(0.05, 0.2, plastic.sum())
    film = rng.random(n) < 0.25 * weather  # biofilm's proteins
    bands[film, 6] += rng.uniform(0.1, 0.5, film.sum())
    bands[film, 7] += rng.uniform(0.1, 0.4, film.sum())
    bands = np.clip(bands + rng.normal(0, 1, (n, 10)) * (3.0 / snr)[:, None], 0, 1.5)
    dens = t[:, 9] + rng.normal(0, wide * 0.03, n) + 0.1 * weather * (rng.random(n) < 0.3)  # fouling sinks it
    dens = np.select([dens < 1.0, dens < 1.2, dens < 1.4], [1.0, 1.2, 1.4], 1.6)  # the first brine it floats in
    aspect = np.where(shape == 0, rng.lognormal(np.log(15), wide * 0.6, n), rng.lognormal(np.log(1.8), 0.4, n))
    x = np.column_stack([np.round(bands, 3), np.round(snr, 1), dens, np.round(size), np.round(aspect, 1),
                         *(shape == s for s in range(4)), dark])
    return x.astype(np.float32), y


#: per nature of ``transit5``, the medians of: the period (days), the transit's depth (ppm), the signal-to-noise
#: ratio, the transit's duration against the duration a planet on that period would have around that star, the
#: V-shape (the ingress and egress's share of the duration), the odd-even depth difference (sigma), a secondary
#: eclipse (sigma), the in-transit centroid offset (sigma), the target's share of the aperture's flux, the light
#: curve's out-of-transit variability (ppm), the share of the transits near a momentum dump or a data gap's edge,
#: the depth's scatter between sectors (%); and the chances of a transit shape that a sinusoid fits as well
TRANSIT_TABLE = np.array([
    # per   depth   snr   dur   vsh  oddev sec  cent  crowd var    dump depsc sine
    [8.0, 1500.0, 14.0, 1.0, .25, 0.8, 0.8, 0.9, .92, 300.0, .05, 8.0, .05],  # planet
    [3.0, 15000.0, 60.0, 1.3, .55, 4.0, 5.0, 1.2, .93, 600.0, .05, 6.0, .10],  # eclipsing binary
    [4.0, 2500.0, 16.0, 1.4, .45, 2.0, 1.8, 3.5, .75, 350.0, .05, 20.0, .08],  # background eclipsing binary
    [2.5, 2000.0, 20.0, 2.5, .60, 1.0, 1.0, 1.0, .90, 3000.0, .05, 35.0, .70],  # stellar variability
    [6.0, 600.0, 9.0, 1.5, .40, 1.5, 1.2, 1.5, .88, 300.0, .45, 45.0, .15],  # instrumental systematic
])


def transit5():
    """Transit candidates in 5 natures (``TRANSIT_NATURES``), labelled by the disposition a vetting team reached
    after follow-up, as the survey's light curve and centroid diagnostics describe the signal. Each nature has its
    picture (``TRANSIT_TABLE``: a planet's shallow flat-bottomed transit of the expected duration with no
    odd-even difference, no secondary and no centroid shift; an eclipsing binary's deep, V-shaped, short-period
    eclipses with odd-even differences and secondaries; a background binary diluted to a planet's depth, its
    centroid shifted and its depth changing with each sector's aperture; stellar variability's long, sine-like
    dips on an active star; a systematic's shallow low signal-to-noise dips near momentum dumps and gaps). But a
    grazing planet is V-shaped, a faint secondary hides in the noise, a background binary close to the target
    shifts no centroid, and a few transits at low signal-to-noise measure nothing well. So the natures a vetter
    confuses meet (``TRANSIT_NEIGHBOURS``). Columns: period (days), depth (ppm), signal-to-noise ratio, transits
    observed, duration ratio, V-shape, odd-even difference (sigma), secondary (sigma), centroid offset (sigma),
    target's flux share, variability (ppm), near a momentum dump or gap (share), depth scatter between sectors (%),
    the star's magnitude, sine fits as well (flag) (15). Imbalanced: 520 / 440 / 360 / 400 / 420 rows (2,140)."""
    rng = np.random.default_rng(53407)
    y = rng.permutation(np.repeat(np.arange(len(TRANSIT_NATURES)), TRANSIT_ROWS))
    n = len(y)
    # the one change after the first measure: each nature's picture pulled 45 % of the way to its neighbours'
    # mean (the medians on a log scale, the shares and chances on their own), and the diagnostics of a weak
    # signal scattered twice as widely (the first version had neither)
    table = TRANSIT_TABLE.copy()
    logs = [0, 1, 2, 3, 5, 6, 7, 9, 11]
    for c in range(len(TRANSIT_NATURES)):
        rows = TRANSIT_TABLE[list(TRANSIT_NEIGHBOURS[c])]
        table[c] = 0.55 * TRANSIT_TABLE[c] + 0.45 * rows.mean(0)
        table[c, logs] = np.exp(0.55 * np.log(TRANSIT_TABLE[c, logs]) + 0.45 * np.log(rows[:, logs]).mean(0))
    t = table[y]
    wide = 1.0

    def spread(col, sd):
        return np.exp(np.log(t[:, col]) + rng.normal(0, wide * sd, n))

    period = np.clip(spread(0, 0.9), 0.3, 300)
    depth = np.clip(spread(1, 0.9), 50, 400000)
    snr = np.clip(spread(2, 0.6), 7.1, 2000)  # the pipeline's threshold
    transits = np.maximum(2, np.round(27 * rng.integers(1, 4, n) / period * rng.uniform(0.7, 1.0, n)))
    dur = spread(3, 0.3)
    vshape = np.clip(t[:, 4] + rng.normal(0, wide * 0.15, n), 0.02, 1)
    noise = 20 / np.sqrt(snr)  # a weak signal measures its diagnostics loosely
    oddeven = np.abs(spread(5, 0.6) + rng.normal(0, wide * 0.4, n) * noise)
    secondary = np.clip(spread(6, 0.7) + rng.normal(0, wide * 0.4, n) * noise, 0, None)
    centroid = np.abs(spread(7, 0.6) + rng.normal(0, wide * 0.4, n) * noise)
    crowd = np.clip(t[:, 8] + rng.normal(0, wide * 0.08, n), 0.2, 1)
    variab = spread(9, 0.8)
    dump = np.clip(t[:, 10] + rng.normal(0, wide * 0.15, n), 0, 1)
    depsc = spread(11, 0.6)
    tmag = np.clip(rng.normal(11 - 0.8 * np.log(snr / 14), 1.5, n), 5, 16)
    sine = rng.random(n) < t[:, 12]
    x = np.column_stack([np.round(period, 3), np.round(depth), np.round(snr, 1), transits, np.round(dur, 2),
                         np.round(vshape, 2), np.round(oddeven, 2), np.round(secondary, 2), np.round(centroid, 2),
                         np.round(crowd, 3), np.round(variab), np.round(dump, 2), np.round(depsc, 1),
                         np.round(tmag, 2), sine])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND53`` lists them (the ordered sets first)
GENERATORS = {"gmfcs5": gmfcs5, "osa4": osa4, "polymer6": polymer6, "transit5": transit5}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND53_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "gmfcs5": (2140, 14, GMFCS_ROWS),
    "osa4": (2140, 14, OSA_ROWS),
    "polymer6": (2140, 19, POLY_ROWS),
    "transit5": (2140, 15, TRANSIT_ROWS),
}
ROUND53 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("gmfcs5", "osa4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"gmfcs5": GMFCS_NEIGHBOURS, "osa4": OSA_NEIGHBOURS, "polymer6": POLY_NEIGHBOURS,
              "transit5": TRANSIT_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
