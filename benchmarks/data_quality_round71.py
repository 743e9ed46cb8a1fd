"""Round 71's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (the set names of every round through a
script that read each round's ``GENERATORS = {...}`` dict with ``ast`` and printed only its quoted names, with the
round's number, 264 of them; the tests' ``check_registered`` confirms that no earlier round's ``GENERATORS`` holds
these four names): none names a burned forest plot's severity, a pasture's condition score, a forklift truck or an
irrigation pivot. Near ones, not opened: ``fuel6``, ``firedanger5``, ``ignition8``, ``burn5``, ``disturb7``,
``crowns8`` and ``treefail7`` (other fires', burns' or forests' questions; which not checked: ``burn5`` may be a burn
injury's depth or a burn's severity), ``hay6``, ``weeds7``, ``erosion5``, ``drought6``, ``salinity6``, ``bcs6`` and
``lameness5`` (other farms', fields' or animals' questions), ``liftfault8``, ``chiller8``, ``srvfault6``,
``robotarm6``, ``evfail6``, ``scooter6``, ``bbfault6``, ``cellfail6`` and ``washer6`` (other machines' faults; which
not checked), ``mainbreak6``, ``leak6``, ``pipeline8``, ``pressure6`` and ``flow6`` (other water systems' or
pressures' questions; which not checked). As in round 70, the two graded sets simulate a pool of cases, label every
case the way its field does and keep a fixed number of each class (``_keep``, shuffled); the two unordered sets draw
their classes' rows from a table of each class's medians (``_pull``ed 0.3 of the way toward its neighbours; ``_draw``
draws the columns about them). Two sets have ORDERED classes (``ORDERED``): forest plots visited after a wildfire in
4 burn-severity classes (unburned, low, moderate, high), labelled by the class of the plot's total Composite Burn
Index as the crew rated it against 0.1, 1.25 and 2.25 (``FIRESEV_LIMITS``), and described by what a post-fire
assessment has apart from the CBI's own strata ratings (the pre-fire forest type and canopy cover, the slope, the
aspect, the elevation, the burn day's temperature, humidity and wind, a fuel treatment or fire within 20 years, the
days from the fire to the visit, the pre-fire NBR and the dNBR); the strata ratings (``FIRESEV_STRATA``) are the
label's basis and not columns: the crew averages them into the total, and with them the set would be the index
itself; the dNBR is a column because a satellite's index is what a post-fire assessment has for every plot before and
apart from the crew's visit, and it agrees with the CBI only in part (it is what the CBI was designed to calibrate).
And grazed pastures in 5 condition classes (very poor .. excellent), labelled by the total of a Pasture Condition
Score sheet's 10 indicators against 15, 25, 35 and 45 (``PASTURE_LIMITS``), and described by the farm's records and
measurements apart from the sheet (the stocking rate, the rest days, the grazing system, the species sown and the
years since, the soil test's P, K and pH, a recent fertilizer or lime, the season's rainfall, the slope, a poorly
drained soil, the distance to water, hay fed on the pasture, the herbage mass at the visit); the 10 indicator scores
(``PASTURE_INDICATORS``) are the label's basis and not columns (the total is their sum); the herbage mass is a
column because a rising plate meter's reading is a measurement the sheet does not hold (it follows the cover and the
residue the scorer sees, in part). Two have UNORDERED classes: electric warehouse forklift trucks at a service call
in 6 faults the technician found (a traction battery or charger, a hydraulic leak or pump, mast chains or rollers, a
drive motor or controller, brakes, tyres) from the truck's telematics, its hours and service records and the call;
and centre-pivot irrigation systems that stopped or misbehaved in 6 causes the dealer's technician found (a tower
alignment fault, a tower drive motor or gearbox, low pressure or a pump, an electrical or collector-ring fault, a
tower stuck in wheel ruts, clogged sprinklers or the end gun) from the panel's log, the field's records and the
call. ``NEIGHBOURS`` names each set's neighbour map (``FIRESEV_NEIGHBOURS``, ``PASTURE_NEIGHBOURS``,
``FORKLIFT_NEIGHBOURS``, ``PIVOT_NEIGHBOURS``; written from the fields as the author knew them and committed, with
the class names, rows and limits, before any generator was written or ran: commit 736097c; no pair added after).
Each generator is deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in
``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets firesev4,pasture5,forklift6,pivot6``, ``--data round71``).

The author opened only: ``benchmarks/data_quality_round70.py`` (all 509 lines with ``cat``, whose display left out
lines 142-310, then ``sed -n 140,312p``; not edited), ``tests/test_data_quality_round70.py``,
``benchmarks/data_quality_round_common.py`` and ``tests/round_checks.py`` (all, with ``cat``; not edited); round
30's module docstring (printed alone through ``ast``); the first 2,000 characters of rounds 67's, 68's and 69's
modules (``head -c 2000``); ``tests/test_architecture.py`` lines 1-110; the set names of every round (the script
above; no module of theirs imported by the script, no generator of theirs run by the author); the lines of
``benchmarks/data_quality_actions.py`` that register round 70 (``grep -n`` for round70 or ROUND70, which printed
lines 110, 136 and 493, then lines 108-112, 134-138 and 491-495 with ``sed``), edited by a script that added the
import and the ``ROUNDS`` entry after round 70's and made the help string read round71 / round 71's (``BLIND_ROUND``
not touched, not seen). Slips: ``git worktree add`` printed the subject of main's last commit (an anomaly generator
wired and not run; not followed); a ``grep -n "def ordinal_neighbours" -A8 benchmarks/data_quality_round5.py |
head -3``, to see the helper's signature, printed lines 131-133 of round 5's module (the helper's ``def``, its
one-line docstring and its one-line body), a file not on the list; the context of line 110 showed line 112 (the
start of the comment above ``ROUNDS``) and that of line 136 lines 137-138 (the start of a comment on the round written
blind and not yet looked at, naming ``--data round69``, ``--sets`` and the ordinal benchmark's ``--part round69``;
not read further, not touched); the edit's check was ``git diff --numstat`` of that file and a ``grep`` of its
round71 lines cut to 60 characters; ``tests/round_checks.py`` and the tests import
``benchmarks.data_quality_actions`` (and with it every round's module and what the benchmark imports), as round 70's
tests do, and the author timed that import alone (``python -c "import benchmarks.data_quality_actions, ..."``);
``pytest tests/test_architecture.py`` (run with the new tests) printed only the pass count. No function of the
detector or the filter was called.

Public pages were searched (two searches a field) and read only as the searches' excerpts: the CBI (the USGS's burn
severity pages: Key and Benson's 2006 FIREMON index, a 30 m plot, five strata (substrates; herbs, low shrubs and
small trees; tall shrubs and saplings; intermediate trees; big trees), 4-5 rating factors each on 0.0-3.0, averaged
by stratum and over the plot, meant for the first growing season after the fire with delayed mortality; designed as
a continuous index, not classes, classes needing a local reference, low and high consistent, the mid-range a
variable mix; "as much as a 0.3 difference in total CBI is not unusual between similar plots, or between observers";
the dNBR calibrated against it; Karau et al. 2014: RdNBR alone explained R2 0.42 of the CBI over 285 plots in
Washington and Montana, a map accuracy of 63 % with a simulation model added; Birch et al. 2015: the existing
vegetation cover had the largest influence on dNBR, then fine fuel moisture, humidity and wind; Gale and Cary 2022:
the pre-fire vegetation's height and cover confound the remotely sensed severity; GeoCBI weighting the strata by
their cover; a Yosemite fire's dNBR in four classes against 63 CBI plots); the Pasture Condition Score (the NRCS's
guide and sheet: 10 indicators each scored 1-5 (desirable plants, legume, live cover, diversity, residue, grazing
utilization and severity, livestock concentration areas, soil compaction, plant vigor with its causes - fertility,
pH, severity of use, adaptation, climate, pests - and erosion), combined into an overall score; scored several
times a season; qualitative, with observer bias; Sanderson et al. 2009: scores vary with the weather within and
between seasons and widely within farms with the management of pastures for different classes of cattle; regional
weightings of the indicators); forklifts (a maintenance page: battery faults, steering and hydraulic leaks the most
common downtime, runtime dropping by 30 % a battery's imbalance or ageing; tyres the part failing most often; mast
chains' elongation, a stuck or jerking mast, slow lift, oil leaks, squealing or locking brakes, a rough ride from
worn tyres; wet-brake overheating's causes, among them a parking brake not released and worn discs; battery pages:
about 1,500 cycles or five years, sulfation the main cause of a motive battery's failure, discharges beyond 80 %
shortening its life, opportunity charging costing cycles, telematics monitoring the discharge, temperature and
voltage); centre pivots (a tower that does not move trips the safety circuit and stops the machine, a timer on the
next-to-last tower; a misaligned tower's safety shutdown makes the farmer walk the machine to find it; wheel ruts:
towers intercept up to three times the applied depth onto the wheel track, clay soils the most prone, a machine
bogging in a rut, ruts deepest where water ponds, slippage slowing the machine and over-irrigating; the pressure
checked at the pivot and the last tower against the sprinkler chart: too high suggests plugged nozzles, too low
leaks or the pump; solids from the water source clogging sprinklers; maintenance lists: gearboxes drained of water,
U-joints, alignment switches, tyres, collector and panel wiring, 480 V power)).

The rest is the author's own reading of the fields, not checked: the CBI's class limits 0.1, 1.25 and 2.25 (recalled
as Miller and Thode's; the pages above say only that classes need a local reference); every number of the fire pool
(the forest types' shares, canopies, elevations and treatment rates, the weather's spreads, every weight of the
latent severity, the fire's own luck 1.1, the CBI's logistic saturation, the unburned islands, the crew's error 0.15,
the pre-fire NBR's link to the canopy, the dNBR's curve on the CBI, the extended assessment's delayed mortality and
green-up, the pixel's error 75); the PCS total's bands (10-14 very poor, 15-24 poor, 25-34 fair, 35-44 good, 45-50
excellent: recalled, not read) and every number of the pasture pool (the systems' and species' shares, the soil
tests' spreads, the carrying capacity and its unseen 0.25, the stocking's spread, the rest days, each indicator's
weights, the scorer's lean 0.3 on the whole sheet and 0.55 a point on each indicator, the herbage mass's curve);
every number in ``FORKLIFT_TABLE`` and ``PIVOT_TABLE`` (the pages above set only which way a column leans for a
cause). Measured in a scratch copy of ``firesev4``'s pool: the rated CBI on the dNBR (a quadratic) has R2 0.87, and
the dNBR alone, cut at the pool's class shares, names the class of 70 % of the plots: the dNBR agrees with the CBI
better than Karau's 0.42 across fires and near single fires' reports (not checked), so the set leans easy on it;
the class medians of the dNBR are -3, 86, 374 and 720 (x1000). In ``pasture5``'s pool (after its change) the total
correlates -0.64 with the grazing pressure, 0.38 with the unseen management, 0.21 with the rainfall, 0.18 with the
fertility and 0.61 with the log of the herbage mass; the pool's classes are 0.6 / 18.9 / 51.1 / 27.6 / 1.8 % (the
kept rows over-sample the ends). The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as
round 70 uses them (``main`` was not run); ``_keep``, ``_pull``, ``_sig`` and ``_draw`` are imported from
``benchmarks/data_quality_round_common.py`` as round 70 imports them. No detector or filter ran on these sets, and
the benchmark did not; the difficulty below and the tests' baseline were computed with sklearn directly
(``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set        rows   classes (rows each)                          MLP train / test %, seed 0 | 1   10-NN %  between
firesev4   2,140  4 (320 / 620 / 680 / 520), ordered          80.7 / 72.3 | 77.8 / 70.7        40.5     95 %
pasture5   2,140  5 (240 / 440 / 600 / 540 / 320), ordered    53.0 / 48.0 | 56.8 / 51.4        60.7     82 %
forklift6  2,140  6 (480 / 360 / 300 / 380 / 320 / 300)        68.7 / 58.7 | 67.5 / 63.4        42.1     82 %
pivot6     2,140  6 (420 / 380 / 360 / 360 / 300 / 320)        71.7 / 59.6 | 62.4 / 57.6        44.3     88 %

("between": the share of the baseline's errors between documented neighbours.) In one phrase:
a scaled 10-neighbour baseline errs on 40.5 / 60.7 / 42.1 / 44.3 % of their rows.
No set meets all three aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors
between documented neighbours); every set meets the third. firesev4 is as first written and misses the baseline's
aim by 0.5 points (40.5 %), kept and said. forklift6 is as first written and misses two aims (the baseline 42.1 %,
the MLP 58.7 % with seed 0), kept and said. pasture5 first came out at MLP 40.6 / 36.4 % test (seeds 0 / 1),
baseline 64.9 %, 73 % between neighbours; its pool was unreal in one way: the pasture's unseen management (a normal
0.5 on every indicator) drove the total more than the grazing pressure the records hold (correlations 0.67 against
-0.44), where the guides put overgrazing and its rest first; its one change, made for realism (commit 4047f97),
halved the unseen management (0.25) and widened the stocking's spread against the carrying capacity (a lognormal
0.5, from 0.35); it still misses two aims (the baseline 60.7 %, the MLP 48.0 / 51.4 %), kept and said: the class is
a sum of ten visual scores, each with the scorer's own reading, that the records hold only in part. pivot6 first came
out at MLP 58.5 / 56.3 % test, baseline 46.1 %, 89 % between neighbours; its one change, made for realism after the
pages on the safety circuit (commit bdb26c1): a faulty alignment switch or its linkage mostly stops the machine with
its towers in line, so the call's "a tower behind the line" for an alignment fault fell to 0.2 (from 0.45, which was
nearly a drive failure's); it still misses two aims (the baseline 44.3 %, the MLP 59.6 / 57.6 %), kept and said. All
four generators were committed before any measure (commit b05e4c7; before it they were run once, to check that they
ran and that each pool held enough of each class, and a negative pre-fire NBR's power was clipped to 60 before the
commit); firesev4 and forklift6 are as committed. In firesev4 95 % of the errors fall between adjacent classes:
unburned with low 34 % of them, low with moderate 33 %, moderate with high 27 %; two apart 5 % (unburned with
moderate 4 %); unburned errs most (57 %: a light surface burn and an island both read as a small dNBR under a sparse
canopy), high and moderate least (33 % and 34 %). In pasture5 82 % fall between adjacent classes: fair with good 27 %
of them, poor with fair 23 %, good with excellent 18 %, very poor with poor 14 %; two apart 18 % (very poor with fair
7 %, poor with good 5 %, fair with excellent 5 %); very poor errs most (67 %), fair least (57 %). forklift6 errs on
42 %, 82 % of its errors between faults the call leaves confused (``FORKLIFT_NEIGHBOURS``): the battery with the
controller 19 % of them, the brakes with the tyres 14 %, the battery with the hydraulics 13 %, the hydraulics with
the mast 12 %, the mast with the tyres 9 %, the controller with the brakes 9 %, the hydraulics with the controller
7 %; the battery with the brakes (4 %), the controller with the tyres (4 %) and six more pairs of 1-2 % each fall
outside the map; the hydraulics and the controller err most (52 % and 51 %), the battery least (25 %). pivot6 errs on
44 %, 88 % of its errors between causes the log and the call leave confused (``PIVOT_NEIGHBOURS``): the alignment
with a drive failure 26 % of them, the alignment with an electrical fault 17 %, low pressure with clogged sprinklers
12 %, the alignment with a stuck tower 10 %, a drive failure with a stuck tower 10 %, a drive failure with an
electrical fault 8 %, low pressure with an electrical fault 5 %; an electrical fault with clogged sprinklers (3 %),
the alignment with low pressure (3 %), an electrical fault with a stuck tower (2 %) and four more pairs of 1 % each
fall outside the map; a drive failure errs most (63 %), clogged sprinklers and low pressure least (25 % and 28 %).
Slips kept as committed: in
firesev4 the aspect is in degrees (359 and 1 are far apart to the baseline), the days to the visit are bimodal (an
initial and an extended assessment), so their class medians jump (the low class's median 85 days, the others'
about 300) while their means hardly differ, and the dNBR follows the true CBI a little better than the literature
across fires; in pasture5 the species sown and a poorly drained soil differ little between classes, the rest days
are 0 for continuous grazing (a code, not a time), and a grass-legume mix raises only the legume and diversity
indicators; in forklift6 the truck's age differs little between faults (5.9-8.2 years), the hydraulics' and the
mast's lift share are close (40 and 42 %), and a battery fault logs a drive or controller code in a third of calls;
in pivot6 the towers' count and a thunderstorm's share differ little, the hours run are highest for low pressure,
not for a drive failure (the pull toward the alignment's and the ruts' fewer hours), and a stuck tower's rain is a
median 21 mm (a week's rain the author's guess).

Tests' cost (one core, ``OMP_NUM_THREADS=1``, on a shared machine with two cores and a load of 3.4-3.9): the 19
tests' largest calls are the four MLP fits (0.16-0.46 s each) and the two graded pools (0.17-0.32 s each, generated
twice for the determinism check); a whole ``pytest`` run of the file reports 5.7-6.7 s (five runs: 6.0, 5.7, 6.7, 5.8
and 6.6; ``time`` 7.1-8.1 s), of which importing the benchmark (torch, scipy, pandas), sklearn and pytest take 4.3-5.3
s (timed alone), so a run goes over 6 s when the machine is busy."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- firesev4: a burned forest plot's severity
#: the 4 classes of ``firesev4`` (a forest plot visited after a wildfire, by the burn-severity class of its total
#: Composite Burn Index as the field crew rated it), the least burned first
FIRESEV_CLASSES = ("unburned (CBI under 0.1)", "low severity (CBI 0.1 to under 1.25)",
                   "moderate severity (CBI 1.25 to under 2.25)", "high severity (CBI 2.25 to 3.0)")
FIRESEV_ROWS = (320, 620, 680, 520)
#: the class limits on the plot's total CBI (0-3), the commonly used breaks (the author's recollection of Miller and
#: Thode's; the USGS's CBI pages say classes need a local reference)
FIRESEV_LIMITS = (0.1, 1.25, 2.25)
#: the class above and below each class (a plot's CBI near a limit, and the raters' 0.3 of CBI between them)
FIRESEV_NEIGHBOURS = ordinal_neighbours(len(FIRESEV_CLASSES))
#: the CBI's five strata, whose rating factors the crew averages into the total: the label's basis, not columns
FIRESEV_STRATA = ("substrates", "herbs, low shrubs and small trees", "tall shrubs and saplings",
                  "intermediate trees", "big trees")


# ---------------------------------------------------------------------- pasture5: a grazed pasture's condition
#: the 5 classes of ``pasture5`` (a grazed pasture, by its Pasture Condition Score sheet's total of the 10 indicators,
#: each scored 1-5, against the class limits), the poorest first
PASTURE_CLASSES = ("very poor (total 10-14: major changes in management needed)",
                   "poor (15-24: significant changes needed)", "fair (25-34: changes would help)",
                   "good (35-44: minor changes would enhance)", "excellent (45-50: no changes needed)")
PASTURE_ROWS = (240, 440, 600, 540, 320)
#: the lower limits of the poor, fair, good and excellent classes on the sheet's total (10-50; the author's reading
#: of the guide's bands, not checked)
PASTURE_LIMITS = (15, 25, 35, 45)
#: the class above and below each class (a total near a limit; a scorer's one point on two indicators moves it)
PASTURE_NEIGHBOURS = ordinal_neighbours(len(PASTURE_CLASSES))
#: the sheet's 10 indicators, the label's basis and not columns
PASTURE_INDICATORS = ("desirable plants", "legume", "live plant cover", "plant diversity", "residue and litter",
                      "grazing utilization and severity", "livestock concentration areas", "soil compaction",
                      "plant vigor", "erosion")


# ---------------------------------------------------------------------- forklift6: an electric forklift's fault
#: the 6 classes of ``forklift6`` (an electric warehouse forklift truck at a service call, by the fault the technician
#: found)
FORKLIFT_FAULTS = ("traction battery or charger fault (sulfated or failed cells, a charger fault)",
                   "hydraulic leak or pump fault (a hose, a seal, the pump or its motor)",
                   "mast chain or roller wear (stretched chains, worn rollers or channels)",
                   "drive motor or controller fault (the traction motor, its controller or contactor)",
                   "brake wear (worn service brake linings, a dragging or weak parking brake)",
                   "tyre damage (chunked, cut or worn-through solid or cushion tyres)")
FORKLIFT_ROWS = (480, 360, 300, 380, 320, 300)
#: the faults the call and the truck's records leave confused (symmetric): a battery against the hydraulics (the
#: lift pump's heavy draw on a weak battery: a slow lift) and against the drive controller (a weak battery's low
#: voltage cuts the controller back: no or weak drive, a controller code); the hydraulics against the mast (a jerky,
#: slow or drifting lift either way) and against the controller (the pump motor's controller, one box with the drive
#: on many trucks); the mast against the tyres (a rough floor: jolts and noise at the mast, chunked tyres); the
#: controller against the brakes (a dragging brake loads the drive motor: overheating, weak drive; braking by
#: regeneration through the controller); the brakes against the tyres (poor stopping and pulling, both worn by
#: heavy travel)
FORKLIFT_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 3), 2: (1, 5), 3: (0, 1, 4), 4: (3, 5), 5: (2, 4)}


# ---------------------------------------------------------------------- pivot6: a centre pivot's stop
#: the 6 classes of ``pivot6`` (a centre-pivot irrigation system that stopped or misbehaved, by the cause the
#: dealer's technician found)
PIVOT_CAUSES = ("tower alignment fault (an alignment switch, its cam or linkage out of adjustment)",
                "tower drive motor or gearbox failure (a burnt motor, a failed gearbox or U-joint)",
                "low pressure or pump fault (the well or canal pump, its pressure switch, a leak)",
                "electrical or collector-ring fault (the collector ring, a tower box contactor, a cut span cable, "
                "the supply)",
                "a tower stuck in wheel ruts (bogged in wet, rutted wheel tracks)",
                "clogged sprinklers or end-gun fault (plugged nozzles or regulators, the end gun or its booster pump)")
PIVOT_ROWS = (420, 380, 360, 360, 300, 320)
#: the causes the panel's log and the call leave confused (symmetric): an alignment fault against a drive failure
#: and a stuck tower (a tower that does not move puts the span out of line and the safety circuit stops the machine:
#: the same shutdown code) and against an electrical fault (the safety circuit runs through every tower box: a
#: broken wire reads as an alignment stop); a drive failure against a stuck tower (a tower that does not move, its
#: gearbox strained in a rut) and against an electrical fault (a tower box contactor or a cut cable: one tower's
#: motor without power); low pressure against an electrical fault (the pump's supply, the pressure switch's circuit)
#: and against clogged sprinklers (the pressure and the flow off the design either way, dry streaks in the crop)
PIVOT_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 3, 4), 2: (3, 5), 3: (0, 1, 2), 4: (0, 1), 5: (2,)}


def firesev4():
    """Forest plots visited after a wildfire in the 4 burn-severity classes (``FIRESEV_CLASSES``), labelled by the
    class of the plot's total Composite Burn Index as the field crew rated it, against ``FIRESEV_LIMITS``, as what a
    post-fire assessment has apart from the CBI's own ratings describes them. The CBI's strata ratings
    (``FIRESEV_STRATA``) are the label's basis and not columns: the crew averages them into the total, and with them
    the set would be the index itself. The fire's effect on a plot follows its pre-fire forest (a dense canopy and a
    lodgepole or subalpine fir stand burn hotter, a dry pine stand's surface fire and an aspen stand less), its slope
    and aspect (steep, south-facing slopes hotter), the burn day's weather (hot, dry, windy) and a fuel treatment or
    an earlier fire within 20 years (less), and the fire's own luck on the day (a run, a plume, a wind shift: unseen);
    the total CBI saturates toward 3; the crew rates it with an error (a normal 0.15; observers differ by up to 0.3).
    The dNBR (Landsat) follows the true effects with its known imperfect agreement: lower for the same CBI under a
    sparse pre-fire canopy (the reason the relativized RdNBR exists), raised by delayed tree mortality at an extended
    assessment (a season later) and lowered by the understory's green-up there, with a pixel's and a registration's
    error. Columns: the forest type (0 dry ponderosa pine and Douglas-fir, 1 mixed conifer, 2 lodgepole pine and
    subalpine fir, 3 aspen and other hardwoods), the pre-fire canopy cover (%), the slope (degrees), the aspect
    (degrees from north), the elevation (m), the burn day's maximum temperature (C), its minimum relative humidity
    (%), its mean wind speed (km/h), a fuel treatment or a fire within 20 years (0/1), the days from the fire to the
    plot's visit, the pre-fire NBR (x1000), the dNBR (x1000) (12). Imbalanced: 320 / 620 / 680 / 520 rows (2,140)."""
    rng = np.random.default_rng(71101)
    n = 200000
    ftype = rng.choice(4, n, p=(0.3, 0.35, 0.25, 0.1))
    canopy = np.round(np.clip(rng.normal(np.array([45.0, 62.0, 68.0, 58.0])[ftype], 15, n), 5, 98))
    slope = np.round(np.clip(rng.lognormal(np.log(16), 0.6, n), 0, 60))
    aspect = np.round(rng.uniform(0, 360, n))
    elev = np.round(rng.normal(np.array([1400.0, 1800.0, 2300.0, 1900.0])[ftype], 250, n), -1)
    temp = np.round(rng.normal(28, 4.5, n) - 0.004 * (elev - 1800), 1)
    rh = np.round(np.clip(rng.normal(20, 6, n) - 0.9 * (temp - 28), 4, 70))
    wind = np.round(rng.lognormal(np.log(14), 0.5, n))
    prior = rng.random(n) < np.array([0.2, 0.12, 0.05, 0.08])[ftype]
    days = np.round(np.where(rng.random(n) < 0.5, rng.uniform(15, 90, n), rng.uniform(300, 420, n)))
    north = np.cos(np.radians(aspect))
    s = (-0.2 + 0.03 * (canopy - 60) + np.array([-0.7, 0.0, 0.8, -1.2])[ftype] + 0.025 * (slope - 16)
         - 0.45 * north + 0.09 * (temp - 28) - 0.06 * (rh - 20) + 0.8 * np.log(wind / 14) - 1.1 * prior
         + rng.normal(0, 1.1, n))  # the fire's own luck on the day: unseen
    cbi = 3 * _sig(1.5 * s)
    cbi = np.where(cbi < 0.12, cbi * rng.uniform(0, 1, n), cbi)  # unburned islands: left untouched by the fire
    rated = np.clip(cbi + rng.normal(0, 0.15, n), 0, 3)  # the crew's rating of the strata, averaged
    label = np.digitize(rated, FIRESEV_LIMITS)
    prenbr = np.round(np.clip(120 + 8 * canopy + rng.normal(0, 70, n), -100, 950))
    late = days > 200
    dnbr = ((np.maximum(prenbr, 60) / 600) ** 0.8 * (20 + 110 * cbi + 45 * cbi ** 2)
            + late * (35 * (cbi > 1) * (ftype != 3) * (cbi - 1) - 40 * (cbi < 1.2) * (1.2 - cbi))
            + rng.normal(0, 75, n))  # a pixel's and a registration's error
    keep = _keep(rng, label, FIRESEV_ROWS)
    x = np.column_stack([ftype, canopy, slope, aspect, elev, temp, rh, wind, prior, days, prenbr,
                         np.round(dnbr)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def pasture5():
    """Grazed pastures in the 5 condition classes (``PASTURE_CLASSES``), labelled by the total of a Pasture Condition
    Score sheet against ``PASTURE_LIMITS``, as the farm's records and measurements apart from the sheet describe them.
    The sheet's 10 indicator scores (``PASTURE_INDICATORS``) are the label's basis and not columns: the scorer adds
    them, and with them the set would be the sheet. Each indicator's score follows the grazing pressure (the stocking
    rate against the pasture's carrying capacity, which the fertility, the rainfall and the sown species set and the
    records do not hold, eased by the rest days of a rotation), the fertility (the soil test's P, K and pH, a recent
    fertilizer or lime), the stand's age since sowing, the season's rainfall, the species sown (a grass-legume mix
    scores its legume), the slope (erosion), a poorly drained soil and hay fed on the pasture in winter (compaction,
    concentration areas, weeds), the distance to water (concentration near the trough), each with the pasture's own
    management (unseen), the scorer's lean on the whole sheet and each indicator's own reading (0.55 of a point), to
    the point and within 1-5. Columns: the stocking rate (animal units a ha), the rest days between grazings (0 for
    continuous grazing), the grazing system (0 continuous, 1 rotational, 2 management-intensive), the species sown (0
    cool-season grass, 1 grass-legume mix, 2 bermudagrass or another warm-season grass, 3 a native warm-season mix),
    the years since sowing, the soil test's P and K (ppm, Mehlich-3) and pH, fertilized or limed within 3 years (0/1),
    the growing season's rainfall (% of normal), the slope (%), a poorly drained soil (0/1), the greatest distance to
    water (m), hay fed on the pasture in winter (0/1), the herbage mass at the visit (kg DM a ha, a rising plate
    meter) (15). Imbalanced: 240 / 440 / 600 / 540 / 320 rows (2,140)."""
    rng = np.random.default_rng(71202)
    n = 200000
    system = rng.choice(3, n, p=(0.5, 0.35, 0.15))
    sown = rng.choice(4, n, p=(0.4, 0.3, 0.2, 0.1))
    years = np.round(np.clip(rng.lognormal(np.log(12), 0.8, n), 1, 60))
    fertilized = rng.random(n) < _sig(-0.6 + 0.6 * system)
    p = np.round(rng.lognormal(np.log(22), 0.7, n) * np.where(fertilized, 1.5, 1))
    k = np.round(rng.lognormal(np.log(115), 0.45, n) * np.where(fertilized, 1.3, 1))
    ph = np.round(np.clip(rng.normal(5.9, 0.5, n) + 0.35 * fertilized, 4.5, 7.8), 1)
    rain = np.round(np.clip(rng.normal(100, 22, n), 30, 180))
    slope = np.round(np.clip(rng.lognormal(np.log(6), 0.7, n), 0, 45), 1)
    wet = rng.random(n) < 0.25
    water = np.round(np.clip(rng.lognormal(np.log(350), 0.6, n) / (1 + 0.5 * system), 20, 2000), -1)
    hay = rng.random(n) < _sig(-0.3 - 0.6 * system)
    fert = 0.45 * np.log(p / 22) + 0.3 * np.log(k / 115) - 0.8 * np.abs(ph - 6.4)
    drought = (rain - 100) / 25
    capacity = (np.exp(0.35 * fert + 0.25 * drought) * np.array([1.0, 1.1, 1.3, 0.8])[sown]
                * rng.lognormal(0, 0.25, n))  # animal units a ha the pasture carries: unseen
    rest = np.round(np.where(system == 0, 0, np.clip(rng.normal(np.where(system == 1, 24, 35), 9, n), 5, 80)))
    stocking = np.round(1.3 * capacity * rng.lognormal(-0.05 * system, 0.5, n), 2)
    gp = np.log(stocking / (1.3 * capacity)) - 0.012 * (rest - 20) * (system > 0)  # the grazing pressure
    own = rng.normal(0, 0.25, n)  # the pasture's management: unseen
    mix = (sown == 1) * 1.0 - (sown == 2) * 0.8
    drivers = np.stack([
        -1.0 * gp + 0.4 * fert - 0.02 * (years - 12) - 0.4 * hay,  # desirable plants
        1.3 * mix + 0.5 * fert - 0.4 * gp - 0.025 * (years - 12) - 0.5,  # legume
        -1.2 * gp + 0.45 * drought + 0.4 * fert,  # live plant cover
        0.6 * (sown == 3) + 0.5 * (sown == 1) + 0.2 * system - 0.5 * gp - 0.2,  # diversity
        -1.3 * gp + 0.4 * drought + 0.25 * system,  # residue and litter
        -1.4 * gp + 0.3 * system,  # utilization
        -0.9 * hay - 0.5 * np.log(water / 350) + 0.3 * system - 0.4 * gp,  # concentration areas
        -0.9 * wet - 0.6 * hay - 0.5 * gp,  # compaction
        0.8 * fert + 0.55 * drought - 0.6 * gp,  # vigor
        -0.07 * (slope - 6) - 0.6 * gp + 0.2 * drought + 0.3,  # erosion
    ]) + own + rng.normal(0, 0.3, n)  # the scorer's lean on the whole sheet
    scores = np.clip(np.round(3.1 + 1.1 * drivers + rng.normal(0, 0.55, drivers.shape)), 1, 5)
    label = np.digitize(scores.sum(0), PASTURE_LIMITS)
    mass = np.round(2400 * np.exp(-0.7 * gp + 0.3 * drought + 0.3 * fert + 0.3 * own) * rng.lognormal(0, 0.3, n),
                    -1)
    keep = _keep(rng, label, PASTURE_ROWS)
    x = np.column_stack([stocking, rest, system, sown, years, p, k, ph, fertilized, rain, slope, wet, water, hay,
                         mass])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per fault of ``forklift6``, the medians of: the truck's age (years), its hour meter (thousand hours), the share of
#: its hours with the hydraulics working (%), the impacts its telematics logged in 30 days (count), the traction
#: battery's age (years), the week's deepest discharge (%), a low-voltage cutback logged (share), a drive or
#: controller fault code logged (share), a motor or controller over-temperature warning (share), the days since its
#: last planned maintenance, the call's complaints: no or weak drive, a slow, drifting or leaking lift, noise or jerks
#: at the mast, poor stopping or a brake noise, vibration or a rough ride (shares), the share of its hours on rough
#: floors, dock plates or outdoors (%)
FORKLIFT_TABLE = np.array([
    # age  khrs  lift  imp  batt  dis   lowv  code  temp  pm     drive lift  mast  brake vib   floor
    [6.0, 12.0, 30.0, 1.0, 5.5, 88.0, 0.75, 0.35, 0.10, 60.0, 0.60, 0.35, 0.03, 0.03, 0.05, 15.0],  # battery
    [7.0, 14.0, 42.0, 1.0, 3.0, 72.0, 0.12, 0.15, 0.08, 80.0, 0.05, 0.85, 0.20, 0.03, 0.05, 15.0],  # hydraulics
    [9.0, 20.0, 45.0, 2.5, 3.5, 70.0, 0.08, 0.05, 0.05, 90.0, 0.03, 0.40, 0.80, 0.03, 0.15, 30.0],  # mast
    [7.0, 15.0, 30.0, 1.5, 3.5, 75.0, 0.20, 0.75, 0.45, 70.0, 0.80, 0.15, 0.03, 0.10, 0.08, 20.0],  # controller
    [8.0, 16.0, 25.0, 2.0, 3.5, 72.0, 0.08, 0.12, 0.20, 110.0, 0.15, 0.03, 0.03, 0.80, 0.20, 30.0],  # brakes
    [5.0, 10.0, 28.0, 4.0, 3.0, 70.0, 0.05, 0.05, 0.05, 80.0, 0.05, 0.03, 0.20, 0.20, 0.80, 45.0],  # tyres
])
FORKLIFT_LOGS = [0, 1, 3, 4, 9, 15]
FORKLIFT_KINDS = [("log", 0.45, 0.1), ("log", 0.5, 0.15), ("norm", 10.0, 0), ("count", 0.6, 0.2), ("log", 0.45, 0),
                  ("norm", 9.0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("log", 0.6, 0.15),
                  ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0),
                  ("log", 0.7, 0.1)]


def forklift6():
    """Electric warehouse forklift trucks at a service call in 6 faults (``FORKLIFT_FAULTS``), labelled by the fault
    the technician found, as the truck's telematics, its hour meter and service records and the call describe them.
    Each fault has its picture (``FORKLIFT_TABLE``): a traction battery worn by deep discharges (sulfation) on an old
    battery, low-voltage cutbacks logged, the truck weak or dead before the shift ends; a hydraulic leak or pump fault
    on a truck that lifts much, a slow, drifting or leaking lift; mast chains and rollers worn on an old, busy truck
    on rough floors, noise and jerks at the mast; a drive motor or controller fault with its code and over-temperature
    warnings, no or weak drive; worn brakes long after the last planned maintenance, poor stopping; tyres chunked and
    cut by impacts, rough floors and dock plates, a rough ride. Unseen: the truck's duty and upkeep (it raises the
    age, the hours, the impacts, the days since maintenance and the rough floors). Columns: the table's 16 (the shares
    as 0/1; the age, the hours and the battery's age to a tenth; the rest to the unit) (16). Imbalanced: 480 / 360 /
    300 / 380 / 320 / 300 rows (2,140)."""
    rng = np.random.default_rng(71303)
    y = rng.permutation(np.repeat(np.arange(len(FORKLIFT_FAULTS)), FORKLIFT_ROWS))
    t = _pull(FORKLIFT_TABLE, FORKLIFT_NEIGHBOURS, 0.3, FORKLIFT_LOGS)[y]
    x = _draw(rng, t, FORKLIFT_KINDS, rng.normal(0, 1, len(y)))
    x[:, [0, 1, 4]] = np.clip(np.round(x[:, [0, 1, 4]], 1), 0.1, [25, 60, 12])
    x[:, [2, 5]] = np.clip(np.round(x[:, [2, 5]]), 0, 100)
    x[:, 9] = np.clip(np.round(x[:, 9]), 1, 720)
    x[:, 15] = np.clip(np.round(x[:, 15]), 0, 100)
    return x.astype(np.float32), y.astype(np.int64)


#: per cause of ``pivot6``, the medians of: the system's age (years), its towers (count), a safety (alignment) circuit
#: shutdown in the panel's log (share), a low-pressure shutdown (share), a power loss or phase fault (share), the
#: pressure at the pivot point against the sprinkler chart's design (kPa), the flow (% of the design), the rain in
#: the last 7 days (mm), the field's clay (%), the hours the system has run this season, a thunderstorm within 48
#: hours (share), a surface water source (share; else a well), the percent timer's setting (%), the call: stopped
#: (share; else running but misbehaving), a tower behind the line or a span bent (share), dry or wet streaks in the
#: crop (share)
PIVOT_TABLE = np.array([
    # age  towr  safe  lowp  powr  dp     flow   rain  clay  hours   storm surf  timer stop  behind strk
    [14.0, 7.0, 0.85, 0.03, 0.05, 0.0, 100.0, 8.0, 22.0, 900.0, 0.15, 0.20, 60.0, 0.90, 0.20, 0.08],  # alignment
    [17.0, 8.0, 0.80, 0.03, 0.05, 0.0, 100.0, 6.0, 22.0, 1400.0, 0.12, 0.20, 55.0, 0.90, 0.60, 0.05],  # drive
    [15.0, 7.0, 0.05, 0.80, 0.12, -80.0, 75.0, 3.0, 20.0, 1300.0, 0.15, 0.35, 60.0, 0.80, 0.03, 0.40],  # pressure
    [16.0, 7.0, 0.30, 0.15, 0.60, 0.0, 100.0, 12.0, 22.0, 1000.0, 0.50, 0.20, 60.0, 0.90, 0.15, 0.05],  # electric
    [12.0, 7.0, 0.85, 0.03, 0.03, 0.0, 100.0, 35.0, 35.0, 1000.0, 0.20, 0.20, 30.0, 0.95, 0.75, 0.10],  # ruts
    [13.0, 7.0, 0.03, 0.05, 0.03, 35.0, 88.0, 4.0, 20.0, 1100.0, 0.10, 0.65, 60.0, 0.10, 0.03, 0.80],  # sprinklers
])
PIVOT_LOGS = [0, 7, 9]
PIVOT_KINDS = [("log", 0.45, 0.1), ("norm", 2.0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0),
               ("norm", 35.0, 0), ("norm", 9.0, 0), ("log", 0.9, 0), ("norm", 8.0, 0), ("log", 0.45, 0.1),
               ("share", 0, 0), ("share", 0, 0), ("norm", 18.0, 0), ("share", 0, 0), ("share", 0, 0),
               ("share", 0, 0)]


def pivot6():
    """Centre-pivot irrigation systems that stopped or misbehaved in 6 causes (``PIVOT_CAUSES``), labelled by the
    cause the dealer's technician found, as the control panel's log, the field's records and the call describe them.
    Each cause has its picture (``PIVOT_TABLE``): an alignment fault stops the machine on the safety circuit with a
    tower out of line; a tower drive motor or gearbox failure on an old, long, hard-run machine, the same safety stop,
    the tower behind; low pressure or a pump fault stops it on the pressure switch, the pressure and the flow under
    the design, dry streaks; an electrical or collector-ring fault after a thunderstorm, a power or phase fault
    logged (a broken safety-circuit wire: a safety stop); a tower stuck in ruts after rain on a clay field at a slow
    timer setting (a deep application), the safety stop, the tower behind; clogged sprinklers or an end-gun fault on
    surface water, the pressure over the design and the flow under it, the machine running with streaks in the crop.
    Unseen: the machine's upkeep (it raises the age and the hours). Columns: the table's 16 (the shares as 0/1; the
    towers, the pressure, the flow, the rain, the clay, the hours and the timer to the unit; the age to a tenth)
    (16). Imbalanced: 420 / 380 / 360 / 360 / 300 / 320 rows (2,140)."""
    rng = np.random.default_rng(71404)
    y = rng.permutation(np.repeat(np.arange(len(PIVOT_CAUSES)), PIVOT_ROWS))
    t = _pull(PIVOT_TABLE, PIVOT_NEIGHBOURS, 0.3, PIVOT_LOGS)[y]
    x = _draw(rng, t, PIVOT_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.clip(np.round(x[:, 0], 1), 0.5, 45)
    x[:, 1] = np.clip(np.round(x[:, 1]), 2, 16)
    x[:, [5, 6, 9]] = np.round(x[:, [5, 6, 9]])
    x[:, 6] = np.clip(x[:, 6], 20, 130)
    x[:, 7] = np.round(x[:, 7])
    x[:, 8] = np.clip(np.round(x[:, 8]), 3, 60)
    x[:, 12] = np.clip(np.round(x[:, 12]), 5, 100)
    return x.astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND71`` lists them (the ordered sets first)
GENERATORS = {"firesev4": firesev4, "pasture5": pasture5, "forklift6": forklift6, "pivot6": pivot6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND71_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "firesev4": (2140, 12, FIRESEV_ROWS),
    "pasture5": (2140, 15, PASTURE_ROWS),
    "forklift6": (2140, 16, FORKLIFT_ROWS),
    "pivot6": (2140, 16, PIVOT_ROWS),
}
ROUND71 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("firesev4", "pasture5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"firesev4": FIRESEV_NEIGHBOURS, "pasture5": PASTURE_NEIGHBOURS, "forklift6": FORKLIFT_NEIGHBOURS,
              "pivot6": PIVOT_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
