"""Round 125's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Draft: the account of what was opened, read and measured follows with the generators.)
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


# ---------------------------------------------------------------------- apricot4: a fresh apricot lot's grade
#: the 4 classes of ``apricot4`` (a lot of fresh apricots a packer sells, by the grade the inspector sets against the
#: grades' requirements and tolerances), the best first. The United States Standards for Grades of Apricots have two
#: grades (7 CFR 51.2925-51.2932 as read: U.S. No. 1: mature but not soft, overripe or shrivelled, well formed, free
#: from decay, cuts, skin breaks and worm holes and from damage by limb rubs, russeting, growth cracks, dirt, scab,
#: scale, hail, bruises, disease, insects or other means; U.S. No. 2: the same free from serious damage, not held to
#: well formed, scab and russet); no U.S. No. 3. Below them the packer's two outlets for a lot within neither:
#: unclassified (sold ungraded to a dryer or a cannery, within its limits of serious damage and decay) and culls
#: (over them: dumped or juiced)
APRICOT_CLASSES = ("U.S. No. 1 (well formed, mature not soft, free from damage)",
                   "U.S. No. 2 (mature not soft, free from serious damage)",
                   "unclassified (fails U.S. No. 2: sold ungraded to a dryer or a cannery)",
                   "culls (over the processor's limits of serious damage or decay)")
APRICOT_ROWS = (500, 600, 560, 480)
#: per class from U.S. No. 1 to culls, the limits of the inspector's sample (% by count): the most fruit failing U.S.
#: No. 1's requirements (damage, misshapen, immature or poorly coloured, soft, cuts, skin breaks, worm holes), the
#: most failing U.S. No. 2's (serious damage, immature, soft, cuts, skin breaks, worm holes) and the most decayed. The
#: 10 %, 5 % and 1 % the author's assumption for a shipping point (the apricots' tolerance section, 51.2928, was not
#: in the excerpts read; the same form as other stone fruit's); No. 2 the same 10 % of its own failures and 1 %
#: decay; the processor's 30 % and 3 % the author's assumption; culls anything
APRICOT_LIMITS = np.array([[10.0, 5.0, 1.0], [100.0, 10.0, 1.0], [100.0, 30.0, 3.0], [100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a hail mark's or a bruise's depth, a fruit's softness or its ground colour)
APRICOT_NEIGHBOURS = ordinal_neighbours(len(APRICOT_CLASSES))
#: what the grade is set from: the label's basis, not columns
APRICOT_GRADING = ("the inspector's sample: apricots scored one by one for maturity and ground colour, shape, hail "
                   "marks, scab, limb rubs and russet, growth cracks, cuts and skin breaks, bruises, insect injury and "
                   "worm holes, softness and decay at the grade's level (damage, serious damage), the shares against "
                   "the grade's tolerances",
                   "a sample drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- grape4: a table grape lot's grade
#: the 4 classes of ``grape4`` (a lot of European-type table grapes a packer sells, by the grade the inspector sets
#: against the grades' requirements and tolerances), the best first. The United States Standards for Grades of Table
#: Grapes (European or Vinifera Type; 7 CFR 51.880-51.886 as read) list U.S. Extra Fancy Table, U.S. Fancy Table, U.S.
#: No. 1 Table and U.S. No. 1 Institutional (and the Export packs); this set takes the lower three and a lot within
#: none of them (U.S. Extra Fancy left out: the packer's lots here are not held to its half-pound bunches). U.S. Fancy
#: Table: reasonably well coloured, berries mature, firm, firmly attached, not shattered, split, crushed or wet, free
#: from decay, waterberry, sunburn, Almeria spot, stems not dry and brittle, bunches fairly well filled, 75 % of a
#: seedless bunch's berries at least 10/16 inch, bunches at least a quarter pound; U.S. No. 1 Table: fairly well
#: coloured, not materially shrivelled at the capstem, 75 % of the berries at least 9/16 inch (seedless), bunches at
#: least a quarter pound; U.S. No. 1 Institutional: No. 1 Table's berries in bunches of any size (the author's
#: reading: its own paragraph was not in the excerpts)
GRAPE_CLASSES = ("U.S. Fancy Table (reasonably well coloured, berries 10/16 inch, free from damage)",
                 "U.S. No. 1 Table (fairly well coloured, berries 9/16 inch, free from damage)",
                 "U.S. No. 1 Institutional (No. 1's berries, bunches of any size)",
                 "within none (unclassified: sold loose, to juice or to a dehydrator)")
GRAPE_ROWS = (460, 620, 540, 520)
#: per grade from U.S. Fancy Table to the unclassified, the limits of the inspector's sample (% by count of bunches or
#: berries): bunches failing the grade's colour, bunches failing its berry diameter, bunches under a quarter pound,
#: bunches and berries failing the remaining requirements (damage: shattered, split, wet, sunburn, shot or dried
#: berries, stems), serious damage and decay. The 10 % colour and 10 % diameter from the No. 1 tolerances read (a
#: produce trainer's table, en route: 10 %, 10 %, 12 % in all for the rest, 8 % permanent, 4 % serious damage, 1 %
#: decay); the shipping point's 8 %, 4 % and 1 % for the rest the author's assumption, the same for every grade, each
#: counted at its own grade's colour and diameter; Institutional no bunch size; the unclassified anything
GRAPE_LIMITS = np.array([[10.0, 10.0, 10.0, 8.0, 4.0, 1.0], [10.0, 10.0, 10.0, 8.0, 4.0, 1.0],
                         [10.0, 10.0, 100.0, 8.0, 4.0, 1.0], [100.0, 100.0, 100.0, 100.0, 100.0, 100.0]])
#: the grade above and below each (a lot near a limit is graded one step up or down by the sample drawn, the
#: inspector's reading of a bunch's colour, a berry ring's fit or a shattered berry)
GRAPE_NEIGHBOURS = ordinal_neighbours(len(GRAPE_CLASSES))
#: what the grade is set from: the label's basis, not columns
GRAPE_GRADING = ("the inspector's sample: bunches weighed and scored for colour, berry diameter (a ring gauge), "
                 "filling, shattered, split, crushed and wet berries, sunburn, shot and dried berries, mildew and "
                 "decay, stems' colour and condition, the shares against the grade's tolerances",
                 "a sample of containers drawn from the packed lot at the packer's shipping point")


# ---------------------------------------------------------------------- bikeshare6: a bike-share unit's fault
#: the 6 classes of ``bikeshare6`` (a city bike-share system's dock, station or (e-)bike a field mechanic is sent to
#: after a fault alert or a rider's complaint, by the cause the mechanic found); left out: the smart lock or GPS
#: module (the IoT unit) of a dockless bike, vandalism, flat tyres, lights and the seat post
BIKESHARE_CLASSES = ("dock's locking mechanism (a bike not released or a return not latched or confirmed)",
                     "station kiosk's payment or communications (card reader, screen, modem: rentals failing)",
                     "e-bike battery or its charging (a worn pack, a dock's charging contact, a charger)",
                     "e-bike motor or its controller (no assist, error codes, cutting out)",
                     "brakes (weak, dragging or squealing: pads, cables, a brake sensor)",
                     "drivetrain (chain off or slipping, gears skipping, a worn chain or hub)")
BIKESHARE_ROWS = (400, 380, 360, 340, 340, 320)
#: the causes mechanics confuse (symmetric): the dock's lock against the kiosk (a bike not released: the lock's
#: latch or the station not authorising it) and the battery (an e-bike charging through the dock's contacts: a dead
#: dock contact or a dead pack); the battery against the motor (no assist: a pack that sags under load or a
#: controller that cuts out); the motor against the brakes (a stuck brake-lever sensor cuts the assist) and the
#: drivetrain (a hub motor's clutch or a chain slipping under the motor's torque); the brakes against the drivetrain
#: (a wheel dragging or grinding, "it is hard to pedal")
BIKESHARE_NEIGHBOURS = {0: (1, 2), 1: (0,), 2: (0, 3), 3: (2, 4, 5), 4: (3, 5), 5: (3, 4)}


# ---------------------------------------------------------------------- trafficsignal6: an intersection's fault
#: the 6 classes of ``trafficsignal6`` (a city's signalised intersection a traffic-signal technician is sent to after
#: a fault alarm or a complaint, by the cause the technician found); left out: knock-downs and cabinet damage, the
#: emergency-vehicle preemption, the poles and mast arms and the flasher unit
SIGNAL_CLASSES = ("vehicle detector (an inductive loop cut or shorted, a video or radar detector misaligned or fogged)",
                  "controller or its timing plan (a wrong plan or clock, a failed controller)",
                  "conflict monitor / malfunction management unit (its fault or a true conflict: the intersection "
                  "in flash)",
                  "cabinet power or the battery backup (utility loss, a breaker, a worn UPS battery: dark or flash)",
                  "LED signal heads or pedestrian push buttons (a section out, a button dead or stuck)",
                  "communications to the central system (fibre, radio or cellular link down: offline)")
SIGNAL_ROWS = (420, 360, 340, 380, 320, 320)
#: the causes technicians confuse (symmetric): the detector against the controller (long waits or skipped phases: a
#: detector that never calls or a plan that skips) and the push buttons (a pedestrian call not placed: a dead button
#: or a detector card's input); the controller against the monitor (a controller's bad output trips the monitor into
#: flash) and the communications (a plan wrong by the time of day: a clock not synced from the centre); the monitor
#: against the cabinet's power (a brownout or a transfer trips the monitor) and the signal heads (a red LED out:
#: the monitor's red-fail puts it in flash); the cabinet's power against the communications (the link's radio or
#: switch drops first in a power event)
SIGNAL_NEIGHBOURS = {0: (1, 4), 1: (0, 2, 5), 2: (1, 3, 4), 3: (2, 5), 4: (0, 2), 5: (1, 3)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"apricot4": APRICOT_NEIGHBOURS, "grape4": GRAPE_NEIGHBOURS, "bikeshare6": BIKESHARE_NEIGHBOURS,
              "trafficsignal6": SIGNAL_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("apricot4", "grape4")
