"""Round 47's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- syrup4: maple syrup colour class
#: the 4 grade A colour classes of ``syrup4`` (a drum of maple syrup from one boil, by the light transmittance at
#: 560 nm against analytical glycerol the grader's spectrophotometer reads, ``SYRUP_LIMITS``), lightest first:
#: 0 golden (delicate taste, 75 %Tc and over); 1 amber (rich, 50-74.9); 2 dark (robust, 25-49.9); 3 very dark
#: (strong, under 25)
SYRUP_CLASSES = ("0 golden", "1 amber", "2 dark", "3 very dark")
SYRUP_ROWS = (480, 620, 560, 480)
#: the colour class above and below each class
SYRUP_NEIGHBOURS = ordinal_neighbours(len(SYRUP_CLASSES))
#: the least light transmittance (%Tc) of golden, amber and dark syrup: a drum's class is the number of limits
#: above its transmittance
SYRUP_LIMITS = (75.0, 50.0, 25.0)


# --------------------------------------------------------------------------- ceap7: chronic venous disease
#: the 7 CEAP clinical classes of ``ceap7`` (a patient's worse leg, by the class a vascular specialist assigned
#: from the examination and a duplex ultrasound: the most advanced sign found), mildest first: 0 C0 no visible or
#: palpable sign; 1 C1 telangiectasias or reticular veins; 2 C2 varicose veins (3 mm and over); 3 C3 venous
#: oedema; 4 C4 skin changes (pigmentation, eczema, lipodermatosclerosis, atrophie blanche); 5 C5 a healed venous
#: ulcer; 6 C6 an active venous ulcer
CEAP_CLASSES = ("0 C0 no sign", "1 C1 telangiectasia or reticular", "2 C2 varicose veins", "3 C3 oedema",
                "4 C4 skin changes", "5 C5 healed ulcer", "6 C6 active ulcer")
CEAP_ROWS = (300, 360, 400, 320, 320, 200, 240)
#: the class above and below each class
CEAP_NEIGHBOURS = ordinal_neighbours(len(CEAP_CLASSES))
#: the least venous-hypertension stage (the author's latent scale: years of ambulatory venous hypertension, reflux
#: and obstruction together, 0-7) at which the specialist finds the sign of C1 .. C6: a patient's class is the
#: number of limits at or below the stage (the reference measure is the specialist's worst sign; the stage is the
#: generator's way to order them)
CEAP_LIMITS = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
#: the least diameter (mm, standing) of a vein the specialist calls reticular (C1) and varicose (C2); the class
#: limits of the stage above are set so that the widest vein crosses these as the stage crosses 1 and 2
CEAP_VEIN_LIMITS = (1.0, 3.0)


# --------------------------------------------------------------------------- treefail7: urban tree failure causes
#: the causes of ``treefail7`` (an urban street or park tree that failed, by the cause the municipal arborist
#: assigned after inspecting the failure), in label order
TREE_CAUSES = ("root decay", "stem decay", "weak codominant union", "wind overload of a sound tree", "lightning",
               "construction root damage", "pest or disease")
TREE_ROWS = (380, 340, 320, 360, 180, 260, 300)
#: the causes the inventory record and the failure report confuse (symmetric): root decay against stem decay (the
#: same fungi, butt rots that reach both), wind overload (a tree uprooted in a storm, the decayed roots found only
#: in the root plate), construction damage (severed roots decay; both uproot a tree with a small root plate) and a
#: pest or disease (a root-rot pathogen's decline); stem decay against a codominant union (decay behind the included
#: bark breaks the union) and a pest or disease (borers and cankers open the stem to decay); a codominant union
#: against wind overload (the union splits in the storm); wind overload against lightning (the same storms);
#: construction damage against a pest or disease (root-cut, stressed trees decline and the borers attack them)
TREE_NEIGHBOURS = {0: (1, 3, 5, 6), 1: (0, 2, 6), 2: (1, 3), 3: (0, 2, 4), 4: (3,), 5: (0, 6), 6: (0, 1, 5)}


# --------------------------------------------------------------------------- flaky6: flaky test root causes
#: the root causes of ``flaky6`` (a test a team marked flaky, by the cause the team assigned after investigating
#: and fixing it), in label order
FLAKY_CAUSES = ("timing or async wait", "resource leak", "test-order dependency", "network", "concurrency race",
                "environment or platform")
FLAKY_ROWS = (520, 260, 340, 360, 380, 280)
#: the causes the CI history confuses (symmetric): an async wait against a network call (both time out waiting),
#: a race (both sensitive to the scheduling and the load) and the environment (a slow runner lets the wait
#: expire); a resource leak against an order dependency (both fail after earlier tests, late in the suite) and the
#: environment (a runner's file-descriptor or memory limits); an order dependency against a race (shared state
#: between tests run in parallel workers); a network call against the environment (a runner's DNS, proxy or
#: sandbox)
FLAKY_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 5), 2: (1, 4), 3: (0, 5), 4: (0, 2), 5: (0, 1, 3)}
