"""Round 60's held-out data sets for the noisy-label benchmark (the module's docstring is written last)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- blight5: potato late blight severity
#: the 5 classes of ``blight5`` (a potato field in the season, by a reference visual assessment of the share of its
#: foliage affected by late blight against a disease-assessment key's class limits), healthiest first
BLIGHT_CLASSES = ("trace (under 1 %)", "slight (1-4.9 %)", "moderate (5-24.9 %)", "severe (25-74.9 %)",
                  "very severe (75 % or more)")
BLIGHT_ROWS = (520, 460, 420, 400, 340)
#: the severity above and below each severity
BLIGHT_NEIGHBOURS = ordinal_neighbours(len(BLIGHT_CLASSES))
#: the reference's foliage affected (% of the green canopy, averaged over the walked quadrants) against 1, 5, 25
#: and 75: a field's class is the number of these limits its foliage affected reaches
BLIGHT_LIMITS = (1.0, 5.0, 25.0, 75.0)


# ----------------------------------------------------------------------- wfdriver5: a river reach's ecological status
#: the 5 classes of ``wfdriver5`` (a river reach in a monitoring year, by a reference macroinvertebrate index's
#: ecological quality ratio against the Water Framework Directive's class boundaries), best first
WFD_CLASSES = ("high", "good", "moderate", "poor", "bad")
WFD_ROWS = (340, 520, 560, 420, 300)
#: the status above and below each status
WFD_NEIGHBOURS = ordinal_neighbours(len(WFD_CLASSES))
#: the reference index's ecological quality ratio (observed over the type's reference value) against 0.97, 0.86,
#: 0.72 and 0.59 (high / good, good / moderate, moderate / poor, poor / bad): a reach's class is the number of these
#: boundaries its ratio falls below
WFD_LIMITS = (0.97, 0.86, 0.72, 0.59)


# --------------------------------------------------------------------------- bbfault6: home broadband fault root cause
#: the root causes of ``bbfault6`` (a home broadband fault reported to an internet provider, by the provider's
#: closed ticket: the engineer's or the second line's finding)
BB_CAUSES = ("access line fault (copper or fibre)", "home router failure", "in-home Wi-Fi interference",
             "DNS or provider-side outage", "customer misconfiguration", "home power or cabling")
BB_ROWS = (440, 320, 420, 360, 280, 320)
#: the causes a provider's support confuses from the telemetry (symmetric): a line fault against the home's cabling
#: (both raise the line's errors and resyncs: a bad extension or a loose patch lead looks like a bad joint outside)
#: and against a provider-side outage (no service, the neighbours' lines too for a cabinet's fault); a router's
#: failure against the home's power or cabling (reboots, drops, the unit dark) and against Wi-Fi interference (a
#: failing radio looks like a crowded channel); Wi-Fi interference against a customer's misconfiguration (a wrong
#: band or channel setting, a mesh badly placed: slow Wi-Fi either way); a provider-side outage against a
#: misconfiguration (DNS failures: the provider's resolvers down or a customer's own DNS wrongly set)
BB_NEIGHBOURS = {0: (3, 5), 1: (2, 5), 2: (1, 4), 3: (0, 4), 4: (2, 3), 5: (0, 1)}


# --------------------------------------------------------------------------- iaqsource6: indoor air episode source
#: the sources of ``iaqsource6`` (an indoor air-quality episode flagged by a home air monitor, by the household's
#: diary and a visit's reference sampling)
IAQ_SOURCES = ("cooking", "candle or fireplace smoke", "cleaning products or other VOCs", "outdoor wildfire smoke",
               "crowding (CO2)", "damp and mould")
IAQ_ROWS = (460, 340, 360, 300, 380, 300)
#: the sources an indoor-air adviser confuses from the monitor's traces (symmetric): cooking against candle or
#: fireplace smoke (combustion particles in the evening), against cleaning (a VOC rise while the kitchen is busy,
#: frying oil's and a cleaner's vapours) and against crowding (a dinner with guests: people and a hob at once);
#: candle or fireplace smoke against wildfire smoke (fine smoke, PM1 most of PM2.5, a slow decay); cleaning against
#: damp and mould (a VOC index up, a mopped floor's humidity; mould's own volatile compounds); crowding against damp
#: (humidity and CO2 climbing in a closed, occupied room)
IAQ_NEIGHBOURS = {0: (1, 2, 4), 1: (0, 3), 2: (0, 5), 3: (1,), 4: (0, 5), 5: (2, 4)}
