"""Round 102's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator exists.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- comic8: a comic book's certified grade
#: the 8 classes of ``comic8`` (a comic book submitted to a grading service, by the band of the 0.5-10 grade the
#: service's graders assigned), the worst first
COMIC_CLASSES = ("poor (0.5: heavily damaged, pieces missing)",
                 "fair (1.0-1.5: very poorly handled, heavy defects)",
                 "good (1.8-3.0: a heavily read copy, major defects)",
                 "very good (3.5-5.0: a well-read copy, noticeable wear, spine roll, creases)",
                 "fine (5.5-7.0: an above-average used copy, minor creases and wear)",
                 "very fine (7.5-8.5: attractive, minor spine stress, slight corner blunting)",
                 "near mint (9.0-9.4: minor defects only, a tiny blunt corner or light spine wear)",
                 "near mint/mint to gem mint (9.6-10.0: negligible or no handling defects)")
COMIC_ROWS = (150, 200, 260, 300, 330, 320, 310, 270)
#: the lower limits of fair .. near mint/mint on the graders' consensus grade (0.5-10) that the band takes
COMIC_LIMITS = (0.75, 1.65, 3.25, 5.25, 7.25, 8.75, 9.5)
#: the band above and below each (graders differ mostly by one step of the scale, and a step crosses a band's edge:
#: a colour-breaking crease counted or not, a spine tick's length, the pages' tone)
COMIC_NEIGHBOURS = ordinal_neighbours(len(COMIC_CLASSES))
#: what the graders grade from: the label's basis, not columns
COMIC_GRADING = ("the graders' look at the book out of its bag under raking light (the cover's gloss and "
                 "creases, the spine's stress and roll, the corners, the staples, the pages' tone and "
                 "suppleness, the centring), each grader blind to the others' grade, the final grade their consensus",
                 "the graders' judgement between grades (the defects' sum against the one worst, the eye appeal)")


# ---------------------------------------------------------------------- boulder8: a gym boulder problem's grade
#: the 8 classes of ``boulder8`` (a boulder problem set at a climbing gym, by the V grade its setter assigned and the
#: setting team confirmed after its first week), the easiest first
BOULDER_CLASSES = ("V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7")
BOULDER_ROWS = (220, 300, 330, 320, 300, 260, 220, 190)
#: the lower limits of V1 .. V7 on the setter's felt difficulty (on the V scale) that the grade rounds
BOULDER_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the grade above and below each (setters and climbers differ mostly by one grade: a move that suits the
#: setter's height or style, a soft or a stiff setting cycle, the forerunners' spread)
BOULDER_NEIGHBOURS = ordinal_neighbours(len(BOULDER_CLASSES))
#: what the grade is set from: the label's basis, not columns
BOULDER_GRADING = ("the setter's and the forerunners' feel of the hardest move and the sequence on the day of "
                   "setting, against the gym's other problems of each grade",
                   "the setting team's review after the first week (a grade moved when the climbers' sends and "
                   "comments disagree strongly, kept otherwise)")


# ---------------------------------------------------------------------- sonar6: a passive sonar contact's class
#: the 6 classes of ``sonar6`` (a contact held on a ship's passive sonar, by the class the sonar operator assigned)
SONAR_CLASSES = ("merchant ship (a large, slow-turning propeller, diesel or turbine lines)",
                 "fishing vessel (a small, fast-turning propeller, a diesel's lines, manoeuvring, trawl noise)",
                 "submarine (quiet, few weak tonals, a slow shaft rate, a steady course)",
                 "biological (whale calls and moans, dolphins' whistles and clicks, snapping shrimp)",
                 "weather or ice noise (rain, breaking waves, ice cracking or grinding)",
                 "own-ship or self noise (own machinery, flow noise, the array's strum, bearings near the baffles)")
SONAR_ROWS = (380, 420, 260, 400, 340, 340)
#: the classes an operator confuses (symmetric): a merchant ship against a fishing vessel (both diesel lines and
#: propeller modulation, a far trawler like a near coaster) and against a submarine (a far, quiet merchant's few
#: lines and slow shaft rate); a fishing vessel against biological (a drifting trawler's intermittent noise among
#: feeding whales and dolphins); a submarine against biological (a whale's moan a narrow tonal at a low bearing
#: rate) and against self noise (own machinery's lines leaking into beams, a contact in the baffles); biological
#: against weather or ice (snapping shrimp's and rain's broadband crackle, ice's groans like calls); weather against
#: self noise (broadband without a bearing, flow noise rising with speed and sea state)
SONAR_NEIGHBOURS = {0: (1, 2), 1: (0, 3), 2: (0, 3, 5), 3: (1, 2, 4), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- piano6: a faulty note's cause
#: the 6 classes of ``piano6`` (a piano a technician is called to for a faulty note or action, by the cause the
#: technician diagnosed)
PIANO_CLASSES = ("sticking key from humidity (swollen key bushings or a key rubbing its neighbour)",
                 "broken or loose hammer shank or flange (a cracked shank, a loose flange screw, a worn centre pin)",
                 "worn or hardened hammer felt (deep string grooves, packed felt, a harsh or thin tone)",
                 "loose tuning pin (the pin slipping in the pin block, the note not holding its pitch)",
                 "cracked soundboard or loose rib (a buzz from the board or a rib parted from it)",
                 "action regulation gone off (let-off, drop, key dip or the hammer's blow out of setting)")
PIANO_ROWS = (440, 300, 380, 320, 260, 440)
#: the causes technicians confuse (symmetric): a sticking key against a loose shank or flange (a sluggish return, a
#: tight or loose centre pin) and against regulation (a key that will not repeat, a dip out of setting); a loose
#: shank against regulation (a hammer that blocks or double-strikes); worn felt against regulation (an uneven touch
#: and tone after the felt wears), against a loose tuning pin (a sour, thin note) and against a buzzing board (a
#: harsh, metallic tone); a loose tuning pin against a buzzing board (a note that sounds wrong after a dry winter)
PIANO_NEIGHBOURS = {0: (1, 5), 1: (0, 5), 2: (3, 4, 5), 3: (2, 4), 4: (2, 3), 5: (0, 1, 2)}


def comic8():
    """Comic books submitted to a grading service, with the band of the grade its graders assigned in 8 bands
    (``COMIC_CLASSES``; the graders' consensus grade against ``COMIC_LIMITS``, ``COMIC_GRADING`` the label's basis
    and not columns), as the book's age, paper and cover stock, the submitter's records and the simple measures taken
    before grading apart from the grade describe them. The book's damage is unseen: its handling (a lognormal, less
    for a book bought new at a shop and for a cardstock cover, more for a raw copy from an old collection), split
    unevenly over the spine, the corners and the edges, and its ageing (the pages' tone, faster on old newsprint);
    pressing before submission takes a quarter of the handling's creases out. The grade falls from 10 as the damage
    grows (0.5 + 9.5 exp(-damage)), the graders' reading of the damage 0.2 (log) off. The scanner counts the spine's
    stress marks and the colour breaks from the spine's share, scores the corners' and the edges' wear (restoration
    fills corners and edges in, so a restored book's scores read better than its grade), reads the cover's gloss and
    the pages' whiteness; the restoration test flags the restored books (older and worn ones more often). Columns:
    the age (years), the publisher (0 Marvel, 1 DC, 2 other), the paper (0 newsprint, 1 coated), the cover (0 self
    cover, 1 cardstock), bought new (0/1), pressed (0/1), the submitter's earlier submissions, the declared value
    (USD), the spine's stress marks, the colour breaks (counts), the corners' and the edges' wear (0-10), the pages'
    whiteness (0-100), the cover's gloss (GU), the staples' rust (0/1), restoration detected (0/1) (16). Imbalanced:
    150 / 200 / 260 / 300 / 330 / 320 / 310 / 270 rows (2,140)."""
    rng = np.random.default_rng(102101)
    n = 200000
    age = np.round(np.where(rng.random(n) < 0.55, rng.uniform(0.2, 30, n), rng.uniform(30, 86, n)), 1)
    pub = (rng.random(n)[:, None] > np.cumsum([0.45, 0.3])).sum(1)
    paper = (rng.random(n) < np.where(age < 25, 0.7, 0.05)).astype(float)
    card = (rng.random(n) < np.where(age < 35, 0.3, 0.05)).astype(float)
    new = (rng.random(n) < np.where(age < 3, 0.6, 0.05)).astype(float)
    pressed = (rng.random(n) < 0.3).astype(float)
    handling = np.exp(-1.6 + 0.012 * age - 0.9 * new - 0.4 * card + 1.0 * rng.normal(0, 1, n))  # unseen
    spine, corner, edge = (handling * np.exp(0.3 * rng.normal(0, 1, (3, n)))) / np.exp(0.045)
    ageing = 0.01 * age * (1 + 0.8 * (paper == 0)) * np.exp(0.2 * rng.normal(0, 1, n))  # unseen
    damage = handling * (1 - 0.25 * pressed) + ageing
    grade = 0.5 + 9.5 * np.exp(-damage * np.exp(0.12 * rng.normal(0, 1, n)))
    label = np.digitize(grade, COMIC_LIMITS)
    restored = (rng.random(n) < 0.1 * _sig(0.05 * (age - 50) + np.log(handling))).astype(float)
    prior = np.round(np.clip(8 * np.exp(1.2 * rng.normal(0, 1, n)), 0, 5000))
    value = np.round(np.clip(20 * np.exp(0.04 * age + 0.25 * (10 - 9.5 * damage / (1 + damage))
                                         + 0.8 * rng.normal(0, 1, n)), 5, 1e6))
    marks = np.clip(rng.poisson(12 * spine * (1 - 0.25 * pressed)), 0, 80).astype(float)
    breaks = np.clip(rng.poisson(3 * spine ** 1.3), 0, 40).astype(float)
    corners = np.round(np.clip(10 * (1 - np.exp(-1.5 * corner)) * (1 - 0.5 * restored) + 0.4 * rng.normal(0, 1, n),
                               0, 10), 1)
    edges = np.round(np.clip(10 * (1 - np.exp(-1.5 * edge)) * (1 - 0.5 * restored) + 0.4 * rng.normal(0, 1, n),
                             0, 10), 1)
    white = np.round(np.clip(95 - 70 * (1 - np.exp(-1.5 * ageing)) - 8 * (paper == 0) + 4 * rng.normal(0, 1, n),
                             5, 100))
    gloss = np.round(np.clip((40 + 25 * paper) * np.exp(-0.6 * handling + 0.15 * rng.normal(0, 1, n)), 1, 90))
    rust = (rng.random(n) < _sig(0.08 * (age - 45) + 0.5 * np.log(handling + 0.01))).astype(float)
    keep = _keep(rng, label, COMIC_ROWS)
    x = np.column_stack([age, pub, paper, card, new, pressed, prior, value, marks, breaks, corners, edges, white,
                         gloss, rust, restored])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def boulder8():
    """Boulder problems set at climbing gyms, with the V grade the setter assigned and the setting team confirmed
    after the first week, in 8 grades (``BOULDER_CLASSES``; the setter's felt difficulty against ``BOULDER_LIMITS``,
    moved half way toward the climbers' suggestions where the two differ by over a grade, ``BOULDER_GRADING`` the
    label's basis and not columns), as the wall's angle, the holds, the moves and the gym's records and simple
    measures apart from the setter's grade describe them. The problem's difficulty is unseen (on the V scale): the
    setter chose the holds for it, so smaller holds, more crimps and slopers and fewer jugs, wider spacing and more
    moves go with it, harder problems sit more often on the steep walls (where the holds are bigger for the same
    grade), and the setter's feel is off by the setter's own bias (the gym's setting cycle, soft or stiff) and 0.3 of
    a grade. The climbers' logged attempts fall with it and their sends and flashes fall (logistic over the gym's
    climbers); the app's suggested grade is the climbers' mean, softer by 0.2, its error shrinking with the number of
    suggestions. Columns: the wall's angle (degrees past vertical, negative a slab), the holds' mean depth (mm), the
    shares of crimps, slopers, pinches and jugs, the mean spacing (cm), the moves, volumes used (0/1), a dyno (0/1),
    the days on the wall, the logged attempts, the share of attempts sent, the flash rate (of climbers who tried),
    the app's suggestions (count), the app's mean suggested grade (16). Imbalanced: 220 / 300 / 330 / 320 / 300 /
    260 / 220 / 190 rows (2,140)."""
    rng = np.random.default_rng(102202)
    n = 200000
    d = rng.uniform(-0.6, 7.6, n)  # the difficulty, unseen
    angle = np.where(rng.random(n) < 0.15 + 0.07 * d, rng.uniform(25, 45, n),
                     np.where(rng.random(n) < 0.3, rng.uniform(-10, 0, n), rng.uniform(0, 25, n)))
    steep = angle / 45
    depth = np.round(np.clip(45 * np.exp(-0.2 * d + 0.5 * steep + 0.25 * rng.normal(0, 1, n)), 4, 150))
    mix = np.exp(np.column_stack([0.25 * d, 0.12 * d + 0.5 * (angle < 5), 0.1 * d + 0.3 * steep, 2.0 - 0.45 * d])
                 + 0.5 * rng.normal(0, 1, (n, 4)))
    mix = np.round(mix / mix.sum(1, keepdims=True), 2)
    spacing = np.round(np.clip(55 * np.exp(0.05 * d + 0.2 * rng.normal(0, 1, n)), 25, 150))
    moves = np.clip(rng.poisson(5 + 0.4 * d), 2, 20).astype(float)
    volumes = (rng.random(n) < 0.35).astype(float)
    dyno = (rng.random(n) < 0.08 + 0.03 * d).astype(float)
    days = np.round(rng.uniform(7, 42, n))
    bias = 0.12 * rng.normal(0, 1, n)  # the setting cycle's softness, unseen
    attempts = rng.poisson(days * 6 * np.exp(-0.25 * d + 0.4 * rng.normal(0, 1, n))).astype(float)
    send = _sig(2.0 - 0.6 * d + 0.2 * rng.normal(0, 1, n))
    sent = np.round(rng.binomial(np.maximum(attempts, 1).astype(int), send) / np.maximum(attempts, 1), 3)
    flash = np.round(np.clip(send ** 1.6 * np.exp(0.2 * rng.normal(0, 1, n)), 0, 1), 3)
    votes = np.maximum(rng.poisson(attempts * 0.08), 1).astype(float)
    suggested = np.round(d - 0.2 + (0.6 / np.sqrt(votes) + 0.15) * rng.normal(0, 1, n), 1)
    felt = d + bias + 0.2 * rng.normal(0, 1, n)
    felt = np.where(np.abs(suggested + 0.2 - felt) > 1, felt + 0.5 * (suggested + 0.2 - felt), felt)
    label = np.digitize(felt, BOULDER_LIMITS)
    keep = _keep(rng, label, BOULDER_ROWS)
    x = np.column_stack([np.round(angle), depth, mix, spacing, moves, volumes, dyno, days, attempts, sent, flash,
                         votes, suggested])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per class of ``sonar6``, the chances of the array that held the contact (0 hull-mounted, 1 towed, 2 flank)
SONAR_ARRAY = np.array([[0.40, 0.40, 0.20], [0.45, 0.35, 0.20], [0.20, 0.60, 0.20], [0.40, 0.40, 0.20],
                        [0.45, 0.35, 0.20], [0.60, 0.15, 0.25]])
#: per class of ``sonar6``, the medians of the array's and the signal processor's measures and the environment's
#: records: the bearing rate (degrees per minute), the broadband signal-to-noise (dB), the tonals held (count), the
#: strongest tonal's frequency (Hz), its level above the band (dB), its wander (Hz in 10 minutes), a DEMON line
#: (share), the DEMON fundamental (Hz), the transients (per minute), the time held (minutes), the bearing's width
#: (degrees), the bearing off own stern (degrees), own speed (knots), the sea state (Beaufort), the water's depth
#: (m), ice within 10 nautical miles (share)
SONAR_TABLE = np.array([
    # brate  snr  tonals freq  level wander demon shaft trans held  width stern speed sea  depth  ice
    [0.5, 12.0, 6.0, 60.0, 10.0, 0.3, 0.85, 1.8, 0.3, 60.0, 3.0, 95.0, 10.0, 3.0, 800.0, 0.02],  # merchant
    [1.5, 8.0, 4.0, 120.0, 8.0, 2.0, 0.80, 5.0, 2.5, 45.0, 3.0, 95.0, 10.0, 3.0, 120.0, 0.03],  # fishing
    [0.3, 3.0, 1.5, 50.0, 4.0, 0.2, 0.45, 2.2, 0.2, 25.0, 2.0, 90.0, 8.0, 3.0, 1500.0, 0.08],  # submarine
    [0.8, 6.0, 1.0, 300.0, 7.0, 8.0, 0.05, 4.0, 8.0, 15.0, 6.0, 95.0, 10.0, 2.5, 200.0, 0.05],  # biological
    [0.2, 7.0, 0.2, 200.0, 1.0, 5.0, 0.03, 4.0, 5.0, 30.0, 25.0, 90.0, 10.0, 5.0, 600.0, 0.25],  # weather or ice
    [0.05, 5.0, 3.0, 100.0, 9.0, 0.5, 0.30, 3.0, 1.0, 90.0, 12.0, 30.0, 16.0, 4.0, 700.0, 0.05],  # self noise
])
SONAR_LOGS = [0, 3, 5, 7, 9, 10, 12, 14]
SONAR_KINDS = [("log", 0.6, 0), ("norm", 3.5, -2.0), ("count", 0.5, -0.3), ("log", 0.6, 0), ("norm", 3.0, -1.5),
               ("log", 0.8, 0), ("share", 0, 0), ("log", 0.4, 0), ("count", 0.6, 0), ("log", 0.7, 0),
               ("log", 0.5, 0), ("norm", 45.0, 0), ("log", 0.35, 0), ("norm", 1.2, 0), ("log", 0.9, 0),
               ("share", 0, 0)]


def sonar6():
    """Contacts held on a ship's passive sonar, in 6 classes an operator confuses (``SONAR_CLASSES``), labelled by the
    operator's classification, as the array's and the signal processor's measures and the environment's records
    apart from it describe them. Each class has its picture (``SONAR_ARRAY``, ``SONAR_TABLE``): a merchant ship
    strong broadband, many steady low tonals, a DEMON line at a slow shaft rate, deep water; a fishing vessel a
    faster bearing rate, a fast shaft rate, wandering lines (manoeuvring), winch and trawl transients, the shelf; a
    submarine faint, few weak steady tonals, a slow shaft rate, a narrow bearing, deep water, the towed array; a
    biological contact sweeping calls (a wide wander), clicks and shrimp's crackle (transients), short-lived, no
    DEMON line; weather or ice broadband with no tonal, a wide bearing, a high sea state, ice about; self noise held
    long near own stern, a bearing that does not move, strong own-machinery lines, at high own speed, the
    hull-mounted array. Unseen: the range (one per-row factor lowering the broadband's and the tonal's level and the
    tonals held). Columns: the array (0 hull-mounted, 1 towed, 2 flank), then the table's 16 (the bearing rate to a
    hundredth within 0-20, the signal-to-noise to a tenth within -5..40 dB, the counts as drawn (at most 30), the
    frequency to the unit within 5-5,000 Hz, the level to a tenth within 0-30 dB, the wander to a tenth within
    0-100 Hz, the shaft rate to a tenth within 0.5-30 Hz, the time held to the unit within 1-600 minutes, the width
    to a tenth within 0.5-90 degrees, the bearing off the stern to the unit within 0-180, the speed to a tenth
    within 2-30 knots, the sea state to the unit within 0-9, the depth to the unit within 20-6,000 m, the shares
    0/1) (17). Imbalanced: 380 / 420 / 260 / 400 / 340 / 340 rows (2,140)."""
    rng = np.random.default_rng(102303)
    y = rng.permutation(np.repeat(np.arange(len(SONAR_CLASSES)), SONAR_ROWS))
    array = (rng.random(len(y))[:, None] > np.cumsum(SONAR_ARRAY[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(SONAR_TABLE, SONAR_NEIGHBOURS, 0.3, SONAR_LOGS)[y]
    x = _draw(rng, t, SONAR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0, 20, 2), (1, -5, 40, 1), (2, 0, 30, 0), (3, 5, 5000, 0), (4, 0, 30, 1),
                                 (5, 0, 100, 1), (7, 0.5, 30, 1), (8, 0, 30, 0), (9, 1, 600, 0), (10, 0.5, 90, 1),
                                 (11, 0, 180, 0), (12, 2, 30, 1), (13, 0, 9, 0), (14, 20, 6000, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([array, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``piano6``, the chances of the piano (0 upright, 1 grand, 2 spinet or console)
PIANO_KIND = np.array([[0.55, 0.25, 0.20], [0.60, 0.20, 0.20], [0.45, 0.45, 0.10], [0.60, 0.25, 0.15],
                       [0.50, 0.35, 0.15], [0.40, 0.50, 0.10]])
#: per cause of ``piano6``, the medians of the piano's records, the room's humidity log, the owner's coded
#: complaint and the technician's simple measures: the piano's age (years), the months since its last tuning, the
#: room's mean relative humidity (%), its yearly swing (% RH), a humidity control system fitted (share), the
#: complaint's codes (shares): a key that stays down or returns slowly, a click, knock or doubled note, a note out of
#: tune, a buzz or rattle, a harsh or thin tone; the note's pitch drift from the last tuning (cents), the key's dip
#: (mm), its down weight (g), the note's sustain (s), the buzz test's buzzing notes (of 20 struck), the hammer's
#: string grooves (mm deep)
PIANO_TABLE = np.array([
    # age  months  rh    swing  ctrl  stays click tune  buzz  harsh drift dip   weight sust  buzzn groove
    [25.0, 12.0, 65.0, 25.0, 0.10, 0.75, 0.10, 0.05, 0.05, 0.03, 5.0, 10.0, 60.0, 14.0, 0.2, 1.0],  # sticking
    [50.0, 14.0, 45.0, 30.0, 0.15, 0.35, 0.55, 0.05, 0.20, 0.10, 5.0, 10.2, 50.0, 12.0, 0.5, 1.5],  # shank
    [40.0, 12.0, 48.0, 25.0, 0.15, 0.05, 0.10, 0.25, 0.10, 0.70, 6.0, 10.0, 52.0, 10.0, 0.3, 3.0],  # felt
    [70.0, 20.0, 42.0, 35.0, 0.08, 0.03, 0.05, 0.80, 0.15, 0.30, 25.0, 10.0, 52.0, 9.0, 0.5, 1.2],  # tuning pin
    [60.0, 16.0, 38.0, 40.0, 0.05, 0.03, 0.20, 0.30, 0.75, 0.25, 12.0, 10.0, 52.0, 6.0, 4.0, 1.2],  # soundboard
    [30.0, 14.0, 50.0, 25.0, 0.20, 0.40, 0.40, 0.05, 0.10, 0.20, 5.0, 11.2, 48.0, 12.0, 0.3, 1.8],  # regulation
])
PIANO_LOGS = [0, 1, 10, 13, 15]
PIANO_KINDS = [("log", 0.5, 0), ("log", 0.6, 0), ("norm", 7.0, 4.0), ("norm", 7.0, 0), ("share", 0, 0),
               ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0),
               ("log", 0.7, 0.2), ("norm", 0.4, 0), ("norm", 4.0, 0), ("log", 0.3, 0), ("count", 0.6, 0),
               ("log", 0.4, 0)]


def piano6():
    """Pianos a technician is called to for a faulty note or action, in 6 causes technicians confuse
    (``PIANO_CLASSES``), labelled by the technician's diagnosis, as the piano's records, the room's humidity log, the
    owner's coded complaint and the technician's simple measures apart from the diagnosis describe them. Each cause
    has its picture (``PIANO_KIND``, ``PIANO_TABLE``): a sticking key a damp room, a key that stays down, a heavy
    down weight; a loose shank or flange an old piano in a dry room, a click or a doubled note; worn felt deep
    grooves, a harsh tone, a short sustain, more often a grand played hard; a loose tuning pin a very old piano in a
    dry, swinging room, long since tuned, the note out of tune, a large pitch drift; a cracked board or loose rib a
    dry room with a large swing, the buzz test's buzzing notes, a short sustain; regulation gone off a deep key dip,
    a light down weight, a key that will not repeat or a doubled note, more often a grand. Unseen: the room (one
    per-row factor raising the mean humidity and the pitch drift). Columns: the piano (0 upright, 1 grand, 2 spinet
    or console), then the table's 16 (the age to the unit within 1-130 years, the months to the unit within 1-240,
    the humidity to the unit within 15-95 %, the swing to the unit within 2-70 %, the shares 0/1, the drift to a
    tenth within 0-100 cents, the dip to a tenth within 8-13 mm, the weight to the unit within 30-80 g, the sustain
    to a tenth within 1-40 s, the count as drawn (at most 20), the grooves to a tenth within 0.1-8 mm) (17).
    Imbalanced: 440 / 300 / 380 / 320 / 260 / 440 rows (2,140)."""
    rng = np.random.default_rng(102404)
    y = rng.permutation(np.repeat(np.arange(len(PIANO_CLASSES)), PIANO_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(PIANO_KIND[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(PIANO_TABLE, PIANO_NEIGHBOURS, 0.3, PIANO_LOGS)[y]
    x = _draw(rng, t, PIANO_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 130, 0), (1, 1, 240, 0), (2, 15, 95, 0), (3, 2, 70, 0), (10, 0, 100, 1),
                                 (11, 8, 13, 1), (12, 30, 80, 0), (13, 1, 40, 1), (14, 0, 20, 0), (15, 0.1, 8, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([kind, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND102`` lists them (the ordered sets first)
GENERATORS = {"comic8": comic8, "boulder8": boulder8, "sonar6": sonar6, "piano6": piano6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND102_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "comic8": (2140, 16, COMIC_ROWS),
    "boulder8": (2140, 16, BOULDER_ROWS),
    "sonar6": (2140, 17, SONAR_ROWS),
    "piano6": (2140, 17, PIANO_ROWS),
}
ROUND102 = tuple(GENERATORS)


#: each set's documented neighbouring classes
NEIGHBOURS = {"comic8": COMIC_NEIGHBOURS, "boulder8": BOULDER_NEIGHBOURS, "sonar6": SONAR_NEIGHBOURS,
              "piano6": PIANO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("comic8", "boulder8")


if __name__ == "__main__":
    main(GENERATORS)
