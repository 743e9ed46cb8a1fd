"""Round 71's held-out data sets for the noisy-label benchmark (the classes, rows, limits and neighbour maps, committed
before any generator is written or run; the generators and the full docstring follow in later commits)."""

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
