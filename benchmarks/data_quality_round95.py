"""Round 95's held-out data sets for the noisy-label benchmark (in progress: the classes, rows, limits and neighbour
maps, committed before any generator is written)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- ramsay6: an ICU patient's Ramsay level
#: the 6 classes of ``ramsay6`` (an intensive-care patient's sedation, by the level of the Ramsay sedation scale the
#: bedside nurse assessed), the lightest first
RAMSAY_CLASSES = ("1 anxious, agitated or restless", "2 cooperative, oriented and tranquil",
                  "3 responds to commands only", "4 asleep, a brisk response to a light glabellar tap or a loud sound",
                  "5 asleep, a sluggish response to a light glabellar tap or a loud sound",
                  "6 asleep, no response to a firm nail-bed pressure or other noxious stimuli")
RAMSAY_ROWS = (220, 380, 440, 460, 360, 280)
#: the lower limits of levels 2-6 on the nurse's reading of the patient's responsiveness (a continuous 0.5-6.5
#: reading of the response to voice, to a glabellar tap and to pain that the level rounds; the author's framing of an
#: ordinal scale)
RAMSAY_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the level above and below each level (restless against calm, drowsy against asleep, a brisk against a sluggish
#: response, sluggish against none: nurses differ mostly one level apart)
RAMSAY_NEIGHBOURS = ordinal_neighbours(len(RAMSAY_CLASSES))
#: what the nurse assesses from: the label's basis, not columns
RAMSAY_ASSESSMENT = ("the nurse's bedside assessment (the patient awake or asleep, calm or restless, following a "
                     "command, the response to a glabellar tap, a loud sound or a nail-bed pressure)",
                     "the nurse's judgement of a patient between levels (a response brisk or sluggish, a patient "
                     "roused by the assessment itself)")


# ---------------------------------------------------------------------- brackmann6: a face's House-Brackmann grade
#: the 6 classes of ``brackmann6`` (a patient with a facial nerve palsy, by the House-Brackmann grade an
#: otolaryngologist gave the face on examination), normal function first
BRACKMANN_CLASSES = ("I normal facial function", "II slight weakness on close inspection, complete eye closure with "
                     "minimal effort", "III obvious but not disfiguring weakness, complete eye closure with effort",
                     "IV obvious, disfiguring weakness, incomplete eye closure, no forehead movement",
                     "V barely perceptible motion, asymmetry at rest", "VI total paralysis, no movement")
BRACKMANN_ROWS = (300, 420, 400, 360, 320, 340)
#: the lower limits of grades II-VI on the otolaryngologist's reading of the face (a continuous 0.5-6.5 reading of the
#: forehead's, the eye's and the mouth's movement, the symmetry at rest and the synkinesis that the grade rounds; the
#: author's framing of an ordinal scale)
BRACKMANN_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the grade above and below each grade (the eye closing fully or not, slight forehead movement or none, barely
#: perceptible movement or none: examiners differ mostly one grade apart, most in the middle grades)
BRACKMANN_NEIGHBOURS = ordinal_neighbours(len(BRACKMANN_CLASSES))
#: what the otolaryngologist grades from: the label's basis, not columns
BRACKMANN_EXAMINATION = ("the otolaryngologist's examination of the face at rest and in motion (raising the brows, "
                         "closing the eyes, smiling, the symmetry, the tone)", "the examiner's judgement of "
                         "synkinesis, contracture or spasm, which set a grade of III or IV whatever the motion")


# ---------------------------------------------------------------------- aquarium6: why a home aquarium's fish died
#: the 6 classes of ``aquarium6`` (fish deaths in a home aquarium reported to an aquarium shop, by the cause the
#: shop's staff settled on)
AQUARIUM_CLASSES = ("ammonia poisoning (an uncycled new tank)", "nitrite poisoning (a tank half cycled)",
                    "low dissolved oxygen", "temperature shock (a failed or stuck heater, a cold water change)",
                    "white spot disease (ich)", "pH crash (an old tank's buffer exhausted)")
AQUARIUM_ROWS = (440, 320, 340, 300, 420, 320)
#: the causes the staff confuse (symmetric): ammonia against nitrite (a new tank cycling, both spiking on the kit),
#: against low oxygen (gasping at the surface, red gills), against ich (stressed new fish in a new tank break out in
#: white spot) and against a pH crash (a neglected tank, the acid turning the ammonia to ammonium); nitrite against
#: low oxygen (brown blood, gasping); low oxygen against a temperature shock (warm water holds less oxygen, a hot
#: spell, a heater stuck on) and against a pH crash (an old, overstocked tank, deaths overnight); a temperature shock
#: against ich (a temperature swing sets off white spot)
AQUARIUM_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2), 2: (0, 1, 3, 5), 3: (2, 4), 4: (0, 3), 5: (0, 2)}


# ---------------------------------------------------------------------- appcrash6: a mobile app crash's root cause
#: the 6 classes of ``appcrash6`` (a mobile app's crash report, by the root cause the triage engineer found in it)
APPCRASH_CLASSES = ("out of memory", "null dereference (a null pointer, an unexpectedly nil value)",
                    "network timeout or unhandled network error", "main thread blocked (ANR, a watchdog kill)",
                    "third-party SDK fault", "OS-version incompatibility")
APPCRASH_ROWS = (380, 440, 300, 360, 320, 340)
#: the causes a triage engineer confuses (symmetric): out of memory against a blocked main thread (a low-end device
#: paging, garbage collection freezing the UI) and against a third-party SDK (an ad or analytics SDK's memory); a null
#: dereference against a network error (a failed response leaving a field empty), against a third-party SDK (a
#: callback into released state) and against an OS version (an API that returns null on one version); a network
#: timeout against a blocked main thread (a request on the main thread); a third-party SDK against an OS version (an
#: SDK that breaks on a new OS release)
APPCRASH_NEIGHBOURS = {0: (3, 4), 1: (2, 4, 5), 2: (1, 3), 3: (0, 2), 4: (0, 1, 5), 5: (1, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"ramsay6": RAMSAY_NEIGHBOURS, "brackmann6": BRACKMANN_NEIGHBOURS, "aquarium6": AQUARIUM_NEIGHBOURS,
              "appcrash6": APPCRASH_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("ramsay6", "brackmann6")
