"""Round 126's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s63/setnames126.txt``: every earlier
round's set names, read with a ``grep -c -x`` of each of the four names the lead gave (onion4 0, cucumber4 0, milkrobot6
0, canallock6 0) and two ``grep -n -i -E`` of stems: onion, allium, cucumb, gherk, pickl, milk, dairy, robot, cow, teat,
canal, lock, navig, waterway, sluice and gate, which printed ``steatosis4`` (line 202), ``milkfraud8`` (232),
``robotarm6`` (240) and ``flock6`` (265); then veg, potat, garlic, tomat, pepper, squash, melon, produce, mastit,
somatic, udder, parlo, pump, hydraul, valve, dam, river, bridge, weir, ship, boat and barge, which printed ``tomato6``
(167), ``mastitis6`` (177), ``wfdriver5`` (223), ``shipeng7`` (277), ``pumpflt6`` (305), ``outerbridge5`` (315),
``heatpump6`` (444), ``pepper4`` (447), ``cardamom4`` (466) and ``potato4`` (470) (none opened); the file's count line
was printed once by a slip (below), its other names not read; the tests' ``check_registered`` confirms that no earlier
round's ``GENERATORS`` holds these). The near ones: ``robotarm6`` likely an industrial robot arm's faults (near
milkrobot6's arm and its hydraulics, not opened: milkrobot6's causes, columns and neighbour map were written without
it), ``mastitis6`` likely a cow's mastitis cases (near milkrobot6's cell counts and conductivity alerts) and
``milkfraud8`` milk's adulteration (a milk set of another kind); round 30's docstring names somatic cell scores (a dairy
herd's milk quality); ``pumpflt6`` and ``heatpump6`` other pumps' faults (near canallock6's power pack and milkrobot6's
vacuum pump); ``potato4`` (round 122's), ``pepper4`` and ``tomato6`` other vegetables, likely graded or classed
(``potato4`` a U.S. grade of potatoes by round 122's first 2,000 characters: the nearest to onion4 and cucumber4,
another vegetable graded by the same kind of standard); ``outerbridge5``, ``shipeng7`` (a ship's engine, perhaps),
``steatosis4``, ``flock6``, ``wfdriver5`` and ``cardamom4`` caught only by the stems. No name near canallock6 was
printed (no lock, canal, sluice or waterway set by these stems). Near ones not checked: rounds 122-124's first 2,000
characters name raisin4, ventilator6, crane6, pistachio4, peach4, infusion6, compressor6, pear4, plum4, mri6 and
parkingmeter6 and the names their authors' greps printed (liftfault8, elevator6, conveyor6, screwcomp6, chiller8,
hvacahu6, boiler6, apple7, vending6, atm6 and others); round 125's module (opened, below) holds apricot4, grape4,
bikeshare6 and trafficsignal6. The names and the fields were fixed by the lead. As in rounds 124 and 125, the two graded
sets simulate a pool of lots (200,000), label every lot the way its field does and keep a fixed number of each class
(``_keep``, shuffled; a lot within none of the four grades is not kept); the two unordered sets draw their classes' rows
from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns
about them), with categorical columns drawn from per-class tables of chances. Two sets have ORDERED classes
(``ORDERED``): lots of dry bulb onions a packer or storage operator sells, in four grades of the United States Standards
for Grades of Onions (Other Than Bermuda-Granex-Grano and Creole Types) ordered by their requirements (U.S. Export No.
1, U.S. No. 1, U.S. Commercial, U.S. No. 2; U.S. No. 1 Boilers and Picklers, No. 1's size classes, left out), labelled
by the inspector's sample against each grade's limits (``ONION_LIMITS``; ``ONION_GRADING``, not columns); and lots of
fresh slicing cucumbers a packer sells, in four grades of the United States Standards for Grades of Cucumbers in the
standard's order (U.S. Fancy, U.S. Extra No. 1, U.S. No. 1, U.S. No. 2; U.S. No. 1 Small and Large, No. 1's size
classes, left out), labelled by the inspector's sample against each grade's colour, shape, scars, damage, serious
damage, decay and size limits (``CUCUMBER_LIMITS``; ``CUCUMBER_GRADING``, not columns); each described by the lot's
records and the packer's simple measures apart from the grade. Two have UNORDERED classes: dairy farms' automatic
milking systems a service technician is called to after alarms, failed milkings or a milk-quality complaint, in 6 causes
technicians confuse (the teat-detection camera or laser, the robot arm or its hydraulics / pneumatics, the vacuum pump
or pulsation, the milk meter or conductivity sensor, the cleaning (CIP) system, the teat-cup liners and hoses; the
cow-identification or gate system, the feed dispenser, the teat-preparation brushes and the milk cooling tank left out);
and a waterway's navigation locks a maintenance crew is sent to after a fault or a boaters' complaint, in 6 causes crews
confuse (the gates' hydraulic cylinders or power pack, the gate seals or hinges, the filling and emptying valves or
sluices, the control system or its PLC, the water-level or position sensors, debris or silt; the traffic lights and
signals, the mains power or standby generator, the bridges and the walls left out); each described by the unit's
records, the call or the complaint and the technician's or crew's measures apart from the finding. ``NEIGHBOURS`` names
each set's neighbour map (``ONION_NEIGHBOURS``, ``CUCUMBER_NEIGHBOURS``, ``MILKROBOT_NEIGHBOURS``, ``LOCK_NEIGHBOURS``;
written from the fields as the author knew them and committed, with the class names, rows and limits, before any
generator was written or ran: commit c38c0576; no pair added after). Each generator is deterministic (its own fixed
seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads
them by name (``load(name, seed)``, ``--sets onion4,cucumber4,milkrobot6,canallock6``, ``--data round126``).

The author opened only: its brief (``/tmp/s63/brief126.md``, with ``cat``, after ``date``); ``docs/data-authors.md``
(all, with ``cat``, after ``git status`` and ``git log --oneline main..HEAD``, which printed round 125's five commits,
the branch's base; not edited); ``benchmarks/data_quality_round125.py`` (all, with ``cat``; the display left out lines
138-452, then ``sed -n 135,300p`` and ``sed -n 300,455p``; not edited); ``tests/test_data_quality_round125.py``,
``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py`` (all, with ``cat`` in one command, after a
``wc -c`` of the four; not edited); round 30's module docstring (printed through ``ast``, cut at its first 3,000
characters by a slice) and the first 2,000 characters of rounds 122's, 123's and 124's modules (``head -c 2000``, in the
same command); ``/tmp/s63/setnames126.txt`` (as above); ``tests/test_architecture.py`` lines 1-110 (``sed -n 1,110p``,
in the command of the first ``grep -n -i round125``); ``benchmarks/data_quality_actions.py`` through a ``grep -n -i
round125`` piped through ``grep -v BLIND_ROUND`` (hits 165, 246 and 604), then lines 162-167, 240-248 and 600-607 (``sed
-n`` through ``grep -v BLIND_ROUND``; ``BLIND_ROUND``'s value was not printed; the comment above it, which names
round123, was), edited with a Python string replacement, each old string asserted to occur once (the import after round
125's, the ``ROUNDS`` entry ``126: ROUND126_GENERATORS`` after 125's, the help's round125 and round 125's;
``BLIND_ROUND`` and its comment not touched; checked with a ``grep -n -i round126`` through ``grep -v BLIND_ROUND``
(hits 166, 248, 606), lines 601-606 (``sed -n`` through ``grep -v BLIND_ROUND``), an import of ``ROUNDS[126]``'s names,
``round_of`` and ``split`` of one name each and the earlier rounds' names against these, and ``git diff --numstat``, 5
lines added, 3 removed). No ``git log`` ran but ``git log --oneline main..HEAD`` (and ``git log --oneline -1`` after a
commit); ``git status``, ``git diff --stat`` and ``git diff --numstat`` of the worktree's own changes. An import of
``benchmarks`` printed that it resolves to the worktree's folder (a namespace package). The neighbour maps were checked
with ``round_checks.check_neighbours`` (and the rows' sums and imbalance, the limits' order) before the first commit.
Before the generators' commit (19c1d84f, with the registration) the two pools alone were run in a scratch script, four
times, both pools each time (seeds 1 and 2, not the generators': their classes' shares in the pool, the fifth a lot
within none, and the median of each true share; no column and no measure; the last two runs' onion4 lines cut by a
``tail``): onion4's printed twice (first 0 / 3.3 / 4.7 / 55.4 / 36.6 %, every defect far over the 5 % tolerance: each
defect's logit lowered by 0.4-1.4, not dormant's offset -1.8 became -1.0, peeling's -3.2 -3.6, decay's 0.5 % 0.4 %, the
bulbs' mean diameters 8-9 mm smaller and the 2-inch share's scale 7 mm became 5; then 15.7 / 13.9 / 17.6 / 27 / 25.8 %),
cucumber4's four times (first, twice, 9.3 / 31.3 / 0 / 37.2 / 22.2 %, no U.S. No. 1: the colour's logit 2.2 became 1.0
with its spread 0.6 1.1, the crooks' -3.0 -3.4, No. 1's colour offset 1.5 2.5 and No. 2's 3.0 4.0; then 4.3 / 33.7 / 0.3
/ 38.1 / 23.6 %: the scars' logit -3.4 became -4.0, the other defects' -4.2 -4.6, Fancy's scar offset -0.8 -1.5, No. 1's
colour offset 3.5 and No. 2's 5.0; then 4.1 / 47.4 / 6.1 / 25.8 / 16.6 %); then the four generators were run only to
check that they ran, their shapes, dtypes, finiteness, determinism, class counts, first rows and time. After the commit
the MLP's figures (train and test, seeds 0 and 1), the baseline's error, the share between neighbours, the eight
commonest error pairs and the class error rates were printed once for all four sets. cucumber4, milkrobot6 and
canallock6 met the aims and were not changed. onion4's baseline and MLP missed (51.9 %; 52.3 % test with seed 0); it had
its one change (one commit, df25aa78; the labels and the other columns untouched, the draws the same): the sizer's
diameter read within 1 mm (was 2), the durometer's firmness within 2 (was 4), the line's cull-out read U.S. No. 1's and
Commercial's failing shares and the undersize with a log spread of 0.08 (was No. 1's, the undersize and half the peeling
with 0.2) and the cut test 100 onions (was 50); then its figures were printed once more: its MLP meets the aim, its
baseline still misses (below); kept and said. Then the class medians and means of every column (and the shares of the
categorical columns' values by class) and each set's first row were printed once, to write the tests and this docstring;
no set was changed after. No function of the detector or the filter was called.

Public sources were searched (seven searches: six of stored pages, one of documentation, read only as the searches'
excerpts): onions (the CFR's text of 51.2831 U.S. Export No. 1: mature, dormant, fairly firm, fairly well shaped, free
from decay, wet sunscald, doubles, bottlenecks and scallions, free from damage by seedstems, splits, tops, roots, dry
sunken areas, sunburn, sprouts, freezing, peeling, cracked fleshy, watery or translucent scales, dirt or staining,
foreign matter, mechanical injury, disease and insects, packed to the export packing requirements of 51.2840; 51.2832
U.S. Commercial: mature, not soft or spongy, not badly misshapen, free from decay, wet sunscald, doubles, bottlenecks
and scallions, free from damage as above and from serious damage by staining and dirt; 51.2835 U.S. No. 2: mature, not
soft or spongy, free from decay, wet sunscald and scallions, free from serious damage by watery scales, dirt or
staining, seedstems, sprouts, mechanical injury, dry sunken areas, disease, freezing and insects, 1 1/2 inches at least;
the tolerances of 51.2837: for U.S. No. 1, Export No. 1, Boilers and Picklers 10 % damaged by peeling and 5 % below the
remaining requirements with 2 % for decay or wet sunscald, for Commercial and No. 2 5 % with 2 %, 5 % under the minimum
size; a produce reference's list of the six grades and U.S. No. 1's requirements, fairly firm, well shaped, 40 % by
weight 2 inches or larger for yellow, brown and red onions, 30 % for white; the Bermuda-Granex-Grano grades); cucumbers
(AMS's cucumber grades page: U.S. Fancy well coloured, well formed, not overgrown, fresh, firm, free from decay and
sunscald, from injury by scars and from damage by yellowing, sunburn, dirt, freezing, mosaic or other disease, insects,
cuts, bruises, mechanical or other means, at most 2 3/8 inches in diameter and at least 6 inches long; U.S. Extra No. 1
at least 50 % U.S. Fancy, the rest U.S. No. 1; U.S. No. 1 fairly well coloured, fairly well formed, free from damage by
scars and the rest; No. 1 Small 1 1/2-2 inches, No. 1 Large at least 2 1/4; a produce trainer's page on U.S. No. 2:
moderately coloured, not badly deformed, free from damage by freezing, sunscald and cuts, from serious damage by scars,
yellowing and the rest, at least 5 inches; a state's seal-of-quality definitions: well coloured three quarters medium
green, injury by scars over a 3/8-inch circle, serious damage by scars over a one-inch circle; a trade page on chilling
injury below 45 F, water-soaked sunken spots, storage at 50-55 F and waxing; a trade reference's good-delivery table
10-1 at shipping point, 15-3 later; the pickling cucumbers' grades; the EU's and India's classes); milking robots (an
operator's manual: any failure raises an alarm, failed connections by teat position or a hairy udder, the service
technician; a study of teat-cup attachment: failed attachments mostly by the estimated teat position, some by equipment;
a laser and camera finding the teats, the cups re-attached when no milk flows, blind milking on a folded teat; a dairy
magazine's testing of robots: teat-end vacuum at peak flow, vacuum stability, pulsation graphs, a unit fall-off test,
machine-induced mastitis; milk diverted by cell count, colostrum or treatment, the milk meter per quarter; a machinery
magazine on the RFID identification and the teat tracking's 3D cameras, lasers and ultrasound); canal locks (a page on
locks' engineering: mitre gates' pintle and quoin alignment, debris clearing, hydraulic rams and stick-slip at
break-away, sluice and culvert valves by gravity; a boating news page on a lock closed by its one working paddle
failing; a page on how locks are worked: ground and gate paddles, rack and pinion or hydraulic, the cill). No source
gave the classes' or causes' shares or any record's values by class; no source gave an inspector's sampling error; the
cucumbers' tolerance section (51.2227) and U.S. No. 1 onions' own paragraph (51.2830) were not in any excerpt:
cucumber4's 10 %, 50 %, 5 %, 1 % and 5 % off-size (beyond Extra No. 1's 50 %) are the author's reading of the usual
form, onion4's order with U.S. Export No. 1 above U.S. No. 1 (its requirements No. 1's and more) and its taking No. 1's
sizes the author's reading, and the milking robots' and the locks' causes, confusions and measures the author's own.

The rest is the author's own reading of the fields, not checked: every number of the onion pool (the varieties',
regions' shares, the harvest days, the curing days, the rain at curing, the days stored, the store's temperature and
humidity, the field's logit spread 1.0, the curing's law, the sprouting's law, each defect's logit: doubles and splits
-5.4, misshapen -4.6, soft -5.4, sunscald -6.0, bruises -5.6, sprouts -6.2 and 0.012 a day stored and 0.25 a degree,
disease and insects -5.8; the grades' offsets: not dormant -1.0, Commercial's badly misshapen 1.2 and soft 1.0, No. 2's
serious damage 1.4; peeling, decay and the bulbs' sizes; the inspector's error; the packer's readings; the shares kept,
22.4 / 29 / 26.2 / 22.4 %); every number of the cucumber pool (the varieties', regions' and covered lots' shares, the
harvest days, the days between pickings, the rain, the hours to cooling, the days stored, the store's temperature,
waxing, the field's logit, the colour's law, each defect's logit: crooks -3.4, scars -4.0, the other defects -4.6,
chilling injury -6.0 and 0.6 a degree under 10 C, shrivelling -5.0; each grade's offsets; decay 0.15 %; the diameters
and lengths; the inspector's error; the packer's readings; the shares kept, 21.5 / 26.2 / 29.9 / 22.4 %); every number
in ``MILKROBOT_MAKE``, ``MILKROBOT_TRAFFIC``, ``MILKROBOT_CALL``, ``MILKROBOT_TABLE`` and ``MILKROBOT_KINDS`` (the
shares kept, 18.7 / 17.8 / 16.8 / 16.8 / 15 / 15 %); every number in ``LOCK_GATES``, ``LOCK_SOURCE``,
``LOCK_COMPLAINT``, ``LOCK_TABLE`` and ``LOCK_KINDS`` (the shares kept, 19.6 / 17.8 / 16.8 / 15.9 / 15 / 15 %). The
helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 125 uses them (``main`` was not run);
``_keep``, ``_pull``, ``_sig`` and ``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as round 125
imports them; ``_fails`` is round 125's helper written again with an offset per defect (``inf``: not held against the
grade), ``_grade`` round 125's with a lot within none given ``len(limits)``. No detector or filter ran on these sets,
and the benchmark did not; the difficulty below and the tests' baseline were computed with sklearn directly
(``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set          rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
onion4       2,140  4 (480 / 620 / 560 / 480), ordered        75.0 / 68.8 | 73.4 / 68.6       47.3     80 %
cucumber4    2,140  4 (460 / 560 / 640 / 480), ordered        81.3 / 77.0 | 82.6 / 74.0       39.7     85 %
milkrobot6   2,140  6 (400 / 380 / 360 / 360 / 320 / 320)     69.6 / 69.7 | 77.4 / 69.5       33.9     77 %
canallock6   2,140  6 (420 / 380 / 360 / 340 / 320 / 320)     69.8 / 69.0 | 71.2 / 69.0       32.1     74 %

("between": the share of the baseline's errors between documented neighbours; onion4 after its one change, first
measured 56.8 / 52.3 | 59.9 / 59.3, 51.9 %, 74 %.) In one phrase: a scaled 10-neighbour baseline errs on 47.3 / 39.7 /
33.9 / 32.1 % of their rows. The generators were committed before any measure (commit 19c1d84f). The aims (round 125's,
as its account gives them): MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between
documented neighbours. cucumber4 (its baseline only just within, 39.7 %), milkrobot6 and canallock6 met them as first
measured and were not changed; **onion4 misses the baseline's aim** after its one change (47.3 %: its grades are parted
by seven unseen defects' shares, the dormancy, the peeling and the bulbs' sizes, read only in sum by the cull-out and in
part by the firmness, the cut test and the sizer, and eight of its 13 columns are records, most hardly differing by
grade, scaled as much as the measures; its MLP meets the aim, 68.8 / 68.6 %), kept and said. In onion4 (1,013 errors):
U.S. No. 1 with Commercial 36 % of the errors, Export No. 1 with No. 1 29 %, Commercial with No. 2 15 %, Export No. 1
with Commercial 13 % (not adjacent), No. 1 with No. 2 6 % (not adjacent), Export with No. 2 1 %; Commercial errs most
(64 %), Export No. 1 least (33 %; No. 1 49 %, No. 2 39 %). In cucumber4 (849 errors): Fancy with Extra No. 1 35 %, No. 1
with No. 2 26 %, Extra No. 1 with No. 1 25 %, Extra No. 1 with No. 2 10 % (not adjacent), Fancy with No. 1 and with No.
2 2 % each; No. 2 errs most (57 %), No. 1 least (26 %; Fancy 28 %, Extra No. 1 50 %). milkrobot6 errs on 33.9 % (725
errors), 77 % between causes technicians confuse (``MILKROBOT_NEIGHBOURS``): the camera with the arm 23 % of them, the
vacuum with the liners 12 %, the milk meter with the CIP system 12 %, the camera with the liners 10 %, the meter with
the liners 9 %, the arm with the vacuum 7 %, the camera with the meter 6 % (outside the map), the camera with the vacuum
5 % (outside); the liners err most (59 %), the meter least (23 %). canallock6 errs on 32.1 % (687 errors), 74 % between
causes crews confuse (``LOCK_NEIGHBOURS``): the PLC with the sensors 15 % of them, the hydraulics with the seals 13 %,
the hydraulics with the valves 12 %, the seals with debris 12 %, the valves with debris 10 %, the hydraulics with the
PLC 8 %, the seals with the valves 7 % (outside the map), the sensors with debris 5 %; debris errs most (46 %), the
hydraulics least (20 %). Slips kept as committed: in onion4 the days in storage part the grades most among the records
(medians 49 / 68 / 77.5 / 106 days: storage drives sprouting, softness, peeling and decay together), the harvest day,
the curing days and the humidity hardly differ, the sprouted of 100 cut are few (medians 2 / 4 / 3 / 7), and the sweet
Spanish onions' larger bulbs and the white onions' 30 % rule show little; in cucumber4 U.S. Fancy is only 4 % of the
pool (its kept lots the best coloured: the camera's median 97 %), U.S. No. 1 6 %, the No. 1 lots those with less than
half the lot well coloured enough for Fancy (the camera's median 51 %, below No. 2's 60 %: a lot failing No. 1 by scars
or defects falls to No. 2 at any colour), the protected lots 54 % of Fancy's and the records otherwise hardly differing;
in milkrobot6 the arm's commonest call failed attachments (41 %) beside robot stops (38 %), the liners' incomplete
milkings (37 %), the make's and traffic's shares differing little; in canallock6 the seals' or hinges' binding pressure
(175 bar in the table) pulled under debris's (medians 154.5 and 160 bar), the gates' shares differing little; in both
unordered sets the medians pulled toward the neighbours' (milkrobot6's CIP wash 60 C at the median, not 55).

Other slips: a ``head -1`` of ``/tmp/s63/setnames126.txt`` (in the command of the first ``grep -n -i round125``) printed
its count line ("484 set names in rounds 5-125", as the brief says; the brief allows only ``grep``s of that file); a
scratch script was first run without ``PYTHONPATH`` and failed to import ``benchmarks`` (run again with it); the first
draft of the milkrobot6 test expected the arm's commonest call to be a robot stop (it is failed attachments, 41 %
against 38 %, as the printed shares showed: the test was corrected before its commit, no set changed); ``awk`` for lines
over 120 characters ran on this module, its tests and ``benchmarks/data_quality_actions.py`` (the last printing nothing
over); the scratch scripts lay in ``/tmp/r126scratch`` (the author's own).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, ``nice -n 10``, on a shared machine loaded by other
jobs: load average 2.1-2.2 on its 2 cores): the 19 tests' whole ``pytest`` run reported 5.57 s (wall 7.3 s, user time
6.1 s) before this docstring was written and 6.25 s (wall 8.1 s, user 6.2 s) after it; the tests' own calls take about
1.8 s together (``--durations``: the graded sets' second builds 0.48 and 0.47 s, each MLP fit 0.08-0.21 s), importing
``benchmarks.data_quality_actions`` (every round's module), sklearn's estimators and pytest the rest. ``pytest
tests/test_architecture.py`` passed (282). Over the 6 s aim on the second run (the load), near it on the first, kept and
said."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- onion4: a dry onion lot's grade
#: the 4 classes of ``onion4`` (a lot of dry bulb onions, other than Bermuda-Granex-Grano and Creole types, a packer
#: or storage operator sells, by the grade the inspector sets against the grades' requirements and tolerances), the
#: best first. The United States Standards for Grades of Onions (Other Than Bermuda-Granex-Grano and Creole Types; 7
#: CFR 51.2830-51.2840 as read) list U.S. No. 1, U.S. Export No. 1, U.S. Commercial, U.S. No. 1 Boilers, U.S. No. 1
#: Picklers and U.S. No. 2; this set takes the four not held to a size class, ordered by their requirements: U.S.
#: Export No. 1 (No. 1's requirements and dormant, free from scallions, damage by peeling within its tolerance), U.S.
#: No. 1 (mature, fairly firm, fairly well shaped, free from decay, wet sunscald, doubles and bottlenecks, free from
#: damage by seedstems, splits, sprouts, sunburn, dry sunken areas, roots, tops, freezing, cracked, watery or
#: translucent scales, mechanical injury, disease and insects; 40 % by weight 2 inches or larger, 30 % for white
#: onions), U.S. Commercial (mature, not soft or spongy, not badly misshapen, free from doubles, damage as No. 1's)
#: and U.S. No. 2 (mature, not soft or spongy, free from decay and wet sunscald, free from serious damage; doubles and
#: shape not held against it). Boilers and Picklers left out (size classes of No. 1). A lot within none of the four
#: is re-sorted by the packer and not kept
ONION_CLASSES = ("U.S. Export No. 1 (No. 1's requirements, dormant, free from damage by peeling)",
                 "U.S. No. 1 (fairly firm, fairly well shaped, free from doubles and damage, 40 % 2 inches up)",
                 "U.S. Commercial (not soft or spongy, not badly misshapen, free from doubles and damage)",
                 "U.S. No. 2 (not soft or spongy, free from decay and serious damage)")
ONION_ROWS = (480, 620, 560, 480)
#: per grade from U.S. Export No. 1 to U.S. No. 2, the limits of the inspector's sample (% by weight): onions failing
#: Export No. 1's requirements (No. 1's and not dormant: any sprout or root growth begun), failing No. 1's (damage,
#: doubles, splits, not fairly firm, not fairly well shaped), failing Commercial's (damage, doubles, soft, badly
#: misshapen), failing No. 2's (serious damage, soft), damaged by peeling, decay or wet sunscald, under 1 1/2 inches
#: and under 2 inches (a white onion's share less 10, its 30 % requirement). The 5 % for defects with 2 % for decay or
#: wet sunscald, 10 % for peeling (U.S. No. 1 and Export No. 1) and 5 % under the minimum size from the tolerance
#: section read (51.2837); Export No. 1's sizes taken as No. 1's (its packing requirements, 51.2840, not read)
ONION_LIMITS = np.array([[5.0, 5.0, 5.0, 5.0, 10.0, 2.0, 5.0, 60.0], [100.0, 5.0, 5.0, 5.0, 10.0, 2.0, 5.0, 60.0],
                         [100.0, 100.0, 5.0, 5.0, 100.0, 2.0, 5.0, 100.0],
                         [100.0, 100.0, 100.0, 5.0, 100.0, 2.0, 5.0, 100.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a sprout's start, a bulb's firmness under the thumb, a double's split or a bruise's depth)
ONION_NEIGHBOURS = ordinal_neighbours(len(ONION_CLASSES))
#: what the grade is set from: the label's basis, not columns
ONION_GRADING = ("the inspector's sample: onions weighed, sized with a ring and cut or scored one by one for maturity, "
                 "firmness, shape, sprouting and dormancy, doubles and splits, sunscald and sunburn, bruises and "
                 "mechanical injury, peeling, neck rot and other decay, the shares against the grade's tolerances",
                 "a sample of bags or bins drawn from the lot at the packer's or the storage's shipping point")


# ---------------------------------------------------------------------- cucumber4: a slicing cucumber lot's grade
#: the 4 classes of ``cucumber4`` (a lot of fresh slicing cucumbers a packer sells, by the grade the inspector sets
#: against the grades' requirements and tolerances), the best first. The United States Standards for Grades of
#: Cucumbers (7 CFR 51.2220-51.2227 as read) list U.S. Fancy, U.S. Extra No. 1, U.S. No. 1, U.S. No. 1 Small, U.S.
#: No. 1 Large and U.S. No. 2; this set takes the four not held to a size class, in the standard's order: U.S. Fancy
#: (well coloured, well formed, not overgrown, fresh, firm, free from decay and sunscald, from injury by scars and
#: from damage by yellowing, sunburn, dirt, freezing, mosaic or other disease, insects, cuts, bruises, mechanical or
#: other means; at most 2 3/8 inches in diameter, at least 6 inches long), U.S. Extra No. 1 (at least 50 % of the lot
#: U.S. Fancy, the rest U.S. No. 1), U.S. No. 1 (fairly well coloured, fairly well formed, free from damage by scars
#: and the rest; the same sizes) and U.S. No. 2 (moderately coloured, not badly deformed, free from decay and damage
#: by freezing, sunscald and cuts, from serious damage by scars, yellowing and the rest; at least 5 inches long).
#: No. 1 Small and No. 1 Large left out (No. 1's size classes). A lot within none is re-sorted and not kept
CUCUMBER_CLASSES = ("U.S. Fancy (well coloured, well formed, free from injury by scars and damage)",
                    "U.S. Extra No. 1 (at least half U.S. Fancy, the rest U.S. No. 1)",
                    "U.S. No. 1 (fairly well coloured, fairly well formed, free from damage)",
                    "U.S. No. 2 (moderately coloured, not badly deformed, free from serious damage)")
CUCUMBER_ROWS = (460, 560, 640, 480)
#: per grade from U.S. Fancy to U.S. No. 2, the limits of the inspector's sample (% by count): cucumbers failing the
#: grade's own requirements (Extra No. 1 counted at No. 1's: colour, shape, crooks and nubbins, overgrown, not fresh
#: or firm, scars, yellowing, mosaic, chilling injury's pitting, bruises, cuts, each at the grade's level), failing
#: U.S. Fancy's (Extra No. 1's 50 %), seriously damaged, decayed and off-size (over 2 3/8 inches in diameter or under
#: the grade's length). The 10 % for defects, 5 % for serious damage and 1 % for decay the author's reading of the
#: usual form (the tolerance section, 51.2227, was not in the excerpts read), as is the 5 % off-size
CUCUMBER_LIMITS = np.array([[10.0, 10.0, 5.0, 1.0, 5.0], [10.0, 50.0, 5.0, 1.0, 5.0], [10.0, 100.0, 5.0, 1.0, 5.0],
                            [10.0, 100.0, 5.0, 1.0, 5.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a cucumber's colour against the chart, a crook's bend or a scar's area)
CUCUMBER_NEIGHBOURS = ordinal_neighbours(len(CUCUMBER_CLASSES))
#: what the grade is set from: the label's basis, not columns
CUCUMBER_GRADING = ("the inspector's sample: cucumbers measured (diameter, length) and scored one by one for colour, "
                    "shape, crooks and nubbins, overgrown seeds, freshness and firmness, scars, yellowing, sunburn, "
                    "mosaic, chilling injury's pitting, bruises and cuts and decay, the shares against the grade's "
                    "tolerances",
                    "a sample of cartons drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- milkrobot6: a milking robot's fault
#: the 6 classes of ``milkrobot6`` (a dairy farm's automatic milking system a service technician is called to after
#: alarms, failed milkings or a milk-quality complaint, by the cause the technician found); left out: the
#: cow-identification or gate system, the feed dispenser, the teat-preparation brushes and the milk cooling tank
MILKROBOT_CLASSES = ("teat-detection camera or laser (dirty, fogged, misaligned or failing: teats not found)",
                     "robot arm or its hydraulics / pneumatics (a cylinder, valve, hose or the air supply: slow, "
                     "drifting, cups dropped)",
                     "vacuum pump or pulsation (low or unstable vacuum, a pulsator or regulator failing)",
                     "milk meter or conductivity sensor (yields misread, false mastitis alerts, milk wrongly diverted)",
                     "cleaning (CIP) system (the wash too cool, detergent or acid dosing, a wash valve or heater)",
                     "teat-cup liners and hoses (worn, split or twisted liners, short milk tubes: slips, leaks)")
MILKROBOT_ROWS = (400, 380, 360, 360, 320, 320)
#: the causes technicians confuse (symmetric): the camera against the arm (failed attachments: teats not found or
#: cups not carried to them) and the liners (a twisted or split liner that slips off a found teat); the arm against
#: the vacuum (cups kicked or dropped: the arm's cord or the vacuum's hold); the vacuum against the liners (slips,
#: kick-offs, slow or incomplete milkings, teat ends and cell counts up); the milk meter against the CIP system (a
#: fouled meter or conductivity cell from a poor wash: false alerts, high bacteria) and the liners (cell counts and
#: conductivity alerts up: a true mastitis from worn liners or a false one from the sensor); the CIP system against the
#: liners (high bacteria counts: a poor wash or worn, cracked liners holding milk)
MILKROBOT_NEIGHBOURS = {0: (1, 5), 1: (0, 2), 2: (1, 5), 3: (4, 5), 4: (3, 5), 5: (0, 2, 3, 4)}


# ---------------------------------------------------------------------- canallock6: a navigation lock's fault
#: the 6 classes of ``canallock6`` (a waterway's navigation lock a maintenance crew is sent to after a fault or a
#: boaters' complaint, by the cause the crew found); left out: the traffic lights and signals, the mains power or
#: standby generator, the lock's bridges and its walls
LOCK_CLASSES = ("gates' hydraulic cylinders or power pack (a leaking cylinder, a pump or low oil: gates slow or "
                "stalling)",
                "gate seals or hinges (worn seals, a worn pintle, quoin or collar: leaking, a gate binding)",
                "filling and emptying valves or sluices (paddles, culvert valves: slow to fill or empty, one stuck)",
                "control system or its PLC (a program, an I/O card, the panel or a relay: out of sequence, stopped)",
                "water-level or position sensors (a level probe or a gate's limit switch misreading: interlocks "
                "refuse)",
                "debris or silt (a log, a trolley or silt at the sill, in the mitre or a culvert: gates or paddles "
                "blocked)")
LOCK_ROWS = (420, 380, 360, 340, 320, 320)
#: the causes crews confuse (symmetric): the hydraulics against the seals or hinges (a gate slow or binding: a weak
#: cylinder or a seized hinge), the valves (hydraulic paddles slow: the same power pack) and the PLC (a gate not
#: moving: the pump or the command); the seals against debris (a gate not sealing: a worn seal or a log at the mitre,
#: the chamber leaking); the valves against debris (slow filling: a paddle failing or a culvert blocked); the PLC
#: against the sensors (an interlock refusing: a program or a wrong reading); the sensors against debris (a gate's
#: limit switch not made: a switch out of adjustment or a gate held open by debris)
LOCK_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 5), 2: (0, 5), 3: (0, 4), 4: (3, 5), 5: (1, 2, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"onion4": ONION_NEIGHBOURS, "cucumber4": CUCUMBER_NEIGHBOURS, "milkrobot6": MILKROBOT_NEIGHBOURS,
              "canallock6": LOCK_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("onion4", "cucumber4")


def _onion_pool(rng, n):
    """The onion pool's records, unseen laws and labels (``onion4``)."""
    variety = (rng.random(n)[:, None] > np.cumsum([0.55, 0.2, 0.15])).sum(1)
    region = (rng.random(n)[:, None] > np.cumsum([0.35, 0.3, 0.15])).sum(1)
    day = np.clip(np.round(245 + np.array([0, -5, 5, -15])[region] + 7 * rng.normal(0, 1, n)), 200, 290)
    curing = np.clip(np.round(14 * np.exp(0.35 * rng.normal(0, 1, n))), 3, 40)
    rain = np.clip(np.array([5.0, 4.0, 25.0, 6.0])[region] * np.exp(1.0 * rng.normal(0, 1, n)), 0, 200)
    stored = np.clip(np.round(np.array([110, 40, 80, 70])[variety] * np.exp(0.7 * rng.normal(0, 1, n))), 0, 270)
    temp = np.clip(np.round(2.0 * np.exp(0.6 * rng.normal(0, 1, n)), 1), 0, 12)
    humidity = np.clip(np.round(68 + 5 * rng.normal(0, 1, n)), 50, 92)
    field = 1.0 * rng.normal(0, 1, n)  # unseen: the grower's field, a logit (thrips, disease, stand, care)
    cure = 0.04 * (curing - 14) - 0.5 * np.log1p(rain / 5) + 0.5 * rng.normal(0, 1, n)  # unseen: how well cured
    sprout = (-6.2 + 0.012 * stored + 0.25 * temp + np.array([0.0, 0.8, 0.2, 0.4])[variety]
              + 0.5 * rng.normal(0, 1, n))  # unseen: the lot's sprouting logit
    z = np.column_stack([
        -5.4 + np.array([0.0, 0.6, 0.2, 0.0])[variety] + 0.5 * rng.normal(0, 1, n) + field,  # doubles, splits
        -4.6 + 0.5 * rng.normal(0, 1, n) + field,  # misshapen, bottlenecks
        -5.4 + 0.008 * stored + 0.05 * (68 - humidity) - 0.4 * cure + 0.5 * rng.normal(0, 1, n) + 0.5 * field,  # soft
        -6.0 + np.array([0.3, 0.0, -0.3, 0.4])[region] + 0.5 * rng.normal(0, 1, n) + field,  # sunscald, sunburn
        -5.6 + 0.5 * rng.normal(0, 1, n) + 0.5 * field,  # bruises, mechanical
        sprout,  # sprouts
        -5.8 + 0.5 * rng.normal(0, 1, n) + field])  # disease, insects (thrips, black mould); unseen, per-lot logits
    peel = 100 * _sig(-3.6 - 0.6 * cure + 0.005 * stored + 0.6 * rng.normal(0, 1, n))  # damage by peeling, %
    decay = 0.4 * np.exp(-0.7 * cure + 0.004 * stored + 0.05 * temp + 0.3 * field + 0.4 * rng.normal(0, 1, n))
    size = (np.array([60.0, 76.0, 56.0, 58.0])[variety] - 3 * field + np.array([0.0, 3.0, -4.0, 2.0])[region]
            + 5 * rng.normal(0, 1, n))  # unseen: the lot's mean diameter, mm
    under = 100 * _sig((38.1 - size) / 5)  # under 1 1/2 inches
    small = 100 * _sig((50.8 - size) / 5) - 10 * (variety == 3)  # under 2 inches by weight, white onions' less 10
    inf = np.inf
    offsets = [[0, 0, 0, 0, 0, -1.0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 1.2, 1.0, 0, 0, 0, 0],
               [inf, inf, 1.0, 1.4, 1.4, 1.4, 1.4]]  # Export (not dormant), No. 1, Commercial, No. 2
    true = np.column_stack([_fails(z, o) for o in offsets] + [peel, decay, under, np.clip(small, 0, 100)])
    seen = np.minimum(true * rng.lognormal(0, 0.1, true.shape), 100)
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), ONION_LIMITS)
    return locals()


def _cucumber_pool(rng, n):
    """The slicing cucumber pool's records, unseen laws and labels (``cucumber4``)."""
    variety = (rng.random(n)[:, None] > np.cumsum([0.35, 0.3, 0.15])).sum(1)
    grown = (rng.random(n) < 0.25).astype(int)  # 0 open field, 1 protected (tunnel, shade house)
    region = (rng.random(n)[:, None] > np.cumsum([0.35, 0.2, 0.25])).sum(1)
    day = np.clip(np.round(np.array([100, 150, 200, 320])[region] + 20 * rng.normal(0, 1, n)), 1, 365)
    interval = np.clip(np.round(2 + 0.6 * rng.normal(0, 1, n)), 1, 5)  # days between pickings
    rain = np.clip(np.array([12.0, 15.0, 10.0, 6.0])[region] * np.exp(1.0 * rng.normal(0, 1, n)) * (1 - 0.7 * grown),
                   0, 200)
    cooling = np.clip(np.round(5 * np.exp(0.6 * rng.normal(0, 1, n)), 1), 0.5, 48)
    stored = np.clip(np.round(3 * np.exp(0.6 * rng.normal(0, 1, n))), 0, 21)
    temp = np.clip(np.round(11 + 1.5 * rng.normal(0, 1, n), 1), 4, 16)
    waxed = (rng.random(n) < 0.6).astype(int)
    field = 1.0 * rng.normal(0, 1, n) - 0.4 * grown  # unseen: the field's condition, a logit (wind, pests, virus)
    colour = (1.0 + np.array([0.0, 0.3, -0.4, 0.1])[variety] - 0.6 * field - 0.5 * (interval - 2) + 0.4 * grown
              + 1.1 * rng.normal(0, 1, n))  # unseen: a logit of the cucumbers well coloured
    shape = -3.4 + np.array([0.0, -0.2, 0.4, 0.1])[variety] + 0.8 * field + 0.5 * rng.normal(0, 1, n)  # crooks
    scar = -4.0 + 0.2 * np.log1p(rain) + field + 0.5 * rng.normal(0, 1, n)  # scars (wind, sand, handling)
    other = -4.6 + field + 0.5 * rng.normal(0, 1, n)  # yellowing, sunburn, mosaic, insects, bruises, cuts
    chill = (-6.0 + 0.6 * np.maximum(0, 10 - temp) + 0.05 * stored - 0.4 * waxed
             + 0.5 * rng.normal(0, 1, n))  # chilling injury's pitting
    shrivel = -5.0 + 0.05 * cooling + 0.1 * stored - 0.6 * waxed + 0.5 * rng.normal(0, 1, n)  # not fresh or firm
    diameter = 50 + 2.5 * (interval - 2) + np.array([0.0, 1.0, 2.0, -1.0])[variety] + 1.5 * rng.normal(0, 1, n)
    length = 205 + 5 * (interval - 2) - 8 * field + 10 * rng.normal(0, 1, n)  # unseen: the lot's means, mm
    decay = 0.15 * np.exp(0.3 * np.log1p(rain) + 0.04 * stored + 0.04 * cooling + 0.3 * field
                          + 0.4 * rng.normal(0, 1, n))  # unseen, %
    z = np.column_stack([-colour, shape, scar, other, chill, shrivel])
    inf = np.inf
    fancy = _fails(z, [0, 0, -1.5, 0, 0, 0])  # well coloured, well formed, injury by scars, damage
    no1 = _fails(z, [3.5, 1.2, 0, 0, 0, 0])  # fairly well coloured, fairly well formed, damage
    no2 = _fails(z, [5.0, 2.6, 1.5, 1.5, 1.5, 0])  # moderately coloured, not badly deformed, serious damage
    serious = _fails(z, [inf, inf, 1.5, 1.5, 1.5, inf])
    over = 100 * _sig((diameter - 60.3) / 2.0)
    off6 = np.minimum(100, over + 100 * _sig((152.4 - length) / 10))
    off5 = np.minimum(100, over + 100 * _sig((127 - length) / 10))
    shares = [np.column_stack([own, fancy, serious, decay, off]) for own, off in
              ((fancy, off6), (no1, off6), (no1, off6), (no2, off5))]
    true = np.stack(shares, axis=1)
    seen = np.minimum(true * rng.lognormal(0, 0.1, (n, 1, 5)), 100)
    label = _grade(seen, CUCUMBER_LIMITS)
    return locals()


def onion4():
    """Lots of dry bulb onions a packer or storage operator sells, with the grade the inspector sets in 4 steps
    (``ONION_CLASSES``; the best grade whose ``ONION_LIMITS`` the inspector's sample meets, a lot within none not
    kept; ``ONION_GRADING`` the label's basis and not columns), as the lot's records and the packer's simple measures
    apart from the grade describe them. Unseen: the grower's field (one per-lot logit: more doubles, misshapen,
    sunscalded and diseased onions, smaller bulbs), the curing's quality (the curing days, rain at curing against it),
    the lot's sprouting (days in storage, the store's temperature, the sweet Spanish more) and each defect's per-lot
    logit: doubles and splits, misshapen or bottlenecked, soft or spongy (days stored, dry air, poor curing),
    sunscald, bruises, sprouts, disease and insects; an onion fails U.S. No. 1 at damage by any (logit offset 0), U.S.
    Export No. 1 also when not dormant (sprouts at -1.0), U.S. Commercial at damage with shape and softness held only
    when badly misshapen (1.2) or soft (1.0), U.S. No. 2 at serious damage (1.4) or soft, doubles and shape not held;
    damage by peeling (poor curing, days stored), decay and wet sunscald (poor curing, days stored, the store's
    temperature, the field) and the bulbs' sizes apart. The inspector reads each share with a sample's error (log
    spread 0.1). Columns: the variety (0 a long-day yellow storage onion, 1 a sweet Spanish yellow, 2 a red, 3 a
    white), the region (0 Idaho and Eastern Oregon, 1 Washington's Columbia Basin, 2 New York or Michigan muck, 3
    Colorado or California), the harvest's day of the year, the curing days, the rain while curing (mm), the days in
    storage, the store's temperature (C), its relative humidity (%), the sizer's mean bulb diameter (mm), the lot's
    shrink in storage (% of weight), the firmness (a hand durometer, 0-100), the line's cull-out (%) and the onions of
    100 cut with a sprout begun (13). Imbalanced: 480 / 620 / 560 / 480 rows (2,140)."""
    rng = np.random.default_rng(126101)
    p = _onion_pool(rng, 200000)
    n, z, true, stored, temp = len(p["label"]), p["z"], p["true"], p["stored"], p["temp"]
    keep = _keep(rng, p["label"], ONION_ROWS)
    x = np.column_stack([
        p["variety"], p["region"], p["day"], p["curing"], np.round(p["rain"], 1), stored, temp, p["humidity"],
        np.round(np.clip(p["size"] + 1.0 * rng.normal(0, 1, n), 30, 110), 1),
        np.round(np.clip(0.5 + 0.015 * stored * np.exp(0.05 * (temp - 2) + 0.02 * (68 - p["humidity"])
                                                       + 0.3 * rng.normal(0, 1, n)), 0, 30), 1),
        np.round(np.clip(80 - 6 * (z[:, 2] + 5.4) + 2 * rng.normal(0, 1, n), 0, 100)),
        np.round(np.clip((true[:, 1] + true[:, 2] + true[:, 6]) * rng.lognormal(0, 0.08, n), 0.1, 90), 1),
        rng.binomial(100, _sig(z[:, 5] + 1.0))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def cucumber4():
    """Lots of fresh slicing cucumbers a packer sells, with the grade the inspector sets in 4 steps
    (``CUCUMBER_CLASSES``; the best grade whose ``CUCUMBER_LIMITS`` the inspector's sample meets, each grade's shares
    counted at its own requirements, a lot within none not kept; ``CUCUMBER_GRADING`` the label's basis and not
    columns), as the lot's records and the packer's simple measures apart from the grade describe them. Unseen: the
    field's condition (one per-lot logit: poorer colour, more crooks, scars and other defects, shorter fruit; better
    under cover), the lot's colour (a logit: the variety, the days between pickings against it, the field), each
    defect's per-lot logit: crooks and nubbins, scars (rain, the field), yellowing, sunburn, mosaic, insects, bruises
    and cuts, chilling injury's pitting (the store under 10 C, days stored, waxing against it), shrivelled or soft
    (the hours to cooling, days stored, waxing against it); U.S. Fancy fails a cucumber not well coloured or well
    formed (logit offsets 0), injured by scars (-1.5) or damaged (0); U.S. No. 1 not fairly well coloured (3.5), not
    fairly well formed (1.2) or damaged (0); U.S. No. 2 not moderately coloured (5.0), badly deformed (2.6) or
    seriously damaged (1.5); decay (rain, days stored, the hours to cooling, the field), the mean diameter (the days
    between pickings) and length apart. The inspector reads each share with a sample's error (log spread 0.1).
    Columns: the variety (0 a Dasher-type hybrid slicer, 1 a Speedway-type, 2 a Marketmore-type open-pollinated, 3
    another), grown (0 open field, 1 protected: tunnel or shade house), the region (0 Florida, 1 Georgia or the
    Carolinas, 2 Michigan or another northern state, 3 Mexico, winter), the harvest's day of the year, the days
    between pickings, the rain in the week before harvest (mm), the hours from picking to cooling, the days in storage,
    the store's temperature (C), waxed (0 no, 1 yes), the colour camera's dark-green cucumbers (%), the sizer's mean
    diameter (mm), the line's cull-out (%) and the shrivelled or pitted of 30 after a two days' hold (14).
    Imbalanced: 460 / 560 / 640 / 480 rows (2,140)."""
    rng = np.random.default_rng(126202)
    p = _cucumber_pool(rng, 200000)
    n, z, true = len(p["label"]), p["z"], p["true"]
    keep = _keep(rng, p["label"], CUCUMBER_ROWS)
    x = np.column_stack([
        p["variety"], p["grown"], p["region"], p["day"], p["interval"], np.round(p["rain"], 1), p["cooling"],
        p["stored"], p["temp"], p["waxed"],
        np.round(100 * _sig(p["colour"] + 0.5 * rng.normal(0, 1, n)), 1),
        np.round(np.clip(p["diameter"] + 1.0 * rng.normal(0, 1, n), 30, 80), 1),
        np.round(np.clip((true[:, 2, 0] + true[:, 2, 4]) * rng.lognormal(0, 0.2, n), 0.1, 90), 1),
        rng.binomial(30, _sig(np.maximum(z[:, 4], z[:, 5]) + 1.5))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``milkrobot6``, the chances of the robot's make (0 Lely, 1 DeLaval, 2 GEA, 3 another)
MILKROBOT_MAKE = np.array([[0.45, 0.30, 0.15, 0.10], [0.40, 0.30, 0.20, 0.10], [0.40, 0.35, 0.15, 0.10],
                           [0.45, 0.30, 0.15, 0.10], [0.40, 0.30, 0.15, 0.15], [0.45, 0.30, 0.15, 0.10]])
#: per cause of ``milkrobot6``, the chances of the barn's cow traffic (0 free, 1 guided milk-first, 2 guided
#: feed-first)
MILKROBOT_TRAFFIC = np.array([[0.50, 0.35, 0.15], [0.45, 0.40, 0.15], [0.50, 0.35, 0.15], [0.55, 0.30, 0.15],
                              [0.50, 0.35, 0.15], [0.45, 0.35, 0.20]])
#: per cause of ``milkrobot6``, the chances of the call (0 failed attachments, 1 incomplete milkings or kick-offs, 2
#: a high bulk-tank cell count, 3 a high bacteria count, 4 conductivity or mastitis alerts, milk diverted, 5 a robot
#: stop or an error alarm)
MILKROBOT_CALL = np.array([[0.60, 0.10, 0.02, 0.01, 0.02, 0.25], [0.40, 0.20, 0.02, 0.01, 0.02, 0.35],
                           [0.10, 0.50, 0.15, 0.02, 0.05, 0.18], [0.03, 0.07, 0.15, 0.05, 0.55, 0.15],
                           [0.02, 0.03, 0.15, 0.60, 0.05, 0.15], [0.15, 0.35, 0.25, 0.10, 0.10, 0.05]])
#: per cause of ``milkrobot6``, the medians of the robot's records and the technician's simple measures: its age
#: (years), the cows it milks, the failed attachments (% of milking visits, the last 7 days), the mean attach time
#: (s), the incomplete milkings (% of milkings, the last 7 days), the kick-offs a hundred milkings, the vacuum test's
#: difference from the set level (kPa, its size), the bulk tank's somatic cell count (thousand a ml), its bacteria
#: count (thousand cfu a ml), the conductivity alerts a hundred cows a day, the wash's return water temperature (C)
#: and the liners' days since their last change
MILKROBOT_TABLE = np.array([
    # age  cows  fail  attach incompl kick vac  scc    tbc   cond  wash  liner
    [6.0, 60.0, 9.0, 30.0, 4.0, 1.5, 0.5, 200.0, 12.0, 3.0, 72.0, 45.0],  # camera or laser
    [8.0, 62.0, 6.0, 45.0, 5.0, 3.5, 0.6, 200.0, 12.0, 3.0, 72.0, 45.0],  # arm or its hydraulics / pneumatics
    [7.0, 60.0, 3.0, 28.0, 9.0, 4.0, 3.0, 260.0, 12.0, 3.5, 72.0, 45.0],  # vacuum pump or pulsation
    [6.0, 60.0, 2.5, 27.0, 4.0, 1.5, 0.5, 210.0, 14.0, 12.0, 72.0, 45.0],  # milk meter or conductivity sensor
    [6.0, 60.0, 2.5, 27.0, 4.0, 1.5, 0.5, 230.0, 60.0, 4.0, 55.0, 45.0],  # cleaning (CIP)
    [6.0, 60.0, 4.5, 29.0, 7.0, 2.5, 0.8, 320.0, 25.0, 5.0, 72.0, 75.0],  # liners and hoses
])
MILKROBOT_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11]
MILKROBOT_KINDS = [("log", 0.4, 0.2), ("log", 0.15, 0), ("log", 0.5, 0.1), ("log", 0.2, 0.05), ("log", 0.5, 0.1),
                   ("log", 0.5, 0.1), ("log", 0.6, 0), ("log", 0.4, 0.05), ("log", 0.7, 0), ("log", 0.5, 0),
                   ("norm", 5.0, 0), ("log", 0.4, 0.15)]


def milkrobot6():
    """Dairy farms' automatic milking systems a service technician is called to after alarms, failed milkings or a
    milk-quality complaint, in 6 causes technicians confuse (``MILKROBOT_CLASSES``), labelled by the technician's
    finding, as the robot's records, the call and the technician's simple measures apart from it describe them. Each
    cause has its picture (``MILKROBOT_MAKE``, ``MILKROBOT_TRAFFIC``, ``MILKROBOT_CALL``, ``MILKROBOT_TABLE``; each
    class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the camera failed attachments, the most of
    them; the arm robot stops and failed attachments, the longest attach time, the oldest robots; the vacuum
    incomplete milkings, the kick-offs, the vacuum off its level; the milk meter conductivity alerts, the most of them;
    the CIP system a high bacteria count, the coolest wash; the liners incomplete milkings and cell counts, the highest
    cell count, the liners longest unchanged. Unseen: the robot's wear (one per-row factor raising the age, the failed
    attachments, the attach time, the incomplete milkings, the kick-offs, the cell count and the liners' days).
    Columns: the make (0-3), the traffic (0-2), the call (0-5), then the table's 12 (the age to a tenth within 0.1-25
    years, the cows counted within 20-90, the failed attachments and the incomplete milkings to a tenth within 0.1-60
    %, the attach time to a tenth within 10-150 s, the kick-offs to a tenth within 0-40, the vacuum's difference to a
    tenth within 0-15 kPa, the cell count to the unit within 30-2,000, the bacteria count to a tenth within 1-1,000,
    the alerts to a tenth within 0-60, the wash's temperature to a tenth within 30-90 C, the liners' days counted
    within 1-400) (15). Imbalanced: 400 / 380 / 360 / 360 / 320 / 320 rows (2,140)."""
    rng = np.random.default_rng(126303)
    y = rng.permutation(np.repeat(np.arange(len(MILKROBOT_CLASSES)), MILKROBOT_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (MILKROBOT_MAKE, MILKROBOT_TRAFFIC, MILKROBOT_CALL)]
    t = _pull(MILKROBOT_TABLE, MILKROBOT_NEIGHBOURS, 0.3, MILKROBOT_LOGS)[y]
    x = _draw(rng, t, MILKROBOT_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.1, 25, 1), (1, 20, 90, 0), (2, 0.1, 60, 1), (3, 10, 150, 1), (4, 0.1, 60, 1),
                                 (5, 0, 40, 1), (6, 0, 15, 1), (7, 30, 2000, 0), (8, 1, 1000, 1), (9, 0, 60, 1),
                                 (10, 30, 90, 1), (11, 1, 400, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``canallock6``, the chances of the gates (0 mitre gates, 1 sector or radial gates, 2 vertical-lift
#: or guillotine gates)
LOCK_GATES = np.array([[0.55, 0.25, 0.20], [0.70, 0.15, 0.15], [0.60, 0.20, 0.20], [0.55, 0.25, 0.20],
                       [0.55, 0.25, 0.20], [0.65, 0.20, 0.15]])
#: per cause of ``canallock6``, the chances of the report's source (0 the control system's alarm, 1 the
#: lock-keeper, 2 a boater's complaint, 3 a routine inspection)
LOCK_SOURCE = np.array([[0.35, 0.35, 0.15, 0.15], [0.10, 0.35, 0.25, 0.30], [0.20, 0.40, 0.25, 0.15],
                        [0.55, 0.30, 0.10, 0.05], [0.45, 0.35, 0.10, 0.10], [0.15, 0.40, 0.35, 0.10]])
#: per cause of ``canallock6``, the chances of the complaint (0 a gate not opening or closing fully, 1 a gate slow
#: or jerky, 2 the chamber leaking or not holding its level, 3 slow filling or emptying or a paddle stuck, 4 the lock
#: stopped or out of sequence, 5 an interlock refusing (levels not made), 6 a noise or oil on the water)
LOCK_COMPLAINT = np.array([[0.25, 0.35, 0.02, 0.08, 0.10, 0.02, 0.18], [0.25, 0.15, 0.40, 0.02, 0.02, 0.04, 0.12],
                           [0.05, 0.03, 0.10, 0.65, 0.07, 0.07, 0.03], [0.10, 0.05, 0.02, 0.05, 0.60, 0.15, 0.03],
                           [0.15, 0.02, 0.03, 0.05, 0.20, 0.53, 0.02], [0.40, 0.05, 0.20, 0.20, 0.02, 0.08, 0.05]])
#: per cause of ``canallock6``, the medians of the lock's records and the crew's simple measures: the years since the
#: lock's last overhaul, the lockages a day (the last 7 days), the gates' cycle time (s, opening or closing), the
#: power pack's working pressure (bar), the chamber's level drop with the gates and paddles shut (cm an hour), the
#: fill time (min), the control system's fault codes over the last 30 days, the level readings' difference from the
#: staff gauge (cm, its size), the gates' limit-switch faults over the last 30 days, the river's flow (% of its mean)
#: and the silt at the sill or in the gate recess (cm, a sounding)
LOCK_TABLE = np.array([
    # years lockd cycle press drop  fill  plc   level limit flow   silt
    [15.0, 20.0, 140.0, 95.0, 3.0, 9.0, 3.0, 2.0, 2.0, 100.0, 10.0],  # hydraulics
    [22.0, 20.0, 110.0, 175.0, 15.0, 9.0, 2.0, 2.0, 3.0, 100.0, 10.0],  # seals or hinges
    [18.0, 20.0, 90.0, 140.0, 4.0, 16.0, 3.0, 2.0, 2.0, 100.0, 12.0],  # valves or sluices
    [12.0, 22.0, 90.0, 150.0, 3.0, 9.0, 20.0, 3.0, 3.0, 100.0, 10.0],  # control system or PLC
    [12.0, 20.0, 90.0, 150.0, 3.0, 9.0, 6.0, 12.0, 10.0, 100.0, 10.0],  # level or position sensors
    [15.0, 18.0, 100.0, 160.0, 8.0, 12.0, 3.0, 3.0, 6.0, 180.0, 35.0],  # debris or silt
])
LOCK_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
LOCK_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0), ("log", 0.25, 0.05), ("log", 0.2, 0), ("log", 0.6, 0.1),
              ("log", 0.25, 0.05), ("count", 0.6, 0.1), ("log", 0.7, 0), ("count", 0.6, 0.1), ("log", 0.5, 0),
              ("log", 0.5, 0)]


def canallock6():
    """A waterway's navigation locks a maintenance crew is sent to after a fault or a boaters' complaint, in 6 causes
    crews confuse (``LOCK_CLASSES``), labelled by the crew's finding, as the lock's records, the report, the complaint
    and the crew's simple measures apart from it describe them. Each cause has its picture (``LOCK_GATES``,
    ``LOCK_SOURCE``, ``LOCK_COMPLAINT``, ``LOCK_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its
    neighbours'): the hydraulics a gate slow, the longest cycle, the lowest pressure; the seals or hinges the chamber
    leaking, the biggest level drop, the highest pressure (a binding hinge), the longest since overhaul; the valves
    slow filling, the longest fill time; the PLC the lock stopped or out of sequence, the most fault codes; the sensors
    an interlock refusing, the level off the gauge, the limit-switch faults; debris a gate not closing, the river
    high, the most silt. Unseen: the lock's wear (one per-row factor raising the years since overhaul, the cycle and
    fill times, the level drop and the logged faults). Columns: the gates (0-2), the source (0-3), the complaint
    (0-6), then the table's 11 (the years to a tenth within 0.5-60, the lockages to a tenth within 0.5-150, the cycle
    time to the second within 20-600, the pressure to the bar within 20-300, the level drop to a tenth within 0-100 cm
    an hour, the fill time to a tenth within 2-60 min, the fault codes and the limit-switch faults counted (within
    0-200), the level difference to a tenth within 0-100 cm, the flow to the unit within 10-800 %, the silt to the cm
    within 0-200) (14). Imbalanced: 420 / 380 / 360 / 340 / 320 / 320 rows (2,140)."""
    rng = np.random.default_rng(126404)
    y = rng.permutation(np.repeat(np.arange(len(LOCK_CLASSES)), LOCK_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (LOCK_GATES, LOCK_SOURCE, LOCK_COMPLAINT)]
    t = _pull(LOCK_TABLE, LOCK_NEIGHBOURS, 0.3, LOCK_LOGS)[y]
    x = _draw(rng, t, LOCK_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 60, 1), (1, 0.5, 150, 1), (2, 20, 600, 0), (3, 20, 300, 0), (4, 0, 100, 1),
                                 (5, 2, 60, 1), (6, 0, 200, 0), (7, 0, 100, 1), (8, 0, 200, 0), (9, 10, 800, 0),
                                 (10, 0, 200, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND126`` lists them (the ordered sets first)
GENERATORS = {"onion4": onion4, "cucumber4": cucumber4, "milkrobot6": milkrobot6, "canallock6": canallock6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND126_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "onion4": (2140, 13, ONION_ROWS),
    "cucumber4": (2140, 14, CUCUMBER_ROWS),
    "milkrobot6": (2140, 15, MILKROBOT_ROWS),
    "canallock6": (2140, 14, LOCK_ROWS),
}
ROUND126 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
