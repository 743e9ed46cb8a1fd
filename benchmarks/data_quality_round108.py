"""Round 108's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them, with near ones (``/tmp/s55/setnames108.txt``:
every earlier round's set names, read with ``head -3`` (its count line, "408 set names in rounds 5-106", and two
names), ``grep -c ""`` (409 lines), a ``grep -c -x`` of each of the four names (0) and one ``grep -n -i -E`` of the
stems turf, grass, lawn, termit, timber, wood, pest, sew, stitch, needle, street, light, lamp and lumin, which printed
seven names, ``timber8``, ``blight5``, ``sewer5``, ``mallampati4``, ``grainpest6``, ``tonewood5`` and ``norwood7``
(not opened), before the data were written; the file's other names were not read; the tests' ``check_registered``
confirms that no earlier round's ``GENERATORS`` holds them). The near ones: ``timber8`` is likely round 30's timber
strength classes (sawn timber graded for strength, not a member's termite damage in a house; the earlier set was not
opened) and ``tonewood5`` likely wood for instruments; ``grainpest6`` is likely stored grain's pests (insects, not
termites); ``blight5`` ("light" inside) likely a crop's blight, ``sewer5`` ("sew" inside) likely sewer pipes'
condition grades (another utility's asset, near streetlight6's kind of work but not its causes), ``mallampati4``
("lamp" inside) the airway's Mallampati classes and ``norwood7`` ("wood" inside) the Norwood scale of hair loss: none
of this round's fields. The names and the fields were fixed by the lead. Near ones not checked: round 30's docstring
names an earlier round's pavement condition classes, PV string faults, smart plugs and tool wear (other street,
electrical and machine faults) and wheat grades and wildfire fuel types (other plant ratings); round 106 holds
litter6 (street sections) and laundry6 (another appliance's repair causes); other rounds may hold more (the list was
not read beyond the stems). As in round 106, the two graded sets simulate a pool of cases (200,000), label every case
the way its field does and keep a fixed number of each class (``_keep``, shuffled); the two unordered sets draw their
classes' rows from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws
the columns about them), with two categorical columns each (the owner's coded complaint and the machine's kind; the
report's coded complaint and its source) drawn from per-class tables of chances. Two sets have ORDERED classes
(``ORDERED``): plots of turfgrass cultivars in trials in 7 bands of the NTEP 1-9 visual turf quality rating (1-3, 4,
5, 6, 7, 8, 9), labelled by the evaluator's rating against ``TURF_LIMITS`` (``TURF_RATING``, the label's basis and not
columns), described by the plot's records, the weather, an NDVI meter, a digital image's green cover and dark green
colour index, the clippings, a soil-moisture probe and the disease and weed counts apart from the rating; and timber
members in houses inspected for subterranean termites in 5 damage grades (none, surface, light, moderate, severe),
labelled by the inspector's estimate of the section lost after sounding and probing against ``TERMITE_LIMITS``
(``TERMITE_GRADING``, not columns), described by the house's and the member's records, the moisture meter, an acoustic
emission detector, a microwave motion sensor, a thermal camera and the mud tubes near apart from the grade. Two have
UNORDERED classes: domestic sewing machines brought for repair in 6 causes technicians confuse (the needle, the
tension, the hook timing, a burred hook or bobbin case, the feed dogs, the motor, belt or foot controller; a broken
thread guide, a bent presser foot, electronics' faults and threading errors left out), described by the machine's
kind and age, the owner's coded complaint, what was being sewn and the technician's gauges apart from the diagnosis;
and street lights reported out or faulty in 6 causes a maintenance crew confuses (the lamp or LED module, the
photocell or node, the ballast or driver, an underground cable fault, vehicle or vandal damage, a supply or
feeder-pillar outage; a fuse in the column, a failed capacitor or igniter as its own cause, and a switched-off circuit
left out), described by the column's and the lantern's records, the report, the central management system's logs,
the neighbours, the weather and the crew's measures apart from the diagnosis. ``NEIGHBOURS`` names each set's
neighbour map (``TURF_NEIGHBOURS``, ``TERMITE_NEIGHBOURS``, ``SEWING_NEIGHBOURS``, ``STREETLIGHT_NEIGHBOURS``; written
from the fields as the author knew them and committed, with the class names, rows and limits, before any generator
was written or ran: commit 794c8852; no pair added after). Each generator is deterministic (its own fixed seed) and
returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by
name (``load(name, seed)``, ``--sets turf7,termite5,sewing6,streetlight6``, ``--data round108``).

The author opened only: ``docs/data-authors.md`` (all, with ``cat``, after ``date`` and ``git status | head -5``; not
edited); ``benchmarks/data_quality_round106.py`` (all, with ``cat`` after a ``wc -l`` of it, its tests, the common
helpers and ``tests/round_checks.py``; the display left out lines 142-334, then ``sed -n 142,334p``; not edited);
``tests/test_data_quality_round106.py``, ``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py``
(all, with ``cat`` in one command; not edited); round 30's module docstring (printed through ``ast``, whole) and the
first 2,000 characters of rounds 104's, 105's and 106's modules (``head -c 2000``, in the same command);
``/tmp/s55/setnames108.txt`` (as above); ``benchmarks/data_quality_actions.py`` through a ``grep -n`` of round106 or
ROUND106 piped through ``grep -v BLIND_ROUND`` (hits 146, 208 and 566, in the command that read the names), then
lines 143-148, 203-209 and 563-569 (``sed -n`` through ``grep -v BLIND_ROUND``; ``BLIND_ROUND``'s value was not
printed), edited with a Python string replacement, each old string asserted to occur once (the import after round
106's, the ``ROUNDS`` entry ``108: ROUND108_GENERATORS`` after 106's, the help's round106 / round 106's;
``BLIND_ROUND`` and its comment not touched; checked with ``sed -n`` of lines 143-148, 205-211 and 565-570 (through
``grep -v BLIND_ROUND``), an import of ``ROUNDS[108]``'s names, ``round_of`` and ``split`` of one name each, and ``git
diff --numstat``, 5 lines added, 3 removed); ``tests/test_architecture.py`` lines 1-110 (``sed -n``, in the command
that printed the registration lines). No ``git log`` ran before this branch's first commit (after it only ``git log
--oneline main..HEAD``; ``git status``, ``git diff --numstat`` of the worktree's own changes). The neighbour maps were
checked with ``round_checks.check_neighbours`` (and the rows' sums and shares) before the first commit. Before the
generators' commit (abbb16c8, with the registration) the generators were run only to check that they ran, their
shapes, dtypes, finiteness, determinism, class counts, first rows and time; and once the pools' class counts of turf7
and termite5 were printed (a slip against round 106's practice, for an error: turf7's pool held 45 cases of band 9,
fewer than its 180 rows, so ``_keep`` failed; the density's and the colour's centres were raised from 6 to 7 and the
weeds' rate capped at 60 a plot (an overflow warning in ``_sig``, likely from it), before that commit; termite5's
pool was not changed). After it the MLP's figures (train and test, seeds 0 and 1), the baseline's error, the share
between neighbours, the eight commonest error pairs and the class error rates were printed once for all four sets;
turf7 and termite5 had their one change (below; commit ee371be9, committed before it was measured) and
were measured once after it. Then the class medians and means of every column (and the two unordered sets' categorical
shares) were printed once, and the baseline's exact error, share between neighbours and class error rates once more,
to write the tests and this docstring; no set was changed after. Slips: the tests' first draft held one line over
120 characters and read the nitrogen's class means as rising from band 1-3 to 4 (80.9 then 80.7 kg: fixed to the
bands 4-9 before the tests' commit); the first runs of the scratch script lacked ``PYTHONPATH`` (failed, rerun);
the generators' draft held a walrus in turf7's indexing and a dead term (``+ 0.25 * bait * 0``) in termite5's live
share, both removed before any run.
``pytest tests/test_architecture.py`` printed only the pass count; ``awk`` for lines over 120 characters ran only on
this module, its tests and ``data_quality_actions.py``; scratch scripts lay in ``/tmp/r108scratch`` (the author's
own, removed at the end). No function of the detector or the filter was called.

Public pages were searched (four searches of stored pages, read only as the searches' excerpts): the NTEP's guide and
seed companies' readings of it (turf quality on 1-9, 9 best, a summary of colour, density, texture, uniformity,
disease and vigour, subjective and rater-dependent, raters weighting density or colour differently, one score from
unlike plots); a survey of twelve NTEP scientists (6 the usual least acceptable score, one each 7, 5 or 4; density
and uniformity named most important; scores against an idealised plot or ranked within the trial); Kansas State's
NDVI studies (NDVI against visual quality r2 0.41-0.83, prediction intervals of 1.25-2.75 points, models per species,
year and mowing height, NDVI 4.5-7 % higher in high-mown plots); a handheld sensor against the evaluator (r 0.79-0.85
in bermudagrass); termite inspection (tapping and probing the usual tools; moisture meters find only high activity,
old dried damage not; an acoustic detector within a foot or two of feeding; wood at 15 % moisture or more likelier to
harbour termites; infrared for heat and moisture; a microwave motion sensor confirming movement, slowed by cool
conditions; Australia's standard inspection for subterranean termites); sewing machines' skipped stitches (lint in
the shuttle race, tension, the needle's timing, a damaged or wrong needle; timing a technician's job, diagnosed after
the rest are excluded; a needle blunt after 6-10 hours; a loose upper tension's loops on the wrong side; a thread too
thick for the needle's groove); street lights (a single light out usually the lamp, birds, the weather or
condensation; several in a row an underground cable's fault; day-burners reported by the public; a lamp's rising
starting voltage at end of life and cycling; a photocontroller diagnosing cycling from the load; a ballast checked by
the mains and the open-circuit voltage after swapping the lamp and starter). No page gave the bands', the grades' or
the causes' shares, or any record's values by class.

The rest is the author's own reading of the fields, not checked: every number of the turf pool (the species' shares
and own mowing heights, the cultivars' merits 0.5 and 0.45, the prior year's record, the nitrogen's five rates and
effects (0.8 and 1.2 a doubling), irrigation's and traffic's shares and effects, the sites' heat, the months' law,
the rain's, the heat stress's (0.12 a degree over 29 C), the dormancy's (April, May, October), the disease's and the
weeds' laws, the quality's 0.55 / 0.45 weights and its unseen rest (0.2), the evaluator's habit at each site (0.3)
and error (0.3), the measures' laws and errors; the shares kept, 10 / 13 / 17 / 19 / 19 / 14 / 8 %); every number of
the termite pool (the houses' ages, the constructions', positions', woods', soils' shares, the barrier's and the
bait's, the leak's and the lining's, the reach's logistic law, the years fed, the woods' rates (12, 4, 5 % a year),
the live share 0.8 and its fall after a recent treatment, the activity's law (0.3, log), the measures' laws, the
mud tubes', the inspector's lining factor 0.35, habit 0.2 and error 0.2 (log), the grazing's up to 3 %; the shares
kept, 24 / 21 / 20 / 19 / 16 %); every number in ``SEWING_COMPLAINT``, ``SEWING_MODEL``, ``SEWING_TABLE`` and
``SEWING_KINDS`` and the machine's use's leans (the shares kept, 20 / 19 / 14 / 15 / 17 / 16 %); every number in
``STREETLIGHT_COMPLAINT``, ``STREETLIGHT_SOURCE``, ``STREETLIGHT_TABLE`` and ``STREETLIGHT_KINDS`` and the column's
ageing's leans (the shares kept, 21 / 17 / 18 / 14 / 12 / 19 %). The helpers imported from round 5 (``main``,
``ordinal_neighbours``) are used as round 106 uses them (``main`` was not run); ``_keep``, ``_pull``, ``_sig`` and
``_draw`` are imported from ``benchmarks/data_quality_round_common.py`` as round 106 imports them (``_sig`` used here
by turf7's green cover). No detector or filter ran on these sets, and the benchmark did not; the difficulty below and
the tests' baseline were computed with sklearn directly (``tests/round_checks.py`` and a scratch script with the same
calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set           rows   classes (rows each)                                MLP train / test %, seed 0 | 1  10-NN %  between
turf7         2,160  7 (220 / 280 / 360 / 420 / 400 / 300 / 180), ordered 70.1 / 59.8 | 70.0 / 62.0     49.4     90 %
termite5      2,140  5 (520 / 460 / 420 / 400 / 340), ordered          65.9 / 60.0 | 65.0 / 58.5       49.3     71 %
sewing6       2,140  6 (420 / 400 / 300 / 320 / 360 / 340)              78.6 / 75.0 | 74.8 / 71.4       31.5     88 %
streetlight6  2,140  6 (440 / 360 / 380 / 300 / 260 / 400)              85.7 / 77.8 | 81.2 / 79.1       30.0     94 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase: a scaled 10-neighbour
baseline errs on 49.4 / 49.3 / 31.5 / 30.0 % of their rows. The generators were committed before any measure (commit
abbb16c8). The aims: MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between
documented neighbours. sewing6 and streetlight6 met them as first measured and were not changed. turf7 and termite5
missed at the first measure (turf7: MLP 49.4 / 48.5 % test, baseline 52.1 %, 81 % between; termite5: MLP 51.4 / 54.2
%, baseline 56.0 %, 63 % between) and had their one change each, chosen before it was measured and not measured in
variants: in turf7 the plot's unseen uniformity from 0.3 to 0.2, the green cover's law from ``_sig((density - 4) /
1)`` with an error of 4 points to ``_sig((density - 5.5) / 1.5)`` with 3 (it had saturated in the good bands), the
colour index's error from 0.03 to 0.015 and the NDVI's from 0.03 to 0.015; in termite5 the live share of the attacked
members from 0.65 to 0.8, the activity's spread from 0.5 to 0.3 (log), the moisture's error from 2 to 1.5 points and
the inspector's error from 0.3 to 0.2 (log; the habit's 0.2 kept). After it termite5 meets the MLP's aim with seed 0
(60.0 %) and misses it with seed 1 (58.5 %), turf7 misses it with seed 0 (59.8 %) and meets it with seed 1 (62.0 %);
both meet the neighbours' aim and miss the baseline's (49.4 and 49.3 %); both are kept and said so: in the graded
sets a scaled 10-neighbour vote reads many weak columns (the site, the month, the rain, the traffic, the mowing; the
house's age, the construction, the soil, the bait, the leak) as much as the few that carry the grade (the NDVI, the
cover, the colour index; the acoustic counts, the microwave signal, the moisture), a one-point band on a rating whose
error and unseen rest come to about 0.45 point leaves every band two neighbours, and old dried termite damage shows
no activity at all. turf7 errs on 49 %, 90 % of its errors between adjacent bands (``TURF_NEIGHBOURS``): 6 with 7 19 %
of them, 5 with 6 17 %, 7 with 8 16 %, 4 with 5 15 %, 8 with 9 12 %, 1-3 with 4 11 % (7 with 9 and 6 with 8, two
apart, 3 % each); band 9 errs most (63 %), 1-3 least (34 %). termite5 errs on 49 %, 71 % between adjacent grades
(``TERMITE_NEIGHBOURS``): surface with light 21 % of them, none with surface 20 %, light with moderate 17 %, moderate
with severe 14 % (none with light 8 %, surface with moderate 7 %, none with moderate 6 %, none with severe 4 %: old
dried damage and lined members read as sound); light errs most (71 %), moderate next (70 %), none least (17 %).
sewing6 errs on 32 %, 88 % between causes technicians confuse (``SEWING_NEIGHBOURS``): the needle with a burred hook
22 % of them, the needle with the tension 14 %, the needle with the timing 13 %, the tension with the hook 10 %, the
timing with the hook 9 %, the tension with the feed 8 %, the feed with the motor 8 % (the hook with the motor 3 %, not
neighbours); the hook errs most (67 %), the motor least (14 %). streetlight6 errs on 30 %, 94 % between causes crews
confuse (``STREETLIGHT_NEIGHBOURS``): the lamp with the driver 38 % of them, the cable with the supply 24 %, the lamp
with the photocell 9 %, the photocell with the driver 9 %, the lamp with damage 5 %, the cable with damage 5 %, the
driver with the cable 5 % (the driver with damage 3 %, not neighbours); the driver errs most (47 %), the supply least
(20 %). Slips kept as committed: in turf7 the traffic's and the month's medians are the same in every band (0; 7),
the irrigation's 1 but for band 9, the week's heat differs little (medians 23.8-25.7 C), the cultivar's record
rises only from 5.8 to 6.4 and the nitrogen's class mean is no higher at 4 than at 1-3; in termite5 the years since
the barrier's median is lower at surface (6.8) than at none (13.5) (damage since a recent barrier is short), the
bait's, the leak's and the lining's medians are 0 and the soil's 1 in every grade, and sound members sit higher (the
studs and frames: median 115 cm against about 50); in sewing6 the knit's and the knock's medians are 0 in every
cause, the needle's size hardly differs (80-85 Nm); in streetlight6 the storm's median is 0 in every cause, the
days since the visit differ little (medians 753-1,015), and the lamp's and the photocell's insulation medians (114 and
125 MOhm) are below their table's 150 (the ageing's lean and the pull).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine whose load average was about 3.4):
the 19 tests' whole ``pytest`` run reports 5.79 s, then 8.42 s and 4.94 s (``--durations``: the slowest calls the
MLP fits, 0.41, 0.37 and 0.36 s): within the 6 s aim twice, over it once, kept and said. ``pytest
tests/test_architecture.py`` passed (235).
The scratch folder was removed at the end.
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


# ---------------------------------------------------------------------- turf7: a trial plot's turf quality band
#: the 7 classes of ``turf7`` (a plot of a turfgrass cultivar in a trial, by the band of the NTEP 1-9 visual turf
#: quality rating the evaluator gave walking the plots; 1 dead or bare, 6 the usual least acceptable, 9 ideal), the
#: poorest first
TURF_CLASSES = ("1-3 (poor: thin, bare or brown, weedy or diseased)", "4 (below acceptable)",
                "5 (marginal: thin or off-colour in part)", "6 (least acceptable for a lawn)",
                "7 (good: dense, uniform, green)", "8 (very good)", "9 (ideal: dense, fine, dark green, uniform)")
TURF_ROWS = (220, 280, 360, 420, 400, 300, 180)
#: the lower limits of the bands 4 .. 9 on the evaluator's rating (a whole number on the 1-9 scale, read from the
#: evaluator's continuous impression rounded to the nearest whole) that the band takes
TURF_LIMITS = (3.5, 4.5, 5.5, 6.5, 7.5, 8.5)
#: the band above and below each (evaluators differ mostly by one point: the weight each gives density, colour,
#: texture and uniformity, the light and the time of day, the plots seen just before, the evaluator's own habit)
TURF_NEIGHBOURS = ordinal_neighbours(len(TURF_CLASSES))
#: what the rating is given from: the label's basis, not columns
TURF_RATING = ("the evaluator's overall impression walking the plots: density, colour, texture, uniformity and "
               "the bare, diseased or weedy share, against an idealised plot (9) or the trial's best",
               "the evaluator's own habit (a strict or a lenient rater, the weight given colour against density) "
               "and the light on the day")


# ---------------------------------------------------------------------- termite5: a timber member's damage grade
#: the 5 classes of ``termite5`` (a timber member in a house inspected for subterranean termites, by the damage grade
#: the inspector gave after sounding and probing), the least first
TERMITE_CLASSES = ("none (sound: no galleries or hollow sound)",
                   "surface (galleries or grazing on the surface only, the section intact)",
                   "light (some galleries in the wood, under a quarter of the section lost)",
                   "moderate (a quarter to a half of the section lost: repair or reinforce)",
                   "severe (more than half the section lost: replace the member)")
TERMITE_ROWS = (520, 460, 420, 400, 340)
#: the lower limits of surface .. severe on the inspector's estimate of the section lost (%) from sounding and
#: probing that the grade takes
TERMITE_LIMITS = (2.0, 10.0, 25.0, 50.0)
#: the grade above and below each (inspectors differ mostly by one grade: the thin veneer termites leave hiding the
#: galleries, paint and linings, the probe's reach, old dried damage against live, the inspector's own habit)
TERMITE_NEIGHBOURS = ordinal_neighbours(len(TERMITE_CLASSES))
#: what the grade is given from: the label's basis, not columns
TERMITE_GRADING = ("the inspector's sounding (tapping for a hollow note) and probing (a screwdriver or a probe "
                   "pushed into soft or hollow wood) along the member, judging the section lost",
                   "the inspector's own habit (a cautious or a lenient grader) and how much of the member could be "
                   "reached and seen (linings, paint, insulation, a low crawlspace)")


# ---------------------------------------------------------------------- sewing6: a sewing machine's cause of fault
#: the 6 classes of ``sewing6`` (a domestic sewing machine brought for repair, by the cause the technician diagnosed)
SEWING_CLASSES = ("needle trouble (bent, blunt, set wrong, or the wrong size or point for the fabric and thread)",
                  "tension out (the upper tension's discs or spring, or the bobbin case's spring, mis-set or fouled)",
                  "hook timing knocked out (the hook's point no longer meets the needle's scarf in time)",
                  "bobbin case or hook burred or damaged (a needle strike's burr shredding or catching the thread)",
                  "feed dogs clogged with lint or misadjusted (too low, or the feed's timing or the foot's pressure)",
                  "motor, belt or foot controller failing (worn brushes, a slipping belt, a failing speed control)")
SEWING_ROWS = (420, 400, 300, 320, 360, 340)
#: the causes technicians confuse (symmetric): the needle against the tension (thread breaks and loops from a wrong
#: needle or a thread too thick for it), against the timing (skipped stitches: a bent needle the hook misses, as a
#: hook out of time does) and against the bobbin case or hook (shredding and breaks from a burred needle's eye or the
#: burred hook it struck); the tension against the bobbin case (loops underneath from a bobbin case's damaged spring)
#: and against the feed (puckering, stitches piling when the feed is weak); the timing against the hook (the needle
#: strike that knocked the timing out also burred the hook) and against the motor (a hook jammed and out of time
#: stalling the motor, "runs slow"); the feed against the motor (fabric that will not feed and a machine too weak to
#: push a heavy seam)
SEWING_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 3, 4), 2: (0, 3, 5), 3: (0, 1, 2), 4: (1, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- streetlight6: a street light's cause of fault
#: the 6 classes of ``streetlight6`` (a street light reported out or faulty, by the cause the maintenance crew
#: diagnosed)
STREETLIGHT_CLASSES = ("lamp or LED module failed (end of life: the lamp cycling or out, the LED module's string open)",
                       "photocell or control node failed (stuck on by day, stuck off, or switching on and off)",
                       "ballast, igniter or LED driver failed (no output, flicker or dim, often after surges)",
                       "underground cable fault (a joint or the cable failed: several columns out, the insulation low)",
                       "vehicle or vandal damage (the column struck or leaning, the door open, the bowl broken)",
                       "supply or feeder-pillar outage (the network's supply, a fuse or the pillar's contactor)")
STREETLIGHT_ROWS = (440, 360, 380, 300, 260, 400)
#: the causes crews confuse (symmetric): the lamp against the photocell (a lamp cycling at end of life reads as a
#: photocell switching, a photocell stuck off as a dead lamp), against the driver (both out or flickering: the crew
#: swaps the lamp first) and against damage (a bowl and lamp broken by a stone); the photocell against the driver
#: (a node's dimming command and the driver's fault both read as dim or flickering, day-burning from a driver's
#: failed control input); the driver against the cable (a low insulation tripping the driver, surges on a failing
#: cable); the cable against damage (a struck column's cable cut or its joint damaged) and against the supply (a run
#: of columns out, no voltage at the column)
STREETLIGHT_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 2), 2: (0, 1, 3), 3: (2, 4, 5), 4: (0, 3), 5: (3,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"turf7": TURF_NEIGHBOURS, "termite5": TERMITE_NEIGHBOURS, "sewing6": SEWING_NEIGHBOURS,
              "streetlight6": STREETLIGHT_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("turf7", "termite5")


def turf7():
    """Plots of turfgrass cultivars in trials, with the band of the NTEP 1-9 visual turf quality rating the evaluator
    gave walking the plots in 7 bands (``TURF_CLASSES``; the rating against ``TURF_LIMITS``, ``TURF_RATING`` the
    label's basis and not columns), as the plot's records, the weather and simple measures apart from the rating
    describe them. The plot's true quality is unseen: its density and its colour (each about 7 on the scale), the
    cultivar's own merit in each (0.5 and 0.45), raised by the nitrogen (0.8 and 1.2 a doubling), lowered by traffic
    (a cool-season grass's 0.8, a warm-season's 0.4), a mowing height below the species' own, heat and drought in
    a cool-season grass (a degree over 29 C of the week's maxima 0.12, worse unirrigated and dry), a warm-season
    grass's dormancy in the cool months (April, May and October), the disease (its severity lognormal, brown patch
    in heat and high nitrogen, dollar spot at low nitrogen) and the weeds (thin unirrigated plots); the overall
    quality 0.55 density, 0.45 colour and the plot's unseen uniformity and texture (0.2). The evaluator's rating
    reads it with the evaluator's habit at each site (0.3) and the day's error (0.3). The green cover share follows
    the density, the dark green colour index the colour (and the species' own shade), the NDVI both with the mowing
    height (a taller canopy reads greener) and the meter's error; the clippings the nitrogen, the water and the
    month; the soil moisture the irrigation, the rain and the heat. Columns: the species (0 Kentucky bluegrass, 1
    tall fescue, 2 perennial ryegrass, 3 bermudagrass, 4 zoysiagrass), the cultivar's mean quality in the trial's
    previous year, the mowing height (mm), the nitrogen (kg N/ha a year), the irrigation (0 none, 1 deficit, 2 full),
    traffic (0/1), the site (0-3), the month (4-10), the week's mean maximum temperature (C), the rain in the 14
    days before (mm), the NDVI, the green cover (%), the dark green colour index, the clippings (g/m2 a day), the
    soil moisture (% by volume), the disease spots counted in the plot, the weeds counted in the plot (17).
    Imbalanced: 220 / 280 / 360 / 420 / 400 / 300 / 180 rows (2,160)."""
    rng = np.random.default_rng(108101)
    n = 200000
    species = (rng.random(n)[:, None] > np.cumsum([0.3, 0.25, 0.15, 0.2])).sum(1)
    warm = species >= 3
    merit_d = 0.5 * rng.normal(0, 1, n)
    merit_c = 0.45 * rng.normal(0, 1, n)
    prior = np.round(np.clip(6.0 + 0.7 * merit_d + 0.6 * merit_c + 0.35 * rng.normal(0, 1, n), 2, 9), 1)
    own_height = np.array([50.0, 65.0, 45.0, 20.0, 25.0])[species]
    mowing = np.round(own_height * np.exp(0.25 * rng.normal(0, 1, n)))
    nitrogen = rng.choice([50.0, 100.0, 150.0, 200.0, 250.0], n)
    irrigation = (rng.random(n)[:, None] > np.cumsum([0.3, 0.3])).sum(1)
    traffic = (rng.random(n) < 0.3).astype(float)
    site = rng.integers(0, 4, n)
    month = rng.integers(4, 11, n)
    summer = np.exp(-((month - 7.3) / 1.8) ** 2)
    temp = np.round(18 + np.array([0.0, 3.0, -2.0, 6.0])[site] + 12 * summer + 2.5 * rng.normal(0, 1, n), 1)
    rain = np.round(np.where(rng.random(n) < 0.15, 0, 30 * np.exp(0.8 * rng.normal(0, 1, n))), 1)
    dry = np.maximum(0, 1 - rain / 40) * np.array([1.0, 0.6, 0.1])[irrigation]
    heat = np.maximum(temp - 29, 0) * (~warm)
    dormant = warm * np.isin(month, (4, 5, 10)) * (1 + 0.5 * (month == 4))
    disease = np.exp(-1.0 + 0.08 * heat * 8 / 3 + 0.6 * np.log(nitrogen / 150) * (species <= 2) * (temp > 24)
                     - 0.5 * np.log(nitrogen / 150) * (temp <= 24) + 0.6 * rng.normal(0, 1, n))  # unseen severity
    low_cut = np.maximum(0, np.log(own_height / mowing))
    dens = (7.0 + merit_d + 0.8 * np.log2(nitrogen / 100) - traffic * np.where(warm, 0.4, 0.8) - 2.0 * low_cut
            - 0.12 * heat * (1 + dry) - 1.0 * dry * (~warm) - 0.6 * disease - 0.8 * dormant
            + 0.35 * rng.normal(0, 1, n))
    weeds = rng.poisson(np.minimum(np.exp(0.5 - 0.45 * (dens - 6) + 0.3 * (irrigation == 0)), 60)).astype(float)
    dens = dens - 0.08 * weeds
    colour = (7.0 + merit_c + 1.2 * np.log2(nitrogen / 100) - 0.6 * dry - 0.1 * heat - 0.5 * disease
              - 2.0 * dormant + 0.35 * rng.normal(0, 1, n))
    quality = 0.55 * dens + 0.45 * colour + 0.2 * rng.normal(0, 1, n)
    habit = 0.3 * rng.normal(0, 1, 4)
    rating = np.clip(quality + habit[site] + 0.3 * rng.normal(0, 1, n), 1, 9)
    label = np.digitize(rating, TURF_LIMITS)
    cover = np.round(np.clip(100 * _sig((dens - 5.5) / 1.5) + 3 * rng.normal(0, 1, n), 0, 100), 1)
    shade = np.array([0.02, 0.0, -0.02, -0.01, 0.01])[species]
    dgci = np.round(np.clip(0.3 + 0.04 * colour + shade + 0.015 * rng.normal(0, 1, n), 0.1, 0.9), 3)
    ndvi = np.round(np.clip(0.5 + 0.025 * dens + 0.02 * colour + 0.002 * (mowing - 40) + 0.015 * rng.normal(0, 1, n),
                            0.1, 0.95), 3)
    clippings = np.round(np.clip(2.0 * (nitrogen / 150) ** 0.7 * (1 + 0.5 * summer) * (1 - 0.5 * dry)
                                 * np.exp(0.35 * rng.normal(0, 1, n)), 0.1, 20), 2)
    moisture = np.round(np.clip(14 + 5 * irrigation + 0.12 * rain - 0.3 * (temp - 25) + 3 * rng.normal(0, 1, n),
                                3, 45), 1)
    spots = rng.poisson(6 * disease).astype(float)
    keep = _keep(rng, label, TURF_ROWS)
    x = np.column_stack([species, prior, mowing, nitrogen, irrigation, traffic, site, month, temp, rain, ndvi, cover,
                         dgci, clippings, moisture, spots, weeds])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def termite5():
    """Timber members in houses inspected for subterranean termites, with the damage grade the inspector gave after
    sounding and probing in 5 grades (``TERMITE_CLASSES``; the inspector's estimate of the section lost against
    ``TERMITE_LIMITS``, ``TERMITE_GRADING`` the label's basis and not columns), as the house's and the member's
    records, the moisture meter and simple measures apart from the grade describe them. The member's attack is
    unseen: a colony's reach (a chance rising with the house's age, a suspended floor's or a slab's edge, sandy soil,
    the member near the ground, wet wood, untreated pine, falling with treated pine or a hardwood, a recent barrier
    and a bait station) and, when reached, the years fed (a share of the years since the last barrier) at the
    member's own rate; the section lost rises with the years fed, to 100 %. A live colony (0.8 of the attacked
    members, fewer after a recent treatment) raises the moisture, the acoustic counts, the microwave signal and the
    thermal anomaly; old damage dried out shows none. The mud tubes counted near follow the attack and the ground's
    contact. The inspector sees the section lost through the veneer termites leave (the surface alone under-read
    in a lined or painted member) with the inspector's own habit (0.2, log) and error (0.2, log). Columns: the
    house's age (years), the construction (0 slab on ground, 1 suspended timber floor, 2 raised on piers), the
    member's position (0 bottom plate or sill, 1 bearer or joist, 2 wall stud, 3 door or window frame, 4 roof
    timber), the wood (0 untreated pine, 1 treated pine, 2 hardwood), the soil (0 sand, 1 loam, 2 clay), the years
    since the last barrier treatment (30 when never), a bait station (0/1), a plumbing or gutter leak near (0/1),
    the member lined or painted (0/1), the moisture content (%), the acoustic emissions (counts a minute), the
    microwave motion signal (0-100), the thermal anomaly (C), the mud tubes within 2 m (count), the height above
    the ground (cm) (15). Imbalanced: 520 / 460 / 420 / 400 / 340 rows (2,140)."""
    rng = np.random.default_rng(108202)
    n = 200000
    age = np.round(np.clip(30 * np.exp(0.6 * rng.normal(0, 1, n)), 1, 120))
    build = (rng.random(n)[:, None] > np.cumsum([0.45, 0.35])).sum(1)
    position = (rng.random(n)[:, None] > np.cumsum([0.25, 0.2, 0.25, 0.15])).sum(1)
    wood = (rng.random(n)[:, None] > np.cumsum([0.5, 0.3])).sum(1)
    wood = np.where((age < 25) & (rng.random(n) < 0.5), 1, wood)  # newer houses framed in treated pine
    soil = (rng.random(n)[:, None] > np.cumsum([0.35, 0.4])).sum(1)
    since = np.round(np.where(rng.random(n) < 0.35, 30, np.clip(8 * np.exp(0.8 * rng.normal(0, 1, n)), 0.2, 30)), 1)
    bait = (rng.random(n) < 0.15).astype(float)
    leak = (rng.random(n) < 0.15).astype(float)
    lined = (rng.random(n) < np.array([0.2, 0.2, 0.7, 0.8, 0.1])[position]).astype(float)
    height = np.round(np.clip(np.array([10.0, 45.0, 120.0, 150.0, 280.0])[position]
                              + np.array([0.0, 30.0, 60.0])[build] * (position <= 1) + 10 * rng.normal(0, 1, n),
                              0, 400))
    wet = leak + 0.5 * (build == 1) * (position == 1)
    reach = _sig(-2.4 + 0.02 * np.minimum(age, 80) + np.array([0.4, 0.3, -0.3])[build] + np.array([0.5, 0, -0.3])[soil]
                 - 0.012 * height + 0.9 * wet - np.array([0.0, 1.2, 0.9])[wood] - 1.4 * np.exp(-since / 5)
                 - 0.8 * bait)
    attacked = rng.random(n) < reach
    fed = since * rng.beta(1.5, 1.5, n)
    rate = np.array([12.0, 4.0, 5.0])[wood] * np.exp(0.8 * rng.normal(0, 1, n) + 0.4 * wet)  # % a year
    loss = np.where(attacked, np.clip(rate * fed, 0, 100), 0.0)  # unseen: the section lost (%)
    live = attacked & (rng.random(n) < 0.8 * (1 - 0.6 * np.exp(-since / 3)))
    activity = live * np.sqrt(np.maximum(loss, 3)) * np.exp(0.3 * rng.normal(0, 1, n))
    moisture = np.round(np.clip(12 + 8 * leak + 2 * (build == 1) + 1.2 * activity + 1.5 * rng.normal(0, 1, n), 6, 60),
                        1)
    acoustic = rng.poisson(0.5 + 3 * activity * np.exp(-0.3 * lined)).astype(float)
    microwave = np.round(np.clip(5 + 8 * activity + 6 * rng.normal(0, 1, n), 0, 100))
    thermal = np.round(np.clip(0.3 * activity + 0.5 * leak + 0.4 * rng.normal(0, 1, n), -2, 8), 1)
    tubes = rng.poisson(attacked * (0.5 + 0.03 * loss) * np.exp(-height / 80) * (1 + live)).astype(float)
    seen = (loss * (1 - 0.35 * lined) * np.exp(0.2 * rng.normal(0, 1, n) + 0.2 * rng.normal(0, 1, n))
            + attacked * 3 * rng.random(n))
    label = np.digitize(seen, TERMITE_LIMITS)
    keep = _keep(rng, label, TERMITE_ROWS)
    x = np.column_stack([age, build, position, wood, soil, since, bait, leak, lined, moisture, acoustic, microwave,
                         thermal, tubes, height])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``sewing6``, the chances of the owner's coded complaint (0 skipped stitches, 1 thread breaks, 2 loops
#: underneath, 3 fabric will not feed, 4 jams, 5 runs slow)
SEWING_COMPLAINT = np.array([[0.45, 0.30, 0.08, 0.03, 0.12, 0.02], [0.10, 0.25, 0.50, 0.03, 0.10, 0.02],
                             [0.60, 0.08, 0.07, 0.02, 0.18, 0.05], [0.15, 0.40, 0.15, 0.02, 0.25, 0.03],
                             [0.05, 0.05, 0.12, 0.55, 0.15, 0.08], [0.03, 0.02, 0.02, 0.25, 0.10, 0.58]])
#: per cause of ``sewing6``, the chances of the machine's kind (0 a vintage all-metal machine, 1 a modern mechanical
#: one, 2 a computerised one)
SEWING_MODEL = np.array([[0.20, 0.50, 0.30], [0.25, 0.50, 0.25], [0.20, 0.55, 0.25], [0.30, 0.45, 0.25],
                         [0.35, 0.45, 0.20], [0.55, 0.30, 0.15]])
#: per cause of ``sewing6``, the medians of the machine's records, what was being sewn and the technician's simple
#: measures: the machine's age (years), the hours sewn since its last service, the needle's hours in use, the needle's
#: size (Nm), the fabric's weight (g/m2), the thread (tex), a knit or stretch fabric (share), the bobbin tension's
#: departure from the maker's value on a gauge (gf), the upper tension's departure (gf), the hook timing's departure
#: (mm of the needle's rise off the maker's value), the needle-to-hook clearance (mm), the lint in the bobbin area
#: (mg), the feed dogs' height above the plate (mm), the motor's speed under load (stitches a minute), the needles
#: broken or struck in the last month (count), the machine dropped or knocked in transit (share)
SEWING_TABLE = np.array([
    # age  hours  nhrs  Nm    fabric  tex   knit  bob   upper timing clear lint   feed  speed  strike drop
    [12.0, 40.0, 25.0, 80.0, 250.0, 40.0, 0.45, 3.0, 10.0, 0.15, 0.25, 20.0, 1.0, 740.0, 1.5, 0.08],  # needle
    [12.0, 50.0, 8.0, 80.0, 180.0, 30.0, 0.20, 10.0, 35.0, 0.15, 0.10, 40.0, 1.0, 740.0, 0.3, 0.05],  # tension
    [10.0, 40.0, 8.0, 85.0, 300.0, 40.0, 0.20, 3.0, 10.0, 1.20, 0.20, 20.0, 1.0, 720.0, 1.5, 0.35],  # timing
    [14.0, 60.0, 10.0, 85.0, 280.0, 40.0, 0.20, 6.0, 12.0, 0.30, 0.12, 30.0, 1.0, 730.0, 2.5, 0.15],  # hook burr
    [15.0, 150.0, 10.0, 80.0, 200.0, 30.0, 0.25, 4.0, 12.0, 0.15, 0.10, 250.0, 0.55, 700.0, 0.3, 0.05],  # feed
    [25.0, 120.0, 10.0, 90.0, 350.0, 40.0, 0.15, 3.0, 10.0, 0.20, 0.10, 60.0, 0.95, 420.0, 0.3, 0.05],  # motor
])
SEWING_LOGS = [0, 1, 2, 4, 5, 7, 8, 9, 10, 11, 14]
SEWING_KINDS = [("log", 0.5, 0.2), ("log", 0.7, 0.3), ("log", 0.8, 0), ("norm", 8.0, 0), ("log", 0.4, 0),
                ("log", 0.3, 0), ("share", 0, 0), ("log", 0.6, 0), ("log", 0.6, 0), ("log", 0.6, 0),
                ("log", 0.5, 0), ("log", 0.8, 0.2), ("norm", 0.15, 0), ("norm", 90.0, 0), ("count", 0.6, 0),
                ("share", 0, 0)]


def sewing6():
    """Domestic sewing machines brought for repair, in 6 causes technicians confuse (``SEWING_CLASSES``), labelled by
    the technician's diagnosis, as the machine's model and age, the owner's coded complaint, what was being sewn and
    the technician's simple measures apart from it describe them. Each cause has its picture (``SEWING_COMPLAINT``,
    ``SEWING_MODEL``, ``SEWING_TABLE``): a needle "skipped stitches" or "thread breaks", a needle long in use, knits,
    the needle-to-hook clearance off (a bent needle), strikes; the tension "loops underneath", both gauges' departures,
    light fabric and fine thread; the timing "skipped stitches" and jams after a knock, the timing's departure, heavy
    fabric; a burred hook or bobbin case "thread breaks" and jams after needle strikes, the bobbin's departure; the feed
    "will not feed" on an old machine long unserviced, its lint and the feed dogs set low; the motor, belt or control
    "runs slow" and "will not feed" on an old vintage machine with heavy fabric, its speed under load low. Unseen: the
    machine's use (one per-row factor raising its age, the hours since the service and the lint). Columns: the
    complaint (0 skipped stitches, 1 thread breaks, 2 loops underneath, 3 will not feed, 4 jams, 5 runs slow), the
    kind (0 vintage all-metal, 1 modern mechanical, 2 computerised), then the table's 16 (the age to a tenth within
    0.5-60 years, the hours to the unit within 1-2,000, the needle's hours to a tenth within 0.2-200, the size to 5
    within 60-120 Nm, the fabric to the unit within 30-800 g/m2, the thread to the unit within 10-120 tex, the knit
    0/1, the bobbin's departure to a tenth within 0.2-80 gf, the upper's to the unit within 1-150 gf, the timing's to
    a hundredth within 0.02-5 mm, the clearance to a hundredth within 0.01-2 mm, the lint to the unit within 1-3,000
    mg, the feed dogs to a hundredth within 0-2 mm, the speed to the unit within 100-1,200, the strikes as drawn (at
    most 50), the knock 0/1) (18). Imbalanced: 420 / 400 / 300 / 320 / 360 / 340 rows (2,140)."""
    rng = np.random.default_rng(108303)
    y = rng.permutation(np.repeat(np.arange(len(SEWING_CLASSES)), SEWING_ROWS))
    complaint = (rng.random(len(y))[:, None] > np.cumsum(SEWING_COMPLAINT[y], 1)[:, :5]).sum(1).astype(float)
    model = (rng.random(len(y))[:, None] > np.cumsum(SEWING_MODEL[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(SEWING_TABLE, SEWING_NEIGHBOURS, 0.3, SEWING_LOGS)[y]
    x = _draw(rng, t, SEWING_KINDS, rng.normal(0, 1, len(y)))
    x[:, 3] = 5 * np.round(np.clip(x[:, 3], 60, 120) / 5)
    for j, low, high, digits in ((0, 0.5, 60, 1), (1, 1, 2000, 0), (2, 0.2, 200, 1), (4, 30, 800, 0), (5, 10, 120, 0),
                                 (7, 0.2, 80, 1), (8, 1, 150, 0), (9, 0.02, 5, 2), (10, 0.01, 2, 2), (11, 1, 3000, 0),
                                 (12, 0, 2, 2), (13, 100, 1200, 0), (14, 0, 50, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([complaint, model, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``streetlight6``, the chances of the report's coded complaint (0 out, 1 day-burning, 2 flickering or
#: cycling, 3 dim, 4 leaning or damaged)
STREETLIGHT_COMPLAINT = np.array([[0.70, 0.02, 0.20, 0.06, 0.02], [0.35, 0.45, 0.15, 0.03, 0.02],
                                  [0.55, 0.05, 0.22, 0.16, 0.02], [0.80, 0.03, 0.10, 0.05, 0.02],
                                  [0.35, 0.02, 0.05, 0.03, 0.55], [0.90, 0.03, 0.04, 0.02, 0.01]])
#: per cause of ``streetlight6``, the chances of the report's source (0 the public, 1 a night scout's patrol, 2 the
#: central management system's alarm)
STREETLIGHT_SOURCE = np.array([[0.35, 0.35, 0.30], [0.55, 0.30, 0.15], [0.30, 0.30, 0.40], [0.45, 0.25, 0.30],
                               [0.70, 0.25, 0.05], [0.50, 0.15, 0.35]])
#: per cause of ``streetlight6``, the medians of the column's and the lantern's records, the central management
#: system's logs, the neighbours' status, the weather and the crew's simple measures: the column's age (years), the
#: lantern's age (years), an LED lantern (share), the days since the last visit, the adjacent columns out (of 4),
#: the system's lamp-failure alarms in the last 30 days (count), its power-loss alarms (count), the hours burned by day
#: in the last week (h), the power drawn at night (% of rated), the voltage at the column (V), the insulation test
#: (MOhm), the rain in the 48 hours before (mm), the strongest gust (m/s), a storm or a surge logged in the week
#: (share), the column's lean (degrees), on a main traffic route (share)
STREETLIGHT_TABLE = np.array([
    # col  lant  led   visit  nbrs lampf power dayh  draw  volt   ins    rain gust  surge lean route
    [20.0, 5.0, 0.35, 900.0, 0.2, 3.0, 0.3, 0.5, 20.0, 234.0, 150.0, 2.0, 9.0, 0.08, 0.6, 0.45],  # lamp or module
    [20.0, 6.0, 0.45, 900.0, 0.2, 1.0, 0.3, 40.0, 80.0, 234.0, 150.0, 3.0, 9.0, 0.08, 0.6, 0.45],  # photocell, node
    [18.0, 4.0, 0.60, 700.0, 0.2, 2.0, 0.5, 1.0, 30.0, 236.0, 80.0, 3.0, 9.0, 0.30, 0.6, 0.45],  # ballast, driver
    [30.0, 8.0, 0.40, 1000.0, 2.5, 1.0, 4.0, 0.5, 5.0, 60.0, 0.5, 10.0, 9.0, 0.12, 0.6, 0.40],  # cable fault
    [20.0, 8.0, 0.40, 900.0, 0.4, 1.0, 1.5, 0.5, 10.0, 200.0, 20.0, 2.0, 11.0, 0.05, 6.0, 0.75],  # damage
    [25.0, 8.0, 0.40, 1000.0, 3.5, 0.5, 6.0, 0.5, 2.0, 10.0, 200.0, 4.0, 14.0, 0.15, 0.6, 0.50],  # supply outage
])
STREETLIGHT_LOGS = [0, 1, 3, 4, 5, 6, 7, 10, 11, 14]
STREETLIGHT_KINDS = [("log", 0.5, 0.3), ("log", 0.6, 0.2), ("share", 0, 0), ("log", 0.7, 0), ("count", 0.5, 0),
                     ("count", 0.6, 0), ("count", 0.6, 0), ("log", 1.0, 0), ("norm", 18.0, 0), ("norm", 45.0, 0),
                     ("log", 1.0, -0.3), ("log", 1.0, 0), ("norm", 3.0, 0), ("share", 0, 0), ("log", 0.7, 0),
                     ("share", 0, 0)]


def streetlight6():
    """Street lights reported out or faulty, in 6 causes maintenance crews confuse (``STREETLIGHT_CLASSES``), labelled
    by the crew's diagnosis, as the column's and the lantern's records, the report's source and coded complaint, the
    central management system's logs, the neighbours' status, the weather and the crew's simple measures apart from
    it describe them. Each cause has its picture (``STREETLIGHT_COMPLAINT``, ``STREETLIGHT_SOURCE``,
    ``STREETLIGHT_TABLE``): a lamp or LED module "out" or cycling, the system's lamp-failure alarms, little power
    drawn; a photocell or node "day-burning" reported by the public, hours burned by day, full power drawn; a ballast
    or driver "out", flickering or dim on an LED lantern after a storm's surge, the insulation lower; a cable fault
    a run of neighbours out on an old column after rain, power-loss alarms, little voltage, the insulation very low;
    damage "leaning or damaged" on a main route, the column leaning, a voltage at times cut; a supply outage the
    neighbours out, power-loss alarms, no voltage, gusts. Unseen: the column's ageing (one per-row factor raising the
    column's and the lantern's age and lowering the insulation). Columns: the complaint (0 out, 1 day-burning, 2
    flickering, 3 dim, 4 leaning or damaged), the source (0 public, 1 night scout, 2 the system's alarm), then the
    table's 16 (the column's age to the unit within 0.5-70 years, the lantern's to a tenth within 0.1-40, the LED 0/1,
    the days to the unit within 1-5,000, the neighbours out as drawn (at most 4), the alarms as drawn (at most 60),
    the hours by day to a tenth within 0-84, the power drawn to the unit within 0-130 %, the voltage to the unit
    within 0-255 V, the insulation to a hundredth within 0.01-999 MOhm, the rain to a tenth within 0-150 mm, the gust
    to a tenth within 0-40 m/s, the storm 0/1, the lean to a tenth within 0-45 degrees, the route 0/1) (18).
    Imbalanced: 440 / 360 / 380 / 300 / 260 / 400 rows (2,140)."""
    rng = np.random.default_rng(108404)
    y = rng.permutation(np.repeat(np.arange(len(STREETLIGHT_CLASSES)), STREETLIGHT_ROWS))
    complaint = (rng.random(len(y))[:, None] > np.cumsum(STREETLIGHT_COMPLAINT[y], 1)[:, :4]).sum(1).astype(float)
    source = (rng.random(len(y))[:, None] > np.cumsum(STREETLIGHT_SOURCE[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(STREETLIGHT_TABLE, STREETLIGHT_NEIGHBOURS, 0.3, STREETLIGHT_LOGS)[y]
    x = _draw(rng, t, STREETLIGHT_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.5, 70, 0), (1, 0.1, 40, 1), (3, 1, 5000, 0), (4, 0, 4, 0), (5, 0, 60, 0),
                                 (6, 0, 60, 0), (7, 0, 84, 1), (8, 0, 130, 0), (9, 0, 255, 0), (10, 0.01, 999, 2),
                                 (11, 0, 150, 1), (12, 0, 40, 1), (14, 0, 45, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([complaint, source, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND108`` lists them (the ordered sets first)
GENERATORS = {"turf7": turf7, "termite5": termite5, "sewing6": sewing6, "streetlight6": streetlight6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND108_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "turf7": (2160, 17, TURF_ROWS),
    "termite5": (2140, 15, TERMITE_ROWS),
    "sewing6": (2140, 18, SEWING_ROWS),
    "streetlight6": (2140, 18, STREETLIGHT_ROWS),
}
ROUND108 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
