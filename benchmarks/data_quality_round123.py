"""Round 123's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Account in progress: this commit holds each set's classes, rows, neighbour map and grade limits, before any
generator was written or ran.)
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


# ---------------------------------------------------------------------- pistachio4: an in-shell pistachio lot's grade
#: the 4 classes of ``pistachio4`` (a lot of in-shell pistachios a processor buys from a grower, by the U.S. grade the
#: inspector sets against the grades' tolerances), the best first: the four grades of the United States Standards for
#: Grades of Pistachio Nuts in the Shell (7 CFR 51.2540-51.2549), in their order there (U.S. Fancy, U.S. Extra No. 1,
#: U.S. No. 1, U.S. Select: one set of requirements, 51.2541, the grades parted only by the tolerances of 51.2544); a
#: lot within none (no grade: sold as off-grade, artificially opened or for shelling) is left out and dropped
PISTACHIO_CLASSES = ("U.S. Fancy (the tightest tolerances)",
                     "U.S. Extra No. 1",
                     "U.S. No. 1",
                     "U.S. Select (the widest tolerances)")
PISTACHIO_ROWS = (500, 620, 580, 440)
#: per grade from U.S. Fancy to U.S. Select, the most of the inspector's sample the grade allows (% by count unless
#: said) of: non-split shells and shells not split on the suture, shells damaged by adhering hull material, shells
#: damaged by dark stain, other external (shell) defects (light stain, broken shells), internal (kernel) defects
#: (immature, spotting, insect damage, mould, rancidity, decay), nuts under the 30/64 inch round-hole screen, and
#: foreign material, loose kernels and shell pieces (% by weight); a lot over U.S. Select's on any is dropped. The
#: standard's tolerances as the author remembers them (the table of 51.2544 was not in the sources read: not checked)
PISTACHIO_LIMITS = np.array([[4.0, 2.0, 2.0, 4.0, 3.0, 5.0, 0.25], [6.0, 3.0, 3.0, 6.0, 4.0, 5.0, 0.25],
                             [10.0, 4.0, 3.0, 8.0, 5.0, 5.0, 0.5], [14.0, 6.0, 5.0, 12.0, 7.0, 8.0, 1.0]])
#: the grade above and below each (a lot near a tolerance is graded one grade up or down by the sample drawn, the
#: inspector's reading of a stain's extent or a hull's adherence, a kernel cut or not)
PISTACHIO_NEIGHBOURS = ordinal_neighbours(len(PISTACHIO_CLASSES))
#: what the grade is set from: the label's basis, not columns
PISTACHIO_GRADING = ("the inspector's sample: nuts counted one by one for non-split shells, adhering hull, stains and "
                     "other shell defects, kernels cut for internal defects, screened for size, foreign material "
                     "weighed, the shares against the grades' tolerances",
                     "a sample drawn from the dried lot at the processor's receiving")


# ---------------------------------------------------------------------- peach4: a fresh peach lot's U.S. grade
#: the 4 classes of ``peach4`` (a lot of fresh peaches a packer sells, by the U.S. grade the inspector sets against the
#: grades' requirements and tolerances), the best first: the four grades of the United States Standards for Grades of
#: Peaches (7 CFR 51.1210-51.1223), in their order there (U.S. Fancy: well formed, free from scars, hail injury, scab
#: and split pits, each peach at least a third of its surface blushed; U.S. Extra No. 1: No. 1 with at least half the
#: peaches a quarter blushed; U.S. No. 1: free from damage; U.S. No. 2: free from serious damage); a lot within none
#: (unclassified, or culls sent for processing) is left out and dropped
PEACH_CLASSES = ("U.S. Fancy (free from scars and split pits, each peach a third blushed)",
                 "U.S. Extra No. 1 (No. 1, half the peaches a quarter blushed)",
                 "U.S. No. 1 (mature, not soft, well formed, free from damage)",
                 "U.S. No. 2 (mature, not badly misshapen, free from serious damage)")
PEACH_ROWS = (460, 600, 620, 460)
#: per grade from U.S. Fancy to U.S. No. 2, the limits of the inspector's sample (% by count): the most peaches failing
#: the grade's own defect requirements (any scar, hail mark, scab or split pit for Fancy; damage for Extra No. 1 and No.
#: 1; serious damage for No. 2; immature peaches fail all), the most peaches short of the grade's blush (a third of
#: the surface for Fancy, a quarter for Extra No. 1, none asked below), the most with very serious damage (soft or
#: overripe, deep bruises, worms) and the most decayed. The 10 %, 5 % and 1 % the author's memory of the stone
#: fruits' tolerances at shipping point (the plums' and nectarines' read in public excerpts have that form, the
#: peaches' section was not read); the colour rows from the grades' text (Fancy's "each peach" read with the 10 %
#: tolerance, Extra No. 1's half)
PEACH_LIMITS = np.array([[10.0, 10.0, 5.0, 1.0], [10.0, 50.0, 5.0, 1.0], [10.0, 100.0, 5.0, 1.0],
                         [10.0, 100.0, 5.0, 1.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's reading of a blush's extent, a scar's area or a bruise's depth)
PEACH_NEIGHBOURS = ordinal_neighbours(len(PEACH_CLASSES))
#: what the grade is set from: the label's basis, not columns
PEACH_GRADING = ("the inspector's sample: peaches scored one by one for blush, shape, scars, hail marks, scab, split "
                 "pits, bruises, softness and decay at the grade's level (damage, serious damage), the shares "
                 "against the grade's tolerances",
                 "a sample drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- infusion6: a volumetric infusion pump's fault
#: the 6 classes of ``infusion6`` (a volumetric (large-volume) infusion pump a hospital's biomedical engineer takes out
#: of service after alarms or failed checks, by the cause the engineer diagnosed); left out: the software or its drug
#: library, the audible alarm's speaker, the communication (wireless or nurse-call) module and the pole clamp or case
#: broken without another fault
INFUSION_CLASSES = ("occlusion or pressure sensor fault (the downstream or upstream pressure sensor drifted: false "
                    "or late occlusion alarms)",
                    "air-in-line detector fault (the ultrasonic detector dirty or failed: false or missed air alarms)",
                    "door or latch mechanism (the door, its latch, its switch or the set's clamp: door-open and "
                    "set-not-loaded alarms)",
                    "pumping mechanism or its motor (the peristaltic fingers, cam, motor or encoder: flow wrong, "
                    "noisy, stalls)",
                    "battery or power supply (short battery time, will not charge, mains or power alarms)",
                    "keypad or display (keys stuck, bouncing or dead, the display dim or missing segments)")
INFUSION_ROWS = (360, 380, 340, 400, 320, 340)
#: the causes engineers confuse (symmetric): the occlusion sensor against the door or latch (a set badly seated under
#: a worn door presses on the sensor: occlusion alarms) and the pumping mechanism (a worn mechanism's flow error and
#: pressure pulses against a drifted sensor's); the air-in-line detector against the door or latch (a set not seated
#: in the detector's channel: air alarms); the door or latch against the keypad or display (the front housing: a
#: dropped pump cracks both); the pumping mechanism against the battery or power supply (a stalling motor drains the
#: battery, a weak supply stalls the motor); the battery or power supply against the keypad or display (a display
#: that dims or resets on a sagging supply)
INFUSION_NEIGHBOURS = {0: (2, 3), 1: (2,), 2: (0, 1, 5), 3: (0, 4), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- compressor6: a rotary-screw compressor's fault
#: the 6 classes of ``compressor6`` (an oil-injected rotary-screw air compressor in a plant that a compressor
#: technician is called to because of trips, low pressure or high temperature, by the cause the technician found);
#: left out: the motor or its starter, a drive belt or coupling, the air intake filter, the blow-down or loading
#: solenoid valve, the airend's bearings and the condensate drains
COMPRESSOR_CLASSES = ("fouled oil or air cooler (fins blocked, the cooling fan's air or the water side fouled: high "
                      "temperature)",
                      "thermostatic (oil temperature control) valve stuck (the oil bypasses the cooler: high "
                      "temperature)",
                      "failed inlet valve (the unloader stuck or its seal: low capacity, will not load or unload)",
                      "minimum-pressure valve (stuck open or closed: slow pressure build-up, oil carry-over at start)",
                      "clogged oil separator (high separator pressure drop, oil carry-over, high current)",
                      "pressure transducer or temperature sensor fault (readings off the reference: false trips)")
COMPRESSOR_ROWS = (380, 340, 400, 320, 360, 340)
#: the causes technicians confuse (symmetric): the cooler against the thermostatic valve (both trip on high
#: temperature: a fouled cooler or oil that never reaches it), the clogged separator (a raised discharge pressure and
#: temperature) and a sensor (a drifted temperature probe trips on a temperature the airend does not have); the inlet
#: valve against the minimum-pressure valve (low delivered pressure, a slow build-up on loading) and a pressure
#: transducer (a misreading one loads and unloads at the wrong pressures); the minimum-pressure valve against the
#: separator (oil carried into the air lines, the pressure lost across the separator and the valve)
COMPRESSOR_NEIGHBOURS = {0: (1, 4, 5), 1: (0,), 2: (3, 5), 3: (2, 4), 4: (0, 3), 5: (0, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"pistachio4": PISTACHIO_NEIGHBOURS, "peach4": PEACH_NEIGHBOURS, "infusion6": INFUSION_NEIGHBOURS,
              "compressor6": COMPRESSOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("pistachio4", "peach4")


def pistachio4():
    """Lots of in-shell pistachios a processor buys from growers, with the U.S. grade the inspector sets in 4 steps
    (``PISTACHIO_CLASSES``; the best grade whose ``PISTACHIO_LIMITS`` the inspector's sample meets on every defect, a
    lot within none dropped; ``PISTACHIO_GRADING`` the label's basis and not columns), as the lot's records and the
    processor's simple measures apart from the grade describe them. Unseen: the lot's true shares of non-split shells
    (a heavy crop, an early harvest, Kerman more than the early varieties), of adhering hull (the second shake, an
    early harvest), of dark stain (the hours from shaking to hulling, early splits, the second shake), of other shell
    defects, of kernel defects (navel orangeworm pressure, a late harvest, the second shake), of undersize nuts (a heavy
    crop, the variety) and of foreign material (the second shake). The inspector reads each share with a sample's
    error (log spread 0.1). Columns: the variety (0 Kerman, 1 Golden Hills, 2 Lost Hills, 3 another), the district (0
    Kern, 1 Fresno or Madera, 2 Tulare or Kings, 3 Arizona or New Mexico), the shake (0 first, 1 second), the
    harvest's day of the year, the crop (lb of dry in-shell nuts an acre), the hours from shaking to hulling, the navel
    orangeworm trap's eggs a week, the dryer's final moisture (%), the split sorter's closed-shell rejects (% by
    weight), the colour sorter's rejects (%), the float tank's floaters (%), the nuts an ounce, the insect-damaged
    kernels of 100 cut by the processor and the pre-cleaner's foreign material (% by weight) (14). Imbalanced: 500 /
    620 / 580 / 440 rows (2,140)."""
    rng = np.random.default_rng(123101)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.7, 0.15, 0.1])).sum(1)
    district = (rng.random(n)[:, None] > np.cumsum([0.35, 0.3, 0.25])).sum(1)
    shake = (rng.random(n) < 0.25).astype(int)
    day = np.clip(np.round(252 + np.array([0, -4, 2, 6])[district] - np.array([0, 12, 9, 0])[variety] + 16 * shake
                           + 6 * rng.normal(0, 1, n)), 220, 300)
    crop = np.clip(3200 * np.exp(0.4 * rng.normal(0, 1, n)), 500, 9000)
    load = np.log(crop / 3200)
    delay = np.clip(8 * np.exp(0.2 * shake + 0.6 * rng.normal(0, 1, n)), 1, 96)
    now = np.clip(4 * np.exp(np.array([0.6, 0.0, 0.2, -0.8])[district] + 0.7 * rng.normal(0, 1, n)), 0.1, 200)
    early = day - 252 + np.array([0, 12, 9, 0])[variety]  # days past the variety's usual harvest
    nonsplit = 5.0 * np.exp(0.6 * load - 0.02 * early + np.array([0.0, -0.4, -0.3, 0.2])[variety]
                            + 0.3 * rng.normal(0, 1, n))  # unseen, %
    hull = 1.8 * np.exp(0.5 * shake - 0.015 * early + 0.35 * rng.normal(0, 1, n))  # unseen, %
    dark = 1.4 * np.exp(0.35 * np.log(delay / 8) + 0.3 * shake + 0.35 * rng.normal(0, 1, n))  # unseen, %
    other = 2.5 * np.exp(0.2 * shake + 0.25 * rng.normal(0, 1, n))  # unseen, %
    kernel = 2.2 * np.exp(0.3 * np.log(now / 4) + 0.01 * early + 0.3 * shake + 0.3 * rng.normal(0, 1, n))  # unseen
    under = 2.8 * np.exp(0.8 * load + np.array([0.0, 0.2, 0.1, 0.3])[variety] + 0.35 * rng.normal(0, 1, n))  # unseen
    foreign = 0.18 * np.exp(0.6 * shake + 0.45 * rng.normal(0, 1, n))  # unseen, % by weight
    true = np.column_stack([nonsplit, hull, dark, other, kernel, under, foreign])
    seen = true * rng.lognormal(0, 0.1, true.shape)
    meets = np.all(seen[:, None, :] <= PISTACHIO_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # beyond U.S. Select: dropped
    keep = _keep(rng, label, PISTACHIO_ROWS)
    x = np.column_stack([
        variety, district, shake, day, np.round(crop, -1), np.round(delay, 1), np.round(now, 1),
        np.round(np.clip(5.5 + 0.02 * delay + 0.6 * rng.normal(0, 1, n), 3, 10), 1),
        np.round(nonsplit * rng.lognormal(0, 0.08, n), 1),
        np.round((hull + dark + 0.2 * other) * rng.lognormal(0, 0.08, n), 1),
        np.round((0.3 + 0.5 * kernel) * rng.lognormal(0, 0.1, n), 1),
        np.round(np.clip(21 * np.exp(0.3 * np.log(under / 2.8) + 0.03 * rng.normal(0, 1, n)), 12, 45), 1),
        rng.binomial(100, np.clip(0.4 * kernel / 100, 0, 1)),
        np.round(foreign * rng.lognormal(0, 0.12, n), 2)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def peach4():
    """Lots of fresh peaches a packer sells, with the U.S. grade the inspector sets in 4 steps (``PEACH_CLASSES``; the
    best grade whose ``PEACH_LIMITS`` the inspector's sample meets, each grade's failing peaches counted at its own
    level, a lot within none dropped; ``PEACH_GRADING`` the label's basis and not columns), as the lot's records and
    the packer's simple measures apart from the grade describe them. Unseen: the fruit's maturity at picking (a later
    pick riper: fewer immature peaches, more soft, bruised and decayed ones), the lot's true shares of peaches blushed
    over a third and over a quarter of the surface (the variety, the pick: the first pick takes the sunlit fruit), of
    scars and limb rub (wind), of hail marks (the season's hail), of scab and bacterial spot (the humid East), of split
    pits (the early varieties, a light crop's large fruit), of bruises, soft fruit and decay (ripeness, the hours before
    cooling). The inspector reads each share with a sample's error (log spread 0.1; the blush within 2 points).
    Columns: the variety group (0 an early yellow, 1 a mid-season yellow freestone, 2 a late yellow freestone, 3 a
    white-fleshed), the region (0 California, 1 Georgia, 2 South Carolina, 3 New Jersey or Pennsylvania), the pick (0
    first, 1 second, 2 third or later), the harvest's day of the year, the crop (peaches a tree), the hail storms in the
    season, the hours from picking to hydrocooling, the packer's mean fruit weight (g), the firmness (lbf, a
    penetrometer), the line camera's mean blush (% of the surface), the line's cull-out (%), the soluble solids (Brix),
    the marked peaches (scars, hail, scab) of 50 and the decayed of 50 after a 5-day ripening test (14). Imbalanced:
    460 / 600 / 620 / 460 rows (2,140)."""
    rng = np.random.default_rng(123202)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.25, 0.35, 0.25])).sum(1)
    region = (rng.random(n)[:, None] > np.cumsum([0.5, 0.2, 0.2])).sum(1)
    pick = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    day = np.clip(np.round(160 + 25 * variety - np.array([0, 12, 8, -15])[region] + 6 * pick
                           + 7 * rng.normal(0, 1, n)), 120, 260)
    crop = np.clip(350 * np.exp(0.35 * rng.normal(0, 1, n)), 80, 1200)
    hail = rng.poisson(np.array([0.2, 0.7, 0.8, 0.5])[region])
    cool = np.clip(5 * np.exp(0.6 * rng.normal(0, 1, n)), 0.5, 48)
    ripe = 0.5 * pick + 0.8 * rng.normal(0, 1, n)  # unseen: the maturity at picking
    blush = np.array([0.5, 1.0, -0.5, 1.5])[variety] - 0.7 * pick + 1.0 * rng.normal(0, 1, n)  # unseen, logit
    third = 100 * _sig(0.2 + blush)  # unseen: % of peaches at least a third blushed
    quarter = 100 * _sig(1.0 + blush)  # unseen: % at least a quarter blushed
    immature = 0.8 * np.exp(-0.6 * ripe + 0.3 * rng.normal(0, 1, n))  # unseen, %
    scar = 2.5 * np.exp(np.array([0.2, 0.0, 0.0, -0.2])[region] + 0.4 * rng.normal(0, 1, n))  # unseen, %
    hailed = 3.0 * hail * np.exp(0.5 * rng.normal(0, 1, n))  # unseen, %
    scab = 1.5 * np.exp(np.array([-0.8, 0.6, 0.5, 0.2])[region] + 0.4 * rng.normal(0, 1, n))  # unseen, %
    split = 1.5 * np.exp(np.array([0.8, 0.0, -0.3, 0.1])[variety] - 0.8 * np.log(crop / 350)
                         + 0.35 * rng.normal(0, 1, n))  # unseen, %
    bruise = 2.5 * np.exp(0.4 * ripe + 0.3 * rng.normal(0, 1, n))  # unseen, %
    soft = 0.9 * np.exp(0.6 * ripe + 0.03 * (cool - 5) + 0.35 * rng.normal(0, 1, n))  # unseen, %
    decay = 0.25 * np.exp(0.5 * ripe + 0.05 * (cool - 5) + 0.4 * rng.normal(0, 1, n))  # unseen, %
    marks = scar + hailed + scab
    fails = np.column_stack([immature + marks + split + 0.5 * bruise + soft,
                             immature + 0.35 * marks + 0.6 * split + 0.3 * bruise + soft,
                             immature + 0.35 * marks + 0.6 * split + 0.3 * bruise + soft,
                             immature + 0.12 * marks + 0.25 * split + 0.15 * bruise])
    short = np.column_stack([100 - third, 100 - quarter, np.zeros(n), np.zeros(n)])
    err = rng.lognormal(0, 0.1, (n, 3))
    seen = np.stack([fails * err[:, :1], np.clip(short + 2 * rng.normal(0, 1, (n, 1)), 0, 100),
                     np.repeat((soft + 0.1 * bruise)[:, None] * err[:, 1:2], 4, 1),
                     np.repeat(decay[:, None] * err[:, 2:], 4, 1)], axis=2)  # lots x grades x limits
    meets = np.all(seen <= PEACH_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # within no grade: dropped
    keep = _keep(rng, label, PEACH_ROWS)
    x = np.column_stack([
        variety, region, pick, day, np.round(crop, -1), hail, np.round(cool, 1),
        np.round(np.clip(190 * np.exp(-0.3 * np.log(crop / 350) + np.array([-0.15, 0.05, 0.1, 0.0])[variety]
                                      + 0.06 * rng.normal(0, 1, n)), 80, 400)),
        np.round(np.clip(11 - 2.2 * ripe + 1.0 * rng.normal(0, 1, n), 1, 20), 1),
        np.round(np.clip(100 * _sig(0.6 + blush + 0.25 * rng.normal(0, 1, n)), 5, 99)),
        np.round(np.clip((0.6 * marks + split + bruise + soft + immature) * rng.lognormal(0, 0.15, n), 0.1, 60), 1),
        np.round(np.clip(11.5 + 0.8 * ripe + np.array([0.0, 0.5, 1.0, 1.5])[variety] + 0.8 * rng.normal(0, 1, n), 7,
                         20), 1),
        rng.binomial(50, np.clip(marks / 100, 0, 1)),
        rng.binomial(50, np.clip(3 * decay / 100, 0, 1))])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``infusion6``, the chances of the make (0 BD Alaris, 1 Baxter, 2 B. Braun, 3 ICU Medical)
INFUSION_MAKE = np.array([[0.40, 0.20, 0.20, 0.20], [0.35, 0.25, 0.20, 0.20], [0.45, 0.20, 0.15, 0.20],
                          [0.30, 0.25, 0.25, 0.20], [0.35, 0.20, 0.25, 0.20], [0.35, 0.25, 0.20, 0.20]])
#: per cause of ``infusion6``, the chances of the ward it came from (0 an intensive care unit, 1 a general ward, 2
#: an oncology or day unit, 3 theatres or the emergency department)
INFUSION_WARD = np.array([[0.35, 0.35, 0.20, 0.10], [0.40, 0.30, 0.20, 0.10], [0.25, 0.40, 0.15, 0.20],
                          [0.35, 0.35, 0.20, 0.10], [0.20, 0.40, 0.25, 0.15], [0.20, 0.35, 0.15, 0.30]])
#: per cause of ``infusion6``, the chances of the event that took it out of service (0 occlusion alarms, 1 air-in-line
#: alarms, 2 door-open or set-not-loaded alarms, 3 a flow found off in a check or an infusion finished early or late,
#: 4 a battery or power alarm, or it would not run on the battery, 5 keys or the display reported, or the pump dropped)
INFUSION_EVENT = np.array([[0.55, 0.03, 0.12, 0.22, 0.03, 0.05], [0.05, 0.68, 0.14, 0.05, 0.03, 0.05],
                           [0.22, 0.18, 0.40, 0.05, 0.03, 0.12], [0.30, 0.02, 0.05, 0.45, 0.10, 0.08],
                           [0.03, 0.02, 0.03, 0.10, 0.70, 0.12], [0.03, 0.02, 0.15, 0.05, 0.10, 0.65]])
#: per cause of ``infusion6``, the medians of the pump's records and the engineer's simple bench measures: its age
#: (years), its running hours since the last planned maintenance, the flow's error against a flow analyser (%, its
#: size), the occlusion alarm's pressure off its setting (%, its size), the smallest air bubble it alarms on in the
#: test (microlitres), the door-open or set-not-loaded alarms in its log over the last 30 days, the motor's current
#: pumping at 500 mL/h (% of the service manual's), the battery's run time at 125 mL/h (min), the keys failing in a
#: test of every key and the drops or impacts in its log over the last year
INFUSION_TABLE = np.array([
    # age  hours  flow  occl  bubble door  motor  batt  keys drops
    [6.0, 1500.0, 3.0, 35.0, 60.0, 3.0, 100.0, 150.0, 0.3, 1.0],  # occlusion or pressure sensor
    [6.0, 1500.0, 2.0, 10.0, 250.0, 4.0, 100.0, 150.0, 0.3, 1.0],  # air-in-line detector
    [7.0, 1500.0, 2.5, 15.0, 80.0, 14.0, 100.0, 150.0, 0.5, 3.0],  # door or latch
    [8.0, 2500.0, 9.0, 15.0, 60.0, 3.0, 130.0, 130.0, 0.3, 1.0],  # pumping mechanism or motor
    [8.0, 1600.0, 2.0, 10.0, 60.0, 2.0, 105.0, 35.0, 0.3, 1.0],  # battery or power supply
    [7.0, 1500.0, 2.0, 10.0, 60.0, 3.0, 100.0, 140.0, 3.5, 4.0],  # keypad or display
])
INFUSION_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
INFUSION_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0.25), ("log", 0.6, 0), ("log", 0.6, 0), ("log", 0.6, 0),
                  ("count", 0.5, 0), ("log", 0.12, 0), ("log", 0.5, -0.1), ("count", 0.6, 0), ("count", 0.6, 0)]


def infusion6():
    """Volumetric infusion pumps a hospital's biomedical engineer takes out of service after alarms or failed checks,
    in 6 causes engineers confuse (``INFUSION_CLASSES``), labelled by the engineer's diagnosis, as the pump's records,
    the ward it came from, the event that took it out of service and the engineer's simple bench measures apart from
    it describe them. Each cause has its picture (``INFUSION_MAKE``, ``INFUSION_WARD``, ``INFUSION_EVENT``,
    ``INFUSION_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the pressure sensor
    occlusion alarms, the alarm pressure off its setting; the air-in-line detector air alarms, the largest bubble
    missed; the door or latch door and set alarms, its log's door alarms, drops; the pumping mechanism a flow off, the
    largest flow error and motor current, the most hours; the power supply power alarms, the shortest battery time;
    the keypad or display keys reported, the keys failing, the most drops (theatres and the emergency department).
    Unseen: the pump's wear (one per-row factor raising the age and the hours, shortening the battery). Columns: the
    make (0-3), the ward (0-3), the event (0-5), then the table's 10 (the age to a tenth within 0.5-20 years, the hours
    to the unit within 10-20,000, the flow error to a tenth within 0.1-60 %, the alarm pressure's error to the unit
    within 1-200 %, the bubble to the unit within 5-1,000 microlitres, the door alarms counted (within 0-80), the
    motor's current to the unit within 50-250 %, the battery time to the unit within 1-600 min, the keys and the drops
    counted (within 0-30)) (13). Imbalanced: 360 / 380 / 340 / 400 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(123303)
    y = rng.permutation(np.repeat(np.arange(len(INFUSION_CLASSES)), INFUSION_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (INFUSION_MAKE, INFUSION_WARD, INFUSION_EVENT)]
    t = _pull(INFUSION_TABLE, INFUSION_NEIGHBOURS, 0.3, INFUSION_LOGS)[y]
    x = _draw(rng, t, INFUSION_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 20, 1), (1, 10, 20000, 0), (2, 0.1, 60, 1), (3, 1, 200, 0), (4, 5, 1000, 0),
                                 (5, 0, 80, 0), (6, 50, 250, 0), (7, 1, 600, 0), (8, 0, 30, 0), (9, 0, 30, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``compressor6``, the chances of the make (0 Atlas Copco, 1 Ingersoll Rand, 2 Sullair, 3 Kaeser or
#: another)
COMPRESSOR_MAKE = np.array([[0.30, 0.25, 0.20, 0.25], [0.35, 0.25, 0.20, 0.20], [0.25, 0.30, 0.25, 0.20],
                            [0.30, 0.25, 0.25, 0.20], [0.30, 0.25, 0.20, 0.25], [0.35, 0.20, 0.20, 0.25]])
#: per cause of ``compressor6``, the chances of the cooling (0 air-cooled, 1 water-cooled)
COMPRESSOR_COOLING = np.array([[0.65, 0.35], [0.80, 0.20], [0.80, 0.20], [0.80, 0.20], [0.78, 0.22], [0.80, 0.20]])
#: per cause of ``compressor6``, the chances of the call (0 a high discharge temperature trip, 1 low system pressure,
#: 2 it will not load or unload or runs unloaded, 3 oil in the air lines or a high oil use, 4 nuisance trips or
#: erratic readings on the controller)
COMPRESSOR_CALL = np.array([[0.75, 0.08, 0.02, 0.05, 0.10], [0.70, 0.05, 0.05, 0.05, 0.15],
                            [0.03, 0.50, 0.40, 0.02, 0.05], [0.03, 0.40, 0.20, 0.30, 0.07],
                            [0.20, 0.30, 0.03, 0.42, 0.05], [0.25, 0.15, 0.15, 0.03, 0.42]])
#: per cause of ``compressor6``, the medians of the compressor's records and the technician's simple measures: its
#: age (years), its running hours since the last service, the discharge temperature at full load (C), the cooler's
#: approach (the oil out of the cooler over the cooling air or water in, K), the oil's drop across the cooler (K), the
#: separator's pressure drop (bar), the delivered air at full load (% of the rated), the oil topped up (L a 1,000
#: hours), the motor's current at full load (% of full-load amps) and the controller's readings off the technician's
#: reference gauge and thermometer (%, their size)
COMPRESSOR_TABLE = np.array([
    # age  hours  disch appr  drop  sep   deliv oil  curr   off
    [9.0, 3000.0, 104.0, 22.0, 9.0, 0.35, 92.0, 0.8, 104.0, 1.5],  # fouled cooler
    [8.0, 2500.0, 102.0, 8.0, 3.0, 0.35, 93.0, 0.8, 101.0, 1.5],  # thermostatic valve
    [10.0, 2500.0, 85.0, 10.0, 12.0, 0.30, 70.0, 0.8, 88.0, 1.5],  # inlet valve
    [9.0, 2500.0, 86.0, 10.0, 12.0, 0.45, 86.0, 2.5, 96.0, 1.5],  # minimum-pressure valve
    [8.0, 5000.0, 95.0, 11.0, 11.0, 1.10, 88.0, 3.0, 110.0, 1.5],  # oil separator
    [7.0, 2000.0, 84.0, 10.0, 12.0, 0.30, 94.0, 0.8, 99.0, 9.0],  # transducer or sensor
])
COMPRESSOR_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
COMPRESSOR_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0.2), ("log", 0.06, 0.02), ("log", 0.4, 0), ("log", 0.4, 0),
                    ("log", 0.5, 0), ("log", 0.07, 0), ("log", 0.7, 0), ("log", 0.06, 0), ("log", 0.7, 0)]


def compressor6():
    """Oil-injected rotary-screw air compressors in a plant that a compressor technician is called to because of trips,
    low pressure or high temperature, in 6 causes technicians confuse (``COMPRESSOR_CLASSES``), labelled by the
    technician's finding, as the compressor's records, its cooling, the call and the technician's simple measures
    apart from it describe them. Each cause has its picture (``COMPRESSOR_MAKE``, ``COMPRESSOR_COOLING``,
    ``COMPRESSOR_CALL``, ``COMPRESSOR_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its
    neighbours'): the fouled cooler high-temperature trips, a water-cooled unit more often, the widest approach; the
    thermostatic valve the same trips, the least oil drop across the cooler (the oil bypasses it); the inlet valve low
    pressure or no loading, the least air delivered and current; the minimum-pressure valve low pressure, loading
    problems and oil in the lines; the separator oil in the lines, its pressure drop, the most hours since a service,
    the highest current; the sensor nuisance trips, the readings off the reference. Unseen: the compressor's wear (one
    per-row factor raising the age, the hours and the discharge temperature). Columns: the make (0-3), the cooling
    (0-1), the call (0-4), then the table's 10 (the age to a tenth within 0.5-40 years, the hours to the unit within
    10-30,000, the discharge temperature to a tenth within 60-130 C, the approach and the drop to a tenth within 0.5-60
    K, the separator's drop to a hundredth within 0.05-3 bar, the delivered air to a tenth within 30-110 %, the oil to
    a tenth within 0.1-20 L, the current to the unit within 50-150 %, the readings' error to a tenth within 0.1-50 %)
    (13). Imbalanced: 380 / 340 / 400 / 320 / 360 / 340 rows (2,140)."""
    rng = np.random.default_rng(123404)
    y = rng.permutation(np.repeat(np.arange(len(COMPRESSOR_CLASSES)), COMPRESSOR_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (COMPRESSOR_MAKE, COMPRESSOR_COOLING, COMPRESSOR_CALL)]
    t = _pull(COMPRESSOR_TABLE, COMPRESSOR_NEIGHBOURS, 0.3, COMPRESSOR_LOGS)[y]
    x = _draw(rng, t, COMPRESSOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 40, 1), (1, 10, 30000, 0), (2, 60, 130, 1), (3, 0.5, 60, 1), (4, 0.5, 60, 1),
                                 (5, 0.05, 3, 2), (6, 30, 110, 1), (7, 0.1, 20, 1), (8, 50, 150, 0), (9, 0.1, 50, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND123`` lists them (the ordered sets first)
GENERATORS = {"pistachio4": pistachio4, "peach4": peach4, "infusion6": infusion6, "compressor6": compressor6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND123_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "pistachio4": (2140, 14, PISTACHIO_ROWS),
    "peach4": (2140, 14, PEACH_ROWS),
    "infusion6": (2140, 13, INFUSION_ROWS),
    "compressor6": (2140, 13, COMPRESSOR_ROWS),
}
ROUND123 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
