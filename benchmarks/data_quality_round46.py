"""Round 46's held-out data sets for the noisy-label benchmark (work in progress: the class names, rows, limits and
neighbour maps first, before any generator)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402


# --------------------------------------------------------------------------- kl5: knee osteoarthritis grade
#: the 5 Kellgren-Lawrence grades of ``kl5`` (a painful or stiff knee seen in primary care, by a reference panel's
#: reading of a standardised weight-bearing radiograph: three trained readers' mean grade against ``KL_LIMITS``),
#: mildest first: 0 none; 1 doubtful (possible osteophytic lipping, doubtful narrowing); 2 minimal (definite
#: osteophytes, possible narrowing); 3 moderate (multiple osteophytes, definite narrowing, some sclerosis); 4 severe
#: (large osteophytes, marked narrowing, severe sclerosis, deformity)
KL_CLASSES = ("0 none", "1 doubtful", "2 minimal", "3 moderate", "4 severe")
KL_ROWS = (400, 500, 520, 440, 280)
#: the grade above and below each grade
KL_NEIGHBOURS = ordinal_neighbours(len(KL_CLASSES))
#: the least panel mean grade of grades 1 .. 4 (the three readers' mean, rounded half up)
KL_LIMITS = (0.5, 1.5, 2.5, 3.5)


# --------------------------------------------------------------------------- tomato6: tomato ripeness stage
#: the 6 USDA colour stages of ``tomato6`` (a field tomato of a fresh-market red cultivar at a packing house, by a
#: colorimeter's mean hue angle, h = atan2(b*, a*) in degrees, around the fruit's equator against
#: ``TOMATO_HUE_LIMITS``), greenest first: 0 green; 1 breakers; 2 turning; 3 pink; 4 light red; 5 red
TOMATO_CLASSES = ("0 green", "1 breakers", "2 turning", "3 pink", "4 light red", "5 red")
TOMATO_ROWS = (320, 340, 380, 400, 380, 320)
#: the stage above and below each stage
TOMATO_NEIGHBOURS = ordinal_neighbours(len(TOMATO_CLASSES))
#: the hue angle (degrees) under which a fruit is at least stage 1 .. 5 (a stage is the number of limits above the
#: hue): the ranges proposed for colorimetric classification of the USDA stages (green over 114, breakers 101-114,
#: turning 85-101, pink 64-85, light red 36-64, red under 36)
TOMATO_HUE_LIMITS = (114.0, 101.0, 85.0, 64.0, 36.0)


# --------------------------------------------------------------------------- cracks7: masonry crack causes
#: the causes of ``cracks7`` (a cracked masonry wall of a building, by the cause the structural engineer assigned
#: after the survey and the monitoring), in label order
CRACK_CAUSES = ("foundation settlement", "thermal movement", "moisture movement", "corrosion of embedded steel",
                "overload", "vibration", "drying shrinkage")
CRACK_ROWS = (420, 320, 280, 300, 260, 200, 360)
#: the causes a survey confuses (symmetric): settlement against overload (diagonal cracks from the openings' corners,
#: a sagging wall over a weak pier or lintel) and vibration (traffic or piling settles loose fill); thermal movement
#: against moisture movement (both expand a long clay-brick wall and crack it at the corners and returns) and drying
#: shrinkage (both open even vertical cracks in a long wall without movement joints); moisture movement against
#: corrosion of embedded steel (horizontal cracks and a bowing wall: the wall ties' rust or the wet wall's expansion)
#: and drying shrinkage (both a moisture movement: one wall swells, a calcium silicate or concrete one shrinks);
#: corrosion against overload (a rusted lintel sags and cracks the brickwork over the opening as a load would);
#: vibration against drying shrinkage (fine cracks at the openings' corners of a new building)
CRACK_NEIGHBOURS = {0: (4, 5), 1: (2, 6), 2: (1, 3, 6), 3: (2, 4), 4: (0, 3), 5: (0, 6), 6: (1, 2, 5)}


# --------------------------------------------------------------------------- liftfault8: lift call-out causes
#: the causes of ``liftfault8`` (a call-out to a traction passenger lift, by the fault cause the technician recorded
#: on the job sheet after the repair), in label order
LIFT_CAUSES = ("door operator", "controller", "drive", "brake", "ropes or sheave", "levelling or encoder",
               "safety circuit", "vandalism or misuse")
LIFT_ROWS = (400, 260, 240, 180, 160, 260, 340, 300)
#: the causes a call-out confuses (symmetric): the door operator against the controller (the door board and its
#: signals), the safety circuit (a landing door lock's contact opens the safety chain) and vandalism or misuse
#: (forced or held doors); the controller against the drive (the drive's faults logged by the controller) and the
#: safety circuit (a relay or board that drops the chain); the drive against the brake (a lift stalled on the brake
#: trips the drive) and levelling (a tuned-out drive stops off the floor); the brake against the ropes or sheave (a
#: worn brake and slipping ropes both let the car creep); the ropes or sheave against levelling (rope slip and
#: stretch stop the car off the floor); the safety circuit against vandalism or misuse (a forced landing door, a
#: pressed stop switch)
LIFT_NEIGHBOURS = {0: (1, 6, 7), 1: (0, 2, 6), 2: (1, 3, 5), 3: (2, 4), 4: (3, 5), 5: (2, 4), 6: (0, 1, 7),
                   7: (0, 6)}
