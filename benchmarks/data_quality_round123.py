"""Round 123's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s62/setnames123.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (pistachio4 0, peach4 0,
infusion6 0, compressor6 0) and two ``grep -n -i -E`` of stems: pistach, nut, almond, peach, nectar, plum, stone,
fruit, infus, pump, iv, syring, drug, compress, screw, air and pneum, which printed ``pair10`` (line 17), ``stones7``
(76), ``corrosivity6`` (178), ``wfdriver5`` (223), ``pivot6`` (269), ``pumpflt6`` (305), ``screwcomp6`` (313),
``ivh4`` (319), ``olive8`` (387), ``hive6`` (396), ``diving7`` (411), ``almond5`` (430), ``hazelnut4`` (443),
``heatpump6`` (444), ``walnut4`` (454) and ``espressorepair6`` (456); then cashew, pecan, kernel, shell, apricot,
cherry, orchard, medic, hospit, biomed, ventil, dialys, incubat, autoclav, chiller, hvac, boiler, cooler, valve, motor
and oil, which printed ``soil12`` (38), ``chiller8`` (49), ``soilorder8`` (124), ``oil8`` (125), ``hvacahu6`` (321),
``boiler6`` (389), ``cashew5`` (442), ``incubator6`` (465), ``dialysis6`` (468), ``autoclave6`` (469) and
``ventilator6`` (472) (none opened); the file's count line and its other names were not read; the tests'
``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these). The near ones: ``screwcomp6`` is
likely a screw compressor's faults (perhaps the same machine as compressor6 and some of the same causes: the nearest
earlier set to any of this round's, not opened; compressor6's causes, columns and neighbour map were written without
it), ``chiller8``, ``heatpump6``, ``hvacahu6``, ``boiler6`` and ``pumpflt6`` other machines' faults (a chiller's
compressor and a pump's the nearest to compressor6 and infusion6's pumping mechanism); ``almond5``, ``hazelnut4``,
``walnut4`` and ``cashew5`` other nuts' grades or kinds (the nearest to pistachio4); ``incubator6``, ``dialysis6``,
``autoclave6`` and ``ventilator6`` a hospital's machines' faults (the nearest trade to infusion6's, a biomedical
engineer's); ``stones7`` and ``olive8`` perhaps other produce (caught by the stems stone and oil); ``ivh4``,
``pair10``, ``corrosivity6``, ``wfdriver5``, ``pivot6``, ``hive6``, ``diving7``, ``espressorepair6``, ``soil12``,
``soilorder8`` and ``oil8`` caught only by the stems. No name near peach4 was printed (no peach, nectarine, plum or
fresh stone fruit set by these stems). The names and the fields were fixed by the lead. Near ones not checked: round
30's docstring names wheat grades, coffee roast degrees, banana ripening stages and honey origins (other produce
graded for sale), chiller faults, smart plugs and PV string faults (other machines' faults); rounds 119-121's first
2,000 characters name cotton5, lentil4, furnace6, sprinkler6, wheat6, lawnmower6, heatpump6, boiler6, hvacahu6,
pumpflt6, fibre8, wool6, oyster4, cork5, atm6, incubator6, winefault8, fishfresh4, vending6, banknote6, printer6,
timber8, tonewood5, cardamom4, leather5, dialysis6, autoclave6, pepper4, saffron6, vanilla5, cattle8, tanner5,
tannin5, pressure6 and tea8 (other produce's grades and other repair visits' causes). As in round 122, the two graded
sets simulate a pool of lots (200,000), label every lot the way its field does and keep a fixed number of each class
(``_keep``, shuffled); the two unordered sets draw their classes' rows from a table of each class's medians
(``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns about them), with categorical columns
drawn from per-class tables of chances. Two sets have ORDERED classes (``ORDERED``): lots of in-shell pistachios a
processor buys from growers, in the four grades of the United States Standards for Grades of Pistachio Nuts in the
Shell, in the standard's order (U.S. Fancy, U.S. Extra No. 1, U.S. No. 1, U.S. Select: one set of requirements, the
grades parted by their tolerances; a lot within none dropped from the pool), labelled by the inspector's sample
against the grades' tolerances for non-split shells, adhering hull, dark stain, other shell defects, kernel defects,
undersize and foreign material (``PISTACHIO_LIMITS``; ``PISTACHIO_GRADING``, not columns), described by the lot's
records and the processor's simple measures apart from the grade; and lots of fresh peaches a packer sells, in the
four grades of the United States Standards for Grades of Peaches, in the standard's order (U.S. Fancy, U.S. Extra No.
1, U.S. No. 1, U.S. No. 2; a lot within none dropped), labelled by the inspector's sample against each grade's
requirements (its defects counted at its own level: any scar, hail mark, scab or split pit for Fancy, damage for
Extra No. 1 and No. 1, serious damage for No. 2; its blush) and the tolerances for very serious damage and decay
(``PEACH_LIMITS``; ``PEACH_GRADING``, not columns), described by the lot's records and the packer's simple measures
apart from the grade. Two have UNORDERED classes: volumetric infusion pumps a hospital's biomedical engineer takes out
of service after alarms or failed checks, in 6 causes engineers confuse (an occlusion or pressure sensor fault, the
air-in-line detector, the door or latch mechanism, the pumping mechanism or its motor, the battery or power supply,
the keypad or display; the software or drug library, the alarm speaker, the communication module and a broken pole
clamp or case left out); and oil-injected rotary-screw air compressors in a plant that a compressor technician is
called to because of trips, low pressure or high temperature, in 6 causes technicians confuse (a fouled oil or air
cooler, a stuck thermostatic valve, a failed inlet valve, the minimum-pressure valve, a clogged oil separator, a
pressure transducer or temperature sensor fault; the motor or its starter, a drive belt or coupling, the air intake
filter, the blow-down or loading solenoid valve, the airend's bearings and the condensate drains left out); each
described by the unit's records, the ward or its cooling, the event or the call and the engineer's or technician's
measures apart from the diagnosis. ``NEIGHBOURS`` names each set's neighbour map (``PISTACHIO_NEIGHBOURS``,
``PEACH_NEIGHBOURS``, ``INFUSION_NEIGHBOURS``, ``COMPRESSOR_NEIGHBOURS``; written from the fields as the author knew
them and committed, with the class names, rows and limits, before any generator was written or ran: commit 78f94367;
no pair added after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64)
with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
pistachio4,peach4,infusion6,compressor6``, ``--data round123``).

The author opened only: its prompt (given in the session, not a file); ``docs/data-authors.md`` (all, with ``cat``,
after ``date``, ``git status`` and ``git log --oneline main..HEAD``, which printed no commit, and a ``wc -c`` of it,
round 122's module and tests, the common helpers and ``tests/round_checks.py``; not edited);
``benchmarks/data_quality_round122.py`` (all, with ``cat``; the display left out lines 139-393, then ``sed -n 139,260p``
and ``sed -n 260,393p``; not edited); ``tests/test_data_quality_round122.py``,
``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py`` (all, with ``cat`` in one command; not
edited); round 30's module docstring (printed through ``ast``, cut at its first 3,000 characters by a slice) and the
first 2,000 characters of rounds 119's, 120's and 121's modules (``head -c 2000``, in the same command);
``tests/test_architecture.py`` lines 1-110 (``sed -n 1,110p``); ``/tmp/s62/setnames123.txt`` (as above);
``benchmarks/data_quality_actions.py`` through a ``grep -n -i round122`` piped through ``grep -v BLIND_ROUND`` (hits
162, 240 and 598), then lines 159-164, 234-244 and 594-601 (``sed -n`` through ``grep -v BLIND_ROUND``;
``BLIND_ROUND``'s value was not printed; the comment above it, which names round121, was), edited with a Python string
replacement, each old string asserted to occur once (the import after round 122's, the ``ROUNDS`` entry ``123:
ROUND123_GENERATORS`` after 122's, the help's round122 and round 122's; ``BLIND_ROUND`` and its comment not touched;
checked with a ``grep -n -i round123`` through ``grep -v BLIND_ROUND`` (hits 163, 242, 600), lines 596-601 (``sed -n``
through ``grep -v BLIND_ROUND``), an import of ``ROUNDS[123]``'s names, ``round_of`` and ``split`` of one name each and
the earlier rounds' names against these, and ``git diff --numstat``, 5 lines added, 3 removed). No ``git log`` ran but
``git log --oneline main..HEAD`` (and ``git log --oneline -1`` after its own commit); ``git status``, ``git diff
--stat``, ``git diff --numstat`` and one ``git diff -U0`` (its changed lines, cut by ``head``) of the worktree's own
changes. An import of ``benchmarks`` printed that it resolves
to the worktree's folder (a namespace package). The neighbour maps were checked with ``round_checks.check_neighbours``
(and the rows' sums, the limits' order) before the first commit. Before the generators' commit (455fb922, with the
registration) the generators were run only to check that they ran, their shapes, dtypes, finiteness, determinism, class
counts, first rows and time (the pools' class counts before ``_keep`` were not printed). peach4's first run failed in
``_keep`` (a grade with no lot in the pool, not printed which: by the author's reading U.S. No. 1, the quarter blush
Extra No. 1 asks met by nearly every lot); its blush law was changed (the variety's logits 0.5, 1, -0.5, 1.5, were 0.3,
0.6, 0.2, 0.9, the pick's 0.7 a pick, was 0.6, the spread 1, was 0.6, the shares a third and a quarter blushed
``_sig(0.2 + blush)`` and ``_sig(1.0 + blush)``, were ``_sig(2.6 + blush)`` and ``_sig(3.4 + blush)``, the camera's
``_sig(0.6 + blush ..)``, was ``_sig(1.2 + blush ..)``) before any measure and before that commit. After the commit the
MLP's figures (train and test, seeds 0 and 1), the baseline's error, the share between neighbours, the eight commonest
error pairs and the class error rates were printed once for all four sets. peach4, infusion6 and compressor6 met the
aims and were not changed. pistachio4 missed both and had its one change (one commit, bc76d32b): the other shell
defects' median 2.5 % (was 3.5 %) and spread 0.25 (was 0.35); the split sorter's closed-shell rejects read within a log
spread of 0.08 (was 0.15), the colour sorter's rejects the adhering hull and the dark stain with a fifth of the other
shell defects (was two fifths) within 0.08 (was 0.15), the floaters 0.3 + half the kernel defects within 0.1 (were 0.8 +
0.4 of them within 0.2), the nuts an ounce 0.3 of the undersize's log within 0.03 (were 0.12 within 0.04, clipped 12-45,
was 15-35), the pre-cleaner's foreign material within 0.12 (was 0.25); then its figures were printed once more: its MLP
met the aim, its baseline still misses (below); kept and said. Then the class medians and means of every column (and the
shares of the first three columns' values by class) and each set's first row were printed once, to write the tests and
this docstring; no set was changed after. Slips: ``PEACH_LIMITS``' comment as first committed said the plums' and
nectarines' public excerpts have the 10, 5 and 1 % form; the excerpt was a citrus section's (its grade names), the
nectarines' gave other figures en route: the comment was corrected after the measures (its values not touched); the
first checking script failed on its import (run without the worktree on ``PYTHONPATH``; nothing ran) and was rerun with
it; peach4's failed first run (above); ``pytest tests/test_architecture.py`` printed only the pass count; ``awk`` for
lines over 120 characters ran on this module and its tests; scratch scripts lay in ``/tmp/r123scratch`` (the author's
own, removed at the end). No function of the detector or the filter was called.

Public sources were searched (six searches of stored pages, one of documentation pages and one exact-string search of
public code, read only as the searches' excerpts): pistachios (the standard's 51.2541 as several sites and the American
Pistachio Growers' reprint give it: U.S. Fancy, U.S. Extra No. 1, U.S. No. 1 and U.S. Select one set of requirements:
free from foreign material, loose kernels, shell pieces, particles and dust and blanks, from non-split shells and shells
not split on the suture, from damage by adhering hull material, light and dark stain and other shell defects, kernels
well dried, free from damage by immature kernels, kernel spotting and other defects and from serious damage by insect or
vertebrate injury, mould, rancidity and decay, nuts not under 30/64 inch on a round-hole screen, the tolerances in
51.2544; the U.S. Artificially Opened and U.S. Non-Split grades; the kernels' grades; the table of 51.2544 was not in
any excerpt; a public pistachio receiving app's reject types: non-split, light stain, adhering hull, dark stain, shell
and split, undersize 30/64, loose shell, loose kernel, dust), peaches (AMS's pages: U.S. Fancy mature, not soft or
overripe, well formed, free from decay, bacterial spot, unhealed cuts, growth cracks, hail injury, scab, scale, split
pits, worms, leaf or limb rub, free from damage by bruises, dirt, disease, insects or mechanical means, each peach at
least a third blushed; a produce site's: U.S. Extra No. 1 No. 1 with at least half the peaches by count a quarter
blushed, U.S. No. 1's requirements; the canning grades' split pits and ground colour; a section 51.628's tolerances
(another fruit's: its grades U.S. No. 1 Bright, Bronze and No. 2 Russet are a citrus's), 10 % of defects at shipping
point including 5 % of very serious damage and 1 % of decay, and the nectarines' and cherries' en route (12 % with 6 %
serious damage and 2 % decay); a 2002 proposed revision of the peach, plum and nectarine standards by a California Tree
Fruit Agreement task force; the peaches' own tolerance section was not in the excerpts), infusion pumps (the FDA's
examples of reported problems: software errors, key bounce, occlusion alarms without an occlusion, missed occlusion or
air alarms, keys worn unreadable, the set's clips and the access door loaded wrongly, battery failures; a service
company's: occlusion alarms from a drifted pressure sensor, air-in-line alarms, the sensors calibrated with pressure
meters at planned maintenance; an engineering case study of a downstream occlusion alarm's delay) and screw compressors
(several versions of one maintenance site's guide to a high discharge temperature: low oil, a fouled cooler, a failed
thermostatic valve, the room's air; a trip at 110-120 C, a normal 70-95 C; a thermal camera, a probe's resistance, the
pressure drop across the oil filter and the cooler). No source gave the classes' or causes' shares or any record's
values by class; no source gave an inspector's sampling error, so ``PISTACHIO_LIMITS`` are the author's memory of the
tolerances (not checked), ``PEACH_LIMITS``' 10, 5 and 1 % the author's memory of the stone fruits' tolerances at
shipping point (the peaches' not read; the form seen in a citrus section's excerpt), and the inlet valve's, the
minimum-pressure valve's and the separator's symptoms the author's own.

The rest is the author's own reading of the fields, not checked: every number of the pistachio pool (the varieties',
districts' and second shake's shares, the harvest days, the crop's law, the hours to hulling, the navel orangeworm
traps, each defect's law: non-split 5 % rising with the crop and an early harvest, adhering hull 1.8 %, dark stain
1.4 % rising with the hours to hulling, other shell defects 2.5 %, kernel defects 2.2 %, undersize 2.8 % rising with
the crop, foreign material 0.18 %; the inspector's error; the processor's readings; the shares kept, 23.4 / 29 / 27.1
/ 20.6 %); every number of the peach pool (the varieties', regions' and picks' shares, the harvest days, the crop,
the hail storms, the hours to cooling, the ripeness and the blush laws, each defect's law: immature 0.8 %, scars 2.5
%, hail marks 3 % a storm, scab 1.5 % (more in the East), split pits 1.5 % (more in the early varieties and a light
crop), bruises 2.5 %, soft 0.9 %, decay 0.25 %; each grade's count of them: all marks, split pits and soft fruit and
half the bruises for Fancy, 0.35 of the marks, 0.6 of the split pits, 0.3 of the bruises and the soft fruit for
Extra No. 1 and No. 1, 0.12, 0.25 and 0.15 and no soft fruit for No. 2, the immature in all; the inspector's error;
the packer's readings; the shares kept, 21.5 / 28 / 29 / 21.5 %); every number in ``INFUSION_MAKE``,
``INFUSION_WARD``, ``INFUSION_EVENT``, ``INFUSION_TABLE`` and ``INFUSION_KINDS`` (the shares kept, 16.8 / 17.8 / 15.9
/ 18.7 / 15 / 15.9 %); every number in ``COMPRESSOR_MAKE``, ``COMPRESSOR_COOLING``, ``COMPRESSOR_CALL``,
``COMPRESSOR_TABLE`` and ``COMPRESSOR_KINDS`` (the shares kept, 17.8 / 15.9 / 18.7 / 15 / 16.8 / 15.9 %). The helpers
imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 122 uses them (``main`` was not run);
``_keep``, ``_pull``, ``_sig`` and ``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as round 122
imports them (``_sig`` used in peach4). No detector or filter ran on these sets, and the benchmark did not; the
difficulty below and the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch
script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set          rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
pistachio4   2,140  4 (500 / 620 / 580 / 440), ordered        74.5 / 68.8 | 69.1 / 61.7       44.9     78 %
peach4       2,140  4 (460 / 600 / 620 / 460), ordered        83.8 / 82.4 | 83.1 / 79.1       27.2     75 %
infusion6    2,140  6 (360 / 380 / 340 / 400 / 320 / 340)     74.5 / 69.5 | 73.7 / 69.9       34.2     69 %
compressor6  2,140  6 (380 / 340 / 400 / 320 / 360 / 340)     85.7 / 80.6 | 85.2 / 79.4       26.8     80 %

("between": the share of the baseline's errors between documented neighbours; pistachio4 after its one change, first
measured 61.2 / 55.7 | 64.6 / 59.3, 48.4 %, 79 %.) In one phrase: a scaled 10-neighbour baseline errs on 44.9 / 27.2 /
34.2 / 26.8 % of their rows. The generators were committed before any measure (commit 455fb922). The aims (round 122's,
as its account gives round 121's): MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors
between documented neighbours. peach4, infusion6 and compressor6 met them as first measured and were not changed;
**pistachio4 misses the baseline's aim** after its one change (44.9 %: a grade is the worst of seven shares, the
processor's columns read five of them only in part (the colour sorter sums three, the insect count and the floaters read
the kernel defects noisily, the dark stain has no column of its own), and the record columns are scaled as much as the
measures; its MLP meets the aim, 68.8 / 61.7 %), kept and said. In pistachio4 (960 errors): Fancy with Extra No. 1 32 %
of the errors, Extra No. 1 with No. 1 27 %, No. 1 with Select 19 %, two or more apart 22 % (Extra No. 1 with Select 11
%, Fancy with No. 1 9 %, Fancy with Select 2 %); Fancy errs least (21 %), Select most (61 %; Extra No. 1 46 %, No. 1 52
%). In peach4 (582 errors): Fancy with Extra No. 1 39 %, Extra No. 1 with No. 2 24 % (two apart: U.S. No. 1 is set
mostly by its short blush, another axis than the defects that part Extra No. 1 from No. 2), Extra No. 1 with No. 1 23 %,
No. 1 with No. 2 13 %, Fancy two or more apart 1 %; Fancy (9 %) and No. 1 (10 %) err least, Extra No. 1 most (55 %), No.
2 32 %. infusion6 errs on 34 %, 69 % between causes engineers confuse (``INFUSION_NEIGHBOURS``): the air-in-line
detector with the door 17 % of them, the occlusion sensor with the pumping mechanism 15 %, the power supply with the
keypad 14 %, the occlusion sensor with the door 9 %, the pumping mechanism with the power supply 9 %, the occlusion
sensor with the air-in-line detector 8 % (outside the map), the door with the keypad 6 %, the occlusion sensor with the
power supply 4 % (outside); the door errs most (50 %), the power supply least (21 %). compressor6 errs on 27 %, 80 %
between causes technicians confuse (``COMPRESSOR_NEIGHBOURS``): the cooler with the thermostatic valve 26 % of them, the
inlet valve with the minimum-pressure valve 17 %, the minimum-pressure valve with the separator 12 %, the cooler with
the separator 11 %, the minimum-pressure valve with the sensor 8 % (outside), the inlet valve with the sensor 8 %, the
cooler with the sensor 7 %, the thermostatic valve with the separator 3 % (outside); the minimum-pressure valve errs
most (38 %), the inlet valve least (9 %). Slips kept as committed: in pistachio4 the district's shares differ little
(Arizona or New Mexico 10-19 %) and the dryer's moisture hardly differs by grade (means 5.65-5.73 %), the insect-damaged
kernels' medians are all 1, the nuts an ounce part only Select (medians 20.2-21 then 23.5), Select's closed shells are
below No. 1's (Select's lots the smallest nuts, 44 % of them the second shake); in peach4 the hours to cooling, the
fruit's weight, the Brix and the ripening test's decay hardly differ (medians 4.8-5 h, 187-198 g, 12.3-12.6, 0), No. 2's
camera blush is above No. 1's (66.5 and 25 %) and Extra No. 1's cull-out equals No. 1's (medians 10.4 %); in infusion6
the make's and the ward's shares differ little, the ages' medians are 6.5-7.7 years, the pumping mechanism's events
occlusion alarms 32 % beside a flow off 42 %; in compressor6 the make's shares differ little, the ages' medians are
7.6-9.2 years, the cooling differs little (water-cooled 18-34 %), the minimum-pressure valve's commonest call low
pressure (40 %) like the inlet valve's (50 %).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine loaded by other jobs: load
average 2.6-2.9 on its 2 cores through the runs): the 19 tests' whole ``pytest`` run reported 7.87 and 7.04 s under
``nice -n 10`` and 5.82 and 6.09 s without it (a fifth run's report cut by the author's ``tail``), the process's user
time 6.2-6.4 s (four runs timed); importing ``benchmarks.data_quality_actions`` (every round's module), sklearn's
estimators and pytest alone took 3.5 s of user time. The slowest calls are compressor6's MLP fit and the graded sets'
second builds (0.57, 0.54 and 0.49 s, ``--durations``). At the 6 s aim as ``pytest`` reports it only without ``nice``
(just over it once, over it under ``nice``), its process's user time over it (as round 122's account says of its
own), kept and said. ``pytest tests/test_architecture.py`` passed (276, twice). The scratch folder was removed at the
end.
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


# ---------------------------------------------------------------------- pistachio4: an in-shell pistachio lot's grade
#: the 4 classes of ``pistachio4`` (a lot of in-shell pistachios a processor buys from a grower, by the U.S. grade the
#: inspector sets against the grades' tolerances), the best first: the four grades of the United States Standards for
#: Grades of Pistachio Nuts in the Shell (7 CFR 51.2540-51.2549), in their order there (U.S. Fancy, U.S. Extra No. 1,
#: U.S. No. 1, U.S. Select: one set of requirements, 51.2541, the grades parted only by the tolerances of 51.2544); a
#: lot within none (no grade: sold as off-grade, artificially opened or for shelling) is left out and dropped
PISTACHIO_CLASSES = ("U.S. Fancy (the tightest tolerances)",
                     "U.S. Extra No. 1",
                     "U.S. No. 1",
                     "U.S. Select (the widest tolerances)")
PISTACHIO_ROWS = (500, 620, 580, 440)
#: per grade from U.S. Fancy to U.S. Select, the most of the inspector's sample the grade allows (% by count unless
#: said) of: non-split shells and shells not split on the suture, shells damaged by adhering hull material, shells
#: damaged by dark stain, other external (shell) defects (light stain, broken shells), internal (kernel) defects
#: (immature, spotting, insect damage, mould, rancidity, decay), nuts under the 30/64 inch round-hole screen, and
#: foreign material, loose kernels and shell pieces (% by weight); a lot over U.S. Select's on any is dropped. The
#: standard's tolerances as the author remembers them (the table of 51.2544 was not in the sources read: not checked)
PISTACHIO_LIMITS = np.array([[4.0, 2.0, 2.0, 4.0, 3.0, 5.0, 0.25], [6.0, 3.0, 3.0, 6.0, 4.0, 5.0, 0.25],
                             [10.0, 4.0, 3.0, 8.0, 5.0, 5.0, 0.5], [14.0, 6.0, 5.0, 12.0, 7.0, 8.0, 1.0]])
#: the grade above and below each (a lot near a tolerance is graded one grade up or down by the sample drawn, the
#: inspector's reading of a stain's extent or a hull's adherence, a kernel cut or not)
PISTACHIO_NEIGHBOURS = ordinal_neighbours(len(PISTACHIO_CLASSES))
#: what the grade is set from: the label's basis, not columns
PISTACHIO_GRADING = ("the inspector's sample: nuts counted one by one for non-split shells, adhering hull, stains and "
                     "other shell defects, kernels cut for internal defects, screened for size, foreign material "
                     "weighed, the shares against the grades' tolerances",
                     "a sample drawn from the dried lot at the processor's receiving")


# ---------------------------------------------------------------------- peach4: a fresh peach lot's U.S. grade
#: the 4 classes of ``peach4`` (a lot of fresh peaches a packer sells, by the U.S. grade the inspector sets against the
#: grades' requirements and tolerances), the best first: the four grades of the United States Standards for Grades of
#: Peaches (7 CFR 51.1210-51.1223), in their order there (U.S. Fancy: well formed, free from scars, hail injury, scab
#: and split pits, each peach at least a third of its surface blushed; U.S. Extra No. 1: No. 1 with at least half the
#: peaches a quarter blushed; U.S. No. 1: free from damage; U.S. No. 2: free from serious damage); a lot within none
#: (unclassified, or culls sent for processing) is left out and dropped
PEACH_CLASSES = ("U.S. Fancy (free from scars and split pits, each peach a third blushed)",
                 "U.S. Extra No. 1 (No. 1, half the peaches a quarter blushed)",
                 "U.S. No. 1 (mature, not soft, well formed, free from damage)",
                 "U.S. No. 2 (mature, not badly misshapen, free from serious damage)")
PEACH_ROWS = (460, 600, 620, 460)
#: per grade from U.S. Fancy to U.S. No. 2, the limits of the inspector's sample (% by count): the most peaches failing
#: the grade's own defect requirements (any scar, hail mark, scab or split pit for Fancy; damage for Extra No. 1 and No.
#: 1; serious damage for No. 2; immature peaches fail all), the most peaches short of the grade's blush (a third of
#: the surface for Fancy, a quarter for Extra No. 1, none asked below), the most with very serious damage (soft or
#: overripe, deep bruises, worms) and the most decayed. The 10 %, 5 % and 1 % the author's memory of the stone
#: fruits' tolerances at shipping point (a public excerpt of another fruit's section has that form, the peaches'
#: section was not read); the colour rows from the grades' text (Fancy's "each peach" read with the 10 %
#: tolerance, Extra No. 1's half)
PEACH_LIMITS = np.array([[10.0, 10.0, 5.0, 1.0], [10.0, 50.0, 5.0, 1.0], [10.0, 100.0, 5.0, 1.0],
                         [10.0, 100.0, 5.0, 1.0]])
#: the grade above and below each (a lot near a limit is graded one grade up or down by the sample drawn, the
#: inspector's reading of a blush's extent, a scar's area or a bruise's depth)
PEACH_NEIGHBOURS = ordinal_neighbours(len(PEACH_CLASSES))
#: what the grade is set from: the label's basis, not columns
PEACH_GRADING = ("the inspector's sample: peaches scored one by one for blush, shape, scars, hail marks, scab, split "
                 "pits, bruises, softness and decay at the grade's level (damage, serious damage), the shares "
                 "against the grade's tolerances",
                 "a sample drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- infusion6: a volumetric infusion pump's fault
#: the 6 classes of ``infusion6`` (a volumetric (large-volume) infusion pump a hospital's biomedical engineer takes out
#: of service after alarms or failed checks, by the cause the engineer diagnosed); left out: the software or its drug
#: library, the audible alarm's speaker, the communication (wireless or nurse-call) module and the pole clamp or case
#: broken without another fault
INFUSION_CLASSES = ("occlusion or pressure sensor fault (the downstream or upstream pressure sensor drifted: false "
                    "or late occlusion alarms)",
                    "air-in-line detector fault (the ultrasonic detector dirty or failed: false or missed air alarms)",
                    "door or latch mechanism (the door, its latch, its switch or the set's clamp: door-open and "
                    "set-not-loaded alarms)",
                    "pumping mechanism or its motor (the peristaltic fingers, cam, motor or encoder: flow wrong, "
                    "noisy, stalls)",
                    "battery or power supply (short battery time, will not charge, mains or power alarms)",
                    "keypad or display (keys stuck, bouncing or dead, the display dim or missing segments)")
INFUSION_ROWS = (360, 380, 340, 400, 320, 340)
#: the causes engineers confuse (symmetric): the occlusion sensor against the door or latch (a set badly seated under
#: a worn door presses on the sensor: occlusion alarms) and the pumping mechanism (a worn mechanism's flow error and
#: pressure pulses against a drifted sensor's); the air-in-line detector against the door or latch (a set not seated
#: in the detector's channel: air alarms); the door or latch against the keypad or display (the front housing: a
#: dropped pump cracks both); the pumping mechanism against the battery or power supply (a stalling motor drains the
#: battery, a weak supply stalls the motor); the battery or power supply against the keypad or display (a display
#: that dims or resets on a sagging supply)
INFUSION_NEIGHBOURS = {0: (2, 3), 1: (2,), 2: (0, 1, 5), 3: (0, 4), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- compressor6: a rotary-screw compressor's fault
#: the 6 classes of ``compressor6`` (an oil-injected rotary-screw air compressor in a plant that a compressor
#: technician is called to because of trips, low pressure or high temperature, by the cause the technician found);
#: left out: the motor or its starter, a drive belt or coupling, the air intake filter, the blow-down or loading
#: solenoid valve, the airend's bearings and the condensate drains
COMPRESSOR_CLASSES = ("fouled oil or air cooler (fins blocked, the cooling fan's air or the water side fouled: high "
                      "temperature)",
                      "thermostatic (oil temperature control) valve stuck (the oil bypasses the cooler: high "
                      "temperature)",
                      "failed inlet valve (the unloader stuck or its seal: low capacity, will not load or unload)",
                      "minimum-pressure valve (stuck open or closed: slow pressure build-up, oil carry-over at start)",
                      "clogged oil separator (high separator pressure drop, oil carry-over, high current)",
                      "pressure transducer or temperature sensor fault (readings off the reference: false trips)")
COMPRESSOR_ROWS = (380, 340, 400, 320, 360, 340)
#: the causes technicians confuse (symmetric): the cooler against the thermostatic valve (both trip on high
#: temperature: a fouled cooler or oil that never reaches it), the clogged separator (a raised discharge pressure and
#: temperature) and a sensor (a drifted temperature probe trips on a temperature the airend does not have); the inlet
#: valve against the minimum-pressure valve (low delivered pressure, a slow build-up on loading) and a pressure
#: transducer (a misreading one loads and unloads at the wrong pressures); the minimum-pressure valve against the
#: separator (oil carried into the air lines, the pressure lost across the separator and the valve)
COMPRESSOR_NEIGHBOURS = {0: (1, 4, 5), 1: (0,), 2: (3, 5), 3: (2, 4), 4: (0, 3), 5: (0, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"pistachio4": PISTACHIO_NEIGHBOURS, "peach4": PEACH_NEIGHBOURS, "infusion6": INFUSION_NEIGHBOURS,
              "compressor6": COMPRESSOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("pistachio4", "peach4")


def pistachio4():
    """Lots of in-shell pistachios a processor buys from growers, with the U.S. grade the inspector sets in 4 steps
    (``PISTACHIO_CLASSES``; the best grade whose ``PISTACHIO_LIMITS`` the inspector's sample meets on every defect, a
    lot within none dropped; ``PISTACHIO_GRADING`` the label's basis and not columns), as the lot's records and the
    processor's simple measures apart from the grade describe them. Unseen: the lot's true shares of non-split shells
    (a heavy crop, an early harvest, Kerman more than the early varieties), of adhering hull (the second shake, an
    early harvest), of dark stain (the hours from shaking to hulling, early splits, the second shake), of other shell
    defects, of kernel defects (navel orangeworm pressure, a late harvest, the second shake), of undersize nuts (a heavy
    crop, the variety) and of foreign material (the second shake). The inspector reads each share with a sample's
    error (log spread 0.1). Columns: the variety (0 Kerman, 1 Golden Hills, 2 Lost Hills, 3 another), the district (0
    Kern, 1 Fresno or Madera, 2 Tulare or Kings, 3 Arizona or New Mexico), the shake (0 first, 1 second), the
    harvest's day of the year, the crop (lb of dry in-shell nuts an acre), the hours from shaking to hulling, the navel
    orangeworm trap's eggs a week, the dryer's final moisture (%), the split sorter's closed-shell rejects (% by
    weight), the colour sorter's rejects (%), the float tank's floaters (%), the nuts an ounce, the insect-damaged
    kernels of 100 cut by the processor and the pre-cleaner's foreign material (% by weight) (14). Imbalanced: 500 /
    620 / 580 / 440 rows (2,140)."""
    rng = np.random.default_rng(123101)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.7, 0.15, 0.1])).sum(1)
    district = (rng.random(n)[:, None] > np.cumsum([0.35, 0.3, 0.25])).sum(1)
    shake = (rng.random(n) < 0.25).astype(int)
    day = np.clip(np.round(252 + np.array([0, -4, 2, 6])[district] - np.array([0, 12, 9, 0])[variety] + 16 * shake
                           + 6 * rng.normal(0, 1, n)), 220, 300)
    crop = np.clip(3200 * np.exp(0.4 * rng.normal(0, 1, n)), 500, 9000)
    load = np.log(crop / 3200)
    delay = np.clip(8 * np.exp(0.2 * shake + 0.6 * rng.normal(0, 1, n)), 1, 96)
    now = np.clip(4 * np.exp(np.array([0.6, 0.0, 0.2, -0.8])[district] + 0.7 * rng.normal(0, 1, n)), 0.1, 200)
    early = day - 252 + np.array([0, 12, 9, 0])[variety]  # days past the variety's usual harvest
    nonsplit = 5.0 * np.exp(0.6 * load - 0.02 * early + np.array([0.0, -0.4, -0.3, 0.2])[variety]
                            + 0.3 * rng.normal(0, 1, n))  # unseen, %
    hull = 1.8 * np.exp(0.5 * shake - 0.015 * early + 0.35 * rng.normal(0, 1, n))  # unseen, %
    dark = 1.4 * np.exp(0.35 * np.log(delay / 8) + 0.3 * shake + 0.35 * rng.normal(0, 1, n))  # unseen, %
    other = 2.5 * np.exp(0.2 * shake + 0.25 * rng.normal(0, 1, n))  # unseen, %
    kernel = 2.2 * np.exp(0.3 * np.log(now / 4) + 0.01 * early + 0.3 * shake + 0.3 * rng.normal(0, 1, n))  # unseen
    under = 2.8 * np.exp(0.8 * load + np.array([0.0, 0.2, 0.1, 0.3])[variety] + 0.35 * rng.normal(0, 1, n))  # unseen
    foreign = 0.18 * np.exp(0.6 * shake + 0.45 * rng.normal(0, 1, n))  # unseen, % by weight
    true = np.column_stack([nonsplit, hull, dark, other, kernel, under, foreign])
    seen = true * rng.lognormal(0, 0.1, true.shape)
    meets = np.all(seen[:, None, :] <= PISTACHIO_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # beyond U.S. Select: dropped
    keep = _keep(rng, label, PISTACHIO_ROWS)
    x = np.column_stack([
        variety, district, shake, day, np.round(crop, -1), np.round(delay, 1), np.round(now, 1),
        np.round(np.clip(5.5 + 0.02 * delay + 0.6 * rng.normal(0, 1, n), 3, 10), 1),
        np.round(nonsplit * rng.lognormal(0, 0.08, n), 1),
        np.round((hull + dark + 0.2 * other) * rng.lognormal(0, 0.08, n), 1),
        np.round((0.3 + 0.5 * kernel) * rng.lognormal(0, 0.1, n), 1),
        np.round(np.clip(21 * np.exp(0.3 * np.log(under / 2.8) + 0.03 * rng.normal(0, 1, n)), 12, 45), 1),
        rng.binomial(100, np.clip(0.4 * kernel / 100, 0, 1)),
        np.round(foreign * rng.lognormal(0, 0.12, n), 2)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def peach4():
    """Lots of fresh peaches a packer sells, with the U.S. grade the inspector sets in 4 steps (``PEACH_CLASSES``; the
    best grade whose ``PEACH_LIMITS`` the inspector's sample meets, each grade's failing peaches counted at its own
    level, a lot within none dropped; ``PEACH_GRADING`` the label's basis and not columns), as the lot's records and
    the packer's simple measures apart from the grade describe them. Unseen: the fruit's maturity at picking (a later
    pick riper: fewer immature peaches, more soft, bruised and decayed ones), the lot's true shares of peaches blushed
    over a third and over a quarter of the surface (the variety, the pick: the first pick takes the sunlit fruit), of
    scars and limb rub (wind), of hail marks (the season's hail), of scab and bacterial spot (the humid East), of split
    pits (the early varieties, a light crop's large fruit), of bruises, soft fruit and decay (ripeness, the hours before
    cooling). The inspector reads each share with a sample's error (log spread 0.1; the blush within 2 points).
    Columns: the variety group (0 an early yellow, 1 a mid-season yellow freestone, 2 a late yellow freestone, 3 a
    white-fleshed), the region (0 California, 1 Georgia, 2 South Carolina, 3 New Jersey or Pennsylvania), the pick (0
    first, 1 second, 2 third or later), the harvest's day of the year, the crop (peaches a tree), the hail storms in the
    season, the hours from picking to hydrocooling, the packer's mean fruit weight (g), the firmness (lbf, a
    penetrometer), the line camera's mean blush (% of the surface), the line's cull-out (%), the soluble solids (Brix),
    the marked peaches (scars, hail, scab) of 50 and the decayed of 50 after a 5-day ripening test (14). Imbalanced:
    460 / 600 / 620 / 460 rows (2,140)."""
    rng = np.random.default_rng(123202)
    n = 200000
    variety = (rng.random(n)[:, None] > np.cumsum([0.25, 0.35, 0.25])).sum(1)
    region = (rng.random(n)[:, None] > np.cumsum([0.5, 0.2, 0.2])).sum(1)
    pick = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    day = np.clip(np.round(160 + 25 * variety - np.array([0, 12, 8, -15])[region] + 6 * pick
                           + 7 * rng.normal(0, 1, n)), 120, 260)
    crop = np.clip(350 * np.exp(0.35 * rng.normal(0, 1, n)), 80, 1200)
    hail = rng.poisson(np.array([0.2, 0.7, 0.8, 0.5])[region])
    cool = np.clip(5 * np.exp(0.6 * rng.normal(0, 1, n)), 0.5, 48)
    ripe = 0.5 * pick + 0.8 * rng.normal(0, 1, n)  # unseen: the maturity at picking
    blush = np.array([0.5, 1.0, -0.5, 1.5])[variety] - 0.7 * pick + 1.0 * rng.normal(0, 1, n)  # unseen, logit
    third = 100 * _sig(0.2 + blush)  # unseen: % of peaches at least a third blushed
    quarter = 100 * _sig(1.0 + blush)  # unseen: % at least a quarter blushed
    immature = 0.8 * np.exp(-0.6 * ripe + 0.3 * rng.normal(0, 1, n))  # unseen, %
    scar = 2.5 * np.exp(np.array([0.2, 0.0, 0.0, -0.2])[region] + 0.4 * rng.normal(0, 1, n))  # unseen, %
    hailed = 3.0 * hail * np.exp(0.5 * rng.normal(0, 1, n))  # unseen, %
    scab = 1.5 * np.exp(np.array([-0.8, 0.6, 0.5, 0.2])[region] + 0.4 * rng.normal(0, 1, n))  # unseen, %
    split = 1.5 * np.exp(np.array([0.8, 0.0, -0.3, 0.1])[variety] - 0.8 * np.log(crop / 350)
                         + 0.35 * rng.normal(0, 1, n))  # unseen, %
    bruise = 2.5 * np.exp(0.4 * ripe + 0.3 * rng.normal(0, 1, n))  # unseen, %
    soft = 0.9 * np.exp(0.6 * ripe + 0.03 * (cool - 5) + 0.35 * rng.normal(0, 1, n))  # unseen, %
    decay = 0.25 * np.exp(0.5 * ripe + 0.05 * (cool - 5) + 0.4 * rng.normal(0, 1, n))  # unseen, %
    marks = scar + hailed + scab
    fails = np.column_stack([immature + marks + split + 0.5 * bruise + soft,
                             immature + 0.35 * marks + 0.6 * split + 0.3 * bruise + soft,
                             immature + 0.35 * marks + 0.6 * split + 0.3 * bruise + soft,
                             immature + 0.12 * marks + 0.25 * split + 0.15 * bruise])
    short = np.column_stack([100 - third, 100 - quarter, np.zeros(n), np.zeros(n)])
    err = rng.lognormal(0, 0.1, (n, 3))
    seen = np.stack([fails * err[:, :1], np.clip(short + 2 * rng.normal(0, 1, (n, 1)), 0, 100),
                     np.repeat((soft + 0.1 * bruise)[:, None] * err[:, 1:2], 4, 1),
                     np.repeat(decay[:, None] * err[:, 2:], 4, 1)], axis=2)  # lots x grades x limits
    meets = np.all(seen <= PEACH_LIMITS[None, :, :], axis=2)
    label = np.where(meets.any(1), np.argmax(meets, 1), -1)  # within no grade: dropped
    keep = _keep(rng, label, PEACH_ROWS)
    x = np.column_stack([
        variety, region, pick, day, np.round(crop, -1), hail, np.round(cool, 1),
        np.round(np.clip(190 * np.exp(-0.3 * np.log(crop / 350) + np.array([-0.15, 0.05, 0.1, 0.0])[variety]
                                      + 0.06 * rng.normal(0, 1, n)), 80, 400)),
        np.round(np.clip(11 - 2.2 * ripe + 1.0 * rng.normal(0, 1, n), 1, 20), 1),
        np.round(np.clip(100 * _sig(0.6 + blush + 0.25 * rng.normal(0, 1, n)), 5, 99)),
        np.round(np.clip((0.6 * marks + split + bruise + soft + immature) * rng.lognormal(0, 0.15, n), 0.1, 60), 1),
        np.round(np.clip(11.5 + 0.8 * ripe + np.array([0.0, 0.5, 1.0, 1.5])[variety] + 0.8 * rng.normal(0, 1, n), 7,
                         20), 1),
        rng.binomial(50, np.clip(marks / 100, 0, 1)),
        rng.binomial(50, np.clip(3 * decay / 100, 0, 1))])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``infusion6``, the chances of the make (0 BD Alaris, 1 Baxter, 2 B. Braun, 3 ICU Medical)
INFUSION_MAKE = np.array([[0.40, 0.20, 0.20, 0.20], [0.35, 0.25, 0.20, 0.20], [0.45, 0.20, 0.15, 0.20],
                          [0.30, 0.25, 0.25, 0.20], [0.35, 0.20, 0.25, 0.20], [0.35, 0.25, 0.20, 0.20]])
#: per cause of ``infusion6``, the chances of the ward it came from (0 an intensive care unit, 1 a general ward, 2
#: an oncology or day unit, 3 theatres or the emergency department)
INFUSION_WARD = np.array([[0.35, 0.35, 0.20, 0.10], [0.40, 0.30, 0.20, 0.10], [0.25, 0.40, 0.15, 0.20],
                          [0.35, 0.35, 0.20, 0.10], [0.20, 0.40, 0.25, 0.15], [0.20, 0.35, 0.15, 0.30]])
#: per cause of ``infusion6``, the chances of the event that took it out of service (0 occlusion alarms, 1 air-in-line
#: alarms, 2 door-open or set-not-loaded alarms, 3 a flow found off in a check or an infusion finished early or late,
#: 4 a battery or power alarm, or it would not run on the battery, 5 keys or the display reported, or the pump dropped)
INFUSION_EVENT = np.array([[0.55, 0.03, 0.12, 0.22, 0.03, 0.05], [0.05, 0.68, 0.14, 0.05, 0.03, 0.05],
                           [0.22, 0.18, 0.40, 0.05, 0.03, 0.12], [0.30, 0.02, 0.05, 0.45, 0.10, 0.08],
                           [0.03, 0.02, 0.03, 0.10, 0.70, 0.12], [0.03, 0.02, 0.15, 0.05, 0.10, 0.65]])
#: per cause of ``infusion6``, the medians of the pump's records and the engineer's simple bench measures: its age
#: (years), its running hours since the last planned maintenance, the flow's error against a flow analyser (%, its
#: size), the occlusion alarm's pressure off its setting (%, its size), the smallest air bubble it alarms on in the
#: test (microlitres), the door-open or set-not-loaded alarms in its log over the last 30 days, the motor's current
#: pumping at 500 mL/h (% of the service manual's), the battery's run time at 125 mL/h (min), the keys failing in a
#: test of every key and the drops or impacts in its log over the last year
INFUSION_TABLE = np.array([
    # age  hours  flow  occl  bubble door  motor  batt  keys drops
    [6.0, 1500.0, 3.0, 35.0, 60.0, 3.0, 100.0, 150.0, 0.3, 1.0],  # occlusion or pressure sensor
    [6.0, 1500.0, 2.0, 10.0, 250.0, 4.0, 100.0, 150.0, 0.3, 1.0],  # air-in-line detector
    [7.0, 1500.0, 2.5, 15.0, 80.0, 14.0, 100.0, 150.0, 0.5, 3.0],  # door or latch
    [8.0, 2500.0, 9.0, 15.0, 60.0, 3.0, 130.0, 130.0, 0.3, 1.0],  # pumping mechanism or motor
    [8.0, 1600.0, 2.0, 10.0, 60.0, 2.0, 105.0, 35.0, 0.3, 1.0],  # battery or power supply
    [7.0, 1500.0, 2.0, 10.0, 60.0, 3.0, 100.0, 140.0, 3.5, 4.0],  # keypad or display
])
INFUSION_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
INFUSION_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0.25), ("log", 0.6, 0), ("log", 0.6, 0), ("log", 0.6, 0),
                  ("count", 0.5, 0), ("log", 0.12, 0), ("log", 0.5, -0.1), ("count", 0.6, 0), ("count", 0.6, 0)]


def infusion6():
    """Volumetric infusion pumps a hospital's biomedical engineer takes out of service after alarms or failed checks,
    in 6 causes engineers confuse (``INFUSION_CLASSES``), labelled by the engineer's diagnosis, as the pump's records,
    the ward it came from, the event that took it out of service and the engineer's simple bench measures apart from
    it describe them. Each cause has its picture (``INFUSION_MAKE``, ``INFUSION_WARD``, ``INFUSION_EVENT``,
    ``INFUSION_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the pressure sensor
    occlusion alarms, the alarm pressure off its setting; the air-in-line detector air alarms, the largest bubble
    missed; the door or latch door and set alarms, its log's door alarms, drops; the pumping mechanism a flow off, the
    largest flow error and motor current, the most hours; the power supply power alarms, the shortest battery time;
    the keypad or display keys reported, the keys failing, the most drops (theatres and the emergency department).
    Unseen: the pump's wear (one per-row factor raising the age and the hours, shortening the battery). Columns: the
    make (0-3), the ward (0-3), the event (0-5), then the table's 10 (the age to a tenth within 0.5-20 years, the hours
    to the unit within 10-20,000, the flow error to a tenth within 0.1-60 %, the alarm pressure's error to the unit
    within 1-200 %, the bubble to the unit within 5-1,000 microlitres, the door alarms counted (within 0-80), the
    motor's current to the unit within 50-250 %, the battery time to the unit within 1-600 min, the keys and the drops
    counted (within 0-30)) (13). Imbalanced: 360 / 380 / 340 / 400 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(123303)
    y = rng.permutation(np.repeat(np.arange(len(INFUSION_CLASSES)), INFUSION_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (INFUSION_MAKE, INFUSION_WARD, INFUSION_EVENT)]
    t = _pull(INFUSION_TABLE, INFUSION_NEIGHBOURS, 0.3, INFUSION_LOGS)[y]
    x = _draw(rng, t, INFUSION_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 20, 1), (1, 10, 20000, 0), (2, 0.1, 60, 1), (3, 1, 200, 0), (4, 5, 1000, 0),
                                 (5, 0, 80, 0), (6, 50, 250, 0), (7, 1, 600, 0), (8, 0, 30, 0), (9, 0, 30, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``compressor6``, the chances of the make (0 Atlas Copco, 1 Ingersoll Rand, 2 Sullair, 3 Kaeser or
#: another)
COMPRESSOR_MAKE = np.array([[0.30, 0.25, 0.20, 0.25], [0.35, 0.25, 0.20, 0.20], [0.25, 0.30, 0.25, 0.20],
                            [0.30, 0.25, 0.25, 0.20], [0.30, 0.25, 0.20, 0.25], [0.35, 0.20, 0.20, 0.25]])
#: per cause of ``compressor6``, the chances of the cooling (0 air-cooled, 1 water-cooled)
COMPRESSOR_COOLING = np.array([[0.65, 0.35], [0.80, 0.20], [0.80, 0.20], [0.80, 0.20], [0.78, 0.22], [0.80, 0.20]])
#: per cause of ``compressor6``, the chances of the call (0 a high discharge temperature trip, 1 low system pressure,
#: 2 it will not load or unload or runs unloaded, 3 oil in the air lines or a high oil use, 4 nuisance trips or
#: erratic readings on the controller)
COMPRESSOR_CALL = np.array([[0.75, 0.08, 0.02, 0.05, 0.10], [0.70, 0.05, 0.05, 0.05, 0.15],
                            [0.03, 0.50, 0.40, 0.02, 0.05], [0.03, 0.40, 0.20, 0.30, 0.07],
                            [0.20, 0.30, 0.03, 0.42, 0.05], [0.25, 0.15, 0.15, 0.03, 0.42]])
#: per cause of ``compressor6``, the medians of the compressor's records and the technician's simple measures: its
#: age (years), its running hours since the last service, the discharge temperature at full load (C), the cooler's
#: approach (the oil out of the cooler over the cooling air or water in, K), the oil's drop across the cooler (K), the
#: separator's pressure drop (bar), the delivered air at full load (% of the rated), the oil topped up (L a 1,000
#: hours), the motor's current at full load (% of full-load amps) and the controller's readings off the technician's
#: reference gauge and thermometer (%, their size)
COMPRESSOR_TABLE = np.array([
    # age  hours  disch appr  drop  sep   deliv oil  curr   off
    [9.0, 3000.0, 104.0, 22.0, 9.0, 0.35, 92.0, 0.8, 104.0, 1.5],  # fouled cooler
    [8.0, 2500.0, 102.0, 8.0, 3.0, 0.35, 93.0, 0.8, 101.0, 1.5],  # thermostatic valve
    [10.0, 2500.0, 85.0, 10.0, 12.0, 0.30, 70.0, 0.8, 88.0, 1.5],  # inlet valve
    [9.0, 2500.0, 86.0, 10.0, 12.0, 0.45, 86.0, 2.5, 96.0, 1.5],  # minimum-pressure valve
    [8.0, 5000.0, 95.0, 11.0, 11.0, 1.10, 88.0, 3.0, 110.0, 1.5],  # oil separator
    [7.0, 2000.0, 84.0, 10.0, 12.0, 0.30, 94.0, 0.8, 99.0, 9.0],  # transducer or sensor
])
COMPRESSOR_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
COMPRESSOR_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0.2), ("log", 0.06, 0.02), ("log", 0.4, 0), ("log", 0.4, 0),
                    ("log", 0.5, 0), ("log", 0.07, 0), ("log", 0.7, 0), ("log", 0.06, 0), ("log", 0.7, 0)]


def compressor6():
    """Oil-injected rotary-screw air compressors in a plant that a compressor technician is called to because of trips,
    low pressure or high temperature, in 6 causes technicians confuse (``COMPRESSOR_CLASSES``), labelled by the
    technician's finding, as the compressor's records, its cooling, the call and the technician's simple measures
    apart from it describe them. Each cause has its picture (``COMPRESSOR_MAKE``, ``COMPRESSOR_COOLING``,
    ``COMPRESSOR_CALL``, ``COMPRESSOR_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its
    neighbours'): the fouled cooler high-temperature trips, a water-cooled unit more often, the widest approach; the
    thermostatic valve the same trips, the least oil drop across the cooler (the oil bypasses it); the inlet valve low
    pressure or no loading, the least air delivered and current; the minimum-pressure valve low pressure, loading
    problems and oil in the lines; the separator oil in the lines, its pressure drop, the most hours since a service,
    the highest current; the sensor nuisance trips, the readings off the reference. Unseen: the compressor's wear (one
    per-row factor raising the age, the hours and the discharge temperature). Columns: the make (0-3), the cooling
    (0-1), the call (0-4), then the table's 10 (the age to a tenth within 0.5-40 years, the hours to the unit within
    10-30,000, the discharge temperature to a tenth within 60-130 C, the approach and the drop to a tenth within 0.5-60
    K, the separator's drop to a hundredth within 0.05-3 bar, the delivered air to a tenth within 30-110 %, the oil to
    a tenth within 0.1-20 L, the current to the unit within 50-150 %, the readings' error to a tenth within 0.1-50 %)
    (13). Imbalanced: 380 / 340 / 400 / 320 / 360 / 340 rows (2,140)."""
    rng = np.random.default_rng(123404)
    y = rng.permutation(np.repeat(np.arange(len(COMPRESSOR_CLASSES)), COMPRESSOR_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (COMPRESSOR_MAKE, COMPRESSOR_COOLING, COMPRESSOR_CALL)]
    t = _pull(COMPRESSOR_TABLE, COMPRESSOR_NEIGHBOURS, 0.3, COMPRESSOR_LOGS)[y]
    x = _draw(rng, t, COMPRESSOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 40, 1), (1, 10, 30000, 0), (2, 60, 130, 1), (3, 0.5, 60, 1), (4, 0.5, 60, 1),
                                 (5, 0.05, 3, 2), (6, 30, 110, 1), (7, 0.1, 20, 1), (8, 50, 150, 0), (9, 0.1, 50, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND123`` lists them (the ordered sets first)
GENERATORS = {"pistachio4": pistachio4, "peach4": peach4, "infusion6": infusion6, "compressor6": compressor6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND123_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "pistachio4": (2140, 14, PISTACHIO_ROWS),
    "peach4": (2140, 14, PEACH_ROWS),
    "infusion6": (2140, 13, INFUSION_ROWS),
    "compressor6": (2140, 13, COMPRESSOR_ROWS),
}
ROUND123 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
