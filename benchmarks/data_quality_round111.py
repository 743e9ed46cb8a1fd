"""Round 111's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s56/setnames112.txt``: every earlier
round's set names, read with ``head -3`` (its count line, "424 set names in rounds 5-110", and two names), ``grep -c
""`` (425 lines), a ``grep -c -x`` of each of the four names (0) and one ``grep -n -i -E`` of the stems tobacco, leaf,
citrus, orange, fruit, outboard, marine, boat, engine, carb, tub, spa, pool, heater and pump, which printed two names,
``poolwater6`` and ``pumpflt6`` (not opened), before the data were written; the file's other names were not read; the
tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds them). The near ones: ``poolwater6``
is likely a swimming pool's water in 6 classes (its chemistry or clarity: near a hot tub's water, not a tub's heater,
switch, filter, pump, sensor and leak), and ``pumpflt6`` likely a pump's faults in 6 classes (near hottub6's
circulation pump and outboard6's fuel pump as single causes, not either set's six; the earlier sets were not opened).
The names and the fields were fixed by the lead. Near ones not checked: round 30's docstring names an earlier round's
wheat grades, coffee roast degrees, banana ripening stages and Riesling Praedikats (other graded crops), chiller faults,
PV string faults and smart plugs (other machines' faults); round 110 holds golfcart6 and, as its docstring says, round
106 ebike6 and laundry6 (other repair visits' causes, drawn the same way); other rounds may hold more (the list was not
read beyond the stems). As in round 110, the two graded sets simulate a pool of cases (200,000), label every case the
way its field does and keep a fixed number of each class (``_keep``, shuffled); the two unordered sets draw their
classes' rows from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws
the columns about them), with two or three categorical columns each (the motor's make and the owner's coded complaint;
the tub's make, the panel's logged error code and the owner's coded complaint) drawn from per-class tables of chances.
Two sets have ORDERED classes (``ORDERED``): flue-cured tobacco bales of the leaf group sold at auction in the 6
qualities within the group (choice, fine, good, fair, low, poor), labelled by the government grader's quality score
on the warehouse floor against ``TOBACCO_LIMITS`` (``TOBACCO_GRADING``, the label's basis and not columns), described
by the bale's records (the farm, the variety, the stalk position, the barn, the curing schedule, the days in storage,
the sale's day) and simple measures (a colour reading, the moisture, the nicotine and reducing sugars, the leaf's length
and width, an image's blemish and waste count) apart from the call; and lots of oranges on a packing house's line in 5
grades (Fancy, No. 1, No. 2, No. 3 / juice, cull), labelled by the line inspector's score, the worst of the lot's
factors (colour, scars and blemishes, firmness, shape, decay) each read on the grade's scale, against
``CITRUS_LIMITS`` (``CITRUS_GRADING``, not columns), described by the lot's records (the grove, the block, the variety,
the crew, the days since picking, the degreening, the shift, the season's week, the rain) and the line's simple
measures (the peel's colour, the camera's blemish and scar area, firmness, Brix and acid, size and shape) apart from
the grade. Two have UNORDERED classes: outboard motors brought to a marine shop that will not start, run rough or
overheat, in 6 causes mechanics confuse (stale or phase-separated fuel, a clogged carburettor or injector, weak
ignition, a worn water-pump impeller, a failing fuel pump or primer bulb, the kill-switch lanyard or its wiring; a
flooded motor, a closed tank vent, the neutral switch, a dead battery and a failed starter left out), described by the
motor's records, the owner's complaint and the shop's measures apart from the diagnosis; and hot tubs a service
technician visits because the water is cold, the pump trips or the panel shows an error, in 6 causes technicians
confuse (a failed heater element, a stuck or failed pressure or flow switch, a dirty filter, a failing circulation
pump or its capacitor, a failed temperature sensor, a tripping GFCI from a leaking component; low water, an air lock,
a failed control board or relay and the supply's own faults left out), described by the tub's records, the panel's
logs, the owner's complaint and the technician's measures apart from the diagnosis. ``NEIGHBOURS`` names each set's
neighbour map (``TOBACCO_NEIGHBOURS``, ``CITRUS_NEIGHBOURS``, ``OUTBOARD_NEIGHBOURS``, ``HOTTUB_NEIGHBOURS``; written
from the fields as the author knew them and committed, with the class names, rows and limits, before any generator was
written or ran: commit f09dc0fd; no pair added after). Each generator is deterministic (its own fixed seed) and returns
``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name
(``load(name, seed)``, ``--sets tobacco6,citrus5,outboard6,hottub6``, ``--data round111``).

The author opened only: ``docs/data-authors.md`` (all, with ``cat``, after ``date`` and ``git status | head -5``, in
one command; not edited); ``benchmarks/data_quality_round110.py`` (all, with ``cat``; the display left out lines
141-341, then ``sed -n 141,341p``; not edited); ``tests/test_data_quality_round110.py``,
``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py`` (all, with ``cat`` in one command; not
edited); round 30's module docstring (printed through ``ast``, whole, with the system's ``python3``) and the first 2,000
characters of rounds 108's and 109's modules (``head -c 2000``, in the same command as the set names' reads; round
110's first 2,000 characters were read in its whole module); ``/tmp/s56/setnames112.txt`` (as above);
``benchmarks/data_quality_actions.py`` through a ``grep -n`` of round110 or ROUND110 piped through ``grep -v
BLIND_ROUND`` (hits 150, 216 and 574), then lines 147-152, 212-218 and 571-578 (``sed -n`` through ``grep -v
BLIND_ROUND``; ``BLIND_ROUND``'s value was not printed), edited with a Python string replacement, each old string
asserted to occur once (the import after round 110's, the ``ROUNDS`` entry ``111: ROUND111_GENERATORS`` after 110's,
the help's round110 / round 110's; ``BLIND_ROUND`` and its comment not touched; checked with a ``grep -n`` of round111
or ROUND111 through ``grep -v BLIND_ROUND`` (hits 151, 218, 576), ``sed -n`` of lines 574-577 (through ``grep -v
BLIND_ROUND``), an import of ``ROUNDS[111]``'s names, ``round_of`` and ``split`` of one name each, and ``git diff
--numstat``, 5 lines added, 3 removed); ``tests/test_architecture.py`` lines 1-110 (``sed -n``, in the command that
printed the registration lines). No ``git log`` ran before this branch's first commit (after it only ``git log
--oneline main..HEAD``; ``git status``, ``git diff --numstat`` of the worktree's own changes). The neighbour maps were
checked with ``round_checks.check_neighbours`` (and the rows' sums and shares) before the first commit. Before the
generators' commit (4d9eb248, with the registration) the generators were run only to check that they ran, their
shapes, dtypes, finiteness, determinism, class counts, first rows and time (the pools' class counts before ``_keep``
were not printed). After it the MLP's figures (train and test, seeds 0 and 1), the baseline's error, the share between
neighbours, the eight commonest error pairs and the class error rates were printed once for all four sets; tobacco6
and citrus5 had their one change each (below; commit a0e80869, committed before it was measured) and were measured
once after it. Then the class medians and means of every column (and the categorical columns' shares) and the first
rows were printed once, to write the tests and this docstring; no set was changed after. Slips: the ``sed -n`` of lines
212-218 of ``data_quality_actions.py`` printed, past ``grep -v BLIND_ROUND``, two comment lines below ``ROUNDS`` (the
comment on the round written blind, naming in its text ``--data round107`` as an example; the constant's line and
value were not printed); the one change's commit (a0e80869) held the changed code but its Python edit of the two
generators' docstrings failed on a wrapped line (an assertion), so those docstrings kept the first measure's errors
(the grader's 0.25, the inspector's 0.2, the camera's 0.8 and a quarter) until this docstring's commit, which also
said the nicotine rises a little with the quality (it had said "hardly": its medians fall from 2.66 % in choice to
1.64 % in poor) and rewrapped one line; the tests' first run failed on one wrong assertion of the author's (the flow's
highest median expected in the dirty filter's class; it is the heater's, the dirty filter's among the lowest),
corrected before the tests' commit. ``pytest tests/test_architecture.py`` printed only the pass count; ``awk`` for
lines over 120 characters ran only on this module and its tests; scratch scripts lay in ``/tmp/r111scratch`` (the
author's own, removed at the end). No function of the detector or the filter was called.

Public pages were searched (four searches of stored pages, read only as the searches' excerpts): the official standard
grades for flue-cured tobacco (7 CFR part 29: the leaf group's grades B1 .. B6 in each colour, the groups by stalk
position (primings, lugs, cutters, leaf, smoking leaf) and the general quality; the elements of quality and their
degrees (maturity, body, leaf structure, surface, oil, finish, colour intensity, elasticity, width, uniformity, injury
tolerance); the special factor for doubtful keeping order; the colour symbols, lemon, orange, red, greenish,
variegated and scorched; another type's key giving qualities 1 choice .. 5 low); the US standards for oranges (Fancy:
at most a tenth of the surface discoloured, firm, well coloured, well formed, smooth; No. 2: at most half discoloured,
fairly firm, reasonably well coloured, slightly misshapen, free from serious damage; the factors' injury, damage,
serious and very serious damage judged against circles on a 200-size orange; Florida's grades adding Bright, Golden,
Bronze and Russet for discoloration; the juice grades apart); outboard troubleshooting (shops' and owners' pages: the
kill switch's lanyard first, the neutral switch, the fuel and the tank's vent, the primer bulb's squeeze test and its
check valve, fuel in a clear jar for water, a faint spark and a new plug, an impeller's overheating); hot tub
troubleshooting (service pages: a FLO code mostly a dirty filter, low water, an air lock or a weak circulation pump,
not a broken heater; the pressure switch adjustable and failing in poorly kept water; an element that trips the GFCI
when it heats; dirty filters the commonest cause of "will not heat", the high limit tripping from low flow). No page
gave the classes' shares or any record's values by class.

The rest is the author's own reading of the fields, not checked: every number of the tobacco pool (the farms' shares
and skills, the varieties' and the barns' effects, the stalk position's shares and its quadratic loss about the
middle, the yellowing's 48 hours and its loss, the scorch above 74 C, the storage's loss, the sale's day by the stalk,
the ripeness' 0.5 and the leaf's 0.35, the score's 3.2 and 1.1, the grader's 0.18, the out-of-order bale's 0.3 above
19.5 % moisture, the early weeks' 0.1, every measure's law; the shares kept, 8 / 15 / 22 / 24 / 19 / 11 %, with the
qualities 1-6 named choice .. poor as the lead's brief named them: the pages seen name 1 choice .. 5 low for another
type); every number of the citrus pool (the groves' and the blocks' scars, the varieties' colours and seasons, the
degreening's chance, hours and gain, the crews' roughness, the days', the rain's and the decay's laws, the firmness',
the shape's and the colour's factors, the area's 2.6 a grade, the inspector's 0.12 and the night shift's 0.1, the
measures' errors; the shares kept, 14 / 28 / 24 / 21 / 13 %; the standard grades a lot by its tolerances of defective
fruit, not by a worst factor's score); every number in ``OUTBOARD_MAKE``, ``OUTBOARD_COMPLAINT``, ``OUTBOARD_TABLE``
and ``OUTBOARD_KINDS`` and the motor's neglect's leans (the shares kept, 20 / 19 / 17 / 14 / 15 / 16 %); every number
in ``HOTTUB_MAKE``, ``HOTTUB_CODE``, ``HOTTUB_COMPLAINT``, ``HOTTUB_TABLE`` and ``HOTTUB_KINDS`` and the tub's wear's
leans (the shares kept, 18 / 16 / 21 / 15 / 13 / 17 %). The helpers imported from round 5 (``main``,
``ordinal_neighbours``) are used as round 110 uses them (``main`` was not run); ``_keep``, ``_pull``, ``_sig`` and
``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as round 110 imports them (``_sig`` used by
citrus5's decay). No detector or filter ran on these sets, and the benchmark did not; the difficulty below and the
tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same
calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set        rows   classes (rows each)                                MLP train / test %, seed 0 | 1  10-NN %  between
tobacco6   2,140  6 (180 / 320 / 480 / 520 / 400 / 240), ordered    76.6 / 72.9 | 78.6 / 73.6       40.6     98 %
citrus5    2,140  5 (300 / 600 / 520 / 440 / 280), ordered          77.9 / 67.7 | 78.1 / 67.7       51.1     78 %
outboard6  2,140  6 (420 / 400 / 360 / 300 / 320 / 340)             82.9 / 75.7 | 82.6 / 74.4       33.9     83 %
hottub6    2,140  6 (380 / 340 / 460 / 320 / 280 / 360)             84.4 / 80.0 | 82.4 / 80.0       26.2     77 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase: a scaled 10-neighbour
baseline errs on 40.6 / 51.1 / 33.9 / 26.2 % of their rows. The generators were committed before any measure (commit
4d9eb248). The aims: MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between
documented neighbours. outboard6 and hottub6 met them as first measured and were not changed. tobacco6 missed at the
first measure (MLP 69.2 / 59.1 % test, baseline 45.4 %, 93 % between) and citrus5 missed more (MLP 64.1 / 57.2 % test,
baseline 58.1 %, 69 % between); each had its one change, chosen before it was measured and not measured in variants:
in tobacco6 the grader's error went from 0.25 to 0.18 and the measures' errors fell by 40-50 % (the colour reading's
1.2 to 0.7, the sugars' 2.5 to 1.5 %, the length's 2 to 1.2 cm, the width's 1.0 to 0.6 cm, the blemish count's rate
0.2 to 0.1 (log)); in citrus5 the inspector's error went from 0.2 to 0.12, the camera's colour error from 0.8 to 0.4,
its area's from 0.25 to 0.12 (log), the firmness reading's from 1.5 to 0.8 N, and decay shows more (mould read as five
times the area, was 2.5; the fruit 10 N softer, was 5). After it both meet the MLP's aim and the neighbours' but miss
the baseline's: tobacco6 by 0.6 point (40.6 %), citrus5 by 11 points (51.1 %); both are kept and said so. A scaled
10-neighbour vote reads tobacco6's eight records (the farm, the variety, the stalk, the barn, the curing, the storage,
the sale) as much as its five measures that carry the quality, and the measures read the stalk position as well as the
quality, while the grader's call keeps 0.18 of a quality against qualities one wide. citrus5 is harder for it: its
label is the worst of five factors (a lot is No. 2 from its colour, its scars, its firmness or its shape), each factor
read by one column among sixteen, so neighbours near in most columns differ in the one that decides, and the shape
counts both ways from the variety's own. In tobacco6 (868 errors): fair with low 24 % of the errors, good with fair
24 %, fine with good 22 %, low with poor 15 %, choice with fine 12 %, two or more apart 2.5 %; poor errs most (50 %),
fair least (35 %). In citrus5 (1,093 errors): No. 1 with No. 2 29 %, Fancy with No. 1 28 %, No. 2 with No. 3 17 %,
No. 3 with cull 4 %, two or more apart 22 % (Fancy with No. 2 6 %, No. 1 with cull 6 %: a decayed lot's fruit look
sound but for its softness and mould, No. 1 with No. 3 4 %, No. 2 with cull 4 %); No. 2 errs most (66 %), No. 3 least
(42 %; No. 1 43 %). outboard6 errs on 34 %, 83 % between causes mechanics confuse (``OUTBOARD_NEIGHBOURS``): stale fuel
with the carburettor 24 % of them, stale fuel with the fuel pump 11 %, the ignition with the kill switch 10 %, the fuel
pump with the kill switch 10 %, stale fuel with the ignition 9 %, the carburettor with the ignition 8 %, the
carburettor with the fuel pump 6 % (the ignition with the fuel pump 5 %, not neighbours); the carburettor errs most
(44 %), the impeller least (13 %). hottub6 errs on 26 %, 77 % between causes technicians confuse
(``HOTTUB_NEIGHBOURS``): the dirty filter with the pump 18 % of them, the heater with the switch 16 %, the switch with
the dirty filter 12 %, the heater with a leak 11 %, the dirty filter with the sensor 6 %, the switch with the pump 6 %
(the switch with a leak 9 % and the switch with the sensor 8 %, not neighbours: no heat and a code on the panel, or no
code, for each); the switch errs most (36 %), the dirty filter least (17 %). Slips kept as committed: in tobacco6 the
stalk position's median is 3 in every quality (its extremes' share rises toward poor), the moisture's medians hardly
differ (16.4-16.7 %: few bales out of order), the curing's total hours, the yellowing's and the sale's day hardly
differ, and the farm's, the variety's and the barn's codes rise toward poor; in citrus5 the colour index falls from
Fancy to No. 3 but a cull's is high (most culls are decay, not colour), No. 3 is 76 % Hamlin (the early variety's
colour), the camera's median area is lower for No. 3 (2.7 %) than for No. 2 (3.4 %, its means rising), the acid's and
the size's means follow the grade through the variety and the season's week, and the block, the crew and the shift
differ little; in outboard6 the makes' shares differ little, the compression and the cylinders' spread hardly differ;
in hottub6 the size hardly differs, the makes' shares differ little, the dirty filter's median flow (46 L/min) is
not the lowest (the pump's is, 42), and the heater's median element (26 ohm) is pulled toward its neighbours' 10 to
12.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine whose load average was about 3 to
4): the 19 tests' whole ``pytest`` run reports 6.27 s, then 9.01 s (the tests' own setup, calls and teardown summing to
3.19 s) and 9.72 s (2.94 s); the rest is collection: importing ``benchmarks.data_quality_actions`` (every round's
module) and sklearn's estimators. Over the 6 s aim as a whole run on the loaded machine, kept and said (the tests' own
part within it). ``pytest tests/test_architecture.py`` passed (242). The scratch folder was removed at the end.
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


# ---------------------------------------------------------------------- tobacco6: a flue-cured bale's quality
#: the 6 classes of ``tobacco6`` (a flue-cured tobacco bale of the leaf group sold at auction, by the quality the
#: government grader calls on the warehouse floor, the official standard grades' qualities 1-6 within one group), the
#: best first
TOBACCO_CLASSES = ("choice (quality 1: ripe, rich, deep colour, open, elastic, spready, clear, near no injury)",
                   "fine (quality 2: ripe, oily, deep to moderate colour, a little injury)",
                   "good (quality 3: mature, oily, moderate colour, some injury or waste)",
                   "fair (quality 4: mature, lean, moderate to pale colour, more injury and waste)",
                   "low (quality 5: underripe or overripe, lean, pale or dull, much injury and waste)",
                   "poor (quality 6: immature or crude, lean, dull, the most injury and waste the group allows)")
TOBACCO_ROWS = (180, 320, 480, 520, 400, 240)
#: the upper limits of choice .. low on the grader's quality score (1 choice .. 6 poor; the leaf's maturity, oil,
#: body, colour's intensity, finish, uniformity and injury tolerance folded in) that the quality takes
TOBACCO_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the quality above and below each (graders differ mostly by one quality: the warehouse's light, a bale's face
#: against its inside, the leaf's order on the day, the grader's own habit and the day's run of bales)
TOBACCO_NEIGHBOURS = ordinal_neighbours(len(TOBACCO_CLASSES))
#: what the quality is called from: the label's basis, not columns
TOBACCO_GRADING = ("the grader's look and feel of the bale's leaf on the floor: maturity, body, oil, leaf structure, "
                   "colour intensity, finish, width, uniformity and the injury and waste within the tolerance",
                   "the grader's own habit, the warehouse's light and the bale's order (moisture) on the day")


# ---------------------------------------------------------------------- citrus5: a packed lot's fresh grade
#: the 5 classes of ``citrus5`` (a lot of oranges on a packing house's line, by the grade the line's inspector assigns
#: from a sample against the fresh-citrus grade standards), the best first
CITRUS_CLASSES = ("Fancy (well coloured, firm, well formed, smooth, discoloration and scars at most slight)",
                  "No. 1 (fairly well coloured, firm, fairly well formed, free from damage, more discoloration)",
                  "No. 2 (reasonably well coloured, fairly firm, slightly misshapen or rough, free from serious "
                  "damage)",
                  "No. 3 / juice (misshapen or badly scarred but sound, free from very serious damage)",
                  "cull (decay, soft or mushy fruit, unhealed breaks or very serious damage beyond No. 3)")
CITRUS_ROWS = (300, 600, 520, 440, 280)
#: the upper limits of Fancy .. No. 3 on the inspector's score (0 Fancy .. 4 cull: the worst of the sample's factors,
#: the colour, the discoloration and the scars, the firmness, the shape and the decay, each read on that scale)
CITRUS_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each (inspectors differ mostly by one grade: a sample's few worst fruit, the area of a
#: scar judged by eye against the standard's circles, the line's light and speed, the inspector's own habit)
CITRUS_NEIGHBOURS = ordinal_neighbours(len(CITRUS_CLASSES))
#: what the grade is assigned from: the label's basis, not columns
CITRUS_GRADING = ("the inspector's sample from the lot on the line: each fruit's colour, discoloration, scars and "
                  "blemishes against the standard's areas, firmness, shape, texture and decay, the lot graded by "
                  "its worst factor within the tolerances",
                  "the inspector's own habit, the shift's light and line speed, and the sample's chance few fruit")


# ---------------------------------------------------------------------- outboard6: an outboard motor's fault
#: the 6 classes of ``outboard6`` (an outboard motor brought to a marine shop because it will not start, runs rough
#: or overheats, by the cause the mechanic diagnosed)
OUTBOARD_CLASSES = ("stale or phase-separated fuel (old ethanol blend, water and ethanol settled out in the tank)",
                    "clogged carburettor or injector (varnish in the jets or the bowl, a dirty injector or filter)",
                    "weak ignition (a failing coil or stator's charge, fouled or worn plugs, a cracked plug lead)",
                    "worn water-pump impeller (hardened or torn vanes, a weak tell-tale, overheating)",
                    "failing fuel pump or primer bulb (a cracked diaphragm, a leaking bulb's check valve, air drawn)",
                    "kill-switch lanyard or its wiring (a worn switch, a loose clip, a chafed or grounded stop wire)")
OUTBOARD_ROWS = (420, 400, 360, 300, 320, 340)
#: the causes mechanics confuse (symmetric): stale fuel against a clogged carburettor (stale fuel leaves the varnish
#: that clogs it; both after storage, hard starting, rough), weak ignition (both misfire and run rough) and a failing
#: fuel pump (both starve the motor, dying under load); the clogged carburettor against the ignition (a rich, dirty
#: carburettor fouls the plugs), the impeller (a lean motor runs hot, an overheating one cuts its power and sputters)
#: and the fuel pump (both lean, dying at speed); the ignition against the kill switch (both no spark or an
#: intermittent one); the fuel pump against the kill switch (both stall now and then under way)
OUTBOARD_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2, 3, 4), 2: (0, 1, 5), 3: (1,), 4: (0, 1, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- hottub6: a hot tub's fault
#: the 6 classes of ``hottub6`` (a hot tub a service technician visits because the water is cold, the pump trips or
#: the panel shows an error, by the cause the technician diagnosed)
HOTTUB_CLASSES = ("failed heater element (open, or burnt through at its terminals: no heat)",
                  "stuck or failed pressure or flow switch (its contacts stuck open or closed, out of adjustment)",
                  "dirty filter starving the flow (a clogged or worn cartridge, the heater's flow too low)",
                  "failing circulation pump or its capacitor (a worn bearing, a weak capacitor, a humming pump)",
                  "failed temperature sensor (the water or the high-limit sensor reading wrong or open)",
                  "tripping GFCI from a leaking component (a heater's cracked sheath, a pump's seal, an ozonator)")
HOTTUB_ROWS = (380, 340, 460, 320, 280, 360)
#: the causes technicians confuse (symmetric): a failed heater against the flow switch (no heat, a heater not called),
#: the sensor (no heat, the panel's temperature wrong) and a tripping GFCI (a burnt element's sheath leaks to ground);
#: the flow switch against a dirty filter and the circulation pump (the FLO code of all three); a dirty filter against
#: the pump (low flow, a hot pump) and the sensor (low flow over the heater heats the high-limit sensor: OH or HL codes
#: like a sensor's); the pump against a tripping GFCI (a pump's seal leaks into its motor)
HOTTUB_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 2, 3), 2: (1, 3, 4), 3: (1, 2, 5), 4: (0, 2), 5: (0, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"tobacco6": TOBACCO_NEIGHBOURS, "citrus5": CITRUS_NEIGHBOURS, "outboard6": OUTBOARD_NEIGHBOURS,
              "hottub6": HOTTUB_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("tobacco6", "citrus5")


def tobacco6():
    """Flue-cured tobacco bales of the leaf group sold at auction, with the quality the government grader called on
    the warehouse floor in 6 qualities (``TOBACCO_CLASSES``; the grader's quality score against ``TOBACCO_LIMITS``,
    ``TOBACCO_GRADING`` the label's basis and not columns), as the bale's records and simple measures apart from the
    call describe them. The leaf's quality is unseen: the farm's skill (its own and the crop's), the variety, the
    stalk position (the middle of the stalk best, the lowest leaves and the tips less), the barn, the curing schedule
    (a yellowing far from two days greens or sponges the leaf; a drying above 74 C scorches it), the days in storage
    (oxidation) and the season's weather and the harvest's ripeness (one draw) and the leaf's own rest. The grader's
    score is 3.2 less 1.1 a unit of quality, with the grader's habit and the light (0.18), a bale out of order (too
    wet) called 0.3 worse and the first weeks of the season's sales 0.1 stricter. The measures read the quality: the
    colour reading (a deep orange high, the tips redder, a short yellowing greener), the reducing sugars (high in
    ripe, well-cured leaf, falling up the stalk), the leaf's length (longest at the middle of the stalk) and width,
    the image's blemish and waste count (falling with the quality); the nicotine rises up the stalk, with the
    variety and a little with the quality; the moisture falls with the days in storage. Columns: the farm (0-3), the
    variety (0-2), the stalk position (1 lowest leaf .. 5 tips), the barn (0 bulk box, 1 bulk rack, 2 converted
    conventional), the yellowing (hours), the drying's highest temperature (C), the days in storage, the sale's day
    of the season, the colour reading (0-60), the moisture (%), the nicotine (%), the reducing sugars (%), the leaf's
    length (cm), its width (cm), the blemish and waste count (a 100 leaves), the total curing (hours) (16).
    Imbalanced: 180 / 320 / 480 / 520 / 400 / 240 rows (2,140)."""
    rng = np.random.default_rng(111101)
    n = 200000
    farm = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.25])).sum(1)
    skill = np.array([0.3, 0.0, -0.1, -0.4])[farm] + 0.25 * rng.normal(0, 1, n)
    variety = (rng.random(n)[:, None] > np.cumsum([0.5, 0.3])).sum(1)
    stalk = 1 + (rng.random(n)[:, None] > np.cumsum([0.15, 0.25, 0.25, 0.2])).sum(1)
    barn = (rng.random(n)[:, None] > np.cumsum([0.6, 0.3])).sum(1)
    yellow = np.round(np.clip(48 + np.array([0.0, 2.0, 6.0])[barn] + 8 * rng.normal(0, 1, n), 24, 90))
    hottest = np.round(np.clip(71 + np.array([0.0, 0.5, 1.5])[barn] + 2.5 * rng.normal(0, 1, n), 60, 85), 1)
    days = np.round(np.clip(20 * np.exp(0.6 * rng.normal(0, 1, n)), 1, 150))
    sale = np.round(np.clip(15 * stalk + 5 + 10 * rng.normal(0, 1, n), 1, 110))
    ripe = 0.5 * rng.normal(0, 1, n)  # the season's weather and the harvest's ripeness: unseen
    quality = (skill + np.array([0.1, 0.0, -0.2])[variety] - 0.15 * (stalk - 3) ** 2
               + np.array([0.1, 0.0, -0.3])[barn] - 0.25 * ((yellow - 50) / 10) ** 2
               - 0.15 * np.maximum(0, hottest - 74) - 0.004 * days + ripe + 0.35 * rng.normal(0, 1, n))  # unseen
    colour = np.round(np.clip(30 + 4 * quality + 1.5 * (stalk - 3) - 3 * (yellow < 40)
                              + 0.7 * rng.normal(0, 1, n), 0, 60), 1)
    moisture = np.round(np.clip(17 - 0.02 * days + 1.2 * rng.normal(0, 1, n), 10, 24), 1)
    nicotine = np.round(np.clip(2.2 * np.array([1.0, 1.1, 0.9])[variety]
                                * np.exp(0.18 * (stalk - 3) + 0.1 * quality + 0.2 * rng.normal(0, 1, n)), 0.3, 6), 2)
    sugar = np.round(np.clip(16 + 2.5 * quality - 1.5 * (stalk - 3) + 1.5 * rng.normal(0, 1, n), 2, 30), 1)
    length = np.round(np.clip(60 - 3 * np.abs(stalk - 3) + 3 * quality + 1.2 * rng.normal(0, 1, n), 30, 90))
    width = np.round(np.clip(25 + 1.5 * quality - (stalk - 3) + 0.6 * rng.normal(0, 1, n), 10, 45), 1)
    blemish = rng.poisson(8 * np.exp(-0.6 * quality + 0.1 * rng.normal(0, 1, n))).astype(float)
    cure = np.round(np.clip(yellow + 110 + 8 * rng.normal(0, 1, n), 110, 220))
    score = (3.2 - 1.1 * quality + 0.18 * rng.normal(0, 1, n) + 0.3 * (moisture > 19.5) + 0.1 * (sale < 30))
    label = np.digitize(score, TOBACCO_LIMITS)
    keep = _keep(rng, label, TOBACCO_ROWS)
    x = np.column_stack([farm, variety, stalk, barn, yellow, hottest, days, sale, colour, moisture, nicotine, sugar,
                         length, width, blemish, cure])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def citrus5():
    """Lots of oranges on a packing house's line, with the grade the line's inspector assigned in 5 grades
    (``CITRUS_CLASSES``; the inspector's score against ``CITRUS_LIMITS``, ``CITRUS_GRADING`` the label's basis and not
    columns), as the lot's records and the line's simple measures apart from the grade describe them. The lot's
    factors are unseen, each read on the grade's scale (0 Fancy .. 4 cull), and the lot takes its worst: the colour
    (the variety's own, rising through its season, a late Valencia regreening, an early lot degreened with ethylene
    for up to three days), the scars and blemishes (the grove's wind and rust mite, the block's, a rough crew's
    bruises; the area on a log scale, about 2.6 times the area a grade), the firmness (falling with the days since
    picking, the degreening and rough handling), the shape (misshapen beyond the variety's own) and decay (rising with
    the days, the degreening, the rain before picking and rough handling: a cull). The inspector's score is the worst
    factor with the inspector's habit (0.12) and the night shift's 0.1 stricter. The measures read the factors: the
    peel's colour index (the camera, 0.4 off), the camera's blemish and scar area (0.12 off on a log scale, mould on
    a decayed fruit read as five times the area), the firmness (a decayed lot 10 N softer), the height-to-width
    ratio; the size, the Brix and the acid follow the variety and the season, not the grade itself. Columns: the
    grove (0-3), the block (0-5), the variety (0 Hamlin, 1 Valencia, 2 navel), the picking crew (0-3), the days
    since picking, the degreening (hours), the packing shift (0 day, 1 night), the harvest's week of the season,
    the rain in the week before picking (mm), the peel's colour index, the blemish and scar area (% of the
    surface), the firmness (N), the Brix, the acid (%), the diameter (mm), the height-to-width ratio (16).
    Imbalanced: 300 / 600 / 520 / 440 / 280 rows (2,140)."""
    rng = np.random.default_rng(111202)
    n = 200000
    grove = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.2])).sum(1)
    block = rng.integers(0, 6, n)
    block_scar = rng.normal(0, 0.2, (4, 6))[grove, block]
    variety = (rng.random(n)[:, None] > np.cumsum([0.4, 0.4])).sum(1)
    centre = np.array([6.0, 20.0, 10.0])[variety]
    week = np.round(np.clip(centre + 3 * rng.normal(0, 1, n), 1, 30))
    crew = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3, 0.25])).sum(1)
    rough = np.array([0.0, 0.2, 0.1, 0.6])[crew] + 0.2 * rng.normal(0, 1, n)
    days = np.round(np.clip(2 * np.exp(0.6 * rng.normal(0, 1, n)), 0, 14))
    rain = np.round(np.clip(rng.gamma(0.8, 15, n), 0, 150))
    shift = (rng.random(n) < 0.35).astype(float)
    natural = (np.array([1.0, 7.0, 8.0])[variety] + 0.5 * (week - centre)
               - 0.8 * np.maximum(0, week - 24) * (variety == 1) + 2.5 * rng.normal(0, 1, n))
    degreen = np.where((natural < 6) & (rng.random(n) < 0.8),
                       np.round(np.clip(36 + 12 * rng.normal(0, 1, n), 12, 72)), 0.0)
    colour = natural + np.minimum(0.12 * degreen, 6)  # unseen, as the other factors
    area = np.exp(rng.normal(0, 0.9, n) + np.array([0.0, 0.3, -0.2, 0.5])[grove] + block_scar + 0.3 * rough)
    firm = (40 + np.array([0.0, 0.0, 3.0])[variety] - 1.2 * days - 0.05 * degreen - 4 * rough
            + 4 * rng.normal(0, 1, n))
    ratio = np.array([0.98, 1.0, 1.04])[variety] + 0.04 * rng.normal(0, 1, n)
    bent = np.abs(ratio - np.array([0.98, 1.0, 1.04])[variety]) / 0.04
    decay = rng.random(n) < _sig(-4.5 + 0.25 * days + 0.02 * degreen + 0.015 * rain + 1.0 * rough)
    factors = np.column_stack([np.clip((7 - colour) / 3, 0, 2.6), np.clip(np.log(area / 0.8) / np.log(2.6), 0, 4.2),
                               np.clip((34 - firm) / 6, 0, 4), np.clip(0.8 * (bent - 1), 0, 3), 4.0 * decay])
    score = factors.max(1) + 0.12 * rng.normal(0, 1, n) + 0.1 * shift
    label = np.digitize(score, CITRUS_LIMITS)
    cci = np.round(np.clip(colour + 0.4 * rng.normal(0, 1, n), -15, 20), 1)
    seen = np.round(np.clip(area * (1 + 4 * decay) * np.exp(0.12 * rng.normal(0, 1, n)), 0, 80), 2)
    firmness = np.round(np.clip(firm - 10 * decay + 0.8 * rng.normal(0, 1, n), 3, 70), 1)
    brix = np.round(np.clip(11.5 + 0.05 * (week - 15) + 0.8 * rng.normal(0, 1, n), 7, 16), 1)
    acid = np.round(np.clip(1.0 - 0.02 * (week - 10) + 0.15 * rng.normal(0, 1, n), 0.3, 2), 2)
    size = np.round(np.clip(np.array([70.0, 73.0, 80.0])[variety] + 5 * rng.normal(0, 1, n), 50, 110))
    shape = np.round(np.clip(ratio + 0.01 * rng.normal(0, 1, n), 0.8, 1.3), 3)
    keep = _keep(rng, label, CITRUS_ROWS)
    x = np.column_stack([grove, block, variety, crew, days, degreen, shift, week, rain, cci, seen, firmness, brix,
                         acid, size, shape])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``outboard6``, the chances of the motor's make (0-3: four makes, the older two-strokes and
#: carburetted motors commoner in make 2)
OUTBOARD_MAKE = np.array([[0.30, 0.30, 0.25, 0.15], [0.25, 0.25, 0.35, 0.15], [0.30, 0.25, 0.30, 0.15],
                          [0.30, 0.35, 0.15, 0.20], [0.30, 0.30, 0.25, 0.15], [0.35, 0.30, 0.20, 0.15]])
#: per cause of ``outboard6``, the chances of the owner's coded complaint (0 will not start, 1 starts then dies, 2
#: runs rough, 3 loses power at speed, 4 overheat alarm or a weak tell-tale, 5 stalls now and then)
OUTBOARD_COMPLAINT = np.array([[0.35, 0.25, 0.25, 0.08, 0.02, 0.05], [0.25, 0.30, 0.25, 0.10, 0.03, 0.07],
                               [0.30, 0.05, 0.40, 0.15, 0.02, 0.08], [0.02, 0.03, 0.05, 0.20, 0.65, 0.05],
                               [0.20, 0.25, 0.08, 0.30, 0.02, 0.15], [0.55, 0.05, 0.05, 0.05, 0.00, 0.30]])
#: per cause of ``outboard6``, the medians of the motor's records and the shop's simple measures: the horsepower, the
#: age (years), the engine hours, the months it stood in storage, the battery's voltage while cranking (V), the
#: compression (psi, the mean of the cylinders), the spread between the cylinders (psi), the gap an adjustable spark
#: tester's spark jumps (mm), the stop circuit's resistance to ground with the lanyard in (kohm), the fuel line's
#: vacuum at the pump's inlet under load (inHg), the seconds the primer bulb stays firm, the tell-tale stream's
#: temperature (C), the overheat alarms logged (count), the fuel sample's water reading (% by volume), the idle's rpm
#: swing (rpm)
OUTBOARD_TABLE = np.array([
    # hp  age  hours  store batt  comp   spread spark kill  vac  bulb  tell  alarm water rpm
    [40.0, 9.0, 400.0, 7.0, 12.3, 120.0, 6.0, 11.0, 50.0, 2.0, 40.0, 38.0, 0.3, 0.90, 120.0],  # stale fuel
    [25.0, 12.0, 500.0, 6.0, 12.3, 120.0, 7.0, 11.0, 50.0, 3.5, 40.0, 42.0, 0.6, 0.15, 150.0],  # carburettor
    [60.0, 11.0, 650.0, 2.0, 11.6, 118.0, 7.0, 5.5, 50.0, 2.0, 40.0, 38.0, 0.3, 0.15, 180.0],  # ignition
    [90.0, 7.0, 450.0, 2.0, 12.4, 118.0, 8.0, 11.0, 50.0, 2.0, 40.0, 62.0, 4.0, 0.10, 80.0],  # impeller
    [50.0, 10.0, 500.0, 3.0, 12.3, 120.0, 7.0, 11.0, 50.0, 0.6, 8.0, 40.0, 0.4, 0.12, 130.0],  # fuel pump or bulb
    [60.0, 8.0, 450.0, 2.0, 12.4, 122.0, 6.0, 7.0, 2.0, 2.0, 40.0, 38.0, 0.2, 0.12, 90.0],  # kill switch
])
OUTBOARD_LOGS = [0, 1, 2, 3, 6, 7, 8, 9, 10, 12, 13, 14]
OUTBOARD_KINDS = [("log", 0.6, 0), ("log", 0.5, 0.2), ("log", 0.6, 0.2), ("log", 0.7, 0.2), ("norm", 0.4, 0),
                  ("norm", 12.0, -3.0), ("log", 0.5, 0.15), ("log", 0.35, 0), ("log", 0.9, 0), ("log", 0.4, 0),
                  ("log", 0.6, 0), ("norm", 7.0, 0), ("count", 0.6, 0), ("log", 0.7, 0.2), ("log", 0.4, 0)]


def outboard6():
    """Outboard motors brought to a marine shop because they will not start, run rough or overheat, in 6 causes
    mechanics confuse (``OUTBOARD_CLASSES``), labelled by the mechanic's diagnosis, as the motor's records, the
    owner's coded complaint and the shop's simple measures apart from it describe them. Each cause has its picture
    (``OUTBOARD_MAKE``, ``OUTBOARD_COMPLAINT``, ``OUTBOARD_TABLE``): stale fuel a motor stored long, "will not start",
    water in the fuel sample; a clogged carburettor a small, old, carburetted motor, "starts then dies", a high
    vacuum at the pump's inlet (a restriction), a rough idle; weak ignition an old, much-used motor, "runs rough", a
    weak battery while cranking, a short spark, the roughest idle; a worn impeller "overheats", a hot tell-tale and
    overheat alarms; a failing fuel pump or bulb "loses power at speed", little vacuum (air drawn) and a bulb that
    will not stay firm; the kill switch or its wiring "will not start" or "stalls now and then", a stop circuit
    grounded (a low resistance) and a short spark. Unseen: the motor's neglect (one per-row factor raising its age,
    hours, storage, the cylinders' spread and the water, lowering the compression). Columns: the make (0-3), the
    complaint (0 will not start, 1 starts then dies, 2 runs rough, 3 loses power at speed, 4 overheats, 5 stalls now
    and then), then the table's 15 (the horsepower to the unit within 2-350, the age to a tenth within 0.5-40 years,
    the hours to the unit within 5-5,000, the storage to the unit within 0-36 months, the battery to a tenth within
    8-13.5 V, the compression to the unit within 40-200 psi, the spread to the unit within 0-80 psi, the spark to a
    tenth within 0-25 mm, the stop circuit to a tenth within 0.1-200 kohm, the vacuum to a tenth within 0-15 inHg,
    the bulb to the unit within 0-120 s, the tell-tale to the unit within 10-95 C, the alarms as drawn (at most 50),
    the water to a hundredth within 0-20 %, the rpm swing to the unit within 10-800) (17). Imbalanced: 420 / 400 /
    360 / 300 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(111303)
    y = rng.permutation(np.repeat(np.arange(len(OUTBOARD_CLASSES)), OUTBOARD_ROWS))
    make = (rng.random(len(y))[:, None] > np.cumsum(OUTBOARD_MAKE[y], 1)[:, :3]).sum(1).astype(float)
    complaint = (rng.random(len(y))[:, None] > np.cumsum(OUTBOARD_COMPLAINT[y], 1)[:, :5]).sum(1).astype(float)
    t = _pull(OUTBOARD_TABLE, OUTBOARD_NEIGHBOURS, 0.3, OUTBOARD_LOGS)[y]
    x = _draw(rng, t, OUTBOARD_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 2, 350, 0), (1, 0.5, 40, 1), (2, 5, 5000, 0), (3, 0, 36, 0), (4, 8, 13.5, 1),
                                 (5, 40, 200, 0), (6, 0, 80, 0), (7, 0, 25, 1), (8, 0.1, 200, 1), (9, 0, 15, 1),
                                 (10, 0, 120, 0), (11, 10, 95, 0), (12, 0, 50, 0), (13, 0, 20, 2), (14, 10, 800, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([make, complaint, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``hottub6``, the chances of the tub's make (0-3)
HOTTUB_MAKE = np.array([[0.30, 0.25, 0.25, 0.20], [0.25, 0.35, 0.25, 0.15], [0.25, 0.25, 0.25, 0.25],
                        [0.25, 0.25, 0.30, 0.20], [0.20, 0.30, 0.25, 0.25], [0.30, 0.20, 0.25, 0.25]])
#: per cause of ``hottub6``, the chances of the panel's last logged error code (0 none, 1 FLO or FL, 2 OH or HL, 3 a
#: sensor's code, 4 DRY)
HOTTUB_CODE = np.array([[0.70, 0.05, 0.05, 0.10, 0.10], [0.15, 0.65, 0.05, 0.05, 0.10],
                        [0.15, 0.50, 0.20, 0.05, 0.10], [0.15, 0.45, 0.15, 0.05, 0.20],
                        [0.15, 0.05, 0.40, 0.35, 0.05], [0.75, 0.05, 0.05, 0.05, 0.10]])
#: per cause of ``hottub6``, the chances of the owner's coded complaint (0 cold water, 1 the breaker or the GFCI
#: trips, 2 an error on the panel, 3 weak jets or a noisy pump)
HOTTUB_COMPLAINT = np.array([[0.70, 0.15, 0.10, 0.05], [0.45, 0.02, 0.48, 0.05], [0.35, 0.02, 0.38, 0.25],
                             [0.25, 0.10, 0.30, 0.35], [0.35, 0.02, 0.55, 0.08], [0.10, 0.80, 0.05, 0.05]])
#: per cause of ``hottub6``, the medians of the tub's records, the panel's logs and the technician's simple measures:
#: the age (years), the size (US gallons), the winter's mean temperature (C), the days since the filter was cleaned,
#: the heater element's resistance (ohm), the circulation pump's current (A), the flow through the heater (L/min), the
#: pressure at the heater's manifold (kPa), the temperature sensor's reading less the technician's probe (C), the
#: insulation resistance to ground of the worst component (Mohm), the heating rate logged (C an hour), the GFCI's trips
#: logged in the month (count), the error events logged in the month (count), the water's temperature at the visit
#: (C)
HOTTUB_TABLE = np.array([
    # age gallons winter filt  ohm   amps flow  kPa  offset insul heat  gfci errors water
    [8.0, 400.0, -2.0, 20.0, 40.0, 1.2, 90.0, 20.0, 0.0, 200.0, 0.2, 0.5, 2.0, 22.0],  # heater element
    [6.0, 400.0, 2.0, 20.0, 10.0, 1.2, 90.0, 20.0, 0.0, 200.0, 0.3, 0.3, 6.0, 24.0],  # pressure or flow switch
    [5.0, 400.0, 4.0, 75.0, 10.0, 1.35, 40.0, 10.0, 0.0, 200.0, 0.6, 0.3, 8.0, 30.0],  # dirty filter
    [9.0, 400.0, 0.0, 25.0, 10.0, 2.4, 35.0, 9.0, 0.0, 150.0, 0.5, 1.0, 6.0, 28.0],  # circulation pump
    [7.0, 400.0, 2.0, 20.0, 10.0, 1.2, 90.0, 20.0, 5.0, 200.0, 1.0, 0.3, 5.0, 33.0],  # temperature sensor
    [9.0, 400.0, 4.0, 20.0, 10.0, 1.3, 85.0, 19.0, 0.0, 0.8, 0.4, 6.0, 2.0, 24.0],  # GFCI from a leak
])
HOTTUB_LOGS = [0, 1, 3, 4, 5, 6, 7, 9, 10, 11, 12]
HOTTUB_KINDS = [("log", 0.5, 0.2), ("log", 0.25, 0), ("norm", 5.0, 0), ("log", 0.6, 0.2), ("log", 0.5, 0),
                ("log", 0.25, 0.05), ("log", 0.3, -0.05), ("log", 0.3, -0.05), ("norm", 2.5, 0), ("log", 1.2, -0.2),
                ("log", 0.5, 0), ("count", 0.6, 0), ("count", 0.6, 0), ("norm", 4.0, 0)]


def hottub6():
    """Hot tubs a service technician visits because the water is cold, the pump trips or the panel shows an error, in
    6 causes technicians confuse (``HOTTUB_CLASSES``), labelled by the technician's diagnosis, as the tub's records,
    the panel's logged error code, the owner's coded complaint and the technician's simple measures apart from it
    describe them. Each cause has its picture (``HOTTUB_MAKE``, ``HOTTUB_CODE``, ``HOTTUB_COMPLAINT``,
    ``HOTTUB_TABLE``): a failed heater "cold water", no code, a high element resistance (open or burnt), the slowest
    heating, a cold climate; the flow switch a FLO code while the flow and the manifold's pressure are normal; a
    dirty filter a FLO code, a filter long uncleaned, low flow and pressure, a warm tub; the circulation pump a FLO
    or DRY code, a high current, the lowest flow and pressure, GFCI trips now and then, "weak jets or a noisy pump";
    the sensor its own code or OH, the sensor far off the probe, the fastest heating and the warmest water; a leak to
    ground "the GFCI trips", the most trips, the lowest insulation resistance. Unseen: the tub's wear (one per-row
    factor raising its age, the filter's days, the pump's current, lowering the flow, the pressure and the insulation).
    Columns: the make (0-3), the code (0 none, 1 FLO, 2 OH or HL, 3 a sensor's, 4 DRY), the complaint (0 cold water,
    1 trips, 2 an error, 3 weak jets or a noisy pump), then the table's 14 (the age to a tenth within 0.2-30 years,
    the size to the unit within 150-1,000 gallons, the winter to a tenth within -25..25 C, the filter's days to the
    unit within 1-400, the element to a tenth within 5-1,000 ohm, the current to a hundredth within 0.2-8 A, the flow
    to the unit within 3-200 L/min, the pressure to a tenth within 1-60 kPa, the sensor's offset to a tenth within
    -20..20 C, the insulation to a hundredth within 0.01-2,000 Mohm, the heating to a hundredth within 0-4 C an hour,
    the counts as drawn (at most 100), the water to a tenth within 2-45 C) (17). Imbalanced: 380 / 340 / 460 / 320 /
    280 / 360 rows (2,140)."""
    rng = np.random.default_rng(111404)
    y = rng.permutation(np.repeat(np.arange(len(HOTTUB_CLASSES)), HOTTUB_ROWS))
    make = (rng.random(len(y))[:, None] > np.cumsum(HOTTUB_MAKE[y], 1)[:, :3]).sum(1).astype(float)
    code = (rng.random(len(y))[:, None] > np.cumsum(HOTTUB_CODE[y], 1)[:, :4]).sum(1).astype(float)
    complaint = (rng.random(len(y))[:, None] > np.cumsum(HOTTUB_COMPLAINT[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(HOTTUB_TABLE, HOTTUB_NEIGHBOURS, 0.3, HOTTUB_LOGS)[y]
    x = _draw(rng, t, HOTTUB_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.2, 30, 1), (1, 150, 1000, 0), (2, -25, 25, 1), (3, 1, 400, 0), (4, 5, 1000, 1),
                                 (5, 0.2, 8, 2), (6, 3, 200, 0), (7, 1, 60, 1), (8, -20, 20, 1), (9, 0.01, 2000, 2),
                                 (10, 0, 4, 2), (11, 0, 100, 0), (12, 0, 100, 0), (13, 2, 45, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([make, code, complaint, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND111`` lists them (the ordered sets first)
GENERATORS = {"tobacco6": tobacco6, "citrus5": citrus5, "outboard6": outboard6, "hottub6": hottub6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND111_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "tobacco6": (2140, 16, TOBACCO_ROWS),
    "citrus5": (2140, 16, CITRUS_ROWS),
    "outboard6": (2140, 17, OUTBOARD_ROWS),
    "hottub6": (2140, 17, HOTTUB_ROWS),
}
ROUND111 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
