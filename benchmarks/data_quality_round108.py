"""Round 108's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator exists; the generators and the
full docstring follow.)
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
