"""Round 52's held-out data sets for the noisy-label benchmark (the docstring is written with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- wagner4: diabetic foot ulcer grade
#: the 4 grades of ``wagner4`` (a diabetic foot ulcer seen at a multidisciplinary foot clinic, by the Wagner grade
#: of the specialist's reference assessment), mildest first, the gangrenous grades grouped as the field groups them
#: (grades 1-3 non-gangrenous, 4-5 gangrenous): 0 grade 1 superficial; 1 grade 2 deep (tendon, capsule, bone exposed,
#: no abscess or osteomyelitis); 2 grade 3 deep with abscess or osteomyelitis; 3 grades 4-5 gangrene (forefoot or
#: whole foot)
WAGNER_CLASSES = ("1 superficial", "2 deep", "3 abscess / osteomyelitis", "4-5 gangrene")
WAGNER_ROWS = (620, 600, 520, 400)
#: the grade above and below each grade
WAGNER_NEIGHBOURS = ordinal_neighbours(len(WAGNER_CLASSES))
#: the reference: the specialist's assessment of the deepest involvement at sharp debridement with the week's
#: imaging (the author's continuous scale, not the field's: 0-1 skin and subcutis, 1-2 tendon, capsule or bone
#: exposed, 2-3 abscess or osteomyelitis, 3 and above tissue necrosis, gangrene) against the limits 1, 2 and 3; an
#: ulcer's grade index is the number of limits at or below its reference score
WAGNER_LIMITS = (1.0, 2.0, 3.0)


# --------------------------------------------------------------------------- wbgt5: outdoor heat-stress flag
#: the 5 flags of ``wbgt5`` (an hour of outdoor work at a construction site in a hot, humid summer, by the heat
#: flag the reference wet-bulb globe temperature gives), coolest first: 0 white (no flag); 1 green; 2 yellow; 3 red;
#: 4 black
WBGT_CLASSES = ("0 white", "1 green", "2 yellow", "3 red", "4 black")
WBGT_ROWS = (520, 500, 440, 360, 320)
#: the flag above and below each flag
WBGT_NEIGHBOURS = ordinal_neighbours(len(WBGT_CLASSES))
#: the reference: the outdoor wet-bulb globe temperature (0.7 natural wet bulb + 0.2 black globe + 0.1 dry bulb,
#: degC) of the safety officer's reference heat-stress meter at the work area, that hour, against the flag limits
#: 80, 85, 88 and 90 degF (26.7, 29.4, 31.1 and 32.2 degC: the US military's flag conditions); an hour's flag is
#: the number of limits at or below its WBGT
WBGT_LIMITS = (26.7, 29.4, 31.1, 32.2)


# --------------------------------------------------------------------------- travelfever6: returning traveller's fever
#: the illnesses of ``travelfever6`` (a febrile traveller seen at a travel clinic within 6 weeks of return, by the
#: diagnosis confirmed by smear / antigen, PCR, serology or culture), in label order
FEVER_ILLNESSES = ("malaria", "dengue", "chikungunya", "typhoid / paratyphoid", "rickettsiosis", "influenza")
FEVER_ROWS = (460, 420, 300, 340, 300, 320)
#: the illnesses the history, examination and first blood tests confuse (symmetric): malaria with dengue (fever
#: without a focus, low platelets and white cells, the same regions), with typhoid (undifferentiated fever from
#: Africa or South Asia, headache, a raised bilirubin or transaminases) and with influenza (fever, headache, myalgia
#: in the first days); dengue with chikungunya (the same mosquito and regions, rash and joint pain), with
#: rickettsiosis (rash, low platelets, raised transaminases) and with influenza (myalgia, retro-orbital or frontal
#: headache, leukopenia early); typhoid with rickettsiosis (prolonged fever, headache, a relative bradycardia, a
#: normal white count, rising transaminases)
FEVER_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2, 4, 5), 2: (1,), 3: (0, 4), 4: (1, 3), 5: (0, 1)}


# --------------------------------------------------------------------------- apple7: apple variety
#: the varieties of ``apple7`` (a fruit sampled at a packhouse's quality laboratory, by the variety on the grower's
#: delivery record, checked by the packhouse), in label order
APPLE_VARIETIES = ("Gala", "Fuji", "Granny Smith", "Golden Delicious", "Honeycrisp", "Braeburn", "Cripps Pink")
APPLE_ROWS = (360, 340, 280, 300, 300, 280, 280)
#: the varieties the measurements confuse (symmetric): Gala with Fuji (sweet, low acid, red stripes over a yellow
#: ground), with Golden Delicious (its parent: the ground colour, the sweetness, the low acid, soft after storage)
#: and with Honeycrisp (striped red over yellow, sweet, mild); Fuji with Honeycrisp (large, sweet, crisp) and with
#: Braeburn (firm, late, a red blush over a green-yellow ground, long storage); Granny Smith with Golden Delicious
#: (no red colour, a green or yellow ground, russet at the stem) and with Cripps Pink (firm, acid, late, a green
#: ground, long storage); Braeburn with Cripps Pink (firm, acid, late, a partial red or pink blush)
APPLE_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 4, 5), 2: (3, 6), 3: (0, 2), 4: (0, 1), 5: (1, 6), 6: (2, 5)}
