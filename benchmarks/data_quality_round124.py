"""Round 124's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The full account of what the author read, opened and measured is written after the generators; this first commit
holds the four sets' class names, rows, neighbour maps and grade limits only, committed before any generator exists.)
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


# ---------------------------------------------------------------------- pear4: a fresh summer or fall pear lot's grade
#: the 4 classes of ``pear4`` (a lot of fresh summer and fall pears a packer sells, by the U.S. grade the inspector
#: sets against the grades' requirements and tolerances), the best first, in the order the U.S. pear standards give
#: them (7 CFR 51.1301-51.1304 as the winter pears' standard names them: U.S. Extra No. 1: mature but not overripe,
#: carefully hand-picked, well formed, free from decay, worm holes, black end and hard end and from injury by
#: russeting, limb rubs, hail, scars, sunburn and insect stings; U.S. No. 1: free from damage by them; U.S.
#: Combination: No. 1 and No. 2 packed together, at least half the pears No. 1; U.S. No. 2: free from serious damage);
#: a lot within none (unclassified, or culls sent to the cannery) is left out and dropped
PEAR_CLASSES = ("U.S. Extra No. 1 (well formed, free from injury by russet, limb rub, hail, scars, stings)",
                "U.S. No. 1 (fairly well formed, free from damage)",
                "U.S. Combination (No. 1 and No. 2, at least half the pears No. 1)",
                "U.S. No. 2 (not seriously misshapen, free from serious damage)")
PEAR_ROWS = (440, 620, 560, 520)
#: per grade from U.S. Extra No. 1 to U.S. No. 2, the limits of the inspector's sample (% by count): the most pears
#: failing Extra No. 1's requirements (any injury: russet beyond the variety's, a limb rub, a hail mark or scar, an
#: insect sting, a pear not well formed), the most failing No. 1's (damage), the most failing No. 2's (serious damage,
#: soft or overripe, worm holes) and the most decayed. The 10 % and 1 % the author's assumption for a shipping point
#: (the pears' own tolerance section, 51.1306, was not in the excerpts read; the pears' processing section, 51.1350,
#: read: 10 % including 2 % decay and 5 % worms); Combination's 50 % from 51.1303 (at least half the pears No. 1)
PEAR_LIMITS = np.array([[10.0, 10.0, 10.0, 1.0], [100.0, 10.0, 10.0, 1.0], [100.0, 50.0, 10.0, 1.0],
                        [100.0, 100.0, 10.0, 1.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's reading of a russet's extent, a limb rub's area or a bruise's depth)
PEAR_NEIGHBOURS = ordinal_neighbours(len(PEAR_CLASSES))
#: what the grade is set from: the label's basis, not columns
PEAR_GRADING = ("the inspector's sample: pears scored one by one for shape, russeting, limb rub, hail marks, scars, "
                "insect stings and worm holes, bruises, firmness (overripe) and decay at the grade's level (injury, "
                "damage, serious damage), the shares against the grade's tolerances",
                "a sample drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- plum4: a fresh plum or prune lot's grade
#: the 4 classes of ``plum4`` (a lot of fresh plums or prunes a packer sells, by the U.S. grade the inspector sets
#: against the grades' requirements and tolerances), the best first: the four grades of the United States Standards
#: for Grades of Fresh Plums and Prunes (7 CFR 51.1520-51.1538), in their order there (U.S. Fancy: well formed, mature,
#: free from decay, sunscald, heat injury, sunburn, split pits and hail marks and from damage by broken skins, growth
#: cracks, gum spots, russeting, scars, disease and insects; U.S. No. 1: free from decay and sunscald and from damage by
#: the rest; U.S. Combination: No. 1 and No. 2, at least 75 % by count No. 1; U.S. No. 2: not badly misshapen, free
#: from serious damage); a lot within none is left out and dropped
PLUM_CLASSES = ("U.S. Fancy (free from split pits, hail marks, sunburn; free from damage)",
                "U.S. No. 1 (free from damage by cracks, russet, hail marks, split pits and the rest)",
                "U.S. Combination (No. 1 and No. 2, at least 75 % No. 1)",
                "U.S. No. 2 (not badly misshapen, free from serious damage)")
PLUM_ROWS = (480, 600, 460, 600)
#: per grade from U.S. Fancy to U.S. No. 2, the limits of the inspector's sample (% by count): the most fruit failing
#: Fancy's requirements (any split pit, hail mark, sunburn or heat injury; damage by the rest), the most failing No. 1's
#: (damage), the most with serious damage (failing No. 2: soft, shrivelled, deep cracks, badly misshapen), the most
#: decayed and the most Italian-type prunes short of their colour. Fancy's and No. 1's 8 %, 4 % serious damage and 0.5 %
#: decay from 51.1525 as read (shipping point, plums and prunes other than Italian type: 8 % failing the grade,
#: within it 4 % serious damage, within that 0.5 % decay; the Italian-type prunes' 10 % for colour); Combination's
#: 25 % from its 75 %; No. 2's 8 % serious damage the author's reading (its own paragraph not in the excerpts)
PLUM_LIMITS = np.array([[8.0, 8.0, 4.0, 0.5, 10.0], [100.0, 8.0, 4.0, 0.5, 10.0], [100.0, 25.0, 8.0, 0.5, 100.0],
                        [100.0, 100.0, 8.0, 0.5, 100.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's reading of a crack's depth, a russet's extent or a prune's colour)
PLUM_NEIGHBOURS = ordinal_neighbours(len(PLUM_CLASSES))
#: what the grade is set from: the label's basis, not columns
PLUM_GRADING = ("the inspector's sample: fruit scored one by one for shape, colour, split pits, hail marks, growth "
                "cracks, russeting, sunburn, bruises, softness, shrivel and decay at the grade's level (damage, "
                "serious damage), the shares against the grade's tolerances",
                "a sample of 50 fruit drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- mri6: a hospital MRI scanner's fault
#: the 6 classes of ``mri6`` (a hospital's superconducting MRI scanner a field-service engineer is called to after
#: image artefacts, failed quality checks or errors, by the cause the engineer found); left out: the patient table,
#: the reconstruction computer or its software, the gradient chiller's water, the patient monitoring and the
#: receive chain's analogue-to-digital boards
MRI_CLASSES = ("gradient amplifier or gradient coil (spikes from arcing, thermal trips, EPI ghosting, distortion)",
               "RF receive coil or its connector (an element dead or noisy: low SNR, coil errors with that coil)",
               "RF power amplifier (transmit errors, reference voltage up, flip angle short, SAR aborts)",
               "cryogenics: the cold head or the helium compressor (helium boiling off, magnet warming, alarms)",
               "magnetic-field inhomogeneity needing shimming (fat saturation failing, distortion, wide lines)",
               "RF-cage shielding (a door seal, a filter panel or a penetration leaking: zipper lines, RF noise)")
MRI_ROWS = (400, 380, 320, 340, 360, 340)
#: the causes engineers confuse (symmetric): the gradients against the RF power amplifier (both high-power cabinets
#: trip on the same chilled water and the same heavy protocols), the shim (a gradient's offsets or eddy currents
#: distort and ghost like an inhomogeneous field) and the RF cage (a gradient coil's arcing spikes against the
#: cage's noise lines); the receive coil against the RF power amplifier (a low SNR from a weak transmit or a dead
#: element) and the RF cage (noise in the image: a coil's connector or a leaking door); the cryogenics against the
#: shim (a magnet whose cold head stopped drifts off its field and its shim)
MRI_NEIGHBOURS = {0: (2, 4, 5), 1: (2, 5), 2: (0, 1), 3: (4,), 4: (0, 3), 5: (0, 1)}


# ---------------------------------------------------------------------- parkingmeter6: a city parking meter's fault
#: the 6 classes of ``parkingmeter6`` (a city's pay-and-display or multi-space parking meter a technician is sent to
#: after faults or complaints, by the cause the technician found); left out: vandalism of the case or its lock, the
#: bank-note acceptor, the controller board or its software and a full coin vault
PARKING_CLASSES = ("coin validator jam (a bent coin, a washer or debris in the validator or the chute)",
                   "card reader (chip, stripe or contactless failing to read or to be accepted)",
                   "solar panel or battery (a dirty or shaded panel, a worn battery: dead or blank at dawn)",
                   "cellular modem or communications (no call-in to the back office, cards not authorised)",
                   "ticket printer or its paper (a jam, paper out, faded or no tickets)",
                   "display or keypad (keys dead or stuck, the screen faded, fogged or missing segments)")
PARKING_ROWS = (420, 380, 360, 320, 340, 320)
#: the causes technicians confuse (symmetric): the coin validator against the card reader (both "will not take my
#: payment", a meter in cards-only or coins-only mode); the card reader against the modem (a card authorised online
#: fails when the link does) and the keypad or display (the same front panel, a card prompt never shown); the solar
#: panel or battery against the modem (a sagging battery drops the modem first), the printer (a weak battery stalls
#: the printer's motor) and the display (blank or dim on a low battery, in cold)
PARKING_NEIGHBOURS = {0: (1,), 1: (0, 3, 5), 2: (3, 4, 5), 3: (1, 2), 4: (2,), 5: (1, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"pear4": PEAR_NEIGHBOURS, "plum4": PLUM_NEIGHBOURS, "mri6": MRI_NEIGHBOURS,
              "parkingmeter6": PARKING_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("pear4", "plum4")


def _fails(z, offset):
    """The % of fruit failing at a level: each defect's per-lot logit ``z`` (lots x defects) less the level's
    ``offset`` (injury 0, damage higher, serious damage higher still), a fruit failing when any defect reaches it."""
    return 100 * (1 - np.prod(1 - _sig(z - offset), axis=1))


def pear4():
    """Lots of fresh summer and fall pears a packer sells, with the U.S. grade the inspector sets in 4 steps
    (``PEAR_CLASSES``; the best grade whose ``PEAR_LIMITS`` the inspector's sample meets, each grade's failing pears
    counted at its own level, a lot within none dropped; ``PEAR_GRADING`` the label's basis and not columns), as the
    lot's records and the packer's simple measures apart from the grade describe them. Unseen: the orchard block's
    condition (one per-lot logit shared by every defect: its care, its wind, its thinning), the fruit's ripeness (a
    later pick, days in cold storage, less in controlled atmosphere) and each defect's per-lot logit: misshapen pears
    (the variety), russeting (spring frost nights, Bartlett more, Seckel's own russet not counted), limb rubs and scars
    (the district's wind), hail marks (the season's storms), codling moth stings and worm holes (the trap's moths),
    bruises (ripeness); a pear fails Extra No. 1 at any injury (logit offset 0), No. 1 at damage (1.4), No. 2 at serious
    damage (4.0); soft or overripe pears (ripeness) fail every grade; decay (ripeness, days stored) apart. The
    inspector reads each share with a sample's error (log spread 0.1). Columns: the variety (0 Bartlett, 1 a red
    Bartlett or Starkrimson, 2 Clapp's Favorite or another early, 3 Seckel), the district (0 the Sacramento River, 1
    Lake or Mendocino, 2 Yakima or Wenatchee, 3 Hood River or Medford), the pick (0 first, 1 second, 2 third), the
    harvest's day of the year, the spring frost nights, the hail storms in the season, the codling moth trap's moths a
    week, the days in cold storage before packing, controlled atmosphere (0 regular air, 1 CA), the firmness (lbf, a
    pressure tester), the packer's mean fruit weight (g), the line camera's russeted surface (%), the line's cull-out
    (%), the marked pears (russet, limb rub, scars, hail, shape) of 50 and the decayed of 50 after a ripening test
    (15). Imbalanced: 440 / 620 / 560 / 520 rows (2,140)."""
    rng = np.random.default_rng(124101)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.5, 0.15, 0.15])).sum(1)
    district = (rng.random(n)[:, None] > np.cumsum([0.3, 0.2, 0.3])).sum(1)
    pick = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    day = np.clip(np.round(212 + np.array([-18, 2, 20, 16])[district] + np.array([0, 3, -12, 14])[variety]
                           + 6 * pick + 5 * rng.normal(0, 1, n)), 170, 280)
    frost = rng.poisson(np.array([0.4, 1.2, 1.6, 1.0])[district])
    hail = rng.poisson(np.array([0.1, 0.3, 0.6, 0.4])[district])
    moth = np.clip(3 * np.exp(np.array([0.5, 0.2, -0.2, 0.0])[district] + 0.7 * rng.normal(0, 1, n)), 0.1, 80)
    ca = (rng.random(n) < 0.2).astype(int)
    stored = np.clip(np.round(8 * np.exp(1.2 * ca + 0.7 * rng.normal(0, 1, n))), 0, 150)
    ripe = 0.5 * pick + 0.012 * stored * (1 - 0.6 * ca) + 0.8 * rng.normal(0, 1, n)  # unseen
    block = 1.6 * rng.normal(0, 1, n)  # unseen: the orchard block's condition, a logit
    z = np.column_stack([
        -4.0 + np.array([0.0, 0.1, 0.3, -0.2])[variety] + 0.5 * rng.normal(0, 1, n),  # misshapen
        -3.4 + 0.35 * frost + np.array([0.3, 0.0, 0.2, -0.8])[variety] + 0.5 * rng.normal(0, 1, n),  # russet
        -3.5 + np.array([0.2, 0.0, 0.1, -0.1])[district] + 0.5 * rng.normal(0, 1, n),  # limb rub, scars
        -5.0 + 1.0 * hail + 0.5 * rng.normal(0, 1, n),  # hail marks
        -4.6 + 0.6 * np.log(moth / 3) + 0.5 * rng.normal(0, 1, n),  # stings, worm holes
        -3.8 + 0.5 * ripe + 0.4 * rng.normal(0, 1, n)]) + block[:, None]  # bruises; unseen, per-lot logits
    soft = 0.8 * np.exp(0.6 * ripe + 0.35 * rng.normal(0, 1, n))  # unseen, %
    decay = 0.25 * np.exp(0.5 * ripe + 0.01 * stored + 0.4 * rng.normal(0, 1, n))  # unseen, %
    true = np.column_stack([_fails(z, 0) + soft, _fails(z, 1.4) + soft, _fails(z, 4.0) + soft, decay])
    seen = true * rng.lognormal(0, 0.1, true.shape)
    meets = np.all(seen[:, None, :] <= PEAR_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # within no grade: dropped
    keep = _keep(rng, label, PEAR_ROWS)
    x = np.column_stack([
        variety, district, pick, day, frost, hail, np.round(moth, 1), stored, ca,
        np.round(np.clip(19 - 2.5 * ripe + 1.2 * rng.normal(0, 1, n), 5, 30), 1),
        np.round(np.clip(200 * np.exp(np.array([0.0, -0.05, 0.05, -0.6])[variety] + 0.1 * rng.normal(0, 1, n)), 60,
                         400)),
        np.round(100 * _sig(z[:, 1] + 1.0 + 0.35 * rng.normal(0, 1, n)), 1),
        np.round(np.clip((0.5 * true[:, 0] + true[:, 1]) * rng.lognormal(0, 0.2, n), 0.1, 90), 1),
        rng.binomial(50, _fails(z[:, :4], 0.8) / 100),
        rng.binomial(50, np.clip(3 * decay / 100, 0, 1))])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def plum4():
    """Lots of fresh plums and prunes a packer sells, with the U.S. grade the inspector sets in 4 steps
    (``PLUM_CLASSES``; the best grade whose ``PLUM_LIMITS`` the inspector's sample meets, each grade's failing fruit
    counted at its own level, a lot within none dropped; ``PLUM_GRADING`` the label's basis and not columns), as the
    lot's records and the packer's simple measures apart from the grade describe them. Unseen: the orchard block's
    condition (one per-lot logit shared by every defect), the fruit's ripeness (a later pick, days in cold storage)
    and each defect's per-lot logit: split pits (the early red plums, less in prunes), hail marks (the season's
    storms), sunburn and heat injury (the hot days before harvest), growth cracks (rain before harvest, the black plums
    and prunes), russeting and scars, bruises (ripeness); a fruit fails Fancy at any split pit, hail mark or sunburn
    (logit offset 0) or at damage by the rest (1.4), No. 1 at damage by any (1.4), No. 2 at serious damage (4.0); soft
    or shrivelled fruit (ripeness, days stored) fails every grade; decay apart; the Italian-type prunes short of their
    colour (less ripe: more short), the others none. The inspector reads each share with a sample's error (log spread
    0.1). Columns: the kind (0 a red Japanese-type plum, 1 a black plum, 2 an Italian-type prune, 3 a plumcot or
    another), the district (0 Fresno or Tulare, 1 the Sacramento Valley or Placer, 2 Washington or Oregon, 3 Michigan or
    another), the pick (0 first, 1 second, 2 third), the harvest's day of the year, the days over 38 C in the three
    weeks before harvest, the rain in the week before harvest (mm), the hail storms in the season, the days in cold
    storage before packing, the firmness (lbf), the soluble solids (Brix), the packer's mean fruit weight (g), the line
    camera's fruit in full colour (%), the line's cull-out (%), the fruit with a split pit, a hail mark, sunburn or a
    crack (any) of 50 and the decayed of 50 after a holding test (15). Imbalanced: 480 / 600 / 460 / 600 rows
    (2,140)."""
    rng = np.random.default_rng(124202)
    n = 200000
    kind = (rng.random(n)[:, None] > np.cumsum([0.35, 0.3, 0.15])).sum(1)
    district = (rng.random(n)[:, None] > np.cumsum([0.5, 0.2, 0.15])).sum(1)
    pick = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    day = np.clip(np.round(190 + np.array([0, 5, 45, 40])[district] + np.array([0, 15, 50, -15])[kind]
                           + 6 * pick + 6 * rng.normal(0, 1, n)), 140, 290)
    heat = rng.poisson(np.array([6.0, 4.0, 1.5, 1.0])[district] * np.exp(0.5 * rng.normal(0, 1, n)))
    rain = np.clip(np.array([1.0, 2.0, 8.0, 12.0])[district] * np.exp(1.0 * rng.normal(0, 1, n)), 0, 150)
    hail = rng.poisson(np.array([0.1, 0.2, 0.4, 0.5])[district])
    stored = np.clip(np.round(6 * np.exp(0.7 * rng.normal(0, 1, n))), 0, 60)
    ripe = 0.5 * pick + 0.015 * stored + 0.8 * rng.normal(0, 1, n)  # unseen
    block = 1.6 * rng.normal(0, 1, n)  # unseen: the orchard block's condition, a logit
    z = np.column_stack([
        -4.2 + np.array([0.5, 0.0, -0.6, 0.2])[kind] + 0.5 * rng.normal(0, 1, n),  # split pits
        -5.0 + 1.0 * hail + 0.5 * rng.normal(0, 1, n),  # hail marks
        -4.5 + 0.12 * heat + 0.5 * rng.normal(0, 1, n),  # sunburn, heat injury
        -4.2 + 0.4 * np.log1p(rain / 2) + np.array([0.2, 0.3, 0.5, 0.0])[kind] + 0.5 * rng.normal(0, 1, n),  # cracks
        -3.6 + 0.5 * rng.normal(0, 1, n),  # russeting, scars
        -3.8 + 0.5 * ripe + 0.4 * rng.normal(0, 1, n)]) + block[:, None]  # bruises; unseen, per-lot logits
    soft = 0.6 * np.exp(0.6 * ripe + 0.02 * stored + 0.35 * rng.normal(0, 1, n))  # unseen: soft, shrivelled, %
    decay = 0.12 * np.exp(0.5 * ripe + 0.02 * stored + 0.4 * rng.normal(0, 1, n))  # unseen, %
    colour = np.where(kind == 2, 100 * _sig(-2.2 - 1.0 * ripe + 0.6 * rng.normal(0, 1, n)), 0.0)  # unseen, %
    fancy = 100 - (100 - _fails(z[:, :3], 0)) * (100 - _fails(z[:, 3:], 1.4)) / 100
    true = np.column_stack([fancy + soft, _fails(z, 1.4) + soft, _fails(z, 4.0) + soft, decay, colour])
    seen = true * rng.lognormal(0, 0.1, true.shape)
    meets = np.all(seen[:, None, :] <= PLUM_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # within no grade: dropped
    keep = _keep(rng, label, PLUM_ROWS)
    x = np.column_stack([
        kind, district, pick, day, heat, np.round(rain, 1), hail, stored,
        np.round(np.clip(10 - 2.0 * ripe + 1.0 * rng.normal(0, 1, n), 1, 20), 1),
        np.round(np.clip(14 + 0.8 * ripe + np.array([0.0, 1.0, 6.0, 2.0])[kind] + 1.0 * rng.normal(0, 1, n), 8, 30),
                 1),
        np.round(np.clip(70 * np.exp(np.array([0.0, 0.15, -0.5, 0.1])[kind] + 0.12 * rng.normal(0, 1, n)), 15, 200)),
        np.round(100 * _sig(1.5 + 1.0 * ripe - np.where(kind == 2, 1.0, 0.0) + 0.4 * rng.normal(0, 1, n)), 1),
        np.round(np.clip((0.5 * true[:, 0] + true[:, 1]) * rng.lognormal(0, 0.08, n), 0.1, 90), 1),
        rng.binomial(50, _fails(z[:, :4], 0) / 100),
        rng.binomial(50, np.clip(4 * decay / 100, 0, 1))])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``mri6``, the chances of the make (0 Siemens, 1 GE, 2 Philips, 3 Canon or another)
MRI_MAKE = np.array([[0.35, 0.30, 0.25, 0.10], [0.30, 0.35, 0.25, 0.10], [0.30, 0.30, 0.30, 0.10],
                     [0.30, 0.30, 0.25, 0.15], [0.35, 0.30, 0.25, 0.10], [0.30, 0.30, 0.25, 0.15]])
#: per cause of ``mri6``, the chances of the field (0 1.5 T, 1 3 T)
MRI_FIELD = np.array([[0.55, 0.45], [0.60, 0.40], [0.50, 0.50], [0.65, 0.35], [0.45, 0.55], [0.60, 0.40]])
#: per cause of ``mri6``, the chances of the call (0 image artefacts reported: spikes, lines, ghosts, 1 a failed
#: daily quality check on the phantom: SNR or uniformity, 2 a system error or an aborted scan, 3 a helium level or
#: magnet alarm, 4 fat saturation, spectroscopy or distortion complaints)
MRI_CALL = np.array([[0.40, 0.10, 0.35, 0.02, 0.13], [0.35, 0.40, 0.20, 0.02, 0.03],
                     [0.10, 0.25, 0.55, 0.02, 0.08], [0.05, 0.05, 0.10, 0.70, 0.10],
                     [0.15, 0.15, 0.05, 0.05, 0.60], [0.55, 0.30, 0.05, 0.02, 0.08]])
#: per cause of ``mri6``, the medians of the scanner's records and the engineer's simple measures: its age (years),
#: the exams a day, the helium level lost over the last 30 days (percentage points), the cold head's second stage
#: (K), the phantom's SNR (% of its baseline), the phantom's field homogeneity (ppm over the sphere), the spikes found
#: in a spike check, the RF noise test's worst peak over the floor (dB), the transmitter's reference voltage off its
#: baseline (%, its size), the errors in the log over the last 30 days and the coil elements failing the coil check
MRI_TABLE = np.array([
    # age  exams  he    cold  snr   homog spikes noise  tx    errors coil
    [10.0, 25.0, 0.5, 4.2, 92.0, 0.9, 8.0, 3.0, 3.0, 12.0, 0.2],  # gradient amplifier or coil
    [8.0, 28.0, 0.5, 4.2, 70.0, 0.7, 1.0, 4.0, 4.0, 5.0, 2.5],  # receive coil or connector
    [9.0, 25.0, 0.5, 4.2, 85.0, 0.7, 1.0, 3.0, 20.0, 10.0, 0.3],  # RF power amplifier
    [11.0, 22.0, 3.0, 6.5, 95.0, 1.0, 1.0, 3.0, 3.0, 4.0, 0.2],  # cold head or helium compressor
    [9.0, 25.0, 0.6, 4.3, 93.0, 2.2, 1.0, 3.0, 5.0, 2.0, 0.2],  # shimming
    [12.0, 25.0, 0.5, 4.2, 84.0, 0.8, 3.0, 14.0, 3.0, 2.0, 0.3],  # RF cage
])
MRI_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
MRI_KINDS = [("log", 0.4, 0.2), ("log", 0.3, 0), ("log", 0.6, 0), ("log", 0.12, 0), ("log", 0.1, -0.03),
             ("log", 0.5, 0), ("count", 0.6, 0), ("log", 0.5, 0), ("log", 0.6, 0), ("count", 0.6, 0.1),
             ("count", 0.6, 0)]


def mri6():
    """Hospital superconducting MRI scanners a field-service engineer is called to after image artefacts, failed
    quality checks or errors, in 6 causes engineers confuse (``MRI_CLASSES``), labelled by the engineer's finding, as
    the scanner's records, its field, the call and the engineer's simple measures apart from it describe them. Each
    cause has its picture (``MRI_MAKE``, ``MRI_FIELD``, ``MRI_CALL``, ``MRI_TABLE``; each class's medians ``_pull``ed
    0.3 of the way toward its neighbours'): the gradients artefacts and errors, the most spikes and log errors; the
    receive coil failed quality checks, the lowest SNR, the coil check's failing elements; the RF power amplifier
    errors, the transmitter's reference off; the cryogenics magnet alarms, the helium lost, the warm cold head; the
    shim fat saturation and distortion complaints, the widest field; the RF cage artefacts, the RF noise peak, the
    oldest rooms. Unseen: the scanner's wear (one per-row factor raising the age and the log errors, lowering the
    SNR). Columns: the make (0-3), the field (0-1), the call (0-4), then the table's 11 (the age to a tenth within
    0.5-25 years, the exams to the unit within 2-80, the helium lost to a tenth within 0.1-30 points, the cold head
    to a tenth within 3.5-20 K, the SNR to the unit within 20-130 %, the homogeneity to a hundredth within 0.05-10 ppm,
    the spikes counted (within 0-200), the noise peak to a tenth within 0.5-40 dB, the transmitter's reference to a
    tenth within 0.1-80 %, the log errors and the failing elements counted (within 0-300, 0-16)) (14). Imbalanced:
    400 / 380 / 320 / 340 / 360 / 340 rows (2,140)."""
    rng = np.random.default_rng(124303)
    y = rng.permutation(np.repeat(np.arange(len(MRI_CLASSES)), MRI_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (MRI_MAKE, MRI_FIELD, MRI_CALL)]
    t = _pull(MRI_TABLE, MRI_NEIGHBOURS, 0.3, MRI_LOGS)[y]
    x = _draw(rng, t, MRI_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 25, 1), (1, 2, 80, 0), (2, 0.1, 30, 1), (3, 3.5, 20, 1), (4, 20, 130, 0),
                                 (5, 0.05, 10, 2), (6, 0, 200, 0), (7, 0.5, 40, 1), (8, 0.1, 80, 1), (9, 0, 300, 0),
                                 (10, 0, 16, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``parkingmeter6``, the chances of the make (0 Flowbird or Parkeon, 1 Cale, 2 IPS, 3 Duncan or another)
PARKING_MAKE = np.array([[0.35, 0.25, 0.20, 0.20], [0.30, 0.30, 0.20, 0.20], [0.35, 0.25, 0.25, 0.15],
                         [0.30, 0.30, 0.20, 0.20], [0.40, 0.25, 0.15, 0.20], [0.30, 0.25, 0.25, 0.20]])
#: per cause of ``parkingmeter6``, the chances of the kind (0 pay-and-display, 1 multi-space pay-by-plate or by space)
PARKING_KIND = np.array([[0.60, 0.40], [0.55, 0.45], [0.60, 0.40], [0.50, 0.50], [0.80, 0.20], [0.55, 0.45]])
#: per cause of ``parkingmeter6``, the chances of the report (0 coins not taken, 1 cards declined or not read, 2 the
#: meter dead or blank, 3 no ticket, 4 an offline or out-of-order alert in the back office, 5 keys or the screen)
PARKING_REPORT = np.array([[0.65, 0.08, 0.05, 0.12, 0.05, 0.05], [0.10, 0.60, 0.05, 0.05, 0.10, 0.10],
                           [0.05, 0.08, 0.50, 0.10, 0.22, 0.05], [0.03, 0.35, 0.05, 0.04, 0.50, 0.03],
                           [0.05, 0.03, 0.07, 0.75, 0.05, 0.05], [0.05, 0.10, 0.15, 0.05, 0.05, 0.60]])
#: per cause of ``parkingmeter6``, the medians of the meter's records and the technician's simple measures: its age
#: (years), the payments a day over the last 30 days, the coins rejected (% of those inserted, the last 7 days), the
#: cards failing to read or to be accepted (% of attempts), the battery's voltage at the visit (V), the solar panel's
#: charging current at the visit (mA), the hours since its last call-in to the back office, the call-ins failed of the
#: last 100, the printer's jams and paper-out events over the last 30 days and the keys failing a test of every key
PARKING_TABLE = np.array([
    # age  pays  coins  cards  batt  solar  hours  calls  print keys
    [7.0, 60.0, 35.0, 3.0, 12.4, 300.0, 1.5, 5.0, 1.0, 0.2],  # coin validator
    [6.0, 60.0, 6.0, 30.0, 12.4, 300.0, 1.5, 6.0, 1.0, 0.3],  # card reader
    [9.0, 50.0, 6.0, 5.0, 11.2, 80.0, 8.0, 20.0, 2.0, 0.2],  # solar panel or battery
    [7.0, 55.0, 5.0, 18.0, 12.3, 280.0, 30.0, 45.0, 1.0, 0.2],  # modem or communications
    [8.0, 65.0, 5.0, 3.0, 12.2, 280.0, 1.5, 5.0, 9.0, 0.2],  # ticket printer or paper
    [10.0, 45.0, 6.0, 4.0, 12.2, 250.0, 1.5, 6.0, 1.0, 3.0],  # display or keypad
])
PARKING_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
PARKING_KINDS = [("log", 0.4, 0.2), ("log", 0.4, 0), ("log", 0.6, 0), ("log", 0.6, 0), ("log", 0.03, -0.01),
                 ("log", 0.5, -0.1), ("log", 0.8, 0), ("count", 0.6, 0), ("count", 0.6, 0), ("count", 0.6, 0)]


def parkingmeter6():
    """A city's pay-and-display and multi-space parking meters a technician is sent to after faults or complaints, in
    6 causes technicians confuse (``PARKING_CLASSES``), labelled by the technician's finding, as the meter's records,
    its kind, the report and the technician's simple measures apart from it describe them. Each cause has its picture
    (``PARKING_MAKE``, ``PARKING_KIND``, ``PARKING_REPORT``, ``PARKING_TABLE``; each class's medians ``_pull``ed 0.3 of
    the way toward its neighbours'): the coin validator coins not taken, the most coins rejected; the card reader
    cards declined, the most cards failing; the solar panel or battery a dead meter, the lowest voltage and charge;
    the modem offline alerts, the longest since a call-in, the most failed call-ins, cards failing too; the printer no
    ticket, the most jams, the busiest pay-and-display meters; the display or keypad keys and screens, the keys
    failing, the oldest meters. Unseen: the meter's wear (one per-row factor raising the age, lowering the voltage
    and the charge). Columns: the make (0-3), the kind (0-1), the report (0-5), then the table's 10 (the age to a tenth
    within 0.5-25 years, the payments to the unit within 1-400, the coins and the cards to a tenth within 0.1-100 %,
    the voltage to a hundredth within 9-14 V, the charge to the unit within 0-1,500 mA, the hours to a tenth within
    0.1-720, the failed call-ins, the printer's events and the keys counted (within 0-100, 0-60, 0-16)) (13).
    Imbalanced: 420 / 380 / 360 / 320 / 340 / 320 rows (2,140)."""
    rng = np.random.default_rng(124404)
    y = rng.permutation(np.repeat(np.arange(len(PARKING_CLASSES)), PARKING_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (PARKING_MAKE, PARKING_KIND, PARKING_REPORT)]
    t = _pull(PARKING_TABLE, PARKING_NEIGHBOURS, 0.3, PARKING_LOGS)[y]
    x = _draw(rng, t, PARKING_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 25, 1), (1, 1, 400, 0), (2, 0.1, 100, 1), (3, 0.1, 100, 1), (4, 9, 14, 2),
                                 (5, 0, 1500, 0), (6, 0.1, 720, 1), (7, 0, 100, 0), (8, 0, 60, 0), (9, 0, 16, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND124`` lists them (the ordered sets first)
GENERATORS = {"pear4": pear4, "plum4": plum4, "mri6": mri6, "parkingmeter6": parkingmeter6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND124_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "pear4": (2140, 15, PEAR_ROWS),
    "plum4": (2140, 15, PLUM_ROWS),
    "mri6": (2140, 14, MRI_ROWS),
    "parkingmeter6": (2140, 13, PARKING_ROWS),
}
ROUND124 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
