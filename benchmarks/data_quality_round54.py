"""Round 54's held-out data sets for the noisy-label benchmark (written blind; the docstring is completed with the
generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- abpm5: blood-pressure category
#: the 5 categories of ``abpm5`` (an adult screened at a pharmacy's blood-pressure kiosk, by the daytime mean of a
#: reference 24-hour ambulatory monitoring against the guideline's limits), lowest first
ABPM_CLASSES = ("0 normal", "1 elevated", "2 stage 1 hypertension", "3 stage 2 hypertension", "4 severe")
ABPM_ROWS = (420, 380, 500, 460, 380)
#: the category above and below each category
ABPM_NEIGHBOURS = ordinal_neighbours(len(ABPM_CLASSES))
#: the daytime ambulatory limits (mmHg) that correspond to the office's 120/80 (elevated), 130/80 (stage 1),
#: 140/90 (stage 2) and 160/100 (severe here): systolic 120, 130, 135, 145 and diastolic -, 80, 85, 90. A person's
#: category is the higher of the systolic's (the number of systolic limits at or below the daytime systolic mean)
#: and the diastolic's (the number of diastolic limits at or below the diastolic mean, counted from stage 1)
ABPM_SYS_LIMITS = (120.0, 130.0, 135.0, 145.0)
ABPM_DIA_LIMITS = (80.0, 85.0, 90.0)


# --------------------------------------------------------------------------- ems6: earthquake damage grade
#: the 6 grades of ``ems6`` (a building after an earthquake, by the EMS-98 grade a post-event field engineering
#: survey gave it), least damaged first: no damage, D1 negligible to slight, D2 moderate, D3 substantial to heavy,
#: D4 very heavy, D5 destruction
EMS_CLASSES = ("0 no damage", "1 D1 slight", "2 D2 moderate", "3 D3 heavy", "4 D4 very heavy", "5 D5 destruction")
EMS_ROWS = (440, 420, 380, 340, 300, 260)
#: the grade above and below each grade
EMS_NEIGHBOURS = ordinal_neighbours(len(EMS_CLASSES))
#: the survey's element-by-element damage score (0-5: each structural and non-structural element's damage level,
#: weighted by the element's share of the building's load path, as the engineer scores it on the form): a
#: building's grade is the number of these limits at or below its score
EMS_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5)


# --------------------------------------------------------------------------- rice6: milled rice variety
#: the varieties of ``rice6`` (a milled rice grain photographed on a grader's tray, by the variety of the certified
#: lot it came from)
RICE_VARIETIES = ("Arborio", "Basmati", "Jasmine", "Ipsala", "Karacadag", "local long-grain")
RICE_ROWS = (380, 320, 400, 360, 300, 380)
#: the varieties a grader confuses (symmetric): Arborio against Karacadag (short, bold, round grains) and Ipsala
#: (a wide medium grain, chalky like Arborio's); Basmati against Jasmine (long slender grains) and the local
#: long-grain; Jasmine against the local long-grain (both long, translucent, Jasmine a little shorter); Ipsala
#: against the local long-grain (a broken or short long grain is Ipsala's length)
RICE_NEIGHBOURS = {0: (3, 4), 1: (2, 5), 2: (1, 5), 3: (0, 5), 4: (0,), 5: (1, 2, 3)}


# --------------------------------------------------------------------------- bang6: impulsive urban sound source
#: the sources of ``bang6`` (an impulsive sound event a city's acoustic sensor network detected and localised, by
#: the source a reviewer confirmed from the audio, video and the police's or the site's report)
BANG_SOURCES = ("gunshot", "firework", "car backfire", "construction impact", "door slam", "dropped object")
BANG_ROWS = (400, 440, 300, 380, 320, 300)
#: the sources a reviewer confuses (symmetric): a gunshot against a firework (a firecracker's bang and a string
#: of reports like a volley) and a car backfire (a single sharp report at street level); a firework against a
#: backfire; a backfire against a door slam (both at the kerb, a slam's low thump like a muffled backfire); a
#: construction impact (hammer, pile, steel dropped) against a dropped object; a door slam against a dropped object
BANG_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 4), 3: (5,), 4: (2, 5), 5: (3, 4)}
