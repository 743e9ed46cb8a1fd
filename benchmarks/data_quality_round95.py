"""Round 95's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s51/setnames95.txt``: every earlier
round's set names, printed through ``ast`` by the lead, read with ``head -3`` (its count line, 360, and two names),
``grep -c .`` (361 lines), a ``grep -c -x`` of each of the four names (0) and a ``grep -n -i -E`` of the stems ramsay,
sedat, brackmann, facial, palsy, bell, aquar, fish, tank, crash, app, mobile and anr, which printed four names,
``crash8``, ``fishkill8``, ``fishfresh4`` and ``apple7`` (not opened; ``fishkill8`` may be another round's fish
deaths, in lakes, ponds or aquaria, and ``crash8`` another round's crashes of some kind), before the data were
written; the file's other names were not read; the tests' ``check_registered`` confirms that no earlier round's
``GENERATORS`` holds them). Near ones not checked: other rounds may hold other sedation, consciousness or
cranial-nerve grades, other fish-keeping, water-quality or software-fault questions (the list was not read for
them). As in round 94, the two graded sets simulate a pool of cases (200,000), label every case the way its field
does and keep a fixed number of each class (``_keep``, shuffled); the two unordered sets draw their classes' rows
from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns
about them), with one categorical column each (the tank's kind, the device) drawn from a per-class table of chances.
Two sets have ORDERED classes (``ORDERED``): intensive-care patients' sedation in the 6 levels of the Ramsay sedation
scale (1 anxious, agitated or restless .. 6 no response), labelled by the bedside nurse's assessment against
``RAMSAY_LIMITS`` (``RAMSAY_ASSESSMENT``, the label's basis and not columns), described by the infusion record, the
vital signs and the record apart from the assessment; and patients with a facial nerve palsy in the 6 House-Brackmann
grades (I normal .. VI total paralysis), labelled by an otolaryngologist's examination against ``BRACKMANN_LIMITS``
(``BRACKMANN_EXAMINATION``, not columns), described by the referral and the record apart from the examination. Two
have UNORDERED classes: fish deaths in home aquaria reported to an aquarium shop, in 6 causes the shop's staff confuse
(ammonia poisoning in an uncycled new tank, nitrite poisoning in a tank half cycled, low dissolved oxygen, a
temperature shock, white spot disease (ich), a pH crash in an old tank whose buffer is used up: the causes the
fish-keeping pages name for deaths in a home tank; chlorine or chloramine in untreated tap water, poisons, other
diseases and aggression left out), described by the owner's answers and the water tests brought in apart from the
staff's diagnosis; and mobile app crash reports triaged into 6 root causes a triage engineer confuses (out of memory,
a null dereference, a network timeout or unhandled network error, a blocked main thread (an ANR, a watchdog kill), a
third-party SDK fault, an OS-version incompatibility: the causes the crash-reporting pages name and group; a
concurrency race, a storage failure and native (C/C++) faults left out), described by the crash report's metadata
apart from the stack trace's analysis. ``NEIGHBOURS`` names each set's neighbour map (``RAMSAY_NEIGHBOURS``,
``BRACKMANN_NEIGHBOURS``, ``AQUARIUM_NEIGHBOURS``, ``APPCRASH_NEIGHBOURS``; written from the fields as the author
knew them and committed, with the class names, rows and limits, before any generator was written or ran: commit
42c029f1; no pair added after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32
/ int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets ramsay6,brackmann6,aquarium6,appcrash6``, ``--data round95``).

The author opened only: ``docs/data-authors.md`` (all, with ``cat``); ``benchmarks/data_quality_round94.py`` (all,
with ``cat``, whose display left out lines 140-257, then ``sed -n 138,260p``; not edited),
``tests/test_data_quality_round94.py``, ``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py``
(all, with ``cat`` in one command; not edited); round 30's module docstring (printed alone through ``ast``) and the
first 2,000 characters of rounds 91's, 92's and 93's modules (``head -c 2000``, the same command);
``/tmp/s51/setnames95.txt`` (as above); lines 132-136, 182-186 and 540-544 of ``benchmarks/data_quality_actions.py``
(``sed -n``, around the lines a ``grep -n`` of round94 or ROUND94 printed: 134, 184 and 542; lines 182-186 through a
``grep -v BLIND_ROUND``, lines 185-186 the comment above ``BLIND_ROUND``, whose value was not printed), edited with
a Python string replacement, each old string asserted to occur once (the import after round 94's, the ``ROUNDS``
entry ``95: ROUND95_GENERATORS`` after 94's, the help's round94 / round 94's; ``BLIND_ROUND`` and its comment not
touched; checked with ``sed -n`` of lines 134-135, 184-186 (through ``grep -v BLIND_ROUND``) and 543-545 and ``git
diff --numstat``, 5 lines added, 3 removed); ``tests/test_architecture.py`` lines 1-110 (``sed -n``, in the command
that printed the registration lines). No slip in what was opened: no ``git log`` ran before this branch's first
commit (after it only ``git log --oneline 1f161ab7..HEAD``; ``git status`` at the start and ``git diff --stat`` /
``--numstat`` of the worktree's own changes). Before the generators' commit (ab0eeb40, with the registration) the
generators were run only to check that they ran, their shapes, their class counts, their finiteness, their first
rows and their time; after the change's commit (900bcf99) the class medians and means of every column, the
categorical columns' shares and the baseline's error pairs were printed once (the pairs twice, the second time all
of them) to write the tests and this docstring. ``tests/round_checks.py`` and the tests import
``benchmarks.data_quality_actions`` (and with it every round's module), as round 94's tests do; the neighbour maps
were checked with ``round_checks.check_neighbours`` before the first commit; ``pytest tests/test_architecture.py``
printed only the pass count; ``awk`` for lines over 120 characters ran only on this module and its tests; scratch
scripts for the measures lay in ``/tmp/r95scratch`` (the author's own, removed at the end). No function of the
detector or the filter was called.

Public pages were searched (one to three searches a field, read only as the searches' excerpts): the Ramsay sedation
scale's wording (Critical Care's table of ICU sedation instruments and several hospitals' and journals' tables: 1
anxious, agitated or restless, 2 cooperative, oriented and tranquil, 3 responds to commands only, 4 asleep with a
brisk and 5 with a sluggish response to a light glabellar tap or a loud sound, 6 no response, in one table to a firm
nail-bed pressure; one table's level 5 keeps a brisk response to pain, one source renumbers the levels), a comparison
of the bispectral index with the Ramsay and OAA/S scales in 50 ventilated post-operative patients (most oversedated;
midazolam's patients deeper than propofol's; the correlation lost at Ramsay 6), a study of midazolam's and
sufentanil's serum levels (weakly tied to the Ramsay score, rho about 0.48 and 0.30), a trial titrating propofol to a
Ramsay of 4 with or without the bispectral index (15-28 ug/kg/min), a volunteers' study sedated to Ramsay 2-4 with
dexmedetomidine or midazolam and remifentanil; the House-Brackmann grades' wording (I normal .. VI no movement and no
tone; II slight weakness, the eye closed with minimal effort; III obvious but not disfiguring, the eye closed with
effort, obvious synkinesis setting III whatever the motion; IV disfiguring, the eye not closing, no forehead
movement, severe synkinesis setting IV; V barely perceptible motion, asymmetry at rest), Bell's palsy's prognosis
(70-85 % recover fully, most within three weeks, else after four to six months of reinnervation; a complete palsy,
age over 60, diabetes, hypertension, pain, the Ramsay Hunt syndrome and severe degeneration on electrophysiology as
poor signs; 80 % with a conduction block), a review of the Ramsay Hunt syndrome (70 % reach grade I-II, 51 % of the
complete palsies; steroids with acyclovir better), a study of Bell's palsy and the Hunt syndrome (over 90 % and 75 %
of the incomplete palsies recover fully, 56 % and 41 % of the complete ones; worse from 50 years), a cohort of 269
patients at the onset (postauricular pain, dry eye, taste lost; 40 % severe at day 10), electrodiagnostic tests that
predict nothing in the first four days; fish-keeping pages (new tank syndrome: ammonia, then nitrite, spiking in a
tank whose filter bacteria are not established, the commonest cause of deaths in a new tank, in tanks under three
months; gasping, red gills, lethargy; stressed new fish breaking out in ich; sudden pH or temperature changes; low
oxygen with warm water, overcrowding, decaying matter and poor surface agitation; ich's white spots, flashing,
quarantine of new fish, outbreaks set off by temperature swings and new arrivals); crash-reporting pages (an ANR
when the main thread is blocked, an input dispatch timing out after 5 seconds, Android vitals' user-perceived ANR
rate; network calls, heavy I/O and lock contention on the main thread; crashes from memory leaks, null pointer
exceptions, device compatibility, resource limits and network timeouts; a report's device model, OS version, app
version, session context, free memory and network state; one noisy device or OS beta flooding the counts; crashes
grouped by cause, tags such as a device maker's exclusive crash). No page gave the levels', the grades' or the
causes' shares at a bedside, a clinic, a shop or a triage queue, or the record's values by level, grade or cause.

The rest is the author's own reading of the fields, not checked: every number of the Ramsay pool (the age's, the
reasons' shares and their weights, the sedatives' shares (propofol half, midazolam 0.3, dexmedetomidine 0.2), their
rates' and the fentanyl's curves, midazolam's build-up with the hours and the creatinine, the unseen agitation's draw
on the doses and the boluses and its weight against the depth, the depth's unseen rest of 1.0 level, the heart
rate's, the pressure's, the respiratory rate's, the ventilator mode's, the bispectral index's and the pain scale's
curves, the level 4 hours before with an error of 0.25 and the nurse's reading error of 0.15 (less than the
bedside's disagreement, so that the aims could be met); the shares kept, 10 / 18 / 21 / 21 / 17 / 13 %); every number
of the House-Brackmann pool (the causes' shares and ages, their worst, its unseen rest of 1.0 grade, the degeneration's
curve, the steroids' and the antivirals' use and effect, the recovery's time constants (18 days for a conduction
block, 150 days and a residue of 0.45 for a degenerated nerve), the grade's unseen rest of 0.35, the referral's error
of 0.5, the electroneurography's use and error, the disability index's, the own rating's, the taste's, the
hyperacusis', the pain's, Schirmer's and the synkinesis' curves, the otolaryngologist's error of 0.15; the shares
kept, 14 / 20 / 19 / 17 / 15 / 16 %); every number in ``AQUARIUM_KIND``, ``AQUARIUM_TABLE`` and ``AQUARIUM_KINDS``
and the neglect's leans (the shares kept, 21 / 15 / 16 / 14 / 20 / 15 %); every number in ``APPCRASH_DEVICE``,
``APPCRASH_TABLE`` and ``APPCRASH_KINDS`` and the heavy use's leans (the shares kept, 18 / 21 / 14 / 17 / 15 / 16 %).
The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 94 uses them (``main`` was not
run); ``_keep``, ``_pull``, ``_sig`` and ``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as
round 94 imports them. No detector or filter ran on these sets, and the benchmark did not; the difficulty below and
the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same
calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                           MLP train / test %, seed 0 | 1  10-NN %  between
ramsay6     2,140  6 (220 / 380 / 440 / 460 / 360 / 280), ordered  83.9 / 75.0 | 80.8 / 72.0       44.5     91 %
brackmann6  2,140  6 (300 / 420 / 400 / 360 / 320 / 340), ordered  81.6 / 75.7 | 80.6 / 75.0       47.7     92 %
aquarium6   2,140  6 (440 / 320 / 340 / 300 / 420 / 320)           84.3 / 79.8 | 75.3 / 73.5       35.3     83 %
appcrash6   2,140  6 (380 / 440 / 300 / 360 / 320 / 340)           79.3 / 75.3 | 86.2 / 77.2       35.3     83 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase:
a scaled 10-neighbour baseline errs on 44.5 / 47.7 / 35.3 / 35.3 % of their rows.
The generators were committed before any measure (commit ab0eeb40). aquarium6 is as first measured and met the three
aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours). The other three were changed once each, in commit 900bcf99, after the first measure. ramsay6 first came out
at a 50.3 % baseline and an MLP of 74.1 / 61.5 | 71.7 / 64.7 % (91 % between): the error of the level 4 hours before
(0.4 to 0.25), the bispectral index's (9 to 7), the respiratory rate's (4 to 3.5) and the nurse's reading's (0.2 to
0.15) were cut; its baseline still misses the aim (44.5 %); kept, said here. brackmann6 first came out at 46.8 % and an
MLP of 74.3 / 64.9 | 74.3 / 70.1 % (88 % between): the disability index's error (0.4 to 0.3 on its logit), the own
rating's (0.7 to 0.45) and the otolaryngologist's reading's (0.2 to 0.15) were cut; the MLP rose, the baseline did not
fall (47.7 %: it weighs the 16 scaled columns alike, and most of them, the cause, the treatments, the days, the tests at
the onset, tell the grade now only weakly); it misses the aim; kept, said here. appcrash6 first came out at 43.4 % and
an MLP of 75.3 / 68.0 | 78.2 / 67.1 % (78 % between): the spreads of the draws were narrowed (the device's memory 0.35
to 0.3, the free memory 8 to 6, the days since the app's release 0.8 to 0.65 and since the OS update 0.9 to 0.7, the
session 1.0 to 0.75, the requests 0.5 to 0.4, the stall 1.0 to 0.7, the memory in use 0.4 to 0.3, the screens, the
repeats and the model's rate 0.6 to 0.5); it then met the aims (35.3 %). In ramsay6: 3 with 4 22 % of the errors, 4 with
5 21 %, 2 with 3 20 %, 1 with 2 15 %, 5 with 6 12 %, two or more apart 9 %; level 5 errs most (51 %), level 1 least (36
%, level 6 37 %). In brackmann6: I with II 20 %, III with IV 20 %, II with III 20 %, IV with V 17 %, V with VI 16 %, two
or more apart 8 % (IV with VI 3 %); grade V errs most (64 %), grade VI least (32 %). aquarium6 errs on 35 %, 83 %
between causes the staff confuse (``AQUARIUM_NEIGHBOURS``): ammonia with nitrite 21 % of them, ammonia with ich 19 %,
low oxygen with a pH crash 10 %, a temperature shock with ich 10 %, low oxygen with a temperature shock 9 %, ammonia
with low oxygen 8 %, nitrite with low oxygen 5 %, ammonia with a pH crash 2 %; ammonia with a temperature shock (4 %),
low oxygen with ich (3 %), nitrite with ich (3 %) and a few others fall outside the map; nitrite poisoning errs most (53
%: between ammonia and the older tanks), the pH crash least (25 %). appcrash6 errs on 35 %, 83 % between causes a triage
engineer confuses (``APPCRASH_NEIGHBOURS``): a null dereference with a network error 19 % of them, with a third-party
SDK 18 %, an SDK with an OS version 17 %, out of memory with a blocked main thread 13 %, a null dereference with an OS
version 8 %, a network error with a blocked main thread 4 %, out of memory with an SDK 4 %; a null dereference with a
blocked main thread (4 %), out of memory with a null dereference (3 %) and with a network error (3 %) and a few others
fall outside the map; the SDK fault errs most (59 %), out of memory least (18 %). Slips kept as committed: in ramsay6
propofol's median is 0 at levels 1 and 6 (midazolam's built-up infusions fill the deepest level) and dexmedetomidine's 0
in every level, the reason's median 1 in every level, the weight and the creatinine hardly differ, the hours on the
infusion's mean is highest at levels 1 and 6 (the author did not look further), and a bolus in the last hour, drawn by
the agitation, is commoner in the deeper levels (12 % at level 1, 32 % at 6: it deepens the sedation more than the
agitation lightens it in the kept rows); in brackmann6 the steroids' median is 1 and the antivirals', diabetes' and a
hyperacusis' 0 in every grade, the electroneurography's degeneration median 0 below grade VI (mostly not done),
synkinesis rare in every grade (3-8 %: the pool gives it to degenerated nerves over months and most rows are weeks from
the onset; in the clinic it sets grades III-IV), the days since the onset longest at grade I, their median 10 at grades
IV and VI and 12 at V (the recovered and the early); in aquarium6 the kind's median differs only for ich and the pH
crash, a water change in the last 3 days is 0 in every cause's median, the volume hardly tells the causes, and the kit's
ammonia for ammonia poisoning (a median of 1.2 ppm) and nitrite for nitrite poisoning (1.4 ppm) are well under the
table's (both pulled); in appcrash6 the foreground's median is 1 and a crash at launch 0 in every cause, out of memory's
session (a median of 430 s) is half the table's (pulled), and an SDK updated in this version has a median of 0.5 only
for the SDK fault.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, ``nice -n 10``, on a shared machine): the 19 tests'
whole ``pytest`` run reports 5.11 s (``/usr/bin/time``: 4.73 s user and 0.55 s system CPU, 6.49 s wall); after the
docstring, 4.34 s (5.05 s user, 0.50 s system, 5.78 s wall; a load average near 2.4 just after); the collection's
imports (``benchmarks.data_quality_actions``, every round's module, and sklearn's MLP and neighbours) and the two
200,000-case pools take most of it (not measured apart).
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


def ramsay6():
    """Intensive-care patients' sedation assessed by the bedside nurse on the 6 levels of the Ramsay sedation scale
    (``RAMSAY_CLASSES``; the nurse's reading against ``RAMSAY_LIMITS``, ``RAMSAY_ASSESSMENT`` the label's basis and
    not columns), as the infusion record, the vital signs and the record apart from the assessment describe them. The
    depth of sedation is unseen: deeper with the sedative's rate (propofol, midazolam or dexmedetomidine, the last
    one lighter, midazolam building up over the infusion's hours and in renal failure), the opioid, a bolus in the
    last hour, age and a neurological or septic illness; lighter with the patient's unseen agitation (pain, delirium,
    withdrawal), which also draws larger doses; with an unseen rest. The heart rate, the blood pressure, the
    respiratory rate and the bispectral index fall with the depth, a mandatory ventilator mode is commoner, the
    behavioural pain scale falls a little and rises with the agitation; the level recorded 4 hours before (another
    nurse's, the depth drifting since) follows it. Columns: the age (years), the reason for admission (0 after
    surgery, 1 sepsis, 2 respiratory failure, 3 neurological), the weight (kg), the creatinine (mg/dl), the propofol
    rate (mg/kg/h), the midazolam rate (mg/h), the dexmedetomidine rate (ug/kg/h), the fentanyl rate (ug/h), the
    hours on the infusion, a bolus in the last hour (0/1), the heart rate (/min), the mean arterial pressure (mmHg),
    the respiratory rate (/min), a mandatory ventilator mode (0/1), the bispectral index (0-100), the level 4 hours
    before (1-6), the behavioural pain scale (3-12) (17). Imbalanced: 220 / 380 / 440 / 460 / 360 / 280 rows
    (2,140)."""
    rng = np.random.default_rng(95101)
    n = 200000
    age = np.round(np.clip(62 + 15 * rng.normal(0, 1, n), 18, 95))
    reason = (rng.random(n)[:, None] > np.cumsum([0.30, 0.30, 0.25, 0.15])[:3]).sum(1)
    weight = np.round(np.clip(78 + 16 * rng.normal(0, 1, n), 40, 180))
    creat = np.round(np.clip(np.exp(0.5 * rng.normal(0, 1, n)), 0.3, 8), 1)
    agit = rng.normal(0, 1, n)  # the patient's agitation, unseen
    drug = (rng.random(n)[:, None] > np.cumsum([0.5, 0.3, 0.2])[:2]).sum(1)
    prop = np.where(drug == 0, np.round(np.clip(1.5 * np.exp(0.25 * agit + rng.normal(0, 0.4, n)), 0.3, 4.5), 1), 0)
    mid = np.where(drug == 1, np.round(np.clip(3 * np.exp(0.3 * agit + rng.normal(0, 0.5, n)), 0.5, 15), 1), 0)
    dex = np.where(drug == 2, np.round(np.clip(0.6 * np.exp(0.2 * agit + rng.normal(0, 0.35, n)), 0.2, 1.5), 2), 0)
    fent = np.where(rng.random(n) < 0.75,
                    np.round(np.clip(75 * np.exp(0.2 * agit + rng.normal(0, 0.45, n)), 25, 300) / 5) * 5, 0.0)
    hours = np.round(np.clip(np.exp(np.log(30) + 0.8 * rng.normal(0, 1, n)), 1, 300))
    bolus = rng.random(n) < _sig(-1.5 + 0.8 * agit)
    effect = prop / 1.5 + mid / 3 * (1 + 0.004 * hours) * (1 + 0.25 * (creat - 1)) + 0.7 * dex / 0.6
    d = np.clip(1.0 + 1.5 * effect + 0.004 * fent + 0.6 * bolus - 0.8 * agit + 0.012 * (age - 62)
                + np.choose(reason, [0.0, 0.3, 0.1, 0.6]) + rng.normal(0, 1.0, n), 0.3, 6.7)  # the depth, unseen
    hr = np.round(np.clip(92 - 4 * (d - 3.5) + 6 * agit + np.choose(reason, [0, 10, 5, 0]) + rng.normal(0, 11, n),
                          35, 180))
    mapr = np.round(np.clip(78 - 3 * (d - 3.5) - 2.5 * (prop - 1.5) * (drug == 0) - 5 * (drug == 2)
                            + rng.normal(0, 10, n), 40, 140))
    rr = np.round(np.clip(20 - 2.5 * (d - 3.5) + 2 * agit + rng.normal(0, 3.5, n), 6, 45))
    mandatory = rng.random(n) < _sig(-0.3 + 1.0 * (d - 3.5) + np.choose(reason, [0.0, 0.0, 0.8, 0.5]))
    bis = np.round(np.clip(68 - 9 * (d - 3.5) + rng.normal(0, 7, n), 20, 98))
    before = np.clip(np.round(d + rng.normal(0, 0.25, n)), 1, 6)
    bps = np.clip(np.round(4.5 - 0.5 * (d - 3.5) + 0.9 * agit + rng.normal(0, 1.1, n)), 3, 12)
    rated = d + rng.normal(0, 0.15, n)  # the nurse's reading
    label = np.digitize(rated, RAMSAY_LIMITS)
    keep = _keep(rng, label, RAMSAY_ROWS)
    x = np.column_stack([age, reason, weight, creat, prop, mid, dex, fent, hours, bolus, hr, mapr, rr, mandatory, bis,
                         before, bps])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def brackmann6():
    """Patients with a facial nerve palsy graded by an otolaryngologist on the 6 House-Brackmann grades
    (``BRACKMANN_CLASSES``; the examiner's reading against ``BRACKMANN_LIMITS``, ``BRACKMANN_EXAMINATION`` the
    label's basis and not columns), as the referral and the record apart from the examination describe them. The
    palsy's worst is unseen: worse in the Ramsay Hunt syndrome, after trauma or surgery than in Bell's palsy, with age
    and diabetes, with an unseen rest; so is the share of the nerve's fibres that degenerated (more in the worst
    palsies, fewer with early steroids, and with antivirals in the Ramsay Hunt syndrome). The face recovers over the
    days since the onset: a conduction block within weeks (slower with age), a degenerated nerve over months and only
    in part; the grade at the examination has an unseen rest. The referral's grade at the worst, taste lost, a
    hyperacusis, pain and less tearing follow the worst; the electroneurography (done in the first three weeks, mostly
    in complete palsies) the degeneration; the patient's Facial Disability Index and own rating of the face's
    movement the grade now; synkinesis the degeneration over months. Columns: the age (years), the cause (0 Bell's
    palsy, 1 Ramsay Hunt syndrome, 2 temporal bone trauma, 3 after surgery, 4 Lyme disease or another infection), the
    days since the onset, diabetes (0/1), steroids within 72 hours (0/1), an antiviral (0/1), the referral's grade at
    the worst (1-6), the electroneurography done (0/1), its degeneration (%, 0 where not done), the Facial Disability
    Index's physical function (0-100), the patient's own rating of the face's movement (0-10), taste lost (0/1), a
    hyperacusis (0/1), the pain score (0-10), Schirmer's test on the palsied side (mm), synkinesis noticed by the
    patient (0/1) (16). Imbalanced: 300 / 420 / 400 / 360 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(95202)
    n = 200000
    cause = (rng.random(n)[:, None] > np.cumsum([0.62, 0.12, 0.08, 0.12, 0.06])[:4]).sum(1)
    age = np.round(np.clip(np.choose(cause, [45.0, 50.0, 35.0, 55.0, 40.0]) + 16 * rng.normal(0, 1, n), 5, 95))
    days = np.round(np.clip(np.exp(np.log(25) + 1.1 * rng.normal(0, 1, n)), 1, 720))
    diabetes = rng.random(n) < np.clip(0.08 + 0.003 * (age - 45), 0.01, 0.4)
    steroid = rng.random(n) < np.choose(cause, [0.85, 0.8, 0.5, 0.6, 0.4])
    antiviral = rng.random(n) < np.choose(cause, [0.35, 0.9, 0.05, 0.05, 0.2])
    worst = np.clip(np.choose(cause, [3.9, 4.6, 4.5, 4.3, 3.6]) + 0.012 * (age - 45) + 0.3 * diabetes
                    + rng.normal(0, 1.0, n), 1.6, 6.6)  # the palsy at its worst, unseen
    degen = _sig(2.0 * (worst - 5.2) - 0.6 * steroid - 0.4 * antiviral * (cause == 1) + rng.normal(0, 0.8, n))
    block = np.exp(-days / (18 * np.exp(0.01 * (age - 45))))
    f = np.clip(1 + (worst - 1) * ((1 - degen) * block + degen * (0.45 + 0.55 * np.exp(-days / 150)))
                + rng.normal(0, 0.35, n), 0.5, 6.7)  # the face at the examination, unseen
    referral = np.clip(np.round(worst + rng.normal(0, 0.5, n)), 1, 6)
    enog_done = rng.random(n) < np.where(days <= 21, _sig(-0.5 + 1.8 * (worst - 5)), 0.1)
    enog = np.where(enog_done, np.round(np.clip(100 * degen + rng.normal(0, 10, n), 0, 100)), 0.0)
    fdi = np.round(np.clip(100 * _sig(2.2 - 0.85 * (f - 1) + rng.normal(0, 0.3, n)), 0, 100))
    own = np.clip(np.round(10 - 1.8 * (f - 1) + rng.normal(0, 0.45, n)), 0, 10)
    taste = rng.random(n) < _sig(-0.8 + 0.6 * (worst - 4))
    hyperacusis = rng.random(n) < _sig(-1.8 + 0.6 * (worst - 4))
    pain = np.clip(np.round(2 + np.choose(cause, [0.0, 3.0, 1.5, 0.5, 1.0]) + 0.4 * (worst - 4)
                            + rng.normal(0, 1.8, n)), 0, 10)
    schirmer = np.round(np.clip(18 - 2.5 * (worst - 4) + rng.normal(0, 6, n), 0, 35))
    synk = rng.random(n) < _sig(-3.5 + 3.0 * degen + 0.9 * np.log(days / 90))
    rated = f + rng.normal(0, 0.15, n)  # the otolaryngologist's reading
    label = np.digitize(rated, BRACKMANN_LIMITS)
    keep = _keep(rng, label, BRACKMANN_ROWS)
    x = np.column_stack([age, cause, days, diabetes, steroid, antiviral, referral, enog_done, enog, fdi, own, taste,
                         hyperacusis, pain, schirmer, synk])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``aquarium6``, the chances of the tank's kind (0 tropical community, 1 coldwater or goldfish, 2 a
#: betta or nano tank, 3 a planted tank)
AQUARIUM_KIND = np.array([[0.45, 0.30, 0.20, 0.05], [0.45, 0.30, 0.15, 0.10], [0.35, 0.40, 0.05, 0.20],
                          [0.50, 0.10, 0.30, 0.10], [0.55, 0.20, 0.10, 0.15], [0.40, 0.10, 0.15, 0.35]])
#: per cause of ``aquarium6``, the medians of the owner's answers and the water tests brought in: the tank's age
#: (months), its volume (litres), fish added in the last 2 weeks (share), the days over which the fish died, the
#: ammonia (ppm), the nitrite (ppm), the nitrate (ppm), the pH, the carbonate hardness (dKH), the water's temperature
#: on the owner's thermometer (C), fish gasping at the surface (share), white spots seen (share), found dead in the
#: morning (share), a heater fault, a power cut or a hot spell (share), a water change in the last 3 days (share), the
#: stocking (cm of fish a 10 litres)
AQUARIUM_TABLE = np.array([
    # age  vol    added days  nh3  no2   no3   ph   kh   temp  gasp  spots night heat  wc    stock
    [1.0, 60.0, 0.70, 4.0, 2.0, 0.30, 5.0, 7.6, 5.0, 25.0, 0.60, 0.10, 0.30, 0.05, 0.20, 12.0],  # ammonia
    [1.8, 80.0, 0.50, 6.0, 0.5, 3.00, 15.0, 7.4, 4.0, 25.0, 0.50, 0.10, 0.30, 0.05, 0.15, 10.0],  # nitrite
    [14.0, 100.0, 0.20, 1.5, 0.2, 0.10, 40.0, 7.2, 4.0, 27.5, 0.85, 0.05, 0.75, 0.40, 0.10, 18.0],  # low oxygen
    [12.0, 60.0, 0.20, 1.2, 0.1, 0.05, 20.0, 7.4, 5.0, 21.0, 0.30, 0.05, 0.55, 0.75, 0.45, 10.0],  # temperature
    [10.0, 90.0, 0.75, 9.0, 0.15, 0.05, 25.0, 7.3, 5.0, 24.0, 0.35, 0.75, 0.20, 0.20, 0.15, 11.0],  # ich
    [30.0, 100.0, 0.10, 3.0, 0.3, 0.10, 80.0, 5.8, 0.8, 25.0, 0.45, 0.05, 0.35, 0.05, 0.10, 15.0],  # pH crash
])
AQUARIUM_LOGS = [0, 1, 3, 4, 5, 6, 8, 15]
AQUARIUM_KINDS = [("log", 0.8, 0.3), ("log", 0.6, 0), ("share", 0, 0), ("log", 0.6, 0), ("log", 1.0, 0),
                  ("log", 1.0, 0), ("log", 0.7, 0.3), ("norm", 0.45, -0.15), ("log", 0.6, 0), ("norm", 2.0, 0)]
AQUARIUM_KINDS += [("share", 0, 0)] * 5 + [("log", 0.5, 0.2)]


def aquarium6():
    """Fish deaths in home aquaria reported to an aquarium shop, in 6 causes the shop's staff confuse
    (``AQUARIUM_CLASSES``), labelled by the cause the staff settled on, as the owner's answers and the water tests
    brought in apart from the staff's diagnosis describe them. Each cause has its picture (``AQUARIUM_KIND``,
    ``AQUARIUM_TABLE``): ammonia poisoning a tank a month old, fish just added, ammonia on the kit, gasping; nitrite
    poisoning a tank some weeks older, nitrite on the kit; low oxygen an older, warm, crowded tank, gasping, deaths
    overnight in a hot spell; a temperature shock a cold (or hot) thermometer, a heater fault or a power cut, a water
    change, deaths within a day; ich white spots, fish just added, deaths over a week or more; a pH crash an old tank,
    the carbonate hardness used up, a low pH and much nitrate. Unseen: the owner's neglect (one per-row factor
    raising the tank's age, the nitrate and the stocking and lowering the pH). Columns: the kind (0 tropical
    community, 1 coldwater or goldfish, 2 betta or nano, 3 planted), then the table's 16 (the age to a tenth within
    0.1-240 months, the volume to the litre within 5-1000, the days to a tenth within 0.1-60, the ammonia and the
    nitrite to a hundredth within 0-8 and 0-5, the nitrate to the unit within 0-300, the pH to a tenth within 4.5-8.8,
    the hardness to a tenth within 0-20, the temperature to a tenth within 10-34, the stocking to the unit within
    1-80, the shares as 0/1) (17). Imbalanced: 440 / 320 / 340 / 300 / 420 / 320 rows (2,140)."""
    rng = np.random.default_rng(95303)
    y = rng.permutation(np.repeat(np.arange(len(AQUARIUM_CLASSES)), AQUARIUM_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(AQUARIUM_KIND[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(AQUARIUM_TABLE, AQUARIUM_NEIGHBOURS, 0.3, AQUARIUM_LOGS)[y]
    x = _draw(rng, t, AQUARIUM_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.1, 240, 1), (1, 5, 1000, 0), (3, 0.1, 60, 1), (4, 0, 8, 2), (5, 0, 5, 2),
                                 (6, 0, 300, 0), (7, 4.5, 8.8, 1), (8, 0, 20, 1), (9, 10, 34, 1), (15, 1, 80, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([kind, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``appcrash6``, the chances of the device (0 a low-end Android phone, 1 a mid-range Android phone, 2
#: a flagship Android phone, 3 an iPhone)
APPCRASH_DEVICE = np.array([[0.50, 0.25, 0.05, 0.20], [0.20, 0.30, 0.20, 0.30], [0.25, 0.30, 0.15, 0.30],
                            [0.40, 0.35, 0.10, 0.15], [0.25, 0.30, 0.20, 0.25], [0.15, 0.25, 0.25, 0.35]])
#: per cause of ``appcrash6``, the medians of the crash report's metadata: the device's memory (GB), the free memory
#: at the crash (%), on the newest OS release or a beta (share), the days since the app version's release, the days
#: since the device's OS update, the session's length before the crash (s), a crash at launch (share), in the
#: foreground (share), on a cellular or weak network (share), the network requests in flight, the main thread's
#: longest stall in the last 10 s (ms), the app's memory in use (MB), the screens viewed in the session, a
#: third-party SDK updated in this app version (share), the user's other crashes in the last 7 days, the device
#: model's crash rate (per 1,000 sessions)
APPCRASH_TABLE = np.array([
    # ram  free  new   appd  osd    sess   launch fg   cell  req  stall   heap   scr   sdk   rep  rate
    [2.5, 5.0, 0.15, 25.0, 200.0, 900.0, 0.03, 0.55, 0.30, 2.0, 300.0, 480.0, 40.0, 0.15, 1.0, 4.0],  # memory
    [4.0, 22.0, 0.20, 6.0, 200.0, 120.0, 0.15, 0.90, 0.30, 2.0, 50.0, 150.0, 8.0, 0.20, 0.8, 2.0],  # null
    [4.0, 22.0, 0.15, 20.0, 200.0, 180.0, 0.10, 0.85, 0.80, 6.0, 200.0, 160.0, 10.0, 0.15, 0.6, 2.0],  # network
    [3.0, 12.0, 0.15, 20.0, 200.0, 240.0, 0.15, 0.98, 0.35, 3.0, 5000.0, 220.0, 12.0, 0.15, 0.7, 3.0],  # main thread
    [4.0, 18.0, 0.30, 10.0, 120.0, 40.0, 0.45, 0.80, 0.35, 3.0, 120.0, 200.0, 5.0, 0.65, 1.5, 5.0],  # SDK
    [4.5, 22.0, 0.70, 40.0, 12.0, 20.0, 0.55, 0.85, 0.30, 2.0, 60.0, 140.0, 4.0, 0.20, 2.5, 8.0],  # OS version
])
APPCRASH_LOGS = [0, 3, 4, 5, 9, 10, 11, 12, 14, 15]
APPCRASH_KINDS = [("log", 0.3, 0), ("norm", 6.0, -3.0), ("share", 0, 0), ("log", 0.65, 0), ("log", 0.7, 0),
                  ("log", 0.75, 0.4), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("count", 0.4, 0),
                  ("log", 0.7, 0), ("log", 0.3, 0.2), ("count", 0.5, 0.4), ("share", 0, 0), ("count", 0.5, 0),
                  ("log", 0.5, 0)]


def appcrash6():
    """Mobile app crash reports triaged into 6 root causes a triage engineer confuses (``APPCRASH_CLASSES``),
    labelled by the cause the engineer found, as the crash report's metadata apart from the stack trace's analysis
    describe them. Each cause has its picture (``APPCRASH_DEVICE``, ``APPCRASH_TABLE``): out of memory a low-end
    phone, little free memory, a long session, many screens, much memory in use, often in the background; a null
    dereference a new app version, a short session in the foreground; a network error a cellular or weak network,
    requests in flight; a blocked main thread a long stall in the foreground, a low-end phone; a third-party SDK an
    SDK just updated, a crash at launch, repeated crashes; an OS-version incompatibility the newest OS or a beta, an
    OS update days before, a crash at launch, repeated crashes on the same models. Unseen: the user's heavy use (one
    per-row factor lengthening the session, the screens and the memory in use and lowering the free memory). Columns:
    the device (0 low-end Android, 1 mid-range Android, 2 flagship Android, 3 iPhone), then the table's 16 (the memory
    to half a GB within 1-16, the free memory to the unit within 0-80 %, the days to the day within 0-365 and 0-1500,
    the session to the second within 1-36,000, the stall to the ms within 1-60,000, the memory in use to the MB within
    20-4,000, the crash rate to a tenth within 0.1-200, the counts as counts, the shares as 0/1) (17). Imbalanced: 380
    / 440 / 300 / 360 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(95404)
    y = rng.permutation(np.repeat(np.arange(len(APPCRASH_CLASSES)), APPCRASH_ROWS))
    device = (rng.random(len(y))[:, None] > np.cumsum(APPCRASH_DEVICE[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(APPCRASH_TABLE, APPCRASH_NEIGHBOURS, 0.3, APPCRASH_LOGS)[y]
    x = _draw(rng, t, APPCRASH_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 1, 16) * 2) / 2
    for j, low, high, digits in ((1, 0, 80, 0), (3, 0, 365, 0), (4, 0, 1500, 0), (5, 1, 36000, 0), (10, 1, 60000, 0),
                                 (11, 20, 4000, 0), (15, 0.1, 200, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([device, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND95`` lists them (the ordered sets first)
GENERATORS = {"ramsay6": ramsay6, "brackmann6": brackmann6, "aquarium6": aquarium6, "appcrash6": appcrash6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND95_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "ramsay6": (2140, 17, RAMSAY_ROWS),
    "brackmann6": (2140, 16, BRACKMANN_ROWS),
    "aquarium6": (2140, 17, AQUARIUM_ROWS),
    "appcrash6": (2140, 17, APPCRASH_ROWS),
}
ROUND95 = tuple(GENERATORS)

#: each set's documented neighbouring classes
NEIGHBOURS = {"ramsay6": RAMSAY_NEIGHBOURS, "brackmann6": BRACKMANN_NEIGHBOURS, "aquarium6": AQUARIUM_NEIGHBOURS,
              "appcrash6": APPCRASH_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("ramsay6", "brackmann6")


if __name__ == "__main__":
    main(GENERATORS)
