"""Round 136's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s69/setnames136.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (strawberry4 0, spinach4 0,
brewery6 0, hydropower6 0) and two ``grep -n -i -E`` of stems (the matching lines cut to 60 characters: their number
and name): strawb, berr, spinach, leaf, leafy, veget, brew, beer, bottl, packag, can, label, hydro, turbin, dam,
generat, transform, switch, outage, excit, governor and water, which printed ``beer10`` (line 44), ``watermass8``
(112), ``volcanic8`` (116), ``outage6`` (241), ``poolwater6`` (256), ``hydroneph5`` (327), ``whitewater6`` (355),
``turbine6`` (400), ``cardamom4`` (466), ``canallock6`` (489), ``pecan4`` (495), ``transformer6`` (500),
``cantaloupe4`` (507) and ``bottling6`` (517); then fruit, grade, produce, cull, lettuce, kale, greens, power, plant,
scada, grid, river, stop, fault, line, fill, pasteur, conveyor, intake, penstock and shipp, which printed ``grade6``
(13), ``powerq8`` (40), ``pipeline8`` (133), ``winefault8`` (144), ``liftfault8`` (169), ``srvfault6`` (188),
``sortline6`` (209), ``wfdriver5`` (223), ``bbfault6`` (224), ``cncfault7`` (293), ``escalfault6`` (337),
``breadfault6`` (357), ``conveyor6`` (377) and ``lettuce4`` (522) (none opened; the file's count line and its other
names were not read; the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these). The
near ones: ``bottling6`` is round 133's bottling line's stoppages (its module's first 2,000 characters name it, with
the stems bottl, brew, beer, filler, label and packag): the nearest of all, the same kind of line as brewery6; not
opened beyond those characters: brewery6's causes, columns, laws and neighbour map were written without it;
``conveyor6`` perhaps a conveyor's faults (near brewery6's conveyors); ``beer10`` likely beer styles (round 30's
docstring names "beer styles": the product, not the line); ``lettuce4`` likely a lettuce's U.S. grades (another leafy
vegetable's grades, near spinach4; not opened: spinach4's grades, columns, laws and map were written from the spinach
pages without it); ``turbine6`` perhaps a wind or water turbine's faults, ``transformer6`` perhaps a transformer's
faults (round 30's docstring names transformer oil gases), ``outage6`` perhaps a grid's outages and ``powerq8`` power
quality events (each near hydropower6 by a word, not opened); the others caught only by the stems. The names and the
fields were fixed by the lead. As in rounds 124-134, the two graded sets simulate a pool (200,000 lots), label each the
way its field does and keep a fixed number of each class (``_keep``, shuffled; the culls and below grade take any lot);
the two unordered sets draw their classes' rows from a table of each class's medians (``_pull``ed 0.3 of the way
toward its neighbours; ``_draw`` draws the columns about them), with categorical columns drawn from per-class tables of
chances (``_cat``, round 134's function). Two sets have ORDERED classes (``ORDERED``): lots of fresh strawberries a
shipping point's inspector grades, in four grades in order (U.S. No. 1, U.S. Combination, U.S. No. 2, below grade),
labelled by the share of the sample's berries failing No. 1's requirements (or No. 2's, for No. 2: under-coloured,
soft, deformed, the cap missing, bruised, dirty: ``_fails`` at the levels of damage and serious damage), the serious
damage, the decay and the undersize against each grade's tolerances (``STRAWBERRY_LIMITS``; ``STRAWBERRY_GRADING``,
not columns); and lots of fresh bunched spinach, in four grades in order (U.S. Extra No. 1, U.S. No. 1, U.S.
Commercial, below grade), labelled by the share of the plants failing the grade's requirements (dirt, trimming,
seedstems and coarse stalks, yellowing, wilting, disease and insects; Extra No. 1's level stricter), the serious
damage and the decay against each grade's tolerances (``SPINACH_LIMITS``; ``SPINACH_GRADING``); each described by the
cooler's or the packing shed's records and simple measures apart from the grade. Two have UNORDERED classes: a
brewery's bottling line's unplanned stops, in 6 causes its maintenance crew confuses (the depalletiser and the bottle
washer, the filler and its valves, the crowner / seamer, the tunnel pasteuriser, the labeller, the packer and the
conveyors between the machines; product changes and cleaning in place left out); and a hydropower plant's forced
outages, in 6 causes its engineers confuse (the intake with its trash racks and gates, the turbine with its wicket
gates and governor, the generator and its excitation, the main transformer and the switchyard, the cooling water and
the station auxiliaries, the protection and control system; low water and planned maintenance left out); each
described by the logs, the shift's or the outage's report and the crew's or engineers' measures. ``NEIGHBOURS`` names
each set's neighbour map (``STRAWBERRY_NEIGHBOURS``, ``SPINACH_NEIGHBOURS``, ``BREWERY_NEIGHBOURS``,
``HYDRO_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows and
limits, before any generator was written or ran: commit 7a6d3e4b; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
strawberry4,spinach4,brewery6,hydropower6``, ``--data round136``).

The author opened only: its brief (``/tmp/s69/brief136.md``, with ``cat``); ``docs/data-authors.md`` (all, with
``cat``, after ``date``, the worktree's creation and ``mkdir -p /tmp/round136``, in the same command; not edited);
``benchmarks/data_quality_round134.py`` (all, with ``cat``, after a ``wc -l`` of it, its tests, the common helpers and
``tests/round_checks.py``; the display left out lines 145-409, then ``sed -n 145,409p``; not edited);
``tests/test_data_quality_round134.py``, ``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py``
(all, with ``cat`` in one command; not edited); round 30's module docstring (printed through ``ast``, cut at its first
3,000 characters by a slice) and the first 2,000 characters of rounds 131's, 132's and 133's modules (``head -c
2000``, in the same command); ``/tmp/s69/setnames136.txt`` (as above); ``benchmarks/data_quality_actions.py`` through a
``grep -n -i round134`` piped through ``grep -v BLIND_ROUND`` (hits 174, 264 and 622), then lines 171-176, 260-266
and 619-625 (``sed -n`` each through ``grep -v BLIND_ROUND``, in the command that also printed
``tests/test_architecture.py`` lines 1-110 with ``sed -n 1,110p``; ``BLIND_ROUND``'s value was not printed: the first
comment line after the ``ROUNDS`` entry, describing the blind round (its example names a round), and the next were
printed and not changed), edited with a Python string replacement, each old string asserted to occur once (the import
after round 134's, the ``ROUNDS`` entry ``136: ROUND136_GENERATORS`` after 134's, the help's round134 and round 134's;
``BLIND_ROUND`` and its comment not touched; round 135, written beside, registers its own lines; checked with a ``grep
-n -i round136`` through ``grep -v BLIND_ROUND`` (hits 175, 266, 624), an ``awk`` for lines over 120 characters (none),
a scratch import of ``ROUNDS``' last keys, ``round_of`` and ``split`` of each name, and ``git diff --numstat``, 5 lines
added, 3 removed). No ``git log`` ran but ``git log --oneline -1`` after each commit (and ``git log --oneline
main..HEAD`` at the end); ``git diff --numstat``, ``git status --short`` and ``git show HEAD:`` of this module (the
author's own commit, to compare the one change's rows with the earlier ones) of the worktree's own changes. The
scratch scripts (``/tmp/round136/``) ran from the worktree with ``PYTHONPATH=.``. The neighbour maps were checked with
``round_checks.check_neighbours`` (and the rows' sums, the spinach limits' order) before the first commit. Before the
generators' commit (aef24130, with the registration) the four generators were run only to check that they ran, their
shapes, dtypes, finiteness, determinism, class counts, first rows and time (0.30-0.59 s strawberry4, 0.18-0.19 s
spinach4, under 0.01 s the others); spinach4's ``_keep`` first raised (a class empty), and the spinach pool's class
counts were printed (a slip against round 134's practice: 0 / 20,349 / 74,865 / 104,786 lots): every defect's base
logit was lowered by 0.7-0.9 and Extra No. 1's stricter level moved from offsets -0.8 (dirt) and -0.4 (the others) to
-0.4 and -0.2, and the counts printed once more (10,917 / 90,715 / 46,204 / 52,164), all before the generators'
commit and before any difficulty measure. After that commit the MLP's figures (train and test, seeds 0 and 1), the
baseline's error, the share between neighbours, the eight commonest error pairs and the class error rates were printed
once for all four sets (the script's output filtered through ``grep -v Warning``). brewery6 and hydropower6 met the
aims and were not changed. strawberry4 missed the MLP's aim and the baseline's, spinach4 the baseline's (and its MLP
was below 60 % with seed 1); they had their one change each (8e316d57, both in one commit; the labels and every other
column untouched, the same random numbers used in the same order, checked by comparing the rows with the committed
generators'): strawberry4's tenth column, the refractometer's Brix (the ripening, the season and this draw), became the
cooler's receiving check's berries off U.S. No. 1 (the lot's share failing No. 1's requirements within about 20 %,
the same normal draw), and its leaking clamshells came within about 25 % (was 50 %, the same draw); spinach4's tenth
column, the bunch's weight (the days since planting and this draw), became the packing shed's quality check's plants
off grade at the damage level (within about 20 %, the same draw), and its last, the packing line's trimmings, the
quality check's decayed plants (within about 25 %, the same draw). Then their figures were printed once more (the
same script, these two sets): spinach4 meets the aims; **strawberry4 still misses the baseline's aim, kept and
said**. Then the class medians and means, the categorical columns' shares by class and each set's first row were
printed once, to write the tests and this docstring; no set was changed after. No function of the detector or the
filter was called.

Public sources were searched (four searches of stored pages, read only as the searches' excerpts): strawberries (a
reprint of the U.S. grades at sizes.com: U.S. No. 1 of one variety, at least 3/4 inch, three quarters of the surface
pink or red, the cap attached, firm, not overripe or undeveloped, free from decay and damage, 10 % off grade in a lot
with not more than 5 % serious damage and 2 % decay, 5 % under the size; U.S. Combination No. 1 and No. 2 together with
at least 80 % by volume meeting No. 1 (65 % in any container), 10 % serious damage, 2 % decay, 3/4 inch; U.S. No. 2 at
least 5/8 inch and half coloured, the cap not required, 10 % serious damage, 3 % decay; serious damage: soft, badly
deformed, badly bruised, decayed or leaky, badly caked with dirt, less than half coloured; fooduniversity's page of the
same; the AMS page for washed and sorted strawberries for freezing; the title page of the 2004 inspection
instructions); spinach (fooduniversity: the grades U.S. Extra No. 1, U.S. No. 1 and U.S. Commercial; Extra No. 1 fairly
clean, well trimmed, free from coarse stalks, seed stems, seed buds, crowns, roots and burs, from decay and from damage
by clusters of leaves, wilting, discoloration, freezing, foreign material, disease, insects or mechanical means; a
produce guide: spinach leaves' three grades with 5 / 10 / 20 % tolerances and 1 % decay, and bunched spinach's two
grades, U.S. No. 1 and No. 2 (the damage and the serious damage levels); hydro- or vacuum-cooling after harvest); the
brewery's line (a page on craft packaging lines stopping every 11-12 minutes at about 50 % production time, with
bottlenecks downstream (the labeller, the packer, the palletiser); a packaging overview: depalletising, rinsing,
filling, capping or seaming, pasteurising at about 50-70 deg C, labelling, packing, palletising, with conveyors and
accumulation tables between, a slipped label or a broken bottle stopping the line; a page naming the filler the
line's constraint and the labeller's refills the commonest cause of the filler's stops; the contents of a beer
packaging book's first chapter and of a brewing journal's review of bottling); hydropower (a handbook chapter's
contents: the turbine, the flow control, the generator and its terminal equipment, the step-up transformer, the
excitation, the governor, the control and protection systems, the plant's auxiliaries; a page naming the components
behind most unplanned downtime: the wicket gates and their actuators, the runners and bearings, the generators and
excitation, the transformers, the control systems, the cooling and lubrication circuits, protection failing too late
or too often; the titles and contents of an insurer's data sheet on hydroelectric plants and of an EPRI report). No
source gave the classes' or causes' shares or any record's values by class; no source gave an inspector's error.
``STRAWBERRY_LIMITS`` is the standard's as read (the Combination's per-container 65 % left out); ``SPINACH_LIMITS``
takes the read leaves' tolerances (5 / 10 / 20 %, 1 % decay) for the lead's bunched grades (the source names two
bunched grades, No. 1 and No. 2: the lead's names were kept, the discrepancy said), with the serious damage within
them (half) the author's; the brewery's and the plant's causes, confusions and measures are the author's own.

The rest is the author's own reading of the fields, not checked: every number of the strawberry pool (the blocks',
the crews', the varieties' shares and effects, the season's days, the days between pickings, the rain, the heat, the
hours to cooling, the pulp's temperature, the handling, the ripening, the size and the berries' diameter (27 mm at
the lot's mean, 5 mm within it), the form, the wetness, each defect's logit, the levels' offsets (0 for No. 1; 1.5
for the colour and 2.2 for the others at No. 2's, the cap not held against No. 2), the decay's law, the inspector's
errors, the weight, the firmness, the leaking clamshells, the check's berries off No. 1); every number of the spinach
pool (the fields, the leaf types, the crews, the days since planting ``uniform(38, 62)``, the rain, the heat, the
hours, the chlorine, the pulp, the trimming, the soil, the bolting, the mildew, each defect's logit, Extra No. 1's
offsets -0.4 and -0.2, serious damage at 2.2, the decay's law, the inspector's errors, the greenness, the stalks, the
check's plants off grade and decayed plants); every number in ``BREWERY_FOUND``, ``BREWERY_PACKAGE``,
``BREWERY_SHIFT``, ``BREWERY_TABLE``, ``BREWERY_KINDS`` and in ``HYDRO_FOUND``, ``HYDRO_SEASON``, ``HYDRO_UNIT``,
``HYDRO_TABLE``, ``HYDRO_KINDS``; the classes' rows (the brief's "unequal as in round 134"). The helpers imported
from round 5 (``main``, ``ordinal_neighbours``) are used as round 134 uses them (``main`` was not run); ``_keep``,
``_pull``, ``_sig``, ``_draw``, ``_fails`` and ``_grade`` are imported from ``benchmarks/data_quality_round_common.py``;
``_cat`` is round 134's. No detector or filter ran on these sets, and the benchmark did not; the difficulty below and
the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same
calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
strawberry4   2,140  4 (600 / 520 / 560 / 460), ordered        76.7 / 69.5 | 76.0 / 69.2       43.4     85 %
spinach4      2,140  4 (480 / 640 / 560 / 460), ordered        81.5 / 72.0 | 78.9 / 73.6       39.3     90 %
brewery6      2,140  6 (420 / 380 / 300 / 340 / 400 / 300)     76.3 / 69.5 | 76.0 / 71.2       34.9     76 %
hydropower6   2,140  6 (320 / 380 / 400 / 300 / 360 / 380)     76.6 / 72.5 | 75.1 / 70.5       34.3     81 %

The aims (the brief's): MLP 60-90 % test accuracy, the baseline's error 15-40 %, at least 60 % of its errors between
neighbours. brewery6 and hydropower6 met them as first measured. strawberry4 missed the MLP's (52.7 % and 59.4 % test,
59.9 % and 62.2 % train) and the baseline's (52.6 %, 75 % between) at its first measure, spinach4 the baseline's (50.6
%, 79 % between; its MLP 60.0 % and 57.4 % test, 66.0 % and 65.8 % train); after the one change (above) spinach4 meets
them all and **strawberry4 meets the MLP's and the share's but misses the baseline's aim by 3.4 points (43.4 %), kept
and said**. In strawberry4 the grades are set by small shares of the berries against close tolerances (No. 1's 10 % and
the Combination's 20 % off No. 1; No. 2's colour and serious damage), which the cooler's records see only through the
ripening, the heat, the hours and the size; the check's berries off No. 1 is likely the strongest column after the
change (not measured). In strawberry4 after the change (929 errors): No. 1 with the Combination 40 % of them, No. 2 with
the culls 23 %, the Combination with No. 2 23 %, No. 1 with No. 2 12 % (outside), the Combination with the culls 2 %,
No. 1 with the culls 1 %; the Combination errs most (65 %), No. 1 least (16 %; No. 2 52 %, the culls 44 %). In spinach4
(840 errors): Extra No. 1 with No. 1 41 %, No. 1 with Commercial 28 %, Commercial with below grade 21 %, No. 1 with
below grade 6 %, Extra with Commercial 4 %, Extra with below grade 1 %; No. 1 and Commercial err most (45 % each), Extra
No. 1 least (23 %; below grade 41 %). brewery6 errs on 34.9 % (746 errors), 76 % between causes the crew confuses
(``BREWERY_NEIGHBOURS``): the washer with the filler 19 % of them, the labeller with the packer 14 %, the filler with
the crowner 14 %, the filler with the packer 9 %, the pasteuriser with the labeller 8 %, the crowner with the
pasteuriser 7 %, the washer with the packer 5 %, the washer with the crowner 5 % (outside); the crowner and the packer
err most (51 % each), the washer least (18 %; the filler 45 %, the pasteuriser 32 %, the labeller 21 %). hydropower6
errs on 34.3 % (733 errors), 81 % between causes the engineers confuse (``HYDRO_NEIGHBOURS``): the turbine with the
protection and control 15 % of them, the turbine with the generator 13 %, the generator with the protection 12 %, the
generator with the transformer 9 %, the cooling water with the protection 8 %, the intake with the cooling water 8 %,
the transformer with the protection 7 %, the turbine with the cooling water 6 % (outside); the protection and control
errs most (44 %), the intake least (18 %; the turbine 40 %, the transformer 37 %, the generator 34 %, the cooling water
30 %).

Slips kept as committed: in strawberry4 the field block's, the crew's and the days since the last picking's medians
hardly differ between the grades (the block 2 at every grade, the days 3, 3, 3, 4), the penetrometer's firmness hardly
separates the first three grades (medians 3.11, 3.15, 3.09 N; the culls 2.77), the berries' weight ties No. 1 and the
Combination (20.7 and 20.8 g) and the rain's median is 0 but for the culls (most lots had none); in spinach4 the field's
medians are equal at every grade and the crew's hardly differ (2, 2, 1, 2); in brewery6 the docstring gives the packer
and the conveyors "the fullest tables", but the pull toward the washer and the filler leaves the labeller's fuller
(medians 85 and 80 %), the shift's and the hall's temperature hardly differ by cause, the how-found medians are all 1;
in hydropower6 the unit hardly differs by cause (the generator's unit 0 at 46 %), the head differs only at the intake.
Other slips: the spinach pool's class counts printed (above); the generators' and this module's docstrings were
rewrapped by hand several times for the 120 characters (no data changed); strawberry4's docstring still named the Brix
after the change's commit, corrected in the next commit (9983444e; no data changed); the account was written last (the
first commits carried a placeholder line). The machine's clock read 15:34:23 at the start and moved slowly (about 6
minutes of clock to the tests' commit as read by ``date``), so the slot was kept by the steps rather than the clock.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``; the machine has 2 cores, shared, load average about
2.8): the 19 tests' whole ``pytest`` run reported 8.91 s at its first run (all passing; a cold start of the imports),
then 5.83 and 5.69 s (wall 7.3 and 7.1 s, user time 6.43 and 6.40 s), before this docstring; the tests' own calls take
about 3 s together (``--durations``: strawberry4's second build 0.71 s, spinach4's 0.62 s, each MLP fit 0.3-0.45 s),
importing ``benchmarks.data_quality_actions`` (every round's module), sklearn's estimators and pytest the rest (about 4
s of user time, as the brief says). ``pytest tests/test_architecture.py`` passed (329). With this docstring two runs
reported 6.22 and 6.01 s (wall 7.8 and 7.6 s, user time 6.72 s each, load average about 2.6). **Over the 6 s aim in the
reported time by 2.9 s at the cold first run and by up to 0.2 s with this docstring** (under it at 5.7-5.8 s before; the
user time 6.4-6.7 s, over it by the imports' share), said; the author did not trim the tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- strawberry4: a lot of fresh strawberries' grade
#: the 4 classes of ``strawberry4`` (a lot of fresh strawberries a shipping point's inspector grades, by the U.S.
#: Standards for Grades of Strawberries, 7 CFR 51.3115-), the best first: U.S. No. 1, U.S. Combination, U.S. No. 2 and
#: below grade (culls: a lot within none of the three)
STRAWBERRY_CLASSES = ("U.S. No. 1 (one variety, cap attached, firm, at least three quarters of the surface pink or "
                      "red, at least 3/4 inch across; free from decay and from damage; 10 % off grade, within it 5 % "
                      "serious damage and 2 % decay, 5 % undersize)",
                      "U.S. Combination (No. 1 and No. 2 together, at least 80 % meeting No. 1; 10 % serious damage, "
                      "2 % decay, at least 3/4 inch)",
                      "U.S. No. 2 (at least half the surface pink or red, at least 5/8 inch, the cap not required; "
                      "free from serious damage: 10 %, 3 % decay)",
                      "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
STRAWBERRY_ROWS = (600, 520, 560, 460)
#: per grade from U.S. No. 1 to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: berries by volume): the berries failing the grade's own requirements (No. 1's for No. 1 and the Combination: the
#: colour, the cap, the firmness, damage by bruising, dirt, shape and the rest; No. 2's for No. 2: serious damage, under
#: half coloured), the berries seriously damaged (soft, badly deformed or bruised, leaky, badly caked with dirt), the
#: berries with decay (mould, rot), the berries under the grade's least diameter (3/4 inch, No. 2's 5/8). As read (a
#: produce reference's reprint of the standard); the Combination's 20 % off No. 1 is its "at least 80 % meeting No. 1"
#: (the per-container 65 % left out); the culls take any lot
STRAWBERRY_LIMITS = np.array([[10.0, 5.0, 2.0, 5.0], [20.0, 10.0, 2.0, 5.0], [10.0, 10.0, 3.0, 5.0],
                              [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a berry's
#: colour read at three quarters or not, a bruise scored damage or serious damage, a berry measured on the ring)
STRAWBERRY_NEIGHBOURS = ordinal_neighbours(len(STRAWBERRY_CLASSES))
#: what the grade is set from: the label's basis, not columns
STRAWBERRY_GRADING = ("the shipping point inspector's sample of the lot's berries: the colour, the size on the ring, "
                      "the shape, the cap, the firmness, bruising, dirt, decay and the other defects, each scored at "
                      "the grade's level, against each grade's tolerances",
                      "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- spinach4: a lot of bunched spinach's grade
#: the 4 classes of ``spinach4`` (a lot of fresh bunched spinach a shipping point's inspector grades, in the grades the
#: lead named: U.S. Extra No. 1, U.S. No. 1, U.S. Commercial, below grade), the best first
SPINACH_CLASSES = ("U.S. Extra No. 1 (similar varietal characteristics, fairly clean, well trimmed, free from coarse "
                   "stalks, seedstems, seed buds; free from decay and damage; 5 % off grade, 1 % decay)",
                   "U.S. No. 1 (the same requirements, 10 % off grade, 1 % decay)",
                   "U.S. Commercial (the same requirements, 20 % off grade, 1 % decay)",
                   "below grade (a lot failing U.S. Commercial's requirements or tolerances)")
SPINACH_ROWS = (480, 640, 560, 460)
#: per grade from U.S. Extra No. 1 to below grade, the inspector's limits on the lot's sample (each "at most", % of the
#: plants by weight): the plants failing the grade's requirements (dirt, poor colour, poor trimming, coarse stalks and
#: seedstems, yellowing, wilting, insects and the rest, at the damage level; Extra No. 1's cleanness counted more
#: strictly), the plants seriously damaged, the plants with decay. The off-grade 5 / 10 / 20 % and the decay's 1 % as
#: read (a produce reference, for spinach leaves' three grades); the serious damage within them (half) is the author's;
#: below grade takes any lot
SPINACH_LIMITS = np.array([[5.0, 2.5, 1.0], [10.0, 5.0, 1.0], [20.0, 10.0, 1.0], [100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a leaf's
#: yellowing scored damage or not, a seedstem's length, dirt on the crown)
SPINACH_NEIGHBOURS = ordinal_neighbours(len(SPINACH_CLASSES))
#: what the grade is set from: the label's basis, not columns
SPINACH_GRADING = ("the shipping point inspector's sample of the lot's bunches: the cleanness, the colour, the "
                   "trimming, coarse stalks and seedstems, yellowing, wilting, insects and decay, each scored at the "
                   "grade's level, against each grade's tolerances",
                   "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- brewery6: a packaging line's unplanned stops
#: the 6 classes of ``brewery6`` (a brewery's bottling line's unplanned stops, by the machine its maintenance crew
#: found at fault); left out: the product changes and the cleaning in place
BREWERY_CLASSES = ("the depalletiser and the bottle washer (the sweep, the layer pads, the washer's baskets, its "
                   "caustic and its jets, the empty bottle inspector's rejects)",
                   "the filler and its valves (the fill tubes, the vacuum pump, the CO2 counter-pressure, the fill "
                   "height, the bowl's level)",
                   "the crowner / seamer (the crowning heads, the crown chute and its hopper, the seal's torque)",
                   "the tunnel pasteuriser (its spray zones, the pumps, the heat exchangers, the belt and its "
                   "temperatures)",
                   "the labeller (the glue, the label magazine, the grippers, the vacuum drum, the date coder)",
                   "the packer and the conveyors between the machines (the case packer, the wrapper, the palletiser's "
                   "infeed, the chains, the accumulation tables, the photo-eyes)")
BREWERY_ROWS = (420, 380, 300, 340, 400, 300)
#: the causes the crew confuses (symmetric): the washer against the filler (a dirty or chipped bottle the inspector let
#: through bursts at the filler) and the conveyors (the infeed's jams); the filler against the crowner (one block, one
#: turret: a fill's foaming and a crown's misfire stop both) and the conveyors (the filler starved or backed up); the
#: crowner against the pasteuriser (a crown's leak found as bursts and low fills in the tunnel); the pasteuriser
#: against the labeller (wet, warm bottles: the labels skew and the glue fails); the labeller against the packer and
#: the conveyors (the back-up downstream)
BREWERY_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 3), 3: (2, 4), 4: (3, 5), 5: (0, 1, 4)}


# ---------------------------------------------------------------------- hydropower6: a hydro plant's forced outages
#: the 6 classes of ``hydropower6`` (a hydropower plant's forced outages, by the cause its engineers found); left out:
#: low water and the planned maintenance
HYDRO_CLASSES = ("the intake with its trash racks and gates (the racks' clogging and their differential, the intake "
                 "gate, the penstock's valve)",
                 "the turbine with its wicket gates and governor (the runner, the guide bearing, the shear pins, the "
                 "servomotors, the governor's oil)",
                 "the generator and its excitation (the stator's winding, the rotor's poles, the bearings, the "
                 "exciter, the AVR)",
                 "the main transformer and the switchyard (the step-up transformer, its bushings and cooling, the "
                 "breakers, the line)",
                 "the cooling water and the station auxiliaries (the strainers, the pumps, the station service, the "
                 "DC batteries, the compressed air)",
                 "the protection and control system (the relays, the PLC and SCADA, the sensors and their wiring, a "
                 "false trip)")
HYDRO_ROWS = (320, 380, 400, 300, 360, 380)
#: the causes the engineers confuse (symmetric): the intake against the turbine (the racks' debris and a gate's
#: position both show in the head, the flow and the gate opening) and the cooling water (debris clogs the strainers);
#: the turbine against the generator (the shared shaft: the vibration and the guide bearings' temperatures) and the
#: protection and control (the governor's control and its overspeed trips); the generator against the transformer (the
#: unit's overall differential protection covers both), the cooling water (the stator's and the bearings' heat) and
#: the protection and control (the excitation's control, a relay's trip); the transformer against the protection (a
#: breaker's trip by a relay); the cooling water and auxiliaries against the protection and control (the DC supply and
#: the sensors)
HYDRO_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 5), 2: (1, 3, 4, 5), 3: (2, 5), 4: (0, 2, 5), 5: (1, 2, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"strawberry4": STRAWBERRY_NEIGHBOURS, "spinach4": SPINACH_NEIGHBOURS, "brewery6": BREWERY_NEIGHBOURS,
              "hydropower6": HYDRO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("strawberry4", "spinach4")


def _cat(rng, table, y):
    """A categorical column: per row, a value drawn from its class's row of chances in ``table`` (as round 134)."""
    return (rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)


def _strawberry_pool(rng, n):
    """The fresh strawberry lot pool's records, unseen laws and labels (``strawberry4``)."""
    block = (rng.random(n)[:, None] > np.cumsum([0.2, 0.2, 0.2, 0.15, 0.15])).sum(1)  # the field block (0-5)
    crew = rng.integers(0, 4, n)  # the picking crew (0-3)
    variety = (rng.random(n)[:, None] > np.cumsum([0.5, 0.3])).sum(1)  # 0 a day-neutral, 1 a short-day, 2 a soft one
    week = np.round(rng.uniform(0, 70, n))  # days since the season's first picking
    since = rng.integers(2, 6, n).astype(float)  # days since the block's last picking
    rain = np.round(np.where(rng.random(n) < 0.6, 0, np.exp(np.log(6) + 0.9 * rng.normal(0, 1, n))), 1)  # mm, 3 days
    tmax = np.round(np.clip(24 + 0.08 * week + np.array([0.0, 0.5, -0.5, 1.0, 0.0, -1.0])[block]
                            + 2.5 * rng.normal(0, 1, n), 14, 38), 1)  # the field's daily maximum, deg C
    hours = np.round(np.clip(np.exp(np.log(2.0) + 0.5 * rng.normal(0, 1, n)), 0.3, 12), 1)  # picking to cooling
    pulp = np.round(np.clip(14 + 0.45 * (tmax - 24) + 0.6 * hours + 2.0 * rng.normal(0, 1, n), 4, 34), 1)  # deg C
    rough = np.array([0.0, 0.3, -0.2, 0.5])[crew] + 0.5 * rng.normal(0, 1, n)  # unseen: the crew's handling
    maturity = (0.35 * (since - 3.5) + 0.06 * (tmax - 24) + np.array([0.0, 0.2, 0.5])[variety]
                + 0.8 * rng.normal(0, 1, n))  # unseen: the berries' ripening (colour, softness)
    size = -0.012 * (week - 35) + np.array([0.0, 0.3, -0.2])[variety] + 0.5 * rng.normal(0, 1, n)  # unseen
    shape = np.array([0.0, 0.3, -0.2, 0.5, 0.2, 0.0])[block] + 0.4 * (variety == 1) + rng.normal(0, 1, n)  # unseen
    wet = np.log1p(rain) + 0.5 * rng.normal(0, 1, n)  # unseen: the field's wetness (dirt, grey mould)
    z = np.column_stack([
        -3.4 - 1.5 * maturity + 0.3 * rng.normal(0, 1, n),  # under-coloured
        -4.0 + 1.3 * maturity + 0.1 * (hours - 2) + 0.06 * (pulp - 14) + 0.3 * rng.normal(0, 1, n),  # soft, overripe
        -3.6 + 0.9 * shape - 0.3 * size,  # deformed
        -3.6 + 0.9 * rough + 0.3 * (variety == 2),  # the cap missing or torn
        -3.4 + 0.9 * rough + 0.2 * (since - 3.5) + 0.4 * maturity,  # bruised
        -4.2 + 0.7 * wet + 0.3 * rng.normal(0, 1, n)])  # dirt
    rot = -5.2 + 0.12 * (hours - 2) + 0.8 * maturity + 0.6 * wet + 0.05 * (pulp - 14) + 0.3 * rough  # decay
    big = np.inf
    fails = [_fails(z, [0.0] * 6), _fails(z, [1.5, 2.2, 2.2, big, 2.2, 2.2])]  # at No. 1's level; at No. 2's
    serious = fails[1]
    decay = 100 * _sig(rot)
    diameter = 27 + 3.0 * size  # the lot's mean berry diameter, mm (within the lot sd 5 mm)
    under = [100 * (1 - 1 / (1 + np.exp(-1.7 * (diameter - d) / 5))) for d in (19.05, 15.9)]  # 3/4 and 5/8 inch
    noise = [np.exp(0.15 * rng.normal(0, 1, n)) for _ in range(4)]
    one, two = np.minimum(fails[0] * noise[0], 100), np.minimum(fails[1] * noise[1], 100)
    s, d = np.round(serious * noise[1], 1), np.round(decay * noise[2], 1)
    seen = np.zeros((n, 4, 4))
    seen[:, 0] = seen[:, 1] = np.column_stack([np.round(one, 1), s, d, np.round(under[0] * noise[3], 1)])
    seen[:, 2] = np.column_stack([np.round(two, 1), s, d, np.round(under[1] * noise[3], 1)])
    label = _grade(seen, STRAWBERRY_LIMITS)
    return locals()


def strawberry4():
    """Lots of fresh strawberries a shipping point's inspector grades, in 4 grades (``STRAWBERRY_CLASSES``; the best
    grade whose ``STRAWBERRY_LIMITS`` the inspector's sample meets, the culls any lot; ``STRAWBERRY_GRADING`` the
    label's basis and not columns), as the cooler's records and simple measures apart from the grade describe them.
    Unseen: the berries' ripening (the days since the block's last picking, the heat, the variety: under-coloured or
    soft berries, the firmness, the decay), their size (late in the season smaller), their form (the block,
    the variety), the handling (the crew, the days between pickings: bruising, torn caps), the field's wetness (the
    rain: dirt, grey mould), the hours to cooling and the pulp's heat (softness, decay) and the inspector's sample.
    Columns: the field block (0-5), the picking crew (0-3), the variety (0-2), the days since the season's first
    picking, the days since the block's last picking, the rain over the 3 days before (mm), the field's daily maximum
    (deg C), the hours from picking to forced-air cooling, the pulp temperature at receipt (deg C), the cooler's
    receiving check's berries off U.S. No. 1 (%, the lot's share within about 20 %; the one change: was the
    refractometer's Brix), the mean berry weight (g), the penetrometer's firmness (N) and the cooler's receiving
    check's leaking clamshells (%, within about 25 % after the one change, was 50 %) (13). Imbalanced: 600 / 520 /
    560 / 460 rows (2,140)."""
    rng = np.random.default_rng(136101)
    p = _strawberry_pool(rng, 200000)
    n, m = len(p["label"]), p["maturity"]
    keep = _keep(rng, p["label"], STRAWBERRY_ROWS)
    x = np.column_stack([
        p["block"], p["crew"], p["variety"], p["week"], p["since"], p["rain"], p["tmax"], p["hours"], p["pulp"],
        # the one change: was the refractometer's Brix (7.5 + 0.7 ripening - 0.02 (days - 35) + 0.8 of this draw)
        np.round(np.clip(p["fails"][0] * np.exp(0.2 * rng.normal(0, 1, n)), 0, 100), 1),
        np.round(np.clip(np.exp(np.log(17) + 0.33 * (p["diameter"] - 27) / 3 + 0.08 * rng.normal(0, 1, n)), 5, 50), 1),
        np.round(np.clip(3.2 - 0.45 * m - 0.3 * (p["variety"] == 2) + 0.4 * rng.normal(0, 1, n), 0.8, 6), 2),
        np.round(np.clip((0.3 * p["decay"] + 0.1 * p["serious"]) * np.exp(0.25 * rng.normal(0, 1, n)), 0, 60), 1),
    ])[keep]  # the one change also: the leaking clamshells within about 25 % (was 50 %, the same draw)
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def _spinach_pool(rng, n):
    """The bunched spinach lot pool's records, unseen laws and labels (``spinach4``)."""
    field = (rng.random(n)[:, None] > np.cumsum([0.2, 0.2, 0.2, 0.15, 0.15])).sum(1)  # the field (0-5)
    leaf = (rng.random(n)[:, None] > np.cumsum([0.35, 0.4])).sum(1)  # the variety's leaf: 0 savoy, 1 semi, 2 flat
    crew = rng.integers(0, 4, n)  # the cutting crew (0-3)
    days = np.round(rng.uniform(38, 62, n))  # days since planting
    rain = np.round(np.where(rng.random(n) < 0.55, 0, np.exp(np.log(8) + 0.9 * rng.normal(0, 1, n))), 1)  # 5 days, mm
    tmax = np.round(np.clip(22 + np.array([0.0, 1.0, -1.0, 1.5, 0.0, -0.5])[field] + 3.0 * rng.normal(0, 1, n), 10,
                            36), 1)  # the field's daily maximum, deg C
    hours = np.round(np.clip(np.exp(np.log(3.0) + 0.5 * rng.normal(0, 1, n)), 0.5, 16), 1)  # cutting to hydrocooling
    chlorine = np.round(np.clip(np.exp(np.log(40) + 0.5 * rng.normal(0, 1, n)), 2, 200))  # wash water's free Cl, ppm
    pulp = np.round(np.clip(4 + 0.3 * (tmax - 22) + 0.5 * hours + 1.5 * rng.normal(0, 1, n), 0, 25), 1)  # deg C
    trim = np.array([0.0, 0.4, -0.2, 0.2])[crew] + 0.5 * rng.normal(0, 1, n)  # unseen: the crew's trimming
    mud = np.log1p(rain) + 0.6 * (leaf == 0) + 0.5 * rng.normal(0, 1, n)  # unseen: soil in the savoy leaves' folds
    bolt = ((days - 50) / 7 + 0.15 * (tmax - 22) + np.array([0.3, 0.0, -0.3])[leaf]
            + 0.7 * rng.normal(0, 1, n))  # unseen: the plants' bolting and age (seedstems, coarse stalks, yellowing)
    mildew = 0.4 * np.log1p(rain) + np.array([0.0, 0.4, -0.3, 0.2, 0.0, 0.3])[field] + rng.normal(0, 1, n)  # unseen
    wash = np.log(chlorine / 40)  # the wash's cleaning (the chlorine's strength)
    z = np.column_stack([
        -4.3 + 0.7 * mud - 0.4 * wash + 0.3 * rng.normal(0, 1, n),  # dirt, grit
        -4.6 + 1.0 * trim,  # poor trimming: roots, crowns, broken leaves
        -4.8 + 1.2 * bolt,  # seedstems, seed buds and coarse stalks
        -5.0 + 0.8 * bolt + 0.1 * (hours - 3) + 0.05 * (pulp - 4) + 0.3 * rng.normal(0, 1, n),  # yellowing
        -5.0 + 0.14 * (hours - 3) + 0.06 * (pulp - 4) + 0.3 * trim,  # wilted or crushed leaves
        -5.0 + 0.9 * mildew])  # disease (downy mildew, leaf spots) and insects
    rot = -5.6 + 0.12 * (hours - 3) + 0.5 * mildew + 0.3 * bolt - 0.3 * wash + 0.05 * (pulp - 4)  # decay
    fails = [_fails(z, [-0.4, -0.2, -0.2, -0.2, -0.2, -0.2]), _fails(z, [0.0] * 6)]  # Extra No. 1's level; damage
    serious = _fails(z, 2.2)
    decay = 100 * _sig(rot)
    noise = [np.exp(0.15 * rng.normal(0, 1, n)) for _ in range(4)]
    s, d = np.round(serious * noise[2], 1), np.round(decay * noise[3], 1)
    seen = np.zeros((n, 4, 3))
    seen[:, 0] = np.column_stack([np.round(np.minimum(fails[0] * noise[0], 100), 1), s, d])
    seen[:, 1] = seen[:, 2] = np.column_stack([np.round(np.minimum(fails[1] * noise[1], 100), 1), s, d])
    label = _grade(seen, SPINACH_LIMITS)
    return locals()


def spinach4():
    """Lots of fresh bunched spinach a shipping point's inspector grades, in 4 grades (``SPINACH_CLASSES``; the best
    grade whose ``SPINACH_LIMITS`` the inspector's sample meets, below grade any lot; ``SPINACH_GRADING`` the label's
    basis and not columns), as the packing shed's records and simple measures apart from the grade describe them.
    Unseen: the plants' bolting and age (the days since planting, the heat, the leaf type: seedstems, coarse stalks,
    yellowing), the soil in the leaves (the rain, the savoy leaf, the wash: dirt), the crew's trimming, the hours to
    cooling and the pulp's heat (wilting, yellowing, decay), the mildew (the field, the rain) and the inspector's
    sample. Columns: the field (0-5), the variety's leaf type (0 savoy, 1 semi-savoy, 2 flat), the cutting crew (0-3),
    the days since planting, the rain over the 5 days before (mm), the field's daily maximum (deg C), the hours from
    cutting to hydrocooling, the wash water's free chlorine (ppm), the pulp temperature at packing (deg C), the packing
    shed's quality check's plants off grade at the damage level (%, the lot's share within about 20 %; the one change:
    was the bunch's mean weight, g), the leaves' greenness by a chlorophyll meter (SPAD), the longest stalk's length in
    the sample bunches (cm) and the quality check's decayed plants (%, within about 25 %; the one change: was the
    packing line's trimmings) (13). Imbalanced: 480 / 640 / 560 / 460 rows
    (2,140)."""
    rng = np.random.default_rng(136202)
    p = _spinach_pool(rng, 200000)
    n, b = len(p["label"]), p["bolt"]
    keep = _keep(rng, p["label"], SPINACH_ROWS)
    x = np.column_stack([
        p["field"], p["leaf"], p["crew"], p["days"], p["rain"], p["tmax"], p["hours"], p["chlorine"], p["pulp"],
        # the one change: was the bunch's weight (g, 340 e^(0.08 (days - 50) + 0.12 of this draw))
        np.round(np.clip(p["fails"][1] * np.exp(0.2 * rng.normal(0, 1, n)), 0, 100), 1),
        np.round(np.clip(48 - 2.0 * b - 0.3 * (p["hours"] - 3) + 3.5 * rng.normal(0, 1, n), 20, 70), 1),
        np.round(np.clip(np.exp(np.log(22) + 0.15 * b + 0.1 * rng.normal(0, 1, n)), 8, 80), 1),
        # the one change also: was the packing line's trimmings (%, 12 e^(0.25 trim + 0.1 bolt + 0.3 of this draw))
        np.round(np.clip(p["decay"] * np.exp(0.25 * rng.normal(0, 1, n)), 0, 100), 2),
    ])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``brewery6``, the chances of how it was found (0 the machine's alarm on its panel, 1 the operator's
#: call, 2 the line's inspectors' rejects (fill height, crown, label), 3 the crew's round)
BREWERY_FOUND = np.array([[0.40, 0.30, 0.20, 0.10], [0.35, 0.25, 0.35, 0.05], [0.35, 0.20, 0.40, 0.05],
                          [0.45, 0.15, 0.15, 0.25], [0.30, 0.40, 0.25, 0.05], [0.30, 0.55, 0.05, 0.10]])
#: per cause of ``brewery6``, the chances of the package run (0 the returnable bottle, 1 the one-way bottle, 2 the can)
BREWERY_PACKAGE = np.array([[0.65, 0.20, 0.15], [0.40, 0.30, 0.30], [0.35, 0.25, 0.40], [0.40, 0.30, 0.30],
                            [0.55, 0.42, 0.03], [0.35, 0.30, 0.35]])
#: per cause of ``brewery6``, the chances of the shift (0 the morning, 1 the afternoon, 2 the night)
BREWERY_SHIFT = np.array([[0.45, 0.30, 0.25], [0.35, 0.35, 0.30], [0.33, 0.34, 0.33], [0.30, 0.35, 0.35],
                          [0.35, 0.35, 0.30], [0.30, 0.30, 0.40]])
#: per cause of ``brewery6``, the medians of the line's machine logs, the shift report and the crew's measures: the
#: line's speed before the stop (% of rated), the minutes down, the machine alarms in the hour before, the filler's
#: low fills, the crown / seam inspector's rejects, the empty bottle inspector's rejects and the label inspector's
#: rejects (each per 10,000 in the hour before), the pasteuriser's units off target (PU), the containers' temperature
#: at the labeller (deg C), the accumulation tables' fill before the stop (%), the broken bottles (or damaged cans) in
#: the hour before, the days since the machine's last maintenance and the packaging hall's temperature (deg C)
BREWERY_TABLE = np.array([
    # speed mins  alarm low   crown ebi   label pu    temp  accum broken days  hall
    [92.0, 35.0, 4.0, 8.0, 6.0, 60.0, 10.0, 3.0, 28.0, 30.0, 6.0, 40.0, 24.0],  # depalletiser and washer
    [88.0, 45.0, 5.0, 45.0, 10.0, 15.0, 10.0, 3.0, 28.0, 55.0, 9.0, 35.0, 25.0],  # filler and valves
    [90.0, 30.0, 4.0, 15.0, 60.0, 15.0, 10.0, 4.0, 28.0, 55.0, 5.0, 50.0, 25.0],  # crowner / seamer
    [85.0, 70.0, 3.0, 12.0, 15.0, 15.0, 12.0, 14.0, 33.0, 75.0, 4.0, 60.0, 27.0],  # pasteuriser
    [90.0, 20.0, 6.0, 10.0, 8.0, 15.0, 55.0, 3.0, 29.0, 85.0, 2.0, 30.0, 25.0],  # labeller
    [80.0, 25.0, 7.0, 10.0, 8.0, 20.0, 14.0, 3.0, 28.0, 90.0, 5.0, 45.0, 25.0],  # packer and conveyors
])
BREWERY_LOGS = [1, 3, 4, 5, 6, 7, 11]
BREWERY_KINDS = [("norm", 8.0, -2.0), ("log", 0.7, 0.1), ("count", 0.7, 0.1), ("log", 0.7, 0.1), ("log", 0.7, 0.1),
                 ("log", 0.7, 0.1), ("log", 0.7, 0.1), ("log", 0.6, 0.05), ("norm", 2.0, 0.3), ("norm", 15.0, 0),
                 ("count", 0.7, 0.1), ("log", 0.6, 0), ("norm", 2.5, 0)]


def brewery6():
    """A brewery's bottling line's unplanned stops, in 6 causes its maintenance crew confuses (``BREWERY_CLASSES``),
    labelled by the crew's finding, as the line's machine logs, the shift report and the crew's measures apart from it
    describe them. Each cause has its picture (``BREWERY_FOUND``, ``BREWERY_PACKAGE``, ``BREWERY_SHIFT``,
    ``BREWERY_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the washer the
    returnable bottle, the morning's start, the empty bottle inspector's rejects, the emptiest tables; the filler the
    low fills, the broken bottles; the crowner the inspectors' rejects, the crown inspector's; the pasteuriser the
    crew's round, the longest stops, the units off target, the warmest containers and hall; the labeller the label
    inspector's rejects, hardly ever the can, the shortest stops; the packer and conveyors the operator's call, the
    slowest line, the most alarms, the fullest tables. Unseen: the shift's trouble (one per-row factor raising the
    minutes, the counts and the rejects, slowing the line). Columns: how found (0-3), the package (0-2), the shift
    (0-2), then the table's 13 (the speed whole within 20-110 %, the minutes whole within 2-600, the counts whole
    within 0-300, the rejects whole within 0-2,000, the units to a tenth within 0-100, the temperatures to a tenth
    within 5-45, the fill whole within 0-100, the days whole within 1-365) (16). Imbalanced: 420 / 380 / 300 / 340 /
    400 / 300 rows (2,140)."""
    rng = np.random.default_rng(136303)
    y = rng.permutation(np.repeat(np.arange(len(BREWERY_CLASSES)), BREWERY_ROWS))
    cats = [_cat(rng, table, y) for table in (BREWERY_FOUND, BREWERY_PACKAGE, BREWERY_SHIFT)]
    t = _pull(BREWERY_TABLE, BREWERY_NEIGHBOURS, 0.3, BREWERY_LOGS)[y]
    x = _draw(rng, t, BREWERY_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 20, 110, 0), (1, 2, 600, 0), (2, 0, 300, 0), (3, 0, 2000, 0), (4, 0, 2000, 0),
                                 (5, 0, 2000, 0), (6, 0, 2000, 0), (7, 0, 100, 1), (8, 5, 45, 1), (9, 0, 100, 0),
                                 (10, 0, 300, 0), (11, 1, 365, 0), (12, 5, 45, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``hydropower6``, the chances of how it was found (0 a protection trip, 1 a SCADA alarm and the
#: operator's shutdown, 2 the operator's round, 3 the remote control centre's report)
HYDRO_FOUND = np.array([[0.25, 0.35, 0.30, 0.10], [0.45, 0.30, 0.20, 0.05], [0.60, 0.20, 0.15, 0.05],
                        [0.65, 0.10, 0.10, 0.15], [0.35, 0.40, 0.20, 0.05], [0.70, 0.10, 0.05, 0.15]])
#: per cause of ``hydropower6``, the chances of the season (0 the high flows of spring, 1 the summer and autumn, 2 the
#: winter)
HYDRO_SEASON = np.array([[0.55, 0.25, 0.20], [0.35, 0.40, 0.25], [0.30, 0.45, 0.25], [0.25, 0.50, 0.25],
                         [0.35, 0.45, 0.20], [0.30, 0.35, 0.35]])
#: per cause of ``hydropower6``, the chances of the unit (0-2: the plant's three units; the oldest, unit 0, a little
#: more often in the turbine's and the generator's outages)
HYDRO_UNIT = np.array([[0.33, 0.33, 0.34], [0.42, 0.30, 0.28], [0.42, 0.30, 0.28], [0.34, 0.33, 0.33],
                       [0.33, 0.34, 0.33], [0.30, 0.35, 0.35]])
#: per cause of ``hydropower6``, the medians of the plant's SCADA logs, the outage report and the engineers' measures:
#: the unit's load before (% of rated), the net head (m), the trash racks' differential (m), the wicket gates'
#: opening (%), the turbine guide bearing's temperature (deg C), the shaft's vibration (micrometres peak to peak), the
#: stator winding's temperature (deg C), the field current off its expected value (%), the main transformer's top oil
#: (deg C), its combustible dissolved gases (ppm), the cooling water's flow (% of its normal), the SCADA alarms in the
#: hour before and the hours out
HYDRO_TABLE = np.array([
    # load  head  rack  gate  tgb   vib    stator field oil   gas    cw    alarm hours
    [70.0, 38.0, 1.5, 95.0, 55.0, 90.0, 75.0, 3.0, 55.0, 150.0, 80.0, 4.0, 12.0],  # intake, racks and gates
    [85.0, 42.0, 0.4, 80.0, 68.0, 180.0, 78.0, 3.0, 58.0, 150.0, 95.0, 6.0, 30.0],  # turbine, wicket gates, governor
    [90.0, 42.0, 0.4, 85.0, 60.0, 110.0, 98.0, 12.0, 60.0, 160.0, 95.0, 6.0, 60.0],  # generator and excitation
    [90.0, 42.0, 0.4, 85.0, 56.0, 90.0, 80.0, 4.0, 78.0, 600.0, 95.0, 4.0, 80.0],  # main transformer, switchyard
    [85.0, 42.0, 0.6, 85.0, 64.0, 90.0, 88.0, 3.0, 62.0, 150.0, 55.0, 8.0, 8.0],  # cooling water, auxiliaries
    [85.0, 42.0, 0.4, 85.0, 56.0, 90.0, 78.0, 5.0, 58.0, 150.0, 95.0, 12.0, 4.0],  # protection and control
])
HYDRO_LOGS = [2, 5, 7, 9, 12]
HYDRO_KINDS = [("norm", 10.0, -2.0), ("norm", 2.0, 0), ("log", 0.6, 0.05), ("norm", 8.0, 0), ("norm", 6.0, 1.0),
               ("log", 0.5, 0.1), ("norm", 8.0, 1.0), ("log", 0.7, 0.1), ("norm", 7.0, 1.0), ("log", 0.6, 0.05),
               ("norm", 12.0, -1.0), ("count", 0.7, 0.1), ("log", 0.9, 0.1)]


def hydropower6():
    """A hydropower plant's forced outages, in 6 causes its engineers confuse (``HYDRO_CLASSES``), labelled by the
    engineers' finding, as the plant's SCADA logs, the outage report and the engineers' measures apart from it describe
    them. Each cause has its picture (``HYDRO_FOUND``, ``HYDRO_SEASON``, ``HYDRO_UNIT``, ``HYDRO_TABLE``; each class's
    medians ``_pull``ed 0.3 of the way toward its neighbours'): the intake the spring's high flows, the operator's
    round, the lowest load and head, the racks' differential, the widest gates; the turbine the guide bearing's heat,
    the shaft's vibration, the narrowest gates; the generator the stator's heat, the field current, the long outages;
    the transformer a protection trip, the top oil, the dissolved gases, the longest outages; the cooling water and
    auxiliaries the SCADA alarm, the lowest flow, short outages; the protection and control a protection trip, the
    most alarms, the shortest outages. Unseen: the day's stress (one per-row factor raising the temperatures, the
    vibration, the field's deviation, the alarms and the hours, lowering the load and the flow). Columns: how found
    (0-3), the season (0-2), the unit (0-2), then the table's 13 (the load whole within 0-110 %, the head to a tenth
    within 20-60 m, the differential to a hundredth within 0.05-10 m, the gates whole within 0-100 %, the temperatures
    to a tenth within 20-150, the vibration whole within 10-1,000, the field's deviation to a tenth within 0-100, the
    gases whole within 5-5,000, the flow whole within 0-130 %, the alarms whole within 0-300, the hours to a tenth
    within 0.2-2,000) (16). Imbalanced: 320 / 380 / 400 / 300 / 360 / 380 rows (2,140)."""
    rng = np.random.default_rng(136404)
    y = rng.permutation(np.repeat(np.arange(len(HYDRO_CLASSES)), HYDRO_ROWS))
    cats = [_cat(rng, table, y) for table in (HYDRO_FOUND, HYDRO_SEASON, HYDRO_UNIT)]
    t = _pull(HYDRO_TABLE, HYDRO_NEIGHBOURS, 0.3, HYDRO_LOGS)[y]
    x = _draw(rng, t, HYDRO_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0, 110, 0), (1, 20, 60, 1), (2, 0.05, 10, 2), (3, 0, 100, 0), (4, 20, 150, 1),
                                 (5, 10, 1000, 0), (6, 20, 150, 1), (7, 0, 100, 1), (8, 20, 150, 1), (9, 5, 5000, 0),
                                 (10, 0, 130, 0), (11, 0, 300, 0), (12, 0.2, 2000, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND136`` lists them (the ordered sets first)
GENERATORS = {"strawberry4": strawberry4, "spinach4": spinach4, "brewery6": brewery6, "hydropower6": hydropower6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND136_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "strawberry4": (2140, 13, STRAWBERRY_ROWS),
    "spinach4": (2140, 13, SPINACH_ROWS),
    "brewery6": (2140, 16, BREWERY_ROWS),
    "hydropower6": (2140, 16, HYDRO_ROWS),
}
ROUND136 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
