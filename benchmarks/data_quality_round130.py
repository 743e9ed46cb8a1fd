"""Round 130's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s67/setnames130.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (soybean4 0, cheddar4 0,
satellite6 0, papermill6 0) and two ``grep -n -i -E`` of stems: soy, bean, legum, oilseed, cheddar, chees, dairy,
satell, orbit, space, attitud, propuls, transpond, paper, pulp, mill, web, felt, calend and dryer, which printed
``cheese8`` (line 96), ``greenbean6`` (213), ``treadmill6`` (420) and ``dryer6`` (448); then grain, grade, milk, curd,
battery, solar, thermal, comput, softw, power, coat, roll, wind, reel, press, head and fabric, which printed
``grade6`` (13), ``powerq8`` (40), ``pressure6`` (107), ``snowgrain8`` (129), ``headache8`` (132), ``milkfraud8``
(232), ``pressinj4`` (243), ``grainpest6`` (280), ``windgbx6`` (300), ``espresso6`` (381), ``espressorepair6`` (456),
``compressor6`` (477) and ``milkrobot6`` (488) (none opened); the file's count line and its other names were not read;
the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these). The near ones: the stem
"chees" printed ``cheese8`` (as the brief asked to say: yes), likely cheeses' kinds (round 30's docstring names
"cheeses" among the earlier kinds; not opened: cheddar4's grades, columns, laws and neighbour map were written without
it; its classes are one kind's U.S. grades, not kinds of cheese); ``dryer6`` perhaps a dryer's faults (a clothes or an
industrial dryer: near papermill6's dryer section, not opened); ``greenbean6`` another bean, likely green beans'
grades or defects (near soybean4 only by the word); ``grainpest6`` and ``snowgrain8`` other grain or grain-word sets;
``powerq8`` a power-quality event set (near satellite6's power system only by the word); ``milkfraud8`` and
``milkrobot6`` milk's adulteration and a milking robot (near cheddar4's milk, not opened); ``treadmill6``, ``grade6``,
``pressure6``, ``headache8``, ``pressinj4``, ``windgbx6``, ``espresso6``, ``espressorepair6`` and ``compressor6``
caught only by the stems. The names and the fields were fixed by the lead. As in rounds 124-129, the two graded sets
simulate a pool (200,000 truck lots or vats), label each the way its field does and keep a fixed number of each class
(``_keep``, shuffled; a lot or a vat within none of the four grades is not kept); the two unordered sets draw their
classes' rows from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws
the columns about them), with categorical columns drawn from per-class tables of chances, as round 129 does. Two sets
have ORDERED classes (``ORDERED``): truck lots of soybeans an elevator's licensed inspector grades, in the four
numerical grades of the U.S. Standards for Soybeans in order (U.S. No. 1 .. No. 4; Sample grade left out), labelled by
the work sample's test weight, damaged kernels (heat damage within them), foreign material, splits and soybeans of
other colours against each grade's limits (``SOYBEAN_LIMITS``; ``SOYBEAN_GRADING``, not columns); and vats of Cheddar
cheese a creamery's graders score, in the four U.S. grades of Cheddar (AA, A, B, C), labelled by the panel's scores of
flavour, body and texture, colour, and finish and appearance against each grade's lines (``CHEDDAR_LIMITS``, the lowest
factor deciding; ``CHEDDAR_GRADING``, not columns); each described by the elevator's or the vat's records and simple
measures apart from the grade. Two have UNORDERED classes: a satellite operator's on-orbit anomalies, in 6 subsystems
its engineers confuse (the electrical power system, attitude determination and control, propulsion, the
communications payload and transponders, thermal control, the on-board computer and its software; launch failures and
the ground segment left out), described by the spacecraft's records, the telemetry at the anomaly and the engineers'
measures; and a mill's paper machine web breaks, in 6 causes its engineers confuse (the headbox and forming section,
the press section and its felts, the dryer section and its fabrics, the size press or coater, the calender, the reel
and winder; the stock preparation and the power supply left out), described by the machine's logs, the shift's report
and the engineers' measures. ``NEIGHBOURS`` names each set's neighbour map (``SOYBEAN_NEIGHBOURS``,
``CHEDDAR_NEIGHBOURS``, ``SATELLITE_NEIGHBOURS``, ``PAPERMILL_NEIGHBOURS``; written from the fields as the author knew
them and committed, with the class names, rows and limits, before any generator was written or ran: commit 7a1531cf;
no pair added after). Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64)
with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
soybean4,cheddar4,satellite6,papermill6``, ``--data round130``).

The author opened only: its brief (``/tmp/s67/brief130.md``, with ``cat``); ``docs/data-authors.md`` (all, with
``cat``, after ``date`` and the worktree's creation, in the same command; not edited); ``benchmarks/
data_quality_round129.py`` (all, with ``cat``; the display left out lines 138-419, then ``sed -n 130,420p``; not
edited); ``tests/test_data_quality_round129.py``, ``benchmarks/data_quality_round_common.py`` and
``tests/round_checks.py`` (all, with ``cat`` in one command; not edited); round 30's module docstring (printed through
``ast``, cut at its first 3,000 characters by a slice) and the first 2,000 characters of rounds 126's, 127's and 128's
modules (``head -c 2000``, in the same command); ``/tmp/s67/setnames130.txt`` (as above); ``benchmarks/
data_quality_actions.py`` through a ``grep -n -i round129`` piped through ``grep -v BLIND_ROUND`` (hits 169, 254 and
612), then lines 166-170, 250-256 and 608-615 (``sed -n`` through ``grep -v BLIND_ROUND``, in the command that also
printed ``tests/test_architecture.py`` lines 1-110 with ``sed -n 1,110p``; ``BLIND_ROUND``'s value was not printed:
two comment lines after the ``ROUNDS`` entry naming round 128's parts were printed and not changed), edited with a
Python string replacement, each old string asserted to occur once (the import after round 129's, the ``ROUNDS`` entry
``130: ROUND130_GENERATORS`` after 129's, the help's round129 and round 129's; ``BLIND_ROUND`` and its comment not
touched; checked with a ``grep -n -i round130`` through ``grep -v BLIND_ROUND`` (hits 170, 256, 614), an ``awk`` for
lines over 120 characters (none), an import of ``ROUNDS[130]``, ``round_of`` and ``split`` of one name each, and ``git
diff --numstat``, 5 lines added, 3 removed). No ``git log`` ran but ``git log --oneline -1`` after each commit (and
``git log --oneline main..HEAD`` at the end); ``git diff --numstat`` and ``git status --short`` of the worktree's own
changes; ``git show HEAD:benchmarks/data_quality_round130.py`` of the author's own generators' commit (to check that
the one change left the labels and the other columns as they were). An import of ``benchmarks`` printed that it
resolves to the worktree's folder (a namespace package). The neighbour maps were checked with
``round_checks.check_neighbours`` (and the rows' sums, the limits' order) before the first commit. Before the
generators' commit (2dedaa31, with the registration) the two pools alone were run in a scratch script once (seed 1,
not the generators': their classes' shares in the pool, a fifth one within none; no column and no measure): soybean4's
printed 15.9 / 49.0 / 24.8 / 8.4 / 1.9 % and cheddar4's 23.8 / 61.4 / 13.3 / 1.3 / 0.2 %, and neither was changed;
then two of the soybean columns' formulas (the NIR oil's, the probe's temperature's: a stray factor 0.4 and a term
times 0) were tidied before any generator ran; then the four generators were run only to check that they ran, their
shapes, dtypes, finiteness, determinism, class counts, first rows and time (0.33 s soybean4, 0.15 s cheddar4, under
0.01 s the others). After the commit the MLP's figures (train and test, seeds 0 and 1), the baseline's error, the share
between neighbours, the eight commonest error pairs and the class error rates were printed once for all four sets.
satellite6 and papermill6 met the aims and were not changed. soybean4 and cheddar4 missed the MLP's and the baseline's
aims far (below) and had their one change each (12d35115, both in one commit; the pools, the labels, the kept rows and
every other column untouched, checked against the generators' commit): soybean4's last two columns, the air's
temperature at the pit and the hour of delivery (both drawn apart from the grade), became the moisture meter's test
weight (the lot's test weight within 0.5 lb) and the scale-house's splits by eye on a cup of the probe's beans (the
lot's splits within a log spread of 0.3), and the probe's load temperature and the scalper's screenings read closer
(their noise 2 C, was 4; a log spread 0.2, was 0.35); cheddar4's fifth and sixth columns, the cook's temperature and the
hours from set to milling (the pool's make records), became the wrapping line's leakers (% of the vat's blocks failing
the vacuum check, following the finish's score) and the colorimeter's spread across the vat's blocks (delta E,
following the colour's score), drawn after the other columns; then their figures were printed once more (the same
script, these two sets): **both still miss the MLP's and the baseline's aims, kept and said**. Then the class medians
and means of every column (and the shares of the categorical columns' values by class) and each set's first row were
printed once, to write the tests and this docstring; no set was changed after. No function of the detector or the
filter was called.

Public sources were searched (four searches of stored pages, read only as the searches' excerpts): soybeans (the FGIS
grain inspection handbook's soybean chapter, its contents only: grades, test weight, foreign material, splits, damaged
and heat-damaged kernels; a trader's page with the grade table, its starred values garbled, and a feed seller's No. 1
lines: 56 lb/bu, heat 0.2 %, damaged 2 %, foreign material 1 %, splits 10 %, other colours 1 %; a Brazilian offer's
lines; the 1994 Federal Register rule on the soybean standards: splits in tenths, stones, glass, Sample grade's
criteria); Cheddar (AMS's Cheddar grades page: AA a fine, highly pleasing flavour, a firm, smooth, compact, close body,
a few mechanical openings, a medium yellow-orange colour if coloured, a sound rind; the 1956 standards' nomenclature AA,
A, B, C, at most 39 % moisture and at least 50 % milkfat in the dry matter; a consumer page; Wisconsin's grade tables by
the degree of each defect, very slight to pronounced, by the cure); satellites (an abstract: the attitude control up to
20 % of spacecraft failures, worse in LEO than GEO; NASA Goddard's GN&C anomaly trends: GN&C a high share of mission
critical failures, most anomalies within a year of launch; Haga and Saleh's subsystem-centric epidemiology of 168 GEO
satellites: the thrusters and fuel and the solar arrays among the major drivers; a space-sustainability blog: charging
and debris events alike in attitude and electrical disturbances); paper machines (a troubleshooting guide: a break's
cause often 1-3 zones upstream of where it shows, the broken ends' pattern, the historian's consistency, steam, draws
and speed; Hubbe's page on breaks: weak points and holes, slime at the headbox, tacky deposits on the dryer cans; two
makers' pages on dryer-section breaks: a wet sheet, fabric marks, the draws' tension, the cans too hot; a handbook's
draw forces; a review of pressroom breaks). No source gave the classes' or causes' shares or any record's values by
class; no source gave an inspector's or a grader's error; the soybean grade table was read only as the trader's
garbled excerpt and the No. 1 line: ``SOYBEAN_LIMITS``' No. 2-4 values (54 / 52 / 49 lb/bu; heat 0.5 / 1 / 3 %; damaged
3 / 5 / 8 %; foreign material 2 / 3 / 5 %; splits 20 / 30 / 40 %; other colours 2 / 5 / 10 %) are the author's memory
of the standard, the excerpt agreeing where it printed them; the USDA standard describes Cheddar's grades in words, so
``CHEDDAR_LIMITS``' 10-point scale and lines are the author's own; the satellites' and the paper machine's subsystems,
confusions and measures are the author's own.

The rest is the author's own reading of the fields, not checked: every number of the soybean pool (the origins' shares,
the harvest's days, the weathering's laws, the bin dryer's chance, the storage, the moisture, the heat damage's law,
the other damage, the handling's foreign material, splits and other colours, the test weight's law, the inspector's
errors; the shares kept, 22.4 / 29.9 / 26.2 / 21.5 %); every number of the Cheddar pool (the milk's, the culture's and
the seasons' shares, the milk's quality, the make's control, the culture's activity, the lab's measures' laws, the four
scores' laws, the panel's error and half points; the shares kept, 19.6 / 29 / 28 / 23.4 %); every number in
``SATELLITE_ORBIT``, ``SATELLITE_PHASE``, ``SATELLITE_FOUND``, ``SATELLITE_TABLE`` and ``SATELLITE_KINDS`` (the shares
kept, 18.7 / 17.8 / 15 / 16.8 / 15.9 / 15.9 %); every number in ``PAPERMILL_GRADE``, ``PAPERMILL_WHERE``,
``PAPERMILL_LOOK``, ``PAPERMILL_TABLE`` and ``PAPERMILL_KINDS`` (the shares kept, 19.6 / 17.8 / 16.8 / 15 / 14 / 16.8
%). The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 129 uses them (``main`` was
not run); ``_keep``, ``_pull``, ``_sig``, ``_draw`` and ``_grade`` are imported from
``benchmarks/data_quality_round_common.py`` as round 129 imports them (``_sig`` used by soybean4's bin dryer; the
graded sets' ``_grade`` takes the limits "at most", so the test weight and the scores are negated). No detector or
filter ran on these sets, and the benchmark did not; the difficulty below and the tests' baseline were computed with
sklearn directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
soybean4      2,140  4 (480 / 640 / 560 / 460), ordered        55.5 / 48.8 | 53.9 / 46.7       54.6     79 %
cheddar4      2,140  4 (420 / 620 / 600 / 500), ordered        61.3 / 52.7 | 60.4 / 50.5       52.6     80 %
satellite6    2,140  6 (400 / 380 / 320 / 360 / 340 / 340)     75.1 / 71.4 | 73.3 / 70.5       36.8     76 %
papermill6    2,140  6 (420 / 380 / 360 / 320 / 300 / 360)     77.3 / 67.7 | 74.2 / 67.5       37.3     73 %

("between": the share of the baseline's errors between documented neighbours; soybean4 and cheddar4 after their one
change, first measured: soybean4 47.9 / 39.1 | 49.9 / 39.1, 63.2 %, 70 %; cheddar4 47.0 / 37.2 | 54.5 / 43.0, 62.1 %,
69 %.) In one phrase: a scaled 10-neighbour baseline errs on 54.6 / 52.6 / 36.8 / 37.3 % of their rows. The generators
were committed before any measure (commit 2dedaa31). The aims (the brief's): MLP 60-90 % test accuracy, baseline 15-40
%, at least 60 % of the baseline's errors between documented neighbours. satellite6 and papermill6 met them as first
measured and were not changed. **soybean4 and cheddar4 miss two aims, kept as the brief says**: as first measured their
MLPs reached 39.1 and 37.2 % (seed 0) and their baselines erred on 63.2 and 62.1 %; after the one change 48.8 and 52.7 %
and 54.6 and 52.6 %, still under the MLP's 60 % and over the baseline's 40 % (the share between neighbours, 79 and 80
%, meets its aim). Why, as the author reads it: the grade is set by the worst of five or four factors each read with an
error, near many lines at once, and the columns see the factors only through loose proxies and the unseen laws (the
bin's hot spots, the field's weathering; the panel's flavour, the make's control) that set them; a set labelled by a
worst-factor rule over noisy readings has a low ceiling unless a column reads each factor nearly as the inspector does.
In soybean4 (1,168 errors): No. 1 with No. 2 30 % of the errors, No. 2 with No. 3 26 %, No. 3 with No. 4 23 %, No. 2
with No. 4 9 % and No. 1 with No. 3 9 % (not adjacent), No. 1 with No. 4 3 %; No. 3 errs most (68 %), No. 1 least (30
%; No. 2 53 %, No. 4 66 %). In cheddar4 (1,126 errors): AA with A 36 %, A with B 26 %, B with C 19 %, AA with B 12 %, A
with C 6 % and AA with C 1 % (not adjacent); B errs most (68 %), C and AA least (42 and 43 %; A 53 %). satellite6 errs
on 36.8 % (788 errors), 76 % between subsystems engineers confuse (``SATELLITE_NEIGHBOURS``): the attitude control
with the propulsion 18 % of them, the power system with the thermal control 16 %, the power system with the payload 12
%, the attitude control with the computer 11 %, the payload with the thermal control 10 %, the power system with the
computer 7 %, the payload with the computer 6 % (outside the map), the power system with the propulsion 4 % (outside);
the propulsion errs most (51 %), the attitude control least (27 %). papermill6 errs on 37.3 % (798 errors), 73 %
between causes engineers confuse (``PAPERMILL_NEIGHBOURS``): the headbox with the press 16 % of them, the calender with
the reel 15 %, the dryer section with the size press 12 %, the headbox with the dryer section 11 %, the press with the
dryer section 11 %, the size press with the calender 8 %, the headbox with the size press 6 % and the press with the
size press 6 % (both outside the map); the size press errs most (48 %), the reel and winder least (27 %). Slips kept as
committed: in soybean4 the moisture meter, the NIR oil and the truck's weight hardly differ by grade (the
oil's medians 19.2-19.5 %), the NIR protein falls only 35.0 to 34.2 %, and half the lots were stored 0 days (the
median of No. 1 and No. 2 0); in cheddar4 the fat in dry matter carries nothing (52.5 % at every grade's median), the
moisture hardly differs (medians 36.58-36.69 %: the make's error either way), the cell counts' medians tie for B and C
(265.5 and 265 thousand), the season hardly differs, and the scores as drawn make AA and C the rarer grades in the pool
(23.8 and 1.3 %; C's kept vats are the pool's tail); in satellite6 the eclipse's minutes tie at the median for the
power system and the thermal control (49), the payload's commonest phase is routine operations (44 %) before a
reconfiguration (37 %), the thermal control's commonest phase an eclipse season (41 %) just before routine operations
(41 %); in papermill6 the driest reel is the calender's (median 5.4 %; the dryer
section's 5.5 %: ``PAPERMILL_TABLE`` gives 5.1 and 5.2 %, so papermill6's docstring as committed with the generators
said "the dryer section ... the driest reel" wrongly; corrected in the docstring only, no data changed, said apart
from the one change), the basis weight hardly differs (medians 79.8-83.3 g/m2) and the speed only for the reel (its
median 940 m/min, the others 904-917), the size press's commonest look ties (a wrap 30 %, a hole 22 %, an edge 23 %, a
cut 25 %), the forming's breaks are placed most often in the dryers (33 %) just before the press (32 %) and the wire (25
%); in both unordered sets the medians pulled toward the neighbours'.

Other slips: none in the commits' lines (an ``awk`` for lines over 120 characters ran before each commit; one over,
the soybean4 docstring's line after the one change, was folded before that commit); one assert of the tests as first
written failed (cheddar4's cell counts' medians taken to rise at every step: they tie for B and C) and was corrected
to the measured order before the tests' commit; the scratch scripts lay in ``/tmp/r130scratch`` (the author's own);
the machine's clock read 09:37:07 at the start and moved slowly (about 5 minutes of clock over the whole work as read
by ``date``), so the slot was kept by the steps rather than the clock alone.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``): the 19 tests' whole ``pytest`` run reported 4.86 s
at its first run (one failing assert, above), then 6.62 and 6.71 s (user time 5.06 and 4.87 s, wall 10.3 and 9.4 s) on
a shared machine whose load average was then 2.7, and after this docstring was written 9.52 and 8.67 s (user time
5.08 s, wall 12.2 s; load average 3.5-3.6); the tests' own calls take about 2 s together (``--durations``:
soybean4's second build 0.32-0.46 s, cheddar4's 0.33-0.57 s, each MLP fit 0.13-0.48 s), importing
``benchmarks.data_quality_actions`` (every round's module), sklearn's estimators and pytest the rest (about 4-5 s, as
the brief says). ``pytest tests/test_architecture.py`` passed (308). Within the 6 s aim by the first run; **over it
in the reported time of the runs under the load** (by 0.6-3.5 s; the user time about 5 s), said; the author did
not trim the tests, whose own part is about 2 s.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- soybean4: a lot of soybeans' U.S. grade
#: the 4 classes of ``soybean4`` (a truck lot of soybeans an elevator's licensed inspector grades, by the U.S.
#: Standards for Soybeans), the best first: U.S. No. 1 .. U.S. No. 4. U.S. Sample grade (a lot within none of the
#: four numerical grades, or musty, sour, heating, of distinctly low quality) left out: such a lot is not kept
SOYBEAN_CLASSES = ("U.S. No. 1 (test weight at least 56 lb/bu, damaged 2 % (heat 0.2 %), foreign material 1 %, "
                   "splits 10 %, other colours 1 %)",
                   "U.S. No. 2 (at least 54 lb/bu, damaged 3 % (heat 0.5 %), foreign material 2 %, splits 20 %, "
                   "other colours 2 %)",
                   "U.S. No. 3 (at least 52 lb/bu, damaged 5 % (heat 1 %), foreign material 3 %, splits 30 %, "
                   "other colours 5 %)",
                   "U.S. No. 4 (at least 49 lb/bu, damaged 8 % (heat 3 %), foreign material 5 %, splits 40 %, "
                   "other colours 10 %)")
SOYBEAN_ROWS = (480, 640, 560, 460)
#: per grade from No. 1 to No. 4, the inspector's limits on the lot's work sample: the test weight (lb per bushel,
#: negated: the grade's least as a most, so that every factor is held "at most"), the heat-damaged kernels (%), the
#: damaged kernels in total (%, heat damage within them), the foreign material (%), the splits (%) and the soybeans of
#: other colours (%), as the U.S. Standards for Soybeans' table of grade requirements gives them
SOYBEAN_LIMITS = np.array([[-56.0, 0.2, 2.0, 1.0, 10.0, 1.0], [-54.0, 0.5, 3.0, 2.0, 20.0, 2.0],
                           [-52.0, 1.0, 5.0, 3.0, 30.0, 5.0], [-49.0, 3.0, 8.0, 5.0, 40.0, 10.0]])
#: the grade above and below each (a lot near a factor's limit is graded one step up or down by the work sample's
#: divider, the sieve's and the hand-picking's reading of damage, foreign material and splits)
SOYBEAN_NEIGHBOURS = ordinal_neighbours(len(SOYBEAN_CLASSES))
#: what the grade is set from: the label's basis, not columns
SOYBEAN_GRADING = ("the licensed inspector's work sample of the probed truck: the test weight by the bushel "
                   "apparatus, the foreign material through the 8/64 inch round-hole sieve and picked by hand, the "
                   "damaged and heat-damaged kernels, the splits and the other colours picked from a portion, each "
                   "against the grade's limits",
                   "the numerical grade on the inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- cheddar4: a vat of Cheddar's U.S. grade
#: the 4 classes of ``cheddar4`` (a vat of Cheddar cheese a creamery's graders score, by the U.S. grades of Cheddar
#: cheese), the best first: U.S. Grade AA (a fine, highly pleasing flavour, a firm, smooth, compact body, a uniform
#: colour, a sound finish), U.S. Grade A (a pleasing flavour, more variation allowed), U.S. Grade B (a fairly pleasing
#: flavour, definite defects allowed) and U.S. Grade C (a somewhat objectionable flavour, defects to a pronounced
#: degree). A vat under Grade C (no grade) left out: not kept
CHEDDAR_CLASSES = ("U.S. Grade AA (fine, highly pleasing flavour; firm, smooth, compact body; uniform colour; sound "
                   "finish)",
                   "U.S. Grade A (pleasing flavour; a reasonably solid body; fairly uniform colour; good finish)",
                   "U.S. Grade B (fairly pleasing flavour; definite body and texture defects allowed; colour and "
                   "finish fair)",
                   "U.S. Grade C (somewhat objectionable flavour; pronounced body defects; colour or finish poor)")
CHEDDAR_ROWS = (420, 620, 600, 500)
#: per grade from AA to C, the least score (negated, so that each is held "at most") the graders' panel may give a
#: vat's sample in each factor: flavour, body and texture, colour, finish and appearance, each on a 10-point scale
#: (the USDA standard describes each grade in words, by the defects allowed at each degree, "very slight" to
#: "pronounced"; this scale and its lines are the author's reading of a creamery's score card: AA 9.5 flavour and 9 in
#: the rest, A 8.5 and 8, B 7.5 and 7, C 6 and 6), the lowest factor deciding
CHEDDAR_LIMITS = -np.array([[9.5, 9.0, 9.0, 9.0], [8.5, 8.0, 8.0, 8.0], [7.5, 7.0, 7.0, 7.0], [6.0, 6.0, 6.0, 6.0]])
#: the grade above and below each (a vat near a line is graded one step up or down by the grader's plug: the
#: flavour's degree, an opening or a mealy body, a seam)
CHEDDAR_NEIGHBOURS = ordinal_neighbours(len(CHEDDAR_CLASSES))
#: what the grade is set from: the label's basis, not columns
CHEDDAR_GRADING = ("the graders' plugs drawn from the vat's blocks at grading: the flavour and odour, the body and "
                   "texture (openings, curdy, mealy, pasty, short), the colour (seams, mottles, uniformity), the "
                   "finish and appearance of the wrapped block, each scored against the grade's lines",
                   "the grade on the creamery's grading record, the lowest factor deciding")


# ---------------------------------------------------------------------- satellite6: an on-orbit anomaly's subsystem
#: the 6 classes of ``satellite6`` (a satellite operator's on-orbit anomaly, by the subsystem its engineers found at
#: fault); left out: launch failures and the ground segment's faults
SATELLITE_CLASSES = ("electrical power system (solar arrays' strings or drives, batteries' cells, the power "
                     "regulators and the bus)",
                     "attitude determination and control (reaction wheels, gyros, star trackers, sun sensors, "
                     "magnetorquers)",
                     "propulsion (thrusters, valves, tanks and lines, the propellant's pressure)",
                     "communications payload and transponders (amplifiers: TWTAs or SSPAs, receivers, switches, "
                     "antennas)",
                     "thermal control (heaters, thermostats, heat pipes, radiators, insulation)",
                     "on-board computer and its software (the processor's resets, memory upsets, the flight "
                     "software's faults)")
SATELLITE_ROWS = (400, 380, 320, 360, 340, 340)
#: the subsystems engineers confuse (symmetric): the power system against the payload (the payload's amplifiers shed
#: or tripped by an undervoltage: a load or its supply), the thermal control (a battery or a heater: the power and
#: the temperatures move together) and the computer (an undervoltage resets the computer; a computer's fault sheds
#: loads); the attitude control against the propulsion (thrusters hold the attitude and unload the wheels) and the
#: computer (a safe mode entered by the attitude software or by a sensor); the propulsion against the thermal control
#: (lines and valves frozen by a heater's failure); the payload against the thermal control (an amplifier overheating)
SATELLITE_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 5), 2: (1, 4), 3: (0, 4), 4: (0, 2, 3), 5: (0, 1)}


# ---------------------------------------------------------------------- papermill6: a paper machine's web break
#: the 6 classes of ``papermill6`` (a paper machine's web break at a mill, by the cause its engineers found); left
#: out: the stock preparation (the furnish, the broke, the chemicals) and the power supply
PAPERMILL_CLASSES = ("headbox and forming section (the slice's jets, the wire's drainage, holes or streaks formed "
                     "on the wire)",
                     "press section and its felts (felts filled or worn, the press's draws, the sheet picked or "
                     "crushed)",
                     "dryer section and its fabrics (the dryer's draws, steam and condensate, fabrics, the sheet "
                     "stuck or fluttering)",
                     "size press or coater (the film's pickup, the nip, the coating's scratches or streaks)",
                     "calender (the nip's load, a roll's barring or heat, blackening, the sheet cut)",
                     "reel and winder (the reel's tension, the spool's change, the winder's slitters)")
PAPERMILL_ROWS = (420, 380, 360, 320, 300, 360)
#: the causes engineers confuse (symmetric): the headbox and forming against the press (a weak spot formed on the
#: wire opens in the first press's draw) and the dryer section (a light streak from the forming breaks in the dryers'
#: draws, zones downstream); the press against the dryer section (a wet sheet from a filled felt breaks at the first
#: dryer group); the dryer section against the size press (the moisture into the size press, the after-dryers); the
#: size press against the calender (a coated web's streaks cut in the nip); the calender against the reel and winder
#: (the dry end's tension and the reel's draw)
PAPERMILL_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4), 4: (3, 5), 5: (4,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"soybean4": SOYBEAN_NEIGHBOURS, "cheddar4": CHEDDAR_NEIGHBOURS, "satellite6": SATELLITE_NEIGHBOURS,
              "papermill6": PAPERMILL_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("soybean4", "cheddar4")


def _soybean_pool(rng, n):
    """The soybean truck-lot pool's records, unseen laws and labels (``soybean4``)."""
    origin = (rng.random(n)[:, None] > np.cumsum([0.55, 0.3])).sum(1)  # 0 a near farm, 1 a far farm, 2 a transfer
    day = np.round(np.clip(25 + 14 * rng.normal(0, 1, n), 0, 70))  # the harvest's day from its first (late Sep = 0)
    weather = rng.normal(0, 1, n) + 0.025 * (day - 25)  # unseen: the field's weathering, rains on the ripe pods
    dried = (rng.random(n) < _sig(-1.0 + 0.04 * (day - 25))).astype(float)  # dried on the farm's bin dryer
    stored = np.round(np.clip(np.where(rng.random(n) < 0.5, 0, 60 * np.exp(0.9 * rng.normal(0, 1, n))), 0, 300))
    moisture = np.clip(12.0 + 1.2 * rng.normal(0, 1, n) - 0.8 * dried + 0.3 * weather, 7, 18)  # at delivery, %
    bin_heat = rng.normal(0, 1, n)  # unseen: hot spots in the farm's bin (its aeration, the beans' moisture in it)
    heat = np.exp(-2.6 + 0.9 * bin_heat + 0.35 * (moisture - 12) + 0.6 * np.log1p(stored / 30)
                  + 0.3 * dried + 0.5 * rng.normal(0, 1, n))  # heat-damaged kernels, %
    damaged = heat + np.exp(0.2 + 0.55 * weather + 0.5 * rng.normal(0, 1, n))  # all damaged kernels, %
    handling = np.array([0.0, 0.3, 0.9])[origin]  # the augers' and the legs' passes before this one
    fm = np.exp(-0.2 + 0.5 * handling + 0.15 * weather + 0.5 * rng.normal(0, 1, n))  # foreign material, %
    splits = np.exp(np.log(7) - 0.18 * (moisture - 12) + 0.45 * handling + 0.3 * dried + 0.45 * rng.normal(0, 1, n))
    colours = np.exp(-1.3 + 0.4 * handling + 0.9 * rng.normal(0, 1, n))  # other colours: volunteers, mixed loads, %
    test = 57.0 - 1.3 * weather - 0.25 * (moisture - 12) - 0.15 * damaged + 0.8 * rng.normal(0, 1, n)  # lb/bu
    true = np.column_stack([-test, heat, damaged, fm, splits, colours])
    seen = true.copy()  # the work sample's reading: a divided portion, the sieve, the picking by hand
    seen[:, 0] += 0.3 * rng.normal(0, 1, n)
    seen[:, 1:] *= rng.lognormal(0, 0.15, (n, 5))
    seen[:, 2] = np.maximum(seen[:, 2], seen[:, 1])
    seen = np.round(seen, 1)
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), SOYBEAN_LIMITS)
    return locals()


def _cheddar_pool(rng, n):
    """The Cheddar vat pool's make records, unseen laws and labels (``cheddar4``)."""
    source = (rng.random(n) < 0.35).astype(float)  # 0 the co-op's own herds' milk, 1 milk bought in
    culture = (rng.random(n) < 0.3).astype(float)  # 0 a direct-set culture, 1 a bulk starter (more variable)
    season = (rng.random(n)[:, None] > np.cumsum([0.3, 0.25, 0.25])).sum(1)  # 0 spring, 1 summer, 2 autumn, 3 winter
    milk = rng.normal(0, 1, n) + 0.4 * source + np.array([0.0, 0.4, 0.0, -0.2])[season]  # unseen: the milk's age, bugs
    scc = np.round(np.clip(220 * np.exp(0.25 * milk + 0.4 * rng.normal(0, 1, n)), 30, 1500))  # thousands per ml
    make = rng.normal(0, 1, n)  # unseen: the make's control (the cheesemaker's timing of the cook, the cheddaring)
    activity = rng.normal(0, 1, n) * (1 + 0.6 * culture)  # unseen: the culture's activity (a slow or a fast vat)
    cook = np.round(38.5 + 0.6 * rng.normal(0, 1, n) - 0.3 * make, 1)  # the cook's temperature, C
    hours = np.round(np.clip(5.5 - 0.35 * activity + 0.3 * rng.normal(0, 1, n), 3.5, 8.5), 2)  # set to milling, h
    moisture = 36.8 + 0.7 * np.abs(make) * np.sign(rng.normal(0, 1, n) - 0.3) - 0.4 * (cook - 38.5) \
        + 0.3 * rng.normal(0, 1, n)  # %
    fdm = 52.5 + 1.0 * rng.normal(0, 1, n) - 0.5 * np.array([0.0, -0.5, 0.3, 0.5])[season]  # fat in dry matter, %
    sm = np.clip(4.6 + 0.45 * rng.normal(0, 1, n) - 0.2 * np.abs(make), 2.5, 7)  # salt in moisture, %
    ph_mill = 5.38 - 0.06 * activity + 0.05 * rng.normal(0, 1, n)
    ph_week = ph_mill - 0.25 + 0.02 * (sm - 4.6) - 0.05 * activity + 0.04 * rng.normal(0, 1, n)
    age = np.round(np.clip(np.exp(np.log(60) + 0.6 * rng.normal(0, 1, n)), 14, 400))  # days at grading
    coliform = np.exp(np.log(20) + 0.9 * milk + 1.0 * rng.normal(0, 1, n))  # per gram
    flavour = (9.9 - 0.35 * np.clip(milk, 0, None) - 5 * np.clip(5.05 - ph_week, 0, None) - 0.4 * np.clip(4.2 - sm, 0,
               None) - 0.12 * np.log1p(coliform / 20) + 0.2 * np.log(age / 60) - 0.3 * np.abs(make) + 0.4 * rng.normal(
                   0, 1, n))
    body = (9.8 - 0.5 * np.abs(moisture - 36.8) - 3.5 * np.abs(ph_week - 5.1) - 0.3 * np.clip(4.2 - sm, 0, None)
            - 0.12 * np.log1p(coliform / 20) + 0.4 * rng.normal(0, 1, n))
    colour = 9.8 - 0.3 * np.abs(sm - 4.6) / 0.45 - 0.25 * culture + 0.45 * rng.normal(0, 1, n)
    finish = 9.7 - 0.5 * np.exp(0.7 * rng.normal(0, 1, n)) + 0.2 * rng.normal(0, 1, n)
    scores = np.clip(np.column_stack([flavour, body, colour, finish]) + 0.25 * rng.normal(0, 1, (n, 4)), 0, 10)
    scores = np.round(scores * 2) / 2  # the panel's half points
    label = _grade(np.repeat(-scores[:, None, :], 4, axis=1), CHEDDAR_LIMITS)
    return locals()


def soybean4():
    """Truck lots of soybeans an elevator's licensed inspector grades, with the U.S. grade in 4 steps
    (``SOYBEAN_CLASSES``; the best grade whose ``SOYBEAN_LIMITS`` the work sample meets in every factor, a lot within
    none (U.S. Sample grade) not kept; ``SOYBEAN_GRADING`` the label's basis and not columns), as the elevator's records
    and the simple measures apart from the grade describe them. Unseen: the field's weathering (rains on ripe pods,
    more in a late harvest: damaged kernels, a lighter test weight), hot spots in the farm's bin (heat damage, more
    for wet beans, longer storage, a bin dryer), the handling before this load (a transfer from another elevator: more
    foreign material, splits and other colours), the beans' dryness (dry beans split) and the inspector's reading (the
    test weight within about 0.3 lb, the percentages within about 15 %). Columns: the origin (0 a near farm, 1 a far
    farm, 2 another elevator's transfer), dried on the farm (0/1), the harvest's day, the haul (km), the days stored on
    the farm, the moisture meter (%), the NIR analyser's protein and oil (% at 13 % moisture), the probe's load
    temperature (C), the truck's net weight (t), the receiving pit scalper's screenings (kg per t), the moisture
    meter's test weight (lb/bu) and the scale-house's splits by eye on a cup of the probe's beans (%) (13; the
    one change: the last two were the air's temperature and the hour of delivery, below). Imbalanced: 480 / 640
    / 560 / 460 rows (2,140)."""
    rng = np.random.default_rng(130101)
    p = _soybean_pool(rng, 200000)
    n, origin, weather = len(p["label"]), p["origin"], p["weather"]
    keep = _keep(rng, p["label"], SOYBEAN_ROWS)
    x = np.column_stack([
        origin, p["dried"], p["day"],
        np.round(np.clip(np.array([15.0, 60.0, 120.0])[origin] * rng.lognormal(0, 0.5, n), 1, 500)),
        p["stored"],
        np.round(p["moisture"] + 0.4 * rng.normal(0, 1, n), 1),
        np.round(34.8 - 0.35 * weather - 0.08 * p["damaged"] + 0.7 * rng.normal(0, 1, n), 1),
        np.round(19.2 - 0.15 * weather - 0.1 * np.log(p["heat"]) + 0.6 * rng.normal(0, 1, n), 1),
        np.round(12 + 2 * rng.normal(0, 1, n) + 2.5 * np.clip(np.log(p["heat"] / 0.3), 0, None) + 0.01 * p["stored"],
                 1),
        np.round(np.clip(24 + 3 * rng.normal(0, 1, n), 8, 36), 1),
        np.round(np.clip(7 * p["fm"] * rng.lognormal(0, 0.2, n), 0, 150), 1),
        np.round(p["test"] + 0.5 * rng.normal(0, 1, n), 1),
        np.round(np.clip(p["splits"] * np.exp(0.3 * rng.normal(0, 1, n)), 0, 100))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def cheddar4():
    """Vats of Cheddar cheese a creamery's graders score, with the U.S. grade in 4 steps (``CHEDDAR_CLASSES``; the
    best grade whose ``CHEDDAR_LIMITS`` the panel's four factor scores meet, the lowest factor deciding, a vat under
    Grade C not kept; ``CHEDDAR_GRADING`` the label's basis and not columns), as the vat's make records and the lab's
    simple measures apart from the grade describe them. Unseen: the milk's quality (its age, its bacteria: cell counts,
    coliforms, off flavours; bought-in milk and summer worse), the make's control (the moisture off its aim either way,
    the salt in moisture low), the culture's activity (a fast vat: a low pH, acid and bitter, a mealy or short body;
    a bulk starter more variable) and the panel's scores (within a quarter point, to half points). Columns: the milk
    (0 own herds, 1 bought in), the culture (0 direct-set, 1 bulk starter), the season (0 spring .. 3 winter), the
    milk's somatic cell count (thousands per ml), the wrapping line's leakers (% of the vat's blocks failing the
    vacuum check), the colorimeter's spread across the vat's blocks (delta E; these two the one change: they were
    the cook's temperature and the hours from set to milling, below), the lab's
    moisture (%), fat in dry matter (%), salt in moisture (%), pH at milling and at 7 days, the age at grading (days)
    and the coliforms (per g) (13). Imbalanced: 420 / 620 / 600 / 500 rows (2,140)."""
    rng = np.random.default_rng(130202)
    p = _cheddar_pool(rng, 200000)
    n = len(p["label"])
    keep = _keep(rng, p["label"], CHEDDAR_ROWS)
    x = np.column_stack([
        p["source"], p["culture"], p["season"], p["scc"], np.zeros(n), np.zeros(n),
        np.round(p["moisture"] + 0.15 * rng.normal(0, 1, n), 2),
        np.round(p["fdm"] + 0.3 * rng.normal(0, 1, n), 1),
        np.round(p["sm"] + 0.15 * rng.normal(0, 1, n), 2),
        np.round(p["ph_mill"] + 0.02 * rng.normal(0, 1, n), 2),
        np.round(p["ph_week"] + 0.02 * rng.normal(0, 1, n), 2),
        p["age"],
        np.round(np.clip(p["coliform"] * rng.lognormal(0, 0.5, n), 1, 1e5))])
    x[:, 4] = np.round(np.clip(20 * (9.7 - p["finish"]) + 2 * rng.normal(0, 1, n), 0, 100), 1)  # the one change
    x[:, 5] = np.round(np.clip(0.5 + 1.5 * (9.8 - p["colour"]) + 0.3 * rng.normal(0, 1, n), 0, 10), 2)
    x = x[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per subsystem of ``satellite6``, the chances of the orbit (0 low Earth orbit, 1 medium, 2 geostationary)
SATELLITE_ORBIT = np.array([[0.35, 0.15, 0.50], [0.50, 0.15, 0.35], [0.25, 0.15, 0.60], [0.30, 0.15, 0.55],
                            [0.40, 0.15, 0.45], [0.45, 0.20, 0.35]])
#: per subsystem of ``satellite6``, the chances of the phase at the anomaly (0 routine operations, 1 an eclipse
#: season, 2 a manoeuvre, station-keeping or a wheels' unloading, 3 a payload's reconfiguration or a commanding pass)
SATELLITE_PHASE = np.array([[0.35, 0.45, 0.10, 0.10], [0.40, 0.15, 0.35, 0.10], [0.25, 0.10, 0.60, 0.05],
                            [0.40, 0.15, 0.05, 0.40], [0.40, 0.40, 0.10, 0.10], [0.45, 0.10, 0.20, 0.25]])
#: per subsystem of ``satellite6``, the chances of how it was found (0 a telemetry limit's alarm on the ground, 1 the
#: satellite's own safe mode, 2 a customer's complaint of the service, 3 the engineers' trend analysis)
SATELLITE_FOUND = np.array([[0.45, 0.15, 0.15, 0.25], [0.30, 0.50, 0.10, 0.10], [0.40, 0.20, 0.05, 0.35],
                            [0.25, 0.05, 0.55, 0.15], [0.50, 0.10, 0.10, 0.30], [0.25, 0.50, 0.20, 0.05]])
#: per subsystem of ``satellite6``, the medians of the spacecraft's records, the telemetry at the anomaly and the
#: engineers' simple measures: the years since launch, the eclipse's minutes that day, the bus voltage's least over
#: the orbit (% of nominal), the battery's highest temperature (C), the solar arrays' current (% of the predicted),
#: the attitude error's peak (deg), the reaction wheels' highest speed (% of the most), the thruster firings over 24 h,
#: the payload amplifiers' highest current (% of nominal), the hottest unit's temperature (C), the computer's resets
#: over 30 days, the memory's corrected errors a day and the planetary Kp index's peak over 24 h
SATELLITE_TABLE = np.array([
    # age  eclip  bus   batt  array att   wheel fires amp    hot   reset edac  kp
    [8.0, 55.0, 93.0, 24.0, 90.0, 0.04, 45.0, 4.0, 97.0, 35.0, 0.3, 4.0, 3.7],  # power
    [5.0, 25.0, 99.0, 19.0, 99.0, 0.50, 80.0, 10.0, 100.0, 33.0, 0.3, 4.0, 3.2],  # attitude control
    [7.0, 25.0, 99.0, 19.0, 99.0, 0.20, 55.0, 28.0, 100.0, 34.0, 0.2, 4.0, 3.0],  # propulsion
    [6.0, 35.0, 98.0, 19.0, 99.0, 0.04, 45.0, 4.0, 112.0, 40.0, 0.2, 4.0, 3.7],  # payload
    [9.0, 50.0, 97.0, 30.0, 98.0, 0.05, 45.0, 4.0, 101.0, 47.0, 0.2, 4.0, 3.0],  # thermal control
    [4.0, 25.0, 99.0, 19.0, 99.0, 0.15, 50.0, 5.0, 100.0, 34.0, 2.5, 14.0, 4.6],  # computer and software
])
SATELLITE_LOGS = [0, 5, 7, 10, 11]
SATELLITE_KINDS = [("log", 0.6, 0.1), ("norm", 22.0, 0), ("norm", 3.0, -0.8), ("norm", 5.0, 1.0), ("norm", 5.0, -1.0),
                   ("log", 0.9, 0.2), ("norm", 14.0, 2.0), ("count", 0.7, 0.1), ("norm", 6.0, 1.0), ("norm", 6.0, 1.0),
                   ("count", 0.8, 0.1), ("count", 0.7, 0.1), ("norm", 1.4, 0.3)]


def satellite6():
    """A satellite operator's on-orbit anomalies, in 6 subsystems its engineers confuse (``SATELLITE_CLASSES``),
    labelled by the engineers' finding, as the spacecraft's records, the telemetry at the anomaly and the engineers'
    simple measures apart from it describe them. Each subsystem has its picture (``SATELLITE_ORBIT``,
    ``SATELLITE_PHASE``, ``SATELLITE_FOUND``, ``SATELLITE_TABLE``; each class's medians ``_pull``ed 0.3 of the way
    toward its neighbours'): the power system in an eclipse season, the lowest bus voltage and array current, older
    craft; the attitude control a safe mode, the largest attitude error, the fastest wheels; the propulsion a
    manoeuvre, the most thruster firings; the payload a customer's complaint at a reconfiguration, the amplifiers'
    highest current; the thermal control the hottest battery and unit, the oldest craft; the computer a safe mode, the
    most resets and memory errors, the stormiest space weather, the youngest craft. Unseen: the craft's wear and the
    day's stress (one per-row factor raising the age, the temperatures, the attitude error and the firings, lowering
    the voltage and the array current). Columns: the orbit (0-2), the phase (0-3), how found (0-3), then the table's 13
    (the age to a tenth within 0.1-25 years, the eclipse to whole minutes within 0-75, the bus voltage to a tenth
    within 60-105 %, the temperatures to a tenth within -20-90 C, the array current to a tenth within 30-110 %, the
    attitude error to a thousandth within 0.001-60 deg, the wheels to whole % within 0-100, the firings, the resets and
    the memory errors counted (within 0-2,000), the amplifiers' current to a tenth within 0-150 %, the Kp to a third
    within 0-9) (16). Imbalanced: 400 / 380 / 320 / 360 / 340 / 340 rows (2,140)."""
    rng = np.random.default_rng(130303)
    y = rng.permutation(np.repeat(np.arange(len(SATELLITE_CLASSES)), SATELLITE_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (SATELLITE_ORBIT, SATELLITE_PHASE, SATELLITE_FOUND)]
    t = _pull(SATELLITE_TABLE, SATELLITE_NEIGHBOURS, 0.3, SATELLITE_LOGS)[y]
    x = _draw(rng, t, SATELLITE_KINDS, rng.normal(0, 1, len(y)))
    x[:, 12] = np.round(np.clip(x[:, 12], 0, 9) * 3) / 3
    for j, low, high, digits in ((0, 0.1, 25, 1), (1, 0, 75, 0), (2, 60, 105, 1), (3, -20, 90, 1), (4, 30, 110, 1),
                                 (5, 0.001, 60, 3), (6, 0, 100, 0), (7, 0, 2000, 0), (8, 0, 150, 1), (9, -20, 90, 1),
                                 (10, 0, 2000, 0), (11, 0, 2000, 0), (12, 0, 9, 2)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``papermill6``, the chances of the grade on the machine (0 newsprint, 1 uncoated fine paper, 2 coated
#: fine paper, 3 board)
PAPERMILL_GRADE = np.array([[0.30, 0.30, 0.20, 0.20], [0.30, 0.25, 0.20, 0.25], [0.25, 0.25, 0.20, 0.30],
                            [0.10, 0.25, 0.50, 0.15], [0.25, 0.25, 0.35, 0.15], [0.25, 0.30, 0.25, 0.20]])
#: per cause of ``papermill6``, the chances of where the shift's report places the break (0 the wire or the pick-up,
#: 1 the press's draws, 2 the dryers, 3 the size press or coater, 4 the calender, 5 the reel or the winder); the break
#: often shows a zone or more downstream of its cause
PAPERMILL_WHERE = np.array([[0.30, 0.30, 0.30, 0.05, 0.03, 0.02], [0.05, 0.50, 0.40, 0.03, 0.01, 0.01],
                            [0.02, 0.08, 0.65, 0.20, 0.03, 0.02], [0.01, 0.02, 0.22, 0.60, 0.12, 0.03],
                            [0.01, 0.01, 0.05, 0.15, 0.60, 0.18], [0.01, 0.01, 0.03, 0.05, 0.25, 0.65]])
#: per cause of ``papermill6``, the chances of the break's look (0 a hole or a spot, 1 an edge tear, 2 a clean
#: cross-machine cut, 3 the sheet wrapped on a roll or a felt)
PAPERMILL_LOOK = np.array([[0.55, 0.20, 0.10, 0.15], [0.25, 0.20, 0.10, 0.45], [0.20, 0.35, 0.15, 0.30],
                           [0.25, 0.25, 0.25, 0.25], [0.15, 0.25, 0.50, 0.10], [0.10, 0.50, 0.30, 0.10]])
#: per cause of ``papermill6``, the medians of the machine's logs, the shift's report and the engineers' simple
#: measures: the machine's speed (m/min), the basis weight (g/m2), the headbox consistency (%), the first-pass
#: retention (%), the press felts' days on the machine, the sheet's dryness after the press (%), the dryers' steam
#: pressure (bar), the dryer fabrics' days on the machine, the reel's moisture (%), the size press's pickup (g/m2), the
#: calender's nip load (kN/m), the reel's tension (N/m) and the hours since the last break
PAPERMILL_TABLE = np.array([
    # speed  bw    cons  ret   felt  dry   steam fabric moist pick  nip    tens   hours
    [900.0, 80.0, 0.95, 66.0, 20.0, 44.0, 3.5, 150.0, 6.0, 2.5, 80.0, 250.0, 4.0],  # headbox and forming
    [900.0, 80.0, 0.80, 73.0, 45.0, 40.5, 3.6, 150.0, 6.3, 2.5, 80.0, 250.0, 6.0],  # press and felts
    [920.0, 80.0, 0.80, 73.0, 20.0, 43.5, 4.4, 320.0, 5.2, 2.5, 80.0, 250.0, 6.0],  # dryer section and fabrics
    [900.0, 80.0, 0.80, 74.0, 20.0, 44.5, 3.8, 150.0, 6.6, 3.8, 80.0, 250.0, 8.0],  # size press or coater
    [900.0, 80.0, 0.80, 74.0, 20.0, 44.5, 3.5, 150.0, 5.1, 2.5, 125.0, 265.0, 9.0],  # calender
    [960.0, 80.0, 0.80, 74.0, 20.0, 44.5, 3.5, 150.0, 5.8, 2.5, 85.0, 335.0, 8.0],  # reel and winder
])
PAPERMILL_LOGS = [1, 2, 4, 7, 9, 12]
PAPERMILL_KINDS = [("norm", 60.0, 10.0), ("log", 0.3, 0), ("log", 0.12, 0.02), ("norm", 4.0, -1.0), ("log", 0.6, 0.1),
                   ("norm", 1.8, -0.5), ("norm", 0.5, 0.1), ("log", 0.5, 0.1), ("norm", 0.8, 0), ("log", 0.3, 0),
                   ("norm", 18.0, 3.0), ("norm", 35.0, 5.0), ("log", 0.9, -0.2)]


def papermill6():
    """Web breaks on a mill's paper machine, in 6 causes its engineers confuse (``PAPERMILL_CLASSES``), labelled by the
    engineers' finding, as the machine's logs, the shift's report and the engineers' simple measures apart from it
    describe them. Each cause has its picture (``PAPERMILL_GRADE``, ``PAPERMILL_WHERE``, ``PAPERMILL_LOOK``,
    ``PAPERMILL_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the headbox and
    forming a hole or a spot, the highest consistency, the lowest retention, the shortest run since the last break;
    the press the oldest felts, the wettest sheet after the press, a wrap on a felt; the dryer section the highest
    steam, the oldest fabrics (a dry reel, the calender's drier); the size press or coater a coated grade, the
    highest pickup; the calender a clean cut, the heaviest nip load; the reel and winder an edge tear, the highest
    tension and speed. The break is placed by the report often a zone downstream. Unseen: the shift's push (one
    per-row factor raising the speed, the nip load, the tension, the fabrics' wear and the consistency, lowering the
    retention and the dryness).
    Columns: the grade (0-3), where the report places the break (0-5), its look (0-3), then the table's 13 (the speed
    to whole m/min within 300-1,600, the basis weight to a tenth within 30-400 g/m2, the consistency to a thousandth
    within 0.2-3 %, the retention to a tenth within 30-95 %, the felts' and the fabrics' days whole within 1-1,000, the
    dryness after the press to a tenth within 30-60 %, the steam to a hundredth within 0.5-10 bar, the reel's moisture
    to a tenth within 2-12 %, the pickup to a tenth within 0.2-20 g/m2, the nip load to a tenth within 0-400 kN/m, the
    tension to whole N/m within 50-800, the hours to a tenth within 0.1-500) (16). Imbalanced: 420 / 380 / 360 / 320 /
    300 / 360 rows (2,140)."""
    rng = np.random.default_rng(130404)
    y = rng.permutation(np.repeat(np.arange(len(PAPERMILL_CLASSES)), PAPERMILL_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (PAPERMILL_GRADE, PAPERMILL_WHERE, PAPERMILL_LOOK)]
    t = _pull(PAPERMILL_TABLE, PAPERMILL_NEIGHBOURS, 0.3, PAPERMILL_LOGS)[y]
    x = _draw(rng, t, PAPERMILL_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 300, 1600, 0), (1, 30, 400, 1), (2, 0.2, 3, 3), (3, 30, 95, 1), (4, 1, 1000, 0),
                                 (5, 30, 60, 1), (6, 0.5, 10, 2), (7, 1, 1000, 0), (8, 2, 12, 1), (9, 0.2, 20, 1),
                                 (10, 0, 400, 1), (11, 50, 800, 0), (12, 0.1, 500, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND130`` lists them (the ordered sets first)
GENERATORS = {"soybean4": soybean4, "cheddar4": cheddar4, "satellite6": satellite6, "papermill6": papermill6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND130_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "soybean4": (2140, 13, SOYBEAN_ROWS),
    "cheddar4": (2140, 13, CHEDDAR_ROWS),
    "satellite6": (2140, 16, SATELLITE_ROWS),
    "papermill6": (2140, 16, PAPERMILL_ROWS),
}
ROUND130 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
