"""Round 94's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Docstring in progress: this first commit holds only each set's classes, rows, limits and neighbour map, committed
before any generator was written or ran.)
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


# ---------------------------------------------------------------------- bristol7: a stool sample's Bristol type
#: the 7 classes of ``bristol7`` (a patient's stool sample, by the type of the Bristol stool form scale a
#: gastroenterology nurse or a trained rater read it as), the hardest first
BRISTOL_CLASSES = ("1 separate hard lumps", "2 sausage-shaped but lumpy", "3 a sausage with cracks on its surface",
                   "4 a smooth, soft sausage or snake", "5 soft blobs with clear-cut edges",
                   "6 fluffy pieces with ragged edges, mushy", "7 watery, no solid pieces")
BRISTOL_ROWS = (200, 300, 340, 420, 360, 300, 220)
#: the lower limits of types 2-7 on the rater's reading of the sample (a continuous 0.5-7.5 reading of its form and
#: its water that the type rounds; the author's framing of a visual scale)
BRISTOL_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the type above and below each type (lumpy against cracked, cracked against smooth, soft blobs against mushy
#: pieces: raters and patients differ mostly one type apart)
BRISTOL_NEIGHBOURS = ordinal_neighbours(len(BRISTOL_CLASSES))
#: what the rater types from: the label's basis, not columns
BRISTOL_READING = ("the rater's look at the sample against the chart (its pieces, their edges, its surface, how "
                   "much of it is liquid)", "the rater's judgement of a mixed sample (hard pieces with loose stool, "
                   "a sausage that breaks up in the pan)")


# ---------------------------------------------------------------------- ashworth6: a muscle's Modified Ashworth grade
#: the 6 classes of ``ashworth6`` (a patient's most affected muscle group, by the grade of the Modified Ashworth Scale
#: a physiotherapist gave it on passive movement), no increase in tone first
ASHWORTH_CLASSES = ("0 no increase in tone", "1 a catch and release or minimal resistance at the end of the range",
                    "1+ a catch, then minimal resistance through less than half the range",
                    "2 a more marked increase through most of the range, the part easily moved",
                    "3 a considerable increase, passive movement difficult", "4 the part rigid in flexion or extension")
ASHWORTH_ROWS = (420, 380, 400, 440, 320, 180)
#: the lower limits of grades 1-4 (1, 1+, 2, 3, 4 as 1-5) on the physiotherapist's reading of the resistance (a
#: continuous -0.5-5.5 reading of the catch and the resistance through the range that the grade rounds; the author's
#: framing of an ordinal scale)
ASHWORTH_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (a catch felt or not, "1" against "1+" against "2", the speed of the stretch:
#: raters differ mostly one grade apart)
ASHWORTH_NEIGHBOURS = ordinal_neighbours(len(ASHWORTH_CLASSES))
#: what the physiotherapist grades from: the label's basis, not columns
ASHWORTH_ASSESSMENT = ("the physiotherapist's passive movement of the joint through its range (the catch, where it "
                       "comes, the resistance after it)", "the physiotherapist's judgement of tone against "
                       "contracture and the patient's effort (a rigid part, a guarded one, a relaxed one)")


# ---------------------------------------------------------------------- noboot6: the cause of a laptop that won't boot
#: the 6 classes of ``noboot6`` (a laptop brought to a repair shop because it does not boot, by the cause the
#: technician found on the bench)
NOBOOT_CLASSES = ("dead battery, charger or DC jack", "failed memory", "failed storage drive", "motherboard fault",
                  "display or backlight fault", "corrupted firmware or bootloader")
NOBOOT_ROWS = (440, 340, 400, 320, 300, 340)
#: the causes an intake confuses (symmetric): a dead battery, charger or jack against a motherboard fault (no lights,
#: nothing on the button: the adapter or the board's power circuit); failed memory against a motherboard fault (it
#: powers on, the fans spin, no POST), against a display fault (a black screen with the fans running) and against
#: corrupted firmware (no POST, a blinking caps lock or beeps); a failed drive against a corrupted bootloader (no
#: bootable device, a boot loop, a repair screen); a motherboard fault against a display fault (no picture: the
#: graphics on the board or the panel) and against corrupted firmware (a board bricked by a failed update)
NOBOOT_NEIGHBOURS = {0: (3,), 1: (3, 4, 5), 2: (5,), 3: (0, 1, 4, 5), 4: (1, 3), 5: (1, 2, 3)}


# ---------------------------------------------------------------------- wifi6: the cause of a home Wi-Fi complaint
#: the 6 classes of ``wifi6`` (a home Wi-Fi complaint to an internet provider's helpdesk, by the cause the technician
#: found)
WIFI_CLASSES = ("channel interference or congestion", "weak signal at distance", "upstream outage or line fault",
                "router fault", "client device or driver fault", "DNS or configuration problem")
WIFI_ROWS = (420, 440, 300, 320, 340, 320)
#: the causes a helpdesk confuses (symmetric): interference against a weak signal (a low signal-to-noise ratio, slow
#: in the far rooms) and against a router fault (drops and retries, better after a reboot); a weak signal against a
#: client device (one device, far away, slow); an upstream outage against a router fault (no internet at all, the
#: WAN down) and against a DNS or configuration problem (the Wi-Fi connected, "no internet"); a router fault against a
#: DNS or configuration problem (a reboot or a firmware update fixes it); a client device against a DNS or
#: configuration problem (one device that cannot browse: its proxy, its DNS, its address)
WIFI_NEIGHBOURS = {0: (1, 3), 1: (0, 4), 2: (3, 5), 3: (0, 2, 5), 4: (1, 5), 5: (2, 3, 4)}
