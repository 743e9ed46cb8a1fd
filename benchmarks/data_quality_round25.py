"""Round 25's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles, wildfire fuel types, tropical cyclone categories, haddock ages, Enterobacterales
species, chiller faults, liver fibrosis stages, pavement condition classes, malware categories, pollen taxa,
avalanche danger levels, banana ripening stages, steel strip defects, lithofacies, locomotion scores, CEFR
levels, pottery fabrics, tree crowns, earthquake damage grades, frailty levels, honey origins, Raman minerals,
eruption explosivity, diamond clarity, cloud genera, weigh-in-motion vehicles, wheat grades, timber strength
classes, meteorite groups, insect wingbeats, air quality categories, coal ranks, kidney stones, smart-meter
customers, hearing grades, sea states, anaemia causes or vessel types): the per-row summaries a practitioner
reads from four other fields. As in rounds 21-24, the two graded sets simulate a pool of cases, label every case
the way its field does (a reference measurement against the field's table of limits) and keep a fixed number of
each class (``_keep``); the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes
(``ORDERED``): adults in the 6 KDIGO GFR categories G1 .. G5, labelled by the measured GFR (iohexol clearance)
and described by the same week's routine blood and urine tests (creatinine and the lab's eGFR, cystatin C, urea,
albuminuria, the blood count and minerals); and three-hour intervals in 7 levels of geomagnetic activity (quiet
.. NOAA's G4-G5 storms), labelled by the planetary Kp and described by the solar wind at L1, a real-time
estimated Kp, one observatory's K and the quick-look Dst and AE. Two have UNORDERED classes: glass fragments of 7
sources (the object broken) from a forensic laboratory's refractive index, geometry and micro-XRF, and smart
plugs in 8 appliances (what the household plugged in) from a week of readings. ``NEIGHBOURS`` names each set's
neighbour map (``CKD_NEIGHBOURS``, ``KP_NEIGHBOURS``, ``GLASS_NEIGHBOURS``, ``APPLIANCE_NEIGHBOURS``). Each
generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets ckd6,kp7,glass7,plugs8``, ``--data round25``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round24.py`` and
``tests/test_data_quality_round24.py`` (as the model; round 24's tests not edited); the first 900 characters of
``benchmarks/data_quality_round5.py`` .. ``data_quality_round23.py`` (their domains) and, by grep, the signatures
of round 5's ``ordinal_neighbours``, ``sigmoid``, ``main`` and ``print_difficulty``; the lines of
``benchmarks/data_quality_actions.py`` that register round 24 (its import, ``ROUNDS`` and the ``--data`` help),
and the context lines ``git diff`` showed around the registration of round 25; and the first 110 lines of
``tests/test_architecture.py`` (grepped). The helpers imported from round 5 (``main``, ``ordinal_neighbours``,
``sigmoid``) are used as round 24 uses them. No detector or filter ran on these sets, and the benchmark did
not; the tests compute their baseline with sklearn in their own helpers (``tests/heldout_sets.py`` was not
opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set      rows   classes (rows each)                          MLP train / test %, seed 0 | 1   10-NN error %
ckd6     2,140  6 (300 / 420 / 400 / 380 / 360 / 280),       77.9 / 71.2 | 76.4 / 71.2        40.0
                ordered
kp7      2,160  7 (420 / 380 / 360 / 320 / 280 / 220 / 180),  80.4 / 72.8 | 80.1 / 74.6        43.2
                ordered
glass7   2,140  7 (420 / 360 / 380 / 300 / 200 / 220 / 260)   92.3 / 89.3 | 89.4 / 89.3        12.6
plugs8   2,140  8 (320 / 240 / 280 / 240 / 300 / 260 / 280 /  95.4 / 90.8 | 94.5 / 91.0        12.1
                220)

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round25.py``, with sklearn; no detector code). In ckd6 the baseline errs on 40 % of the
rows, 90 % of its errors between adjacent categories (``CKD_NEIGHBOURS``; 0.6 % more than two apart), two in three
reading a better category than the measured GFR; G1, G4 and G5 err least (30-31 %), G3a most (50 %). At the same
category women's creatinine reads a quarter to a third lower than men's, and adults on steroids read a higher
cystatin C. In kp7 it errs on 43 %, 91 % of them between adjacent levels (``KP_NEIGHBOURS``; none more than two
apart), seven in ten reading a lower level than the Kp; quiet errs least (12 %), strong storms most (61 %); the
estimated Kp alone, rounded, names the level of 69 % of the intervals, and the coldest wind (a coronal mass
ejection's) is a third of the quiet intervals' and an eighth of the others'. The baseline errs on 12.6 % of
glass7's rows, 97 % of its errors between neighbouring sources (``GLASS_NEIGHBOURS``): the two windows 47 % of
them, containers and tableware 21 %, headlamps and borosilicate ware 9 %; crystal and borosilicate ware err
none (crystal meets tableware's barium glass in the columns, not in the baseline's errors), headlamps most
(29 %). Only windows show a tin side (half of them); a refractive index under 1.49 marks every borosilicate
fragment and half the headlamps. plugs8 errs on 12.1 %, 88 % of its errors between neighbouring appliances
(``APPLIANCE_NEIGHBOURS``): televisions and laptops 32 % of them, washing machines and dishwashers 30 %, fridges
and fans 16 %; kettles err least (1 %) and laptops most (29 %; four in five of the laptops whose charger has
power-factor correction). Fans cycle seven times as often on warm weeks as on cold ones, heaters the reverse.
The MLP misfits 5-24 % of its clean training rows (ckd6's and kp7's most): hard clean rows that a detector must
not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes; -1 is never kept),
    drawn without replacement and listed class by class: each graded round-25 set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- ckd6: kidney function categories
#: the KDIGO GFR categories of ``ckd6``, in label order, and their rows
CKD_STAGES = ("G1", "G2", "G3a", "G3b", "G4", "G5")
CKD_ROWS = (300, 420, 400, 380, 360, 280)
#: the category below and above each category
CKD_NEIGHBOURS = ordinal_neighbours(len(CKD_STAGES))
#: KDIGO 2012: the least measured GFR (mL/min/1.73 m2) of G1 .. G4 (G5 is under 15)
CKD_LIMITS = (90.0, 60.0, 45.0, 30.0, 15.0)
#: the causes of kidney disease in the pool (none, diabetic, hypertensive, glomerular, tubulointerstitial or
#: polycystic), their shares and each one's median albumin-to-creatinine ratio (mg/g) at a normal GFR
CKD_CAUSES = ("none", "diabetic", "hypertensive", "glomerular", "tubulointerstitial")
CKD_CAUSE_SHARES = np.array([0.35, 0.25, 0.2, 0.1, 0.1])
CKD_ALBUMINURIA = np.array([7.0, 45.0, 20.0, 500.0, 25.0])


def ckd6():
    """Adults whose kidney function was measured (the plasma clearance of iohexol) in the 6 KDIGO GFR categories
    G1 .. G5 (``CKD_STAGES``), labelled by the measured GFR against KDIGO's limits (``CKD_LIMITS``), as the
    routine blood and urine tests of the same week describe each adult. The GFR falls with age (from about 118
    at 30, some 0.9 a year after) and with kidney disease of five kinds (``CKD_CAUSES``). Serum creatinine is
    made by the muscles (less in women, the old and the wasted, more with a meaty diet) and secreted by the
    tubules too (a larger share as the GFR falls), so at the same GFR it varies with the body; cystatin C
    depends less on muscle but rises with inflammation, steroids and obesity; urea with the protein eaten and
    dehydration. Albuminuria follows the cause (glomerular disease high, tubular disease low) more than the
    category; anaemia, potassium, phosphate, acidosis and the parathyroid hormone follow only from G3b on. So
    neighbouring categories meet (``CKD_NEIGHBOURS``). Columns: creatinine (mg/dL), cystatin C (mg/L), urea
    nitrogen (mg/dL), albumin-to-creatinine ratio (mg/g), haemoglobin (g/dL), potassium (mmol/L), phosphate
    (mg/dL), bicarbonate (mmol/L), PTH (pg/mL), CRP (mg/L), age, woman (flag), weight (kg), height (cm),
    diabetes (flag) and on steroids (flag) (16). Imbalanced: 300 / 420 / 400 / 380 / 360 / 280 rows (2,140)."""
    rng = np.random.default_rng(25101)
    n = 150000
    age = 18 + 72 * rng.beta(2.2, 1.6, n)
    cause = rng.choice(len(CKD_CAUSES), n, p=CKD_CAUSE_SHARES)
    healthy = (118 - 0.9 * np.clip(age - 30, 0, None)) * rng.lognormal(0, 0.13, n)
    mgfr = healthy * np.where(cause > 0, rng.beta(1.3, 1.0, n), 1)
    label = (mgfr[:, None] < np.array(CKD_LIMITS)).sum(1)
    keep = _keep(rng, label, CKD_ROWS)
    y = label[keep]
    age, cause, mgfr = age[keep], cause[keep], mgfr[keep]
    n = len(y)
    woman = rng.random(n) < 0.48
    height = np.where(woman, 163, 176) + rng.normal(0, 7, n)
    bmi = np.clip(rng.lognormal(np.log(np.where(cause == 1, 31, 27)), 0.16, n), 16, 55)
    weight = bmi * (height / 100) ** 2
    crp = rng.lognormal(np.log(2.5), 1.0, n)
    steroid = rng.random(n) < np.where(cause == 3, 0.3, 0.05)
    diabetes = (cause == 1) | (rng.random(n) < 0.12)
    # creatinine: made by the muscles, filtered and secreted
    muscle = np.where(woman, 0.75, 1) * (1 - 0.005 * np.clip(age - 40, 0, None)) * rng.lognormal(0, 0.17, n) \
        * (1 + 0.004 * (weight - 75)) * (1 - 0.15 * (mgfr < 20))
    made = 100 * muscle * rng.lognormal(0, 0.1, n)  # the diet's meat
    secreted = 6 * rng.lognormal(0, 0.35, n) + 0.08 * mgfr
    creatinine = made / (mgfr + secreted) * rng.lognormal(0, 0.04, n)
    cystatin = 0.82 * (mgfr / 100) ** -0.78 * (1 + 0.07 * np.log1p(crp)) * np.where(steroid, 1.2, 1) \
        * (1 + 0.008 * (bmi - 27)) * rng.lognormal(0, 0.06, n)
    urea = 14 * (100 / mgfr) ** 0.85 * rng.lognormal(0, 0.18, n) * np.where(rng.random(n) < 0.1, 1.5, 1)
    acr = CKD_ALBUMINURIA[cause] * (100 / mgfr) ** 0.6 * rng.lognormal(0, 1.0, n)
    late = sigmoid((45 - mgfr) / 10)
    hb = np.where(woman, 13.4, 14.8) - 2.5 * late * rng.lognormal(0, 0.3, n) - 0.03 * np.clip(crp - 10, 0, 50) \
        + rng.normal(0, 1.1, n)
    potassium = 4.2 + 0.7 * sigmoid((25 - mgfr) / 6) + 0.15 * diabetes + rng.normal(0, 0.4, n)
    phosphate = 3.5 + 1.6 * sigmoid((20 - mgfr) / 5) + rng.normal(0, 0.5, n)
    bicarbonate = 25.5 - 5 * sigmoid((25 - mgfr) / 7) + rng.normal(0, 2.0, n)
    pth = 40 * np.exp(1.8 * sigmoid((45 - mgfr) / 12)) * rng.lognormal(0, 0.35, n)
    kappa, alpha = np.where(woman, 0.7, 0.9), np.where(woman, -0.241, -0.302)  # CKD-EPI 2021, as the lab reports
    ratio = creatinine / kappa
    egfr = 142 * np.minimum(ratio, 1) ** alpha * np.maximum(ratio, 1) ** -1.2 * 0.9938 ** age * np.where(
        woman, 1.012, 1)
    x = np.column_stack([np.round(creatinine, 2), np.round(egfr), np.round(cystatin, 2), np.round(urea),
                         np.round(acr), np.round(hb, 1), np.round(potassium, 1), np.round(phosphate, 1),
                         np.round(bicarbonate), np.round(pth), np.round(crp, 1), np.round(age), woman,
                         np.round(weight), diabetes, steroid])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- kp7: geomagnetic activity levels
#: the geomagnetic activity levels of ``kp7`` (Kp 0-2, 3, 4 and NOAA's storm scale G1 .. G4-G5), in label order
KP_LEVELS = ("quiet", "unsettled", "active", "minor storm (G1)", "moderate storm (G2)", "strong storm (G3)",
             "severe or extreme storm (G4-G5)")
KP_ROWS = (420, 380, 360, 320, 280, 220, 180)
#: the level below and above each level
KP_NEIGHBOURS = ordinal_neighbours(len(KP_LEVELS))
#: the least whole Kp of unsettled .. severe (Kp in thirds, rounded to the nearest whole: 5- and 5+ are 5)
KP_LIMITS = (3, 4, 5, 6, 7, 8)
#: the solar wind's regimes (slow wind, a high-speed stream, a coronal mass ejection): median speed (km/s) and
#: its log spread, median density (/cm3) and its log spread, median field (nT) and its log spread, the spread of
#: the field's clock angle within three hours (rad)
KP_REGIMES = np.array([
    # v    sd    n    sd    B     sd    turn
    [380., 0.12, 6.0, 0.50, 5.0, 0.35, 1.1],  # slow wind
    [600., 0.12, 3.5, 0.45, 6.0, 0.35, 1.2],  # high-speed stream
    [560., 0.25, 9.0, 0.70, 13., 0.50, 0.35],  # coronal mass ejection
])


def kp7():
    """Three-hour intervals in 7 levels of geomagnetic activity (``KP_LEVELS``: quiet, unsettled, active and
    NOAA's storms G1 .. G4-G5), labelled by the planetary Kp index (from the K indices of 13 observatories, in
    thirds rounded to the nearest whole, against ``KP_LIMITS``), as the solar wind at L1 and three quick-look
    indices describe each interval. The solar wind is slow, a high-speed stream (fast, thin, hot, its field
    swinging) or a coronal mass ejection (more of them near solar maximum; a strong field, cold, often turned
    steadily south) (``KP_REGIMES``). Kp follows the rate at which the wind opens the magnetosphere (Newell's
    coupling: speed^4/3, field^2/3 and the field's southward turn), its pressure, the three hours before
    (hidden; storms have a memory) and the season (equinoxes are stormier), and saturates toward 9. The
    spacecraft at L1 sees the wind an hour early and off the Sun-Earth line, so its field is not the one that
    arrives; one mid-latitude observatory's K reads the local hour's disturbance (more at higher latitude);
    the ring current's Dst lags the driving and the auroral AE index jumps with substorms. So neighbouring levels
    meet (``KP_NEIGHBOURS``). Columns: solar wind speed (km/s), density (/cm3), temperature (kK), field strength,
    mean and least Bz and Bz's standard deviation (nT), the observatory's K (0-9) and its geomagnetic latitude
    (deg), Dst's least (nT), AE's mean (nT), month, UT hour of the interval's start and the month's sunspot
    number (14). Imbalanced: 420 / 380 / 360 / 320 / 280 / 220 / 180 rows (2,160)."""
    rng = np.random.default_rng(25203)
    n = 400000
    ssn = rng.uniform(0, 220, n)
    cme = 0.04 + 0.14 * ssn / 220
    regime = np.where(rng.random(n) < cme, 2, rng.random(n) < 0.3 - 0.1 * ssn / 220)
    p = KP_REGIMES[regime]
    v = p[:, 0] * rng.lognormal(0, p[:, 1])
    compressed = (regime == 1) & (rng.random(n) < 0.2)  # a stream's leading edge
    dens = p[:, 2] * rng.lognormal(0, p[:, 3]) * np.where(compressed, 3, 1)
    bt = p[:, 4] * rng.lognormal(0, p[:, 5]) * np.where(compressed, 1.8, 1)
    temp = 60 * (v / 400) ** 2.5 * rng.lognormal(0, 0.4, n) * np.where(regime == 2, 0.3, 1)  # kK
    angle = rng.uniform(0, np.pi, n)[:, None] + p[:, 6:7] * rng.normal(0, 1, (n, 12))  # 0: north, per 15 min
    bz = bt[:, None] * np.cos(angle)
    opening = np.mean(np.abs(np.sin(angle / 2)) ** (8 / 3), 1)
    month = rng.integers(1, 13, n)
    day = 30.4 * (month - 1) + rng.uniform(0, 30.4, n)
    season = 1 + 0.2 * np.cos(4 * np.pi * (day - 80) / 365.25)
    flux = v ** (4 / 3) * bt ** (2 / 3) * opening * season
    before = flux * rng.lognormal(0, 0.6, n)
    raw = 0.5 + 1.6e-4 * flux + 0.9e-4 * before + 2.5e-6 * np.sqrt(dens) * v ** 2
    kp = np.clip(9 * np.tanh(raw / 9) + rng.normal(0, 0.3, n), 0, 9)
    whole = np.round(np.round(3 * kp) / 3)
    label = np.clip(whole - 2, 0, 6).astype(np.int64)
    keep = _keep(rng, label, KP_ROWS)
    y = label[keep]
    ssn, regime, v, dens, bt, temp, bz, month, flux, before, kp = (
        a[keep] for a in (ssn, regime, v, dens, bt, temp, bz, month, flux, before, kp))
    n = len(y)
    off = 0.15 * bt + 0.5  # the spacecraft's wind is not quite the wind that arrives
    bz_seen = bz * rng.lognormal(0, 0.12, (n, 1)) + rng.normal(0, 1, (n, 1)) * off[:, None] \
        + rng.normal(0, 0.6, (n, 12))
    latitude = rng.uniform(38, 62, n)
    local = np.clip(np.round(kp * (1 + 0.012 * (latitude - 50)) + rng.normal(0, 0.55, n)), 0, 9)
    pressure = 1.67e-6 * dens * v ** 2
    dst = 7 * np.sqrt(pressure) - 20 - 1.6e-3 * (0.5 * flux + before) * np.where(regime == 2, 1.3, 0.7) \
        + rng.normal(0, 10, n)
    ae = 40 + 0.05 * flux * rng.lognormal(0, 0.45, n)
    hour = 3 * rng.integers(0, 8, n)
    estimated = np.clip(np.round(3 * (kp + rng.normal(0, 0.5, n))) / 3, 0, 9)  # from 8 observatories, in real time
    x = np.column_stack([np.round(v * rng.lognormal(0, 0.03, n)), np.round(dens * rng.lognormal(0, 0.15, n), 1),
                         np.round(temp * rng.lognormal(0, 0.15, n)), np.round(bt * rng.lognormal(0, 0.1, n), 1),
                         np.round(bz_seen.mean(1), 1), np.round(bz_seen.min(1), 1), np.round(bz_seen.std(1), 1),
                         np.round(estimated, 2), local, np.round(latitude, 1), np.round(dst), np.round(ae), month,
                         hour, np.round(ssn)])
    return x.astype(np.float32), y



# --------------------------------------------------------------------------- glass7: sources of glass fragments
#: the sources of ``glass7``'s fragments, in label order, and their rows
GLASSES = ("building window", "vehicle window", "container", "tableware", "headlamp", "borosilicate ware",
           "crystal")
GLASS_ROWS = (420, 360, 380, 300, 200, 220, 260)
#: the sources whose fragments meet (symmetric)
GLASS_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3, 4), 3: (2, 4, 6), 4: (2, 3, 5), 5: (4,), 6: (3,)}
#: per source, the mean (first row) and the spread between makers (second row) of the oxides (wt %) Na2O, MgO,
#: Al2O3, SiO2, K2O, CaO, Fe2O3, TiO2, BaO and PbO and of the trace strontium and zirconium (ppm)
GLASS_OXIDES = np.array([
    # Na2O  MgO  Al2O3 SiO2  K2O   CaO   Fe2O3 TiO2  BaO   PbO   Sr    Zr
    [[13.6, 3.90, 0.45, 72.6, 0.15, 8.80, 0.12, 0.02, 0.00, 0.00, 60.0, 60.0],  # building float
     [0.50, 0.40, 0.35, 0.60, 0.10, 0.50, 0.08, 0.01, 0.00, 0.00, 25.0, 30.0]],
    [[13.4, 3.80, 0.45, 72.0, 0.20, 8.70, 0.35, 0.03, 0.00, 0.00, 65.0, 70.0],  # vehicle float (often tinted)
     [0.50, 0.40, 0.30, 0.60, 0.10, 0.50, 0.22, 0.01, 0.00, 0.00, 25.0, 30.0]],
    [[13.5, 1.80, 1.50, 72.3, 0.45, 10.2, 0.15, 0.04, 0.03, 0.00, 130., 120.],  # container
     [0.60, 1.20, 0.60, 0.80, 0.30, 0.90, 0.12, 0.02, 0.05, 0.00, 50.0, 60.0]],
    [[14.0, 1.20, 1.10, 71.5, 1.30, 9.60, 0.03, 0.02, 0.60, 0.00, 90.0, 80.0],  # tableware (soda-lime)
     [0.90, 1.00, 0.70, 1.00, 1.00, 1.00, 0.02, 0.01, 0.60, 0.00, 40.0, 40.0]],
    [[11.5, 1.00, 2.00, 73.0, 0.90, 6.50, 0.08, 0.03, 0.30, 0.00, 90.0, 100.],  # headlamp (either glass)
     [1.50, 0.80, 0.80, 1.50, 0.50, 1.50, 0.05, 0.02, 0.40, 0.00, 40.0, 50.0]],
    [[4.00, 0.05, 2.30, 80.5, 0.50, 0.10, 0.04, 0.02, 0.00, 0.00, 20.0, 120.],  # borosilicate ware
     [0.60, 0.05, 0.50, 1.00, 0.30, 0.10, 0.02, 0.01, 0.00, 0.00, 10.0, 50.0]],
    [[3.00, 0.10, 0.40, 60.0, 9.50, 2.00, 0.02, 0.01, 5.00, 16.0, 60.0, 40.0],  # crystal (lead or barium)
     [1.50, 0.10, 0.30, 4.00, 2.00, 2.00, 0.01, 0.01, 3.00, 12.0, 30.0, 20.0]],
])


def glass7():
    """Glass fragments sent to a forensic laboratory in 7 sources (``GLASSES``), labelled by the object they were
    taken from (the reference: the broken window, bottle, glass or lamp), as the laboratory's examination of a
    fragment describes it: the refractive index (GRIM, at 589 nm), the fragment's thickness and curvature, the tin
    side's fluorescence under short-wave UV and a micro-XRF of its composition. Each source has its glass
    (``GLASS_OXIDES``): building and vehicle windows are float glass (magnesium from dolomite, little alumina, a
    tin side; vehicle glass tinted green by iron, thinner and gently curved); containers are soda-lime with more
    alumina and lime, less magnesia, their iron by colour (flint, amber, green); soda-lime tableware has potash and
    some barium, little iron; headlamps are either soda-lime or borosilicate; borosilicate ware has little soda
    and no lime (its boron unseen by XRF); crystal is lead crystal or lead-free crystal glass (potash and barium).
    Every maker and furnace differs, a small fragment keeps its tin side or its full thickness only by chance
    (otherwise read as a thinner piece), the light elements (Na, Mg) read poorly on small fragments, and a
    weathered bottle's surface loses soda. So the sources meet (``GLASS_NEIGHBOURS``: the windows with each other,
    containers with windows, tableware and soda-lime headlamps, tableware with crystal glass, headlamps with
    borosilicate ware). Columns: refractive index, thickness (mm), curvature (1/m; 0 flat), tin side fluorescent
    (flag), Na2O, MgO, Al2O3, SiO2, K2O, CaO, Fe2O3, TiO2, BaO and PbO (wt %), strontium and zirconium (ppm)
    (16). Imbalanced: 420 / 360 / 380 / 300 / 200 / 220 / 260 rows (2,140)."""
    rng = np.random.default_rng(25307)
    y = rng.permutation(np.repeat(np.arange(len(GLASSES)), GLASS_ROWS))
    n = len(y)
    building, vehicle, container, tableware, headlamp, boro, crystal = range(7)
    maker = rng.integers(0, 30, n)  # many makers and furnaces per source, each its own recipe
    shift = rng.normal(0, 1, (len(GLASSES), 30, 12))[y, maker]
    mean, spread = GLASS_OXIDES[y, 0], GLASS_OXIDES[y, 1]
    oxides = np.clip(mean + spread * (0.6 * shift + 0.9 * rng.normal(0, 1, (n, 12))), 0, None)
    lamp_boro = (y == headlamp) & (rng.random(n) < 0.5)  # a borosilicate headlamp: little soda and lime
    oxides[lamp_boro, 0] = rng.normal(4.5, 0.8, lamp_boro.sum())
    oxides[lamp_boro, 5] = rng.normal(0.4, 0.3, lamp_boro.sum()).clip(0.02)
    oxides[lamp_boro, 3] += 4
    leaded = (y == crystal) & (rng.random(n) < 0.5)  # lead crystal; else crystal glass (barium and potash)
    oxides[y == crystal, 9] = np.where(leaded, rng.uniform(24, 33, n), rng.uniform(0, 6, n)
                                       * (rng.random(n) < 0.3))[y == crystal]
    oxides[y == crystal, 8] = np.where(leaded, rng.uniform(0, 2, n), rng.uniform(1.5, 9, n))[y == crystal]
    oxides[leaded, 3] -= 10
    colour = rng.choice(3, n, p=[0.5, 0.25, 0.25])  # a container's colour: flint, amber, green
    oxides[:, 6] = np.where(y == container, np.array([0.05, 0.25, 0.4])[colour] * rng.lognormal(0, 0.3, n),
                            oxides[:, 6])
    weathered = (y == container) & (rng.random(n) < 0.25)
    oxides[weathered, 0] *= rng.uniform(0.6, 0.9, weathered.sum())
    # the refractive index: the composition's (lead and barium raise it, boron lowers it) and the maker's anneal
    ri = 1.468 + 0.0016 * oxides[:, 0] + 0.0028 * oxides[:, 5] + 0.0012 * oxides[:, 1] + 0.0022 * oxides[:, 9] \
        + 0.004 * oxides[:, 8] + 0.009 * oxides[:, 6] + 0.001 * oxides[:, 4] + rng.normal(0, 0.0008, n) \
        - 0.0006 * (y == vehicle)  # toughened glass reads a little lower
    small = rng.random(n) < 0.45  # a small fragment: the light elements read poorly
    light = np.where(small, 0.16, 0.07)
    seen = oxides * rng.lognormal(0, np.where(small, 0.08, 0.04)[:, None], (n, 12))
    seen[:, :2] = oxides[:, :2] * rng.lognormal(0, light[:, None], (n, 2))
    seen[:, 10:] = np.round(oxides[:, 10:] * rng.lognormal(0, 0.2, (n, 2)) + rng.normal(0, 10, (n, 2)))
    seen = np.clip(seen, 0, None)
    thick = np.select([y == building, y == vehicle, y == container, y == tableware, y == headlamp, y == boro],
                      [rng.choice([3, 4, 5, 6, 8, 10], n, p=[0.1, 0.35, 0.2, 0.25, 0.05, 0.05]),
                       rng.choice([3.2, 4, 5], n), rng.uniform(2, 5, n), rng.uniform(1.2, 3.5, n),
                       rng.uniform(2.5, 6, n), rng.uniform(1.5, 6, n)], rng.uniform(1.5, 5, n))
    whole = rng.random(n) < 0.6  # the fragment keeps both surfaces
    thick = np.where(whole, thick * rng.lognormal(0, 0.03, n), thick * rng.uniform(0.3, 0.95, n))
    radius = np.select([y == building, y == vehicle, y == headlamp, y == boro],
                       [np.inf, rng.uniform(1, 5, n), rng.uniform(0.06, 0.2, n), rng.uniform(0.04, 0.2, n)],
                       rng.uniform(0.025, 0.06, n))  # m
    curvature = np.where((rng.random(n) < 0.15) | (radius > 0.25), 0, 1 / radius)  # too small or flat to tell
    curvature = np.clip(curvature + rng.normal(0, 0.15, n) * np.isfinite(radius) * (curvature > 0) * curvature, 0,
                        None)
    tin = np.isin(y, (building, vehicle)) & (rng.random(n) < 0.5)
    x = np.column_stack([np.round(ri, 5), np.round(thick, 1), np.round(curvature, 1), tin, np.round(seen[:, :10], 2),
                         seen[:, 10], seen[:, 11]])
    return x.astype(np.float32), y



# --------------------------------------------------------------------------- plugs8: appliances on smart plugs
#: the appliances of ``plugs8``, in label order, and their rows
APPLIANCES = ("fridge", "fan", "washing machine", "dishwasher", "kettle", "space heater", "television", "laptop")
APPLIANCE_ROWS = (320, 240, 280, 240, 300, 260, 280, 220)
#: the appliances whose weeks meet (symmetric)
APPLIANCE_NEIGHBOURS = {0: (1, 2), 1: (0, 5, 6), 2: (0, 3), 3: (2, 4, 5), 4: (3, 5), 5: (1, 3, 4), 6: (1, 7),
                        7: (6,)}
#: per appliance: the median power when on (W) and its log spread, the power factor when on, the current's total
#: harmonic distortion (%), the inrush (first cycles' peak current over the steady one), cycles a day, the median
#: cycle (min), the spread of the power within a cycle (CV), the night share of the on-time, the steady power
#: levels, the standby power (W) and the peak over the median power when on
APPLIANCE_PROFILES = np.array([
    # W     sd    PF    THD   inrush cycles min   CV    night levels standby peak
    [110., 0.35, 0.72, 12.0, 6.00, 30.0, 18.0, 0.10, 0.25, 2.0, 0.0, 3.00],  # fridge
    [45.0, 0.40, 0.88, 8.00, 2.50, 2.50, 120., 0.08, 0.25, 3.0, 0.2, 1.30],  # fan
    [220., 0.40, 0.78, 30.0, 3.00, 0.70, 85.0, 1.20, 0.08, 5.0, 1.5, 9.00],  # washing machine
    [140., 0.40, 0.85, 15.0, 2.00, 0.80, 110., 1.00, 0.15, 3.5, 1.0, 14.0],  # dishwasher
    [2200, 0.15, 1.00, 3.00, 1.10, 6.00, 3.50, 0.05, 0.04, 1.0, 0.0, 1.05],  # kettle
    [1500, 0.35, 0.99, 4.00, 1.30, 12.0, 9.00, 0.35, 0.20, 2.5, 0.3, 1.50],  # space heater
    [90.0, 0.50, 0.80, 60.0, 15.0, 2.20, 150., 0.25, 0.06, 2.5, 0.6, 1.40],  # television
    [55.0, 0.35, 0.62, 100., 20.0, 2.50, 100., 0.35, 0.08, 2.5, 0.4, 1.50],  # laptop
])


def plugs8():
    """Smart plugs over a week in 8 appliances (``APPLIANCES``), labelled by what the household says it plugged
    in, as the plug's week of power readings (each second) and its current's harmonics describe it. Each appliance
    has its profile (``APPLIANCE_PROFILES``): a fridge's compressor cycles on and off all day and night (an
    inductive motor, a strong start, a defrost heater now and then); a fan runs for hours on warm weeks at a few
    speeds; a washing machine and a dishwasher run a programme a day or less, heating water at about 2 kW and
    turning a motor or pump; a kettle boils for minutes at over 2 kW, a pure resistance; a space heater runs for
    an hour or more on cold weeks, its thermostat switching an element (some with a fan); a television and a
    laptop's charger draw a rectifier's peaky current (without power-factor correction a low power factor and a
    high distortion; a larger set or charger has the correction), a laptop's tapering as its battery fills. Each
    model and household differs: the outdoor temperature sets a fan's and a heater's use and a fridge's cycling,
    a cold-water washing programme never heats, and a plug that saw few cycles gives noisy summaries. So the
    appliances meet (``APPLIANCE_NEIGHBOURS``: the motors with one another and the fridge with a washing machine,
    the heating ones with one another and a fan heater with a fan, the rectifiers with one another). Columns:
    median and peak power when on (W), standby power (W), power factor when on, current THD (%), inrush ratio,
    cycles a day, median cycle (min), share of the week on, power's CV within cycles, night share of the on-time,
    steady power levels, energy a day (kWh) and the week's mean outdoor temperature (deg C) (14). Imbalanced:
    320 / 240 / 280 / 240 / 300 / 260 / 280 / 220 rows (2,140)."""
    rng = np.random.default_rng(25409)
    y = rng.permutation(np.repeat(np.arange(len(APPLIANCES)), APPLIANCE_ROWS))
    n = len(y)
    p = APPLIANCE_PROFILES[y]
    fridge, fan, washing, dishwasher, kettle, heater, tv, laptop = range(8)
    outdoor = rng.normal(11, 8, n)
    warm, cold = sigmoid((outdoor - 20) / 3), sigmoid((8 - outdoor) / 3)
    inverter = (y == fridge) & (rng.random(n) < 0.35)  # a variable-speed compressor: long, gentle cycles
    power = p[:, 0] * rng.lognormal(0, p[:, 1] + 0.1) * np.where(inverter, 0.6, 1)
    corrected = np.isin(y, (tv, laptop)) & (power * rng.lognormal(0, 0.3, n) > 75)  # power-factor correction
    fan_heater = (y == heater) & (rng.random(n) < 0.4)
    corrected |= inverter
    pf = np.where(corrected, rng.uniform(0.9, 0.99, n), p[:, 2] + rng.normal(0, 0.09, n) * (p[:, 2] < 0.99))
    pf = np.clip(pf - 0.03 * fan_heater, 0.3, 1)
    thd = np.where(inverter, 25, p[:, 3]) * rng.lognormal(0, 0.45, n) * np.where(corrected, 0.2, 1) + 4 * fan_heater
    inrush = 1 + (p[:, 4] - 1) * rng.lognormal(0, 0.5, n) * np.where(corrected, 0.6, 1) * np.where(inverter, 0.3, 1)
    cycles = p[:, 5] * rng.lognormal(0, 0.6, n) * np.select([y == fan, y == heater, y == fridge],
                                                             [0.2 + 2 * warm, 0.2 + 2 * cold,
                                                              (1 + 0.02 * (outdoor - 11)) * np.where(
                                                                  inverter, 0.15, 1)], 1)
    seen = np.maximum(rng.poisson(7 * cycles), 1)  # cycles in the week
    minutes = p[:, 6] * rng.lognormal(0, np.where(y == heater, 0.9, 0.45)) * rng.lognormal(0, 0.5 / np.sqrt(seen)) \
        * np.where(inverter, 6, 1)
    heats = np.isin(y, (washing, dishwasher)) & (rng.random(n) < np.where(y == washing, 0.6, 0.85))
    cv = p[:, 7] * rng.lognormal(0, 0.5, n) * np.where(np.isin(y, (washing, dishwasher)) & ~heats, 0.4, 1)
    on = np.clip(seen * minutes / (7 * 1440), 0, 1)
    night = rng.beta(2 + 20 * p[:, 8], 2 + 20 * (1 - p[:, 8])) * rng.lognormal(0, 0.5 / np.sqrt(seen))
    levels = np.maximum(np.round(p[:, 9] + rng.normal(0, 1.0, n) + fan_heater), 1)
    standby = p[:, 10] * rng.lognormal(0, 0.5, n)
    peak = power * (1 + (p[:, 11] - 1) * rng.lognormal(0, 0.25, n) * np.where(np.isin(y, (washing, dishwasher)),
                                                                               heats, 1))
    peak = np.where(np.isin(y, (washing, dishwasher)) & heats, np.maximum(peak, rng.normal(2000, 150, n)), peak)
    mean_on = power * (1 + np.where(np.isin(y, (washing, dishwasher)) & heats, 0.25 * peak / power, 0))
    energy = (mean_on * on * 24 + standby * (1 - on) * 24) / 1000
    x = np.column_stack([np.round(power), np.round(peak), np.round(standby, 1), np.round(pf, 2), np.round(thd, 1),
                         np.round(inrush, 1), np.round(cycles, 1), np.round(minutes, 1), np.round(on, 3),
                         np.round(cv, 2), np.round(np.clip(night, 0, 1), 3), levels, np.round(energy, 2),
                         np.round(outdoor, 1)])
    return x.astype(np.float32), y



#: name -> generator, in the order ``ROUND25`` lists them
GENERATORS = {"ckd6": ckd6, "kp7": kp7, "glass7": glass7, "plugs8": plugs8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND25_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "ckd6": (2140, 16, CKD_ROWS),
    "kp7": (2160, 15, KP_ROWS),
    "glass7": (2140, 16, GLASS_ROWS),
    "plugs8": (2140, 14, APPLIANCE_ROWS),
}
ROUND25 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("ckd6", "kp7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"ckd6": CKD_NEIGHBOURS, "kp7": KP_NEIGHBOURS, "glass7": GLASS_NEIGHBOURS,
              "plugs8": APPLIANCE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
