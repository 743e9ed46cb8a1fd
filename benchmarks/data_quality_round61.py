"""Round 61's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

Other kinds of data than the earlier rounds as far as the author saw them (the set names of every round through a
grep of the ``GENERATORS = {`` lines reduced to the quoted names; the tests' ``check_registered`` confirms that no
earlier round's ``GENERATORS`` holds these four names): none names a flare, a mycotoxin, a disk drive or a scooter.
Near ones, not opened: ``kp7`` (by its name a geomagnetic index, another space-weather question), ``deficiency8``,
``wheat6``, ``rice6`` and ``greenbean6`` (other crops' questions), ``srvfault6``, ``cellfail6``, ``printfail6``,
``liftfault8`` and ``droneinc6`` (other machines' faults; which not checked). As in round 60, the two graded sets
simulate a pool of cases, label every case the way its field does (a reference against the field's limits) and
keep a fixed number of each class (``_keep``, shuffled); the two unordered sets draw their classes' rows directly
from a table of each class's medians (``_pull``ed toward its neighbours). Two sets have ORDERED classes
(``ORDERED``): solar active regions on a day in 5 classes by the largest flare in the next 24 hours (quiet, B, C,
M, X), labelled by the GOES 1-8 A reference peak flux against 1e-7, 1e-6, 1e-5 and 1e-4 W/m2 (``FLARE_LIMITS``;
a day with no flare of B class or above is quiet), and described by the day's magnetogram and the region's history
(total unsigned flux, the polarity inversion line's length and gradient, current helicity, area, McIntosh's and
Mount Wilson's classes, flares in the past days, the flux's and area's change); and maize lots at intake in 5
aflatoxin classes, labelled by a reference HPLC total aflatoxin against 4, 10, 20 and 100 ppb (``AFLA_LIMITS``),
and described by cheap tests and records (the black light's count of bright greenish-yellow fluorescent kernels,
moisture, damaged and insect-bored kernels, the season's drought and heat, harvest delay, weeks in store, the
store's temperature and humidity, broken kernels, the hybrid). Two have UNORDERED classes: hard disk drives
returned from a data centre in 6 failure modes (head crash, media degradation, spindle motor, controller or
electronics, firmware, interface or cable) from their SMART attributes and logs; and shared e-scooters pulled from
service in 6 faults (battery cell imbalance, motor controller, hub motor hall sensor, brake sensor or cable, water
ingress, firmware or IoT module) from the fleet's telemetry. ``NEIGHBOURS`` names each set's neighbour map
(``FLARE_NEIGHBOURS``, ``AFLA_NEIGHBOURS``, ``HDD_NEIGHBOURS``, ``SCOOT_NEIGHBOURS``; written from the fields as
the author knew them and committed, with the class names, rows and limits, before any generator was written or
ran: commit 7f18e9c; no pair added after). Each generator is deterministic (its own fixed seed) and returns
``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``; ``benchmarks/data_quality_actions.py`` loads them by name
(``load(name, seed)``, ``--sets flare5,aflatoxin5,hddfail6,scooter6``, ``--data round61``).

The author opened only: ``docs/data-authors.md`` lines 1-30 (``sed -n 1,30p``); ``benchmarks/data_quality_round60.py``
(all 447 lines with ``cat``, whose display left out lines 166-231, then ``sed -n 160,235p``; not edited),
``tests/test_data_quality_round60.py`` (all; not edited) and ``tests/round_checks.py`` (all); the set names of
every round (``grep -h "GENERATORS = {"`` of every round module reduced to the quoted names; no module of theirs
imported, no generator of theirs ran); the lines of ``benchmarks/data_quality_actions.py`` that register round 60
(``grep -n -i round60``: lines 99, 119, 121 and 465; then ``sed -n 99p``, ``sed -n 117,119p`` and lines 463-466
filtered by a grep for "round", which printed lines 465-466), edited by a script that added the import and the
``ROUNDS`` entry after round 60's and made the two help strings read round61 / round 61's (its ``git diff -U0``
showed only the changed lines). Round 30's docstring, the first 2,000 characters of rounds 57, 58 and 59's
docstrings and ``tests/test_architecture.py`` lines 1-110, allowed, were not opened (the architecture tests were
run). Slips: ``git worktree add`` printed the subject line of main's last commit; the grep of ``round60`` printed
line 121 too (a comment in the benchmark naming ``round60`` among the ``--data`` choices; not edited); the grep of
the ``GENERATORS`` lines printed the names of the non-round modules' sets too (``wave6`` .. ``nir15``).

Public pages were searched (one search a field) and read only as the searches' excerpts: solar flares
(Kontogiannis and colleagues 2018: flare classes A, B, C, M, X by the GOES soft X-ray peak, C and above important,
M1 and above major, the energy stored in the active region's field, morphological predictors against the total
unsigned flux; Sadykov and Kosovichev 2017: the polarity inversion line's characteristics from line-of-sight
magnetograms forecast better than the region's global ones; pages on the R value and the inversion line's
topology; Liu and colleagues 2026 on SHARP parameters along the line); aflatoxin (AACC method 45-15.01: the bright
greenish-yellow fluorescence under 365 nm is the fungus's kojic acid with the seed's peroxidase, not the toxin,
a presumptive test, false negatives rare; Shotwell and Hesseltine 1981 and Shotwell and colleagues 1975: counts of
fluorescent particles relate to the toxin but cannot give its level, 92 % of samples with one particle per kg under
20 ppb, only 25 % of those with four or more; a North Carolina study: fluorescent kernels carry thousands of ppb
and the lot's ppb about 197 times the weight % of them; a Malawi study: four fluorescent grains per 2.5 kg screened
lots above 10 ug/kg with 4.4 % false negatives; a Brazilian study: 20 % false negatives); disk drives (pages on
SMART: reallocated, pending and offline uncorrectable sectors as the surface's problem, pending sectors that may
not be defective, seek errors from the positioning system or servo damage, spin-up time and spin retries from the
spindle's bearings, the controller or the power supply, UDMA CRC errors in the transfer, emergency retracts; that
mechanical failures are about 60 % of failures, electronic ones sudden); e-scooters (pages on error codes: the
controller watches the throttle, the brake sensors, the motor's hall sensors, the battery management system; a
hall-sensor code from a pinched wire, a failed sensor or the controller's input stage; a stuck brake switch cuts
the drive; the Xiaomi M365's code table: motor phase currents, brake handle out of range, hall sensors stuck,
battery communication and voltage, the MOSFETs, temperatures; water and corrosion at the connectors). The rest is
the author's own reading of the fields, not checked: the whole flare model (a region's free energy on a log scale
setting the next day's peak flux with a chance scatter of 0.42 decade, emergence adding to it, every feature's
slope and scatter, Zurich classes and compactness and Mount Wilson's classes as noisy readings of size and
complexity, the day's rate of C-class flares); the aflatoxin limits as the EU's 4 and 10 and the US FDA's 20 and
100 ppb (recalled, not read), the whole aflatoxin model (the log toxin from the drought, heat days, insects, the
hybrid, the harvest delay and the store's moisture above 13.5 % times its warmth and the weeks, the reference's
sampling scatter, the fluorescent count's Poisson draw about the toxin); every number in ``HDD_TABLE`` and
``SCOOT_TABLE`` and the scatters. The helpers imported from round 5 (``main``, ``ordinal_neighbours``) are used as
round 60 uses them (``main`` was not run); ``_keep``, ``_pull`` and ``_sig`` are written as round 60's. No detector
or filter ran on these sets, and the benchmark did not; the difficulty below and the tests' baseline were computed
with sklearn directly (``tests/round_checks.py`` and a scratch script with the same calls).

Clean-label difficulty only (no noise, no detector), measured with sklearn directly: an MLP (``MLPClassifier``, two
hidden layers of 64, alpha 0.01, early stopping, at most 500 epochs, ``random_state`` the split's seed) after
standard scaling on a stratified 75 / 25 split (``train_test_split``, seeds 0 and 1; not ``load``'s split), and the
5-fold error (stratified, shuffled with seed 0) of the 10-neighbour baseline after standard scaling:

set         rows   classes (rows each)                                MLP train / test %, seed 0 | 1   10-NN %  between
flare5      2,140  5 (560 / 500 / 480 / 360 / 240), ordered          67.1 / 66.7 | 66.4 / 65.2        37.9     93 %
aflatoxin5  2,140  5 (600 / 420 / 380 / 440 / 300), ordered          72.7 / 67.7 | 68.7 / 66.9        44.5     79 %
hddfail6    2,140  6 (360 / 480 / 260 / 340 / 280 / 420)             73.4 / 70.7 | 78.6 / 73.1        39.9     73 %
scooter6    2,140  6 (420 / 320 / 340 / 400 / 300 / 360)             85.7 / 80.6 | 78.1 / 76.8        25.7     81 %

("between": the share of the baseline's errors between documented neighbours.) hddfail6 and scooter6 meet the
three aims (MLP 60-90 % test accuracy, baseline 15-40 %, at least 60 % of the baseline's errors between documented
neighbours) as first written (hddfail6's baseline at the aim's top, 39.9 %); flare5 meets them after its one
change; aflatoxin5 after its one change meets the MLP and the neighbour aims, but its baseline errs on 44.5 %, above
the aim's top 40 %: kept and said. In flare5 93 % of the errors fall between adjacent classes: quiet with B 30 % of
them, B with C 28 %, C with M 24 %, M with X 12 %; two or more apart 7 %; B errs most (54 %), quiet least (15 %).
In aflatoxin5 79 % fall between adjacent classes: under 4 with 4-9.9 24 %, 10-19.9 with 20-99.9 22 %, 4-9.9 with
10-19.9 18 %, 20-99.9 with 100 or more 15 %; two or more apart 21 % (4-9.9 with 20-99.9 8 %, under 4 with 10-19.9 7 %);
the narrow 10-19.9 class errs most (70 %), under 4 least (17 %). hddfail6 errs on 40 %, 73 % of its errors between
modes a lab confuses (``HDD_NEIGHBOURS``): a head crash with media degradation 18 % of them, electronics with the
interface 16 %, the spindle motor with electronics 15 %, media degradation with firmware 13 %, electronics with
firmware 6 %, a head crash with the spindle 5 %; firmware with the interface (12 %: timeouts, CRC counts and a few
pending sectors both) and a head crash with firmware (4 %) fall outside the map; firmware errs most (56 %), the
interface least (29 %). scooter6 errs on 26 %, 81 % of its errors between faults a technician confuses
(``SCOOT_NEIGHBOURS``): the controller with the hall sensors 21 % of them, cell imbalance with water ingress 17 %,
the hall sensors with the brake sensor 15 %, water ingress with the IoT module 12 %, the brake sensor with the
firmware 8 %, the hall sensors with water 4 %, cells with the controller 4 %; the brake sensor with water ingress
(6 %) falls outside the map; water ingress errs most (54 %), cell imbalance least (9 %). Tuning after a first
measure (toward the field, not toward a detector): flare5 first came out a little too hard, MLP 64.9 / 63.0 %
(train / test, seed 0; seed 1 64.5 / 64.7), baseline 40.7 %, 91 % between neighbours: its one change cut the
day's chance scatter of the largest flare's peak about the region's rate from 0.5 to 0.42 of a decade (``luck``);
aflatoxin5 first came out too hard, MLP 51.0 / 48.0 % (seed 1 53.5 / 48.6), baseline 55.6 %, 62 % between
neighbours: its one change cut the unseen scatter of the lot's log toxin from 0.8 to 0.3 (``unseen``); both chosen
once and measured once (commit 12a343c). The table's numbers are after the changes, kept. hddfail6 and scooter6 met
the aims at their first measure and were not changed; all four generators were committed before their first
measure (commit 183b737). Slips kept as committed: in flare5 the flux's and area's change over the last day is not
monotone across the classes (the quiet regions' median falls, B's above C's: emergence adds only 0.3 decade) and
the Zurich class and compactness are coarse; in aflatoxin5 the top class (100 ppb or more) is driven mostly by the
store (weeks, warmth, moisture), so its drought, insect, damaged kernel and hybrid means fall back below the
20-99.9 class's, the broken kernels carry nothing, and the test checks the drought and the hybrid over the first
four classes only; in hddfail6 the spin-up time's and the temperature's tables are close between modes and the
drive model's unseen counting shifts the read and seek rates; in scooter6 the km since service follows the rides
(a ratio from the table), so it adds little of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers its author wrote as the round before's (kept once since session 42)
from benchmarks.data_quality_round_common import _keep, _pull, _sig  # noqa: E402


# --------------------------------------------------------------------------- flare5: a solar active region's flares
#: the 5 classes of ``flare5`` (a solar active region on one day, by the largest flare it produces in the next 24
#: hours, classed by the GOES X-ray sensors' reference 1-8 A peak flux against the flare classes' limits), quietest
#: first
FLARE_CLASSES = ("quiet (no flare of B class or above)", "B (1e-7 to 1e-6 W/m2)", "C (1e-6 to 1e-5 W/m2)",
                 "M (1e-5 to 1e-4 W/m2)", "X (1e-4 W/m2 or more)")
FLARE_ROWS = (560, 500, 480, 360, 240)
#: the class above and below each class
FLARE_NEIGHBOURS = ordinal_neighbours(len(FLARE_CLASSES))
#: the reference peak flux (W/m2, 1-8 A, the largest flare's) against 1e-7, 1e-6, 1e-5 and 1e-4: a region's class is
#: the number of these limits its largest flare's peak reaches
FLARE_LIMITS = (1e-7, 1e-6, 1e-5, 1e-4)


# --------------------------------------------------------------------------- aflatoxin5: a maize lot's aflatoxin
#: the 5 classes of ``aflatoxin5`` (a maize lot at intake, by a reference HPLC measurement of its total aflatoxins in
#: parts per billion against regulatory limits: the EU's 4 for direct human food, 10 for maize to be sorted or
#: processed, the US FDA's 20 for food and 100 for breeding cattle's feed), cleanest first
AFLA_CLASSES = ("under 4 ppb", "4-9.9 ppb", "10-19.9 ppb", "20-99.9 ppb", "100 ppb or more")
AFLA_ROWS = (600, 420, 380, 440, 300)
#: the class above and below each class
AFLA_NEIGHBOURS = ordinal_neighbours(len(AFLA_CLASSES))
#: the reference's total aflatoxins (ug/kg) against 4, 10, 20 and 100: a lot's class is the number reached
AFLA_LIMITS = (4.0, 10.0, 20.0, 100.0)


# --------------------------------------------------------------------------- hddfail6: a returned drive's failure mode
#: the failure modes of ``hddfail6`` (a hard disk drive pulled from a data centre and returned, by the failure
#: analysis lab's finding)
HDD_MODES = ("head crash or head degradation", "media degradation (growing bad sectors)", "spindle motor failure",
             "controller or electronics fault", "firmware fault", "interface or cable errors")
HDD_ROWS = (360, 480, 260, 340, 280, 420)
#: the modes a lab's triage confuses from the SMART attributes and logs (symmetric): a head crash against media
#: degradation (both scratch and reallocate sectors, read errors climb: a degrading head reads the platter badly)
#: and against a spindle motor failure (a crash after a spin-up trouble, seek errors, the drive's clicking); a motor
#: failure against an electronics fault (a drive that will not spin up: no power to the motor or a dead driver chip);
#: an electronics fault against a firmware fault (a drive that drops from the bus, counts frozen or odd) and against
#: interface errors (a bad connector on the board or a bad cable: CRC errors, resets); a firmware fault against media
#: degradation (a translator's or a background scan's bug reported as pending sectors)
HDD_NEIGHBOURS = {0: (1, 2), 1: (0, 4), 2: (0, 3), 3: (2, 4, 5), 4: (1, 3), 5: (3,)}


# --------------------------------------------------------------------------- scooter6: a shared e-scooter's fault
#: the faults of ``scooter6`` (a shared e-scooter pulled from service by the fleet's operator, by the workshop's
#: finding)
SCOOT_FAULTS = ("battery cell imbalance", "motor controller failure", "hub motor hall-sensor fault",
                "brake sensor or cable", "water ingress", "firmware or IoT module fault")
SCOOT_ROWS = (420, 320, 340, 400, 300, 360)
#: the faults a fleet's technician confuses from the telemetry (symmetric): cell imbalance against a controller's
#: failure (voltage sag and cut-outs under load) and against water ingress (a wet pack's odd cell voltages and
#: leakage); a controller against the hall sensors (jerky or no drive, speed short of the throttle, motor error
#: codes); the hall sensors against water ingress (a wet connector's intermittent signals) and against the brake
#: sensor (the drive cut: a stuck brake switch cuts the throttle as a lost hall signal does); water ingress against
#: the IoT module (a wet board loses the modem, connectivity gaps); the brake sensor against the firmware (a throttle
#: cut by a software limit reads as a brake held)
SCOOT_NEIGHBOURS = {0: (1, 4), 1: (0, 2), 2: (1, 3, 4), 3: (2, 5), 4: (0, 2, 5), 5: (3, 4)}


def flare5():
    """Solar active regions on a day in 5 flare classes (``FLARE_CLASSES``), labelled by the GOES 1-8 A peak flux of
    the largest flare in the next 24 hours against ``FLARE_LIMITS``, as the day's magnetogram and the region's
    history describe it. A region's free magnetic energy (unseen) grows with its flux, a long, steep polarity
    inversion line and its currents (helicity), and new flux emerging near the line triggers its release; but
    whether and how big a flare comes in one day is largely chance (flares are close to a Poisson process whose
    sizes follow a power law), so the next day's peak scatters a decade around the region's means. The sunspot
    classes (McIntosh's, Mount Wilson's) are an observer's coarse reading of the same complexity. Columns: total
    unsigned flux (1e21 Mx), the strong-gradient polarity inversion line's length (Mm), its mean gradient (G/Mm),
    total unsigned current helicity (G2/m), sunspot area (millionths of the hemisphere), McIntosh's Zurich class
    (0 A .. 6 F), its compactness (0 open, 1 intermediate, 2 compact), Mount Wilson's class (0 alpha, 1 beta,
    2 beta-gamma, 3 beta-gamma-delta), the largest flare in the past 48 hours (0 none, 1 B .. 4 X), flares of C class
    or above in the past 3 days, the flux's change over the last 24 hours (%) and the area's (%) (12). Imbalanced:
    560 / 500 / 480 / 360 / 240 rows (2,140)."""
    rng = np.random.default_rng(61101)
    n = 160000
    s = rng.gamma(3.0, 0.6, n) - 1.8  # the region's free energy, a log scale, unseen
    emerg = rng.normal(0, 1, n)  # flux emerging near the line in the last day, its strength
    rate = -7.7 + 1.05 * s + 0.3 * emerg
    # the one change after the first measure: the day's chance scatter around the region's rate cut from 0.5 to 0.42
    # of a decade (``luck``)
    luck = 0.42
    peak = rate + rng.normal(0, luck, n)  # log10 W/m2, the day's largest flare (quiet when under 1e-7)
    label = (peak[:, None] >= np.log10(np.array(FLARE_LIMITS))).sum(1)
    keep = _keep(rng, label, FLARE_ROWS)
    y = label[keep]
    s, emerg, rate = s[keep], emerg[keep], rate[keep]
    m = len(y)
    flux = np.exp(np.log(12) + 0.55 * s + rng.normal(0, 0.35, m))
    pil = np.exp(np.log(15) + 0.6 * s + 0.1 * emerg + rng.normal(0, 0.45, m))
    grad = np.exp(np.log(120) + 0.3 * s + rng.normal(0, 0.3, m))
    hel = np.exp(np.log(600) + 0.6 * s + rng.normal(0, 0.45, m))
    area = np.exp(np.log(150) + 0.55 * s + rng.normal(0, 0.5, m))
    zurich = np.clip(np.round(1.8 + 1.2 * (np.log(area) - np.log(150)) + rng.normal(0, 0.8, m)), 0, 6)
    compact = np.clip(np.round(0.6 + 0.45 * s + rng.normal(0, 0.55, m)), 0, 2)
    mw = np.clip(np.round(1.0 + 0.7 * s + rng.normal(0, 0.6, m)), 0, 3)
    past = rate - 0.3 * emerg + rng.normal(0, 0.6, m)  # the last 48 hours' largest flare
    past_cls = (past[:, None] >= np.log10(np.array(FLARE_LIMITS))).sum(1)
    cplus = rng.poisson(np.exp(np.clip(1.0 * (rate + 6.0), -6, 3.5)))
    dflux = 9 * emerg + rng.normal(0, 7, m)
    darea = 0.7 * dflux + rng.normal(0, 12, m)
    x = np.column_stack([np.round(flux, 1), np.round(pil, 1), np.round(grad), np.round(hel), np.round(area), zurich,
                         compact, mw, past_cls, cplus, np.round(dflux, 1), np.round(darea, 1)])
    return x.astype(np.float32), y


def aflatoxin5():
    """Maize lots at a buying point's intake in 5 aflatoxin classes (``AFLA_CLASSES``), labelled by a reference HPLC
    measurement of total aflatoxins against ``AFLA_LIMITS``, as cheap tests and the lot's records describe it.
    Aspergillus flavus infects the ears in the field when drought and heat stress the crop at and after flowering
    and insects bore into the kernels, grows on in a late harvest's wet ears, and keeps growing in a store where the
    grain's moisture stays above about 14 % and warm; a susceptible hybrid gives it more. The black-light test
    counts kernels with the bright greenish-yellow fluorescence of the fungus's kojic acid, not of the toxin: a
    screen with false positives and some false negatives, and a lot's toxin sits in a few kernels, so the sample's
    share is itself a draw. Columns: kernels with bright greenish-yellow fluorescence per kg, moisture at intake
    (%), damaged kernels (%), insect-bored kernels (%), the season's rainfall deficit at flowering (% of normal),
    days above 35 C in the 4 weeks after flowering, harvest delay after maturity (days), weeks in store, the store's
    mean temperature (C), its mean relative humidity (%), broken kernels and foreign matter (%), the hybrid's
    susceptibility (0 tolerant, 1 common, 2 susceptible) (12). Imbalanced: 600 / 420 / 380 / 440 / 300 rows
    (2,140)."""
    rng = np.random.default_rng(61202)
    n = 60000
    drought = np.clip(rng.normal(25, 20, n), -20, 90)
    heat = np.clip(np.round(rng.gamma(1.5, 2.0, n) + 0.06 * drought), 0, 28)
    hybrid = rng.choice(3, n, p=(0.3, 0.45, 0.25))
    insect = np.clip(rng.gamma(1.2, 1.5, n) * (1 + 0.01 * drought), 0, 40)
    delay = np.clip(rng.gamma(2.0, 8.0, n), 0, 90)
    weeks = np.clip(rng.gamma(2.0, 6.0, n), 0, 52)
    stemp = np.clip(rng.normal(26, 4, n), 12, 38)
    srh = np.clip(rng.normal(70, 10, n), 35, 95)
    moist = np.clip(12.5 + 0.05 * (srh - 70) + 0.03 * delay + rng.gamma(1.5, 0.8, n) - 0.5, 9, 22)
    store = weeks / 10 * np.clip(moist - 13.5, 0, None) * np.clip((stemp - 15) / 15, 0, None)
    field = 0.025 * drought + 0.09 * heat + 0.09 * insect + 0.4 * (hybrid - 1) + 0.015 * delay
    # the one change after the first measure: the unseen scatter of the lot's log toxin (the fungus's strains, the
    # ears' own infection) cut from 0.8 to 0.3 (``unseen``)
    unseen = 0.3
    logppb = -0.2 + field + 0.9 * store + rng.normal(0, unseen, n)
    ppb = np.exp(logppb) * rng.lognormal(0, 0.35, n)  # the reference's sample and its lab
    label = (ppb[:, None] >= np.array(AFLA_LIMITS)).sum(1)
    keep = _keep(rng, label, AFLA_ROWS)
    y = label[keep]
    drought, heat, hybrid, insect, delay, weeks, stemp, srh, moist, logppb = (
        a[keep] for a in (drought, heat, hybrid, insect, delay, weeks, stemp, srh, moist, logppb))
    m = len(y)
    bgyf = rng.poisson(np.exp(-2.2 + 0.75 * logppb + rng.normal(0, 0.7, m)))
    damaged = np.clip(1.2 * insect + 0.04 * delay + rng.gamma(1.5, 1.0, m), 0, 60)
    broken = np.clip(rng.gamma(2.0, 1.0, m) + 0.1 * insect, 0, 20)
    x = np.column_stack([bgyf, np.round(moist, 1), np.round(damaged, 1), np.round(insect, 1), np.round(drought),
                         heat, np.round(delay), np.round(weeks), np.round(stemp, 1), np.round(srh), np.round(broken, 1),
                         hybrid])
    return x.astype(np.float32), y


#: per mode of ``hddfail6``, the medians at the drive's pull of: reallocated sectors (SMART 5), current pending
#: sectors (197), offline uncorrectable sectors (198), read errors per TB read (1, decoded), seek errors per million
#: seeks (7, decoded), spin-up time (ms, 3), spin retries (10), interface CRC errors (199), the highest temperature
#: (C, 194), power-on hours (9), load cycles (thousands, 193), command timeouts (188) and high-fly writes (189)
HDD_TABLE = np.array([
    # realloc pend  offl  read  seek   spinup  retry crc    temp  poh      lcc    tmo   hifly
    [150.0, 60.0, 40.0, 40.0, 30.0, 7000.0, 0.3, 2.0, 41.0, 30000.0, 250.0, 8.0, 20.0],  # head crash
    [400.0, 120.0, 80.0, 20.0, 3.0, 6900.0, 0.2, 2.0, 40.0, 35000.0, 180.0, 3.0, 3.0],  # media degradation
    [30.0, 10.0, 5.0, 8.0, 12.0, 9500.0, 4.0, 2.0, 45.0, 38000.0, 200.0, 6.0, 2.0],  # spindle motor
    [15.0, 5.0, 3.0, 6.0, 4.0, 7800.0, 1.5, 10.0, 47.0, 28000.0, 150.0, 20.0, 1.0],  # controller or electronics
    [40.0, 50.0, 2.0, 5.0, 2.0, 6900.0, 0.2, 5.0, 40.0, 20000.0, 400.0, 15.0, 1.0],  # firmware
    [5.0, 2.0, 1.0, 3.0, 1.0, 6900.0, 0.1, 300.0, 40.0, 25000.0, 150.0, 25.0, 0.5],  # interface or cable
])
HDD_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]


def hddfail6():
    """Hard disk drives pulled from a data centre's servers and returned in 6 failure modes (``HDD_MODES``),
    labelled by the failure analysis lab's finding, as the drive's SMART attributes and logs at the pull describe
    them. Each mode has its picture (``HDD_TABLE``: a head crash's or a degrading head's read and seek errors,
    high-fly writes and sectors reallocated; media degradation's growing reallocated, pending and uncorrectable
    sectors on an old drive; a spindle motor's slow spin-up, spin retries and heat; an electronics fault's timeouts,
    spin retries from a bad motor driver and a hot board; a firmware fault's pending sectors without reallocation,
    timeouts and a young drive; interface or cable errors' CRC counts and timeouts on a healthy surface). But a
    failing drive hurts everything at once (a crash scratches the media, timeouts follow every fault), the models
    and vendors count differently (unseen), and the counts are raw and few. Columns: the table's 13 (13).
    Imbalanced: 360 / 480 / 260 / 340 / 280 / 420 rows (2,140)."""
    rng = np.random.default_rng(61303)
    y = rng.permutation(np.repeat(np.arange(len(HDD_MODES)), HDD_ROWS))
    n = len(y)
    t = _pull(HDD_TABLE, HDD_NEIGHBOURS, 0.3, HDD_LOGS)[y]
    model = rng.normal(0, 1, n)  # the drive model's and vendor's way of counting, unseen
    realloc = np.round(t[:, 0] * rng.lognormal(0.3 * model, 1.3, n))
    pend = np.round(t[:, 1] * rng.lognormal(0, 1.3, n))
    offl = np.round(t[:, 2] * rng.lognormal(0, 1.4, n))
    read = t[:, 3] * rng.lognormal(0.4 * model, 1.0, n)
    seek = t[:, 4] * rng.lognormal(0.4 * model, 1.1, n)
    spinup = t[:, 5] * rng.lognormal(0.08 * model, 0.12, n)
    retry = np.round(t[:, 6] * rng.lognormal(0, 1.0, n))
    crc = np.round(t[:, 7] * rng.lognormal(0, 1.4, n))
    temp = t[:, 8] + rng.normal(0, 3.5, n)
    poh = np.clip(t[:, 9] * rng.lognormal(0, 0.5, n), 50, 90000)
    lcc = t[:, 10] * rng.lognormal(0.3 * model, 0.7, n)
    tmo = np.round(t[:, 11] * rng.lognormal(0, 1.0, n))
    hifly = np.round(t[:, 12] * rng.lognormal(0, 1.1, n))
    x = np.column_stack([realloc, pend, offl, np.round(read, 1), np.round(seek, 1), np.round(spinup), retry, crc,
                         np.round(temp), np.round(poh), np.round(lcc, 1), tmo, hifly])
    return x.astype(np.float32), y


#: per fault of ``scooter6``, the medians over the rides before the pull of: the battery's largest cell-group voltage
#: spread (mV), its voltage sag under full throttle (V), the battery's highest temperature (C), the motor
#: controller's (C), the peak current draw (A), the speed reached at full throttle (% of the expected), motor error
#: codes (hall, phase) per 100 rides, brake-sensor error codes per 100 rides, battery management error codes per
#: 100 rides, rides since the last service, km since it, hours of rain ridden or parked in over the last 14 days,
#: connectivity gaps per day and the IoT module's reboots per day
SCOOT_TABLE = np.array([
    # spread sag  btemp ctemp peak  speed  motor brake bms   rides  km      rain  gaps  boots
    [180.0, 9.0, 38.0, 42.0, 22.0, 85.0, 2.0, 1.0, 4.0, 300.0, 900.0, 6.0, 2.0, 0.5],  # battery cell imbalance
    [40.0, 6.0, 32.0, 70.0, 30.0, 70.0, 12.0, 1.0, 1.0, 350.0, 1100.0, 6.0, 2.0, 1.0],  # motor controller failure
    [30.0, 4.0, 31.0, 48.0, 26.0, 60.0, 18.0, 2.0, 0.5, 320.0, 1000.0, 8.0, 2.0, 0.5],  # hub motor hall sensor
    [30.0, 3.0, 31.0, 40.0, 18.0, 65.0, 2.0, 15.0, 0.5, 400.0, 1100.0, 6.0, 2.0, 0.5],  # brake sensor or cable
    [90.0, 5.0, 33.0, 45.0, 20.0, 78.0, 6.0, 4.0, 6.0, 250.0, 800.0, 30.0, 6.0, 2.0],  # water ingress
    [30.0, 3.0, 31.0, 40.0, 20.0, 92.0, 1.0, 3.0, 2.0, 200.0, 600.0, 8.0, 15.0, 6.0],  # firmware or IoT module
])
SCOOT_LOGS = [0, 6, 7, 8, 9, 10, 11, 12, 13]


def scooter6():
    """Shared e-scooters pulled from service in 6 faults (``SCOOT_FAULTS``), labelled by the workshop's finding, as
    the fleet's telemetry over the rides before the pull describes them. Each fault has its picture (``SCOOT_TABLE``:
    cell imbalance's wide cell spread, deep sag and a warm pack; a failing controller's heat, high current and motor
    codes; a hall-sensor fault's motor codes and a speed far short of the throttle; a brake sensor's codes and the
    drive cut; water ingress's rain hours, odd cells and battery codes, intermittent everything; the IoT module's
    connectivity gaps and reboots on a scooter that rides well). But the controller raises codes for faults it only
    sees (a lost hall signal and a dying output stage alike), the rides differ (hills, riders' weights, the
    weather: unseen), and rarely ridden scooters log few codes. Columns: the table's 14 (14). Imbalanced: 420 / 320
    / 340 / 400 / 300 / 360 rows (2,140)."""
    rng = np.random.default_rng(61404)
    y = rng.permutation(np.repeat(np.arange(len(SCOOT_FAULTS)), SCOOT_ROWS))
    n = len(y)
    t = _pull(SCOOT_TABLE, SCOOT_NEIGHBOURS, 0.3, SCOOT_LOGS)[y]
    load = rng.normal(0, 1, n)  # the rides' hills, riders and weather, unseen
    spread = t[:, 0] * rng.lognormal(0.1 * load, 0.6, n)
    sag = np.clip(t[:, 1] + 1.2 * load + rng.normal(0, 2.0, n), 0.5, 25)
    btemp = t[:, 2] + 2 * load + rng.normal(0, 3.5, n)
    ctemp = t[:, 3] + 4 * load + rng.normal(0, 8, n)
    peak = np.clip(t[:, 4] + 2.5 * load + rng.normal(0, 4, n), 3, 60)
    speed = np.clip(t[:, 5] - 4 * load + rng.normal(0, 9, n), 5, 110)
    rides = t[:, 9] * rng.lognormal(0, 0.5, n)
    per = np.sqrt(300 / rides)  # few rides, noisy rates
    motor = t[:, 6] * rng.lognormal(0, 0.8 * per, n)
    brake = t[:, 7] * rng.lognormal(0, 0.8 * per, n)
    bms = t[:, 8] * rng.lognormal(0, 0.9 * per, n)
    km = np.clip(t[:, 10] * rides / t[:, 9] * rng.lognormal(0, 0.25, n), 1, None)
    rain = t[:, 11] * rng.lognormal(0, 0.8, n)
    gaps = t[:, 12] * rng.lognormal(0, 0.7, n)
    boots = t[:, 13] * rng.lognormal(0, 0.8, n)
    x = np.column_stack([np.round(spread), np.round(sag, 1), np.round(btemp, 1), np.round(ctemp, 1), np.round(peak, 1),
                         np.round(speed), np.round(motor, 1), np.round(brake, 1), np.round(bms, 1), np.round(rides),
                         np.round(km), np.round(rain, 1), np.round(gaps, 1), np.round(boots, 1)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND61`` lists them (the ordered sets first)
GENERATORS = {"flare5": flare5, "aflatoxin5": aflatoxin5, "hddfail6": hddfail6, "scooter6": scooter6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND61_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "flare5": (2140, 12, FLARE_ROWS),
    "aflatoxin5": (2140, 12, AFLA_ROWS),
    "hddfail6": (2140, 13, HDD_ROWS),
    "scooter6": (2140, 14, SCOOT_ROWS),
}
ROUND61 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("flare5", "aflatoxin5")
#: each set's documented neighbouring classes
NEIGHBOURS = {"flare5": FLARE_NEIGHBOURS, "aflatoxin5": AFLA_NEIGHBOURS, "hddfail6": HDD_NEIGHBOURS,
              "scooter6": SCOOT_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
