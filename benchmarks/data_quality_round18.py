"""Round 18's held-out data sets for the noisy-label benchmark, written and committed before any
noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles, wildfire fuel types, tropical cyclone categories, haddock ages, Enterobacterales
species, chiller faults, liver fibrosis stages, pavement condition classes, malware categories or pollen
taxa): the per-row summaries a practitioner reads from four other fields. Two sets have ORDERED classes
(``ORDERED``): an avalanche warning service's region-days in the 5 European danger levels from the weather
stations, the observers' reports and the snowpack model (levels that meet; one avalanche problem drives each
day, and a persistent weak layer hides from the weather and the model), and hands of bananas in the 7 stages
of the trade's peel colour chart from a ripening room's sorter and records (stages that meet; chilled hands
ripen dull and uneven, one sorter line's camera reads warmer). Two have UNORDERED classes: defects on hot
rolled steel strip in 8 classes from an automated surface inspection system (the small dark spots meet, the
drawn-out scratches, slivers and inclusions meet; the bottom side's cameras see through water), and depth
samples of a gas field's wells in 9 lithofacies from their wireline logs (the nonmarine sands and silts
meet, the carbonates meet along the cycles; bed boundaries blend two facies, washouts fool the pad tools).
``NEIGHBOURS`` names each set's neighbour map (``DANGER_NEIGHBOURS``, ``RIPENESS_NEIGHBOURS``,
``DEFECT_NEIGHBOURS``, ``FACIES_NEIGHBOURS``). Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads
them by name (``load(name, seed)``, ``--sets avalanche5,banana7,defects8,facies9``, ``--data round18``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-17's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round18.py`` prints
(about 15 s on the shared machine):

set         rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
avalanche5  2,580  5 (520 / 900 / 700 / 330 /     89.8 / 81.2 | 89.3 / 82.6        20.7 / 25.3 / 18.3
                     130), ordered
banana7     2,540  7 (300 / 420 / 520 / 460 /     89.5 / 83.1 | 88.9 / 83.8        16.9 / 17.7 / 15.0
                     380 / 300 / 160), ordered
defects8    2,620  8 (520 / 400 / 260 / 300 /     92.3 / 86.7 | 91.3 / 88.2        12.3 / 13.5 / 11.8
                     380 / 180 / 240 / 340)
facies9     2,750  9 (200 / 560 / 440 / 150 /     85.5 / 82.8 | 85.2 / 82.3        17.6 / 18.4 / 17.1
                     220 / 430 / 130 / 480 /
                     140)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round18.py``). The ordered sets carry weakly informative columns (the month, the
snow depth and the number of tests; the room, the fruit's size and its country), so the 10-neighbour baseline
errs on 38 % of avalanche5's rows and 29 % of banana7's, well over the MLP's 16-19 %; its errors still fall
between adjacent grades (94 % of avalanche5's, ``DANGER_NEIGHBOURS``, and 98 % of banana7's,
``RIPENESS_NEIGHBOURS``), never more than two grades away. In avalanche5, moderate days err least and high
days most (over 70 %), days whose profiles found a weak layer err a fifth more often than the rest (the
stability index scatters twice as much on them), continental regions find weak layers over twice as often,
weekends report about twice the natural avalanches at one level, and storm days have less sun. In banana7, the
middle stages, where the peel turns fastest, err least (under 25 %), the hands with a cold-chain alarm err
over 1.4 times as often as the rest, line B's hue reads 2-4 degrees warmer at every stage, and at one stage
the warmer the room the fewer the days since gassing. The 10-neighbour baseline errs on 20 % of defects8's
rows and 26 % of facies9's: about 90 % of defects8's errors fall between neighbouring defects
(``DEFECT_NEIGHBOURS``), 60 % within the small dark spots, slivers and scale pits err most and edge cracks
least, and the bottom side's defects err over 1.3 times as often as the top's (their contrast a third lower);
92 % of facies9's errors fall between neighbouring facies (``FACIES_NEIGHBOURS``), over 80 % within the
nonmarine sands and silts or within the carbonates, mudstone errs most, coarse siltstone and dolomite least,
washed-out samples (a caliper over 8.5 in) err over 1.5 times as often as the rest and the older wells'
samples over 1.4 times as often as the modern tool's. The benchmark MLP misfits 8-15 % of its clean training
rows (facies9's bed-boundary samples most): hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


# --------------------------------------------------------------------------- avalanche5: avalanche danger levels
#: the European avalanche danger levels of ``avalanche5``, in label order, and their rows
DANGER_LEVELS = ("low", "moderate", "considerable", "high", "very high")
DANGER_ROWS = (520, 900, 700, 330, 130)
#: the level below and above each level
DANGER_NEIGHBOURS = ordinal_neighbours(len(DANGER_LEVELS))
#: the snow climates of the forecast regions, one-hot in that order, and their shares
CLIMATES = ("maritime", "transitional", "continental")
CLIMATE_SHARES = (0.35, 0.35, 0.3)
#: the avalanche problems, one of which drives each region-day's danger
PROBLEMS = ("new snow", "wind slab", "persistent weak layer", "wet snow")


def avalanche5():
    """Region-days of a mountain range's avalanche warning service in the 5 European danger levels
    (``DANGER_LEVELS``: low to very high), labelled by the level the service verified the next morning, as the data
    its forecasters read the evening before describe each day: the region's automatic weather stations, its
    observers' reports and the snowpack model. A day's hazard is a continuum, anywhere within its level, so
    neighbouring levels meet (``DANGER_NEIGHBOURS``); very high days are rare (the archive's are all kept, the lower
    levels sampled). One avalanche problem (``PROBLEMS``) drives each day's hazard: new snow more often in the
    maritime regions, a persistent weak layer in the continental ones and in early winter, wet snow in spring. Storm
    days bring new snow that rises steeply with the hazard, wind slab days strong ridge winds, wet snow days warm
    afternoons and, in the maritime regions, rain. On persistent weak layer days the weather shows little: the
    observers' profiles find the weak layer (a flag, also found on a few other days, more in the continental
    regions), more of the day's extended column tests propagate, and the snowpack model's skier stability index,
    which falls with the hazard, scatters twice as much. Natural avalanches and whumpfs are what the observers
    report: about twice as many on weekends, when more people are out, and fewer avalanches in a storm, when no sun
    shows them. Snow depth, the number of tests and the month are weakly informative. Columns: new snow in 24 h and
    in 72 h (cm), ridge wind (m/s), maximum air temperature (deg C), rain (mm), snow depth (cm), extended column
    tests, of them propagating, weak layer found (flag), whumpfs and shooting cracks reported, natural avalanches
    reported, the modelled skier stability index, sunshine (h), weekend (flag), month of the season (1 December .. 5
    April) and the region's snow climate, one-hot (``CLIMATES``) (18). Imbalanced: 520 / 900 / 700 / 330 / 130 rows
    (2,580)."""
    rng = np.random.default_rng(18011)
    y = np.repeat(np.arange(len(DANGER_LEVELS)), DANGER_ROWS)
    n = len(y)
    clim = rng.choice(len(CLIMATES), n, p=CLIMATE_SHARES)
    month = rng.choice(5, n, p=(0.17, 0.23, 0.24, 0.21, 0.15)) + 1  # 1 December .. 5 April
    h = y + rng.uniform(0, 1, n)  # the day's hazard, on the levels' scale
    logits = np.column_stack([0.25 * h + 0.5 * (clim == 0), 0.6 + 0.1 * h + 0.2 * (clim == 1),
                              -0.4 + 1.3 * (clim == 2) + 0.4 * (month <= 3),
                              -1.6 + 1.1 * (month >= 4) + 0.4 * (clim == 0)])
    p = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    problem = (rng.random(n)[:, None] > np.cumsum(p, 1)).sum(1)
    storm, wind_slab, pwl, wet = (problem == k for k in range(4))
    new72 = np.where(storm, 9 * np.exp(0.45 * h) * rng.lognormal(0, 0.22, n),
                     np.where(wind_slab, 5 * np.exp(0.3 * h), 3 * np.exp(0.2 * h)) * rng.lognormal(0, 0.6, n))
    new24 = new72 * rng.beta(2.5, 3, n)
    wind = np.clip(np.where(wind_slab, 5 + 3.5 * h, 4 + 1.0 * h) + rng.normal(0, 2.2, n), 0.5, 40)
    tmax = -7 + 2.2 * (month - 3) + np.array([2.5, 0, -3])[clim] + rng.normal(0, 3, n)
    tmax = np.where(wet, 1 + 1.8 * h + rng.normal(0, 1.3, n), tmax)
    rain = np.where(wet & (rng.random(n) < 0.4 + 0.3 * (clim == 0)), rng.gamma(1.5, 1.5 + 2 * h, n), 0)
    depth = rng.lognormal(np.log(np.array([180, 130, 80])[clim] * (0.6 + 0.15 * month)), 0.3, n) + 0.6 * new72
    tests = 1 + rng.poisson(4, n)  # the day's extended column tests
    propagate = rng.binomial(tests, sigmoid(np.where(pwl, -3 + 1.2 * h, -3.2 + 0.55 * h)))
    weak_layer = rng.random(n) < np.where(pwl, 0.85, 0.06 + 0.12 * (clim == 2))
    weekend = rng.random(n) < 2 / 7
    observers = rng.lognormal(0, 0.4, n) * (1 + 0.8 * weekend)
    sun = np.clip(9 * (1 - new24 / (new24 + 15)) * rng.beta(4, 2, n), 0, 10)  # storm days: no sun
    whumpfs = rng.poisson(observers * 0.12 * np.exp(0.55 * h) * np.where(pwl, 2.2, 1.0) * np.where(wet, 0.4, 1))
    naturals = rng.poisson(observers * (0.3 + sun / 9) * 0.15 * np.exp(0.95 * h))
    # the service's snowpack model's skier stability index: it misses some persistent weak layers
    stability = 2.6 - 0.42 * h + rng.normal(0, 1, n) * np.where(pwl, 0.3, 0.04)
    x = np.column_stack([np.round(new24), np.round(new72), np.round(wind, 1), np.round(tmax, 1), np.round(rain, 1),
                         np.round(depth), tests, propagate, weak_layer, whumpfs, naturals,
                         np.round(stability, 2), np.round(sun, 1), weekend,
                         month, np.eye(len(CLIMATES))[clim]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- banana7: banana ripening stages
#: the ripening stages of ``banana7`` (the trade's 7-stage peel colour chart), in label order, and their rows
RIPENESS_STAGES = ("green", "trace of yellow", "more green than yellow", "more yellow than green",
                   "green tip", "all yellow", "flecked with brown")
RIPENESS_ROWS = (300, 420, 520, 460, 380, 300, 160)
#: the stage before and after each stage
RIPENESS_NEIGHBOURS = ordinal_neighbours(len(RIPENESS_STAGES))
#: the growing countries of the fruit, one-hot in that order, and their shares
ORIGINS = ("Ecuador", "Colombia", "Costa Rica")
ORIGIN_SHARES = (0.5, 0.3, 0.2)


def banana7():
    """Hands of Cavendish bananas in an importer's ripening rooms in 7 ripening stages (``RIPENESS_STAGES``: the
    trade's peel colour chart, from all green to yellow flecked with brown), labelled by a trained inspector
    against the chart, as the rooms' inline sorter and records describe each hand. A hand's ripeness is a
    continuum, anywhere within its stage, so neighbouring stages meet (``RIPENESS_NEIGHBOURS``). The peel's share
    of yellow turns fastest in the middle stages, with a hand-to-hand scatter: the sorter's camera reads the hue
    falling from green to yellow and the chroma and lightness rising, and in the last stage brown sugar spots,
    which pull all three down. The pulp softens (the firmness falls exponentially) and sweetens (the soluble
    solids rise on a sigmoid); the fruit's own ethylene peaks mid-ripening (the climacteric). The days since the
    ethylene gassing follow the ripeness, but warmer rooms ripen faster: at one stage, the warmer the room the
    fewer the days. The second sorter line's camera (line B, a flag) reads the hue about 3 degrees warmer. Hands
    chilled in transit (about 12 %; the container's temperature logger raised its cold-chain alarm for three
    quarters of them and for a few others) ripen unevenly to a dull, greyish peel: a lower chroma and lightness,
    a wider scatter of the hue and some browning, so they err more. Finger length, hand weight and the growing
    country are weakly informative. Columns: hue angle (deg), chroma, lightness L*, brown spot area (%),
    firmness (N), soluble solids (deg Brix), days since gassing, room temperature (deg C), ethylene (ppm),
    finger length (cm), hand weight (kg), line B (flag), cold-chain alarm (flag) and the growing country,
    one-hot (``ORIGINS``) (16). Imbalanced: 300 / 420 / 520 / 460 / 380 / 300 / 160 rows (2,540)."""
    rng = np.random.default_rng(18103)
    y = np.repeat(np.arange(len(RIPENESS_STAGES)), RIPENESS_ROWS)
    n = len(y)
    origin = rng.choice(len(ORIGINS), n, p=ORIGIN_SHARES)
    r = y + rng.uniform(0, 1, n)  # the hand's ripeness, on the chart's scale
    chill = rng.random(n) < 0.12  # chilling injury in transit: a dull, greyish peel
    alarm = np.where(chill, rng.random(n) < 0.75, rng.random(n) < 0.04)
    line_b = rng.random(n) < 0.45  # the second sorter line's camera reads the hue warmer
    yellow = np.clip(sigmoid((r - 3.5) / 0.75) + rng.normal(0, 1, n) * np.where(chill, 0.14, 0.05), 0, 1)
    brown = 1.0 * np.expm1(1.4 * np.maximum(r - 5.8, 0)) * rng.lognormal(0, 0.35, n) + chill * rng.gamma(1.5, 1.0, n)
    hue = 117 - 31 * yellow - 1.0 * brown + 3 * line_b + rng.normal(0, 1, n) * np.where(chill, 4, 1.5)
    chroma = (30 + 17 * yellow - 1.2 * brown) * np.where(chill, 0.72, 1) + rng.normal(0, 2, n)
    light = 52 + 16 * yellow - 1.0 * brown - 6 * chill + 1.0 * line_b + rng.normal(0, 2, n)
    firm = 34 * np.exp(-0.26 * r) * rng.lognormal(0, 0.13, n)
    brix = 2 + 18 * sigmoid((r - 3.3) / 1.1) + rng.normal(0, 1.3, n)
    temp = rng.uniform(14.5, 19.5, n)
    rate = 0.85 + 0.12 * (temp - 17)
    days = np.maximum(r - 0.5 + rng.normal(0, 0.5, n), 0) / rate
    ethylene = 0.3 + 3 * np.exp(-((r - 4) / 1.6) ** 2) * rng.lognormal(0, 0.5, n)
    length = rng.normal(np.array([21.0, 20.0, 22.0])[origin], 1.6, n)
    weight = 0.16 * length * rng.lognormal(0, 0.12, n) * (1 - 0.006 * r)
    x = np.column_stack([np.round(hue, 1), np.round(chroma, 1), np.round(light, 1), np.round(brown, 1),
                         np.round(firm, 1), np.round(brix, 1), np.round(days, 1), np.round(temp, 1),
                         np.round(ethylene, 2), np.round(length, 1), np.round(weight, 2), line_b, alarm,
                         np.eye(len(ORIGINS))[origin]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- facies9: lithofacies from well logs
#: the lithofacies of ``facies9``, in label order, and their rows
FACIES = ("nonmarine sandstone", "nonmarine coarse siltstone", "nonmarine fine siltstone",
          "marine siltstone and shale", "mudstone", "wackestone", "dolomite", "packstone-grainstone",
          "phylloid-algal bafflestone")
FACIES_ROWS = (200, 560, 440, 150, 220, 430, 130, 480, 140)
#: the facies that lie beside each other in the cycles and whose logs meet (symmetric)
FACIES_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3), 3: (2, 4), 4: (3, 5), 5: (4, 6, 7), 6: (5, 7, 8), 7: (5, 6, 8),
                     8: (6, 7)}
#: per facies: gamma ray (API) and its spread, log10 deep resistivity and its spread, neutron-density
#: porosity difference (%) and its spread, mean neutron-density porosity (%) and its spread, photoelectric
#: factor (b/e) and its spread, matrix density (g/cc), the probability of a marine interpretation, the mean
#: relative position in the cycle
LOGS = np.array([
    # GR   sd   ILD   sd   dPHI  sd  PHIND  sd   PE   sd  rho_m marine relpos
    [52., 7.5, 0.70, .08, 8.0, 1.8, 14.0, 2.4, 2.70, .15, 2.65, .03, .60],
    [64., 7.5, 0.52, .08, 5.5, 1.7, 13.5, 2.1, 3.05, .15, 2.66, .04, .55],
    [74., 7.5, 0.58, .08, 3.8, 1.7, 12.0, 2.1, 3.35, .17, 2.67, .08, .50],
    [92., 9.0, 0.80, .10, 4.5, 2.0, 10.0, 2.4, 3.70, .19, 2.68, .90, .40],
    [66., 8.5, 0.66, .10, 3.2, 1.7, 12.5, 2.4, 4.10, .21, 2.70, .96, .45],
    [56., 7.5, 0.82, .10, 2.2, 1.7, 11.0, 2.4, 4.35, .23, 2.71, .97, .45],
    [44., 7.0, 0.92, .11, 0.5, 1.5, 7.0, 2.0, 5.00, .25, 2.84, .98, .45],
    [46., 7.0, 1.00, .11, 3.6, 1.8, 12.0, 2.4, 4.45, .25, 2.71, .98, .40],
    [34., 6.0, 1.20, .12, 1.2, 1.7, 8.0, 2.0, 4.90, .25, 2.73, .98, .35],
])


def facies9():
    """Half-foot depth samples of a gas field's wells through cycles of nonmarine sands and silts and marine
    shelf carbonates, in 9 lithofacies (``FACIES``) labelled by the geologists' description of the wells' cores,
    as the wireline logs of the same depths and the interpretation beside them describe each sample. Each facies
    has its log response (``LOGS``): the gamma ray (the marine siltstone and shale highest, the algal
    bafflestone lowest), the resistivity, the neutron-density porosity difference and mean, the photoelectric
    factor (the quartz sands low, the carbonates high, dolomite highest) and the matrix density behind the bulk
    density (dolomite's heaviest). Within a few feet of a bed boundary (a quarter of the samples) the tools also
    read the next bed, of a facies that lies beside the sample's in the cycles, so those facies meet
    (``FACIES_NEIGHBOURS``): the three nonmarine sand and silt facies, the marine siltstone beside the fine
    siltstone and the mudstone, the carbonates from mudstone through wackestone to packstone, dolomite and
    bafflestone. Where the hole is washed out (the caliper over the 7 7/8 in bit; most often in the fine
    siltstone, the marine shale and the mudstone) the pad tools read the mud: the bulk density low, the porosity
    high, the photoelectric factor and the gamma ray low, so washed-out samples err more; the older wells'
    photoelectric tool is noisier (the modern tool a flag). The nonmarine / marine interpretation is nearly
    always right; the relative position in the cycle and the depth are weakly informative. Columns: gamma ray
    (API), log10 deep resistivity (ohm m), neutron-density porosity difference (%), mean neutron-density
    porosity (%), photoelectric factor (b/e), bulk density (g/cc), caliper (in), marine (flag), relative
    position in the cycle, depth (ft) and modern tool (flag) (11). Imbalanced: 200 / 560 / 440 / 150 / 220 /
    430 / 130 / 480 / 140 rows (2,750)."""
    rng = np.random.default_rng(18207)
    y = np.repeat(np.arange(len(FACIES)), FACIES_ROWS)
    n = len(y)

    def draw(c):
        g = LOGS[c]
        z = rng.normal(0, 1, (len(c), 5))
        return np.column_stack([g[:, 0] + g[:, 1] * z[:, 0], g[:, 2] + g[:, 3] * z[:, 1],
                                g[:, 4] + g[:, 5] * z[:, 2], g[:, 6] + g[:, 7] * z[:, 3], g[:, 8] + g[:, 9] * z[:, 4],
                                g[:, 10]])

    own = draw(y)
    shoulder = rng.random(n) < 0.25  # within a few feet of a bed boundary: the tools read the next bed too
    other = np.array([rng.choice(FACIES_NEIGHBOURS[c]) for c in y])
    w = np.where(shoulder, 0.9 * rng.beta(1.5, 3, n), 0)[:, None]
    logs = (1 - w) * own + w * draw(other)
    gr, ild, dphi, phind, pe, rho_m = logs.T
    washout = rng.random(n) < np.where(np.isin(y, (2, 3, 4)), 0.3, 0.1)
    caliper = 7.875 + washout * rng.gamma(2, 0.7, n) + rng.normal(0, 0.08, n)
    enlarge = np.maximum(caliper - 7.875, 0)
    rhob = rho_m - (rho_m - 1.0) * phind / 100 - 0.06 * enlarge
    phind = phind + 2.5 * enlarge + rng.normal(0, 0.3, n)
    dphi = dphi - 1.5 * enlarge
    pe = pe - 0.25 * enlarge
    gr = gr * (1 - 0.05 * enlarge)
    modern = rng.random(n) < 0.7
    pe = pe + rng.normal(0, 1, n) * np.where(modern, 0.05, 0.3)
    marine = rng.random(n) < LOGS[y, 11]
    relpos = np.clip(rng.beta(2, 2, n) * 0.8 + LOGS[y, 12] - 0.4 + rng.normal(0, 0.05, n), 0, 1)
    depth = rng.normal(2900, 120, n) + 60 * relpos
    x = np.column_stack([np.round(gr, 1), np.round(ild, 3), np.round(dphi, 1), np.round(phind, 1), np.round(pe, 2),
                         np.round(rhob, 3), np.round(caliper, 2), marine, np.round(relpos, 3), np.round(depth, 1),
                         modern])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- defects8: steel strip surface defects
#: the surface defects of ``defects8``, in label order, and their rows
DEFECTS = ("rolled-in scale", "scratch", "sliver", "inclusion", "scale pits", "roll mark", "edge crack",
           "oil stain")
DEFECT_ROWS = (520, 400, 260, 300, 380, 180, 240, 340)
#: the defects whose images meet (symmetric)
DEFECT_NEIGHBOURS = {0: (3, 4, 5, 7), 1: (2, 3, 6), 2: (1, 3, 6), 3: (0, 1, 2, 4), 4: (0, 3, 5), 5: (0, 4, 7),
                     6: (1, 2), 7: (0, 5)}
#: per defect: log10 length along the strip (mm) and its spread, log10 width (mm) and its spread, the spread of
#: its angle (deg) about the rolling direction (negative: about the transverse direction; 90: any angle), its
#: bright-field contrast (grey levels; dark is negative) and its spread, its dark-field (scattered light)
#: intensity, its texture (grey-level spread), the probability that it repeats at the work roll's
#: circumference, its mean cluster size, and the share of it at the strip's edge
DEFECT_PROFILES = np.array([
    # logL  sd   logW  sd   angle  con  sd   dark  tex  period clust edge
    [0.95, .25, 0.70, .20, 90.0, -30., 10., 12., 12., .04, 5.0, .05],
    [1.95, .35, 0.15, .18, 5.0, 8.0, 12., 36., 7.0, .03, 1.4, .12],
    [1.60, .30, 0.42, .20, 8.0, -14., 12., 26., 12., .03, 1.8, .15],
    [1.45, .30, 0.25, .18, 10.0, -28., 10., 15., 9.0, .03, 1.6, .10],
    [0.62, .20, 0.52, .18, 90.0, -26., 9., 16., 11., .06, 7.0, .10],
    [0.80, .22, 0.75, .20, 90.0, 2.0, 8., 10., 6.0, .75, 1.2, .05],
    [1.10, .25, 0.22, .18, -12.0, -34., 10., 36., 10., .03, 2.0, .92],
    [1.45, .30, 1.10, .25, 90.0, -16., 7., 4.0, 4.0, .03, 1.3, .12],
])


def defects8():
    """Defects on a hot strip mill's steel strip in 8 classes (``DEFECTS``), labelled by the quality inspectors'
    review of each defect's images, as the automated surface inspection system (bright-field and dark-field
    cameras above and below the strip) describes each defect. Each defect has its profile
    (``DEFECT_PROFILES``): size and shape; its angle to the rolling direction (scratches, slivers and inclusions
    are drawn out along it, edge cracks run across it near the strip's edge, the others lie any way); its
    bright-field contrast (dark scale and inclusions, bright metallic scratches); the light its relief scatters
    into the dark-field camera (scratches, slivers and edge cracks much, a flat oil stain hardly any); its
    texture; whether it repeats at the work roll's circumference (three quarters of the roll marks); and how many
    come together (scale pits in nests). Each defect scatters about its profile, so defects whose profiles are
    alike meet (``DEFECT_NEIGHBOURS``): the small dark spots (rolled-in scale, scale pits, roll marks,
    inclusions, oil stains), the drawn-out scratches, slivers and inclusions, and the edge cracks beside
    scratches and slivers. The bottom side's cameras look through cooling water and roll spray: their contrast
    is lower and noisier, so bottom-side defects err more; a faster line blurs a defect longer and fainter.
    High-strength grades carry more scale, scale pits and edge cracks; the line speed, the strip's thickness and
    its grade are weakly informative. Columns: log10 length (mm), log10 width (mm), angle to the rolling
    direction (deg), bright-field contrast (grey levels), dark-field intensity (grey levels), texture
    (grey-level spread), repeats at the roll's circumference (of the next 6), defects within 1 m, distance to
    the strip's edge (mm), bottom side (flag), line speed (m/min), thickness (mm) and high-strength grade (flag)
    (13). Imbalanced: 520 / 400 / 260 / 300 / 380 / 180 / 240 / 340 rows (2,620)."""
    rng = np.random.default_rng(18311)
    y = np.repeat(np.arange(len(DEFECTS)), DEFECT_ROWS)
    n = len(y)
    g = DEFECT_PROFILES[y]
    bottom = rng.random(n) < 0.5  # the bottom side's cameras see through water and roll spray
    speed = rng.lognormal(np.log(280), 0.25, n)  # line speed (m/min)
    thick = rng.lognormal(np.log(3.0), 0.35, n)
    hsla = rng.random(n) < 0.3 + 0.25 * np.isin(y, (0, 4, 6))  # high-strength grades: more scale and edge cracks
    blur = speed / 280
    length = g[:, 0] + g[:, 1] * rng.normal(0, 1, n) + 0.08 * (blur - 1)
    width = g[:, 2] + g[:, 3] * rng.normal(0, 1, n)
    spread = np.abs(rng.normal(0, 1, n) * g[:, 4])  # about the rolling direction, or across it
    angle = np.where(g[:, 4] < 0, 90 - spread, np.where(g[:, 4] >= 90, rng.uniform(0, 90, n), spread))
    length, width = np.maximum(length, width - 0.1), width  # length is the longer side, nearly
    dim = np.where(bottom, 0.6, 1.0) / blur ** 0.3
    contrast = (g[:, 5] + g[:, 6] * rng.normal(0, 1, n)) * dim + rng.normal(0, np.where(bottom, 8, 3), n)
    dark = g[:, 7] * rng.lognormal(0, 0.35, n) * dim + rng.normal(0, 2, n)
    texture = g[:, 8] * rng.lognormal(0, 0.3, n) * dim + rng.normal(0, 1, n)
    period = rng.binomial(6, np.where(rng.random(n) < g[:, 9], 0.75, 0.03))
    cluster = 1 + rng.poisson(g[:, 10] - 1 + 0.5 * (rng.random(n) < 0.3))
    edge = np.where(rng.random(n) < g[:, 11], rng.exponential(12, n), rng.uniform(0, 700, n))
    x = np.column_stack([np.round(length, 3), np.round(width, 3), np.round(angle), np.round(contrast),
                         np.round(dark), np.round(texture, 1), period, cluster, np.round(edge), bottom,
                         np.round(speed), np.round(thick, 2), hsla])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND18`` lists them
GENERATORS = {"avalanche5": avalanche5, "banana7": banana7, "defects8": defects8, "facies9": facies9}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND18_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "avalanche5": (2580, 18, DANGER_ROWS),
    "banana7": (2540, 16, RIPENESS_ROWS),
    "defects8": (2620, 13, DEFECT_ROWS),
    "facies9": (2750, 11, FACIES_ROWS),
}
ROUND18 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("avalanche5", "banana7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"avalanche5": DANGER_NEIGHBOURS, "banana7": RIPENESS_NEIGHBOURS, "defects8": DEFECT_NEIGHBOURS,
              "facies9": FACIES_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
