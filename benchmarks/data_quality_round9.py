"""Round 9's held-out data sets for the noisy-label benchmark (issue 17), written and committed before
any noisy-label detector ran on them, by an author who had not read the detector.

Other generative ideas than every earlier set (no make_classification, make_gaussian_quantiles,
make_blobs or make_moons, no Gaussian clouds, shells or random rotations as in rounds 1-5, no waveform
families, arcs, glitch tables or XORs as in round 6, no topic mixtures, glyphs, survival records or
ordinal grades as in round 7, no random graphs, fingerprints, letter-pair spectra or lab-panel pairs as
in round 8): physical simulations read through the features a practitioner computes from them. A
waist-worn phone's accelerometer windows of 7 activities by 30 subjects (posture as gravity, gait as
cadence and impacts, each subject wearing the phone differently); bird calls of 16 species in 4 call
families as spectrogram summaries (sibling species, field noise); network flow records of 6 traffic
kinds with one-hot protocol and port blocks, a flow exporter's timeout and missing TLS / reply times;
near-infrared spectra of 15 seed-lot varieties (3 per crop) mixed from 6 constituents' absorption
bands under scatter and baseline drift. Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py``
loads them by name (``load(name, seed)``, ``--sets imu7,call16,flow6,nir15``, ``--data round9``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-8's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round9.py`` prints (17 s of
CPU, 39 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
imu7       2,700  7 (500 / 350 / 300 / 250 /     94.5 / 91.3 | 93.0 / 92.3        15.1 / 18.9 / 11.5
                    450 / 450 / 400)
call16     2,400  16 (150 each), 4 families      93.9 / 86.0 | 93.3 / 84.5        14.4 / 15.5 / 16.5
                    of 4 species
flow6      3,000  6 (1,000 / 450 / 350 / 700 /   95.7 / 92.0 | 95.9 / 92.1         7.8 / 18.5 /  7.8
                    250 / 250)
nir15      2,100  15 (140 each), 5 crops of      90.9 / 84.6 | 90.0 / 84.8        25.5 / 11.5 / 10.8
                    3 varieties

Each set has class overlap by construction (cadences that overlap across subjects and a trunk lean
that the phone's own tilt hides; birds singing off their species' pitch and sweep in noise; short
streaming chunks and small API calls that look like browsing, slow scans; varieties 3.5-6 points of
two constituents apart under scatter). In the RBF SVM's 5-fold confusions, every imu7 error stays
within the moving (walking, upstairs, downstairs, running) or the still activities (mostly sitting /
standing and walking / stairs); 53 % of call16's errors fall on a sibling species (a fifth would by
chance; most others are whistles and trills taken for each other); 93 % of flow6's stay within user
traffic or within attacks (mostly web / API calls and web / streaming); 89 % of nir15's fall on a
variety of the same crop (one in seven by chance). The benchmark MLP misfits 4-10 % of its clean
training rows: hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main  # noqa: E402

# --------------------------------------------------------------------------- imu7: activity recognition
#: the activities of ``imu7``, in label order, and their rows
ACTIVITIES = ("walking", "upstairs", "downstairs", "running", "sitting", "standing", "lying")
ACTIVITY_ROWS = (500, 350, 300, 250, 450, 450, 400)
#: gait of the moving activities: cadence (steps / s), vertical and forward amplitude (g), impact (g)
GAIT = {0: (1.85, 0.28, 0.20, 0.10), 1: (1.65, 0.26, 0.24, 0.07), 2: (1.92, 0.31, 0.18, 0.22),
        3: (2.75, 0.85, 0.35, 0.70)}
RATE, WINDOW = 50.0, 128  # 50 Hz, 2.56 s windows


def _rotation(angles: np.ndarray) -> np.ndarray:
    """Rotation matrices (n, 3, 3) from ``angles`` (n, 3) in radians about x, y then z."""
    c, s = np.cos(angles), np.sin(angles)
    one, zero = np.ones(len(angles)), np.zeros(len(angles))
    rx = np.stack([one, zero, zero, zero, c[:, 0], -s[:, 0], zero, s[:, 0], c[:, 0]], 1).reshape(-1, 3, 3)
    ry = np.stack([c[:, 1], zero, s[:, 1], zero, one, zero, -s[:, 1], zero, c[:, 1]], 1).reshape(-1, 3, 3)
    rz = np.stack([c[:, 2], -s[:, 2], zero, s[:, 2], c[:, 2], zero, zero, zero, one], 1).reshape(-1, 3, 3)
    return rz @ ry @ rx


def _imu_features(acc: np.ndarray) -> np.ndarray:
    """21 summary statistics of windows ``acc`` (n, samples, 3 axes, in g), as a phone app computes
    them: per-axis mean and spread, magnitude mean / spread / kurtosis / jerk, band energies and the
    dominant frequency of the magnitude, the axes' correlations, pitch and roll of the mean."""
    mean, std = acc.mean(1), acc.std(1)
    mag = np.linalg.norm(acc, axis=2)
    centred = mag - mag.mean(1, keepdims=True)
    kurt = (centred**4).mean(1) / np.maximum(centred.var(1), 1e-8) ** 2
    jerk = np.abs(np.diff(mag, axis=1)).mean(1) * RATE
    power = np.abs(np.fft.rfft(centred, axis=1)) ** 2 / WINDOW
    freq = np.fft.rfftfreq(WINDOW, 1 / RATE)
    bands = [(0.0, 1.0), (1.0, 2.5), (2.5, 4.0), (4.0, 8.0), (8.0, 25.1)]
    energy = np.stack([power[:, (freq > lo) & (freq <= hi)].sum(1) for lo, hi in bands], 1)
    dominant = freq[1:][power[:, 1:].argmax(1)]
    a = acc - acc.mean(1, keepdims=True)
    corr = [(a[..., i] * a[..., j]).mean(1) / np.maximum(std[:, i] * std[:, j], 1e-8)
            for i, j in ((0, 1), (0, 2), (1, 2))]
    pitch = np.arctan2(mean[:, 1], np.hypot(mean[:, 0], mean[:, 2]))
    roll = np.arctan2(mean[:, 0], mean[:, 2])
    return np.column_stack([mean, np.log(std), mag.mean(1), np.log(mag.std(1)), np.log(kurt), np.log(jerk),
                            np.log1p(energy), dominant, *corr, pitch, roll])


def imu7():
    """Activity recognition from a waist-worn phone's 3-axis accelerometer: 7 activities (``ACTIVITIES``),
    30 subjects. Each 2.56 s window at 50 Hz is simulated as gravity in the body frame (upright; the
    trunk leaning back 10-30 degrees when sitting, 0-8 standing; on the back or a side when lying) plus
    the gait of the moving activities (a cadence, vertical and forward oscillations with harmonics,
    lateral sway at half the cadence, heel-strike impacts: strongest running and downstairs), standing
    sway or sitting fidgets, all scaled by the subject (cadence, stride vigour), turned by how the
    subject wears the phone (up to 25 degrees, plus 6 per window) and read with sensor noise and
    bias. 21 window statistics (``_imu_features``). Imbalanced as recordings are: 500 / 350 / 300 / 250
    / 450 / 450 / 400 rows (2,700)."""
    rng = np.random.default_rng(9107)
    counts = np.asarray(ACTIVITY_ROWS)
    y = np.repeat(np.arange(len(counts)), counts)
    n = len(y)
    subjects = 30
    pace, vigour = rng.normal(1.0, 0.1, subjects), rng.lognormal(0.0, 0.25, subjects)
    wear = rng.normal(0.0, np.radians(12.0), (subjects, 3)).clip(-np.radians(25), np.radians(25))
    who = rng.integers(subjects, size=n)
    t = np.arange(WINDOW) / RATE + rng.uniform(0, 5, (n, 1))
    # gravity in the body frame (x lateral, y forward, z up), by posture
    lean = np.radians(np.select([y == 4, y == 5], [rng.uniform(10, 30, n), rng.uniform(0, 8, n)],
                                rng.normal(4, 3, n)))
    gravity = np.column_stack([np.zeros(n), -np.sin(lean), np.cos(lean)])
    lying = y == 6
    side = rng.integers(3, size=n)  # on the back, the left or the right side, turned a little
    turn = rng.normal(0, np.radians(15), n)
    gravity[lying] = np.column_stack([
        np.select([side == 1, side == 2], [np.cos(turn), -np.cos(turn)], np.sin(turn)),
        np.select([side == 0], [np.cos(turn)], np.sin(turn)), rng.normal(0, 0.1, n)])[lying]
    acc = np.repeat(gravity[:, None, :], WINDOW, axis=1)
    moving = y <= 3
    gait = np.array([GAIT.get(int(c), (1.0, 0.0, 0.0, 0.0)) for c in range(7)])[y]
    f = gait[:, 0] * pace[who] * rng.normal(1.0, 0.09, n)
    amp = vigour[who][:, None] * rng.lognormal(0.0, 0.25, (n, 1)) * moving[:, None]
    phase = 2 * np.pi * f[:, None] * t
    h2 = rng.uniform(0.2, 0.5, (n, 1))
    vertical = gait[:, 1:2] * (np.sin(phase) + h2 * np.sin(2 * phase + rng.uniform(0, 6.3, (n, 1))))
    impact = gait[:, 3:4] * np.maximum(np.sin(phase + 0.3), 0.0) ** 12
    forward = gait[:, 2:3] * np.sin(phase + rng.uniform(0.8, 1.6, (n, 1)))
    sway = 0.3 * gait[:, 1:2] * np.sin(phase / 2 + rng.uniform(0, 6.3, (n, 1)))
    acc += amp[..., None] * np.stack([sway, forward, vertical + impact], axis=2)
    still = ~moving
    drift = 0.02 * np.sin(2 * np.pi * rng.uniform(0.1, 0.5, (n, 1)) * t + rng.uniform(0, 6.3, (n, 1)))
    acc[still, :, 1] += drift[still] * np.where(y[still] == 5, 1.0, 0.3)[:, None]  # standing sways
    fidget = (y == 4) & (rng.random(n) < 0.35)  # a shift on the chair: one bump
    centre = rng.integers(10, WINDOW - 10, size=n)
    shape = np.exp(-0.5 * ((np.arange(WINDOW) - centre[:, None]) / 4.0) ** 2)
    bump = rng.normal(0, 0.15, (n, 3))[:, None, :] * shape[..., None]
    acc[fidget] += bump[fidget]
    worn = _rotation(wear[who] + rng.normal(0, np.radians(6), (n, 3)))
    acc = np.einsum("nij,ntj->nti", worn, acc) + rng.normal(0, 0.02, (n, 3))[:, None, :]
    acc += rng.normal(0, 0.015, acc.shape)
    return _imu_features(acc).astype(np.float32), y


# --------------------------------------------------------------------------- call16: bird calls, 4 x 4 classes
#: the call families of ``call16`` in label order; species ``4 * family + k`` (k = 0 .. 3) belong to family
CALL_FAMILIES = ("whistle", "harmonic", "trill", "buzz")
FRAMES, BANDS = 48, 24  # 10 ms frames; log-spaced bands from 0.5 to 10 kHz
BAND_OCTAVES = np.linspace(np.log2(500.0), np.log2(10000.0), BANDS)


def _call_features(power: np.ndarray) -> np.ndarray:
    """32 summaries of spectrograms ``power`` (n, frames, bands) as a call classifier computes them: the
    mean level above the noise floor of each band over the 12 loudest frames (24), the spectral
    centroid's mean, spread and slope over those frames, the mean bandwidth and flatness, the envelope's
    dominant modulation rate (6 Hz and up) and its share, and the log count of frames 6 dB over the
    median frame."""
    db = 10 * np.log10(power)
    floor = np.median(db, axis=1, keepdims=True)
    frame_db = 10 * np.log10(power.sum(2))
    loud = np.sort(np.argsort(frame_db, axis=1)[:, -12:], axis=1)
    rows = np.arange(len(power))[:, None]
    above = np.maximum(db - floor, 0.0)[rows, loud]  # (n, 12, bands)
    weight = above + 1e-3
    centroid = (weight * BAND_OCTAVES).sum(2) / weight.sum(2)
    spread = np.sqrt((weight * (BAND_OCTAVES - centroid[..., None]) ** 2).sum(2) / weight.sum(2))
    step = loud - loud.mean(1, keepdims=True)
    slope = (step * (centroid - centroid.mean(1, keepdims=True))).sum(1) / np.maximum((step**2).sum(1), 1e-9)
    loud_power = power[rows, loud]
    flatness = np.exp(np.log(loud_power).mean(2)) / loud_power.mean(2)
    envelope = frame_db - frame_db.mean(1, keepdims=True)
    rate = np.fft.rfftfreq(FRAMES, 0.01)
    spectrum = np.abs(np.fft.rfft(envelope, axis=1))[:, rate >= 6] ** 2  # pulsing, not the call's own rise
    rate = rate[rate >= 6]
    active = (frame_db > np.median(frame_db, axis=1, keepdims=True) + 6).sum(1)
    return np.column_stack([above.mean(1), centroid.mean(1), centroid.std(1), slope, spread.mean(1),
                            flatness.mean(1), rate[spectrum.argmax(1)], spectrum.max(1) / spectrum.sum(1),
                            np.log1p(active)])


def call16():
    """Bird calls in field recordings, 16 species in 4 call families (``CALL_FAMILIES``; label
    ``4 * family + k``), as 10 ms x 24-band spectrogram summaries. A family fixes the call's structure
    (a pure whistle; a fundamental with 3 harmonics; a trill, amplitude-pulsed at 10-40 Hz; a buzz, a
    band of noise half an octave wide or more); its 4 species differ in pitch (0.3 octaves apart),
    frequency sweep, length and trill rate, and individual birds vary around them (pitch 0.12 octaves,
    sweep, length, rate), so sibling species are the commonest confusion. Each recording has its own
    distance (14 dB range), pink background noise, sometimes wind in the low bands, and a fluctuation
    in every cell (gamma, shape 6: a band's few FFT bins). 32 summaries (``_call_features``); 2,400
    rows, 150 per species."""
    rng = np.random.default_rng(9211)
    per, species = 150, 16
    y = np.repeat(np.arange(species), per)
    n = len(y)
    family = y // 4
    base = np.log2([3200.0, 1100.0, 4200.0, 2400.0])[family]
    offset = np.stack([rng.permutation([-0.45, -0.15, 0.15, 0.45]) for _ in range(4)]).ravel()
    sweep_mean, length_mean = rng.uniform(-1.0, 1.0, species), rng.uniform(0.12, 0.3, species)
    rate_mean = np.stack([rng.permutation([12.0, 18.0, 26.0, 36.0]) for _ in range(4)]).ravel()
    pitch = base + offset[y] + rng.normal(0, 0.12, n)
    sweep = sweep_mean[y] * rng.normal(1.0, 0.3, n) + rng.normal(0, 0.15, n)
    length = length_mean[y] * rng.lognormal(0, 0.2, n)
    rate = rate_mean[y] * rng.normal(1.0, 0.1, n)
    t = np.arange(FRAMES) * 0.01
    onset = rng.uniform(0.03, 0.12, n)
    inside = (t - onset[:, None]) / length[:, None]  # (n, frames): 0 .. 1 during the call
    envelope = np.where((inside >= 0) & (inside <= 1), np.sin(np.pi * np.clip(inside, 0, 1)) ** 0.5, 0.0)
    pulsed = family == 2
    envelope[pulsed] *= (0.5 + 0.5 * np.cos(2 * np.pi * rate[pulsed, None] * (t - onset[pulsed, None]))) ** 2
    track = pitch[:, None] + sweep[:, None] * (np.clip(inside, 0, 1) - 0.5)  # log2 Hz over time
    width = np.select([family == 3, family == 2], [rng.uniform(0.25, 0.4, n), np.full(n, 0.1)], 0.07)
    harmonics = np.where(family == 1, 4, 1)
    power = np.zeros((n, FRAMES, BANDS))
    for k in range(1, 5):
        strength = np.where(k <= harmonics, 0.55 ** (k - 1), 0.0)[:, None, None]
        centre = (track + np.log2(k))[..., None]
        power += strength * np.exp(-0.5 * ((BAND_OCTAVES - centre) / width[:, None, None]) ** 2)
    level = 10 ** rng.uniform(0.4, 1.8, n)  # distance: a 14 dB range
    power *= (level[:, None] * envelope)[..., None]
    noise = 10 ** rng.uniform(-0.5, 0.3, n)[:, None] * 2.0 ** (-(BAND_OCTAVES - BAND_OCTAVES[0]))  # pink
    wind = ((rng.random(n) < 0.3)[:, None] * 10 ** rng.uniform(0, 1.2, n)[:, None]
            * np.exp(-(BAND_OCTAVES - BAND_OCTAVES[0]) / 0.6))
    power = (power + (noise + wind)[:, None, :]) * rng.gamma(6.0, 1 / 6, power.shape)
    return _call_features(power).astype(np.float32), y


# --------------------------------------------------------------------------- flow6: network flow records
#: the traffic kinds of ``flow6``, in label order, and their rows
TRAFFIC = ("web", "streaming", "bulk", "api", "bruteforce", "scan")
TRAFFIC_ROWS = (1000, 450, 350, 700, 250, 250)
#: per kind: protocol shares (TCP, UDP, ICMP), destination port group shares (web 80/443, dns 53, ssh 22,
#: other well-known, high), share initiated from outside
PROTOCOL = ((0.75, 0.25, 0), (0.85, 0.15, 0), (1, 0, 0), (0.95, 0.05, 0), (1, 0, 0), (0.8, 0.15, 0.05))
PORTS = ((1, 0, 0, 0, 0), (0.85, 0, 0, 0, 0.15), (0.6, 0, 0.15, 0.1, 0.15), (0.85, 0.03, 0, 0, 0.12),
         (0.3, 0, 0.5, 0.05, 0.15), (0.3, 0.05, 0.15, 0.3, 0.2))
INBOUND = (0.15, 0.02, 0.15, 0.1, 0.6, 0.6)
#: per kind, lognormal (log mean, log sd): forward packets, backward / forward packet ratio, forward and
#: backward mean packet size (bytes), mean inter-arrival time (s), its coefficient of variation
FLOW = (((3.0, 1.2), (0.4, 0.5), (5.6, 0.5), (6.6, 0.5), (-2.5, 1.3), (0.5, 0.5)),
        ((5.0, 1.3), (0.7, 0.3), (4.6, 0.4), (7.1, 0.2), (-3.5, 1.0), (1.0, 0.4)),
        ((5.5, 1.4), (0.6, 0.3), (4.3, 0.4), (7.2, 0.15), (-5.0, 1.0), (-0.3, 0.5)),
        ((1.8, 0.6), (0.0, 0.3), (5.8, 0.5), (6.0, 0.6), (-2.0, 1.0), (-0.3, 0.5)),
        ((2.6, 0.5), (0.0, 0.2), (4.7, 0.3), (5.0, 0.4), (-2.8, 0.8), (0.4, 0.5)),
        ((0.2, 0.4), (-1.5, 1.0), (3.9, 0.2), (3.8, 0.3), (-3.0, 1.5), (0.0, 0.5)))


def _choose(shares: np.ndarray, rng) -> np.ndarray:
    """One index per row of ``shares`` (n, k), drawn with those probabilities."""
    cum = np.cumsum(shares, 1)
    return (rng.random((len(shares), 1)) * cum[:, -1:] > cum).sum(1)


def flow6():
    """Network flow records as a flow exporter writes them, labelled with the traffic that made them
    (``TRAFFIC``): web browsing, video streaming, bulk transfer, machine API calls (small HTTPS requests),
    login brute force and port scans. Each flow draws its protocol, destination port group and
    direction from its kind (QUIC beside TCP, brute force against SSH or web logins, from outside or a
    compromised inside host, scans on any port), packet counts, sizes and inter-arrival times from the
    kind's log-normal process (``FLOW``), an hour from a diurnal cycle (users; some bulk transfers are
    night backups) or uniformly (machines, attackers); long flows are cut by a 120 s active timeout (so a
    streaming or bulk chunk can look like browsing), and the source host's last minute (distinct ports
    and hosts, failed share) comes from the kind, with slow scans and distributed guessing among the attacks.
    Columns: protocol (3) and port group (5) one-hot, inbound flag, hour (sin, cos), log duration,
    packets and bytes each way, mean packet sizes, log mean inter-arrival and its variation, SYN / RST /
    FIN flags, push share, the source's log distinct ports and hosts and failed share, TLS handshake
    and server response times (log ms, 0 where missing: no TLS or no reply) with two missing
    indicators (31). Imbalanced: 1,000 / 450 / 350 / 700 / 250 / 250 rows (3,000)."""
    rng = np.random.default_rng(9313)
    y = np.repeat(np.arange(len(TRAFFIC)), TRAFFIC_ROWS)
    n = len(y)
    protocol = _choose(np.asarray(PROTOCOL, dtype=float)[y], rng)
    port = _choose(np.asarray(PORTS, dtype=float)[y], rng)
    port = np.where(protocol == 2, 4, port)  # ICMP: no port, grouped as high
    inbound = rng.random(n) < np.asarray(INBOUND)[y]
    user = y <= 2
    night = np.where(y == 2, rng.choice([0, 7], n), 0)  # bulk: some at 3 am (backups)
    hour = np.where(user, rng.normal(20, 4, n) + night, rng.uniform(0, 24, n)) % 24
    p = np.asarray(FLOW)[y]  # (n, 6, 2)
    draw = np.exp(p[..., 0] + p[..., 1] * rng.standard_normal((n, 6)))
    fwd = np.maximum(1, np.round(draw[:, 0]))
    bwd = np.round(fwd * draw[:, 1])
    iat, cv = draw[:, 4], draw[:, 5]
    duration = (fwd + bwd - 1) * iat / 2
    cut = duration > 120  # the active timeout: the record covers the first 120 s only
    kept = np.where(cut, 120 / np.maximum(duration, 1e-9), 1.0)
    fwd, bwd, duration = np.maximum(1, np.round(fwd * kept)), np.round(bwd * kept), np.minimum(duration, 120)
    size_f, size_b = np.minimum(draw[:, 2], 1500), np.where(bwd > 0, np.minimum(draw[:, 3], 1500), 0)
    tcp = protocol == 0
    syn = tcp * (1 + (rng.random(n) < 0.03))
    rst = tcp & (rng.random(n) < np.asarray([0.05, 0.03, 0.02, 0.05, 0.35, 0.6])[y])
    fin = tcp & ~cut & (rng.random(n) < np.asarray([0.8, 0.6, 0.9, 0.8, 0.5, 0.05])[y])
    push = tcp * rng.beta(2, 3, n) * (bwd > 0)
    slow = rng.random(n) < 0.25  # slow scans and distributed guessing look like one user's minute
    ports_seen = np.select([(y == 5) & ~slow, y == 4], [rng.lognormal(4.5, 1.0, n), rng.lognormal(0.3, 0.5, n)],
                           rng.lognormal(0.8, 0.7, n))
    hosts_seen = np.select([(y == 5) & ~slow, (y == 4) & ~slow],
                           [rng.lognormal(2.0, 1.2, n), rng.lognormal(0.2, 0.4, n)],
                           rng.lognormal(1.5, 0.8, n))
    failed = np.select([(y >= 4) & ~slow], [rng.beta(5, 2, n)], rng.beta(1, 12, n))
    tls = tcp & (port == 0) & (rng.random(n) < 0.9) | (protocol == 1) & (port == 0)  # HTTPS or QUIC
    tls_ms = np.where(tls, rng.lognormal(3.5, 0.6, n), 0.0)
    replied = bwd > 0
    reply_ms = np.where(replied, np.exp(np.log(np.maximum(iat * 1000, 0.05)) + rng.normal(0, 0.7, n)), 0.0)
    x = np.column_stack([
        np.eye(3)[protocol], np.eye(5)[port], inbound, np.sin(hour * np.pi / 12), np.cos(hour * np.pi / 12),
        np.log1p(duration), np.log(fwd), np.log1p(bwd), np.log(fwd * size_f), np.log1p(bwd * size_b),
        size_f, size_b,
        np.log(iat), cv, syn, rst, fin, push, np.log1p(ports_seen), np.log1p(hosts_seen), failed,
        np.log1p(tls_ms), ~tls, np.log1p(reply_ms), ~replied])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- nir15: near-infrared spectra
#: the constituents of ``nir15``'s samples and their absorption bands (centre nm, width nm, height)
CONSTITUENTS = {
    "water": ((1190, 50, 0.3), (1450, 60, 1.0), (1940, 70, 1.6)),
    "protein": ((1510, 50, 0.5), (2050, 60, 0.8), (2180, 40, 0.7)),
    "starch": ((1200, 50, 0.3), (1580, 60, 0.4), (2100, 60, 1.0), (2320, 50, 0.6)),
    "oil": ((1210, 30, 0.5), (1730, 40, 0.9), (1760, 30, 0.6), (2310, 30, 1.1), (2350, 30, 0.9)),
    "fibre": ((1490, 60, 0.5), (2090, 60, 0.7), (2340, 50, 0.8)),
    "sugar": ((1440, 50, 0.5), (2080, 50, 0.8), (2270, 40, 0.6)),
}
WAVELENGTHS = np.linspace(1100.0, 2480.0, 60)


def _pure_spectra(shift: np.ndarray) -> np.ndarray:
    """(n, constituents, wavelengths): each constituent's absorbance, the water bands moved by ``shift``
    nm (sample temperature)."""
    out = np.zeros((len(shift), len(CONSTITUENTS), len(WAVELENGTHS)))
    for k, (name, bands) in enumerate(CONSTITUENTS.items()):
        for centre, width, height in bands:
            moved = centre + (shift[:, None] if name == "water" else 0.0)
            out[:, k] += height * np.exp(-0.5 * ((WAVELENGTHS - moved) / width) ** 2)
    return out


def nir15():
    """Near-infrared reflectance spectra of ground seed lots: 15 classes, 3 varieties of each of 5 crops
    (label ``3 * crop + variety``). A lot's composition over 6 constituents (``CONSTITUENTS``: water,
    protein, starch, oil, fibre, sugar; each a few Gaussian absorption bands) is drawn around its
    variety's (Dirichlet, concentration 300); a crop's varieties differ by 3.5-6 points in two
    constituents, so varieties of one crop are the confusion. The instrument reads 60 wavelengths from
    1,100 to 2,480 nm: absorbance times a scatter factor (particle size, log-normal spread 0.12), plus a
    sloped baseline, the water bands moved by the sample's temperature (5 nm spread) and detector noise
    (0.004). Columns: the 60 absorbances, raw (no scatter correction). 2,100 rows, 140 per class."""
    rng = np.random.default_rng(9419)
    crops, varieties, per = 5, 3, 140
    classes = crops * varieties
    y = np.repeat(np.arange(classes), per)
    n, parts = len(y), len(CONSTITUENTS)
    crop_mix = rng.dirichlet(np.full(parts, 1.5), size=crops) * 0.8 + 0.2 / parts
    centres = np.repeat(crop_mix, varieties, axis=0)
    for c in range(classes):
        if c % varieties:  # the first variety is the crop's own mix; the others move two constituents
            up, down = rng.choice(parts, size=2, replace=False)
            step = rng.uniform(0.035, 0.06)
            centres[c, up] += step
            centres[c, down] = max(centres[c, down] - step, 0.01)
    centres /= centres.sum(1, keepdims=True)
    mix = np.stack([rng.dirichlet(300 * centres[c]) for c in y])
    absorbance = np.einsum("nk,nkw->nw", mix, _pure_spectra(rng.normal(0, 5, n)))
    scatter = rng.lognormal(0, 0.12, (n, 1))
    slope = (WAVELENGTHS - WAVELENGTHS[0]) / (WAVELENGTHS[-1] - WAVELENGTHS[0])
    baseline = rng.normal(0.3, 0.08, (n, 1)) + rng.normal(0.05, 0.04, (n, 1)) * slope
    x = scatter * (absorbance + 0.1) + baseline + rng.normal(0, 0.004, (n, len(WAVELENGTHS)))
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND9`` lists them
GENERATORS = {"imu7": imu7, "call16": call16, "flow6": flow6, "nir15": nir15}
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "imu7": (2700, 21, ACTIVITY_ROWS),
    "call16": (2400, 32, (150,) * 16),
    "flow6": (3000, 31, TRAFFIC_ROWS),
    "nir15": (2100, 60, (140,) * 15),
}
ROUND9 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
