"""Round 96's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

DRAFT: the classes, the rows, the limits and the neighbour maps, committed before any generator was written.
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


# ---------------------------------------------------------------------- sheldon7: a coin's grade band
#: the 7 classes of ``sheldon7`` (a coin submitted to a third-party grading service, by the band of the Sheldon 1-70
#: scale its grader gave it), the most worn first
SHELDON_CLASSES = ("Good (G-4 .. G-6): heavily worn, the major devices outlined, the rims worn into the legend",
                   "Very Good (VG-8 .. VG-10): well worn, full rims, the devices clear but flat",
                   "Fine (F-12 .. F-15): moderate, even wear, all the legend readable, some detail",
                   "Very Fine (VF-20 .. VF-35): moderate wear on the high points, good detail",
                   "Extremely Fine (EF-40 .. EF-45): light wear on the high points only, traces of luster",
                   "About Uncirculated (AU-50 .. AU-58): a trace of wear on the highest points, most luster left",
                   "Mint State (MS-60 .. MS-70): no wear, graded by the marks, the luster and the eye appeal")
SHELDON_ROWS = (260, 300, 320, 360, 320, 280, 300)
#: the lower limits of bands VG .. MS on the grader's reading of the coin's condition on the Sheldon scale (a
#: continuous 1-70 reading of the wear, the luster, the marks and the strike that the band rounds to its grades;
#: the author's framing: each limit halfway between the band's lowest grade and the grade below it)
SHELDON_LIMITS = (7.0, 11.0, 17.5, 37.5, 47.5, 59.0)
#: the band above and below each band (a coin between two grades, a weak strike read as wear, a cleaned or dipped
#: surface read as luster or its lack: graders and services differ mostly one grade apart, most at AU against MS)
SHELDON_NEIGHBOURS = ordinal_neighbours(len(SHELDON_CLASSES))
#: what the grader grades from: the label's basis, not columns
SHELDON_GRADING = ("the grader's look at the coin under a lamp and a 5x glass (the wear on the high points, the "
                   "rims, the legend, the luster's break, the contact marks and hairlines, the strike)",
                   "the graders' consensus and the finalizer's judgement of a coin between grades (the eye appeal, "
                   "a weak strike against wear, the market's grading of its series)")


# ---------------------------------------------------------------------- tonewood5: a violin billet's grade
#: the 5 classes of ``tonewood5`` (a split spruce or maple billet for a violin-family top or back, by the grade a
#: tonewood dealer's grader gave it), the best first
TONEWOOD_CLASSES = ("AAAA (master grade): straight, even, tight grain, no runout, even colour; maple's flame deep "
                    "and regular", "AAA: very even grain, a trace of runout, a slight colour change; maple well "
                    "flamed", "AA: even grain a little wider or less regular, some runout, small colour streaks; "
                    "maple's flame lighter or irregular", "A: uneven or wide grain, visible runout, colour streaks "
                    "or a pin knot's shadow; maple plain or patchy", "B (workshop or student grade): irregular grain, "
                    "strong runout, defects worked around; maple plain")
TONEWOOD_ROWS = (300, 460, 520, 480, 380)
#: the lower limits of grades AAA .. B on the grader's reading of the billet (a continuous 0.5-5.5 reading of the
#: grain's evenness and width, the runout, the split's truth to the quarter, the colour and, in maple, the flame,
#: that the grade rounds; the author's framing of a dealer's grading)
TONEWOOD_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (each dealer's As differ, one dealer's AAA is another's AAAA: graders
#: differ mostly one grade apart)
TONEWOOD_NEIGHBOURS = ordinal_neighbours(len(TONEWOOD_CLASSES))
#: what the grader grades from: the label's basis, not columns
TONEWOOD_EYE = ("the grader's look at the billet's faces and end grain (the grain's evenness, its width and its "
                "straightness, the runout, the colour, the flame of maple)", "the dealer's judgement of a billet "
                "between grades (its price, its customers, a flaw a maker can work around)")


# ---------------------------------------------------------------------- saffron6: a saffron sample's verdict
#: the 6 classes of ``saffron6`` (a saffron sample sent to a spice-testing laboratory, by the verdict the lab
#: settled on)
SAFFRON_CLASSES = ("genuine saffron (the stigmas, within ISO 3632's categories)",
                   "floral waste added (the saffron flower's own yellow styles, stamens or petals)",
                   "safflower or marigold (calendula) petals substituted or mixed in",
                   "synthetic dye added (tartrazine, sunset yellow, ponceau and the like)",
                   "plant powder filler (turmeric, paprika or another coloured powder)",
                   "weighting agents (sugar, honey, glycerine, oil or mineral salts for weight)")
SAFFRON_ROWS = (440, 340, 320, 300, 360, 380)
#: the classes the lab's analyst confuses (symmetric): genuine against floral waste (the lower ISO categories keep
#: some style, a low-grade genuine sample's colour is weak) and against weighting (a moist sample, a sugar-coated
#: thread); floral waste against safflower (foreign and own plant matter alike thin the crocin) and against weighting
#: (the styles' bulk and the sugar's); safflower against a synthetic dye (safflower is itself often dyed to look
#: red); a synthetic dye against a powder filler (a dyed powder, turmeric's colour); a powder filler against
#: weighting (a powder bulked with salts or sugar, its ash raised)
SAFFRON_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 3), 3: (2, 4), 4: (3, 5), 5: (0, 1, 4)}


# ---------------------------------------------------------------------- pantograph6: a pantograph incident's cause
#: the 6 classes of ``pantograph6`` (a pantograph / overhead-line incident on an electrified railway, by the root
#: cause the maintenance engineer found)
PANTOGRAPH_CLASSES = ("contact wire wear (a locally worn wire, a hard spot at a splice or a clamp)",
                      "overhead-line geometry out of tolerance (the stagger or the wire's height, a registration "
                      "arm set wrong)", "a broken dropper or a loose or failed fitting in the overhead line",
                      "a pantograph fault (a worn, chipped or broken carbon strip, an uplift force out of range, a "
                      "damaged horn)", "ice or hoar frost on the contact wire",
                      "high wind (the wire blown off the pantograph, galloping, debris blown into the line)")
PANTOGRAPH_ROWS = (380, 360, 340, 420, 300, 340)
#: the causes an engineer confuses (symmetric): wire wear against geometry (a wire worn where its height or stagger
#: is wrong), against a dropper or fitting (a hard spot at a clamp, a dropper's failure wearing the wire) and
#: against a pantograph fault (both arc and groove the strip and the wire); geometry against a broken dropper (the
#: wire sags where a dropper failed) and against high wind (a stagger near its limit blown off the pantograph); a
#: broken dropper against high wind (wind breaks droppers and fittings); a pantograph fault against ice (ice chips
#: the carbon strip, both arc); ice against high wind (winter storms)
PANTOGRAPH_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 5), 2: (0, 1, 5), 3: (0, 4), 4: (3, 5), 5: (1, 2, 4)}

def sheldon7():
    """Coins submitted to a third-party grading service and graded in 7 bands of the Sheldon 1-70 scale
    (``SHELDON_CLASSES``; the grader's reading against ``SHELDON_LIMITS``, ``SHELDON_GRADING`` the label's basis and
    not columns), as the submission form and the intake's measurements apart from the grader's decision describe
    them. A coin's condition is unseen: a coin kept from new (commoner for gold, for modern coins and for rolls and
    hoards) stays uncirculated, its condition set by its handling; a circulated coin wears with its years in
    circulation, faster in soft metals (gold, silver) than in nickel; with an unseen rest. The weight lost from the
    nominal, the design's relief at its highest point (lower also for a weak strike, unseen) and the intake photo's
    luster score and contact marks follow the condition; the submitter's own estimate follows it with an upward
    lean; the declared value follows the metal, the rarity and the condition, the service tier the value. Columns:
    the coin's age (years), the metal (0 copper or bronze, 1 nickel or cupronickel, 2 silver, 3 gold), the diameter
    (mm), the mintage (millions), the weight lost from the nominal (%), the intake photo's luster score (0-100), the
    contact marks the intake photo counts, the submitter's own estimate (Sheldon points, 1-70), the declared value
    (USD), the service tier (0 economy, 1 standard, 2 express, 3 walk-through), from an original roll or a hoard
    (0/1), a crossover from another service's holder (0/1), a dealer's submission (0/1), the coins on the submission
    form, the relief at the highest point against a fresh strike (%), toning noted (0/1) (16). Imbalanced: 260 / 300
    / 320 / 360 / 320 / 280 / 300 rows (2,140)."""
    rng = np.random.default_rng(96101)
    n = 200000
    metal = (rng.random(n)[:, None] > np.cumsum([0.30, 0.20, 0.38, 0.12])[:3]).sum(1)
    age = np.round(np.clip(np.exp(np.log(90) + 0.6 * rng.normal(0, 1, n)), 5, 250))
    diameter = np.round(np.clip(np.choose(metal, [19.0, 21.0, 30.0, 22.0]) + 4 * rng.normal(0, 1, n), 13, 40), 1)
    mintage = np.round(np.clip(np.exp(np.log(5) + 1.5 * rng.normal(0, 1, n)), 0.001, 2000), 3)
    kept = rng.random(n) < _sig(-1.0 + 0.8 * (metal == 3) - 0.6 * np.log(age / 90))
    hoard = np.where(kept, rng.random(n) < 0.35, rng.random(n) < 0.03)
    rate = np.choose(metal, [1.0, 0.7, 1.2, 1.5])
    circ = age * rng.beta(2, 2, n)  # the years in circulation, unseen
    worn = 2 + 56 * np.exp(-rate * circ / 30 * np.exp(0.4 * rng.normal(0, 1, n)))
    mint = np.clip(61 + 6 * rng.normal(0, 1, n), 45, 70)
    s = np.clip(np.where(kept, mint, worn) * np.exp(0.04 * rng.normal(0, 1, n)), 1.5, 70)  # the condition, unseen
    weak = rng.normal(0, 1, n)  # a weak strike, unseen
    deficit = np.round(np.clip(4.0 * (1 - s / 70) ** 1.3 + 0.3 * (metal == 0) + rng.normal(0, 0.35, n), 0, 15), 2)
    luster = np.round(100 * _sig(-4.2 + 0.1 * s - 0.3 * weak + rng.normal(0, 0.35, n)))
    marks = rng.poisson(np.exp(0.2 * rng.normal(0, 1, n)) * (4 + 0.25 * (70 - s))).astype(float)
    estimate = np.clip(np.round(s * np.exp(0.08 + 0.2 * rng.normal(0, 1, n))), 1, 70)
    value = np.round(np.clip(np.choose(metal, [20.0, 15.0, 60.0, 900.0]) * mintage ** -0.3 * np.exp(0.04 * s)
                             * np.exp(0.8 * rng.normal(0, 1, n)), 1, 1e6))
    tier = np.digitize(np.log(value) + 0.8 * rng.normal(0, 1, n), np.log([100.0, 1000.0, 10000.0])).astype(float)
    crossover = rng.random(n) < _sig(-2.5 + 0.04 * (s - 35))
    dealer = rng.random(n) < _sig(-0.3 + 0.02 * (s - 35))
    coins = np.clip(rng.poisson(np.exp(np.log(8) + 1.0 * dealer + 0.8 * rng.normal(0, 1, n))), 1, 500).astype(float)
    relief = np.round(np.clip(100 - 13 * np.log(70 / s) - 3 * np.abs(weak) + rng.normal(0, 2, n), 30, 100), 1)
    toned = rng.random(n) < _sig(-2.0 + 0.01 * (age - 90) + 1.0 * (metal == 2) + 0.5 * (metal == 0))
    rated = s * np.exp(rng.normal(0, 0.03, n))  # the grader's reading
    label = np.digitize(rated, SHELDON_LIMITS)
    keep = _keep(rng, label, SHELDON_ROWS)
    x = np.column_stack([age, metal, diameter, mintage, deficit, luster, marks, estimate, value, tier, hoard,
                         crossover, dealer, coins, relief, toned])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def tonewood5():
    """Split or sawn spruce and maple billets for violin-family tops and backs graded by a tonewood dealer's grader
    in 5 grades (``TONEWOOD_CLASSES``; the grader's reading against ``TONEWOOD_LIMITS``, ``TONEWOOD_EYE`` the label's
    basis and not columns), as the billet's measured properties apart from the grader's eye describe them. The
    billet's quality on the grader's scale is unseen: better with narrow (in spruce), even rings, little runout (a
    split billet's less than a sawn one's), a face true to the quarter, an even colour, no pin knots and, in maple, a
    deep flame; with an unseen rest (the grader's taste, what the measures miss). Spruce from higher up grows
    narrower rings; density, the speeds of sound and the damping follow the species and the wood's structure and
    tell the grade little. Columns: the species (0 spruce for a top, 1 maple for a back), the stand's altitude (m),
    split or sawn (0 sawn, 1 split), the mean ring width (mm), the rings' coefficient of variation (%), the latewood
    share (% of a ring, 0 in maple), the runout (degrees), the face's angle off the quarter (degrees), the density
    (kg/m3), the speed of sound along the grain (m/s) and across it (m/s), the damping (log decrement x 1000), the
    colour's spread across the face (delta E), the flame's contrast (%, 0 in spruce), the pin knots and resin pockets
    (count), the years air-dried (16). Imbalanced: 300 / 460 / 520 / 480 / 380 rows (2,140)."""
    rng = np.random.default_rng(96202)
    n = 200000
    maple = rng.random(n) < 0.4
    alt = np.round(np.clip(np.where(maple, 900, 1300) + np.where(maple, 300, 250) * rng.normal(0, 1, n), 200, 2200))
    split = rng.random(n) < np.where(maple, 0.4, 0.7)
    rw = np.exp(np.where(maple, np.log(2.5), np.log(1.4) - 0.0004 * (alt - 1300))
                + np.where(maple, 0.4, 0.35) * rng.normal(0, 1, n))
    cv = np.exp(np.log(22) + 0.35 * rng.normal(0, 1, n))
    runout = np.exp(np.where(split, np.log(0.8), np.log(2.5)) + 0.7 * rng.normal(0, 1, n))
    off = np.abs(8 * rng.normal(0, 1, n))
    dE = np.exp(np.log(2.5) + 0.5 * rng.normal(0, 1, n))
    flame = np.where(maple, np.exp(np.log(12) + 0.6 * rng.normal(0, 1, n)), 0.0)
    knots = rng.poisson(0.3, n)
    zw = np.where(maple, 0.0, np.log(rw / 1.4) / 0.35)  # narrow rings in spruce
    q = (3.0 + 0.35 * zw + 0.45 * np.log(cv / 22) / 0.35 + 0.45 * np.log(runout / 1.3) / 0.9 + 0.25 * (off - 6.4) / 4.8
         + 0.35 * np.log(dE / 2.5) / 0.5 + 0.5 * knots - 0.8 * np.log(np.where(maple, flame, 12) / 12) / 0.6
         + rng.normal(0, 0.15, n))  # the billet's quality on the grader's scale, unseen
    late = np.where(maple, 0.0, np.round(np.clip(25 + 3 * np.log(rw / 1.4) / 0.35 + 6 * rng.normal(0, 1, n), 5, 60)))
    density = np.round(np.where(maple, 620 + 40 * rng.normal(0, 1, n), 390 + 25 * rng.normal(0, 1, n)
                                + 1.5 * (late - 25)))
    vl = np.round(np.where(maple, 4300, 5500) - 60 * (runout - 1) + np.where(maple, 250, 300) * rng.normal(0, 1, n))
    vr = np.round(np.where(maple, 1900, 1450) - 8 * off + 150 * rng.normal(0, 1, n))
    damp = np.round(np.where(maple, 35, 25) + 0.6 * (runout - 1) + 4 * rng.normal(0, 1, n), 1)
    years = np.round(np.clip(np.exp(np.log(6) + 0.5 * rng.normal(0, 1, n)), 1, 60))
    rated = q + rng.normal(0, 0.1, n)  # the grader's reading
    label = np.digitize(rated, TONEWOOD_LIMITS)
    keep = _keep(rng, label, TONEWOOD_ROWS)
    meas = [np.round(rw * np.exp(0.05 * rng.normal(0, 1, n)), 2), np.round(cv * np.exp(0.05 * rng.normal(0, 1, n)), 1),
            late, np.round(runout * np.exp(0.1 * rng.normal(0, 1, n)), 1), np.round(off + rng.normal(0, 0.5, n), 1)]
    x = np.column_stack([maple, alt, split] + meas + [density, vl, vr, damp,
                                                      np.round(dE * np.exp(0.08 * rng.normal(0, 1, n)), 1),
                                                      np.round(flame, 1), knots, years])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per class of ``saffron6``, the chances of the sample's form (0 whole filaments, 1 cut filaments, 2 powder)
SAFFRON_FORM = np.array([[0.60, 0.25, 0.15], [0.55, 0.30, 0.15], [0.60, 0.30, 0.10], [0.35, 0.30, 0.35],
                         [0.05, 0.10, 0.85], [0.50, 0.30, 0.20]])
#: per class of ``saffron6``, the medians of the lab's routine measurements: the moisture and volatile matter (%),
#: the total ash (% of the dry matter), the acid-insoluble ash (%), the solubility in cold water (%), the specific
#: absorbances E1% 1 cm at 257 nm (picrocrocin, the bitterness), 330 nm (safranal, the aroma) and 440 nm (crocin, the
#: colouring strength), the floral waste (%), the extraneous matter (%), the crude fibre (%), the total nitrogen
#: (%), an artificial colour found by thin-layer chromatography (share), a curcumin test positive (share), the price
#: declared (USD a gram), the months since the declared harvest, the seconds until a thread or a pinch colours
#: cold water
SAFFRON_TABLE = np.array([
    # moist ash  aia  sol   e257  e330  e440   floral extr  fibre n    dye   curc  price age   bleed
    [9.0, 5.5, 0.40, 58.0, 85.0, 35.0, 220.0, 1.5, 0.2, 4.0, 2.3, 0.03, 0.02, 7.0, 8.0, 120.0],  # genuine
    [9.5, 6.0, 0.45, 55.0, 65.0, 30.0, 150.0, 15.0, 0.4, 6.5, 2.0, 0.05, 0.02, 4.0, 10.0, 90.0],  # floral waste
    [9.0, 6.5, 0.50, 62.0, 40.0, 15.0, 110.0, 3.0, 12.0, 7.5, 2.0, 0.30, 0.05, 3.5, 10.0, 40.0],  # safflower
    [9.0, 6.0, 0.50, 64.0, 55.0, 25.0, 260.0, 5.0, 3.0, 5.0, 2.0, 0.85, 0.05, 4.0, 14.0, 10.0],  # synthetic dye
    [9.5, 7.5, 1.00, 52.0, 50.0, 22.0, 130.0, 4.0, 8.0, 6.0, 2.2, 0.25, 0.70, 3.0, 10.0, 30.0],  # powder filler
    [14.0, 10.0, 0.60, 72.0, 70.0, 30.0, 175.0, 3.0, 1.5, 3.5, 1.9, 0.08, 0.03, 5.0, 10.0, 80.0],  # weighting
])
SAFFRON_LOGS = [1, 2, 4, 5, 6, 7, 8, 9, 13, 14, 15]
SAFFRON_KINDS = [("norm", 1.5, 0), ("log", 0.2, 0), ("log", 0.5, 0), ("norm", 4.0, 0), ("log", 0.2, -0.1),
                 ("log", 0.3, 0.1), ("log", 0.18, -0.1), ("log", 0.8, 0), ("log", 0.9, 0), ("log", 0.2, 0),
                 ("norm", 0.25, 0), ("share", 0, 0), ("share", 0, 0), ("log", 0.45, 0), ("log", 0.6, 0.3),
                 ("log", 0.7, 0)]


def saffron6():
    """Saffron samples sent to a spice-testing laboratory, in 6 classes its analysts separate
    (``SAFFRON_CLASSES``), labelled by the lab's verdict, as its routine measurements apart from the verdict
    describe them. Each class has its picture (``SAFFRON_FORM``, ``SAFFRON_TABLE``): genuine saffron the ISO 3632
    figures of a good category; floral waste the colouring strength and the bitterness thinned, the floral waste
    and the fibre raised; safflower or marigold little picrocrocin and safranal, a weak colour, much extraneous
    matter, often dyed, colouring water fast; a synthetic dye a colouring strength above the bitterness' share, an
    artificial colour on the plate, colouring water at once; a powder filler a powder, the ash and the acid-insoluble
    ash raised, a curcumin test positive; weighting agents the moisture, the ash and the solubility raised, the
    nitrogen lowered. Unseen: the sample's age and storage (one per-row factor lowering the picrocrocin and the crocin,
    raising the safranal and the months since the harvest). Columns: the form (0 whole filaments, 1 cut filaments, 2
    powder), then the table's 16 (the moisture, the solubility and the nitrogen to a tenth, a hundredth for the
    nitrogen, within 3-25, 30-90 and 0.5-4 %; the ash and the acid-insoluble ash to a hundredth within 2-25 and
    0-10 %; the absorbances to the unit within 5-400; the floral waste, the extraneous matter and the fibre to a
    tenth within 0-60, 0-60 and 1-20 %; the price to a tenth within 0.2-40; the months to the unit within 0-72; the
    seconds to the unit within 1-900; the shares as 0/1) (17). Imbalanced: 440 / 340 / 320 / 300 / 360 / 380 rows
    (2,140)."""
    rng = np.random.default_rng(96303)
    y = rng.permutation(np.repeat(np.arange(len(SAFFRON_CLASSES)), SAFFRON_ROWS))
    form = (rng.random(len(y))[:, None] > np.cumsum(SAFFRON_FORM[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(SAFFRON_TABLE, SAFFRON_NEIGHBOURS, 0.3, SAFFRON_LOGS)[y]
    x = _draw(rng, t, SAFFRON_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 3, 25, 1), (1, 2, 25, 2), (2, 0, 10, 2), (3, 30, 90, 1), (4, 5, 400, 0),
                                 (5, 5, 400, 0), (6, 5, 400, 0), (7, 0, 60, 1), (8, 0, 60, 1), (9, 1, 20, 1),
                                 (10, 0.5, 4, 2), (13, 0.2, 40, 1), (14, 0, 72, 0), (15, 1, 900, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([form, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``pantograph6``, the chances of the train (0 a high-speed train, 1 a regional multiple unit, 2 an
#: electric freight locomotive, 3 a suburban or metro multiple unit)
PANTOGRAPH_TRAIN = np.array([[0.30, 0.35, 0.15, 0.20], [0.25, 0.35, 0.20, 0.20], [0.30, 0.30, 0.20, 0.20],
                             [0.20, 0.30, 0.30, 0.20], [0.15, 0.35, 0.20, 0.30], [0.35, 0.30, 0.20, 0.15]])
#: per cause of ``pantograph6``, the medians of the train's and the line's records: the air temperature (C), the
#: strongest gust in the hour (m/s), freezing rain, wet snow or hoar frost reported (share), the train's speed at
#: the incident (km/h), the arcs the train's arc detector logged in its last 10 km, the contact wire's age (years),
#: its residual cross-section at its last measure (% of new), the days since the line's last inspection, the
#: incident in a curve (share), the carbon strip's thickness at the train's last depot check (mm), the days since
#: that check, other pantographs damaged at the same place in the last 30 days, trains reporting arcing or a bang
#: there in the last 24 hours, a dewirement (share), the substation's breaker trips in the hour, the incident in
#: the early morning, 4-8 h (share)
PANTOGRAPH_TABLE = np.array([
    # temp gust  frost speed  arcs  wage  resid insp  curve strip depot other rep  dewire trips morn
    [12.0, 9.0, 0.05, 120.0, 6.0, 28.0, 78.0, 60.0, 0.30, 14.0, 20.0, 1.0, 2.0, 0.10, 0.5, 0.20],  # wire wear
    [12.0, 10.0, 0.05, 110.0, 3.0, 15.0, 90.0, 45.0, 0.60, 15.0, 20.0, 1.5, 1.5, 0.35, 0.8, 0.20],  # geometry
    [12.0, 12.0, 0.05, 110.0, 4.0, 22.0, 86.0, 90.0, 0.30, 15.0, 20.0, 0.8, 2.5, 0.45, 1.2, 0.20],  # dropper
    [11.0, 9.0, 0.05, 130.0, 8.0, 15.0, 90.0, 45.0, 0.25, 9.0, 55.0, 0.05, 0.5, 0.15, 0.8, 0.20],  # pantograph
    [-5.0, 7.0, 0.85, 100.0, 15.0, 15.0, 90.0, 45.0, 0.25, 14.0, 20.0, 0.3, 4.0, 0.05, 1.0, 0.70],  # ice
    [8.0, 26.0, 0.10, 110.0, 2.0, 18.0, 88.0, 45.0, 0.40, 15.0, 20.0, 0.4, 1.5, 0.55, 1.5, 0.15],  # wind
])
PANTOGRAPH_LOGS = [1, 5, 7, 10]
PANTOGRAPH_KINDS = [("norm", 5.0, 0), ("log", 0.3, 0), ("share", 0, 0), ("norm", 30.0, 0), ("count", 0.5, 0),
                    ("log", 0.4, 0.3), ("norm", 4.0, -2.0), ("log", 0.6, 0.3), ("share", 0, 0), ("norm", 2.0, 0),
                    ("log", 0.5, 0), ("count", 0.5, 0), ("count", 0.5, 0), ("share", 0, 0), ("count", 0.5, 0.2),
                    ("share", 0, 0)]


def pantograph6():
    """Pantograph / overhead-line incidents on an electrified railway, in 6 root causes a maintenance engineer
    confuses (``PANTOGRAPH_CLASSES``), labelled by the cause the engineer found, as the train's and the line's
    records apart from the engineer's diagnosis describe them. Each cause has its picture (``PANTOGRAPH_TRAIN``,
    ``PANTOGRAPH_TABLE``): wire wear an old wire, a thin residual section, arcing, repeats at the place; geometry
    a curve, repeats at the place, dewirements; a broken dropper or fitting a line long uninspected, reports from
    several trains, dewirements, breaker trips; a pantograph fault a thin carbon strip, a train long out of the
    depot, arcing along its run, no repeats at the place; ice a frost, a cold early morning, much arcing, many trains
    reporting; high wind a strong gust, dewirements, breaker trips. Unseen: the line's maintenance backlog (one
    per-row factor raising the wire's age, the days since the inspection and the breaker trips and lowering the
    residual section). Columns: the train (0 high-speed, 1 regional, 2 freight locomotive, 3 suburban or metro),
    then the table's 16 (the temperature to a tenth within -30-40 C, the gust to a tenth within 0-45 m/s, the speed
    to the unit within 10-320 km/h, the wire's age to a tenth within 0.5-60 years, the residual section to a tenth
    within 60-100 %, the days to the unit within 1-730 and 1-365, the strip to a tenth within 3-22 mm, the counts as
    counts, the shares as 0/1) (17). Imbalanced: 380 / 360 / 340 / 420 / 300 / 340 rows (2,140)."""
    rng = np.random.default_rng(96404)
    y = rng.permutation(np.repeat(np.arange(len(PANTOGRAPH_CLASSES)), PANTOGRAPH_ROWS))
    train = (rng.random(len(y))[:, None] > np.cumsum(PANTOGRAPH_TRAIN[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(PANTOGRAPH_TABLE, PANTOGRAPH_NEIGHBOURS, 0.3, PANTOGRAPH_LOGS)[y]
    x = _draw(rng, t, PANTOGRAPH_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, -30, 40, 1), (1, 0, 45, 1), (3, 10, 320, 0), (5, 0.5, 60, 1), (6, 60, 100, 1),
                                 (7, 1, 730, 0), (9, 3, 22, 1), (10, 1, 365, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([train, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND96`` lists them (the ordered sets first)
GENERATORS = {"sheldon7": sheldon7, "tonewood5": tonewood5, "saffron6": saffron6, "pantograph6": pantograph6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND96_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "sheldon7": (2140, 16, SHELDON_ROWS),
    "tonewood5": (2140, 16, TONEWOOD_ROWS),
    "saffron6": (2140, 17, SAFFRON_ROWS),
    "pantograph6": (2140, 17, PANTOGRAPH_ROWS),
}
ROUND96 = tuple(GENERATORS)


#: each set's documented neighbouring classes
NEIGHBOURS = {"sheldon7": SHELDON_NEIGHBOURS, "tonewood5": TONEWOOD_NEIGHBOURS, "saffron6": SAFFRON_NEIGHBOURS,
              "pantograph6": PANTOGRAPH_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("sheldon7", "tonewood5")


if __name__ == "__main__":
    main(GENERATORS)
