"""Round 76's held-out data sets for the noisy-label benchmark (being written: the classes, neighbour maps, rows and
limits first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- hoehnyahr5: Parkinson's disease's stage
#: the 5 classes of ``hoehnyahr5`` (a patient with Parkinson's disease at a movement-disorders clinic, by the Hoehn and
#: Yahr stage the neurologist gave at the visit), the mildest first
HY_CLASSES = ("1 (unilateral involvement only)", "2 (bilateral involvement without impairment of balance)",
              "3 (mild to moderate bilateral disease, some postural instability, physically independent)",
              "4 (severe disability, still able to walk or stand unassisted)",
              "5 (wheelchair-bound or bedridden unless aided)")
HY_ROWS = (360, 560, 520, 420, 280)
#: the lower limits of stages 2-5 on the neurologist's reading of the motor examination (a continuous 0.5-5.5 reading
#: of the signs' side, the pull test and the gait, rounded to a stage; the author's framing of the stage's rules as
#: limits on one reading)
HY_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the stage above and below each stage (a patient near a limit: one side or both, a pull test with one step or two,
#: an "on" or "off" visit)
HY_NEIGHBOURS = ordinal_neighbours(len(HY_CLASSES))
#: what the neurologist stages from: the label's basis, not columns
HY_EXAM = ("the signs on one side or both (tremor, rigidity, bradykinesia)", "the pull test (the retropulsion's steps)",
           "the gait and standing unassisted", "the axial signs (the neck, the trunk)")


# ---------------------------------------------------------------------- rustsev6: wheat's stripe rust response
#: the 6 classes of ``rustsev6`` (a breeding programme's wheat plot, by the field response class the scorer gave for
#: stripe rust, Puccinia striiformis f. sp. tritici), the most resistant first
RUST_CLASSES = ("immune (O: no visible infection)", "resistant (R: chlorosis or necrosis, no uredia)",
                "moderately resistant (MR: small uredia in chlorotic or necrotic areas)",
                "intermediate (M: variable uredia, some chlorosis or necrosis)",
                "moderately susceptible (MS: medium uredia, possibly chlorotic areas)",
                "susceptible (S: large uredia, little or no chlorosis, no necrosis)")
RUST_ROWS = (240, 320, 400, 420, 380, 380)
#: the lower limits of the classes R-S on the scorer's reading of the plot's response (a continuous 0-5.5 reading of
#: the infection type and the severity together, rounded to a class; the author's framing of the combined field
#: score as limits on one reading)
RUST_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5)
#: the class above and below each class (a plot near a limit: uredia small or medium, a little chlorosis or none)
RUST_NEIGHBOURS = ordinal_neighbours(len(RUST_CLASSES))
#: what the scorer reads: the label's basis, not columns
RUST_READING = ("the infection type (the uredia's size, the chlorosis and the necrosis around them)",
                "the severity (the modified Cobb scale's per cent of the flag leaves covered)")


# ---------------------------------------------------------------------- emggest8: a forearm sEMG window's gesture
#: the 8 classes of ``emggest8`` (a window of a forearm surface-EMG recording, by the gesture cue shown to the
#: participant)
EMG_GESTURES = ("fist (power grip)", "wrist flexion", "wrist extension", "pinch (thumb to index tip)",
                "point (index extended, the other fingers flexed)", "open hand (fingers extended and spread)",
                "thumb up (a fist with the thumb extended)", "radial deviation")
EMG_ROWS = (300, 280, 280, 260, 260, 300, 240, 220)
#: the gestures a lab's classifier and its participants confuse (symmetric): a fist against wrist flexion (the
#: flexor compartment loud in both) and against a thumb up (a fist with the thumb out); wrist flexion against radial
#: deviation (the flexor carpi radialis in both); wrist extension against radial deviation (the extensor carpi
#: radialis in both) and against an open hand (the extensor compartment); a pinch against a point (one finger, small
#: forces) and against a thumb up (the thumb's muscles); a point against an open hand (the extensor digitorum)
EMG_NEIGHBOURS = {0: (1, 6), 1: (0, 7), 2: (5, 7), 3: (4, 6), 4: (3, 5), 5: (2, 4), 6: (0, 3), 7: (1, 2)}


# ---------------------------------------------------------------------- zoopl7: an imaged zooplankton particle's group
#: the 7 classes of ``zoopl7`` (a particle an imaging instrument captured, by the group the taxonomist gave)
ZOO_GROUPS = ("calanoid copepod", "cyclopoid copepod (Oithona, Oncaea, Corycaeus)", "appendicularian (larvacean)",
              "chaetognath", "euphausiid larva (calyptopis, furcilia)", "ostracod", "detritus or marine snow")
ZOO_ROWS = (460, 300, 280, 240, 260, 220, 380)
#: the groups a taxonomist confuses on the images (symmetric): the two copepod orders (an antenna's length, a body's
#: outline seen edge-on); a calanoid against a euphausiid larva (a crustacean of the same size and outline); a
#: cyclopoid against an ostracod (small, dark, rounded when the cyclopoid is curled); an appendicularian against a
#: chaetognath (long, thin, transparent) and against detritus (a house or a broken tail reads as a mucus flock); an
#: ostracod against detritus (a small dark blob)
ZOO_NEIGHBOURS = {0: (1, 4), 1: (0, 5), 2: (3, 6), 3: (2,), 4: (0,), 5: (1, 6), 6: (2, 5)}
