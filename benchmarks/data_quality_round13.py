"""Round 13's held-out data sets for the noisy-label benchmark, written and committed before any
noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates or occupations): the per-row summaries a practitioner reads
from four other fields. Galaxies of 5 visual classes along the Hubble sequence as a survey's photometric
pipeline and a non-parametric morphology code measure them (each class meets its neighbours on the
sequence; face-on S0s look like ellipticals; the seeing blurs small, distant galaxies); dissolved gas
analyses of transformer oil at 6 fault types (IEC 60599), labelled by the fault found in the tank
(neighbouring energies and temperatures meet at their borders, mixed faults, normal-ageing background,
hydrogen loss, detection limits); tracks of a ground surveillance radar of 7 target classes (slow and fast
road users, vans between cars and trucks, drones and birds; micro-Doppler lost at range); 30-second music
clips of 10 genres as an audio feature extractor summarises them (crossover styles between named
neighbouring genres, beat-tracker octave errors). Each generator is deterministic (its own fixed seed)
and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py``
loads them by name (``load(name, seed)``, ``--sets galaxy5,dga6,radar7,genre10``, ``--data round13``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-12's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round13.py`` prints
(about a minute on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
galaxy5    2,800  5 (600 / 420 / 800 / 720 /     90.2 / 82.3 | 89.3 / 84.3        15.7 / 18.2 / 16.6
                    260)
dga6       2,500  6 (160 / 380 / 620 / 450 /     91.8 / 89.9 | 91.4 / 88.5        11.3 / 10.8 / 10.2
                    330 / 560)
radar7     2,610  7 (500 / 260 / 150 / 700 /     93.2 / 90.0 | 94.2 / 88.5        10.3 / 10.2 / 10.2
                    300 / 280 / 420)
genre10    2,920  10 (250 / 220 / 260 / 230 /    90.8 / 85.6 | 91.4 / 84.9        14.4 / 15.2 / 14.5
                    350 / 300 / 280 / 400 /
                    180 / 450)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round13.py``): over 90 % of galaxy5's errors fall between neighbours on the
Hubble sequence (E / S0, S0 / Sab, Sab / Scd, Scd / Irr), S0 errs most, over three times as often as E,
and the quarter of galaxies smallest on the sky errs over 1.5 times as often as the largest quarter; over
90 % of dga6's errors fall between neighbouring fault types (``FAULT_NEIGHBOURS``: PD / D1, D1 / D2,
D2 / T3, T3 / T2, T2 / T1, T1 / PD), and the quarter with the least combustible gas errs over 1.5 times
as often as the most; over 90 % of radar7's errors fall between neighbouring targets
(``TARGET_NEIGHBOURS``: pedestrian / cyclist / motorcycle / car / truck along the road, drone / bird in
the air), and the farthest quarter of tracks errs over 1.5 times as often as the nearest; over 85 % of
genre10's errors fall between crossover neighbours (``GENRE_NEIGHBOURS``), and classical errs least.
The benchmark MLP misfits 6-11 % of its clean training rows: hard clean rows that a detector must not
flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, sigmoid  # noqa: E402


# --------------------------------------------------------------------------- galaxy5: galaxy morphology
#: the visual morphological classes of ``galaxy5`` along the Hubble sequence, in label order, and their rows
MORPHOLOGIES = ("E", "S0", "Sab", "Scd", "Irr")
MORPHOLOGY_ROWS = (600, 420, 800, 720, 260)
#: per class, the range of the numerical Hubble stage T a classifier's eye places it in
HUBBLE_T = ((-5.5, -3.5), (-3.5, -0.5), (-0.5, 3.5), (3.5, 7.5), (7.5, 10.5))
#: per class, the intrinsic thickness of the stellar body (edge-on axis ratio)
THICKNESS = (0.6, 0.25, 0.2, 0.15, 0.45)


def galaxy5():
    """Galaxies of a flux-limited spectroscopic survey (r < 17.77) in 5 visual classes along the Hubble
    sequence (``MORPHOLOGIES``), as its photometric pipeline and a non-parametric morphology code
    measure them. Each galaxy draws a Hubble stage T within its class's range (``HUBBLE_T``), and its
    bulge-to-total ratio, Sersic index, concentration, colours, star formation (H-alpha equivalent
    width), asymmetry and clumpiness follow T continuously with scatter, so neighbours on the sequence
    (E / S0, S0 / Sab, Sab / Scd, Scd / Irr) overlap; 8 % of spirals are quenched (red) and 6 % of
    ellipticals hold young stars (blue). Disks are seen at random inclinations: a face-on S0 is as
    round as an elliptical, dust reddens edge-on spirals. Distance is drawn within the flux limit,
    and the seeing (1.0-2.0 arcsec) blurs small, distant galaxies: their concentration, Sersic index,
    asymmetry and Gini-M20 shrink toward the point-spread function's, their axis ratio toward round.
    Columns: u-g, g-r, r-i, i-z, the concentration R90/R50, log10 Sersic index, the de Vaucouleurs
    fraction, the axis ratio b/a, asymmetry, clumpiness, Gini, M20, log10 H-alpha equivalent width,
    absolute magnitude M_r, log10 half-light radius (kpc), the r-band surface brightness within it,
    redshift and the half-light radius in arcsec (18). Imbalanced: 600 / 420 / 800 / 720 / 260 rows
    (2,800)."""
    rng = np.random.default_rng(13011)
    y = np.repeat(np.arange(len(MORPHOLOGIES)), MORPHOLOGY_ROWS)
    n = len(y)
    lo, hi = np.array(HUBBLE_T).T
    t_stage = rng.uniform(lo[y], hi[y])
    t = (t_stage + 5.5) / 16  # 0 (E) .. 1 (Irr)
    bt = np.clip(1.02 - 1.2 * t - 0.15 * (y >= 1) + rng.normal(0, 0.06, n), 0, 1)  # bulge-to-total
    sersic = np.clip(0.7 + 3.6 * bt ** 1.3 + rng.normal(0, 0.35, n), 0.4, 8)
    conc = 1.95 + 1.25 * bt + rng.normal(0, 0.14, n)
    quench = np.where(y >= 2, rng.random(n) < 0.08, False)
    blue_e = (y == 0) & (rng.random(n) < 0.06)
    gr = 0.79 - 0.42 * t ** 1.3 + 0.18 * quench - 0.15 * blue_e + rng.normal(0, 0.035, n)
    cos_i = rng.random(n)
    q0 = np.array(THICKNESS)[y]
    ba_disk = np.sqrt(cos_i ** 2 + q0 ** 2 * (1 - cos_i ** 2))
    ba = np.where(y == 0, rng.uniform(0.5, 1.0, n), ba_disk)
    dust = np.where(np.isin(y, (2, 3)), 0.16 * (1 - cos_i) ** 2, 0)
    gr = gr + dust
    log_ew = np.where(quench | (y <= 1), rng.normal(-0.1, 0.3, n) + 0.25 * (y == 1),
                      -0.3 + 2.2 * t + rng.normal(0, 0.25, n)) + 0.6 * blue_e
    log_ew = np.where(rng.random(n) < 0.1 * (y <= 1), rng.normal(0.6, 0.25, n), log_ew)  # LINER emission
    arms = (y >= 2) * rng.uniform(0.3, 1, n)  # spiral arms' strength (none in E and S0)
    asym = np.abs(0.02 + 0.16 * t ** 2 + 0.06 * arms + 0.04 * dust / 0.16 + rng.normal(0, 0.025, n))
    clump = np.abs(0.01 + 0.2 * t ** 1.5 + 0.1 * arms + rng.normal(0, 0.035, n))
    absmag = rng.normal(np.array([-21.4, -21.0, -21.0, -20.3, -18.9])[y], 0.85)
    r50 = 10 ** (0.42 - 0.17 * (absmag + 21) - 0.18 * bt + rng.normal(0, 0.12, n))  # kpc
    z_max = np.minimum(10 ** ((17.77 - absmag - 25) / 5) / 4283, 0.15)
    z = np.maximum(z_max * rng.random(n) ** (1 / 3), 0.006)
    theta = r50 / (20.8 * z)  # arcsec
    seeing = rng.uniform(1.0, 2.0, n)
    w = theta ** 2 / (theta ** 2 + (0.4 * seeing) ** 2)  # how well resolved
    faint = 10 ** (0.2 * (absmag + 25 + 5 * np.log10(4283 * z) - 14.5))  # noise grows with the magnitude
    conc_obs = w * conc + (1 - w) * 2.05 + rng.normal(0, 0.06, n)
    sersic_obs = np.clip(w * sersic + (1 - w) * 0.9 + rng.normal(0, 0.15, n) * (1 + faint), 0.3, 8)
    gini = 0.38 + 0.24 * bt * w + 0.05 * clump + rng.normal(0, 0.03, n)
    m20 = -1.35 - 1.05 * bt * w + 0.8 * clump * w + rng.normal(0, 0.12, n)
    asym_obs = w * asym + 0.03 * faint * np.abs(rng.normal(0, 1, n))
    clump_obs = w ** 2 * clump + 0.03 * faint * np.abs(rng.normal(0, 1, n))
    ba_obs = np.clip(w * ba + (1 - w) + rng.normal(0, 0.03, n), 0.08, 1)
    fracdev = np.clip(sigmoid(2.2 * (np.log(sersic_obs) - np.log(2.2))) + rng.normal(0, 0.08, n), 0, 1)
    colour_err = 0.02 * (1 + faint)
    ug = 0.95 + 1.9 * (gr - 0.3) + rng.normal(0, 0.12, n) + colour_err * rng.normal(0, 2, n)
    ri = 0.12 + 0.45 * gr + rng.normal(0, 0.025, n) + colour_err * rng.normal(0, 1, n)
    iz = 0.05 + 0.35 * gr + rng.normal(0, 0.04, n) + colour_err * rng.normal(0, 1.5, n)
    mu = absmag + 25 + 5 * np.log10(4283 * z) + 2.5 * np.log10(2 * np.pi * theta ** 2) + 10 * np.log10(1 + z)
    x = np.column_stack([ug, gr + colour_err * rng.normal(0, 1, n), ri, iz, conc_obs, np.log10(sersic_obs),
                         fracdev, ba_obs, asym_obs, clump_obs, gini, m20, log_ew, absmag + rng.normal(0, 0.05, n),
                         np.log10(r50), mu, z, theta])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- dga6: transformer oil gases
#: the fault types of ``dga6`` (IEC 60599), in label order, and their rows
FAULTS = ("PD", "D1", "D2", "T1", "T2", "T3")
FAULT_ROWS = (160, 380, 620, 450, 330, 560)
#: per fault, the neighbouring fault a mixed or borderline case shares its gases with
FAULT_NEIGHBOURS = {0: (1, 3), 1: (0, 2), 2: (1, 5), 3: (0, 4), 4: (3, 5), 5: (4, 2)}
#: the laboratory's detection limits (ppm) of H2, CH4, C2H6, C2H4, C2H2, CO and CO2
DETECTION = np.array([5.0, 1, 1, 1, 0.5, 10, 20])


def _fault_gases(rng, kind):
    """Relative yields of H2, CH4, C2H6, C2H4 and C2H2 of faults ``kind`` (indices into ``FAULTS``): a
    discharge's energy or a hot spot's temperature drawn within its type's range, so types meet at
    their borders."""
    n = len(kind)
    discharge_kind, thermal_kind = np.minimum(kind, 2), np.clip(kind - 3, 0, 2)
    energy = rng.uniform(np.array([0, 0.15, 0.5])[discharge_kind], np.array([0.15, 0.5, 1.0])[discharge_kind])
    temp = rng.uniform(np.array([120, 300, 700])[thermal_kind], np.array([300, 700, 1100])[thermal_kind])
    discharge = np.column_stack([
        3 + 2 * energy,
        0.45 - 0.2 * energy,
        0.08 + 0 * energy,
        0.02 + 1.3 * energy ** 2,
        2.6 * sigmoid((energy - 0.2) / 0.05) * np.sqrt(energy),
    ])
    thermal = np.column_stack([
        0.6 + 0.6 * temp / 1000,
        1.8 * np.exp(-((temp - 450) / 350) ** 2) + 0.3,
        1.2 * np.exp(-((temp - 220) / 130) ** 2) + 0.05,
        0.02 + 3.0 * sigmoid((temp - 600) / 150),
        0.003 + 0.5 * sigmoid((temp - 850) / 90),
    ])
    yields = np.where((kind <= 2)[:, None], discharge, thermal)
    return yields * rng.lognormal(0, 0.22, (n, 5))


def dga6():
    """Dissolved gas analyses of transformer oil at 6 fault types (``FAULTS``: partial discharge,
    low- and high-energy discharge, thermal faults under 300 C, 300-700 C and over 700 C), labelled by
    the fault found when the unit was opened, as a utility's diagnostic table holds them. A fault's gas
    mix follows its discharge energy or hot-spot temperature (``_fault_gases``: hydrogen for partial
    discharges, acetylene for arcs, methane and ethane for low temperatures, ethylene above 300 C),
    drawn within its type's range, so neighbouring types (``FAULT_NEIGHBOURS``) meet at their borders;
    a fifth of the faults mix in a neighbouring fault's gases (arcing with overheating, stray gassing
    beside partial discharges). The fault's gases add to the unit's background of normal ageing (which
    grows with age and may hold traces of an old arc), hot spots in paper add CO and CO2, free-breathing
    units lose much of their hydrogen, the laboratory errs by about 10 % and reports gases below its
    detection limits (``DETECTION``) at the limit, so small faults in old units are ambiguous. Columns:
    log10 ppm of H2, CH4, C2H6, C2H4, C2H2, CO and CO2, the Duval triangle's CH4, C2H4 and C2H2 shares
    (%), log10 C2H2/C2H4, CH4/H2, C2H4/C2H6 and CO2/CO, the unit's age (years) and a free-breathing
    flag (16). Imbalanced: 160 / 380 / 620 / 450 / 330 / 560 rows (2,500)."""
    rng = np.random.default_rng(13107)
    y = np.repeat(np.arange(len(FAULTS)), FAULT_ROWS)
    n = len(y)
    yields = _fault_gases(rng, y)
    mixed = rng.random(n) < 0.2
    other = np.array([rng.choice(FAULT_NEIGHBOURS[c]) for c in y])
    share = np.where(mixed, rng.uniform(0, 0.45, n), 0)[:, None]
    second = _fault_gases(rng, other)
    yields = (1 - share) * yields / yields.sum(1, keepdims=True) + share * second / second.sum(1, keepdims=True)
    amount = rng.lognormal(np.log(np.array([120, 250, 600, 250, 400, 700])[y]), 0.9)  # ppm of fault gas
    fault = yields * amount[:, None]
    age = rng.uniform(1, 45, n)
    background = np.column_stack([
        rng.lognormal(np.log(25), 0.6, n),
        rng.lognormal(np.log(10), 0.6, n) * (age / 15) ** 0.5,
        rng.lognormal(np.log(8), 0.7, n) * (age / 15) ** 0.5,
        rng.lognormal(np.log(5), 0.7, n) * (age / 15) ** 0.5,
        np.where(rng.random(n) < 0.15, rng.lognormal(np.log(2), 0.6, n), 0.0),  # an old arc's trace
    ])
    paper = rng.random(n) < np.array([0.1, 0.2, 0.35, 0.5, 0.3, 0.15])[y]
    co = rng.lognormal(np.log(120), 0.5, n) * (age / 15) ** 0.7 + paper * amount * rng.uniform(0.5, 2, n)
    co2 = co * rng.lognormal(np.log(9), 0.35, n) + paper * amount * rng.uniform(1, 4, n)
    gases = fault + background
    breathing = rng.random(n) < 0.4
    gases[:, 0] *= np.where(breathing, rng.uniform(0.25, 0.8, n), 1)  # hydrogen escapes the conservator
    measured = np.column_stack([gases, co, co2]) * rng.lognormal(0, 0.1, (n, 7))
    measured = np.maximum(measured, DETECTION)
    h2, ch4, c2h6, c2h4, c2h2, co_m, co2_m = measured.T
    duval = np.column_stack([ch4, c2h4, c2h2]) / (ch4 + c2h4 + c2h2)[:, None] * 100
    x = np.column_stack([np.log10(measured), duval, np.log10(c2h2 / c2h4), np.log10(ch4 / h2),
                         np.log10(c2h4 / c2h6), np.log10(co2_m / co_m), np.round(age), breathing])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- radar7: radar target tracks
#: the target classes of ``radar7``, in label order, and their rows
TARGETS = ("pedestrian", "cyclist", "motorcycle", "car", "truck", "drone", "bird")
TARGET_ROWS = (500, 260, 150, 700, 300, 280, 420)
#: the classes a track of each can be taken for (slow and fast road users, vans, small flyers)
TARGET_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3), 3: (2, 4), 4: (3,), 5: (6,), 6: (5,)}
#: per class: mean RCS (dBsm) and its spread, speed (m/s) mean and spread, height (m) low and high,
#: physical length (m), micro-Doppler spread (m/s), its modulation rate (Hz) low and high, the fraction
#: of tracks whose modulation shows, and the turn rate (deg/s)
TARGET_PHYSICS = np.array([
    [-1.0, 2.5, 1.5, 0.9, 0, 2, 0.5, 3.2, 1.6, 2.4, 0.9, 12],
    [2.5, 2.5, 5.5, 2.0, 0, 2, 1.7, 2.0, 0.9, 1.6, 0.6, 6],
    [4.0, 2.0, 13.0, 5.0, 0, 2, 2.1, 1.2, 8, 16, 0.3, 5],
    [11.0, 2.5, 12.0, 6.5, 0, 2, 4.5, 0.8, 8, 18, 0.35, 4],
    [20.0, 2.5, 10.0, 5.0, 0, 3.5, 10.0, 0.7, 6, 14, 0.35, 2],
    [-16.0, 4.0, 6.0, 4.0, 10, 120, 0.4, 2.8, 60, 200, 0.55, 14],
    [-19.0, 5.0, 10.0, 4.0, 3, 150, 0.4, 2.0, 3, 12, 0.65, 18],
])


def radar7():
    """Tracks of a ground surveillance radar (X band, 0.75 m range cells, out to 3 km) over a site with
    a road, a footpath and the sky above, in 7 target classes (``TARGETS``), as its tracker summarises
    each track. Every class draws its radar cross-section, speed, height, length, micro-Doppler spread
    and modulation (gait, pedalling, wheels, rotor blade flashes, wing beats) around its own
    (``TARGET_PHYSICS``): pedestrians run and cyclists ride slowly or push their bikes, motorcycles and
    cars share the road's speeds, vans overlap trucks in size and cross-section, the aspect swings a
    vehicle's cross-section by 5 dB, and drones and birds are both small, slow flyers (gliding birds
    beat no wings, a rotor's flashes are weak). Signal-to-noise falls with the fourth power of range:
    far tracks lose their micro-Doppler modulation, height from the elevation beam grows uncertain with
    range, and the length is blurred by the range cells, so each class meets its neighbours
    (``TARGET_NEIGHBOURS``) at range. Columns: range (m), SNR (dB), mean RCS (dBsm) and its fluctuation
    (dB), speed (m/s) and its variation, height (m), range extent (m), micro-Doppler spread (m/s),
    modulation rate (Hz) and strength, turn rate (deg/s), track duration (s) and the fraction of scans
    with a detection (14). Imbalanced: 500 / 260 / 150 / 700 / 300 / 280 / 420 rows (2,610)."""
    rng = np.random.default_rng(13211)
    y = np.repeat(np.arange(len(TARGETS)), TARGET_ROWS)
    n = len(y)
    p = TARGET_PHYSICS[y]
    rng_m = 60 + 2900 * rng.beta(1.4, 1.6, n)
    aspect = rng.uniform(0, np.pi, n)
    vehicle = np.isin(y, (2, 3, 4))
    rcs = p[:, 0] + p[:, 1] * rng.normal(0, 1, n) + np.where(vehicle, 5 * np.abs(np.sin(aspect)) - 2.5, 0)
    van = (y == 3) & (rng.random(n) < 0.15)  # vans: between cars and trucks
    rcs = rcs + 5 * van
    snr = rcs - 40 * np.log10(rng_m / 1000) + 18 + rng.normal(0, 1.5, n)
    quality = sigmoid((snr - 8) / 3)  # how much of the fine structure the radar resolves
    speed = np.abs(p[:, 2] + p[:, 3] * rng.normal(0, 1, n))
    running = (y == 0) & (rng.random(n) < 0.15)
    pushing = (y == 1) & (rng.random(n) < 0.1)
    speed = np.where(running, rng.uniform(2.5, 5, n), np.where(pushing, rng.uniform(0.8, 1.8, n), speed))
    hovering = (y == 5) & (rng.random(n) < 0.2)
    speed = np.where(hovering, rng.uniform(0, 1, n), speed)
    height = rng.uniform(p[:, 4], p[:, 5])
    height = height + rng.normal(0, 1, n) * (1 + rng_m / 250)  # the elevation beam
    length = p[:, 6] * np.where(van, 1.4, 1) * rng.lognormal(0, 0.2, n)
    extent = np.abs(length * (0.4 + 0.6 * np.abs(np.cos(aspect))) + rng.normal(0, 0.75, n))
    gliding = (y == 6) & (rng.random(n) < 0.25)
    shows = (rng.random(n) < p[:, 10] + 0.3) & ~gliding & (rng.random(n) < quality)
    rate = np.where(shows, rng.uniform(p[:, 8], p[:, 9]), rng.uniform(0, 20, n))
    strength = np.where(shows, rng.beta(4, 2, n), rng.beta(1.2, 5, n)) * (0.4 + 0.6 * quality)
    spread = np.abs(p[:, 7] * np.where(gliding, 0.3, 1) * (0.3 + 0.7 * quality) + rng.normal(0, 0.35, n))
    spread = np.where(pushing, 1.2 * spread + 0.8, np.where(running, 1.3 * spread, spread))
    turn = np.abs(p[:, 11] * rng.lognormal(0, 0.6, n) + rng.normal(0, 2, n) * (rng_m / 1000))
    duration = rng.lognormal(np.log(25), 0.7, n) * (0.5 + quality)
    detected = np.clip(0.3 + 0.7 * quality + rng.normal(0, 0.05, n), 0.05, 1)
    fluct = np.abs(np.where(vehicle, 4.5, np.where(y >= 5, 5.5, 3.5)) + rng.normal(0, 1.3, n) + 2 * (1 - quality))
    speed_var = np.abs(0.1 * speed * rng.lognormal(0, 0.5, n) + np.where(y == 0, 0.3, 0) + 0.2 * (1 - quality))
    x = np.column_stack([rng_m, snr, rcs + rng.normal(0, 1.5, n) * (1 + (1 - quality)), fluct, speed, speed_var,
                         height, extent, spread, rate, strength, turn, duration, detected])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- genre10: music genres
#: the genres of ``genre10``, in label order, and their rows
GENRES = ("blues", "classical", "country", "disco", "hiphop", "jazz", "metal", "pop", "reggae", "rock")
GENRE_ROWS = (250, 220, 260, 230, 350, 300, 280, 400, 180, 450)
#: crossover styles: the genres a track of each can borrow from (symmetric)
GENRE_NEIGHBOURS = {0: (2, 5, 9), 1: (5,), 2: (0, 7, 9), 3: (4, 7), 4: (3, 7, 8), 5: (0, 1), 6: (9,),
                    7: (2, 3, 4, 8, 9), 8: (4, 7), 9: (0, 2, 6, 7)}
#: per genre, the style a track's production and playing follow: brightness, distortion,
#: percussiveness, bass, loudness (compression), dynamics, swing, off-beat accents, rapped vocals,
#: acoustic instruments, harmonic complexity, loop repetition, sung vocals, vintage recording; then the
#: tempo (BPM) and its spread
STYLES = np.array([
    [0.45, 0.25, 0.45, 0.45, 0.45, 0.5, 0.8, 0.2, 0.05, 0.55, 0.5, 0.5, 0.7, 0.6, 95, 22],
    [0.35, 0.0, 0.1, 0.2, 0.15, 0.95, 0.1, 0.05, 0.0, 0.95, 0.85, 0.2, 0.1, 0.35, 100, 30],
    [0.5, 0.15, 0.5, 0.45, 0.55, 0.4, 0.3, 0.15, 0.05, 0.6, 0.35, 0.5, 0.85, 0.4, 115, 22],
    [0.65, 0.05, 0.8, 0.7, 0.65, 0.3, 0.1, 0.4, 0.05, 0.15, 0.4, 0.8, 0.7, 0.45, 120, 7],
    [0.5, 0.05, 0.75, 0.9, 0.8, 0.25, 0.25, 0.4, 0.85, 0.1, 0.25, 0.85, 0.4, 0.2, 92, 12],
    [0.45, 0.0, 0.4, 0.45, 0.3, 0.7, 0.85, 0.3, 0.02, 0.75, 0.85, 0.3, 0.35, 0.55, 130, 35],
    [0.85, 0.95, 0.85, 0.6, 0.85, 0.2, 0.05, 0.1, 0.05, 0.05, 0.3, 0.5, 0.6, 0.2, 140, 28],
    [0.65, 0.15, 0.65, 0.6, 0.8, 0.3, 0.15, 0.25, 0.15, 0.3, 0.35, 0.7, 0.9, 0.15, 115, 14],
    [0.45, 0.05, 0.6, 0.85, 0.55, 0.4, 0.2, 0.95, 0.2, 0.25, 0.3, 0.75, 0.75, 0.45, 78, 8],
    [0.65, 0.6, 0.7, 0.55, 0.7, 0.35, 0.15, 0.15, 0.05, 0.3, 0.35, 0.5, 0.75, 0.35, 125, 22],
])


def genre10():
    """30-second clips of 10 genres (``GENRES``, as in GTZAN) as an audio feature extractor summarises
    them: clip means and spreads of spectral, rhythm and timbre descriptors. Each track's style scatters
    around its genre's (``STYLES``: brightness, distortion, percussiveness, bass, loudness, dynamics,
    swing, off-beat accents, rap, acoustic instruments, harmony, loops, singing, vintage recording,
    tempo); two in five tracks are crossovers that borrow up to half of a neighbouring genre's style
    (``GENRE_NEIGHBOURS``: blues rock, country pop, disco and dance pop, reggae-tinged hip hop, jazz
    and blues, chamber jazz, hard rock and metal), and a clip of a quiet intro or a solo passage may
    stand for a song. The beat tracker halves or doubles the tempo of weakly percussive or very fast
    tracks; old recordings lose their treble. Columns: detected tempo (BPM), pulse clarity, onset
    rate, spectral centroid mean and spread (Hz), 85 % roll-off (Hz), spectral flatness (log10),
    zero-crossing rate, RMS mean (dB) and spread, low-energy fraction, low-frequency (bass) energy
    share, harmonic-to-percussive ratio (log10), key clarity, chord changes per bar, swing ratio,
    off-beat energy share, a speech-rhythm (4 Hz modulation) index, and the first four MFCC means past
    the zeroth (22). Imbalanced: 250 / 220 / 260 / 230 / 350 / 300 / 280 / 400 / 180 / 450 rows (2,920)."""
    rng = np.random.default_rng(13313)
    y = np.repeat(np.arange(len(GENRES)), GENRE_ROWS)
    n = len(y)
    style = STYLES[y, :14] + rng.normal(0, 0.11, (n, 14))
    tempo = rng.normal(STYLES[y, 14], STYLES[y, 15])
    cross = rng.random(n) < 0.4
    other = np.array([rng.choice(GENRE_NEIGHBOURS[c]) for c in y])
    share = np.where(cross, rng.uniform(0, 0.5, n), 0)
    style = (1 - share[:, None]) * style + share[:, None] * (STYLES[other, :14] + rng.normal(0, 0.11, (n, 14)))
    tempo = (1 - share) * tempo + share * rng.normal(STYLES[other, 14], STYLES[other, 15])
    passage = rng.random(n) < 0.1  # a quiet intro, a breakdown, a solo
    style[passage, 2] *= 0.5
    style[passage, 4] *= 0.7
    style[passage, 12] *= 0.3
    (bright, dist, perc, bass, loud, dyn, swing, offbeat, rap, acoustic, harm, loops, sung,
     vintage) = np.clip(style, 0, 1.1).T
    tempo = np.clip(tempo, 50, 210)
    octave = rng.random(n)
    halve = (octave < 0.35 * (1 - perc)) | ((tempo > 160) & (octave > 0.7))
    double = (octave > 1 - 0.2 * (1 - perc)) & (tempo < 100)
    detected = np.where(halve, tempo / 2, np.where(double, tempo * 2, tempo)) * rng.normal(1, 0.01, n)
    centroid = 1000 + 2200 * bright + 700 * dist - 800 * vintage + rng.normal(0, 220, n)
    x = np.column_stack([
        detected,
        np.clip(0.15 + 0.65 * perc + 0.1 * loops + rng.normal(0, 0.08, n), 0, 1),
        0.8 + 5 * perc * tempo / 120 + 1.5 * dist + rng.normal(0, 0.5, n),
        centroid,
        250 + 700 * dyn + 300 * dist + rng.normal(0, 120, n),
        2200 + 4800 * bright + 2000 * dist - 2600 * vintage + rng.normal(0, 500, n),
        -2.6 + 1.2 * dist + 0.7 * perc - 0.9 * acoustic + rng.normal(0, 0.2, n),
        0.035 + 0.06 * bright + 0.05 * dist + 0.02 * perc + rng.normal(0, 0.01, n),
        -24 + 13 * loud - 2 * vintage + rng.normal(0, 1.5, n),
        1 + 7 * dyn - 2.5 * loud + rng.normal(0, 0.7, n),
        np.clip(0.35 + 0.25 * dyn - 0.15 * loud + rng.normal(0, 0.05, n), 0.05, 0.95),
        np.clip(0.08 + 0.3 * bass - 0.04 * bright + rng.normal(0, 0.03, n), 0.01, 0.6),
        0.9 * (1 - perc) + 0.6 * acoustic - 0.5 * dist + rng.normal(0, 0.15, n),
        np.clip(0.2 + 0.45 * (1 - harm) * (1 - 0.4 * dist) + rng.normal(0, 0.07, n), 0, 1),
        0.4 + 2.2 * harm * (1 - 0.5 * loops) + rng.normal(0, 0.3, n),
        1 + 0.65 * swing + rng.normal(0, 0.08, n),
        np.clip(0.2 + 0.45 * offbeat + rng.normal(0, 0.06, n), 0, 1),
        np.clip(0.1 + 0.7 * rap + 0.15 * sung + rng.normal(0, 0.08, n), 0, 1),
        90 + 60 * bright + 40 * dist - 30 * dyn + 20 * loud + rng.normal(0, 8, n),
        -20 + 45 * (1 - bright) + 15 * acoustic - 10 * dist + rng.normal(0, 6, n),
        5 + 20 * harm - 10 * dist + 8 * sung + rng.normal(0, 5, n),
        -5 + 15 * bass - 10 * bright + 6 * rap + rng.normal(0, 4, n),
    ])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND13`` lists them
GENERATORS = {"galaxy5": galaxy5, "dga6": dga6, "radar7": radar7, "genre10": genre10}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "galaxy5": (2800, 18, MORPHOLOGY_ROWS),
    "dga6": (2500, 16, FAULT_ROWS),
    "radar7": (2610, 14, TARGET_ROWS),
    "genre10": (2920, 22, GENRE_ROWS),
}
ROUND13 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
