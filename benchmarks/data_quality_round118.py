"""Round 118's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (``/tmp/s58/setnames118.txt``: every earlier
round's set names, read with ``head -3`` (its count line, "448 set names in rounds 5-116", and two names), ``grep -c
""`` (449 lines), a ``grep -c -x`` of each of the four names the lead gave (walnut4 0, jute5 0, espresso6 1,
excavator6 0) and one ``grep -n -i -E`` of the stems walnut, nut, jute, fibre, fiber, espresso, coffee, excavat,
hydraul and digger, which printed ``fibre8`` (line 89), ``coffeedef7`` (297), ``espresso6`` (381) and ``hazelnut4``
(443) (none opened); then, to rename the espresso set, a ``grep -c -x`` of espressorepair6, espressofix6 and
cafemachine6 (0 each) and a ``grep -n -i -E`` of cafe, repair, machine, amber, grade, bale and hull, which printed
``grade6`` (13) and ``hullfoul5`` (210); the file's other names were not read; the tests' ``check_registered``
confirms that no earlier round's ``GENERATORS`` holds them). **The slip of the names:** ``espresso6``, fixed by the
lead, is an earlier set's name (an import of ``benchmarks.data_quality_actions.ROUNDS`` printed that round 99's
``GENERATORS`` holds it, and that the registered rounds end at 114), so the benchmark could not load two sets of that
name; this round's espresso machines are ``espressorepair6`` (the lead's field, classes and columns; only the name
changed). The near ones: round 99's ``espresso6`` is likely an espresso machine's faults or a shot's extraction
classes (not opened; if the former, the nearest field to this round's, the same technicians); ``coffeedef7`` likely a
green coffee's defects; ``fibre8`` (and round 30's list's textile fibres) likely fibres' kinds, not a raw jute bale's
trade grade; ``hazelnut4`` likely another nut's grades or kinds (the nearest to walnut4; its basis not known);
``hullfoul5`` likely a ship's hull fouling (caught by the stem). The names' fields were fixed by the lead. Near ones
not checked: round 30's docstring names an earlier round's honey origins, wheat grades, coffee roast degrees, banana
ripening stages (other produce graded for sale), chiller faults, PV string faults and smart plugs (other machines'
faults); round 113's docstring names ``forklift6`` (another work machine, likely its faults). As in round 114, the two
graded sets simulate a pool of cases (200,000), label every case the way its field does and keep a fixed number of
each class (``_keep``, shuffled); the two unordered sets draw their classes' rows from a table of each class's
medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw`` draws the columns about them), with categorical
columns drawn from per-class tables of chances. Two sets have ORDERED classes (``ORDERED``): lots of shelled walnut
kernels a packer buys, in the 4 colour classes of the USDA walnut colour chart (extra light, light, light amber,
amber), labelled by the grader's reading of the lot's darker kernels against ``WALNUT_LIMITS`` on the author's
lightness scale (``WALNUT_GRADING``, not columns), described by the lot's records and the packer's simple measures
apart from the class; and bales of raw tossa jute a mill buys, in 5 of the trade's grades (TD-2 .. TD-6), labelled
by the best grade whose ``JUTE_LIMITS`` the selector's hand-and-eye judgement (a quality score, the root content and
the specks of the reeds it draws) meets, TD-6 where none (``JUTE_GRADING``, not columns), described by the bale's
records and the mill's simple measures apart from the grade. Two have UNORDERED classes: commercial espresso machines
a café equipment technician visits because the coffee is cold or slow or the machine leaks or stops, in 6 causes
technicians confuse (scale in the boiler or heat exchanger, a failed element, thermostat or pressurestat, a failing
pump or motor, a stuck or leaking solenoid valve, a worn group gasket or blocked shower screen, a failed flowmeter or
control board; the grinder, the water supply's pressure, the steam wand's valves and the barista left out); and
hydraulic excavators a plant-hire workshop repairs because they are slow, weak or jerky, in 6 causes mechanics
confuse (a worn main pump, a failing main or port relief valve, a leaking boom or arm cylinder seal, contaminated oil
or a clogged filter, a failing pilot system or joystick valve, a failing engine speed control or low engine power;
the swing and travel motors, the drive coupling, hoses and the electrics left out); each described by the machine's
records, its code, the coded complaint and the technician's or mechanic's measures apart from the diagnosis.
``NEIGHBOURS`` names each set's neighbour map (``WALNUT_NEIGHBOURS``, ``JUTE_NEIGHBOURS``, ``ESPRESSO_NEIGHBOURS``,
``EXCAVATOR_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows
and limits, before any generator was written or ran: commit 2c5a3393; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
walnut4,jute5,espressorepair6,excavator6``, ``--data round118``).

The author opened only: ``docs/data-authors.md`` (all, with ``cat``, after ``date`` and ``git status | head -5``; not
edited); ``benchmarks/data_quality_round114.py`` (all, with ``cat``; the display left out lines 140-348, then ``sed -n
138,348p``; not edited); ``tests/test_data_quality_round114.py``, ``benchmarks/data_quality_round_common.py`` and
``tests/round_checks.py`` (all, with ``cat`` in one command; not edited); round 30's module docstring (printed through
``ast``, cut at its first 3,000 characters by ``head -c``) and the first 2,000 characters of rounds 112's and 113's
modules (``head -c 2000``, in the same command as the name greps above; round 114's were read in its whole module);
``/tmp/s58/setnames118.txt`` (as above); ``benchmarks/data_quality_actions.py`` through a ``grep -n`` of round114 or
ROUND114 piped through ``grep -v BLIND_ROUND`` (hits 154, 224 and 582; in the command that imported ``ROUNDS``), then
lines 150-156, 220-226 and 579-584 (``sed -n`` through ``grep -v BLIND_ROUND``; ``BLIND_ROUND``'s value was not
printed), edited with a Python string replacement, each old string asserted to occur once (the import after round
114's, the ``ROUNDS`` entry ``118: ROUND118_GENERATORS`` after 114's, the help's round114 / round 114's;
``BLIND_ROUND`` and its comment not touched; checked with a ``grep -n`` of round118 or ROUND118 through ``grep -v
BLIND_ROUND`` (hits 155, 226, 584), an import of ``ROUNDS[118]``'s names, ``round_of`` and ``split`` of one name
each, and ``git diff --numstat``, 5 lines added, 3 removed); ``tests/test_architecture.py`` lines 1-110 (``sed -n``,
its lines cut at 160 characters and blank lines dropped). No ``git log`` ran before this branch's first commit (after
it only ``git log --oneline main..HEAD``; ``git status``, ``git diff --numstat`` of the worktree's own changes). The
neighbour maps were checked with ``round_checks.check_neighbours`` (and the rows' sums) before the first commit.
Before the generators' commit (306e40d2, with the registration) the generators were run only to check that they ran,
their shapes, dtypes, finiteness, determinism, class counts, first rows and time (the pools' class counts before
``_keep`` were not printed). After it the MLP's figures (train and test, seeds 0 and 1), the baseline's error, the
share between neighbours, the eight commonest error pairs and the class error rates were printed once for all four
sets; jute5 had its one change (below; committed before it was measured) and was measured once after it. Then the
class medians and means of every column (the ordered sets' water's or drying's shares, the unordered sets' commonest
value of each categorical column) and each set's first row were printed once, to write the tests and this
docstring; no set was changed after. Slips: the espresso set's name (above); a comment line over 120 characters in
the first commit (shortened in the generators' commit) and a docstring line over 120 characters in the change's
commit (rewrapped with the tests). ``pytest tests/test_architecture.py`` printed only the pass count; ``awk`` for
lines over 120 characters ran on this module, its tests and ``data_quality_actions.py``; scratch scripts lay in
``/tmp/r118scratch`` (the author's own, removed at the end). No function of the detector or the filter was called.

Public pages were searched (four searches of stored pages, read only as the searches' excerpts): shelled walnuts (the
USDA grade standards' pages: colour specified as extra light, light, light amber or amber from the USDA walnut colour
chart, the lot's kernels not darker than the darkest colour its class allows, "red" kernels apart; U.S. No. 1 free of
damage by shrivelling, mould, insects, rancidity and discoloration; a pecan standard's classes by the share of the
surface darker than a shade); raw jute (trade, textile and a fibre body's pages: tossa grades TD-1 .. TD-8 in India,
Bangladesh's six export grades; graded by hand and eye, subjectively, after the root ends are cut; strength,
fineness, length, colour, lustre, root content, specks, bark, knots, runners and hard centres; the retting water's
cleanliness behind the colour, clean water better than muddy; soil, season and harvest time; lower grades weaker,
coarser, with bark and specks); espresso machines (technicians' and repairers' pages: a failed element or thermostat
behind cold coffee, scale on the element and in the circuit, a jammed pump of a machine never descaled, a boiler
pressure of 0.9-1.3 bar and a pump pressure of 7.5-9.5 bar when brewing, hardened group gaskets, a solenoid's noise,
the element burnt by a low water level, a dirty level probe overfilling); excavators (repair and parts pages: a worn
main pump's low pressure and flow on every function, a stuck or weak main relief valve, a pump's output near 30 MPa
and the relief near 32.5 MPa, the pilot pressure near 3.3 MPa and a dirty pressure-reducing valve lowering it, an
engine that cannot turn the pumps, a worn drive coupling, contaminated oil the leading cause of pump failure, a
blocked suction strainer, cylinder drift tested to tell the packing from the control valve). No page gave the
classes' or causes' shares, or any record's values by class.

The rest is the author's own reading of the fields, not checked: every number of the walnut pool (the hullers' skill,
the varieties' shares and lightness, the weeks uniform over 1-8, the drying's shares and effects, the hull's delay,
the orchard's heat, the days in store and their darkening, the lightness scale and ``WALNUT_LIMITS`` (40, 46, 52),
the grader's 1.0 and the meter's 3 points lighter and 1.2, the defects' laws counted of 200 kernels, the moisture's
and the free fatty acids' laws; the shares kept, 20 / 30 / 28 / 22 %); every number of the jute pool (the districts'
and markets' effects, the waters' shares and effects, the months' shares, the store's days, the strength's,
fineness', root's, specks', colour's and lustre's laws, the selector's score and ``JUTE_LIMITS`` (scores 70, 58, 46,
34; root 8, 12, 18, 26 %; specks 6, 12, 20, 32 per 100 g), the selector's and the mill's errors, the bulk density's
law; the shares kept, 14 / 22 / 26 / 21 / 16 %); every number in ``ESPRESSO_MAKE``, ``ESPRESSO_GROUPS``,
``ESPRESSO_ERROR``, ``ESPRESSO_COMPLAINT``, ``ESPRESSO_TABLE`` and ``ESPRESSO_KINDS`` and the element's spread (the
shares kept, 21 / 19 / 16 / 14 / 18 / 12 %); every number in ``EXCAVATOR_MAKE``, ``EXCAVATOR_WORK``,
``EXCAVATOR_CODE``, ``EXCAVATOR_COMPLAINT``, ``EXCAVATOR_TABLE`` and ``EXCAVATOR_KINDS`` (the shares kept, 20 / 16 /
19 / 18 / 14 / 14 %). The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 114 uses
them (``main`` was not run); ``_keep``, ``_pull`` and ``_draw`` are imported from
``benchmarks/data_quality_round_common.py`` as round 114 imports them (``_sig`` imported, not used). No detector or
filter ran on these sets, and the benchmark did not; the difficulty below and the tests' baseline were computed with
sklearn directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after standard
scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the 5-fold error
(stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set              rows   classes (rows each)                        MLP train / test %, seed 0 | 1  10-NN %  between
walnut4          2,140  4 (420 / 640 / 600 / 480), ordered        75.7 / 73.5 | 81.6 / 80.2       32.5     99 %
jute5            2,140  5 (300 / 480 / 560 / 460 / 340), ordered  77.7 / 73.6 | 77.9 / 71.4       37.1     97 %
espressorepair6  2,140  6 (460 / 400 / 340 / 300 / 380 / 260)     74.1 / 70.3 | 72.5 / 71.4       34.3     77 %
excavator6       2,140  6 (420 / 340 / 400 / 380 / 300 / 300)     78.6 / 72.0 | 77.0 / 73.8       32.7     81 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase: a scaled 10-neighbour
baseline errs on 32.5 / 37.1 / 34.3 / 32.7 % of their rows. The generators were committed before any measure (commit
306e40d2). The aims: MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between
documented neighbours. walnut4, espressorepair6 and excavator6 met them as first measured and were not changed. jute5
missed at the first measure (MLP 60.4 / 61.7 % test, baseline 49.0 %, 91 % between) and had its one change, chosen
before it was measured and not measured in variants: the selector's own error on its score is 2.5 points (was 4), its
reeds' root and specks 0.12 and 0.15 (log; were 0.2 and 0.25), and the mill's measures read closer (strength 0.8 g/tex,
was 1.5; fineness 0.08 tex, was 0.15; colour and lustre 1.5 points, were 3). After it jute5 meets all three aims. In
walnut4 (695 errors): light with light amber 40 % of the errors, extra light with light 31 %, light amber with amber 28
%, two apart 1 %; light amber errs most (42 %), extra light least (22 %). In jute5 (793 errors): TD-4 with TD-5 28 %,
TD-3 with TD-4 27 %, TD-5 with TD-6 22 %, TD-2 with TD-3 19 %, two or more apart 3 %; TD-5 errs most (47 %; TD-6 46 %),
TD-2 least (22 %). espressorepair6 errs on 34 %, 77 % between causes technicians confuse (``ESPRESSO_NEIGHBOURS``): the
solenoid with the gasket 19 % of them, scale with the solenoid 13 %, scale with the element 10 %, the pump with the
gasket 9 %, the gasket with the board 9 % (outside the map), the pump with the solenoid 8 %, scale with the board 8 %
(outside the map), scale with the gasket 7 %; the solenoid errs most (69 %), scale and the element least (20 % each).
excavator6 errs on 33 %, 81 % between causes mechanics confuse (``EXCAVATOR_NEIGHBOURS``): the pump with the relief
valve 24 % of them, the pump with contaminated oil 16 %, the relief valve with the cylinder 15 %, the pump with the
engine 8 %, contaminated oil with the pilot system 7 %, the pilot system with the engine 7 %, the pump with the cylinder
6 % (outside the map), the cylinder with contaminated oil 5 %; the relief valve errs most (53 %), the cylinder least (22
%). Slips kept as committed: in walnut4 the moisture hardly differs by class (medians 4.0-4.1 %), the insect-damaged and
rancid kernels' medians are flat (1.0 and 0.5 % of 200; their means rise, 1.08-1.38 and 0.61-0.96); in jute5 the bulk
density hardly differs by grade (medians 0.69-0.65) and the market's means rise little (1.9-2.7 of 0-5); in
espressorepair6 the make's and the groups' shares differ little, scale's commonest error code is none (its fill timeout
only 20 %) and the board's commonest code a flowmeter or dosing timeout (as the pump's second); in excavator6 the make's
and the work's shares differ little (general digging the commonest work of every cause), five causes' commonest code is
none, the pump's relief pressure (median 296 bar) is close to the relief valve's (291), and the ages differ little.

Tests' cost (one core, ``OMP_NUM_THREADS=1``, ``taskset -c 0``, on a shared machine): the 19 tests' whole ``pytest`` run
reports 6.09 s, the tests' own setup, calls and teardown summing to about 1.42 s (``--durations``; the slowest call a
build of walnut4's pool, 0.29 s); the rest is collection: importing ``benchmarks.data_quality_actions`` (every round's
module) and sklearn's estimators. Just over the 6 s aim as a whole run, as rounds 110's, 112's and 114's, kept and said.
``pytest tests/test_architecture.py`` passed (260). The scratch folder was removed at the end.
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


# ---------------------------------------------------------------------- walnut4: a shelled walnut lot's colour class
#: the 4 classes of ``walnut4`` (a lot of shelled walnut kernels a packer buys, by the colour class its grader sets
#: against the USDA walnut colour chart), the lightest first
WALNUT_CLASSES = ("extra light", "light", "light amber", "amber (not darker than the chart's darkest)")
WALNUT_ROWS = (420, 640, 600, 480)
#: the lowest lightness (the author's L* scale of the kernels' pellicle) the grader's reading of the lot's darker
#: kernels may show in amber's .. extra light's class (the colour class read from the darkest)
WALNUT_LIMITS = (40.0, 46.0, 52.0)
#: the class above and below each (a lot near a chart's edge is read one class up or down by the grader's light, the
#: sample's darkest pieces, the pellicle's darkening in store before the grader sees it)
WALNUT_NEIGHBOURS = ordinal_neighbours(len(WALNUT_CLASSES))
#: what the class is set from: the label's basis, not columns
WALNUT_GRADING = ("the grader's eye: the lot's sample of kernels laid against the colour chart's four panels, the "
                  "class the darkest share of the sample's kernels is not darker than",
                  "the grader's light and eye at a panel's edge, and the sample's draw")


# ---------------------------------------------------------------------- jute5: a raw jute bale's grade
#: the 5 classes of ``jute5`` (a bale of raw tossa jute a mill buys, by the grade its selector sets by hand and eye),
#: the best first
JUTE_CLASSES = ("TD-2 (strong, fine, good colour and lustre, few defects, little root)",
                "TD-3 (strong, good colour, some specks)",
                "TD-4 (sound strength, average colour and lustre, some root and specks)",
                "TD-5 (average strength, any colour, root, specks and bark)",
                "TD-6 (weak or coarse, dark, much root, bark and hard centres)")
JUTE_ROWS = (300, 480, 560, 460, 340)
#: per grade from TD-2 to TD-5, the lowest quality score (the author's 0-100 scale of the selector's judgement of
#: strength, fineness, colour and lustre) and the most root content (% by weight) and specks and defects (per 100 g)
#: the selector lets pass; a bale below TD-5's is TD-6. The author's, not a public table's
JUTE_LIMITS = np.array([[70.0, 8.0, 6.0], [58.0, 12.0, 12.0], [46.0, 18.0, 20.0], [34.0, 26.0, 32.0]])
#: the grade above and below each (a bale near an edge is graded one step up or down by the selector's hands on a few
#: reeds, the light in the godown, the bale's root ends cut or not)
JUTE_NEIGHBOURS = ordinal_neighbours(len(JUTE_CLASSES))
#: what the grade is set from: the label's basis, not columns
JUTE_GRADING = ("the selector's hand and eye on reeds drawn from the bale: strength by snapping, fineness and "
                "softness by feel, colour and lustre by eye, root ends, specks, bark and knots by count",
                "the selector's day, the reeds drawn, the godown's light")


# ---------------------------------------------------------------------- espressorepair6: an espresso machine's fault
#: the 6 classes of ``espressorepair6`` (a commercial espresso machine a café equipment technician visits because the
#: coffee is cold or slow or the machine leaks or stops, by the cause the technician diagnosed)
ESPRESSO_CLASSES = ("scale in the boiler or heat exchanger (slow recovery, cold shots, blocked jets and gicleurs)",
                    "failed heating element, thermostat or pressurestat (no or low boiler pressure, cold)",
                    "failing pump or its motor (low brew pressure, slow or no flow, noise)",
                    "stuck or leaking solenoid valve (the group drips, no flow, the boiler overfills)",
                    "worn group-head gasket or blocked shower screen (leaks at the portafilter, slow, uneven)",
                    "failed flowmeter or control board (dosing errors, stops, a relay not driven)")
ESPRESSO_ROWS = (460, 400, 340, 300, 380, 260)
#: the causes technicians confuse (symmetric): scale against the element (both cold: scale insulates the element and
#: burns it out), the solenoid (scale flakes jam it) and the screen (both slow the shot); the element against the
#: board (the board's relay drives it, the same heater error); the pump against the solenoid (both no or slow flow),
#: the screen (both slow) and the flowmeter (a weak pump sends too few pulses: a flowmeter error); the solenoid
#: against the gasket (both drip or leak at the group)
ESPRESSO_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 5), 2: (3, 4, 5), 3: (0, 2, 4), 4: (0, 2, 3), 5: (1, 2)}


# ---------------------------------------------------------------------- excavator6: a hydraulic excavator's fault
#: the 6 classes of ``excavator6`` (a hydraulic excavator a plant-hire workshop repairs because it is slow, weak or
#: jerky, by the cause the mechanic diagnosed)
EXCAVATOR_CLASSES = ("worn main hydraulic pump (low flow and pressure on every function, worse when hot)",
                     "failing main or port relief valve (weak at full load, one function or all, heat)",
                     "leaking boom or arm cylinder seal (the boom or arm drifts down, weak on one function)",
                     "contaminated oil or a clogged filter or strainer (slow, hot, noisy, a filter warning)",
                     "failing pilot system or joystick valve (jerky, slow or no response, low pilot pressure)",
                     "failing engine speed control or low engine power (bogs down, slow on every function)")
EXCAVATOR_ROWS = (420, 340, 400, 380, 300, 300)
#: the causes mechanics confuse (symmetric): the worn pump against the relief valve (both low pressure at the
#: relief), contaminated oil (dirt wears the pump, a starved pump cavitates) and the engine (both slow on every
#: function); the relief valve against the cylinder (a leaking port relief lets one function sag as a seal does);
#: the cylinder against contaminated oil (dirt scores the seals); contaminated oil against the pilot system (dirt
#: sticks the pilot spools: jerky); the pilot system against the engine (a weak pilot pump on the engine's speed)
EXCAVATOR_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 2), 2: (1, 3), 3: (0, 2, 4), 4: (3, 5), 5: (0, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"walnut4": WALNUT_NEIGHBOURS, "jute5": JUTE_NEIGHBOURS, "espressorepair6": ESPRESSO_NEIGHBOURS,
              "excavator6": EXCAVATOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("walnut4", "jute5")


def walnut4():
    """Lots of shelled walnut kernels a packer buys from hullers, with the colour class the packer's grader sets in 4
    steps (``WALNUT_CLASSES``; the grader's reading of the lot's darker kernels against ``WALNUT_LIMITS``;
    ``WALNUT_GRADING`` the label's basis and not columns), as the lot's records and the packer's simple measures apart
    from the class describe them. Unseen: the huller's speed from shaking to hulling and drying (a hull left on
    darkens the pellicle and moulds), the orchard's heat (sunburn and heat stress: shrivelled, dark kernels), the
    kernels' true lightness. Later weeks darken (heat, rain, the hull's delay), Chandler is lightest and Hartley
    darkest, a dryer run hot or slow ambient drying darken, days in store darken the pellicle and raise its fats'
    acids. The grader reads the darker kernels by eye (1.0 L* point); the packer's colour meter reads the mean of
    another sample (3 points lighter than the darker kernels, 1.2 points). Columns: the huller (0-5), the variety (0
    Chandler, 1 Howard, 2 Tulare, 3 Hartley), the harvest week (1-8), the drying (0 ambient bins, 1 a hot-air dryer
    at 43 C, 2 a dryer run hot), the days in store, the moisture (%), the colour meter's L*, the shrivelled, mouldy,
    insect-damaged and rancid kernels (% by count of 200) and the oil's free fatty acids (% oleic) (12). Imbalanced:
    420 / 640 / 600 / 480 rows (2,140)."""
    rng = np.random.default_rng(118101)
    n = 200000
    huller = rng.integers(0, 6, n)
    skill = np.array([0.5, 0.3, 0.1, -0.1, -0.3, -0.5])[huller] + 0.3 * rng.normal(0, 1, n)  # unseen
    variety = (rng.random(n)[:, None] > np.cumsum([0.45, 0.2, 0.2])).sum(1)
    week = rng.integers(1, 9, n).astype(float)
    drying = (rng.random(n)[:, None] > np.cumsum([0.25, 0.55])).sum(1)
    delay = np.exp(-0.8 * skill + 0.1 * (week - 4)) * rng.lognormal(0, 0.4, n)  # unseen: days the hull stayed on
    heat = rng.normal(0, 1, n) + 0.15 * (week - 4)  # unseen
    days = np.round(np.clip(40 * rng.lognormal(0, 0.7, n), 2, 330))
    light = (50 + np.array([2.5, 1.0, 0.0, -2.5])[variety] - 0.6 * (week - 4) + np.array([-1.2, 0.5, -2.0])[drying]
             - 1.8 * (delay - 1) - 1.8 * heat - 0.012 * days + 1.8 * rng.normal(0, 1, n))  # unseen
    seen = light + 1.0 * rng.normal(0, 1, n)  # the grader at the chart
    label = 3 - np.digitize(seen, WALNUT_LIMITS)
    keep = _keep(rng, label, WALNUT_ROWS)
    q = 200
    shrivel = 2.0 * np.exp(0.5 * heat) * rng.lognormal(0, 0.5, n)
    mould = 0.6 * np.exp(0.5 * (delay - 1) + 0.5 * (drying == 0)) * rng.lognormal(0, 0.5, n)
    insect = 0.8 * np.exp(-0.4 * skill + 0.003 * days) * rng.lognormal(0, 0.6, n)
    rancid = 0.4 * np.exp(0.006 * days + 0.5 * (drying == 2)) * rng.lognormal(0, 0.6, n)
    x = np.column_stack([
        huller, variety, week, drying, days,
        np.round(np.clip(4.0 + 0.6 * (drying == 0) - 0.3 * (drying == 2) + 0.3 * rng.normal(0, 1, n), 2.5, 8), 1),
        np.round(np.clip(light + 3.0 + 1.2 * rng.normal(0, 1, n), 20, 75), 1),
        *[100 * rng.binomial(q, np.clip(share, 0, 100) / 100) / q for share in (shrivel, mould, insect, rancid)],
        np.round(np.clip(0.15 * np.exp(0.004 * days + 0.4 * (drying == 2) + 0.2 * (delay - 1))
                         * rng.lognormal(0, 0.25, n), 0.02, 3), 2)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def jute5():
    """Bales of raw tossa jute a mill buys, with the grade the mill's selector sets by hand and eye in 5 steps
    (``JUTE_CLASSES``; the best grade whose ``JUTE_LIMITS`` the selector's judgement of quality, root content and
    specks meets, TD-6 where none; ``JUTE_GRADING`` the label's basis and not columns), as the bale's records and the
    mill's simple measures apart from the grade describe them. Unseen: the crop's health (strength, fineness), the
    retting's care (root ends and bark left, colour), the selector's score (2.0 times strength's g/tex, less 10 times
    fineness' tex, half the colour's and 0.4 of the lustre's points, 2.5 points of the selector's own). Clear running
    water rets to a golden, lustrous fibre, stagnant muddy water to a dark, dull, specky one; a late harvest
    coarsens the fibre and leaves more root; days in store dull its lustre and colour. The selector's root and specks
    are its own reeds' (0.12 and 0.15, log); the mill's strength reads 0.8 g/tex, its fineness 0.08 tex, its colour
    and lustre 1.5 points (after the one change). Columns: the district (0-3), the growers' market (0-5), the retting
    water (0 clear running, 1 a pond, 2 stagnant or muddy), the harvest month (7-10), the days in store, the bundle
    strength (g/tex), the fineness (tex), the root content (% by weight), the specks and defects (per 100 g), the
    colour and the lustre readings (0-100) and the bale's bulk density (g per cubic cm) (12). Imbalanced: 300 / 480 /
    560 / 460 / 340 rows (2,140)."""
    rng = np.random.default_rng(118202)
    n = 200000
    district = rng.integers(0, 4, n)
    market = rng.integers(0, 6, n)
    water = (rng.random(n)[:, None] > np.cumsum([0.3, 0.45])).sum(1)
    month = (7 + (rng.random(n)[:, None] > np.cumsum([0.25, 0.4, 0.25])).sum(1)).astype(float)
    days = np.round(np.clip(60 * rng.lognormal(0, 0.6, n), 5, 400))
    health = np.array([0.4, 0.1, -0.1, -0.4])[district] + rng.normal(0, 1, n)  # unseen
    care = np.array([0.3, 0.2, 0.0, 0.0, -0.2, -0.3])[market] + rng.normal(0, 1, n)  # unseen
    strength = 25 + 2.5 * health - 0.008 * days + 2.0 * rng.normal(0, 1, n)
    fine = 2.3 + 0.2 * (month - 8) - 0.12 * health + 0.2 * rng.normal(0, 1, n)
    root = 10 * np.exp(0.25 * (month - 8) + np.array([-0.3, 0.0, 0.4])[water] - 0.3 * care) * rng.lognormal(0, 0.35, n)
    specks = 10 * np.exp(np.array([-0.3, 0.0, 0.5])[water] - 0.3 * care) * rng.lognormal(0, 0.45, n)
    colour = 60 + np.array([6.0, 0.0, -8.0])[water] + 3 * care - 0.03 * days + 4 * rng.normal(0, 1, n)
    lustre = 50 + np.array([5.0, 0.0, -6.0])[water] + 2 * care - 0.04 * days + 4 * rng.normal(0, 1, n)
    score = (50 + 2.0 * (strength - 25) - 10 * (fine - 2.3) + 0.5 * (colour - 60) + 0.4 * (lustre - 50)
             + 2.5 * rng.normal(0, 1, n))
    seen = np.column_stack([-score, root * rng.lognormal(0, 0.12, n), specks * rng.lognormal(0, 0.15, n)])
    limits = JUTE_LIMITS * np.array([-1.0, 1.0, 1.0])
    meets = np.all(seen[:, None, :] <= limits[None], 2)
    label = np.where(meets.any(1), np.argmax(meets, 1), len(JUTE_CLASSES) - 1)
    keep = _keep(rng, label, JUTE_ROWS)
    x = np.column_stack([
        district, market, water, month, days,
        np.round(np.clip(strength + 0.8 * rng.normal(0, 1, n), 5, 50), 1),
        np.round(np.clip(fine + 0.08 * rng.normal(0, 1, n), 1, 5), 2),
        np.round(np.clip(root * rng.lognormal(0, 0.15, n), 0.5, 80), 1),
        rng.poisson(specks * rng.lognormal(0, 0.1, n)).astype(float),
        np.round(np.clip(colour + 1.5 * rng.normal(0, 1, n), 0, 100)),
        np.round(np.clip(lustre + 1.5 * rng.normal(0, 1, n), 0, 100)),
        np.round(np.clip(0.66 + 0.01 * health - 0.02 * (fine - 2.3) + 0.03 * rng.normal(0, 1, n), 0.5, 0.85),
                 3)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``espressorepair6``, the chances of the make (0 La Marzocco, 1 Nuova Simonelli or Victoria
#: Arduino, 2 La Cimbali or Faema, 3 another)
ESPRESSO_MAKE = np.array([[0.25, 0.30, 0.25, 0.20], [0.25, 0.25, 0.25, 0.25], [0.30, 0.25, 0.25, 0.20],
                          [0.20, 0.30, 0.30, 0.20], [0.30, 0.25, 0.25, 0.20], [0.20, 0.30, 0.30, 0.20]])
#: per cause of ``espressorepair6``, the chances of the groups (1, 2 or 3)
ESPRESSO_GROUPS = np.array([[0.15, 0.60, 0.25], [0.20, 0.60, 0.20], [0.10, 0.50, 0.40], [0.15, 0.55, 0.30],
                            [0.10, 0.55, 0.35], [0.15, 0.60, 0.25]])
#: per cause of ``espressorepair6``, the chances of the machine's error code (0 none, 1 temperature not reached or
#: a heater error, 2 a flowmeter or dosing timeout, 3 a boiler fill timeout, 4 a board or communication error, 5 the
#: safety thermostat tripped)
ESPRESSO_ERROR = np.array([[0.45, 0.15, 0.10, 0.20, 0.02, 0.08], [0.35, 0.40, 0.02, 0.03, 0.05, 0.15],
                           [0.45, 0.02, 0.30, 0.15, 0.03, 0.05], [0.40, 0.02, 0.20, 0.25, 0.03, 0.10],
                           [0.80, 0.02, 0.10, 0.02, 0.02, 0.04], [0.15, 0.20, 0.40, 0.05, 0.15, 0.05]])
#: per cause of ``espressorepair6``, the chances of the café's coded complaint (0 the coffee is cold, 1 slow or no
#: flow, 2 leaks or drips at the group, 3 the machine stops or shows an error, 4 noisy, 5 water in the tray or weak
#: steam)
ESPRESSO_COMPLAINT = np.array([[0.35, 0.30, 0.05, 0.10, 0.05, 0.15], [0.65, 0.03, 0.02, 0.20, 0.02, 0.08],
                               [0.05, 0.50, 0.03, 0.12, 0.25, 0.05], [0.05, 0.30, 0.35, 0.05, 0.05, 0.20],
                               [0.05, 0.40, 0.45, 0.02, 0.03, 0.05], [0.10, 0.20, 0.05, 0.55, 0.02, 0.08]])
#: per cause of ``espressorepair6``, the medians of the machine's records and the technician's simple measures: its
#: age (years), the cups a day, the supply water's hardness (German degrees), the steam boiler's pressure (bar), the
#: brew temperature at the group (C), the pump's pressure (bar), the flow time for the fixed 60 ml dose (s), the
#: element's resistance (ohm), the water's hardness at the machine after its softener (German degrees) and the months
#: since the last service
ESPRESSO_TABLE = np.array([
    # age  cups   hard  boil  brew  pump  flow  ohm   hm    mon
    [7.0, 250.0, 16.0, 1.0, 87.0, 9.0, 36.0, 17.0, 11.0, 18.0],  # scale
    [6.0, 200.0, 10.0, 0.5, 83.0, 9.0, 28.0, 60.0, 4.0, 12.0],  # element, thermostat or pressurestat
    [7.0, 300.0, 10.0, 1.1, 92.0, 6.2, 42.0, 17.0, 4.0, 12.0],  # pump or motor
    [6.0, 220.0, 12.0, 1.1, 91.0, 8.8, 38.0, 17.0, 7.0, 12.0],  # solenoid valve
    [5.0, 280.0, 9.0, 1.1, 92.0, 9.2, 40.0, 17.0, 4.0, 10.0],  # group gasket or shower screen
    [6.0, 220.0, 9.0, 1.0, 89.0, 8.8, 30.0, 17.0, 4.0, 10.0],  # flowmeter or control board
])
ESPRESSO_LOGS = [0, 1, 2, 6, 7, 8, 9]
ESPRESSO_KINDS = [("log", 0.45, 0.2), ("log", 0.4, 0), ("log", 0.35, 0), ("norm", 0.2, 0), ("norm", 2.5, 0),
                  ("norm", 0.7, 0), ("log", 0.2, 0), ("log", 0.08, 0), ("log", 0.45, 0), ("log", 0.5, 0.2)]


def espressorepair6():
    """Commercial espresso machines a café equipment technician visits because the coffee is cold or slow or the
    machine leaks or stops, in 6 causes technicians confuse (``ESPRESSO_CLASSES``), labelled by the technician's
    diagnosis, as the machine's records, its error code, the café's coded complaint and the technician's simple
    measures apart from it describe them (named ``espressorepair6``: ``espresso6`` is round 99's). Each cause has its
    picture (``ESPRESSO_MAKE``, ``ESPRESSO_GROUPS``, ``ESPRESSO_ERROR``, ``ESPRESSO_COMPLAINT``, ``ESPRESSO_TABLE``;
    each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): scale hard water and a spent softener,
    cool shots, slow flow, a fill timeout, long since a service; the element or thermostat cold, low boiler pressure,
    a heater code, the element's resistance high where it is open (spread 1.0, log, over the others' 0.08); the pump
    low pump pressure, slow, noisy, a busy three-group; the solenoid drips and no flow, a fill timeout; the gasket or
    screen leaks and slow flow at a good pressure, no code; the board stops and dosing errors. Unseen: the machine's
    wear (one per-row factor raising its age and the months since its service). Columns: the make (0-3), the groups
    (1-3), the error code (0-5), the complaint (0-5), then the table's 10 (the age to a tenth within 0.3-30 years, the
    cups to the unit within 20-1,500, the hardness to a tenth within 1-40, the boiler to a hundredth within 0-2 bar,
    the brew temperature to a tenth within 60-100 C, the pump to a tenth within 0-14 bar, the flow time to the unit
    within 10-120 s, the resistance to a tenth within 5-2,000 ohm, the hardness at the machine to a tenth within
    0.2-40, the months to a tenth within 0.5-60) (14). Imbalanced: 460 / 400 / 340 / 300 / 380 / 260 rows (2,140)."""
    rng = np.random.default_rng(118303)
    y = rng.permutation(np.repeat(np.arange(len(ESPRESSO_CLASSES)), ESPRESSO_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (ESPRESSO_MAKE, ESPRESSO_GROUPS, ESPRESSO_ERROR, ESPRESSO_COMPLAINT)]
    cats[1] += 1
    t = _pull(ESPRESSO_TABLE, ESPRESSO_NEIGHBOURS, 0.3, ESPRESSO_LOGS)[y]
    x = _draw(rng, t, ESPRESSO_KINDS, rng.normal(0, 1, len(y)))
    x[:, 7] *= np.where(y == 1, rng.lognormal(0, 1.0, len(y)), 1.0)  # an open element, or a thermostat's fault
    for j, low, high, digits in ((0, 0.3, 30, 1), (1, 20, 1500, 0), (2, 1, 40, 1), (3, 0, 2, 2), (4, 60, 100, 1),
                                 (5, 0, 14, 1), (6, 10, 120, 0), (7, 5, 2000, 1), (8, 0.2, 40, 1), (9, 0.5, 60, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``excavator6``, the chances of the make (0 Caterpillar, 1 Komatsu, 2 Hitachi, 3 another)
EXCAVATOR_MAKE = np.array([[0.30, 0.30, 0.25, 0.15], [0.30, 0.25, 0.25, 0.20], [0.25, 0.30, 0.25, 0.20],
                           [0.30, 0.25, 0.25, 0.20], [0.25, 0.30, 0.30, 0.15], [0.30, 0.30, 0.20, 0.20]])
#: per cause of ``excavator6``, the chances of the work it does (0 general digging, 1 a breaker or demolition, 2
#: quarry or mass excavation, 3 trenching and utilities)
EXCAVATOR_WORK = np.array([[0.45, 0.10, 0.30, 0.15], [0.35, 0.35, 0.15, 0.15], [0.45, 0.15, 0.20, 0.20],
                           [0.35, 0.35, 0.15, 0.15], [0.45, 0.15, 0.15, 0.25], [0.40, 0.10, 0.35, 0.15]])
#: per cause of ``excavator6``, the chances of the monitor's fault code (0 none, 1 a pump pressure sensor or its
#: proportional valve, 2 hydraulic oil hot, 3 filter restriction, 4 pilot pressure or a lever sensor, 5 engine speed
#: or the engine's controller)
EXCAVATOR_CODE = np.array([[0.55, 0.20, 0.10, 0.05, 0.03, 0.07], [0.70, 0.05, 0.15, 0.03, 0.03, 0.04],
                           [0.85, 0.02, 0.03, 0.03, 0.04, 0.03], [0.35, 0.05, 0.25, 0.30, 0.03, 0.02],
                           [0.50, 0.05, 0.02, 0.05, 0.35, 0.03], [0.40, 0.05, 0.05, 0.05, 0.05, 0.40]])
#: per cause of ``excavator6``, the chances of the operator's coded complaint (0 slow on every function, 1 weak
#: digging or lifting, 2 the boom or arm drifts or sags, 3 jerky or erratic, 4 worse when hot, 5 the engine bogs down)
EXCAVATOR_COMPLAINT = np.array([[0.40, 0.25, 0.02, 0.05, 0.23, 0.05], [0.10, 0.50, 0.15, 0.05, 0.15, 0.05],
                                [0.03, 0.25, 0.65, 0.02, 0.03, 0.02], [0.25, 0.10, 0.03, 0.20, 0.37, 0.05],
                                [0.25, 0.05, 0.05, 0.55, 0.05, 0.05], [0.35, 0.10, 0.02, 0.05, 0.08, 0.40]])
#: per cause of ``excavator6``, the medians of the machine's records and the mechanic's simple measures: its
#: operating weight (t), age (years), hours, the main pump's pressure at the relief (bar), the pilot pressure (bar),
#: the boom-raise cycle time (s), the boom cylinder's drift with a loaded bucket (mm in 5 minutes), the hydraulic
#: oil's temperature after an hour's work (C), the oil's particle count (ISO 4406 code at 4 um) and the engine's
#: speed under full hydraulic load (rpm)
EXCAVATOR_TABLE = np.array([
    # t    age   hours    bar    pilot cycle drift oil   iso   rpm
    [20.0, 9.0, 11000.0, 292.0, 38.0, 4.3, 12.0, 72.0, 19.5, 1790.0],  # main pump
    [22.0, 7.0, 8000.0, 282.0, 39.0, 3.8, 25.0, 75.0, 18.5, 1800.0],  # main or port relief valve
    [22.0, 8.0, 9000.0, 325.0, 39.0, 3.5, 60.0, 62.0, 18.5, 1800.0],  # boom or arm cylinder seal
    [20.0, 8.0, 8000.0, 315.0, 36.0, 4.0, 15.0, 80.0, 21.5, 1795.0],  # contaminated oil or clogged filter
    [20.0, 7.0, 7500.0, 320.0, 28.0, 4.2, 12.0, 62.0, 19.0, 1800.0],  # pilot system or joystick valve
    [22.0, 10.0, 12000.0, 320.0, 36.0, 4.4, 12.0, 64.0, 18.0, 1600.0],  # engine speed control or power
])
EXCAVATOR_LOGS = [0, 1, 2, 5, 6]
EXCAVATOR_KINDS = [("log", 0.4, 0), ("log", 0.4, 0.2), ("log", 0.5, 0.3), ("norm", 15.0, 0), ("norm", 2.5, 0),
                   ("log", 0.12, 0.03), ("log", 0.6, 0), ("norm", 7.0, 0), ("norm", 1.2, 0), ("norm", 60.0, 0)]


def excavator6():
    """Hydraulic excavators a plant-hire workshop repairs because they are slow, weak or jerky, in 6 causes mechanics
    confuse (``EXCAVATOR_CLASSES``), labelled by the mechanic's diagnosis, as the machine's records, the monitor's
    fault code, the operator's coded complaint and the mechanic's simple measures apart from it describe them. Each
    cause has its picture (``EXCAVATOR_MAKE``, ``EXCAVATOR_WORK``, ``EXCAVATOR_CODE``, ``EXCAVATOR_COMPLAINT``,
    ``EXCAVATOR_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): the worn pump slow
    on every function and worse when hot, low pressure at the relief, a slow cycle, many hours, quarry work; the
    relief valve weak at full load, the lowest relief pressure, hot oil, breaker work; the cylinder drifts, a weak
    function, the drift high; contaminated oil worse when hot, a filter or oil-hot code, a high particle count, hot
    oil, breaker work; the pilot system jerky, a pilot code, low pilot pressure; the engine bogs down, an engine code,
    low speed under load, the most hours. Unseen: the machine's wear (one per-row factor raising its age and hours and
    slowing its cycle a little). Columns: the make (0-3), the work (0-3), the fault code (0-5), the complaint (0-5),
    then the table's 10 (the weight to a tenth within 1.5-90 t, the age to a tenth within 0.3-30 years, the hours to
    the unit within 50-60,000, the relief pressure to the unit within 150-380 bar, the pilot to a tenth within 5-50
    bar, the cycle to a hundredth within 1.5-15 s, the drift to the unit within 0-500 mm, the oil to the unit within
    20-110 C, the ISO code to the unit within 12-26, the speed to the unit within 1,000-2,200 rpm) (14). Imbalanced:
    420 / 340 / 400 / 380 / 300 / 300 rows (2,140)."""
    rng = np.random.default_rng(118404)
    y = rng.permutation(np.repeat(np.arange(len(EXCAVATOR_CLASSES)), EXCAVATOR_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (EXCAVATOR_MAKE, EXCAVATOR_WORK, EXCAVATOR_CODE, EXCAVATOR_COMPLAINT)]
    t = _pull(EXCAVATOR_TABLE, EXCAVATOR_NEIGHBOURS, 0.3, EXCAVATOR_LOGS)[y]
    x = _draw(rng, t, EXCAVATOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1.5, 90, 1), (1, 0.3, 30, 1), (2, 50, 60000, 0), (3, 150, 380, 0),
                                 (4, 5, 50, 1), (5, 1.5, 15, 2), (6, 0, 500, 0), (7, 20, 110, 0), (8, 12, 26, 0),
                                 (9, 1000, 2200, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND118`` lists them (the ordered sets first)
GENERATORS = {"walnut4": walnut4, "jute5": jute5, "espressorepair6": espressorepair6, "excavator6": excavator6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND118_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "walnut4": (2140, 12, WALNUT_ROWS),
    "jute5": (2140, 12, JUTE_ROWS),
    "espressorepair6": (2140, 14, ESPRESSO_ROWS),
    "excavator6": (2140, 14, EXCAVATOR_ROWS),
}
ROUND118 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
