"""Round 12's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets or formants): the per-row summaries a practitioner
reads from four other fields. Sleep epochs of 5 stages as a polysomnography scorer's EEG / EOG / EMG band
powers over 24 nights (N1 between wake, N2 and REM; epochs that hold a stage change; age flattens slow
waves); seismic events of 6 sources as a regional network's discriminants (earthquakes, quarry and mine
blasts, rockbursts, mine collapses and rockfalls, close in magnitude, depth and place); weather stations
of 11 Koppen climate classes as their own monthly normals, labelled by the Koppen rules applied to a
climate atlas's grid cell (short records, elevation within the cell, two hemispheres); workers of 8
major occupation groups as a labour-force and skills survey records them (one-hot education and industry,
wage, hours, skill-use scales). Each generator is deterministic (its own fixed seed) and returns
``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them
by name (``load(name, seed)``, ``--sets sleep5,quake6,koppen11,occup8``, ``--data round12``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-11's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round12.py`` prints
(20-30 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
sleep5     2,960  5 (500 / 260 / 1,200 / 420 /   94.2 / 91.6 | 94.6 / 92.2         7.8 /  9.5 /  8.0
                    580)
quake6     2,500  6 (850 / 600 / 400 / 300 /     98.1 / 91.5 | 97.2 / 92.3         8.2 /  9.5 /  6.8
                    130 / 220)
koppen11   2,950  11 (250 / 150 / 350 / 300 /    89.2 / 87.1 | 90.6 / 85.8        16.0 / 27.3 / 21.1
                    200 / 250 / 180 / 300 /
                    350 / 400 / 220)
occup8     3,050  8 (250 / 550 / 400 / 350 /     94.8 / 90.2 | 95.2 / 92.0        11.0 / 17.6 /  9.3
                    600 / 350 / 250 / 300)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round12.py``): over 90 % of sleep5's errors fall between stages one epoch can
hold together (``NEIGHBOURS``), and N1 errs most, over three times as often as N2; over half of quake6's
errors confuse the mining district's sources (quarry and mine blasts, rockbursts, collapses) with each
other, and the smallest quarter of events errs over three times as often as the largest; the Koppen rule
applied to a koppen11 station's own record gives another class than its atlas cell's for 5-20 % of
stations (those near a threshold), and these err over 2.5 times as often as the rest; over 70 % of
occup8's errors fall between neighbouring groups of the skill ladder (managers, professionals,
technicians, clerks, service workers; craft workers, operators, elementary workers; service and
elementary workers). The benchmark MLP misfits 2-11 % of its clean training rows: hard clean rows that a
detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402

# --------------------------------------------------------------------------- sleep5: sleep-stage epochs
#: the sleep stages of ``sleep5`` (AASM), in label order, and their rows (a night's proportions)
STAGES = ("wake", "n1", "n2", "n3", "rem")
STAGE_ROWS = (500, 260, 1200, 420, 580)
#: per stage, the latent state an epoch's signals follow: arousal, slow-wave activity, spindle
#: propensity, rapid eye movements, chin muscle tone, slow rolling eye movements, theta (sawtooth)
STATES = np.array([
    [1.0, 0.0, 0.0, 0.45, 1.0, 0.25, 0.2],
    [0.5, 0.12, 0.15, 0.05, 0.65, 1.0, 0.75],
    [0.18, 0.4, 1.0, 0.0, 0.45, 0.1, 0.55],
    [0.05, 1.0, 0.45, 0.0, 0.4, 0.0, 0.35],
    [0.4, 0.08, 0.05, 1.0, 0.0, 0.3, 1.0],
])
#: the stages an epoch holding a stage change mixes (AASM transitions), per stage
NEIGHBOURS = {0: (1, 4), 1: (0, 2, 4), 2: (1, 3, 4), 3: (2,), 4: (0, 1, 2)}


def sleep5():
    """30-second epochs of overnight polysomnography scored into 5 stages (``STAGES``) by the AASM rules,
    as an automatic scorer's features summarise them, 24 nights of adults aged 20-80. An epoch's
    signals follow a latent state around its stage's (``STATES``: arousal, slow waves, spindles, rapid
    and slow eye movements, chin tone, theta); two in five epochs hold a stage change, and their state
    mixes up to half of a neighbouring stage's (``NEIGHBOURS``; the scorer labels the majority), so N1
    lies between wake, N2 and REM as in every scorer agreement study. Each night has its own gains:
    age shrinks slow-wave amplitude (N3 of the old looks like N2) and spindles, electrode impedance
    scales the EEG and the chin EMG (atonia is relative to the night), and a third of the wake is
    eyes-closed and alpha-rich. Columns: log absolute power of Fpz-Cz delta, theta, alpha, sigma and
    beta, Pz-Oz delta and alpha, relative delta, the 95 % spectral edge frequency (Hz), EOG slow-eye
    power, rapid eye movements counted, log chin EMG power, spindles and K-complexes counted, the
    fraction of the epoch with slow waves over 75 uV and the hours since lights off (16). Imbalanced:
    500 / 260 / 1,200 / 420 / 580 rows (2,960)."""
    rng = np.random.default_rng(12011)
    y = np.repeat(np.arange(len(STAGES)), STAGE_ROWS)
    n = len(y)
    night = rng.integers(24, size=n)
    age = rng.uniform(20, 80, 24)
    eeg_gain, emg_gain = rng.normal(0, 0.3, 24), rng.normal(0, 0.6, 24)
    slow_gain = 1.25 - 0.012 * (age - 20) + rng.normal(0, 0.1, 24)  # slow-wave amplitude falls with age
    spindle_rate = rng.lognormal(0, 0.3, 24) * (1.3 - 0.008 * (age - 20))
    state = STATES[y] + rng.normal(0, 0.18, (n, STATES.shape[1]))
    change = rng.random(n) < 0.4
    other = np.array([rng.choice(NEIGHBOURS[c]) for c in y])
    share = np.where(change, rng.uniform(0, 0.5, n), 0)[:, None]
    state = (1 - share) * state + share * STATES[other]
    arousal, slow, spindle, rem, tone, sem, theta = np.clip(state, 0, 1.3).T
    closed = (y == 0) & (rng.random(n) < 0.35)  # eyes-closed relaxed wake: posterior alpha
    alpha = np.where(closed, 1.6, 0.5 * arousal) + 0.25 * rem + rng.normal(0, 0.3, n)
    g, s = eeg_gain[night], slow_gain[night]
    delta = 2.2 + 2.4 * slow * s + 0.4 * (1 - arousal) + g + rng.normal(0, 0.35, n)
    x = np.column_stack([
        delta,
        1.2 + 0.9 * theta + 0.4 * slow * s + g + rng.normal(0, 0.3, n),
        0.6 + alpha + g,
        0.3 + 0.9 * spindle * spindle_rate[night] + 0.3 * arousal + g + rng.normal(0, 0.3, n),
        0.2 + 1.5 * arousal + 0.3 * rem + g + rng.normal(0, 0.35, n),
        delta - 0.4 + rng.normal(0, 0.25, n),
        0.6 + 1.25 * alpha + g + rng.normal(0, 0.25, n),
        np.clip(0.25 + 0.5 * slow * s - 0.15 * arousal + rng.normal(0, 0.07, n), 0.02, 0.98),
        np.clip(10 + 14 * arousal - 6 * slow + 3 * rem + rng.normal(0, 2.5, n), 2, 40),
        0.5 + 2 * sem + rng.normal(0, 0.45, n),
        rng.poisson(9 * rem ** 1.5 + 3 * arousal * (y == 0)),
        1 + 2.2 * tone + emg_gain[night] + rng.normal(0, 0.35, n),
        rng.poisson(4 * spindle * spindle_rate[night]),
        rng.poisson(1.5 * spindle * (1 - slow * 0.6) + 0.2 * slow),
        np.clip((slow * s - 0.35) * 0.9 + rng.normal(0, 0.06, n), 0, 1),
        np.select([y == 3, y == 4], [rng.gamma(2, 0.8, n), rng.uniform(1.5, 8, n)], rng.uniform(0, 8, n)),
    ])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- quake6: seismic event types
#: the seismic sources of ``quake6``, in label order, and their rows
SOURCES = ("earthquake", "quarry_blast", "mine_blast", "rockburst", "mine_collapse", "rockfall")
SOURCE_ROWS = (850, 600, 400, 300, 130, 220)
#: per source: depth (km) mean / spread, fraction of compressional first motions, log10 P/S at
#: high frequency, log10 Rg/Sg, spectral scalloping (ripple firing), log10 coda duration per magnitude
SOURCE_PHYSICS = np.array([
    [8.0, 5.0, 0.5, -0.25, -0.6, 0.05, 0.0],
    [0.0, 0.05, 0.92, 0.25, 0.2, 0.6, 0.0],
    [0.8, 0.4, 0.85, 0.15, 0.0, 0.35, 0.0],
    [1.0, 0.4, 0.45, -0.15, -0.15, 0.05, 0.0],
    [0.6, 0.3, 0.12, -0.05, 0.25, 0.05, 0.15],
    [0.0, 0.05, 0.5, -0.1, 0.35, 0.05, 0.45],
])


def quake6():
    """Seismic events of 6 sources (``SOURCES``) in a mining district, as a regional network's
    event-discrimination features summarise them: tectonic earthquakes (Gutenberg-Richter magnitudes,
    b = 1, at 2-25 km), ripple-fired quarry blasts at the surface, underground mine blasts, rockbursts
    (shear slip in a mine), mine collapses (implosions, dilatational first motions) and rockfalls
    (emergent, long, low-frequency). Blasts keep shift hours on weekdays (mine blasts at the end of a
    shift), rockbursts follow blasts within hours, the rest keep no clock. Each source draws a depth,
    first-motion polarity, P/S and Rg/Sg ratios, scalloping and coda around its kind's
    (``SOURCE_PHYSICS``); every measurement is noisier for small events seen by few stations, depths
    of shallow events are poorly constrained (a fifth of them fixed at 5 km by the locator), and 6 %
    of earthquakes strike within a mine's reach. Columns: local magnitude, depth, depth and epicentre
    errors (km), distances to the nearest quarry and mine (km), the hour as sine and cosine, a weekend
    flag, log10 P/S amplitude ratios in 1-2, 2-4, 4-8 and 8-16 Hz, log10 Rg/Sg, the compressional
    first-motion fraction, a scalloping index, log10 coda duration and the number of stations (18).
    Imbalanced: 850 / 600 / 400 / 300 / 130 / 220 rows (2,500)."""
    rng = np.random.default_rng(12107)
    y = np.repeat(np.arange(len(SOURCES)), SOURCE_ROWS)
    n = len(y)
    phys = SOURCE_PHYSICS[y]
    mag = np.select([y == 0, y <= 2, y == 3], [1.2 + rng.exponential(0.43, n), rng.normal(1.9, 0.35, n),
                                               0.9 + rng.exponential(0.35, n)], rng.normal(1.6, 0.4, n))
    stations = np.clip(rng.poisson(3 + 6 * np.maximum(mag - 0.8, 0)), 3, 40)
    snr = np.sqrt(stations / 10) * 10 ** (0.5 * (mag - 2))  # measurement quality
    err = 0.3 / np.clip(snr, 0.15, 3)
    depth_true = np.abs(phys[:, 0] + phys[:, 1] * rng.normal(0, 1, n))
    depth_true = np.where(y == 0, rng.uniform(2, 25, n), depth_true)
    depth_err = np.clip(2.5 * err + rng.exponential(0.8, n), 0.3, 15)
    fixed = (depth_true < 3) & (rng.random(n) < 0.2)
    depth = np.where(fixed, 5.0, np.abs(depth_true + depth_err * rng.normal(0, 0.7, n)))
    epi_err = np.clip(1.5 * err + rng.exponential(0.5, n), 0.2, 10)
    near_mine = np.isin(y, (2, 3, 4)) | ((y == 0) & (rng.random(n) < 0.06))
    quarry = np.where(y == 1, rng.exponential(0.6, n), rng.uniform(1, 25, n))
    quarry += epi_err * np.abs(rng.normal(0, 0.7, n))  # km to the nearest quarry, as located
    mine = np.where(near_mine, rng.exponential(0.8, n), rng.uniform(1, 30, n))
    mine += epi_err * np.abs(rng.normal(0, 0.7, n))
    mine = np.where((y == 1) & (rng.random(n) < 0.3), rng.uniform(0.5, 3, n), mine)  # quarries beside mines
    blast = y <= 2
    working_day = rng.normal(13, 2.2, n)
    shift_end = rng.choice((6.5, 14.5, 22.5), n) + rng.normal(0, 0.5, n)
    hour = np.select([y == 1, y == 2], [working_day, shift_end], rng.uniform(0, 24, n))
    after_blast = (y == 3) & (rng.random(n) < 0.45)
    hour = np.where(after_blast, rng.choice((6.5, 14.5, 22.5), n) + rng.exponential(1.5, n), hour)
    weekend = np.where(blast, rng.random(n) < 0.06, rng.random(n) < 2 / 7)
    band_slope = np.where(blast, 0.12, np.where(y == 0, -0.02, 0.03))  # explosions grow P/S with frequency
    noise = err[:, None] * rng.normal(0, 1, (n, 4)) + rng.normal(0, 0.12, (n, 4))
    ps = phys[:, 3:4] + band_slope[:, None] * (np.arange(4) - 3) + noise
    rg = phys[:, 4] + 0.04 * (5 - np.minimum(depth_true, 5)) + rng.normal(0, 0.18, n)
    rg += 0.8 * err * rng.normal(0, 1, n)  # shallow sources excite Rg
    polarity = np.clip(phys[:, 2] + rng.normal(0, 0.1, n), 0, 1)
    picks = np.maximum(np.round(stations * rng.uniform(0.4, 0.9, n)), 2)
    first = rng.binomial(picks.astype(int), polarity) / picks
    scallop = np.clip(phys[:, 5] + rng.normal(0, 0.15, n) + 0.5 * err * rng.normal(0, 1, n), 0, 1.2)
    coda = 0.9 + 0.35 * mag + phys[:, 6] + rng.normal(0, 0.1, n)
    x = np.column_stack([mag + rng.normal(0, 0.1, n), depth, depth_err, epi_err, quarry, mine,
                         np.sin(2 * np.pi * hour / 24), np.cos(2 * np.pi * hour / 24), weekend, ps, rg, first,
                         scallop, coda, stations])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- koppen11: station climates
#: the Koppen climate classes of ``koppen11``, in label order, and their rows
CLIMATES = ("Af", "Am", "Aw", "BWh", "BSh", "BSk", "Csa", "Cfa", "Cfb", "Dfb", "Dfc")
CLIMATE_ROWS = (250, 150, 350, 300, 200, 250, 180, 300, 350, 400, 220)
SUMMER = (np.arange(12) >= 3) & (np.arange(12) <= 8)  # April-September, the northern summer half


def koppen(temp, precip, south):
    """The Koppen-Geiger class of monthly normals (``temp`` in C, ``precip`` in mm, rows of 12 months;
    ``south``: southern-hemisphere rows, whose summer half is October-March), as a name or ``""`` for
    a class ``koppen11`` leaves out."""
    summer = np.where(south[:, None], ~SUMMER, SUMMER)
    mat, annual = temp.mean(1), precip.sum(1)
    tmin, tmax, pmin = temp.min(1), temp.max(1), precip.min(1)
    psum = np.where(summer, precip, 0).sum(1)
    threshold = 20 * mat + np.select([psum >= 0.7 * annual, psum <= 0.3 * annual], [280, 0], 140)
    summer_dry = np.where(summer, precip, np.inf).min(1)
    winter_wet = np.where(~summer, precip, 0).max(1)
    warm_months = (temp >= 10).sum(1)
    names = np.full(len(temp), "", dtype=object)
    c = (tmin > -3) & (tmin < 18) & (tmax >= 10)
    d = (tmin <= -3) & (tmax >= 10)
    dry_summer = (summer_dry < 40) & (summer_dry < winter_wet / 3)
    winter_dry = np.where(~summer, precip, np.inf).min(1)
    summer_wet = np.where(summer, precip, 0).max(1)
    cw = ~dry_summer & (winter_dry < summer_wet / 10)
    names[(tmin >= 18) & (pmin >= 60)] = "Af"
    names[(tmin >= 18) & (pmin < 60) & (pmin >= 100 - annual / 25)] = "Am"
    names[(tmin >= 18) & (pmin < 100 - annual / 25)] = "Aw"
    names[c & dry_summer & (tmax >= 22)] = "Csa"
    names[c & ~dry_summer & ~cw & (tmax >= 22)] = "Cfa"
    names[c & ~dry_summer & ~cw & (tmax < 22) & (warm_months >= 4)] = "Cfb"
    names[d & ~dry_summer & ~cw & (tmax < 22) & (warm_months >= 4)] = "Dfb"
    names[d & ~dry_summer & ~cw & (tmax < 22) & (warm_months < 4) & (tmin > -38)] = "Dfc"
    arid = annual < threshold
    hot = mat >= 18
    names[arid] = ""
    names[arid & (annual < threshold / 2) & hot] = "BWh"
    names[arid & (annual >= threshold / 2) & hot] = "BSh"
    names[arid & (annual >= threshold / 2) & ~hot] = "BSk"
    return names


def _atlas(rng, n):
    """``n`` grid cells of a climate atlas: monthly normals (temperature C, precipitation mm), the
    cells' latitudes (signed) and elevations (km)."""
    lat = np.abs(rng.uniform(-1, 1, n)) ** 0.9 * 68
    south = rng.random(n) < 0.3
    cont = rng.beta(2, 2, n)  # continentality
    elev = rng.exponential(0.45, n)
    west = rng.random(n) < 0.3  # a western coast under a subtropical high in summer
    mat = 27.5 - 0.6 * np.maximum(lat - 12, 0) - 3 * cont - 6.5 * elev + 4 * (1 - cont) * (lat > 35)
    mat += rng.normal(0, 1.2, n)  # annual mean temperature
    amp = 0.8 + lat * (0.1 + 0.38 * cont) + rng.normal(0, 0.8, n)
    months = np.arange(12)
    peak = np.where(south, 0.5, 6.5)[:, None]  # late January or late July
    season = np.cos(2 * np.pi * (months[None] - peak) / 12)
    temp = mat[:, None] + np.abs(amp)[:, None] * season
    wet = 2600 * np.exp(-(lat / 10) ** 2) + 900 * np.exp(-((lat - 50) / 13) ** 2) + 300
    dry = 1 - 0.8 * np.exp(-((lat - 25) / 8) ** 2)
    annual = wet * dry * (1 - 0.55 * cont) * rng.lognormal(0, 0.55, n)
    monsoon = np.clip((lat - 2) / 14, 0, 1.2) * (lat < 30) * rng.uniform(0.5, 1.4, n) * 2.6
    medit = west & (lat > 28) & (lat < 46)
    k = np.where(medit, -rng.uniform(1.2, 2.6, n), np.where(lat < 30, monsoon, 0.9 * cont * rng.uniform(0, 1, n)))
    share = np.exp(k[:, None] * season)
    precip = annual[:, None] * share / share.sum(1, keepdims=True)
    return temp, precip, np.where(south, -lat, lat), elev


def koppen11():
    """Weather stations of 11 Koppen-Geiger climate classes (``CLIMATES``) as their own records summarise
    them: the 12 monthly mean temperatures and precipitation totals, the station's latitude and
    elevation. A climate atlas's grid cells (``_atlas``) draw a latitude (30 % in the southern
    hemisphere, seasons shifted six months), continentality, elevation and, for western coasts, a
    summer subtropical high; temperatures fall with latitude, elevation and continentality and swing
    more with both, precipitation follows the equatorial rain belt, the subtropical deserts and the
    mid-latitude storm tracks, with monsoon summer rains in the outer tropics and Mediterranean winter
    rains. The class is the Koppen rule (``koppen``) applied to the cell's normals; the station within
    the cell lies higher or lower (lapse rate 6.5 C / km), gets its own share of the rain, and its
    record of 10-40 years carries interannual noise, so stations near a rule's threshold (18 C coldest
    month, 60 mm driest month, the aridity threshold, 22 C warmest month, -3 C) read like the class
    across it. Each class keeps its first cells of a pool of 60,000 (classes left out are skipped). Columns:
    12 temperatures, 12 precipitation totals (January first), latitude and elevation (26). Imbalanced:
    250 / 150 / 350 / 300 / 200 / 250 / 180 / 300 / 350 / 400 / 220 rows (2,950)."""
    rng = np.random.default_rng(12211)
    temp, precip, lat, elev = _atlas(rng, 60000)
    names = koppen(temp, precip, lat < 0)
    rows = np.concatenate([np.flatnonzero(names == c)[:k] for c, k in zip(CLIMATES, CLIMATE_ROWS)])
    y = np.repeat(np.arange(len(CLIMATES)), CLIMATE_ROWS)
    n = len(rows)
    temp, precip, lat, elev = temp[rows], precip[rows], lat[rows], elev[rows]
    dz = rng.normal(0, 0.04, n)
    years = rng.integers(10, 41, n)
    spread = np.where(np.abs(lat) < 20, 0.5, 1.6)[:, None] / np.sqrt(years)[:, None]
    t_station = temp - 6.5 * dz[:, None] + rng.normal(0, 0.15, n)[:, None] + spread * rng.normal(0, 1, (n, 12))
    shape = years[:, None] / 0.15  # monthly totals' interannual CV about 0.4
    p_station = precip * rng.lognormal(0, 0.06, n)[:, None] * rng.gamma(shape, 1 / shape, (n, 12))
    x = np.column_stack([t_station, p_station, lat, np.maximum(elev + dz, 0)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- occup8: survey occupations
#: the major occupation groups (ISCO-08) of ``occup8``, in label order, and their rows
OCCUPATIONS = ("manager", "professional", "technician", "clerical", "service_sales", "craft", "operator",
               "elementary")
OCCUPATION_ROWS = (250, 550, 400, 350, 600, 350, 250, 300)
EDUCATION = ("below_secondary", "secondary", "vocational", "bachelor", "postgraduate")
INDUSTRIES = ("manufacturing", "construction", "transport", "trade_hospitality", "health_education",
              "business_finance", "public_admin")
#: per occupation: the shares of each education level
EDUCATION_SHARES = np.array([
    [0.05, 0.2, 0.15, 0.4, 0.2],
    [0.0, 0.05, 0.07, 0.5, 0.38],
    [0.03, 0.22, 0.35, 0.32, 0.08],
    [0.05, 0.45, 0.25, 0.22, 0.03],
    [0.18, 0.5, 0.2, 0.11, 0.01],
    [0.2, 0.3, 0.45, 0.05, 0.0],
    [0.3, 0.45, 0.22, 0.03, 0.0],
    [0.45, 0.42, 0.1, 0.03, 0.0],
])
#: per occupation: the shares of each industry
INDUSTRY_SHARES = np.array([
    [0.15, 0.08, 0.07, 0.25, 0.12, 0.23, 0.10],
    [0.08, 0.03, 0.02, 0.05, 0.42, 0.28, 0.12],
    [0.2, 0.08, 0.07, 0.07, 0.22, 0.26, 0.10],
    [0.1, 0.04, 0.1, 0.18, 0.13, 0.3, 0.15],
    [0.03, 0.01, 0.06, 0.62, 0.18, 0.05, 0.05],
    [0.42, 0.38, 0.08, 0.05, 0.03, 0.02, 0.02],
    [0.45, 0.08, 0.38, 0.04, 0.02, 0.01, 0.02],
    [0.18, 0.2, 0.12, 0.35, 0.08, 0.05, 0.02],
])
#: per occupation: mean age, log hourly wage, usual weekly hours, female share, supervising and
#: self-employed shares, then the mean skill-use scales (0-5): ICT, numeracy, reading, physical work,
#: client contact, autonomy
JOBS = np.array([
    [46, 3.4, 45, 0.35, 0.9, 0.15, 3.6, 3.3, 3.6, 1.0, 3.2, 4.2],
    [42, 3.3, 40, 0.55, 0.25, 0.12, 3.7, 3.1, 4.1, 1.2, 3.0, 3.5],
    [40, 3.05, 39, 0.42, 0.2, 0.05, 3.2, 3.0, 3.1, 1.9, 2.6, 2.9],
    [41, 2.8, 35, 0.72, 0.1, 0.02, 3.6, 2.5, 2.8, 0.9, 2.9, 2.3],
    [36, 2.55, 31, 0.62, 0.12, 0.1, 1.6, 1.9, 1.7, 3.0, 4.0, 2.0],
    [42, 2.85, 41, 0.08, 0.18, 0.22, 1.2, 2.3, 1.8, 3.9, 1.8, 2.8],
    [43, 2.75, 42, 0.15, 0.08, 0.08, 1.1, 1.5, 1.4, 3.6, 1.3, 1.8],
    [38, 2.45, 33, 0.45, 0.05, 0.04, 0.6, 1.0, 0.9, 4.0, 1.7, 1.5],
])


def occup8():
    """Employed adults of 8 major occupation groups (``OCCUPATIONS``, ISCO-08) as a labour-force and adult
    skills survey records them: a mixed table of one-hot categories, flags and numbers. A worker's
    highest education (``EDUCATION``) and industry (``INDUSTRIES``) follow their occupation's shares
    (``EDUCATION_SHARES``, ``INDUSTRY_SHARES``: technicians between professionals and craft workers,
    clerks between professionals and service workers, operators between craft and elementary
    workers); age, wage, hours, sex, supervision, self-employment and the skill-use scales of the
    job (ICT, numeracy and reading at work, physical work, client contact, autonomy) scatter around the
    occupation's (``JOBS``); wages rise with experience and education above the job's and fall for
    women and part-timers, the public sector compresses them, and each scale is a survey answer
    rounded to the nearest quarter. Columns: age, years of schooling, the 5 education levels one-hot,
    female, log hourly wage, usual weekly hours, part-time, supervises, self-employed, public sector,
    the 7 industries one-hot and the 6 skill-use scales (27). Imbalanced: 250 / 550 / 400 / 350 / 600 /
    350 / 250 / 300 rows (3,050)."""
    rng = np.random.default_rng(12313)
    y = np.repeat(np.arange(len(OCCUPATIONS)), OCCUPATION_ROWS)
    n = len(y)
    job = JOBS[y]
    edu = (rng.random(n)[:, None] > np.cumsum(EDUCATION_SHARES[y], 1)).sum(1).clip(0, 4)
    industry = (rng.random(n)[:, None] > np.cumsum(INDUSTRY_SHARES[y], 1)).sum(1).clip(0, 6)
    age = np.clip(rng.normal(job[:, 0], 11), 18, 70)
    schooling = np.array([9.0, 12, 13, 16, 18])[edu] + rng.normal(0, 1, n)
    female = rng.random(n) < job[:, 3]
    hours = np.clip(rng.normal(job[:, 2] - 3 * female, 7), 8, 70)
    part = hours < 30
    public = (industry == 6) | ((industry == 4) & (rng.random(n) < 0.55))
    expected_edu = EDUCATION_SHARES[y] @ np.arange(5)
    wage = (job[:, 1] + 0.015 * np.minimum(age - 20, 25) + 0.07 * (edu - expected_edu) - 0.1 * female - 0.08 * part
            + rng.normal(0, 0.3, n))
    wage = np.where(public, 0.6 * wage + 0.4 * 3.0, wage)
    supervises = rng.random(n) < job[:, 4]
    self_employed = rng.random(n) < job[:, 5]
    skills = np.clip(job[:, 6:] + 0.15 * (edu - expected_edu)[:, None] + rng.normal(0, 0.5, (n, 6)), 0, 5)
    skills = np.round(skills * 4) / 4
    x = np.column_stack([age, schooling, np.eye(5)[edu], female, wage, hours, part, supervises, self_employed,
                         public, np.eye(7)[industry], skills])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND12`` lists them
GENERATORS = {"sleep5": sleep5, "quake6": quake6, "koppen11": koppen11, "occup8": occup8}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "sleep5": (2960, 16, STAGE_ROWS),
    "quake6": (2500, 18, SOURCE_ROWS),
    "koppen11": (2950, 26, CLIMATE_ROWS),
    "occup8": (3050, 27, OCCUPATION_ROWS),
}
ROUND12 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
