"""Round 94's held-out data sets for the noisy-label benchmark, written and committed before any noisy-label
detector ran on them, by an author who had not read the detector.

(Docstring in progress: this first commit holds only each set's classes, rows, limits and neighbour map, committed
before any generator was written or ran.)
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


# ---------------------------------------------------------------------- bristol7: a stool sample's Bristol type
#: the 7 classes of ``bristol7`` (a patient's stool sample, by the type of the Bristol stool form scale a
#: gastroenterology nurse or a trained rater read it as), the hardest first
BRISTOL_CLASSES = ("1 separate hard lumps", "2 sausage-shaped but lumpy", "3 a sausage with cracks on its surface",
                   "4 a smooth, soft sausage or snake", "5 soft blobs with clear-cut edges",
                   "6 fluffy pieces with ragged edges, mushy", "7 watery, no solid pieces")
BRISTOL_ROWS = (200, 300, 340, 420, 360, 300, 220)
#: the lower limits of types 2-7 on the rater's reading of the sample (a continuous 0.5-7.5 reading of its form and
#: its water that the type rounds; the author's framing of a visual scale)
BRISTOL_LIMITS = (1.5, 2.5, 3.5, 4.5, 5.5, 6.5)
#: the type above and below each type (lumpy against cracked, cracked against smooth, soft blobs against mushy
#: pieces: raters and patients differ mostly one type apart)
BRISTOL_NEIGHBOURS = ordinal_neighbours(len(BRISTOL_CLASSES))
#: what the rater types from: the label's basis, not columns
BRISTOL_READING = ("the rater's look at the sample against the chart (its pieces, their edges, its surface, how "
                   "much of it is liquid)", "the rater's judgement of a mixed sample (hard pieces with loose stool, "
                   "a sausage that breaks up in the pan)")


# ---------------------------------------------------------------------- ashworth6: a muscle's Modified Ashworth grade
#: the 6 classes of ``ashworth6`` (a patient's most affected muscle group, by the grade of the Modified Ashworth Scale
#: a physiotherapist gave it on passive movement), no increase in tone first
ASHWORTH_CLASSES = ("0 no increase in tone", "1 a catch and release or minimal resistance at the end of the range",
                    "1+ a catch, then minimal resistance through less than half the range",
                    "2 a more marked increase through most of the range, the part easily moved",
                    "3 a considerable increase, passive movement difficult", "4 the part rigid in flexion or extension")
ASHWORTH_ROWS = (420, 380, 400, 440, 320, 180)
#: the lower limits of grades 1-4 (1, 1+, 2, 3, 4 as 1-5) on the physiotherapist's reading of the resistance (a
#: continuous -0.5-5.5 reading of the catch and the resistance through the range that the grade rounds; the author's
#: framing of an ordinal scale)
ASHWORTH_LIMITS = (0.5, 1.5, 2.5, 3.5, 4.5)
#: the grade above and below each grade (a catch felt or not, "1" against "1+" against "2", the speed of the stretch:
#: raters differ mostly one grade apart)
ASHWORTH_NEIGHBOURS = ordinal_neighbours(len(ASHWORTH_CLASSES))
#: what the physiotherapist grades from: the label's basis, not columns
ASHWORTH_ASSESSMENT = ("the physiotherapist's passive movement of the joint through its range (the catch, where it "
                       "comes, the resistance after it)", "the physiotherapist's judgement of tone against "
                       "contracture and the patient's effort (a rigid part, a guarded one, a relaxed one)")


# ---------------------------------------------------------------------- noboot6: the cause of a laptop that won't boot
#: the 6 classes of ``noboot6`` (a laptop brought to a repair shop because it does not boot, by the cause the
#: technician found on the bench)
NOBOOT_CLASSES = ("dead battery, charger or DC jack", "failed memory", "failed storage drive", "motherboard fault",
                  "display or backlight fault", "corrupted firmware or bootloader")
NOBOOT_ROWS = (440, 340, 400, 320, 300, 340)
#: the causes an intake confuses (symmetric): a dead battery, charger or jack against a motherboard fault (no lights,
#: nothing on the button: the adapter or the board's power circuit); failed memory against a motherboard fault (it
#: powers on, the fans spin, no POST), against a display fault (a black screen with the fans running) and against
#: corrupted firmware (no POST, a blinking caps lock or beeps); a failed drive against a corrupted bootloader (no
#: bootable device, a boot loop, a repair screen); a motherboard fault against a display fault (no picture: the
#: graphics on the board or the panel) and against corrupted firmware (a board bricked by a failed update)
NOBOOT_NEIGHBOURS = {0: (3,), 1: (3, 4, 5), 2: (5,), 3: (0, 1, 4, 5), 4: (1, 3), 5: (1, 2, 3)}


# ---------------------------------------------------------------------- wifi6: the cause of a home Wi-Fi complaint
#: the 6 classes of ``wifi6`` (a home Wi-Fi complaint to an internet provider's helpdesk, by the cause the technician
#: found)
WIFI_CLASSES = ("channel interference or congestion", "weak signal at distance", "upstream outage or line fault",
                "router fault", "client device or driver fault", "DNS or configuration problem")
WIFI_ROWS = (420, 440, 300, 320, 340, 320)
#: the causes a helpdesk confuses (symmetric): interference against a weak signal (a low signal-to-noise ratio, slow
#: in the far rooms) and against a router fault (drops and retries, better after a reboot); a weak signal against a
#: client device (one device, far away, slow); an upstream outage against a router fault (no internet at all, the
#: WAN down) and against a DNS or configuration problem (the Wi-Fi connected, "no internet"); a router fault against a
#: DNS or configuration problem (a reboot or a firmware update fixes it); a client device against a DNS or
#: configuration problem (one device that cannot browse: its proxy, its DNS, its address)
WIFI_NEIGHBOURS = {0: (1, 3), 1: (0, 4), 2: (3, 5), 3: (0, 2, 5), 4: (1, 5), 5: (2, 3, 4)}


def bristol7():
    """Patients' stool samples typed by a gastroenterology nurse or a trained rater on the 7 types of the Bristol stool
    form scale (``BRISTOL_CLASSES``; the rater's reading against ``BRISTOL_LIMITS``, ``BRISTOL_READING`` the label's
    basis and not columns), as the patient's bowel diary and record apart from the reading describe them. The stool's
    consistency (the colon's transit and the stool's water) is unseen: looser with laxatives taken in the last days,
    antibiotics, more fibre and more fluid, harder with opioids, in women and with age, with an unseen rest. The
    patient's own typing of the week's stools in the diary, the stools a day and the urgency follow it, the straining,
    the days since the movement before and the marker transit time against it; bloating a little against it. The
    reading adds the hours from passing to reading (a sample read late looks drier and harder). Columns: the age
    (years), female (0/1), the dietary fibre (g/day, the diary's mean), the fluid drunk (l/day), the laxative doses in
    the last 3 days, an opioid taken (0/1), antibiotics in the last 2 weeks (0/1), the patient's own mean type over the
    week's diary (1-7), the stools a day, the movements with straining (%), the urgency episodes a day, the days since
    the movement before the sample, the whole-gut transit time on radio-opaque markers (h), the bloating score (0-10),
    the hours from passing to reading (15). Imbalanced: 200 / 300 / 340 / 420 / 360 / 300 / 220 rows (2,140)."""
    rng = np.random.default_rng(94101)
    n = 200000
    age = np.round(np.clip(48 + 17 * rng.normal(0, 1, n), 18, 90))
    female = rng.random(n) < 0.6
    fibre = np.round(np.clip(np.exp(np.log(18) + rng.normal(0, 0.35, n)), 4, 60), 1)
    fluid = np.round(np.clip(1.8 + rng.normal(0, 0.5, n), 0.5, 4.5), 1)
    lax = rng.poisson(0.5, n).astype(float)
    opioid = rng.random(n) < 0.12
    abx = rng.random(n) < 0.1
    s = np.clip(4.0 + 0.6 * (lax - 0.5) - 1.5 * opioid + 1.1 * abx + 0.05 * (fibre - 18) + 0.45 * (fluid - 1.8)
                - 0.35 * female - 0.012 * (age - 48) + rng.normal(0, 1.0, n), 0.3, 7.7)  # the consistency, unseen
    diary = np.round(np.clip(s + rng.normal(0, 0.2, n), 1, 7), 1)
    freq = np.round(np.clip(np.exp(np.log(1.1) + 0.3 * (s - 4) + rng.normal(0, 0.25, n)), 0.1, 12), 1)
    strain = np.round(100 * _sig(-0.8 - 0.7 * (s - 4) + rng.normal(0, 0.6, n)))
    urgency = np.round(np.clip(np.exp(np.log(0.3) + 0.45 * (s - 4) + rng.normal(0, 0.35, n)), 0, 20), 1)
    since = np.round(np.clip(np.exp(-0.3 * (s - 4) + rng.normal(0, 0.3, n)), 0.1, 14), 1)
    transit = np.round(np.clip(np.exp(np.log(35) - 0.25 * (s - 4) + rng.normal(0, 0.15, n)), 6, 150))
    bloat = np.clip(np.round(3 - 0.5 * (s - 4) + rng.normal(0, 1.2, n)), 0, 10)
    hours = np.round(np.clip(np.exp(np.log(2) + rng.normal(0, 0.6, n)), 0.2, 24), 1)
    rated = s - 0.08 * (hours - 2) + rng.normal(0, 0.15, n)  # the rater's reading
    label = np.digitize(rated, BRISTOL_LIMITS)
    keep = _keep(rng, label, BRISTOL_ROWS)
    x = np.column_stack([age, female, fibre, fluid, lax, opioid, abx, diary, freq, strain, urgency, since, transit,
                         bloat, hours])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


def ashworth6():
    """Patients' most affected muscle group graded by a physiotherapist on the 6 grades of the Modified Ashworth Scale
    (``ASHWORTH_CLASSES``; the physiotherapist's reading against ``ASHWORTH_LIMITS``, ``ASHWORTH_ASSESSMENT`` the
    label's basis and not columns), as the clinical record apart from the assessment describes them. The tone is
    unseen: higher after a spinal cord injury, a brain injury or in multiple sclerosis than after a stroke, rising over
    the first months after the injury, with an unseen rest; baclofen and botulinum toxin, given more to the stiffer,
    lower it. The grade given at the last visit (by another physiotherapist, the tone drifting since), the spasms, the
    ankle clonus and the tendon reflexes rise with the tone, the passive range of motion, the motor score and the
    Barthel index fall with it, pain and a recorded contracture rise a little. Columns: the age (years), the diagnosis
    (0 stroke, 1 spinal cord injury, 2 multiple sclerosis, 3 brain injury), the months since the injury or the onset,
    the baclofen dose (mg/day), botulinum toxin in the last 3 months (0/1), the grade at the last visit (0-5, 1+ as 2),
    the spasms a day (the patient's count), the ankle clonus (beats), the tendon reflexes (0-4), the joint's passive
    range of motion (degrees), the motor score (% of normal), the Barthel index (0-100), the pain score (0-10), a
    contracture recorded (0/1) (14). Imbalanced: 420 / 380 / 400 / 440 / 320 / 180 rows (2,140)."""
    rng = np.random.default_rng(94202)
    n = 200000
    diag = (rng.random(n)[:, None] > np.cumsum([0.45, 0.2, 0.2, 0.15])[:3]).sum(1).astype(float)
    age = np.round(np.clip(np.choose(diag.astype(int), [68.0, 42.0, 48.0, 38.0]) + 13 * rng.normal(0, 1, n), 18, 95))
    months = np.round(np.clip(np.exp(np.log(10) + rng.normal(0, 1.0, n)), 0.5, 240), 1)
    t0 = np.clip(2.0 + np.choose(diag.astype(int), [0.0, 0.6, 0.3, 0.4]) + 0.35 * np.log(np.minimum(months, 12) / 6)
                 + rng.normal(0, 1.2, n), -0.5, 5.7)  # the tone before treatment, unseen
    dose = np.where(rng.random(n) < _sig(-1.5 + 0.8 * (t0 - 2.2)),
                    np.round(np.clip(30 * np.exp(0.15 * (t0 - 2.2) + rng.normal(0, 0.4, n)), 10, 120) / 5) * 5, 0.0)
    botox = rng.random(n) < _sig(-2.0 + 0.7 * (t0 - 2.2))
    t = t0 - 0.008 * dose - 0.5 * botox  # the tone at the assessment, unseen
    last = np.clip(np.round(t + rng.normal(0, 0.3, n)), 0, 5)
    spasms = rng.poisson(np.exp(np.log(1.5) + 0.55 * (t - 2.2) + rng.normal(0, 0.3, n))).astype(float)
    clonus = rng.poisson(np.exp(np.log(1.5) + 0.65 * (t - 2.2) + rng.normal(0, 0.3, n))).astype(float)
    reflex = np.clip(np.round(2 + 0.65 * (t - 2.2) + rng.normal(0, 0.45, n)), 0, 4)
    rom = np.round(np.clip(125 - 14 * (t - 2.2) + rng.normal(0, 7, n), 10, 160))
    motor = np.round(100 * _sig(0.8 - 0.5 * (t - 2.2) + rng.normal(0, 0.6, n)))
    barthel = np.round(100 * _sig(0.9 - 0.45 * (t - 2.2) - 0.01 * (age - 55) + rng.normal(0, 0.7, n)) / 5) * 5
    pain = np.clip(np.round(3 + 0.6 * (t - 2.2) + rng.normal(0, 1.6, n)), 0, 10)
    contracture = rng.random(n) < _sig(-2.8 + 1.0 * (t - 2.2))
    rated = t + rng.normal(0, 0.2, n)  # the physiotherapist's reading
    label = np.digitize(rated, ASHWORTH_LIMITS)
    keep = _keep(rng, label, ASHWORTH_ROWS)
    x = np.column_stack([age, diag, months, dose, botox, last, spasms, clonus, reflex, rom, motor, barthel, pain,
                         contracture])[keep]
    return x.astype(np.float32), label[keep].astype(np.int64)


#: per cause of ``noboot6``, the chances of the laptop's kind (0 budget consumer, 1 business, 2 gaming, 3 thin and
#: light)
NOBOOT_KIND = np.array([[0.40, 0.25, 0.15, 0.20], [0.35, 0.30, 0.20, 0.15], [0.40, 0.30, 0.15, 0.15],
                        [0.25, 0.15, 0.45, 0.15], [0.30, 0.25, 0.20, 0.25], [0.25, 0.30, 0.15, 0.30]])
#: per cause of ``noboot6``, the medians of the intake record and the customer's answers: the laptop's age (years), the
#: power light on with the charger in (share), the fans spin at the button (share), beeps or a blinking caps lock
#: (share), a picture on its own screen (share), a picture on an external monitor at intake (share), an error message
#: such as "no bootable device" or a repair screen (share), an update just installed or interrupted (share), dropped
#: or liquid spilt (share), the days since it stopped, failures on and off before (share), slow, freezing or a clicking
#: noise before (share), the battery held its charge poorly before (share), ran hot or shut down from heat before
#: (share), the screen flickered or dimmed before (share), memory added or changed by the owner (share)
NOBOOT_TABLE = np.array([
    # age  led   fans  beep  own   ext   msg   upd   drop  days  onoff slow  batt  hot   flick ram
    [4.0, 0.15, 0.10, 0.03, 0.02, 0.02, 0.02, 0.05, 0.15, 3.0, 0.35, 0.10, 0.60, 0.10, 0.05, 0.03],  # battery, charger
    [4.5, 0.90, 0.85, 0.65, 0.05, 0.05, 0.03, 0.05, 0.08, 4.0, 0.50, 0.30, 0.10, 0.15, 0.10, 0.45],  # memory
    [4.5, 0.95, 0.95, 0.05, 0.85, 0.80, 0.70, 0.15, 0.20, 3.0, 0.45, 0.60, 0.10, 0.10, 0.05, 0.08],  # storage drive
    [5.0, 0.45, 0.40, 0.25, 0.08, 0.10, 0.05, 0.10, 0.55, 5.0, 0.40, 0.20, 0.25, 0.60, 0.20, 0.05],  # motherboard
    [4.0, 0.95, 0.95, 0.08, 0.05, 0.75, 0.05, 0.05, 0.35, 6.0, 0.45, 0.10, 0.10, 0.10, 0.70, 0.03],  # display
    [2.5, 0.85, 0.75, 0.40, 0.30, 0.25, 0.50, 0.70, 0.05, 2.0, 0.15, 0.20, 0.10, 0.05, 0.05, 0.05],  # firmware
])
NOBOOT_LOGS = [0, 9]
NOBOOT_KINDS = [("log", 0.4, 0.3)] + [("share", 0, 0)] * 8 + [("log", 0.6, 0.3)] + [("share", 0, 0)] * 6


def noboot6():
    """Laptops brought to a repair shop because they do not boot, in 6 causes a technician's intake confuses
    (``NOBOOT_CLASSES``), labelled by the cause the technician found on the bench, as the intake record and the
    customer's answers apart from the bench diagnosis describe them. Each cause has its picture (``NOBOOT_KIND``,
    ``NOBOOT_TABLE``): a dead battery, charger or jack no light and no fans, a battery that held its charge poorly;
    failed memory the fans on, a black screen, beeps or a blinking caps lock, memory the owner changed; a failed drive
    a picture and a "no bootable device" or repair screen, slowness or clicking before; a motherboard fault an older,
    often gaming laptop, a light but often no fans, dropped or spilt, heat before; a display fault the fans on, a black
    own screen but a picture on an external monitor, flicker before; corrupted firmware or a bootloader a newer
    laptop, an update just installed or interrupted, a blinking caps lock or a repair screen. Unseen: the laptop's
    wear (one per-row factor raising its age and the days it lay unused). Columns: the kind (0 budget consumer, 1
    business, 2 gaming, 3 thin and light), then the table's 16 (the age to a tenth within 0.2-15, the days to the day
    within 0-120, the shares as 0/1) (17). Imbalanced: 440 / 340 / 400 / 320 / 300 / 340 rows (2,140)."""
    rng = np.random.default_rng(94303)
    y = rng.permutation(np.repeat(np.arange(len(NOBOOT_CLASSES)), NOBOOT_ROWS))
    kind = (rng.random(len(y))[:, None] > np.cumsum(NOBOOT_KIND[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(NOBOOT_TABLE, NOBOOT_NEIGHBOURS, 0.3, NOBOOT_LOGS)[y]
    x = _draw(rng, t, NOBOOT_KINDS, rng.normal(0, 1, len(y)))
    x[:, 0] = np.round(np.clip(x[:, 0], 0.2, 15), 1)
    x[:, 9] = np.round(np.clip(x[:, 9], 0, 120))
    return np.column_stack([kind, x]).astype(np.float32), y.astype(np.int64)


#: per cause of ``wifi6``, the chances of the dwelling (0 a flat in a block, 1 a terraced or semi-detached house, 2 a
#: detached house, 3 a large house on three or more floors)
WIFI_DWELLING = np.array([[0.60, 0.25, 0.10, 0.05], [0.15, 0.30, 0.30, 0.25], [0.35, 0.35, 0.20, 0.10],
                          [0.35, 0.35, 0.20, 0.10], [0.35, 0.35, 0.20, 0.10], [0.35, 0.35, 0.20, 0.10]])
#: per cause of ``wifi6``, the medians of the ticket and the router's telemetry: the networks the router's scan saw,
#: the 2.4 GHz channel's utilisation (%), the complaining device's signal (RSSI, dBm), the retransmissions (%), the
#: walls and floors between the router and the room, all devices affected (share), the WAN link up at the complaint
#: (share), the line's SNR margin (dB), the router's uptime (days), the router's reboots in the last week, the DNS
#: failures an hour in the router's log, the device's latency to the gateway (ms), the wired speed test at the router
#: (% of the plan), the complaining device's speed test (% of the plan), an old device (Wi-Fi 4 or older, share), a
#: change just before the complaint (a new device, a settings change, share)
WIFI_TABLE = np.array([
    # nets  util   rssi   retx  walls all   wan   snr   up    boots dns   lat    wired dev   old   change
    [22.0, 72.0, -60.0, 18.0, 1.5, 0.55, 0.98, 10.0, 15.0, 1.0, 2.0, 25.0, 92.0, 35.0, 0.25, 0.10],  # interference
    [9.0, 40.0, -77.0, 16.0, 3.5, 0.15, 0.98, 10.0, 15.0, 0.8, 2.0, 35.0, 92.0, 25.0, 0.30, 0.15],  # weak signal
    [10.0, 25.0, -58.0, 3.0, 1.5, 0.95, 0.50, 5.0, 10.0, 2.0, 15.0, 80.0, 25.0, 5.0, 0.25, 0.05],  # upstream outage
    [10.0, 40.0, -62.0, 10.0, 1.5, 0.80, 0.60, 9.0, 1.0, 5.0, 5.0, 15.0, 60.0, 40.0, 0.25, 0.15],  # router fault
    [10.0, 38.0, -63.0, 12.0, 1.5, 0.05, 0.98, 10.0, 15.0, 0.8, 1.0, 20.0, 92.0, 20.0, 0.60, 0.40],  # client device
    [10.0, 35.0, -57.0, 4.0, 1.5, 0.70, 0.95, 10.0, 12.0, 1.5, 30.0, 6.0, 88.0, 75.0, 0.25, 0.60],  # DNS, configuration
])
WIFI_LOGS = [0, 3, 4, 8, 9, 10, 11]
WIFI_KINDS = [("count", 0.4, 0), ("norm", 12.0, 6.0), ("norm", 7.0, 0), ("log", 0.5, 0.2), ("count", 0.4, 0),
              ("share", 0, 0), ("share", 0, 0), ("norm", 3.0, 0), ("log", 0.8, 0), ("count", 0.4, 0),
              ("count", 0.6, 0), ("log", 0.5, 0.2), ("norm", 15.0, 0), ("norm", 15.0, 0), ("share", 0, 0),
              ("share", 0, 0)]


def wifi6():
    """Home Wi-Fi complaints to an internet provider's helpdesk in 6 causes the helpdesk confuses (``WIFI_CLASSES``),
    labelled by the cause the technician found, as the ticket and the router's telemetry apart from the technician's
    finding describe them. Each cause has its picture (``WIFI_DWELLING``, ``WIFI_TABLE``): interference a flat, many
    networks on the scan, a busy channel, retransmissions, slow on the device; a weak signal a large house, walls and
    floors between, a low RSSI, one room; an upstream outage every device, the WAN down or a poor line margin, DNS
    failures, a slow wired test; a router fault a short uptime and reboots, the WAN dropping, every device; a client
    device one device, an old one or one just changed; a DNS or configuration problem many DNS failures, a fast speed
    test but pages that do not load, a settings change. Unseen: the household's load in the evening (one per-row
    factor raising the channel's utilisation, the retransmissions and the latency). Columns: the dwelling (0 flat, 1
    terraced or semi-detached, 2 detached, 3 three or more floors), then the table's 16 (the utilisation to the unit
    within 0-100, the RSSI to the unit within -95 to -30, the retransmissions to a tenth within 0-80, the SNR margin to
    a tenth within 0-30, the uptime to a tenth within 0.1-90 days, the latency to the unit within 1-2000 ms, the speeds
    to the unit within 0-110 %, the counts as counts, the shares as 0/1) (17). Imbalanced: 420 / 440 / 300 / 320 /
    340 / 320 rows (2,140)."""
    rng = np.random.default_rng(94404)
    y = rng.permutation(np.repeat(np.arange(len(WIFI_CLASSES)), WIFI_ROWS))
    dwelling = (rng.random(len(y))[:, None] > np.cumsum(WIFI_DWELLING[y], 1)[:, :3]).sum(1).astype(float)
    t = _pull(WIFI_TABLE, WIFI_NEIGHBOURS, 0.3, WIFI_LOGS)[y]
    x = _draw(rng, t, WIFI_KINDS, rng.normal(0, 1, len(y)))
    for j, low, high, digits in ((1, 0, 100, 0), (2, -95, -30, 0), (3, 0, 80, 1), (7, 0, 30, 1), (8, 0.1, 90, 1),
                                 (11, 1, 2000, 0), (12, 0, 110, 0), (13, 0, 110, 0)):
        x[:, j] = np.round(np.clip(x[:, j], low, high), digits)
    return np.column_stack([dwelling, x]).astype(np.float32), y.astype(np.int64)


#: name -> generator, in the order ``ROUND94`` lists them (the ordered sets first)
GENERATORS = {"bristol7": bristol7, "ashworth6": ashworth6, "noboot6": noboot6, "wifi6": wifi6}
#: the same, under the name the benchmark's ``ROUNDS`` imports it by
ROUND94_GENERATORS = GENERATORS

#: the documented shape: (rows, columns, rows per class)
SHAPES = {
    "bristol7": (2140, 15, BRISTOL_ROWS),
    "ashworth6": (2140, 14, ASHWORTH_ROWS),
    "noboot6": (2140, 17, NOBOOT_ROWS),
    "wifi6": (2140, 17, WIFI_ROWS),
}
ROUND94 = tuple(GENERATORS)
#: the sets whose classes are ordered (grades whose neighbours meet); the others' classes are unordered
ORDERED = ("bristol7", "ashworth6")
#: each set's documented neighbouring classes
NEIGHBOURS = {"bristol7": BRISTOL_NEIGHBOURS, "ashworth6": ASHWORTH_NEIGHBOURS, "noboot6": NOBOOT_NEIGHBOURS,
              "wifi6": WIFI_NEIGHBOURS}


if __name__ == "__main__":
    main(GENERATORS)
