"""Round 26's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
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
customers, hearing grades, sea states, anaemia causes, vessel types, kidney function categories, geomagnetic
activity levels, glass fragments or smart plugs): the per-row summaries a practitioner reads from four other
fields. As in rounds 21-25, the two graded sets simulate a pool of cases, label every case the way its field does
(a reference measurement against the field's table of limits) and keep a fixed number of each class (``_keep``);
the two unordered sets draw their classes' rows directly. Two sets have ORDERED classes (``ORDERED``): lakes in
Carlson's 7 trophic states (TSI under 30 .. 80 and over), labelled by the index of the summer's mean chlorophyll a
and described by one visit's routine readings (Secchi depth, nutrients, the sonde's fluorescence and phycocyanin,
turbidity, colour, pH, oxygen at the surface and the bottom, the lake and its catchment); and cows' test-day milk
in 7 linear somatic cell scores (DHIA's LS 0-1 .. 7-9), labelled by the recording laboratory's cell count and
described by the milking robot's online count, the worst quarter's California Mastitis Test, conductivity, the
milk's components, the yield, the lactation and the last two test days' scores. Two have UNORDERED classes:
ten-minute periods of 7 precipitation types (the observer's present weather) from an automatic station's laser
disdrometer, air, icing and visibility sensors and the model's warmest layer aloft, and fabric samples in 8
principal fibres (the largest share in the reference quantitative analysis) from a textile laboratory's routine
tests (density, moisture regain, microscopy, hot stage, birefringence, strength). ``NEIGHBOURS`` names each set's
neighbour map (``TROPHIC_NEIGHBOURS``, ``SCC_NEIGHBOURS``, ``PRECIP_NEIGHBOURS``, ``FIBRE_NEIGHBOURS``). Each
generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets trophic7,scc7,precip7,fibre8``, ``--data round26``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round25.py`` and
``tests/test_data_quality_round25.py`` (as the model; round 25's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the first 900 characters of ``benchmarks/data_quality_round5.py`` ..
``data_quality_round24.py`` (their domains) and, by grep, the signatures (with their docstrings) of round 5's
``ordinal_neighbours``, ``sigmoid``, ``main`` and ``print_difficulty``; the lines of
``benchmarks/data_quality_actions.py`` that register round 25 (its import, ``ROUNDS`` and the ``--data`` help)
with the few lines around them that ``git diff`` shows as context; and the first 110 lines of
``tests/test_architecture.py`` (grepped). Public pages on Carlson's index, DHIA's linear score, disdrometers,
precipitation types and textile fibres were searched for the fields' tables. The helpers imported from round 5
(``main``, ``ordinal_neighbours``, ``sigmoid``) are used as round 25 uses them. No detector or filter ran on these
sets, and the benchmark did not; the tests compute their baseline with sklearn in ``tests/round_checks.py``
(``tests/heldout_sets.py`` was not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set       rows   classes (rows each)                               MLP train / test %, seed 0 | 1   10-NN error %
trophic7  2,140  7 (220 / 320 / 400 / 380 / 340 / 280 / 200),      75.7 / 70.5 | 73.8 / 69.3        38.9
                 ordered
scc7      2,140  7 (300 / 400 / 380 / 340 / 280 / 240 / 200),      78.3 / 73.1 | 75.1 / 68.0        41.2
                 ordered
precip7   2,140  7 (260 / 420 / 220 / 200 / 300 / 440 / 300)       88.0 / 84.7 | 84.5 / 83.6        17.3
fibre8    2,140  8 (340 / 200 / 260 / 300 / 200 / 360 / 240 / 240) 89.8 / 87.1 | 87.6 / 86.7        12.0

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round26.py``, with sklearn; no detector code). In trophic7 the baseline errs on 39 % of
the lakes, 91 % of its errors between adjacent states (``TROPHIC_NEIGHBOURS``; 0.7 % more than two apart), 57 %
reading a lower state than the chlorophyll; the algal-scum lakes err least (27 %), the oligo-mesotrophic most (55 %;
the clear lakes' small readings crowd together on the raw scale). At the same low state a humic lake's Secchi depth
is half to two thirds of a clear lake's; the disk lies on the bottom in 30 % of the oligotrophic lakes; no
stratified oligotrophic lake has an anoxic bottom, 97-99 % of those at TSI 70 and over have. In scc7 it errs on
41 %, 90 % of them between adjacent scores (``SCC_NEIGHBOURS``; 1.0 % more than two apart), seven in ten reading a
lower score than the laboratory; LS 0-1 errs least (25 %), LS 5 most (52 %). The worst quarter's CMT reads a score
of 1 or more in 69 % of the cows at LS 4 (141,000-283,000 cells/mL in the composite milk), and a third of the cows
at LS 4 and over scored under 2.5 on the last test day (new infections). The baseline errs on 17 % of precip7's
periods, 94 % of its errors between neighbouring types (``PRECIP_NEIGHBOURS``): rain and snow with graupel 18 % of
them, rain with ice pellets 13 %, freezing rain with ice pellets 11 %, rain and snow with snow and snow with graupel
about 10 % each; ice pellets err most (32 %), drizzle and snow least (6-8 %). Freezing rain glazes the icing sensor
in 99 % of its periods, ice pellets in 44 %. fibre8 errs on 12 %, 99.6 % of its errors between blend partners
(``FIBRE_NEIGHBOURS``): cotton and polyester 16 % of them, cotton and linen 14 %, wool and acrylic 13 %, nylon and
acrylic 12 %; silk errs least (1 %: few wool fabrics hold silk, so a silk-wool blend reads as silk) and viscose most
(19 %). Nylon 6 melts near 220 deg C, nylon 6,6 near 262, beside polyester's 256. The MLP misfits 10-26 % of its
clean training rows (trophic7's and scc7's most): hard clean rows that a detector must not flag.
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
    drawn without replacement and listed class by class: each graded round-26 set simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- trophic7: lakes' trophic states
#: the trophic states of ``trophic7`` (Carlson's TSI in steps of ten), in label order, and their rows
TROPHIC_STATES = ("oligotrophic (TSI < 30)", "oligo-mesotrophic (30-40)", "mesotrophic (40-50)",
                  "mildly eutrophic (50-60)", "eutrophic (60-70)", "hypereutrophic (70-80)", "algal scum (>= 80)")
TROPHIC_ROWS = (220, 320, 400, 380, 340, 280, 200)
#: the state below and above each state
TROPHIC_NEIGHBOURS = ordinal_neighbours(len(TROPHIC_STATES))
#: Carlson (1977): the least TSI of oligo-mesotrophic .. algal scum, TSI(CHL) = 9.81 ln(chlorophyll a) + 30.6
TROPHIC_LIMITS = (30.0, 40.0, 50.0, 60.0, 70.0, 80.0)


def tsi_chlorophyll(chl):
    """Carlson's trophic state index of a chlorophyll a concentration (ug/L)."""
    return 9.81 * np.log(chl) + 30.6


def trophic7():
    """Lakes sampled in late summer in Carlson's 7 trophic states (``TROPHIC_STATES``: TSI under 30, 30-40 ..
    70-80 and 80 or more), labelled by the index of the summer's mean chlorophyll a (a laboratory's extractions,
    against ``TROPHIC_LIMITS``), as one visit's routine readings describe each lake. Phosphorus washed from the
    catchment's farmland feeds the algae (chlorophyll rises about as TP^1.5), but nitrogen limits them where the
    N:P ratio is low, humic colour and silt shade them and macrophytes hold some shallow lakes clear; the visit's
    algae differ from the summer's mean. The Secchi disk reads the algae together with silt and colour (a humic
    lake is darker at the same state; in a shallow clear lake the disk lies on the bottom and the depth is
    written); the sonde's fluorescence misses part of a cyanobacterial bloom (its phycocyanin shows the bloom) and
    reads some of the colour; photosynthesis raises the pH and the surface oxygen; a stratified lake's bottom
    water loses its oxygen as the algae decay. So neighbouring states meet (``TROPHIC_NEIGHBOURS``). Columns:
    Secchi depth (m), total phosphorus and total nitrogen (ug/L), the sonde's chlorophyll fluorescence and
    phycocyanin (ug/L), turbidity (NTU), colour (Pt-Co), pH, surface oxygen saturation (%), bottom oxygen (mg/L),
    surface temperature (deg C), conductivity (uS/cm), alkalinity (mg/L CaCO3), maximum depth (m) and the
    catchment's farmland (%) (15). Imbalanced: 220 / 320 / 400 / 380 / 340 / 280 / 200 rows (2,140)."""
    rng = np.random.default_rng(26101)
    n = 250000
    farmland = rng.beta(1.2, 2.0, n)
    depth = np.clip(np.exp(rng.normal(np.log(9), 0.8, n)), 1, 120)
    tp = np.exp(np.log(7) + 3.2 * farmland + rng.normal(0, 0.75, n) + 0.3 * (depth < 4))
    tn = np.exp(np.log(320) + 0.6 * np.log(tp / 20) + 0.8 * farmland + rng.normal(0, 0.3, n))
    colour = np.exp(rng.normal(np.log(15), 0.9, n))
    silt = np.exp(rng.normal(np.log(0.8), 0.7, n)) * (1 + 3 * farmland * (depth < 5))
    nlim = 0.35 + 0.65 * sigmoid(np.log(tn / tp / 12) / 0.4)  # nitrogen-limited at a low N:P
    light = 1 / (1 + colour / 120 + silt / 12)
    clear = (depth < 4) & (rng.random(n) < 0.3 * sigmoid((150 - tp) / 30))  # macrophytes hold it clear
    chl = np.exp(1.47 * np.log(tp) - 2.4 + rng.normal(0, 0.4, n)) * nlim * light * np.where(clear, 0.3, 1)
    reference = chl * rng.lognormal(0, 0.08, n)
    label = (tsi_chlorophyll(reference)[:, None] >= np.array(TROPHIC_LIMITS)).sum(1)
    keep = _keep(rng, label, TROPHIC_ROWS)
    y = label[keep]
    farmland, depth, tp, tn, colour, silt, chl = (a[keep] for a in (farmland, depth, tp, tn, colour, silt, chl))
    n = len(y)
    day = chl * rng.lognormal(0, 0.12, n)  # the sampling day's algae
    tsi_day = tsi_chlorophyll(day)
    temp = rng.normal(21, 3, n)
    extinction = 0.1 + 0.06 * day ** 0.9 + 0.09 * silt + 0.004 * colour
    secchi = np.minimum(1.7 / extinction * rng.lognormal(0, 0.1, n), depth)  # seen on the bottom: the depth
    cyano = sigmoid((tsi_day - 58) / 6) * rng.beta(4, 2, n)
    fluorescence = day * (1 - 0.3 * cyano) * rng.lognormal(0, 0.2, n) + 0.004 * colour
    phycocyanin = 0.3 * day * cyano * rng.lognormal(0, 0.4, n) + rng.lognormal(np.log(0.3), 0.5, n)
    turbidity = (silt + 0.12 * day) * rng.lognormal(0, 0.15, n)
    alkalinity = np.exp(rng.normal(np.log(40), 0.9, n)) * (1 + farmland)
    ph = 6.9 + 0.5 * np.log10(alkalinity / 40) - 0.004 * colour + 1.3 * sigmoid((tsi_day - 55) / 8) \
        + rng.normal(0, 0.25, n)
    saturation = 100 + 30 * sigmoid((tsi_day - 62) / 6) + rng.normal(0, 8, n)
    stratified = depth > 7
    demand = 0.25 * chl ** 0.8 * 8 / np.maximum(depth - 6, 1)
    bottom = np.where(stratified, 10 * np.exp(-demand), 8.5 - 0.02 * chl) + rng.normal(0, 0.5, n)
    conductivity = (2.2 * alkalinity + 60 * farmland + 20) * rng.lognormal(0, 0.2, n)
    x = np.column_stack([np.round(secchi, 1), np.round(tp * rng.lognormal(0, 0.25, n)),
                         np.round(tn * rng.lognormal(0, 0.15, n)), np.round(fluorescence, 2),
                         np.round(phycocyanin, 1), np.round(turbidity, 1), np.round(colour), np.round(ph, 2),
                         np.round(saturation), np.round(np.clip(bottom, 0, None), 1), np.round(temp, 1),
                         np.round(conductivity), np.round(alkalinity), np.round(depth, 1),
                         np.round(100 * farmland)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- scc7: cows' somatic cell scores
#: the linear somatic cell scores of ``scc7`` (DHIA's 0-9, the lowest two and the highest three pooled), in label
#: order, and their rows
SCC_SCORES = ("LS 0-1", "LS 2", "LS 3", "LS 4", "LS 5", "LS 6", "LS 7-9")
SCC_ROWS = (300, 400, 380, 340, 280, 240, 200)
#: the score below and above each score
SCC_NEIGHBOURS = ordinal_neighbours(len(SCC_SCORES))
#: DHIA's table: the least somatic cell count (thousand cells/mL) of LS 2 .. LS 7 (LS = log2(SCC / 100,000) + 3,
#: rounded)
SCC_LIMITS = (35.0, 71.0, 141.0, 283.0, 566.0, 1131.0)
#: the worst quarter's infection (none, a minor pathogen such as coagulase-negative staphylococci, Staphylococcus
#: aureus, an environmental streptococcus or coliform): share in first-lactation cows, the share's rise a
#: lactation, the log rise of the quarter's count (median) and its spread, and the chance it is new since the last
#: test day
SCC_INFECTIONS = ("none", "minor pathogen", "Staph. aureus", "environmental")
SCC_INFECTION_TABLE = np.array([
    # share rise  log   sd    new
    [0.64, -0.05, 0.0, 0.0, 0.0],  # none
    [0.18, 0.00, 1.3, 0.6, 0.30],  # minor pathogen
    [0.06, 0.03, 2.6, 0.8, 0.15],  # Staph. aureus (contagious, chronic)
    [0.12, 0.02, 2.9, 0.8, 0.60],  # environmental (Strep. uberis, E. coli)
])


def scc7():
    """Cows' test-day milk samples in 7 linear somatic cell scores (``SCC_SCORES``: DHIA's LS 0-1, 2 .. 6 and
    7-9), labelled by the milk recording laboratory's count (flow cytometry, against DHIA's table ``SCC_LIMITS``),
    as the routine readings of the day describe each cow. A healthy udder's count rises with parity, late in the
    lactation, just after calving and in the heat; an infected quarter's (``SCC_INFECTIONS``: a minor pathogen a
    little, Staph. aureus chronically, environmental streptococci and coliforms most, often new since the last
    test day and early in the lactation) is diluted in the cow's composite milk by the healthy quarters. The
    milking robot counts cells online at other milkings; the milker's California Mastitis Test reads the worst
    quarter (it reads a higher score than the composite count); conductivity rises and lactose falls only once a
    quarter is inflamed; the last two test days' scores miss new infections and cures; the yield falls with the
    score, but the yield, fat and protein follow the lactation, the parity and the breed (Jersey). So neighbouring
    scores meet (``SCC_NEIGHBOURS``). Columns: the robot's online cell count (thousand/mL), the worst quarter's CMT (0
    negative, 1 trace, 2-4 scores 1-3), electrical conductivity (mS/cm) and the highest quarter's over the other
    three's, lactose, fat and protein (%), milk yield (kg/day), days in milk, parity, Jersey (flag) and the
    linear scores of the last and the previous test day (13). Imbalanced: 300 / 400 / 380 / 340 / 280 / 240 / 200
    rows (2,140)."""
    rng = np.random.default_rng(26203)
    n = 250000
    parity = rng.choice(6, n, p=[0.36, 0.27, 0.18, 0.1, 0.06, 0.03]) + 1
    dim = rng.uniform(5, 380, n)
    jersey = rng.random(n) < 0.15
    thi = rng.normal(62, 8, n)
    table = SCC_INFECTION_TABLE
    share = np.clip(table[:, 0] + table[:, 1] * (parity[:, None] - 1), 0.02, None)
    share[:, 3] *= 1 + (dim < 60) + 0.03 * np.clip(thi - 68, 0, None)  # early lactation, heat
    cumulative = np.cumsum(share / share.sum(1, keepdims=True), 1)
    infection = (rng.random(n)[:, None] > cumulative[:, :-1]).sum(1)
    base = np.log(32) + 0.13 * (parity - 1) + 0.35 * sigmoid((dim - 250) / 30) + 0.8 * np.exp(-dim / 8) \
        + 0.15 * jersey + 0.01 * np.clip(thi - 68, 0, None)
    quarters = base[:, None] + rng.normal(0, 0.4, (n, 4))  # ln thousand cells/mL
    rise = table[infection, 2] + table[infection, 3] * rng.normal(0, 1, n)
    quarters[:, 0] += np.where(infection > 0, rise, 0)
    second = (infection >= 2) & (rng.random(n) < 0.3)  # a second quarter infected
    quarters[:, 1] += second * 0.7 * rise
    milk = 1 - 0.07 * np.clip(quarters - base[:, None], 0, 6)  # an inflamed quarter gives less milk
    scc = (milk * np.exp(quarters)).sum(1) / milk.sum(1)
    reference = scc * rng.lognormal(0, 0.05, n)
    label = (reference[:, None] >= np.array(SCC_LIMITS)).sum(1)
    keep = _keep(rng, label, SCC_ROWS)
    y = label[keep]
    parity, dim, jersey, thi, infection, base, quarters, milk, scc = (
        a[keep] for a in (parity, dim, jersey, thi, infection, base, quarters, milk, scc))
    n = len(y)
    online = scc * rng.lognormal(0, 0.1, n) * rng.lognormal(0, 0.08, n)  # another milking, another counter
    cmt = (quarters.max(1)[:, None] + rng.normal(0, 0.3, n)[:, None] > np.log([200, 500, 1500, 5000])).sum(1)
    ec_quarter = 4.6 - 0.2 * jersey[:, None] + 0.3 * np.clip(quarters - np.log(150), 0, None) \
        + rng.normal(0, 0.2, (n, 4))
    ec = (milk * ec_quarter).sum(1) / milk.sum(1)
    top = ec_quarter.argmax(1)
    others = (ec_quarter.sum(1) - ec_quarter.max(1)) / 3
    ec_ratio = ec_quarter[np.arange(n), top] / others
    inflamed = np.clip(np.log(scc / 100), 0, None)
    lactose = 4.95 - 0.05 * (parity - 1) - 0.0008 * (dim - 150) - 0.09 * inflamed + rng.normal(0, 0.07, n)
    fat = np.where(jersey, 4.9, 3.9) + 0.003 * (dim - 150) + rng.normal(0, 0.35, n)
    protein = np.where(jersey, 3.8, 3.2) + 0.0015 * (dim - 150) + 0.03 * inflamed + rng.normal(0, 0.15, n)
    score = np.log2(scc / 100) + 3
    curve = 25 * dim ** 0.2 * np.exp(-0.0035 * dim) * np.where(parity == 1, 0.8, 1) * np.where(jersey, 0.72, 1)
    milk_yield = curve * (1 - 0.025 * np.clip(score - 2, 0, None)) * rng.lognormal(0, 0.12, n)
    new = rng.random(n) < SCC_INFECTION_TABLE[infection, 4]
    cured = (infection == 0) & (rng.random(n) < 0.06)
    last = np.select([new, cured], [base + rng.normal(0, 0.4, n), np.log(scc) + rng.normal(1.5, 0.6, n)],
                     np.log(scc) + rng.normal(0, 0.3, n))
    began = new | ((infection > 0) & (rng.random(n) < 0.35))  # infected since the test day before last
    before = np.where(began, base + rng.normal(0, 0.4, n), last + rng.normal(0, 0.3, n))
    x = np.column_stack([np.round(online), cmt, np.round(ec, 2), np.round(ec_ratio, 2), np.round(lactose, 2),
                         np.round(fat, 2), np.round(protein, 2), np.round(milk_yield, 1), np.round(dim), parity,
                         jersey, np.round(np.log2(np.exp(last) / 100) + 3, 1),
                         np.round(np.log2(np.exp(before) / 100) + 3, 1)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- precip7: precipitation types
#: the precipitation types of ``precip7``, in label order, and their rows
PRECIP_TYPES = ("drizzle", "rain", "freezing rain or drizzle", "ice pellets", "rain and snow", "snow", "graupel")
PRECIP_ROWS = (260, 420, 220, 200, 300, 440, 300)
#: the types whose periods meet (symmetric)
PRECIP_NEIGHBOURS = {0: (1, 2), 1: (0, 2, 3, 4), 2: (0, 1, 3), 3: (1, 2, 6), 4: (1, 5, 6), 5: (4, 6), 6: (3, 4, 5)}
#: per type: the air temperature (deg C: mean, spread, least, most), the warmest layer aloft's excess over it (deg
#: C: mean, spread), the relative humidity (%: mean, spread), the particles' median volume diameter (mm: median,
#: log spread), their fall speed over a raindrop's of that size (median, log spread) and its spread within the
#: period (CV), the intensity (mm/h liquid: median, log spread), the icing sensor's share of it, the reflectivity
#: Z = a R^b (a, b) and the visibility's extinction per (mm/h)^0.7
PRECIP_TABLE = np.array([
    # T    sd   min    max  aloft sd   RH    sd   D0    sd    v/vr  sd    CV    R     sd   ice   a      b    ext
    [8.0, 5.0, 0.3, 25.0, -1.0, 1.5, 98.0, 2.0, 0.40, 0.25, 1.00, 0.08, 0.20, 0.2, 0.6, 0.00, 140., 1.5, 6.0],
    [9.0, 6.0, -0.3, 30.0, -1.0, 2.0, 93.0, 4.0, 1.30, 0.30, 1.00, 0.08, 0.15, 2.0, 0.9, 0.00, 200., 1.6, 0.4],
    [-2.0, 1.8, -12., 0.3, 4.5, 2.0, 95.0, 3.0, 0.90, 0.45, 1.00, 0.08, 0.16, 0.8, 0.7, 0.60, 200., 1.6, 0.8],
    [-3.0, 3.0, -15., 1.0, 3.5, 1.5, 88.0, 6.0, 1.60, 0.30, 0.90, 0.10, 0.20, 0.7, 0.7, 0.10, 300., 1.6, 0.5],
    [1.2, 1.0, -0.5, 4.0, 0.5, 1.0, 94.0, 3.0, 2.50, 0.40, 0.55, 0.20, 0.45, 1.2, 0.7, 0.04, 600., 1.6, 3.0],
    [-4.0, 4.0, -25., 2.0, -1.0, 2.0, 87.0, 7.0, 3.50, 0.45, 0.15, 0.30, 0.30, 0.8, 0.8, 0.02, 1000, 1.8, 8.0],
    [3.0, 3.0, -6.0, 10.0, -1.5, 1.5, 80.0, 9.0, 2.20, 0.30, 0.40, 0.20, 0.25, 1.5, 0.8, 0.00, 500., 1.6, 1.5],
])


def rain_speed(d):
    """A raindrop's terminal fall speed (m/s) at sea level by its diameter (mm) (Atlas et al. 1973)."""
    return np.clip(9.65 - 10.3 * np.exp(-0.6 * d), 0.1, None)


def wet_bulb(t, rh):
    """The wet-bulb temperature (deg C) of air at ``t`` deg C and ``rh`` % (Stull 2011)."""
    return t * np.arctan(0.151977 * np.sqrt(rh + 8.313659)) + np.arctan(t + rh) - np.arctan(rh - 1.676331) \
        + 0.00391838 * rh ** 1.5 * np.arctan(0.023101 * rh) - 4.686035


def precip7():
    """Ten-minute periods of precipitation at an automatic weather station in 7 types (``PRECIP_TYPES``),
    labelled by the observer's present weather (the period's predominant type), as the station's laser
    disdrometer, thermometer and hygrometer, icing sensor, visibility sensor and the forecast model's profile
    describe each period. Each type has its particles and its air (``PRECIP_TABLE``): drizzle's small, slow drops
    in saturated air; rain's larger drops at a raindrop's fall speed (``rain_speed``); freezing rain or drizzle,
    the same drops fallen through a warm layer aloft into sub-zero air, glazing the icing sensor; ice pellets,
    drops refrozen in a deep cold layer under a shallower warm one, as fast as drops; rain and snow together near
    0 deg C, the wet flakes slow and the drops fast; snow's large flakes at a fifth of a drop's speed, dimming the
    visibility; graupel's rimed pellets in showers at two fifths of a drop's speed, in drier air. Two periods in
    three hold a minority of a neighbouring type (up to half of the precipitation), in the air between the two;
    the model's warm layer is a forecast; the disdrometer sizes and times the particles with its own errors. So
    the types meet (``PRECIP_NEIGHBOURS``: drizzle, rain and freezing rain with one another, ice pellets with
    rain, freezing rain and graupel, rain and snow with rain, snow and graupel, snow with graupel). Columns:
    particles (/m3), median volume diameter and largest particle (mm), mean fall speed (m/s), its ratio to a
    raindrop's of the same size and its spread (CV), intensity (mm/h), reflectivity (dBZ), air temperature
    (deg C), relative humidity (%), wet-bulb temperature (deg C, ``wet_bulb``), the model's warmest layer aloft
    (deg C), the icing sensor's accretion (mm/h) and visibility (km) (14). Imbalanced: 260 / 420 / 220 / 200 /
    300 / 440 / 300 rows (2,140)."""
    rng = np.random.default_rng(26307)
    y = rng.permutation(np.repeat(np.arange(len(PRECIP_TYPES)), PRECIP_ROWS))
    n = len(y)
    other = np.array([rng.choice(PRECIP_NEIGHBOURS[c]) for c in y])  # the minority type of a mixed period
    share = np.where(rng.random(n) < 0.65, rng.uniform(0, 0.5, n), 0)
    weights = np.column_stack([1 - share, share])
    p = (1 - share)[:, None] * PRECIP_TABLE[y] + share[:, None] * PRECIP_TABLE[other]  # the air between
    temp = np.clip(p[:, 0] + p[:, 1] * rng.normal(0, 1, n), p[:, 2], p[:, 3])
    rh = np.clip(p[:, 6] + p[:, 7] * rng.normal(0, 1, n), 40, 100)
    aloft = temp + p[:, 4] + p[:, 5] * rng.normal(0, 1, n)
    both = PRECIP_TABLE[np.column_stack([y, other])]  # n x 2 x columns: each type's particles
    d0 = both[:, :, 8] * rng.lognormal(0, both[:, :, 9])
    ratio = both[:, :, 10] * rng.lognormal(0, both[:, :, 11])
    intensity = both[:, :, 13] * rng.lognormal(0, both[:, :, 14]) * weights
    count = intensity / (d0 ** 3.67 * np.clip(ratio, 0.1, None))  # particles by type
    mix = count / count.sum(1, keepdims=True)
    speed_each = ratio * rain_speed(d0)
    speed = (mix * speed_each).sum(1) * rng.lognormal(0, 0.04, n)
    within = (mix * (both[:, :, 12] * speed_each) ** 2).sum(1)  # each type's own spread, then the types' apart
    between = (mix * (speed_each - speed[:, None]) ** 2).sum(1)
    cv = np.sqrt(within + between) / speed * rng.lognormal(0, 0.2, n)
    mass = intensity / intensity.sum(1, keepdims=True)
    diameter = np.exp((mass * np.log(d0)).sum(1))
    rain_like = rain_speed(diameter)
    total = intensity.sum(1)
    particles = 2000 * count.sum(1) * rng.lognormal(0, 0.3, n)
    dmax = np.max(d0 * np.where(np.column_stack([y, other]) == 5, 3.0, 2.2) * (weights > 0), 1) \
        * rng.lognormal(0, 0.2, n)
    dbz = 10 * np.log10((both[:, :, 16] * np.maximum(intensity, 1e-6) ** both[:, :, 17]).sum(1)) \
        + rng.normal(0, 2, n)
    icing = (both[:, :, 15] * intensity).sum(1) * rng.lognormal(0, 0.4, n) + np.abs(rng.normal(0, 0.02, n))
    extinction = (both[:, :, 18] * intensity ** 0.7).sum(1)
    visibility = np.clip(10 / (0.5 + extinction * rng.lognormal(0, 0.3, n)), 0.05, 20)
    x = np.column_stack([np.round(particles), np.round(diameter, 2), np.round(dmax, 1), np.round(speed, 2),
                         np.round(speed / rain_like * rng.lognormal(0, 0.05, n), 2), np.round(cv, 2),
                         np.round(total, 2), np.round(dbz, 1), np.round(temp, 1), np.round(rh),
                         np.round(wet_bulb(temp, rh), 1), np.round(aloft + rng.normal(0, 1.2, n), 1),
                         np.round(icing, 2), np.round(visibility, 2)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- fibre8: fabrics' principal fibres
#: the principal fibres of ``fibre8``'s fabrics, in label order, and their rows
FIBRES = ("cotton", "linen", "viscose", "wool", "silk", "polyester", "nylon", "acrylic")
FIBRE_ROWS = (340, 200, 260, 300, 200, 360, 240, 240)
#: each fibre's blend partners (symmetric): the fibres whose fabrics meet
FIBRE_NEIGHBOURS = {0: (1, 2, 5), 1: (0, 2), 2: (0, 1, 5), 3: (4, 5, 6, 7), 4: (3,), 5: (0, 2, 3), 6: (3, 7),
                    7: (3, 6)}
#: per fibre: the share of pure fabrics and the chance of each partner in a blend (rows: principal fibre)
FIBRE_PURE = np.array([0.35, 0.3, 0.35, 0.35, 0.45, 0.4, 0.45, 0.3])
FIBRE_PARTNERS = np.array([
    # cot  lin   vis   wool  silk  pes   pa    pan
    [0.0, 0.25, 0.20, 0.00, 0.00, 0.55, 0.00, 0.00],  # cotton
    [0.65, 0.0, 0.35, 0.00, 0.00, 0.00, 0.00, 0.00],  # linen
    [0.25, 0.25, 0.0, 0.00, 0.00, 0.50, 0.00, 0.00],  # viscose
    [0.00, 0.00, 0.00, 0.0, 0.15, 0.15, 0.35, 0.35],  # wool
    [0.00, 0.00, 0.00, 1.00, 0.0, 0.00, 0.00, 0.00],  # silk
    [0.50, 0.00, 0.30, 0.20, 0.00, 0.0, 0.00, 0.00],  # polyester
    [0.00, 0.00, 0.00, 0.50, 0.00, 0.00, 0.0, 0.50],  # nylon
    [0.00, 0.00, 0.00, 0.70, 0.00, 0.00, 0.30, 0.0],  # acrylic
])
#: per fibre, its fibres' density (g/cm3), moisture regain at 65 % RH (%), diameter (um), the share showing
#: convolutions, scales, nodes (cross-markings), striations and delustrant specks under the microscope, the share
#: melting on the hot stage and their melting point (deg C), birefringence, tenacity (cN/tex) and elongation at
#: break (%)
FIBRE_PROPERTIES = np.array([
    # dens  regain dia   conv  scale node  stria dull  melt  mp    biref  ten   elong
    [1.53, 8.0, 16.0, 0.85, 0.00, 0.05, 0.00, 0.00, 0.00, 0.0, 0.046, 30.0, 7.0],  # cotton
    [1.50, 11.0, 18.0, 0.05, 0.00, 0.80, 0.05, 0.00, 0.00, 0.0, 0.060, 45.0, 2.5],  # linen
    [1.51, 12.5, 13.0, 0.00, 0.00, 0.00, 0.85, 0.50, 0.00, 0.0, 0.030, 23.0, 20.0],  # viscose
    [1.31, 15.0, 23.0, 0.00, 0.95, 0.00, 0.00, 0.00, 0.00, 0.0, 0.010, 11.0, 35.0],  # wool
    [1.34, 10.0, 11.0, 0.00, 0.00, 0.00, 0.05, 0.00, 0.00, 0.0, 0.053, 38.0, 20.0],  # silk
    [1.38, 0.4, 14.0, 0.00, 0.00, 0.00, 0.00, 0.70, 1.00, 256., 0.170, 45.0, 25.0],  # polyester
    [1.14, 4.2, 16.0, 0.00, 0.00, 0.00, 0.00, 0.60, 1.00, 240., 0.055, 45.0, 30.0],  # nylon
    [1.17, 1.6, 18.0, 0.00, 0.00, 0.00, 0.10, 0.50, 0.00, 0.0, 0.002, 27.0, 35.0],  # acrylic
])


def fibre8():
    """Fabric samples sent to a textile testing laboratory in 8 principal fibres (``FIBRES``), labelled by the
    fibre with the largest share by mass in the reference quantitative analysis (the components dissolved in
    turn, as a fibre-content label requires), as the laboratory's routine tests describe the sample: its fibres'
    density (a density-gradient column), moisture regain, a microscope's look at 100 fibres (diameter,
    convolutions, scales, nodes, striations, delustrant specks), the hot stage's melting, the polarising
    microscope's birefringence and a strip test's tenacity and elongation. Each fibre has its properties
    (``FIBRE_PROPERTIES``) and its variants (mercerised or resin-finished cotton, modal and lyocell among the
    viscoses, superwash wool, tussah and weighted silk, polyester microfibre, nylon 6 or nylon 6,6, which melts
    near polyester, and modacrylic among the acrylics, which melts and is dense and dry), and most fabrics are
    blends with a usual partner (``FIBRE_PURE``, ``FIBRE_PARTNERS``: polyester-cotton, linen-cotton and the
    viscoses, wool with nylon, acrylic, silk or polyester) of up to half. The density, the regain and the
    microscope read a small snippet of yarn, and a fabric's warp and weft differ, so the snippet's share is not
    the fabric's; a blend near half and half reads like its partner's. So the fibres meet (``FIBRE_NEIGHBOURS``:
    the blend partners). Columns: density (g/cm3), moisture regain (%), mean fibre diameter (um) and its CV (%),
    the shares of the 100 fibres showing convolutions, scales, nodes, striations and delustrant and the share
    melting on the hot stage, the melting fibres' melting point (deg C; 0 none), birefringence, tenacity
    (cN/tex) and elongation at break (%) (14). Imbalanced: 340 / 200 / 260 / 300 / 200 / 360 / 240 / 240 rows
    (2,140)."""
    rng = np.random.default_rng(26409)
    y = rng.permutation(np.repeat(np.arange(len(FIBRES)), FIBRE_ROWS))
    n = len(y)
    cotton, linen, viscose, wool, silk, polyester, nylon, acrylic = range(8)
    partner = np.array([rng.choice(8, p=FIBRE_PARTNERS[c]) for c in y])
    minor = np.where(rng.random(n) < FIBRE_PURE[y], 0, rng.uniform(0.15, 0.5, n))
    fibre = np.column_stack([y, partner])
    snippet = np.clip(minor + (minor > 0) * rng.normal(0, 0.15, n), 0, 1)  # warp and weft differ: a snippet's share
    mass = np.column_stack([1 - snippet, snippet])
    props = FIBRE_PROPERTIES[fibre].copy()  # n x 2 x 13: each component's fibres, as made and finished
    props[:, :, 0] += rng.normal(0, 0.006, (n, 2))
    props[:, :, 1] *= rng.lognormal(0, 0.08, (n, 2))
    props[:, :, 2] *= rng.lognormal(0, 0.2, (n, 2))
    sub = rng.random((n, 2))
    mercerised = (fibre == cotton) & (sub < 0.25)  # rounder, fewer convolutions, more regain
    props[:, :, 3] = np.where(mercerised, 0.25, props[:, :, 3])
    props[:, :, 1] *= np.where(mercerised, 1.15, 1) * np.where((fibre == cotton) & (sub > 0.8), 0.75, 1)  # resin
    lyocell = (fibre == viscose) & (sub < 0.35)  # modal and lyocell: round, strong, few striations
    props[:, :, 6] = np.where(lyocell, 0.1, props[:, :, 6])
    props[:, :, 10] = np.where(lyocell, 0.04, props[:, :, 10])
    props[:, :, 11] = np.where(lyocell, 38, props[:, :, 11])
    props[:, :, 12] = np.where(lyocell, 13, props[:, :, 12])
    superwash = (fibre == wool) & (sub < 0.25)  # scales smoothed by a chlorine-resin finish
    props[:, :, 4] = np.where(superwash, 0.5, props[:, :, 4])
    tussah = (fibre == silk) & (sub < 0.25)  # wild silk: coarse, striated
    props[:, :, 2] = np.where(tussah, 25, props[:, :, 2])
    props[:, :, 6] = np.where(tussah, 0.6, props[:, :, 6])
    props[:, :, 0] += np.where((fibre == silk) & (sub > 0.9), 0.1, 0)  # weighted silk
    micro = (fibre == polyester) & (sub < 0.2)
    props[:, :, 2] = np.where(micro, 7, props[:, :, 2])
    props[:, :, 9] = np.where(fibre == nylon, np.where(sub < 0.5, 220, 262), props[:, :, 9])  # nylon 6 or 6,6
    modacrylic = (fibre == acrylic) & (sub < 0.25)  # melts, dense, dry
    props[:, :, 0] += np.where(modacrylic, 0.17, 0)
    props[:, :, 1] = np.where(modacrylic, 0.5, props[:, :, 1])
    props[:, :, 8] = np.where(modacrylic, 1, props[:, :, 8])
    props[:, :, 9] = np.where(modacrylic, 190, props[:, :, 9])
    props[:, :, 7] *= rng.random((n, 2)) < 0.9  # bright (undelustred) yarn now and then
    volume = mass / props[:, :, 0]
    count = volume / props[:, :, 2] ** 2
    count = count / count.sum(1, keepdims=True)  # the share of the fibres under the microscope
    density = 1 / volume.sum(1) + rng.normal(0, 0.005, n)
    regain = (mass * props[:, :, 1]).sum(1) + rng.normal(0, 0.3, n)
    diameter = (count * props[:, :, 2]).sum(1) * rng.lognormal(0, 0.05, n)
    spread = np.sqrt((count * (0.2 * props[:, :, 2]) ** 2).sum(1) + (count * (props[:, :, 2]
                     - diameter[:, None]) ** 2).sum(1)) / diameter * rng.lognormal(0, 0.1, n)
    seen = rng.binomial(100, np.clip((count[:, :, None] * props[:, :, 3:9]).sum(1), 0, 1)) / 100
    melting = np.where(seen[:, 5] > 0, (count * props[:, :, 8] * props[:, :, 9]).sum(1)
                       / np.maximum((count * props[:, :, 8]).sum(1), 1e-9) + rng.normal(0, 3, n), 0)
    biref = (count * props[:, :, 10]).sum(1) + rng.normal(0, 0.004, n)
    fabric = np.column_stack([1 - minor, minor])  # the strip test pulls the whole fabric
    tenacity = (fabric * props[:, :, 11]).sum(1) * rng.lognormal(0, 0.15, n)
    elongation = (fabric * props[:, :, 12]).sum(1) * rng.lognormal(0, 0.2, n)
    x = np.column_stack([np.round(density, 3), np.round(regain, 1), np.round(diameter, 1), np.round(100 * spread),
                         seen, np.round(melting), np.round(biref, 3), np.round(tenacity, 1),
                         np.round(elongation, 1)])
    return x.astype(np.float32), y



#: name -> generator, in the order ``ROUND26`` lists them
GENERATORS = {"trophic7": trophic7, "scc7": scc7, "precip7": precip7, "fibre8": fibre8}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND26_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "trophic7": (2140, 15, TROPHIC_ROWS),
    "scc7": (2140, 13, SCC_ROWS),
    "precip7": (2140, 14, PRECIP_ROWS),
    "fibre8": (2140, 14, FIBRE_ROWS),
}
ROUND26 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("trophic7", "scc7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"trophic7": TROPHIC_NEIGHBOURS, "scc7": SCC_NEIGHBOURS, "precip7": PRECIP_NEIGHBOURS,
              "fibre8": FIBRE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
