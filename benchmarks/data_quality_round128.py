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
#: (uniform for Extra Fancy and Fancy, fairly uniform for Choice, none held for Standard), kernels damaged (rancid, mouldy, insect
#: or kernel-spot damage, shrivelled), shells damaged (split, stained, adhering hull) and the kernels' moisture. The
#: 10 % for each grade's own levels, the damage tolerances 6 / 6 / 8 / 10 % (kernels) and 5 / 5 / 8 / 10 % (shells)
#: are the author's reading of the usual form (51.1406's table was not in any excerpt read); the 6 % moisture is the
#: grades' own
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
