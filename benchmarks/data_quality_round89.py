"""Round 89's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- breslow4: a melanoma's Breslow T category
#: the 4 classes of ``breslow4`` (a patient whose excised primary cutaneous melanoma the dermatopathologist staged by
#: its Breslow thickness), the thinnest first
BRESLOW_CLASSES = ("T1 up to 1.0 mm", "T2 1.01-2.0 mm", "T3 2.01-4.0 mm", "T4 over 4.0 mm")
BRESLOW_ROWS = (700, 580, 480, 380)
#: the lower limits (mm) of T2, T3 and T4 on the dermatopathologist's measured Breslow thickness (the granular layer
#: to the deepest invasive cell, read with an ocular micrometer)
BRESLOW_LIMITS = (1.0, 2.0, 4.0)
#: the category above and below each category (a thickness measured either side of 1, 2 or 4 mm: a tangential cut, a
#: periadnexal extension counted or not, an ulcer's base; pathologists differ mostly one category apart)
BRESLOW_NEIGHBOURS = ordinal_neighbours(len(BRESLOW_CLASSES))
#: what the dermatopathologist stages from: the label's basis, not columns
BRESLOW_SLIDES = ("the excision's sections under the microscope", "the measured Breslow thickness (mm)",
                  "the histological subtype (superficial spreading, nodular, lentigo maligna, acral)")


# ---------------------------------------------------------------------- foodhyg6: a food business's hygiene rating
#: the 6 classes of ``foodhyg6`` (a food business, by the food hygiene rating the local authority's food safety
#: officer gave at an inspection), the worst first
FOODHYG_CLASSES = ("0 urgent improvement necessary", "1 major improvement necessary", "2 improvement necessary",
                   "3 generally satisfactory", "4 good", "5 very good")
FOODHYG_ROWS = (180, 260, 320, 420, 480, 480)
#: the lower limits of ratings 1-5 on the officer's reading of the business' compliance (a continuous 0-6 reading of
#: the three scored elements, the hygienic handling, the structure and the confidence in management, rounded down to
#: a rating; the author's framing of the scheme's score bands)
FOODHYG_LIMITS = (1.0, 2.0, 3.0, 4.0, 5.0)
#: the rating above and below each rating (one element scored a band higher or lower: a missing probe record, a
#: cracked surface, a half-kept diary; officers differ mostly one rating apart, and an appeal moves one)
FOODHYG_NEIGHBOURS = ordinal_neighbours(len(FOODHYG_CLASSES))
#: what the officer rates from: the label's basis, not columns
FOODHYG_VISIT = ("the food handling and temperature control seen on the visit",
                 "the cleanliness and condition of the structure seen on the visit",
                 "the food safety management records checked on the visit")


# ---------------------------------------------------------------------- redeye6: an acute red eye's cause
#: the 6 classes of ``redeye6`` (an adult with an acute red eye, by the cause the ophthalmologist assigned at the eye
#: casualty)
REDEYE_CLASSES = ("bacterial conjunctivitis", "viral conjunctivitis", "allergic conjunctivitis",
                  "infective keratitis", "acute anterior uveitis", "acute angle-closure glaucoma")
REDEYE_ROWS = (400, 460, 360, 320, 340, 260)
#: the causes primary-care and triage staff confuse (symmetric): bacterial against viral conjunctivitis (a sticky red
#: eye, one then both, a cold or not) and against infective keratitis (a purulent discharge in a contact lens wearer);
#: viral against allergic conjunctivitis (watery, both eyes, some itch) and against keratitis (adenoviral or herpetic
#: keratitis, photophobia, a painful watery eye); keratitis against anterior uveitis (pain, photophobia, a blurred
#: eye, no discharge to speak of); anterior uveitis against angle closure (a painful red eye with blurred vision and a
#: headache, circumcorneal redness)
REDEYE_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 3), 2: (1,), 3: (0, 1, 4), 4: (3, 5), 5: (4,)}


# ---------------------------------------------------------------------- churn6: a mobile subscriber's reason to leave
#: the 6 classes of ``churn6`` (a mobile-phone subscriber who left the network, by the reason the retention team
#: recorded on the exit call)
CHURN_CLASSES = ("price", "network coverage or quality", "a competitor's handset offer", "a billing dispute",
                 "poor customer service", "moving home or abroad")
CHURN_ROWS = (460, 380, 360, 300, 340, 300)
#: the reasons the retention team confuses (symmetric): price against a competitor's handset offer (a cheaper bundle
#: with a new phone, near the contract's end) and against a billing dispute (a bill too high or a bill wrong); a
#: billing dispute against poor customer service (the dispute handled badly, many care calls); coverage against poor
#: service (network complaints unanswered) and against moving home (no signal at the new address, roaming abroad)
CHURN_NEIGHBOURS = {0: (2, 3), 1: (4, 5), 2: (0,), 3: (0, 4), 4: (1, 3), 5: (1,)}
