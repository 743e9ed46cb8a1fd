"""Round 27's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
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
activity levels, glass fragments, smart plugs, trophic states, somatic cell scores, precipitation types or
textile fibres): the per-row summaries a practitioner reads from four other fields. As in rounds 21-26, the two
graded sets simulate a pool of cases, label every case the way its field does (a reference measurement against
the field's table of limits) and keep a fixed number of each class (``_keep``); so does one unordered set (its
label the laboratory's dominant ions), while the other draws its classes' rows directly. Two sets have ORDERED
classes (``ORDERED``): ready-mixed concrete deliveries in 7 compressive strength classes (EN 206's C16/20 or
lower .. C45/55 or higher), labelled by the laboratory's 28-day cube strength and described by the delivery
ticket (the class ordered, the binder, the water / cement ratio, water added on site), the site's slump, air and
fresh density, the 7-day cubes and the finished element's rebound hammer and pulse velocity; and a roastery's
batches in 7 roast degrees (the SCAA / Agtron disks from light to very dark), labelled by the laboratory's
Agtron reading of the ground coffee and described by the roaster's log (charge, first crack, end temperature,
times, development, rate of rise), the weight loss, the whole beans' colour and the roasted beans' density and
moisture. Two have UNORDERED classes: footballers' league matches in 7 outfield positions (the line-up's) from a
match's tracking and event data per 90 minutes, and water wells in 7 hydrochemical facies (the dominant cation
and anion of the laboratory's major-ion analysis, as a Piper diagram reads it) from the field team's wellhead
readings, test kits and the geological map. ``NEIGHBOURS`` names each set's neighbour map
(``CONCRETE_NEIGHBOURS``, ``ROAST_NEIGHBOURS``, ``POSITION_NEIGHBOURS``, ``FACIES_NEIGHBOURS``). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets concrete7,roast7,position7,facies7``, ``--data round27``).

The author opened only: HELPERS.md; ``benchmarks/data_quality_round26.py`` and
``tests/test_data_quality_round26.py`` (as the model; round 26's files not edited) and ``tests/round_checks.py``
(whose shared checks the tests use); the first 900 characters of ``benchmarks/data_quality_round5.py`` ..
``data_quality_round25.py`` (their domains) and, by grep, the signatures (with their docstrings) of round 5's
``ordinal_neighbours``, ``sigmoid``, ``main`` and ``print_difficulty``; the lines of
``benchmarks/data_quality_actions.py`` that register round 26 (its import, ``ROUNDS`` and the ``--data`` help)
with the few lines around them that ``git diff`` shows as context; and the first 110 lines of
``tests/test_architecture.py`` (grepped). Public pages on EN 206's strength classes, the SCAA / Agtron roast
colour disks, roasting's weight loss and Piper's facies were searched for the fields' tables. The helpers
imported from round 5 (``main``, ``ordinal_neighbours``, ``sigmoid``) are used as round 26 uses them. No
detector or filter ran on these sets, and the benchmark did not; the tests compute their baseline with sklearn
in ``tests/round_checks.py`` (``tests/heldout_sets.py`` was not opened).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``,
two hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and
the 5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set        rows   classes (rows each)                            MLP train / test %, seed 0 | 1   10-NN error %
concrete7  2,140  7 (220 / 320 / 400 / 380 / 300 / 240 / 280),   76.2 / 71.8 | 80.6 / 75.0        41.5
                  ordered
roast7     2,140  7 (200 / 300 / 380 / 400 / 340 / 280 / 240),   81.6 / 80.6 | 77.3 / 70.8        35.9
                  ordered
position7  2,140  7 (380 / 360 / 220 / 340 / 200 / 320 / 320)   87.7 / 85.8 | 87.6 / 84.9        19.5
facies7    2,140  7 (440 / 220 / 320 / 300 / 220 / 400 / 240)   82.7 / 76.6 | 86.9 / 79.4        31.9

Each set has class overlap by construction, checked with the 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round27.py``, with sklearn; no detector code). In concrete7 the baseline errs on 42 %
of the deliveries, 92 % of its errors between adjacent classes (``CONCRETE_NEIGHBOURS``; 0.3 % more than two
apart), 61 % reading a lower class than the cubes; C40/50 errs most (74 %: 5 MPa wide at 50), C45/55 or higher
least (24 %). 59 % of the deliveries reach a class above the one ordered (5 % fall below it); 79 % of the weak
mixes (C25/30 or lower) that an exposure class capped at a water / cement ratio of 0.5 or less reach two classes
above, 20 % of the others; water written on the ticket (12 % of the deliveries) costs half a class on average;
slag's 7-day cubes read about 0.73 of CEM I 42.5's at the same class. In roast7 it errs on 36 %, 97 % of them
between adjacent degrees (``ROAST_NEIGHBOURS``; none more than two apart), 60 % reading a lighter degree; the
scale's ends err least (22 % light, 27 % very dark), the middle degrees 37-41 %. A fluid-bed roast loses about a
point of weight less at the same degree, and a drum's small batches (under 55 % of capacity) read 3-6 deg C
hotter at the end than its full ones; the whole beans read 6-15 Agtron points darker than the ground sample's
disk. The baseline errs on 20 % of position7's matches, 94 % of its errors between neighbouring roles
(``POSITION_NEIGHBOURS``): centre back and defensive midfielder 19 % of them, central and attacking midfielder
18 %, defensive and central midfielder 16 %, full back and winger 12 %; the attacking and defensive midfielders
err most (42 % and 40 %), centre backs and centre forwards least (10 % each). 23 % of the centre backs play wide
(a back three's outer ones). facies7 errs on 32 %, 89 % of its errors between facies sharing a dominant ion or on
the fresh-salt mixing line (``FACIES_NEIGHBOURS``): Ca-HCO3 with Mg-HCO3 and with Na-HCO3 15 % of them each,
Na-Cl with Ca-Cl 12 %; Ca-Cl errs most (58 %: the seawater front's narrow facies), Ca-SO4 least (17 %). 83 % of
the Na-Cl wells are urban (road salt), two thirds of the Ca-Cl wells lie within 5 km of the coast, and half the
anoxic wells smell of sulfide. The MLP misfits 12-24 % of its clean training rows (concrete7's and roast7's
most): hard clean rows that a detector must not flag.
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
    drawn without replacement and listed class by class: each round-27 set but one simulates a pool of cases,
    labels every case as its field does, and keeps a fixed number of each class."""
    return np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False) for c, r in enumerate(rows)])


# --------------------------------------------------------------------------- concrete7: concrete strength classes
#: the compressive strength classes of ``concrete7`` (EN 206, by the 28-day cube strength), in label order, and
#: their rows
CONCRETE_CLASSES = ("C16/20 or lower (cube < 25 MPa)", "C20/25 (25-30)", "C25/30 (30-37)", "C30/37 (37-45)",
                    "C35/45 (45-50)", "C40/50 (50-55)", "C45/55 or higher (>= 55)")
CONCRETE_ROWS = (220, 320, 400, 380, 300, 240, 280)
#: the class below and above each class
CONCRETE_NEIGHBOURS = ordinal_neighbours(len(CONCRETE_CLASSES))
#: EN 206's table: the characteristic cube strength (MPa, 150 mm cubes at 28 days) of C20/25 .. C45/55
CONCRETE_LIMITS = (25.0, 30.0, 37.0, 45.0, 50.0, 55.0)
#: the classes a ready-mix plant is asked for (C16/20 .. C45/55): their characteristic cube strength (MPa) and share
CONCRETE_SPECIFIED = np.array([20.0, 25.0, 30.0, 37.0, 45.0, 50.0, 55.0])
CONCRETE_SPECIFIED_SHARE = np.array([0.12, 0.2, 0.24, 0.2, 0.12, 0.07, 0.05])
#: the binders: cement strength class (MPa), addition (limestone, fly ash or slag) share of the binder, 28-day
#: strength factor and 7-day share of the 28-day strength, and each binder's share of the deliveries
CONCRETE_BINDERS = np.array([
    # class add   f28   r7    share
    [42.5, 0.00, 1.00, 0.70, 0.30],  # CEM I 42.5
    [52.5, 0.00, 1.12, 0.78, 0.12],  # CEM I 52.5 R
    [42.5, 0.15, 0.94, 0.68, 0.20],  # CEM II/A-LL 42.5 (limestone)
    [32.5, 0.28, 0.86, 0.58, 0.18],  # CEM II/B-V 32.5 (fly ash)
    [42.5, 0.50, 0.97, 0.52, 0.20],  # CEM III/A 42.5 (slag)
])


def abrams(wc):
    """The mean 28-day cube strength (MPa) of a CEM I 42.5 concrete at water / cement ratio ``wc`` (Abrams' law,
    f = A / B ** wc, A = 120 MPa, B = 5.8)."""
    return 120.0 / 5.8 ** wc


def concrete7():
    """Ready-mixed concrete deliveries in 7 compressive strength classes (``CONCRETE_CLASSES``: C16/20 or lower,
    C20/25 .. C40/50 and C45/55 or higher), labelled by the testing laboratory's 28-day strength of the delivery's
    standard-cured 150 mm cubes (the mean of two, against EN 206's characteristic cube strengths
    ``CONCRETE_LIMITS``), as the delivery ticket, the site tests and the finished element's non-destructive tests
    describe each delivery. The plant designs each mix for the specified class with a margin (Abrams' law,
    ``abrams``, by the binder's strength: ``CONCRETE_BINDERS``), but an exposure class caps the water / cement
    ratio and so lifts many durable mixes a class or two above the one specified; water added on site (not always
    written on the ticket), the entrained air, the aggregate and the plant's day-to-day scatter move the strength
    as well. The site's slump and fresh density read the added water and the air; the 7-day cubes read the
    strength early by a share that depends on the binder (slag and fly ash gain late); the rebound hammer and the
    pulse velocity read the element, cured on site in the weather, not the laboratory's cubes. So neighbouring
    classes meet (``CONCRETE_NEIGHBOURS``). Columns: the specified class's characteristic cube strength (MPa), the
    cement content (kg/m3), the ticket's water / cement ratio, the addition's share of the binder (%), the cement's
    strength class (MPa), the water added on site as written on the ticket (L/m3), slump (mm), air content (%),
    fresh density (kg/m3), concrete temperature (deg C), the 7-day cube strength (MPa), the rebound number and the
    ultrasonic pulse velocity (km/s) on the element at 28 days, the first week's mean air temperature (deg C),
    crushed coarse aggregate (flag) and the largest aggregate size (mm) (16). Imbalanced: 220 / 320 / 400 / 380 /
    300 / 240 / 280 rows (2,140)."""
    rng = np.random.default_rng(27101)
    n = 250000
    specified = rng.choice(len(CONCRETE_SPECIFIED), n, p=CONCRETE_SPECIFIED_SHARE)
    binder = rng.choice(len(CONCRETE_BINDERS), n, p=CONCRETE_BINDERS[:, 4])
    strength_class, addition, factor, r7 = CONCRETE_BINDERS[binder, :4].T
    margin = rng.normal(8, 2, n)  # the plant's margin over the characteristic strength
    target = CONCRETE_SPECIFIED[specified] + margin
    wc_strength = np.log(120 * factor / target) / np.log(5.8)
    cap = rng.choice([0.9, 0.65, 0.55, 0.50, 0.45], n, p=[0.4, 0.25, 0.15, 0.12, 0.08])  # the exposure class's limit
    wc = np.clip(np.minimum(wc_strength, cap) + rng.normal(0, 0.01, n), 0.33, 0.85)
    aggregate = rng.choice([16, 22, 32], n, p=[0.3, 0.5, 0.2])
    water = 185 - 0.6 * (aggregate - 16) + rng.normal(0, 8, n)
    plasticiser = wc < 0.5
    water = water - 15 * plasticiser
    cement = water / wc
    entrained = (cap <= 0.5) & (rng.random(n) < 0.5)  # freeze-thaw exposure: air-entrained
    air = np.where(entrained, rng.normal(5, 0.8, n), rng.normal(1.6, 0.4, n)).clip(0.6, None)
    crushed = rng.random(n) < 0.45
    temp = rng.normal(14, 7, n)  # the week's weather
    haul = rng.gamma(4, 10, n)  # minutes from batching to discharge
    added = np.where(rng.random(n) < 0.15 + 0.2 * sigmoid((haul - 60) / 15) + 0.1 * (temp > 22),
                     rng.gamma(2.5, 5, n), 0)  # water added on site (L/m3)
    moisture = rng.normal(0, 4, n)  # the aggregate's unmeasured moisture (L/m3)
    wc_true = (water + added + moisture) / cement
    strength = abrams(wc_true) * factor * (1 - 0.05 * (air - 1.5)) * np.where(crushed, 1.05, 0.96) \
        * rng.lognormal(0, 0.05, n)
    reference = strength * rng.lognormal(0, 0.03, n)
    label = (reference[:, None] >= np.array(CONCRETE_LIMITS)).sum(1)
    keep = _keep(rng, label, CONCRETE_ROWS)
    y = label[keep]
    specified, strength_class, addition, r7, wc, water, cement, aggregate, plasticiser, air, crushed, temp, haul, \
        added, moisture, strength, entrained = (a[keep] for a in (
            specified, strength_class, addition, r7, wc, water, cement, aggregate, plasticiser, air, crushed, temp,
            haul, added, moisture, strength, entrained))
    n = len(y)
    written = np.where(rng.random(n) < 0.5, added, 0)
    slump = np.where(plasticiser, 170, 110) + 5 * (added + moisture) - 0.6 * haul - 0.8 * (temp - 15) \
        + rng.normal(0, 20, n)
    density = 2400 - 22 * (air - 1.5) - 1.2 * (added + moisture) + 8 * crushed + rng.normal(0, 15, n)
    concrete_temp = 0.5 * temp + 10 + 0.03 * haul + rng.normal(0, 1.5, n)
    early = strength * (r7 + rng.normal(0, 0.02, n)) * rng.lognormal(0, 0.03, n)
    site = strength * (1 - 0.012 * np.clip(15 - temp, 0, None)) * rng.lognormal(0, 0.07, n)  # cured in the weather
    rebound = 14 + 0.55 * site + rng.normal(0, 2.5, n)
    upv = 3.7 + 0.022 * site + 0.1 * crushed - 0.03 * (air - 1.5) + rng.normal(0, 0.1, n)
    x = np.column_stack([CONCRETE_SPECIFIED[specified], np.round(cement / 5) * 5, np.round(wc, 2),
                         np.round(100 * addition), strength_class, np.round(written), np.round(slump / 10) * 10,
                         np.round(air + rng.normal(0, 0.2, n), 1), np.round(density), np.round(concrete_temp, 1),
                         np.round(early, 1), np.round(rebound), np.round(upv, 2), np.round(temp, 1), crushed,
                         aggregate])
    return x.astype(np.float32), y



# --------------------------------------------------------------------------- roast7: coffee roast degrees
#: the roast degrees of ``roast7`` (the SCAA / Agtron colour disks, #95 and #85 pooled), lightest first, and their
#: rows
ROAST_DEGREES = ("light (Agtron >= 80)", "moderately light (70-80)", "light medium (60-70)", "medium (50-60)",
                 "moderately dark (40-50)", "dark (30-40)", "very dark (< 30)")
ROAST_ROWS = (200, 300, 380, 400, 340, 280, 240)
#: the degree below and above each degree
ROAST_NEIGHBOURS = ordinal_neighbours(len(ROAST_DEGREES))
#: the SCAA / Agtron disks' numbers #85 .. #25 and the Agtron gourmet readings halfway between them, the least
#: reading (exclusive: a darker roast reads less) of moderately light .. very dark
ROAST_DISKS = (85, 75, 65, 55, 45, 35, 25)
ROAST_LIMITS = (80.0, 70.0, 60.0, 50.0, 40.0, 30.0)


def roast7():
    """Batches of a specialty roastery's coffee in 7 roast degrees (``ROAST_DEGREES``: the SCAA / Agtron disks
    from light, #95 and #85 pooled, to very dark, #25), labelled by the quality laboratory's Agtron gourmet reading
    of the batch's ground sample (against the readings halfway between the disks, ``ROAST_LIMITS``), as the
    roaster's log and the roasted beans' routine checks describe each batch. The roaster drops each batch at an end
    temperature meant for its product's degree, some way past first crack; the beans darken with the end
    temperature and the development time after first crack, less in a fast hot-air (fluid-bed) roast, and unevenly
    from bean to bean. The probe reads the bean mass with its own offset (a small batch lets it read the hot air);
    the roaster marks first crack by ear; the weight loss is mostly the green coffee's water and, beyond it, the
    roast's dry mass (less in a fast roast); the whole beans read darker than the ground sample, most in a fast
    roast whose centre stays light; the roasted beans lose density and water as the roast darkens. So neighbouring
    degrees meet (``ROAST_NEIGHBOURS``). Columns: charge temperature (deg C), batch size (% of the roaster's
    capacity), the green coffee's density (g/L) and moisture (%), natural process (flag), fluid-bed roaster (flag),
    first crack's time (min) and probe temperature (deg C), the probe's end temperature (deg C), the roast's time
    (min), the development time ratio (%), the rate of rise at the end (deg C/min), weight loss (%), the whole
    beans' Agtron reading, the roasted beans' density (g/L) and moisture (%) (16). Imbalanced: 200 / 300 / 380 /
    400 / 340 / 280 / 240 rows (2,140)."""
    rng = np.random.default_rng(27203)
    n = 250000
    fluid = rng.random(n) < 0.2
    batch = rng.uniform(40, 100, n)
    density = rng.normal(720, 35, n)
    moisture = rng.normal(10.6, 0.8, n)
    natural = rng.random(n) < 0.35
    charge = np.where(fluid, rng.normal(235, 8, n), rng.normal(200, 10, n))
    first_time = np.where(fluid, 4.5, 8.5) * (1 + 0.004 * (batch - 70) - 0.004 * (charge - np.where(fluid, 235, 200))
                                             + 0.002 * (density - 720) + 0.04 * (moisture - 10.6)) \
        * rng.lognormal(0, 0.08, n)
    first_temp = 198 + 0.03 * (density - 720) + rng.normal(0, 1.5, n)  # the beans' own first crack
    target = rng.uniform(18, 100, n)  # the product's colour
    end = 200 + (90 - target) / 1.6 + rng.normal(0, 2.5, n)
    end = np.maximum(end, first_temp + 1)  # dropped after first crack
    ror = np.where(fluid, rng.normal(15, 3, n), rng.normal(7, 1.5, n) + 0.05 * (charge - 200)).clip(3, None)
    development = (end - first_temp) / ror + 0.3
    agtron = 90 - 1.6 * (end - 200) - 3 * (development - 1.5) + 3 * fluid - 2 * natural + rng.normal(0, 3.5, n)
    reference = agtron + rng.normal(0, 1, n)
    label = (reference[:, None] < np.array(ROAST_LIMITS)).sum(1)
    keep = _keep(rng, label, ROAST_ROWS)
    y = label[keep]
    fluid, batch, density, moisture, natural, charge, first_time, first_temp, end, ror, development, agtron = (
        a[keep] for a in (fluid, batch, density, moisture, natural, charge, first_time, first_temp, end, ror,
                          development, agtron))
    n = len(y)
    offset = rng.normal(0, 3, n) + 0.08 * (70 - batch)  # the probe: a small batch leaves it in the hot air
    total = first_time + development
    roasted_moisture = np.clip(0.8 + 0.025 * (agtron - 30) + rng.normal(0, 0.3, n), 0.3, None)
    dry = 4 + 0.12 * (90 - agtron) - 1.0 * fluid + rng.normal(0, 0.6, n)  # the roast's dry mass
    loss = moisture - roasted_moisture + dry + rng.normal(0, 0.3, n)
    gap = 4 + 8 / development + rng.normal(0, 3, n)  # a fast roast's light centre
    whole = agtron - gap + rng.normal(0, 2, n)
    roasted_density = density * (0.5 + 0.0017 * (agtron - 30)) * rng.lognormal(0, 0.03, n)
    x = np.column_stack([np.round(charge), np.round(batch), np.round(density), np.round(moisture, 1), natural,
                         fluid, np.round(first_time, 2), np.round(first_temp + offset + rng.normal(0, 1, n), 1),
                         np.round(end + offset, 1), np.round(total, 2), np.round(100 * development / total, 1),
                         np.round(ror + rng.normal(0, 1, n), 1), np.round(loss, 1), np.round(whole),
                         np.round(roasted_density), np.round(roasted_moisture, 1)])
    return x.astype(np.float32), y



# --------------------------------------------------------------------------- position7: footballers' positions
#: the outfield positions of ``position7`` (the line-up's), in label order, and their rows
POSITIONS = ("centre back", "full back", "defensive midfielder", "central midfielder", "attacking midfielder",
             "winger", "centre forward")
POSITION_ROWS = (380, 360, 220, 340, 200, 320, 320)
#: the positions whose players' roles meet (symmetric): a ball-playing centre back steps into midfield, an inverted
#: full back into the centre, wide forwards and false nines drift between the lines
POSITION_NEIGHBOURS = {0: (1, 2), 1: (0, 5), 2: (0, 3), 3: (2, 4), 4: (3, 5, 6), 5: (1, 4, 6), 6: (4, 5)}
#: per position, a full match's readings: distance (km), high-speed running (> 19.8 km/h) and sprinting
#: (> 25.2 km/h) distance (m), top speed (km/h), mean position along the pitch (m from the own goal line) and off
#: its centre line (m, either side), the positions' spread along the pitch (m), passes, pass completion (%), long
#: passes' share (%), crosses, shots, touches in the opponent's box, tackles and interceptions, aerial duels and
#: dribbles
POSITION_TABLE = np.array([
    # km   hsr    spr   top   x     |y|   sdx   pass  comp  long  cross shot  box   tkl   air   drib
    [10.0, 420., 110., 30.8, 33.0, 11.0, 10.0, 52.0, 88.0, 14.0, 0.05, 0.4, 0.5, 4.2, 4.8, 0.3],  # centre back
    [10.6, 820., 270., 32.4, 47.0, 26.0, 15.0, 48.0, 81.0, 8.0, 1.8, 0.3, 1.2, 4.0, 1.8, 1.1],  # full back
    [11.2, 560., 120., 30.4, 43.0, 7.0, 12.0, 62.0, 88.0, 9.0, 0.2, 0.6, 0.6, 4.6, 2.4, 0.6],  # defensive mid.
    [11.6, 760., 180., 31.0, 53.0, 11.0, 15.0, 54.0, 85.0, 7.0, 0.5, 1.1, 1.6, 3.2, 1.8, 1.1],  # central mid.
    [11.1, 780., 220., 31.4, 64.0, 10.0, 15.0, 44.0, 80.0, 4.0, 1.0, 2.1, 3.6, 1.9, 1.2, 2.4],  # attacking mid.
    [10.7, 950., 370., 33.3, 66.0, 24.0, 16.0, 35.0, 77.0, 4.0, 2.8, 2.0, 4.6, 1.5, 1.0, 3.8],  # winger
    [10.2, 760., 300., 32.8, 73.0, 7.0, 14.0, 25.0, 69.0, 3.0, 0.4, 3.1, 7.0, 1.0, 5.8, 1.4],  # centre forward
])


def position7():
    """Outfield players' league matches in 7 positions (``POSITIONS``), labelled by the position the line-up
    lists, as a match's tracking and event data summarise each player per 90 minutes for the club's performance
    analyst. Each position has its full match (``POSITION_TABLE``: running, where on the pitch, passing, crossing,
    shooting, defending); seven players in ten play a role that leans towards a neighbouring position (up to
    half of the way: a ball-playing centre back, an inverted full back, a box-to-box midfielder, a wide
    forward, a false nine) and every player has his own engine, pace and style. The team's possession pushes
    everyone up the pitch and adds passes while it takes tackles away; a back three moves its outer centre backs
    wide and its full backs (wing-backs) higher, wider and into more crosses; a substitute's or a substituted
    player's short match leaves counts per 90 minutes noisy and his running fresher. So the positions meet
    (``POSITION_NEIGHBOURS``: centre back with full back and defensive midfielder, full back with winger,
    defensive with central midfielder, central with attacking midfielder, attacking midfielder, winger and centre
    forward with one another). Columns: the table's 16 readings per 90 minutes, the minutes played and the team's
    possession (%) (18). Imbalanced: 380 / 360 / 220 / 340 / 200 / 320 / 320 rows (2,140)."""
    rng = np.random.default_rng(27307)
    y = rng.permutation(np.repeat(np.arange(len(POSITIONS)), POSITION_ROWS))
    n = len(y)
    other = np.array([rng.choice(POSITION_NEIGHBOURS[c]) for c in y])  # the neighbouring position leaned to
    lean = np.where(rng.random(n) < 0.7, rng.uniform(0, 0.5, n), 0)
    p = (1 - lean)[:, None] * POSITION_TABLE[y] + lean[:, None] * POSITION_TABLE[other]
    possession = np.clip(rng.normal(50, 8, n), 28, 74)
    three = rng.random(n) < 0.3  # the team plays a back three
    outer = three & (y == 0) & (rng.random(n) < 2 / 3)
    p[:, 5] += np.where(outer, 8, 0) + np.where(three & (y == 1), 4, 0)
    p[:, 4] += 0.3 * (possession - 50) + rng.normal(0, 4, n) + np.where(three & (y == 1), 7, 0)
    p[:, 10] *= np.where(three & (y == 1), 1.5, 1)
    p[:, 7] *= 1 + 0.025 * (possession - 50)
    p[:, 13] *= 1 - 0.02 * (possession - 50)
    minutes = np.where(rng.random(n) < 0.7, 90, rng.integers(15, 90, n))
    engine = rng.lognormal(0, 0.06, n) * (1 + 0.05 * (minutes < 90))
    pace = rng.normal(0, 1, n)
    style = rng.lognormal(0, 0.35, (n, 7))  # the player's own passing, crossing, shooting .. dribbling
    scale = minutes / 90
    counts = rng.poisson(p[:, [7, 10, 11, 12, 13, 14, 15]] * style * scale[:, None]) / scale[:, None]
    hsr = p[:, 1] * engine ** 2 * np.exp(0.15 * pace) * rng.lognormal(0, 0.15, n)
    x = np.column_stack([np.round(p[:, 0] * engine * rng.lognormal(0, 0.03, n), 2), np.round(hsr),
                         np.round(p[:, 2] * engine ** 2 * np.exp(0.3 * pace) * rng.lognormal(0, 0.3, n)),
                         np.round(p[:, 3] + 1.0 * pace + rng.normal(0, 0.5, n), 1),
                         np.round(p[:, 4] + rng.normal(0, 3, n), 1), np.round(p[:, 5] + rng.normal(0, 3.5, n), 1),
                         np.round(p[:, 6] * rng.lognormal(0, 0.1, n), 1), np.round(counts[:, 0], 1),
                         np.round(np.clip(p[:, 8] + rng.normal(0, 4, n) + 6 / np.sqrt(counts[:, 0] + 1), 40, 100),
                                  1),
                         np.round(p[:, 9] * rng.lognormal(0, 0.3, n), 1), np.round(counts[:, 1:], 1),
                         minutes, np.round(possession)])
    return x.astype(np.float32), y



# --------------------------------------------------------------------------- facies7: groundwater facies
#: the hydrochemical facies of ``facies7`` (the dominant cation and anion in meq/L), in label order, and their rows
FACIES = ("Ca-HCO3", "Mg-HCO3", "Na-HCO3", "Ca-SO4", "Na-SO4", "Na-Cl", "Ca-Cl")
FACIES_ROWS = (440, 220, 320, 300, 220, 400, 240)
#: each facies' dominant cation (0 Ca, 1 Mg, 2 Na + K) and anion (0 HCO3, 1 SO4, 2 Cl)
FACIES_IONS = ((0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (2, 2), (0, 2))
#: the facies that share a dominant cation or anion with each facies (exchange, gypsum, pyrite and salt carry a
#: water across one boundary of the Piper diamond), and Ca-HCO3 with Na-Cl: fresh water mixed with seawater or
#: road salt moves along the line between the two, through the diamond's centre
FACIES_NEIGHBOURS = {c: tuple(d for d, other in enumerate(FACIES_IONS) if d != c
                              and (other[0] == FACIES_IONS[c][0] or other[1] == FACIES_IONS[c][1]
                                   or {c, d} == {0, 5}))
                     for c in range(len(FACIES))}
#: the aquifer rocks (limestone, dolomite, granite and gneiss, basalt, evaporites, marine sediments): each rock's
#: share of the wells, its recharge water's Ca, Mg, Na + K, SO4 and Cl (meq/L; HCO3 balances them), their log
#: spread, and the carbonate share (%) the geological map gives its unit
FACIES_ROCKS = np.array([
    # share  Ca    Mg    Na    SO4   Cl    sd    carb
    [0.28, 3.6, 0.35, 0.35, 0.35, 0.45, 0.3, 85.0],  # limestone
    [0.10, 2.1, 2.0, 0.3, 0.3, 0.4, 0.3, 90.0],  # dolomite
    [0.22, 0.6, 0.25, 0.6, 0.12, 0.2, 0.3, 2.0],  # granite and gneiss
    [0.08, 0.9, 1.3, 0.8, 0.15, 0.3, 0.3, 5.0],  # basalt
    [0.10, 3.0, 0.8, 0.5, 1.5, 0.5, 0.3, 40.0],  # evaporites (gypsum, anhydrite)
    [0.22, 2.4, 0.5, 0.6, 0.4, 0.6, 0.3, 25.0],  # marine sediments (clays, sands)
])
#: seawater's Ca, Mg, Na + K, SO4, Cl and HCO3 (meq/L)
SEAWATER = np.array([21.0, 107.0, 478.0, 56.0, 546.0, 2.3])


def facies7():
    """Water wells in 7 hydrochemical facies (``FACIES``: the dominant cation and anion of the laboratory's
    major-ion analysis in meq/L, as a Piper diagram reads it; the rare magnesium sulfate and chloride waters are
    left out), as the field team's readings at the wellhead, the test kits and the geological map describe each
    well. The recharge water takes its ions from the aquifer's rock (``FACIES_ROCKS``: calcium from limestone,
    magnesium from dolomite and basalt, little of anything from granite, sulfate from gypsum), then flow paths
    change it: clays trade the water's calcium and magnesium for sodium (most in deep wells in marine sediments:
    sodium bicarbonate water), pyrite in some crystalline rock oxidises to sulfate, seawater reaches coastal wells
    (``SEAWATER``) and its front trades sodium for calcium (calcium chloride water), road salt and sewage reach
    urban wells, farmland adds nitrate, and deep anoxic water loses its sulfate to bacteria (the smell of sulfide)
    and gains bicarbonate. The field team titrates the alkalinity and the chloride, reads the hardness (calcium and
    magnesium together) with a kit, the sulfate with a photometer and the nitrate with a coarse strip; sodium
    shows only in the conductivity beyond the hardness, and the map names a unit, not the well's own rock (which
    tells magnesium from calcium). So facies that share a dominant ion meet, and fresh calcium bicarbonate water
    meets sodium chloride water along their mixing line (``FACIES_NEIGHBOURS``). Columns: well depth (m),
    distance to the coast (km), conductivity (uS/cm), pH, temperature (deg C), dissolved oxygen (mg/L),
    alkalinity (mg/L HCO3), total hardness (mg/L CaCO3), sulfate, chloride and nitrate (mg/L), iron (mg/L),
    sulfide smell (flag), the mapped unit's carbonate share (%), and the map's dolomite or basalt, evaporites,
    marine sediments and built-up land (flags) (18). Imbalanced: 440 / 220 / 320 / 300 / 220 / 400 / 240 rows
    (2,140)."""
    rng = np.random.default_rng(27409)
    n = 400000
    rock = rng.choice(len(FACIES_ROCKS), n, p=FACIES_ROCKS[:, 0])
    table = FACIES_ROCKS[rock]
    depth = np.exp(rng.normal(np.log(40), 0.8, n)).clip(5, 600)
    coast = np.exp(rng.normal(np.log(15), 1.4, n))
    urban = rng.random(n) < 0.2
    farm = rng.beta(1.2, 2, n) * ~urban
    ions = table[:, 1:6] * np.exp(rng.normal(0, 1, (n, 5)) * table[:, 6:7])  # Ca, Mg, Na, SO4, Cl
    sulfidic = (rock == 2) & (rng.random(n) < 0.25)  # pyrite in the crystalline rock
    ions[:, 3] += sulfidic * rng.lognormal(np.log(2), 0.6, n)
    ions[:, 0] += sulfidic * 0.8 * ions[:, 3]
    ions[:, 3] += (rock == 4) * rng.lognormal(np.log(6), 0.8, n)  # gypsum
    ions[:, 0] += (rock == 4) * ions[:, 3] * 0.8
    salt = urban * rng.lognormal(np.log(3), 0.8, n)  # road salt and sewage
    ions[:, 2] += salt
    ions[:, 4] += salt
    nitrate = farm * rng.lognormal(np.log(0.6), 0.7, n) + urban * 0.2
    ions[:, 0] += 0.5 * nitrate  # lime on the fields
    onset = np.select([rock == 5, rock == 4], [60, 80], 300)  # the depth (m) where clays begin to trade
    exchange = sigmoid((np.log(depth) - np.log(onset)) / 0.5) * rng.beta(3, 2, n)
    moved = exchange * (ions[:, 0] + ions[:, 1])  # calcium and magnesium traded for sodium
    ions[:, 0] *= 1 - exchange
    ions[:, 1] *= 1 - exchange
    ions[:, 2] += moved
    sea = np.where(rng.random(n) < 0.6 * np.exp(-coast / 4),
                   np.exp(rng.normal(np.log(0.008), 0.9, n)).clip(None, 0.15), 0)  # seawater's share
    front = sea * rng.beta(4, 2, n) * (rng.random(n) < 0.6)  # the intrusion front's reverse exchange
    ions = (1 - sea)[:, None] * ions + sea[:, None] * SEAWATER[:5]
    swap = np.minimum(front * SEAWATER[2] * 0.8, ions[:, 2] * 0.9)
    ions[:, 2] -= swap
    ions[:, 0] += 0.7 * swap
    ions[:, 1] += 0.3 * swap
    anoxic = sigmoid((np.log(depth) - np.log(120)) / 0.4) * (rock != 2) > rng.random(n)
    reduced = anoxic * ions[:, 3] * rng.beta(4, 2, n)  # sulfate reduced, bicarbonate gained
    ions[:, 3] -= reduced
    hco3 = ions[:, :3].sum(1) - ions[:, 3:].sum(1) - nitrate + sea * SEAWATER[5]
    short = np.clip(0.3 - hco3, 0, None)  # the acid's deficit buffered by more calcium
    ions[:, 0] += short
    hco3 = hco3 + short
    cation = np.argmax(ions[:, :3], 1)
    anion = np.argmax(np.column_stack([hco3, ions[:, 3], ions[:, 4]]), 1)
    label = np.full(n, -1)
    for c, pair in enumerate(FACIES_IONS):
        label[(cation == pair[0]) & (anion == pair[1])] = c
    keep = _keep(rng, label, FACIES_ROWS)
    y = label[keep]
    rock, depth, coast, urban, ions, hco3, nitrate, anoxic, reduced, sulfidic = (
        a[keep] for a in (rock, depth, coast, urban, ions, hco3, nitrate, anoxic, reduced, sulfidic))
    n = len(y)
    total = ions[:, :3].sum(1)
    ec = 95 * total * (1 - 0.04 * np.log1p(total / 10)) * rng.lognormal(0, 0.05, n)
    ph = np.where(np.isin(rock, (2, 3)), 6.5, 7.3) + 0.35 * np.log(ions[:, 2] / total + 0.3) + 0.8 * (
        hco3 / (hco3 + ions[:, 3] + ions[:, 4])) - 0.5 * sulfidic + rng.normal(0, 0.2, n)
    temp = 10 + 0.025 * depth + rng.normal(0, 0.8, n)
    oxygen = np.where(anoxic, rng.uniform(0, 0.4, n), np.clip(9 * np.exp(-depth / 150) + rng.normal(0, 1.2, n),
                                                                     0, None))
    iron = np.where(anoxic, rng.lognormal(np.log(0.8), 0.9, n), rng.lognormal(np.log(0.03), 0.8, n))
    hardness = 50 * (ions[:, 0] + ions[:, 1]) * rng.lognormal(0, 0.08, n)
    chloride = np.round(35.45 * ions[:, 4] * rng.lognormal(0, 0.1, n))  # a titration kit
    nsteps = np.array([0, 10, 25, 50, 100, 250])
    no3 = 62 * nitrate * ~anoxic * rng.lognormal(0, 0.3, n)
    no3 = nsteps[np.argmin(np.abs(np.log1p(no3)[:, None] - np.log1p(nsteps)), 1)]
    smell = anoxic & (rng.random(n) < 0.2 + 0.7 * sigmoid((reduced - 0.3) / 0.1))  # hydrogen sulfide
    mapped = np.where(rng.random(n) < 0.8, rock, rng.choice(len(FACIES_ROCKS), n))  # the map names a unit
    carbonate = FACIES_ROCKS[mapped, 7]
    x = np.column_stack([np.round(depth), np.round(coast, 1), np.round(ec), np.round(ph, 2), np.round(temp, 1),
                         np.round(oxygen, 1), np.round(61 * hco3 * rng.lognormal(0, 0.06, n)),
                         np.round(hardness / 10) * 10, np.round(48 * ions[:, 3] * rng.lognormal(0, 0.15, n)),
                         chloride, no3, np.round(iron, 2), smell, carbonate,
                         np.isin(mapped, (1, 3)), mapped == 4, mapped == 5, urban])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND27`` lists them
GENERATORS = {"concrete7": concrete7, "roast7": roast7, "position7": position7, "facies7": facies7}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND27_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "concrete7": (2140, 16, CONCRETE_ROWS),
    "roast7": (2140, 16, ROAST_ROWS),
    "position7": (2140, 18, POSITION_ROWS),
    "facies7": (2140, 18, FACIES_ROWS),
}
ROUND27 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("concrete7", "roast7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"concrete7": CONCRETE_NEIGHBOURS, "roast7": ROAST_NEIGHBOURS, "position7": POSITION_NEIGHBOURS,
              "facies7": FACIES_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
