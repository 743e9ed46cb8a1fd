"""Round 92's held-out data sets for the noisy-label benchmark (in progress: the classes, the neighbour maps, the rows
and the limits, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- acne5: facial acne's IGA grade
#: the 5 classes of ``acne5`` (a patient seen at a dermatology clinic for facial acne, by the Investigator's Global
#: Assessment grade the dermatologist gave), the mildest first
ACNE_CLASSES = ("0 clear", "1 almost clear", "2 mild", "3 moderate", "4 severe")
ACNE_ROWS = (220, 420, 600, 540, 360)
#: the lower limits of grades 1-4 on the dermatologist's reading of the face (a continuous 0-4 reading of the
#: lesions' number, depth and spread that the global grade rounds; the author's framing of a holistic grade)
ACNE_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a few papules more or less, one nodule or none, under or over half the
#: face: dermatologists differ mostly one grade apart)
ACNE_NEIGHBOURS = ordinal_neighbours(len(ACNE_CLASSES))
#: what the dermatologist grades from: the label's basis, not columns
ACNE_LOOK = ("the dermatologist's look at the face (the lesions' kind, depth, inflammation and the share of the face "
             "involved)", "the lesion counts (comedones, papules, pustules, nodules and cysts)")


# ---------------------------------------------------------------------- sachike6: a route's SAC hiking grade
#: the 6 classes of ``sachike6`` (a mountain hiking route graded by an alpine club's route assessor on the SAC
#: mountain and alpine hiking scale), the easiest first
SACHIKE_CLASSES = ("T1 hiking", "T2 mountain hiking", "T3 challenging mountain hiking", "T4 alpine hiking",
                   "T5 challenging alpine hiking", "T6 difficult alpine hiking")
SACHIKE_ROWS = (300, 480, 520, 420, 260, 160)
#: the lower limits of T2-T6 on the assessor's reading of the route (a continuous 0.5-6.5 reading of the path, the
#: exposure, the terrain and the orientation it asks for; the author's framing of the grading)
SACHIKE_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the grade above and below each grade (a path visible or not, hands needed for balance or to move on, a firn field
#: easy or not: assessors differ mostly one grade apart, at the route's hardest passage)
SACHIKE_NEIGHBOURS = ordinal_neighbours(len(SACHIKE_CLASSES))
#: what the assessor grades from: the label's basis, not columns
SACHIKE_WALK = ("the assessor's walk of the route (the path, its hardest passage, the exposure and the danger of "
                "falling)", "the assessor's judgement of the terrain (scree, grassy slopes, crags, firn and glacier, "
                "the orientation and the alpine experience it asks for)")


# ---------------------------------------------------------------------- hippain6: the cause of an adult's hip pain
#: the 6 classes of ``hippain6`` (an adult referred to an orthopaedic and musculoskeletal clinic with hip pain, by the
#: cause the consultant recorded)
HIPPAIN_CLASSES = ("hip osteoarthritis", "greater trochanteric pain syndrome", "pain referred from the lumbar spine",
                   "femoroacetabular impingement", "avascular necrosis of the femoral head",
                   "femoral neck stress fracture")
HIPPAIN_ROWS = (520, 440, 400, 320, 200, 260)
#: the causes referrers confuse (symmetric): osteoarthritis against greater trochanteric pain syndrome (an older
#: patient's pain around the hip, at night, worse walking), against lumbar referred pain (an older patient's buttock
#: and thigh pain, stiffness, back pain alongside) and against avascular necrosis (groin pain and stiffness, a hip
#: that moves less); trochanteric pain against lumbar referred pain (lateral and buttock pain, pain down the thigh);
#: femoroacetabular impingement against avascular necrosis (a younger adult's groin pain) and against a femoral neck
#: stress fracture (an active young adult's groin pain with activity)
HIPPAIN_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2), 2: (0, 1), 3: (4, 5), 4: (0, 3), 5: (3,)}


# ---------------------------------------------------------------------- chargeback6: a disputed card transaction
#: the 6 classes of ``chargeback6`` (a card transaction disputed by the cardholder at a card issuer, by the dispute
#: reason the issuer's dispute analyst assigned)
CHARGEBACK_CLASSES = ("fraud, card not present", "goods or services not received", "not as described or defective",
                      "duplicate charge", "cancelled recurring transaction", "credit not processed")
CHARGEBACK_ROWS = (560, 420, 360, 240, 300, 260)
#: the reasons analysts confuse (symmetric): card-not-present fraud against a duplicate charge (a second charge the
#: cardholder does not recognise) and against a cancelled recurring transaction (a subscription's charge not
#: recognised or forgotten: "friendly fraud"); goods not received against not as described (a parcel late, partial or
#: wrong) and against credit not processed (an order cancelled or returned, no refund yet); not as described against
#: credit not processed (a faulty item returned, the refund missing); a duplicate charge against a cancelled recurring
#: transaction (the same amount charged again a month on)
CHARGEBACK_NEIGHBOURS = {0: (3, 4), 1: (2, 5), 2: (1, 5), 3: (0, 4), 4: (0, 3), 5: (1, 2)}
