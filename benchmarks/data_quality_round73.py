"""Round 73's held-out data sets for the noisy-label benchmark (being written: the classes, the neighbour maps, the
rows and the limits first, before any generator)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- gos5: a head injury's outcome at six months
#: the 5 classes of ``gos5`` (an adult six months after a moderate or severe traumatic brain injury, by the Glasgow
#: Outcome Scale's category from the structured interview at follow-up; death from the register), the worst first
GOS_CLASSES = ("1 dead", "2 vegetative state (no sign of awareness)",
               "3 severe disability (conscious, dependent on others for some daily activity)",
               "4 moderate disability (independent at home and outside, not back to the former work or life)",
               "5 good recovery (back to normal life, minor deficits possible)")
GOS_ROWS = (520, 140, 400, 480, 600)
#: the lower limits of categories 2-5 on the interviewer's reading of the patient's recovery (a continuous 1-5.6
#: reading rounded to a category; the author's framing); below 1.5 the patient died (from the register, no rating)
GOS_LIMITS = (1.5, 2.5, 3.5, 4.5)
#: the category above and below each category (a patient near a limit; interviewers' weighted kappa 0.76-0.85)
GOS_NEIGHBOURS = ordinal_neighbours(len(GOS_CLASSES))
#: what the interviewer grades from: the label's basis, not columns
GOS_BASIS = ("responsiveness and awareness", "independence at home and in shopping and travel",
             "return to the former work or study", "social and leisure activity", "family and friendships")


# ---------------------------------------------------------------------- mallampati4: an airway's oropharyngeal view
#: the 4 classes of ``mallampati4`` (an adult at a pre-anaesthesia clinic, by the modified Mallampati class the
#: assessor graded, sitting, mouth wide open, tongue protruded, no phonation), the most open view first
MALLAMPATI_CLASSES = ("I (soft palate, fauces, the whole uvula and the pillars seen)",
                      "II (soft palate, fauces and the uvula seen)", "III (soft palate and the uvula's base seen)",
                      "IV (only the hard palate seen)")
MALLAMPATI_ROWS = (440, 680, 620, 400)
#: the lower limits of classes II-IV on the assessor's reading of the view (a continuous 0.5-4.5 reading of the
#: tongue's size against the oral cavity, rounded to a class; the author's framing)
MALLAMPATI_LIMITS = (1.5, 2.5, 3.5)
#: the class above and below each class (a view near a limit; assessors' kappa about 0.54-0.64)
MALLAMPATI_NEIGHBOURS = ordinal_neighbours(len(MALLAMPATI_CLASSES))
#: what the assessor grades from: the label's basis, not columns
MALLAMPATI_VIEW = ("the oropharyngeal structures seen with the mouth open and the tongue out", "the uvula",
                   "the faucial pillars", "the soft palate")


# ---------------------------------------------------------------------- nestpred6: a failed nest's predator
#: the 6 classes of ``nestpred6`` (a failed ground or shrub nest of an open-cup songbird, by the predator group a nest
#: camera recorded taking the eggs or nestlings)
NEST_PREDATORS = ("snakes (rat snakes, racers, garter snakes)", "mesocarnivores (raccoons, opossums, skunks)",
                  "corvids (jays, crows, magpies)", "small rodents (mice, voles)", "domestic cats",
                  "squirrels (tree squirrels, chipmunks)")
NEST_ROWS = (480, 380, 400, 280, 220, 380)
#: the groups a labeller confuses from a dark or partial clip and the nest's remains (symmetric): snakes against
#: corvids (the whole clutch gone, the cup intact, by day) and small rodents (the cup intact, at night, slowly);
#: mesocarnivores against cats (a mammal at night, the cup pulled, nestlings); corvids against cats (by day,
#: nestlings, near houses) and squirrels (diurnal egg thieves at shrub height); small rodents against squirrels
#: (rodents, shell fragments, a partial clutch)
NEST_NEIGHBOURS = {0: (2, 3), 1: (4,), 2: (0, 4, 5), 3: (0, 5), 4: (1, 2), 5: (2, 3)}


# ---------------------------------------------------------------------- shipeng7: a marine diesel engine's fault
#: the 7 classes of ``shipeng7`` (a ship's main diesel engine at a monitoring alarm or a performance deviation, by
#: the fault the chief engineer found on inspection)
ENGINE_FAULTS = ("fuel-injector fault (a worn or sticking nozzle, poor atomisation)",
                 "turbocharger fouling (turbine or nozzle ring fouled)", "charge-air cooler fouling (air side)",
                 "leaking exhaust valve (burnt seat)", "worn piston rings or liner (blow-by)",
                 "jacket cooling-water fault (thermostat, pump or cooler)", "fuel-pump fault (worn plunger, sticking "
                 "suction valve)")
ENGINE_ROWS = (380, 340, 280, 300, 320, 220, 300)
#: the faults an engineer confuses from the monitoring readings (symmetric): an injector against a fuel pump (one
#: unit's fuel side, a low firing pressure) and against a leaking exhaust valve (one hot unit); a leaking exhaust
#: valve against worn rings (a low compression pressure); turbocharger fouling against cooler fouling (less scavenge
#: air, every unit hot); cooler fouling against a cooling-water fault (hot scavenge air)
ENGINE_NEIGHBOURS = {0: (3, 6), 1: (2,), 2: (1, 5), 3: (0, 4), 4: (3,), 5: (2,), 6: (0,)}

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "gos5": (2140, 15, GOS_ROWS),
    "mallampati4": (2140, 14, MALLAMPATI_ROWS),
    "nestpred6": (2140, 16, NEST_ROWS),
    "shipeng7": (2140, 16, ENGINE_ROWS),
}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("gos5", "mallampati4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"gos5": GOS_NEIGHBOURS, "mallampati4": MALLAMPATI_NEIGHBOURS, "nestpred6": NEST_NEIGHBOURS,
              "shipeng7": ENGINE_NEIGHBOURS}
