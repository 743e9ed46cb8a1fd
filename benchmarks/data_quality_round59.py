"""Round 59's held-out data sets for the noisy-label benchmark (being written: the class names, rows, label limits
and neighbour maps first, committed before any generator)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# --------------------------------------------------------------------------- bleach5: coral colony bleaching
#: the 5 classes of ``bleach5`` (a tagged coral colony at a survey after a warm season, by a diver's reference
#: survey of the colony: its bleached surface and its recently dead surface, in % of the colony), healthiest first
BLEACH_CLASSES = ("unbleached", "pale", "partly bleached", "fully bleached", "recently dead")
BLEACH_ROWS = (520, 480, 440, 380, 320)
#: the severity above and below each severity
BLEACH_NEIGHBOURS = ordinal_neighbours(len(BLEACH_CLASSES))
#: the reference's bleached surface (% of the living colony, pale and white tissue together, read to 5 %) against
#: 10, 40 and 80: a living colony's class is the number of these limits its bleached surface reaches (under 10 %
#: unbleached, 10-39 % pale, 40-79 % partly bleached, 80 % or more fully bleached)
BLEACH_LIMITS = (10.0, 40.0, 80.0)
#: a colony whose recently dead surface (bare white skeleton or fresh turf algae) reaches this % of the colony is
#: ``recently dead`` whatever its living tissue shows
DEAD_LIMIT = 50.0


# --------------------------------------------------------------------------- colostrum4: calf passive immunity
#: the 4 classes of ``colostrum4`` (a dairy heifer calf sampled at 2-7 days of age, by its serum IgG from a
#: reference radial immunodiffusion against the 2020 US consensus categories), least protected first
IPT_CLASSES = ("poor (IgG under 10 g/L)", "fair (10-17.9)", "good (18-24.9)", "excellent (25 or more)")
IPT_ROWS = (360, 520, 580, 680)
#: the category above and below each category
IPT_NEIGHBOURS = ordinal_neighbours(len(IPT_CLASSES))
#: the reference serum IgG (g/L) against 10, 18 and 25: a calf's class is the number of these limits its IgG
#: reaches (Lombard and colleagues 2020)
IGG_LIMITS = (10.0, 18.0, 25.0)


# --------------------------------------------------------------------------- droneinc6: drone incident root cause
#: the root causes of ``droneinc6`` (an incident of a small multirotor on a delivery or inspection fleet: a
#: failsafe, a forced landing or a crash, by the fleet engineers' investigation of the aircraft and its log)
DRONE_CAUSES = ("GNSS loss", "battery voltage sag", "motor or ESC failure", "propeller damage",
                "compass interference", "wind gust beyond limits")
DRONE_ROWS = (420, 380, 340, 360, 300, 340)
#: the causes an engineer confuses from the log (symmetric): GNSS loss against compass interference (both show a
#: drifting position estimate, a toilet-bowling hover and the estimator's innovations up); battery sag against a
#: motor or ESC failure (thrust falls short, the outputs climb to saturation) and against a gust (a gust's climbing
#: current sags a tired pack); a motor or ESC failure against a damaged propeller (one arm short of thrust, its
#: output high, the vibration up); a damaged propeller against a gust (attitude errors and saturated outputs)
DRONE_NEIGHBOURS = {0: (4,), 1: (2, 5), 2: (1, 3), 3: (2, 5), 4: (0,), 5: (1, 3)}


# --------------------------------------------------------------------------- gemid6: gem lab intake identity
#: the identities of ``gemid6`` (a loose faceted blue or colourless-to-coloured stone at a gem lab's intake, by the
#: lab's reference identification with advanced instruments: Raman, FTIR, LA-ICP-MS where needed)
GEM_CLASSES = ("natural sapphire", "synthetic corundum", "spinel", "glass imitation", "tourmaline", "garnet")
GEM_ROWS = (440, 300, 360, 340, 320, 380)
#: the identities a gemmologist with standard tests confuses (symmetric): natural sapphire against synthetic
#: corundum (the same refractive index, birefringence and density; only the inclusions and the fluorescence part
#: them) and against spinel (a blue spinel close in colour and density, told by being singly refractive); synthetic
#: corundum against glass (both melt products, gas bubbles and curved lines); spinel against garnet (both singly
#: refractive, the refractive index and density adjacent); glass against tourmaline (a green or blue glass's index
#: near tourmaline's, a strained glass's anomalous double refraction)
GEM_NEIGHBOURS = {0: (1, 2), 1: (0, 3), 2: (0, 5), 3: (1, 4), 4: (3,), 5: (2,)}
