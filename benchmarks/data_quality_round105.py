"""Round 105's held-out data sets for the noisy-label benchmark (docstring written at the end)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- tender8: a strip-loin steak's tenderness
#: the 8 classes of ``tender8`` (a beef strip-loin steak, by the trained sensory panel's consensus tenderness on the
#: 8-point scale), the toughest first
TENDER_CLASSES = ("1 extremely tough", "2 very tough", "3 moderately tough", "4 slightly tough",
                  "5 slightly tender", "6 moderately tender", "7 very tender", "8 extremely tender")
TENDER_ROWS = (140, 200, 300, 380, 420, 340, 220, 140)
#: the lower limits of the scores 2 .. 8 on the panel's consensus (the mean of its panellists' scores) that the
#: recorded score rounds
TENDER_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5)
#: the score above and below each (panels differ mostly by one score: a panellist's chew count, a steak's end nearer
#: the sirloin, the cooking's end-point temperature, the session's anchor steaks)
TENDER_NEIGHBOURS = ordinal_neighbours(len(TENDER_CLASSES))
#: what the score is given from: the label's basis, not columns
TENDER_PANEL = ("the trained panellists' chewing of cores cut from the cooked steak (the first bite's and the "
                "overall tenderness, the connective tissue felt), each scored on the 8-point scale and averaged",
                "the session's calibration on reference steaks and the panel's own drift between sessions")


# ---------------------------------------------------------------------- stutter5: a child's stuttering severity
#: the 5 classes of ``stutter5`` (a school-age child assessed at a speech clinic, by the severity the speech-language
#: pathologist assigned from her own scoring of the recorded sample, SSI-4 style, and her impression), mildest first
STUTTER_CLASSES = ("very mild", "mild", "moderate", "severe", "very severe")
STUTTER_ROWS = (380, 620, 520, 360, 260)
#: the lower limits of mild .. very severe on the clinician's total (frequency, duration and physical concomitants'
#: task scores, 0-46, with her impression of the child's avoidance) that the severity takes
STUTTER_LIMITS = (10.5, 21.5, 30.5, 36.5)
#: the severity above and below each (clinicians differ by a step: the syllables they count as stuttered, the blocks
#: they time, the concomitants they see, a covert child's avoidance, a good or a bad day's sample)
STUTTER_NEIGHBOURS = ordinal_neighbours(len(STUTTER_CLASSES))
#: what the severity is given from: the label's basis, not columns
STUTTER_RATING = ("the clinician's own count of stuttered syllables, her timing of the longest stutters and her "
                  "scoring of the physical concomitants in the recorded conversation and reading (SSI-4's tables)",
                  "her impression of the child's speech naturalness, avoidance and word substitutions beyond the "
                  "sample's counts")


# ---------------------------------------------------------------------- callreason6: an energy utility call's reason
#: the 6 classes of ``callreason6`` (a call to an energy utility's contact centre, by the reason the agent coded)
CALL_CLASSES = ("billing dispute (the customer says the bill is wrong: a charge, a tariff, a rate, a payment not "
                "credited)",
                "high-bill enquiry (the bill is higher than the customer expected: usage, the season, a price change)",
                "payment arrangement (the customer cannot pay: a plan, a deferral, a disconnection notice)",
                "supply fault or outage report (no power or gas at the address, a flickering or partial supply)",
                "meter-reading problem (estimated bills, a read given or disputed, no access, a faulty or smart "
                "meter not sending)",
                "moving home (a move in or out: closing or opening reads, the final bill, a new tenancy)")
CALL_ROWS = (420, 380, 300, 360, 280, 400)
#: the reasons agents confuse (symmetric): a dispute against a high-bill enquiry (a customer sure the bill is wrong
#: because it is high), against a payment arrangement (arrears disputed by a caller who cannot pay), against a
#: meter-reading problem (a wrong or estimated read disputed) and against moving home (charges after moving out, a
#: final bill disputed); a high-bill enquiry against a payment arrangement (a high winter bill the caller cannot pay)
#: and against a meter-reading problem (a catch-up bill after months of estimates); a supply fault against a
#: meter-reading problem (a smart or prepayment meter's fault cutting the supply); a meter-reading problem against
#: moving home (the opening or the closing read)
CALL_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2, 4), 2: (0, 1), 3: (4,), 4: (0, 1, 3, 5), 5: (0, 4)}


# ---------------------------------------------------------------------- brakes6: a braking complaint's cause
#: the 6 classes of ``brakes6`` (a car brought to a garage with a braking complaint, by the cause the mechanic
#: diagnosed)
BRAKES_CLASSES = ("worn pads (the friction material at or under its limit, the backing plate near the disc)",
                  "warped or scored discs (run-out or thickness variation, grooves from a worn pad or grit)",
                  "sticking caliper (a seized piston or slide pin: the brake dragging, one side hot)",
                  "air or moisture in the fluid (a spongy or long pedal, old fluid's low boiling point)",
                  "faulty ABS sensor or module (a wheel-speed sensor, its ring or wiring, the hydraulic unit)",
                  "contaminated pads (oil, grease or brake fluid on the friction material: poor grip, a pull)")
BRAKES_ROWS = (460, 440, 340, 320, 300, 280)
#: the causes mechanics confuse (symmetric): worn pads against scored discs (a grinding pad scores the disc),
#: against a sticking caliper (a dragging caliper wears one pad fast) and against contaminated pads (both noise and
#: poor stopping, a glazed pad read as worn); scored or warped discs against a sticking caliper (a dragging brake
#: overheats the disc into thickness variation, both pulsation and a pull) and against an ABS fault (a false wheel-
#: speed signal sets the ABS juddering at low speed, felt as pulsation); a sticking caliper against air or moisture in
#: the fluid (old wet fluid corrodes the piston; a long pedal and a pull) and against contaminated pads (a leaking
#: piston seal wets the pad; a pull to one side); air or moisture against an ABS fault (air trapped in the ABS unit
#: after a bleed, a warning light and a soft pedal together)
BRAKES_NEIGHBOURS = {0: (1, 2, 5), 1: (0, 2, 4), 2: (0, 1, 3, 5), 3: (2, 4), 4: (1, 3), 5: (0, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"tender8": TENDER_NEIGHBOURS, "stutter5": STUTTER_NEIGHBOURS, "callreason6": CALL_NEIGHBOURS,
              "brakes6": BRAKES_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("tender8", "stutter5")
