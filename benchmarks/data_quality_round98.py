"""Round 98's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps only, committed before any generator is written.)
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


# ---------------------------------------------------------------------- cormack4: the laryngeal view's grade
#: the 4 classes of ``cormack4`` (an adult intubated under general anaesthesia, by the Cormack-Lehane grade of the
#: view at direct laryngoscopy the anaesthetist recorded; 2a and 2b counted as 2, 3a and 3b as 3), the best view first
CORMACK_CLASSES = ("grade 1: most of the glottis visible",
                   "grade 2: only the posterior part of the glottis (the arytenoids, the posterior commissure) visible",
                   "grade 3: only the epiglottis visible, no part of the glottis",
                   "grade 4: neither the glottis nor the epiglottis visible, only the soft palate or the tongue")
CORMACK_ROWS = (820, 640, 420, 260)
#: the lower limits of grades 2 .. 4 on the anaesthetist's reading of the best view at the first look (a continuous
#: 0.5-4.5 reading of how much of the laryngeal inlet the blade exposed, with the head in the sniffing position and
#: before any external laryngeal pressure, that the grade rounds; the author's framing)
CORMACK_LIMITS = (1.5, 2.5, 3.5)
#: the grade above and below each grade (anaesthetists disagree mostly by one grade: a view of the arytenoids read
#: as 2 or 3, the tip of a floppy epiglottis read as 3 or 4, a view improved by a lift read as the better grade)
CORMACK_NEIGHBOURS = ordinal_neighbours(len(CORMACK_CLASSES))
#: what the anaesthetist grades from: the label's basis, not columns
CORMACK_VIEWING = ("the anaesthetist's look down a Macintosh blade at direct laryngoscopy after induction and "
                   "relaxation, the head in the sniffing position",
                   "the anaesthetist's judgement of a view between grades (the arytenoids only, the epiglottis' "
                   "tip, a view changing with the lift or with pressure on the larynx)")


# ---------------------------------------------------------------------- tuna5: a tuna's auction grade
#: the 5 classes of ``tuna5`` (a fresh bluefin or bigeye tuna at the fish auction, by the quality grade the grader gave
#: it from the core sample and the tail cut), the best first
TUNA_CLASSES = ("grade 1: top sashimi grade (deep, clear red, marbled mature fat, firm, glossy, fresh)",
                "grade 2+: sashimi grade, a little less fat or a slightly less clear colour",
                "grade 2: sashimi grade, lean or a duller colour, firm",
                "grade 3: grill grade (brownish or opaque colour, soft or watery, little fat)",
                "grade 4: processing grade (burnt or brown flesh, mushy, off-odour; for cooking or canning)")
TUNA_ROWS = (240, 420, 560, 520, 400)
#: the lower limits of grades 2+ .. 4 on the grader's reading of the fish (a continuous 0.5-5.5 reading of the
#: colour, the fat, the texture and the freshness of the core sample and the tail cut, 0.5 the best, that the grade
#: rounds; the author's framing)
TUNA_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (graders and buyers differ mostly by one grade: a fat fish with a dull tail
#: read up or down, a lean bright fish read as 2 or 2+, a soft fish read as grill grade or worse)
TUNA_NEIGHBOURS = ordinal_neighbours(len(TUNA_CLASSES))
#: what the grader grades from: the label's basis, not columns
TUNA_GRADING = ("the grader's look at and feel of the core sample drawn with a sashibo above the pectoral fin and "
                "of the tail cut, under daylight or a torch, and the belly wall and the collar",
                "the grader's judgement of a fish between grades (a fat fish with a dull colour, a bright lean "
                "one, a colour that changes in the air, a soft or sticky core)")


# ---------------------------------------------------------------------- culvert6: a deficient culvert's cause
#: the 6 classes of ``culvert6`` (a road culvert rated deficient in the inspection programme, by the primary cause the
#: bridge-and-culvert engineer found)
CULVERT_CLASSES = ("debris or sediment blockage (the opening choked by drift, vegetation or bed load)",
                   "outlet scour (the outlet undermined or perched, a scour hole below the end)",
                   "barrel corrosion or abrasion (section loss, perforations, a worn or holed invert)",
                   "joint separation (open, offset or displaced joints or seams, misaligned sections)",
                   "piping or seepage (water running outside the barrel, fines washed out, voids in the fill)",
                   "structural deformation (a crushed, flattened, sagging or buckled barrel, cracked walls)")
CULVERT_ROWS = (420, 360, 400, 340, 300, 320)
#: the causes an engineer confuses (symmetric): a blockage against outlet scour (both hydraulic, both after a flood
#: that overtopped the crossing) and against piping (a blocked inlet's headwater drives seepage along the barrel);
#: outlet scour against joint separation (the undermined end sections drop and separate) and against piping (voids
#: and washed-out fines at the outlet); corrosion or abrasion against piping (a holed invert lets the flow into the
#: fill) and against deformation (a metal barrel's section loss ends in a buckled invert or a flattened top); joint
#: separation against piping (soil infiltrating open joints, a sinkhole over the barrel) and against deformation
#: (settlement misaligns and cracks the sections); piping against a blockage, scour, corrosion and joints
CULVERT_NEIGHBOURS = {0: (1, 4), 1: (0, 3, 4), 2: (4, 5), 3: (1, 4, 5), 4: (0, 1, 2, 3), 5: (2, 3)}


# ---------------------------------------------------------------------- conveyor6: a conveyor stoppage's root cause
#: the 6 classes of ``conveyor6`` (an unplanned belt conveyor stoppage at a mine or a bulk terminal, by the root cause
#: the maintenance engineer found)
CONVEYOR_CLASSES = ("belt mistracking (the belt running off to one side, edge damage, a sway-switch trip)",
                    "idler bearing failure (seized or collapsed idler rolls, a hot or noisy idler)",
                    "splice failure (a vulcanised or mechanical splice pulled out, cracked or separated)",
                    "overload or spillage (too much material, a blocked chute, spillage burying the return)",
                    "drive-pulley slip (the belt slipping on the drive pulley: worn lagging, low take-up "
                    "tension, a wet belt)",
                    "belt rip (a longitudinal tear or gouge from tramp metal or a trapped lump)")
CONVEYOR_ROWS = (400, 380, 320, 400, 300, 340)
#: the causes an engineer confuses (symmetric): mistracking against idler failure (seized idlers steer the belt; a
#: mistracking belt wrecks the idlers' bearings), against splice failure (a crooked splice runs off; a running-off belt
#: tears its splice edge) and against overload or spillage (off-centre loading both spills and steers); idler failure
#: against drive slip (the drag of seized idlers raises the tension the drive must carry); splice failure against drive
#: slip (the start-up's tension peaks pull a splice and slip the drive) and against a rip (both found as belt damage
#: on the scan); overload against drive slip (an overloaded belt slips at start-up) and against a rip (a blocked
#: chute's trapped lumps gouge and tear the belt)
CONVEYOR_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 4), 2: (0, 4, 5), 3: (0, 4, 5), 4: (1, 2, 3), 5: (2, 3)}


def cormack4():
    """Adults intubated under general anaesthesia, graded by the anaesthetist in the 4 Cormack-Lehane grades
    (``CORMACK_CLASSES``; the anaesthetist's reading against ``CORMACK_LIMITS``, ``CORMACK_VIEWING`` the label's basis
    and not columns), as the pre-operative airway assessment and the record apart from the laryngoscopy describe
    them. The view is unseen: worse for an unseen small mandibular space (a large tongue for the room under the jaw,
    which also raises the Mallampati class and the lip bite class and shortens the thyromental and sternomental
    distances and the mouth opening) and an unseen stiff upper neck (less extension, a shorter sternomental
    distance), for prominent upper incisors, a man's larynx, obesity and sleep apnoea, age; better without teeth;
    with an unseen rest (the blade, the position, the relaxation, what the bedside tests miss). A difficult airway
    noted at an earlier anaesthetic follows the view. Columns: the age (years), male (0/1), the body mass index
    (kg/m2), the neck circumference (cm), the modified Mallampati class (1-4), the thyromental and sternomental
    distances (cm), the inter-incisor gap (cm), the upper lip bite test class (1-3; 1 without teeth), the head and
    neck extension (degrees), prominent upper incisors (0/1), edentulous (0/1), obstructive sleep apnoea or heavy
    snoring (0/1), diabetes (0/1), the ASA class (1-4), a difficult airway noted before (0/1) (16). Imbalanced: 820 /
    640 / 420 / 260 rows (2,140)."""
    rng = np.random.default_rng(98101)
    n = 200000
    age = np.round(np.clip(np.exp(np.log(50) + 0.3 * rng.normal(0, 1, n)), 18, 90))
    male = rng.random(n) < 0.5
    bmi = np.round(np.clip(np.exp(np.log(27) + 0.18 * rng.normal(0, 1, n)), 16, 60), 1)
    neck = np.round(np.clip(34 + 4 * male + 0.5 * (bmi - 27) + 2 * rng.normal(0, 1, n), 26, 60), 1)
    osa = rng.random(n) < _sig(-3 + 0.12 * (bmi - 27) + 0.8 * male + 0.02 * (age - 50))
    diabetes = rng.random(n) < _sig(-2.2 + 0.04 * (age - 50) + 0.06 * (bmi - 27))
    toothless = rng.random(n) < _sig(-4 + 0.08 * (age - 50))
    incisors = (rng.random(n) < 0.08) & ~toothless
    a = rng.normal(0, 1, n)  # the mandibular space's shortfall, unseen
    b = rng.normal(0, 1, n)  # the upper neck's stiffness, unseen
    mp = np.digitize(0.9 * a + 0.04 * (bmi - 27) + 0.3 * osa + 0.35 * rng.normal(0, 1, n), (-0.5, 0.6, 1.4)) + 1.0
    tmd = np.round(np.clip(6.8 - 0.6 * a + 0.3 * male + 0.3 * rng.normal(0, 1, n), 3.5, 11), 1)
    smd = np.round(np.clip(14 - 0.5 * a - 0.5 * b + 0.8 * male + 0.7 * rng.normal(0, 1, n), 9, 20), 1)
    gap = np.round(np.clip(4.5 - 0.3 * a - 0.3 * diabetes + 0.35 * rng.normal(0, 1, n), 1.5, 7), 1)
    ulbt = np.where(toothless, 1.0, np.digitize(0.7 * a + 1.2 * incisors + 0.45 * rng.normal(0, 1, n), (0.9, 1.9)) + 1)
    ext = np.round(np.clip(35 - 6 * b - 0.15 * (age - 50) - 4 * diabetes + 3 * rng.normal(0, 1, n), 5, 60))
    asa = np.clip(np.round(1.6 + 0.02 * (age - 50) + 0.6 * diabetes + 0.5 * osa + 0.04 * (bmi - 27)
                           + 0.5 * rng.normal(0, 1, n)), 1, 4)
    s = (1.35 + 0.55 * a + 0.4 * b + 0.35 * incisors + 0.15 * male + 0.01 * (bmi - 27) + 0.25 * osa
         + 0.004 * (age - 50) - 0.3 * toothless + rng.normal(0, 0.2, n))  # the view, unseen
    before = (rng.random(n) < 0.6) & (rng.random(n) < _sig(-4.5 + 1.6 * (s - 1)))
    rated = s + rng.normal(0, 0.2, n)  # the anaesthetist's reading
    label = np.digitize(rated, CORMACK_LIMITS)
    keep = _keep(rng, label, CORMACK_ROWS)
    x = np.column_stack([age, male, bmi, neck, mp, tmd, smd, gap, ulbt, ext, incisors, toothless, osa, diabetes, asa,
                         before])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def tuna5():
    """Fresh bluefin and bigeye tuna at a fish auction, graded by the tuna grader in 5 quality grades
    (``TUNA_CLASSES``; the grader's reading against ``TUNA_LIMITS``, ``TUNA_GRADING`` the label's basis and not
    columns), as the vessel's, the catch's and the handling records and simple measurements apart from the grade
    describe them. The fish's quality is unseen: better with more fat (bluefin over bigeye, a big fish, cold water,
    the fat season before spawning, an unseen rest: the spawning state, the feeding), worse with a long fight and a
    hot core at landing (burnt flesh, ``yake``), a fish not spiked and bled or bled late, a slow chill, more days to
    the auction and a warm core there, bruises and gaff marks; with an unseen rest (the individual fish). The fat
    meter's reading and the weight for the length follow the fat. Columns: bigeye (0 bluefin, 1 bigeye), the gear (0
    rod and reel or handline, 1 harpoon, 2 longline, 3 trap or set net), the fork length (cm), the round weight (kg),
    the sea surface temperature at the catch (C), the month of the catch, the fat meter's reading (%), the minutes
    hooked or fighting, spiked and bled (0/1), the minutes from landing to bleeding, the hours to the slurry or the
    ice, the core temperature at landing (C), held in a slurry (0/1, against ice), the days from the catch to the
    auction, the core temperature at the auction (C), the bruises and gaff marks counted (16). Imbalanced: 240 / 420
    / 560 / 520 / 400 rows (2,140)."""
    rng = np.random.default_rng(98202)
    n = 200000
    bigeye = rng.random(n) < 0.45
    gear = np.where(bigeye, (rng.random(n)[:, None] > np.cumsum([0.2, 0.02, 0.75])).sum(1),
                    (rng.random(n)[:, None] > np.cumsum([0.3, 0.15, 0.35])).sum(1))
    length = np.round(np.where(bigeye, 130 * np.exp(0.12 * rng.normal(0, 1, n)),
                               195 * np.exp(0.17 * rng.normal(0, 1, n))))
    sst = np.round(np.where(bigeye, np.clip(24 + 3 * rng.normal(0, 1, n), 15, 31),
                            np.clip(18 + 4 * rng.normal(0, 1, n), 8, 30)), 1)
    month = rng.integers(1, 13, n).astype(float)
    season = np.cos(2 * np.pi * (month - 12) / 12) * np.where(bigeye, 0.2, 0.6)
    f = (0.8 * ~bigeye + 0.5 * np.log(length / np.where(bigeye, 130, 195)) / 0.15 - 0.08 * (sst - 20) + season
         + 0.6 * rng.normal(0, 1, n))  # the fat, unseen
    weight = np.round(np.where(bigeye, 1.9e-5, 1.96e-5) * length ** 3
                      * np.exp(0.06 * f + 0.04 * rng.normal(0, 1, n)), 1)
    meter = np.round(np.clip(np.exp(np.log(8) + 0.35 * f + 0.15 * rng.normal(0, 1, n)), 0.5, 40), 1)
    fight = np.round(np.clip(np.choose(gear, [40.0, 3.0, 120.0, 10.0]) * np.exp(0.7 * rng.normal(0, 1, n)), 1, 900))
    bled = rng.random(n) < np.choose(gear, [0.85, 0.9, 0.35, 0.8])
    bleed = np.round(np.clip(np.where(gear == 2, 20, 8) * np.exp(0.7 * rng.normal(0, 1, n)), 1, 240))
    chill = np.round(np.clip(0.5 * np.exp(0.8 * rng.normal(0, 1, n)), 0.1, 12), 1)
    core = np.round(np.clip(sst + 4 + 2 * np.log(fight / 20) + rng.normal(0, 1, n), 5, 38), 1)
    slurry = rng.random(n) < np.where(gear == 2, 0.7, 0.5)
    days = np.round(np.where(gear == 2, np.clip(6 * np.exp(0.5 * rng.normal(0, 1, n)), 1, 20),
                             np.clip(1.5 * np.exp(0.5 * rng.normal(0, 1, n)), 0.5, 5)), 1)
    cold = np.round(np.clip(1.5 + 0.8 * rng.normal(0, 1, n) - 0.5 * slurry, -1.5, 10), 1)
    marks = rng.poisson(np.exp(np.log(0.6) + 0.6 * (gear == 1) + 0.5 * rng.normal(0, 1, n))).astype(float)
    q = (2.9 - 0.55 * f + 0.35 * np.log(fight / 20) + 0.4 * ~bled + 0.3 * np.log(bleed / 10) + 0.12 * (core - 22)
         + 0.25 * np.log(chill / 0.5) + 0.35 * np.log(days / 2) + 0.12 * (cold - 1.5) - 0.15 * slurry + 0.15 * marks
         + rng.normal(0, 0.25, n))  # the quality, unseen (low the best)
    rated = q + rng.normal(0, 0.25, n)  # the grader's reading
    label = np.digitize(rated, TUNA_LIMITS)
    keep = _keep(rng, label, TUNA_ROWS)
    x = np.column_stack([bigeye, gear, length, weight, sst, month, meter, fight, bled, bleed, chill, core, slurry, days,
                         cold, marks])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``culvert6``, the chances of the barrel's material (0 a concrete pipe, 1 a corrugated steel pipe, 2 a
#: concrete box, 3 a plastic pipe)
CULVERT_MATERIAL = np.array([[0.35, 0.35, 0.15, 0.15], [0.35, 0.30, 0.20, 0.15], [0.15, 0.70, 0.10, 0.05],
                             [0.55, 0.20, 0.20, 0.05], [0.35, 0.35, 0.10, 0.20], [0.10, 0.50, 0.05, 0.35]])
#: per cause of ``culvert6``, the medians of the inventory and the inspection's recorded measures: the age (years),
#: the barrel's rise (m), its length (m), the fill over it (m), the channel's slope (%), the catchment (km2), the
#: opening blocked (%), the sediment in the barrel (% of the rise), the outlet's perch or drop (m), the scour hole's
#: depth below the outlet (m), the worst section loss of the barrel or its invert (%), the water's pH, the widest
#: joint or seam gap (mm), the roadway's sag or settlement over the barrel (mm), the barrel's deformation (% of its
#: rise), seepage or washed-out fines about the barrel at the outlet seen (share)
CULVERT_TABLE = np.array([
    # age  rise  len   fill slope catch block sedim perch scour loss  pH   joint sag   deform seep
    [35.0, 0.9, 20.0, 1.5, 1.5, 2.0, 55.0, 30.0, 0.15, 0.3, 5.0, 7.2, 10.0, 5.0, 2.0, 0.20],  # blockage
    [30.0, 1.2, 22.0, 2.0, 4.0, 5.0, 10.0, 8.0, 0.60, 1.0, 6.0, 7.2, 15.0, 8.0, 2.0, 0.30],  # outlet scour
    [45.0, 1.0, 25.0, 2.0, 3.0, 2.0, 10.0, 10.0, 0.20, 0.3, 30.0, 6.2, 12.0, 8.0, 3.0, 0.25],  # corrosion, abrasion
    [40.0, 1.0, 30.0, 3.0, 2.0, 2.0, 10.0, 10.0, 0.20, 0.3, 6.0, 7.2, 45.0, 20.0, 3.0, 0.30],  # joint separation
    [35.0, 1.0, 25.0, 3.0, 2.0, 2.5, 15.0, 10.0, 0.30, 0.5, 8.0, 7.2, 20.0, 40.0, 3.0, 0.70],  # piping, seepage
    [30.0, 1.2, 25.0, 5.0, 2.0, 2.0, 10.0, 10.0, 0.20, 0.3, 12.0, 7.0, 20.0, 25.0, 12.0, 0.20],  # deformation
])
CULVERT_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14]
CULVERT_KINDS = [("log", 0.4, 0.1), ("log", 0.35, 0), ("log", 0.35, 0), ("log", 0.5, 0), ("log", 0.6, 0),
                 ("log", 1.0, 0), ("log", 0.6, 0.15), ("log", 0.7, 0.15), ("log", 0.7, 0), ("log", 0.6, 0.15),
                 ("log", 0.7, 0.2), ("norm", 0.6, 0), ("log", 0.7, 0.15), ("log", 0.8, 0.2), ("log", 0.6, 0.15),
                 ("share", 0, 0)]


def culvert6():
    """Road culverts rated deficient in an inspection programme, in 6 primary causes a bridge-and-culvert engineer
    confuses (``CULVERT_CLASSES``), labelled by the engineer's diagnosis, as the inventory and the inspection's
    recorded measures apart from the diagnosis describe them. Each cause has its picture (``CULVERT_MATERIAL``,
    ``CULVERT_TABLE``): a blockage a small barrel on a flat channel, the opening choked, sediment in the barrel; outlet
    scour a steep channel and a large catchment, a perched outlet over a deep scour hole; corrosion or abrasion an old
    corrugated steel barrel, acid water, a steep channel's bed load, much section loss; joint separation a long
    concrete pipe under deep fill, wide joint gaps, some settlement; piping seepage and washed-out fines at the
    outlet, the road sagging over the barrel; deformation a steel or plastic barrel under deep fill, deformed.
    Unseen: the culvert's neglect (one per-row factor raising the age, the blockage, the sediment, the scour, the
    section loss, the gaps, the sag and the deformation). Columns: the material (0 a concrete pipe, 1 a corrugated
    steel pipe, 2 a concrete box, 3 a plastic pipe), then the table's 16 (the age to the unit within 2-120 years, the
    rise to a hundredth within 0.3-4 m, the length to the unit within 6-120 m, the fill to a tenth within 0.3-20 m,
    the slope to a tenth within 0.1-20 %, the catchment to a hundredth within 0.01-200 km2, the blockage and the
    sediment to the unit within 0-100 %, the perch and the scour to a hundredth within 0-4 m, the section loss to the
    unit within 0-100 %, the pH to a tenth within 4-9.5, the gap to the unit within 0-300 mm, the sag to the unit
    within 0-600 mm, the deformation to a tenth within 0-60 %, the seepage as 0/1) (17). Imbalanced: 420 / 360 / 400
    / 340 / 300 / 320 rows (2,140)."""
    rng = np.random.default_rng(98303)
    y = rng.permutation(np.repeat(np.arange(len(CULVERT_CLASSES)), CULVERT_ROWS))
    material = (rng.random(len(y))[:, None] > np.cumsum(CULVERT_MATERIAL[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(CULVERT_TABLE, CULVERT_NEIGHBOURS, 0.3, CULVERT_LOGS)[y]
    x = _draw(rng, t, CULVERT_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 2, 120, 0), (1, 0.3, 4, 2), (2, 6, 120, 0), (3, 0.3, 20, 1), (4, 0.1, 20, 1),
                                 (5, 0.01, 200, 2), (6, 0, 100, 0), (7, 0, 100, 0), (8, 0, 4, 2), (9, 0, 4, 2),
                                 (10, 0, 100, 0), (11, 4, 9.5, 1), (12, 0, 300, 0), (13, 0, 600, 0), (14, 0, 60, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([material, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``conveyor6``, the chances of the site (0 an underground coal mine, 1 an open-pit mine's or a
#: mill's hard-rock conveyor, 2 a bulk port terminal)
CONVEYOR_SITE = np.array([[0.30, 0.35, 0.35], [0.40, 0.35, 0.25], [0.35, 0.40, 0.25], [0.30, 0.35, 0.35],
                          [0.45, 0.30, 0.25], [0.20, 0.55, 0.25]])
#: per cause of ``conveyor6``, the medians of the condition-monitoring and operating records: the belt speed (m/s),
#: the load in the last hour (% of the rated tonnage), the drive motor's current before the stop (% of its rating),
#: the drive's slip (% of speed between the drive pulley and the belt), the take-up's travel (% of its range), the
#: belt edge's offset from the centre line (mm), the sway-switch trips in the week, the hottest idler on the last
#: thermal scan (C over the ambient), the idlers flagged by the last acoustic survey, the belt's age (months), the
#: days since the last splice was made, the splice's elongation on the magnetic splice monitor (mm), the cover damage
#: marks on the last belt scan, the material's moisture (%), its top lump size (mm), the starts in the last 24 hours
CONVEYOR_TABLE = np.array([
    # speed load  amps   slip takeup offset sway idler flag  age   days   elong dmg  moist lump   starts
    [3.5, 80.0, 85.0, 0.5, 50.0, 60.0, 6.0, 15.0, 2.0, 30.0, 200.0, 3.0, 3.0, 6.0, 150.0, 4.0],  # mistracking
    [3.5, 80.0, 95.0, 0.6, 50.0, 25.0, 1.5, 45.0, 8.0, 36.0, 200.0, 3.0, 2.0, 6.0, 150.0, 4.0],  # idler bearing
    [4.0, 85.0, 95.0, 0.8, 70.0, 25.0, 1.5, 15.0, 2.0, 48.0, 500.0, 12.0, 4.0, 6.0, 150.0, 8.0],  # splice failure
    [3.5, 115.0, 110.0, 0.8, 50.0, 35.0, 3.0, 15.0, 2.0, 30.0, 200.0, 3.0, 3.0, 9.0, 250.0, 5.0],  # overload
    [3.5, 95.0, 100.0, 4.0, 85.0, 20.0, 1.0, 15.0, 2.0, 30.0, 200.0, 3.0, 2.0, 12.0, 150.0, 8.0],  # drive slip
    [4.5, 85.0, 90.0, 0.5, 50.0, 25.0, 1.5, 15.0, 2.0, 36.0, 200.0, 3.0, 12.0, 5.0, 350.0, 4.0],  # belt rip
])
CONVEYOR_LOGS = [0, 1, 2, 3, 5, 7, 9, 10, 11, 13, 14]
CONVEYOR_KINDS = [("log", 0.15, 0), ("log", 0.2, 0), ("log", 0.12, 0), ("log", 0.6, 0.15), ("norm", 12, 0),
                  ("log", 0.6, 0.1), ("count", 0.7, 0), ("log", 0.5, 0.15), ("count", 0.6, 0.15), ("log", 0.5, 0.1),
                  ("log", 0.7, 0), ("log", 0.6, 0), ("count", 0.7, 0.1), ("log", 0.35, 0), ("log", 0.4, 0),
                  ("count", 0.5, 0)]


def conveyor6():
    """Unplanned belt conveyor stoppages at mines and bulk terminals, in 6 root causes a maintenance engineer
    confuses (``CONVEYOR_CLASSES``), labelled by the engineer's diagnosis, as the conveyor's condition-monitoring and
    operating records apart from the diagnosis describe them. Each cause has its picture (``CONVEYOR_SITE``,
    ``CONVEYOR_TABLE``): mistracking a belt edge far off the centre line and many sway-switch trips; idler failure a
    hot idler on the thermal scan and many idlers flagged by the acoustic survey, a little more current; splice
    failure an old belt, an old splice stretched on the splice monitor, a take-up far out, many starts; overload or
    spillage a load over the rating, a high current, wet material and large lumps; drive slip a high slip, the take-up
    at the end of its travel, wet material, a high current, many starts; a rip a fast belt, large lumps of hard rock,
    many cover damage marks. Unseen: the conveyor's upkeep (one per-row factor raising the slip, the offset, the
    hottest idler, the flagged idlers, the belt's age and the damage marks). Columns: the site (0 an underground coal
    mine, 1 an open-pit or mill hard-rock conveyor, 2 a bulk port terminal), then the table's 16 (the speed to a
    hundredth within 1-8 m/s, the load and the current to the unit within 10-200 %, the slip to a hundredth within
    0-30 %, the take-up to the unit within 5-100 %, the offset to the unit within 0-300 mm, the idler to a tenth
    within 0-150 C, the belt's age to the unit within 1-240 months, the days to the unit within 1-3650, the
    elongation to a tenth within 0-100 mm, the moisture to a tenth within 0.5-30 %, the lump to the unit within
    10-1000 mm, the counts as counts) (17). Imbalanced: 400 / 380 / 320 / 400 / 300 / 340 rows (2,140)."""
    rng = np.random.default_rng(98404)
    y = rng.permutation(np.repeat(np.arange(len(CONVEYOR_CLASSES)), CONVEYOR_ROWS))
    site = (rng.random(len(y))[:, None] > np.cumsum(CONVEYOR_SITE[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(CONVEYOR_TABLE, CONVEYOR_NEIGHBOURS, 0.3, CONVEYOR_LOGS)[y]
    x = _draw(rng, t, CONVEYOR_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 8, 2), (1, 10, 200, 0), (2, 10, 200, 0), (3, 0, 30, 2), (4, 5, 100, 0),
                                 (5, 0, 300, 0), (7, 0, 150, 1), (9, 1, 240, 0), (10, 1, 3650, 0), (11, 0, 100, 1),
                                 (13, 0.5, 30, 1), (14, 10, 1000, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([site, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND98`` lists them (the ordered sets first)
GENERATORS = {"cormack4": cormack4, "tuna5": tuna5, "culvert6": culvert6, "conveyor6": conveyor6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND98_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "cormack4": (2140, 16, CORMACK_ROWS),
    "tuna5": (2140, 16, TUNA_ROWS),
    "culvert6": (2140, 17, CULVERT_ROWS),
    "conveyor6": (2140, 17, CONVEYOR_ROWS),
}
ROUND98 = tuple(GENERATORS)


#: each set's documented neighbouring classes
NEIGHBOURS = {"cormack4": CORMACK_NEIGHBOURS, "tuna5": TUNA_NEIGHBOURS, "culvert6": CULVERT_NEIGHBOURS,
              "conveyor6": CONVEYOR_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("cormack4", "tuna5")


if __name__ == "__main__":
    main(GENERATORS)
