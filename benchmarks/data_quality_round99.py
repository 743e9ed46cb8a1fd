"""Round 99's held-out data sets for the noisy-label benchmark (draft: the classes, rows, limits and neighbour maps,
committed before any generator is written)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- mercalli8: a place's felt intensity
#: the 8 classes of ``mercalli8`` (a place where an earthquake was felt, by the Modified Mercalli intensity the
#: seismological agency's analyst assigned to it; I (not felt) and X and above left out), the weakest first
MERCALLI_CLASSES = ("II: felt only by a few people at rest, on upper floors",
                    "III: felt quite noticeably indoors, like a passing truck; hanging objects swing",
                    "IV: felt indoors by many, outdoors by few; dishes, windows and doors rattle, walls creak",
                    "V: felt by nearly everyone, many awakened; some dishes and windows broken, unstable objects "
                    "overturned",
                    "VI: felt by all, many frightened; heavy furniture moved, some fallen plaster, slight damage",
                    "VII: difficult to stand; negligible damage to good buildings, considerable to poorly built ones",
                    "VIII: slight damage to well-built structures, great to poorly built; chimneys, walls and "
                    "monuments fall",
                    "IX: considerable damage to well-designed structures, buildings shifted off their foundations")
MERCALLI_ROWS = (290, 370, 350, 320, 260, 220, 180, 150)
#: the lower limits of III .. IX on the analyst's reading of the place's intensity (a continuous 1.5-9.5 reading of
#: the felt effects and the damage, from the felt reports, the field notes and the recorded motion, that the level
#: rounds; the author's framing); places read under 1.5 (not felt) are not in the set
MERCALLI_LIMITS = (2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
#: the level above and below each level (analysts and agencies differ mostly by one level: few reports that read a
#: level up or down, a place whose felt effects and damage point to different levels, a frightened public)
MERCALLI_NEIGHBOURS = ordinal_neighbours(len(MERCALLI_CLASSES))
#: what the analyst assigns from: the label's basis, not columns
MERCALLI_ASSIGNING = ("the analyst's reading of the place's felt reports in full (the questionnaires' answers and "
                      "comments), the field survey's notes and photographs of the damage, against the Modified "
                      "Mercalli scale's descriptions",
                      "the analyst's judgement of a place between levels (felt effects of one level and damage of "
                      "another, a few vivid reports, damage in old or poorly built buildings only)")


# ---------------------------------------------------------------------- marbling5: a beef carcass's marbling
#: the 5 classes of ``marbling5`` (a fed steer or heifer carcass ribbed between the 12th and 13th ribs, by the degree
#: of marbling the grader scored in the ribeye; carcasses read under Slight 00 (Standard) left out), the least first
MARBLING_CLASSES = ("Slight (Slight 00-99: Select)",
                    "Small (Small 00-99: low Choice)",
                    "Modest (Modest 00-99: average Choice)",
                    "Moderate (Moderate 00-99: high Choice)",
                    "Slightly Abundant and above (Slightly Abundant 00 .. Abundant: Prime)")
MARBLING_ROWS = (380, 620, 520, 360, 260)
#: the lower limits of Small .. Slightly Abundant on the grader's reading of the ribeye's marbling (the marbling score:
#: 100 units a degree, Practically Devoid 100, Traces 200, Slight 300, Small 400, Modest 500, Moderate 600, Slightly
#: Abundant 700, Moderately Abundant 800, Abundant 900), that the degree truncates; readings under 300 not in the set
MARBLING_LIMITS = (400.0, 500.0, 600.0, 700.0)
#: the degree above and below each degree (graders and cameras differ mostly by one degree: a score near a degree's
#: limit, fine or coarse flecks read as more or less, a dark or a freshly ribbed face)
MARBLING_NEIGHBOURS = ordinal_neighbours(len(MARBLING_CLASSES))
#: what the grader scores from: the label's basis, not columns
MARBLING_GRADING = ("the grader's look at the ribeye's cut face between the 12th and 13th ribs after the bloom, "
                    "against the USDA's marbling photographs, for the amount and the distribution of the flecks",
                    "the grader's judgement of a face between degrees (fine flecks against coarse, marbling uneven "
                    "across the ribeye, a dark or a wet face)")


# ---------------------------------------------------------------------- bga6: a failed BGA joint's cause
#: the 6 classes of ``bga6`` (a ball-grid-array package whose joints failed board inspection or test, by the defect
#: cause the process engineer found in the cross-section)
BGA_CLASSES = ("voiding (gas voids in the joint over the limit, at the pad or the package interface)",
               "head-in-pillow (the ball resting in the paste's solder, not coalesced with it)",
               "bridging (solder joining neighbouring balls)",
               "non-wet open (the pad not wetted: the paste's solder drawn onto the ball, the pad bare)",
               "cold or incomplete reflow (grainy, not fully melted or coalesced joints)",
               "pad cratering or a cracked joint (a crack in the laminate under the pad, or through the joint, "
               "after mechanical strain)")
BGA_ROWS = (400, 380, 300, 340, 360, 360)
#: the causes an engineer confuses (symmetric): voiding against a cold joint (both from too short a soak or too low
#: a peak, the flux's volatiles trapped) and against cracking (voids at the interface weaken the joint that then
#: cracks); head-in-pillow against bridging (a warped package lifts at the corners and squeezes its middle), against
#: a non-wet open (both opens from warpage and oxidised or exhausted flux), against a cold joint (both not coalesced)
#: and against cracking (intermittent corner opens after strain); bridging against a non-wet open (too much or too
#: little paste, smeared or offset prints); a non-wet open against a cold joint (both poor wetting); a cold joint
#: against cracking (a brittle joint cracks under strain)
BGA_NEIGHBOURS = {0: (4, 5), 1: (2, 3, 4, 5), 2: (1, 3), 3: (1, 2, 4), 4: (0, 1, 3, 5), 5: (0, 1, 4)}


# ---------------------------------------------------------------------- espresso6: a rejected shot's cause
#: the 6 classes of ``espresso6`` (an espresso shot the café's head barista rejected, by the cause the head barista
#: named)
ESPRESSO_CLASSES = ("channeling (water through cracks or a weak spot in the puck: spurting, blond streams, sour and "
                    "bitter at once)",
                    "grind too coarse (a fast, thin, sour, under-extracted shot)",
                    "grind too fine (a choked, slow, dark, bitter, over-extracted shot)",
                    "stale beans (past the roast's window: little crema, flat, woody, fast)",
                    "dose too high (an over-filled basket, the puck against the shower screen, slow)",
                    "brew temperature too low (a cold group after idling or a failing element: sour at a normal "
                    "time)")
ESPRESSO_ROWS = (420, 380, 360, 300, 320, 360)
#: the causes baristas confuse (symmetric): channeling against a coarse grind (both fast, sour, thin), against a fine
#: grind (fines and a high resistance crack the puck) and against an over-dose (a puck against the screen breaks);
#: a coarse grind against stale beans (both fast, sour, thin crema) and against a cold group (both sour and
#: under-extracted); a fine grind against an over-dose (both slow, choked, bitter); stale beans against a cold group
#: (both flat and sour at a near-normal time)
ESPRESSO_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 3, 5), 2: (0, 4), 3: (1, 5), 4: (0, 2), 5: (1, 3)}


def mercalli8():
    """Places where an earthquake was felt, with the Modified Mercalli intensity the agency's analyst assigned in 8
    levels (``MERCALLI_CLASSES``; the analyst's reading against ``MERCALLI_LIMITS``, ``MERCALLI_ASSIGNING`` the
    label's basis and not columns), as the public's felt reports, the nearest station's record and the place's records
    apart from the assignment describe them. The place's intensity is unseen: it follows the peak ground velocity at
    the place (Worden et al. 2012's two-segment law), which rises with the magnitude, falls with the hypocentral
    distance and rises on soft ground (a low Vs30), with an unseen event term and an unseen within-event term; older
    buildings raise the effects at the damaging levels; with an unseen rest (what the motion does not tell). The
    nearest station records the motion at its own distance and ground, its within-event term the more like the
    place's the nearer it is. The felt reports' number rises with the population and the intensity; their community
    decimal intensity reads the intensity with an error that shrinks with their number (and a little high at night
    at the low levels); the shares felt by most, frightened and reporting damage follow the intensity. Columns: the
    magnitude, the depth (km), the epicentral distance (km), the place's Vs30 (m/s), the station's distance from the
    place (km), the station's Vs30 (m/s), its peak acceleration (%g) and velocity (cm/s), the felt reports counted,
    their decimal intensity, the shares felt by most, frightened and reporting damage, the population (thousands),
    the median year built, at night (0/1) (16). Imbalanced: 290 / 370 / 350 / 320 / 260 / 220 / 180 / 150 rows."""
    rng = np.random.default_rng(99101)
    n = 200000
    mag = np.round(np.clip(3 + rng.exponential(0.95, n), 3, 7.8), 1)
    depth = np.round(np.clip(10 * np.exp(0.5 * rng.normal(0, 1, n)), 2, 120), 1)
    dist = np.round(np.exp(rng.uniform(np.log(2), np.log(400), n)), 1)
    vs30 = np.round(np.clip(400 * np.exp(0.35 * rng.normal(0, 1, n)), 150, 1500))
    event = rng.normal(0, 0.15, n)  # the event term (log10), unseen
    within = rng.normal(0, 0.25, n)  # the place's within-event term, unseen

    def pgv(r, v, w):  # log10 of the peak ground velocity (cm/s)
        return -1.0 + 0.6 * mag - 1.4 * np.log10(np.sqrt(r ** 2 + depth ** 2)) - 0.6 * np.log10(v / 760) + event + w

    lv = pgv(dist, vs30, within)
    year = np.round(np.clip(1975 + 18 * rng.normal(0, 1, n), 1900, 2020))
    inten = (np.where(lv <= 0.53, 3.78 + 1.47 * lv, 2.89 + 3.16 * lv) + 0.004 * (1975 - year) * _sig(2 * (lv - 0.5))
             + rng.normal(0, 0.25, n))  # the place's intensity, unseen
    gap = np.round(np.clip(12 * np.exp(0.7 * rng.normal(0, 1, n)), 0.5, 80), 1)
    rs = np.sqrt(dist ** 2 + gap ** 2 + 2 * dist * gap * np.cos(rng.uniform(0, np.pi, n)))
    vs_st = np.round(np.clip(450 * np.exp(0.35 * rng.normal(0, 1, n)), 150, 1500))
    rho = np.exp(-gap / 15)
    ls = pgv(rs, vs_st, rho * within + np.sqrt(1 - rho ** 2) * rng.normal(0, 0.25, n))
    pgv_st = np.round(np.clip(10 ** ls, 0.001, 300), 3)
    pga_st = np.round(np.clip(10 ** (ls + 0.2 + 0.12 * (5.5 - mag) + rng.normal(0, 0.12, n)), 0.001, 200), 3)
    pop = np.round(np.clip(8 * np.exp(1.3 * rng.normal(0, 1, n)), 0.2, 3000), 1)
    night = rng.random(n) < 0.35
    reports = np.maximum(1, rng.poisson(pop * 2 * 10 ** (0.3 * (np.clip(inten, 1, 10) - 3)))).astype(float)
    cdi = np.round(np.clip(inten + 0.25 * night * (inten < 4.5) + rng.normal(0, 1, n) * (0.15 + 0.6 / np.sqrt(reports)),
                           1, 10), 1)
    felt = rng.binomial(reports.astype(int), _sig(1.8 * (inten - 3.8))) / reports
    fright = rng.binomial(reports.astype(int), _sig(1.3 * (inten - 5.3))) / reports
    damage = rng.binomial(reports.astype(int), _sig(1.4 * (inten - 6.8) + 0.02 * (1975 - year))) / reports
    rated = inten + rng.normal(0, 0.22, n)  # the analyst's reading
    label = np.where(rated < 1.5, -1, np.digitize(rated, MERCALLI_LIMITS))
    keep = _keep(rng, label, MERCALLI_ROWS)
    x = np.column_stack([mag, depth, dist, vs30, gap, vs_st, pga_st, pgv_st, reports, cdi, np.round(felt, 3),
                         np.round(fright, 3), np.round(damage, 3), pop, year, night])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def marbling5():
    """Fed steer and heifer carcasses ribbed between the 12th and 13th ribs, with the degree of marbling the grader
    scored in the ribeye in 5 bands (``MARBLING_CLASSES``; the grader's reading against ``MARBLING_LIMITS``,
    ``MARBLING_GRADING`` the label's basis and not columns), as the carcass's and the animal's records and the
    instruments apart from the grader's score describe them. The ribeye's intramuscular fat is unseen: more with the
    sire's marbling EPD and an unseen genetic rest, a black-hided (Angus-type) animal, a heifer, more days on feed and a
    richer ration, an older animal, fewer implants; the marbling score follows it (about 110 + 72 a per cent). The
    backfat follows the days on feed and a little the fat; the carcass's weight, the ribeye's area and the kidney,
    pelvic and heart fat follow the animal. The last ultrasound scan's fat per cent, weeks before the harvest, and the
    camera's marbling score read the fat with their errors (the camera's a little lower on a dark face); the lean's
    L* follows the pH (dark cutters), the bloom's minutes and a little the fat. Columns: the hot carcass weight (kg),
    the 12th-rib fat (cm), the ribeye's area (cm2), the kidney, pelvic and heart fat (%), the age (months), heifer
    (0/1), black-hided (0/1), the days on feed, the sire's marbling EPD, the ration's NEg (Mcal/kg), the implants
    given, the ultrasound fat (%), the camera's marbling score, the lean's L*, the pH, the bloom (minutes) (16).
    Imbalanced: 380 / 620 / 520 / 360 / 260 rows (2,140)."""
    rng = np.random.default_rng(99202)
    n = 200000
    heifer = rng.random(n) < 0.35
    black = rng.random(n) < 0.6
    days = np.round(np.clip(170 * np.exp(0.18 * rng.normal(0, 1, n)), 90, 320))
    epd = np.round(0.3 + 0.2 * black + 0.25 * rng.normal(0, 1, n), 2)
    neg = np.round(np.clip(1.38 + 0.06 * rng.normal(0, 1, n), 1.15, 1.6), 2)
    implants = np.clip(rng.poisson(1.5, n), 0, 3).astype(float)
    age = np.round(np.clip(19 + 2.5 * rng.normal(0, 1, n), 12, 30))
    f = (np.log(4.6) + 0.35 * (epd - 0.4) + 0.12 * black + 0.08 * heifer + 0.45 * np.log(days / 170)
         + 2.0 * (neg - 1.38) - 0.05 * implants + 0.015 * (age - 19) + 0.2 * rng.normal(0, 1, n))  # log fat, unseen
    score = 110 + 72 * np.exp(f)  # the marbling, unseen
    fat = np.round(np.clip(1.3 * (days / 170) ** 0.8 * np.where(heifer, 1.1, 1) * np.exp(0.1 * (f - np.log(4.6))
                                                                                          + 0.28 * rng.normal(0, 1, n)),
                           0.2, 4), 2)
    hcw = np.round(np.clip(380 * (days / 170) ** 0.3 * np.where(heifer, 0.92, 1) * (1 + 0.03 * implants)
                           * np.exp(0.08 * rng.normal(0, 1, n)), 220, 600))
    rea = np.round(np.clip(88 * (hcw / 380) ** 0.6 * (1 + 0.02 * implants) * np.exp(-0.05 * (f - np.log(4.6))
                                                                                    + 0.08 * rng.normal(0, 1, n)),
                           50, 150), 1)
    kph = np.round(np.clip(2.2 * np.exp(0.3 * np.log(fat / 1.3) + 0.2 * rng.normal(0, 1, n)), 0.5, 5), 1)
    scan = np.round(np.clip(np.exp(f - 0.12 + 0.15 * rng.normal(0, 1, n)), 0.5, 15), 2)
    ph = np.round(5.55 + 0.08 * np.abs(rng.normal(0, 1, n)) + 0.5 * (rng.random(n) < 0.03) * rng.random(n), 2)
    bloom = np.round(np.clip(25 * np.exp(0.5 * rng.normal(0, 1, n)), 5, 180))
    lstar = np.round(39 - 12 * (ph - 5.6) + 1.5 * np.log(bloom / 25) + 0.4 * (np.exp(f) - 4.6)
                     + 1.5 * rng.normal(0, 1, n), 1)
    camera = np.round(score + 3 * (lstar - 39) + rng.normal(0, 15, n))
    rated = score + rng.normal(0, 18, n)  # the grader's reading
    label = np.where(rated < 300, -1, np.digitize(rated, MARBLING_LIMITS))
    keep = _keep(rng, label, MARBLING_ROWS)
    x = np.column_stack([hcw, fat, rea, kph, age, heifer, black, days, epd, neg, implants, scan, camera, lstar, ph,
                         bloom])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``bga6``, the chances of the board's surface finish (0 OSP, 1 ENIG, 2 immersion silver, 3 lead-free
#: HASL)
BGA_FINISH = np.array([[0.35, 0.25, 0.30, 0.10], [0.45, 0.30, 0.15, 0.10], [0.35, 0.30, 0.15, 0.20],
                       [0.45, 0.35, 0.10, 0.10], [0.35, 0.30, 0.15, 0.20], [0.25, 0.50, 0.15, 0.10]])
#: per cause of ``bga6``, the medians of the reflow profile (the thermocouple under the package), the paste and
#: placement records and the automated X-ray inspection's measures of the failed package: the peak (C), the time
#: above liquidus (s), the soak at 150-200 C (s), the oven's oxygen (ppm), the paste's volume on the SPI (% of the
#: aperture), the print's offset (um), the placement's offset (um), the paste's hours on the stencil, the package's
#: warpage at the reflow's peak (um, the supplier's shadow moire), the board's thickness (mm), the worst ball's void
#: area (%), the balls' apparent diameter (% of the nominal), the smallest gap between balls (um), the worst ball's
#: out-of-roundness (%), the failed balls at the corners (share), the strain measured at in-circuit test (microstrain)
BGA_TABLE = np.array([
    # peak  TAL   soak   O2      vol    print place hours warp   board void  diam   gap    round corner strain
    [243.0, 60.0, 60.0, 1200.0, 105.0, 20.0, 25.0, 3.0, 60.0, 1.6, 30.0, 104.0, 300.0, 5.0, 0.25, 350.0],  # voids
    [238.0, 50.0, 120.0, 3000.0, 95.0, 20.0, 30.0, 6.0, 120.0, 1.6, 10.0, 96.0, 300.0, 8.0, 0.60, 350.0],  # HiP
    [245.0, 70.0, 90.0, 1200.0, 135.0, 60.0, 70.0, 2.0, 90.0, 1.6, 8.0, 112.0, 60.0, 20.0, 0.30, 350.0],  # bridge
    [240.0, 55.0, 100.0, 3000.0, 75.0, 45.0, 45.0, 4.0, 110.0, 1.6, 6.0, 92.0, 320.0, 6.0, 0.55, 350.0],  # NWO
    [228.0, 30.0, 90.0, 2000.0, 100.0, 25.0, 30.0, 3.0, 70.0, 2.4, 15.0, 97.0, 300.0, 10.0, 0.30, 400.0],  # cold
    [248.0, 75.0, 90.0, 1200.0, 100.0, 20.0, 25.0, 3.0, 70.0, 1.2, 10.0, 104.0, 290.0, 5.0, 0.70, 900.0],  # crack
])
BGA_LOGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]
BGA_KINDS = [("norm", 4, 0), ("log", 0.25, 0), ("log", 0.3, 0), ("log", 0.8, 0.15), ("log", 0.15, 0),
             ("log", 0.6, 0.15), ("log", 0.5, 0.15), ("log", 0.6, 0.1), ("log", 0.35, 0), ("log", 0.2, 0),
             ("log", 0.6, 0.1), ("log", 0.05, 0), ("log", 0.5, 0), ("log", 0.6, 0), ("share", 0, 0),
             ("log", 0.5, 0.1)]


def bga6():
    """Ball-grid-array packages whose joints failed board inspection or test, in 6 defect causes a process engineer
    confuses (``BGA_CLASSES``), labelled by the engineer's cross-section diagnosis, as the reflow profile, the paste
    and placement records and the automated X-ray inspection's measures apart from the diagnosis describe them. Each
    cause has its picture (``BGA_FINISH``, ``BGA_TABLE``): voiding a short soak and large voids, immersion silver;
    head-in-pillow a long soak, oxygen in the oven, paste long on the stencil, a warped package, small balls failing
    at the corners; bridging much paste, offset prints and placements, wide balls, small gaps, out-of-round balls; a
    non-wet open little paste, offset prints, oxygen, a warped package, the smallest balls, OSP or ENIG; a cold joint a
    low peak and a short time above liquidus on a thick board; cracking a high peak, a thin board, high strain at
    test, corner balls, ENIG. Unseen: the line's process discipline (one per-row factor raising the oxygen, the print's
    and the placement's offsets, the paste's hours, the voids and the strain). Columns: the finish (0 OSP, 1 ENIG, 2
    immersion silver, 3 lead-free HASL), then the table's 16 (the peak to a tenth within 215-265 C, the time above
    liquidus and the soak to the unit within 5-200 and 20-300 s, the oxygen to the unit within 20-21000 ppm, the
    volume to the unit within 20-250 %, the offsets to the unit within 0-300 um, the hours to a tenth within 0.1-24,
    the warpage to the unit within 5-400 um, the board to a tenth within 0.6-4 mm, the voids to a tenth within 0-80 %,
    the diameter to a tenth within 60-140 %, the gap to the unit within 0-600 um, the roundness to a tenth within
    0-60 %, the corner as 0/1, the strain to the unit within 20-5000) (17). Imbalanced: 400 / 380 / 300 / 340 / 360 /
    360 rows (2,140)."""
    rng = np.random.default_rng(99303)
    y = rng.permutation(np.repeat(np.arange(len(BGA_CLASSES)), BGA_ROWS))
    finish = (rng.random(len(y))[:, None] > np.cumsum(BGA_FINISH[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(BGA_TABLE, BGA_NEIGHBOURS, 0.3, BGA_LOGS)[y]
    x = _draw(rng, t, BGA_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 215, 265, 1), (1, 5, 200, 0), (2, 20, 300, 0), (3, 20, 21000, 0),
                                 (4, 20, 250, 0), (5, 0, 300, 0), (6, 0, 300, 0), (7, 0.1, 24, 1), (8, 5, 400, 0),
                                 (9, 0.6, 4, 1), (10, 0, 80, 1), (11, 60, 140, 1), (12, 0, 600, 0), (13, 0, 60, 1),
                                 (15, 20, 5000, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([finish, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``espresso6``, the chances of the coffee (0 the house blend, a medium-dark roast, 1 a light-roasted
#: single origin, 2 the decaf)
ESPRESSO_COFFEE = np.array([[0.55, 0.35, 0.10], [0.55, 0.30, 0.15], [0.55, 0.30, 0.15], [0.45, 0.20, 0.35],
                            [0.60, 0.30, 0.10], [0.45, 0.45, 0.10]])
#: per cause of ``espresso6``, the medians of the machine's and the grinder's logs and the simple measures of the
#: rejected shot: the dose (g, the grinder's scale), the yield (g), the shot's time (s), the time to the first drip
#: (s), the peak pressure (bar), the pressure's fall over the shot's second half (bar), the flow's variation (the
#: flow meter's coefficient of variation, %), the water's temperature at the group (C), the group's idle minutes before
#: the shot, the grind's setting against the morning's dial-in (steps, coarser positive), the grinder's time for the
#: dose (s), the days since the roast, the beans' hours in the hopper, the TDS (%), the crema after a minute (mm), the
#: shots pulled in the last half hour
ESPRESSO_TABLE = np.array([
    # dose yield time  drip  peak  fall  flow  temp  idle  grind gtime days  hopper TDS   crema shots
    [18.0, 38.0, 22.0, 5.0, 8.6, 1.8, 35.0, 93.0, 3.0, -0.5, 6.0, 10.0, 3.0, 8.0, 3.5, 28.0],  # channeling
    [18.0, 40.0, 17.0, 4.0, 7.5, 0.5, 14.0, 93.0, 3.0, 3.0, 5.0, 12.0, 3.0, 7.5, 3.0, 15.0],  # grind too coarse
    [18.0, 30.0, 42.0, 12.0, 9.4, 0.4, 18.0, 93.0, 3.0, -3.0, 7.5, 12.0, 3.0, 11.5, 5.0, 15.0],  # grind too fine
    [18.0, 38.0, 20.0, 5.0, 8.0, 0.6, 14.0, 93.0, 3.0, 0.0, 6.0, 35.0, 10.0, 7.8, 1.5, 10.0],  # stale beans
    [20.5, 33.0, 38.0, 11.0, 9.3, 0.6, 20.0, 93.0, 3.0, 0.0, 7.0, 12.0, 3.0, 11.0, 4.5, 20.0],  # dose too high
    [18.0, 37.0, 27.0, 7.0, 8.9, 0.4, 12.0, 88.0, 25.0, 0.0, 6.0, 12.0, 3.0, 8.2, 3.5, 5.0],  # temperature low
])
ESPRESSO_LOGS = [1, 2, 3, 5, 6, 8, 10, 11, 12, 13, 14, 15]
ESPRESSO_KINDS = [("norm", 0.8, 0), ("log", 0.15, 0), ("log", 0.3, 0), ("log", 0.55, 0), ("norm", 0.6, 0),
                  ("log", 0.9, 0.1), ("log", 0.6, 0.1), ("norm", 2.5, 0), ("log", 1.2, -0.2), ("norm", 2.2, 0),
                  ("log", 0.18, 0), ("log", 0.7, 0), ("log", 0.9, 0.15), ("log", 0.16, 0), ("log", 0.55, 0),
                  ("count", 0.7, 0.2)]


def espresso6():
    """Espresso shots a café's head barista rejected, in 6 causes baristas confuse (``ESPRESSO_CLASSES``), labelled by
    the head barista's diagnosis, as the machine's and the grinder's logs and simple measures apart from the diagnosis
    describe them. Each cause has its picture (``ESPRESSO_COFFEE``, ``ESPRESSO_TABLE``): channeling a fast shot, the
    pressure falling and the flow jumping, a busy bar; a coarse grind the grinder set coarser, a fast shot, an early
    drip, a low pressure and TDS; a fine grind the grinder set finer, a slow shot, a late drip, a high TDS; stale beans
    old beans long in the hopper, a fast shot, little crema, the decaf; an over-dose a heavy dose, a slow shot, a high
    TDS; a cold group a long idle, a low temperature at a normal time, a quiet bar, the light roast. Unseen: the bar's
    rush (one per-row factor raising the pressure's fall, the flow's variation, the beans' hours in the hopper and the
    shots pulled, shortening the idle). Columns: the coffee (0 the house blend, 1 a light single origin, 2 the decaf),
    then the table's 16 (the dose to a tenth within 14-24 g, the yield to a tenth within 10-80 g, the times to the unit
    within 5-90 and 1-40 s, the pressure to a tenth within 3-12 bar, the fall to a tenth within 0-8 bar, the flow's
    variation to the unit within 2-150 %, the temperature to a tenth within 82-99 C, the idle to the unit within 0-240
    minutes, the grind to a step within -10..10, the grinder's time to a tenth within 3-12 s, the days to the unit
    within 1-120, the hopper's hours to a tenth within 0.1-48, the TDS to a hundredth within 4-16 %, the crema to a
    tenth within 0-10 mm, the shots as a count) (17). Imbalanced: 420 / 380 / 360 / 300 / 320 / 360 rows (2,140)."""
    rng = np.random.default_rng(99404)
    y = rng.permutation(np.repeat(np.arange(len(ESPRESSO_CLASSES)), ESPRESSO_ROWS))
    coffee = (rng.random(len(y))[:, None] > np.cumsum(ESPRESSO_COFFEE[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(ESPRESSO_TABLE, ESPRESSO_NEIGHBOURS, 0.3, ESPRESSO_LOGS)[y]
    x = _draw(rng, t, ESPRESSO_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 14, 24, 1), (1, 10, 80, 1), (2, 5, 90, 0), (3, 1, 40, 0), (4, 3, 12, 1),
                                 (5, 0, 8, 1), (6, 2, 150, 0), (7, 82, 99, 1), (8, 0, 240, 0), (9, -10, 10, 0),
                                 (10, 3, 12, 1), (11, 1, 120, 0), (12, 0.1, 48, 1), (13, 4, 16, 2), (14, 0, 10, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([coffee, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND99`` lists them (the ordered sets first)
GENERATORS = {"mercalli8": mercalli8, "marbling5": marbling5, "bga6": bga6, "espresso6": espresso6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND99_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "mercalli8": (2140, 16, MERCALLI_ROWS),
    "marbling5": (2140, 16, MARBLING_ROWS),
    "bga6": (2140, 17, BGA_ROWS),
    "espresso6": (2140, 17, ESPRESSO_ROWS),
}
ROUND99 = tuple(GENERATORS)


#: each set's documented neighbouring classes
NEIGHBOURS = {"mercalli8": MERCALLI_NEIGHBOURS, "marbling5": MARBLING_NEIGHBOURS, "bga6": BGA_NEIGHBOURS,
              "espresso6": ESPRESSO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("mercalli8", "marbling5")


if __name__ == "__main__":
    main(GENERATORS)
