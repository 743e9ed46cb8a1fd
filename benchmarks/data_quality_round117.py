"""Round 117's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label detector
ran on them, by an author who had not read the detector.

(Docstring in progress: the neighbour maps, the classes, the rows and the limits are committed first, before any
generator is written.)
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


# ---------------------------------------------------------------------- rubber5: a bale of ribbed smoked sheet's grade
#: the 5 classes of ``rubber5`` (a bale of ribbed smoked sheets a processor buys from a smallholders' group, by the
#: grade the processor's grader gives it by eye, holding the sheets against the light, against the Green Book's
#: standards), the best first
RUBBER_CLASSES = ("RSS 1 (dry, clean, strong; pinhead bubbles scattered; no rust; traces of dry mould on wrappers "
                  "only)",
                  "RSS 2 (slight rust and dry mould on at most 5 % of the bales; small bubbles, slight bark specks)",
                  "RSS 3 (slight rust and dry mould, at most 10 %; small bubbles, small bark specks, slight "
                  "opaque or under-smoked spots)",
                  "RSS 4 (rust and dry mould at most 20 %; medium bark specks, bubbles, slightly under-smoked)",
                  "RSS 5 (rust and dry mould at most 30 %; large bark specks, small blisters, under-smoked patches: "
                  "the lowest sheet grade)")
RUBBER_ROWS = (260, 420, 620, 480, 360)
#: per grade (RSS 1 .. RSS 4), the most the grader may see in the bale: the share of sheets with dry mould (%), the
#: share with rust (resinous matter, %), the share with bubbles or blisters (%), the bark specks and dirt (an eye's
#: score, 0-10) and the share with under-smoked or opaque patches (%). The mould shares (5, 10, 20 %) as the public
#: grade descriptions give them for RSS 2-4; the rest the author's (a bale over RSS 4's limits is RSS 5)
RUBBER_LIMITS = np.array([[1.0, 1.0, 8.0, 1.0, 1.0],
                          [5.0, 5.0, 15.0, 2.5, 3.0],
                          [10.0, 10.0, 25.0, 4.5, 8.0],
                          [20.0, 20.0, 40.0, 7.0, 15.0]])
#: the grade above and below each (a bale near a limit is graded one step up or down by the grader's eye against the
#: light, the sheets the grader pulls from the bale, the room's light and the grader's day; grades two apart are not
#: confused by a trained grader)
RUBBER_NEIGHBOURS = ordinal_neighbours(len(RUBBER_CLASSES))
#: what the grade is given from: the label's basis, not columns
RUBBER_GRADING = ("the grader's eye: sheets pulled from the bale and held against the light, for dry mould, rust, "
                  "bubbles and blisters, bark specks and dirt, and opaque or under-smoked patches, against the Green "
                  "Book's descriptions and the sample sheets",
                  "the grader's eye at a description's edge ('slight', 'small'), and the sheets pulled")


# ---------------------------------------------------------------------- barley4: a malting barley load's grade
#: the 4 classes of ``barley4`` (a load of malting barley delivered to a maltster's intake, by the grade the intake's
#: grader sets from a sample of the load), the best first
BARLEY_CLASSES = ("malting select (protein 9.0-11.0 %, germinative energy 98 % or more, few screenings)",
                  "malting grade 1 (protein 8.5-11.8 %, germinative energy 97 % or more)",
                  "malting grade 2 (protein up to 12.8 %, germinative energy 95 % or more: a discount)",
                  "feed (outside malting grade 2's limits: sold for feed)")
BARLEY_ROWS = (380, 700, 560, 500)
#: per grade (select, grade 1, grade 2), the most the grader's sample may show: protein (% dry basis), moisture (%),
#: dead corns (100 less the germinative energy, %), screenings (through a 2.2 mm slotted sieve, %), skinned and broken
#: kernels (%), pre-germinated kernels (%) and a mould or weather-stain score (the grader's eye, 0-10). The germinative
#: energy's 98 % for the best and the skinned and broken kernels' 5 / 7 / 10 % after the public pages; the rest the
#: author's (a load over grade 2's limits is feed)
BARLEY_LIMITS = np.array([[11.0, 13.0, 2.0, 3.0, 5.0, 1.0, 2.0],
                          [11.8, 13.5, 3.0, 5.0, 7.0, 2.0, 3.5],
                          [12.8, 14.5, 5.0, 8.0, 10.0, 4.0, 5.0]])
#: per grade (select, grade 1, grade 2), the least protein (% dry basis) the sample may show (too little protein: a
#: thin extract's enzymes, a malt the brewer does not want)
BARLEY_PROTEIN_LOW = np.array([9.0, 8.5, 0.0])
#: the grade above and below each (a load near a limit is graded one step up or down by the sample's draw, the NIR's
#: protein reading, the germination test's 100 corns and the grader's eye at stained or skinned kernels)
BARLEY_NEIGHBOURS = ordinal_neighbours(len(BARLEY_CLASSES))
#: what the grade is set from: the label's basis, not columns
BARLEY_GRADING = ("the grader's sample from the load's probe: an NIR protein and a moisture reading, a germination "
                  "test of 100 corns, a sieve for screenings and the grader's eye for skinned, broken, pre-germinated "
                  "and stained kernels",
                  "the sample's draw, the instruments' reading and the grader's eye at a stain")


# ---------------------------------------------------------------------- microwave6: a microwave oven's fault
#: the 6 classes of ``microwave6`` (a domestic or commercial microwave oven a repair shop sees because it does not
#: heat, sparks or stops, by the cause the technician diagnosed)
MICROWAVE_CLASSES = ("failed magnetron (an open or shorted filament, a weak tube: no or little heat, a hum)",
                     "failed high-voltage diode (open: no heat; shorted: a loud buzz, no heat, a blown fuse)",
                     "failed high-voltage capacitor (open: no heat; shorted: the line fuse blown)",
                     "failed door interlock or monitor switch (will not start, stops when the door is touched, the "
                     "line fuse blown by the monitor switch)",
                     "burnt waveguide cover or arcing cavity (sparks, burn marks, heating less)",
                     "failed control board or its relay (dead display, no start, the high voltage never switched on)")
MICROWAVE_ROWS = (440, 400, 260, 460, 280, 300)
#: the causes technicians confuse (symmetric): the magnetron against the diode and the capacitor (the three parts of
#: one high-voltage circuit: a hum and no heat, and a plain meter tests none of them under load), the waveguide cover
#: (a magnetron's antenna cap arcs as a burnt cover does) and the board (a relay that never closes leaves a cold oven
#: like a dead tube); the diode against the capacitor (both shorted blow the fuse, both open leave no heat); the
#: capacitor against the door switch (both leave a blown line fuse); the door switch against the board (both will not
#: start, a stuck relay's or a switch's)
MICROWAVE_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2), 2: (0, 1, 3), 3: (2, 5), 4: (0,), 5: (0, 3)}


# ---------------------------------------------------------------------- inverter6: a grid-tied PV inverter's fault
#: the 6 classes of ``inverter6`` (a grid-tied solar PV inverter a service engineer visits because the system stops
#: producing or trips, by the cause the engineer diagnosed)
INVERTER_CLASSES = ("insulation or ground fault on the DC side (a low isolation resistance: a damaged cable, a wet "
                    "connector or module)",
                    "grid voltage or frequency out of range (a weak or overloaded feeder, a long AC cable)",
                    "failed power stage (IGBTs) or DC-link capacitors (hardware fault codes, no production)",
                    "failing cooling fan and overheating (over-temperature derating and trips on hot afternoons)",
                    "faulty DC string (a burnt connector, a blown string fuse, a shaded or damaged module)",
                    "failed communication or control board (no data, false codes, an inverter that will not "
                    "restart)")
INVERTER_ROWS = (420, 460, 300, 280, 400, 280)
#: the causes engineers confuse (symmetric): the insulation fault against the power stage (an inverter's own internal
#: leakage reads as an isolation fault) and the DC string (a damaged module or a wet connector both lose a string and
#: leak); the grid against the power stage (an output relay or a bus fault reads as a grid fault), the overheating
#: (a high grid voltage's volt-watt derating cuts the yield on sunny afternoons as heat does) and the board (a failed
#: measuring circuit reports a grid fault that is not there); the power stage against the overheating (heat kills the
#: IGBTs and both raise over-temperature codes) and the board; the overheating against the DC string (both lose yield
#: without a trip)
INVERTER_NEIGHBOURS = {0: (2, 4), 1: (2, 3, 5), 2: (0, 1, 3, 5), 3: (1, 2, 4), 4: (0, 3), 5: (1, 2)}

#: each set's documented neighbouring classes
NEIGHBOURS = {"rubber5": RUBBER_NEIGHBOURS, "barley4": BARLEY_NEIGHBOURS, "microwave6": MICROWAVE_NEIGHBOURS,
              "inverter6": INVERTER_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("rubber5", "barley4")


#: the months' shares of the bales bought (January's first: wintering and a tapping rest in February-April, the
#: heaviest tapping and the wettest months June-November)
RUBBER_MONTHS = np.array([0.08, 0.04, 0.03, 0.05, 0.08, 0.10, 0.10, 0.10, 0.11, 0.11, 0.10, 0.10])
#: the rain by month (0-1): a wet month's sheets dry and smoke slowly, mould in store, pick up dirt
RUBBER_RAIN = np.array([0.2, 0.1, 0.1, 0.3, 0.5, 0.7, 0.8, 0.8, 0.9, 0.9, 0.7, 0.4])


def rubber5():
    """Bales of ribbed smoked sheets a processor buys from smallholders' groups, with the grade the processor's grader
    gives each in 5 steps (``RUBBER_CLASSES``; the best grade whose ``RUBBER_LIMITS`` the grader's eye on the bale's
    sheets meets, RSS 5 where none; ``RUBBER_GRADING`` the label's basis and not columns), as the lot's records and
    the processor's simple measures apart from the grade describe them. Unseen: the group's skill (clean latex
    collection, strained and diluted latex, even coagulation, washed sheets), the smokehouse's control (its fire and
    its draught), the month's rain, the bale's true moisture and its true shares of sheets with dry mould (a wet sheet,
    a short smoking, a long store in the wet months), rust (resinous matter: poor washing, oxidation), bubbles (a late
    or hot coagulation), bark specks and dirt, and under-smoked or opaque patches (a short or cool smoking). The grader
    sees each share through the eye (a fifth or so, log) and scores the dirt within 0.6. The processor's own intake
    pulls 20 other sheets and counts those with bubbles, mould, rust and under-smoked patches, and tests a sample's
    dirt and moisture in its laboratory and the sheets' colour with a meter. Columns: the smallholders' group (0-5),
    the district (0-3), the tapping month (1-12), the smokehouse (0 the group's own, 1 a private smokehouse, 2 a
    farmer's shed), the days of smoking, the days in store, the dirt content (% by weight), the moisture (%), the
    sheets with bubbles, with mould spots, with rust or oxidised spots and with under-smoked patches (of 20), and the
    colour's darkness (0-100) (13). Imbalanced: 260 / 420 / 620 / 480 / 360 rows (2,140)."""
    rng = np.random.default_rng(117101)
    n = 200000
    group = rng.integers(0, 6, n)
    skill = np.array([0.5, 0.3, 0.1, -0.1, -0.3, -0.5])[group] + 0.35 * rng.normal(0, 1, n)  # unseen
    district = rng.integers(0, 4, n)
    month = np.argmax(rng.random(n)[:, None] < np.cumsum(RUBBER_MONTHS), 1) + 1
    rain = np.clip(RUBBER_RAIN[month - 1] + np.array([0.1, 0.0, -0.1, 0.05])[district]
                   + 0.15 * rng.normal(0, 1, n), 0, 1.2)  # unseen
    house = (rng.random(n)[:, None] > np.cumsum([0.45, 0.35])).sum(1)
    smoke = np.array([0.4, 0.0, -0.5])[house] + 0.3 * rng.normal(0, 1, n)  # unseen: the smokehouse's control
    days = np.round(np.clip(np.array([5.0, 5.5, 4.5])[house] + 0.8 * rain + 1.2 * rng.normal(0, 1, n), 2, 12))
    store = np.round(np.clip(25 * rng.lognormal(0, 0.7, n), 2, 200))
    moist = 0.5 * np.exp(-0.2 * (days - 5) - 0.4 * smoke + 0.6 * rain) * rng.lognormal(0, 0.3, n)  # unseen, %
    mould = (0.9 * np.exp(0.9 * np.log(moist / 0.5) + 0.01 * store + 0.7 * rain - 0.3 * skill)
             * rng.lognormal(0, 0.6, n))
    rust = 0.9 * np.exp(-0.8 * skill + 0.4 * rain + 0.004 * store) * rng.lognormal(0, 0.7, n)
    bubbles = 6 * np.exp(-0.6 * skill + 0.3 * (1 - rain)) * rng.lognormal(0, 0.5, n)
    dirt = 1.2 * np.exp(-0.7 * skill + 0.4 * rain) * rng.lognormal(0, 0.45, n)
    under = 1.2 * np.exp(-0.35 * (days - 5) - 0.7 * smoke + 0.4 * rain) * rng.lognormal(0, 0.6, n)
    true = np.column_stack([mould, rust, bubbles, dirt, under])
    seen = true * rng.lognormal(0, 0.2, (n, 5))  # the grader's eye
    seen[:, 3] = dirt + 0.6 * rng.normal(0, 1, n)
    meets = np.all(seen[:, None, :] <= RUBBER_LIMITS[None], 2)
    label = np.where(meets.any(1), np.argmax(meets, 1), len(RUBBER_CLASSES) - 1)
    keep = _keep(rng, label, RUBBER_ROWS)

    def sheets(share):
        return rng.binomial(100, np.clip(share, 0, 100) / 100).astype(float)

    x = np.column_stack([
        group, district, month, house, days, store,
        np.round(np.clip(0.03 * dirt * rng.lognormal(0, 0.15, n), 0.005, 1.5), 3),
        np.round(np.clip(moist + 0.08 * rng.normal(0, 1, n), 0.1, 3), 2),
        sheets(bubbles), sheets(mould), sheets(rust), sheets(under),
        np.round(np.clip(35 + 3.0 * (days - 5) - 0.4 * under + 0.3 * rust + 6 * rng.normal(0, 1, n), 0, 100))])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def barley4():
    """Loads of malting barley delivered to a maltster's intake, with the grade the intake's grader sets in 4 steps
    (``BARLEY_CLASSES``; the best grade whose ``BARLEY_LIMITS`` and ``BARLEY_PROTEIN_LOW`` the grader's sample meets,
    feed where none; ``BARLEY_GRADING`` the label's basis and not columns), as the load's records and the intake's own
    simple measures apart from the grade describe them. Unseen: the farm's nitrogen (its fertiliser and its soil) and
    skill (the combine's setting), the summer's drought where the farm is (thin grain, more protein), the rain at
    harvest (late weeks wetter: pre-germinated, stained and weathered grain, and a load dried hot), the load's true
    protein, moisture, dead corns, screenings, skinned and broken, pre-germinated kernels and stain. The grader's
    sample reads protein within 0.2 points, moisture within 0.2, counts 100 corns' germination, sieves the screenings
    (a seventh, log), and sees the skinned and broken (a fifth), the pre-germinated (a third) and the stain (0.5 on its
    0-10 score). The intake's own measures are of a second sample: the NIR protein (0.25) and moisture (0.25), a
    germination test of another 100 corns, the screenings, skinned and broken and pre-germinated kernels (as the
    grader's errors), the stain (0.7) and the specific weight. Columns: the farm (0-5), the variety (0-3), the harvest
    week (1-8), the drying (0 none, 1 ambient floor ventilation, 2 a hot-air drier), the days in store, then protein (%
    dry basis), moisture (%), the germinative energy (%), screenings (%), skinned and broken (%), pre-germinated (%),
    the stain score (0-10) and the specific weight (kg/hl) (13). Imbalanced: 380 / 700 / 560 / 500 rows (2,140)."""
    rng = np.random.default_rng(117202)
    n = 200000
    farm = rng.integers(0, 6, n)
    nitrogen = np.array([-0.4, -0.2, 0.0, 0.1, 0.3, 0.5])[farm] + 0.5 * rng.normal(0, 1, n)  # unseen
    skill = np.array([0.4, 0.2, 0.1, -0.1, -0.2, -0.4])[farm] + 0.3 * rng.normal(0, 1, n)  # unseen
    variety = rng.integers(0, 4, n)
    week = rng.integers(1, 9, n).astype(float)
    drought = 0.8 * rng.normal(0, 1, n) + np.array([0.2, 0.0, -0.1, 0.1, -0.2, 0.0])[farm]  # unseen
    rain = np.clip(0.1 * (week - 1) + 0.4 * rng.normal(0, 1, n), -0.5, 1.8)  # unseen: the rain at harvest
    drying = np.where(rain + 0.3 * rng.normal(0, 1, n) > 0.7, 2, np.where(rain > 0.2, 1, 0))
    store = np.round(np.clip(30 * rng.lognormal(0, 0.8, n), 1, 300))
    protein = (10.5 + 0.8 * nitrogen + 0.5 * drought + np.array([0.0, -0.3, 0.3, 0.1])[variety]
               + 0.45 * rng.normal(0, 1, n))
    moisture = 14.0 + 1.2 * rain - np.array([0.3, 1.0, 2.2])[drying] + 0.6 * rng.normal(0, 1, n)
    dead = 0.8 * np.exp(0.7 * (drying == 2) + 0.5 * rain + 0.003 * store * (moisture > 14)
                        + np.array([0.0, 0.2, -0.1, 0.3])[variety]) * rng.lognormal(0, 0.6, n)
    screen = 2.0 * np.exp(0.5 * drought - 0.2 * nitrogen + np.array([0.0, 0.2, -0.2, 0.1])[variety]) \
        * rng.lognormal(0, 0.4, n)
    skinned = 3.0 * np.exp(-0.6 * skill + np.array([0.0, 0.3, 0.1, -0.2])[variety] + 0.15 * (drying == 2)) \
        * rng.lognormal(0, 0.35, n)
    pregerm = 0.35 * np.exp(1.1 * rain + np.array([0.0, 0.4, -0.3, 0.2])[variety]) * rng.lognormal(0, 0.6, n)
    stain = 1.1 * np.exp(0.6 * rain + 0.002 * store) * rng.lognormal(0, 0.4, n)
    seen = np.column_stack([protein + 0.2 * rng.normal(0, 1, n), moisture + 0.2 * rng.normal(0, 1, n),
                            100 - rng.binomial(100, 1 - np.clip(dead, 0, 100) / 100),
                            screen * rng.lognormal(0, 0.15, n),
                            skinned * rng.lognormal(0, 0.2, n), pregerm * rng.lognormal(0, 0.3, n),
                            stain + 0.5 * rng.normal(0, 1, n)])
    meets = np.all(seen[:, None, :] <= BARLEY_LIMITS[None], 2) & (seen[:, None, 0] >= BARLEY_PROTEIN_LOW[None])
    label = np.where(meets.any(1), np.argmax(meets, 1), len(BARLEY_CLASSES) - 1)
    keep = _keep(rng, label, BARLEY_ROWS)
    x = np.column_stack([
        farm, variety, week, drying, store,
        np.round(np.clip(protein + 0.15 * rng.normal(0, 1, n), 6, 18), 1),
        np.round(np.clip(moisture + 0.15 * rng.normal(0, 1, n), 9, 22), 1),
        np.round(rng.binomial(400, 1 - np.clip(dead, 0, 100) / 100) / 4, 2),
        np.round(np.clip(screen * rng.lognormal(0, 0.1, n), 0.1, 60), 1),
        np.round(np.clip(skinned * rng.lognormal(0, 0.12, n), 0.1, 60), 1),
        np.round(np.clip(pregerm * rng.lognormal(0, 0.2, n), 0, 50), 1),
        np.round(np.clip(stain + 0.4 * rng.normal(0, 1, n), 0, 10), 1),
        np.round(np.clip(67 - 1.5 * drought - 1.0 * rain + 1.5 * rng.normal(0, 1, n), 55, 76), 1)])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``microwave6``, the chances of the oven's type (0 a countertop domestic oven, 1 an over-the-range or
#: built-in oven, 2 a commercial oven)
MICROWAVE_TYPE = np.array([[0.45, 0.30, 0.25], [0.55, 0.30, 0.15], [0.50, 0.30, 0.20], [0.50, 0.35, 0.15],
                           [0.45, 0.35, 0.20], [0.40, 0.45, 0.15]])
#: per cause of ``microwave6``, the chances of the make (0-3: four makers' groups)
MICROWAVE_MAKE = np.array([[0.30, 0.25, 0.25, 0.20], [0.25, 0.30, 0.25, 0.20], [0.25, 0.25, 0.30, 0.20],
                           [0.30, 0.25, 0.20, 0.25], [0.25, 0.25, 0.25, 0.25], [0.20, 0.30, 0.25, 0.25]])
#: per cause of ``microwave6``, the chances of the display's error code (0 none, 1 a door or interlock code, 2 a
#: no-heat or sensor code, 3 a relay or board code, 4 the thermal cut-out or an overheat code)
MICROWAVE_ERROR = np.array([[0.55, 0.02, 0.25, 0.03, 0.15], [0.75, 0.02, 0.15, 0.03, 0.05],
                            [0.75, 0.03, 0.15, 0.04, 0.03], [0.45, 0.40, 0.02, 0.10, 0.03],
                            [0.75, 0.02, 0.08, 0.02, 0.13], [0.40, 0.10, 0.10, 0.35, 0.05]])
#: per cause of ``microwave6``, the chances of the owner's coded complaint (0 runs but does not heat, 1 sparks or
#: arcing, 2 dead, no display, 3 stops mid-cycle or will not start, 4 a loud hum or buzz, 5 blows the fuse or trips the
#: breaker)
MICROWAVE_COMPLAINT = np.array([[0.55, 0.08, 0.03, 0.09, 0.20, 0.05], [0.45, 0.03, 0.02, 0.05, 0.30, 0.15],
                                [0.40, 0.03, 0.07, 0.05, 0.15, 0.30], [0.15, 0.02, 0.15, 0.45, 0.03, 0.20],
                                [0.15, 0.70, 0.01, 0.05, 0.07, 0.02], [0.15, 0.02, 0.35, 0.40, 0.03, 0.05]])
#: per cause of ``microwave6``, the medians of the oven's records and the technician's simple measures: its age
#: (years), its use (minutes a day), the magnetron filament's resistance (ohm; a sound one under an ohm), the
#: high-voltage capacitor's reading (microfarad, of a nominal 0.95), the high-voltage diode's reverse reading on a
#: megger (megaohm), the water-heating test's rise (C, a litre for a minute at full power), the line fuse blown (a
#: share) and the door switches' closed resistance (ohm, the worst of them)
MICROWAVE_TABLE = np.array([
    # age  use   fil   cap   diode  rise  fuse  switch
    [8.0, 25.0, 4.0, 0.93, 8.0, 3.0, 0.15, 0.3],  # magnetron
    [6.0, 20.0, 0.5, 0.92, 0.6, 2.0, 0.35, 0.3],  # high-voltage diode
    [7.0, 20.0, 0.5, 0.55, 6.0, 3.0, 0.55, 0.3],  # high-voltage capacitor
    [6.0, 30.0, 0.5, 0.94, 8.0, 7.0, 0.45, 25.0],  # door interlock or monitor switch
    [5.0, 35.0, 0.5, 0.94, 8.0, 10.0, 0.05, 0.3],  # waveguide cover or arcing cavity
    [7.0, 20.0, 0.5, 0.94, 8.0, 1.5, 0.10, 0.4],  # control board or its relay
])
MICROWAVE_LOGS = [0, 1, 2, 4, 7]
MICROWAVE_KINDS = [("log", 0.4, 0.2), ("log", 0.6, 0.1), ("log", 0.7, 0), ("norm", 0.08, -0.03),
                   ("log", 0.6, 0), ("norm", 2.5, -0.8), ("share", 0, 0), ("log", 0.8, 0.2)]


def microwave6():
    """Domestic and commercial microwave ovens a repair shop sees because they do not heat, spark or stop, in 6 causes
    technicians confuse (``MICROWAVE_CLASSES``), labelled by the technician's diagnosis, as the oven's records, its
    display's error code, the owner's coded complaint and the technician's simple measures apart from it describe them.
    Each cause has its picture (``MICROWAVE_TYPE``, ``MICROWAVE_MAKE``, ``MICROWAVE_ERROR``, ``MICROWAVE_COMPLAINT``,
    ``MICROWAVE_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): a failed magnetron
    runs cold with a hum, an open filament, a thermal cut-out, old and much used, more often a commercial oven's; the
    diode a loud buzz, a low reverse reading, sometimes a blown fuse; the capacitor a low reading and a blown fuse; the
    door switch "will not start" or "stops", a door code, a high switch resistance, a fuse blown by the monitor
    switch; the waveguide cover sparks, heats a little less, much use; the board a dead display or no start, a relay
    code, no rise. Unseen: the oven's wear (one per-row factor raising its age, its use and the switches' resistance,
    lowering the capacitor's reading and the rise). The power follows the type (a countertop's about 900 W, a built-in's
    1,000, a commercial's 1,800). Columns: the type (0-2), the make (0-3), the error code (0-4), the complaint (0-5),
    the power (W, to ten within 500-3,000), then the table's 8 (the age to a tenth within 0.3-25 years, the use to the
    unit within 1-600 minutes, the filament to a tenth within 0.1-1,000 ohm, the capacitor to a hundredth within 0-1.2
    microfarad, the diode to a tenth within 0-100 megaohm, the rise to a tenth within 0-25 C, the fuse 0 / 1, the
    switch to a tenth within 0.1-1,000 ohm) (13). Imbalanced: 440 / 400 / 260 / 460 / 280 / 300 rows (2,140)."""
    rng = np.random.default_rng(117303)
    y = rng.permutation(np.repeat(np.arange(len(MICROWAVE_CLASSES)), MICROWAVE_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (MICROWAVE_TYPE, MICROWAVE_MAKE, MICROWAVE_ERROR, MICROWAVE_COMPLAINT)]
    power = np.round(np.clip(np.array([900.0, 1000.0, 1800.0])[cats[0].astype(int)] * rng.lognormal(0, 0.12, len(y)),
                             500, 3000), -1)
    t = _pull(MICROWAVE_TABLE, MICROWAVE_NEIGHBOURS, 0.3, MICROWAVE_LOGS)[y]
    x = _draw(rng, t, MICROWAVE_KINDS, rng.normal(0, 1, len(y)))
    x[:, 1] *= np.where(cats[0] == 2, 3.0, 1.0)  # a commercial oven runs about three times as long a day
    for j, low, high, digits in ((0, 0.3, 25, 1), (1, 1, 600, 0), (2, 0.1, 1000, 1), (3, 0, 1.2, 2), (4, 0, 100, 1),
                                 (5, 0, 25, 1), (6, 0, 1, 0), (7, 0.1, 1000, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [power, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``inverter6``, the chances of the installation's type (0 a house's roof, 1 a commercial roof, 2 a
#: ground-mounted array)
INVERTER_INSTALL = np.array([[0.45, 0.30, 0.25], [0.55, 0.30, 0.15], [0.45, 0.35, 0.20], [0.40, 0.40, 0.20],
                             [0.45, 0.30, 0.25], [0.50, 0.30, 0.20]])
#: per cause of ``inverter6``, the chances of the make (0-3: four makers)
INVERTER_MAKE = np.array([[0.30, 0.25, 0.25, 0.20], [0.25, 0.30, 0.25, 0.20], [0.25, 0.25, 0.25, 0.25],
                          [0.20, 0.25, 0.30, 0.25], [0.30, 0.25, 0.25, 0.20], [0.25, 0.25, 0.20, 0.30]])
#: per cause of ``inverter6``, the chances of the inverter's event code (0 none logged, 1 an isolation or residual
#: current fault, 2 a grid voltage or frequency fault, 3 over-temperature or derating, 4 a hardware fault (the power
#: stage, the DC bus, the output relay), 5 a communication, EEPROM or consistency fault, 6 a PV input fault (a string's
#: low voltage or reverse current))
INVERTER_EVENT = np.array([[0.10, 0.60, 0.03, 0.02, 0.12, 0.03, 0.10], [0.08, 0.02, 0.70, 0.05, 0.08, 0.05, 0.02],
                           [0.08, 0.12, 0.12, 0.10, 0.45, 0.10, 0.03], [0.15, 0.02, 0.10, 0.55, 0.12, 0.03, 0.03],
                           [0.40, 0.12, 0.02, 0.03, 0.03, 0.02, 0.38], [0.15, 0.03, 0.15, 0.03, 0.14, 0.48, 0.02]])
#: per cause of ``inverter6``, the chances of the owner's coded complaint (0 no production at all, 1 trips in the
#: morning or after rain, 2 trips on sunny or hot afternoons, 3 a low yield, 4 no data in the monitoring app, 5 a dead
#: display or a red fault light)
INVERTER_COMPLAINT = np.array([[0.25, 0.50, 0.03, 0.12, 0.02, 0.08], [0.15, 0.10, 0.45, 0.15, 0.05, 0.10],
                               [0.55, 0.05, 0.08, 0.05, 0.05, 0.22], [0.05, 0.03, 0.55, 0.30, 0.02, 0.05],
                               [0.10, 0.07, 0.05, 0.72, 0.04, 0.02], [0.20, 0.03, 0.05, 0.07, 0.45, 0.20]])
#: per cause of ``inverter6``, the medians of the inverter's records and the engineer's simple measures: its age
#: (years), the insulation resistance (megaohm, the inverter's own log or a tester's), the string voltages' spread
#: (% between the highest and the lowest), the weakest string's current (% of the strings' mean), the grid voltage at
#: the inverter's terminals (V, of a nominal 230), the heat sink's temperature at the visit (C), the day's yield (% of
#: the expected for the day's sun) and the trips in the last week
INVERTER_TABLE = np.array([
    # age  riso  vspread weak  grid   sink  yield trips
    [7.0, 0.4, 3.0, 88.0, 236.0, 48.0, 45.0, 8.0],  # insulation or ground fault
    [5.0, 6.0, 2.0, 95.0, 251.0, 54.0, 55.0, 14.0],  # grid out of range
    [8.0, 2.5, 2.0, 93.0, 238.0, 55.0, 8.0, 4.0],  # power stage or DC-link capacitors
    [7.0, 6.0, 2.0, 95.0, 240.0, 78.0, 65.0, 7.0],  # cooling fan and overheating
    [6.0, 2.0, 14.0, 50.0, 236.0, 50.0, 72.0, 1.5],  # DC string
    [7.0, 6.0, 2.5, 94.0, 238.0, 46.0, 25.0, 3.0],  # communication or control board
])
INVERTER_LOGS = [0, 1, 2, 7]
INVERTER_KINDS = [("log", 0.45, 0.25), ("log", 1.1, -0.2), ("log", 0.8, 0), ("norm", 12.0, 0), ("norm", 6.0, 0),
                  ("norm", 9.0, 2.0), ("norm", 22.0, -3.0), ("count", 0.7, 0)]


def inverter6():
    """Grid-tied solar PV inverters a service engineer visits because the system stops producing or trips, in 6 causes
    engineers confuse (``INVERTER_CLASSES``), labelled by the engineer's diagnosis, as the inverter's records, its
    event code, the owner's coded complaint and the engineer's simple measures apart from it describe them. Each cause
    has its picture (``INVERTER_INSTALL``, ``INVERTER_MAKE``, ``INVERTER_EVENT``, ``INVERTER_COMPLAINT``,
    ``INVERTER_TABLE``; each class's medians ``_pull``ed 0.3 of the way toward its neighbours'): an insulation fault
    trips in the morning or after rain, an isolation code, a low insulation resistance; the grid a grid code, a high
    terminal voltage, many trips on sunny afternoons, more often a house's long feeder; the power stage no production,
    a hardware code, old; the fan an over-temperature code, a hot heat sink, a low yield on hot afternoons, a commercial
    roof's; the DC string a low yield without a code, a wide voltage spread, a weak string; the board no data, a
    communication code, false grid codes. Unseen: the inverter's wear (one per-row factor raising its age and its heat
    sink's temperature, lowering the insulation resistance and the yield). The rated power follows the installation (a
    house's about 5 kW, a commercial roof's 30, a ground array's 60). Columns: the installation (0-2), the make (0-3),
    the event code (0-6), the complaint (0-5), the rated power (kW, to a tenth within 1-150), then the table's 8 (the
    age to a tenth within 0.2-20 years, the insulation resistance to a hundredth within 0.01-100 megaohm, the spread to
    a tenth within 0.2-100 %, the weakest string to the unit within 0-110 %, the grid voltage to the unit within
    190-275 V, the heat sink to the unit within 5-100 C, the yield to the unit within 0-110 %, the trips as drawn (at
    most 100)) (13). Imbalanced: 420 / 460 / 300 / 280 / 400 / 280 rows (2,140)."""
    rng = np.random.default_rng(117404)
    y = rng.permutation(np.repeat(np.arange(len(INVERTER_CLASSES)), INVERTER_ROWS))
    cats = [(rng.random(len(y))[:, None] > np.cumsum(table[y], 1)[:, :-1]).sum(1).astype(float)
            for table in (INVERTER_INSTALL, INVERTER_MAKE, INVERTER_EVENT, INVERTER_COMPLAINT)]
    power = np.round(np.clip(np.array([5.0, 30.0, 60.0])[cats[0].astype(int)] * rng.lognormal(0, 0.3, len(y)), 1,
                             150), 1)
    t = _pull(INVERTER_TABLE, INVERTER_NEIGHBOURS, 0.3, INVERTER_LOGS)[y]
    x = _draw(rng, t, INVERTER_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.2, 20, 1), (1, 0.01, 100, 2), (2, 0.2, 100, 1), (3, 0, 110, 0),
                                 (4, 190, 275, 0), (5, 5, 100, 0), (6, 0, 110, 0), (7, 0, 100, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack(cats + [power, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND117`` lists them (the ordered sets first)
GENERATORS = {"rubber5": rubber5, "barley4": barley4, "microwave6": microwave6, "inverter6": inverter6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND117_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "rubber5": (2140, 13, RUBBER_ROWS),
    "barley4": (2140, 13, BARLEY_ROWS),
    "microwave6": (2140, 13, MICROWAVE_ROWS),
    "inverter6": (2140, 13, INVERTER_ROWS),
}
ROUND117 = tuple(GENERATORS)


if __name__ == "__main__":
    main(GENERATORS)
