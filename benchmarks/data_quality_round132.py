"""Round 132's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s67/setnames132.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (avocado4 0, cinnamon4 0,
coaster6 0, litho6 0) and two ``grep -n -i -E`` of stems: avocad, cinnam, spice, quill, bark, coaster, ride, amuse,
litho, scanner, wafer, semicon, fab, laser, reticle and optic, which printed ``wafer8`` (line 272) and ``checkride5``
(419); then fruit, grade, brake, chain, lift, elevat, escal, sensor, chip, stage, align, robot, handler, vacuum, oil,
pepper, tea and mango, which printed ``grade6`` (13), ``soil12`` (38), ``tea8`` (121), ``soilorder8`` (124), ``oil8``
(125), ``liftfault8`` (169), ``steatosis4`` (202), ``robotarm6`` (240), ``forklift6`` (268), ``escalfault6`` (337),
``mango6`` (373), ``boiler6`` (389), ``elevator6`` (397), ``brakes6`` (405), ``chainsaw6`` (412), ``escalator6``
(437), ``pepper4`` (447) and ``milkrobot6`` (488) (none opened); the file's count line and its other names were not
read; the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these). The near ones:
``wafer8`` likely a wafer's defect patterns (a fab's, near litho6 by the fab: not opened; litho6's causes are the
scanner's modules at a downtime, not a wafer map's patterns, and its columns and neighbour map were written without
it); ``brakes6`` perhaps a vehicle's brake faults, ``liftfault8``, ``elevator6``, ``escalfault6`` and ``escalator6``
perhaps lifts' and escalators' faults (near coaster6's lift hill, brakes and chains only by the words, not opened);
``mango6`` another tropical fruit, likely its ripeness or defects (near avocado4, not opened), ``pepper4`` perhaps a
spice's or a vegetable's grades (near cinnamon4 as a spice, not opened); the others caught only by the stems. The
names and the fields were fixed by the lead. As in rounds 124-131, the two graded sets simulate a pool (200,000 lots
or bales), label each the way its field does and keep a fixed number of each class (``_keep``, shuffled; a lot or a
bale within none of the four grades is not kept); the two unordered sets draw their classes' rows from a table of
each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns about them), with
categorical columns drawn from per-class tables of chances (``_cat``, round 131's function). Two sets have ORDERED
classes (``ORDERED``): lots of Florida avocados a packing house's inspector grades, in the four U.S. grades in order
(U.S. No. 1, U.S. Combination, U.S. No. 2, U.S. No. 3), labelled by the sample's fruit failing each level (the skin's
defects, the bruising, the shape and the immature fruit, counted at damage, serious and very serious damage), the
decay and the anthracnose against each grade's limits and tolerances (``AVOCADO_LIMITS``, the worst factor deciding;
``AVOCADO_GRADING``, not columns); and bales of Ceylon cinnamon quills an exporter grades, in four quill grades in
order (Alba, Continental C5, Continental C4, Hamburg H1; the others left out), labelled by the grader's reading of
the quills' diameter, the quills per kg, the foxing and the colour against each grade's limits
(``CINNAMON_LIMITS``; ``CINNAMON_GRADING``); each described by the packing house's or the exporter's records and
simple measures apart from the grade. Two have UNORDERED classes: an amusement park's roller-coaster stoppages, in 6
causes its ride engineers confuse (the lift hill, the brakes and their fins, the restraints and their locks, the
block system's sensors and controls, the station's gates and platform, the trains' wheels and axles; the weather's
closures and the guests' incidents left out), described by the ride's logs, the shift's report and the engineers'
measures; and a fab's lithography scanner unscheduled downtime, in 6 causes its equipment engineers confuse (the
reticle stage, the wafer stage, the light source, the illumination and projection optics, the alignment and
metrology sensors, the wafer handler and the track interface; the fab's facilities and the photoresist left out),
described by the tool's logs, the shift's report and the engineers' measures. ``NEIGHBOURS`` names each set's
neighbour map (``AVOCADO_NEIGHBOURS``, ``CINNAMON_NEIGHBOURS``, ``COASTER_NEIGHBOURS``, ``LITHO_NEIGHBOURS``; written
from the fields as the author knew them and committed, with the class names, rows and limits, before any generator
was written or ran: commit 830b62f9; no pair added after). Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by
name (``load(name, seed)``, ``--sets avocado4,cinnamon4,coaster6,litho6``, ``--data round132``).

The author opened only: its brief (``/tmp/s67/brief132.md``, with ``cat``); ``docs/data-authors.md`` (all, with
``cat``, after ``date`` and the worktree's creation, in the same command; not edited);
``benchmarks/data_quality_round131.py`` (all, with ``cat``; the display left out lines 140-382, then ``sed -n
138,384p``; not edited); ``tests/test_data_quality_round131.py``, ``benchmarks/data_quality_round_common.py`` and
``tests/round_checks.py`` (all, with ``cat`` in one command; not edited); round 30's module docstring (printed
through ``ast``, cut at its first 3,000 characters by a slice) and the first 2,000 characters of rounds 128's, 129's
and 130's modules (``head -c 2000``, in the same command); ``/tmp/s67/setnames132.txt`` (as above);
``benchmarks/data_quality_actions.py`` through a ``grep -n -i round131`` piped through ``grep -v BLIND_ROUND`` (hits
171, 258 and 616), then lines 169-173, 254-262 and 612-620 (``sed -n`` through ``grep -v BLIND_ROUND``, in the command
that also printed ``tests/test_architecture.py`` lines 1-110 with ``sed -n 1,110p``; ``BLIND_ROUND``'s value was not
printed: the four comment lines after the ``ROUNDS`` entry, describing the blind round and naming round 129's parts,
were printed and not changed), edited with a Python string replacement, each old string asserted to occur once (the
import after round 131's, the ``ROUNDS`` entry ``132: ROUND132_GENERATORS`` after 131's, the help's round131 and
round 131's; ``BLIND_ROUND`` and its comment not touched; checked with a ``grep -n -i round132`` through ``grep -v
BLIND_ROUND`` (hits 172, 260, 618), lines 616-621 through ``grep -v BLIND_ROUND``, an ``awk`` for lines over 120
characters (none), a scratch import of ``ROUNDS[132]``, ``round_of`` and ``split`` of each name, and ``git diff
--numstat``, 5 lines added, 3 removed). No ``git log`` ran but ``git log --oneline -1`` after each commit (and ``git
log --oneline main..HEAD`` at the end); ``git diff --numstat``, ``git diff --stat`` and ``git status --short`` of the
worktree's own changes. The scratch scripts (``/tmp/round132/``) ran from the worktree with ``PYTHONPATH=.``. The
neighbour maps were checked with ``round_checks.check_neighbours`` (and the rows' sums, the limits' order) before the
first commit. Before the generators' commit (bb929f01, with the registration) the four generators were run only to
check that they ran (the pools gave ``_keep`` enough of each grade: it raised nothing), their shapes, dtypes,
finiteness, determinism, class counts, first rows and time (0.39 s avocado4, 0.12 s cinnamon4, under 0.01 s the
others); the pools' shares were not printed. After that commit the MLP's figures (train and test, seeds 0 and 1),
the baseline's error, the share between neighbours, the eight commonest error pairs and the class error rates were
printed once for all four sets. coaster6 and litho6 met the aims and were not changed. avocado4 and cinnamon4 missed
and had their one change each (5acd41e4, both in one commit; the labels and every draw untouched, the same random
numbers used in the same order): avocado4's packing line's optical sorter read closer (the blemish culls' and the
soft and bruised culls' noise 0.2 on the logit, was 0.5) and its thirteenth column, the pulp's temperature at
arrival (drawn apart from the grade), became the line's decay and anthracnose culls per 1,000 fruit (following the
lot's decay and anthracnose, the same normal draw as the temperature's spread); cinnamon4's ninth column, the bark's
thickness by the exporter's caliper, became the caliper's mean of the quills' diameter (within about 6 %, the same
draw), and its eleventh, the bale's weight (drawn apart from the grade), the exporter's count of the bale's quills per
kg (within about 7 %, the same draw). Then their figures were printed once more (the same script, these two sets):
cinnamon4 meets the aims; **avocado4 still misses the baseline's aim and the MLP's with seed 1, kept and said**. Then
the class medians, the first four columns' means, the shares of the categorical columns' values by class and each
set's first row were printed once, to write the tests and this docstring; the generators' docstrings were corrected
to name the changed columns in the change's commit (no data changed); no set was changed after. No function of the
detector or the filter was called.

Public sources were searched (four searches of stored pages, read only as the searches' excerpts): Florida avocados
(the U.S. Standards for Grades of Florida Avocados as reprinted at govregs.com: U.S. No. 1 mature but not overripe,
well formed, clean, well coloured, free from decay, anthracnose and damage by bruises, skin breaks, russeting, scars
or scab, sunburn; its tolerance 10 % by count of which 5 % decay or anthracnose and 1 % decay; U.S. Combination No. 1
and No. 2 fruit with at least 60 % No. 1 by count, 10 % failing No. 2 with the same 5 and 1 %; a produce-training
page listing the four grades, damage and serious damage by russeting, scars, sunburn at 10 and 25 % of the surface;
the cover of AMS's 2000 shipping point inspection instructions naming the maturity schedule the Florida Avocado
Administrative Committee sets each year; retailers' pages on counts per carton); Ceylon cinnamon (exporters' and
retailers' pages: the grades by the quill's diameter and foxing, Alba at most 6 mm, C5 10 mm, C4 13 (or 16) mm, H1 23
mm; a table of the least quills of 42 in. per kg (Alba 45, C5 31, C4 24, H1 11) and the % rough or foxed quills (none,
10, 10, 25); another page's foxing for C4 up to 15 %; the grades set by the Department of Agriculture's
specifications, by the look, the moisture, the length, the diameter and the foxing); roller coasters (pages on
stoppages: the block system's sensors and the safety PLC the commonest cause of a stop, a train not seen clearing a
block stopping the next, the lift's chain and anti-rollback, friction and magnetic brake runs, the restraints' and
the gates' sensors holding the dispatch, the morning's block checks; an equipment tree for a coaster's maintenance);
lithography scanners (pages on an EUV tool's first uptime losses in the stages' motion control and encoders, a
reticle stage's vibration and overlay budget (the stages, the lens, the metrology and alignment shares), a scanner's
basics (the reticle and the wafer scanning together, the wafer stage's interferometers, wafers per hour), a forum's
note on an excimer laser's bearings' life). No source gave the classes' or causes' shares or any record's values by
class; no source gave an inspector's or a grader's error. ``AVOCADO_LIMITS``' No. 1 and Combination lines are the
standard's as read; No. 2's (the same 10 / 5 / 1 %) are the author's memory and No. 3's (10 % very serious damage,
10 % decay or anthracnose, 2 % decay) assumed; the three levels' offsets (damage, serious, very serious) are the
author's; ``CINNAMON_LIMITS``' diameters, counts and C5's, C4's (one source's 15 %) and H1's foxing are the sources';
Alba's 2 % (for "none") and the colour's scores (1-6) are the author's; the coaster's and the scanner's causes,
confusions and measures are the author's own.

The rest is the author's own reading of the fields, not checked: every number of the avocado pool (the groves', the
varieties' and the crews' shares, the window's days, the rain, the copper spray, the hours, the trees' age, the
weights and the dry matter by variety, the skin's, the bruising's, the shape's, the immaturity's, the anthracnose's
and the decay's laws, the sample of 100 fruit, the optical sorter's readings); every number of the cinnamon pool (the
estates, the seasons, the peelers' years and skill, the bark's age, the diameter's law, the drying and its rain, the
dampness, the moisture, the foxing's and the colour's laws, the count's law ``47 (6 / d) ** 0.75``, the grader's
errors, the 50 quills for the foxing, the oil's law); every number in ``COASTER_WHERE``, ``COASTER_FOUND``,
``COASTER_PERIOD``, ``COASTER_TABLE`` and ``COASTER_KINDS``; every number in ``LITHO_FOUND``, ``LITHO_LAYER``,
``LITHO_TOOL``, ``LITHO_TABLE`` and ``LITHO_KINDS``; the classes' rows (the brief's "unequal as in round 131"). The
helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 131 uses them (``main`` was not
run); ``_keep``, ``_pull``, ``_sig``, ``_draw``, ``_fails`` and ``_grade`` are imported from
``benchmarks/data_quality_round_common.py`` (``_fails`` with one offset per defect, ``inf`` for the shape at the very
serious level; the graded sets' ``_grade`` takes the limits "at most", so the quills per kg are negated); ``_cat`` is
round 131's. No detector or filter ran on these sets, and the benchmark did not; the difficulty below and the tests'
baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
avocado4      2,140  4 (600 / 520 / 580 / 440), ordered        69.7 / 62.1 | 61.7 / 58.1       46.9     79 %
cinnamon4     2,140  4 (380 / 660 / 620 / 480), ordered        79.4 / 75.0 | 79.1 / 74.2       34.1     95 %
coaster6      2,140  6 (400 / 360 / 320 / 420 / 300 / 340)     72.0 / 66.9 | 76.1 / 67.1       35.9     86 %
litho6        2,140  6 (380 / 400 / 340 / 300 / 360 / 360)     73.1 / 72.7 | 74.6 / 70.8       36.6     83 %

("between": the share of the baseline's errors between documented neighbours; avocado4 and cinnamon4 after their one
change, first measured: avocado4 63.4 / 55.1 | 62.1 / 54.6, 51.4 %, 73 %; cinnamon4 58.0 / 51.2 | 61.7 / 55.3, 52.6
%, 88 %.) In one phrase: a scaled 10-neighbour baseline errs on 46.9 / 34.1 / 35.9 / 36.6 % of their rows. The aims
(the brief's): MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours. coaster6 and litho6 met them as first measured. cinnamon4 missed the MLP's (51.2 / 55.3 %) and the
baseline's (52.6 %) aims and meets all three after its one change. **avocado4 misses the baseline's aim, and the
MLP's with seed 1, kept as the brief says**: as first measured its MLP reached 55.1 % (seed 0; 54.6 % with seed 1)
and its baseline erred on 51.4 %; after the one change 62.1 % (58.1 %) and 46.9 % (the share between neighbours, 79 %,
meets its aim). Why, as the author reads it: the grade is set by the worst of five shares in a sample of 100 fruit,
four defects (the skin, the bruising, the shape unseen but through the variety, the immature fruit) combined at three
levels, and a second decayed fruit (1 %) or a lot's anthracnose past 5 % drops a No. 1 or a Combination lot to No. 3
at once (the non-adjacent errors, 21 % of them); the Combination (10-40 % short of No. 1) and No. 2 (more than 40 %
short of No. 1, at most 10 % short of No. 2) are narrow bands of the same shares. In avocado4 (1,003 errors): No. 1
with the Combination 32 % of the errors, No. 2 with No. 3 26 %, the Combination with No. 2 20 %, the Combination with
No. 3 9 %, No. 1 with No. 3 8 % and No. 1 with No. 2 4 % (not adjacent); No. 3 errs most (84 %), No. 1 least (14 %;
the Combination 65 %, No. 2 37 %). In cinnamon4 (729 errors): C5 with C4 40 %, C4 with H1 30 %, Alba with C5 25 %, C5
with H1 4 % and Alba with C4 1 % (not adjacent); C4 and H1 err most (38 %), Alba least (25 %; C5 33 %). coaster6 errs
on 35.9 % (768 errors), 86 % between causes engineers confuse (``COASTER_NEIGHBOURS``): the restraints with the
station's gates 27 % of them, the lift with the wheels 16 %, the brakes with the block system 13 %, the lift with the
block system 11 %, the restraints with the block system 8 %, the block system with the gates 8 %, the lift with the
brakes 4 % (outside the map) and the brakes with the wheels 4 %; the gates err most (64 %), the lift least (24 %).
litho6 errs on 36.6 % (784 errors), 83 % between causes engineers confuse (``LITHO_NEIGHBOURS``): the reticle stage
with the alignment sensors 21 % of them, the reticle stage with the wafer stage 19 %, the wafer stage with the handler
13 %, the light source with the optics 12 %, the wafer stage with the alignment sensors 10 %, the optics with the
alignment sensors 6 %, the reticle stage with the optics 5 % and with the handler 5 % (both outside); the wafer stage
errs most (50 %), the light source least (19 %).

Slips kept as committed: in avocado4 the lot's mean fruit weight is not ordered by the grade (medians 609 / 620 / 640 /
624 g: the immature fruit's lightness is mixed with the variety's weight), the days since the window opened hardly
differ (medians 39.5 / 35 / 38 / 33), No. 3's medians of the blemish culls and the soft and bruised culls lie below No.
2's (18.1 and 6.0 %; 20.7 and 6.2 %), the dry matter hardly differs (19.5-18.3 %), the variety's median is 1 at every
grade (the crew's 0 for No. 1, 1 for the others); in cinnamon4 the rain over the drying's median is 0 mm but for H1's (5
mm), the moisture hardly differs (10.7-11.3 %), the season's share hardly differs (37-42 %), the days drying' median is
5 at every grade, the quills' length and the lab's coumarin and the store's days carry nothing (as written); in coaster6
the brakes' commonest place is the final brake run by a hair (45 %, the mid-course brake 44 %), the block system's days
since the maintenance are the longest (median 41, as its table's 45 says) and the period's shares differ little but for
the restraints' and the gates' day's peak (52 and 50 %); in litho6 the layer's and the tool's tables differ little
between causes (the laser's KrF share 36 %, the optics' critical immersion 50 %), the light source's commonest way found
is the tool's error as the two stages' are; in both unordered sets the medians pulled toward the neighbours'.

Other slips: none in the commits' lines (an ``awk`` for lines over 120 characters ran before each commit); the
generators' first draft defined its own ``_fails`` (the common one's law with per-defect offsets) before the author
saw that the common helper takes one offset per defect; it was removed and the common one imported before the
generators' commit. The machine's clock read 10:15:37 at the start and moved slowly (about 5 minutes of clock over the
whole round as read by ``date``), so the slot was kept by the steps rather than the clock alone.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``; the machine has 2 cores, shared, load average 2.4 at the
first runs rising to 3.4-4.0 at the last): the 19 tests' whole ``pytest`` run reported 4.72 s at its first run and 4.57
s at the second (wall 5.9 s, user time 4.9 s), before this docstring's last paragraphs; then 8.94 and 8.01 s, then 10.47
and 9.66 s on core 0 (user time 5.48 and 5.44 s, wall 14.4 and 11.8 s) and 6.40 s on core 1 (user 5.22 s, wall 8.3 s);
the tests' own calls take about 1.5-3 s together (``--durations``: avocado4's second build 0.59-1.26 s, cinnamon4's
0.24-0.51 s, each MLP fit 0.1-0.4 s), importing ``benchmarks.data_quality_actions`` (every round's module), sklearn's
estimators and pytest the rest (about 3-4 s of user time, as the brief says). ``pytest tests/test_architecture.py``
passed (314). Within the 6 s aim by the first two runs; **over it in the reported time of the later runs under the
shared machine's load** (by 0.4-4.5 s; the user time 5.2-5.5 s, under 6 s each time), said; the author did not trim the
tests, whose own part is under 3 s.
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


# ---------------------------------------------------------------------- avocado4: a lot of Florida avocados' U.S. grade
#: the 4 classes of ``avocado4`` (a lot of Florida avocados a packing house's inspector grades, by the U.S. Standards
#: for Grades of Florida Avocados), the best first: U.S. No. 1, U.S. Combination, U.S. No. 2, U.S. No. 3. A lot within
#: none of the four left out: not kept
AVOCADO_CLASSES = ("U.S. No. 1 (mature, well formed, clean, well coloured, free from decay and anthracnose and from "
                   "damage by bruises, skin breaks, russeting, scars or scab, sunburn; within the tolerances)",
                   "U.S. Combination (No. 1 and No. 2 fruit, at least 60 % by count meeting No. 1; the rest within "
                   "No. 2's tolerances)",
                   "U.S. No. 2 (mature, fairly well formed, free from serious damage; within the tolerances)",
                   "U.S. No. 3 (mature, not badly misshapen, free from very serious damage; within the tolerances)")
AVOCADO_ROWS = (600, 520, 580, 440)
#: per grade from No. 1 to No. 3, the inspector's limits on the lot's sample (% by count, each "at most"): the fruit
#: failing No. 1 (damage, a shape or a colour short of it, or immature), failing No. 2 (serious damage, or immature),
#: failing No. 3 (very serious damage, or immature), affected by decay or anthracnose, affected by decay. No. 1's
#: 10 / 5 / 1 % and the Combination's 60 % of No. 1 fruit with No. 2's 10 / 5 / 1 % are the standard's (as read);
#: No. 2's lines are the author's memory, No. 3's (10 / 10 / 2 %) assumed
AVOCADO_LIMITS = np.array([[10.0, 10.0, 10.0, 5.0, 1.0], [40.0, 10.0, 10.0, 5.0, 1.0],
                           [100.0, 10.0, 10.0, 5.0, 1.0], [100.0, 100.0, 10.0, 10.0, 2.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the sample's fruit: a scar or a
#: bruise scored as damage or serious damage, a fruit's weight against the maturity schedule)
AVOCADO_NEIGHBOURS = ordinal_neighbours(len(AVOCADO_CLASSES))
#: what the grade is set from: the label's basis, not columns
AVOCADO_GRADING = ("the packing house inspector's sample of the lot: each fruit's maturity (its weight or diameter "
                   "against the variety's shipping schedule), shape, colour, skin defects (russeting, scars, scab, "
                   "sunburn), bruising and skin breaks, anthracnose and decay, against the grade's limits and "
                   "tolerances",
                   "the grade on the inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- cinnamon4: a bale of Ceylon cinnamon quills
#: the 4 classes of ``cinnamon4`` (a bale of Ceylon cinnamon quills an exporter grades, by the Sri Lankan quill
#: grades), in order of the quill's diameter and quality: Alba, Continental C5, Continental C4, Hamburg H1; the other
#: grades (C5 Special, the Mexican, H2, H3, the quillings) left out: a bale within none of the four not kept
CINNAMON_CLASSES = ("Alba (quills at most 6 mm across, at least 45 quills of 42 in. per kg, no foxing to speak of, "
                    "light golden brown)",
                    "Continental C5 (at most 10 mm, at least 31 quills per kg, at most 10 % foxed quills)",
                    "Continental C4 (at most 13 mm, at least 24 quills per kg, at most 15 % foxed quills)",
                    "Hamburg H1 (at most 23 mm, at least 11 quills per kg, at most 25 % foxed quills, darker)")
CINNAMON_ROWS = (380, 660, 620, 480)
#: per grade from Alba to H1, the grader's limits on the bale's sample (each "at most"): the quills' mean diameter
#: (mm), the quills per kg (negated: the grade's least as a most), the foxed quills (%), the colour (the grader's
#: score, 1 light golden .. 6 dark brown). The diameters, the counts and C5's, C4's and H1's foxing are the sources'
#: (C4's 15 % one source's, another's 10 %); Alba's 2 % (its "none") and the colour scores are the author's
CINNAMON_LIMITS = np.array([[6.0, -45.0, 2.0, 2.0], [10.0, -31.0, 10.0, 3.0], [13.0, -24.0, 15.0, 4.0],
                            [23.0, -11.0, 25.0, 5.0]])
#: the grade above and below each (a bale near a line is graded a step up or down by the grader's reading of the
#: quills' diameter, the count and the foxing)
CINNAMON_NEIGHBOURS = ordinal_neighbours(len(CINNAMON_CLASSES))
#: what the grade is set from: the label's basis, not columns
CINNAMON_GRADING = ("the exporter's grader's reading of a sample of the bale's quills: their diameter, the number "
                    "of quills per kilogram, the colour and the foxing (reddish-brown patches), against each "
                    "grade's limits",
                    "the grade marked on the bale, the worst factor deciding")


# ---------------------------------------------------------------------- coaster6: a roller coaster stoppage's cause
#: the 6 classes of ``coaster6`` (an amusement park's roller-coaster stoppage, by the cause its ride engineers found);
#: left out: the weather's closures and the guests' incidents
COASTER_CLASSES = ("the lift hill (its chain or its tyres, the drive's motor and gearbox, the anti-rollback)",
                   "the brakes and their fins (magnetic or friction brake runs, the trims, the pneumatics)",
                   "the restraints and their locks (lap bars, over-the-shoulder restraints, the locks' cylinders "
                   "and their proximity switches)",
                   "the block system's sensors and controls (the proximity switches and photo eyes, the safety PLC)",
                   "the station's gates and platform (the air gates, the exit gates, the dispatch panel's interlocks)",
                   "the trains' wheels and axles (road, upstop and guide wheels, the axles, the bogies)")
COASTER_ROWS = (400, 360, 320, 420, 300, 340)
#: the causes engineers confuse (symmetric): the lift against the block system (a train not seen clearing the lift
#: stops the next) and the wheels (a train dragging up the lift); the brakes against the block system (a brake not
#: seen closing, a train not seen on the run) and the wheels (a train too slow or too fast at the run); the restraints
#: against the block system (a lock's switch read by the PLC) and the station's gates (both hold the dispatch); the
#: block system against the station's gates (the dispatch interlocks)
COASTER_NEIGHBOURS = {0: (3, 5), 1: (3, 5), 2: (3, 4), 3: (0, 1, 2, 4), 4: (2, 3), 5: (0, 1)}


# ---------------------------------------------------------------------- litho6: a lithography scanner's downtime cause
#: the 6 classes of ``litho6`` (a semiconductor fab's lithography scanner unscheduled downtime, by the module its
#: equipment engineers found at fault); left out: the fab's facilities and the photoresist
LITHO_CLASSES = ("the reticle stage (its motors, its encoders or interferometers, the reticle clamp)",
                 "the wafer stage (its motors, the interferometers or encoders, the chuck, the level sensor's "
                 "stage-side)",
                 "the light source (the excimer laser: its chamber, the pulsed power, the line-narrowing module)",
                 "the illumination and projection optics (the illuminator, the lens's elements and its manipulators)",
                 "the alignment and metrology sensors (the wafer and reticle alignment, the level sensor)",
                 "the wafer handler and the track interface (the robots, the prealigner, the track's handover)")
LITHO_ROWS = (380, 400, 340, 300, 360, 360)
#: the causes engineers confuse (symmetric): the reticle stage against the wafer stage (the scan's synchronisation:
#: the moving standard deviation) and the alignment sensors (the reticle's alignment); the wafer stage against the
#: alignment sensors (an overlay or focus error: the stage or the sensor) and the wafer handler (the wafer's load onto
#: the chuck); the light source against the optics (the dose and its uniformity); the optics against the alignment
#: sensors (a focus drift: the lens's heating or the level sensor)
LITHO_NEIGHBOURS = {0: (1, 4), 1: (0, 4, 5), 2: (3,), 3: (2, 4), 4: (0, 1, 3), 5: (1,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"avocado4": AVOCADO_NEIGHBOURS, "cinnamon4": CINNAMON_NEIGHBOURS, "coaster6": COASTER_NEIGHBOURS,
              "litho6": LITHO_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("avocado4", "cinnamon4")


def _cat(rng, table, y):
    """A categorical column: per row, a value drawn from its class's row of chances in ``table`` (as round 131)."""
    return (rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)


def _avocado_pool(rng, n):
    """The Florida avocado lot pool's records, unseen laws and labels (``avocado4``)."""
    grove = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.25])).sum(1)  # the packing house's four groves
    variety = (rng.random(n)[:, None] > np.cumsum([0.35, 0.4])).sum(1)  # 0 West Indian, 1 a hybrid, 2 Guatemalan
    crew = (rng.random(n)[:, None] > np.cumsum([0.4, 0.35])).sum(1)  # the picking crew
    day = np.round(rng.uniform(0, 70, n))  # days since the variety's picking window opened (the schedule's first)
    rain = np.round(np.exp(np.log(35) + 0.7 * rng.normal(0, 1, n)))  # mm over the 14 days before picking
    spray = np.round(rng.uniform(5, 45, n))  # days since the grove's last copper spray
    hours = np.round(np.clip(np.exp(np.log(8) + 0.5 * rng.normal(0, 1, n)), 1, 48), 1)  # picking to packing
    age = np.round(np.clip(np.exp(np.log(15) + 0.4 * rng.normal(0, 1, n)), 3, 50))  # the block's trees' age (years)
    weight = np.round(np.clip(np.array([620.0, 520.0, 450.0])[variety] + 2.5 * day - 2 * (age - 15)
                              + 60 * rng.normal(0, 1, n), 200, 1200))  # the lot's mean fruit weight (g)
    dm = np.round(np.array([15.0, 17.5, 19.5])[variety] + 0.04 * day + 1.0 * rng.normal(0, 1, n), 1)  # dry matter %
    skin = (rng.normal(0, 1, n) + np.array([-0.4, 0.0, 0.3, 0.6])[grove] + 0.01 * (rain - 35)
            + 0.025 * (spray - 25) + np.array([0.2, 0.0, -0.2])[variety] + 0.01 * (age - 15))  # unseen: scars, scab
    bruise = rng.normal(0, 1, n) + np.array([-0.3, 0.0, 0.5])[crew] + 0.04 * (hours - 8)  # unseen: the handling
    shape = rng.normal(0, 1, n) + np.array([0.3, 0.0, -0.3])[variety]  # unseen: the misshapen and the necks
    immature = (-3.0 - 0.04 * day - 0.006 * (weight - np.array([620.0, 520.0, 450.0])[variety])
                + 0.5 * rng.normal(0, 1, n))  # unseen: fruit under the schedule's weight for the date
    z = np.column_stack([-1.9 + 1.1 * skin, -2.8 + 0.9 * bruise, -3.0 + 0.8 * shape, immature])
    anthrac = -4.2 + 0.015 * (rain - 35) + 0.03 * (spray - 25) + 0.03 * (hours - 8) + 0.5 * rng.normal(0, 1, n)
    decay = -6.0 + 0.5 * (anthrac + 4.2) + 0.02 * day + 0.4 * rng.normal(0, 1, n)
    sample = 100  # fruit in the inspector's sample
    share = [_fails(z, [0, 0, 0, 0]), _fails(z, [1.6, 1.4, 1.5, 0]), _fails(z, [3.2, 2.8, np.inf, 0]),
             100 * _sig(np.logaddexp(anthrac, decay)), 100 * _sig(decay)]
    counts = [rng.binomial(sample, np.clip(v / 100, 0, 1)) * 100 / sample for v in share]
    counts[1] = np.maximum(counts[1], counts[2])
    counts[0] = np.maximum(counts[0], counts[1])
    counts[3] = np.maximum(counts[3], counts[4])
    seen = np.column_stack(counts)
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), AVOCADO_LIMITS)
    return locals()


def avocado4():
    """Lots of Florida avocados a packing house's inspector grades, with the U.S. grade in 4 steps
    (``AVOCADO_CLASSES``; the best grade whose ``AVOCADO_LIMITS`` the sample of 100 fruit meets in every factor, a lot
    within none not kept; ``AVOCADO_GRADING`` the label's basis and not columns), as the packing house's records and
    simple measures apart from the grade describe them. Unseen: the skin's defects (the grove's, more with the rain,
    the days since the copper spray and the trees' age: russeting, scars, scab), the bruising (the crew's handling,
    the hours to the packing house), the shape (the variety's necks), the immature fruit (early in the window, light
    for the variety), the anthracnose and the decay (the rain, the spray, the hours) and the inspector's sample (the
    fruit's counts). Columns: the grove (0-3), the variety (0 a West Indian, 1 a West Indian x Guatemalan hybrid, 2 a
    Guatemalan), the crew (0-2), the days since the variety's picking window opened, the rain over 14 days (mm), the
    days since the last copper spray, the hours from picking to packing, the trees' age (years), the lot's mean fruit
    weight (g), the dry matter (%), the packing line's optical sorter's blemish culls (%), its soft and bruised culls
    (%) (both within about 0.2 on the logit after the one change, were 0.5) and the line's decay and anthracnose culls
    per 1,000 fruit (the one change: was the pulp's temperature at arrival, drawn apart from the grade) (13).
    Imbalanced: 600 / 520 / 580 / 440 rows (2,140)."""
    rng = np.random.default_rng(132101)
    p = _avocado_pool(rng, 200000)
    n = len(p["label"])
    keep = _keep(rng, p["label"], AVOCADO_ROWS)
    x = np.column_stack([
        p["grove"], p["variety"], p["crew"], p["day"], p["rain"], p["spray"], p["hours"], p["age"], p["weight"],
        p["dm"],
        np.round(np.clip(100 * _sig(-2.2 + 1.0 * p["skin"] + 0.2 * rng.normal(0, 1, n)), 0, 100), 1),  # the change
        np.round(np.clip(100 * _sig(-3.0 + 0.8 * p["bruise"] + 0.2 * rng.normal(0, 1, n)), 0, 100), 1),  # the change
        np.round(np.clip(1000 * _sig(np.logaddexp(p["anthrac"], p["decay"])) * np.exp(0.3 * rng.normal(0, 1, n)),
                         0, 1000))])[keep]  # the one change: was the pulp's temperature, drawn apart from the grade
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def _cinnamon_pool(rng, n):
    """The cinnamon bale pool's records, unseen laws and labels (``cinnamon4``)."""
    estate = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.25])).sum(1)  # the peeler's estate
    season = (rng.random(n) < 0.4).astype(float)  # 0 the south-west monsoon's harvest, 1 the north-east's
    years = np.round(np.clip(np.exp(np.log(12) + 0.5 * rng.normal(0, 1, n)), 1, 45))  # the peeler's years peeling
    age = np.round(rng.uniform(16, 40, n))  # the bark's age: months since the stool's shoots were last cut
    skill = 0.5 * (np.log(years) - np.log(12)) / 0.5 + np.array([0.3, 0.0, -0.2, -0.4])[estate] + rng.normal(0, 1, n)
    diameter = np.exp(np.log(10) + 0.02 * (age - 28) - 0.12 * skill + 0.28 * rng.normal(0, 1, n))  # unseen, mm
    drying = np.round(np.clip(np.exp(np.log(5) + 0.3 * rng.normal(0, 1, n)), 2, 15))  # days drying in the shade
    rain = np.round(np.where(rng.random(n) < 0.4 + 0.2 * season, 0,
                             np.exp(np.log(20) + 0.8 * rng.normal(0, 1, n))))  # mm over the drying days
    damp = 0.02 * rain + 0.15 * (drying - 5) + rng.normal(0, 1, n)  # unseen: the quills' dampness while drying
    moisture = np.round(np.clip(11 + 0.8 * damp + 0.8 * rng.normal(0, 1, n), 7, 18), 1)  # % at the exporter
    foxing = 100 * _sig(-3.4 + 0.6 * damp + 0.03 * (age - 28) - 0.15 * skill + 0.5 * rng.normal(0, 1, n))
    colour = 1.8 + 0.12 * (diameter - 6) + 0.04 * foxing + 0.3 * damp + 0.4 * rng.normal(0, 1, n)
    d_seen = np.round(diameter * np.exp(0.06 * rng.normal(0, 1, n)), 1)  # the grader's mean of the sample's quills
    q_seen = np.round(47 * (6 / diameter) ** 0.75 * np.exp(0.07 * rng.normal(0, 1, n)))  # quills of 42 in. per kg
    f_seen = rng.binomial(50, np.clip(foxing / 100, 0, 1)) * 2.0  # % of 50 quills foxed
    seen = np.column_stack([d_seen, -q_seen, f_seen, np.clip(np.round(colour), 1, 6)])
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), CINNAMON_LIMITS)
    return locals()


def cinnamon4():
    """Bales of Ceylon cinnamon quills an exporter grades, with the quill grade in 4 steps (``CINNAMON_CLASSES``; the
    best grade whose ``CINNAMON_LIMITS`` the grader's sample meets in every factor, a bale within none not kept;
    ``CINNAMON_GRADING`` the label's basis and not columns), as the exporter's records and simple measures apart from
    the grade describe them. Unseen: the peeler's skill (the years peeling, the estate's: thinner quills, less
    foxing), the quills' diameter (wider with the bark's age, narrower with the skill), the dampness while drying (the
    rain, the drying's days: the foxing, the colour, the moisture), the foxing, the colour (darker for wider quills,
    the foxing, the damp) and the grader's sample (the diameter within about 6 %, the count within about 7 %, 50
    quills for the foxing). Columns: the estate (0-3), the season (0 the south-west monsoon's harvest, 1 the
    north-east's), the peeler's years peeling, the bark's age (months), the days drying, the rain over the drying
    (mm), the moisture at the exporter (%), the lab's volatile oil (% v/w), the exporter's caliper's mean of the
    quills' diameter (mm, within about 6 %; the one change: was the bark's thickness), the quills' length (cm), the
    exporter's count of the bale's quills per kg (within about 7 %; the one change: was the bale's weight, drawn
    apart from the grade), the lab's coumarin (mg/kg, drawn apart from the grade) and the days in the exporter's
    store (13). Imbalanced: 380 / 660 / 620 / 480
    rows (2,140)."""
    rng = np.random.default_rng(132202)
    p = _cinnamon_pool(rng, 200000)
    n, d = len(p["label"]), p["diameter"]
    keep = _keep(rng, p["label"], CINNAMON_ROWS)
    x = np.column_stack([
        p["estate"], p["season"], p["years"], p["age"], p["drying"], p["rain"], p["moisture"],
        np.round(np.clip(1.6 - 0.04 * (d - 10) - 0.03 * (p["moisture"] - 11) + 0.2 * rng.normal(0, 1, n), 0.3, 3.5),
                 2),
        np.round(np.clip(d * np.exp(0.06 * rng.normal(0, 1, n)), 2, 40), 1),  # the one change: was the bark's
        # thickness (0.55 + 0.025 (d - 10) mm, within 0.08)
        np.round(np.clip(106 + 2 * rng.normal(0, 1, n), 95, 115)),
        np.round(47 * (6 / d) ** 0.75 * np.exp(0.07 * rng.normal(0, 1, n))),  # the one change: was the bale's weight
        # (45 kg within 3, drawn apart from the grade)
        np.round(np.clip(np.exp(np.log(25) + 0.5 * rng.normal(0, 1, n)), 2, 200)),
        np.round(np.clip(np.exp(np.log(30) + 0.6 * rng.normal(0, 1, n)), 1, 365))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``coaster6``, the chances of where the train stopped (0 the station, 1 the lift hill, 2 a mid-course
#: block brake, 3 the final brake run)
COASTER_WHERE = np.array([[0.10, 0.70, 0.10, 0.10], [0.05, 0.05, 0.45, 0.45], [0.80, 0.05, 0.05, 0.10],
                          [0.25, 0.25, 0.30, 0.20], [0.85, 0.05, 0.02, 0.08], [0.15, 0.30, 0.30, 0.25]])
#: per cause of ``coaster6``, the chances of how it was found (0 a PLC fault at a ride stop, 1 an operator's stop or a
#: failed dispatch, 2 the morning's inspection or test runs, 3 a mechanic's report of a noise or a vibration)
COASTER_FOUND = np.array([[0.50, 0.10, 0.20, 0.20], [0.55, 0.05, 0.25, 0.15], [0.30, 0.55, 0.10, 0.05],
                          [0.75, 0.10, 0.10, 0.05], [0.25, 0.65, 0.05, 0.05], [0.15, 0.05, 0.35, 0.45]])
#: per cause of ``coaster6``, the chances of the period (0 the morning's opening, 1 the day's peak, 2 the evening,
#: 3 a cold or wet day)
COASTER_PERIOD = np.array([[0.25, 0.35, 0.20, 0.20], [0.20, 0.30, 0.20, 0.30], [0.15, 0.50, 0.30, 0.05],
                           [0.30, 0.30, 0.20, 0.20], [0.10, 0.55, 0.30, 0.05], [0.35, 0.25, 0.20, 0.20]])
#: per cause of ``coaster6``, the medians of the ride's logs, the shift's report and the engineers' measures: the air's
#: temperature (degrees C), the dispatches in the hour before, the stoppage's minutes, the PLC's fault messages in the
#: hour, the lift motor's peak current (% of rated), the train's speed at the last speed trap (% of the expected), the
#: restraints' lock faults over the day, the station's dwell (s), the bogies' vibration at the last inspection
#: (mm/s), the days since the wheels were last changed, the sensors' dropouts over the day, the brakes' pressure or
#: fin alarms over the day and the days since the element's last preventive maintenance
COASTER_TABLE = np.array([
    # temp  disp  mins  plc   amps   speed  locks dwell vib  wheel drop  brake pm
    [24.0, 18.0, 45.0, 3.0, 118.0, 98.0, 1.0, 45.0, 3.0, 60.0, 2.0, 1.0, 40.0],  # lift hill
    [20.0, 19.0, 40.0, 4.0, 100.0, 106.0, 1.0, 45.0, 3.2, 60.0, 3.0, 6.0, 35.0],  # brakes and fins
    [26.0, 20.0, 20.0, 3.0, 100.0, 100.0, 8.0, 62.0, 2.8, 60.0, 2.0, 1.0, 30.0],  # restraints and locks
    [23.0, 19.0, 25.0, 12.0, 102.0, 100.0, 2.0, 50.0, 2.8, 60.0, 9.0, 2.0, 45.0],  # block system
    [27.0, 21.0, 15.0, 4.0, 100.0, 100.0, 2.0, 70.0, 2.8, 60.0, 3.0, 1.0, 30.0],  # station gates and platform
    [18.0, 17.0, 90.0, 2.0, 108.0, 94.0, 1.0, 45.0, 6.0, 120.0, 2.0, 2.0, 30.0],  # wheels and axles
])
COASTER_LOGS = [2, 7, 8, 9, 12]
COASTER_KINDS = [("norm", 6.0, 0), ("norm", 3.0, 1.0), ("log", 0.7, 0.1), ("count", 0.7, 0.1), ("norm", 8.0, 2.0),
                 ("norm", 3.0, 0), ("count", 0.7, 0.1), ("log", 0.25, 0.05), ("log", 0.35, 0.05), ("log", 0.6, 0),
                 ("count", 0.7, 0.1), ("count", 0.7, 0.1), ("log", 0.6, 0)]


def coaster6():
    """An amusement park's roller-coaster stoppages, in 6 causes its ride engineers confuse (``COASTER_CLASSES``),
    labelled by the engineers' finding, as the ride's logs, the shift's report and the engineers' measures apart from
    it describe them. Each cause has its picture (``COASTER_WHERE``, ``COASTER_FOUND``, ``COASTER_PERIOD``,
    ``COASTER_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the lift on the lift
    hill, the highest motor current; the brakes on the brake runs, a cold or wet day, the fastest trains at the trap,
    the brakes' alarms; the restraints at the station, an operator's stop, the lock faults; the block system a PLC
    fault, the most fault messages, the sensors' dropouts; the station's gates at the station, an operator's stop, the
    longest dwell, the shortest stops; the wheels a mechanic's report, the coldest mornings, the slowest trains, the
    longest stops, the loudest bogies, the oldest wheels. Unseen: the day's crowd (one per-row factor raising the
    dispatches, the current, the minutes, the counts, the dwell and the vibration). Columns: where (0-3), how found
    (0-3), the period (0-3), then the table's 13 (the temperature to a tenth within -5-40, the dispatches whole within
    0-40, the minutes to a tenth within 1-600, the counts whole within 0-200, the current and the speed to a tenth
    within 50-200 %, the dwell whole within 20-300 s, the vibration to a hundredth within 0.3-30 mm/s, the days whole
    within 1-730) (16). Imbalanced: 400 / 360 / 320 / 420 / 300 / 340 rows (2,140)."""
    rng = np.random.default_rng(132303)
    y = rng.permutation(np.repeat(np.arange(len(COASTER_CLASSES)), COASTER_ROWS))
    cats = [_cat(rng, table, y) for table in (COASTER_WHERE, COASTER_FOUND, COASTER_PERIOD)]
    t = _pull(COASTER_TABLE, COASTER_NEIGHBOURS, 0.3, COASTER_LOGS)[y]
    x = _draw(rng, t, COASTER_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, -5, 40, 1), (1, 0, 40, 0), (2, 1, 600, 1), (3, 0, 200, 0), (4, 50, 200, 1),
                                 (5, 50, 200, 1), (6, 0, 200, 0), (7, 20, 300, 0), (8, 0.3, 30, 2), (9, 1, 730, 0),
                                 (10, 0, 200, 0), (11, 0, 200, 0), (12, 1, 730, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``litho6``, the chances of how it was found (0 the tool's own error and stop, 1 an SPC alarm on the
#: lots' overlay or CD metrology, 2 a daily monitor wafer or a qualification, 3 the track's interlock or a handling
#: alarm)
LITHO_FOUND = np.array([[0.55, 0.20, 0.20, 0.05], [0.45, 0.30, 0.15, 0.10], [0.65, 0.10, 0.20, 0.05],
                        [0.15, 0.35, 0.45, 0.05], [0.25, 0.50, 0.20, 0.05], [0.30, 0.05, 0.05, 0.60]])
#: per cause of ``litho6``, the chances of the layer being exposed (0 a critical immersion layer, 1 a critical dry
#: layer, 2 a non-critical layer)
LITHO_LAYER = np.array([[0.40, 0.30, 0.30], [0.45, 0.30, 0.25], [0.35, 0.35, 0.30], [0.50, 0.30, 0.20],
                        [0.55, 0.30, 0.15], [0.30, 0.30, 0.40]])
#: per cause of ``litho6``, the chances of the scanner's kind (0 an ArF immersion scanner, 1 an ArF dry, 2 a KrF)
LITHO_TOOL = np.array([[0.45, 0.30, 0.25], [0.55, 0.25, 0.20], [0.35, 0.30, 0.35], [0.50, 0.30, 0.20],
                       [0.45, 0.30, 0.25], [0.40, 0.30, 0.30]])
#: per cause of ``litho6``, the medians of the tool's logs, the shift's report and the engineers' measures: the wafers
#: per hour over the shift before, the downtime's hours, the overlay's 3-sigma on the last lots (nm), the focus error
#: (nm), the dose error (%), the laser's pulses since its chamber's swap (billions), the laser's energy and bandwidth
#: alarms in 24 h, the stages' moving standard deviation (nm), the alignment marks' read failures per lot, the
#: handling errors in 24 h, the reticle swaps in 24 h, the chuck's temperature deviation (mK) and the days since the
#: module's last preventive maintenance
LITHO_TABLE = np.array([
    # wph   hours ovl  focus dose pulses lasal msd  align handl retsw chuck pm
    [180.0, 8.0, 4.5, 30.0, 0.6, 15.0, 1.0, 3.2, 2.0, 1.0, 24.0, 8.0, 40.0],  # reticle stage
    [175.0, 10.0, 5.0, 38.0, 0.6, 15.0, 1.0, 3.6, 3.0, 3.0, 14.0, 20.0, 40.0],  # wafer stage
    [185.0, 12.0, 3.2, 30.0, 1.8, 32.0, 9.0, 2.4, 1.0, 1.0, 14.0, 8.0, 45.0],  # light source
    [190.0, 30.0, 3.4, 50.0, 1.2, 15.0, 2.0, 2.4, 2.0, 1.0, 14.0, 10.0, 60.0],  # illumination and projection optics
    [185.0, 9.0, 5.5, 42.0, 0.6, 15.0, 1.0, 2.6, 9.0, 1.0, 16.0, 10.0, 40.0],  # alignment and metrology sensors
    [160.0, 5.0, 3.2, 30.0, 0.6, 15.0, 1.0, 2.6, 2.0, 10.0, 14.0, 12.0, 30.0],  # wafer handler and track interface
])
LITHO_LOGS = [1, 2, 3, 4, 5, 7, 11, 12]
LITHO_KINDS = [("norm", 20.0, -5.0), ("log", 0.7, 0.1), ("log", 0.25, 0.05), ("log", 0.3, 0.05), ("log", 0.35, 0),
               ("log", 0.5, 0), ("count", 0.7, 0.1), ("log", 0.2, 0.05), ("count", 0.7, 0.1), ("count", 0.7, 0.1),
               ("count", 0.5, 0.1), ("log", 0.4, 0), ("log", 0.6, 0)]


def litho6():
    """A semiconductor fab's lithography scanner unscheduled downtime, in 6 causes its equipment engineers confuse
    (``LITHO_CLASSES``), labelled by the engineers' finding, as the tool's logs, the shift's report and the engineers'
    measures apart from it describe them. Each cause has its picture (``LITHO_FOUND``, ``LITHO_LAYER``,
    ``LITHO_TOOL``, ``LITHO_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the
    reticle stage the tool's error, the most reticle swaps; the wafer stage the highest moving standard deviation, the
    chuck's temperature; the light source the tool's error on a KrF or a dry tool, the dose error, the laser's pulses
    and alarms; the optics a monitor wafer, the longest downtime, the focus error, the longest since the maintenance;
    the alignment sensors an SPC alarm on a critical immersion layer, the worst overlay, the marks' read failures; the
    wafer handler the track's interlock, the fewest wafers per hour, the shortest downtime, the handling errors.
    Unseen: the fab's load (one per-row factor lowering the wafers per hour, raising the hours, the overlay, the focus,
    the moving standard deviation and the counts). Columns: how found (0-3), the layer (0-2), the tool's kind (0-2),
    then the table's 13 (the wafers per hour whole within 20-300, the hours to a tenth within 0.5-240, the overlay and
    the focus to a tenth within 0.5-200 nm, the dose error and the moving standard deviation to a hundredth within
    0.05-20, the pulses to a tenth within 0.1-100 billion, the counts whole within 0-200, the chuck's deviation to a
    tenth within 0.5-200 mK, the days whole within 1-730) (16). Imbalanced: 380 / 400 / 340 / 300 / 360 / 360 rows
    (2,140)."""
    rng = np.random.default_rng(132404)
    y = rng.permutation(np.repeat(np.arange(len(LITHO_CLASSES)), LITHO_ROWS))
    cats = [_cat(rng, table, y) for table in (LITHO_FOUND, LITHO_LAYER, LITHO_TOOL)]
    t = _pull(LITHO_TABLE, LITHO_NEIGHBOURS, 0.3, LITHO_LOGS)[y]
    x = _draw(rng, t, LITHO_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 20, 300, 0), (1, 0.5, 240, 1), (2, 0.5, 200, 1), (3, 0.5, 200, 1),
                                 (4, 0.05, 20, 2), (5, 0.1, 100, 1), (6, 0, 200, 0), (7, 0.05, 20, 2), (8, 0, 200, 0),
                                 (9, 0, 200, 0), (10, 0, 200, 0), (11, 0.5, 200, 1), (12, 1, 730, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND132`` lists them (the ordered sets first)
GENERATORS = {"avocado4": avocado4, "cinnamon4": cinnamon4, "coaster6": coaster6, "litho6": litho6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND132_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "avocado4": (2140, 13, AVOCADO_ROWS),
    "cinnamon4": (2140, 13, CINNAMON_ROWS),
    "coaster6": (2140, 16, COASTER_ROWS),
    "litho6": (2140, 16, LITHO_ROWS),
}
ROUND132 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
