"""Round 128's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(The account of what the author read, opened and measured is written after the generators; this commit holds only
the classes, rows, neighbour maps and grade limits, before any generator exists.)"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw, _fails, _grade  # noqa: E402,F401


# ---------------------------------------------------------------------- beef4: a beef carcass's quality grade
#: the 4 classes of ``beef4`` (a steer or heifer carcass a packing plant grades, by the USDA quality grade the grader
#: stamps), the best first. The USDA's eight quality grades (Prime, Choice, Select, Standard, Commercial, Utility,
#: Cutter, Canner) are set by the degree of marbling in the ribeye at the 12th-13th rib and the carcass's maturity
#: (A 9-30 months, B 30-42 months, from the ossification of the vertebrae's cartilage and the lean's colour and
#: texture); this set takes the four open to young (A and B maturity) steers and heifers: U.S. Prime (Slightly
#: Abundant marbling or more), U.S. Choice (Small to Moderate), U.S. Select (Slight, A maturity only) and U.S.
#: Standard (Practically Devoid to Traces, or a B-maturity carcass with Slight or Small marbling: the 1996-97 change).
#: Commercial, Utility, Cutter and Canner (C-E maturity, cows) left out: an older carcass is not kept
BEEF_CLASSES = ("U.S. Prime (Slightly Abundant marbling or more, A or B maturity)",
                "U.S. Choice (Small to Moderate marbling; Modest or more at B maturity)",
                "U.S. Select (Slight marbling, A maturity)",
                "U.S. Standard (Practically Devoid or Traces; Slight or Small at B maturity)")
BEEF_ROWS = (400, 640, 580, 520)
#: per grade from U.S. Prime to U.S. Standard, the grader's limits on the marbling score (100 Practically Devoid 00,
#: 200 Traces 00, 300 Slight 00, 400 Small 00, 500 Modest 00, 600 Moderate 00, 700 Slightly Abundant 00, 800
#: Moderately Abundant 00): the least at A maturity, the least at B maturity (Prime's rising a degree across B:
#: 700 at B 00, read as 700 plus the maturity score's part beyond 200), and the highest maturity score allowed (100-199
#: A, 200-299 B). A dark-cutting ribeye (the lean dark, firm and dry, the grader's call) takes one grade off (the
#: author's reading of the lean's colour requirement; plants discount dark cutters by a grade or more)
BEEF_LIMITS = np.array([[700.0, 700.0, 299.0], [400.0, 500.0, 299.0], [300.0, np.inf, 199.0],
                        [100.0, 100.0, 299.0]])
#: the grade above and below each (a carcass near a marbling line is graded one step up or down by the grader's
#: reading of the ribeye, a dark-cutting call or a maturity call at the A / B line)
BEEF_NEIGHBOURS = ordinal_neighbours(len(BEEF_CLASSES))
#: what the grade is set from: the label's basis, not columns
BEEF_GRADING = ("the USDA grader's reading of the ribbed carcass: the degree of marbling in the ribeye at the "
                "12th-13th rib, the lean's colour, firmness and texture, the maturity from the ossification of the "
                "sacral, lumbar and thoracic vertebrae's cartilage and the ribs' shape",
                "the grader's stamp on the chilled carcass, on the plant's grading line")


# ---------------------------------------------------------------------- pecan4: a pecan lot's grade
#: the 4 classes of ``pecan4`` (a lot of pecans in the shell a sheller sells, by the grade the inspector sets against
#: the grades' requirements and tolerances), the best first. The United States Standards for Grades of Pecans in the
#: Shell (7 CFR 51.1400-51.1403 as read) list U.S. Extra Fancy (shells uniform in colour, free from damage; kernels
#: well developed, well cured, at most 6 % moisture, uniform in colour and not darker than "light", free from damage),
#: U.S. Fancy (kernels fairly well developed, uniform, not darker than "light amber"), U.S. Choice (shells fairly
#: uniform; kernels not poorly developed, fairly uniform, not darker than "amber") and U.S. Standard (no requirement for
#: the kernels' fullness or the shells' or kernels' uniformity, "dark amber" allowed; shells and kernels free from
#: damage, well cured); all four taken, in that order. A lot within none (too wet, or over Standard's tolerances) is
#: re-dried or sold as ungraded and not kept
PECAN_CLASSES = ("U.S. Extra Fancy (kernels well developed, not darker than light, shells uniform in colour)",
                 "U.S. Fancy (kernels fairly well developed, not darker than light amber)",
                 "U.S. Choice (kernels not poorly developed, not darker than amber, shells fairly uniform)",
                 "U.S. Standard (no fullness or uniformity held, dark amber allowed, free from damage)")
PECAN_ROWS = (420, 600, 620, 500)
#: per grade from U.S. Extra Fancy to U.S. Standard, the limits of the inspector's sample (% by count, moisture in %):
#: nuts whose kernels fail the grade's development (well, fairly well, not poorly developed; Standard none), kernels
#: darker than the grade's colour (light, light amber, amber, dark amber), shells off the grade's colour uniformity
#: (uniform for Extra Fancy and Fancy, fairly uniform for Choice, none held for Standard), kernels damaged (rancid,
#: mouldy, insect or kernel-spot damage, shrivelled), shells damaged (split, stained, adhering hull) and the kernels'
#: moisture. The 10 % for each grade's own levels, the damage tolerances 6 / 6 / 8 / 10 % (kernels) and 5 / 5 / 8 /
#: 10 % (shells) are the author's reading of the usual form (51.1406's table was not in any excerpt read); the 6 %
#: moisture is the grades' own
PECAN_LIMITS = np.array([[10.0, 10.0, 10.0, 6.0, 5.0, 6.0], [10.0, 10.0, 10.0, 6.0, 5.0, 6.0],
                         [10.0, 10.0, 10.0, 8.0, 8.0, 6.0], [100.0, 10.0, 100.0, 10.0, 10.0, 6.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a kernel's colour against the USDA colour chart's lines or a kernel's fullness)
PECAN_NEIGHBOURS = ordinal_neighbours(len(PECAN_CLASSES))
#: what the grade is set from: the label's basis, not columns
PECAN_GRADING = ("the inspector's sample: nuts cracked and scored one by one for the kernel's development, its colour "
                 "against the USDA pecan kernel colour chart, damage (rancidity, mould, insects, kernel spot, "
                 "shrivelling) and the shell's colour, stains, splits and adhering hull, the kernels' moisture tested, "
                 "the shares against the grade's tolerances",
                 "a sample drawn from the lot's bags or bins at the sheller's plant")


# ---------------------------------------------------------------------- locomotive6: a freight locomotive's fault
#: the 6 classes of ``locomotive6`` (a diesel-electric freight locomotive brought into a railway's shop after an
#: in-service failure or a crew's report, by the cause the shop technicians found); left out: the control electronics
#: and sensors (the computer, a speed or current sensor), and the wheelsets and bearings (the trucks)
LOCOMOTIVE_CLASSES = ("diesel engine or its turbocharger (a power assembly, a bearing, the turbo's rotor or seals: "
                      "low power, smoke, crankcase pressure, an engine shutdown)",
                      "main alternator or rectifiers (a diode, a field or excitation fault, a ground: not loading, "
                      "ground relay trips)",
                      "traction motors or their blowers (a motor's armature or insulation, its bearing, the blower: a "
                      "ground, a motor cut out, wheel slip, dynamic brake faults)",
                      "air brakes or the air compressor (the compressor, the brake valve, leaks: low main reservoir "
                      "pressure, brakes sticking, slides)",
                      "cooling system (a radiator, the water pump, a fan or its contactor, a leak: a hot engine, "
                      "low water, the engine shut down)",
                      "fuel system (the fuel pump, filters, an injector, the governor's supply: low power, the engine "
                      "hunting or dying, a fuel leak)")
LOCOMOTIVE_ROWS = (420, 360, 380, 320, 340, 320)
#: the causes technicians confuse (symmetric): the engine against the alternator (a unit not making its horsepower on
#: the load box: the prime mover or its generator), the cooling system (a hot engine: a failing engine or its
#: radiators; water in the oil) and the fuel system (low power, smoke, hunting: an injector or the turbo); the
#: alternator against the traction motors (a ground relay trip: where the ground lies on the power circuit); the
#: traction motors against the air brakes (wheel slides and a dynamic brake fault against the air brake holding on);
#: the cooling system against the fuel system (an engine shut down on a protective device, low oil or water pressure
#: or fuel starvation)
LOCOMOTIVE_NEIGHBOURS = {0: (1, 4, 5), 1: (0, 2), 2: (1, 3), 3: (2,), 4: (0, 5), 5: (0, 4)}


# ---------------------------------------------------------------------- ferry6: a ferry's fault
#: the 6 classes of ``ferry6`` (a passenger and car ferry, a ro-pax vessel, taken off its crossing after a fault or
#: the master's report, by the cause the marine engineers found); left out: the ballast and bilge system, the
#: navigation and communication equipment and the passenger decks' HVAC
FERRY_CLASSES = ("main engines (a medium-speed diesel's fuel injection, a turbocharger, its cooling or lubrication: "
                 "reduced power, an engine tripping or shut down)",
                 "propulsion (the controllable-pitch propellers, their hydraulics or control, the reduction gearbox "
                 "or clutch: the pitch not following the lever, thrust lost)",
                 "steering gear (a hydraulic pump, the rudder actuator, the telemotor or its control: the rudder "
                 "slow or not following the helm)",
                 "generators and switchboard (a diesel generator, the shaft generator, load sharing, a breaker: a "
                 "blackout or partial blackout)",
                 "bow doors or ramps (the visor's or the ramp's hydraulics, locks, limit switches or seals: a door not "
                 "closing, locking or showing closed)",
                 "bow thrusters (the thruster's motor, its pitch control, a starter or the tunnel: the thruster "
                 "tripping or giving no thrust at berthing)")
FERRY_ROWS = (400, 380, 320, 360, 340, 340)
#: the causes engineers confuse (symmetric): the main engines against the propulsion (thrust lost: the engine or the
#: pitch; an engine overloaded by a pitch fault) and the generators (a shaft generator's load tripping the engine; a
#: blackout stopping the engines' pumps); the propulsion against the steering gear (the ship not answering while
#: manoeuvring: the pitch or the rudder) and the bow thrusters (berthing: the pitch hydraulics against the thruster's);
#: the steering gear against the generators (the steering pumps lost in a partial blackout); the generators against
#: the bow thrusters (the thruster, the largest consumer, tripping the switchboard or tripped by it); the bow doors
#: against the bow thrusters (both at the bow, both found at berthing, the bow's hydraulic power packs)
FERRY_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 5), 2: (1, 3), 3: (0, 2, 5), 4: (5,), 5: (1, 3, 4)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"beef4": BEEF_NEIGHBOURS, "pecan4": PECAN_NEIGHBOURS, "locomotive6": LOCOMOTIVE_NEIGHBOURS,
              "ferry6": FERRY_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("beef4", "pecan4")


def _beef_pool(rng, n):
    """The beef carcass pool's records, unseen laws and labels (``beef4``)."""
    breed = (rng.random(n)[:, None] > np.cumsum([0.45, 0.3, 0.15])).sum(1)  # British, Continental, dairy, Brahman
    heifer = (rng.random(n) < 0.35).astype(int)
    region = (rng.random(n)[:, None] > np.cumsum([0.35, 0.35, 0.15])).sum(1)
    dof = np.clip(np.round(150 * np.exp(np.array([0.0, 0.0, 0.55, -0.1])[breed] - 0.06 * heifer
                                        + 0.2 * rng.normal(0, 1, n))), 80, 400)  # days on feed
    older = rng.random(n) < 0.04  # fed cows' calves kept long, yearlings held over: older at slaughter
    age = np.clip(np.round(np.where(older, 30 + 5 * rng.normal(0, 1, n), 8.5 + dof / 30.4 + 1.8 * rng.normal(0, 1, n)),
                           1), 10, 48)  # months, from the lot's records
    maturity = 100 + 3.6 * (age - 12) + 20 * heifer + 22 * rng.normal(0, 1, n)  # unseen: A 100-199, B 200-299
    feedlot = rng.normal(0, 1, n)  # unseen: the feedlot's and the cattle's background (genetics, ration, health)
    marbling = (470 + np.array([35.0, -30.0, 25.0, -75.0])[breed] + 15 * heifer + 0.45 * (dof - 150)
                + np.array([0.0, 10.0, 20.0, -15.0])[region] + 40 * feedlot + 90 * rng.normal(0, 1, n))  # unseen
    stress = rng.normal(0, 1, n)  # unseen: the lot's handling, hauling and weather before slaughter
    dark = rng.random(n) < _sig(-3.9 + 0.5 * heifer + np.array([0.0, 0.0, -0.3, 0.6])[breed] + 0.7 * stress)
    ph = 5.55 + 0.05 * rng.normal(0, 1, n) + dark * (0.35 + 0.25 * rng.random(n))  # unseen: the ultimate pH
    hcw = (380 + np.array([0.0, 25.0, 10.0, -20.0])[breed] - 35 * heifer + 0.3 * (dof - 150) + 10 * feedlot
           + 30 * rng.normal(0, 1, n))  # hot carcass weight, kg
    chill = np.clip(np.round(30 + 6 * rng.normal(0, 1, n)), 20, 60)  # hours in the cooler before grading
    read = marbling + 0.8 * np.minimum(0, chill - 26) + 25 * rng.normal(0, 1, n)  # the grader's marbling score
    seen_maturity = maturity + 10 * rng.normal(0, 1, n)
    b = seen_maturity >= 200
    least = np.where(b[:, None], BEEF_LIMITS[None, :, 1], BEEF_LIMITS[None, :, 0])
    least[:, 0] += np.where(b, seen_maturity - 200, 0)  # Prime's marbling rising across B maturity
    ok = (read[:, None] >= least) & (seen_maturity[:, None] <= BEEF_LIMITS[None, :, 2])
    grade = np.where(ok.any(1), np.argmax(ok, axis=1), 4)
    label = np.where((grade < 4) & (ph > 5.87), np.minimum(grade + 1, 3), grade)  # a dark cutter a grade off
    return locals()


def _pecan_pool(rng, n):
    """The in-shell pecan pool's records, unseen laws and labels (``pecan4``)."""
    region = (rng.random(n)[:, None] > np.cumsum([0.4, 0.3])).sum(1)  # 0 the Southeast, 1 Texas-Oklahoma, 2 the West
    chances = np.array([[0.45, 0.3, 0.15, 0.02, 0.08], [0.15, 0.15, 0.2, 0.15, 0.35], [0.05, 0.02, 0.13, 0.75, 0.05]])
    variety = (rng.random(n)[:, None] > np.cumsum(chances[region], 1)[:, :-1]).sum(1)
    day = np.clip(np.round(np.array([35, 45, 15, 60, 50])[variety] + 12 * rng.normal(0, 1, n)), 0, 120)  # from Oct 1
    ground = np.clip(np.round(3 * np.exp(np.array([0.3, 0.0, -0.4])[region] + 0.6 * rng.normal(0, 1, n))), 0, 40)
    forced = (rng.random(n) < np.array([0.7, 0.5, 0.6])[region]).astype(int)  # 1 a forced-air dryer, 0 ambient bins
    stored = np.clip(np.round(np.where(rng.random(n) < 0.3, 0, 90 * np.exp(0.7 * rng.normal(0, 1, n)))), 0, 400)
    temp = np.where(stored > 0, np.clip(np.round(2 + 2.0 * np.abs(rng.normal(0, 1, n)), 1), 0, 12), 15.0)
    load = rng.normal(0, 1, n)  # unseen: the crop's load (an on year, poorer filling)
    scab = (np.array([0.8, 0.0, -0.6])[region] + np.array([0.4, 0.0, 0.0, -0.3, 0.0])[variety]
            + 0.7 * rng.normal(0, 1, n))  # unseen: the season's scab and rain
    care = rng.normal(0, 1, n)  # unseen: the orchard's care (water, zinc, insects), a logit
    age = stored * np.exp(0.15 * (temp - 2))  # the storage's days at 2 C
    z = np.column_stack([
        -3.0 + np.array([0.0, 0.3, -0.3, 0.2, 0.6])[variety] + 0.7 * load + 0.5 * scab - 0.5 * care
        + 0.4 * rng.normal(0, 1, n),  # kernels not well developed
        -3.0 + np.array([0.0, 0.3, -0.2, 0.0, 0.5])[variety] + 0.012 * (day - 40) + 0.08 * ground + 0.006 * age
        + 0.2 * scab + 0.5 * rng.normal(0, 1, n),  # kernels darker than light
        -3.0 + 0.9 * (variety == 4) + 0.5 * scab + 0.05 * ground + 0.5 * rng.normal(0, 1, n)])  # shells off colour
    damage = 100 * _sig(-4.3 + 0.05 * ground + 0.004 * age + np.array([0.4, 0.2, -0.4])[region] - 0.4 * care
                        + 0.3 * scab + 0.5 * rng.normal(0, 1, n))  # rancid, mouldy, insect, kernel spot, shrivelled
    shells = 100 * _sig(-4.0 + 0.5 * scab + 0.05 * ground + 0.5 * rng.normal(0, 1, n))  # split, stained, hull
    moisture = np.clip(4.2 - 0.5 * forced + 0.8 * rng.normal(0, 1, n) * np.exp(-0.3 * forced), 2.5, 12)  # kernels, %
    inf = np.inf
    own = [100 * _sig(z - np.array(o)) for o in ([0.0, 0.0, 0.0], [1.2, 1.3, 0.0], [2.4, 2.6, 1.2], [inf, 3.9, inf])]
    true = np.stack([np.column_stack([o, damage, shells, moisture]) for o in own], axis=1)
    seen = true * rng.lognormal(0, 0.1, (n, 1, 6))
    seen[:, :, 5] = (moisture + 0.15 * rng.normal(0, 1, n))[:, None]
    label = _grade(np.minimum(seen, 100), PECAN_LIMITS)
    return locals()


def beef4():
    """Steer and heifer carcasses a packing plant grades, with the USDA quality grade the grader stamps in 4 steps
    (``BEEF_CLASSES``; the best grade whose ``BEEF_LIMITS`` the grader's marbling and maturity readings meet, a dark
    cutter a grade off, a carcass within none (C maturity or older, or under Practically Devoid) not kept;
    ``BEEF_GRADING`` the label's basis and not columns), as the carcass's and the lot's records and the plant's simple
    measures apart from the grade describe them. Unseen: the marbling (breed type: the British and the dairy-beef
    cattle more, the Brahman-influenced least; heifers a little more; days on feed; the region; one per-lot feedlot
    factor and the animal's own part), the maturity (the age, heifers' skeletons older), the pre-slaughter stress and
    the dark-cutting ribeye (heifers and Brahman-influenced cattle more; the ultimate pH over 5.87 a grade off). The
    grader reads the marbling with an error (25 units, a little less in a carcass chilled under 26 hours) and the
    maturity with one (10 units). Columns: the breed type (0 British, Angus-type, 1 Continental cross, 2 dairy-beef,
    Holstein, 3 Brahman-influenced), the sex class (0 steer, 1 heifer), the feedlot's region (0 Southern Plains, 1
    Central Plains, 2 the Corn Belt or the North, 3 the West), the days on feed, the age at slaughter from the lot's
    records (months), the hot carcass weight (kg), the ribeye area (cm2), the 12th-rib fat thickness (cm), the
    kidney, pelvic and heart fat (%), the hours chilled before grading, the camera's marbling estimate (the grader's
    scale), the camera's lean colour (L*) and the ribeye's pH at grading (13). Imbalanced: 400 / 640 / 580 / 520 rows
    (2,140)."""
    rng = np.random.default_rng(128101)
    p = _beef_pool(rng, 200000)
    n, marbling, hcw, ph = len(p["label"]), p["marbling"], p["hcw"], p["ph"]
    keep = _keep(rng, p["label"], BEEF_ROWS)
    x = np.column_stack([
        p["breed"], p["heifer"], p["region"], p["dof"], p["age"], np.round(hcw, 1),
        np.round(np.clip(85 + 0.1 * (hcw - 380) + np.array([0.0, 8.0, -6.0, -3.0])[p["breed"]]
                         + 7 * rng.normal(0, 1, n), 50, 140), 1),
        np.round(np.clip(1.2 * np.exp(0.002 * (marbling - 450) + np.array([0.0, -0.25, -0.3, 0.0])[p["breed"]]
                                      + 0.1 * p["heifer"] + 0.003 * (p["dof"] - 150) + 0.3 * rng.normal(0, 1, n)),
                         0.2, 4.0), 2),
        np.round(np.clip(2.0 + 0.4 * p["heifer"] + 0.001 * (marbling - 450) + 0.4 * rng.normal(0, 1, n), 0.5, 5), 1),
        p["chill"],
        np.round(np.clip(marbling + 50 * rng.normal(0, 1, n), 100, 1000)),
        np.round(np.clip(39 - 0.03 * (p["maturity"] - 150) - 14 * (ph - 5.55) + 1.8 * rng.normal(0, 1, n), 25, 50), 1),
        np.round(np.clip(ph + 0.1 * rng.normal(0, 1, n), 5.2, 7.0), 2)])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


def pecan4():
    """Lots of pecans in the shell a sheller sells, with the grade the inspector sets in 4 steps (``PECAN_CLASSES``;
    the best grade whose ``PECAN_LIMITS`` the inspector's sample meets, each grade's shares counted at its own levels,
    a lot within none not kept; ``PECAN_GRADING`` the label's basis and not columns), as the lot's records and the
    sheller's simple measures apart from the grade describe them. Unseen: the crop's load (an on year's poorer
    filling), the season's scab and rain (the Southeast most, Desirable more), the orchard's care, and three per-lot
    logits of the kernels: not well developed (the variety, the load, scab, care), darker than light (the variety,
    a late harvest, days on the ground, the storage's days weighted by its temperature, scab) and shells off colour
    (the natives' mixed seedlings, scab, the ground); Extra Fancy fails a nut at each logit's own level (offset 0),
    Fancy at fairly well developed (1.2) and light amber (1.3) with uniform shells (0), Choice at not poorly
    developed (2.4), amber (2.6) and fairly uniform shells (1.2), Standard at dark amber (3.9) only; the kernels'
    damage (the ground, the storage, the region's insects, care, scab), the shells' damage (scab, the ground) and the
    kernels' moisture (ambient bins wetter and more varied) apart. The inspector reads each share with a sample's
    error (log spread 0.1), the moisture within 0.15 points. Columns: the variety (0 Desirable, 1 Stuart, 2 Pawnee, 3
    Western Schley or Wichita, 4 natives and seedlings), the region (0 the Southeast, 1 Texas and Oklahoma, 2 New
    Mexico and Arizona), the harvest's day from October 1, the days on the ground before pickup, the dryer (0 ambient
    bins, 1 forced air), the days in cold storage, the store's temperature (C; 15 when not stored), the moisture
    meter's reading (%), the nuts per pound, the crack test's kernel share (% of the nuts' weight), the air leg's
    light nuts blown out (%), the colour meter's kernel lightness (L*) and the in-shell sorter's off-colour shells (%
    of the nuts) (13). Imbalanced: 420 / 600 / 620 / 500 rows (2,140)."""
    rng = np.random.default_rng(128202)
    p = _pecan_pool(rng, 200000)
    n, z, variety = len(p["label"]), p["z"], p["variety"]
    keep = _keep(rng, p["label"], PECAN_ROWS)
    x = np.column_stack([
        variety, p["region"], p["day"], p["ground"], p["forced"], p["stored"], p["temp"],
        np.round(np.clip(p["moisture"] + 0.3 * rng.normal(0, 1, n), 2, 15), 1),
        np.round(np.clip(np.array([50.0, 48.0, 52.0, 62.0, 90.0])[variety]
                         * np.exp(0.12 * p["load"] + 0.1 * rng.normal(0, 1, n)), 30, 160)),
        np.round(np.clip(np.array([54.0, 47.0, 56.0, 57.0, 45.0])[variety] - 2.0 * (z[:, 0] + 3)
                         + 0.8 * rng.normal(0, 1, n), 30, 70), 1),
        np.round(np.clip(100 * _sig(z[:, 0] - 0.8 + 0.15 * rng.normal(0, 1, n)), 0.1, 60), 1),
        np.round(np.clip(48 - 3.0 * (z[:, 1] + 3) + 0.6 * rng.normal(0, 1, n), 20, 65), 1),
        np.round(np.clip(100 * _sig(z[:, 2]) * rng.lognormal(0, 0.2, n), 0.1, 80), 1)])[keep]
    return x.astype(np.float32), p["label"][keep].astype(np.int64)


#: per cause of ``locomotive6``, the chances of the locomotive's model (0 an EMD SD70 family unit, 1 a GE AC4400 or
#: ES44, 2 an older EMD SD40-2 or GP38-2, 3 another or leased)
LOCOMOTIVE_MODEL = np.array([[0.35, 0.35, 0.20, 0.10], [0.30, 0.35, 0.25, 0.10], [0.35, 0.30, 0.25, 0.10],
                             [0.35, 0.35, 0.20, 0.10], [0.30, 0.30, 0.30, 0.10], [0.35, 0.40, 0.15, 0.10]])
#: per cause of ``locomotive6``, the chances of the crew's report (0 low power or not loading, 1 an engine shut down
#: or an alarm: a hot engine, low water, low oil, 2 a ground relay or another electrical fault, 3 wheel slip or a
#: dynamic brake fault, 4 an air brake fault or low main reservoir pressure, 5 smoke, a leak or a noise)
LOCOMOTIVE_REPORT = np.array([[0.35, 0.15, 0.03, 0.02, 0.02, 0.43], [0.45, 0.05, 0.40, 0.05, 0.01, 0.04],
                              [0.15, 0.02, 0.40, 0.35, 0.03, 0.05], [0.02, 0.02, 0.02, 0.20, 0.69, 0.05],
                              [0.10, 0.55, 0.02, 0.01, 0.02, 0.30], [0.45, 0.25, 0.02, 0.01, 0.02, 0.25]])
#: per cause of ``locomotive6``, the chances of the train it led (0 a heavy unit train: coal, grain, 1 a manifest or
#: intermodal train, 2 a local or yard job)
LOCOMOTIVE_TRAIN = np.array([[0.45, 0.40, 0.15], [0.40, 0.45, 0.15], [0.50, 0.35, 0.15], [0.35, 0.40, 0.25],
                             [0.45, 0.40, 0.15], [0.35, 0.45, 0.20]])
#: per cause of ``locomotive6``, the medians of the locomotive's records and the shop's simple measures: the miles
#: since its last overhaul (thousands), its age (years), the outside temperature on the day (C), the event
#: recorder's fault entries over the last 7 days, its ground-relay trips over the last 7 days, the wheel slips a 100
#: miles, the load-box test's horsepower (% of rated), the engine water's highest temperature on the test (C), the
#: lube oil's pressure at full throttle (psi), the main reservoir's pump-up time (s) and the fuel pressure at full
#: throttle (psi)
LOCOMOTIVE_TABLE = np.array([
    # miles  age   out   faults ground slips hp    water oil   pumpup fuel
    [400.0, 18.0, 15.0, 6.0, 1.0, 2.0, 85.0, 88.0, 55.0, 60.0, 58.0],  # engine or turbocharger
    [350.0, 17.0, 15.0, 8.0, 8.0, 2.0, 82.0, 84.0, 62.0, 60.0, 60.0],  # main alternator or rectifiers
    [350.0, 18.0, 15.0, 8.0, 6.0, 6.0, 92.0, 84.0, 62.0, 60.0, 60.0],  # traction motors or blowers
    [300.0, 18.0, 5.0, 4.0, 1.0, 4.0, 98.0, 84.0, 62.0, 110.0, 60.0],  # air brakes or compressor
    [350.0, 19.0, 28.0, 6.0, 1.0, 2.0, 95.0, 96.0, 58.0, 65.0, 60.0],  # cooling system
    [380.0, 18.0, 8.0, 5.0, 1.0, 2.0, 86.0, 84.0, 62.0, 60.0, 42.0],  # fuel system
])
LOCOMOTIVE_LOGS = [0, 1, 3, 4, 5, 9]
LOCOMOTIVE_KINDS = [("log", 0.5, 0.2), ("log", 0.3, 0.1), ("norm", 10.0, 0), ("count", 0.5, 0.1), ("count", 0.6, 0),
                    ("log", 0.5, 0.05), ("norm", 6.0, -1.0), ("norm", 4.0, 0.5), ("norm", 6.0, -1.0),
                    ("log", 0.25, 0.03), ("norm", 6.0, 0)]


def locomotive6():
    """Diesel-electric freight locomotives brought into a railway's shop after an in-service failure or a crew's
    report, in 6 causes shop technicians confuse (``LOCOMOTIVE_CLASSES``), labelled by the technicians' finding, as
    the locomotive's records, the report and the shop's simple measures apart from it describe them. Each cause has
    its picture (``LOCOMOTIVE_MODEL``, ``LOCOMOTIVE_REPORT``, ``LOCOMOTIVE_TRAIN``, ``LOCOMOTIVE_TABLE``; each class's
    medians ``_pull``ed 0.3 of the way toward its neighbours'): the engine smoke or low power, the lowest oil
    pressure, the most miles since overhaul; the alternator not loading or a ground relay, the most ground trips, the
    least horsepower; the traction motors a ground or wheel slip, the most slips; the air brakes an air brake fault,
    cold days, the slowest pump-up; the cooling system a shutdown on a hot day, the hottest engine water; the fuel
    system low power or a shutdown on cold days, the lowest fuel pressure. Unseen: the locomotive's wear (one per-row
    factor raising the miles, the age, the fault entries, the slips, the pump-up time and the water's temperature and
    lowering the horsepower and the oil pressure). Columns: the model (0-3), the report (0-5), the train (0-2), then
    the table's 11 (the miles to a tenth within 1-1,500 thousand, the age to a tenth within 1-50 years, the outside
    temperature to a tenth within -35-45 C, the fault entries and the ground trips counted (within 0-300), the slips
    to a tenth within 0.1-100, the horsepower to a tenth within 30-105 %, the water to a tenth within 60-115 C, the
    oil pressure to a tenth within 10-100 psi, the pump-up to whole seconds within 20-400 s, the fuel pressure to a
    tenth within 5-90 psi) (14). Imbalanced: 420 / 360 / 380 / 320 / 340 / 320 rows (2,140)."""
    rng = np.random.default_rng(128303)
    y = rng.permutation(np.repeat(np.arange(len(LOCOMOTIVE_CLASSES)), LOCOMOTIVE_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (LOCOMOTIVE_MODEL, LOCOMOTIVE_REPORT, LOCOMOTIVE_TRAIN)]
    t = _pull(LOCOMOTIVE_TABLE, LOCOMOTIVE_NEIGHBOURS, 0.3, LOCOMOTIVE_LOGS)[y]
    x = _draw(rng, t, LOCOMOTIVE_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 1, 1500, 1), (1, 1, 50, 1), (2, -35, 45, 1), (3, 0, 300, 0), (4, 0, 300, 0),
                                 (5, 0.1, 100, 1), (6, 30, 105, 1), (7, 60, 115, 1), (8, 10, 100, 1), (9, 20, 400, 0),
                                 (10, 5, 90, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``ferry6``, the chances of the vessel (0 an older conventional ro-pax, 1 a newer ro-pax, 2 a
#: double-ended ferry)
FERRY_VESSEL = np.array([[0.45, 0.35, 0.20], [0.35, 0.40, 0.25], [0.40, 0.30, 0.30], [0.40, 0.40, 0.20],
                         [0.50, 0.30, 0.20], [0.35, 0.35, 0.30]])
#: per cause of ``ferry6``, the chances of the report's source (0 the alarm and monitoring system, 1 the master's
#: report, 2 the engineers' watch or a routine check)
FERRY_SOURCE = np.array([[0.50, 0.20, 0.30], [0.35, 0.45, 0.20], [0.30, 0.55, 0.15], [0.60, 0.25, 0.15],
                         [0.35, 0.50, 0.15], [0.30, 0.55, 0.15]])
#: per cause of ``ferry6``, the chances of the event (0 reduced speed or propulsion lost, 1 a blackout or partial
#: blackout, 2 the ship not answering or a steering alarm, 3 trouble at berthing, 4 a door or ramp not closing or not
#: showing closed, 5 a vibration, a noise, smoke or a leak)
FERRY_EVENT = np.array([[0.45, 0.08, 0.05, 0.05, 0.01, 0.36], [0.40, 0.03, 0.20, 0.22, 0.01, 0.14],
                        [0.05, 0.03, 0.65, 0.15, 0.01, 0.11], [0.15, 0.60, 0.08, 0.07, 0.02, 0.08],
                        [0.01, 0.02, 0.01, 0.15, 0.76, 0.05], [0.02, 0.10, 0.15, 0.63, 0.02, 0.08]])
#: per cause of ``ferry6``, the medians of the vessel's records and the engineers' simple measures: the main
#: engines' running hours since overhaul (thousands), the vessel's age (years), the wind on the crossing (m/s), the
#: alarm system's alarms over the last 7 days, the main engines' exhaust temperature spread between cylinders (C),
#: the pitch system's hydraulic pressure alarms over the last 7 days, the steering gear's hard-over time (s, 35
#: degrees one side to 30 the other), the breaker trips and blackouts over the last 30 days, the generators'
#: load-sharing imbalance (%), the bow thrusters' trips over the last 30 days and the bow door's closing time (s)
FERRY_TABLE = np.array([
    # hours age   wind  alarms spread pitch steer trips share thrust door
    [14.0, 20.0, 10.0, 10.0, 45.0, 1.0, 18.0, 0.5, 8.0, 1.0, 90.0],  # main engines
    [12.0, 20.0, 10.0, 8.0, 25.0, 6.0, 18.0, 0.5, 8.0, 1.0, 90.0],  # propulsion, pitch
    [12.0, 22.0, 12.0, 6.0, 25.0, 1.5, 26.0, 0.5, 8.0, 1.0, 90.0],  # steering gear
    [12.0, 20.0, 10.0, 10.0, 25.0, 1.0, 19.0, 4.0, 20.0, 2.0, 90.0],  # generators and switchboard
    [12.0, 22.0, 8.0, 5.0, 25.0, 1.0, 18.0, 0.5, 8.0, 1.0, 140.0],  # bow doors or ramps
    [12.0, 20.0, 14.0, 5.0, 25.0, 2.0, 18.0, 1.5, 10.0, 6.0, 95.0],  # bow thrusters
])
FERRY_LOGS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 10]
FERRY_KINDS = [("log", 0.5, 0.2), ("log", 0.3, 0.1), ("log", 0.5, 0), ("count", 0.5, 0.1), ("log", 0.3, 0.05),
               ("count", 0.6, 0.05), ("norm", 3.0, 0.5), ("count", 0.6, 0), ("log", 0.4, 0), ("count", 0.6, 0.05),
               ("log", 0.2, 0.03)]


def ferry6():
    """A passenger and car ferry operator's vessels taken off a crossing after a fault or the master's report, in 6
    causes marine engineers confuse (``FERRY_CLASSES``), labelled by the engineers' finding, as the vessel's records,
    the report, the event and the engineers' simple measures apart from it describe them. Each cause has its picture
    (``FERRY_VESSEL``, ``FERRY_SOURCE``, ``FERRY_EVENT``, ``FERRY_TABLE``; each class's medians ``_pull``ed 0.3 of the
    way toward its neighbours'): the main engines reduced speed or a vibration or smoke, the widest exhaust spread,
    the most running hours; the propulsion reduced speed, the ship not answering or berthing trouble, the most pitch
    alarms; the steering gear the ship not answering, the slowest hard-over; the generators a blackout, the most
    breaker trips, the widest load-sharing imbalance; the bow doors a door fault, the slowest door; the bow thrusters
    berthing trouble, windy days, the most thruster trips. Unseen: the vessel's wear (one per-row factor raising the
    hours, the age, the alarms, the exhaust spread, the pitch alarms, the hard-over time, the thruster trips and the
    door's time). Columns: the vessel (0-2), the source (0-2), the event (0-5), then the table's 11 (the hours to a
    tenth within 0.1-80 thousand, the age to a tenth within 1-50 years, the wind to a tenth within 0.5-35 m/s, the
    alarms, the pitch alarms, the trips and the thruster trips counted (within 0-300), the spread to a tenth within
    5-200 C, the hard-over to a tenth within 8-60 s, the imbalance to a tenth within 0.5-80 %, the door to whole
    seconds within 30-600 s) (14). Imbalanced: 400 / 380 / 320 / 360 / 340 / 340 rows (2,140)."""
    rng = np.random.default_rng(128404)
    y = rng.permutation(np.repeat(np.arange(len(FERRY_CLASSES)), FERRY_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (FERRY_VESSEL, FERRY_SOURCE, FERRY_EVENT)]
    t = _pull(FERRY_TABLE, FERRY_NEIGHBOURS, 0.3, FERRY_LOGS)[y]
    x = _draw(rng, t, FERRY_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.1, 80, 1), (1, 1, 50, 1), (2, 0.5, 35, 1), (3, 0, 300, 0), (4, 5, 200, 1),
                                 (5, 0, 300, 0), (6, 8, 60, 1), (7, 0, 300, 0), (8, 0.5, 80, 1), (9, 0, 300, 0),
                                 (10, 30, 600, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND128`` lists them (the ordered sets first)
GENERATORS = {"beef4": beef4, "pecan4": pecan4, "locomotive6": locomotive6, "ferry6": ferry6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND128_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "beef4": (2140, 13, BEEF_ROWS),
    "pecan4": (2140, 13, PECAN_ROWS),
    "locomotive6": (2140, 14, LOCOMOTIVE_ROWS),
    "ferry6": (2140, 14, FERRY_ROWS),
}
ROUND128 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
