"""Round 49's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (the set names of every round, from the
``GENERATORS`` lines; round 47 read whole as the model): the per-row summaries a practitioner reads from four other
fields. As in round 47, the two graded sets simulate a pool of cases, label every case the way its field does (a
reference against the field's limits) and keep a fixed number of each class (``_keep``); the two unordered sets
draw their classes' rows directly. Two sets have ORDERED classes (``ORDERED``): atmospheric exposure sites in the
6 ISO 9223 corrosivity categories (C1, C2, C3, C4, C5, CX), labelled by the first-year mass loss of the site's
standard carbon-steel coupon against 10, 200, 400, 650 and 1,500 g/m2 (``CORR_LIMITS``; the standard's
determination) and described by the site's environment records and its zinc coupon; and children in the 6 scores
of Dean's fluorosis index (normal, questionable, very mild, mild, moderate, severe), labelled by a calibrated
examiner's score (``FLUOR_LIMITS`` on the generator's latent enamel severity) and described by a school survey's
questionnaire, the water samples, the urine and an uncalibrated screener's look at wet teeth. Two have UNORDERED
classes: rail defects found by the ultrasonic test car in 7 types the rail engineer recorded after confirmation
(transverse defect, vertical split head, horizontal split head, bolt hole crack, head-web separation, squat,
defective thermite weld) from the car's record and the track data; and vineyard blocks' sampled vines in 6
diseases the plant clinic confirmed (downy mildew, powdery mildew, black rot, botrytis bunch rot, phomopsis, esca)
from the scout's symptom record and the block's weather station. ``NEIGHBOURS`` names each set's neighbour map
(``CORR_NEIGHBOURS``, ``FLUOR_NEIGHBOURS``, ``RAIL_NEIGHBOURS``, ``VINE_NEIGHBOURS``; written from the fields as
the author knew them and committed, with the class names, rows and limits, before any generator was written or
ran: commit 93a78ae; no pair added after). Each generator is deterministic (its own fixed seed) and returns
``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name
(``load(name, seed)``, ``--sets corrosivity6,fluorosis6,railflaw7,vine6``, ``--data round49``).

The author opened only: ``docs/data-authors.md`` lines 1-30 (the rules for a data author, ``sed -n 1,30p``);
``benchmarks/data_quality_round47.py`` (all 457 lines, with ``cat`` and ``sed -n 172,239p``; not edited),
``tests/test_data_quality_round47.py`` (all; not edited) and ``tests/round_checks.py`` (all); the set names of
every round (``grep -h "^GENERATORS"`` of every round module, reduced to the quoted names); the lines of
``benchmarks/data_quality_actions.py`` that register round 47 (a grep for round47 / ROUND47: lines 86, 102, 104 and
448; then ``sed -n 84,103p`` and ``444,450p``, and its line count); the ``git diff`` of the registration also showed
lines 103-105 (the comment above ``BLIND_ROUND``, left as it was and not otherwise read) and the ``--sets``
argument's two lines after the help; and the first 110 lines of ``tests/test_architecture.py`` only through a grep
of them for "round", "def " and "120". Slip: a grep of ``benchmarks/data_quality_actions.py`` for "round_of" and
"def split" (to see that the registration needs nothing more) showed five lines outside those named (212, 225,
226, 244, 247: the two functions' first lines and two calls). The docstrings of rounds 30 and 44-46 were not read.
Round 49 is registered after round 47 with no round 48 (written in another worktree); the lead resolves the merge.
Public pages were searched (one search per field) and read only as the searches' excerpts: corrosivity (an
engineering page on ISO 9223:2012: the time of wetness, SO2 deposition and airborne chloride as the three inputs,
dose-response functions giving the first-year loss of standard specimens; a corrosion textbook's table of the 1992
edition's pollution classes, SO2 P0-P3 at 10, 35, 80 and 200 mg/m2 a day, chloride S0-S3 at 3, 60, 300 and 1,500,
and wetness classes T1-T5 by hours a year; a coatings firm's table of C1-CX by unalloyed steel's first-year
thickness loss, 1.3, 25, 50, 80, 200 and 700 um, with examples from heated buildings to tropical surf; the 2012
annex on the estimation's log-normal errors, far wider than the determination's); Dean's index (survey papers
recording Dean's index with the community fluorosis index and water fluoride; the National Research Council's
2006 chapter: Dean's 1942 index merged moderately severe and severe, severe fluorosis at 4 mg/L; the
Thylstrup-Fejerskov scores 0-9, opacity up to 4 and loss of outer enamel from 5; a 2016 study in which non-fluoride
enamel defects were scored as fluorosis, 58 / 29 / 10 % of children diagnosed in high, optimal and low fluoride
areas); rail defects (a defect list: horizontal head cracks at 10-20 mm, vertical head splits hard to see from the
rail top, bolt hole cracks from poorly kept joints, transverse kidney cracks at 15-20 mm, winter fractures; an
ultrasonic testing overview: test cars at 40-80 km/h with 12-24 probes a rail, tache ovale and detail fractures;
a squat paper: cracks grow to 3-6 mm below the surface under a dark depressed patch; head checks and shelling);
grapevine diseases (extension pages: downy mildew's oil spots and the down beneath, its 10 mm of rain at 10 degC
rule and the warm humid nights of sporulation; black rot's frog-eye spots with black pycnidia after warm rain;
powdery mildew's powder, botrytis's grey mould on ripening clusters, eutypa's dieback). The rest is the author's
own reading of the fields, not checked line by line: the dose-response functions' coefficients for steel and zinc
(ISO 9223:2012's, as recalled, not read) and the mass-loss limits in g/m2 (recalled; they match the coatings
firm's um at steel's 7.86 g/cm3 within 2 %); the sites' distributions of warmth, humidity, SO2, distance to the
sea and the chloride's fall inland, the road salt, the site's own factor, the time-of-wetness formula, the gauges'
and the zinc coupon's scatter; fluorosis's latent severity, its limits (a TF-like scale, questionable's band half
as wide as the others), the dose (water times intake, the climate, formula, toothpaste, tea), the altitude and
stunting effects, the recall errors and the screener's sight; every median and chance in ``RAIL_TABLE`` and
``VINE_TABLE`` and every scatter of those two sets. The helpers imported from round 5 (``main``,
``ordinal_neighbours``) are used as round 47 uses them (``main`` was not run; round 5 was not opened). No detector
or filter ran on these sets, and the benchmark did not; the difficulty below and the tests' baseline were
computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                            MLP train / test %, seed 0 | 1   10-NN %
corrosivity6  2,140  6 (300 / 420 / 400 / 380 / 360 / 280), ordered  80.4 / 74.6 | 85.6 / 76.8        40.9
fluorosis6    2,140  6 (360 / 300 / 420 / 400 / 380 / 280), ordered  77.5 / 71.2 | 69.2 / 66.9        45.8
railflaw7     2,140  7 (400 / 300 / 260 / 300 / 240 / 320 / 320)    93.6 / 87.7 | 92.6 / 85.8        26.7
vine6         2,140  6 (440 / 400 / 320 / 300 / 280 / 400)           76.3 / 68.6 | 77.9 / 73.1        37.4

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round49.py``, with sklearn; no detector code). railflaw7 meets all three aims (MLP
60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented neighbours).
corrosivity6 and fluorosis6 MISS the baseline's aim after their one change (40.9 and 45.8 % errors, over 40; their
MLP and neighbour aims are met) and vine6 MISSES the neighbours' aim (57 %, under 60; its MLP and baseline aims
are met); all three are kept as they are, as the rules say. In corrosivity6 86 % of the errors fall between
adjacent categories (``CORR_NEIGHBOURS``): C3 with C4 26 % of them, C2 with C3 22 %, C4 with C5 21 %, C5 with CX
10 %, C1 with C2 7 %; C3 with C5 (6 %) and C2 with C4 (5 %) fall outside; C4 errs most (60 %), C1 least (3 %). In
fluorosis6 85 % fall between adjacent scores (``FLUOR_NEIGHBOURS``): normal with questionable 22 % of them, mild
with moderate 18 %, very mild with mild 17 %, questionable with very mild 16 %, moderate with severe 11 %; normal
with very mild (10 %, two apart across questionable's narrow band) falls outside; questionable errs most (75 %),
normal least (26 %). railflaw7 errs on 27 %, 68 % of its errors between types the inspection confuses
(``RAIL_NEIGHBOURS``): the two head splits 16 % of them, a transverse defect with a weld 14 %, a vertical split with
a head-web separation 12 %, a bolt hole crack with a head-web separation 10 %, a transverse defect with a
horizontal split 6 %, a horizontal split with a squat 6 %; a squat with a weld (11 %, both short strong echoes on
newer rail) and a horizontal split with a head-web separation (6 %) fall outside the map; horizontal splits err
most (63 %), bolt hole cracks least (9 %). vine6 errs on 37 %, 57 % of its errors between diseases the record
confuses (``VINE_NEIGHBOURS``): downy with powdery mildew 14 % of them, downy mildew with black rot 10 %, black rot
with phomopsis 9 %, downy mildew with esca 8 %, powdery mildew with botrytis 7 %, downy mildew with botrytis 7 %;
powdery mildew with esca (11 %: both warm, dry weeks), powdery mildew with black rot (9 %) and downy mildew with
phomopsis (9 %) fall outside the map; black rot errs most (46 %), esca least (29 %). Tuning after a first measure
(toward the field, not toward a detector; each set's first measure just after its generator's first commit, or,
for corrosivity6 and fluorosis6, just before it, the committed version being the one measured, c3a011a and
6826beb): railflaw7 was not changed after it. corrosivity6 first came out with MLP 65.2 / 63.7 %, baseline 48.9 %,
80 % between neighbours: its one change halved the site's own factor and every record's scatter (commit 70d2d4f).
fluorosis6 first came out with MLP 63.7 / 56.8 %, baseline 51.5 %, 78 % between neighbours: its one change halved
the child's own susceptibility and every record's scatter (70d2d4f). vine6 first came out too easy, MLP 92.9 /
93.3 %, baseline 8.9 %, 66 % between neighbours: its one change widened every scatter by 80 % and pulled every
sign's chance 40 % of the way to its mean over the diseases (70d2d4f). Each change's size was chosen once and
measured once; the table's numbers are after it, kept. The MLP misfits 6-31 % of its clean training rows
(fluorosis6's and vine6's most, railflaw7's least): hard clean rows that a detector must not flag. Slips kept as
committed: in corrosivity6 the rain is drawn from the humidity alone and moves no loss, and the de-icing road adds
chloride only where the mean temperature is under 12 degC; in fluorosis6 the decayed teeth barely follow the
score and the screener's opacity count saturates at 24 teeth; in vine6 every disease shares the same vine-age
and lower-canopy scatter, so esca's old vines overlap the others widely.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- corrosivity6: ISO 9223 category
#: the 6 atmospheric corrosivity categories of ``corrosivity6`` (an exposure site, by the first-year mass loss of
#: the standard flat carbon-steel coupon exposed there, ``CORR_LIMITS``; ISO 9223's determination), mildest first:
#: 0 C1 very low; 1 C2 low; 2 C3 medium; 3 C4 high; 4 C5 very high; 5 CX extreme
CORR_CLASSES = ("0 C1 very low", "1 C2 low", "2 C3 medium", "3 C4 high", "4 C5 very high", "5 CX extreme")
CORR_ROWS = (300, 420, 400, 380, 360, 280)
#: the category above and below each category
CORR_NEIGHBOURS = ordinal_neighbours(len(CORR_CLASSES))
#: the upper first-year carbon-steel mass loss (g/m2 a year) of C1 .. C5: a site's category is the number of limits
#: below its coupon's loss (C1 up to 10, C2 10-200, C3 200-400, C4 400-650, C5 650-1,500, CX over 1,500)
CORR_LIMITS = (10.0, 200.0, 400.0, 650.0, 1500.0)


# --------------------------------------------------------------------------- fluorosis6: Dean's index
#: the 6 scores of Dean's fluorosis index of ``fluorosis6`` (a child's dentition, by the score a calibrated
#: examiner gave the two most affected teeth on dried teeth under good light, ``FLUOR_LIMITS`` on the generator's
#: latent enamel severity), mildest first: 0 normal; 1 questionable (0.5: a few white flecks); 2 very mild (small
#: opaque paper-white areas, under a quarter of the surface); 3 mild (under half the surface); 4 moderate (all the
#: surface, brown stain); 5 severe (discrete or confluent pitting)
FLUOR_CLASSES = ("0 normal", "1 questionable", "2 very mild", "3 mild", "4 moderate", "5 severe")
FLUOR_ROWS = (360, 300, 420, 400, 380, 280)
#: the score above and below each score
FLUOR_NEIGHBOURS = ordinal_neighbours(len(FLUOR_CLASSES))
#: the least latent enamel severity (the author's scale, read like the Thylstrup-Fejerskov score of the two worst
#: teeth: 0 translucent .. 6 pitted and eroded) at which the examiner scores questionable, very mild, mild,
#: moderate and severe: a child's score is the number of limits at or below the severity
FLUOR_LIMITS = (0.5, 1.0, 2.0, 3.0, 4.5)


# --------------------------------------------------------------------------- railflaw7: rail defect types
#: the defect types of ``railflaw7`` (a rail defect found by the ultrasonic test car and confirmed by the hand
#: tester and, where removed, the cut rail, by the type the rail engineer recorded), in label order
RAIL_TYPES = ("transverse defect (detail fracture or tache ovale)", "vertical split head", "horizontal split head",
              "bolt hole crack", "head-web separation", "squat", "defective thermite weld")
RAIL_ROWS = (400, 300, 260, 300, 240, 320, 320)
#: the types the inspection confuses (symmetric): a transverse defect against a horizontal split head (shelling
#: turns down into a detail fracture; both echo in the head from the 70-degree probes), a squat (surface rolling
#: contact fatigue whose crack branches down, on the running band) and a weld (a transverse crack in or by a weld
#: reads as a weld defect, and a weld's flaw as transverse); a vertical split head against a horizontal split head
#: (both long head splits that hide the back-wall echo) and a head-web separation (both reach the fillet); a
#: horizontal split head against a squat (a shallow horizontal crack under a surface dip); a bolt hole crack
#: against a head-web separation (both in the web at a bolted joint, seen by the 37-degree probes)
RAIL_NEIGHBOURS = {0: (2, 5, 6), 1: (2, 4), 2: (0, 1, 5), 3: (4,), 4: (1, 3), 5: (0, 2), 6: (0,)}


# --------------------------------------------------------------------------- vine6: grapevine diseases
#: the diseases of ``vine6`` (a vineyard block's sampled vines, by the disease the plant clinic confirmed from
#: the sample: the pathogen seen or cultured), in label order
VINE_DISEASES = ("downy mildew", "powdery mildew", "black rot", "botrytis bunch rot", "phomopsis cane and leaf spot",
                 "esca (trunk disease)")
VINE_ROWS = (440, 400, 320, 300, 280, 400)
#: the diseases the scout's record confuses (symmetric): downy mildew against powdery mildew (both a white growth
#: on the leaf, under or over it, called "mildew" alike), black rot (both follow warm rain, both brown leaf spots
#: once the downy lesion dies), botrytis (grey sporulation on wet clusters) and esca (old downy lesions' brown
#: mosaic between the veins late in the season against esca's tiger stripes); powdery mildew against botrytis
#: (split, powdery berries let the grey mould in); black rot against phomopsis (small dark spots with black
#: pycnidia early in the season after rain); phomopsis against esca (wood diseases of old vines with dead spurs)
VINE_NEIGHBOURS = {0: (1, 2, 3, 5), 1: (0, 3), 2: (0, 4), 3: (0, 1), 4: (2, 5), 5: (0, 4)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and listed class by class: each graded set simulates a pool of cases, labels every case as its
    field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def _steel(so2, cl, rh, temp):
    """First-year carbon-steel corrosion (um a year) by ISO 9223's dose-response function as the author recalls it
    (SO2 and chloride deposition in mg/m2 a day, relative humidity %, temperature degC)."""
    f = np.where(temp <= 10, 0.150 * (temp - 10), -0.054 * (temp - 10))
    return 1.77 * so2 ** 0.52 * np.exp(0.020 * rh + f) + 0.102 * cl ** 0.62 * np.exp(0.033 * rh + 0.040 * temp)


def _zinc(so2, cl, rh, temp):
    """First-year zinc corrosion (um a year) by ISO 9223's dose-response function as the author recalls it."""
    f = np.where(temp <= 10, 0.038 * (temp - 10), -0.071 * (temp - 10))
    return 0.0129 * so2 ** 0.44 * np.exp(0.046 * rh + f) + 0.0175 * cl ** 0.57 * np.exp(0.008 * rh + 0.085 * temp)


def corrosivity6():
    """Atmospheric exposure sites in the 6 ISO 9223 corrosivity categories (``CORR_CLASSES``), labelled by the
    first-year mass loss of the site's standard carbon-steel coupon against ``CORR_LIMITS``, as the site's
    environment records and its zinc coupon describe it. Steel corrodes with the time the surface is wet (the
    humidity and the warmth), the sulphur dioxide of industry and traffic, and the sea's chloride (falling steeply
    inland) and a road's de-icing salt; the loss follows the standard's dose-response function, times a site's own
    factor (sheltering, the coupon's orientation, the year's weather) that no record holds. But the deposition
    gauges read the pollutants with their own scatter (a wet candle or a dry plate, a month missed), the time of
    wetness is counted from the humidity sensor, and the zinc coupon answers to the same air but not the same way.
    So neighbouring categories meet (``CORR_NEIGHBOURS``). Columns: annual mean temperature (degC), relative humidity
    (%), time of wetness (hours a year), SO2 deposition (mg/m2 a day), chloride deposition (mg/m2 a day), distance to
    the coast (km), rain (mm a year), sheltered rack (flag), industry within 2 km (flag), de-icing road within 50 m
    (flag), zinc coupon's first-year loss (um), exposure's start month (12). Imbalanced: 300 / 420 / 400 / 380 /
    360 / 280 rows (2,140)."""
    rng = np.random.default_rng(49101)
    n = 400000
    # the one change after the first measure: the site's own factor and the records' scatter halved (a year of
    # monthly gauge readings at a well-kept site; the first version's were twice these)
    wide = 0.5
    temp = rng.uniform(-8, 29, n)
    rh = np.clip(rng.normal(72, 11, n), 35, 97)
    industry = rng.random(n) < 0.3
    so2 = np.clip(rng.lognormal(np.log(np.where(industry, 25, 4)), 1.0, n), 0.1, 400)
    coast = np.clip(rng.lognormal(np.log(12), 1.9, n), 0.02, 800)
    road = rng.random(n) < 0.15
    cl = np.clip(1 + 900 * np.exp(-coast / 0.6) * rng.lognormal(0, 0.5, n) + 60 * np.exp(-coast / 15)
                 + np.where(road & (temp < 12), rng.lognormal(np.log(30), 0.7, n), 0), 0.5, 3000)
    shelter = rng.random(n) < 0.25
    month = rng.integers(1, 13, n)
    season = 1 + 0.1 * np.cos(2 * np.pi * (month - 1) / 12)  # a coupon first wetted in winter corrodes more
    site = rng.lognormal(0, wide * 0.3, n) * np.where(shelter, 1.2, 1.0) * season
    steel = _steel(so2, cl, rh, temp) * site
    loss = 7.86 * steel  # g/m2 a year
    label = (loss[:, None] > np.array(CORR_LIMITS)).sum(1)
    keep = _keep(rng, label, CORR_ROWS)
    y = label[keep]
    temp, rh, industry, so2, coast, road, cl, shelter, month, site = (
        a[keep] for a in (temp, rh, industry, so2, coast, road, cl, shelter, month, site))
    n = len(y)
    wet = 8760 / (1 + np.exp(-(rh - 80) / 5)) * np.clip((temp + 6) / 14, 0.05, 1) * rng.lognormal(0, wide * 0.2, n)
    so2_rec = so2 * rng.lognormal(0, wide * 0.35, n)
    cl_rec = cl * rng.lognormal(0, wide * 0.45, n)
    rain = rng.lognormal(np.log(400 + 12 * rh), 0.35, n)
    zinc = _zinc(so2, cl, rh, temp) * site ** 0.6 * rng.lognormal(0, wide * 0.35, n)
    x = np.column_stack([np.round(temp, 1), np.round(rh), np.round(wet), np.round(so2_rec, 1), np.round(cl_rec, 1),
                         np.round(coast, 2), np.round(rain), shelter, industry, road, np.round(zinc, 2), month])
    return x.astype(np.float32), y


def fluorosis6():
    """Children aged 8-15 examined in a school survey, in the 6 scores of Dean's index (``FLUOR_CLASSES``),
    labelled by a calibrated examiner's score (``FLUOR_LIMITS`` on the generator's latent enamel severity), as the
    survey's questionnaire, the water samples and a screening by a second, uncalibrated examiner describe the
    child. The enamel's severity follows the fluoride swallowed while the crowns formed (birth to about age 6): the
    drinking water's fluoride times the water drunk (more in a hot climate), the years lived on that source, infant
    formula made with it, swallowed toothpaste and tea, raised at altitude and in undernourished children, with each
    child's own susceptibility. But the water sampled today is not always the water of infancy, the parents
    remember the early years roughly, the urine tells today's intake, and the screener works on wet teeth in
    classroom light, where flecks and faint opacities hide. So neighbouring scores meet (``FLUOR_NEIGHBOURS``).
    Columns: age (years), water fluoride of the home source (mg/L), years on that source before age 6, infant
    formula with that water (flag), toothpaste swallowed before age 3 (flag), tea (cups a day), mean daily maximum
    temperature (degC), altitude (m), urinary fluoride (mg/L), stunted (flag), teeth with opacities seen by the
    screener (0-24), brown stain seen (flag), pitting seen (flag), decayed, missing or filled teeth (14).
    Imbalanced: 360 / 300 / 420 / 400 / 380 / 280 rows (2,140)."""
    rng = np.random.default_rng(49203)
    n = 400000
    # the one change after the first measure: the child's own susceptibility and the records' scatter halved (the
    # first version's were twice these)
    wide = 0.5
    age = rng.integers(8, 16, n)
    water = np.clip(rng.lognormal(np.log(0.9), 0.95, n), 0.05, 12)
    years = np.where(rng.random(n) < 0.7, 6, rng.integers(0, 7, n))
    early = water * np.where(years < 6, rng.lognormal(0, 0.5, n), 1)  # an earlier source's fluoride
    expo = (years * water + (6 - years) * early) / 6
    formula = rng.random(n) < 0.35
    paste = rng.random(n) < 0.4
    tea = np.clip(np.round(rng.gamma(0.8, 1.2, n)), 0, 6)
    hot = rng.uniform(18, 40, n)
    alt = np.clip(rng.lognormal(np.log(500), 1.0, n), 0, 3500)
    stunt = rng.random(n) < 0.15
    dose = expo * (0.6 + 0.025 * (hot - 18)) * np.where(formula, 1.35, 1) + 0.25 * paste + 0.08 * tea
    sev = np.clip(1.5 * np.log(dose / 0.25) * (1 + 0.00015 * alt) + 0.5 * stunt + rng.normal(0, wide * 0.8, n), 0, 6.5)
    label = (sev[:, None] >= np.array(FLUOR_LIMITS)).sum(1)
    keep = _keep(rng, label, FLUOR_ROWS)
    y = label[keep]
    age, water, years, formula, paste, tea, hot, alt, stunt, sev = (
        a[keep] for a in (age, water, years, formula, paste, tea, hot, alt, stunt, sev))
    n = len(y)

    def chance(p):
        return rng.random(n) < np.clip(p, 0, 1)

    years_rec = np.clip(years + np.round(rng.normal(0, wide * 0.8, n)), 0, 6)
    formula_rec = np.where(chance(0.1 * wide), ~formula, formula)
    paste_rec = np.where(chance(0.15 * wide), ~paste, paste)
    water_rec = water * rng.lognormal(0, wide * 0.15, n)
    urine = water * (0.5 + 0.02 * (hot - 18)) * rng.lognormal(0, wide * 0.45, n) + 0.2
    seen = 1 / (1 + np.exp(-1.6 * (sev - 1.8 + rng.normal(0, wide * 0.5, n))))
    teeth = rng.binomial(24, seen)
    brown = chance(0.03 + 0.9 / (1 + np.exp(-2.2 * (sev - 3.3))))
    pits = chance(0.02 + 0.85 / (1 + np.exp(-2.5 * (sev - 4.8))))
    dmft = rng.poisson(np.clip(1.8 - 0.3 * np.log1p(water) + 0.3 * (sev > 4), 0.2, None))
    x = np.column_stack([age, np.round(water_rec, 2), years_rec, formula_rec, paste_rec, tea, np.round(hot),
                         np.round(alt, -1), np.round(urine, 2), stunt, teeth, brown, pits, dmft])
    return x.astype(np.float32), y



#: per type of ``railflaw7``, the medians of: the reflector's depth below the running surface (mm), the echo's
#: amplitude over the reference hole (dB), its length along the rail (mm), its offset from the rail's centre line
#: (mm, toward the gauge face positive), the distance to the nearest bolted joint (m), to the nearest weld (m), the
#: curvature (1/km), the annual traffic (million gross tonnes), the rail's age (years), the head's vertical wear
#: (mm), the rail temperature at the test (degC); and the chances of: the strongest echo on the 0-degree, the
#: 37-degree and the 70-degree probes, the back-wall echo lost, a surface defect seen by the car's camera, gauge
#: corner checking noted
RAIL_TABLE = np.array([
    # depth amp  len    off   joint  weld  curv load  age   wear temp  p0   p37  p70  lost  surf  gcc
    [15.0, 8.0, 25.0, 12.0, 200.0, 40.0, 1.5, 40.0, 25.0, 6.0, 8.0, .10, .15, .75, .20, .30, .55],  # transverse
    [22.0, 5.0, 300.0, 0.0, 200.0, 60.0, 0.6, 40.0, 30.0, 8.0, 18.0, .70, .15, .15, .85, .15, .10],  # vertical split
    [10.0, 4.0, 150.0, 0.0, 200.0, 60.0, 1.0, 35.0, 30.0, 5.0, 18.0, .60, .10, .30, .70, .30, .30],  # horizontal split
    [95.0, 6.0, 15.0, 0.0, 0.4, 100.0, 0.6, 20.0, 40.0, 5.0, 14.0, .10, .80, .10, .20, .05, .05],  # bolt hole
    [45.0, 5.0, 200.0, 0.0, 3.0, 100.0, 0.8, 25.0, 40.0, 7.0, 18.0, .50, .40, .10, .60, .10, .05],  # head-web
    [5.0, 6.0, 40.0, -5.0, 200.0, 20.0, 0.2, 30.0, 12.0, 2.0, 18.0, .10, .10, .80, .35, .85, .15],  # squat
    [30.0, 9.0, 20.0, 0.0, 200.0, 0.1, 0.7, 30.0, 15.0, 4.0, 8.0, .30, .30, .40, .30, .20, .10],  # weld
])


def railflaw7():
    """Rail defects found by the ultrasonic test car, in 7 types (``RAIL_TYPES``), labelled by the type the rail
    engineer recorded after the hand tester's confirmation and, for a removed rail, the cut, as the car's record
    and the track data describe the defect. Each type has its picture (``RAIL_TABLE``: a transverse defect's strong
    70-degree echo from a kidney in the gauge side of a worn curve's head, found in the cold; a vertical or
    horizontal split head's long reflector that hides the back wall; a bolt hole crack's 37-degree echo in the web
    at a joint; a head-web separation's long reflector at the fillet near joints; a squat's shallow crack under a
    dark surface dip on newer, tangent rail; a weld's strong echo at a thermite weld, found in the cold). But the
    car reads at speed through couplant and rail-surface noise, the echo's depth and length are the gate's, not the
    crack's, and the joint and weld positions come from an asset register that is often out of date. So the types
    the inspection confuses meet (``RAIL_NEIGHBOURS``). Columns: depth (mm), amplitude (dB), length (mm), offset
    (mm), distance to a joint (m), to a weld (m), curvature (1/km), traffic (MGT a year), rail age (years), head wear
    (mm), rail temperature (degC), strongest probe (0: 0-degree, 1: 37, 2: 70), back-wall echo lost, surface defect
    seen, gauge corner checking (flags) (15). Imbalanced: 400 / 300 / 260 / 300 / 240 / 320 / 320 rows (2,140)."""
    rng = np.random.default_rng(49305)
    y = rng.permutation(np.repeat(np.arange(len(RAIL_TYPES)), RAIL_ROWS))
    n = len(y)
    t = RAIL_TABLE[y]
    wide = 1.0

    def spread(col, sd):
        return np.exp(np.log(t[:, col]) + rng.normal(0, wide * sd, n))

    depth = np.clip(spread(0, 0.45), 1, 170)
    amp = t[:, 1] + rng.normal(0, wide * 3, n)
    length = np.clip(spread(2, 0.7), 3, 3000)
    off = t[:, 3] + rng.normal(0, wide * 12, n)
    joint = np.clip(spread(4, 1.2), 0.05, 3000)
    weld = np.clip(spread(5, 1.2), 0.02, 2000)
    curv = np.clip(spread(6, 0.8), 0, 6)
    load = spread(7, 0.5)
    age = np.clip(spread(8, 0.5), 1, 80)
    wear = np.clip(t[:, 9] + rng.normal(0, wide * 2.5, n), 0, 20)
    temp = t[:, 10] + rng.normal(0, wide * 10, n)
    probe = (rng.random(n)[:, None] > np.cumsum(t[:, 11:14], 1)).sum(1).clip(0, 2)
    flags = rng.random((3, n)) < t[:, 14:].T
    x = np.column_stack([np.round(depth), np.round(amp), np.round(length), np.round(off), np.round(joint, 1),
                         np.round(weld, 1), np.round(curv, 2), np.round(load), np.round(age), np.round(wear, 1),
                         np.round(temp), probe, *flags])
    return x.astype(np.float32), y


#: per disease of ``vine6``, the medians of: the leaf lesions' diameter (mm), lesions per affected leaf, the share
#: of leaves with symptoms (%), the share of clusters with symptoms (%), the days since bloom at the sample, the rain
#: of the last 14 days (mm), the leaf-wetness hours of the last 14 days, their mean temperature (degC), mean relative
#: humidity (%), the vines' age (years), the share of the symptoms in the lower canopy (%); and the chances of:
#: yellow halos or oil spots, a white growth under the leaf, a white powder on the leaf, black pycnidia in the
#: lesions, tiger stripes between the veins, dead spurs or cordon dieback
VINE_TABLE = np.array([
    # diam cnt  leaves clust  dsb   rain  wet   temp  rh    age   lower halo  under powd  pycn  tiger dead
    [15.0, 5.0, 30.0, 15.0, 10.0, 40.0, 60.0, 21.0, 78.0, 15.0, 55.0, .80, .60, .10, .02, .08, .10],  # downy
    [20.0, 4.0, 35.0, 25.0, 40.0, 8.0, 15.0, 24.0, 65.0, 15.0, 50.0, .10, .25, .70, .02, .02, .10],  # powdery
    [5.0, 8.0, 20.0, 20.0, 5.0, 45.0, 50.0, 24.0, 75.0, 15.0, 60.0, .15, .02, .02, .75, .02, .10],  # black rot
    [25.0, 2.0, 10.0, 35.0, 80.0, 35.0, 45.0, 19.0, 80.0, 15.0, 50.0, .10, .20, .05, .05, .05, .10],  # botrytis
    [2.0, 15.0, 15.0, 8.0, -20.0, 35.0, 50.0, 14.0, 75.0, 20.0, 80.0, .50, .02, .02, .40, .02, .45],  # phomopsis
    [40.0, 3.0, 15.0, 10.0, 50.0, 15.0, 20.0, 25.0, 60.0, 25.0, 40.0, .30, .02, .02, .02, .75, .60],  # esca
])


def vine6():
    """Vineyard blocks whose sampled vines the plant clinic diagnosed, in 6 diseases (``VINE_DISEASES``), labelled
    by the disease the clinic confirmed (the pathogen seen or cultured), as the scout's record of the symptoms and
    the block's weather station describe the sample. Each disease has its picture (``VINE_TABLE``: downy mildew's
    oil spots with a white down beneath after warm rain and long wet nights; powdery mildew's white powder on the
    leaves and clusters in dry, warm, shaded weeks; black rot's small spots with black pycnidia after warm rain
    early in the season; botrytis's grey mould on ripening clusters in wet weather; phomopsis's tiny spots on the
    basal leaves of cold, wet springs before bloom, with dead spurs; esca's tiger stripes on old vines in hot
    summers). But scouts name what they expect, a white growth is called downy or powdery by its season, old
    lesions of every disease turn brown, the station's weather is the block's, not the canopy's, and vines carry
    several diseases at once. So the diseases the record confuses meet (``VINE_NEIGHBOURS``). Columns: lesion
    diameter (mm), lesions per leaf, leaves with symptoms (%), clusters with symptoms (%), days since bloom, rain
    (mm), leaf-wetness hours, temperature (degC), relative humidity (%), vine age (years), lower canopy share (%),
    yellow halo, white growth beneath, white powder above, pycnidia, tiger stripes, dead spurs (flags) (17).
    Imbalanced: 440 / 400 / 320 / 300 / 280 / 400 rows (2,140)."""
    rng = np.random.default_rng(49407)
    y = rng.permutation(np.repeat(np.arange(len(VINE_DISEASES)), VINE_ROWS))
    n = len(y)
    t = VINE_TABLE[y]
    # the one change after the first measure: blocks differ more, and the scouts' signs are less sharp: every
    # scatter widened by 80 % and every sign's chance pulled 40 % of the way to its mean over the diseases (the
    # first version had neither)
    wide = 1.8
    t[:, 11:] = 0.6 * t[:, 11:] + 0.4 * VINE_TABLE[:, 11:].mean(0)

    def spread(col, sd):
        return np.exp(np.log(t[:, col]) + rng.normal(0, wide * sd, n))

    diam = np.clip(spread(0, 0.5), 0.5, 150)
    count = np.maximum(1, rng.poisson(spread(1, 0.6)))
    leaves = np.clip(spread(2, 0.7), 1, 100)
    clust = np.clip(spread(3, 0.9), 0, 100)
    dsb = t[:, 4] + rng.normal(0, wide * 20, n)
    rain = spread(5, 0.8)
    wet = spread(6, 0.6)
    temp = t[:, 7] + rng.normal(0, wide * 3, n)
    rh = np.clip(t[:, 8] + rng.normal(0, wide * 8, n), 25, 100)
    age = np.clip(spread(9, 0.5), 2, 100)
    lower = np.clip(t[:, 10] + rng.normal(0, wide * 18, n), 0, 100)
    flags = rng.random((6, n)) < t[:, 11:].T
    x = np.column_stack([np.round(diam, 1), count, np.round(leaves), np.round(clust), np.round(dsb), np.round(rain),
                         np.round(wet), np.round(temp, 1), np.round(rh), np.round(age), np.round(lower), *flags])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND49`` lists them (the ordered sets first)
GENERATORS = {"corrosivity6": corrosivity6, "fluorosis6": fluorosis6, "railflaw7": railflaw7, "vine6": vine6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND49_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "corrosivity6": (2140, 12, CORR_ROWS),
    "fluorosis6": (2140, 14, FLUOR_ROWS),
    "railflaw7": (2140, 15, RAIL_ROWS),
    "vine6": (2140, 17, VINE_ROWS),
}
ROUND49 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("corrosivity6", "fluorosis6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"corrosivity6": CORR_NEIGHBOURS, "fluorosis6": FLUOR_NEIGHBOURS, "railflaw7": RAIL_NEIGHBOURS,
              "vine6": VINE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
