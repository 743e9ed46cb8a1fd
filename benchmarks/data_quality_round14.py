"""Round 14's held-out data sets for the noisy-label benchmark, written and committed before any
noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks or music genres): the per-row summaries a practitioner reads from four other fields. Soil
samples of the 12 USDA texture classes, labelled by the reference pipette analysis and described by a
routine laboratory's hydrometer, a surveyor's feel test and the soil's water and chemistry (each class
meets the classes it borders in the texture triangle; lime flocculates the clay); asteroids of 9
taxonomic classes (Bus-DeMeo) from survey colours, thermal albedo and orbits (space weathering between
S and Q, the featureless B / C / X / D sequence, K and L beside S; faint objects' colours blur); events
of a power-quality monitor in 8 IEEE 1159 disturbance classes (short interruptions that its half-cycle
RMS smears into sags, capacitor switching between transients and swells, converter notches beside
harmonics, repetitive sags beside flicker); and face-milling cuts of a tool at 5 flank-wear states
(neighbouring states share wear at their borders, the narrow states err most). Each
generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets soil12,asteroid9,powerq8,wear5``, ``--data round14``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-13's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round14.py`` prints
(about a minute on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
soil12     3,200  12 (220 / 160 / 400 / 380 /    87.7 / 85.3 | 88.0 / 83.9        18.9 / 17.5 / 15.7
                     420 / 150 / 240 / 300 /
                     260 / 150 / 170 / 350)
asteroid9  2,770  9 (150 / 520 / 380 / 200 /     89.9 / 87.9 | 90.5 / 86.6        14.1 / 15.8 / 14.9
                    220 / 160 / 700 / 180 /
                    260)
powerq8    2,300  8 (520 / 200 / 260 / 420 /     95.2 / 91.0 | 93.7 / 90.6         9.6 / 14.1 / 9.9
                    180 / 240 / 330 / 150)
wear5      2,370  5 (300 / 450 / 900 / 500 /     86.8 / 82.1 | 86.6 / 84.5        19.5 / 23.5 / 17.4
                    220)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round14.py``): over 90 % of soil12's errors fall between texture classes that
share an edge in the triangle (``TEXTURE_NEIGHBOURS``, which the tests rebuild from ``texture_class`` on a
grid), the thin loamy-sand strip errs most, over five times as often as sand; over 85 % of asteroid9's
errors fall between neighbouring taxa (``TAXON_NEIGHBOURS``: B / C / X / D by slope, X / K / S, K / L,
L / D, L / S, S / Q by space weathering, V beside S and Q), and the faintest quarter errs over 1.5 times as
often as the brightest; over 90 % of powerq8's errors fall between neighbouring disturbances
(``DISTURBANCE_NEIGHBOURS``: sag / interruption, sag / flicker, flicker / harmonics, harmonics / notching,
swell / oscillatory transient, oscillatory / impulsive transient), and of sags and interruptions the
shortest quarter errs over 1.5 times as often as the longest; over 95 % of wear5's errors fall between
adjacent wear states, the wide steady state errs least and the narrow new and initial states over twice as
often. The benchmark MLP misfits 5-13 % of its clean training rows: hard clean rows that a detector must
not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402


# --------------------------------------------------------------------------- soil12: USDA soil texture
#: the USDA texture classes of ``soil12``, in label order, and their rows
TEXTURES = ("sand", "loamy sand", "sandy loam", "loam", "silt loam", "silt", "sandy clay loam", "clay loam",
            "silty clay loam", "sandy clay", "silty clay", "clay")
TEXTURE_ROWS = (220, 160, 400, 380, 420, 150, 240, 300, 260, 150, 170, 350)
#: the classes each class shares an edge with in the texture triangle (symmetric)
TEXTURE_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3, 4, 6), 3: (2, 4, 6, 7), 4: (2, 3, 5, 7, 8), 5: (4,),
                      6: (2, 3, 7, 9), 7: (3, 4, 6, 8, 9, 11), 8: (4, 7, 10), 9: (6, 7, 11), 10: (8, 11),
                      11: (7, 9, 10)}
#: the laboratory's reporting limits: CaCO3 (%), organic carbon (%), log10 Ksat (mm/h)
SOIL_LIMITS = (0.5, 0.1, -1.5)


def texture_class(sand, silt, clay):
    """The USDA texture class (index into ``TEXTURES``) of particle-size fractions in percent (arrays
    that sum to 100), by the NRCS rules."""
    sand, silt, clay = np.broadcast_arrays(*(np.asarray(v, float) for v in (sand, silt, clay)))
    conditions = [
        silt + 1.5 * clay < 15,
        silt + 2 * clay < 30,
        (clay >= 40) & (silt >= 40),
        (clay >= 40) & (sand <= 45),
        (clay >= 35) & (sand > 45),
        (clay >= 27) & (sand <= 20),
        (clay >= 27) & (sand <= 45),
        (clay >= 20) & (silt < 28) & (sand > 45),
        (silt >= 80) & (clay < 12),
        silt >= 50,
        (clay >= 7) & (silt >= 28) & (sand <= 52),
    ]
    order = [0, 1, 10, 11, 9, 8, 7, 6, 5, 4, 3]
    return np.select(conditions, order, default=2)  # the rest is sandy loam


def soil12():
    """Soil samples of a national soil survey's laboratory in the 12 USDA texture classes
    (``TEXTURES``), labelled by the reference pipette analysis of their sand, silt and clay, as the
    survey's routine data describe them. The fractions are drawn evenly over each class's part of the
    texture triangle (``texture_class``), so many samples lie near a border. The routine hydrometer
    errs by 2-4 points (more in clay-rich samples), counts part of the organic matter as clay, and
    under-reads the clay of calcareous samples (a fifth of them), whose lime flocculates it; the field
    surveyor's ribbon length, grittiness and smoothness follow clay, sand and silt on coarse scales.
    Water retention at field capacity and wilting point, saturated hydraulic conductivity, bulk density
    and cation exchange capacity follow the texture, organic carbon and the clay's mineralogy (pedotransfer
    relations with scatter); pH, salinity and sampling depth are nuisance columns (depth also sets the
    organic carbon). CaCO3 and organic carbon below their reporting limits and Ksat below the
    permeameter's range are reported at the limit (``SOIL_LIMITS``). Each class meets the classes it
    borders (``TEXTURE_NEIGHBOURS``). Columns: hydrometer sand, silt and clay (%), ribbon length (cm),
    grittiness and smoothness (1-5), water content at -33 and -1500 kPa (% vol), log10 Ksat (mm/h), bulk
    density (g/cm3), CEC (cmol/kg), organic carbon (%), CaCO3 (%), pH, log10 EC (dS/m) and depth (cm)
    (16). Imbalanced: 220 / 160 / 400 / 380 / 420 / 150 / 240 / 300 / 260 / 150 / 170 / 350 rows
    (3,200)."""
    rng = np.random.default_rng(14011)
    pool = rng.dirichlet((1, 1, 1), 60000) * 100  # evenly over the triangle: sand, silt, clay
    kind = texture_class(*pool.T)
    take = np.concatenate([np.flatnonzero(kind == c)[:rows] for c, rows in enumerate(TEXTURE_ROWS)])
    sand, silt, clay = pool[take].T
    y = kind[take]
    n = len(y)
    depth = rng.uniform(0, 120, n)
    oc = rng.lognormal(np.log(0.5 + 0.02 * clay + 1.6 * np.exp(-depth / 25)), 0.45)
    calcareous = rng.random(n) < 0.2
    caco3 = np.where(calcareous, rng.lognormal(np.log(8), 0.8, n), rng.lognormal(np.log(0.15), 0.8, n))
    activity = rng.lognormal(0, 0.3, n)  # the clay's mineralogy: kaolinite .. smectite
    clay_h = (clay * np.where(calcareous, rng.uniform(0.72, 0.95, n), 1) + 1.2 * oc
              + rng.normal(0, 0.8 + 0.035 * clay, n))
    sand_h = sand + rng.normal(0, 1.0 + 0.015 * sand, n)
    clay_h, sand_h = np.clip(clay_h, 0.5, 95), np.clip(sand_h, 0.5, 99)
    silt_h = 100 - sand_h - clay_h
    ribbon = np.clip(0.22 * clay * rng.lognormal(0, 0.15, n) + rng.normal(0, 1, n), 0, 10)
    grit = np.clip(np.round(1 + sand / 24 + rng.normal(0, 0.55, n)), 1, 5)
    smooth = np.clip(np.round(1 + silt / 24 + rng.normal(0, 0.55, n)), 1, 5)
    wilting = 1.5 + 0.38 * clay * activity ** 0.5 + 1.5 * oc + rng.normal(0, 1.2 + 0.03 * clay, n)
    field_cap = wilting + 4 + 0.18 * silt + 0.05 * clay + 2.5 * oc + rng.normal(0, 1.5 + 0.03 * silt, n)
    ksat = 0.4 + 0.018 * sand - 0.022 * clay * activity ** 0.5 + 0.15 * oc + rng.normal(0, 0.3, n)
    density = 1.62 - 0.0035 * clay - 0.09 * oc + 0.001 * depth + rng.normal(0, 0.07, n)
    cec = 0.45 * clay * activity + 2.6 * oc + 0.05 * silt + rng.normal(0, 1.2, n) + 0.05 * clay * rng.normal(0, 1, n)
    ph = np.where(calcareous, rng.normal(8.0, 0.25, n), rng.normal(6.0, 0.8, n))
    ec = np.where(calcareous, rng.normal(-0.2, 0.4, n), rng.normal(-0.7, 0.35, n))
    caco3_lim, oc_lim, ksat_lim = SOIL_LIMITS
    x = np.column_stack([sand_h, silt_h, clay_h, ribbon, grit, smooth, field_cap, wilting, np.maximum(ksat, ksat_lim),
                         density, np.maximum(cec, 1), np.maximum(oc * rng.lognormal(0, 0.05, n), oc_lim),
                         np.maximum(caco3, caco3_lim), ph, ec, np.round(depth)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- asteroid9: asteroid taxonomy
#: the taxonomic classes of ``asteroid9`` (Bus-DeMeo), in label order, and their rows
TAXA = ("B", "C", "X", "D", "K", "L", "S", "Q", "V")
TAXON_ROWS = (150, 520, 380, 200, 220, 160, 700, 180, 260)
#: the classes each class's spectra grade into (symmetric): the featureless B / C / X / D sequence by
#: slope, K between X and S, L beside K and S and as red as D, space weathering from Q to S, basaltic V
#: beside S and Q
TAXON_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3, 4), 3: (2, 5), 4: (2, 5, 6), 5: (3, 4, 6), 6: (4, 5, 7, 8),
                    7: (6, 8), 8: (6, 7)}
#: per class: spectral slope (per micron) mean and spread, the 1-micron band's depth mean and spread, the
#: ultraviolet drop mean and spread, log10 geometric albedo mean and spread, and the semi-major axis (AU)
#: mean and spread
TAXON_SPECTRA = np.array([
    [-0.25, 0.09, 0.00, 0.02, 0.06, 0.04, -1.10, 0.12, 3.05, 0.20],
    [0.08, 0.10, 0.02, 0.02, 0.16, 0.05, -1.22, 0.13, 2.95, 0.25],
    [0.45, 0.11, 0.03, 0.02, 0.12, 0.05, -0.95, 0.30, 2.80, 0.35],
    [1.30, 0.20, 0.02, 0.02, 0.14, 0.05, -1.28, 0.12, 3.30, 0.35],
    [0.65, 0.11, 0.13, 0.03, 0.25, 0.05, -0.92, 0.12, 2.95, 0.15],
    [1.00, 0.12, 0.09, 0.03, 0.42, 0.06, -0.85, 0.12, 2.75, 0.25],
    [0.90, 0.15, 0.24, 0.04, 0.30, 0.05, -0.66, 0.12, 2.55, 0.25],
    [0.40, 0.12, 0.32, 0.05, 0.27, 0.05, -0.62, 0.12, 2.20, 0.45],
    [0.70, 0.15, 0.55, 0.07, 0.36, 0.06, -0.48, 0.12, 2.36, 0.12],
])
#: the survey's filter wavelengths (micron), the Sun's colours u-g, g-r, r-i, i-z, and the u band's limit
FILTERS = np.array([0.354, 0.477, 0.623, 0.763, 0.913])
SOLAR_COLOURS = np.array([1.43, 0.44, 0.11, 0.03])
U_LIMIT = 22.3
#: the albedo a thermal survey assumes where it detects nothing
ASSUMED_ALBEDO = 0.14


def asteroid9():
    """Main-belt and near-Earth asteroids of a visible colour survey in 9 taxonomic classes (``TAXA``:
    Bus-DeMeo B, C, X, D, K, L, S, Q, V), labelled by their visible-infrared spectra, as the survey's
    moving-object catalogue, a thermal infrared survey and the orbit catalogue describe them. Each
    asteroid draws its spectral slope, 1-micron band depth, ultraviolet drop and albedo around its
    class's (``TAXON_SPECTRA``), so spectra grade into the neighbouring classes (``TAXON_NEIGHBOURS``);
    S and Q differ only by space weathering (one continuous age that reddens the slope and shallows the
    band), X holds dark P, middling M and bright E types. The reflectance at the five filters gives the
    colours u-g, g-r, r-i, i-z and the principal-component colour a*, averaged over one to five
    sightings; photometric errors grow steeply toward the faint limit (r = 21.5), and an ultraviolet
    magnitude fainter than the u band's limit is reported at the limit (``U_LIMIT``). The thermal survey
    measures the albedo (to 25 %) only of asteroids above its size limit and otherwise reports the
    assumed 0.14 (``ASSUMED_ALBEDO``). Orbits follow the classes loosely (V in Vesta's family, D in the
    outer belt, Q among near-Earth objects, K in Eos's family). Columns: u-g, g-r, r-i, i-z, a*, r
    magnitude, absolute magnitude H, albedo, semi-major axis (AU), eccentricity, sine of the
    inclination and the number of sightings (12). Imbalanced: 150 / 520 / 380 /
    200 / 220 / 160 / 700 / 180 / 260 rows (2,770)."""
    rng = np.random.default_rng(14107)
    y = np.repeat(np.arange(len(TAXA)), TAXON_ROWS)
    n = len(y)
    p = TAXON_SPECTRA[y]
    slope = p[:, 0] + p[:, 1] * rng.normal(0, 1, n)
    band = np.abs(p[:, 2] + p[:, 3] * rng.normal(0, 1, n))
    uv = np.abs(p[:, 4] + p[:, 5] * rng.normal(0, 1, n))
    weathering = np.where(y == 6, rng.uniform(0.3, 1, n), np.where(y == 7, rng.uniform(0, 0.42, n), 0.5))
    sq = np.isin(y, (6, 7))
    slope = np.where(sq, 0.3 + 0.85 * weathering + 0.12 * rng.normal(0, 1, n), slope)
    band = np.where(sq, np.abs(0.37 - 0.18 * weathering + 0.03 * rng.normal(0, 1, n)), band)
    log_albedo = p[:, 6] + p[:, 7] * rng.normal(0, 1, n)
    xtype = rng.choice(3, n, p=(0.5, 0.4, 0.1))  # X: P, M, E
    log_albedo = np.where(y == 2, np.log10(np.array([0.05, 0.14, 0.45]))[xtype] + 0.1 * rng.normal(0, 1, n),
                          log_albedo)
    centre = np.where(y == 8, 0.93, 0.98)
    lam = FILTERS[None, :]
    reflectance = (1 + slope[:, None] * (lam - 0.55) - uv[:, None] * np.maximum(0, 0.5 - lam) / 0.146
                   - band[:, None] * np.exp(-((lam - centre[:, None]) / 0.12) ** 2))
    reflectance = np.maximum(reflectance, 0.05)
    colours = -2.5 * np.log10(reflectance[:, :-1] / reflectance[:, 1:]) + SOLAR_COLOURS
    # orbits
    semi = np.clip(p[:, 8] + p[:, 9] * rng.normal(0, 1, n), 1.05, 3.9)
    vesta = (y == 8) & (rng.random(n) < 0.75)
    eos = (y == 4) & (rng.random(n) < 0.5)
    near_earth = ((y == 7) & (rng.random(n) < 0.4)) | (rng.random(n) < 0.02)
    semi = np.where(vesta, rng.normal(2.36, 0.03, n), np.where(eos, rng.normal(3.01, 0.02, n), semi))
    semi = np.where(near_earth, rng.uniform(1.05, 2.1, n), semi)
    ecc = np.where(near_earth, rng.uniform(0.2, 0.65, n), np.abs(rng.normal(0.13, 0.06, n)))
    ecc = np.where(vesta, rng.normal(0.1, 0.015, n), np.where(eos, rng.normal(0.08, 0.01, n), ecc))
    inc = np.where(vesta, rng.normal(6.5, 0.6, n), np.where(eos, rng.normal(10, 0.5, n), np.abs(rng.normal(0, 9, n))))
    # brightness: absolute magnitude, distance at the sighting, photometric errors
    h = np.clip(rng.normal(15.2, 1.4, n) - 0.8 * (semi > 2.8) + 2.5 * near_earth, 10, 20)
    delta = np.maximum(semi * (1 - ecc * rng.uniform(-1, 1, n)) - 1 + 0.5 * rng.random(n), 0.1)
    r_mag = h + 5 * np.log10(semi * delta) + 0.3 + rng.normal(0, 0.1, n)
    r_mag = np.where(r_mag > 21.5, 21.5 - rng.exponential(0.7, n), r_mag)  # seen again nearer opposition
    sightings = rng.choice(np.arange(1, 6), n, p=(0.55, 0.2, 0.12, 0.08, 0.05))
    mags = r_mag[:, None] + np.column_stack([colours[:, 0] + colours[:, 1], colours[:, 1], np.zeros(n),
                                             -colours[:, 2], -colours[:, 2] - colours[:, 3]])
    depth = np.array([22.0, 22.2, 22.2, 21.3, 20.5])  # the filters' 5-sigma limits
    sigma = 0.01 + 0.06 * 10 ** (0.4 * (mags - depth))
    rotation = 0.02 * rng.normal(0, 1, (n, 5)) * rng.uniform(0, 1, (n, 1)) * (sightings == 1)[:, None]
    mags_obs = mags + (rng.normal(0, 1, (n, 5)) * sigma + rotation) / np.sqrt(sightings)[:, None]
    mags_obs[:, 0] = np.minimum(mags_obs[:, 0], U_LIMIT)
    ug, gr, ri, iz = -np.diff(mags_obs, axis=1).T
    a_star = 0.89 * (gr - 0.44) + 0.45 * (ri - 0.11) - 0.57 + 0.3
    diameter = 1329 / np.sqrt(10 ** log_albedo) * 10 ** (-h / 5)  # km
    thermal = diameter * rng.lognormal(0, 0.3, n) > 4
    albedo = np.where(thermal, 10 ** log_albedo * rng.lognormal(0, 0.25, n), ASSUMED_ALBEDO)
    x = np.column_stack([ug, gr, ri, iz, a_star, mags_obs[:, 2], h + rng.normal(0, 0.15, n), albedo,
                         semi, ecc, np.sin(np.radians(inc)), sightings])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- powerq8: power quality events
#: the IEEE 1159 disturbance classes of ``powerq8``, in label order, and their rows
DISTURBANCES = ("sag", "interruption", "swell", "harmonics", "notching", "flicker", "oscillatory transient",
                "impulsive transient")
DISTURBANCE_ROWS = (520, 200, 260, 420, 180, 240, 330, 150)
#: the classes an event of each can be taken for (symmetric)
DISTURBANCE_NEIGHBOURS = {0: (1, 5), 1: (0,), 2: (6,), 3: (4, 5), 4: (3,), 5: (0, 3), 6: (2, 7), 7: (6,)}
#: the monitor's sampling rate (samples per 60 Hz cycle) and the notch detector's threshold (% depth)
SAMPLES_PER_CYCLE = 128
NOTCH_THRESHOLD = 8.0


def powerq8():
    """Events that a distribution feeder's power-quality monitor (60 Hz, 128 samples a cycle) records,
    in 8 IEEE 1159 classes (``DISTURBANCES``), labelled by the engineer who read the waveform and knew
    its cause, as the monitor's event summary describes them. A sag retains 10-90 % of the voltage, an
    interruption under 10 %, a swell 110-140 %: the monitor's half-cycle RMS smears the depth of short
    events, so short interruptions look like deep sags; a quarter of the sags repeat (motor starts,
    welders) and raise the flicker severity, while strong flicker dips below 90 %; capacitor switching
    rings (0.3-4 kHz) and lifts the voltage toward a swell, and a third of the swells start with that
    ringing; lightning's impulses are faster than the sampling, so their measured frequency folds
    below the Nyquist limit and their peaks are under-read, like a fast ringing's; six-pulse drives draw
    5th and 7th harmonics and their commutation notches the voltage, notches shallower than the
    detector's threshold (``NOTCH_THRESHOLD``) count as none, and arc furnaces' interharmonics make both
    flicker and distortion. Every event sits on the feeder's background distortion and flicker
    (``DISTURBANCE_NEIGHBOURS`` are the classes that meet). Columns: minimum and maximum half-cycle RMS
    (pu), log10 duration of the longest excursion outside 0.9-1.1 pu (cycles; 0.5 when none), THD (%),
    the dominant harmonic's order, interharmonic content (%), short-term flicker severity Pst, peak voltage
    (pu), the transient's dominant frequency (kHz) and log10 decay time (ms), notch depth (%) and notches
    per cycle, phase jump (deg), crest factor, voltage unbalance (%), phases affected and hour of the day
    (17). Imbalanced: 520 / 200 / 260 / 420 / 180 / 240 / 330 / 150 rows (2,300)."""
    rng = np.random.default_rng(14213)
    y = np.repeat(np.arange(len(DISTURBANCES)), DISTURBANCE_ROWS)
    n = len(y)
    sag, intr, swell, harm, notch, flick, osc, imp = (y == c for c in range(8))
    # background of the feeder
    thd = rng.lognormal(np.log(2.0), 0.35, n)
    inter = rng.lognormal(np.log(0.15), 0.5, n)
    pst = rng.lognormal(np.log(0.35), 0.35, n)
    order = rng.choice((3, 5, 7), n, p=(0.3, 0.5, 0.2)).astype(float)
    unbalance = rng.lognormal(np.log(0.8), 0.4, n)
    phases = rng.choice((1, 2, 3), n, p=(0.6, 0.2, 0.2)).astype(float)
    hour = rng.integers(0, 24, n).astype(float)
    # rms events: retained voltage, duration (cycles)
    retained = np.ones(n)
    near_fault = sag & (rng.random(n) < 0.2)  # a fault on the feeder itself: deep sags
    retained = np.where(sag, np.where(near_fault, rng.uniform(0.1, 0.3, n), 0.9 - 0.8 * rng.beta(1.3, 3.0, n)),
                        retained)
    retained = np.where(intr, rng.uniform(0, 0.1, n), retained)
    retained = np.where(swell, 1.1 + 0.3 * rng.beta(1.2, 3.5, n), retained)
    duration = np.full(n, 0.5)
    duration = np.where(sag, rng.lognormal(np.log(7), 1.0, n), duration)
    duration = np.where(intr, rng.lognormal(np.log(15), 1.4, n), duration)
    duration = np.where(swell, rng.lognormal(np.log(6), 1.0, n), duration)
    duration = np.clip(duration, 0.5, 3600)
    repetitive = sag & ~near_fault & (rng.random(n) < 0.3)  # welders, motor starts: shallow, short, repeated
    retained = np.where(repetitive, rng.uniform(0.78, 0.9, n), retained)
    duration = np.where(repetitive, rng.lognormal(np.log(2.5), 0.5, n), duration)
    pst = pst + np.where(repetitive, rng.lognormal(np.log(1.0), 0.5, n), 0)
    # flicker: voltage fluctuations at 5-15 Hz, the deep ones below 0.9 pu
    fluct = np.where(flick, rng.lognormal(np.log(0.03), 0.6, n), rng.lognormal(np.log(0.004), 0.5, n))
    pst = pst + np.where(flick, 38 * fluct * rng.lognormal(0, 0.25, n), 0)
    furnace = flick & (rng.random(n) < 0.35)  # arc furnaces: interharmonics and distortion too
    inter = inter + np.where(furnace, rng.lognormal(np.log(1.2), 0.5, n), 0)
    thd = thd + np.where(furnace, rng.lognormal(np.log(4), 0.5, n), 0)
    # steady distortion: drives' harmonics, converters' notches (which make harmonics too)
    thd = thd + np.where(harm, rng.lognormal(np.log(5), 0.5, n), 0)
    inter = inter + np.where(harm & (rng.random(n) < 0.3), rng.lognormal(np.log(0.7), 0.5, n), 0)
    pst = pst + np.where(harm & (rng.random(n) < 0.3), rng.lognormal(np.log(0.4), 0.5, n), 0)
    order = np.where(harm, rng.choice((3, 5, 7), n, p=(0.25, 0.55, 0.2)), order)
    depth = np.where(notch, rng.lognormal(np.log(14), 0.6, n), rng.lognormal(np.log(5), 0.6, n) * harm)
    thd = thd + np.where(notch, 0.3 * depth * rng.lognormal(0, 0.3, n), 0)
    order = np.where(notch, rng.choice((5, 7, 11, 13), n, p=(0.45, 0.25, 0.2, 0.1)), order)
    pulses = np.where(rng.random(n) < 0.75, 6, 12)
    # transients: capacitor switching rings, lightning strikes
    freq = np.zeros(n)
    # the event's window holds pre-event cycles
    peak = np.maximum(retained, 1) * np.sqrt(2) * (1 + 0.02 * rng.normal(0, 1, n))
    decay = np.zeros(n)
    ringing = osc | (swell & (rng.random(n) < 0.33))
    freq = np.where(ringing, rng.lognormal(np.log(0.8), 0.6, n), freq)
    peak = np.where(ringing, np.sqrt(2) * (1 + rng.uniform(0.1, 0.9, n) * (1 - 0.5 * swell)), peak)
    decay = np.where(ringing, rng.lognormal(np.log(1.0), 0.7, n), decay)
    step = osc * rng.normal(0.07, 0.035, n)  # the switched capacitor lifts the voltage
    true_freq = np.where(imp, rng.lognormal(np.log(12), 0.9, n), freq)
    nyquist = SAMPLES_PER_CYCLE * 60 / 2000  # kHz
    folded = np.abs(true_freq - 2 * nyquist * np.round(true_freq / (2 * nyquist)))
    freq = np.where(imp, np.maximum(folded, 0.3), freq)
    captured = 1 / np.sqrt(1 + (true_freq / nyquist) ** 2)  # the anti-aliasing filter
    peak = np.where(imp, np.sqrt(2) * (1 + rng.uniform(0.5, 2.5, n) * (0.4 + 0.6 * captured)), peak)
    decay = np.where(imp, np.hypot(rng.lognormal(np.log(0.1), 0.6, n), 0.25), decay)  # sampled
    # what the monitor measures
    smear = np.exp(-duration / 2)  # half-cycle RMS windows over short events
    rms_min = np.where(sag | intr, retained + (1 - retained) * 0.8 * smear, 1 - 2.2 * fluct * rng.uniform(0.6, 1, n))
    rms_min = rms_min + rng.normal(0, 0.015, n)
    ring_rms = 0.12 * (peak / np.sqrt(2) - 1) * np.minimum(1, decay / 4) * ringing  # ringing in the window
    rms_max = np.where(swell, retained - (retained - 1) * 0.8 * smear, 1 + 1.2 * fluct + step + 0.005 * rng.random(n))
    rms_max = rms_max + ring_rms + rng.normal(0, 0.012, n)
    outside = (rms_min < 0.9) | (rms_max > 1.1)
    excursion = np.where(sag | intr | swell, duration, rng.lognormal(np.log(1.5), 0.6, n))
    logged = np.where(outside, np.maximum(excursion * rng.lognormal(0, 0.15, n), 0.5), 0.5)
    detected_depth = depth * rng.lognormal(0, 0.2, n)
    detected_depth = np.where(detected_depth < NOTCH_THRESHOLD, 0, detected_depth)
    per_cycle = np.where(detected_depth > 0, pulses, 0)
    jump = np.where(sag | intr, (1 - retained) * rng.normal(0, 18, n), rng.normal(0, 1.5, n))
    crest = np.clip(peak / np.maximum(rms_max, 0.3) * (1 + 0.004 * thd * rng.normal(0, 1, n)), 1.2, 6)
    unbalance = unbalance + np.where((sag | intr | swell) & (phases < 3), rng.uniform(0.5, 3, n), 0)
    x = np.column_stack([rms_min, rms_max, np.log10(logged), thd * rng.lognormal(0, 0.15, n), order,
                         inter * rng.lognormal(0, 0.2, n), pst * rng.lognormal(0, 0.15, n), peak,
                         freq * rng.lognormal(0, 0.05, n), np.log10(np.maximum(decay, 0.01)), detected_depth,
                         per_cycle, jump, crest, unbalance, phases, hour])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- wear5: milling tool wear
#: the flank-wear states of ``wear5``, in label order, their rows, and their flank wear VB (mm) ranges
WEAR_STATES = ("new", "initial", "steady", "accelerated", "severe")
WEAR_ROWS = (300, 450, 900, 500, 220)
WEAR_VB = ((0.0, 0.06), (0.06, 0.13), (0.13, 0.27), (0.27, 0.42), (0.42, 0.7))
#: the acoustic emission counter's threshold (bursts per second below it read 0) and the profilometer's
#: lower limit of Ra (micron)
AE_MIN_RATE, RA_LIMIT = 2.0, 0.2


def wear5():
    """Face-milling cuts of a machining centre's monitoring system in 5 tool-wear states
    (``WEAR_STATES``), labelled by the flank wear VB measured under the toolmaker's microscope after the
    cut, as the system's per-cut summary describes them. Cutting speed, feed per tooth, depth of cut,
    the workpiece's hardness and the coolant vary from cut to cut (nuisance that drives every signal).
    Each cut draws its VB within its state's range (``WEAR_VB``), so neighbouring states meet at their
    borders. The chip's cutting force follows the chip load and the hardness; the worn flank adds a
    rubbing force proportional to VB and the depth of cut, mostly in the feed and thrust directions, so
    the thrust-to-cutting-force ratio grows with wear, but the dynamometer's noise floor blurs the
    rubbing of light cuts. Spindle power, acoustic emission (a counter reports bursts at or above its
    threshold, ``AE_MIN_RATE``, else 0), the insert's temperature and the surface roughness Ra (at least
    the profilometer's ``RA_LIMIT``) rise with wear, speed and feed; chipped inserts (a quarter of severe
    ones, a few accelerated) burst and roughen. The tool's accumulated cutting time follows Taylor's law
    with a lognormal tool-to-tool scatter. Columns: cutting speed (m/min), feed per tooth (mm), depth of
    cut (mm), hardness (HB), coolant flag, accumulated cutting time (min), spindle power (kW), cutting,
    feed and thrust force RMS (N), thrust / cutting force, acoustic emission RMS (V) and burst rate (1/s),
    insert temperature (C) and Ra (micron) (15). Imbalanced: 300 / 450 / 900 / 500 / 220 rows (2,370)."""
    rng = np.random.default_rng(14311)
    y = np.repeat(np.arange(len(WEAR_STATES)), WEAR_ROWS)
    n = len(y)
    lo, hi = np.array(WEAR_VB).T
    vb = rng.uniform(lo[y], hi[y])
    speed = rng.uniform(120, 320, n)
    feed = rng.uniform(0.06, 0.22, n)
    depth = rng.uniform(0.3, 3.0, n)
    hardness = rng.choice((180.0, 220.0, 260.0), n) + rng.normal(0, 8, n)
    coolant = rng.random(n) < 0.6
    kc = 1800 * (hardness / 220) * feed ** -0.25  # specific cutting force (N/mm2)
    chip = kc * feed * depth * 4  # four teeth in the cut
    rub = 3000 * (hardness / 220) * vb * depth * rng.lognormal(0, 0.1, n)  # the flank's rubbing
    noise = lambda scale, rel: rng.normal(0, 1, n) * (scale + rel * rng.lognormal(0, 0.3, n))  # noqa: E731
    cutting = chip + 0.35 * rub + noise(30, 0.02 * chip)
    feed_force = 0.45 * chip + 0.9 * rub + noise(30, 0.02 * chip)
    thrust = 0.3 * chip + 1.1 * rub + noise(35, 0.025 * chip)
    power = cutting * speed / 60000 + 0.6 + rng.normal(0, 0.1, n)
    chipped = ((y == 4) & (rng.random(n) < 0.25)) | ((y == 3) & (rng.random(n) < 0.05))
    ae_rms = 0.05 * (speed / 200) * (1 + 3.5 * vb) * depth ** 0.5 * rng.lognormal(0, 0.3, n) * (1 + 0.6 * chipped)
    bursts = rng.poisson(np.maximum(12 * vb - 1, 0.2) * (1 + 8 * chipped)) * rng.lognormal(0, 0.3, n)
    bursts = np.where(bursts < AE_MIN_RATE, 0, bursts)
    temp = (90 + 0.8 * speed * (1 + 1.2 * vb) - 60 * coolant) * rng.lognormal(0, 0.08, n)
    ra = (0.25 + 40 * feed ** 2 * (1 + 2.5 * vb) + 0.8 * chipped) * rng.lognormal(0, 0.25, n)
    taylor = (320 / speed) ** 3 * 25  # minutes for the steady state's VB of 0.2 mm
    worn = np.where(vb < 0.06, vb / 0.06 * 0.1, 0.1 + (vb - 0.06) / 0.14 * 0.9)  # of the Taylor time
    worn_time = taylor * worn * rng.lognormal(0, 0.25, n)
    x = np.column_stack([speed, feed, depth, hardness, coolant, worn_time, power, cutting, feed_force, thrust,
                         thrust / np.maximum(cutting, 50), ae_rms, bursts, temp, np.maximum(ra, RA_LIMIT)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND14`` lists them
GENERATORS = {"soil12": soil12, "asteroid9": asteroid9, "powerq8": powerq8, "wear5": wear5}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "soil12": (3200, 16, TEXTURE_ROWS),
    "asteroid9": (2770, 12, TAXON_ROWS),
    "powerq8": (2300, 17, DISTURBANCE_ROWS),
    "wear5": (2370, 15, WEAR_ROWS),
}
ROUND14 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
