"""Round 18's held-out data sets for the noisy-label benchmark (DRAFT DOCSTRING)."""

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
    """Region-days of an avalanche warning service in the 5 European danger levels."""
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
    """Hands of bananas in a ripening room in 7 ripening stages."""
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
FACIES_NEIGHBOURS = {0: (1,), 1: (0, 2), 2: (1, 3), 3: (2, 4), 4: (3, 5), 5: (4, 6, 7), 6: (5, 7), 7: (5, 6, 8),
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
    """Half-foot depth samples of the wells of a gas field in 9 lithofacies."""
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
DEFECT_NEIGHBOURS = {0: (3, 4, 5, 7), 1: (2, 6), 2: (1, 3, 6), 3: (0, 2, 4), 4: (0, 3, 5), 5: (0, 4, 7), 6: (1, 2),
                     7: (0, 5)}
#: per defect: log10 length along the strip (mm) and its spread, log10 width (mm) and its spread, the spread of
#: its angle to the rolling direction (deg; 90 a transverse defect), its bright-field contrast (grey levels;
#: dark is negative) and its spread, its dark-field (scattered light) intensity, its texture (grey-level
#: spread), the probability it repeats at the work roll's circumference, its mean cluster size, and the
#: share of it within 40 mm of the strip's edge
DEFECT_PROFILES = np.array([
    # logL  sd   logW  sd   angle  con  sd   dark  tex  period clust edge
    [0.95, .25, 0.70, .20, 40.0, -30., 10., 12., 12., .04, 5.0, .05],
    [1.95, .35, 0.15, .18, 5.0, 8.0, 12., 36., 7.0, .03, 1.4, .12],
    [1.60, .30, 0.42, .20, 8.0, -14., 12., 26., 12., .03, 1.8, .15],
    [1.35, .30, 0.32, .18, 10.0, -28., 10., 15., 9.0, .03, 1.6, .10],
    [0.62, .20, 0.52, .18, 45.0, -26., 9., 16., 11., .06, 7.0, .10],
    [0.80, .22, 0.72, .20, 40.0, -10., 8., 10., 6.0, .65, 1.2, .05],
    [1.10, .25, 0.22, .18, -80.0, -34., 10., 36., 10., .03, 2.0, .92],
    [1.45, .30, 1.10, .25, 45.0, -16., 7., 4.0, 4.0, .03, 1.3, .12],
])


def defects8():
    """Defects on hot-rolled steel strip in 8 classes, as an automated surface inspection system sees them."""
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
    angle = np.where(g[:, 4] < 0, 90 - np.abs(rng.normal(0, 12, n)),
                     np.where(g[:, 4] >= 40, rng.uniform(0, 90, n), np.abs(rng.normal(0, 1, n) * g[:, 4])))
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
