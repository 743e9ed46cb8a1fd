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
