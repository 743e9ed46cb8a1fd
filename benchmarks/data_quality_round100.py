"""Round 100's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps are committed first, before any generator exists; the
docstring is written in full when the generators are.)
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


# ---------------------------------------------------------------------- pirep5: a pilot's turbulence report
#: the 5 classes of ``pirep5`` (a flight crossing a route segment, by the turbulence intensity its pilot reported),
#: the weakest first
PIREP_CLASSES = ("none or smooth (no bumps worth reporting)",
                 "light (slight, erratic changes in altitude or attitude; occupants feel a slight strain against "
                 "their belts)",
                 "moderate (changes in altitude or attitude, the aircraft in control; occupants feel a definite strain "
                 "against their belts, unsecured objects dislodged)",
                 "severe (large, abrupt changes in altitude or attitude, the aircraft momentarily out of control; "
                 "occupants forced violently against their belts)",
                 "extreme (the aircraft violently tossed about, practically impossible to control; structural damage "
                 "possible)")
PIREP_ROWS = (560, 620, 480, 310, 170)
#: the lower limits of light .. extreme on the pilot's reading of the largest change in normal acceleration felt on
#: the segment (g; the author's framing of the categories' usual acceleration bands: light under about 0.2 g,
#: moderate 0.2-0.5, severe 0.5-1.5, extreme above), that the report rounds into its category
PIREP_LIMITS = (0.05, 0.2, 0.5, 1.5)
#: the category above and below each (pilots differ mostly by one category: a heavy aircraft's crew reads a jolt a
#: category lower than a light one's, a crew in cruise with the cabin up reads it higher, a short jolt against a
#: long chop)
PIREP_NEIGHBOURS = ordinal_neighbours(len(PIREP_CLASSES))
#: what the pilot reports from: the label's basis, not columns
PIREP_REPORTING = ("the crew's feel of the jolts in the cockpit and the cabin's report (belts, objects, service "
                   "stopped), against the intensity table of the aeronautical information manual",
                   "the crew's judgement between categories (one hard jolt in a long light chop, an aircraft type "
                   "they know to ride rough or smooth, what the company's reporting policy asks)")


# ---------------------------------------------------------------------- ofa7: a dog's hip conformation
#: the 7 classes of ``ofa7`` (a dog's ventrodorsal hip-extended radiograph, by the hip-joint conformation a board of
#: three veterinary radiologists graded), the best first
OFA_CLASSES = ("excellent (deep-seated femoral head in a well-formed acetabulum, minimal joint space, almost full "
               "coverage)",
               "good (slightly less than superior; a well-formed congruent joint, good coverage)",
               "fair (minor irregularities; the joint a little wider, the head slightly out of the socket)",
               "borderline (no clear consensus between normal and dysplastic; more incongruity than fair, no "
               "arthritic change)",
               "mild dysplasia (significant subluxation, the head partly out of a shallow acetabulum, maybe no "
               "arthritic change)",
               "moderate dysplasia (the head barely seated in a shallow acetabulum, secondary arthritic bone change)",
               "severe dysplasia (the head partly or wholly out of a shallow acetabulum, marked arthritic change)")
OFA_ROWS = (220, 520, 400, 230, 330, 260, 180)
#: the lower limits of good .. severe on each radiologist's reading of the hips' conformation (a continuous
#: incongruity score, 0 a perfect joint, the author's framing) that the radiologist's grade rounds; the board's
#: grade is the middle one of the three radiologists' grades (the consensus in the examples the registry gives)
OFA_LIMITS = (1.0, 2.0, 3.0, 3.5, 4.5, 5.5)
#: the grade above and below each (radiologists differ mostly by one grade: laxity against congruity, a poorly
#: positioned or a sedated film, early remodelling read or not)
OFA_NEIGHBOURS = ordinal_neighbours(len(OFA_CLASSES))
#: what the board grades from: the label's basis, not columns
OFA_GRADING = ("each radiologist's look at the film for the femoral head's seat and coverage, the joint space's "
               "congruity and any remodelling (osteophytes, sclerosis, the femoral neck's Morgan line), against "
               "dogs of the same breed and age",
               "the board's consensus of its three grades (the middle one), with the radiologists' judgement of a "
               "film between grades (a rotated pelvis, one hip worse than the other)")


# ---------------------------------------------------------------------- kiln6: a glaze defect's cause
#: the 6 classes of ``kiln6`` (a piece of glazed ware rejected after the glaze firing, by the defect cause the
#: ceramics technician diagnosed)
KILN_CLASSES = ("crawling (the glaze pulled back into islands, bare body between, rolled edges)",
                "pinholing (small holes through the glaze to the body, from gas escaping late)",
                "crazing (a network of fine cracks in the glaze only: the glaze in tension)",
                "shivering (glaze flaking off at rims and edges: the glaze in too much compression)",
                "blistering (bubbles and broken craters in the glaze, larger than pinholes)",
                "dunting or body cracking (cracks through the body and glaze, from stress on cooling)")
KILN_ROWS = (400, 420, 380, 300, 340, 300)
#: the causes a technician confuses (symmetric): crawling against pinholing (small crawled spots and pits alike),
#: against shivering (both bare body where the glaze left) and against blistering (a burst blister's crater bares
#: the body); pinholing against blistering (both gas through the melt; the size differs); crazing against shivering
#: (the glaze's fit, the sign of the mismatch misread, fine edge cracks) and against dunting (cracks; whether through
#: the body); shivering against dunting (a glaze in strong compression cracks its body)
KILN_NEIGHBOURS = {0: (1, 3, 4), 1: (0, 4), 2: (3, 5), 3: (0, 2, 5), 4: (0, 1), 5: (2, 3)}


# ---------------------------------------------------------------------- chocolate6: a rejected bar's cause
#: the 6 classes of ``chocolate6`` (a moulded chocolate bar the quality lab rejected, by the cause its staff named)
CHOCOLATE_CLASSES = ("fat bloom from poor temper (grey-white, greasy film that melts under a finger; unstable "
                     "crystals turning to form VI)",
                     "sugar bloom from humidity (dry, rough white film that dissolves in water; condensation "
                     "recrystallising the sugar)",
                     "air bubbles (holes and pits at the surface, a light bar)",
                     "streaks (dull grey or marbled streaks on an otherwise glossy bar: uneven crystallisation in "
                     "the mould)",
                     "cracks (cracks across the bar or at its edges: too cold a tunnel or an over-tempered mass "
                     "shrinking)",
                     "soft or no snap (a soft, bending bar with a dull break: too little stable crystal, too warm)")
CHOCOLATE_ROWS = (420, 360, 380, 340, 320, 320)
#: the causes the lab's staff confuse (symmetric): fat bloom against sugar bloom (both a white surface; the finger
#: or water test not done), against streaks (both from poor temper, the streaks bloom's start) and against a soft bar
#: (an under-tempered bar is both); sugar bloom against streaks (condensation in the tunnel leaves streaks); air
#: bubbles against cracks (a crack runs from a bubble near the surface); streaks against cracks (a cold mould or
#: tunnel gives both)
CHOCOLATE_NEIGHBOURS = {0: (1, 3, 5), 1: (0, 3), 2: (4,), 3: (0, 1, 4), 4: (2, 3), 5: (0,)}


def pirep5():
    """Flights crossing a route segment, with the turbulence intensity their pilot reported in 5 categories
    (``PIREP_CLASSES``; the pilot's reading against ``PIREP_LIMITS``, ``PIREP_REPORTING`` the label's basis and not
    columns), as the aircraft's records, the forecast model's fields and the aircraft's own recorded turbulence
    measures apart from the report describe them. The air's peak eddy-dissipation rate on the segment is unseen: it
    rises with the forecast's vertical wind shear and a low Richardson number (clear-air turbulence), with the
    convective available potential energy near a storm cell, with the cross-barrier wind low down (mountain waves) and
    in the boundary layer on climb and descent, with an unseen rest the forecast misses. The aircraft feels it as a
    jolt in normal acceleration: larger at a higher true airspeed and a lower wing loading (a light regional aircraft
    rides rougher than a heavy widebody), with the gust's own chance. The forecast's EDR reads the fields; the
    aircraft's algorithm records the segment's median and peak EDR, and its accelerometer the peak and the rms
    change in normal acceleration at the centre of gravity (not where the crew sits). Columns: the type (0 regional,
    1 narrowbody, 2 widebody), the weight (t), the wing loading (kg/m2), the altitude (thousands of ft), the phase (0
    climb, 1 cruise, 2 descent), the true airspeed (kt), the forecast's vertical wind shear (kt per 1,000 ft), its
    Richardson number, its CAPE (J/kg), the distance to the nearest convective cell (km), the cross-barrier wind
    (kt), the forecast's EDR, the recorded median and peak EDR, the recorded peak and rms change in normal
    acceleration (g) (16). Imbalanced: 560 / 620 / 480 / 310 / 170 rows (2,140)."""
    rng = np.random.default_rng(100101)
    n = 200000
    kind = (rng.random(n)[:, None] > np.cumsum([0.3, 0.5, 0.2])[:2]).sum(1)
    weight = np.round(np.array([28.0, 66.0, 230.0])[kind] * np.exp(0.1 * rng.normal(0, 1, n)), 1)
    area = np.array([62.0, 124.0, 360.0])[kind] * np.exp(0.08 * rng.normal(0, 1, n))
    loading = np.round(1000 * weight / area)
    phase = (rng.random(n)[:, None] > np.cumsum([0.2, 0.6, 0.2])[:2]).sum(1)
    alt = np.where(phase == 1, np.array([25.0, 35.0, 37.0])[kind] + 2.5 * rng.normal(0, 1, n),
                   rng.uniform(4, 30, n))
    alt = np.round(np.clip(alt, 2, 43))
    tas = np.round(np.clip(np.where(kind == 0, 250, 300) + 6 * alt * np.where(kind == 0, 0.7, 1)
                           + 15 * rng.normal(0, 1, n), 150, 520))
    shear = np.round(np.clip(4 * np.exp(0.55 * rng.normal(0, 1, n)), 0.3, 30), 1)
    ri = np.round(np.clip(np.exp(np.log(8) - 1.1 * np.log(shear / 4) + 0.6 * rng.normal(0, 1, n)), 0.05, 200), 2)
    cape = np.round(np.clip(250 * np.exp(1.3 * rng.normal(0, 1, n)), 0, 5000))
    cell = np.round(np.exp(rng.uniform(np.log(2), np.log(400), n)))
    wave = np.round(np.clip(np.where(rng.random(n) < 0.3, 0, 1) * 25 * np.exp(0.5 * rng.normal(0, 1, n)), 0, 120))
    cat = 0.7 * np.log(shear / 4) - 0.35 * np.log(ri / 8) * (alt > 18)
    conv = 1.6 * np.exp(-cell / 25) * np.sqrt(cape / 1000)
    mtn = 0.025 * np.maximum(wave - 25, 0) * (alt < 25)
    blayer = 0.4 * (phase != 1) * (alt < 8)
    known = np.log(0.035) + cat + conv + mtn + blayer
    edr = np.exp(known + 0.6 * rng.normal(0, 1, n))  # the air's peak EDR on the segment, unseen
    jolt = 1.6 * edr * (tas / 450) ** (2 / 3) * (600 / loading) * np.exp(0.3 * rng.normal(0, 1, n))  # peak g, unseen
    rated = jolt * np.exp(0.25 * rng.normal(0, 1, n))  # the pilot's reading
    label = np.digitize(rated, PIREP_LIMITS)
    gtg = np.round(np.clip(np.exp(known + 0.25 * rng.normal(0, 1, n)), 0.005, 1.5), 3)
    med = np.round(np.clip(0.45 * edr * np.exp(0.35 * rng.normal(0, 1, n)), 0.005, 1.2), 3)
    peak = np.round(np.clip(edr * np.exp(0.3 * rng.normal(0, 1, n)), 0.01, 1.5), 2)
    peak_g = np.round(np.clip(jolt * np.exp(0.18 * rng.normal(0, 1, n)), 0.005, 4), 3)
    rms_g = np.round(np.clip(jolt / 3.5 * np.exp(0.25 * rng.normal(0, 1, n)), 0.001, 1.5), 3)
    keep = _keep(rng, label, PIREP_ROWS)
    x = np.column_stack([kind, weight, loading, alt, phase, tas, shear, ri, cape, cell, wave, gtg, med, peak, peak_g,
                         rms_g])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def ofa7():
    """Dogs' hip-extended radiographs, with the hip-joint conformation a board of three veterinary radiologists
    graded in 7 grades (``OFA_CLASSES``; each radiologist's reading against ``OFA_LIMITS``, the board's grade the
    middle of the three; ``OFA_GRADING`` the label's basis and not columns), as the dog's breed, age, weight and
    records and the simple measures taken on the film apart from the board's grade describe them. The hips' laxity is
    unseen: it rises with the breed's, an unseen genetic liability (that the sire's and the dam's grades and the
    breed club's hip EBV read), a heavy body (the body condition score) and an unseen rest; the remodelling (arthritic
    change) grows with the laxity beyond a point and with age. The conformation the radiologists read follows the
    laxity and the remodelling, each radiologist with an error of his own and one shared by the film (a rotated
    pelvis, a sedated or an awake dog). The Norberg angle and the femoral-head coverage fall with the laxity, the
    joint space widens, the centre-edge angle falls; the distraction index (PennHIP) reads the passive laxity best,
    where taken (a quarter of the dogs; 0 where not). Columns: the breed (0 Labrador retriever, 1 German shepherd, 2
    golden retriever, 3 Rottweiler, 4 Bernese mountain dog), male (0/1), the age (months), the weight (kg), the body
    condition score (1-9), the sire's and the dam's grades (0-6 as the classes), the hip EBV (the breed's mean 0,
    lower better), sedated (0/1), the pelvis's rotation (degrees), the worse hip's Norberg angle (degrees), its
    femoral-head coverage (%), its joint space (mm), its centre-edge angle (degrees), the distraction index taken
    (0/1), the distraction index (16). Imbalanced: 220 / 520 / 400 / 230 / 330 / 260 / 180 rows (2,140)."""
    rng = np.random.default_rng(100202)
    n = 200000
    breed = (rng.random(n)[:, None] > np.cumsum([0.35, 0.2, 0.2, 0.13, 0.12])[:4]).sum(1)
    male = (rng.random(n) < 0.45).astype(float)
    age = np.round(np.clip(30 * np.exp(0.35 * rng.normal(0, 1, n)), 24, 120))
    bcs = np.clip(np.round(5.3 + 1.0 * rng.normal(0, 1, n)), 3, 9)
    gene = rng.normal(0, 1, n)  # the genetic liability, unseen
    base = np.array([0.0, 0.35, 0.3, 0.35, 0.5])[breed]
    lax = base + 0.7 * gene + 0.12 * (bcs - 5) + 0.65 * rng.normal(0, 1, n)  # the laxity, unseen
    weight = np.round(np.array([31.0, 33.0, 30.0, 45.0, 44.0])[breed] * np.where(male, 1.12, 0.92)
                      * (1 + 0.06 * (bcs - 5)) * np.exp(0.07 * rng.normal(0, 1, n)), 1)
    remodel = np.maximum(lax - 0.9, 0) * (age / 30) ** 0.7 * np.exp(0.25 * rng.normal(0, 1, n))  # unseen
    conf = 1.9 + 1.15 * lax + 0.8 * remodel + 0.2 * rng.normal(0, 1, n)  # the conformation, unseen

    def grade(v):  # a parent's registered grade from its own conformation
        return np.clip(np.digitize(v, OFA_LIMITS), 0, 6).astype(float)

    sire = grade(1.9 + 1.15 * (base + 0.35 * gene + 0.8 * rng.normal(0, 1, n)) - 0.6)
    dam = grade(1.9 + 1.15 * (base + 0.35 * gene + 0.8 * rng.normal(0, 1, n)) - 0.5)
    ebv = np.round(0.55 * gene + 0.45 * rng.normal(0, 1, n), 2)
    sedated = (rng.random(n) < 0.5).astype(float)
    rot = np.round(np.abs(2.5 * rng.normal(0, 1, n)), 1)
    film = 0.12 * rng.normal(0, 1, n) + 0.15 * sedated + 0.05 * rot  # the film's shared error
    reads = np.stack([np.digitize(conf + film + rng.normal(0, 0.22, n), OFA_LIMITS) for _ in range(3)])
    label = np.median(reads, 0).astype(int)
    norberg = np.round(np.clip(107 - 5.5 * lax - 1.5 * sedated - 0.8 * remodel + 1.8 * rng.normal(0, 1, n), 70, 120), 1)
    cover = np.round(np.clip(56 - 7 * lax - 2 * sedated + 3 * rng.normal(0, 1, n), 5, 85))
    space = np.round(np.clip(1.6 * np.exp(0.25 * lax + 0.08 * rot + 0.14 * rng.normal(0, 1, n)), 0.5, 8), 1)
    ce = np.round(np.clip(22 - 5 * lax + 2.5 * rng.normal(0, 1, n), -25, 45), 1)
    taken = (rng.random(n) < 0.25).astype(float)
    di = np.round(taken * np.clip(0.35 * np.exp(0.35 * lax + 0.15 * rng.normal(0, 1, n)), 0.1, 1.0), 2)
    keep = _keep(rng, label, OFA_ROWS)
    x = np.column_stack([breed, male, age, weight, bcs, sire, dam, ebv, sedated, rot, norberg, cover, space, ce, taken,
                         di])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``kiln6``, the chances of the glaze's application (0 dipped, 1 sprayed, 2 brushed or poured)
KILN_APPLY = np.array([[0.35, 0.20, 0.45], [0.40, 0.40, 0.20], [0.50, 0.30, 0.20], [0.50, 0.30, 0.20],
                       [0.40, 0.20, 0.40], [0.50, 0.30, 0.20]])
#: per cause of ``kiln6``, the medians of the kiln controller's firing log, the glaze batch's and the application's
#: records and the clay body's records of the rejected piece's firing: the peak (C), the soak at the peak (min), the
#: heating rate over 600-1000 C (C/h), the cooling rate through 650-500 C (C/h), the kiln's temperature when opened
#: (C), the glaze's thickness (mm, the wet coat's gauge), the glaze's calculated expansion (1e-7/K), the body's
#: measured expansion (1e-7/K), the glaze's raw clay (%), its specific gravity, the bisque's peak (C), the body's
#: loss on ignition (%), the days from the bisque to the glazing, the body's water absorption (%), its free silica
#: and cristobalite (%), the piece's wall (mm)
KILN_TABLE = np.array([
    # peak   soak  heat   cool   open   thick gCOE  bCOE  clay  SG    bisque  LOI  days  abs  silica wall
    [1232.0, 15.0, 150.0, 150.0, 90.0, 1.25, 66.0, 62.0, 22.0, 1.56, 1000.0, 5.5, 18.0, 2.5, 13.0, 6.5],  # crawl
    [1222.0, 5.0, 240.0, 150.0, 90.0, 0.95, 65.0, 62.0, 10.0, 1.46, 935.0, 9.0, 5.0, 4.0, 13.0, 7.5],  # pinhole
    [1226.0, 15.0, 160.0, 190.0, 150.0, 1.10, 74.0, 57.0, 10.0, 1.47, 1000.0, 5.5, 5.0, 6.5, 8.0, 6.5],  # craze
    [1232.0, 15.0, 150.0, 150.0, 90.0, 1.00, 53.0, 68.0, 12.0, 1.47, 1000.0, 5.5, 8.0, 2.0, 22.0, 6.5],  # shiver
    [1252.0, 25.0, 210.0, 150.0, 90.0, 1.45, 66.0, 62.0, 10.0, 1.50, 950.0, 8.0, 5.0, 3.0, 13.0, 8.5],  # blister
    [1232.0, 15.0, 160.0, 380.0, 200.0, 1.10, 59.0, 66.0, 10.0, 1.47, 1000.0, 5.5, 5.0, 1.5, 25.0, 10.5],  # dunt
])
KILN_LOGS = [1, 2, 3, 4, 5, 8, 11, 12, 13, 14, 15]
KILN_KINDS = [("norm", 12, 0), ("log", 0.6, 0), ("log", 0.35, 0.15), ("log", 0.45, 0.15), ("log", 0.45, 0.15),
              ("log", 0.3, 0), ("norm", 5.5, 0), ("norm", 5.0, 0), ("log", 0.45, 0), ("norm", 0.06, 0),
              ("norm", 30, 0), ("log", 0.4, 0), ("log", 0.9, 0), ("log", 0.6, 0), ("log", 0.5, 0),
              ("log", 0.3, 0)]


def kiln6():
    """Glazed ware rejected after the glaze firing, in 6 defect causes a ceramics technician confuses
    (``KILN_CLASSES``), labelled by the technician's diagnosis, as the kiln controller's firing log, the glaze batch's
    and the application's records and the clay body's records apart from the diagnosis describe them. Each cause has
    its picture (``KILN_APPLY``, ``KILN_TABLE``): crawling a thick coat of a glaze high in raw clay (shrinking as it
    dries), a heavy slip, ware left long and dusty after the bisque, brushed or poured; pinholing a short soak, a fast
    heating, a low bisque and a body high in loss on ignition (gases late through the melt), sprayed; crazing a glaze
    of high expansion on a body of low expansion, porous (moisture expansion), low in free silica, a kiln opened hot;
    shivering the opposite fit, a glaze of low expansion on a body high in expansion and free silica; blistering an
    over-fired, long-soaked, thick coat, a fast heating on a gassy body; dunting a fast cooling through the quartz
    inversion, a kiln opened hot, thick walls, much free silica. Unseen: a rushed schedule (one per-row factor
    raising the heating and the cooling rates and the opening's temperature). Columns: the application (0 dipped, 1
    sprayed, 2 brushed or poured), then the table's 16 (the peak to the unit within 1150-1300 C, the soak to the unit
    within 0-120 min, the rates to the unit within 30-900 C/h, the opening to the unit within 25-400 C, the thickness
    to a hundredth within 0.2-4 mm, the expansions to a tenth within 35-95, the raw clay to a tenth within 0-45 %, the
    gravity to a hundredth within 1.25-1.85, the bisque to the unit within 850-1100 C, the loss on ignition to a tenth
    within 1-20 %, the days to the unit within 0-180, the absorption to a tenth within 0.1-18 %, the silica to a
    tenth within 1-45 %, the wall to a tenth within 2-30 mm) (17). Imbalanced: 400 / 420 / 380 / 300 / 340 / 300 rows
    (2,140)."""
    rng = np.random.default_rng(100303)
    y = rng.permutation(np.repeat(np.arange(len(KILN_CLASSES)), KILN_ROWS))
    apply = (rng.random(len(y))[:, None] > np.cumsum(KILN_APPLY[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(KILN_TABLE, KILN_NEIGHBOURS, 0.3, KILN_LOGS)[y]
    x = _draw(rng, t, KILN_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1150, 1300, 0), (1, 0, 120, 0), (2, 30, 900, 0), (3, 30, 900, 0),
                                 (4, 25, 400, 0), (5, 0.2, 4, 2), (6, 35, 95, 1), (7, 35, 95, 1), (8, 0, 45, 1),
                                 (9, 1.25, 1.85, 2), (10, 850, 1100, 0), (11, 1, 20, 1), (12, 0, 180, 0),
                                 (13, 0.1, 18, 1), (14, 1, 45, 1), (15, 2, 30, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([apply, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``chocolate6``, the chances of the chocolate (0 dark, 1 milk, 2 white)
CHOCOLATE_KIND = np.array([[0.35, 0.50, 0.15], [0.50, 0.35, 0.15], [0.50, 0.35, 0.15], [0.40, 0.45, 0.15],
                           [0.60, 0.30, 0.10], [0.25, 0.50, 0.25]])
#: per cause of ``chocolate6``, the medians of the tempering machine's and the cooling tunnel's logs, the storage
#: records and the lab's simple measures of the rejected bar's batch: the temper index (the temper meter's, 5 well
#: tempered, lower under-tempered), the tempered mass's working temperature against the product's setting (C), the
#: mould's temperature at the depositor (C), the vibration table's time (s), the tunnel's air (C), the time in the
#: tunnel (min), the tunnel's relative humidity (%), the bar's temperature at the tunnel's exit above the packing
#: room's dew point (C), the store's mean temperature (C), its daily swing (C), its relative humidity (%), the days
#: in store, the lab's colour (the rise of L* over the product's standard), the gloss (GU, 60 degrees), the snap
#: force (N, three-point bend), the bar's density (g/cm3)
CHOCOLATE_TABLE = np.array([
    # index work  mould vib   tunnel tmin  tRH   dew   store swing sRH   days  dL    gloss snap  density
    [3.8, 0.6, 20.0, 30.0, 12.0, 20.0, 50.0, 4.0, 21.0, 5.0, 55.0, 60.0, 6.0, 20.0, 30.0, 1.280],  # fat bloom
    [5.2, 0.0, 22.0, 30.0, 10.0, 20.0, 68.0, -1.5, 18.0, 3.0, 72.0, 40.0, 7.0, 24.0, 38.0, 1.280],  # sugar bloom
    [5.4, -0.8, 22.0, 9.0, 12.0, 20.0, 50.0, 4.0, 18.0, 2.0, 55.0, 20.0, 1.0, 48.0, 31.0, 1.225],  # air bubbles
    [4.5, 0.8, 16.0, 30.0, 10.0, 20.0, 56.0, 2.0, 18.0, 2.0, 55.0, 15.0, 3.0, 34.0, 35.0, 1.278],  # streaks
    [6.8, -1.0, 17.0, 24.0, 5.0, 28.0, 50.0, 1.0, 17.0, 3.0, 50.0, 20.0, 0.5, 50.0, 42.0, 1.272],  # cracks
    [3.6, 1.8, 24.0, 30.0, 15.0, 14.0, 50.0, 4.0, 25.0, 3.0, 50.0, 20.0, 1.5, 30.0, 20.0, 1.280],  # soft
])
CHOCOLATE_LOGS = [3, 5, 9, 11, 13, 14]
CHOCOLATE_KINDS = [("norm", 0.8, 0), ("norm", 0.9, 0), ("norm", 2.5, 0), ("log", 0.4, 0), ("norm", 2.8, 0),
                   ("log", 0.22, 0), ("norm", 8, 3), ("norm", 2.6, -0.8), ("norm", 2.2, 0.8), ("log", 0.55, 0),
                   ("norm", 8, 4), ("log", 0.8, 0), ("norm", 2.2, 0), ("log", 0.35, 0), ("log", 0.28, 0),
                   ("norm", 0.016, 0)]


def chocolate6():
    """Moulded chocolate bars a confectioner's quality lab rejected, in 6 causes its staff confuse
    (``CHOCOLATE_CLASSES``), labelled by the lab's diagnosis, as the tempering machine's and the cooling tunnel's
    logs, the storage records and the lab's simple measures apart from the diagnosis describe them. Each cause has its
    picture (``CHOCOLATE_KIND``, ``CHOCOLATE_TABLE``): fat bloom a low temper index, a warm mass, a store warm and
    swinging, long in store, a light and dull bar, milk chocolate; sugar bloom a humid tunnel, a bar leaving the tunnel
    below the dew point, a humid store, a light bar; air bubbles a short vibration, a cool thick mass, a light (low
    density) bar; streaks a middling temper, a cold mould, a dull surface; cracks an over-tempered mass, a cold tunnel
    long, a hard bar; a soft bar a low temper index, a warm mass, a warm mould and tunnel, a short tunnel, a warm
    store, a weak snap, white chocolate. Unseen: the season (one per-row factor raising the tunnel's and the store's
    humidity and the store's temperature and lowering the dew point's margin). Columns: the chocolate (0 dark, 1
    milk, 2 white), then the table's 16 (the index to a tenth within 1-10, the working temperature to a tenth within
    -5..6 C, the mould to a tenth within 8-32 C, the vibration to the unit within 1-90 s, the tunnel to a tenth within
    0-22 C, its time to a tenth within 5-60 min, the humidities to the unit within 20-95 %, the dew margin to a tenth
    within -10..15 C, the store to a tenth within 8-35 C, the swing to a tenth within 0.2-20 C, the days to the unit
    within 1-365, the colour's rise to a tenth within -3..20, the gloss to the unit within 3-95 GU, the snap to a
    tenth within 3-90 N, the density to a thousandth within 1.1-1.35) (17). Imbalanced: 420 / 360 / 380 / 340 / 320 /
    320 rows (2,140)."""
    rng = np.random.default_rng(100404)
    y = rng.permutation(np.repeat(np.arange(len(CHOCOLATE_CLASSES)), CHOCOLATE_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(CHOCOLATE_KIND[y], 1)[:, :2]).sum(1).astype(float)
    t = _pull(CHOCOLATE_TABLE, CHOCOLATE_NEIGHBOURS, 0.3, CHOCOLATE_LOGS)[y]
    x = _draw(rng, t, CHOCOLATE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 10, 1), (1, -5, 6, 1), (2, 8, 32, 1), (3, 1, 90, 0), (4, 0, 22, 1),
                                 (5, 5, 60, 1), (6, 20, 95, 0), (7, -10, 15, 1), (8, 8, 35, 1), (9, 0.2, 20, 1),
                                 (10, 20, 95, 0), (11, 1, 365, 0), (12, -3, 20, 1), (13, 3, 95, 0), (14, 3, 90, 1),
                                 (15, 1.1, 1.35, 3)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([kind, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND100`` lists them (the ordered sets first)
GENERATORS = {"pirep5": pirep5, "ofa7": ofa7, "kiln6": kiln6, "chocolate6": chocolate6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND100_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "pirep5": (2140, 16, PIREP_ROWS),
    "ofa7": (2140, 16, OFA_ROWS),
    "kiln6": (2140, 17, KILN_ROWS),
    "chocolate6": (2140, 17, CHOCOLATE_ROWS),
}
ROUND100 = tuple(GENERATORS)


#: each set's documented neighbouring classes
NEIGHBOURS = {"pirep5": PIREP_NEIGHBOURS, "ofa7": OFA_NEIGHBOURS, "kiln6": KILN_NEIGHBOURS,
              "chocolate6": CHOCOLATE_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("pirep5", "ofa7")


if __name__ == "__main__":
    main(GENERATORS)
