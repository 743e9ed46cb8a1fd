"""Round 87's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s49/setnames87.txt``: every earlier
round's set names, printed through ``ast`` by the lead, read with ``head -3``, ``grep -c .`` (329 lines: the count
line, 328, and 328 names) and a ``grep -i -E`` of the four names, which printed nothing, before the data were
written; the file's other names were not read; the tests' ``check_registered`` confirms that no earlier round's
``GENERATORS`` holds them). Near ones not checked: other rounds may hold other neurosurgical grades, other kidney
questions or other acoustic sources (the list was not read for them). As in round 86, the two graded sets simulate a
pool of cases (200,000), label every case the way its field does and keep a fixed number of each class (``_keep``,
shuffled); the two unordered sets draw their classes' rows from a table of each class's medians (``_pull``ed 0.3 of
the way toward its neighbours; ``_draw`` draws the columns about them), with one categorical column each (the new
drugs, the complainant's words) drawn from a per-class table of chances. Two sets have ORDERED classes (``ORDERED``):
patients with a brain arteriovenous malformation in the 5 Spetzler-Martin grades (I-V), labelled by the
neuroradiologist's grade on catheter angiography and MRI (the nidus' diameter against ``SPETZLER_LIMITS``, 3 and 6
cm, plus the eloquence and the deep drainage; ``SPETZLER_IMAGES``, the label's basis and not columns), described by
the neurosurgical clinic record apart from them; and overhead-line insulator strings in 4 condition grades (sound,
minor, major, replace now), labelled by the line inspector's grade from close-up drone photographs
(``INSULATOR_LIMITS``; ``INSULATOR_PHOTOS``, not columns), described by the asset register and the monitoring. Two
have UNORDERED classes: hospitalised adults with acute kidney injury in 6 main causes the nephrologists confuse
(pre-renal, septic or ischaemic tubular necrosis, nephrotoxic, obstruction, interstitial nephritis, rapidly
progressive glomerulonephritis or vasculitis), described by the admission and first-48-hour record apart from the
diagnosis and the biopsy; and urban noise complaints in 6 sources the intake confuses (amplified music,
construction, traffic, building plant, barking dogs, commercial or industrial premises), described by the complaint
record and the officer's logger apart from the finding. ``NEIGHBOURS`` names each set's neighbour map
(``SPETZLER_NEIGHBOURS``, ``INSULATOR_NEIGHBOURS``, ``AKI_NEIGHBOURS``, ``NOISE_NEIGHBOURS``; written from the fields
as the author knew them and committed, with the class names, rows and limits, before any generator was written or
ran: commit b920ad9; no pair added after). Each generator is deterministic (its own fixed seed) and returns ``(x,
y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name
(``load(name, seed)``, ``--sets spetzler5,insulator4,akicause6,noisesrc6``, ``--data round87``).

The author opened only: ``docs/data-authors.md`` (all, with ``cat``); ``benchmarks/data_quality_round86.py`` (all 445
lines with ``cat -n``, whose display left out lines 136-264, then ``sed -n 136,264p``; not edited),
``tests/test_data_quality_round86.py``, ``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py``
(all, with ``cat -n``; not edited); round 30's module docstring (printed alone through ``ast``); the first 2,000
characters of rounds 83's, 84's and 85's modules (``head -c 2000``); ``/tmp/s49/setnames87.txt`` (as above);
``tests/test_architecture.py`` lines 1-110 (``sed -n``); lines 126, 167-168 and 524-527 of
``benchmarks/data_quality_actions.py`` (``sed -n``), edited with a Python string replacement, each old string
asserted to occur once (the import after round 86's, the ``ROUNDS`` entry ``87: ROUND87_GENERATORS`` after 86's, the
help's round87 / round 87's; ``BLIND_ROUND`` not touched, not seen); the edit's checks were ``sed -n`` of lines
126-127, 168-170 and 526-529 and ``git diff --numstat`` (5 lines added, 3 removed). Slips: ``git worktree add``
printed the subject of main's last commit (about the ceiling study on round 85; not followed); the set-name file's
first three lines (the count and two names) were printed by ``head -3``; ``tests/round_checks.py`` and the tests
import ``benchmarks.data_quality_actions`` (and with it every round's module), as round 86's tests do; ``pytest
tests/test_architecture.py`` printed only the pass count; scratch scripts for the checks and the measures lay in
``/tmp/r87scratch`` (the author's own); before the generators' commit (856fd6b) they were run only to check that they
ran, their shapes, their class counts, their finiteness and their first rows. No function of the detector or the
filter was called.

Public pages were searched (two searches a field, read only as the searches' excerpts): the Spetzler-Martin grade
(the nidus' size under 3 cm 1 point, 3-6 cm 2, over 6 cm 3, an eloquent adjacent brain 1, any deep venous drainage 1,
summed to I-V; a neuroradiologist and a neurosurgeon disagreeing on 28 % of 224 patients, kappa 0.90 for the venous
drainage, 0.71 for the eloquence, 0.67 for the size, 0.61 for the grade, a diffuse nidus and the eloquence's
ambiguity the causes; in children a poor categorical agreement at the 2-3 border, driven by the eloquence;
haemorrhage the commonest presentation, 38-86 %, then seizures, headache and a focal deficit; the annual bleeding
risk 2-4 %, higher with deep drainage, an associated aneurysm or a previous bleed; embolisation before surgery for
grade III; ARUBA's unruptured cohort with no grade V); insulators (coastal salt and industrial deposits wetted by fog
or rain carrying a leakage current, dry bands and flashovers; ESDD measured with the line off; pollution, corrosion
and erosion, dry bands and pyrolysis in polymers; drones photographing broken, cracked or missing sheds, burns and
string drops); acute kidney injury (KDIGO's creatinine rise of 26.5 umol/l in 48 hours or 1.5 times the baseline,
the output under 0.5 ml/kg/h; tubular necrosis about half of in-hospital AKI, pre-renal 20-30 %, interstitial
nephritis 10-27 % and the third, then obstruction, glomerular disease and vasculitis; the sodium's fractional
excretion over 3 % with muddy brown granular casts in necrosis, hyaline casts only and a low excretion pre-renal,
both unreliable under diuretics; interstitial nephritis after drugs in 70 % (antibiotics, NSAIDs, proton-pump
inhibitors), its triad of rash, fever and eosinophilia in under 10 %, pyuria and mild proteinuria, non-oliguric, a
biopsy the only sure test); noise complaints (two thirds of 2,624 domestic sources in a UK survey amplified music or
barking dogs; construction, traffic and industry the other sources; low-frequency noise of 10-200 Hz, the HVAC
rumble, underrated by the A-weighting, the C minus A difference over 10 dB suggesting it; air-cooling plant's fan
tones near 60 Hz and compressors' at 500-700 Hz, tonality driving annoyance; the Salford criteria for
environmental health officers, many reported low-frequency cases unidentified).

The rest is the author's own reading of the fields, not checked: every number of the AVM pool (the ages, the men's
share, the nidus' lognormal about 3 cm, the eloquence's and the deep drainage's rise with the size, the aneurysms',
the bleeds', the seizures', the headache's, the deficit's, the Rankin's, the embolisations', the radiosurgery's, the
drain's and the referral's curves, the neuroradiologist's size spread of a tenth and the misread eloquence one in 12,
the drainage one in 25, smaller than the pages' disagreement; the shares kept, 15 / 26 / 27 / 20 / 12 %); every
number of the insulator pool (the materials' shares and ages, the ageing rates, the voltages, the distance's and the
pollution class' draw, the washing, the lightning, the sensor's share, the leakage's, the trips', the birds' and
the last grade's curves, the unseen rest of 0.25 and the inspector's reading error of 0.2 of a grade; the shares
kept, 34 / 29 / 22 / 15 %); every number in ``AKI_DRUGS`` and ``AKI_TABLE`` (the pages set directions, not the
medians) and the severity's leans; every number in ``NOISE_WORDS`` and ``NOISE_TABLE`` and the loudness' lean. The
helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 86 uses them (``main`` was not
run); ``_keep``, ``_pull``, ``_sig`` and ``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as
round 86 imports them. No detector or filter ran on these sets, and the benchmark did not; the difficulty below and
the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the
same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                                MLP train / test %, seed 0 | 1  10-NN %  between
spetzler5     2,140  5 (320 / 560 / 580 / 420 / 260), ordered           55.5 / 56.4 | 63.9 / 57.8       53.3     88 %
insulator4    2,140  4 (720 / 620 / 480 / 320), ordered                 78.0 / 71.0 | 78.6 / 72.0       32.0     97 %
akicause6     2,140  6 (520 / 480 / 360 / 260 / 240 / 280)              77.7 / 71.0 | 77.3 / 73.6       33.3     82 %
noisesrc6     2,140  6 (480 / 340 / 280 / 380 / 360 / 300)              84.5 / 81.9 | 84.0 / 79.6       25.7     64 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase:
a scaled 10-neighbour baseline errs on 53.3 / 32.0 / 33.3 / 25.7 % of their rows.
The generators were committed before any measure (commit 856fd6b). insulator4, akicause6 and noisesrc6 are as first
measured and met the three aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors
between documented neighbours; noisesrc6's 64 % near that floor). spetzler5 was changed once, in commit 4ca1919, after
the first measure: it first came out at a 62.7 % baseline and an MLP of 44.7 / 42.4 % (77 % between), missing two
aims; the eloquence and the deep drainage were made to rise more with the nidus' size (the logit's slope 0.8 to 1.8)
and the record to follow the nidus more closely (the seizures, the headache, the deficit score, the embolisations,
the aneurysms, the bleeds, the drain and the referral's slopes raised, their noise cut); the reading error was not
touched. It still misses both the baseline's aim (53.3 %) and the MLP's (56.4 / 57.8 %) and is kept as it is, said
here (its "between", 88 %, meets its aim): the grade is read from images the record does not hold, and the record's
bleeds and deficits follow the grade's parts in opposite directions (a small deep nidus bleeds, a large one does
not). In spetzler5: II with III 29 % of the errors, I with II 25 %, III with IV 22 %, IV with V 12 %, two or more
apart 12 %; grade IV errs most (58 %), grade V least (47 %). In insulator4: sound with minor 38 %, minor with major
36 %, major with replace now 24 %, two apart 3 %; major errs most (54 %), sound least (9 %). akicause6 errs on 33 %, 82
% between causes nephrologists confuse (``AKI_NEIGHBOURS``): pre-renal with obstruction 19 % of them, tubular
necrosis with nephrotoxic injury 16 %, pre-renal with nephrotoxic 14 %, necrosis with obstruction 7 %, pre-renal
with necrosis 7 %, nephrotoxic with interstitial nephritis 6 %, interstitial nephritis with glomerulonephritis 6 %,
necrosis with glomerulonephritis 6 %; nephrotoxic with obstruction (4 %) and necrosis with interstitial nephritis (3
%) fall outside the map; obstruction errs most (65 %: no scan's hydronephrosis among the columns), pre-renal least
(13 %). noisesrc6 errs on 26 %, 64 % between sources officers confuse (``NOISE_NEIGHBOURS``): music with commercial
premises 23 % of them, construction with dogs 17 %, plant with commercial premises 8 %, music with dogs 5 %,
construction with traffic 5 %, traffic with plant 4 %, dogs with commercial premises 3 %; traffic with commercial
premises (12 %), music with traffic (11 %) and music with plant (6 %: night-time, low-frequency complaints) fall
outside the map; commercial premises err most (64 %), plant least (12 %). Slips kept as committed: in spetzler5 the age,
the sex, the hypertension and the smoking do not follow the grade (by design) and the prior haemorrhage's, the
radiosurgery's and the drain's medians are 0 in every grade; in insulator4 the crew and the voltage follow nothing (the
voltage's medians 66 or 132 kV by chance, the draw's middle falling between them), the sensor is fitted on a minority,
so the leakage's median is 0 in every grade, and the bird streamers' medians are 0; in akicause6 the contrast's median
is 0 in every cause; in noisesrc6 the summer's median is 0 in every source and the hour's medians were pulled toward the
neighbours (music's to 14.9 hours after 06:00).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine with long benchmarks running on
both cores): the 19 tests' whole ``pytest`` run reports 6.89 s (``/usr/bin/time -v``: 5.99 s user and 0.29 s system
CPU, 8.34 s wall), over the 6 s limit as round 86's were; the collection's imports (``benchmarks.data_quality_actions``,
every round's module, and sklearn's MLP and neighbours) take most of it, and the tests' own calls the four MLPs
(0.22-0.37 s each) and the graded sets' determinism checks (0.25-0.34 s, the pool of 200,000 built twice).
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


# ---------------------------------------------------------------------- spetzler5: a brain AVM's Spetzler-Martin grade
#: the 5 classes of ``spetzler5`` (a patient with a brain arteriovenous malformation, by the Spetzler-Martin grade the
#: neuroradiologist gave on catheter angiography and MRI), the lowest first
SPETZLER_CLASSES = ("grade I", "grade II", "grade III", "grade IV", "grade V")
SPETZLER_ROWS = (320, 560, 580, 420, 260)
#: the nidus' maximal diameter's limits (cm) between the size's 1, 2 and 3 points, as the neuroradiologist measures it
#: on the angiogram; the grade is the size's points plus 1 for an eloquent adjacent brain plus 1 for any deep venous
#: drainage, minus 1 here (classes 0-4)
SPETZLER_LIMITS = (3.0, 6.0)
#: the grade above and below each grade (a nidus measured either side of 3 or 6 cm, a diffuse nidus' border; the
#: eloquence of the adjacent brain the least agreed part; a small deep vein seen or not; the grade's three parts each
#: move it by one, so readers differ mostly one grade apart)
SPETZLER_NEIGHBOURS = ordinal_neighbours(len(SPETZLER_CLASSES))
#: what the neuroradiologist grades from: the label's basis, not columns
SPETZLER_IMAGES = ("the nidus' maximal diameter on the angiogram", "the eloquence of the adjacent brain on MRI",
                   "the venous drainage (superficial only or any deep)")


# ---------------------------------------------------------------------- insulator4: an insulator string's condition
#: the 4 classes of ``insulator4`` (an overhead line's insulator string, by the condition grade the utility's line
#: inspector gave from close-up drone photographs), the best first
INSULATOR_CLASSES = ("sound", "minor defect (light soiling, glaze or shed wear)",
                     "major defect (cracked or broken sheds, tracking, corroded pin or cap)", "replace now")
INSULATOR_ROWS = (720, 620, 480, 320)
#: the lower limits of the minor, major and replace-now grades on the inspector's reading of the photographs (a
#: continuous 0-3.5 reading of the string's deterioration, rounded to a grade; the author's framing)
INSULATOR_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (soiling or a chipped shed read as sound or minor; a crack's or a tracking
#: path's extent as minor or major; a major defect's urgency as major or replace now; inspectors differ mostly one
#: grade apart)
INSULATOR_NEIGHBOURS = ordinal_neighbours(len(INSULATOR_CLASSES))
#: what the inspector grades from: the label's basis, not columns
INSULATOR_PHOTOS = ("the close-up drone photographs of the string", "the sheds' and the glaze's surface",
                    "the metal fittings (caps, pins, end fittings)")


# ---------------------------------------------------------------------- akicause6: an acute kidney injury's cause
#: the 6 classes of ``akicause6`` (a hospitalised adult with acute kidney injury, by the main cause the nephrologist
#: assigned)
AKI_CLASSES = ("pre-renal (volume depletion, low output)", "acute tubular necrosis (septic or ischaemic)",
               "nephrotoxic injury (drugs or contrast)", "urinary tract obstruction",
               "acute interstitial nephritis", "rapidly progressive glomerulonephritis or vasculitis")
AKI_ROWS = (520, 480, 360, 260, 240, 280)
#: the causes nephrologists confuse (symmetric): pre-renal against acute tubular necrosis (a pre-renal state turning
#: into necrosis, the sodium's fractional excretion borderline, diuretics), against nephrotoxic injury (an NSAID's or
#: an ACE inhibitor's haemodynamic fall) and against obstruction (oliguria with a bland sediment before the scan);
#: tubular necrosis against nephrotoxic injury (both tubular, granular casts, a raised sodium excretion), against
#: obstruction (an anuric patient, a high urine sodium in a long obstruction) and against glomerulonephritis (a
#: septic-looking vasculitis, fever and a high CRP); nephrotoxic injury against interstitial nephritis (both follow a
#: new drug: antibiotics, NSAIDs, proton-pump inhibitors); interstitial nephritis against glomerulonephritis (blood,
#: white cells and protein in the urine, systemic inflammation)
AKI_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 3, 5), 2: (0, 1, 4), 3: (0, 1), 4: (2, 5), 5: (1, 4)}


# ---------------------------------------------------------------------- noisesrc6: a noise complaint's source
#: the 6 classes of ``noisesrc6`` (an urban noise complaint, by the source the council's environmental health officer
#: found on the visit)
NOISE_CLASSES = ("amplified music", "construction or demolition", "road or rail traffic",
                 "building plant (air conditioning, extractor fans, heat pumps)", "barking dogs",
                 "commercial or industrial premises")
NOISE_ROWS = (480, 340, 280, 380, 360, 300)
#: the sources officers confuse at intake (symmetric): music against barking dogs (a neighbour's intermittent
#: evening noise, domestic) and against commercial premises (a pub's or a club's bass, late); construction against
#: traffic (daytime, broadband, near roads), against barking dogs (intermittent impulsive daytime noise) and against
#: commercial or industrial premises (banging, deliveries, machines on weekdays); traffic against plant (a steady
#: low-frequency hum or rumble); plant against commercial premises (a kitchen's extractor or a shop's chiller)
NOISE_NEIGHBOURS = {0: (4, 5), 1: (2, 4, 5), 2: (1, 3), 3: (2, 5), 4: (0, 1), 5: (0, 1, 3)}


def spetzler5():
    """Patients with a brain arteriovenous malformation in the 5 Spetzler-Martin grades (``SPETZLER_CLASSES``),
    labelled by the grade the neuroradiologist gave on catheter angiography and MRI (the nidus' diameter read against
    ``SPETZLER_LIMITS``, plus the eloquence and the deep drainage; ``SPETZLER_IMAGES`` the label's basis and not
    columns), as the neurosurgical clinic record apart from them describes them. The nidus' diameter, an eloquent
    adjacent brain and a deep venous drainage are unseen (the larger nidus more often eloquent and deep); the
    neuroradiologist measures the diameter with a tenth's spread and misreads the eloquence of one in 12 and the
    drainage of one in 25. A small, deeply draining nidus bleeds (a haemorrhage at presentation or before, an
    external ventricular drain after an intraventricular bleed); a large cortical one brings seizures, headache,
    flow-related aneurysms and staged embolisations; an eloquent one a deficit; radiosurgery treats the small deep
    or eloquent ones; the complex ones come from farther. Columns: the age (years), the sex (1 a man), a haemorrhage
    at presentation (0/1), the seizures in the past year, the headache (0 none - 3 daily), the deficit score (NIHSS),
    the modified Rankin score at presentation (0-5), a prior haemorrhage (0/1), hypertension (0/1), smoking (0/1), an
    associated aneurysm noted in the report's text (0/1), the embolisation sessions before, radiosurgery before (0/1),
    an external ventricular drain (0/1), the referring hospital (0 local, 1 regional, 2 another neurosurgical centre)
    (15). Imbalanced: 320 / 560 / 580 / 420 / 260 rows (2,140)."""
    rng = np.random.default_rng(87101)
    n = 200000
    age = np.round(np.clip(rng.normal(36, 16, n), 5, 85))
    man = rng.random(n) < 0.52
    size = np.clip(rng.lognormal(np.log(3.0), 0.55, n), 0.5, 10)  # the nidus' diameter (cm), unseen
    ls = np.log(size / 3)
    eloq = rng.random(n) < _sig(-0.2 + 1.8 * ls)  # unseen
    deep = rng.random(n) < _sig(-0.6 + 1.8 * ls)  # unseen
    aneur = rng.random(n) < _sig(-2.0 + 1.6 * ls + 0.4 * deep)
    haem = rng.random(n) < _sig(-0.4 - 1.0 * ls + 1.6 * deep + 0.5 * aneur)
    prior = rng.random(n) < _sig(-2.6 - 0.5 * ls + 0.9 * deep)
    seiz = rng.poisson(np.exp(-0.6 + 1.8 * ls + 0.6 * ~deep - 0.8 * haem + rng.normal(0, 0.3, n))).astype(float)
    head = np.round(np.clip(1.0 + 1.2 * ls + rng.normal(0, 0.6, n), 0, 3))
    nihss = rng.poisson(np.exp(-1.4 + 1.8 * eloq + 0.6 * ls + 1.0 * haem + 0.4 * deep)).astype(float)
    mrs = np.round(np.clip(0.4 + 1.3 * haem + 0.22 * nihss + 0.15 * seiz ** 0.5 + rng.normal(0, 0.5, n), 0, 5))
    hyper = rng.random(n) < _sig(-2.4 + 0.05 * (age - 40))
    smoke = rng.random(n) < 0.25
    embol = rng.poisson(np.exp(-1.0 + 2.0 * ls + 0.4 * eloq + 0.4 * deep)).astype(float)
    radio = rng.random(n) < _sig(-2.4 + 1.0 * eloq + 0.8 * deep - 1.0 * ls)
    evd = rng.random(n) < _sig(-4.0 + 2.8 * (deep & haem))
    refer = np.digitize(1.2 * ls + 0.8 * eloq + 0.8 * deep + rng.normal(0, 0.6, n), (0.2, 1.2)).astype(float)
    points = np.digitize(size * np.exp(rng.normal(0, 0.1, n)), SPETZLER_LIMITS) + 1  # the neuroradiologist's reading
    eloq_read = eloq ^ (rng.random(n) < 1 / 12)
    deep_read = deep ^ (rng.random(n) < 1 / 25)
    label = points + eloq_read + deep_read - 1
    keep = _keep(rng, label, SPETZLER_ROWS)
    x = np.column_stack([age, man, haem, seiz, head, nihss, mrs, prior, hyper, smoke, aneur, embol, radio, evd,
                         refer])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def insulator4():
    """Overhead-line insulator strings in 4 condition grades (``INSULATOR_CLASSES``), labelled by the grade the
    utility's line inspector gave from close-up drone photographs (``INSULATOR_LIMITS`` on the inspector's reading;
    ``INSULATOR_PHOTOS`` the label's basis and not columns), as the asset register and the monitoring apart from it
    describe them. The string's deterioration (unseen) grows with its age (a composite's polymer fastest, toughened
    glass slowest), the pollution zone's class (near the coast or industry), the years since its last washing in the
    polluted zones and the lightning's density, and has an unseen rest (the string's own batch, a normal 0.25 of a
    grade). The leakage current (where a sensor is fitted, in the polluted zones more often), the span's trips and
    flashovers, the bird-streamer incidents and the last inspection's grade (a step behind, noisy) follow it; the
    maintenance crew does not. Columns: the age (years), the material (0 porcelain, 1 glass, 2 composite), the line
    voltage (kV), the pollution zone class (1 very light - 5 very heavy), the distance to the coast or industry (km),
    the years since the last washing, a leakage sensor (0/1), the leakage current's peak (mA, 0 without a sensor),
    the trips or flashovers on the span in five years, the bird-streamer incidents, the lightning density
    (flashes/km2/year), the last inspection's grade (0-3, as the classes), the crew (0-5) (13). Imbalanced: 720 / 620
    / 480 / 320 rows (2,140)."""
    rng = np.random.default_rng(87202)
    n = 200000
    material = rng.choice(3, n, p=(0.45, 0.30, 0.25))
    age = np.round(np.where(material == 2, rng.uniform(1, 25, n), rng.uniform(1, 55, n)))
    volt = rng.choice(np.array([33.0, 66.0, 132.0, 275.0, 400.0]), n, p=(0.25, 0.25, 0.25, 0.15, 0.10))
    dist = np.round(np.clip(rng.lognormal(np.log(8), 1.0, n), 0.1, 150), 1)
    pollution = np.digitize(-np.log(dist / 8) + rng.normal(0, 0.5, n), (-1.2, -0.3, 0.6, 1.5)) + 1
    polluted = pollution >= 3
    washing = np.round(np.clip(np.where(polluted, rng.exponential(2.0, n), rng.lognormal(np.log(8), 0.5, n)), 0, 30),
                       1)
    light = np.round(np.clip(rng.lognormal(np.log(2), 0.5, n), 0.1, 20), 1)
    rate = np.array([1.0, 0.7, 1.6])[material]
    det = (0.035 * rate * age + 0.3 * (pollution - 2) + 0.08 * washing * polluted + 0.2 * np.log(light / 2)
           + rng.normal(0, 0.25, n))  # the deterioration, unseen
    sensor = rng.random(n) < 0.2 + 0.35 * (pollution >= 4)
    leak = np.round(np.where(sensor, np.exp(np.log(2) + 0.3 * (pollution - 2) + 0.45 * det + rng.normal(0, 0.3, n)),
                             0.0), 1)
    trips = rng.poisson(np.exp(-2.3 + 0.3 * (pollution - 2) + 0.55 * det + 0.3 * np.log(light / 2))).astype(float)
    bird = rng.poisson(np.exp(-2.0 + 0.25 * det)).astype(float)
    last = np.digitize(det - 0.3 + rng.normal(0, 0.35, n), INSULATOR_LIMITS).astype(float)
    crew = rng.integers(0, 6, n).astype(float)
    rated = det + rng.normal(0, 0.2, n)  # the inspector's reading
    label = np.digitize(rated, INSULATOR_LIMITS)
    keep = _keep(rng, label, INSULATOR_ROWS)
    x = np.column_stack([age, material, volt, pollution, dist, washing, sensor, leak, trips, bird, light, last,
                         crew])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``akicause6``, the chances of the new drugs in the past two weeks (0 none, 1 haemodynamic: a
#: diuretic, an ACE inhibitor or an NSAID, 2 a direct nephrotoxin: an aminoglycoside, vancomycin, a calcineurin
#: inhibitor or cisplatin, 3 an allergenic one: a beta-lactam or a proton-pump inhibitor)
AKI_DRUGS = np.array([[0.35, 0.45, 0.08, 0.12], [0.35, 0.25, 0.20, 0.20], [0.15, 0.20, 0.50, 0.15],
                      [0.55, 0.20, 0.10, 0.15], [0.10, 0.15, 0.15, 0.60], [0.55, 0.20, 0.08, 0.17]])
#: per cause of ``akicause6``, the medians of the admission and first-48-hour record: the age (years), the creatinine
#: (umol/l), its rise (times the baseline), the urea (mmol/l), the urine output (ml/kg/h), the sodium's fractional
#: excretion (%), the urine microscopy's granular and epithelial casts (0 none - 3 many, muddy brown), the blood
#: (0-3), the white cells (0-3), the dipstick protein (0-4), the systolic pressure (mmHg), the fluid balance over 48
#: hours (l), contrast in the past week (share), the eosinophils (10^9/l), the CRP (mg/l)
AKI_TABLE = np.array([
    # age  creat  rise urea  uo    fena cast blood wbc prot  sbp    bal   contr eos   crp
    [74.0, 180.0, 1.8, 22.0, 0.35, 0.6, 0.3, 0.2, 0.3, 0.4, 105.0, -1.5, 0.08, 0.15, 30.0],  # pre-renal
    [68.0, 320.0, 3.0, 24.0, 0.30, 3.0, 2.2, 0.6, 0.6, 1.0, 98.0, 2.5, 0.15, 0.12, 180.0],  # tubular necrosis
    [64.0, 240.0, 2.2, 14.0, 0.80, 2.0, 1.6, 0.4, 0.5, 0.9, 125.0, 0.5, 0.55, 0.20, 50.0],  # nephrotoxic
    [76.0, 350.0, 2.6, 20.0, 0.25, 1.5, 0.3, 1.0, 0.9, 0.5, 140.0, 0.3, 0.08, 0.15, 40.0],  # obstruction
    [62.0, 280.0, 2.5, 16.0, 0.90, 2.2, 0.6, 1.0, 2.2, 1.2, 128.0, 0.5, 0.10, 0.60, 60.0],  # interstitial
    [62.0, 420.0, 3.5, 25.0, 0.60, 1.8, 0.8, 2.6, 1.0, 2.6, 150.0, 0.8, 0.08, 0.20, 90.0],  # glomerulonephritis
])
AKI_LOGS = [1, 2, 3, 4, 5, 13, 14]
AKI_KINDS = [("norm", 13.0, 0), ("log", 0.45, 0.15), ("log", 0.3, 0.1), ("log", 0.35, 0.1), ("log", 0.6, -0.3),
             ("log", 0.7, 0), ("norm", 0.8, 0.2), ("norm", 0.8, 0), ("norm", 0.8, 0), ("norm", 0.9, 0),
             ("norm", 20.0, -5.0), ("norm", 1.5, 0), ("share", 0, 0), ("log", 0.6, 0), ("log", 0.7, 0)]


def akicause6():
    """Hospitalised adults with acute kidney injury in 6 main causes the nephrologists confuse (``AKI_CLASSES``),
    labelled by the cause the nephrologist assigned, as the admission and first-48-hour record apart from the
    diagnosis and the biopsy describes them. Each cause has its picture (``AKI_DRUGS``, ``AKI_TABLE``): pre-renal
    old, dry, a low pressure, oliguric, a low sodium excretion, a bland sediment, a high urea; tubular necrosis
    septic, resuscitated (a positive balance), oliguric, granular casts, a high sodium excretion and CRP; nephrotoxic
    injury after a nephrotoxin or contrast, non-oliguric, some casts; obstruction old, oliguric, a bland sediment
    with some blood (the hydronephrosis not measured), the pressure kept; interstitial nephritis after an allergenic
    drug, non-oliguric, white cells in the urine, the eosinophils up; glomerulonephritis the highest creatinine and
    rise, blood and protein in the urine, hypertensive. Unseen: the injury's severity (one per-row factor raising the
    creatinine, its rise, the urea and the casts, lowering the output and the pressure). Columns: the new drugs (0
    none, 1 haemodynamic, 2 a nephrotoxin, 3 an allergenic one), then the table's 15 (the age, the creatinine, the
    pressure and the CRP to the unit, the rise and the urea to a tenth, the output, the sodium excretion and the
    eosinophils to a hundredth, the scores to a tenth within their ranges, the balance to a tenth, the contrast as
    0/1) (16). Imbalanced: 520 / 480 / 360 / 260 / 240 / 280 rows (2,140)."""
    rng = np.random.default_rng(87303)
    y = rng.permutation(np.repeat(np.arange(len(AKI_CLASSES)), AKI_ROWS))
    drugs = (rng.random(len(y))[:, None] > np.cumsum(AKI_DRUGS[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(AKI_TABLE, AKI_NEIGHBOURS, 0.3, AKI_LOGS)[y]
    x = _draw(rng, t, AKI_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 18, 98))
    x[:, 1] = np.round(np.clip(x[:, 1], 60, 1500))
    x[:, [2, 3]] = np.round(np.clip(x[:, [2, 3]], [1.3, 3], [12, 80]), 1)
    x[:, [4, 5, 13]] = np.round(np.clip(x[:, [4, 5, 13]], [0.01, 0.05, 0.0], [4, 20, 5]), 2)
    x[:, 6:9] = np.round(np.clip(x[:, 6:9], 0, 3), 1)
    x[:, 9] = np.round(np.clip(x[:, 9], 0, 4), 1)
    x[:, 10] = np.round(np.clip(x[:, 10], 60, 230))
    x[:, 11] = np.round(np.clip(x[:, 11], -8, 10), 1)
    x[:, 14] = np.round(np.clip(x[:, 14], 1, 500))
    return np.column_stack([drugs, x]).astype(np.float32), y.astype(np.int64)


#: per source of ``noisesrc6``, the chances of the complainant's description (0 music or thumping, 1 banging or
#: drilling, 2 a hum, drone or rumble, 3 barking or howling, 4 noise, unspecified)
NOISE_WORDS = np.array([[0.60, 0.05, 0.07, 0.03, 0.25], [0.03, 0.65, 0.07, 0.02, 0.23], [0.03, 0.10, 0.40, 0.01, 0.46],
                        [0.03, 0.04, 0.70, 0.01, 0.22], [0.05, 0.05, 0.02, 0.60, 0.28], [0.20, 0.25, 0.25, 0.02, 0.28]])
#: per source of ``noisesrc6``, the medians of the complaint record and the officer's logger: the hour complained of
#: (hours after 06:00), a weekend (share), the episode's duration (minutes), the LAeq and the LAmax (dB), the
#: low-frequency share (LCeq - LAeq, dB), the tonality and the impulsiveness (their rating penalties, dB), the
#: distance to a main road or railway (m), a mixed or commercial zoning (share), the repeat complaints in the past
#: year, summer (share)
NOISE_TABLE = np.array([
    # hour weekend dur   laeq  lamax  lf    tone imp  road   zone  rep  summer
    [17.0, 0.55, 120.0, 48.0, 62.0, 14.0, 1.0, 2.0, 120.0, 0.30, 3.0, 0.35],  # music
    [4.0, 0.12, 240.0, 58.0, 78.0, 8.0, 1.0, 6.0, 60.0, 0.45, 2.0, 0.30],  # construction
    [15.0, 0.20, 600.0, 56.0, 70.0, 12.0, 0.5, 2.5, 20.0, 0.50, 1.5, 0.25],  # traffic
    [17.0, 0.35, 900.0, 40.0, 44.0, 14.0, 4.0, 0.5, 150.0, 0.55, 4.0, 0.45],  # plant
    [6.0, 0.30, 45.0, 50.0, 72.0, 4.0, 1.5, 7.0, 200.0, 0.15, 3.0, 0.25],  # dogs
    [14.0, 0.35, 300.0, 50.0, 66.0, 12.0, 2.5, 4.0, 80.0, 0.75, 3.0, 0.30],  # commercial
])
NOISE_LOGS = [2, 8, 10]
NOISE_KINDS = [("norm", 3.5, 0), ("share", 0, 0), ("log", 0.8, 0), ("norm", 5.0, 2.0), ("norm", 6.0, 2.0),
               ("norm", 4.0, 0), ("norm", 1.3, 0), ("norm", 1.6, 0), ("log", 0.8, 0), ("share", 0, 0),
               ("count", 0.6, 0), ("share", 0, 0)]


def noisesrc6():
    """Urban noise complaints in 6 sources the council's intake confuses (``NOISE_CLASSES``), labelled by the source
    the environmental health officer found on the visit, as the complaint record and the officer's sound-level logger
    apart from the finding describe them. Each source has its picture (``NOISE_WORDS``, ``NOISE_TABLE``): music late,
    at weekends, bass-heavy, repeated; construction on weekday mornings, loud, impulsive, near roads; traffic steady,
    long, near a main road, low-frequency; plant steady at night, quiet but tonal and low-frequency, repeated, in
    summer; barking dogs at midday, short, impulsive, away from roads; commercial or industrial premises in the
    evening, in mixed or commercial zones, between the others. Unseen: the site's loudness (one per-row factor
    raising the LAeq and the LAmax). Columns: the complainant's description (0 music or thumping, 1 banging or
    drilling, 2 a hum or rumble, 3 barking, 4 unspecified), then the table's 12 (the hour to a tenth within 0-24,
    the levels and the scores to a tenth within their ranges, the duration and the distance to the unit, the shares
    as 0/1, the repeats a count) (13). Imbalanced: 480 / 340 / 280 / 380 / 360 / 300 rows (2,140)."""
    rng = np.random.default_rng(87404)
    y = rng.permutation(np.repeat(np.arange(len(NOISE_CLASSES)), NOISE_ROWS))
    words = (rng.random(len(y))[:, None] > np.cumsum(NOISE_WORDS[y], 1)[:, :4]).sum(1).astype(float)
    t = _pull(NOISE_TABLE, NOISE_NEIGHBOURS, 0.3, NOISE_LOGS)[y]
    x = _draw(rng, t, NOISE_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 0, 23.9), 1)
    x[:, 2] = np.round(np.clip(x[:, 2], 1, 1440))
    x[:, [3, 4]] = np.round(np.clip(x[:, [3, 4]], 25, 110), 1)
    x[:, 4] = np.maximum(x[:, 4], x[:, 3])
    x[:, 5] = np.round(np.clip(x[:, 5], 0, 30), 1)
    x[:, [6, 7]] = np.round(np.clip(x[:, [6, 7]], 0, [6, 9]), 1)
    x[:, 8] = np.round(np.clip(x[:, 8], 2, 3000))
    return np.column_stack([words, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND87`` lists them (the ordered sets first)
GENERATORS = {"spetzler5": spetzler5, "insulator4": insulator4, "akicause6": akicause6, "noisesrc6": noisesrc6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND87_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "spetzler5": (2140, 15, SPETZLER_ROWS),
    "insulator4": (2140, 13, INSULATOR_ROWS),
    "akicause6": (2140, 16, AKI_ROWS),
    "noisesrc6": (2140, 13, NOISE_ROWS),
}
ROUND87 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("spetzler5", "insulator4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"spetzler5": SPETZLER_NEIGHBOURS, "insulator4": INSULATOR_NEIGHBOURS, "akicause6": AKI_NEIGHBOURS,
              "noisesrc6": NOISE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
