"""Round 109's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the classes, rows, limits and neighbour maps, committed before any generator is written.)
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


# ---------------------------------------------------------------------- carpet5: a carpet's appearance retention
#: the 5 classes of ``carpet5`` (a carpet in use in an office, a hotel or a shop, by the change of appearance the
#: trained assessor rated against the ISO 9405 / ASTM D7330 reference scale under the standard viewing), the most
#: changed first
CARPET_CLASSES = ("1 (severe change of appearance)", "2 (significant change)", "3 (moderate change)",
                  "4 (slight change)", "5 (no change: the untrafficked carpet)")
CARPET_ROWS = (300, 460, 560, 480, 340)
#: the lower limits of grades 2 .. 5 on the assessor's rating (the reference scale's half steps, read to the nearest
#: whole grade) that the grade takes
CARPET_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each (assessors differ mostly by half a grade to a grade: the viewing angle and light,
#: the reference scale's construction against the carpet's, soiling read as a change of texture, the assessor's habit)
CARPET_NEIGHBOURS = ordinal_neighbours(len(CARPET_CLASSES))
#: what the grade is given from: the label's basis, not columns
CARPET_ASSESSMENT = ("the assessor's look at the trafficked area against the untrafficked carpet and the reference "
                     "scale's photographs (matting, flattening, the tufts' lost definition, the pile's lost texture)",
                     "the assessor's own habit (a strict or a lenient grader) and the viewing on the day (the light, "
                     "the angle, soiling and shading that read as a change of texture)")


# ---------------------------------------------------------------------- checkride5: a manoeuvre's grade in the sim
#: the 5 classes of ``checkride5`` (one manoeuvre of an airline pilot's proficiency check in the full flight simulator,
#: by the grade the examiner gave on a competency-based grading scale), the lowest first
CHECKRIDE_CLASSES = ("1 (unsatisfactory: an unsafe situation, a repeat or retraining)",
                     "2 (minimally acceptable: not unsafe, deviations and late corrections)",
                     "3 (adequate: a safe manoeuvre within the tolerances)",
                     "4 (effective: safe, well within the tolerances, anticipated)",
                     "5 (exemplary: enhanced safety and efficiency throughout)")
CHECKRIDE_ROWS = (200, 420, 720, 540, 260)
#: the lower limits of grades 2 .. 5 on the examiner's overall impression of the manoeuvre that the grade takes
CHECKRIDE_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the grade above and below each (examiners differ mostly by one grade: what they weigh of the flight path against
#: the crew's management of the threats, a deviation caught early or late, their own habit and the drift of a fleet's
#: grading toward straight threes)
CHECKRIDE_NEIGHBOURS = ordinal_neighbours(len(CHECKRIDE_CLASSES))
#: what the grade is given from: the label's basis, not columns
CHECKRIDE_GRADING = ("the examiner's view of the manoeuvre's outcome and how well, how many and how often the pilot "
                     "showed the observable behaviours (the flight path, the procedures, the threats managed)",
                     "the examiner's own habit (a strict or a lenient grader), the crew's communication and workload "
                     "management seen from the back seat, not only the flight data")


# ---------------------------------------------------------------------- treadmill6: a gym treadmill's fault
#: the 6 classes of ``treadmill6`` (a gym treadmill reported faulty, by the cause the technician diagnosed)
TREADMILL_CLASSES = ("worn or dry running belt and deck (friction: the belt drags, slows under a runner, high amps)",
                     "worn drive-motor brushes or a failing motor (a scorched commutator, weak magnets, a short)",
                     "failed motor-controller board (the lower board's output, its drive stage or its supply)",
                     "speed sensor or its magnet out of place (the feedback lost: low-speed errors, surges, stops)",
                     "incline motor or its potentiometer (the lift stuck, drifting or its position lost)",
                     "console, safety key or its wiring (the upper board, the key's switch, the link cable)")
TREADMILL_ROWS = (460, 340, 300, 360, 320, 360)
#: the causes technicians confuse (symmetric): a worn belt and deck against the motor (both slow down under a
#: runner and draw high current) and against the controller board (high friction overloads and kills the board);
#: the motor against the board (erratic speed from a shorted motor or the board's output); the board against the speed
#: sensor (the feedback loop: surges, hesitation, a low-speed error), against the incline (the lift's relays on the
#: lower board) and against the console (the link between the boards: no display, stops); the speed sensor against
#: the console (the feedback's wiring, a stop with an error code); the incline against the console (the lift's
#: command and calibration from the console)
TREADMILL_NEIGHBOURS = {0: (1, 2), 1: (0, 2), 2: (0, 1, 3, 4, 5), 3: (2, 5), 4: (2, 5), 5: (2, 3, 4)}


# ---------------------------------------------------------------------- faucet6: a dripping or leaking tap's cause
#: the 6 classes of ``faucet6`` (a plumber's call-out for a dripping or leaking tap or mixer, by the cause the plumber
#: diagnosed)
FAUCET_CLASSES = ("worn washer (a compression tap's jumper washer hardened or split: drips from the spout)",
                  "worn O-ring (the spindle's or the swivel spout's seal: leaks at the handle or the spout's base)",
                  "failed ceramic cartridge (a quarter-turn head or a mixer's cartridge: drips, stiff, won't shut)",
                  "pitted or worn valve seat (the body's seat scored by grit or scale: new washers drip again)",
                  "loose or worn packing nut or gland (an old tap's gland packing: weeps at the spindle)",
                  "cracked body or corroded connection (the tap's body, its tails or the flexible hoses: wet below)")
FAUCET_ROWS = (440, 380, 420, 300, 260, 340)
#: the causes plumbers confuse (symmetric): a worn washer against a pitted seat (both drip from a compression tap's
#: spout, a scored seat chewing new washers) and against a ceramic cartridge (a drip from the spout, a two-handle tap
#: whose heads may be either); an O-ring against the cartridge (a mixer's cartridge seals leaking at the handle),
#: against the packing gland (both leak at the spindle) and against a cracked body or connection (water from the
#: spout's base running under the sink); the cartridge against a pitted seat (the cartridge's seat seals against the
#: body's seat)
FAUCET_NEIGHBOURS = {0: (2, 3), 1: (2, 4, 5), 2: (0, 1, 3), 3: (0, 2), 4: (1,), 5: (1,)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"carpet5": CARPET_NEIGHBOURS, "checkride5": CHECKRIDE_NEIGHBOURS, "treadmill6": TREADMILL_NEIGHBOURS,
              "faucet6": FAUCET_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("carpet5", "checkride5")


def carpet5():
    """Carpets in use in offices, hotels and shops, with the change of appearance the trained assessor rated in 5
    grades (``CARPET_CLASSES``; the assessor's rating against ``CARPET_LIMITS``, ``CARPET_ASSESSMENT`` the label's basis
    and not columns), as the carpet's records, the site's records and simple measures apart from the rating describe
    them. The wear is unseen: the footfalls since fitting (the daily traffic times the months in use), channelled in a
    corridor (1.4-fold) and an entrance (2-fold, grit walked in), a chair's castors (1.8-fold), less with frequent
    vacuuming (grit removed), against the carpet's resistance: its fibre (polyamide the most resilient, wool blends
    next, polyester and polypropylene the least), its construction (a loop pile more than a cut-and-loop, a cut pile
    the least), its tuft density (to the power 0.6), its pile weight (0.3), its pile height (a tall pile crushes: -0.3)
    and the make's unseen rest (0.3, log). The true change of appearance rises from none to severe with the wear's log
    (a logistic, 0 .. 4 grades). The assessor sees the change less on a patterned carpet (a third of a grade) and more
    on a light colour (soiling and shading), with the day's error (0.3 of a grade) and the assessor's habit (0.2).
    The measures follow the change: the pile-height loss (a cut pile's most), a colorimeter's colour change against the
    untrafficked carpet (more on a light colour), the gloss meter's rise (a polypropylene's glazing the most) and an
    image's tuft-definition index, each with its own error. Columns: the site (0 office, 1 hotel, 2 shop), the
    construction (0 loop, 1 cut, 2 cut-and-loop), the fibre (0 polyamide, 1 polypropylene, 2 wool blend, 3 polyester),
    the pile weight (g/m2), the pile height (mm), the tuft density (tufts a dm2), a pattern (0/1), the colour's
    lightness (L*), the daily traffic (footfalls), the months in use, the vacuuming (days a week), the location (0 open
    area, 1 corridor, 2 entrance), chair castors (0/1), the pile-height loss (%), the colour change (delta E), the gloss
    change (gloss units) and the tuft-definition index (0-100) (17). Imbalanced: 300 / 460 / 560 / 480 / 340 rows
    (2,140)."""
    rng = np.random.default_rng(109101)
    n = 200000
    site = (rng.random(n)[:, None] > np.cumsum([0.45, 0.25])).sum(1)
    build = (rng.random(n)[:, None] > np.cumsum(np.array([[0.65, 0.2], [0.2, 0.45], [0.45, 0.25]])[site], 1)).sum(1)
    fibre = (rng.random(n)[:, None] > np.cumsum(np.array([[0.55, 0.25, 0.1], [0.45, 0.15, 0.3],
                                                          [0.5, 0.3, 0.05]])[site], 1)).sum(1)
    weight = np.round(np.clip(np.array([550.0, 900.0, 650.0])[build] * np.exp(0.3 * rng.normal(0, 1, n)), 250, 2500))
    height = np.round(np.clip(np.array([4.5, 8.0, 6.5])[build] * np.exp(0.2 * rng.normal(0, 1, n)), 2.5, 20), 1)
    density = np.round(np.clip(weight / height * 1.6 * np.exp(0.2 * rng.normal(0, 1, n)), 40, 800))
    pattern = (rng.random(n) < np.array([0.4, 0.75, 0.5])[site]).astype(float)
    light = np.round(np.clip(50 + 12 * rng.normal(0, 1, n) - 6 * pattern, 15, 90), 1)
    traffic = np.round(np.clip(np.array([300.0, 400.0, 1500.0])[site] * np.exp(0.7 * rng.normal(0, 1, n)), 10, 30000))
    months = np.round(np.clip(30 * np.exp(0.7 * rng.normal(0, 1, n)), 1, 180))
    vacuum = np.clip(np.round(np.array([3.0, 6.0, 5.0])[site] + 1.2 * rng.normal(0, 1, n)), 0, 7)
    place = (rng.random(n)[:, None] > np.cumsum([0.55, 0.3])).sum(1)
    castors = ((site == 0) & (place == 0) & (rng.random(n) < 0.35)).astype(float)
    steps = (traffic * months * 30 * np.array([1.0, 1.4, 2.0])[place] * (1 + 0.8 * castors)
             * np.exp(-0.08 * (vacuum - 4)))
    resist = (np.array([1.0, 0.5, 0.8, 0.55])[fibre] * np.array([1.1, 0.8, 0.9])[build] * (density / 120) ** 0.6
              * (weight / 700) ** 0.3 * (height / 6) ** -0.3 * np.exp(0.3 * rng.normal(0, 1, n)))
    change = 4 * _sig((np.log(steps / resist) - np.log(4e5)) / 0.9)  # unseen: 0 none .. 4 severe
    rating = 5 - change + 0.33 * pattern - 0.01 * (light - 50) + 0.25 * rng.normal(0, 1, n) + 0.2 * rng.normal(0, 1, n)
    label = np.digitize(rating, CARPET_LIMITS)
    loss = np.round(np.clip(change * np.array([4.0, 7.0, 5.5])[build] * np.exp(0.2 * rng.normal(0, 1, n))
                            + 1.5 * rng.normal(0, 1, n), 0, 70), 1)
    delta = np.round(np.clip((0.4 + 0.7 * change * (1 + 0.015 * (light - 50))) * np.exp(0.25 * rng.normal(0, 1, n)),
                             0, 20), 2)
    gloss = np.round(np.clip(change * np.array([0.8, 1.6, 0.5, 1.0])[fibre] * np.exp(0.3 * rng.normal(0, 1, n))
                             + 0.5 * rng.normal(0, 1, n), -2, 15), 1)
    tdi = np.round(np.clip(92 - 12 * change * np.exp(0.2 * rng.normal(0, 1, n)) - 5 * pattern
                           + 4 * rng.normal(0, 1, n), 0, 100))
    keep = _keep(rng, label, CARPET_ROWS)
    x = np.column_stack([site, build, fibre, weight, height, density, pattern, light, traffic, months, vacuum, place,
                         castors, loss, delta, gloss, tdi])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per manoeuvre of ``checkride5`` (0 a precision approach and landing, 1 a non-precision approach and landing, 2 a
#: single-engine approach and landing, 3 a go-around and missed approach, 4 an engine failure after V1, 5 steep turns
#: and an upset recovery), its demand on the pilot
CHECKRIDE_DEMAND = np.array([0.0, 0.4, 0.8, 0.5, 0.9, 0.3])


def checkride5():
    """Manoeuvres flown by airline pilots in the full flight simulator at their proficiency checks, with the grade the
    examiner gave in 5 grades (``CHECKRIDE_CLASSES``; the examiner's overall impression against ``CHECKRIDE_LIMITS``,
    ``CHECKRIDE_GRADING`` the label's basis and not columns), as the pilot's records, the manoeuvre's kind, the weather
    and failures set and the simulator's flight data apart from the grade describe them. The pilot's skill is unseen
    (normal), with the day's form (0.5); the flight performance rises with it, with the hours on type (0.25 a log), a
    captain's rank (0.2) and falls with the months since the last check (0.03 a month), the manoeuvre's demand
    (``CHECKRIDE_DEMAND``), the crosswind (0.03 a knot) and the failures set (0.35 each). The flight data's deviations
    shrink with the performance (the altitude's, the speed's and the heading's root mean square and peaks, the time
    outside the tolerances, the bank and the pitch excursions, each lognormal about its own scale), the approach is
    stable at 1,000 and at 500 ft the likelier, the touchdown nearer the aiming point and softer. The examiner's
    impression follows the flight performance and the crew's non-technical skills (unseen, half the skill's), with the
    examiner's habit (0.25) and the day's error (0.35). Columns: the rank (0 first officer, 1 captain), the total hours,
    the hours on type, the months since the last check, the fleet (0 narrow-body, 1 wide-body, 2 regional), the
    manoeuvre (0-5 as ``CHECKRIDE_DEMAND``), the crosswind (kt), the failures set (count), the altitude's RMS deviation
    and its peak (ft), the speed's RMS deviation and its peak (kt), the heading's RMS deviation (degrees), the time
    outside the tolerances (%), the largest bank (degrees), the largest pitch excursion (degrees), stable at 1,000 and
    at 500 ft (0/1; 1 where no approach is flown), the touchdown's distance from the aiming point (m) and its rate
    (ft/min; both 0 where no landing is flown) (20). Imbalanced: 200 / 420 / 720 / 540 / 260 rows (2,140)."""
    rng = np.random.default_rng(109202)
    n = 200000
    rank = (rng.random(n) < 0.5).astype(float)
    hours = np.round(np.clip(np.where(rank == 1, 11000.0, 4000.0) * np.exp(0.5 * rng.normal(0, 1, n)), 250, 30000))
    ontype = np.round(np.clip(hours * np.clip(0.35 * np.exp(0.6 * rng.normal(0, 1, n)), 0.02, 1), 50, 20000))
    months = np.round(np.clip(6 + 2 * rng.normal(0, 1, n), 1, 14))
    fleet = (rng.random(n)[:, None] > np.cumsum([0.55, 0.3])).sum(1)
    kind = rng.integers(0, 6, n)
    wind = np.round(np.clip(12 * np.exp(0.6 * rng.normal(0, 1, n)), 0, 38))
    fails = rng.poisson(np.array([0.5, 0.6, 1.2, 0.5, 1.0, 0.2])[kind]).astype(float)
    skill = rng.normal(0, 1, n)
    perf = (skill + 0.5 * rng.normal(0, 1, n) + 0.25 * np.log(ontype / 1000) + 0.2 * rank - 0.03 * (months - 6)
            - CHECKRIDE_DEMAND[kind] - 0.03 * (wind - 12) - 0.35 * fails)
    def dev(scale, spread):  # a deviation shrinking with the performance
        return scale * np.exp(-0.6 * perf + spread * rng.normal(0, 1, n))
    land, approach = kind <= 2, kind <= 3
    alt_rms = np.round(np.clip(dev(40.0, 0.25), 2, 1500))
    alt_peak = np.round(np.clip(alt_rms * 2.5 * np.exp(0.3 * rng.normal(0, 1, n)), 5, 3000))
    spd_rms = np.round(np.clip(dev(3.0, 0.25), 0.2, 60), 1)
    spd_peak = np.round(np.clip(spd_rms * 2.8 * np.exp(0.3 * rng.normal(0, 1, n)), 0.5, 100))
    hdg_rms = np.round(np.clip(dev(1.5, 0.3) * (1 + 0.02 * wind), 0.1, 40), 1)
    outside = np.round(np.clip(100 * _sig(np.log(dev(1.0, 0.35)) * 2 - 2.5), 0, 100), 1)
    bank = np.round(np.clip(np.where(kind == 5, 45.0, 15.0) + dev(5.0, 0.3), 0, 90), 1)
    pitch = np.round(np.clip(dev(2.5, 0.3), 0.2, 40), 1)
    stable_1000 = np.where(approach, rng.random(n) < _sig(2.2 + 1.2 * perf), 1).astype(float)
    stable_500 = np.where(approach, (stable_1000 == 1) & (rng.random(n) < _sig(3.0 + 1.2 * perf)), 1).astype(float)
    point = np.round(np.where(land, np.clip(dev(120.0, 0.35), 5, 2000), 0))
    rate = np.round(np.where(land, np.clip(dev(180.0, 0.25), 30, 1500), 0))
    impression = (3.2 + 0.9 * perf + 0.3 * (0.5 * skill + 0.87 * rng.normal(0, 1, n)) + 0.25 * rng.normal(0, 1, n)
                  + 0.25 * rng.normal(0, 1, n))
    label = np.digitize(impression, CHECKRIDE_LIMITS)
    keep = _keep(rng, label, CHECKRIDE_ROWS)
    x = np.column_stack([rank, hours, ontype, months, fleet, kind, wind, fails, alt_rms, alt_peak, spd_rms, spd_peak,
                         hdg_rms, outside, bank, pitch, stable_1000, stable_500, point, rate])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``treadmill6``, the chances of the machine's model (0 an AC drive without brushes, 1 a DC commercial
#: drive, 2 a DC light-commercial drive)
TREADMILL_MODEL = np.array([[0.35, 0.40, 0.25], [0.15, 0.50, 0.35], [0.40, 0.35, 0.25], [0.35, 0.40, 0.25],
                            [0.35, 0.40, 0.25], [0.35, 0.40, 0.25]])
#: per cause of ``treadmill6``, the chances of the member's coded complaint (0 stops, 1 hesitates, 2 surges, 3 slips,
#: 4 won't incline, 5 no display)
TREADMILL_COMPLAINT = np.array([[0.15, 0.35, 0.05, 0.40, 0.02, 0.03], [0.30, 0.40, 0.15, 0.10, 0.02, 0.03],
                                [0.35, 0.15, 0.25, 0.05, 0.08, 0.12], [0.40, 0.15, 0.35, 0.05, 0.02, 0.03],
                                [0.05, 0.03, 0.02, 0.02, 0.85, 0.03], [0.35, 0.03, 0.04, 0.01, 0.12, 0.45]])
#: per cause of ``treadmill6``, the medians of the machine's records, the console's logged error codes and the
#: technician's simple measures: the age (years), the running hours (h), a hotel or residential gym (share, against a
#: commercial gym), the months since the last service, the users a day (count), the overcurrent codes, the speed
#: feedback (low-speed) codes, the incline codes and the communication codes logged in 30 days (counts), the belt's
#: drag current at walking speed (A), the motor's current at 10 km/h under a runner (A), the brushes' length (mm), the
#: speed sensor's gap to its magnet (mm), the incline's offset from its calibration (% grade), the console's supply
#: voltage (V), the breaker's trips in 30 days (count)
TREADMILL_TABLE = np.array([
    # age  hours   hotel mserv users over speed incl comm drag motor brush gap  offset volt trips
    [6.0, 9000.0, 0.30, 14.0, 60.0, 3.0, 1.0, 0.3, 0.3, 9.0, 14.0, 14.0, 1.5, 0.3, 12.0, 3.0],  # belt and deck
    [7.0, 11000.0, 0.30, 10.0, 60.0, 2.5, 1.5, 0.3, 0.3, 5.5, 13.0, 6.0, 1.5, 0.3, 12.0, 2.0],  # brushes or motor
    [6.0, 8000.0, 0.30, 8.0, 55.0, 3.0, 2.0, 1.0, 2.0, 6.0, 10.0, 13.0, 1.5, 0.5, 11.0, 3.5],  # controller board
    [5.0, 7000.0, 0.30, 8.0, 55.0, 0.5, 5.0, 0.3, 0.5, 5.5, 9.0, 13.0, 4.5, 0.3, 12.0, 0.5],  # speed sensor
    [6.0, 8000.0, 0.30, 9.0, 55.0, 0.5, 0.5, 5.0, 0.5, 5.5, 9.0, 13.0, 1.5, 3.0, 12.0, 0.5],  # incline
    [5.0, 6000.0, 0.50, 8.0, 50.0, 0.3, 1.0, 0.5, 4.0, 5.5, 9.0, 13.0, 1.5, 0.5, 8.5, 0.5],  # console, key, wiring
])
TREADMILL_LOGS = [0, 1, 3, 4, 9, 10, 11, 12, 13, 14]
TREADMILL_KINDS = [("log", 0.4, 0.2), ("log", 0.5, 0.3), ("share", 0, 0), ("log", 0.6, 0), ("log", 0.5, 0.2),
                   ("count", 0.7, 0), ("count", 0.7, 0), ("count", 0.7, 0), ("count", 0.7, 0), ("log", 0.25, 0.1),
                   ("log", 0.2, 0.1), ("log", 0.3, 0), ("log", 0.45, 0), ("log", 0.8, 0), ("log", 0.15, 0),
                   ("count", 0.7, 0)]


def treadmill6():
    """Gym treadmills reported faulty, in 6 causes technicians confuse (``TREADMILL_CLASSES``), labelled by the
    technician's diagnosis, as the machine's records, the console's logged error codes, the member's coded complaint
    and the technician's simple measures apart from it describe them. Each cause has its picture (``TREADMILL_MODEL``,
    ``TREADMILL_COMPLAINT``, ``TREADMILL_TABLE``): a worn or dry belt and deck "slips" or "hesitates" under a runner
    long after its service, a high drag current and motor current, overcurrent codes and breaker trips; worn brushes or
    a failing motor an old, much-run DC drive, short brushes, a high current, "hesitates" or "stops"; the controller
    board codes of every kind, trips, "stops" or "surges"; the speed sensor speed-feedback codes, a wide gap to its
    magnet, "stops" or "surges"; the incline "won't incline", incline codes, its offset from calibration; the console,
    key or wiring "no display" or "stops", communication codes, a low supply voltage at the console, a hotel's gym.
    Unseen: the machine's use (one per-row factor raising its age, the running hours, the users, the drag and the
    motor current). An AC drive has no brushes (their length 0). Columns: the model (0 AC, 1 DC commercial, 2 DC
    light-commercial), the complaint (0 stops, 1 hesitates, 2 surges, 3 slips, 4 won't incline, 5 no display), then
    the table's 16 (the age to a tenth within 0.2-20 years, the hours to the unit within 50-60,000, the hotel 0/1, the
    months to the unit within 0-60, the users to the unit within 2-400, the counts as drawn (at most 500), the drag to
    a tenth within 1-30 A, the motor's current to a tenth within 2-40 A, the brushes to a tenth within 2-25 mm, the gap
    to a tenth within 0.3-15 mm, the offset to a tenth within 0-15 %, the voltage to a tenth within 3-15 V) (18).
    Imbalanced: 460 / 340 / 300 / 360 / 320 / 360 rows (2,140)."""
    rng = np.random.default_rng(109303)
    y = rng.permutation(np.repeat(np.arange(len(TREADMILL_CLASSES)), TREADMILL_ROWS))
    model = (rng.random(len(y))[:, None] > np.cumsum(TREADMILL_MODEL[y], 1)[:, :2]).sum(1).astype(float)
    complaint = (rng.random(len(y))[:, None] > np.cumsum(TREADMILL_COMPLAINT[y], 1)[:, :5]).sum(1).astype(float)
    t = _pull(TREADMILL_TABLE, TREADMILL_NEIGHBOURS, 0.3, TREADMILL_LOGS)[y]
    x = _draw(rng, t, TREADMILL_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.2, 20, 1), (1, 50, 60000, 0), (3, 0, 60, 0), (4, 2, 400, 0), (5, 0, 500, 0),
                                 (6, 0, 500, 0), (7, 0, 500, 0), (8, 0, 500, 0), (9, 1, 30, 1), (10, 2, 40, 1),
                                 (11, 2, 25, 1), (12, 0.3, 15, 1), (13, 0, 15, 1), (14, 3, 15, 1), (15, 0, 500, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    x[model == 0, 11] = 0  # an AC drive: no brushes
    return np.column_stack([model, complaint, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``faucet6``, the chances of the tap's kind (0 a compression tap with a rising spindle and a washer, 1
#: quarter-turn ceramic heads, 2 a single-lever mixer with a cartridge)
FAUCET_KIND = np.array([[0.85, 0.08, 0.07], [0.35, 0.15, 0.50], [0.05, 0.40, 0.55], [0.70, 0.20, 0.10],
                        [0.90, 0.05, 0.05], [0.30, 0.30, 0.40]])
#: per cause of ``faucet6``, the chances of the householder's coded complaint (0 drips from the spout, 1 leaks at the
#: handle, 2 leaks under the sink, 3 stiff handle, 4 won't shut off, 5 noisy)
FAUCET_COMPLAINT = np.array([[0.65, 0.03, 0.02, 0.05, 0.15, 0.10], [0.15, 0.50, 0.20, 0.05, 0.02, 0.08],
                             [0.40, 0.10, 0.03, 0.22, 0.20, 0.05], [0.55, 0.02, 0.02, 0.03, 0.25, 0.13],
                             [0.05, 0.60, 0.08, 0.17, 0.05, 0.05], [0.05, 0.10, 0.75, 0.02, 0.02, 0.06]])
#: the handle's turns to shut a sound tap of each kind (a compression tap's screw, a quarter-turn head, a lever)
FAUCET_TURNS = np.array([1.5, 0.25, 0.3])
#: per cause of ``faucet6``, the medians of the tap's and the house's records and the plumber's simple measures: a
#: budget brand (share), the tap's age (years), the water's hardness (mg/L CaCO3), the pressure (bar), the hot side's
#: tap (share, against the cold's), the drip rate with the tap shut (drops a minute), the handle's turns to shut
#: against a sound tap's of its kind (ratio), the torque to shut it (N m), the moisture meter under the basin (% wood
#: moisture equivalent), the earlier repairs of the tap (count), the months since the last repair
FAUCET_TABLE = np.array([
    # budget age  hard   bar  hot  drip  turns torque moist repairs months
    [0.30, 15.0, 200.0, 3.0, 0.60, 20.0, 1.40, 1.5, 12.0, 1.0, 36.0],  # washer
    [0.35, 10.0, 220.0, 3.5, 0.50, 3.0, 1.00, 1.2, 20.0, 0.5, 40.0],  # O-ring
    [0.45, 8.0, 280.0, 3.2, 0.55, 15.0, 1.15, 2.5, 12.0, 0.5, 48.0],  # cartridge
    [0.30, 20.0, 300.0, 3.5, 0.60, 25.0, 1.50, 1.8, 12.0, 2.5, 8.0],  # valve seat
    [0.30, 25.0, 200.0, 3.0, 0.50, 2.0, 0.90, 2.8, 16.0, 0.8, 60.0],  # packing gland
    [0.50, 14.0, 260.0, 4.0, 0.50, 1.0, 1.00, 1.2, 40.0, 0.5, 48.0],  # body or connection
])
FAUCET_LOGS = [1, 2, 6, 7, 8, 10]
FAUCET_KINDS = [("share", 0, 0), ("log", 0.5, 0.2), ("log", 0.45, 0), ("norm", 0.9, 0), ("share", 0, 0),
                ("count", 0.8, 0.3), ("log", 0.15, 0), ("log", 0.35, 0), ("log", 0.35, 0), ("count", 0.6, 0.3),
                ("log", 0.7, 0)]


def faucet6():
    """Plumbers' call-outs for dripping or leaking taps and mixers, in 6 causes plumbers confuse (``FAUCET_CLASSES``),
    labelled by the plumber's diagnosis, as the tap's and the house's records, the householder's coded complaint and
    the plumber's simple measures apart from it describe them. Each cause has its picture (``FAUCET_KIND``,
    ``FAUCET_COMPLAINT``, ``FAUCET_TABLE``): a worn washer a compression tap dripping from the spout, its handle turned
    past its stop, the hot side's; a worn O-ring "leaks at the handle", a damp cupboard; a ceramic cartridge a mixer or
    quarter-turn head, hard water, a stiff handle, a drip; a pitted seat an old tap in hard water dripping fast, much
    repaired and lately (the new washer chewed), turned far past its stop; a packing gland an old compression tap
    weeping at the spindle, a stiff handle; a cracked body or connection "leaks under the sink", a wet cupboard, high
    pressure, a budget brand. Unseen: the tap's use (one per-row factor raising its age, its drip and its repairs).
    Columns: the kind (0 compression, 1 quarter-turn ceramic, 2 single-lever mixer), the complaint (0 drips from the
    spout, 1 leaks at the handle, 2 leaks under the sink, 3 stiff handle, 4 won't shut off, 5 noisy), then the table's
    11 (the budget brand 0/1, the age to a tenth within 0.5-60 years, the hardness to the unit within 10-500 mg/L, the
    pressure to a tenth within 0.5-8 bar, the hot side 0/1, the drip as drawn (at most 300), the turns to shut to a
    hundredth within 0.1-5 (the ratio times ``FAUCET_TURNS`` of the kind), the torque to a tenth within 0.2-10 N m,
    the moisture to a tenth within 6-60 %, the repairs as drawn (at most 20), the months to the unit within 0-240)
    (13). Imbalanced: 440 / 380 / 420 / 300 / 260 / 340 rows (2,140)."""
    rng = np.random.default_rng(109404)
    y = rng.permutation(np.repeat(np.arange(len(FAUCET_CLASSES)), FAUCET_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(FAUCET_KIND[y], 1)[:, :2]).sum(1)
    complaint = (rng.random(len(y))[:, None] > np.cumsum(FAUCET_COMPLAINT[y], 1)[:, :5]).sum(1).astype(float)
    t = _pull(FAUCET_TABLE, FAUCET_NEIGHBOURS, 0.3, FAUCET_LOGS)[y]
    x = _draw(rng, t, FAUCET_KINDS, rng.normal(0, 1, len(y)))
    x[:, 6] = x[:, 6] * FAUCET_TURNS[kind]
    for j, low, high, digits in ((1, 0.5, 60, 1), (2, 10, 500, 0), (3, 0.5, 8, 1), (5, 0, 300, 0), (6, 0.1, 5, 2),
                                 (7, 0.2, 10, 1), (8, 6, 60, 1), (9, 0, 20, 0), (10, 0, 240, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([kind.astype(float), complaint, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND109`` lists them (the ordered sets first)
GENERATORS = {"carpet5": carpet5, "checkride5": checkride5, "treadmill6": treadmill6, "faucet6": faucet6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND109_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "carpet5": (2140, 17, CARPET_ROWS),
    "checkride5": (2140, 20, CHECKRIDE_ROWS),
    "treadmill6": (2140, 18, TREADMILL_ROWS),
    "faucet6": (2140, 13, FAUCET_ROWS),
}
ROUND109 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
