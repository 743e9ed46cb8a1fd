"""Round 139's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s71/setnames139.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (carrot4 0, kiwi4 0,
brickworks6 0, creamery6 0) and two ``grep -n -i -E`` of stems (the matching lines cut to 60 characters: their number
and name): carrot, kiwi, brick, clay, kiln, extrud, dryer, cream, milk, dairy, pasteur, homogen, separat, silo, filler,
palleti, fault, stop, grade, veget, fruit, root, ceram and tile, which printed ``grade6`` (line 13), ``clay6`` (114),
``winefault8`` (144), ``liftfault8`` (169), ``srvfault6`` (188), ``bbfault6`` (224), ``milkfraud8`` (232),
``cncfault7`` (293), ``escalfault6`` (337), ``breadfault6`` (357), ``kiln6`` (384), ``dryer6`` (448) and
``milkrobot6`` (488); then cheese, butter, yog, cow, plant, line, bottl, pack, conveyor, mill, cement, glass, furnac,
robot, food, produce, cull, orchard and berry, which printed ``glass7`` (84), ``cheese8`` (96), ``pipeline8`` (133),
``sortline6`` (209), ``robotarm6`` (240), ``foodhyg6`` (339), ``conveyor6`` (377), ``treadmill6`` (420),
``furnace6`` (460), ``milkrobot6`` (488), ``papermill6`` (505), ``bottling6`` (517), ``strawberry4`` (526),
``glassworks6`` (532) and ``sawmill6`` (533) (none opened; the file's count line and its other names were not read;
the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these). The near ones:
``kiln6`` perhaps a kiln's states or faults (near brickworks6's tunnel kiln by the word, the nearest to it; not
opened: brickworks6's causes, columns and map were written without it), ``dryer6`` perhaps a dryer's faults (near
its dryer), ``clay6`` likely clay or soil classes (the material, not a plant), ``robotarm6`` a robot arm's faults
(near its setting robots by the word), ``furnace6`` and ``glassworks6`` a furnace's faults and round 137's glass
plant's stops (round 137's first 2,000 characters name glassworks6: another kiln-fired industry's stops);
``milkfraud8`` likely milk's adulteration, ``milkrobot6`` a milking robot's records (the farm, not the plant) and
``cheese8`` cheeses (round 30's docstring names them), near creamery6 by the word; ``bottling6`` round 133's bottling
line's stoppages (its name only here: a filling line's stops, the nearest kind of data to creamery6's filler and case
packer, not opened); ``strawberry4`` round 136's grades (another fruit's U.S. grades, near kiwi4 by kind);
``sortline6``, ``foodhyg6`` and ``conveyor6`` perhaps a sorting line, a food plant's hygiene and a conveyor; the
others caught only by the stems. The names and the fields were fixed by the lead. As in rounds 124-138, the two
graded sets simulate a pool (200,000 lots), label each the way its field does and keep a fixed number of each class
(``_keep``, shuffled; the culls take any lot); the two unordered sets draw their classes' rows from a table of each
class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns about them), with
categorical columns drawn from per-class tables of chances (``_cat``, round 138's function, as ``_below`` and
``_either``). Two sets have ORDERED classes (``ORDERED``): lots of topped carrots a shipping point's inspector grades,
in four grades in order (U.S. Extra No. 1, U.S. No. 1, U.S. No. 2, the culls), labelled by the share of the sample's
roots failing the grade's requirements (forked or misshapen, rough, cracked or split, green shoulders, broken, dirty:
``_fails``, Extra No. 1's level stricter, No. 2's at serious damage but for the form), the serious damage, the soft
rot and the roots off the grade's size (3/4 to 1 1/2 inch across and 5 inches long; No. 2 3/4 inch and 3 inches:
``_below``, ``_either``) against each grade's tolerances (``CARROT_LIMITS``; ``CARROT_GRADING``, not columns); and
lots of kiwifruit, in four grades in order (U.S. Fancy, U.S. No. 1, U.S. No. 2, the culls), labelled by the share of
the sample's fruit failing the grade's requirements (immature, soft, misshapen, scarred or rubbed, sunburnt, bruised;
Fancy's at the injury level, No. 1's at damage, No. 2's at serious damage but for maturity and shape), the serious
damage, the decay and the fruit off the pack's size uniformity against each grade's tolerances (``KIWI_LIMITS``;
``KIWI_GRADING``); each described by the packing shed's or the packing house's records and simple measures apart from
the grade. Two have UNORDERED classes: a clay-brick plant's unplanned stops, in 6 causes its crew confuses (the clay
preparation, the extruder and its vacuum, the cutter, the dryer, the tunnel kiln and its car pusher, the setting and
packing robots; product changes and planned kiln maintenance left out); and a milk processing plant's unplanned
stops, in 6 causes its operators confuse (the milk reception and its silos, the separator, the HTST pasteuriser and
its flow diversion, the homogeniser, the filler, the case packer and palletiser; product changeovers and planned
cleaning-in-place left out); each described by the plant's logs or SCADA, the shift report and the crew's measures.
``NEIGHBOURS`` names each set's neighbour map (``CARROT_NEIGHBOURS``, ``KIWI_NEIGHBOURS``, ``BRICK_NEIGHBOURS``,
``CREAMERY_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows
and limits, before any generator was written or ran: commit 719c8ff6; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
carrot4,kiwi4,brickworks6,creamery6``, ``--data round139``).

**The grades, as read and as taken.** Topped carrots: the U.S. standards as read (the AMS page) name four grades,
U.S. Extra No. 1, U.S. No. 1, U.S. No. 1 Jumbo and U.S. No. 2; Jumbo is No. 1's requirements at a larger size (1 to
2 1/2 inches across), not a step of quality, so the three taken in their order are Extra No. 1, No. 1 and No. 2, the
fourth the culls. The page gives No. 2's size as 1 to 3 inches across and at least 3 inches long; the author keeps
No. 2's least diameter at 3/4 inch (No. 1's) and sets no upper one, so that a root fit for No. 1 by size is fit for
No. 2 (the author's choice, said here; not checked against the standard's text). Kiwifruit: the U.S. standards'
three grades as read (7 CFR 51.2335): U.S. Fancy, U.S. No. 1, U.S. No. 2, the culls fourth.

The author opened only: its brief (``/tmp/s71/brief139.md``, with ``cat``, in a command that also listed
``/tmp/s71`` with ``ls``: a slip, the directory's other file names printed, none opened); ``docs/data-authors.md``
(all, with ``cat``, after ``date``, ``mkdir -p /tmp/round139``, the worktree's creation and a ``wc -c`` of it; not
edited); ``benchmarks/data_quality_round138.py`` (all, with ``cat``, after a ``wc -l`` of it, its tests, the common
helpers and ``tests/round_checks.py``; the display left out lines 144-435, then ``sed -n 144,435p``; not edited);
``benchmarks/data_quality_round_common.py``, ``tests/round_checks.py`` and ``tests/test_data_quality_round138.py``
(all, with ``cat`` in one command; not edited); round 30's module docstring (printed through ``ast``, cut at its first
3,000 characters by a slice) and the first 2,000 characters of rounds 136's, 137's and 138's modules (``head -c
2000``, in the same command); ``/tmp/s71/setnames139.txt`` (as above); ``benchmarks/data_quality_actions.py`` through a
``grep -n -i round138`` piped through ``grep -v BLIND_ROUND`` (hits 178, 272 and 630), then lines 175-180, 268-274
and 627-633 (``sed -n`` each through ``grep -v BLIND_ROUND``, in the command that also printed
``tests/test_architecture.py`` lines 1-110 with ``sed -n 1,110p``; ``BLIND_ROUND``'s value was not printed: the
first comment lines after the ``ROUNDS`` entry, describing the blind round (their example names a round), were
printed and not changed), edited with a Python string replacement, each old string asserted to occur once (the import
after round 138's, the ``ROUNDS`` entry ``139: ROUND139_GENERATORS`` after 138's, the help's round138 and round
138's; ``BLIND_ROUND`` and its comment not touched); checked with a ``grep -n -i -E`` of round138, round139, "round
138" and "round 139" through ``grep -v BLIND_ROUND`` (hits 178, 179, 273, 274, 632, 633), an ``awk`` for lines over
120 characters (none), ``git diff --numstat`` (5 lines added, 3 removed) and a scratch import of ``ROUNDS``' last
keys, ``round_of`` and ``split`` of each name and ``check_registered``. ``benchmarks/data_quality_round5.py`` was not
opened (``main`` and ``ordinal_neighbours`` imported as round 138 imports them; ``main`` not run). No ``git log`` ran
but ``git log --oneline -1`` after each commit (and ``git log --oneline main..HEAD`` at the end); ``git diff
--numstat`` and ``git status --short`` of the worktree's own changes. The scratch scripts (``/tmp/round139/``) ran
from the worktree with ``PYTHONPATH=.``. The neighbour maps were checked with ``round_checks.check_neighbours`` (and
the rows' sums) before the first commit. Before the generators' commit (97b060ee, with the registration) the four
generators were run only to check that they ran, their shapes, dtypes, finiteness, determinism, class counts and
time (0.36 s carrot4, 0.24 s kiwi4, under 0.01 s the others). carrot4 failed at the first try (``_keep`` could not
draw 520 Extra No. 1 lots): the two pools' class counts were printed once (seed 1, not the sets' seed: carrot4's pool
held 207 Extra No. 1 lots in 200,000, kiwi4's 14,305 Fancy), and Extra No. 1's size limit in ``CARROT_LIMITS``
(committed at 5 % in 719c8ff6) was set to No. 1's 10 % (the roots' spread of diameters within a lot left almost no
lot under 5 % off size; the standard gives the two grades the same sizes); carrot4's pool's counts were printed once
more (22,087 Extra No. 1) and then all four ran. This change came before any set was drawn or measured and is said
apart from the one change a set may have after its measure. After that commit the MLP's figures (train and test,
seeds 0 and 1), the baseline's error, the share between neighbours, the eight commonest error pairs and the class
error rates were printed once for all four sets (the script's output filtered through ``grep -v Warning``). **All
four met every aim at the first measure; no set was changed after it.** Then the class medians, the categorical
columns' shares by class and each set's first row were printed once, to write the tests and this docstring. No
function of the detector or the filter was called.

set           rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
carrot4       2,140  4 (520 / 600 / 560 / 460), ordered        72.3 / 73.3 | 73.1 / 68.0       40.0     82 %
kiwi4         2,140  4 (480 / 580 / 600 / 480), ordered        82.9 / 75.3 | 79.0 / 75.1       37.7     88 %
brickworks6   2,140  6 (360 / 400 / 300 / 340 / 420 / 320)     86.5 / 80.4 | 81.5 / 80.9       24.5     83 %
creamery6     2,140  6 (340 / 300 / 420 / 320 / 440 / 320)     82.2 / 79.6 | 80.6 / 76.1       24.2     79 %

The aims (the brief's): MLP 60-90 % test accuracy, the baseline's error 15-40 %, at least 60 % of its errors between
neighbours. All four meet them; **carrot4's baseline error is at the aim's edge**: 855 errors of 2,140, 39.95 %, under
40 % by 0.05 points (kept: it meets the aim as written, so no change was allowed). In carrot4 (855 errors): Extra
No. 1 with No. 1 41 % of them, No. 1 with No. 2 27 %, Extra No. 1 with No. 2 15 % (outside: a lot's size or a
stricter defect level can fail both Extra No. 1 and No. 1 while No. 2's serious damage level passes it), No. 2 with
the culls 13 %, No. 1 with the culls 2 %; No. 2 errs most (55 %; No. 1 43 %, Extra No. 1 36 %), the culls least (22 %:
mostly young, thin, short roots off size). In kiwi4 (807 errors): Fancy with No. 1 36 %, No. 1 with No. 2 32 %, No. 2
with the culls 20 %, No. 1 with the culls 8 % (outside), Fancy with No. 2 2 %; No. 1 errs most (48 %; the culls 43 %,
No. 2 38 %), Fancy least (20 %). brickworks6 errs on 24.5 % (525 errors), 83 % between causes the crew confuses
(``BRICK_NEIGHBOURS``): the clay preparation with the extruder 29 % of them, the extruder with the cutter 18 %, the
clay preparation with the dryer 11 %, the dryer with the kiln 9 %, the cutter with the robots 8 %, the kiln with the
robots 6 %, the extruder with the robots 4 % (outside), the clay preparation with the robots 3 % (outside); the cutter
errs most (33 %; the extruder 30 %, the clay preparation 27 %, the robots 23 %, the dryer 22 %), the kiln least
(14 %). creamery6 errs on 24.2 % (518 errors), 79 % between causes the operators confuse (``CREAMERY_NEIGHBOURS``):
the filler with the case packer 20 %, the reception with the separator 18 %, the reception with the pasteuriser 13 %,
the pasteuriser with the homogeniser 11 %, the reception with the homogeniser 10 % (outside), the separator with the
homogeniser 10 %, the separator with the pasteuriser 6 %, the reception with the filler 4 % (outside); the
homogeniser errs most (32 %; the separator 31 %, the case packer 28 %, the pasteuriser 25 %, the reception 19 %), the
filler least (14 %).

Public sources were searched (six searches of stored pages, read only as the searches' excerpts): carrots (the AMS
page of the topped carrot standards: Extra No. 1 well trimmed, firm, clean, fairly well coloured, fairly smooth,
well formed, free from secondary new top growth and soft rot and from damage by freezing, growth cracks, sunburn,
pithiness, woodiness, internal discolouration, oil spray, dry rot, other disease, insects or other means, 3/4 to 1 1/2
inch across and 5 inches long; No. 1 fairly clean and fairly well formed; No. 1 Jumbo No. 1 but 1 to 2 1/2 inches; No.
2 not excessively rough, not seriously misshapen, free from serious damage, 1 to 3 inches across and 3 inches long; a
produce training page: the four grades, 10 % total defects including 5 % serious damage including 2 % soft rot, good
delivery 15 / 8 / 4 %, a fresh crack damage over 1/5 of the length, 1/8 inch wide or 1/4 inch deep, serious damage over
1/2 the length; its note on new top growth scored against the 10 % tolerance; the processing carrots' grades (green
core, pithy core, watercore); the revision adding No. 1 grades for other colours; an Indian (AGMARK) and a UNECE-like
text: Extra class 5 %, Class I 10 % with broken roots 10 %, green or purple tops); kiwifruit (7 CFR 51.2335 as
reprinted: the three grades, Fancy free from injury, No. 1 from damage, No. 2 from serious damage, by bruises, leaf or
limb rubs, discolouration, hail, growth cracks, scab, scars, sunburn, scale, insects, other diseases or mechanical
means, Fancy well formed, No. 1 fairly well formed, No. 2 not badly misshapen and fairly clean; a produce training
page: en route 12 % total, 8 % permanent defects, 6 % serious damage, 4 % serious permanent, 2 % internal breakdown or
decay, good delivery 15 / 8 / 3 %, bruise damage over 1/8 inch deep or 3/8 inch across, serious over 1/4 inch or 1/2
inch; California's marketing order raising the badly misshapen tolerance from 7 to 16 %; the shipping point
inspection instructions' title; an encyclopaedia: harvest maturity by the refractometer, 6.2 Brix in New Zealand, 6.5
elsewhere, dry matter as another index; postharvest pages: at least 6.5 % soluble solids and 14 lbf firmness (8 mm
tip) at harvest, ripe at 2-3 lbf and 14 % soluble solids, 0 deg C, 90-95 % humidity, sensitive to ethylene; a cargo
handbook: 15-20 lbs at harvest, 2-3 months' storage; California Agriculture: dry matter at least 15.1 % for consumers;
the UNECE standard's minimum requirements: bruising, hail, rots, frost and sunburn excluded); the brick plant (a
plant's page: drying cars, dryers heated by the kiln's excess heat, 48 hours at least, 6 % shrinkage, the setting
machine stacking the dried bricks on tunnel kiln cars; a machinery maker's page: the clay's preparation (a stone
separating mill, primary and fine roll crushers, a high speed mill, a filter pug mill), the de-airing extrusion in the
vacuum chamber, the slug, multi-wire, reel and push-through cutters, the loading, unloading and setting machines,
drying at 75-85 deg C; a masonry page: crushing, grinding, the pug mill, stiff-mud extrusion, the wire cutter, green
units up to 30 % water, dryers on the kilns' waste heat, the tunnel kiln's slow cars; an encyclopaedia on automation
(setting, dehacking, packing and strapping without hands); two brick plant operators' forum reviews (kiln cars'
seals, pushing, the setting pattern, burners); a kiln car cleaning page); the milk plant (a food science text's HTST
overview: the constant level (balance) tank, the regenerator at 57-68 deg C, the timing pump, the heater to at least
72 deg C, the holding tube at least 16 s, the flow diversion device diverting milk under the cut-in temperature back
to the balance tank; a dairy plant's valve schedule: the separator in the HTST loop, its back pressure, the diversion
and leak detect valves; an FDA memorandum on the constant level tank; a licence exam's note on the fail-safe valve;
a text's stages: the milk clarified and separated before the homogeniser, then heated and held; a chapter on flow
diversion in aseptic plants). No source gave the classes' or causes' shares or any record's values by class; no
source gave an inspector's error. ``CARROT_LIMITS`` takes the 10 / 5 / 2 % as read for Extra No. 1 and No. 1 (the
page gives one line for the grades), the rest the author's; ``KIWI_LIMITS`` takes the en route 12 / 6 / 2 % as the
shipping point's limits of No. 1 (the shipping point's figures were not read), Fancy's 8 / 4 / 1 %, No. 2's 12 %
serious damage and every size uniformity limit the author's; the brick plant's and the milk plant's causes,
confusions and measures are the author's own.

The rest is the author's own reading of the fields, not checked: every number of the carrot pool (the fields', the
crews' shares and effects, the days since sowing ``uniform(75, 140)``, the rain, the heat, the hours to hydrocooling,
the pulp's temperature, the roots' age, the stones, the wetness, the exposure, the handling, each defect's logit, the
levels' offsets (-0.3 for Extra No. 1, 0 for No. 1, 2.2 for No. 2's but 1.0 for the form), the soft rot's law, the
diameter 27 mm with 4.5 mm within the lot, the length 170 mm with 22 mm within, the inspector's errors (15 % on the
log scale), the root's weight and the checks); every number of the kiwifruit pool (the same kinds, with the days in
cool store ``uniform(0, 120)`` before packing, the maturity, the softening, the pollination, the wind, the exposure,
the crop load, the levels' offsets (-0.5 for Fancy, 0 for No. 1, 2.2 for No. 2's but 0 for immaturity and 1.0 for the
shape), the weights' spread (CV 10 %) and the share off the count's range, the soluble solids about 7.5 % plus their
rise in store, the dry matter about 16.5 %, the firmness about 7 kgf, the weight about 100 g); every median, spread
and chance of the two unordered sets' tables.

Slips kept as committed: in carrot4 the field's, the crew's, the heat's and the pulp's medians hardly differ by grade
(the pulp 12.0-12.75 deg C), the quality check's roots off No. 1 are not monotone (the culls' median 9.7 % below No.
2's 10.6 %: the culls are mostly lots off size, young, thin, short roots, days since sowing 90 against 115-119), and
the root's weight, diameter and length are lowest for the culls but not ordered among the three grades; in kiwi4 the
orchard's and the crew's medians hardly differ, the rain's median is 0 but for the culls (6.45 mm), the soluble
solids tie for No. 2 and the culls (10.9 %) and the check's fruit off No. 1 is 13.35 % for No. 2 against 13.25 % for
the culls; in brickworks6 the kiln's and the robots' output medians tie (14.4 thousand an hour) and the body's and
the shift's differences are small; in creamery6 the docstring gives the reception "the operator's call" but the case
packer's (46 %) and the filler's (44 %) shares are above its 43 % (the tests do not claim it), and the product's and
the shift's differences are small. Other slips: the ``ls /tmp/s71`` above; the pools' class counts printed while
fixing carrot4 (above); the limit committed in the first commit and changed before any set was drawn (above); No.
2's carrot diameter as read not followed (above); ``date`` read 20:41 at the start and 20:46 when this account was
begun (the machine's clock, taken as it is); the account was written last (the first commits carried a placeholder
line).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``; load average about 3.0): the 19 tests' whole
``pytest`` run reported 7.43 s (wall 9.8 s, **user time 5.48 s**), all passing at the first run, and with this
docstring 8.31 s (wall 10.9 s, user time 5.62 s, load average 3.0); the tests' own calls
take about 2.5 s (``--durations``: carrot4's second build 0.77 s, kiwi4's 0.64 s, each MLP fit 0.2-0.4 s), importing
``benchmarks.data_quality_actions`` (every round's module), sklearn's estimators and pytest the rest. **Over the 6 s
aim in the reported time by 1.4-2.3 s**, said: the user time is under it, the imports (every round's module) about
4-5 s of it and the shared machine's load the rest; the author did not trim the tests. ``pytest
tests/test_architecture.py`` passed (337).
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


# ---------------------------------------------------------------------- carrot4: a lot of topped carrots' grade
#: the 4 classes of ``carrot4`` (a lot of topped carrots a shipping point's inspector grades), the best first. The
#: U.S. Standards for Grades of Topped Carrots as read name U.S. Extra No. 1, U.S. No. 1, U.S. No. 1 Jumbo (No. 1's
#: requirements but for size) and U.S. No. 2; the three taken are Extra No. 1, No. 1 and No. 2 (Jumbo left out: a
#: size variant of No. 1, not a step of quality); the fourth the culls
CARROT_CLASSES = ("U.S. Extra No. 1 (similar varietal characteristics, well trimmed, firm, clean, fairly well "
                  "coloured, fairly smooth, well formed; free from secondary new top growth and soft rot, and from "
                  "damage by freezing, growth cracks, sunburn, pithiness, woodiness, internal discolouration, dry "
                  "rot, other disease, insects or other means; 3/4 to 1 1/2 inch across, at least 5 inches long)",
                  "U.S. No. 1 (well trimmed, firm, fairly clean, fairly well coloured, fairly smooth, fairly well "
                  "formed; free from soft rot and from damage by the same causes; 3/4 to 1 1/2 inch across, at "
                  "least 5 inches long)",
                  "U.S. No. 2 (well trimmed, firm, not excessively rough, not seriously misshapen; free from soft rot "
                  "and from serious damage by dirt and the same causes; at least 3 inches long; the author keeps "
                  "its least diameter at 3/4 inch, see the docstring)",
                  "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
CARROT_ROWS = (520, 600, 560, 460)
#: per grade from Extra No. 1 to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: roots): the roots failing the grade's own requirements (misshapen or forked, rough, split or cracked, green
#: shoulders (sunburn), broken, dirty, damaged by disease or insects; Extra No. 1's level a little stricter, No. 2's
#: at serious damage but for the form), the roots seriously damaged, the roots with soft rot, the roots off the
#: grade's size (under 3/4 or over 1 1/2 inch across or under 5 inches long; No. 2 under 3/4 inch or under 3 inches).
#: 10 % total, 5 % serious damage and 2 % soft rot as read (one tolerance line for the grades); Extra No. 1's 1 %
#: soft rot, No. 2's 10 % serious damage and every size limit the author's (Extra No. 1's size limit was 5 % in the
#: first commit: no pool lot met it; 10 % as No. 1's before any set was drawn); the culls take any lot
CARROT_LIMITS = np.array([[10.0, 5.0, 1.0, 10.0], [10.0, 5.0, 2.0, 10.0], [10.0, 10.0, 2.0, 10.0],
                          [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a root
#: read well or fairly well formed, a crack or a green shoulder scored damage or serious damage, a root on the gauge)
CARROT_NEIGHBOURS = ordinal_neighbours(len(CARROT_CLASSES))
#: what the grade is set from: the label's basis, not columns
CARROT_GRADING = ("the shipping point inspector's sample of the lot's roots: the form (forked, crooked), "
                  "smoothness, colour, cleanness, the diameter and the length on the gauge, green shoulders "
                  "(sunburn), growth cracks, split or broken roots, soft rot and other defects, each scored at the "
                  "grade's level, against each grade's tolerances",
                  "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- kiwi4: a lot of kiwifruit's grade
#: the 4 classes of ``kiwi4`` (a lot of kiwifruit a shipping point's inspector grades), the best first: the U.S.
#: Standards for Grades of Kiwifruit's three grades as read (U.S. Fancy, U.S. No. 1, U.S. No. 2), then the culls
KIWI_CLASSES = ("U.S. Fancy (similar varietal characteristics, mature, not soft, overripe or shrivelled, carefully "
                "packed, clean, well formed; free from worm holes, unhealed broken skins, sunscald, freezing "
                "injury, internal breakdown and decay, and from injury by bruises, leaf or limb rubs, "
                "discolouration, hail, growth cracks, scab, scars, sunburn, scale, insects, other diseases or "
                "mechanical means)",
                "U.S. No. 1 (the same but fairly well formed, and free from damage by those causes)",
                "U.S. No. 2 (the same but fairly clean, not badly misshapen, and free from serious damage by those "
                "causes)",
                "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
KIWI_ROWS = (480, 580, 600, 480)
#: per grade from U.S. Fancy to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: fruit): the fruit failing the grade's own requirements (immature, soft, misshapen, scarred or rubbed, sunburnt,
#: bruised, other defects; Fancy's at the injury level, No. 1's at damage, No. 2's at serious damage but for the
#: shape and maturity), the fruit seriously damaged, the fruit with decay or internal breakdown, the fruit off the
#: pack's size uniformity (outside the count's weight range). Read: en route 12 % total, 6 % serious damage, 2 % decay
#: for Fancy and No. 1 (taken here for No. 1 and No. 2 at shipping point); Fancy's 8 / 4 / 1 %, every size limit and
#: No. 2's 12 % serious damage the author's; the culls take any lot
KIWI_LIMITS = np.array([[8.0, 4.0, 1.0, 5.0], [12.0, 6.0, 2.0, 10.0], [12.0, 12.0, 2.0, 15.0],
                        [100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a fruit's
#: shape read well or fairly well formed, a rub or a bruise scored injury, damage or serious damage)
KIWI_NEIGHBOURS = ordinal_neighbours(len(KIWI_CLASSES))
#: what the grade is set from: the label's basis, not columns
KIWI_GRADING = ("the shipping point inspector's sample of the lot's fruit: maturity, firmness, the shape, the size's "
                "uniformity, scars and rubs, sunburn, bruises, decay and other defects, each scored at the grade's "
                "level, against each grade's tolerances",
                "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- brickworks6: a brick plant's unplanned stops
#: the 6 classes of ``brickworks6`` (a clay-brick plant's unplanned stops, by the section its crew found at fault);
#: left out: the product changes and the planned kiln maintenance
BRICK_CLASSES = ("the clay preparation (the box feeder, the crushers and rolls, the pan mill, the belts to the "
                 "extruder)",
                 "the extruder and its vacuum (the pug mill, the de-airing chamber's vacuum pump, the auger, the die)",
                 "the cutter (the slug and the multi-wire cutter, the wires, the off-bearing belts)",
                 "the dryer (the dryer cars or racks, the fans, the waste heat's ducts and dampers)",
                 "the tunnel kiln and its car pusher (the burners, the fans, the kiln cars, the hydraulic pusher, the "
                 "transfer cars)",
                 "the setting and packing robots (the setting machine's grippers, the dehacker, the packing and "
                 "strapping)")
BRICK_ROWS = (360, 400, 300, 340, 420, 320)
#: the causes the crew confuses (symmetric): the clay preparation against the extruder (stones, dry or wet clay
#: blocking the auger and the die) and the dryer (the clay's water and grit cracking the green bricks); the extruder
#: against the cutter (a soft or torn column, the column's speed); the cutter against the robots (misplaced or
#: damaged green bricks at the setting); the dryer against the kiln (the kiln's waste heat feeds the dryer; a crack
#: from drying found after firing) and the robots (dried bricks to the setting machine); the kiln against the robots
#: (a collapsed setting on a kiln car, the pusher waiting for set cars)
BRICK_NEIGHBOURS = {0: (1, 3), 1: (0, 2), 2: (1, 5), 3: (0, 4, 5), 4: (3, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- creamery6: a milk plant's unplanned stops
#: the 6 classes of ``creamery6`` (a milk processing plant's unplanned stops, by the part its operators found at
#: fault); left out: the product changeovers and the planned cleaning-in-place
CREAMERY_CLASSES = ("the milk reception and its silos (the tankers' unloading, the deaerator, the raw milk cooler, "
                    "the silos' agitators and levels)",
                    "the separator (the clarifier and the separator's bowl, its desludging, the standardisation)",
                    "the pasteuriser (HTST) and its flow diversion (the balance tank, the plates, the holding tube, "
                    "the timing pump, the flow diversion device)",
                    "the homogeniser (its pistons, valves and seals, the pressure)",
                    "the filler (the bottles' or cartons' forming, filling and capping)",
                    "the case packer and the palletiser (the crates, the stacker, the wrapper)")
CREAMERY_ROWS = (340, 300, 420, 320, 440, 320)
#: the causes the operators confuse (symmetric): the reception against the separator (cold or sludgy milk, the
#: separator's feed) and the pasteuriser (a low balance tank, the raw milk's temperature); the separator against the
#: pasteuriser (the separator in the HTST loop, its back pressure) and the homogeniser (the pressures, the fat);
#: the pasteuriser against the homogeniser (a homogeniser as the timing pump, its pressure diverting the flow) and
#: the filler (the pasteurised milk's tank running empty, the filler's demand); the filler against the case packer
#: (the conveyors between them backing up)
CREAMERY_NEIGHBOURS = {0: (1, 2), 1: (0, 2, 3), 2: (0, 1, 3, 4), 3: (1, 2), 4: (2, 5), 5: (4,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"carrot4": CARROT_NEIGHBOURS, "kiwi4": KIWI_NEIGHBOURS, "brickworks6": BRICK_NEIGHBOURS,
              "creamery6": CREAMERY_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("carrot4", "kiwi4")


def _cat(rng, table, y):
    """A categorical column: per row, a value drawn from its class's row of chances in ``table`` (as round 138)."""
    return (rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)


def _below(mean, sd, low):
    """The % of a lot's units below ``low`` (the lot's ``mean``, the units' ``sd`` within it; the logistic's 1.7 the
    normal's scale; as round 138)."""
    return 100 * _sig(1.7 * (low - mean) / sd)


def _either(a, b):
    """The % of units off on either of two independent shares (%; as round 138)."""
    return 100 - (100 - a) * (100 - b) / 100


def _carrot_pool(rng, n):
    """The topped carrot lot pool's records, unseen laws and labels (``carrot4``)."""
    field = (rng.random(n)[:, None] > np.cumsum([0.2, 0.2, 0.2, 0.15, 0.15])).sum(1)  # the field (0-5)
    crew = rng.integers(0, 4, n)  # the harvester and its crew (0-3)
    days = np.round(rng.uniform(75, 140, n))  # days since sowing
    rain = np.round(np.where(rng.random(n) < 0.5, 0, np.exp(np.log(8) + 0.9 * rng.normal(0, 1, n))), 1)  # 7 days, mm
    tmax = np.round(np.clip(24 + np.array([0.0, 1.0, -1.0, 1.5, 0.0, -0.5])[field] + 5.0 * rng.normal(0, 1, n), 4,
                            42), 1)  # the day's maximum, deg C
    hours = np.round(np.clip(np.exp(np.log(4.0) + 0.5 * rng.normal(0, 1, n)), 0.5, 24), 1)  # digging to hydrocooling
    pulp = np.round(np.clip(10 + 0.3 * (tmax - 24) + 0.5 * hours + 1.5 * rng.normal(0, 1, n), 1, 32), 1)  # deg C
    age = (days - 107) / 18 + 0.4 * rng.normal(0, 1, n)  # unseen: the roots' age (size, cracks, roughness)
    soil = np.array([0.0, 0.5, -0.3, 0.3, -0.2, 0.4])[field] + 0.6 * rng.normal(0, 1, n)  # unseen: stones, compaction
    wet = np.log1p(rain) + 0.5 * rng.normal(0, 1, n)  # unseen: the soil's wetness (dirt, cracks, soft rot)
    expose = np.array([0.0, 0.3, -0.2, 0.2, 0.0, -0.3])[field] + 0.3 * age + 0.7 * rng.normal(0, 1, n)  # shoulders
    rough = np.array([0.0, 0.4, -0.2, 0.2])[crew] + 0.5 * rng.normal(0, 1, n)  # unseen: the harvester's handling
    z = np.column_stack([
        -4.4 + 1.0 * soil,  # forked, crooked, misshapen
        -4.8 + 0.5 * age + 0.4 * soil + 0.3 * rng.normal(0, 1, n),  # rough, hairy, not smooth
        -4.8 + 0.7 * age + 0.5 * wet,  # growth cracks, split
        -4.6 + 1.0 * expose,  # green shoulders, sunburn
        -4.4 + 1.0 * rough,  # broken
        -4.8 + 0.8 * wet + 0.2 * soil])  # dirty
    rot = -5.8 + 0.6 * wet + 0.12 * (hours - 4) + 0.06 * (pulp - 10) + 0.3 * rough  # soft rot
    fails = [_fails(z, [-0.3] * 6), _fails(z, [0.0] * 6), _fails(z, [1.0, 2.2, 2.2, 2.2, 2.2, 2.2])]
    serious = _fails(z, 2.2)
    decay = 100 * _sig(rot)
    diameter = 27 + 3.0 * age + np.array([0.0, -1.0, 1.0, -0.5, 0.5, 0.0])[field]  # the lot's mean, mm (sd 4.5)
    length = 170 + 12 * age - 8 * soil  # the lot's mean root length, mm (sd 22 within it)
    off = [_either(_either(_below(diameter, 4.5, 19.05), _below(-diameter, 4.5, -38.1)), _below(length, 22, 127))]
    off = off * 2 + [_either(_below(diameter, 4.5, 19.05), _below(length, 22, 76.2))]
    noise = [np.exp(0.15 * rng.normal(0, 1, n)) for _ in range(5)]
    s, d = np.round(serious * noise[2], 1), np.round(decay * noise[3], 1)
    seen = np.zeros((n, 4, 4))
    for g in range(3):
        seen[:, g] = np.column_stack([np.round(np.minimum(fails[g] * noise[min(g, 1)], 100), 1), s, d,
                                      np.round(np.minimum(off[g] * noise[4], 100), 1)])
    label = _grade(seen, CARROT_LIMITS)
    return locals()


def carrot4():
    """Lots of topped carrots a shipping point's inspector grades, in 4 grades (``CARROT_CLASSES``; the best grade
    whose ``CARROT_LIMITS`` the inspector's sample meets, the culls any lot; ``CARROT_GRADING`` the label's basis and
    not columns), as the packing shed's records and simple measures apart from the grade describe them. Unseen: the
    roots' age (the days since sowing: the size, cracks, roughness), the field's stones and compaction (forked,
    misshapen, shorter roots), the soil's wetness (the rain: dirt, cracks, soft rot), the shoulders' exposure (green
    shoulders), the harvester's handling (broken roots, soft rot), the hours to hydrocooling and the pulp's heat (soft
    rot) and the inspector's sample. Columns: the field (0-5), the harvester and crew (0-3), the days since sowing,
    the rain over the 7 days before digging (mm), the day's maximum (deg C), the hours from digging to hydrocooling,
    the pulp temperature at receipt (deg C), the mean root weight (g), the mean root diameter (mm), the mean root
    length (cm), the packing shed's quality check's roots off U.S. No. 1 (%, the lot's share within about 12 %) and
    its soft rot (%, within about 15 %) (12). Imbalanced: 520 / 600 / 560 / 460 rows (2,140)."""
    rng = np.random.default_rng(139101)
    p = _carrot_pool(rng, 200000)
    n = len(p["label"])
    keep = _keep(rng, p["label"], CARROT_ROWS)
    x = np.column_stack([
        p["field"], p["crew"], p["days"], p["rain"], p["tmax"], p["hours"], p["pulp"],
        np.round(np.clip(np.exp(np.log(90) + 0.06 * (p["diameter"] - 27) + 0.12 * rng.normal(0, 1, n)), 10, 600)),
        np.round(np.clip(p["diameter"] + 1.2 * rng.normal(0, 1, n), 8, 70), 1),
        np.round(np.clip(p["length"] / 10 + 0.8 * rng.normal(0, 1, n), 4, 35), 1),
        np.round(np.clip(p["fails"][1] * np.exp(0.12 * rng.normal(0, 1, n)), 0, 100), 1),
        np.round(np.clip(p["decay"] * np.exp(0.15 * rng.normal(0, 1, n)), 0, 100), 2),
    ])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def _kiwi_pool(rng, n):
    """The kiwifruit lot pool's records, unseen laws and labels (``kiwi4``)."""
    orchard = (rng.random(n)[:, None] > np.cumsum([0.2, 0.2, 0.2, 0.15, 0.15])).sum(1)  # the orchard (0-5)
    crew = rng.integers(0, 4, n)  # the picking crew (0-3)
    rain = np.round(np.where(rng.random(n) < 0.6, 0, np.exp(np.log(6) + 0.9 * rng.normal(0, 1, n))), 1)  # 3 days, mm
    hours = np.round(np.clip(np.exp(np.log(8.0) + 0.5 * rng.normal(0, 1, n)), 1, 48), 1)  # picking to cooling
    pulp = np.round(np.clip(14 + 0.3 * hours + 2.5 * rng.normal(0, 1, n), 2, 30), 1)  # at receipt, deg C
    store = np.round(rng.uniform(0, 120, n))  # days in cool store before packing
    mature = np.array([0.0, 0.3, -0.3, 0.2, -0.2, 0.0])[orchard] + 0.8 * rng.normal(0, 1, n)  # unseen: at picking
    shape = np.array([0.0, 0.4, -0.3, 0.2, 0.0, -0.2])[orchard] + 0.7 * rng.normal(0, 1, n)  # unseen: pollination
    wind = np.array([0.0, -0.3, 0.5, 0.0, 0.3, -0.2])[orchard] + 0.7 * rng.normal(0, 1, n)  # unseen: rubs, scars
    sun = np.array([0.0, 0.3, 0.0, -0.3, 0.4, -0.2])[orchard] + 0.7 * rng.normal(0, 1, n)  # unseen: exposure
    rough = np.array([0.0, 0.4, -0.2, 0.2])[crew] + 0.5 * rng.normal(0, 1, n)  # unseen: the crew's handling
    wet = np.log1p(rain) + 0.5 * rng.normal(0, 1, n)  # unseen: wet fruit at picking (Botrytis)
    crop = np.array([0.0, 0.4, -0.3, 0.2, -0.2, 0.0])[orchard] + 0.6 * rng.normal(0, 1, n)  # unseen: the crop load
    soften = (store - 60) / 40 - 0.6 * mature + 0.04 * (hours - 8) + 0.4 * rng.normal(0, 1, n)  # unseen: softening
    z = np.column_stack([
        -4.2 - 1.3 * mature,  # immature (under the soluble solids' minimum at picking)
        -4.8 + 1.0 * soften + 0.3 * rough,  # soft, overripe, shrivelled
        -4.4 + 1.0 * shape,  # misshapen (flat, fan-shaped)
        -4.4 + 1.0 * wind,  # scars, leaf or limb rubs
        -4.8 + 1.0 * sun,  # sunburn, sunscald
        -4.4 + 1.0 * rough + 0.3 * soften])  # bruises
    rot = -6.0 + 0.6 * wet + 0.5 * soften + 0.08 * (hours - 8) + 0.05 * (pulp - 14) + 0.3 * rough  # decay
    fails = [_fails(z, [-0.5] * 6), _fails(z, [0.0] * 6), _fails(z, [0.0, 2.2, 1.0, 2.2, 2.2, 2.2])]
    serious = _fails(z, 2.2)
    decay = 100 * _sig(rot)
    weight = 100 - 8 * crop + 4 * mature  # the lot's mean fruit weight, g
    spread = 0.10 + 0.02 * crop + 0.03 * rng.normal(0, 1, n)  # unseen: the weights' spread within the lot (CV)
    offsize = 100 * _sig(-3.5 + 25 * (spread - 0.10))  # the fruit outside the count's weight range
    noise = [np.exp(0.15 * rng.normal(0, 1, n)) for _ in range(5)]
    s, d = np.round(serious * noise[2], 1), np.round(decay * noise[3], 1)
    seen = np.zeros((n, 4, 4))
    for g in range(3):
        seen[:, g] = np.column_stack([np.round(np.minimum(fails[g] * noise[min(g, 1)], 100), 1), s, d,
                                      np.round(np.minimum(offsize * noise[4], 100), 1)])
    label = _grade(seen, KIWI_LIMITS)
    return locals()


def kiwi4():
    """Lots of kiwifruit a shipping point's inspector grades, in 4 grades (``KIWI_CLASSES``; the best grade whose
    ``KIWI_LIMITS`` the inspector's sample meets, the culls any lot; ``KIWI_GRADING`` the label's basis and not
    columns), as the packing house's records and simple measures apart from the grade describe them. Unseen: the
    fruit's maturity at picking (the orchard: immature fruit, the soluble solids, the dry matter), the softening (the
    days in cool store, the maturity, the hours to cooling: soft fruit, bruises, decay), the pollination (misshapen
    fruit), the wind (scars and rubs), the exposure (sunburn), the crew's handling (bruises), wet fruit at picking
    (the rain: decay), the crop load (the weight and its spread) and the inspector's sample. Columns: the orchard
    (0-5), the picking crew (0-3), the rain over the 3 days before picking (mm), the hours from picking to cooling,
    the pulp temperature at receipt (deg C), the days in cool store, the refractometer's soluble solids (%), the dry
    matter (%), the penetrometer's firmness (kgf, 7.9 mm tip), the mean fruit weight (g), the weights' coefficient of
    variation in the packing line's sizer (%), the packing house's quality check's fruit off U.S. No. 1 (%, the lot's
    share within about 12 %) and its decayed fruit (%, within about 15 %) (13). Imbalanced: 480 / 580 / 600 / 480
    rows (2,140)."""
    rng = np.random.default_rng(139202)
    p = _kiwi_pool(rng, 200000)
    n, m = len(p["label"]), p["mature"]
    keep = _keep(rng, p["label"], KIWI_ROWS)
    x = np.column_stack([
        p["orchard"], p["crew"], p["rain"], p["hours"], p["pulp"], p["store"],
        np.round(np.clip(7.5 + 1.0 * m + 0.05 * p["store"] + 0.6 * rng.normal(0, 1, n), 4, 18), 1),
        np.round(np.clip(16.5 + 0.8 * m - 0.2 * p["crop"] + 0.6 * rng.normal(0, 1, n), 12, 24), 1),
        np.round(np.clip(7.0 - 1.5 * p["soften"] + 0.6 * rng.normal(0, 1, n), 0.3, 12), 2),
        np.round(np.clip(p["weight"] + 3.0 * rng.normal(0, 1, n), 50, 180), 1),
        np.round(np.clip(100 * p["spread"] + 1.0 * rng.normal(0, 1, n), 1, 40), 1),
        np.round(np.clip(p["fails"][1] * np.exp(0.12 * rng.normal(0, 1, n)), 0, 100), 1),
        np.round(np.clip(p["decay"] * np.exp(0.15 * rng.normal(0, 1, n)), 0, 100), 2),
    ])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``brickworks6``, the chances of how it was found (0 an alarm on the plant's PLC, 1 the operator's
#: call, 2 the quality checks (the green bricks' and the fired bricks' checks), 3 the maintenance round)
BRICK_FOUND = np.array([[0.35, 0.45, 0.05, 0.15], [0.45, 0.30, 0.15, 0.10], [0.30, 0.40, 0.25, 0.05],
                        [0.35, 0.20, 0.35, 0.10], [0.50, 0.20, 0.15, 0.15], [0.55, 0.35, 0.05, 0.05]])
#: per cause of ``brickworks6``, the chances of the clay body on the line (0 the red shale, 1 the buff fireclay,
#: 2 the blend)
BRICK_BODY = np.array([[0.30, 0.45, 0.25], [0.35, 0.40, 0.25], [0.35, 0.30, 0.35], [0.30, 0.35, 0.35],
                       [0.40, 0.30, 0.30], [0.35, 0.35, 0.30]])
#: per cause of ``brickworks6``, the chances of the shift (0 the day, 1 the evening, 2 the night)
BRICK_SHIFT = np.array([[0.40, 0.35, 0.25], [0.35, 0.35, 0.30], [0.35, 0.35, 0.30], [0.30, 0.30, 0.40],
                        [0.30, 0.30, 0.40], [0.40, 0.35, 0.25]])
#: per cause of ``brickworks6``, the medians of the plant's logs, the shift report and the crew's measures: the
#: extruder's output before the stop (thousand bricks per hour), the minutes down, the PLC alarms in the hour
#: before, the clay's moisture deviation at the extruder (percentage points), the de-airing chamber's absolute
#: pressure (mbar), the green bricks rejected at the cutter (per 1,000), the cutter's wire breaks (per shift), the
#: dryer's exhaust humidity (%), the dryer's temperature deviation (deg C), the kiln's firing zone deviation (deg C),
#: the kiln car push interval's deviation (minutes), the robots' gripper faults (per shift) and the days since the
#: part's last maintenance
BRICK_TABLE = np.array([
    # kbph mins  alarm moist vac   green wire  dryrh drydv kilnd push  grip  days
    [14.0, 45.0, 5.0, 1.6, 80.0, 6.0, 1.0, 55.0, 3.0, 6.0, 4.0, 1.0, 50.0],  # clay preparation
    [13.0, 40.0, 6.0, 0.9, 160.0, 10.0, 1.2, 55.0, 3.0, 6.0, 4.0, 1.0, 40.0],  # extruder and vacuum
    [14.0, 25.0, 7.0, 0.6, 85.0, 15.0, 5.0, 55.0, 3.0, 6.0, 4.0, 1.5, 30.0],  # cutter
    [14.0, 50.0, 5.0, 0.8, 80.0, 6.0, 1.0, 70.0, 12.0, 7.0, 5.0, 1.2, 45.0],  # dryer
    [14.5, 90.0, 6.0, 0.6, 80.0, 5.0, 1.0, 58.0, 4.0, 25.0, 18.0, 1.5, 70.0],  # tunnel kiln and car pusher
    [15.0, 20.0, 9.0, 0.6, 80.0, 7.0, 1.2, 56.0, 3.0, 7.0, 6.0, 8.0, 30.0],  # setting and packing robots
])
BRICK_LOGS = [1, 3, 4, 5, 6, 8, 9, 10, 11, 12]
BRICK_KINDS = [("norm", 1.5, -0.3), ("log", 0.7, 0.1), ("count", 0.7, 0.1), ("log", 0.45, 0.05),
               ("log", 0.35, 0.05), ("log", 0.45, 0.1), ("log", 0.5, 0.1), ("norm", 5.0, 0.5), ("log", 0.45, 0.05),
               ("log", 0.45, 0.05), ("log", 0.45, 0.1), ("log", 0.45, 0.1), ("log", 0.6, 0)]


def brickworks6():
    """A clay-brick plant's unplanned stops, in 6 causes its crew confuses (``BRICK_CLASSES``), labelled by the crew's
    finding, as the plant's logs, the shift report and the crew's measures apart from it describe them. Each cause has
    its picture (``BRICK_FOUND``, ``BRICK_BODY``, ``BRICK_SHIFT``, ``BRICK_TABLE``; each class's medians ``_pull``ed
    0.3 of the way toward its neighbours'): the clay preparation the operator's call, the fireclay, the clay's
    moisture deviation; the extruder the de-airing chamber's pressure (a poor vacuum), the lowest output; the cutter
    the wire breaks, the green rejects; the dryer the quality checks, the dryer's humidity and temperature deviation;
    the kiln the longest stops, the firing zone's and the push interval's deviations, the longest since maintenance;
    the robots an alarm, the gripper faults, the shortest stops, the most alarms. Unseen: the shift's trouble (one
    per-row factor raising the minutes, the alarms and the faults, lowering the output). Columns: how found (0-3), the
    clay body (0-2), the shift (0-2), then the table's 13 (the output to a tenth within 2-30, the minutes whole within
    2-900, the alarms whole within 0-300, the moisture deviation to a hundredth within 0-10, the pressure whole within
    10-600 mbar, the rejects whole within 0-1,000, the wire breaks to a tenth within 0-100, the humidity to a tenth
    within 10-99 %, the deviations to a tenth within 0-200 (deg C or minutes), the gripper faults to a tenth within
    0-100, the days whole within 1-730) (16). Imbalanced: 360 / 400 / 300 / 340 / 420 / 320 rows (2,140)."""
    rng = np.random.default_rng(139303)
    y = rng.permutation(np.repeat(np.arange(len(BRICK_CLASSES)), BRICK_ROWS))
    cats = [_cat(rng, table, y) for table in (BRICK_FOUND, BRICK_BODY, BRICK_SHIFT)]
    t = _pull(BRICK_TABLE, BRICK_NEIGHBOURS, 0.3, BRICK_LOGS)[y]
    x = _draw(rng, t, BRICK_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 2, 30, 1), (1, 2, 900, 0), (2, 0, 300, 0), (3, 0, 10, 2), (4, 10, 600, 0),
                                 (5, 0, 1000, 0), (6, 0, 100, 1), (7, 10, 99, 1), (8, 0, 200, 1), (9, 0, 200, 1),
                                 (10, 0, 200, 1), (11, 0, 100, 1), (12, 1, 730, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``creamery6``, the chances of how it was found (0 an alarm on the SCADA, 1 the operator's call,
#: 2 the laboratory's and the quality checks (the raw milk's tests, the fat, the fill volumes), 3 the maintenance
#: round)
CREAMERY_FOUND = np.array([[0.30, 0.40, 0.25, 0.05], [0.35, 0.25, 0.30, 0.10], [0.60, 0.20, 0.10, 0.10],
                           [0.40, 0.30, 0.15, 0.15], [0.35, 0.45, 0.15, 0.05], [0.45, 0.45, 0.05, 0.05]])
#: per cause of ``creamery6``, the chances of the product on the line (0 whole milk, 1 semi-skimmed, 2 cream)
CREAMERY_PRODUCT = np.array([[0.40, 0.35, 0.25], [0.25, 0.40, 0.35], [0.35, 0.35, 0.30], [0.40, 0.35, 0.25],
                             [0.35, 0.40, 0.25], [0.35, 0.40, 0.25]])
#: per cause of ``creamery6``, the chances of the shift (0 the early, 1 the late, 2 the night)
CREAMERY_SHIFT = np.array([[0.45, 0.30, 0.25], [0.33, 0.33, 0.34], [0.35, 0.35, 0.30], [0.30, 0.35, 0.35],
                           [0.35, 0.35, 0.30], [0.30, 0.35, 0.35]])
#: per cause of ``creamery6``, the medians of the plant's SCADA logs, the shift report and the operators' measures:
#: the line's throughput before the stop (thousand litres per hour), the minutes down, the SCADA alarms in the hour
#: before, the raw milk's temperature at reception (deg C), the separator's vibration (mm/s), the skim milk's fat
#: (%), the flow diversions in the hour before, the holding tube's temperature shortfall from the set point (deg C),
#: the homogeniser's pressure deviation (bar), the filler's rejects (per 1,000 packs), the fill volumes' variation
#: (CV, %), the case packer's and palletiser's jams (per shift) and the days since the part's last maintenance
CREAMERY_TABLE = np.array([
    # klh  mins  alarm rawT  vib   skim  divrt hold  homog fillr fcv   jams  days
    [20.0, 45.0, 5.0, 6.5, 2.5, 0.05, 1.5, 0.3, 6.0, 4.0, 0.6, 1.5, 45.0],  # reception and silos
    [20.0, 40.0, 6.0, 4.5, 7.0, 0.10, 1.5, 0.3, 7.0, 4.0, 0.6, 1.5, 40.0],  # separator
    [19.0, 55.0, 8.0, 4.5, 2.5, 0.05, 6.0, 1.5, 7.0, 4.0, 0.6, 1.5, 50.0],  # pasteuriser and flow diversion
    [20.0, 50.0, 6.0, 4.2, 2.8, 0.05, 2.0, 0.4, 25.0, 4.0, 0.6, 1.5, 60.0],  # homogeniser
    [21.0, 25.0, 7.0, 4.2, 2.5, 0.05, 1.2, 0.3, 6.0, 18.0, 1.6, 2.5, 30.0],  # filler
    [22.0, 15.0, 9.0, 4.2, 2.5, 0.05, 1.0, 0.3, 6.0, 6.0, 0.7, 10.0, 30.0],  # case packer and palletiser
])
CREAMERY_LOGS = [1, 4, 5, 6, 7, 8, 9, 10, 11, 12]
CREAMERY_KINDS = [("norm", 2.0, -0.4), ("log", 0.7, 0.1), ("count", 0.7, 0.1), ("norm", 1.2, 0.2),
                  ("log", 0.4, 0.05), ("log", 0.45, 0.05), ("log", 0.5, 0.1), ("log", 0.45, 0.05),
                  ("log", 0.45, 0.05), ("log", 0.45, 0.1), ("log", 0.35, 0.05), ("log", 0.45, 0.1), ("log", 0.6, 0)]


def creamery6():
    """A milk processing plant's unplanned stops, in 6 causes its operators confuse (``CREAMERY_CLASSES``), labelled
    by the operators' finding, as the plant's SCADA logs, the shift report and the operators' measures apart from it
    describe them. Each cause has its picture (``CREAMERY_FOUND``, ``CREAMERY_PRODUCT``, ``CREAMERY_SHIFT``,
    ``CREAMERY_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the reception the
    operator's call, the early shift, the warmest raw milk; the separator the laboratory's checks, the cream, the
    vibration, the skim milk's fat; the pasteuriser an alarm, the flow diversions, the holding tube's shortfall, the
    lowest throughput; the homogeniser the pressure deviation, the longest since maintenance; the filler the rejects,
    the fill volumes' variation; the case packer and palletiser the jams, the shortest stops, the most alarms, the
    highest throughput. Unseen: the shift's trouble (one per-row factor raising the minutes, the alarms and the
    faults, lowering the throughput). Columns: how found (0-3), the product (0-2), the shift (0-2), then the table's
    13 (the throughput to a tenth within 2-60, the minutes whole within 2-900, the alarms whole within 0-300, the raw
    milk's temperature to a tenth within 0-15 deg C, the vibration to a hundredth within 0.2-50, the skim's fat to a
    thousandth within 0.005-2 %, the diversions to a tenth within 0-100, the shortfall to a hundredth within 0-20
    deg C, the pressure deviation to a tenth within 0-300 bar, the rejects whole within 0-1,000, the variation to a
    hundredth within 0.05-20 %, the jams to a tenth within 0-200, the days whole within 1-730) (16). Imbalanced:
    340 / 300 / 420 / 320 / 440 / 320 rows (2,140)."""
    rng = np.random.default_rng(139404)
    y = rng.permutation(np.repeat(np.arange(len(CREAMERY_CLASSES)), CREAMERY_ROWS))
    cats = [_cat(rng, table, y) for table in (CREAMERY_FOUND, CREAMERY_PRODUCT, CREAMERY_SHIFT)]
    t = _pull(CREAMERY_TABLE, CREAMERY_NEIGHBOURS, 0.3, CREAMERY_LOGS)[y]
    x = _draw(rng, t, CREAMERY_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 2, 60, 1), (1, 2, 900, 0), (2, 0, 300, 0), (3, 0, 15, 1), (4, 0.2, 50, 2),
                                 (5, 0.005, 2, 3), (6, 0, 100, 1), (7, 0, 20, 2), (8, 0, 300, 1), (9, 0, 1000, 0),
                                 (10, 0.05, 20, 2), (11, 0, 200, 1), (12, 1, 730, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND139`` lists them (the ordered sets first)
GENERATORS = {"carrot4": carrot4, "kiwi4": kiwi4, "brickworks6": brickworks6, "creamery6": creamery6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND139_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "carrot4": (2140, 12, CARROT_ROWS),
    "kiwi4": (2140, 13, KIWI_ROWS),
    "brickworks6": (2140, 16, BRICK_ROWS),
    "creamery6": (2140, 16, CREAMERY_ROWS),
}
ROUND139 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
