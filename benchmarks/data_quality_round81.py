"""Round 81's held-out data sets for the noisy-label benchmark (being written: the classes, the neighbour maps, the
rows and the limits first, committed before any generator exists)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- lymph4: a lymphoedema's ISL stage
#: the 4 classes of ``lymph4`` (a woman after breast-cancer surgery at a lymphoedema clinic, by the International
#: Society of Lymphology stage of the arm the lymphoedema therapist gave), the mildest first
LYMPH_CLASSES = ("0 latent or subclinical", "I reversible, subsides with elevation",
                 "II spontaneously irreversible, elevation rarely helps", "III lymphostatic elephantiasis")
LYMPH_ROWS = (600, 720, 580, 240)
#: the lower limits of stages I-III on the therapist's reading of the arm (a continuous 0-3.5 reading of the swelling
#: and the tissue, rounded to a stage; the author's framing of the scale as limits on one reading)
LYMPH_LIMITS = (0.5, 1.5, 2.5)
#: the stage above and below each stage (a heavy arm without visible swelling read as latent or stage I, a swelling
#: that no longer goes down overnight read as stage I or II, a hard fibrotic arm without pitting read as late stage II
#: or stage III)
LYMPH_NEIGHBOURS = ordinal_neighbours(len(LYMPH_CLASSES))
#: what the therapist stages from: the label's basis, not columns
LYMPH_EXAM = ("the limb examination (pitting, elevation, Stemmer's sign)", "the limb-volume difference",
              "the skin and tissue changes")


# ---------------------------------------------------------------------- vur5: a vesicoureteral reflux's grade
#: the 5 classes of ``vur5`` (a child with a febrile urinary tract infection, by the International Reflux Study grade
#: of the worse side's reflux the paediatric radiologist read on the voiding cystourethrogram), the mildest first
VUR_CLASSES = ("I into a non-dilated ureter only", "II up to the pelvis, no dilation",
               "III mild or moderate dilation, fornices slightly blunted", "IV moderate dilation, fornices obliterated",
               "V gross dilation and tortuosity, papillae lost")
VUR_ROWS = (360, 620, 560, 380, 220)
#: the lower limits of grades II-V on the radiologist's reading of the reflux (a continuous 0-4.5 reading of how far
#: it reaches and how much it dilates, rounded to a grade; the author's framing)
VUR_LIMITS = (0.5, 1.5, 2.5, 3.5)
#: the grade above and below each grade (a reflux reaching the pelvis or not, a slight blunting read as grade II or
#: III, the middle grades III and IV the least agreed, a tortuous ureter read as grade IV or V)
VUR_NEIGHBOURS = ordinal_neighbours(len(VUR_CLASSES))
#: what the radiologist grades from: the label's basis, not columns
VUR_VCUG = ("the reflux's reach on the VCUG", "the ureter's and the pelvis' dilation", "the calyces and papillae")


# ---------------------------------------------------------------------- coralgen6: a hard coral's genus
#: the 6 classes of ``coralgen6`` (a hard-coral colony on a reef survey, by the genus the survey divers named)
CORAL_GENERA = ("Porites", "Goniopora", "Acropora", "Montipora", "Favites", "Dipsastraea")
CORAL_ROWS = (440, 260, 460, 380, 300, 300)
#: the genera divers confuse (symmetric): Porites against Goniopora (both poritids, massive with shared walls; the
#: long day polyps Goniopora's mark, Porites' own polyps out at times) and against Montipora (encrusting or plating
#: colonies with tiny corallites); Acropora against Montipora (both acroporids, plates and branches; the axial
#: corallite Acropora's mark, not seen on a worn or encrusting colony); Favites against Dipsastraea (massive
#: faviids with large corallites; shared walls Favites', separate walls Dipsastraea's, hard to see underwater)
CORAL_NEIGHBOURS = {0: (1, 3), 1: (0,), 2: (3,), 3: (0, 2), 4: (5,), 5: (4,)}


# ---------------------------------------------------------------------- hvbreaker6: a HV circuit breaker's fault
#: the 6 classes of ``hvbreaker6`` (a high-voltage SF6 circuit breaker in a substation fleet, by the fault the
#: maintenance engineers found)
BREAKER_FAULTS = ("SF6 leak", "operating-mechanism fault (spring or hydraulic)", "main contact wear",
                  "trip or close coil fault", "auxiliary switch fault", "heater or density-monitor fault")
BREAKER_ROWS = (380, 460, 320, 360, 300, 320)
#: the faults engineers confuse (symmetric): an SF6 leak against a heater or density-monitor fault (both raise
#: low-gas alarms; a faulty monitor or a cold tank without its heater reads as a leak); a mechanism fault against
#: main contact wear (both change the contact travel and speed) and against a coil fault (both slow the operating
#: times and change the coil current's signature); a coil fault against an auxiliary switch fault (both in the
#: trip and close circuits: a late or missing coil cut-off, a timing spread); an auxiliary switch fault against a
#: heater or density-monitor fault (secondary-circuit faults that show as spurious alarms)
BREAKER_NEIGHBOURS = {0: (5,), 1: (2, 3), 2: (1,), 3: (1, 4), 4: (3, 5), 5: (0, 4)}


def lymph4():
    """Women after breast-cancer surgery at a lymphoedema clinic in the 4 ISL stages of the arm
    (``LYMPH_CLASSES``), labelled by the stage the lymphoedema therapist gave (``LYMPH_LIMITS`` on the therapist's
    reading; ``LYMPH_EXAM`` the label's basis and not columns), as the record apart from the examination describes
    them. The lymphatic load (unseen) rises with an axillary dissection and the nodes removed, radiotherapy to the
    axilla, a taxane, the BMI and the months since surgery, and has an unseen rest (the woman's own lymphatics, a
    normal 0.35 of a stage); cellulitis comes more often and the heaviness and tightness rise the worse it is.
    Columns: the age (years), the BMI (kg/m2), the months since surgery, an axillary dissection (1, else a sentinel
    node biopsy only), the nodes removed, the positive nodes, radiotherapy to the axilla (0/1), a taxane (0/1), a
    seroma after surgery (0/1), the cellulitis episodes in the arm, the operated side the dominant hand's (0/1), the
    heaviness and the tightness (0-10), the arm's aching (0-10) (14). Imbalanced: 600 / 720 / 580 / 240 rows
    (2,140)."""
    rng = np.random.default_rng(81101)
    n = 200000
    age = np.round(np.clip(rng.normal(57, 11, n), 26, 90))
    bmi = np.round(np.clip(rng.lognormal(np.log(27.5), 0.18, n), 16, 55), 1)
    months = np.round(np.clip(rng.lognormal(np.log(20), 0.9, n), 1, 240))
    alnd = rng.random(n) < 0.5
    nodes = np.where(alnd, np.round(np.clip(rng.lognormal(np.log(14), 0.35, n), 4, 40)), 1 + rng.poisson(1.2, n))
    positive = np.minimum(nodes, rng.poisson(np.where(alnd, 3.0, 0.3), n))
    rt = rng.random(n) < np.where(alnd, 0.55, 0.2) + 0.04 * np.minimum(positive, 5)
    taxane = rng.random(n) < np.where(alnd, 0.65, 0.35)
    seroma = rng.random(n) < np.where(alnd, 0.35, 0.12)
    dominant = rng.random(n) < 0.5
    own = rng.normal(0, 0.35, n)  # the woman's own lymphatics, unseen
    load = (0.15 + 0.55 * alnd + 0.025 * (nodes - 5) + 0.4 * rt + 0.2 * taxane + 0.2 * seroma + 0.04 * (bmi - 27)
            + 0.3 * np.log(months / 20) + 0.005 * (age - 57) + own)  # the lymphatic load, unseen
    cellulitis = rng.poisson(0.05 + 0.35 * np.clip(load, 0, None) ** 1.5)
    load = load + 0.12 * np.minimum(cellulitis, 4)  # each bout harms the lymphatics further
    heavy = np.clip(np.round(1.0 + 2.0 * load + 0.4 * dominant + rng.normal(0, 1.6, n)), 0, 10)
    tight = np.clip(np.round(1.2 + 1.7 * load + rng.normal(0, 1.8, n)), 0, 10)
    ache = np.clip(np.round(1.5 + 1.0 * load + rng.normal(0, 2.0, n)), 0, 10)
    rated = load + rng.normal(0, 0.25, n)  # the therapist's reading
    label = np.digitize(rated, LYMPH_LIMITS)
    keep = _keep(rng, label, LYMPH_ROWS)
    x = np.column_stack([age, bmi, months, alnd, nodes, positive, rt, taxane, seroma, cellulitis, dominant, heavy,
                         tight, ache])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def vur5():
    """Children with a febrile urinary tract infection in the 5 grades of vesicoureteral reflux (``VUR_CLASSES``),
    labelled by the grade the paediatric radiologist read on the voiding cystourethrogram (``VUR_LIMITS`` on the
    radiologist's reading; ``VUR_VCUG`` the label's basis and not columns), as the record apart from the images
    describes them. The reflux (unseen) is worse in infants, in boys under a year and with a family history, and has
    an unseen rest (the child's own ureterovesical junction, a normal 0.3 of a grade); the recurrences, a
    non-E. coli organism, the ultrasound's hydronephrosis and a dilated ureter, a small kidney and a DMSA scar come
    more often the worse it is, bladder-bowel dysfunction goes with the older, toilet-trained girls' milder reflux.
    Columns: the age (months), the sex (1 a boy), the febrile UTI episodes, the fever's height (C), a non-E. coli
    organism (0/1), the CRP (mg/L), the SFU hydronephrosis grade (0-4), a dilated ureter on the ultrasound (0/1), the
    renal length (z-score, the smaller kidney), a scar on the DMSA (0/1), bladder-bowel dysfunction (0/1), a family
    history of reflux (0/1), antenatal hydronephrosis (0/1) (13). Imbalanced: 360 / 620 / 560 / 380 / 220 rows
    (2,140)."""
    rng = np.random.default_rng(81202)
    n = 200000
    age = np.round(np.clip(rng.lognormal(np.log(14), 0.9, n), 1, 144))
    boy = rng.random(n) < np.where(age < 12, 0.55, 0.2)
    family = rng.random(n) < 0.1
    own = rng.normal(0, 0.3, n)  # the child's own ureterovesical junction, unseen
    reflux = (1.6 - 0.6 * np.log(age / 14) + 0.5 * (boy & (age < 12)) + 0.35 * family
              + own)  # the reflux, unseen
    antenatal = rng.random(n) < _sig(-4.0 + 0.8 * reflux)
    episodes = 1 + rng.poisson(0.15 + 0.25 * np.clip(reflux, 0, None) + 0.02 * np.minimum(age, 60) / 12)
    fever = np.round(np.clip(38.7 + 0.15 * reflux + rng.normal(0, 0.5, n), 38.0, 41.5), 1)
    other = rng.random(n) < _sig(-2.6 + 0.35 * reflux + 0.4 * (episodes > 1))
    crp = np.round(np.clip(np.exp(np.log(45) + 0.15 * reflux + rng.normal(0, 0.75, n)), 1, 400))
    sfu = np.clip(np.round(-1.0 + 1.0 * reflux + rng.normal(0, 0.4, n)), 0, 4)
    ureter = rng.random(n) < _sig(-4.6 + 1.6 * reflux)
    length = np.round(0.3 - 0.55 * reflux + rng.normal(0, 0.5, n), 2)
    scar = rng.random(n) < _sig(-3.4 + 0.7 * reflux + 0.4 * (episodes - 1))
    bbd = rng.random(n) < _sig(-3.0 + 1.6 * (age > 30) * ~boy - 0.25 * reflux)
    rated = reflux + rng.normal(0, 0.2, n)  # the radiologist's reading
    label = np.digitize(rated, VUR_LIMITS)
    keep = _keep(rng, label, VUR_ROWS)
    x = np.column_stack([age, boy, episodes, fever, other, crp, sfu, ureter, length, scar, bbd, family,
                         antenatal])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per genus of ``coralgen6``, the medians of: a branching colony, a massive colony, a plating or encrusting colony
#: (shares), the colony's diameter (cm), the corallite's diameter (mm), polyps extended by day, an axial corallite
#: seen, corallites with shared walls, a bright (pastel, blue or pink) colour (shares), the depth (m), on the reef
#: slope (share, else the flat, the crest or the lagoon), the water temperature (C), the turbidity (NTU), an Indian
#: Ocean survey (share, else the western Pacific), the colony's partial mortality (%)
CORAL_TABLE = np.array([
    # brn  mass  plate diam  clt   day   axial wall  brt   depth slope temp  turb  ind   mort
    [0.15, 0.65, 0.20, 80.0, 1.4, 0.20, 0.02, 0.75, 0.20, 6.0, 0.50, 28.0, 2.0, 0.50, 15.0],  # Porites
    [0.05, 0.70, 0.15, 40.0, 3.5, 0.90, 0.02, 0.60, 0.30, 9.0, 0.60, 28.2, 4.0, 0.50, 10.0],  # Goniopora
    [0.70, 0.03, 0.35, 60.0, 1.2, 0.10, 0.85, 0.05, 0.50, 4.0, 0.40, 27.8, 1.2, 0.50, 20.0],  # Acropora
    [0.25, 0.10, 0.70, 50.0, 0.7, 0.15, 0.05, 0.05, 0.45, 7.0, 0.55, 28.0, 1.8, 0.50, 15.0],  # Montipora
    [0.02, 0.90, 0.10, 35.0, 9.0, 0.10, 0.02, 0.95, 0.40, 6.0, 0.50, 28.0, 2.5, 0.45, 8.0],  # Favites
    [0.02, 0.85, 0.15, 30.0, 11.0, 0.10, 0.02, 0.05, 0.45, 6.0, 0.50, 28.0, 2.5, 0.55, 8.0],  # Dipsastraea
])
CORAL_LOGS = [3, 4, 9, 12]
CORAL_KINDS = [("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("log", 0.55, 0), ("log", 0.2, 0),
               ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("log", 0.6, 0.2),
               ("share", 0, 0), ("norm", 0.8, 0.8), ("log", 0.7, 0.3), ("share", 0, 0), ("norm", 10.0, 0)]


def coralgen6():
    """Hard-coral colonies that reef-survey divers identified in 6 genera they confuse (``CORAL_GENERA``), labelled
    by the genus named, as the colony's measurements and the survey record describe them. Each genus has its picture
    (``CORAL_TABLE``): Porites massive, large, tiny corallites with shared walls; Goniopora massive, larger
    corallites, its long polyps out by day, in turbid water; Acropora branching or tabular, the axial corallite,
    shallow and clear water; Montipora plating or encrusting, the tiniest corallites; Favites and Dipsastraea
    massive with large corallites, Favites' walls shared, Dipsastraea's separate. Unseen: the site's exposure and
    season (one per-row factor moving the depth, the temperature and the turbidity). Columns: the table's 15 (the
    shares as 0/1, the diameter to the cm, the corallite to a tenth of a mm, the depth to a tenth of a m, the
    temperature to a tenth, the turbidity to a tenth, the mortality clipped to 0-100 and rounded) (15). Imbalanced:
    440 / 260 / 460 / 380 / 300 / 300 rows (2,140)."""
    rng = np.random.default_rng(81303)
    y = rng.permutation(np.repeat(np.arange(len(CORAL_GENERA)), CORAL_ROWS))
    t = _pull(CORAL_TABLE, CORAL_NEIGHBOURS, 0.3, CORAL_LOGS)[y]
    x = _draw(rng, t, CORAL_KINDS, rng.normal(0, 1, len(y)))
    x[:, 3] = np.round(x[:, 3])
    x[:, [4, 9, 11, 12]] = np.round(x[:, [4, 9, 11, 12]], 1)
    x[:, 14] = np.round(np.clip(x[:, 14], 0, 100))
    return x.astype(np.float32), y.astype(np.int64)


#: per fault of ``hvbreaker6``, the medians of: the SF6 density (% of rated, temperature-compensated), its fall (% a
#: year), the low-gas alarms in the last year (count), the opening and closing times (ms), the trip- and close-coil
#: peak currents (A), the contact travel (% of nominal), the opening speed (m/s), the main contacts' static
#: resistance (micro-ohm), the operations (thousands), the fault-current duty used (% of the interrupting life), the
#: winter's lowest ambient temperature (C), the breaker's age (years), the months since the last service, the
#: position-indication or pole-discrepancy alarms in the last year (count)
BREAKER_TABLE = np.array([
    # dens  fall alarm open  close trip  clos  trav   speed res   ops  duty  amb    age   mon   pos
    [92.0, 3.0, 2.0, 30.0, 60.0, 4.0, 4.0, 100.0, 8.0, 45.0, 3.0, 20.0, -5.0, 25.0, 30.0, 0.3],  # SF6 leak
    [98.0, 0.5, 0.3, 36.0, 72.0, 4.3, 4.4, 94.0, 6.8, 48.0, 6.0, 25.0, -8.0, 28.0, 40.0, 0.5],  # mechanism
    [98.0, 0.5, 0.3, 31.0, 62.0, 4.0, 4.0, 99.0, 7.7, 90.0, 5.0, 60.0, 0.0, 24.0, 40.0, 0.3],  # contact wear
    [98.0, 0.5, 0.3, 34.0, 66.0, 5.5, 5.2, 98.0, 7.8, 47.0, 4.0, 22.0, -3.0, 26.0, 35.0, 0.8],  # coil
    [98.0, 0.5, 0.4, 31.0, 62.0, 4.2, 4.2, 100.0, 8.0, 46.0, 5.5, 20.0, -2.0, 27.0, 40.0, 2.5],  # auxiliary switch
    [95.0, 0.8, 1.8, 31.0, 62.0, 4.0, 4.0, 100.0, 8.0, 46.0, 3.0, 20.0, -15.0, 26.0, 40.0, 1.0],  # heater or monitor
])
BREAKER_LOGS = [1, 9, 10, 11, 14]
BREAKER_KINDS = [("norm", 2.5, 1.0), ("log", 0.7, 0), ("count", 0.6, 0), ("norm", 2.0, 0), ("norm", 3.5, 0),
                 ("norm", 0.5, 0), ("norm", 0.5, 0), ("norm", 2.5, 0), ("norm", 0.45, 0), ("log", 0.3, 0),
                 ("log", 0.6, 0), ("log", 0.6, 0), ("norm", 6.0, 2.0), ("norm", 8.0, 0), ("log", 0.6, 0),
                 ("count", 0.6, 0)]


def hvbreaker6():
    """High-voltage SF6 circuit breakers in a substation fleet in 6 faults the maintenance engineers found
    (``BREAKER_FAULTS``), labelled by the fault found, as the condition-monitoring and maintenance records before it
    describe them. Each fault has its picture (``BREAKER_TABLE``): an SF6 leak a low and falling density and
    low-gas alarms; a mechanism fault slow times, a short travel and a low speed, many operations, old and cold
    sites; main contact wear a high contact resistance and a large fault-current duty; a coil fault high coil
    currents and slower times; an auxiliary switch fault position-indication alarms; a heater or density-monitor
    fault low-gas alarms at cold sites without a falling density. Unseen: the site's climate (one per-row factor
    moving the density reading and the lowest ambient temperature). Columns: the table's 16 (the density, the times,
    the travel and the temperature to a tenth, the fall, the currents and the speed to a hundredth, the resistance,
    the duty and the months to the unit, the operations to a tenth, the age clipped to 1-50 and rounded, the alarms
    as counts) (16). Imbalanced: 380 / 460 / 320 / 360 / 300 / 320 rows (2,140)."""
    rng = np.random.default_rng(81404)
    y = rng.permutation(np.repeat(np.arange(len(BREAKER_FAULTS)), BREAKER_ROWS))
    t = _pull(BREAKER_TABLE, BREAKER_NEIGHBOURS, 0.3, BREAKER_LOGS)[y]
    x = _draw(rng, t, BREAKER_KINDS, rng.normal(0, 1, len(y)))
    x[:, [0, 3, 4, 7, 10, 12]] = np.round(x[:, [0, 3, 4, 7, 10, 12]], 1)
    x[:, [1, 5, 6, 8]] = np.round(x[:, [1, 5, 6, 8]], 2)
    x[:, [9, 11, 14]] = np.round(x[:, [9, 11, 14]])
    x[:, 13] = np.round(np.clip(x[:, 13], 1, 50))
    return x.astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND81`` lists them (the ordered sets first)
GENERATORS = {"lymph4": lymph4, "vur5": vur5, "coralgen6": coralgen6, "hvbreaker6": hvbreaker6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND81_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "lymph4": (2140, 14, LYMPH_ROWS),
    "vur5": (2140, 13, VUR_ROWS),
    "coralgen6": (2140, 15, CORAL_ROWS),
    "hvbreaker6": (2140, 16, BREAKER_ROWS),
}
ROUND81 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("lymph4", "vur5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"lymph4": LYMPH_NEIGHBOURS, "vur5": VUR_NEIGHBOURS, "coralgen6": CORAL_NEIGHBOURS,
              "hvbreaker6": BREAKER_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
