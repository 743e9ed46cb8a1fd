"""Round 58's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (the set names of every round through a
grep of the ``GENERATORS = {`` lines, reduced to the quoted names, before any constant was written): none names a
FAMACHA score, a motorway's level of service, a 3-D print or a wind turbine blade. Near ones, not opened:
``anaemia7`` (by its name an anaemia grading, of which species or measure not checked), ``bcs6`` (by its name a
body condition score), ``crash8``, ``incident7``, ``winterroad5`` and ``transit5`` (by their names other questions
about roads and traffic), ``erosion5`` (by its name; which erosion not checked), ``weld8`` and ``polymer6`` (by
their names other manufacturing and material questions). As in rounds 54-57, the two graded sets simulate a pool
of cases, label every case the way its field does (a reference against the field's limits) and keep a fixed
number of each class (``_keep``, shuffled); the two unordered sets draw their classes' rows directly from a table
of each class's medians (``_pull``ed toward its neighbours). Two sets have ORDERED classes (``ORDERED``): sheep and
goats in the 5 FAMACHA categories, labelled by a reference packed cell volume from a blood sample against the
chart's bands, PCV 28, 23, 18 and 13 (``PCV_LIMITS``), and described by a farm visit's measurements (the lower
eyelid's colour read by a phone camera, a* and L*, with the field light's colour temperature, the faecal egg count,
body condition, age, lactation, species, month, rain, stocking rate, the paddock's rest, days since the last
deworming and its drug group); and basic motorway segments in the 6 levels of service A-F, labelled by a reference
density from an aerial or drone count against the Highway Capacity Manual's 11, 18, 26, 35 and 45 passenger cars
per mile per lane (``DENSITY_LIMITS``), and described by the loop detectors and probes (loop speed, occupancy and
flow, probe travel time and count, heavy-vehicle share, lanes, weather, hour, an incident or roadworks upstream,
the speed's spread over the interval). Two have UNORDERED classes: failed fused-filament prints on a print farm in
6 causes (warping / bed adhesion loss, stringing, under-extrusion, layer shift, nozzle clog, filament moisture)
from the printer's logs, the slicer's settings and the first-layer camera; and drone-inspection findings on wind
turbine blades in 6 damage types (leading-edge erosion, lightning-strike damage, trailing-edge crack, laminate
delamination, gelcoat chipping, surface contamination) from the image analysis and the turbine's records.
``NEIGHBOURS`` names each set's neighbour map (``FAMACHA_NEIGHBOURS``, ``LOS_NEIGHBOURS``, ``PRINT_NEIGHBOURS``,
``BLADE_NEIGHBOURS``; written from the fields as the author knew them and committed, with the class names, rows
and limits, before any generator was written or ran: commit 4a5bed8; no pair added after). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``, ``--sets
famacha5,freewaylos6,printfail6,bladedmg6``, ``--data round58``).

The author opened only: ``docs/data-authors.md`` lines 1-30 (``sed -n 1,30p``);
``benchmarks/data_quality_round57.py`` (all 440 lines with ``cat``, whose display left out lines 163-220, then
``sed -n 160,222p``; not edited), ``tests/test_data_quality_round57.py`` (all; not edited) and
``tests/round_checks.py`` (all); the set names of every round (``grep -h "GENERATORS = {"`` of every round module,
reduced to the quoted names); the lines of ``benchmarks/data_quality_actions.py`` that register round 57 (a grep
for round57 / ROUND57: lines 96, 115, 117 and 461; then lines 90-118 and 458-463 filtered by a grep for 57, and
``sed -n 96p``, ``sed -n 115p`` and ``sed -n 461,462p``), edited by a script that replaced the import, the
``ROUNDS`` entry and the two help strings (its ``git diff -U0`` showed only the changed lines);
``tests/test_architecture.py`` lines 1-12 and 95-105, lines 13-40 filtered by a grep for ``MAX_LINES`` (520) and a
grep of the whole file for ``def test`` (four hits, lines 73-106). Round 30's docstring and rounds 54-56's were
not opened. Slips: the grep for round57 showed line 117 of ``benchmarks/data_quality_actions.py``, the second line
of the comment above ``BLIND_ROUND`` (that the blind round runs by ``--data`` or ``--sets``, the ordinal
benchmark's ``--part``, "and the ceiling study and the ordinal"; ``BLIND_ROUND`` itself was not read or changed);
a second grep of every round module for quoted names holding words of these fields (anaemia, sheep, goat,
traffic, print, blade, wind, turbine and others) printed four quoted strings, ``"anaemia"``, ``"anaemia7"``,
``"colonyloss8"`` and ``"windthrow"``, beyond the GENERATORS keys; ``git worktree add`` printed the subject line of
main's last commit.
famacha5 and freewaylos6 were first measured from the working tree and committed unchanged right after (6a83210);
printfail6 and bladedmg6 were committed (b788778) before their first measure.

Public pages were searched (one search a field) and read only as the searches' excerpts: FAMACHA (ATTRA's
tipsheet: the barber's pole worm sucks blood in the abomasum and the lower eyelid pales; Burke and colleagues
2007, FAMACHA on farms in the south-eastern United States: producers scored every two weeks, researchers took
body condition, PCV and faecal egg counts, anaemia cut-offs of PCV 19 and 15 %, a better sensitivity in goats;
a Nigerian validation's introduction: Bath and colleagues 1996, a chart of five categories from red through pink
to white, van Wyk and Bath 2002: 90 % fewer treatments; an Andaman goat study: Haemonchus egg counts and the score
falling after treatment; the US FAMACHA guide's opening: Haemonchus the main problem in warm regions, dewormer
resistance widespread); level of service (a page quoting the HCM's basic freeway segment table: the same maximum
densities 11, 18, 26, 35 and 45 pc/mi/ln at every free-flow speed, capacity about 2,400 pc/h/ln at 70-75 mph and
speeds near 53 mph at capacity; Idaho's lab manual quoting the HCM: density is the flow rate over the average
passenger-car speed; an exam guide and a course page: density the service measure of basic freeway segments);
3-D printing (a course's defect slide: stringing from a short retraction and a hot nozzle, warping from a cool
bed, drafts and no enclosure for ABS and nylon, a layer shift from lost steps in a collision or a loose belt,
under-extrusion from a partial clog, a grinding extruder or a low flow; a glossary: a clog from degraded or
moisture-laden filament; a forensics page: motion, extrusion, thermal, rigidity and slicer causes); blades
(AXIS's onshore wind page: leading-edge erosion from rain, dust, sand and salt, worse on longer, faster blades;
lightning damage where the protection system fails, carbon fibre competing with the conductor; delamination from
defects in the matrix under bending; Katsaprakakis and colleagues 2021, a review: lightning, fatigue, icing and
leading-edge erosion, all depending on the site; a fan-blade damage page: leading-edge erosion and cracks,
trailing-edge cracks running along the chord, lightning striking some turbines of a farm repeatedly; a review of
drone inspections). The rest is the author's own reading of the fields, not checked: the chart's PCV bands 28 /
23 / 18 / 13 (recalled, not read), the whole worm model (pasture pressure from the season, rain, stocking and
rest, the drugs' efficacies and the return of worms since a deworming, the hosts' resilience), the PCV's fall per
worm, the eyelid's a* and L* per PCV point, the light's cast and the phone's partial correction, the egg count's
scatter; the demand, capacity and breakdown model (the capacity's cuts for rain, snow and roadworks, an incident
holding flow back or queueing it, the queue's speeds 8-40 mph), the aerial snapshot's scatter (12 %), the loop's
time-mean speed, occupancy from an effective length of 17-34 ft, the miscounts, the probes' share and scatter;
every median in ``PRINT_TABLE``, ``PRINT_FILAMENT`` and ``BLADE_TABLE`` (none read as numbers) and the noise
around them. The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as round 57 uses them
(``main`` was not run); ``_keep``, ``_pull`` and ``_sig`` are written as round 57's. No detector or filter ran on
these sets, and the benchmark did not; the difficulty below and the tests' baseline were computed with sklearn
directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set          rows   classes (rows each)                                MLP train / test %, seed 0 | 1   10-NN %  between
famacha5     2,140  5 (520 / 480 / 440 / 380 / 320), ordered          84.6 / 79.1 | 80.5 / 74.8        39.3     94 %
freewaylos6  2,140  6 (300 / 400 / 420 / 400 / 340 / 280), ordered    75.2 / 71.8 | 72.7 / 69.0        39.8     92 %
printfail6   2,140  6 (420 / 380 / 360 / 300 / 340 / 340)             87.5 / 85.4 | 89.2 / 86.5        18.0     92 %
bladedmg6    2,140  6 (460 / 300 / 340 / 320 / 380 / 340)             91.0 / 89.0 | 89.5 / 89.3        17.0     83 %

("between": the share of the baseline's errors between documented neighbours.) All four sets meet the three aims
(MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours): freewaylos6, printfail6 and bladedmg6 as first written, famacha5 after its one change; two sit near an
aim's edge: freewaylos6's baseline at 39.8 % (the aim's top 40 %) and bladedmg6's MLP at 89.0 % / 89.3 % (the aim's
top 90 %). In famacha5 94 % of the errors fall between adjacent categories: 1 with 2 28 % of them, 2 with 3 26 %,
3 with 4 24 %, 4 with 5 17 %; two apart 6 % (1 with 3, 2 with 4, 3 with 5); category 4 errs most (54 %), category
1 least (19 %). In freewaylos6 92 % fall between adjacent levels: C with D 24 %, D with E 22 %, A with B 20 %, B with
C 17 %, E with F 10 %; C with E (4 %) and A with C (1 %) fall two apart; E errs most (54 %), F least (18 %: a queue's
speed and travel time stand apart). printfail6 errs on 18 %, 92 % of its errors between causes a technician
confuses (``PRINT_NEIGHBOURS``): under-extrusion with a clog 30 % of them, warping with a layer shift 28 %,
stringing with wet filament 26 %, under-extrusion with wet filament 8 %; the rest (under 2 % a pair: warping or a
layer shift with under-extrusion, a clog with wet filament, ...) outside the map; a layer shift errs most (34 %),
warping least (4 %). bladedmg6 errs on 17 %, 83 % of its errors between damage types an analyst confuses
(``BLADE_NEIGHBOURS``): erosion with contamination 47 % of them, erosion with chipping 21 %, lightning with
delamination 7 %, a crack with delamination 5 %, lightning with a crack 4 %; delamination with chipping (6 %) and
lightning with chipping (4 %) fall outside the map; contamination errs most (40 %), a trailing-edge crack least
(6 %). Tuning after a first measure (toward the field, not toward a detector): famacha5 first came out too hard,
MLP 73.3 / 67.7 % (train / test, seed 0; seed 1 70.5 / 63.7), baseline 45.1 %, 89 % between neighbours: its one
change cut the eyelid colour's own scatter (how the eyelid is held open, the phone's exposure; read as the mean of
three photos) to 0.5 of the first version's (``wide``; commit 508c304), chosen once and measured once; the table's
numbers are after it, kept. freewaylos6 (first measure at 6a83210), printfail6 and bladedmg6 (b788778) met the aims
at their first measure and were not changed. Slips kept as committed: in famacha5 the drug group, the month, the
species and the age carry little (the drug only through its mean efficacy, the resistance unseen), and the light's
colour temperature only corrects the eyelid's colour; in freewaylos6 the lane count carries no signal, the weather
and roadworks little (only through the capacity), the helper ``ratio_sd`` sits at module level after its
generator, and the incidents' flag is highest in F and next in A (held-back flow); in printfail6 the hotend's
deviation carries little and the filament type is drawn from a per-cause table (``PRINT_FILAMENT``) with a fan
offset for ABS and nylon; in bladedmg6 the site class and the tip speed carry little, the operating hours follow
the age, and the erosion's, the strike's and the contamination's span medians lie close (0.79-0.82).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers its author wrote as the round before's (kept once since session 42)
from benchmarks.data_quality_round_common import _keep, _pull, _sig  # noqa: E402


# --------------------------------------------------------------------------- famacha5: small-ruminant anaemia
#: the 5 classes of ``famacha5`` (a sheep or goat at a farm visit, by a reference packed cell volume from a blood
#: sample read against the FAMACHA chart's PCV bands), least anaemic first
FAMACHA_CLASSES = ("1 red (PCV 28+)", "2 red-pink (PCV 23-27)", "3 pink (PCV 18-22)", "4 pink-white (PCV 13-17)",
                   "5 white (PCV 12 or less)")
FAMACHA_ROWS = (520, 480, 440, 380, 320)
#: the category above and below each category
FAMACHA_NEIGHBOURS = ordinal_neighbours(len(FAMACHA_CLASSES))
#: the reference PCV (%, read to a whole per cent) against 28, 23, 18 and 13: an animal's class is the number of
#: these limits above its PCV (the FAMACHA chart's bands as the author recalls them, not read in a source)
PCV_LIMITS = (28.0, 23.0, 18.0, 13.0)


# --------------------------------------------------------------------------- freewaylos6: motorway level of service
#: the 6 levels of ``freewaylos6`` (a basic motorway segment in a 15-minute interval, by a reference density from
#: an aerial or drone vehicle count, in passenger cars per mile per lane), freest flow first
LOS_CLASSES = ("A", "B", "C", "D", "E", "F")
LOS_ROWS = (300, 400, 420, 400, 340, 280)
#: the level above and below each level
LOS_NEIGHBOURS = ordinal_neighbours(len(LOS_CLASSES))
#: the reference density (pc/mi/ln) against the Highway Capacity Manual's basic freeway segment limits 11, 18, 26,
#: 35 and 45: a segment's level is the number of these limits below its density (a density of exactly a limit
#: stays in the better level)
DENSITY_LIMITS = (11.0, 18.0, 26.0, 35.0, 45.0)


# --------------------------------------------------------------------------- printfail6: failed 3-D print cause
#: the causes of ``printfail6`` (a failed fused-filament print on a print farm, by the cause a technician's
#: inspection of the part and the printer found)
PRINT_CAUSES = ("warping / bed adhesion loss", "stringing", "under-extrusion", "layer shift", "nozzle clog",
                "filament moisture")
PRINT_ROWS = (420, 380, 360, 300, 340, 340)
#: the causes a technician confuses from the logs (symmetric): warping against a layer shift (a curled corner
#: strikes the nozzle, the motor skips and the layers above shift); stringing against wet filament (a wet filament
#: oozes and strings on travel moves); under-extrusion against a nozzle clog (a partial clog starves the line, the
#: extruder motor works harder and skips) and against wet filament (steam bubbles thin and break the lines)
PRINT_NEIGHBOURS = {0: (3,), 1: (5,), 2: (4, 5), 3: (0,), 4: (2,), 5: (1, 2)}


# --------------------------------------------------------------------------- bladedmg6: wind turbine blade damage
#: the damage types of ``bladedmg6`` (a finding on a wind turbine blade in a drone inspection, by a blade
#: engineer's reference call on the images, at a rope-access repair where one followed)
BLADE_DAMAGES = ("leading-edge erosion", "lightning-strike damage", "trailing-edge crack", "laminate delamination",
                 "gelcoat chipping", "surface contamination")
BLADE_ROWS = (460, 300, 340, 320, 380, 340)
#: the damage types an image analyst confuses (symmetric): leading-edge erosion against gelcoat chipping (early
#: erosion is pitting and chipped coating on the edge) and against surface contamination (insects and dirt build
#: up on the same leading edge, a dark rough band); lightning damage against a trailing-edge crack (a strike near
#: the tip splits the trailing edge's bond line) and against delamination (the strike's pressure wave lifts the
#: shell's laminate); a trailing-edge crack against delamination (both a bond or laminate separation seen as a pale
#: line or a bulge)
BLADE_NEIGHBOURS = {0: (4, 5), 1: (2, 3), 2: (1, 3), 3: (1, 2), 4: (0,), 5: (0,)}


def famacha5():
    """Sheep and goats in 5 FAMACHA anaemia categories (``FAMACHA_CLASSES``), labelled by a reference packed cell
    volume against ``PCV_LIMITS``, as a farm visit's measurements describe the animal. Barber's pole worms
    (Haemonchus) build up on wet, warm, heavily stocked pasture grazed again before it rested, a deworming clears
    them by its drug's efficacy on the farm (resistance, unseen) and they come back within weeks; young and
    lactating animals carry more, and each animal's resilience (unseen) differs. Blood loss lowers the PCV; the
    lower eyelid pales with it, but the phone camera reads its colour through the field light (its colour
    temperature read by the phone, a correction that is only partial) and how the eyelid is held open; the faecal
    egg count follows the worms through their varying fecundity; the body condition falls slowly with a long
    burden. Columns: eyelid redness (a*), eyelid lightness (L*), the light's colour temperature (K), faecal egg
    count (eggs per gram), body condition score (1-5), age (months), lactating (flag), goat (flag), month, rain
    in the last 30 days (mm), stocking rate (head per ha), the paddock's rest before this grazing (days), days since
    the last deworming, the drug group (0 benzimidazole, 1 macrocyclic lactone, 2 levamisole, 3 monepantel) (14).
    Imbalanced: 520 / 480 / 440 / 380 / 320 rows (2,140)."""
    rng = np.random.default_rng(58101)
    n = 90000
    goat = rng.random(n) < 0.45
    age = np.clip(rng.gamma(2.2, 14, n), 3, 120)
    lact = (age > 14) & (rng.random(n) < 0.35)
    month = rng.integers(1, 13, n)
    warm = np.cos(2 * np.pi * (month - 7.5) / 12)  # northern-hemisphere summer at 1
    rain = np.clip(rng.gamma(2, 35, n) * (1 + 0.4 * warm), 0, 400)
    stock = np.clip(rng.lognormal(np.log(12), 0.5, n), 2, 60)
    rest = np.clip(rng.gamma(1.5, 25, n), 0, 180)
    days = rng.uniform(5, 200, n)
    drug = rng.choice(4, n, p=(0.35, 0.35, 0.2, 0.1))
    efficacy = np.clip(np.select([drug == 0, drug == 1, drug == 2], [0.6, 0.75, 0.85], 0.97)
                       + rng.normal(0, 0.12, n), 0, 1)  # the farm's resistance, unseen
    pressure = np.exp(0.8 * warm + 0.006 * (rain - 70) + 0.6 * np.log(stock / 12) - 0.012 * rest)
    regrow = 1 - efficacy * np.exp(-days / 35)  # the burden's return since the deworming
    host = np.exp(0.45 * lact + 0.5 * (age < 10) + 0.2 * goat + rng.normal(0, 0.5, n))  # resilience, unseen
    worms = 2500 * pressure * regrow * host
    pcv = np.round(np.clip(rng.normal(31, 3.2, n) - 4.2 * np.log1p(worms / 1500) ** 1.35, 5, 45))
    label = (pcv[:, None] < np.array(PCV_LIMITS)).sum(1)
    keep = _keep(rng, label, FAMACHA_ROWS)
    y = label[keep]
    goat, age, lact, month, rain, stock, rest, days, drug, worms, pcv = (
        a[keep] for a in (goat, age, lact, month, rain, stock, rest, days, drug, worms, pcv))
    n = len(y)
    kelvin = rng.uniform(3500, 8000, n)  # overcast, shade, sun
    cast = (kelvin - 5500) / 1500 * 2.5  # the light's shift of a*, of which the phone corrects about half
    # the one change after the first measure: the eyelid colour's own scatter (how the eyelid is held open, the
    # phone's exposure; read as the mean of three photos) cut to 0.5 of the first version's
    wide = 0.5
    redness = 6 + 0.75 * pcv + cast * rng.uniform(0.3, 0.8, n) + rng.normal(0, wide * 2.6, n)
    lightness = 62 - 0.45 * pcv + rng.normal(0, wide * 3.5, n) + 0.6 * cast
    fec = np.round(worms * 0.9 * rng.lognormal(0, 0.9, n) / 50) * 50
    bcs = np.clip(np.round((3.2 - 0.35 * np.log1p(worms / 1500) - 0.3 * lact + rng.normal(0, 0.45, n)) * 2) / 2, 1, 5)
    x = np.column_stack([np.round(redness, 1), np.round(lightness, 1), np.round(kelvin, -1), fec, bcs, np.round(age),
                         lact, goat, month, np.round(rain), np.round(stock, 1), np.round(rest), np.round(days), drug])
    return x.astype(np.float32), y


def freewaylos6():
    """Basic motorway segments in 6 levels of service (``LOS_CLASSES``), labelled by a reference density from an
    aerial or drone count against ``DENSITY_LIMITS``, as the loop detectors and probe vehicles describe the 15
    minutes. Demand per lane rises in the peak hours; the capacity per lane falls with heavy vehicles, rain or snow
    and roadworks, and an incident upstream holds traffic back (less flow arrives) or, downstream of a bottleneck,
    a queue forms; above capacity the flow breaks down into a queue, slow and dense. The density is the flow in
    passenger cars over the space-mean speed, but the loop measures time-mean speed and occupancy at one point,
    misses and double counts vehicles, its effective length depends on the mix, the probes are few and late, and
    the aerial snapshot catches one instant of a 15-minute interval and a platoon or a gap. Columns: loop speed
    (mph), loop occupancy (%), loop flow (veh/h/ln), probe travel time (s per mile), probes in the interval,
    heavy-vehicle share, lanes, weather (0 dry, 1 rain, 2 snow), hour, incident upstream (flag), roadworks upstream
    (flag), the speed's standard deviation across the interval's 20-second loop records (mph) (12). Imbalanced:
    300 / 400 / 420 / 400 / 340 / 280 rows (2,140)."""
    rng = np.random.default_rng(58202)
    n = 80000
    hour = rng.integers(0, 24, n)
    peak = np.exp(-((hour - 8) / 1.6) ** 2) + 0.9 * np.exp(-((hour - 17.5) / 1.8) ** 2)
    day = np.clip(np.sin(np.pi * (hour - 5) / 18), 0.08, 1)
    lanes = rng.choice([2, 3, 4, 5], n, p=(0.35, 0.35, 0.2, 0.1))
    heavy = np.clip(rng.beta(2, 12, n) * (1.5 - 0.6 * peak), 0, 0.5)
    weather = rng.choice(3, n, p=(0.75, 0.2, 0.05))
    works = rng.random(n) < 0.08
    incident = rng.random(n) < 0.07
    ffs = rng.normal(68, 3, n) - np.select([weather == 1, weather == 2], [5, 14], 0) - 6 * works
    cap = (2400 - 10 * (70 - ffs)) * np.select([weather == 1, weather == 2], [0.9, 0.75], 1) * (1 - 0.15 * works)
    demand = cap * np.clip(rng.lognormal(np.log(0.22 + 0.55 * day + 0.55 * peak), 0.3, n), 0.03, 2)
    demand *= np.where(incident, rng.uniform(0.4, 1.0, n), 1)  # held back above an incident
    queue = (demand > cap) | (incident & (rng.random(n) < 0.25))  # spill-back from a bottleneck ahead
    pce = 1 + heavy * (2 - 1)
    v = np.where(queue, cap * rng.uniform(0.55, 0.95, n), demand)  # pc/h/ln
    ratio = np.clip(v / cap, 0, 1)
    speed = np.where(queue, rng.uniform(8, 40, n), ffs - (ffs - 52) * ratio ** 3)
    dens = v / speed * rng.lognormal(0, 0.12, n)  # the aerial snapshot: one instant, a platoon or a gap
    label = (dens[:, None] > np.array(DENSITY_LIMITS)).sum(1)
    keep = _keep(rng, label, LOS_ROWS)
    y = label[keep]
    hour, lanes, heavy, weather, works, incident, ffs, speed, v, pce, queue = (
        a[keep] for a in (hour, lanes, heavy, weather, works, incident, ffs, speed, v, pce, queue))
    n = len(y)
    veh = v / pce
    tms = speed * (1 + 0.04 * queue) + rng.normal(0, 3.5, n)  # time-mean speed above the space-mean
    flow = veh * rng.lognormal(0, 0.12, n)  # missed and double counts, the point not the segment
    occ = np.clip(veh / np.maximum(speed, 5) * (17 + 35 * heavy) / 5280 * 100 * rng.lognormal(0, 0.2, n), 0, 95)
    probes = rng.poisson(np.clip(veh * lanes / 60 * 0.03, 0.3, None))
    tt = 3600 / np.clip(speed * rng.lognormal(0, 0.1 + 0.25 / np.sqrt(probes + 1), n), 3, 90)
    sd = np.abs(rng.normal(2 + 6 * queue + 4 * ratio_sd(speed), 1.5, n))
    x = np.column_stack([np.round(tms, 1), np.round(occ, 1), np.round(flow), np.round(tt), probes,
                         np.round(heavy, 3), lanes, weather, hour, incident, works, np.round(sd, 1)])
    return x.astype(np.float32), y


def ratio_sd(speed):
    """The speed's spread rises as the flow slows (a shape of the author's own)."""
    return np.clip((60 - speed) / 30, 0, 1.5)


#: per cause of ``printfail6``, the medians of: the hotend's mean deviation from its set point (C), the hotend
#: heater's duty (%), the bed's offset from the filament's recommended temperature (C), the extruder motor's mean
#: current (% of its limit), the extruder's step-loss events per hour, the X / Y motors' step-loss events per hour,
#: the part-cooling fan's duty (%), the chamber's humidity (%RH), the spool's days since opened, the slicer's
#: retraction (mm), the slicer's print speed (mm/s), the first-layer camera's corner-lift score (0-1) and line
#: width against the slicer's (ratio), the camera's stray-thread score (0-1) and the height where the print was
#: stopped (mm)
PRINT_TABLE = np.array([
    # hdev  duty  bed    cur   eskip xyskip fan   hum   spool retr speed lift  width thread height
    [0.5, 45.0, -8.0, 60.0, 0.3, 0.25, 90.0, 45.0, 30.0, 1.5, 80.0, .60, 1.00, .10, 4.0],  # warping
    [1.5, 47.0, 0.0, 58.0, 0.3, 0.10, 55.0, 55.0, 60.0, 0.6, 60.0, .10, 1.03, .70, 20.0],  # stringing
    [-1.0, 52.0, 0.0, 68.0, 3.0, 0.10, 60.0, 45.0, 40.0, 2.5, 120.0, .10, .80, .10, 12.0],  # under-extrusion
    [0.3, 46.0, 0.0, 60.0, 0.2, 4.00, 80.0, 40.0, 30.0, 1.5, 150.0, .25, 1.00, .10, 25.0],  # layer shift
    [-0.5, 40.0, 0.0, 80.0, 8.0, 0.10, 60.0, 45.0, 50.0, 1.5, 80.0, .10, .72, .10, 15.0],  # nozzle clog
    [0.2, 58.0, 0.0, 63.0, 1.5, 0.10, 60.0, 70.0, 150.0, 1.5, 70.0, .10, .90, .50, 12.0],  # filament moisture
])
PRINT_LOGS = [4, 5, 8, 9, 10, 14]
#: per cause, the shares of the filament types (PLA, PETG, ABS, nylon) on the farm's failed prints
PRINT_FILAMENT = np.array([[.25, .15, .40, .20], [.30, .55, .05, .10], [.50, .25, .15, .10], [.50, .20, .20, .10],
                           [.45, .25, .20, .10], [.15, .35, .10, .40]])


def printfail6():
    """Failed fused-filament prints on a print farm in 6 causes (``PRINT_CAUSES``), labelled by a technician's
    inspection, as the printer's logs, the slicer's settings and the camera describe the failed job. Each cause has
    its picture (``PRINT_TABLE``: warping's corners lifting on a cool bed under a strong fan, in ABS and nylon,
    early; stringing's threads under a hot nozzle and a short retraction, in PETG; under-extrusion's thin lines at a
    high speed and a long retraction; a layer shift's skipped X / Y steps at a high speed; a clog's starved lines and
    a labouring, skipping extruder; wet filament's humid chamber, old spool, hissing and threads, in nylon and
    PETG). But the logs sample coarsely, the farm's printers differ in their thermistors and motors, the camera sees
    the first layer only, and one failure sets off another. Columns: the table's 15 and the filament type (0 PLA,
    1 PETG, 2 ABS, 3 nylon) (16). Imbalanced: 420 / 380 / 360 / 300 / 340 / 340 rows (2,140)."""
    rng = np.random.default_rng(58303)
    y = rng.permutation(np.repeat(np.arange(len(PRINT_CAUSES)), PRINT_ROWS))
    n = len(y)
    t = _pull(PRINT_TABLE, PRINT_NEIGHBOURS, 0.3, PRINT_LOGS)[y]
    filament = (rng.random(n)[:, None] > np.cumsum(PRINT_FILAMENT[y], 1)).sum(1)
    printer = rng.normal(0, 1, n)  # the printer's own thermistor and motor, unseen
    hdev = t[:, 0] + 0.8 * printer + rng.normal(0, 1.3, n)
    duty = np.clip(t[:, 1] + 5 * filament + 4 * printer + rng.normal(0, 7, n), 5, 100)
    bed = t[:, 2] + rng.normal(0, 5, n)
    cur = np.clip(t[:, 3] + 3 * printer + rng.normal(0, 8, n), 20, 100)
    eskip = np.round(t[:, 4] * rng.lognormal(0, 0.8, n), 1)
    xyskip = np.round(t[:, 5] * rng.lognormal(0, 0.8, n), 1)
    fan = np.clip(t[:, 6] - 15 * (filament >= 2) + rng.normal(0, 15, n), 0, 100)
    hum = np.clip(t[:, 7] + rng.normal(0, 10, n), 10, 95)
    spool = t[:, 8] * rng.lognormal(0, 0.7, n)
    retr = t[:, 9] * rng.lognormal(0, 0.35, n)
    speed = t[:, 10] * rng.lognormal(0, 0.25, n)
    lift = np.clip(t[:, 11] + rng.normal(0, 0.14, n), 0, 1)
    width = t[:, 12] + rng.normal(0, 0.08, n)
    thread = np.clip(t[:, 13] + rng.normal(0, 0.18, n), 0, 1)
    height = t[:, 14] * rng.lognormal(0, 0.7, n)
    x = np.column_stack([np.round(hdev, 1), np.round(duty), np.round(bed), np.round(cur), eskip, xyskip,
                         np.round(fan), np.round(hum), np.round(spool), np.round(retr, 1), np.round(speed),
                         np.round(lift, 2), np.round(width, 2), np.round(thread, 2), np.round(height, 1), filament])
    return x.astype(np.float32), y


#: per damage type of ``bladedmg6``, the medians of: the finding's area (cm2), its elongation (length over width),
#: its position along the span (r/R) and along the chord (0 the leading edge, 1 the trailing edge), its darkness
#: (0-1), texture roughness (0-1) and edge contrast (0-1), the fragments in its cluster, the turbine's age
#: (years), the site's IEC wind class (1-3), the lightning counter's strikes since the last inspection, the
#: operating hours (thousands), the rated tip speed (m/s) and the distance to the coast (km)
BLADE_TABLE = np.array([
    # area  elong span  chord dark  rough edge  frags age   class strike hours tip   coast
    [400.0, 8.0, .85, .03, .30, .70, .30, 30.0, 10.0, 1.6, 0.5, 70.0, 85.0, 15.0],  # leading-edge erosion
    [150.0, 2.0, .95, .50, .85, .60, .60, 3.0, 8.0, 2.0, 4.0, 55.0, 80.0, 30.0],  # lightning-strike damage
    [60.0, 15.0, .50, .97, .40, .30, .80, 1.0, 12.0, 1.6, 0.6, 80.0, 78.0, 30.0],  # trailing-edge crack
    [600.0, 2.5, .40, .40, .35, .20, .20, 1.0, 6.0, 2.0, 1.0, 40.0, 78.0, 30.0],  # laminate delamination
    [10.0, 1.5, .60, .30, .25, .45, .70, 6.0, 9.0, 2.0, 0.5, 60.0, 80.0, 25.0],  # gelcoat chipping
    [800.0, 4.0, .80, .10, .55, .50, .15, 50.0, 7.0, 2.4, 0.5, 50.0, 78.0, 40.0],  # surface contamination
])
BLADE_LOGS = [0, 1, 7, 10, 11, 13]


def bladedmg6():
    """Findings on wind turbine blades in a drone inspection in 6 damage types (``BLADE_DAMAGES``), labelled by a
    blade engineer's reference call, as the image analysis and the turbine's records describe the finding. Each
    type has its picture (``BLADE_TABLE``: erosion's long rough band on the leading edge near the tip, on older,
    fast-tipped turbines on windy coastal sites; a strike's dark, burnt patch at the tip, with the lightning counter
    up; a trailing-edge crack's thin sharp line mid-span; delamination's large faint bulge inboard on a young
    blade; a chip's small sharp flake; contamination's large dark band of insects and dirt on the leading edge at
    calm inland sites). But the drone's light and angle change the colour and contrast, the segmentation merges and
    splits findings, damage grows from one type into another, and the counter misses strikes. Columns: the table's
    14 (14). Imbalanced: 460 / 300 / 340 / 320 / 380 / 340 rows (2,140)."""
    rng = np.random.default_rng(58404)
    y = rng.permutation(np.repeat(np.arange(len(BLADE_DAMAGES)), BLADE_ROWS))
    n = len(y)
    t = _pull(BLADE_TABLE, BLADE_NEIGHBOURS, 0.3, BLADE_LOGS)[y]
    light = rng.normal(0, 1, n)  # the drone's light and angle: darkness and contrast shift together
    area = t[:, 0] * rng.lognormal(0, 0.9, n)
    elong = 1 + (t[:, 1] - 1) * rng.lognormal(0, 0.5, n)
    span = np.clip(t[:, 2] + rng.normal(0, 0.15, n), 0.05, 1)
    chord = np.clip(t[:, 3] + rng.normal(0, 0.15, n), 0, 1)
    dark = np.clip(t[:, 4] + 0.08 * light + rng.normal(0, 0.14, n), 0, 1)
    rough = np.clip(t[:, 5] + rng.normal(0, 0.16, n), 0, 1)
    edge = np.clip(t[:, 6] + 0.08 * light + rng.normal(0, 0.16, n), 0, 1)
    frags = rng.poisson(t[:, 7] * rng.lognormal(0, 0.6, n)) + 1
    age = np.clip(t[:, 8] + rng.normal(0, 4, n), 0.5, 30)
    site = np.clip(np.round(t[:, 9] + rng.normal(0, 0.7, n)), 1, 3)
    strikes = rng.poisson(t[:, 10] * rng.lognormal(0, 0.5, n))
    hours = np.clip(age * 7.5 * rng.lognormal(0, 0.15, n) * t[:, 11] / (t[:, 8] * 7.5), 1, None)
    tip = t[:, 12] + rng.normal(0, 5, n)
    coast = t[:, 13] * rng.lognormal(0, 1.0, n)
    x = np.column_stack([np.round(area, 1), np.round(elong, 1), np.round(span, 2), np.round(chord, 2),
                         np.round(dark, 2), np.round(rough, 2), np.round(edge, 2), frags, np.round(age, 1), site,
                         strikes, np.round(hours, 1), np.round(tip), np.round(coast, 1)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND58`` lists them (the ordered sets first)
GENERATORS = {"famacha5": famacha5, "freewaylos6": freewaylos6, "printfail6": printfail6, "bladedmg6": bladedmg6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND58_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "famacha5": (2140, 14, FAMACHA_ROWS),
    "freewaylos6": (2140, 12, LOS_ROWS),
    "printfail6": (2140, 16, PRINT_ROWS),
    "bladedmg6": (2140, 14, BLADE_ROWS),
}
ROUND58 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("famacha5", "freewaylos6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"famacha5": FAMACHA_NEIGHBOURS, "freewaylos6": LOS_NEIGHBOURS, "printfail6": PRINT_NEIGHBOURS,
              "bladedmg6": BLADE_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
