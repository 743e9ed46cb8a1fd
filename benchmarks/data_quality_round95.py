"""Round 95's held-out data sets for the noisy-label benchmark (in progress: the classes, rows, limits and neighbour
maps, committed before any generator is written)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours  # noqa: E402,F401
# the helpers kept once since session 42
from benchmarks.data_quality_round_common import _keep, _pull, _sig, _draw  # noqa: E402,F401


# ---------------------------------------------------------------------- ramsay6: an ICU patient's Ramsay level
#: the 6 classes of ``ramsay6`` (an intensive-care patient's sedation, by the level of the Ramsay sedation scale the
#: bedside nurse assessed), the lightest first
RAMSAY_CLASSES = ("1 anxious, agitated or restless", "2 cooperative, oriented and tranquil",
                  "3 responds to commands only", "4 asleep, a brisk response to a light glabellar tap or a loud sound",
                  "5 asleep, a sluggish response to a light glabellar tap or a loud sound",
                  "6 asleep, no response to a firm nail-bed pressure or other noxious stimuli")
RAMSAY_ROWS = (220, 380, 440, 460, 360, 280)
#: the lower limits of levels 2-6 on the nurse's reading of the patient's responsiveness (a continuous 0.5-6.5
#: reading of the response to voice, to a glabellar tap and to pain that the level rounds; the author's framing of an
#: ordinal scale)
RAMSAY_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the level above and below each level (restless against calm, drowsy against asleep, a brisk against a sluggish
#: response, sluggish against none: nurses differ mostly one level apart)
RAMSAY_NEIGHBOURS = ordinal_neighbours(len(RAMSAY_CLASSES))
#: what the nurse assesses from: the label's basis, not columns
RAMSAY_ASSESSMENT = ("the nurse's bedside assessment (the patient awake or asleep, calm or restless, following a "
                     "command, the response to a glabellar tap, a loud sound or a nail-bed pressure)",
                     "the nurse's judgement of a patient between levels (a response brisk or sluggish, a patient "
                     "roused by the assessment itself)")


# ---------------------------------------------------------------------- brackmann6: a face's House-Brackmann grade
#: the 6 classes of ``brackmann6`` (a patient with a facial nerve palsy, by the House-Brackmann grade an
#: otolaryngologist gave the face on examination), normal function first
BRACKMANN_CLASSES = ("I normal facial function", "II slight weakness on close inspection, complete eye closure with "
                     "minimal effort", "III obvious but not disfiguring weakness, complete eye closure with effort",
                     "IV obvious, disfiguring weakness, incomplete eye closure, no forehead movement",
                     "V barely perceptible motion, asymmetry at rest", "VI total paralysis, no movement")
BRACKMANN_ROWS = (300, 420, 400, 360, 320, 340)
#: the lower limits of grades II-VI on the otolaryngologist's reading of the face (a continuous 0.5-6.5 reading of the
#: forehead's, the eye's and the mouth's movement, the symmetry at rest and the synkinesis that the grade rounds; the
#: author's framing of an ordinal scale)
BRACKMANN_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5)
#: the grade above and below each grade (the eye closing fully or not, slight forehead movement or none, barely
#: perceptible movement or none: examiners differ mostly one grade apart, most in the middle grades)
BRACKMANN_NEIGHBOURS = ordinal_neighbours(len(BRACKMANN_CLASSES))
#: what the otolaryngologist grades from: the label's basis, not columns
BRACKMANN_EXAMINATION = ("the otolaryngologist's examination of the face at rest and in motion (raising the brows, "
                         "closing the eyes, smiling, the symmetry, the tone)", "the examiner's judgement of "
                         "synkinesis, contracture or spasm, which set a grade of III or IV whatever the motion")


# ---------------------------------------------------------------------- aquarium6: why a home aquarium's fish died
#: the 6 classes of ``aquarium6`` (fish deaths in a home aquarium reported to an aquarium shop, by the cause the
#: shop's staff settled on)
AQUARIUM_CLASSES = ("ammonia poisoning (an uncycled new tank)", "nitrite poisoning (a tank half cycled)",
                    "low dissolved oxygen", "temperature shock (a failed or stuck heater, a cold water change)",
                    "white spot disease (ich)", "pH crash (an old tank's buffer exhausted)")
AQUARIUM_ROWS = (440, 320, 340, 300, 420, 320)
#: the causes the staff confuse (symmetric): ammonia against nitrite (a new tank cycling, both spiking on the kit),
#: against low oxygen (gasping at the surface, red gills), against ich (stressed new fish in a new tank break out in
#: white spot) and against a pH crash (a neglected tank, the acid turning the ammonia to ammonium); nitrite against
#: low oxygen (brown blood, gasping); low oxygen against a temperature shock (warm water holds less oxygen, a hot
#: spell, a heater stuck on) and against a pH crash (an old, overstocked tank, deaths overnight); a temperature shock
#: against ich (a temperature swing sets off white spot)
AQUARIUM_NEIGHBOURS = {0: (1, 2, 4, 5), 1: (0, 2), 2: (0, 1, 3, 5), 3: (2, 4), 4: (0, 3), 5: (0, 2)}


# ---------------------------------------------------------------------- appcrash6: a mobile app crash's root cause
#: the 6 classes of ``appcrash6`` (a mobile app's crash report, by the root cause the triage engineer found in it)
APPCRASH_CLASSES = ("out of memory", "null dereference (a null pointer, an unexpectedly nil value)",
                    "network timeout or unhandled network error", "main thread blocked (ANR, a watchdog kill)",
                    "third-party SDK fault", "OS-version incompatibility")
APPCRASH_ROWS = (380, 440, 300, 360, 320, 340)
#: the causes a triage engineer confuses (symmetric): out of memory against a blocked main thread (a low-end device
#: paging, garbage collection freezing the UI) and against a third-party SDK (an ad or analytics SDK's memory); a null
#: dereference against a network error (a failed response leaving a field empty), against a third-party SDK (a
#: callback into released state) and against an OS version (an API that returns null on one version); a network
#: timeout against a blocked main thread (a request on the main thread); a third-party SDK against an OS version (an
#: SDK that breaks on a new OS release)
APPCRASH_NEIGHBOURS = {0: (3, 4), 1: (2, 4, 5), 2: (1, 3), 3: (0, 2), 4: (0, 1, 5), 5: (1, 4)}


def ramsay6():
    """Intensive-care patients' sedation assessed by the bedside nurse on the 6 levels of the Ramsay sedation scale
    (``RAMSAY_CLASSES``; the nurse's reading against ``RAMSAY_LIMITS``, ``RAMSAY_ASSESSMENT`` the label's basis and
    not columns), as the infusion record, the vital signs and the record apart from the assessment describe them. The
    depth of sedation is unseen: deeper with the sedative's rate (propofol, midazolam or dexmedetomidine, the last
    one lighter, midazolam building up over the infusion's hours and in renal failure), the opioid, a bolus in the
    last hour, age and a neurological or septic illness; lighter with the patient's unseen agitation (pain, delirium,
    withdrawal), which also draws larger doses; with an unseen rest. The heart rate, the blood pressure, the
    respiratory rate and the bispectral index fall with the depth, a mandatory ventilator mode is commoner, the
    behavioural pain scale falls a little and rises with the agitation; the level recorded 4 hours before (another
    nurse's, the depth drifting since) follows it. Columns: the age (years), the reason for admission (0 after
    surgery, 1 sepsis, 2 respiratory failure, 3 neurological), the weight (kg), the creatinine (mg/dl), the propofol
    rate (mg/kg/h), the midazolam rate (mg/h), the dexmedetomidine rate (ug/kg/h), the fentanyl rate (ug/h), the
    hours on the infusion, a bolus in the last hour (0/1), the heart rate (/min), the mean arterial pressure (mmHg),
    the respiratory rate (/min), a mandatory ventilator mode (0/1), the bispectral index (0-100), the level 4 hours
    before (1-6), the behavioural pain scale (3-12) (17). Imbalanced: 220 / 380 / 440 / 460 / 360 / 280 rows
    (2,140)."""
    rng = np.random.default_rng(95101)
    n = 200000
    age = np.round(np.clip(62 + 15 * rng.normal(0, 1, n), 18, 95))
    reason = (rng.random(n)[:, None] > np.cumsum([0.30, 0.30, 0.25, 0.15])[:3]).sum(1)
    weight = np.round(np.clip(78 + 16 * rng.normal(0, 1, n), 40, 180))
    creat = np.round(np.clip(np.exp(0.5 * rng.normal(0, 1, n)), 0.3, 8), 1)
    agit = rng.normal(0, 1, n)  # the patient's agitation, unseen
    drug = (rng.random(n)[:, None] > np.cumsum([0.5, 0.3, 0.2])[:2]).sum(1)
    prop = np.where(drug == 0, np.round(np.clip(1.5 * np.exp(0.25 * agit + rng.normal(0, 0.4, n)), 0.3, 4.5), 1), 0)
    mid = np.where(drug == 1, np.round(np.clip(3 * np.exp(0.3 * agit + rng.normal(0, 0.5, n)), 0.5, 15), 1), 0)
    dex = np.where(drug == 2, np.round(np.clip(0.6 * np.exp(0.2 * agit + rng.normal(0, 0.35, n)), 0.2, 1.5), 2), 0)
    fent = np.where(rng.random(n) < 0.75,
                    np.round(np.clip(75 * np.exp(0.2 * agit + rng.normal(0, 0.45, n)), 25, 300) / 5) * 5, 0.0)
    hours = np.round(np.clip(np.exp(np.log(30) + 0.8 * rng.normal(0, 1, n)), 1, 300))
    bolus = rng.random(n) < _sig(-1.5 + 0.8 * agit)
    effect = prop / 1.5 + mid / 3 * (1 + 0.004 * hours) * (1 + 0.25 * (creat - 1)) + 0.7 * dex / 0.6
    d = np.clip(1.0 + 1.5 * effect + 0.004 * fent + 0.6 * bolus - 0.8 * agit + 0.012 * (age - 62)
                + np.choose(reason, [0.0, 0.3, 0.1, 0.6]) + rng.normal(0, 1.0, n), 0.3, 6.7)  # the depth, unseen
    hr = np.round(np.clip(92 - 4 * (d - 3.5) + 6 * agit + np.choose(reason, [0, 10, 5, 0]) + rng.normal(0, 11, n),
                          35, 180))
    mapr = np.round(np.clip(78 - 3 * (d - 3.5) - 2.5 * (prop - 1.5) * (drug == 0) - 5 * (drug == 2)
                            + rng.normal(0, 10, n), 40, 140))
    rr = np.round(np.clip(20 - 2.5 * (d - 3.5) + 2 * agit + rng.normal(0, 3.5, n), 6, 45))
    mandatory = rng.random(n) < _sig(-0.3 + 1.0 * (d - 3.5) + np.choose(reason, [0.0, 0.0, 0.8, 0.5]))
    bis = np.round(np.clip(68 - 9 * (d - 3.5) + rng.normal(0, 7, n), 20, 98))
    before = np.clip(np.round(d + rng.normal(0, 0.25, n)), 1, 6)
    bps = np.clip(np.round(4.5 - 0.5 * (d - 3.5) + 0.9 * agit + rng.normal(0, 1.1, n)), 3, 12)
    rated = d + rng.normal(0, 0.15, n)  # the nurse's reading
    label = np.digitize(rated, RAMSAY_LIMITS)
    keep = _keep(rng, label, RAMSAY_ROWS)
    x = np.column_stack([age, reason, weight, creat, prop, mid, dex, fent, hours, bolus, hr, mapr, rr, mandatory, bis,
                         before, bps])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def brackmann6():
    """Patients with a facial nerve palsy graded by an otolaryngologist on the 6 House-Brackmann grades
    (``BRACKMANN_CLASSES``; the examiner's reading against ``BRACKMANN_LIMITS``, ``BRACKMANN_EXAMINATION`` the
    label's basis and not columns), as the referral and the record apart from the examination describe them. The
    palsy's worst is unseen: worse in the Ramsay Hunt syndrome, after trauma or surgery than in Bell's palsy, with age
    and diabetes, with an unseen rest; so is the share of the nerve's fibres that degenerated (more in the worst
    palsies, fewer with early steroids, and with antivirals in the Ramsay Hunt syndrome). The face recovers over the
    days since the onset: a conduction block within weeks (slower with age), a degenerated nerve over months and only
    in part; the grade at the examination has an unseen rest. The referral's grade at the worst, taste lost, a
    hyperacusis, pain and less tearing follow the worst; the electroneurography (done in the first three weeks, mostly
    in complete palsies) the degeneration; the patient's Facial Disability Index and own rating of the face's
    movement the grade now; synkinesis the degeneration over months. Columns: the age (years), the cause (0 Bell's
    palsy, 1 Ramsay Hunt syndrome, 2 temporal bone trauma, 3 after surgery, 4 Lyme disease or another infection), the
    days since the onset, diabetes (0/1), steroids within 72 hours (0/1), an antiviral (0/1), the referral's grade at
    the worst (1-6), the electroneurography done (0/1), its degeneration (%, 0 where not done), the Facial Disability
    Index's physical function (0-100), the patient's own rating of the face's movement (0-10), taste lost (0/1), a
    hyperacusis (0/1), the pain score (0-10), Schirmer's test on the palsied side (mm), synkinesis noticed by the
    patient (0/1) (16). Imbalanced: 300 / 420 / 400 / 360 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(95202)
    n = 200000
    cause = (rng.random(n)[:, None] > np.cumsum([0.62, 0.12, 0.08, 0.12, 0.06])[:4]).sum(1)
    age = np.round(np.clip(np.choose(cause, [45.0, 50.0, 35.0, 55.0, 40.0]) + 16 * rng.normal(0, 1, n), 5, 95))
    days = np.round(np.clip(np.exp(np.log(25) + 1.1 * rng.normal(0, 1, n)), 1, 720))
    diabetes = rng.random(n) < np.clip(0.08 + 0.003 * (age - 45), 0.01, 0.4)
    steroid = rng.random(n) < np.choose(cause, [0.85, 0.8, 0.5, 0.6, 0.4])
    antiviral = rng.random(n) < np.choose(cause, [0.35, 0.9, 0.05, 0.05, 0.2])
    worst = np.clip(np.choose(cause, [3.9, 4.6, 4.5, 4.3, 3.6]) + 0.012 * (age - 45) + 0.3 * diabetes
                    + rng.normal(0, 1.0, n), 1.6, 6.6)  # the palsy at its worst, unseen
    degen = _sig(2.0 * (worst - 5.2) - 0.6 * steroid - 0.4 * antiviral * (cause == 1) + rng.normal(0, 0.8, n))
    block = np.exp(-days / (18 * np.exp(0.01 * (age - 45))))
    f = np.clip(1 + (worst - 1) * ((1 - degen) * block + degen * (0.45 + 0.55 * np.exp(-days / 150)))
                + rng.normal(0, 0.35, n), 0.5, 6.7)  # the face at the examination, unseen
    referral = np.clip(np.round(worst + rng.normal(0, 0.5, n)), 1, 6)
    enog_done = rng.random(n) < np.where(days <= 21, _sig(-0.5 + 1.8 * (worst - 5)), 0.1)
    enog = np.where(enog_done, np.round(np.clip(100 * degen + rng.normal(0, 10, n), 0, 100)), 0.0)
    fdi = np.round(np.clip(100 * _sig(2.2 - 0.85 * (f - 1) + rng.normal(0, 0.3, n)), 0, 100))
    own = np.clip(np.round(10 - 1.8 * (f - 1) + rng.normal(0, 0.45, n)), 0, 10)
    taste = rng.random(n) < _sig(-0.8 + 0.6 * (worst - 4))
    hyperacusis = rng.random(n) < _sig(-1.8 + 0.6 * (worst - 4))
    pain = np.clip(np.round(2 + np.choose(cause, [0.0, 3.0, 1.5, 0.5, 1.0]) + 0.4 * (worst - 4)
                            + rng.normal(0, 1.8, n)), 0, 10)
    schirmer = np.round(np.clip(18 - 2.5 * (worst - 4) + rng.normal(0, 6, n), 0, 35))
    synk = rng.random(n) < _sig(-3.5 + 3.0 * degen + 0.9 * np.log(days / 90))
    rated = f + rng.normal(0, 0.15, n)  # the otolaryngologist's reading
    label = np.digitize(rated, BRACKMANN_LIMITS)
    keep = _keep(rng, label, BRACKMANN_ROWS)
    x = np.column_stack([age, cause, days, diabetes, steroid, antiviral, referral, enog_done, enog, fdi, own, taste,
                         hyperacusis, pain, schirmer, synk])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``aquarium6``, the chances of the tank's kind (0 tropical community, 1 coldwater or goldfish, 2 a
#: betta or nano tank, 3 a planted tank)
AQUARIUM_KIND = np.array([[0.45, 0.30, 0.20, 0.05], [0.45, 0.30, 0.15, 0.10], [0.35, 0.40, 0.05, 0.20],
                          [0.50, 0.10, 0.30, 0.10], [0.55, 0.20, 0.10, 0.15], [0.40, 0.10, 0.15, 0.35]])
#: per cause of ``aquarium6``, the medians of the owner's answers and the water tests brought in: the tank's age
#: (months), its volume (litres), fish added in the last 2 weeks (share), the days over which the fish died, the
#: ammonia (ppm), the nitrite (ppm), the nitrate (ppm), the pH, the carbonate hardness (dKH), the water's temperature
#: on the owner's thermometer (C), fish gasping at the surface (share), white spots seen (share), found dead in the
#: morning (share), a heater fault, a power cut or a hot spell (share), a water change in the last 3 days (share), the
#: stocking (cm of fish a 10 litres)
AQUARIUM_TABLE = np.array([
    # age  vol    added days  nh3  no2   no3   ph   kh   temp  gasp  spots night heat  wc    stock
    [1.0, 60.0, 0.70, 4.0, 2.0, 0.30, 5.0, 7.6, 5.0, 25.0, 0.60, 0.10, 0.30, 0.05, 0.20, 12.0],  # ammonia
    [1.8, 80.0, 0.50, 6.0, 0.5, 3.00, 15.0, 7.4, 4.0, 25.0, 0.50, 0.10, 0.30, 0.05, 0.15, 10.0],  # nitrite
    [14.0, 100.0, 0.20, 1.5, 0.2, 0.10, 40.0, 7.2, 4.0, 27.5, 0.85, 0.05, 0.75, 0.40, 0.10, 18.0],  # low oxygen
    [12.0, 60.0, 0.20, 1.2, 0.1, 0.05, 20.0, 7.4, 5.0, 21.0, 0.30, 0.05, 0.55, 0.75, 0.45, 10.0],  # temperature
    [10.0, 90.0, 0.75, 9.0, 0.15, 0.05, 25.0, 7.3, 5.0, 24.0, 0.35, 0.75, 0.20, 0.20, 0.15, 11.0],  # ich
    [30.0, 100.0, 0.10, 3.0, 0.3, 0.10, 80.0, 5.8, 0.8, 25.0, 0.45, 0.05, 0.35, 0.05, 0.10, 15.0],  # pH crash
])
AQUARIUM_LOGS = [0, 1, 3, 4, 5, 6, 8, 15]
AQUARIUM_KINDS = [("log", 0.8, 0.3), ("log", 0.6, 0), ("share", 0, 0), ("log", 0.6, 0), ("log", 1.0, 0),
                  ("log", 1.0, 0), ("log", 0.7, 0.3), ("norm", 0.45, -0.15), ("log", 0.6, 0), ("norm", 2.0, 0)]
AQUARIUM_KINDS += [("share", 0, 0)] * 5 + [("log", 0.5, 0.2)]


def aquarium6():
    """Fish deaths in home aquaria reported to an aquarium shop, in 6 causes the shop's staff confuse
    (``AQUARIUM_CLASSES``), labelled by the cause the staff settled on, as the owner's answers and the water tests
    brought in apart from the staff's diagnosis describe them. Each cause has its picture (``AQUARIUM_KIND``,
    ``AQUARIUM_TABLE``): ammonia poisoning a tank a month old, fish just added, ammonia on the kit, gasping; nitrite
    poisoning a tank some weeks older, nitrite on the kit; low oxygen an older, warm, crowded tank, gasping, deaths
    overnight in a hot spell; a temperature shock a cold (or hot) thermometer, a heater fault or a power cut, a water
    change, deaths within a day; ich white spots, fish just added, deaths over a week or more; a pH crash an old tank,
    the carbonate hardness used up, a low pH and much nitrate. Unseen: the owner's neglect (one per-row factor
    raising the tank's age, the nitrate and the stocking and lowering the pH). Columns: the kind (0 tropical
    community, 1 coldwater or goldfish, 2 betta or nano, 3 planted), then the table's 16 (the age to a tenth within
    0.1-240 months, the volume to the litre within 5-1000, the days to a tenth within 0.1-60, the ammonia and the
    nitrite to a hundredth within 0-8 and 0-5, the nitrate to the unit within 0-300, the pH to a tenth within 4.5-8.8,
    the hardness to a tenth within 0-20, the temperature to a tenth within 10-34, the stocking to the unit within
    1-80, the shares as 0/1) (17). Imbalanced: 440 / 320 / 340 / 300 / 420 / 320 rows (2,140)."""
    rng = np.random.default_rng(95303)
    y = rng.permutation(np.repeat(np.arange(len(AQUARIUM_CLASSES)), AQUARIUM_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(AQUARIUM_KIND[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(AQUARIUM_TABLE, AQUARIUM_NEIGHBOURS, 0.3, AQUARIUM_LOGS)[y]
    x = _draw(rng, t, AQUARIUM_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((0, 0.1, 240, 1), (1, 5, 1000, 0), (3, 0.1, 60, 1), (4, 0, 8, 2), (5, 0, 5, 2),
                                 (6, 0, 300, 0), (7, 4.5, 8.8, 1), (8, 0, 20, 1), (9, 10, 34, 1), (15, 1, 80, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([kind, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``appcrash6``, the chances of the device (0 a low-end Android phone, 1 a mid-range Android phone, 2
#: a flagship Android phone, 3 an iPhone)
APPCRASH_DEVICE = np.array([[0.50, 0.25, 0.05, 0.20], [0.20, 0.30, 0.20, 0.30], [0.25, 0.30, 0.15, 0.30],
                            [0.40, 0.35, 0.10, 0.15], [0.25, 0.30, 0.20, 0.25], [0.15, 0.25, 0.25, 0.35]])
#: per cause of ``appcrash6``, the medians of the crash report's metadata: the device's memory (GB), the free memory
#: at the crash (%), on the newest OS release or a beta (share), the days since the app version's release, the days
#: since the device's OS update, the session's length before the crash (s), a crash at launch (share), in the
#: foreground (share), on a cellular or weak network (share), the network requests in flight, the main thread's
#: longest stall in the last 10 s (ms), the app's memory in use (MB), the screens viewed in the session, a
#: third-party SDK updated in this app version (share), the user's other crashes in the last 7 days, the device
#: model's crash rate (per 1,000 sessions)
APPCRASH_TABLE = np.array([
    # ram  free  new   appd  osd    sess   launch fg   cell  req  stall   heap   scr   sdk   rep  rate
    [2.5, 5.0, 0.15, 25.0, 200.0, 900.0, 0.03, 0.55, 0.30, 2.0, 300.0, 480.0, 40.0, 0.15, 1.0, 4.0],  # memory
    [4.0, 22.0, 0.20, 6.0, 200.0, 120.0, 0.15, 0.90, 0.30, 2.0, 50.0, 150.0, 8.0, 0.20, 0.8, 2.0],  # null
    [4.0, 22.0, 0.15, 20.0, 200.0, 180.0, 0.10, 0.85, 0.80, 6.0, 200.0, 160.0, 10.0, 0.15, 0.6, 2.0],  # network
    [3.0, 12.0, 0.15, 20.0, 200.0, 240.0, 0.15, 0.98, 0.35, 3.0, 5000.0, 220.0, 12.0, 0.15, 0.7, 3.0],  # main thread
    [4.0, 18.0, 0.30, 10.0, 120.0, 40.0, 0.45, 0.80, 0.35, 3.0, 120.0, 200.0, 5.0, 0.65, 1.5, 5.0],  # SDK
    [4.5, 22.0, 0.70, 40.0, 12.0, 20.0, 0.55, 0.85, 0.30, 2.0, 60.0, 140.0, 4.0, 0.20, 2.5, 8.0],  # OS version
])
APPCRASH_LOGS = [0, 3, 4, 5, 9, 10, 11, 12, 14, 15]
APPCRASH_KINDS = [("log", 0.3, 0), ("norm", 6.0, -3.0), ("share", 0, 0), ("log", 0.65, 0), ("log", 0.7, 0),
                  ("log", 0.75, 0.4), ("share", 0, 0), ("share", 0, 0), ("share", 0, 0), ("count", 0.4, 0),
                  ("log", 0.7, 0), ("log", 0.3, 0.2), ("count", 0.5, 0.4), ("share", 0, 0), ("count", 0.5, 0),
                  ("log", 0.5, 0)]


def appcrash6():
    """Mobile app crash reports triaged into 6 root causes a triage engineer confuses (``APPCRASH_CLASSES``),
    labelled by the cause the engineer found, as the crash report's metadata apart from the stack trace's analysis
    describe them. Each cause has its picture (``APPCRASH_DEVICE``, ``APPCRASH_TABLE``): out of memory a low-end
    phone, little free memory, a long session, many screens, much memory in use, often in the background; a null
    dereference a new app version, a short session in the foreground; a network error a cellular or weak network,
    requests in flight; a blocked main thread a long stall in the foreground, a low-end phone; a third-party SDK an
    SDK just updated, a crash at launch, repeated crashes; an OS-version incompatibility the newest OS or a beta, an
    OS update days before, a crash at launch, repeated crashes on the same models. Unseen: the user's heavy use (one
    per-row factor lengthening the session, the screens and the memory in use and lowering the free memory). Columns:
    the device (0 low-end Android, 1 mid-range Android, 2 flagship Android, 3 iPhone), then the table's 16 (the memory
    to half a GB within 1-16, the free memory to the unit within 0-80 %, the days to the day within 0-365 and 0-1500,
    the session to the second within 1-36,000, the stall to the ms within 1-60,000, the memory in use to the MB within
    20-4,000, the crash rate to a tenth within 0.1-200, the counts as counts, the shares as 0/1) (17). Imbalanced: 380
    / 440 / 300 / 360 / 320 / 340 rows (2,140)."""
    rng = np.random.default_rng(95404)
    y = rng.permutation(np.repeat(np.arange(len(APPCRASH_CLASSES)), APPCRASH_ROWS))
    device = (rng.random(len(y))[:, None] > np.cumsum(APPCRASH_DEVICE[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(APPCRASH_TABLE, APPCRASH_NEIGHBOURS, 0.3, APPCRASH_LOGS)[y]
    x = _draw(rng, t, APPCRASH_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 1, 16) * 2) / 2
    for j, low, high, digits in ((1, 0, 80, 0), (3, 0, 365, 0), (4, 0, 1500, 0), (5, 1, 36000, 0), (10, 1, 60000, 0),
                                 (11, 20, 4000, 0), (15, 0.1, 200, 1)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([device, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND95`` lists them (the ordered sets first)
GENERATORS = {"ramsay6": ramsay6, "brackmann6": brackmann6, "aquarium6": aquarium6, "appcrash6": appcrash6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND95_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "ramsay6": (2140, 17, RAMSAY_ROWS),
    "brackmann6": (2140, 16, BRACKMANN_ROWS),
    "aquarium6": (2140, 17, AQUARIUM_ROWS),
    "appcrash6": (2140, 17, APPCRASH_ROWS),
}
ROUND95 = tuple(GENERATORS)

#: each set's documented neighbouring classes
NEIGHBOURS = {"ramsay6": RAMSAY_NEIGHBOURS, "brackmann6": BRACKMANN_NEIGHBOURS, "aquarium6": AQUARIUM_NEIGHBOURS,
              "appcrash6": APPCRASH_NEIGHBOURS}
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("ramsay6", "brackmann6")


if __name__ == "__main__":
    main(GENERATORS)
