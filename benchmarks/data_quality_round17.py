"""Round 17's held-out data sets for the noisy-label benchmark, written and committed before any
noisy-label detector ran on them, by an author who had not read the detector.

Other kinds of data than every earlier round (no sklearn generators, Gaussian clouds, waveform families,
topics, glyphs, graphs, fingerprints, activities, bird calls, flows, NIR spectra, heart beats, shoppers,
land cover, vibration, light curves, single cells, jets, formants, variable stars, PBMC cells, vowels,
sleep stages, seismic sources, Koppen climates, occupations, galaxies, transformer oil gases, radar
tracks, music genres, soil textures, asteroids, power-quality events, tool wear, retinopathy grades,
credit ratings, beer styles, wildfire fuel types, tropical cyclone categories, haddock ages, Enterobacterales
species or chiller faults): the per-row summaries a practitioner reads from four other fields. Two sets have
ORDERED classes (``ORDERED``): hepatology patients in the 5 METAVIR liver fibrosis stages of their biopsy from
the non-invasive work-up (elastography, blood markers; stages that meet, short biopsy cores under-stage the
liver), and asphalt road sections in the 7 ASTM D6433 pavement condition classes of a walking distress survey
from an automated survey vehicle's distress quantities (classes that meet; each section's damage is shared
among six distresses in its own proportions). Two have UNORDERED classes: Windows executables in 8 malware
categories from a static analyser's features (the four payload categories meet each other, droppers,
downloaders and adware meet; packing hides the imports and strings), and airborne pollen grains of 9 taxa
from an automated holographic and fluorescence pollen monitor (the birch family's grains meet, ash and oak,
hornbeam and oak beside the grasses; blurred holograms). ``NEIGHBOURS`` names each set's neighbour map
(``STAGE_NEIGHBOURS``, ``PCI_NEIGHBOURS``, ``CATEGORY_NEIGHBOURS``, ``TAXON_NEIGHBOURS``). Each generator is
deterministic (its own fixed seed) and returns ``(x, y)`` (float32 / int64) with ``y`` in ``0 .. K-1``;
``benchmarks/data_quality_actions.py`` loads them by name (``load(name, seed)``,
``--sets fibrosis5,pave7,malware8,pollen9``, ``--data round17``).

Clean-label difficulty only (no noise, no detector), measured as rounds 6-16's sets are (round 5's
``difficulty``: the benchmark MLP at 1,500 steps on ``load``'s split, seeds 0 and 1, and the 5-fold
error of three scaled baselines), is what ``python benchmarks/data_quality_round17.py`` prints
(about 15 s on the shared machine):

set        rows   classes (rows each)            MLP train / test %, seed 0 | 1   SVM / QDA / logistic error %
fibrosis5  2,400  5 (380 / 720 / 520 / 330 /     91.9 / 81.2 | 92.7 / 83.0        23.8 / 18.5 / 14.5
                    450), ordered
pave7      2,500  7 (520 / 600 / 480 / 360 /     91.5 / 88.3 | 91.7 / 84.8        19.3 / 22.3 / 16.2
                    250 / 170 / 120), ordered
malware8   2,840  8 (300 / 520 / 260 / 380 /     90.3 / 84.6 | 90.1 / 87.2        16.2 / 19.5 / 14.2
                    450 / 330 / 200 / 400)
pollen9    2,790  9 (200 / 280 / 600 / 150 /     89.7 / 86.4 | 90.3 / 85.8        14.4 / 14.5 / 13.5
                    260 / 300 / 220 / 450 /
                    330)

Each set has class overlap by construction, checked with a scaled 10-neighbour baseline's 5-fold errors
(``tests/test_data_quality_round17.py``). The ordered sets carry many weakly informative columns (the
clinic's whole work-up, the asset register), so the 10-neighbour baseline errs on 42 % of fibrosis5's rows
and 39 % of pave7's, well over the MLP's 12-19 %; its errors still fall between adjacent grades (95 % of
fibrosis5's, ``STAGE_NEIGHBOURS``, and 91 % of pave7's, ``PCI_NEIGHBOURS``), hardly ever more than two grades
away. In fibrosis5, F4 errs least, the stiffness of short-core patients reads over 5 % above the long cores'
at stages F1-F3, and the obese quarter's IQR / median is wider than the leanest quarter's. In pave7, good
sections err least (under 15 %) and the three poorest classes most (over half), the oldest quarter of
sections errs over twice as often as the youngest, and within each class from poor on the alligator cracking
falls as the ruts and the other cracking rise. The 10-neighbour baseline errs on 24 % of malware8's rows and
22 % of pollen9's: over 90 % of malware8's errors fall between neighbouring categories
(``CATEGORY_NEIGHBOURS``), over 75 % within the four payload categories (ransomware, infostealers, banking
trojans, remote access trojans), banking trojans err most and downloaders least, samples whose packer the
analyser detects err over 1.5 times as often as the rest and the quarter with the fewest imports over twice
as often as the quarter with the most; over 95 % of pollen9's errors fall between neighbouring taxa
(``TAXON_NEIGHBOURS``), most of them within the birch family, hazel and alder err most, pine and the grasses
hardly at all, and the least-focused quarter of holograms errs over 1.4 times as often as the sharpest. The
benchmark MLP misfits 7-10 % of its clean training rows: hard clean rows that a detector must not flag.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

if __name__ == "__main__":  # run as a script: the checkout's packages first
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.data_quality_round5 import main, ordinal_neighbours, sigmoid  # noqa: E402


# --------------------------------------------------------------------------- fibrosis5: liver fibrosis stages
#: the METAVIR fibrosis stages of ``fibrosis5``, in label order, and their rows
STAGES = ("F0", "F1", "F2", "F3", "F4")
STAGE_ROWS = (380, 720, 520, 330, 450)
#: the stage below and above each stage
STAGE_NEIGHBOURS = ordinal_neighbours(len(STAGES))
#: the liver diseases of the clinic, one-hot in that order, and their shares
AETIOLOGIES = ("hepatitis C", "hepatitis B", "fatty liver disease", "alcohol")
AETIOLOGY_SHARES = (0.3, 0.2, 0.35, 0.15)
#: biopsy cores shorter than this (mm) under-stage the liver
SHORT_CORE = 15.0


def fibrosis5():
    """Patients of a hepatology clinic in 5 METAVIR fibrosis stages (``STAGES``: F0, no fibrosis, to F4,
    cirrhosis), labelled by the pathologist's stage of a percutaneous liver biopsy, as the non-invasive work-up
    of the same week describes each patient. The liver's fibrosis is a continuum, anywhere within the biopsy's
    stage and blurred a little by its patchiness, so neighbouring stages meet (``STAGE_NEIGHBOURS``); a short
    core (under ``SHORT_CORE`` mm, a quarter of the biopsies) misses septa and under-stages the liver by a
    quarter of a stage, so the markers read its patients higher (their stiffness about 9 % higher at one
    stage). Transient elastography's liver stiffness rises steeply with the fibrosis and a little with the
    necroinflammatory activity (which the transaminases follow, highest in viral hepatitis) and the
    steatosis; its IQR / median is wider in obese patients, whose stiffness scatters the more. The platelets
    fall and the AST / ALT ratio, the hyaluronic acid and the spleen rise with portal hypertension as the
    fibrosis advances; the albumin falls and the bilirubin and the INR rise slowly, and steeply in cirrhosis,
    where the steatosis (the controlled attenuation parameter) burns out. Alcohol raises the GGT and the
    AST / ALT ratio; fatty liver disease the BMI, the controlled attenuation parameter and diabetes. Patients
    with advanced fibrosis are older. Columns: liver stiffness (kPa), its IQR / median (%), controlled
    attenuation parameter (dB/m), AST (U/L), ALT (U/L), platelets (10^9/L), albumin (g/L), bilirubin
    (umol/L), INR, GGT (U/L), hyaluronic acid (ng/mL), spleen length (cm), age (years), BMI (kg/m2), diabetes
    (flag), the biopsy core's length (mm) and the aetiology, one-hot (``AETIOLOGIES``) (20). Imbalanced: 380
    / 720 / 520 / 330 / 450 rows (2,400)."""
    rng = np.random.default_rng(17011)
    y = np.repeat(np.arange(len(STAGES)), STAGE_ROWS)
    n = len(y)
    aet = rng.choice(len(AETIOLOGIES), n, p=AETIOLOGY_SHARES)
    viral, fatty, alcohol = aet <= 1, aet == 2, aet == 3
    core = np.clip(rng.lognormal(np.log(19), 0.35, n), 5, 40)
    f = y + rng.uniform(0, 1, n) + rng.normal(0, 0.06, n) + 0.25 * (core < SHORT_CORE)  # the liver's fibrosis
    f = np.clip(f, 0, 5)
    act = np.clip(rng.gamma(2, 0.45, n) + 0.4 * viral + 0.15 * f, 0, 3)  # necroinflammatory activity
    age = np.clip(rng.normal(40 + 4.5 * f + 5 * alcohol, 11, n), 18, 85)
    bmi = rng.lognormal(np.log(26 + 5 * fatty + 0.4 * f * fatty), 0.14, n)
    diabetes = rng.random(n) < sigmoid(-3.0 + 0.35 * f + 1.1 * fatty + 0.03 * (age - 50) + 0.08 * (bmi - 28))
    steat = np.clip(rng.normal(0.8 + 1.4 * fatty + 0.6 * alcohol + 0.06 * (bmi - 27), 0.6, n), 0, 3)
    cap = 205 + 38 * steat - 15 * np.maximum(f - 3.5, 0) + rng.normal(0, 28, n)
    iqr = rng.lognormal(np.log(11 + 0.6 * np.maximum(bmi - 28, 0)), 0.35, n)  # IQR / median (%)
    lsm = np.exp(np.log(4.7) + 0.3 * f + 0.03 * f ** 2 + 0.03 * act + 0.02 * steat
                 + rng.normal(0, 0.005 + 0.003 * iqr, n))
    alt = rng.lognormal(np.log(30) + 0.42 * act + 0.25 * fatty, 0.38, n)
    ast = alt * (0.62 + 0.1 * f + 0.5 * alcohol) * rng.lognormal(0, 0.22, n)
    portal = np.maximum(f - 1.8, 0) ** 1.5  # portal hypertension
    platelets = 255 * np.exp(-0.16 * portal) * rng.lognormal(0, 0.15, n)
    albumin = 45 - 0.8 * f - 2.6 * np.maximum(f - 3.6, 0) ** 1.4 - 0.02 * (age - 50) + rng.normal(0, 2.5, n)
    bili = rng.lognormal(np.log(8) + 0.1 * f + 0.45 * np.maximum(f - 3.6, 0), 0.35, n)
    inr = 0.97 + 0.015 * f + 0.09 * np.maximum(f - 3.5, 0) ** 1.5 + rng.normal(0, 0.05, n)
    ggt = rng.lognormal(np.log(28) + 0.17 * f + 0.9 * alcohol + 0.3 * fatty, 0.55, n)
    ha = rng.lognormal(np.log(22) + 0.5 * f + 0.008 * (age - 50), 0.3, n)
    spleen = 10 + 0.6 * portal + rng.normal(0, 0.9, n)
    x = np.column_stack([np.round(lsm, 1), np.round(iqr), np.round(cap), np.round(ast), np.round(alt),
                         np.round(platelets), np.round(albumin, 1), np.round(bili), np.round(inr, 2), np.round(ggt),
                         np.round(ha), np.round(spleen, 1), np.round(age), np.round(bmi, 1), diabetes,
                         np.round(core), np.eye(len(AETIOLOGIES))[aet]])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- pave7: pavement condition classes
#: the pavement condition index (PCI) classes of ``pave7`` (ASTM D6433), in label order, their rows and their
#: PCI ranges (the class's upper and lower bounds: good is 85-100, failed 0-10)
PCI_CLASSES = ("good", "satisfactory", "fair", "poor", "very poor", "serious", "failed")
PCI_ROWS = (520, 600, 480, 360, 250, 170, 120)
PCI_BOUNDS = (100, 85, 70, 55, 40, 25, 10, 0)
#: the class above and below each class
PCI_NEIGHBOURS = ordinal_neighbours(len(PCI_CLASSES))
#: the distresses the raters deduct for, and the Dirichlet weights of their shares in a section's damage
DISTRESSES = ("alligator cracking", "longitudinal and transverse cracking", "rutting", "patching", "ravelling",
              "potholes")
DISTRESS_WEIGHTS = (4.2, 4.8, 2.7, 2.1, 2.7, 1.5)


def pave7():
    """Asphalt road sections of a city's network (100 m of one lane each) in the 7 pavement condition index
    classes of ASTM D6433 (``PCI_CLASSES``: good to failed), labelled by the PCI of a walking distress survey by
    trained raters, as the city's automated survey vehicle (a laser crack measurement system, a profiler and a
    rut bar) and its asset register describe each section. Each section's PCI is drawn evenly within its
    class's 15-point range (``PCI_BOUNDS``), so neighbouring classes meet (``PCI_NEIGHBOURS``). Its damage,
    100 less the PCI, is shared among six distresses (``DISTRESSES``) in proportions that vary from section to
    section (Dirichlet, ``DISTRESS_WEIGHTS``): at one PCI, the more fatigue cracking a section has, the fewer
    ruts and cracks. Each distress's quantity follows from its share of the deduct through a concave deduct
    curve (a little alligator cracking deducts much), so the damage is read back from six noisy quantities.
    The vehicle's crack detection misses hairline cracks (it finds 85-100 % of the cracking) and reads some
    sealed cracks as cracks; ravelling shows only as a coarser macrotexture; the roughness (IRI) follows the
    ruts, patches and potholes loosely. The section's age since its last resurfacing follows the damage,
    which grows faster under heavy traffic, trucks and frost. Columns: IRI (m/km), mean rut depth (mm),
    alligator cracking (% of area), longitudinal and transverse cracking (m), patching (% of area), potholes
    (m2), mean profile depth (mm), sealed cracks (m), age (years), log10 AADT, trucks (%), road class (0
    local, 1 collector, 2 arterial) and freezing index (deg C days) (13). Imbalanced: 520 / 600 / 480 / 360 /
    250 / 170 / 120 rows (2,500)."""
    rng = np.random.default_rng(17103)
    y = np.repeat(np.arange(len(PCI_CLASSES)), PCI_ROWS)
    n = len(y)
    pci = rng.uniform(np.array(PCI_BOUNDS[1:])[y], np.array(PCI_BOUNDS[:-1])[y])
    damage = 100 - pci
    share = rng.dirichlet(DISTRESS_WEIGHTS, n)
    deduct = 1.25 * damage[:, None] * share
    alligator = 2.0 * np.expm1(deduct[:, 0] / 32)
    cracks = 15 * np.expm1(deduct[:, 1] / 18)
    rut = 3 + 8 * np.expm1(deduct[:, 2] / 28)
    patching = 4 * np.expm1(deduct[:, 3] / 22)
    mpd = 0.55 + 0.35 * np.expm1(deduct[:, 4] / 30)
    potholes = 0.5 * np.expm1(deduct[:, 5] / 25) * rng.lognormal(0, 0.1, n)  # area (m2)
    road = rng.choice(3, n, p=(0.5, 0.3, 0.2))
    aadt = rng.normal(2.6 + 0.7 * road, 0.35, n)  # log10
    trucks = np.clip(rng.lognormal(np.log(4 + 3 * road), 0.5, n), 0.5, 40)
    frost = rng.lognormal(np.log(400), 0.5, n)
    rate = 1.2 * (1 + 0.35 * (aadt - 3) + 0.03 * trucks + 0.0004 * frost) * rng.lognormal(0, 0.35, n)
    age = np.clip((damage + 3) / np.maximum(rate, 0.3), 0.5, 45) ** 0.9
    sealed = rng.lognormal(np.log(10 + 1.5 * age), 0.8, n) * (rng.random(n) < 0.5)
    detect = rng.uniform(0.85, 1.0, n)
    alligator_m = alligator * detect * rng.lognormal(0, 0.06, n)
    cracks_m = (cracks * detect + 0.2 * sealed) * rng.lognormal(0, 0.06, n)
    rut_m = rut * rng.lognormal(0, 0.04, n)
    iri = rng.lognormal(np.log(1.3 + 0.07 * rut + 0.06 * patching + 0.1 * potholes + 0.012 * damage), 0.22, n)
    x = np.column_stack([np.round(iri, 2), np.round(rut_m, 1), np.round(alligator_m, 2), np.round(cracks_m, 1),
                         np.round(patching * rng.lognormal(0, 0.06, n), 2), np.round(potholes, 2),
                         np.round(mpd + rng.normal(0, 0.02, n), 2), np.round(sealed, 1), np.round(age, 1),
                         np.round(aadt, 2), np.round(trucks, 1), road, np.round(frost)])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- malware8: malware categories
#: the categories of ``malware8``, in label order, and their rows
CATEGORIES = ("ransomware", "infostealer", "banking trojan", "remote access trojan", "downloader", "dropper",
              "coinminer", "adware")
CATEGORY_ROWS = (300, 520, 260, 380, 450, 330, 200, 400)
#: the categories whose static pictures meet (symmetric)
CATEGORY_NEIGHBOURS = {0: (1, 2, 3, 5), 1: (0, 2, 3, 4), 2: (0, 1, 3, 4), 3: (0, 1, 2, 6), 4: (1, 2, 5, 7),
                       5: (0, 4, 7), 6: (3, 7), 7: (4, 5, 6)}
#: the API groups whose referenced functions the analyser counts, in column order
API_GROUPS = ("crypto", "network", "injection", "hooks and input", "file enumeration", "registry", "anti-analysis")
#: per category: log2 file size, then the mean count of each API group (``API_GROUPS``) when unpacked, then
#: the mean count of URL and of IP strings, log printable strings, the resource and overlay shares of the
#: file, then the probabilities of .NET, an Authenticode signature, packing and the GUI subsystem
PROFILES = np.array([
    # size  cry  net  inj  hook file  reg  anti  url   ip  str  res  ovl  .net sign pack gui
    [17.6, 6.0, 1.0, 1.2, 0.2, 5.5, 2.5, 2.5, 0.6, 0.2, 7.2, .05, .02, .20, .03, .30, .30],
    [17.8, 3.0, 5.0, 0.8, 1.2, 4.0, 3.5, 2.0, 3.0, 1.0, 8.0, .05, .02, .50, .02, .25, .50],
    [18.3, 2.0, 6.0, 5.0, 2.5, 1.5, 4.0, 3.0, 4.0, 2.0, 7.6, .06, .02, .10, .05, .40, .60],
    [18.5, 1.5, 6.0, 2.5, 4.5, 3.0, 5.0, 2.0, 1.0, 2.5, 8.2, .08, .02, .55, .03, .25, .60],
    [15.0, 0.5, 4.5, 1.0, 0.1, 0.5, 1.5, 1.0, 3.0, 1.0, 5.6, .05, .02, .25, .10, .20, .40],
    [18.6, 1.0, 0.6, 1.5, 0.1, 1.0, 2.0, 1.5, 0.5, 0.2, 6.6, .50, .20, .30, .10, .30, .50],
    [21.6, 2.0, 3.0, 1.0, 0.0, 0.5, 1.0, 1.0, 2.0, 2.0, 9.5, .03, .05, .10, .05, .40, .05],
    [20.0, 0.5, 4.0, 0.3, 0.5, 1.0, 6.0, 0.3, 8.0, 0.3, 9.0, .30, .30, .30, .75, .10, .95],
])


def malware8():
    """Windows executables of a threat-intelligence feed in 8 malware categories (``CATEGORIES``), labelled by
    the category of the family its analysts assigned after running each sample in their sandbox, as a
    static analyser describes each file without running it. Each category has a profile (``PROFILES``): its
    file size, the functions it references in seven API groups (``API_GROUPS``: ransomware encrypts and walks
    the file system, stealers read credential stores and send them, banking trojans inject into the browser,
    remote access trojans hook the keyboard and take commands, downloaders fetch, droppers carry their
    payload in a resource or the overlay, coinminers are large console programs with pool addresses,
    adware is signed, large, full of URLs and rewrites the browser's registry settings), its strings and its
    habits (.NET, signatures, packing). Each sample's counts scatter about its category's (overdispersed
    Poisson), so categories whose profiles are alike meet (``CATEGORY_NEIGHBOURS``). Packing hides the import
    table and the strings behind a small stub (high entropy, a few sections, LoadLibrary and VirtualAlloc),
    so packed samples keep only their size, their resources, overlay, signature and subsystem: packed
    samples blur within their neighbours; the analyser's packer signature finds about 60 % of them. Columns:
    log2 file size, sections, the highest section entropy (bits), imports (functions), imported DLLs, the
    seven API groups' counts, URL strings, IP-address strings, log printable strings, resource share, overlay
    share, .NET (flag), signed (flag), packer detected (flag) and GUI subsystem (flag) (21). Imbalanced: 300 /
    520 / 260 / 380 / 450 / 330 / 200 / 400 rows (2,840)."""
    rng = np.random.default_rng(17207)
    y = np.repeat(np.arange(len(CATEGORIES)), CATEGORY_ROWS)
    n = len(y)
    prof = PROFILES[y]
    dotnet, signed = rng.random(n) < prof[:, 13], rng.random(n) < prof[:, 14]
    packed, gui = rng.random(n) < prof[:, 15], rng.random(n) < prof[:, 16]
    size = prof[:, 0] + rng.normal(0, 0.8, n)
    hide = np.where(packed, 0.08, 1.0)[:, None]  # what the packer's stub leaves visible
    rates = prof[:, 1:8] * rng.gamma(2.0, 1 / 2.0, (n, 7)) * hide
    apis = rng.poisson(rates + np.where(packed[:, None], (0.3, 0.1, 1.5, 0.0, 0.2, 0.3, 0.4), 0))
    imports = apis.sum(1) + rng.poisson(np.where(packed, 4, 60 * np.exp(0.15 * (size - 18))))
    dlls = np.maximum(1, rng.poisson(np.where(packed, 2, 3 + 0.08 * imports)))
    urls = rng.poisson(prof[:, 8] * rng.gamma(1.2, 1 / 1.2, n) * hide[:, 0])
    ips = rng.poisson(prof[:, 9] * rng.gamma(1.2, 1 / 1.2, n) * hide[:, 0])
    strings = prof[:, 10] + 0.3 * (size - prof[:, 0]) + np.where(packed, -2.0, 0) + rng.normal(0, 0.5, n)
    res = np.clip(rng.beta(2, 2 / np.maximum(prof[:, 11], 0.02), n), 0, 0.95)
    ovl = np.clip(prof[:, 12] * rng.lognormal(0, 0.6, n) * (rng.random(n) < 0.6 + 0.3 * (prof[:, 12] > 0.1)), 0,
                  0.9)
    sections = np.where(packed, rng.choice((2, 3, 3, 4), n), 4 + rng.poisson(0.8 + 0.6 * (prof[:, 11] > 0.2), n))
    entropy = np.where(packed, rng.uniform(7.5, 7.99, n), np.clip(rng.normal(6.3 + 1.0 * res, 0.35, n), 4, 7.99))
    found = packed & (rng.random(n) < 0.6)
    x = np.column_stack([np.round(size, 2), sections, np.round(entropy, 2), imports, dlls, apis, urls, ips,
                         np.round(strings, 2), np.round(res, 3), np.round(ovl, 3), dotnet, signed, found, gui])
    return x.astype(np.float32), y


# --------------------------------------------------------------------------- pollen9: airborne pollen taxa
#: the taxa of ``pollen9``, in label order, and their rows
TAXA = ("Corylus", "Alnus", "Betula", "Carpinus", "Fraxinus", "Quercus", "Pinus", "Poaceae", "Urtica")
TAXON_ROWS = (200, 280, 600, 150, 260, 300, 220, 450, 330)
#: the taxa whose grains meet (symmetric): the birch family's triporate grains, the tricolp(or)ate ash and
#: oak, the large hornbeam and oak beside the grasses, the small birch grains beside the nettle's
TAXON_NEIGHBOURS = {0: (1, 2, 3), 1: (0, 2, 4), 2: (0, 1, 4, 8), 3: (0, 5, 7), 4: (1, 2, 5), 5: (3, 4, 7), 6: (7,),
                    7: (3, 5, 6), 8: (2,)}
#: per taxon: dry equivalent diameter (um) and its spread, the equatorial view's aspect (minor / major),
#: the solidity, the hologram's mean phase (rad), and the fluorescence: the log total intensity of a 25 um
#: grain and the shares of five emission bands (deep blue to red), then the mean lifetime (ns)
GRAINS = np.array([
    # diam  sd  aspect solid phase  logF   b1   b2   b3   b4   b5   tau
    [25.0, 1.6, 0.86, 0.955, 1.10, 2.00, .14, .30, .28, .18, .10, 2.3],
    [23.5, 1.7, 0.82, 0.930, 1.05, 2.05, .13, .31, .29, .17, .10, 2.2],
    [21.8, 1.6, 0.86, 0.950, 1.05, 2.10, .12, .30, .30, .18, .10, 2.2],
    [33.0, 2.6, 0.86, 0.945, 1.15, 1.95, .14, .28, .28, .19, .11, 2.4],
    [23.5, 1.9, 0.76, 0.940, 1.20, 2.30, .10, .26, .31, .21, .12, 2.6],
    [28.5, 2.3, 0.74, 0.955, 1.25, 2.25, .10, .25, .31, .22, .12, 2.7],
    [55.0, 5.0, 0.60, 0.820, 0.80, 1.60, .18, .32, .26, .15, .09, 1.8],
    [34.0, 5.5, 0.93, 0.970, 1.00, 2.50, .08, .22, .30, .24, .16, 3.0],
    [14.0, 1.4, 0.90, 0.960, 0.95, 2.10, .12, .29, .30, .18, .11, 2.3],
])


def pollen9():
    """Airborne pollen grains of 9 taxa (``TAXA``) as an automated real-time pollen monitor (a holographic
    camera with two orthogonal views and a UV-excited fluorescence spectrometer) describes each particle,
    labelled by the reference campaign: pollen collected from flowering plants and released into the
    monitor's inlet one taxon at a time. Each taxon has its grain (``GRAINS``, after palynology's
    descriptions): size, shape in equatorial view, the outline's solidity (alder's protruding pores, pine's
    air sacs), its wall's optical phase and its fluorescence (the shares of five emission bands, the
    intensity and the lifetime). A grain shows a random view to each camera: in polar view even an
    ellipsoidal grain looks round. Its size scatters within the taxon and swells with the humidity; its
    fluorescence ages (dries) by a grain-to-grain amount that dims it and shifts it towards the red; an
    out-of-focus hologram (its focus score a column) reads the grain larger and less solid and adds noise to
    the outline. The birch family's triporate grains (hazel, alder, birch) differ by little more than their
    size, hornbeam is larger, ash and oak meet in size and shape, the grasses range widely in size, and the
    smallest birch grains meet the nettle's (``TAXON_NEIGHBOURS``). Columns: equivalent diameter (um), the
    two views' diameter ratio, the aspect ratio (minor / major) in each view, solidity, mean phase (rad), focus
    score, log total fluorescence, the five bands' shares, fluorescence lifetime (ns) and relative humidity
    (%) (15). Imbalanced: 200 / 280 / 600 / 150 / 260 / 300 / 220 / 450 / 330 rows (2,790)."""
    rng = np.random.default_rng(17311)
    y = np.repeat(np.arange(len(TAXA)), TAXON_ROWS)
    n = len(y)
    g = GRAINS[y]
    rh = np.clip(rng.normal(60, 15, n), 20, 98)
    diam = (g[:, 0] + g[:, 1] * rng.normal(0, 1, n)) * (1 + 0.0012 * (rh - 50))
    focus = rng.beta(4, 1.5, n)
    blur = 1 - focus
    equat = rng.random((n, 2))  # how far each view is from the polar one (0 polar, 1 equatorial)
    aspect = 1 - (1 - g[:, 2:3]) * equat
    aspect = np.clip(aspect + rng.normal(0, 0.025, (n, 2)) * (1 + 3 * blur[:, None]), 0.3, 1)
    views = diam[:, None] * (1 + 0.5 * (1 - aspect)) * (1 + 0.1 * blur[:, None]) \
        * np.exp(rng.normal(0, 1, (n, 2)) * (0.015 + 0.2 * blur[:, None]))
    solidity = np.clip(g[:, 3] - 0.05 * blur + rng.normal(0, 1, n) * (0.008 + 0.03 * blur), 0.6, 1)
    phase = g[:, 4] * (diam / 25) ** 0.5 * rng.lognormal(0, 0.07, n)
    age = rng.beta(2, 3, n)  # the grain's dryness
    log_f = g[:, 5] + 2 * np.log10(diam / 25) - 0.35 * age + rng.normal(0, 0.12, n)
    bands = g[:, 6:11] * np.exp(0.5 * age[:, None] * np.array([-1, -0.5, 0, 0.5, 1])) \
        * rng.lognormal(0, 0.09, (n, 5))
    bands = bands / bands.sum(1, keepdims=True)
    tau = g[:, 11] - 0.3 * age + rng.normal(0, 0.15, n)
    x = np.column_stack([np.round(views.mean(1), 2), np.round(views[:, 0] / views[:, 1], 3), np.round(aspect, 3),
                         np.round(solidity, 3), np.round(phase, 3), np.round(focus, 3), np.round(log_f, 3),
                         np.round(bands, 4), np.round(tau, 2), np.round(rh)])
    return x.astype(np.float32), y


#: name -> generator, in the order ``ROUND17`` lists them
GENERATORS = {"fibrosis5": fibrosis5, "pave7": pave7, "malware8": malware8, "pollen9": pollen9}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND17_GENERATORS = GENERATORS
#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "fibrosis5": (2400, 20, STAGE_ROWS),
    "pave7": (2500, 13, PCI_ROWS),
    "malware8": (2840, 21, CATEGORY_ROWS),
    "pollen9": (2790, 15, TAXON_ROWS),
}
ROUND17 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("fibrosis5", "pave7")
#: each set's documented neighbouring classes
NEIGHBOURS = {"fibrosis5": STAGE_NEIGHBOURS, "pave7": PCI_NEIGHBOURS, "malware8": CATEGORY_NEIGHBOURS,
              "pollen9": TAXON_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
