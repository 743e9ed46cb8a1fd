"""Round 40's held-out data sets for the noisy-label benchmark (in progress: the class names, rows, limits and
neighbour maps, committed before any generator was written or ran)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- visibility6: aviation visibility bands
#: the visibility bands of ``visibility6`` (an airport's half-hourly observation, by the forward-scatter sensor's
#: 10-minute mean meteorological optical range against the bands the aviation codes draw: under 200 m (below the
#: low-visibility procedures' CAT II / III ranges), 200-800 m (RVR reported under 1,500 m, the CAT I minima near 550-800
#: m), 800-1,500 m (the take-off and circling minima), 1,500-5,000 m (the special VFR and the METAR's mist / haze
#: below 5 km), 5-10 km, 10 km and above (METAR "9999")), lowest first
VISIBILITY_CLASSES = ("< 200 m", "200-799 m", "800-1,499 m", "1,500-4,999 m", "5,000-9,999 m", ">= 10 km")
VISIBILITY_ROWS = (260, 320, 300, 480, 420, 360)
#: the band below and above each band
VISIBILITY_NEIGHBOURS = ordinal_neighbours(len(VISIBILITY_CLASSES))
#: the least 10-minute mean visibility (m) of bands 200-799 m .. >= 10 km (a band is the number of limits at or
#: below the value)
VISIBILITY_LIMITS = (200.0, 800.0, 1500.0, 5000.0, 10000.0)


# --------------------------------------------------------------------------- jaundice6: newborn bilirubin tiers
#: the bilirubin tiers of ``jaundice6`` (a newborn of 35 weeks or more, by the total serum bilirubin at the draw
#: against the hour-specific curves: the Bhutani nomogram's low (under the 40th centile), low-intermediate (40th-75th),
#: high-intermediate (75th-95th) and high risk (95th and above) zones, at or above the AAP 2022 phototherapy threshold
#: for the infant's gestation and risk factors, and at or within 2 mg/dL of the exchange threshold (the guideline's
#: escalation of care)), lowest first; a tier is the highest curve at or below the bilirubin
JAUNDICE_CLASSES = ("low risk", "low-intermediate", "high-intermediate", "high risk", "phototherapy",
                    "escalation of care")
JAUNDICE_ROWS = (440, 420, 380, 340, 320, 240)
#: the tier below and above each tier
JAUNDICE_NEIGHBOURS = ordinal_neighbours(len(JAUNDICE_CLASSES))
#: the hours of age at which ``JAUNDICE_LIMITS`` are given (linear between them, flat after the last)
JAUNDICE_HOURS = (12.0, 24.0, 48.0, 72.0, 96.0, 120.0)
#: the hour-specific curves (mg/dL) at ``JAUNDICE_HOURS``: the nomogram's 40th, 75th and 95th centiles, and the
#: phototherapy threshold and the escalation of care (exchange threshold less 2) for an infant of 38 weeks or more
#: without neurotoxicity risk factors (the author's reading of the published curves; lower for younger gestations
#: and with risk factors, ``JAUNDICE_SHIFT``)
JAUNDICE_LIMITS = np.array([
    # 12h  24h   48h   72h   96h   120h
    [3.5, 5.0, 8.5, 11.0, 12.5, 13.0],  # 40th centile
    [4.5, 6.3, 11.0, 13.5, 15.2, 15.8],  # 75th centile
    [6.0, 8.0, 13.0, 16.0, 17.4, 17.6],  # 95th centile
    [9.5, 12.0, 15.5, 18.5, 20.0, 20.5],  # phototherapy, 38 weeks or more, no risk factor
    [14.0, 17.0, 20.5, 22.5, 23.5, 24.0],  # escalation of care (the exchange threshold less 2 mg/dL)
])
#: how much the phototherapy and escalation curves drop (mg/dL) per week of gestation under 38, and with a
#: neurotoxicity risk factor (isoimmune haemolysis, G6PD deficiency, sepsis, albumin under 3 g/dL)
JAUNDICE_SHIFT = (1.0, 2.0)


# --------------------------------------------------------------------------- winefault8: faults of wines
#: the faults of ``winefault8`` (a bottle or tank sample sent to a wine laboratory with a suspected fault, by the
#: laboratory's finding: the marker compound over its threshold and the panel's confirmation), in label order
WINEFAULT_FAULTS = ("cork taint (TCA)", "oxidation", "Brettanomyces", "volatile acidity", "reduction (sulfur)",
                    "heat damage", "mousiness", "light strike")
WINEFAULT_ROWS = (360, 320, 300, 260, 300, 200, 160, 240)
#: the faults that tasters and laboratories confuse (symmetric): cork taint against oxidation (both bottle faults of
#: a failing cork, the fruit muted and flat) and against Brettanomyces (musty and earthy against barnyard);
#: oxidation against volatile acidity (acetaldehyde and acetic acid, oxygen feeding the acetic bacteria) and heat
#: damage (browning, cooked and maderised); Brettanomyces against volatile acidity (the yeast makes acetic acid;
#: low free SO2, a dirty cellar), reduction (leather and rubber against sulfides) and mousiness (the yeast's
#: tetrahydropyridines, high pH); volatile acidity against mousiness (lactic bacteria, high pH, no SO2); reduction
#: against light strike (the same methanethiol and dimethyl disulfide, a cabbage smell); heat damage against light
#: strike (a shop window's light and heat together)
WINEFAULT_NEIGHBOURS = {0: (1, 2), 1: (0, 3, 5), 2: (0, 3, 4, 6), 3: (1, 2, 6), 4: (2, 7), 5: (1, 7), 6: (2, 3),
                        7: (4, 5)}


# --------------------------------------------------------------------------- colonyloss8: causes of colony losses
#: the causes of ``colonyloss8`` (a honey-bee colony an apiary inspector found dead or failing, by the inspection's
#: finding with the laboratory's mite count, spore count, brood test and residue analysis), in label order
COLONYLOSS_CAUSES = ("varroa and viruses", "nosema", "starvation", "queen failure", "pesticide poisoning",
                     "American foulbrood", "European foulbrood", "absconding or robbing")
COLONYLOSS_ROWS = (420, 200, 320, 300, 240, 180, 200, 280)
#: the causes that inspectors confuse (symmetric): varroa and its viruses against nosema (a colony dwindling over
#: winter), starvation (a cluster too small to reach its stores), queen failure (spotty brood, failed
#: supersedure), pesticide poisoning (paralysis viruses' trembling, crawling bees), European foulbrood (parasitic
#: mite syndrome's discoloured, slumped larvae) and absconding or robbing (a collapsed colony's empty boxes, robbed
#: out); nosema against starvation (winter dead, soiled frames) and pesticide (dead and crawling bees at the
#: entrance); starvation against robbing (empty combs); queen failure against both foulbroods (a spotty brood
#: pattern); the foulbroods against each other (sunken, discoloured larvae; the rope test); American foulbrood
#: against robbing (the weakened colony robbed out)
COLONYLOSS_NEIGHBOURS = {0: (1, 2, 3, 4, 6, 7), 1: (0, 2, 4), 2: (0, 1, 7), 3: (0, 5, 6), 4: (0, 1), 5: (3, 6, 7),
                         6: (0, 3, 5), 7: (0, 2, 5)}
