"""Round 85's held-out data sets for the noisy-label benchmark (docstring written in full with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- hurley3: hidradenitis suppurativa's stage
#: the 3 classes of ``hurley3`` (a patient with hidradenitis suppurativa, by the Hurley stage the dermatologist gave
#: at the clinic's examination), the mildest first
HURLEY_CLASSES = ("I abscesses, single or multiple, without sinus tracts or scarring",
                  "II recurrent abscesses with sinus tracts and scarring, widely separated lesions",
                  "III diffuse involvement, interconnected tracts and abscesses across a whole area")
HURLEY_ROWS = (820, 800, 520)
#: the lower limits of stages II and III on the dermatologist's reading of the skin (a continuous 0-2.5 reading of
#: the tracts, the scars and how much normal skin is left between the lesions, rounded to a stage; the author's
#: framing)
HURLEY_LIMITS = (0.5, 1.5)
#: the stage above and below each stage (a first short tract or a small scar felt or not I or II; normal skin still
#: left between the lesions or not II or III; dermatologists differ mostly one stage apart)
HURLEY_NEIGHBOURS = ordinal_neighbours(len(HURLEY_CLASSES))
#: what the dermatologist stages from: the label's basis, not columns
HURLEY_EXAM = ("the nodules and abscesses seen and felt", "the sinus tracts and the scarring",
               "the normal skin left between the lesions of each region")


# ---------------------------------------------------------------------- npiap4: a pressure injury's stage
#: the 4 classes of ``npiap4`` (a hospital patient with a pressure injury, by the NPUAP / EPUAP stage the wound-care
#: nurse gave at the wound's inspection), the shallowest first
NPIAP_CLASSES = ("1 non-blanchable erythema of intact skin", "2 partial-thickness skin loss with exposed dermis",
                 "3 full-thickness skin loss, fat visible, no fascia, muscle or bone",
                 "4 full-thickness skin and tissue loss, fascia, muscle, tendon or bone exposed")
NPIAP_ROWS = (600, 680, 500, 360)
#: the lower limits of stages 2-4 on the nurse's reading of the wound (a continuous 0-3.5 reading of the skin loss'
#: depth, rounded to a stage; the author's framing)
NPIAP_LIMITS = (0.5, 1.5, 2.5)
#: the stage above and below each stage (an intact blister or a shallow abrasion read as 1 or 2; a shallow wound over
#: little fat with or without fat seen 2 or 3; a deep wound's base with or without fascia or bone felt 3 or 4;
#: nurses differ mostly one stage apart)
NPIAP_NEIGHBOURS = ordinal_neighbours(len(NPIAP_CLASSES))
#: what the nurse stages from: the label's basis, not columns
NPIAP_INSPECTION = ("the skin's colour and blanching", "the wound bed's depth and tissues seen",
                    "the structures probed at the wound's base")


# ---------------------------------------------------------------------- toxidrome6: a poisoning's agent class
#: the 6 classes of ``toxidrome6`` (a poison-centre case, by the agent class the toxicologist named)
TOXIDROME_CLASSES = ("opioid", "sedative-hypnotic (benzodiazepine)", "anticholinergic", "sympathomimetic",
                     "serotonergic", "cholinergic (organophosphate or carbamate)")
TOXIDROME_ROWS = (440, 360, 380, 340, 320, 300)
#: the classes toxicologists confuse (symmetric): an opioid against a sedative-hypnotic (both sleepy and slow to
#: breathe, co-ingested, the pupils of a mixed overdose in between) and against a cholinergic poisoning (both small
#: pupils, a low heart rate and a depressed patient); the three hot agitated toxidromes with one another: an
#: anticholinergic against a sympathomimetic (both fast, hot, wide pupils; the skin's dryness tells them apart and is
#: not always charted), an anticholinergic against a serotonergic (a tricyclic or a mixed antidepressant overdose,
#: both delirious and hot), a sympathomimetic against a serotonergic (both sweating, hot, agitated; the clonus
#: tells them apart and is missed)
TOXIDROME_NEIGHBOURS = {0: (1, 5), 1: (0,), 2: (3, 4), 3: (2, 4), 4: (2, 3), 5: (0,)}


# ---------------------------------------------------------------------- tremor6: a tremor's diagnosis
#: the 6 classes of ``tremor6`` (a patient of a movement-disorder clinic, by the tremor diagnosis the neurologist
#: gave)
TREMOR_CLASSES = ("essential tremor", "Parkinsonian tremor", "dystonic tremor", "enhanced physiological tremor",
                  "functional tremor", "cerebellar or Holmes tremor")
TREMOR_ROWS = (460, 420, 340, 300, 320, 300)
#: the diagnoses neurologists confuse (symmetric): essential tremor against Parkinsonian tremor (a re-emergent or a
#: rest component in old essential tremor, a postural one in Parkinson's disease; the commonest misdiagnosis),
#: against dystonic tremor (an asymmetric, jerky postural tremor without a dystonic posture seen), against enhanced
#: physiological tremor (a mild, fast, symmetric postural tremor) and against cerebellar tremor (an intention
#: component); Parkinsonian against dystonic tremor (an asymmetric rest tremor without bradykinesia) and against
#: Holmes tremor (slow, at rest and in action); dystonic against functional tremor (variable, jerky, a young onset);
#: enhanced physiological against functional tremor (a fast postural tremor with anxiety)
TREMOR_NEIGHBOURS = {0: (1, 2, 3, 5), 1: (0, 2, 5), 2: (0, 1, 4), 3: (0, 4), 4: (2, 3), 5: (0, 1)}
