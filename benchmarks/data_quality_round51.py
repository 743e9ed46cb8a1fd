"""Round 51's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Docstring in progress: the class names, rows, limits and neighbour maps are committed first, before any
generator is written.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- deck5: bridge deck condition
#: the 5 condition classes of ``deck5`` (a reinforced-concrete bridge deck, by the US National Bridge Inventory's
#: 0-9 deck rating a reference inspector gave, grouped), worst first: 0 critical or worse (NBI 0-3); 1 poor (4);
#: 2 fair (5); 3 satisfactory (6); 4 good or better (7-9)
DECK_CLASSES = ("0 critical (NBI 0-3)", "1 poor (4)", "2 fair (5)", "3 satisfactory (6)", "4 good (7-9)")
DECK_ROWS = (300, 420, 480, 500, 440)
#: the rating above and below each rating
DECK_NEIGHBOURS = ordinal_neighbours(len(DECK_CLASSES))
#: the reference inspector's rating follows the deck's deteriorated area (delaminated, spalled or patched, % of the
#: deck's area, as a full hammer-sounding and visual survey maps it): a deck's class is the number of these limits
#: its deteriorated area is under (over 50 % critical, 25-50 poor, 10-25 fair, 2-10 satisfactory, under 2 good)
DECK_LIMITS = (50.0, 25.0, 10.0, 2.0)


# --------------------------------------------------------------------------- cupping4: specialty coffee grade
#: the 4 grades of ``cupping4`` (a green coffee lot, by the mean total score of a panel of licensed Q graders
#: cupping it under the SCA protocol), lowest first: 0 below specialty (under 80); 1 very good (80-84.99);
#: 2 excellent (85-89.99); 3 outstanding (90 and over)
CUP_CLASSES = ("0 below specialty (<80)", "1 very good (80-84.99)", "2 excellent (85-89.99)", "3 outstanding (90+)")
CUP_ROWS = (560, 640, 560, 380)
#: the grade above and below each grade
CUP_NEIGHBOURS = ordinal_neighbours(len(CUP_CLASSES))
#: the SCA's total-score limits: a lot's grade is the number of limits at or below the panel's mean score
CUP_LIMITS = (80.0, 85.0, 90.0)


# --------------------------------------------------------------------------- srvfault6: server failure causes
#: the root causes of ``srvfault6`` (a data-centre server taken out of service for a hardware-class failure, by the
#: cause the repair technician confirmed: the part whose replacement or the change that ended the failures), in
#: label order
SRV_CAUSES = ("power supply unit", "memory DIMM", "disk drive", "network interface card", "firmware (BIOS / BMC / "
              "device)", "thermal (fan or airflow)")
SRV_ROWS = (300, 440, 480, 280, 320, 320)
#: the causes the on-call engineer's triage confuses (symmetric): a power supply against a memory DIMM (a supply's
#: sagging rail throws memory errors and machine checks before it dies) and a thermal failure (both end in a
#: sudden power-off, and a supply's own fan fails with it); a memory DIMM against firmware (a BIOS or BMC bug shows
#: as machine checks and hangs) and a thermal failure (memory errors climb with the heat); a disk drive against
#: firmware (drive or controller firmware gives the same timeouts and resets); a network card against firmware (a
#: NIC firmware or driver bug flaps the link like a failing card)
SRV_NEIGHBOURS = {0: (1, 5), 1: (0, 4, 5), 2: (4,), 3: (4,), 4: (1, 2, 3), 5: (0, 1)}


# --------------------------------------------------------------------------- pollinator6: main pollinator group
#: the pollinator groups of ``pollinator6`` (a flowering plant species at a survey site, by the group an observer's
#: timed watches recorded making most of the legitimate visits that touch anthers and stigma), in label order
POLL_GROUPS = ("solitary and honey bees", "bumblebees", "hoverflies", "butterflies", "moths (hawkmoths and "
               "settling moths)", "hummingbirds")
POLL_ROWS = (460, 420, 300, 340, 280, 340)
#: the groups the flowers' traits confuse (symmetric): bees against bumblebees (both bees on blue, purple and
#: yellow flowers with nectar guides) and hoverflies (open, shallow, yellow or white flowers any small visitor
#: reaches); bumblebees against butterflies (pink and purple flowers with tubes of middling depth) and
#: hummingbirds (bumblebees work long red tubes, and hummingbird flowers are bumblebee flowers gone red); butterflies
#: against moths (lepidopteran flowers: narrow tubes, sucrose nectar, scent) and hummingbirds (red and orange day
#: tubes with copious nectar)
POLL_NEIGHBOURS = {0: (1, 2), 1: (0, 3, 5), 2: (0,), 3: (1, 4, 5), 4: (3,), 5: (1, 3)}
