"""Round 134's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s68/setnames134.txt``: every earlier
round's set names, read only with a ``grep -c -x`` of each of the four names the lead gave (oat4 0, pineapple4 0,
telescope6 0, dredge6 0) and two ``grep -n -i -E`` of stems (the matching lines cut to 60 characters: their number and
name): oat, pineap, fruit, telesc, observ, optic, mirror, dome, dredg, pump, pipe, winch, hydraul, diesel, engine,
grade, crop and grain, which printed ``grade6`` (line 13), ``snowgrain8`` (129), ``pipeline8`` (133), ``necropsy8``
(165), ``grainpest6`` (280), ``pumpflt6`` (305) and ``heatpump6`` (444); then astro, star, ship, vessel, marin, motor,
electr, sea, harbo, hull, crown, tropic, cryo, laser, detect, instrum, cereal and bruis, which printed ``vstar7`` (26),
``crowns8`` (61), ``seastate7`` (79), ``vessels8`` (81), ``seaice6`` (102), ``hullfoul5`` (210), ``shipeng7`` (277)
and ``hotelstar5`` (347) (none opened; the file's count line and its other names were not read; the tests'
``check_registered`` confirms that no earlier round's ``GENERATORS`` holds these). The near ones: ``grade6`` an
unknown grade set and round 30's "wheat grades" another grain's U.S. grades (near oat4, not opened: oat4's grades,
columns, laws and neighbour map were written from the oat standard without them); ``pipeline8`` perhaps a pipeline's
defects or faults and ``pumpflt6`` a pump's faults (near dredge6's floating pipeline and dredge pump only by the words,
not opened); ``shipeng7`` perhaps a ship engine's faults (near dredge6's diesels, not opened); ``vstar7`` variable
stars (round 30's docstring names them: astronomy's objects, not a telescope's faults); ``crowns8`` perhaps tree
crowns (near the pineapple's crown only by the word); the others caught only by the stems. The names and the fields
were fixed by the lead. As in rounds 124-133, the two graded sets simulate a pool (200,000 lots), label each the way
its field does and keep a fixed number of each class (``_keep``, shuffled; an oat lot within none of the four grades
is not kept, the pineapples' culls take any lot); the two unordered sets draw their classes' rows from a table of each
class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns about them), with
categorical columns drawn from per-class tables of chances (``_cat``, round 133's function). Two sets have ORDERED
classes (``ORDERED``): lots of oats an official inspector grades, in the four numerical U.S. grades in order (U.S.
No. 1 .. No. 4; Sample grade left out), labelled by the work sample's test weight, sound oats, heat-damaged kernels,
foreign material and wild oats against each grade's limits (``OAT_LIMITS``, the worst factor deciding;
``OAT_GRADING``, not columns); and lots of fresh pineapples a shipping point's inspector grades, in four grades in
order (U.S. Fancy, U.S. No. 1, U.S. No. 2, below grade), labelled by the share of the sample's fruit failing each
grade's requirements at its level (immature or overripe, misshapen, the tops, bruising, sunburn: ``_fails`` at the
levels of injury, damage and serious damage), the serious damage and the decay against each grade's tolerances
(``PINEAPPLE_LIMITS``; ``PINEAPPLE_GRADING``); each described by the elevator's or the packing house's records and
simple measures apart from the grade. Two have UNORDERED classes: an observatory's large optical telescope's technical
night losses, in 6 causes its engineers confuse (the dome and its shutter, the mount and its drives and encoders, the
primary mirror's support and active optics, the instrument and its detector's cryostat, the adaptive optics and its
laser guide star, the control software and network; weather losses and scheduled maintenance left out); and a
cutter-suction dredger's unscheduled downtime, in 6 causes its chief engineer confuses (the cutter head and ladder,
the dredge pump and its wear parts, the floating pipeline and the booster station, the spuds, anchors and swing
winches, the hydraulic system, the diesel engines and the electrical plant; weather stoppages and the client's survey
holds left out); each described by the logs, the night's or the shift's report and the engineers' measures.
``NEIGHBOURS`` names each set's neighbour map (``OAT_NEIGHBOURS``, ``PINEAPPLE_NEIGHBOURS``, ``TELESCOPE_NEIGHBOURS``,
``DREDGE_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows and
limits, before any generator was written or ran: commit 33f2c9a5; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
oat4,pineapple4,telescope6,dredge6``, ``--data round134``).

The author opened only: its brief (``/tmp/s68/brief134.md``, with ``cat``); ``docs/data-authors.md`` (all, with
``cat``, after ``date``, the worktree's creation and ``mkdir -p /tmp/round134``, in the same command; not edited);
``benchmarks/data_quality_round133.py`` (all, with ``cat``, after a ``wc -l`` of it, its tests, the common helpers and
``tests/round_checks.py``; the display left out lines 145-393, then ``sed -n 145,393p``; not edited);
``tests/test_data_quality_round133.py``, ``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py``
(all, with ``cat`` in one command; not edited); round 30's module docstring (printed through ``ast``, cut at its first
3,000 characters by a slice) and the first 2,000 characters of rounds 130's, 131's and 132's modules (``head -c
2000``, in the same command); ``/tmp/s68/setnames134.txt`` (as above); ``benchmarks/data_quality_actions.py`` through a
``grep -n -i round133`` piped through ``grep -v BLIND_ROUND`` (hits 173, 262 and 620; in the command of the second
stems' grep), then lines 170-175, 258-263 and 617-623 (``sed -n`` through ``grep -v BLIND_ROUND``, in the command that
also printed ``tests/test_architecture.py`` lines 1-110 with ``sed -n 1,110p``; ``BLIND_ROUND``'s value was not
printed: the first comment line after the ``ROUNDS`` entry, describing the blind round, was printed and not changed),
edited with a Python string replacement, each old string asserted to occur once (the import after round 133's, the
``ROUNDS`` entry ``134: ROUND134_GENERATORS`` after 133's, the help's round133 and round 133's; ``BLIND_ROUND`` and its
comment not touched; checked with a ``grep -n -i round134`` through ``grep -v BLIND_ROUND`` (hits 174, 264, 622), an
``awk`` for lines over 120 characters (none), a scratch import of ``ROUNDS[134]``, ``round_of`` and ``split`` of each
name, and ``git diff --numstat``, 5 lines added, 3 removed). No ``git log`` ran but ``git log --oneline -1`` after each
commit (and ``git log --oneline main..HEAD`` at the end); ``git diff --numstat`` and ``git status --short`` of the
worktree's own changes. The scratch scripts (``/tmp/round134/``) ran from the worktree with ``PYTHONPATH=.``. The
neighbour maps were checked with ``round_checks.check_neighbours`` (and the rows' sums, the limits' order) before the
first commit. Before the generators' commit (9f5f13a5, with the registration) the four generators were run only to
check that they ran (``_keep`` raised nothing), their shapes, dtypes, finiteness, determinism, class counts, first
rows and time (0.22-0.29 s oat4, 0.24-0.26 s pineapple4, under 0.01 s the others); the pools' shares were not
printed. After that commit the MLP's figures (train and test, seeds 0 and 1), the baseline's error, the share between
neighbours, the eight commonest error pairs and the class error rates were printed once for all four sets (the
script's output filtered through ``grep -v Warning``). telescope6 and dredge6 met the aims and were not changed. oat4
missed the baseline's aim and pineapple4 the MLP's and the baseline's; they had their one change each (1c3e8df1, both
in one commit; the labels and every earlier draw untouched, the same random numbers used in the same order, the new
one drawn after all the others): oat4's eighth column, the protein by the elevator's NIR (13.0 % less 0.4 of the
kernels' fill, within 0.8 %), became the elevator's estimate of the damaged kernels (the lot's unsound share within
about 30 %, the same normal draw), and its scale-house test weight came within 0.6 lb/bu (was 1.0, the same draw);
pineapple4's second column, the harvest crew (0-2, drawn apart from the grade but for the crews' handling), became the
packing line's sorters' culls (the lot's share of fruit failing at the damage level, within about 20 %, its noise
drawn after every other). Then their figures were printed once more (the same script, these two sets): oat4 meets
the aims; **pineapple4 still misses the baseline's aim, kept and said**. Then the class medians, the categorical
columns' shares by class and each set's first row were printed once, to write the tests and this docstring; no set was
changed after. No function of the detector or the filter was called.

Public sources were searched (four searches of stored pages, read only as the searches' excerpts): oats (7 CFR
810.1004 as reprinted at two sites: the grades' least test weights 36 / 33 / 30 / 27 lb/bu and sound oats 97 / 94 / 90
/ 80 %, heat-damaged kernels at most 0.1 / 0.3 / 1.0 / 3.0 %, foreign material 2 / 3 / 4 / 5 %, wild oats 2 / 3 / 5 /
10 %, Sample grade's counts and odours, slightly weathered oats not above No. 3 and badly stained or materially
weathered not above No. 4; 7 CFR 810.1002's definitions: sound oats, foreign material, heat-damaged kernels, wild oats
Avena fatua and A. sterilis; 810.1005's special grades: heavy and extra-heavy oats at 38 and 40 lb/bu, thin oats over
20 % through a sieve, smutty, garlicky, ergoty, bleached; the FGIS handbook's oat chapter's contents; the USDA visual
reference for slightly weathered oats); pineapples (the AMS page of the U.S. grades: U.S. Fancy, No. 1 and No. 2 mature,
well formed or fairly well formed, the top at most 1.5 or 2 times the fruit's length, Fancy's top free from crown
slips, the fruit free from injury (Fancy), damage (No. 1) or serious damage (No. 2) by bruising, sunburn, gummosis,
internal breakdown, insects, healed cracks; free from decay and overripeness; tolerances in 51.1489, not printed; a
produce page naming U.S. No. 1 the chief trading grade and Hawaii's grades with a soluble solids requirement; the 2008
standard's table of contents and the inspection instructions' title); telescopes (the Nordic Optical Telescope's
reports on down time: fault reports, most losing no time, down time of 0.3-1.8 % of nights, a safety system's sensors,
a polarimeter's rotator, the primary mirror's radial supports; the abstracts of a Large Binocular Telescope paper on
lost time and of Las Cumbres Observatory's telemetry paper: cryocoolers and a failing CCD controller); cutter-suction
dredgers (pages on the cutter head on its ladder, the wear-resistant centrifugal pump, the spuds and the spud carriage,
the swing by the side winches and anchor wires, the floating pipeline and booster stations for long discharges, the
cutter's teeth worn in hard soils; an abstract on a dredge's throughput limits: bank height, the pump, the pipeline's
length). No source gave the classes' or causes' shares or any record's values by class; no source gave an inspector's
error. ``OAT_LIMITS`` is the standard's as read (the weathering's caps left out); ``PINEAPPLE_LIMITS`` (10 % in all,
5 % serious damage, 1 % decay for U.S. Fancy and No. 1; 10 %, 10 % and 2 % for No. 2) is the author's memory of
51.1489, not checked; the telescope's and the dredger's causes, confusions and measures are the author's own.

The rest is the author's own reading of the fields, not checked: every number of the oat pool (the counties', the
hulls' shares, the harvest's days, the rain, the moisture, the farm dryer's air, the weathering's, the kernels'
fill's, the test weight's, the unsound kernels', the heat damage's, the combine's, the foreign material's and the
wild oats' laws, the inspector's sample's errors, the groats, the elevator's dockage, the thin oats, the grain's
temperature, the field survey's count); every number of the pineapple pool (the blocks, the crews, the days since
forcing ``uniform(140, 180)``, the heat, the shading, the hours, the bins, the handling, the ripening, the size, the
tops, the form, each defect's logit, the levels' offsets 0, 1.3 and 2.6, the decay's law, the inspector's errors, the
Brix, the weight, the length, the acidity, the pulp's temperature); every number in ``TELESCOPE_FOUND``,
``TELESCOPE_INSTRUMENT``, ``TELESCOPE_PART``, ``TELESCOPE_TABLE``, ``TELESCOPE_KINDS`` and in ``DREDGE_FOUND``,
``DREDGE_SOIL``, ``DREDGE_SHIFT``, ``DREDGE_TABLE``, ``DREDGE_KINDS``; the classes' rows (the brief's "unequal as in
round 133"). The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 133 uses them
(``main`` was not run); ``_keep``, ``_pull``, ``_sig``, ``_draw``, ``_fails`` and ``_grade`` are imported from
``benchmarks/data_quality_round_common.py`` (the oats' ``_grade`` takes the limits "at most", so the test weight and
the sound oats are negated); ``_cat`` is round 133's. No detector or filter ran on these sets, and the benchmark did
not; the difficulty below and the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a
scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
oat4          2,140  4 (540 / 620 / 560 / 420), ordered        75.7 / 69.0 | 78.9 / 70.3       37.8     87 %
pineapple4    2,140  4 (420 / 660 / 580 / 480), ordered        74.0 / 61.1 | 68.2 / 67.3       48.1     79 %
telescope6    2,140  6 (380 / 340 / 300 / 420 / 360 / 340)     80.8 / 74.4 | 79.4 / 75.3       32.2     74 %
dredge6       2,140  6 (360 / 420 / 340 / 320 / 300 / 400)     80.9 / 71.4 | 77.0 / 72.3       33.7     81 %

The aims (the brief's): MLP 60-90 % test accuracy, the baseline's error 15-40 %, at least 60 % of its errors between
neighbours. telescope6 and dredge6 met them as first measured. oat4 missed the baseline's (41.5 %, 86 % between
neighbours; its MLP 62.1 and 65.4 %) and meets all three after its one change. **pineapple4 misses the baseline's
aim, kept as the brief says**: as first measured its MLP reached 54.0 % (seed 0; 56.8 % with seed 1) and its baseline
erred on 51.7 % (73 % between neighbours); after the one change 61.1 % (67.3 %) and 48.1 % (79 %): the MLP's aim met,
the baseline's not. Why, as the author reads it: the grade is the worst of several tolerances over six defects each
with its own unseen per-lot part, and the ripening cuts both ways (immature and overripe fruit both fail), so the
Brix, the acidity and the days since forcing hardly separate the grades; most columns carry little alone, and the
neighbours' distance is spread over them. In oat4 after the change (809 errors): No. 1 with No. 2 31 % of them, No. 2
with No. 3 28 %, No. 3 with No. 4 28 %, No. 2 with No. 4 6 %, No. 1 with No. 3 5 %, No. 1 with No. 4 2 %; No. 4 errs
most (52 %), No. 1 least (17 %; No. 2 37 %, No. 3 48 %). In pineapple4 (1,029 errors): No. 1 with No. 2 40 %, Fancy with
No. 1 29 %, No. 2 with the culls 10 %, No. 1 with the culls 9 %, Fancy with No. 2 9 %, Fancy with the culls 2 %; No. 2
errs most (64 %), Fancy least (38 %; No. 1 44 %, the culls 44 %). telescope6 errs on 32.2 % (689 errors), 74 % between
causes engineers confuse (``TELESCOPE_NEIGHBOURS``): the instrument with the adaptive optics 12 % of them, the dome
with the mount 12 %, the adaptive optics with the control software 11 %, the instrument with the control software 10
%, the dome with the control software 9 %, the mount with the primary's support 8 %, the mount with the adaptive optics
7 % (outside the map), the mount with the control software 6 %; the control software errs most (51 %), the dome least
(21 %). dredge6 errs on 33.7 % (721 errors), 81 % between causes the chief engineer confuses (``DREDGE_NEIGHBOURS``):
the spuds and winches with the hydraulic system 21 % of them, the pump with the pipeline 17 %, the pump with the
engines 11 %, the cutter with the pump 11 %, the spuds with the engines 7 %, the cutter with the engines 7 % and the
cutter with the spuds 6 % (both outside), the pipeline with the engines 6 %; the hydraulic system errs most (49 %), the
cutter least (20 %).

Slips kept as committed: in oat4 the farm dryer's median is 0 at every grade (most lots not dried), the hull's median
is 0 (white) at every grade, the days since the harvest began hardly differ (medians 23, 23, 24.5, 26.5 days) and the
wild oat survey's medians of No. 1 and No. 2 are equal (3); in pineapple4 the field block's mean, the Brix (medians
13.2-13.9), the fruit's weight and length hardly differ between the grades (the ripening cuts both ways, as above),
the culls' tops are a hair shorter than No. 2's (18.2 and 18.5 cm) and the pool's function builds two columns of
shares (the serious damage's and the decay's with their noise) that it then drops, using the same products directly
(no value changed by it); in telescope6 the classes' medians are pulled toward the neighbours', the humidity and the
temperature carry the dome alone; in dredge6 the cutter's gravel share (42 %) exceeds the pump's by a hair (41 %), the
pipeline's and the engines' stoppages' medians tie (144 minutes), the night shift hardly differs by cause. Other
slips: the pineapple4 change was first written with a placeholder (the crew's column times 0, overwritten on the next
line) and measured so; replaced by ``np.zeros(n)`` before the change's commit (the same data). The generators'
docstrings were left naming the columns before the change in the change's commit (1c3e8df1); corrected in the
account's commit (no data changed). The machine's clock read 12:23:20 at the start and moved slowly (about 4 minutes
of clock to the tests' commit as read by ``date``), so the slot was kept by the steps rather than the clock.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``; the machine has 2 cores, shared, load average about
3.3 at the first runs rising to 4.4-6.2 at the last): the 19 tests' whole ``pytest`` run reported 6.87 s at its first
run (all passing) and 7.10 s at the second (wall 8.7 s, user time 5.67 s), before this docstring; then, with it,
18.65 s, and two runs of wall 25.1 and 25.9 s (the second reporting 20.63 s; user time 6.33 and 6.34 s each) under the
machine's load; the tests' own calls take about 2 s together (``--durations``: oat4's second build 0.34 s,
pineapple4's 0.39 s, each MLP fit 0.2-0.3 s), importing ``benchmarks.data_quality_actions`` (every round's module),
sklearn's estimators and pytest the rest (about 4 s of user time, as the brief says). ``pytest
tests/test_architecture.py`` passed (323). **Over the 6 s aim in the reported time by 0.9-1.1 s at the first runs and
by 12-15 s at the last, under the shared machine's load** (the user time 5.67 s, then 6.33-6.34 s: over 6 s by a
third of a second at the last), said; the author did not trim the tests.
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


# ---------------------------------------------------------------------- oat4: a lot of oats' U.S. grade
#: the 4 classes of ``oat4`` (a lot of oats an official inspector grades, by the U.S. Standards for Oats, 7 CFR
#: 810.1004), the best first: U.S. No. 1 .. U.S. No. 4; U.S. Sample grade left out: a lot within none of the four not
#: kept
OAT_CLASSES = ("U.S. No. 1 (test weight at least 36.0 lb/bu, sound oats at least 97.0 %; heat-damaged kernels at most "
               "0.1 %, foreign material 2.0 %, wild oats 2.0 %)",
               "U.S. No. 2 (at least 33.0 lb/bu, sound 94.0 %; heat-damaged at most 0.3 %, FM 3.0 %, wild oats 3.0 %)",
               "U.S. No. 3 (at least 30.0 lb/bu, sound 90.0 %; heat-damaged at most 1.0 %, FM 4.0 %, wild oats 5.0 %)",
               "U.S. No. 4 (at least 27.0 lb/bu, sound 80.0 %; heat-damaged at most 3.0 %, FM 5.0 %, wild oats "
               "10.0 %)")
OAT_ROWS = (540, 620, 560, 420)
#: per grade from No. 1 to No. 4, the inspector's limits on the lot's work sample (each "at most"): the test weight
#: (lb/bu, negated: the grade's least as a most), the sound oats (%, negated), the heat-damaged kernels (%), the
#: foreign material (%), the wild oats (%). All the standard's (as read, 7 CFR 810.1004); the weathering's caps (not
#: above No. 3 or No. 4), the other material's counts and the odour are left out
OAT_LIMITS = np.array([[-36.0, -97.0, 0.1, 2.0, 2.0], [-33.0, -94.0, 0.3, 3.0, 3.0], [-30.0, -90.0, 1.0, 4.0, 5.0],
                       [-27.0, -80.0, 3.0, 5.0, 10.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's work sample: a
#: kernel scored sound or not, the test weight's kettle read a few tenths apart, the wild oats' hand-picking)
OAT_NEIGHBOURS = ordinal_neighbours(len(OAT_CLASSES))
#: what the grade is set from: the label's basis, not columns
OAT_GRADING = ("the official inspector's work sample of the lot: its test weight per bushel, the sound oats, the "
               "heat-damaged kernels, the foreign material and the wild oats against each grade's limits",
               "the grade on the official inspection certificate, the worst factor deciding")


# ---------------------------------------------------------------------- pineapple4: a lot of fresh pineapples' grade
#: the 4 classes of ``pineapple4`` (a lot of fresh pineapples a shipping point's inspector grades, by the U.S.
#: Standards for Grades of Pineapples, 7 CFR 51.1485-51.1510), the best first: U.S. Fancy, U.S. No. 1, U.S. No. 2 and
#: below grade (culls: a lot within none of the three)
PINEAPPLE_CLASSES = ("U.S. Fancy (mature, well formed, the top at most 1.5 times the fruit and free from crown "
                     "slips; free from injury by bruising, sunburn and the rest, within the tolerances)",
                     "U.S. No. 1 (mature, well formed, the top at most twice the fruit; free from damage, within the "
                     "tolerances)",
                     "U.S. No. 2 (mature, fairly well formed; free from serious damage, within the tolerances)",
                     "below grade (culls: a lot failing U.S. No. 2's requirements or tolerances)")
PINEAPPLE_ROWS = (420, 660, 580, 480)
#: per grade from U.S. Fancy to the culls, the inspector's limits on the lot's sample (each "at most", % of the
#: fruit): the fruit failing the grade's own requirements (immature or overripe by the shell's colour and the flesh's
#: translucence, the shape, the top, bruising, sunburn, at the grade's level: injury, damage, serious damage), the
#: fruit with defects causing serious damage, the fruit with decay. The 10 % in all is the standard's tolerance as the
#: author remembers it (the searches printed only its section's title); the 5 % serious damage and 1 % decay within it
#: for U.S. Fancy and No. 1, and U.S. No. 2's 10 % serious and 2 % decay are the author's memory, not checked; the culls
#: take any lot
PINEAPPLE_LIMITS = np.array([[10.0, 5.0, 1.0], [10.0, 5.0, 1.0], [10.0, 10.0, 2.0], [100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a line is graded a step up or down by the inspector's sample: a bruise
#: scored injury or damage, a shell's colour read a stage apart, a fruit more or less in the count)
PINEAPPLE_NEIGHBOURS = ordinal_neighbours(len(PINEAPPLE_CLASSES))
#: what the grade is set from: the label's basis, not columns
PINEAPPLE_GRADING = ("the shipping point inspector's sample of the lot's fruit: the maturity (the shell's colour, the "
                     "flesh's translucence), the shape, the top's length, stem and crown slips, bruising, sunburn and "
                     "decay, each scored at the grade's level, against each grade's tolerances",
                     "the grade on the inspection certificate, the worst tolerance deciding")


# ---------------------------------------------------------------------- telescope6: a large telescope's technical loss
#: the 6 classes of ``telescope6`` (an observatory's large optical telescope's technical night losses, by the
#: subsystem its engineers found at fault); left out: the weather losses and the scheduled maintenance
TELESCOPE_CLASSES = ("the dome and its shutter (the dome's rotation drives, the shutter and the windscreen, the "
                     "louvres)",
                     "the mount and its drives and encoders (the azimuth and altitude axes, the motors, the encoders, "
                     "the hydrostatic bearings)",
                     "the primary mirror's support and active optics (the actuators, the lateral supports, the "
                     "wavefront sensor's loop)",
                     "the instrument and its detector's cryostat (the detector's controller, the cryocooler, the "
                     "vacuum, the instrument's mechanisms)",
                     "the adaptive optics and its laser guide star (the deformable mirror, the real-time computer, the "
                     "laser and its launch telescope)",
                     "the control software and network (the telescope control system, the sequencer, the network's "
                     "switches, the time service)")
TELESCOPE_ROWS = (380, 340, 300, 420, 360, 340)
#: the causes engineers confuse (symmetric): the dome against the mount (the dome slaved to the mount: a rotation
#: fault or a vignetting looks like a tracking fault) and the control software (the dome's interlocks); the mount
#: against the primary's active optics (a tracking error and a mirror's aberration both spoil the image) and the
#: control software (an axis servo's fault or the software's trajectory); the primary's support against the adaptive
#: optics (the AO's wavefront sees the primary's figure); the instrument against the adaptive optics (an AO-fed
#: instrument's images) and the control software (the instrument's control and its network); the adaptive optics
#: against the control software (the real-time computer and the network)
TELESCOPE_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 5), 2: (1, 4), 3: (4, 5), 4: (2, 3, 5), 5: (0, 1, 3, 4)}


# ---------------------------------------------------------------------- dredge6: a cutter-suction dredger's downtime
#: the 6 classes of ``dredge6`` (a cutter-suction dredger's unscheduled downtime, by the cause its chief engineer
#: found); left out: the weather stoppages and the client's survey holds
DREDGE_CLASSES = ("the cutter head and ladder (the cutter's teeth and adapters, its drive and gearbox, the ladder's "
                  "hoist, the suction mouth's blockage)",
                  "the dredge pump and its wear parts (the impeller, the liners and the suction cover, the pump's "
                  "gland and bearings)",
                  "the floating pipeline and the booster station (a blocked or burst line, the pontoons, the ball "
                  "joints, the booster's pump)",
                  "the spuds, anchors and swing winches (the spud carriage, the spud's hoist, the anchor wires and "
                  "the side winches)",
                  "the hydraulic system (the power packs, the hoses, the valves, the oil's cooling)",
                  "the diesel engines and the electrical plant (the main and auxiliary engines, the generators, the "
                  "switchboard)")
DREDGE_ROWS = (360, 420, 340, 320, 300, 400)
#: the causes the chief engineer confuses (symmetric): the cutter against the dredge pump (a blocked suction mouth and
#: a worn pump both starve the mixture) and the hydraulic system (the cutter's and the ladder's hydraulic drives); the
#: pump against the pipeline (a line's blockage and the pump's wear both show in the pressures) and the engines (the
#: pump's diesel loaded or tripped); the pipeline against the engines (the booster's diesel); the spuds and winches
#: against the hydraulic system (the spuds' and the winches' hydraulic drives) and the electrical plant (the winches'
#: electric drives); the hydraulic system against the engines (the power packs driven off them)
DREDGE_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 5), 2: (1, 5), 3: (4, 5), 4: (0, 3, 5), 5: (1, 2, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"oat4": OAT_NEIGHBOURS, "pineapple4": PINEAPPLE_NEIGHBOURS, "telescope6": TELESCOPE_NEIGHBOURS,
              "dredge6": DREDGE_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("oat4", "pineapple4")


def _cat(rng, table, y):
    """A categorical column: per row, a value drawn from its class's row of chances in ``table`` (as round 133)."""
    return (rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)


def _oat_pool(rng, n):
    """The oat lot pool's records, unseen laws and labels (``oat4``)."""
    county = (rng.random(n)[:, None] > np.cumsum([0.3, 0.25, 0.2, 0.15])).sum(1)  # the truck's origin county (0-4)
    hull = (rng.random(n)[:, None] > np.cumsum([0.55, 0.3])).sum(1)  # the variety's hull: 0 white, 1 yellow, 2 red
    day = np.round(rng.uniform(0, 50, n))  # days since the elevator's harvest began
    rain = np.round(np.exp(np.log(20) + 0.8 * rng.normal(0, 1, n)))  # mm over the 14 days before cutting
    moisture = np.round(np.clip(12.5 + 0.04 * rain - 0.02 * day + 1.0 * rng.normal(0, 1, n), 9, 20), 1)  # probe %
    dried = moisture > 14.0  # dried on the farm before delivery
    dryer = np.round(np.where(dried, np.clip(150 + 15 * rng.normal(0, 1, n), 100, 210), 0))  # the air's deg F
    weather = (0.5 * (np.log1p(rain) - np.log(21)) + 0.015 * (day - 25) + np.array([-0.3, 0.0, 0.2, 0.3, 0.5])[county]
               + rng.normal(0, 1, n))  # unseen: the grain's weathering and its kernels' damage
    plump = rng.normal(0, 1, n)  # unseen: the kernels' fill (the heat at filling, the seed)
    tw = (34.0 - 1.2 * weather + 2.2 * plump + np.array([0.0, 0.5, -0.6])[hull] - 0.25 * (moisture - 12.5)
          + 0.8 * rng.normal(0, 1, n))  # unseen, lb/bu
    unsound = np.exp(np.log(1.5) + 0.6 * weather + 0.4 * rng.normal(0, 1, n))  # unseen: damaged kernels, %
    heat = np.exp(np.log(0.04) + 0.03 * (dryer - 150) * dried + 0.8 * rng.normal(0, 1, n))  # unseen, %
    combine = rng.normal(0, 1, n)  # unseen: the combine's setting and the field's trash
    fm = np.exp(np.log(1.2) + 0.4 * combine + 0.25 * rng.normal(0, 1, n))  # unseen: foreign material, %
    weeds = rng.normal(0, 1, n)  # unseen: the field's wild oat infestation
    wild = np.exp(np.log(1.0) + 0.8 * weeds + np.array([0.3, 0.0, -0.2, 0.2, 0.4])[county]
                  + 0.3 * rng.normal(0, 1, n))  # unseen: wild oats, %
    seen = np.column_stack([-np.round(tw + 0.3 * rng.normal(0, 1, n), 1),
                            -np.round(100 - np.minimum(unsound * np.exp(0.15 * rng.normal(0, 1, n)), 100), 1),
                            np.round(heat * np.exp(0.2 * rng.normal(0, 1, n)), 1),
                            np.round(fm * np.exp(0.15 * rng.normal(0, 1, n)), 1),
                            np.round(wild * np.exp(0.15 * rng.normal(0, 1, n)), 1)])
    label = _grade(np.repeat(seen[:, None, :], 4, axis=1), OAT_LIMITS)
    return locals()


def oat4():
    """Lots of oats an official inspector grades, with the U.S. grade in 4 steps (``OAT_CLASSES``; the best grade
    whose ``OAT_LIMITS`` the work sample meets in every factor, a lot within none not kept; ``OAT_GRADING`` the label's
    basis and not columns), as the elevator's records and simple measures apart from the grade describe them. Unseen:
    the grain's weathering (the rain before cutting, a late harvest, the county: the test weight and the damaged
    kernels), the kernels' fill (the test weight), the heat damage (the farm dryer's air), the combine's setting (the
    foreign material), the field's wild oats and the inspector's sample. Columns: the truck's origin county (0-4), the
    variety's hull colour (0 white, 1 yellow, 2 red), the days since the harvest began, the rain over 14 days before
    cutting (mm), the moisture at the elevator's probe (%), the farm dryer's air temperature (deg F, 0 when not dried),
    the groat percentage by the elevator's dehuller (%), the elevator's estimate of the damaged kernels (%, within about
    30 %; the one change: was the protein by the elevator's NIR, following the kernels' fill), the elevator's dockage
    by its own sieve (%, within about 35 %), the thin oats through the elevator's sieve (%), the grain's temperature at
    the probe (deg C), the elevator's scale-house test weight (lb/bu, within 0.6 after the one change, was 1.0) and the
    farm's wild oat count in the field survey (plants per square metre) (13). Imbalanced: 540 / 620 / 560 / 420 rows
    (2,140)."""
    rng = np.random.default_rng(134101)
    p = _oat_pool(rng, 200000)
    n = len(p["label"])
    keep = _keep(rng, p["label"], OAT_ROWS)
    x = np.column_stack([
        p["county"], p["hull"], p["day"], p["rain"], p["moisture"], p["dryer"],
        np.round(np.clip(72 + 1.2 * p["plump"] - 0.6 * p["weather"] + 1.5 * rng.normal(0, 1, n), 55, 85), 1),
        np.round(np.clip(p["unsound"] * np.exp(0.3 * rng.normal(0, 1, n)), 0, 60), 1),  # the one change: was the
        # protein by the NIR (13.0 - 0.4 plump within 0.8 %, the same draw)
        np.round(np.clip(0.8 * (p["fm"] + 0.5 * p["wild"]) * np.exp(0.35 * rng.normal(0, 1, n)), 0, 30), 1),
        np.round(np.clip(np.exp(np.log(8) - 0.5 * p["plump"] + 0.2 * p["weather"] + 0.4 * rng.normal(0, 1, n)), 0,
                         80), 1),
        np.round(np.clip(18 + 0.8 * (p["moisture"] - 12.5) + 0.6 * p["weather"] + 2.5 * rng.normal(0, 1, n), 0, 45), 1),
        np.round(np.clip(p["tw"] + 0.6 * rng.normal(0, 1, n), 20, 45), 1),  # the one change: within 0.6, was 1.0
        np.round(np.clip(np.exp(np.log(4) + 0.9 * p["weeds"] + 0.5 * rng.normal(0, 1, n)), 0, 300))])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def _pineapple_pool(rng, n):
    """The fresh pineapple lot pool's records, unseen laws and labels (``pineapple4``)."""
    block = (rng.random(n)[:, None] > np.cumsum([0.2, 0.2, 0.2, 0.15, 0.15])).sum(1)  # the field block (0-5)
    crew = rng.integers(0, 3, n)  # the harvest crew (0-2)
    forcing = np.round(rng.uniform(140, 180, n))  # days since the flower forcing
    hot = np.round(np.clip(30 + np.array([0.0, 1.0, -1.0, 2.0, 0.5, -0.5])[block] + 1.5 * rng.normal(0, 1, n), 24,
                           38), 1)  # the block's mean daily maximum over the last month, deg C
    shaded = (rng.random(n) < 0.45).astype(float)  # the block's fruit shaded against the sun (paper or straw)
    hours = np.round(np.clip(np.exp(np.log(6) + 0.6 * rng.normal(0, 1, n)), 0.5, 72), 1)  # harvest to packing, h
    layers = np.round(rng.uniform(2, 6, n))  # the field bin's fill in layers of fruit
    rough = np.array([0.0, 0.2, 0.4])[crew] + 0.5 * rng.normal(0, 1, n)  # unseen: the crew's and the haul's handling
    maturity = ((forcing - 160) / 9 + np.array([0.0, 0.3, -0.3, 0.5, 0.0, -0.2])[block]
                + 0.8 * rng.normal(0, 1, n))  # unseen: the fruit's ripening (shell colour, translucence)
    size = rng.normal(0, 1, n)  # unseen: the fruit's size
    crown = rng.normal(0, 1, n)  # unseen: the tops' growth (long tops, crown slips)
    shape = np.array([0.0, 0.3, -0.2, 0.5, 0.2, 0.0])[block] + rng.normal(0, 1, n)  # unseen: the fruits' form
    pulp = np.round(np.clip(24 + 0.25 * (hot - 30) + 2.0 * rng.normal(0, 1, n), 15, 35), 1)  # at packing, deg C
    z = np.column_stack([
        -3.2 - 1.6 * maturity + 0.3 * rng.normal(0, 1, n),  # immature: green shell, opaque flesh
        -4.2 + 1.4 * maturity + 0.3 * rng.normal(0, 1, n),  # overripe: translucent flesh, deep colour
        -3.6 + 0.9 * shape - 0.3 * size,  # misshapen
        -3.4 + 1.0 * crown + 0.2 * size,  # the top: too long, curved, crown slips
        -3.6 + 0.9 * rough + 0.12 * (hours - 6) + 0.25 * (layers - 4) + 0.3 * maturity,  # bruising
        -4.0 + 0.35 * (hot - 30) - 1.2 * shaded + 0.3 * rng.normal(0, 1, n)])  # sunburn
    rot = -5.5 + 0.06 * (hours - 6) + 0.9 * maturity + 0.12 * (pulp - 24) + 0.4 * rough  # decay
    fails = [_fails(z, [0, 0] + [level] * 4) for level in (0.0, 1.3, 2.6)]  # at injury, damage, serious damage
    serious = _fails(z[:, 2:], 2.6)
    decay = 100 * _sig(rot)
    noise = [np.exp(0.15 * rng.normal(0, 1, n)) for _ in range(5)]
    shares = np.column_stack([f * e for f, e in zip(fails, noise)] + [serious * noise[3], decay * noise[4]])
    shares = np.round(np.minimum.accumulate(np.minimum(shares[:, :3], 100), axis=1), 1)
    seen = np.zeros((n, 4, 3))
    for c in range(3):
        seen[:, c] = np.column_stack([shares[:, c], np.round(serious * noise[3], 1), np.round(decay * noise[4], 1)])
    label = _grade(seen, PINEAPPLE_LIMITS)
    return locals()


def pineapple4():
    """Lots of fresh pineapples a shipping point's inspector grades, in 4 grades (``PINEAPPLE_CLASSES``; the best grade
    whose ``PINEAPPLE_LIMITS`` the inspector's sample meets, the culls any lot; ``PINEAPPLE_GRADING`` the label's basis
    and not columns), as the packing house's records and simple measures apart from the grade describe them. Unseen:
    the fruit's ripening (the days since forcing, the block: immature or overripe fruit, the Brix, the acidity, the
    decay), its size and form, the tops' growth, the handling (the crew, the hours to packing, the bin's fill:
    bruising), the sun (the block's heat, the shading: sunburn) and the inspector's sample, each defect per fruit at the
    grade's level of injury, damage or serious damage (``_fails``). Columns: the field block (0-5), the packing line's
    sorters' culls (% of the lot's fruit, the share failing at the damage level within about 20 %; the one change: was
    the harvest crew, 0-2), the days since the flower forcing, the refractometer's Brix, the fruit's mean weight (kg),
    its mean length (cm), the tops' mean length (cm), the titratable acidity (%), the block's mean daily maximum (deg
    C), the fruit shaded (0 / 1), the hours from harvest to packing, the field bin's fill (layers) and the pulp's
    temperature at packing (deg C) (13). Imbalanced: 420 / 660 / 580 / 480 rows (2,140)."""
    rng = np.random.default_rng(134202)
    p = _pineapple_pool(rng, 200000)
    n, m = len(p["label"]), p["maturity"]
    keep = _keep(rng, p["label"], PINEAPPLE_ROWS)
    weight = np.exp(np.log(1.6) + 0.18 * p["size"] + 0.05 * m + 0.08 * rng.normal(0, 1, n))
    x = np.column_stack([
        p["block"], np.zeros(n), p["forcing"],  # the second column set below (the one change)
        np.round(np.clip(13.5 + 1.1 * m + 0.9 * rng.normal(0, 1, n), 8, 20), 1),
        np.round(weight, 2),
        np.round(np.clip(15 * weight ** (1 / 3) * np.exp(0.06 * p["shape"] + 0.04 * rng.normal(0, 1, n)), 8, 30), 1),
        np.round(np.clip(18 * np.exp(0.2 * p["crown"] + 0.1 * rng.normal(0, 1, n)), 5, 60), 1),
        np.round(np.clip(0.75 - 0.12 * m + 0.12 * rng.normal(0, 1, n), 0.2, 1.6), 2),
        p["hot"], p["shaded"], p["hours"], p["layers"], p["pulp"]])
    # the one change: the second column, the harvest crew (0-2, drawn apart but for the handling), became the packing
    # line's sorters' culls (% of the lot's fruit, the share failing at the damage level within about 20 %), its noise
    # drawn after the others (every earlier draw and the labels untouched)
    x[:, 1] = np.round(np.clip(p["fails"][1] * np.exp(0.2 * rng.normal(0, 1, n)), 0, 100), 1)
    x = x[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``telescope6``, the chances of how it was found (0 the control system's alarm, 1 the night
#: astronomer's report, 2 the operator's checks at the start of the night, 3 the engineers' day inspection)
TELESCOPE_FOUND = np.array([[0.45, 0.15, 0.30, 0.10], [0.45, 0.30, 0.15, 0.10], [0.25, 0.45, 0.10, 0.20],
                            [0.30, 0.35, 0.25, 0.10], [0.40, 0.35, 0.15, 0.10], [0.60, 0.20, 0.15, 0.05]])
#: per cause of ``telescope6``, the chances of the instrument in use (0 the imager, 1 the spectrograph, 2 the AO-fed
#: instrument)
TELESCOPE_INSTRUMENT = np.array([[0.40, 0.40, 0.20], [0.40, 0.35, 0.25], [0.35, 0.35, 0.30], [0.30, 0.45, 0.25],
                                 [0.10, 0.15, 0.75], [0.35, 0.35, 0.30]])
#: per cause of ``telescope6``, the chances of the night's part (0 the opening at twilight, 1 the first half, 2 the
#: second half)
TELESCOPE_PART = np.array([[0.55, 0.25, 0.20], [0.35, 0.35, 0.30], [0.25, 0.35, 0.40], [0.40, 0.30, 0.30],
                           [0.30, 0.40, 0.30], [0.40, 0.30, 0.30]])
#: per cause of ``telescope6``, the medians of the telescope's logs, the night report and the engineers' measures:
#: the outside air's temperature (deg C), the wind (m/s), the humidity (%), the minutes lost, the control system's
#: alarms in the hour, the dome's rotation errors over the night, the mount's tracking error (arcsec rms), the active
#: optics' correction forces (N rms), the image quality (FWHM, arcsec), the detector's temperature off its set point
#: (K), the AO loop's openings over the night, the network's lost packets (per 100,000) and the days since the
#: subsystem's last maintenance
TELESCOPE_TABLE = np.array([
    # temp  wind  hum   mins   alarm dome  track force fwhm  cryo  loop  net   pm
    [3.0, 11.0, 60.0, 80.0, 3.0, 6.0, 0.35, 40.0, 1.1, 0.3, 2.0, 2.0, 60.0],  # dome and shutter
    [7.0, 8.0, 35.0, 60.0, 5.0, 2.0, 1.10, 45.0, 1.3, 0.3, 3.0, 2.0, 45.0],  # mount, drives and encoders
    [5.0, 7.0, 35.0, 110.0, 3.0, 1.0, 0.40, 130.0, 1.5, 0.3, 3.0, 2.0, 90.0],  # primary's support, active optics
    [8.0, 6.0, 30.0, 50.0, 3.0, 1.0, 0.30, 40.0, 0.9, 2.5, 2.0, 3.0, 30.0],  # instrument and cryostat
    [8.0, 6.0, 30.0, 40.0, 5.0, 1.0, 0.35, 45.0, 1.2, 0.4, 12.0, 3.0, 20.0],  # adaptive optics and laser
    [8.0, 6.0, 30.0, 30.0, 12.0, 2.0, 0.45, 40.0, 1.0, 0.4, 4.0, 12.0, 40.0],  # control software and network
])
TELESCOPE_LOGS = [3, 6, 7, 8, 9, 12]
TELESCOPE_KINDS = [("norm", 4.0, 0), ("log", 0.5, 0), ("norm", 15.0, 0), ("log", 0.7, 0.1), ("count", 0.7, 0.1),
                   ("count", 0.7, 0.1), ("log", 0.4, 0.05), ("log", 0.4, 0.05), ("log", 0.25, 0.05),
                   ("log", 0.7, 0.1), ("count", 0.7, 0.1), ("count", 0.7, 0.1), ("log", 0.6, 0)]


def telescope6():
    """An observatory's large optical telescope's technical night losses, in 6 causes its engineers confuse
    (``TELESCOPE_CLASSES``), labelled by the engineers' finding, as the telescope's logs, the night report and the
    engineers' measures apart from it describe them. Each cause has its picture (``TELESCOPE_FOUND``,
    ``TELESCOPE_INSTRUMENT``, ``TELESCOPE_PART``, ``TELESCOPE_TABLE``; each class's medians ``_pull``ed 0.3 of the way
    toward its neighbours'): the dome the operator's checks at the twilight opening, the coldest, windiest and most
    humid nights, its rotation errors; the mount the alarms, the tracking error; the primary's support the night
    astronomer's report, the longest losses, the correction forces, the worst image, the longest since the
    maintenance; the instrument the detector's temperature, the best image; the adaptive optics the AO-fed instrument,
    the loop's openings; the control software the control system's alarm, the most alarms and lost packets, the
    shortest losses. Unseen: the night's trouble (one per-row factor raising the minutes, the counts, the tracking
    error, the forces, the image and the detector's drift). Columns: how found (0-3), the instrument (0-2), the night's
    part (0-2), then the table's 13 (the temperature to a tenth within -15-25, the wind to a tenth within 0-30, the
    humidity whole within 2-100, the minutes whole within 5-600, the counts whole within 0-300, the tracking error to a
    hundredth within 0.05-10, the forces whole within 5-1000, the image to a hundredth within 0.3-5, the detector's
    drift to a hundredth within 0-50, the days whole within 1-730) (16). Imbalanced: 380 / 340 / 300 / 420 / 360 / 340
    rows (2,140)."""
    rng = np.random.default_rng(134303)
    y = rng.permutation(np.repeat(np.arange(len(TELESCOPE_CLASSES)), TELESCOPE_ROWS))
    cats = [_cat(rng, table, y) for table in (TELESCOPE_FOUND, TELESCOPE_INSTRUMENT, TELESCOPE_PART)]
    t = _pull(TELESCOPE_TABLE, TELESCOPE_NEIGHBOURS, 0.3, TELESCOPE_LOGS)[y]
    x = _draw(rng, t, TELESCOPE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, -15, 25, 1), (1, 0, 30, 1), (2, 2, 100, 0), (3, 5, 600, 0), (4, 0, 300, 0),
                                 (5, 0, 300, 0), (6, 0.05, 10, 2), (7, 5, 1000, 0), (8, 0.3, 5, 2), (9, 0, 50, 2),
                                 (10, 0, 300, 0), (11, 0, 300, 0), (12, 1, 730, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``dredge6``, the chances of how it was found (0 an alarm or a trip, 1 the leverman's report, 2 the
#: engineer's round, 3 the production's drop on the dredging display)
DREDGE_FOUND = np.array([[0.25, 0.45, 0.10, 0.20], [0.20, 0.20, 0.25, 0.35], [0.15, 0.25, 0.15, 0.45],
                         [0.30, 0.50, 0.15, 0.05], [0.40, 0.20, 0.35, 0.05], [0.65, 0.10, 0.20, 0.05]])
#: per cause of ``dredge6``, the chances of the soil being cut (0 sand, 1 clay, 2 gravel or soft rock)
DREDGE_SOIL = np.array([[0.25, 0.35, 0.40], [0.40, 0.20, 0.40], [0.55, 0.25, 0.20], [0.35, 0.30, 0.35],
                        [0.35, 0.35, 0.30], [0.40, 0.30, 0.30]])
#: per cause of ``dredge6``, the chances of the shift (0 the day, 1 the night)
DREDGE_SHIFT = np.array([[0.55, 0.45], [0.50, 0.50], [0.40, 0.60], [0.50, 0.50], [0.45, 0.55], [0.45, 0.55]])
#: per cause of ``dredge6``, the medians of the dredger's logs, the shift's report and the engineers' measures: the
#: cutter's power (% of rated), the suction's vacuum (bar), the pump's discharge pressure (bar), the mixture's
#: velocity (m/s), its density (t/m3), the swing's speed (m/min), the discharge line's length (m), the hydraulic oil's
#: temperature (deg C), the engines' exhaust temperatures' spread (deg C), the switchboard's and engines' alarms over
#: the shift, the minutes down, the pump's hours since its wear parts' change and the swing winches' overloads over
#: the shift
DREDGE_TABLE = np.array([
    # cut    vac   disch  vel   dens  swing  line    oil   exh   alarm mins   wear   winch
    [112.0, 0.65, 8.0, 4.0, 1.25, 8.0, 1500.0, 55.0, 15.0, 3.0, 160.0, 400.0, 2.0],  # cutter head and ladder
    [85.0, 0.35, 5.5, 3.6, 1.28, 10.0, 1800.0, 50.0, 20.0, 3.0, 240.0, 1100.0, 1.0],  # dredge pump and wear parts
    [80.0, 0.45, 12.0, 3.3, 1.35, 10.0, 3200.0, 50.0, 20.0, 3.0, 130.0, 500.0, 1.0],  # pipeline and booster
    [80.0, 0.45, 8.0, 4.3, 1.20, 5.0, 1500.0, 60.0, 15.0, 4.0, 90.0, 450.0, 7.0],  # spuds, anchors, winches
    [78.0, 0.45, 8.0, 4.2, 1.20, 7.0, 1600.0, 72.0, 15.0, 5.0, 60.0, 450.0, 3.0],  # hydraulic system
    [80.0, 0.45, 7.0, 3.9, 1.22, 9.0, 1800.0, 52.0, 60.0, 12.0, 150.0, 450.0, 2.0],  # engines and electrical
])
DREDGE_LOGS = [6, 8, 10, 11]
DREDGE_KINDS = [("norm", 12.0, 2.0), ("log", 0.3, 0.05), ("log", 0.3, 0.05), ("norm", 0.4, -0.1), ("norm", 0.07, 0),
                ("log", 0.3, -0.05), ("log", 0.4, 0), ("norm", 6.0, 1.0), ("log", 0.6, 0.1), ("count", 0.7, 0.1),
                ("log", 0.7, 0.1), ("log", 0.5, 0), ("count", 0.7, 0.1)]


def dredge6():
    """A cutter-suction dredger's unscheduled downtime, in 6 causes its chief engineer confuses (``DREDGE_CLASSES``),
    labelled by the engineers' finding, as the dredger's logs, the shift's report and the engineers' measures apart
    from it describe them. Each cause has its picture (``DREDGE_FOUND``, ``DREDGE_SOIL``, ``DREDGE_SHIFT``,
    ``DREDGE_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the cutter the
    leverman's report, the gravel, the cutter's power, the suction's vacuum (a blocked mouth); the pump the
    production's drop, the lowest vacuum and discharge pressure, the longest stops, the most hours on its wear parts;
    the pipeline the production's drop, the sand, the night, the highest discharge pressure, the slowest and densest
    mixture, the longest line; the spuds and winches the leverman's report, the slowest swing, the winches' overloads;
    the hydraulic system the engineer's round, the hottest oil, the shortest stops; the engines an alarm or a trip, the
    exhaust temperatures' spread, the most alarms. Unseen: the shift's trouble (one per-row factor raising the
    cutter's power, the vacuum, the pressure, the oil's heat, the spread, the alarms and the minutes, slowing the
    mixture and the swing). Columns: how found (0-3), the soil (0-2), the shift (0-1), then the table's 13 (the
    power whole within 20-160 %, the vacuum to a hundredth within 0.05-0.95 bar, the pressure to a tenth within 0.5-30
    bar, the velocity to a hundredth within 1-8 m/s, the density to a thousandth within 1.0-1.8, the swing to a tenth
    within 0.5-30 m/min, the line's length whole within 100-10,000 m, the oil to a tenth within 20-100, the spread
    whole within 1-300, the counts whole within 0-300, the minutes whole within 5-2,000, the hours whole within
    10-5,000) (16). Imbalanced: 360 / 420 / 340 / 320 / 300 / 400 rows (2,140)."""
    rng = np.random.default_rng(134404)
    y = rng.permutation(np.repeat(np.arange(len(DREDGE_CLASSES)), DREDGE_ROWS))
    cats = [_cat(rng, table, y) for table in (DREDGE_FOUND, DREDGE_SOIL, DREDGE_SHIFT)]
    t = _pull(DREDGE_TABLE, DREDGE_NEIGHBOURS, 0.3, DREDGE_LOGS)[y]
    x = _draw(rng, t, DREDGE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 20, 160, 0), (1, 0.05, 0.95, 2), (2, 0.5, 30, 1), (3, 1, 8, 2), (4, 1.0, 1.8, 3),
                                 (5, 0.5, 30, 1), (6, 100, 10000, 0), (7, 20, 100, 1), (8, 1, 300, 0), (9, 0, 300, 0),
                                 (10, 5, 2000, 0), (11, 10, 5000, 0), (12, 0, 300, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND134`` lists them (the ordered sets first)
GENERATORS = {"oat4": oat4, "pineapple4": pineapple4, "telescope6": telescope6, "dredge6": dredge6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND134_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "oat4": (2140, 13, OAT_ROWS),
    "pineapple4": (2140, 13, PINEAPPLE_ROWS),
    "telescope6": (2140, 16, TELESCOPE_ROWS),
    "dredge6": (2140, 16, DREDGE_ROWS),
}
ROUND134 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
