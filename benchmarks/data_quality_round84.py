"""Round 84's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s47/setnames84.txt``: every earlier
round's set names, 316 of them after a count line, printed through ``ast`` by the lead, read with ``head -1``,
``grep -c .`` and ``cat`` joined on one line; a ``grep -c -x`` of the four names printed 0 and a ``grep -i -E`` of
the stems mucos, ivh, mosq, hvac and ahu nothing, both before the data were written; the tests' ``check_registered``
confirms that no earlier round's ``GENERATORS`` holds them): none names an oral mucositis grade, a brain bleed's
grade, a mosquito's taxon or an air-handling unit's fault. Near ones, not opened: ``cipn4`` and ``clavien5`` (round
80's cancer-care grades), ``ecog5``, ``gestation7`` and ``graf4`` (other clinical or infant grades; which not
checked), ``wingbeats7``, ``tickspp6``, ``moth7`` and ``pollen9`` (other insects' or surveyors' taxa; wingbeats7
perhaps mosquitoes, not checked), ``chiller8``, ``iaqsource6``, ``refalarm6`` and ``screwcomp6`` (other building
plant's or machines' faults). As in round 83, the two graded sets simulate a pool of cases (200,000), label every
case the way its field does and keep a fixed number of each class (``_keep``, shuffled); the two unordered sets draw
their classes' rows from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours;
``_draw`` draws the columns about them), with one categorical column each (the trap, the season) drawn from a
per-class table of chances. Two sets have ORDERED classes (``ORDERED``): head-and-neck cancer patients during
radiotherapy in the 5 WHO oral mucositis grades (0-4), labelled by the oncology nurse's grade at the weekly oral
examination (``MUCOSITIS_LIMITS`` on the reading; ``MUCOSITIS_EXAM``, the examination, the label's basis and not
columns), described by the record apart from it; and preterm infants with an intraventricular haemorrhage in the 4
Papile grades (I-IV), labelled by the neonatal radiologist's grade on cranial ultrasound (``IVH_LIMITS``;
``IVH_ULTRASOUND``, the images, not columns), described by the record apart from them. Two have UNORDERED classes:
adult female mosquitoes from public-health surveillance traps in 6 taxa the district's entomology technicians
confuse, described by measured morphology and the trap record; and air-handling units of commercial buildings in 6
faults the HVAC technicians found, described by the building-management system's trend summaries before the call.
``NEIGHBOURS`` names each set's neighbour map (``MUCOSITIS_NEIGHBOURS``, ``IVH_NEIGHBOURS``, ``MOSQUITO_NEIGHBOURS``,
``AHU_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows and
limits, before any generator was written or ran: commit 87edf07; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
mucositis5,ivh4,mosquito6,hvacahu6``, ``--data round84``).

The author opened only: ``docs/data-authors.md`` (all, with ``cat``); ``benchmarks/data_quality_round83.py`` (all 423
lines with ``cat -n``, whose display left out lines 135-236, then ``sed -n 135,236p``; not edited),
``tests/test_data_quality_round83.py``, ``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py`` (all,
with ``cat -n``; not edited); round 30's module docstring (printed alone through ``ast``); the first 2,000 characters
of rounds 80's, 81's and 82's modules (``head -c 2000``); ``/tmp/s47/setnames84.txt`` (as above);
``tests/test_architecture.py`` lines 1-110; lines 122-123, 161-162 and 518-519 of ``benchmarks/data_quality_actions.py``
(``sed -n``), edited with ``sed`` (an insertion after line 123, the import after round 83's; a substitution making
the ``ROUNDS`` entry ``84: ROUND84_GENERATORS`` after 83's; substitutions of the help string's round84 / round 84's;
``BLIND_ROUND`` not touched, not seen); the edit's check was ``git diff --numstat`` (5 lines added, 3 removed),
``sed -n`` of lines 122-124, 162-164 and 520-521 after the edit (the same lines, moved by the two added) and a ``grep
-c`` of "round 5's .. round 84's" (1). Slips: ``git worktree add`` printed the subject of main's last commit (about
round 80's figures in the docs; not followed); ``tests/round_checks.py`` and the tests import
``benchmarks.data_quality_actions`` (and with it every round's module), as round 83's tests do; ``pytest
tests/test_architecture.py`` printed only the pass count; a scratch script for the measures lay in ``/tmp/r84scratch``
(the author's own); before the generators' commit (and before any measure) a first run of mosquito6 stopped on a
``np.clip`` with ``None`` and hvacahu6's outdoor temperatures came out too wide (a spread of 8 K plus the season's
9 K), narrowed to 5 K and clipped to -25..42 deg C; the author ran ``nproc`` and ``uptime`` to see the machine's load.
No function of the detector or the filter was called.

Public pages were searched (two searches a field, read only as the searches' excerpts): the mucositis (the WHO scale:
0 none, 1 soreness and erythema, 2 erythema and ulcers with solid food still eaten, 3 ulcers and a liquid diet only,
4 no eating by mouth; the RTOG scale beside it; concurrent chemotherapy and altered fractionation raising it, grade 3
or worse in 41-45 % with three-weekly cisplatin against about 21 % with radiotherapy alone in two trials, 60 % or more
in later series; severe mucositis going with a feeding tube (16 % against 6 %), hospital stays and opioids (63 %
against 35 %), a feeding tube a median of 32 days in; oral hygiene part of its prevention); the IVH (the germinal
matrix bleeding into the ventricles and the parenchyma, mostly before 33 weeks; risk rising with an earlier birth, a
lower weight, no or an incomplete course of antenatal steroids, asphyxia and a low Apgar, ventilation, surfactant,
sepsis, acidosis treated with bicarbonate and hypotension treated with catecholamines (odds 9.9 for grades III-IV);
grade IV infants younger (25.5 against 26.7 weeks) and lighter than grade III; readers agreeing well on grades III-IV
(kappa 0.84) and poorly on I-II, local and central readers differing in 15 % of scans, most between normal and I);
the mosquitoes (Culex pipiens and quinquefasciatus told apart reliably only by the male genitalia, hybrids where they
meet, quinquefasciatus the tropical and subtropical one; restuans' two pale scutal dots that rub off, restuans more
rural, wing 4-4.4 mm; pipiens and restuans "impossible" to tell apart as adult females in some keys; Anopheles'
palps as long as the proboscis and spotted wings; Aedes albopictus' single white scutal stripe against aegypti's
lyre, which fades in old specimens, both with banded tarsi; albopictus spread in stored tyres); the air-handling
units (NIST's APAR rules from mass and energy balances by the unit's mode, detecting stuck or leaking valves and
dampers, drifting or failed sensors and economiser logic faults; a damper stuck open found in field data; belt
slippage and loose belts in manufacturers' troubleshooting tables, dirty filters and coils with a high static
pressure and a low airflow).

The rest is the author's own reading of the fields, not checked: every number of the mucositis pool (the ages, the
men's share, the weeks and the doses, the cisplatin share, the sites' shares and effects, smoking's and the hygiene
score's, the neutrophils', the dose's curve, the unseen rest's 0.3 of a grade, the pain's, the opioids', the weight's,
the tube's and the xerostomia's slopes and spreads, the nurse's reading error of 0.2; the shares kept, 14 / 24 / 26 /
22 / 13 %); every number of the IVH pool (the gestational ages, the weights, the steroids' and the caesareans' shares
and effects, the unseen illness and what it drives, the platelets', the unseen rest's 0.3 of a grade, the scan's day,
the seizures' and the haemoglobin's slopes, the radiologist's reading error of 0.2, smaller than the readers'
disagreement on grades I-II in the pages; the shares kept, 30 / 26 / 23 / 21 %, far more III and IV than a unit's
bleeds); every number in ``MOSQUITO_TRAPS`` and ``MOSQUITO_TABLE`` (the pages set which marks belong to which taxon,
not the scores, the wing lengths apart from restuans', the months, the weather, the built-up shares, the latitudes
or the catches) and the rubbing's 0.2 of the pale scores per step of scale condition; every number in
``AHU_SEASONS`` and ``AHU_TABLE`` (the pages set the faults and the balances, not the commands, the fractions, the
offsets, the fan's figures, the drops, the flows, the complaints or the ages). The helpers imported from round 5
(``main``, ``ordinal_neighbours``) are used as round 83 uses them (``main`` was not run); ``_keep``, ``_pull``,
``_sig`` and ``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as round 83 imports them. No
detector or filter ran on these sets, and the benchmark did not; the difficulty below and the tests' baseline were
computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                                MLP train / test %, seed 0 | 1  10-NN %  between
mucositis5    2,140  5 (300 / 520 / 560 / 480 / 280), ordered          76.8 / 71.6 | 72.3 / 68.6       36.1     98 %
ivh4          2,140  4 (640 / 560 / 500 / 440), ordered                76.4 / 72.9 | 75.5 / 76.1       34.0     97 %
mosquito6     2,140  6 (440 / 340 / 380 / 360 / 300 / 320)            72.4 / 67.5 | 73.6 / 69.5       36.3     99 %
hvacahu6      2,140  6 (380 / 360 / 400 / 320 / 340 / 340)            78.8 / 77.9 | 80.6 / 76.4       28.2     91 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase:
a scaled 10-neighbour baseline errs on 36.1 / 34.0 / 36.3 / 28.2 % of their rows.
The generators were committed before any measure (commit 7505f61; before it they were run only to check that they
ran, their shapes, their class counts and their first rows). The figures above are the first measure's: no set was
changed after it, and all four meet the three aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the
baseline's errors between documented neighbours). In mucositis5: 1 with 2 31 % of the errors, 2 with 3 25 %, 0 with
1 24 %, 3 with 4 18 %, two apart 2 %; grade 2 errs most (39 %), grade 0 least (33 %), the rates close. In ivh4: I
with II 34 %, II with III 34 %, III with IV 29 %, two apart 3 %; III errs most (51 %) and II next (48 %), I least
(15 %). mosquito6 errs on 36 %, 99 % between taxa technicians confuse (``MOSQUITO_NEIGHBOURS``): albopictus with
aegypti 33 % of them, pipiens with quinquefasciatus 31 %, pipiens with restuans 26 %, quinquefasciatus with restuans
7 %, Anopheles with restuans 2 %; aegypti errs most (60 %), Anopheles least (4 %: its palps and wing spots survive
the rubbing as drawn, so the map's Anopheles pair is nearly idle). hvacahu6 errs on 28 %, 91 % between faults
technicians confuse (``AHU_NEIGHBOURS``): the filter with the belt 29 % of them, the cooling valve with the sensor
24 %, the damper with the sensor 13 %, the sensor with the heating valve 11 %, the damper with the heating valve
10 %; the damper with the cooling valve (3 %) falls outside the map; the sensor errs most (45 %), the filter least
(18 %). Slips kept as committed: in mucositis5 the age's, the sex's, smoking's and the hygiene score's medians differ
little or not at all between grades; in ivh4 the pneumothorax's and the seizures' medians are 0 in every grade; in
mosquito6 the month's, the rainfall's and the trap's medians differ little, and the Culex' pale scores are near 0 for
all three; in hvacahu6 the outdoor humidity's, the hunting's and the age's medians differ little.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine with long benchmarks running on
both cores, load about 2.5-2.9): the 19 tests' whole ``pytest`` run reports 7.44 s (``/usr/bin/time``: 7.53 s user and
0.44 s system CPU, 9.22 s wall) and 8.57 s on a second run (7.01 s user, 0.46 s system CPU), over the 6 s limit by
both counts; the collection's imports alone (``benchmarks.data_quality_actions``, every round's module, and sklearn's
MLP and neighbours) take 4.22 s user CPU on their own, and the tests' own calls about 2.8 s: the four MLPs (0.2-0.32 s
each) and the graded sets' determinism checks (0.17-0.20 s, the pool of 200,000 built twice).
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


# ---------------------------------------------------------------------- mucositis5: oral mucositis' WHO grade
#: the 5 classes of ``mucositis5`` (a head-and-neck cancer patient during radiotherapy, by the WHO oral mucositis
#: grade the oncology nurse gave at the weekly oral examination), the mildest first
MUCOSITIS_CLASSES = ("0 no signs or symptoms", "1 soreness and erythema",
                     "2 erythema and ulcers, solid food still eaten", "3 ulcers, a liquid diet only",
                     "4 ulcers, eating by mouth not possible")
MUCOSITIS_ROWS = (300, 520, 560, 480, 280)
#: the lower limits of grades 1-4 on the nurse's reading of the mouth (a continuous 0-4.5 reading of the erythema,
#: the ulcers' extent and what the patient can eat, rounded to a grade; the author's framing)
MUCOSITIS_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a faint erythema seen or not 0 or 1, a first small ulcer 1 or 2, solid food
#: given up this week or not 2 or 3, sips of liquid still taken or none 3 or 4; nurses differ mostly one grade apart)
MUCOSITIS_NEIGHBOURS = ordinal_neighbours(len(MUCOSITIS_CLASSES))
#: what the nurse grades from: the label's basis, not columns
MUCOSITIS_EXAM = ("the erythema and the ulcers seen in the mouth", "the pseudomembranes' extent",
                  "what the patient says they can eat and drink this week")


# ---------------------------------------------------------------------- ivh4: a preterm infant's IVH grade
#: the 4 classes of ``ivh4`` (a preterm infant with an intraventricular haemorrhage, by the Papile grade the
#: neonatal radiologist gave on cranial ultrasound), the smallest bleed first
IVH_CLASSES = ("I germinal matrix haemorrhage only", "II blood in the ventricle, under half of it, not dilated",
               "III blood in over half of the ventricle, the ventricle dilated",
               "IV a periventricular haemorrhagic infarction in the parenchyma")
IVH_ROWS = (640, 560, 500, 440)
#: the lower limits of grades II-IV on the radiologist's reading of the bleed (a continuous 0-3.5 reading of the
#: blood's extent in the matrix, the ventricle and the parenchyma, rounded to a grade; the author's framing)
IVH_LIMITS = (0.5, 1.5, 2.5)
#: the grade above and below each grade (a little blood in the ventricle seen or not I or II, the ventricle's filling
#: and dilatation II or III, an echodensity in the parenchyma read as the bleed's extension or a separate lesion
#: III or IV; readers agree least on grades I and II)
IVH_NEIGHBOURS = ordinal_neighbours(len(IVH_CLASSES))
#: what the radiologist grades from: the label's basis, not columns
IVH_ULTRASOUND = ("the echodense blood in the germinal matrix and the ventricles", "the ventricles' size",
                  "an echodensity in the periventricular white matter")


# ---------------------------------------------------------------------- mosquito6: a surveillance mosquito's taxon
#: the 6 classes of ``mosquito6`` (an adult female mosquito from a public-health surveillance trap, by the taxon the
#: district's entomology technician named under the stereo microscope)
MOSQUITO_TAXA = ("Culex pipiens", "Culex quinquefasciatus", "Culex restuans", "Aedes albopictus", "Aedes aegypti",
                 "Anopheles quadrimaculatus")
MOSQUITO_ROWS = (440, 340, 380, 360, 300, 320)
#: the taxa technicians confuse (symmetric): the three Culex with one another (brown, plain-winged, blunt abdomen;
#: pipiens and quinquefasciatus told apart reliably only by the male genitalia, hybrids where they meet; restuans'
#: two pale scutal dots rubbed off in a trap); Aedes albopictus against aegypti (black and white, banded legs; the
#: scutum's single stripe against the lyre, rubbed off in old or trapped females); Anopheles against Culex restuans
#: (a rubbed, brown specimen whose palps or wing spots are lost, both rural, early in the season)
MOSQUITO_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 5), 3: (4,), 4: (3,), 5: (2,)}


# ---------------------------------------------------------------------- hvacahu6: an air-handling unit's fault
#: the 6 classes of ``hvacahu6`` (an air-handling unit of a commercial building, by the fault the HVAC technician
#: found on the call)
AHU_FAULTS = ("outdoor-air damper stuck", "cooling-coil valve leaking", "filter fouled", "fan belt slipping",
              "supply-air temperature sensor drifting", "heating-coil valve stuck")
AHU_ROWS = (380, 360, 400, 320, 340, 340)
#: the faults technicians confuse (symmetric): a stuck damper against a drifting sensor (the mixed air off what the
#: damper's command implies reads like a sensor's error) and against a stuck heating valve (both leave the coils
#: fighting the weather); a leaking cooling valve against a drifting sensor (supply air colder than the valves'
#: commands imply) and against a stuck heating valve (heating and cooling at once); a fouled filter against a
#: slipping belt (both less air, complaints, the fan's speed up); a drifting sensor against a stuck heating valve
#: (supply air off its set point with the valve's command at odds)
AHU_NEIGHBOURS = {0: (4, 5), 1: (4, 5), 2: (3,), 3: (2,), 4: (0, 1, 5), 5: (0, 1, 4)}


def mucositis5():
    """Head-and-neck cancer patients at a weekly review during radiotherapy in the 5 WHO oral mucositis grades
    (``MUCOSITIS_CLASSES``), labelled by the grade the oncology nurse gave (``MUCOSITIS_LIMITS`` on the nurse's
    reading; ``MUCOSITIS_EXAM`` the label's basis and not columns), as the record apart from it describes them. The
    mucosa's injury (unseen) rises with the dose so far (little before 20 Gy, near its top by 50-60 Gy), concurrent
    cisplatin, an oral-cavity or oropharyngeal tumour, smoking, a poor oral hygiene score and a low neutrophil count,
    and has an unseen rest (the patient's own mucosa, a normal 0.3 of a grade); the pain, opioids, the weight lost and
    a feeding tube rise with it, the xerostomia with the dose. Columns: the age (years), the sex (1 a man), the dose so
    far (Gy), the weeks into treatment, concurrent cisplatin (0/1), the tumour site (0 oral cavity, 1 oropharynx, 2
    larynx or hypopharynx, 3 nasopharynx), current smoking (0/1), the oral hygiene score (0-3), the pain (0-10),
    opioid use (0/1), the weight lost since the start (%), a feeding tube (0/1), the xerostomia score (0-3), the
    neutrophil count (10^9/l) (14). Imbalanced: 300 / 520 / 560 / 480 / 280 rows (2,140)."""
    rng = np.random.default_rng(84101)
    n = 200000
    age = np.round(np.clip(rng.normal(61, 10, n), 25, 90))
    man = rng.random(n) < 0.75
    weeks = rng.integers(1, 8, n).astype(float)
    dose = np.round(np.clip(10 * weeks - rng.choice((0, 0, 0, 2, 4), n) - rng.integers(0, 5, n) * 2, 2, 70))
    cis = rng.random(n) < 0.6
    site = rng.choice(4, n, p=(0.3, 0.4, 0.2, 0.1))
    smoke = rng.random(n) < 0.3
    hygiene = np.clip(np.round(1.0 + 0.6 * smoke + rng.normal(0, 0.7, n)), 0, 3)
    neut = np.round(np.clip(rng.lognormal(np.log(4.5) - 0.05 * weeks * cis, 0.35, n), 0.3, 15), 1)
    own = rng.normal(0, 0.3, n)  # the patient's own mucosa, unseen
    inj = (4.0 * _sig((dose - 28) / 9) - 0.4 + 0.6 * cis + np.array([0.3, 0.3, -0.3, 0.1])[site] + 0.25 * smoke
           + 0.2 * (hygiene - 1) - 0.25 * np.log(neut / 4.5) - 0.005 * (age - 61) + own)  # the injury, unseen
    pain = np.round(np.clip(0.8 + 1.5 * inj + rng.normal(0, 1.2, n), 0, 10))
    opioid = rng.random(n) < _sig(-4.0 + 1.4 * inj)
    lost = np.round(np.clip(0.4 * weeks + 1.5 * inj + rng.normal(0, 1.8, n), -3, 25), 1)
    tube = rng.random(n) < _sig(-6.0 + 1.2 * inj + 0.3 * weeks)
    xero = np.clip(np.round(-0.2 + dose / 25 - 0.5 * (site == 2) + rng.normal(0, 0.5, n)), 0, 3)
    rated = inj + rng.normal(0, 0.2, n)  # the nurse's reading
    label = np.digitize(rated, MUCOSITIS_LIMITS)
    keep = _keep(rng, label, MUCOSITIS_ROWS)
    x = np.column_stack([age, man, dose, weeks, cis, site, smoke, hygiene, pain, opioid, lost, tube, xero,
                         neut])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def ivh4():
    """Preterm infants with an intraventricular haemorrhage in the 4 Papile grades (``IVH_CLASSES``), labelled by the
    grade the neonatal radiologist gave on cranial ultrasound (``IVH_LIMITS`` on the radiologist's reading;
    ``IVH_ULTRASOUND`` the label's basis and not columns), as the record apart from it describes them. The bleed's
    extent (unseen) is larger the earlier the birth, without a complete course of antenatal steroids, after a vaginal
    birth, and with the first days' instability (an unseen illness raising ventilation, a pneumothorax, hypotension
    treated, acidosis and hypercapnia, and lowering the Apgar scores), low platelets, and has an unseen rest (the
    infant's own vessels, a normal 0.3 of a grade); seizures and a fall in haemoglobin rise with it, and the large
    bleeds are scanned earlier. Columns: the gestational age (weeks, to a seventh), the birth weight (g), a complete
    course of antenatal steroids (0/1), a caesarean birth (0/1), the Apgar scores at 1 and 5 minutes, mechanical
    ventilation (0/1), a pneumothorax (0/1), hypotension treated (0/1), the worst blood pH, the worst pCO2 (mmHg), the
    lowest platelet count (10^9/l), the day of life at the scan, seizures (0/1), the haemoglobin's fall (g/dl) (15).
    Imbalanced: 640 / 560 / 500 / 440 rows (2,140)."""
    rng = np.random.default_rng(84202)
    n = 200000
    ga = np.round(np.clip(rng.normal(27.0, 2.2, n), 23, 32) * 7) / 7
    bw = np.round(np.clip(np.exp(np.log(1000) + 0.12 * (ga - 27) + rng.normal(0, 0.17, n)), 380, 2400), -1)
    steroids = rng.random(n) < 0.65
    caesar = rng.random(n) < 0.55
    ill = rng.normal(0, 1, n) - 0.25 * (ga - 27) - 0.3 * steroids  # the first days' instability, unseen
    apgar1 = np.clip(np.round(6 - 1.0 * ill + rng.normal(0, 1.4, n)), 0, 10)
    apgar5 = np.clip(np.round(np.maximum(apgar1, 8 - 0.8 * ill + rng.normal(0, 1.0, n))), 0, 10)
    vent = rng.random(n) < _sig(0.2 + 1.3 * ill)
    pneumo = rng.random(n) < _sig(-3.2 + 0.7 * ill + 0.8 * vent)
    hypot = rng.random(n) < _sig(-1.6 + 1.1 * ill)
    ph = np.round(np.clip(7.25 - 0.05 * ill + rng.normal(0, 0.05, n), 6.7, 7.5), 2)
    pco2 = np.round(np.clip(52 + 7 * ill + rng.normal(0, 7, n), 25, 120))
    plate = np.round(np.clip(rng.lognormal(np.log(180) - 0.12 * ill, 0.35, n), 10, 500))
    own = rng.normal(0, 0.3, n)  # the infant's own vessels, unseen
    ext = (1.2 - 0.18 * (ga - 27) - 0.35 * steroids - 0.25 * caesar + 0.45 * ill + 0.3 * pneumo + 0.3 * hypot
           - 0.3 * np.log(plate / 180) + own)  # the bleed's extent, unseen
    day = np.round(np.clip(np.exp(np.log(5) - 0.3 * ext + rng.normal(0, 0.4, n)), 1, 28))
    seizure = rng.random(n) < _sig(-4.5 + 1.3 * ext)
    hbfall = np.round(np.clip(0.3 + 0.8 * ext + rng.normal(0, 0.8, n), 0, 8), 1)
    rated = ext + rng.normal(0, 0.2, n)  # the radiologist's reading
    label = np.digitize(rated, IVH_LIMITS)
    keep = _keep(rng, label, IVH_ROWS)
    x = np.column_stack([ga, bw, steroids, caesar, apgar1, apgar5, vent, pneumo, hypot, ph, pco2, plate, day,
                         seizure, hbfall])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per taxon of ``mosquito6``, the chances of the trap (CO2-baited light trap, gravid trap, BG-Sentinel)
MOSQUITO_TRAPS = np.array([[0.35, 0.55, 0.10], [0.30, 0.55, 0.15], [0.45, 0.45, 0.10], [0.15, 0.15, 0.70],
                           [0.10, 0.15, 0.75], [0.75, 0.05, 0.20]])
#: per taxon of ``mosquito6``, the medians of: the wing length (mm), the palps' length against the proboscis'
#: (ratio), the proboscis' pale band score (0-3), the tarsal pale rings' score (0-3), the scutum's pale pattern score
#: (0-3), the wing spots' score (0-3), the abdominal bands' score (0-3), the scale condition (0 intact - 3 rubbed),
#: the month, the week's mean temperature (deg C), the rainfall of the last 14 days (mm), the site's built-up share
#: (%), the site's latitude (deg N), the trap's catch of all mosquitoes (count)
MOSQUITO_TABLE = np.array([
    # wing palp  prob  legs  scut  spot  abd   scale mon  temp  rain  urb   lat   catch
    [4.0, 0.20, 0.2, 0.2, 0.2, 0.1, 2.0, 1.2, 7.5, 23.0, 20.0, 60.0, 41.0, 40.0],  # Cx pipiens
    [3.8, 0.20, 0.2, 0.2, 0.2, 0.1, 1.8, 1.2, 8.0, 26.0, 25.0, 65.0, 35.0, 50.0],  # Cx quinquefasciatus
    [4.1, 0.20, 0.2, 0.2, 1.2, 0.2, 2.2, 1.4, 6.0, 20.0, 30.0, 40.0, 41.0, 25.0],  # Cx restuans
    [2.9, 0.25, 0.5, 2.6, 2.5, 0.1, 2.4, 1.0, 8.5, 25.0, 25.0, 65.0, 37.0, 8.0],  # Ae albopictus
    [2.8, 0.25, 0.4, 2.4, 2.2, 0.1, 2.3, 1.1, 8.5, 28.0, 25.0, 80.0, 30.0, 6.0],  # Ae aegypti
    [4.4, 0.90, 0.1, 0.1, 0.2, 2.0, 0.4, 1.6, 7.0, 23.0, 35.0, 20.0, 37.0, 20.0],  # An quadrimaculatus
])
MOSQUITO_LOGS = [10, 13]
MOSQUITO_KINDS = [("norm", 0.3, 0.15), ("norm", 0.12, 0), ("norm", 0.5, 0), ("norm", 0.5, 0), ("norm", 0.6, 0),
                  ("norm", 0.6, 0), ("norm", 0.6, 0), ("norm", 0.7, 0), ("norm", 1.6, 0), ("norm", 3.5, 0),
                  ("log", 0.6, 0), ("norm", 18.0, 0), ("norm", 3.5, 0), ("log", 0.8, 0)]


def mosquito6():
    """Adult female mosquitoes from public-health surveillance traps in 6 taxa the district's entomology
    technicians confuse (``MOSQUITO_TAXA``), labelled by the taxon named, as the measured morphology and the trap
    record describe them. Each taxon has its picture (``MOSQUITO_TRAPS``, ``MOSQUITO_TABLE``): the Culex brown and
    plain, in gravid and light traps, pipiens in cooler northern towns, quinquefasciatus in warm southern ones,
    restuans early in the season, rural, its two scutal dots; the Aedes small, banded legs, a pale scutal pattern, in
    BG-Sentinel traps, albopictus further north, aegypti in hot cities; Anopheles long palps, spotted wings, pale-less
    abdomen, rural, in light traps, wet weeks. A rubbed specimen's scale scores fall toward the plain (the scale
    condition lowers the pale scores). Unseen: the female's size as a larva's food allowed (one per-row factor on the
    wing). Columns: the trap (0 CO2 light trap, 1 gravid trap, 2 BG-Sentinel), then the table's 14 (the wing to a
    tenth of a mm, the palps' ratio to a hundredth, the scores to a tenth within 0-3, the month 1-12, the temperature
    to a tenth, the rainfall to a mm, the built-up share to the %, the latitude to a tenth, the catch as a count)
    (15). Imbalanced: 440 / 340 / 380 / 360 / 300 / 320 rows (2,140)."""
    rng = np.random.default_rng(84303)
    y = rng.permutation(np.repeat(np.arange(len(MOSQUITO_TAXA)), MOSQUITO_ROWS))
    trap = (rng.random(len(y))[:, None] > np.cumsum(MOSQUITO_TRAPS[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(MOSQUITO_TABLE, MOSQUITO_NEIGHBOURS, 0.3, MOSQUITO_LOGS)[y]
    x = _draw(rng, t, MOSQUITO_KINDS, rng.normal(0, 1, len(y)))
    x[:, 7] = np.clip(x[:, 7], 0, 3)
    x[:, 2:7] = x[:, 2:7] * (1 - 0.2 * x[:, 7:8])  # rubbed scales lose the pale marks and the spots
    x[:, 2:8] = np.round(np.clip(x[:, 2:8], 0, 3), 1)
    x[:, 0] = np.round(np.clip(x[:, 0], 2.0, 6.0), 1)
    x[:, 1] = np.round(np.clip(x[:, 1], 0.05, 1.2), 2)
    x[:, 8] = np.clip(np.round(x[:, 8]), 4, 11)
    x[:, [9, 12]] = np.round(x[:, [9, 12]], 1)
    x[:, [10, 11, 13]] = np.round(np.clip(x[:, [10, 11, 13]], 0, [np.inf, 100, np.inf]))
    return np.column_stack([trap, x]).astype(np.float32), y.astype(np.int64)


#: per fault of ``hvacahu6``, the chances of the season of the call (heating, shoulder, cooling)
AHU_SEASONS = np.array([[0.40, 0.20, 0.40], [0.35, 0.30, 0.35], [0.30, 0.30, 0.40], [0.30, 0.30, 0.40],
                        [0.30, 0.35, 0.35], [0.20, 0.25, 0.55]])
#: per fault of ``hvacahu6``, the medians of the trend summaries over the week before the call: the outdoor
#: temperature (deg C), the outdoor relative humidity (%), the outdoor-air damper's command (%), the outdoor-air
#: fraction the temperatures imply (%), the supply air above its set point (K), the supply air's hunting (K, its
#: standard deviation), the cooling valve's command (%), the heating valve's command (%), the hours with both coils
#: on (% of the occupied hours), the fan's speed (%), the specific fan power (W per l/s), the filter's pressure drop
#: (Pa), the airflow (% of design), the zone complaints (count a week), the unit's age (years)
AHU_TABLE = np.array([
    # oat  rh    dmpr  oaf   sat   hunt  cool  heat  both  fan   sfp   filt  flow  cmpl  age
    [15.0, 60.0, 30.0, 70.0, 1.0, 0.8, 55.0, 35.0, 10.0, 75.0, 1.6, 140.0, 95.0, 2.0, 14.0],  # damper stuck
    [14.0, 60.0, 40.0, 40.0, -1.6, 0.7, 25.0, 45.0, 30.0, 72.0, 1.6, 140.0, 96.0, 2.0, 16.0],  # cooling valve
    [16.0, 60.0, 35.0, 35.0, 0.4, 0.5, 50.0, 15.0, 4.0, 92.0, 2.3, 380.0, 82.0, 3.0, 10.0],  # filter fouled
    [16.0, 60.0, 35.0, 35.0, 0.8, 0.6, 52.0, 15.0, 4.0, 90.0, 1.2, 150.0, 74.0, 4.0, 18.0],  # belt slipping
    [15.0, 60.0, 35.0, 34.0, 0.1, 0.5, 40.0, 35.0, 12.0, 73.0, 1.6, 140.0, 96.0, 4.0, 15.0],  # sensor drift
    [18.0, 60.0, 35.0, 35.0, 2.0, 0.9, 70.0, 20.0, 35.0, 75.0, 1.6, 140.0, 95.0, 3.0, 17.0],  # heating valve
])
AHU_LOGS = [11, 13]
AHU_KINDS = [("norm", 5.0, 0), ("norm", 15.0, 0), ("norm", 12.0, 0), ("norm", 12.0, 0), ("norm", 0.9, 0),
             ("log", 0.35, 0), ("norm", 15.0, 0), ("norm", 12.0, 0), ("norm", 10.0, 0), ("norm", 9.0, 0),
             ("log", 0.2, 0.1), ("log", 0.3, 0.1), ("norm", 7.0, 0), ("count", 0.6, 0), ("norm", 6.0, 0.3)]


def hvacahu6():
    """Air-handling units of commercial buildings in 6 faults the HVAC technicians found (``AHU_FAULTS``), labelled
    by the fault found, as the building-management system's trend summaries of the week before the call describe
    them. Each fault has its picture (``AHU_SEASONS``, ``AHU_TABLE``): a damper stuck open lets in far more
    outdoor air than its command and loads the coils; a leaking cooling valve cools the supply air below its set
    point with the valve shut and the heating valve fights it; a fouled filter a high pressure drop, the fan fast and
    costly, less air; a slipping belt the fan's speed up but its power and the air down, complaints, old units; a
    drifting sensor holds its reading at the set point while the zones complain and both coils run; a stuck heating
    valve warm supply air, the cooling valve fighting it, mostly found in the cooling season. Unseen: the unit's wear
    (one per-row factor ageing it and raising the fan's power and the filter's drop). Columns: the season of the call
    (0 heating, 1 shoulder, 2 cooling), then the table's 15 (the temperatures to a tenth, the commands, the fraction,
    the hours, the speed, the humidity and the airflow to the %, within 0-100, the fan power to a hundredth, the drop
    to the Pa, the complaints as a count, the age to the year) (16). Imbalanced: 380 / 360 / 400 / 320 / 340 / 340
    rows (2,140)."""
    rng = np.random.default_rng(84404)
    y = rng.permutation(np.repeat(np.arange(len(AHU_FAULTS)), AHU_ROWS))
    season = (rng.random(len(y))[:, None] > np.cumsum(AHU_SEASONS[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(AHU_TABLE, AHU_NEIGHBOURS, 0.3, AHU_LOGS)[y]
    x = _draw(rng, t, AHU_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.clip(x[:, 0] + 9.0 * (season - 1), -25, 42)  # the season's weather
    x[:, [0, 4, 5]] = np.round(x[:, [0, 4, 5]], 1)
    x[:, [1, 2, 3, 6, 7, 8, 9, 12]] = np.round(np.clip(x[:, [1, 2, 3, 6, 7, 8, 9, 12]], 0, 100))
    x[:, 10] = np.round(x[:, 10], 2)
    x[:, 11] = np.round(x[:, 11])
    x[:, 14] = np.round(np.clip(x[:, 14], 1, 40))
    return np.column_stack([season, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND84`` lists them (the ordered sets first)
GENERATORS = {"mucositis5": mucositis5, "ivh4": ivh4, "mosquito6": mosquito6, "hvacahu6": hvacahu6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND84_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "mucositis5": (2140, 14, MUCOSITIS_ROWS),
    "ivh4": (2140, 15, IVH_ROWS),
    "mosquito6": (2140, 15, MOSQUITO_ROWS),
    "hvacahu6": (2140, 16, AHU_ROWS),
}
ROUND84 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("mucositis5", "ivh4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"mucositis5": MUCOSITIS_NEIGHBOURS, "ivh4": IVH_NEIGHBOURS, "mosquito6": MOSQUITO_NEIGHBOURS,
              "hvacahu6": AHU_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
