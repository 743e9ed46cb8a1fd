"""Round 23's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
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
classes, meteorite groups or insect wingbeats): the per-row summaries a practitioner reads from four other
fields. As in rounds 21 and 22, the two graded sets simulate a pool of cases, label every case the way its field
does (a reference measurement against the field's table of limits) and keep a fixed number of each class
(``_keep``); the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes
(``ORDERED``): site-days at low-cost particle sensors in the 6 daily PM2.5 air quality categories Good to
Hazardous, labelled by the co-located reference monitor (the sensor reads high in humid air, smoke and dust
otherwise than the local mix, and one channel sometimes fails), and coal samples in the 9 ASTM ranks lignite to
low-volatile bituminous, labelled by a survey's reference analysis of the seam (calorific value on the moist
mineral-matter-free basis, agglomerating character, fixed carbon) and described by a commercial certificate of
another sample, as received (surface water it cannot tell from bed moisture). Two have UNORDERED classes:
kidney stones of 7 kinds (infrared analysis) from the patient's CT and 24-h urine (mixed stones, small stones
faint on CT), and electricity customers of 8 kinds (households with gas heating, a heat pump or rooftop panels;
offices, shops, restaurants, schools, workshops) from a year of their smart meter's hourly readings.
``NEIGHBOURS`` names each set's neighbour map (``AQI_NEIGHBOURS``, ``COAL_NEIGHBOURS``, ``STONE_NEIGHBOURS``,
``LOAD_NEIGHBOURS``). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 /
int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name,
seed)``, ``--sets aqi6,coal9,stones7,loads8``, ``--data round23``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round22.py`` and
``tests/test_data_quality_round22.py`` (as the model; the latter edited so that both rounds' registration tests
pass); the first 900 characters of ``benchmarks/data_quality_round5.py`` .. ``data_quality_round21.py`` (their
domains); the lines of ``benchmarks/data_quality_actions.py`` that register round 22 (its imports, ``ROUNDS`` and
the ``--data`` help); and the first 110 lines of ``tests/test_architecture.py``. The helpers imported from
round 5 (``main``, ``ordinal_neighbours``, ``sigmoid``) are used as round 22 uses them. No detector or filter ran
on these sets, and the benchmark did not; the tests compute their baseline with sklearn in their own helpers
(``tests/heldout_sets.py`` was not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs) after standard scaling on a stratified
75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error (stratified,
shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set       rows   classes (rows each)                      MLP train / test %, seed 0 | 1   10-NN error %
aqi6      2,220  6 (520 / 640 / 380 / 320 / 200 / 160),    94.4 / 87.6 | 92.6 / 84.9        39.9
                 ordered
coal9     2,180  9 (200 / 180 / 240 / 200 / 260 / 300 /    85.3 / 79.4 | 83.3 / 76.9        26.4
                 420 / 220 / 160), ordered
stones7   2,140  7 (560 / 380 / 320 / 180 / 340 / 200 /    77.0 / 68.2 | 73.0 / 67.1        39.2
                 160)
loads8    2,160  8 (460 / 280 / 260 / 240 / 300 / 200 /    96.5 / 94.3 | 97.3 / 96.5         4.6
                 160 / 260)

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round23.py``, with sklearn; no detector code). In aqi6 the baseline errs on 40 % of
the rows, 90 % of its errors between adjacent categories (``AQI_NEIGHBOURS``; 1.4 % more than two apart), Good
and Moderate 46 % of them; two in three errors read a lower category than the monitor's, and Hazardous errs least
(21 %). The sensor reads humid days higher at the same category, and the satellite flags medium or heavy smoke
on 1 % of Good days but three in four Very unhealthy ones. In coal9 it errs on 26 %, 98 % of them between
adjacent ranks (``COAL_NEIGHBOURS``; none more than two apart): high-volatile B and A 20 % of them, the
subbituminous ranks (told apart by a calorific value the surface water blurs) most; lignite errs least (10 %)
and subbituminous A most (40 %). Lignite to subbituminous A read no swelling (84-97 % FSI 0), high-volatile C
28 % and the higher ranks almost never. The baseline errs on 39 % of stones7's rows, 93 % of its errors between
neighbouring kinds (``STONE_NEIGHBOURS``), the two calcium oxalates 34 % of them; uric acid errs least (16 %) and
the dihydrate, apatite and brushite most (56-65 %), and stones under 4 mm (faint on CT) err 52 % against 32 % over
8 mm. loads8 is nearly separable for the baseline (5 %): offices and shops 38 % of its errors, 78 % of them
between neighbouring kinds (``LOAD_NEIGHBOURS``), one business (a restaurant) read as a household; solar
households exporting under 15 % of their import (a battery, a small array) err 21 % against 2 %. The MLP misfits
3-27 % of its clean training rows (stones7's most): hard clean rows that a detector must not flag.

Size: four generators with their tables and the documentation above, one module as every round has (loads8's
year of hourly readings needs its helpers beside it).
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
    drawn without replacement and listed class by class: each graded round-23 set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


def _window(hours, start, end, ramp):
    """A soft on / off window from ``start`` to ``end`` (hours) with ramps of ``ramp`` hours."""
    return sigmoid((hours - start) / ramp) * sigmoid((end - hours) / ramp)


def _bump(hours, centre, width):
    return np.exp(-0.5 * ((hours - centre) / width) ** 2)


# --------------------------------------------------------------------------- aqi6: daily air quality categories
#: the daily PM2.5 air quality categories of ``aqi6``, in label order, and their rows
AQI_CATEGORIES = ("Good", "Moderate", "Unhealthy for sensitive groups", "Unhealthy", "Very unhealthy", "Hazardous")
AQI_ROWS = (520, 640, 380, 320, 200, 160)
#: the category below and above each category
AQI_NEIGHBOURS = ordinal_neighbours(len(AQI_CATEGORIES))
#: the upper ends of Good .. Very unhealthy: the reference monitor's 24-h mean PM2.5 (ug/m3, truncated to 0.1;
#: the EPA's breakpoints of 2024)
AQI_BREAKPOINTS = (9.0, 35.4, 55.4, 125.4, 225.4)


def aqi6():
    """Site-days at low-cost optical particle sensors co-located with regulatory monitors in a western region, in
    the 6 daily PM2.5 air quality categories Good .. Hazardous (``AQI_CATEGORIES``), labelled by the reference
    monitor's 24-h mean against the EPA's breakpoints (``AQI_BREAKPOINTS``), as the low-cost sensor and the day's
    weather describe each day. The fine particles come from three sources: the local mix (sulfate, nitrate,
    traffic and, under winter inversions in the valleys, wood smoke), wildfire smoke in the fire season
    (lognormal: a few days of very dense smoke) and the fine tail of blowing dust on windy days. The sensor
    counts light scattered by particles: it reads the local mix about 1.5 times high and more in humid air (the
    particles take up water; smoke and dust little), smoke a little lower per microgram at very high
    concentrations, and dust at a third of its mass. Its two channels have their own gains (3 % of days one
    fails and reads high), some days miss hours, and the satellite smoke analyst flags smoke aloft as well as at
    the ground (clouds hide it). The reference is a continuum, so neighbouring categories meet
    (``AQI_NEIGHBOURS``). Columns: sensor PM2.5 (ug/m3, the channels' mean), channel difference (%), sensor PM1
    and PM10 (ug/m3), particles over 0.3 um (per 0.1 L), sensor relative humidity (%, inside the warm housing)
    and temperature (deg C), hours reported, wind speed (m/s), satellite smoke (0 none .. 3 heavy), day of year,
    valley site (flag), urban site (flag) and sensor age (months) (14). Imbalanced: 520 / 640 / 380 / 320 /
    200 / 160 rows (2,220)."""
    rng = np.random.default_rng(23017)
    n, sites = 150000, 240
    site = rng.integers(0, sites, n)
    valley = (rng.random(sites) < 0.35)[site]
    urban = (rng.random(sites) < 0.55)[site]
    gains = rng.lognormal(0, 0.07, (sites, 2))[site]
    installed = rng.integers(0, 48, sites)[site]
    doy = rng.integers(0, 365, n)
    winter = np.clip(np.cos(2 * np.pi * (doy - 15) / 365), 0, None)
    fire = np.exp(-0.5 * ((doy - 220) / 28) ** 2)  # the wildfire season, at its height in August
    wind = rng.lognormal(np.log(np.where(valley, 1.8, 2.8)), 0.45, n)  # m/s
    stagnant = winter * valley * np.exp(-wind / 1.5)  # winter inversions trap the valleys' smoke
    local = rng.lognormal(np.log(np.where(urban, 6.0, 3.8)), 0.45, n) * (1 + 5 * stagnant)
    smoke = np.where(rng.random(n) < 0.03 + 0.5 * fire, rng.lognormal(np.log(30), 1.1, n), 0)
    coarse = rng.lognormal(np.log(np.where(urban, 8, 5)), 0.5, n) * np.where(
        wind > 5, rng.lognormal(np.log(3), 0.8, n), 1)  # PM 2.5-10: blowing dust on windy days
    dust = 0.15 * coarse  # its fine tail
    ref = local + smoke + dust
    # the reference monitor: a small error, the 24-h mean truncated to 0.1 ug/m3
    reading = np.floor(10 * ref * rng.lognormal(0, 0.03, n)) / 10
    label = (reading[:, None] > np.array(AQI_BREAKPOINTS)).sum(1)
    keep = _keep(rng, label, AQI_ROWS)
    y = label[keep]
    valley, urban, gains, installed, doy, winter, fire, wind, stagnant, local, smoke, coarse, dust, ref = (
        a[keep] for a in (valley, urban, gains, installed, doy, winter, fire, wind, stagnant, local, smoke, coarse,
                          dust, ref))
    n = len(y)
    temperature = 12 - 11 * np.cos(2 * np.pi * (doy - 20) / 365) + 2 * urban - 3 * stagnant + rng.normal(0, 3, n)
    rh = np.clip(62 - 1.2 * (temperature - 12) + 15 * stagnant + rng.normal(0, 12, n), 8, 99)
    inside = np.minimum(0.77 * rh, 90)  # the housing is warmer than the air: a lower humidity
    water = inside / (100 - inside)

    def grown(kappa):  # hygroscopic growth of what the sensor sees
        return 1 + kappa * water

    seen = (1.5 * local * grown(0.4) + 1.7 * smoke * (1 + smoke / 350) ** -0.3 * grown(0.1)
            + 0.5 * dust * grown(0.02) + 0.05 * coarse)
    drift = 1 + 0.002 * (installed + doy / 30)  # the optics gather dust
    channels = seen[:, None] * gains * drift[:, None] * rng.lognormal(0, 0.04, (n, 2))
    failed = rng.random(n) < 0.03
    channels[failed, rng.integers(0, 2, failed.sum())] *= rng.uniform(1.5, 3.5, failed.sum())
    hours = np.where(rng.random(n) < 0.1, rng.integers(14, 24, n), 24)
    channels *= rng.lognormal(0, 0.025 * (24 - hours))[:, None]  # a mean over fewer hours
    pm25 = channels.mean(1)
    difference = 100 * np.abs(channels[:, 0] - channels[:, 1]) / pm25
    smoke_share, dust_share = 1.7 * smoke / seen, (0.5 * dust + 0.05 * coarse) / seen
    pm1 = pm25 * (0.66 + 0.1 * smoke_share - 0.25 * dust_share) * rng.lognormal(0, 0.03, n)
    pm10 = pm25 * (1.12 + 0.6 * dust_share) * rng.lognormal(0, 0.04, n)
    counts = pm25 * (140 + 50 * smoke_share - 80 * dust_share) * rng.lognormal(0, 0.07, n)
    # the satellite analyst's smoke polygons: the whole column, smoke aloft too; clouds hide it
    column = smoke * rng.lognormal(0, 0.9, n) + (rng.random(n) < 0.3 * fire) * rng.lognormal(np.log(20), 0.8, n)
    hms = np.digitize(column, [8, 30, 90]) * (rng.random(n) > 0.2)
    x = np.column_stack([np.round(pm25, 1), np.round(difference, 1), np.round(pm1, 1), np.round(pm10, 1),
                         np.round(counts), np.round(inside + rng.normal(0, 2, n)),
                         np.round(temperature + 4 + rng.normal(0, 0.8, n), 1), hours,
                         np.round(wind * rng.lognormal(0, 0.15, n), 1), hms, doy, valley, urban,
                         installed + doy // 30])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- coal9: ASTM coal ranks
#: the coal ranks of ``coal9``, in label order, and their rows
COAL_RANKS = ("lignite", "subbituminous C", "subbituminous B", "subbituminous A", "high-volatile C bituminous",
              "high-volatile B bituminous", "high-volatile A bituminous", "medium-volatile bituminous",
              "low-volatile bituminous")
COAL_ROWS = (200, 180, 240, 200, 260, 300, 420, 220, 160)
#: the rank below and above each rank
COAL_NEIGHBOURS = ordinal_neighbours(len(COAL_RANKS))
#: ASTM D388: the least gross calorific value (Btu/lb, moist mineral-matter-free) of subbituminous C .. high-volatile
#: A bituminous (10,500-11,500 is high-volatile C when the coal agglomerates)
COAL_GCV_LIMITS = (8300.0, 9500.0, 10500.0, 11500.0, 13000.0, 14000.0)
#: the least fixed carbon (%, dry mineral-matter-free) of medium- and low-volatile bituminous and of the
#: anthracitic coals (not in the set)
COAL_FC_LIMITS = (69.0, 78.0, 86.0)
#: per basin: the vitrinite reflectance's range (%), the mean inertinite (vol %), the median sulfur and ash (%, dry)
#: and the basin's weight in the pool
COAL_BASINS = np.array([
    # Ro lo  hi    inert  sulfur ash  weight
    [0.22, 0.36, 8.0, 0.9, 14.0, 1.0],  # Gulf Coast lignite
    [0.25, 0.45, 10.0, 0.4, 7.0, 1.0],  # Powder River (Fort Union lignite to subbituminous)
    [0.42, 0.72, 9.0, 3.0, 11.0, 1.0],  # Illinois basin: high-sulfur
    [0.55, 1.75, 12.0, 1.2, 12.0, 1.3],  # Appalachian
    [0.45, 0.85, 14.0, 0.6, 10.0, 0.8],  # western interior (Utah, Colorado)
    [0.60, 1.60, 30.0, 0.5, 14.0, 0.8],  # Permian Gondwana export coal: inertinite-rich
])


def coal9():
    """Coal samples in 9 ASTM ranks lignite .. low-volatile bituminous (``COAL_RANKS``), labelled by a geological
    survey's reference analysis of the seam's core (equilibrium moisture, Parr formulas to the mineral-matter-free
    basis, ASTM D388: the calorific value sets the ranks up to high-volatile A, the agglomerating character splits
    10,500-11,500 Btu/lb, and the fixed carbon sets the medium- and low-volatile ranks, ``COAL_GCV_LIMITS`` and
    ``COAL_FC_LIMITS``), as a commercial laboratory's certificate of another sample of the same seam describes it.
    The rank follows the burial's heat (the vitrinite reflectance): the bed moisture falls steeply through the
    lignites and subbituminous coals, the calorific value of the organic matter rises and levels off, the
    volatile matter falls through the bituminous ranks and the coal swells (agglomerates) from the high-volatile
    bituminous ranks on. The macerals shift it: inertinite-rich coals (``COAL_BASINS``' Gondwana coal) hold less
    volatile matter and swell less at the same reflectance, liptinite more. Each basin spans its own range of
    rank, deeper seams higher (Hilt's law). The certificate reads another sample (more or less ash), as received
    (surface water on top of the bed moisture, which it cannot tell apart), on the dry and as-received bases
    without the mineral-matter correction; a petrographer measures the reflectance and inertinite of two samples
    in five of the bituminous coals and one in five of the others. So neighbouring ranks meet (``COAL_NEIGHBOURS``).
    Columns: total moisture (%, as received), ash, volatile matter and fixed carbon (%, dry), gross calorific value
    (Btu/lb, as received), sulfur (%, dry), free swelling index (0-9 by halves), Hardgrove grindability index,
    vitrinite reflectance (%; 0 = not measured), inertinite (vol %; 0 = not measured), basin (0-5) and depth (m)
    (12). Imbalanced: 200 / 180 / 240 / 200 / 260 / 300 / 420 / 220 / 160 rows (2,180)."""
    rng = np.random.default_rng(23131)
    n = 60000
    b = COAL_BASINS
    basin = rng.choice(len(b), n, p=b[:, 5] / b[:, 5].sum())
    u = rng.random(n)  # where in its basin's rank range: deeper is higher
    ro = b[basin, 0] * (b[basin, 1] / b[basin, 0]) ** u  # vitrinite reflectance (%)
    depth = np.clip(50 + 900 * u + rng.normal(0, 150, n), 15, None)
    inert = np.clip(rng.normal(b[basin, 2], 6 + 0.2 * b[basin, 2]), 1, 70)  # inertinite (vol %, mmf)
    lipt = np.clip(rng.normal(7 - 4 * np.minimum(ro, 1), 2, n), 0, 20)  # liptinite (vol %)
    vm_daf = 57 - 23.5 * ro - 0.2 * (inert - 10) + 0.5 * (lipt - 4) + rng.normal(0, 1.2, n)
    q_daf = 15700 - 4600 * np.exp(-(ro - 0.2) / 0.33) - 20 * (inert - 10) + 50 * (lipt - 4) + rng.normal(0, 120, n)
    bed = np.clip(1 + 50 * np.exp(-(ro - 0.22) / 0.17) * rng.lognormal(0, 0.12, n), 0.8, 60)  # % of moist mmf coal
    fsi = np.clip(9 * sigmoid((ro - 0.62) / 0.09) * (1 - inert / 70) - 3 * np.clip(ro - 1.5, 0, None)
                  + rng.normal(0, 0.15 + 0.65 * sigmoid((ro - 0.45) / 0.05), n), 0, 9)  # the vitrinite's swelling
    # the reference analysis: small laboratory errors (the Parr formulas' own error in them)
    fc_ref = 100 - vm_daf + rng.normal(0, 0.6, n)
    gcv_ref = q_daf * (1 - bed / 100) * rng.lognormal(0, 0.008, n)
    label = (gcv_ref[:, None] >= np.array(COAL_GCV_LIMITS)).sum(1)
    label = np.where((label == 3) & (fsi >= 1), 4, label)  # agglomerating: high-volatile C
    label = np.where(fc_ref >= COAL_FC_LIMITS[0], 7, label)
    label = np.where(fc_ref >= COAL_FC_LIMITS[1], 8, label)
    label = np.where(fc_ref >= COAL_FC_LIMITS[2], -1, label)  # anthracitic: not in the set
    keep = _keep(rng, label, COAL_ROWS)
    y = label[keep]
    basin, ro, depth, inert, vm_daf, q_daf, bed, fsi = (a[keep] for a in (basin, ro, depth, inert, vm_daf, q_daf,
                                                                          bed, fsi))
    n = len(y)
    # the certificate's sample: the same seam, another part of it (its own ash), as received
    sulfur = np.clip(rng.lognormal(np.log(b[basin, 3]), 0.5), 0.2, 8)  # % dry
    ash = np.clip(rng.lognormal(np.log(b[basin, 4]), 0.45), 2, 45)  # % dry
    mm = 1.08 * ash + 0.55 * sulfur  # mineral matter (% dry)
    organic = 100 - mm
    vm_db = organic * vm_daf / 100 + 0.1 * mm + rng.normal(0, 0.4, n)  # clays' water and carbonates' CO2
    fc_db = 100 - ash - vm_db
    bed_ar = 100 * (organic / 100) * (bed / 100) / (1 - (bed / 100) * (mm / 100))  # bed moisture of the whole coal
    surface = rng.lognormal(np.log(3.5), 0.5, n)  # % surface water: rain on the stockpile, the wash plant
    moisture = bed_ar + surface * (1 - bed_ar / 100)
    gcv_ar = (organic / 100 * q_daf + 40 * sulfur) * (1 - moisture / 100) * rng.lognormal(0, 0.006, n)
    swell = fsi + rng.normal(0, 0.4, n)  # the laboratory's button: under 1 a powder (0)
    fsi_read = np.where(swell < 1, 0, np.clip(np.round(2 * swell) / 2, 1, 9))
    hgi = 48 + 52 * sigmoid((ro - 1.15) / 0.13) + 0.2 * (inert - 10) + rng.normal(0, 5, n)
    measured = rng.random(n) < np.where(ro > 0.5, 0.4, 0.2)
    ro_read = np.where(measured, ro * rng.lognormal(0, 0.04, n), 0)
    inert_read = np.where(measured, np.clip(inert + rng.normal(0, 3, n), 1, 90), 0)  # 0 is kept for "not measured"
    x = np.column_stack([np.round(moisture + rng.normal(0, 0.3, n), 1), np.round(ash, 1), np.round(vm_db, 1),
                         np.round(fc_db, 1), np.round(gcv_ar, -1), np.round(sulfur, 2), fsi_read, np.round(hgi),
                         np.round(ro_read, 2), np.round(inert_read), basin, np.round(depth)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- stones7: kidney stone compositions
#: the kidney stones of ``stones7`` (each by its main component), in label order, and their rows
STONES = ("calcium oxalate monohydrate", "calcium oxalate dihydrate", "carbonate apatite", "brushite", "uric acid",
          "struvite", "cystine")
STONE_ROWS = (560, 380, 320, 180, 340, 200, 160)
#: the stones whose work-ups meet (symmetric)
STONE_NEIGHBOURS = {0: (1, 2, 3, 4), 1: (0, 2, 3, 4), 2: (0, 1, 3, 5, 6), 3: (0, 1, 2), 4: (0, 1, 6), 5: (2, 6),
                    6: (2, 4, 5)}
#: per stone: its CT attenuation (HU, large stones) and relative spread, diameter (mm) and log spread, urine pH and
#: its spread, urine calcium, oxalate, citrate and uric acid (mg/day) and volume (L/day), the patients' mean age,
#: share of women, share with a urease-positive culture, mean BMI, share with diabetes, the mean count of further
#: stones on CT and the share with primary hyperparathyroidism
STONE_PROFILES = np.array([
    # HU    sd    mm    sd    pH   sd    Ca    Ox    Cit   UA    vol  age   women urease BMI   DM    more  hpt
    [1250, 0.18, 5.5, 0.50, 5.9, 0.40, 210., 46.0, 480., 620., 1.7, 52.0, 0.35, 0.05, 28.5, 0.15, 0.5, 0.03],
    [1050, 0.18, 5.0, 0.50, 6.1, 0.40, 290., 38.0, 540., 600., 1.8, 46.0, 0.28, 0.05, 28.0, 0.10, 0.6, 0.05],
    [1000, 0.20, 7.0, 0.60, 6.7, 0.40, 270., 32.0, 330., 550., 1.8, 43.0, 0.62, 0.20, 28.0, 0.10, 0.8, 0.08],
    [1450, 0.17, 7.5, 0.50, 6.6, 0.35, 330., 33.0, 420., 600., 1.8, 45.0, 0.40, 0.06, 28.5, 0.10, 0.9, 0.12],
    [430., 0.20, 8.0, 0.55, 5.3, 0.30, 170., 35.0, 480., 680., 1.6, 62.0, 0.30, 0.05, 31.0, 0.35, 0.6, 0.01],
    [720., 0.22, 16., 0.60, 7.0, 0.50, 150., 30.0, 280., 480., 1.7, 60.0, 0.70, 0.75, 27.0, 0.20, 0.5, 0.01],
    [680., 0.18, 11., 0.50, 6.8, 0.50, 160., 30.0, 650., 500., 2.6, 32.0, 0.50, 0.10, 25.0, 0.03, 1.5, 0.00],
])
#: per stone: how often each other stone is its minor component (rows sum to 1)
STONE_MIX = np.array([
    [0.0, 0.5, 0.35, 0.0, 0.15, 0.0, 0.0],
    [0.6, 0.0, 0.4, 0.0, 0.0, 0.0, 0.0],
    [0.3, 0.4, 0.0, 0.0, 0.0, 0.3, 0.0],
    [0.4, 0.0, 0.6, 0.0, 0.0, 0.0, 0.0],
    [0.8, 0.2, 0.0, 0.0, 0.0, 0.0, 0.0],
    [0.1, 0.0, 0.9, 0.0, 0.0, 0.0, 0.0],
    [0.5, 0.0, 0.5, 0.0, 0.0, 0.0, 0.0],
])


def stones7():
    """Kidney stones removed at a referral centre in 7 kinds (``STONES``), labelled by the infrared spectroscopy of
    the stone (its main component), as the patient's work-up before the operation describes it. Each kind has its
    profile (``STONE_PROFILES``): calcium oxalate monohydrate is dense on CT and goes with much urinary oxalate,
    the dihydrate with much calcium, the calcium phosphates (carbonate apatite; brushite, the densest) with an
    alkaline urine, apatite with low citrate, infection and women, brushite with hyperparathyroidism; uric acid is
    faint on CT and forms in acid urine in older, heavier patients with diabetes; struvite forms large (staghorn)
    stones in urine made alkaline by urease-producing bacteria, mostly in women; cystine forms in young patients
    with cystinuria, several large stones, drinking much and taking alkali. Most stones hold a minor component
    (``STONE_MIX``: up to half, little in cystine), which pulls the stone and the urine toward that kind's, so the
    kinds meet (``STONE_NEIGHBOURS``: the four calcium stones with one another, apatite with struvite and
    cystine, uric acid with the oxalates and cystine, struvite with cystine). The CT reads small stones fainter
    (partial volume), the 24-h urine is collected more or less fully and varies day to day, and the cystine screen
    is done for a third of the patients (all under 30; a few false positives). Columns: stone attenuation (HU),
    largest diameter (mm), stones on CT, urine volume (L/day), urine pH, calcium, oxalate, citrate and uric acid
    (mg/day), cystine screen (0 not done, 1 negative, 2 positive), urease-positive culture (flag), serum calcium
    (mg/dL), age, woman (flag), BMI (kg/m2), diabetes (flag) and earlier stone episodes (17). Imbalanced:
    560 / 380 / 320 / 180 / 340 / 200 / 160 rows (2,140)."""
    rng = np.random.default_rng(23307)
    y = rng.permutation(np.repeat(np.arange(len(STONES)), STONE_ROWS))
    n = len(y)
    partner = (rng.random(n)[:, None] > np.cumsum(STONE_MIX[y], 1)).sum(1)
    minor = 0.5 * rng.beta(1.5, 3, n) * np.where(y == 6, 0.2, 1)  # the minor component's share
    p = (1 - minor)[:, None] * STONE_PROFILES[y] + minor[:, None] * STONE_PROFILES[partner]
    age = np.clip(rng.normal(p[:, 11], 13), 16, 90)
    woman = rng.random(n) < p[:, 12]
    urease = rng.random(n) < p[:, 13]
    bmi = np.clip(rng.normal(p[:, 14], 4.5), 17, 55)
    diabetes = rng.random(n) < p[:, 15] * (bmi / p[:, 14]) ** 2
    hpt = rng.random(n) < p[:, 17]
    # the stone on CT: the small ones read fainter (partial volume)
    size = np.clip(p[:, 2] * rng.lognormal(0, p[:, 3]), 2, 60)
    hu = p[:, 0] * rng.lognormal(0, p[:, 1]) * (1 - np.exp(-size / 3.2)) + rng.normal(0, 35, n)
    count = 1 + rng.poisson(p[:, 16])
    # the 24-h urine: collected more or less fully, one day of many
    full = rng.lognormal(0, 0.15, n)
    volume = p[:, 10] * rng.lognormal(0, 0.25, n) * full
    calcium = p[:, 6] * rng.lognormal(0, 0.35, n) * full * np.where(woman, 0.85, 1) * (1 + 0.5 * hpt)
    oxalate = p[:, 7] * rng.lognormal(0, 0.3, n) * full
    citrate = p[:, 8] * rng.lognormal(0, 0.45, n) * full * np.where(woman, 1.2, 1)
    uric = p[:, 9] * rng.lognormal(0, 0.25, n) * full * np.where(woman, 0.8, 1) * (bmi / 28) ** 0.5
    ph = p[:, 4] + p[:, 5] * rng.normal(0, 1, n) - 0.15 * diabetes + 0.3 * urease + rng.normal(0, 0.1, n)
    serum = rng.normal(9.5, 0.35, n) + 1.0 * hpt
    screened = (rng.random(n) < 0.3) | (age < 30)
    positive = rng.random(n) < np.where(y == 6, 0.95, 0.015)
    screen = np.where(screened, 1 + positive, 0)
    episodes = rng.poisson(np.where(y == 6, 3.0, np.where(y == 3, 2.0, 1.0)))
    x = np.column_stack([np.round(hu), np.round(size * 2) / 2, count, np.round(volume, 2),
                         np.round(np.clip(ph, 4.5, 8.5), 2), np.round(calcium), np.round(oxalate), np.round(citrate),
                         np.round(uric), screen, urease, np.round(serum, 1), np.round(age), woman, np.round(bmi, 1),
                         diabetes, episodes])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- loads8: smart-meter customer types
#: the customer types of ``loads8``, in label order, and their rows
LOADS = ("household, gas heating", "household, heat pump", "household, rooftop solar", "office", "shop",
         "restaurant", "school", "workshop")
LOAD_ROWS = (460, 280, 260, 240, 300, 200, 160, 260)
#: the customer types whose years meet (symmetric)
LOAD_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0,), 3: (4, 6, 7), 4: (3, 5), 5: (4,), 6: (3, 7), 7: (3, 6)}
#: per business type: the median peak load (kW) and its log spread, the share of the load that never switches off
#: (its least and most), the share with electric heating, cooling (kW per kW of load and degree above 21 C) and
#: the share with a rooftop array
LOAD_PROFILES = np.array([
    # kW   sd    base lo  hi   heat  cool   solar
    [15.0, 1.0, 0.20, 0.45, 0.30, 0.030, 0.12],  # office
    [10.0, 0.9, 0.10, 0.60, 0.15, 0.020, 0.08],  # shop
    [15.0, 0.6, 0.25, 0.45, 0.10, 0.020, 0.04],  # restaurant
    [50.0, 0.6, 0.08, 0.20, 0.20, 0.005, 0.20],  # school
    [20.0, 0.9, 0.05, 0.20, 0.10, 0.005, 0.15],  # workshop
])


def _year(rng):
    """One region's year (52 weeks from a Monday) at 52 deg N: daily mean temperatures, the hourly output of a
    kilowatt of solar panels, the lights' evening shape, and the calendar (weekends, public holidays, school
    terms)."""
    days = 364
    d = np.arange(days)
    hours = np.arange(24) + 0.5
    season = np.cos(2 * np.pi * (d - 196) / 365)  # 1 in mid-July, -1 in mid-January
    weather = np.zeros(days)
    shocks = rng.normal(0, 1.4, days)
    for i in range(1, days):
        weather[i] = 0.8 * weather[i - 1] + shocks[i]
    temperature = 10.5 + 7.5 * season + weather
    daylight = 12.2 + 4.3 * np.cos(2 * np.pi * (d - 172) / 365)
    sunrise = 12.5 - daylight / 2
    clear = np.clip(rng.beta(2, 2, days) * (0.75 + 0.25 * season), 0.05, 1)
    height = 0.35 + 0.65 * (1 + season) / 2
    shape = np.clip(np.sin(np.pi * (hours - sunrise[:, None]) / daylight[:, None]), 0, None)
    pv = 0.75 * (clear * height)[:, None] * shape  # kW per kWp
    lights = sigmoid((hours - (sunrise + daylight)[:, None] + 0.5) / 0.6) * sigmoid((23 - hours) / 0.6)
    public = np.isin(d, (0, 88, 91, 125, 146, 237, 358, 359))
    holiday = ((d >= 200) & (d < 244)) | (d >= 354) | (d < 3) | ((d >= 88) & (d < 102)) | ((d >= 44) & (d < 49)) \
        | ((d >= 146) & (d < 151)) | ((d >= 296) & (d < 301))  # school holidays
    return d, hours, temperature, pv, lights, public, holiday


def _battery(net, capacity):
    """A home battery (``capacity`` kWh per customer) charged from the panels' surplus and emptied into the
    evening's load, empty each morning: ``net`` (customers x days x 24, kW) after it."""
    out = net.copy()
    charge = np.zeros(net.shape[:2])
    for h in range(24):
        store = np.clip(-out[:, :, h], 0, capacity[:, None] - charge)
        give = np.clip(out[:, :, h], 0, charge) * (h >= 12)
        charge += 0.9 * store - give
        out[:, :, h] += store - give
    return out


def _households(rng, kind, m, d, hours, temperature, pv, lights):
    """Hourly net loads (kW, m x days x 24) of ``m`` households of ``kind`` (0 gas heating, 1 heat pump,
    2 rooftop solar)."""
    weekend = (d % 7 >= 5)[None, :, None]

    def each(low, high):
        return rng.uniform(low, high, (m, 1, 1))

    base = rng.lognormal(np.log(0.15), 0.5, m)[:, None, None]
    amp = rng.lognormal(np.log(0.55), 0.4, m)[:, None, None]
    home = rng.beta(1.2, 2.5, (m, 1, 1))  # how much of the day someone is home
    morning, evening = rng.normal(7.3, 0.7, (m, 1, 1)), rng.normal(19, 1.0, (m, 1, 1))
    workday = each(0.3, 0.8) * _bump(hours, morning, 0.9) + _bump(hours, evening, each(1.3, 2.5)) \
        + home * _window(hours, 9, 16, 1)
    weekday = np.where(weekend, 0.4 * _bump(hours, morning + 2, 1.5) + (0.2 + home) * _window(hours, 10, 17, 1)
                       + _bump(hours, evening - 0.5, 2), workday)
    start = rng.integers(185, 235, m)[:, None]
    away = (rng.random(m) < 0.5)[:, None] & (d >= start) & (d < start + rng.choice([7, 14], m)[:, None])
    days = rng.lognormal(0, 0.2, (m, len(d))) * ~away
    load = base + amp * days[:, :, None] * (weekday + 0.4 * lights[None]) * rng.lognormal(0, 0.35, (m, len(d), 24))
    hdd = np.clip(15.5 - temperature, 0, None)[None, :, None]
    if kind == 1:  # the heat pump: space heating on cold days, hot water early
        coef = rng.lognormal(np.log(0.08), 0.5, m)[:, None, None]  # the house's heat loss over the pump's COP
        hybrid = (rng.random(m) < 0.25)[:, None, None]  # a gas boiler takes over in the cold
        heat = 0.8 + 0.5 * _bump(hours, 6.5, 1.5) + 0.3 * _bump(hours, 18, 2.5)
        load = load + coef * np.where(hybrid, np.minimum(hdd, 8), hdd) * heat + 0.4 * _bump(hours, 4.5, 0.7)
    else:  # the boiler's pump; a few plug-in heaters
        heaters = (rng.random(m) < 0.1)[:, None, None]
        load = load + 0.004 * hdd + heaters * 0.03 * hdd * _window(hours, 17, 22, 0.5)
        if kind == 0:  # off-peak storage water heating
            load = load + (rng.random(m) < 0.1)[:, None, None] * 3 * _window(hours, 1, 4, 0.2)
    ev = (rng.random(m) < 0.12)[:, None, None] & (rng.random((m, len(d), 1)) < 0.45)  # an electric car charging
    at = np.where(rng.random(m) < 0.6, 23.5, 19.0)[:, None, None]
    load = load + ev * 7 * _window(hours, at, at + 2.5, 0.2) + ev * 7 * _window(hours + 24, at, at + 2.5, 0.2)
    if kind == 2:  # the panels: the meter reads the net; a quarter store the surplus
        kwp = rng.lognormal(np.log(4), 0.3, m)[:, None, None]
        load = load - kwp * rng.uniform(0.75, 1.0, m)[:, None, None] * pv[None]
        battery = rng.random(m) < 0.25
        load[battery] = _battery(load[battery], rng.uniform(5, 10, battery.sum()))
    return load


def _business(rng, kind, m, d, hours, temperature, pv, public, holiday):
    """Hourly net loads (kW, m x days x 24) of ``m`` businesses of ``kind`` (3 office .. 7 workshop)."""
    p = LOAD_PROFILES[kind - 3]
    dow = (d % 7)[None, :, None]
    weekday, saturday, sunday = dow < 5, dow == 5, dow == 6
    closed = public[None, :, None]
    term = ~holiday[None, :, None]
    summer = ((d >= 200) & (d < 244))[None, :, None]

    def each(low, high):
        return rng.uniform(low, high, (m, 1, 1))

    def some(share):
        return rng.random((m, 1, 1)) < share

    if kind == 3:  # offices: weekdays, a few Saturday mornings; quieter in the summer at half; servers all night
        start, end = rng.normal(8, 0.9, (m, 1, 1)), rng.normal(17.8, 1.5, (m, 1, 1))  # practices to call centres
        day = _window(hours, start, end, 0.8) * (weekday & ~closed) \
            + each(0.4, 1) * _window(hours, start, each(12, 18), 0.8) * (saturday & some(0.25))
        day = day * np.where(some(0.5) & summer, 0.75, 1)
    elif kind == 4:  # shops: five, six or seven days (shorter on Sundays); a few all day and night
        start, end = rng.normal(8.8, 1.2, (m, 1, 1)), rng.normal(18, 1.8, (m, 1, 1))  # bakeries to supermarkets
        opened = rng.choice([5, 6, 7], (m, 1, 1), p=[0.2, 0.55, 0.25])
        day = _window(hours, start, end, 0.4) * (dow < opened) * np.where(sunday, 0.7, 1) * ~closed
        day = np.where(some(0.1), 0.8 + 0.2 * _window(hours, 7, 22, 1), day)
        day = day * (1 + 0.15 * ((d >= 319) & (d < 358)))[None, :, None]  # the Christmas trade
    elif kind == 5:  # restaurants: lunch and dinner or a cafe's day, busier at the weekend, one day's rest at most
        cafe = some(0.25)
        day = np.where(cafe, _window(hours, rng.normal(7.5, 0.7, (m, 1, 1)), rng.normal(16, 1, (m, 1, 1)), 0.5),
                       0.3 * _window(hours, 9, 11.5, 0.5) + each(0.2, 1) * _window(hours, 11.5, 14.5, 0.5)
                       + each(0.4, 1) * _window(hours, 17, rng.normal(22.5, 0.7, (m, 1, 1)), 0.6))
        rest = rng.choice([0, 6, 7], (m, 1, 1), p=[0.45, 0.15, 0.4])  # Monday, Sunday or none
        day = day * (1 + 0.25 * (dow >= 4)) * (dow != rest)
    elif kind == 6:  # schools: term-time weekdays, after-school care, evening and weekend lettings, summer schools
        teaching = weekday & ~closed & term
        day = (_window(hours, rng.normal(7.6, 0.3, (m, 1, 1)), each(15.5, 18), 0.5)
               + some(0.3) * each(0.2, 0.6) * _window(hours, 18, 21.5, 0.5)) * teaching \
            + 0.08 * (weekday & ~term) + 0.3 * _window(hours, 8, 15, 0.5) * (weekday & summer & ~closed & some(0.2)) \
            + 0.3 * _window(hours, 9, 17, 0.5) * (~weekday & some(0.15))
    else:  # workshops: one shift with a lunch break (a few two shifts), Saturdays at some, shut in August at most
        start, length = rng.normal(7, 1.0, (m, 1, 1)), each(7, 10)
        shift = np.where(some(0.15), _window(hours, start - 1, start + 15, 0.25), _window(hours, start, start + length,
                         0.25) - 0.3 * _window(hours, start + 5, start + 5.5, 0.2))
        shut = closed | (some(0.6) & ((d >= 213) & (d < 227))[None, :, None]) | (d >= 356)[None, :, None]
        day = shift * (weekday & ~shut) + _window(hours, start, 12, 0.25) * (saturday & ~shut & some(0.3))
    size = rng.lognormal(np.log(p[0]), p[1], m)[:, None, None]
    base = rng.uniform(p[2], p[3], m)[:, None, None]
    busy = rng.lognormal(0, 0.12, (m, len(d), 1))
    load = size * (base + (1 - base) * day * busy) * rng.lognormal(0, 0.15, (m, len(d), 24))
    hdd = np.clip(15.5 - temperature, 0, None)[None, :, None]
    cdd = np.clip(temperature - 21, 0, None)[None, :, None]
    heated = rng.random((m, 1, 1)) < p[4]
    load = load + size * (heated * 0.02 * hdd + p[5] * cdd) * np.clip(day, 0, 1)
    array = rng.random((m, 1, 1)) < p[6]
    return load - array * size * rng.uniform(0.2, 0.6, (m, 1, 1)) * pv[None]


def loads8():
    """Electricity customers in 8 kinds (``LOADS``), labelled by the supplier's records (the tariff's customer
    class, the survey of the installations), as a year of their smart meter's hourly readings summarises each.
    The households use a little all night, most in the evening and at weekends (more where someone is home by
    day), away for a week or two in summer at half of them; the heat pump's load follows the cold, the rooftop
    panels' surplus runs the meter backwards on sunny days (a quarter store it in a battery); some households
    charge an electric car at night or heat water off-peak. The businesses (``LOAD_PROFILES``) follow their hours:
    offices on weekdays (their servers all night), shops six days (some all day and night, the food shops'
    fridges a high base), restaurants for lunch and dinner (busier at the weekend, half closed on Mondays),
    schools in term, workshops one shift and shut in August; some heat or cool electrically and some have
    panels on the roof. So the kinds meet (``LOAD_NEIGHBOURS``: the households with one another, the daytime
    businesses with one another, shops with restaurants). Columns: annual import (log10 kWh), export over import,
    load factor (mean over peak), night base share, weekend over weekday, weekday peak hour, weekday daytime share
    (8-18 h) and evening share (17-22 h), winter over summer, heating and cooling slopes (daily energy per degree
    day over the mean), weekday variation (coefficient of variation), closed weekday share (under 40 % of the
    median), August over June, morning ramp (the weekday profile's steepest hourly rise over its mean) and summer
    midday dip (the mean summer net load at 11-14 h less that at 8-10 and 16-18 h, over the mean load) (16).
    Imbalanced: 460 / 280 / 260 / 240 / 300 / 200 / 160 / 260 rows (2,160)."""
    rng = np.random.default_rng(23409)
    d, hours, temperature, pv, lights, public, holiday = _year(rng)
    y = rng.permutation(np.repeat(np.arange(len(LOADS)), LOAD_ROWS))
    x = np.zeros((len(y), 16))
    weekday = d % 7 < 5
    winter, summer = (d < 59) | (d >= 334), (d >= 152) & (d < 243)
    hdd, cdd = np.clip(15.5 - temperature, 0, None), np.clip(temperature - 21, 0, None)
    for kind in range(len(LOADS)):
        at = np.flatnonzero(y == kind)
        m = len(at)
        if kind < 3:
            net = _households(rng, kind, m, d, hours, temperature, pv, lights)
        else:
            net = _business(rng, kind, m, d, hours, temperature, pv, public, holiday)
        net = np.round(net, 2)  # the meter's resolution (kWh per hour)
        used = np.clip(net, 0, None)
        daily = used.sum(2)
        mean = daily.mean(1)
        profile = used[:, weekday].mean(1)  # the mean weekday (m x 24)
        wd = daily[:, weekday]
        median = np.median(wd, 1)
        slope = [np.polyfit(v, daily.T, 1)[0] / np.maximum(mean, 1e-3) for v in (hdd, cdd)]
        dip = net[:, summer][:, :, 11:14].mean((1, 2)) - net[:, summer][:, :, np.r_[8:10, 16:18]].mean((1, 2))
        x[at] = np.column_stack([
            np.log10(np.maximum(daily.sum(1), 1)), np.clip(-net, 0, None).sum((1, 2)) / np.maximum(daily.sum(1), 1),
            used.mean((1, 2)) / np.maximum(used.max((1, 2)), 1e-3), used[:, :, 1:5].mean((1, 2)) / np.maximum(
                used.mean((1, 2)), 1e-3), daily[:, ~weekday].mean(1) / np.maximum(wd.mean(1), 1e-3),
            profile.argmax(1), profile[:, 8:18].sum(1) / np.maximum(profile.sum(1), 1e-3),
            profile[:, 17:22].sum(1) / np.maximum(profile.sum(1), 1e-3),
            daily[:, winter].mean(1) / np.maximum(daily[:, summer].mean(1), 1e-3), slope[0], slope[1],
            wd.std(1) / np.maximum(wd.mean(1), 1e-3), (wd < 0.4 * median[:, None]).mean(1),
            daily[:, 213:243].mean(1) / np.maximum(daily[:, 152:182].mean(1), 1e-3),
            np.diff(profile, axis=1).max(1) / np.maximum(profile.mean(1), 1e-3),
            dip / np.maximum(used.mean((1, 2)), 1e-3)])
    rounding = (2, 3, 3, 3, 3, 0, 3, 3, 2, 4, 4, 3, 3, 2, 2, 2)
    x = np.column_stack([np.round(c, r) for c, r in zip(x.T, rounding)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND23`` lists them
GENERATORS = {"aqi6": aqi6, "coal9": coal9, "stones7": stones7, "loads8": loads8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND23_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "aqi6": (2220, 14, AQI_ROWS),
    "coal9": (2180, 12, COAL_ROWS),
    "stones7": (2140, 17, STONE_ROWS),
    "loads8": (2160, 16, LOAD_ROWS),
}
ROUND23 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("aqi6", "coal9")
#: each set's documented neighbouring classes
NEIGHBOURS = {"aqi6": AQI_NEIGHBOURS, "coal9": COAL_NEIGHBOURS, "stones7": STONE_NEIGHBOURS,
              "loads8": LOAD_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
