"""Round 44's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector. (Draft: the class names, rows, limits and
neighbour maps, committed before any generator; the generators and the docstring follow.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- burn5: burn wound depth
#: the 5 depths of ``burn5`` (a burn wound seen at a burns service, by its healing time: the days to 95 %
#: re-epithelialisation in follow-up, a wound excised and grafted counted by the depth the excision found read as
#: the healing time it would have had; against ``BURN_LIMITS``), shallowest first: 0 superficial epidermal (healed
#: within 7 days); 1 superficial partial-thickness (7-14 days); 2 mid-dermal (14-21 days); 3 deep partial-thickness
#: (21-60 days, most grafted); 4 full-thickness (60 days and over: no spontaneous healing but from the edges)
BURN_CLASSES = ("0 superficial epidermal", "1 superficial partial-thickness", "2 mid-dermal",
                "3 deep partial-thickness", "4 full-thickness")
BURN_ROWS = (340, 560, 440, 420, 380)
#: the depth above and below each depth
BURN_NEIGHBOURS = ordinal_neighbours(len(BURN_CLASSES))
#: the least healing time (days) of depths 1 .. 4 (a depth is the number of limits at or below the healing time)
BURN_LIMITS = (7.0, 14.0, 21.0, 60.0)


# --------------------------------------------------------------------------- fishfresh4: chilled fish freshness
#: the 4 EU freshness categories of ``fishfresh4`` (a lot of chilled whole gadoid fish, cod, haddock, saithe and
#: hake, sampled at a port auction, by the laboratory's K value of the flesh, ``FISH_K_LIMITS``, and its total
#: volatile basic nitrogen against the legal limit for the Gadidae and Merlucciidae, ``FISH_TVBN_UNFIT``), freshest
#: first: 0 Extra; 1 A; 2 B; 3 unfit (not admitted)
FISH_CLASSES = ("0 Extra", "1 A", "2 B", "3 unfit")
FISH_ROWS = (520, 640, 560, 420)
#: the category above and below each category
FISH_NEIGHBOURS = ordinal_neighbours(len(FISH_CLASSES))
#: the least K value (%: inosine and hypoxanthine over all the ATP breakdown products) of categories A and B
FISH_K_LIMITS = (20.0, 45.0)
#: the least TVB-N (mg N / 100 g of flesh) of an unfit lot, whatever its K value
FISH_TVBN_UNFIT = 35.0


# --------------------------------------------------------------------------- incident7: cloud incident root causes
#: the root causes of ``incident7`` (a customer-facing incident of a cloud service, by the cause the on-call team
#: assigned in the post-incident review), in label order
INCIDENT_CAUSES = ("bad configuration change", "capacity exhaustion", "dependency outage", "faulty deploy",
                   "network fault", "hardware failure", "expired certificate or credential")
INCIDENT_ROWS = (420, 300, 340, 380, 260, 200, 240)
#: the causes the first hour confuses (symmetric): a configuration change against a faulty deploy (both follow a
#: change, both fixed by rolling back), a network fault (a routing, firewall or load-balancer rule pushed as
#: configuration) and an expired credential (a secret rotated with the configuration, auth errors); capacity
#: exhaustion against a dependency outage (timeouts and queues either way, a slow database or a saturated pool),
#: a faulty deploy (a release's performance regression burning CPU) and hardware failure (the hosts lost leave the
#: rest overloaded); a dependency outage against a network fault (connection errors and timeouts to the
#: dependency) and an expired certificate (an upstream's expired certificate shows as the dependency failing);
#: a network fault against hardware failure (a switch or a zone, one part of the fleet)
INCIDENT_NEIGHBOURS = {0: (3, 4, 6), 1: (2, 3, 5), 2: (1, 4, 6), 3: (0, 1), 4: (0, 2, 5), 5: (1, 4), 6: (0, 2)}


# --------------------------------------------------------------------------- disturb7: forest disturbance agents
#: the agents of ``disturb7`` (a forest patch the satellite time series flagged as disturbed, by the agent the
#: mapping team assigned after its field check), in label order
DISTURB_AGENTS = ("wildfire", "clear-cut harvest", "windthrow", "bark-beetle outbreak", "drought die-back",
                  "flooding", "land conversion")
DISTURB_ROWS = (360, 420, 320, 300, 260, 180, 300)
#: the agents the time series confuses (symmetric): wildfire against drought die-back (a dry year's browning and
#: its fires, both in the hot summer) and land conversion (the slash burned after clearing); a clear-cut against
#: windthrow (salvage logging clears the blowdown), a beetle outbreak (sanitation felling) and land conversion
#: (both clear the stand, one never regrows trees); windthrow against a beetle outbreak (the beetles breed in the
#: fallen spruce) and flooding (the storm's rain, wet soils that let the roots go); a beetle outbreak against
#: drought die-back (a slow greying of drought-weakened conifers); drought die-back against flooding (a
#: waterlogged stand's crowns browning slowly)
DISTURB_NEIGHBOURS = {0: (4, 6), 1: (2, 3, 6), 2: (1, 3, 5), 3: (1, 2, 4), 4: (0, 3, 5), 5: (2, 4), 6: (0, 1)}
