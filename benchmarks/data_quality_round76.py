"""Round 76's held-out data sets for the noisy-label benchmark (being written: the classes, neighbour maps, rows and
limits first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- hoehnyahr5: Parkinson's disease's stage
#: the 5 classes of ``hoehnyahr5`` (a patient with Parkinson's disease at a movement-disorders clinic, by the Hoehn and
#: Yahr stage the neurologist gave at the visit), the mildest first
HY_CLASSES = ("1 (unilateral involvement only)", "2 (bilateral involvement without impairment of balance)",
              "3 (mild to moderate bilateral disease, some postural instability, physically independent)",
              "4 (severe disability, still able to walk or stand unassisted)",
              "5 (wheelchair-bound or bedridden unless aided)")
HY_ROWS = (360, 560, 520, 420, 280)
#: the lower limits of stages 2-5 on the neurologist's reading of the motor examination (a continuous 0.5-5.5 reading
#: of the signs' side, the pull test and the gait, rounded to a stage; the author's framing of the stage's rules as
#: limits on one reading)
HY_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the stage above and below each stage (a patient near a limit: one side or both, a pull test with one step or two,
#: an "on" or "off" visit)
HY_NEIGHBOURS = ordinal_neighbours(len(HY_CLASSES))
#: what the neurologist stages from: the label's basis, not columns
HY_EXAM = ("the signs on one side or both (tremor, rigidity, bradykinesia)", "the pull test (the retropulsion's steps)",
           "the gait and standing unassisted", "the axial signs (the neck, the trunk)")


# ---------------------------------------------------------------------- rustsev6: wheat's stripe rust response
#: the 6 classes of ``rustsev6`` (a breeding programme's wheat plot, by the field response class the scorer gave for
#: stripe rust, Puccinia striiformis f. sp. tritici), the most resistant first
RUST_CLASSES = ("immune (O: no visible infection)", "resistant (R: chlorosis or necrosis, no uredia)",
                "moderately resistant (MR: small uredia in chlorotic or necrotic areas)",
                "intermediate (M: variable uredia, some chlorosis or necrosis)",
                "moderately susceptible (MS: medium uredia, possibly chlorotic areas)",
                "susceptible (S: large uredia, little or no chlorosis, no necrosis)")
RUST_ROWS = (240, 320, 400, 420, 380, 380)
#: the lower limits of the classes R-S on the scorer's reading of the plot's response (a continuous 0-5.5 reading of
#: the infection type and the severity together, rounded to a class; the author's framing of the combined field
#: score as limits on one reading)
RUST_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5)
#: the class above and below each class (a plot near a limit: uredia small or medium, a little chlorosis or none)
RUST_NEIGHBOURS = ordinal_neighbours(len(RUST_CLASSES))
#: what the scorer reads: the label's basis, not columns
RUST_READING = ("the infection type (the uredia's size, the chlorosis and the necrosis around them)",
                "the severity (the modified Cobb scale's per cent of the flag leaves covered)")


# ---------------------------------------------------------------------- emggest8: a forearm sEMG window's gesture
#: the 8 classes of ``emggest8`` (a window of a forearm surface-EMG recording, by the gesture cue shown to the
#: participant)
EMG_GESTURES = ("fist (power grip)", "wrist flexion", "wrist extension", "pinch (thumb to index tip)",
                "point (index extended, the other fingers flexed)", "open hand (fingers extended and spread)",
                "thumb up (a fist with the thumb extended)", "radial deviation")
EMG_ROWS = (300, 280, 280, 260, 260, 300, 240, 220)
#: the gestures a lab's classifier and its participants confuse (symmetric): a fist against wrist flexion (the
#: flexor compartment loud in both) and against a thumb up (a fist with the thumb out); wrist flexion against radial
#: deviation (the flexor carpi radialis in both); wrist extension against radial deviation (the extensor carpi
#: radialis in both) and against an open hand (the extensor compartment); a pinch against a point (one finger, small
#: forces) and against a thumb up (the thumb's muscles); a point against an open hand (the extensor digitorum)
EMG_NEIGHBOURS = {0: (1, 6), 1: (0, 7), 2: (5, 7), 3: (4, 6), 4: (3, 5), 5: (2, 4), 6: (0, 3), 7: (1, 2)}


# ---------------------------------------------------------------------- zoopl7: an imaged zooplankton particle's group
#: the 7 classes of ``zoopl7`` (a particle an imaging instrument captured, by the group the taxonomist gave)
ZOO_GROUPS = ("calanoid copepod", "cyclopoid copepod (Oithona, Oncaea, Corycaeus)", "appendicularian (larvacean)",
              "chaetognath", "euphausiid larva (calyptopis, furcilia)", "ostracod", "detritus or marine snow")
ZOO_ROWS = (460, 300, 280, 240, 260, 220, 380)
#: the groups a taxonomist confuses on the images (symmetric): the two copepod orders (an antenna's length, a body's
#: outline seen edge-on); a calanoid against a euphausiid larva (a crustacean of the same size and outline); a
#: cyclopoid against an ostracod (small, dark, rounded when the cyclopoid is curled); an appendicularian against a
#: chaetognath (long, thin, transparent) and against detritus (a house or a broken tail reads as a mucus flock); an
#: ostracod against detritus (a small dark blob)
ZOO_NEIGHBOURS = {0: (1, 4), 1: (0, 5), 2: (3, 6), 3: (2,), 4: (0,), 5: (1, 6), 6: (2, 5)}


def hoehnyahr5():
    """Patients with Parkinson's disease at a movement-disorders clinic in the 5 Hoehn and Yahr stages
    (``HY_CLASSES``), labelled by the stage the neurologist gave at the visit (``HY_LIMITS`` on the neurologist's
    reading of the motor examination), as the record apart from the examination describes them. The examination
    (``HY_EXAM``) is the label's basis and not columns. The motor severity (unseen) follows the years since the
    diagnosis, the age, the subtype (the postural instability and gait difficulty subtype faster than the
    tremor-dominant one) and an unseen rest (the disease's own pace: a normal 0.6 of a stage); the falls, the freezing
    of gait, the PDQ-39, the non-motor symptoms, the cognitive screen and the orthostatic drop follow it with their own
    wide spread; the levodopa-equivalent dose follows the years and the severity; the neurologist's reading adds a
    normal 0.3 of a stage (an "on" or "off" visit). Columns: the age (years), the sex (1 a man), the years since the
    diagnosis, the tremor-dominant subtype (0/1), the levodopa-equivalent daily dose (mg), the falls in the past year,
    freezing of gait reported (0/1), dyskinesia (0/1), wearing off (0/1), the PDQ-39 summary index (0-100), the
    non-motor symptom scale's total (0-360), the MoCA (0-30), the orthostatic systolic drop (mmHg), hallucinations
    (0/1), a walking aid in the record (0/1) (15). Imbalanced: 360 / 560 / 520 / 420 / 280 rows (2,140)."""
    rng = np.random.default_rng(76101)
    n = 500000
    age = np.round(np.clip(rng.normal(68, 9.5, n), 35, 95))
    male = rng.random(n) < 0.6
    dur = np.round(np.clip(rng.gamma(1.8, 3.6, n), 0.2, 35), 1)
    tremor = rng.random(n) < _sig(0.2 - 0.08 * dur)
    sev = (0.95 + 0.2 * dur - 0.004 * dur ** 2 + 0.03 * (age - 68) - 0.45 * tremor + rng.normal(0, 0.4, n))
    s = np.clip(sev, 0.5, 6.0)
    ledd = np.where(dur < 0.5, 0, 180 * np.sqrt(dur) + 70 * s) * rng.lognormal(0, 0.35, n)
    ledd = np.round(np.clip(ledd, 0, 3000), -1)
    falls = rng.poisson(np.exp(-2.6 + 0.75 * s + 0.02 * (age - 68)) * rng.lognormal(0, 0.7, n))
    fog = rng.random(n) < _sig(-4.2 + 1.1 * s - 0.5 * tremor)
    dysk = rng.random(n) < _sig(-3.6 + 0.22 * dur + 0.0015 * ledd - 0.02 * (age - 68))
    wear = rng.random(n) < _sig(-2.4 + 0.3 * dur)
    pdq = np.round(np.clip(6 + 8.0 * s + rng.normal(0, 9, n), 0, 100), 1)
    nmss = np.round(np.clip(np.exp(np.log(25) + 0.35 * s + rng.normal(0, 0.5, n)), 0, 360))
    moca = np.clip(np.round(29.5 - 0.9 * s - 0.08 * (age - 68) + rng.normal(0, 2.2, n)), 5, 30)
    drop = np.round(np.clip(4 + 3.5 * s + 0.15 * (age - 68) + rng.normal(0, 9, n), -10, 70))
    halluc = rng.random(n) < _sig(-4.0 + 0.5 * s + 0.1 * (30 - moca))
    aid = rng.random(n) < _sig(-5.0 + 1.3 * s + 0.04 * (age - 68))
    rated = sev + rng.normal(0, 0.3, n)  # the neurologist's reading
    label = np.digitize(rated, HY_LIMITS)
    keep = _keep(rng, label, HY_ROWS)
    x = np.column_stack([age, male, dur, tremor, ledd, falls, fog, dysk, wear, pdq, nmss, moca, drop, halluc,
                         aid])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def rustsev6():
    """Wheat plots of a breeding programme's trials in the 6 stripe rust field response classes (``RUST_CLASSES``),
    labelled by the class the scorer gave (``RUST_LIMITS`` on the scorer's reading of the infection type and the
    severity), as the trial's records apart from that reading describe them. The reading (``RUST_READING``) is the
    label's basis and not columns. The plot's response follows the line's resistance (an all-stage gene still
    effective against the local races, defeated genes, Yr18-like adult plant resistance, Yr36-like high-temperature
    adult plant resistance that shows in warm seasons, the pedigree group's unseen background: a normal 0.7 of a
    class), the season (cool nights and dew hours raise it, a late heading date gives the epidemic longer), the
    spreader rows' inoculum and the location's races (an all-stage gene defeated at one location); the seedling test
    and the earlier season's score follow the same line with their own error; the scorer's reading adds a normal 0.3
    of a class. Columns: the pedigree group (0-5), an effective all-stage gene's marker (0/1), the defeated genes'
    markers (0-3), a Yr18-like marker (0/1), a Yr36-like marker (0/1), the seedling test's infection type (0-9), the
    heading date (days after 1 April), the plant height (cm), the planting date (days after 1 October), the location
    (0-3), the season's cool nights (5-12 C, count), the mean dew hours a day in the spring, a heavy spreader row
    inoculum (0/1), last season's score (0-9) (14). Imbalanced: 240 / 320 / 400 / 420 / 380 / 380 rows (2,140)."""
    rng = np.random.default_rng(76202)
    n = 300000
    group = rng.choice(6, n, p=(0.25, 0.2, 0.2, 0.15, 0.1, 0.1))
    allstage = rng.random(n) < np.array([0.05, 0.15, 0.3, 0.1, 0.4, 0.2])[group]
    defeated = rng.binomial(3, np.array([0.2, 0.4, 0.3, 0.5, 0.3, 0.2])[group])
    yr18 = rng.random(n) < np.array([0.2, 0.5, 0.3, 0.6, 0.3, 0.4])[group]
    yr36 = rng.random(n) < np.array([0.1, 0.2, 0.4, 0.2, 0.3, 0.5])[group]
    background = np.array([0.4, -0.2, 0.0, -0.3, 0.2, -0.1])[group] + rng.normal(0, 0.4, n)  # unseen
    location = rng.choice(4, n, p=(0.35, 0.25, 0.25, 0.15))
    season = rng.normal(0, 1, n)  # the year at the location: cool and wet above zero
    cool = np.round(np.clip(22 + 6 * season + 4 * (location == 2) + rng.normal(0, 4, n), 0, 60))
    dew = np.round(np.clip(6.5 + 1.2 * season + rng.normal(0, 1.0, n), 0, 14), 1)
    heading = np.round(48 + np.array([0, 3, -2, 5, 1, -3])[group] + rng.normal(0, 4, n))
    height = np.round(np.clip(88 + np.array([0, 6, -4, 8, 2, -5])[group] + rng.normal(0, 8, n), 55, 130))
    planting = np.round(np.clip(rng.normal(20, 9, n), 0, 60))
    inoc = rng.random(n) < 0.6
    effective = allstage & ~((location == 3) & (rng.random(n) < 0.8))  # a race virulent on it at location 3
    warm = -season - 0.4 * (location == 1)
    resp = (3.9 - 0.35 * defeated - 0.9 * yr18 - 0.5 * yr36 * (1 + np.clip(warm, -1, 1)) + 0.3 * (cool - 22) / 6
            + 0.25 * (dew - 6.5) / 1.2 + 0.35 * inoc + 0.04 * (heading - 48) + 0.012 * (planting - 20) + background)
    resp = np.where(effective, np.minimum(resp, 0) + rng.normal(0.0, 0.5, n), resp)
    seedling = np.clip(np.round(np.where(allstage, 1.5, 6.0 - 0.7 * defeated) + rng.normal(0, 1.3, n)), 0, 9)
    last = np.clip(np.round(1.6 * np.where(effective, 0.3, resp - 0.3 * (cool - 22) / 6) + rng.normal(0, 1.4, n)),
                   0, 9)
    rated = resp + rng.normal(0, 0.3, n)  # the scorer's reading
    label = np.digitize(rated, RUST_LIMITS)
    keep = _keep(rng, label, RUST_ROWS)
    x = np.column_stack([group, allstage, defeated, yr18, yr36, seedling, heading, height, planting, location, cool,
                         dew, inoc, last])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per gesture of ``emggest8``, the medians of: the RMS (uV) of six bipolar channels round the forearm (1 the flexor
#: carpi radialis, 2 the flexor digitorum superficialis, 3 the flexor carpi ulnaris, 4 the extensor carpi radialis,
#: 5 the extensor digitorum, 6 the abductor and extensor pollicis longus), the waveform length summed over the
#: channels (mV a 200 ms window), the zero crossings (a rate, a channel and window), the slope sign changes (the
#: same), the median frequency (Hz), the flexor channels' RMS over the extensors', the electrode placement's session
#: (1-3), the participant's forearm girth (cm), the minutes into the session (the fatigue)
EMG_TABLE = np.array([
    # fcr    fds    fcu    ecr    edc    thumb  wl    zc    ssc   mdf   fl/ex sess girth minutes
    [150.0, 190.0, 120.0, 70.0, 60.0, 60.0, 40.0, 28.0, 34.0, 85.0, 2.4, 2.0, 27.0, 22.0],  # fist
    [170.0, 110.0, 130.0, 35.0, 30.0, 30.0, 30.0, 26.0, 32.0, 80.0, 4.0, 2.0, 27.0, 22.0],  # wrist flexion
    [40.0, 40.0, 40.0, 160.0, 110.0, 60.0, 28.0, 27.0, 33.0, 90.0, 0.35, 2.0, 27.0, 22.0],  # wrist extension
    [50.0, 90.0, 35.0, 45.0, 55.0, 90.0, 20.0, 24.0, 30.0, 92.0, 1.2, 2.0, 27.0, 22.0],  # pinch
    [60.0, 110.0, 50.0, 60.0, 95.0, 50.0, 23.0, 25.0, 31.0, 90.0, 1.1, 2.0, 27.0, 22.0],  # point
    [35.0, 45.0, 35.0, 100.0, 150.0, 90.0, 27.0, 28.0, 34.0, 95.0, 0.35, 2.0, 27.0, 22.0],  # open hand
    [120.0, 160.0, 100.0, 60.0, 60.0, 120.0, 36.0, 27.0, 33.0, 85.0, 1.9, 2.0, 27.0, 22.0],  # thumb up
    [110.0, 50.0, 35.0, 120.0, 45.0, 80.0, 25.0, 25.0, 31.0, 88.0, 0.9, 2.0, 27.0, 22.0],  # radial deviation
])
EMG_LOGS = [0, 1, 2, 3, 4, 5, 6, 10]
EMG_KINDS = [("log", 0.3, 0.3), ("log", 0.3, 0.3), ("log", 0.3, 0.3), ("log", 0.3, 0.3), ("log", 0.3, 0.3),
             ("log", 0.3, 0.3), ("log", 0.4, 0.3), ("norm", 4.0, 0), ("norm", 4.0, 0), ("norm", 12.0, -4.0),
             ("log", 0.4, 0), ("norm", 0.8, 0), ("norm", 2.5, 0), ("norm", 12.0, 0)]


def emggest8():
    """Windows (200 ms) of forearm surface-EMG recordings in 8 hand gestures (``EMG_GESTURES``), labelled by the cue
    shown to the participant, as the window's features and the session's records describe them. Each gesture has its
    picture (``EMG_TABLE``): a fist and a thumb up load the flexors (the thumb up the thumb's channel too); wrist
    flexion the flexor carpi radialis and ulnaris; wrist extension the extensor carpi radialis; an open hand the
    extensor digitorum and the thumb's extensors; a pinch and a point are quiet (a pinch the thumb's and the
    superficial flexor's channels, a point the extensor digitorum); radial deviation the radial flexor and extensor
    together. Unseen: the participant's effort and the skin's impedance (one per-row factor raising every RMS and the
    waveform length and lowering the median frequency); the session's placement, the girth and the minutes are drawn
    alike for every gesture. Columns: the table's 14 (the RMS and the waveform length to a tenth, the crossings and
    the sign changes to the unit, the median frequency to a tenth, the ratio to a hundredth, the session 1-3, the
    girth to a tenth, the minutes to a tenth) (14). Imbalanced: 300 / 280 / 280 / 260 / 260 / 300 / 240 / 220 rows
    (2,140)."""
    rng = np.random.default_rng(76303)
    y = rng.permutation(np.repeat(np.arange(len(EMG_GESTURES)), EMG_ROWS))
    t = _pull(EMG_TABLE, EMG_NEIGHBOURS, 0.3, EMG_LOGS)[y]
    x = _draw(rng, t, EMG_KINDS, rng.normal(0, 1, len(y)))
    x[:, :7] = np.round(x[:, :7], 1)
    x[:, [7, 8]] = np.clip(np.round(x[:, [7, 8]]), 0, None)
    x[:, 9] = np.round(x[:, 9], 1)
    x[:, 10] = np.round(x[:, 10], 2)
    x[:, 11] = np.clip(np.round(x[:, 11]), 1, 3)
    x[:, 12] = np.round(x[:, 12], 1)
    x[:, 13] = np.round(np.clip(x[:, 13], 0, 60), 1)
    return x.astype(np.float32), y.astype(np.int64)


#: per group of ``zoopl7``, the medians of: the equivalent spherical diameter (mm), the major axis (mm), the minor
#: axis over the major, the mean grey level (0 black - 255 white, the object on a light field), the grey level's
#: standard deviation, the perimeter over the convex hull's (the outline's complexity), the transparency (the share of
#: the object's pixels lighter than 200), the skeleton's branches (a rate), the sample's depth (m), its temperature
#: (C), the station's distance offshore (km), a 500 um net (share, else 200 um), a night tow (share)
ZOO_TABLE = np.array([
    # esd   major  ratio grey  greysd perim transp branch depth  temp  off   mesh  night
    [0.85, 1.60, 0.40, 120.0, 38.0, 1.45, 0.20, 6.0, 40.0, 14.0, 30.0, 0.45, 0.5],  # calanoid
    [0.45, 0.80, 0.45, 105.0, 32.0, 1.25, 0.15, 4.0, 40.0, 16.0, 20.0, 0.20, 0.5],  # cyclopoid
    [0.70, 2.20, 0.22, 175.0, 25.0, 1.30, 0.60, 3.0, 30.0, 16.0, 35.0, 0.35, 0.5],  # appendicularian
    [1.10, 6.00, 0.10, 165.0, 22.0, 1.15, 0.65, 2.0, 60.0, 13.0, 40.0, 0.55, 0.5],  # chaetognath
    [1.00, 2.10, 0.42, 115.0, 40.0, 1.50, 0.25, 7.0, 50.0, 12.0, 45.0, 0.55, 0.7],  # euphausiid larva
    [0.55, 0.75, 0.65, 85.0, 24.0, 1.05, 0.08, 1.0, 60.0, 13.0, 25.0, 0.30, 0.5],  # ostracod
    [0.75, 1.40, 0.55, 150.0, 34.0, 1.55, 0.45, 5.0, 45.0, 14.0, 15.0, 0.35, 0.5],  # detritus
])
ZOO_LOGS = [0, 1, 2, 4, 5, 8, 10]
ZOO_KINDS = [("log", 0.35, 0), ("log", 0.35, 0), ("log", 0.3, 0), ("norm", 22.0, 8.0), ("log", 0.3, 0),
             ("log", 0.09, 0), ("norm", 0.14, 0.04), ("count", 0.5, 0), ("log", 0.7, 0), ("norm", 2.5, 0),
             ("log", 0.6, 0), ("share", 0, 0), ("share", 0, 0)]


def zoopl7():
    """Zooplankton particles an imaging instrument captured (a FlowCam, a ZooScan or an underwater imager) in 7 groups
    (``ZOO_GROUPS``), labelled by the group the taxonomist gave, as the instrument's image features and the sample's
    records describe them. Each group has its picture (``ZOO_TABLE``): a calanoid is a mid-sized oval body with long
    antennae (many branches), a cyclopoid smaller, darker and stubbier; an appendicularian a light oval trunk with a
    long tail (a low minor-to-major ratio), a chaetognath the longest and thinnest, transparent; a euphausiid larva a
    large, dark, spiny crustacean, more at night; an ostracod a small, dark, smooth, round shell; detritus and marine
    snow a light, fuzzy, irregular aggregate nearer the coast. Unseen: the instrument's illumination and the sample's
    fixation (one per-row factor moving the grey level and the transparency). Columns: the table's 13 (the shares as
    0/1; the sizes to a hundredth of a millimetre, the ratio to a hundredth, the grey levels to a tenth, the
    perimeter ratio to a hundredth, the transparency to a hundredth within 0-1, the depth to the metre, the
    temperature to a tenth, the distance to a tenth of a kilometre) (13). Imbalanced: 460 / 300 / 280 / 240 / 260 /
    220 / 380 rows (2,140)."""
    rng = np.random.default_rng(76404)
    y = rng.permutation(np.repeat(np.arange(len(ZOO_GROUPS)), ZOO_ROWS))
    t = _pull(ZOO_TABLE, ZOO_NEIGHBOURS, 0.3, ZOO_LOGS)[y]
    x = _draw(rng, t, ZOO_KINDS, rng.normal(0, 1, len(y)))
    x[:, [0, 1, 2, 5]] = np.round(x[:, [0, 1, 2, 5]], 2)
    x[:, 2] = np.clip(x[:, 2], 0.02, 1.0)
    x[:, [3, 4]] = np.round(np.clip(x[:, [3, 4]], 0, 255), 1)
    x[:, 6] = np.round(np.clip(x[:, 6], 0, 1), 2)
    x[:, 8] = np.clip(np.round(x[:, 8]), 1, 500)
    x[:, 9] = np.round(x[:, 9], 1)
    x[:, 10] = np.round(x[:, 10], 1)
    return x.astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND76`` lists them (the ordered sets first)
GENERATORS = {"hoehnyahr5": hoehnyahr5, "rustsev6": rustsev6, "emggest8": emggest8, "zoopl7": zoopl7}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND76_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "hoehnyahr5": (2140, 15, HY_ROWS),
    "rustsev6": (2140, 14, RUST_ROWS),
    "emggest8": (2140, 14, EMG_ROWS),
    "zoopl7": (2140, 13, ZOO_ROWS),
}
ROUND76 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("hoehnyahr5", "rustsev6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"hoehnyahr5": HY_NEIGHBOURS, "rustsev6": RUST_NEIGHBOURS, "emggest8": EMG_NEIGHBOURS,
              "zoopl7": ZOO_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
