"""Round 10's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows or NIR spectra): the per-row summaries
a practitioner reads from four other fields. Heart beats of 5 kinds as a beat delineator measures them
(intervals, widths, wave amplitudes) over 40 patients; shoppers of 6 segments as a year of loyalty-card
trips summarises them (few trips: noisy shares); satellite pixels of 8 land covers in 10 spectral bands
and 3 indices, many of them mixed with a neighbouring cover; rotating machines of 6 conditions as a
condition-monitoring system's vibration band levels and bearing-envelope tones at varying speed and
fault severity (incipient faults near healthy). Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py``
loads them by name (``load(name, seed)``, ``--sets ecg5,shop6,land8,vib6``, ``--data round10``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-9's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round10.py`` prints
(15 s of
CPU, 49 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
ecg5       2,500  5 (900 / 350 / 450 / 400 /     97.0 / 94.1 | 97.3 / 94.4         6.6 /  7.8 /  6.2
                    400)
shop6      3,000  6 (650 / 700 / 550 / 350 /     95.5 / 88.7 | 95.0 / 88.1        11.8 / 14.9 /  9.8
                    450 / 300)
land8      2,800  8 (350 / 400 / 300 / 450 /     91.3 / 91.6 | 91.6 / 91.1        10.3 /  8.4 /  9.6
                    450 / 250 / 350 / 250)
vib6       2,400  6 (500 / 400 / 400 / 350 /     93.9 / 84.3 | 93.7 / 85.8        15.5 / 15.3 / 15.3
                    400 / 350)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round10.py``): most of ecg5's errors take normal and atrial premature beats
for each other (sinus arrhythmia against a premature beat 18 % early); shop6's baseline errs about
twice as often on the lightest quarter of shoppers (shares over a few trips) as on the heaviest; 90 %
of land8's errors fall on a cover's usual neighbour (mixed pixels); over 60 % of vib6's involve a
healthy machine (incipient faults). The benchmark MLP misfits 3-9 % of its clean training rows: hard
clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402

# --------------------------------------------------------------------------- ecg5: heart beat morphology
#: the beat kinds of ``ecg5``, in label order, and their rows
BEATS = ("normal", "atrial_premature", "ventricular_premature", "left_bundle_branch", "right_bundle_branch")
BEAT_ROWS = (900, 350, 450, 400, 400)


def ecg5():
    """Heart beats of 5 kinds (``BEATS``) as a beat delineator measures them on one precordial lead, 40
    patients (each their own heart rate, lead gain, QRS width, PR interval and T wave). Normal sinus
    beats vary with breathing (sinus arrhythmia, 9 %); atrial premature beats come 18 % early with a
    changed or inverted P and a short pause, a fifth of them conducted aberrantly (wide QRS); ventricular
    premature beats come early with a full compensatory pause, no P, a wide QRS of either polarity (their
    focus) and a discordant T; bundle-branch blocks are on time and wide (left: a broad notched R, no S,
    discordant ST / T; right: an rsR' with a wide S), a fifth of them incomplete (QRS 105-120 ms). One
    beat in 12 is delineated in noise (all measurements off). Columns: previous and next RR (s), both
    over the patient's mean, QRS width, Q / R / S / R' amplitudes, P amplitude, PR, T amplitude, ST level,
    QT and QTc, QRS area (16). Imbalanced: 900 / 350 / 450 / 400 / 400 rows (2,500)."""
    rng = np.random.default_rng(10111)
    y = np.repeat(np.arange(len(BEATS)), BEAT_ROWS)
    n = len(y)
    patients = 40
    rr0, gain = rng.uniform(0.6, 1.1, patients), rng.lognormal(0, 0.35, patients)
    qrs0, pr0, t0 = rng.normal(90, 7, patients), rng.normal(160, 18, patients), rng.normal(0.3, 0.1, patients)
    who = rng.integers(patients, size=n)
    rr, g = rr0[who] * rng.normal(1, 0.04, n), gain[who] * rng.lognormal(0, 0.1, n)
    normal, apc, pvc, lbbb, rbbb = (y == k for k in range(5))
    early = np.select([apc, pvc], [rng.normal(0.82, 0.08, n), rng.normal(0.78, 0.09, n)], rng.normal(1, 0.09, n))
    after = np.select([apc, pvc], [rng.normal(1.08, 0.1, n), 2 - early + rng.normal(0, 0.1, n)],
                      rng.normal(1, 0.09, n))
    aberrant = apc & (rng.random(n) < 0.2)
    incomplete = (lbbb | rbbb) & (rng.random(n) < 0.2)
    qrs = np.select([pvc, lbbb & ~incomplete, rbbb & ~incomplete, incomplete, aberrant],
                    [rng.normal(140, 22, n), rng.normal(140, 15, n), rng.normal(132, 13, n),
                     rng.uniform(105, 120, n), qrs0[who] + rng.normal(30, 12, n)], qrs0[who] + rng.normal(0, 6, n))
    flip = pvc & (rng.random(n) < 0.5)  # a focus whose beats point away from the lead
    r = g * np.select([pvc, lbbb, rbbb], [rng.normal(1.6, 0.35, n), rng.normal(1.4, 0.2, n),
                                          rng.normal(0.9, 0.2, n)], rng.normal(1.2, 0.2, n))
    s = g * np.select([pvc, lbbb, rbbb], [rng.normal(0.6, 0.25, n), np.abs(rng.normal(0, 0.05, n)),
                                          rng.normal(0.6, 0.15, n)], rng.normal(0.3, 0.1, n))
    r, s = np.where(flip, s, r), np.where(flip, r, s)
    q = g * np.where(lbbb, 0.0, np.abs(rng.normal(0.08, 0.05, n)))
    r2 = g * np.select([rbbb, lbbb], [rng.normal(0.5, 0.15, n) * np.where(incomplete, 0.5, 1.0),
                                      rng.normal(0.25, 0.1, n)], np.abs(rng.normal(0, 0.04, n)))
    p = g * np.select([apc, pvc], [rng.normal(0.08, 0.04, n) * np.where(rng.random(n) < 0.3, -1, 1),
                                   rng.normal(0.0, 0.02, n)], rng.normal(0.15, 0.03, n))
    pr = np.select([apc, pvc], [pr0[who] - 20 + rng.normal(0, 25, n), rng.uniform(0, 120, n)],
                   pr0[who] + np.where(lbbb | rbbb, 10, 0) + rng.normal(0, 10, n))
    polarity = np.sign(r - s)
    t = g * np.select([pvc, lbbb, rbbb], [-polarity * rng.normal(0.6, 0.15, n), rng.normal(-0.35, 0.1, n),
                                          rng.normal(-0.15, 0.1, n)], t0[who] * rng.normal(1, 0.2, n))
    st = np.select([pvc, lbbb, rbbb], [-polarity * rng.normal(0.2, 0.07, n), rng.normal(0.15, 0.05, n),
                                       rng.normal(-0.05, 0.04, n)], rng.normal(0, 0.03, n))
    rr_prev, rr_next = rr * early, rr * after
    qt = 1000 * 0.4 * np.sqrt(rr_prev) + 0.8 * (qrs - 90) + rng.normal(0, 12, n)
    area = qrs * (r - s) / 2 * rng.normal(1, 0.1, n)
    x = np.column_stack([rr_prev, rr_next, rr_prev / rr0[who], rr_next / rr0[who], qrs, q, r, s, r2, p, pr, t,
                         st, qt, qt / np.sqrt(rr_prev), area])
    x += rng.normal(0, 1, x.shape) * np.array([0.02, 0.02, 0.03, 0.03, 10, 0.06, 0.12, 0.12, 0.1, 0.05, 15, 0.1,
                                               0.05, 15, 18, 5])
    noisy = rng.random(n) < 0.08  # delineated in noise: every measurement off
    x[noisy] *= rng.lognormal(0, 0.35, (int(noisy.sum()), x.shape[1]))
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- shop6: loyalty-card shoppers
#: the customer segments of ``shop6``, in label order, and their rows
SEGMENTS = ("bargain", "family", "young_urban", "premium", "occasional", "trade")
SEGMENT_ROWS = (650, 700, 550, 350, 450, 300)
CATEGORIES = ("fresh", "grocery", "household", "baby", "alcohol", "ready_meals", "electronics", "beauty")
#: per segment: trips a year (log mean), items a trip (log mean), price level (log, vs the shop's mean),
#: promotion, online, weekend and evening shares, and the category profile (``CATEGORIES``)
SHOPPERS = (
    (3.6, 2.6, -0.25, 0.45, 0.05, 0.40, 0.25, (3, 5, 3, 0.5, 1, 1, 0.3, 1)),
    (3.9, 3.2, -0.05, 0.25, 0.20, 0.55, 0.20, (5, 4, 3, 2.5, 0.8, 1, 0.3, 1.2)),
    (4.1, 2.0, 0.05, 0.15, 0.45, 0.30, 0.55, (3, 1.5, 0.8, 0.2, 1.5, 3.5, 0.6, 1.5)),
    (3.5, 2.5, 0.40, 0.08, 0.30, 0.45, 0.30, (5, 2.5, 1.2, 0.5, 2.5, 1.5, 0.5, 2)),
    (1.6, 2.4, 0.0, 0.25, 0.15, 0.50, 0.25, (3, 3, 2, 0.5, 1.2, 1.5, 0.8, 1.2)),
    (3.0, 3.8, -0.15, 0.20, 0.10, 0.10, 0.10, (1.5, 4, 4, 0.1, 1.5, 0.5, 1.5, 0.4)),
)


def shop6():
    """Loyalty-card shoppers of 6 segments (``SEGMENTS``: bargain hunters, families, young urban
    professionals, premium, occasional and trade / small-business buyers) summarised over a year of
    trips, as a retailer's customer table holds them. Each shopper draws trips a year, items a trip and
    a price level around the segment's (``SHOPPERS``, log-normal spreads 0.7 / 0.45 / 0.2), a category
    preference from a Dirichlet around the segment's profile (concentration 5), and then the year:
    Poisson trips, items per category as a multinomial of all items bought (so a shopper of 3 trips has
    noisy shares), promotions, online, weekend and evening trips as binomials over the trips, the days
    since the last trip (exponential in the trip gap), and the spend. Columns: log trips, log items a
    trip, log spend a trip, its variation, days since the last trip (log), 8 category shares, promotion,
    online, weekend and evening shares, distinct stores (log) (18). Imbalanced: 650 / 700 / 550 / 350 /
    450 / 300 rows (3,000)."""
    rng = np.random.default_rng(10223)
    y = np.repeat(np.arange(len(SEGMENTS)), SEGMENT_ROWS)
    n = len(y)
    seg = [SHOPPERS[c] for c in y]
    trips_mean = np.exp(np.array([s[0] for s in seg]) + rng.normal(0, 0.7, n))
    items_mean = np.exp(np.array([s[1] for s in seg]) + rng.normal(0, 0.45, n))
    price = np.array([s[2] for s in seg]) + rng.normal(0, 0.2, n)
    trips = np.maximum(1, rng.poisson(trips_mean))
    items = np.maximum(trips, rng.poisson(trips * items_mean))
    profile = np.array([s[7] for s in seg], dtype=float)
    prefer = np.stack([rng.dirichlet(5 * row / row.sum()) for row in profile])
    counts = rng.multinomial(items, prefer)
    shares = counts / items[:, None]
    rates = np.array([s[3:7] for s in seg]) + rng.normal(0, 0.12, (n, 4))
    habits = rng.binomial(trips[:, None], np.clip(rates, 0.01, 0.95)) / trips[:, None]
    category_price = np.log([4.0, 2.5, 3.5, 6.0, 9.0, 5.0, 40.0, 8.0])
    spend = items / trips * np.exp(price + shares @ category_price - 0.2 * habits[:, 0])
    variation = rng.lognormal(np.log(0.45), 0.3, n) / np.sqrt(np.minimum(trips, 20) / 5)
    recency = rng.exponential(365 / trips) + rng.uniform(0, 3, n)
    stores = 1 + rng.binomial(np.minimum(trips, 30), np.where(y == 5, 0.15, 0.05))
    x = np.column_stack([np.log(trips), np.log(items / trips), np.log(spend), variation, np.log1p(recency),
                         shares, habits, np.log(stores)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- land8: multispectral pixels
#: the land covers of ``land8``, in label order, and their rows
COVERS = ("water", "broadleaf", "conifer", "grassland", "cropland", "bare_soil", "built_up", "wetland")
COVER_ROWS = (350, 400, 300, 450, 450, 250, 350, 250)
#: surface reflectance (%) in 10 bands: blue, green, red, 3 red-edge, NIR, narrow NIR, SWIR 1, SWIR 2
REFLECTANCE = np.array([
    [6.0, 5.0, 3.0, 2.5, 2.0, 1.8, 1.5, 1.4, 0.8, 0.5],
    [3.0, 6.0, 3.5, 10.0, 28.0, 36.0, 40.0, 41.0, 19.0, 9.0],
    [2.5, 4.5, 2.8, 7.0, 18.0, 23.0, 25.0, 26.0, 12.0, 5.5],
    [4.0, 8.0, 6.0, 14.0, 25.0, 29.0, 31.0, 32.0, 25.0, 15.0],
    [4.5, 8.5, 6.5, 15.0, 30.0, 36.0, 38.0, 39.0, 24.0, 13.0],
    [9.0, 13.0, 17.0, 20.0, 22.0, 23.0, 24.0, 25.0, 32.0, 28.0],
    [10.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 17.5, 20.0, 18.0],
    [4.0, 6.0, 4.5, 9.0, 16.0, 19.0, 20.0, 20.5, 11.0, 6.0],
])
#: the cover most often sharing a pixel with each cover (field edges, canopy gaps, shores)
NEIGHBOUR = ((7, 3), (2, 3), (1, 3), (4, 1), (3, 5), (4, 6), (5, 3), (0, 3))


def land8():
    """Satellite pixels of 8 land covers (``COVERS``) in a Sentinel-2-like sensor's 10 bands. A pixel's
    cover spectrum (``REFLECTANCE``) varies in greenness (vegetation: the red edge and NIR by phenology,
    12 %), wetness (soil and built-up darken, 10 %) and brightness (6 %); 55 % of pixels are mixed,
    the labelled cover 50-95 % of the area and the rest one of its two usual neighbours (``NEIGHBOUR``:
    shores, canopy gaps, field edges, sparse suburbs). The scene adds terrain illumination (cosine
    factor 0.8-1.1), haze (path reflectance 0-4 %, strongest in blue) and sensor noise (0.3 %). Columns:
    the 10 reflectances and the NDVI, NDWI and NDBI indices (13). 2,800 rows: 350 / 400 / 300 / 450 /
    450 / 250 / 350 / 250."""
    rng = np.random.default_rng(10337)
    y = np.repeat(np.arange(len(COVERS)), COVER_ROWS)
    n = len(y)

    def surface(cover):
        base = REFLECTANCE[cover].copy()
        veg = np.isin(cover, (1, 2, 3, 4, 7))[:, None]
        green = rng.normal(1, 0.12, (len(cover), 1))
        base[:, 3:8] *= np.where(veg, green, 1.0)
        base[:, 2:3] *= np.where(veg, 2 - green, 1.0)
        wet = np.isin(cover, (5, 6))[:, None] * rng.normal(0, 0.1, (len(cover), 1))
        return base * (1 - np.abs(wet)) * rng.normal(1, 0.06, (len(cover), 1))

    mixed = rng.random(n) < 0.55
    share = np.where(mixed, rng.uniform(0.5, 0.95, n), 1.0)[:, None]
    other = np.asarray(NEIGHBOUR)[y, rng.integers(2, size=n)]
    rho = share * surface(y) + (1 - share) * surface(other)
    haze = rng.uniform(0, 4, (n, 1)) * np.linspace(1, 0.1, 10)
    rho = rho * rng.uniform(0.8, 1.1, (n, 1)) + haze + rng.normal(0, 0.3, rho.shape)
    green, red, nir, swir = rho[:, 1], rho[:, 2], rho[:, 6], rho[:, 8]
    x = np.column_stack([rho, (nir - red) / (nir + red), (green - nir) / (green + nir),
                         (swir - nir) / (swir + nir)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- vib6: machine vibration
#: the conditions of ``vib6``, in label order, and their rows
CONDITIONS = ("healthy", "imbalance", "misalignment", "looseness", "outer_race", "inner_race")
CONDITION_ROWS = (500, 400, 400, 350, 400, 350)
#: bearing defect frequencies in shaft orders: outer race, inner race, ball spin
BPFO, BPFI, BSF = 3.58, 5.42, 2.36
BAND_EDGES = np.geomspace(5.0, 1000.0, 21)  # 20 log-spaced bands, Hz


def vib6():
    """Rotating machines (a motor and pump on rolling bearings) of 6 conditions (``CONDITIONS``) as a
    condition-monitoring system reads one velocity spectrum and one envelope spectrum. The shaft turns at
    15-45 Hz. Every machine has some residual imbalance, misalignment and bearing wear; a fault raises its
    own pattern by a log-normal severity (median 5x, spread 0.55, so incipient faults sit near healthy
    machines):
    imbalance the 1x line, misalignment 2x (and 1x, 3x), looseness a comb of harmonics and half-orders,
    an outer-race defect the envelope lines at BPFO and its harmonics, an inner-race defect those at BPFI
    with 1x sidebands; both bearing faults raise the kurtosis and the high-frequency level. Each line is
    spread 1 % (speed wobble); the noise floor and transmission path vary by machine. Columns: shaft
    speed, log levels of 20 fixed bands from 5 to 1,000 Hz (not speed-normalised), 1x / 2x / 3x / 0.5x
    order levels, envelope levels at BPFO, 2 BPFO, BPFI, BPFI +- 1x and BSF, kurtosis, crest factor and
    the 2-5 kHz level (34). Imbalanced: 500 / 400 / 400 / 350 / 400 / 350 rows (2,400)."""
    rng = np.random.default_rng(10453)
    y = np.repeat(np.arange(len(CONDITIONS)), CONDITION_ROWS)
    n = len(y)
    speed = rng.uniform(15, 45, n)
    path = rng.lognormal(0, 0.3, n)  # the transmission path to the sensor
    severity = rng.lognormal(np.log(5.0), 0.55, n)
    residual = rng.lognormal(np.log(0.6), 0.4, (n, 4))  # imbalance, misalignment, looseness, wear
    amp = {k: residual[:, i] * np.where(y == i + 1, severity, 1.0) for i, k in enumerate(("1x", "2x", "loose"))}
    wear = residual[:, 3]
    outer, inner = wear * np.where(y == 4, severity, 0.3), wear * np.where(y == 5, severity, 0.3)
    freq = np.linspace(1.0, 1000.0, 1000)
    spectrum = np.zeros((n, len(freq))) + rng.lognormal(np.log(0.05), 0.3, (n, 1)) * (20 / (freq + 20))
    lines = [(1, 1.0 * amp["1x"] + 0.3 * amp["2x"]), (2, 0.15 * amp["1x"] + 0.8 * amp["2x"]),
             (3, 0.3 * amp["2x"] + 0.2 * amp["loose"])]
    lines += [(k, 0.35 * amp["loose"] / k**0.5) for k in (0.5, 1.5, 2.5, 4, 5, 6, 7, 8)]
    lines += [(BPFO * k, 0.05 * outer / k) for k in (1, 2, 3)] + [(BPFI * k, 0.05 * inner / k) for k in (1, 2)]
    rows, near = np.arange(n)[:, None], np.arange(-60, 61)  # a line's bins: 5 widths each side at least
    for order, level in lines:
        centre = order * speed[:, None]
        index = np.rint(centre - freq[0]).astype(int) + near
        bins, inside = np.clip(index, 0, len(freq) - 1), (index >= 0) & (index < len(freq))
        shape = np.exp(-0.5 * ((freq[bins] - centre) / (0.01 * centre + 1.0)) ** 2) * inside
        np.add.at(spectrum, (np.broadcast_to(rows, bins.shape), bins), level[:, None] * shape)
    spectrum *= path[:, None] * rng.gamma(8, 1 / 8, spectrum.shape)
    bands = np.stack([spectrum[:, (freq >= lo) & (freq < hi)].sum(1) for lo, hi in zip(BAND_EDGES, BAND_EDGES[1:])], 1)
    at = lambda order: spectrum[np.arange(n), np.abs(freq - order * speed[:, None]).argmin(1)]  # noqa: E731
    orders = np.column_stack([at(1), at(2), at(3), at(0.5)])
    floor = rng.lognormal(np.log(0.02), 0.3, (n, 1))
    envelope = floor * rng.gamma(6, 1 / 6, (n, 6)) + np.column_stack(
        [outer, 0.5 * outer, inner, 0.4 * inner * residual[:, 0], 0.4 * inner * residual[:, 0], 0.15 * wear]) * 0.01
    impact = (y >= 4) * severity
    kurt = 3 + 0.4 * wear + 0.5 * impact * rng.lognormal(0, 0.4, n) + rng.gamma(2, 0.3, n)
    crest = 3 + 0.4 * np.sqrt(kurt - 2) + rng.normal(0, 0.3, n)
    hf = np.log(0.02 * path * (1 + wear + impact) * rng.lognormal(0, 0.35, n))
    x = np.column_stack([speed, np.log(bands), np.log(orders), np.log(envelope), np.log(kurt), crest, hf])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND10`` lists them
GENERATORS = {"ecg5": ecg5, "shop6": shop6, "land8": land8, "vib6": vib6}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "ecg5": (2500, 16, BEAT_ROWS),
    "shop6": (3000, 18, SEGMENT_ROWS),
    "land8": (2800, 13, COVER_ROWS),
    "vib6": (2400, 34, CONDITION_ROWS),
}
ROUND10 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
