"""Round 64's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector. (Docstring completed when the generators are
written and measured.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- tread5: a car tyre's tread depth at service
#: the 5 classes of ``tread5`` (a car tyre at the vehicle's next service, by the reference tread depth, the least of
#: the main grooves' depths read with a calibrated gauge in mm, against the legal minimum and the usual advice
#: limits), most worn first
TREAD_CLASSES = ("illegal (under 1.6 mm)", "replace now (1.6-3 mm)", "advise replacement soon (3-5 mm)",
                 "part worn (5-7 mm)", "near new (7 mm or more)")
TREAD_ROWS = (300, 460, 520, 480, 380)
#: the class above and below each class
TREAD_NEIGHBOURS = ordinal_neighbours(len(TREAD_CLASSES))
#: the reference tread depth (mm) against 1.6 (the legal minimum in the UK and the EU), 3 (the depth below which
#: tyre makers and motoring bodies advise replacement: wet braking distances lengthen sharply), 5 (the depth below
#: which the advice to plan a replacement, and the usual winter tyre minimum of 4 mm, begin) and 7 (a new car tyre
#: has 7-9 mm); a tyre's class is the number of limits its depth reaches, counted from the worn end (under 1.6 is
#: class 0)
TREAD_LIMITS = (1.6, 3.0, 5.0, 7.0)


# ---------------------------------------------------------------------- sewer5: a sewer segment's structural grade
#: the 5 classes of ``sewer5`` (a gravity sewer pipe segment between two manholes, by the structural grade of a
#: reference CCTV inspection coded under the field's standard: the segment's peak structural score against the
#: grade limits), best first
SEWER_GRADES = ("grade 1 (no or minor defects, peak score under 10)", "grade 2 (minimal collapse risk, 10-39)",
                "grade 3 (collapse unlikely soon, 40-79)", "grade 4 (collapse likely in the foreseeable future, "
                "80-164)", "grade 5 (collapsed or collapse imminent, 165 or more)")
SEWER_ROWS = (520, 480, 460, 380, 300)
#: the grade above and below each grade
SEWER_NEIGHBOURS = ordinal_neighbours(len(SEWER_GRADES))
#: the reference segment's peak structural score (the highest score of any metre of the segment, each defect scored
#: by the coding standard: cracks, fractures, breaks, deformation, joint displacement, surface damage and so on)
#: against 10, 40, 80 and 165 (the grade limits of the structural peak score); a segment's grade is one plus the
#: number of limits its peak score reaches (class 0 is grade 1)
SEWER_LIMITS = (10.0, 40.0, 80.0, 165.0)


# ---------------------------------------------------------------------- robotarm6: a robot arm's fault
#: the 6 classes of ``robotarm6`` (an industrial six-axis robot arm taken out of a production cell for repair, by
#: the service engineer's reference finding on the bench)
ROBOT_FAULTS = ("joint encoder fault", "harmonic-drive gearbox wear", "motor brake fault (dragging or slipping)",
                "worn cable harness in the dress pack", "collision damage", "servo amplifier fault")
ROBOT_ROWS = (360, 420, 320, 380, 340, 320)
#: the faults a service engineer confuses from the controller's logs (symmetric): an encoder fault against a worn
#: cable harness (the encoder's signal runs through the dress pack: both give intermittent position errors that
#: come with the arm's pose) and against a servo amplifier fault (both give following errors and position or
#: feedback alarms); gearbox wear against a dragging brake (both raise the friction torque and warm the joint) and
#: against collision damage (a collision bends or strains the drive: backlash and torque ripple as in wear); a
#: brake fault against a servo amplifier fault (the brake's release is switched by the drive: a brake that drags
#: or a release that fails shows as overcurrent); a worn harness against a servo amplifier fault (a chafed motor
#: power cable trips the amplifier's overcurrent and ground fault alarms)
ROBOT_NEIGHBOURS = {0: (3, 5), 1: (2, 4), 2: (1, 5), 3: (0, 5), 4: (1,), 5: (0, 2, 3)}


# ---------------------------------------------------------------------- outage6: a broadband outage ticket's cause
#: the 6 classes of ``outage6`` (a home fibre broadband customer's "no service" ticket, by the cause the field
#: engineer or the network operations centre found and closed it with)
OUTAGE_CAUSES = ("fibre cut or damaged drop cable", "failed optical network terminal (ONT)",
                 "customer's own router or Wi-Fi interference", "power cut at the home",
                 "authentication or provisioning fault at the back end", "area outage at the exchange or cabinet")
OUTAGE_ROWS = (340, 320, 480, 300, 320, 380)
#: the causes a support agent confuses from the telemetry and the ticket (symmetric): a fibre cut against a failed
#: ONT (both lose the light or the link at the home: a dead ONT reads no power either) and against an area outage
#: (a cut feeder is an area outage; a drop cut near the cabinet takes several homes); a failed ONT against the
#: customer's router (the customer sees no internet either way; the ONT's LAN side is not seen) and against a
#: power cut (the ONT goes silent in both; a dying gasp is not always sent); the router against an
#: authentication fault (the line and the ONT are up, the session is not); a power cut against an area outage (a
#: street's power cut takes the homes' ONTs together, as a cabinet's does); an authentication fault against an
#: area outage (a back-end fault hits many customers at once)
OUTAGE_NEIGHBOURS = {0: (1, 5), 1: (0, 2, 3), 2: (1, 4), 3: (1, 5), 4: (2, 5), 5: (0, 3, 4)}


def _keep(rng, label, rows):
    """Indices of ``rows[c]`` pool members of each class ``c`` (``label``: the pool's classes), drawn without
    replacement and shuffled (the graded sets simulate a pool, label it as the field does and keep fixed counts)."""
    return rng.permutation(np.concatenate([rng.choice(np.flatnonzero(label == c), r, replace=False)
                                           for c, r in enumerate(rows)]))


def _pull(table, neighbours, share, logs):
    """``table`` with each class's row pulled ``share`` of the way to its neighbours' mean (the columns ``logs`` on a
    log scale): the confusable cases a field's textbook picture leaves out."""
    out = table.copy()
    for c, near in neighbours.items():
        rows = table[list(near)]
        out[c] = (1 - share) * table[c] + share * rows.mean(0)
        out[c, logs] = np.exp((1 - share) * np.log(table[c, logs]) + share * np.log(rows[:, logs]).mean(0))
    return out


def _sig(v):
    return 1 / (1 + np.exp(-v))
