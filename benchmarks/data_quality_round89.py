"""Round 89's held-out data sets for the noisy-label benchmark (docstring completed with the generators)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- breslow4: a melanoma's Breslow T category
#: the 4 classes of ``breslow4`` (a patient whose excised primary cutaneous melanoma the dermatopathologist staged by
#: its Breslow thickness), the thinnest first
BRESLOW_CLASSES = ("T1 up to 1.0 mm", "T2 1.01-2.0 mm", "T3 2.01-4.0 mm", "T4 over 4.0 mm")
BRESLOW_ROWS = (700, 580, 480, 380)
#: the lower limits (mm) of T2, T3 and T4 on the dermatopathologist's measured Breslow thickness (the granular layer
#: to the deepest invasive cell, read with an ocular micrometer)
BRESLOW_LIMITS = (1.0, 2.0, 4.0)
#: the category above and below each category (a thickness measured either side of 1, 2 or 4 mm: a tangential cut, a
#: periadnexal extension counted or not, an ulcer's base; pathologists differ mostly one category apart)
BRESLOW_NEIGHBOURS = ordinal_neighbours(len(BRESLOW_CLASSES))
#: what the dermatopathologist stages from: the label's basis, not columns
BRESLOW_SLIDES = ("the excision's sections under the microscope", "the measured Breslow thickness (mm)",
                  "the histological subtype (superficial spreading, nodular, lentigo maligna, acral)")


# ---------------------------------------------------------------------- foodhyg6: a food business's hygiene rating
#: the 6 classes of ``foodhyg6`` (a food business, by the food hygiene rating the local authority's food safety
#: officer gave at an inspection), the worst first
FOODHYG_CLASSES = ("0 urgent improvement necessary", "1 major improvement necessary", "2 improvement necessary",
                   "3 generally satisfactory", "4 good", "5 very good")
FOODHYG_ROWS = (180, 260, 320, 420, 480, 480)
#: the lower limits of ratings 1-5 on the officer's reading of the business' compliance (a continuous 0-6 reading of
#: the three scored elements, the hygienic handling, the structure and the confidence in management, rounded down to
#: a rating; the author's framing of the scheme's score bands)
FOODHYG_LIMITS = (1.0, 2.0, 3.0, 4.0, 5.0)
#: the rating above and below each rating (one element scored a band higher or lower: a missing probe record, a
#: cracked surface, a half-kept diary; officers differ mostly one rating apart, and an appeal moves one)
FOODHYG_NEIGHBOURS = ordinal_neighbours(len(FOODHYG_CLASSES))
#: what the officer rates from: the label's basis, not columns
FOODHYG_VISIT = ("the food handling and temperature control seen on the visit",
                 "the cleanliness and condition of the structure seen on the visit",
                 "the food safety management records checked on the visit")


# ---------------------------------------------------------------------- redeye6: an acute red eye's cause
#: the 6 classes of ``redeye6`` (an adult with an acute red eye, by the cause the ophthalmologist assigned at the eye
#: casualty)
REDEYE_CLASSES = ("bacterial conjunctivitis", "viral conjunctivitis", "allergic conjunctivitis",
                  "infective keratitis", "acute anterior uveitis", "acute angle-closure glaucoma")
REDEYE_ROWS = (400, 460, 360, 320, 340, 260)
#: the causes primary-care and triage staff confuse (symmetric): bacterial against viral conjunctivitis (a sticky red
#: eye, one then both, a cold or not) and against infective keratitis (a purulent discharge in a contact lens wearer);
#: viral against allergic conjunctivitis (watery, both eyes, some itch) and against keratitis (adenoviral or herpetic
#: keratitis, photophobia, a painful watery eye); keratitis against anterior uveitis (pain, photophobia, a blurred
#: eye, no discharge to speak of); anterior uveitis against angle closure (a painful red eye with blurred vision and a
#: headache, circumcorneal redness)
REDEYE_NEIGHBOURS = {0: (1, 3), 1: (0, 2, 3), 2: (1,), 3: (0, 1, 4), 4: (3, 5), 5: (4,)}


# ---------------------------------------------------------------------- churn6: a mobile subscriber's reason to leave
#: the 6 classes of ``churn6`` (a mobile-phone subscriber who left the network, by the reason the retention team
#: recorded on the exit call)
CHURN_CLASSES = ("price", "network coverage or quality", "a competitor's handset offer", "a billing dispute",
                 "poor customer service", "moving home or abroad")
CHURN_ROWS = (460, 380, 360, 300, 340, 300)
#: the reasons the retention team confuses (symmetric): price against a competitor's handset offer (a cheaper bundle
#: with a new phone, near the contract's end) and against a billing dispute (a bill too high or a bill wrong); a
#: billing dispute against poor customer service (the dispute handled badly, many care calls); coverage against poor
#: service (network complaints unanswered) and against moving home (no signal at the new address, roaming abroad)
CHURN_NEIGHBOURS = {0: (2, 3), 1: (4, 5), 2: (0,), 3: (0, 4), 4: (1, 3), 5: (1,)}


def breslow4():
    """Patients whose excised primary cutaneous melanoma the dermatopathologist staged in 4 Breslow T categories
    (``BRESLOW_CLASSES``; the measured thickness against ``BRESLOW_LIMITS``, ``BRESLOW_SLIDES`` the label's basis and
    not columns), as the dermatology clinic record apart from them describes them. The log thickness is unseen: it
    grows with the age, a man, the head and neck or an acral site, a darker skin type, a nodular growth (unseen, about
    a fifth, thick and fast, symmetric, elevated, less often changing colour) and a long wait, and has an unseen rest.
    The seven-point checklist, the dermoscopy score, the bleeding and the elevation's part in the ABCDE follow it; the
    diameter follows it weakly; the months of change are fewer for the nodular ones. Columns: the age, the sex (1 a
    man), the site (0 trunk, 1 limbs, 2 head or neck, 3 acral), the clinical diameter (mm), the ABCDE count (0-5), the
    seven-point score (0-10), the months changing, bleeding (0/1), itch (0/1), the Fitzpatrick type (1-6), the
    blistering sunburns in childhood, the naevi over 2 mm (count), a family history (0/1), the dermoscopy total score
    (1-8.9), the referral's route (0 two-week urgent, 1 routine, 2 skin check or self), its wait (days) (16).
    Imbalanced: 700 / 580 / 480 / 380 rows (2,140)."""
    rng = np.random.default_rng(89101)
    n = 200000
    age = np.round(np.clip(rng.normal(60, 15, n), 18, 95))
    man = rng.random(n) < 0.5
    site = rng.choice(4, n, p=(0.42, 0.33, 0.18, 0.07))
    fitz = rng.choice(np.arange(1, 7), n, p=(0.18, 0.42, 0.25, 0.10, 0.03, 0.02)).astype(float)
    nodular = rng.random(n) < _sig(-1.6 + 0.02 * (age - 60) + 0.3 * man)
    route = rng.choice(3, n, p=(0.55, 0.25, 0.20))
    wait = np.round(np.clip(np.array([12.0, 45, 30])[route] * rng.lognormal(0, 0.5, n), 1, 200))
    lt = (-0.35 + 0.015 * (age - 60) + 0.2 * man + np.array([0.0, 0.0, 0.25, 0.6])[site] + 0.12 * (fitz - 2)
          + 1.0 * nodular + 0.1 * np.log(wait / 20) - 0.25 * (route == 2) + rng.normal(0, 0.25, n))  # log mm, unseen
    months = np.round(np.clip(np.exp(1.6 - 0.9 * nodular + 0.25 * lt + rng.normal(0, 0.7, n)), 0.5, 120), 1)
    diam = np.round(np.clip(np.exp(np.log(7.5) + 0.2 * lt - 0.2 * nodular + 0.15 * (site == 1)
                                   + rng.normal(0, 0.3, n)), 2, 60), 1)
    abcde = np.round(np.clip(2.6 + 0.5 * lt - 0.8 * nodular + 0.3 * (diam > 6) + rng.normal(0, 0.8, n), 0, 5))
    seven = np.round(np.clip(2.8 + 1.6 * lt + 0.5 * nodular + rng.normal(0, 0.8, n), 0, 10))
    bleed = rng.random(n) < _sig(-2.2 + 1.6 * lt)
    itch = rng.random(n) < _sig(-1.5 + 0.5 * lt)
    burns = rng.poisson(np.exp(0.3 - 0.25 * (fitz - 2))).astype(float)
    naevi = rng.poisson(np.exp(2.5 - 0.02 * (age - 60) - 0.1 * (fitz - 2) + rng.normal(0, 0.6, n))).astype(float)
    family = rng.random(n) < 0.1
    tds = np.round(np.clip(4.8 + 1.0 * lt - 0.6 * nodular + rng.normal(0, 0.6, n), 1, 8.9), 1)
    rated = lt + rng.normal(0, 0.06, n)  # the dermatopathologist's measurement
    label = np.digitize(rated, np.log(BRESLOW_LIMITS))
    keep = _keep(rng, label, BRESLOW_ROWS)
    x = np.column_stack([age, man, site, diam, abcde, seven, months, bleed, itch, fitz, burns, naevi, family, tds,
                         route, wait])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def foodhyg6():
    """Food businesses given a food hygiene rating from 0 to 5 by the local authority's food safety officer at an
    inspection (``FOODHYG_CLASSES``; the officer's reading of the compliance against ``FOODHYG_LIMITS``,
    ``FOODHYG_VISIT`` the label's basis and not columns), as the authority's register apart from the visit describes
    them. The compliance is unseen: it is lower for takeaways and restaurants, in deprived areas, with high staff
    turnover and complaints, higher with years of trading, the manager's training and a documented food safety
    management system, and has an unseen rest (the kitchen on the day). The previous rating follows it (a noisy step
    behind, worse the longer ago); complaints follow it. The officer's team reads with a small bias of its own and
    each reading has an error. Columns: the business type (0 restaurant, 1 takeaway, 2 cafe, 3 shop, 4 caterer), the
    covers (seats), the years trading, the previous rating (0-5; 6 none, a new business), the months since it, the
    complaints in a year, the manager's training (0 none, 1 level 2, 2 level 3, 3 level 4), the staff turnover (% a
    year), a documented system at registration (0/1), the area's deprivation decile (1 most deprived - 10), the
    officer's team (0-3), the owner changed since the last visit (0/1) (12). Imbalanced: 180 / 260 / 320 / 420 / 480 /
    480 rows (2,140)."""
    rng = np.random.default_rng(89202)
    n = 200000
    kind = rng.choice(5, n, p=(0.3, 0.25, 0.2, 0.15, 0.1))
    covers = np.round(np.where(np.isin(kind, (0, 2)), rng.lognormal(np.log(40), 0.6, n),
                               rng.lognormal(np.log(6), 0.8, n)))
    years = np.round(np.clip(rng.exponential(7, n), 0.2, 50), 1)
    train = rng.choice(4, n, p=(0.2, 0.5, 0.22, 0.08))
    turnover = np.round(np.clip(rng.lognormal(np.log(30), 0.6, n), 0, 200))
    fsms = rng.random(n) < _sig(-0.2 + 0.7 * train - 0.4 * (kind == 1))
    depriv = rng.integers(1, 11, n).astype(float)
    owner = rng.random(n) < 0.15
    comp = (3.3 + 1.7 * (np.array([-0.3, -0.7, 0.0, 0.3, 0.1])[kind] + 0.25 * np.log1p(years) + 0.35 * train
                         - 0.35 * np.log(turnover / 30) + 0.5 * fsms + 0.06 * (depriv - 5.5) - 0.4 * owner - 0.9)
            + rng.normal(0, 0.35, n))  # the compliance, unseen
    new = years < 1
    since = np.where(new, 0.0, np.round(np.clip(rng.uniform(6, 30, n) - 6 * (comp < 3), 3, 36)))
    prev = np.where(new, 6.0, np.clip(np.digitize(comp + 0.2 + rng.normal(0, 0.25 + 0.01 * since, n),
                                                  FOODHYG_LIMITS), 0, 5).astype(float))
    complaints = rng.poisson(np.exp(-0.8 - 0.45 * (comp - 3.5) + 0.3 * np.log1p(covers / 20))).astype(float)
    team = rng.integers(0, 4, n)
    rated = comp + np.array([0.0, 0.15, -0.15, 0.1])[team] + rng.normal(0, 0.15, n)  # the officer's reading
    label = np.digitize(rated, FOODHYG_LIMITS)
    keep = _keep(rng, label, FOODHYG_ROWS)
    x = np.column_stack([kind, covers, years, prev, since, complaints, train, turnover, fsms, depriv, team,
                         owner])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``redeye6``, the chances of the discharge the triage nurse recorded (0 none, 1 watery, 2 stringy
#: mucoid, 3 purulent)
REDEYE_DISCHARGE = np.array([[0.05, 0.12, 0.23, 0.60], [0.08, 0.65, 0.17, 0.10], [0.15, 0.40, 0.43, 0.02],
                             [0.15, 0.45, 0.10, 0.30], [0.55, 0.42, 0.02, 0.01], [0.60, 0.38, 0.01, 0.01]])
#: per cause of ``redeye6``, the medians of the triage record: the age, a man (share), both eyes (share), the days of
#: symptoms, the pain (0-10), photophobia (share), the itch (0-3), the visual acuity (logMAR), contact lenses (share),
#: a recent cold (share), atopy (share), the previous episodes, a headache or vomiting (share)
REDEYE_TABLE = np.array([
    # age   man   both  days  pain  photo itch  acuity lens  cold  atopy prev  head
    [40.0, 0.45, 0.45, 3.0, 2.0, 0.10, 0.6, 0.05, 0.12, 0.15, 0.15, 0.3, 0.03],  # bacterial conjunctivitis
    [35.0, 0.50, 0.55, 5.0, 2.5, 0.25, 0.8, 0.08, 0.08, 0.55, 0.15, 0.2, 0.05],  # viral conjunctivitis
    [30.0, 0.45, 0.85, 6.0, 1.0, 0.08, 2.4, 0.02, 0.10, 0.15, 0.70, 2.0, 0.02],  # allergic conjunctivitis
    [35.0, 0.50, 0.05, 3.0, 6.5, 0.75, 0.3, 0.35, 0.60, 0.10, 0.10, 0.3, 0.05],  # infective keratitis
    [40.0, 0.55, 0.10, 4.0, 5.5, 0.85, 0.2, 0.22, 0.05, 0.10, 0.10, 1.2, 0.12],  # anterior uveitis
    [65.0, 0.30, 0.05, 1.0, 8.0, 0.40, 0.1, 0.80, 0.02, 0.05, 0.05, 0.3, 0.75],  # angle closure
])
REDEYE_LOGS = [0, 3, 7]
REDEYE_KINDS = [("log", 0.28, 0), ("share", 0, 0), ("share", 0, 0), ("log", 0.6, 0), ("norm", 1.4, 0.5),
                ("share", 0, 0), ("norm", 0.7, 0), ("log", 0.6, 0.2), ("share", 0, 0), ("share", 0, 0),
                ("share", 0, 0), ("count", 0.6, 0), ("share", 0, 0)]


def redeye6():
    """Adults with an acute red eye in 6 causes primary-care and triage staff confuse (``REDEYE_CLASSES``), labelled by
    the cause the ophthalmologist assigned at the eye casualty, as the triage record apart from the slit-lamp findings
    and the diagnosis describes them. Each cause has its picture (``REDEYE_DISCHARGE``, ``REDEYE_TABLE``): bacterial
    conjunctivitis sticky and purulent, mild pain, the vision spared; viral conjunctivitis watery, after a cold, one
    eye then both; allergic conjunctivitis both eyes, itchy, atopic, recurrent; infective keratitis one eye, painful,
    photophobic, a contact lens wearer, the vision down; anterior uveitis one eye, painful, photophobic, no discharge,
    recurrent; angle closure older, a woman more often, severe pain, the vision well down, a headache and vomiting.
    Unseen: the inflammation's severity (one per-row factor raising the pain and the acuity's loss). Columns: the
    discharge (0 none, 1 watery, 2 mucoid, 3 purulent), then the table's 13 (the age to the unit within 18-95, the
    days and the acuity to a tenth or a hundredth within their ranges, the pain and the itch to a tenth within 0-10
    and 0-3, the shares as 0/1, the episodes a count) (14). Imbalanced: 400 / 460 / 360 / 320 / 340 / 260 rows
    (2,140)."""
    rng = np.random.default_rng(89303)
    y = rng.permutation(np.repeat(np.arange(len(REDEYE_CLASSES)), REDEYE_ROWS))
    dis = (rng.random(len(y))[:, None] > np.cumsum(REDEYE_DISCHARGE[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(REDEYE_TABLE, REDEYE_NEIGHBOURS, 0.3, REDEYE_LOGS)[y]
    x = _draw(rng, t, REDEYE_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 18, 95))
    x[:, 3] = np.round(np.clip(x[:, 3], 0.1, 60), 1)
    x[:, 4] = np.round(np.clip(x[:, 4], 0, 10), 1)
    x[:, 6] = np.round(np.clip(x[:, 6], 0, 3), 1)
    x[:, 7] = np.round(np.clip(x[:, 7], 0, 2), 2)
    return np.column_stack([dis, x]).astype(np.float32), y.astype(np.int64)


#: per reason of ``churn6``, the chances of the last care-line contact's topic before leaving (0 none, 1 the bill or
#: the price, 2 a network fault, 3 an upgrade or a handset, 4 an address, roaming or other)
CHURN_TOPICS = np.array([[0.35, 0.35, 0.05, 0.18, 0.07], [0.20, 0.08, 0.55, 0.07, 0.10],
                         [0.35, 0.12, 0.03, 0.45, 0.05], [0.05, 0.75, 0.05, 0.05, 0.10],
                         [0.12, 0.30, 0.25, 0.13, 0.20], [0.30, 0.08, 0.15, 0.05, 0.42]])
#: per reason of ``churn6``, the medians of the account record: the tenure (months), the monthly bill (GBP), its
#: change in six months (%), the data use (GB a month), the dropped-call rate (%), the complaints logged in a year,
#: the care-line calls in three months, the handset's age (months), the months to the contract's end (negative:
#: out of contract), the roaming days in a year, the late payments in a year, an urban address (share), a family or
#: shared plan (share)
CHURN_TABLE = np.array([
    # tenure bill  chg   data  drop  compl calls hset  toend roam  late  urban fam
    [30.0, 38.0, 12.0, 8.0, 1.2, 0.4, 1.2, 26.0, -3.0, 3.0, 0.5, 0.65, 0.25],  # price
    [36.0, 30.0, 2.0, 6.0, 4.5, 1.5, 2.5, 20.0, 4.0, 3.0, 0.3, 0.35, 0.25],  # coverage or quality
    [24.0, 32.0, 3.0, 12.0, 1.3, 0.3, 1.0, 30.0, -1.0, 4.0, 0.3, 0.70, 0.20],  # competitor's handset offer
    [28.0, 45.0, 20.0, 7.0, 1.3, 2.2, 4.0, 18.0, 6.0, 6.0, 1.6, 0.60, 0.30],  # billing dispute
    [32.0, 35.0, 6.0, 7.0, 2.2, 2.0, 4.5, 20.0, 5.0, 3.0, 0.6, 0.55, 0.30],  # poor customer service
    [40.0, 30.0, 3.0, 6.0, 2.5, 0.5, 1.5, 22.0, 3.0, 15.0, 0.4, 0.50, 0.20],  # moving home or abroad
])
CHURN_LOGS = [0, 1, 3, 4, 6, 7, 9]
CHURN_KINDS = [("log", 0.45, 0), ("log", 0.25, 0), ("norm", 6.0, 2.0), ("log", 0.45, 0), ("log", 0.3, 0.15),
               ("count", 0.4, 0), ("count", 0.4, 0.2), ("log", 0.3, 0), ("norm", 4.0, 0), ("count", 0.6, 0),
               ("count", 0.4, 0), ("share", 0, 0), ("share", 0, 0)]


def churn6():
    """Mobile-phone subscribers who left the network in 6 reasons the retention team confuses (``CHURN_CLASSES``),
    labelled by the reason recorded on the exit call, as the account record apart from the call describes them. Each
    reason has its picture (``CHURN_TOPICS``, ``CHURN_TABLE``): price a bill risen and out of contract, a bill or price
    call; coverage rural, dropped calls, network complaints and fault calls; a competitor's handset offer an old
    handset near or past the contract's end, heavy data; a billing dispute a bill jumped, complaints, many care calls,
    late payments, roaming charges; poor service complaints and many care calls of every topic; moving home a long
    tenure, roaming abroad, an address call. Unseen: the customer's frustration (one per-row factor raising the bill's
    change, the dropped calls and the care calls). Columns: the last care contact's topic (0 none, 1 bill or price, 2
    network fault, 3 upgrade or handset, 4 address, roaming or other), then the table's 13 (the tenure, the handset's
    age and the months to the contract's end to the unit, the bill and the data to a tenth, the change and the
    dropped-call rate to a tenth within their ranges, the counts, the shares as 0/1) (14). Imbalanced: 460 / 380 /
    360 / 300 / 340 / 300 rows (2,140)."""
    rng = np.random.default_rng(89404)
    y = rng.permutation(np.repeat(np.arange(len(CHURN_CLASSES)), CHURN_ROWS))
    topic = (rng.random(len(y))[:, None] > np.cumsum(CHURN_TOPICS[y], 1)[:, :4]).sum(1).astype(float)
    t = _pull(CHURN_TABLE, CHURN_NEIGHBOURS, 0.3, CHURN_LOGS)[y]
    x = _draw(rng, t, CHURN_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 1, 240))
    x[:, 1] = np.round(np.clip(x[:, 1], 5, 150), 1)
    x[:, 2] = np.round(np.clip(x[:, 2], -40, 100), 1)
    x[:, 3] = np.round(np.clip(x[:, 3], 0.1, 200), 1)
    x[:, 4] = np.round(np.clip(x[:, 4], 0.1, 30), 1)
    x[:, 7] = np.round(np.clip(x[:, 7], 1, 96))
    x[:, 8] = np.round(np.clip(x[:, 8], -36, 24))
    return np.column_stack([topic, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND89`` lists them (the ordered sets first)
GENERATORS = {"breslow4": breslow4, "foodhyg6": foodhyg6, "redeye6": redeye6, "churn6": churn6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND89_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "breslow4": (2140, 16, BRESLOW_ROWS),
    "foodhyg6": (2140, 12, FOODHYG_ROWS),
    "redeye6": (2140, 14, REDEYE_ROWS),
    "churn6": (2140, 14, CHURN_ROWS),
}
ROUND89 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("breslow4", "foodhyg6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"breslow4": BRESLOW_NEIGHBOURS, "foodhyg6": FOODHYG_NEIGHBOURS, "redeye6": REDEYE_NEIGHBOURS,
              "churn6": CHURN_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
