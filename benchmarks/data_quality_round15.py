"""Round 15's held-out data sets for the noisy-label benchmark, written and committed before any
noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events or tool wear): the per-row summaries
a practitioner reads from four other fields. Eyes of a diabetic-retinopathy screening programme in the 5
ICDR severity grades from lesion counts and the patient's record (ordinal grades that meet; poor images
blur them, laser treatment regresses the lesions); corporate issuers in 7 credit-rating grades from
financial ratios (ordinal grades that meet; the sector shifts the ratios, small issuers' ratios scatter);
competition beers in 10 styles from the laboratory's brewing measurements (styles whose guideline ranges
meet, the yeast's markers, a colour meter that tops out); and field plots of 6 wildfire fuel-type groups
from lidar, Landsat and terrain (compositions that meet; the canopy hides the understory). Each generator
is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets retina5,credit7,beer10,fuel6``, ``--data round15``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-14's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round15.py`` prints
(about a minute on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
retina5    2,510  5 (900 / 450 / 600 / 260 /     87.8 / 81.7 | 87.1 / 83.6        19.2 / 21.9 / 17.3
                    300)
credit7    3,020  7 (150 / 300 / 650 / 800 /     85.2 / 82.0 | 84.4 / 83.2        17.1 / 21.5 / 19.3
                    550 / 400 / 170)
beer10     2,950  10 (200 / 300 / 200 / 450 /    92.7 / 87.8 | 92.0 / 90.9        10.5 / 12.2 / 10.4
                     600 / 250 / 250 / 300 /
                     220 / 180)
fuel6      2,700  6 (600 / 450 / 500 / 420 /     90.9 / 85.5 | 89.9 / 86.4        15.0 / 15.2 / 14.4
                    550 / 180)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round15.py``): over 90 % of retina5's errors fall between adjacent grades
(``GRADE_NEIGHBOURS``), and the quarter of eyes with the poorest images errs over 1.3 times as often as
the quarter with the best; over 95 % of credit7's errors fall between adjacent grades
(``RATING_NEIGHBOURS``), the smallest quarter of issuers by revenue errs over 1.2 times as often as the
largest, and at every grade utilities carry over 1.3 times the others' median debt / EBITDA; over 90 % of
beer10's errors fall between neighbouring styles (``STYLE_NEIGHBOURS``), the two styles with their own
yeast (weissbier, tripel) err under 3 % and helles, between pilsner, light lager and weissbier, errs most;
over 95 % of fuel6's errors fall between neighbouring fuel types (``FUEL_NEIGHBOURS``), and of the timber
plots the densest-canopy quarter is taken for the other timber group over 1.5 times as often as the
sparsest quarter. The baseline errs most on retina5's mild grade (marked only by a few microaneurysms
that poor images also fake). The benchmark MLP misfits 7-16 % of its clean training rows: hard clean rows
that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- retina5: diabetic retinopathy
#: the ICDR severity grades of ``retina5``, in label order, and their rows
GRADES = ("none", "mild NPDR", "moderate NPDR", "severe NPDR", "proliferative")
GRADE_ROWS = (900, 450, 600, 260, 300)
#: the grade before and after each grade
GRADE_NEIGHBOURS = ordinal_neighbours(len(GRADES))
#: the grading software's smallest exudate area it reports (% of the field)
EXUDATE_LIMIT = 0.01
#: the grader's counting limits: more microaneurysms or haemorrhages than these are reported at them
MA_CAP, HEM_CAP = 40, 30


def retina5():
    """Eyes of a diabetic-retinopathy screening programme in the 5 ICDR severity grades (``GRADES``: none, mild,
    moderate and severe non-proliferative, proliferative), labelled by a reading centre's grader on seven-field
    photographs, as the programme's single-field fundus photograph, its lesion detection software and the
    patient's record describe them. Each eye draws a latent severity evenly within its grade (grade g spans [g,
    g + 1)), so neighbouring grades meet (``GRADE_NEIGHBOURS``). Microaneurysms appear from the mild grade,
    haemorrhages and hard exudates from the moderate, cotton-wool spots, venous beading and IRMA toward the
    severe, new vessels only in the proliferative; the lesion load scatters from eye to eye (macular oedema
    most). The software's sensitivity falls with image quality (undilated pupils, cataract, a vitreous
    haemorrhage in some proliferative eyes), and poor images add dust and reflexes counted as microaneurysms and
    a noisier beading grade, so poor images blur the grades; laser-treated eyes (two fifths of the
    proliferative, a few severe) have regressed lesions and fainter new vessels, and IRMA raise the new-vessel
    score of severe eyes. Exudate areas below the software's limit are reported at it (``EXUDATE_LIMIT``),
    counts above the grader's limits at them (``MA_CAP``, ``HEM_CAP``). Diabetes duration, HbA1c, blood pressure
    and eGFR follow the severity loosely; age and dilation are nuisance columns (dilation raises the image
    quality). Columns: microaneurysm and haemorrhage counts, log10 hard-exudate area (% of the field),
    cotton-wool spots, venous-beading quadrants (0-4), IRMA count, new-vessel score (0-1), laser scars (flag),
    image quality (0-1), diabetes duration (years), HbA1c (%), systolic blood pressure (mmHg), eGFR (ml/min),
    age and pupil dilated (flag) (15). Imbalanced: 900 / 450 / 600 / 260 / 300 rows (2,510)."""
    rng = np.random.default_rng(15011)
    y = np.repeat(np.arange(len(GRADES)), GRADE_ROWS)
    n = len(y)
    s = y + rng.uniform(0, 1, n)  # latent severity: grade g spans [g, g + 1)
    dilated = rng.random(n) < 0.55
    cataract = rng.random(n) < 0.25
    haemorrhage_vit = (y == 4) & (rng.random(n) < 0.12)  # a vitreous haemorrhage veils the image
    quality = np.clip(rng.beta(3, 1.6, n) - 0.15 * ~dilated - 0.2 * cataract - 0.3 * haemorrhage_vit, 0.05, 1)
    sens = (0.15 + 0.85 * quality) * rng.lognormal(0, 0.15, n)  # the lesion detector's sensitivity
    lasered = ((y == 4) & (rng.random(n) < 0.4)) | ((y == 3) & (rng.random(n) < 0.08))
    regress = np.where(lasered, 0.5, 1.0)  # photocoagulation: lesions regress, scars remain
    burden = rng.lognormal(0, 0.35, n)  # eye-to-eye scatter of the lesion load at one severity
    ma = rng.poisson((s >= 1) * (3 + 3 * (np.exp(0.9 * (s - 1)) - 1)) * burden * sens * regress)
    ma = np.minimum(ma + rng.poisson(0.2 + 5 * (1 - quality) ** 2), MA_CAP)  # dust and reflexes on poor images
    hem = np.minimum(rng.poisson(7 * np.maximum(s - 1.4, 0) ** 1.5 * burden * sens * regress), HEM_CAP)
    exudate = 0.25 * np.maximum(s - 1.5, 0) ** 2 * rng.lognormal(0, 0.9, n) * sens  # macular oedema varies
    exudate = np.maximum(exudate + 0.003 * rng.random(n), EXUDATE_LIMIT)
    cws = rng.poisson(1.4 * np.maximum(s - 1.8, 0) ** 1.4 * sens)
    beading = np.clip(np.round(1.6 * np.maximum(s - 2.4, 0) + rng.normal(0, 0.6, n) * (1.4 - quality)), 0, 4)
    irma = rng.poisson(2.5 * np.maximum(s - 2.5, 0) * sens * regress)
    nv_true = y == 4
    nv = np.where(nv_true, rng.beta(4, 2, n) * (0.4 + 0.6 * quality) * regress,
                  rng.beta(1.2, 8, n) * (1 + 0.8 * (s > 3) + irma / 6))  # IRMA look like new vessels
    duration = np.maximum(1 + 2.8 * s + rng.gamma(2, 2.5, n), 0.5)
    hba1c = 6.9 + 0.35 * s + rng.normal(0, 1.1, n)
    sbp = 128 + 3 * s + rng.normal(0, 16, n)
    egfr = np.clip(92 - 5 * s + rng.normal(0, 18, n), 8, 130)
    age = np.clip(rng.normal(60, 12, n) - 0.8 * s, 18, 92)
    x = np.column_stack([ma, hem, np.log10(exudate), cws, beading, irma, nv, lasered, quality, duration, hba1c,
                         sbp, egfr, np.round(age), dilated])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- credit7: issuer credit ratings
#: the rating grades of ``credit7``, in label order, and their rows
RATINGS = ("AAA", "AA", "A", "BBB", "BB", "B", "CCC")
RATING_ROWS = (150, 300, 650, 800, 550, 400, 170)
#: the grade above and below each grade
RATING_NEIGHBOURS = ordinal_neighbours(len(RATINGS))
#: the sectors (the column's codes) and the data vendor's cap on interest coverage (x)
SECTORS = ("industrials", "consumer", "technology", "energy", "utilities")
COVERAGE_CAP = 50.0


def credit7():
    """Rated non-financial corporate issuers of a rating agency's universe in 7 grades (``RATINGS``: AAA to CCC,
    notches merged), labelled by the agency's committee, as a data vendor's fundamentals describe the issuers.
    Each issuer draws a latent credit quality evenly within its grade, so neighbouring grades meet
    (``RATING_NEIGHBOURS``); the committee's qualitative notching (management, governance, support) moves the
    financial profile a tenth of a grade from the rating. Leverage (debt / EBITDA, debt / capital) rises and
    interest coverage, FFO / debt, margins and return on assets fall with the profile; the interest rate paid
    rises with the spread, so coverage falls faster than leverage rises; coverage above the vendor's cap is
    reported at it (``COVERAGE_CAP``). The sector (``SECTORS``) shifts the ratios at a given grade: regulated
    utilities carry more debt and have wider margins and calmer equities, technology carries less debt and has
    volatile equities, energy too. Large issuers rate higher, and small issuers' earnings are noisier (the
    ratios' scatter grows steeply as revenue falls), so small issuers blur the grades. Current ratio and the
    firm's age are near-nuisance columns. Columns: log10 revenue (USD million), debt / EBITDA, EBITDA /
    interest, EBITDA margin, return on assets, debt / capital, FFO / debt, equity volatility (%), current ratio,
    age (years) and sector code (11). Imbalanced: 150 / 300 / 650 / 800 / 550 / 400 / 170 rows (3,020)."""
    rng = np.random.default_rng(15107)
    y = np.repeat(np.arange(len(RATINGS)), RATING_ROWS)
    n = len(y)
    q = y + rng.uniform(0, 1, n)  # latent credit quality: 0 best
    q_fin = q + rng.normal(0, 0.1, n)  # the committee's qualitative notching: the ratios follow q_fin
    sector = rng.choice(len(SECTORS), n, p=(0.3, 0.25, 0.15, 0.15, 0.15))
    lev_shift = np.array([0.0, 0.05, -0.35, 0.1, 0.55])[sector]  # utilities carry more debt per rating
    margin_base = np.array([0.16, 0.13, 0.26, 0.22, 0.32])[sector]
    vol_base = np.array([24.0, 22.0, 32.0, 36.0, 15.0])[sector]
    log_rev = rng.normal(3.9 - 0.22 * q, 0.45, n)  # log10 revenue (USD million)
    noise = 0.05 * 10 ** (0.9 * (3.2 - log_rev))  # small issuers' earnings are noisier
    debt_ebitda = np.exp(np.log(0.55) + 0.42 * q_fin + lev_shift + noise * rng.normal(0, 0.6, n))
    rate = 0.028 + 0.0045 * np.maximum(q_fin, 0) ** 1.6 * rng.lognormal(0, 0.15, n)
    coverage = np.minimum(1 / (debt_ebitda * rate) * rng.lognormal(0, 0.2, n), COVERAGE_CAP)
    margin = margin_base * np.exp(-0.08 * q_fin) + noise * rng.normal(0, 0.08, n)
    roa = 0.13 - 0.019 * q_fin + noise * rng.normal(0, 0.05, n)
    debt_cap = np.clip(0.12 + 0.085 * q_fin + 0.12 * lev_shift + noise * rng.normal(0, 0.12, n), 0.01, 0.99)
    ffo_debt = 0.75 / debt_ebitda * rng.lognormal(0, 0.25, n)
    volatility = (vol_base + 5.5 * q_fin) * rng.lognormal(0, 0.18, n)
    current = rng.lognormal(np.log(1.5), 0.35, n) - 0.03 * q
    age = rng.lognormal(np.log(40) - 0.08 * q, 0.6, n)
    x = np.column_stack([log_rev, debt_ebitda, coverage, margin, roa, debt_cap, ffo_debt, volatility, current,
                         np.round(age), sector])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- beer10: beer styles
#: the beer styles of ``beer10``, in label order, and their rows
STYLES = ("light lager", "pilsner", "helles", "pale ale", "IPA", "double IPA", "dry stout", "porter", "weissbier",
          "tripel")
STYLE_ROWS = (200, 300, 200, 450, 600, 250, 250, 300, 220, 180)
#: the styles whose guideline ranges meet (symmetric)
STYLE_NEIGHBOURS = {0: (1, 2), 1: (0, 2, 3), 2: (0, 1, 8), 3: (1, 4), 4: (3, 5), 5: (4, 9), 6: (7,), 7: (6,),
                    8: (2, 9), 9: (5, 8)}
#: per style: original gravity (points) mean and spread, IBU and its log spread, colour (SRM) and its log
#: spread, apparent attenuation (%), the yeast (0 lager, 1 American ale, 2 English ale, 3 weizen, 4 Belgian)
STYLE_RECIPES = np.array([
    [36, 3.5, 10, 0.25, 2.8, 0.2, 82, 0],
    [47, 2.5, 32, 0.2, 3.2, 0.2, 80, 0],
    [47, 2.5, 19, 0.2, 4.2, 0.2, 78, 0],
    [52, 4.0, 40, 0.2, 7.5, 0.25, 77, 1],
    [63, 4.0, 58, 0.2, 9.0, 0.3, 79, 1],
    [76, 5.0, 85, 0.18, 10.0, 0.3, 81, 1],
    [42, 4.0, 35, 0.2, 32.0, 0.2, 75, 2],
    [55, 5.0, 36, 0.2, 30.0, 0.18, 74, 1],
    [49, 3.0, 12, 0.25, 4.5, 0.25, 78, 3],
    [80, 4.0, 30, 0.25, 5.5, 0.2, 86, 4],
])
#: the spectrophotometer's top of range (SRM) and the detection limits of 4-vinyl guaiacol and DMS (ppb)
SRM_MAX, PHENOL_LIMIT, DMS_LIMIT = 40.0, 50.0, 10.0


def beer10():
    """Beers entered in a brewing competition in 10 styles (``STYLES``), labelled by the style the brewer
    entered (and the judges accepted), as the competition's laboratory analysis describes them. Each entry draws
    its original gravity, bitterness, colour and attenuation around its style's recipe (``STYLE_RECIPES``, after
    the guideline ranges, which brewers overshoot), so styles whose ranges meet blur (``STYLE_NEIGHBOURS``: the
    pale lagers by gravity and bitterness, pilsner and pale ale by bitterness, the pale-ale / IPA / double IPA
    ladder, the double IPA and the tripel by gravity, stout and porter by gravity and colour, the weissbier
    beside helles and, by its phenolic yeast, the tripel). The yeast marks the rest: lager yeast leaves DMS and
    few esters, the weizen yeast clove-like 4-vinyl guaiacol, banana esters, haze (a fifth of the weissbiers are
    filtered) and high carbonation, the Belgian yeast esters and some phenol with a high attenuation; some
    weizen strains make little phenol, and a third of the IPAs are hazy (fruitier, softer bitterness). Final
    gravity and alcohol follow the gravity and attenuation; the measured IBU fades with the weeks since
    packaging, DMS too. The spectrophotometer tops out (``SRM_MAX``), so dark stouts and porters read at its
    top; phenol and DMS below their detection limits are reported at them (``PHENOL_LIMIT``, ``DMS_LIMIT``);
    some stouts are nitrogenated (low CO2). Columns: original and final gravity (x 1000), ABV (%), IBU, colour
    (SRM), pH, CO2 (volumes), isoamyl acetate (ppm), 4-vinyl guaiacol (ppb), DMS (ppb), haze (EBC), weeks since
    packaging and package (can, bottle, keg) (13). Imbalanced: 200 / 300 / 200 / 450 / 600 / 250 / 250 / 300 /
    220 / 180 rows (2,950)."""
    rng = np.random.default_rng(15211)
    y = np.repeat(np.arange(len(STYLES)), STYLE_ROWS)
    n = len(y)
    p = STYLE_RECIPES[y]
    yeast = p[:, 7].astype(int)
    og = p[:, 0] + 1.4 * p[:, 1] * rng.normal(0, 1, n)
    atten = p[:, 6] + rng.normal(0, 2.5, n)
    ibu = p[:, 2] * rng.lognormal(0, 1.4, n) ** p[:, 3]
    srm = p[:, 4] * rng.lognormal(0, 1.4, n) ** p[:, 5]
    hazy = np.isin(y, (4, 5)) & (rng.random(n) < 0.3)  # hazy IPAs: softer bitterness, fruity yeast
    ibu = np.where(hazy, 0.7 * ibu, ibu)
    age = rng.gamma(2, 5, n)  # weeks since packaging
    ibu_measured = ibu * np.exp(-0.008 * age) * (1 + 0.06 * rng.normal(0, 1, n)) + rng.normal(0, 1.5, n)
    fg = og * (1 - atten / 100) + rng.normal(0, 0.4, n)
    abv = (og - fg) * 0.131 + rng.normal(0, 0.08, n)
    ester = np.array([0.4, 1.0, 1.6, 3.8, 2.8])[yeast] * (1 + 1.2 * hazy) * rng.lognormal(0, 0.6, n)
    phenol = np.array([15, 20, 25, 900, 300])[yeast] * rng.lognormal(0, 1.0, n)  # some strains make little
    dms = np.array([55, 15, 12, 14, 10])[yeast] * rng.lognormal(0, 0.6, n) * np.exp(-0.02 * age)
    filtered = (yeast != 3) | (rng.random(n) >= 0.8)  # a fifth of the weissbiers are filtered (kristall)
    haze = np.where(filtered, np.where(yeast == 0, 0.6, 2.5), 25) * rng.lognormal(0, 0.5, n) + 40 * hazy
    co2 = np.array([2.6, 2.4, 2.0, 3.8, 3.1])[yeast] + rng.normal(0, 0.18, n)
    nitro = (y == 6) & (rng.random(n) < 0.4)
    co2 = np.where(nitro, rng.normal(1.2, 0.15, n), co2)
    ph = np.array([4.4, 4.3, 4.1, 4.3, 4.3])[yeast] - 0.1 * (srm > 20) + rng.normal(0, 0.1, n)
    package = rng.choice(3, n, p=(0.45, 0.35, 0.2))  # can, bottle, keg
    x = np.column_stack([1000 + og + rng.normal(0, 0.4, n), 1000 + fg, abv, np.maximum(ibu_measured, 1),
                         np.minimum(srm * rng.lognormal(0, 0.06, n), SRM_MAX), ph, co2, ester,
                         np.maximum(phenol, PHENOL_LIMIT), np.maximum(dms, DMS_LIMIT), haze, np.round(age), package])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- fuel6: wildfire fuel types
#: the fuel-type groups of ``fuel6`` (Scott and Burgan), in label order, and their rows
FUELS = ("grass", "grass-shrub", "shrub", "timber-understory", "timber litter", "slash-blowdown")
FUEL_ROWS = (600, 450, 500, 420, 550, 180)
#: the fuel types whose compositions meet (symmetric)
FUEL_NEIGHBOURS = {0: (1,), 1: (0, 2, 3, 5), 2: (1, 3), 3: (1, 2, 4, 5), 4: (3, 5), 5: (1, 3, 4)}


def fuel6():
    """Field plots of a landscape fire-behaviour mapping project in 6 Scott-and-Burgan fuel-type groups
    (``FUELS``), labelled by the field crew's fuel photo series, as airborne lidar, a Landsat image and the
    terrain describe them. Each plot draws its tree, shrub and grass cover evenly within its group's ranges and
    its downed wood around the group's load, so groups whose compositions meet blur (``FUEL_NEIGHBOURS``: grass
    / grass-shrub / shrub by shrub cover, grass-shrub and shrub into open timber with an understory, timber
    understory / timber litter by the understory, slash-blowdown beside both timber groups and, where the stand
    was cleared to grass and shrubs, beside grass-shrub). Lidar canopy cover and the 95th height percentile
    follow the trees (tall shrubs add a little), but the canopy occludes the understory: the understory density
    and the canopy base height (0 without trees) are read from the pulses that pass the crowns and scatter
    steeply as the canopy closes, so under dense canopy timber understory and timber litter blur; the
    near-ground returns see grass, shrubs and logs. Landsat NDVI sees the top of the canopy; the grass cures
    through the summer (the image's day of year), moving its signal from NDVI to the dead-fuel index, which also
    sees downed wood. Elevation follows the groups loosely; slope, northness and the years since the last fire
    are nuisance columns. Columns: lidar canopy cover, 95th height percentile (m), canopy base height (m),
    understory density (0.5-2 m returns), near-ground returns (0.1-0.5 m), ground-return fraction, NDVI,
    dead-fuel index, elevation (m), slope (deg), northness, years since fire and the image's day of year (13).
    Imbalanced: 600 / 450 / 500 / 420 / 550 / 180 rows (2,700)."""
    rng = np.random.default_rng(15307)
    y = np.repeat(np.arange(len(FUELS)), FUEL_ROWS)
    n = len(y)
    u = lambda lo, hi: rng.uniform(np.array(lo)[y], np.array(hi)[y])  # noqa: E731
    tree = u((0, 0, 0, 0.25, 0.3, 0.05), (0.1, 0.15, 0.2, 0.85, 0.9, 0.45))
    shrub = u((0, 0.1, 0.4, 0.1, 0, 0.05), (0.12, 0.45, 0.9, 0.6, 0.25, 0.4))
    grass = u((0.4, 0.25, 0, 0.05, 0, 0.05), (0.95, 0.7, 0.3, 0.45, 0.2, 0.4))
    wood = np.array([1.0, 2.0, 3.0, 10.0, 15.0, 60.0])[y] * rng.lognormal(0, 0.5, n)  # downed wood (t/ha)
    tree_h = rng.uniform(12, 32, n) * np.where(y == 5, 0.7, 1)
    shrub_h = rng.uniform(0.6, 2.5, n)
    # airborne lidar: the canopy occludes the understory
    cover = np.clip(tree + 0.3 * shrub * (shrub_h > 2) + rng.normal(0, 0.04, n), 0, 1)
    woody = 1 / (1 + np.exp(-(tree - 0.08) / 0.025))
    p95 = woody * tree_h + (1 - woody) * shrub_h * (shrub > 0.05) + rng.normal(0, 0.8, n)
    base = 9 - 9 * shrub - 4 * (y == 5) + rng.normal(0, 1, n) * (1 + 6 * tree ** 2)  # ladder fuels lower it
    base = np.where(tree > 0.1, np.clip(base, 0.5, 15), 0)
    under = shrub + 0.3 * grass
    under_obs = np.clip(under * (1 - 0.35 * tree) + rng.normal(0, 1, n) * (0.03 + 0.6 * tree ** 2), 0, 1)
    low = 0.15 * grass + 0.004 * wood + 0.05 * shrub + rng.normal(0, 0.03, n)  # returns 0.1-0.5 m
    ground = np.clip((1 - tree) * (1 - 0.7 * shrub) * (1 - 0.25 * grass) + rng.normal(0, 0.03, n), 0, 1)
    doy = rng.uniform(150, 260, n)  # the image's day of year: the grass cures through the summer
    green = grass * np.clip(1 - (doy - 150) / 110, 0.1, 1)
    ndvi = 0.15 + 0.55 * tree + (0.45 * shrub + 0.4 * green) * (1 - 0.7 * tree) + rng.normal(0, 0.04, n)
    dead = 0.08 + 0.002 * wood + 0.35 * (grass - green) + 0.05 * shrub + rng.normal(0, 0.03, n)
    elevation = np.array([900, 1100, 1300, 1700, 1900, 1700])[y] + rng.normal(0, 320, n)
    slope = rng.uniform(0, 35, n)
    north = np.clip(0.15 * (tree - 0.3) + rng.uniform(-1, 1, n), -1, 1)
    since_fire = rng.lognormal(np.log(25), 0.8, n)
    x = np.column_stack([cover, np.maximum(p95, 0), base, under_obs, low, ground, ndvi, dead, elevation, slope, north,
                         np.round(since_fire), np.round(doy)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND15`` lists them
GENERATORS = {"retina5": retina5, "credit7": credit7, "beer10": beer10, "fuel6": fuel6}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "retina5": (2510, 15, GRADE_ROWS),
    "credit7": (3020, 11, RATING_ROWS),
    "beer10": (2950, 13, STYLE_ROWS),
    "fuel6": (2700, 13, FUEL_ROWS),
}
ROUND15 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
