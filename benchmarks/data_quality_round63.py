"""Round 63's held-out data sets for the noisy-label benchmark (being written; the full docstring comes with the
generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401


# ---------------------------------------------------------------------- maturity5: a source rock's thermal maturity
#: the 5 classes of ``maturity5`` (a source rock sample from a well's cuttings or core, by its reference mean random
#: vitrinite reflectance, Ro %, measured on a polished block over at least 30 vitrinite grains, against the oil
#: window's usual limits), least mature first
MATURITY_CLASSES = ("immature (Ro under 0.6 %)", "early oil window (0.6-0.8 %)", "peak oil window (0.8-1.0 %)",
                    "late oil window (1.0-1.3 %)", "gas window (1.3 % or more)")
MATURITY_ROWS = (380, 460, 480, 440, 380)
#: the class above and below each class
MATURITY_NEIGHBOURS = ordinal_neighbours(len(MATURITY_CLASSES))
#: the reference Ro (%) against 0.6 (the oil window's usual start), 0.8 and 1.0 (the peak's usual bounds) and 1.3
#: (the oil window's usual end, the wet gas window's start); a sample's class is the number of limits its Ro reaches
MATURITY_LIMITS = (0.6, 0.8, 1.0, 1.3)


# --------------------------------------------------------------------------- ketosis4: a fresh cow's ketosis class
#: the 4 classes of ``ketosis4`` (a dairy cow in her first three weeks of lactation, by the reference blood
#: beta-hydroxybutyrate, BHB, in mmol/L, read by the laboratory's enzymatic assay on a tail-vein sample, against the
#: field's cut-offs), healthiest first
KETOSIS_CLASSES = ("healthy (BHB under 1.0 mmol/L)", "borderline (1.0-1.4 mmol/L)", "subclinical (1.4-3.0 mmol/L)",
                   "clinical (3.0 mmol/L or more)")
KETOSIS_ROWS = (700, 420, 620, 400)
#: the class above and below each class
KETOSIS_NEIGHBOURS = ordinal_neighbours(len(KETOSIS_CLASSES))
#: the reference blood BHB (mmol/L) against 1.0 (the lowest cut-off the field uses for hyperketonemia), 1.4 (the
#: highest of the usual subclinical cut-offs, 1.2-1.4: between 1.0 and 1.4 the field's cut-offs disagree) and 3.0
#: (the level usually read as clinical ketosis); a cow's class is the number of limits her BHB reaches
KETOSIS_LIMITS = (1.0, 1.4, 3.0)


# --------------------------------------------------------------------------- banknote6: a suspect note's kind
#: the 6 classes of ``banknote6`` (a note a cash centre's sorting machine pulled as suspect, by the national
#: analysis centre's reference finding)
BANKNOTE_KINDS = ("genuine, worn or soiled", "inkjet counterfeit", "laser / toner counterfeit",
                  "offset-printed counterfeit", "washed and reprinted genuine paper", "composite of genuine pieces")
BANKNOTE_ROWS = (440, 360, 400, 300, 320, 320)
#: the kinds a cash centre's examiner confuses from the sorter's readings (symmetric): a worn or soiled genuine note
#: against an offset counterfeit (the best offset fakes pass most sensors; wear and dirt dull a genuine note's
#: colour and sharpness), against a washed note (genuine paper and thread, its print faded) and against a composite
#: (genuine pieces, genuine features, a taped or glued seam like a repaired worn note); inkjet against laser (both
#: office printers on office paper, bright under UV, no magnetic ink) and against a washed note (the washed paper
#: is usually reprinted with an inkjet); laser against offset (sharp, dense print; some toners are magnetic)
BANKNOTE_NEIGHBOURS = {0: (3, 4, 5), 1: (2, 4), 2: (1, 3), 3: (0, 2), 4: (0, 1), 5: (0,)}


# --------------------------------------------------------------------------- pointmc6: a railway point machine's fault
#: the 6 classes of ``pointmc6`` (a railway point machine whose throws the condition-monitoring system flagged, by
#: the maintenance team's reference finding on site)
POINT_FAULTS = ("obstruction in the switch (ballast, debris)", "lack of lubrication of the slide chairs",
                "misadjusted detection rods", "motor or gearbox wear", "clamp-lock fault",
                "failed point heater in frost (ice or snow in the switch)")
POINT_ROWS = (380, 420, 340, 320, 360, 320)
#: the faults a maintainer confuses from the monitoring data (symmetric): an obstruction against a failed heater
#: (ice or packed snow is an obstruction: the current held high at the end of the throw), against a clamp-lock
#: fault (the lock does not engage: the end of the throw stalls) and against misadjusted detection (a small
#: obstruction leaves a gap that the detection does not prove); dry slide chairs against motor or gearbox wear (both
#: raise the current over the whole throw and slow it) and against a failed heater (cold, stiff chairs); misadjusted
#: detection against a clamp-lock fault (both fail at the end of the stroke with a normal throw before)
POINT_NEIGHBOURS = {0: (2, 4, 5), 1: (3, 5), 2: (0, 4), 3: (1,), 4: (0, 2), 5: (0, 1)}


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


def maturity5():
    """Source rock samples in 5 thermal maturity classes (``MATURITY_CLASSES``), labelled by the reference vitrinite
    reflectance against ``MATURITY_LIMITS``, as cheap well and basin data describe them. Maturity is the rock's
    time-temperature history: its maximum temperature (its deepest burial, the present depth plus the section
    eroded since, times the gradient of that time, which the present gradient reads only in part: unseen), a
    little more for an older rock at the same temperature. The uplift and erosion is an estimate (from the shale's
    compaction or fission tracks; off by a few hundred metres). The logs see maturity only in part: the shale's
    sonic slowness falls with its deepest burial, the deep resistivity climbs where a rich rock has generated oil
    (the water in its pores replaced), the gamma ray and the total organic carbon follow the rock's richness (the
    carbon falls a little as the kerogen converts). The reference reads the vitrinite: in a hydrogen-rich (type I or
    II) rich rock the vitrinite reflects less (suppressed), and cuttings bring caved, less mature grains from above.
    A nearby well's Ro in the same formation is a good guide, worse the farther the well and the more its depth
    differs (the depth difference not shown). Columns: present depth (m), present geothermal gradient (C/km), the
    formation's age (Ma), the estimated uplift and erosion (m), sonic slowness (us/ft), deep resistivity (ohm m),
    gamma ray (API), total organic carbon (wt %), kerogen type by visual description (1, 2, 3), the nearby well's
    Ro (%), its distance (km), the sample type (0 cuttings, 1 core) (12). Imbalanced: 380 / 460 / 480 / 440 / 380
    rows (2,140)."""
    rng = np.random.default_rng(63101)
    n = 120000
    depth = rng.uniform(600, 5200, n)
    grad = np.clip(rng.normal(30, 6, n), 15, 55)
    age = np.clip(np.exp(rng.normal(np.log(90), 0.8, n)), 5, 480)
    eroded = np.where(rng.random(n) < 0.5, 0.0, rng.gamma(1.5, 600, n))
    est = np.clip(eroded + rng.normal(0, 350, n), 0, None) * (rng.random(n) < 0.9)  # missed in a tenth
    paleo = rng.lognormal(0, 0.12, n)  # the gradient at the deepest burial against today's, unseen
    tmax = 12 + grad * paleo * (depth + eroded) / 1000
    logro = -1.33 + 0.0106 * tmax + 0.08 * np.log(age / 90) + rng.normal(0, 0.06, n)  # the rock's true maturity
    ktype = rng.choice((1, 2, 3), n, p=(0.15, 0.5, 0.35))
    toc0 = np.exp(rng.normal(np.log(np.array([0, 6.0, 3.5, 2.0])[ktype]), 0.5, n))
    conv = _sig((logro - np.log(0.9)) / 0.15)  # the share of the kerogen converted
    toc = toc0 * (1 - np.array([0, 0.6, 0.4, 0.15])[ktype] * conv)
    core = rng.random(n) < 0.2
    suppress = 0.12 * (ktype <= 2) * np.minimum(toc0 / 6, 1.5)
    read = logro - suppress - 0.05 * (~core) + rng.normal(0, np.where(core, 0.04, 0.08), n)
    label = (read[:, None] >= np.log(np.array(MATURITY_LIMITS))).sum(1)
    keep = _keep(rng, label, MATURITY_ROWS)
    y = label[keep]
    depth, grad, age, eroded, est, logro, ktype, toc0, toc, conv, core = (
        a[keep] for a in (depth, grad, age, eroded, est, logro, ktype, toc0, toc, conv, core))
    m = len(y)
    grad_read = grad + rng.normal(0, 2.5, m)  # from corrected bottom-hole temperatures
    sonic = 55 + 95 * np.exp(-(depth + eroded) / 1800) + 4 * np.log(toc) + rng.normal(0, 6, m)
    res = np.exp(np.log(3) - 0.0001 * (depth - 2500) + 1.6 * conv * np.log1p(toc) / np.log(7) + rng.normal(0, 0.5, m))
    gr = 60 + 14 * toc * rng.lognormal(0, 0.3, m) + rng.normal(0, 12, m)
    dist = np.clip(rng.gamma(2, 5, m), 0.5, 60)
    # the one change after the first measure: the nearby well's Ro scatters about this rock's by 0.03 + 0.005 of a
    # log unit per km (``spread``; it was 0.06 + 0.012 per km, a lateral trend rougher than a formation's usually is)
    spread = (0.03, 0.005)
    near = np.exp(logro + rng.normal(0, spread[0] + spread[1] * dist, m) - 0.04)
    x = np.column_stack([np.round(depth), np.round(grad_read, 1), np.round(age), np.round(est, -1), np.round(sonic, 1),
                         np.round(res, 2), np.round(gr), np.round(toc, 2), ktype, np.round(near, 2), np.round(dist, 1),
                         core.astype(float)])
    return x.astype(np.float32), y


def ketosis4():
    """Dairy cows in their first three weeks of lactation in 4 ketosis classes (``KETOSIS_CLASSES``), labelled by
    the reference blood BHB against ``KETOSIS_LIMITS``, as the farm's records and cheap signs describe them. A cow
    mobilises fat when her intake trails her milk: the risk is highest in the first two weeks, in older cows, in a
    cow fat at calving (a long dry period), after twins, with a high yield's demand, and in the cold and hot seasons;
    much of it the records cannot see (her liver, her ration's fit, her rank at the bunk: unseen). As BHB climbs the
    cow eats less, ruminates less, loses condition faster and, past the clinical level, her yield drops. The milk's
    fat-to-protein ratio rises with the mobilised fat, but it is read on the last test day, up to a month old, and
    says less the older it is. Columns: days in milk, parity, milk yield (kg/d), the yield's change over the last
    three days (%), the fat-to-protein ratio on the last test day, days since that test day, body condition score
    (1-5, quarter points), its loss since calving, rumination (min/d), dry matter intake (kg/d), the dry period's
    length (d), twins (0/1), the season (0 winter, 1 spring, 2 summer, 3 autumn) (13). Imbalanced: 700 / 420 / 620 /
    400 rows (2,140)."""
    rng = np.random.default_rng(63202)
    n = 150000
    dim = rng.integers(2, 22, n)
    parity = np.minimum(1 + rng.poisson(1.4, n), 8)
    dry = np.clip(np.round(rng.normal(58, 14, n)), 25, 130)
    bcs_calv = np.clip(3.2 + 0.006 * (dry - 58) + rng.normal(0, 0.35, n), 2.0, 4.75)
    twins = rng.random(n) < 0.04
    season = rng.integers(0, 4, n)
    potential = rng.normal(38, 6, n) * np.where(parity == 1, 0.8, 1.0)  # her peak yield, kg/d
    hidden = rng.normal(0, 0.75, n)  # liver, ration, bunk rank: unseen
    risk = (0.7 * (bcs_calv - 3.2) / 0.35 * 0.5 + 0.3 * (parity >= 3) - 0.15 * (parity == 1) + 0.5 * twins
            + 0.04 * (potential - 38) + 0.25 * np.exp(-((dim - 8) / 6) ** 2) + np.array([0.15, 0, 0.15, 0])[season]
            + hidden)
    bhb = np.exp(np.log(0.7) + 0.5 * risk + rng.normal(0, 0.2, n))
    label = (bhb[:, None] >= np.array(KETOSIS_LIMITS)).sum(1)
    keep = _keep(rng, label, KETOSIS_ROWS)
    y = label[keep]
    dim, parity, dry, bcs_calv, twins, season, potential, bhb = (
        a[keep] for a in (dim, parity, dry, bcs_calv, twins, season, potential, bhb))
    m = len(y)
    # the one change after the first measure: the signs' response to BHB 2.5 times what was first written
    # (``response``; it was 1: a subclinical cow's rumination fell only 30-50 min/d, where a study read ruminating
    # time 1.48 times lower in subclinical ketosis)
    response = 2.5
    lb = response * np.log(bhb / 0.8)
    over = response * np.clip(np.log(bhb / 2.5), 0, None)
    curve = 0.65 + 0.35 * (1 - np.exp(-dim / 10))
    yield_ = potential * curve * (1 - 0.15 * over) + rng.normal(0, 3, m)
    change = 4 * np.exp(-dim / 8) - 14 * over - 2 * np.clip(lb, 0, None) + rng.normal(0, 5, m)
    since = rng.integers(1, 31, m)
    fpr = np.clip(1.12 + 0.2 * lb * np.exp(-since / 14) + 0.05 * (bcs_calv - 3.2) + rng.normal(0, 0.13, m), 0.8, 2.5)
    loss_ = np.clip(0.1 + 0.02 * dim + 0.12 * np.clip(lb, 0, None) + 0.1 * (bcs_calv - 3.2) + rng.normal(0, 0.2, m),
                    0, 1.5)
    loss = np.round(loss_ * 4) / 4
    bcs = np.clip(np.round((bcs_calv - loss_ + rng.normal(0, 0.15, m)) * 4) / 4, 1.5, 4.75)
    rum = 470 - 35 * np.clip(lb, 0, None) - 60 * over - 60 * np.exp(-dim / 4) + rng.normal(0, 55, m)
    dmi = (14 + 0.3 * (potential - 38) + 6 * (1 - np.exp(-dim / 9)) - 1.2 * np.clip(lb, 0, None) - 2.5 * over
           + rng.normal(0, 2.2, m))
    x = np.column_stack([dim, parity, np.round(yield_, 1), np.round(change, 1), np.round(fpr, 2), since, bcs, loss,
                         np.round(rum), np.round(dmi, 1), dry, twins.astype(float), season])
    return x.astype(np.float32), y


#: per kind of ``banknote6``, the medians of the sorter's readings: the paper's UV fluorescence (counts), the
#: fluorescent features found (score), the infrared print's contrast at 850 nm, the infrared pattern's match at
#: 940 nm (the metameric inks that vanish there), the magnetic ink signal (relative to a new genuine note), the
#: mean thickness (um), the thickness profile's largest step (um), the image's sharpness (score), the colour's
#: distance from the reference (delta E), the security thread's match (score), the size's deviation (mm), and the
#: fitness sensor's soiling score
BANKNOTE_TABLE = np.array([
    # uv    uvfeat ir850 ir940 mag   thick  step  sharp col   thread size  soil
    [12.0, 0.80, 0.65, 0.80, 0.80, 112.0, 6.0, 0.60, 8.0, 0.90, 0.40, 0.60],  # genuine, worn or soiled
    [70.0, 0.10, 0.10, 0.15, 0.03, 100.0, 3.0, 0.30, 11.0, 0.05, 0.70, 0.20],  # inkjet
    [60.0, 0.12, 0.90, 0.30, 0.25, 104.0, 3.0, 0.55, 9.0, 0.10, 0.60, 0.20],  # laser / toner
    [35.0, 0.50, 0.50, 0.45, 0.40, 106.0, 3.0, 0.70, 6.0, 0.35, 0.30, 0.25],  # offset
    [28.0, 0.30, 0.20, 0.25, 0.12, 108.0, 4.0, 0.35, 11.0, 0.50, 0.90, 0.35],  # washed and reprinted
    [14.0, 0.80, 0.65, 0.75, 0.85, 122.0, 30.0, 0.65, 7.0, 0.70, 1.00, 0.50],  # composite
])
BANKNOTE_LOGS = [0, 1, 2, 3, 4, 6, 8, 9, 10, 11]
#: per kind, the denominations' shares (5, 10, 20, 50, 100) and the new series' share
BANKNOTE_DENOMS = np.array([
    [0.25, 0.3, 0.25, 0.15, 0.05],
    [0.1, 0.25, 0.4, 0.2, 0.05],
    [0.05, 0.15, 0.4, 0.3, 0.1],
    [0.0, 0.05, 0.3, 0.45, 0.2],
    [0.0, 0.0, 0.15, 0.45, 0.4],
    [0.0, 0.1, 0.3, 0.4, 0.2],
])
BANKNOTE_NEW = (0.5, 0.3, 0.35, 0.45, 0.3, 0.4)


def banknote6():
    """Suspect notes a cash centre's sorter pulled, in 6 kinds (``BANKNOTE_KINDS``), labelled by the national
    analysis centre's finding, as the sorter's sensors read them. Each kind has its picture (``BANKNOTE_TABLE``): a
    genuine note, dull under UV with its features, magnetic ink and thread, pulled for wear and dirt that dull its
    colour and sharpness and a taped tear; inkjet prints on bright office paper, soft-edged, transparent in the
    infrared, without magnetic ink or thread; laser toner absorbs the infrared everywhere and is sometimes magnetic;
    an offset fake is sharp, well coloured, with some fluorescent or magnetic ink and a foil for a thread; a washed
    note is genuine paper, its thread a lower denomination's and its size wrong, reprinted faintly; a composite of
    genuine pieces reads genuine in most sensors but thick at its seam and off in size. But the sorter reads a note
    in passing (its speed, its skew, its soil: unseen), and the counterfeiters differ. Columns: the table's 12, the
    denomination (0-4: 5, 10, 20, 50, 100) and the series (0 old, 1 new) (14). Imbalanced: 440 / 360 / 400 / 300 /
    320 / 320 rows (2,140)."""
    rng = np.random.default_rng(63303)
    y = rng.permutation(np.repeat(np.arange(len(BANKNOTE_KINDS)), BANKNOTE_ROWS))
    n = len(y)
    # the one change after the first measure: each kind pulled 0.4 of the way to its neighbours (``share``; it was
    # 0.3: the counterfeits a centre sees are the ones that passed the tills, nearer the genuine than the textbook's)
    share = 0.4
    t = _pull(BANKNOTE_TABLE, BANKNOTE_NEIGHBOURS, share, BANKNOTE_LOGS)[y]
    passing = rng.normal(0, 1, n)  # the note's passage (speed, skew, soil), unseen
    uv = t[:, 0] * rng.lognormal(0.1 * passing, 0.45, n)
    uvf = np.clip(t[:, 1] * rng.lognormal(0, 0.45, n), 0, 1)
    ir1 = np.clip(t[:, 2] * rng.lognormal(-0.1 * passing, 0.4, n), 0, 1)
    ir2 = np.clip(t[:, 3] * rng.lognormal(-0.1 * passing, 0.4, n), 0, 1)
    mag = t[:, 4] * rng.lognormal(0, 0.6, n)
    thick = t[:, 5] + 3 * passing + rng.normal(0, 5, n)
    step = t[:, 6] * rng.lognormal(0, 0.7, n)
    sharp = np.clip(t[:, 7] * rng.lognormal(-0.1 * passing, 0.3, n), 0, 1)
    col = t[:, 8] * rng.lognormal(0.1 * passing, 0.35, n)
    thread = np.clip(t[:, 9] * rng.lognormal(0, 0.5, n), 0, 1)
    size = t[:, 10] * rng.lognormal(0, 0.6, n)
    soil = np.clip(t[:, 11] * rng.lognormal(0.2 * passing, 0.5, n), 0, 1)
    denom = np.array([rng.choice(5, p=BANKNOTE_DENOMS[c]) for c in y])
    series = (rng.random(n) < np.array(BANKNOTE_NEW)[y]).astype(float)
    x = np.column_stack([np.round(uv, 1), np.round(uvf, 2), np.round(ir1, 2), np.round(ir2, 2), np.round(mag, 2),
                         np.round(thick, 1), np.round(step, 1), np.round(sharp, 2), np.round(col, 1),
                         np.round(thread, 2), np.round(size, 2), np.round(soil, 2), denom, series])
    return x.astype(np.float32), y


#: per fault of ``pointmc6``, the medians over the flagged throws of: the motor current's peak (A), its mean over
#: the throw (A), the current's duration (s), the peak force (kN), the current held at the end of the throw (share
#: of the peak), the current's rise over the middle of the throw (share of the mean), its ripple (share of the mean),
#: the delay from the motor's stop to detection made (s), the ambient temperature (C), the rail's temperature above
#: the air's (C), throws since maintenance, snow or freezing rain in the last day (mm), failed throws in the last day,
#: and the normal against reverse throw's peak ratio
POINT_TABLE = np.array([
    # peak mean  dur  force hold  rise  rip   det   amb   rail  since   snow fail asym
    [8.5, 4.3, 6.0, 5.5, 0.80, 0.10, 0.05, 0.9, 10.0, 6.0, 800.0, 0.3, 2.0, 1.35],  # obstruction
    [7.0, 4.7, 5.3, 4.2, 0.20, 0.25, 0.05, 0.4, 12.0, 9.0, 2500.0, 0.2, 0.4, 1.05],  # lack of lubrication
    [6.0, 3.6, 4.7, 3.1, 0.25, 0.06, 0.05, 2.5, 10.0, 6.0, 250.0, 0.3, 1.5, 1.15],  # misadjusted detection
    [7.2, 4.6, 5.6, 3.3, 0.18, 0.08, 0.16, 0.5, 10.0, 6.0, 1800.0, 0.2, 0.6, 1.05],  # motor or gearbox wear
    [7.8, 3.9, 5.5, 4.6, 0.55, 0.07, 0.06, 1.8, 10.0, 6.0, 1200.0, 0.3, 1.8, 1.25],  # clamp-lock fault
    [8.8, 4.9, 6.5, 5.3, 0.70, 0.15, 0.06, 1.0, -4.0, 1.0, 900.0, 6.0, 2.5, 1.20],  # failed heater in frost
])
POINT_LOGS = [0, 1, 2, 3, 4, 5, 6, 7, 10, 12, 13]


def pointmc6():
    """Railway point machines whose throws the condition monitoring flagged, in 6 faults (``POINT_FAULTS``),
    labelled by the maintenance team's finding on site, as the monitoring's throw records describe them. Each fault
    has its picture (``POINT_TABLE``): an obstruction stalls the blade before it closes (the current held high at
    the end, a long throw, a high force, in one direction more than the other, failed throws); dry slide chairs
    raise the friction over the whole stroke (the current climbing through it) long after the last maintenance;
    misadjusted detection rods leave a normal throw whose detection comes late or not at all, soon after a visit;
    a worn motor or gearbox draws more current for the same force, with a ripple; a clamp-lock that will not lock
    stalls at the end of the stroke and delays detection; a failed heater lets ice and snow pack the switch in a
    frost. But the machines differ (their type, the switch's length, the track's settling: unseen), the weather
    comes to every fault, and a flagged throw is one throw. Columns: the table's 14 (14). Imbalanced: 380 / 420 /
    340 / 320 / 360 / 320 rows (2,140)."""
    rng = np.random.default_rng(63404)
    y = rng.permutation(np.repeat(np.arange(len(POINT_FAULTS)), POINT_ROWS))
    n = len(y)
    t = _pull(POINT_TABLE, POINT_NEIGHBOURS, 0.3, POINT_LOGS)[y]
    machine = rng.normal(0, 1, n)  # the machine's type and the switch's length, unseen
    peak = t[:, 0] * rng.lognormal(0.12 * machine, 0.15, n)
    mean = t[:, 1] * rng.lognormal(0.12 * machine, 0.12, n)
    dur = t[:, 2] * rng.lognormal(0.08 * machine, 0.13, n)
    force = t[:, 3] * rng.lognormal(0.1 * machine, 0.25, n)
    hold = np.clip(t[:, 4] * rng.lognormal(0, 0.45, n), 0, 1)
    rise = t[:, 5] * rng.lognormal(0, 0.6, n)
    ripple = t[:, 6] * rng.lognormal(0, 0.5, n)
    det = t[:, 7] * rng.lognormal(0, 0.7, n)
    season = rng.normal(0, 1, n)  # the weather of the day, shared by the air and the rail
    amb = t[:, 8] + 7 * season + rng.normal(0, 3, n)
    rail = amb + t[:, 9] * rng.lognormal(0, 0.5, n) + rng.normal(0, 2, n)
    since = np.round(t[:, 10] * rng.lognormal(0, 0.8, n))
    snow = t[:, 11] * rng.lognormal(0, 1.0, n) * (amb < 3 + 4 * rng.random(n))
    fail = rng.poisson(t[:, 12] * rng.lognormal(0, 0.6, n))
    asym = 1 + (t[:, 13] - 1) * rng.lognormal(0, 0.6, n) + rng.normal(0, 0.04, n)
    x = np.column_stack([np.round(peak, 2), np.round(mean, 2), np.round(dur, 2), np.round(force, 2), np.round(hold, 2),
                         np.round(rise, 3), np.round(ripple, 3), np.round(det, 2), np.round(amb, 1), np.round(rail, 1),
                         since, np.round(snow, 1), fail, np.round(asym, 3)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND63`` lists them (the ordered sets first)
GENERATORS = {"maturity5": maturity5, "ketosis4": ketosis4, "banknote6": banknote6, "pointmc6": pointmc6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND63_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "maturity5": (2140, 12, MATURITY_ROWS),
    "ketosis4": (2140, 13, KETOSIS_ROWS),
    "banknote6": (2140, 14, BANKNOTE_ROWS),
    "pointmc6": (2140, 14, POINT_ROWS),
}
ROUND63 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("maturity5", "ketosis4")
#: each set's documented neighbouring classes
NEIGHBOURS = {"maturity5": MATURITY_NEIGHBOURS, "ketosis4": KETOSIS_NEIGHBOURS, "banknote6": BANKNOTE_NEIGHBOURS,
              "pointmc6": POINT_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
