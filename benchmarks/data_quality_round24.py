"""Round 24's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
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
classes, meteorite groups, insect wingbeats, air quality categories, coal ranks, kidney stones or smart-meter
customers): the per-row summaries a practitioner reads from four other fields. As in rounds 21-23, the two
graded sets simulate a pool of cases, label every case the way its field does (a reference measurement against
the field's table of limits) and keep a fixed number of each class (``_keep``); the two unordered sets draw
their classes' rows directly. Two sets have ORDERED classes (``ORDERED``): adults at a hearing service in the 6
WHO grades of hearing loss normal to profound, labelled by the booth audiogram's better-ear average of four
frequencies and described by a home screening app (two frequencies per ear, the adult's own headphones and
room), a digits-in-noise test, otoacoustic emissions, a tympanogram and a questionnaire; and hours at moored
wave buoys in the 7 WMO sea states smooth to very high, labelled by the buoy's significant wave height and
described by a wave model's hindcast, a nearby ship's visual report and the scatterometer's wind. Two have
UNORDERED classes: anaemic adults in 7 causes (the clinic's diagnosis after the full work-up) from the
referral's first blood count and chemistry, and vessels of 8 types (the ship register's) from a month of AIS
messages. ``NEIGHBOURS`` names each set's neighbour map (``HEARING_NEIGHBOURS``, ``SEA_NEIGHBOURS``,
``ANAEMIA_NEIGHBOURS``, ``VESSEL_NEIGHBOURS``). Each generator is deterministic (its own fixed seed) and returns
``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by
name (``load(name, seed)``, ``--sets hearing6,seastate7,anaemia7,vessels8``, ``--data round24``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round23.py`` and
``tests/test_data_quality_round23.py`` (as the model; the latter's registration test edited so that both
rounds' registration tests pass); the first 900 characters of ``benchmarks/data_quality_round5.py`` ..
``data_quality_round22.py`` (their domains); the lines of ``benchmarks/data_quality_actions.py`` that register
round 23 (its import, ``ROUNDS`` and the ``--data`` help) and, by a wider grep than needed, its ``round_of`` and
``split`` (which name a set's round); and the first 110 lines of ``tests/test_architecture.py``. The helpers
imported from round 5 (``main``, ``ordinal_neighbours``, ``sigmoid``) are used as round 23 uses them. No detector
or filter ran on these sets, and the benchmark did not; the tests compute their baseline with sklearn in their
own helpers (``tests/heldout_sets.py`` was not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs) after standard scaling on a stratified
75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error (stratified,
shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set        rows   classes (rows each)                      MLP train / test %, seed 0 | 1   10-NN error %
hearing6   2,180  6 (460 / 500 / 420 / 360 / 260 / 180),    79.8 / 75.4 | 80.6 / 73.2        29.4
                  ordered
seastate7  2,180  7 (260 / 380 / 420 / 380 / 320 / 240 /    84.6 / 75.2 | 77.7 / 69.9        47.4
                  180), ordered
anaemia7   2,160  7 (520 / 300 / 380 / 240 / 200 / 320 /    84.5 / 85.7 | 89.5 / 85.7        17.5
                  200)
vessels8   2,160  8 (380 / 280 / 200 / 360 / 220 / 300 /    90.6 / 87.4 | 90.6 / 88.7        13.2
                  260 / 160)

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round24.py``, with sklearn; no detector code). In hearing6 the baseline errs on 29 % of
the rows, 97 % of its errors between adjacent grades (``HEARING_NEIGHBOURS``; none more than two apart); normal errs
least (14 %) and severe most (43 %). Adults whose ears differ by 20 dB or more at the app's 1 kHz err 41 % against
27 %, two in three of their errors reading a worse grade than the booth's better ear. The room's noise masks quiet
tones: normal ears read a median 35 dB at 1 kHz in rooms over 48 dB(A), 10 dB in rooms under 32. A flat tympanogram
(a conductive loss) goes with no emissions and, from mild to moderately severe, a lower digits-in-noise threshold
than the other adults of its grade. In seastate7 it errs on 47 %, 91 % of them between adjacent states
(``SEA_NEIGHBOURS``; 0.1 % more than two apart), seven in ten reading a lower state than the buoy's; smooth errs
least (33 %) and high most (59 %). Fetches under 100 km (offshore winds at coastal buoys) hold 73 % of the smooth
hours, 1 % of the rough ones and none above; the ship's officer reads the very high seas' wind waves at a median 6 m
(the state starts at 9). The baseline errs on 17.5 % of anaemia7's rows, 92 % of its errors between neighbouring
causes (``ANAEMIA_NEIGHBOURS``): iron deficiency and inflammation 26 % of them, inflammation and kidney disease
21 %, iron deficiency and the trait 15 %, B12 deficiency and myelodysplasia 14 %; iron deficiency errs least (9 %)
and myelodysplasia most (28 %). A Mentzer index (MCV over red cells) under 13 marks 72 % of the carriers and 6 % of
the iron deficient; samples analysed more than 10 h after the draw read an MCV 1.4-5.8 fL higher and an MCHC
1.2-1.5 g/dL lower than those within 3 h, cause by cause. vessels8 is the easiest for the baseline (13 %): cargo
ships and tankers 71 % of its errors (tankers err 53 %), 96 % of all between neighbouring types
(``VESSEL_NEIGHBOURS``); nine in ten pleasure craft and sailing yachts carry class B (no draught), and their few
trips spread their weekend shares (sd 0.18-0.20 against 0.07 for cargo ships). The MLP misfits 9-22 % of its clean
training rows (seastate7's and hearing6's most): hard clean rows that a detector must not flag.
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
    drawn without replacement and listed class by class: each graded round-24 set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- hearing6: hearing loss grades
#: the WHO grades of hearing loss of ``hearing6``, in label order, and their rows
HEARING_GRADES = ("normal", "mild", "moderate", "moderately severe", "severe", "profound")
HEARING_ROWS = (460, 500, 420, 360, 260, 180)
#: the grade below and above each grade
HEARING_NEIGHBOURS = ordinal_neighbours(len(HEARING_GRADES))
#: the least better-ear pure-tone average (dB HL, 0.5 / 1 / 2 / 4 kHz) of mild .. profound and of complete loss
#: (not in the set): the WHO's grades of 2021
HEARING_LIMITS = (20.0, 35.0, 50.0, 65.0, 80.0, 95.0)
#: the audiometric frequencies (kHz) and each one's age-related loss (dB at 80 years, an average ear)
HEARING_FREQUENCIES = np.array([0.5, 1.0, 2.0, 4.0])
HEARING_AGEING = np.array([18.0, 22.0, 32.0, 50.0])


def hearing6():
    """Adults seen at a hearing service (screened at home first, then tested in its booth) in the 6 WHO grades of
    hearing loss normal .. profound (``HEARING_GRADES``), labelled by the booth's pure-tone audiogram: the better
    ear's average threshold at 0.5, 1, 2 and 4 kHz against the WHO's limits (``HEARING_LIMITS``; complete loss not
    in the set), as the home screening and the intake describe each adult. The ears lose hearing with age, at the
    high frequencies first and more in men (``HEARING_AGEING``), and with years of noise (a notch at 4 kHz); some
    adults have a conductive loss (otitis media with a flat tympanogram, or otosclerosis: a flat loss at every
    frequency, often in one ear) and some a sensorineural loss from other causes (genetic, Meniere's, sudden
    loss: any degree, often in both ears). The screening app tests each ear at 1 and 4 kHz through the adult's own
    headphones (their fit shifts every threshold; the room's noise masks quiet tones, more at 1 kHz; 5 dB steps,
    no response at its 85 dB limit reads 90), a digits-in-noise test (reflects the inner ear's loss and age more
    than a conductive one; not completed reads +4 dB), otoacoustic emissions (absent where the inner ear has lost
    some 30 dB or the middle ear conducts poorly), a tympanogram and a questionnaire. The label is the better ear
    and the average of four frequencies, so an adult with one poor ear or a steep high-frequency loss reads worse
    at screening than the grade, and neighbouring grades meet (``HEARING_NEIGHBOURS``). Columns: app threshold at
    1 and 4 kHz, left and right ear (dB HL), room noise (dB(A)), digits-in-noise threshold (dB SNR), emissions
    present (of 8: 1, 2, 3, 4 kHz in both ears), flat tympanogram (flag), HHIE-S score (0-40), age, woman (flag),
    years of noise at work, hearing aid (flag) and tinnitus (flag) (14). Imbalanced: 460 / 500 / 420 / 360 / 260 /
    180 rows (2,180)."""
    rng = np.random.default_rng(24101)
    n = 120000
    age = 18 + 77 * rng.beta(1.7, 1.2, n)
    woman = rng.random(n) < 0.5
    noise = np.minimum(np.where(rng.random(n) < 0.15 + 0.25 * ~woman, rng.gamma(2, 7, n), 0), age - 18)
    cause = rng.choice(4, n, p=[0.62, 0.12, 0.2, 0.06])  # none, conductive, sensorineural, both
    both = rng.random(n) < np.where(cause == 1, 0.4, 0.8)
    # per ear (n x 2 x 4 frequencies): age, noise, other sensorineural loss, conductive loss
    suscept = rng.lognormal(0, 0.35, n)[:, None, None] * rng.lognormal(0, 0.12, (n, 2, 1))
    years = np.clip(age - 25, 0, None)[:, None, None] / 55
    presby = HEARING_AGEING * years ** 2 * suscept * np.where(woman, 0.85, 1.1)[:, None, None] \
        + np.where(woman[:, None, None], 0, 6 * HEARING_FREQUENCIES / 4 * years)
    notch = np.array([0, 0.1, 0.35, 1.0]) * np.minimum(0.9 * noise, 30)[:, None, None] * suscept
    ear = np.zeros((n, 2), bool)
    one = rng.integers(0, 2, n)
    ear[np.arange(n), one] = True
    ear |= both[:, None]
    sn_level = np.where(np.isin(cause, (2, 3)), rng.uniform(10, 115, n), 0)
    slope = rng.normal(0, 10, n)[:, None, None] * (HEARING_FREQUENCIES - 1.5)[None, None] / 2.5
    sn = (ear & np.isin(cause, (2, 3))[:, None])[:, :, None] * np.clip(
        sn_level[:, None, None] * rng.lognormal(0, 0.15, (n, 2, 1)) + slope, 0, None)
    gap_level = np.where(np.isin(cause, (1, 3)), rng.uniform(10, 50, n), 0)
    otitis = (cause == 1) & (rng.random(n) < 0.5)  # else otosclerosis: a normal tympanogram
    gap = (ear & np.isin(cause, (1, 3))[:, None])[:, :, None] * gap_level[:, None, None] * np.array(
        [1.15, 1.0, 0.85, 0.9]) * rng.lognormal(0, 0.1, (n, 2, 1))
    inner = np.minimum(presby + notch + sn + rng.normal(0, 4, (n, 2, 4)), 120)
    true = np.clip(inner + gap, -10, 120)
    booth = np.clip(5 * np.round((true + rng.normal(0, 2.5, true.shape)) / 5), -10, 120)  # 5 dB steps
    pta = booth.mean(2).min(1)
    label = (pta[:, None] >= np.array(HEARING_LIMITS)).sum(1)
    label = np.where(label == 6, -1, label)
    keep = _keep(rng, label, HEARING_ROWS)
    y = label[keep]
    age, woman, noise, cause, otitis, inner, true, gap = (
        a[keep] for a in (age, woman, noise, cause, otitis, inner, true, gap))
    n = len(y)
    # the home screening: the adult's headphones and room
    fit = rng.normal(0, 5, n)[:, None]
    room = rng.normal(40, 7, n)
    floor = np.stack([room - 18, room - 32], 1)[:, None, :]  # the quietest tone heard through the room's noise
    heard = true[:, :, [1, 3]] + fit[:, :, None] + rng.normal(0, 4.5, (n, 2, 2))
    app = 5 * np.round(np.maximum(heard, floor) / 5)
    app = np.where(app > 85, 90, np.maximum(app, -10))
    hf = inner[:, :, 2:].mean(2).min(1)  # the better ear's inner loss at 2-4 kHz
    din = -11 + 0.16 * np.clip(hf - 10, 0, None) + 0.04 * np.clip(age - 45, 0, None) + 0.03 * gap.mean(2).min(1) \
        + rng.normal(0, 1.3, n)
    din = np.where(true.mean(2).min(1) > 60 + rng.normal(0, 5, n), 4, np.minimum(np.round(din, 1), 4))
    at = np.concatenate([inner[:, :, 1:3], inner[:, :, 2:4].mean(2, keepdims=True), inner[:, :, 3:]], 2)  # 1-4 kHz
    emissions = ((at < 30 + rng.normal(0, 6, (n, 2, 4))) & (gap[:, :, :1] < 15) & ~otitis[:, None, None]).sum((1, 2))
    flat = otitis | (rng.random(n) < 0.04)
    better, worse = true.mean(2).min(1), true.mean(2).max(1)
    hhie = 0.5 * (better - 15) + 0.12 * (worse - better) - 0.12 * (age - 60) + rng.normal(4, 7, n)
    hhie = 2 * np.round(np.clip(hhie, 0, 40) / 2)
    aid = rng.random(n) < 0.85 * sigmoid((better - 45) / 8) * np.where(age > 75, 0.8, 1) + 0.03
    tinnitus = rng.random(n) < 0.12 + 0.25 * (noise > 5) + 0.25 * np.isin(cause, (2, 3))
    x = np.column_stack([app[:, 0, 0], app[:, 0, 1], app[:, 1, 0], app[:, 1, 1], np.round(room), din, emissions,
                         flat, hhie, np.round(age), woman, np.round(noise), aid, tinnitus])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- seastate7: WMO sea state codes
#: the WMO sea states of ``seastate7`` (codes 2 .. 8), in label order, and their rows
SEA_STATES = ("smooth", "slight", "moderate", "rough", "very rough", "high", "very high")
SEA_ROWS = (260, 380, 420, 380, 320, 240, 180)
#: the state below and above each state
SEA_NEIGHBOURS = ordinal_neighbours(len(SEA_STATES))
#: WMO code 3700: the upper ends (m, significant wave height) of calm (rippled) and of smooth .. very high
SEA_LIMITS = (0.1, 0.5, 1.25, 2.5, 4.0, 6.0, 9.0, 14.0)


def seastate7():
    """Hours at moored wave buoys (coastal and open ocean, 20-60 deg N) with a voluntary observing ship's report
    near by, in the 7 WMO sea states smooth .. very high (codes 2 .. 8, ``SEA_STATES``), labelled by the buoy's
    significant wave height against WMO code 3700 (``SEA_LIMITS``; calm and phenomenal seas not in the set), as the
    wave model's hindcast, the ship's report, the scatterometer's wind and the site describe each hour. The sea is
    the wind's waves and the swell: the wind waves grow with the wind's speed, its fetch and how long it has blown
    (the SMB / CERC growth curves, fully developed at last; faster in unstable air over a warmer sea), the swell
    comes from distant storms (more on the open ocean and in winter), and shallow water caps the waves (breaking at
    about 0.6 times the depth). An offshore wind at a coastal buoy has a short fetch. The scatterometer's pass is up
    to three hours off (the wind changes), the analysis's duration is rough, and the ship's officer estimates the
    sea and the swell by eye (to half a metre; high seas under-read, worse at night and the farther the ship is from
    the buoy). The wave model's hindcast errs some 13 %, reads high seas a little low and, its grid too coarse for a
    sheltered coast, reads the short-fetch hours high. So neighbouring states meet (``SEA_NEIGHBOURS``). Columns:
    scatterometer wind (m/s), fetch (km, along the wind), wind duration (h), ship's sea and swell heights (m), wave
    model's significant wave height (m), swell period (s), ship's Beaufort force, ship's distance from the buoy
    (km), water depth (m), buoy distance offshore (km), month, latitude (deg N), night (flag) and sea minus air
    temperature (deg C) (15). Imbalanced: 260 / 380 / 420 / 380 / 320 / 240 / 180 rows (2,180)."""
    rng = np.random.default_rng(24203)
    n, sites = 200000, 36
    site = rng.integers(0, sites, n)
    ocean = (np.arange(sites) < 10)[site]
    offshore_km = np.where(ocean, rng.uniform(150, 600, sites)[site], rng.lognormal(np.log(15), 0.8, sites)[site])
    depth = np.where(ocean, rng.uniform(1500, 4500, sites)[site], np.clip(
        rng.lognormal(np.log(30), 0.7, sites), 8, 400)[site])
    latitude = rng.uniform(20, 60, sites)[site]
    month = rng.integers(1, 13, n)
    winter = np.cos(2 * np.pi * (month - 1) / 12) * (latitude - 15) / 45  # storminess, higher at high latitudes
    wind = 6.5 * rng.weibull(2.0, n) * (1 + 0.25 * winter) * np.where(rng.random(n) < 0.06, 2.0, 1)
    duration = rng.gamma(1.8, 9, n) + 1  # h
    offshore_wind = ~ocean & (rng.random(n) < 0.45)
    fetch = np.where(offshore_wind, offshore_km * rng.uniform(1, 1.5, n), rng.lognormal(np.log(500), 0.6, n))
    dt = rng.normal(1 + 1.5 * winter, 1.8, n)  # sea minus air (deg C)
    g, u2 = 9.81, np.maximum(wind, 0.5) ** 2
    reach = np.minimum(g * fetch * 1000 / u2, (duration * 3600 * g / (68.8 * np.maximum(wind, 0.5))) ** 1.5)
    sea = u2 / g * np.minimum(0.0016 * np.sqrt(reach), 0.243) * (1 + 0.04 * np.clip(dt, -3, 5))
    swell = rng.lognormal(np.log(np.where(ocean, 1.6, 0.7) * (1 + 0.35 * winter)), 0.55, n) * np.where(
        offshore_wind, 0.5, 1)
    period = np.clip(7 + 3 * ocean + 2 * np.log(swell + 0.3) + rng.normal(0, 1.5, n), 4, 20)
    hs = np.minimum(np.sqrt(sea ** 2 + swell ** 2) * rng.lognormal(0, 0.05, n), 0.6 * depth)
    buoy = np.round(hs * rng.lognormal(0, 0.03, n), 1)
    label = (buoy[:, None] > np.array(SEA_LIMITS)).sum(1) - 1
    label = np.where(label > 6, -1, label)
    keep = _keep(rng, label, SEA_ROWS)
    y = label[keep]
    offshore_km, depth, latitude, month, wind, duration, offshore_wind, fetch, dt, sea, swell, period, hs = (
        a[keep] for a in (offshore_km, depth, latitude, month, wind, duration, offshore_wind, fetch, dt, sea, swell,
                          period, hs))
    n = len(y)
    # the scatterometer's pass, up to three hours off: the wind has changed
    scat = np.clip(wind * rng.lognormal(0, 0.1, n) + rng.normal(0, 0.6, n), 0, None)
    ship_km = rng.uniform(2, 60, n)
    night = rng.random(n) < 0.45
    spread = 0.08 + 0.08 * night + 0.002 * ship_km
    local = np.minimum(hs, 0.6 * depth) / np.maximum(np.sqrt(sea ** 2 + swell ** 2), 0.05)  # the depth's cap
    seen_sea = sea * local * 0.9 * (1 + sea / 6) ** -0.35 * rng.lognormal(0, spread)
    seen_swell = swell * local * rng.lognormal(0, spread + 0.04)
    # the wave model's hindcast at the buoy: its coarse grid sees the open sea beyond a sheltered coast
    model = hs * rng.lognormal(0, 0.13, n) * np.where(offshore_wind, 1.35, 1) * (1 + hs / 20) ** -0.3
    beaufort = np.clip(np.round((wind / 0.836) ** (2 / 3) + rng.normal(0, 0.7, n)), 0, 12)
    x = np.column_stack([np.round(scat, 1), np.round(fetch), np.round(duration * rng.lognormal(0, 0.3, n)),
                         np.round(2 * seen_sea) / 2, np.round(2 * seen_swell) / 2, np.round(model, 1),
                         np.round(period + rng.normal(0, 1.5, n)), beaufort, np.round(ship_km), np.round(depth),
                         np.round(offshore_km), month, np.round(latitude, 1), night, np.round(dt + rng.normal(
                             0, 0.5, n), 1)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- anaemia7: causes of anaemia
#: the causes of anaemia of ``anaemia7``, in label order, and their rows
ANAEMIAS = ("iron deficiency", "beta-thalassaemia trait", "anaemia of inflammation", "vitamin B12 or folate "
            "deficiency", "haemolytic anaemia", "anaemia of chronic kidney disease", "myelodysplastic syndrome")
ANAEMIA_ROWS = (520, 300, 380, 240, 200, 320, 200)
#: the causes whose blood counts meet (symmetric)
ANAEMIA_NEIGHBOURS = {0: (1, 2, 5), 1: (0,), 2: (0, 5, 6), 3: (4, 6), 4: (3,), 5: (0, 2, 6), 6: (2, 3, 5)}
#: per cause: the haemoglobin's fall (g/dL) and its spread, the MCV (fL) and its spread, the MCHC's shift
#: (g/dL), the RDW's rise (%), the reticulocytes (%), the white cells' and platelets' factors, the median CRP (mg/L),
#: the median eGFR (mL/min/1.73 m2), the bilirubin's and LDH's factors, the mean age and the share of women
ANAEMIA_PROFILES = np.array([
    # fall  sd   MCV   sd   MCHC   RDW  retic WBC   plt   CRP   eGFR  bili  LDH   age   women
    [3.0, 1.3, 76.0, 6.0, -1.5, 3.0, 0.9, 1.00, 1.25, 4.0, 85.0, 0.8, 1.00, 52.0, 0.68],
    [1.6, 0.8, 68.0, 4.0, -0.8, 1.8, 1.8, 1.00, 1.05, 3.0, 95.0, 1.1, 1.05, 36.0, 0.50],
    [2.2, 0.9, 84.0, 5.0, -0.6, 1.3, 1.0, 1.25, 1.20, 15., 68.0, 0.8, 1.05, 63.0, 0.50],
    [3.4, 1.5, 104., 8.0, 0.3, 3.5, 0.9, 0.80, 0.75, 4.0, 78.0, 1.5, 2.60, 66.0, 0.55],
    [3.0, 1.3, 96.0, 6.0, 0.6, 2.5, 4.5, 1.10, 1.00, 6.0, 88.0, 2.6, 2.20, 45.0, 0.55],
    [2.4, 0.9, 88.0, 4.5, 0.0, 0.8, 1.0, 0.95, 0.90, 8.0, 30.0, 0.9, 1.20, 66.0, 0.45],
    [3.0, 1.3, 98.0, 8.0, 0.0, 2.5, 1.0, 0.70, 0.65, 4.5, 68.0, 1.0, 1.40, 74.0, 0.35],
])


def anaemia7():
    """Adults with anaemia referred to a haematology clinic in 7 causes (``ANAEMIAS``), labelled by the clinic's
    diagnosis after the full work-up (ferritin and transferrin saturation, haemoglobin electrophoresis, B12 and
    folate, the Coombs test and the film, the marrow where needed), as the referral's first blood count and
    chemistry describe each adult. Each cause has its profile (``ANAEMIA_PROFILES``): iron deficiency makes small
    pale cells of unequal size (high RDW) and raises the platelets, mostly in women; the thalassaemia trait makes
    many small cells at a mild anaemia (a high red cell count, an RDW nearly normal) in the young; inflammation
    a mild normocytic or slightly microcytic anaemia with a high CRP; B12 or folate deficiency large cells, fewer
    white cells and platelets, and a very high LDH with some bilirubin (the marrow's ineffective erythropoiesis);
    haemolysis many reticulocytes, bilirubin and LDH; kidney disease a normocytic anaemia at a low eGFR; a
    myelodysplastic syndrome large or normal cells and low counts in the old. The cases mix: inflammation and
    kidney disease deplete iron too, a third of the thalassaemia carriers and some with B12 deficiency are also
    short of iron (the latter then read normocytic with a very high RDW), the old have a lower eGFR whatever
    their anaemia, and a sample that waits hours before the analyser reads a higher MCV and lower MCHC. So the
    causes meet (``ANAEMIA_NEIGHBOURS``: iron deficiency with the trait and inflammation, inflammation with kidney
    disease and myelodysplasia, B12 deficiency with haemolysis and myelodysplasia, kidney disease with
    myelodysplasia). Columns: haemoglobin (g/dL), red cells (10^12/L), MCV (fL), MCH (pg), MCHC (g/dL), RDW (%),
    reticulocytes (%), white cells and platelets (10^9/L), CRP (mg/L), eGFR (mL/min/1.73 m2), bilirubin (mg/dL),
    LDH (U/L), age, woman (flag) and hours from draw to analysis (16). Imbalanced: 520 / 300 / 380 / 240 / 200 /
    320 / 200 rows (2,160)."""
    rng = np.random.default_rng(24307)
    y = rng.permutation(np.repeat(np.arange(len(ANAEMIAS)), ANAEMIA_ROWS))
    n = len(y)
    p = ANAEMIA_PROFILES[y]
    iron, thal, inflam, b12, haem, ckd, mds = range(7)
    age = np.clip(rng.normal(p[:, 13], 15), 18, 95)
    woman = rng.random(n) < p[:, 14]
    # extra iron deficiency: a third of the carriers, the inflamed and the kidney patients often, some B12 cases
    short = rng.random(n) < np.select([y == thal, y == inflam, y == ckd, y == b12], [0.33, 0.3, 0.3, 0.2], 0.05)
    deficit = np.where(y == iron, rng.beta(4, 2, n), short * rng.beta(2, 3, n))
    fall = np.clip(p[:, 0] * (0.5 + 0.5 * np.where(y == iron, deficit * 1.4, 1)) + p[:, 1] * rng.normal(0, 1, n),
                   0.5, 9)
    hb = np.where(woman, 13.3, 14.8) + rng.normal(0, 0.7, n) - fall
    own = np.where(y == iron, 90 + (p[:, 2] - 90) * deficit / 0.67, p[:, 2])  # smaller the deeper the deficit
    mcv = own + p[:, 3] * rng.normal(0, 1, n) * np.where(y == iron, 0.6, 1) - 12 * deficit * (y != iron)
    retic = p[:, 6] * rng.lognormal(0, np.where(y == haem, 0.65, 0.45), n)
    mcv = mcv + 0.5 * np.clip(retic - 2, 0, None)  # reticulocytes are large
    mchc = 33.6 + p[:, 4] - 2 * deficit * (y != iron) + rng.normal(0, 0.7, n)
    rdw = 13.0 + p[:, 5] * rng.lognormal(0, 0.35, n) + 4 * deficit * (y != iron) + rng.normal(0, 0.5, n)
    hours = np.round(np.where(rng.random(n) < 0.35, rng.uniform(12, 30, n), rng.gamma(1.5, 1.5, n)), 1)  # posted
    swell = 1 + 0.002 * np.minimum(hours, 36)  # the cells swell in EDTA
    mcv, mchc = mcv * swell, mchc / swell
    mch = mcv * mchc / 100
    rbc = hb / mch * 10
    wbc = 7.2 * p[:, 7] * rng.lognormal(0, 0.32, n)
    plt = 250 * p[:, 8] * rng.lognormal(0, np.where(y == mds, 0.5, 0.27), n) * (1 + 0.3 * deficit * (y != iron))
    crp = p[:, 9] * rng.lognormal(0, 1.1, n)
    egfr = np.clip(p[:, 10] * rng.lognormal(0, np.where(y == ckd, 0.4, 0.22), n) - 0.5 * np.clip(age - 55, 0, None)
                   * (y != ckd), 5, 140)
    bili = 0.6 * p[:, 11] * rng.lognormal(0, 0.4, n) * np.where(rng.random(n) < 0.05, 2.5, 1)  # Gilbert's
    ldh = 190 * p[:, 12] * rng.lognormal(0, np.where(np.isin(y, (b12, haem)), 0.55, 0.25), n)
    x = np.column_stack([np.round(hb, 1), np.round(rbc, 2), np.round(mcv, 1), np.round(mch, 1), np.round(mchc, 1),
                         np.round(rdw, 1), np.round(retic, 1), np.round(wbc, 1), np.round(plt), np.round(crp, 1),
                         np.round(egfr), np.round(bili, 1), np.round(ldh), np.round(age), woman, hours])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- vessels8: vessel types from AIS
#: the vessel types of ``vessels8``, in label order, and their rows
VESSELS = ("cargo", "tanker", "passenger", "fishing", "tug", "pleasure craft", "sailing yacht", "pilot or patrol")
VESSEL_ROWS = (380, 280, 200, 360, 220, 300, 260, 160)
#: the vessel types whose months meet (symmetric)
VESSEL_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0, 5, 7), 3: (4, 5, 6), 4: (3, 7), 5: (2, 3, 6, 7), 6: (3, 5),
                     7: (2, 4, 5)}
#: per type: the median length (m) and its log spread, beam over length, the service speed (kn) and its spread, the
#: share of moving time at work (2-5 kn: fishing, towing, light winds), the turn rate at work (deg/min), the share
#: of the month under way, port calls per week, the median trip (NM), the median distance offshore (NM), the night
#: and weekend shares of the moving time and the draught changes per month
VESSEL_PROFILES = np.array([
    # m    sd    B/L   kn    sd   work  turn  moving calls trip  off   night wkend draught
    [170., 0.45, 0.155, 13.0, 2.0, 0.04, 3.0, 0.55, 1.2, 300., 18.0, 0.45, 0.29, 1.5],  # cargo
    [150., 0.55, 0.175, 12.0, 1.5, 0.04, 3.0, 0.50, 0.8, 350., 22.0, 0.45, 0.29, 3.0],  # tanker
    [90.0, 0.60, 0.180, 16.0, 4.5, 0.03, 3.0, 0.45, 20., 20.0, 4.00, 0.22, 0.32, 0.2],  # passenger
    [20.0, 0.55, 0.260, 9.00, 1.5, 0.55, 9.0, 0.30, 3.0, 40.0, 14.0, 0.40, 0.20, 0.3],  # fishing
    [30.0, 0.30, 0.320, 10.0, 2.0, 0.45, 7.0, 0.22, 9.0, 6.00, 1.50, 0.35, 0.22, 0.1],  # tug
    [12.0, 0.45, 0.300, 17.0, 7.0, 0.12, 4.0, 0.04, 1.5, 12.0, 2.00, 0.08, 0.55, 0.0],  # pleasure craft
    [12.0, 0.30, 0.290, 6.00, 1.0, 0.45, 4.0, 0.05, 1.0, 18.0, 4.00, 0.10, 0.52, 0.0],  # sailing yacht
    [18.0, 0.35, 0.290, 18.0, 4.0, 0.12, 5.0, 0.12, 18., 5.00, 2.00, 0.38, 0.28, 0.0],  # pilot or patrol
])


def vessels8():
    """Vessels seen by a coastal AIS network over a month in 8 types (``VESSELS``), labelled by the ship
    register (not the type the transponder declares, often unset on small craft), as the month's AIS messages
    summarise each vessel. Each type has its profile (``VESSEL_PROFILES``): cargo ships and tankers are long,
    under way half the month on long trips far offshore, day and night (the tankers' draught changes as they load
    and discharge); ferries make many short trips between the same ports by day; fishing vessels steam out at
    9 kn and fish at 2-5 kn, turning; tugs work in port at towing speeds, many short jobs; pleasure craft and
    sailing yachts leave their berth a few times a month, at weekends (motor boats fast, yachts at 2-7 kn under
    sail or motor); pilot and patrol boats run fast and short. Small craft carry a class B transponder (no
    draught; weaker, so more gaps far out), the static data are sometimes unset (length 0) or wrong, and a boat
    that rarely moves gives few moving readings, so its speeds and shares are noisy. So the types meet
    (``VESSEL_NEIGHBOURS``: cargo with tankers and ferries, the small working boats with one another and with
    the pleasure craft). Columns: length and beam (m; 0 unset), draught (m; 0 unset), class B transponder (flag),
    median and 95th percentile speed under way (kn), share of the month under way, share of the moving time at
    2-5 kn, median turn rate under way (deg/min), port calls per week, median trip (NM), median distance offshore
    under way (NM), night and weekend shares of the moving time, coverage gaps (share of the moving time) and
    draught changes (16). Imbalanced: 380 / 280 / 200 / 360 / 220 / 300 / 260 / 160 rows (2,160)."""
    rng = np.random.default_rng(24409)
    y = rng.permutation(np.repeat(np.arange(len(VESSELS)), VESSEL_ROWS))
    n = len(y)
    p = VESSEL_PROFILES[y]
    fishing, tug, pleasure, sailing, pilot = range(3, 8)
    length = np.clip(p[:, 0] * rng.lognormal(0, p[:, 1]), 6, 400)
    beam = length * p[:, 2] * rng.lognormal(0, 0.1, n)
    small = length < np.where(y == fishing, 15, 24)
    class_b = rng.random(n) < np.select([np.isin(y, (sailing, pleasure)), y == fishing, y == pilot, y == tug],
                                        [np.where(small, 0.92, 0.4), 0.75 * small, 0.15, 0.05], 0)
    draught = np.where(class_b, 0, np.clip(0.055 * length * rng.lognormal(0, 0.15, n) + 0.5, 0.8, 22))
    unset = rng.random(n) < np.where(class_b, 0.12, 0.03)
    wrong = rng.random(n) < 0.03  # the antenna's offsets entered as the dimensions
    dims = np.where(wrong, rng.uniform(0.3, 0.7, n), 1) * ~unset
    moving = np.clip(p[:, 7] * rng.lognormal(0, 0.35, n), 0.005, 0.9)
    readings = np.maximum(np.round(moving * 720), 4).astype(int)  # hourly positions under way in the month
    service = np.clip(p[:, 3] + p[:, 4] * rng.normal(0, 1, n), 4, 40)
    work = np.clip(p[:, 5] * rng.lognormal(0, 0.4, n), 0, 0.9)
    speed_med, speed_hi, slow, turn = (np.zeros(n) for _ in range(4))
    for i in range(n):
        k = readings[i]
        at_work = rng.random(k) < work[i]
        v = np.where(at_work, rng.uniform(2, 5.5, k), service[i] * rng.lognormal(0, 0.12, k))
        v = np.where(rng.random(k) < 0.06, rng.uniform(1, 4, k), v)  # leaving and entering port
        r = np.where(at_work, p[i, 6], 0.7) * rng.lognormal(0, 0.6, k)
        speed_med[i], speed_hi[i] = np.median(v), np.percentile(v, 95)
        slow[i], turn[i] = np.mean((v >= 2) & (v <= 5)), np.median(r)
    calls = p[:, 8] * rng.lognormal(0, 0.4, n) * (moving / p[:, 7]) ** 0.5
    trip = p[:, 9] * rng.lognormal(0, 0.6, n)
    offshore = p[:, 10] * rng.lognormal(0, 0.7, n)
    beta = np.maximum(readings / 6, 2)  # the readings come in trips of hours: few trips give noisy shares

    def share(mean):
        mean = np.clip(mean, 0.01, 0.99)
        return rng.beta(mean * beta + 0.5, (1 - mean) * beta + 0.5)

    night = share(p[:, 11] + rng.normal(0, 0.06, n))
    weekend = share(p[:, 12] + rng.normal(0, 0.04, n))
    gaps = share(1 - np.exp(-offshore / np.where(class_b, 15, 45)) * 0.97)
    changes = np.where(class_b, 0, rng.poisson(p[:, 13] * (moving / p[:, 7]) ** 0.5))
    x = np.column_stack([np.round(length * dims), np.round(beam * dims, 1), np.round(draught, 1), class_b,
                         np.round(speed_med, 1), np.round(speed_hi, 1), np.round(moving, 3), np.round(slow, 3),
                         np.round(turn, 1), np.round(calls, 1), np.round(trip, 1), np.round(offshore, 1),
                         np.round(night, 3), np.round(weekend, 3), np.round(gaps, 3), changes])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND24`` lists them
GENERATORS = {"hearing6": hearing6, "seastate7": seastate7, "anaemia7": anaemia7, "vessels8": vessels8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND24_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "hearing6": (2180, 14, HEARING_ROWS),
    "seastate7": (2180, 15, SEA_ROWS),
    "anaemia7": (2160, 16, ANAEMIA_ROWS),
    "vessels8": (2160, 16, VESSEL_ROWS),
}
ROUND24 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("hearing6", "seastate7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"hearing6": HEARING_NEIGHBOURS, "seastate7": SEA_NEIGHBOURS, "anaemia7": ANAEMIA_NEIGHBOURS,
              "vessels8": VESSEL_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
