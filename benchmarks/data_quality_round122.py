"""Round 122's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s61/setnames122.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (potato4 0, raisin4 0,
ventilator6 0, crane6 0) and two ``grep -n -i -E`` of stems: potat, tuber, spud, raisin, grape, sultan, currant,
dried, ventil, respir, oxygen, icu, crane, hoist, bridge, lift and winch, which printed ``liftfault8`` (line 169),
``forklift6`` (268) and ``outerbridge5`` (315); then fruit, prune, date, fig, apricot, veg, onion, medic, hospit,
biomed, anaes, elevat, motor, brake, drive, vfd, conveyor and grade, which printed ``grade6`` (13), ``wfdriver5``
(223), ``conveyor6`` (377), ``elevator6`` (397) and ``brakes6`` (405) (none opened); the file's count line and its
other names were not read; the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds
these). The near ones: ``liftfault8`` and ``elevator6`` likely a lift's or an elevator's faults (another hoisting
machine's repair causes: the nearest to crane6, whose hoist shares the brake, the contactors and the limits),
``forklift6`` a forklift's faults or tasks, ``conveyor6`` a conveyor's faults and ``brakes6`` likely a vehicle's brake
faults (near crane6's brake); ``grade6`` not known (caught by the stem ``grade``: perhaps another produce's grades,
near potato4 and raisin4), ``wfdriver5`` and ``outerbridge5`` caught only by the stems. No name near potato4, raisin4
or ventilator6 was printed (no potato, raisin, dried fruit or ventilator set by these stems); rounds 120's and 121's
``incubator6``, ``dialysis6`` and ``autoclave6`` (a hospital's machines' faults, a biomedical engineer's or
technician's: round 121's module opened, below, round 120's first 2,000 characters) are the nearest trade to
ventilator6's. The names and the fields were fixed by the lead. Near ones not checked: round 30's docstring names
wheat grades, coffee roast degrees, banana ripening stages and honey origins (other produce graded for sale), chiller
faults, smart plugs and PV string faults (other machines' faults); rounds 118-120's first 2,000 characters name
walnut4, jute5, espresso6, espressorepair6, excavator6, hazelnut4, coffeedef7, fibre8, cotton5, lentil4, furnace6,
sprinkler6, heatpump6, boiler6, hvacahu6, pumpflt6, lawnmower6, oyster4, cork5, atm6, incubator6, fishfresh4,
vending6 and printer6 (other produce's grades and other repair visits' causes). As in round 121, the two graded sets
simulate a pool of cases (200,000), label every case the way its field does and keep a fixed number of each class
(``_keep``, shuffled); the two unordered sets draw their classes' rows from a table of each class's medians
(``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns about them), with categorical columns
drawn from per-class tables of chances. Two sets have ORDERED classes (``ORDERED``): lots of fresh table potatoes a
packer buys from growers, in 4 of the United States Standards for Grades of Potatoes' grades, in the standard's
order (U.S. Extra No. 1, U.S. No. 1, U.S. Commercial, U.S. No. 2; a lot within none dropped from the pool), labelled
by the inspector's sample against the grades' tolerances for external defects, internal defects, undersize and dirt
(``POTATO_LIMITS``; ``POTATO_GRADING``, not columns), described by the lot's records and the packer's simple
measures apart from the grade; and lots of natural (sun-dried) seedless raisins a processor buys, in the United
States Standards for Grades of Processed Raisins' U.S. Grade A, B, C and Substandard (a lot beyond the processor's
own rejection limits dropped), labelled by the inspector's sample against the grades' limits for the well-matured
share, moisture, capstems, sugared, damaged, mouldy and undeveloped raisins (``RAISIN_LIMITS``; ``RAISIN_GRADING``,
not columns), described by the lot's records and the processor's simple measures apart from the grade. Two have
UNORDERED classes: ICU mechanical ventilators a hospital's biomedical engineer takes out of service after alarms or
failed checks, in 6 causes engineers confuse (a flow sensor fault, an oxygen sensor or O2 cell depleted, a leaking or
failed exhalation valve, a blower or turbine fault, the gas supply or its regulators, a battery or power supply
fault; the control board or software, the inspiratory valve and its pressure transducers, the display or touch
screen, the humidifier and the nebuliser left out); and overhead bridge cranes a crane technician is called to
because the hoist or the bridge misbehaves, in 6 causes technicians confuse (a worn or misadjusted hoist brake, a
failed contactor or its coil, a limit switch fault, the pendant or radio remote, the motor or its thermal protection
tripping, the variable-frequency drive; worn festoon or conductor-bar collectors, the control transformer and its
fuses, the gearbox, the wire rope or its drum, the runway's alignment and the main-line disconnect left out); each
described by the unit's records, its drive or control, the event or the operator's complaint and the engineer's or
technician's measures apart from the diagnosis. ``NEIGHBOURS`` names each set's neighbour map
(``POTATO_NEIGHBOURS``, ``RAISIN_NEIGHBOURS``, ``VENTILATOR_NEIGHBOURS``, ``CRANE_NEIGHBOURS``; written from the
fields as the author knew them and committed, with the class names, rows and limits, before any generator was
written or ran: commit e126eef8; no pair added after). Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by
name (``load(name, seed)``, ``--sets potato4,raisin4,ventilator6,crane6``, ``--data round122``).

The author opened only: ``/tmp/s61/brief122.md`` (its prompt, with ``cat``); ``docs/data-authors.md`` (all, with
``cat``, after ``date``, ``git status`` and ``git log --oneline main..HEAD``, which printed no commit; not edited);
``benchmarks/data_quality_round121.py`` (all, with ``cat``; the display left out lines 139-382, then ``sed -n
139,260p`` and ``sed -n 260,382p``; not edited), after a ``wc -c`` of it, its tests, the common helpers and
``tests/round_checks.py``; ``tests/test_data_quality_round121.py``, ``benchmarks/data_quality_round_common.py`` and
``tests/round_checks.py`` (all, with ``cat`` in one command; not edited); round 30's module docstring (printed through
``ast``, cut at its first 3,000 characters by a slice) and the first 2,000 characters of rounds 118's, 119's and
120's modules (``head -c 2000``, in the same command); ``/tmp/s61/setnames122.txt`` (as above);
``benchmarks/data_quality_actions.py`` through a ``grep -n -i round121`` piped through ``grep -v BLIND_ROUND`` (hits
161, 238, 240 and 596), then lines 158-163, 232-246 and 592-599 (``sed -n`` through ``grep -v BLIND_ROUND``;
``BLIND_ROUND``'s value was not printed; the comment above it, which names round121, was), edited with a Python
string replacement, each old string asserted to occur once (the import after round 121's, the ``ROUNDS`` entry
``122: ROUND122_GENERATORS`` after 121's, the help's round121 and round 121's; ``BLIND_ROUND`` and its comment not
touched; checked with a ``grep -n -i round122`` through ``grep -v BLIND_ROUND`` (hits 162, 240, 598), lines 594-599
(``sed -n`` through ``grep -v BLIND_ROUND``), an import of ``ROUNDS[122]``'s names, ``round_of`` and ``split`` of
one name each and the earlier rounds' names against these, and ``git diff --numstat``, 5 lines added, 3 removed);
``tests/test_architecture.py`` lines 1-110 (``sed -n``, its lines cut at 160 characters and blank lines dropped).
No ``git log`` ran but ``git log --oneline main..HEAD``; ``git status``, ``git diff --stat`` and ``git diff
--numstat`` of the worktree's own changes. An import of ``benchmarks`` printed that it resolves to the worktree's
folder (a namespace package). The neighbour maps were checked with ``round_checks.check_neighbours`` (and the rows'
sums, the limits' order) before the first commit. Before the generators' commit (03e66646, with the registration)
the generators were run only to check that they ran, their shapes, dtypes, finiteness, determinism, class counts,
first rows and time (the pools' class counts before ``_keep`` were not printed); nothing in them was changed between
their writing and that commit. After the commit the MLP's figures (train and test, seeds 0 and 1), the baseline's
error, the share between neighbours, the eight commonest error pairs and the class error rates were printed once for
all four sets. ventilator6 and crane6 met the aims and were not changed. potato4 and raisin4 missed both and had
their one change each (one commit, 7bafe33a): in potato4 the inspector reads each share within a log spread of 0.1
(was 0.2); the unseen greening's spread is 0.4 (was 0.7) and the grower's care moves it by 0.1 (was 0.2), the
bruises' spread 0.35 (was 0.6) and the care's 0.15 (was 0.35), the shrivel's 0.35 (was 0.6), the hollow heart's 0.4
(was 0.6), the undersize's 0.2 (was 0.4), the care moves the dirt by 0.1 (was 0.2); the packer's tare reads the dirt
within 0.2 (was 0.5), the 20 tubers' weight the size within 0.05 (was 0.12), the scabby tubers count with the scab's
share halved, not thirded, and a spread of 0.1 (was 0.3), the greening score within 0.3 (was 0.6); in raisin4 the
inspector reads the matured share within 2 points (was 4) and the others within a log spread of 0.1 (was 0.2); the
unseen sugared berries' spread is 0.3 (was 0.5), the damaged's 0.25 (was 0.4), the undeveloped's 0.3 (was 0.5); the
air stream test's spreads 0.15 (were 0.35 and 0.4), the capstems counted in 500 g (was 100 g), the quick look's
sugared berries and the mould sorter's rejects within 0.2 (were 0.5); then their figures were printed once more:
both MLPs met the aim, both baselines still miss (below); kept and said. Then the class medians and means of every
column (and the shares of the categorical columns' values by class) and each set's first row were printed once, to
write the tests and this docstring; no set was changed after. Slips: none in the data's steps; the first checking
script failed on its import (run without the worktree on ``PYTHONPATH``; nothing ran) and was rerun with it; the
tests' first run failed on one assertion of the author's own (potato4's storage days written as rising by more than
20 a grade from Extra No. 1 to Commercial, where the printed medians rose 17, 27.5 and 75.5): the assertion was
corrected to what had been printed (10), the data not touched, and an obscure wording of one ventilator6 assertion
(the self-test's commonest cause written as ``supply - 3``) written as ``cell``; ``pytest tests/test_architecture.py``
printed only the pass count; ``awk`` for lines over 120 characters ran on this module and its tests; scratch scripts
lay in ``/tmp/r122scratch`` (the author's own, removed at the end). No function of the detector or the filter was
called.

Public pages were searched (five searches of stored pages, read only as the searches' excerpts): potatoes (two
searches: the United States Standards for Grades of Potatoes in 7 CFR part 51 as several sites reprint them: U.S.
No. 1 firm, fairly clean, fairly well shaped, free from freezing, blackheart, late blight, southern bacterial wilt,
ring rot, soft rot and wet breakdown and from damage by any other cause, at least 1 7/8 inch; U.S. Commercial the No.
1's requirements but free only from serious damage by dirt, russet scab and rhizoctonia, with increased tolerances;
U.S. No. 2 not seriously misshapen, free from serious damage, at least 1 1/2 inch; the tolerances in 51.1546 and the
external and internal defects in 51.1564 and 51.1565 (damage a removal of more than 5 % of a tuber's weight or a
bruise over 5 % of its surface, serious damage 10 %); the processing grades of 51.3410; U.S. Extra No. 1's section
and the tolerances' table were not in the excerpts), raisins (the standard's Sultana table: stems 1, 2, 3 per 32
ounces, capstems 10, 15, 20 a pound, sugared 5, 10, 15 %, discoloured, damaged or mouldy 4, 6, 9 %, damaged 2, 3, 5
%, mouldy 2, 3, 4 %; its Zante currant and layer raisins' tables; a public table of the natural seedless grades:
well or reasonably well-matured at least 80, 70, 55 %, moisture at most 18 % (19 % for Monukka), stems 1, 2, 4 per 6
pounds, capstems 15, 25, 35 a pound, sugared 5, 10, 15 %, substandard development by size (Select 1, 1.5, 2 %,
Midget 2, 3, 5 %, Mixed 1, 2, 3 %); the marketing order's incoming standards: natural condition, storable, off-grade;
the standard's 2016 issue superseding 1978's), ventilators (a biomedical engineer's page: low pressure alarms and
leak tests of the inspiratory and expiratory blocks, galvanic O2 cells that consume themselves in 12-18 months, a
pneumatic or electronic fault first; an open ventilator's alarm notes: a leak and a flow sensor's divergence look
alike when the inspiratory and expiratory sensors are compared; a patent of a modelled exhalation flow from the
exhalation valve's current to catch a flow sensor's failure; a home ventilator's alarms; a vendor's manual: an O2
alarm from a low O2 flow, a leak, an interrupted supply or a miscalibrated sensor; a magazine's service page:
sensors and user-interface parts the commonest failures) and cranes (a hoist maker's and several manuals'
troubleshooting charts: a hook not responding from a phase failure, an open limit switch, the reversing contactor's
coil, the control station's contacts, a brake not releasing (its coil open, its armature binding), low voltage; a
hoist that lowers but will not lift from an overload, a worn clutch, a broken pendant conductor; the load drifting
from a worn brake or a demagnetised motor; collectors making poor contact; a page of false faults: interlocks and
handles not at neutral; a control panel's primer: VFDs or starters, limit switches, overload relays). No page gave
the classes' or causes' shares, or any record's values by class; no page gave an inspector's sampling error, so
``POTATO_LIMITS`` are the author's memory of the tolerances (not checked) and its size and dirt limits the author's,
``RAISIN_LIMITS``' damaged and mouldy rows the Sultana table's (the natural seedless table's not found) and its
Substandard row (the rejection limits) the author's.

The rest is the author's own reading of the fields, not checked: every number of the potato pool (the varieties' and
soils' shares, the pulp temperatures, the skin set, the storage's days and temperature, the gravities, each defect's
law: scab 1.2 %, greening 0.8 %, bruises 2 %, shrivel 0.6 %, hollow heart 0.8 %, blackspot 1 % and their causes, the
undersize's law from a size factor, the dirt's 2 %; the inspector's error; the packer's tare, weights, counts, score
and sprouts; the shares kept, 22.4 / 29.9 / 26.2 / 21.5 %); every number of the raisin pool (the districts',
varieties' and drying methods' shares, the harvest days, the sugar's law, the tray days, the rain's chance and
amount, the days held, each defect's law: the matured share a logistic of the sugar, moisture 14.5 %, capstems 14 a
pound (twice on the vine-dried lots), sugared 4 %, damaged 1.5 %, mouldy 1 %, undeveloped 1.2 %; the inspector's
errors; the processor's readings; the shares kept, 24.3 / 29 / 26.2 / 20.6 %); every number in ``VENTILATOR_MAKE``,
``VENTILATOR_DRIVE``, ``VENTILATOR_EVENT``, ``VENTILATOR_TABLE`` and ``VENTILATOR_KINDS`` (the shares kept, 17.8 /
15.9 / 18.7 / 16.8 / 15 / 15.9 %); every number in ``CRANE_CONTROL``, ``CRANE_DRIVE``, ``CRANE_COMPLAINT``,
``CRANE_TABLE`` and ``CRANE_KINDS`` (the shares kept, 18.7 / 16.8 / 15.9 / 17.8 / 15 / 15.9 %). The helpers imported
from round 5 (``main``, ``ordinal_neighbours``) are used as round 121 uses them (``main`` was not run); ``_keep``,
``_pull``, ``_sig`` and ``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as round 121 imports
them (``_sig`` used in raisin4). No detector or filter ran on these sets, and the benchmark did not; the difficulty
below and the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with
the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set          rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
potato4      2,140  4 (480 / 640 / 560 / 460), ordered        77.8 / 72.7 | 70.2 / 68.4       42.9     77 %
raisin4      2,140  4 (520 / 620 / 560 / 440), ordered        68.3 / 62.1 | 73.7 / 63.9       42.7     89 %
ventilator6  2,140  6 (380 / 340 / 400 / 360 / 320 / 340)     71.5 / 64.7 | 72.5 / 69.0       37.1     63 %
crane6       2,140  6 (400 / 360 / 340 / 380 / 320 / 340)     79.6 / 71.6 | 76.6 / 70.8       30.5     85 %

("between": the share of the baseline's errors between documented neighbours; potato4 and raisin4 after their one
change, first measured 64.4 / 49.5 | 50.6 / 46.5, 52.8 %, 72 % and 56.9 / 45.6 | 50.8 / 50.7, 55.3 %, 73 %.) In one
phrase: a scaled 10-neighbour baseline errs on 42.9 / 42.7 / 37.1 / 30.5 % of their rows. The generators were
committed before any measure (commit 03e66646). The aims (round 121's): MLP 60-90 % test accuracy, baseline 15-40 %,
at least 60 % of the baseline's errors between documented neighbours. ventilator6 and crane6 met them as first
measured and were not changed (ventilator6's share between neighbours near the floor, 63 %); **potato4 and raisin4
miss the baseline's aim** after their one change (42.9 and 42.7 %: a grade is the worst of four or seven defects'
shares, each read by the packer's or the processor's columns only in part, and the record columns scaled as much as
the measures; their MLPs meet the aim, 72.7 / 68.4 and 62.1 / 63.9 %), kept and said. In potato4 (917 errors): Extra
No. 1 with No. 1 30 % of the errors, No. 1 with Commercial 29 %, Commercial with No. 2 18 %, No. 1 with No. 2 16 %
(two apart: No. 2 is set mostly by the undersize of the red and yellow varieties, another axis than the defects that
part the other three), two or more apart otherwise 8 %; Extra No. 1 errs least (17 %), the others alike (49-51 %).
In raisin4 (913 errors): A with B 38 %, B with C 30 %, C with Substandard 21 %, two or more apart 11 %; A errs least
(19 %), B most (57 %; C 53 %, Substandard 37 %). ventilator6 errs on 37 %, 63 % between causes engineers confuse
(``VENTILATOR_NEIGHBOURS``): the O2 cell with the gas supply 16 % of them, the flow sensor with the exhalation valve 14
%, the blower with the power supply 14 %, the flow sensor with the blower 10 % (outside the map), the exhalation valve
with the blower 8 %, the flow sensor with the gas supply 8 % (outside), the flow sensor with the O2 cell 8 %, the O2
cell with the blower 5 % (outside); the gas supply errs most (43 %), the power supply least (30 %). crane6 errs on 31
%, 85 % between causes technicians confuse (``CRANE_NEIGHBOURS``): the limit switch with the pendant 19 % of them, the
brake with the drive 15 %, the brake with the motor 15 %, the contactor with the pendant 14 %, the contactor with the
limit switch 10 %, the motor with the drive 9 %, the contactor with the motor 4 %, the brake with the contactor 4 %
(outside); the pendant errs most (39 %), the contactor least (23 %). Slips kept as committed: in potato4 the pulp
temperature, the skin set, the storage's temperature and the gravity hardly differ by grade (medians 12.8-14.6 C,
20-22 days, 6.7-7.3 C, 1.073-1.081), the greening score's medians are all 1, No. 2's storage days, sprouts and
blackspot are below Commercial's (No. 2 set mostly by size: 61 % of its lots the red and yellow varieties); in raisin4
the district's shares and the harvest's day hardly differ (medians 245-247), the moisture reading hardly differs
(means 14.1-14.5 %: the moisture limit seldom binds), the quick look's sugared berries are alike in all grades (means
3.8-4.5 %) and the mould sorter's rejects differ little (means 1.05-1.56 %); in ventilator6 the make's shares differ
little, the ages' medians are 6.7-8.9 years, the blower's and the power supply's fault codes alike (medians 6), the
gas supply's commonest event an FiO2 alarm (40 %) like the O2 cell's; in crane6 the capacity and the hours a day
hardly differ (medians 10.3-11.3 t and 8.2-11.2 h), the pendant's commonest complaint an erratic motion (37 %) barely
above a dead one (37 %), the brake's and the drive's complaints overlap (the load drifting 60 and 18 %).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine loaded by other jobs: load
average 1.7-1.9 on its 2 cores through the runs): the 19 tests' whole ``pytest`` run reported 4.95-6.25 s in six runs
(6.04 (the run with the failed assertion), 5.73, 4.95, 6.01, 5.66, 6.25), the process's user time 6.0-7.3 s (four
runs timed). The tests' slowest calls are potato4's MLP fit and its second build (0.46 and 0.39 s, ``--durations``); the
rest is mostly collection: importing ``benchmarks.data_quality_actions`` (every round's module) and sklearn's
estimators. At the 6 s aim as ``pytest`` reports it (over it on two runs), its process's user time over it (as
round 121's account says of its own), kept and said. ``pytest tests/test_architecture.py`` passed (276). The
scratch folder was removed at the end; the last edit of this account (a line's wrapping) came after the commit
that first held it.
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


# ---------------------------------------------------------------------- potato4: a table-potato lot's U.S. grade
#: the 4 classes of ``potato4`` (a lot of fresh table potatoes a packer buys from a grower, by the U.S. grade the
#: inspector sets against the grades' tolerances), the best first: four grades of the United States Standards for
#: Grades of Potatoes (7 CFR 51.1540-51.1566), in their order there (U.S. Extra No. 1 above U.S. No. 1; U.S.
#: Commercial is U.S. No. 1 with more tolerance for dirt, russet scab and rhizoctonia and defects; U.S. No. 2 free
#: only from serious damage, 1 1/2 inch); a lot within none (unclassified, or sold for processing or feed) is left
#: out and dropped from the pool
POTATO_CLASSES = ("U.S. Extra No. 1 (the tightest tolerances, 2 1/4 inch, clean)",
                  "U.S. No. 1 (free from damage, fairly clean, 1 7/8 inch)",
                  "U.S. Commercial (No. 1 with more tolerance: dirt, russet scab, rhizoctonia, defects)",
                  "U.S. No. 2 (free from serious damage, not seriously misshapen, 1 1/2 inch)")
POTATO_ROWS = (480, 640, 560, 460)
#: per grade from U.S. Extra No. 1 to U.S. No. 2, the most of the inspector's sample (% by weight) the grade allows
#: with: external defects (damage as the grade counts it: scab, greening, bruises, cuts, growth cracks), internal
#: defects (hollow heart, internal brown spot, blackspot bruise), under the grade's size, and damaged by dirt; a lot
#: over U.S. No. 2's on any is dropped. The standard's tolerances as the author remembers them (about 5 % for Extra
#: No. 1, 8 % external and 5 % internal for No. 1, 20 % for Commercial, 10 % of serious damage for No. 2, read here as
#: more of plain damage), the size and dirt limits the author's (not checked)
POTATO_LIMITS = np.array([[4.0, 3.0, 3.0, 2.0], [8.0, 5.0, 5.0, 5.0], [20.0, 10.0, 5.0, 15.0],
                          [30.0, 15.0, 10.0, 25.0]])
#: the grade above and below each (a lot near a tolerance is graded one grade up or down by the sample drawn, the
#: inspector's reading of a scab's area or a bruise's depth, a tuber cut or not)
POTATO_NEIGHBOURS = ordinal_neighbours(len(POTATO_CLASSES))
#: what the grade is set from: the label's basis, not columns
POTATO_GRADING = ("the inspector's sample: tubers scored one by one for external and internal defects (cut), "
                  "sized and checked for dirt, the shares by weight against the grades' tolerances",
                  "a sample drawn from the grower's load at the packer's receiving")


# ---------------------------------------------------------------------- raisin4: a natural seedless raisin lot's grade
#: the 4 classes of ``raisin4`` (a lot of natural (sun-dried) seedless raisins a processor buys, by the U.S. grade
#: the inspector sets against the grades' limits), the best first: the United States Standards for Grades of
#: Processed Raisins' grades of natural seedless raisins (7 CFR 52.1841-52.1858), U.S. Grade A, B and C and
#: Substandard (a lot failing Grade C); a lot beyond the processor's own rejection limits (off-grade under the
#: marketing order, sent back to be reconditioned) is left out and dropped from the pool
RAISIN_CLASSES = ("U.S. Grade A (well-matured, at least 80 %; capstems 15 a pound, sugared 5 %)",
                  "U.S. Grade B (reasonably well-matured, at least 70 %; capstems 25, sugared 10 %)",
                  "U.S. Grade C (fairly well-matured, at least 55 %; capstems 35, sugared 15 %)",
                  "Substandard (fails Grade C, within the processor's rejection limits)")
RAISIN_ROWS = (520, 620, 560, 440)
#: per grade from A to Substandard, the limits of the inspector's sample: the least well-matured or reasonably
#: well-matured raisins (% by weight) and the most moisture (%), capstems (a pound), sugared raisins (%), damaged
#: (%), mouldy (%) and substandard development (%); Substandard's row is the processor's rejection limits (a lot
#: beyond any is dropped). A to C as a public table of the standard gives them for the maturity, the moisture, the
#: capstems, the sugared and the substandard development (a mixed-size lot's 1, 2 and 3 %); the damaged and mouldy
#: limits the standard's Sultana table's (2, 3, 5 and 2, 3, 4 %), not found for natural seedless; the rejection row
#: the author's
RAISIN_LIMITS = np.array([[80.0, 18.0, 15.0, 5.0, 2.0, 2.0, 1.0], [70.0, 18.0, 25.0, 10.0, 3.0, 3.0, 2.0],
                          [55.0, 18.0, 35.0, 15.0, 5.0, 4.0, 3.0], [40.0, 19.5, 60.0, 25.0, 9.0, 7.0, 6.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's sorting of a reasonably from a fairly well-matured berry, a sugared berry seen or not)
RAISIN_NEIGHBOURS = ordinal_neighbours(len(RAISIN_CLASSES))
#: what the grade is set from: the label's basis, not columns
RAISIN_GRADING = ("the inspector's sample: berries sorted by maturity and for sugared, damaged, mouldy and "
                  "undeveloped berries, the capstems counted and the moisture measured, against the grades' limits",
                  "a sample drawn from the grower's bins at the processor's receiving")


# ---------------------------------------------------------------------- ventilator6: an ICU ventilator's fault
#: the 6 classes of ``ventilator6`` (an ICU mechanical ventilator a hospital's biomedical engineer takes out of
#: service after alarms or failed checks, by the cause the engineer diagnosed); left out: the control board or
#: software, the inspiratory valve and its pressure transducers, the display or the touch screen, the humidifier
#: and the nebuliser
VENTILATOR_CLASSES = ("flow sensor fault (the expiratory or inspiratory flow sensor: volumes wrong, calibration "
                      "failed)",
                      "oxygen sensor or O2 cell depleted (measured FiO2 off the set, O2 calibration failed)",
                      "exhalation valve leaking or failed (its membrane or seat: leaks, PEEP not held)",
                      "blower or turbine fault (pressure or flow not reached, the turbine hot or noisy)",
                      "gas supply or its regulators (air or O2 inlet pressure low, a regulator or inlet filter)",
                      "battery or power supply fault (switches to battery, short battery time, power alarms)")
VENTILATOR_ROWS = (380, 340, 400, 360, 320, 340)
#: the causes engineers confuse (symmetric): the flow sensor against the O2 cell (both fail the pre-use self-test's
#: calibrations) and the exhalation valve (a leaking valve and a drifting expiratory flow sensor both show as
#: exhaled volumes below the delivered); the O2 cell against the gas supply (an FiO2 off the set: a dead cell or a low
#: O2 inlet pressure); the exhalation valve against the blower (PEEP or pressure not held: leaked out or not
#: delivered); the blower against the gas supply (a turbine ventilator falls back to its blower's air when the wall
#: air is low) and the power supply (a blower drawing too much current, a battery drained by it)
VENTILATOR_NEIGHBOURS = {0: (1, 2), 1: (0, 4), 2: (0, 3), 3: (2, 4, 5), 4: (1, 3), 5: (3,)}


# ---------------------------------------------------------------------- crane6: an overhead bridge crane's fault
#: the 6 classes of ``crane6`` (an overhead bridge crane in a plant that a crane technician is called to because the
#: hoist or the bridge misbehaves, by the cause the technician found); left out: worn festoon or conductor-bar
#: collectors, the control transformer and its fuses, the gearbox, the wire rope or its drum, the runway's alignment
#: and the main-line disconnect
CRANE_CLASSES = ("worn or misadjusted hoist brake (the load drifts or the hook overruns, the brake drags or slips)",
                 "failed contactor or its coil (a motion dead or one way only, the tips burnt or welded)",
                 "limit switch fault (the upper or travel limit stuck open, misadjusted or bypassed)",
                 "pendant or radio remote (a button, its cable or the radio link: motions dead or intermittent)",
                 "motor or its thermal protection tripping (the motor hot, stops after some minutes, restarts)",
                 "variable-frequency drive (drive faults: overcurrent, overvoltage, its brake chopper or settings)")
CRANE_ROWS = (400, 360, 340, 380, 320, 340)
#: the causes technicians confuse (symmetric): the brake against the motor (a dragging brake overheats the motor and
#: trips it) and the drive (a drive's brake release timing and a slipping brake both let the load drift); the
#: contactor against the limit switch (a motion dead one way: the limit opened the circuit or the contactor's coil
#: does not pull in), the pendant (a button's contacts or the contactor's: nothing happens) and the motor (a
#: contactor's burnt tip single-phases the motor: it hums and trips); the limit switch against the pendant (motions
#: stopping at random: a limit's paddle or a cable's broken conductor); the motor against the drive (overcurrent
#: and overload trips)
CRANE_NEIGHBOURS = {0: (4, 5), 1: (2, 3, 4), 2: (1, 3), 3: (1, 2), 4: (0, 1, 5), 5: (0, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"potato4": POTATO_NEIGHBOURS, "raisin4": RAISIN_NEIGHBOURS, "ventilator6": VENTILATOR_NEIGHBOURS,
              "crane6": CRANE_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("potato4", "raisin4")


def potato4():
    """Lots of fresh table potatoes a packer buys from growers, with the U.S. grade the inspector sets in 4 steps
    (``POTATO_CLASSES``; the best grade whose ``POTATO_LIMITS`` the inspector's sample meets on every defect, a lot
    within none dropped; ``POTATO_GRADING`` the label's basis and not columns), as the lot's records and the
    packer's simple measures apart from the grade describe them. Unseen: the grower's care (the harvest's handling
    and its storage), the lot's true shares of external defects (common scab on light sandy soils and on the red and
    yellow skins, greening of tubers stored in light or grown shallow, bruises and cuts of a cold or careless harvest
    and a short skin set, shrivel and sprouts of a long or warm storage), of internal defects (hollow heart of large
    tubers and uneven water, blackspot bruise of a high gravity and a cold pulp, internal brown spot), of undersize
    tubers (the red and yellow varieties smaller) and of dirt (heavy soils, a wet harvest). The inspector reads each
    share with a sample's error (log spread 0.1). Columns: the variety (0 Russet Burbank, 1 Russet Norkotah, 2 a red,
    3 a yellow), the soil (0 sandy, 1 loam, 2 silt or clay), the pulp temperature at harvest (C), the days from vine
    kill to harvest (the skin set), the days in storage, the storage's temperature (C), the specific gravity, the
    packer's tare (soil and trash, % of the load), the mean weight of 20 tubers (oz), the scabby tubers in those 20,
    the blackspot tubers of 25 in a hot-box bruise test, the greening score on the line (0-3) and the longest sprout
    (mm) (13). Imbalanced: 480 / 640 / 560 / 460 rows (2,140)."""
    rng = np.random.default_rng(122101)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.4, 0.25, 0.2])).sum(1)
    soil = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    care = rng.normal(0, 1, n)  # unseen
    pulp = np.clip(13 + 3 * rng.normal(0, 1, n), 4, 24)
    skin = np.clip(np.round(21 + 5 * rng.normal(0, 1, n)), 7, 40)
    days = np.clip(np.round(np.where(rng.random(n) < 0.3, 5 * rng.random(n), 220 * rng.random(n) ** 1.3)), 0, 240)
    store = np.clip(np.where(days < 5, 12 + 3 * rng.normal(0, 1, n), 6.5 + 1.5 * rng.normal(0, 1, n)), 2, 18)
    gravity = np.clip(np.array([1.084, 1.076, 1.068, 1.072])[variety] + 0.006 * rng.normal(0, 1, n), 1.050, 1.100)
    scab = 1.2 * np.exp(np.array([-0.3, 0.0, 0.5, 0.4])[variety] + np.array([0.5, 0.0, -0.3])[soil]
                        + 0.8 * rng.normal(0, 1, n))  # unseen, %
    green = 0.8 * np.exp(0.1 * (store - 7) + 0.003 * days - 0.1 * care + 0.4 * rng.normal(0, 1, n))  # unseen, %
    bruise = 2.0 * np.exp(-0.06 * (pulp - 13) - 0.04 * (skin - 21) - 0.15 * care + 0.35 * rng.normal(0, 1, n))
    shrivel = 0.6 * np.exp(0.008 * days + 0.12 * (store - 7) + 0.35 * rng.normal(0, 1, n))  # unseen, %
    external = scab + green + bruise + shrivel
    hollow = 0.8 * np.exp(np.array([0.5, -0.2, -0.6, -0.3])[variety] + 0.4 * rng.normal(0, 1, n))  # unseen, %
    black = 1.0 * np.exp(60 * (gravity - 1.076) - 0.08 * (pulp - 13) + 0.003 * days + 0.5 * rng.normal(0, 1, n))
    internal = hollow + black + 0.5 * rng.lognormal(0, 0.6, n)
    size = np.array([0.0, 0.05, -0.3, -0.2])[variety] + 0.05 * care + 0.15 * rng.normal(0, 1, n)  # unseen, log
    under = 2.0 * np.exp(-5 * size + 0.2 * rng.normal(0, 1, n))  # unseen, %
    dirt = 2.0 * np.exp(np.array([-0.5, 0.0, 0.8])[soil] - 0.1 * care + 0.7 * rng.normal(0, 1, n))  # unseen, %
    seen = np.column_stack([external, internal, under, dirt]) * rng.lognormal(0, 0.1, (n, 4))
    meets = np.all(seen[:, None, :] <= POTATO_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # below U.S. No. 2: dropped
    keep = _keep(rng, label, POTATO_ROWS)
    weight = 7.0 * np.exp(3 * size + 0.05 * rng.normal(0, 1, n))
    x = np.column_stack([
        variety, soil, np.round(pulp, 1), skin, days, np.round(store, 1), np.round(gravity, 3),
        np.round(np.clip(dirt * 0.8 * rng.lognormal(0, 0.2, n), 0.1, 40), 1), np.round(weight, 1),
        rng.binomial(20, np.clip(1 - np.exp(-scab / 2 * rng.lognormal(0, 0.1, n)), 0, 1)),
        rng.binomial(25, np.clip(black / 12, 0, 1)),
        np.clip(np.round(np.log(green / 0.8) + 1 + 0.3 * rng.normal(0, 1, n)), 0, 3),
        np.round(np.clip(0.15 * days * np.exp(0.15 * (store - 7)) * rng.lognormal(0, 0.4, n), 0, 60))])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def raisin4():
    """Lots of natural (sun-dried) seedless raisins a processor buys, with the U.S. grade the inspector sets in 4
    steps (``RAISIN_CLASSES``; the best grade whose ``RAISIN_LIMITS`` the inspector's sample meets on every limit,
    Substandard a lot failing Grade C within the processor's rejection limits, a lot beyond those dropped;
    ``RAISIN_GRADING`` the label's basis and not columns), as the lot's records and the processor's simple measures
    apart from the grade describe them. Unseen: the vineyard's vigour and crop load (a heavy crop ripens late and
    low), the lot's true share of well or reasonably well-matured raisins (the grapes' sugar at harvest), its
    moisture (the days on the trays, the turning, a late harvest's cool drying), its capstems (the dried-on-vine
    lots' mechanical harvest leaves more), its sugared berries (high sugar and long holding before delivery), its
    damaged and mouldy berries (rain on the trays, a late harvest) and its undeveloped berries (a poor set, a weak
    vine). The inspector reads each within a sample's error. Columns: the district (0 Fresno, 1 Madera, 2 Kings or
    Tulare, 3 Kern), the variety (0 Thompson Seedless, 1 Selma Pete, 2 Fiesta, 3 DOVine), the drying (0 paper
    trays between the rows, 1 dried on the vine, 2 continuous trays), the harvest's day of the year, the grapes'
    sugar at harvest (Brix, the grower's record), the days on the trays or the cut canes, the rain while drying
    (mm), the days held before delivery, the processor's moisture reading (%), the raisins in 100 g, the light
    berries blown off in an air stream test (%), the colour score (1-5), the capstems in a 500 g subsample, the
    sugared berries seen in a quick look (%) and the mould sorter's rejects (%) (15). Imbalanced: 520 / 620 / 560 /
    440 rows (2,140)."""
    rng = np.random.default_rng(122202)
    n = 200000
    district = (rng.random(n)[:, None] > np.cumsum([0.45, 0.25, 0.2])).sum(1)
    variety = (rng.random(n)[:, None] > np.cumsum([0.7, 0.12, 0.1])).sum(1)
    dov = np.array([0.08, 0.6, 0.3, 0.9])[variety]
    drying = np.where(rng.random(n) < dov, 1, np.where(rng.random(n) < 0.85, 0, 2))
    vigour = rng.normal(0, 1, n)  # unseen: the vine's vigour and its crop load
    day = np.clip(np.round(245 + np.array([0, 3, 6, -8])[district] + 8 * (drying == 1) + 7 * rng.normal(0, 1, n)
                           - np.array([0, 6, 10, 4])[variety]), 222, 285)
    brix = np.clip(21.0 + 0.07 * (day - 245) + 0.7 * vigour + np.array([0.0, 0.5, 0.3, 0.8])[variety]
                   + 0.6 * rng.normal(0, 1, n), 16, 28)
    trays = np.clip(np.round(np.where(drying == 1, 30, 21) * np.exp(0.012 * (day - 245)) * rng.lognormal(0, 0.12, n)),
                    12, 60)
    rainy = rng.random(n) < _sig(-2.2 + 0.08 * (day - 245))
    rain = np.where(rainy, 12 * rng.lognormal(0, 0.8, n), 0.0)
    held = np.clip(np.round(20 * rng.lognormal(0, 0.7, n)), 1, 150)
    mature = 100 * _sig(0.7 * (brix - 20.5) + 0.3 * vigour + 0.4 * rng.normal(0, 1, n) + 1.2)  # unseen, %
    moisture = np.clip(14.5 + 0.06 * (day - 245) - 0.08 * (trays - 21) + 0.9 * rng.normal(0, 1, n), 10, 22)  # unseen
    capstems = 14 * np.exp(np.array([0.0, 0.7, -0.2])[drying] + 0.45 * rng.normal(0, 1, n))  # unseen, a pound
    sugared = 4 * np.exp(0.18 * (brix - 21.5) + 0.006 * (held - 20) + 0.3 * rng.normal(0, 1, n))  # unseen, %
    damaged = 1.5 * np.exp(0.04 * rain + 0.25 * rng.normal(0, 1, n))  # unseen, %
    mould = 1.0 * np.exp(0.06 * rain + 0.012 * (day - 245) + 0.4 * rng.normal(0, 1, n))  # unseen, %
    undeveloped = 1.2 * np.exp(-0.35 * vigour + 0.3 * rng.normal(0, 1, n))  # unseen, %
    seen = np.column_stack([mature + 2 * rng.normal(0, 1, n), moisture + 0.3 * rng.normal(0, 1, n),
                            np.column_stack([capstems, sugared, damaged, mould, undeveloped])
                            * rng.lognormal(0, 0.1, (n, 5))])
    meets = (seen[:, None, 0] >= RAISIN_LIMITS[None, :, 0]) & np.all(seen[:, None, 1:] <= RAISIN_LIMITS[None, :, 1:],
                                                                     axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # beyond the rejection limits: dropped
    keep = _keep(rng, label, RAISIN_ROWS)
    x = np.column_stack([
        district, variety, drying, day, np.round(brix, 1), trays, np.round(rain), held,
        np.round(moisture + 0.7 * rng.normal(0, 1, n), 1),
        np.round(np.clip(210 * np.exp(-0.012 * (mature - 75) + 0.1 * rng.normal(0, 1, n)), 100, 400)),
        np.round(np.clip((100 - mature) * 0.3 * rng.lognormal(0, 0.15, n) + undeveloped * rng.lognormal(0, 0.15, n),
                         0.1, 50), 1),
        np.clip(np.round(3 + 0.08 * (mature - 75) - 0.1 * damaged + 0.8 * rng.normal(0, 1, n)), 1, 5),
        rng.poisson(capstems * 1.1),
        np.round(np.clip(sugared * rng.lognormal(0, 0.2, n), 0.1, 60), 1),
        np.round(np.clip(mould * rng.lognormal(0, 0.2, n), 0.1, 30), 1)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``ventilator6``, the chances of the make (0 Draeger, 1 Hamilton, 2 Medtronic (Puritan Bennett), 3 GE
#: or Maquet)
VENTILATOR_MAKE = np.array([[0.30, 0.30, 0.25, 0.15], [0.35, 0.25, 0.25, 0.15], [0.35, 0.25, 0.20, 0.20],
                            [0.20, 0.40, 0.30, 0.10], [0.30, 0.20, 0.25, 0.25], [0.30, 0.30, 0.25, 0.15]])
#: per cause of ``ventilator6``, the chances of the drive (0 a turbine or blower, 1 the wall's compressed gases)
VENTILATOR_DRIVE = np.array([[0.50, 0.50], [0.50, 0.50], [0.45, 0.55], [0.92, 0.08], [0.15, 0.85], [0.60, 0.40]])
#: per cause of ``ventilator6``, the chances of the event that took it out of service (0 a low tidal or minute volume
#: alarm in use, 1 an FiO2 alarm, 2 a leak, low pressure or PEEP alarm, 3 a technical fault, 4 the pre-use self-test
#: or its calibrations failed, 5 a power or battery alarm)
VENTILATOR_EVENT = np.array([[0.35, 0.05, 0.15, 0.10, 0.30, 0.05], [0.03, 0.55, 0.02, 0.05, 0.33, 0.02],
                             [0.25, 0.02, 0.45, 0.05, 0.20, 0.03], [0.10, 0.03, 0.25, 0.40, 0.12, 0.10],
                             [0.05, 0.40, 0.15, 0.20, 0.15, 0.05], [0.02, 0.02, 0.03, 0.25, 0.08, 0.60]])
#: per cause of ``ventilator6``, the medians of the ventilator's records and the engineer's simple measures: its age
#: (years), the operating hours since its last planned maintenance, the exhaled volume's error against a reference
#: flow analyser (% of the set tidal volume, its size), the measured FiO2's error against the analyser (points, its
#: size), the O2 cell's age (months), the circuit's leak in the self-test (L/min), the PEEP's error (cmH2O, its size),
#: the gas inlets' pressure drop under full flow (psi), the battery's run time on a bench test (min) and the technical
#: fault codes in its log over the last 30 days
VENTILATOR_TABLE = np.array([
    # age  hours   flow  fio2  cell   leak  peep  inlet batt  codes
    [7.0, 3000.0, 12.0, 1.8, 10.0, 0.30, 0.8, 4.0, 60.0, 4.0],  # flow sensor
    [7.0, 3000.0, 3.0, 7.0, 20.0, 0.20, 0.6, 4.5, 60.0, 3.0],  # O2 cell
    [7.0, 3200.0, 6.0, 1.5, 10.0, 1.60, 2.5, 4.0, 60.0, 2.0],  # exhalation valve
    [8.0, 4500.0, 4.0, 1.5, 10.0, 0.25, 1.6, 4.0, 45.0, 7.0],  # blower or turbine
    [7.0, 3000.0, 3.0, 3.5, 10.0, 0.25, 0.8, 14.0, 60.0, 3.0],  # gas supply or regulators
    [9.0, 3500.0, 3.0, 1.5, 11.0, 0.20, 0.6, 4.0, 15.0, 5.0],  # battery or power supply
])
VENTILATOR_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
VENTILATOR_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0.25), ("log", 0.6, 0), ("log", 0.6, 0), ("log", 0.5, 0),
                    ("log", 0.7, 0), ("log", 0.6, 0), ("log", 0.6, 0), ("log", 0.5, -0.1), ("count", 0.5, 0)]


def ventilator6():
    """ICU mechanical ventilators a hospital's biomedical engineer takes out of service after alarms or failed
    checks, in 6 causes engineers confuse (``VENTILATOR_CLASSES``), labelled by the engineer's diagnosis, as the
    ventilator's records, its drive, the event that took it out of service and the engineer's simple bench measures
    apart from it describe them. Each cause has its picture (``VENTILATOR_MAKE``, ``VENTILATOR_DRIVE``,
    ``VENTILATOR_EVENT``, ``VENTILATOR_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its
    neighbours'): the flow sensor volume alarms or a failed self-test, the exhaled volume off the analyser's; the O2
    cell FiO2 alarms or a failed O2 calibration, the FiO2 off, the oldest cell; the exhalation valve leak or PEEP
    alarms, the largest leak and PEEP error; the blower a turbine ventilator's technical faults, the most hours since
    maintenance, the PEEP short; the gas supply a wall-gas ventilator's FiO2 or technical alarms, the inlets'
    pressure drop; the power supply power or battery alarms, the shortest battery time, the oldest. Unseen: the
    ventilator's wear (one per-row factor raising the age and the hours, shortening the battery). Columns: the make
    (0-3), the drive (0-1), the event (0-5), then the table's 10 (the age to a tenth within 0.5-20 years, the hours to
    the unit within 10-20,000, the volume error to a tenth within 0.1-60 %, the FiO2 error to a tenth within 0.1-30
    points, the cell's age to the unit within 1-48 months, the leak to a hundredth within 0.01-10 L/min, the PEEP
    error to a tenth within 0.1-10 cmH2O, the inlets' drop to a tenth within 0.5-45 psi, the battery time to the unit
    within 1-240 min, the fault codes counted (within 0-80)) (13). Imbalanced: 380 / 340 / 400 / 360 / 320 / 340
    rows (2,140)."""
    rng = np.random.default_rng(122303)
    y = rng.permutation(np.repeat(np.arange(len(VENTILATOR_CLASSES)), VENTILATOR_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (VENTILATOR_MAKE, VENTILATOR_DRIVE, VENTILATOR_EVENT)]
    t = _pull(VENTILATOR_TABLE, VENTILATOR_NEIGHBOURS, 0.3, VENTILATOR_LOGS)[y]
    x = _draw(rng, t, VENTILATOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 20, 1), (1, 10, 20000, 0), (2, 0.1, 60, 1), (3, 0.1, 30, 1), (4, 1, 48, 0),
                                 (5, 0.01, 10, 2), (6, 0.1, 10, 1), (7, 0.5, 45, 1), (8, 1, 240, 0), (9, 0, 80, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``crane6``, the chances of the control (0 a pendant, 1 a radio remote)
CRANE_CONTROL = np.array([[0.60, 0.40], [0.65, 0.35], [0.60, 0.40], [0.45, 0.55], [0.60, 0.40], [0.55, 0.45]])
#: per cause of ``crane6``, the chances of the drive (0 contactors and a two-speed motor, 1 a variable-frequency
#: drive)
CRANE_DRIVE = np.array([[0.50, 0.50], [0.85, 0.15], [0.50, 0.50], [0.50, 0.50], [0.55, 0.45], [0.0, 1.0]])
#: per cause of ``crane6``, the chances of the operator's complaint (0 a motion dead both ways, 1 a motion one way
#: only, 2 the load drifts or the hook overruns when stopped, 3 it stops after some minutes of work and restarts
#: later, 4 motions intermittent or erratic, 5 a fault code on the drive's display)
CRANE_COMPLAINT = np.array([[0.03, 0.05, 0.60, 0.15, 0.07, 0.10], [0.35, 0.40, 0.02, 0.08, 0.13, 0.02],
                            [0.20, 0.50, 0.05, 0.03, 0.20, 0.02], [0.35, 0.20, 0.02, 0.03, 0.38, 0.02],
                            [0.08, 0.04, 0.05, 0.65, 0.10, 0.08], [0.10, 0.05, 0.15, 0.20, 0.10, 0.40]])
#: per cause of ``crane6``, the medians of the crane's records and the technician's simple measures: its age
#: (years), its capacity (t), its hours of work a day, the hook's drift after a stop with the test load (mm), the
#: hoist motor's current lifting the test load (% of its nameplate), its winding's temperature rise after 10 minutes'
#: work (K), the hoist contactor's contact resistance (milliohm), the upper limit's trip point off its setting (mm),
#: the control's dropouts in a 5-minute test of every motion and the drive's or the panel's fault codes in its log
#: over the last 30 days
CRANE_TABLE = np.array([
    # age  cap  hours drift curr  rise  ohm   limit drop  codes
    [18.0, 10.0, 9.0, 90.0, 108.0, 45.0, 4.0, 20.0, 0.5, 2.0],  # brake
    [20.0, 10.0, 9.0, 15.0, 104.0, 38.0, 30.0, 20.0, 1.5, 1.0],  # contactor
    [18.0, 10.0, 8.0, 15.0, 96.0, 35.0, 5.0, 180.0, 1.5, 1.0],  # limit switch
    [16.0, 10.0, 9.0, 15.0, 96.0, 35.0, 4.0, 25.0, 7.0, 1.0],  # pendant or radio
    [19.0, 12.0, 12.0, 18.0, 124.0, 75.0, 5.0, 20.0, 0.5, 2.0],  # motor or thermal protection
    [14.0, 10.0, 10.0, 35.0, 110.0, 42.0, 4.0, 20.0, 0.6, 9.0],  # drive
])
CRANE_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
CRANE_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0), ("log", 0.3, 0), ("log", 0.6, 0), ("log", 0.08, 0),
               ("log", 0.3, 0.1), ("log", 0.7, 0), ("log", 0.7, 0), ("count", 0.6, 0), ("count", 0.5, 0)]


def crane6():
    """Overhead bridge cranes in a plant that a crane technician is called to because the hoist or the bridge
    misbehaves, in 6 causes technicians confuse (``CRANE_CLASSES``), labelled by the technician's finding, as the
    crane's records, its control and drive, the operator's complaint and the technician's simple measures apart from
    it describe them. Each cause has its picture (``CRANE_CONTROL``, ``CRANE_DRIVE``, ``CRANE_COMPLAINT``,
    ``CRANE_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the brake the load
    drifting, the longest drift, a dragging brake's heat; the contactor a motion dead or one way, the highest contact
    resistance, the oldest; the limit switch a motion one way only, the trip point off; the pendant or radio motions
    dead or erratic, a radio more often, the control's dropouts; the motor trips after some minutes, the highest
    current and heat, the most hours a day; the drive a drive's crane, its fault codes. Unseen: the crane's wear (one
    per-row factor raising the age and the motor's heat). Columns: the control (0-1), the drive (0-1), the complaint
    (0-5), then the table's 10 (the age to a tenth within 1-60 years, the capacity to a tenth within 1-100 t, the
    hours to a tenth within 1-24, the drift to the unit within 1-600 mm, the current to the unit within 60-200 %, the
    rise to the unit within 5-140 K, the resistance to a tenth within 0.5-300 milliohm, the limit's offset to the unit
    within 1-1,000 mm, the dropouts and the codes counted (within 0-80)) (13). Imbalanced: 400 / 360 / 340 / 380 / 320
    / 340 rows (2,140)."""
    rng = np.random.default_rng(122404)
    y = rng.permutation(np.repeat(np.arange(len(CRANE_CLASSES)), CRANE_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (CRANE_CONTROL, CRANE_DRIVE, CRANE_COMPLAINT)]
    t = _pull(CRANE_TABLE, CRANE_NEIGHBOURS, 0.3, CRANE_LOGS)[y]
    x = _draw(rng, t, CRANE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 60, 1), (1, 1, 100, 1), (2, 1, 24, 1), (3, 1, 600, 0), (4, 60, 200, 0),
                                 (5, 5, 140, 0), (6, 0.5, 300, 1), (7, 1, 1000, 0), (8, 0, 80, 0), (9, 0, 80, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND122`` lists them (the ordered sets first)
GENERATORS = {"potato4": potato4, "raisin4": raisin4, "ventilator6": ventilator6, "crane6": crane6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND122_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "potato4": (2140, 13, POTATO_ROWS),
    "raisin4": (2140, 15, RAISIN_ROWS),
    "ventilator6": (2140, 13, VENTILATOR_ROWS),
    "crane6": (2140, 13, CRANE_ROWS),
}
ROUND122 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
