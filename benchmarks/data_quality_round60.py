"""Round 60's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (the set names of every round through a
grep of the ``GENERATORS = {`` lines, reduced to the quoted names; the names in multi-line dicts were not printed
by it, and the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these four names):
none names a potato, a river's status, a broadband line or an indoor air episode. Near ones, not opened:
``tomato6`` (by its name another crop), ``aqi6`` (an air quality index, outdoor or not, not checked), ``odour6``,
``nitrate8``, ``trophic7`` and ``fishkill8`` (by their names other questions about water), ``srvfault6``,
``incident7`` and ``leak6`` (other faults; which not checked), ``weeds7``, ``firedanger5`` and ``radon5``. As in
round 59, the two graded sets simulate a pool of cases, label every case the way its field does (a reference
against the field's limits) and keep a fixed number of each class (``_keep``, shuffled); the two unordered sets
draw their classes' rows directly from a table of each class's medians (``_pull``ed toward its neighbours). Two
sets have ORDERED classes (``ORDERED``): potato fields in the season in 5 late blight severities (trace, slight,
moderate, severe, very severe), labelled by a reference visual assessment of the foliage affected against 1, 5, 25
and 75 % (``BLIGHT_LIMITS``), and described by cheap and remote data (Hutton criteria days, humid and leaf-wet
hours, temperature, rain, a drone's NDVI and red-edge index, the variety's resistance, the last fungicide's age and
type, crop age, outbreaks around); and river reaches in the Water Framework Directive's 5 ecological statuses
(high, good, moderate, poor, bad), labelled by a reference macroinvertebrate index's ecological quality ratio
against 0.97, 0.86, 0.72 and 0.59 (``WFD_LIMITS``), and described by continuous sensors and the catchment's data
(dissolved oxygen and its daily swing, conductivity, nitrate, phosphate, temperature, turbidity, the low flow,
upstream arable and urban land, wastewater per unit of low flow, channel modification, altitude, catchment area).
Two have UNORDERED classes: home broadband faults in 6 root causes (an access line fault, a router's failure, Wi-Fi
interference, a DNS or provider-side outage, a customer's misconfiguration, the home's power or cabling) from the
router's and the access network's telemetry over the 24 hours before the report; and indoor air-quality episodes
flagged by a home monitor in 6 sources (cooking, candle or fireplace smoke, cleaning products or other VOCs,
outdoor wildfire smoke, crowding, damp and mould) from the monitor's traces. ``NEIGHBOURS`` names each set's
neighbour map (``BLIGHT_NEIGHBOURS``, ``WFD_NEIGHBOURS``, ``BB_NEIGHBOURS``, ``IAQ_NEIGHBOURS``; written from the
fields as the author knew them and committed, with the class names, rows and limits, before any generator was
written or ran: commit 4e94f65; no pair added after). Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads
them by name (``load(name, seed)``, ``--sets blight5,wfdriver5,bbfault6,iaqsource6``, ``--data round60``).

The author opened only: ``docs/data-authors.md`` lines 1-30 (``sed -n 1,30p``); ``benchmarks/data_quality_round59.py``
(all 468 lines with ``cat``, whose display left out lines 162-259, then ``sed -n 160,260p``; not edited),
``tests/test_data_quality_round59.py`` (all; not edited) and ``tests/round_checks.py`` (all); the set names of
every round (``grep -h "GENERATORS"`` of every round module reduced to the quoted names; no module imported, no
generator of theirs ran); the lines of ``benchmarks/data_quality_actions.py`` that register round 59 (``grep -n -i
round59``: lines 98, 118 and 464; then ``sed -n 98p``, ``sed -n 116,118p`` and lines 462-466 filtered by a grep for
59 and "round 5", which printed lines 464-465), edited by a script that added the import and the ``ROUNDS`` entry
after round 59's and made the two help strings read round60 / round 60's (its ``git diff -U0`` showed only the
changed lines); ``tests/test_architecture.py`` lines 1-110 only through a grep for "round", "data_quality" and
"benchmarks" (``sed -n 1,110p | grep``), which printed nothing. Round 30's docstring and the first 2,000 characters
of rounds 56, 57 and 58's docstrings, allowed, were not opened. Slips: ``git worktree add`` printed the subject line
of round 59's last commit; the grep of the ``GENERATORS`` lines printed the names of the non-round modules' sets
too (``wave6`` .. ``nir15``, by their place in the glob).

Public pages were searched (one search a field) and read only as the searches' excerpts: late blight (AHDB's and
IPM Decisions' pages on the Hutton criteria: two consecutive days with a minimum of 10 C and at least 6 hours at
90 % relative humidity or more, replacing the Smith period in 2017; Michigan State's page on the Wallin model's
severity values from the hours at 80 % humidity or more and their mean temperature; UC IPM's page on NEGFRY; the
CIP / GILB page on the modified blight rating: the percentage of foliage affected, estimated per quadrant of 20-25
plants and averaged, and that a plain percentage estimate is better than a scale; Syngenta's page: a field can be
devastated in five to seven days); river status (an Estonian text and a handbook's page: 5 classes by the
ecological quality ratio, observed against the type's reference; the Commission's intercalibration decision 2018/229
and the CIS guidance 13 only by their titles; each Member State sets its own methods and boundaries); broadband
faults (a provider's ADSL checklist: no sync a physical fault between the modem and the exchange or a faulty
modem; sync dropouts from badly filtered phone equipment or a faulty modem; authentication faults from the
configuration; pages on the SNR margin, attenuation, CRC, FEC and errored seconds; BT patents: a high resistance
joint or a shunt from the ratio of downstream to upstream attenuation, unstable joints near the premises from
matching near- and far-end errored seconds); indoor air (pages on home monitors: PM2.5 from cooking, candles,
incense, fireplaces, outdoor and wildfire smoke and resuspended dust, optical sensors good for relative changes;
Cowell and colleagues 2023: PM2.5 peaked at 488 ug/m3 while cooking in a UK home; Sankhyan and colleagues 2022:
bedroom monitors saw the kitchen's cooking 1-45 min later, medians up to 30 % lower; Afroz and colleagues 2023:
cooking and humidifiers raise PM2.5, ventilation and the outdoor air move CO2 and PM2.5). The rest is the author's
own reading of the fields, not checked: the foliage limits 1 / 5 / 25 / 75 % (chosen, not read; the rating's
points 0.1, 1, 5, 25, 50, 75, 95 recalled), the whole blight model (the epidemic's log-odds from the humid hours,
the leaf wetness, the rain, the inoculum, the resistance, a protectant's cover wearing off in about 6 days and a
systemic's in 11, the canopy's age, the temperature's optimum near 18 C), the NDVI's and NDRE's fall with the
foliage lost and their scatter; the ratio boundaries 0.97 / 0.86 / 0.72 / 0.59 (recalled as the UK's WHPT ASPT
boundaries, not read), the whole river model (the ratio's answer to organic pollution, nutrients, channel
modification and towns, the sensors' answers to them, the shade's part in the oxygen swing); every number in
``BB_TABLE``, ``BB_HOUR``, ``IAQ_TABLE`` (but cooking's high PM2.5 peak) and ``IAQ_HOUR``, and the scatters. The
helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 59 uses them (``main`` was not
run); ``_keep``, ``_pull``, ``_sig`` and ``_draw`` are written as round 59's. No detector or filter ran on these
sets, and the benchmark did not; the difficulty below and the tests' baseline were computed with sklearn directly
(``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                                MLP train / test %, seed 0 | 1   10-NN %  between
blight5     2,140  5 (520 / 460 / 420 / 400 / 340), ordered          73.2 / 68.2 | 71.5 / 66.2        37.5     90 %
wfdriver5   2,140  5 (340 / 520 / 560 / 420 / 300), ordered          82.4 / 72.5 | 75.0 / 70.3        41.0     94 %
bbfault6    2,140  6 (440 / 320 / 420 / 360 / 280 / 320)             88.1 / 84.1 | 86.8 / 84.9        24.1     81 %
iaqsource6  2,140  6 (460 / 340 / 360 / 300 / 380 / 300)             88.5 / 87.7 | 88.1 / 87.5        16.8     92 %

("between": the share of the baseline's errors between documented neighbours.) blight5, bbfault6 and iaqsource6
meet the three aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between
documented neighbours) as first written (iaqsource6's MLP near the aim's top, 87.7 %, its baseline near the foot,
16.8 %); wfdriver5 after its one change meets the MLP and the neighbour aims, but its baseline errs on 41.0 %, above
the aim's top 40 %: kept and said. In blight5 90 % of the errors fall between adjacent classes: trace with slight
34 % of them, slight with moderate 26 %, moderate with severe 17 %, severe with very severe 14 %; two apart 10 %
(trace with moderate 8 %); moderate errs most (54 %), very severe least (16 %). In wfdriver5 94 % fall between
adjacent statuses: good with moderate 28 %, moderate with poor 26 %, high with good 26 %, poor with bad 14 %; two
apart 5 %; poor errs most (48 %), high least (33 %). bbfault6 errs on 24 %, 81 % of its errors between causes
support confuses (``BB_NEIGHBOURS``): a line fault with the home's power or cabling 25 % of them, Wi-Fi interference
with a misconfiguration 21 %, a router with the home's power or cabling 18 %, an outage with a misconfiguration 8 %,
a router with Wi-Fi 5 %, a line fault with an outage 3 %; a router with a misconfiguration (10 %: reboots and DNS
failures both middling) falls outside the map, the rest 3 % or less a pair; a misconfiguration errs most (53 %),
Wi-Fi interference least (6 %). iaqsource6 errs on 17 %, 92 % of its errors between sources an adviser confuses
(``IAQ_NEIGHBOURS``): cooking with cleaning 30 % of them, candle or fireplace smoke with wildfire smoke 18 %,
cooking with candle smoke 17 %, crowding with damp 14 %, cooking with crowding 9 %, cleaning with damp 3 %;
cleaning with crowding (5 %) falls outside the map; the sources err alike (14-19 %). Tuning after a first measure
(toward the field, not toward a detector): wfdriver5 first came out too hard, MLP 68.1 / 62.1 % (train / test,
seed 0; seed 1 64.5 / 60.9), baseline 48.2 %, 87 % between neighbours: its one change cut the unseen scatter of the
reach's own habitat and recolonisation in the quality ratio from 0.06 to 0.035 (``wide``; commit e5f67cc), chosen
once and measured once. The table's numbers are after the change, kept. blight5, bbfault6 and iaqsource6 met the
aims at their first measure and were not changed; all four generators were committed before their first measure
(commit 2f7a81a). Slips kept as committed: in blight5 the fungicide's type column barely differs between the
classes (its effect goes through the days since it and is small next to the weather), the days since the last
fungicide fall a little from severe to very severe, and a field with no fungicide this season reads 60 days; in
wfdriver5 the catchment area carries nothing on its own (it only scales the low flow and the wastewater), the
altitude works only through the upland share, and the temperature's town term is written ``0.01 * urban * 10``; in
bbfault6 the report's time of day carries little; in iaqsource6 the humidity's and temperature's rises can read
below 0 (a sensor's scatter), and the outdoor station's PM2.5 carries most of what tells wildfire smoke apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers its author wrote as the round before's (kept once since session 42)
from benchmarks.data_quality_round_common import _keep, _pull, _sig  # noqa: E402


# --------------------------------------------------------------------------- blight5: potato late blight severity
#: the 5 classes of ``blight5`` (a potato field in the season, by a reference visual assessment of the share of its
#: foliage affected by late blight against a disease-assessment key's class limits), healthiest first
BLIGHT_CLASSES = ("trace (under 1 %)", "slight (1-4.9 %)", "moderate (5-24.9 %)", "severe (25-74.9 %)",
                  "very severe (75 % or more)")
BLIGHT_ROWS = (520, 460, 420, 400, 340)
#: the severity above and below each severity
BLIGHT_NEIGHBOURS = ordinal_neighbours(len(BLIGHT_CLASSES))
#: the reference's foliage affected (% of the green canopy, averaged over the walked quadrants) against 1, 5, 25
#: and 75: a field's class is the number of these limits its foliage affected reaches
BLIGHT_LIMITS = (1.0, 5.0, 25.0, 75.0)


# ----------------------------------------------------------------------- wfdriver5: a river reach's ecological status
#: the 5 classes of ``wfdriver5`` (a river reach in a monitoring year, by a reference macroinvertebrate index's
#: ecological quality ratio against the Water Framework Directive's class boundaries), best first
WFD_CLASSES = ("high", "good", "moderate", "poor", "bad")
WFD_ROWS = (340, 520, 560, 420, 300)
#: the status above and below each status
WFD_NEIGHBOURS = ordinal_neighbours(len(WFD_CLASSES))
#: the reference index's ecological quality ratio (observed over the type's reference value) against 0.97, 0.86,
#: 0.72 and 0.59 (high / good, good / moderate, moderate / poor, poor / bad): a reach's class is the number of these
#: boundaries its ratio falls below
WFD_LIMITS = (0.97, 0.86, 0.72, 0.59)


# --------------------------------------------------------------------------- bbfault6: home broadband fault root cause
#: the root causes of ``bbfault6`` (a home broadband fault reported to an internet provider, by the provider's
#: closed ticket: the engineer's or the second line's finding)
BB_CAUSES = ("access line fault (copper or fibre)", "home router failure", "in-home Wi-Fi interference",
             "DNS or provider-side outage", "customer misconfiguration", "home power or cabling")
BB_ROWS = (440, 320, 420, 360, 280, 320)
#: the causes a provider's support confuses from the telemetry (symmetric): a line fault against the home's cabling
#: (both raise the line's errors and resyncs: a bad extension or a loose patch lead looks like a bad joint outside)
#: and against a provider-side outage (no service, the neighbours' lines too for a cabinet's fault); a router's
#: failure against the home's power or cabling (reboots, drops, the unit dark) and against Wi-Fi interference (a
#: failing radio looks like a crowded channel); Wi-Fi interference against a customer's misconfiguration (a wrong
#: band or channel setting, a mesh badly placed: slow Wi-Fi either way); a provider-side outage against a
#: misconfiguration (DNS failures: the provider's resolvers down or a customer's own DNS wrongly set)
BB_NEIGHBOURS = {0: (3, 5), 1: (2, 5), 2: (1, 4), 3: (0, 4), 4: (2, 3), 5: (0, 1)}


# --------------------------------------------------------------------------- iaqsource6: indoor air episode source
#: the sources of ``iaqsource6`` (an indoor air-quality episode flagged by a home air monitor, by the household's
#: diary and a visit's reference sampling)
IAQ_SOURCES = ("cooking", "candle or fireplace smoke", "cleaning products or other VOCs", "outdoor wildfire smoke",
               "crowding (CO2)", "damp and mould")
IAQ_ROWS = (460, 340, 360, 300, 380, 300)
#: the sources an indoor-air adviser confuses from the monitor's traces (symmetric): cooking against candle or
#: fireplace smoke (combustion particles in the evening), against cleaning (a VOC rise while the kitchen is busy,
#: frying oil's and a cleaner's vapours) and against crowding (a dinner with guests: people and a hob at once);
#: candle or fireplace smoke against wildfire smoke (fine smoke, PM1 most of PM2.5, a slow decay); cleaning against
#: damp and mould (a VOC index up, a mopped floor's humidity; mould's own volatile compounds); crowding against damp
#: (humidity and CO2 climbing in a closed, occupied room)
IAQ_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 3), 2: (0, 5), 3: (1,), 4: (0, 5), 5: (2, 4)}


def _draw(rng, shares):
    """One category per row from each row's shares (rows of ``shares`` sum to 1)."""
    return (rng.random(len(shares))[:, None] > np.cumsum(shares, 1)).sum(1)


def blight5():
    """Potato fields in 5 late blight severities (``BLIGHT_CLASSES``), labelled by a reference visual assessment of
    the foliage affected against ``BLIGHT_LIMITS``, as cheap and remote data describe the field. An epidemic grows
    from the inoculum around (the neighbouring outbreaks, unseen spores) through warm humid spells (the Hutton
    criteria's days: a minimum of 10 C and 6 hours at 90 % relative humidity on two days running; long leaf
    wetness; rain splashing), held back by the variety's resistance and a fungicide's cover (a protectant's wearing
    off within a week, a systemic's lasting longer), and older canopies are denser and wetter. The drone's indices
    fall with the foliage lost but also with the canopy's age and the variety's own green (unseen), so they tell a
    lost canopy well and a few lesions hardly at all. Columns: Hutton criteria days in the last 14 (days), hours at
    90 % relative humidity or more in the last 7 days, leaf wetness hours in the last 7 days, mean temperature over
    the last 7 days (C), rain in the last 7 days (mm), the drone's NDVI, its red-edge index (NDRE), the variety's
    foliage resistance rating (1-9, 9 most resistant), days since the last fungicide, its type (0 none this season,
    1 protectant, 2 systemic or translaminar), crop age (days since emergence), outbreaks reported within 10 km in
    the last 14 days (12). Imbalanced: 520 / 460 / 420 / 400 / 340 rows (2,140)."""
    rng = np.random.default_rng(60101)
    n = 90000
    spell = rng.gamma(2.0, 1.0, n)  # the region's wet warm spell, its strength
    hutton = np.clip(np.round(spell * 2.2 + rng.normal(0, 1.2, n)), 0, 14)
    rh = np.clip(spell * 14 + rng.normal(20, 10, n), 0, 168)
    wet = np.clip(rh * 0.8 + rng.normal(5, 9, n), 0, 168)
    temp = np.clip(rng.normal(15.5, 2.5, n) + 0.4 * spell, 6, 26)
    rain = np.clip(rng.gamma(1.2, 6 + 5 * spell, n), 0, 150)
    neigh = rng.poisson(np.exp(-0.5 + 0.35 * spell + rng.normal(0, 0.6, n)))
    res = rng.choice(np.arange(2, 9), n, p=(0.1, 0.2, 0.25, 0.2, 0.12, 0.08, 0.05))
    kind = rng.choice(3, n, p=(0.08, 0.52, 0.4))
    days = np.where(kind == 0, 60, np.clip(np.round(rng.gamma(2.0, 4.0, n)), 0, 40))
    age = np.clip(rng.normal(65, 18, n), 20, 120)
    cover = np.where(kind == 0, 0, np.exp(-days / np.where(kind == 1, 6.0, 11.0)))
    temp_ok = np.exp(-((temp - 18) / 6) ** 2)
    z = (-7.6 + 0.3 * hutton + 0.012 * rh + 0.006 * wet + 0.01 * rain + 0.6 * np.log1p(neigh) - 0.45 * (res - 5)
         - 2.6 * cover + 0.025 * (age - 65) + 1.2 * temp_ok + rng.normal(0, 1.1, n))
    sev = 100 * _sig(z)
    ref = sev * rng.lognormal(0, 0.15, n)  # the assessor's reading
    label = (ref[:, None] >= np.array(BLIGHT_LIMITS)).sum(1)
    keep = _keep(rng, label, BLIGHT_ROWS)
    y = label[keep]
    hutton, rh, wet, temp, rain, neigh, res, kind, days, age, sev = (
        a[keep] for a in (hutton, rh, wet, temp, rain, neigh, res, kind, days, age, sev))
    m = len(y)
    green = rng.normal(0, 1, m)  # the variety's own green and the field's stand, unseen
    ndvi = np.clip(0.84 - 0.0015 * np.abs(age - 70) + 0.025 * green - 0.5 * sev / 100 + rng.normal(0, 0.035, m), 0, 1)
    ndre = np.clip(0.36 - 0.001 * np.abs(age - 70) + 0.02 * green - 0.22 * sev / 100 + rng.normal(0, 0.025, m), 0, 1)
    x = np.column_stack([hutton, np.round(rh), np.round(wet), np.round(temp, 1), np.round(rain, 1), np.round(ndvi, 3),
                         np.round(ndre, 3), res, days, kind, np.round(age), neigh])
    return x.astype(np.float32), y


def wfdriver5():
    """River reaches in 5 ecological statuses (``WFD_CLASSES``), labelled by a reference macroinvertebrate index's
    ecological quality ratio against ``WFD_LIMITS``, as the continuous sensors and the catchment's data describe
    the reach. The invertebrates answer to organic pollution (treated wastewater: low and swinging oxygen, ammonia,
    phosphate), to nutrients from the fields (algae's daily oxygen swing, nitrate, fine sediment), to a modified
    channel (straightened, walled, impounded: fewer habitats) and to the town's runoff; low summer flows concentrate
    all of it. The sensors read the water's chemistry at one point and the catchment's figures are averages, while
    the reach's own habitat and its recolonisation from upstream stay unseen. Columns: dissolved oxygen's summer
    median (% saturation), its daily swing (mg/L), conductivity (uS/cm), nitrate (mg N/L), reactive phosphate
    (mg P/L), water temperature's summer median (C), turbidity (NTU), the summer's low flow (Q95, m3/s), upstream
    arable land (%), upstream urban land (%), the wastewater discharges upstream (population equivalent per unit of
    low flow, thousands per m3/s), channel modification (% of the reach's banks and bed altered), the reach's
    altitude (m) and its catchment area (km2) (14). Imbalanced: 340 / 520 / 560 / 420 / 300 rows (2,140)."""
    rng = np.random.default_rng(60202)
    n = 90000
    area = np.clip(rng.lognormal(np.log(150), 1.1, n), 5, 8000)
    alt = np.clip(rng.lognormal(np.log(90), 0.8, n), 2, 900)
    upland = _sig((alt - 150) / 60)
    arable = np.clip(100 * rng.beta(1.5, 2.5, n) * (1 - 0.7 * upland), 0, 100)
    urban = np.clip(100 * rng.beta(0.8, 8, n), 0, 80)
    q95 = area * 0.004 * rng.lognormal(0, 0.5, n) * (1 + 1.5 * upland)
    pe = np.clip(rng.lognormal(np.log(0.4 + 0.08 * urban), 0.9, n) * area / 150, 0, None)  # thousands
    dil = pe / np.maximum(q95, 0.005)  # thousands per m3/s
    morph = np.clip(100 * rng.beta(1.2, 4, n) + 0.5 * urban, 0, 100)
    organic = np.log1p(dil / 5)
    nutrient = arable / 100 + 0.3 * organic
    # the one change after the first measure: the unseen scatter of the reach's own habitat and recolonisation
    # (the index's part no sensor or catchment figure carries) cut from 0.06 of the ratio to 0.035 (``wide``)
    wide = 0.035
    eqr = (1.10 - 0.17 * organic - 0.20 * nutrient - 0.0025 * morph - 0.003 * urban + 0.05 * upland
           + rng.normal(0, wide, n))
    label = (eqr[:, None] < np.array(WFD_LIMITS)).sum(1)
    keep = _keep(rng, label, WFD_ROWS)
    y = label[keep]
    area, alt, upland, arable, urban, q95, dil, morph, organic, nutrient = (
        a[keep] for a in (area, alt, upland, arable, urban, q95, dil, morph, organic, nutrient))
    m = len(y)
    shade = rng.random(m)  # the reach's tree cover, unseen
    temp = 15.5 - 3 * upland + 1.5 * (1 - shade) + 0.01 * urban * 10 + rng.normal(0, 1.0, m)
    do = np.clip(98 - 9 * organic - 4 * nutrient + rng.normal(0, 6, m), 30, 140)
    swing = np.clip(np.exp(np.log(0.8) + 1.1 * nutrient * (1 - 0.6 * shade) + 0.3 * organic + rng.normal(0, 0.35, m)),
                    0.1, 15)
    cond = np.exp(np.log(180 + 500 * (1 - upland)) + 0.25 * organic + 0.004 * urban + rng.normal(0, 0.3, m))
    nitrate = np.exp(np.log(0.5 + 7 * arable / 100) + 0.2 * organic + rng.normal(0, 0.35, m))
    phos = np.exp(np.log(0.03 + 0.06 * arable / 100) + 0.6 * organic + rng.normal(0, 0.5, m))
    turb = np.exp(np.log(3 + 10 * arable / 100) + 0.15 * organic + rng.normal(0, 0.6, m))
    x = np.column_stack([np.round(do), np.round(swing, 1), np.round(cond), np.round(nitrate, 1), np.round(phos, 3),
                         np.round(temp, 1), np.round(turb, 1), np.round(q95, 3), np.round(arable), np.round(urban, 1),
                         np.round(dil, 1), np.round(morph), np.round(alt), np.round(area)])
    return x.astype(np.float32), y


#: per cause of ``bbfault6``, the medians over the 24 hours before the report of: the downstream sync rate (% of
#: the line's expected rate), the line's CRC errors per hour, its resyncs, the downstream noise margin (dB), the
#: line's loss over its usual (dB: attenuation on copper, optical loss on fibre), the Wi-Fi retries (% of frames),
#: the channel's busy time (%), the neighbouring networks heard, the DNS failures (% of lookups), the router's
#: reboots, its uptime at the report (h), the share of the same cabinet's or splitter's lines down (%), and the
#: share of the home's wired speed tests that passed (%)
BB_TABLE = np.array([
    # sync crc    resync margin loss retry chan  nbrs dns   boots uptime cab   wired
    [70.0, 300.0, 6.0, 4.0, 4.0, 12.0, 40.0, 12.0, 5.0, 1.0, 20.0, 3.0, 45.0],  # access line fault
    [94.0, 20.0, 2.5, 8.0, 0.5, 30.0, 45.0, 12.0, 9.0, 4.0, 6.0, 1.0, 40.0],  # home router failure
    [98.0, 10.0, 0.5, 9.0, 0.4, 45.0, 75.0, 30.0, 3.0, 0.3, 200.0, 1.0, 95.0],  # in-home Wi-Fi interference
    [97.0, 10.0, 1.0, 9.0, 0.4, 12.0, 40.0, 12.0, 55.0, 0.5, 150.0, 25.0, 20.0],  # DNS or provider-side outage
    [96.0, 8.0, 0.5, 9.0, 0.4, 25.0, 55.0, 15.0, 25.0, 1.0, 60.0, 1.0, 70.0],  # customer misconfiguration
    [86.0, 120.0, 4.0, 7.0, 1.5, 15.0, 40.0, 12.0, 6.0, 3.0, 8.0, 1.0, 55.0],  # home power or cabling
])
BB_LOGS = [1, 2, 4, 5, 7, 8, 9, 10, 11]
#: per cause, the shares of the report's time of day (night 0-6, morning 6-12, afternoon 12-18, evening 18-24)
BB_HOUR = np.array([[.15, .35, .30, .20], [.10, .30, .30, .30], [.05, .15, .25, .55], [.30, .25, .20, .25],
                    [.05, .25, .30, .40], [.10, .30, .30, .30]])


def bbfault6():
    """Home broadband faults in 6 root causes (``BB_CAUSES``), labelled by the provider's closed ticket, as the
    router's and the access network's telemetry over the 24 hours before the report describes them. Each cause has
    its picture (``BB_TABLE``: a line fault's low sync, errors, resyncs, a thin margin and extra loss; a failing
    router's reboots and short uptime, its radio and its DNS proxy failing with it; Wi-Fi interference's retries, a
    busy channel and many neighbouring networks while the wired tests pass; a provider's outage, DNS failures and the
    cabinet's other lines down; a misconfiguration's wrong DNS or band settings; the home's power and cabling: a
    loose lead or a bad extension's errors, power cuts' reboots). But the telemetry mixes the cause with its
    consequences (a line's resyncs make the customer reboot the router), the homes and the lines differ (unseen),
    and the wired tests are few. Columns: the table's 13 and the report's time of day (0 night, 1 morning,
    2 afternoon, 3 evening) (14). Imbalanced: 440 / 320 / 420 / 360 / 280 / 320 rows (2,140)."""
    rng = np.random.default_rng(60303)
    y = rng.permutation(np.repeat(np.arange(len(BB_CAUSES)), BB_ROWS))
    n = len(y)
    t = _pull(BB_TABLE, BB_NEIGHBOURS, 0.3, BB_LOGS)[y]
    hour = _draw(rng, BB_HOUR[y])
    line = rng.normal(0, 1, n)  # the line's own length and quality, unseen
    sync = np.clip(t[:, 0] - 4 * np.abs(line) + rng.normal(0, 9, n), 5, 100)
    crc = t[:, 1] * rng.lognormal(0.3 * line, 1.0, n)
    resync = np.round(t[:, 2] * rng.lognormal(0, 0.8, n))
    margin = np.clip(t[:, 3] - 0.8 * line + rng.normal(0, 2.0, n), 0, 20)
    loss = t[:, 4] * rng.lognormal(0.2 * line, 0.8, n)
    retry = t[:, 5] * rng.lognormal(0, 0.45, n)
    chan = np.clip(t[:, 6] + rng.normal(0, 14, n), 2, 100)
    nbrs = np.round(t[:, 7] * rng.lognormal(0, 0.55, n))
    dns = np.clip(t[:, 8] * rng.lognormal(0, 0.8, n), 0, 100)
    boots = np.round(t[:, 9] * rng.lognormal(0, 0.8, n))
    uptime = np.clip(t[:, 10] * rng.lognormal(0, 1.0, n), 0.1, 2000)
    cab = np.clip(t[:, 11] * rng.lognormal(0, 0.9, n), 0, 100)
    wired = np.clip(t[:, 12] + rng.normal(0, 22, n), 0, 100)
    x = np.column_stack([np.round(sync), np.round(crc), resync, np.round(margin, 1), np.round(loss, 1),
                         np.round(retry, 1), np.round(chan), nbrs, np.round(dns, 1), boots, np.round(uptime, 1),
                         np.round(cab, 1), np.round(wired), hour])
    return x.astype(np.float32), y


#: per source of ``iaqsource6``, the medians over the episode of: the peak PM2.5 (ug/m3), PM1 over PM2.5, PM10 over
#: PM2.5, the VOC index's peak (a sensor's 1-500 scale, 100 the room's usual), the peak CO2 (ppm), the peak relative
#: humidity (%), its rise (points), the temperature's rise (C), minutes from the start to the peak, the episode's
#: duration (min) and the outdoor PM2.5 at the time (ug/m3, the nearest public station)
IAQ_TABLE = np.array([
    # pm25  pm1r pm10r voc    co2     rh    drh  dtemp rise  dur    out
    [120.0, .75, 1.45, 260.0, 950.0, 55.0, 6.0, 1.5, 12.0, 60.0, 8.0],  # cooking
    [60.0, .90, 1.15, 180.0, 850.0, 45.0, 1.0, 0.8, 25.0, 150.0, 9.0],  # candle or fireplace smoke
    [15.0, .70, 1.60, 380.0, 700.0, 55.0, 4.0, 0.2, 10.0, 45.0, 8.0],  # cleaning products or other VOCs
    [90.0, .88, 1.20, 140.0, 650.0, 42.0, 0.0, 0.0, 90.0, 600.0, 110.0],  # outdoor wildfire smoke
    [15.0, .65, 1.80, 170.0, 1800.0, 58.0, 7.0, 1.5, 60.0, 180.0, 8.0],  # crowding (CO2)
    [10.0, .55, 2.00, 170.0, 900.0, 75.0, 5.0, -0.2, 240.0, 900.0, 8.0],  # damp and mould
])
IAQ_LOGS = [0, 3, 4, 8, 9, 10]
#: per source, the shares of the episode's start (night 0-6, morning 6-12, afternoon 12-18, evening 18-24)
IAQ_HOUR = np.array([[.02, .28, .20, .50], [.05, .10, .15, .70], [.03, .45, .37, .15], [.20, .25, .30, .25],
                     [.15, .15, .20, .50], [.50, .25, .10, .15]])


def iaqsource6():
    """Indoor air-quality episodes flagged by a home air monitor in 6 sources (``IAQ_SOURCES``), labelled by the
    household's diary and a visit's reference sampling, as the monitor's traces describe the episode. Each source
    has its picture (``IAQ_TABLE``: cooking's sharp PM2.5 peak with steam's humidity and warmth at meal times;
    a candle's or a stove's smoke mostly PM1, slower and longer, in the evening; cleaning's VOC index high with few
    particles; wildfire smoke's fine particles coming in slowly for hours while the outdoor station reads high;
    crowding's CO2 and humidity climbing in a closed room; damp's high humidity and a musty VOC rise, slow and long,
    at night when the room cools). But a monitor in another room sees a damped, late peak, the ventilation differs
    (unseen), sources come together, and a low-cost sensor's PM sizing is rough. Columns: the table's 11 and the
    episode's start (0 night, 1 morning, 2 afternoon, 3 evening) (12). Imbalanced: 460 / 340 / 360 / 300 / 380 /
    300 rows (2,140)."""
    rng = np.random.default_rng(60404)
    y = rng.permutation(np.repeat(np.arange(len(IAQ_SOURCES)), IAQ_ROWS))
    n = len(y)
    t = _pull(IAQ_TABLE, IAQ_NEIGHBOURS, 0.3, IAQ_LOGS)[y]
    hour = _draw(rng, IAQ_HOUR[y])
    far = rng.random(n)  # the monitor's distance from the source and the room's ventilation, unseen
    pm25 = t[:, 0] * rng.lognormal(-0.6 * far, 0.8, n)
    pm1r = np.clip(t[:, 1] + rng.normal(0, 0.08, n), 0.2, 1)
    pm10r = np.clip(t[:, 2] + rng.normal(0, 0.25, n), 1, 4)
    voc = np.clip(t[:, 3] * rng.lognormal(-0.2 * far, 0.4, n), 1, 500)
    co2 = np.clip(t[:, 4] * rng.lognormal(0, 0.25, n), 400, 5000)
    rh = np.clip(t[:, 5] + rng.normal(0, 8, n), 15, 99)
    drh = t[:, 6] * (1 - 0.5 * far) + rng.normal(0, 2.5, n)
    dtemp = t[:, 7] * (1 - 0.5 * far) + rng.normal(0, 0.6, n)
    rise = np.clip(t[:, 8] * rng.lognormal(0.4 * far, 0.6, n), 1, 1440)
    dur = np.clip(t[:, 9] * rng.lognormal(0.2 * far, 0.6, n), 5, 2880)
    out = t[:, 10] * rng.lognormal(0, 0.7, n)
    x = np.column_stack([np.round(pm25), np.round(pm1r, 2), np.round(pm10r, 2), np.round(voc), np.round(co2),
                         np.round(rh), np.round(drh, 1), np.round(dtemp, 1), np.round(rise), np.round(dur),
                         np.round(out), hour])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND60`` lists them (the ordered sets first)
GENERATORS = {"blight5": blight5, "wfdriver5": wfdriver5, "bbfault6": bbfault6, "iaqsource6": iaqsource6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND60_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "blight5": (2140, 12, BLIGHT_ROWS),
    "wfdriver5": (2140, 14, WFD_ROWS),
    "bbfault6": (2140, 14, BB_ROWS),
    "iaqsource6": (2140, 12, IAQ_ROWS),
}
ROUND60 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("blight5", "wfdriver5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"blight5": BLIGHT_NEIGHBOURS, "wfdriver5": WFD_NEIGHBOURS, "bbfault6": BB_NEIGHBOURS,
              "iaqsource6": IAQ_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
