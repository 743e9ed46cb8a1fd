"""Round 34's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector. (Docstring completed with the generators.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- bmi6: WHO BMI classes
#: the weight classes of ``bmi6`` (an adult's, by the clinic's measured weight over measured height squared against
#: the WHO's BMI classification, kg/m2), lightest first
BMI_CLASSES = ("underweight (< 18.5)", "normal weight (18.5-25)", "pre-obese (25-30)", "obese class I (30-35)",
               "obese class II (35-40)", "obese class III (>= 40)")
BMI_ROWS = (160, 440, 520, 440, 320, 260)
#: the class below and above each class
BMI_NEIGHBOURS = ordinal_neighbours(len(BMI_CLASSES))
#: the least BMI (kg/m2) of normal weight .. obese class III
BMI_LIMITS = (18.5, 25.0, 30.0, 35.0, 40.0)


# --------------------------------------------------------------------------- sand6: Wentworth sand grades
#: the grades of ``sand6`` (a beach sediment sample's, by the laboratory's dry-sieved median diameter against the
#: Udden-Wentworth scale; samples finer than 62.5 um or coarser than 4 mm are not kept), finest first
SAND_GRADES = ("very fine sand (62.5-125 um)", "fine sand (125-250 um)", "medium sand (250-500 um)",
               "coarse sand (0.5-1 mm)", "very coarse sand (1-2 mm)", "granule (2-4 mm)")
SAND_ROWS = (260, 480, 520, 400, 280, 200)
#: the grade below and above each grade
SAND_NEIGHBOURS = ordinal_neighbours(len(SAND_GRADES))
#: the least median diameter (mm) of fine sand .. granule (phi 3 .. -1)
SAND_LIMITS = (0.125, 0.25, 0.5, 1.0, 2.0)


# --------------------------------------------------------------------------- sodium8: causes of hyponatraemia
#: the causes of ``sodium8`` (an adult's hypotonic hyponatraemia, serum sodium under 130 mmol/l, by the cause an
#: endocrinologist's review names at discharge), in label order
SODIUM_CAUSES = ("SIADH", "thiazide diuretic", "extrarenal losses (vomiting, diarrhoea)", "heart failure",
                 "cirrhosis", "primary polydipsia or low solute intake", "glucocorticoid deficiency",
                 "advanced chronic kidney disease")
SODIUM_ROWS = (420, 320, 300, 280, 240, 180, 160, 240)
#: the causes that clinicians confuse (symmetric), as the hyponatraemia guidelines and diagnostic studies document
#: them: the bedside's volume status is unreliable, so SIADH meets the hypovolaemic losses; a thiazide mimics SIADH
#: (a high urine sodium, a euvolaemic look) and the losses (a contracted volume), and heart failure is treated with
#: diuretics; glucocorticoid deficiency must be excluded before SIADH is named and vomits like the losses; low
#: solute intake concentrates the urine less than SIADH but not always below 100 mOsm/kg, and thiazides are taken by
#: the same elderly, drinking patients; the oedematous states (heart failure, cirrhosis: a low urine sodium, a high
#: renin) together, and heart failure with advanced kidney disease (oedema, diuretics, a raised urea)
SODIUM_NEIGHBOURS = {0: (1, 2, 5, 6), 1: (0, 2, 3, 5), 2: (0, 1, 6), 3: (1, 4, 7), 4: (3,), 5: (0, 1), 6: (0, 2),
                     7: (3,)}


# --------------------------------------------------------------------------- tea8: tea types
#: the types of ``tea8`` (a tea lot's, by its maker's declared processing), in label order
TEA_TYPES = ("green", "yellow", "white", "light oolong", "dark (roasted) oolong", "black (red)", "raw pu-erh (sheng)",
             "ripe dark tea (shou pu-erh)")
TEA_ROWS = (400, 160, 220, 300, 240, 380, 200, 240)
#: the types that tasters and chemists confuse (symmetric), as the tea literature's processing and chemistry
#: describe them: the unoxidised and slightly oxidised teas (green with yellow: a green tea with a sealed
#: yellowing step; green and yellow with white: a withered, barely oxidised bud tea); the oolongs' range of
#: oxidation (a light, jade oolong with green tea; light with dark oolong; a heavily oxidised oolong with black tea);
#: the pu-erhs (raw pu-erh is a sun-dried, green-processed leaf; raw with ripe pu-erh as the raw one ages; the ripe,
#: pile-fermented dark tea with black tea: both dark liquors)
TEA_NEIGHBOURS = {0: (1, 2, 3, 6), 1: (0, 2), 2: (0, 1), 3: (0, 4), 4: (3, 5), 5: (4, 7), 6: (0, 7), 7: (5, 6)}
